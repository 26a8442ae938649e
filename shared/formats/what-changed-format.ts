/**
 * The "What changed" part of `mlops-actions/comparison@1` (`what_changed`, added within @1: readers
 * of older comparisons find it absent): why the metrics may have moved, from the head's and the
 * baseline's run records (`mlops-actions/run@1`, params, command, input digests, environment) and
 * training-data profiles (`mlops-actions/profile@1`). Built by shared/compare/what-changed.ts,
 * rendered by shared/report/what-changed-section.ts, documented in docs/compare.md ("What changed").
 *
 * Values a person wrote (params, paths, column names) are data: stored as strings and escaped when
 * rendered. A long param value is kept shortened, with the SHA-256 of the whole value.
 */
import { z } from 'zod';
import { lazySchema, once } from '../runtime/lazy-schema.js';
import { columnDriftSchema } from './drift-format.js';

const schemas = once(() => {
  /** A param value as JSON text; `sha256` (of the whole JSON text) when `value` was shortened. */
  const paramValue = z.object({ value: z.string(), sha256: z.string().optional() });
  const paramsDiffSchema = z.object({
    /** Nested keys flattened with dots (`featurize.max_features`), sorted. */
    added: z.array(z.object({ key: z.string(), to: paramValue })),
    removed: z.array(z.object({ key: z.string(), from: paramValue })),
    changed: z.array(z.object({ key: z.string(), from: paramValue, to: paramValue })),
    unchanged: z.number().int().nonnegative(),
    /** Differences beyond the first MAX_LISTED_PARAMS of each kind: counted, not listed. */
    not_listed: z.number().int().nonnegative(),
    /** The training seed, when it differs. */
    seed: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  });

  const dataInputSchema = z.object({
    /** The file as the profile names it. */
    path: z.string(),
    /** Rows in the baseline's / head's training data (null: not in that side's data). */
    rows_from: z.number().int().nonnegative().nullable(),
    rows_to: z.number().int().nonnegative().nullable(),
    /** SHA-256 from the side's run record inputs; null when the run record does not list the file. */
    sha256_from: z.string().nullable(),
    sha256_to: z.string().nullable(),
  });

  const dataDiffSchema = z.object({
    rows: z.object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() }),
    inputs: z.array(dataInputSchema),
    columns_added: z.array(z.string()),
    columns_removed: z.array(z.string()),
    /** Columns whose distribution moved (the drift step's test and threshold on the two profiles), strongest first. */
    moved: z.array(columnDriftSchema),
    /** Columns tested that did not move. */
    unmoved: z.number().int().nonnegative(),
    /** Columns not tested, with why (time columns, no values, ignored in the drift settings). */
    skipped: z.array(z.object({ column: z.string(), reason: z.string() })),
  });

  const fileChangeSchema = z.object({
    path: z.string(),
    change: z.enum(['changed', 'added', 'removed']),
    sha256_from: z.string().nullable(),
    sha256_to: z.string().nullable(),
  });

  const codeDiffSchema = z.object({
    /** The training command as a person would type it, when it differs. */
    command: z.object({ from: z.string(), to: z.string() }).nullable(),
    /** Declared inputs (other than the training data above) whose digests differ, were added or removed. */
    files: z.array(fileChangeSchema),
    unchanged_files: z.number().int().nonnegative(),
    /** Runtime differences: platform, arch, node, python, runner image, each lockfile's digest. */
    environment: z.array(z.object({ what: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
  });

  const sideFilesSchema = z.object({ run: z.string().nullable(), profile: z.string().nullable() });

  const whatChangedSchema = z.object({
    /** The records read for each side (paths as given or found beside the evaluation report). */
    head: sideFilesSchema,
    baseline: sideFilesSchema,
    /**
     * `nothing`: params, data, code and environment are all the same; `code-only`: only declared
     * input files other than the data changed; `changed`: anything else; `unknown`: a side lacks
     * both records, so nothing could be compared.
     */
    summary: z.enum(['nothing', 'code-only', 'changed', 'unknown']),
    /** Null when either side lacks its run record. */
    params: paramsDiffSchema.nullable(),
    /** Null when either side lacks its training-data profile. */
    data: dataDiffSchema.nullable(),
    /** Null when either side lacks its run record. */
    code: codeDiffSchema.nullable(),
    /** What could not be compared and why, one sentence each. */
    notes: z.array(z.string()),
  });
  return { paramsDiffSchema, dataDiffSchema, codeDiffSchema, fileChangeSchema, whatChangedSchema };
});

export const paramsDiffSchema = lazySchema(() => schemas().paramsDiffSchema);
export const dataDiffSchema = lazySchema(() => schemas().dataDiffSchema);
export const codeDiffSchema = lazySchema(() => schemas().codeDiffSchema);
export const fileChangeSchema = lazySchema(() => schemas().fileChangeSchema);
export const whatChangedSchema = lazySchema(() => schemas().whatChangedSchema);

export type ParamsDiff = z.infer<typeof paramsDiffSchema>;
export type ParamValue = ParamsDiff['changed'][number]['from'];
export type DataDiff = z.infer<typeof dataDiffSchema>;
export type CodeDiff = z.infer<typeof codeDiffSchema>;
export type FileChange = z.infer<typeof fileChangeSchema>;
export type WhatChanged = z.infer<typeof whatChangedSchema>;
