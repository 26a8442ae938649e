/**
 * shared/model/metrics/index.ts outside the binary path, for mutation testing (npm run mutate,
 * docs/mutation-testing.md): the multiclass and regression preparation and their refusals, the registry's name and
 * task checks, the probability check of the multiclass score metrics, and median AE on an odd count.
 *
 * Values from Debian's /usr/bin/python3, scikit-learn 1.2:
 *   from sklearn.metrics import median_absolute_error
 *   median_absolute_error([1, 2, 3], [1, 3, 6]), median_absolute_error([1, 2, 3, 4, 5], [2, 2, 5, 4, 9])   # 1.0, 1.0
 */
import { describe, expect, it } from 'vitest';
import { binaryEvaluation, computeMetrics, METRICS, multiclassEvaluation, regressionEvaluation } from '../../../shared/model/metrics/index.js';
import { InputError } from '../../../shared/runtime/errors.js';

describe('multiclassEvaluation', () => {
  it('names itself and the column in its refusals', () => {
    expect(() => multiclassEvaluation(['a', 'b'], ['a'])).toThrow('multiclass evaluation: inputs have different lengths (2 vs 1)');
    expect(() => multiclassEvaluation(['a', 'z'], ['a', 'b'], { classes: ['a', 'b'] })).toThrow('multiclass evaluation: y_true label z at row 1 is not one of a, b');
    expect(() => multiclassEvaluation(['a', 'b'], ['b', 'z'], { classes: ['a', 'b'] })).toThrow('multiclass evaluation: y_pred label z at row 1 is not one of a, b');
  });

  it('refuses probability rows of another width, even one row among good ones', () => {
    const proba = [Float64Array.from([0.5, 0.5]), Float64Array.from([0.2, 0.3, 0.5])];
    expect(() => multiclassEvaluation(['a', 'b'], ['a', 'b'], { proba })).toThrow(InputError);
    expect(() => multiclassEvaluation(['a', 'b'], ['a', 'b'], { proba })).toThrow('multiclass evaluation: probability rows must have 2 columns (a, b)');
    const ok = multiclassEvaluation(['a', 'b'], ['a', 'b'], { proba: [Float64Array.from([0.6, 0.4]), Float64Array.from([0.3, 0.7])] });
    expect(ok.proba).toHaveLength(2);
  });

  it('keeps 15 ECE bins unless told otherwise', () => {
    expect(multiclassEvaluation(['a'], ['a']).eceBins).toBe(15);
    expect(multiclassEvaluation(['a'], ['a'], { eceBins: 10 }).eceBins).toBe(10);
  });

  it('the score metrics need probabilities, and say which metric asked', () => {
    const e = multiclassEvaluation(['a', 'b', 'c'], ['a', 'c', 'c']);
    for (const name of ['roc_auc', 'log_loss', 'ece'] as const) {
      expect(() => METRICS[name].compute(e)).toThrow(`metric "${name}" needs predicted probabilities`);
      expect(() => METRICS[name].compute(e)).toThrow('provide one probability column per class');
    }
  });
});

describe('regressionEvaluation', () => {
  it('names itself in its refusals, and refuses a non-finite value on either side', () => {
    expect(() => regressionEvaluation([1, 2], [1])).toThrow('regression evaluation: inputs have different lengths (2 vs 1)');
    expect(() => regressionEvaluation([1, Number.NaN], [1, 2])).toThrow('regression evaluation: non-finite value at row 1');
    expect(() => regressionEvaluation([1, 2], [1, Number.POSITIVE_INFINITY])).toThrow('regression evaluation: non-finite value at row 1');
  });

  it('median AE of an odd count is the middle error', () => {
    expect(computeMetrics(regressionEvaluation([1, 2, 3], [1, 3, 6]), ['median_ae']).median_ae).toBe(1);
    expect(computeMetrics(regressionEvaluation([1, 2, 3, 4, 5], [2, 2, 5, 4, 9]), ['median_ae']).median_ae).toBe(1);
  });
});

describe('the registry', () => {
  it('refuses an unknown metric, listing the known ones', () => {
    const e = regressionEvaluation([1, 2], [1, 3]);
    // @ts-expect-error a name outside the registry, as a config file could give
    expect(() => computeMetrics(e, ['nope'])).toThrow('unknown metric "nope"');
    // @ts-expect-error as above
    expect(() => computeMetrics(e, ['nope'])).toThrow('known metrics: accuracy, balanced_accuracy, precision');
  });

  it('refuses a metric of another task, through computeMetrics and through the spec', () => {
    const e = regressionEvaluation([1, 2], [1, 3]);
    expect(() => computeMetrics(e, ['accuracy'])).toThrow('metric "accuracy" does not apply to regression tasks');
    // Binary data reads its metrics from one summary, where a regression metric has no reader: the check comes first.
    expect(() => computeMetrics(binaryEvaluation([1, 0], [0.9, 0.2]), ['mae'])).toThrow('metric "mae" does not apply to binary tasks');
    expect(() => METRICS.mae.compute(multiclassEvaluation(['a'], ['a']))).toThrow('metric "mae" does not apply to multiclass tasks');
    expect(() => METRICS.mae.compute(multiclassEvaluation(['a'], ['a']))).toThrow('see METRICS[name].tasks');
  });
});
