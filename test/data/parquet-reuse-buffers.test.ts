/**
 * validate reads Parquet with `reuseBuffers`: each column's codes and the batches' line numbers are
 * written into the same arrays row group after row group, and V2 pages' levels and values are joined
 * in one buffer (parquet.ts). The file here is written by another implementation (parquet-wasm, the Rust
 * parquet crate): ZSTD, row groups of 2,500 rows and a shorter last one, dictionary columns with
 * nulls. The profile and the report must be those of a read with fresh arrays, and every batch's
 * cells those of hyparquet's own reader (fastPath: false).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Float64, Int32, Utf8, tableFromArrays, tableToIPC, vectorFromArray } from 'apache-arrow';
import { Compression, Table as WasmTable, WriterPropertiesBuilder, WriterVersion, writeParquet } from 'parquet-wasm/node';
import { parquetReader } from '../../shared/data/parquet.js';
import { scanTable } from '../../shared/data/scan-table.js';
import { parseContract } from '../../shared/data/contract.js';

const dir = mkdtempSync(join(tmpdir(), 'parquet-reuse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const n = 11_311;
const origins = ['SEA', 'SFO', 'JFK', 'ORD', 'ATL', 'LAX', 'DEN'];
const v1 = join(dir, 'flights-v1.parquet');
/** The same rows in V2 data pages (levels stored apart from the compressed values). */
const v2 = join(dir, 'flights-v2.parquet');
const table = tableFromArrays({
  origin: vectorFromArray(Array.from({ length: n }, (_, i) => (i % 53 === 0 ? null : origins[(i * 7) % origins.length])), new Utf8()),
  delay: vectorFromArray(Array.from({ length: n }, (_, i) => (i % 41 === 0 ? null : ((i * 37) % 400) - 60)), new Int32()),
  distance: vectorFromArray(Array.from({ length: n }, (_, i) => 100 + ((i * 13) % 2900) / 4), new Float64()),
  tail: vectorFromArray(Array.from({ length: n }, (_, i) => `N${(i * 7919) % 6000}`), new Utf8()),
} as never) as unknown as Parameters<typeof tableToIPC>[0];
const props = (version: WriterVersion) => new WriterPropertiesBuilder().setCompression(Compression.ZSTD).setMaxRowGroupSize(2500).setWriterVersion(version).build();
writeFileSync(v1, writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream')), props(WriterVersion.V1)));
writeFileSync(v2, writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream')), props(WriterVersion.V2)));

const contract = parseContract(
  `version: 1
columns:
  origin: { type: string, allowed: [SEA, SFO, JFK, ORD, ATL, LAX] }
  delay: { type: integer, min: -50, nullable: true }
  distance: { type: number, max: 800 }
  tail: { type: string, pattern: '^N[0-9]+$' }
`,
  'contract.yaml',
);

async function scan(file: string, reuseBuffers: boolean) {
  const reader = parquetReader(file, { reuseBuffers, batchRows: 1000 });
  const columns = await reader.columns();
  const { profile, validator, rows } = await scanTable(reader, { file, columns, contract });
  return { profile, report: validator!.finish(), rows };
}

describe.each([
  ['V1', v1],
  ['V2', v2],
])('Parquet with reuseBuffers, %s data pages', (_, file) => {
  it('profiles and validates exactly as with fresh arrays', async () => {
    const fresh = await scan(file, false);
    const reused = await scan(file, true);
    expect(reused.rows).toBe(n);
    expect(reused.profile).toEqual(fresh.profile);
    expect(reused.report).toEqual(fresh.report);
    expect(reused.report.findings.length).toBeGreaterThan(2);
  });

  it('hands out each batch’s cells and line numbers as hyparquet reads them, batch by batch', async () => {
    const want: unknown[][][] = [];
    const wantLines: number[][] = [];
    for await (const b of parquetReader(file, { fastPath: false, batchRows: 1000 }).batches()) {
      want.push(b.values.map((c) => [...c]));
      wantLines.push(Array.from(b.lines));
    }
    let k = 0;
    for await (const b of parquetReader(file, { reuseBuffers: true, batchRows: 1000 }).batches()) {
      expect(b.values.map((c) => [...c]), `batch ${k}`).toEqual(want[k]);
      expect(Array.from(b.lines)).toEqual(wantLines[k]);
      k++;
    }
    expect(k).toBe(want.length);
  });
});
