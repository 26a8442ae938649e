/**
 * The validate-data operation: stream a table once, profile it and check it against a contract.
 * One function, three faces (the action, `mlops validate`, the tests).
 *
 * The contract is loaded before any data is read, so a broken contract fails in milliseconds. The
 * profile and the report are written only after the whole file has been read (each atomically), so
 * malformed data never leaves half-written output behind.
 *
 * Large files are split into shards read by worker threads on all cores and merged into the same
 * report and profile (validate-data-shards.ts); the sequential loop below is the reference, and the
 * fallback whenever a sharded run cannot prove it matches.
 */
import { basename } from 'node:path';
import { writeFileAtomic, writeJsonAtomic } from '../runtime/atomic-write.js';
import { loadContract, type Contract } from './contract.js';
import { contractToYaml, inferContract } from './infer-contract.js';
import { openTable } from './open-table.js';
import type { Profile } from './profile-format.js';
import type { TableFormat, TableReader } from './table.js';
import { scanTable } from './scan-table.js';
import { planShards, runShards, type ParallelOptions } from './validate-data-shards.js';
import { reportWithoutContract, type ValidationReport } from './validation-format.js';

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
  /**
   * Shard large files across worker threads (default: on, for CSV/TSV/JSON Lines of 32 MiB or more
   * and Parquet files of 500,000 rows or more); false reads sequentially. Same results either way.
   */
  parallel?: ParallelOptions | false;
}

export interface ValidateDataResult {
  report: ValidationReport;
  profile: Profile;
  profilePath?: string;
  reportPath?: string;
  inferredContractPath?: string;
  /** Set when the file was split: shard count, and why it was read again sequentially, if it was. */
  sharding?: { shards: number; fallback?: string };
}

export async function validateData(options: ValidateDataOptions): Promise<ValidateDataResult> {
  const contract = options.contract === undefined ? undefined : await loadContract(options.contract);
  const reader = await openTable(options.data, { delimiter: options.delimiter, format: options.format });
  const columns = await reader.columns();

  const shardInput = { file: options.data, format: reader.format, delimiter: options.delimiter, columns, contract, contractFile: options.contract, parallel: options.parallel };
  const tasks = await planShards(shardInput);
  if (tasks) {
    const run = await runShards(tasks, { ...shardInput, hasLines: reader.hasLines });
    const sharding = { shards: run.shards, ...('fallback' in run ? { fallback: run.fallback } : {}) };
    if ('merged' in run) return writeOutputs(options, { report: run.merged.report, profile: run.merged.profile, sharding });
    return writeOutputs(options, { ...(await validateSequentially(options, contract, reader, columns)), sharding });
  }
  return writeOutputs(options, await validateSequentially(options, contract, reader, columns));
}

/** The reference: one pass, in this thread. */
async function validateSequentially(options: ValidateDataOptions, contract: Contract | undefined, reader: TableReader, columns: readonly string[]): Promise<ValidateDataResult> {
  const { profile, validator, rows } = await scanTable(reader, { file: options.data, columns, contract, contractFile: options.contract });
  const report =
    validator?.finish() ??
    reportWithoutContract({ file: options.data, format: reader.format, rows, line_kind: reader.hasLines ? 'line' : 'row' });
  return { report, profile };
}

async function writeOutputs(options: ValidateDataOptions, result: ValidateDataResult): Promise<ValidateDataResult> {
  const { profile, report } = result;
  if (options.profileOut) {
    await writeJsonAtomic(options.profileOut, profile);
    result.profilePath = options.profileOut;
  }
  if (options.reportOut) {
    await writeJsonAtomic(options.reportOut, report);
    result.reportPath = options.reportOut;
  }
  if (options.inferContractOut) {
    const header = [
      `Data contract inferred by \`mlops validate --infer-contract\` from ${basename(options.data)} (${profile.rows} rows).`,
      'Review it: ranges and category lists describe this sample, not what the data may be.',
    ].join('\n');
    await writeFileAtomic(options.inferContractOut, contractToYaml(inferContract(profile), header));
    result.inferredContractPath = options.inferContractOut;
  }
  return result;
}
