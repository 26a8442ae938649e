/**
 * The metric registry: scikit-learn names (without `_score`) → how to compute the metric on
 * prepared evaluation data, which tasks it applies to, and which direction is better (the compare
 * step's default).
 *
 * Evaluation data is prepared once per task (`binaryEvaluation`, `multiclassEvaluation`,
 * `regressionEvaluation`): binary rows are sorted by score once, so every binary metric — and every
 * bootstrap resample of every binary metric — is one O(n) pass. `weights` given to a metric index
 * the rows of the prepared data (for binary data: rank order, see `BinaryEvaluation.order`).
 */
import { InputError } from '../../runtime/errors.js';
import {
  accuracy,
  balancedAccuracy,
  checkSameLength,
  ECE_DEFAULT_BINS,
  eceBin,
  expectedCalibrationError,
  FLOAT64_EPS,
  logLoss,
  precisionRecallF1,
  uniqueLabels,
  type Average,
  type Label,
} from './classification.js';
import { rankBinary, rocAucOvr, type RankedBinary } from './ranking.js';
import {
  explainedVariance,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredError,
  r2,
  rootMeanSquaredError,
  weightedMedianSorted,
} from './regression.js';
import { bootstrapStatistics, type BootstrapInterval, type BootstrapOptions, type Multiplicities } from './bootstrap.js';
import { shareableFloat64, shareableUint8 } from './shareable.js';
import { KERNEL_SPAN_ROWS, untiedSpanKernel, type UntiedSpanKernel } from './wasm-summary.js';

export * from './classification.js';
export * from './ranking.js';
export * from './regression.js';
export * from './bootstrap.js';

export type Task = 'binary' | 'multiclass' | 'regression';
export type Direction = 'higher' | 'lower';

export const METRIC_NAMES = [
  'accuracy',
  'balanced_accuracy',
  'precision',
  'recall',
  'f1',
  'precision_macro',
  'precision_micro',
  'precision_weighted',
  'recall_macro',
  'recall_micro',
  'recall_weighted',
  'f1_macro',
  'f1_micro',
  'f1_weighted',
  'roc_auc',
  'average_precision',
  'log_loss',
  'brier',
  'ece',
  'mae',
  'mse',
  'rmse',
  'r2',
  'mape',
  'median_ae',
  'explained_variance',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

// ---------------------------------------------------------------------------------------------
// Prepared data

/**
 * Binary predictions: y_true and the predicted probability of the positive class, sorted once by
 * descending probability. The predicted label is positive iff p > threshold (strict, as
 * scikit-learn's LogisticRegression.predict: decision > 0 ⇔ p > 0.5).
 */
export interface BinaryEvaluation {
  readonly task: 'binary';
  readonly length: number;
  readonly posLabel: Label;
  readonly threshold: number;
  readonly eceBins: number;
  readonly ranked: RankedBinary;
  /** Input row of each prepared row (same as ranked.order). */
  readonly order: Uint32Array;
  /** Per prepared row: log loss (labels = {negative, positive}, sklearn 1.2 eps clipping). */
  readonly logLoss: Float64Array;
  /** Per prepared row: y − p (its square is the Brier term, its bin sum the ECE gap). */
  readonly gap: Float64Array;
  /** Per prepared row: ECE bin of p. */
  readonly bin: Uint16Array;
  /**
   * Per prepared row, bit flags: 1 = last row of a tie group, 2 = last row of an ECE bin,
   * 4 = last row predicted positive. Bins and the threshold cut are contiguous in rank order.
   */
  readonly flags: Uint8Array;
  /** Rows [0, cut) are predicted positive. */
  readonly cut: number;
  /**
   * The summary's spans (see summarizeBinaryBytes): exclusive end rank of each, ascending, the last
   * is `length`. A span ends at every ECE bin end and at the cut, after at most SPAN_ROWS rows, and
   * where a run of untied rows starts or stops.
   */
  readonly spanEnd: Uint32Array;
  /** Per span: 1 if it holds tied scores (tie-group loop), 0 if every row is its own tie group. */
  readonly spanTied: Uint8Array;
}

export function binaryEvaluation(
  yTrue: ArrayLike<Label>,
  yProb: ArrayLike<number>,
  options: { posLabel?: Label; threshold?: number; eceBins?: number } = {},
): BinaryEvaluation {
  const n = checkSameLength('binary evaluation', yTrue, yProb);
  const posLabel = options.posLabel ?? 1;
  const threshold = options.threshold ?? 0.5;
  const eceBins = options.eceBins ?? ECE_DEFAULT_BINS;
  if (!Number.isInteger(eceBins) || eceBins < 1 || eceBins > 65535) throw new InputError(`binary evaluation: eceBins must be an integer in 1..65535, got ${eceBins}`);
  const classes = uniqueLabels(yTrue);
  if (classes.length > 2 || (classes.length === 2 && !classes.includes(posLabel))) {
    throw new InputError(`binary evaluation: y_true holds ${classes.join(', ')}; expected two classes including the positive class ${String(posLabel)}`, {
      hint: 'set the positive label, or evaluate as multiclass',
    });
  }
  for (let i = 0; i < n; i++) {
    const p = yProb[i]!;
    if (!(p >= 0 && p <= 1)) throw new InputError(`binary evaluation: probability ${p} at row ${i} is outside [0, 1]`);
  }
  const ranked = rankBinary(yTrue, yProb, posLabel);
  // What the bootstrap workers read is allocated where they can read it (shareable.ts).
  const ll = shareableFloat64(n);
  const gap = shareableFloat64(n);
  const bin = new Uint16Array(n);
  const flags = shareableUint8(n);
  let cut = 0;
  for (let r = 0; r < n; r++) {
    const p = ranked.score[r]!;
    const y = ranked.positive[r]!;
    const p1 = p < FLOAT64_EPS ? FLOAT64_EPS : p > 1 - FLOAT64_EPS ? 1 - FLOAT64_EPS : p;
    const p0 = 1 - p1;
    ll[r] = -Math.log((y ? p1 : p0) / (p0 + p1));
    gap[r] = y - p;
    bin[r] = eceBin(p, eceBins);
    if (p > threshold) cut = r + 1;
  }
  for (const end of ranked.groupEnd) flags[end - 1]! |= 1;
  for (let r = 0; r < n; r++) if (r === n - 1 || bin[r + 1] !== bin[r]) flags[r]! |= 2;
  if (cut > 0) flags[cut - 1]! |= 4;
  const { spanEnd, spanTied } = summarySpans(flags);
  return { task: 'binary', length: n, posLabel, threshold, eceBins, ranked, order: ranked.order, logLoss: ll, gap, bin, flags, cut, spanEnd, spanTied };
}

/** Rows per summary span at most: the size of the average-precision buffers (2 × 32 KiB), here and in wasm-summary.ts. */
const SPAN_ROWS = KERNEL_SPAN_ROWS;
/** Runs of fewer untied rows than this stay in the tie-group loop (a call per short run costs more). */
const MIN_UNTIED_RUN = 64;

/** The spans of summarizeBinaryBytes from the row flags (see BinaryEvaluation.spanEnd). */
function summarySpans(flags: Uint8Array): { spanEnd: Uint32Array; spanTied: Uint8Array } {
  const n = flags.length;
  // tied[r]: row r shares its score with a neighbour (it or the row before it is no group end).
  const tied = new Uint8Array(n);
  for (let r = 0; r < n; r++) tied[r] = (flags[r]! & 1) === 0 || (r > 0 && (flags[r - 1]! & 1) === 0) ? 1 : 0;
  // Short untied runs join the tied rows around them.
  for (let r = 0; r < n; ) {
    if (tied[r]) {
      r++;
      continue;
    }
    let e = r;
    while (e < n && !tied[e]) e++;
    if (e - r < MIN_UNTIED_RUN) tied.fill(1, r, e);
    r = e;
  }
  const ends: number[] = [];
  const kinds: number[] = [];
  let start = 0;
  for (let r = 0; r < n; r++) {
    if (r === n - 1 || (flags[r]! & 6) !== 0 || tied[r + 1] !== tied[r] || r + 1 - start === SPAN_ROWS) {
      ends.push(r + 1);
      kinds.push(tied[r]!);
      start = r + 1;
    }
  }
  return { spanEnd: Uint32Array.from(ends), spanTied: Uint8Array.from(kinds) };
}

/** Sufficient statistics of every binary metric for one weighting of the rows. */
export interface BinarySummary {
  weight: number;
  positives: number;
  negatives: number;
  tp: number;
  fp: number;
  logLossSum: number;
  brierSum: number;
  eceAbsGap: number;
  rocArea: number;
  apSum: number;
}

/**
 * One pass over the prepared rows (weights in prepared-row order; omitted = all 1). Byte weights
 * (the bootstrap's multiplicities, and all-1 for the point values) take the span loops of
 * summarizeBinaryBytes; other weights take the plain loop. Both give the same summary, bit for bit:
 * they add the same terms in the same order.
 */
export function summarizeBinary(data: BinaryEvaluation, weights?: ArrayLike<number>): BinarySummary {
  if (weights === undefined) return summarizeBinaryBytes(data, new Uint8Array(data.length).fill(1));
  return weights instanceof Uint8Array ? summarizeBinaryBytes(data, weights) : summarizeBinaryGeneral(data, weights);
}

/**
 * The summary in one plain pass, for any weights (the reference the span loops below reproduce).
 */
export function summarizeBinaryGeneral(data: BinaryEvaluation, w: ArrayLike<number>): BinarySummary {
  const n = data.length;
  const { positive } = data.ranked;
  const { logLoss: ll, gap, flags } = data;
  let tp = 0;
  let fp = 0;
  let tpCut = 0;
  let fpCut = 0;
  let rocArea = 0;
  let apSum = 0;
  let llSum = 0;
  let brSum = 0;
  let eceAbsGap = 0;
  let binGap = 0;
  let dP = 0;
  let dW = 0;
  // Groups of tied scores, ECE bins and the threshold cut are all contiguous in rank order, so one
  // sequential pass with running sums replaces every per-metric pass (and every scatter).
  for (let r = 0; r < n; r++) {
    const wr = w[r]!;
    const y = positive[r]!;
    dW += wr;
    dP += y * wr;
    llSum += wr * ll[r]!;
    const g = gap[r]!;
    const wg = wr * g;
    brSum += wg * g;
    binGap += wg;
    const f = flags[r]!;
    if (f !== 0) {
      if (f & 1) {
        const dN = dW - dP;
        rocArea += dN * (tp + dP / 2);
        tp += dP;
        fp += dN;
        if (dP > 0) apSum += (dP * tp) / (tp + fp);
        dP = 0;
        dW = 0;
        if (f & 4) {
          tpCut = tp;
          fpCut = fp;
        }
      }
      if (f & 2) {
        eceAbsGap += Math.abs(binGap);
        binGap = 0;
      }
    }
  }
  return { weight: tp + fp, positives: tp, negatives: fp, tp: tpCut, fp: fpCut, logLossSum: llSum, brierSum: brSum, eceAbsGap, rocArea, apSum };
}

// Running sums of summarizeBinaryBytes, carried from span to span in one Float64Array.
const S_TP = 0;
const S_FP = 1;
const S_ROC = 2;
const S_AP = 3;
const S_LL = 4;
const S_BRIER = 5;
const S_BIN_GAP = 6;
const S_DP = 7;
const S_DW = 8;
/** Average precision terms of an untied span: numerators dP·TP and denominators TP + FP. */
const AP_NUM = new Float64Array(SPAN_ROWS);
const AP_DEN = new Float64Array(SPAN_ROWS);

/**
 * summarizeBinaryGeneral for byte weights, span by span (BinaryEvaluation.spanEnd): the summary is
 * the bootstrap's per-resample pass, and this is ~2× faster than the plain loop (measured 3.0 ms
 * against 7.5 ms per 1M rows). Why:
 * - Bin ends and the cut are span ends, read between spans, so the row loops test no flags for them.
 * - Untied spans (every row its own tie group, the usual case for continuous scores) skip the
 *   tie-group bookkeeping and the `dP > 0` branch of average precision, which mispredicts on
 *   random weights: each row writes its AP numerator and denominator at slot k and advances k by
 *   1 if dP ≥ 1, ((dP + 255) >> 8 for dP ≤ 255), then one loop divides and adds the k terms in order.
 * - Each span is a call of a small function: V8 optimises it as a whole function, not through
 *   on-stack replacement of a 1M-row loop (which ran at half speed in about half the runs).
 */
function summarizeBinaryBytes(data: BinaryEvaluation, w: Uint8Array, kernel?: UntiedSpanKernel): BinarySummary {
  const { positive } = data.ranked;
  const { logLoss: ll, gap, flags, spanEnd, spanTied } = data;
  // With a kernel (the bootstrap's resamples, resampleSummary), the untied spans run in
  // WebAssembly on its copy of the rows and counts, on running sums in its memory.
  let acc: Float64Array;
  if (kernel) {
    kernel.counts.set(w);
    acc = kernel.acc.fill(0);
  } else acc = new Float64Array(9);
  let tpCut = 0;
  let fpCut = 0;
  let eceAbsGap = 0;
  let start = 0;
  for (let s = 0; s < spanEnd.length; s++) {
    const end = spanEnd[s]!;
    if (spanTied[s]) tiedSpan(acc, w, positive, ll, gap, flags, start, end);
    else if (kernel) kernel.untied(start, end);
    else untiedSpan(acc, w, positive, ll, gap, start, end);
    start = end;
    const f = flags[end - 1]!;
    if (f & 4) {
      tpCut = acc[S_TP]!;
      fpCut = acc[S_FP]!;
    }
    if (f & 2) {
      eceAbsGap += Math.abs(acc[S_BIN_GAP]!);
      acc[S_BIN_GAP] = 0;
    }
  }
  const tp = acc[S_TP]!;
  const fp = acc[S_FP]!;
  return { weight: tp + fp, positives: tp, negatives: fp, tp: tpCut, fp: fpCut, logLossSum: acc[S_LL]!, brierSum: acc[S_BRIER]!, eceAbsGap, rocArea: acc[S_ROC]!, apSum: acc[S_AP]! };
}

/** From this many rows a bootstrap's resample summaries run their untied spans in WebAssembly. */
const KERNEL_MIN_ROWS = 1024;

/**
 * summarizeBinary for the resamples of one bootstrap: the same summaries, bit for bit, with the
 * untied spans in WebAssembly (wasm-summary.ts) once the data is large enough and WebAssembly runs
 * here. The kernel copies the rows it reads at the first resample, once per call of this function
 * (a bootstrap plan, per thread).
 */
export function resampleSummary(): (data: BinaryEvaluation, weights?: ArrayLike<number>) => BinarySummary {
  let kernel: { data: BinaryEvaluation; kernel: UntiedSpanKernel | undefined } | undefined;
  return (data, weights) => {
    if (!(weights instanceof Uint8Array) || data.length < KERNEL_MIN_ROWS) return summarizeBinary(data, weights);
    if (kernel?.data !== data) kernel = { data, kernel: untiedSpanKernel(data.logLoss, data.gap, data.ranked.positive) };
    return summarizeBinaryBytes(data, weights, kernel.kernel);
  };
}

/**
 * Rows [a, b), each its own tie group. A row is positive or negative, so dP or dN is 0 and the
 * general ROC term dN·(TP + dP/2) is dN·TP, bit for bit: with dN = 0 both are +0 (roc + 0 = roc),
 * with dP = 0, TP + 0/2 is TP. Dropping the add and multiply took the pass from 3.2 to 2.9 ms per
 * 1M rows.
 */
function untiedSpan(acc: Float64Array, w: Uint8Array, positive: Uint8Array, ll: Float64Array, gap: Float64Array, a: number, b: number): void {
  let tp = acc[S_TP]!;
  let fp = acc[S_FP]!;
  let roc = acc[S_ROC]!;
  let llSum = acc[S_LL]!;
  let brSum = acc[S_BRIER]!;
  let binGap = acc[S_BIN_GAP]!;
  const num = AP_NUM;
  const den = AP_DEN;
  let k = 0;
  for (let r = a; r < b; r++) {
    const wr = w[r]!;
    llSum += wr * ll[r]!;
    const g = gap[r]!;
    const wg = wr * g;
    brSum += wg * g;
    binGap += wg;
    const dP = positive[r]! * wr;
    const dN = wr - dP;
    roc += dN * tp;
    tp += dP;
    fp += dN;
    num[k] = dP * tp;
    den[k] = tp + fp;
    k += (dP + 255) >> 8;
  }
  let ap = acc[S_AP]!;
  for (let j = 0; j < k; j++) ap += num[j]! / den[j]!;
  acc[S_TP] = tp;
  acc[S_FP] = fp;
  acc[S_ROC] = roc;
  acc[S_AP] = ap;
  acc[S_LL] = llSum;
  acc[S_BRIER] = brSum;
  acc[S_BIN_GAP] = binGap;
}

/** Rows [a, b) with tie groups (flags bit 1 ends one); a group may run on into the next span. */
function tiedSpan(acc: Float64Array, w: Uint8Array, positive: Uint8Array, ll: Float64Array, gap: Float64Array, flags: Uint8Array, a: number, b: number): void {
  let tp = acc[S_TP]!;
  let fp = acc[S_FP]!;
  let roc = acc[S_ROC]!;
  let ap = acc[S_AP]!;
  let llSum = acc[S_LL]!;
  let brSum = acc[S_BRIER]!;
  let binGap = acc[S_BIN_GAP]!;
  let dP = acc[S_DP]!;
  let dW = acc[S_DW]!;
  for (let r = a; r < b; r++) {
    const wr = w[r]!;
    llSum += wr * ll[r]!;
    const g = gap[r]!;
    const wg = wr * g;
    brSum += wg * g;
    binGap += wg;
    dW += wr;
    dP += positive[r]! * wr;
    if ((flags[r]! & 1) !== 0) {
      const dN = dW - dP;
      roc += dN * (tp + dP / 2);
      tp += dP;
      fp += dN;
      if (dP > 0) ap += (dP * tp) / (tp + fp);
      dP = 0;
      dW = 0;
    }
  }
  acc[S_TP] = tp;
  acc[S_FP] = fp;
  acc[S_ROC] = roc;
  acc[S_AP] = ap;
  acc[S_LL] = llSum;
  acc[S_BRIER] = brSum;
  acc[S_BIN_GAP] = binGap;
  acc[S_DP] = dP;
  acc[S_DW] = dW;
}

const div0 = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1of = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** precision/recall/F1 of the binary confusion counts, scikit-learn averaging over present labels. */
function binaryPrf(s: BinarySummary, average: Average): { precision: number; recall: number; f1: number } {
  const tp = s.tp;
  const fp = s.fp;
  const fn = s.positives - tp;
  const tn = s.negatives - fp;
  const pos = { p: div0(tp, tp + fp), r: div0(tp, s.positives), support: s.positives, present: s.positives > 0 || tp + fp > 0 };
  const neg = { p: div0(tn, tn + fn), r: div0(tn, s.negatives), support: s.negatives, present: s.negatives > 0 || tn + fn > 0 };
  if (average === 'binary') return { precision: pos.p, recall: pos.r, f1: f1of(pos.p, pos.r) };
  const classes = [neg, pos].filter((c) => c.present);
  if (average === 'micro') {
    const a = div0(tp + tn, s.weight);
    return { precision: a, recall: a, f1: f1of(a, a) };
  }
  const wsum = average === 'weighted' ? classes.reduce((a, c) => a + c.support, 0) : classes.length;
  const avg = (f: (c: (typeof classes)[number]) => number) =>
    div0(classes.reduce((a, c) => a + (average === 'weighted' ? c.support : 1) * f(c), 0), wsum);
  return { precision: avg((c) => c.p), recall: avg((c) => c.r), f1: avg((c) => f1of(c.p, c.r)) };
}

/** Binary metric values from a summary. NaN where the metric is undefined (ROC AUC with one class). */
export const BINARY_FROM_SUMMARY: Partial<Record<MetricName, (s: BinarySummary) => number>> = {
  accuracy: (s) => (s.tp + s.negatives - s.fp) / s.weight,
  balanced_accuracy: (s) => {
    const parts: number[] = [];
    if (s.positives > 0) parts.push(s.tp / s.positives);
    if (s.negatives > 0) parts.push((s.negatives - s.fp) / s.negatives);
    return parts.reduce((a, b) => a + b, 0) / parts.length;
  },
  precision: (s) => binaryPrf(s, 'binary').precision,
  recall: (s) => binaryPrf(s, 'binary').recall,
  f1: (s) => binaryPrf(s, 'binary').f1,
  precision_macro: (s) => binaryPrf(s, 'macro').precision,
  precision_micro: (s) => binaryPrf(s, 'micro').precision,
  precision_weighted: (s) => binaryPrf(s, 'weighted').precision,
  recall_macro: (s) => binaryPrf(s, 'macro').recall,
  recall_micro: (s) => binaryPrf(s, 'micro').recall,
  recall_weighted: (s) => binaryPrf(s, 'weighted').recall,
  f1_macro: (s) => binaryPrf(s, 'macro').f1,
  f1_micro: (s) => binaryPrf(s, 'micro').f1,
  f1_weighted: (s) => binaryPrf(s, 'weighted').f1,
  roc_auc: (s) => (s.positives > 0 && s.negatives > 0 ? s.rocArea / (s.positives * s.negatives) : Number.NaN),
  average_precision: (s) => (s.positives > 0 ? s.apSum / s.positives : 0),
  log_loss: (s) => s.logLossSum / s.weight,
  brier: (s) => s.brierSum / s.weight,
  ece: (s) => s.eceAbsGap / s.weight,
};

/** Multiclass predictions: labels encoded as indices into `classes`, probabilities optional. */
export interface MulticlassEvaluation {
  readonly task: 'multiclass';
  readonly length: number;
  readonly classes: Label[];
  readonly yTrue: Int32Array;
  readonly yPred: Int32Array;
  /** One row per sample, columns in `classes` order; absent if only labels were given. */
  readonly proba?: readonly ArrayLike<number>[];
  readonly eceBins: number;
}

/**
 * Classes default to the sorted labels of y_true and y_pred; pass `classes` when the probability
 * columns cover classes absent from both (log_loss then uses all of them, like sklearn's `labels`).
 */
export function multiclassEvaluation(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options: { proba?: readonly ArrayLike<number>[]; classes?: readonly Label[]; eceBins?: number } = {},
): MulticlassEvaluation {
  const n = checkSameLength('multiclass evaluation', yTrue, yPred, options.proba);
  const classes = options.classes ? uniqueLabels(options.classes) : uniqueLabels(yTrue, yPred);
  const index = new Map(classes.map((c, i) => [c, i] as const));
  const encode = (y: ArrayLike<Label>, what: string) => {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const k = index.get(y[i]!);
      if (k === undefined) throw new InputError(`multiclass evaluation: ${what} label ${String(y[i])} at row ${i} is not one of ${classes.join(', ')}`);
      out[i] = k;
    }
    return out;
  };
  if (options.proba && options.proba.some((row) => row.length !== classes.length)) {
    throw new InputError(`multiclass evaluation: probability rows must have ${classes.length} columns (${classes.join(', ')})`);
  }
  return {
    task: 'multiclass',
    length: n,
    classes,
    yTrue: encode(yTrue, 'y_true'),
    yPred: encode(yPred, 'y_pred'),
    proba: options.proba,
    eceBins: options.eceBins ?? ECE_DEFAULT_BINS,
  };
}

export interface RegressionEvaluation {
  readonly task: 'regression';
  readonly length: number;
  readonly yTrue: Float64Array;
  readonly yPred: Float64Array;
  /** Rows ordered by ascending absolute error (for median_ae without re-sorting). */
  readonly absErrorOrder: Uint32Array;
  readonly absError: Float64Array;
}

export function regressionEvaluation(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): RegressionEvaluation {
  const n = checkSameLength('regression evaluation', yTrue, yPred);
  const t = Float64Array.from(yTrue);
  const p = Float64Array.from(yPred);
  const absError = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(t[i]!) || !Number.isFinite(p[i]!)) throw new InputError(`regression evaluation: non-finite value at row ${i}`);
    absError[i] = Math.abs(t[i]! - p[i]!);
  }
  const absErrorOrder = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => absError[a]! - absError[b]!);
  return { task: 'regression', length: n, yTrue: t, yPred: p, absErrorOrder, absError };
}

export type Evaluation = BinaryEvaluation | MulticlassEvaluation | RegressionEvaluation;

// ---------------------------------------------------------------------------------------------
// Registry

export interface MetricSpec {
  readonly name: MetricName;
  /** Which way is better; the compare step's default. */
  readonly direction: Direction;
  readonly tasks: readonly Task[];
  /** The scikit-learn call whose value this reproduces. */
  readonly sklearn: string;
  /** The metric on prepared data; `weights` are per prepared row (integer multiplicities). */
  compute(data: Evaluation, weights?: ArrayLike<number>): number;
}

function notApplicable(name: string, task: Task): never {
  throw new InputError(`metric "${name}" does not apply to ${task} tasks`, { hint: 'see METRICS[name].tasks' });
}

function mcPrf(data: MulticlassEvaluation, average: Average, weights?: ArrayLike<number>) {
  return precisionRecallF1(data.yTrue, data.yPred, { average, weights });
}

function needProba(data: MulticlassEvaluation, name: string): readonly ArrayLike<number>[] {
  if (!data.proba) throw new InputError(`metric "${name}" needs predicted probabilities`, { hint: 'provide one probability column per class' });
  return data.proba;
}

const classCodes = (data: MulticlassEvaluation) => data.classes.map((_, i) => i);

type Computers = {
  binary?: (d: BinaryEvaluation, w?: ArrayLike<number>) => number;
  multiclass?: (d: MulticlassEvaluation, w?: ArrayLike<number>) => number;
  regression?: (d: RegressionEvaluation, w?: ArrayLike<number>) => number;
};

function spec(name: MetricName, direction: Direction, sklearn: string, computers: Computers): MetricSpec {
  const tasks = (['binary', 'multiclass', 'regression'] as const).filter((t) => computers[t]);
  return {
    name,
    direction,
    tasks,
    sklearn,
    compute(data, weights) {
      const f = computers[data.task] as ((d: Evaluation, w?: ArrayLike<number>) => number) | undefined;
      if (!f) notApplicable(name, data.task);
      return f(data, weights);
    },
  };
}

const fromSummary = (name: MetricName) => (d: BinaryEvaluation, w?: ArrayLike<number>) => BINARY_FROM_SUMMARY[name]!(summarizeBinary(d, w));

function prfSpec(name: MetricName, which: 'precision' | 'recall' | 'f1', average: Average): MetricSpec {
  const call = `${which}_score(average='${average}'${average === 'binary' ? ', pos_label' : ''})`;
  return spec(name, 'higher', call, {
    binary: fromSummary(name),
    ...(average === 'binary' ? {} : { multiclass: (d: MulticlassEvaluation, w?: ArrayLike<number>) => mcPrf(d, average, w)[which] }),
  });
}

export const METRICS: Readonly<Record<MetricName, MetricSpec>> = {
  accuracy: spec('accuracy', 'higher', 'accuracy_score', {
    binary: fromSummary('accuracy'),
    multiclass: (d, w) => accuracy(d.yTrue, d.yPred, { weights: w }),
  }),
  balanced_accuracy: spec('balanced_accuracy', 'higher', 'balanced_accuracy_score(adjusted=False)', {
    binary: fromSummary('balanced_accuracy'),
    multiclass: (d, w) => balancedAccuracy(d.yTrue, d.yPred, { weights: w }),
  }),
  precision: prfSpec('precision', 'precision', 'binary'),
  recall: prfSpec('recall', 'recall', 'binary'),
  f1: prfSpec('f1', 'f1', 'binary'),
  precision_macro: prfSpec('precision_macro', 'precision', 'macro'),
  precision_micro: prfSpec('precision_micro', 'precision', 'micro'),
  precision_weighted: prfSpec('precision_weighted', 'precision', 'weighted'),
  recall_macro: prfSpec('recall_macro', 'recall', 'macro'),
  recall_micro: prfSpec('recall_micro', 'recall', 'micro'),
  recall_weighted: prfSpec('recall_weighted', 'recall', 'weighted'),
  f1_macro: prfSpec('f1_macro', 'f1', 'macro'),
  f1_micro: prfSpec('f1_micro', 'f1', 'micro'),
  f1_weighted: prfSpec('f1_weighted', 'f1', 'weighted'),
  roc_auc: spec('roc_auc', 'higher', "roc_auc_score (multiclass: multi_class='ovr', average='macro')", {
    binary: fromSummary('roc_auc'),
    multiclass: (d, w) => rocAucOvr(d.yTrue, needProba(d, 'roc_auc'), { labels: classCodes(d), weights: w }),
  }),
  average_precision: spec('average_precision', 'higher', 'average_precision_score(pos_label)', { binary: fromSummary('average_precision') }),
  log_loss: spec('log_loss', 'lower', 'log_loss (1.2, eps="auto")', {
    binary: fromSummary('log_loss'),
    multiclass: (d, w) => logLoss(d.yTrue, needProba(d, 'log_loss'), { labels: classCodes(d), weights: w }),
  }),
  brier: spec('brier', 'lower', 'brier_score_loss(pos_label)', { binary: fromSummary('brier') }),
  ece: spec('ece', 'lower', 'none: Guo et al. 2017, 15 equal-width bins', {
    binary: fromSummary('ece'),
    multiclass: (d, w) => expectedCalibrationError(d.yTrue, needProba(d, 'ece'), { labels: classCodes(d), bins: d.eceBins, weights: w }),
  }),
  mae: spec('mae', 'lower', 'mean_absolute_error', { regression: (d, w) => meanAbsoluteError(d.yTrue, d.yPred, { weights: w }) }),
  mse: spec('mse', 'lower', 'mean_squared_error', { regression: (d, w) => meanSquaredError(d.yTrue, d.yPred, { weights: w }) }),
  rmse: spec('rmse', 'lower', 'mean_squared_error(squared=False)', { regression: (d, w) => rootMeanSquaredError(d.yTrue, d.yPred, { weights: w }) }),
  r2: spec('r2', 'higher', 'r2_score', { regression: (d, w) => r2(d.yTrue, d.yPred, { weights: w }) }),
  mape: spec('mape', 'lower', 'mean_absolute_percentage_error', {
    regression: (d, w) => meanAbsolutePercentageError(d.yTrue, d.yPred, { weights: w }),
  }),
  median_ae: spec('median_ae', 'lower', 'median_absolute_error (weights = multiplicities)', {
    regression: (d, w) => {
      if (!w) {
        const n = d.length;
        const o = d.absErrorOrder;
        return n % 2 === 1 ? d.absError[o[(n - 1) / 2]!]! : (d.absError[o[n / 2 - 1]!]! + d.absError[o[n / 2]!]!) / 2;
      }
      return weightedMedianSorted(d.absError, d.absErrorOrder, w);
    },
  }),
  explained_variance: spec('explained_variance', 'higher', 'explained_variance_score', {
    regression: (d, w) => explainedVariance(d.yTrue, d.yPred, { weights: w }),
  }),
};

/** Metrics that apply to a task, in registry order. */
export function metricsForTask(task: Task): MetricSpec[] {
  return METRIC_NAMES.map((n) => METRICS[n]).filter((m) => m.tasks.includes(task));
}

function resolveNames(data: Evaluation, names?: readonly MetricName[]): MetricName[] {
  const list = names ? [...names] : metricsForTask(data.task).map((m) => m.name);
  for (const n of list) {
    const m = METRICS[n];
    if (!m) throw new InputError(`unknown metric "${String(n)}"`, { hint: `known metrics: ${METRIC_NAMES.join(', ')}` });
    if (!m.tasks.includes(data.task)) notApplicable(n, data.task);
  }
  return list;
}

/** Point values of the named metrics (default: all that apply to the task). */
export function computeMetrics(data: Evaluation, names?: readonly MetricName[]): Partial<Record<MetricName, number>> {
  const list = resolveNames(data, names);
  const out: Partial<Record<MetricName, number>> = {};
  if (data.task === 'binary') {
    const s = summarizeBinary(data);
    for (const n of list) out[n] = BINARY_FROM_SUMMARY[n]!(s);
  } else {
    for (const n of list) out[n] = METRICS[n].compute(data);
  }
  return out;
}

/**
 * Point values and percentile bootstrap intervals. Binary metrics share one pass per resample
 * (`summarizeBinary`); other tasks compute each metric per resample.
 */
/**
 * What one bootstrap resample computes: a summary of the (weighted) data and, per metric, how to
 * read the metric from it. The in-thread bootstrap and the parallel one (bootstrap-parallel.ts)
 * both take it from here, so they cannot drift apart.
 */
export function bootstrapPlan(
  data: Evaluation,
  list: readonly MetricName[],
): { summarize: (d: Evaluation, w?: Multiplicities) => unknown; finishers: Record<MetricName, (s: unknown) => number> } {
  if (data.task === 'binary') {
    return {
      summarize: resampleSummary() as (d: Evaluation, w?: Multiplicities) => unknown,
      finishers: Object.fromEntries(list.map((n) => [n, BINARY_FROM_SUMMARY[n]!])) as Record<MetricName, (s: unknown) => number>,
    };
  }
  return {
    summarize: (d, w) => list.map((n) => METRICS[n].compute(d, w)),
    finishers: Object.fromEntries(list.map((n, i) => [n, (s: unknown) => (s as number[])[i]!])) as Record<MetricName, (s: unknown) => number>,
  };
}

export function bootstrapMetrics(
  data: Evaluation,
  names?: readonly MetricName[],
  options: BootstrapOptions = {},
): Partial<Record<MetricName, BootstrapInterval>> {
  const { summarize, finishers } = bootstrapPlan(data, resolveNames(data, names));
  return bootstrapStatistics(summarize, finishers, data, options);
}
