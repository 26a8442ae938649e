/**
 * Row-level validation of a streamed table against a data contract (shared/data/contract.ts).
 *
 * createValidator() compiles the contract once into one checker per column; add() runs one tight
 * loop per column per batch (no allocation per cell unless the cell fails); finish() turns the
 * tallies into a `mlops-actions/validation@1` report.
 *
 * Semantics (docs/contract.md):
 * - `mostly` as in Great Expectations: a rule passes when (1 - failed/total) >= mostly, where total
 *   is the rows the rule applies to. Missing values never count against value rules; values that do
 *   not parse as the column type are reported once, by `type`, and skipped by the value rules.
 * - unique counts every row whose value occurs more than once (pandas `duplicated(keep=False)`, as
 *   GE's expect_column_values_to_be_unique). It is exact: a hash map of seen values, and past
 *   `uniqueMemoryLimit` distinct values per rule the map spills to 64 hash partitions in a temp
 *   directory, each finished on its own at the end.
 *
 * Shards: exportState()/mergeState() move the tallies between threads (validate-data-shards.ts) or
 * jobs (shard-merge.ts). Unique rules need every key in one counter: a job's shard records its keys
 * instead (options.uniqueKeys) and the fan-in counts them all (addUniqueKey).
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { RecordBatch, TableFormat } from './table.js';
import type { CellValue } from './cell-value.js';
import { BatchDictionaries } from './batch-dictionary.js';
import { type ColumnDictionary } from './column-dictionary.js';
import { compileTimestampFormat, formatTimestamp, NullTokens, DEFAULT_NULL_TOKENS, toBoolean, toInteger, toNumber, toText, toTimestamp, type TimestampPattern } from './values.js';
import { type ColumnType } from '../formats/profile-format.js';
import { contractValueKey, formatContractPath, normalizeCompoundUnique, normalizeRule, parseContractTime, valueKey, type Contract, type ColumnContract, type NormalizedRule } from './contract.js';
import { VALIDATION_SCHEMA, type ValidationFinding, type ValidationReport, type ValidationRule, type ValidationSample } from '../formats/validation-format.js';
import { compileContractPattern, type ContractPattern } from './contract-pattern.js';

export interface ValidatorOptions {
  /** The data file as the user gave it (used in every message). */
  file: string;
  /** Column names known before the first batch (header / schema). */
  columns: readonly string[];
  /** Whether batch `lines` are text lines (CSV, JSON Lines) or row numbers (Parquet). */
  hasLines: boolean;
  /** Data format for the report; default from the file extension. */
  format?: TableFormat | string;
  /** The contract file, for messages and the report; default "contract". */
  contractFile?: string;
  /** Distinct values a unique rule keeps in memory before spilling to disk (default 2,000,000). */
  uniqueMemoryLimit?: number;
  /** Where spill files go (default os.tmpdir()). */
  tmpDir?: string;
  /**
   * A shard of a sharded validation: unique rules do not count here but hand every key to this
   * recorder (unique-keys.ts), and exportState() works with unique rules; the fan-in feeds the
   * keys of all shards, in data order, to addUniqueKey() of its own validator.
   */
  uniqueKeys?: UniqueKeyRecorder;
  /**
   * Where a line of a unique rule's sample is, when the fan-in numbers the lines of several files
   * one after another (addUniqueKey); default: the line itself, in `file`.
   */
  locateLine?: (line: number) => { file: string; line: number };
}

/** Receives the keys of unique rules (a shard's; see ValidatorOptions.uniqueKeys). */
export interface UniqueKeyRecorder {
  /** `rule` indexes uniqueRuleNames(contract); `display` is the sample text of the row's cell. */
  record(rule: number, key: UniqueKey, line: number, display: string | null): void;
}

export type UniqueKey = string | number | boolean;

export interface Validator {
  /**
   * Checks a batch. `dictionaries` (optional) is the encoder shared with the profiler, so that each
   * column is encoded once per batch; without it the validator encodes on its own.
   */
  add(batch: RecordBatch, dictionaries?: BatchDictionaries): void;
  finish(): ValidationReport;
  /**
   * The tallies so far (rows, counts per rule, first samples, columns seen), plain data that a
   * worker can post: a shard's contribution. Throws for contracts with unique rules (see
   * canMergeShards).
   */
  exportState(): ValidatorState;
  /**
   * Adds a shard's state; call it with the shards in file order (before finish), so that the first
   * samples stay the file's first. `lineOffset` is added to the shard's sample lines; `file` tags
   * its samples with the file they are in (the parts of a file list, shard-merge.ts).
   */
  mergeState(state: ValidatorState, lineOffset: number, file?: string): void;
  /**
   * Fan-in of a unique rule: one key a shard recorded, with its line in the whole data. Call it for
   * every recorded key in data order (per rule), as the one-job run would have counted them.
   */
  addUniqueKey(rule: number, key: UniqueKey, line: number, display: string | null): void;
}

/** A tally as data: exact failure count and the first MAX_SAMPLES samples. */
export interface TallyState {
  failed: number;
  samples: ValidationSample[];
}

/** What a validator has counted, by column checker in contract order (Validator.exportState). */
export interface ValidatorState {
  rows: number;
  /** Columns seen, in order of first appearance (header first). */
  columns: string[];
  checkers: { rows: number; nonMissing: number; typeFailed: number; present: boolean; tallies: TallyState[] }[];
  /** Rows each table.unique rule applies to (a shard recording unique keys; absent otherwise). */
  compoundTotals?: number[];
}

/**
 * The contract's unique rules, in the order their keys are numbered (UniqueKeyRecorder): column
 * `unique` rules in contract order, then `table.unique` entries.
 */
export function uniqueRuleNames(contract: Contract): string[] {
  const out: string[] = [];
  for (const [name, c] of Object.entries(contract.columns ?? {})) if (ruleOf(c.unique)?.value) out.push(formatContractPath(['columns', name, 'unique']));
  (contract.table?.unique ?? []).forEach((_, i) => out.push(`table.unique[${i}]`));
  return out;
}

/**
 * Whether per-shard validator states can be merged into the sequential result. Not with `unique`
 * (column or table.unique): duplicates are found across the whole file and the samples say where a
 * value was first seen, which needs one global map of seen values (the DuplicateCounter, spilling
 * to disk past its memory limit). Merging per-shard maps exactly would mean shipping every distinct
 * key between threads: unbounded, so such contracts are validated sequentially.
 */
export function canMergeShards(contract: Contract): boolean {
  if ((contract.table?.unique ?? []).length > 0) return false;
  return Object.values(contract.columns ?? {}).every((c) => !ruleOf(c.unique)?.value);
}

export const MAX_SAMPLES = 10;
export const SAMPLE_MAX_CHARS = 200;
const DEFAULT_UNIQUE_MEMORY_LIMIT = 2_000_000;
/** Tolerance for `(1 - fraction) >= mostly` so that 99 of 100 passes mostly 0.99 despite binary rounding. */
const MOSTLY_EPSILON = 1e-12;

function sampleText(v: CellValue): string | null {
  if (v === null || v === undefined) return null;
  const s = toText(v);
  return s.length > SAMPLE_MAX_CHARS ? `${s.slice(0, SAMPLE_MAX_CHARS)}…` : s;
}

/** Failures of one rule: an exact count and the first MAX_SAMPLES rows. */
class Tally {
  failed = 0;
  readonly samples: ValidationSample[] = [];
  fail(line: number, v: CellValue): void {
    if (++this.failed <= MAX_SAMPLES) this.samples.push({ line, value: sampleText(v) });
  }
  state(): TallyState {
    return { failed: this.failed, samples: this.samples.slice() };
  }
  /** Appends a later part of the file (or, with `file`, a later file of a file list). */
  merge(s: TallyState, lineOffset: number, file?: string): void {
    this.failed += s.failed;
    for (const x of s.samples) {
      if (this.samples.length >= MAX_SAMPLES) break;
      const at = file ?? x.file;
      this.samples.push(at === undefined ? { line: x.line + lineOffset, value: x.value } : { line: x.line + lineOffset, value: x.value, file: at });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Exact duplicate detection with bounded memory

type Key = string | number | boolean;

function keyText(k: Key): string {
  return typeof k === 'string' ? k : String(k);
}

/** FNV-1a over UTF-16 code units. */
function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const PARTITIONS = 64;

/**
 * Counts rows whose key occurs more than once. In memory: key -> first line, negated once the key
 * has been counted as duplicated. Past `limit` keys, every key goes to a hash partition file as
 * `kind\tline\tjson(key)` (kind S: seen once before the spill, D: already counted duplicate
 * before the spill, N: a row after the spill), and finish() aggregates each partition alone.
 */
interface KeyCounter {
  failed: number;
  readonly samples: { line: number; value: string | null; first: number }[];
  add(key: Key, line: number, display: CellValue): void;
  finish(): void;
}

/** A shard's stand-in for DuplicateCounter: hands every key to the recorder, counts nothing. */
class KeyForwarder implements KeyCounter {
  failed = 0;
  readonly samples: { line: number; value: string | null; first: number }[] = [];
  constructor(
    private readonly recorder: UniqueKeyRecorder,
    private readonly rule: number,
  ) {}
  add(key: Key, line: number, display: CellValue): void {
    this.recorder.record(this.rule, key, line, sampleText(display));
  }
  finish(): void {}
}

class DuplicateCounter implements KeyCounter {
  failed = 0;
  /** First duplicates in file order: [line, value text, first line]. */
  readonly samples: { line: number; value: string | null; first: number }[] = [];
  private seen = new Map<Key, number>();
  private dir: string | undefined;
  private fds: number[] = [];
  private buffers: string[][] = [];
  private bufferedChars: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly tmpRoot: string,
  ) {}

  /** `display` is the cell shown in samples. */
  add(key: Key, line: number, display: CellValue): void {
    if (this.dir !== undefined) {
      this.write(key, `N\t${line}\t`);
      return;
    }
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, line);
      if (this.seen.size > this.limit) this.spill();
      return;
    }
    if (first > 0) {
      this.failed += 2;
      this.seen.set(key, -first);
    } else this.failed += 1;
    if (this.samples.length < MAX_SAMPLES) this.samples.push({ line, value: sampleText(display), first: Math.abs(first) });
  }

  private spill(): void {
    this.dir = mkdtempSync(join(this.tmpRoot, 'mlops-unique-'));
    for (let p = 0; p < PARTITIONS; p++) {
      this.fds.push(openSync(join(this.dir, `p${p}`), 'w'));
      this.buffers.push([]);
      this.bufferedChars.push(0);
    }
    for (const [key, first] of this.seen) this.write(key, first > 0 ? `S\t${first}\t` : `D\t${-first}\t`);
    this.seen = new Map();
  }

  private write(key: Key, prefix: string): void {
    const text = keyText(key);
    const p = hashText(text) % PARTITIONS;
    const rec = `${prefix}${JSON.stringify(text)}\n`;
    this.buffers[p].push(rec);
    this.bufferedChars[p] += rec.length;
    if (this.bufferedChars[p] > 1 << 16) this.flush(p);
  }

  private flush(p: number): void {
    if (this.buffers[p].length === 0) return;
    writeSync(this.fds[p], this.buffers[p].join(''));
    this.buffers[p] = [];
    this.bufferedChars[p] = 0;
  }

  /** Completes the count (reads the partitions back when spilled) and removes temp files. */
  finish(): void {
    if (this.dir === undefined) {
      this.seen.clear();
      return;
    }
    try {
      const extra: { line: number; value: string | null; first: number }[] = [];
      for (let p = 0; p < PARTITIONS; p++) {
        this.flush(p);
        closeSync(this.fds[p]);
        const text = readFileSync(join(this.dir, `p${p}`), 'utf8');
        // key -> [kind of the pre-spill record or '', first line, rows after the spill]
        const groups = new Map<string, { pre: string; first: number; after: number[] }>();
        let start = 0;
        while (start < text.length) {
          const end = text.indexOf('\n', start);
          const t1 = text.indexOf('\t', start);
          const t2 = text.indexOf('\t', t1 + 1);
          const kind = text[start];
          const line = Number(text.slice(t1 + 1, t2));
          const key = JSON.parse(text.slice(t2 + 1, end)) as string;
          start = end + 1;
          let g = groups.get(key);
          if (!g) groups.set(key, (g = { pre: '', first: Infinity, after: [] }));
          if (kind === 'N') g.after.push(line);
          else {
            g.pre = kind;
            g.first = line;
          }
        }
        for (const [key, g] of groups) {
          if (g.after.length === 0) continue;
          let dups: number[];
          if (g.pre === 'D') {
            this.failed += g.after.length;
            dups = g.after;
          } else if (g.pre === 'S') {
            this.failed += g.after.length + 1;
            dups = g.after;
          } else {
            if (g.after.length < 2) continue;
            this.failed += g.after.length;
            g.first = g.after[0];
            dups = g.after.slice(1);
          }
          for (const line of dups) {
            extra.push({ line, value: sampleText(key), first: g.first });
            if (extra.length > 4 * MAX_SAMPLES) {
              extra.sort((a, b) => a.line - b.line);
              extra.length = MAX_SAMPLES;
            }
          }
        }
      }
      extra.sort((a, b) => a.line - b.line);
      for (const s of extra) {
        if (this.samples.length >= MAX_SAMPLES) break;
        this.samples.push(s);
      }
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
      this.dir = undefined;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Column checkers

const TYPE_NOUN: Record<ColumnType, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'text',
  boolean: 'a boolean (true/false, yes/no, 1/0)',
  category: 'a category',
  date: 'a date',
  timestamp: 'a timestamp',
};

interface RuleResult {
  rule: ValidationRule;
  column?: string;
  columns?: string[];
  rule_: NormalizedRule<unknown>;
  failed: number;
  total: number;
  samples: ValidationSample[];
  /** Says what is wrong with the first sample, e.g. `value "abc" is not an integer`. */
  describe: (first: ValidationSample | undefined) => string;
  contractPath: string;
  /** Appended after the contract path, e.g. "not set, so false". */
  note?: string;
}

function ruleOf<T>(r: T | { value: T; mostly?: number; severity?: 'error' | 'warn' } | undefined): NormalizedRule<T> | undefined {
  return r === undefined ? undefined : normalizeRule(r);
}

function quote(v: string | null): string {
  return v === null ? 'missing' : JSON.stringify(v);
}

// Phase-1 parsers: each its own function so its inner loop stays monomorphic. They agree exactly
// with values.ts (toInteger, toNumber, toBoolean, toTimestamp), which they call for anything off
// the fast path; test/data/validate.test.ts checks the agreement on random input.
const MISSING = 0;
const OK = 1;
const BAD = 2;

// Rules a distinct value fails (ColumnChecker.run, phase 2).
const F_NULL = 1;
const F_TYPE = 2;
const F_MIN = 4;
const F_MAX = 8;
const F_ALLOWED = 16;
const F_PATTERN = 32;
const F_MIN_LENGTH = 64;
const F_MAX_LENGTH = 128;

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Plain decimals of at most 15 digits without exponent: the mantissa is an exact integer and 10^k
 * an exact double, so one division is correctly rounded (Clinger's fast path) and equals `+s`.
 * NaN means "not on the fast path" (the caller falls back to values.ts).
 */
export function fastDecimal(s: string): number {
  const n = s.length;
  if (n === 0 || n > 17) return NaN;
  let i = 0;
  let c = s.charCodeAt(0);
  let neg = false;
  if (c === 45) {
    neg = true;
    i = 1;
  } else if (c === 43) i = 1;
  let m = 0;
  let digits = 0;
  let frac = 0;
  let dot = false;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (dot) frac++;
    } else if (c === 46 && !dot) dot = true;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const v = frac === 0 ? m : m / POW10[frac];
  return neg ? -v : v;
}

function parseIntegers(col: readonly CellValue[], n: number, nulls: NullTokens, keys: Float64Array, status: Uint8Array): number {
  let count = 0;
  for (let r = 0; r < n; r++) {
    const v = col[r];
    if (nulls.isMissing(v)) {
      status[r] = MISSING;
      continue;
    }
    count++;
    let k = typeof v === 'string' ? fastDecimal(v) : typeof v === 'number' ? v : NaN;
    if (k !== k || !Number.isInteger(k) || Math.abs(k) > Number.MAX_SAFE_INTEGER) k = toInteger(v) ?? NaN;
    if (k !== k) status[r] = BAD;
    else {
      keys[r] = k;
      status[r] = OK;
    }
  }
  return count;
}

function parseNumbers(col: readonly CellValue[], n: number, nulls: NullTokens, keys: Float64Array, status: Uint8Array): number {
  let count = 0;
  for (let r = 0; r < n; r++) {
    const v = col[r];
    if (nulls.isMissing(v)) {
      status[r] = MISSING;
      continue;
    }
    count++;
    let k = typeof v === 'string' ? fastDecimal(v) : typeof v === 'number' ? v : NaN;
    if (k !== k) {
      const slow = toNumber(v);
      if (slow === undefined) {
        status[r] = BAD;
        continue;
      }
      k = slow;
    }
    keys[r] = k;
    status[r] = OK;
  }
  return count;
}

function parseBooleans(col: readonly CellValue[], n: number, nulls: NullTokens, keys: Float64Array, status: Uint8Array): number {
  let count = 0;
  for (let r = 0; r < n; r++) {
    const v = col[r];
    if (nulls.isMissing(v)) {
      status[r] = MISSING;
      continue;
    }
    count++;
    const b = toBoolean(v);
    if (b === undefined) status[r] = BAD;
    else {
      keys[r] = b ? 1 : 0;
      status[r] = OK;
    }
  }
  return count;
}

function parseTimes(col: readonly CellValue[], n: number, nulls: NullTokens, keys: Float64Array, status: Uint8Array, pattern: TimestampPattern | undefined, dateOnly: boolean): number {
  let count = 0;
  for (let r = 0; r < n; r++) {
    const v = col[r];
    if (nulls.isMissing(v)) {
      status[r] = MISSING;
      continue;
    }
    count++;
    const k = toTimestamp(v, pattern, dateOnly);
    if (k === undefined) status[r] = BAD;
    else {
      keys[r] = k;
      status[r] = OK;
    }
  }
  return count;
}

function markMissing(col: readonly CellValue[], n: number, nulls: NullTokens, status: Uint8Array): number {
  let count = 0;
  for (let r = 0; r < n; r++) {
    if (nulls.isMissing(col[r])) status[r] = MISSING;
    else {
      status[r] = OK;
      count++;
    }
  }
  return count;
}

class ColumnChecker {
  present = false;
  rows = 0;
  nonMissing = 0;
  typeFailed = 0;
  private readonly type: ColumnType;
  private readonly pattern: TimestampPattern | undefined;
  private readonly typeRule: NormalizedRule<ColumnType> | undefined;
  private readonly nullable: NormalizedRule<boolean>;
  private readonly nullableSet: boolean;
  private readonly min?: NormalizedRule<number>;
  private readonly max?: NormalizedRule<number>;
  private readonly allowed?: NormalizedRule<Set<Key>>;
  private readonly allowedList: string[] = [];
  private readonly regex?: NormalizedRule<ContractPattern>;
  private readonly minLength?: NormalizedRule<number>;
  private readonly maxLength?: NormalizedRule<number>;
  private readonly unique?: NormalizedRule<boolean>;
  private readonly needsText: boolean;
  private readonly family: 'integer' | 'number' | 'temporal' | 'boolean' | 'text';
  readonly tNull = new Tally();
  readonly tType = new Tally();
  readonly tMin = new Tally();
  readonly tMax = new Tally();
  readonly tAllowed = new Tally();
  readonly tPattern = new Tally();
  readonly tMinLength = new Tally();
  readonly tMaxLength = new Tally();
  readonly dups: KeyCounter | undefined;

  constructor(
    readonly name: string,
    private readonly spec: ColumnContract,
    private readonly nulls: NullTokens,
    private readonly hasLines: boolean,
    counter: () => KeyCounter,
    private readonly locate?: (line: number) => { file: string; line: number },
  ) {
    const typeRule = ruleOf(spec.type);
    this.typeRule = typeRule;
    this.type = typeRule?.value ?? 'string';
    this.pattern = spec.format !== undefined ? compileTimestampFormat(spec.format) : undefined;
    this.nullableSet = spec.nullable !== undefined;
    this.nullable = ruleOf(spec.nullable) ?? { value: false, mostly: 1, severity: 'error' };
    const bound = (r: NormalizedRule<string | number> | undefined): NormalizedRule<number> | undefined => {
      if (!r) return undefined;
      const v = typeof r.value === 'number' ? r.value : (parseContractTime(r.value) as number);
      return { ...r, value: v };
    };
    this.min = bound(ruleOf(spec.min));
    this.max = bound(ruleOf(spec.max));
    const allowed = ruleOf(spec.allowed);
    if (allowed) {
      const set = new Set<Key>();
      for (const v of allowed.value) {
        const k = contractValueKey(v, this.type);
        if (k !== undefined) set.add(typeof k === 'boolean' ? (k ? 1 : 0) : k);
        this.allowedList.push(String(v));
      }
      this.allowed = { ...allowed, value: set };
    }
    const pat = ruleOf(spec.pattern);
    // Compiled once per column; RE2 semantics, linear time (contract-pattern.ts).
    if (pat) this.regex = { ...pat, value: compileContractPattern(pat.value) };
    this.minLength = ruleOf(spec.min_length);
    this.maxLength = ruleOf(spec.max_length);
    const unique = ruleOf(spec.unique);
    if (unique?.value) {
      this.unique = unique;
      this.dups = counter();
    }
    this.needsText = !!(this.regex || this.minLength || this.maxLength);
    this.family =
      this.type === 'integer' || this.type === 'number' || this.type === 'boolean'
        ? this.type
        : this.type === 'date' || this.type === 'timestamp'
          ? 'temporal'
          : 'text';
  }

  private tallies(): Tally[] {
    return [this.tNull, this.tType, this.tMin, this.tMax, this.tAllowed, this.tPattern, this.tMinLength, this.tMaxLength];
  }

  state(): ValidatorState['checkers'][number] {
    return { rows: this.rows, nonMissing: this.nonMissing, typeFailed: this.typeFailed, present: this.present, tallies: this.tallies().map((t) => t.state()) };
  }

  merge(s: ValidatorState['checkers'][number], lineOffset: number, file?: string): void {
    this.rows += s.rows;
    this.nonMissing += s.nonMissing;
    this.typeFailed += s.typeFailed;
    this.present ||= s.present;
    const mine = this.tallies();
    for (let i = 0; i < mine.length; i++) mine[i].merge(s.tallies[i], lineOffset, file);
  }

  /** Rows of a batch that lack this column (JSON Lines records without the key): missing values. */
  absent(lines: ArrayLike<number>, n: number): void {
    this.rows += n;
    if (!this.nullable.value) for (let r = 0; r < n; r++) this.tNull.fail(lines[r], null);
  }

  private keys = new Float64Array(0);
  private status = new Uint8Array(0);
  private fails = new Uint8Array(0);
  private texts: string[] = [];

  /**
   * Checks one batch column. `dict` is the column dictionary-encoded (batch-dictionary.ts): the
   * parse and every value rule run once per distinct value, and rows are visited only to report
   * failures (in row order, so the first samples are the first failing rows) or to feed `unique`.
   */
  run(dict: ColumnDictionary, batch: RecordBatch, c: number, n: number): void {
    const lines = batch.lines;
    this.present = true;
    this.rows += n;
    const size = dict.size;
    const values = dict.values;
    const counts = dict.counts;
    if (this.keys.length < size) {
      const cap = Math.max(size, 2 * this.keys.length);
      this.keys = new Float64Array(cap);
      this.status = new Uint8Array(cap);
      this.fails = new Uint8Array(cap);
    }
    const keys = this.keys;
    const status = this.status;
    const fails = this.fails;
    // Phase 1: one monomorphic loop per type family marks each distinct value missing / ok / not
    // of the type and, for numeric, temporal and boolean columns, stores its typed key.
    switch (this.family) {
      case 'integer':
        parseIntegers(values, size, this.nulls, keys, status);
        break;
      case 'number':
        parseNumbers(values, size, this.nulls, keys, status);
        break;
      case 'temporal':
        parseTimes(values, size, this.nulls, keys, status, this.pattern, this.type === 'date' && !this.pattern);
        break;
      case 'boolean':
        parseBooleans(values, size, this.nulls, keys, status);
        break;
      default:
        markMissing(values, size, this.nulls, status);
    }
    // Phase 2: the rules, per distinct value, on typed keys (numeric) or text: a bit per failing rule.
    const numeric = this.family !== 'text';
    const checkNull = !this.nullable.value;
    const needsText = this.needsText;
    const min = this.min === undefined ? -Infinity : this.min.value;
    const max = this.max === undefined ? Infinity : this.max.value;
    const checkMin = this.min !== undefined;
    const checkMax = this.max !== undefined;
    const allowed = this.allowed?.value;
    const regex = this.regex?.value;
    const minLen = this.minLength === undefined ? 0 : this.minLength.value;
    const maxLen = this.maxLength === undefined ? Infinity : this.maxLength.value;
    const dups = this.dups;
    const texts = this.texts;
    let nonMissing = 0;
    let anyFail = 0;
    for (let d = 0; d < size; d++) {
      const st = status[d];
      let f = 0;
      if (st === MISSING) {
        if (checkNull) f = F_NULL;
      } else {
        nonMissing += counts[d];
        if (st === BAD) f = F_TYPE;
        else {
          if (numeric) {
            const k = keys[d];
            // Written as negations so that NaN fails both bounds.
            if (checkMin && !(k >= min)) f |= F_MIN;
            if (checkMax && !(k <= max)) f |= F_MAX;
            if (allowed !== undefined && !allowed.has(k)) f |= F_ALLOWED;
          } else if (allowed !== undefined || dups !== undefined) {
            const v = values[d];
            const text = typeof v === 'string' ? v : toText(v);
            if (allowed !== undefined && !allowed.has(text)) f |= F_ALLOWED;
            if (dups !== undefined) texts[d] = text;
          }
          if (needsText) {
            const v = values[d];
            const text = typeof v === 'string' ? v : toText(v);
            if (regex !== undefined && !regex.test(text)) f |= F_PATTERN;
            if (text.length < minLen) f |= F_MIN_LENGTH;
            if (text.length > maxLen) f |= F_MAX_LENGTH;
          }
        }
      }
      fails[d] = f;
      anyFail |= f;
    }
    this.nonMissing += nonMissing;
    if (anyFail === 0 && dups === undefined) return;
    // Phase 3: the rows, in order. Cells are read only here. A batch its reader encoded holds each
    // row's cell as dict.values[codes[r]], so that is read rather than batch.values, which would
    // build every column's cells for the sake of one failing row.
    const codes = dict.codes;
    const distinct = dict.values;
    const col = batch.dictionaries?.[c] === dict ? undefined : batch.values[c];
    for (let r = 0; r < n; r++) {
      const d = codes[r];
      const f = fails[d];
      if (f === 0 && (dups === undefined || status[d] !== OK)) continue;
      const cell = col === undefined ? distinct[d] : col[r];
      if (f !== 0) {
        if (f & F_NULL) this.tNull.fail(lines[r], cell ?? null);
        if (f & F_TYPE) {
          this.typeFailed++;
          this.tType.fail(lines[r], cell);
        }
        if (f & F_MIN) this.tMin.fail(lines[r], cell);
        if (f & F_MAX) this.tMax.fail(lines[r], cell);
        if (f & F_ALLOWED) this.tAllowed.fail(lines[r], cell);
        if (f & F_PATTERN) this.tPattern.fail(lines[r], cell);
        if (f & F_MIN_LENGTH) this.tMinLength.fail(lines[r], cell);
        if (f & F_MAX_LENGTH) this.tMaxLength.fail(lines[r], cell);
      }
      if (dups !== undefined && status[d] === OK) dups.add(numeric ? keys[d] : texts[d], lines[r], cell);
    }
    if (dups !== undefined && !numeric) texts.length = 0;
  }

  /** The canonical key of a cell for compound uniqueness (column type when it parses, else text). */
  compoundKeyPart(v: CellValue): string {
    const k = valueKey(v, this.type, this.pattern);
    return k === undefined ? `\u0002${toText(v)}` : keyText(k);
  }

  results(): RuleResult[] {
    const out: RuleResult[] = [];
    const name = this.name;
    const col = JSON.stringify(name);
    const base = ['columns', name];
    const typed = this.nonMissing - this.typeFailed;
    const lineWord = this.hasLines ? 'line' : 'row';
    const fmt = (k: number): string => (this.type === 'date' || this.type === 'timestamp' ? formatTimestamp(k, this.type) : String(k));
    const push = (rule: ValidationRule, r: NormalizedRule<unknown>, t: Tally, total: number, describe: RuleResult['describe'], note?: string) =>
      out.push({ rule, column: name, rule_: r, failed: t.failed, total, samples: t.samples, describe, contractPath: formatContractPath([...base, rule]), note });
    // The type rule is evaluated when declared, or implied by a typed rule (min on an integer column).
    const typeRule: NormalizedRule<unknown> = this.typeRule ?? { value: 'string', mostly: 1, severity: 'error' };
    if (this.typeRule || this.type !== 'string') {
      const noun = `${TYPE_NOUN[this.type]}${this.spec.format ? ` in format "${this.spec.format}"` : ''}`;
      push('type', typeRule, this.tType, this.nonMissing, (s) => `column ${col} value ${quote(s?.value ?? null)} is not ${noun}`);
    }
    push('nullable', this.nullable, this.tNull, this.rows, () => `column ${col} has a missing value`, this.nullableSet ? undefined : 'not set, so false; add nullable: true to allow missing values');
    if (this.min) push('min', this.min, this.tMin, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is below the minimum ${fmt(this.min!.value)}`);
    if (this.max) push('max', this.max, this.tMax, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is above the maximum ${fmt(this.max!.value)}`);
    if (this.allowed) {
      const list = this.allowedList.slice(0, 8).map((v) => JSON.stringify(v)).join(', ') + (this.allowedList.length > 8 ? `, … (${this.allowedList.length} values)` : '');
      push('allowed', this.allowed, this.tAllowed, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is not one of the allowed values (${list})`);
    }
    if (this.regex) push('pattern', this.regex, this.tPattern, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} does not match /${this.regex!.value.source}/`);
    if (this.minLength) push('min_length', this.minLength, this.tMinLength, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is shorter than ${this.minLength!.value} characters`);
    if (this.maxLength) push('max_length', this.maxLength, this.tMaxLength, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is longer than ${this.maxLength!.value} characters`);
    if (this.unique && this.dups) {
      const d = this.dups;
      d.finish();
      const first = d.samples[0];
      const locate = this.locate;
      out.push({
        rule: 'unique',
        column: name,
        rule_: this.unique,
        failed: d.failed,
        total: typed,
        samples: d.samples.map(({ line, value }) => (locate ? { ...locate(line), value } : { line, value })),
        describe: (s) => `column ${col} value ${quote(s?.value ?? null)} is a duplicate (first seen at ${firstSeen(first?.first, lineWord, locate)})`,
        contractPath: formatContractPath([...base, 'unique']),
      });
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------

/** "line 12", or with several files "b.csv:12" ("b.parquet row 12"). */
function firstSeen(line: number | undefined, lineWord: string, locate?: (line: number) => { file: string; line: number }): string {
  if (line === undefined) return `${lineWord} ?`;
  if (!locate) return `${lineWord} ${line}`;
  const at = locate(line);
  return lineWord === 'line' ? `${at.file}:${at.line}` : `${at.file} row ${at.line}`;
}

function defaultFormat(file: string): string {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  const ext = extname(name).slice(1);
  if (ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'ndjson' || ext === 'json') return 'jsonl';
  return ext || 'csv';
}

function percent(f: number): string {
  const p = f * 100;
  if (p === 0 || p === 100) return `${p}%`;
  return `${p < 0.01 ? p.toExponential(1) : p < 10 ? p.toFixed(2) : p.toFixed(1)}%`;
}

/** Compiles `contract` into a streaming validator for one file. */
export function createValidator(contract: Contract, options: ValidatorOptions): Validator {
  const table = contract.table ?? {};
  const specs = contract.columns ?? {};
  const nulls = table.null_values ? new NullTokens(table.null_values) : new NullTokens(DEFAULT_NULL_TOKENS);
  const uniqueLimit = options.uniqueMemoryLimit ?? DEFAULT_UNIQUE_MEMORY_LIMIT;
  const tmpRoot = options.tmpDir ?? tmpdir();
  const contractFile = options.contractFile ?? 'contract';
  // Unique rules are numbered as uniqueRuleNames() lists them (a shard's recorded keys say which).
  const counters: KeyCounter[] = [];
  const counter = (): KeyCounter => {
    const c = options.uniqueKeys ? new KeyForwarder(options.uniqueKeys, counters.length) : new DuplicateCounter(uniqueLimit, tmpRoot);
    counters.push(c);
    return c;
  };
  const locate = options.locateLine;
  const checkers = Object.entries(specs).map(([name, spec]) => new ColumnChecker(name, spec, nulls, options.hasLines, counter, locate));
  const byName = new Map(checkers.map((c) => [c.name, c]));
  const compound = (table.unique ?? []).map((u, i) => {
    const r = normalizeCompoundUnique(u);
    return { rule: r, path: `table.unique[${i}]`, counter: counter(), total: 0, checkers: r.value.map((n) => byName.get(n)!) };
  });
  const seenColumns: string[] = [...options.columns];
  const seenSet = new Set(seenColumns);
  let rows = 0;
  let lastColumns: readonly string[] | undefined;
  let index: number[] = [];
  let finished = false;
  let ownDictionaries: BatchDictionaries | undefined;

  function add(batch: RecordBatch, dictionaries?: BatchDictionaries): void {
    if (finished) throw new Error('validator: add() after finish()');
    const dicts = dictionaries ?? (ownDictionaries ??= new BatchDictionaries());
    if (batch.columns !== lastColumns) {
      lastColumns = batch.columns;
      for (const c of batch.columns) if (!seenSet.has(c)) {
        seenSet.add(c);
        seenColumns.push(c);
      }
      index = checkers.map((c) => batch.columns.indexOf(c.name));
    }
    const n = batch.length;
    for (let i = 0; i < checkers.length; i++) {
      if (index[i] >= 0) checkers[i].run(dicts.column(batch, index[i]), batch, index[i], n);
      else checkers[i].absent(batch.lines, n);
    }
    for (const cu of compound) {
      const cols = cu.checkers.map((c) => batch.columns.indexOf(c.name));
      const parts: string[] = new Array(cols.length);
      for (let r = 0; r < n; r++) {
        let anyPresent = false;
        for (let j = 0; j < cols.length; j++) {
          const v = cols[j] >= 0 ? batch.values[cols[j]][r] : null;
          if (nulls.isMissing(v)) parts[j] = '\u0000';
          else {
            anyPresent = true;
            parts[j] = cu.checkers[j].compoundKeyPart(v);
          }
        }
        if (!anyPresent) continue;
        cu.total++;
        const key = parts.join('\u001f');
        cu.counter.add(key, batch.lines[r], key);
      }
    }
    rows += n;
  }

  function finish(): ValidationReport {
    if (finished) throw new Error('validator: finish() called twice');
    finished = true;
    ownDictionaries?.release();
    const results: RuleResult[] = [];
    const lineKind = options.hasLines ? 'line' : 'row';
    const headerLine = options.hasLines ? 1 : 0;

    // Presence: required (default: every listed column) and unexpected columns.
    const requiredRule = ruleOf(table.required_columns);
    const required = requiredRule ? requiredRule.value : Object.keys(specs);
    const reqNorm: NormalizedRule<unknown> = requiredRule ?? { value: required, mostly: 1, severity: 'error' };
    for (const name of required) {
      results.push({
        rule: 'required_columns',
        column: name,
        rule_: reqNorm,
        failed: seenSet.has(name) ? 0 : 1,
        total: 1,
        samples: [],
        describe: () => `required column ${JSON.stringify(name)} is missing`,
        contractPath: requiredRule ? 'table.required_columns' : formatContractPath(['columns', name]),
        note: requiredRule ? undefined : 'every listed column is required unless table.required_columns says otherwise',
      });
    }
    const unexpectedMode = table.unexpected_columns ?? 'error';
    if (unexpectedMode !== 'allow') {
      const listed = new Set([...Object.keys(specs), ...required]);
      const rule: NormalizedRule<unknown> = { value: unexpectedMode, mostly: 1, severity: unexpectedMode === 'warn' ? 'warn' : 'error' };
      for (const name of seenColumns) {
        results.push({
          rule: 'unexpected_columns',
          column: name,
          rule_: rule,
          failed: listed.has(name) ? 0 : 1,
          total: 1,
          samples: headerLine ? [{ line: headerLine, value: name }] : [],
          describe: () => `column ${JSON.stringify(name)} is not in the contract`,
          contractPath: 'table.unexpected_columns',
          note: table.unexpected_columns ? undefined : 'not set, so error; list the column, or set unexpected_columns: allow',
        });
      }
    }
    const rowsMin = ruleOf(table.rows?.min) ?? { value: 1, mostly: 1, severity: 'error' as const };
    results.push({
      rule: 'rows.min',
      rule_: rowsMin,
      failed: rows < rowsMin.value ? 1 : 0,
      total: 1,
      samples: [],
      describe: () => `has ${rows} data row${rows === 1 ? '' : 's'}, fewer than the minimum ${rowsMin.value}`,
      contractPath: 'table.rows.min',
      note: table.rows?.min === undefined ? 'not set, so 1' : undefined,
    });
    const rowsMax = ruleOf(table.rows?.max);
    if (rowsMax) {
      results.push({ rule: 'rows.max', rule_: rowsMax, failed: rows > rowsMax.value ? 1 : 0, total: 1, samples: [], describe: () => `has ${rows} data rows, more than the maximum ${rowsMax.value}`, contractPath: 'table.rows.max' });
    }

    for (const c of checkers) if (seenSet.has(c.name)) results.push(...c.results());
    for (const c of checkers) c.dups?.finish();

    for (const cu of compound) {
      const names = cu.rule.value;
      if (!names.every((n) => seenSet.has(n))) {
        cu.counter.finish();
        continue;
      }
      cu.counter.finish();
      const firstDup = cu.counter.samples[0];
      results.push({
        rule: 'unique_together',
        columns: names,
        rule_: cu.rule,
        failed: cu.counter.failed,
        total: cu.total,
        samples: cu.counter.samples.map(({ line, value }) => {
          const shown = value === null ? null : value.split('\u001f').map((p) => (p === '\u0000' ? '' : p.replace(/^\u0002/, ''))).join(', ');
          return locate ? { ...locate(line), value: shown } : { line, value: shown };
        }),
        describe: () => `columns ${names.map((n) => JSON.stringify(n)).join(', ')} repeat the values of an earlier row (first seen at ${firstSeen(firstDup?.first, lineKind, locate)})`,
        contractPath: cu.path,
      });
    }

    const findings: ValidationFinding[] = [];
    let failedErrors = 0;
    let failedWarnings = 0;
    for (const r of results) {
      if (r.failed === 0 || r.total === 0) continue;
      const fraction = r.failed / r.total;
      const passed = 1 - fraction >= r.rule_.mostly - MOSTLY_EPSILON;
      if (!passed) {
        if (r.rule_.severity === 'error') failedErrors++;
        else failedWarnings++;
      }
      const first = r.samples[0];
      let where = first?.file ?? options.file;
      if (first && first.line > 0) where += options.hasLines ? `:${first.line}` : ` (row ${first.line})`;
      const unit = r.rule === 'nullable' || r.rule === 'unique_together' ? 'rows' : 'values';
      const count = r.total > 1 ? `; ${r.failed} of ${r.total} ${unit} fail (${percent(fraction)}${r.rule_.mostly < 1 ? `, mostly ${r.rule_.mostly} allows ${percent(1 - r.rule_.mostly)}` : ''})` : '';
      // Severity is a field of its own; the faces label it (annotation level, CLI prefix).
      const message = `${where}: ${r.describe(first)}${count} (contract ${contractFile}: ${r.contractPath}${r.note ? ` — ${r.note}` : ''})`;
      const f: ValidationFinding = {
        rule: r.rule,
        severity: r.rule_.severity,
        failed: r.failed,
        total: r.total,
        fraction,
        mostly: r.rule_.mostly,
        passed,
        samples: r.samples,
        message,
        contract_path: r.contractPath,
      };
      if (r.column !== undefined) f.column = r.column;
      if (r.columns !== undefined) f.columns = r.columns;
      findings.push(f);
    }
    return {
      schema: VALIDATION_SCHEMA,
      data: { file: options.file, format: options.format ?? defaultFormat(options.file), rows, line_kind: lineKind },
      contract: { file: contractFile },
      passed: failedErrors === 0,
      counts: { rules: results.length, failed_errors: failedErrors, failed_warnings: failedWarnings },
      findings,
    };
  }

  function exportState(): ValidatorState {
    const unique = counters.length > 0;
    if (unique && !options.uniqueKeys) throw new Error('validator: unique rules cannot be exported (canMergeShards)');
    const state: ValidatorState = { rows, columns: seenColumns.slice(), checkers: checkers.map((c) => c.state()) };
    if (unique) state.compoundTotals = compound.map((cu) => cu.total);
    return state;
  }

  function mergeState(state: ValidatorState, lineOffset: number, file?: string): void {
    if (finished) throw new Error('validator: mergeState() after finish()');
    if (counters.length > 0 && state.compoundTotals === undefined) throw new Error('validator: unique rules cannot be merged (canMergeShards)');
    if (options.uniqueKeys) throw new Error('validator: a shard validator does not merge states');
    if (state.checkers.length !== checkers.length || (state.compoundTotals?.length ?? 0) !== compound.length) throw new Error('validator: state from a different contract');
    state.compoundTotals?.forEach((t, i) => (compound[i].total += t));
    rows += state.rows;
    for (const c of state.columns) if (!seenSet.has(c)) {
      seenSet.add(c);
      seenColumns.push(c);
    }
    for (let i = 0; i < checkers.length; i++) checkers[i].merge(state.checkers[i], lineOffset, file);
  }

  function addUniqueKey(rule: number, key: UniqueKey, line: number, display: string | null): void {
    if (finished) throw new Error('validator: addUniqueKey() after finish()');
    const c = counters[rule];
    if (!c || options.uniqueKeys) throw new Error(`validator: no unique rule ${rule} to count keys for`);
    c.add(key, line, display);
  }

  return { add, finish, exportState, mergeState, addUniqueKey };
}
