/**
 * Stand-ins for the third-party actions our workflows use, at the major versions they pin. Each
 * lists the inputs its real action.yml declares (so a misspelt or removed input fails the step, as
 * the runner's "Unexpected input" warning would be missed) and refuses the inputs it does not model
 * rather than ignoring them. A bump to another major version has no stand-in and throws.
 *
 * - actions/checkout@v4: writes the tree of GITHUB_SHA from the simulator's Git store into the
 *   workspace (sparse-checkout, cone or not, honoured; no .git folder, no credentials persisted).
 * - actions/upload-artifact@v4, actions/download-artifact@v4: artifacts.ts.
 * - actions/create-github-app-token@v2: when the App (app-id) is one the test installed
 *   (`apps` option) and private-key looks like a PEM, mints an installation token in the simulator
 *   acting as `<slug>[bot]` (a Bot), revoked when the job ends unless skip-token-revoke.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GitHubSim } from '../github-sim/index.js';
import { gitStore, makeUser } from '../github-sim/index.js';
import { StepFailure, downloadArtifact, uploadArtifact, type ArtifactRun } from './artifacts.js';
import { treeOf } from './events.js';
import { filterPattern } from './triggers.js';

export interface ThirdPartyContext extends ArtifactRun {
  /** GITHUB_SHA */
  sha: string;
  apps: Record<string, { slug: string }>;
  /** Tokens minted in this job, revoked when it ends. */
  mintedTokens: string[];
  log: (m: string) => void;
}

type StandIn = { inputs: string[]; required: string[]; run: (ctx: ThirdPartyContext, w: Record<string, string>) => Record<string, string> | Promise<Record<string, string>> };

const APP_PERMISSIONS = ['actions', 'administration', 'checks', 'codespaces', 'contents', 'dependabot-secrets', 'deployments', 'environments', 'issues', 'metadata', 'packages', 'pages', 'pull-requests', 'repository-hooks', 'repository-projects', 'secret-scanning-alerts', 'secrets', 'security-events', 'single-file', 'statuses', 'vulnerability-alerts', 'workflows', 'members', 'organization-administration'];

export const THIRD_PARTY: Record<string, StandIn> = {
  'actions/checkout@v4': {
    inputs: ['repository', 'ref', 'token', 'ssh-key', 'ssh-known-hosts', 'ssh-strict', 'ssh-user', 'persist-credentials', 'path', 'clean', 'filter', 'sparse-checkout', 'sparse-checkout-cone-mode', 'fetch-depth', 'fetch-tags', 'show-progress', 'lfs', 'submodules', 'set-safe-directory', 'github-server-url'],
    required: [],
    run: checkout,
  },
  'actions/upload-artifact@v4': {
    inputs: ['name', 'path', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite', 'include-hidden-files'],
    required: ['path'],
    run: (ctx, w) => uploadArtifact(ctx, w, ctx.log),
  },
  'actions/download-artifact@v4': {
    inputs: ['name', 'artifact-ids', 'path', 'pattern', 'merge-multiple', 'github-token', 'repository', 'run-id'],
    required: [],
    run: (ctx, w) => downloadArtifact(ctx, w, ctx.log),
  },
  'actions/create-github-app-token@v2': {
    inputs: ['app-id', 'private-key', 'owner', 'repositories', 'skip-token-revoke', 'github-api-url', ...APP_PERMISSIONS.map((p) => `permission-${p}`)],
    required: ['app-id', 'private-key'],
    run: createAppToken,
  },
};

/** Non-cone sparse-checkout patterns are gitignore-style: without a `/` they match at any depth. */
function sparseMatcher(patterns: string[], cone: boolean): (path: string) => boolean {
  if (cone) {
    const dirs = patterns.map((p) => p.replace(/^\/|\/$/g, ''));
    return (path) => !path.includes('/') || dirs.some((d) => path.startsWith(`${d}/`));
  }
  const rules = patterns.map((p) => {
    const anchored = p.replace(/\/$/, '').includes('/');
    return { anchored, re: filterPattern(p.replace(/^\/|\/$/g, ''), 'sparse-checkout') };
  });
  return (path) => {
    const parts = path.split('/');
    return rules.some((r) => {
      // A pattern naming a folder takes everything in it.
      for (let i = 1; i <= parts.length; i++) {
        if (r.anchored ? r.re.test(parts.slice(0, i).join('/')) : r.re.test(parts[i - 1]!)) return true;
      }
      return false;
    });
  };
}

function checkout(ctx: ThirdPartyContext, w: Record<string, string>): Record<string, string> {
  if (w.repository && w.repository.toLowerCase() !== ctx.repo.toLowerCase()) throw new StepFailure(`checkout stand-in: another repository (${w.repository})`);
  for (const k of ['ref', 'path', 'filter', 'ssh-key']) if (w[k]) throw new StepFailure(`checkout stand-in: input ${k} is not supported`);
  for (const k of ['lfs', 'submodules']) if (w[k] && w[k] !== 'false') throw new StepFailure(`checkout stand-in: input ${k} is not supported`);
  const tree = treeOf(ctx.sim, ctx.sha);
  const patterns = (w['sparse-checkout'] ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  const keep = patterns.length ? sparseMatcher(patterns, w['sparse-checkout-cone-mode'] !== 'false') : () => true;
  let n = 0;
  for (const [path, blob] of tree) {
    if (!keep(path)) continue;
    const file = join(ctx.workspace, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, gitStore(ctx.sim.state).blobs.get(blob)!);
    n++;
  }
  ctx.log(`checked out ${n} of ${tree.size} files at ${ctx.sha}${patterns.length ? ` (sparse: ${patterns.join(', ')})` : ''}`);
  return { ref: '', commit: ctx.sha };
}

function createAppToken(ctx: ThirdPartyContext, w: Record<string, string>): Record<string, string> {
  if (w.owner || w.repositories) throw new StepFailure('create-github-app-token stand-in: owner and repositories are not supported (a token for this repository only)');
  const app = ctx.apps[w['app-id']!];
  if (!/^-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(w['private-key']!.trim())) throw new StepFailure('create-github-app-token: private-key is not a PEM private key');
  // What GitHub answers for an App that is not installed on the repository.
  if (!app) throw new StepFailure(`create-github-app-token: the App ${w['app-id']} is not installed on ${ctx.repo} (404 Not Found)`);
  const id = ctx.sim.state.id();
  const token = `ghs_app_${app.slug.replace(/-/g, '_')}_${id}`;
  // The App's bot user keeps one id across tokens, as on GitHub.
  ctx.sim.addToken(token, makeUser(`${app.slug}[bot]`, 8_000_000 + Number(w['app-id']), 'Bot'), 'installation');
  if (w['skip-token-revoke'] !== 'true') ctx.mintedTokens.push(token);
  ctx.log(`::add-mask::${token}`);
  return { token, 'installation-id': String(id), 'app-slug': app.slug };
}

export function revokeTokens(sim: GitHubSim, tokens: string[]): void {
  for (const t of tokens.splice(0)) sim.state.tokens.delete(t);
}
