/**
 * A starting contract from a profile, in the spirit of TFDV's infer_schema and pandera's
 * infer_schema: the data it was inferred from always passes it, and a person tightens it from there.
 *
 * Per column (docs/contract.md, "Inferring a contract"):
 * - type: the profile's type. When some non-missing values do not parse as it (the profiler picks a
 *   type held by >= 90% of values), the rule gets `mostly` = the observed share, rounded down.
 * - nullable: true exactly when the column had missing values.
 * - min/max: the observed range of integer, number, date and timestamp columns; left out when the
 *   column holds NaN or ±inf (they would fail a range rule).
 * - category + allowed: a string column whose exact frequent-items state holds at most
 *   `maxCategories` values (default 100, TFDV's max_string_domain_size) that repeat.
 * - unique: integer, string and date columns whose values are all distinct, only when the count is exact.
 * Table: every column required, unexpected columns are errors, at least one row.
 */
import { Document, isMap, isScalar, isSeq, Scalar, type YAMLMap } from 'yaml';
import type { ColumnProfile, Profile } from './profile-format.js';
import { CONTRACT_VERSION, type ColumnContract, type Contract } from './contract.js';
import type { ColumnType } from './values.js';

export interface InferContractOptions {
  /** Largest number of distinct values for a string column to become a category (default 100). */
  maxCategories?: number;
}

const TYPES = new Set<string>(['integer', 'number', 'string', 'boolean', 'category', 'date', 'timestamp']);

/** Non-missing values that parse as `type`, from the profile's narrowest-type counts. */
function conforming(c: ColumnProfile, type: ColumnType): number {
  const tc = c.type_counts;
  switch (type) {
    case 'integer':
      return tc.integer;
    case 'number':
      return tc.integer + tc.number;
    case 'boolean':
      // 1/0 count as integers in the profile but parse as booleans; without per-value detail, only
      // the boolean words are sure.
      return tc.boolean;
    case 'date':
      return tc.date;
    case 'timestamp':
      return tc.date + tc.timestamp;
    default:
      return c.count;
  }
}

/** Rounds a share down to 4 decimals so the rule still passes on the data it came from. */
function floorShare(x: number): number {
  return Math.floor(x * 10_000) / 10_000;
}

function inferColumn(c: ColumnProfile, maxCategories: number): ColumnContract {
  let type: ColumnType = TYPES.has(c.type) ? (c.type as ColumnType) : 'string';
  const out: ColumnContract = {};
  const items = c.sketches.frequent.items;
  const exactValues = c.frequent_exact;
  // Numbers are keyed by value in the profile ("1.0" shows as "1"), so only all-text columns give exact text values.
  const allText = c.type_counts.integer + c.type_counts.number === 0;
  if ((type === 'string' || type === 'category') && exactValues && allText && c.count > 0 && items.length <= maxCategories && items.length < c.count) {
    type = 'category';
  } else if (type === 'category') {
    type = 'string';
  }
  const ok = conforming(c, type);
  if (c.count > 0 && ok < c.count) {
    const share = floorShare(ok / c.count);
    // A type almost nothing parses as is not worth a rule: fall back to text.
    out.type = share >= 0.5 ? { value: type, mostly: share } : 'string';
    if (share < 0.5) type = 'string';
  } else out.type = type;
  out.nullable = c.nulls > 0;
  if ((type === 'integer' || type === 'number') && c.nan === 0 && c.inf === 0 && typeof c.min === 'number' && typeof c.max === 'number') {
    out.min = c.min;
    out.max = c.max;
  } else if ((type === 'date' || type === 'timestamp') && typeof c.min === 'string' && typeof c.max === 'string') {
    out.min = c.min;
    out.max = c.max;
  }
  if (type === 'category') {
    out.allowed = items.map(([v]) => v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
  const distinctExact = c.distinct.exact || exactValues;
  // Dates too (one row per day is common): a date column's values are all YYYY-MM-DD text, so
  // distinct text means distinct days. Not numbers (float ids are rare) nor timestamps (offsets).
  if ((type === 'integer' || type === 'string' || type === 'date') && distinctExact && c.count > 1 && c.distinct.estimate === c.count && ok === c.count) {
    out.unique = true;
  }
  return out;
}

/** A contract the profiled data passes, for a person to review and tighten. */
export function inferContract(profile: Profile, options: InferContractOptions = {}): Contract {
  const maxCategories = options.maxCategories ?? 100;
  const columns: Record<string, ColumnContract> = {};
  for (const name of profile.column_order) {
    const c = profile.columns[name];
    if (c) columns[name] = inferColumn(c, maxCategories);
  }
  return {
    version: CONTRACT_VERSION,
    table: { unexpected_columns: 'error', rows: { min: profile.rows > 0 ? 1 : 0 } },
    columns,
  };
}

/**
 * The contract as YAML, keys in the documented order, short lists (allowed values, column lists)
 * in flow style, and `header` as a leading comment (one `#` per line).
 */
export function contractToYaml(contract: Contract, header?: string): string {
  const doc = new Document(contract);
  if (header) doc.commentBefore = header.split('\n').map((l) => ` ${l}`).join('\n');
  const flowLists = (node: unknown): void => {
    // Quote ISO dates: YAML 1.1 readers (PyYAML) would otherwise load them as dates, not text.
    if (isScalar(node) && typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    else if (isMap(node)) for (const item of (node as YAMLMap).items) flowLists(item.value);
    else if (isSeq(node)) {
      if (node.items.every((i) => !isMap(i) && !isSeq(i))) node.flow = true;
      else for (const i of node.items) flowLists(i);
    }
  };
  flowLists(doc.contents);
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}
