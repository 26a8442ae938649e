/**
 * Which rows one job of a matrix reads: `shard: i/n` (1-based) of a data file or a file list.
 *
 * - One file: cut at the places the worker-thread planner cuts (validate-data-shards.ts): text
 *   formats into n byte ranges that end just after a '\n', Parquet into n runs of whole row groups.
 *   Every job computes the same cuts from the same bytes, so the shards are disjoint and together
 *   exactly the file. A file too small for n cuts (or with fewer than n row groups) leaves the last
 *   shards empty, which is still a valid shard: zero rows.
 * - A file list (several lines, or a glob matching several files): shard i takes files i, i+n,
 *   i+2n, … of the list (globs sorted, the list's order kept), each file whole.
 *
 * A gzip file cannot be cut (there are no record boundaries to seek to): shard a list of them.
 */
import { open, stat } from 'node:fs/promises';
import { InputError, UsageError } from '../runtime/errors.js';
import { rowGroupRanges, textRanges } from './validate-data-shards.js';
import type { TableFormat } from './table.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses `i/n` (e.g. `2/8`); a UsageError says what is wrong. */
export function parseShardSpec(text: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1) || !(index >= 1) || index > count || !Number.isSafeInteger(count)) {
    throw new UsageError(`shard must be i/n with 1 <= i <= n, e.g. 2/8 (got ${JSON.stringify(text)})`, {
      hint: 'in a matrix: shard: ${{ matrix.shard }}/8 with matrix.shard: [1, 2, …, 8]',
    });
  }
  return { index, count };
}

/** One contiguous piece of one file for a shard to read. */
export interface PlannedPart {
  file: string;
  /** Text: bytes [start, end); undefined for the whole file. */
  bytes?: { start: number; end: number };
  /** Parquet: row groups [start, end); undefined for the whole file. */
  rowGroups?: { start: number; end: number };
}

export interface ShardPlan {
  split: 'bytes' | 'row-groups' | 'files';
  /** Every file with its size (and Parquet row groups when split by them). */
  files: { file: string; bytes: number }[];
  parts: PlannedPart[];
}

async function sizeOf(file: string): Promise<number> {
  try {
    const s = await stat(file);
    return s.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' || code === 'ENOTDIR' ? 'file not found' : `cannot read the file: ${(e as Error).message}`, {
      location: { file },
      hint: `check the path; relative paths are resolved from ${process.cwd()}`,
      cause: e,
    });
  }
}

/**
 * The parts shard `spec` reads of `files` (in the data's format). One file is cut; several are
 * dealt out whole.
 */
export async function planShard(files: readonly string[], format: TableFormat, spec: ShardSpec): Promise<ShardPlan> {
  const sized = [];
  for (const file of files) sized.push({ file, bytes: await sizeOf(file) });
  if (files.length > 1) {
    return { split: 'files', files: sized, parts: files.filter((_, i) => i % spec.count === spec.index - 1).map((file) => ({ file })) };
  }
  const { file, bytes: size } = sized[0];
  if (format === 'parquet') {
    const { parquetRowGroupRows } = await import('./parquet.js');
    const groups = await parquetRowGroupRows(file);
    // With as many shards as row groups or more, one group each (the balancing planner would merge some).
    const ranges = spec.count >= groups.length ? groups.map((_, g) => ({ start: g, end: g + 1 })) : rowGroupRanges(groups, spec.count);
    const rowGroups = ranges[spec.index - 1] ?? { start: groups.length, end: groups.length };
    return { split: 'row-groups', files: sized, parts: [{ file, rowGroups }] };
  }
  if (/\.gz$/i.test(file)) {
    throw new UsageError(`"${file}" is gzip-compressed, so it cannot be cut into shards`, {
      hint: 'shard a list of files instead (each job takes every n-th file), or store the file uncompressed',
    });
  }
  const ranges = spec.count === 1 ? [{ start: 0, end: size }] : await textRanges(file, size, spec.count);
  const bytes = ranges[spec.index - 1] ?? { start: size, end: size };
  return { split: 'bytes', files: sized, parts: [{ file, bytes }] };
}

/** Physical lines before byte `end` of a file (its '\n's): where a range's line 1 is in the file. */
export async function linesBefore(file: string, end: number): Promise<number> {
  const fh = await open(file, 'r');
  let lines = 0;
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let p = 0; p < end; ) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, end - p), p);
      if (bytesRead === 0) break;
      for (let i = buf.indexOf(10, 0); i !== -1 && i < bytesRead; i = buf.indexOf(10, i + 1)) lines++;
      p += bytesRead;
    }
  } finally {
    await fh.close();
  }
  return lines;
}
