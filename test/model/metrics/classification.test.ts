import { describe, expect, it } from 'vitest';
import {
  accuracy,
  balancedAccuracy,
  brierScoreLoss,
  confusionMatrix,
  expectedCalibrationError,
  f1,
  logLoss,
  precision,
  precisionRecallF1,
  recall,
  uniqueLabels,
} from '../../../shared/model/metrics/classification.js';
import { expectClose, ref } from './reference.js';

describe('multiclass metrics on penguin species (scikit-learn 1.2 reference)', () => {
  const pm = ref.penguins_multiclass;
  for (const variant of ['plain', 'weighted'] as const) {
    const weights = variant === 'weighted' ? pm.weights : undefined;
    const exp = pm.expected[variant];
    it(`matches accuracy, balanced accuracy and averaged precision/recall/F1 (${variant})`, () => {
      expectClose(accuracy(pm.y_true, pm.y_pred, { weights }), exp.accuracy!, 'accuracy');
      expectClose(balancedAccuracy(pm.y_true, pm.y_pred, { weights }), exp.balanced_accuracy!, 'balanced_accuracy');
      for (const average of ['macro', 'micro', 'weighted'] as const) {
        const r = precisionRecallF1(pm.y_true, pm.y_pred, { average, weights });
        expectClose(r.precision, exp[`precision_${average}`]!, `precision_${average}`);
        expectClose(r.recall, exp[`recall_${average}`]!, `recall_${average}`);
        expectClose(r.f1, exp[`f1_${average}`]!, `f1_${average}`);
      }
    });
    it(`matches log_loss and top-label ECE (${variant})`, () => {
      expectClose(logLoss(pm.y_true, pm.proba, { weights }), exp.log_loss!, 'log_loss');
      expectClose(expectedCalibrationError(pm.y_true, pm.proba, { weights }), exp.ece!, 'ece');
    });
  }
  it('sets precision of a never-predicted class to 0 (zero_division default), as the real model never predicts Chinstrap', () => {
    expect(pm.y_pred.includes('Chinstrap')).toBe(false);
    const macro = precision(pm.y_true, pm.y_pred, { average: 'macro' });
    expect(macro).toBeGreaterThan(0);
    expectClose(macro, pm.expected.plain.precision_macro!);
  });
  it('orders the confusion matrix by sorted labels', () => {
    const cm = confusionMatrix(pm.y_true, pm.y_pred);
    expect(cm.labels).toEqual(pm.classes);
    expect(cm.counts).toEqual(pm.confusion_matrix);
  });
});

describe('binary label metrics on Seattle rain (scikit-learn 1.2 reference)', () => {
  const sb = ref.seattle_binary;
  const yPred = sb.proba.map((p) => (p > 0.5 ? 1 : 0));
  for (const variant of ['plain', 'weighted'] as const) {
    const weights = variant === 'weighted' ? sb.weights : undefined;
    const exp = sb.expected[variant];
    it(`matches binary and averaged scores, brier and ECE (${variant})`, () => {
      expectClose(accuracy(sb.y_true, yPred, { weights }), exp.accuracy!, 'accuracy');
      expectClose(balancedAccuracy(sb.y_true, yPred, { weights }), exp.balanced_accuracy!, 'balanced_accuracy');
      expectClose(precision(sb.y_true, yPred, { weights }), exp.precision!, 'precision');
      expectClose(recall(sb.y_true, yPred, { weights }), exp.recall!, 'recall');
      expectClose(f1(sb.y_true, yPred, { weights }), exp.f1!, 'f1');
      for (const average of ['macro', 'micro', 'weighted'] as const) {
        expectClose(f1(sb.y_true, yPred, { average, weights }), exp[`f1_${average}`]!, `f1_${average}`);
      }
      expectClose(logLoss(sb.y_true, sb.proba, { weights }), exp.log_loss!, 'log_loss');
      expectClose(brierScoreLoss(sb.y_true, sb.proba, { weights }), exp.brier!, 'brier');
      expectClose(expectedCalibrationError(sb.y_true, sb.proba, { weights }), exp.ece!, 'ece');
    });
  }
  it('builds the binary confusion matrix', () => {
    expect(confusionMatrix(sb.y_true, yPred).counts).toEqual(sb.expected.confusion_matrix);
  });
});

describe('classification edge cases', () => {
  const e = ref.edge_cases;
  it('returns 0 for ill-defined precision and F1 instead of failing', () => {
    const z = e.zero_division;
    expect(precision(z.y_true, z.y_pred)).toBe(z.precision);
    expect(recall(z.y_true, z.y_pred)).toBe(z.recall);
    expect(f1(z.y_true, z.y_pred)).toBe(z.f1);
    expectClose(f1(z.y_true, z.y_pred, { average: 'macro' }), z.f1_macro);
  });
  it('drops classes that occur only in y_pred from balanced accuracy', () => {
    const b = e.balanced_accuracy_extra_pred_class;
    expectClose(balancedAccuracy(b.y_true, b.y_pred), b.value);
  });
  it('handles string labels and a string pos_label', () => {
    const s = e.string_pos_label;
    expect(uniqueLabels(s.y_true_multi, s.y_pred_multi)).toEqual(s.labels);
    expect(confusionMatrix(s.y_true_multi, s.y_pred_multi).counts).toEqual(s.confusion_matrix);
    expectClose(f1(s.y_true_multi, s.y_pred_multi, { average: 'macro' }), s.f1_macro);
    expectClose(f1(s.y_true_multi, s.y_pred_multi, { average: 'weighted' }), s.f1_weighted);
    expectClose(precision(s.y_true_multi, s.y_pred_multi, { average: 'macro' }), s.precision_macro);
    expectClose(brierScoreLoss(s.y_true, s.score, { posLabel: 'spam' }), s.brier);
    expect(() => brierScoreLoss(s.y_true, s.score)).toThrow(/posLabel/);
  });
  it('takes scikit-learn 1.2\'s default positive class: 1 for {0, 1}, {-1, 1}, {0}, {-1}, {1}, else the greatest', () => {
    // brier_score_loss(y, [0.1, 0.8, 0.6, 0.3]) in scikit-learn 1.2.1 (Debian's /usr/bin/python3).
    const p = [0.1, 0.8, 0.6, 0.3];
    const cases: Array<[number[], number]> = [
      [[-1, 0, 0, -1], 0.07500000000000001],
      [[0, 1, 1, 0], 0.07500000000000001],
      [[-1, 1, 1, -1], 0.07500000000000001],
      [[0, 0, 0, 0], 0.2750000000000001],
      [[1, 1, 1, 1], 0.37500000000000006],
      [[-1, -1, -1, -1], 0.2750000000000001],
      [[1, 2, 2, 1], 0.07500000000000001],
      [[2, 5, 5, 2], 0.07500000000000001],
      [[0, 2, 2, 0], 0.07500000000000001],
    ];
    for (const [y, want] of cases) expect(brierScoreLoss(y, p), JSON.stringify(y)).toBeCloseTo(want, 15);
  });
  it('clips probabilities 0 and 1 at float64 eps and renormalises rows like scikit-learn 1.2', () => {
    const l = e.log_loss_clipping;
    expect(l.eps).toBe(Number.EPSILON);
    expectClose(logLoss(l.y_true, l.proba), l.value, 'binary');
    expectClose(logLoss(l.y_true_multi, l.proba_multi), l.value_multi, 'multiclass rows not summing to 1');
  });
  it('puts confidences on bin edges into the right-closed bin', () => {
    const c = e.ece_edges;
    expectClose(expectedCalibrationError(c.y_true, c.proba), c.ece15, '15 bins');
    expectClose(expectedCalibrationError(c.y_true, c.proba, { bins: 10 }), c.ece10, '10 bins');
  });
  it('refuses a pos_label that is not among two present labels and binary averaging on three labels', () => {
    expect(() => precision([0, 1, 0], [1, 1, 0], { posLabel: 2 })).toThrow(/pos_label/);
    expect(() => f1([0, 1, 2], [0, 1, 2])).toThrow(/macro/);
    expect(() => logLoss([1, 1], [0.2, 0.3])).toThrow(/at least two classes/);
  });
});
