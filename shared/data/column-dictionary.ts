/**
 * Dictionary encoding of a batch's columns, computed once per batch and shared by the profiler and
 * the validator.
 *
 * Why: real columns repeat values (airport codes, small integers, timestamps to the minute), and
 * both consumers need per-value work that depends only on the value: the profiler classifies and
 * sketches it, the validator parses it under the declared type and checks its rules (range, regex,
 * lengths, allowed set). Encoding a column costs one hash probe per cell; after that each distinct
 * value is parsed and checked once per batch, and the validator touches rows only where a rule
 * fails. Before, the validator parsed every cell (ISO timestamps included) and ran the pattern
 * regex per cell, and the profiler hashed every cell again for its own counts.
 *
 * Measured (2-core machine shared with other jobs, so CPU seconds are the reliable figure; wall
 * time had no second core free in most runs). flights-3m, bench/fixtures/flights-contract.yaml:
 *                                  before (per-cell parse)      after (this + values.ts fast paths)
 *   sequential read+profile+validate, CPU (bench/scratch/parts.mts pv; reader alone ~0.8 s CSV, ~1.3 s Parquet)
 *     CSV 121 MB                   4.55-4.91 s                  2.6-3.2 s
 *     Parquet                      2.91 s                       2.22-2.27 s
 *   `mlops validate` (bench/validate-data.ts, 2 workers), CPU / MB/s or rows/s / peak RSS
 *     CSV 121 MB                   3.85-5.15 s / 29 / 165-197   3.5-4.35 s / 32-38 / 168-197
 *     Parquet                      2.76 s / 1.03M / 192         2.70-3.04 s / 0.95-1.36M / 199-242
 *     CSV x10 1.2 GB               40.2 s / 25 / 177            23.8-32.4 s / 37-49 / 181-184
 * Profiles and reports are byte-identical before/after (CSV and Parquet, this contract and a strict
 * one with failing rules and `unique`).
 *
 * Identity: strings by content; numbers by value (-0 as 0, every NaN one value); Dates by epoch ms
 * (invalid Dates each their own value); booleans and bigints by value; null and undefined each one
 * value. Each distinct value keeps its first cell as representative, so the per-value work sees a
 * cell the row-by-row code would have seen (same parse, same text). Samples in reports still show
 * each row's own cell.
 */
import type { CellValue } from './cell-value.js';
import { numberHash32, stringHash32 } from './sketch/hash.js';
import { packShortAscii } from './sketch/short-ascii.js';

/**
 * The decimal values of a batch's column dictionaries (the CSV column-major path keeps them as
 * numbers: ByteColumn.parseNumbers): entry d of a column whose entries start at `base` has value
 * numbers[base + d] (NaN: not such a value, its text is in the dictionary's values) and text
 * text[offs[base + d], offs[base + d + 1]) (ASCII). One store serves every column of a batch.
 */
export interface NumberStore {
  numbers: Float64Array;
  offs: Int32Array;
  text: Buffer;
  /** The dictionaries' counts (each column's `counts` is a view of its entries). */
  counts: Float64Array;
}

/** ASCII bytes[a, b) as text. */
function latin1(bytes: Buffer, a: number, b: number): string {
  return (bytes as Buffer & { latin1Slice(start: number, end: number): string }).latin1Slice(a, b);
}

const NO_VALUES: CellValue[] = [];
const NO_COUNTS = new Float64Array(0);
const NO_CODES = new Int32Array(0);

/** One encoded batch column: row r holds values[codes[r]], which occurs counts[d] times. */
export class ColumnDictionary {
  // Empty until encode() or prebuilt() sets them: the CSV reader builds one prebuilt dictionary
  // per column per batch (10,000 columns: a million a run), and each used to allocate two typed
  // arrays and an array here only to drop them.
  /**
   * Distinct values as the reader gave them, except a decimal the CSV byte path kept as its number
   * and bytes (`numbers`), which is undefined here until `values` decodes it.
   */
  private raw: CellValue[] = NO_VALUES;
  /** Decimals kept as numbers (CSV column-major path): see NumberStore; null when none. */
  numbers: NumberStore | null = null;
  /** Where this column's entries start in `numbers`. */
  numberBase = 0;
  /**
   * Timestamps kept as epoch milliseconds (the Parquet reader's dictionary-encoded DATE and
   * TIMESTAMP columns): entry d of a prebuilt dictionary whose `raw` entry is undefined is the valid
   * Date times[d] (|t| <= 8.64e15), built only when `values` is read; the profiler and the checker
   * read the milliseconds. Null when none. A Date per dictionary entry lived through a row group
   * (~20,000 of them on flights-3m.parquet), long enough for every scavenge to copy it: on that
   * file's timestamp column alone (3M rows), garbage collection took 0.46 s of the main thread's
   * 2.3 s, and 0.12 s of 1.35 s without them; peak RSS 124-128 -> 93-95 MB, the whole file's
   * 140-145 -> 110 MB.
   */
  times: Float64Array | null = null;
  /** Distinct values in this batch. */
  size = 0;
  /** Rows per distinct value. */
  counts: Float64Array = NO_COUNTS;
  /** Per row: index of its value (valid for the first `rows` entries). */
  codes: Int32Array = NO_CODES;
  rows = 0;

  // The hash tables exist only in dictionaries that encode() (not in prebuilt ones).
  private packed!: NumberIds;
  private nums!: NumberIds;
  private dates!: NumberIds;
  private strings!: StringIds;
  private others!: Map<unknown, number>;
  private tables = false;
  private nanId = -1;
  private nullId = -1;
  private undefinedId = -1;

  /**
   * A dictionary built elsewhere (the CSV reader encodes cells straight from bytes: csv.ts):
   * `values` distinct strings in order of first occurrence, counts[d] rows each, codes per row.
   */
  static prebuilt(values: CellValue[], counts: Float64Array, codes: Int32Array, rows: number): ColumnDictionary {
    const d = new ColumnDictionary();
    d.raw = values;
    d.size = values.length;
    d.counts = counts;
    d.codes = codes;
    d.rows = rows;
    return d;
  }

  /**
   * Entry d of a prebuilt dictionary is the decimal numbers.numbers[numberBase + d] (not NaN) whose
   * text is undefined in `raw` until asked for: `values` decodes every such text, the profiler
   * reads the numbers and bytes (rawValues, numberAt, compareText, textOf).
   */
  setNumbers(store: NumberStore, base: number): void {
    this.numbers = store;
    this.numberBase = base;
  }

  /** Distinct values in order of first occurrence (the first cell of each), every one decoded. */
  get values(): CellValue[] {
    if (this.numbers !== null) this.decodeNumbers();
    if (this.times !== null) this.decodeTimes();
    return this.raw;
  }

  set values(v: CellValue[]) {
    this.raw = v;
    this.numbers = null;
    this.times = null;
  }

  /** `values` without decoding: a decimal kept as a number (numberAt(d) not NaN) or a timestamp kept in `times` is undefined. */
  get rawValues(): readonly CellValue[] {
    return this.raw;
  }

  /** The decimal of entry d when kept as a number, else NaN (its text is in rawValues). */
  numberAt(d: number): number {
    return this.numbers === null ? NaN : this.numbers.numbers[this.numberBase + d];
  }

  /** Length of entry d's text, a decimal kept as a number (its ASCII bytes). */
  textLength(d: number): number {
    const offs = this.numbers!.offs;
    const g = this.numberBase + d;
    return offs[g + 1] - offs[g];
  }

  /** The text of entry d, a decimal kept as a number, compared with s as JS compares strings (<0, 0, >0). */
  compareText(d: number, s: string): number {
    const st = this.numbers!;
    const g = this.numberBase + d;
    const a = st.offs[g];
    const len = st.offs[g + 1] - a;
    const n = Math.min(len, s.length);
    const text = st.text;
    // ASCII bytes are their UTF-16 code units.
    for (let i = 0; i < n; i++) {
      const diff = text[a + i] - s.charCodeAt(i);
      if (diff !== 0) return diff;
    }
    return len - s.length;
  }

  /** The text of entry d (decoded once, then kept in rawValues). */
  textOf(d: number): string {
    const v = this.raw[d];
    if (typeof v === 'string') return v;
    const st = this.numbers!;
    const g = this.numberBase + d;
    const s = latin1(st.text, st.offs[g], st.offs[g + 1]);
    this.raw[d] = s;
    return s;
  }

  private decodeNumbers(): void {
    const st = this.numbers!;
    const nums = st.numbers;
    const base = this.numberBase;
    for (let d = 0; d < this.size; d++) if (nums[base + d] === nums[base + d] && this.raw[d] === undefined) this.textOf(d);
    this.numbers = null;
  }

  private decodeTimes(): void {
    const times = this.times!;
    for (let d = 0; d < this.size; d++) if (this.raw[d] === undefined) this.raw[d] = new Date(times[d]);
    this.times = null;
  }

  /** Whether a distinct value is neither string, number, null, undefined nor a valid Date. */
  get hasOthers(): boolean {
    return this.tables && this.others.size > 0;
  }

  /** Each row's value (values[codes[r]]), for consumers that need cells rather than codes. */
  cells(): CellValue[] {
    const n = this.rows;
    const out: CellValue[] = new Array(n);
    const values = this.values;
    const codes = this.codes;
    for (let r = 0; r < n; r++) out[r] = values[codes[r]];
    return out;
  }

  /** Encodes col[0..n) (replacing the previous batch's encoding). */
  encode(col: readonly CellValue[], n: number): void {
    if (!this.tables) {
      this.tables = true;
      this.values = [];
      this.counts = new Float64Array(16);
      this.packed = new NumberIds(true);
      this.nums = new NumberIds();
      this.dates = new NumberIds();
      this.strings = new StringIds();
      this.others = new Map<unknown, number>();
    }
    this.reset();
    if (this.codes.length < n) this.codes = new Int32Array(Math.max(n, 2 * this.codes.length));
    const codes = this.codes;
    for (let r = 0; r < n; r++) {
      const v = col[r];
      codes[r] = typeof v === 'string' ? this.stringId(v) : typeof v === 'number' ? this.numberId(v) : this.otherId(v);
    }
    this.rows = n;
  }

  private reset(): void {
    this.packed.reset();
    this.nums.reset();
    this.dates.reset();
    this.strings.reset();
    if (this.others.size > 0) this.others.clear();
    this.nanId = this.nullId = this.undefinedId = -1;
    this.counts.fill(0, 0, this.size);
    this.raw.length = 0;
    this.size = 0;
  }

  /** A new distinct value with representative v. */
  private fresh(v: CellValue): number {
    const id = this.size++;
    if (id === this.counts.length) {
      const c = new Float64Array(id * 2);
      c.set(this.counts);
      this.counts = c;
    }
    this.raw.push(v);
    this.counts[id] = 1;
    return id;
  }

  private stringId(s: string): number {
    // Short ASCII strings (codes, small integers) probe a numeric table (sketch/short-ascii.ts).
    const packed = packShortAscii(s);
    if (packed >= 0) {
      const id = this.packed.get(packed);
      if (id >= 0) {
        this.counts[id]++;
        return id;
      }
      const nid = this.fresh(s);
      this.packed.set(nid);
      return nid;
    }
    const id = this.strings.get(s);
    if (id >= 0) {
      this.counts[id]++;
      return id;
    }
    const nid = this.fresh(s);
    this.strings.set(nid);
    return nid;
  }

  private numberId(x: number): number {
    if (x !== x) {
      if (this.nanId >= 0) this.counts[this.nanId]++;
      else this.nanId = this.fresh(x);
      return this.nanId;
    }
    const id = this.nums.get(x + 0);
    if (id >= 0) {
      this.counts[id]++;
      return id;
    }
    const nid = this.fresh(x);
    this.nums.set(nid);
    return nid;
  }

  private otherId(v: CellValue): number {
    if (v === null) {
      if (this.nullId >= 0) this.counts[this.nullId]++;
      else this.nullId = this.fresh(v);
      return this.nullId;
    }
    if (v === undefined) {
      if (this.undefinedId >= 0) this.counts[this.undefinedId]++;
      else this.undefinedId = this.fresh(v);
      return this.undefinedId;
    }
    if (v instanceof Date) {
      const t = v.getTime();
      if (t === t) {
        const id = this.dates.get(t);
        if (id >= 0) {
          this.counts[id]++;
          return id;
        }
        const nid = this.fresh(v);
        this.dates.set(nid);
        return nid;
      }
    }
    // Booleans and bigints by value; anything else (invalid Dates) by identity.
    const id = this.others.get(v);
    if (id !== undefined) {
      this.counts[id]++;
      return id;
    }
    const nid = this.fresh(v);
    this.others.set(v, nid);
    return nid;
  }
}

/** A table hash of a non-negative safe integer: its low word mixed with its high word. */
function intHash32(key: number): number {
  const h = Math.imul((key >>> 0) ^ Math.imul((key / 4294967296) | 0, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

/**
 * Open-addressing map from a number (not NaN, not -0) to an id. get() leaves the probe position
 * for set() to fill, so a miss costs one probe sequence.
 */
class NumberIds {
  /** `integers`: keys are non-negative safe integers (packed strings), which hash more cheaply. */
  constructor(private readonly integers = false) {}
  // Small at first, doubling as needed: a table exists per column (10,000 columns: 10,000 tables).
  private keys = new Float64Array(64);
  private ids = new Int32Array(64).fill(-1);
  private used = new Int32Array(32);
  private size = 0;
  private mask = 63;
  private slot = 0;
  private key = 0;

  get(x: number): number {
    const keys = this.keys;
    const ids = this.ids;
    const mask = this.mask;
    let i = (this.integers ? intHash32(x) : numberHash32(x)) & mask;
    for (;;) {
      const id = ids[i];
      if (id < 0 || keys[i] === x) {
        this.slot = i;
        this.key = x;
        return id;
      }
      i = (i + 1) & mask;
    }
  }

  /** Stores id for the key of the last get() (which missed). */
  set(id: number): void {
    const i = this.slot;
    this.keys[i] = this.key;
    this.ids[i] = id;
    if (this.size === this.used.length) this.grow();
    else this.used[this.size++] = i;
  }

  private grow(): void {
    // The slot just filled is not in `used` yet: rehash every used slot plus that one.
    const oldKeys = this.keys;
    const oldIds = this.ids;
    const slots = Array.from(this.used.subarray(0, this.size));
    slots.push(this.slot);
    const n = this.keys.length * 2;
    this.keys = new Float64Array(n);
    this.ids = new Int32Array(n).fill(-1);
    this.used = new Int32Array(n / 2);
    this.mask = n - 1;
    this.size = 0;
    for (const o of slots) {
      this.get(oldKeys[o]);
      this.keys[this.slot] = this.key;
      this.ids[this.slot] = oldIds[o];
      this.used[this.size++] = this.slot;
    }
  }

  reset(): void {
    for (let k = 0; k < this.size; k++) this.ids[this.used[k]] = -1;
    this.size = 0;
  }
}

/** Open-addressing map from a string to an id (hash, then content compare). */
class StringIds {
  private keys: string[] = new Array<string>(64).fill('');
  private hashes = new Int32Array(64);
  private ids = new Int32Array(64).fill(-1);
  private used = new Int32Array(32);
  private size = 0;
  private mask = 63;
  private slot = 0;
  private hash = 0;
  private key = '';

  get(s: string): number {
    const h = stringHash32(s);
    const ids = this.ids;
    const mask = this.mask;
    let i = h & mask;
    for (;;) {
      const id = ids[i];
      if (id < 0 || (this.hashes[i] === h && this.keys[i] === s)) {
        this.slot = i;
        this.hash = h;
        this.key = s;
        return id;
      }
      i = (i + 1) & mask;
    }
  }

  set(id: number): void {
    const i = this.slot;
    this.keys[i] = this.key;
    this.hashes[i] = this.hash;
    this.ids[i] = id;
    if (this.size === this.used.length) this.grow();
    else this.used[this.size++] = i;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    const oldIds = this.ids;
    const slots = Array.from(this.used.subarray(0, this.size));
    slots.push(this.slot);
    const n = this.ids.length * 2;
    this.keys = new Array<string>(n).fill('');
    this.hashes = new Int32Array(n);
    this.ids = new Int32Array(n).fill(-1);
    this.used = new Int32Array(n / 2);
    this.mask = n - 1;
    this.size = 0;
    for (const o of slots) {
      let i = oldHashes[o] & this.mask;
      while (this.ids[i] >= 0) i = (i + 1) & this.mask;
      this.keys[i] = oldKeys[o];
      this.hashes[i] = oldHashes[o];
      this.ids[i] = oldIds[o];
      this.used[this.size++] = i;
    }
  }

  reset(): void {
    // Drop the strings too, so that a batch's cells do not outlive it.
    for (let k = 0; k < this.size; k++) {
      const i = this.used[k];
      this.ids[i] = -1;
      this.keys[i] = '';
    }
    this.size = 0;
  }
}
