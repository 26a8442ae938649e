/**
 * One pass over a table: profile it and, with a contract, check it. The sequential validate-data
 * run and every shard worker run exactly this, so a sharded result can only differ from the
 * sequential one in how the per-shard results are merged.
 */
import { BatchDictionaries } from './batch-dictionary.js';
import { normalizeRule } from './contract-rules.js';
import type { Contract } from './contract.js';
import { createProfiler } from './profile.js';
import type { Profile } from '../formats/profile-format.js';
import type { TableReader } from './table.js';
import { createValidator, type Validator } from './validate.js';
import { type UniqueKeyRecorder } from './findings.js';
import { NullTokens } from './values.js';
import type { ColumnType } from '../formats/column-types.js';

/** What the contract declares that the profiler needs to type columns the same way the validator does. */
export function profilerTyping(contract: Contract | undefined): {
  types: Record<string, ColumnType>;
  timestampFormats: Record<string, string>;
  nullTokens?: NullTokens;
} {
  const types: Record<string, ColumnType> = {};
  const timestampFormats: Record<string, string> = {};
  for (const [name, column] of Object.entries(contract?.columns ?? {})) {
    if (column.type !== undefined) types[name] = normalizeRule(column.type).value;
    if (column.format !== undefined) timestampFormats[name] = column.format;
  }
  const nullValues = contract?.table?.null_values;
  return { types, timestampFormats, nullTokens: nullValues ? new NullTokens(nullValues) : undefined };
}

export interface ScanOptions {
  /** The data file as the user gave it (messages, the profile's source). */
  file: string;
  columns: readonly string[];
  contract?: Contract;
  contractFile?: string;
  /** A shard of a sharded validation: where unique rules send their keys (scan-shard.ts). */
  uniqueKeys?: UniqueKeyRecorder;
}

export interface ScanResult {
  profile: Profile;
  /** The validator, for its report (sequential) or its state (a shard); undefined without a contract. */
  validator?: Validator;
  rows: number;
}

export async function scanTable(reader: TableReader, options: ScanOptions): Promise<ScanResult> {
  const profiler = createProfiler({ columns: options.columns, ...profilerTyping(options.contract) });
  const validator = options.contract
    ? createValidator(options.contract, { file: options.file, columns: options.columns, hasLines: reader.hasLines, format: reader.format, contractFile: options.contractFile, uniqueKeys: options.uniqueKeys })
    : undefined;
  let rows = 0;
  // One encoding of each batch column serves both the profiler and the validator.
  const dictionaries = new BatchDictionaries();
  for await (const batch of reader.batches()) {
    profiler.add(batch, dictionaries);
    validator?.add(batch, dictionaries);
    rows += batch.length;
  }
  dictionaries.release();
  return { profile: profiler.finish({ file: options.file, format: reader.format }), validator, rows };
}
