import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contractToYaml, inferContract } from '../../shared/data/infer-contract.js';
import { normalizeRule, parseContract, type Contract } from '../../shared/data/contract.js';
import { createValidator } from '../../shared/data/validate.js';
import { createProfiler } from '../../shared/data/profile.js';
import { openTable } from '../../shared/data/open-table.js';
import type { Profile } from '../../shared/data/profile-format.js';
import type { CellValue, RecordBatch } from '../../shared/data/table.js';

const vegaData = (name: string): string => fileURLToPath(new URL(`../../node_modules/vega-datasets/data/${name}`, import.meta.url));

function profileRows(columns: string[], rows: CellValue[][]): Profile {
  const p = createProfiler({ columns });
  const batch: RecordBatch = { columns, values: columns.map((_, c) => rows.map((r) => r[c])), length: rows.length, lines: rows.map((_, i) => i + 2), rowOffset: 0 };
  p.add(batch);
  return p.finish({ file: 'mem.csv', format: 'csv' });
}

async function profileFile(file: string): Promise<Profile> {
  const reader = await openTable(file);
  const p = createProfiler({ columns: await reader.columns() });
  for await (const b of reader.batches()) p.add(b);
  return p.finish({ file, format: reader.format });
}

async function validateFile(file: string, contract: Contract) {
  const reader = await openTable(file);
  const v = createValidator(contract, { file, columns: await reader.columns(), hasLines: reader.hasLines, format: reader.format, contractFile: 'inferred.yaml' });
  for await (const b of reader.batches()) v.add(b);
  return v.finish();
}

describe('inferContract', () => {
  it('infers types, nullability, ranges, categories and unique ids', () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 50; i++) rows.push([String(i + 1), (i * 1.5).toFixed(1), ['red', 'green', 'blue'][i % 3], i % 10 === 0 ? '' : `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, `name-${i}`]);
    const c = inferContract(profileRows(['id', 'score', 'color', 'day', 'name'], rows));
    expect(c.columns!.id).toEqual({ type: 'integer', nullable: false, min: 1, max: 50, unique: true });
    expect(c.columns!.score).toMatchObject({ type: 'number', nullable: false, min: 0, max: 73.5 });
    expect(c.columns!.score.unique).toBeUndefined();
    expect(c.columns!.color).toEqual({ type: 'category', nullable: false, allowed: ['blue', 'green', 'red'] });
    expect(c.columns!.day).toMatchObject({ type: 'date', nullable: true, min: '2024-01-01', max: '2024-01-28' });
    expect(c.columns!.name).toEqual({ type: 'string', nullable: false, unique: true });
    expect(c.table).toEqual({ unexpected_columns: 'error', rows: { min: 1 } });
  });

  it('keeps a string column with more distinct values than maxCategories as string', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`v${i % 20}`]);
    expect(inferContract(profileRows(['s'], rows), { maxCategories: 10 }).columns!.s.type).toBe('string');
    expect(inferContract(profileRows(['s'], rows), { maxCategories: 20 }).columns!.s.type).toBe('category');
  });

  it('does not claim uniqueness or categories when the counts are only estimates', () => {
    const p = profileRows(['id'], Array.from({ length: 30 }, (_, i) => [`id${i}`]));
    p.columns.id.distinct = { estimate: 30, exact: false };
    p.columns.id.frequent_exact = false;
    expect(inferContract(p).columns!.id.unique).toBeUndefined();
  });

  it('puts mostly on the type when some values do not parse as it, and drops ranges with NaN', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [i < 97 ? String(i) : 'n/k', i === 5 ? 'NaN' : String(i / 4)]);
    const c = inferContract(profileRows(['n', 'x'], rows));
    expect(normalizeRule(c.columns!.n.type!)).toEqual({ value: 'integer', mostly: 0.97, severity: 'error' });
    expect(c.columns!.x.min).toBeUndefined();
  });

  it('writes YAML that loads back into the same contract, with a header comment', () => {
    const c = inferContract(profileRows(['id', 'color'], [['1', 'a'], ['2', 'b'], ['3', 'a']]));
    const text = contractToYaml(c, 'inferred from mem.csv\nreview before use');
    expect(text.startsWith('# inferred from mem.csv\n# review before use\n')).toBe(true);
    expect(text).toContain('allowed: [a, b]');
    expect(parseContract(text, 'x.yaml')).toEqual(c);
  });
});

describe('inferred contracts pass the data they came from', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'infer-real-'));
    // penguins and cars ship as JSON arrays: write them as JSON Lines, one record per line.
    for (const name of ['penguins', 'cars']) {
      const records = JSON.parse(readFileSync(vegaData(`${name}.json`), 'utf8')) as unknown[];
      writeFileSync(join(dir, `${name}.jsonl`), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [string, () => string][] = [
    ['seattle-weather.csv', () => vegaData('seattle-weather.csv')],
    ['penguins (JSON Lines)', () => join(dir, 'penguins.jsonl')],
    ['cars (JSON Lines)', () => join(dir, 'cars.jsonl')],
  ];
  for (const [name, file] of cases) {
    it(`round-trips ${name} through YAML and validates with no findings`, async () => {
      const profile = await profileFile(file());
      const contract = parseContract(contractToYaml(inferContract(profile)), 'inferred.yaml');
      const report = await validateFile(file(), contract);
      expect(report.findings.map((f) => f.message)).toEqual([]);
      expect(report.passed).toBe(true);
      expect(report.counts.rules).toBeGreaterThan(Object.keys(contract.columns!).length * 2);
    });
  }

  it('infers what a person would write for seattle-weather.csv', async () => {
    const c = inferContract(await profileFile(vegaData('seattle-weather.csv')));
    expect(c.columns!.date).toMatchObject({ type: 'date', min: '2012-01-01', max: '2015-12-31' });
    // 1461 distinct days exceed the profile's exact frequent-items capacity, so the distinct count
    // is a HyperLogLog estimate: uniqueness must not be claimed from it.
    expect(c.columns!.date.unique).toBeUndefined();
    expect(c.columns!.weather).toEqual({ type: 'category', nullable: false, allowed: ['drizzle', 'fog', 'rain', 'snow', 'sun'] });
    expect(c.columns!.precipitation).toMatchObject({ type: 'number', min: 0, max: 55.9 });
  });

  it('fails the inferred contract when the data changes', async () => {
    const contract = inferContract(await profileFile(vegaData('seattle-weather.csv')));
    const text = readFileSync(vegaData('seattle-weather.csv'), 'utf8').replace('2012-01-03,0.8,11.7,7.2,2.3,rain', '2012-01-03,0.8,11.7,7.2,2.3,hail');
    const file = join(dir, 'seattle-changed.csv');
    writeFileSync(file, text);
    const report = await validateFile(file, contract);
    expect(report.passed).toBe(false);
    expect(report.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/seattle-changed\.csv:4: column "weather" value "hail" is not one of the allowed values/),
    ]);
  });
});
