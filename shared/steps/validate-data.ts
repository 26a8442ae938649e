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
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { writeFileAtomic, writeJsonAtomic } from '../runtime/atomic-write.js';
import { writeProfileFile } from '../data/profile-write.js';
import type { Contract } from '../data/contract.js';
import { openTable } from '../data/open-table.js';
import type { Profile } from '../formats/profile-format.js';
import { RESERVED_COLUMN } from '../data/profile.js';
import { InputError } from '../runtime/errors.js';
import type { TableFormat, TableReader } from '../data/table.js';
import { scanTable } from '../data/scan-table.js';
import { planShards, runShards, type ParallelOptions } from '../data/validate-data-shards.js';
import { releaseShardWorkers, warmShardWorkers } from '../data/shard-workers.js';
import { reportWithoutContract, type ValidationReport } from '../formats/validation-format.js';
import { expandFileList } from '../data/file-list.js';

export interface ValidateDataOptions {
  /**
   * Data file (CSV, TSV, JSON Lines, Parquet; optionally .gz for text formats), or a file list: a
   * glob or one file or glob per line, read as one table in list order (shard-plan.ts).
   */
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
   * Spread large files over worker threads (default: on, for CSV/TSV/JSON Lines of 32 MiB or more:
   * by rows up to MAX_ROW_SHARD_COLUMNS columns, by columns above for CSV/TSV; Parquet only with
   * `minRows`); false reads sequentially. Same results either way.
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
  // A large CSV's shard workers load while the contract and the header are read (shard-workers.ts;
  // the CLI starts them even before it loads this step).
  if (options.parallel === undefined) warmShardWorkers(options.data, options.format);
  try {
    return await validateOneOrMany(options);
  } finally {
    releaseShardWorkers();
  }
}

async function validateOneOrMany(options: ValidateDataOptions): Promise<ValidateDataResult> {
  // The contract's module (its zod schemas and the YAML parser) and the contract inferrer
  // are imported by the runs that use them: a run that only profiles does not compile them (issue 18).
  const contract = options.contract === undefined ? undefined : await (await import('../data/contract.js')).loadContract(options.contract);
  const files = await expandFileList(options.data);
  if (files.length > 1) return writeOutputs(options, await validateFileList(options, contract, files));
  const data = files[0];
  // scanTable is done with each batch when it asks for the next (reuseBuffers).
  const reader = await openTable(data, { delimiter: options.delimiter, format: options.format, reuseBuffers: true });
  const columns = await reader.columns();
  // Said here with the file and its header line; the profiler refuses the name too (a JSON Lines
  // key first seen further down), but without knowing where.
  if (columns.includes(RESERVED_COLUMN)) {
    throw new InputError(`a column named "${RESERVED_COLUMN}" cannot be profiled (JavaScript reserves the name for an object's prototype, so the profile could not keep it)`, {
      location: reader.hasLines ? { file: data, line: 1 } : { file: data },
      hint: 'rename the column',
    });
  }

  const shardInput = { file: data, format: reader.format, delimiter: options.delimiter, columns, contract, contractFile: options.contract, parallel: options.parallel };
  const tasks = await planShards(shardInput);
  if (tasks) {
    const run = await runShards(tasks, { ...shardInput, hasLines: reader.hasLines });
    const sharding = { shards: run.shards, ...('fallback' in run ? { fallback: run.fallback } : {}) };
    if ('merged' in run) return writeOutputs(options, { report: run.merged.report, profile: run.merged.profile, sharding });
    return writeOutputs(options, { ...(await validateSequentially(data, options, contract, reader, columns)), sharding });
  }
  return writeOutputs(options, await validateSequentially(data, options, contract, reader, columns));
}

/** The reference: one pass, in this thread. */
async function validateSequentially(data: string, options: ValidateDataOptions, contract: Contract | undefined, reader: TableReader, columns: readonly string[]): Promise<ValidateDataResult> {
  const { profile, validator, rows } = await scanTable(reader, { file: data, columns, contract, contractFile: options.contract });
  const report =
    validator?.finish() ??
    reportWithoutContract({ file: data, format: reader.format, rows, line_kind: reader.hasLines ? 'line' : 'row' });
  return { report, profile };
}

/**
 * Several files as one table: each file read whole, in list order, and merged as the fan-in of a
 * sharded validation merges its shards (one shard of all files), so a file list gives the same
 * report and profile whether one job reads it or a matrix of jobs does.
 */
async function validateFileList(options: ValidateDataOptions, contract: Contract | undefined, files: string[]): Promise<ValidateDataResult> {
  // Unique rules' keys go through files, as a shard's do; these live only as long as this run.
  // Loaded on demand: a single file (the common case, and the action's cold start) never needs them.
  const { scanShard } = await import('../data/scan-shard.js');
  const { mergeShardProfiles } = await import('../data/shard-merge.js');
  const dir = await mkdtemp(join(tmpdir(), 'mlops-file-list-'));
  try {
    const keyFile = (part: number) => ({ path: join(dir, `keys-${part}.jsonl.gz`), name: `keys-${part}.jsonl.gz` });
    const shard = await scanShard({ data: options.data, files, shard: { index: 1, count: 1 }, contract, contractFile: options.contract, delimiter: options.delimiter, format: options.format, keyFile });
    const { report, profile } = await mergeShardProfiles([{ file: options.data, profile: shard, dir }], contract && options.contract ? { contract, file: options.contract } : undefined);
    return { report, profile };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function writeOutputs(options: ValidateDataOptions, result: ValidateDataResult): Promise<ValidateDataResult> {
  const { profile, report } = result;
  if (options.profileOut) {
    await writeProfileFile(options.profileOut, profile);
    result.profilePath = options.profileOut;
  }
  if (options.reportOut) {
    await writeJsonAtomic(options.reportOut, report);
    result.reportPath = options.reportOut;
  }
  if (options.inferContractOut) {
    const header = [
      `Data contract inferred by \`mlops validate --infer-contract\` from ${basename(options.data)} (${profile.rows} rows).`,
      'Review it: ranges are this sample\'s, widened by 10% (warnings); missing values and categories',
      'get the tolerance the sample allows (docs/contract.md, "Inferring a contract"). Tighten what you know.',
    ].join('\n');
    const { contractToYaml, inferContract } = await import('../data/infer-contract.js');
    await writeFileAtomic(options.inferContractOut, contractToYaml(inferContract(profile), header));
    result.inferredContractPath = options.inferContractOut;
  }
  return result;
}
