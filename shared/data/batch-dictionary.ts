/**
 * The dictionaries of a stream of batches, one per column, encoded on first request and handed to
 * both the profiler and the validator (column-dictionary.ts says why and how a column is encoded).
 */
import type { CellValue } from './cell-value.js';
import { ColumnDictionary } from './column-dictionary.js';
import type { RecordBatch } from './table.js';

/**
 * The dictionaries of one batch's columns, encoded on first request. One instance serves a stream
 * of batches (buffers are reused): the profiler and the validator are handed the same instance and
 * ask for the columns they need; a column is encoded once per batch.
 */
export class BatchDictionaries {
  private batch: RecordBatch | undefined;
  private readonly columns: ColumnDictionary[] = [];
  private readonly encodedFor: (CellValue[] | undefined)[] = [];

  /** The dictionary of column c of `batch` (valid until a column of another batch is asked for). */
  column(batch: RecordBatch, c: number): ColumnDictionary {
    // Batches that arrive encoded (CSV byte path, Parquet dictionary pages) carry their dictionaries.
    const own = batch.dictionaries?.[c];
    if (own !== undefined) return own;
    if (batch !== this.batch) {
      this.batch = batch;
      this.encodedFor.fill(undefined);
    }
    let d = this.columns[c];
    if (d === undefined) d = this.columns[c] = new ColumnDictionary();
    const col = batch.values[c];
    if (this.encodedFor[c] !== col) {
      d.encode(col, batch.length);
      this.encodedFor[c] = col;
    }
    return d;
  }

  /** Lets go of the last batch (and its cells) once the stream ends. */
  release(): void {
    this.batch = undefined;
    this.encodedFor.fill(undefined);
    // Sparse when only some columns were asked for: forEach skips the holes (for…of would not).
    this.columns.forEach((d) => d.encode([], 0));
  }
}
