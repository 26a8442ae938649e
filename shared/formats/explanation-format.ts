/**
 * `mlops-actions/explanation@1`: a model's permutation feature importances, as the explain step
 * writes them (shared/steps/explain.ts; the definitions are scikit-learn's
 * `sklearn.inspection.permutation_importance`, see shared/model/permutation-importance.ts).
 * Field by field in docs/explain.md.
 */
import { z } from 'zod';
import { lazySchema, once } from '../runtime/lazy-schema.js';

export const EXPLANATION_SCHEMA = 'mlops-actions/explanation@1';
/** The explanation's name among a published version's release assets (publish-model's `explanation`). */
export const EXPLANATION_ASSET = 'explanation.json';

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format does not pay for it.
const schemas = once(() => {
  const featureImportanceSchema = z.object({
    /** 1-based, by mean importance (largest first), ties by name. */
    rank: z.number().int().positive(),
    feature: z.string(),
    /** Mean over the repeats of (baseline score − score with this feature permuted), signed so larger = more important. */
    importance_mean: z.number(),
    /** Population standard deviation (numpy's default, ddof=0) of the per-repeat importances. */
    importance_std: z.number().nonnegative(),
    /** One importance per repeat, in repeat order. */
    importances: z.array(z.number()),
  });

  const explanationSchema = z.object({
    schema: z.literal(EXPLANATION_SCHEMA),
    method: z.literal('permutation'),
    task: z.enum(['binary', 'multiclass', 'regression']),
    /** Whether the task was given or read from the label and the command's output. */
    task_source: z.enum(['option', 'inferred']),
    metric: z.object({
      name: z.string(),
      direction: z.enum(['higher', 'lower']),
      source: z.enum(['option', 'task']),
      /** The metric on the unpermuted rows. */
      baseline: z.number(),
    }),
    dataset: z.object({
      file: z.string(),
      format: z.enum(['csv', 'jsonl', 'parquet']),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int().nonnegative(),
      /** Data rows in the file. */
      rows: z.number().int().positive(),
      /** Rows explained: all of them, or a seeded sample of max_rows in file order. */
      rows_used: z.number().int().positive(),
      max_rows: z.number().int().positive().nullable(),
    }),
    label: z.string(),
    /** Binary classification: the positive class and the threshold (null when the command writes a prediction). */
    classification: z
      .object({
        classes: z.array(z.union([z.string(), z.number()])),
        pos_label: z.union([z.string(), z.number()]).nullable(),
        threshold: z.number().nullable(),
      })
      .nullable(),
    /** Every column the predict command receives, in the data file's order (all but the label). */
    input_columns: z.array(z.string()),
    repeats: z.number().int().positive(),
    seed: z.number().int(),
    permutation: z.object({
      prng: z.string(),
      /** How each feature's stream is seeded, so another tool can replay the permutations. */
      stream: z.string(),
    }),
    predict: z.object({
      /** The command as given, with its {input} and {output} placeholders. */
      argv: z.array(z.string()),
      /** How many times it was started: ceil(copies / copies_per_call). */
      calls: z.number().int().positive(),
      /** The rows of one call's input file at most: whole copies of the data, at most max_batch_rows. */
      copies_per_call: z.number().int().positive(),
      /** 1 (baseline) + features × repeats. */
      copies: z.number().int().positive(),
      max_batch_rows: z.number().int().positive(),
      /** Which columns of its output were read. */
      output_columns: z.array(z.string()),
    }),
    /** Sorted by rank. */
    features: z.array(featureImportanceSchema),
    warnings: z.array(z.string()),
  });
  /** compare's view of two explanations (comparison@1's `explanations`): each side's top features side by side. */
  const explanationChangeSchema = z.object({
    /** How many of each side's features are shown: the union of both sides' top `top`. */
    top: z.number().int().positive(),
    head: z.object({ file: z.string(), metric: z.string(), direction: z.enum(['higher', 'lower']), rows_used: z.number().int().positive(), repeats: z.number().int().positive() }).nullable(),
    baseline: z.object({ file: z.string(), metric: z.string(), direction: z.enum(['higher', 'lower']), rows_used: z.number().int().positive(), repeats: z.number().int().positive() }).nullable(),
    /** Head's top features by head rank, then the baseline's top features the head ranks lower or lacks. */
    features: z.array(
      z.object({
        feature: z.string(),
        head_rank: z.number().int().positive().nullable(),
        baseline_rank: z.number().int().positive().nullable(),
        head_importance: z.number().nullable(),
        baseline_importance: z.number().nullable(),
      }),
    ),
    /** Why a side is missing or not comparable (another metric), one line each. */
    notes: z.array(z.string()),
  });
  return { featureImportanceSchema, explanationSchema, explanationChangeSchema };
});

export const featureImportanceSchema = lazySchema(() => schemas().featureImportanceSchema);
export const explanationSchema = lazySchema(() => schemas().explanationSchema);
export const explanationChangeSchema = lazySchema(() => schemas().explanationChangeSchema);

export type FeatureImportanceEntry = z.infer<typeof featureImportanceSchema>;
export type Explanation = z.infer<typeof explanationSchema>;
export type ExplanationChange = z.infer<typeof explanationChangeSchema>;
