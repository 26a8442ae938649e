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
let batchOld = new Float64Array(64);
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

export class FrequentItems {
  readonly capacity: number;
  offset = 0;
  /** Items by text. */
  readonly counts = new Map<string, number>();
  /**
   * Items added by addBatch as numbers, which stand for their shortest round-trip text (String(x)):
   * the profiler of a numeric column hands its values over as numbers, and most are dropped by the
   * next purge, so turning each into text first (~80 ns) was wasted. The caller guarantees no item
   * is in both maps (no text it adds is the String() of a number it adds); they are one sketch:
   * purges, `size`, top() and toState() see both, and merge() and fromState() use text.
   */
  private readonly numbers = new Map<number, number>();

  constructor(capacity = FREQUENT_DEFAULT_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`frequent-items capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
  }

  /** Items held. */
  get size(): number {
    return this.counts.size + this.numbers.size;
  }

  /** True when no decrement ever happened: counts are exact and complete. */
  isExact(): boolean {
    return this.offset === 0;
  }

  /** Adds weight to an item; call purge() after a bulk of adds (or rely on add's own check). */
  addUnchecked(item: string, weight: number): void {
    if (this.numbers.size > 0) this.toText();
    this.counts.set(item, (this.counts.get(item) ?? 0) + weight);
  }

  add(item: string, weight = 1): void {
    this.addUnchecked(item, weight);
    if (this.counts.size > this.capacity) this.purge();
  }

  /**
   * Folds a batch of distinct items with their counts (keys[0..len), counts[0..len); no key twice):
   * the same result as addUnchecked for each and one purge(), with one Map lookup per item and Map writes
   * only for items already held and items that survive the purge. A wide table's batch is ~100
   * rows, so a column of mostly distinct values purges on nearly every batch: the (capacity+1)-th
   * largest count is selected (quickselect), not sorted for.
   */
  addBatch(keys: readonly (string | number)[], counts: Float64Array, len: number): void {
    const text = this.counts;
    const nums = this.numbers;
    if (batchOld.length < len) batchOld = new Float64Array(Math.max(len, 2 * batchOld.length));
    const old = batchOld;
    let fresh = 0;
    for (let i = 0; i < len; i++) {
      const k = keys[i];
      const o = typeof k === 'number' ? nums.get(k) : text.get(k);
      if (o === undefined) {
        old[i] = -1;
        fresh++;
      } else old[i] = o;
    }
    if (this.size + fresh <= this.capacity) {
      for (let i = 0; i < len; i++) this.put(keys[i], old[i] < 0 ? counts[i] : old[i] + counts[i]);
      return;
    }
    // Items already held take their combined counts in place; the new ones wait in `old`.
    for (let i = 0; i < len; i++) if (old[i] >= 0) this.put(keys[i], old[i] + counts[i]);
    const n = this.size + fresh;
    if (selectBuf.length < n) selectBuf = new Float64Array(Math.max(n, 2 * selectBuf.length));
    const all = selectBuf;
    let o = 0;
    for (const v of text.values()) all[o++] = v;
    for (const v of nums.values()) all[o++] = v;
    for (let i = 0; i < len; i++) if (old[i] < 0) all[o++] = counts[i];
    const c = kthSmallest(all, n, n - this.capacity - 1);
    for (const [item, v] of text) {
      if (v <= c) text.delete(item);
      else text.set(item, v - c);
    }
    for (const [item, v] of nums) {
      if (v <= c) nums.delete(item);
      else nums.set(item, v - c);
    }
    for (let i = 0; i < len; i++) if (old[i] < 0 && counts[i] > c) this.put(keys[i], counts[i] - c);
    this.offset += c;
  }

  private put(k: string | number, v: number): void {
    if (typeof k === 'number') this.numbers.set(k, v);
    else this.counts.set(k, v);
  }

  /** Items as text, numbers written as String() writes them. */
  private textItems(): Array<[string, number]> {
    const items = [...this.counts];
    for (const [x, n] of this.numbers) items.push([String(x), n]);
    return items;
  }

  /** Moves the number-keyed items to text keys (before anything adds by text). */
  private toText(): void {
    for (const [x, n] of this.numbers) this.counts.set(String(x), n);
    this.numbers.clear();
  }

  /** Brings the sketch back to capacity by subtracting the (capacity+1)-th largest count. */
  purge(): void {
    if (this.numbers.size > 0) this.toText();
    if (this.counts.size <= this.capacity) return;
    const values = Float64Array.from(this.counts.values()).sort();
    // (capacity+1)-th largest = values[len - capacity - 1] in ascending order.
    const c = values[values.length - this.capacity - 1];
    for (const [item, n] of this.counts) {
      if (n <= c) this.counts.delete(item);
      else this.counts.set(item, n - c);
    }
    this.offset += c;
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
