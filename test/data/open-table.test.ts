import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTable } from '../../shared/data/open-table.js';
import type { TableReader } from '../../shared/data/table.js';
import type { CellValue } from '../../shared/data/cell-value.js';
import { InputError, UsageError } from '../../shared/runtime/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'open-table-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function rows(reader: TableReader): Promise<CellValue[][]> {
  const out: CellValue[][] = [];
  for await (const b of reader.batches()) for (let r = 0; r < b.length; r++) out.push(b.values.map((c) => c[r]));
  return out;
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: Error) => e,
  );
}

describe('openTable', () => {
  it('chooses the reader by extension', async () => {
    const csv = await openTable(write('a.csv', 'x,y\n1,2\n'));
    expect([csv.format, await rows(csv)]).toEqual(['csv', [['1', '2']]]);
    const tsv = await openTable(write('a.tsv', 'x\ty\n1,5\t2\n'));
    expect([tsv.format, await tsv.columns(), await rows(tsv)]).toEqual(['csv', ['x', 'y'], [['1,5', '2']]]);
    for (const ext of ['jsonl', 'ndjson']) {
      const j = await openTable(write(`a.${ext}`, '{"x":1}\n'));
      expect([j.format, await rows(j)]).toEqual(['jsonl', [[1]]]);
    }
    const pq = await openTable('test/fixtures/readers/pandas-simple-snappy.parquet');
    expect([pq.format, pq.hasLines]).toEqual(['parquet', false]);
    const upper = await openTable(write('B.CSV', 'x\n1\n'));
    expect(upper.format).toBe('csv');
  });

  it('decompresses .gz text files as a stream, at any read size', async () => {
    const text = 'x,y\n' + Array.from({ length: 5000 }, (_, i) => `${i},"v\n${i}"`).join('\n') + '\n';
    const gz = write('big.csv.gz', gzipSync(text));
    const all = await rows(await openTable(gz));
    expect(all.length).toBe(5000);
    expect(all[4999]).toEqual(['4999', 'v\n4999']);
    expect(await rows(await openTable(gz, { chunkSize: 7 }))).toEqual(all);
    const tsvGz = await openTable(write('a.tsv.gz', gzipSync('x\ty\n1\t2\n')));
    expect(await rows(tsvGz)).toEqual([['1', '2']]);
    const jsonlGz = await openTable(write('a.jsonl.gz', gzipSync('{"x":1}\n{"x":2}\n')));
    expect(await rows(jsonlGz)).toEqual([[1], [2]]);
  });

  it('says a .gz file that is not gzip cannot be decompressed', async () => {
    const reader = await openTable(write('bad.csv.gz', 'x,y\n1,2\n'));
    const e = await rejection(rows(reader));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/bad\.csv\.gz: cannot decompress/);
  });

  it('lets options.format override the extension', async () => {
    const r = await openTable(write('data.txt', 'x;y\n1;2\n'), { format: 'csv', delimiter: ';' });
    expect(await rows(r)).toEqual([['1', '2']]);
  });

  it('says a missing file is not found, with the path and a hint', async () => {
    const e = await rejection(openTable(join(dir, 'nope.csv')));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/nope\.csv: file not found \(check the path/);
  });

  it('refuses a directory', async () => {
    const d = join(dir, 'folder.csv');
    mkdirSync(d);
    const e = await rejection(openTable(d));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/folder\.csv: is a directory/);
  });

  it('lists the supported extensions for an unknown one', async () => {
    const e = await rejection(openTable(write('data.xlsx', 'x')));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toMatch(/supported extensions: \.csv, \.tsv, \.jsonl, \.ndjson, \.parquet/);
    const pgz = await rejection(openTable(write('d.parquet.gz', 'x')));
    expect(pgz).toBeInstanceOf(UsageError);
  });
});
