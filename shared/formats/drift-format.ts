/**
 * `mlops-actions/drift@1`: what drift-check (`mlops drift`, actions/drift-check) writes. Defined once
 * here (zod) and documented in docs/formats.md. The retraining PR's body, the job summary and the
 * local forge's files are rendered from it.
 */
import { z } from 'zod';
import { lazySchema, once } from '../runtime/lazy-schema.js';
import { fairnessSchema as evaluationFairnessSchema } from './evaluation-format.js';

export const DRIFT_SCHEMA = 'mlops-actions/drift@1';

/** Statistical tests and distances, by the names Evidently uses. */
export const DRIFT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'] as const;
export type DriftTest = (typeof DRIFT_TESTS)[number];

/** p-value tests drift when p < threshold; distances drift when statistic >= threshold. */
export const P_VALUE_TESTS: ReadonlySet<DriftTest> = new Set(['ks', 'chisquare', 'z']);

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = once(() => {
  const columnDriftSchema = z.object({
    column: z.string(),
    /** How the column was compared: numeric (distribution of numbers) or categorical (counts of values). */
    kind: z.enum(['numeric', 'categorical']),
    test: z.enum(DRIFT_TESTS),
    /** KS D, chi-square X², Z, normed Wasserstein distance, Jensen-Shannon distance, PSI. */
    statistic: z.number(),
    /** For p-value tests (ks, chisquare, z); null for distances. */
    p_value: z.number().nullable(),
    /** p-value tests: drift when p_value < threshold; distances: drift when statistic >= threshold. */
    threshold: z.number(),
    drifted: z.boolean(),
    /** exact: both sides' raw values; sketch: the reference (or current) side came from a profile's sketches. */
    method: z.enum(['exact', 'sketch']),
    /** Why this test: "default: numeric, 1095 reference rows > 1000, 380 values > 5" or "configured". */
    reason: z.string(),
    reference_rows: z.number().int().nonnegative(),
    current_rows: z.number().int().nonnegative(),
  });

  const skippedColumnSchema = z.object({ column: z.string(), reason: z.string() });

  /** A drifted column far past its threshold (shared/drift/column-alarm.ts). */
  const columnAlarmSchema = z.object({
    column: z.string(),
    test: z.enum(DRIFT_TESTS),
    statistic: z.number(),
    p_value: z.number().nullable(),
    threshold: z.number(),
    /** p_value: p below the floor; distance: statistic at or above distance_ratio × threshold. */
    rule: z.enum(['p_value', 'distance']),
    /** The floor (p_value) or the distance that raised the alarm (distance_ratio × threshold). */
    limit: z.number(),
    /** One sentence: "temp_max: Wasserstein distance 0.476 (threshold 0.1): 4.76× the threshold, alarm at 3×". */
    message: z.string(),
  });

  const metricCheckSchema = z.object({
    /** The metric's name as configured (e.g. accuracy, latency_p95). */
    name: z.string(),
    /** Where the value came from: "prometheus: <query>", "http: <url>", "metrics_file: <file> <name>", "evaluation of current data". */
    source: z.string(),
    value: z.number().nullable(),
    /** min: value >= threshold; max: value <= threshold; max_drop: baseline - value <= threshold. */
    rule: z.enum(['min', 'max', 'max_drop']),
    threshold: z.number(),
    /** max_drop: the released model's evaluation value it is measured against. */
    baseline: z.number().nullable(),
    passed: z.boolean(),
    message: z.string(),
  });

  /** One bound on one fairness summary of one sensitive column (drift.models.<model>.fairness.rules). */
  const fairnessRuleCheckSchema = z.object({
    column: z.string(),
    /** Added within @1: task multiclass, the class seen one-vs-rest (a rule is checked on every class); absent otherwise. */
    positive_class: z.union([z.number(), z.string()]).optional(),
    /** The summary as evaluate names it: disparate_impact_ratio, equal_opportunity_difference, … */
    summary: z.string(),
    /** min: value >= threshold; max: value <= threshold. */
    rule: z.enum(['min', 'max']),
    threshold: z.number(),
    /** null when the summary could not be computed (too few labelled rows per group): not checked. */
    value: z.number().nullable(),
    ci: z.tuple([z.number(), z.number()]).nullable(),
    /** null: not checked (does not decide). false: breached (decision degradation). */
    passed: z.boolean().nullable(),
    message: z.string(),
  });

  /** Group fairness on the production rows whose outcome has arrived (shared/drift/fairness-check.ts). */
  const driftFairnessSchema = z.object({
    /** binary: group rates of one positive class; multiclass (added within @1): of every class one-vs-rest; regression: group errors. */
    task: z.enum(['binary', 'multiclass', 'regression']),
    label: z.string(),
    prediction: z.string().nullable(),
    score: z.string().nullable(),
    /** score > threshold is predicted positive; null when a prediction column gives the class (and for regression). */
    threshold: z.number().nullable(),
    /** null when no row had a label yet, and for regression. */
    positive_class: z.union([z.number(), z.string()]).nullable(),
    /** Rows the table sources gave. */
    rows: z.number().int().nonnegative(),
    /** Rows in the summaries: labelled, with a prediction (or score). */
    used: z.number().int().nonnegative(),
    /** Rows left out because their outcome has not arrived (no label). */
    missing_label: z.number().int().nonnegative(),
    /** Labelled rows left out because they have no prediction (or score). */
    missing_prediction: z.number().int().nonnegative(),
    bootstrap: z.object({ resamples: z.number().int(), confidence: z.number(), seed: z.number().int() }).nullable(),
    /** evaluation@1's `fairness` object, as evaluate --sensitive computes it on these rows. */
    section: evaluationFairnessSchema,
    rules: z.array(fairnessRuleCheckSchema),
  });

  const driftReportSchema = z.object({
    schema: z.literal(DRIFT_SCHEMA),
    model: z.string().nullable(),
    /** When the check ran (ISO 8601). */
    created_at: z.string(),
    reference: z.object({
      /** production: the profile in the manifest of the model's alias; profile / data: a file given. */
      kind: z.enum(['production', 'profile', 'data']),
      file: z.string().nullable(),
      /** production: the version and tag the alias pointed to. */
      version: z.string().nullable(),
      tag: z.string().nullable(),
      alias: z.string().nullable(),
      rows: z.number().int().nonnegative(),
      sha256: z.string().nullable(),
    }),
    current: z.object({
      rows: z.number().int().nonnegative(),
      // metrics_file: added within @1 (a source kind readers of older reports never see).
      sources: z.array(z.object({ kind: z.enum(['file', 'http', 'prometheus', 'metrics_file']), name: z.string(), rows: z.number().int().nonnegative().nullable() })),
      /** The data window the sources cover, when known (Prometheus ranges, configured windows). */
      window: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    }),
    data: z.object({
      /** share >= share_threshold (Evidently's dataset drift rule). */
      dataset_drift: z.boolean(),
      /** Drifted columns / tested columns (0 when none were tested). */
      share: z.number().min(0).max(1),
      share_threshold: z.number().min(0).max(1),
      tested: z.number().int().nonnegative(),
      drifted: z.number().int().nonnegative(),
      columns: z.array(columnDriftSchema),
      skipped: z.array(skippedColumnSchema),
      /**
       * Added within @1 (written by every check now; absent in older reports, read as no alarms and
       * fail_on dataset): the column alarms, strongest first, the rules that raised them, and whether
       * they decide (fail_on: column) or only warn (dataset).
       */
      alarms: z.array(columnAlarmSchema).optional(),
      alarm_rules: z.object({ p_value: z.number().min(0).max(1), distance_ratio: z.number().positive() }).optional(),
      fail_on: z.enum(['dataset', 'column']).optional(),
    }),
    metrics: z.array(metricCheckSchema),
    /** ok; drift (dataset drift, or a column alarm with fail_on: column); degradation (a metric rule failed, or a fairness bound was breached); drift_and_degradation. */
    decision: z.enum(['ok', 'drift', 'degradation', 'drift_and_degradation']),
    /** One line per reason, for logs, the PR body and the request file. */
    reasons: z.array(z.string()),
    /**
     * Added within @1 (absent in older reports and when the model has no explanation): the model's
     * permutation importances (explain's explanation.json, from the reference release or given),
     * by which drifted columns are ordered, and the top features among the drifted columns.
     */
    importance: z
      .object({
        /** Where the importances came from: the release's explanation asset (its tag) or a file. */
        source: z.string(),
        metric: z.string(),
        /** A feature ranked this high or higher is a top feature. */
        top: z.number().int().positive(),
        features: z.array(z.object({ feature: z.string(), rank: z.number().int().positive(), importance_mean: z.number() })),
        /** Drifted columns that are top features, by rank. */
        top_drifted: z.array(z.string()),
      })
      .optional(),
    /**
     * Added within @1 (absent in older reports and when drift.models.<model>.fairness is not set):
     * the fairness summaries on production rows and the bounds checked on them.
     */
    fairness: driftFairnessSchema.optional(),
  });
  return { columnDriftSchema, skippedColumnSchema, columnAlarmSchema, metricCheckSchema, fairnessRuleCheckSchema, driftFairnessSchema, driftReportSchema };
});

export const columnDriftSchema = lazySchema(() => schemas().columnDriftSchema);
export const skippedColumnSchema = lazySchema(() => schemas().skippedColumnSchema);
export const columnAlarmSchema = lazySchema(() => schemas().columnAlarmSchema);
export const metricCheckSchema = lazySchema(() => schemas().metricCheckSchema);
export const fairnessRuleCheckSchema = lazySchema(() => schemas().fairnessRuleCheckSchema);
export const driftFairnessSchema = lazySchema(() => schemas().driftFairnessSchema);
export const driftReportSchema = lazySchema(() => schemas().driftReportSchema);


export type ColumnDrift = z.infer<typeof columnDriftSchema>;
export type ColumnAlarm = z.infer<typeof columnAlarmSchema>;
export type MetricCheck = z.infer<typeof metricCheckSchema>;
export type FairnessRuleCheck = z.infer<typeof fairnessRuleCheckSchema>;
export type DriftFairness = z.infer<typeof driftFairnessSchema>;
export type DriftReport = z.infer<typeof driftReportSchema>;
export type DriftDecision = DriftReport['decision'];
