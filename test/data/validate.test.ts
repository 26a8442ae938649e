import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseContract } from '../../shared/data/contract.js';
import { createValidator, type ValidatorOptions } from '../../shared/data/validate.js';
import { fastDecimal } from '../../shared/data/column-checker.js';
import { validationReportSchema, type ValidationReport } from '../../shared/formats/validation-format.js';
import { parseIsoTimestamp } from '../../shared/data/values.js';
import type { CellValue } from '../../shared/data/cell-value.js';
import type { RecordBatch } from '../../shared/data/table.js';

/** Batches of rows, lines starting at 2 (line 1 is the CSV header). */
function batches(columns: string[], rows: CellValue[][], batchRows = 1000, firstLine = 2): RecordBatch[] {
  const out: RecordBatch[] = [];
  for (let off = 0; off < rows.length; off += batchRows) {
    const part = rows.slice(off, off + batchRows);
    out.push({
      columns,
      values: columns.map((_, c) => part.map((r) => r[c])),
      length: part.length,
      lines: part.map((_, i) => firstLine + off + i),
      rowOffset: off,
    });
  }
  return out;
}

function validate(contractYaml: string, columns: string[], rows: CellValue[][], opts: Partial<ValidatorOptions> & { batchRows?: number } = {}): ValidationReport {
  const contract = parseContract(`version: 1\n${contractYaml}`, 'c.yaml');
  const v = createValidator(contract, { file: 'data/train.csv', columns, hasLines: true, contractFile: 'schemas/train.yaml', ...opts });
  for (const b of batches(columns, rows, opts.batchRows)) v.add(b);
  const report = v.finish();
  validationReportSchema.parse(report);
  return report;
}

const col = (values: CellValue[]): CellValue[][] => values.map((v) => [v]);
const finding = (r: ValidationReport, rule: string, column?: string) => r.findings.find((f) => f.rule === rule && (column === undefined || f.column === column || f.columns?.includes(column)));

describe('column rules', () => {
  it('reports a value that is not an integer with file, line, column, rule and contract entry', () => {
    const r = validate('columns:\n  age: { type: integer }\n', ['age'], col(['31', '40', 'abc', '7.5', '12']));
    const f = finding(r, 'type', 'age')!;
    expect(f).toMatchObject({ failed: 2, total: 5, fraction: 0.4, passed: false, severity: 'error', contract_path: 'columns.age.type' });
    expect(f.samples).toEqual([{ line: 4, value: 'abc' }, { line: 5, value: '7.5' }]);
    expect(f.message).toBe('data/train.csv:4: column "age" value "abc" is not an integer; 2 of 5 values fail (40.0%) (contract schemas/train.yaml: columns.age.type)');
    expect(r.passed).toBe(false);
    expect(r.counts.failed_errors).toBe(1);
  });

  it('passes a clean column and evaluates every rule', () => {
    const r = validate('columns:\n  age: { type: integer, min: 0, max: 120, unique: true }\n', ['age'], col(['1', '2', '3']));
    expect(r.findings).toEqual([]);
    expect(r.passed).toBe(true);
    // required, unexpected, rows.min, type, nullable, min, max, unique
    expect(r.counts.rules).toBe(8);
  });

  it('checks number, boolean and typed min/max', () => {
    const r = validate('columns:\n  x: { type: number, min: -1.5, max: 2 }\n  b: { type: boolean }\n', ['x', 'b'], [
      ['-1.5', 'true'],
      ['2', 'no'],
      ['2.0001', 'maybe'],
      ['-2', '1'],
      ['1e0', 'F'],
      ['NaN', 'yes'],
    ]);
    expect(finding(r, 'min', 'x')!.samples.map((s) => s.value)).toEqual(['-2', 'NaN']);
    expect(finding(r, 'max', 'x')!.samples.map((s) => s.value)).toEqual(['2.0001', 'NaN']);
    expect(finding(r, 'type', 'b')!.samples).toEqual([{ line: 4, value: 'maybe' }]);
  });

  it('does not count missing values against value rules, only against nullable', () => {
    const r = validate('columns:\n  age: { type: integer, nullable: true, min: 0 }\n', ['age'], col(['', 'NA', null, '5', '-1']));
    const f = finding(r, 'min', 'age')!;
    expect(f.total).toBe(2);
    expect(f.failed).toBe(1);
    expect(finding(r, 'nullable', 'age')).toBeUndefined();
  });

  it('treats nullable as false by default and says so', () => {
    const r = validate('columns:\n  age: { type: integer }\n', ['age'], col(['1', '', '3', null]));
    const f = finding(r, 'nullable', 'age')!;
    expect(f).toMatchObject({ failed: 2, total: 4 });
    expect(f.samples).toEqual([{ line: 3, value: '' }, { line: 5, value: null }]);
    expect(f.message).toContain('nullable — not set, so false; add nullable: true');
  });

  it('uses the contract null_values instead of the defaults', () => {
    const r = validate('table:\n  null_values: ["-"]\ncolumns:\n  age: { type: integer, nullable: true }\n', ['age'], col(['-', 'NA', '3']));
    expect(finding(r, 'type', 'age')!.samples).toEqual([{ line: 3, value: 'NA' }]);
  });

  it('skips values of the wrong type in value rules (they fail type once)', () => {
    const r = validate('columns:\n  age: { type: integer, min: 0, allowed: [1, 2] }\n', ['age'], col(['x', '1', '3']));
    expect(finding(r, 'type', 'age')!.failed).toBe(1);
    expect(finding(r, 'min', 'age')).toBeUndefined();
    expect(finding(r, 'allowed', 'age')).toMatchObject({ failed: 1, total: 2, samples: [{ line: 4, value: '3' }] });
  });

  it('compares allowed values as the column type', () => {
    const r = validate('columns:\n  n: { type: number, allowed: [1, 2.5] }\n  c: { type: category, allowed: [red, blue] }\n', ['n', 'c'], [
      ['1.0', 'red'],
      ['2.50', 'Red'],
      ['3', 'blue'],
    ]);
    expect(finding(r, 'allowed', 'n')!.samples).toEqual([{ line: 4, value: '3' }]);
    expect(finding(r, 'allowed', 'c')!.samples).toEqual([{ line: 3, value: 'Red' }]);
    expect(finding(r, 'allowed', 'c')!.message).toContain('is not one of the allowed values ("red", "blue")');
  });

  it('compares allowed booleans by value', () => {
    const r = validate('columns:\n  b: { type: boolean, allowed: [true] }\n', ['b'], col(['yes', 'TRUE', '1', 'no']));
    expect(finding(r, 'allowed', 'b')).toMatchObject({ failed: 1, total: 4, samples: [{ line: 5, value: 'no' }] });
  });

  it('searches the pattern in the value (anchors make it a whole-value match)', () => {
    const r = validate("columns:\n  a: { pattern: 'B' }\n  b: { pattern: '^[A-Z]{3}$' }\n", ['a', 'b'], [
      ['ABC', 'ABC'],
      ['xBx', 'ABCD'],
      ['xx', 'AB'],
    ]);
    expect(finding(r, 'pattern', 'a')!.samples).toEqual([{ line: 4, value: 'xx' }]);
    expect(finding(r, 'pattern', 'b')!.samples.map((s) => s.line)).toEqual([3, 4]);
    expect(finding(r, 'pattern', 'b')!.message).toContain('does not match /^[A-Z]{3}$/');
  });

  it('checks text lengths in characters', () => {
    const r = validate('columns:\n  s: { min_length: 2, max_length: 3 }\n', ['s'], col(['a', 'ab', 'abcd', 'äöü']));
    expect(finding(r, 'min_length', 's')!.samples).toEqual([{ line: 2, value: 'a' }]);
    expect(finding(r, 'max_length', 's')!.samples).toEqual([{ line: 4, value: 'abcd' }]);
  });

  it('parses dates in the contract format and compares with ISO bounds', () => {
    const r = validate('columns:\n  d: { type: date, format: "%d/%m/%Y", min: "2020-01-01", max: "2020-12-31" }\n', ['d'], col(['31/12/2020', '1/1/2020', '2020-06-01', '30/02/2020', '15/03/2019']));
    expect(finding(r, 'type', 'd')!.samples.map((s) => s.value)).toEqual(['2020-06-01', '30/02/2020']);
    expect(finding(r, 'type', 'd')!.message).toContain('is not a date in format "%d/%m/%Y"');
    expect(finding(r, 'min', 'd')!.samples).toEqual([{ line: 6, value: '15/03/2019' }]);
    expect(finding(r, 'min', 'd')!.message).toContain('below the minimum 2020-01-01');
  });

  it('accepts ISO dates and timestamps and rejects impossible ones', () => {
    const r = validate('columns:\n  d: { type: date }\n  t: { type: timestamp, max: "2024-01-01T00:00:00Z" }\n', ['d', 't'], [
      ['2024-02-29', '2023-12-31T23:59:59+00:00'],
      ['2023-02-29', '2024-01-01 00:00:01'],
      ['2024-01-01T10:00', '2024-01-01'],
    ]);
    expect(finding(r, 'type', 'd')!.samples.map((s) => s.value)).toEqual(['2023-02-29', '2024-01-01T10:00']);
    expect(finding(r, 'max', 't')!.samples).toEqual([{ line: 3, value: '2024-01-01 00:00:01' }]);
  });

  it('truncates long sample values and keeps at most 10 samples', () => {
    const long = 'x'.repeat(500);
    const r = validate('columns:\n  n: { type: integer }\n', ['n'], col(Array.from({ length: 25 }, () => long)));
    const f = finding(r, 'type', 'n')!;
    expect(f.failed).toBe(25);
    expect(f.samples).toHaveLength(10);
    expect(f.samples[0].value).toHaveLength(201);
  });

  it('reports sample lines correctly across batches', () => {
    const values = Array.from({ length: 2500 }, (_, i) => (i % 600 === 599 ? 'bad' : String(i)));
    const r = validate('columns:\n  n: { type: integer }\n', ['n'], col(values), { batchRows: 256 });
    expect(finding(r, 'type', 'n')!.samples.map((s) => s.line)).toEqual([601, 1201, 1801, 2401]);
  });

  it('says "row" for Parquet, where lines are row numbers', () => {
    const contract = parseContract('version: 1\ncolumns:\n  n: { type: integer }\n', 'c.yaml');
    const v = createValidator(contract, { file: 'd.parquet', columns: ['n'], hasLines: false });
    v.add({ columns: ['n'], values: [[1, 2.5]], length: 2, lines: [1, 2], rowOffset: 0 });
    const r = v.finish();
    expect(r.data).toEqual({ file: 'd.parquet', format: 'parquet', rows: 2, line_kind: 'row' });
    expect(r.findings[0].message).toMatch(/^d\.parquet \(row 2\): column "n" value "2.5"/);
  });
});

describe('mostly and severity', () => {
  const rows = (bad: number) => col(Array.from({ length: 100 }, (_, i) => (i < bad ? 'x' : String(i))));

  it('passes at exactly the mostly boundary and fails one row past it', () => {
    const at = validate('columns:\n  n: { type: { value: integer, mostly: 0.99 } }\n', ['n'], rows(1));
    expect(finding(at, 'type')).toMatchObject({ failed: 1, fraction: 0.01, mostly: 0.99, passed: true });
    expect(at.passed).toBe(true);
    const past = validate('columns:\n  n: { type: { value: integer, mostly: 0.99 } }\n', ['n'], rows(2));
    expect(finding(past, 'type')).toMatchObject({ failed: 2, passed: false });
    expect(past.passed).toBe(false);
    expect(finding(past, 'type')!.message).toContain('2 of 100 values fail (2.00%, mostly 0.99 allows 1.00%)');
  });

  it('handles boundaries that are not exact in binary (7 of 10 at mostly 0.7)', () => {
    const r = validate('columns:\n  n: { type: { value: integer, mostly: 0.7 } }\n', ['n'], col(['1', '2', '3', '4', '5', '6', '7', 'a', 'b', 'c']));
    expect(finding(r, 'type')!.passed).toBe(true);
  });

  it('mostly 0 always passes; nullable mostly counts all rows', () => {
    expect(validate('columns:\n  n: { type: { value: integer, mostly: 0 } }\n', ['n'], rows(100)).passed).toBe(true);
    const r = validate('columns:\n  n: { nullable: { value: false, mostly: 0.5 } }\n', ['n'], col(['', '', '1', '2']));
    expect(finding(r, 'nullable')).toMatchObject({ failed: 2, total: 4, passed: true });
  });

  it('reports a failing warn rule without failing the report', () => {
    const r = validate('columns:\n  n: { type: integer, max: { value: 10, severity: warn } }\n', ['n'], col(['5', '50']));
    expect(finding(r, 'max')).toMatchObject({ severity: 'warn', passed: false });
    expect(finding(r, 'max')!.message).toContain('data/train.csv:3: column "n" value "50" is above the maximum 10');
    expect(r.passed).toBe(true);
    expect(r.counts).toMatchObject({ failed_errors: 0, failed_warnings: 1 });
  });
});

describe('uniqueness', () => {
  it('counts every row of a duplicated value (keep=False), across batches', () => {
    const values = ['a', 'b', 'a', 'c', 'b', 'a', 'd', '', ''];
    const r = validate('columns:\n  k: { unique: true, nullable: true }\n', ['k'], col(values), { batchRows: 2 });
    const f = finding(r, 'unique', 'k')!;
    // a x3, b x2 -> 5 rows; missing values are ignored
    expect(f).toMatchObject({ failed: 5, total: 7 });
    expect(f.samples).toEqual([{ line: 4, value: 'a' }, { line: 6, value: 'b' }, { line: 7, value: 'a' }]);
    expect(f.message).toContain('data/train.csv:4: column "k" value "a" is a duplicate (first seen at line 2)');
  });

  it('compares numbers by value in numeric columns', () => {
    const r = validate('columns:\n  k: { type: number, unique: true }\n', ['k'], col(['1', '1.0', '2']));
    expect(finding(r, 'unique')!.failed).toBe(2);
  });

  it('gives the same exact count when the seen-set spills to disk', () => {
    const n = 20_000;
    const values = Array.from({ length: n }, (_, i) => String(i % 7 === 0 ? i % 1000 : i));
    const expected = (() => {
      const counts = new Map<string, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      let f = 0;
      for (const c of counts.values()) if (c > 1) f += c;
      return f;
    })();
    const root = mkdtempSync(join(tmpdir(), 'spill-test-'));
    try {
      const mem = validate('columns:\n  k: { unique: true }\n', ['k'], col(values), { batchRows: 999 });
      const spilled = validate('columns:\n  k: { unique: true }\n', ['k'], col(values), { batchRows: 999, uniqueMemoryLimit: 500, tmpDir: root });
      expect(finding(mem, 'unique')!.failed).toBe(expected);
      expect(finding(spilled, 'unique')!.failed).toBe(expected);
      expect(finding(spilled, 'unique')!.samples).toEqual(finding(mem, 'unique')!.samples);
      expect(readdirSync(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('checks compound uniqueness and ignores rows where all values are missing', () => {
    const r = validate('table:\n  unique: [[a, b]]\ncolumns:\n  a: { nullable: true }\n  b: { nullable: true }\n', ['a', 'b'], [
      ['x', '1'],
      ['x', '2'],
      ['x', '1'],
      ['', ''],
      ['', ''],
      ['y', ''],
      ['y', ''],
    ]);
    const f = finding(r, 'unique_together')!;
    expect(f).toMatchObject({ failed: 4, total: 5, columns: ['a', 'b'], contract_path: 'table.unique[0]' });
    expect(f.samples).toEqual([{ line: 4, value: 'x, 1' }, { line: 8, value: 'y, ' }]);
    expect(f.message).toContain('columns "a", "b" repeat the values of an earlier row (first seen at line 2)');
  });
});

describe('table rules', () => {
  it('requires every listed column by default and reports extra columns as errors', () => {
    const r = validate('columns:\n  a: {}\n  b: {}\n', ['a', 'c'], [['1', '2']]);
    expect(finding(r, 'required_columns', 'b')!.message).toBe(
      'data/train.csv: required column "b" is missing (contract schemas/train.yaml: columns.b — every listed column is required unless table.required_columns says otherwise)',
    );
    expect(finding(r, 'unexpected_columns', 'c')!.message).toContain('data/train.csv:1: column "c" is not in the contract');
    expect(r.counts.failed_errors).toBe(2);
  });

  it('honours required_columns and unexpected_columns: warn / allow', () => {
    const warn = validate('table:\n  required_columns: [a]\n  unexpected_columns: warn\ncolumns:\n  a: {}\n  b: {}\n', ['a', 'c'], [['1', '2']]);
    expect(finding(warn, 'required_columns', 'b')).toBeUndefined();
    expect(finding(warn, 'unexpected_columns', 'c')!.severity).toBe('warn');
    expect(warn.passed).toBe(true);
    const allow = validate('table:\n  unexpected_columns: allow\ncolumns:\n  a: {}\n', ['a', 'c'], [['1', '2']]);
    expect(allow.findings).toEqual([]);
  });

  it('does not evaluate the rules of an absent optional column', () => {
    const r = validate('table:\n  required_columns: [a]\ncolumns:\n  a: {}\n  b: { type: integer }\n', ['a'], [['1']]);
    expect(r.findings).toEqual([]);
  });

  it('counts rows against rows.min (default 1) and rows.max', () => {
    const empty = validate('columns:\n  a: {}\n', ['a'], []);
    expect(finding(empty, 'rows.min')!.message).toContain('has 0 data rows, fewer than the minimum 1');
    const many = validate('table:\n  rows: { max: { value: 2, severity: warn } }\ncolumns:\n  a: {}\n', ['a'], col(['1', '2', '3']));
    expect(finding(many, 'rows.max')).toMatchObject({ severity: 'warn', passed: false });
  });

  it('treats a column that first appears in a later JSON Lines batch as missing before it', () => {
    const contract = parseContract('version: 1\ncolumns:\n  a: {}\n  b: {}\n', 'c.yaml');
    const v = createValidator(contract, { file: 'd.jsonl', columns: ['a'], hasLines: true });
    v.add({ columns: ['a'], values: [['1']], length: 1, lines: [1], rowOffset: 0 });
    v.add({ columns: ['a', 'b'], values: [['2'], ['x']], length: 1, lines: [2], rowOffset: 1 });
    const r = v.finish();
    expect(finding(r, 'required_columns')).toBeUndefined();
    expect(finding(r, 'nullable', 'b')!.samples).toEqual([{ line: 1, value: null }]);
  });
});

describe('fast parsers agree with values.ts', () => {
  it('fastDecimal equals +s wherever it answers', () => {
    let rnd = 12345;
    const next = () => (rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 50_000; k++) {
      const digits = 1 + Math.floor(next() * 17);
      let s = '';
      for (let j = 0; j < digits; j++) s += Math.floor(next() * 10);
      const p = Math.floor(next() * (digits + 1));
      s = (next() < 0.3 ? '-' : '') + s.slice(0, p) + (p < digits ? `.${s.slice(p)}` : '');
      const f = fastDecimal(s);
      if (!Number.isNaN(f)) expect(f).toBe(+s);
    }
  });

  it('parseIsoTimestamp (integer days-from-civil) equals Date.UTC for every day 1600-2400 and rejects impossible dates', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(1600, 0, 1); t < Date.UTC(2400, 0, 1); t += 86_400_000) {
      const s = new Date(t).toISOString().slice(0, 10);
      if (parseIsoTimestamp(s, true) !== t || parseIsoTimestamp(s) !== t) mismatches.push(s);
    }
    expect(mismatches).toEqual([]);
    for (const s of ['2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-01', '1900-02-29']) expect(parseIsoTimestamp(s, true)).toBeUndefined();
  });

  it('parseIsoTimestamp equals a Date-based reference on random timestamps, years 0-9999, offsets, fractions, leap seconds', () => {
    let rnd = 987654321;
    const next = () => (rnd = (rnd * 1103515245 + 12345) % 2147483648) / 2147483648;
    const int = (n: number) => Math.floor(next() * n);
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    // The reference: setUTCFullYear / setUTCHours keep years 0-99 as such (Date.UTC would not).
    const reference = (y: number, mo: number, d: number, h: number, mi: number, sec: number, ms: number, off: number): number => {
      const t = new Date(0);
      t.setUTCFullYear(y, mo - 1, d);
      t.setUTCHours(h, mi, sec, ms);
      return t.getTime() - off * 60_000;
    };
    const mismatches: string[] = [];
    for (let k = 0; k < 100_000; k++) {
      const y = next() < 0.1 ? int(100) : next() < 0.5 ? 1900 + int(200) : int(10_000);
      const mo = 1 + int(12);
      const d = 1 + int(31);
      const h = int(24);
      const mi = int(60);
      const sec = next() < 0.02 ? 60 : int(60);
      const fracDigits = int(5);
      const frac = fracDigits === 0 ? '' : `.${pad(int(10 ** fracDigits), fracDigits)}`;
      const oh = int(24);
      const om = int(60);
      const offKind = int(4);
      const offset = offKind === 0 ? '' : offKind === 1 ? 'Z' : `${offKind === 2 ? '+' : '-'}${pad(oh, 2)}:${pad(om, 2)}`;
      const off = offKind < 2 ? 0 : (offKind === 2 ? 1 : -1) * (oh * 60 + om);
      const s = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}${next() < 0.5 ? 'T' : ' '}${pad(h, 2)}:${pad(mi, 2)}:${pad(sec, 2)}${frac}${offset}`;
      const valid = d <= new Date(Date.UTC(2000, mo, 0)).getUTCDate() && !(mo === 2 && d === 29 && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0));
      const ms = fracDigits === 0 ? 0 : Math.floor(Number(frac) * 1000 + 1e-9);
      const want = valid ? reference(y, mo, d, h, mi, sec, ms, off) : undefined;
      const got = parseIsoTimestamp(s);
      // Fractions are accumulated digit by digit (as before): allow the floor to differ by 1 ms at most.
      if (want === undefined ? got !== undefined : got === undefined || Math.abs(got - want) > 1) mismatches.push(`${s}: ${got} != ${want}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });
});
