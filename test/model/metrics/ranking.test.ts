import { describe, expect, it } from 'vitest';
import { argsortDescending, averagePrecision, rocAuc, rocAucOvr } from '../../../shared/model/metrics/ranking.js';
import { Xoshiro128 } from '../../../shared/model/metrics/bootstrap.js';
import { expectClose, ref } from './reference.js';

describe('ROC AUC and average precision on Seattle rain (scikit-learn 1.2 reference)', () => {
  const sb = ref.seattle_binary;
  for (const [scores, expected, label] of [
    [sb.proba, sb.expected, 'raw probabilities'],
    [sb.proba_rounded, sb.expected_rounded, 'probabilities rounded to 2 decimals (ties)'],
  ] as const) {
    it(`matches roc_auc_score and average_precision_score on ${label}`, () => {
      expectClose(rocAuc(sb.y_true, scores), expected.plain.roc_auc!, 'roc_auc');
      expectClose(averagePrecision(sb.y_true, scores), expected.plain.average_precision!, 'average_precision');
      expectClose(rocAuc(sb.y_true, scores, { weights: sb.weights }), expected.weighted.roc_auc!, 'weighted roc_auc');
      expectClose(averagePrecision(sb.y_true, scores, { weights: sb.weights }), expected.weighted.average_precision!, 'weighted AP');
    });
  }
  it('sees the rounding change the AUC (ties are grouped, not broken)', () => {
    expect(sb.expected_rounded.plain.roc_auc).not.toBe(sb.expected.plain.roc_auc);
  });
});

describe('ranking edge cases', () => {
  const e = ref.edge_cases;
  it('groups tied scores into one threshold (trapezoid AUC, step-wise AP)', () => {
    const t = e.ties;
    expectClose(rocAuc(t.y_true, t.score), t.roc_auc);
    expectClose(averagePrecision(t.y_true, t.score), t.average_precision);
    expectClose(rocAuc(t.y_true, t.score, { weights: t.weights }), t.roc_auc_weighted);
    expectClose(averagePrecision(t.y_true, t.score, { weights: t.weights }), t.average_precision_weighted);
  });
  it('gives 0.5 AUC and AP = prevalence when every score is tied', () => {
    const t = e.all_tied;
    expectClose(rocAuc(t.y_true, t.score), t.roc_auc);
    expectClose(averagePrecision(t.y_true, t.score), t.average_precision);
  });
  it('takes the greater label as positive for AUC and a named pos_label for AP', () => {
    const s = e.string_pos_label;
    expectClose(rocAuc(s.y_true, s.score), s.roc_auc);
    expectClose(averagePrecision(s.y_true, s.score, { posLabel: 'spam' }), s.average_precision);
    expect(() => averagePrecision(s.y_true, s.score)).toThrow(/pos_label/);
  });
  it('refuses AUC with a single class', () => {
    expect(() => rocAuc([1, 1, 1], [0.1, 0.2, 0.3])).toThrow(/only one class/);
  });
});

describe('one-vs-rest ROC AUC on penguin species', () => {
  const pm = ref.penguins_multiclass;
  it("matches roc_auc_score(multi_class='ovr', average='macro')", () => {
    expectClose(rocAucOvr(pm.y_true, pm.proba), pm.expected.plain.roc_auc!, 'plain');
    expectClose(rocAucOvr(pm.y_true, pm.proba, { weights: pm.weights }), pm.expected.weighted.roc_auc!, 'weighted');
  });
  it('refuses probabilities that do not sum to one', () => {
    expect(() => rocAucOvr(['a', 'b', 'c'], [[0.5, 0.5, 0.5], [0.2, 0.3, 0.5], [0.1, 0.1, 0.8]])).toThrow(/sum to/);
  });
});

describe('argsortDescending', () => {
  it('orders like a comparator sort, stable, across signs, zeros, infinities and duplicates', () => {
    const rng = new Xoshiro128(7);
    const specials = [0, -0, Infinity, -Infinity, 1e-310, -1e-310, 0.5, 0.5, -2.5];
    const values = Array.from({ length: 5000 }, (_, i) =>
      i < specials.length ? specials[i]! : ((rng.nextUint32() % 200) - 100) / 7 + (rng.nextUint32() % 2 ? 1e-9 : 0),
    );
    const got = Array.from(argsortDescending(values));
    const want = values.map((_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b);
    // -0 and +0 are one value: compare the sorted values, and the exact permutation elsewhere.
    expect(got.map((i) => values[i]! + 0)).toEqual(want.map((i) => values[i]! + 0));
    expect(got).toEqual(want);
    // A Float64Array is sorted from its own bits (no copy): the same permutation, -0 still equal to +0.
    expect(Array.from(argsortDescending(Float64Array.from(values)))).toEqual(want);
    const zeros = Float64Array.from({ length: 2048 }, (_, i) => (i % 3 === 0 ? -0 : i % 3 === 1 ? 0 : -1));
    expect(Array.from(argsortDescending(zeros))).toEqual(Array.from(zeros.keys()).sort((a, b) => zeros[b]! - zeros[a]! || a - b));
    // A view into a larger buffer reads its own elements.
    const big = Float64Array.from({ length: 3000 }, (_, i) => (i * 7919) % 3001);
    expect(Array.from(argsortDescending(big.subarray(1000)))).toEqual(Array.from(argsortDescending(Array.from(big.subarray(1000)))));
  });
  it('refuses NaN scores', () => {
    expect(() => argsortDescending([0.1, Number.NaN])).toThrow(/NaN/);
  });
});
