/**
 * Frequent items: Misra-Gries summary with mergeable purges (Agarwal et al., "Mergeable
 * Summaries", 2012; the scheme behind DataSketches' frequent-items sketch).
 *
 * Up to `capacity` (default 1024) items are counted. Counts arrive in bulk (a batch's distinct
 * values with their counts, or another sketch); when more than `capacity` items are held, the
 * (capacity+1)-th largest count c is subtracted from every count, items at ≤ 0 are dropped, and
 * `offset` grows by c. Hence for every item the true count lies in [count, count + offset], and
 * an item not held occurred at most `offset` times. offset ≤ N/(capacity+1) for N total weight.
 * While `offset` is 0 nothing was ever decremented: every count is exact and the items are all
 * the distinct values (a column with ≤ capacity distinct values is counted exactly).
 */
import type { FrequentState } from '../../formats/profile-format.js';

export const FREQUENT_DEFAULT_CAPACITY = 1024;

/** Buffers used only inside one addBatch call, shared by every sketch (one per column). */
let batchAt = new Int32Array(64);
let batchHash = new Int32Array(64);
let selectBuf = new Float64Array(64);

/** The k-th smallest (0-based) of a[0..n), reordering a (Hoare's quickselect, middle pivot). */
function kthSmallest(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * An item's hash: text by its UTF-16 code units (FNV-1a, then a finalizer that spreads the shared
 * prefixes of timestamps and the like over the low bits), a number by its float64 bits with -0 as 0
 * and every NaN alike, so equal keys (SameValueZero, as a Map compares them) hash alike.
 */
function hashOf(k: string | number): number {
  if (typeof k === 'number') return hashNumber(k);
  let h = 0x811c9dc5 ^ k.length;
  for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
  return finish(h);
}

function hashNumber(k: number): number {
  if (k !== k) return 0x7ff80000;
  f64[0] = k + 0;
  return finish(Math.imul(u32[0]! ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(u32[1]!, 0xc2b2ae35));
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return h ^ (h >>> 16);
}


export class FrequentItems {
  readonly capacity: number;
  offset = 0;
  /**
   * Items held, densely in [0, n): key, count and hash. A key is text, or a number standing for its
   * shortest round-trip text (String(x)): the profiler of a numeric column hands its values over as
   * numbers, and most are dropped by the next purge, so turning each into text first (~80 ns) was
   * wasted. The caller guarantees no text it adds is the String() of a number it adds, so the two
   * never name one item; addUnchecked (text) turns the numbers into text first, as merge() and
   * fromState() use text.
   *
   * The index is open addressing over typed arrays (`slots`: item index + 1, 0 for empty), rebuilt
   * after each purge: a column of mostly distinct values purges on nearly every batch, and a Map
   * there spent most of the sketch's time deleting and re-inserting (measured on flights-3m's
   * timestamps). Results do not depend on the order items are held in: purges select counts by
   * value, and top() and toState() sort by count, then text.
   *
   * A number item is null in `keys` and its value in `nums` (SameValueZero: -0 is 0, NaN is NaN):
   * held in an array of keys, a fraction was a heap-allocated box, one per distinct value of every
   * batch of a decimal column (the 10,000-column bench file: ~3% of its CPU time in scavenges).
   */
  private keys: Array<string | null> = [];
  private nums = new Float64Array(16);
  private vals = new Float64Array(16);
  private hashes = new Int32Array(16);
  private n = 0;
  /** Items keyed by number. */
  private numbers = 0;
  private slots = new Int32Array(32);
  private mask = 31;

  constructor(capacity = FREQUENT_DEFAULT_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`frequent-items capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
  }

  /** Items held. */
  get size(): number {
    return this.n;
  }

  /** The items held, by text (numbers written as String() writes them): a copy. */
  get counts(): Map<string, number> {
    return new Map(this.textItems());
  }

  /** True when no decrement ever happened: counts are exact and complete. */
  isExact(): boolean {
    return this.offset === 0;
  }

  /** Index of the text item `k` (hash h), or -1. */
  private find(k: string, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const s = slots[i]!;
      if (s === 0) return -1;
      if (this.hashes[s - 1] === h && this.keys[s - 1] === k) return s - 1;
    }
  }

  /** Index of the number item `x` (hash h), or -1. */
  private findNumber(x: number, h: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const s = slots[i]!;
      if (s === 0) return -1;
      if (this.hashes[s - 1] === h && this.keys[s - 1] === null) {
        const y = this.nums[s - 1]!;
        if (y === x || (x !== x && y !== y)) return s - 1;
      }
    }
  }

  /** Adds a new item (not held) with count v: text k, or (k null) the number x. */
  private insert(k: string | null, x: number, h: number, v: number): void {
    const at = this.n;
    if (at === this.vals.length) {
      const vals = new Float64Array(at * 2);
      vals.set(this.vals);
      this.vals = vals;
      const nums = new Float64Array(at * 2);
      nums.set(this.nums);
      this.nums = nums;
      const hashes = new Int32Array(at * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.keys[at] = k;
    this.vals[at] = v;
    this.hashes[at] = h;
    this.n = at + 1;
    if (k === null) {
      this.nums[at] = x;
      this.numbers++;
    }
    // Load factor at most 1/2.
    if (2 * this.n > this.slots.length) this.reindex(2 * this.slots.length);
    else this.place(at);
  }

  private place(at: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let i = this.hashes[at]! & mask;
    while (slots[i] !== 0) i = (i + 1) & mask;
    slots[i] = at + 1;
  }

  /** Rebuilds the index over the items held (size: slots, a power of two). */
  private reindex(size = this.slots.length): void {
    if (size !== this.slots.length) {
      this.slots = new Int32Array(size);
      this.mask = size - 1;
    } else this.slots.fill(0);
    for (let j = 0; j < this.n; j++) this.place(j);
  }

  /** Subtracts c from every count, drops the items left at ≤ 0, and reindexes. */
  private decrement(c: number): void {
    const keys = this.keys;
    const nums = this.nums;
    const vals = this.vals;
    const hashes = this.hashes;
    let m = 0;
    let numbers = 0;
    for (let j = 0; j < this.n; j++) {
      const v = vals[j]!;
      if (v <= c) continue;
      const k = keys[j] as string | null;
      keys[m] = k;
      vals[m] = v - c;
      hashes[m] = hashes[j]!;
      if (k === null) {
        nums[m] = nums[j]!;
        numbers++;
      }
      m++;
    }
    // Let go of the dropped keys' strings.
    for (let j = m; j < this.n; j++) keys[j] = null;
    this.n = m;
    this.numbers = numbers;
    this.reindex();
    this.offset += c;
  }

  /** Adds weight to an item; call purge() after a bulk of adds (or rely on add's own check). */
  addUnchecked(item: string, weight: number): void {
    if (this.numbers > 0) this.toText();
    const h = hashOf(item);
    const at = this.find(item, h);
    if (at >= 0) this.vals[at] = this.vals[at]! + weight;
    else this.insert(item, 0, h, 0 + weight);
  }

  add(item: string, weight = 1): void {
    this.addUnchecked(item, weight);
    if (this.n > this.capacity) this.purge();
  }

  /**
   * Folds a batch of distinct items with their counts (keys[0..len), counts[0..len); no key twice):
   * the same result as adding each and one purge(), with one lookup per item and writes only for
   * items already held and items that survive the purge. A wide table's batch is ~100 rows, so a
   * column of mostly distinct values purges on nearly every batch: the (capacity+1)-th largest
   * count is selected (quickselect), not sorted for. `nums` (with numCounts, numLen) are more items
   * of the same batch, numbers given unboxed (none of them in `keys`).
   */
  addBatch(keys: readonly (string | number)[], counts: Float64Array, len: number, nums?: Float64Array, numCounts?: Float64Array, numLen = 0): void {
    const all = len + numLen;
    if (batchAt.length < all) {
      batchAt = new Int32Array(Math.max(all, 2 * batchAt.length));
      batchHash = new Int32Array(batchAt.length);
    }
    const at = batchAt;
    const hs = batchHash;
    let fresh = 0;
    for (let i = 0; i < len; i++) {
      const k = keys[i]!;
      let h: number;
      let j: number;
      if (typeof k === 'number') {
        h = hashNumber(k);
        j = this.findNumber(k, h);
      } else {
        h = hashOf(k);
        j = this.find(k, h);
      }
      hs[i] = h;
      at[i] = j;
      if (j < 0) fresh++;
    }
    for (let i = 0; i < numLen; i++) {
      const x = nums![i]!;
      const h = hashNumber(x);
      const j = this.findNumber(x, h);
      hs[len + i] = h;
      at[len + i] = j;
      if (j < 0) fresh++;
    }
    // Items already held take their combined counts in place; the new ones wait in the batch.
    const vals = this.vals;
    for (let i = 0; i < len; i++) {
      const j = at[i]!;
      if (j >= 0) vals[j] = vals[j]! + counts[i]!;
    }
    for (let i = 0; i < numLen; i++) {
      const j = at[len + i]!;
      if (j >= 0) vals[j] = vals[j]! + numCounts![i]!;
    }
    let c = 0;
    const purged = this.n + fresh > this.capacity;
    if (purged) {
      const total = this.n + fresh;
      if (selectBuf.length < total) selectBuf = new Float64Array(Math.max(total, 2 * selectBuf.length));
      const sel = selectBuf;
      for (let j = 0; j < this.n; j++) sel[j] = vals[j]!;
      let o = this.n;
      for (let i = 0; i < len; i++) if (at[i]! < 0) sel[o++] = counts[i]!;
      for (let i = 0; i < numLen; i++) if (at[len + i]! < 0) sel[o++] = numCounts![i]!;
      c = kthSmallest(sel, total, total - this.capacity - 1);
      this.decrement(c);
    }
    for (let i = 0; i < len; i++) {
      if (at[i]! >= 0 || (purged && !(counts[i]! > c))) continue;
      const k = keys[i]!;
      if (typeof k === 'number') this.insert(null, k, hs[i]!, counts[i]! - c);
      else this.insert(k, 0, hs[i]!, counts[i]! - c);
    }
    for (let i = 0; i < numLen; i++) if (at[len + i]! < 0 && (!purged || numCounts![i]! > c)) this.insert(null, nums![i]!, hs[len + i]!, numCounts![i]! - c);
  }

  /** Items as text, numbers written as String() writes them. */
  private textItems(): Array<[string, number]> {
    const items: Array<[string, number]> = [];
    for (let j = 0; j < this.n; j++) {
      const k = this.keys[j] as string | null;
      items.push([k === null ? String(this.nums[j]) : k, this.vals[j]!]);
    }
    return items;
  }

  /** Turns the number-keyed items into text keys (before anything adds by text). */
  private toText(): void {
    for (let j = 0; j < this.n; j++) {
      if (this.keys[j] !== null) continue;
      const text = String(this.nums[j]);
      this.keys[j] = text;
      this.hashes[j] = hashOf(text);
    }
    this.numbers = 0;
    this.reindex();
  }

  /** Brings the sketch back to capacity by subtracting the (capacity+1)-th largest count. */
  purge(): void {
    if (this.numbers > 0) this.toText();
    if (this.n <= this.capacity) return;
    const values = this.vals.slice(0, this.n).sort();
    // (capacity+1)-th largest = values[len - capacity - 1] in ascending order.
    this.decrement(values[values.length - this.capacity - 1]!);
  }

  merge(other: FrequentItems): void {
    for (const [item, n] of other.textItems()) this.addUnchecked(item, n);
    this.offset += other.offset;
    this.purge();
  }

  /** Items by count (descending), ties by value (ascending code units), at most `limit`. */
  top(limit: number): Array<{ value: string; count: number }> {
    const all = this.textItems().sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return all.slice(0, limit).map(([value, count]) => ({ value, count }));
  }

  toState(): FrequentState {
    const items = this.textItems().sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return { capacity: this.capacity, offset: this.offset, items };
  }

  static fromState(s: FrequentState): FrequentItems {
    const f = new FrequentItems(s.capacity);
    for (const [item, n] of s.items) f.addUnchecked(item, n);
    f.offset = s.offset;
    f.purge();
    return f;
  }
}
