/**
 * Dictionary-encoded DATE and TIMESTAMP columns keep their values as epoch milliseconds
 * (ColumnDictionary.times) instead of a Date per dictionary entry (issue 18). Files written by
 * arrow-rs (parquet-wasm) with milli-, micro- and nanosecond timestamps (nanoseconds past 2^53, and
 * several a millisecond apart that become one value), days, nulls, Dates a Date cannot hold, and a
 * dictionary that falls back to PLAIN pages part way: every cell equals hyparquet's reading of the
 * same file, and the profile and report equal the ones made from hyparquet's Dates.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateDay, TimestampMicrosecond, TimestampMillisecond, TimestampNanosecond, makeVector, tableFromArrays, tableToIPC } from 'apache-arrow';
import { Compression, Table as WasmTable, WriterPropertiesBuilder, WriterVersion, writeParquet } from 'parquet-wasm/node';
import { afterAll, describe, expect, it } from 'vitest';
import type { CellValue } from '../../shared/data/cell-value.js';
import { parseContract } from '../../shared/data/contract.js';
import { parquetReader } from '../../shared/data/parquet.js';
import { scanTable } from '../../shared/data/scan-table.js';

const dir = mkdtempSync(join(tmpdir(), 'mlops-parquet-timestamps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const n = 4_000;
const NULL_EVERY = 17;
/** 2024-03-10T12:00:00Z in ms: nanoseconds from it are past 2^53. */
const BASE_MS = 1_710_072_000_000;

/** Column values in their unit as bigints (null: missing). */
function column(value: (i: number) => bigint): (bigint | null)[] {
  return Array.from({ length: n }, (_, i) => (i % NULL_EVERY === 5 ? null : value(i)));
}

const columns = {
  // ~200 distinct, before and after 1970.
  ms: { type: new TimestampMillisecond(), values: column((i) => BigInt(((i * 7919) % 199) - 100) * 3_600_017n) },
  // Sub-millisecond parts, negative ones too: truncated to the millisecond toward zero.
  us: { type: new TimestampMicrosecond(), values: column((i) => BigInt(((i * 104_729) % 211) - 105) * 1_537n) },
  // Past 2^53 (read through BigInt), four nanosecond values per millisecond (one Date each).
  ns: { type: new TimestampNanosecond(), values: column((i) => BigInt(BASE_MS) * 1_000_000n + BigInt((i * 31) % 97) * 250_000n) },
  days: { type: new DateDay(), values: column((i) => BigInt(((i * 13) % 157) - 60)) },
  // Milliseconds beyond what a Date holds (±8.64e15): invalid Dates, each its own value.
  huge: { type: new TimestampMillisecond(), values: column((i) => (i % 3 === 0 ? 9_000_000_000_000_000n + BigInt(i % 5) : BigInt(i % 7) * 1000n)) },
  // Mostly distinct: the dictionary outgrows its page limit and the writer goes on in PLAIN pages.
  wide: { type: new TimestampMillisecond(), values: column((i) => BigInt(BASE_MS + i * 1001)) },
};

function table(): Parameters<typeof tableToIPC>[0] {
  const vectors: Record<string, unknown> = {};
  for (const [name, c] of Object.entries(columns)) {
    const valid = c.values.map((v) => v !== null);
    const data = c.type instanceof DateDay ? Int32Array.from(c.values, (v) => Number(v ?? 0n)) : BigInt64Array.from(c.values, (v) => v ?? 0n);
    const nullBitmap = new Uint8Array(Math.ceil(n / 8));
    valid.forEach((ok, i) => ok && (nullBitmap[i >> 3] |= 1 << (i & 7)));
    vectors[name] = makeVector({ type: c.type, data, nullBitmap, nullCount: valid.filter((v) => !v).length } as never);
  }
  return tableFromArrays(vectors as never) as unknown as Parameters<typeof tableToIPC>[0];
}

function write(name: string, version: WriterVersion): string {
  const file = join(dir, name);
  const props = new WriterPropertiesBuilder()
    .setCompression(Compression.ZSTD)
    .setWriterVersion(version)
    .setMaxRowGroupSize(1500)
    .setDictionaryPageSizeLimit(2048)
    .setDataPageSizeLimit(1024)
    .build();
  writeFileSync(file, writeParquet(WasmTable.fromIPCStream(tableToIPC(table(), 'stream')), props));
  return file;
}

const files = { V1: write('v1.parquet', WriterVersion.V1), V2: write('v2.parquet', WriterVersion.V2) };

/** Epoch ms of a cell (NaN: an invalid Date), null kept; anything else is a failure. */
function ms(v: CellValue): number | null {
  if (v === null) return null;
  if (!(v instanceof Date)) throw new Error(`not a Date: ${String(v)}`);
  return v.getTime();
}

async function readAll(file: string, fastPath: boolean) {
  const cells: Record<string, (number | null)[]> = {};
  /** Columns some batch of which kept its timestamps as milliseconds. */
  const asMs = new Set<string>();
  for await (const b of parquetReader(file, { fastPath, batchRows: 700 }).batches()) {
    // Before any cell is read: reading a batch's cells builds every column's Dates.
    b.columns.forEach((c, i) => b.dictionaries?.[i]?.times && asMs.add(c));
    b.columns.forEach((c, i) => (cells[c] ??= []).push(...b.values[i].map(ms)));
  }
  return { cells, asMs };
}

const contract = parseContract(
  `version: 1
columns:
  ms: { type: timestamp, nullable: true, min: "1970-01-01T00:00:00Z" }
  us: { type: timestamp, max: "1970-01-01T00:00:00.1Z" }
  days: { type: date, nullable: true, max: "1970-03-01" }
  ns: { type: timestamp, nullable: true, unique: true }
`,
  'contract.yaml',
);

async function scan(file: string, options: { fastPath: boolean; reuseBuffers?: boolean }) {
  const reader = parquetReader(file, { ...options, batchRows: 700 });
  const { profile, validator, rows } = await scanTable(reader, { file, columns: await reader.columns(), contract });
  const report = validator!.finish();
  // Rules that fail on some rows, so failing samples are read too.
  expect(report.findings.map((f) => `${f.column}.${f.rule}`).sort(), 'failing rules').toEqual(['days.max', 'huge.unexpected_columns', 'ms.min', 'ns.unique', 'us.max', 'us.nullable', 'wide.unexpected_columns']);
  return JSON.stringify({ profile, report, rows });
}

/** What a Date of `value` in `unit`s per ms holds: truncated toward zero, NaN past ±8.64e15. */
function expectedMs(value: bigint | null, perMs: bigint): number | null {
  if (value === null) return null;
  const t = Number(value / perMs);
  return Math.abs(t) <= 8.64e15 ? t : NaN;
}

describe.each(Object.entries(files))('dictionary-encoded timestamps, %s data pages', (_, file) => {
  it('reads every cell as hyparquet does, and as the values written', async () => {
    const fast = await readAll(file, true);
    const slow = await readAll(file, false);
    for (const name of Object.keys(columns)) expect(fast.cells[name], name).toEqual(slow.cells[name]);
    expect(fast.cells.ms).toEqual(columns.ms.values.map((v) => expectedMs(v, 1n)));
    expect(fast.cells.us).toEqual(columns.us.values.map((v) => expectedMs(v, 1000n)));
    expect(fast.cells.ns).toEqual(columns.ns.values.map((v) => expectedMs(v, 1_000_000n)));
    expect(fast.cells.days).toEqual(columns.days.values.map((v) => (v === null ? null : Number(v) * 86_400_000)));
    expect(fast.cells.huge).toEqual(columns.huge.values.map((v) => expectedMs(v, 1n)));
    // The new path is the one taken: valid timestamps stay milliseconds, invalid ones are Dates.
    expect([...fast.asMs].sort()).toEqual(['days', 'ms', 'ns', 'us']);
  });

  it('profiles and validates exactly as from hyparquet’s Dates, with and without reused buffers', async () => {
    const reference = await scan(file, { fastPath: false });
    expect(await scan(file, { fastPath: true })).toBe(reference);
    expect(await scan(file, { fastPath: true, reuseBuffers: true })).toBe(reference);
  });
});
