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
import type { FrequentState } from '../profile-format.js';

export const FREQUENT_DEFAULT_CAPACITY = 1024;

export class FrequentItems {
  readonly capacity: number;
  offset = 0;
  readonly counts = new Map<string, number>();

  constructor(capacity = FREQUENT_DEFAULT_CAPACITY) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`frequent-items capacity must be a positive integer, got ${capacity}`);
    this.capacity = capacity;
  }

  /** True when no decrement ever happened: counts are exact and complete. */
  isExact(): boolean {
    return this.offset === 0;
  }

  /** Adds weight to an item; call purge() after a bulk of adds (or rely on add's own check). */
  addUnchecked(item: string, weight: number): void {
    this.counts.set(item, (this.counts.get(item) ?? 0) + weight);
  }

  add(item: string, weight = 1): void {
    this.addUnchecked(item, weight);
    if (this.counts.size > this.capacity) this.purge();
  }

  /**
   * Folds a batch of distinct items with their counts (keys[0..len), counts[0..len)): the same
   * result as addUnchecked for each and one purge(), but with one Map lookup per item and Map
   * writes only for the items that survive the purge.
   */
  addBatch(keys: readonly string[], counts: Float64Array, len: number): void {
    const map = this.counts;
    let fresh = 0;
    for (let i = 0; i < len; i++) if (!map.has(keys[i])) fresh++;
    if (map.size + fresh <= this.capacity) {
      for (let i = 0; i < len; i++) map.set(keys[i], (map.get(keys[i]) ?? 0) + counts[i]);
      return;
    }
    // Combined counts of batch items; the sketch-only items stay in the map.
    const combined = new Float64Array(len);
    for (let i = 0; i < len; i++) {
      const k = keys[i];
      const old = map.get(k);
      if (old !== undefined) {
        combined[i] = old + counts[i];
        map.delete(k);
      } else combined[i] = counts[i];
    }
    const all = new Float64Array(len + map.size);
    all.set(combined);
    let o = len;
    for (const n of map.values()) all[o++] = n;
    all.sort();
    const c = all[all.length - this.capacity - 1];
    for (const [item, n] of map) {
      if (n <= c) map.delete(item);
      else map.set(item, n - c);
    }
    for (let i = 0; i < len; i++) if (combined[i] > c) map.set(keys[i], combined[i] - c);
    this.offset += c;
  }

  /** Brings the sketch back to capacity by subtracting the (capacity+1)-th largest count. */
  purge(): void {
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
    for (const [item, n] of other.counts) this.addUnchecked(item, n);
    this.offset += other.offset;
    this.purge();
  }

  /** Items by count (descending), ties by value (ascending code units), at most `limit`. */
  top(limit: number): Array<{ value: string; count: number }> {
    const all = [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return all.slice(0, limit).map(([value, count]) => ({ value, count }));
  }

  toState(): FrequentState {
    const items = [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
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
