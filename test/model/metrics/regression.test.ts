import { describe, expect, it } from 'vitest';
import {
  explainedVariance,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredError,
  medianAbsoluteError,
  r2,
  rootMeanSquaredError,
} from '../../../shared/model/metrics/regression.js';
import { expectClose, ref } from './reference.js';

describe('regression metrics on cars Miles_per_Gallon (scikit-learn 1.2 reference)', () => {
  const cr = ref.cars_regression;
  for (const variant of ['plain', 'weighted'] as const) {
    const weights = variant === 'weighted' ? cr.weights : undefined;
    const exp = cr.expected[variant];
    it(`matches mae, mse, rmse, r2, mape, median_ae and explained variance (${variant})`, () => {
      const o = { weights };
      expectClose(meanAbsoluteError(cr.y_true, cr.y_pred, o), exp.mae!, 'mae');
      expectClose(meanSquaredError(cr.y_true, cr.y_pred, o), exp.mse!, 'mse');
      expectClose(rootMeanSquaredError(cr.y_true, cr.y_pred, o), exp.rmse!, 'rmse');
      expectClose(r2(cr.y_true, cr.y_pred, o), exp.r2!, 'r2');
      expectClose(meanAbsolutePercentageError(cr.y_true, cr.y_pred, o), exp.mape!, 'mape');
      expectClose(medianAbsoluteError(cr.y_true, cr.y_pred, o), exp.median_ae!, 'median_ae');
      expectClose(explainedVariance(cr.y_true, cr.y_pred, o), exp.explained_variance!, 'explained_variance');
    });
  }
  it('has an even row count, so the unweighted median averages two middle errors', () => {
    expect(cr.y_true.length % 2).toBe(0);
  });
});

describe('regression edge cases', () => {
  const e = ref.edge_cases;
  it('scores a constant y_true as 1 when perfect and 0 otherwise (force_finite)', () => {
    const c = e.regression_constant;
    expect(r2(c.y_true, c.perfect)).toBe(c.r2_perfect);
    expect(r2(c.y_true, c.imperfect)).toBe(c.r2_imperfect);
    expect(explainedVariance(c.y_true, c.perfect)).toBe(c.ev_perfect);
    expect(explainedVariance(c.y_true, c.imperfect)).toBe(c.ev_imperfect);
    expect(explainedVariance(c.y_true, [4, 4, 4])).toBe(c.ev_shifted);
  });
  it('divides by float64 eps where y_true is 0 in MAPE', () => {
    const m = e.mape_zero;
    expectClose(meanAbsolutePercentageError(m.y_true, m.y_pred), m.mape);
    expectClose(medianAbsoluteError(m.y_true, m.y_pred), m.median_ae);
  });
  it('refuses fractional multiplicities for the weighted median', () => {
    expect(() => medianAbsoluteError([1, 2], [1, 1], { weights: [0.5, 1] })).toThrow(/multiplicity/);
  });
});
