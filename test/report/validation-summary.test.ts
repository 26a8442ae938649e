import { describe, expect, it } from 'vitest';
import type { ValidationReport } from '../../shared/formats/validation-format.js';
import { asValidationReport, failingCounts, failsValidation, renderFindingLine, renderValidationSummary } from '../../shared/report/validation-summary.js';

const report: ValidationReport = {
  schema: 'mlops-actions/validation@1',
  data: { file: 'data/w.csv', format: 'csv', rows: 1461, line_kind: 'line' },
  contract: { file: 'c.yaml' },
  passed: false,
  counts: { rules: 9, failed_errors: 1, failed_warnings: 1 },
  findings: [
    {
      rule: 'max', column: '<img src=x onerror=alert(1)>', severity: 'error', failed: 53, total: 1461, fraction: 53 / 1461, mostly: 1,
      passed: false, samples: [{ line: 218, value: '31.1' }], message: 'data/w.csv:218: column "t" value 31.1 > max 30', contract_path: 'columns.t.max',
    },
    {
      rule: 'max', column: '@org/team', severity: 'warn', failed: 7, total: 1461, fraction: 7 / 1461, mostly: 1,
      passed: false, samples: [{ line: 22, value: '8.8' }], message: 'data/w.csv:22: wind', contract_path: 'columns.wind.max',
    },
    {
      rule: 'pattern', column: 'a|b', severity: 'error', failed: 1, total: 1461, fraction: 1 / 1461, mostly: 0.99,
      passed: true, samples: [{ line: 5, value: 'x' }], message: 'data/w.csv:5: a|b', contract_path: 'columns["a|b"].pattern',
    },
  ],
};

describe('validation summary', () => {
  it('counts failing rules by severity, not findings that pass within mostly', () => {
    expect(failingCounts(asValidationReport(report))).toEqual({ errors: 1, warnings: 1 });
  });

  it('decides the step outcome from fail-on', () => {
    const r = asValidationReport(report);
    expect(failsValidation(r, 'error')).toBe(true);
    expect(failsValidation(r, 'never')).toBe(false);
    const warnOnly = asValidationReport({ ...report, passed: true, findings: [report.findings[1]] });
    expect(failsValidation(warnOnly, 'error')).toBe(false);
    expect(failsValidation(warnOnly, 'warn')).toBe(true);
  });

  it('places a finding at the data file and its first failing line (none for Parquet row numbers)', () => {
    expect(asValidationReport(report).findings[0]!.location).toEqual({ file: 'data/w.csv', line: 218 });
    const parquet = asValidationReport({ ...report, data: { ...report.data, line_kind: 'row' } });
    expect(parquet.findings[0]!.location).toEqual({ file: 'data/w.csv', line: undefined });
  });

  it('renders one table row per rule with escaped hostile column names', () => {
    const md = renderValidationSummary(report, undefined, { data: 'data/w.csv', contract: 'c.yaml' });
    const rows = md.split('\n').filter((l) => l.startsWith('| max') || l.startsWith('| pattern'));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(6);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('@org');
    expect(rows[0]).toContain('| error | 53 | 3.63% | ❌ fail |');
    expect(rows[2]).toContain('✅ pass');
  });

  it('prints CLI lines without repeating the location the message already has', () => {
    const f = asValidationReport(report).findings;
    expect(renderFindingLine(f[0]!)).toBe('error: data/w.csv:218: column "t" value 31.1 > max 30');
    expect(renderFindingLine(f[2]!)).toBe('error (within mostly): data/w.csv:5: a|b');
  });
});
