/**
 * collectColumns: the cell semantics (missing, non-numeric, categories) must be the same whichever
 * reader a batch came from: CSV batches arrive dictionary-encoded, JSON Lines, Parquet and HTTP
 * batches as plain cells.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTable } from '../../../shared/data/open-table.js';
import type { RecordBatch } from '../../../shared/data/table.js';
import type { CellValue } from '../../../shared/data/cell-value.js';
import { collectColumns, type CategoricalColumn, type NumericColumn } from '../../../shared/drift/sources/collect-columns.js';
import { InputError } from '../../../shared/runtime/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'mlops-collect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CELLS = ['1.5', 'NA', '', 'abc', 'inf', 'NaN', '-2', '1e3', 'null', '1.5'];

function batch(columns: string[], values: CellValue[][]): RecordBatch {
  const length = values[0]!.length;
  return { columns, values, length, lines: Array.from({ length }, (_, i) => i + 2), rowOffset: 0 };
}

describe('collectColumns', () => {
  it('keeps finite numbers and counts missing and non-numeric cells, from CSV (dictionary-encoded) and plain batches alike', async () => {
    const file = join(dir, 'cells.csv');
    writeFileSync(file, `x,y\n${CELLS.map((c, i) => `${c},${i}`).join('\n')}\n`);
    const reader = await openTable(file);
    const fromCsv = await collectColumns(reader.batches(), [{ name: 'x', kind: 'numeric' }]);
    const fromCells = await collectColumns([batch(['x'], [[...CELLS]])], [{ name: 'x', kind: 'numeric' }]);
    for (const got of [fromCsv, fromCells]) {
      const x = got.columns.get('x') as NumericColumn;
      expect([...x.values].sort((a, b) => a - b)).toEqual([-2, 1.5, 1.5, 1000]);
      // missing: NA, "", NaN, null; non-numeric: abc, inf
      expect([x.missing, x.nonNumeric, got.rows]).toEqual([4, 2, 10]);
    }
  });

  it('reads JSON numbers, bigints, booleans and dates by type', async () => {
    const got = await collectColumns([batch(['x'], [[3, 10n, true, new Date(0), null, undefined, NaN, Infinity, -0]])], [{ name: 'x', kind: 'numeric' }]);
    const x = got.columns.get('x') as NumericColumn;
    expect([...x.values]).toEqual([3, 10, -0]);
    expect([x.missing, x.nonNumeric]).toEqual([3, 3]);
  });

  it('counts categories by text, numbers by their shortest form, missing cells apart', async () => {
    const got = await collectColumns(
      [batch(['c'], [['rain', 'sun', 'rain', 'NA', null, 1, 1.0, 2.5, -0, NaN, true, '']]), batch(['c'], [['sun', 'fog']])],
      [{ name: 'c', kind: 'categorical' }],
    );
    const c = got.columns.get('c') as CategoricalColumn;
    expect(Object.fromEntries(c.counts)).toEqual({ rain: 2, sun: 2, fog: 1, '1': 2, '2.5': 1, '0': 1, true: 1 });
    expect(c.missing).toBe(4);
  });

  it('grows past its first buffer and across many batches', async () => {
    const n = 100_000;
    const batches: RecordBatch[] = [];
    for (let start = 0; start < n; start += 4096) {
      const len = Math.min(4096, n - start);
      batches.push(batch(['v'], [Array.from({ length: len }, (_, i) => start + i)]));
    }
    const got = await collectColumns(batches, [{ name: 'v', kind: 'numeric' }]);
    const v = (got.columns.get('v') as NumericColumn).values;
    expect(v.length).toBe(n);
    expect(v[0]).toBe(0);
    expect(v[n - 1]).toBe(n - 1);
    expect(v.reduce((a, b) => a + b, 0)).toBe((n * (n - 1)) / 2);
  });

  it('ignores extra columns and names a missing one with the source', async () => {
    const got = await collectColumns([batch(['a', 'extra'], [[1], ['x']])], [{ name: 'a', kind: 'numeric' }]);
    expect([...got.columns.keys()]).toEqual(['a']);
    const e = await collectColumns([batch(['a'], [[1]])], [{ name: 'b', kind: 'numeric' }], { name: 'http source https://api.example.com/rows' }).then(
      () => undefined,
      (err: unknown) => err as InputError,
    );
    expect(e).toBeInstanceOf(InputError);
    expect(e!.message).toMatch(/^http source https:\/\/api\.example\.com\/rows: column "b" is missing: the reference has it, this source does not \(its columns: a\)/);
  });

  it('says nothing about the columns of a source without rows', async () => {
    const got = await collectColumns([], [{ name: 'b', kind: 'categorical' }]);
    expect(got.rows).toBe(0);
    expect((got.columns.get('b') as CategoricalColumn).counts.size).toBe(0);
  });
});
