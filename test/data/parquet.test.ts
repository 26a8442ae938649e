import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, openSync, readSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetRead, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetReader, parquetRowCount } from '../../shared/data/parquet.js';
import type { RecordBatch } from '../../shared/data/table.js';
import type { CellValue } from '../../shared/data/cell-value.js';
import { InputError } from '../../shared/runtime/errors.js';

const FLIGHTS = 'node_modules/vega-datasets/data/flights-3m.parquet';
const SIMPLE = 'test/fixtures/readers/pandas-simple-snappy.parquet';
const dir = mkdtempSync(join(tmpdir(), 'parquet-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function expectInputError(file: string, pattern: RegExp) {
  const reader = parquetReader(file);
  const err = await (async () => {
    for await (const _ of reader.batches());
  })().then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  expect((err as InputError).message).toMatch(pattern);
  expect((err as InputError).hint).toBeTruthy();
}

describe('parquetReader', () => {
  it('reads a pyarrow-written SNAPPY file (pandas test data)', async () => {
    const reader = parquetReader(SIMPLE);
    expect(reader.hasLines).toBe(false);
    expect(await reader.columns()).toEqual(['A', 'B']);
    const batches: RecordBatch[] = [];
    for await (const b of reader.batches()) batches.push(b);
    expect(batches).toHaveLength(1);
    // INT64 cells are numbers when a double holds them exactly.
    expect(batches[0].values).toEqual([
      [1, 2, 3],
      ['foo', 'foo', 'foo'],
    ]);
    expect([...batches[0].lines]).toEqual([1, 2, 3]);
  });

  it('streams all 3,000,000 rows of flights-3m.parquet (ZSTD) in bounded batches, matching hyparquet row reads', async () => {
    const reader = parquetReader(FLIGHTS);
    expect(await reader.columns()).toEqual(['date', 'delay', 'distance', 'origin', 'destination']);
    expect(await parquetRowCount(FLIGHTS)).toBe(3_000_000);

    // Row ranges to compare with hyparquet's row-oriented reader: the start, across the first
    // row-group boundary (272,727 rows per group), and the end.
    const ranges: [number, number][] = [
      [0, 20],
      [272_720, 272_740],
      [2_999_990, 3_000_000],
    ];
    const picked = new Map<number, CellValue[]>();
    // Whole row groups (first and last) to compare column by column with hyparquet's columnar read.
    const groups: [number, number][] = [
      [0, 272_727],
      [2_727_270, 3_000_000],
    ];
    const groupCells = groups.map(() => [[], [], [], [], []] as CellValue[][]);
    let rows = 0;
    let maxBatch = 0;
    let totalDistance = 0;
    for await (const b of reader.batches()) {
      expect(b.rowOffset).toBe(rows);
      expect(b.lines[0]).toBe(rows + 1);
      expect(b.values.every((col) => col.length === b.length)).toBe(true);
      maxBatch = Math.max(maxBatch, b.length);
      const distance = b.values[2] as number[];
      for (let i = 0; i < b.length; i++) totalDistance += distance[i];
      groups.forEach(([s, e], g) => {
        if (rows >= s && rows < e) b.values.forEach((col, c) => groupCells[g][c].push(...col));
      });
      for (const [s, e] of ranges) {
        for (let r = Math.max(s, rows); r < Math.min(e, rows + b.length); r++) {
          picked.set(r, b.values.map((col) => col[r - rows]));
        }
      }
      rows += b.length;
    }
    expect(rows).toBe(3_000_000);
    expect(maxBatch).toBe(65_536);
    expect(totalDistance).toBeGreaterThan(0);

    // Known first row (also in vega-datasets' flights-*.json samples: LAS -> PHL, 2176 miles).
    expect(picked.get(0)).toEqual([new Date('2001-01-01T00:01:00Z'), 33, 2176, 'LAS', 'PHL']);

    // pyarrow is not installed on this machine, so the reference is hyparquet's own row reader.
    const file = await asyncBufferFromFile(FLIGHTS);
    for (const [rowStart, rowEnd] of ranges) {
      const ref = await parquetReadObjects({ file, compressors, rowStart, rowEnd });
      const ours = ref.map((_, i) => picked.get(rowStart + i));
      expect(ours).toEqual(ref.map((o) => [o.date, Number(o.delay), Number(o.distance), o.origin, o.destination]));
    }
    const names = ['date', 'delay', 'distance', 'origin', 'destination'];
    for (const [g, [rowStart, rowEnd]] of groups.entries()) {
      const ref: unknown[][] = [[], [], [], [], []];
      await parquetRead({
        file,
        compressors,
        rowStart,
        rowEnd,
        onChunk(chunk) {
          const c = names.indexOf(chunk.columnName);
          for (const v of Array.from(chunk.columnData)) ref[c].push(typeof v === 'bigint' ? Number(v) : v);
        },
      });
      for (let c = 0; c < 5; c++) {
        const got = groupCells[g][c];
        expect(got.length).toBe(rowEnd - rowStart);
        expect(ref[c].length).toBe(rowEnd - rowStart);
        // A plain loop (a deep toEqual over 1.4M cells is slow); show the first difference.
        const key = (v: unknown) => (v instanceof Date ? `D${v.getTime()}` : `${typeof v}:${String(v)}`);
        const bad = got.findIndex((v, i) => key(v) !== key(ref[c][i]));
        expect(bad === -1 ? null : { column: names[c], row: rowStart + bad, got: got[bad], want: ref[c][bad] }).toBeNull();
      }
    }
  });

  it('reads the same cells through hyparquet alone (fastPath: false)', async () => {
    const cells = async (fastPath: boolean) => {
      const out: CellValue[][][] = [];
      for await (const b of parquetReader(SIMPLE, { fastPath }).batches()) out.push(b.values);
      return out;
    };
    expect(await cells(false)).toEqual(await cells(true));
    expect((await cells(false))[0][0]).toEqual([1, 2, 3]);
  });

  it('cuts batches at batchRows', async () => {
    const sizes: number[] = [];
    for await (const b of parquetReader(SIMPLE, { batchRows: 2 }).batches()) sizes.push(b.length);
    expect(sizes).toEqual([2, 1]);
  });

  it('says a file that is not Parquet is not Parquet', async () => {
    const csv = join(dir, 'fake.parquet');
    writeFileSync(csv, 'a,b\n1,2\n'.repeat(10));
    await expectInputError(csv, /fake\.parquet: not a readable Parquet file/);
    const empty = join(dir, 'empty.parquet');
    writeFileSync(empty, '');
    await expectInputError(empty, /empty\.parquet: not a readable Parquet file/);
  });

  it('says a truncated Parquet file is not readable', async () => {
    const buf = Buffer.alloc(100_000);
    const fd = openSync(FLIGHTS, 'r');
    readSync(fd, buf, 0, buf.length, 0);
    closeSync(fd);
    const cut = join(dir, 'cut.parquet');
    writeFileSync(cut, buf);
    await expectInputError(cut, /cut\.parquet: not a readable Parquet file/);
  });
});
