/**
 * Decimals read from bytes (csv-byte-column.ts decimalBytes): on the CSV column-major path a
 * decimal is kept as its number and bytes, and the profiler folds it without a string
 * (profile.ts foldDecimal). Whatever the string path decides for a token must be decided the same:
 * decimalBytes takes a token only if values.ts's isDecimalLiteral does and then gives `+text`
 * exactly (-0 included), and the profiles of generated tables are the string parser's.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decimalBytes } from '../../shared/data/csv-byte-column.js';
import { isDecimalLiteral } from '../../shared/data/values.js';
import { csvReader } from '../../shared/data/csv.js';
import { createProfiler } from '../../shared/data/profile.js';
import { BatchDictionaries } from '../../shared/data/batch-dictionary.js';
import type { CsvReaderOptions } from '../../shared/data/csv-options.js';

const dir = mkdtempSync(join(tmpdir(), 'csv-decimal-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const digitRun = (max: number) => fc.stringMatching(new RegExp(`^[0-9]{0,${max}}$`));

/** Tokens near and around decimal literals: signs, points, exponents, leading zeros, long runs, words, spaces, non-ASCII. */
const token = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', '', '', '-', '+', '--', '+-', ' ', '\t'),
      fc.oneof(digitRun(4), digitRun(17), digitRun(40), fc.constantFrom('0', '00', '000000000000000000001', '9007199254740993', '123456789012345', '1234567890123456')),
      fc.constantFrom('', '', '.', '.', '..', ','),
      fc.oneof(digitRun(3), digitRun(25), fc.constantFrom('0', '00', '5', '05', '0000000000000000000000001')),
      fc.constantFrom('', '', '', 'e5', 'E-3', 'e', 'e+', 'e400', 'e-400', '.5', ' ', '\u00a0', 'é', '٣', 'x', '%'),
    )
    .map((parts) => parts.join('')),
  fc.constantFrom('NaN', 'nan', '-NaN', 'inf', '-inf', '+Infinity', 'Infinity', 'true', '1', '0', '-0', '-0.0', '+0', '.5', '5.', '-.5', '+.', '.', '-', '+', '', ' 1', '1 ', '1.0', '1.00', '0x10', '1_000', '１２', '1e5', '١'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

describe('decimals read from bytes', () => {
  it('takes only decimal literals, each with the value +text (property)', () => {
    fc.assert(
      fc.property(token, (s) => {
        const bytes = Buffer.from(s, 'utf8');
        const x = decimalBytes(bytes, 0, bytes.length);
        if (Number.isNaN(x)) return; // left to the string path
        expect(isDecimalLiteral(s), s).toBe(true);
        expect(Object.is(x, +s), `${s}: ${x} vs ${+s}`).toBe(true);
      }),
      { numRuns: 20_000, seed: 0x5eed },
    );
  });

  it('takes the common shapes (else nothing would be gained) and leaves the rest', () => {
    const taken = ['0', '-0', '+7', '007', '999', '12.50', '-0.00', '.5', '5.', '123456789012345', '0.0000000000000000000001', '000000000000000000000012'];
    for (const s of taken) expect(Object.is(decimalBytes(Buffer.from(s), 0, s.length), +s), s).toBe(true);
    const left = ['', '-', '.', '1e5', '1234567890123456', '0.00000000000000000000001', ' 1', '1 ', 'NaN', 'inf', '1.2.3', '１'];
    for (const s of left) expect(decimalBytes(Buffer.from(s), 0, Buffer.byteLength(s)), s).toBeNaN();
  });

  it('gives the string parser profile on generated tables, column by column (property)', async () => {
    let n = 0;
    const profileOf = async (file: string, options: CsvReaderOptions) => {
      const reader = csvReader(file, options);
      const columns = await reader.columns();
      const profiler = createProfiler({ columns });
      const dicts = new BatchDictionaries();
      for await (const b of reader.batches()) profiler.add(b, dicts);
      return JSON.stringify(profiler.finish({ file, format: 'csv' }));
    };
    const cell = token.filter((s) => !/[",\r\n]/.test(s));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 8 }), async (ncols, rows, batchRows) => {
        const header = Array.from({ length: ncols }, (_, c) => `c${c}`).join(',');
        const file = join(dir, `t${++n}.csv`);
        writeFileSync(file, `${header}\n${rows.map((r) => r.slice(0, ncols).join(',')).join('\n')}\n`);
        const bytes = await profileOf(file, { batchRows, columnMajorMinColumns: 1 });
        const strings = await profileOf(file, { batchRows, bytePath: false });
        expect(bytes).toBe(strings);
      }),
      { numRuns: 300, seed: 0xdec },
    );
  });
});
