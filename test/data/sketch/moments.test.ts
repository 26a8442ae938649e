import { describe, expect, it } from 'vitest';
import { addToPartials, addWeightedToMoments, exactSum, Moments, roundPartials } from '../../../shared/data/sketch/moments.js';
import { loadCsv, REFERENCE, shuffled } from '../../fixtures/reference/datasets.js';

describe('exact sum (Shewchuk partials, as Python math.fsum)', () => {
  it('matches math.fsum on cancelling and non-associative sequences', () => {
    // Values from CPython's test_math.testFsum.
    expect(exactSum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])).toBe(1e-100);
    expect(exactSum(Array(10).fill(0.1))).toBe(1.0);
    expect(exactSum([2.0 ** 53, -0.5, -(2.0 ** -54)])).toBe(2.0 ** 53 - 1.0);
    expect(exactSum([2.0 ** 53, 1.0, 2.0 ** -100])).toBe(2.0 ** 53 + 2.0);
    expect(exactSum([1.7976931348623157e308, -1.7976931348623157e308, 1])).toBe(1);
  });

  it('gives the same bits whatever the order', () => {
    const xs = loadCsv('seattle-weather.csv').rows.map((r) => Number(r[1]) * 1.1 + 1e-7);
    const want = exactSum(xs);
    for (const seed of [1, 2, 3, 4]) expect(exactSum(shuffled(xs, seed))).toBe(want);
    const p: number[] = [];
    for (const x of xs.slice(0, 700)) addToPartials(p, x);
    const q: number[] = [];
    for (const x of xs.slice(700)) addToPartials(q, x);
    for (const x of q) addToPartials(p, x);
    expect(roundPartials(p)).toBe(want);
  });
});

describe('moments', () => {
  it('matches pandas mean and std (ddof=1) on seattle-weather.csv', () => {
    const t = loadCsv('seattle-weather.csv');
    const ref = REFERENCE.datasets['seattle-weather.csv'].columns;
    for (const name of ['precipitation', 'temp_max', 'temp_min', 'wind']) {
      const c = t.columns.indexOf(name);
      const m = new Moments();
      for (const r of t.rows) m.add(Number(r[c]));
      expect(m.meanValue()).toBeCloseTo(ref[name].mean as number, 12);
      expect(Math.abs((m.std() as number) / (ref[name].std as number) - 1)).toBeLessThan(1e-12);
    }
  });

  it('adds weighted values exactly (v·w summed without rounding) and merges like one pass', () => {
    const values = Float64Array.from([0.1, 0.7, 1e16 + 2, -3.3, 2.5]);
    const weights = Float64Array.from([3, 7, 5, 1, 1_000_001]);
    const m = new Moments();
    addWeightedToMoments(m, values, weights, values.length);
    const flat: number[] = [];
    values.forEach((v, i) => {
      for (let k = 0; k < weights[i]; k++) flat.push(v);
    });
    expect(m.sum()).toBe(exactSum(flat));
    const one = new Moments();
    for (const x of flat) one.add(x);
    expect(m.n).toBe(one.n);
    expect(Math.abs((m.std() as number) / (one.std() as number) - 1)).toBeLessThan(1e-12);
    const r = Moments.fromState(JSON.parse(JSON.stringify(m.toState())));
    expect(r.meanValue()).toBe(m.meanValue());
  });
});
