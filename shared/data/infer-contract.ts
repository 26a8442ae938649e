/**
 * A starting contract from a profile, in the spirit of TFDV's infer_schema and pandera's
 * infer_schema, with one more duty: it must not cry wolf. The data it was inferred from always
 * passes it, and so does fresh data from the same source: inferred on a random 70% of penguins,
 * seattle-weather or cars, the other 30% gets no error in 20 seeded splits of each, while a type
 * error, a column going a quarter empty or a category outside the set still fails it
 * (bench/contract-inference.ts measures both; docs/contract.md, "Inferring a contract").
 *
 * The rule: a sample proves what it saw, and only suggests what it did not see.
 * - What it saw is an error. Every value parsed as the type, so `type` is strict: a value that does
 *   not parse breaks whoever reads the column next.
 * - What it did not see gets the tolerance the sample cannot rule out: "no missing values in n rows"
 *   and "only these categories in n values" become `mostly: 1 - u`, u the 99.9% bound of the share
 *   a fresh batch may show (Wilson; share-upper-bound.ts): 11% for 240 rows, 2.6% for 1,096. A
 *   column going a quarter empty fails; a single missing value is still reported as a finding, but
 *   a 240-row sample cannot tell it from the penguins' two missing beak lengths in 344 rows, so it
 *   does not fail the build.
 * - Ranges are where a value outside the sample is plausible (a new maximum in 30% of the splits of
 *   any column, by exchangeability): widened by `rangeMargin` (10%) of the observed range on each
 *   side, never across zero, with severity `warn`. Data from another city shows up as warnings.
 *
 * Per column:
 * - type: the profile's type, strict. Numbers are `number` unless the column is id-like: that every
 *   sampled value was whole does not make 97.5 wrong (cars' Displacement has one in 406). When some
 *   non-missing values do not parse (the profiler picks a type held by >= 90%), `mostly` tolerates
 *   the share the sample allows.
 * - nullable: `{ value: false, mostly }` with the tolerated missing share, or `true` when that share
 *   could be half the column or more (tiny samples, mostly-empty columns).
 * - min/max: the observed range widened, `severity: warn`; left out when the column holds NaN or
 *   ±inf (they would fail a range rule). Id-like columns get no max (new ids are larger).
 * - category + allowed: only a clearly categorical text column: its values known exactly, at most
 *   `maxCategories` (100, TFDV's max_string_domain_size) of them, each seen at least 5 times (by
 *   Good-Turing, values seen once or twice mean unseen ones are likely). Tolerance: u at k = 0.
 * - unique: only id-like columns whose values are all distinct (exact count): a name that says id
 *   (`id`, `user_id`, `uuid`, `key`), a dense integer or date sequence (at most twice as many slots
 *   as values: auto-increment ids, one row per day), or text codes of one length without spaces.
 * Table: every column required, unexpected columns are errors, at least one row.
 */
import { Document, isMap, isScalar, isSeq, Scalar, type YAMLMap } from 'yaml';
import type { ColumnProfile, Profile } from '../formats/profile-format.js';
import { CONTRACT_VERSION, type ColumnContract, type Contract } from './contract.js';
import { formatTimestamp, parseIsoTimestamp } from './values.js';
import { type ColumnType } from '../formats/profile-format.js';
import { mostlyTolerating } from './share-upper-bound.js';

export interface InferContractOptions {
  /** Largest number of distinct values for a string column to become a category (default 100). */
  maxCategories?: number;
  /** Ranges are widened by this fraction of the observed range on each side (default 0.1). */
  rangeMargin?: number;
}

const TYPES = new Set<string>(['integer', 'number', 'string', 'boolean', 'category', 'date', 'timestamp']);
/** A category must be seen this often for its column to count as clearly categorical. */
export const MIN_CATEGORY_COUNT = 5;
/** Below this `mostly`, a rule says too little to be worth writing (the sample is too small). */
const MIN_USEFUL_MOSTLY = 0.5;
const DAY_MS = 86_400_000;
/** Column names that say "identifier": id, user_id, "Order ID", id_user, uuid, key (any case)... */
const ID_NAME = /(^|[_\s.-])(id|uuid|guid|key)$|^(id|uuid|guid|key)([_\s.-]|$)/i;
/** ...or in camel case: userId, orderID, sessionKey (case matters: "paid" and "valid" are not ids). */
const CAMEL_ID_NAME = /[a-z](Id|ID|Key|Uuid|UUID)$/;

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

/** Every distinct value with its count, when the profile knows them exactly. */
function exactValues(c: ColumnProfile): [string, number][] | undefined {
  return c.frequent_exact ? c.sketches.frequent.items : undefined;
}

/** All non-missing values distinct, by an exact count (a HyperLogLog estimate never claims it). */
function allDistinct(c: ColumnProfile): boolean {
  return (c.distinct.exact || c.frequent_exact) && c.count > 1 && c.distinct.estimate === c.count;
}

/**
 * Whether a column whose values are all distinct is an identifier, so that a repeat in fresh data
 * is a defect rather than chance: the name says so, or the values are a dense sequence (integers or
 * days filling at least half the slots between min and max), or fixed-length text without spaces.
 */
function idLike(name: string, c: ColumnProfile, type: ColumnType): boolean {
  if (!allDistinct(c)) return false;
  if (ID_NAME.test(name) || CAMEL_ID_NAME.test(name)) return true;
  if (type === 'integer' && typeof c.min === 'number' && typeof c.max === 'number') return c.max - c.min + 1 <= 2 * c.count;
  if (type === 'date' && typeof c.min === 'string' && typeof c.max === 'string') {
    const lo = parseIsoTimestamp(c.min, true);
    const hi = parseIsoTimestamp(c.max, true);
    return lo !== undefined && hi !== undefined && (hi - lo) / DAY_MS + 1 <= 2 * c.count;
  }
  if (type === 'string') {
    const values = exactValues(c);
    return values !== undefined && c.length !== null && c.length.min === c.length.max && c.length.min > 0 && values.every(([v]) => !/\s/u.test(v));
  }
  return false;
}

/** Rounds x to `step` in direction `dir`, without binary noise (0.30000000000000004). */
function roundTo(x: number, step: number, dir: 'down' | 'up'): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const r = (dir === 'down' ? Math.floor(x / step + 1e-9) : Math.ceil(x / step - 1e-9)) * step;
  return Number(r.toFixed(decimals));
}

/** How widenedRange rounds: numbers keep their sign; times are days since 1970, whose zero means nothing. */
export interface WidenOptions {
  /** Round bounds outward to multiples of this (default: the margin's leading digit). */
  step?: number;
  /** Margin of a constant column (default: `fraction` of |value|). */
  constantMargin?: number;
  /** Never widen a non-negative range below 0, nor a non-positive one above 0 (default true). */
  keepSign?: boolean;
}

/**
 * [lo, hi] widened by `fraction` of its span on each side, rounded outward to the margin's leading
 * digit so bounds read 60, not 59.51 (54.1 + 5.41), and never across zero: a column that was never
 * negative (amounts, counts, durations) does not get a negative bound.
 */
export function widenedRange(lo: number, hi: number, fraction: number, options: WidenOptions = {}): [number, number] {
  const margin = hi > lo ? (hi - lo) * fraction : (options.constantMargin ?? Math.abs(lo) * fraction);
  if (!(margin > 0)) return [lo, hi];
  const unit = options.step ?? 10 ** Math.floor(Math.log10(margin));
  let min = roundTo(lo - margin, unit, 'down');
  let max = roundTo(hi + margin, unit, 'up');
  if (options.keepSign !== false) {
    if (lo >= 0 && min < 0) min = 0;
    if (hi <= 0 && max > 0) max = 0;
  }
  return [Math.min(min, lo), Math.max(max, hi)];
}

function inferColumn(name: string, c: ColumnProfile, options: Required<InferContractOptions>): ColumnContract {
  let type: ColumnType = TYPES.has(c.type) ? (c.type as ColumnType) : 'string';
  const out: ColumnContract = {};
  const values = exactValues(c);
  // Numbers are keyed by value in the profile ("1.0" shows as "1"), so only all-text columns give exact text values.
  const allText = c.type_counts.integer + c.type_counts.number === 0;
  const categorical =
    (type === 'string' || type === 'category') &&
    values !== undefined &&
    allText &&
    values.length > 0 &&
    values.length <= options.maxCategories &&
    values.every(([, n]) => n >= MIN_CATEGORY_COUNT);
  if (categorical) type = 'category';
  else if (type === 'category') type = 'string';
  const id = idLike(name, c, type);
  if (type === 'integer' && !id) type = 'number';

  const ok = conforming(c, type);
  if (c.count > 0 && ok < c.count) {
    const mostly = mostlyTolerating(c.count - ok, c.count);
    // A type almost nothing parses as is not worth a rule: fall back to text.
    if (mostly >= MIN_USEFUL_MOSTLY) out.type = { value: type, mostly };
    else type = 'string';
  }
  out.type ??= type;

  const present = mostlyTolerating(c.nulls, c.count + c.nulls);
  out.nullable = present >= MIN_USEFUL_MOSTLY ? { value: false, mostly: present } : true;

  let range: [number, number] | [string, string] | undefined;
  if ((type === 'integer' || type === 'number') && c.nan === 0 && c.inf === 0 && typeof c.min === 'number' && typeof c.max === 'number') {
    range = widenedRange(c.min, c.max, options.rangeMargin, type === 'integer' ? { step: 1 } : {});
  } else if ((type === 'date' || type === 'timestamp') && typeof c.min === 'string' && typeof c.max === 'string') {
    const lo = parseIsoTimestamp(c.min);
    const hi = parseIsoTimestamp(c.max);
    if (lo !== undefined && hi !== undefined) {
      // Whole days: a date bound must be a date, and a day is a fine enough margin for timestamps.
      // 1970-01-01 is not a floor (cars' model years start there), and one date gets a day each side.
      const [min, max] = widenedRange(lo, hi, options.rangeMargin, { step: DAY_MS, constantMargin: DAY_MS, keepSign: false });
      range = [formatTimestamp(min, type), formatTimestamp(max, type)];
    }
  }
  if (range) {
    out.min = { value: range[0], severity: 'warn' };
    if (!id) out.max = { value: range[1], severity: 'warn' };
  }
  if (categorical && values) {
    const allowed = values.map(([v]) => v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // Every category was seen >= MIN_CATEGORY_COUNT times, so none was seen once: Good-Turing puts
    // the share of unseen values near 0, and the tolerance is its upper bound at k = 0.
    out.allowed = { value: allowed, mostly: mostlyTolerating(0, c.count) };
  }
  if (id && (type === 'integer' || type === 'string' || type === 'date') && ok === c.count) out.unique = true;
  return out;
}

/** A contract the profiled data passes, and fresh data from the same source too, for a person to review and tighten. */
export function inferContract(profile: Profile, options: InferContractOptions = {}): Contract {
  const resolved: Required<InferContractOptions> = { maxCategories: options.maxCategories ?? 100, rangeMargin: options.rangeMargin ?? 0.1 };
  const columns: Record<string, ColumnContract> = {};
  for (const name of profile.column_order) {
    const c = profile.columns[name];
    if (c) columns[name] = inferColumn(name, c, resolved);
  }
  return {
    version: CONTRACT_VERSION,
    table: { unexpected_columns: 'error', rows: { min: profile.rows > 0 ? 1 : 0 } },
    columns,
  };
}

const RULE_KEYS = new Set(['value', 'mostly', 'severity']);

/**
 * The contract as YAML, keys in the documented order, short lists (allowed values, column lists)
 * and rules' long forms in flow style, and `header` as a leading comment (one `#` per line).
 */
export function contractToYaml(contract: Contract, header?: string): string {
  const doc = new Document(contract);
  if (header) doc.commentBefore = header.split('\n').map((l) => ` ${l}`).join('\n');
  const flowLists = (node: unknown): void => {
    // Quote ISO dates: YAML 1.1 readers (PyYAML) would otherwise load them as dates, not text.
    if (isScalar(node) && typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    else if (isMap(node)) {
      const map = node as YAMLMap;
      // A rule's long form on one line, as docs/contract.md writes it: `max: {value: 60, severity: warn}`
      // (not a column that happens to be named "value": its entry is a mapping).
      const isRule = map.items.length > 0 && map.items.every((i) => isScalar(i.key) && RULE_KEYS.has(String(i.key.value)) && !isMap(i.value));
      if (isRule) map.flow = true;
      for (const item of map.items) flowLists(item.value);
    } else if (isSeq(node)) {
      if (node.items.every((i) => !isMap(i) && !isSeq(i))) node.flow = true;
      else for (const i of node.items) flowLists(i);
    }
  };
  flowLists(doc.contents);
  return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}
