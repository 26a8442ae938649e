/**
 * Gate semantics, rule by rule, on real metrics: iterative/example-get-started's baseline model
 * (1-baseline-eval) and its bigrams model (2-bigrams-eval), read with importMetrics as evaluate
 * --import does, from the copies in test/fixtures/dvc (provenance in its README), so the semantics
 * are tested in every clone. Values checked by hand against each snapshot's eval/live/metrics.json:
 * roc_auc.test 0.9319648794149968 → 0.9460213440787918, avg_prec.test 0.9014016422240393 → 0.9249974999612706.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { importMetrics } from '../../shared/model/import/index.js';
import { EVALUATION_SCHEMA, type EvaluationReport } from '../../shared/formats/evaluation-format.js';
import { compareReports } from '../../shared/compare/compare.js';
import { comparisonSchema, type Comparison, type MetricComparison } from '../../shared/formats/comparison-format.js';
import type { MetricRule, ModelConfigInput } from '../../shared/config/mlops-config.js';
import { evaluateRules, ZERO_BASELINE_EPSILON } from '../../shared/compare/rules.js';
import { ContractError } from '../../shared/runtime/errors.js';

const dvcData = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/dvc');

async function importedReport(dir: string): Promise<EvaluationReport> {
  const r = await importMetrics(path.join(dvcData, dir));
  return {
    schema: EVALUATION_SCHEMA,
    source: 'import',
    task: null,
    rows: null,
    dataset: null,
    models: [],
    columns: null,
    classification: null,
    bootstrap: null,
    metrics: Object.fromEntries(Object.entries(r.metrics).map(([k, v]) => [k, { value: v }])),
    omitted: [],
    confusion_matrix: null,
    slices: [],
    skipped_slices: [],
    min_slice_size: null,
    examples: null,
    imported: { kind: r.source.kind, path: r.source.path },
    warnings: [],
  };
}

let base: EvaluationReport;
let head: EvaluationReport;
let H: number;
let B: number;
beforeAll(async () => {
  base = await importedReport('1-baseline-eval');
  head = await importedReport('2-bigrams-eval');
  H = head.metrics['roc_auc.test']!.value;
  B = base.metrics['roc_auc.test']!.value;
});

/** compareReports with one rule on roc_auc.test; checks the output against its own schema. */
function gate(rule: MetricRule, h = head, b: EvaluationReport | null = base, extra: Partial<ModelConfigInput> = {}): Comparison {
  const c = compareReports(h, b ?? undefined, { metrics: { 'roc_auc.test': rule }, ...extra });
  comparisonSchema.parse(c);
  return c;
}
const metric = (c: Comparison, name = 'roc_auc.test'): MetricComparison => c.metrics.find((m) => m.name === name)!;
const outcome = (c: Comparison, rule: string) => metric(c).rules.find((r) => r.rule === rule)!.outcome;

describe('gate rules on the example-get-started bigrams model vs its baseline', () => {
  it('reads the real values, with roc_auc.test higher-is-better by default', () => {
    expect(B).toBe(0.9319648794149968);
    expect(H).toBe(0.9460213440787918);
    const c = gate({ threshold: 0.9 });
    expect(metric(c)).toMatchObject({ direction: 'higher', head: H, baseline: B, delta: H - B, relative_delta: (H - B) / B, label: 'not_tested' });
    expect(c.significance).toMatchObject({ tested: false, reason: 'per-example data is missing from the head or the baseline report' });
  });

  it('threshold: passes at and above the bound, fails just below', () => {
    expect(outcome(gate({ threshold: H }), 'threshold')).toBe('pass');
    expect(outcome(gate({ threshold: H - 1e-9 }), 'threshold')).toBe('pass');
    const c = gate({ threshold: H + 1e-9 });
    expect(outcome(c, 'threshold')).toBe('fail');
    expect(c.verdict).toBe('fail');
    expect(c.gate.failures).toEqual([`roc_auc.test 0.946021 < threshold ${Number((H + 1e-9).toPrecision(6))}`]);
  });

  it('threshold on a lower-is-better metric: head <= threshold', () => {
    const rule = { direction: 'lower' as const };
    expect(outcome(gate({ ...rule, threshold: H }), 'threshold')).toBe('pass');
    expect(outcome(gate({ ...rule, threshold: H + 1e-9 }), 'threshold')).toBe('pass');
    expect(outcome(gate({ ...rule, threshold: H - 1e-9 }), 'threshold')).toBe('fail');
  });

  it('min_absolute_change: head >= baseline + v, inclusive', () => {
    const d = H - B; // 0.01405646…
    expect(outcome(gate({ min_absolute_change: d }), 'min_absolute_change')).toBe('pass');
    expect(outcome(gate({ min_absolute_change: d - 1e-9 }), 'min_absolute_change')).toBe('pass');
    expect(outcome(gate({ min_absolute_change: d + 1e-9 }), 'min_absolute_change')).toBe('fail');
    expect(outcome(gate({ min_absolute_change: 0.01 }), 'min_absolute_change')).toBe('pass');
    expect(outcome(gate({ min_absolute_change: 0.02 }), 'min_absolute_change')).toBe('fail');
    expect(metric(gate({ min_absolute_change: 0.01 })).rules[1]).toMatchObject({ bound: B + 0.01, message: 'roc_auc.test 0.946021 >= baseline 0.931965 + 0.01 = 0.941965' });
  });

  it('min_relative_change: head >= baseline·(1 + v), inclusive', () => {
    const r = (H - B) / B; // 1.508…%
    expect(outcome(gate({ min_relative_change: r }), 'min_relative_change')).toBe('pass');
    expect(outcome(gate({ min_relative_change: r - 1e-8 }), 'min_relative_change')).toBe('pass');
    expect(outcome(gate({ min_relative_change: r + 1e-8 }), 'min_relative_change')).toBe('fail');
    expect(outcome(gate({ min_relative_change: 0.015 }), 'min_relative_change')).toBe('pass');
    expect(outcome(gate({ min_relative_change: 0.016 }), 'min_relative_change')).toBe('fail');
  });

  it('max_regression: the baseline model as head may fall short by at most v', () => {
    const d = H - B;
    expect(outcome(gate({ max_regression: d }, base, head), 'max_regression')).toBe('pass');
    expect(outcome(gate({ max_regression: d + 1e-9 }, base, head), 'max_regression')).toBe('pass');
    expect(outcome(gate({ max_regression: d - 1e-9 }, base, head), 'max_regression')).toBe('fail');
    // An improvement always satisfies max_regression, even with 0.
    expect(outcome(gate({ max_regression: 0 }), 'max_regression')).toBe('pass');
    // … while min_absolute_change 0 (MLflow's "no worse") fails the regressing model.
    expect(outcome(gate({ min_absolute_change: 0 }, base, head), 'min_absolute_change')).toBe('fail');
  });

  it('a regression of a lower-is-better metric is an increase', () => {
    // The bigrams model's roc_auc.test read as if it were a loss: it went up by d.
    const d = H - B;
    expect(outcome(gate({ direction: 'lower', max_regression: d }), 'max_regression')).toBe('pass');
    expect(outcome(gate({ direction: 'lower', max_regression: d - 1e-9 }), 'max_regression')).toBe('fail');
    expect(outcome(gate({ direction: 'lower', min_absolute_change: 0 }, base, head), 'min_absolute_change')).toBe('pass');
  });

  it('a zero baseline counts as 1e-20 in the relative rule, as MLflow does', () => {
    const zero = structuredClone(base);
    zero.metrics['roc_auc.test'] = { value: 0 };
    const c = gate({ min_relative_change: 0.5 }, head, zero);
    expect(metric(c).rules[1]).toMatchObject({ outcome: 'pass', bound: ZERO_BASELINE_EPSILON * 1.5 });
    expect(metric(c).relative_delta).toBeNull();
    const flat = structuredClone(zero);
    expect(outcome(gate({ min_relative_change: 0.5 }, flat, zero), 'min_relative_change')).toBe('fail');
    // Lower is better: only a head of (essentially) zero keeps up with a zero baseline.
    const r = (h: number) => evaluateRules({ name: 'mae', rule: { min_relative_change: 0.1 }, direction: 'lower', head: h, baseline: 0, firstRun: 'pass' })[1]!.outcome;
    expect(r(0)).toBe('pass');
    expect(r(1e-19)).toBe('fail');
  });

  it('fails a metric the rules name but the head lacks', () => {
    const c = compareReports(head, base, { metrics: { accuracy: { threshold: 0.5 } } });
    expect(c.verdict).toBe('fail');
    expect(metric(c, 'accuracy')).toMatchObject({ head: null, baseline: null, status: 'fail' });
    expect(metric(c, 'accuracy').rules.map((r) => [r.rule, r.outcome])).toEqual([
      ['present', 'fail'],
      ['threshold', 'skipped'],
    ]);
    expect(c.gate.failures).toEqual(['accuracy is missing from the head report']);
  });

  it('without a baseline: change rules pass as skipped under first_run: pass and fail under first_run: fail; threshold still applies', () => {
    const pass = gate({ threshold: 0.9, max_regression: 0.01 }, head, null);
    expect(pass.verdict).toBe('pass');
    expect(pass.baseline).toBeNull();
    expect(metric(pass).rules.map((r) => r.outcome)).toEqual(['pass', 'pass', 'skipped']);
    expect(pass.gate).toMatchObject({ rules: 3, failed: 0, skipped: 1 });
    expect(pass.significance.reason).toBe('no baseline');
    const fail = gate({ threshold: 0.9, max_regression: 0.01 }, head, null, { first_run: 'fail' });
    expect(fail.verdict).toBe('fail');
    expect(fail.gate.failures).toEqual(['roc_auc.test: no baseline report, and first_run: fail']);
    // A baseline report without the metric is the same case for that metric.
    const partial = structuredClone(base);
    delete partial.metrics['roc_auc.test'];
    expect(gate({ max_regression: 0.01 }, head, partial, { first_run: 'fail' }).gate.failures).toEqual(['roc_auc.test: not in the baseline report, and first_run: fail']);
  });

  it('with no rules configured, reports only: never a silent pass', () => {
    for (const config of [undefined, {}, { metrics: {} }]) {
      const c = compareReports(head, base, config);
      expect(c.verdict).toBe('report-only');
      expect(c.gate).toMatchObject({ configured: false, rules: 0, failed: 0 });
      expect(c.warnings).toEqual(['no gate rules are configured: this comparison reports only']);
      expect(c.metrics.map((m) => m.name)).toEqual(['avg_prec.train', 'avg_prec.test', 'roc_auc.train', 'roc_auc.test']);
      expect(c.metrics.map((m) => m.direction)).toEqual(['higher', 'higher', 'higher', 'higher']); // avg_prec: DVC's name for average precision
    }
  });

  it('a warn-severity failure is reported but does not fail the gate', () => {
    const c = gate({ min_absolute_change: 0.05, severity: 'warn' });
    expect(c.verdict).toBe('pass');
    expect(c.gate).toMatchObject({ failed: 0, warned: 1 });
    expect(metric(c).status).toBe('warn');
    expect(c.gate.failures[0]).toMatch(/^warning: roc_auc\.test 0\.946021 < baseline/);
  });

  it('asks for a direction when a rule names a metric outside the registry and its aliases', () => {
    expect(() => compareReports(head, base, { metrics: { 'precision_at_10.test': { threshold: 0.9 } } })).toThrow(ContractError);
    expect(() => compareReports(head, base, { metrics: { 'precision_at_10.test': { threshold: 0.9 } } })).toThrow(/"precision_at_10\.test" is not a standard metric.*add direction: higher or direction: lower/);
    // DVC's `avg_prec` is average precision: higher is better without saying so.
    const c = compareReports(head, base, { metrics: { 'avg_prec.test': { min_absolute_change: 0.02 } } });
    expect(c.verdict).toBe('pass');
    expect(metric(c, 'avg_prec.test')).toMatchObject({ direction: 'higher', head: 0.9249974999612706, baseline: 0.9014016422240393 });
    expect(metric(c, 'avg_prec.test').rules[1]!.bound).toBe(0.9014016422240393 + 0.02);
    expect(compareReports(head, base, { metrics: { 'avg_prec.test': { min_absolute_change: 0.03 } } }).verdict).toBe('fail');
  });

  it('allows a rounding-sized difference at the bound (0.9 + 0.05 vs 0.95), nothing larger', () => {
    const r = (h: number) => evaluateRules({ name: 'accuracy', rule: { min_absolute_change: 0.05 }, direction: 'higher', head: h, baseline: 0.9, firstRun: 'pass' })[1]!.outcome;
    expect(0.9 + 0.05).toBeGreaterThan(0.95);
    expect(r(0.95)).toBe('pass');
    expect(r(0.95 - 1e-12)).toBe('fail');
  });
});
