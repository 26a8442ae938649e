/**
 * The compare bundle, run as the runner runs it (test/support/run-action.ts) against the GitHub
 * simulator, with real `pull_request` and `workflow_run` payloads from @octokit/webhooks-examples.
 * Inputs are real: evaluation reports imported from iterative/example-get-started's DVC metrics,
 * and the example weather project's predictions from two trained candidates (all six features vs
 * temperatures and wind only) on the same Seattle 2015 rows, so paired tests run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openGitHubRegistry } from '../../shared/github/github-registry.js';
import { promoteModel } from '../../shared/steps/promote-model.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import { simClient } from '../github/sim-client.js';
import { repoRoot, runAction, type RunActionOptions } from '../support/run-action.js';
import { commenters, seedComments, seedPullRequest, seedRepo, seedWorkflowRun, sha, startGitHubSim, webhookPayload, type GitHubSim } from '../support/github-sim/index.js';
import { evaluate } from '../../shared/steps/evaluate.js';
import { trainWeatherCandidate } from '../support/weather-candidate.js';
import { sharedFile } from '../support/shared-workspace.js';

const REPO = 'octo-org/model-zoo';
const MARKER = '<!-- mlops-actions:pr-report.yml/weather -->';
const CONFIG = 'version: 1\nmodels:\n  weather:\n    task: binary\n    metrics:\n      roc_auc: { threshold: 0.9, max_regression: 0.01 }\n      accuracy: { threshold: 0.8 }\n    slices:\n      season: { min_size: 30, metrics: { roc_auc: { threshold: 0.7 } } }\n';

/** Report files by name: the weather candidates (with per-example files) and the DVC imports. */
const files: Record<string, Record<string, string | Uint8Array>> = {};
const read = (f: string) => readFileSync(f);
const dvc = sharedFile('realdata/dvc', 'the compare action on real DVC metrics (iterative/example-get-started)');

beforeAll(async () => {
  if (!existsSync(join(repoRoot, 'actions/compare/dist/index.js'))) throw new Error('actions/compare/dist/index.js is missing: run npm run build');
  const dir = await mkdtemp(join(tmpdir(), 'mlops-compare-action-'));
  const candidates = { strong: undefined, weak: ['temp_max', 'temp_min', 'wind'] } as const;
  await Promise.all(
    Object.entries(candidates).map(async ([name, features]) => {
      const params = features && { model: 'logistic_regression', features, threshold: 0.5, learning_rate: 0.0005, iterations: 3000 };
      await trainWeatherCandidate(join(dir, name), params, { id: 'date', resamples: 50 });
      files[name] = { 'evaluation.json': read(join(dir, name, 'evaluation.json')), 'evaluation.examples.jsonl.gz': read(join(dir, name, 'evaluation.examples.jsonl.gz')) };
    }),
  );
  for (const [name, src] of dvc.absent ? [] : ([['dvc-base', '1-baseline-eval'], ['dvc-head', '2-bigrams-eval']] as const)) {
    await evaluate({ importPath: join(dvc.path, src), out: join(dir, `${name}.json`) });
    files[name] = { 'evaluation.json': read(join(dir, `${name}.json`)) };
  }
}, 120_000);

let sim: GitHubSim;
beforeEach(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: 'octo-org', name: 'model-zoo' });
});
afterEach(() => sim.stop());

/** The workspace: head (and baseline) reports under their own folders, plus mlops.yaml. */
function workspace(head: string, baseline?: string, config = CONFIG): Record<string, string | Uint8Array> {
  const out: Record<string, string | Uint8Array> = { 'mlops.yaml': config };
  for (const [f, v] of Object.entries(files[head]!)) out[`head/${f}`] = v;
  if (baseline) for (const [f, v] of Object.entries(files[baseline]!)) out[`base/${f}`] = v;
  return out;
}

/** A real pull_request payload, moved to our repository, PR and head. */
function prEvent(action: 'opened' | 'synchronize', number: number, headSha: string) {
  const payload = webhookPayload('pull_request', action);
  payload.repository.full_name = REPO;
  Object.assign(payload.pull_request, { number, head: { ...payload.pull_request.head, sha: headSha }, base: { ...payload.pull_request.base, ref: 'main' } });
  payload.number = number;
  return { name: 'pull_request', payload };
}

function runCompare(options: RunActionOptions & { inputs: Record<string, string> }) {
  return runAction('compare', {
    ...options,
    inputs: { token: sim.installationToken, ...options.inputs },
    env: {
      GITHUB_API_URL: sim.url,
      GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/pr-report.yml@refs/pull/7/merge`,
      GITHUB_RUN_ID: '555',
      MLOPS_GITHUB_RETRY_BASE_MS: '1',
      MLOPS_GITHUB_WRITE_SPACING: 'none',
      ...options.env,
    },
  });
}

const ours = (n: number) => sim.state.commentsOn(REPO, n).filter((c) => c.body.includes(MARKER));
const checks = (headSha: string) => [...sim.state.checkRuns.values()].filter((c) => c.head_sha === headSha);

describe('compare action (dist bundle, as the runner runs it, against the GitHub simulator)', () => {
  it('creates the comment and check run on opened, and updates the same comment on synchronize', async () => {
    const first = sha('head-1');
    seedPullRequest(sim, { repo: REPO, number: 7, headSha: first });
    const r1 = await runCompare({ files: workspace('strong', 'weak'), inputs: { head: 'head/evaluation.json', baseline: 'base/evaluation.json' }, event: prEvent('opened', 7, first) });
    expect(r1.stderr).toBe('');
    expect(r1.exitCode).toBe(0);
    expect(r1.outputs).toMatchObject({ verdict: 'pass', 'pr-number': '7', baseline: 'file', 'failed-rules': '0' });
    expect(ours(7)).toHaveLength(1);
    const body1 = ours(7)[0]!.body;
    expect(body1.startsWith(`${MARKER}\n## ✅ weather: gate passed`)).toBe(true);
    expect(body1).toMatch(/\| roc\\_auc \| 0\.\d{4} \| 0\.\d{4} \| \+0\.\d{4} \| \+\d+\.\d\d% \| 🟢▲ \| Δ \[/);
    expect(body1).toMatch(/improvement · p (=|<) [\d.]+ \(DeLong\)/);
    expect(body1).toContain('[Run](https://github.com/octo-org/model-zoo/actions/runs/555)');
    expect(r1.summary).toContain('## ✅ weather: gate passed');
    expect(checks(first)).toMatchObject([{ name: 'mlops / weather', status: 'completed', conclusion: 'success' }]);
    expect(checks(first)[0]!.output.title).toMatch(/^gate passed/);

    // The PR gets a new commit: the same comment is updated, the new head gets its own check run.
    const second = sha('head-2');
    seedPullRequest(sim, { repo: REPO, number: 7, headSha: second });
    const r2 = await runCompare({ files: workspace('strong'), inputs: { head: 'head/evaluation.json', baseline: 'none' }, event: prEvent('synchronize', 7, second) });
    expect(r2.exitCode).toBe(0);
    expect(ours(7)).toHaveLength(1);
    expect(ours(7)[0]!.id).toBe(sim.state.commentsOn(REPO, 7).find((c) => c.body.includes(MARKER))!.id);
    expect(ours(7)[0]!.body).not.toBe(body1);
    expect(ours(7)[0]!.body).toContain('**baseline**: none');
    expect(sim.requestsTo('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(1);
    expect(sim.requestsTo('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toHaveLength(1);
    expect(checks(second)).toMatchObject([{ name: 'mlops / weather', conclusion: 'success' }]);
  }, 60_000);

  it.skipIf(dvc.absent)('ends with exactly one comment on a PR with 250 comments, through 502s and secondary rate limits', async () => {
    const head = sha('busy');
    seedPullRequest(sim, { repo: REPO, number: 9, headSha: head });
    seedComments(sim, { repo: REPO, issue_number: 9, count: 250, authors: [commenters.alice, commenters.impostor, commenters.dependabot], body: (i) => (i % 50 === 0 ? `quoting ${MARKER}` : `comment ${i}`) });
    sim.injectFault({ route: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', kind: 'status', status: 502, times: 1, afterApply: true });
    sim.injectFault({ route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', kind: 'secondary-rate-limit', retryAfterSeconds: 1, times: 2 });
    sim.injectFault({ route: 'POST /repos/{owner}/{repo}/check-runs', kind: 'status', status: 502, times: 1 });
    const r = await runCompare({ files: workspace('dvc-head', 'dvc-base', 'version: 1\n'), inputs: { head: 'head/evaluation.json', baseline: 'base/evaluation.json', model: 'weather' }, event: prEvent('opened', 9, head) });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('secondary rate limit');
    const mine = sim.state.commentsOn(REPO, 9).filter((c) => c.body.includes(MARKER) && c.user.type === 'Bot' && c.user.login === 'github-actions[bot]');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toContain('## ℹ️ weather: report only — no gate rules configured');
    expect(sim.state.commentsOn(REPO, 9)).toHaveLength(251);
    expect(checks(head)).toMatchObject([{ conclusion: 'neutral' }]);
  }, 60_000);

  it('fails the gate with exit 1 and a failing check run', async () => {
    const head = sha('worse');
    seedPullRequest(sim, { repo: REPO, number: 11, headSha: head });
    const r = await runCompare({ files: workspace('weak', 'strong'), inputs: { head: 'head/evaluation.json', baseline: 'base/evaluation.json' }, event: prEvent('opened', 11, head) });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.annotations.find((a) => a.level === 'error')!.message).toMatch(/^gate failed for weather: roc_auc/);
    expect(checks(head)).toMatchObject([{ name: 'mlops / weather', conclusion: 'failure' }]);
    expect(checks(head)[0]!.output.title).toMatch(/^gate failed: \d+ of \d+ rules failed$/);
    expect(ours(11)[0]!.body).toContain('## ❌ weather: gate failed');
    expect(ours(11)[0]!.body).toContain('**regression**');
  }, 60_000);

  it('baseline base-branch: downloads the artifact of the latest successful run on the base branch (@actions/artifact)', async () => {
    const head = sha('pr-head');
    seedPullRequest(sim, { repo: REPO, number: 7, headSha: head, baseRef: 'main' });
    const artifact = (name: string) => ({ 'mlops-evaluation': files[name]! });
    seedWorkflowRun(sim, { repo: REPO, workflow: 'pr-report.yml', branch: 'main', headSha: sha('old'), artifacts: artifact('strong') });
    const latest = seedWorkflowRun(sim, { repo: REPO, workflow: 'pr-report.yml', branch: 'main', headSha: sha('latest'), artifacts: artifact('weak') });
    seedWorkflowRun(sim, { repo: REPO, workflow: 'pr-report.yml', branch: 'main', headSha: sha('broken'), conclusion: 'failure', artifacts: artifact('strong') });
    seedWorkflowRun(sim, { repo: REPO, workflow: 'pr-report.yml', branch: 'other', headSha: sha('other'), artifacts: artifact('strong') });
    seedWorkflowRun(sim, { repo: REPO, workflow: 'nightly.yml', branch: 'main', headSha: sha('nightly'), artifacts: artifact('strong') });
    const r = await runCompare({ files: workspace('strong'), inputs: { head: 'head/evaluation.json' }, event: prEvent('opened', 7, head) });
    // @actions/artifact's unzip-stream still calls `new Buffer()`: node's DEP0005 warning, nothing else.
    expect(r.stderr.split('\n').filter((l) => l && !/DEP0005|--trace-deprecation/.test(l))).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.baseline).toBe('base-branch');
    const body = ours(7)[0]!.body;
    expect(body).toContain(`[run #${latest.run_number}](${latest.html_url})`);
    // The weak model is the baseline: the head improves on it, with paired tests from the artifact's examples.
    expect(body).toMatch(/\| roc\\_auc \| [\d.]+ \| [\d.]+ \| \+/);
    expect(body).toContain('(DeLong)');
    const blob = sim.requests.filter((q) => q.route === '/_sim/blobs/artifacts/');
    expect(blob).toHaveLength(1);
    expect(r.stdout).toContain('Redirecting to blob download url'); // @actions/artifact's own log line
  }, 60_000);

  it('workflow_run from a fork: finds the PR by head SHA (pull_requests is empty) and posts there', async () => {
    const head = sha('fork-head');
    seedPullRequest(sim, { repo: REPO, number: 13, headSha: head, forkOwner: 'forker' });
    const payload = webhookPayload('workflow_run', 'completed');
    payload.repository.full_name = REPO;
    Object.assign(payload.workflow_run, { head_sha: head, pull_requests: [], path: '.github/workflows/pr-report.yml', id: 424242 });
    const r = await runCompare({
      files: workspace('strong', 'weak'),
      inputs: { head: 'head/evaluation.json', baseline: 'base/evaluation.json' },
      event: { name: 'workflow_run', payload },
      env: { GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/pr-comment.yml@refs/heads/main` },
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs['pr-number']).toBe('13');
    expect(ours(13)).toHaveLength(1); // marker names the workflow that produced the evaluation
    expect(checks(head)).toMatchObject([{ name: 'mlops / weather', conclusion: 'success' }]);
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/pulls').length).toBeGreaterThan(0);
  }, 60_000);

  it('refuses an oversized or path-escaping head report from an artifact (untrusted input), exit 2', async () => {
    const report = JSON.parse(String(files.strong!['evaluation.json']));
    report.examples.file = '../../../etc/passwd';
    const r = await runCompare({ files: { 'head/evaluation.json': JSON.stringify(report) }, inputs: { head: 'head/evaluation.json', baseline: 'none', comment: 'false', 'check-run': 'false' } });
    expect(r.exitCode).toBe(2);
    expect(r.annotations[0]!.message).toContain('points outside the report');
    const big = await runCompare({ files: { 'head/evaluation.json': ' '.repeat(11 * 1024 * 1024) }, inputs: { head: 'head/evaluation.json', baseline: 'none', comment: 'false', 'check-run': 'false' } });
    expect(big.exitCode).toBe(2);
    expect(big.annotations[0]!.message).toContain('compare accepts at most 10 MiB');
  }, 60_000);

  it('baseline production: compares with the version the registry\'s production alias points to', async () => {
    // The registry on the simulator as publish-model and promote-model leave it: the weak model serving.
    const dir = await mkdtemp(join(tmpdir(), 'mlops-compare-production-'));
    await mkdir(join(dir, 'model'));
    await writeFile(join(dir, 'model/model.json'), '{"weak":true}\n');
    await writeFile(join(dir, 'evaluation.json'), files.weak!['evaluation.json']!);
    const registry = openGitHubRegistry(simClient(sim), { owner: 'octo-org', repo: 'model-zoo' });
    await publishModel({ model: 'weather', files: join(dir, 'model'), evaluation: join(dir, 'evaluation.json'), env: { USER: 'tester' }, cwd: dir }, registry);
    await promoteModel({ model: 'weather', version: '1.0.0', alias: 'production', env: { USER: 'tester' }, cwd: dir }, registry);

    const head = sha('p');
    seedPullRequest(sim, { repo: REPO, number: 7, headSha: head });
    const r = await runCompare({ files: workspace('strong'), inputs: { head: 'head/evaluation.json', baseline: 'production' }, event: prEvent('opened', 7, head) });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'pass', baseline: 'production' });
    const body = ours(7)[0]!.body;
    expect(body).toMatch(/\*\*baseline\*\*: production: weather 1\.0\.0 \(\[model\/weather\/v1\.0\.0\]\(https?:\/\/[^)]*\/octo-org\/model-zoo\/releases\/tag\/model%2Fweather%2Fv1\.0\.0\)\)/);
    const weak = JSON.parse(String(files.weak!['evaluation.json'])).metrics.roc_auc.value as number;
    expect(body).toContain(`| roc\\_auc | ${JSON.parse(String(files.strong!['evaluation.json'])).metrics.roc_auc.value.toFixed(4)} | ${weak.toFixed(4)} |`);
    // publish-model does not (yet) put the per-example file in the release: the comment says so.
    expect(body).toContain('Significance: not tested — the production release model/weather/v1.0.0 has no per-example file');
  }, 60_000);
});
