/**
 * Classification metrics with scikit-learn 1.2 semantics (sklearn/metrics/_classification.py).
 *
 * Every function takes an optional `weights` vector. It means what scikit-learn's `sample_weight`
 * means; integer weights are multiplicities, which is how the bootstrap (bootstrap.ts) resamples
 * without copying rows.
 *
 * zero_division: scikit-learn's default is "warn", which returns 0 for an ill-defined ratio
 * (precision with no predicted positives, recall with no true positives, F1 when both are 0).
 * We return 0 in the same places and do not warn: these functions are pure and have no logger.
 *
 * Labels are numbers or strings, never mixed (scikit-learn refuses mixes too). They are ordered as
 * `sklearn.utils.multiclass.unique_labels` orders them: numbers ascending, strings by code unit.
 * (NumPy compares strings by code point; the two orders differ only for characters outside the
 * Basic Multilingual Plane versus U+E000..U+FFFF.)
 */
import { InputError } from '../../runtime/errors.js';

export type Label = number | string;
/** Per-row weights (scikit-learn `sample_weight`); non-negative; integers are multiplicities. */
export type Weights = ArrayLike<number>;
export type Average = 'binary' | 'macro' | 'micro' | 'weighted';

export interface ConfusionMatrix {
  /** Row/column labels, sorted as scikit-learn's unique_labels. */
  labels: Label[];
  /** counts[i][j]: (weighted) number of rows with true label labels[i] predicted as labels[j]. */
  counts: number[][];
}

export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
}

export function checkSameLength(what: string, ...arrays: (ArrayLike<unknown> | undefined)[]): number {
  const first = arrays[0]!;
  for (const a of arrays) {
    if (a !== undefined && a.length !== first.length) {
      throw new InputError(`${what}: inputs have different lengths (${arrays.filter((x) => x).map((x) => x!.length).join(' vs ')})`, {
        hint: 'pass one value per row in every column',
      });
    }
  }
  return first.length;
}

function compareLabels(a: Label, b: Label): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted distinct labels of all inputs (scikit-learn `unique_labels`). */
export function uniqueLabels(...ys: ArrayLike<Label>[]): Label[] {
  const seen = new Set<Label>();
  for (const y of ys) for (let i = 0; i < y.length; i++) seen.add(y[i]!);
  const labels = [...seen];
  const kinds = new Set(labels.map((l) => typeof l));
  if (kinds.size > 1) {
    throw new InputError('labels mix numbers and strings', { hint: 'encode every label the same way' });
  }
  for (const l of labels) {
    if (typeof l === 'number' && Number.isNaN(l)) throw new InputError('labels contain NaN');
  }
  return labels.sort(compareLabels);
}

function labelIndex(labels: readonly Label[]): Map<Label, number> {
  const index = new Map<Label, number>();
  labels.forEach((l, i) => index.set(l, i));
  return index;
}

function weightSum(n: number, weights?: Weights): number {
  if (!weights) return n;
  let s = 0;
  for (let i = 0; i < n; i++) s += weights[i]!;
  return s;
}

/** Weighted confusion counts as a flat row-major k×k array (row = true, column = predicted). */
function confusionCounts(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, labels: readonly Label[], weights?: Weights): Float64Array {
  const n = checkSameLength('confusion matrix', yTrue, yPred, weights);
  const k = labels.length;
  const index = labelIndex(labels);
  const counts = new Float64Array(k * k);
  for (let i = 0; i < n; i++) {
    const t = index.get(yTrue[i]!);
    const p = index.get(yPred[i]!);
    // scikit-learn drops rows whose true or predicted label is not in `labels`.
    if (t === undefined || p === undefined) continue;
    counts[t * k + p] += weights ? weights[i]! : 1;
  }
  return counts;
}

/** scikit-learn `confusion_matrix(y_true, y_pred, labels=..., sample_weight=...)`. */
export function confusionMatrix(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options: { labels?: readonly Label[]; weights?: Weights } = {},
): ConfusionMatrix {
  const labels = options.labels ? [...options.labels] : uniqueLabels(yTrue, yPred);
  const flat = confusionCounts(yTrue, yPred, labels, options.weights);
  const k = labels.length;
  const counts: number[][] = [];
  for (let i = 0; i < k; i++) counts.push(Array.from(flat.subarray(i * k, (i + 1) * k)));
  return { labels, counts };
}

/** scikit-learn `accuracy_score` (normalize=True). */
export function accuracy(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options: { weights?: Weights } = {}): number {
  const n = checkSameLength('accuracy', yTrue, yPred, options.weights);
  const w = options.weights;
  let hit = 0;
  for (let i = 0; i < n; i++) if (yTrue[i] === yPred[i]) hit += w ? w[i]! : 1;
  return hit / weightSum(n, w);
}

/**
 * scikit-learn `balanced_accuracy_score(adjusted=False)`: the mean recall over the classes present
 * in y_true. Classes that occur only in y_pred have no recall and are dropped (scikit-learn warns).
 */
export function balancedAccuracy(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options: { weights?: Weights } = {}): number {
  const labels = uniqueLabels(yTrue, yPred);
  const k = labels.length;
  const c = confusionCounts(yTrue, yPred, labels, options.weights);
  let sum = 0;
  let classes = 0;
  for (let i = 0; i < k; i++) {
    let row = 0;
    for (let j = 0; j < k; j++) row += c[i * k + j]!;
    if (row === 0) continue;
    sum += c[i * k + i]! / row;
    classes++;
  }
  return sum / classes;
}

/** Ratio with scikit-learn's default zero_division ("warn" → 0). */
function ratio(num: number, den: number): number {
  return den === 0 ? 0 : num / den;
}

/** F1 from precision and recall exactly as scikit-learn 1.2 does (denominator 0 → 0). */
function fScore(p: number, r: number): number {
  const den = p + r;
  return den === 0 ? 0 : (2 * p * r) / den;
}

/**
 * scikit-learn `precision_recall_fscore_support(average=..., pos_label=...)` with beta = 1.
 *
 * - `binary` (default): scores of `posLabel` (default 1). Fails if y_true ∪ y_pred holds more than
 *   two labels, or two labels of which none is `posLabel`.
 * - `macro`: unweighted mean of the per-class scores over `labels` (default unique_labels).
 * - `micro`: from the summed tp/fp/fn (equals accuracy for single-label multiclass).
 * - `weighted`: per-class scores weighted by true support.
 */
export function precisionRecallF1(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  options: { average?: Average; posLabel?: Label; labels?: readonly Label[]; weights?: Weights } = {},
): PrecisionRecallF1 {
  const average = options.average ?? 'binary';
  const present = uniqueLabels(yTrue, yPred);
  let labels: Label[];
  if (average === 'binary') {
    if (present.length > 2) {
      throw new InputError(`average='binary' but y_true/y_pred hold ${present.length} labels`, {
        hint: "choose average 'macro', 'micro' or 'weighted' for multiclass targets",
      });
    }
    const posLabel = options.posLabel ?? 1;
    if (present.length === 2 && !present.includes(posLabel)) {
      throw new InputError(`pos_label=${String(posLabel)} is not a valid label: it should be one of ${present.join(', ')}`);
    }
    labels = [posLabel];
  } else {
    labels = options.labels ? [...options.labels] : present;
  }
  // Counting over all labels present keeps rows with other labels out of tp/fp/fn exactly as
  // scikit-learn's multilabel_confusion_matrix does.
  const all = options.labels ? uniqueLabels([...present, ...labels]) : uniqueLabels(present, labels);
  const k = all.length;
  const c = confusionCounts(yTrue, yPred, all, options.weights);
  const idx = labelIndex(all);
  const tp: number[] = [];
  const predSum: number[] = [];
  const trueSum: number[] = [];
  for (const l of labels) {
    const i = idx.get(l)!;
    let col = 0;
    let row = 0;
    for (let j = 0; j < k; j++) {
      col += c[j * k + i]!;
      row += c[i * k + j]!;
    }
    tp.push(c[i * k + i]!);
    predSum.push(col);
    trueSum.push(row);
  }
  if (average === 'micro') {
    const t = tp.reduce((a, b) => a + b, 0);
    const p = ratio(t, predSum.reduce((a, b) => a + b, 0));
    const r = ratio(t, trueSum.reduce((a, b) => a + b, 0));
    return { precision: p, recall: r, f1: fScore(p, r) };
  }
  const ps = tp.map((t, i) => ratio(t, predSum[i]!));
  const rs = tp.map((t, i) => ratio(t, trueSum[i]!));
  const fs = ps.map((p, i) => fScore(p, rs[i]!));
  if (average === 'binary') return { precision: ps[0]!, recall: rs[0]!, f1: fs[0]! };
  if (average === 'macro') {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return { precision: mean(ps), recall: mean(rs), f1: mean(fs) };
  }
  const support = trueSum.reduce((a, b) => a + b, 0);
  const wmean = (xs: number[]) => (support === 0 ? 0 : xs.reduce((a, x, i) => a + x * trueSum[i]!, 0) / support);
  return { precision: wmean(ps), recall: wmean(rs), f1: wmean(fs) };
}

type PrfOptions = Parameters<typeof precisionRecallF1>[2];

/** scikit-learn `precision_score`. */
export function precision(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options?: PrfOptions): number {
  return precisionRecallF1(yTrue, yPred, options).precision;
}

/** scikit-learn `recall_score`. */
export function recall(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options?: PrfOptions): number {
  return precisionRecallF1(yTrue, yPred, options).recall;
}

/** scikit-learn `f1_score`. */
export function f1(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options?: PrfOptions): number {
  return precisionRecallF1(yTrue, yPred, options).f1;
}

/** Probabilities: one value per row (the positive = greater class, binary) or one row per sample. */
export type Probabilities = ArrayLike<number> | readonly ArrayLike<number>[];

function isMatrix(p: Probabilities): p is readonly ArrayLike<number>[] {
  return p.length > 0 && typeof p[0] !== 'number';
}

/** float64 machine epsilon, `np.finfo(np.float64).eps`. */
export const FLOAT64_EPS = Number.EPSILON;

/**
 * scikit-learn 1.2 `log_loss(y_true, y_pred, eps="auto", normalize=True)`.
 *
 * Exactly as 1.2: classes are `labels` or the sorted labels of y_true (at least two). Every
 * probability is clipped to [eps, 1 - eps] with eps = "auto" = np.finfo(float64).eps = 2.22e-16;
 * a 1-D input is the probability of the greater class and becomes the pair (1 - p, p) AFTER
 * clipping; each row is then divided by its sum (silent renormalisation), and the loss is the
 * (weighted) mean of -log p[true class].
 *
 * Newer scikit-learn: 1.3 deprecated `eps` and warns when rows do not sum to 1; 1.5 removed `eps`
 * (clipping at the dtype's eps stays) and raises instead of renormalising rows that do not sum
 * to 1 (PR #28851). For valid probabilities all versions agree.
 */
export function logLoss(
  yTrue: ArrayLike<Label>,
  yProba: Probabilities,
  options: { labels?: readonly Label[]; weights?: Weights; eps?: number } = {},
): number {
  const n = checkSameLength('log_loss', yTrue, yProba, options.weights);
  const eps = options.eps ?? FLOAT64_EPS;
  const classes = options.labels ? uniqueLabels(options.labels) : uniqueLabels(yTrue);
  if (classes.length < 2) {
    throw new InputError(`log_loss needs at least two classes, y_true holds only ${classes.join(', ')}`, {
      hint: 'pass the full list of classes as labels',
    });
  }
  const index = labelIndex(classes);
  const clip = (p: number) => (p < eps ? eps : p > 1 - eps ? 1 - eps : p);
  const w = options.weights;
  let total = 0;
  let wsum = 0;
  const matrix = isMatrix(yProba);
  if (!matrix && classes.length !== 2) {
    throw new InputError(`log_loss got one probability per row but ${classes.length} classes`, {
      hint: 'pass one probability per class and row for multiclass targets',
    });
  }
  for (let i = 0; i < n; i++) {
    const t = index.get(yTrue[i]!);
    if (t === undefined) throw new InputError(`log_loss: y_true label ${String(yTrue[i])} is not one of the classes ${classes.join(', ')}`);
    let loss: number;
    if (!matrix) {
      const p1 = clip((yProba as ArrayLike<number>)[i]!);
      const p0 = 1 - p1;
      loss = -Math.log((t === 1 ? p1 : p0) / (p0 + p1));
    } else {
      const row = (yProba as readonly ArrayLike<number>[])[i]!;
      if (row.length !== classes.length) {
        throw new InputError(`log_loss: row ${i} has ${row.length} probabilities for ${classes.length} classes (${classes.join(', ')})`, {
          hint: 'columns must follow the sorted class labels; pass labels if y_true lacks some classes',
        });
      }
      let sum = 0;
      for (let j = 0; j < row.length; j++) sum += clip(row[j]!);
      loss = -Math.log(clip(row[t]!) / sum);
    }
    const wi = w ? w[i]! : 1;
    total += wi * loss;
    wsum += wi;
  }
  return total / wsum;
}

/**
 * scikit-learn 1.2's default pos_label for binary y_true: 1 when the classes are exactly {0, 1},
 * {-1, 1}, {0}, {-1} or {1} (`_check_pos_label_consistency`), else, for numbers, the greatest class
 * (brier_score_loss's fallback): y_true {-1, 0} scores class 0.
 */
function defaultPosLabel(yTrue: ArrayLike<Label>, fn: string): Label {
  const classes = uniqueLabels(yTrue);
  const are = (...want: number[]) => classes.length === want.length && want.every((w, i) => classes[i] === w);
  if (are(0, 1) || are(-1, 1) || are(0) || are(-1) || are(1)) return 1;
  if (classes.every((c) => typeof c === 'number')) return classes[classes.length - 1]!;
  throw new InputError(`${fn}: y_true labels are ${classes.join(', ')}, so the positive class is ambiguous`, {
    hint: 'pass posLabel',
  });
}

/** scikit-learn `brier_score_loss(y_true, y_prob, pos_label=...)` (binary only). */
export function brierScoreLoss(
  yTrue: ArrayLike<Label>,
  yProb: ArrayLike<number>,
  options: { posLabel?: Label; weights?: Weights } = {},
): number {
  const n = checkSameLength('brier_score_loss', yTrue, yProb, options.weights);
  if (uniqueLabels(yTrue).length > 2) throw new InputError('brier_score_loss supports binary targets only');
  const pos = options.posLabel ?? defaultPosLabel(yTrue, 'brier_score_loss');
  const w = options.weights;
  let total = 0;
  let wsum = 0;
  for (let i = 0; i < n; i++) {
    const p = yProb[i]!;
    if (!(p >= 0 && p <= 1)) throw new InputError(`brier_score_loss: probability ${p} at row ${i} is outside [0, 1]`);
    const d = (yTrue[i] === pos ? 1 : 0) - p;
    const wi = w ? w[i]! : 1;
    total += wi * d * d;
    wsum += wi;
  }
  return total / wsum;
}

/** Default number of ECE bins (Guo et al. 2017; torchmetrics' default). */
export const ECE_DEFAULT_BINS = 15;

/**
 * ECE bin of a confidence p in [0, 1]: bins are the right-closed intervals ((m-1)/M, m/M] of
 * Guo et al. (2017) §2, with the edges computed as m / M; p = 0 goes to the first bin.
 */
export function eceBin(p: number, bins: number): number {
  let b = Math.ceil(p * bins) - 1;
  if (b < 0) b = 0;
  if (b > bins - 1) b = bins - 1;
  // p * bins may round across an edge; settle against the exact edges m / M.
  while (b > 0 && p <= b / bins) b--;
  while (b < bins - 1 && p > (b + 1) / bins) b++;
  return b;
}

/**
 * Expected calibration error (Guo et al., "On Calibration of Modern Neural Networks", ICML 2017):
 *   ECE = Σ_m (|B_m| / n) · |acc(B_m) − conf(B_m)| = Σ_m |Σ_{i∈B_m} (correct_i − conf_i)| / n
 * with M equal-width bins (default 15), right-closed ((m−1)/M, m/M] and 0 in the first bin.
 *
 * - Binary (`yProb` one value per row): conf_i = P(positive), correct_i = [y_i = posLabel], the
 *   reliability of the positive-class probability, as torchmetrics' `binary_calibration_error`.
 * - Multiclass (`yProb` one row per sample, columns = sorted classes or `labels`): top-label,
 *   conf_i = max_j p_ij, correct_i = [class of the first argmax = y_i], as Guo et al. and
 *   torchmetrics' `multiclass_calibration_error`.
 *
 * torchmetrics buckets with torch.bucketize(right=True) on float32 edges, i.e. [lo, hi) bins plus a
 * separate bucket for exactly 1.0, so it can differ from this definition for confidences that sit
 * exactly on an edge (k/15, or 1.0).
 */
export function expectedCalibrationError(
  yTrue: ArrayLike<Label>,
  yProb: Probabilities,
  options: { bins?: number; posLabel?: Label; labels?: readonly Label[]; weights?: Weights } = {},
): number {
  const n = checkSameLength('ece', yTrue, yProb, options.weights);
  const bins = options.bins ?? ECE_DEFAULT_BINS;
  if (!Number.isInteger(bins) || bins < 1) throw new InputError(`ece: bins must be a positive integer, got ${bins}`);
  const gap = new Float64Array(bins);
  const w = options.weights;
  let wsum = 0;
  if (!isMatrix(yProb)) {
    const pos = options.posLabel ?? defaultPosLabel(yTrue, 'ece');
    for (let i = 0; i < n; i++) {
      const p = (yProb as ArrayLike<number>)[i]!;
      if (!(p >= 0 && p <= 1)) throw new InputError(`ece: probability ${p} at row ${i} is outside [0, 1]`);
      const wi = w ? w[i]! : 1;
      gap[eceBin(p, bins)] += wi * ((yTrue[i] === pos ? 1 : 0) - p);
      wsum += wi;
    }
  } else {
    const classes = options.labels ? [...options.labels] : uniqueLabels(yTrue);
    for (let i = 0; i < n; i++) {
      const row = (yProb as readonly ArrayLike<number>[])[i]!;
      if (row.length !== classes.length) {
        throw new InputError(`ece: row ${i} has ${row.length} probabilities for ${classes.length} classes`, {
          hint: 'columns must follow the sorted class labels; pass labels if y_true lacks some classes',
        });
      }
      let best = 0;
      for (let j = 1; j < row.length; j++) if (row[j]! > row[best]!) best = j;
      const conf = row[best]!;
      const wi = w ? w[i]! : 1;
      gap[eceBin(conf, bins)] += wi * ((classes[best] === yTrue[i] ? 1 : 0) - conf);
      wsum += wi;
    }
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) ece += Math.abs(gap[b]!);
  return ece / wsum;
}
