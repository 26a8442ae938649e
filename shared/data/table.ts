/**
 * The columnar batch every reader yields and every consumer (profile, validation, later evaluation
 * and drift) reads. Data is never held whole: readers stream batches of at most `batchRows` rows.
 *
 * Cell values keep the type the file gave them: CSV cells are strings (or null for a missing
 * field); JSON Lines cells are JSON scalars (objects/arrays re-serialised to JSON text); Parquet
 * cells are numbers, bigints, booleans, strings or Dates. `shared/data/values.ts` turns any of
 * them into the typed value a column type needs.
 */

import type { CellValue } from './cell-value.js';
import type { ColumnDictionary } from './column-dictionary.js';


export interface RecordBatch {
  /** Column names, in file order. Every batch of one reader has the same array (JSON Lines may grow it). */
  readonly columns: readonly string[];
  /** values[c][r]: column-major, one array per column, each `length` long. */
  readonly values: CellValue[][];
  /** Number of rows in this batch. */
  readonly length: number;
  /**
   * 1-based location of each row in the source, for messages: the physical line the record
   * starts on (CSV, JSON Lines), or the row number (Parquet, where there are no lines).
   */
  readonly lines: Int32Array | number[];
  /** 0-based index of this batch's first row among all data rows of the file. */
  readonly rowOffset: number;
  /**
   * Column dictionaries built by the reader (the CSV reader encodes cells straight from bytes; the
   * Parquet reader passes on the file's own dictionaries): BatchDictionaries hands these out
   * instead of encoding `values`, which such a batch only materialises when a consumer reads it
   * (then values[c][r] === dictionaries[c].values[codes[r]]). A column without one (undefined) is
   * encoded from its cells as usual.
   */
  readonly dictionaries?: readonly (ColumnDictionary | undefined)[];
}

export type TableFormat = 'csv' | 'jsonl' | 'parquet';

export interface TableReaderOptions {
  /** Rows per batch (default 65,536). */
  batchRows?: number;
  /** CSV delimiter (default ","; "\t" for .tsv). */
  delimiter?: string;
  /** Override format detection by extension. */
  format?: TableFormat;
  /**
   * The consumer is done with a batch, and with every array in it, when it asks for the next one:
   * the reader may write later batches into the same arrays (scanTable). Off by default, for
   * callers that keep batches. Parquet only for now.
   */
  reuseBuffers?: boolean;
}

export interface TableReader {
  /** The path as the user gave it, used in every message. */
  readonly file: string;
  readonly format: TableFormat;
  /** Whether `lines` are physical text lines (true) or row numbers (false, Parquet). */
  readonly hasLines: boolean;
  /** Column names known before reading rows (CSV header, Parquet schema; JSON Lines: first record). */
  columns(): Promise<readonly string[]>;
  /** Streams the data rows. Throws InputError with file/line/column on malformed input. */
  batches(): AsyncIterable<RecordBatch>;
}
