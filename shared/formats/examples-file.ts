/**
 * The per-example file next to an evaluation report (`<out>.examples.jsonl.gz`): one JSON object
 * per row, `{"id": …, "label": …, "prediction": …, "score": …}` (fields by task, see
 * docs/evaluate.md), and with `evaluate --sensitive` each row's sensitive values under
 * `"sensitive"`, gzip-compressed. The compare step pairs rows of two reports by `id` for paired
 * significance tests (of the metrics, and of the fairness summaries by the sensitive values).
 *
 * Why a worker thread: turning a million doubles into shortest round-trip text and gzipping it is
 * ~2 s of CPU, as long as the bootstrap itself. The bootstrap is synchronous on the main thread, so
 * the file is rendered on the second core meanwhile; the typed arrays are copied to the worker
 * (a few MB), not shared. The worker's code is a plain string (eval worker, CommonJS) so it is the
 * same under tsx, vitest and the ncc bundle, with no extra file to ship.
 */
import { Worker } from 'node:worker_threads';

export type ExampleField =
  /** A label: `json[codes[i]]` is the JSON text of row i's value. */
  | { key: string; kind: 'coded'; codes: Int32Array | Uint8Array; json: string[] }
  | { key: string; kind: 'number'; values: Float64Array }
  /** `width` numbers per row, written as a JSON array. */
  | { key: string; kind: 'vector'; values: Float64Array; width: number }
  /**
   * A JSON object per row, one member per entry: `json[codes[i]]` is the JSON text of row i's value
   * (`"sensitive": {"race": "Caucasian", "sex": null}`). Member names are user data: JSON-escaped.
   */
  | { key: string; kind: 'record'; members: Array<{ name: string; codes: Int32Array; json: string[] }> };

export interface ExamplesSpec {
  rows: number;
  /** Row ids as text (from an id column); absent = the 0-based row index as a number. */
  ids?: readonly string[];
  fields: ExampleField[];
  /**
   * gzip level (default 1). Measured on 1M binary rows (51 MB of JSON Lines): level 1 takes 345 ms
   * and writes 13.8 MB, level 6 takes 974 ms for 12.3 MB. The file is an intermediate artifact read
   * once by compare, so 12% more bytes is the better trade for the evaluate step's time.
   */
  level?: number;
}

const WORKER_SOURCE = `
const { workerData: spec, parentPort } = require('node:worker_threads');
const { gzipSync } = require('node:zlib');
const f = spec.fields;
const parts = [];
for (let start = 0; start < spec.rows; start += 65536) {
  const end = Math.min(spec.rows, start + 65536);
  let s = '';
  for (let i = start; i < end; i++) {
    s += '{"id":' + (spec.ids ? JSON.stringify(spec.ids[i]) : i);
    for (let k = 0; k < f.length; k++) {
      const x = f[k];
      s += ',"' + x.key + '":';
      if (x.kind === 'coded') s += x.json[x.codes[i]];
      else if (x.kind === 'number') s += x.values[i];
      else if (x.kind === 'record') {
        s += '{';
        for (let j = 0; j < x.members.length; j++) {
          const m = x.members[j];
          s += (j ? ',' : '') + m.nameJson + ':' + m.json[m.codes[i]];
        }
        s += '}';
      } else {
        s += '[';
        for (let j = 0; j < x.width; j++) s += (j ? ',' : '') + x.values[i * x.width + j];
        s += ']';
      }
    }
    s += '}\\n';
  }
  parts.push(Buffer.from(s));
}
parentPort.postMessage(gzipSync(Buffer.concat(parts), { level: spec.level }));
`;

/** Renders the gzipped JSON Lines on a worker thread; resolves with the bytes to write. */
export function renderExamplesFile(spec: ExamplesSpec): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Member names JSON-escaped once here, not per row in the worker.
    const fields = spec.fields.map((f) => (f.kind === 'record' ? { ...f, members: f.members.map((m) => ({ ...m, nameJson: JSON.stringify(m.name) })) } : f));
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...spec, fields, level: spec.level ?? 1 } });
    worker.once('message', (m: Uint8Array) => {
      resolve(Buffer.from(m.buffer, m.byteOffset, m.byteLength));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`examples worker exited with code ${code}`));
    });
  });
}

/**
 * The `"sensitive"` member of each row (evaluate --sensitive): every sensitive column's value as
 * text, null where the cell is missing (`codes[i]` < 0), as the fairness section groups them.
 * Undefined when there are no sensitive columns.
 */
export function sensitiveExampleField(columns: ReadonlyArray<{ column: string; values: readonly string[]; codes: Int32Array }>): ExampleField | undefined {
  if (columns.length === 0) return undefined;
  return {
    key: 'sensitive',
    kind: 'record',
    members: columns.map((c) => {
      const k = c.values.length;
      const codes = new Int32Array(c.codes.length);
      for (let i = 0; i < codes.length; i++) codes[i] = c.codes[i]! < 0 ? k : c.codes[i]!;
      return { name: c.column, codes, json: [...c.values.map((v) => JSON.stringify(v)), 'null'] };
    }),
  };
}
