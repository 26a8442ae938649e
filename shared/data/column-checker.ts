/**
 * One column's rules checked batch by batch: phase 1 parses each distinct value once under the
 * declared type (each type its own monomorphic loop), phase 2 marks the rules a value fails, and
 * only rows holding a failing value are visited to count and sample them.
 */
import type { RecordBatch } from './table.js';
import type { CellValue } from './cell-value.js';
import { type ColumnDictionary } from './column-dictionary.js';
import { compileTimestampFormat, formatTimestamp, NullTokens, toBoolean, toInteger, toNumber, toText, toTimestamp, type TimestampPattern } from './values.js';
import type { ColumnType } from '../formats/column-types.js';
import { contractValueKey, formatContractPath, normalizeRule, parseContractTime, valueKey, type NormalizedRule } from './contract-rules.js';
import type { ColumnContract } from './contract.js';
import type { ValidationRule, ValidationSample } from '../formats/validation-format.js';
import { compileContractPattern, type ContractPattern } from './contract-pattern.js';
import { type Key, type KeyCounter, keyText } from './duplicate-counter.js';
import { Tally, type ValidatorState, firstSeen } from './findings.js';

const TYPE_NOUN: Record<ColumnType, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'text',
  boolean: 'a boolean (true/false, yes/no, 1/0)',
  category: 'a category',
  date: 'a date',
  timestamp: 'a timestamp',
};

export interface RuleResult {
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

export function ruleOf<T>(r: T | { value: T; mostly?: number; severity?: 'error' | 'warn' } | undefined): NormalizedRule<T> | undefined {
  return r === undefined ? undefined : normalizeRule(r);
}

export function quote(v: string | null): string {
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

/**
 * parseTimes for a dictionary whose timestamps are kept as ms: entry d is null (missing) or the
 * valid Date times[d] (its raw value undefined), whose key is times[d].
 */
function keyTimes(raw: readonly CellValue[], times: Float64Array, n: number, keys: Float64Array, status: Uint8Array): void {
  for (let d = 0; d < n; d++) {
    if (raw[d] === null) status[d] = MISSING;
    else {
      keys[d] = times[d];
      status[d] = OK;
    }
  }
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

export class ColumnChecker {
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
    // Parquet timestamps kept as epoch ms (ColumnDictionary.times) are keyed from the ms: their
    // Dates are built only for a rule on text, or for a failing row's sample (dict.values below).
    const times = this.family === 'temporal' && !this.needsText && dict.numbers === null ? dict.times : null;
    const values = times !== null ? dict.rawValues : dict.values;
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
        if (times !== null) keyTimes(values, times, size, keys, status);
        else parseTimes(values, size, this.nulls, keys, status, this.pattern, this.type === 'date' && !this.pattern);
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
