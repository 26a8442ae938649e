/**
 * The rank-candidates bundle, run as the runner runs it against the GitHub simulator: three
 * candidates of the example weather model (trained with different parameters, evaluated on
 * Seattle 2015) downloaded side by side as a candidates matrix leaves them, ranked under the
 * example's mlops.yaml against the base branch's evaluation artifact, and one sticky comment
 * posted on the PR, updated in place on a re-run.
 *
 * MLOPS_ACTION_BUNDLE_FROM_SOURCE=1 runs actions/rank-candidates/src/index.ts through tsx instead of the
 * committed bundle (for working on the sources before the bundle is rebuilt).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot, runAction } from '../support/run-action.js';
import { seedPullRequest, seedRepo, seedWorkflowRun, sha, startGitHubSim, webhookPayload, type GitHubSim } from '../support/github-sim/index.js';
import { trainWeatherCandidate } from '../support/weather-candidate.js';

const REPO = 'octo-org/model-zoo';
const MARKER = '<!-- mlops-actions:candidates.yml/weather/candidates -->';
const FEATURES = { full: undefined, 'no-season': ['log1p_precipitation', 'temp_max', 'temp_min', 'wind'], temps: ['temp_max', 'temp_min', 'wind'] } as const;
const files: Record<string, Record<string, Uint8Array>> = {};
let bundle: string | undefined;

beforeAll(async () => {
  if (process.env.MLOPS_ACTION_BUNDLE_FROM_SOURCE === '1') {
    const dir = await mkdtemp(join(tmpdir(), 'rank-candidates-src-'));
    bundle = join(dir, 'main.mjs');
    const tsx = join(repoRoot, 'node_modules/tsx/dist/esm/api/index.mjs');
    writeFileSync(bundle, `const { register } = await import(${JSON.stringify(tsx)});\nregister();\nawait import(${JSON.stringify(join(repoRoot, 'actions/rank-candidates/src/index.ts'))});\n`);
  } else if (!existsSync(join(repoRoot, 'actions/rank-candidates/dist/index.js'))) {
    throw new Error('actions/rank-candidates/dist/index.js is missing: run npm run build');
  }
  const dir = await mkdtemp(join(tmpdir(), 'rank-candidates-action-'));
  await Promise.all(
    Object.entries(FEATURES).map(async ([name, features]) => {
      const params = features && { model: 'logistic_regression', features, threshold: 0.5, learning_rate: 0.0005, iterations: 3000 };
      await trainWeatherCandidate(join(dir, name), params, { id: 'date', resamples: 20 });
      files[name] = { 'evaluation.json': readFileSync(join(dir, name, 'evaluation.json')), 'evaluation.examples.jsonl.gz': readFileSync(join(dir, name, 'evaluation.examples.jsonl.gz')) };
    }),
  );
}, 120_000);

let sim: GitHubSim;
beforeEach(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: 'octo-org', name: 'model-zoo' });
});
afterEach(() => sim.stop());

/** The fan-in job's workspace: mlops.yaml and each candidate's artifact in its own folder. */
function workspace(): Record<string, string | Uint8Array> {
  const out: Record<string, string | Uint8Array> = { 'mlops.yaml': readFileSync(join(repoRoot, 'examples/weather/mlops.yaml'), 'utf8') };
  for (const [name, f] of Object.entries(files)) for (const [file, bytes] of Object.entries(f)) out[`candidates/mlops-candidate-${name}/${file}`] = bytes;
  return out;
}

function prEvent(number: number, headSha: string) {
  const payload = webhookPayload('pull_request', 'opened');
  payload.repository.full_name = REPO;
  Object.assign(payload.pull_request, { number, head: { ...payload.pull_request.head, sha: headSha }, base: { ...payload.pull_request.base, ref: 'main' } });
  payload.number = number;
  return { name: 'pull_request', payload };
}

describe('rank-candidates action (bundle, as the runner runs it, against the GitHub simulator)', () => {
  it('ranks the candidates against the base branch\'s evaluation and keeps one sticky comment', async () => {
    const head = sha('candidates-head');
    seedPullRequest(sim, { repo: REPO, number: 21, headSha: head, baseRef: 'main' });
    seedWorkflowRun(sim, { repo: REPO, workflow: 'pr-report.yml', branch: 'main', headSha: sha('main'), artifacts: { 'mlops-evaluation': files.full! } });
    const run = () =>
      runAction('rank-candidates', {
        bundle,
        files: workspace(),
        event: prEvent(21, head),
        inputs: { candidates: 'candidates/*/evaluation.json', baseline: 'base-branch', 'baseline-workflow': 'pr-report.yml', token: sim.installationToken },
        env: { GITHUB_API_URL: sim.url, GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/candidates.yml@refs/pull/21/merge`, GITHUB_RUN_ID: '777', MLOPS_GITHUB_RETRY_BASE_MS: '1', MLOPS_GITHUB_WRITE_SPACING: 'none' },
      });
    const first = await run();
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    const ranking = JSON.parse(readFileSync(join(first.workspace, 'mlops-out/rank/ranking.json'), 'utf8'));
    expect(first.outputs).toMatchObject({ winner: ranking.winner, metric: 'roc_auc', baseline: 'base-branch', 'pr-number': '21' });
    expect(ranking.candidates.map((c: { name: string }) => c.name).sort()).toEqual(Object.keys(FEATURES).sort());
    // temperatures and wind alone miss the example's roc_auc threshold of 0.9: last, failed.
    expect(ranking.candidates.at(-1)).toMatchObject({ name: 'temps', verdict: 'fail' });
    const ours = () => sim.state.commentsOn(REPO, 21).filter((c) => c.body.includes(MARKER));
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain(`## 🏆 weather: ${ranking.winner} wins of 3 candidates`);
    expect(first.summary).toContain('| rank | candidate | roc\\_auc |');
    const second = await run();
    expect(second.exitCode).toBe(0);
    expect(ours()).toHaveLength(1);
  }, 90_000);

  it('fails when the gate passes no candidate', async () => {
    const r = await runAction('rank-candidates', {
      bundle,
      files: workspace(),
      inputs: { candidates: 'candidates/*/evaluation.json', rules: 'metrics: { roc_auc: { threshold: 0.9999 } }', comment: 'false', token: '' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.winner).toBe('');
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/^no winner for model: no candidate passes the gate \(3 ranked\)/);
  }, 60_000);
});
