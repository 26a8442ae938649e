// Loads the scikit-learn reference values written by test/fixtures/reference/metrics_reference.py.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const path = fileURLToPath(new URL('../../fixtures/reference/metrics_reference.json', import.meta.url));

type Expected = Record<string, number>;
export interface Reference {
  header: { sklearn: string; produced_by: string };
  penguins_multiclass: {
    classes: string[];
    y_true: string[];
    y_pred: string[];
    proba: number[][];
    weights: number[];
    confusion_matrix: number[][];
    expected: { plain: Expected; weighted: Expected };
  };
  seattle_binary: {
    y_true: number[];
    proba: number[];
    proba_rounded: number[];
    weights: number[];
    expected: { plain: Expected; weighted: Expected; confusion_matrix: number[][] };
    expected_rounded: { plain: Expected; weighted: Expected; confusion_matrix: number[][] };
  };
  cars_regression: { y_true: number[]; y_pred: number[]; weights: number[]; expected: { plain: Expected; weighted: Expected } };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  edge_cases: Record<string, any>;
}

export const ref: Reference = JSON.parse(readFileSync(path, 'utf8'));

/** Equal to 1e-9, relative for |expected| > 1, absolute otherwise. */
export function expectClose(actual: number, expected: number, what = ''): void {
  const tol = 1e-9 * Math.max(1, Math.abs(expected));
  expect(Math.abs(actual - expected), `${what}: ${actual} vs scikit-learn ${expected}`).toBeLessThanOrEqual(tol);
}
