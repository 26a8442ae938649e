import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvReader } from '../../shared/data/csv.js';
import { MAX_BATCH_CELLS, MAX_COLUMNS, MAX_HEADER_BYTES } from '../../shared/data/csv-options.js';
import { InputError } from '../../shared/runtime/errors.js';

// Long headers, wide tables and long records: what the reader accepts, where it stops, and with
// which message. Timings (linear or not) are measured in bench/wide-data.ts, not here.

const dir = mkdtempSync(join(tmpdir(), 'csv-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function write(content: string): string {
  const file = join(dir, `t${++n}.csv`);
  writeFileSync(file, content);
  return file;
}

async function error(run: () => Promise<unknown>): Promise<InputError> {
  try {
    await run();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('no error');
}

describe('CSV header and width limits', () => {
  it('reads a 3 MB header line read in 16 KB pieces, on both parsers', async () => {
    const names = Array.from({ length: 2_000 }, (_, i) => `c${i}_${'x'.repeat(1_500)}`);
    const file = write(`${names.join(',')}\n${names.map((_, i) => i).join(',')}\n`);
    for (const bytePath of [true, false]) {
      const reader = csvReader(file, { bytePath, chunkSize: 1 << 14 });
      expect((await reader.columns()).length).toBe(2_000);
      let rows = 0;
      for await (const b of reader.batches()) {
        rows += b.length;
        expect(b.values[1_999][0]).toBe('1999');
      }
      expect(rows).toBe(1);
    }
  });

  it('refuses a first line longer than the header limit, at line 1, without reading on', async () => {
    const file = write(`${'a'.repeat(MAX_HEADER_BYTES + 1024)},b\n1,2\n`);
    {
      const e = await error(() => csvReader(file).columns());
      expect(e.message).toContain('the header row is longer than 16 MiB');
      expect(e.location).toMatchObject({ file, line: 1, column: 1 });
      expect(e.hint).toContain('line breaks');
    }
  });

  it('refuses more columns than the limit, naming the count', async () => {
    const file = write(`${Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(',')}\n`);
    const e = await error(() => csvReader(file).columns());
    expect(e.message).toContain(`names ${MAX_COLUMNS + 1} columns, more than the ${MAX_COLUMNS}`);
  });

  it('gives a wide table fewer rows per batch, so batch buffers stay within the cell bound', async () => {
    const cols = 2_048;
    const row = (r: number) => Array.from({ length: cols }, (_, c) => (c + r) % 7).join(',');
    const file = write(`${Array.from({ length: cols }, (_, c) => `f${c}`).join(',')}\n${Array.from({ length: 600 }, (_, r) => row(r)).join('\n')}\n`);
    for (const bytePath of [true, false]) {
      const sizes: number[] = [];
      let seen = 0;
      for await (const b of csvReader(file, { bytePath, batchRows: 1_000 }).batches()) {
        sizes.push(b.length);
        expect(b.values[cols - 1][0]).toBe(String((cols - 1 + seen) % 7));
        expect(b.lines[0]).toBe(seen + 2);
        seen += b.length;
      }
      expect(seen).toBe(600);
      expect(sizes.length).toBeGreaterThan(1);
      expect(Math.max(...sizes) * cols).toBeLessThanOrEqual(MAX_BATCH_CELLS);
    }
  });

  it('reads one 4 MB value spanning many reads, unquoted and quoted with line breaks', async () => {
    const long = 'abcdefgh'.repeat(1 << 19);
    for (const cell of [long, `"${long.slice(0, 1 << 18)}\n${long}"`]) {
      const file = write(`id,text\n1,${cell}\n2,short\n`);
      const values: string[] = [];
      for await (const b of csvReader(file, { chunkSize: 1 << 16 }).batches()) for (let r = 0; r < b.length; r++) values.push(b.values[1][r] as string);
      expect(values.map((v) => v.length)).toEqual([cell.length - (cell.startsWith('"') ? 2 : 0), 5]);
    }
  });
});
