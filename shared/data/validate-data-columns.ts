/**
 * validate-data on a wide CSV split by columns (validate-data-shards.ts runs it): above
 * MAX_ROW_SHARD_COLUMNS, row shards would each hold every column's sketches and merge them, so
 * instead each worker reads the whole file but encodes, profiles and validates only its contiguous
 * range of columns. Nothing is merged: every column is profiled and checked by exactly one worker
 * over every row, so its profile and tallies are the single pass's, and the parent puts them
 * together in column order (profile) and contract order (checkers).
 *
 * Why the result is the single pass's, byte for byte:
 * - Each worker's profiler is created with all the file's columns (only its own are fed), so the
 *   sketch sizes that scale with width (frequent-items capacity, HyperLogLog precision) are the
 *   single pass's.
 * - Each worker validates with the contract's columns it owns (a contract column missing from the
 *   file belongs to the first worker, which reports it absent) and the whole `table` section; the
 *   table-level results (required and unexpected columns, row counts) are computed once, by the
 *   parent's validator from the first worker's row count and columns.
 * - Both workers parse the same bytes, so a malformed file raises the single pass's error in each;
 *   the first worker's is thrown. Unique rules need every row's keys in one map: such contracts are
 *   not split (canMergeShards), as for row shards.
 */
import type { ColumnProfile, Profile } from '../formats/profile-format.js';
import { reportWithoutContract } from '../formats/validation-values.js';
import type { ValidationReport } from '../formats/validation-format.js';
import type { Contract } from './contract.js';
import type { CsvReaderOptions } from './csv-options.js';
import { openTable } from './open-table.js';
import { scanTable } from './scan-table.js';
import type { RecordBatch, TableReader } from './table.js';
import type { CellValue } from './cell-value.js';
import { createValidator } from './validate.js';
import { type ValidatorState } from './findings.js';

export interface ColumnRange {
  start: number;
  end: number;
}

/** `parts` contiguous ranges of about equal width covering columns [0, columns). */
export function columnRanges(columns: number, parts: number): ColumnRange[] {
  const n = Math.max(1, Math.min(parts, columns));
  return Array.from({ length: n }, (_, k) => ({ start: Math.floor((columns * k) / n), end: Math.floor((columns * (k + 1)) / n) }));
}

/** The worker owning contract column `name`: the one whose range holds it, else (not in the file) the first. */
function ownerOf(name: string, index: ReadonlyMap<string, number>, ranges: readonly ColumnRange[]): number {
  const i = index.get(name);
  if (i === undefined) return 0;
  return ranges.findIndex((r) => i >= r.start && i < r.end);
}

/** The contract a worker validates with: its own columns' rules (in contract order) and the whole table section. */
export function contractForRange(contract: Contract, columns: readonly string[], ranges: readonly ColumnRange[], part: number): Contract {
  const index = new Map(columns.map((c, i) => [c, i]));
  const own = Object.entries(contract.columns ?? {}).filter(([name]) => ownerOf(name, index, ranges) === part);
  return { ...contract, columns: Object.fromEntries(own) };
}

/** Batch `batch` seen through columns [start, start + columns.length): what a worker profiles and checks. */
class ColumnSlice implements RecordBatch {
  readonly dictionaries: RecordBatch['dictionaries'];
  private cells: CellValue[][] | undefined;

  constructor(
    private readonly batch: RecordBatch,
    readonly columns: readonly string[],
    private readonly start: number,
  ) {
    this.dictionaries = batch.dictionaries?.slice(start, start + columns.length);
  }

  get length(): number {
    return this.batch.length;
  }

  get lines(): RecordBatch['lines'] {
    return this.batch.lines;
  }

  get rowOffset(): number {
    return this.batch.rowOffset;
  }

  /** Only this slice's cells: the reader did not encode the other columns (encodeColumns). */
  get values(): CellValue[][] {
    return (this.cells ??= this.columns.map((_, c) => this.dictionaries?.[c]?.cells() ?? this.batch.values[this.start + c]));
  }
}

function sliceReader(reader: TableReader, columns: readonly string[], range: ColumnRange): TableReader {
  const own = columns.slice(range.start, range.end);
  return {
    file: reader.file,
    format: reader.format,
    hasLines: reader.hasLines,
    columns: () => reader.columns(),
    async *batches() {
      for await (const batch of reader.batches()) yield new ColumnSlice(batch, own, range.start);
    },
  };
}

export interface ColumnTask {
  file: string;
  format: 'csv' | 'parquet';
  delimiter?: string;
  columns: string[];
  contract?: Contract;
  contractFile?: string;
  columnRanges: ColumnRange[];
  part: number;
}

/** One worker's pass: profile of its own columns only, its validator's tallies, the rows. */
export async function scanColumnRange(task: ColumnTask): Promise<{ profile: Profile; validator?: ValidatorState; rows: number }> {
  const range = task.columnRanges[task.part];
  // openTable hands its options on to the CSV reader, which encodes only this range (the Parquet
  // reader reads only this range's column chunks).
  const options: Parameters<typeof openTable>[1] & Pick<CsvReaderOptions, 'encodeColumns'> = { format: task.format, delimiter: task.delimiter, encodeColumns: range };
  const reader = sliceReader(await openTable(task.file, options), task.columns, range);
  const contract = task.contract && contractForRange(task.contract, task.columns, task.columnRanges, task.part);
  // All columns named, so that width-scaled sketch sizes are the single pass's; only ours are fed.
  const { profile, validator, rows } = await scanTable(reader, { file: task.file, columns: task.columns, contract, contractFile: task.contractFile });
  const columns: Record<string, ColumnProfile> = {};
  for (const name of task.columns.slice(range.start, range.end)) columns[name] = profile.columns[name];
  return { profile: { ...profile, columns }, validator: validator?.exportState(), rows };
}

export interface ColumnPartResult {
  profile: Profile;
  validator?: ValidatorState;
  rows: number;
}

/** The single pass's report and profile from every part's result (parts in range order). */
export function joinColumnParts(
  parts: readonly ColumnPartResult[],
  input: { file: string; format: 'csv' | 'parquet'; columns: readonly string[]; contract?: Contract; contractFile?: string; hasLines: boolean; ranges: readonly ColumnRange[] },
): { report: ValidationReport; profile: Profile; rows: number } {
  const first = parts[0];
  const columns: Record<string, ColumnProfile> = {};
  for (const name of first.profile.column_order) {
    const owner = parts.find((p) => Object.hasOwn(p.profile.columns, name));
    if (!owner) throw new Error(`column split: no part profiled column ${JSON.stringify(name)}`);
    columns[name] = owner.profile.columns[name];
  }
  const profile: Profile = { ...first.profile, columns };
  const rows = first.rows;
  if (!input.contract) {
    return { report: reportWithoutContract({ file: input.file, format: input.format, rows, line_kind: input.hasLines ? 'line' : 'row' }), profile, rows };
  }
  // Checker states in contract order, each from its owner (each part's are in contract order too).
  const index = new Map(input.columns.map((c, i) => [c, i]));
  const next = parts.map(() => 0);
  const checkers = Object.keys(input.contract.columns ?? {}).map((name) => {
    const k = ownerOf(name, index, input.ranges);
    return parts[k].validator!.checkers[next[k]++];
  });
  const state: ValidatorState = { rows: first.validator!.rows, columns: first.validator!.columns, checkers };
  const validator = createValidator(input.contract, { file: input.file, columns: input.columns, hasLines: input.hasLines, format: input.format, contractFile: input.contractFile });
  validator.mergeState(state, 0);
  return { report: validator.finish(), profile, rows };
}
