/**
 * The CSV byte path (cells parsed from bytes straight into column dictionaries) against the string
 * parser it replaces by default (`bytePath: false`): same batches, lines, errors, profiles and
 * reports, on fixed inputs and a seeded fuzz of quotes, line breaks, multi-byte characters, BOMs,
 * blank lines, ragged rows, bad bytes, chunk sizes, batch sizes and byte ranges.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvReader } from '../../shared/data/csv.js';
import { BYTE_PATH_BATCH_ROWS, type CsvReaderOptions } from '../../shared/data/csv-options.js';
import { BatchDictionaries } from '../../shared/data/batch-dictionary.js';
import { loadContract } from '../../shared/data/contract.js';
import { createProfiler } from '../../shared/data/profile.js';
import { createValidator } from '../../shared/data/validate.js';
import { profilerTyping } from '../../shared/data/scan-table.js';
import { validateData } from '../../shared/steps/validate-data.js';
import type { CellValue } from '../../shared/data/cell-value.js';
import { mulberry32 } from '../support/mulberry32.js';

const dir = mkdtempSync(join(tmpdir(), 'csv-bytepath-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
function write(content: string | Buffer, name = `f${++fileNo}.csv`): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Everything a reader shows: batches (cells, lines, offsets), the end line, columns, or the error. */
async function observe(file: string, options: CsvReaderOptions) {
  const out: { columns?: readonly string[]; batches: unknown[]; nextLine?: number; error?: unknown } = { batches: [] };
  try {
    const reader = csvReader(file, { ...options, onEnd: (l) => (out.nextLine = l) });
    for await (const b of reader.batches()) {
      const cells: CellValue[][] = b.values.map((c) => c.slice(0, b.length));
      out.batches.push({ columns: [...b.columns], length: b.length, rowOffset: b.rowOffset, lines: Array.from(b.lines), cells });
      if (b.dictionaries) {
        // The dictionaries encode exactly the cells: distinct in order of first occurrence, counts.
        b.dictionaries.forEach((d, c) => {
          if (d === undefined) throw new Error(`column ${c} has no dictionary: the byte path encodes every column`);
          const seen = new Map<CellValue, number>();
          const counts: number[] = [];
          for (let r = 0; r < b.length; r++) {
            const v = cells[c][r];
            let id = seen.get(v);
            if (id === undefined) seen.set(v, (id = seen.size));
            counts[id] = (counts[id] ?? 0) + 1;
            expect(d.codes[r]).toBe(id);
          }
          expect(d.values).toEqual([...seen.keys()]);
          expect(Array.from(d.counts.subarray(0, d.size))).toEqual(counts);
        });
      }
    }
    out.columns = await csvReader(file, options).columns();
  } catch (e) {
    const x = e as Error & { location?: unknown; hint?: unknown };
    out.error = { name: x.name, message: x.message, location: x.location, hint: x.hint };
  }
  return out;
}

async function same(file: string, options: CsvReaderOptions = {}) {
  const bytes = await observe(file, { ...options, bytePath: true });
  const strings = await observe(file, { ...options, bytePath: false });
  expect(bytes, JSON.stringify({ file: readFileSync(file, 'latin1').slice(0, 300), options })).toEqual(strings);
  return bytes;
}


const PLAIN = ['', 'a', 'abc', '12', '-3.5', 'é', 'naïve', '日本語', '😀x', 'ab"c', 'x y', '2001-01-01T00:01:00.000Z', 'Zürich', 'NA', '0'];
const QUOTED = ['""', '"a,b"', '"say ""hi"""', '"two\nlines"', '"crlf\r\nin"', '"cr\ronly"', '"日本,語"', '"😀"""', '"ab"c', '"a\tb"', '"abc"', '"12"'];

function fuzzCsv(next: () => number, delim: string): Buffer {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const ncols = 1 + Math.floor(next() * 4);
  const eol = () => pick(['\n', '\n', '\n', '\r\n', '\r']);
  const cell = () => {
    const v = next() < 0.2 ? pick(QUOTED) : pick(PLAIN);
    return delim === ',' ? v : v.replaceAll(',', delim);
  };
  let text = '';
  if (next() < 0.15) text += '\ufeff';
  if (next() < 0.1) text += eol();
  text += Array.from({ length: ncols }, (_, i) => (next() < 0.1 ? `"c${i}"` : `c${i}`)).join(delim);
  const rows = Math.floor(next() * 40);
  for (let r = 0; r < rows; r++) {
    text += eol();
    if (next() < 0.05) text += eol(); // blank line
    let n = ncols;
    if (next() < 0.02) n += next() < 0.5 ? -1 : 1; // ragged
    if (n === 0) n = 2;
    text += Array.from({ length: n }, cell).join(delim);
  }
  if (next() < 0.6) text += eol();
  if (next() < 0.02) text += '"never closed\n1';
  let buf = Buffer.from(text, 'utf8');
  if (next() < 0.03) {
    // A bad byte somewhere, or a truncated character at the end.
    const at = Math.floor(next() * buf.length);
    buf = next() < 0.5 ? Buffer.concat([buf.subarray(0, at), Buffer.from([0xff]), buf.subarray(at)]) : Buffer.concat([buf, Buffer.from([0xe6, 0x97])]);
  }
  return buf;
}

describe('CSV byte path', () => {
  it('matches the string parser on fixed inputs at every chunk size', async () => {
    const inputs = [
      'a,b\n1,2\n3,4\n',
      '\ufeffa,b\r\n1,2\r\n\r\n3,4',
      'a,b\r1,2\r3,4\r',
      'id,"na\r\nme",v\n1,"x,""y""",z\n2,"multi\nline\r\nfield",w\n\n3,é,日本\n4,"",\n5,ab"c,"q"tail\n',
      'a,b\n1,2\n3\n',
      'a,b\n1,2\n3,4,5\n',
      'a,b\n1,"2\n3,4\n',
      'a,a\n1,2\n',
      ',b\n1,2\n',
      '',
      '\n\n',
      '\ufeff',
      'a\n\n\n',
      'x\ny',
    ];
    for (const input of inputs) {
      const file = write(input);
      for (const chunkSize of [1, 2, 3, 4, 5, 7, 11, 64, undefined]) {
        for (const batchRows of [1, 2, 4096]) await same(file, { chunkSize, batchRows });
        await same(file, { chunkSize, batchRows: 2, columnMajorMinColumns: 1 });
      }
    }
  });

  it('encodes a wide table column by column into the same batches', async () => {
    // 300 columns (past COLUMN_MAJOR_MIN_COLUMNS): plain, quoted and multi-byte fields, a quoted
    // line break, CRLF, and long values (decoded on their own, not sliced from the batch's text).
    const next = mulberry32(13);
    const cols = 300;
    let text = `${Array.from({ length: cols }, (_, c) => `c${c}`).join(',')}\r\n`;
    for (let r = 0; r < 40; r++) {
      text += Array.from({ length: cols }, (_, c) => {
        const x = next();
        if (x < 0.05) return QUOTED[Math.floor(next() * QUOTED.length)];
        if (x < 0.1) return 'v'.repeat(10 + Math.floor(next() * 20));
        return c % 3 === 0 ? String(Math.floor(next() * 5)) : PLAIN[Math.floor(next() * PLAIN.length)];
      }).join(',');
      text += r % 3 === 0 ? '\r\n' : '\n';
    }
    const file = write(text);
    for (const chunkSize of [7, 4096, undefined]) await same(file, { chunkSize });
    const ragged = write(`${text}1,2\n`);
    expect((await same(ragged, {})).error).toMatchObject({ location: { line: text.split(/\r\n|\r|\n/).length } });
  });

  it('reports a bad byte at the same line and column', async () => {
    const file = write(Buffer.concat([Buffer.from('a,b\n1,日本\n"x\ny",é'), Buffer.from([0xc3, 0x28]), Buffer.from(',\n')]));
    for (const chunkSize of [1, 2, 3, 5, 8, 1024]) {
      const r = await same(file, { chunkSize });
      expect(r.error).toMatchObject({ location: { line: 4 } });
    }
  });

  it('matches the string parser on a seeded fuzz of quotes, line breaks and multi-byte text', async () => {
    const next = mulberry32(20240611);
    for (let k = 0; k < 400; k++) {
      const delim = k % 5 === 4 ? '\t' : k % 7 === 6 ? ';' : ',';
      const buf = fuzzCsv(next, delim);
      const file = write(buf);
      const chunkSize = [1, 2, 3, 5, 7, 16, 64, 4096][Math.floor(next() * 8)];
      const batchRows = [1, 3, 7, 4096][Math.floor(next() * 4)];
      // Every other case on the column-major path (wide tables'), which these narrow files take
      // when its threshold is lowered.
      const columnMajorMinColumns = k % 2 === 0 ? 1 : undefined;
      await same(file, { delimiter: delim, chunkSize, batchRows, columnMajorMinColumns });
      // A byte range cut after a '\n', read as a shard (header given, lines from 1).
      const cut = buf.indexOf(10, Math.floor(next() * buf.length));
      if (cut !== -1) {
        const header = ['c0', 'c1', 'c2', 'c3'].slice(0, 1 + Math.floor(next() * 4));
        await same(file, { delimiter: delim, chunkSize, batchRows, columnMajorMinColumns, start: cut + 1, header });
        await same(file, { delimiter: delim, chunkSize, batchRows, columnMajorMinColumns, start: 0, end: cut + 1 });
      }
    }
  });

  it('gives the string path profile and report (sequential and sharded) on real and quoted data', async () => {
    const weather = readFileSync(join(process.cwd(), 'node_modules/vega-datasets/data/seattle-weather.csv'), 'utf8');
    const next = mulberry32(7);
    const codes = ['LAS', 'PHL', 'ATL', 'SAV', 'jfk', 'Zür', 'A"B', 'a,b', ''];
    let flights = 'date,delay,distance,origin,destination\r\n';
    for (let r = 0; r < 20000; r++) {
      const q = (s: string) => (/[",\n]/.test(s) || next() < 0.05 ? `"${s.replaceAll('"', '""')}"` : s);
      const t = new Date(Date.UTC(2001, 0, 1) + Math.floor(r / 7) * 60000).toISOString();
      flights += `${t},${Math.floor(next() * 60) - 10},${next() < 0.01 ? '' : Math.floor(next() * 6000)},${q(codes[Math.floor(next() * codes.length)])},${q(codes[Math.floor(next() * 4)])}\r\n`;
    }
    const cases = [
      {
        data: write(weather),
        contract: `version: 1\ncolumns:\n  date: { type: date }\n  temp_max: { type: number, max: 30 }\n  wind: { type: number, max: { value: 8, severity: warn } }\n  weather: { allowed: [drizzle, rain, sun] }\n`,
      },
      {
        data: write(flights),
        contract: `version: 1\ncolumns:\n  date: { type: timestamp, min: "2001-01-01T00:00:00Z", max: "2001-01-10T00:00:00Z" }\n  delay: { type: integer, min: 0 }\n  distance: { type: integer, min: 1, max: 5000, nullable: false }\n  origin: { type: string, pattern: "^[A-Z]{3}$", min_length: 3 }\n  destination: { unique: true }\n`,
      },
    ];
    for (const { data, contract } of cases) {
      const contractFile = write(contract, `c${++fileNo}.yaml`);
      // Reference: the sequential loop of validate-data.ts over the string parser.
      const c = await loadContract(contractFile);
      // The byte path's batches (profile sketches fold per batch, so the same batches compare byte for byte).
      const strings = csvReader(data, { bytePath: false, batchRows: BYTE_PATH_BATCH_ROWS });
      const columns = await strings.columns();
      const profiler = createProfiler({ columns, ...profilerTyping(c) });
      const validator = createValidator(c, { file: data, columns, hasLines: true, format: 'csv', contractFile });
      const dicts = new BatchDictionaries();
      for await (const b of strings.batches()) {
        profiler.add(b, dicts);
        validator.add(b, dicts);
      }
      const ref = { profile: profiler.finish({ file: data, format: 'csv' }), report: validator.finish() };
      const seq = await validateData({ data, contract: contractFile, parallel: false });
      expect(JSON.stringify(seq.profile)).toBe(JSON.stringify(ref.profile));
      expect(JSON.stringify(seq.report)).toBe(JSON.stringify(ref.report));
      // Without the unique rule, the sharded run too (its profile merge is exact for these counts).
      const noUnique = write(contract.replace('destination: { unique: true }', 'destination: { type: string }'), `c${++fileNo}.yaml`);
      const a = await validateData({ data, contract: noUnique, parallel: false });
      const b = await validateData({ data, contract: noUnique, parallel: { workers: 2, minBytes: 1 } });
      expect(b.sharding?.fallback).toBeUndefined();
      expect(JSON.stringify(b.report)).toBe(JSON.stringify(a.report));
      expect(b.profile.rows).toBe(a.profile.rows);
    }
  }, 60_000);
});
