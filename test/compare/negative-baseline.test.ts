/**
 * Metrics whose baseline is negative: r2 of a model worse than predicting the mean, a
 * log-likelihood. The relative rule and the Δ % a reviewer reads divide by |B| (docs/compare.md,
 * "min_relative_change: H ≥ B + v·|B|"), so "10% better" and "8.3% worse" keep their meaning when
 * B < 0. With B itself in place of |B| both flip sign: r2 −0.65 against −0.6 with
 * min_relative_change 0.1 passed, and its −8.3% read as +8.3%.
 */
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../shared/compare/compare.js';
import { evaluateRules } from '../../shared/compare/rules.js';
import { EVALUATION_SCHEMA, type EvaluationReport } from '../../shared/formats/evaluation-format.js';

function report(r2: number): EvaluationReport {
  return {
    schema: EVALUATION_SCHEMA, source: 'import', task: null, rows: null, dataset: null, models: [], columns: null,
    classification: null, bootstrap: null, metrics: { r2: { value: r2 } }, omitted: [], confusion_matrix: null,
    slices: [], skipped_slices: [], min_slice_size: null, examples: null, imported: { kind: 'json', path: 'metrics.json' }, warnings: [],
  };
}

const relative = (head: number, baseline: number, direction: 'higher' | 'lower') =>
  evaluateRules({ name: 'm', rule: { min_relative_change: 0.1 }, direction, head, baseline, firstRun: 'pass' })[1]!;

describe('a negative baseline', () => {
  it('min_relative_change still asks for an improvement: r2 −0.65 against −0.6 fails, −0.54 passes', () => {
    // Bound: −0.6 + 0.1·|−0.6| = −0.54 (B·(1 + v) would be −0.66, below the baseline).
    expect(relative(-0.65, -0.6, 'higher')).toMatchObject({ outcome: 'fail', bound: -0.6 + 0.06 });
    expect(relative(-0.54, -0.6, 'higher').outcome).toBe('pass');
    expect(relative(-0.55, -0.6, 'higher').outcome).toBe('fail');
    const c = compareReports(report(-0.65), report(-0.6), { metrics: { r2: { min_relative_change: 0.1 } } });
    expect(c.verdict).toBe('fail');
    expect(c.gate.failures).toEqual(['r2 -0.65 < baseline -0.6 + 10% = -0.54']);
  });

  it('and for a lower-is-better metric (a negative loss) the bound moves down: −2 needs ≤ −2.2', () => {
    expect(relative(-2.2, -2, 'lower')).toMatchObject({ outcome: 'pass', bound: -2 - 0.2 });
    expect(relative(-2.1, -2, 'lower').outcome).toBe('fail');
    expect(relative(-1.9, -2, 'lower').outcome).toBe('fail');
  });

  it('Δ % is the change over |B|: a drop from −0.6 to −0.65 is −8.3%, a rise to −0.54 is +10%', () => {
    const worse = compareReports(report(-0.65), report(-0.6), { metrics: { r2: { threshold: -1 } } }).metrics[0]!;
    expect(worse.delta).toBeCloseTo(-0.05, 15);
    expect(worse.relative_delta).toBeCloseTo(-0.05 / 0.6, 15);
    const better = compareReports(report(-0.54), report(-0.6), { metrics: { r2: { threshold: -1 } } }).metrics[0]!;
    expect(better.relative_delta).toBeCloseTo(0.1, 15);
  });
});
