/**
 * `mlops publish`, `mlops promote` and `mlops registry list|show|history` with `--repo OWNER/REPO`:
 * the same commands as on the local registry, run in-process against the GitHub simulator
 * (releases for versions, the `mlops-registry` branch for state and audit log).
 */
import { rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promoteCommand } from '../../shared/cli/commands/promote.js';
import { publishCommand } from '../../shared/cli/commands/publish.js';
import { registryHistoryCommand, registryListCommand, registryShowCommand } from '../../shared/cli/commands/registry.js';
import { runCli, type CliIo, type Program } from '../../shared/runtime/cli.js';
import { gitStore, releaseDb, seedRepo, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { REPO } from '../github/sim-client.js';
import { workspace, type Workspace } from './fixtures.js';

const program: Program = {
  name: 'mlops',
  version: '0.0.0-test',
  summary: 'test',
  commands: [publishCommand, promoteCommand, registryListCommand, registryShowCommand, registryHistoryCommand],
};
const repo = `${REPO.owner}/${REPO.repo}`;
const RELEASES = '/repos/{owner}/{repo}/releases';
/** What GITHUB_SHA is on a runner: the commit the release's tag must point at. */
const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';

let sim: GitHubSim;
let ws: Workspace;
beforeEach(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: REPO.owner, name: REPO.repo });
  ws = await workspace();
});
afterEach(async () => {
  await sim.stop();
  await rm(ws.dir, { recursive: true, force: true });
});

/** The environment a user's shell would have, with the simulator as GitHub and its test knobs on. */
function githubEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    GITHUB_TOKEN: sim.installationToken,
    GITHUB_API_URL: sim.url,
    GITHUB_SHA: SHA,
    MLOPS_GITHUB_RETRY_BASE_MS: '1',
    MLOPS_GITHUB_WRITE_SPACING: 'none',
    USER: 'tester',
    ...extra,
  };
}

async function mlops(argv: string[], env = githubEnv()) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), env };
  const code = await runCli(argv, program, io);
  return { code, ...out };
}

async function ok(...argv: string[]): Promise<string> {
  const r = await mlops(argv);
  if (r.code !== 0) throw new Error(`mlops ${argv.join(' ')} exited ${r.code}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const publishArgs = () => ['publish', '--model', 'weather', '--files', ws.files, '--evaluation', ws.evaluation, '--repo', repo];

describe('mlops registry commands with --repo (the registry on GitHub)', () => {
  it('publishes a release on GitHub once, promotes it, and reads versions, aliases and the audit log back', async () => {
    expect(await ok(...publishArgs())).toMatch(/^published model\/weather\/v1\.0\.0 \(first version\)\n/);
    expect(await ok(...publishArgs())).toMatch(/^already published \(same content\), nothing changed: model\/weather\/v1\.0\.0/);
    // One release, created once, on the commit the lineage names, and published (not a draft).
    const releases = [...releaseDb(sim.state).releases.values()];
    expect(releases.map((r) => [r.tag_name, r.draft, r.target_commitish])).toEqual([['model/weather/v1.0.0', false, SHA]]);
    expect(sim.requestsTo('POST', RELEASES)).toHaveLength(1);
    expect(releases[0]!.assets.map((a) => a.name)).toContain('manifest.json');

    const promoted = await ok('promote', '--model', 'weather', '--version', 'latest', '--alias', 'staging', '--reviewer', 'alice', '--comment', 'ship it', '--repo', repo);
    expect(promoted).toMatch(/^verified \d+ assets of model\/weather\/v1\.0\.0 against its manifest\n/);
    expect(promoted).toContain('weather@staging: (new) -> 1.0.0');
    // State and audit log live on the registry branch, as files a person can read there.
    const git = gitStore(sim.state);
    const head = git.refsOf(repo).get('heads/mlops-registry');
    expect(head).toBeDefined();
    expect([...git.trees.get(git.commits.get(head!)!.tree)!.keys()].sort()).toEqual(['registry/weather.audit.jsonl', 'registry/weather.json']);

    expect(await ok('registry', 'list', '--repo', repo)).toMatch(/^model\s+versions\s+latest\s+aliases\nweather\s+1\s+1\.0\.0\s+staging=1\.0\.0\n$/);
    expect(JSON.parse(await ok('registry', 'list', '--repo', repo, '--format', 'json'))).toEqual([{ model: 'weather', versions: 1, latest: '1.0.0', aliases: { staging: '1.0.0' } }]);

    expect(await ok('registry', 'show', 'weather', '--repo', repo)).toMatch(/staging\s+->\s+1\.0\.0/);
    const show = JSON.parse(await ok('registry', 'show', 'weather', '--repo', repo, '--format', 'json'));
    expect(show.versions).toHaveLength(1);
    expect(show.versions[0]).toMatchObject({ version: '1.0.0', tag: 'model/weather/v1.0.0', aliases: ['staging'] });
    expect(show.versions[0].url).toMatch(/\/octo-org\/model-zoo\/releases\/tag\/model%2Fweather%2Fv1\.0\.0$/);
    expect(show.aliases.staging.version).toBe('1.0.0');

    const history = JSON.parse(await ok('registry', 'history', 'weather', '--repo', repo, '--format', 'json'));
    expect(history.map((e: { action: string; alias: string | null; from: string | null; to: string }) => `${e.action} ${e.alias ?? '-'} ${e.from ?? '-'} ${e.to}`)).toEqual([
      'publish - - 1.0.0',
      'promote staging - 1.0.0',
    ]);
    expect(history[1].approval).toEqual({ reviewer: 'alice', comment: 'ship it', environment: null });
    expect(await ok('registry', 'history', 'weather', '--repo', repo)).toMatch(/promote\s+staging: \(new\) -> 1\.0\.0\s+.*approved by alice: ship it/);

    // Another registry branch is another registry: empty, and the message says which one.
    expect(await ok('registry', 'list', '--repo', repo, '--registry-branch', 'ml/registry')).toBe(
      'no models in the registry of octo-org/model-zoo (branch ml/registry) yet (mlops publish adds one)\n',
    );
  });

  it('reads the token from GH_TOKEN when GITHUB_TOKEN is not set', async () => {
    const r = await mlops(['registry', 'list', '--repo', repo], githubEnv({ GITHUB_TOKEN: undefined, GH_TOKEN: sim.installationToken }));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(sim.requests.length).toBeGreaterThan(0);
  });

  it('exits 2 naming GITHUB_TOKEN and GH_TOKEN when there is no token, before any call to GitHub', async () => {
    for (const argv of [['registry', 'list', '--repo', repo], publishArgs()]) {
      const r = await mlops(argv, githubEnv({ GITHUB_TOKEN: undefined, GH_TOKEN: '' }));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^mlops: --repo octo-org\/model-zoo needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN \(/);
    }
    expect(sim.requests).toHaveLength(0);
  });

  it('refuses --repo with --registry, a hostile --repo or branch, and GitHub-only flags without --repo', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['registry', 'list', '--repo', repo, '--registry', ws.registry], /^mlops: give --registry or --repo, not both\n/],
      [['registry', 'show', 'weather', '--repo', '../x'], /^mlops: --repo "\.\.\/x" is not OWNER\/REPO\n/],
      [['promote', '--model', 'weather', '--version', '1.0.0', '--alias', 'staging', '--repo', 'octo-org/..'], /^mlops: --repo "octo-org\/\.\." is not OWNER\/REPO\n/],
      [['registry', 'list', '--repo', repo, '--registry-branch', '../../heads/main'], /^mlops: --registry-branch "\.\.\/\.\.\/heads\/main" is not a branch name\n/],
      [['registry', 'list', '--registry-branch', 'mlops-registry'], /^mlops: --registry-branch goes with --repo\n/],
      [[...publishArgs().slice(0, -2), '--target-commitish', 'main'], /^mlops: --target-commitish goes with --repo\n/],
    ];
    for (const [argv, message] of cases) {
      const r = await mlops(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('--repo OWNER/REPO');
    }
    expect(sim.requests).toHaveLength(0);
  });

  it('tags the release on --target-commitish when given', async () => {
    await ok(...publishArgs(), '--target-commitish', 'main');
    expect([...releaseDb(sim.state).releases.values()].map((r) => r.target_commitish)).toEqual(['main']);
  });

  it('exits 3 with the permission the token lacks when GitHub answers 403 or 404', async () => {
    sim.injectFault({ kind: 'status', status: 403, message: 'Resource not accessible by integration', route: `POST ${RELEASES}` });
    const denied = await mlops(publishArgs());
    expect(denied.code).toBe(3);
    expect(denied.stderr).toMatch(/^mlops: GitHub POST \/repos\/\{owner\}\/\{repo\}\/releases failed \(HTTP 403[^)]*\): Resource not accessible by integration \(the token needs `contents: write`/);
    expect(sim.requestsTo('POST', RELEASES).map((r) => r.status)).toEqual([403]);
    expect(releaseDb(sim.state).releases.size).toBe(0);
    expect(gitStore(sim.state).refsOf(repo).get('heads/mlops-registry')).toBeUndefined();

    const missing = await mlops(['registry', 'show', 'weather', '--repo', 'octo-org/no-such-repo']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/HTTP 404.*\(not found, or not visible to the token: the token needs `contents: read`/);
  });

  it('exits 3 saying the token is not valid when GitHub answers 401', async () => {
    const r = await mlops(['registry', 'list', '--repo', repo], githubEnv({ GITHUB_TOKEN: 'ghp_revoked' }));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/HTTP 401.*Bad credentials \(the token is missing, expired or revoked\)/);
  });
});
