/**
 * The CLI reaches what the actions reach, through the same steps and GitHub ports, against the GitHub
 * simulator: `mlops compare --baseline base-branch --repo` takes the base branch's artifact (and, with
 * --post, comments and creates the check run on GitHub), `mlops drift --repo --open-pr` opens the
 * retraining PR, and `mlops promote --repo` records the Deployment as the promote-model action does.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCommand } from '../../shared/cli/commands/compare.js';
import { driftCommand } from '../../shared/cli/commands/drift.js';
import { promoteCommand } from '../../shared/cli/commands/promote.js';
import { openGitHubRegistry } from '../../shared/github/github-registry.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import { deploymentDb } from '../support/github-sim/index.js';
import { simClient } from '../github/sim-client.js';
import { runCli, type CliIo } from '../../shared/runtime/cli.js';
import { evaluate } from '../../shared/steps/evaluate.js';
import { validateData } from '../../shared/steps/validate-data.js';
import { seedBranch, seedPullRequest, seedRepo, seedWorkflowRun, sha, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { binaryPredictionsCsv } from '../support/binary-predictions.js';

const REPO = 'octo-org/model-zoo';
let sim: GitHubSim;
let dir: string;

const predictionsCsv = (quality: number): string => binaryPredictionsCsv(quality, { rows: 200, seed: 11 });

async function report(name: string, quality: number): Promise<string> {
  await writeFile(join(dir, `${name}.csv`), predictionsCsv(quality));
  const out = join(dir, name, 'evaluation.json');
  await evaluate({ predictions: join(dir, `${name}.csv`), task: 'binary', label: 'label', score: ['score'], prediction: 'prediction', id: 'id', resamples: 20, out });
  return out;
}

async function mlops(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    env: { GITHUB_TOKEN: sim.installationToken, GITHUB_API_URL: sim.url, MLOPS_GITHUB_RETRY_BASE_MS: '1', MLOPS_GITHUB_WRITE_SPACING: 'none' },
  };
  const program = { name: 'mlops', version: '0.0.0-test', summary: 'test', commands: [compareCommand, driftCommand, promoteCommand] };
  const code = await runCli(args, program, io);
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlops-github-parity-'));
  sim = await startGitHubSim();
  seedRepo(sim, { owner: 'octo-org', name: 'model-zoo' }).default_branch = 'main';
  seedBranch(sim, REPO, 'main', { 'README.md': '# model zoo\n' });
}, 60_000);
afterAll(async () => sim?.stop());

describe('mlops compare --baseline base-branch --repo', () => {
  it('compares with the artifact of the latest successful run on the base branch, and posts with --post', async () => {
    const base = await report('base', 0.3);
    const head = await report('head', 0.7);
    const artifact = {
      'evaluation.json': await readFile(base),
      'evaluation.examples.jsonl.gz': await readFile(join(dir, 'base/evaluation.examples.jsonl.gz')),
    };
    seedWorkflowRun(sim, { repo: REPO, workflow: 'pr-report.yml', branch: 'main', headSha: sha('base'), artifacts: { 'mlops-evaluation': artifact } });
    const headSha = sha('head');
    seedPullRequest(sim, { repo: REPO, number: 5, headSha, baseRef: 'main' });

    const out = join(dir, 'out');
    const local = await mlops(['compare', '--head', head, '--baseline', 'base-branch', '--repo', REPO, '--base-branch', 'main', '--out-dir', out]);
    expect(local.err).toMatch(/baseline: artifact mlops-evaluation \(id \d+\) of run \d+ \(pr-report\.yml on main\)/);
    expect(local.code).toBe(0);
    const comparison = JSON.parse(await readFile(join(out, 'comparison.json'), 'utf8'));
    const baseMetrics = JSON.parse(await readFile(base, 'utf8')).metrics;
    expect(comparison.metrics.find((m: { name: string }) => m.name === 'accuracy').baseline).toBe(baseMetrics.accuracy.value);
    expect(comparison.significance.tested).toBe(true);
    // Without --post nothing reaches the PR.
    expect(sim.state.commentsOn(REPO, 5)).toHaveLength(0);

    const posted = await mlops(['compare', '--head', head, '--baseline', 'base-branch', '--repo', REPO, '--base-branch', 'main', '--out-dir', join(dir, 'out2'), '--post', '--pr', '5', '--sha', headSha]);
    expect(posted.code).toBe(0);
    expect(posted.err).toMatch(/comment \(GitHub\): http/);
    expect(sim.state.commentsOn(REPO, 5)).toHaveLength(1);
    expect([...sim.state.checkRuns.values()].filter((c) => c.head_sha === headSha).map((c) => c.name)).toEqual(['mlops / model']);
  }, 60_000);

  it('says what is missing (exit 2)', async () => {
    const head = join(dir, 'head/evaluation.json');
    expect((await mlops(['compare', '--head', head, '--baseline', 'base-branch', '--base-branch', 'main', '--out-dir', join(dir, 'x')])).err).toMatch(/--baseline base-branch needs --repo OWNER\/REPO/);
    const noBranch = await mlops(['compare', '--head', head, '--baseline', 'base-branch', '--repo', REPO, '--out-dir', join(dir, 'x')]);
    expect(noBranch.code).toBe(2);
    expect(noBranch.err).toMatch(/--base-branch/);
    expect((await mlops(['compare', '--head', head, '--baseline', 'none', '--post', '--repo', REPO, '--out-dir', join(dir, 'x')])).err).toMatch(/--post needs --pr N and --sha SHA/);
    expect((await mlops(['compare', '--head', head, '--baseline', 'none', '--base-branch', 'main', '--out-dir', join(dir, 'x')])).err).toMatch(/--base-branch goes with --baseline base-branch/);
  });
});

describe('mlops drift --repo --open-pr', () => {
  it('opens the retraining PR on GitHub when the data drifted', async () => {
    const reference = join(dir, 'seattle.profile.json');
    await validateData({ data: 'examples/weather/data/seattle-2012-2014.csv', profileOut: reference });
    const r = await mlops(['drift', '--model', 'weather', '--reference', reference, '--current', 'examples/weather/data/new-york-2015.csv', '--out', join(dir, 'drift.json'), '--repo', REPO, '--open-pr']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/retraining PR \(GitHub\): created http\S+ \(#\d+\)/);
    const pulls = sim.state.pullsOf(REPO).filter((p) => p.state === 'open' && /weather/.test(p.title as string));
    expect(pulls).toHaveLength(1);
  }, 60_000);

  it('refuses --open-pr without --repo, and with --pr-dir (exit 2)', async () => {
    const base = ['drift', '--model', 'weather', '--reference', join(dir, 'seattle.profile.json'), '--current', 'examples/weather/data/new-york-2015.csv', '--out', join(dir, 'd.json')];
    expect((await mlops([...base, '--open-pr'])).err).toMatch(/--open-pr needs --repo OWNER\/REPO/);
    expect((await mlops([...base, '--open-pr', '--repo', REPO, '--pr-dir', join(dir, 'prs')])).err).toMatch(/give --open-pr or --pr-dir, not both/);
  });
});

describe('mlops promote --repo', () => {
  it('moves the alias on GitHub and records a Deployment of the release to the environment', async () => {
    const files = join(dir, 'model');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(files, { recursive: true });
    await writeFile(join(files, 'model.json'), '{"w":[1]}\n');
    const registry = openGitHubRegistry(simClient(sim), { owner: 'octo-org', repo: 'model-zoo' });
    const published = await publishModel({ model: 'weather', files, evaluation: await report('release', 0.6), env: { USER: 'tester' }, cwd: dir }, registry);
    const r = await mlops(['promote', '--repo', REPO, '--model', 'weather', '--version', published.version, '--alias', 'production', '--reviewer', 'alice', '--environment-url', 'https://ml.example.com/weather']);
    expect(r.err).not.toMatch(/warning|error/);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/weather@production: \(new\) -> 1\.0\.0\ndeployment recorded for production: http/);
    const deployments = [...deploymentDb(sim.state).deployments.values()];
    expect(deployments).toHaveLength(1);
    expect(deployments[0]!.data).toMatchObject({ environment: 'production', ref: 'model/weather/v1.0.0', payload: { mlops: { model: 'weather', version: '1.0.0', alias: 'production' } } });
    expect(deployments[0]!.statuses.map((s) => s.state)).toEqual(['success']);
  }, 60_000);

  it('refuses the deployment flags without --repo (exit 2)', async () => {
    const r = await mlops(['promote', '--model', 'weather', '--version', '1.0.0', '--alias', 'production', '--no-deployment']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--no-deployment goes with --repo/);
  });
});
