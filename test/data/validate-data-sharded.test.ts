import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateData, type ValidateDataOptions, type ValidateDataResult } from '../../shared/steps/validate-data.js';
import type { Profile } from '../../shared/formats/profile-format.js';
import { exactPart } from './exact-profile-part.js';

const DATA = join(process.cwd(), 'node_modules/vega-datasets/data');
const dir = mkdtempSync(join(tmpdir(), 'sharded-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}


function expectSameProfile(sharded: Profile, sequential: Profile): void {
  expect(sharded.rows).toBe(sequential.rows);
  expect(sharded.sources).toEqual(sequential.sources);
  expect(sharded.column_order).toEqual(sequential.column_order);
  for (const name of sequential.column_order) {
    const a = sharded.columns[name];
    const b = sequential.columns[name];
    expect(exactPart(a), name).toEqual(exactPart(b));
    // std is exact up to rounding (the merge combines per-shard M2).
    if (a.std !== null) expect(Math.abs((a.std as number) - (b.std as number))).toBeLessThanOrEqual(1e-12 * Math.abs(b.std as number));
  }
}

async function both(options: ValidateDataOptions, workers: number): Promise<{ sharded: ValidateDataResult; sequential: ValidateDataResult }> {
  const sharded = await validateData({ ...options, parallel: { workers, minBytes: 0, minRows: 0 } });
  const sequential = await validateData({ ...options, parallel: false });
  expect(sequential.sharding).toBeUndefined();
  return { sharded, sequential };
}

const weatherContract = write(
  'weather.yaml',
  `version: 1
columns:
  date: { type: date, max: "2014-06-30" }
  precipitation: { type: number, max: 10 }
  temp_max: { type: number, min: 0, max: { value: 30, mostly: 0.99 } }
  temp_min: { type: number }
  wind: { type: number, max: 8 }
  weather: { type: category, allowed: [sun, rain, fog] }
`,
);

describe('validateData on shards in worker threads', () => {
  it.each([2, 3, 4])('gives the sequential report and profile for seattle-weather.csv in %i shards', async (n) => {
    const data = join(DATA, 'seattle-weather.csv');
    const { sharded, sequential } = await both({ data, contract: weatherContract }, n);
    expect(sharded.sharding).toEqual({ shards: n });
    expect(sharded.report).toEqual(sequential.report);
    expectSameProfile(sharded.profile, sequential.profile);
    // The date rule fails only in the second half of the file: its samples come from later shards.
    const late = sharded.report.findings.find((f) => f.rule === 'max' && f.column === 'date')!;
    expect(late.samples[0].line).toBe(sequential.report.findings.find((f) => f.rule === 'max' && f.column === 'date')!.samples[0].line);
    expect(late.samples[0].line).toBeGreaterThan(900);
  });

  it('profiles without a contract (inferred types) the same way', async () => {
    const { sharded, sequential } = await both({ data: join(DATA, 'seattle-weather.csv') }, 3);
    expect(sharded.sharding).toEqual({ shards: 3 });
    expect(sharded.report).toEqual(sequential.report);
    expectSameProfile(sharded.profile, sequential.profile);
  });

  it('gives the sequential result for JSON Lines whose keys appear late, with blank and CRLF lines', async () => {
    const flights = JSON.parse(readFileSync(join(DATA, 'flights-10k.json'), 'utf8')) as Record<string, unknown>[];
    const lines = flights.map((f, i) => {
      const rec: Record<string, unknown> = { ...f };
      if (i % 97 === 0) delete rec.delay;
      if (i > 7000) rec.late = i % 3 === 0 ? 'x' : i; // a key first seen in the last shard
      return JSON.stringify(rec) + (i % 50 === 0 ? '\r\n\n' : '\n');
    });
    const data = write('flights.jsonl', lines.join(''));
    const contract = write(
      'flights.yaml',
      `version: 1
columns:
  date: { type: string, pattern: "^2001/01/0[1-5]" }
  delay: { type: integer, min: -20, max: 100 }
  distance: { type: integer, max: 1000 }
  origin: { type: string, min_length: 3, max_length: 3 }
  destination: { type: string }
table: { unexpected_columns: warn }
`,
    );
    const { sharded, sequential } = await both({ data, contract }, 3);
    expect(sharded.sharding).toEqual({ shards: 3 });
    expect(sharded.report).toEqual(sequential.report);
    expectSameProfile(sharded.profile, sequential.profile);
    expect(sharded.profile.column_order).toContain('late');
  });

  it('shards flights-3m.parquet by row groups and merges to the sequential result', async () => {
    const data = join(DATA, 'flights-3m.parquet');
    const contract = write(
      'flights3m.yaml',
      `version: 1
columns:
  date: { type: timestamp, min: "2001-01-01T00:00:00Z", max: "2001-03-31T23:59:59Z" }
  delay: { type: integer, min: -200, max: { value: 1500, mostly: 0.999 } }
  distance: { type: integer, min: 0, max: 5000 }
  origin: { type: string, pattern: "^[A-Z]{3}$" }
  destination: { type: string, pattern: "^[A-Z]{3}$", min_length: 3, max_length: 3 }
`,
    );
    const { sharded, sequential } = await both({ data, contract }, 3);
    expect(sharded.sharding).toEqual({ shards: 3 });
    expect(sharded.report).toEqual(sequential.report);
    expectSameProfile(sharded.profile, sequential.profile);
    // Rows after March are in later row groups: their row numbers are absolute.
    expect(sharded.report.findings.find((f) => f.rule === 'max' && f.column === 'date')!.samples[0].line).toBeGreaterThan(500_000);
  }, 120_000);

  it('splits flights-3m.parquet by columns (first part in this thread) into exactly the sequential report and profile', async () => {
    const data = join(DATA, 'flights-3m.parquet');
    const contract = write(
      'flights3m-columns.yaml',
      `version: 1
columns:
  date: { type: timestamp, min: "2001-01-01T00:00:00Z", max: "2001-03-31T23:59:59Z" }
  delay: { type: integer, min: -200, max: { value: 1500, mostly: 0.999 } }
  distance: { type: integer, min: 0, max: 5000 }
  origin: { type: string, pattern: "^[A-Z]{3}$" }
  destination: { type: string, pattern: "^[A-Z]{3}$", min_length: 3, max_length: 3 }
  missing: { type: string }
`,
    );
    const split = await validateData({ data, contract, parallel: { workers: 2, columnSplitMinRows: 0 } });
    const sequential = await validateData({ data, contract, parallel: false });
    expect(split.sharding).toEqual({ shards: 2 });
    // Nothing is merged: every column is profiled and checked by one part over every row.
    expect(JSON.stringify(split.report)).toBe(JSON.stringify(sequential.report));
    expect(JSON.stringify(split.profile)).toBe(JSON.stringify(sequential.profile));
  }, 120_000);

  it('falls back to the sequential path when a cut falls inside a quoted field with line breaks', async () => {
    const rows = ['id,text,n'];
    for (let i = 1; i <= 50; i++) rows.push(`${i},plain ${i},${i}`);
    rows.push(`51,"${'a line, inside quotes\n'.repeat(500)}end",51`);
    for (let i = 52; i <= 60; i++) rows.push(`${i},plain ${i},${i % 7 === 0 ? 'x' : i}`);
    const data = write('quoted.csv', rows.join('\n') + '\n');
    const contract = write('quoted.yaml', 'version: 1\ncolumns:\n  id: { type: integer }\n  text: { type: string, max_length: 20 }\n  n: { type: integer }\n');
    const { sharded, sequential } = await both({ data, contract }, 2);
    expect(sharded.sharding?.fallback).toMatch(/quoted field/);
    expect(sharded.report).toEqual(sequential.report);
    expect(sharded.profile).toEqual(sequential.profile);
    expect(sharded.report.findings.find((f) => f.rule === 'type' && f.column === 'n')!.samples[0].line).toBe(557); // 52 + 500 quoted line breaks + 5
  });

  it('reports an error in a later shard at its absolute line, as the sequential run does', async () => {
    const rows = ['a,b'];
    for (let i = 1; i <= 3000; i++) rows.push(i % 100 === 0 ? '' : `${i},"q${i}"`);
    rows[2900] = '2900,x,extra';
    const data = write('ragged.csv', rows.join('\r\n') + '\r\n');
    const sequential = await validateData({ data, parallel: false }).catch((e: Error) => e);
    const sharded = await validateData({ data, parallel: { workers: 3, minBytes: 0 } }).catch((e: Error) => e);
    expect(sequential).toBeInstanceOf(Error);
    expect((sequential as Error).message).toMatch(/ragged\.csv:2901:\d+: expected 2 fields, found 3/);
    expect(sharded).toBeInstanceOf(Error);
    expect((sharded as Error).name).toBe('InputError');
    expect((sharded as Error).message).toBe((sequential as Error).message);
  });

  it('reports invalid JSON in a later JSON Lines shard at its absolute line', async () => {
    const lines: string[] = [];
    for (let i = 1; i <= 2000; i++) lines.push(i === 1777 ? '{"a": 1,' : `{"a": ${i}}`);
    const data = write('bad.jsonl', lines.join('\n') + '\n');
    const sequential = (await validateData({ data, parallel: false }).catch((e: Error) => e)) as Error;
    const sharded = (await validateData({ data, parallel: { workers: 2, minBytes: 0 } }).catch((e: Error) => e)) as Error;
    expect(sequential.message).toMatch(/bad\.jsonl:1777:/);
    expect(sharded.message).toBe(sequential.message);
  });

  it('reports an unterminated quote in the last shard at its absolute line', async () => {
    const rows = ['a,b'];
    for (let i = 1; i <= 1000; i++) rows.push(`${i},v${i}`);
    rows.push('1001,"never closed');
    rows.push('1002,v');
    const data = write('open-quote.csv', rows.join('\n') + '\n');
    const sequential = (await validateData({ data, parallel: false }).catch((e: Error) => e)) as Error;
    const sharded = (await validateData({ data, parallel: { workers: 2, minBytes: 0 } }).catch((e: Error) => e)) as Error;
    expect(sequential.message).toMatch(/open-quote\.csv:1002:\d+: unterminated quoted field/);
    expect(sharded.message).toBe(sequential.message);
  });

  it('validates sequentially when the contract has unique rules', async () => {
    const data = join(DATA, 'seattle-weather.csv');
    const column = write('unique.yaml', 'version: 1\ncolumns:\n  weather: { type: string, unique: true }\ntable: { unexpected_columns: allow }\n');
    const table = write('unique-together.yaml', 'version: 1\ncolumns:\n  wind: { type: number }\n  weather: { type: string }\ntable: { unexpected_columns: allow, unique: [[wind, weather]] }\n');
    for (const contract of [column, table]) {
      const r = await validateData({ data, contract, parallel: { workers: 2, minBytes: 0 } });
      expect(r.sharding).toBeUndefined();
      expect(r.report.findings.some((f) => f.rule === 'unique' || f.rule === 'unique_together')).toBe(true);
    }
  });

  it('does not shard small files by default', async () => {
    const r = await validateData({ data: join(DATA, 'seattle-weather.csv') });
    expect(r.sharding).toBeUndefined();
  });
});
