import { describe, expect, it } from 'vitest';
import {
  binaryEvaluation,
  computeMetrics,
  METRIC_NAMES,
  METRICS,
  metricsForTask,
  multiclassEvaluation,
  regressionEvaluation,
  type MetricName,
} from '../../../shared/model/metrics/index.js';
import { expectClose, ref } from './reference.js';

describe('binary evaluation (one sort, one pass) against scikit-learn on Seattle rain', () => {
  const sb = ref.seattle_binary;
  for (const [scores, expected, label] of [
    [sb.proba, sb.expected, 'raw'],
    [sb.proba_rounded, sb.expected_rounded, 'rounded (ties)'],
  ] as const) {
    it(`computes every binary metric (${label})`, () => {
      const data = binaryEvaluation(sb.y_true, scores);
      const got = computeMetrics(data);
      expect(Object.keys(got).sort()).toEqual(Object.keys(expected.plain).sort());
      for (const [name, value] of Object.entries(expected.plain)) expectClose(got[name as MetricName]!, value, name);
    });
    it(`takes multiplicities in prepared-row order (${label})`, () => {
      const data = binaryEvaluation(sb.y_true, scores);
      const w = Array.from(data.order, (i) => sb.weights[i]!);
      for (const [name, value] of Object.entries(expected.weighted)) {
        expectClose(METRICS[name as MetricName].compute(data, w), value, `weighted ${name}`);
      }
    });
  }
});

describe('multiclass and regression evaluations against scikit-learn', () => {
  it('computes every multiclass metric on penguin species, plain and weighted', () => {
    const pm = ref.penguins_multiclass;
    const data = multiclassEvaluation(pm.y_true, pm.y_pred, { proba: pm.proba, classes: pm.classes });
    const got = computeMetrics(data);
    expect(Object.keys(got).sort()).toEqual(Object.keys(pm.expected.plain).sort());
    for (const [name, value] of Object.entries(pm.expected.plain)) expectClose(got[name as MetricName]!, value, name);
    for (const [name, value] of Object.entries(pm.expected.weighted)) {
      expectClose(METRICS[name as MetricName].compute(data, pm.weights), value, `weighted ${name}`);
    }
  });
  it('computes every regression metric on cars, plain and weighted', () => {
    const cr = ref.cars_regression;
    const data = regressionEvaluation(cr.y_true, cr.y_pred);
    const got = computeMetrics(data);
    expect(Object.keys(got).sort()).toEqual(Object.keys(cr.expected.plain).sort());
    for (const [name, value] of Object.entries(cr.expected.plain)) expectClose(got[name as MetricName]!, value, name);
    for (const [name, value] of Object.entries(cr.expected.weighted)) {
      expectClose(METRICS[name as MetricName].compute(data, cr.weights), value, `weighted ${name}`);
    }
  });
});

describe('metric registry', () => {
  it('says which direction is better', () => {
    const lower = METRIC_NAMES.filter((n) => METRICS[n].direction === 'lower').sort();
    expect(lower).toEqual(['brier', 'ece', 'log_loss', 'mae', 'mape', 'median_ae', 'mse', 'rmse']);
  });
  it('lists the metrics that apply to each task', () => {
    expect(metricsForTask('regression').map((m) => m.name)).toEqual(['mae', 'mse', 'rmse', 'r2', 'mape', 'median_ae', 'explained_variance']);
    const multiclass = metricsForTask('multiclass').map((m) => m.name);
    expect(multiclass).toContain('roc_auc');
    expect(multiclass).not.toContain('brier');
    expect(multiclass).not.toContain('f1');
    expect(metricsForTask('binary').map((m) => m.name)).toContain('f1_macro');
  });
  it('refuses a metric on a task it does not apply to', () => {
    const data = regressionEvaluation([1, 2], [1, 3]);
    expect(() => METRICS.roc_auc.compute(data)).toThrow(/does not apply to regression/);
    expect(() => computeMetrics(data, ['f1'])).toThrow(/does not apply/);
  });
  it('refuses a binary evaluation whose labels do not include the positive class', () => {
    expect(() => binaryEvaluation(['a', 'b'], [0.1, 0.9])).toThrow(/positive class/);
    expect(() => binaryEvaluation([0, 1], [0.1, 1.2])).toThrow(/outside \[0, 1\]/);
  });
});
