/**
 * The validate-data operation: stream a table once, profile it and check it against a contract.
 * One function, three faces (action, CLI, tests).
 *
 * NOTE: signature fixed for the faces; the body is assembled from readers, profile and validation.
 */
import type { TableFormat } from './table.js';
import type { Profile } from './profile-format.js';

export interface ValidateDataOptions {
  /** Data file (CSV, TSV, JSON Lines, Parquet; optionally .gz for text formats). */
  data: string;
  /** Contract YAML; without one, the data is only profiled (and the report says so). */
  contract?: string;
  /** Where to write the profile JSON (atomically). */
  profileOut?: string;
  /** Where to write the validation report JSON (atomically). */
  reportOut?: string;
  /** Where to write a contract inferred from the data (YAML). */
  inferContractOut?: string;
  delimiter?: string;
  format?: TableFormat;
}

export interface ValidateDataResult {
  /** `mlops-actions/validation@1` report. */
  report: unknown;
  profile: Profile;
  profilePath?: string;
  reportPath?: string;
  inferredContractPath?: string;
}

export async function validateData(_options: ValidateDataOptions): Promise<ValidateDataResult> {
  throw new Error('validateData: not assembled yet');
}
