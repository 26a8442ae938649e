/**
 * Parquet written by another implementation (arrow-rs, through the parquet-wasm package) with
 * every common codec, both data page versions, and with and without dictionary encoding, read
 * back by our reader — both our flat-column decoder and hyparquet's generic path — and compared
 * value by value with the data that was written (real rows: vega-datasets' seattle-weather.csv,
 * plus nulls and a 64-bit integer column).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bool, Float64, Int64, TimestampMillisecond, Utf8, makeVector, tableFromArrays, tableToIPC, vectorFromArray } from 'apache-arrow';
import { Compression, Table as WasmTable, WriterPropertiesBuilder, WriterVersion, writeParquet } from 'parquet-wasm/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { parquetReader } from '../../shared/data/parquet.js';
import type { CellValue } from '../../shared/data/cell-value.js';

const CODECS = ['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI', 'LZ4_RAW', 'ZSTD'] as const;

interface Source {
  date: number[];
  precipitation: (number | null)[];
  weather: (string | null)[];
  big: bigint[];
  rainy: boolean[];
}

let dir: string;
let source: Source;
let ipc: Uint8Array;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlops-parquet-codecs-'));
  const lines = readFileSync('node_modules/vega-datasets/data/seattle-weather.csv', 'utf8').trim().split('\n').slice(1);
  const rows = lines.map((l) => l.split(','));
  source = {
    date: rows.map((r) => Date.parse(`${r[0]}T00:00:00Z`)),
    // Every 7th value missing, to exercise definition levels.
    precipitation: rows.map((r, i) => (i % 7 === 3 ? null : Number(r[1]))),
    weather: rows.map((r, i) => (i % 11 === 5 ? null : r[5])),
    // Beyond 2^53 on some rows: must stay exact (bigint) where a double cannot hold it.
    big: rows.map((_, i) => (i % 2 === 0 ? BigInt(i) : 9007199254740993n + BigInt(i))),
    rainy: rows.map((r) => r[5] === 'rain'),
  };
  const table = tableFromArrays({
    date: makeVector({ type: new TimestampMillisecond(), data: BigInt64Array.from(source.date.map(BigInt)) } as never),
    precipitation: vectorFromArray(source.precipitation, new Float64()),
    weather: vectorFromArray(source.weather, new Utf8()),
    big: vectorFromArray(source.big, new Int64()),
    rainy: vectorFromArray(source.rainy, new Bool()),
  } as never) as unknown as Parameters<typeof tableToIPC>[0];
  ipc = tableToIPC(table, 'stream');
});

async function readAll(file: string, fastPath: boolean): Promise<Record<string, CellValue[]>> {
  const reader = parquetReader(file, { fastPath });
  const out: Record<string, CellValue[]> = {};
  for await (const b of reader.batches()) {
    b.columns.forEach((c, i) => (out[c] ??= []).push(...b.values[i]));
  }
  return out;
}

function expectSameData(got: Record<string, CellValue[]>): void {
  expect(got.date.map((d) => (d instanceof Date ? d.getTime() : d))).toEqual(source.date);
  expect(got.precipitation).toEqual(source.precipitation);
  expect(got.weather).toEqual(source.weather);
  // Integers come back as numbers where a double holds them exactly, else as bigint.
  expect(got.big.map((v) => (typeof v === 'bigint' ? v : BigInt(v as number)))).toEqual(source.big);
  expect(got.rainy).toEqual(source.rainy);
}

describe('Parquet files written by arrow-rs with every common codec', () => {
  for (const codec of CODECS) {
    for (const version of ['V1', 'V2'] as const) {
      for (const dictionary of [true, false]) {
        it(`reads ${codec}, data page ${version}, ${dictionary ? 'dictionary' : 'plain'} encoding`, async () => {
          const props = new WriterPropertiesBuilder()
            .setCompression(Compression[codec])
            .setWriterVersion(version === 'V1' ? WriterVersion.V1 : WriterVersion.V2)
            .setDictionaryEnabled(dictionary)
            .setMaxRowGroupSize(500) // several row groups
            .build();
          const file = join(dir, `seattle-${codec}-${version}-${dictionary ? 'dict' : 'plain'}.parquet`);
          writeFileSync(file, writeParquet(WasmTable.fromIPCStream(ipc), props));
          expectSameData(await readAll(file, true));
          expectSameData(await readAll(file, false));
        });
      }
    }
  }
});

describe('dictionary-encoded column chunks handed on as batch dictionaries', () => {
  /** Per batch: every dictionary encodes exactly the batch's cells, distinct values in order of first occurrence. */
  async function dictionaryColumns(file: string): Promise<Set<string>> {
    const encoded = new Set<string>();
    for await (const b of parquetReader(file).batches()) {
      b.dictionaries?.forEach((d, c) => {
        if (d === undefined) return;
        encoded.add(b.columns[c]);
        const key = (v: CellValue) => (v instanceof Date ? `date:${v.getTime()}` : `${typeof v}:${String(v)}`);
        const seen = new Map<string, number>();
        const counts: number[] = [];
        for (let r = 0; r < b.length; r++) {
          const v = b.values[c][r];
          expect(d.values[d.codes[r]]).toBe(v);
          let id = seen.get(key(v));
          if (id === undefined) seen.set(key(v), (id = seen.size));
          counts[id] = (counts[id] ?? 0) + 1;
          expect(d.codes[r]).toBe(id);
        }
        expect(d.size).toBe(seen.size);
        expect(Array.from(d.counts.subarray(0, d.size))).toEqual(counts);
      });
    }
    return encoded;
  }

  it('encodes every dictionary-encoded column (nulls included) and no plain one', async () => {
    const props = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).setDictionaryEnabled(true).setMaxRowGroupSize(500).build();
    const file = join(dir, 'seattle-dict-batches.parquet');
    writeFileSync(file, writeParquet(WasmTable.fromIPCStream(ipc), props));
    // Booleans are never dictionary-encoded by arrow-rs; the INT64 column over 2^53 keeps its
    // bigints as cells (the profiler treats them apart).
    expect([...(await dictionaryColumns(file))].sort()).toEqual(['date', 'precipitation', 'weather']);
    expectSameData(await readAll(file, true));

    const plain = join(dir, 'seattle-plain-batches.parquet');
    writeFileSync(plain, writeParquet(WasmTable.fromIPCStream(ipc), new WriterPropertiesBuilder().setDictionaryEnabled(false).build()));
    expect(await dictionaryColumns(plain)).toEqual(new Set());
  });

  it('reads a chunk whose dictionary filled up part way (later pages PLAIN) as cells', async () => {
    const props = new WriterPropertiesBuilder()
      .setCompression(Compression.ZSTD)
      .setDictionaryEnabled(true)
      .setDictionaryPageSizeLimit(64) // 8 dates, then the writer falls back to PLAIN pages
      .setDataPageSizeLimit(256)
      .build();
    const file = join(dir, 'seattle-dict-fallback.parquet');
    writeFileSync(file, writeParquet(WasmTable.fromIPCStream(ipc), props));
    expectSameData(await readAll(file, true));
    // 1,461 distinct days: the date chunk left its dictionary after the first pages.
    expect((await dictionaryColumns(file)).has('date')).toBe(false);
  });
});
