/**
 * The fairness part of a comparison: each sensitive column's summaries (evaluate --sensitive),
 * head against baseline, gated by the model's `fairness:` rules in mlops.yaml with the metric rules'
 * own semantics (rules.ts): `equalized_odds_difference: { max: 0.1, max_regression: 0.02 }`
 * means head ≤ 0.1 and head ≤ baseline + 0.02, since lower is better for a difference; `min` is a
 * lower bound (`disparate_impact_ratio: { min: 0.8 }`), and `threshold` the older name of the bound
 * on the worse side (mlops-config.ts).
 *
 * - Outcomes pair by column and positive class (multiclass: one per class, one-vs-rest); a column's
 *   rules apply to each of its outcomes, as a slice column's rules apply to each of its values.
 * - A configured column the head report has no fairness section on fails (warns, when all its rules
 *   are warn-severity): the gate asked for a check nobody computed.
 * - The delta's paired bootstrap CI and label come from fairness-deltas.ts when both per-example
 *   files carry the column's values; otherwise `delta_ci` is null, the label `not_tested` and
 *   `delta_not_tested` says why. Each side's own bootstrap CI is kept either way.
 */
import type { FairnessRule, FairnessRules } from '../config/mlops-config.js';
import type { EvaluationReport, FairnessOutcome, MetricValue } from '../formats/evaluation-format.js';
import type { FairnessComparison, MetricComparison, RuleResult } from '../formats/comparison-format.js';
import { SUMMARY_DIRECTION } from '../model/fairness-rates.js';
import { evaluateRules, fmt, requireDirection, statusOf } from './rules.js';
import { fairnessOutcomeKey, type FairnessDeltas } from './fairness-deltas.js';
import { deltaLabel, type DeltaInterval } from './significance.js';

export interface FairnessGate {
  fairness: FairnessComparison[];
  /** Every rule result of the fairness summaries (for the gate's counts). */
  rules: RuleResult[];
  /** One line per failed or warned rule, as the gate lists them. */
  failures: string[];
  /** Configured columns the head has no fairness section on: counted as one failed (or warned) rule each. */
  missingFailed: number;
  missingWarned: number;
}

const knownDirection = (name: string) => (Object.hasOwn(SUMMARY_DIRECTION, name) ? SUMMARY_DIRECTION[name as keyof typeof SUMMARY_DIRECTION] : undefined);

/**
 * The plain bounds `max` and `min` (head <= max, head >= min, inclusive with the metric rules'
 * rounding allowance), placed after `present` and `threshold` in the rule results.
 */
function withBounds(name: string, rule: FairnessRule, head: number | undefined, results: RuleResult[]): RuleResult[] {
  const severity = rule.severity ?? 'error';
  const bounds: RuleResult[] = [];
  for (const kind of ['max', 'min'] as const) {
    const v = rule[kind];
    if (v === undefined) continue;
    if (head === undefined) {
      bounds.push({ rule: kind, value: v, bound: null, outcome: 'skipped', severity, message: `${name}: no head value to check` });
      continue;
    }
    const slack = 8 * Number.EPSILON * Math.max(Math.abs(head), Math.abs(v));
    const ok = kind === 'max' ? head <= v + slack : head >= v - slack;
    const op = kind === 'max' ? (ok ? '<=' : '>') : ok ? '>=' : '<';
    bounds.push({ rule: kind, value: v, bound: v, outcome: ok ? 'pass' : 'fail', severity, message: `${name} ${fmt(head)} ${op} ${kind} ${fmt(v)}` });
  }
  if (bounds.length === 0) return results;
  const at = results.filter((r) => r.rule === 'present' || r.rule === 'threshold').length;
  return [...results.slice(0, at), ...bounds, ...results.slice(at)];
}

function compareSummary(
  name: string,
  head: MetricValue | undefined,
  base: MetricValue | undefined,
  rule: FairnessRule | undefined,
  ctx: { where: string; firstRun: 'pass' | 'fail'; noBaselineReason: string; interval?: DeltaInterval },
): MetricComparison {
  const reported = head?.direction ?? base?.direction ?? knownDirection(name);
  const direction = rule ? requireDirection(name, ctx.where, rule.direction, reported) : (reported ?? null);
  const h = head?.value;
  const b = base?.value;
  const rules = rule ? withBounds(name, rule, h, evaluateRules({ name, rule, direction: direction!, head: h, baseline: b, firstRun: ctx.firstRun, noBaselineReason: ctx.noBaselineReason })) : [];
  const delta = h !== undefined && b !== undefined ? h - b : null;
  const ci = delta !== null ? ctx.interval : undefined;
  const deltaCi: [number, number] | null = ci && !Number.isNaN(ci.lower) ? [ci.lower, ci.upper] : null;
  return {
    name,
    direction,
    head: h ?? null,
    baseline: b ?? null,
    delta,
    relative_delta: delta !== null && b !== 0 ? delta / Math.abs(b!) : null,
    head_ci: head?.ci ?? null,
    baseline_ci: base?.ci ?? null,
    delta_ci: deltaCi,
    delta_ci_invalid: ci ? ci.invalid : null,
    p_value: null,
    test: null,
    label: deltaLabel(deltaCi, direction),
    rules,
    status: statusOf(rules),
  };
}

const positiveOf = (o: FairnessOutcome) => (o.kind === 'classification' ? o.positive_class : null);
const outcomeKey = (column: string, o: FairnessOutcome) => JSON.stringify([column, o.kind, positiveOf(o)]);

function names(...maps: Array<Record<string, unknown> | undefined>): string[] {
  const out = new Set<string>();
  for (const m of maps) for (const k of Object.keys(m ?? {})) out.add(k);
  return [...out];
}

/** Paired CIs of the deltas (fairness-deltas.ts), or why there are none for any column. */
export type FairnessPairing = { deltas: FairnessDeltas } | { reason: string };

/** The fairness comparisons and their gate; undefined when neither report nor the rules mention fairness. */
export function compareFairness(
  head: EvaluationReport,
  baseline: EvaluationReport | undefined,
  rules: Record<string, FairnessRules> | undefined,
  firstRun: 'pass' | 'fail',
  pairing: FairnessPairing = { reason: 'no paired per-example data' },
): FairnessGate | undefined {
  const configured = rules ?? {};
  if (!head.fairness && !baseline?.fairness && Object.keys(configured).length === 0) return undefined;
  const rulesOf = (column: string): FairnessRules | undefined => (Object.hasOwn(configured, column) ? configured[column] : undefined);
  const baseOutcomes = new Map<string, FairnessOutcome>();
  for (const c of baseline?.fairness?.columns ?? []) for (const o of c.outcomes) baseOutcomes.set(outcomeKey(c.column, o), o);

  const out: FairnessGate = { fairness: [], rules: [], failures: [], missingFailed: 0, missingWarned: 0 };
  const seen = new Set<string>();
  const headColumns = new Set<string>();
  for (const c of head.fairness?.columns ?? []) {
    headColumns.add(c.column);
    const columnRules = rulesOf(c.column) as Record<string, FairnessRule | undefined> | undefined;
    for (const o of c.outcomes) {
      const key = outcomeKey(c.column, o);
      seen.add(key);
      const b = baseOutcomes.get(key);
      const noBase = b ? 'not in the baseline report' : baseline?.fairness ? 'this fairness outcome is not in the baseline report' : 'the baseline report has no fairness section';
      const cls = c.outcomes.length > 1 && o.kind === 'classification' ? ` (class ${String(o.positive_class)})` : '';
      const intervals = 'deltas' in pairing ? pairing.deltas.intervals.get(fairnessOutcomeKey(c.column, positiveOf(o))) : undefined;
      const summaries = names(o.summaries, b?.summaries, columnRules).map((name) =>
        compareSummary(name, Object.hasOwn(o.summaries, name) ? o.summaries[name] : undefined, b && Object.hasOwn(b.summaries, name) ? b.summaries[name] : undefined, columnRules?.[name], {
          where: `fairness rule for ${name} of sensitive column ${c.column}`,
          firstRun,
          noBaselineReason: noBase,
          interval: intervals?.get(name),
        }),
      );
      const results = summaries.flatMap((m) => m.rules);
      out.rules.push(...results);
      for (const r of results) if (r.outcome === 'fail') out.failures.push(`${r.severity === 'warn' ? 'warning: ' : ''}fairness ${c.column}${cls}: ${r.message}`);
      const notTested = summaries.some((m) => m.delta_ci !== null)
        ? null
        : 'reason' in pairing
          ? pairing.reason
          : (pairing.deltas.notTested.get(c.column) ?? (b ? 'no summary is defined in both reports' : noBase));
      out.fairness.push({ column: c.column, positive_class: positiveOf(o), skipped: null, summaries, status: statusOf(results), delta_not_tested: notTested });
    }
  }
  for (const c of baseline?.fairness?.columns ?? []) {
    for (const o of c.outcomes) {
      if (seen.has(outcomeKey(c.column, o))) continue;
      const summaries = names(o.summaries).map((name) => compareSummary(name, undefined, o.summaries[name], undefined, { where: '', firstRun, noBaselineReason: '' }));
      out.fairness.push({ column: c.column, positive_class: positiveOf(o), skipped: 'only in the baseline report', summaries, status: 'none' });
    }
  }
  for (const [column, r] of Object.entries(configured)) {
    for (const [name, rule] of Object.entries(r as Record<string, FairnessRule | undefined>)) {
      if (rule) requireDirection(name, `fairness rule for ${name} of sensitive column ${column}`, rule.direction, knownDirection(name));
    }
    const defined = Object.values(r as Record<string, FairnessRule | undefined>).filter((x): x is FairnessRule => x !== undefined);
    if (headColumns.has(column) || defined.length === 0) continue;
    const severe = defined.some((x) => (x.severity ?? 'error') === 'error');
    if (severe) out.missingFailed++;
    else out.missingWarned++;
    out.failures.push(`${severe ? '' : 'warning: '}fairness ${column}: the head report has no fairness section on it (evaluate with --sensitive ${column})`);
    out.fairness.push({ column, positive_class: null, skipped: `the head report has no fairness section on this column (evaluate with --sensitive ${column})`, summaries: [], status: severe ? 'fail' : 'warn' });
  }
  return out;
}
