/**
 * explain against scikit-learn's own `sklearn.inspection.permutation_importance`, on models
 * Debian's scikit-learn fits here (test/fixtures/explain/sklearn_reference.py), predicted through
 * `/usr/bin/python3 predict.py model.pkl {input} {output}` exactly as a team would run it.
 *
 * The two sides draw different permutations (numpy's Mersenne Twister, our xoshiro128**), so the
 * means cannot be equal; what must agree is the quantity both estimate. For a fixed model and
 * fixed rows, each repeat's importance is an i.i.d. draw of the same random variable (the score
 * drop under a uniformly random permutation of one column), so each side's mean has standard error
 * σ/√R, and the difference of two independent means has standard deviation √(σ_a²/R + σ_b²/R).
 * The bound: |ours − sklearn| ≤ 3·√(sd_ours²/R + sd_sk²/R) + ε, with each side's own population std
 * (what both report) standing in for σ; three standard deviations fail a correct implementation
 * about 0.3% of the time per feature under normality, and the seeds are fixed, so the test is
 * deterministic. ε = 1e-9 only absorbs floating point for a feature the model ignores exactly
 * (std 0 on both sides). Wrong semantics are far outside the bound: a flipped sign for the loss
 * (rmse) turns every informative importance negative, and scoring only one repeat or not
 * restoring the column between features would move the means by many standard errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitCommandWords } from '../../shared/model/predict-command.js';
import { explain } from '../../shared/steps/explain.js';
import { repoRoot } from '../support/run-action.js';

const PYTHON = '/usr/bin/python3';
const FIXTURES = join(repoRoot, 'test/fixtures/explain');
const REPEATS = 30;
const EPSILON = 1e-9;

const check = spawnSync(PYTHON, ['-c', 'import sklearn, pandas, numpy'], { encoding: 'utf8' });
const hasSklearn = check.status === 0;
if (!hasSklearn) {
  console.warn(`skipping the scikit-learn reference for explain: ${PYTHON} -c "import sklearn, pandas, numpy" failed: ${(check.error?.message ?? check.stderr).trim().split('\n').pop()}`);
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Reference {
  scoring: string;
  baseline: number;
  features: string[];
  importances_mean: number[];
  importances_std: number[];
}

function reference(kind: 'classification' | 'regression'): { dir: string; sk: Reference } {
  const dir = mkdtempSync(join(tmpdir(), `mlops-explain-sk-${kind}-`));
  dirs.push(dir);
  const r = spawnSync(PYTHON, [join(FIXTURES, 'sklearn_reference.py'), dir, kind, String(REPEATS)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sklearn_reference.py failed: ${r.stderr}`);
  return { dir, sk: JSON.parse(readFileSync(join(dir, 'sklearn.json'), 'utf8')) as Reference };
}

async function ours(dir: string, metric: string) {
  const predict = splitCommandWords(`${PYTHON} ${join(FIXTURES, 'predict.py')} model.pkl {input} {output}`, '--predict');
  return explain({ data: join(dir, 'eval.csv'), label: 'label', predict, metric, repeats: REPEATS, seed: 7, cwd: dir });
}

function compare(sk: Reference, result: Awaited<ReturnType<typeof ours>>, informative: number) {
  const e = result.explanation;
  const byName = new Map(e.features.map((f) => [f.feature, f]));
  const rows = sk.features.map((name, i) => {
    const o = byName.get(name)!;
    const bound = 3 * Math.sqrt(o.importance_std ** 2 / REPEATS + sk.importances_std[i]! ** 2 / REPEATS) + EPSILON;
    return { name, ours: o.importance_mean, sklearn: sk.importances_mean[i]!, diff: Math.abs(o.importance_mean - sk.importances_mean[i]!), bound };
  });
  // Printed so a failure (and the report) shows the margins, not only that one was exceeded.
  console.log(`${sk.scoring}: baseline ours ${e.metric.baseline} sklearn ${sk.baseline}\n${rows.map((r) => `  ${r.name}: ours ${r.ours.toFixed(5)} sklearn ${r.sklearn.toFixed(5)} |diff| ${r.diff.toExponential(2)} bound ${r.bound.toExponential(2)}`).join('\n')}`);
  for (const r of rows) expect(r.diff, `${r.name}: |${r.ours} − ${r.sklearn}|`).toBeLessThanOrEqual(r.bound);
  const skTop = sk.features.map((name, i) => ({ name, mean: sk.importances_mean[i]! })).sort((a, b) => b.mean - a.mean);
  expect(e.features[0]!.feature).toBe(skTop[0]!.name);
  expect(new Set(e.features.slice(0, informative).map((f) => f.feature))).toEqual(new Set(skTop.slice(0, informative).map((f) => f.name)));
}

describe.skipIf(!hasSklearn)('explain agrees with sklearn.inspection.permutation_importance', () => {
  it('LogisticRegression, roc_auc: the same three informative features on top, every mean within the sampling error', async () => {
    const { dir, sk } = reference('classification');
    const result = await ours(dir, 'roc_auc');
    // The unpermuted score is deterministic: it must match to rounding.
    expect(result.explanation.metric.baseline).toBeCloseTo(sk.baseline, 12);
    expect(result.explanation.predict.calls).toBe(1);
    expect(result.explanation.task).toBe('binary');
    compare(sk, result, 3);
    expect(new Set(result.explanation.features.slice(0, 3).map((f) => f.feature))).toEqual(new Set(['f0', 'f1', 'f2']));
  }, 60_000);

  it('RandomForestRegressor, rmse: a loss signed like neg_root_mean_squared_error (larger = more important)', async () => {
    const { dir, sk } = reference('regression');
    const result = await ours(dir, 'rmse');
    expect(result.explanation.metric).toMatchObject({ name: 'rmse', direction: 'lower' });
    // sklearn's scorer is the negated loss.
    expect(result.explanation.metric.baseline).toBeCloseTo(-sk.baseline, 12);
    expect(result.explanation.task).toBe('regression');
    compare(sk, result, 5);
    expect(new Set(result.explanation.features.slice(0, 5).map((f) => f.feature))).toEqual(new Set(['f0', 'f1', 'f2', 'f3', 'f4']));
  }, 60_000);
});
