/**
 * JSON Lines reader (https://jsonlines.org): one JSON object per line, streamed in columnar batches.
 *
 * - Blank (whitespace-only) lines are skipped; LF or CRLF line endings; UTF-8 (BOM stripped).
 * - Columns come from the first record's keys and grow, in order of first appearance, when a later
 *   record has a new key: a batch's `columns` is a new array whenever it grew, and rows of that batch
 *   before the key appeared hold `undefined` (as do records that lack a key).
 * - Scalars keep their JSON type (string, number, boolean, null); objects and arrays are re-serialised
 *   to JSON text. Integers beyond 2^53 lose precision, as in JSON.parse.
 */
import { InputError } from '../runtime/errors.js';
import type { RecordBatch, TableReader, TableReaderOptions } from './table.js';
import type { CellValue } from './cell-value.js';
import { InvalidUtf8, endOfText, invalidUtf8Error, textChunks } from './csv-chunks.js';
import { DEFAULT_BATCH_ROWS, type TextReadOptions } from './csv-options.js';

export interface JsonlReaderOptions extends TableReaderOptions, TextReadOptions {
  /** The text is part of a file (a shard; see TextReadOptions.start): no records is zero rows, not an error. */
  partial?: boolean;
}

const CR = 13;

function isBlank(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) return false;
  }
  return true;
}

class JsonlParser {
  columns: string[] | null = null;
  /** The first record's keys (what `columns()` promises before reading rows). */
  firstKeys: string[] | null = null;
  readonly ready: RecordBatch[] = [];
  private readonly index = new Map<string, number>();
  private values: CellValue[][] = [];
  private lines: Int32Array;
  private rows = 0;
  private rowOffset = 0;
  private line = 1;
  private buf = '';
  private pos = 0;

  constructor(
    private readonly file: string,
    private readonly batchRows: number,
    private readonly partial = false,
  ) {
    this.lines = new Int32Array(batchRows);
  }

  /** The line the text after everything fed so far starts on (after the final feed). */
  nextLine(): number {
    return this.line;
  }

  endPosition(): { line: number; column: number } {
    return endOfText(this.buf.slice(this.pos), this.line);
  }

  feed(text: string, final: boolean): void {
    const s = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
    this.buf = s;
    let pos = 0;
    const n = s.length;
    while (pos < n) {
      let end = s.indexOf('\n', pos);
      let next = end + 1;
      if (end === -1) {
        if (!final) break;
        end = n;
        next = n;
      }
      const stop = end > pos && s.charCodeAt(end - 1) === CR ? end - 1 : end;
      if (!isBlank(s, pos, stop)) this.record(s.slice(pos, stop));
      this.line++;
      pos = next;
    }
    this.pos = pos;
    if (final) {
      if (this.columns === null) {
        if (this.partial) return;
        throw new InputError('file is empty', {
          location: { file: this.file, line: 1, column: 1 },
          hint: 'a JSON Lines file needs at least one JSON object, one per line',
        });
      }
      if (this.rows > 0) this.flush();
    }
  }

  private fail(what: string, column?: number): never {
    throw new InputError(what, {
      location: { file: this.file, line: this.line, column },
      hint: 'each non-blank line must be one JSON object, e.g. {"age": 42, "city": "Oslo"}',
    });
  }

  /** A nested value as JSON text; JSON.parse takes any depth but JSON.stringify recurses. */
  private nestedText(v: object, key: string): string {
    try {
      return JSON.stringify(v);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      this.fail(`the value of "${key.length > 60 ? `${key.slice(0, 60)}…` : key}" nests too deeply to keep as text`);
    }
  }

  private record(text: string): void {
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (e) {
      const m = /at position (\d+)/.exec((e as Error).message);
      const column = m ? Number(m[1]) + 1 : text.length + 1;
      this.fail(`invalid JSON: ${(e as Error).message.replace(/ in JSON at position \d+.*$/, '')}`, column);
    }
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      const kind = obj === null ? 'null' : Array.isArray(obj) ? 'an array' : `a ${typeof obj}`;
      let column = 1;
      while (column <= text.length && /\s/.test(text[column - 1])) column++;
      this.fail(`expected a JSON object, found ${kind}`, column);
    }
    if (this.columns === null) {
      this.columns = [];
      this.newArrays();
    }
    const r = this.rows;
    for (const key in obj as Record<string, unknown>) {
      let c = this.index.get(key);
      if (c === undefined) c = this.addColumn(key);
      const v = (obj as Record<string, unknown>)[key];
      this.values[c][r] = v !== null && typeof v === 'object' ? this.nestedText(v, key) : (v as CellValue);
    }
    this.lines[r] = this.line;
    this.rows = r + 1;
    if (this.firstKeys === null) this.firstKeys = this.columns;
    if (this.rows === this.batchRows) this.flush();
  }

  private addColumn(key: string): number {
    const c = this.columns!.length;
    this.columns = [...this.columns!, key]; // a new array: earlier batches keep theirs
    this.index.set(key, c);
    const col: CellValue[] = new Array(this.batchRows);
    for (let r = 0; r < this.rows; r++) col[r] = undefined;
    this.values.push(col);
    return c;
  }

  private newArrays(): void {
    const n = this.columns!.length;
    this.values = new Array(n);
    for (let c = 0; c < n; c++) this.values[c] = new Array(this.batchRows);
    this.lines = new Int32Array(this.batchRows);
  }

  private flush(): void {
    const n = this.rows;
    let lines: Int32Array = this.lines;
    // Holes (keys a record lacked) read as undefined; make the arrays exactly `n` long.
    for (const col of this.values) col.length = n;
    if (n < this.batchRows) lines = lines.subarray(0, n);
    this.ready.push({ columns: this.columns!, values: this.values, length: n, lines, rowOffset: this.rowOffset });
    this.rowOffset += n;
    this.rows = 0;
    this.newArrays();
  }
}

/** A streaming reader for a JSON Lines file. */
export function jsonlReader(file: string, options: JsonlReaderOptions = {}): TableReader {
  const batchRows = Math.max(1, options.batchRows ?? DEFAULT_BATCH_ROWS);
  let columns: string[] | null = null;

  async function* parse(firstOnly: boolean): AsyncGenerator<RecordBatch> {
    const parser = new JsonlParser(file, batchRows, options.partial);
    try {
      for await (const text of textChunks(file, options)) {
        parser.feed(text, false);
        if (firstOnly && parser.firstKeys) break;
        while (parser.ready.length > 0) yield parser.ready.shift()!;
      }
    } catch (e) {
      if (e instanceof InvalidUtf8) throw invalidUtf8Error(file, e, parser.endPosition());
      throw e;
    }
    if (!(firstOnly && parser.firstKeys)) parser.feed('', true);
    columns = parser.firstKeys;
    if (!firstOnly) {
      while (parser.ready.length > 0) yield parser.ready.shift()!;
      options.onEnd?.(parser.nextLine());
    }
  }

  return {
    file,
    format: 'jsonl',
    hasLines: true,
    async columns() {
      if (columns === null) for await (const _ of parse(true));
      return columns!;
    },
    batches: () => parse(false),
  };
}
