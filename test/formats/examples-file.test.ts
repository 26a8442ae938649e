/**
 * The per-example file's worker writes bytes directly (examples-file.ts). Its text must be what the
 * plain string concatenation it replaced wrote, byte for byte: the reference below is that
 * concatenation, run on inputs with non-ASCII and escaped ids and labels, missing codes, numbers
 * whose text is long or odd (NaN, -0, 1e21, subnormal), vectors and records, and enough rows to
 * grow the output buffer.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderExamplesFile, sensitiveExampleField, type ExampleField, type ExamplesSpec } from '../../shared/formats/examples-file.js';

function reference(spec: ExamplesSpec): string {
  let s = '';
  for (let i = 0; i < spec.rows; i++) {
    s += '{"id":' + (spec.ids ? JSON.stringify(spec.ids[i]) : i);
    for (const x of spec.fields) {
      s += ',"' + x.key + '":';
      if (x.kind === 'coded') s += x.json[x.codes[i]!];
      else if (x.kind === 'number') s += x.values[i];
      else if (x.kind === 'record') s += '{' + x.members.map((m) => JSON.stringify(m.name) + ':' + m.json[m.codes[i]!]).join(',') + '}';
      else s += '[' + Array.from(x.values.subarray(i * x.width, (i + 1) * x.width)).join(',') + ']';
    }
    s += '}\n';
  }
  return s;
}

const ODD = [Number.NaN, -0, 1e-7, 1e21, -2.2250738585072014e-308, 5e-324, Number.POSITIVE_INFINITY, 0.1 + 0.2, -1 / 3];

describe('renderExamplesFile', () => {
  it('writes what string concatenation writes: odd numbers, non-ASCII and escaped texts, missing codes', async () => {
    const n = 3000;
    const values = Float64Array.from({ length: n }, (_, i) => ODD[i % ODD.length]! * (1 + i));
    const json = ['"a"', '1', '"é\\u0001"', '"😀"', '"x\\"y"', 'null', '"\\ud800"'];
    // −1 and 7 are past the ends of `json`: concatenation wrote "undefined" there.
    const codes = Int32Array.from({ length: n }, (_, i) => (i % 9) - 1);
    const ids = Array.from({ length: n }, (_, i) => ['r' + i, 'é' + i, '😀', '\u0000x', '"q"', '\ud800', ''][i % 7]!);
    const sensitive = sensitiveExampleField([
      { column: 'race', values: ['A', 'B', 'ü'], codes: Int32Array.from({ length: n }, (_, i) => (i % 5) - 1) },
      { column: 's"x', values: ['m'], codes: new Int32Array(n) },
    ])!;
    const specs: ExamplesSpec[] = [
      { rows: n, fields: [{ key: 'label', kind: 'coded', codes, json }, { key: 'score', kind: 'number', values }] },
      {
        rows: n,
        ids,
        fields: [
          { key: 'prediction', kind: 'coded', codes: Uint8Array.from(codes, (c) => Math.max(0, c)), json },
          { key: 'scores', kind: 'vector', values: Float64Array.from({ length: 3 * n }, (_, i) => values[i % n]! / 7), width: 3 },
          sensitive,
        ],
      },
      { rows: 0, fields: [] },
    ];
    for (const spec of specs) expect(gunzipSync(await renderExamplesFile(spec)).toString('utf8')).toBe(reference(spec));
  });

  it('grows its buffer past the first estimate (long ids)', async () => {
    const n = 2000;
    const ids = Array.from({ length: n }, (_, i) => 'é'.repeat(i % 3000) + i);
    const fields: ExampleField[] = [{ key: 'score', kind: 'number', values: Float64Array.from({ length: n }, (_, i) => i / 3) }];
    const text = gunzipSync(await renderExamplesFile({ rows: n, ids, fields })).toString('utf8');
    expect(text).toBe(reference({ rows: n, ids, fields }));
  });
});
