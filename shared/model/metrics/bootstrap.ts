/**
 * Seeded bootstrap confidence intervals.
 *
 * Method: the ordinary (multinomial) nonparametric bootstrap, percentile interval.
 * - A resample draws n row indices uniformly with replacement from a seeded PRNG, but never builds
 *   the resampled rows: it records how often each row was drawn (a vector of multiplicities, i.e.
 *   multinomial(n; 1/n, …, 1/n) counts) and hands that to a metric that accepts integer `weights`.
 *   A weighted metric over pre-sorted data is one O(n) pass, so ROC AUC and average precision are
 *   never re-sorted per resample.
 * - Interval: the α/2 and 1 − α/2 quantiles of the resampled statistics (α = 1 − confidence), with
 *   NumPy's default "linear" quantile interpolation (Hyndman & Fan type 7). Efron & Tibshirani
 *   (1993), ch. 13. Resamples on which the metric is undefined (NaN, e.g. ROC AUC on a resample
 *   with one class) are dropped and counted in `invalid`.
 * - The point estimate is the metric on the full data (weights omitted).
 * - Counts live in a Uint8Array (a row drawn > 255 times is replayed into a Uint32Array), which
 *   quarters the memory traffic of the scatter and of the metric pass.
 *
 * - Each resample has its own stream: resample b draws from a generator seeded with
 *   resampleSeed(seed, b) (splitmix32 finalizer of seed ^ mix(b)). Resample b's counts thus do not
 *   depend on the resamples before it, so bootstrap-parallel.ts can run resamples on any number of
 *   worker threads in any order and get the same statistics in the same slots. (Until this change
 *   all resamples drew from one stream, so a seed's intervals differ from older reports'.)
 *
 * PRNG: xoshiro128** 1.0 (Blackman & Vigna, 2018), 32-bit state words, seeded from a 32-bit
 * integer through splitmix32 so that nearby seeds give unrelated streams. Index draws use Lemire's
 * multiply-and-reject method (exactly uniform for n ≤ 2^21; above that one 53-bit draw is scaled,
 * with a bias below n / 2^53).
 */
import { InputError } from '../../runtime/errors.js';
import { byteCounts, wasmDrawsInto } from './wasm-draws.js';

/**
 * Resamples used when none are asked for: 1,000, what careful reviewers ask of a percentile
 * interval (issue 18; with 200 the 2.5 % and 97.5 % quantiles rest on 5 resamples each).
 *
 * What that costs, measured with bench/evaluate-metrics.ts (1M binary rows, all 19 binary metrics,
 * CIs through bootstrapMetricsParallel: this thread + 1 worker, under tsx) on the 2-core dev machine,
 * before/after runs interleaved. The machine was shared throughout (load average 14–21), so CPU
 * seconds (user + system, all threads) are the figure to compare; wall time was ~3× CPU / 2 there.
 *   CIs, 1,000 resamples: before 16.3, 22.3 s CPU (51, 73 s wall); after 8.8, 10.2 s CPU (28, 37 s
 *   wall). Peak RSS 236–250 → 182–183 MB (the workers get only the summary's arrays).
 *   Whole evaluate step (bench/evaluate.ts: CSV, metrics, 1,000-resample CIs, examples file):
 *   20.5 → 14.9 s CPU.
 * Quiet machine: an estimate, not a measurement (it was never quiet while this was written). CPU
 * per resample there was about half the loaded figure for the old code (10.9 ms in-thread at load
 * ≈ 1 against 16–22 ms loaded), which puts 1,000 resamples at ~4.5–5.5 s CPU, ~2.5–3 s wall on
 * 2 cores, plus the sort (~0.3 s). Per resample, in-thread: draws + scatter 5–7 → 3.2–3.6 ms, summary pass
 * 7.5 → 3.0 ms (min CPU over 60 runs, loaded). Counts and intervals are bit-identical before and
 * after for a seed.
 * Later (issue 18, the ≤ 5 s goal on a slow day): the draws count as they draw (3.5 → 2.9 ms), then
 * run in WebAssembly (wasm-draws.ts, 2.2 ms); the summary's untied spans drop the dP/2 term (3.2 →
 * 2.9 ms), then run in WebAssembly (wasm-summary.ts, 2.4 ms with the copy of the counts): ~4.6 ms
 * CPU per 1M-row resample, min of repeated runs on the loaded 2-core machine. Same counts and
 * intervals.
 */
export const DEFAULT_RESAMPLES = 1000;
/**
 * Resamples when none are asked for in compare's paired bootstrap (metric and fairness deltas) and
 * drift-check's fairness CIs: 200, as before issue 18. Their per-resample passes have not had the
 * span pass evaluate's summary got: a paired resample recomputes both models' metrics with 32-bit
 * counts (~7.5 ms per model at 1M rows), and the fairness deltas count every sensitive column's
 * cells. Measured at 1M rows with three sensitive columns, a whole compare took 31 CPU s at 200
 * resamples, so 1,000 would be ~150 s. Teams that want 1,000 set `significance.resamples`
 * (compare) or `fairness.resamples` (drift-check).
 */
export const DEFAULT_PAIRED_RESAMPLES = 200;
export const DEFAULT_CONFIDENCE = 0.95;
export const DEFAULT_SEED = 20240101;

const TWO_POW_MINUS_32 = 2 ** -32;

/** xoshiro128** with splitmix32 seeding. */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let x = seed >>> 0;
    const splitmix32 = () => {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.s0 = splitmix32();
    this.s1 = splitmix32();
    this.s2 = splitmix32();
    this.s3 = splitmix32();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return r >>> 0;
  }

  /** Uniform integer in [0, n). */
  nextIndex(n: number): number {
    if (n <= 0x200000) {
      // Lemire (2019): x·n is exact below 2^53; reject the few x that would bias the high word.
      let m = this.nextUint32() * n;
      let hi = Math.floor(m * TWO_POW_MINUS_32);
      let l = m - hi * 4294967296;
      if (l < n) {
        const threshold = (4294967296 - n) % n;
        while (l < threshold) {
          m = this.nextUint32() * n;
          hi = Math.floor(m * TWO_POW_MINUS_32);
          l = m - hi * 4294967296;
        }
      }
      return hi;
    }
    const u = ((this.nextUint32() >>> 5) * 67108864 + (this.nextUint32() >>> 6)) / 9007199254740992;
    return Math.floor(u * n);
  }

  /** The generator state, to replay a stretch of the stream. */
  saveState(): [number, number, number, number] {
    return [this.s0, this.s1, this.s2, this.s3];
  }

  restoreState(state: readonly [number, number, number, number]): void {
    [this.s0, this.s1, this.s2, this.s3] = state;
  }

  /**
   * Adds counts.length draws of nextIndex(counts.length) to `counts`: the bootstrap's hot loop (same
   * stream as calling nextIndex repeatedly). Returns false if a count exceeded what the array holds
   * (only conceivable for Uint8Array: a row drawn > 255 times); the caller then replays the stream
   * into a wider array.
   */
  drawCounts(counts: Multiplicities): boolean {
    const n = counts.length;
    // Counts made by byteCounts are drawn into by WebAssembly: same draws, ~30 % less time.
    const wasm = counts instanceof Uint8Array ? wasmDrawsInto(counts) : undefined;
    if (wasm) return wasm(this);
    if (n <= 0x200000) return this.drawBlocks(counts);
    // Above 2^21 rows each index takes two 32-bit draws (nextIndex); rare enough to stay simple.
    const max = counts instanceof Uint8Array ? 255 : 4294967295;
    let ok = true;
    for (let k = 0; k < n; k++) {
      const i = this.nextIndex(n);
      const v = counts[i]! + 1;
      counts[i] = v;
      if (v > max) ok = false;
    }
    return ok;
  }

  /**
   * drawCounts for n ≤ 2^21, block-wise: drawByteBlock (byte counts: evaluate's bootstrap) or
   * drawWideBlock (32-bit: compare's paired resamples) draws DRAW_BLOCK indices and counts them.
   * Small functions called ~250 times per resample get V8's regular optimised code (int32 state in
   * registers); one 1M-iteration loop was entered through on-stack replacement and ran at half speed
   * in about half the runs (measured 5–7 ms against 3.2 ms per 1M draws). Same draws, same order,
   * same counts.
   */
  private drawBlocks(counts: Multiplicities): boolean {
    const n = counts.length;
    const threshold = (4294967296 - n) % n;
    const scale = n * TWO_POW_MINUS_32;
    const state = DRAW_STATE;
    state[0] = this.s0;
    state[1] = this.s1;
    state[2] = this.s2;
    state[3] = this.s3;
    let seen = 0;
    for (let start = 0; start < n; start += DRAW_BLOCK) {
      const len = Math.min(DRAW_BLOCK, n - start);
      if (counts instanceof Uint8Array) seen |= drawByteBlock(state, counts, n, threshold, scale, len);
      else drawWideBlock(state, counts, n, threshold, scale, len);
    }
    this.s0 = state[0]!;
    this.s1 = state[1]!;
    this.s2 = state[2]!;
    this.s3 = state[3]!;
    return seen < 256;
  }
}

/** Indices per drawByteBlock call. */
const DRAW_BLOCK = 4096;
/** Scratch for drawBlocks (one per thread: every worker has its own module instance). */
const DRAW_STATE = new Int32Array(4);

/*
 * drawByteBlock and drawWideBlock: `len` draws of Lemire's bounded index in [0, n) (n ≤ 2^21) from
 * the xoshiro128** state in `state` (updated), each counted into `counts` as it is drawn.
 * - One loop step per 32-bit output: an output whose low word of r·n (Math.imul(r, n)) is below
 *   `threshold` is rejected and the loop goes on to the next output, as nextIndex's rejection loop
 *   does; the step counts only accepted draws. No inner loop: the state stays in registers (an inner
 *   rejection loop, and a separate pass over a buffer of indices, measured 3.5 ms per 1M draws,
 *   this 2.9 ms).
 * - The high word of r·n is r·(n·2^−32), exact in a double (r·n < 2^53 and the factor a power of
 *   two times n), truncated by `| 0` (it is < 2^21).
 * Two functions rather than one over Multiplicities: each keeps one element type (monomorphic).
 */

/** Returns the OR of the new counts (≥ 256: one wrapped). */
function drawByteBlock(state: Int32Array, counts: Uint8Array, n: number, threshold: number, scale: number, len: number): number {
  let s0 = state[0]!;
  let s1 = state[1]!;
  let s2 = state[2]!;
  let s3 = state[3]!;
  let seen = 0;
  for (let k = 0; k < len; ) {
    const x = Math.imul(s1, 5);
    const r = Math.imul((x << 7) | (x >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    if (Math.imul(r, n) >>> 0 >= threshold) {
      const i = ((r >>> 0) * scale) | 0;
      const v = counts[i]! + 1;
      counts[i] = v;
      seen |= v;
      k++;
    }
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
  return seen;
}

/** 32-bit counts: n ≤ 2^21 draws cannot wrap them. */
function drawWideBlock(state: Int32Array, counts: Uint32Array, n: number, threshold: number, scale: number, len: number): void {
  let s0 = state[0]!;
  let s1 = state[1]!;
  let s2 = state[2]!;
  let s3 = state[3]!;
  for (let k = 0; k < len; ) {
    const x = Math.imul(s1, 5);
    const r = Math.imul((x << 7) | (x >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    if (Math.imul(r, n) >>> 0 >= threshold) {
      counts[((r >>> 0) * scale) | 0]++;
      k++;
    }
  }
  state[0] = s0;
  state[1] = s1;
  state[2] = s2;
  state[3] = s3;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * One multinomial resample as multiplicities: draws n indices with `rng.nextIndex(n)` and counts
 * them into `counts` (overwritten). Drawing the same indices and copying rows gives the same resample.
 */
export function resampleCounts(rng: Xoshiro128, counts: Uint32Array): Uint32Array {
  counts.fill(0);
  rng.drawCounts(counts);
  return counts;
}

/** Per-row multiplicities of a resample. */
export type Multiplicities = Uint8Array | Uint32Array;

export interface BootstrapOptions {
  /** Number of resamples (default DEFAULT_RESAMPLES). */
  resamples?: number;
  /** Two-sided confidence level in (0, 1) (default 0.95). */
  confidence?: number;
  /** PRNG seed, a 32-bit integer (default DEFAULT_SEED). */
  seed?: number;
}

export interface BootstrapInterval {
  /** The metric on the full data. */
  estimate: number;
  lower: number;
  upper: number;
  confidence: number;
  resamples: number;
  /** Resamples on which the metric was undefined (NaN) and that were left out. */
  invalid: number;
  method: 'percentile';
  seed: number;
}

/** A metric that accepts integer multiplicities per row of `data`. */
export type WeightedMetric<D> = (data: D, weights?: Multiplicities) => number;

/** NumPy `np.quantile(x, q)` (method "linear") of an ascending array. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function resolveBootstrapOptions(options: BootstrapOptions): Required<BootstrapOptions> {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(resamples) || resamples < 1) throw new InputError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new InputError(`bootstrap: confidence must be in (0, 1), got ${confidence}`);
  if (!Number.isInteger(seed)) throw new InputError(`bootstrap: seed must be an integer, got ${seed}`);
  return { resamples, confidence, seed };
}

/**
 * The seed of resample `index`'s own PRNG stream: splitmix32's finalizer of `seed ^ mix(index)`.
 * Each resample draws from `new Xoshiro128(resampleSeed(seed, index))`, so resample i draws the same
 * rows whichever thread runs it, and in whatever order (bootstrap-parallel.ts).
 */
export function resampleSeed(seed: number, index: number): number {
  return fmix32((seed >>> 0) ^ fmix32((index + 0x9e3779b9) | 0)) >>> 0;
}

function fmix32(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) | 0;
}

/**
 * Runs resamples one at a time into a flat statistics array (`stats[m * resamples + b]` for metric
 * m of resample b): the loop body shared by the in-thread path and the bootstrap workers.
 */
export class Resampler<D extends { readonly length: number }, S> {
  private readonly counts: Uint8Array;
  private wide: Uint32Array | undefined;

  constructor(
    private readonly summarize: (data: D, weights?: Multiplicities) => S,
    private readonly finishers: readonly ((summary: S) => number)[],
    private readonly data: D,
    private readonly seed: number,
    private readonly resamples: number,
    private readonly stats: Float64Array,
  ) {
    // Byte-sized counts: a quarter of the memory traffic of 32-bit counts in the two hot loops.
    // In a WebAssembly memory when it can be: drawCounts then draws there (wasm-draws.ts).
    this.counts = byteCounts(data.length);
  }

  run(b: number): void {
    const rng = new Xoshiro128(resampleSeed(this.seed, b));
    const counts = this.counts;
    counts.fill(0);
    let weights: Multiplicities = counts;
    if (!rng.drawCounts(counts)) {
      // A row drawn > 255 times: replay this resample's stream into 32-bit counts.
      this.wide ??= new Uint32Array(this.data.length);
      weights = resampleCounts(new Xoshiro128(resampleSeed(this.seed, b)), this.wide);
    }
    const summary = this.summarize(this.data, weights);
    for (let m = 0; m < this.finishers.length; m++) this.stats[m * this.resamples + b] = this.finishers[m]!(summary);
  }
}

/** Percentile intervals from the flat per-resample statistics (resample order, see Resampler). */
export function percentileIntervals<K extends string>(
  names: readonly K[],
  estimates: readonly number[],
  stats: Float64Array,
  options: Required<BootstrapOptions>,
): Record<K, BootstrapInterval> {
  const { resamples, confidence, seed } = options;
  const alpha = 1 - confidence;
  const out = {} as Record<K, BootstrapInterval>;
  names.forEach((name, m) => {
    const valid = stats.slice(m * resamples, (m + 1) * resamples).filter((x) => !Number.isNaN(x)).sort();
    out[name] = {
      estimate: estimates[m]!,
      lower: quantileSorted(valid, alpha / 2),
      upper: quantileSorted(valid, 1 - alpha / 2),
      confidence,
      resamples,
      invalid: resamples - valid.length,
      method: 'percentile',
      seed,
    };
  });
  return out;
}

/**
 * Percentile intervals for several metrics that share one summary per resample: `summarize` makes
 * one pass over the data with the resample's multiplicities, and each metric reads the summary.
 * Runs every resample on this thread; bootstrap-parallel.ts spreads them over worker threads with
 * the same per-resample streams, hence the same intervals.
 */
export function bootstrapStatistics<D extends { readonly length: number }, S, K extends string>(
  summarize: (data: D, weights?: Multiplicities) => S,
  metrics: Record<K, (summary: S) => number>,
  data: D,
  options: BootstrapOptions = {},
): Record<K, BootstrapInterval> {
  const resolved = resolveBootstrapOptions(options);
  const names = Object.keys(metrics) as K[];
  const full = summarize(data);
  if (data.length === 0) throw new InputError('bootstrap: no rows to resample');
  const stats = new Float64Array(names.length * resolved.resamples);
  const resampler = new Resampler(summarize, names.map((n) => metrics[n]), data, resolved.seed, resolved.resamples, stats);
  for (let b = 0; b < resolved.resamples; b++) resampler.run(b);
  return percentileIntervals(names, names.map((n) => metrics[n](full)), stats, resolved);
}

/** Percentile bootstrap interval of one weighted metric. */
export function bootstrapCi<D extends { readonly length: number }>(
  metric: WeightedMetric<D>,
  data: D,
  options: BootstrapOptions = {},
): BootstrapInterval {
  return bootstrapStatistics(metric, { value: (x: number) => x }, data, options).value;
}
