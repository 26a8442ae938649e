/**
 * Metric behaviour that mutation testing (npm run mutate, docs/mutation-testing.md) showed no test pinned:
 * odd-count medians, labels restricted by `labels`, ECE bins at float rounding edges, the defaults for a
 * missing positive class, and the refusals of input scikit-learn refuses too.
 *
 * Expected values are scikit-learn 1.2.1's (Debian's /usr/bin/python3), written here with the snippet that
 * produced them; ECE values are test/fixtures/reference/metrics_reference.py's `ece_guo` (Guo et al. 2017):
 *
 *   import numpy as np, sys; from sklearn import metrics as M
 *   sys.path.insert(0, 'test/fixtures/reference'); from metrics_reference import ece_guo
 *   M.median_absolute_error([3, -0.5, 2, 7, 4], [2.5, 0.0, 2, 8, 1])                          # 0.5
 *   M.confusion_matrix(['a','b','c','a','c','b'], ['a','c','c','b','a','b'], labels=['c','a'])   # [[1,1],[0,1]]
 *   M.precision_score([0,0,0], [0,0,0]), M.recall_score(...), M.f1_score(...)                    # 0.0 0.0 0.0
 *   yt, yp = ['a','b','c','a','c','b','a'], ['a','c','c','b','a','b','a']
 *   M.precision_recall_fscore_support(yt, yp, average='macro', labels=['a','c'])                # 0.58333… ×3
 *   M.precision_recall_fscore_support(yt, yp, average='weighted', labels=['a','c'])             # 0.6 ×3
 *   M.precision_recall_fscore_support([0,0,1,1], [0,2,1,2], average='weighted', labels=[2])    # 0.0 ×3
 *   M.brier_score_loss([2,5,5,2,5], [0.1,0.8,0.6,0.3,0.4])                                     # 0.132 (pos 5)
 *   M.average_precision_score([0,0,0], [0.1,0.2,0.3])                                          # -0.0
 *   M.roc_auc_score(['a','b','c','a'], [[0.5+1.001e-5,.25,.25],[.2,.5,.3],[.1,.2,.7],[.6,.2,.2]],
 *                   multi_class='ovr')                                                         # 1.0 (1.002e-5: refused)
 *   ece_guo(np.array([0.07, 0.065, 0.075]), np.array([1,0,0]) == 1, n_bins=100)              # 0.31333333333333335
 *   ece_guo(np.array([np.nextafter(11/15, 1), 0.74, 0.72]), np.array([1,0,0]) == 1)          # 0.3977777777777778
 *   ece_guo(np.array([0.0, 0.5]), np.array([1, 0]) == 1)                                      # 0.75
 *   p = np.array([[.4,.4,.2],[.1,.3,.6]]); ece_guo(p.max(1), np.array(list('abc'))[p.argmax(1)] == ['b','c'])  # 0.4
 */
import { describe, expect, it } from 'vitest';
import {
  accuracy,
  brierScoreLoss,
  confusionMatrix,
  eceBin,
  expectedCalibrationError,
  logLoss,
  precisionRecallF1,
  uniqueLabels,
} from '../../../shared/model/metrics/classification.js';
import { averagePrecision, rocAuc, rocAucOvr } from '../../../shared/model/metrics/ranking.js';
import {
  explainedVariance,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredError,
  medianAbsoluteError,
  r2,
} from '../../../shared/model/metrics/regression.js';
import { expectClose } from './reference.js';

describe('regression', () => {
  it('takes the middle error of an odd count: median_absolute_error = 0.5', () => {
    expect(medianAbsoluteError([3, -0.5, 2, 7, 4], [2.5, 0.0, 2, 8, 1])).toBe(0.5);
  });
  it('refuses no rows and a negative multiplicity instead of returning NaN', () => {
    for (const f of [meanAbsoluteError, meanSquaredError, r2, meanAbsolutePercentageError, medianAbsoluteError, explainedVariance]) {
      expect(() => f([], [])).toThrow(/no rows/);
    }
    expect(() => medianAbsoluteError([1, 2], [1, 3], { weights: [1, -1] })).toThrow(/weight -1 at row 1 is not a non-negative integer/);
  });
  it('names the metric when the columns differ in length', () => {
    const named: Array<[string, (a: number[], b: number[]) => number]> = [
      ['mae', meanAbsoluteError], ['mse', meanSquaredError], ['r2', r2], ['mape', meanAbsolutePercentageError],
      ['median_ae', medianAbsoluteError], ['explained_variance', explainedVariance],
    ];
    for (const [name, f] of named) expect(() => f([1, 2], [1])).toThrow(new RegExp(`^${name}: inputs have different lengths \\(2 vs 1\\)`));
  });
});

describe('labels', () => {
  it('sorts string labels by code unit whatever order they come in', () => {
    expect(uniqueLabels(['pear', 'apple', 'fig', 'apple'])).toEqual(['apple', 'fig', 'pear']);
  });
  it('refuses labels that mix numbers and strings, and NaN labels', () => {
    expect(() => confusionMatrix([1, 'a'], [1, 'a'])).toThrow(expect.objectContaining({ hint: 'encode every label the same way', message: expect.stringMatching(/^labels mix numbers and strings/) }));
    expect(() => confusionMatrix([1, Number.NaN], [1, 1])).toThrow(/labels contain NaN/);
  });
  it('refuses columns of different lengths, naming the metric', () => {
    expect(() => accuracy([1, 2], [1])).toThrow(/^accuracy: inputs have different lengths \(2 vs 1\)/);
    expect(() => confusionMatrix([1, 2], [1, 2], { weights: [1] })).toThrow(/^confusion matrix: inputs have different lengths \(2 vs 2 vs 1\)/);
  });
  it('keeps only the rows whose labels are among `labels`, in that order: confusion_matrix(labels=["c","a"])', () => {
    const cm = confusionMatrix(['a', 'b', 'c', 'a', 'c', 'b'], ['a', 'c', 'c', 'b', 'a', 'b'], { labels: ['c', 'a'] });
    expect(cm).toEqual({ labels: ['c', 'a'], counts: [[1, 1], [0, 1]] });
  });
});

describe('precision, recall and F1', () => {
  const yt = ['a', 'b', 'c', 'a', 'c', 'b', 'a'];
  const yp = ['a', 'c', 'c', 'b', 'a', 'b', 'a'];
  it('gives 0 when the positive class occurs nowhere (one label present is not an error)', () => {
    expect(precisionRecallF1([0, 0, 0], [0, 0, 0])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
  it('averages over the `labels` given: macro 0.58333…, weighted and micro 0.6', () => {
    const macro = precisionRecallF1(yt, yp, { average: 'macro', labels: ['a', 'c'] });
    for (const v of Object.values(macro)) expectClose(v, 0.5833333333333333, 'macro');
    for (const average of ['weighted', 'micro'] as const) {
      for (const v of Object.values(precisionRecallF1(yt, yp, { average, labels: ['a', 'c'] }))) expectClose(v, 0.6, average);
    }
  });
  it('gives 0, not NaN, for a weighted average over labels with no true rows', () => {
    expect(precisionRecallF1([0, 0, 1, 1], [0, 2, 1, 2], { average: 'weighted', labels: [2] })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
  it('says how many labels it found when binary averaging is impossible', () => {
    expect(() => precisionRecallF1([0, 1, 2], [0, 1, 2])).toThrow("average='binary' but y_true/y_pred hold 3 labels");
    expect(() => precisionRecallF1(['x', 'y'], ['x', 'y'])).toThrow('pos_label=1 is not a valid label: it should be one of x, y');
  });
});

describe('log_loss refusals (scikit-learn refuses these too)', () => {
  it('one probability per row for three classes', () => {
    expect(() => logLoss([0, 1, 2], [0.2, 0.5, 0.9])).toThrow(/^log_loss got one probability per row but 3 classes/);
  });
  it('a y_true label outside `labels`, and a row of the wrong width', () => {
    expect(() => logLoss(['a', 'b', 'c'], [[0.5, 0.5], [0.5, 0.5], [0.5, 0.5]], { labels: ['a', 'b'] })).toThrow(/y_true label c is not one of the classes a, b/);
    expect(() => logLoss(['a', 'b'], [[0.5, 0.5], [0.2, 0.3, 0.5]])).toThrow(/^log_loss: row 1 has 3 probabilities for 2 classes \(a, b\)/);
  });
  it('a single class, with the hint to pass labels', () => {
    expect(() => logLoss([1, 1], [0.2, 0.3])).toThrow(expect.objectContaining({ message: expect.stringMatching(/^log_loss needs at least two classes, y_true holds only 1 /), hint: 'pass the full list of classes as labels' }));
  });
});

describe('brier_score_loss', () => {
  it('takes the greater numeric label as positive when y_true is not {0, 1} or {-1, 1}: 0.132', () => {
    expectClose(brierScoreLoss([2, 5, 5, 2, 5], [0.1, 0.8, 0.6, 0.3, 0.4]), 0.132);
  });
  it('refuses string labels without pos_label, more than two classes, and probabilities outside [0, 1]', () => {
    expect(() => brierScoreLoss(['x', 'y'], [0.1, 0.8])).toThrow('brier_score_loss: y_true labels are x, y, so the positive class is ambiguous');
    expect(() => brierScoreLoss([0, 1, 2], [0.1, 0.8, 0.5])).toThrow('brier_score_loss supports binary targets only');
    expect(() => brierScoreLoss([0, 1], [0.1, 1.5])).toThrow('brier_score_loss: probability 1.5 at row 1 is outside [0, 1]');
    expect(() => brierScoreLoss([0, 1], [-0.1, 0.5])).toThrow(/probability -0.1 at row 0/);
    expect(() => brierScoreLoss([0, 1], [Number.NaN, 0.5])).toThrow(/probability NaN/);
    expect(() => brierScoreLoss([0, 1], [0.1])).toThrow(/^brier_score_loss: inputs have different lengths/);
  });
  it('accepts the bounds 0 and 1 themselves', () => {
    expect(brierScoreLoss([0, 1], [0, 1])).toBe(0);
  });
});

describe('ECE bins at the float edges', () => {
  it('puts a confidence exactly on an edge whose product rounds up into the lower bin: 0.07 of 100 bins is bin 6', () => {
    // 0.07 * 100 = 7.000000000000001, so Math.ceil alone would say bin 7.
    expect(eceBin(0.07, 100)).toBe(6);
    expectClose(expectedCalibrationError([1, 0, 0], [0.07, 0.065, 0.075], { bins: 100 }), 0.31333333333333335, 'ece');
  });
  it('puts the float just above 11/15 into bin 11 although its product rounds down to the edge', () => {
    const justAbove = 0.7333333333333334; // np.nextafter(11/15, 1); 11/15 = 0.7333333333333333
    expect(eceBin(justAbove, 15)).toBe(11);
    expectClose(expectedCalibrationError([1, 0, 0], [justAbove, 0.74, 0.72]), 0.3977777777777778, 'ece');
  });
  it('counts a confidence of 0 in the first bin, and 1 in the last', () => {
    expect([eceBin(0, 15), eceBin(1, 15), eceBin(1, 1)]).toEqual([0, 14, 0]);
    expectClose(expectedCalibrationError([1, 0], [0, 0.5]), 0.75, 'ece');
  });
  it('takes the first of tied top probabilities as the predicted class, like np.argmax: 0.4', () => {
    expectClose(expectedCalibrationError(['b', 'c'], [[0.4, 0.4, 0.2], [0.1, 0.3, 0.6]], { labels: ['a', 'b', 'c'] }), 0.4, 'ece');
  });
  it('refuses bins that are not a positive integer, probabilities outside [0, 1] and rows of the wrong width', () => {
    expect(() => expectedCalibrationError([0, 1], [0.2, 0.8], { bins: 0 })).toThrow('ece: bins must be a positive integer, got 0');
    expect(() => expectedCalibrationError([0, 1], [0.2, 0.8], { bins: 2.5 })).toThrow(/got 2.5/);
    expect(expectedCalibrationError([0, 1], [0.2, 0.8], { bins: 1 })).toBeCloseTo(0, 15);
    expect(() => expectedCalibrationError([0, 1], [0.2, 1.01])).toThrow('ece: probability 1.01 at row 1 is outside [0, 1]');
    expect(() => expectedCalibrationError([0, 1], [-0.2, 0.5])).toThrow(/probability -0.2 at row 0/);
    expect(() => expectedCalibrationError(['a', 'b'], [[0.5, 0.5], [0.2, 0.8, 0]])).toThrow(/^ece: row 1 has 3 probabilities for 2 classes/);
    expect(() => expectedCalibrationError(['x', 'y'], [0.5, 0.5])).toThrow(/^ece: y_true labels are x, y/);
    expect(() => expectedCalibrationError([0, 1], [0.5])).toThrow(/^ece: inputs have different lengths/);
  });
});

describe('ranking', () => {
  it('gives AP 0 when no row is positive, as scikit-learn 1.2 (which warns)', () => {
    expect(averagePrecision([0, 0, 0], [0.1, 0.2, 0.3])).toBe(0);
  });
  it('refuses AP on three classes and a pos_label outside two', () => {
    expect(() => averagePrecision([0, 1, 2], [0.1, 0.2, 0.3])).toThrow('average_precision: y_true holds 3 classes; only binary targets are supported');
    expect(() => averagePrecision(['x', 'y'], [0.1, 0.2])).toThrow('average_precision: pos_label=1 is not a valid label: it should be one of x, y');
    expect(() => averagePrecision([0, 1], [0.1])).toThrow(/^average_precision: inputs have different lengths/);
  });
  it('refuses AUC on three classes (pointing at one-vs-rest) and when one class has zero total weight', () => {
    expect(() => rocAuc([0, 1, 2], [0.1, 0.2, 0.3])).toThrow('roc_auc: y_true holds 3 classes; pass one probability per class for multiclass (one-vs-rest)');
    expect(() => rocAuc([0, 1, 0], [0.1, 0.2, 0.3], { weights: [0, 1, 0] })).toThrow('roc_auc: one class has zero total weight; ROC AUC is not defined');
    expect(() => rocAuc([0, 1], [0.1])).toThrow(/^roc_auc: inputs have different lengths/);
  });
  it('refuses a NaN score with a hint', () => {
    expect(() => rocAuc([0, 1], [Number.NaN, 0.2])).toThrow(expect.objectContaining({ message: expect.stringMatching(/^score at row 0 is NaN /), hint: 'drop or impute rows without a score' }));
  });
  it("accepts a row sum within np.allclose of 1 (1 + 1.001e-5) and refuses one just outside (1 + 1.002e-5)", () => {
    const rows = (x: number) => [[0.5 + x, 0.25, 0.25], [0.2, 0.5, 0.3], [0.1, 0.2, 0.7], [0.6, 0.2, 0.2]];
    expect(rocAucOvr(['a', 'b', 'c', 'a'], rows(1.001e-5))).toBe(1);
    expect(() => rocAucOvr(['a', 'b', 'c', 'a'], rows(1.002e-5))).toThrow(expect.objectContaining({ message: expect.stringMatching(/^roc_auc \(ovr\): probabilities in row 0 sum to/), hint: 'pass predict_proba output' }));
  });
  it('refuses one-vs-rest rows of the wrong width and a class without positive rows', () => {
    expect(() => rocAucOvr(['a', 'b'], [[0.5, 0.5], [0.2, 0.3, 0.5]])).toThrow(/^roc_auc \(ovr\): row 1 has 3 scores for 2 classes/);
    expect(() => rocAucOvr(['a', 'b'], [[0.5, 0.3, 0.2], [0.2, 0.3, 0.5]], { labels: ['a', 'b', 'c'] })).toThrow('roc_auc (ovr): class c has no positive or no negative rows');
    expect(() => rocAucOvr(['a', 'b'], [[0.5, 0.5]])).toThrow(/^roc_auc \(ovr\): inputs have different lengths/);
  });
});
