/**
 * Streaming column profiler: feeds RecordBatches into mergeable sketches and derives the
 * `mlops-actions/profile@1` statistics from them (docs/formats.md, "Profile").
 *
 * Hot path: per cell, one hash-table probe that dictionary-encodes the batch column
 * (batch-dictionary.ts; strings by content, JSON/Parquet numbers by value), shared with the
 * validator. Each batch's distinct values are then classified and parsed once each and folded,
 * with their counts, into the sketches: type counts, text lengths, moments (weighted exact sum +
 * M2), KLL (weighted update), HyperLogLog and frequent items.
 *
 * Per-cell semantics (shared/data/values.ts): a cell is missing when null/undefined or a null
 * token; otherwise it counts once in `type_counts` under the narrowest type it parses as, checked
 * in this order: integer, number (decimal literal), boolean word, date (YYYY-MM-DD) or timestamp
 * (ISO 8601, or the column's strftime-like format), number (NaN/inf words), else string.
 * Numeric cells feed the numeric sketches (NaN and ±inf only counted); date/timestamp cells feed
 * separate temporal sketches (epoch ms); the column's type picks which ones the profile keeps.
 *
 * Distinct values (HLL and frequent items) are keyed by the value: numbers by their float64 value
 * ("1" and "1.0" are one value, shown as "1"), everything else by its text. Columns declared
 * string or category are keyed by text only.
 */
import { createHash } from 'node:crypto';
import { addWeightedToMoments, Moments } from './sketch/moments.js';
import { KllSketch } from './sketch/kll.js';
import { HyperLogLog, hllPrecision } from './sketch/hll.js';
import { FREQUENT_DEFAULT_CAPACITY, FrequentItems } from './sketch/frequent-items.js';
import { NumberCounter, StringCounter } from './sketch/value-counter.js';
import { PROFILE_SCHEMA } from '../formats/column-types.js';
import type { ColumnProfile, Profile } from '../formats/profile-format.js';
import type { RecordBatch } from './table.js';
import type { CellValue } from './cell-value.js';
import { InputError } from '../runtime/errors.js';

/** The one column name a profile (JSON object keys) cannot carry. */
export const RESERVED_COLUMN = '__proto__';
import { BatchDictionaries } from './batch-dictionary.js';
import { type ColumnDictionary } from './column-dictionary.js';
import { compileTimestampFormat, defaultNullTokens, formatTimestamp, isDecimalLiteral, isoTimestamp, parseIsoTimestamp, toBoolean, toNumber, type NullTokens, type TimestampPattern } from './values.js';
import type { ColumnType } from '../formats/column-types.js';

export interface ProfilerOptions {
  /** Column names known up front (file order); columns first seen in later batches are appended. */
  columns: readonly string[];
  /** Declared types (from the contract); other columns get an inferred type at finish. */
  types?: Record<string, ColumnType>;
  nullTokens?: NullTokens;
  /** strftime-like formats for date/timestamp columns (see compileTimestampFormat). */
  timestampFormats?: Record<string, string>;
}

export interface Profiler {
  /**
   * Profiles a batch. `dictionaries` (optional) is the encoder shared with the validator, so that
   * each column is encoded once per batch; without it the profiler encodes on its own.
   */
  add(batch: RecordBatch, dictionaries?: BatchDictionaries): void;
  finish(source: { file: string; format: string }): Profile;
}

/** Probabilities reported in `quantiles`. */
export const PROFILE_QUANTILES: readonly number[] = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
export const HISTOGRAM_BINS = 20;
export const FREQUENT_TOP = 20;
/**
 * Frequent-items slots for the whole profile: a column gets FREQUENT_DEFAULT_CAPACITY (1,024) unless
 * the table is so wide that they would exceed this (a slot is a Map entry and its text, ~100 bytes,
 * and a line of the profile): 10,000 columns get 104 each. Counts stay within the sketch's bound,
 * N/(capacity+1), and a column with at most `capacity` distinct values is still counted exactly.
 */
export const FREQUENT_SLOTS_BUDGET = 1 << 20;

/** Frequent-items capacity per column for a table of `columns` columns. */
export function frequentCapacity(columns: number): number {
  return Math.max(64, Math.min(FREQUENT_DEFAULT_CAPACITY, Math.floor(FREQUENT_SLOTS_BUDGET / Math.max(1, columns))));
}

/**
 * Longest text kept whole by the string statistics (min, max, frequent items, distinct count). A
 * longer value is kept as its first TEXT_PREFIX_CHARS characters, "…", its length and a digest of
 * the whole value (boundedText), so one 50 MB cell no longer puts 50 MB three times into memory and
 * into the profile. Lengths are of the whole value.
 */
export const TEXT_PREFIX_CHARS = 256;

/** `text` itself when at most TEXT_PREFIX_CHARS long, else its bounded form (see TEXT_PREFIX_CHARS). */
export function boundedText(text: string): string {
  if (text.length <= TEXT_PREFIX_CHARS) return text;
  let cut = TEXT_PREFIX_CHARS;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--; // never split a surrogate pair
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return `${text.slice(0, cut)}…[${text.length} chars, sha256 ${digest}]`;
}

/** A non-string type is inferred only when its values are at least this share of non-missing values. */
export const INFER_DOMINANT_SHARE = 0.9;

type Kind = 'integer' | 'number' | 'boolean' | 'date' | 'timestamp' | 'string';
export type TypeCounts = Record<Kind, number>;

export interface TextStats {
  min_len: number | null;
  max_len: number | null;
  sum_len: number;
  min: string | null;
  max: string | null;
}

/** Everything a column profile is derived from; what merge combines. */
export interface ColumnSketches {
  count: number;
  nulls: number;
  nan: number;
  inf: number;
  typeCounts: TypeCounts;
  moments: Moments;
  kll: KllSketch;
  hll: HyperLogLog;
  frequent: FrequentItems;
  text: TextStats;
}

export function emptyTypeCounts(): TypeCounts {
  return { integer: 0, number: 0, boolean: 0, date: 0, timestamp: 0, string: 0 };
}

/**
 * The type of a column without a declared one, from its type counts:
 * the family (numeric = integer+number, temporal = date+timestamp, boolean, string) holding the
 * most non-missing values wins if it holds at least 90% of them, else string; numeric becomes
 * integer when no value was fractional/NaN/inf (number otherwise), temporal becomes date when no
 * value had a time part (timestamp otherwise). All-missing columns are string. Low-cardinality
 * strings stay string: the contract inference decides `category`.
 */
export function inferColumnType(tc: TypeCounts): ColumnType {
  const numeric = tc.integer + tc.number;
  const temporal = tc.date + tc.timestamp;
  const total = numeric + temporal + tc.boolean + tc.string;
  if (total === 0) return 'string';
  const best = Math.max(numeric, temporal, tc.boolean, tc.string);
  if (best < INFER_DOMINANT_SHARE * total) return 'string';
  if (numeric === best) return tc.number > 0 ? 'number' : 'integer';
  if (temporal === best) return tc.timestamp > 0 ? 'timestamp' : 'date';
  if (tc.boolean === best) return 'boolean';
  return 'string';
}

export function isNumericType(t: string): boolean {
  return t === 'integer' || t === 'number';
}

export function isTemporalType(t: string): t is 'date' | 'timestamp' {
  return t === 'date' || t === 'timestamp';
}

/** Derives every statistic of a column profile from its sketches (used by finish and merge). */
export function columnProfileFromSketches(type: ColumnType, s: ColumnSketches): ColumnProfile {
  const numeric = isNumericType(type);
  const temporal = isTemporalType(type);
  const stats = numeric || temporal;
  const kll = s.kll;
  const n = kll.n;
  let min: number | string | null = null;
  let max: number | string | null = null;
  let quantiles: Record<string, number> | null = null;
  let histogram: { edges: number[]; counts: number[] } | null = null;
  if (stats) {
    if (n > 0) {
      min = temporal ? formatTimestamp(kll.min, type) : kll.min;
      max = temporal ? formatTimestamp(kll.max, type) : kll.max;
      quantiles = {};
      for (const p of PROFILE_QUANTILES) quantiles[String(p)] = kll.quantile(p) as number;
      histogram = kllHistogram(kll, HISTOGRAM_BINS);
    }
  } else {
    min = s.text.min;
    max = s.text.max;
  }
  const exact = s.frequent.isExact();
  return {
    type,
    count: s.count,
    nulls: s.nulls,
    nan: s.nan,
    inf: s.inf,
    type_counts: { ...s.typeCounts },
    min,
    max,
    mean: stats ? s.moments.meanValue() : null,
    std: stats ? s.moments.std() : null,
    quantiles,
    distinct: exact ? { estimate: s.frequent.size, exact: true } : { estimate: Math.round(s.hll.estimate()), exact: false },
    frequent: s.frequent.top(FREQUENT_TOP),
    frequent_exact: exact,
    histogram,
    length: s.count > 0 && s.text.min_len !== null ? { min: s.text.min_len, max: s.text.max_len as number, mean: s.text.sum_len / s.count } : null,
    sketches: {
      moments: (stats ? s.moments : new Moments()).toState(),
      kll: (stats ? kll : new KllSketch(kll.k)).toState(),
      hll: s.hll.toState(),
      frequent: s.frequent.toState(),
      text: { ...s.text },
    },
  };
}

/**
 * 20 equal-width bins over [min, max], edges as numpy.histogram computes them
 * (min + i·(max−min)/bins, last edge = max), bins [e_i, e_{i+1}) except the last, which is closed.
 * Counts are differences of the KLL CDF at the edges: exact while the sketch is exact, otherwise
 * each count is within the sketch's rank error (2 × 1.65% of n at k = 200) of the truth.
 * A constant column gets one bin [min, max] holding every value.
 */
export function kllHistogram(kll: KllSketch, bins: number): { edges: number[]; counts: number[] } | null {
  if (kll.n === 0) return null;
  const lo = kll.min;
  const hi = kll.max;
  if (lo === hi) return { edges: [lo, hi], counts: [kll.n] };
  const step = (hi - lo) / bins;
  const edges: number[] = [];
  for (let i = 0; i < bins; i++) edges.push(i * step + lo);
  edges.push(hi);
  const counts: number[] = [];
  let below = 0;
  for (let i = 1; i <= bins; i++) {
    const w = i === bins ? kll.n : kll.weightBelow(edges[i], false);
    counts.push(w - below);
    below = w;
  }
  return { edges, counts };
}

// ---------------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
let scratchValue = 0;

/** Classifies one non-missing text value; the parsed number/epoch ms goes to scratchValue. */
function classifyText(s: string, pattern: TimestampPattern | undefined, patternIsDate: boolean): Kind {
  if (isDecimalLiteral(s)) {
    const x = +s;
    scratchValue = x;
    return Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER ? 'integer' : 'number';
  }
  if (toBoolean(s) !== undefined) return 'boolean';
  const t = pattern ? pattern(s) : parseIsoTimestamp(s);
  if (t !== undefined) {
    scratchValue = t;
    return (pattern ? patternIsDate : s.length === 10) ? 'date' : 'timestamp';
  }
  const x = toNumber(s);
  if (x !== undefined) {
    scratchValue = x;
    return 'number';
  }
  return 'string';
}

/** Canonical text of a number for frequent items: shortest round-trip form, -0 as 0. */
function numberText(x: number): string {
  return String(x + 0);
}

/**
 * The per-batch counters and buffers a column folds through. A profiler folds one column at a time
 * (addCells ends with flush, which empties them), so one set serves every column: per column, after
 * growing to a wide batch's distinct values, they were ~35 KB (350 MB for 10,000 columns).
 */
class BatchScratch {
  readonly strs = new StringCounter(16);
  readonly nums = new NumberCounter(16);
  readonly dates = new NumberCounter(16);
  boolTrue = 0;
  boolFalse = 0;
  /** Finite numeric / temporal values with weights, for moments and KLL. */
  readonly numVals = new NumberCounter(16);
  readonly tmpVals = new NumberCounter(16);
  /**
   * Numeric items by value, so "1" and "1.0" are one item before they become text: the finite ones
   * are numVals' (a column not keyed by text adds every finite numeric value to both, so they are
   * counted once, in numVals), this counter holds the rest (±inf, NaN).
   */
  readonly numKeys = new NumberCounter(16);
  /**
   * Text items for the frequent-items sketch, folded once per batch; numeric items go unboxed
   * (stageNums), each standing for its shortest round-trip text (FrequentItems.addBatch). No text
   * staged is a number's String(): a value whose text reads as a number is classified a number, and
   * a column keyed by text (string, category) stages every value as text.
   */
  stageKeys: string[] = [];
  stageCounts = new Float64Array(16);
  stageLen = 0;
  /** Numeric items, unboxed: a number among the text keys was a heap-allocated box unless small. */
  stageNums = new Float64Array(16);
  stageNumCounts = new Float64Array(16);
  valBuf = new Float64Array(16);
  wBuf = new Float64Array(16);

  stage(text: string, c: number): void {
    if (this.stageLen === this.stageCounts.length) {
      const b = new Float64Array(this.stageLen * 2);
      b.set(this.stageCounts);
      this.stageCounts = b;
    }
    this.stageKeys[this.stageLen] = text;
    this.stageCounts[this.stageLen++] = c;
  }

  /** Whether a staged text may occur twice in the batch (see ColumnAccumulator.addOther). */
  stageMayRepeat = false;

  /** Sums the counts of staged items of equal text (frequent-items batches hold distinct items). */
  mergeStage(): void {
    const first = new Map<string, number>();
    let n = 0;
    for (let i = 0; i < this.stageLen; i++) {
      const k = this.stageKeys[i];
      const at = first.get(k);
      if (at === undefined) {
        first.set(k, n);
        this.stageKeys[n] = k;
        this.stageCounts[n++] = this.stageCounts[i];
      } else this.stageCounts[at] += this.stageCounts[i];
    }
    this.stageKeys.fill('', n, this.stageLen);
    this.stageLen = n;
  }

  /** Empties the staged items (and lets go of their strings). */
  clearStage(): void {
    if (this.stageLen > 0) this.stageKeys.fill('', 0, this.stageLen);
    this.stageLen = 0;
    this.stageMayRepeat = false;
  }

  /** Copies vals' values and weights into valBuf and wBuf; returns how many. */
  loadValues(vals: NumberCounter): number {
    if (this.valBuf.length < vals.size) {
      this.valBuf = new Float64Array(vals.size * 2);
      this.wBuf = new Float64Array(vals.size * 2);
    }
    return vals.copyTo(this.valBuf, this.wBuf);
  }

  /** Folds valBuf[0..d) with weights wBuf[0..d) into moments and KLL. */
  foldLoaded(d: number, moments: Moments, kll: KllSketch): void {
    addWeightedToMoments(moments, this.valBuf, this.wBuf, d);
    kll.updateWeighted(this.valBuf, this.wBuf, d);
  }

  foldValues(vals: NumberCounter, moments: Moments, kll: KllSketch): void {
    this.foldLoaded(this.loadValues(vals), moments, kll);
    vals.reset();
  }
}

class ColumnAccumulator {
  count = 0;
  nan = 0;
  inf = 0;
  readonly typeCounts = emptyTypeCounts();
  readonly numMoments = new Moments();
  readonly numKll = new KllSketch();
  tmpMoments: Moments | null = null;
  tmpKll: KllSketch | null = null;
  readonly hll: HyperLogLog;
  readonly frequent: FrequentItems;
  readonly text: TextStats = { min_len: null, max_len: null, sum_len: 0, min: null, max: null };

  /** Per-batch counters and buffers, shared by every column of the profiler (see BatchScratch). */
  private readonly scratch: BatchScratch;
  private readonly byText: boolean;
  private readonly pattern: TimestampPattern | undefined;
  private readonly patternIsDate: boolean;
  /** Whether decimals kept as numbers fold as numbers (addCells). */
  private readonly decimalsAsNumbers: boolean;

  constructor(
    readonly name: string,
    readonly declared: ColumnType | undefined,
    format: string | undefined,
    private readonly nullTokens: NullTokens,
    frequentSlots: number,
    hllP: number,
    scratch: BatchScratch,
  ) {
    this.scratch = scratch;
    this.hll = new HyperLogLog(hllP);
    this.frequent = new FrequentItems(frequentSlots);
    this.byText = declared === 'string' || declared === 'category';
    this.pattern = format ? compileTimestampFormat(format) : undefined;
    this.patternIsDate = declared === 'date';
    this.decimalsAsNumbers = !this.byText && nullTokens === defaultNullTokens;
  }

  /** Folds one batch column, given as its distinct values with their counts. */
  addCells(dict: ColumnDictionary): void {
    // Decimals the CSV reader kept as numbers (ColumnDictionary.numbers) fold without their text
    // (foldDecimal) unless the column is keyed by text or a null token could be one of them (only
    // the default tokens are known to hold no decimal); otherwise `values` decodes them.
    const store = this.decimalsAsNumbers ? dict.numbers : null;
    // Parquet timestamps kept as epoch ms (ColumnDictionary.times) fold as addOther folds their Dates.
    const times = dict.numbers === null ? dict.times : null;
    const values = store !== null || times !== null ? dict.rawValues : dict.values;
    const counts = dict.counts;
    const size = dict.size;
    const sc = this.scratch;
    // Strings are distinct in the dictionary and fold directly, unless some other value is
    // profiled as text too (a bigint past 2^53, an invalid Date): then all go through `strs`, which
    // merges them by text. Rare (never in CSV), so that is checked only when such values exist.
    const mergeText = dict.hasOthers && this.hasOtherText(values, size);
    let sawString = false;
    for (let d = 0; d < size; d++) {
      const v = values[d];
      const c = counts[d];
      if (typeof v === 'string') {
        sawString = true;
        if (mergeText) sc.strs.add(v, c);
        else if (!this.nullTokens.isMissing(v)) {
          const kind = classifyText(v, this.pattern, this.patternIsDate);
          this.fold(kind, scratchValue, v, c);
        }
      } else if (typeof v === 'number') sc.nums.add(v, c);
      else if (v !== null && v !== undefined) this.addOther(v, c);
      else if (v === undefined && store !== null) {
        const x = store.numbers[dict.numberBase + d];
        if (x === x) this.foldDecimal(dict, d, x, c);
      } else if (v === undefined && times !== null) {
        sc.stageMayRepeat = true;
        sc.dates.add(times[d], c);
      }
    }
    // A Date's or boolean's text can only repeat a string's: distinct Dates (by millisecond) have
    // distinct ISO texts. A typed column (Parquet timestamps) skips the merge, ~5% of its profile.
    if (!sawString) sc.stageMayRepeat = false;
    this.flush();
  }

  /**
   * fold() of entry d of `dict`, a decimal literal kept as its number x (finite) and ASCII bytes:
   * what classifyText and fold do with its text, the text made only when it is a new minimum or
   * maximum.
   */
  private foldDecimal(dict: ColumnDictionary, d: number, x: number, c: number): void {
    this.count += c;
    if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) this.typeCounts.integer += c;
    else this.typeCounts.number += c;
    const t = this.text;
    const len = dict.textLength(d);
    if (t.min_len === null || len < t.min_len) t.min_len = len;
    if (t.max_len === null || len > t.max_len) t.max_len = len;
    t.sum_len += len * c;
    if (t.min === null || dict.compareText(d, t.min) < 0) t.min = dict.textOf(d);
    if (t.max === null || dict.compareText(d, t.max) > 0) t.max = dict.textOf(d);
    const sc = this.scratch;
    sc.numVals.add(x, c); // also its frequent item (numKeys)
    this.hll.addNumber(x);
  }

  /** Whether addOther would count one of the values as text. */
  private hasOtherText(values: readonly CellValue[], size: number): boolean {
    for (let d = 0; d < size; d++) {
      const v = values[d];
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) continue;
      if (typeof v === 'bigint' ? v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(-Number.MAX_SAFE_INTEGER) : !(v instanceof Date) || Number.isNaN(v.getTime())) return true;
    }
    return false;
  }

  private addOther(v: CellValue, c: number): void {
    const sc = this.scratch;
    // Booleans and Dates are staged by text ("true", ISO 8601), which a string cell of the batch
    // may share (JSON Lines mixes them): the batch's items are then merged by text (mergeStage),
    // when the batch has strings too (addCells).
    if (typeof v === 'boolean' || v instanceof Date) sc.stageMayRepeat = true;
    if (typeof v === 'boolean') {
      if (v) sc.boolTrue += c;
      else sc.boolFalse += c;
    } else if (typeof v === 'bigint') {
      if (v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(-Number.MAX_SAFE_INTEGER)) sc.nums.add(Number(v), c);
      else sc.strs.add(String(v), c);
    } else if (v instanceof Date) {
      const t = v.getTime();
      if (Number.isNaN(t)) sc.strs.add(String(v), c);
      else sc.dates.add(t, c);
    } else {
      sc.strs.add(String(v), c);
    }
  }

  private fold(kind: Kind, x: number, whole: string, c: number): void {
    this.count += c;
    this.typeCounts[kind] += c;
    const t = this.text;
    const len = whole.length;
    const text = len <= TEXT_PREFIX_CHARS ? whole : boundedText(whole);
    if (t.min_len === null || len < t.min_len) t.min_len = len;
    if (t.max_len === null || len > t.max_len) t.max_len = len;
    t.sum_len += len * c;
    if (t.min === null || text < t.min) t.min = text;
    if (t.max === null || text > t.max) t.max = text;
    const sc = this.scratch;
    if (kind === 'integer' || kind === 'number') {
      if (x === x && x !== Infinity && x !== -Infinity) sc.numVals.add(x, c);
      else if (x !== x) this.nan += c;
      else this.inf += c;
      if (this.byText) {
        this.hll.addString(text);
        sc.stage(text, c);
      } else {
        this.hll.addNumber(x);
        // A finite value's frequent item is its numVals entry (numKeys).
        if (!(x === x && x !== Infinity && x !== -Infinity)) sc.numKeys.add(x, c);
      }
      return;
    }
    if (kind === 'date' || kind === 'timestamp') sc.tmpVals.add(x, c);
    this.hll.addString(text);
    sc.stage(text, c);
  }

  private flush(): void {
    const sc = this.scratch;
    const strs = sc.strs;
    if (strs.size > 0) {
      for (let i = 0; i < strs.size; i++) {
        const s = strs.keyAt(i);
        if (this.nullTokens.isMissing(s)) continue;
        const kind = classifyText(s, this.pattern, this.patternIsDate);
        this.fold(kind, scratchValue, s, strs.countAt(i));
      }
      strs.reset();
    }
    const nums = sc.nums;
    if (nums.size > 0 || nums.nanWeight > 0) {
      for (let i = 0; i < nums.size; i++) {
        const x = nums.keyAt(i);
        const kind: Kind = Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER ? 'integer' : 'number';
        this.fold(kind, x, numberText(x), nums.countAt(i));
      }
      if (nums.nanWeight > 0) this.fold('number', NaN, 'NaN', nums.nanWeight);
      nums.reset();
    }
    const dates = sc.dates;
    if (dates.size > 0) {
      for (let i = 0; i < dates.size; i++) {
        const t = dates.keyAt(i);
        this.fold(t % MS_PER_DAY === 0 ? 'date' : 'timestamp', t, isoTimestamp(t), dates.countAt(i));
      }
      dates.reset();
    }
    if (sc.boolTrue > 0) this.fold('boolean', NaN, 'true', sc.boolTrue);
    if (sc.boolFalse > 0) this.fold('boolean', NaN, 'false', sc.boolFalse);
    sc.boolTrue = 0;
    sc.boolFalse = 0;

    // The finite numeric values with their weights, for moments and KLL and (unless the column is
    // keyed by text) as frequent items, with numKeys' other numbers.
    const nv = sc.numVals;
    const d = nv.size > 0 ? sc.loadValues(nv) : 0;
    nv.reset();
    const nk = sc.numKeys;
    // -0 counted as 0 (NumberCounter), so String() of each is numberText(). Numbers are never
    // merged with text (mergeStage): no staged text is a number's String().
    if (nk.nanWeight > 0) sc.stage('NaN', nk.nanWeight);
    let itemNums = sc.valBuf;
    let itemCounts = sc.wBuf;
    let numLen = this.byText ? 0 : d;
    if (nk.size > 0) {
      if (sc.stageNums.length < nk.size + numLen) {
        sc.stageNums = new Float64Array(2 * (nk.size + numLen));
        sc.stageNumCounts = new Float64Array(2 * (nk.size + numLen));
      }
      const k = nk.copyTo(sc.stageNums, sc.stageNumCounts);
      sc.stageNums.set(itemNums.subarray(0, numLen), k);
      sc.stageNumCounts.set(itemCounts.subarray(0, numLen), k);
      itemNums = sc.stageNums;
      itemCounts = sc.stageNumCounts;
      numLen += k;
    }
    nk.reset();
    if (sc.stageMayRepeat) sc.mergeStage();
    if (sc.stageLen > 0 || numLen > 0) this.frequent.addBatch(sc.stageKeys, sc.stageCounts, sc.stageLen, itemNums, itemCounts, numLen);
    sc.clearStage();
    if (d > 0) sc.foldLoaded(d, this.numMoments, this.numKll);
    if (sc.tmpVals.size > 0) {
      this.tmpMoments ??= new Moments();
      this.tmpKll ??= new KllSketch();
      sc.foldValues(sc.tmpVals, this.tmpMoments, this.tmpKll);
    }
  }

  sketches(type: ColumnType, rows: number): ColumnSketches {
    const temporal = isTemporalType(type);
    return {
      count: this.count,
      nulls: rows - this.count,
      nan: this.nan,
      inf: this.inf,
      typeCounts: this.typeCounts,
      moments: temporal ? (this.tmpMoments ?? new Moments()) : this.numMoments,
      kll: temporal ? (this.tmpKll ?? new KllSketch()) : this.numKll,
      hll: this.hll,
      frequent: this.frequent,
      text: this.text,
    };
  }
}

/**
 * A wide table's batches are small (csv-options.ts MAX_BATCH_CELLS: 104 rows at 10,000 columns),
 * and folding one batch column touches that column's sketches (HyperLogLog registers, KLL levels,
 * frequent items), ~10-20 KB a column that fell out of the CPU caches since the column's last batch.
 * Batches of fewer rows than this are held until they add up to this many rows, then folded
 * column by column, each column's batches one after the other while its sketches are in cache.
 * Every sketch sees the same batches in the same order, so the profile is the same byte for byte.
 * The 10,000 x 10,000 bench file (a column split; CPU s of the whole run, peak RSS; a machine loaded
 * by other work): holding 5 batches, nothing else changed, 53.4 -> 46.0 CPU s; then 3 held (this)
 * vs 5: 54.5 vs 53.8 CPU s, 864 vs 988 MB (the held batches' dictionaries and number stores); 10
 * and 20 held: 52.7 and 59.1 CPU s (more to scavenge), 1.09 and 1.47 GB.
 */
export const FOLD_GROUP_ROWS = 300;
/** Narrower tables fold each batch as it comes (their batches are BYTE_PATH_BATCH_ROWS long anyway). */
export const FOLD_GROUP_MIN_COLUMNS = 65;

/** Whether every one of the first n columns has a dictionary of its own (so holding it is safe). */
function ownsAll(dicts: readonly (ColumnDictionary | undefined)[], n: number): boolean {
  if (dicts.length < n) return false;
  for (let c = 0; c < n; c++) if (dicts[c] === undefined) return false;
  return true;
}

export function createProfiler(options: ProfilerOptions): Profiler {
  const nullTokens = options.nullTokens ?? defaultNullTokens;
  const types = options.types ?? {};
  const formats = options.timestampFormats ?? {};
  const order: string[] = [];
  const accs = new Map<string, ColumnAccumulator>();
  let rows = 0;
  let finished = false;
  let lastColumns: readonly string[] | null = null;
  let lastLength = -1;
  let lastAccs: ColumnAccumulator[] = [];
  let ownDictionaries: BatchDictionaries | undefined;
  const frequentSlots = frequentCapacity(options.columns.length);
  const hllP = hllPrecision(options.columns.length);
  const scratch = new BatchScratch();
  /** Batches held for foldPending (see FOLD_GROUP_ROWS): each one's dictionaries, column by column. */
  let pending: ColumnDictionary[][] = [];
  let pendingRows = 0;
  const foldPending = (): void => {
    if (pending.length === 0) return;
    const held = pending;
    pending = [];
    pendingRows = 0;
    for (let c = 0; c < lastAccs.length; c++) {
      const acc = lastAccs[c];
      for (let b = 0; b < held.length; b++) acc.addCells(held[b][c]);
    }
  };

  const accFor = (name: string): ColumnAccumulator => {
    let a = accs.get(name);
    if (!a) {
      // The profile is a versioned JSON file whose columns are object keys: `__proto__` cannot be
      // one (every reader, ours and JSON.parse-based ones alike, would drop it), so it is refused.
      if (name === RESERVED_COLUMN) {
        throw new InputError(`a column named "${RESERVED_COLUMN}" cannot be profiled (JavaScript reserves the name for an object's prototype, so the profile could not keep it)`, { hint: 'rename the column' });
      }
      // Own keys only: a column named "constructor" must not find Object.prototype.constructor.
      a = new ColumnAccumulator(name, Object.hasOwn(types, name) ? types[name] : undefined, Object.hasOwn(formats, name) ? formats[name] : undefined, nullTokens, frequentSlots, hllP, scratch);
      accs.set(name, a);
      order.push(name);
    }
    return a;
  };
  for (const c of options.columns) accFor(c);

  return {
    add(batch: RecordBatch, dictionaries?: BatchDictionaries): void {
      if (finished) throw new Error('profiler: add() after finish()');
      const dicts = dictionaries ?? (ownDictionaries ??= new BatchDictionaries());
      // Readers reuse one columns array (JSON Lines may grow it): map names once per change.
      if (batch.columns !== lastColumns || batch.columns.length !== lastLength) {
        foldPending();
        lastColumns = batch.columns;
        lastLength = batch.columns.length;
        lastAccs = batch.columns.map(accFor);
      }
      const len = batch.length;
      const own = batch.dictionaries;
      if (len < FOLD_GROUP_ROWS && lastAccs.length >= FOLD_GROUP_MIN_COLUMNS && own !== undefined && ownsAll(own, lastAccs.length)) {
        pending.push(own.slice(0, lastAccs.length) as ColumnDictionary[]);
        pendingRows += len;
        if (pendingRows >= FOLD_GROUP_ROWS) foldPending();
      } else {
        foldPending();
        for (let c = 0; c < lastAccs.length; c++) lastAccs[c].addCells(dicts.column(batch, c));
      }
      rows += len;
    },
    finish(source: { file: string; format: string }): Profile {
      foldPending();
      finished = true;
      ownDictionaries?.release();
      const columns: Record<string, ColumnProfile> = {};
      for (const name of order) {
        const a = accs.get(name) as ColumnAccumulator;
        const type = a.declared ?? inferColumnType(a.typeCounts);
        columns[name] = columnProfileFromSketches(type, a.sketches(type, rows));
      }
      return {
        schema: PROFILE_SCHEMA,
        sources: [{ file: source.file, format: source.format, rows }],
        rows,
        column_order: order.slice(),
        columns,
      };
    },
  };
}
