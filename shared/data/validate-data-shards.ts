/**
 * validate-data on both (all) cores: a large file is cut into shards, each streamed by a
 * `node:worker_threads` worker through the reader, the profiler and the validator, and the shards'
 * results are merged in file order into exactly the sequential run's report and profile.
 *
 * Shards: CSV/TSV/JSON Lines (not .gz) by byte ranges cut just after a '\n' (a UTF-8 '\n' byte is
 * never inside a character); Parquet by row groups. Shard 0 reads from byte 0 like the sequential
 * reader (BOM, header, blank lines); later shards get the header's column names and count lines from
 * 1, which the merge shifts by the lines of the shards before them. A CSV wider than
 * MAX_ROW_SHARD_COLUMNS is split by columns instead, and its parts put together without a merge
 * (validate-data-columns.ts).
 *
 * Why the merge is exact, and when it is not attempted:
 * - A cut can fall inside a quoted CSV field (quoted line breaks). By induction over the shards: shard
 *   0 starts on a record; if shard k starts on a record and parses without error to the end of its
 *   range (the end taken as final), its last record ended at the cut, since a cut inside a quoted
 *   field leaves that quote open, which the reader reports as "unterminated quoted field". So when
 *   every shard before k succeeded, shard k started on a record and saw the same records as the
 *   sequential reader. The earliest failing shard's error is therefore the sequential run's first
 *   error (re-thrown with its absolute line), except "unterminated quoted field" in a shard that is
 *   not the last: that may be the cut, so the file is read again sequentially.
 * - Validator tallies (counts, first samples) add up in file order (Validator.mergeState). Unique
 *   rules need one global map of seen values: such contracts run sequentially (canMergeShards).
 * - Profiles merge with mergeProfiles: counts, min, max, mean and type counts are exact; quantiles
 *   and histograms may differ within the KLL sketch's error bounds (docs/formats.md, "Profile"). An
 *   undeclared column's type is inferred per shard; if a shard's inference disagrees with the
 *   inference over the whole file (a shard's mix of values differs), the merge cannot rebuild the
 *   sequential column, and the file is read again sequentially.
 * - Anything unexpected (a worker that crashes or cannot start, an error that is not an InputError)
 *   also falls back to the sequential path: correctness first.
 *
 * Workers: from TypeScript sources (vitest, tsx) the worker is validate-data-worker.ts run with tsx's
 * loader; in the ncc bundles, scripts/build.mjs writes that entry as `shard-worker/index.js` next to
 * every bundle whose code contains SHARD_WORKER_MARKER. Workers start only when a file is sharded
 * (a large CSV's before the plan: shard-workers.ts), so a small file (and the action's cold start)
 * never pays for them.
 */
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { InputError, type SourceLocation } from '../runtime/errors.js';
import type { Contract } from './contract.js';
import { openTable } from './open-table.js';
import { csvUsesBytePath } from './csv.js';
import { DEFAULT_BATCH_ROWS } from './csv-options.js';
import { inferColumnType } from './profile.js';
import { mergeProfiles } from './merge-profiles.js';
import type { Profile } from '../formats/profile-format.js';
import type { TableFormat } from './table.js';
import { canMergeShards, createValidator } from './validate.js';
import { type ValidatorState } from './findings.js';
import { reportWithoutContract } from '../formats/validation-values.js';
import type { ValidationReport } from '../formats/validation-format.js';
import { profilerTyping, scanTable } from './scan-table.js';
import { columnRanges, joinColumnParts, scanColumnRange, type ColumnRange } from './validate-data-columns.js';
import { DEFAULT_MAX_WORKERS, DEFAULT_SHARD_MIN_BYTES, SHARD_WORKER_MARKER, startShardWorker, takeShardWorker } from './shard-workers.js';

/**
 * Parquet is not sharded by default: on flights-3m (11 ZSTD row groups) two workers measured
 * 2.36 s / 222 MB against 1.9-2.1 s / ~200 MB in one thread. Decompression and the flat-column
 * decoder are cheap per row, so each worker's start-up and JIT warm-up, and a second row group
 * decoded in memory at once, cost more than the second core gives back. Pass `minRows` to opt in.
 */
export const DEFAULT_SHARD_MIN_ROWS = Number.POSITIVE_INFINITY;

/**
 * Parquet split by columns (validate-data-columns.ts; opt in with `columnSplitMinRows`): each part
 * reads, decodes, profiles and checks only its own columns' chunks, so nothing is read twice and
 * nothing is merged (the result is the single pass's, byte for byte), and the first part runs in
 * this thread. Not by default: on flights-3m (5 columns, `mlops validate` with the benchmark
 * contract) the main thread's CPU went from 1.99 s to 1.65 s and the worker took 0.82 s, but the
 * whole run from 2.5-2.6 to 3.5-4.5 CPU s (V8's GC and compiler threads 1.0 s -> 1.8 s, the
 * worker's bundle load ~0.25 s) and 155-167 MB -> 185-210 MB peak RSS: on two cores that is no
 * faster. Worth it once per-column work outweighs a second isolate.
 */
export const DEFAULT_PARQUET_COLUMN_SPLIT_MIN_ROWS = Number.POSITIVE_INFINITY;

/**
 * Files wider than this are not cut into row shards: every shard holds every column's sketches
 * (tens of KB a column once rows are read) and the merge re-derives each column from them, so at
 * 10,000 columns two shards and their merge peaked at 2.26 GB, with 8-9 s of the run spent merging
 * (npm run bench, the wide-data rows). Below it the sketches are small next to the rows. A wider
 * CSV is split by columns instead (validate-data-columns.ts): each worker reads every row but
 * encodes, profiles and checks only its range of columns, and nothing is merged.
 */
export const MAX_ROW_SHARD_COLUMNS = 2048;

export interface ParallelOptions {
  /** Worker threads (default: available cores, at most DEFAULT_MAX_WORKERS); below 2, no sharding. */
  workers?: number;
  /** Shard CSV/TSV/JSON Lines files of at least this many bytes (default 32 MiB). */
  minBytes?: number;
  /** Shard Parquet files of at least this many rows (default: never, see DEFAULT_SHARD_MIN_ROWS; needs 2+ row groups). */
  minRows?: number;
  /** Split CSV/TSV files (not .gz) of at least this many columns by columns, not rows (default MAX_ROW_SHARD_COLUMNS + 1; tests lower it). */
  columnSplitFrom?: number;
  /** Split Parquet files of at least this many rows by columns (default DEFAULT_PARQUET_COLUMN_SPLIT_MIN_ROWS; needs 2+ columns). */
  columnSplitMinRows?: number;
}

// ---------------------------------------------------------------------------------------------
// One shard (runs in a worker)

/** One shard's work: plain data (posted to the worker as workerData). */
export interface ShardTask {
  file: string;
  format: TableFormat;
  delimiter?: string;
  /** Column names known before the rows (header, schema, first JSON object). */
  columns: string[];
  contract?: Contract;
  contractFile?: string;
  /** Text formats: bytes [start, end); shard 0 starts at byte 0 and reads the header itself. */
  start?: number;
  end?: number;
  /** CSV shards after the first: the header's names (the range has no header row). */
  header?: string[];
  /**
   * Parquet: row groups [start, end), and the most rows the reader holds decoded at once (the
   * largest row group, capped at the reader's range size); sizes the worker's heap.
   */
  rowGroups?: { start: number; end: number };
  maxGroupRows?: number;
  /** A column split (validate-data-columns.ts): every worker reads the whole file, this one profiles and checks `ranges[part]`. */
  columnSplit?: { ranges: ColumnRange[]; part: number };
}

export interface ShardError {
  /** input: an InputError the sequential run could raise too; internal: anything else. */
  kind: 'input' | 'internal';
  /** The message without location and hint (InputError's `what`). */
  what: string;
  message: string;
  hint?: string;
  location?: SourceLocation;
}

export type ShardOutcome =
  | { ok: true; profile: Profile; validator?: ValidatorState; rows: number; nextLine: number }
  | { ok: false; error: ShardError };

export function shardError(e: unknown): ShardError {
  if (e instanceof InputError) {
    let what = e.message;
    const where = e.location ? `${formatWhere(e.location)}: ` : '';
    if (where && what.startsWith(where)) what = what.slice(where.length);
    const fix = e.hint ? ` (${e.hint})` : '';
    if (fix && what.endsWith(fix)) what = what.slice(0, -fix.length);
    return { kind: 'input', what, message: e.message, hint: e.hint, location: e.location };
  }
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { kind: 'internal', what: message, message };
}

function formatWhere(loc: SourceLocation): string {
  let s = loc.file;
  if (loc.line !== undefined) s += `:${loc.line}`;
  if (loc.line !== undefined && loc.column !== undefined) s += `:${loc.column}`;
  return s;
}

/** Streams one shard through the profiler and the validator; never throws (errors are data). */
export async function runShard(task: ShardTask): Promise<ShardOutcome> {
  try {
    if (task.columnSplit) {
      const part = await scanColumnRange({ ...task, format: task.format === 'parquet' ? 'parquet' : 'csv', columnRanges: task.columnSplit.ranges, part: task.columnSplit.part });
      // nextLine shifts row shards' lines; every part of a column split reads from line 1.
      return { ok: true, ...part, nextLine: 1 };
    }
    let nextLine = 1;
    const reader = await openTable(task.file, {
      format: task.format,
      delimiter: task.delimiter,
      reuseBuffers: true,
      start: task.start,
      end: task.end,
      header: task.header,
      partial: true,
      rowGroups: task.rowGroups,
      onEnd: (line) => {
        nextLine = line;
      },
    });
    const { profile, validator, rows } = await scanTable(reader, { file: task.file, columns: task.columns, contract: task.contract, contractFile: task.contractFile });
    return { ok: true, profile, validator: validator?.exportState(), rows, nextLine };
  } catch (e) {
    return { ok: false, error: shardError(e) };
  }
}

// ---------------------------------------------------------------------------------------------
// Planning

/**
 * Cut points: the byte after the first '\n' at or after each of n-1 equally spaced offsets. Fewer
 * than n ranges when the file is too small to cut n times. Also the cross-job shard planner's
 * (shard-plan.ts), so `--shard i/n` cuts where the workers would.
 */
export async function textRanges(file: string, size: number, n: number): Promise<{ start: number; end: number }[]> {
  const cuts: number[] = [0];
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(64 * 1024);
    for (let k = 1; k < n; k++) {
      let p = Math.max(Math.floor((size * k) / n), cuts[cuts.length - 1]);
      let cut = -1;
      while (p < size) {
        const { bytesRead } = await fh.read(buf, 0, buf.length, p);
        if (bytesRead === 0) break;
        const i = buf.subarray(0, bytesRead).indexOf(10);
        if (i !== -1) {
          cut = p + i + 1;
          break;
        }
        p += bytesRead;
      }
      if (cut === -1 || cut >= size) break;
      if (cut > cuts[cuts.length - 1]) cuts.push(cut);
    }
  } finally {
    await fh.close();
  }
  return cuts.map((start, i) => ({ start, end: i + 1 < cuts.length ? cuts[i + 1] : size }));
}

/** Contiguous row-group ranges of about equal rows (at most n; fewer when there are fewer groups). */
export function rowGroupRanges(groupRows: number[], n: number): { start: number; end: number }[] {
  const total = groupRows.reduce((a, b) => a + b, 0);
  const ends: number[] = [];
  let cum = 0;
  let k = 1;
  for (let g = 0; g < groupRows.length && k < n; g++) {
    cum += groupRows[g];
    // Cut after group g when that is closer to the k-th target than cutting before it.
    if (cum - groupRows[g] / 2 >= (total * k) / n) {
      if (g + 1 < groupRows.length && (ends.length === 0 || ends[ends.length - 1] < g + 1)) ends.push(g + 1);
      k++;
    }
  }
  const starts = [0, ...ends];
  return starts.map((start, i) => ({ start, end: i < ends.length ? ends[i] : groupRows.length }));
}

export interface ShardPlanInput {
  file: string;
  format: TableFormat;
  delimiter?: string;
  columns: readonly string[];
  contract?: Contract;
  contractFile?: string;
  parallel?: ParallelOptions | false;
}

/** The shards to run, or undefined when the file should be read sequentially. */
export async function planShards(input: ShardPlanInput): Promise<ShardTask[] | undefined> {
  if (input.parallel === false) return undefined;
  const workers = Math.floor(input.parallel?.workers ?? Math.min(DEFAULT_MAX_WORKERS, availableParallelism()));
  if (!(workers >= 2)) return undefined;
  if (input.contract && !canMergeShards(input.contract)) return undefined;
  if (input.format === 'parquet') return planParquetShards(input, workers);
  const byColumns = input.columns.length >= (input.parallel?.columnSplitFrom ?? MAX_ROW_SHARD_COLUMNS + 1);
  if (byColumns ? input.format !== 'csv' : input.columns.length > MAX_ROW_SHARD_COLUMNS) return undefined;
  const base = { file: input.file, format: input.format, delimiter: input.delimiter, columns: [...input.columns], contract: input.contract, contractFile: input.contractFile };
  if (/\.gz$/i.test(input.file)) return undefined;
  const fh = await open(input.file, 'r');
  const size = (await fh.stat()).size;
  await fh.close();
  if (size < (input.parallel?.minBytes ?? DEFAULT_SHARD_MIN_BYTES)) return undefined;
  if (byColumns) {
    const ranges = columnRanges(input.columns.length, workers);
    return ranges.length < 2 ? undefined : ranges.map((_, part) => ({ ...base, columnSplit: { ranges, part } }));
  }
  const ranges = await textRanges(input.file, size, workers);
  if (ranges.length < 2) return undefined;
  return ranges.map((r, i) => ({ ...base, ...r, header: i > 0 && input.format === 'csv' ? [...input.columns] : undefined }));
}

/**
 * Parquet: by row groups when asked for (`minRows`), else by columns once the file has
 * `columnSplitMinRows` rows: Parquet stores each column apart, so a worker reads only its own
 * columns' chunks.
 */
async function planParquetShards(input: ShardPlanInput, workers: number): Promise<ShardTask[] | undefined> {
  const base = { file: input.file, format: input.format, columns: [...input.columns], contract: input.contract, contractFile: input.contractFile };
  const parallel = input.parallel || undefined;
  const { MAX_RANGE_ROWS, parquetRowGroupRows } = await import('./parquet.js');
  const groups = await parquetRowGroupRows(input.file);
  const rows = groups.reduce((a, b) => a + b, 0);
  const maxGroupRows = Math.min(Math.max(0, ...groups), MAX_RANGE_ROWS);
  if (groups.length >= 2 && rows >= (parallel?.minRows ?? DEFAULT_SHARD_MIN_ROWS) && input.columns.length <= MAX_ROW_SHARD_COLUMNS) {
    const ranges = rowGroupRanges(groups, Math.min(workers, groups.length));
    if (ranges.length >= 2) return ranges.map((rowGroups) => ({ ...base, rowGroups, maxGroupRows }));
  }
  if (input.columns.length < 2 || rows < (parallel?.columnSplitMinRows ?? DEFAULT_PARQUET_COLUMN_SPLIT_MIN_ROWS)) return undefined;
  const ranges = columnRanges(input.columns.length, workers);
  return ranges.map((_, part) => ({ ...base, maxGroupRows, columnSplit: { ranges, part } }));
}

// ---------------------------------------------------------------------------------------------
// Running and merging

/**
 * Heap limits per worker. V8 sizes each isolate's heap for throughput, not for sharing a machine:
 * left alone, two workers on flights-3m (121 MB CSV, or the Parquet file) peak at 290-340 MB RSS,
 * mostly uncollected garbage (a shard's live heap is ~15 MB). A young generation of 24 MB and an
 * old-generation limit of 64 MB make V8 collect sooner: measured with `mlops validate` (2 workers +
 * the main thread's ~60 MB), ~195 MB (CSV) and 210-225 MB (Parquet), for ~20% more CPU in GC than
 * unlimited workers; tighter limits cost much more when every cell is a string (12/56 MB: +40% CPU
 * on the CSV's string parser). The CSV byte path makes a string per distinct value only, so its
 * garbage is small and a 12 MB young generation costs nothing: measured on flights-3m.csv (16,384-row
 * batches), 24 MB 1.51-1.72 s / 218-230 MB, 12 MB 1.36-1.54 s / 192-196 MB (wall / max RSS, 3 runs
 * each). The old-generation limit grows with what one worker must hold at once (a text batch's
 * cells, at most 4 × DEFAULT_BATCH_ROWS = BYTE_PATH_BATCH_ROWS rows, or one Parquet row group, ~40
 * bytes a cell), so wide tables still fit; a worker that runs out of heap anyway ends in
 * ERR_WORKER_OUT_OF_MEMORY, and the file is read again sequentially.
 */
export function workerHeapLimits(task: ShardTask): { maxYoungGenerationSizeMb: number; maxOldGenerationSizeMb: number } {
  const cells = task.maxGroupRows !== undefined ? task.maxGroupRows * task.columns.length : 4 * DEFAULT_BATCH_ROWS * Math.max(1, task.columns.length);
  const young = task.columnSplit && task.format === 'parquet' ? 12 : task.columnSplit ? COLUMN_SPLIT_YOUNG_MB : task.format === 'csv' && csvUsesBytePath(task.delimiter) ? 12 : 24;
  return { maxYoungGenerationSizeMb: young, maxOldGenerationSizeMb: Math.max(64, Math.ceil((cells * 40) / 2 ** 20)) };
}

/**
 * A column split's young generation. A wide batch makes a string per distinct cell (nearly every
 * cell of a wide numeric table), ~500,000 per worker per batch, alive until the batch is folded: in
 * 12 MB they were promoted and collected again by full GCs. The 10,000 x 10,000 bench file (CPU s
 * of the whole run / peak RSS): 12 MB 87 s / 856 MB, 32 MB 79 s / 907 MB, 64 MB 73 s / 943 MB; 32
 * keeps room under the 1 GB goal.
 */
const COLUMN_SPLIT_YOUNG_MB = 32;

function internal(what: string): ShardOutcome {
  return { ok: false, error: { kind: 'internal', what, message: what } };
}

function runInWorker(task: ShardTask): Promise<ShardOutcome> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const resourceLimits = workerHeapLimits(task);
      // A worker started before the plan (warmShardWorkers) gets the task as a message.
      const ready = takeShardWorker(resourceLimits);
      if (ready) {
        worker = ready;
        worker.postMessage({ marker: SHARD_WORKER_MARKER, task });
      } else worker = startShardWorker(resourceLimits, { marker: SHARD_WORKER_MARKER, task });
    } catch (e) {
      resolve(internal(`cannot start a worker: ${(e as Error).message}`));
      return;
    }
    let settled = false;
    worker.once('message', (m: ShardOutcome) => {
      settled = true;
      resolve(m);
    });
    worker.once('error', (e) => {
      if (!settled) resolve(internal(`worker failed: ${e.message}`));
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) resolve(internal(`worker exited with code ${code} before reporting`));
      settled = true;
    });
  });
}

/** runShard in this thread, once the workers' start has been set going (they load meanwhile). */
async function runShardAfterWorkersStart(task: ShardTask): Promise<ShardOutcome> {
  await new Promise((resolve) => setImmediate(resolve));
  return runShard(task);
}

export interface ShardedResult {
  report: ValidationReport;
  profile: Profile;
  rows: number;
}

/** How a sharded run ended: merged results, or why the caller must read the file sequentially. */
export type ShardedRun = { merged: ShardedResult; shards: number } | { fallback: string; shards: number };

/**
 * Runs the shards in workers and merges them; throws the sequential run's InputError when the
 * file is malformed (see the module comment for when that is provably the same error).
 */
export async function runShards(tasks: ShardTask[], input: ShardPlanInput & { hasLines: boolean }): Promise<ShardedRun> {
  const shards = tasks.length;
  // A Parquet column split runs its first part in this thread, which has the reader loaded and
  // would otherwise wait idle: one worker fewer to start (its bundle load and JIT warm-up). So do
  // CSV row shards (not a CSV column split, whose heap limits are sized for workers): the same
  // shards, cut at the same bytes, so the same merged result; on flights-3m-iso.csv, 12 paired
  // runs on a loaded 2-core machine measured ~0.3 CPU s less, at the same peak RSS (~130 MB).
  const first = tasks[0];
  const inThread = first.format === 'parquet' ? first.columnSplit !== undefined : first.format === 'csv' && first.columnSplit === undefined;
  const outcomes = await Promise.all(tasks.map((t, k) => (inThread && k === 0 ? runShardAfterWorkersStart(t) : runInWorker(t))));
  if (tasks[0].columnSplit) return joinColumnSplit(outcomes, tasks[0].columnSplit.ranges, input);
  const text = input.format !== 'parquet';
  // Line offsets: shard k's line 1 is the line after the lines of shards 0..k-1. Parquet readers
  // already number rows absolutely.
  const offsets: number[] = [];
  let offset = 0;
  for (let k = 0; k < outcomes.length; k++) {
    offsets.push(offset);
    const o = outcomes[k];
    if (!o.ok) {
      const e = o.error;
      if (e.kind !== 'input') return { fallback: e.message, shards };
      if (text && k < outcomes.length - 1 && e.what.startsWith('unterminated quoted field')) {
        return { fallback: `shard ${k + 1} of ${shards} ends inside a quoted field`, shards };
      }
      const location = e.location && e.location.line !== undefined && text ? { ...e.location, line: e.location.line + offsets[k] } : e.location;
      throw new InputError(e.what, { location, hint: e.hint });
    }
    if (text) offset += o.nextLine - 1;
  }
  const ok = outcomes as Extract<ShardOutcome, { ok: true }>[];

  let profile: Profile;
  try {
    profile = mergeProfiles(ok.map((o) => o.profile));
  } catch (e) {
    return { fallback: `profiles do not merge: ${(e as Error).message}`, shards };
  }
  const declared = profilerTyping(input.contract).types;
  for (const name of profile.column_order) {
    const c = profile.columns[name];
    if (declared[name] === undefined && c.type !== inferColumnType(c.type_counts)) {
      return { fallback: `column "${name}": shards infer a type other than the whole file's`, shards };
    }
  }
  const rows = ok.reduce((a, o) => a + o.rows, 0);
  profile = { ...profile, sources: [{ file: input.file, format: input.format, rows }] };

  let report: ValidationReport;
  if (input.contract) {
    const validator = createValidator(input.contract, { file: input.file, columns: input.columns, hasLines: input.hasLines, format: input.format, contractFile: input.contractFile });
    for (let k = 0; k < ok.length; k++) validator.mergeState(ok[k].validator!, offsets[k]);
    report = validator.finish();
  } else {
    report = reportWithoutContract({ file: input.file, format: input.format, rows, line_kind: input.hasLines ? 'line' : 'row' });
  }
  return { merged: { report, profile, rows }, shards };
}

/**
 * A column split's parts put together. Every part of a CSV split parsed the whole file, so a part's
 * InputError is the single pass's, with its location as it is; the first part's is thrown.
 */
function joinColumnSplit(outcomes: ShardOutcome[], ranges: ColumnRange[], input: ShardPlanInput & { hasLines: boolean }): ShardedRun {
  const shards = outcomes.length;
  for (const o of outcomes) {
    if (o.ok) continue;
    if (o.error.kind !== 'input') return { fallback: o.error.message, shards };
    // Each Parquet part reads only its own columns, so its first error need not be the single
    // pass's first (which reads row group by row group, every column): that pass says which.
    if (input.format === 'parquet') return { fallback: o.error.message, shards };
    throw new InputError(o.error.what, { location: o.error.location, hint: o.error.hint });
  }
  const ok = outcomes as Extract<ShardOutcome, { ok: true }>[];
  try {
    const merged = joinColumnParts(ok, { ...input, format: input.format === 'parquet' ? 'parquet' : 'csv', ranges });
    return { merged, shards };
  } catch (e) {
    return { fallback: `column split: ${(e as Error).message}`, shards };
  }
}

/** Worker side: run the task posted as workerData (or as the first message) and post the outcome. */
export async function shardWorkerMain(data: unknown, post: (outcome: ShardOutcome) => void): Promise<void> {
  const d = data as { marker?: string; task?: ShardTask } | null;
  if (d?.marker !== SHARD_WORKER_MARKER || !d.task) {
    post(internal('shard worker started without a task'));
    return;
  }
  post(await runShard(d.task));
}
