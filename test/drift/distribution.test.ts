/**
 * The two shapes the statistics take, and how they are built from raw values and from a profile.
 */
import { describe, expect, it } from 'vitest';
import { createProfiler } from '../../shared/data/profile.js';
import type { RecordBatch } from '../../shared/data/table.js';
import {
  categoricalFromNumeric,
  categoricalFromProfile,
  categoryKey,
  distributionFromProfile,
  numericFromKll,
  numericFromValues,
  numericStd,
  sortFloat64,
  type NumericDistribution,
} from '../../shared/drift/distribution.js';
import { InputError } from '../../shared/runtime/errors.js';

function batchOf(columns: string[], rows: unknown[][]): RecordBatch {
  return {
    columns,
    values: columns.map((_, c) => rows.map((r) => r[c] as never)),
    length: rows.length,
    lines: rows.map((_, i) => i + 2),
    rowOffset: 0,
  };
}

describe('sortFloat64', () => {
  it('sorts like TypedArray.prototype.sort, negatives, -0, infinities and duplicates included', () => {
    let seed = 12345;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (const n of [10, 5000, 100_000]) {
      const a = Float64Array.from({ length: n }, (_, i) =>
        i % 97 === 0 ? -0 : i % 89 === 0 ? 0 : i % 83 === 0 ? -Infinity : i % 79 === 0 ? Infinity : i % 3 === 0 ? Math.round(rnd() * 50) - 25 : (rnd() - 0.4) * 10 ** Math.floor(rnd() * 12 - 6),
      );
      const expected = a.slice().sort();
      const actual = sortFloat64(a);
      expect(actual).toBe(a);
      for (let i = 0; i < n; i++) if (!Object.is(actual[i], expected[i])) throw new Error(`n=${n} index ${i}: ${actual[i]} vs ${expected[i]}`);
    }
  });
});

describe('numericFromValues', () => {
  it('sorts in place and counts every value once', () => {
    const v = Float64Array.from([3, 1, 2, 1]);
    const d = numericFromValues(v);
    expect(d).toEqual({ kind: 'numeric', values: Float64Array.from([1, 1, 2, 3]), weights: null, n: 4, exact: true });
    expect(d.values).toBe(v);
    expect(numericStd(d)).toBeCloseTo(Math.sqrt(0.6875), 15); // numpy.std([3, 1, 2, 1])
  });

  it('refuses NaN and infinities, which the caller must leave out', () => {
    expect(() => numericFromValues(Float64Array.from([1, NaN]))).toThrow(InputError);
    expect(() => numericFromValues(Float64Array.from([Infinity, 1]))).toThrow(/exclude NaN and ±Infinity/);
  });
});

describe('categoryKey', () => {
  it("keys values the way the profiler keys its frequent items, so the two sides' categories meet", () => {
    const columns = ['n', 's', 'b'];
    const rows = [
      ['1', 'a', 'true'],
      ['1.0', 'a', 'false'],
      ['-0', 'B', 'true'],
      ['2.50', 'a', 'true'],
      ['1e3', ' a', 'false'],
    ];
    const profiler = createProfiler({ columns });
    profiler.add(batchOf(columns, rows));
    const profile = profiler.finish({ file: 't.csv', format: 'csv' });
    const keys = (c: string) => [...categoricalFromProfile(profile.columns[c]).counts.keys()].sort();
    // The current side reads numbers as numbers (CSV text parsed, or JSON/Parquet values).
    expect(keys('n')).toEqual([...new Set([1, 1.0, -0, 2.5, 1000].map(categoryKey))].sort());
    expect(keys('s')).toEqual([...new Set(['a', 'B', ' a'].map(categoryKey))].sort());
    expect(keys('b')).toEqual([true, false].map(categoryKey).sort());
    expect(categoricalFromProfile(profile.columns.n).counts.get('1')).toBe(2);
  });
});

describe('distributions from a profile', () => {
  const columns = ['x', 'c'];
  const rows: unknown[][] = [];
  for (let i = 0; i < 150; i++) rows.push([String((i * 37) % 101), i % 3 === 0 ? 'red' : 'blue']);
  rows.push(['NaN', 'red'], ['inf', 'blue']);
  const profiler = createProfiler({ columns });
  profiler.add(batchOf(columns, rows));
  const profile = profiler.finish({ file: 't.csv', format: 'csv' });

  it('reads a KLL sketch that never compacted as the exact sample, with the exact std', () => {
    const d = distributionFromProfile(profile.columns.x) as NumericDistribution;
    const raw = numericFromValues(Float64Array.from(rows.slice(0, 150), (r) => Number(r[0])));
    expect(d.exact).toBe(true);
    expect(d.n).toBe(150);
    let k = 0;
    for (let i = 0; i < d.values.length; i++) for (let w = 0; w < d.weights![i]; w++) expect(d.values[i]).toBe(raw.values[k++]);
    expect(k).toBe(150);
    expect(numericStd(d)).toBeCloseTo(numericStd(raw), 12);
    expect(d.min).toBe(0);
    expect(d.max).toBe(100);
  });

  it('leaves NaN and infinities out of a numeric column counted by value', () => {
    const cats = categoricalFromProfile(profile.columns.x);
    expect(cats.exact).toBe(true);
    expect(cats.n).toBe(150);
    expect(cats.counts.has('NaN')).toBe(false);
    expect(cats.counts.has('Infinity')).toBe(false);
    expect(categoricalFromNumeric(numericFromValues(Float64Array.from(rows.slice(0, 150), (r) => Number(r[0])))).counts).toEqual(cats.counts);
  });

  it('reads a text column as counts of its values', () => {
    const d = distributionFromProfile(profile.columns.c);
    expect(d).toEqual({ kind: 'categorical', counts: new Map([['blue', 101], ['red', 51]]), other: 0, n: 152, exact: true });
  });

  it('keeps the weights of a compacted sketch summing to n', () => {
    const big = createProfiler({ columns: ['x'] });
    for (let b = 0; b < 20; b++) big.add(batchOf(['x'], Array.from({ length: 1000 }, (_, i) => [String(Math.sin(b * 1000 + i) * 100)])));
    const kll = big.finish({ file: 'big.csv', format: 'csv' }).columns.x.sketches.kll;
    const d = numericFromKll(kll);
    expect(d.exact).toBe(false);
    expect(d.n).toBe(20000);
    expect(d.weights!.reduce((a, b) => a + b, 0)).toBe(20000);
    expect(d.values.length).toBeLessThan(1000);
    for (let i = 1; i < d.values.length; i++) expect(d.values[i]).toBeGreaterThan(d.values[i - 1]);
  });
});
