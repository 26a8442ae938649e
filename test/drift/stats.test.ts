/**
 * Every drift statistic and p-value on real data against SciPy (test/fixtures/reference/drift/
 * make_reference.py, SciPy 1.10.1): weather.csv by location and by year, flights-20k by month, and
 * two random splits. Agreement to 1e-6 (absolute up to 1, relative above: chi-square statistics
 * run into the hundreds).
 */
import { describe, expect, it } from 'vitest';
import { categoricalFromNumeric, type CategoricalDistribution, type NumericDistribution } from '../../shared/drift/distribution.js';
import { categoryBins, numericBins, sturgesEdges } from '../../shared/drift/stats/binning.js';
import { chiSquareTest } from '../../shared/drift/stats/chi-square.js';
import { jensenShannonDistance } from '../../shared/drift/stats/jensen-shannon.js';
import { ksTest } from '../../shared/drift/stats/ks.js';
import { psiValue } from '../../shared/drift/stats/psi.js';
import { wassersteinTest } from '../../shared/drift/stats/wasserstein.js';
import { zTest } from '../../shared/drift/stats/z.js';
import { COMPARISONS, comparison, rawDistribution } from './datasets.js';

function expectClose(actual: number, expected: number, what: string, tol = 1e-6): void {
  const err = Math.abs(actual - expected);
  if (!(err <= tol * Math.max(1, Math.abs(expected)))) throw new Error(`${what}: ${actual} vs SciPy ${expected} (|Δ| = ${err})`);
}

/** p-values: 1e-6 absolute, and 1e-6 relative while SciPy's value is a normal double. */
function expectP(actual: number, expected: number, what: string): void {
  expectClose(actual, expected, what);
  if (expected > 1e-300) expectClose(actual / expected, 1, `${what} (relative)`);
  else expect(actual, what).toBeLessThan(1e-290);
}

describe.each(COMPARISONS)('%s', (name) => {
  const cmp = comparison(name);
  const sides = Object.entries(cmp.columns).map(([column, kind]) => ({
    column,
    kind,
    ref: rawDistribution(cmp.reference, column, kind),
    cur: rawDistribution(cmp.current, column, kind),
    expected: cmp.expected.columns[column],
  }));

  it('selects the same rows as the reference script', () => {
    expect(cmp.reference.length).toBe(cmp.expected.reference_rows);
    expect(cmp.current.length).toBe(cmp.expected.current_rows);
  });

  it('matches scipy.stats.ks_2samp (statistic and p-value) on every numeric column', () => {
    for (const s of sides.filter((x) => x.kind === 'numeric')) {
      const ks = ksTest(s.ref as NumericDistribution, s.cur as NumericDistribution);
      const e = s.expected.ks!;
      expectClose(ks.statistic, e.statistic, `${s.column} D`);
      expectP(ks.pValue, e.p_value, `${s.column} p`);
      expect(ks.method, s.column).toBe(e.method);
    }
  });

  it('matches scipy.stats.wasserstein_distance / numpy.std on every numeric column', () => {
    for (const s of sides.filter((x) => x.kind === 'numeric')) {
      const w = wassersteinTest(s.ref as NumericDistribution, s.cur as NumericDistribution);
      const e = s.expected.wasserstein!;
      expectClose(w.distance, e.distance, `${s.column} W1`);
      expectClose(w.referenceStd, e.reference_std, `${s.column} std`);
      expectClose(w.statistic, e.statistic, `${s.column} normed W1`);
    }
  });

  it("matches Evidently's bins and scipy.spatial.distance.jensenshannon / PSI on every column", () => {
    for (const s of sides) {
      const e = s.expected;
      let bins;
      if (e.binning.kind === 'sturges') {
        const r = s.ref as NumericDistribution;
        const c = s.cur as NumericDistribution;
        const edges = sturgesEdges(Math.min(r.values[0], c.values[0]), Math.max(r.values.at(-1)!, c.values.at(-1)!), r.n + c.n);
        expect(edges.length, s.column).toBe(e.binning.edges.length);
        edges.forEach((x, i) => expectClose(x, e.binning.kind === 'sturges' ? e.binning.edges[i] : NaN, `${s.column} edge ${i}`, 1e-12));
        bins = numericBins(r, c);
      } else {
        const numeric = s.kind === 'numeric';
        const r = numeric ? categoricalFromNumeric(s.ref as NumericDistribution) : (s.ref as CategoricalDistribution);
        const c = numeric ? categoricalFromNumeric(s.cur as NumericDistribution) : (s.cur as CategoricalDistribution);
        bins = categoryBins(r, c, numeric);
        expect(bins.keys!.length, s.column).toBe(e.binning.values);
      }
      expectClose(jensenShannonDistance(bins.reference, bins.current), e.jensenshannon.statistic, `${s.column} JS`);
      expectClose(psiValue(bins.reference, bins.current), e.psi.statistic, `${s.column} PSI`);
    }
  });

  it('matches scipy.stats.chi2_contingency(correction=False) on every column counted by value', () => {
    for (const s of sides.filter((x) => x.expected.chisquare)) {
      const numeric = s.kind === 'numeric';
      const r = numeric ? categoricalFromNumeric(s.ref as NumericDistribution) : (s.ref as CategoricalDistribution);
      const c = numeric ? categoricalFromNumeric(s.cur as NumericDistribution) : (s.cur as CategoricalDistribution);
      const chi = chiSquareTest(r, c);
      const e = s.expected.chisquare!;
      expect(chi.dof, s.column).toBe(e.dof);
      expectClose(chi.statistic, e.statistic, `${s.column} X²`);
      expectP(chi.pValue, e.p_value, `${s.column} p`);
    }
  });

  it("matches the pooled two-proportion Z-test (scipy.stats.norm) on two-valued columns", () => {
    const binary = sides.filter((x) => x.expected.z);
    expect(binary.length).toBe(name.includes('weather') ? 1 : 0);
    for (const s of binary) {
      const z = zTest(s.ref as CategoricalDistribution, s.cur as CategoricalDistribution);
      const e = s.expected.z!;
      expect(z.first).toBe(e.first);
      expectClose(z.statistic, e.statistic, `${s.column} z`);
      expectP(z.pValue, e.p_value, `${s.column} p`);
      // X² of the 2 × 2 table without Yates' correction is z², with the same p-value.
      const chi = chiSquareTest(s.ref as CategoricalDistribution, s.cur as CategoricalDistribution);
      expectClose(chi.statistic, z.statistic ** 2, `${s.column} X² = z²`, 1e-12);
      expectClose(chi.pValue, z.pValue, `${s.column} same p`, 1e-12);
    }
  });
});
