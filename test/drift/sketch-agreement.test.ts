/**
 * Tests on a reference profile's sketches against the same tests on the raw reference rows, on the
 * real comparisons. The reference profile is the project's own (createProfiler, KLL k = 200,
 * frequent items of capacity 1024), built from the reference rows as CSV text; the current side is
 * raw, as in the drift check.
 *
 * Bounds held (docs/drift.md, "Statistics"), with ε = the KLL normalized rank error for CDF/PMF
 * queries at k = 200 (1.65%, 99% confidence; KLL_RANK_ERROR_K200):
 * - KS D: |D̂ − D| <= sup |F̂_ref − F_ref| <= ε;
 * - normed Wasserstein: |Ŵ − W| <= W1(F̂_ref, F_ref) / σ <= ε · (max − min) / σ (W1 is a metric);
 * - Jensen-Shannon: |ĴS − JS| <= JS(P̂_ref, P_ref) <= sqrt(ln 2 · TV(P̂_ref, P_ref)) (JS distance is a
 *   metric; JS divergence <= ln 2 · TV, Lin 1991), over the same Sturges bins;
 * and every drift decision of the default tests agrees with the raw-data one on these datasets.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProfiler } from '../../shared/data/profile.js';
import type { Profile } from '../../shared/formats/profile-format.js';
import { FrequentItems } from '../../shared/data/sketch/frequent-items.js';
import { KLL_RANK_ERROR_K200 } from '../../shared/data/sketch/kll.js';
import { testColumn } from '../../shared/drift/column-test.js';
import {
  categoricalFromFrequent,
  distributionFromProfile,
  numericMax,
  numericMin,
  type CategoricalDistribution,
  type NumericDistribution,
} from '../../shared/drift/distribution.js';
import { numericBins } from '../../shared/drift/stats/binning.js';
import { chiSquareTest } from '../../shared/drift/stats/chi-square.js';
import { jensenShannonDistance, jensenShannonTest } from '../../shared/drift/stats/jensen-shannon.js';
import { ksStatistic } from '../../shared/drift/stats/ks.js';
import { wassersteinDistance, wassersteinTest } from '../../shared/drift/stats/wasserstein.js';
import { toBatches } from '../fixtures/reference/datasets.js';
import { asTable, COMPARISONS, comparison, rawDistribution, type Comparison } from './datasets.js';

const EPS = KLL_RANK_ERROR_K200;

function profileOf(cmp: Comparison): Profile {
  const columns = Object.keys(cmp.columns);
  const profiler = createProfiler({ columns });
  for (const batch of toBatches(asTable(cmp.reference, columns), 500)) profiler.add(batch);
  return profiler.finish({ file: `${cmp.name}-reference.csv`, format: 'csv' });
}

/** sup over x of |F̂(x) − F(x)|, the sketch's actual CDF error, at every point of either sample. */
function supCdfError(sketch: NumericDistribution, raw: NumericDistribution): number {
  return ksStatistic(sketch, raw);
}

const cases = COMPARISONS.map((name) => {
  const cmp = comparison(name);
  const profile = profileOf(cmp);
  return { name, cmp, profile };
});

describe.each(cases)('$name: reference from its profile', ({ cmp, profile }) => {
  const numeric = Object.entries(cmp.columns).filter(([, k]) => k === 'numeric').map(([c]) => c);
  const sides = numeric.map((column) => ({
    column,
    sketch: distributionFromProfile(profile.columns[column]) as NumericDistribution,
    raw: rawDistribution(cmp.reference, column, 'numeric') as NumericDistribution,
    cur: rawDistribution(cmp.current, column, 'numeric') as NumericDistribution,
  }));

  it('reads the KLL sketch as a weighted sample of n observations with the exact min, max and std', () => {
    for (const s of sides) {
      expect(s.sketch.n, s.column).toBe(s.raw.n);
      expect(s.sketch.weights!.reduce((a, b) => a + b, 0), s.column).toBe(s.raw.n);
      expect(s.sketch.exact, s.column).toBe(false); // every reference here has more than k = 200 rows
      expect(s.sketch.values.length, s.column).toBeLessThan(s.raw.n);
      expect(numericMin(s.sketch)).toBe(s.raw.values[0]);
      expect(numericMax(s.sketch)).toBe(s.raw.values.at(-1));
      expect(wassersteinTest(s.sketch, s.cur).referenceStd).toBeCloseTo(wassersteinTest(s.raw, s.cur).referenceStd, 9);
    }
  });

  it(`keeps KS D within the sketch's CDF error, itself within ε = ${EPS}`, () => {
    for (const s of sides) {
      const err = supCdfError(s.sketch, s.raw);
      expect(err, s.column).toBeLessThanOrEqual(EPS);
      const delta = Math.abs(ksStatistic(s.sketch, s.cur) - ksStatistic(s.raw, s.cur));
      expect(delta, s.column).toBeLessThanOrEqual(err + 1e-12);
    }
  });

  it('keeps the normed Wasserstein distance within W1(sketch, raw)/σ <= ε·(max − min)/σ', () => {
    for (const s of sides) {
      const exact = wassersteinTest(s.raw, s.cur);
      const approx = wassersteinTest(s.sketch, s.cur);
      const sigma = Math.max(exact.referenceStd, 0.001);
      const actual = wassersteinDistance(s.sketch, s.raw) / sigma;
      const bound = (EPS * (s.raw.values.at(-1)! - s.raw.values[0])) / sigma;
      expect(actual, s.column).toBeLessThanOrEqual(bound);
      expect(Math.abs(approx.statistic - exact.statistic), s.column).toBeLessThanOrEqual(actual + 1e-12);
    }
  });

  it('keeps the binned Jensen-Shannon distance within JS(sketch bins, raw bins) <= sqrt(ln 2 · TV)', () => {
    for (const s of sides) {
      const exact = numericBins(s.raw, s.cur);
      const approx = numericBins(s.sketch, s.cur);
      expect(Array.from(approx.edges!), s.column).toEqual(Array.from(exact.edges!)); // exact min, max and n: same bins
      let tv = 0;
      for (let i = 0; i < exact.reference.length; i++) tv += Math.abs(approx.reference[i] - exact.reference[i]) / 2;
      const own = jensenShannonDistance(approx.reference, exact.reference);
      expect(own, s.column).toBeLessThanOrEqual(Math.sqrt(Math.LN2 * tv) + 1e-12);
      const delta = Math.abs(jensenShannonTest(s.sketch, s.cur).statistic - jensenShannonTest(s.raw, s.cur).statistic);
      expect(delta, s.column).toBeLessThanOrEqual(own + 1e-12);
    }
  });

  it('reaches the same decision as the raw reference on every column, with its defaults', () => {
    for (const [column, kind] of Object.entries(cmp.columns)) {
      const cur = rawDistribution(cmp.current, column, kind);
      const fromSketch = testColumn(column, distributionFromProfile(profile.columns[column]), cur);
      const fromRaw = testColumn(column, rawDistribution(cmp.reference, column, kind), cur);
      expect(fromSketch.test, column).toBe(fromRaw.test);
      expect(fromSketch.drifted, column).toBe(fromRaw.drifted);
      expect(fromSketch.reference_rows).toBe(fromRaw.reference_rows);
      if (kind === 'categorical') {
        // Frequent items count every value of these columns (at most 1024 of them): exact.
        expect(fromSketch).toEqual(fromRaw);
      } else {
        expect(fromSketch.method, column).toBe(fromSketch.kind === 'categorical' ? 'exact' : 'sketch');
      }
    }
  });
});

describe('flights-200k, 100,000 reference rows: a sketch that compacted many times', () => {
  // No SciPy reference needed here: the raw-data statistics are the ones stats.test.ts checks
  // against SciPy; this compares the sketch with them at a size where KLL keeps ~0.5% of the items.
  const rows = JSON.parse(readFileSync('node_modules/vega-datasets/data/flights-200k.json', 'utf8')) as Array<Record<string, number>>;
  const half = 100_000;
  const columns = ['delay', 'distance', 'time'];
  const profiler = createProfiler({ columns });
  const reference = rows.slice(0, half);
  const current = rows.slice(half);
  for (const batch of toBatches(asTable(reference, columns), 4096)) profiler.add(batch);
  const profile = profiler.finish({ file: 'flights-200k-first-half.csv', format: 'csv' });

  it.each(columns)('%s: KS D, normed Wasserstein and JS within their bounds, same decisions', (column) => {
    const sketch = distributionFromProfile(profile.columns[column]) as NumericDistribution;
    const raw = rawDistribution(reference, column, 'numeric') as NumericDistribution;
    const cur = rawDistribution(current, column, 'numeric') as NumericDistribution;
    expect(sketch.values.length).toBeLessThan(1000);
    const cdfErr = ksStatistic(sketch, raw);
    expect(cdfErr).toBeLessThanOrEqual(EPS);
    expect(Math.abs(ksStatistic(sketch, cur) - ksStatistic(raw, cur))).toBeLessThanOrEqual(cdfErr + 1e-12);
    const sigma = wassersteinTest(raw, cur).referenceStd;
    const wErr = wassersteinDistance(sketch, raw) / sigma;
    expect(wErr).toBeLessThanOrEqual((EPS * (raw.values.at(-1)! - raw.values[0])) / sigma);
    expect(Math.abs(wassersteinTest(sketch, cur).statistic - wassersteinTest(raw, cur).statistic)).toBeLessThanOrEqual(wErr + 1e-12);
    const a = numericBins(sketch, cur);
    const b = numericBins(raw, cur);
    let tv = 0;
    for (let i = 0; i < a.reference.length; i++) tv += Math.abs(a.reference[i] - b.reference[i]) / 2;
    const jsErr = jensenShannonDistance(a.reference, b.reference);
    expect(jsErr).toBeLessThanOrEqual(Math.sqrt(Math.LN2 * tv) + 1e-12);
    expect(Math.abs(jensenShannonDistance(a.reference, a.current) - jensenShannonDistance(b.reference, b.current))).toBeLessThanOrEqual(jsErr + 1e-12);
    for (const test of ['ks', 'wasserstein', 'jensenshannon', 'psi'] as const) {
      const s = testColumn(column, sketch, cur, { test });
      const r = testColumn(column, raw, cur, { test });
      expect(s.method).toBe('sketch');
      expect(s.drifted, `${column} ${test}: sketch ${s.statistic} vs raw ${r.statistic}`).toBe(r.drifted);
    }
  });
});

describe('categories from a frequent-items sketch that does not hold every value', () => {
  // flights origin has 220 values; a 40-item summary must decrement. (The profiler's summaries hold
  // 1024 items, so every categorical column above is counted exactly.)
  const cmp = comparison('flights_quarter');
  const raw = rawDistribution(cmp.reference, 'origin', 'categorical') as CategoricalDistribution;
  const cur = rawDistribution(cmp.current, 'origin', 'categorical') as CategoricalDistribution;
  const small = new FrequentItems(40);
  for (let s = 0; s < cmp.reference.length; s += 500) {
    const batch = new Map<string, number>();
    for (const r of cmp.reference.slice(s, s + 500)) batch.set(String(r.origin), (batch.get(String(r.origin)) ?? 0) + 1);
    small.addBatch([...batch.keys()], Float64Array.from(batch.values()), batch.size);
  }
  const state = small.toState();
  const sketch = categoricalFromFrequent(state, raw.n);
  // The raw counts of the same itemised values, everything else merged: what the sketch estimates.
  const coarse: CategoricalDistribution = { kind: 'categorical', counts: new Map([...sketch.counts.keys()].map((k) => [k, raw.counts.get(k)!])), other: 0, n: raw.n, exact: false };
  coarse.other = raw.n - [...coarse.counts.values()].reduce((a, b) => a + b, 0);

  it('estimates each itemised count as count + offset and puts the rest in `other`', () => {
    expect(state.offset).toBeGreaterThan(0);
    expect(sketch.exact).toBe(false);
    for (const [k, c] of sketch.counts) {
      expect(c).toBeGreaterThanOrEqual(raw.counts.get(k)!);
      expect(c - state.offset).toBeLessThanOrEqual(raw.counts.get(k)!);
    }
    expect(sketch.other).toBe(Math.max(0, raw.n - [...sketch.counts.values()].reduce((a, b) => a + b, 0)));
    const r = testColumn('origin', sketch, cur);
    expect(r).toMatchObject({ method: 'sketch', test: 'jensenshannon' });
    expect(r.reason).toContain('at least');
  });

  it('keeps Jensen-Shannon under the raw value plus the count error, and the decision', () => {
    const rawJs = jensenShannonTest(raw, cur).statistic;
    const coarseJs = jensenShannonTest(coarse, cur).statistic;
    const sketchJs = jensenShannonTest(sketch, cur).statistic;
    expect(coarseJs).toBeLessThanOrEqual(rawJs); // merging bins never increases the divergence
    const a = jensenShannonTest(sketch, coarse).bins;
    let tv = 0;
    for (let i = 0; i < a.reference.length; i++) tv += Math.abs(a.reference[i] - a.current[i]) / 2;
    expect(tv).toBeLessThanOrEqual((sketch.counts.size * state.offset) / raw.n);
    expect(Math.abs(sketchJs - coarseJs)).toBeLessThanOrEqual(Math.sqrt(Math.LN2 * tv));
    expect(sketchJs).toBeLessThan(0.1);
    expect(testColumn('origin', sketch, cur).drifted).toBe(testColumn('origin', raw, cur).drifted);
    expect(chiSquareTest(sketch, cur).dof).toBe(sketch.counts.size);
  });
});
