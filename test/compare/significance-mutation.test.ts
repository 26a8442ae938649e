/**
 * significance.ts paths that mutation testing (npm run mutate, docs/mutation-testing.md) found no test pinning:
 * erfc below 2 and for negative x, the chi-square tail of a negative statistic, the refusals of McNemar, DeLong
 * and the paired bootstrap, DeLong with zero variance, the paired bootstrap of multiclass and regression
 * evaluations, resamples on which a metric is undefined, and deltaLabel at CI bounds of exactly 0.
 *
 * References: erfc from SciPy 1.10 (Debian's /usr/bin/python3):
 *   from scipy.special import erfc; [erfc(x) for x in (-1, -0.3, 0.1, 0.5, 1.5, 1.99, 2, 2.5, 5, 26.5)]
 *   from scipy.stats import chi2; chi2.sf(-1, 1)  # 1.0
 * The paired bootstrap against its definition (Efron & Tibshirani 1993, ch. 13): draw n row indices per
 * resample from the documented stream (xoshiro128** nextIndex), copy the rows, recompute each metric from its
 * textbook formula (RMSE, MAE, accuracy, ROC AUC as the Mann-Whitney share of correctly ordered pairs), and
 * take NumPy's "linear" quantiles (written out here) of head − baseline over the resamples where it is defined.
 */
import { describe, expect, it } from 'vitest';
import {
  chiSquare1Sf,
  deltaLabel,
  delongTest,
  erfc,
  mcnemarTest,
  pairedBootstrapDeltas,
  type PairedModel,
} from '../../shared/compare/significance.js';
import { binaryEvaluation, multiclassEvaluation, regressionEvaluation, Xoshiro128, type Evaluation, type MetricName } from '../../shared/model/metrics/index.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('erfc against scipy.special.erfc', () => {
  const SCIPY: Array<[number, number]> = [
    [-1, 1.8427007929497148],
    [-0.3, 1.3286267594591274],
    [0.1, 0.8875370839817152],
    [0.5, 0.4795001221869535],
    [1.5, 0.03389485352468927],
    [1.99, 0.004888586800383002],
    [2, 0.004677734981047266],
    [2.5, 0.00040695201744495886],
    [5, 1.5374597944280347e-12],
    [26.5, 2.2109076642637343e-307],
  ];
  it('agrees on both sides of the series/continued-fraction switch at 2, and for negative x', () => {
    for (const [x, want] of SCIPY) expect(rel(erfc(x), want), `erfc(${x})`).toBeLessThan(x < 2 ? 1e-13 : 2e-15);
  });
  it('is NaN for NaN and 0 far in the tail', () => {
    expect(erfc(Number.NaN)).toBeNaN();
    expect(erfc(28)).toBe(0);
  });
  it('chi-square(1) upper tail of a negative statistic is 1, as chi2.sf', () => {
    expect(chiSquare1Sf(-1)).toBe(1);
    expect(chiSquare1Sf(-1e-9)).toBe(1);
  });
});

describe('refusals', () => {
  it('McNemar: rows of both models must pair up', () => {
    expect(() => mcnemarTest([1, 0, 1], [1, 0])).toThrow('mcnemar: 3 head rows but 2 baseline rows');
  });
  it('DeLong: same lengths, and at least 2 positive and 2 negative rows', () => {
    const y = [1, 1, 0, 0];
    const s = [0.9, 0.8, 0.2, 0.1];
    expect(() => delongTest(y, s.slice(0, 3), s)).toThrow('delong: labels and both score arrays must have the same length');
    expect(() => delongTest(y, s, s.slice(0, 3))).toThrow('delong: labels and both score arrays must have the same length');
    expect(() => delongTest([1, 0, 0, 0], s, s)).toThrow('delong: needs at least 2 positive and 2 negative rows, got 1 and 3');
    expect(() => delongTest([1, 1, 1, 0], s, s)).toThrow('delong: needs at least 2 positive and 2 negative rows, got 3 and 1');
    // Exactly 2 and 2 is enough.
    expect(delongTest(y, s, [0.9, 0.2, 0.8, 0.1]).positives).toBe(2);
  });
  it('paired bootstrap: resamples, confidence, rows', () => {
    const e = regressionEvaluation([1, 2, 3], [1, 2, 4]);
    const m = (rows: number): PairedModel => ({ rows, evaluationFor: () => e });
    const run = (o: object, h = 3, b = 3) => () => pairedBootstrapDeltas(m(h), m(b), ['mae'], o);
    expect(run({ resamples: 0 })).toThrow('paired bootstrap: resamples must be a positive integer, got 0');
    expect(run({ resamples: 2.5 })).toThrow('paired bootstrap: resamples must be a positive integer, got 2.5');
    expect(run({ resamples: 1 })).not.toThrow();
    expect(run({ confidence: 0 })).toThrow('paired bootstrap: confidence must be in (0, 1), got 0');
    expect(run({ confidence: 1 })).toThrow('paired bootstrap: confidence must be in (0, 1), got 1');
    expect(run({ confidence: 1e-9, resamples: 3 })).not.toThrow();
    expect(run({ confidence: 1 - 1e-9, resamples: 3 })).not.toThrow();
    expect(run({ resamples: 3 }, 3, 2)).toThrow('paired bootstrap: 3 head rows but 2 baseline rows');
    expect(run({ resamples: 3 }, 0, 0)).toThrow('paired bootstrap: no paired rows');
  });
});

describe('DeLong with zero variance', () => {
  it('gives p = 0 when the AUCs differ but every structural component differs by the same amount', () => {
    // Head ranks every positive first (AUC 1), the baseline every negative first (AUC 0): V10 and V01 differ
    // by exactly 1 on every row, so Var(AUC_head − AUC_base) = 0 and the difference is certain.
    const t = delongTest([1, 1, 0, 0], [0.9, 0.8, 0.1, 0.2], [0.1, 0.2, 0.9, 0.8]);
    expect(t).toMatchObject({ aucHead: 1, aucBase: 0, delta: 1, variance: 0, z: null, pValue: 0 });
  });
});

/** NumPy's np.quantile(x, q), method "linear", of an ascending array. */
function npQuantile(sorted: number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The percentile CI of f(head rows) − f(base rows) over resamples drawn by copying rows. */
function naiveDelta<T>(n: number, f: (idx: number[], side: 'head' | 'base') => number, resamples: number, seed: number, confidence: number) {
  const rng = new Xoshiro128(seed);
  const stats: number[] = [];
  for (let b = 0; b < resamples; b++) {
    const idx = Array.from({ length: n }, () => rng.nextIndex(n));
    const d = f(idx, 'head') - f(idx, 'base');
    if (!Number.isNaN(d)) stats.push(d);
  }
  stats.sort((a, b) => a - b);
  const all = Array.from({ length: n }, (_, i) => i);
  const a = 1 - confidence;
  return { estimate: f(all, 'head') - f(all, 'base'), lower: npQuantile(stats, a / 2), upper: npQuantile(stats, 1 - a / 2), invalid: resamples - stats.length };
}

const model = (e: Evaluation, rows: number): PairedModel => ({ rows, evaluationFor: () => e });
const close = (got: { estimate: number; lower: number; upper: number; invalid: number }, want: typeof got) => {
  expect(got.estimate).toBeCloseTo(want.estimate, 12);
  expect(got.lower).toBeCloseTo(want.lower, 12);
  expect(got.upper).toBeCloseTo(want.upper, 12);
  expect(got.invalid).toBe(want.invalid);
};

describe('paired bootstrap of multiclass and regression evaluations', () => {
  it('regression: RMSE and MAE deltas equal copying the resampled rows', () => {
    const y = [3.1, -0.5, 2.2, 7.0, 4.4, 0.3, 5.9, 1.8, 2.7, 6.1, -1.2, 3.3];
    const ph = [2.9, -0.1, 2.5, 6.2, 4.0, 0.9, 6.3, 1.1, 2.6, 5.5, -0.4, 3.0];
    const pb = [3.8, 0.6, 1.1, 5.9, 5.2, -0.6, 4.8, 2.9, 3.9, 7.4, -2.5, 2.1];
    const n = y.length;
    const p = { head: ph, base: pb };
    const rmse = (idx: number[], s: 'head' | 'base') => Math.sqrt(idx.reduce((a, i) => a + (y[i]! - p[s][i]!) ** 2, 0) / idx.length);
    const mae = (idx: number[], s: 'head' | 'base') => idx.reduce((a, i) => a + Math.abs(y[i]! - p[s][i]!), 0) / idx.length;
    const got = pairedBootstrapDeltas(model(regressionEvaluation(y, ph), n), model(regressionEvaluation(y, pb), n), ['rmse', 'mae'], { resamples: 50, seed: 7, confidence: 0.8 });
    close(got.rmse!, naiveDelta(n, rmse, 50, 7, 0.8));
    close(got.mae!, naiveDelta(n, mae, 50, 7, 0.8));
    expect(got.rmse!.lower).toBeLessThan(got.rmse!.upper);
  });

  it('multiclass: the accuracy delta equals copying the resampled rows; a metric it cannot give is NaN on every resample', () => {
    const y = ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'a', 'b', 'c', 'c', 'b', 'a', 'c'];
    const ph = ['a', 'b', 'c', 'a', 'c', 'c', 'a', 'b', 'b', 'c', 'a', 'b', 'a', 'c'];
    const pb = ['a', 'c', 'c', 'b', 'b', 'a', 'a', 'b', 'a', 'c', 'a', 'b', 'c', 'c'];
    const n = y.length;
    const p = { head: ph, base: pb };
    const acc = (idx: number[], s: 'head' | 'base') => idx.filter((i) => y[i] === p[s][i]).length / idx.length;
    const got = pairedBootstrapDeltas(model(multiclassEvaluation(y, ph), n), model(multiclassEvaluation(y, pb), n), ['accuracy', 'log_loss'], { resamples: 40, seed: 3 });
    close(got.accuracy!, naiveDelta(n, acc, 40, 3, 0.95));
    // No probabilities: log loss is undefined on the full rows and on every resample.
    expect(got.log_loss!.estimate).toBeNaN();
    expect(got.log_loss!.lower).toBeNaN();
    expect(got.log_loss!.invalid).toBe(40);
  });

  it('binary: resamples with one class (ROC AUC undefined) are dropped and counted, the interval is over the rest', () => {
    const y = [1, 0, 0, 0, 0, 1, 0, 0];
    const sh = [0.9, 0.2, 0.4, 0.1, 0.6, 0.7, 0.3, 0.5];
    const sb = [0.6, 0.5, 0.7, 0.2, 0.1, 0.4, 0.8, 0.3];
    const n = y.length;
    const s = { head: sh, base: sb };
    const auc = (idx: number[], side: 'head' | 'base') => {
      let pairs = 0;
      let good = 0;
      for (const i of idx) for (const j of idx) if (y[i] === 1 && y[j] === 0) {
        pairs++;
        good += s[side][i]! > s[side][j]! ? 1 : s[side][i] === s[side][j] ? 0.5 : 0;
      }
      return pairs === 0 ? Number.NaN : good / pairs;
    };
    const want = naiveDelta(n, auc, 60, 5, 0.9);
    expect(want.invalid).toBeGreaterThan(0);
    const got = pairedBootstrapDeltas(model(binaryEvaluation(y, sh, { posLabel: 1 }), n), model(binaryEvaluation(y, sb, { posLabel: 1 }), n), ['roc_auc'], { resamples: 60, seed: 5, confidence: 0.9 });
    close(got.roc_auc!, want);
  });

  it('gives no interval for a metric one side cannot give', () => {
    const e = regressionEvaluation([1, 2, 3, 4], [1, 2, 4, 3]);
    const head: PairedModel = { rows: 4, evaluationFor: () => e };
    const base: PairedModel = { rows: 4, evaluationFor: (m) => (m === 'mae' ? e : undefined) };
    const got = pairedBootstrapDeltas(head, base, ['mae', 'rmse'] as MetricName[], { resamples: 5 });
    expect(Object.keys(got)).toEqual(['mae']);
    expect(Object.keys(pairedBootstrapDeltas(base, head, ['rmse'], { resamples: 5 }))).toEqual([]);
  });
});

describe('deltaLabel at the bounds', () => {
  it('a CI that touches 0 contains it: within noise', () => {
    expect(deltaLabel([0, 0.1], 'higher')).toBe('within_noise');
    expect(deltaLabel([-0.1, 0], 'higher')).toBe('within_noise');
    expect(deltaLabel([0, 0.1], 'lower')).toBe('within_noise');
  });
  it('a CI below 0 is a regression when higher is better, an improvement when lower is', () => {
    expect(deltaLabel([-0.2, -0.1], 'higher')).toBe('regression');
    expect(deltaLabel([-0.2, -0.1], 'lower')).toBe('improvement');
    expect(deltaLabel([0.1, 0.2], 'higher')).toBe('improvement');
    expect(deltaLabel([0.1, 0.2], 'lower')).toBe('regression');
  });
});
