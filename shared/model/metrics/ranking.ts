/**
 * Ranking metrics with scikit-learn 1.2 semantics (sklearn/metrics/_ranking.py), O(n log n).
 *
 * Both metrics walk the rows once in descending score order, one tie group (rows with equal
 * scores) at a time, which is what scikit-learn's `_binary_clf_curve` does with its
 * `distinct_value_indices`:
 *
 * - ROC AUC is the trapezoid area under the ROC curve with one point per distinct score. With ties
 *   this equals the Mann–Whitney U statistic with average ranks, divided by P·N.
 * - Average precision is scikit-learn's step-wise sum AP = Σ_n (R_n − R_{n−1}) · P_n over the
 *   distinct thresholds, not the trapezoid under the precision–recall curve.
 *
 * Sorting is done once (`rankBinary`); the `*Ranked` variants take weights in rank order and run
 * in O(n), which is what lets the bootstrap reuse one sort for every resample.
 */
import { InputError } from '../../runtime/errors.js';
import { checkSameLength, uniqueLabels, type Label, type Weights } from './classification.js';
import { shareableUint8 } from './shareable.js';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Indices that order `values` descending (stable: equal values keep their input order).
 * LSD radix sort on the IEEE-754 bits, 16 bits per pass, skipping passes where all keys share
 * the digit: ~4 linear passes, no comparator calls. -0 and +0 are one value; NaN is refused.
 */
export function argsortDescending(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(values[i]!)) throw new InputError(`score at row ${i} is NaN`, { hint: 'drop or impute rows without a score' });
  }
  if (n < 1024) {
    // Small inputs: the radix histograms would cost more than a comparator sort (-0 and +0 compare equal).
    return Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
  }
  // The keys come from the scores' own bits when they are a Float64Array: no 8 MB copy per 1M rows
  // (fresh memory is the costly part of this sort on a cold run).
  const f = values instanceof Float64Array ? values : Float64Array.from(values);
  const bits = new Uint32Array(f.buffer, f.byteOffset, 2 * n);
  const hiAt = LITTLE_ENDIAN ? 1 : 0;
  const loAt = LITTLE_ENDIAN ? 0 : 1;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = bits[2 * i + hiAt]!;
    let l = bits[2 * i + loAt]!;
    // -0 sorts as +0 (they are one value).
    if (h === 0x80000000 && l === 0) h = 0;
    // Map the float order onto unsigned integer order (ascending), then invert for descending.
    if (h & 0x80000000) {
      h = ~h;
      l = ~l;
    } else {
      h ^= 0x80000000;
    }
    hi[i] = ~h >>> 0;
    lo[i] = ~l >>> 0;
  }
  const hist = new Uint32Array(4 * 65536);
  for (let i = 0; i < n; i++) {
    const l = lo[i]!;
    const h = hi[i]!;
    hist[l & 0xffff]++;
    hist[65536 + (l >>> 16)]++;
    hist[131072 + (h & 0xffff)]++;
    hist[196608 + (h >>> 16)]++;
  }
  let idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  let tmp = new Uint32Array(n);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    const keys = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    // A digit shared by every key leaves the order unchanged.
    let skip = false;
    for (let d = 0; d < 65536; d++) {
      const c = hist[base + d]!;
      if (c === n) skip = true;
      if (c !== 0) break;
    }
    if (skip || n === 0) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = hist[base + d]!;
      hist[base + d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = idx[k]!;
      const d = (keys[i]! >>> shift) & 0xffff;
      tmp[hist[base + d]++] = i;
    }
    const t = idx;
    idx = tmp;
    tmp = t;
  }
  return idx;
}

/** Binary predictions sorted once by descending score, with their tie groups. */
export interface RankedBinary {
  readonly length: number;
  /** order[r]: the input row at rank r (rank 0 = highest score). */
  readonly order: Uint32Array;
  /** Scores in rank order (descending). */
  readonly score: Float64Array;
  /** 1 where the row at that rank has the positive label. */
  readonly positive: Uint8Array;
  /** Exclusive end rank of each tie group, ascending; the last is `length`. */
  readonly groupEnd: Uint32Array;
}

/** Sort once: ranks, positives and tie groups of binary scores. */
export function rankBinary(yTrue: ArrayLike<Label>, yScore: ArrayLike<number>, posLabel: Label): RankedBinary {
  const n = checkSameLength('ranking', yTrue, yScore);
  const order = argsortDescending(yScore);
  const score = new Float64Array(n);
  const positive = shareableUint8(n);
  // Group ends into a typed array (at most n of them), not a growing JS array of up to 1M numbers.
  const ends = new Uint32Array(n);
  let groups = 0;
  for (let r = 0; r < n; r++) {
    const i = order[r]!;
    score[r] = yScore[i]!;
    positive[r] = yTrue[i] === posLabel ? 1 : 0;
    if (r > 0 && score[r] !== score[r - 1]) ends[groups++] = r;
  }
  if (n > 0) ends[groups++] = n;
  // Continuous scores have about a group per row: keep the array rather than copy it.
  return { length: n, order, score, positive, groupEnd: groups > n / 2 ? ends.subarray(0, groups) : ends.slice(0, groups) };
}

/** Weights given per input row, permuted into rank order. */
export function weightsInRankOrder(ranked: RankedBinary, weights: Weights): Float64Array {
  const out = new Float64Array(ranked.length);
  for (let r = 0; r < ranked.length; r++) out[r] = weights[ranked.order[r]!]!;
  return out;
}

export interface RankedCurveSums {
  /** Trapezoid area under the (unnormalised) ROC curve: Σ dN · (TP_before + dP / 2). */
  rocArea: number;
  /** Σ over groups of dP · precision after the group. */
  apSum: number;
  positives: number;
  negatives: number;
}

/** One pass over the tie groups; weights (if any) are in rank order. */
export function rankedCurveSums(ranked: RankedBinary, weights?: ArrayLike<number>): RankedCurveSums {
  const { positive, groupEnd } = ranked;
  let tp = 0;
  let fp = 0;
  let rocArea = 0;
  let apSum = 0;
  let r = 0;
  for (let g = 0; g < groupEnd.length; g++) {
    const end = groupEnd[g]!;
    let dP = 0;
    let dW = 0;
    if (weights) {
      for (; r < end; r++) {
        const w = weights[r]!;
        dW += w;
        dP += positive[r]! * w;
      }
    } else {
      for (; r < end; r++) dP += positive[r]!;
      dW = end - (g === 0 ? 0 : groupEnd[g - 1]!);
    }
    const dN = dW - dP;
    rocArea += dN * (tp + dP / 2);
    tp += dP;
    fp += dN;
    if (dP > 0) apSum += (dP * tp) / (tp + fp);
  }
  return { rocArea, apSum, positives: tp, negatives: fp };
}

/** ROC AUC from pre-ranked data; NaN when one class has no weight. */
export function rocAucRanked(ranked: RankedBinary, weights?: ArrayLike<number>): number {
  const s = rankedCurveSums(ranked, weights);
  return s.positives > 0 && s.negatives > 0 ? s.rocArea / (s.positives * s.negatives) : Number.NaN;
}

/** Average precision from pre-ranked data; 0 when there are no positives (as scikit-learn 1.2). */
export function averagePrecisionRanked(ranked: RankedBinary, weights?: ArrayLike<number>): number {
  const s = rankedCurveSums(ranked, weights);
  return s.positives > 0 ? s.apSum / s.positives : 0;
}

/**
 * scikit-learn `roc_auc_score(y_true, y_score)` for a binary target. The positive class is the
 * greater label, as in scikit-learn (which has no pos_label here), unless `posLabel` is given.
 * Fails when y_true holds only one class ("ROC AUC is not defined").
 */
export function rocAuc(yTrue: ArrayLike<Label>, yScore: ArrayLike<number>, options: { posLabel?: Label; weights?: Weights } = {}): number {
  checkSameLength('roc_auc', yTrue, yScore, options.weights);
  const classes = uniqueLabels(yTrue);
  if (classes.length !== 2) {
    throw new InputError(
      classes.length < 2
        ? 'roc_auc: only one class present in y_true; ROC AUC is not defined in that case'
        : `roc_auc: y_true holds ${classes.length} classes; pass one probability per class for multiclass (one-vs-rest)`,
    );
  }
  const ranked = rankBinary(yTrue, yScore, options.posLabel ?? classes[1]!);
  const auc = rocAucRanked(ranked, options.weights ? weightsInRankOrder(ranked, options.weights) : undefined);
  if (Number.isNaN(auc)) throw new InputError('roc_auc: one class has zero total weight; ROC AUC is not defined');
  return auc;
}

/**
 * scikit-learn `roc_auc_score(y_true, y_proba, multi_class='ovr', average='macro')`: the unweighted
 * mean over classes of the binary AUC of "this class vs the rest". Columns follow the sorted labels
 * of y_true (or `labels`); every row must sum to 1 (np.allclose), as scikit-learn demands.
 */
export function rocAucOvr(
  yTrue: ArrayLike<Label>,
  yProba: readonly ArrayLike<number>[],
  options: { labels?: readonly Label[]; weights?: Weights } = {},
): number {
  const n = checkSameLength('roc_auc (ovr)', yTrue, yProba, options.weights);
  const classes = options.labels ? uniqueLabels(options.labels) : uniqueLabels(yTrue);
  for (let i = 0; i < n; i++) {
    const row = yProba[i]!;
    if (row.length !== classes.length) {
      throw new InputError(`roc_auc (ovr): row ${i} has ${row.length} scores for ${classes.length} classes`, {
        hint: 'columns must follow the sorted class labels; pass labels if y_true lacks some classes',
      });
    }
    let s = 0;
    for (let j = 0; j < row.length; j++) s += row[j]!;
    // np.allclose(1, s): |s - 1| <= atol + rtol * |s| with rtol 1e-5, atol 1e-8.
    if (!(Math.abs(s - 1) <= 1e-8 + 1e-5 * Math.abs(s))) {
      throw new InputError(`roc_auc (ovr): probabilities in row ${i} sum to ${s}, not 1`, { hint: 'pass predict_proba output' });
    }
  }
  let total = 0;
  const column = new Float64Array(n);
  for (let c = 0; c < classes.length; c++) {
    for (let i = 0; i < n; i++) column[i] = yProba[i]![c]!;
    const ranked = rankBinary(yTrue, column, classes[c]!);
    const auc = rocAucRanked(ranked, options.weights ? weightsInRankOrder(ranked, options.weights) : undefined);
    if (Number.isNaN(auc)) throw new InputError(`roc_auc (ovr): class ${String(classes[c])} has no positive or no negative rows`);
    total += auc;
  }
  return total / classes.length;
}

/**
 * scikit-learn `average_precision_score(y_true, y_score, pos_label=1)` for a binary target:
 * AP = Σ_n (R_n − R_{n−1}) P_n over distinct thresholds (ties form one threshold). With no
 * positive rows scikit-learn 1.2 warns and returns 0; so do we (without the warning).
 */
export function averagePrecision(
  yTrue: ArrayLike<Label>,
  yScore: ArrayLike<number>,
  options: { posLabel?: Label; weights?: Weights } = {},
): number {
  checkSameLength('average_precision', yTrue, yScore, options.weights);
  const classes = uniqueLabels(yTrue);
  if (classes.length > 2) throw new InputError(`average_precision: y_true holds ${classes.length} classes; only binary targets are supported`);
  const posLabel = options.posLabel ?? 1;
  if (classes.length === 2 && !classes.includes(posLabel)) {
    throw new InputError(`average_precision: pos_label=${String(posLabel)} is not a valid label: it should be one of ${classes.join(', ')}`);
  }
  const ranked = rankBinary(yTrue, yScore, posLabel);
  return averagePrecisionRanked(ranked, options.weights ? weightsInRankOrder(ranked, options.weights) : undefined);
}
