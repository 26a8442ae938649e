/**
 * Dictionary indices at every bit width the flat-column decoder meets in practice (1 to 16 bits),
 * in bit-packed runs that end anywhere in a page (many small pages), with and without nulls:
 * written by arrow-rs (parquet-wasm) and read back by our decoder and by hyparquet, value by value.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Int64, Utf8, tableFromArrays, tableToIPC, vectorFromArray } from 'apache-arrow';
import { Compression, Table as WasmTable, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm/node';
import { afterAll, describe, expect, it } from 'vitest';
import { parquetReader } from '../../shared/data/parquet.js';
import type { CellValue } from '../../shared/data/cell-value.js';

const dir = mkdtempSync(join(tmpdir(), 'mlops-parquet-widths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(file: string, fastPath: boolean): Promise<{ values: Record<string, CellValue[]>; encoded: Set<string> }> {
  const values: Record<string, CellValue[]> = {};
  const encoded = new Set<string>();
  for await (const b of parquetReader(file, { fastPath }).batches()) {
    b.columns.forEach((c, i) => {
      (values[c] ??= []).push(...b.values[i]);
      if (b.dictionaries?.[i]) encoded.add(c);
    });
  }
  return { values, encoded };
}

describe('dictionary indices of every bit width', () => {
  it.each([1, 2, 3, 5, 7, 8, 9, 12, 15, 16])('reads %i-bit indices as hyparquet does', async (width) => {
    const distinct = 2 ** (width - 1) + 1;
    const rows = Math.max(2 * distinct, 1000) + 13;
    // A deterministic shuffle of the distinct values (an LCG), so that runs are bit-packed.
    let seed = width * 7919;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const n: bigint[] = [];
    const s: (string | null)[] = [];
    for (let r = 0; r < rows; r++) {
      const k = r < distinct ? r : next() % distinct;
      n.push(BigInt(k * 3 - 7));
      s.push(r % 9 === 4 ? null : `v${k}`);
    }
    const table = tableFromArrays({ n: vectorFromArray(n, new Int64()), s: vectorFromArray(s, new Utf8()) } as never) as unknown as Parameters<typeof tableToIPC>[0];
    const props = new WriterPropertiesBuilder()
      .setCompression(Compression.SNAPPY)
      .setDictionaryEnabled(true)
      .setDictionaryPageSizeLimit(1 << 24)
      .setDataPageSizeLimit(700) // many pages: runs end at every offset of a page
      .setMaxRowGroupSize(Math.ceil(rows / 2))
      .build();
    const file = join(dir, `w${width}.parquet`);
    writeFileSync(file, writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream')), props));
    const fast = await readAll(file, true);
    const slow = await readAll(file, false);
    expect(fast.encoded).toEqual(new Set(['n', 's']));
    expect(fast.values.n).toEqual(n.map(Number));
    expect(fast.values.s).toEqual(s);
    expect(fast.values).toEqual(slow.values);
  });
});
