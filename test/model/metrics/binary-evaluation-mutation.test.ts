/**
 * The binary metrics as evaluate computes them (binaryEvaluation → summarizeBinary, one pass over rows sorted
 * by score) on the inputs mutation testing (npm run mutate, docs/mutation-testing.md) found unpinned: tied
 * scores with mixed labels, probabilities of exactly 0 and 1, a target with one class, nothing predicted
 * positive. Expected values are scikit-learn 1.2.1's (Debian's /usr/bin/python3, warnings silenced), from:
 *
 *   from sklearn import metrics as M
 *   y, p = [1,0,1,0,1,0,0,1], [0.8,0.8,0.6,0.6,0.6,0.3,0.3,0.1]; yh = [int(q > 0.5) for q in p]
 *   M.roc_auc_score(y, p), M.average_precision_score(y, p)        # 0.53125 0.55
 *   M.accuracy_score(y, yh), M.f1_score(y, yh)                     # 0.625 0.6666666666666665
 *   M.log_loss([1,0,1,0], [0.0,1.0,0.7,0.2])                       # 18.16678131837181
 *   y0, yh0 = [0,0,0,0], [1,0,0,0]                                 # p = [0.9,0.1,0.2,0.3]
 *   M.precision_recall_fscore_support(y0, yh0, average='macro')    # 0.5, 0.375, 0.42857142857142855
 *   ... average='weighted'                                         # 1.0, 0.75, 0.8571428571428571
 *   ... average='micro'                                            # 0.75, 0.75, 0.75
 *   M.balanced_accuracy_score(y0, yh0)                             # 0.75
 *   M.precision_recall_fscore_support(y0, [0]*4, average=a)        # 1.0, 1.0, 1.0 for macro, weighted, micro
 *   M.precision_recall_fscore_support([1,0,1,0], [0]*4, average='binary')  # 0.0, 0.0, 0.0
 *   M.precision_recall_fscore_support([1,1,1], [1,0,0], average='macro')   # 0.5, 0.16666666666666666, 0.25
 *   M.balanced_accuracy_score([1,1,1], [1,0,0])                    # 0.3333333333333333
 *   M.average_precision_score([0,0,0,0], [0.9,0.1,0.2,0.3])        # -0.0 (and a warning)
 *   M.precision_recall_fscore_support([1,0,0,0], [0,0,0,0], average='macro')[:2]  # 0.375, 0.5
 *   M.precision_recall_fscore_support([1,1], [1,1], average='macro')[:2]          # 1.0, 1.0
 */
import { describe, expect, it } from 'vitest';
import { binaryEvaluation, computeMetrics, type MetricName } from '../../../shared/model/metrics/index.js';
import { expectClose } from './reference.js';

const metrics = (y: number[], p: number[], names: MetricName[]) => computeMetrics(binaryEvaluation(y, p), names);

describe('binary metrics from one pass over sorted rows', () => {
  it('groups tied scores with mixed labels into one threshold: AUC 0.53125, AP 0.55', () => {
    const m = metrics([1, 0, 1, 0, 1, 0, 0, 1], [0.8, 0.8, 0.6, 0.6, 0.6, 0.3, 0.3, 0.1], ['roc_auc', 'average_precision', 'accuracy', 'f1']);
    expectClose(m.roc_auc!, 0.53125, 'roc_auc');
    expectClose(m.average_precision!, 0.55, 'average_precision');
    expectClose(m.accuracy!, 0.625, 'accuracy');
    expectClose(m.f1!, 0.6666666666666665, 'f1');
  });
  it('clips probabilities 0 and 1 at float64 eps in log loss: 18.16678131837181, not Infinity', () => {
    expectClose(metrics([1, 0, 1, 0], [0, 1, 0.7, 0.2], ['log_loss']).log_loss!, 18.16678131837181, 'log_loss');
  });
  it('averages over the classes present in y_true or the predictions when y_true has one class', () => {
    const names: MetricName[] = ['precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'precision_micro', 'balanced_accuracy', 'average_precision'];
    const m = metrics([0, 0, 0, 0], [0.9, 0.1, 0.2, 0.3], names);
    const expected = [0.5, 0.375, 0.42857142857142855, 1, 0.75, 0.8571428571428571, 0.75, 0.75, 0];
    names.forEach((n, i) => expectClose(m[n]!, expected[i]!, n));
    for (const [n, v] of Object.entries(metrics([0, 0, 0, 0], [0.1, 0.2, 0.3, 0.4], ['precision_macro', 'recall_weighted', 'f1_micro']))) expectClose(v, 1, n);
    const pos = metrics([1, 1, 1], [0.9, 0.2, 0.3], ['precision_macro', 'recall_macro', 'f1_macro', 'balanced_accuracy']);
    [0.5, 0.16666666666666666, 0.25, 0.3333333333333333].forEach((v, i) => expectClose(Object.values(pos)[i]!, v, Object.keys(pos)[i]));
  });
  it('counts a class present in y_true but never predicted, and leaves out one in neither', () => {
    expect(metrics([1, 0, 0, 0], [0.1, 0.2, 0.3, 0.4], ['precision_macro', 'recall_macro'])).toEqual({ precision_macro: 0.375, recall_macro: 0.5 });
    expect(metrics([1, 1], [0.9, 0.8], ['precision_macro', 'recall_macro'])).toEqual({ precision_macro: 1, recall_macro: 1 });
  });
  it('gives precision, recall and F1 0, not NaN, when nothing is predicted positive', () => {
    expect(metrics([1, 0, 1, 0], [0.1, 0.2, 0.3, 0.4], ['precision', 'recall', 'f1'])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('binaryEvaluation refuses what it cannot score', () => {
  it('ECE bins outside 1..65535 or not whole, and accepts both ends', () => {
    for (const eceBins of [0, 65536, 2.5]) expect(() => binaryEvaluation([0, 1], [0.2, 0.8], { eceBins })).toThrow(`binary evaluation: eceBins must be an integer in 1..65535, got ${eceBins}`);
    for (const eceBins of [1, 65535]) expect(binaryEvaluation([0, 1], [0.2, 0.8], { eceBins }).eceBins).toBe(eceBins);
  });
  it('three classes, or two without the positive one, with a hint', () => {
    expect(() => binaryEvaluation([0, 1, 2], [0.2, 0.8, 0.5])).toThrow(expect.objectContaining({ message: expect.stringMatching(/^binary evaluation: y_true holds 0, 1, 2; expected two classes including the positive class 1/), hint: 'set the positive label, or evaluate as multiclass' }));
    expect(() => binaryEvaluation([0, 2], [0.2, 0.8])).toThrow(/y_true holds 0, 2/);
    expect(binaryEvaluation([0, 0], [0.2, 0.8]).length).toBe(2);
  });
  it('probabilities outside [0, 1], accepting 0 and 1 themselves', () => {
    expect(() => binaryEvaluation([0, 1], [-0.1, 0.8])).toThrow('binary evaluation: probability -0.1 at row 0 is outside [0, 1]');
    expect(() => binaryEvaluation([0, 1], [0.1, Number.NaN])).toThrow(/probability NaN at row 1/);
    expect(binaryEvaluation([0, 1], [0, 1]).length).toBe(2);
    expect(() => binaryEvaluation([0, 1], [0.5])).toThrow(/^binary evaluation: inputs have different lengths/);
  });
});
