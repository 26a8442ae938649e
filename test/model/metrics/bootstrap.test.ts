import { describe, expect, it } from 'vitest';
import {
  binaryEvaluation,
  bootstrapCi,
  bootstrapMetrics,
  BINARY_FROM_SUMMARY,
  logLoss,
  medianAbsoluteError,
  regressionEvaluation,
  METRICS,
  resampleCounts,
  resampleSeed,
  rocAuc,
  averagePrecision,
  Xoshiro128,
  type MetricName,
  type Multiplicities,
} from '../../../shared/model/metrics/index.js';
import { ref } from './reference.js';

/** np.quantile(x, q) with the default linear method, written out independently. */
function npQuantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const i = Math.floor(pos);
  return i + 1 < s.length ? s[i]! + (pos - i) * (s[i + 1]! - s[i]!) : s[i]!;
}

/** The textbook bootstrap: draw indices (resample b from its own stream), copy rows, recompute, take percentiles. */
function naiveBootstrap<T>(rows: T[], statistic: (sample: T[]) => number, resamples: number, seed: number, confidence = 0.95) {
  const stats: number[] = [];
  for (let b = 0; b < resamples; b++) {
    const rng = new Xoshiro128(resampleSeed(seed, b));
    const sample: T[] = [];
    for (let k = 0; k < rows.length; k++) sample.push(rows[rng.nextIndex(rows.length)]!);
    stats.push(statistic(sample));
  }
  const alpha = 1 - confidence;
  return { lower: npQuantile(stats, alpha / 2), upper: npQuantile(stats, 1 - alpha / 2) };
}

const sb = ref.seattle_binary;
const small = { y: sb.y_true.slice(0, 80), p: sb.proba_rounded.slice(0, 80) };

describe('xoshiro128** and multinomial counts', () => {
  it('gives each resample its own stream: distinct seeds for nearby indices and seeds', () => {
    const seeds = new Set<number>();
    for (const seed of [0, 1, 2, 20240101, -1]) for (let b = 0; b < 500; b++) seeds.add(resampleSeed(seed, b));
    expect(seeds.size).toBe(2500);
    expect(resampleSeed(7, 3)).toBe(resampleSeed(7, 3));
    const first = (seed: number, b: number) => {
      const rng = new Xoshiro128(resampleSeed(seed, b));
      return [rng.nextUint32(), rng.nextUint32(), rng.nextUint32()];
    };
    expect(first(7, 0)).not.toEqual(first(7, 1));
  });
  it('repeats its stream for a seed and differs between seeds', () => {
    const a = new Xoshiro128(42);
    const b = new Xoshiro128(42);
    const c = new Xoshiro128(43);
    const sa = Array.from({ length: 8 }, () => a.nextUint32());
    expect(Array.from({ length: 8 }, () => b.nextUint32())).toEqual(sa);
    expect(Array.from({ length: 8 }, () => c.nextUint32())).not.toEqual(sa);
  });
  it('draws counts from the same index stream as nextIndex, summing to n', () => {
    const counts = resampleCounts(new Xoshiro128(5), new Uint32Array(1000));
    const rng = new Xoshiro128(5);
    const manual = new Uint32Array(1000);
    for (let k = 0; k < 1000; k++) manual[rng.nextIndex(1000)]++;
    expect(counts).toEqual(manual);
    expect(counts.reduce((s, x) => s + x, 0)).toBe(1000);
  });
  it('reports a byte count that would wrap, and replays the same stream after restoring the state', () => {
    const rng = new Xoshiro128(3);
    const state = rng.saveState();
    expect(rng.drawCounts(new Uint8Array(50).fill(255))).toBe(false);
    rng.restoreState(state);
    const wide = resampleCounts(rng, new Uint32Array(50));
    rng.restoreState(state);
    const narrow = new Uint8Array(50);
    expect(rng.drawCounts(narrow)).toBe(true);
    expect(Array.from(narrow)).toEqual(Array.from(wide));
  });
  it('draws indices uniformly (chi-square sanity over 10 cells)', () => {
    const rng = new Xoshiro128(9);
    const cells = new Array(10).fill(0);
    for (let k = 0; k < 100_000; k++) cells[rng.nextIndex(10)]++;
    const chi2 = cells.reduce((s, o) => s + (o - 10_000) ** 2 / 10_000, 0);
    expect(chi2).toBeLessThan(27.9); // p = 0.001 for 9 degrees of freedom
  });
});

describe('bootstrapCi', () => {
  const data = { length: small.y.length, ...small };
  const auc = (d: typeof data, w?: Multiplicities) => rocAuc(d.y, d.p, { weights: w });

  it('gives identical intervals for a seed and different ones for another seed', () => {
    const a = bootstrapCi(auc, data, { resamples: 300, seed: 11 });
    const b = bootstrapCi(auc, data, { resamples: 300, seed: 11 });
    const c = bootstrapCi(auc, data, { resamples: 300, seed: 12 });
    expect(b).toEqual(a);
    expect(c.lower === a.lower && c.upper === a.upper).toBe(false);
  });

  it('equals resample-and-recompute with the same index stream (AUC, AP, log loss, median AE)', () => {
    const rows = small.y.map((y, i) => ({ y, p: small.p[i]! }));
    const cases: [string, (d: typeof data, w?: Multiplicities) => number, (s: typeof rows) => number][] = [
      ['roc_auc', auc, (s) => rocAuc(s.map((r) => r.y), s.map((r) => r.p))],
      ['average_precision', (d, w) => averagePrecision(d.y, d.p, { weights: w }), (s) => averagePrecision(s.map((r) => r.y), s.map((r) => r.p))],
      ['log_loss', (d, w) => logLoss(d.y, d.p, { weights: w, labels: [0, 1] }), (s) => logLoss(s.map((r) => r.y), s.map((r) => r.p), { labels: [0, 1] })],
      ['median_ae', (d, w) => medianAbsoluteError(d.y, d.p, { weights: w }), (s) => medianAbsoluteError(s.map((r) => r.y), s.map((r) => r.p))],
    ];
    for (const [name, weighted, naive] of cases) {
      const fast = bootstrapCi(weighted, data, { resamples: 200, seed: 3, confidence: 0.9 });
      const slow = naiveBootstrap(rows, naive, 200, 3, 0.9);
      expect(Math.abs(fast.lower - slow.lower), name).toBeLessThan(1e-12);
      expect(Math.abs(fast.upper - slow.upper), name).toBeLessThan(1e-12);
      expect(fast.lower, name).toBeLessThan(fast.upper);
    }
  });

  it('counts resamples where the metric is undefined instead of failing', () => {
    const tiny = { length: 4, y: [0, 1, 1, 1], p: [0.1, 0.4, 0.6, 0.8] };
    const ci = bootstrapCi((d, w) => {
      try {
        return auc(d as typeof data, w);
      } catch {
        return Number.NaN;
      }
    }, tiny, { resamples: 200, seed: 1 });
    expect(ci.invalid).toBeGreaterThan(0);
    expect(ci.invalid).toBeLessThan(200);
    expect(Number.isNaN(ci.lower)).toBe(false);
  });
});

describe('bootstrapMetrics on prepared data', () => {
  it('shares one pass per resample and equals resample-and-recompute on the prepared rows', () => {
    const data = binaryEvaluation(small.y, small.p);
    const fast = bootstrapMetrics(data, undefined, { resamples: 150, seed: 8 });
    // The naive version resamples the prepared rows (rank order) with the same index stream.
    const rows = Array.from(data.order, (i) => ({ y: small.y[i]!, p: small.p[i]! }));
    const names = Object.keys(BINARY_FROM_SUMMARY) as MetricName[];
    expect(Object.keys(fast).sort()).toEqual([...names].sort());
    for (const name of names) {
      const slow = naiveBootstrap(rows, (s) => {
        const ys = s.map((r) => r.y);
        const ps = s.map((r) => r.p);
        const v = METRICS[name].compute(binaryEvaluation(ys, ps));
        return v;
      }, 150, 8);
      const ci = fast[name]!;
      expect(Math.abs(ci.lower - slow.lower), name).toBeLessThan(1e-9);
      expect(Math.abs(ci.upper - slow.upper), name).toBeLessThan(1e-9);
    }
  });

  it('brackets the point estimate for every binary metric on the full Seattle data', () => {
    const data = binaryEvaluation(sb.y_true, sb.proba);
    const cis = bootstrapMetrics(data, undefined, { seed: 2 });
    for (const [name, ci] of Object.entries(cis)) {
      expect(ci!.lower, name).toBeLessThanOrEqual(ci!.estimate);
      expect(ci!.upper, name).toBeGreaterThanOrEqual(ci!.estimate);
      expect(ci!.upper - ci!.lower, name).toBeLessThan(0.2);
      expect(ci!.resamples).toBe(1000);
    }
    expect(cis.roc_auc!.estimate).toBeCloseTo(sb.expected.plain.roc_auc!, 12);
  });

  it('bootstraps regression metrics too', () => {
    const cr = ref.cars_regression;
    const cis = bootstrapMetrics(regressionEvaluation(cr.y_true, cr.y_pred), ['r2', 'median_ae'], { resamples: 100, seed: 4 });
    expect(cis.r2!.lower).toBeLessThan(cis.r2!.estimate);
    expect(cis.median_ae!.upper).toBeGreaterThan(cis.median_ae!.estimate);
  });
});
