/**
 * `mlops-actions/profile@1`: what `validate-data` writes about a dataset, and what `mlops profile merge`
 * combines. Defined once here (zod) and documented in docs/formats.md.
 *
 * A profile is a set of mergeable sketches plus the statistics derived from them. Merging two
 * profiles merges the sketches and re-derives the statistics, so the result does not depend on how
 * the data was sharded: counts, min, max and mean are exact; std is exact up to floating-point
 * rounding; quantiles and distinct counts stay within the sketches' stated error.
 */
import { z } from 'zod';
import { lazySchema, once } from '../runtime/lazy-schema.js';
import { COLUMN_TYPES, PROFILE_SCHEMA } from './column-types.js';

// In a module without zod, for code that builds profiles (the shard worker); here for everyone else.
export { COLUMN_TYPES, PROFILE_SCHEMA, type ColumnType } from './column-types.js';

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = once(() => {
  const columnType = z.enum(COLUMN_TYPES as unknown as [string, ...string[]]);

  /** Serialized KLL quantile sketch (see shared/data/sketch/kll.ts): compactors level by level. */
  const kllStateSchema = z.object({
    k: z.number().int().positive(),
    n: z.number().int().nonnegative(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    levels: z.array(z.array(z.number())),
  });

  /**
   * Serialized HyperLogLog (see shared/data/sketch/hll.ts): precision and either base64 registers
   * (dense) or `sparse`, base64 of 4-byte entries (index << 8 | value) of the non-zero registers.
   */
  const hllStateSchema = z
    .object({
      p: z.number().int().min(4).max(18),
      registers: z.string().optional(),
      sparse: z.string().optional(),
    })
    .refine((h) => (h.registers === undefined) !== (h.sparse === undefined), { message: 'an HLL state has either registers or sparse, not both or neither' });

  /** Serialized frequent-items sketch (Misra-Gries with a fixed capacity). */
  const frequentStateSchema = z.object({
    capacity: z.number().int().positive(),
    /** Total weight subtracted by decrements: each count is exact within [count, count + offset]. */
    offset: z.number().nonnegative(),
    items: z.array(z.tuple([z.string(), z.number().nonnegative()])),
  });

  /** Moments for exact merge: n, exact sum as Shewchuk partials (order independent), and M2 (Chan et al.). */
  const momentsStateSchema = z.object({
    n: z.number().int().nonnegative(),
    sum_partials: z.array(z.number()),
    mean: z.number(),
    m2: z.number(),
  });

  const columnProfileSchema = z.object({
    /** The column's type: from the contract when there is one, else the dominant type observed. */
    type: columnType,
    /** Non-missing values. */
    count: z.number().int().nonnegative(),
    /** Missing values (null, absent, or a null token). */
    nulls: z.number().int().nonnegative(),
    /** NaN values (counted in `count`, excluded from numeric statistics). */
    nan: z.number().int().nonnegative(),
    /** +/-Infinity values (counted in `count`, excluded from numeric statistics). */
    inf: z.number().int().nonnegative(),
    /** Non-missing values by the narrowest type each parses as (integer < number; date < timestamp; boolean; string). */
    type_counts: z.object({
      integer: z.number().int().nonnegative(),
      number: z.number().int().nonnegative(),
      boolean: z.number().int().nonnegative(),
      date: z.number().int().nonnegative(),
      timestamp: z.number().int().nonnegative(),
      string: z.number().int().nonnegative(),
    }),
    /** Numeric columns: numbers; date/timestamp columns: ISO 8601 text; string columns: lexicographic. */
    min: z.union([z.number(), z.string()]).nullable(),
    max: z.union([z.number(), z.string()]).nullable(),
    /** Numeric, date and timestamp columns (dates as epoch ms): arithmetic mean and sample std (ddof=1, as pandas). */
    mean: z.number().nullable(),
    std: z.number().nullable(),
    /** Quantile estimates keyed by probability ("0.5"), from the KLL sketch; null when not numeric. */
    quantiles: z.record(z.string(), z.number()).nullable(),
    /** Distinct non-missing values: HyperLogLog estimate, exact while the column has few values. */
    distinct: z.object({ estimate: z.number().nonnegative(), exact: z.boolean() }),
    /** Top 20 values with counts (exact when `frequent_exact`). */
    frequent: z.array(z.object({ value: z.string(), count: z.number().nonnegative() })),
    frequent_exact: z.boolean(),
    /** Numeric/date columns: equal-width bins over [min, max]; counts estimated from the KLL sketch. */
    histogram: z.object({ edges: z.array(z.number()), counts: z.array(z.number()) }).nullable(),
    /** Text length of non-missing values (characters). */
    length: z.object({ min: z.number(), max: z.number(), mean: z.number() }).nullable(),
    sketches: z.object({
      moments: momentsStateSchema,
      kll: kllStateSchema,
      hll: hllStateSchema,
      frequent: frequentStateSchema,
      /** Exact text-length stats and lexicographic min/max, kept for merge. */
      text: z.object({ min_len: z.number().nullable(), max_len: z.number().nullable(), sum_len: z.number(), min: z.string().nullable(), max: z.string().nullable() }),
    }),
  });

  const profileSchema = z.object({
    schema: z.literal(PROFILE_SCHEMA),
    /** Files profiled (several after a merge), as given by the user. */
    sources: z.array(z.object({ file: z.string(), format: z.string(), rows: z.number().int().nonnegative() })),
    rows: z.number().int().nonnegative(),
    /** Column names in file order. */
    column_order: z.array(z.string()),
    columns: z.record(z.string(), columnProfileSchema),
  });
  return { kllStateSchema, hllStateSchema, frequentStateSchema, momentsStateSchema, columnProfileSchema, profileSchema };
});

export const kllStateSchema = lazySchema(() => schemas().kllStateSchema);
export const hllStateSchema = lazySchema(() => schemas().hllStateSchema);
export const frequentStateSchema = lazySchema(() => schemas().frequentStateSchema);
export const momentsStateSchema = lazySchema(() => schemas().momentsStateSchema);
export const columnProfileSchema = lazySchema(() => schemas().columnProfileSchema);
export const profileSchema = lazySchema(() => schemas().profileSchema);


export type KllState = z.infer<typeof kllStateSchema>;
export type HllState = z.infer<typeof hllStateSchema>;
export type FrequentState = z.infer<typeof frequentStateSchema>;
export type MomentsState = z.infer<typeof momentsStateSchema>;
export type ColumnProfile = z.infer<typeof columnProfileSchema>;
export type Profile = z.infer<typeof profileSchema>;
