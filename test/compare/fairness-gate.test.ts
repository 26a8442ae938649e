/**
 * compare's fairness section and its gate: `fairness:` rules in mlops.yaml with the metric rules'
 * semantics, on two models evaluated on the same nine rows (numbers worked out in the comments).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../shared/compare/compare.js';
import { parseModelRulesText, type ModelConfigInput } from '../../shared/config/mlops-config.js';
import { comparisonSchema } from '../../shared/formats/comparison-format.js';
import type { EvaluationReport } from '../../shared/formats/evaluation-format.js';
import { renderComparisonComment } from '../../shared/report/comparison-comment.js';
import { ContractError } from '../../shared/runtime/errors.js';
import { evaluate } from '../../shared/steps/evaluate.js';

// Groups by `grp` (empty = missing): A = rows 1-4, B = rows 5-7, missing = rows 8-9.
// head: A sel 1/2, TPR 1/2, FPR 1/2; B sel 1/3, TPR 1, FPR 0; missing sel 1/2, FPR 1/2
//   → equalized_odds_difference max(1/2, 1/2) = 0.5, disparate_impact_ratio (1/3)/(1/2) = 2/3.
// base: A sel 1/2, TPR 1, FPR 0; B sel 1/3, TPR 1, FPR 0; missing sel 0, FPR 0
//   → equalized_odds_difference 0, disparate_impact_ratio 0, equalized_odds_ratio 0/0 (omitted).
const CSV = 'label,head,base,grp\n1,1,1,A\n1,0,1,A\n0,1,0,A\n0,0,0,A\n1,1,1,B\n0,0,0,B\n0,0,0,B\n0,1,0,\n0,0,0,\n';

let head: EvaluationReport;
let base: EvaluationReport;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairness-gate-'));
  const p = join(dir, 'p.csv');
  writeFileSync(p, CSV);
  const run = (prediction: string) => evaluate({ predictions: p, task: 'binary', label: 'label', prediction, sensitive: ['grp'], minGroupSize: 2, resamples: 20 });
  head = (await run('head')).report;
  base = (await run('base')).report;
});

const rules = (fairness: ModelConfigInput['fairness']): ModelConfigInput => ({ fairness });

describe('compare: fairness', () => {
  it('lists every summary head against baseline with the delta, and reports only without rules', () => {
    const c = compareReports(head, base, undefined);
    expect(c.verdict).toBe('report-only');
    const f = c.fairness!;
    expect(f).toHaveLength(1);
    expect(f[0]!.column).toBe('grp');
    expect(f[0]!.positive_class).toBe(1);
    const eod = f[0]!.summaries.find((m) => m.name === 'equalized_odds_difference')!;
    expect([eod.head, eod.baseline, eod.delta, eod.direction, eod.label]).toEqual([0.5, 0, 0.5, 'lower', 'not_tested']);
    expect(eod.head_ci).not.toBeNull();
    const eor = f[0]!.summaries.find((m) => m.name === 'equalized_odds_ratio')!;
    expect([eor.head, eor.baseline]).toEqual([0, null]); // head: TPR ratio 1/2, FPR ratio 0; baseline: 0/0
    expect(comparisonSchema.parse(c)).toEqual(c);
  });

  it('gates with the metric rules\' semantics: threshold and max_regression on a difference (lower is better)', () => {
    const c = compareReports(head, base, rules({ grp: { equalized_odds_difference: { threshold: 0.6, max_regression: 0.02 } } }));
    expect(c.verdict).toBe('fail');
    const eod = c.fairness![0]!.summaries.find((m) => m.name === 'equalized_odds_difference')!;
    expect(eod.rules.map((r) => [r.rule, r.outcome, r.bound])).toEqual([
      ['present', 'pass', null],
      ['threshold', 'pass', 0.6],
      ['max_regression', 'fail', 0.02],
    ]);
    expect(c.gate.failures).toEqual(['fairness grp: equalized_odds_difference 0.5 > baseline 0 + 0.02 allowed regression = 0.02']);
    expect(c.gate).toMatchObject({ configured: true, rules: 3, failed: 1, warned: 0 });
    expect(c.fairness![0]!.status).toBe('fail');
  });

  it('ratios are higher-is-better; a warn-severity rule warns without failing the gate', () => {
    const c = compareReports(head, base, rules({ grp: { disparate_impact_ratio: { threshold: 0.8, severity: 'warn' }, demographic_parity_difference: { threshold: 0.2 } } }));
    expect(c.verdict).toBe('pass');
    expect(c.gate.failures).toEqual(['warning: fairness grp: disparate_impact_ratio 0.666667 < threshold 0.8']);
    expect(c.gate.warned).toBe(1);
  });

  it('a configured column the head has no fairness section on fails, naming the flag to add', () => {
    const c = compareReports(head, base, rules({ race: { equal_opportunity_difference: { threshold: 0.1 } } }));
    expect(c.verdict).toBe('fail');
    expect(c.gate.failures).toEqual(['fairness race: the head report has no fairness section on it (evaluate with --sensitive race)']);
    expect(c.fairness!.find((f) => f.column === 'race')).toMatchObject({ status: 'fail', summaries: [] });
  });

  it('a summary the head omitted fails its rules as a missing metric does', () => {
    const headNoEor = compareReports(base, head, rules({ grp: { equalized_odds_ratio: { threshold: 0.5 } } }));
    expect(headNoEor.gate.failures).toEqual(['fairness grp: equalized_odds_ratio is missing from the head report']);
  });

  it('refuses a misspelt summary name in the rules, at its place', () => {
    expect(() => parseModelRulesText('fairness:\n  race:\n    equalised_odds_difference: { threshold: 0.1 }\n', 'rules.yaml')).toThrow(ContractError);
    expect(() => parseModelRulesText('fairness:\n  race:\n    equalised_odds_difference: { threshold: 0.1 }\n', 'rules.yaml')).toThrow(/equalised_odds_difference/);
    const ok = parseModelRulesText('fairness:\n  race:\n    equalized_odds_difference: { threshold: 0.10, max_regression: 0.02 }\n', 'rules.yaml');
    expect(ok.fairness!.race!.equalized_odds_difference).toEqual({ threshold: 0.1, max_regression: 0.02 });
  });

  it("the issue's syntax: max on a difference, min on a ratio, beside max_regression", () => {
    const cfg = parseModelRulesText(
      'fairness:\n  grp:\n    equalized_odds_difference: { max: 0.10, max_regression: 0.02 }\n    disparate_impact_ratio: { min: 0.6 }\n',
      'rules.yaml',
    );
    expect(cfg.fairness!.grp!.equalized_odds_difference).toEqual({ max: 0.1, max_regression: 0.02 });
    const c = compareReports(head, base, cfg);
    expect(c.verdict).toBe('fail');
    const f = c.fairness![0]!;
    const eod = f.summaries.find((m) => m.name === 'equalized_odds_difference')!;
    expect(eod.rules.map((r) => [r.rule, r.outcome, r.bound])).toEqual([
      ['present', 'pass', null],
      ['max', 'fail', 0.1],
      ['max_regression', 'fail', 0.02],
    ]);
    const di = f.summaries.find((m) => m.name === 'disparate_impact_ratio')!;
    expect(di.rules.map((r) => [r.rule, r.outcome, r.bound])).toEqual([
      ['present', 'pass', null],
      ['min', 'pass', 0.6],
    ]);
    expect(c.gate.failures).toEqual([
      'fairness grp: equalized_odds_difference 0.5 > max 0.1',
      'fairness grp: equalized_odds_difference 0.5 > baseline 0 + 0.02 allowed regression = 0.02',
    ]);
    expect(comparisonSchema.parse(c)).toEqual(c);
    const md = renderComparisonComment(c, { model: 'm', baseline: { kind: 'file', file: 'base.json' } });
    expect(md).toContain('❌ ≤ 0.1000');
    expect(md).toContain('✅ ≥ 0.6000');
    // On the bound passes (inclusive), as threshold does; a missing head skips the bound.
    const onBound = compareReports(head, base, rules({ grp: { equalized_odds_difference: { max: 0.5 }, disparate_impact_ratio: { min: 2 / 3 } } }));
    expect(onBound.verdict).toBe('pass');
    const missing = compareReports(base, head, rules({ grp: { equalized_odds_ratio: { min: 0.5 } } }));
    expect(missing.fairness![0]!.summaries.find((m) => m.name === 'equalized_odds_ratio')!.rules.map((r) => [r.rule, r.outcome])).toEqual([
      ['present', 'fail'],
      ['min', 'skipped'],
    ]);
  });

  it('threshold stays an alias of the bound on the worse side; both at once, or min above max, is an error at its place', () => {
    const a = compareReports(head, base, rules({ grp: { equalized_odds_difference: { threshold: 0.1 } } }));
    const b = compareReports(head, base, rules({ grp: { equalized_odds_difference: { max: 0.1 } } }));
    expect(a.verdict).toBe('fail');
    expect(b.verdict).toBe('fail');
    expect(() => parseModelRulesText('fairness:\n  race:\n    equalized_odds_difference: { threshold: 0.1, max: 0.1 }\n', 'rules.yaml')).toThrow(/threshold and max are one bound here/);
    expect(() => parseModelRulesText('fairness:\n  race:\n    disparate_impact_ratio: { threshold: 0.8, min: 0.8 }\n', 'rules.yaml')).toThrow(/threshold and min are one bound here/);
    expect(() => parseModelRulesText('fairness:\n  race:\n    disparate_impact_ratio: { min: 0.9, max: 0.8 }\n', 'rules.yaml')).toThrow(/min 0.9 is above max 0.8/);
    // threshold beside the other side's bound is fine: a ratio's threshold is its min.
    expect(parseModelRulesText('fairness:\n  race:\n    disparate_impact_ratio: { threshold: 0.8, max: 1 }\n', 'rules.yaml').fairness!.race!.disparate_impact_ratio).toEqual({ threshold: 0.8, max: 1 });
  });

  it('renders a Fairness table in the PR comment, the column name escaped', () => {
    const renamed = (r: EvaluationReport): EvaluationReport => ({ ...r, fairness: { ...r.fairness!, columns: r.fairness!.columns.map((c) => ({ ...c, column: '<img src=x>|@team' })) } });
    const c = compareReports(renamed(head), renamed(base), rules({ '<img src=x>|@team': { equalized_odds_difference: { max_regression: 0.02 } } }));
    const md = renderComparisonComment(c, { model: 'm', baseline: { kind: 'file', file: 'base.json' } });
    expect(md).toContain('### Fairness (1 failing)');
    expect(md).toContain('| ❌ &lt;img src=x&gt;&#124;@\u200Dteam · 1 | equalized\\_odds\\_difference | 0.5000 | 0 | +0.5000 🔴▲ |');
    expect(md).not.toContain('<img');
  });
});
