/**
 * `mlops-actions/comparison@1`: one evaluation report (the head, usually a PR's model) compared with
 * a baseline report, the gate's rule results and the verdict. Written by the compare step, read by
 * the PR comment / summary renderers and by the check run. Semantics in docs/compare.md.
 *
 * Numbers that cannot exist are null, never NaN: a metric missing on one side has a null value and
 * delta; a relative delta with a zero baseline is null.
 */
import { z } from 'zod';
import { lazySchema, once } from '../runtime/lazy-schema.js';
import { whatChangedSchema } from './what-changed-format.js';
import { explanationChangeSchema } from './explanation-format.js';

export const COMPARISON_SCHEMA = 'mlops-actions/comparison@1';

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = once(() => {
  const interval = z.tuple([z.number(), z.number()]);
  const direction = z.enum(['higher', 'lower']);

  /** `max` / `min` (added within @1): a fairness summary's plain bounds, head <= max / head >= min. */
  const ruleKindSchema = z.enum(['present', 'threshold', 'max', 'min', 'min_absolute_change', 'min_relative_change', 'max_regression']);

  const ruleResultSchema = z.object({
    /** `present`: the head must carry the metric (implied by any rule on it). */
    rule: ruleKindSchema,
    /** The configured value (null for `present`). */
    value: z.number().nullable(),
    /** What the head value was compared with (threshold, or the bound derived from the baseline); null when not evaluated. */
    bound: z.number().nullable(),
    outcome: z.enum(['pass', 'fail', 'skipped']),
    severity: z.enum(['error', 'warn']),
    /** One sentence a reviewer can read: "0.9460 >= 0.9320 + 0.01 = 0.9420". */
    message: z.string(),
  });

  const deltaLabelSchema = z.enum(['improvement', 'regression', 'within_noise', 'not_tested']);

  const significanceTestSchema = z.object({
    name: z.enum(['mcnemar', 'delong']),
    /** mcnemar: `exact-binomial` (b + c < 25) or `chi-square-cc`; delong: `fast-delong`. */
    method: z.string(),
    /** The test statistic: chi-square (McNemar, chi-square form), z (DeLong); null for the exact binomial form. */
    statistic: z.number().nullable(),
    p_value: z.number(),
    /** p_value < alpha. */
    significant: z.boolean(),
    /** mcnemar: { b: head right & baseline wrong, c: head wrong & baseline right }; delong: { se, positives, negatives }. */
    details: z.record(z.string(), z.number()),
  });

  /** Pass/fail of one metric's rules: `fail` if an error-severity rule failed, `warn` if only warn ones did. */
  const statusSchema = z.enum(['pass', 'fail', 'warn', 'none']);

  const metricComparisonSchema = z.object({
    name: z.string(),
    /** Which way is better; null when neither the config, the report nor the registry says. */
    direction: direction.nullable(),
    head: z.number().nullable(),
    baseline: z.number().nullable(),
    /** head − baseline. */
    delta: z.number().nullable(),
    /** (head − baseline) / |baseline|; null for a zero or missing baseline. */
    relative_delta: z.number().nullable(),
    /** The reports' own bootstrap CIs of each value. */
    head_ci: interval.nullable(),
    baseline_ci: interval.nullable(),
    /** Paired bootstrap percentile CI of the delta (same rows in both); null when not tested. */
    delta_ci: interval.nullable(),
    /** Resamples on which the delta was undefined, left out of delta_ci. */
    delta_ci_invalid: z.number().int().nonnegative().nullable(),
    /** p-value of the metric's paired test (McNemar for accuracy, DeLong for binary roc_auc), else null. */
    p_value: z.number().nullable(),
    test: significanceTestSchema.nullable(),
    /** From delta_ci: excludes 0 on the better side → improvement, on the worse side → regression. */
    label: deltaLabelSchema,
    rules: z.array(ruleResultSchema),
    status: statusSchema,
  });

  const sliceComparisonSchema = z.object({
    column: z.string(),
    value: z.string().nullable(),
    head_rows: z.number().int().nonnegative().nullable(),
    baseline_rows: z.number().int().nonnegative().nullable(),
    /** Why the slice's rules were not evaluated (too small, skipped by evaluate); null when they were. */
    skipped: z.string().nullable(),
    metrics: z.array(metricComparisonSchema),
    status: statusSchema,
  });

  /** One sensitive column's fairness summaries (one outcome: binary, one class, or regression), head against baseline. */
  const fairnessComparisonSchema = z.object({
    column: z.string(),
    /** The outcome's positive class (multiclass: the class seen one-vs-rest); null for regression. */
    positive_class: z.union([z.string(), z.number()]).nullable(),
    /** Why the rules were not evaluated (only in the baseline, not in the head); null when they were. */
    skipped: z.string().nullable(),
    /**
     * Each summary as a metric: head, baseline, delta, the reports' CIs, the paired bootstrap CI of
     * the delta and its label (delta_ci null: not paired-tested), rules.
     */
    summaries: z.array(metricComparisonSchema),
    status: statusSchema,
    /**
     * Added within @1 (absent in older comparisons): why the deltas have no paired CI (no baseline,
     * no per-example data, per-example files without this column's values, …); null when tested.
     */
    delta_not_tested: z.string().nullable().optional(),
  });

  const reportRefSchema = z.object({
    /** Path of the report file; null when it was given in memory. */
    file: z.string().nullable(),
    source: z.enum(['predictions', 'import']),
    task: z.enum(['binary', 'multiclass', 'regression']).nullable(),
    rows: z.number().int().nonnegative().nullable(),
    dataset_sha256: z.string().nullable(),
    examples_sha256: z.string().nullable(),
  });

  const comparisonSchema = z.object({
    schema: z.literal(COMPARISON_SCHEMA),
    /** The model name under `models:` in mlops.yaml; null when rules came from elsewhere. */
    model: z.string().nullable(),
    head: reportRefSchema,
    /** Null on a first run (no baseline). */
    baseline: reportRefSchema.nullable(),
    /** `report-only`: no rules were configured, so nothing was gated (never a silent pass). */
    verdict: z.enum(['pass', 'fail', 'report-only']),
    gate: z.object({
      configured: z.boolean(),
      first_run: z.enum(['pass', 'fail']),
      /** Rules evaluated / failed (error severity) / warned (warn severity) / skipped. */
      rules: z.number().int().nonnegative(),
      failed: z.number().int().nonnegative(),
      warned: z.number().int().nonnegative(),
      skipped: z.number().int().nonnegative(),
      /** One line per failed or warned rule: "roc_auc: 0.90 < threshold 0.92". */
      failures: z.array(z.string()),
    }),
    significance: z.object({
      /** Whether paired tests ran; when false, `reason` says why (every label is not_tested). */
      tested: z.boolean(),
      reason: z.string().nullable(),
      /** Rows present in both per-example files. */
      paired_rows: z.number().int().nonnegative().nullable(),
      method: z.literal('paired-percentile-bootstrap'),
      resamples: z.number().int().nonnegative(),
      confidence: z.number().gt(0).lt(1),
      alpha: z.number().gt(0).lt(1),
      seed: z.number().int(),
      prng: z.string(),
    }),
    metrics: z.array(metricComparisonSchema),
    slices: z.array(sliceComparisonSchema),
    warnings: z.array(z.string()),
    /**
     * Added within @1 (absent in comparisons written before it, and when neither side had a run
     * record or a training-data profile): params, data, code and environment, head against baseline.
     */
    what_changed: whatChangedSchema.optional(),
    /**
     * Added within @1 (absent when neither report has a fairness section and no fairness rule is
     * configured): the fairness summaries per sensitive column, head against baseline.
     */
    fairness: z.array(fairnessComparisonSchema).optional(),
    /**
     * Added within @1 (absent when neither side has an explanation): each side's top features by
     * permutation importance (explain's explanation.json beside each report), side by side.
     */
    explanations: explanationChangeSchema.optional(),
  });
  return { reportRefSchema, ruleKindSchema, ruleResultSchema, deltaLabelSchema, significanceTestSchema, statusSchema, metricComparisonSchema, sliceComparisonSchema, fairnessComparisonSchema, comparisonSchema };
});

export const ruleKindSchema = lazySchema(() => schemas().ruleKindSchema);
export const ruleResultSchema = lazySchema(() => schemas().ruleResultSchema);
export const deltaLabelSchema = lazySchema(() => schemas().deltaLabelSchema);
export const significanceTestSchema = lazySchema(() => schemas().significanceTestSchema);
export const statusSchema = lazySchema(() => schemas().statusSchema);
export const metricComparisonSchema = lazySchema(() => schemas().metricComparisonSchema);
export const sliceComparisonSchema = lazySchema(() => schemas().sliceComparisonSchema);
export const fairnessComparisonSchema = lazySchema(() => schemas().fairnessComparisonSchema);
export const comparisonSchema = lazySchema(() => schemas().comparisonSchema);


export type RuleKind = z.infer<typeof ruleKindSchema>;
export type RuleResult = z.infer<typeof ruleResultSchema>;
export type DeltaLabel = z.infer<typeof deltaLabelSchema>;
export type SignificanceTest = z.infer<typeof significanceTestSchema>;
export type MetricStatus = z.infer<typeof statusSchema>;
export type MetricComparison = z.infer<typeof metricComparisonSchema>;
export type SliceComparison = z.infer<typeof sliceComparisonSchema>;
export type FairnessComparison = z.infer<typeof fairnessComparisonSchema>;
export type ReportRef = z.infer<ReturnType<typeof schemas>['reportRefSchema']>;
export type Comparison = z.infer<typeof comparisonSchema>;

/** Where the baseline came from, as the compare step resolved it (raw, unescaped values). */
export type BaselineInfo =
  | { kind: 'file'; file: string }
  | { kind: 'base-branch'; branch: string; workflow: string; runId: number; runNumber?: number; runUrl?: string; artifact: string }
  /** The version a registry alias points to; `url` is its release (GitHub) or folder (file://). */
  | { kind: 'production'; model: string; alias: string; version: string; tag: string; url: string }
  | { kind: 'none'; reason?: string };
