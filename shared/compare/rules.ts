/**
 * Gate rules: one metric's head value against its configured rules (and the baseline value).
 *
 * Semantics follow MLflow's MetricThreshold (mlflow/models/evaluation/validation.py), written out
 * with a table in docs/compare.md:
 * - every comparison is inclusive (a value exactly on the bound passes);
 * - `threshold`: head >= threshold (higher is better) / head <= threshold (lower is better);
 * - `min_absolute_change`: head >= baseline + v / head <= baseline − v;
 * - `min_relative_change`: head >= baseline + v·|baseline| / head <= baseline − v·|baseline|, with a
 *   zero baseline replaced by 1e-20 as MLflow does. MLflow writes baseline·(1 ± v), which is the
 *   same for a positive baseline; we use |baseline| so that a negative baseline (r2, a log
 *   likelihood) still demands an improvement instead of permitting a regression;
 * - `max_regression` (ours, not MLflow's): head >= baseline − v / head <= baseline + v. MLflow's
 *   change rules demand an improvement; a team re-training on fresh data or refactoring features
 *   needs "no worse than the baseline by more than v" (a non-inferiority margin) instead;
 * - a metric the rules name but the head lacks fails (`present`), as MLflow's missing candidate;
 * - a change rule without a baseline value fails, unless the first-run policy says pass, in which
 *   case it is `skipped` (MLflow always fails it).
 *
 * Rounding allowance: a bound computed in floating point (0.9 + 0.05 = 0.9500000000000001) would
 * fail a head of exactly 0.95, so comparisons allow 8 units in the last place of the operands.
 * That is far below any meaningful metric difference, and keeps the 1e-20 zero-baseline bound intact.
 */
import { ContractError } from '../runtime/errors.js';
import type { Direction } from '../model/metrics/index.js';
import { defaultDirection, type MetricRule } from '../config/mlops-config.js';
import type { MetricStatus, RuleKind, RuleResult } from '../formats/comparison-format.js';

/** MLflow's stand-in for a zero baseline in the relative rule. */
export const ZERO_BASELINE_EPSILON = 1e-20;

const CHANGE_RULES = ['min_absolute_change', 'min_relative_change', 'max_regression'] as const;

/**
 * The direction of a metric: configured, else what a report recorded, else the registry's default
 * for standard names; undefined when nobody says.
 */
export function directionOf(name: string, configured?: Direction, reported?: Direction): Direction | undefined {
  return configured ?? reported ?? defaultDirection(name);
}

/** directionOf, or a ContractError naming where the rule is and how to fix it. */
export function requireDirection(name: string, where: string, configured?: Direction, reported?: Direction): Direction {
  const d = directionOf(name, configured, reported);
  if (d) return d;
  throw new ContractError(`${where}: "${name}" is not a standard metric, so compare cannot tell whether higher or lower is better`, {
    hint: `add direction: higher or direction: lower to the rule for ${name}`,
  });
}

export const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6))));

/** a >= b (or a <= b), inclusive, with a rounding allowance relative to the operands. */
function atLeastAsGood(head: number, bound: number, direction: Direction, scale: number): boolean {
  const slack = 8 * Number.EPSILON * Math.max(Math.abs(head), Math.abs(bound), scale);
  return direction === 'higher' ? head >= bound - slack : head <= bound + slack;
}

export interface RuleInput {
  name: string;
  rule: MetricRule;
  direction: Direction;
  head: number | undefined;
  baseline: number | undefined;
  firstRun: 'pass' | 'fail';
  /** Why there is no baseline value, for messages ("no baseline report", "not in the baseline report"). */
  noBaselineReason?: string;
}

/** Every rule of one metric, in a fixed order: present, threshold, then the change rules. */
export function evaluateRules(input: RuleInput): RuleResult[] {
  const { name, rule, direction, head, baseline, firstRun } = input;
  const severity = rule.severity ?? 'error';
  const ge = direction === 'higher' ? '>=' : '<=';
  const lt = direction === 'higher' ? '<' : '>';
  const out: RuleResult[] = [];
  const result = (kind: RuleKind, value: number | null, bound: number | null, outcome: RuleResult['outcome'], message: string) =>
    out.push({ rule: kind, value, bound, outcome, severity, message });

  if (head === undefined) {
    result('present', null, null, 'fail', `${name} is missing from the head report`);
    if (rule.threshold !== undefined) result('threshold', rule.threshold, null, 'skipped', `${name}: no head value to check`);
    for (const k of CHANGE_RULES) if (rule[k] !== undefined) result(k, rule[k], null, 'skipped', `${name}: no head value to check`);
    return out;
  }
  result('present', null, null, 'pass', `${name} is present`);

  if (rule.threshold !== undefined) {
    const t = rule.threshold;
    const ok = atLeastAsGood(head, t, direction, 0);
    result('threshold', t, t, ok ? 'pass' : 'fail', `${name} ${fmt(head)} ${ok ? ge : lt} threshold ${fmt(t)}`);
  }

  for (const k of CHANGE_RULES) {
    const v = rule[k];
    if (v === undefined) continue;
    if (baseline === undefined) {
      const why = input.noBaselineReason ?? 'no baseline value';
      if (firstRun === 'pass') result(k, v, null, 'skipped', `${name}: ${why}; ${k} not checked (first_run: pass)`);
      else result(k, v, null, 'fail', `${name}: ${why}, and first_run: fail`);
      continue;
    }
    const better = direction === 'higher' ? 1 : -1;
    let bound: number;
    let how: string;
    // What the rounding error of `bound` is relative to: the terms added to compute it.
    let scale = Math.max(Math.abs(baseline), v);
    if (k === 'min_absolute_change') {
      bound = baseline + better * v;
      how = `baseline ${fmt(baseline)} ${better > 0 ? '+' : '−'} ${fmt(v)}`;
    } else if (k === 'min_relative_change') {
      const b = baseline === 0 ? ZERO_BASELINE_EPSILON : baseline;
      bound = b + better * v * Math.abs(b);
      scale = Math.abs(b);
      how = `baseline ${fmt(baseline)} ${better > 0 ? '+' : '−'} ${fmt(v * 100)}%${baseline === 0 ? ' (zero baseline counted as 1e-20)' : ''}`;
    } else {
      bound = baseline - better * v;
      how = `baseline ${fmt(baseline)} ${better > 0 ? '−' : '+'} ${fmt(v)} allowed regression`;
    }
    const ok = atLeastAsGood(head, bound, direction, scale);
    result(k, v, bound, ok ? 'pass' : 'fail', `${name} ${fmt(head)} ${ok ? ge : lt} ${how} = ${fmt(bound)}`);
  }
  return out;
}

/** fail if an error-severity rule failed, warn if only warn-severity ones did, none without rules. */
export function statusOf(results: readonly RuleResult[]): MetricStatus {
  if (results.length === 0) return 'none';
  if (results.some((r) => r.outcome === 'fail' && r.severity === 'error')) return 'fail';
  if (results.some((r) => r.outcome === 'fail')) return 'warn';
  return 'pass';
}
