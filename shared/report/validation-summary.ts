/**
 * What people read about a validation: the job summary (Markdown) and the CLI's text lines.
 * Both read the `mlops-actions/validation@1` report through `asValidationReport`, the one place
 * that knows its shape, so the renderers survive the report type growing.
 */
import type { SourceLocation } from '../runtime/errors.js';
import { formatLocation } from '../runtime/errors.js';
import type { Profile } from '../formats/profile-format.js';
import { escapeMarkdownCell } from './markdown-escape.js';

export type Severity = 'error' | 'warn' | 'info';

export interface FindingView {
  severity: Severity;
  message: string;
  rule?: string;
  column?: string | null;
  failedRows?: number;
  fraction?: number;
  /** A rule result that passed (reports may list passing rules too). */
  passed?: boolean;
  location?: SourceLocation;
}

export interface ValidationReportView {
  passed: boolean;
  /** Everything the report says, failing rules first as the report orders them. */
  findings: FindingView[];
  /** Rule results including passing ones, when the report lists them; else the findings (rules with failing rows). */
  rules: FindingView[];
  counts: Record<string, unknown>;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function severityOf(v: unknown): Severity {
  const s = String(v ?? 'error').toLowerCase();
  if (s === 'warn' || s === 'warning') return 'warn';
  if (s === 'info' || s === 'notice') return 'info';
  return 'error';
}

/** Where a finding points: its own location, else the data file at its first failing sample line. */
function locationOf(f: Record<string, unknown>, data: { file?: string; lineKind?: string }): SourceLocation | undefined {
  const loc = f.location as Record<string, unknown> | undefined;
  if (loc && typeof loc.file === 'string') return { file: loc.file, line: num(loc.line), column: num(loc.column) };
  const first = Array.isArray(f.samples) ? (f.samples[0] as Record<string, unknown> | undefined) : undefined;
  // A file list's samples name their file; one file's are in data.file.
  const file = typeof first?.file === 'string' ? first.file : data.file;
  if (!file) return undefined;
  // Parquet samples are row numbers, not lines: the annotation then goes on the file only.
  const line = data.lineKind === 'row' ? undefined : num(first?.line);
  return { file, line: line && line > 0 ? line : undefined };
}

function findingOf(raw: unknown, data: { file?: string; lineKind?: string }): FindingView {
  const f = (raw ?? {}) as Record<string, unknown>;
  const columns = Array.isArray(f.columns) ? f.columns.map(String).join(', ') : undefined;
  return {
    severity: severityOf(f.severity),
    message: String(f.message ?? ''),
    rule: typeof f.rule === 'string' ? f.rule : undefined,
    column: typeof f.column === 'string' ? f.column : (columns ?? null),
    failedRows: num(f.failed ?? f.failed_rows),
    fraction: num(f.fraction),
    passed: typeof f.passed === 'boolean' ? f.passed : undefined,
    location: locationOf(f, data),
  };
}

/**
 * Reads a `mlops-actions/validation@1` report (as `validateData` returns or writes it, see
 * shared/formats/validation-format.ts); throws when it has no verdict.
 */
export function asValidationReport(report: unknown): ValidationReportView {
  const r = report as Record<string, unknown> | null;
  if (!r || typeof r !== 'object' || typeof r.passed !== 'boolean' || !Array.isArray(r.findings)) {
    throw new Error('validation report has no boolean "passed" and "findings" array');
  }
  const d = (r.data ?? {}) as Record<string, unknown>;
  const data = { file: typeof d.file === 'string' ? d.file : undefined, lineKind: typeof d.line_kind === 'string' ? d.line_kind : undefined };
  const findings = r.findings.map((f) => findingOf(f, data));
  const rules = Array.isArray(r.rules) ? r.rules.map((f) => findingOf(f, data)) : findings;
  return { passed: r.passed, findings, rules, counts: (r.counts ?? {}) as Record<string, unknown> };
}

/** A finding counts against the data when it is a warn/error rule that did not pass. */
export function isFailing(f: FindingView): boolean {
  return f.passed !== true && f.severity !== 'info';
}

export function failingCounts(report: ValidationReportView): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of report.findings) {
    if (!isFailing(f)) continue;
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

export type FailOn = 'error' | 'warn' | 'never';
export const FAIL_ON: readonly FailOn[] = ['error', 'warn', 'never'];

/** Whether the step fails: `error` follows the report's verdict; `warn` also fails on warnings. */
export function failsValidation(report: ValidationReportView, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const { errors, warnings } = failingCounts(report);
  if (failOn === 'warn') return !report.passed || errors + warnings > 0;
  return !report.passed;
}

function fmtNumber(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return String(v);
    if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
    return Number(v.toPrecision(6)).toString();
  }
  return escapeMarkdownCell(String(v), 60);
}

function fmtFraction(v: number | undefined): string {
  if (v === undefined) return '';
  if (v === 0) return '0%';
  const pct = v * 100;
  return `${pct < 0.01 ? pct.toPrecision(2) : Number(pct.toPrecision(3)).toString()}%`;
}

const ICON: Record<string, string> = { pass: '✅ pass', error: '❌ fail', warn: '⚠️ warn', info: 'ℹ️ info' };

export interface SummaryOptions {
  /** The data file as the user named it. */
  data: string;
  contract?: string;
  /** Rows per table before "… and N more" (keeps the summary under GitHub's size limit). */
  maxRows?: number;
}

/** Job summary Markdown: verdict, rules table, per-column profile overview. */
export function renderValidationSummary(reportIn: unknown, profile: Profile | undefined, options: SummaryOptions): string {
  const report = asValidationReport(reportIn);
  const max = options.maxRows ?? 200;
  const { errors, warnings } = failingCounts(report);
  const out: string[] = [];
  const verdict = report.passed ? '✅ passed' : '❌ failed';
  out.push(`### validate-data ${verdict}: ${escapeMarkdownCell(options.data)}`, '');
  const facts = [
    profile ? `${profile.rows} rows, ${profile.column_order.length} columns` : undefined,
    options.contract ? `contract ${escapeMarkdownCell(options.contract)}` : 'no contract (profile only)',
    `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  ].filter(Boolean);
  out.push(facts.join(' · '), '');

  if (report.rules.length > 0) {
    out.push('| rule | column | severity | failed rows | fraction | result |', '| --- | --- | --- | ---: | ---: | --- |');
    for (const f of report.rules.slice(0, max)) {
      const result = f.passed === true ? ICON.pass : ICON[f.severity];
      const rule = escapeMarkdownCell(f.rule ?? f.message);
      out.push(
        `| ${rule} | ${f.column ? escapeMarkdownCell(f.column) : ''} | ${f.severity} | ${f.failedRows ?? ''} | ${fmtFraction(f.fraction)} | ${result} |`,
      );
    }
    if (report.rules.length > max) out.push('', `_… and ${report.rules.length - max} more rules in the report file._`);
    out.push('');
  } else if (typeof report.counts.rules === 'number' && report.counts.rules > 0) {
    out.push(`All ${report.counts.rules} rules passed on every row.`, '');
  }

  if (profile && profile.column_order.length > 0) {
    out.push('<details><summary>Column profile</summary>', '');
    out.push('| column | type | count | nulls | min | max | mean | distinct |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const name of profile.column_order.slice(0, max)) {
      const c = profile.columns[name];
      if (!c) continue;
      const distinct = `${c.distinct.exact ? '' : '≈'}${fmtNumber(Math.round(c.distinct.estimate))}`;
      out.push(
        `| ${escapeMarkdownCell(name)} | ${c.type} | ${c.count} | ${c.nulls} | ${fmtNumber(c.min)} | ${fmtNumber(c.max)} | ${fmtNumber(c.mean)} | ${distinct} |`,
      );
    }
    if (profile.column_order.length > max) out.push('', `_… and ${profile.column_order.length - max} more columns in the profile file._`);
    out.push('', '</details>', '');
  }
  return out.join('\n');
}

/**
 * CLI text: one line per finding, `severity: message`. Report messages already start with
 * `file:line`; a finding without one gets its location prefixed.
 */
export function renderFindingLine(f: FindingView): string {
  const where = f.location && !f.message.startsWith(f.location.file) ? `${formatLocation(f.location)}: ` : '';
  const severity = f.severity === 'warn' ? 'warning' : f.severity;
  const label = f.passed === true ? `${severity} (within mostly)` : severity;
  return `${label}: ${where}${f.message}`;
}

/** CLI text: the closing line. */
export function renderSummaryLine(reportIn: unknown, profile: Profile | undefined, data: string, failOn: FailOn = 'error'): string {
  const report = asValidationReport(reportIn);
  const { errors, warnings } = failingCounts(report);
  const rows = profile ? `, ${profile.rows} rows` : '';
  return `${failsValidation(report, failOn) ? 'FAILED' : 'passed'}: ${data}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${rows}`;
}
