/**
 * `mlops-actions/shard@1`: what one matrix job of a sharded validation (`shard: i/n`) records next
 * to its profile, so that a fan-in job can rebuild the one-job run's report and profile exactly.
 *
 * It travels inside the shard's profile file, as the top-level key `shard` of an ordinary
 * `mlops-actions/profile@1` document: one artifact per shard, `mlops profile merge` still reads it
 * (and drops the key), and `validate-data` with `profiles:` reads it back (shard-merge.ts).
 * Documented in docs/scale-out.md.
 *
 * Row-level results are the validator's tallies for the shard's rows (Validator.exportState): exact
 * failure counts per rule and the first samples, with sample lines counted from the start of the
 * part (text shards after the first) or absolute (Parquet rows, whole files). The fan-in adds the
 * lines of the parts before, as the worker-thread merge does (validate-data-shards.ts).
 */
import { z } from 'zod';
import { lazySchema, once } from '../runtime/lazy-schema.js';
import { profileSchema } from './profile-format.js';
import { validationSampleSchema } from './validation-format.js';

export const SHARD_SCHEMA = 'mlops-actions/shard@1';

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = once(() => {
  const tallyStateSchema = z.object({
    failed: z.number().int().nonnegative(),
    samples: z.array(validationSampleSchema),
  });

  /** Validator.exportState() as data (validate.ts, ValidatorState). */
  const validatorStateSchema = z.object({
    rows: z.number().int().nonnegative(),
    columns: z.array(z.string()),
    checkers: z.array(
      z.object({
        rows: z.number().int().nonnegative(),
        nonMissing: z.number().int().nonnegative(),
        typeFailed: z.number().int().nonnegative(),
        present: z.boolean(),
        tallies: z.array(tallyStateSchema),
      }),
    ),
    compoundTotals: z.array(z.number().int().nonnegative()).optional(),
  });

  const range = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

  /** One contiguous piece of one file that the shard read: a byte range, row groups, or the whole file. */
  const shardPartSchema = z.object({
    file: z.string(),
    /** Text formats: bytes [start, end) of the file; null when the part is the whole file. */
    bytes: range.nullable(),
    /** Parquet: row groups [start, end); null when the part is the whole file. */
    row_groups: range.nullable(),
    rows: z.number().int().nonnegative(),
    /** Text formats: the physical lines the part spans (the next part's line 1 is this + 1 of the file). */
    lines: z.number().int().nonnegative(),
    /** Columns in order of first appearance in this part (its profile's column order). */
    column_order: z.array(z.string()),
    /** The validator's tallies for this part's rows; null when there was no contract. */
    validation: validatorStateSchema.nullable(),
    /**
     * With unique rules: the file (next to the profile) holding every key of every unique rule of this
     * part, and how many it holds (unique-keys.ts); null without unique rules.
     */
    unique_keys: z.object({ file: z.string(), records: z.number().int().nonnegative() }).nullable(),
  });

  const shardSectionSchema = z.object({
    schema: z.literal(SHARD_SCHEMA),
    /** 1-based shard number and the number of shards (`shard: 2/8`). */
    index: z.number().int().positive(),
    count: z.number().int().positive(),
    /** The data as the report names it: the file, or the glob / list of a file list. */
    data: z.string(),
    format: z.string(),
    line_kind: z.enum(['line', 'row']),
    /**
     * Every file of the data in order with its size in bytes, as this job saw it: all shards must
     * agree, so that the fan-in knows the shards cut the same bytes.
     */
    files: z.array(z.object({ file: z.string(), bytes: z.number().int().nonnegative() })),
    /** How the data was split: a file's bytes or row groups (one file), or every n-th file (a list). */
    split: z.enum(['bytes', 'row-groups', 'files']),
    /** The contract checked, by file and SHA-256 of its bytes; null when the shard was only profiled. */
    contract: z.object({ file: z.string(), sha256: z.string() }).nullable(),
    /** What the shard read, in data order. */
    parts: z.array(shardPartSchema),
  });

  /** A shard's profile file: a profile@1 document with the `shard` section. */
  const shardProfileSchema = profileSchema.extend({ shard: shardSectionSchema });
  return { validatorStateSchema, shardPartSchema, shardSectionSchema, shardProfileSchema };
});

export const validatorStateSchema = lazySchema(() => schemas().validatorStateSchema);
export const shardPartSchema = lazySchema(() => schemas().shardPartSchema);
export const shardSectionSchema = lazySchema(() => schemas().shardSectionSchema);
export const shardProfileSchema = lazySchema(() => schemas().shardProfileSchema);


export type ShardPart = z.infer<typeof shardPartSchema>;
export type ShardSection = z.infer<typeof shardSectionSchema>;
export type ShardProfile = z.infer<typeof shardProfileSchema>;
