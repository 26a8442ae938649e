/**
 * Where teams get mlops-actions from: the GitHub repository and the ref every `uses:` line, schema URL
 * and scaffold dependency points at (`mlops-actions/mlops-actions` and `v1`). The one source is our
 * package.json: its `repository` field names the repository and the major of its `version` is the tag
 * the release workflow (.github/workflows/release-actions.yml) moves, so a release of 2.0.0 makes
 * `v2` the default everywhere, and `mlops init --uses` / `mlops new-action --uses` override both
 * (a fork, a release tag such as v1.2.0, a commit SHA).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './errors.js';
import { packageRoot } from './package-root.js';

export interface PublishedCoordinates {
  /** `owner/repo` on GitHub. */
  repository: string;
  /** A tag, branch or commit SHA: `v1`, `v1.2.0`, `0123abc…`. */
  ref: string;
}

// GitHub's rules: an owner is letters, digits and single hyphens; a repository name also takes `.` and `_`.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
// A git ref as `uses:` and npm's `#ref` take it: no spaces, no `..`, none of ~^:?*[\ and not ending in `/` or `.lock`.
const REF = /^(?!.*\.\.)(?!.*\/\/)(?!\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._\/-]{1,200}$/;

function isRepository(s: string): boolean {
  const [owner, repo, ...rest] = s.split('/');
  return rest.length === 0 && owner !== undefined && repo !== undefined && OWNER.test(owner) && REPO.test(repo) && repo !== '.' && repo !== '..';
}

/**
 * `owner/repo` from package.json's `repository`: `github:owner/repo`, `owner/repo`, or
 * `{ "url": "git+https://github.com/owner/repo.git" }` (what `npm pkg fix` writes).
 */
export function repositoryOf(field: unknown): string | undefined {
  const text = typeof field === 'string' ? field : field !== null && typeof field === 'object' ? (field as { url?: unknown }).url : undefined;
  if (typeof text !== 'string') return undefined;
  const m = /^(?:github:|(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com\/|git@github\.com:)?([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(text.trim());
  return m && isRepository(m[1]!) ? m[1] : undefined;
}

/** `v<major>` of a semver version: 1.4.2 → v1. */
export function majorTagOf(version: unknown): string | undefined {
  const m = typeof version === 'string' ? /^(\d+)\.\d+\.\d+(?:[-+].*)?$/.exec(version) : null;
  return m ? `v${Number(m[1])}` : undefined;
}

/** The coordinates package.json names: its repository at `v<major of version>`. Throws on a broken manifest (our bug). */
export function publishedCoordinates(manifest: { repository?: unknown; version?: unknown } = ownManifest()): PublishedCoordinates {
  const repository = repositoryOf(manifest.repository);
  const ref = majorTagOf(manifest.version);
  if (!repository || !ref) throw new Error(`package.json needs a GitHub "repository" and a semver "version" (got ${JSON.stringify(manifest.repository)}, ${JSON.stringify(manifest.version)})`);
  return { repository, ref };
}

function ownManifest(): { repository?: unknown; version?: unknown } {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { repository?: unknown; version?: unknown };
}

/** `OWNER/REPO@REF` as a person types it after `--uses`; UsageError naming the flag otherwise. */
export function parseCoordinates(text: string, flag = '--uses'): PublishedCoordinates {
  const at = text.lastIndexOf('@');
  const repository = at < 0 ? text : text.slice(0, at);
  const ref = at < 0 ? '' : text.slice(at + 1);
  if (!isRepository(repository) || !REF.test(ref)) {
    throw new UsageError(`${flag} ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)} is not OWNER/REPO@REF`, {
      hint: `e.g. ${flag} ${formatCoordinates(publishedCoordinates())} (the default), ${flag} my-org/mlops-actions@v1 (a fork), or a release tag (@v1.2.0) or commit SHA as the ref`,
    });
  }
  return { repository, ref };
}

export const formatCoordinates = (c: PublishedCoordinates): string => `${c.repository}@${c.ref}`;
