/**
 * Mergeable moments: count, an exact (order-independent) sum, and the second central moment.
 *
 * The sum is kept as Shewchuk's non-overlapping partials (the `msum` algorithm behind Python's
 * `math.fsum`): the partials represent the sum of every value added *exactly*, so the rounded sum,
 * and hence the mean, is the same bit for bit however the data was split into shards and in which
 * order they were merged. M2 (sum of squared deviations) uses a two-pass pass per batch combined
 * with Chan, Golub & LeVeque's parallel update (1979), which is as accurate as Welford's per-value
 * update and cheaper; std is exact up to floating-point rounding, not bit-identical across shardings.
 *
 * Overflow: sums beyond ±1.8e308 are not representable; the partials then hold ±Infinity and the
 * mean is reported as ±Infinity (Python's fsum raises instead).
 */
import type { MomentsState } from '../../formats/profile-format.js';

/** Adds x to Shewchuk partials in place (Python `math.fsum` inner loop). */
export function addToPartials(partials: number[], x: number): void {
  let i = 0;
  const len = partials.length;
  for (let j = 0; j < len; j++) {
    let y = partials[j];
    if (Math.abs(x) < Math.abs(y)) {
      const t = x;
      x = y;
      y = t;
    }
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) partials[i++] = lo;
    x = hi;
  }
  partials.length = i + 1;
  partials[i] = x;
}

/** The correctly rounded value of the exact sum held in partials (CPython math_fsum's final step). */
export function roundPartials(partials: readonly number[]): number {
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n];
  if (!Number.isFinite(hi)) return hi;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n];
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
    const y = lo * 2;
    const x = hi + y;
    const yr = x - hi;
    if (y === yr) hi = x;
  }
  return hi;
}

/** Exactly rounded sum of a sequence (like Python's math.fsum). */
export function exactSum(values: Iterable<number>): number {
  const p: number[] = [];
  for (const v of values) addToPartials(p, v);
  return roundPartials(p);
}

const TWO_53 = 9007199254740992;

export class Moments {
  n = 0;
  partials: number[] = [];
  /** Running mean used by the M2 update (not the reported mean: that is sum/n from the partials). */
  mean = 0;
  m2 = 0;

  /**
   * Adds values[0..len). `allIntegers` lets integer data be summed in plain float chunks that are
   * provably exact (|chunk sum| < 2^53), which is much cheaper than a partials update per value.
   */
  addBatch(values: Float64Array, len: number, allIntegers: boolean): void {
    if (len === 0) return;
    const batchPartials: number[] = [];
    let maxAbs = 0;
    if (allIntegers) {
      for (let i = 0; i < len; i++) {
        const a = Math.abs(values[i]);
        if (a > maxAbs) maxAbs = a;
      }
    }
    const chunk = allIntegers ? Math.floor(TWO_53 / Math.max(maxAbs, 1)) : 0;
    if (chunk >= 16) {
      for (let start = 0; start < len; start += chunk) {
        const end = Math.min(len, start + chunk);
        let s = 0;
        for (let i = start; i < end; i++) s += values[i];
        addToPartials(batchPartials, s);
      }
    } else {
      for (let i = 0; i < len; i++) addToPartials(batchPartials, values[i]);
    }
    const bMean = roundPartials(batchPartials) / len;
    let bM2 = 0;
    let comp = 0;
    for (let i = 0; i < len; i++) {
      const d = values[i] - bMean;
      bM2 += d * d;
      comp += d;
    }
    // Corrected two-pass (Chan, Golub & LeVeque 1983): removes the error of bMean itself.
    bM2 -= (comp * comp) / len;
    if (bM2 < 0) bM2 = 0;
    for (const p of batchPartials) addToPartials(this.partials, p);
    this.combine(len, bMean, bM2);
  }

  add(x: number): void {
    addToPartials(this.partials, x);
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
  }

  /** Adds a block summarised by its exact-sum partials, count, mean and M2. */
  absorb(partials: readonly number[], nb: number, meanB: number, m2B: number): void {
    if (nb === 0) return;
    for (const p of partials) addToPartials(this.partials, p);
    this.combine(nb, meanB, m2B);
  }

  private combine(nb: number, meanB: number, m2B: number): void {
    const na = this.n;
    if (na === 0) {
      this.n = nb;
      this.mean = meanB;
      this.m2 = m2B;
      return;
    }
    const n = na + nb;
    const delta = meanB - this.mean;
    this.mean = this.mean + (delta * nb) / n;
    this.m2 = this.m2 + m2B + ((delta * delta * na) / n) * nb;
    this.n = n;
  }

  merge(other: Moments): void {
    if (other.n === 0) return;
    for (const p of other.partials) addToPartials(this.partials, p);
    this.combine(other.n, other.mean, other.m2);
  }

  /** Exact sum, correctly rounded. */
  sum(): number {
    return roundPartials(this.partials);
  }

  /** Arithmetic mean (correctly rounded sum / n), null when empty. */
  meanValue(): number | null {
    return this.n === 0 ? null : this.sum() / this.n;
  }

  /** Sample standard deviation (ddof=1, as pandas), null with fewer than two values. */
  std(): number | null {
    return this.n < 2 ? null : Math.sqrt(this.m2 / (this.n - 1));
  }

  toState(): MomentsState {
    return { n: this.n, sum_partials: this.partials.slice(), mean: this.mean, m2: this.m2 };
  }

  static fromState(s: MomentsState): Moments {
    const m = new Moments();
    m.n = s.n;
    // Re-normalise: partials from a file are trusted only as numbers, not as non-overlapping.
    for (const p of s.sum_partials) addToPartials(m.partials, p);
    m.mean = s.mean;
    m.m2 = s.m2;
    return m;
  }
}

/** Low part of the exact product a·b = hi + lo (Dekker's TwoProduct with Veltkamp splitting). */
function twoProductLow(a: number, b: number, hi: number): number {
  const SPLIT = 134217729; // 2^27 + 1
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return al * bl - (((hi - ah * bh) - al * bh) - ah * bl);
}

const TWO_52 = 4503599627370496;

/**
 * Adds values[i] with integer weight weights[i] (the distinct values of a batch and their counts)
 * to `m`: the exact sum gets every v·w exactly (integer products are summed in plain floats while
 * provably exact; other products as hi + lo of an exact TwoProduct), M2 by a weighted corrected
 * two-pass over the batch, combined with Chan et al.'s update.
 */
export function addWeightedToMoments(m: Moments, values: Float64Array, weights: Float64Array, len: number): void {
  if (len === 0) return;
  const bp: number[] = [];
  let s = 0;
  let acc = 0;
  let W = 0;
  for (let i = 0; i < len; i++) {
    const v = values[i];
    const w = weights[i];
    W += w;
    const t = v * w;
    const at = Math.abs(t);
    if (at < TWO_52 && Number.isInteger(v)) {
      if (acc + at >= TWO_52) {
        addToPartials(bp, s);
        s = 0;
        acc = 0;
      }
      s += t;
      acc += at;
    } else {
      addToPartials(bp, t);
      if (w !== 1 && Number.isFinite(t)) {
        const lo = twoProductLow(v, w, t);
        if (lo !== 0) addToPartials(bp, lo);
      }
    }
  }
  if (s !== 0) addToPartials(bp, s);
  const bMean = roundPartials(bp) / W;
  let m2 = 0;
  let comp = 0;
  for (let i = 0; i < len; i++) {
    const d = values[i] - bMean;
    const wd = weights[i] * d;
    m2 += wd * d;
    comp += wd;
  }
  m2 -= (comp * comp) / W;
  if (m2 < 0) m2 = 0;
  m.absorb(bp, W, bMean, m2);
}
