/**
 * What code that writes a `mlops-actions/validation@1` report needs at run time (the schema name,
 * the rule names, the report of unchecked data), without the format's zod schema
 * (validation-format.ts, which re-exports these and whose types the report must match).
 *
 * Why apart: the validate-data shard worker builds findings but never parses a report, so it
 * loads these and not zod (~350 KB of its bundle; issue 18).
 */

// `as const`: the literal type survives in reportWithoutContract's object, as the schema requires.
export const VALIDATION_SCHEMA = 'mlops-actions/validation@1' as const;

/** The rules a finding can be about; table rules are named for their contract key. */
export const VALIDATION_RULES = [
  'required_columns',
  'unexpected_columns',
  'rows.min',
  'rows.max',
  'unique_together',
  'type',
  'nullable',
  'min',
  'max',
  'allowed',
  'pattern',
  'unique',
  'min_length',
  'max_length',
] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];

/** A report's `data`: the file checked. Written out here (not inferred from the schema) so this module needs no zod; validation-format.ts checks that the two agree. */
export interface ValidationData {
  file: string;
  format: string;
  rows: number;
  line_kind: 'line' | 'row';
}

/** The report for data checked against no contract (only profiled): passes, no rules. */
export function reportWithoutContract(data: ValidationData) {
  return {
    schema: VALIDATION_SCHEMA,
    data,
    contract: null,
    passed: true,
    counts: { rules: 0, failed_errors: 0, failed_warnings: 0 },
    findings: [] as never[],
  };
}
