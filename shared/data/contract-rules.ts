/**
 * What checking data against a parsed contract needs from the contract at run time: a rule in
 * long form whichever form it was written in, and the keys values are compared by.
 *
 * Why apart from contract.ts: contract.ts defines the contract with zod and reads it from YAML;
 * the validate-data shard worker receives the contract already parsed and checked in its task, so
 * it loads this module and neither zod nor the yaml package (~600 KB of its bundle; issue 18).
 * contract.ts re-exports everything here, so its importers need not know.
 */
import type { CellValue } from './cell-value.js';
import { parseIsoTimestamp, toBoolean, toInteger, toNumber, toText, toTimestamp, type TimestampPattern } from './values.js';
import type { ColumnType } from '../formats/column-types.js';
import { formatKeyPath } from '../runtime/key-path.js';

// Findings name the contract key that made the rule (`columns.age.min`).
export { formatKeyPath as formatContractPath };

/** A rule's severity; contract.ts's schema accepts exactly these. */
export type Severity = 'error' | 'warn';

/** A rule in long form, whichever form the contract used. */
export interface NormalizedRule<T> {
  value: T;
  mostly: number;
  severity: Severity;
}

export function normalizeRule<T>(r: T | { value: T; mostly?: number; severity?: Severity }): NormalizedRule<T> {
  if (r !== null && typeof r === 'object' && !Array.isArray(r) && 'value' in r) {
    return { value: r.value, mostly: 'mostly' in r && r.mostly !== undefined ? r.mostly : 1, severity: r.severity ?? 'error' };
  }
  return { value: r as T, mostly: 1, severity: 'error' };
}

/** An entry of `table.unique` as the contract may write it (contract.ts's schema). */
export type CompoundUnique = string[] | { columns: string[]; mostly?: number; severity?: Severity };

/** Normalizes a compound-unique entry: `[a, b]` or `{ columns: [a, b], mostly?, severity? }`. */
export function normalizeCompoundUnique(u: CompoundUnique): NormalizedRule<string[]> {
  if (Array.isArray(u)) return { value: u, mostly: 1, severity: 'error' };
  return { value: u.columns, mostly: u.mostly ?? 1, severity: u.severity ?? 'error' };
}

/** Parses a date/timestamp bound written in the contract (ISO 8601 text) to epoch ms. */
export function parseContractTime(value: string | number | boolean): number | undefined {
  if (typeof value !== 'string') return undefined;
  return parseIsoTimestamp(value, false);
}

/**
 * The key a value is compared by for `allowed` and `unique`: numbers for integer/number columns,
 * epoch ms for date/timestamp, booleans for boolean, the text itself for string/category. So
 * `allowed: [1, 2]` matches the CSV cell "1.0" in a number column, and "2024-01-01" equals
 * "2024-01-01T00:00:00Z" in a timestamp column. Undefined when the value is not of the type.
 */
export function valueKey(v: CellValue, type: ColumnType, pattern?: TimestampPattern): string | number | boolean | undefined {
  switch (type) {
    case 'integer':
      return toInteger(v);
    case 'number':
      return toNumber(v);
    case 'boolean':
      return toBoolean(v);
    case 'date':
      return toTimestamp(v, pattern, !pattern);
    case 'timestamp':
      return toTimestamp(v, pattern);
    default:
      return toText(v);
  }
}

/** valueKey for a value written in the contract (dates as ISO text, whatever the column format). */
export function contractValueKey(v: string | number | boolean, type: ColumnType): string | number | boolean | undefined {
  if (type === 'date' || type === 'timestamp') return parseContractTime(v);
  return valueKey(v, type);
}
