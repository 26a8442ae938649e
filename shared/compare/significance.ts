/**
 * Is a metric delta between two models on the same rows real or noise? Three paired methods:
 *
 * - Paired bootstrap CI of each metric delta (every metric): each resample draws n paired rows with
 *   replacement and recomputes the metric for both models on the same rows; the interval is the
 *   α/2, 1 − α/2 percentiles of head − baseline. Same machinery as evaluate's intervals
 *   (shared/model/metrics/bootstrap.ts): xoshiro128** seeded through splitmix32, multiplicities
 *   instead of copied rows, NumPy "linear" quantiles, undefined resamples dropped and counted.
 * - McNemar's test (accuracy): on the discordant pairs, b = head right & baseline wrong and
 *   c = head wrong & baseline right. Below 25 discordant pairs, the exact two-sided binomial test
 *   p = min(1, 2·P[Bin(b + c, ½) ≤ min(b, c)]); from 25 on, the chi-square test with Edwards'
 *   continuity correction, χ² = max(0, |b − c| − 1)² / (b + c), one degree of freedom. (The usual
 *   textbook rule, e.g. Rosner, Fundamentals of Biostatistics; statsmodels' `mcnemar` defaults to
 *   exact=True at any size, and does not clip |b − c| − 1 at 0.)
 * - DeLong's test (binary ROC AUC): DeLong, DeLong & Clarke-Pearson (1988), "Comparing the areas
 *   under two or more correlated ROC curves", Biometrics 44(3); the variance of AUC_head − AUC_base
 *   from the structural components V10, V01 computed with midranks in O(n log n) (Sun & Xu 2014,
 *   "Fast implementation of DeLong's algorithm", IEEE Signal Processing Letters 21(11)).
 *   z = Δ / sqrt(Var Δ), two-sided p = erfc(|z| / √2).
 *
 * Labels come from the bootstrap CI of the delta only (the tests' p-values are reported beside it):
 * improvement when the CI excludes 0 on the better side, regression on the worse side, within noise
 * when it contains 0, not tested when there was no paired data (or no direction).
 */
import { InputError } from '../runtime/errors.js';
import {
  BINARY_FROM_SUMMARY,
  DEFAULT_CONFIDENCE,
  DEFAULT_PAIRED_RESAMPLES,
  DEFAULT_SEED,
  METRICS,
  quantileSorted,
  resampleCounts,
  summarizeBinary,
  Xoshiro128,
  type BinarySummary,
  type Direction,
  type Evaluation,
  type MetricName,
} from '../model/metrics/index.js';
import type { DeltaLabel } from '../formats/comparison-format.js';

export const DEFAULT_ALPHA = 0.05;
/** Below this many discordant pairs McNemar's test is exact (binomial), from here on chi-square. */
export const MCNEMAR_EXACT_BELOW = 25;

// ---------------------------------------------------------------------------------------------
// Distribution tails

/**
 * The complementary error function to near double precision: for x < 2, 1 − erf(x) with erf from
 * its all-positive series erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)) (Abramowitz &
 * Stegun 7.1.6, no cancellation); for x ≥ 2, the continued fraction A&S 7.1.14 by modified Lentz.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 2) {
    let term = x;
    let sum = x;
    for (let n = 1; n < 200 && term > sum * 1e-17; n++) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  }
  if (x > 27) return 0;
  // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))), Lentz's method.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = d === 0 ? 1 / tiny : 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/** Two-sided p-value of a standard normal statistic. */
export function normalTwoSidedP(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/** Upper tail of the chi-square distribution with one degree of freedom. */
export function chiSquare1Sf(x: number): number {
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}

/** P[Bin(n, ½) ≤ k], summed in log space so that n in the thousands does not underflow early. */
function binomialHalfCdf(k: number, n: number): number {
  let logTerm = -n * Math.LN2; // log C(n, 0) / 2^n
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log((n - i + 1) / i);
    sum += Math.exp(logTerm);
  }
  return sum;
}

// ---------------------------------------------------------------------------------------------
// McNemar

export interface McNemarResult {
  /** Head right, baseline wrong. */
  b: number;
  /** Head wrong, baseline right. */
  c: number;
  method: 'exact-binomial' | 'chi-square-cc';
  /** χ² (chi-square form); null for the exact form. */
  statistic: number | null;
  pValue: number;
}

/** McNemar's test from per-row correctness (1 = right) of the two models on the same rows. */
export function mcnemarTest(headCorrect: ArrayLike<number>, baseCorrect: ArrayLike<number>): McNemarResult {
  if (headCorrect.length !== baseCorrect.length) throw new InputError(`mcnemar: ${headCorrect.length} head rows but ${baseCorrect.length} baseline rows`);
  let b = 0;
  let c = 0;
  for (let i = 0; i < headCorrect.length; i++) {
    const h = headCorrect[i] ? 1 : 0;
    const g = baseCorrect[i] ? 1 : 0;
    if (h > g) b++;
    else if (g > h) c++;
  }
  return mcnemarFromCounts(b, c);
}

export function mcnemarFromCounts(b: number, c: number): McNemarResult {
  const n = b + c;
  if (n < MCNEMAR_EXACT_BELOW) {
    const p = n === 0 ? 1 : Math.min(1, 2 * binomialHalfCdf(Math.min(b, c), n));
    return { b, c, method: 'exact-binomial', statistic: null, pValue: p };
  }
  const stat = Math.max(0, Math.abs(b - c) - 1) ** 2 / n;
  return { b, c, method: 'chi-square-cc', statistic: stat, pValue: chiSquare1Sf(stat) };
}

// ---------------------------------------------------------------------------------------------
// DeLong

/** 1-based midranks (ties share the mean of their ranks), as scipy.stats.rankdata(method='average'). */
export function midranks(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]! - x[b]!);
  const out = new Float64Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && x[order[j + 1]!] === x[order[i]!]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[order[k]!] = r;
    i = j + 1;
  }
  return out;
}

export interface DeLongResult {
  aucHead: number;
  aucBase: number;
  /** aucHead − aucBase. */
  delta: number;
  variance: number;
  se: number;
  /** delta / se; null when the variance is 0 (identical rankings). */
  z: number | null;
  pValue: number;
  positives: number;
  negatives: number;
}

/** Structural components of one model's AUC (Sun & Xu 2014, Algorithm 1). */
function components(pos: Float64Array, neg: Float64Array): { auc: number; v10: Float64Array; v01: Float64Array } {
  const m = pos.length;
  const n = neg.length;
  const z = new Float64Array(m + n);
  z.set(pos);
  z.set(neg, m);
  const tz = midranks(z);
  const tx = midranks(pos);
  const ty = midranks(neg);
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < m; i++) {
    sum += tz[i]!;
    v10[i] = (tz[i]! - tx[i]!) / n;
  }
  for (let j = 0; j < n; j++) v01[j] = 1 - (tz[m + j]! - ty[j]!) / m;
  return { auc: (sum - (m * (m + 1)) / 2) / (m * n), v10, v01 };
}

/** Sample covariance (n − 1 denominator) of two equally long arrays. */
function cov(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= n;
  mb /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (a[i]! - ma) * (b[i]! - mb);
  return s / (n - 1);
}

/** DeLong's test of two correlated ROC AUCs on the same rows (`positive[i]` = 1 for the positive class). */
export function delongTest(positive: ArrayLike<number>, scoreHead: ArrayLike<number>, scoreBase: ArrayLike<number>): DeLongResult {
  const n = positive.length;
  if (scoreHead.length !== n || scoreBase.length !== n) throw new InputError('delong: labels and both score arrays must have the same length');
  let m = 0;
  for (let i = 0; i < n; i++) m += positive[i] ? 1 : 0;
  const k = n - m;
  if (m < 2 || k < 2) throw new InputError(`delong: needs at least 2 positive and 2 negative rows, got ${m} and ${k}`);
  const split = (s: ArrayLike<number>) => {
    const pos = new Float64Array(m);
    const neg = new Float64Array(k);
    let a = 0;
    let b = 0;
    for (let i = 0; i < n; i++) {
      if (positive[i]) pos[a++] = s[i]!;
      else neg[b++] = s[i]!;
    }
    return components(pos, neg);
  };
  const h = split(scoreHead);
  const g = split(scoreBase);
  const s10 = cov(h.v10, h.v10) + cov(g.v10, g.v10) - 2 * cov(h.v10, g.v10);
  const s01 = cov(h.v01, h.v01) + cov(g.v01, g.v01) - 2 * cov(h.v01, g.v01);
  const variance = Math.max(0, s10 / m + s01 / k);
  const delta = h.auc - g.auc;
  const se = Math.sqrt(variance);
  if (se === 0) return { aucHead: h.auc, aucBase: g.auc, delta, variance, se, z: null, pValue: delta === 0 ? 1 : 0, positives: m, negatives: k };
  const z = delta / se;
  return { aucHead: h.auc, aucBase: g.auc, delta, variance, se, z, pValue: normalTwoSidedP(z), positives: m, negatives: k };
}

// ---------------------------------------------------------------------------------------------
// Paired bootstrap

/**
 * One model's predictions on the paired rows, as prepared evaluations. Row i of every evaluation's
 * input is paired row i. `evaluationFor(metric)` is the evaluation a metric is computed on (binary:
 * label metrics on the prediction column when there is one, score metrics on the score), or
 * undefined when the model's data cannot give that metric.
 */
export interface PairedModel {
  readonly rows: number;
  evaluationFor(metric: MetricName): Evaluation | undefined;
}

export interface PairedBootstrapOptions {
  resamples?: number;
  confidence?: number;
  seed?: number;
}

export interface DeltaInterval {
  /** head − baseline on all paired rows. */
  estimate: number;
  lower: number;
  upper: number;
  /** Resamples on which either side's metric was undefined, left out. */
  invalid: number;
}

function safe(f: () => number): number {
  try {
    return f();
  } catch {
    return Number.NaN;
  }
}

/** Weights in an evaluation's prepared-row order from multiplicities in paired-row order. */
function weightsFor(e: Evaluation, counts: Uint32Array, buffers: Map<Evaluation, Uint32Array>): Uint32Array {
  if (e.task !== 'binary') return counts; // multiclass and regression keep input row order
  let w = buffers.get(e);
  if (!w) buffers.set(e, (w = new Uint32Array(counts.length)));
  const order = e.order;
  for (let r = 0; r < w.length; r++) w[r] = counts[order[r]!]!;
  return w;
}

/**
 * The paired bootstrap's resamples in order: resample r's row multiplicities (paired-row order, the
 * array is reused), all drawn from one xoshiro128** stream seeded with `seed` (resampleCounts: n
 * draws of nextIndex(n) each). The metric deltas (below) and the fairness deltas
 * (fairness-deltas.ts) both draw through here, so one seed gives both the same resamples.
 */
export function forEachPairedResample(rows: number, resamples: number, seed: number, visit: (r: number, counts: Uint32Array) => void): void {
  const rng = new Xoshiro128(seed);
  const counts = new Uint32Array(rows);
  for (let r = 0; r < resamples; r++) visit(r, resampleCounts(rng, counts));
}

/**
 * Percentile bootstrap CIs of head − baseline for each metric both models can give. Each resample's
 * row multiplicities are drawn once (resampleCounts: n draws of nextIndex(n), the same stream as
 * drawing indices and copying rows) and applied to both models, so the resample is paired.
 */
export function pairedBootstrapDeltas(
  head: PairedModel,
  base: PairedModel,
  metrics: readonly MetricName[],
  options: PairedBootstrapOptions = {},
): Partial<Record<MetricName, DeltaInterval>> {
  const resamples = options.resamples ?? DEFAULT_PAIRED_RESAMPLES;
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(resamples) || resamples < 1) throw new InputError(`paired bootstrap: resamples must be a positive integer, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new InputError(`paired bootstrap: confidence must be in (0, 1), got ${confidence}`);
  if (head.rows !== base.rows) throw new InputError(`paired bootstrap: ${head.rows} head rows but ${base.rows} baseline rows`);
  const n = head.rows;
  if (n === 0) throw new InputError('paired bootstrap: no paired rows');
  const jobs = metrics.flatMap((name) => {
    const h = head.evaluationFor(name);
    const b = base.evaluationFor(name);
    return h && b ? [{ name, h, b, stats: new Float64Array(resamples) }] : [];
  });
  const buffers = new Map<Evaluation, Uint32Array>();
  /** The metric on `e` with multiplicities `counts` (paired-row order; undefined = all rows once). */
  const value = (name: MetricName, e: Evaluation, counts: Uint32Array | undefined, summaries: Map<Evaluation, BinarySummary>) => {
    if (e.task === 'binary') {
      let s = summaries.get(e);
      if (!s) summaries.set(e, (s = summarizeBinary(e, counts && weightsFor(e, counts, buffers))));
      return BINARY_FROM_SUMMARY[name]!(s);
    }
    return safe(() => METRICS[name].compute(e, counts));
  };
  const full = new Map<Evaluation, BinarySummary>();
  forEachPairedResample(n, resamples, seed, (r, counts) => {
    const summaries = new Map<Evaluation, BinarySummary>();
    for (const j of jobs) j.stats[r] = value(j.name, j.h, counts, summaries) - value(j.name, j.b, counts, summaries);
  });
  const out: Partial<Record<MetricName, DeltaInterval>> = {};
  for (const j of jobs) out[j.name] = deltaInterval(value(j.name, j.h, undefined, full) - value(j.name, j.b, undefined, full), j.stats, confidence);
  return out;
}

/**
 * The percentile interval of per-resample deltas (NumPy "linear" quantiles), the resamples on which
 * a delta is undefined (NaN) left out and counted.
 */
export function deltaInterval(estimate: number, stats: Float64Array, confidence: number): DeltaInterval {
  const alpha = 1 - confidence;
  const valid = stats.filter((x) => !Number.isNaN(x)).sort();
  return { estimate, lower: quantileSorted(valid, alpha / 2), upper: quantileSorted(valid, 1 - alpha / 2), invalid: stats.length - valid.length };
}

/** improvement / regression when the CI of the delta excludes 0 on the better / worse side. */
export function deltaLabel(ci: readonly [number, number] | null | undefined, direction: Direction | null | undefined): DeltaLabel {
  if (!ci || !direction || Number.isNaN(ci[0]) || Number.isNaN(ci[1])) return 'not_tested';
  const [lo, hi] = ci;
  if (lo > 0) return direction === 'higher' ? 'improvement' : 'regression';
  if (hi < 0) return direction === 'higher' ? 'regression' : 'improvement';
  return 'within_noise';
}
