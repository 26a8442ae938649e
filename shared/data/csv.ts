/**
 * RFC 4180 CSV reader, streamed in columnar batches with bounded memory.
 *
 * Hand-rolled because the libraries are the bottleneck. All rows of bench/out/flights-3m.csv (106 MB,
 * 3M rows, 5 columns), Node 20, 2-core machine shared with other jobs (so: ranges over runs):
 *   csv-parse 7 (stream, 1 MB chunks)      17-19 MB/s
 *   papaparse 5 (stream, 1 MB chunks)      36-47 MB/s
 *   this reader                           115-190 MB/s wall (0.55 s CPU at best = 192 MB/s)
 * and a 1.16 GB CSV (33M rows) streams at ~4M rows/s with peak RSS ~190 MB (of which ~80 MB is
 * node + tsx before reading). What makes it fast: 1 MB reads decoded once per chunk (isAscii ->
 * latin1, else isUtf8 -> utf8: both simdutf, >1 GB/s, and fatal on bad bytes), records found with
 * indexOf('\n'), a record with no '"' split with indexOf(delimiter) and one slice per cell, the next
 * '"' and '\r' positions cached (one search per chunk when a file has none), the record cut by a
 * read boundary finished on a small string instead of concatenating chunks, and small batches
 * (DEFAULT_BATCH_ROWS) so cell strings die young.
 *
 * Semantics:
 * - Header row names the columns; empty or duplicate names are an InputError.
 * - Line endings LF, CRLF or CR (also mixed); a UTF-8 BOM is stripped; the last newline is optional.
 * - Quoted fields may hold delimiters, `""` (a quote) and line breaks; `lines[r]` is the physical line
 *   a record starts on, counting the line breaks inside quoted fields.
 * - Lenient quotes, like pandas and Python's csv module: a `"` inside an unquoted field is an ordinary
 *   character, and characters after a closing quote (before the delimiter) are appended to the field
 *   (`"ab"c` reads `abc`). Only a quoted field that never closes is an error.
 * - Blank lines are skipped (as pandas' skip_blank_lines) but still counted for line numbers.
 * - Cells are strings; an empty field is "" (values.ts decides what counts as missing).
 *
 * Byte path (the default; `bytePath: false` is the string parser above, kept as the reference):
 * records are parsed from the UTF-8 bytes straight into each batch column's dictionary
 * (batch-dictionary.ts), so no string is made per cell. Per read: isAscii / isUtf8 (simdutf) on the
 * chunk, the first bad byte located only when that fails. Per record: '\n', '\r' and '"' found with
 * Buffer.indexOf (the last two cached); a record without '"' is split at the delimiter byte, and each
 * field looked up in its column's ByteColumn (short fields packed into a number, longer ones hashed
 * and compared against an arena copy); only a value new to the batch becomes a string (a slice of
 * the chunk decoded once when it is ASCII, else utf8Slice). Records with a quote, the header, and the
 * text of errors go through the string parser on decoded text, so quoting, line numbers and
 * messages are the reference's by construction (test/data/csv-bytepath.test.ts compares the two on
 * fixed inputs and a seeded fuzz). Batches carry `dictionaries`; the profiler and the validator use
 * them, and `values` is materialised (values[codes[r]]) only when a consumer reads cells: failing
 * rows' samples, compound unique keys, other callers of the reader.
 * Measured 3x each, flights-3m-iso.csv (121 MB) and the bench's other rows, 2-core machine with
 * another job running (load 1.5-4 for the bench rows, so ranges; CPU s the steadier figure):
 *                                   before (string parser)         after (byte path)
 *   reader + dictionaries, 40 MB slice, CPU (min of 6)     0.38 s                  0.26-0.28 s
 *   `mlops validate` CSV, interleaved A/B at load < 1 (wall / CPU / max RSS per /usr/bin/time)
 *                                     2.80-2.95 s / 4.6-5.3 s / 195-201 MB   2.34-2.59 s / 4.2-4.6 s / 189-198 MB
 *   bench/validate-data.ts (wall / MB/s or rows/s / peak RSS / CPU)
 *     CSV 121 MB                      2.65-3.65 s / 33-46 / 166-171 / 2.8-3.6   2.29-3.30 s / 37-53 / 158-160 / 2.6-3.8
 *     Parquet (unchanged path)        1.87-2.67 s / 1.1-1.6M / 189-204 / 2.4-3.0  2.06-2.23 s / 1.3-1.5M / 201-203 / 2.7-2.9
 *     CSV x10 1.2 GB                  23.2-29.6 s / 41-52 / 183-188 / 24-30     19.1-27.3 s / 44-63 / 172-174 / 20-28
 * Profiles and reports are byte-identical to the string parser's (flights CSV, seattle-weather.csv,
 * a 41 MB flights file with quotes, "" and CRLF; sharded and sequential). What is left in a shard
 * worker: ~40% the byte path itself (ByteColumn.id: hash probe and byte compare, ~50 ns a field),
 * the rest profile sketches (frequent items, KLL) and validation; GC ~9%.
 *
 * Files: csv-options.ts (options, batch sizes, limits), csv-chunks.ts (chunked reads, UTF-8 checks),
 * csv-text-parser.ts (the string parser, the reference), csv-byte-column.ts and csv-byte-parser.ts
 * (the byte path); this file picks the parser and is the TableReader.
 */
import { UsageError } from '../runtime/errors.js';
import type { RecordBatch, TableReader } from './table.js';
import { BYTE_PATH_BATCH_ROWS, type CsvReaderOptions, DEFAULT_BATCH_ROWS, DEFAULT_CHUNK_SIZE, HEADER_CHUNK_SIZE } from './csv-options.js';
import { CsvByteParser } from './csv-byte-parser.js';
import { CsvParser } from './csv-text-parser.js';
import { InvalidUtf8, byteChunks, invalidUtf8Error, textChunks } from './csv-chunks.js';

/** Whether a CSV with this delimiter (default ",") is read on the byte path: an ASCII delimiter. */
export function csvUsesBytePath(delimiter = ','): boolean {
  return delimiter.charCodeAt(0) < 0x80;
}

function checkDelimiter(delimiter: string): string {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new UsageError(`invalid CSV delimiter ${JSON.stringify(delimiter)}`, {
      hint: 'use a single character other than a quote or a line break, e.g. "," or "\\t"',
    });
  }
  return delimiter;
}

/** A streaming reader for a CSV (or TSV) file. */
export function csvReader(file: string, options: CsvReaderOptions = {}): TableReader {
  const delimiter = checkDelimiter(options.delimiter ?? ',');
  const bytePath = options.bytePath !== false && csvUsesBytePath(delimiter);
  const batchRows = Math.max(1, options.batchRows ?? (bytePath ? BYTE_PATH_BATCH_ROWS : DEFAULT_BATCH_ROWS));
  let header: string[] | null = null;

  /**
   * Reading only the header takes small reads: a 1 MB first read would parse its ~25,000 records
   * for nothing (~30 ms before `mlops validate` can plan its shards).
   */
  function readOptions(headerOnly: boolean): CsvReaderOptions {
    return headerOnly ? { ...options, chunkSize: Math.min(options.chunkSize ?? DEFAULT_CHUNK_SIZE, HEADER_CHUNK_SIZE) } : options;
  }

  async function* parseBytes(headerOnly: boolean): AsyncGenerator<RecordBatch> {
    const parser = new CsvByteParser(file, batchRows, delimiter, options.header, (options.start ?? 0) === 0, options.columnMajorMinColumns, options.encodeColumns);
    try {
      for await (const { bytes, ascii } of byteChunks(file, readOptions(headerOnly))) {
        parser.feed(bytes, ascii, false);
        if (headerOnly && parser.header) break;
        while (parser.ready.length > 0) yield parser.ready.shift()!;
      }
    } catch (e) {
      if (e instanceof InvalidUtf8) throw invalidUtf8Error(file, e, parser.endPosition());
      throw e;
    }
    if (!(headerOnly && parser.header)) parser.feed(Buffer.alloc(0), true, true);
    header = parser.header;
    if (!headerOnly) {
      while (parser.ready.length > 0) yield parser.ready.shift()!;
      options.onEnd?.(parser.nextLine());
    }
  }

  async function* parse(headerOnly: boolean): AsyncGenerator<RecordBatch> {
    if (bytePath) {
      yield* parseBytes(headerOnly);
      return;
    }
    const parser = new CsvParser(file, batchRows, delimiter, options.header);
    try {
      for await (const text of textChunks(file, readOptions(headerOnly))) {
        parser.feed(text, false);
        if (headerOnly && parser.header) break;
        while (parser.ready.length > 0) yield parser.ready.shift()!;
      }
    } catch (e) {
      if (e instanceof InvalidUtf8) throw invalidUtf8Error(file, e, parser.endPosition());
      throw e;
    }
    if (!(headerOnly && parser.header)) parser.feed('', true);
    header = parser.header;
    if (!headerOnly) {
      while (parser.ready.length > 0) yield parser.ready.shift()!;
      options.onEnd?.(parser.nextLine());
    }
  }

  return {
    file,
    format: 'csv',
    hasLines: true,
    async columns() {
      if (header === null) for await (const _ of parse(true));
      return header!;
    },
    batches: () => parse(false),
  };
}
