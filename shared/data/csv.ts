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
 */
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { isAscii, isUtf8 } from 'node:buffer';
import { InputError, UsageError } from '../runtime/errors.js';
import type { CellValue, RecordBatch, TableReader, TableReaderOptions } from './table.js';

/**
 * Rows per batch for the text readers. Smaller than table.ts's general 65,536 on purpose: every CSV
 * cell is a new string, and a 65,536-row batch (~330k strings) outlives a young-generation GC, so it
 * gets copied and promoted; with 4,096 rows the strings die young. Measured on flights-3m.csv
 * (CPU seconds for all rows): 65,536 rows 1.6 s, 16,384 rows 1.3 s, 4,096 rows 0.55 s.
 */
export const DEFAULT_BATCH_ROWS = 4_096;
/** Bytes per read; large reads amortise the per-chunk costs (decode, leftover concatenation). */
export const DEFAULT_CHUNK_SIZE = 1 << 20;

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
    let cut = bytes.length;
    for (let k = 1; k <= 3 && k <= bytes.length; k++) {
      const b = bytes[bytes.length - k];
      if ((b & 0xc0) === 0x80) continue;
      if (b >= 0xc0 && sequenceLength(b) > k) cut = bytes.length - k;
      break;
    }
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
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length > 0) yield text;
  }
  if (carry) throw new InvalidUtf8(carry[0]); // the file ends inside a character
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
  private buf = '';
  private pos = 0;
  /** Physical line of `pos` (always the start of a record or a blank line). */
  private line = 1;
  private rows = 0;
  private rowOffset = 0;
  private values: string[][] = [];
  private lines: Int32Array;
  private readonly delim: string;
  private readonly delimCode: number;
  // Scratch for the slow (quoted) path.
  private readonly fields: string[] = [];
  private readonly fieldCols: number[] = [];
  private slowLine = 0;

  constructor(
    private readonly file: string,
    private readonly batchRows: number,
    delimiter: string,
    header?: readonly string[],
  ) {
    this.delim = delimiter;
    this.delimCode = delimiter.charCodeAt(0);
    this.lines = new Int32Array(batchRows);
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

  private parseHeader(final: boolean): boolean {
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
    const n = this.header!.length;
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

  private raggedError(line: number, found: number, expected: number): never {
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
  private slowRecord(s: string, start: number, startLine: number, final: boolean): number {
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
  const batchRows = Math.max(1, options.batchRows ?? DEFAULT_BATCH_ROWS);
  let header: string[] | null = null;

  async function* parse(headerOnly: boolean): AsyncGenerator<RecordBatch> {
    const parser = new CsvParser(file, batchRows, delimiter, options.header);
    try {
      for await (const text of textChunks(file, options)) {
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
