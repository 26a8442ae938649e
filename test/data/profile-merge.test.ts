import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProfiler, PROFILE_QUANTILES } from '../../shared/data/profile.js';
import { mergeProfiles, readProfile } from '../../shared/data/profile-merge.js';
import { profileSchema, type Profile } from '../../shared/formats/profile-format.js';
import { KLL_RANK_ERROR_K200 } from '../../shared/data/sketch/kll.js';
import { InputError } from '../../shared/runtime/errors.js';
import { parseIsoTimestamp } from '../../shared/data/values.js';
import type { CellValue } from '../../shared/data/cell-value.js';
import { loadDataset, rankError, REFERENCE, shuffled, toBatches, type Table } from '../fixtures/reference/datasets.js';

function profileRows(table: Table, rows: CellValue[][], file: string): Profile {
  const p = createProfiler({ columns: table.columns });
  for (const b of toBatches(table, 64, rows)) p.add(b);
  return p.finish({ file, format: 'csv' });
}

/** Contiguous shards (as a matrix of jobs would read them), profiled separately. */
function shardProfiles(table: Table, shards: number): Profile[] {
  const size = Math.ceil(table.rows.length / shards);
  return Array.from({ length: shards }, (_, i) => profileRows(table, table.rows.slice(i * size, (i + 1) * size), `part-${i}`));
}

function sortedValues(table: Table, name: string, type: string): Float64Array {
  const c = table.columns.indexOf(name);
  const xs: number[] = [];
  for (const r of table.rows) {
    const v = r[c];
    if (v === null || v === undefined || v === '') continue;
    xs.push(type === 'date' ? (parseIsoTimestamp(String(v)) as number) : Number(v));
  }
  return Float64Array.from(xs).sort();
}

function expectSameAsWhole(merged: Profile, whole: Profile, table: Table): void {
  expect(merged.rows).toBe(whole.rows);
  expect(merged.column_order).toEqual(whole.column_order);
  for (const name of whole.column_order) {
    const m = merged.columns[name];
    const w = whole.columns[name];
    expect([m.type, m.count, m.nulls, m.nan, m.inf, m.min, m.max, m.mean, m.type_counts, m.length]).toEqual([w.type, w.count, w.nulls, w.nan, w.inf, w.min, w.max, w.mean, w.type_counts, w.length]);
    if (w.std !== null) expect(Math.abs((m.std as number) / w.std - 1)).toBeLessThanOrEqual(1e-12);
    if (w.distinct.exact) {
      expect(m.distinct).toEqual(w.distinct);
      expect(m.frequent).toEqual(w.frequent);
    } else {
      expect(Math.abs(m.distinct.estimate / w.distinct.estimate - 1)).toBeLessThanOrEqual(6 * 0.008125);
    }
    if (m.quantiles) {
      const sorted = sortedValues(table, name, m.type);
      for (const p of PROFILE_QUANTILES) expect(rankError(sorted, m.quantiles[String(p)], p)).toBeLessThanOrEqual(KLL_RANK_ERROR_K200);
    }
  }
}

describe('merging profiles', () => {
  for (const name of ['seattle-weather.csv', 'cars.json', 'penguins.json']) {
    it(`gives the whole file's counts, min, max and mean exactly for ${name} in 2, 3 and 7 shards, in any order`, () => {
      const table = loadDataset(name);
      const whole = profileRows(table, table.rows, name);
      for (const shards of [2, 3, 7]) {
        const parts = shardProfiles(table, shards);
        for (const seed of [0, 11]) {
          const order = seed === 0 ? parts : shuffled(parts, seed);
          const merged = mergeProfiles(order);
          expect(profileSchema.parse(JSON.parse(JSON.stringify(merged)))).toEqual(merged);
          expect(merged.sources.map((s) => s.rows).reduce((a, b) => a + b, 0)).toBe(REFERENCE.datasets[name].rows);
          expectSameAsWhole(merged, whole, table);
        }
      }
    });
  }

  it('is associative: (a+b)+c and a+(b+c) agree', () => {
    const table = loadDataset('seattle-weather.csv');
    const [a, b, c] = shardProfiles(table, 3);
    const left = mergeProfiles(mergeProfiles(a, b), c);
    const right = mergeProfiles(a, mergeProfiles(b, c));
    expectSameAsWhole(left, right, table);
    expect(left.sources).toEqual(right.sources);
  });

  it('appends columns new in the second profile and counts their absent rows as missing', () => {
    const t1: Table = { columns: ['a'], rows: [[1], [2]] };
    const t2: Table = { columns: ['b', 'a'], rows: [['x', 3]] };
    const m = mergeProfiles(profileRows(t1, t1.rows, 'one'), profileRows(t2, t2.rows, 'two'));
    expect(m.column_order).toEqual(['a', 'b']);
    expect(m.columns.a).toMatchObject({ count: 3, nulls: 0, mean: 2 });
    expect(m.columns.b).toMatchObject({ count: 1, nulls: 2 });
  });

  it('refuses a column whose type differs, naming the column', () => {
    const t1: Table = { columns: ['id'], rows: [['1'], ['2']] };
    const t2: Table = { columns: ['id'], rows: [['a'], ['b']] };
    expect(() => mergeProfiles(profileRows(t1, t1.rows, 'x'), profileRows(t2, t2.rows, 'y'))).toThrow(/column "id" is integer in one profile and string/);
  });

  it('reads a written profile back, and reports bad files as InputError naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-merge-'));
    const table = loadDataset('penguins.json');
    const p = profileRows(table, table.rows, 'penguins.jsonl');
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(p));
    expect(await readProfile(good)).toEqual(p);
    const cases: Array<[string, string, RegExp]> = [
      ['bad.json', '{"schema": ', /bad\.json: not valid JSON/],
      ['other.json', JSON.stringify({ schema: 'mlops-actions/evaluation@1' }), /other\.json: schema is/],
      ['trunc.json', JSON.stringify({ ...p, rows: -1 }), /trunc\.json: invalid profile at rows/],
    ];
    for (const [file, text, re] of cases) {
      writeFileSync(join(dir, file), text);
      const err = await readProfile(join(dir, file)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect(String((err as Error).message)).toMatch(re);
    }
    await expect(readProfile(join(dir, 'missing.json'))).rejects.toThrow(/missing\.json: cannot read profile/);
  });
});
