/**
 * Stand-ins for the third-party actions our workflows use, at the major versions they pin. Each
 * lists the inputs its real action.yml declares (so a misspelt or removed input fails the step, as
 * the runner's "Unexpected input" warning would be missed) and refuses the inputs it does not model
 * rather than ignoring them. A bump to another major version has no stand-in and throws.
 *
 * - actions/checkout@v4: writes the tree of GITHUB_SHA (or of `ref`: a commit SHA, a branch, a tag
 *   or refs/heads/…) from the simulator's Git store into the workspace (sparse-checkout, cone or
 *   not, honoured; no .git folder, no credentials persisted).
 * - actions/upload-artifact@v4, actions/download-artifact@v4: artifacts.ts.
 * - actions/setup-python@v5: "installs" the machine's own Python when it is the version asked for
 *   (`3.11`, `3.x`, `3.11.7`; another version fails the step rather than running the wrong one),
 *   as a virtual environment in the tool cache whose bin/ goes first on PATH for the steps after
 *   (so its pip installs, as setup-python's does, where the machine's may refuse: PEP 668). With
 *   `cache: pip`, cache-dependency-path must match a file, as setup-python requires; the cache
 *   always misses here.
 * - actions/create-github-app-token@v2: when the App (app-id) is one the test installed
 *   (`apps` option) and private-key looks like a PEM, mints an installation token in the simulator
 *   acting as `<slug>[bot]` (a Bot), revoked when the job ends unless skip-token-revoke.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GitHubSim } from '../github-sim/index.js';
import { gitStore, makeUser } from '../github-sim/index.js';
import { StepFailure, downloadArtifact, uploadArtifact, type ArtifactRun } from './artifacts.js';
import { treeOf } from './events.js';
import { filterPattern } from './triggers.js';
import { globSync } from 'tinyglobby';

export interface ThirdPartyContext extends ArtifactRun {
  /** GITHUB_SHA */
  sha: string;
  apps: Record<string, { slug: string }>;
  /** Tokens minted in this job, revoked when it ends. */
  mintedTokens: string[];
  log: (m: string) => void;
  /** RUNNER_TOOL_CACHE: where setup-* actions put what they install (the machine's, kept across jobs). */
  toolCache: string;
  /** Prepends a folder to PATH for the steps after this one (what `core.addPath` does). */
  addPath: (dir: string) => void;
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
  'actions/setup-python@v5': {
    inputs: ['python-version', 'python-version-file', 'cache', 'architecture', 'check-latest', 'token', 'cache-dependency-path', 'update-environment', 'allow-prereleases', 'freethreaded', 'pip-version'],
    required: [],
    run: setupPython,
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
  for (const k of ['path', 'filter', 'ssh-key']) if (w[k]) throw new StepFailure(`checkout stand-in: input ${k} is not supported`);
  for (const k of ['lfs', 'submodules']) if (w[k] && w[k] !== 'false') throw new StepFailure(`checkout stand-in: input ${k} is not supported`);
  const sha = w.ref ? resolveRef(ctx, w.ref) : ctx.sha;
  const tree = treeOf(ctx.sim, sha);
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
  ctx.log(`checked out ${n} of ${tree.size} files at ${sha}${patterns.length ? ` (sparse: ${patterns.join(', ')})` : ''}`);
  return { ref: w.ref ?? '', commit: sha };
}

/** checkout's `ref`: a full commit SHA as it is, else a branch or tag (short, or refs/heads/…, refs/tags/…). */
function resolveRef(ctx: ThirdPartyContext, ref: string): string {
  if (/^[0-9a-f]{40}$/i.test(ref)) {
    if (!gitStore(ctx.sim.state).commits.has(ref.toLowerCase())) throw new StepFailure(`checkout: the commit ${ref} is not in ${ctx.repo}`);
    return ref.toLowerCase();
  }
  const refs = gitStore(ctx.sim.state).refsOf(ctx.repo);
  const names = ref.startsWith('refs/') ? [ref.slice('refs/'.length)] : [`heads/${ref}`, `tags/${ref}`];
  for (const name of names) {
    const sha = refs.get(name);
    if (sha) return sha;
  }
  throw new StepFailure(`checkout: A branch or tag with the name '${ref}' could not be found`);
}

/** The machine's python3: its version and interpreter (asked once: through pyenv's shim it costs half a second). */
let machinePython: { version: string; executable: string } | undefined;
function thisMachinesPython(): { version: string; executable: string } {
  if (machinePython) return machinePython;
  const probe = spawnSync('python3', ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3]); print(sys.executable)'], { encoding: 'utf8' });
  if (probe.status !== 0) throw new StepFailure('setup-python stand-in: this machine has no python3');
  const [version, executable] = probe.stdout.trim().split('\n') as [string, string];
  return (machinePython = { version, executable });
}

function setupPython(ctx: ThirdPartyContext, w: Record<string, string>): Record<string, string> {
  for (const k of ['python-version-file', 'pip-version']) if (w[k]) throw new StepFailure(`setup-python stand-in: input ${k} is not supported`);
  if (w.architecture && w.architecture !== 'x64') throw new StepFailure(`setup-python stand-in: architecture ${w.architecture} is not supported`);
  if (w.freethreaded === 'true') throw new StepFailure('setup-python stand-in: a free-threaded Python is not supported');
  const { version, executable } = thisMachinesPython();
  const asked = (w['python-version'] ?? '').trim();
  // A version spec matches by its leading parts: 3.x (any 3), 3.11 (any 3.11.z), 3.11.7.
  const parts = asked.split('.');
  const mine = version.split('.');
  if (!asked || !parts.every((p, i) => p === 'x' || p === mine[i])) {
    throw new StepFailure(`setup-python stand-in: the workflow asks for Python ${asked || '(none: python-version-file or .python-version)'}, this machine has ${version} (the stand-in only sets up the machine's own)`);
  }
  if (w.cache && w.cache !== 'pip') throw new StepFailure(`setup-python stand-in: cache ${w.cache} is not supported (pip only)`);
  if (w.cache === 'pip') {
    const wanted = (w['cache-dependency-path'] || '**/requirements.txt').split('\n').map((l) => l.trim()).filter(Boolean);
    const found = globSync(wanted, { cwd: ctx.workspace, onlyFiles: true });
    if (found.length === 0) throw new StepFailure(`No file in ${ctx.workspace} matched to [${wanted.join(', ')}], make sure you have checked out the target repository`);
    ctx.log(`Cache not found for input keys: setup-python-Linux-x64-python-${version}-pip-(${found.sort().join(', ')})`);
  }
  // A Python of its own, as setup-python's is: a virtual environment over the machine's (whose
  // packages it sees), so pip installs into it rather than refusing an externally managed one (PEP 668).
  const root = join(ctx.toolCache, 'Python', version, 'x64');
  if (!existsSync(join(root, 'bin', 'python'))) {
    const venv = spawnSync(executable, ['-m', 'venv', '--without-pip', '--system-site-packages', root], { encoding: 'utf8' });
    if (venv.status !== 0) throw new StepFailure(`setup-python stand-in: cannot create ${root}: ${venv.stderr}`);
  }
  const bin = join(root, 'bin');
  ctx.addPath(bin);
  ctx.log(`Successfully set up CPython (${version})`);
  return { 'python-version': version, 'python-path': join(bin, 'python'), 'cache-hit': 'false' };
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
