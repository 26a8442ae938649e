/**
 * The rows of an HTTP source's JSON as RecordBatches, so they go through the same column collector
 * as files. Two shapes are accepted at the `rows` pointer:
 * - an array of row objects ([{"temp_max": 12.2, "weather": "rain"}, ...]), the common API shape;
 *   columns are the union of the rows' keys, in order of first appearance, and a row without a key
 *   is missing there;
 * - an object of equal-length column arrays ({"temp_max": [12.2, ...], "weather": ["rain", ...]}),
 *   the columnar shape pandas' to_dict("list") and many analytics APIs write.
 * Cells keep their JSON type as in the JSON Lines reader: objects and arrays become JSON text.
 */
import type { RecordBatch } from '../../data/table.js';
import type { CellValue } from '../../data/cell-value.js';
import { describeJson } from './json-pointer.js';

export const JSON_BATCH_ROWS = 65_536;

function cell(v: unknown): CellValue {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** Checks the shape; returns the row count and a batch generator, or a problem to report. */
export function jsonRows(value: unknown, pointer: string, batchRows = JSON_BATCH_ROWS): { rows: number; batches: () => Generator<RecordBatch> } | { problem: string } {
  const at = pointer === '' ? 'the top level' : pointer;
  if (Array.isArray(value)) {
    const index = new Map<string, number>();
    for (let i = 0; i < value.length; i++) {
      const row = value[i];
      if (row === null || typeof row !== 'object' || Array.isArray(row)) {
        return { problem: `${at}/${i} is ${describeJson(row)}, not a row object (rows must be objects like {"column": value})` };
      }
      for (const k in row) if (!index.has(k)) index.set(k, index.size);
    }
    const columns = [...index.keys()];
    const rows = value.length;
    return {
      rows,
      *batches() {
        for (let start = 0; start < rows; start += batchRows) {
          const n = Math.min(batchRows, rows - start);
          const values: CellValue[][] = columns.map(() => new Array<CellValue>(n));
          for (let r = 0; r < n; r++) {
            const row = value[start + r] as Record<string, unknown>;
            for (let c = 0; c < columns.length; c++) values[c]![r] = cell(row[columns[c]!]);
          }
          yield { columns, values, length: n, lines: rowNumbers(start, n), rowOffset: start };
        }
      },
    };
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    let rows = -1;
    for (const [name, col] of entries) {
      if (!Array.isArray(col)) {
        return { problem: `${at} is an object, so its values must be column arrays, but "${name}" is ${describeJson(col)} (or point rows at an array of row objects)` };
      }
      if (rows >= 0 && col.length !== rows) return { problem: `${at}: column "${name}" has ${col.length} values, "${entries[0]![0]}" has ${rows}; columns must be equally long` };
      rows = col.length;
    }
    rows = Math.max(rows, 0);
    const columns = entries.map(([name]) => name);
    const arrays = entries.map(([, col]) => col as unknown[]);
    return {
      rows,
      *batches() {
        for (let start = 0; start < rows; start += batchRows) {
          const n = Math.min(batchRows, rows - start);
          const values = arrays.map((a) => {
            const out = new Array<CellValue>(n);
            for (let r = 0; r < n; r++) out[r] = cell(a[start + r]);
            return out;
          });
          yield { columns, values, length: n, lines: rowNumbers(start, n), rowOffset: start };
        }
      },
    };
  }
  return { problem: `${at} is ${describeJson(value)}, not rows (an array of row objects, or an object of column arrays)` };
}

function rowNumbers(start: number, n: number): Int32Array {
  const lines = new Int32Array(n);
  for (let r = 0; r < n; r++) lines[r] = start + r + 1;
  return lines;
}
