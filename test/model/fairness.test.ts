/**
 * evaluate --sensitive on small files whose every number is worked out by hand in the comments:
 * binary (with a missing-value group and a group without positives), multiclass one-vs-rest,
 * regression, the minimum group size, and the bootstrap CIs rebuilt independently from the
 * documented resampling (one xoshiro128** stream per resample) with a naive row copy.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FairnessOutcome } from '../../shared/formats/evaluation-format.js';
import { resampleSeed, Xoshiro128 } from '../../shared/model/metrics/bootstrap.js';
import { renderEvaluationSummary } from '../../shared/report/evaluation-summary.js';
import { InputError, UsageError } from '../../shared/runtime/errors.js';
import { evaluate } from '../../shared/steps/evaluate.js';

const dir = mkdtempSync(join(tmpdir(), 'fairness-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

function classification(o: FairnessOutcome | undefined): Extract<FairnessOutcome, { kind: 'classification' }> {
  if (o?.kind !== 'classification') throw new Error('expected a classification outcome');
  return o;
}

// Group A: (y, pred, score) = (1,1,.9) (1,0,.4) (0,1,.6) (0,0,.2): n 4, positives 2, selected 2, tp 1, fp 1.
// Group B: (1,1,.8) (0,0,.1) (0,0,.3): n 3, positives 1, selected 1, tp 1, fp 0.
// Missing: (0,1,.7) (0,0,.2): n 2, no positives (TPR, FNR undefined), selected 1, fp 1.
const binary = file(
  'binary.csv',
  'label,pred,score,grp\n1,1,0.9,A\n1,0,0.4,A\n0,1,0.6,A\n0,0,0.2,A\n1,1,0.8,B\n0,0,0.1,B\n0,0,0.3,B\n0,1,0.7,\n0,0,0.2,\n',
);

describe('fairness: binary', () => {
  it('computes each group rate and the summaries by their definitions; a missing value is its own group', async () => {
    const { report } = await evaluate({ predictions: binary, task: 'binary', label: 'label', prediction: 'pred', score: ['score'], sensitive: ['grp'], minGroupSize: 2, resamples: 0 });
    const f = report.fairness!;
    expect(f.min_group_size).toBe(2);
    const o = classification(f.columns[0]!.outcomes[0]);
    expect(o.positive_class).toBe(1);
    expect(o.groups).toEqual([
      { value: 'A', rows: 4, positives: 2, predicted_positives: 2, selection_rate: 0.5, tpr: 0.5, fpr: 0.5, fnr: 0.5, precision: 0.5, base_rate: 0.5, mean_score: expect.closeTo(0.525, 15) },
      { value: 'B', rows: 3, positives: 1, predicted_positives: 1, selection_rate: 1 / 3, tpr: 1, fpr: 0, fnr: 0, precision: 1, base_rate: 1 / 3, mean_score: expect.closeTo(0.4, 15) },
      { value: null, rows: 2, positives: 0, predicted_positives: 1, selection_rate: 0.5, tpr: null, fpr: 0.5, fnr: null, precision: 0, base_rate: 0, mean_score: expect.closeTo(0.45, 15) },
    ]);
    const v = Object.fromEntries(Object.entries(o.summaries).map(([k, m]) => [k, m.value]));
    // Selection rates 1/2, 1/3, 1/2; TPR over A and B only (the missing group has no positives): 1/2, 1;
    // FPR 1/2, 0, 1/2.
    expect(v).toEqual({
      demographic_parity_difference: 0.5 - 1 / 3,
      demographic_parity_ratio: 1 / 3 / 0.5,
      equalized_odds_difference: 0.5,
      equalized_odds_ratio: 0,
      equal_opportunity_difference: 0.5,
      disparate_impact_ratio: 1 / 3 / 0.5,
    });
    expect(o.summaries.demographic_parity_difference!.direction).toBe('lower');
    expect(o.summaries.disparate_impact_ratio!.direction).toBe('higher');
    expect(o.four_fifths).toEqual({ threshold: 0.8, ratio: 2 / 3, pass: false });
    expect(f.columns[0]!.skipped_groups).toEqual([]);
  });

  it('leaves groups under the minimum size out of the groups and summaries, and lists them', async () => {
    const { report } = await evaluate({ predictions: binary, task: 'binary', label: 'label', prediction: 'pred', sensitive: ['grp'], minGroupSize: 3, resamples: 0 });
    const c = report.fairness!.columns[0]!;
    expect(c.skipped_groups).toEqual([{ value: null, rows: 2, reason: '2 rows, fewer than the minimum group size 3' }]);
    const o = classification(c.outcomes[0]);
    expect(o.groups.map((g) => g.value)).toEqual(['A', 'B']);
    expect(o.groups[0]!.mean_score).toBeNull(); // no score column
    // Without the missing group: FPR 1/2 vs 0, selection 1/2 vs 1/3.
    expect(o.summaries.equalized_odds_difference!.value).toBe(0.5);
    expect(o.summaries.demographic_parity_difference!.value).toBeCloseTo(1 / 6, 15);

    const one = await evaluate({ predictions: binary, task: 'binary', label: 'label', prediction: 'pred', sensitive: ['grp'], minGroupSize: 4, resamples: 0 });
    const only = classification(one.report.fairness!.columns[0]!.outcomes[0]);
    expect(only.summaries).toEqual({});
    expect(only.omitted.map((m) => m.reason)).toEqual(Array(6).fill('fewer than 2 groups with at least 4 rows'));
    expect(only.four_fifths).toBeNull();
    expect(renderEvaluationSummary(one.report)).toContain('Left out of the grp summaries (fewer than 4 rows): B (3), _(missing)_ (2)');
  });

  it('predicts from score > threshold when there is no prediction column, as the metrics do', async () => {
    // threshold 0.5: predicted positive .9 .6 | .8 | .7 — the same as the pred column.
    const a = await evaluate({ predictions: binary, task: 'binary', label: 'label', score: ['score'], threshold: 0.5, sensitive: ['grp'], minGroupSize: 2, resamples: 0 });
    const b = await evaluate({ predictions: binary, task: 'binary', label: 'label', prediction: 'pred', score: ['score'], sensitive: ['grp'], minGroupSize: 2, resamples: 0 });
    expect(a.report.fairness).toEqual(b.report.fairness);
  });

  it('a sensitive column the file lacks is an input error (exit 2) naming the columns there are', async () => {
    const e = await evaluate({ predictions: binary, task: 'binary', label: 'label', prediction: 'pred', sensitive: ['race'] }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toContain('column "race" (--sensitive) not found; the file has columns: label, pred, score, grp');
    const i = await evaluate({ importPath: binary, sensitive: ['grp'] }).catch((x: unknown) => x);
    expect(i).toBeInstanceOf(UsageError);
    const z = await evaluate({ predictions: binary, task: 'binary', label: 'label', prediction: 'pred', sensitive: ['grp'], minGroupSize: 0 }).catch((x: unknown) => x);
    expect(z).toBeInstanceOf(UsageError);
  });

  it('keeps group values as data: Markdown and HTML are escaped, "__proto__" is an ordinary group', async () => {
    const p = file('hostile.csv', 'label,pred,grp\n1,1,__proto__\n0,0,__proto__\n1,0,<b>x</b>|y\n0,1,<b>x</b>|y\n');
    const { report } = await evaluate({ predictions: p, task: 'binary', label: 'label', prediction: 'pred', sensitive: ['grp'], minGroupSize: 1, resamples: 0 });
    const o = classification(report.fairness!.columns[0]!.outcomes[0]);
    expect(o.groups.map((g) => g.value)).toEqual(['__proto__', '<b>x</b>|y']);
    const md = renderEvaluationSummary(report);
    expect(md).toContain('| &lt;b&gt;x&lt;/b&gt;&#124;y | 2 |');
    expect(md).toContain('| \\_\\_proto\\_\\_ | 2 |');
    expect(md).not.toContain('<b>');
  });
});

describe('fairness: multiclass one-vs-rest', () => {
  // X: (y, pred) = (a,a) (b,a) (c,c) (a,b); Y: (a,a) (b,b) (c,a) (c,c).
  const p = file('multi.csv', 'y,p,g\na,a,X\nb,a,X\nc,c,X\na,b,X\na,a,Y\nb,b,Y\nc,a,Y\nc,c,Y\n');

  it('gives one outcome per class with its own rates and summaries', async () => {
    const { report } = await evaluate({ predictions: p, task: 'multiclass', label: 'y', prediction: 'p', sensitive: ['g'], minGroupSize: 1, resamples: 0 });
    const [a, b, c] = report.fairness!.columns[0]!.outcomes.map(classification);
    expect([a!.positive_class, b!.positive_class, c!.positive_class]).toEqual(['a', 'b', 'c']);
    // a: X sel 2/4, TPR 1/2, FPR 1/2; Y sel 2/4, TPR 1, FPR 1/3.
    expect(a!.groups.map((g) => [g.selection_rate, g.tpr, g.fpr])).toEqual([[0.5, 0.5, 0.5], [0.5, 1, 1 / 3]]);
    expect(a!.summaries.demographic_parity_difference!.value).toBe(0);
    expect(a!.summaries.equalized_odds_difference!.value).toBe(0.5);
    expect(a!.summaries.equalized_odds_ratio!.value).toBe(0.5);
    expect(a!.four_fifths!.pass).toBe(true);
    // b: X TPR 0, FPR 1/3; Y TPR 1, FPR 0.
    expect(b!.summaries.equalized_odds_difference!.value).toBe(1);
    expect(b!.summaries.equalized_odds_ratio!.value).toBe(0);
    // c: X TPR 1, Y TPR 1/2; FPR 0 in both groups, so its ratio is 0/0: the EO ratio is omitted.
    expect(c!.summaries.equal_opportunity_difference!.value).toBe(0.5);
    expect(c!.summaries.equalized_odds_difference!.value).toBe(0.5);
    expect(c!.summaries.equalized_odds_ratio).toBeUndefined();
    expect(c!.omitted).toEqual([{ metric: 'equalized_odds_ratio', reason: 'undefined: 0/0 (TPR (no positives) or FPR (no negatives) is 0 in every group)' }]);
    const md = renderEvaluationSummary(report);
    expect(md).toContain('#### Fairness by g · class b vs rest');
  });
});

describe('fairness: multiclass with score columns', () => {
  // Predicted by argmax; class a's score is p_a: X mean (0.7 + 0.2) / 2, Y mean (0.5 + 0.1) / 2.
  const p = file('multi-scores.csv', 'y,p_a,p_b,g\na,0.7,0.3,X\nb,0.2,0.8,X\na,0.5,0.5,Y\nb,0.1,0.9,Y\n');

  it('gives each class its own calibration: mean P(class) against the observed rate of the class', async () => {
    const { report } = await evaluate({ predictions: p, task: 'multiclass', label: 'y', score: ['p_a', 'p_b'], sensitive: ['g'], minGroupSize: 1, resamples: 0 });
    const [a, b] = report.fairness!.columns[0]!.outcomes.map(classification);
    expect(a!.groups.map((g) => [g.base_rate, g.mean_score])).toEqual([[0.5, (0.7 + 0.2) / 2], [0.5, (0.5 + 0.1) / 2]]);
    expect(b!.groups.map((g) => g.mean_score)).toEqual([(0.3 + 0.8) / 2, (0.5 + 0.9) / 2]);
    // argmax, first maximum on ties: Y's 0.5/0.5 row is predicted a (and its 0.1/0.9 row b), so a
    // is right for both of its rows in Y: TPR 1, FPR 0.
    expect(a!.groups.map((g) => [g.selection_rate, g.tpr, g.fpr])).toEqual([[0.5, 1, 0], [0.5, 1, 0]]);
  });
});

describe('fairness: regression', () => {
  // P: y 1 2 3, pred 2 2 2 → errors 1 0 −1; Q: y 0 0, pred 1 3 → errors 1 3.
  const p = file('reg.csv', 'y,p,g\n1,2,P\n2,2,P\n3,2,P\n0,1,Q\n0,3,Q\n');

  it('compares group MAE, RMSE and mean error by their max gap', async () => {
    const { report } = await evaluate({ predictions: p, task: 'regression', label: 'y', prediction: 'p', sensitive: ['g'], minGroupSize: 2, resamples: 0 });
    const o = report.fairness!.columns[0]!.outcomes[0]!;
    if (o.kind !== 'regression') throw new Error('expected regression');
    expect(o.groups).toEqual([
      { value: 'P', rows: 3, mae: 2 / 3, rmse: Math.sqrt(2 / 3), mean_error: 0 },
      { value: 'Q', rows: 2, mae: 2, rmse: Math.sqrt(5), mean_error: 2 },
    ]);
    expect(o.summaries.mae_max_gap!.value).toBeCloseTo(4 / 3, 15);
    expect(o.summaries.rmse_max_gap!.value).toBeCloseTo(Math.sqrt(5) - Math.sqrt(2 / 3), 15);
    expect(o.summaries.mean_error_max_gap!.value).toBe(2);
    expect(renderEvaluationSummary(report)).toContain('| P | 3 | 0.6667 | 0.8165 | 0 |');
  });
});

describe('fairness: bootstrap CIs', () => {
  // 300 rows, three groups, labels and predictions from a fixed LCG.
  let s = 12345;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const rows = Array.from({ length: 300 }, (_, i) => ({ y: next() < 0.4 ? 1 : 0, p: next() < 0.35 + (i % 3) * 0.1 ? 1 : 0, g: ['u', 'v', 'w'][i % 3]! }));
  const p = file('boot.csv', `y,p,g,h\n${rows.map((r, i) => `${r.y},${r.p},${r.g},${i % 2 ? 'odd' : 'even'}`).join('\n')}\n`);
  const opts = { predictions: p, task: 'binary' as const, label: 'y', prediction: 'p', sensitive: ['g'], minGroupSize: 10, resamples: 200, confidence: 0.9 };

  it('the same seed gives the same intervals; another seed, other intervals', async () => {
    const a = await evaluate({ ...opts, seed: 7 });
    const b = await evaluate({ ...opts, seed: 7 });
    const c = await evaluate({ ...opts, seed: 8 });
    const ci = (r: typeof a) => classification(r.report.fairness!.columns[0]!.outcomes[0]).summaries;
    expect(ci(a)).toEqual(ci(b));
    expect(ci(a).demographic_parity_difference!.ci).not.toEqual(ci(c).demographic_parity_difference!.ci);
    // One bootstrap for all columns: a column's intervals do not depend on which others are given.
    const both = await evaluate({ ...opts, sensitive: ['h', 'g'], seed: 7 });
    expect(classification(both.report.fairness!.columns[1]!.outcomes[0]).summaries).toEqual(ci(a));
  });

  it('equals the percentile interval of the summary recomputed on each documented resample by copying rows', async () => {
    const seed = 7;
    const { report } = await evaluate({ ...opts, seed });
    const o = classification(report.fairness!.columns[0]!.outcomes[0]);
    const n = rows.length;
    const dpd = (sample: typeof rows) => {
      const rates = ['u', 'v', 'w'].map((g) => {
        const inG = sample.filter((r) => r.g === g);
        return inG.filter((r) => r.p === 1).length / inG.length;
      });
      return Math.max(...rates) - Math.min(...rates);
    };
    const stats: number[] = [];
    for (let b = 0; b < 200; b++) {
      const rng = new Xoshiro128(resampleSeed(seed, b));
      stats.push(dpd(Array.from({ length: n }, () => rows[rng.nextIndex(n)]!)));
    }
    stats.sort((x, y) => x - y);
    // NumPy's default (linear) quantile.
    const q = (p: number) => {
      const h = (stats.length - 1) * p;
      const lo = Math.floor(h);
      return stats[lo]! + (h - lo) * (stats[Math.min(lo + 1, stats.length - 1)]! - stats[lo]!);
    };
    expect(o.summaries.demographic_parity_difference!.value).toBe(dpd(rows));
    expect(o.summaries.demographic_parity_difference!.ci![0]).toBeCloseTo(q(0.05), 12);
    expect(o.summaries.demographic_parity_difference!.ci![1]).toBeCloseTo(q(0.95), 12);
  });
});
