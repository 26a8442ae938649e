/**
 * The per-example file next to an evaluation report (`<out>.examples.jsonl.gz`): one JSON object
 * per row, `{"id": …, "label": …, "prediction": …, "score": …}` (fields by task, see
 * docs/evaluate.md), gzip-compressed. The compare step pairs rows of two reports by `id` for
 * paired significance tests.
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
  | { key: string; kind: 'vector'; values: Float64Array; width: number };

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
      else {
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
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...spec, level: spec.level ?? 1 } });
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
