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
 */
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { isAscii, isUtf8 } from 'node:buffer';
import { InputError, UsageError } from '../runtime/errors.js';
import type { RecordBatch, TableReader, TableReaderOptions } from './table.js';
import type { CellValue } from './cell-value.js';
import { ColumnDictionary } from './column-dictionary.js';

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
const HEADER_CHUNK_SIZE = 1 << 16;
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
const REPARSE_EVERY_READ_BELOW = 1 << 16;

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

/** Thrown by textChunks after the valid text before a bad byte has been yielded. */
export class InvalidUtf8 extends Error {
  constructor(readonly byte: number) {
    super(`invalid UTF-8 byte 0x${byte.toString(16).padStart(2, '0')}`);
  }
}

async function* rawChunks(file: string, options: TextReadOptions): AsyncGenerator<Uint8Array> {
  const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (options.gzip && (options.start !== undefined || options.end !== undefined)) {
    throw new UsageError('a byte range of a gzip file cannot be read', { hint: 'read the whole .gz file' });
  }
  if (options.gzip) {
    const stream = createReadStream(file, { highWaterMark: Math.max(size, 64) }).pipe(
      createGunzip({ chunkSize: Math.max(size, 64) }),
    );
    try {
      for await (const chunk of stream) yield chunk as Buffer;
    } catch (e) {
      throw new InputError(`cannot decompress: ${(e as Error).message}`, {
        location: { file },
        hint: 'the file ends in .gz but is not a complete gzip stream; re-compress it or drop the .gz',
        cause: e,
      });
    }
    return;
  }
  const fh = await open(file, 'r');
  try {
    // One buffer, reused: every chunk is copied into a JS string before the next read.
    const buf = Buffer.allocUnsafe(size);
    let pos = options.start ?? 0;
    const end = options.end ?? Infinity;
    for (;;) {
      const want = Math.min(size, end - pos);
      if (want <= 0) return;
      const { bytesRead } = await fh.read(buf, 0, want, pos);
      if (bytesRead === 0) return;
      pos += bytesRead;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

/** Length of the UTF-8 sequence a lead byte starts (0: not a valid lead byte). */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Index of the first byte that does not start a valid sequence (slow; only after isUtf8 failed). */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const len = sequenceLength(bytes[i]);
    if (len === 0 || i + len > bytes.length || !isUtf8(bytes.subarray(i, i + len))) return i;
    i += len;
  }
  return bytes.length;
}

/**
 * The file as a stream of JS strings, one per read, each cut at a character boundary, validated as
 * UTF-8 (BOM stripped). On a bad byte it yields the valid text before it, then throws InvalidUtf8,
 * so the caller can say where the bad byte is in its own terms (line and column).
 */
export async function* textChunks(file: string, options: TextReadOptions = {}): AsyncGenerator<string> {
  let carry: Buffer | null = null;
  // Only the file's first bytes can be a byte order mark.
  let first = (options.start ?? 0) === 0;
  for await (const raw of rawChunks(file, options)) {
    let bytes: Buffer = carry ? Buffer.concat([carry, raw]) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    carry = null;
    // Keep an incomplete multi-byte character for the next chunk.
    const cut = characterCut(bytes);
    if (cut < bytes.length) {
      carry = Buffer.from(bytes.subarray(cut)); // copy: `raw` is reused for the next read
      bytes = bytes.subarray(0, cut);
    }
    let text: string;
    if (isAscii(bytes)) text = bytes.toString('latin1');
    else if (isUtf8(bytes)) text = bytes.toString('utf8');
    else {
      const bad = firstInvalidUtf8(bytes);
      let prefix = bytes.toString('utf8', 0, bad);
      if (first && prefix.charCodeAt(0) === 0xfeff) prefix = prefix.slice(1);
      if (prefix.length > 0) yield prefix;
      throw new InvalidUtf8(bytes[bad]);
    }
    // (Only once there is text: with reads of 1-2 bytes the BOM's first chunks are empty.)
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length > 0) yield text;
  }
  if (carry) throw new InvalidUtf8(carry[0]); // the file ends inside a character
}

/** Where to cut `bytes` so that an incomplete multi-byte character at its end is left over. */
function characterCut(bytes: Uint8Array): number {
  let cut = bytes.length;
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k];
    if ((b & 0xc0) === 0x80) continue;
    if (b >= 0xc0 && sequenceLength(b) > k) cut = bytes.length - k;
    break;
  }
  return cut;
}

/**
 * The byte-path twin of textChunks: the file as validated UTF-8 byte chunks, each cut at a
 * character boundary (`ascii`: every byte < 0x80). Chunks may be views of a reused buffer: valid
 * until the next one is requested. On a bad byte it yields the valid bytes before it, then throws
 * InvalidUtf8. The BOM is left to the parser.
 */
async function* byteChunks(file: string, options: TextReadOptions): AsyncGenerator<{ bytes: Buffer; ascii: boolean }> {
  let carry: Buffer | null = null;
  for await (const raw of rawChunks(file, options)) {
    let bytes: Buffer = carry ? Buffer.concat([carry, raw]) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    carry = null;
    const cut = characterCut(bytes);
    if (cut < bytes.length) {
      carry = Buffer.from(bytes.subarray(cut));
      bytes = bytes.subarray(0, cut);
    }
    const ascii = isAscii(bytes);
    if (!ascii && !isUtf8(bytes)) {
      const bad = firstInvalidUtf8(bytes);
      if (bad > 0) yield { bytes: bytes.subarray(0, bad), ascii: false };
      throw new InvalidUtf8(bytes[bad]);
    }
    if (bytes.length > 0) yield { bytes, ascii };
  }
  if (carry) throw new InvalidUtf8(carry[0]);
}

/** Where the end of `text` is, given that `text` starts at the beginning of line `line`. */
export function endOfText(text: string, line: number): { line: number; column: number } {
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1 };
}

export function invalidUtf8Error(file: string, e: InvalidUtf8, where: { line: number; column: number }): InputError {
  return new InputError(`${e.message}: the file is not valid UTF-8`, {
    location: { file, line: where.line, column: where.column },
    hint: 'save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)',
  });
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const NEED_MORE = -1;
const FAR = Number.MAX_SAFE_INTEGER;

/** The incremental parser: feed it text, collect full batches from `ready`. */
class CsvParser {
  header: string[] | null = null;
  readonly ready: RecordBatch[] = [];
  buf = '';
  pos = 0;
  /** Physical line of `pos` (always the start of a record or a blank line). */
  line = 1;
  private rows = 0;
  private rowOffset = 0;
  private values: string[][] = [];
  private lines: Int32Array;
  private readonly delim: string;
  private readonly delimCode: number;
  // Scratch for the slow (quoted) path.
  readonly fields: string[] = [];
  readonly fieldCols: number[] = [];
  slowLine = 0;
  /**
   * Characters held when the last feed could not complete a record (0: it could). Parsing again
   * waits until that has doubled, so a record (or header) spanning many reads is parsed O(1) times
   * per doubling, not once per read: linear, where re-parsing on every read was quadratic
   * (a 32 MB header line took 37 s).
   */
  private stuckAt = 0;

  private batchRows: number;

  constructor(
    private readonly file: string,
    private readonly askedRows: number,
    delimiter: string,
    header?: readonly string[],
    /** false: the byte parser's helper, which parses headers and single records, never batches. */
    private readonly batches = true,
  ) {
    this.delim = delimiter;
    this.delimCode = delimiter.charCodeAt(0);
    this.batchRows = askedRows;
    this.lines = new Int32Array(batches ? askedRows : 0);
    if (header) {
      this.header = [...header];
      this.newArrays();
    }
  }

  /** The line the text after everything fed so far starts on (after the final feed). */
  nextLine(): number {
    return this.line;
  }

  /** Where the end of everything fed so far is (for errors found outside the parser). */
  endPosition(): { line: number; column: number } {
    return endOfText(this.buf.slice(this.pos), this.line);
  }

  feed(text: string, final: boolean): void {
    const held = this.buf.length - this.pos;
    if (!final && this.stuckAt >= REPARSE_EVERY_READ_BELOW && held + text.length < 2 * this.stuckAt) {
      // A cons string: no copy until the next parse flattens it once.
      this.buf = this.buf.slice(this.pos) + text;
      this.pos = 0;
      this.checkHeaderSize(final);
      return;
    }
    this.parseFed(text, final);
    const left = this.buf.length - this.pos;
    this.stuckAt = left > 0 && left === held + text.length ? left : 0;
    this.checkHeaderSize(final);
  }

  /** The header row must end within MAX_HEADER_BYTES (counted in characters here, bytes on the byte path). */
  checkHeaderSize(final: boolean, held = this.buf.length - this.pos): void {
    if (this.header !== null || final || held <= MAX_HEADER_BYTES) return;
    throw new InputError(`the header row is longer than ${MAX_HEADER_BYTES / (1024 * 1024)} MiB`, {
      location: { file: this.file, line: this.line, column: 1 },
      hint: 'the first line of a CSV file names its columns; check that this is a CSV file with line breaks (LF or CRLF) between rows',
    });
  }

  private parseFed(text: string, final: boolean): void {
    if (this.pos < this.buf.length && this.header !== null) {
      // Finish the record cut by the read boundary on a small string, so the big chunk is not
      // copied into a concatenation (that cost ~10% of the parse).
      const leftover = this.buf.slice(this.pos);
      let cut = text.indexOf('\n');
      const cr = text.indexOf('\r');
      if (cr !== -1 && (cut === -1 || cr < cut) && cr + 1 < text.length) cut = text.charCodeAt(cr + 1) === LF ? cr + 1 : cr;
      if (cut !== -1) {
        this.buf = leftover + text.slice(0, cut + 1);
        this.pos = 0;
        this.parseRows(false);
        if (this.pos === this.buf.length) {
          this.buf = text.slice(cut + 1);
          this.pos = 0;
          this.parseRows(final);
          this.finish(final);
          return;
        }
        // The record goes on (a quoted line break): fall back to one string.
        this.buf = this.buf.slice(this.pos) + text.slice(cut + 1);
        this.pos = 0;
        this.parseRows(final);
        this.finish(final);
        return;
      }
    }
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
    this.pos = 0;
    if (this.header === null) {
      if (!this.parseHeader(final)) return;
    }
    this.parseRows(final);
    this.finish(final);
  }

  private finish(final: boolean): void {
    if (final && this.rows > 0) this.flush();
  }

  parseHeader(final: boolean): boolean {
    const s = this.buf;
    for (;;) {
      // Skip blank lines before the header.
      const c = s.charCodeAt(this.pos);
      if (c === LF) {
        this.pos++;
        this.line++;
        continue;
      }
      if (c === CR) {
        if (this.pos + 1 >= s.length && !final) return false;
        this.pos += s.charCodeAt(this.pos + 1) === LF ? 2 : 1;
        this.line++;
        continue;
      }
      break;
    }
    if (this.pos >= s.length) {
      if (final) {
        throw new InputError('file is empty', {
          location: { file: this.file, line: this.line, column: 1 },
          hint: 'a CSV file needs a header row naming its columns',
        });
      }
      return false;
    }
    const next = this.slowRecord(s, this.pos, this.line, final);
    if (next === NEED_MORE) return false;
    const names = this.fields.slice();
    if (names.length > MAX_COLUMNS) {
      throw new InputError(`the header row names ${names.length} columns, more than the ${MAX_COLUMNS} we read`, {
        location: { file: this.file, line: this.line, column: 1 },
        hint: `split the table into files of at most ${MAX_COLUMNS} columns, or store it transposed; check the delimiter if the file should have fewer`,
      });
    }
    const seen = new Map<string, number>();
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const loc = { file: this.file, line: this.line, column: this.fieldCols[i] };
      if (name.trim() === '') {
        throw new InputError(`header column ${i + 1} has an empty name`, {
          location: loc,
          hint: 'give every column a name in the first row',
        });
      }
      const prev = seen.get(name);
      if (prev !== undefined) {
        throw new InputError(`duplicate column name "${name}" (columns ${prev + 1} and ${i + 1})`, {
          location: loc,
          hint: 'column names in the header row must be unique',
        });
      }
      seen.set(name, i);
    }
    this.header = names;
    this.line = this.slowLine;
    this.pos = next;
    this.newArrays();
    return true;
  }

  private newArrays(): void {
    if (!this.batches) return;
    const n = this.header!.length;
    this.batchRows = rowsPerBatch(this.askedRows, n);
    this.values = new Array(n);
    for (let c = 0; c < n; c++) this.values[c] = new Array(this.batchRows);
    this.lines = new Int32Array(this.batchRows);
  }

  private flush(): void {
    const n = this.rows;
    const values = this.values;
    let lines: Int32Array = this.lines;
    if (n < this.batchRows) {
      for (const col of values) col.length = n;
      lines = lines.subarray(0, n);
    }
    this.ready.push({ columns: this.header!, values: values as CellValue[][], length: n, lines, rowOffset: this.rowOffset });
    this.rowOffset += n;
    this.rows = 0;
    this.newArrays();
  }

  private parseRows(final: boolean): void {
    const s = this.buf;
    const n = s.length;
    const delim = this.delim;
    const ncols = this.header!.length;
    const last = ncols - 1;
    let pos = this.pos;
    let line = this.line;
    let r = this.rows;
    let values = this.values;
    let lines = this.lines;
    let nextQuote = -1;
    let nextCR = -1;
    while (pos < n) {
      if (nextQuote !== FAR && nextQuote < pos) {
        nextQuote = s.indexOf('"', pos);
        if (nextQuote === -1) nextQuote = FAR;
      }
      if (nextCR !== FAR && nextCR < pos) {
        nextCR = s.indexOf('\r', pos);
        if (nextCR === -1) nextCR = FAR;
      }
      let end = s.indexOf('\n', pos);
      let next: number;
      if (end === -1) end = n;
      if (nextCR < end) {
        end = nextCR;
        if (end + 1 < n) next = s.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
        else if (final) next = n;
        else break;
      } else if (end === n) {
        if (!final) break;
        next = n;
      } else next = end + 1;

      if (nextQuote < end) {
        // Slow path: the record has a quote, and may run over several lines.
        const after = this.slowRecord(s, pos, line, final);
        if (after === NEED_MORE) break;
        if (this.fields.length !== ncols) this.raggedError(line, this.fields.length, ncols);
        const f = this.fields;
        for (let c = 0; c < ncols; c++) values[c][r] = f[c];
        lines[r++] = line;
        line = this.slowLine;
        pos = after;
      } else if (end === pos) {
        // blank line
        line++;
        pos = next;
        continue;
      } else {
        let p = pos;
        for (let c = 0; c < last; c++) {
          const d = s.indexOf(delim, p);
          if (d === -1 || d >= end) {
            this.slowRecord(s, pos, line, true);
            this.raggedError(line, this.fields.length, ncols);
          }
          values[c][r] = s.slice(p, d);
          p = d + 1;
        }
        const d = s.indexOf(delim, p);
        if (d !== -1 && d < end) {
          this.slowRecord(s, pos, line, true);
          this.raggedError(line, this.fields.length, ncols);
        }
        values[last][r] = s.slice(p, end);
        lines[r++] = line;
        line++;
        pos = next;
      }
      if (r === this.batchRows) {
        this.rows = r;
        this.flush();
        r = 0;
        values = this.values;
        lines = this.lines;
      }
    }
    this.pos = pos;
    this.line = line;
    this.rows = r;
  }

  raggedError(line: number, found: number, expected: number): never {
    const col = found > expected ? this.fieldCols[expected] : this.fieldCols[found - 1] + this.fields[found - 1].length;
    throw new InputError(`expected ${expected} fields, found ${found}`, {
      location: { file: this.file, line, column: col },
      hint: `every row needs as many fields as the header has columns (${expected}); quote fields that contain "${this.delim === '\t' ? '\\t' : this.delim}"`,
    });
  }

  /**
   * Parses one record starting at `start` (a line start) into `fields`/`fieldCols`, setting
   * `slowLine` to the line after it. Returns the position after the record's line break, or
   * NEED_MORE if the text ends before the record does and more may come.
   */
  slowRecord(s: string, start: number, startLine: number, final: boolean): number {
    const n = s.length;
    const fields = this.fields;
    const cols = this.fieldCols;
    const delimCode = this.delimCode;
    fields.length = 0;
    cols.length = 0;
    let line = startLine;
    let lineStart = start;
    let p = start;
    for (;;) {
      cols.push(p - lineStart + 1);
      let value = '';
      if (p < n && s.charCodeAt(p) === QUOTE) {
        const openLine = line;
        const openCol = p - lineStart + 1;
        let q = p + 1;
        for (;;) {
          const e = s.indexOf('"', q);
          if (e === -1) {
            if (!final) return NEED_MORE;
            throw new InputError('unterminated quoted field', {
              location: { file: this.file, line: openLine, column: openCol },
              hint: 'the quote opened here never closes; close it, or double a quote inside a field ("")',
            });
          }
          for (let i = q; i < e; i++) {
            const c = s.charCodeAt(i);
            if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) {
              line++;
              lineStart = i + 1;
            }
          }
          value += s.slice(q, e);
          if (e + 1 >= n && !final) return NEED_MORE;
          if (s.charCodeAt(e + 1) === QUOTE) {
            value += '"';
            q = e + 2;
            continue;
          }
          p = e + 1;
          break;
        }
      }
      // Unquoted field, or lenient text after a closing quote: up to the delimiter or line end.
      let e = p;
      while (e < n) {
        const c = s.charCodeAt(e);
        if (c === delimCode || c === LF || c === CR) break;
        e++;
      }
      if (e > p) value += s.slice(p, e);
      fields.push(value);
      if (e >= n) {
        if (!final) return NEED_MORE;
        this.slowLine = line + 1;
        return n;
      }
      const c = s.charCodeAt(e);
      if (c === delimCode) {
        p = e + 1;
        continue;
      }
      this.slowLine = line + 1;
      if (c === LF) return e + 1;
      if (e + 1 >= n) return final ? n : NEED_MORE;
      return s.charCodeAt(e + 1) === LF ? e + 2 : e + 1;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The byte path: records parsed from UTF-8 bytes straight into column dictionaries.

type SliceBuffer = Buffer & { latin1Slice(start: number, end: number): string; utf8Slice(start: number, end: number): string };

/** The text of bytes [a, b) (valid UTF-8; `ascii`: known to be ASCII, decoded as latin1). */
function decode(bytes: Buffer, a: number, b: number, ascii: boolean): string {
  return ascii ? (bytes as SliceBuffer).latin1Slice(a, b) : (bytes as SliceBuffer).utf8Slice(a, b);
}

/** Fields of at most this many bytes are keyed by their bytes packed into one number. */
const SHORT_BYTES = 4;

/** A table index for a packed short field (a non-negative safe integer). */
function shortHash(k: number): number {
  const h = Math.imul((k >>> 0) ^ Math.imul((k / 4294967296) | 0, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

/** A table index for a longer field: its bytes four at a time (murmur3-style), then its length. */
function longHash(bytes: Uint8Array, a: number, len: number): number {
  let h = len;
  let i = a;
  const e4 = a + (len & ~3);
  for (; i < e4; i += 4) {
    let w = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    w = Math.imul(w, 0xcc9e2d51);
    w = (w << 15) | (w >>> 17);
    h ^= Math.imul(w, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const e = a + len;
  for (; i < e; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * One column's dictionary under construction, keyed by the cells' UTF-8 bytes: a value's bytes
 * are looked up (short ones packed into a number, longer ones hashed and compared against a copy
 * in `arena`) and decoded to a string only the first time they occur in the batch. UTF-8 is a
 * bijection on valid text, so equal bytes are equal strings: the same identity as
 * batch-dictionary.ts (strings by content, first occurrence first).
 */
class ByteColumn {
  // Tables start small and double as a column needs them: one ByteColumn per column exists before
  // the first row, and at 1,024 slots and a 32 KB arena that was 70 KB a column (700 MB for 10,000).
  values: string[] = [];
  counts = new Float64Array(16);
  // Short fields: packed key -> id.
  private smask = 15;
  private skeys = new Float64Array(16);
  private sids = new Int32Array(16).fill(-1);
  private sused = new Int32Array(16);
  private ssize = 0;
  // Longer fields: hash -> id, bytes in arena[offs, offs + lens).
  private mask = 15;
  private hashes = new Int32Array(16);
  private ids = new Int32Array(16).fill(-1);
  private offs = new Int32Array(16);
  private lens = new Int32Array(16);
  private used = new Int32Array(16);
  private size = 0;
  private arena = new Uint8Array(256);
  private arenaLen = 0;
  /**
   * The last long field's id, length and arena copy (-1: none this batch). Sorted or grouped
   * columns repeat a value row after row (flights' timestamps ~14 times), and comparing with the
   * previous value skips the hash and the probe.
   */
  private lastId = -1;
  private lastLen = 0;
  private lastOff = 0;
  /** The arena offset of the value findLong last found. */
  private foundOff = 0;

  /**
   * The id of bytes[a, b) on the column-major path: as id(), but a new value of 13 or more
   * characters is decoded on its own rather than sliced from `text` (V8 keeps a slice that long as
   * a view of the whole text, and a value the profile keeps, a minimum or a frequent item, would
   * keep a whole batch's bytes alive).
   */
  idInBatch(bytes: Buffer, a: number, b: number, text: string | undefined): number {
    const len = b - a;
    let w = 0;
    if (len <= SHORT_BYTES) for (let i = a; i < b; i++) w = (w << 8) | bytes[i];
    return this.id(bytes, a, b, w, len < 13 ? text : undefined, text !== undefined);
  }

  /**
   * The id of the field bytes[a, b). A new value is cut from `text` (the bytes decoded, when they
   * are ASCII: the same offsets; a slice is ~10x cheaper than decoding a short range) or decoded
   * (as latin1 when `ascii`).
   */
  id(bytes: Buffer, a: number, b: number, w: number, text: string | undefined, ascii = false): number {
    const len = b - a;
    if (len <= SHORT_BYTES) {
      // w: the field's last four bytes, (w << 8) | byte each (the parser builds it while scanning).
      const k = (w >>> 0) * 8 + len;
      const sids = this.sids;
      const mask = this.smask;
      let i = shortHash(k) & mask;
      for (;;) {
        const id = sids[i];
        if (id < 0) break;
        if (this.skeys[i] === k) {
          this.counts[id]++;
          return id;
        }
        i = (i + 1) & mask;
      }
      return this.insertShort(i, k, text !== undefined ? text.slice(a, b) : decode(bytes, a, b, ascii));
    }
    if (len === this.lastLen && this.lastId >= 0 && this.same(bytes, a, len, this.lastOff)) {
      this.counts[this.lastId]++;
      return this.lastId;
    }
    const h = longHash(bytes, a, len);
    const slot = this.findLong(bytes, a, len, h);
    if (slot < 0) {
      this.lastId = -slot - 1;
      this.lastOff = this.foundOff;
    } else {
      this.lastOff = this.arenaLen; // where insertLong copies the bytes
      this.lastId = this.insertLong(slot, bytes, a, len, h, text !== undefined ? text.slice(a, b) : decode(bytes, a, b, ascii));
    }
    this.lastLen = len;
    return this.lastId;
  }

  /** The id of a field given as text (a quoted field), whose UTF-8 bytes are scratch[0, len). */
  idOfText(value: string, scratch: Buffer, len: number): number {
    if (len <= SHORT_BYTES) {
      let w = 0;
      for (let i = 0; i < len; i++) w = (w << 8) | scratch[i];
      const k = (w >>> 0) * 8 + len;
      let i = shortHash(k) & this.smask;
      for (;;) {
        const id = this.sids[i];
        if (id < 0) break;
        if (this.skeys[i] === k) {
          this.counts[id]++;
          return id;
        }
        i = (i + 1) & this.smask;
      }
      return this.insertShort(i, k, value);
    }
    const h = longHash(scratch, 0, len);
    const slot = this.findLong(scratch, 0, len, h);
    if (slot < 0) return -slot - 1;
    return this.insertLong(slot, scratch, 0, len, h, value);
  }

  /** -(id + 1) when found (counted), else the free slot for it. */
  private findLong(bytes: Uint8Array, a: number, len: number, h: number): number {
    const mask = this.mask;
    const ids = this.ids;
    let i = h & mask;
    for (;;) {
      const id = ids[i];
      if (id < 0) return i;
      if (this.hashes[i] === h && this.lens[i] === len && this.same(bytes, a, len, this.offs[i])) {
        this.counts[id]++;
        this.foundOff = this.offs[i];
        return -id - 1;
      }
      i = (i + 1) & mask;
    }
  }

  private same(bytes: Uint8Array, a: number, len: number, o: number): boolean {
    const arena = this.arena;
    for (let k = 0; k < len; k++) if (arena[o + k] !== bytes[a + k]) return false;
    return true;
  }

  private fresh(value: string): number {
    const id = this.values.length;
    this.values.push(value);
    if (id === this.counts.length) {
      const c = new Float64Array(id * 2);
      c.set(this.counts);
      this.counts = c;
    }
    this.counts[id] = 1;
    return id;
  }

  private insertShort(slot: number, k: number, value: string): number {
    const id = this.fresh(value);
    this.skeys[slot] = k;
    this.sids[slot] = id;
    this.sused[this.ssize++] = slot;
    if (2 * this.ssize > this.smask) {
      const n = 2 * (this.smask + 1);
      const mask = n - 1;
      const { skeys, sids, sused, ssize } = this;
      this.skeys = new Float64Array(n);
      this.sids = new Int32Array(n).fill(-1);
      this.sused = new Int32Array(n);
      this.smask = mask;
      for (let j = 0; j < ssize; j++) {
        const o = sused[j];
        let i = shortHash(skeys[o]) & mask;
        while (this.sids[i] >= 0) i = (i + 1) & mask;
        this.skeys[i] = skeys[o];
        this.sids[i] = sids[o];
        this.sused[j] = i;
      }
    }
    return id;
  }

  private insertLong(slot: number, bytes: Uint8Array, a: number, len: number, h: number, value: string): number {
    const id = this.fresh(value);
    const o = this.arenaLen;
    if (o + len > this.arena.length) {
      const grown = new Uint8Array(Math.max(2 * this.arena.length, o + len));
      grown.set(this.arena.subarray(0, o));
      this.arena = grown;
    }
    const arena = this.arena;
    for (let k = 0; k < len; k++) arena[o + k] = bytes[a + k];
    this.arenaLen = o + len;
    this.hashes[slot] = h;
    this.ids[slot] = id;
    this.offs[slot] = o;
    this.lens[slot] = len;
    this.used[this.size++] = slot;
    if (2 * this.size > this.mask) this.growLong();
    return id;
  }

  private growLong(): void {
    const n = 2 * (this.mask + 1);
    const mask = n - 1;
    const { hashes, ids, offs, lens, used, size } = this;
    this.hashes = new Int32Array(n);
    this.ids = new Int32Array(n).fill(-1);
    this.offs = new Int32Array(n);
    this.lens = new Int32Array(n);
    this.used = new Int32Array(n);
    this.mask = mask;
    for (let k = 0; k < size; k++) {
      const o = used[k];
      let i = hashes[o] & mask;
      while (this.ids[i] >= 0) i = (i + 1) & mask;
      this.hashes[i] = hashes[o];
      this.ids[i] = ids[o];
      this.offs[i] = offs[o];
      this.lens[i] = lens[o];
      this.used[k] = i;
    }
  }

  /** Hands the batch's dictionary over (rows' codes are the caller's) and starts the next batch. */
  take(codes: Int32Array, rows: number): ColumnDictionary {
    const d = ColumnDictionary.prebuilt(this.values, this.counts.slice(0, this.values.length), codes, rows);
    for (let k = 0; k < this.ssize; k++) this.sids[this.sused[k]] = -1;
    this.ssize = 0;
    for (let k = 0; k < this.size; k++) this.ids[this.used[k]] = -1;
    this.size = 0;
    this.arenaLen = 0;
    this.lastId = -1;
    this.values = [];
    return d;
  }
}

/** A batch that arrives dictionary-encoded; `values` (each row's cell) is built on first access. */
class EncodedBatch implements RecordBatch {
  private cells: CellValue[][] | undefined;
  constructor(
    readonly columns: readonly string[],
    readonly dictionaries: readonly (ColumnDictionary | undefined)[],
    readonly length: number,
    readonly lines: Int32Array,
    readonly rowOffset: number,
  ) {}

  get values(): CellValue[][] {
    return (this.cells ??= this.dictionaries.map((d, c) => {
      if (d === undefined) throw new Error(`csv: column ${c} was not encoded (encodeColumns)`);
      return d.cells();
    }));
  }
}

/**
 * The byte parser: the same records, lines and errors as CsvParser, without a string per cell.
 * A record (line) with no '"' is split at the delimiter byte and each field hashed and looked up
 * in its column's ByteColumn, in one pass over its bytes. Everything rarer goes through a
 * CsvParser on decoded text: the header, records with a quote (decoded from the record's start,
 * in windows that double until the record ends), and the text of error messages.
 */
class CsvByteParser {
  header: string[] | null = null;
  readonly ready: RecordBatch[] = [];
  private readonly strings: CsvParser;
  private readonly delimByte: number;
  /** Unparsed bytes (a record cut by the read boundary) are work[0, left). */
  private work = Buffer.allocUnsafe(1 << 16);
  private left = 0;
  private leftAscii = true;
  private line = 1;
  private rows = 0;
  private rowOffset = 0;
  private columns: ByteColumn[] = [];
  private codes = new Int32Array(0);
  private lines = new Int32Array(0);
  private scratch = Buffer.allocUnsafe(256);
  /** Bytes held when the last feed completed no record (0: it did); see CsvParser.stuckAt. */
  private stuckAt = 0;
  /**
   * The column-major path (COLUMN_MAJOR_MIN_COLUMNS): the batch's records are copied into `arena`
   * and each field's start noted (starts[c * B + r]; a field ends one byte before the next one
   * starts, the last at rowEnds[r]); flush() then encodes the batch column by column with the one
   * table in `shared`. Null on the row-by-row path.
   */
  private arena: Buffer | null = null;
  private arenaLen = 0;
  private arenaAscii = true;
  private starts = new Int32Array(0);
  private rowEnds = new Int32Array(0);
  private shared: ByteColumn | null = null;

  private batchRows: number;

  constructor(
    file: string,
    private readonly askedRows: number,
    delimiter: string,
    header: readonly string[] | undefined,
    /** Whether the bytes start at the file's start (where a BOM may be). */
    private bom: boolean,
    private readonly columnMajorFrom = COLUMN_MAJOR_MIN_COLUMNS,
    private readonly encodeColumns?: { start: number; end: number },
  ) {
    this.batchRows = askedRows;
    this.strings = new CsvParser(file, askedRows, delimiter, header, false);
    this.delimByte = delimiter.charCodeAt(0);
    if (header) {
      this.header = [...header];
      this.newBatch();
    }
  }

  nextLine(): number {
    return this.line;
  }

  endPosition(): { line: number; column: number } {
    return endOfText(decode(this.work, 0, this.left, this.leftAscii), this.line);
  }

  feed(chunk: Buffer, ascii: boolean, final: boolean): void {
    let bytes = chunk;
    let n = chunk.length;
    if (this.left > 0) {
      n = this.left + chunk.length;
      if (this.work.length < n) {
        const grown = Buffer.allocUnsafe(Math.max(n, 2 * this.work.length));
        this.work.copy(grown, 0, 0, this.left);
        this.work = grown;
      }
      chunk.copy(this.work, this.left);
      bytes = this.work;
      ascii = ascii && this.leftAscii;
    }
    if (!final && this.stuckAt >= REPARSE_EVERY_READ_BELOW && n < 2 * this.stuckAt) {
      // Still inside the record (or header) the last feed could not finish: parse it again only
      // once the bytes held have doubled, so a record spanning many reads stays linear.
      this.left = n;
      this.leftAscii = ascii;
      this.strings.checkHeaderSize(false, n);
      return;
    }
    let pos = 0;
    if (this.bom) {
      if (n < 3 && !final) return this.keep(bytes, 0, n, ascii);
      this.bom = false;
      if (n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) pos = 3;
    }
    if (this.header === null) {
      pos = this.parseHeader(bytes, pos, n, ascii, final);
      if (this.header === null) {
        this.stuckAt = pos === 0 ? n : 0;
        this.strings.checkHeaderSize(final, n - pos);
        return this.keep(bytes, pos, n, ascii);
      }
    }
    const from = pos;
    pos = this.parseRows(bytes, pos, n, ascii, final);
    this.stuckAt = pos === 0 && from === 0 && n > 0 ? n : 0;
    this.keep(bytes, pos, n, ascii);
    if (final && this.rows > 0) this.flush();
  }

  /** Keeps bytes[pos, n) for the next feed. */
  private keep(bytes: Buffer, pos: number, n: number, ascii: boolean): void {
    const len = n - pos;
    if (len > 0) {
      if (bytes === this.work) {
        if (pos > 0) bytes.copyWithin(0, pos, n);
      }
      else {
        if (this.work.length < len) this.work = Buffer.allocUnsafe(Math.max(len, 2 * this.work.length));
        bytes.copy(this.work, 0, pos, n);
      }
    }
    this.left = len;
    this.leftAscii = ascii;
  }

  private parseHeader(bytes: Buffer, pos: number, n: number, ascii: boolean, final: boolean): number {
    const st = this.strings;
    const s = decode(bytes, pos, n, ascii);
    st.buf = s;
    st.pos = 0;
    st.line = this.line;
    const ok = st.parseHeader(final);
    const consumed = ascii ? st.pos : Buffer.byteLength(s.slice(0, st.pos));
    this.line = st.line;
    st.buf = '';
    if (ok) {
      this.header = st.header!.slice();
      this.newBatch();
    }
    return pos + consumed;
  }

  private newBatch(): void {
    const ncols = this.header!.length;
    this.batchRows = rowsPerBatch(this.askedRows, ncols);
    if (ncols >= this.columnMajorFrom) {
      if (this.arena === null) {
        this.arena = Buffer.allocUnsafe(1 << 16);
        this.starts = new Int32Array(ncols * this.batchRows);
        this.rowEnds = new Int32Array(this.batchRows);
        this.shared = new ByteColumn();
      }
      this.arenaLen = 0;
      this.arenaAscii = true;
    } else while (this.columns.length < ncols) this.columns.push(new ByteColumn());
    this.codes = new Int32Array(ncols * this.batchRows);
    this.lines = new Int32Array(this.batchRows);
  }

  /** Room for `len` more bytes in the arena. */
  private arenaRoom(len: number): Buffer {
    const need = this.arenaLen + len;
    if (this.arena!.length < need) {
      const grown = Buffer.allocUnsafe(Math.max(need, 2 * this.arena!.length));
      this.arena!.copy(grown, 0, 0, this.arenaLen);
      this.arena = grown;
    }
    return this.arena!;
  }

  /**
   * Column-major path: copies record b[pos, end) (no quote in it) into the arena as row r and notes
   * where its fields start. Returns false when its field count is wrong.
   */
  private recordToArena(b: Buffer, pos: number, end: number, r: number, ascii: boolean): boolean {
    const delim = this.delimByte;
    const ncols = this.header!.length;
    const B = this.batchRows;
    const starts = this.starts;
    const o = this.arenaLen - pos;
    let p = pos;
    for (let c = 0; c < ncols; c++) {
      starts[c * B + r] = p + o;
      let q = p;
      while (q < end && b[q] !== delim) q++;
      if (q < end !== c < ncols - 1) return false;
      p = q + 1;
    }
    const arena = this.arenaRoom(end - pos);
    b.copy(arena, this.arenaLen, pos, end);
    this.arenaLen += end - pos;
    this.rowEnds[r] = this.arenaLen;
    if (!ascii) this.arenaAscii = false;
    return true;
  }

  /** Column-major path: a quoted record's fields (already unquoted) into the arena as row r. */
  private fieldsToArena(fields: readonly string[], r: number): void {
    const B = this.batchRows;
    for (let c = 0; c < fields.length; c++) {
      const f = fields[c];
      // One byte more than the field: the gap where a delimiter would be (a field ends one byte
      // before the next one starts).
      const arena = this.arenaRoom(3 * f.length + 1);
      this.starts[c * B + r] = this.arenaLen;
      const len = arena.write(f, this.arenaLen);
      if (len !== f.length) this.arenaAscii = false;
      this.arenaLen += len + 1;
    }
    this.rowEnds[r] = this.arenaLen - 1;
  }

  /** Column-major path: encodes the batch's n rows column by column. */
  private encodeArena(n: number, dicts: (ColumnDictionary | undefined)[]): void {
    const arena = this.arena!;
    const B = this.batchRows;
    const ncols = this.header!.length;
    const starts = this.starts;
    const rowEnds = this.rowEnds;
    const codes = this.codes;
    const col = this.shared!;
    // ASCII bytes decoded once: new short values are slices of it (see ByteColumn.idInBatch).
    const text = this.arenaAscii ? decode(arena, 0, this.arenaLen, true) : undefined;
    const from = Math.max(0, this.encodeColumns?.start ?? 0);
    const to = Math.min(ncols, this.encodeColumns?.end ?? ncols);
    for (let c = from; c < to; c++) {
      const base = c * B;
      const next = base + B;
      const last = c === ncols - 1;
      for (let r = 0; r < n; r++) {
        const a = starts[base + r];
        const e = last ? rowEnds[r] : starts[next + r] - 1;
        codes[base + r] = col.idInBatch(arena, a, e, text);
      }
      dicts[c] = col.take(codes.subarray(base, base + n), n);
    }
  }

  private flush(): void {
    const n = this.rows;
    const B = this.batchRows;
    const ncols = this.header!.length;
    const dicts: (ColumnDictionary | undefined)[] = new Array(ncols);
    if (this.arena !== null) this.encodeArena(n, dicts);
    else for (let c = 0; c < ncols; c++) dicts[c] = this.columns[c].take(this.codes.subarray(c * B, c * B + n), n);
    const lines = n < B ? this.lines.subarray(0, n) : this.lines;
    this.ready.push(new EncodedBatch(this.header!, dicts, n, lines, this.rowOffset));
    this.rowOffset += n;
    this.rows = 0;
    this.newBatch();
  }

  /** Parses the records in bytes[pos, n); returns where the unparsed rest starts. */
  private parseRows(b: Buffer, pos: number, n: number, ascii: boolean, final: boolean): number {
    const delim = this.delimByte;
    const ncols = this.header!.length;
    const last = ncols - 1;
    const B = this.batchRows;
    const columns = this.columns;
    // ASCII bytes decoded once: new values are slices of it (see ByteColumn.id).
    const text = ascii ? decode(b, 0, n, true) : undefined;
    let line = this.line;
    let r = this.rows;
    let codes = this.codes;
    let lines = this.lines;
    let nextQuote = -1;
    let nextCR = -1;
    while (pos < n) {
      if (nextQuote !== FAR && nextQuote < pos) {
        nextQuote = b.indexOf(QUOTE, pos);
        if (nextQuote === -1 || nextQuote >= n) nextQuote = FAR;
      }
      if (nextCR !== FAR && nextCR < pos) {
        nextCR = b.indexOf(CR, pos);
        if (nextCR === -1 || nextCR >= n) nextCR = FAR;
      }
      let end = b.indexOf(LF, pos);
      if (end === -1 || end > n) end = n;
      let next: number;
      if (nextCR < end) {
        end = nextCR;
        if (end + 1 < n) next = b[end + 1] === LF ? end + 2 : end + 1;
        else if (final) next = n;
        else break;
      } else if (end === n) {
        if (!final) break;
        next = n;
      } else next = end + 1;

      if (nextQuote < end) {
        const after = this.quotedRecord(b, pos, n, ascii, final, line, codes, r);
        if (after === NEED_MORE) break;
        lines[r++] = line;
        line = this.strings.slowLine;
        pos = after;
      } else if (end === pos) {
        // blank line
        line++;
        pos = next;
        continue;
      } else if (this.arena !== null) {
        if (!this.recordToArena(b, pos, end, r, ascii)) this.raggedRecord(b, pos, end, ascii, line);
        lines[r++] = line;
        line++;
        pos = next;
      } else {
        let p = pos;
        for (let c = 0; c < ncols; c++) {
          let q = p;
          let w = 0;
          while (q < end) {
            const x = b[q];
            if (x === delim) break;
            w = (w << 8) | x;
            q++;
          }
          if (q < end !== c < last) this.raggedRecord(b, pos, end, ascii, line);
          codes[c * B + r] = columns[c].id(b, p, q, w, text);
          p = q + 1;
        }
        lines[r++] = line;
        line++;
        pos = next;
      }
      if (r === B || (this.arena !== null && this.arenaLen >= COLUMN_MAJOR_MAX_BATCH_BYTES)) {
        this.rows = r;
        this.flush();
        r = 0;
        codes = this.codes;
        lines = this.lines;
      }
    }
    this.line = line;
    this.rows = r;
    return pos;
  }

  /** A record whose field count is wrong (no quotes in it): the string parser's error. */
  private raggedRecord(b: Buffer, pos: number, end: number, ascii: boolean, line: number): never {
    const st = this.strings;
    st.slowRecord(decode(b, pos, end, ascii), 0, line, true);
    return st.raggedError(line, st.fields.length, this.header!.length);
  }

  /**
   * A record with a quote, parsed by the string parser from its start; its fields go into the
   * dictionaries as text. Returns the byte after it, or NEED_MORE.
   */
  private quotedRecord(b: Buffer, pos: number, n: number, ascii: boolean, final: boolean, line: number, codes: Int32Array, r: number): number {
    const st = this.strings;
    const ncols = this.header!.length;
    let size = 0;
    let winEnd = pos;
    for (;;) {
      // Windows end after a '\n' (never inside a character) or at n, and double in size.
      size = Math.max(2 * size, 256);
      if (pos + size >= n) winEnd = n;
      else {
        const lf = b.indexOf(LF, Math.max(pos + size, winEnd));
        winEnd = lf === -1 || lf >= n ? n : lf + 1;
      }
      const s = decode(b, pos, winEnd, ascii);
      const after = st.slowRecord(s, 0, line, final && winEnd === n);
      if (after === NEED_MORE) {
        if (winEnd === n) return NEED_MORE;
        continue;
      }
      const fields = st.fields;
      if (fields.length !== ncols) st.raggedError(line, fields.length, ncols);
      if (this.arena !== null) {
        this.fieldsToArena(fields, r);
        return pos + (ascii ? after : Buffer.byteLength(s.slice(0, after)));
      }
      const B = this.batchRows;
      for (let c = 0; c < ncols; c++) {
        const f = fields[c];
        if (this.scratch.length < 3 * f.length) this.scratch = Buffer.allocUnsafe(Math.max(3 * f.length, 2 * this.scratch.length));
        const len = this.scratch.write(f, 0);
        codes[c * B + r] = this.columns[c].idOfText(f, this.scratch, len);
      }
      return pos + (ascii ? after : Buffer.byteLength(s.slice(0, after)));
    }
  }
}

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
