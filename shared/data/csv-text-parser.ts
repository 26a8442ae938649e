/**
 * The string parser: RFC 4180 records from decoded text, with lenient quotes (like pandas and
 * Python's csv module) and physical line numbers. The reference the byte parser is checked against,
 * and what the byte parser hands the rare cases to (the header, quoted records, error text).
 */
import { InputError } from '../runtime/errors.js';
import type { RecordBatch } from './table.js';
import type { CellValue } from './cell-value.js';
import { MAX_COLUMNS, MAX_HEADER_BYTES, REPARSE_EVERY_READ_BELOW, rowsPerBatch } from './csv-options.js';
import { endOfText } from './csv-chunks.js';
import { CR, FAR, LF, NEED_MORE, QUOTE } from './csv-options.js';

/** The incremental parser: feed it text, collect full batches from `ready`. */
export class CsvParser {
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
