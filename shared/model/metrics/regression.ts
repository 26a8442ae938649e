/**
 * Regression metrics with scikit-learn 1.2 semantics (sklearn/metrics/_regression.py), single
 * output. `weights` are scikit-learn's `sample_weight` (integers are multiplicities), except for
 * median_ae, see there.
 */
import { InputError } from '../../runtime/errors.js';
import { checkSameLength, FLOAT64_EPS, type Weights } from './classification.js';

function check(what: string, yTrue: ArrayLike<number>, yPred: ArrayLike<number>, weights?: Weights): number {
  const n = checkSameLength(what, yTrue, yPred, weights);
  if (n === 0) throw new InputError(`${what}: no rows`);
  return n;
}

/** np.average(f(i), weights) */
function average(n: number, f: (i: number) => number, weights?: Weights): number {
  let s = 0;
  let ws = 0;
  if (weights) {
    for (let i = 0; i < n; i++) {
      const w = weights[i]!;
      s += w * f(i);
      ws += w;
    }
  } else {
    for (let i = 0; i < n; i++) s += f(i);
    ws = n;
  }
  return s / ws;
}

/** scikit-learn `mean_absolute_error`. */
export function meanAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options: { weights?: Weights } = {}): number {
  const n = check('mae', yTrue, yPred, options.weights);
  return average(n, (i) => Math.abs(yTrue[i]! - yPred[i]!), options.weights);
}

/** scikit-learn `mean_squared_error`. */
export function meanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options: { weights?: Weights } = {}): number {
  const n = check('mse', yTrue, yPred, options.weights);
  return average(n, (i) => (yTrue[i]! - yPred[i]!) ** 2, options.weights);
}

/** scikit-learn `mean_squared_error(squared=False)` (1.4+: `root_mean_squared_error`). */
export function rootMeanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options: { weights?: Weights } = {}): number {
  return Math.sqrt(meanSquaredError(yTrue, yPred, options));
}

/**
 * scikit-learn `r2_score(force_finite=True)`: 1 − SS_res / SS_tot around the weighted mean of
 * y_true. Constant y_true (SS_tot = 0): 1.0 for a perfect prediction, else 0.0.
 */
export function r2(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options: { weights?: Weights } = {}): number {
  const n = check('r2', yTrue, yPred, options.weights);
  const w = options.weights;
  const mean = average(n, (i) => yTrue[i]!, w);
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    const wi = w ? w[i]! : 1;
    num += wi * (yTrue[i]! - yPred[i]!) ** 2;
    den += wi * (yTrue[i]! - mean) ** 2;
  }
  if (den === 0) return num === 0 ? 1 : 0;
  return 1 - num / den;
}

/**
 * scikit-learn `mean_absolute_percentage_error`: mean of |y − ŷ| / max(|y|, eps) with
 * eps = np.finfo(np.float64).eps, so a zero y_true gives a huge but finite term. A fraction, not %.
 */
export function meanAbsolutePercentageError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options: { weights?: Weights } = {}): number {
  const n = check('mape', yTrue, yPred, options.weights);
  return average(n, (i) => Math.abs(yTrue[i]! - yPred[i]!) / Math.max(Math.abs(yTrue[i]!), FLOAT64_EPS), options.weights);
}

/**
 * scikit-learn `median_absolute_error` without weights: np.median(|y − ŷ|) (mean of the two middle
 * values for an even count).
 *
 * With `weights` we treat them as multiplicities: the result is np.median of the rows repeated
 * weights[i] times, so a bootstrap resample given as counts equals the resample given as rows.
 * Weights must then be non-negative integers. (scikit-learn's sample_weight path instead takes its
 * `_weighted_percentile`, a lower weighted median that never averages; it can differ for even totals.)
 */
export function medianAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options: { weights?: Weights } = {}): number {
  const n = check('median_ae', yTrue, yPred, options.weights);
  const err = new Float64Array(n);
  for (let i = 0; i < n; i++) err[i] = Math.abs(yTrue[i]! - yPred[i]!);
  const w = options.weights;
  if (!w) {
    err.sort();
    return n % 2 === 1 ? err[(n - 1) / 2]! : (err[n / 2 - 1]! + err[n / 2]!) / 2;
  }
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => err[a]! - err[b]!);
  return weightedMedianSorted(err, order, w);
}

/** np.median of values repeated by integer weights, given an order that sorts the values ascending. */
export function weightedMedianSorted(values: ArrayLike<number>, order: ArrayLike<number>, weights: Weights): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const w = weights[i]!;
    if (!(w >= 0) || !Number.isInteger(w)) throw new InputError(`median_ae: weight ${w} at row ${i} is not a non-negative integer multiplicity`);
    total += w;
  }
  if (total === 0) return Number.NaN;
  // 0-based positions of the middle element(s) in the expanded sorted list.
  const lowPos = Math.floor((total - 1) / 2);
  const highPos = Math.floor(total / 2);
  let seen = 0;
  let low = Number.NaN;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const w = weights[i]!;
    if (w === 0) continue;
    const v = values[i]!;
    if (Number.isNaN(low) && lowPos < seen + w) low = v;
    if (highPos < seen + w) return (low + v) / 2;
    seen += w;
  }
  return low;
}

/**
 * scikit-learn `explained_variance_score(force_finite=True)`: 1 − Var_w(y − ŷ) / Var_w(y).
 * Constant y_true: 1.0 if the residual variance is 0 too, else 0.0.
 */
export function explainedVariance(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, options: { weights?: Weights } = {}): number {
  const n = check('explained_variance', yTrue, yPred, options.weights);
  const w = options.weights;
  const diffMean = average(n, (i) => yTrue[i]! - yPred[i]!, w);
  const num = average(n, (i) => (yTrue[i]! - yPred[i]! - diffMean) ** 2, w);
  const trueMean = average(n, (i) => yTrue[i]!, w);
  const den = average(n, (i) => (yTrue[i]! - trueMean) ** 2, w);
  if (den === 0) return num === 0 ? 1 : 0;
  return 1 - num / den;
}
