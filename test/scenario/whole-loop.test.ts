/**
 * The whole loop (issue 7), played by the workflows we ship on the example weather project, against
 * the GitHub simulator. The user copies in workflows/*.yml go into the repository's
 * .github/workflows/ with only the edits their comments ask for (this project's paths, model and
 * training command; the App id and drift data), and test/support/workflow-runner.ts runs them as
 * GitHub would: events with real payloads, the reusable workflows of this repository, every step of
 * our actions by its dist bundle.
 *
 *   PR opened        -> pr-report.yml, then pr-comment.yml (workflow_run): one sticky comment, a check run
 *   PR synchronized  -> the same comment, updated; re-running both changes nothing
 *   merge (push)     -> pr-report.yml (the base-branch baseline) and release.yml: model/weather/v1.0.0
 *   promote.yml      -> staging; production refused without an approval, then approved
 *   candidates.yml   -> by hand: two candidates trained in a matrix, ranked against main's evaluation
 *   drift-check.yml  -> on schedule, New York 2015 as production data: exactly one retraining PR
 *   re-run           -> the release, promotions and drift check once more (the next attempt): nothing changes
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { extractZip } from '../../shared/github/artifact-zip.js';
import { openGitHubRegistry } from '../../shared/github/github-registry.js';
import { modelHistory, showModel } from '../../shared/registry/registry-view.js';
import { simClient } from '../github/sim-client.js';
import { deploymentDb, gitStore, releaseDb, seedBranch, seedPullRequest, seedRef, seedRepo, seedRunApprovals, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { repoRoot } from '../support/run-action.js';
import { weatherHoldoutCsv } from '../support/weather-holdout.js';
import {
  UnsupportedExpression,
  WorkflowRunner,
  branchHead,
  describeRun,
  evaluateTemplate,
  pullRequestEvent,
  pushEvent,
  scheduleEvent,
  step,
  workflowDispatchEvent,
  type WorkflowRunResult,
} from '../support/workflow-runner.js';

const OWNER = 'octo-org';
const NAME = 'weather-ml';
const REPO = `${OWNER}/${NAME}`;
const APP_ID = '424242';
const MARKER = '<!-- mlops-actions:pr-report.yml/weather -->';
const example = (f: string) => readFileSync(join(repoRoot, 'examples/weather', f), 'utf8');

/** What this project trains and evaluates, in the `with:` of both pr-report.yml and release.yml. */
const TRAINING = {
  data: 'data/seattle-2012-2014.csv',
  contract: 'contract.yaml',
  model: 'weather',
  command: '["node", "--import", "tsx", "train.ts", "--out", "out"]',
  'params-file': 'params.yaml',
  'train-inputs': 'data/*.csv\ntrain.ts\nparams.yaml\n',
  'train-outputs': 'out/model.json\nout/predictions.csv\n',
  predictions: 'out/predictions.csv',
  task: 'binary',
  label: 'label',
  score: 'score',
  prediction: 'prediction',
  slice: 'season',
  id: 'date',
  // The runner's dependencies (setup-python, pip install -r, a set-up command): train.ts needs no
  // Python package, so requirements.txt lists none, but every step runs as it would for train.py.
  'python-version': '3.x',
  requirements: 'requirements.txt',
  setup: 'python --version',
};

/** A user copy of workflows/<file> with the edits its comments ask for (YAML paths -> values; undefined deletes), comments kept. */
function userCopy(file: string, edits: Array<[Array<string | number>, unknown]>): string {
  const doc = parseDocument(readFileSync(join(repoRoot, 'workflows', file), 'utf8'));
  for (const [path, value] of edits) {
    if (!doc.hasIn(value === undefined ? path : path.slice(0, -1))) throw new Error(`workflows/${file} has no ${path.join('.')}: the user copy changed shape`);
    if (value === undefined) doc.deleteIn(path);
    else doc.setIn(path, value);
  }
  return doc.toString();
}

const withAll = (job: string, values: Record<string, string>): Array<[string[], unknown]> => Object.entries(values).map(([k, v]) => [['jobs', job, 'with', k], v]);

function projectFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  files['requirements.txt'] = '# train.ts needs no Python packages (train.py would list scikit-learn here)\n';
  for (const f of ['README.md', 'contract.yaml', 'params.yaml', 'mlops.yaml', 'train.ts', 'train.py', 'data/seattle-2012-2014.csv', 'data/seattle-2015.csv', 'data/new-york-2015.csv']) files[f] = example(f);
  // The PR report explains the model too (docs/explain.md, "In the PR report"): predict.ts on the hold-out year.
  files['predict.ts'] = example('predict.ts');
  files['holdout.csv'] = weatherHoldoutCsv();
  files['.github/workflows/pr-report.yml'] = userCopy('pr-report.yml', withAll('report', { ...TRAINING, predict: 'node --import tsx predict.ts out/model.json {input} {output}', 'explain-data': 'holdout.csv', 'explain-label': 'rain' }));
  files['.github/workflows/pr-comment.yml'] = userCopy('pr-comment.yml', [[['jobs', 'comment', 'with', 'model'], 'weather']]);
  files['.github/workflows/release.yml'] = userCopy('release.yml', [
    ...withAll('release', { ...TRAINING, 'model-files': 'out/model.json' }),
    // "Keep it a superset of train-inputs": this project's script and contract.
    [['on', 'push', 'paths'], ['data/**', 'contract.yaml', 'train.ts', 'params.yaml', 'requirements.txt', 'mlops.yaml', '.github/workflows/release.yml']],
  ]);
  // Two candidates: main's params with a no-op override (params, merged: toJSON), and a params file
  // of their own ([ ] indexing: candidate['params-file']) training on temperatures and wind only.
  files['candidates/temperatures-only.yaml'] = example('params.yaml').replace(/^features: .*$/m, 'features: [temp_max, temp_min, wind]');
  files['.github/workflows/candidates.yml'] = userCopy('candidates.yml', [
    ...withAll('candidates', {
      ...Object.fromEntries(['model', 'command', 'python-version', 'requirements', 'setup', 'params-file', 'train-inputs', 'train-outputs', 'predictions', 'task', 'label', 'score', 'prediction', 'slice', 'id'].map((k) => [k, TRAINING[k as keyof typeof TRAINING]])),
      candidates: JSON.stringify([{ name: 'six-features', params: { threshold: 0.5 } }, { name: 'temperatures-only', 'params-file': 'candidates/temperatures-only.yaml' }]),
    }),
    // "keep the list short, or run it by hand only (drop pull_request)": by hand.
    [['on', 'pull_request'], undefined],
  ]);
  files['.github/workflows/promote.yml'] = userCopy('promote.yml', [[['on', 'workflow_dispatch', 'inputs', 'model', 'default'], 'weather']]);
  files['.github/workflows/drift-check.yml'] = userCopy('drift-check.yml', [
    [['jobs', 'drift', 'strategy', 'matrix', 'model'], ['weather']],
    // Production data: New York's 2015 days, for a model trained on Seattle 2012-2014.
    [['jobs', 'drift', 'with', 'current'], 'data/new-york-2015.csv'],
    // The commented-out example: a secret the sources would name with secret_env.
    [['jobs', 'drift', 'secrets', 'source-secrets'], 'PROD_API_TOKEN=${{ secrets.PROD_API_TOKEN }}\n'],
  ]);
  return files;
}

/**
 * Shipped workflows this scenario does not run, and why. Each needs a test of its own that runs it
 * with the workflow runner, or a place in the loop; an entry that is run after all fails the test,
 * so the list only shrinks.
 */
const NOT_IN_THE_LOOP: Record<string, string> = {};

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));

let sim: GitHubSim;
let gh: WorkflowRunner;
/** Reviewers' decisions by environment, applied to each run that reaches it (seedRunApprovals). */
const approvals: Record<string, Array<{ environment: string; comment: string }>> = {};
const runs: Record<string, WorkflowRunResult[]> = {};

beforeAll(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: OWNER, name: NAME }).default_branch = 'main';
  seedBranch(sim, REPO, 'main', projectFiles(), 'Add the weather model and the mlops workflows');
  gh = new WorkflowRunner(sim, {
    repo: REPO,
    vars: { MLOPS_APP_ID: APP_ID },
    secrets: { MLOPS_APP_PRIVATE_KEY: '-----BEGIN RSA PRIVATE KEY-----\nnot a real key\n-----END RSA PRIVATE KEY-----\n', PROD_API_TOKEN: 'prod-api-token-not-real' },
    apps: { [APP_ID]: { slug: 'weather-retrain' } },
    env: { MLOPS_GITHUB_RETRY_BASE_MS: '1', MLOPS_GITHUB_WRITE_SPACING: 'none' },
    // The reusable workflows install nothing: train.ts's packages stand in for the project's own install.
    prepareWorkspace: (ws) => symlinkSync(join(repoRoot, 'node_modules'), join(ws, 'node_modules'), 'dir'),
    onEnvironment: ({ environment, runId }) => {
      seedRunApprovals(sim, { repo: REPO, runId, approvals: approvals[environment] ?? [] });
    },
  });
});
afterAll(async () => {
  if (gh) rmSync(gh.root, { recursive: true, force: true });
  await sim?.stop();
});

const ports = () => openGitHubRegistry(simClient(sim), { owner: OWNER, repo: NAME });
const comments = (pr: number) => sim.state.commentsOn(REPO, pr);
const checkRuns = (headSha: string) => [...sim.state.checkRuns.values()].filter((c) => c.head_sha === headSha && c.name === 'mlops / weather');
const succeeded = (list: WorkflowRunResult[]) => {
  for (const r of list) expect(r.conclusion, describeRun(r)).toBe('success');
};

const unzip = async (bytes: Uint8Array) => {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-loop-artifact-'));
  const files = await extractZip(bytes, dir, { maxBytes: 50 * 1024 * 1024 });
  return { dir, files: files.sort() };
};
const artifactsOf = (run: WorkflowRunResult) => [...sim.state.artifacts.values()].filter((a) => a.run_id === run.runId).map((a) => a.name).sort();
const artifact = (run: WorkflowRunResult, name: string) => [...sim.state.artifacts.values()].find((a) => a.run_id === run.runId && a.name === name)!;
const retrainPulls = () => sim.state.pullsOf(REPO).filter((p) => p.head.ref === 'mlops/retrain/weather');
const deployments = () => [...deploymentDb(sim.state).deployments.values()].map((d) => ({ id: d.data.id as number, environment: d.data.environment as string, ref: d.data.ref as string, payload: d.data.payload as { mlops: { run_id: number; run_attempt: number; version: string } } }));
const promote = (alias: string) => gh.deliver(workflowDispatchEvent(sim, REPO, '.github/workflows/promote.yml', { model: 'weather', version: 'latest', alias }));

/** Everything a re-run must leave alone. */
async function state() {
  const released = releaseDb(sim.state).releases.size > 0;
  const model = released ? await showModel(ports(), 'weather') : { aliases: {} };
  return {
    comments: comments(1).map((c) => ({ id: c.id, body: c.body })),
    releases: [...releaseDb(sim.state).releases.values()].map((r) => ({ tag: r.tag_name, assets: r.assets.map((a) => [a.name, a.id]) })),
    aliases: Object.fromEntries(Object.entries(model.aliases).map(([k, v]) => [k, v!.version])),
    audit: released ? (await modelHistory(ports(), 'weather')).length : 0,
    pulls: sim.state.pullsOf(REPO).map((p) => [p.number, p.state, p.head.ref]),
    retrainHead: gitStore(sim.state).refsOf(REPO).get('heads/mlops/retrain/weather'),
    retrainComments: retrainPulls().flatMap((p) => comments(p.number as number).map((c) => c.id)),
    registryHead: gitStore(sim.state).refsOf(REPO).get('heads/mlops-registry'),
    main: branchHead(sim, REPO, 'main'),
  };
}

describe('the whole loop, by the shipped workflows, on the weather project', () => {
  let prHead1 = '';
  let prHead2 = '';
  let mergeSha = '';

  it('PR opened: pr-report.yml uploads the evaluation, pr-comment.yml posts one sticky comment and a check run', async () => {
    seedRef(sim, REPO, 'heads/more-iterations', branchHead(sim, REPO, 'main'));
    prHead1 = seedBranch(sim, REPO, 'more-iterations', { 'params.yaml': example('params.yaml').replace('iterations: 3000', 'iterations: 3500') }, 'Train longer');
    seedPullRequest(sim, { repo: REPO, number: 1, headSha: prHead1, headRef: 'more-iterations', baseRef: 'main' });

    runs.opened = await gh.deliver(pullRequestEvent(sim, REPO, 1, 'opened'));
    expect(runs.opened.map((r) => [r.workflow, r.event.name])).toEqual([
      ['.github/workflows/pr-report.yml', 'pull_request'],
      ['.github/workflows/pr-comment.yml', 'workflow_run'],
    ]);
    succeeded(runs.opened);
    const [report, comment] = runs.opened as [WorkflowRunResult, WorkflowRunResult];
    expect(report.calledWorkflows).toEqual(['.github/workflows/mlops-pr-report.yml']);
    expect(report.jobs.map((j) => [j.name, j.permissions])).toEqual([['report / evaluate', { contents: 'read' }]]);
    expect(comment.jobs.map((j) => [j.name, j.permissions])).toEqual([['comment / comment', { actions: 'read', checks: 'write', contents: 'read', 'pull-requests': 'write' }]]);

    // The PR's code ran with a read-only token and left its evaluation as the run's artifact...
    expect(artifactsOf(report)).toEqual(['mlops-evaluation']);
    const { dir, files } = await unzip(artifact(report, 'mlops-evaluation').bytes);
    expect(files).toEqual(['evaluation.examples.jsonl.gz', 'evaluation.json', 'explanation.json', 'profile.json', 'run.json']);
    const evaluation = JSON.parse(readFileSync(join(dir, 'evaluation.json'), 'utf8'));
    expect(evaluation).toMatchObject({ schema: 'mlops-actions/evaluation@1', task: 'binary' });
    expect(evaluation.metrics.roc_auc.value).toBeGreaterThan(0.95);
    // ...which the comment run (trusted code only: mlops.yaml from main) downloaded by run id and compared.
    expect(step(comment, 'actions/download-artifact@v4').inputs).toMatchObject({ name: 'mlops-evaluation', 'run-id': String(report.runId) });
    const trusted = comment.jobs[0]!.workspace!;
    // Of the repository, only mlops.yaml (mlops-out/ is what compare wrote).
    expect(readdirSync(trusted).filter((f) => f !== 'node_modules' && f !== 'mlops-out')).toEqual(['mlops.yaml']);
    expect(readFileSync(join(trusted, 'mlops.yaml'), 'utf8')).toBe(example('mlops.yaml'));
    expect(step(comment, 'mlops-actions/mlops-actions/actions/compare@v1').outputs).toMatchObject({ verdict: 'pass', baseline: 'none', 'pr-number': '1' });

    expect(comments(1)).toHaveLength(1);
    const [sticky] = comments(1);
    expect(sticky!.user.login).toBe('github-actions[bot]');
    expect(sticky!.body).toContain(MARKER);
    expect(sticky!.body).toContain(prHead1.slice(0, 7));
    expect(checkRuns(prHead1).map((c) => [c.status, c.conclusion])).toEqual([['completed', 'success']]);
  }, 120_000);

  it('PR synchronized: the same comment is updated for the new head; re-running both runs changes nothing', async () => {
    const before = { ...comments(1)[0]! };
    prHead2 = seedBranch(sim, REPO, 'more-iterations', { 'params.yaml': example('params.yaml').replace('iterations: 3000', 'iterations: 4000') }, 'Train even longer');
    runs.synchronized = await gh.deliver(pullRequestEvent(sim, REPO, 1, 'synchronize', prHead1));
    expect(runs.synchronized.map((r) => r.workflow)).toEqual(['.github/workflows/pr-report.yml', '.github/workflows/pr-comment.yml']);
    succeeded(runs.synchronized);
    expect(comments(1)).toHaveLength(1);
    const after = comments(1)[0]!;
    expect(after.id).toBe(before.id);
    expect(after.body).not.toBe(before.body);
    expect(after.body).toContain(prHead2.slice(0, 7));
    expect(checkRuns(prHead2).map((c) => c.conclusion)).toEqual(['success']);

    const snapshot = await state();
    const checks = [...sim.state.checkRuns.values()].map((c) => [c.id, c.head_sha, c.conclusion]);
    const again = await gh.rerun(runs.synchronized[0]!);
    expect(again.map((r) => [r.workflow, r.attempt])).toEqual([['.github/workflows/pr-report.yml', 2], ['.github/workflows/pr-comment.yml', 1]]);
    succeeded(again);
    // The comment links the report run (kept by a re-run), so nothing at all changes.
    expect(await state()).toEqual(snapshot);
    expect(comments(1)[0]!.body).toContain(`/actions/runs/${runs.synchronized[0]!.runId})`);
    expect([...sim.state.checkRuns.values()].map((c) => [c.id, c.head_sha, c.conclusion])).toEqual(checks);
  }, 120_000);

  it('merge: the push to main runs pr-report.yml (the next baseline) and release.yml, which publishes model/weather/v1.0.0', async () => {
    const before = branchHead(sim, REPO, 'main');
    mergeSha = seedBranch(sim, REPO, 'main', { 'params.yaml': example('params.yaml').replace('iterations: 3000', 'iterations: 4000') }, 'Merge pull request #1 from octo-org/more-iterations');
    Object.assign(sim.state.pulls.get(`${REPO}#1`)!, { state: 'closed', merged: true, merged_at: sim.state.now(), closed_at: sim.state.now(), merge_commit_sha: mergeSha });

    runs.merged = await gh.deliver(pushEvent(sim, REPO, 'main', before));
    expect(runs.merged.map((r) => [r.workflow, r.event.name, r.conclusion])).toEqual([
      ['.github/workflows/pr-report.yml', 'push', 'success'],
      ['.github/workflows/release.yml', 'push', 'success'],
      // Started by the push run's completion; its job is for PR runs only.
      ['.github/workflows/pr-comment.yml', 'workflow_run', 'skipped'],
    ]);
    for (const r of runs.merged) expect(r.conclusion, describeRun(r)).not.toBe('failure');
    const [baseline, release] = runs.merged as [WorkflowRunResult, WorkflowRunResult];
    expect(artifactsOf(baseline)).toEqual(['mlops-evaluation']);
    expect(baseline.data).toMatchObject({ head_branch: 'main', head_sha: mergeSha, event: 'push', conclusion: 'success' });

    expect(release.jobs.map((j) => [j.name, j.conclusion, j.permissions])).toEqual([
      ['release / build', 'success', { contents: 'read' }],
      ['release / publish', 'success', { contents: 'write', 'pull-requests': 'read' }],
    ]);
    expect(release.outputs.release).toMatchObject({ version: '1.0.0', tag: 'model/weather/v1.0.0' });
    expect(step(release, 'publish').outputs).toMatchObject({ status: 'published', version: '1.0.0' });
    expect(artifactsOf(release)).toEqual(['mlops-model-weather-1.0.0', 'mlops-release-weather-model', 'mlops-release-weather-reports']);
    const [published] = [...releaseDb(sim.state).releases.values()];
    expect(releaseDb(sim.state).releases.size).toBe(1);
    expect(published!.tag_name).toBe('model/weather/v1.0.0');
    expect(published!.assets.map((a) => a.name).sort()).toEqual(['evaluation.examples.jsonl.gz', 'evaluation.json', 'manifest.json', 'model-card.md', 'model.tar.gz', 'profile.json', 'run.json']);
    const manifest = JSON.parse(published!.assets.find((a) => a.name === 'manifest.json')!.bytes.toString('utf8'));
    expect(manifest.lineage).toMatchObject({ repository: REPO, commit: mergeSha, run_id: String(release.runId), trigger: 'push' });
    const history = await modelHistory(ports(), 'weather');
    expect(history.map((e) => [e.action, e.to])).toEqual([['publish', '1.0.0']]);
  }, 180_000);

  it('candidates.yml by hand: a matrix of two candidates, each trained and evaluated, ranked against main\'s evaluation under the gate', async () => {
    runs.candidates = await gh.deliver(workflowDispatchEvent(sim, REPO, '.github/workflows/candidates.yml', {}));
    expect(runs.candidates.map((r) => [r.workflow, r.event.name])).toEqual([['.github/workflows/candidates.yml', 'workflow_dispatch']]);
    succeeded(runs.candidates);
    const [ranked] = runs.candidates as [WorkflowRunResult];
    expect(ranked.calledWorkflows).toEqual(['.github/workflows/mlops-candidates.yml']);
    expect(ranked.jobs.map((j) => [j.name, j.conclusion, j.permissions])).toEqual([
      ['candidates / candidate six-features', 'success', { contents: 'read' }],
      ['candidates / candidate temperatures-only', 'success', { contents: 'read' }],
      ['candidates / rank', 'success', { actions: 'read', contents: 'read', 'pull-requests': 'write' }],
    ]);
    // Each matrix job got its candidate: params as JSON text (toJSON), or its own params file.
    const trains = ranked.jobs.slice(0, 2).map((j) => j.steps.find((s) => s.name === 'mlops-actions/mlops-actions/actions/train@v1')!.inputs);
    expect(trains.map((i) => [i!['params-file'], i!.params])).toEqual([['params.yaml', '{\n  "threshold": 0.5\n}'], ['candidates/temperatures-only.yaml', '']]);
    // Dependencies first: setup-python's Python on PATH for pip and for the set-up command.
    const first = ranked.jobs[0]!.steps;
    expect(first.slice(0, 4).map((s) => [s.name, s.outcome])).toEqual([
      ['actions/checkout@v4', 'success'],
      ['actions/setup-python@v5', 'success'],
      ['Install the requirements', 'success'],
      ['Set up', 'success'],
    ]);
    expect(first[1]!.inputs).toMatchObject({ 'python-version': '3.x', cache: 'pip', 'cache-dependency-path': 'requirements.txt' });
    expect(first[3]!.log.trim()).toBe(`Python ${first[1]!.outputs['python-version']}`);
    expect(artifactsOf(ranked)).toEqual(['mlops-candidate-six-features', 'mlops-candidate-temperatures-only', 'mlops-candidates-ranking']);

    // The rank job checked out only mlops.yaml, at the dispatched commit (checkout ref: github.sha).
    const rankJob = ranked.jobs[2]!;
    expect(readdirSync(rankJob.workspace!).filter((f) => f !== 'node_modules' && f !== 'mlops-out')).toEqual(['mlops.yaml']);
    expect(rankJob.steps[0]!.log).toContain(`at ${mergeSha} (sparse: mlops.yaml)`);
    // download-artifact's pattern put each candidate's evaluation in a folder of its own.
    expect(rankJob.steps[1]!.log).toMatch(/Filtering artifacts by pattern 'mlops-candidate-\*': 2 of 2/);

    // The winner is the candidate with the higher ROC AUC in the evaluations the matrix jobs uploaded.
    const auc: Record<string, number> = {};
    for (const name of ['six-features', 'temperatures-only']) {
      const { dir } = await unzip(artifact(ranked, `mlops-candidate-${name}`).bytes);
      auc[name] = JSON.parse(readFileSync(join(dir, 'evaluation.json'), 'utf8')).metrics.roc_auc.value;
    }
    expect(auc['six-features']).toBeGreaterThan(auc['temperatures-only']!);
    const rank = step(ranked, 'rank');
    expect(rank.outputs).toMatchObject({ winner: 'six-features', metric: 'roc_auc', baseline: 'base-branch', 'pr-number': '' });
    expect(ranked.outputs.candidates).toEqual({ winner: 'six-features', metric: 'roc_auc' });
    // The baseline is main's pr-report.yml evaluation (the merge's push run); no PR, so no comment.
    expect(rank.log).toMatch(new RegExp(`baseline: artifact mlops-evaluation \\(id \\d+\\) of run ${runs.merged![0]!.runId} `));
    expect(rank.log).toContain('no PR for');
    expect(rank.summary).toContain('six-features');
  }, 180_000);

  it('promote.yml: staging without reviewers; production refused without an approval, then promoted with one', async () => {
    runs.staging = await promote('staging');
    succeeded(runs.staging);
    const [staging] = runs.staging as [WorkflowRunResult];
    expect(staging.data.display_title).toBe('promote weather latest to staging');
    expect(staging.jobs.map((j) => [j.name, j.environment, j.permissions])).toEqual([['promote / promote', 'staging', { actions: 'read', contents: 'write', deployments: 'write' }]]);
    expect(staging.outputs.promote).toMatchObject({ status: 'promoted', from: '', to: '1.0.0', tag: 'model/weather/v1.0.0' });
    expect(deployments().map((d) => [d.environment, d.ref])).toEqual([['staging', 'model/weather/v1.0.0']]);

    // The production environment has no reviewers yet: nobody approved, and require-approval holds.
    runs.refused = await promote('production');
    const [refused] = runs.refused as [WorkflowRunResult];
    expect(refused.conclusion).toBe('failure');
    expect(step(refused, 'promote').log).toMatch(/no approval for environment "production"/);
    expect(step(refused, 'promote').inputs).toMatchObject({ 'require-approval': 'true', environment: 'production' });
    expect(deployments()).toHaveLength(1);
    expect((await showModel(ports(), 'weather')).aliases.production).toBeUndefined();

    approvals.production = [{ environment: 'production', comment: 'AUC holds on every season' }];
    runs.production = await promote('production');
    succeeded(runs.production);
    const [production] = runs.production as [WorkflowRunResult];
    expect(production.outputs.promote).toMatchObject({ status: 'promoted', to: '1.0.0' });
    expect(production.outputs.promote!['approved-by']).not.toBe('');
    const history = await modelHistory(ports(), 'weather');
    expect(history.map((e) => [e.action, e.alias, e.to])).toEqual([['publish', null, '1.0.0'], ['promote', 'staging', '1.0.0'], ['promote', 'production', '1.0.0']]);
    expect(history[2]!.approval).toMatchObject({ reviewer: production.outputs.promote!['approved-by'], comment: 'AUC holds on every season', environment: 'production' });
    expect(deployments().map((d) => [d.environment, d.payload.mlops.run_id])).toEqual([['staging', staging.runId], ['production', production.runId]]);
  }, 120_000);

  it('drift-check.yml on schedule: New York 2015 against the production model opens exactly one retraining PR, as the App', async () => {
    runs.drift = await gh.deliver(scheduleEvent(sim, REPO, '17 6 * * *'));
    expect(runs.drift.map((r) => r.workflow)).toEqual(['.github/workflows/drift-check.yml']);
    succeeded(runs.drift);
    const [drift] = runs.drift as [WorkflowRunResult];
    expect(drift.jobs.map((j) => [j.name, j.permissions])).toEqual([['drift (weather) / drift', { contents: 'read' }]]);
    expect(step(drift, 'app-token').outcome).toBe('success');
    // The caller's source-secrets line reached the steps after the secrets step, masked in the log.
    expect(step(drift, "Set the sources' secrets").log).toContain('::add-mask::prod-api-token-not-real');
    expect(drift.jobs[0]!.env).toMatchObject({ PROD_API_TOKEN: 'prod-api-token-not-real' });
    expect(drift.outputs.drift).toMatchObject({ drifted: 'true', decision: 'drift', operation: 'created' });
    // The App's token was the PR token, and was revoked when the job ended.
    const token = step(drift, 'app-token').outputs.token!;
    expect(step(drift, 'drift').inputs!['pr-token']).toBe(token);
    expect(sim.state.tokens.has(token)).toBe(false);

    expect(retrainPulls()).toHaveLength(1);
    const [pr] = retrainPulls();
    expect(pr).toMatchObject({ state: 'open', number: Number(drift.outputs.drift!['pr-number']), user: { login: 'weather-retrain[bot]', type: 'Bot' } });
    expect(pr.labels.map((l: { name: string }) => l.name)).toEqual(['mlops:retrain']);
    const { dir, files } = await unzip(artifact(drift, 'mlops-drift-weather').bytes);
    expect(files).toEqual(['drift.json']);
    const report = JSON.parse(readFileSync(join(dir, 'drift.json'), 'utf8'));
    expect(report.reference).toMatchObject({ kind: 'production', version: '1.0.0', rows: 1096 });
  }, 120_000);

  it('re-running the release, every promotion and the drift check (the next attempt of each) changes nothing', async () => {
    // The merge's pr-report.yml run is left out: the same workflow (no step depends on the event) was
    // re-run above, on the PR, and changed nothing; a re-run trains the model once more.
    const snapshot = await state();
    const before = deployments();
    const reruns: WorkflowRunResult[] = [];
    for (const r of [runs.merged![1]!, ...runs.staging!, ...runs.production!, ...runs.drift!]) reruns.push(...(await gh.rerun(r)));
    expect(reruns.map((r) => [r.workflow, r.attempt, r.conclusion])).toEqual([
      ['.github/workflows/release.yml', 2, 'success'],
      ['.github/workflows/promote.yml', 2, 'success'],
      ['.github/workflows/promote.yml', 2, 'success'],
      ['.github/workflows/drift-check.yml', 2, 'success'],
    ]);
    for (const r of reruns) expect(r.conclusion, describeRun(r)).not.toBe('failure');
    expect(step(reruns[0]!, 'publish').outputs).toMatchObject({ status: 'unchanged', version: '1.0.0' });
    expect(reruns[1]!.outputs.promote).toMatchObject({ status: 'unchanged', to: '1.0.0' });
    expect(reruns[2]!.outputs.promote).toMatchObject({ status: 'unchanged', to: '1.0.0' });
    expect(reruns[3]!.outputs.drift).toMatchObject({ decision: 'drift', 'pr-number': runs.drift![0]!.outputs.drift!['pr-number'] });
    expect(await state()).toEqual(snapshot);
    // A deployment records one promotion run attempt: none is recorded twice.
    const all = deployments();
    expect(all.slice(0, before.length)).toEqual(before);
    const attempts = all.map((d) => `${d.environment}:${d.payload.mlops.run_id}#${d.payload.mlops.run_attempt}`);
    expect(new Set(attempts).size).toBe(attempts.length);
  }, 300_000);

  it('exercises every workflow we ship (or it has a test of its own), and every step of the reusable workflows they call', () => {
    const shipped = readdirSync(join(repoRoot, 'workflows')).filter((f) => f.endsWith('.yml'));
    const inTheLoop = new Set(gh.history.map((r) => r.workflow.replace('.github/workflows/', '')));
    const ownTests = testFiles(join(repoRoot, 'test')).filter((f) => !f.endsWith('whole-loop.test.ts')).map((f) => readFileSync(f, 'utf8')).filter((t) => t.includes('support/workflow-runner'));
    for (const file of shipped) {
      if (inTheLoop.has(file) || ownTests.some((t) => t.includes(`workflows/${file}`))) continue;
      expect(NOT_IN_THE_LOOP[file], `workflows/${file} is run neither by this scenario nor by a test of its own (with test/support/workflow-runner.ts)`).toBeDefined();
    }
    for (const file of Object.keys(NOT_IN_THE_LOOP)) expect(inTheLoop.has(file), `${file} is in the loop now: take it off NOT_IN_THE_LOOP`).toBe(false);

    const called = new Set(gh.history.flatMap((r) => r.calledWorkflows));
    const ran = new Set(gh.history.flatMap((r) => r.jobs.flatMap((j) => j.steps.filter((s) => s.outcome === 'success').map((s) => s.at))));
    for (const file of readdirSync(join(repoRoot, '.github/workflows')).filter((f) => f.startsWith('mlops-'))) {
      const path = `.github/workflows/${file}`;
      if (!called.has(path)) {
        const callers = shipped.filter((w) => readFileSync(join(repoRoot, 'workflows', w), 'utf8').includes(`/${path}@`));
        expect(callers.length > 0 && callers.every((w) => w in NOT_IN_THE_LOOP), `${path} is not called in the loop (callers: ${callers.join(', ') || 'none'})`).toBe(true);
        continue;
      }
      const jobs = (parse(readFileSync(join(repoRoot, path), 'utf8')) as { jobs: Record<string, { steps?: unknown[] }> }).jobs;
      for (const [id, job] of Object.entries(jobs)) {
        (job.steps ?? []).forEach((_, n) => expect(ran, `${path} jobs.${id}.steps[${n}] never ran to success`).toContain(`${path} jobs.${id}.steps[${n}]`));
      }
    }
  });
});

describe('the workflow runner refuses what it does not model', () => {
  const scope = (contexts: Record<string, unknown>) => ({ contexts: contexts as Record<string, never>, where: 'test' });

  it('evaluates the expressions our workflows use with GitHub\'s semantics', () => {
    const inputs = { alias: 'Production', 'pull-request': false, environment: '' };
    expect(evaluateTemplate("${{ inputs.alias == 'production' }}", scope({ inputs }))).toBe(true);
    expect(evaluateTemplate("${{ github.event_name == 'schedule' || inputs.pull-request }}", scope({ github: { event_name: 'schedule' }, inputs }))).toBe(true);
    expect(evaluateTemplate("${{ github.event_name == 'schedule' || inputs.pull-request }}", scope({ github: { event_name: 'workflow_dispatch' }, inputs }))).toBe(false);
    expect(evaluateTemplate('${{ inputs.environment || inputs.alias }}', scope({ inputs }))).toBe('Production');
    expect(evaluateTemplate("${{ inputs.config || 'mlops.yaml' }}", scope({ inputs }))).toBe('mlops.yaml');
    expect(evaluateTemplate("mlops-release-${{ inputs.alias }}-${{ format('{0}/{1}', 'a', fromJSON('[1]')) }}", scope({ inputs }))).toBe('mlops-release-Production-a/[\n  1\n]');
    expect(evaluateTemplate('${{ steps.nope.outputs.token }}', scope({ steps: {} }))).toBeNull();
    const runsOn = "${{ (startsWith(inputs.runs-on, '[') || startsWith(inputs.runs-on, '{')) && fromJSON(inputs.runs-on) || inputs.runs-on }}";
    expect(evaluateTemplate(runsOn, scope({ inputs: { 'runs-on': 'ubuntu-latest' } }))).toBe('ubuntu-latest');
    expect(evaluateTemplate(runsOn, scope({ inputs: { 'runs-on': '["self-hosted", "gpu"]' } }))).toEqual(['self-hosted', 'gpu']);
    expect(evaluateTemplate(runsOn, scope({ inputs: { 'runs-on': '{"group": "ml-runners"}' } }))).toEqual({ group: 'ml-runners' });
    // Index syntax: a string key is a property (case-insensitive), a number an array index; missing is null.
    const matrix = { candidate: { name: 'deep', 'params-file': 'deep.yaml', params: { max_depth: 8, layers: [1, 2] } } };
    expect(evaluateTemplate("${{ matrix.candidate['params-file'] || inputs.params-file }}", scope({ matrix, inputs: { 'params-file': 'params.yaml' } }))).toBe('deep.yaml');
    expect(evaluateTemplate("${{ matrix.candidate['PARAMS'].layers[1] }}", scope({ matrix }))).toBe(2);
    expect(evaluateTemplate("${{ fromJSON('[\"a\", \"b\"]')[0] }}", scope({}))).toBe('a');
    expect(evaluateTemplate("${{ fromJSON('[1]')[1] }}", scope({}))).toBeNull();
    expect(evaluateTemplate("${{ matrix.candidate['toString'] }}", scope({ matrix }))).toBeNull();
    // toJSON pretty-prints, as GitHub's does; a missing value is null.
    expect(evaluateTemplate('${{ matrix.candidate.params && toJSON(matrix.candidate.params) || \'\' }}', scope({ matrix }))).toBe('{\n  "max_depth": 8,\n  "layers": [\n    1,\n    2\n  ]\n}');
    expect(evaluateTemplate("${{ matrix.candidate.nope && toJSON(matrix.candidate.nope) || '' }}", scope({ matrix }))).toBe('');
    expect(evaluateTemplate("${{ toJSON('a') }}", scope({}))).toBe('"a"');
  });

  it.each([
    ["${{ contains(github.ref, 'main') }}", /the function contains\(\)/],
    ['${{ github.ref < 3 }}', /the character "<"/],
    ['${{ github.event.*.ref }}', /the character "\*"/],
    ['${{ env.HOME }}', /the context "env"/],
  ])('throws on %s', (expr, message) => {
    expect(() => evaluateTemplate(expr, scope({ github: {} }))).toThrow(UnsupportedExpression);
    expect(() => evaluateTemplate(expr, scope({ github: {} }))).toThrow(message);
  });

  it('refuses a call with an input the reusable workflow does not declare or without a required one, a grant smaller than the called job asks, and a step with an undeclared input', async () => {
    const repo = `${OWNER}/broken`;
    seedRepo(sim, { owner: OWNER, name: 'broken' }).default_branch = 'main';
    const workflow = [
      'name: broken',
      'on: { workflow_dispatch: {} }',
      'jobs:',
      '  a:',
      '    uses: mlops-actions/mlops-actions/.github/workflows/mlops-promote.yml@v1',
      '    permissions: { actions: read, contents: write, deployments: write }',
      '    with: { model: weather, colour: red }',
      '  b:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: mlops-actions/mlops-actions/actions/train@v1',
      '        with: { model: weather, comand: x }',
    ].join('\n');
    seedBranch(sim, repo, 'main', { '.github/workflows/broken.yml': workflow });
    const runner = new WorkflowRunner(sim, { repo });
    const dispatch = () => runner.deliver(workflowDispatchEvent(sim, repo, '.github/workflows/broken.yml', {}));
    await expect(dispatch()).rejects.toThrow('with.colour is not an input of .github/workflows/mlops-promote.yml; required input alias of .github/workflows/mlops-promote.yml is not given');
    const fixed = workflow.replace(', colour: red', ', alias: staging');
    seedBranch(sim, repo, 'main', { '.github/workflows/broken.yml': fixed.replace('actions: read, contents: write', 'contents: write') });
    await expect(dispatch()).rejects.toThrow("the nested job is requesting 'actions: read', but is only allowed 'actions: none'");
    seedBranch(sim, repo, 'main', { '.github/workflows/broken.yml': fixed });
    // Job a now runs (and fails: there is no release to promote); job b's step is refused before it runs.
    await expect(dispatch()).rejects.toThrow('with.comand is not an input of actions/train; required input command of actions/train is not given');
  }, 60_000);
});
