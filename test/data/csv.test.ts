import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { csvReader } from '../../shared/data/csv.js';
import { type CsvReaderOptions } from '../../shared/data/csv-options.js';
import type { TableReader } from '../../shared/data/table.js';
import type { CellValue } from '../../shared/data/cell-value.js';
import { InputError } from '../../shared/runtime/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'csv-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;

function write(content: string | Buffer, name = `t${++fileNo}.csv`): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function readAll(reader: TableReader) {
  const rows: CellValue[][] = [];
  const lines: number[] = [];
  const sizes: number[] = [];
  let columns: readonly string[] = [];
  for await (const b of reader.batches()) {
    expect(b.rowOffset).toBe(rows.length);
    columns = b.columns;
    sizes.push(b.length);
    for (let r = 0; r < b.length; r++) {
      rows.push(b.values.map((col) => col[r]));
      lines.push(b.lines[r]);
    }
  }
  return { columns, rows, lines, sizes };
}

async function read(content: string | Buffer, options: CsvReaderOptions = {}) {
  return readAll(csvReader(write(content), options));
}

async function failure(content: string | Buffer, options: CsvReaderOptions = {}): Promise<InputError> {
  const file = write(content);
  try {
    await readAll(csvReader(file, options));
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).hint).toBeTruthy();
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('csvReader: RFC 4180', () => {
  it('reads the header as column names and each record as strings, with its starting line', async () => {
    const r = await read('a,b,c\n1,2,3\nx,,z\n');
    expect(r.columns).toEqual(['a', 'b', 'c']);
    expect(r.rows).toEqual([
      ['1', '2', '3'],
      ['x', '', 'z'],
    ]);
    expect(r.lines).toEqual([2, 3]);
  });

  it('gives columns() before any row is read', async () => {
    const reader = csvReader(write('"x,1",y\n1,2\n'));
    expect(await reader.columns()).toEqual(['x,1', 'y']);
    expect(reader.format).toBe('csv');
    expect(reader.hasLines).toBe(true);
  });

  it('accepts CRLF, CR and LF line endings, mixed, with or without a final newline', async () => {
    for (const text of ['a,b\r\n1,2\r\n3,4\r\n', 'a,b\r1,2\r3,4', 'a,b\n1,2\r\n3,4\r', 'a,b\r\n1,2\n3,4']) {
      const r = await read(text);
      expect(r.rows, JSON.stringify(text)).toEqual([
        ['1', '2'],
        ['3', '4'],
      ]);
      expect(r.lines).toEqual([2, 3]);
    }
  });

  it('strips a UTF-8 byte order mark and keeps non-ASCII text', async () => {
    const r = await read('\uFEFFnom,ville\nZoë,Zürich\n😀,東京\n');
    expect(r.columns).toEqual(['nom', 'ville']);
    expect(r.rows).toEqual([
      ['Zoë', 'Zürich'],
      ['😀', '東京'],
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and embedded line breaks', async () => {
    const text = 'id,text,n\n1,"a, b",2\n2,"say ""hi""",3\n3,"two\nlines",4\n4,"crlf\r\ninside",5\n5,"cr\rinside",6\n6,"",7\n7,x,""\n';
    const r = await read(text);
    expect(r.rows).toEqual([
      ['1', 'a, b', '2'],
      ['2', 'say "hi"', '3'],
      ['3', 'two\nlines', '4'],
      ['4', 'crlf\r\ninside', '5'],
      ['5', 'cr\rinside', '6'],
      ['6', '', '7'],
      ['7', 'x', ''],
    ]);
    // Records start on physical lines 2, 3, 4, then 6 and 8 (each multi-line record takes two).
    expect(r.lines).toEqual([2, 3, 4, 6, 8, 10, 11]);
  });

  it('reads a quoted header and a quoted last field without a final newline', async () => {
    const r = await read('"a","b\nc"\n"1","2"');
    expect(r.columns).toEqual(['a', 'b\nc']);
    expect(r.rows).toEqual([['1', '2']]);
    expect(r.lines).toEqual([3]);
  });

  it('skips blank lines but counts them for line numbers', async () => {
    const r = await read('a,b\n\n1,2\n\r\n3,4\n\n');
    expect(r.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(r.lines).toEqual([3, 5]);
  });

  it('is lenient with stray quotes, like pandas: literal inside unquoted fields, text after a closing quote appended', async () => {
    const r = await read('a,b\n5" pipe,x\n"ab"c,y\n');
    expect(r.rows).toEqual([
      ['5" pipe', 'x'],
      ['abc', 'y'],
    ]);
  });

  it('yields zero rows for a header-only file', async () => {
    for (const text of ['a,b\n', 'a,b']) {
      const reader = csvReader(write(text));
      const r = await readAll(reader);
      expect(r.rows).toEqual([]);
      expect(await reader.columns()).toEqual(['a', 'b']);
    }
  });

  it('uses another delimiter when asked (tab)', async () => {
    const r = await read('a\tb\n1,5\t"x\ty"\n', { delimiter: '\t' });
    expect(r.columns).toEqual(['a', 'b']);
    expect(r.rows).toEqual([['1,5', 'x\ty']]);
  });

  it('reads a single-column file', async () => {
    const r = await read('only\nx\n"y"\n');
    expect(r.rows).toEqual([['x'], ['y']]);
  });
});

describe('csvReader: batches and read boundaries', () => {
  const tricky =
    'id,"na\r\nme",v\r\n1,"Zoë ""the"" 😀",3.5\r\n2,"multi\nline\r\nfield, with comma",\r\n\r\n3,plain,"q"\r4,"",东京\n5,"ends with quote""",x';
  const expected = [
    ['1', 'Zoë "the" 😀', '3.5'],
    ['2', 'multi\nline\r\nfield, with comma', ''],
    ['3', 'plain', 'q'],
    ['4', '', '东京'],
    ['5', 'ends with quote"', 'x'],
  ];

  it('gives the same rows and lines whatever the read size (boundaries inside quotes, CRLF and characters)', async () => {
    const file = write(tricky);
    const whole = await readAll(csvReader(file));
    expect(whole.columns).toEqual(['id', 'na\r\nme', 'v']);
    expect(whole.rows).toEqual(expected);
    expect(whole.lines).toEqual([3, 4, 8, 9, 10]); // line 7 is blank
    for (let chunkSize = 1; chunkSize <= 40; chunkSize++) {
      const r = await readAll(csvReader(file, { chunkSize }));
      expect({ chunkSize, rows: r.rows, lines: r.lines }).toEqual({ chunkSize, rows: expected, lines: whole.lines });
    }
  });

  it('cuts batches at batchRows, with rowOffset counting rows before each', async () => {
    const text = 'n\n' + Array.from({ length: 10 }, (_, i) => `${i}`).join('\n') + '\n';
    const r = await read(text, { batchRows: 4 });
    expect(r.sizes).toEqual([4, 4, 2]);
    expect(r.rows.map((x) => x[0])).toEqual(Array.from({ length: 10 }, (_, i) => `${i}`));
    expect(r.lines).toEqual(Array.from({ length: 10 }, (_, i) => i + 2));
  });
});

describe('csvReader: malformed input', () => {
  it('points at where an unterminated quoted field opened', async () => {
    const e = await failure('a,b\n1,2\n3,"never\nclosed\n');
    expect(e.message).toMatch(/t\d+\.csv:3:3: unterminated quoted field/);
    expect(e.location).toMatchObject({ line: 3, column: 3 });
    // Also when the read size cuts through it.
    const e2 = await failure('a,b\n1,2\n3,"never\nclosed\n', { chunkSize: 3 });
    expect(e2.location).toMatchObject({ line: 3, column: 3 });
  });

  it('reports a ragged row with the expected and found field counts', async () => {
    const few = await failure('a,b,c\n1,2,3\n4,5\n');
    expect(few.message).toMatch(/t\d+\.csv:3:4: expected 3 fields, found 2/);
    const many = await failure('a,b\n1,2\n"3",4,5\n');
    expect(many.message).toMatch(/t\d+\.csv:3:7: expected 2 fields, found 3/);
  });

  it('reports invalid UTF-8 with its line and column', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,2\nxy,caf'), Buffer.from([0xe9]), Buffer.from(',\n')]);
    const e = await failure(bytes);
    expect(e.message).toMatch(/t\d+\.csv:3:7: invalid UTF-8 byte 0xe9/);
    for (const chunkSize of [1, 2, 5, 13]) {
      const e2 = await failure(bytes, { chunkSize });
      expect(e2.location).toMatchObject({ line: 3, column: 7 });
    }
    // A character cut short by the end of the file.
    const cut = await failure(Buffer.concat([Buffer.from('a\né\n'), Buffer.from([0xe6, 0x9d])]));
    expect(cut.location).toMatchObject({ line: 3, column: 1 });
  });

  it('says an empty file is empty', async () => {
    for (const text of ['', '\n\n', '\uFEFF']) {
      const e = await failure(text);
      expect(e.message).toMatch(/file is empty/);
    }
  });

  it('rejects duplicate and empty header names, naming them', async () => {
    const dup = await failure('a,b,a\n1,2,3\n');
    expect(dup.message).toMatch(/t\d+\.csv:1:5: duplicate column name "a" \(columns 1 and 3\)/);
    const empty = await failure('a,,c\n1,2,3\n');
    expect(empty.message).toMatch(/t\d+\.csv:1:3: header column 2 has an empty name/);
  });
});

describe('csvReader: real data', () => {
  const file = 'node_modules/vega-datasets/data/seattle-weather.csv';

  it('reads seattle-weather.csv exactly as papaparse does (1461 rows)', async () => {
    const r = await readAll(csvReader(file, { batchRows: 1000 }));
    expect(r.rows.length).toBe(1461);
    expect(r.sizes).toEqual([1000, 461]);
    expect(r.columns).toEqual(['date', 'precipitation', 'temp_max', 'temp_min', 'wind', 'weather']);
    expect(r.rows[0]).toEqual(['2012-01-01', '0.0', '12.8', '5.0', '4.7', 'drizzle']);
    expect(r.lines[1460]).toBe(1462);
    const ref = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true });
    expect([r.columns, ...r.rows]).toEqual(ref.data);
  });
});
