/**
 * Sharded validation across jobs (`shard: i/n` in a matrix, `profiles:` in the fan-in): every shard
 * read alone, as a matrix job reads it, and the fan-in's report and profile compared with the
 * one-job run on the same data: real files (the example's NOAA weather data, vega-datasets'
 * flights as JSON Lines, CSV and a Parquet file with several row groups written by arrow-rs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Float64, Int32, Utf8, tableFromArrays, tableToIPC, vectorFromArray } from 'apache-arrow';
import { Compression, Table as WasmTable, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm/node';
import { validateData, type ValidateDataResult } from '../../shared/steps/validate-data.js';
import { validateShard, type ValidateShardResult } from '../../shared/steps/validate-shard.js';
import { validateMergedShards, type ValidateMergedResult } from '../../shared/steps/validate-merged-shards.js';
import { parseShardSpec } from '../../shared/data/shard-plan.js';
import type { Profile } from '../../shared/formats/profile-format.js';
import type { ValidationReport } from '../../shared/formats/validation-format.js';
import { exactPart } from './exact-profile-part.js';

const WEATHER = join(process.cwd(), 'examples/weather/data');
const VEGA = join(process.cwd(), 'node_modules/vega-datasets/data');
const dir = mkdtempSync(join(tmpdir(), 'shard-jobs-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}


function expectSameProfile(merged: Profile, one: Profile): void {
  expect(merged.rows).toBe(one.rows);
  expect(merged.sources).toEqual(one.sources);
  expect(merged.column_order).toEqual(one.column_order);
  for (const name of one.column_order) {
    const a = merged.columns[name];
    const b = one.columns[name];
    expect(exactPart(a), name).toEqual(exactPart(b));
    if (b.std !== null) expect(Math.abs((a.std as number) - b.std)).toBeLessThanOrEqual(1e-12 * Math.abs(b.std));
  }
}

let run = 0;
/** Runs all n shards as separate jobs would (each its own output folder) and the fan-in. */
async function shardJobs(data: string, n: number, contract?: string): Promise<{ shards: ValidateShardResult[]; merged: ValidateMergedResult }> {
  const out = join(dir, `run-${++run}`);
  const shards: ValidateShardResult[] = [];
  for (let i = 1; i <= n; i++) {
    // Each job uploads its own folder; the fan-in downloads them side by side.
    shards.push(await validateShard({ data, contract, shard: { index: i, count: n }, profileOut: join(out, `shard-${i}`, `profile-${i}.json`) }));
  }
  // A glob, as after downloading the artifacts: its order (shard-10 before shard-2) is not the shards'.
  const merged = await validateMergedShards({ profiles: [join(out, 'shard-*/profile-*.json')], contract, reportOut: join(out, 'validation.json'), profileOut: join(out, 'profile.json') });
  return { shards, merged };
}

async function oneJob(data: string, contract?: string): Promise<ValidateDataResult> {
  return validateData({ data, contract, parallel: false });
}

/** A shard covers bytes [start, end): the ranges of all shards must tile the file. */
function expectBytesTile(shards: ValidateShardResult[], file: string): void {
  let at = 0;
  for (const s of shards) {
    const [start, end] = s.shard.parts[0].bytes!;
    expect(start).toBe(at);
    at = end;
  }
  expect(at).toBe(statSync(file).size);
}

const weatherContract = write(
  'weather.yaml',
  `version: 1
table:
  rows: { min: 300 }
  unique:
    - [wind, weather]                      # repeats often: duplicates in every shard and across them
    - { columns: [date, weather], severity: warn }
columns:
  date: { type: date, unique: true, max: "2013-06-30" }   # fails only in the second half of the file
  precipitation: { type: number, min: 0, max: { value: 10, mostly: 0.9 } }
  temp_max: { type: number, max: { value: 30, mostly: 0.99, severity: warn } }
  temp_min: { type: number, min: { value: -5, severity: warn } }
  wind: { type: number, max: 6 }
  weather: { type: category, allowed: [drizzle, rain, sun, snow], unique: { value: true, mostly: 0, severity: warn } }
`,
);

describe('shard specs', () => {
  it('parses i/n and rejects what is not a shard of n', () => {
    expect(parseShardSpec('2/8')).toEqual({ index: 2, count: 8 });
    expect(parseShardSpec(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '1.5/3', '-1/3', '']) expect(() => parseShardSpec(bad), bad).toThrow(/shard must be i\/n/);
  });
});

describe('a CSV file in byte-range shards', () => {
  const data = join(WEATHER, 'seattle-2012-2014.csv');
  let one: ValidateDataResult;
  beforeAll(async () => {
    one = await oneJob(data, weatherContract);
    // The contract fails in several ways, so the comparison below compares real tallies.
    expect(one.report.passed).toBe(false);
    expect(one.report.findings.map((f) => `${f.rule}:${f.column ?? f.columns?.join('+')}`).sort()).toEqual(
      expect.arrayContaining(['max:date', 'max:precipitation', 'max:wind', 'unique:weather', 'unique_together:wind+weather']),
    );
  });

  it.each([1, 2, 3, 8])('gives the one-job report and profile in %i shards, unique rules included', async (n) => {
    const { shards, merged } = await shardJobs(data, n, weatherContract);
    expectBytesTile(shards, data);
    // No row twice: the shards' rows add up to the file's.
    expect(shards.reduce((a, s) => a + s.profile.rows, 0)).toBe(one.profile.rows);
    expect(merged.report).toEqual(one.report);
    expectSameProfile(merged.profile, one.profile);
    expect(JSON.parse(readFileSync(merged.reportPath!, 'utf8'))).toEqual(one.report);
  });

  it('finds duplicates that are in different shards, with the one-job samples and first lines', async () => {
    const { merged } = await shardJobs(data, 4, weatherContract);
    const dup = merged.report.findings.find((f) => f.rule === 'unique' && f.column === 'weather')!;
    // weather has 5 values in 1,096 rows: every row but the first of each value is a duplicate.
    expect(dup.failed).toBe(1096);
    expect(dup.samples).toEqual(one.report.findings.find((f) => f.rule === 'unique' && f.column === 'weather')!.samples);
    expect(dup.message).toMatch(/first seen at line \d+/);
    const late = merged.report.findings.find((f) => f.rule === 'max' && f.column === 'date')!;
    expect(late.samples[0].line).toBeGreaterThan(500);
    expect(late.message).toContain(`${data}:${late.samples[0].line}:`);
  });

  it('writes the unique keys next to each shard profile and nothing when the contract has none', async () => {
    const { shards } = await shardJobs(data, 2, weatherContract);
    for (const s of shards) {
      expect(s.keyFiles).toHaveLength(1);
      expect(readdirSync(join(s.profilePath, '..')).sort()).toEqual([s.profilePath.split('/').pop(), s.keyFiles[0].split('/').pop()].sort());
    }
    const noUnique = write('no-unique.yaml', 'version: 1\ncolumns:\n  wind: { type: number, max: 6 }\ntable: { unexpected_columns: allow }\n');
    const plain = await shardJobs(data, 2, noUnique);
    for (const s of plain.shards) {
      expect(s.keyFiles).toEqual([]);
      expect(s.shard.parts[0].unique_keys).toBeNull();
    }
    expect(plain.merged.report).toEqual((await oneJob(data, noUnique)).report);
  });

  it('profiles without a contract the same way', async () => {
    const { merged } = await shardJobs(data, 3);
    const profiled = await oneJob(data);
    expect(merged.report).toEqual(profiled.report);
    expectSameProfile(merged.profile, profiled.profile);
  });
});

describe('vega-datasets flights as JSON Lines, CSV and Parquet', () => {
  const flights = JSON.parse(readFileSync(join(VEGA, 'flights-20k.json'), 'utf8')) as { date: string; delay: number; distance: number; origin: string; destination: string }[];
  const contract = write(
    'flights.yaml',
    `version: 1
columns:
  date: { type: string, pattern: "^2001/0[1-2]/" }
  delay: { type: integer, min: -20, max: { value: 120, mostly: 0.98 } }
  distance: { type: integer, max: 2000 }
  origin: { type: category, allowed: [SEA, LAX, SFO, ORD, ATL, DFW, DEN, PHX, LAS, IAH] }
  destination: { type: string, min_length: 3, max_length: 3 }
table:
  unique: [[date, origin, destination]]
`,
  );
  let jsonl: string;
  let csv: string;
  let parquet: string;
  beforeAll(() => {
    // Records without a delay now and then, and a key that only late records have: both must merge.
    jsonl = write(
      'flights.jsonl',
      flights
        .map((f, i) => {
          const rec: Record<string, unknown> = { ...f };
          if (i % 101 === 0) delete rec.delay;
          if (i > 15_000) rec.late = i % 3 === 0 ? 'x' : i;
          return JSON.stringify(rec);
        })
        .join('\n') + '\n',
    );
    csv = write('flights.csv', ['date,delay,distance,origin,destination', ...flights.map((f) => `${f.date},${f.delay},${f.distance},${f.origin},${f.destination}`)].join('\r\n') + '\r\n');
    const table = tableFromArrays({
      date: vectorFromArray(flights.map((f) => f.date), new Utf8()),
      delay: vectorFromArray(flights.map((f, i) => (i % 97 === 0 ? null : f.delay)), new Int32()),
      distance: vectorFromArray(flights.map((f) => f.distance), new Float64()),
      origin: vectorFromArray(flights.map((f) => f.origin), new Utf8()),
      destination: vectorFromArray(flights.map((f) => f.destination), new Utf8()),
    } as never) as unknown as Parameters<typeof tableToIPC>[0];
    const props = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).setMaxRowGroupSize(2500).build();
    parquet = write('flights.parquet', writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream')), props));
  });

  it.each([
    ['JSON Lines', 4],
    ['JSON Lines', 7],
    ['CSV', 5],
  ])('%s in %i shards gives the one-job result', async (kind, n) => {
    const data = kind === 'CSV' ? csv : jsonl;
    const one = await oneJob(data, contract);
    expect(one.report.findings.length).toBeGreaterThan(3);
    const { shards, merged } = await shardJobs(data, n, contract);
    expectBytesTile(shards, data);
    expect(shards.every((s) => s.profile.rows > 0)).toBe(true);
    expect(merged.report).toEqual(one.report);
    expectSameProfile(merged.profile, one.profile);
    if (kind === 'JSON Lines') expect(merged.profile.column_order).toContain('late');
  });

  it('Parquet in whole row groups: 3 shards, and 11 shards of 8 row groups (three of them empty)', async () => {
    const one = await oneJob(parquet, contract);
    expect(one.report.data.line_kind).toBe('row');
    for (const n of [3, 11]) {
      const { shards, merged } = await shardJobs(parquet, n, contract);
      let at = 0;
      for (const s of shards) {
        const [start, end] = s.shard.parts[0].row_groups!;
        expect(start).toBe(at);
        at = end;
      }
      expect(at).toBe(8);
      expect(shards.filter((s) => s.profile.rows === 0)).toHaveLength(n === 11 ? 3 : 0);
      expect(shards.reduce((a, s) => a + s.profile.rows, 0)).toBe(20_000);
      expect(merged.report).toEqual(one.report);
      expectSameProfile(merged.profile, one.profile);
    }
  }, 60_000);
});

describe('a file list: every n-th file per shard', () => {
  const glob = 'examples/weather/data/*.csv';
  const files = ['new-york-2015.csv', 'seattle-2012-2014.csv', 'seattle-2015.csv'].map((f) => `examples/weather/data/${f}`);

  it.each([1, 2, 3, 5])('gives the one-job run over the list in %i shards', async (n) => {
    const one = await oneJob(glob, weatherContract);
    const { shards, merged } = await shardJobs(glob, n, weatherContract);
    expect(shards.flatMap((s) => s.shard.parts.map((p) => p.file)).sort()).toEqual(files);
    expect(shards[0].shard.parts.map((p) => p.file)).toEqual(files.filter((_, i) => i % n === 0));
    expect(merged.report).toEqual(one.report);
    expectSameProfile(merged.profile, one.profile);
  });

  it('counts as the one-job run on the files concatenated, and places samples in their file', async () => {
    const one = await oneJob(glob, weatherContract);
    const text = files.map((f, i) => readFileSync(f, 'utf8').split('\n').slice(i === 0 ? 0 : 1).join('\n')).join('');
    const concatenated = await oneJob(write('all-weather.csv', text), weatherContract);
    const view = (r: ValidationReport) => ({
      rows: r.data.rows,
      passed: r.passed,
      counts: r.counts,
      findings: r.findings.map((f) => ({ rule: f.rule, column: f.column, columns: f.columns, failed: f.failed, total: f.total, passed: f.passed })),
    });
    expect(view(one.report)).toEqual(view(concatenated.report));
    expect(one.report.data.file).toBe(glob);
    expect(one.profile.sources.map((s) => s.file)).toEqual(files);
    // New York's 2015 rows come first: the date rule's first failure is its line 2.
    const late = one.report.findings.find((f) => f.rule === 'max' && f.column === 'date')!;
    expect(late.samples[0]).toMatchObject({ file: files[0], line: 2 });
    expect(late.message.startsWith(`${files[0]}:2: `)).toBe(true);
    // The date of New York's first row repeats in Seattle 2015: a duplicate across files.
    const dates = one.report.findings.find((f) => f.rule === 'unique' && f.column === 'date')!;
    expect(dates.failed).toBe(2 * 365);
    expect(dates.samples[0]).toMatchObject({ file: files[2], line: 2 });
    expect(dates.message).toContain(`first seen at ${files[0]}:2`);
  });
});

describe('the fan-in refuses shards that are not one complete split', () => {
  const data = join(WEATHER, 'seattle-2015.csv');
  let out: string;
  beforeAll(async () => {
    out = join(dir, 'refuse');
    for (let i = 1; i <= 3; i++) await validateShard({ data, contract: weatherContract, shard: { index: i, count: 3 }, profileOut: join(out, `p${i}.json`) });
  });
  const fanIn = (profiles: string[], contract: string | null = weatherContract) => validateMergedShards({ profiles, contract: contract ?? undefined }).then(() => undefined, (e: Error) => e);

  it('names the missing and the duplicated shard', async () => {
    expect((await fanIn([join(out, 'p1.json'), join(out, 'p3.json')]))?.message).toMatch(/shards 2 of 3 are missing \(got 1, 3\)/);
    const copy = join(out, 'copy');
    mkdirSync(copy, { recursive: true });
    writeFileSync(join(copy, 'p1.json'), readFileSync(join(out, 'p1.json')));
    expect((await fanIn([join(out, 'p*.json'), join(copy, 'p1.json')]))?.message).toMatch(/shard 1\/3 is given twice/);
  });

  it('refuses another contract, no contract, and a shard of other data', async () => {
    const other = write('other.yaml', readFileSync(weatherContract, 'utf8').replace('max: 6', 'max: 7'));
    expect((await fanIn([join(out, 'p*.json')], other))?.message).toMatch(/contract with another content/);
    expect((await fanIn([join(out, 'p*.json')], null))?.message).toMatch(/give the fan-in that contract/);
    const elsewhere = join(dir, 'elsewhere');
    await validateShard({ data: join(WEATHER, 'new-york-2015.csv'), contract: weatherContract, shard: { index: 2, count: 3 }, profileOut: join(elsewhere, 'p2.json') });
    expect((await fanIn([join(out, 'p1.json'), join(elsewhere, 'p2.json'), join(out, 'p3.json')]))?.message).toMatch(/was written for the data/);
  });

  it('refuses a plain profile and a missing or truncated keys file', async () => {
    const plain = join(dir, 'plain.json');
    await validateData({ data, profileOut: plain });
    expect((await fanIn([plain]))?.message).toMatch(/without a shard section.*mlops profile merge/);
    const broken = join(dir, 'broken');
    mkdirSync(broken, { recursive: true });
    for (let i = 1; i <= 3; i++) writeFileSync(join(broken, `p${i}.json`), readFileSync(join(out, `p${i}.json`)));
    writeFileSync(join(broken, 'p1.keys-0.jsonl.gz'), readFileSync(join(out, 'p1.keys-0.jsonl.gz')));
    writeFileSync(join(broken, 'p3.keys-0.jsonl.gz'), readFileSync(join(out, 'p3.keys-0.jsonl.gz')).subarray(0, 20));
    expect((await fanIn([join(broken, 'p*.json')]))?.message).toMatch(/p2\.keys-0\.jsonl\.gz: unique keys: file not found/);
    writeFileSync(join(broken, 'p2.keys-0.jsonl.gz'), readFileSync(join(out, 'p2.keys-0.jsonl.gz')));
    expect((await fanIn([join(broken, 'p*.json')]))?.message).toMatch(/p3\.keys-0\.jsonl\.gz: unique keys: cannot read/);
  });
});

describe('errors in a shard job', () => {
  it('reports a malformed row in a later shard at its line in the file', async () => {
    const rows = ['a,b'];
    for (let i = 1; i <= 3000; i++) rows.push(`${i},"q${i}"`);
    rows[2900] = '2900,x,extra';
    const data = write('ragged.csv', rows.join('\n') + '\n');
    const one = (await oneJob(data).catch((e: Error) => e)) as Error;
    expect(one.message).toMatch(/ragged\.csv:2901:\d+: expected 2 fields, found 3/);
    const shard = (await validateShard({ data, shard: { index: 3, count: 3 }, profileOut: join(dir, 'ragged', 'p.json') }).catch((e: Error) => e)) as Error;
    expect(shard.message).toBe(one.message);
    expect(() => statSync(join(dir, 'ragged', 'p.json'))).toThrow();
  });

  it('says why a cut inside a quoted field that spans lines cannot be sharded', async () => {
    const rows = ['id,text'];
    for (let i = 1; i <= 50; i++) rows.push(`${i},plain`);
    rows.push(`51,"${'a line inside quotes\n'.repeat(400)}end"`);
    for (let i = 52; i <= 60; i++) rows.push(`${i},plain`);
    const data = write('quoted.csv', rows.join('\n') + '\n');
    const errors = [];
    for (const i of [1, 2]) errors.push(await validateShard({ data, shard: { index: i, count: 2 }, profileOut: join(dir, 'quoted', `p${i}.json`) }).then(() => undefined, (e: Error) => e));
    expect(errors[0]?.message).toMatch(/unterminated quoted field \(shard 1\/2 may end inside a quoted field that spans lines/);
  });

  it('refuses to cut a gzip file', async () => {
    const data = write('weather.csv.gz', gzipSync(readFileSync(join(WEATHER, 'seattle-2015.csv'))));
    const e = await validateShard({ data, shard: { index: 1, count: 2 }, profileOut: join(dir, 'gz', 'p.json') }).catch((x: Error) => x);
    expect((e as Error).message).toMatch(/gzip-compressed, so it cannot be cut/);
  });
});
