/**
 * The guards of the Z-test and the chi-square test that mutation testing (npm run mutate,
 * docs/mutation-testing.md) showed no test reached: an empty side, a value both sides lack, an empty
 * category, a 2 × 3 table (the dof = 2 shortcut) and the incomplete gamma function on both sides of its
 * series/continued-fraction switch. Expected values are Debian's SciPy 1.10.1, from:
 *
 *   from scipy import special, stats; import numpy as np
 *   special.gammaincc(a, x)  for the (a, x) below; special.gammaincc(1.5, np.inf) = 0.0
 *   special.gammaln(0.25), special.gammaln(0.1)   # 1.2880225246980774 2.252712651734206
 *   stats.chi2_contingency(np.array([[5, 3, 8], [4, 6, 2]]), correction=False)[:3]
 *       # (4.225925925925925, 0.1208792744870282, 2)
 *   stats.chi2_contingency(np.array([[5, 3], [4, 6]]), correction=False)[:3]   # (0.9, 0.34278171114790873, 1)
 */
import { describe, expect, it } from 'vitest';
import { categoricalFromCounts } from '../../shared/drift/distribution.js';
import { chiSquareContingency, chiSquareSf, gammaQ, logGamma } from '../../shared/drift/stats/chi-square.js';
import { zTest } from '../../shared/drift/stats/z.js';

const counts = (entries: Array<[string, number]>) => categoricalFromCounts(new Map(entries));
const f64 = (xs: number[]) => Float64Array.from(xs);

describe('zTest: no evidence of drift is p = 1, never NaN', () => {
  it('when either side is empty', () => {
    const some = counts([['a', 3], ['b', 5]]);
    expect(zTest(counts([]), some)).toEqual({ statistic: 0, pValue: 1, first: 'a' });
    expect(zTest(some, counts([]))).toEqual({ statistic: 0, pValue: 1, first: 'a' });
    expect(zTest(counts([]), counts([]))).toEqual({ statistic: 0, pValue: 1, first: null });
  });
  it('when the first value has no rows on either side (pooled share 1, standard error 0)', () => {
    expect(zTest(counts([['a', 0], ['b', 5]]), counts([['a', 0], ['b', 3]]))).toEqual({ statistic: 0, pValue: 1, first: 'a' });
  });
  it('when both sides hold one and the same value', () => {
    expect(zTest(counts([['a', 4]]), counts([['a', 9]]))).toEqual({ statistic: 0, pValue: 1, first: 'a' });
  });
});

describe('chi-square contingency (scipy chi2_contingency, correction=False)', () => {
  it('a 2 × 3 table: X² 4.2259…, p 0.12087…, dof 2', () => {
    const r = chiSquareContingency(f64([5, 3, 8]), f64([4, 6, 2]));
    expect(r.dof).toBe(2);
    expect(r.statistic).toBeCloseTo(4.225925925925925, 12);
    expect(r.pValue).toBeCloseTo(0.1208792744870282, 14);
  });
  it('drops a category empty on both sides instead of dividing by its zero expected count', () => {
    const r = chiSquareContingency(f64([5, 0, 3]), f64([4, 0, 6]));
    expect(r.dof).toBe(1);
    expect(r.statistic).toBeCloseTo(0.9, 12);
    expect(r.pValue).toBeCloseTo(0.34278171114790873, 14);
  });
  it('gives X² 0, p 1 for one category, an empty side, or no rows at all', () => {
    expect(chiSquareContingency(f64([5]), f64([3]))).toEqual({ statistic: 0, pValue: 1, dof: 0 });
    expect(chiSquareContingency(f64([0, 0]), f64([3, 4]))).toEqual({ statistic: 0, pValue: 1, dof: 1 });
    expect(chiSquareContingency(f64([3, 4]), f64([0, 0]))).toEqual({ statistic: 0, pValue: 1, dof: 1 });
    expect(chiSquareContingency(f64([0, 0]), f64([0, 0]))).toEqual({ statistic: 0, pValue: 1, dof: 0 });
  });
  it('chi2.sf with 2 degrees of freedom is exp(-x/2): chi2.sf(4.2, 2) = 0.1224564282529819', () => {
    expect(chiSquareSf(4.2, 2)).toBeCloseTo(0.1224564282529819, 15);
  });
});

describe('gammaQ, the regularised upper incomplete gamma function (scipy.special.gammaincc)', () => {
  // Pairs on both sides of x = a + 1, where the series gives way to the continued fraction.
  const cases: Array<[number, number, number]> = [
    [1.5, 0.5, 0.8012519569012009],
    [1.5, 2.4, 0.1870417489049077],
    [1.5, 2.6, 0.15772445039666255],
    [2.5, 3.4, 0.2359445376945211],
    [2.5, 3.6, 0.2061859197095561],
    [5, 1, 0.9963401531726563],
    [5, 20, 1.694474393006737e-5],
    [0.5, 1e-3, 0.9643294082703201],
    [10, 9.5, 0.5218260222372076],
    [10, 11.5, 0.28879453954867124],
  ];
  it.each(cases)('gammaincc(%d, %d) = %d to 1e-13 relative', (a, x, expected) => {
    expect(Math.abs(gammaQ(a, x) - expected)).toBeLessThanOrEqual(1e-13 * expected);
  });
  it('is 1 at x ≤ 0 and 0 at x = ∞, and NaN for a ≤ 0 or x NaN', () => {
    expect([gammaQ(2, 0), gammaQ(2, -1), gammaQ(1.5, Infinity)]).toEqual([1, 1, 0]);
    expect([gammaQ(0, 1), gammaQ(-1, 1), gammaQ(2, Number.NaN)]).toEqual([NaN, NaN, NaN]);
  });
});

describe('logGamma below 0.5, by the reflection formula (scipy.special.gammaln)', () => {
  it('gammaln(0.25) = 1.2880225246980774, gammaln(0.1) = 2.252712651734206', () => {
    expect(logGamma(0.25)).toBeCloseTo(1.2880225246980774, 13);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 13);
  });
});
