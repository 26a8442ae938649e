/** The CSV reader's options, batch sizes and limits, and why each has the value it has. */
import type { TableReaderOptions } from './table.js';

/**
 * Rows per batch for the text readers. Smaller than table.ts's general 65,536 on purpose: every CSV
 * cell is a new string, and a 65,536-row batch (~330k strings) outlives a young-generation GC, so it
 * gets copied and promoted; with 4,096 rows the strings die young. Measured on flights-3m.csv
 * (CPU seconds for all rows): 65,536 rows 1.6 s, 16,384 rows 1.3 s, 4,096 rows 0.55 s.
 */
export const DEFAULT_BATCH_ROWS = 4_096;
/**
 * Rows per batch on the byte path, which makes no string per cell (only one per distinct value in
 * a batch), so the reason for small batches above does not apply; larger ones mean fewer distinct
 * values to classify, sketch and check per row, and fewer folds into the profile's sketches.
 * Measured on flights-3m.csv, `mlops validate` with 2 workers (wall / CPU, 3 runs each, quiet
 * machine): 4,096 rows 1.66-1.95 s / 2.9-3.5 s, 16,384 rows 1.36-1.54 s / 2.5-2.8 s (with the
 * workers' 12 MB young generation, validate-data-shards.ts).
 */
export const BYTE_PATH_BATCH_ROWS = 16_384;
/**
 * Cells per batch at most: a wide table gets fewer rows per batch. Batch buffers are sized rows x
 * columns up front, so 10,000 columns at 16,384 rows were 655 MB of codes before a row was read;
 * with this bound they are 4 MB. Larger batches measured slower on wide tables (per-column tables
 * grow to a batch's distinct values and are kept). Tables up to 64 columns keep BYTE_PATH_BATCH_ROWS.
 * Since then 1 << 22 (416 rows at 10,000 columns) measured ~14% less CPU on the bench's wide row
 * but 1.32 GB peak RSS and a different profile (frequent-items purges, KLL compactions and the M2
 * combination follow batch boundaries); profile.ts FOLD_GROUP_ROWS gets most of the cache part of
 * that gain with the same batches, so the same profile.
 */
export const MAX_BATCH_CELLS = 1 << 20;

/** Rows per batch for a table of `columns` columns, given the rows asked for. */
export function rowsPerBatch(batchRows: number, columns: number): number {
  return Math.max(1, Math.min(batchRows, Math.floor(MAX_BATCH_CELLS / Math.max(1, columns))));
}

/**
 * Tables wider than this are encoded column by column (CsvByteParser's column-major path). Row by
 * row, each cell of a 10,000-column table probes another column's hash table, so nearly every probe
 * missed the CPU caches and each of 10,000 tables was kept grown: ~1 µs and ~10 KB a column. Column
 * by column, one table serves every column in turn and stays in cache. At 64 columns and below a
 * batch keeps BYTE_PATH_BATCH_ROWS rows and the row-by-row path is as fast (and what flights reads).
 */
export const COLUMN_MAJOR_MIN_COLUMNS = 65;
/**
 * The column-major path holds a batch's record bytes until the batch is encoded: a batch also ends
 * once it holds this many bytes, so a wide table of long values does not hold more than this.
 */
export const COLUMN_MAJOR_MAX_BATCH_BYTES = 64 * 1024 * 1024;

/** Bytes per read; large reads amortise the per-chunk costs (decode, leftover concatenation). */
export const DEFAULT_CHUNK_SIZE = 1 << 20;
/** Bytes per read while looking for the header only (more reads follow if it is longer). */
export const HEADER_CHUNK_SIZE = 1 << 16;
/**
 * Limits on the header row. 16 MiB holds 100,000 column names of 160 bytes each; a first line
 * longer than that is almost always a file without line breaks where we expect them (a JSON
 * array, a file with CR-only breaks inside quotes, binary data) rather than a table, and reading
 * on would hold all of it in memory before the first row. 100,000 columns: each column costs its
 * dictionaries and sketches (tens of KB once rows are read: 10,000 columns x 10,000 rows peaked at
 * 673 MB, npm run bench), so 100,000 approach the memory of a runner before any data; wider
 * data is better stored transposed, or split into several files.
 */
export const MAX_HEADER_BYTES = 16 * 1024 * 1024;
export const MAX_COLUMNS = 100_000;
/**
 * A record held across reads is parsed again on every read until it is this long, then only when
 * the held text has doubled (CsvParser.stuckAt). Below it re-parsing is cheap and keeps the order of
 * batches and errors identical between the two parsers at any read size.
 */
export const REPARSE_EVERY_READ_BELOW = 1 << 16;

export interface TextReadOptions {
  /** Decompress the file as gzip while reading. */
  gzip?: boolean;
  /** Bytes per read (tests use tiny values to put boundaries inside records and characters). */
  chunkSize?: number;
  /**
   * Read only the bytes [start, end) of the file (not with gzip): a shard of a file split at line
   * breaks (validate-data-shards.ts). Lines are counted from 1 at `start`; a range that starts after
   * byte 0 keeps a leading U+FEFF as text (only the file's first bytes can be a BOM).
   */
  start?: number;
  end?: number;
  /** Called once the whole range is parsed, with the line the text after it would start on. */
  onEnd?: (nextLine: number) => void;
}

export interface CsvReaderOptions extends TableReaderOptions, TextReadOptions {
  /**
   * Column names for a range without a header row (a shard whose file header was read elsewhere):
   * every record is data, and an empty range is zero rows rather than an error.
   */
  header?: readonly string[];
  /**
   * Parse bytes straight into column dictionaries (default; batches then carry `dictionaries` and
   * build `values` only when read). false: the string parser, one string per cell (the reference
   * the byte path is tested against). A delimiter outside ASCII always takes the string parser.
   */
  bytePath?: boolean;
  /** Byte path: encode column by column from this many columns (default COLUMN_MAJOR_MIN_COLUMNS; tests lower it). */
  columnMajorMinColumns?: number;
  /**
   * Column-major path only: encode just the columns [start, end), leaving the others' dictionaries
   * undefined (their cells cannot be read). A worker of a column-split validation profiles only its
   * own columns (validate-data-columns.ts), and encoding is about half of a wide table's reading.
   */
  encodeColumns?: { start: number; end: number };
}

export const QUOTE = 34;

export const LF = 10;

export const CR = 13;

export const NEED_MORE = -1;

export const FAR = Number.MAX_SAFE_INTEGER;
