/**
 * Gate decisions that mutation testing (npm run mutate, docs/mutation-testing.md) showed no unit test pinned:
 * a metric's status from its rule outcomes, the inclusive bound at zero, and the gate's counts a reviewer reads.
 * Expected values follow the rule semantics in docs/compare.md (MLflow's MetricThreshold: inclusive bounds).
 */
import { describe, expect, it } from 'vitest';
import { compareReports } from '../../shared/compare/compare.js';
import { evaluateRules, statusOf } from '../../shared/compare/rules.js';
import type { RuleResult } from '../../shared/formats/comparison-format.js';
import { EVALUATION_SCHEMA, type EvaluationReport } from '../../shared/formats/evaluation-format.js';

const rule = (outcome: RuleResult['outcome'], severity: RuleResult['severity']): RuleResult =>
  ({ rule: 'threshold', value: 0, bound: 0, outcome, severity, message: '' });

function report(metrics: Record<string, number>): EvaluationReport {
  return {
    schema: EVALUATION_SCHEMA, source: 'import', task: null, rows: null, dataset: null, models: [], columns: null,
    classification: null, bootstrap: null, metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, { value: v }])),
    omitted: [], confusion_matrix: null, slices: [], skipped_slices: [], min_slice_size: null, examples: null,
    imported: { kind: 'json', path: 'metrics.json' }, warnings: [],
  };
}

describe('statusOf: a metric fails on an error-severity failure, warns on a warn-severity one only', () => {
  it('none without rules, pass when all pass or skip', () => {
    expect(statusOf([])).toBe('none');
    expect(statusOf([rule('pass', 'error'), rule('skipped', 'error')])).toBe('pass');
  });
  it('fail beats warn; a warn failure beside a passing error rule is warn', () => {
    expect(statusOf([rule('fail', 'warn'), rule('fail', 'error')])).toBe('fail');
    expect(statusOf([rule('pass', 'error'), rule('fail', 'warn')])).toBe('warn');
    expect(statusOf([rule('skipped', 'error'), rule('pass', 'warn')])).toBe('pass');
  });
});

describe('bounds are inclusive even at zero, where the rounding allowance is zero', () => {
  it('a loss of exactly 0 meets threshold 0 (lower is better), and an r2 of 0 meets threshold 0', () => {
    const at = (direction: 'higher' | 'lower') =>
      evaluateRules({ name: 'm', rule: { threshold: 0 }, direction, head: 0, baseline: undefined, firstRun: 'pass' })[1]!.outcome;
    expect(at('lower')).toBe('pass');
    expect(at('higher')).toBe('pass');
  });
});

describe("the gate's counts", () => {
  it('counts every rule, the error failures and the warn failures separately', () => {
    const c = compareReports(report({ accuracy: 0.8, f1: 0.5 }), report({ accuracy: 0.9, f1: 0.6 }), {
      metrics: { accuracy: { threshold: 0.85, max_regression: 0.2 }, f1: { threshold: 0.7, severity: 'warn' } },
    });
    // accuracy: present, threshold (fail), max_regression (pass); f1: present, threshold (fail, warn).
    expect(c.gate).toMatchObject({ rules: 5, failed: 1, warned: 1, skipped: 0 });
    expect(c.verdict).toBe('fail');
  });
});
