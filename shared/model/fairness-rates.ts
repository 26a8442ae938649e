/**
 * Group fairness arithmetic: per-group counts (with bootstrap multiplicities), each group's rates,
 * and the across-group summaries with Fairlearn's definitions (fairlearn.metrics,
 * `method="between_groups"`, `agg="worst_case"`):
 *
 * - demographic_parity_difference = max_g selection_rate − min_g selection_rate;
 *   demographic_parity_ratio = min_g / max_g (MetricFrame.difference / .ratio).
 * - equalized_odds_difference = max(TPR difference, FPR difference);
 *   equalized_odds_ratio = min(TPR ratio, FPR ratio).
 * - equal_opportunity_difference = max_g TPR − min_g TPR.
 * - disparate_impact_ratio = min_g selection_rate / max_g selection_rate: the EEOC's four-fifths
 *   rule (29 CFR 1607.4(D)) compares it with 0.8. Numerically the demographic parity ratio; it gets
 *   its own name because reviewers look for it under that name, with the pass/fail beside it.
 *
 * Where we differ from Fairlearn, on purpose: a rate whose denominator is 0 in a group (TPR in a
 * group without positives, FPR without negatives, precision without predicted positives) is
 * undefined here and that group is left out of the summaries of that rate. Fairlearn inherits
 * scikit-learn's confusion_matrix(normalize="true"), which turns 0/0 into 0, so such a group would
 * count as TPR 0 and inflate the equal-opportunity difference. A ratio 0/0 (every group's rate is 0)
 * is undefined, as pandas' NaN in Fairlearn.
 *
 * Regression: per-group MAE, RMSE and mean error (mean of prediction − target, > 0 = over-predicts)
 * and, across groups, each one's max gap (max_g − min_g).
 */
import type { Multiplicities } from './metrics/bootstrap.js';

/** One binary outcome seen one-vs-rest: the label is the class, the prediction is the class. */
export interface BinaryOutcome {
  /** 1 where the true label is the positive class. */
  y: Uint8Array;
  /** 1 where the predicted label is the positive class. */
  pred: Uint8Array;
  /** P(positive class) per row, when the predictions have scores. */
  score?: Float64Array;
}

export interface RegressionOutcome {
  y: Float64Array;
  pred: Float64Array;
}

/** Counts of one classification outcome, per group: [n, positives, selected, tp, fp, score sum]. */
export const CLASS_STATS = 6;
/** Sums of one regression outcome, per group: [n, Σ|e|, Σe², Σe], e = prediction − target. */
export const REG_STATS = 4;

/**
 * Per-group sums of every outcome in one pass over the rows: `out[(o * groups + g) * width + k]`.
 * `codes[i]` is row i's group (0..groups−1); `weights` are the bootstrap multiplicities (all 1 when
 * absent).
 */
export function classificationGroupStats(codes: Int32Array, groups: number, outcomes: readonly BinaryOutcome[], weights?: Multiplicities): Float64Array {
  const out = new Float64Array(outcomes.length * groups * CLASS_STATS);
  const n = codes.length;
  for (let o = 0; o < outcomes.length; o++) {
    const { y, pred, score } = outcomes[o]!;
    const base = o * groups * CLASS_STATS;
    for (let i = 0; i < n; i++) {
      const w = weights ? weights[i]! : 1;
      if (w === 0) continue;
      const at = base + codes[i]! * CLASS_STATS;
      const yi = y[i]!;
      const pi = pred[i]!;
      out[at] += w;
      out[at + 1] += w * yi;
      out[at + 2] += w * pi;
      out[at + 3] += w * (yi & pi);
      out[at + 4] += w * (pi & (1 - yi));
      if (score) out[at + 5] += w * score[i]!;
    }
  }
  return out;
}

export function regressionGroupStats(codes: Int32Array, groups: number, outcome: RegressionOutcome, weights?: Multiplicities): Float64Array {
  const out = new Float64Array(groups * REG_STATS);
  const { y, pred } = outcome;
  for (let i = 0; i < codes.length; i++) {
    const w = weights ? weights[i]! : 1;
    if (w === 0) continue;
    const at = codes[i]! * REG_STATS;
    const e = pred[i]! - y[i]!;
    out[at] += w;
    out[at + 1] += w * Math.abs(e);
    out[at + 2] += w * e * e;
    out[at + 3] += w * e;
  }
  return out;
}

/** x / d, NaN when d is 0 (the rate is undefined on these rows). */
const rate = (x: number, d: number) => (d > 0 ? x / d : Number.NaN);

export type ClassRateName = 'selection_rate' | 'tpr' | 'fpr' | 'fnr' | 'precision' | 'base_rate' | 'mean_score';
export type RegressionErrorName = 'mae' | 'rmse' | 'mean_error';

/** One group's rate from its counts at `at` (NaN where undefined). */
export function classRate(stats: Float64Array, at: number, name: ClassRateName): number {
  const n = stats[at]!;
  const pos = stats[at + 1]!;
  const sel = stats[at + 2]!;
  const tp = stats[at + 3]!;
  const fp = stats[at + 4]!;
  switch (name) {
    case 'selection_rate':
      return rate(sel, n);
    case 'tpr':
      return rate(tp, pos);
    case 'fpr':
      return rate(fp, n - pos);
    case 'fnr':
      return rate(pos - tp, pos);
    case 'precision':
      return rate(tp, sel);
    case 'base_rate':
      return rate(pos, n);
    case 'mean_score':
      return rate(stats[at + 5]!, n);
  }
}

export function regressionError(stats: Float64Array, at: number, name: RegressionErrorName): number {
  const n = stats[at]!;
  switch (name) {
    case 'mae':
      return rate(stats[at + 1]!, n);
    case 'rmse':
      return Math.sqrt(rate(stats[at + 2]!, n));
    case 'mean_error':
      return rate(stats[at + 3]!, n);
  }
}

/** max − min of the values; NaN when any is NaN (a group's rate undefined on a resample) or none. */
export function spread(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi - lo;
}

/** min / max of the values (Fairlearn's ratio between groups); NaN when max is 0, any is NaN, or none. */
export function minOverMax(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) return Number.NaN;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi > 0 ? lo / hi : Number.NaN;
}

export const CLASSIFICATION_SUMMARIES = [
  'demographic_parity_difference',
  'demographic_parity_ratio',
  'equalized_odds_difference',
  'equalized_odds_ratio',
  'equal_opportunity_difference',
  'disparate_impact_ratio',
] as const;
export type ClassificationSummaryName = (typeof CLASSIFICATION_SUMMARIES)[number];

export const REGRESSION_SUMMARIES = ['mae_max_gap', 'rmse_max_gap', 'mean_error_max_gap'] as const;
export type RegressionSummaryName = (typeof REGRESSION_SUMMARIES)[number];

/** Which way is better: differences and gaps toward 0, ratios toward 1. */
export const SUMMARY_DIRECTION: Record<ClassificationSummaryName | RegressionSummaryName, 'higher' | 'lower'> = {
  demographic_parity_difference: 'lower',
  demographic_parity_ratio: 'higher',
  equalized_odds_difference: 'lower',
  equalized_odds_ratio: 'higher',
  equal_opportunity_difference: 'lower',
  disparate_impact_ratio: 'higher',
  mae_max_gap: 'lower',
  rmse_max_gap: 'lower',
  mean_error_max_gap: 'lower',
};

/** The rates a summary reads: the groups it spans are those where all of them are defined. */
export const SUMMARY_RATES: Record<ClassificationSummaryName, readonly ClassRateName[]> = {
  demographic_parity_difference: ['selection_rate'],
  demographic_parity_ratio: ['selection_rate'],
  equalized_odds_difference: ['tpr', 'fpr'],
  equalized_odds_ratio: ['tpr', 'fpr'],
  equal_opportunity_difference: ['tpr'],
  disparate_impact_ratio: ['selection_rate'],
};

/**
 * A classification summary of one outcome from its group counts. `spans[r]` lists the groups whose
 * rate r enters the summary (fixed on the full data, so every resample compares the same groups).
 */
export function classificationSummary(
  name: ClassificationSummaryName,
  stats: Float64Array,
  outcomeBase: number,
  spans: Readonly<Partial<Record<ClassRateName, readonly number[]>>>,
): number {
  const values = (r: ClassRateName) => (spans[r] ?? []).map((g) => classRate(stats, outcomeBase + g * CLASS_STATS, r));
  switch (name) {
    case 'demographic_parity_difference':
      return spread(values('selection_rate'));
    case 'demographic_parity_ratio':
    case 'disparate_impact_ratio':
      return minOverMax(values('selection_rate'));
    case 'equalized_odds_difference': {
      const a = spread(values('tpr'));
      const b = spread(values('fpr'));
      return Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : Math.max(a, b);
    }
    case 'equalized_odds_ratio': {
      const a = minOverMax(values('tpr'));
      const b = minOverMax(values('fpr'));
      return Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : Math.min(a, b);
    }
    case 'equal_opportunity_difference':
      return spread(values('tpr'));
  }
}

export function regressionSummary(name: RegressionSummaryName, stats: Float64Array, groups: readonly number[]): number {
  const error: RegressionErrorName = name === 'mae_max_gap' ? 'mae' : name === 'rmse_max_gap' ? 'rmse' : 'mean_error';
  return spread(groups.map((g) => regressionError(stats, g * REG_STATS, error)));
}
