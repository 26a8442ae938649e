/**
 * The PR report with explain (docs/explain.md, "In the PR report"), by the shipped workflows on the
 * workflow runner: pr-report.yml given the example's TypeScript predict command and a hold-out
 * file runs explain after evaluate and uploads explanation.json with the evaluation, on the push to
 * main (the baseline) and on the PR; pr-comment.yml's comment then has "What the model relies on"
 * with both sides. The whole loop without predict is test/scenario/whole-loop.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { extractZip } from '../../shared/github/artifact-zip.js';
import { seedBranch, seedPullRequest, seedRef, seedRepo, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { repoRoot } from '../support/run-action.js';
import { weatherHoldoutCsv } from '../support/weather-holdout.js';
import { WorkflowRunner, branchHead, describeRun, pullRequestEvent, pushEvent, step, type WorkflowRunResult } from '../support/workflow-runner.js';

const OWNER = 'octo-org';
const NAME = 'weather-explain';
const REPO = `${OWNER}/${NAME}`;
const example = (f: string) => readFileSync(join(repoRoot, 'examples/weather', f), 'utf8');

const WITH = {
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
  predict: 'node --import tsx predict.ts out/model.json {input} {output}',
  'explain-data': 'holdout.csv',
  'explain-label': 'rain',
};

function userCopy(file: string, edits: Array<[string[], unknown]>): string {
  const doc = parseDocument(readFileSync(join(repoRoot, 'workflows', file), 'utf8'));
  for (const [path, value] of edits) doc.setIn(path, value);
  return doc.toString();
}

let sim: GitHubSim;
let gh: WorkflowRunner;
beforeAll(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: OWNER, name: NAME }).default_branch = 'main';
  const files: Record<string, string> = { 'holdout.csv': weatherHoldoutCsv() };
  for (const f of ['contract.yaml', 'params.yaml', 'mlops.yaml', 'train.ts', 'predict.ts', 'data/seattle-2012-2014.csv', 'data/seattle-2015.csv', 'data/new-york-2015.csv']) files[f] = example(f);
  files['.github/workflows/pr-report.yml'] = userCopy('pr-report.yml', Object.entries(WITH).map(([k, v]) => [['jobs', 'report', 'with', k], v]));
  files['.github/workflows/pr-comment.yml'] = userCopy('pr-comment.yml', [[['jobs', 'comment', 'with', 'model'], 'weather']]);
  seedBranch(sim, REPO, 'main', files, 'Add the weather model with its predict command');
  gh = new WorkflowRunner(sim, {
    repo: REPO,
    env: { MLOPS_GITHUB_RETRY_BASE_MS: '1', MLOPS_GITHUB_WRITE_SPACING: 'none' },
    prepareWorkspace: (ws) => symlinkSync(join(repoRoot, 'node_modules'), join(ws, 'node_modules'), 'dir'),
  });
});
afterAll(async () => {
  if (gh) rmSync(gh.root, { recursive: true, force: true });
  await sim?.stop();
});

const artifactFiles = async (run: WorkflowRunResult) => {
  const a = [...sim.state.artifacts.values()].find((x) => x.run_id === run.runId && x.name === 'mlops-evaluation')!;
  const dir = mkdtempSync(join(tmpdir(), 'mlops-explain-artifact-'));
  try {
    return { files: (await extractZip(a.bytes, dir, { maxBytes: 50 * 1024 * 1024 })).sort(), explanation: JSON.parse(readFileSync(join(dir, 'explanation.json'), 'utf8')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('pr-report.yml with predict: explain runs in CI and the PR comment shows what the model relies on', () => {
  it('the push to main explains the baseline; the PR explains the head and the comment shows both', async () => {
    const before = branchHead(sim, REPO, 'main');
    seedBranch(sim, REPO, 'main', { 'README.md': '# weather\n' }, 'Add a README');
    const pushed = await gh.deliver(pushEvent(sim, REPO, 'main', before));
    const baseline = pushed.find((r) => r.workflow === '.github/workflows/pr-report.yml')!;
    expect(baseline.conclusion, describeRun(baseline)).toBe('success');
    const base = await artifactFiles(baseline);
    expect(base.files).toEqual(['evaluation.examples.jsonl.gz', 'evaluation.json', 'explanation.json', 'profile.json', 'run.json']);
    expect(base.explanation).toMatchObject({ schema: 'mlops-actions/explanation@1', task: 'binary', metric: { name: 'roc_auc' } });
    expect(base.explanation.features[0].feature).toBe('precipitation');
    expect(step(baseline, 'mlops-actions/mlops-actions/actions/explain@v1').inputs).toMatchObject({ data: 'holdout.csv', label: 'rain', task: 'binary' });

    seedRef(sim, REPO, 'heads/longer', branchHead(sim, REPO, 'main'));
    const head = seedBranch(sim, REPO, 'longer', { 'params.yaml': example('params.yaml').replace('iterations: 3000', 'iterations: 3500') }, 'Train longer');
    seedPullRequest(sim, { repo: REPO, number: 1, headSha: head, headRef: 'longer', baseRef: 'main' });
    const opened = await gh.deliver(pullRequestEvent(sim, REPO, 1, 'opened'));
    for (const r of opened) expect(r.conclusion, describeRun(r)).toBe('success');
    const report = opened.find((r) => r.workflow === '.github/workflows/pr-report.yml')!;
    expect((await artifactFiles(report)).files).toContain('explanation.json');
    const [comment] = sim.state.commentsOn(REPO, 1);
    expect(comment!.body).toContain('### What the model relies on');
    expect(comment!.body).toMatch(/\| precipitation \| 1 \| [^|]+ \| 1 \|/);
  }, 300_000);
});
