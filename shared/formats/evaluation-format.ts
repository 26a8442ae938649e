/**
 * `mlops-actions/evaluation@1`: one evaluation of one model on one dataset, written by the evaluate
 * step and read by compare, publish-model and drift-check. Defined once here (zod) and documented
 * in docs/formats.md ("Evaluation report").
 *
 * Metrics are keyed by scikit-learn's function name without `_score` (see
 * shared/model/metrics/index.ts). A metric that is undefined on the data (ROC AUC with one class)
 * is never written as null or NaN: it is listed in `omitted` with the reason.
 */
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { lazySchema, once } from '../runtime/lazy-schema.js';

export const EVALUATION_SCHEMA = 'mlops-actions/evaluation@1';

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = once(() => {
  const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
  const label = z.union([z.string(), z.number()]);

  const metricValueSchema = z.object({
    /** The metric on all rows. */
    value: z.number(),
    /** Percentile bootstrap interval [low, high] at `bootstrap.confidence`; absent when not computed. */
    ci: z.tuple([z.number(), z.number()]).optional(),
    /** Resamples on which the metric was undefined (e.g. one class drawn) and were left out of the CI. */
    ci_invalid: z.number().int().nonnegative().optional(),
    /** Which way is better (registry metrics only); the compare step's default. */
    direction: z.enum(['higher', 'lower']).optional(),
  });

  const omittedMetricSchema = z.object({ metric: z.string(), reason: z.string() });

  const confusionMatrixSchema = z.object({
    /** Row and column labels, sorted as scikit-learn's unique_labels (numbers ascending, strings by code unit). */
    labels: z.array(label),
    /** counts[i][j]: rows with true label labels[i] predicted as labels[j]. */
    counts: z.array(z.array(z.number().int().nonnegative())),
  });

  const sliceSchema = z.object({
    column: z.string(),
    /** The slice's value as text; null for rows where the column is missing. */
    value: z.string().nullable(),
    rows: z.number().int().nonnegative(),
    metrics: z.record(z.string(), metricValueSchema),
    omitted: z.array(omittedMetricSchema),
    confusion_matrix: confusionMatrixSchema.nullable(),
  });

  const skippedSliceSchema = z.object({
    column: z.string(),
    value: z.string().nullable(),
    rows: z.number().int().nonnegative(),
    reason: z.string(),
  });

  // Fairness (evaluate --sensitive): docs/evaluate.md "Fairness", docs/formats.md. Optional and
  // absent unless asked for, so reports without it are unchanged and older readers ignore it.
  const count = z.number().int().nonnegative();
  const rate = z.number();
  const fairnessClassGroupSchema = z.object({
    /** The group's value as text; null for rows where the column is missing. */
    value: z.string().nullable(),
    rows: count,
    /** Rows whose true label is the positive class (one-vs-rest class). */
    positives: count,
    predicted_positives: count,
    selection_rate: rate,
    /** null where undefined: TPR/FNR without positives, FPR without negatives, precision without predicted positives. */
    tpr: rate.nullable(),
    fpr: rate.nullable(),
    fnr: rate.nullable(),
    precision: rate.nullable(),
    /** Observed positive rate; calibration compares it with mean_score. */
    base_rate: rate,
    /** Mean P(positive class); null without score columns. */
    mean_score: rate.nullable(),
  });
  const fairnessRegressionGroupSchema = z.object({
    value: z.string().nullable(),
    rows: count,
    mae: z.number(),
    rmse: z.number(),
    /** Mean of prediction − target (> 0: over-predicts). */
    mean_error: z.number(),
  });
  const fairnessOutcomeSchema = z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('classification'),
      /** Binary: the positive class; multiclass: the class seen one-vs-rest. */
      positive_class: label,
      /** Groups with at least min_group_size rows, in natural order, missing last. */
      groups: z.array(fairnessClassGroupSchema),
      /** Across-group summaries (Fairlearn's definitions), with bootstrap CIs. */
      summaries: z.record(z.string(), metricValueSchema),
      omitted: z.array(omittedMetricSchema),
      /** The four-fifths rule on disparate_impact_ratio; null when the ratio is undefined. */
      four_fifths: z.object({ threshold: z.number(), ratio: z.number(), pass: z.boolean() }).nullable(),
    }),
    z.object({
      kind: z.literal('regression'),
      groups: z.array(fairnessRegressionGroupSchema),
      summaries: z.record(z.string(), metricValueSchema),
      omitted: z.array(omittedMetricSchema),
    }),
  ]);
  const fairnessColumnSchema = z.object({
    column: z.string(),
    outcomes: z.array(fairnessOutcomeSchema),
    /** Groups smaller than min_group_size: listed with their size, left out of groups and summaries. */
    skipped_groups: z.array(z.object({ value: z.string().nullable(), rows: count, reason: z.string() })),
  });
  const fairnessSchema = z.object({
    min_group_size: count,
    columns: z.array(fairnessColumnSchema),
  });

  const evaluationReportSchema = z.object({
    schema: z.literal(EVALUATION_SCHEMA),
    /** `predictions`: computed here from a predictions file; `import`: metrics another tool wrote. */
    source: z.enum(['predictions', 'import']),
    task: z.enum(['binary', 'multiclass', 'regression']).nullable(),
    /** Rows evaluated (null for imported metrics). */
    rows: z.number().int().nonnegative().nullable(),
    /** The predictions file; null for imported metrics. */
    dataset: z
      .object({ file: z.string(), format: z.string(), sha256, bytes: z.number().int().nonnegative() })
      .nullable(),
    /** `--model` files, each with its SHA-256, in the order given. */
    models: z.array(z.object({ file: z.string(), sha256, bytes: z.number().int().nonnegative() })),
    /** The columns read; null for imported metrics. */
    columns: z
      .object({
        label: z.string(),
        prediction: z.string().nullable(),
        /** Score columns; `classes[i]` is the class of `score[i]` (binary with one column: P(positive)). */
        score: z.array(z.string()),
        score_classes: z.array(label).nullable(),
        id: z.string().nullable(),
        slices: z.array(z.string()),
      })
      .nullable(),
    /** Classification settings; null for regression and imports. */
    classification: z
      .object({
        /** All classes, sorted as scikit-learn sorts labels. */
        classes: z.array(label),
        pos_label: label.nullable(),
        /** Binary: predicted positive iff score > threshold (when no prediction column is given). */
        threshold: z.number().nullable(),
        /** Where the predicted labels came from. */
        predicted_from: z.enum(['prediction', 'threshold', 'argmax']),
        ece_bins: z.number().int().positive(),
      })
      .nullable(),
    bootstrap: z
      .object({
        method: z.literal('percentile'),
        /** What is resampled: rows with replacement (ordinary nonparametric bootstrap). */
        unit: z.literal('row'),
        resamples: z.number().int().positive(),
        confidence: z.number().gt(0).lt(1),
        seed: z.number().int(),
        prng: z.string(),
      })
      .nullable(),
    metrics: z.record(z.string(), metricValueSchema),
    omitted: z.array(omittedMetricSchema),
    confusion_matrix: confusionMatrixSchema.nullable(),
    slices: z.array(sliceSchema),
    skipped_slices: z.array(skippedSliceSchema),
    min_slice_size: z.number().int().nonnegative().nullable(),
    /** Per-example data for paired tests in compare; null when not written. */
    examples: z
      .object({
        /** Path relative to the report's folder. */
        file: z.string(),
        format: z.literal('jsonl.gz'),
        sha256,
        rows: z.number().int().nonnegative(),
        /** The id column pairing rows across reports; null = the 0-based row index. */
        id_column: z.string().nullable(),
      })
      .nullable(),
    /** Imported metrics: which tool wrote them and where. */
    imported: z
      .object({ kind: z.string(), path: z.string(), details: z.record(z.string(), z.unknown()).optional() })
      .nullable(),
    warnings: z.array(z.string()),
    /** Group fairness by sensitive column (evaluate --sensitive); absent when none was asked for. */
    fairness: fairnessSchema.optional(),
  });
  return { metricValueSchema, omittedMetricSchema, confusionMatrixSchema, sliceSchema, skippedSliceSchema, fairnessSchema, evaluationReportSchema };
});

export const metricValueSchema = lazySchema(() => schemas().metricValueSchema);
export const omittedMetricSchema = lazySchema(() => schemas().omittedMetricSchema);
export const confusionMatrixSchema = lazySchema(() => schemas().confusionMatrixSchema);
export const sliceSchema = lazySchema(() => schemas().sliceSchema);
export const skippedSliceSchema = lazySchema(() => schemas().skippedSliceSchema);
export const fairnessSchema = lazySchema(() => schemas().fairnessSchema);
export const evaluationReportSchema = lazySchema(() => schemas().evaluationReportSchema);


export type MetricValue = z.infer<typeof metricValueSchema>;
export type OmittedMetric = z.infer<typeof omittedMetricSchema>;
export type EvaluationConfusionMatrix = z.infer<typeof confusionMatrixSchema>;
export type EvaluationSlice = z.infer<typeof sliceSchema>;
export type SkippedSlice = z.infer<typeof skippedSliceSchema>;
export type EvaluationReport = z.infer<typeof evaluationReportSchema>;
export type EvaluationFairness = z.infer<typeof fairnessSchema>;
export type FairnessColumn = EvaluationFairness['columns'][number];
export type FairnessOutcome = FairnessColumn['outcomes'][number];

/** The folder a report's relative `examples.file` is resolved against. */
export function examplesFileOf(reportPath: string, report: EvaluationReport): string | undefined {
  return report.examples ? join(dirname(reportPath), report.examples.file) : undefined;
}
