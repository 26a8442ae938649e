/**
 * The `fairness` section of an evaluation report: for each sensitive column, its groups (missing
 * values are a group of their own, value null), each group's rates, and the across-group summaries
 * with bootstrap CIs. The arithmetic and its sources are in fairness-rates.ts.
 *
 * - Groups with fewer rows than the minimum group size are listed in `skipped_groups` and left out
 *   of every summary: a rate on a handful of rows is mostly noise, and max − min over groups picks
 *   the noisiest one.
 * - Binary: one outcome, the positive class, predicted as evaluate predicts it (the prediction
 *   column, else score > threshold). Multiclass: one outcome per class, one-vs-rest. Regression:
 *   group error metrics and their max gap.
 * - CIs: the rows are resampled as evaluate's metrics are (bootstrap.ts: one stream per resample
 *   from the seed, percentile interval), so one seed gives the same intervals; the groups a summary
 *   spans are fixed on the full data, and a resample on which one of them has no rows for a rate
 *   counts as invalid for that summary (`ci_invalid`) rather than quietly comparing fewer groups.
 */
import type { EvaluationFairness, FairnessColumn, FairnessOutcome, MetricValue, OmittedMetric } from '../formats/evaluation-format.js';
import { bootstrapStatistics, type BootstrapInterval, type Multiplicities } from './metrics/bootstrap.js';
import type { Label } from './metrics/index.js';
import type { BootstrapSettings } from './metric-blocks.js';
import {
  CLASS_STATS,
  CLASSIFICATION_SUMMARIES,
  classificationGroupStats,
  classificationSummary,
  classRate,
  REG_STATS,
  REGRESSION_SUMMARIES,
  regressionError,
  regressionGroupStats,
  regressionSummary,
  SUMMARY_DIRECTION,
  SUMMARY_RATES,
  type BinaryOutcome,
  type ClassRateName,
  type RegressionOutcome,
} from './fairness-rates.js';

/** The four-fifths rule: adverse impact when a group's selection rate is below 80% of the highest. */
export const FOUR_FIFTHS = 0.8;

/** A sensitive column as read: `codes[i]` indexes `values`, −1 where the cell is missing. */
export interface SensitiveColumn {
  column: string;
  values: readonly string[];
  codes: Int32Array;
}

export type FairnessOutcomes =
  | { kind: 'classification'; outcomes: Array<BinaryOutcome & { positiveClass: Label }> }
  | { kind: 'regression'; outcome: RegressionOutcome };

/**
 * A multiclass task's fairness outcomes, one-vs-rest: class c is the positive outcome, with its score
 * column P(c) when the predictions have `proba` (row-major, one value per class). Labels and
 * predictions are class indices; −1 (a class outside `classes`) is no class's positive.
 */
export function oneVsRestOutcomes(classes: readonly Label[], y: Int32Array, pred: Int32Array, proba: Float64Array | undefined): FairnessOutcomes {
  const n = y.length;
  const k = classes.length;
  return {
    kind: 'classification',
    outcomes: classes.map((positiveClass, c) => {
      const yc = new Uint8Array(n);
      const pc = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        yc[i] = y[i] === c ? 1 : 0;
        pc[i] = pred[i] === c ? 1 : 0;
      }
      let score: Float64Array | undefined;
      if (proba) {
        score = new Float64Array(n);
        for (let i = 0; i < n; i++) score[i] = proba[i * k + c]!;
      }
      return { positiveClass, y: yc, pred: pc, score };
    }),
  };
}

export interface FairnessSettings {
  minGroupSize: number;
  boot: BootstrapSettings | null;
}

const RATE_TEXT: Record<ClassRateName, string> = {
  selection_rate: 'selection rate',
  tpr: 'TPR (no positives)',
  fpr: 'FPR (no negatives)',
  fnr: 'FNR (no positives)',
  precision: 'precision (no predicted positives)',
  base_rate: 'observed rate',
  mean_score: 'mean score',
};

/** The groups of a column in report order (natural order, missing last), with dense codes. */
function groupsOf(col: SensitiveColumn): { values: Array<string | null>; codes: Int32Array } {
  const k = col.values.length;
  const n = col.codes.length;
  let missing = false;
  for (let i = 0; i < n && !missing; i++) missing = col.codes[i]! < 0;
  const order = col.values.map((value, code) => ({ code, value: value as string | null }));
  order.sort((a, b) => a.value!.localeCompare(b.value!, 'en', { numeric: true }));
  if (missing) order.push({ code: k, value: null });
  const dense = new Int32Array(k + 1);
  order.forEach((o, i) => (dense[o.code] = i));
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) codes[i] = dense[col.codes[i]! < 0 ? k : col.codes[i]!]!;
  return { values: order.map((o) => o.value), codes };
}

const nullable = (x: number) => (Number.isNaN(x) ? null : x);

function metricValue(value: number, direction: 'higher' | 'lower', ci?: { lower: number; upper: number; invalid: number }): MetricValue {
  const out: MetricValue = { value, direction };
  if (ci && Number.isFinite(ci.lower) && Number.isFinite(ci.upper)) {
    out.ci = [ci.lower, ci.upper];
    if (ci.invalid > 0) out.ci_invalid = ci.invalid;
  }
  return out;
}

export interface Planned {
  /** Finisher key → summary of one outcome. */
  finishers: Record<string, (stats: Float64Array) => number>;
  /** Per outcome: its summaries, in order, with the finisher key of each defined one. */
  outcomes: Array<{ summaries: Array<{ name: string; key?: string; value?: number; reason?: string }> }>;
}

export interface ColumnPlan {
  /** Row i's group (0..groups − 1, report order: natural, missing last). */
  codes: Int32Array;
  groups: number;
  /** Per-group sums of this column's groups, with bootstrap multiplicities. */
  summarize: (w?: Multiplicities) => Float64Array;
  plan: Planned;
  /** The column's report entry, given the CIs (keyed as `plan.finishers`). */
  finish: (cis: Record<string, BootstrapInterval> | undefined) => FairnessColumn;
}

/**
 * One sensitive column's groups, summaries and report entry. `plan.finishers` (keyed
 * `${prefix}${outcome index}:${summary}`) turn `summarize(w)`'s group sums into a summary, over the
 * groups fixed on the full data: fairnessSection bootstraps them, and compare's paired deltas
 * (shared/compare/fairness-deltas.ts) run them for both models on the same resamples.
 */
export function fairnessColumnPlan(outcomes: FairnessOutcomes, col: SensitiveColumn, settings: FairnessSettings, prefix: string): ColumnPlan {
  const { values, codes } = groupsOf(col);
  const g = values.length;
  const sizes = new Uint32Array(g);
  for (let i = 0; i < codes.length; i++) sizes[codes[i]!]++;
  const eligible: number[] = [];
  const skipped: FairnessColumn['skipped_groups'] = [];
  values.forEach((value, i) => {
    if (sizes[i]! >= settings.minGroupSize) eligible.push(i);
    else skipped.push({ value, rows: sizes[i]!, reason: `${sizes[i]} rows, fewer than the minimum group size ${settings.minGroupSize}` });
  });
  const tooFew = `fewer than 2 groups with at least ${settings.minGroupSize} rows`;
  const plan: Planned = { finishers: {}, outcomes: [] };
  const summarize = (w?: Multiplicities): Float64Array =>
    outcomes.kind === 'classification' ? classificationGroupStats(codes, g, outcomes.outcomes, w) : regressionGroupStats(codes, g, outcomes.outcome, w);
  const full = summarize();
  const report: FairnessOutcome[] = [];

  if (outcomes.kind === 'classification') {
    outcomes.outcomes.forEach((o, oi) => {
      const base = oi * g * CLASS_STATS;
      const r = (gi: number, name: ClassRateName) => classRate(full, base + gi * CLASS_STATS, name);
      const spans: Partial<Record<ClassRateName, number[]>> = {};
      for (const rateName of ['selection_rate', 'tpr', 'fpr'] as const) spans[rateName] = eligible.filter((gi) => !Number.isNaN(r(gi, rateName)));
      const summaries: Planned['outcomes'][number]['summaries'] = [];
      for (const name of CLASSIFICATION_SUMMARIES) {
        if (eligible.length < 2) {
          summaries.push({ name, reason: tooFew });
          continue;
        }
        const short = SUMMARY_RATES[name].find((rateName) => spans[rateName]!.length < 2);
        if (short) {
          summaries.push({ name, reason: `fewer than 2 groups have a defined ${RATE_TEXT[short]}` });
          continue;
        }
        const value = classificationSummary(name, full, base, spans);
        if (Number.isNaN(value)) {
          summaries.push({ name, reason: `undefined: 0/0 (${SUMMARY_RATES[name].map((x) => RATE_TEXT[x]).join(' or ')} is 0 in every group)` });
          continue;
        }
        const key = `${prefix}${oi}:${name}`;
        plan.finishers[key] = (stats) => classificationSummary(name, stats, base, spans);
        summaries.push({ name, key, value });
      }
      plan.outcomes.push({ summaries });
      report.push({
        kind: 'classification',
        positive_class: o.positiveClass,
        groups: eligible.map((gi) => {
          const at = base + gi * CLASS_STATS;
          return {
            value: values[gi]!,
            rows: full[at]!,
            positives: full[at + 1]!,
            predicted_positives: full[at + 2]!,
            selection_rate: r(gi, 'selection_rate'),
            tpr: nullable(r(gi, 'tpr')),
            fpr: nullable(r(gi, 'fpr')),
            fnr: nullable(r(gi, 'fnr')),
            precision: nullable(r(gi, 'precision')),
            base_rate: r(gi, 'base_rate'),
            mean_score: o.score ? r(gi, 'mean_score') : null,
          };
        }),
        summaries: {},
        omitted: [],
        four_fifths: null,
      });
    });
  } else {
    const summaries: Planned['outcomes'][number]['summaries'] = [];
    for (const name of REGRESSION_SUMMARIES) {
      if (eligible.length < 2) {
        summaries.push({ name, reason: tooFew });
        continue;
      }
      const key = `${prefix}0:${name}`;
      plan.finishers[key] = (stats) => regressionSummary(name, stats, eligible);
      summaries.push({ name, key, value: regressionSummary(name, full, eligible) });
    }
    plan.outcomes.push({ summaries });
    report.push({
      kind: 'regression',
      groups: eligible.map((gi) => ({
        value: values[gi]!,
        rows: full[gi * REG_STATS]!,
        mae: regressionError(full, gi * REG_STATS, 'mae'),
        rmse: regressionError(full, gi * REG_STATS, 'rmse'),
        mean_error: regressionError(full, gi * REG_STATS, 'mean_error'),
      })),
      summaries: {},
      omitted: [],
    });
  }

  const finish = (cis: Record<string, BootstrapInterval> | undefined): FairnessColumn => {
    plan.outcomes.forEach((p, oi) => {
      const out = report[oi]!;
      const summaries: Record<string, MetricValue> = {};
      const omitted: OmittedMetric[] = [];
      for (const s of p.summaries) {
        if (s.key === undefined) omitted.push({ metric: s.name, reason: s.reason! });
        else summaries[s.name] = metricValue(s.value!, SUMMARY_DIRECTION[s.name as keyof typeof SUMMARY_DIRECTION], cis?.[s.key]);
      }
      out.summaries = summaries;
      out.omitted = omitted;
      if (out.kind === 'classification') {
        const di = summaries.disparate_impact_ratio;
        out.four_fifths = di ? { threshold: FOUR_FIFTHS, ratio: di.value, pass: di.value >= FOUR_FIFTHS } : null;
      }
    });
    return { column: col.column, outcomes: report, skipped_groups: skipped };
  };
  return { codes, groups: g, summarize, plan, finish };
}

/**
 * The report's `fairness` section for these sensitive columns. One bootstrap for all of them: each
 * resample's multiplicities are drawn once and every column's group sums read them (the draw costs
 * about as much as a column's pass over the rows).
 */
export function fairnessSection(outcomes: FairnessOutcomes, columns: readonly SensitiveColumn[], settings: FairnessSettings): EvaluationFairness {
  const parts = columns.map((c, i) => fairnessColumnPlan(outcomes, c, settings, `${i}/`));
  const finishers: Record<string, (stats: Float64Array[]) => number> = {};
  parts.forEach((p, i) => {
    for (const [key, f] of Object.entries(p.plan.finishers)) finishers[key] = (all) => f(all[i]!);
  });
  const rows = columns[0]?.codes.length ?? 0;
  const summarize = (_d: { length: number }, w?: Multiplicities) => parts.map((p) => p.summarize(w));
  const cis = settings.boot && Object.keys(finishers).length > 0 ? bootstrapStatistics(summarize, finishers, { length: rows }, settings.boot) : undefined;
  return { min_group_size: settings.minGroupSize, columns: parts.map((p) => p.finish(cis)) };
}
