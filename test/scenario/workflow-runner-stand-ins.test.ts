/**
 * The workflow runner's stand-ins for third-party actions, on what the whole loop does not reach:
 * download-artifact's `pattern` and `merge-multiple` (each artifact in a folder of its own, or all
 * in one), checkout's `ref` (a branch, a tag, a SHA, one that does not exist), and setup-python
 * (the machine's Python when it is the version asked for, as a virtual environment whose pip
 * installs; another version, or `cache: pip` without the dependency file, fails the step as
 * setup-python does). Semantics: the actions' READMEs at the pinned major versions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBranch, seedRef, seedRepo, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { StepFailure, uploadArtifact } from '../support/workflow-runner/artifacts.js';
import { THIRD_PARTY, type ThirdPartyContext } from '../support/workflow-runner/third-party.js';

const REPO = 'octo-org/stand-ins';
let sim: GitHubSim;
let root: string;
let mainSha = '';
let featureSha = '';

beforeAll(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: 'octo-org', name: 'stand-ins' }).default_branch = 'main';
  mainSha = seedBranch(sim, REPO, 'main', { 'mlops.yaml': 'version: 1\n', 'requirements.txt': '# none\n' }, 'main');
  featureSha = seedBranch(sim, REPO, 'feature', { 'mlops.yaml': 'version: 1\n', 'feature.txt': 'new\n' }, 'feature');
  seedRef(sim, REPO, 'tags/v1', mainSha);
  root = mkdtempSync(join(tmpdir(), 'runner-stand-ins-'));
});
afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await sim?.stop();
});

let job = 0;
/** A fresh job: its own workspace and tool cache, a log and the PATH additions. */
function context(runId = 7): ThirdPartyContext & { lines: string[]; paths: string[] } {
  const dir = join(root, `job-${++job}`);
  const lines: string[] = [];
  const paths: string[] = [];
  return {
    sim, repo: REPO, runId, workspace: join(dir, 'ws'), sha: mainSha, apps: {}, mintedTokens: [], toolCache: join(dir, 'tool-cache'),
    log: (m) => lines.push(m), addPath: (d) => paths.unshift(d), lines, paths,
  };
}
const run = async (uses: string, ctx: ThirdPartyContext, w: Record<string, string>) => THIRD_PARTY[uses]!.run(ctx, w);
const tree = (dir: string): string[] => (existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort() : []);

describe('download-artifact@v4', () => {
  const RUN = 41;
  beforeAll(() => {
    const up = context(RUN);
    for (const name of ['candidate-a', 'candidate-b', 'ranking']) {
      mkdirSync(join(up.workspace, name), { recursive: true });
      writeFileSync(join(up.workspace, name, 'evaluation.json'), `{"name":"${name}"}`);
      uploadArtifact(up, { name, path: `${name}/` }, () => {});
    }
  });

  it('by pattern: each matching artifact in a folder named for it', async () => {
    const ctx = context(RUN);
    await run('actions/download-artifact@v4', ctx, { pattern: 'candidate-*', path: 'in' });
    expect(tree(join(ctx.workspace, 'in'))).toEqual(['candidate-a/evaluation.json', 'candidate-b/evaluation.json']);
    expect(readFileSync(join(ctx.workspace, 'in/candidate-b/evaluation.json'), 'utf8')).toBe('{"name":"candidate-b"}');
  });

  it('by pattern with merge-multiple: all in the one folder (the last one written wins a name)', async () => {
    const ctx = context(RUN);
    await run('actions/download-artifact@v4', ctx, { pattern: 'candidate-*', path: 'in', 'merge-multiple': 'true' });
    expect(tree(join(ctx.workspace, 'in'))).toEqual(['evaluation.json']);
  });

  it('without name or pattern: every artifact of the run; a pattern matching none: nothing, and no failure', async () => {
    const all = context(RUN);
    await run('actions/download-artifact@v4', all, { path: 'in' });
    expect(tree(join(all.workspace, 'in'))).toEqual(['candidate-a/evaluation.json', 'candidate-b/evaluation.json', 'ranking/evaluation.json']);
    const none = context(RUN);
    await run('actions/download-artifact@v4', none, { pattern: 'nothing-*', path: 'in' });
    expect(tree(join(none.workspace, 'in'))).toEqual([]);
  });

  it('by name: into path itself; a name the run lacks fails the step', async () => {
    const ctx = context(RUN);
    await run('actions/download-artifact@v4', ctx, { name: 'ranking', path: 'in' });
    expect(tree(join(ctx.workspace, 'in'))).toEqual(['evaluation.json']);
    await expect(run('actions/download-artifact@v4', context(RUN), { name: 'nope' })).rejects.toThrow(StepFailure);
  });
});

describe('checkout@v4 ref', () => {
  it.each([
    ['a branch', 'feature', () => featureSha, ['feature.txt', 'mlops.yaml']],
    ['refs/heads/…', 'refs/heads/feature', () => featureSha, ['feature.txt', 'mlops.yaml']],
    ['a tag', 'v1', () => mainSha, ['mlops.yaml', 'requirements.txt']],
    ['a commit SHA', '', () => featureSha, ['feature.txt', 'mlops.yaml']],
  ])('checks out %s', async (_what, ref, sha, files) => {
    const ctx = context();
    const out = await run('actions/checkout@v4', ctx, { ref: ref || sha() });
    expect(out.commit).toBe(sha());
    expect(tree(ctx.workspace)).toEqual(files);
  });

  it('fails on a ref the repository does not have', async () => {
    await expect(run('actions/checkout@v4', context(), { ref: 'no-such-branch' })).rejects.toThrow(/A branch or tag with the name 'no-such-branch' could not be found/);
    await expect(run('actions/checkout@v4', context(), { ref: 'f'.repeat(40) })).rejects.toThrow(StepFailure);
  });
});

describe('setup-python@v5', () => {
  const machine = spawnSync('python3', ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { encoding: 'utf8' }).stdout.trim();

  it.skipIf(!machine)('sets up the machine\'s Python when asked for its version: first on PATH, its pip installs', async () => {
    const ctx = context();
    await run('actions/checkout@v4', ctx, {});
    const [major, minor] = machine.split('.');
    for (const asked of ['3.x', `${major}.${minor}`, machine]) {
      const out = await run('actions/setup-python@v5', ctx, { 'python-version': asked, cache: 'pip', 'cache-dependency-path': 'requirements.txt' });
      expect(out).toMatchObject({ 'python-version': machine, 'cache-hit': 'false' });
    }
    const bin = ctx.paths[0]!;
    expect(spawnSync(join(bin, 'python'), ['--version'], { encoding: 'utf8' }).stdout.trim()).toBe(`Python ${machine}`);
    // A virtual environment: pip does not refuse it as externally managed (PEP 668).
    expect(spawnSync(join(bin, 'python'), ['-c', 'import sys; print(sys.prefix != sys.base_prefix)'], { encoding: 'utf8' }).stdout.trim()).toBe('True');
  });

  it.skipIf(!machine)('fails for another version, or for cache: pip without the dependency file', async () => {
    await expect(run('actions/setup-python@v5', context(), { 'python-version': '2.7' })).rejects.toThrow(new RegExp(`asks for Python 2\\.7, this machine has ${machine.replace(/\./g, '\\.')}`));
    const ctx = context();
    await expect(run('actions/setup-python@v5', ctx, { 'python-version': '3.x', cache: 'pip', 'cache-dependency-path': 'requirements.txt' })).rejects.toThrow(/No file in .* matched to \[requirements\.txt\]/);
    expect(ctx.paths).toEqual([]);
  });
});
