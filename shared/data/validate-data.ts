/**
 * The validate-data operation: stream a table once, profile it and check it against a contract.
 * One function, three faces (the action, `mlops validate`, the tests).
 *
 * The contract is loaded before any data is read, so a broken contract fails in milliseconds. The
 * profile and the report are written only after the whole file has been read (each atomically), so
 * malformed data never leaves half-written output behind.
 */
import { basename } from 'node:path';
import { writeFileAtomic, writeJsonAtomic } from '../runtime/atomic-write.js';
import { loadContract, normalizeRule, type Contract } from './contract.js';
import { contractToYaml, inferContract } from './infer-contract.js';
import { openTable } from './open-table.js';
import { createProfiler } from './profile.js';
import type { Profile } from './profile-format.js';
import type { TableFormat } from './table.js';
import { createValidator } from './validate.js';
import { reportWithoutContract, type ValidationReport } from './validation-format.js';
import { NullTokens, type ColumnType } from './values.js';

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
  report: ValidationReport;
  profile: Profile;
  profilePath?: string;
  reportPath?: string;
  inferredContractPath?: string;
}

/** What the contract declares that the profiler needs to type columns the same way the validator does. */
function profilerTyping(contract: Contract | undefined): {
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

export async function validateData(options: ValidateDataOptions): Promise<ValidateDataResult> {
  const contract = options.contract === undefined ? undefined : await loadContract(options.contract);
  const reader = await openTable(options.data, { delimiter: options.delimiter, format: options.format });
  const columns = await reader.columns();

  const profiler = createProfiler({ columns, ...profilerTyping(contract) });
  const validator = contract
    ? createValidator(contract, { file: options.data, columns, hasLines: reader.hasLines, format: reader.format, contractFile: options.contract })
    : undefined;

  let rows = 0;
  for await (const batch of reader.batches()) {
    profiler.add(batch);
    validator?.add(batch);
    rows += batch.length;
  }

  const profile = profiler.finish({ file: options.data, format: reader.format });
  const report =
    validator?.finish() ??
    reportWithoutContract({ file: options.data, format: reader.format, rows, line_kind: reader.hasLines ? 'line' : 'row' });

  const result: ValidateDataResult = { report, profile };
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
