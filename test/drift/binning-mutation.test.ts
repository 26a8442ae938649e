/**
 * shared/drift/stats/binning.ts, the bins Jensen-Shannon and PSI compare, checked directly (mutation testing,
 * docs/mutation-testing.md) against NumPy 1.24 and Evidently's formulas. Values from Debian's /usr/bin/python3:
 *   import numpy as np
 *   np.histogram_bin_edges(x, bins='sturges')                        # the edges
 *   np.histogram(x, edges, weights=w)[0] / sum(w)                    # the shares
 *   # Evidently get_binned_data(feel_zeroes=True): empty bins get min(nonzero) / 1e6 if that min <= 1e-4, else 1e-4
 */
import { describe, expect, it } from 'vitest';
import {
  alignCategories,
  categoryBins,
  fillZeroShares,
  histogramShares,
  numericBins,
  OTHER_BIN,
  sturgesEdges,
} from '../../shared/drift/stats/binning.js';
import type { CategoricalDistribution, NumericDistribution } from '../../shared/drift/distribution.js';

const num = (values: number[], weights?: number[], extra: Partial<NumericDistribution> = {}): NumericDistribution => ({
  kind: 'numeric',
  values: Float64Array.from(values),
  weights: weights ? Float64Array.from(weights) : null,
  n: weights ? weights.reduce((a, b) => a + b, 0) : values.length,
  exact: !weights,
  ...extra,
});
const cat = (counts: Record<string, number>, other = 0, exact = true): CategoricalDistribution => {
  const m = new Map(Object.entries(counts));
  return { kind: 'categorical', counts: m, other, n: [...m.values()].reduce((a, b) => a + b, other), exact };
};
const arr = (a: Float64Array | null) => Array.from(a ?? []);

describe('sturgesEdges = numpy.histogram_bin_edges(bins="sturges")', () => {
  it('10 values over [0.3, 9.8]: 5 bins, linspace edges', () => {
    expect(arr(sturgesEdges(0.3, 9.8, 10))).toEqual([0.3, 2.1999999999999997, 4.1, 5.999999999999999, 7.8999999999999995, 9.8]);
  });
  it('5 values over [−3, 6]: 4 bins', () => {
    expect(arr(sturgesEdges(-3, 6, 5))).toEqual([-3, -0.75, 1.5, 3.75, 6]);
  });
  it('a constant column: one bin of ±0.5 around it', () => {
    expect(arr(sturgesEdges(5, 5, 7))).toEqual([4.5, 5.5]);
  });
  it('150 values over [−2, 20]: 9 bins', () => {
    expect(arr(sturgesEdges(-2, 20, 150))).toEqual([
      -2, 0.44444444444444464, 2.8888888888888893, 5.333333333333334, 7.777777777777779, 10.222222222222223, 12.666666666666668,
      15.111111111111114, 17.555555555555557, 20,
    ]);
  });
});

describe('histogramShares = numpy.histogram(x, edges, weights)[0] / total', () => {
  const edges = Float64Array.from([0, 2, 4, 6, 8, 10]);
  const values = [0, 1, 2, 2.5, 5, 7.5, 8, 10];
  it('left-closed bins, the last one closed on the right (values on edges 0, 2, 8 and 10)', () => {
    expect(arr(histogramShares(num(values), edges))).toEqual([0.25, 0.25, 0.125, 0.125, 0.25]);
  });
  it('weighted: each value counts its weight, shares of the total weight', () => {
    const got = arr(histogramShares(num(values, [1, 2, 1, 3, 1, 1, 2, 4]), edges));
    const want = [0.2, 0.26666666666666666, 0.06666666666666667, 0.06666666666666667, 0.4];
    got.forEach((g, i) => expect(g).toBeCloseTo(want[i]!, 15));
  });
});

describe('numericBins: Sturges bins of both samples together', () => {
  it('edges over the union, each side its own shares', () => {
    const ref = num([1.0, 2.5, 2.5, 3.0, 4.75, 6.0, 8.2, 9.9, 11.0]);
    const cur = num([0.5, 2.5, 3.3, 7.0, 12.5, 12.5]);
    const b = numericBins(ref, cur);
    expect(arr(b.edges)).toEqual([0.5, 2.9, 5.3, 7.699999999999999, 10.1, 12.5]);
    const want = {
      reference: [0.3333333333333333, 0.2222222222222222, 0.1111111111111111, 0.2222222222222222, 0.1111111111111111],
      current: [0.3333333333333333, 0.16666666666666666, 0.16666666666666666, 0, 0.3333333333333333],
    };
    arr(b.reference).forEach((g, i) => expect(g).toBeCloseTo(want.reference[i]!, 15));
    arr(b.current).forEach((g, i) => expect(g).toBeCloseTo(want.current[i]!, 15));
    expect(b.keys).toBeNull();
    // Either side may hold the minimum or the maximum.
    expect(arr(numericBins(cur, ref).edges)).toEqual(arr(b.edges));
  });
  it('a sketch: the exact min and max (beyond its sampled values) and n set the edges', () => {
    const ref = num([1, 3, 5], [40, 30, 30], { min: -2, max: 6 });
    const cur = num([2, 4], [25, 25], { min: 0, max: 20 });
    const b = numericBins(ref, cur);
    expect(arr(b.edges)).toEqual(arr(sturgesEdges(-2, 20, 150)));
    expect(arr(b.reference)).toEqual([0, 0.4, 0.6, 0, 0, 0, 0, 0, 0]);
    expect(arr(b.current)).toEqual([0, 0.5, 0.5, 0, 0, 0, 0, 0, 0]);
  });
});

describe('alignCategories and categoryBins: one bin per value', () => {
  it('both complete: the union of values, sorted as strings, a value missing on one side counts 0', () => {
    const a = alignCategories(cat({ b: 2, a: 1 }), cat({ c: 4, a: 3 }));
    expect(a.keys).toEqual(['a', 'b', 'c']);
    expect(arr(a.reference)).toEqual([1, 2, 0]);
    expect(arr(a.current)).toEqual([3, 0, 4]);
  });
  it('numeric keys sort as numbers (9 before 10)', () => {
    expect(alignCategories(cat({ '10': 1, '9': 1, '-1': 1 }), cat({ '2': 1 }), true).keys).toEqual(['-1', '2', '9', '10']);
    expect(alignCategories(cat({ '10': 1, '9': 1, '-1': 1 }), cat({ '2': 1 })).keys).toEqual(['-1', '10', '2', '9']);
  });
  it('a side with a remainder: only the values every such side itemises, the rest in one OTHER bin', () => {
    // The current side is a sketch with 5 observations it does not itemise: it cannot say whether "c" is among them.
    const a = alignCategories(cat({ a: 4, b: 3, c: 3 }), cat({ b: 2, a: 1 }, 5, false));
    expect(a.keys).toEqual(['a', 'b', OTHER_BIN]);
    expect(arr(a.reference)).toEqual([4, 3, 3]);
    expect(arr(a.current)).toEqual([1, 2, 5]);
    // Two partial sides: the values both itemise.
    const two = alignCategories(cat({ a: 4, c: 3 }, 1, false), cat({ b: 2, a: 1 }, 5, false));
    expect(two.keys).toEqual(['a', OTHER_BIN]);
    expect(arr(two.reference)).toEqual([4, 4]);
    expect(arr(two.current)).toEqual([1, 7]);
  });
  it('an inexact side that itemises every value it saw, and whose values the other side all has, needs no OTHER bin', () => {
    const a = alignCategories(cat({ a: 4, b: 3 }), cat({ b: 2, a: 1 }, 0, false));
    expect(a.keys).toEqual(['a', 'b']);
    expect(arr(a.current)).toEqual([1, 2]);
  });
  it('an inexact side holding no remainder, against a side with values it lacks: the rest of that side is OTHER', () => {
    // The current side (a sketch, exact = false) itemises a and b; the reference's c is then the reference's OTHER.
    const a = alignCategories(cat({ a: 4, b: 3, c: 1 }), cat({ a: 1, b: 2 }, 0, false));
    expect(a.keys).toEqual(['a', 'b', OTHER_BIN]);
    expect(arr(a.reference)).toEqual([4, 3, 1]);
    expect(arr(a.current)).toEqual([1, 2, 0]);
    const b = alignCategories(cat({ a: 1, b: 2 }, 0, false), cat({ a: 4, b: 3, c: 1 }));
    expect(b.keys).toEqual(['a', 'b', OTHER_BIN]);
    expect(arr(b.reference)).toEqual([1, 2, 0]);
    expect(arr(b.current)).toEqual([4, 3, 1]);
  });
  it('exact counts with a remainder are not complete: only their values, the rest OTHER', () => {
    const a = alignCategories(cat({ a: 4, b: 3, c: 1 }), cat({ a: 1, b: 2 }, 3, true));
    expect(a.keys).toEqual(['a', 'b', OTHER_BIN]);
    expect(arr(a.reference)).toEqual([4, 3, 1]);
    expect(arr(a.current)).toEqual([1, 2, 3]);
  });
  it('shares are counts over each side’s n, OTHER included', () => {
    const b = categoryBins(cat({ a: 4, b: 3, c: 3 }), cat({ b: 2, a: 1 }, 5, false));
    expect(b.keys).toEqual(['a', 'b', OTHER_BIN]);
    expect(arr(b.reference)).toEqual([0.4, 0.3, 0.3]);
    expect(arr(b.current)).toEqual([0.125, 0.25, 0.625]);
    expect(b.edges).toBeNull();
  });
});

describe("fillZeroShares: Evidently's feel_zeroes", () => {
  it('empty bins get 1e-4 when the smallest share is above 1e-4', () => {
    expect(arr(fillZeroShares(Float64Array.from([0.5, 0, 0.5])))).toEqual([0.5, 0.0001, 0.5]);
    expect(arr(fillZeroShares(Float64Array.from([0.00011, 0, 0.99989])))).toEqual([0.00011, 0.0001, 0.99989]);
  });
  it('and the smallest share / 1e6 when it is 1e-4 or less', () => {
    expect(arr(fillZeroShares(Float64Array.from([0.0001, 0, 0.9999])))).toEqual([0.0001, 1e-10, 0.9999]);
    expect(arr(fillZeroShares(Float64Array.from([0.99995, 0, 0.00005])))).toEqual([0.99995, 5e-11, 0.00005]);
  });
});
