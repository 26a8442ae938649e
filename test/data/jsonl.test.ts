import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonlReader, type JsonlReaderOptions } from '../../shared/data/jsonl.js';
import type { TableReader } from '../../shared/data/table.js';
import type { CellValue } from '../../shared/data/cell-value.js';
import { InputError } from '../../shared/runtime/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'jsonl-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;

function write(content: string | Buffer): string {
  const file = join(dir, `t${++fileNo}.jsonl`);
  writeFileSync(file, content);
  return file;
}

async function readAll(reader: TableReader) {
  const batches: { columns: readonly string[]; rows: CellValue[][]; lines: number[] }[] = [];
  for await (const b of reader.batches()) {
    const rows: CellValue[][] = [];
    for (let r = 0; r < b.length; r++) rows.push(b.values.map((col) => col[r]));
    expect(b.values.every((col) => col.length === b.length)).toBe(true);
    batches.push({ columns: b.columns, rows, lines: [...b.lines] });
  }
  return batches;
}

async function failure(content: string | Buffer, options: JsonlReaderOptions = {}): Promise<InputError> {
  try {
    await readAll(jsonlReader(write(content), options));
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).hint).toBeTruthy();
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('jsonlReader', () => {
  it('reads one object per line, keeping scalar types and re-serialising nested values', async () => {
    const file = write('{"a": 1, "b": "x", "c": true}\n{"a": 2.5, "b": null, "c": {"k": [1, 2]}}\n{"a": -3, "b": "y", "c": [1, "z"]}\n');
    const reader = jsonlReader(file);
    expect(await reader.columns()).toEqual(['a', 'b', 'c']);
    expect(reader.hasLines).toBe(true);
    const [batch] = await readAll(reader);
    expect(batch.rows).toEqual([
      [1, 'x', true],
      [2.5, null, '{"k":[1,2]}'],
      [-3, 'y', '[1,"z"]'],
    ]);
    expect(batch.lines).toEqual([1, 2, 3]);
  });

  it('skips blank lines (counting them), accepts CRLF and a missing final newline', async () => {
    const [batch] = await readAll(jsonlReader(write('\n{"a":1}\r\n  \r\n{"a":2}')));
    expect(batch.rows).toEqual([[1], [2]]);
    expect(batch.lines).toEqual([2, 4]);
  });

  it('grows the columns when a later record has a new key; missing keys read undefined', async () => {
    const reader = jsonlReader(write('{"a":1}\n{"a":2,"b":"new"}\n{"b":"only b"}\n{"a":4}\n{"c":5}\n'), { batchRows: 2 });
    const batches = await readAll(reader);
    expect(await reader.columns()).toEqual(['a']);
    expect(batches.map((b) => b.columns)).toEqual([['a', 'b'], ['a', 'b'], ['a', 'b', 'c']]);
    expect(batches.map((b) => b.rows)).toEqual([
      [
        [1, undefined],
        [2, 'new'],
      ],
      [
        [undefined, 'only b'],
        [4, undefined],
      ],
      [[undefined, undefined, 5]],
    ]);
  });

  it('gives the same rows whatever the read size (boundaries inside lines and characters)', async () => {
    const text = '{"name":"Zoë 😀","n":1}\r\n{"name":"東京","n":2}\n\n{"name":"x\\ny","n":3}';
    const file = write(text);
    const whole = await readAll(jsonlReader(file));
    for (let chunkSize = 1; chunkSize <= 30; chunkSize++) {
      expect(await readAll(jsonlReader(file, { chunkSize }))).toEqual(whole);
    }
    expect(whole[0].rows).toEqual([
      ['Zoë 😀', 1],
      ['東京', 2],
      ['x\ny', 3],
    ]);
  });

  it('reports a line that is not JSON with its line and column', async () => {
    const e = await failure('{"a":1}\n{"a":2,}\n');
    expect(e.message).toMatch(/t\d+\.jsonl:2:8: invalid JSON/);
  });

  it('reports a line that is JSON but not an object', async () => {
    const e = await failure('{"a":1}\n\n  [1,2]\n');
    expect(e.message).toMatch(/t\d+\.jsonl:3:3: expected a JSON object, found an array/);
    const e2 = await failure('{"a":1}\n42\n');
    expect(e2.message).toMatch(/t\d+\.jsonl:2:1: expected a JSON object, found a number/);
  });

  it('reports invalid UTF-8 with its line and column, and an empty file', async () => {
    const bytes = Buffer.concat([Buffer.from('{"a":1}\n{"a":"'), Buffer.from([0xff]), Buffer.from('"}\n')]);
    const e = await failure(bytes);
    expect(e.message).toMatch(/t\d+\.jsonl:2:7: invalid UTF-8 byte 0xff/);
    expect((await failure('\n \n')).message).toMatch(/file is empty/);
  });

  it('reads real JSON data (vega-datasets cars.json as JSON Lines)', async () => {
    const cars = JSON.parse(readFileSync('node_modules/vega-datasets/data/cars.json', 'utf8')) as Record<string, unknown>[];
    const file = write(cars.map((c) => JSON.stringify(c)).join('\n'));
    const batches = await readAll(jsonlReader(file, { batchRows: 100 }));
    const rows = batches.flatMap((b) => b.rows);
    expect(rows.length).toBe(cars.length);
    const cols = batches[0].columns;
    expect(cols).toEqual(Object.keys(cars[0]));
    expect(rows[17]).toEqual(cols.map((k) => cars[17][k]));
  });
});
