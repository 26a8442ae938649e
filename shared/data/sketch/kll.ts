/**
 * KLL quantile sketch (Karnin, Lang & Liberty, "Optimal Quantile Approximation in Streams", 2016),
 * laid out like Apache DataSketches' KllDoublesSketch:
 *
 * - level h holds items of weight 2^h; level 0 is an unsorted buffer, higher levels are sorted;
 * - level h's capacity is max(8, ceil(k·(2/3)^depth)), depth = numLevels − 1 − h (the top level
 *   holds k items, lower ones geometrically fewer); the sketch compacts only when the total number
 *   of retained items reaches the sum of the capacities ("lazy" compaction), one level at a time,
 *   the lowest level at or over its capacity first;
 * - a compaction sorts the level, sets aside one item when the count is odd, and promotes every
 *   other item (offset 0 or 1 by a coin flip) to the level above.
 *
 * The coin is deterministic: a hash of (n, level), so the same input (and the same merges) always
 * give the same sketch and the same profile bytes.
 *
 * Error (DataSketches' empirical fit, KllSketch.getNormalizedRankError): at 99% confidence the
 * normalized rank error is 2.296/k^0.9723 for a single rank/quantile query (1.33% at k = 200) and
 * 2.446/k^0.9433 for PMF/histogram queries (1.65% at k = 200). Tests hold every reported quantile
 * of real data, and of merged shards, to the 1.65% bound. While n ≤ k no compaction has happened
 * and every answer is exact.
 *
 * Semantics (DataSketches' INCLUSIVE search criterion, the same as numpy's
 * `quantile(method="inverted_cdf")` when exact): quantile(p) is the smallest retained item q whose
 * cumulative weight (items ≤ q) is ≥ p·n; rank(x) is the weight of items ≤ x divided by n.
 */
import type { KllState } from '../../formats/profile-format.js';

export const KLL_DEFAULT_K = 200;
/** Normalized rank error bound (99% confidence) held to in tests and docs for k = 200. */
export const KLL_RANK_ERROR_K200 = 0.0165;
const MIN_LEVEL_CAPACITY = 8;

/** Normalized rank error at 99% confidence (DataSketches' empirical fit): single query, or PMF/CDF. */
export function kllRankError(k: number, pmf = false): number {
  return pmf ? 2.446 / Math.pow(k, 0.9433) : 2.296 / Math.pow(k, 0.9723);
}

function levelCapacity(k: number, numLevels: number, level: number): number {
  const depth = numLevels - level - 1;
  return Math.max(MIN_LEVEL_CAPACITY, Math.ceil(k * Math.pow(2 / 3, depth)));
}

function coin(n: number, level: number): number {
  // murmur3 fmix32 of n's low/high words and the level.
  let h = (n >>> 0) ^ Math.imul(Math.floor(n / 4294967296) | 0, 0x9e3779b1) ^ Math.imul(level + 1, 0x85ebca6b);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & 1;
}

/**
 * Sorts a[0..len) ascending: insertion sort for the small level-0 buffers, native sort otherwise.
 * Tried for the 10,000-column bench row, where level-0 sorts are ~5% of the CPU time: a JS
 * quicksort (median of three) measured the same (~13 µs for 250 random doubles either way), an
 * LSD radix sort slower at these sizes (~20 µs).
 */
function sortPrefix(a: Float64Array, len: number): void {
  if (len > 48) {
    a.subarray(0, len).sort();
    return;
  }
  for (let i = 1; i < len; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

/**
 * Buffers used only inside one call (a compaction's promoted items, a weighted update's items per
 * level and its weight-1 items), shared by every sketch: a profile of a wide table holds thousands
 * of sketches, and these were ~2 KB each.
 */
const shared = { promoted: new Float64Array(64), levels: [] as Float64Array[], unit: new Float64Array(0), fill: new Int32Array(8) };

export class KllSketch {
  readonly k: number;
  n = 0;
  min = Infinity;
  max = -Infinity;
  /** Item storage per level (capacity ≥ size). */
  private items: Float64Array[] = [];
  private sizes: number[] = [];
  private caps: number[] = [];
  private totalCap = 0;
  private retained = 0;
  private sortedView: { values: Float64Array; cum: Float64Array } | null = null;
  /** Compactions so far (in memory only; after fromState: 1 unless the state is provably exact). */
  private compactions = 0;

  constructor(k = KLL_DEFAULT_K) {
    if (!Number.isInteger(k) || k < MIN_LEVEL_CAPACITY) throw new Error(`KLL k must be an integer ≥ ${MIN_LEVEL_CAPACITY}, got ${k}`);
    this.k = k;
    this.addLevel();
  }

  get numLevels(): number {
    return this.sizes.length;
  }

  /** True while no compaction has happened: every answer is exact. */
  isExact(): boolean {
    return this.compactions === 0;
  }

  private addLevel(): void {
    this.sizes.push(0);
    // Every level starts small and grows (ensure): a sketch of a string column never holds an item.
    this.items.push(new Float64Array(16));
    this.recomputeCaps();
  }

  private recomputeCaps(): void {
    const L = this.sizes.length;
    this.totalCap = 0;
    for (let h = 0; h < L; h++) {
      this.caps[h] = levelCapacity(this.k, L, h);
      this.totalCap += this.caps[h];
    }
    this.caps.length = L;
  }

  private ensure(level: number, size: number): void {
    const a = this.items[level];
    if (a.length >= size) return;
    const b = new Float64Array(Math.max(size, a.length * 2));
    b.set(a.subarray(0, this.sizes[level]));
    this.items[level] = b;
  }

  update(x: number): void {
    if (Number.isNaN(x)) return;
    if (this.retained >= this.totalCap) this.compressOnce();
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    this.ensure(0, this.sizes[0] + 1);
    this.items[0][this.sizes[0]++] = x;
    this.retained++;
    this.n++;
    this.sortedView = null;
  }

  /**
   * Adds values[0..len) (NaN must already be filtered out). Same result as calling update() on
   * each, but copies runs into level 0 in bulk.
   */
  updateMany(values: Float64Array, len: number): void {
    if (len === 0) return;
    let mn = this.min;
    let mx = this.max;
    for (let i = 0; i < len; i++) {
      const v = values[i];
      if (v < mn) mn = v;
      if (v > mx) mx = v;
    }
    this.min = mn;
    this.max = mx;
    let i = 0;
    while (i < len) {
      if (this.retained >= this.totalCap) this.compressOnce();
      const take = Math.min(len - i, this.totalCap - this.retained);
      const s0 = this.sizes[0];
      this.ensure(0, s0 + take);
      this.items[0].set(values.subarray(i, i + take), s0);
      this.sizes[0] = s0 + take;
      this.retained += take;
      // n advances item by item in update(); the coin reads n at compaction time, so keep it exact.
      this.n += take;
      i += take;
    }
    this.sortedView = null;
  }

  /**
   * Adds values[i] with integer weight weights[i] ≥ 1 (NaN filtered out), e.g. the distinct values of
   * a batch with their counts. A weight w is inserted as its binary expansion: one item at level h
   * for every set bit h of w (as DataSketches' weighted update), which carries no error, then the
   * sketch compacts as usual. Weight-1 items take the ordinary update path.
   */
  updateWeighted(values: Float64Array, weights: Float64Array, len: number): void {
    if (len === 0) return;
    let ones = 0;
    let maxW = 0;
    let total = 0;
    let mn = this.min;
    let mx = this.max;
    const unit = shared.unit.length >= len ? shared.unit : (shared.unit = new Float64Array(len));
    for (let i = 0; i < len; i++) {
      const v = values[i];
      const w = weights[i];
      if (v < mn) mn = v;
      if (v > mx) mx = v;
      if (w === 1) unit[ones++] = v;
      else if (w > maxW) maxW = w;
      total += w;
    }
    if (ones > 0) this.updateMany(unit, ones);
    if (ones === len) return;
    this.min = mn;
    this.max = mx;
    let topBit = 0;
    while (2 ** (topBit + 1) <= maxW) topBit++;
    while (this.sizes.length <= topBit) this.addLevel();
    if (shared.fill.length <= topBit) shared.fill = new Int32Array(2 * (topBit + 1));
    const fill = shared.fill.fill(0, 0, topBit + 1);
    const levelScratch = shared.levels;
    for (let h = 0; h <= topBit; h++) {
      if (!levelScratch[h] || levelScratch[h].length < len) levelScratch[h] = new Float64Array(len);
    }
    for (let i = 0; i < len; i++) {
      let w = weights[i];
      if (w === 1) continue;
      const v = values[i];
      for (let h = 0; w > 0; h++) {
        if (w % 2 === 1) {
          levelScratch[h][fill[h]++] = v;
          w -= 1;
        }
        w /= 2;
      }
    }
    for (let h = 0; h <= topBit; h++) {
      const c = fill[h];
      if (c === 0) continue;
      const lv = levelScratch[h];
      if (h === 0) {
        this.ensure(0, this.sizes[0] + c);
        this.items[0].set(lv.subarray(0, c), this.sizes[0]);
        this.sizes[0] += c;
      } else {
        sortPrefix(lv, c);
        this.mergeIntoLevel(h, lv, c);
      }
      this.retained += c;
    }
    this.n += total - ones;
    this.generalCompress();
    this.sortedView = null;
  }

  /** DataSketches compressWhileUpdating: compact the lowest level that is at or over capacity. */
  private compressOnce(): void {
    const L = this.sizes.length;
    let h = 0;
    while (h < L - 1 && this.sizes[h] < this.caps[h]) h++;
    this.compactLevel(h);
  }

  private compactLevel(h: number): void {
    if (h === this.sizes.length - 1) this.addLevel();
    this.compactions++;
    const src = this.items[h];
    const size = this.sizes[h];
    if (h === 0) sortPrefix(src, size);
    const odd = size & 1;
    // Keep the smallest item at this level when the count is odd; halve the rest.
    const half = (size - odd) >>> 1;
    const off = odd + coin(this.n, h);
    if (shared.promoted.length < half) shared.promoted = new Float64Array(Math.max(half, shared.promoted.length * 2));
    const promoted = shared.promoted;
    for (let j = 0; j < half; j++) promoted[j] = src[off + 2 * j];
    this.sizes[h] = odd; // src[0] stays when odd
    this.mergeIntoLevel(h + 1, promoted, half);
    this.retained -= half;
  }

  /** Merges sorted items into sorted level h, in place from the back (no allocation). */
  private mergeIntoLevel(h: number, add: Float64Array, addLen: number): void {
    const curLen = this.sizes[h];
    this.ensure(h, curLen + addLen);
    const out = this.items[h];
    let i = curLen - 1;
    let j = addLen - 1;
    let o = curLen + addLen - 1;
    while (j >= 0) {
      if (i >= 0 && out[i] > add[j]) out[o--] = out[i--];
      else out[o--] = add[j--];
    }
    this.sizes[h] = curLen + addLen;
  }

  /** Folds another sketch in (DataSketches' merge: level by level, then general compression). */
  merge(other: KllSketch): void {
    if (other.n === 0) return;
    if (other.k !== this.k) throw new Error(`cannot merge KLL sketches with different k (${this.k} and ${other.k})`);
    while (this.sizes.length < other.sizes.length) this.addLevel();
    for (let h = 0; h < other.sizes.length; h++) {
      const len = other.sizes[h];
      if (len === 0) continue;
      if (h === 0) {
        this.ensure(0, this.sizes[0] + len);
        this.items[0].set(other.items[0].subarray(0, len), this.sizes[0]);
        this.sizes[0] += len;
      } else {
        this.mergeIntoLevel(h, other.items[h], len);
      }
      this.retained += len;
    }
    this.n += other.n;
    this.compactions += other.compactions;
    if (other.min < this.min) this.min = other.min;
    if (other.max > this.max) this.max = other.max;
    this.generalCompress();
    this.sortedView = null;
  }

  private generalCompress(): void {
    while (this.retained > this.totalCap) {
      for (let h = 0; h < this.sizes.length && this.retained > this.totalCap; h++) {
        if (this.sizes[h] >= this.caps[h]) this.compactLevel(h);
      }
    }
  }

  private view(): { values: Float64Array; cum: Float64Array } {
    if (this.sortedView) return this.sortedView;
    const total = this.retained;
    const pairs = new Float64Array(total);
    const weights = new Float64Array(total);
    let o = 0;
    for (let h = 0; h < this.sizes.length; h++) {
      const w = 2 ** h;
      const a = this.items[h];
      for (let i = 0; i < this.sizes[h]; i++) {
        pairs[o] = a[i];
        weights[o] = w;
        o++;
      }
    }
    const idx = Array.from({ length: total }, (_, i) => i);
    idx.sort((x, y) => pairs[x] - pairs[y]);
    const values = new Float64Array(total);
    const cum = new Float64Array(total);
    let c = 0;
    for (let i = 0; i < total; i++) {
      values[i] = pairs[idx[i]];
      c += weights[idx[i]];
      cum[i] = c;
    }
    this.sortedView = { values, cum };
    return this.sortedView;
  }

  /** Smallest retained item whose cumulative weight is ≥ p·n (null when empty). p ∈ [0, 1]. */
  quantile(p: number): number | null {
    if (this.n === 0) return null;
    if (!(p >= 0 && p <= 1)) throw new Error(`quantile probability must be in [0, 1], got ${p}`);
    if (p === 0) return this.min;
    if (p === 1) return this.max;
    const { values, cum } = this.view();
    const target = p * this.n;
    // Binary search for the first cum ≥ target.
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid] >= target) hi = mid;
      else lo = mid + 1;
    }
    return values[lo];
  }

  /** Estimated weight of items ≤ x (inclusive) or < x, as a count (not normalized). */
  weightBelow(x: number, inclusive = true): number {
    if (this.n === 0) return 0;
    const { values, cum } = this.view();
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (inclusive ? values[mid] <= x : values[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : cum[lo - 1];
  }

  /** Normalized rank (CDF): fraction of items ≤ x (or < x when not inclusive). */
  rank(x: number, inclusive = true): number {
    return this.n === 0 ? NaN : this.weightBelow(x, inclusive) / this.n;
  }

  toState(): KllState {
    const levels: number[][] = [];
    for (let h = 0; h < this.sizes.length; h++) {
      const lv = Array.from(this.items[h].subarray(0, this.sizes[h]));
      if (h === 0) lv.sort((a, b) => a - b); // canonical bytes: order of level 0 does not matter
      levels.push(lv);
    }
    return { k: this.k, n: this.n, min: this.n ? this.min : null, max: this.n ? this.max : null, levels };
  }

  static fromState(s: KllState): KllSketch {
    const sk = new KllSketch(s.k);
    while (sk.sizes.length < Math.max(1, s.levels.length)) sk.addLevel();
    let weight = 0;
    for (let h = 0; h < s.levels.length; h++) {
      const lv = Float64Array.from(s.levels[h]).sort();
      sk.items[h] = lv.length > 0 ? lv : new Float64Array(16);
      sk.sizes[h] = lv.length;
      sk.retained += lv.length;
      weight += lv.length * 2 ** h;
    }
    if (weight !== s.n) throw new Error(`KLL state is inconsistent: n = ${s.n} but levels weigh ${weight}`);
    sk.n = s.n;
    sk.compactions = s.levels.length <= 1 || s.n <= s.k ? 0 : 1;
    sk.min = s.min ?? Infinity;
    sk.max = s.max ?? -Infinity;
    return sk;
  }
}
