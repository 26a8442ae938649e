/**
 * compareReports(): an evaluation report (the head) against a baseline report, under one model's
 * gate rules. Pure given parsed inputs; compare-files.ts reads the files. Semantics: docs/compare.md.
 *
 * - Every metric of either report is listed with head, baseline, delta and relative delta; rules
 *   are evaluated for the metrics (and slice columns) the config names (shared/compare/rules.ts).
 * - With per-example data of both reports on the same rows, every registry metric gets a paired
 *   bootstrap CI of its delta, accuracy McNemar's test and binary ROC AUC DeLong's test
 *   (shared/compare/significance.ts), and a label: improvement / regression / within noise.
 * - Verdict: `report-only` when no rule is configured (never a silent pass), else `fail` when an
 *   error-severity rule failed, else `pass`.
 */
import { InputError } from '../runtime/errors.js';
import type { EvaluationReport, MetricValue } from '../formats/evaluation-format.js';
import { DEFAULT_CONFIDENCE, DEFAULT_PAIRED_RESAMPLES, DEFAULT_SEED, METRICS, type MetricName, type Task } from '../model/metrics/index.js';
import type { MetricRule, ModelConfigInput, SignificanceConfig } from '../config/mlops-config.js';
import {
  COMPARISON_SCHEMA,
  type Comparison,
  type MetricComparison,
  type ReportRef,
  type RuleResult,
  type SignificanceTest,
  type SliceComparison,
} from '../formats/comparison-format.js';
import { directionOf, evaluateRules, requireDirection, statusOf } from './rules.js';
import { DEFAULT_ALPHA, deltaLabel, delongTest, mcnemarTest, pairedBootstrapDeltas, type DeltaInterval } from './significance.js';
import { pairedModels, type PairedExamples } from './examples-pairing.js';
import { compareFairness } from './fairness-compare.js';
import { fairnessDeltas } from './fairness-deltas.js';

export interface CompareOptions {
  /** The model's name under `models:` (recorded in the output). */
  model?: string | null;
  /** Where the reports came from (recorded in the output). */
  headFile?: string | null;
  baselineFile?: string | null;
  /** Both reports' per-example rows, paired by id (compare-files.ts reads them). */
  paired?: PairedExamples;
  /** Why `paired` is absent, for the output (default: a generic reason). */
  notTestedReason?: string;
  /** Overrides the config's significance settings. */
  significance?: SignificanceConfig;
}

interface SignificanceData {
  ci: Partial<Record<MetricName, DeltaInterval>>;
  tests: Partial<Record<MetricName, SignificanceTest>>;
}

function refOf(report: EvaluationReport, file: string | null | undefined): ReportRef {
  return {
    file: file ?? null,
    source: report.source,
    task: report.task,
    rows: report.rows,
    dataset_sha256: report.dataset?.sha256 ?? null,
    examples_sha256: report.examples?.sha256 ?? null,
  };
}

const isRegistryMetric = (name: string, task: Task | null): name is MetricName =>
  task !== null && name in METRICS && METRICS[name as MetricName].tasks.includes(task);

function compareMetric(
  name: string,
  head: MetricValue | undefined,
  base: MetricValue | undefined,
  rule: MetricRule | undefined,
  ctx: { where: string; firstRun: 'pass' | 'fail'; noBaselineReason: string; sig?: SignificanceData },
): MetricComparison {
  const reported = head?.direction ?? base?.direction;
  const direction = rule ? requireDirection(name, ctx.where, rule.direction, reported) : (directionOf(name, undefined, reported) ?? null);
  const h = head?.value;
  const b = base?.value;
  const rules: RuleResult[] = rule
    ? evaluateRules({ name, rule, direction: direction!, head: h, baseline: b, firstRun: ctx.firstRun, noBaselineReason: ctx.noBaselineReason })
    : [];
  const delta = h !== undefined && b !== undefined ? h - b : null;
  const ci = ctx.sig?.ci[name as MetricName];
  const deltaCi: [number, number] | null = ci && !Number.isNaN(ci.lower) ? [ci.lower, ci.upper] : null;
  const test = ctx.sig?.tests[name as MetricName] ?? null;
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
    p_value: test?.p_value ?? null,
    test,
    label: deltaLabel(deltaCi, direction),
    rules,
    status: statusOf(rules),
  };
}

/** Names of both metric maps (head order, then baseline-only), plus configured names missing from both. */
function metricNames(head: Record<string, unknown>, base: Record<string, unknown> | undefined, rules: Record<string, unknown> | undefined): string[] {
  const names = new Set(Object.keys(head));
  for (const n of Object.keys(base ?? {})) names.add(n);
  for (const n of Object.keys(rules ?? {})) names.add(n);
  return [...names];
}

function significanceOf(head: EvaluationReport, base: EvaluationReport, paired: PairedExamples, s: Required<SignificanceConfig>): SignificanceData {
  const models = pairedModels(head, base, paired);
  const names = Object.keys(head.metrics).filter((n): n is MetricName => n in base.metrics && isRegistryMetric(n, head.task));
  const ci = pairedBootstrapDeltas(models.head, models.base, names, { resamples: s.resamples, confidence: s.confidence, seed: s.seed });
  const tests: SignificanceData['tests'] = {};
  if (names.includes('accuracy') && models.head.correct && models.base.correct) {
    const t = mcnemarTest(models.head.correct, models.base.correct);
    tests.accuracy = { name: 'mcnemar', method: t.method, statistic: t.statistic, p_value: t.pValue, significant: t.pValue < s.alpha, details: { b: t.b, c: t.c } };
  }
  if (head.task === 'binary' && names.includes('roc_auc') && models.head.score && models.base.score && models.head.positive) {
    const t = delongTest(models.head.positive, models.head.score, models.base.score);
    tests.roc_auc = {
      name: 'delong',
      method: 'fast-delong',
      statistic: t.z,
      p_value: t.pValue,
      significant: t.pValue < s.alpha,
      details: { auc_head: t.aucHead, auc_baseline: t.aucBase, se: t.se, positives: t.positives, negatives: t.negatives },
    };
  }
  return { ci, tests };
}

const sliceKey = (column: string, value: string | null) => JSON.stringify([column, value]);

/** Compares two evaluation reports under one model's rules (undefined: report only). */
export function compareReports(
  head: EvaluationReport,
  baseline: EvaluationReport | undefined,
  config: ModelConfigInput | undefined,
  options: CompareOptions = {},
): Comparison {
  const firstRun = config?.first_run ?? 'pass';
  if (config?.task && head.task && config.task !== head.task) {
    throw new InputError(`the config says task ${config.task} but the head report is a ${head.task} evaluation`, { location: options.headFile ? { file: options.headFile } : undefined, hint: 'fix task under the model in mlops.yaml' });
  }
  const metricRules = config?.metrics ?? {};
  const sliceRules = config?.slices ?? {};
  const configured = Object.keys(metricRules).length > 0 || Object.keys(sliceRules).length > 0 || Object.keys(config?.fairness ?? {}).length > 0;
  const sig = {
    resamples: options.significance?.resamples ?? config?.significance?.resamples ?? DEFAULT_PAIRED_RESAMPLES,
    confidence: options.significance?.confidence ?? config?.significance?.confidence ?? DEFAULT_CONFIDENCE,
    alpha: options.significance?.alpha ?? config?.significance?.alpha ?? DEFAULT_ALPHA,
    seed: options.significance?.seed ?? config?.significance?.seed ?? DEFAULT_SEED,
  };
  const warnings: string[] = [];

  let reason: string | null = null;
  let data: SignificanceData | undefined;
  if (!baseline) reason = 'no baseline';
  else if (sig.resamples === 0) reason = 'significance.resamples is 0';
  else if (!options.paired) reason = options.notTestedReason ?? 'per-example data is missing from the head or the baseline report';
  else data = significanceOf(head, baseline, options.paired, sig);

  const noBaselineReason = baseline ? 'not in the baseline report' : 'no baseline report';
  const metrics = metricNames(head.metrics, baseline?.metrics, metricRules).map((name) =>
    compareMetric(name, head.metrics[name], baseline?.metrics[name], metricRules[name], { where: `rule for metric ${name}`, firstRun, noBaselineReason, sig: data }),
  );

  // Slices: every slice of the head (and of the baseline), rules for the configured columns.
  const slices: SliceComparison[] = [];
  const baseSlices = new Map((baseline?.slices ?? []).map((s) => [sliceKey(s.column, s.value), s] as const));
  const headKeys = new Set<string>();
  for (const s of head.slices) {
    const key = sliceKey(s.column, s.value);
    headKeys.add(key);
    const b = baseSlices.get(key);
    const rule = sliceRules[s.column];
    const tooSmall = rule?.min_size !== undefined && s.rows < rule.min_size ? `${s.rows} rows, fewer than min_size ${rule.min_size}` : null;
    const rules = tooSmall ? undefined : rule?.metrics;
    const noBase = b ? 'not in the baseline slice' : 'slice not in the baseline report';
    const ms = metricNames(s.metrics, b?.metrics, rules).map((name) =>
      compareMetric(name, s.metrics[name], b?.metrics[name], rules?.[name], { where: `rule for metric ${name} of slice column ${s.column}`, firstRun, noBaselineReason: noBase }),
    );
    slices.push({ column: s.column, value: s.value, head_rows: s.rows, baseline_rows: b?.rows ?? null, skipped: tooSmall, metrics: ms, status: statusOf(ms.flatMap((m) => m.rules)) });
  }
  for (const s of head.skipped_slices) {
    headKeys.add(sliceKey(s.column, s.value));
    const b = baseSlices.get(sliceKey(s.column, s.value));
    slices.push({ column: s.column, value: s.value, head_rows: s.rows, baseline_rows: b?.rows ?? null, skipped: `skipped by evaluate: ${s.reason}`, metrics: [], status: 'none' });
  }
  for (const s of baseline?.slices ?? []) {
    if (headKeys.has(sliceKey(s.column, s.value))) continue;
    slices.push({ column: s.column, value: s.value, head_rows: null, baseline_rows: s.rows, skipped: 'only in the baseline report', metrics: [], status: 'none' });
  }
  // A configured slice column the head has no slices on is a failure of the slice rules.
  const missingColumns: string[] = [];
  for (const [column, rule] of Object.entries(sliceRules)) {
    for (const [name, r] of Object.entries(rule.metrics ?? {})) requireDirection(name, `rule for metric ${name} of slice column ${column}`, r.direction);
    if (head.slices.some((s) => s.column === column) || head.skipped_slices.some((s) => s.column === column)) continue;
    missingColumns.push(column);
    const severe = Object.values(rule.metrics ?? {}).some((r) => (r.severity ?? 'error') === 'error');
    slices.push({ column, value: null, head_rows: null, baseline_rows: null, skipped: null, metrics: [], status: severe ? 'fail' : 'warn' });
  }

  // Fairness summaries (evaluate --sensitive) under the fairness: rules (fairness-compare.ts).
  const fairness = compareFairness(
    head,
    baseline,
    config?.fairness,
    firstRun,
    data && baseline && options.paired ? { deltas: fairnessDeltas(head, baseline, options.paired, sig) } : { reason: reason ?? 'not tested' },
  );
  const all = [...metrics.flatMap((m) => m.rules), ...slices.flatMap((s) => s.metrics.flatMap((m) => m.rules)), ...(fairness?.rules ?? [])];
  const failures: string[] = [];
  const describe = (prefix: string, rs: readonly RuleResult[]) => {
    for (const r of rs) if (r.outcome === 'fail') failures.push(`${r.severity === 'warn' ? 'warning: ' : ''}${prefix}${r.message}`);
  };
  for (const m of metrics) describe('', m.rules);
  for (const s of slices) for (const m of s.metrics) describe(`slice ${s.column}=${s.value ?? '(missing)'}: `, m.rules);
  let failed = all.filter((r) => r.outcome === 'fail' && r.severity === 'error').length;
  let warned = all.filter((r) => r.outcome === 'fail' && r.severity === 'warn').length;
  for (const column of missingColumns) {
    const severe = slices.find((s) => s.column === column && s.head_rows === null && s.metrics.length === 0)?.status === 'fail';
    if (severe) failed++;
    else warned++;
    failures.push(`${severe ? '' : 'warning: '}slice column ${column}: the head report has no slices on it (evaluate with --slice ${column})`);
  }
  if (fairness) {
    failures.push(...fairness.failures);
    failed += fairness.missingFailed;
    warned += fairness.missingWarned;
  }
  if (!configured) warnings.push('no gate rules are configured: this comparison reports only');

  return {
    schema: COMPARISON_SCHEMA,
    model: options.model ?? null,
    head: refOf(head, options.headFile),
    baseline: baseline ? refOf(baseline, options.baselineFile) : null,
    verdict: !configured ? 'report-only' : failed > 0 ? 'fail' : 'pass',
    gate: {
      configured,
      first_run: firstRun,
      rules: all.length + missingColumns.length + (fairness ? fairness.missingFailed + fairness.missingWarned : 0),
      failed,
      warned,
      skipped: all.filter((r) => r.outcome === 'skipped').length,
      failures,
    },
    significance: {
      tested: data !== undefined,
      reason,
      paired_rows: data ? options.paired!.rows : null,
      method: 'paired-percentile-bootstrap',
      resamples: sig.resamples,
      confidence: sig.confidence,
      alpha: sig.alpha,
      seed: sig.seed,
      prng: 'xoshiro128** (splitmix32-seeded)',
    },
    metrics,
    slices,
    warnings,
    ...(fairness ? { fairness: fairness.fairness } : {}),
  };
}
