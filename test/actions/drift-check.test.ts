/**
 * The drift-check bundle, run as the runner runs it, against the GitHub simulator: the reference is
 * the training data profile published with the production version of the example weather model
 * (publish + promote on the same simulated repository), production data is real (New York 2015
 * against a model trained on Seattle 2012-2014). It opens one retraining PR, re-runs change
 * nothing, concurrent runs still leave one PR, recovery closes it, column alarms warn (and with
 * fail-on: column open the PR), and broken evidence never opens a PR.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validateData } from '../../shared/steps/validate-data.js';
import { openGitHubRegistry } from '../../shared/github/github-registry.js';
import { promoteModel } from '../../shared/steps/promote-model.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import { simClient } from '../github/sim-client.js';
import { evaluationReport } from '../registry/fixtures.js';
import { seedBranch, seedRepo, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { repoRoot, runAction } from '../support/run-action.js';

const REPO = 'octo-org/model-zoo';
const DATA = join(repoRoot, 'examples/weather/data');
let work: string;
let profile: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'mlops-drift-action-'));
  profile = join(work, 'profile.json');
  await validateData({ data: join(DATA, 'seattle-2012-2014.csv'), contract: join(repoRoot, 'examples/weather/contract.yaml'), profileOut: profile, reportOut: join(work, 'validation.json') });
  writeFileSync(join(work, 'model.json'), '{"w":[1]}\n');
  writeFileSync(join(work, 'evaluation.json'), JSON.stringify(evaluationReport({ metrics: { accuracy: { value: 0.86, ci: [0.82, 0.9] } } })));
}, 60_000);

let sim: GitHubSim;
/** A fresh simulated repository whose production version is the example model, published with its training data profile and promoted. */
async function productionRepository(): Promise<void> {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: 'octo-org', name: 'model-zoo' }).default_branch = 'main';
  seedBranch(sim, REPO, 'main', { 'README.md': '# model zoo\n' });
  const ports = openGitHubRegistry(simClient(sim), { owner: 'octo-org', repo: 'model-zoo' }, { targetCommitish: 'main' });
  const files = join(work, 'files');
  mkdirSync(files, { recursive: true });
  copyFileSync(join(work, 'model.json'), join(files, 'model.json'));
  await publishModel({ model: 'weather', files, evaluation: join(work, 'evaluation.json'), profile, version: '1.0.0', env: { USER: 'release-bot' }, cwd: work }, ports);
  await promoteModel({ model: 'weather', version: '1.0.0', alias: 'production', env: { USER: 'release-bot' }, cwd: work }, ports);
}

const CONFIG = [
  'version: 1',
  'drift:',
  '  models:',
  '    weather:',
  '      columns: { date: { ignore: true } }',
  '      pull_request: { labels: [mlops:retrain, weather], on_recovery: close }',
].join('\n');

function drift(current: Record<string, string | Buffer>, inputs: Record<string, string> = {}, runId = 7001, config = CONFIG) {
  return runAction('drift-check', {
    files: { 'mlops.yaml': config, ...current },
    inputs: { token: sim.installationToken, model: 'weather', current: Object.keys(current).join('\n'), ...inputs },
    event: { name: 'schedule', payload: { schedule: '17 6 * * *', repository: { full_name: REPO } } },
    env: {
      GITHUB_API_URL: sim.url,
      GITHUB_REPOSITORY: REPO,
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_RUN_ID: String(runId),
      GITHUB_SERVER_URL: 'https://github.com',
      MLOPS_GITHUB_RETRY_BASE_MS: '1',
      MLOPS_GITHUB_WRITE_SPACING: 'none',
    },
  });
}

const newYork = () => ({ 'prod/new-york-2015.csv': readFileSync(join(DATA, 'new-york-2015.csv')) });
const openPulls = () => sim.state.pullsOf(REPO).filter((p) => p.state === 'open');
const errorLine = (stdout: string) => stdout.split('\n').find((l) => l.startsWith('::error'));

describe('drift-check action (dist bundle against the GitHub simulator)', () => {
  // Each test starts from a repository without a retraining PR.
  beforeEach(productionRepository, 60_000);
  afterEach(() => sim.stop());

  it('opens one retraining PR on real drift and fails the step with fail-on-drift, changes nothing on a re-run, and closes it on recovery', async () => {
    // fail-on-drift fails the step after writing the PR (exit 1, operation created); the re-run without it passes.
    const r = await drift(newYork(), { 'fail-on-drift': 'true' });
    expect(r.stderr).toBe('');
    expect(r.exitCode, r.stdout).toBe(1);
    expect(r.outputs).toMatchObject({ drifted: 'true', decision: 'drift', operation: 'created', 'report-path': 'mlops-out/drift/drift.json' });
    const report = JSON.parse(readFileSync(join(r.workspace, 'mlops-out/drift/drift.json'), 'utf8'));
    expect(report.reference).toMatchObject({ kind: 'production', version: '1.0.0', tag: 'model/weather/v1.0.0', alias: 'production', rows: 1096 });
    expect(report.data.columns.filter((c: { drifted: boolean }) => c.drifted).map((c: { column: string }) => c.column)).toEqual(expect.arrayContaining(['temp_max', 'temp_min']));
    expect(report.data.skipped).toEqual([{ column: 'date', reason: 'ignored (drift.models.<model>.columns)' }]);
    expect(openPulls()).toHaveLength(1);
    const pr = openPulls()[0]!;
    expect(pr.number).toBe(Number(r.outputs['pr-number']));
    expect(pr.head.ref).toBe('mlops/retrain/weather');
    expect(pr.labels.map((l: { name: string }) => l.name).sort()).toEqual(['mlops:retrain', 'weather']);
    expect(pr.body).toContain('temp\\_max');
    expect(r.summary).toContain('```mermaid');

    const again = await drift(newYork(), {}, 7002);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs).toMatchObject({ operation: 'updated', 'pr-number': r.outputs['pr-number'] });
    expect(openPulls()).toHaveLength(1);
    expect(sim.state.commentsOn(REPO, pr.number as number)).toHaveLength(0);

    // Production looks like training again (the training data itself): the PR is closed.
    const recovered = await drift({ 'prod/seattle.csv': readFileSync(join(DATA, 'seattle-2012-2014.csv')) }, {}, 7003);
    expect(recovered.exitCode, recovered.stdout).toBe(0);
    expect(recovered.outputs).toMatchObject({ drifted: 'false', decision: 'ok', operation: 'closed' });
    expect(openPulls()).toHaveLength(0);
  }, 120_000);

  it('leaves one PR when two scheduled runs race', async () => {
    const [a, b] = await Promise.all([drift(newYork(), {}, 7101), drift(newYork(), {}, 7102)]);
    expect([a.exitCode, b.exitCode], a.stdout + b.stdout).toEqual([0, 0]);
    expect(openPulls()).toHaveLength(1);
    expect(new Set([a.outputs['pr-number'], b.outputs['pr-number']]).size).toBe(1);
  }, 120_000);

  it('warns on column alarms when the share rule says ok, and opens the retraining PR with fail-on: column', async () => {
    // The team tolerates precipitation and label shifts (threshold 0.2) and wants 80% of columns before
    // dataset drift. New York's temperatures and wind still move 4.7-11× past their thresholds: today
    // that is 3 of 5 columns, "ok", no PR.
    const config = [
      'version: 1',
      'drift:',
      '  models:',
      '    weather:',
      '      columns: { date: { ignore: true }, precipitation: { threshold: 0.2 }, weather: { threshold: 0.2 } }',
      '      share: 0.8',
      '      pull_request: { labels: [mlops:retrain] }',
    ].join('\n');
    const warned = await drift(newYork(), {}, 7201, config);
    expect(warned.exitCode, warned.stdout).toBe(0);
    expect(warned.outputs).toMatchObject({ drifted: 'false', decision: 'ok', operation: 'none', 'column-alarms': '["wind","temp_min","temp_max"]' });
    expect(sim.state.pullsOf(REPO)).toHaveLength(0);
    const warnings = warned.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^::warning title=drift-check column alarm \(weather\)::wind: Wasserstein distance 1\.\d+ \(threshold 0\.1\): \d+(\.\d+)?× the threshold, alarm at 3×$/);
    expect(warned.summary).toContain('no dataset drift, but 3 column alarms');

    const failed = await drift(newYork(), { 'fail-on': 'column', 'fail-on-drift': 'true' }, 7202, config);
    expect(failed.exitCode, failed.stdout).toBe(1);
    expect(failed.outputs).toMatchObject({ drifted: 'true', decision: 'drift', operation: 'created' });
    expect(errorLine(failed.stdout)).toMatch(/column alarm: 3 columns far past their thresholds \(wind, temp_min, temp_max\): drift \(fail-on column\)/);
    const pulls = openPulls();
    expect(pulls).toHaveLength(1);
    const body = pulls[0]!.body as string;
    // Which columns moved and by how much, alarms first; then the drifted column that is no alarm.
    const moved = body.slice(body.indexOf('### What moved'), body.indexOf('```mermaid')).split('\n').filter((l) => l.startsWith('- '));
    expect(moved.map((l) => /\*\*(.+?)\*\*/.exec(l)![1])).toEqual(['wind', 'temp\\_min', 'temp\\_max']);
    expect(moved[2]).toMatch(/^- 🚨 \*\*temp\\_max\*\*: Wasserstein distance 0\.4\d+ \(threshold 0\.1\): 4\.\d+× the threshold, alarm at 3×$/);
    const report = JSON.parse(readFileSync(join(failed.workspace, 'mlops-out/drift/drift.json'), 'utf8'));
    expect(report.data).toMatchObject({ dataset_drift: false, drifted: 3, tested: 5, fail_on: 'column' });
  }, 120_000);
});

describe('drift-check action on broken evidence', () => {
  // None of these may open a PR, so one repository serves them all.
  beforeAll(productionRepository, 60_000);
  afterAll(() => sim.stop());

  it.each([
    ['no file matches', { 'prod/none-yet.txt': 'x' }, 'prod/*.parquet', /prod\/\*\.parquet/],
    ['a column the reference has is missing', { 'prod/partial.csv': 'date,precipitation,temp_max,temp_min,weather\n2015-01-01,0,10,2,sun\n' }, 'prod/partial.csv', /wind/],
    ['no rows', { 'prod/empty.csv': 'date,precipitation,temp_max,temp_min,wind,weather\n' }, 'prod/empty.csv', /no rows|empty/i],
  ])('never opens a PR on broken evidence: %s', async (_what, files, current, message) => {
    const r = await drift(files, { current });
    expect(r.exitCode).toBe(2);
    expect(errorLine(r.stdout)).toMatch(message);
    expect(sim.state.pullsOf(REPO)).toHaveLength(0);
  }, 60_000);
});
