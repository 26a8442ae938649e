/**
 * Collects the current data's columns for the drift tests from a stream of RecordBatches: numeric
 * columns as the finite numbers themselves (the exact tests need every value), categorical columns
 * as counts per category. Batch-wise and typed: a numeric column grows one Float64Array; a CSV
 * batch arrives dictionary-encoded (batch-dictionary.ts), so each distinct cell text is parsed once
 * per batch and rows are a code lookup; other batches are read cell by cell with a typeof fast path.
 *
 * Cell semantics (as shared/data/values.ts and the profile, so both sides of a drift test agree):
 * - missing: null/undefined, a null token (DEFAULT_NULL_TOKENS: "", NA, NULL, ...), or NaN — NaN
 *   counts as missing like pandas' isna and Evidently, which drop it before testing.
 * - numeric: numbers, bigints and decimal text ("3.5", "1e-3"); ±Infinity, booleans, dates and
 *   other text are `nonNumeric` (counted, not tested).
 * - categorical: by distribution.ts's categoryKey (strings as they are, numbers in shortest form,
 *   booleans as true/false), dates by ISO text.
 *
 * A wanted column that a source does not have is a schema mismatch with the reference: an
 * InputError naming the column and the source. Columns the reference does not have are ignored.
 */
import { BatchDictionaries } from '../../data/batch-dictionary.js';
import { type ColumnDictionary } from '../../data/column-dictionary.js';
import type { RecordBatch } from '../../data/table.js';
import type { CellValue } from '../../data/cell-value.js';
import { defaultNullTokens, toNumber } from '../../data/values.js';
import { closestMatch } from '../../runtime/yaml-source.js';
import { InputError, type SourceLocation } from '../../runtime/errors.js';
import { categoryKey } from '../distribution.js';

export type ColumnKind = 'numeric' | 'categorical';

export interface WantedColumn {
  name: string;
  kind: ColumnKind;
}

export interface NumericColumn {
  kind: 'numeric';
  /** Every finite value, in no particular order. */
  values: Float64Array;
  /** Null cells, null tokens and NaN. */
  missing: number;
  /** Cells that are not a finite number: other text, booleans, dates, ±Infinity. */
  nonNumeric: number;
}

export interface CategoricalColumn {
  kind: 'categorical';
  /** Rows per category (categoryKey of the value). */
  counts: Map<string, number>;
  /** Null cells, null tokens and NaN. */
  missing: number;
}

export type CollectedColumn = NumericColumn | CategoricalColumn;

export interface CollectedColumns {
  /** Data rows read. */
  rows: number;
  columns: Map<string, CollectedColumn>;
}

/** How a source is named in a schema-mismatch message. */
export interface SourceLabel {
  /** e.g. `http source "orders API"`; a file source uses `location` instead. */
  name: string;
  /** For file sources: the file, so the message (and the action's annotation) points at it. */
  location?: SourceLocation;
}

/**
 * The category of a cell that is not missing: categoryKey (shared with the reference side) for
 * strings, numbers and booleans; Dates by ISO text and bigints by value, as the profile keys them.
 */
function cellCategory(v: Exclude<CellValue, null | undefined>): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return categoryKey(v);
  if (typeof v === 'bigint') return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(-Number.MAX_SAFE_INTEGER) ? categoryKey(Number(v)) : String(v);
  return Number.isNaN(v.getTime()) ? String(v) : v.toISOString();
}

const NOT_A_VALUE = NaN;

class NumericAccumulator {
  values = new Float64Array(1 << 14);
  n = 0;
  missing = 0;
  nonNumeric = 0;
  /** Per distinct value of the batch being folded: its number, or NaN when it is not one. */
  private scratch = new Float64Array(256);

  private reserve(extra: number): void {
    const need = this.n + extra;
    if (need <= this.values.length) return;
    let cap = this.values.length * 2;
    while (cap < need) cap *= 2;
    const grown = new Float64Array(cap);
    grown.set(this.values.subarray(0, this.n));
    this.values = grown;
  }

  /** A dictionary-encoded batch column: classify each distinct value once, then map codes. */
  addDictionary(dict: ColumnDictionary): void {
    const size = dict.size;
    if (this.scratch.length < size) this.scratch = new Float64Array(Math.max(size, this.scratch.length * 2));
    const num = this.scratch;
    const values = dict.values;
    const counts = dict.counts;
    let finite = 0;
    for (let d = 0; d < size; d++) {
      const x = this.classify(values[d], counts[d]);
      num[d] = x;
      if (x === x) finite += counts[d];
    }
    if (finite === 0) return;
    this.reserve(finite);
    const out = this.values;
    const codes = dict.codes;
    let n = this.n;
    for (let r = 0, rows = dict.rows; r < rows; r++) {
      const x = num[codes[r]];
      if (x === x) out[n++] = x;
    }
    this.n = n;
  }

  /** Plain cells (Parquet, JSON Lines, HTTP and Prometheus rows). */
  addCells(col: readonly CellValue[], rows: number): void {
    this.reserve(rows);
    const out = this.values;
    let n = this.n;
    for (let r = 0; r < rows; r++) {
      const v = col[r];
      if (typeof v === 'number' && v - v === 0) out[n++] = v;
      else {
        const x = this.classify(v, 1);
        if (x === x) out[n++] = x;
      }
    }
    this.n = n;
  }

  /** The finite number a cell holds, or NaN after counting it as missing or non-numeric. */
  private classify(v: CellValue, count: number): number {
    if (typeof v === 'number') {
      if (v - v === 0) return v;
      if (v !== v) this.missing += count;
      else this.nonNumeric += count;
      return NOT_A_VALUE;
    }
    if (typeof v === 'string') {
      if (defaultNullTokens.isMissing(v)) {
        this.missing += count;
        return NOT_A_VALUE;
      }
      const x = toNumber(v);
      if (x !== undefined && x - x === 0) return x;
      if (x !== undefined && x !== x) this.missing += count;
      else this.nonNumeric += count;
      return NOT_A_VALUE;
    }
    if (typeof v === 'bigint') return Number(v);
    if (v === null || v === undefined) this.missing += count;
    else this.nonNumeric += count;
    return NOT_A_VALUE;
  }

  result(): NumericColumn {
    // Give back spare capacity when it is large (the array lives as long as the drift check).
    const values = this.values.length > this.n * 1.25 + 1024 ? this.values.slice(0, this.n) : this.values.subarray(0, this.n);
    return { kind: 'numeric', values, missing: this.missing, nonNumeric: this.nonNumeric };
  }
}

class CategoricalAccumulator {
  readonly counts = new Map<string, number>();
  missing = 0;

  addDictionary(dict: ColumnDictionary): void {
    const values = dict.values;
    const counts = dict.counts;
    const map = this.counts;
    for (let d = 0, size = dict.size; d < size; d++) {
      const v = values[d];
      const c = counts[d];
      if (v === null || v === undefined || (typeof v === 'number' && v !== v) || (typeof v === 'string' && defaultNullTokens.isMissing(v))) {
        this.missing += c;
        continue;
      }
      const key = typeof v === 'string' ? v : cellCategory(v);
      map.set(key, (map.get(key) ?? 0) + c);
    }
  }

  result(): CategoricalColumn {
    return { kind: 'categorical', counts: this.counts, missing: this.missing };
  }
}

type Accumulator = NumericAccumulator | CategoricalAccumulator;

/**
 * Collects columns over one or more sources: beginSource(), add() each batch, endSource() (which
 * checks that the source had every wanted column), then result(). readCurrentData pools every
 * data source into one collector; collectColumns() is the one-source form.
 */
export class ColumnCollector {
  private readonly accumulators = new Map<string, Accumulator>();
  private readonly dictionaries = new BatchDictionaries();
  private rows = 0;
  // Per source
  private label: SourceLabel = { name: 'the current data' };
  private exempt: ReadonlySet<string> = new Set();
  private sourceRows = 0;
  private seen = new Set<string>();
  private seenOrder: string[] = [];
  private lastColumns: readonly string[] | undefined;
  private lastIndex: Array<[Accumulator, number, string]> = [];
  /** Rows of this source in which each wanted column was present. */
  private visited = new Map<string, number>();

  constructor(readonly wanted: readonly WantedColumn[]) {
    for (const w of wanted) {
      if (this.accumulators.has(w.name)) throw new Error(`column "${w.name}" is wanted twice`);
      this.accumulators.set(w.name, w.kind === 'numeric' ? new NumericAccumulator() : new CategoricalAccumulator());
    }
  }

  /**
   * Starts a source. `exempt`: wanted columns this source need not have (another source provides
   * them, e.g. a Prometheus range query named like a reference column).
   */
  beginSource(label: SourceLabel, exempt: ReadonlySet<string> = new Set()): void {
    this.label = label;
    this.exempt = exempt;
    this.sourceRows = 0;
    this.seen = new Set();
    this.seenOrder = [];
    this.lastColumns = undefined;
    this.lastIndex = [];
    this.visited = new Map();
  }

  add(batch: RecordBatch): void {
    const n = batch.length;
    if (batch.columns !== this.lastColumns) this.index(batch.columns);
    for (const [acc, c, name] of this.lastIndex) {
      this.visited.set(name, (this.visited.get(name) ?? 0) + n);
      if (acc instanceof NumericAccumulator) {
        const own = batch.dictionaries?.[c];
        if (own !== undefined) acc.addDictionary(own);
        else acc.addCells(batch.values[c], n);
      } else acc.addDictionary(this.dictionaries.column(batch, c));
    }
    this.sourceRows += n;
    this.rows += n;
  }

  private index(columns: readonly string[]): void {
    this.lastColumns = columns;
    this.lastIndex = [];
    for (let c = 0; c < columns.length; c++) {
      const name = columns[c];
      if (!this.seen.has(name)) {
        this.seen.add(name);
        this.seenOrder.push(name);
      }
      const acc = this.accumulators.get(name);
      if (acc) this.lastIndex.push([acc, c, name]);
    }
  }

  /**
   * Ends the source and returns its row count. A source with rows must have had every wanted
   * column (except the exempt ones); a source with no rows says nothing about its columns.
   */
  endSource(): number {
    // Lets go of the last batch's cells.
    this.dictionaries.release();
    if (this.sourceRows > 0) {
      const absent = this.wanted.filter((w) => !this.seen.has(w.name) && !this.exempt.has(w.name)).map((w) => w.name);
      if (absent.length > 0) throw missingColumnsError(absent, this.seenOrder, this.label);
      // Rows before a column first appeared (JSON Lines) were never visited: missing values there.
      for (const [name, visited] of this.visited) {
        if (visited < this.sourceRows) this.accumulators.get(name)!.missing += this.sourceRows - visited;
      }
    }
    return this.sourceRows;
  }

  result(): CollectedColumns {
    const columns = new Map<string, CollectedColumn>();
    for (const [name, acc] of this.accumulators) columns.set(name, acc.result());
    return { rows: this.rows, columns };
  }
}

function missingColumnsError(absent: string[], present: readonly string[], label: SourceLabel): InputError {
  const quoted = absent.map((c) => `"${c}"`).join(', ');
  const what = absent.length === 1 ? `column ${quoted} is missing` : `columns ${quoted} are missing`;
  const close = absent.map((c) => [c, closestMatch(c, present)] as const).filter(([, m]) => m !== undefined);
  const shown = present.length > 12 ? `${present.slice(0, 12).join(', ')}, … (${present.length} columns)` : present.join(', ');
  const hint = [
    ...close.map(([c, m]) => `did you mean "${m}" for "${c}"?`),
    'the current data must have the columns the reference was profiled with: rename them in the data, or leave them out of the drift check',
  ].join(' ');
  const prefix = label.location ? '' : `${label.name}: `;
  return new InputError(`${prefix}${what}: the reference has ${absent.length === 1 ? 'it' : 'them'}, this source does not (its columns: ${shown || 'none'})`, {
    location: label.location,
    hint,
  });
}

/**
 * Collects the wanted columns of one stream of batches. `source` names it in a schema-mismatch
 * error (default "the current data"; give `location` for a file).
 */
export async function collectColumns(
  batches: AsyncIterable<RecordBatch> | Iterable<RecordBatch>,
  wanted: readonly WantedColumn[],
  source: SourceLabel = { name: 'the current data' },
): Promise<CollectedColumns> {
  const collector = new ColumnCollector(wanted);
  collector.beginSource(source);
  for await (const batch of batches) collector.add(batch);
  collector.endSource();
  return collector.result();
}
