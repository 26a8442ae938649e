/**
 * The validate-data bundle, run as the runner runs it (test/support/run-action.ts). Expected
 * numbers come from the data file itself, read here with papaparse, not from our own output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runAction } from '../support/run-action.js';

const weatherCsv = readFileSync(join(repoRoot, 'node_modules/vega-datasets/data/seattle-weather.csv'), 'utf8');
const rows = Papa.parse<Record<string, string>>(weatherCsv, { header: true, skipEmptyLines: true }).data;
/** 1-based physical line of data row i (header is line 1; the file has no multi-line fields). */
const lineOf = (i: number) => i + 2;
const hotRows = rows.map((r, i) => [Number(r.temp_max), i] as const).filter(([t]) => t > 30);
const windyRows = rows.map((r, i) => [Number(r.wind), i] as const).filter(([w]) => w > 8);

const passingContract = `version: 1
columns:
  date: { type: date }
  precipitation: { type: number, min: 0 }
  temp_max: { type: number }
  temp_min: { type: number }
  wind: { type: number, min: 0 }
  weather: { allowed: [drizzle, rain, sun, snow, fog] }
`;

const failingContract = `version: 1
columns:
  date: { type: date }
  precipitation: { type: number }
  temp_max: { type: number, max: 30 }
  temp_min: { type: number }
  wind: { type: number, max: { value: 8, severity: warn } }
  weather: { type: string }
`;

const files = {
  'data/seattle-weather.csv': weatherCsv,
  'contracts/ok.yaml': passingContract,
  'contracts/strict.yaml': failingContract,
};

describe('validate-data action (dist bundle, as the runner runs it)', () => {
  beforeAll(() => {
    if (!existsSync(join(repoRoot, 'actions/validate-data/dist/index.js'))) {
      throw new Error('actions/validate-data/dist/index.js is missing: run npm run build');
    }
    expect(hotRows.length).toBeGreaterThan(0);
    expect(windyRows.length).toBeGreaterThan(0);
  });

  it('passes a dataset that meets its contract and reports outputs, files and a summary', async () => {
    const run = await runAction('validate-data', {
      files,
      inputs: { data: 'data/seattle-weather.csv', contract: 'contracts/ok.yaml' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      passed: 'true',
      errors: '0',
      warnings: '0',
      rows: String(rows.length),
      'profile-path': 'mlops-out/profile.json',
      'report-path': 'mlops-out/validation.json',
    });
    const profile = JSON.parse(readFileSync(join(run.workspace, 'mlops-out/profile.json'), 'utf8'));
    expect(profile.schema).toBe('mlops-actions/profile@1');
    expect(profile.rows).toBe(rows.length);
    const report = JSON.parse(readFileSync(join(run.workspace, 'mlops-out/validation.json'), 'utf8'));
    expect(report.schema).toBe('mlops-actions/validation@1');
    expect(report.passed).toBe(true);
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(run.summary).toContain('validate-data ✅ passed');
    // Column names are escaped (`_` -> `\_`) in the profile table.
    expect(run.summary).toMatch(new RegExp(`\\| temp\\\\_max \\| number \\| ${rows.length} \\| 0 \\| `));
  });

  it('fails on a failing error rule, annotating the first failing line, and counts warn rules apart', async () => {
    const run = await runAction('validate-data', {
      files,
      inputs: { data: 'data/seattle-weather.csv', contract: 'contracts/strict.yaml' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ passed: 'false', errors: '1', warnings: '1', rows: String(rows.length) });
    const errors = run.annotations.filter((a) => a.level === 'error' && a.file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'data/seattle-weather.csv', line: lineOf(hotRows[0]![1]) });
    expect(errors[0]!.message).toContain('temp_max');
    const warnings = run.annotations.filter((a) => a.level === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'data/seattle-weather.csv', line: lineOf(windyRows[0]![1]) });
    // Raw workflow command on stdout, as the runner parses it.
    // Properties may come in any order (@actions/core puts title first).
    expect(run.stdout).toMatch(new RegExp(`^::error (?=[^\\n]*file=data/seattle-weather\\.csv[,:])(?=[^\\n]*line=${lineOf(hotRows[0]![1])}[,:])`, 'm'));
    expect(run.summary).toContain('validate-data ❌ failed');
    expect(run.summary).toMatch(new RegExp(`\\| max \\| temp\\\\_max \\| error \\| ${hotRows.length} \\| `));
    // Outputs and files are written even when the check fails.
    expect(existsSync(join(run.workspace, 'mlops-out/validation.json'))).toBe(true);
  });

  it('reports but does not fail with fail-on: never', async () => {
    const run = await runAction('validate-data', {
      files,
      inputs: { data: 'data/seattle-weather.csv', contract: 'contracts/strict.yaml', 'fail-on': 'never' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('false');
  });

  it('fails on warnings with fail-on: warn', async () => {
    const warnOnly = failingContract.replace('temp_max: { type: number, max: 30 }', 'temp_max: { type: number }');
    const run = await runAction('validate-data', {
      files: { ...files, 'contracts/warn.yaml': warnOnly },
      inputs: { data: 'data/seattle-weather.csv', contract: 'contracts/warn.yaml', 'fail-on': 'warn', 'report-out': 'out/r.json' },
    });
    expect(run.outputs).toMatchObject({ passed: 'true', errors: '0', warnings: '1', 'report-path': 'out/r.json' });
    expect(run.exitCode).toBe(1);
  });

  it('keeps a tab delimiter (inputs are otherwise trimmed)', async () => {
    const tsv = weatherCsv.replaceAll(',', '\t');
    const run = await runAction('validate-data', {
      files: { 'weather.txt': tsv },
      inputs: { data: 'weather.txt', delimiter: '\t' },
    });
    expect(run.exitCode).toBe(0);
    const profile = JSON.parse(readFileSync(join(run.workspace, 'mlops-out/profile.json'), 'utf8'));
    expect(profile.column_order).toEqual(['date', 'precipitation', 'temp_max', 'temp_min', 'wind', 'weather']);
  });

  it('escapes hostile column names in the job summary', async () => {
    const csv = '"<img src=x onerror=alert(1)>",@org/team,a|b\n1,2,3\n';
    const run = await runAction('validate-data', { files: { 'hostile.csv': csv }, inputs: { data: 'hostile.csv' } });
    expect(run.exitCode).toBe(0);
    expect(run.summary).not.toContain('<img');
    expect(run.summary).not.toContain('@org/team');
    expect(run.summary).not.toMatch(/\| a\|b \|/);
    expect(run.summary).toContain('&lt;img');
  });

  it('fails with exit 2 and an annotation at the contract line for an invalid contract', async () => {
    const run = await runAction('validate-data', {
      files: { ...files, 'contracts/bad.yaml': 'version: 1\ncolumns:\n  wind: { type: number, maxx: 3 }\n' },
      inputs: { data: 'data/seattle-weather.csv', contract: 'contracts/bad.yaml' },
    });
    expect(run.exitCode).toBe(2);
    const a = run.annotations.find((x) => x.level === 'error');
    expect(a).toMatchObject({ file: 'contracts/bad.yaml', line: 3 });
    expect(existsSync(join(run.workspace, 'mlops-out/validation.json'))).toBe(false);
  });

  it('fails fast with exit 2 naming the missing required input', async () => {
    const run = await runAction('validate-data', { inputs: {} });
    expect(run.exitCode).toBe(2);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]!.message).toContain('input "data" is required');
  });
});
