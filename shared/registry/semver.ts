/**
 * Model versions: Semantic Versioning 2.0.0 (semver.org) without build metadata: `X.Y.Z` with an
 * optional prerelease (`1.4.0-rc.1`). Build metadata (`+sha`) is refused: semver ignores it when
 * ordering, so `1.0.0+a` and `1.0.0+b` would be two releases of one version. Bumps follow npm's
 * `semver.inc` (a prerelease bumps to its release: 1.2.0-rc.1 + patch = 1.2.0).
 */
import { UsageError } from '../runtime/errors.js';

export type Bump = 'major' | 'minor' | 'patch';
export const BUMPS: readonly Bump[] = ['major', 'minor', 'patch'];

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated identifiers; empty for a release. */
  prerelease: string[];
}

/** Longer than any real version; keeps tags, folder names and messages sane. */
export const MAX_VERSION_LENGTH = 64;

const NUM = '(0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const SEMVER_RE = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?$`);

/** Parses `1.2.3`, `1.2.3-rc.1`, or the same with one leading `v`; undefined when it is not one. */
export function tryParseVersion(text: string): SemVer | undefined {
  if (text.length > MAX_VERSION_LENGTH + 1) return undefined;
  const m = SEMVER_RE.exec(text.startsWith('v') ? text.slice(1) : text);
  if (!m) return undefined;
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
  return { major, minor, patch, prerelease: m[4] ? m[4].split('.') : [] };
}

/**
 * Like tryParseVersion, but a bad version is a UsageError that says what a good one looks like.
 * `where` names it; an `{ option }` is named as each face names its options (`--version`, input "version").
 */
export function parseVersion(text: string, where: string | { option: string } = 'version'): SemVer {
  const v = tryParseVersion(text);
  if (v) return v;
  const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
  const hint = text.includes('+')
    ? 'build metadata (+...) is not allowed: semver ignores it when ordering, so it cannot tell two releases apart'
    : `use MAJOR.MINOR.PATCH with an optional -prerelease, e.g. 1.4.0 or 2.0.0-rc.1 (at most ${MAX_VERSION_LENGTH} characters)`;
  if (typeof where === 'string') throw new UsageError(`${where} ${shown} is not a semantic version`, { hint });
  throw new UsageError((o) => `${o.option(where.option)} ${shown} is not a semantic version`, { hint });
}

export function formatVersion(v: SemVer): string {
  const core = `${v.major}.${v.minor}.${v.patch}`;
  return v.prerelease.length ? `${core}-${v.prerelease.join('.')}` : core;
}

/** The canonical text of a version as given (drops a leading `v`); throws UsageError when invalid. */
export function normalizeVersion(text: string, where?: string | { option: string }): string {
  return formatVersion(parseVersion(text, where));
}

function compareIds(a: string, b: string): number {
  const na = /^\d+$/.test(a);
  const nb = /^\d+$/.test(b);
  if (na && nb) return Math.sign(Number(a) - Number(b));
  if (na) return -1; // numeric identifiers have lower precedence than alphanumeric ones (semver 11.4.3)
  if (nb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Semver precedence: negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: SemVer | string, b: SemVer | string): number {
  const x = typeof a === 'string' ? parseVersion(a) : a;
  const y = typeof b === 'string' ? parseVersion(b) : b;
  for (const k of ['major', 'minor', 'patch'] as const) if (x[k] !== y[k]) return Math.sign(x[k] - y[k]);
  // A release ranks above its prereleases (1.0.0-rc.1 < 1.0.0).
  if (!x.prerelease.length || !y.prerelease.length) return Math.sign(Number(!x.prerelease.length) - Number(!y.prerelease.length));
  for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
    if (x.prerelease[i] === undefined) return -1;
    if (y.prerelease[i] === undefined) return 1;
    const c = compareIds(x.prerelease[i]!, y.prerelease[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

/** The highest of `versions` (strings), or undefined for none. With `stableOnly`, prereleases are skipped. */
export function highestVersion(versions: Iterable<string>, stableOnly = false): string | undefined {
  let best: SemVer | undefined;
  for (const text of versions) {
    const v = tryParseVersion(text);
    if (!v || (stableOnly && v.prerelease.length)) continue;
    if (!best || compareVersions(v, best) > 0) best = v;
  }
  return best && formatVersion(best);
}

/** npm semver's `inc` for major/minor/patch. */
export function bumpVersion(version: SemVer | string, bump: Bump): string {
  const v = typeof version === 'string' ? parseVersion(version) : version;
  const pre = v.prerelease.length > 0;
  switch (bump) {
    case 'major':
      return formatVersion({ major: pre && v.minor === 0 && v.patch === 0 ? v.major : v.major + 1, minor: 0, patch: 0, prerelease: [] });
    case 'minor':
      return formatVersion({ major: v.major, minor: pre && v.patch === 0 ? v.minor : v.minor + 1, patch: 0, prerelease: [] });
    case 'patch':
      return formatVersion({ major: v.major, minor: v.minor, patch: pre ? v.patch : v.patch + 1, prerelease: [] });
  }
}

/** The version a model's first publish gets when none is given: "v1". */
export const FIRST_VERSION = '1.0.0';

/** The PR label that asks for a bump: `model:major`, `model:minor`, `model:patch`. */
export const BUMP_LABEL_PREFIX = 'model:';

/**
 * The bump PR labels ask for: the largest of the `model:*` labels (major > minor > patch), or
 * undefined when there is none. Other labels are ignored.
 */
export function bumpFromLabels(labels: readonly string[]): Bump | undefined {
  const asked = new Set(labels.map((l) => l.trim().toLowerCase()).filter((l) => l.startsWith(BUMP_LABEL_PREFIX)).map((l) => l.slice(BUMP_LABEL_PREFIX.length)));
  return BUMPS.find((b) => asked.has(b));
}

/**
 * The version to publish. Precedence: an explicit version; else the highest existing version bumped
 * by the `bump` input, else by a PR label, else by patch; the first version of a model is 1.0.0.
 */
export function nextVersion(existing: readonly string[], choice: { version?: string; bump?: Bump; labels?: readonly string[] }): { version: string; reason: string } {
  if (choice.version !== undefined && choice.version !== '') return { version: normalizeVersion(choice.version), reason: 'explicit' };
  const highest = highestVersion(existing);
  const label = bumpFromLabels(choice.labels ?? []);
  const bump = choice.bump ?? label ?? 'patch';
  const why = choice.bump ? `--bump ${bump}` : label ? `PR label ${BUMP_LABEL_PREFIX}${label}` : 'default patch bump';
  if (!highest) return { version: FIRST_VERSION, reason: 'first version' };
  return { version: bumpVersion(highest, bump), reason: `${why} from ${highest}` };
}
