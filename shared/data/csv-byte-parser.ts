/**
 * The byte parser: records parsed from UTF-8 bytes straight into column dictionaries
 * (csv-byte-column.ts), with the same records, lines and errors as the string parser.
 */
import type { RecordBatch } from './table.js';
import { ColumnDictionary } from './column-dictionary.js';
import { ByteColumn, EncodedBatch, decode } from './csv-byte-column.js';
import { COLUMN_MAJOR_MAX_BATCH_BYTES, COLUMN_MAJOR_MIN_COLUMNS, REPARSE_EVERY_READ_BELOW, rowsPerBatch } from './csv-options.js';
import { CsvParser } from './csv-text-parser.js';
import { CR, FAR, LF, NEED_MORE, QUOTE } from './csv-options.js';
import { endOfText } from './csv-chunks.js';

/**
 * The byte parser: the same records, lines and errors as CsvParser, without a string per cell.
 * A record (line) with no '"' is split at the delimiter byte and each field hashed and looked up
 * in its column's ByteColumn, in one pass over its bytes. Everything rarer goes through a
 * CsvParser on decoded text: the header, records with a quote (decoded from the record's start,
 * in windows that double until the record ends), and the text of error messages.
 */
export class CsvByteParser {
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
        this.shared.parseNumbers = true;
      }
      this.arenaLen = 0;
      this.arenaAscii = true;
      // encodeArena allocates the codes of the columns it encodes, once it knows the batch's rows.
    } else {
      while (this.columns.length < ncols) this.columns.push(new ByteColumn());
      this.codes = new Int32Array(ncols * this.batchRows);
    }
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
    const col = this.shared!;
    const ascii = this.arenaAscii;
    const from = Math.max(0, this.encodeColumns?.start ?? 0);
    const to = Math.min(ncols, this.encodeColumns?.end ?? ncols);
    // Codes for the encoded columns' n rows only: a worker of a column split encodes half of a wide
    // table's columns, and a batch's codes were ncols x B (4 MB at 10,000 columns), every batch.
    const codes = new Int32Array(Math.max(0, to - from) * n);
    for (let c = from; c < to; c++) {
      const base = c * B;
      const next = base + B;
      const last = c === ncols - 1;
      const out = (c - from) * n;
      for (let r = 0; r < n; r++) {
        const a = starts[base + r];
        const e = last ? rowEnds[r] : starts[next + r] - 1;
        codes[out + r] = col.idInBatch(arena, a, e, ascii);
      }
      dicts[c] = col.take(codes.subarray(out, out + n), n);
    }
    col.newStore();
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
    // A value new to its batch column is made from its own bytes (ByteColumn.id), not
    // sliced from the whole read decoded at once: on flights-3m.csv (~1 in 3 fields new to the
    // batch) decoding each 1 MB read cost more than the values' own decodes, and as V8 keeps a
    // slice of 13 or more characters as a view of its parent, every timestamp the sketches kept
    // held a whole read's text: a worker's shard took ~20% less CPU without it (and fewer old-space
    // collections).
    let line = this.line;
    let r = this.rows;
    let codes = this.codes;
    let lines = this.lines;
    let nextQuote = -1;
    let nextCR = -1;
    // Records that start before `lastEnd` end at a '\n' in this range: with no quote and no CR
    // after them either, each is split in one pass that stops at the delimiter or the '\n' (the
    // row-by-row path's usual case), not found with indexOf first (a call into the runtime a row).
    const lastEnd = this.arena === null ? b.lastIndexOf(LF, n - 1) + 1 : 0;
    while (pos < n) {
      if (pos < lastEnd && nextQuote === FAR && nextCR === FAR) {
        if (b[pos] === LF) {
          // blank line
          line++;
          pos++;
          continue;
        }
        let p = pos;
        for (let c = 0; c < ncols; c++) {
          let q = p;
          let w = 0;
          let x = b[q];
          while (x !== delim && x !== LF) {
            w = (w << 8) | x;
            x = b[++q];
          }
          if ((x === LF) !== (c === last)) this.raggedRecord(b, pos, x === LF ? q : b.indexOf(LF, q), ascii, line);
          codes[c * B + r] = columns[c].id(b, p, q, w, ascii);
          p = q + 1;
        }
        lines[r++] = line;
        line++;
        pos = p;
        if (r === B) {
          this.rows = r;
          this.flush();
          r = 0;
          codes = this.codes;
          lines = this.lines;
        }
        continue;
      }
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
          codes[c * B + r] = columns[c].id(b, p, q, w, ascii);
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
