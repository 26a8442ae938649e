/**
 * Per-batch exact counters of distinct cell values: open-addressing hash tables with typed-array
 * slots, reused across batches (reset() clears only the slots used). Counting a batch first and
 * folding its distinct values into the sketches afterwards keeps the per-cell work to one hash
 * and one probe; parsing, classification, HLL hashing and frequent-item updates then run once
 * per distinct value per batch instead of once per cell.
 */
import { numberHash32, stringHash32 } from './hash.js';
import { packShortAscii, unpackShortAscii } from './short-ascii.js';

const MAX_LOAD = 0.5;

/**
 * Counts strings (exact, by content; add() takes an optional weight). Iterate with `size` and `keyAt(i)` / `countAt(i)`.
 * Short ASCII strings (≤ 7 code units < 128: codes, small integers, flags) are packed into one
 * safe integer (7 bits per unit, then 3 bits of length) and counted in a numeric table, which
 * avoids string hashing and comparison on the hot path; the rest go to a string table.
 */
export class StringCounter {
  private readonly packed: PackedCounter;
  private longCounter: LongStringCounter;

  /** `initialSlots`: a power of two; the tables double as needed. */
  constructor(initialSlots = 1024) {
    this.packed = new PackedCounter(initialSlots);
    this.longCounter = new LongStringCounter(initialSlots);
  }

  get size(): number {
    return this.packed.size + this.longCounter.size;
  }

  add(s: string, w = 1): void {
    const packed = packShortAscii(s);
    if (packed >= 0) {
      this.packed.add(packed, w);
      return;
    }
    this.longCounter.add(s, w);
  }

  keyAt(i: number): string {
    const ps = this.packed.size;
    if (i >= ps) return this.longCounter.keyAt(i - ps);
    return unpackShortAscii(this.packed.keyAt(i));
  }

  countAt(i: number): number {
    const ps = this.packed.size;
    return i >= ps ? this.longCounter.countAt(i - ps) : this.packed.countAt(i);
  }

  reset(): void {
    this.packed.reset();
    this.longCounter.reset();
  }
}

/** Counts non-negative safe integers (packed short strings). */
class PackedCounter {
  private keys: Float64Array;
  private counts: Float64Array;
  private order: Int32Array;
  private mask: number;
  size = 0;

  constructor(initialSlots = 1024) {
    this.keys = new Float64Array(initialSlots);
    this.counts = new Float64Array(initialSlots);
    this.order = new Int32Array(initialSlots);
    this.mask = initialSlots - 1;
  }

  add(key: number, w = 1): void {
    const counts = this.counts;
    const keys = this.keys;
    const mask = this.mask;
    let h = Math.imul((key >>> 0) ^ Math.imul((key / 4294967296) | 0, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    let i = h & mask;
    for (;;) {
      const c = counts[i];
      if (c === 0) break;
      if (keys[i] === key) {
        counts[i] = c + w;
        return;
      }
      i = (i + 1) & mask;
    }
    counts[i] = w;
    keys[i] = key;
    this.order[this.size++] = i;
    if (this.size > counts.length * MAX_LOAD) this.grow();
  }

  keyAt(i: number): number {
    return this.keys[this.order[i]];
  }

  countAt(i: number): number {
    return this.counts[this.order[i]];
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldCounts = this.counts;
    const oldOrder = this.order;
    const size = this.size;
    const n = oldCounts.length * 2;
    this.keys = new Float64Array(n);
    this.counts = new Float64Array(n);
    this.order = new Int32Array(n);
    this.mask = n - 1;
    this.size = 0;
    for (let k = 0; k < size; k++) {
      const o = oldOrder[k];
      this.add(oldKeys[o]);
      this.counts[this.order[k]] = oldCounts[o];
    }
  }

  reset(): void {
    for (let k = 0; k < this.size; k++) this.counts[this.order[k]] = 0;
    this.size = 0;
  }
}

class LongStringCounter {
  private keys: string[];
  private hashes: Int32Array;
  private counts: Float64Array;
  private order: Int32Array;
  private mask: number;
  size = 0;

  constructor(initialSlots = 1024) {
    this.keys = new Array<string>(initialSlots).fill('');
    this.hashes = new Int32Array(initialSlots);
    this.counts = new Float64Array(initialSlots);
    this.order = new Int32Array(initialSlots);
    this.mask = initialSlots - 1;
  }

  add(s: string, w = 1): void {
    const h = stringHash32(s);
    const counts = this.counts;
    const mask = this.mask;
    let i = h & mask;
    for (;;) {
      const c = counts[i];
      if (c === 0) break;
      if (this.hashes[i] === h && this.keys[i] === s) {
        counts[i] = c + w;
        return;
      }
      i = (i + 1) & mask;
    }
    counts[i] = w;
    this.hashes[i] = h;
    this.keys[i] = s;
    this.order[this.size++] = i;
    if (this.size > this.counts.length * MAX_LOAD) this.grow();
  }

  keyAt(i: number): string {
    return this.keys[this.order[i]];
  }

  countAt(i: number): number {
    return this.counts[this.order[i]];
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    const oldCounts = this.counts;
    const oldOrder = this.order;
    const n = oldCounts.length * 2;
    this.keys = new Array<string>(n).fill('');
    this.hashes = new Int32Array(n);
    this.counts = new Float64Array(n);
    this.order = new Int32Array(n);
    this.mask = n - 1;
    for (let k = 0; k < this.size; k++) {
      const o = oldOrder[k];
      let i = oldHashes[o] & this.mask;
      while (this.counts[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = oldKeys[o];
      this.hashes[i] = oldHashes[o];
      this.counts[i] = oldCounts[o];
      this.order[k] = i;
    }
  }

  reset(): void {
    for (let k = 0; k < this.size; k++) {
      const i = this.order[k];
      this.counts[i] = 0;
      this.keys[i] = '';
    }
    this.size = 0;
  }
}

/**
 * Counts (or sums weights of) numbers by value: -0 counts as 0, NaN is kept apart in `nanWeight`.
 */
export class NumberCounter {
  private keys: Float64Array;
  private counts: Float64Array;
  private order: Int32Array;
  private mask: number;
  size = 0;
  nanWeight = 0;

  constructor(initialSlots = 1024) {
    this.keys = new Float64Array(initialSlots);
    this.counts = new Float64Array(initialSlots);
    this.order = new Int32Array(initialSlots);
    this.mask = initialSlots - 1;
  }

  add(x: number, w = 1): void {
    if (x !== x) {
      this.nanWeight += w;
      return;
    }
    x = x + 0;
    const counts = this.counts;
    const keys = this.keys;
    const mask = this.mask;
    let i = numberHash32(x) & mask;
    for (;;) {
      const c = counts[i];
      if (c === 0) break;
      if (keys[i] === x) {
        counts[i] = c + w;
        return;
      }
      i = (i + 1) & mask;
    }
    counts[i] = w;
    keys[i] = x;
    this.order[this.size++] = i;
    if (this.size > counts.length * MAX_LOAD) this.grow();
  }

  keyAt(i: number): number {
    return this.keys[this.order[i]];
  }

  countAt(i: number): number {
    return this.counts[this.order[i]];
  }

  /** Copies the distinct values and their weights (insertion order) into out arrays; returns size. */
  copyTo(values: Float64Array, weights: Float64Array): number {
    for (let k = 0; k < this.size; k++) {
      const i = this.order[k];
      values[k] = this.keys[i];
      weights[k] = this.counts[i];
    }
    return this.size;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldCounts = this.counts;
    const oldOrder = this.order;
    const n = oldCounts.length * 2;
    this.keys = new Float64Array(n);
    this.counts = new Float64Array(n);
    this.order = new Int32Array(n);
    this.mask = n - 1;
    for (let k = 0; k < this.size; k++) {
      const o = oldOrder[k];
      const x = oldKeys[o];
      let i = numberHash32(x) & this.mask;
      while (this.counts[i] !== 0) i = (i + 1) & this.mask;
      this.keys[i] = x;
      this.counts[i] = oldCounts[o];
      this.order[k] = i;
    }
  }

  reset(): void {
    for (let k = 0; k < this.size; k++) this.counts[this.order[k]] = 0;
    this.size = 0;
    this.nanWeight = 0;
  }
}
