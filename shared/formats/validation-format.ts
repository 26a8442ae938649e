/**
 * `mlops-actions/validation@1`: the result of checking one data file against a data contract.
 * Defined once here (zod) and documented in docs/formats.md ("Validation report").
 *
 * `findings` lists every rule that had at least one failing row, including rules that still pass
 * because of `mostly`; `counts.rules` counts every rule evaluated. The report `passed` unless a
 * finding with severity "error" did not pass.
 */
import { z } from 'zod';
import { lazySchema, once } from '../runtime/lazy-schema.js';
import { VALIDATION_RULES, VALIDATION_SCHEMA, type ValidationData } from './validation-values.js';

// In a module without zod, for code that writes reports (the shard worker); here for everyone else.
export { reportWithoutContract, VALIDATION_RULES, VALIDATION_SCHEMA, type ValidationData, type ValidationRule } from './validation-values.js';

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = once(() => {
  const validationSampleSchema = z.object({
    /** `data.line_kind` says whether this is the 1-based physical line (CSV, JSON Lines) or row number (Parquet). */
    line: z.number().int().nonnegative(),
    /** The offending value as text (truncated to 200 characters), null for a missing value. */
    value: z.string().nullable(),
    /** The file the line is in, when the data is several files (a file list); absent for one file. */
    file: z.string().optional(),
  });

  const validationFindingSchema = z.object({
    rule: z.enum(VALIDATION_RULES),
    /** The column a column rule is about, or the column a presence rule names. */
    column: z.string().optional(),
    /** The columns of a `unique_together` (table.unique) rule. */
    columns: z.array(z.string()).optional(),
    severity: z.enum(['error', 'warn']),
    /** Rows that failed the rule (for unique rules: every row whose value occurs more than once). */
    failed: z.number().int().nonnegative(),
    /** Rows the rule applies to: all rows for nullable, non-missing values for type, non-missing values of the column type for value rules. */
    total: z.number().int().nonnegative(),
    /** failed / total. */
    fraction: z.number().min(0).max(1),
    mostly: z.number().min(0).max(1),
    /** (1 - fraction) >= mostly. */
    passed: z.boolean(),
    /** Up to 10 failing rows, in file order. */
    samples: z.array(validationSampleSchema),
    /** One line a person can act on: file:line, column, value, rule and the contract entry. */
    message: z.string(),
    /** The contract key that made the rule, e.g. "columns.age.min" or "table.unique[0]". */
    contract_path: z.string(),
  });

  const validationReportSchema = z.object({
    schema: z.literal(VALIDATION_SCHEMA),
    data: z.object({
      file: z.string(),
      format: z.string(),
      rows: z.number().int().nonnegative(),
      /** What sample `line`s are: physical text lines, or row numbers (Parquet). */
      line_kind: z.enum(['line', 'row']),
    }),
    /** The contract checked against; null when the data was only profiled. */
    contract: z.object({ file: z.string() }).nullable(),
    passed: z.boolean(),
    counts: z.object({
      /** Rules evaluated (a rule on a column absent from the data is not evaluated). */
      rules: z.number().int().nonnegative(),
      /** Findings with severity error that did not pass: any one fails the check. */
      failed_errors: z.number().int().nonnegative(),
      /** Findings with severity warn that did not pass. */
      failed_warnings: z.number().int().nonnegative(),
    }),
    findings: z.array(validationFindingSchema),
  });
  return { validationSampleSchema, validationFindingSchema, validationReportSchema };
});

export const validationSampleSchema = lazySchema(() => schemas().validationSampleSchema);
export const validationFindingSchema = lazySchema(() => schemas().validationFindingSchema);
export const validationReportSchema = lazySchema(() => schemas().validationReportSchema);


export type ValidationSample = z.infer<typeof validationSampleSchema>;
export type ValidationFinding = z.infer<typeof validationFindingSchema>;
export type ValidationReport = z.infer<typeof validationReportSchema>;

// validation-values.ts writes `data` out by hand (it has no zod): fails to compile if they differ.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type ValidationDataAgrees = Holds<Same<ValidationData, ValidationReport['data']>>;
