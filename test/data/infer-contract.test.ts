import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contractToYaml, inferContract, widenedRange } from '../../shared/data/infer-contract.js';
import { normalizeRule, parseContract, type Contract } from '../../shared/data/contract.js';
import { mostlyTolerating } from '../../shared/data/share-upper-bound.js';
import { createValidator } from '../../shared/data/validate.js';
import { createProfiler } from '../../shared/data/profile.js';
import { openTable } from '../../shared/data/open-table.js';
import type { Profile } from '../../shared/formats/profile-format.js';
import type { RecordBatch } from '../../shared/data/table.js';
import type { CellValue } from '../../shared/data/cell-value.js';

const vegaData = (name: string): string => fileURLToPath(new URL(`../../node_modules/vega-datasets/data/${name}`, import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

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
  const warn = (value: number | string) => ({ value, severity: 'warn' });

  it('infers strict types, tolerant nullability, widened ranges as warnings, categories and id uniqueness', () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 50; i++) rows.push([String(i + 1), (i * 1.5).toFixed(1), ['red', 'green', 'blue'][i % 3], i % 10 === 0 ? '' : `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, `name-${i}`]);
    const c = inferContract(profileRows(['id', 'score', 'color', 'day', 'name'], rows));
    const none = mostlyTolerating(0, 50);
    // A dense run of distinct integers is an id: integer, unique, and no max (new ids are larger).
    // min 1 - 4.9 (10% of the range) would be negative: never across zero.
    expect(c.columns!.id).toEqual({ type: 'integer', nullable: { value: false, mostly: none }, min: warn(0), unique: true });
    expect(c.columns!.score).toEqual({ type: 'number', nullable: { value: false, mostly: none }, min: warn(0), max: warn(81) });
    expect(c.columns!.color).toEqual({ type: 'category', nullable: { value: false, mostly: none }, allowed: { value: ['blue', 'green', 'red'], mostly: none } });
    // 5 of 50 missing: tolerated up to the bound; 27 days widened by 2.7 days, to whole days.
    expect(c.columns!.day).toEqual({ type: 'date', nullable: { value: false, mostly: mostlyTolerating(5, 50) }, min: warn('2023-12-29'), max: warn('2024-01-31') });
    // Distinct free text of varying length is not an id.
    expect(c.columns!.name).toEqual({ type: 'string', nullable: { value: false, mostly: none } });
    expect(c.table).toEqual({ unexpected_columns: 'error', rows: { min: 1 } });
  });

  it('types whole numbers as number unless the column is an id: a fraction later is not an error', () => {
    const rows = Array.from({ length: 60 }, (_, i) => [String(100 + ((i * 37) % 300)), String(i + 1)]);
    const c = inferContract(profileRows(['displacement', 'order_no'], rows));
    expect(c.columns!.displacement.type).toBe('number');
    expect(c.columns!.displacement.unique).toBeUndefined();
    expect(c.columns!.order_no).toMatchObject({ type: 'integer', unique: true });
  });

  it('claims uniqueness only for id-like columns', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`u-${1000 + i * 7919}`, `C${String(i).padStart(4, '0')}`, `${i} Main Street`, String(i * 1000 + 17)]);
    const c = inferContract(profileRows(['user_id', 'code', 'address', 'reading'], rows));
    expect(c.columns!.user_id.unique).toBe(true); // the name says so
    expect(c.columns!.code.unique).toBe(true); // one length, no spaces
    expect(c.columns!.address.unique).toBeUndefined();
    expect(c.columns!.reading.unique).toBeUndefined(); // distinct, but sparse: 40 values over 39,001 slots
    expect(inferContract(profileRows(['paid'], rows.map((r) => [r[0]]))).columns!.paid.unique).toBeUndefined();
  });

  it('writes an allowed set only when every category was seen at least 5 times', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [i === 0 ? '.' : ['MALE', 'FEMALE'][i % 2], ['a', 'b', 'c', 'd'][i % 4]]);
    const c = inferContract(profileRows(['sex', 'grade'], rows));
    expect(c.columns!.sex).toEqual({ type: 'string', nullable: { value: false, mostly: mostlyTolerating(0, 100) } });
    expect(c.columns!.grade.type).toBe('category');
    expect(normalizeRule(c.columns!.grade.allowed!).value).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps a string column with more distinct values than maxCategories as string', () => {
    const rows = Array.from({ length: 100 }, (_, i) => [`v${i % 20}`]);
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
    expect(normalizeRule(c.columns!.n.type!)).toEqual({ value: 'number', mostly: mostlyTolerating(3, 100), severity: 'error' });
    expect(c.columns!.x.min).toBeUndefined();
  });

  it('writes nullable: true when a sample is too small to bound the missing share', () => {
    const c = inferContract(profileRows(['x'], [['1'], ['2'], ['3']]));
    expect(c.columns!.x.nullable).toBe(true);
  });

  it('writes YAML that loads back into the same contract, with a header comment', () => {
    const c = inferContract(profileRows(['id', 'color'], Array.from({ length: 12 }, (_, i) => [String(i + 1), i % 2 ? 'a' : 'b'])));
    const text = contractToYaml(c, 'inferred from mem.csv\nreview before use');
    expect(text.startsWith('# inferred from mem.csv\n# review before use\n')).toBe(true);
    expect(text).toContain('value: [a, b]');
    expect(text).toContain('severity: warn');
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
    it(`round-trips ${name} through YAML and validates with no failing rule`, async () => {
      const profile = await profileFile(file());
      const contract = parseContract(contractToYaml(inferContract(profile)), 'inferred.yaml');
      const report = await validateFile(file(), contract);
      expect(report.passed).toBe(true);
      expect(report.counts.failed_errors + report.counts.failed_warnings).toBe(0);
      // The only findings: the missing values of columns that have some, within what `mostly` tolerates.
      const withMissing = profile.column_order.filter((c) => profile.columns[c]!.nulls > 0);
      expect(report.findings.map((f) => `${f.column}.${f.rule} passed=${f.passed}`)).toEqual(withMissing.map((c) => `${c}.nullable passed=true`));
      expect(report.counts.rules).toBeGreaterThan(Object.keys(contract.columns!).length * 2);
    });
  }

  it('infers what a person would write for seattle-weather.csv', async () => {
    const c = inferContract(await profileFile(vegaData('seattle-weather.csv')));
    const warn = (value: number | string) => ({ value, severity: 'warn' });
    // 1461 days widened by 146 on each side.
    expect(c.columns!.date).toMatchObject({ type: 'date', min: warn('2011-08-08'), max: warn('2016-05-25') });
    // 1461 distinct days exceed the profile's exact frequent-items capacity, so the distinct count
    // is a HyperLogLog estimate: uniqueness must not be claimed from it.
    expect(c.columns!.date.unique).toBeUndefined();
    const none = mostlyTolerating(0, 1461);
    expect(c.columns!.weather).toEqual({ type: 'category', nullable: { value: false, mostly: none }, allowed: { value: ['drizzle', 'fog', 'rain', 'snow', 'sun'], mostly: none } });
    // Never negative (min clamped at 0); the wettest day, 55.9 mm, plus 10% of the range, rounded up
    // at the margin's leading digit (61.49 -> 62).
    expect(c.columns!.precipitation).toMatchObject({ type: 'number', min: warn(0), max: warn(62) });
  });

  it('reports one unseen category, and fails when a category is renamed', async () => {
    const contract = inferContract(await profileFile(vegaData('seattle-weather.csv')));
    const original = readFileSync(vegaData('seattle-weather.csv'), 'utf8');
    const once = join(dir, 'seattle-hail.csv');
    writeFileSync(once, original.replace('2012-01-03,0.8,11.7,7.2,2.3,rain', '2012-01-03,0.8,11.7,7.2,2.3,hail'));
    const one = await validateFile(once, contract);
    expect(one.passed).toBe(true);
    expect(one.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/seattle-hail\.csv:4: column "weather" value "hail" is not one of the allowed values/),
    ]);
    // 101 foggy days of 1461 (6.9%) now say "haze": beyond the 2% the sample leaves room for.
    const renamed = join(dir, 'seattle-haze.csv');
    writeFileSync(renamed, original.replace(/,fog$/gm, ',haze'));
    const report = await validateFile(renamed, contract);
    expect(report.passed).toBe(false);
    expect(report.findings.map((f) => `${f.column}.${f.rule} ${f.severity} passed=${f.passed}`)).toEqual(['weather.allowed error passed=false']);
  });

  it('flags data from another city as warnings, not errors', async () => {
    const contract = inferContract(await profileFile(join(repoRoot, 'examples/weather/data/seattle-2012-2014.csv')));
    const report = await validateFile(join(repoRoot, 'examples/weather/data/new-york-2015.csv'), contract);
    expect(report.passed).toBe(true);
    const failing = report.findings.filter((f) => !f.passed).map((f) => `${f.column}.${f.rule} ${f.severity}`);
    // New York 2015: -16 to 26.1 °C nights (Seattle's -7.1 to 18.3 widened to -10..21), 63 mm of rain
    // in a day (54.1 widened to 60), wind to 12.4 m/s (9.5 to 10.5), and dates past the training
    // years (2014-12-31 plus 110 days). Its coldest day, -6 °C, is just inside -1.6 widened to -6.
    expect(failing).toEqual(['date.max warn', 'precipitation.max warn', 'temp_min.min warn', 'temp_min.max warn', 'wind.max warn']);
  });
});

describe('widenedRange', () => {
  it('widens by a fraction of the range, rounds outward at the margin\'s leading digit, and keeps the sign', () => {
    expect(widenedRange(0, 54.1, 0.1)).toEqual([0, 60]);
    expect(widenedRange(-7.1, 18.3, 0.1)).toEqual([-10, 21]);
    expect(widenedRange(0.4, 9.5, 0.1)).toEqual([0, 10.5]);
    expect(widenedRange(-30, -2, 0.1)).toEqual([-33, 0]);
    expect(widenedRange(5, 5, 0.1)).toEqual([4.5, 5.5]);
    expect(widenedRange(1, 50, 0.1, { step: 1 })).toEqual([0, 55]);
  });

  it('widens dates across 1970-01-01, in whole days, and a single date by a day', () => {
    const day = 86_400_000;
    // cars' model years: 1970-01-01 (epoch 0) to 1982-01-01, 4383 days: 438.3 days each side, whole days outward.
    const [lo, hi] = widenedRange(0, Date.UTC(1982, 0, 1), 0.1, { step: day, constantMargin: day, keepSign: false });
    expect([new Date(lo).toISOString().slice(0, 10), new Date(hi).toISOString().slice(0, 10)]).toEqual(['1968-10-19', '1983-03-16']);
    expect(widenedRange(Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1), 0.1, { step: day, constantMargin: day, keepSign: false })).toEqual([Date.UTC(2023, 11, 31), Date.UTC(2024, 0, 2)]);
  });
});
