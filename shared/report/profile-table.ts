/**
 * A profile as a plain-text table for terminals (`mlops profile show`). Column names and values
 * come from data, so control characters are replaced and long values cut, keeping rows aligned.
 */
import type { ColumnProfile, Profile } from '../formats/profile-format.js';

const MAX_CELL = 28;

function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  const t = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return t.length > MAX_CELL ? `${t.slice(0, MAX_CELL - 1)}…` : t;
}

function num(v: number | null | undefined): string {
  if (v === null || v === undefined || Number.isNaN(v)) return '';
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e7) ? v.toExponential(3) : String(Number(v.toPrecision(4)));
}

function value(v: number | string | null): string {
  return typeof v === 'number' ? num(v) : v === null ? '' : clean(v);
}

function temporal(c: ColumnProfile): boolean {
  return c.type === 'date' || c.type === 'timestamp';
}

function top(c: ColumnProfile): string {
  const items = c.frequent.slice(0, 3).map((f) => `${clean(f.value)} (${f.count})`);
  return items.join(', ');
}

export function renderProfileTable(profile: Profile): string {
  const head = ['column', 'type', 'count', 'nulls', 'min', 'max', 'mean', 'std', 'median', 'distinct', 'top values'];
  const rows = profile.column_order.map((name) => {
    const c = profile.columns[name]!;
    const numeric = !temporal(c) && c.mean !== null;
    return [
      clean(name),
      c.type,
      String(c.count),
      String(c.nulls),
      value(c.min),
      value(c.max),
      numeric ? num(c.mean) : '',
      numeric ? num(c.std) : '',
      numeric ? num(c.quantiles?.['0.5']) : '',
      `${c.distinct.exact ? '' : '~'}${num(Math.round(c.distinct.estimate))}`,
      c.type === 'string' || c.type === 'category' || c.type === 'boolean' ? top(c) : '',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
