/**
 * Files sources over the weather example's real data (examples/weather/data): globs, gzip copies,
 * Parquet written by arrow-rs (parquet-wasm), JSON Lines; and the ways file evidence breaks: a
 * pattern that matches nothing, a file without a reference column, empty files. Expected values
 * come from splitting the CSV text directly, not from our readers.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Float64, Utf8, tableFromArrays, tableToIPC, vectorFromArray } from 'apache-arrow';
import { Compression, Table as WasmTable, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm/node';
import { afterAll, describe, expect, it } from 'vitest';
import { readCurrentData } from '../../../shared/drift/sources/read-sources.js';
import { parseSources } from '../../../shared/drift/sources/source-config.js';
import type { CategoricalColumn, NumericColumn, WantedColumn } from '../../../shared/drift/sources/collect-columns.js';
import { InputError, type MlopsError } from '../../../shared/runtime/errors.js';

const DATA = 'examples/weather/data';
const dir = mkdtempSync(join(tmpdir(), 'mlops-drift-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function table(file: string): { header: string[]; rows: string[][] } {
  const [h, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  return { header: h!.split(','), rows: lines.map((l) => l.split(',')) };
}
function column(files: string[], name: string): string[] {
  return files.flatMap((f) => {
    const t = table(f);
    const c = t.header.indexOf(name);
    return t.rows.map((r) => r[c]!);
  });
}
function sorted(values: Iterable<number>): number[] {
  return [...values].sort((a, b) => a - b);
}
function counts(values: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return new Map([...m].sort());
}

const WANTED: WantedColumn[] = [
  { name: 'temp_max', kind: 'numeric' },
  { name: 'wind', kind: 'numeric' },
  { name: 'weather', kind: 'categorical' },
];

function read(sources: unknown[], wanted = WANTED, cwd?: string) {
  return readCurrentData(parseSources(sources, 'test'), wanted, { env: {}, cwd });
}

async function failure(p: Promise<unknown>): Promise<MlopsError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(Error);
  return e as MlopsError;
}

describe('files sources', () => {
  it('expands a glob and pools every matched file', async () => {
    const files = [`${DATA}/seattle-2012-2014.csv`, `${DATA}/seattle-2015.csv`];
    const current = await read([{ files: `${DATA}/seattle-*.csv` }]);
    expect(current.rows).toBe(1096 + 365);
    expect(current.sources).toEqual([{ kind: 'file', name: `${DATA}/seattle-*.csv`, rows: 1461, files }]);
    const temp = current.columns.get('temp_max') as NumericColumn;
    expect(sorted(temp.values)).toEqual(sorted(column(files, 'temp_max').map(Number)));
    expect([temp.missing, temp.nonNumeric]).toEqual([0, 0]);
    const weather = current.columns.get('weather') as CategoricalColumn;
    expect(new Map([...weather.counts].sort())).toEqual(counts(column(files, 'weather')));
    expect(current.metrics.size).toBe(0);
    expect(current.window).toEqual({ from: null, to: null });
  });

  it('reads gzip-compressed copies the same as the plain files, relative to cwd', async () => {
    const gz = join(dir, 'gz');
    mkdirSync(join(gz, 'prod'), { recursive: true });
    for (const f of ['seattle-2015', 'new-york-2015']) writeFileSync(join(gz, 'prod', `${f}.csv.gz`), gzipSync(readFileSync(`${DATA}/${f}.csv`)));
    const current = await read([{ files: ['prod/*.csv.gz'] }], WANTED, gz);
    expect(current.sources[0]!.files).toEqual(['prod/new-york-2015.csv.gz', 'prod/seattle-2015.csv.gz']);
    const plain = [`${DATA}/new-york-2015.csv`, `${DATA}/seattle-2015.csv`];
    expect(sorted((current.columns.get('wind') as NumericColumn).values)).toEqual(sorted(column(plain, 'wind').map(Number)));
    expect(new Map([...(current.columns.get('weather') as CategoricalColumn).counts].sort())).toEqual(counts(column(plain, 'weather')));
  });

  it('reads Parquet written by arrow-rs, with its nulls as missing values', async () => {
    const src = table(`${DATA}/new-york-2015.csv`);
    const temp = src.rows.map((r, i) => (i % 10 === 0 ? null : Number(r[src.header.indexOf('temp_max')])));
    const weather = src.rows.map((r) => r[src.header.indexOf('weather')]!);
    const wind = src.rows.map((r) => Number(r[src.header.indexOf('wind')]));
    const arrow = tableFromArrays({
      temp_max: vectorFromArray(temp, new Float64()),
      wind: vectorFromArray(wind, new Float64()),
      weather: vectorFromArray(weather, new Utf8()),
    } as never) as unknown as Parameters<typeof tableToIPC>[0];
    const props = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).setMaxRowGroupSize(100).build();
    const file = join(dir, 'new-york.parquet');
    writeFileSync(file, writeParquet(WasmTable.fromIPCStream(tableToIPC(arrow, 'stream')), props));

    const current = await read([{ files: file }]);
    const t = current.columns.get('temp_max') as NumericColumn;
    expect(t.missing).toBe(37);
    expect(sorted(t.values)).toEqual(sorted(temp.filter((x): x is number => x !== null)));
    expect(sorted((current.columns.get('wind') as NumericColumn).values)).toEqual(sorted(wind));
    expect(new Map([...(current.columns.get('weather') as CategoricalColumn).counts].sort())).toEqual(counts(weather));
  });

  it('counts rows before a JSON Lines column first appears as missing', async () => {
    const file = join(dir, 'late.jsonl');
    writeFileSync(file, ['{"a": 1}', '{"a": 2}', '{"a": 3, "b": "x"}', '{"a": "NA", "b": null}', '{"a": "abc", "b": 7}'].join('\n'));
    const current = await read([{ files: file }], [
      { name: 'a', kind: 'numeric' },
      { name: 'b', kind: 'categorical' },
    ]);
    const a = current.columns.get('a') as NumericColumn;
    expect([[...a.values], a.missing, a.nonNumeric]).toEqual([[1, 2, 3], 1, 1]);
    const b = current.columns.get('b') as CategoricalColumn;
    expect([[...b.counts], b.missing]).toEqual([[['x', 1], ['7', 1]], 3]);
  });

  it('reads a delimiter and a format that the extension does not tell', async () => {
    const file = join(dir, 'export.dat');
    writeFileSync(file, readFileSync(`${DATA}/seattle-2015.csv`, 'utf8').replace(/,/g, ';'));
    const current = await read([{ files: file, delimiter: ';' }]);
    expect(current.rows).toBe(365);
    expect(sorted((current.columns.get('temp_max') as NumericColumn).values)).toEqual(sorted(column([`${DATA}/seattle-2015.csv`], 'temp_max').map(Number)));
  });

  it('fails when a pattern matches no file, naming the pattern', async () => {
    const e = await failure(read([{ files: [`${DATA}/seattle-*.csv`, 'prod/2025-*.csv.gz'] }]));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toBe(
      `files source "${DATA}/seattle-*.csv, prod/2025-*.csv.gz": no file matches "prod/2025-*.csv.gz" (relative to ${process.cwd()}) (check the pattern and that the production data was written there; * matches within a folder, ** across folders)`,
    );
  });

  it('fails when a named file does not exist', async () => {
    const e = await failure(read([{ files: `${DATA}/missing.csv` }]));
    expect(e.message).toMatch(/^examples\/weather\/data\/missing\.csv: file not found/);
  });

  it('fails on a file without a reference column, naming the file and suggesting the close name', async () => {
    const e = await failure(
      read([{ files: `${DATA}/*.csv` }], [
        { name: 'temp_maximum', kind: 'numeric' },
        { name: 'humidity', kind: 'numeric' },
        { name: 'weather', kind: 'categorical' },
      ]),
    );
    expect(e).toBeInstanceOf(InputError);
    expect(e.location).toEqual({ file: `${DATA}/new-york-2015.csv` });
    expect(e.message).toBe(
      `${DATA}/new-york-2015.csv: columns "temp_maximum", "humidity" are missing: the reference has them, this source does not (its columns: date, precipitation, temp_max, temp_min, wind, weather) (did you mean "temp_max" for "temp_maximum"? the current data must have the columns the reference was profiled with: rename them in the data, or leave them out of the drift check)`,
    );
  });

  it('fails when every file is empty instead of finding no drift', async () => {
    writeFileSync(join(dir, 'empty-1.csv'), 'date,temp_max,wind,weather\n');
    writeFileSync(join(dir, 'empty-2.csv'), 'date,temp_max,wind,weather\n');
    const e = await failure(read([{ files: 'empty-*.csv' }], WANTED, dir));
    expect(e.message).toBe('the current data is empty: 0 rows from file empty-*.csv (2 files) (no data is not "no drift": check that production data for the window was written where the sources point)');
  });

  it('reads no columns when none are wanted, and still counts rows', async () => {
    const current = await read([{ files: `${DATA}/new-york-2015.csv` }], []);
    expect(current.rows).toBe(365);
    expect(current.columns.size).toBe(0);
  });
});
