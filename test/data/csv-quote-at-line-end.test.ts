/**
 * A quote that opens the last field of a line and never closes: `1,"` then the line break. The
 * record holds a quote, so it must take the quoted-field parser and fail as unterminated; with the
 * "record has a quote" test off by one (`nextQuote < end - 1`), a quote just before the line break
 * was missed, the line split at the delimiter, and the field read as the text `"`. Both parsers
 * (the byte path, the default, and the string path, `bytePath: false`) and read sizes that cut the
 * line are checked: with a newline after the quote, at end of file, and with CRLF.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvReader } from '../../shared/data/csv.js';
import { type CsvReaderOptions } from '../../shared/data/csv-options.js';
import { InputError } from '../../shared/runtime/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'csv-quote-end-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** What reading `content` ends in: the error, or the rows it returned (so a wrong read shows in the failure). */
async function outcome(content: string, options: CsvReaderOptions): Promise<unknown> {
  const file = join(dir, `q${n++}.csv`);
  writeFileSync(file, content);
  const rows: unknown[][] = [];
  try {
    for await (const b of csvReader(file, options).batches()) {
      for (let r = 0; r < b.length; r++) rows.push(b.values.map((col) => col[r]));
    }
  } catch (e) {
    return e;
  }
  return rows;
}

describe('csvReader: a quote opened just before the line break', () => {
  for (const bytePath of [true, false]) {
    for (const [what, content] of [['LF', 'a,b\n1,"\n'], ['end of file', 'a,b\n1,"'], ['CRLF', 'a,b\r\n1,"\r\n']] as const) {
      for (const chunkSize of [undefined, 3]) {
        it(`is an unterminated quoted field at 2:3, not the value '"' (${bytePath ? 'byte' : 'string'} path, ${what}${chunkSize ? `, ${chunkSize}-byte reads` : ''})`, async () => {
          const e = await outcome(content, { bytePath, chunkSize });
          expect(e).toBeInstanceOf(InputError);
          expect((e as InputError).message).toMatch(/:2:3: unterminated quoted field/);
          expect((e as InputError).location).toMatchObject({ line: 2, column: 3 });
        });
      }
    }
  }

  it('still reads a closed quoted field that ends the line', async () => {
    for (const bytePath of [true, false]) {
      const rows = (await outcome('a,b\n1,""\n2,"x"\n', { bytePath })) as unknown[][];
      expect(rows.map((r) => r[1])).toEqual(['', 'x']);
    }
  });
});
