/**
 * The per-example file next to an evaluation report (`<out>.examples.jsonl.gz`): one JSON object
 * per row, `{"id": …, "label": …, "prediction": …, "score": …}` (fields by task, see
 * docs/evaluate.md), and with `evaluate --sensitive` each row's sensitive values under
 * `"sensitive"`, gzip-compressed. The compare step pairs rows of two reports by `id` for paired
 * significance tests (of the metrics, and of the fairness summaries by the sensitive values).
 *
 * Why a worker thread: turning a million doubles into shortest round-trip text and gzipping it is
 * ~1 s of CPU at 1M binary rows (0.25 s of it the number texts, 0.3 s the gzip). The bootstrap is
 * synchronous on the main thread, so the file is rendered on the second core meanwhile; the typed
 * arrays are copied to the worker (a few MB), not shared. The worker's code is a plain string (eval
 * worker, CommonJS) so it is the same under tsx, vitest and the ncc bundle, with no extra file to
 * ship.
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

/**
 * The worker writes the JSON Lines bytes straight into one growing Buffer: fixed texts (keys, label
 * JSON) are UTF-8 encoded once and copied per row, numbers are written as their ToString text
 * (ASCII), ids through Buffer#write. Building a string per 65,536 rows instead (≈ 8 concatenations a
 * row) kept the whole concatenation tree alive across young-generation collections: measured on 1M
 * binary rows, 2.8 s CPU (1.8 s of it garbage collection), now ~1 s, same bytes.
 */
const WORKER_SOURCE = `
const { workerData: spec, parentPort } = require('node:worker_threads');
const { gzipSync } = require('node:zlib');
const utf8 = (t) => Uint8Array.from(Buffer.from(String(t), 'utf8'));
const f = spec.fields.map((x) => {
  const key = utf8(',"' + x.key + '":');
  const codedTexts = (json) => {
    const bytes = json.map(utf8);
    let max = 9; // "undefined", for a code past the end (what string concatenation wrote)
    for (const b of bytes) max = Math.max(max, b.length);
    return { bytes, max };
  };
  if (x.kind === 'coded') {
    const c = codedTexts(x.json);
    return { kind: 0, key, codes: x.codes, bytes: c.bytes, max: key.length + c.max };
  }
  if (x.kind === 'number') return { kind: 1, key, values: x.values, max: key.length + 25 };
  if (x.kind === 'vector') return { kind: 2, key, values: x.values, width: x.width, max: key.length + 2 + 26 * x.width };
  const members = x.members.map((m, j) => {
    const c = codedTexts(m.json);
    const name = utf8((j ? ',' : '') + m.nameJson + ':');
    return { name, codes: m.codes, bytes: c.bytes, max: name.length + c.max };
  });
  return { kind: 3, key, members, max: key.length + 2 + members.reduce((a, m) => a + m.max, 0) };
});
const ids = spec.ids;
const fixed = f.reduce((a, x) => a + x.max, 0) + 32;
const OPEN = utf8('{"id":');
let out = Buffer.allocUnsafe(Math.max(1024, Math.min(spec.rows * (fixed + 8), 64 * 1024 * 1024)));
let o = 0;
function copy(b) {
  for (let j = 0; j < b.length; j++) out[o++] = b[j];
}
function ascii(s) {
  for (let j = 0; j < s.length; j++) out[o++] = s.charCodeAt(j);
}
function coded(bytes, code) {
  const b = bytes[code];
  if (b === undefined) ascii('undefined');
  else copy(b);
}
function rows(start, end) {
  for (let i = start; i < end; i++) {
    const idText = ids ? String(JSON.stringify(ids[i])) : undefined;
    const need = fixed + (idText === undefined ? 0 : 3 * idText.length);
    if (o + need > out.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * out.length, o + need));
      out.copy(grown, 0, 0, o);
      out = grown;
    }
    copy(OPEN);
    if (idText === undefined) ascii('' + i);
    else o += out.write(idText, o, 'utf8');
    for (let k = 0; k < f.length; k++) {
      const x = f[k];
      copy(x.key);
      if (x.kind === 0) coded(x.bytes, x.codes[i]);
      else if (x.kind === 1) ascii('' + x.values[i]);
      else if (x.kind === 3) {
        out[o++] = 123; // {
        for (let j = 0; j < x.members.length; j++) {
          const m = x.members[j];
          copy(m.name);
          coded(m.bytes, m.codes[i]);
        }
        out[o++] = 125; // }
      } else {
        out[o++] = 91; // [
        for (let j = 0; j < x.width; j++) {
          if (j) out[o++] = 44; // ,
          ascii('' + x.values[i * x.width + j]);
        }
        out[o++] = 93; // ]
      }
    }
    out[o++] = 125; // }
    out[o++] = 10; // \n
  }
}
for (let start = 0; start < spec.rows; start += 4096) rows(start, Math.min(spec.rows, start + 4096));
parentPort.postMessage(gzipSync(out.subarray(0, o), { level: spec.level }));
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
