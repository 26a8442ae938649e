import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KllSketch, KLL_RANK_ERROR_K200, kllRankError } from '../../../shared/data/sketch/kll.js';
import { DATA_DIR, loadCsv, rankError, shuffled, sortedNumbers } from '../../fixtures/reference/datasets.js';

const PS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

function flights(): { delay: Float64Array; distance: Float64Array } {
  const rows = JSON.parse(readFileSync(DATA_DIR + 'flights-200k.json', 'utf8')) as Array<{ delay: number; distance: number }>;
  return { delay: Float64Array.from(rows, (r) => r.delay), distance: Float64Array.from(rows, (r) => r.distance) };
}

function sketchOf(values: ArrayLike<number>): KllSketch {
  const k = new KllSketch();
  for (let i = 0; i < values.length; i++) k.update(values[i]);
  return k;
}

function maxRankError(k: KllSketch, sorted: Float64Array): number {
  let worst = 0;
  for (const p of PS) worst = Math.max(worst, rankError(sorted, k.quantile(p) as number, p));
  return worst;
}

/** numpy.quantile(method="inverted_cdf"): the smallest x with #(≤ x) ≥ p·n. */
function invertedCdf(sorted: Float64Array, p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

describe('KLL sketch', () => {
  it('documents the DataSketches error for k = 200 (1.33% single query, 1.65% PMF)', () => {
    expect(kllRankError(200)).toBeCloseTo(0.0133, 3);
    expect(kllRankError(200, true)).toBeCloseTo(0.0165, 3);
  });

  it('is exact (numpy inverted_cdf) while n ≤ k', () => {
    const temp = loadCsv('seattle-weather.csv').rows.slice(0, 200).map((r) => Number(r[2]));
    const k = sketchOf(temp);
    expect(k.isExact()).toBe(true);
    const sorted = Float64Array.from(temp).sort();
    for (const p of PS) expect(k.quantile(p)).toBe(invertedCdf(sorted, p));
    k.update(1);
    expect(k.isExact()).toBe(false);
  });

  it('keeps every quantile of real data within the 1.65% rank bound', () => {
    const t = loadCsv('seattle-weather.csv');
    for (const c of [1, 2, 3, 4]) {
      const sorted = sortedNumbers(t.rows.map((r) => r[c]));
      expect(maxRankError(sketchOf(t.rows.map((r) => Number(r[c]))), sorted)).toBeLessThanOrEqual(KLL_RANK_ERROR_K200);
    }
    const f = flights();
    for (const col of [f.delay, f.distance]) {
      const k = sketchOf(col);
      expect(k.n).toBe(200_000);
      const sorted = Float64Array.from(col).sort();
      expect(k.min).toBe(sorted[0]);
      expect(k.max).toBe(sorted[sorted.length - 1]);
      expect(maxRankError(k, sorted)).toBeLessThanOrEqual(KLL_RANK_ERROR_K200);
    }
  });

  it('keeps the bound after merging sketches of 2, 3 and 7 shards in any order', () => {
    const { delay } = flights();
    const sorted = Float64Array.from(delay).sort();
    for (const shards of [2, 3, 7]) {
      const size = Math.ceil(delay.length / shards);
      const parts = Array.from({ length: shards }, (_, i) => sketchOf(delay.subarray(i * size, (i + 1) * size)));
      for (const seed of [1, 2]) {
        const merged = new KllSketch();
        for (const p of shuffled(parts, seed)) merged.merge(KllSketch.fromState(p.toState()));
        expect(merged.n).toBe(delay.length);
        expect(maxRankError(merged, sorted)).toBeLessThanOrEqual(KLL_RANK_ERROR_K200);
      }
    }
  });

  it('accepts weighted values (distinct values with counts) within the same bound', () => {
    const { distance } = flights();
    const counts = new Map<number, number>();
    const k = new KllSketch();
    for (let start = 0; start < distance.length; start += 65536) {
      counts.clear();
      for (const x of distance.subarray(start, start + 65536)) counts.set(x, (counts.get(x) ?? 0) + 1);
      k.updateWeighted(Float64Array.from(counts.keys()), Float64Array.from(counts.values()), counts.size);
    }
    expect(k.n).toBe(distance.length);
    expect(maxRankError(k, Float64Array.from(distance).sort())).toBeLessThanOrEqual(KLL_RANK_ERROR_K200);
  });

  it('gives the same state for the same input and survives a state round trip', () => {
    const { delay } = flights();
    const a = sketchOf(delay.subarray(0, 50_000));
    const b = sketchOf(delay.subarray(0, 50_000));
    expect(a.toState()).toEqual(b.toState());
    const c = KllSketch.fromState(JSON.parse(JSON.stringify(a.toState())));
    for (const p of PS) expect(c.quantile(p)).toBe(a.quantile(p));
    expect(() => KllSketch.fromState({ ...a.toState(), n: 3 })).toThrow(/inconsistent/);
  });

  it('answers rank as the inclusive CDF', () => {
    const k = sketchOf([1, 2, 2, 3]);
    expect(k.rank(2)).toBe(0.75);
    expect(k.rank(2, false)).toBe(0.25);
    expect(k.rank(0)).toBe(0);
    expect(k.quantile(0.5)).toBe(2);
  });
});
