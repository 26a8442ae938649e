import { describe, expect, it } from 'vitest';
import { createProfiler, inferColumnType, PROFILE_QUANTILES } from '../../shared/data/profile.js';
import { profileSchema, type ColumnProfile, type Profile } from '../../shared/formats/profile-format.js';
import { KLL_RANK_ERROR_K200 } from '../../shared/data/sketch/kll.js';
import { parseIsoTimestamp } from '../../shared/data/values.js';
import type { RecordBatch } from '../../shared/data/table.js';
import { ColumnDictionary } from '../../shared/data/column-dictionary.js';
import { loadDataset, rankError, REFERENCE, toBatches, type RefColumn, type Table } from '../fixtures/reference/datasets.js';

const DATASETS = ['seattle-weather.csv', 'cars.json', 'penguins.json', 'flights-20k.json'] as const;

export function profileOf(name: string, table: Table, batchRows = 100): Profile {
  const p = createProfiler({ columns: table.columns });
  for (const b of toBatches(table, batchRows)) p.add(b);
  return p.finish({ file: name, format: name.endsWith('.csv') ? 'csv' : 'jsonl' });
}

/** Exact sorted numeric (dates: epoch ms) values of a column, from the raw data. */
function sortedColumn(table: Table, name: string, kind: RefColumn['kind']): Float64Array {
  const c = table.columns.indexOf(name);
  const xs: number[] = [];
  for (const r of table.rows) {
    const v = r[c];
    if (v === null || v === undefined || v === '') continue;
    xs.push(kind === 'date' ? (parseIsoTimestamp(String(v)) as number) : Number(v));
  }
  return Float64Array.from(xs).sort();
}

function relClose(a: number | null, b: number, tol: number): void {
  expect(a).not.toBeNull();
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(tol * Math.max(Math.abs(b), 1e-300));
}

function checkAgainstReference(col: ColumnProfile, ref: RefColumn, sorted: Float64Array | null, rows: number): void {
  expect(col.count).toBe(ref.count);
  expect(col.nulls).toBe(ref.nulls);
  expect(col.count + col.nulls).toBe(rows);
  expect(col.min).toBe(ref.min);
  expect(col.max).toBe(ref.max);
  const top = new Map(ref.top);
  if (ref.nunique <= 1024) {
    expect(col.distinct).toEqual({ estimate: ref.nunique, exact: true });
    expect(col.frequent_exact).toBe(true);
    for (const f of col.frequent) expect([f.value, f.count]).toEqual([f.value, top.get(f.value)]);
  } else {
    // More distinct values than the frequent-items capacity: HLL estimate within 3σ (0.81% each).
    expect(col.distinct.exact).toBe(false);
    expect(Math.abs(col.distinct.estimate / ref.nunique - 1)).toBeLessThanOrEqual(3 * 0.008125);
    const offset = col.sketches.frequent.offset;
    for (const f of col.frequent) {
      expect(top.get(f.value)).toBeGreaterThanOrEqual(f.count);
      expect(top.get(f.value)).toBeLessThanOrEqual(f.count + offset);
    }
  }
  expect(col.frequent.length).toBe(Math.min(20, ref.nunique));
  if (ref.kind === 'string') {
    expect(col.mean).toBeNull();
    expect(col.quantiles).toBeNull();
    expect(col.length?.min).toBe(ref.length?.min);
    expect(col.length?.max).toBe(ref.length?.max);
    relClose(col.length?.mean ?? null, ref.length?.mean as number, 1e-12);
    return;
  }
  relClose(col.mean, ref.mean as number, 1e-12);
  relClose(col.std, ref.std as number, 1e-12);
  for (const p of PROFILE_QUANTILES) {
    const q = col.quantiles?.[String(p)] as number;
    expect(rankError(sorted as Float64Array, q, p)).toBeLessThanOrEqual(KLL_RANK_ERROR_K200);
  }
  const h = col.histogram as { edges: number[]; counts: number[] };
  const rh = ref.histogram as { edges: number[]; counts: number[] };
  expect(h.edges).toEqual(rh.edges);
  expect(h.counts.reduce((a, b) => a + b, 0)).toBe(ref.count);
  h.counts.forEach((c, i) => expect(Math.abs(c - rh.counts[i])).toBeLessThanOrEqual(2 * KLL_RANK_ERROR_K200 * ref.count));
}

describe('column profile', () => {
  for (const name of DATASETS) {
    it(`matches pandas/numpy on ${name} (counts, nulls, min, max, mean, std, quantile ranks, nunique, value counts)`, () => {
      const table = loadDataset(name);
      const ref = REFERENCE.datasets[name];
      const profile = profileOf(name, table);
      expect(profileSchema.parse(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
      expect(profile.rows).toBe(ref.rows);
      expect(profile.column_order).toEqual(table.columns);
      for (const [colName, refCol] of Object.entries(ref.columns)) {
        const sorted = refCol.kind === 'string' ? null : sortedColumn(table, colName, refCol.kind);
        checkAgainstReference(profile.columns[colName], refCol, sorted, ref.rows);
      }
    });
  }

  it('infers types from the values (integer, number, date, string)', () => {
    const types = (name: string) => Object.fromEntries(Object.entries(profileOf(name, loadDataset(name)).columns).map(([k, c]) => [k, c.type]));
    expect(types('seattle-weather.csv')).toEqual({ date: 'date', precipitation: 'number', temp_max: 'number', temp_min: 'number', wind: 'number', weather: 'string' });
    expect(types('cars.json')).toMatchObject({ Name: 'string', Cylinders: 'integer', Horsepower: 'integer', Acceleration: 'number', Year: 'date', Origin: 'string' });
    expect(types('penguins.json')).toMatchObject({ Species: 'string', 'Flipper Length (mm)': 'integer', 'Beak Length (mm)': 'number', Sex: 'string' });
    expect(inferColumnType({ integer: 95, number: 0, boolean: 0, date: 0, timestamp: 0, string: 5 })).toBe('integer');
    expect(inferColumnType({ integer: 80, number: 0, boolean: 0, date: 0, timestamp: 0, string: 20 })).toBe('string');
    expect(inferColumnType({ integer: 0, number: 0, boolean: 0, date: 3, timestamp: 1, string: 0 })).toBe('timestamp');
    expect(inferColumnType({ integer: 0, number: 0, boolean: 0, date: 0, timestamp: 0, string: 0 })).toBe('string');
  });

  it('does not depend on the batch size', () => {
    const table = loadDataset('penguins.json');
    const a = profileOf('p', table, 1);
    const b = profileOf('p', table, 1000);
    for (const c of table.columns) {
      const x = a.columns[c];
      const y = b.columns[c];
      expect([x.count, x.nulls, x.min, x.max, x.mean, x.distinct, x.frequent, x.type_counts]).toEqual([y.count, y.nulls, y.min, y.max, y.mean, y.distinct, y.frequent, y.type_counts]);
    }
  });

  it('holds a wide table\'s short batches and folds them column by column into the same profile (FOLD_GROUP_ROWS)', () => {
    // 20,000 columns named (frequent-items capacity 64, so mostly distinct columns purge), 80 fed,
    // as a worker of a column split does; batches of 40 rows, 9 of them: 8 are held and folded
    // together, the last one at finish. Reference: the same cells without dictionaries of their
    // own, which the profiler folds batch by batch.
    const names = Array.from({ length: 20_000 }, (_, c) => `c${c}`);
    const fed = names.slice(0, 80);
    let s = 12345;
    const next = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
    const words = ['alpha', 'beta', 'gamma', 'delta', '', 'NaN', 'inf'];
    const batches: RecordBatch[] = [];
    for (let b = 0, offset = 0; b < 9; b++, offset += 40) {
      const values = fed.map((_, c) =>
        Array.from({ length: 40 }, () => {
          const x = next() >>> 8;
          return c % 4 === 0 ? String(x % 1000) : c % 4 === 1 ? ((x % 100_000) / 100).toFixed(2) : c % 4 === 2 ? words[x % words.length] : x % 5 === 0 ? '-0' : String((x % 300) / 8);
        }),
      );
      batches.push({ columns: fed, values, length: 40, lines: Array.from({ length: 40 }, (_, r) => offset + r + 2), rowOffset: offset });
    }
    const grouped = createProfiler({ columns: names });
    const single = createProfiler({ columns: names });
    for (const b of batches) {
      const dictionaries = b.values.map((col) => {
        const d = new ColumnDictionary();
        d.encode(col, b.length);
        return d;
      });
      grouped.add({ ...b, dictionaries });
      single.add(b);
    }
    const a = grouped.finish({ file: 'w', format: 'csv' });
    const b = single.finish({ file: 'w', format: 'csv' });
    expect(a.columns.c1.frequent_exact).toBe(false);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('counts NaN and ±inf apart, treats "1" and "1.0" as one value, and null tokens as missing', () => {
    const values = ['1', '1.0', 'NaN', 'inf', '-Infinity', '2.5', 'NA', '', '3'];
    const batch: RecordBatch = { columns: ['x'], values: [values], length: values.length, lines: [], rowOffset: 0 };
    const p = createProfiler({ columns: ['x'] });
    p.add(batch);
    const c = p.finish({ file: 'x.csv', format: 'csv' }).columns.x;
    expect(c).toMatchObject({ type: 'number', count: 7, nulls: 2, nan: 1, inf: 2, min: 1, max: 3, mean: 7.5 / 4 });
    // "1.0" has no fractional part: an integer (values.ts), like "1" and "3".
    expect(c.type_counts).toEqual({ integer: 3, number: 4, boolean: 0, date: 0, timestamp: 0, string: 0 });
    expect(c.frequent).toEqual([
      { value: '1', count: 2 },
      { value: '-Infinity', count: 1 },
      { value: '2.5', count: 1 },
      { value: '3', count: 1 },
      { value: 'Infinity', count: 1 },
      { value: 'NaN', count: 1 },
    ]);
    expect(c.distinct).toEqual({ estimate: 6, exact: true });
    expect(c.length).toEqual({ min: 1, max: 9, mean: (1 + 3 + 3 + 3 + 9 + 3 + 1) / 7 });
  });

  it('counts rows before a column first appears (JSON Lines) as missing', () => {
    const p = createProfiler({ columns: ['a'] });
    const cols1 = ['a'];
    p.add({ columns: cols1, values: [[1, 2, 3]], length: 3, lines: [1, 2, 3], rowOffset: 0 });
    const cols2 = ['a', 'b'];
    p.add({ columns: cols2, values: [[4, null], ['x', 'y']], length: 2, lines: [4, 5], rowOffset: 3 });
    p.add({ columns: cols1, values: [[5]], length: 1, lines: [6], rowOffset: 5 });
    const prof = p.finish({ file: 'x.jsonl', format: 'jsonl' });
    expect(prof.column_order).toEqual(['a', 'b']);
    expect(prof.rows).toBe(6);
    expect(prof.columns.a).toMatchObject({ count: 5, nulls: 1, type: 'integer', mean: 3 });
    expect(prof.columns.b).toMatchObject({ count: 2, nulls: 4, type: 'string', min: 'x', max: 'y' });
    expect(prof.sources).toEqual([{ file: 'x.jsonl', format: 'jsonl', rows: 6 }]);
  });

  it("merges a Date's or boolean's text with the same string in one batch, and keeps typed Dates apart", () => {
    const when = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6));
    const iso = when.toISOString();
    const p = createProfiler({ columns: ['a', 'b'] });
    p.add({ columns: ['a', 'b'], values: [[true, 'true', false, 'x'], [when, iso, new Date(when.getTime() + 1), null]], length: 4, lines: [1, 2, 3, 4], rowOffset: 0 });
    // A column of Dates only (Parquet): distinct milliseconds, distinct texts, nothing to merge.
    p.add({ columns: ['a', 'b'], values: [[true, true, null, null], [when, new Date(when.getTime() + 1), new Date(when.getTime() + 2), when]], length: 4, lines: [5, 6, 7, 8], rowOffset: 4 });
    const c = p.finish({ file: 'x.jsonl', format: 'jsonl' }).columns;
    expect(c.a.frequent).toEqual([
      { value: 'true', count: 4 },
      { value: 'false', count: 1 },
      { value: 'x', count: 1 },
    ]);
    expect(c.b.frequent[0]).toEqual({ value: iso, count: 4 });
    expect(c.b.frequent.reduce((a, f) => a + f.count, 0)).toBe(7);
    expect(c.b.frequent).toHaveLength(3);
  });

  it('uses declared types and timestamp formats; dates are ISO text with epoch-ms moments', () => {
    const p = createProfiler({ columns: ['when', 'code'], types: { when: 'timestamp', code: 'category' }, timestampFormats: { when: '%d/%m/%Y %H:%M' } });
    p.add({ columns: ['when', 'code'], values: [['03/01/2024 10:00', '01/01/2024 00:00', '02/01/2024 12:30'], ['01', '1', '01']], length: 3, lines: [2, 3, 4], rowOffset: 0 });
    const c = p.finish({ file: 'x.csv', format: 'csv' }).columns;
    expect(c.when).toMatchObject({ type: 'timestamp', min: '2024-01-01T00:00:00.000Z', max: '2024-01-03T10:00:00.000Z' });
    expect(c.when.mean).toBe((Date.UTC(2024, 0, 3, 10) + Date.UTC(2024, 0, 1) + Date.UTC(2024, 0, 2, 12, 30)) / 3);
    expect(c.when.type_counts.timestamp).toBe(3);
    // Declared category: values stay text ("01" and "1" differ).
    expect(c.code).toMatchObject({ type: 'category', distinct: { estimate: 2, exact: true }, min: '01', max: '1', mean: null });
  });

  it('profiles JSON, Parquet-like values: booleans, bigints and Dates', () => {
    const p = createProfiler({ columns: ['b', 'n', 'd'] });
    p.add({
      columns: ['b', 'n', 'd'],
      values: [
        [true, false, true],
        [1n, 2n, 10n ** 20n],
        [new Date(Date.UTC(2020, 0, 1)), new Date(Date.UTC(2020, 0, 2)), null],
      ],
      length: 3,
      lines: [1, 2, 3],
      rowOffset: 0,
    });
    const c = p.finish({ file: 'x.parquet', format: 'parquet' }).columns;
    expect(c.b).toMatchObject({ type: 'boolean', count: 3, frequent: [{ value: 'true', count: 2 }, { value: 'false', count: 1 }] });
    expect(c.n.type_counts).toMatchObject({ integer: 2, number: 1 });
    expect(c.d).toMatchObject({ type: 'date', count: 2, nulls: 1, min: '2020-01-01', max: '2020-01-02' });
  });
});
