import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isDynamicPattern } from 'tinyglobby';
import { expandFileList, GLOB_CHARS } from '../../shared/data/file-list.js';
import { mulberry32 } from '../support/mulberry32.js';

const dir = mkdtempSync(join(tmpdir(), 'mlops-file-list-')).split('\\').join('/');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** How tinyglobby names a match: relative to the working directory. */
const found = (f: string): string => relative(process.cwd(), join(dir, f)).split('\\').join('/');

describe('expandFileList', () => {
  it('expands globs, and returns plain paths and existing files with glob characters as they are', async () => {
    for (const f of ['b.csv', 'a.csv', 'x[1].csv']) writeFileSync(join(dir, f), 'a\n1\n');
    expect(await expandFileList(`${dir}/*.csv`)).toEqual([found('a.csv'), found('b.csv'), found('x[1].csv')]);
    expect(await expandFileList(`${dir}/a.csv\n# a comment\n${dir}/{b,a}.csv`)).toEqual([`${dir}/a.csv`, found('a.csv'), found('b.csv')]);
    expect(await expandFileList(`${dir}/x[1].csv`)).toEqual([`${dir}/x[1].csv`]);
    expect(await expandFileList(`${dir}/missing.csv`)).toEqual([`${dir}/missing.csv`]);
    await expect(expandFileList(`${dir}/*.parquet`)).rejects.toThrow('matched no file');
  });

  it('loads tinyglobby only for text with a character that can make a glob (GLOB_CHARS)', () => {
    const rnd = mulberry32(7);
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    const special = ['*', '?', '[', ']', '{', '}', '(', ')', '!', '+', '@', '\\', '/', '.', ',', '|', '^', '$', 'a'];
    let dynamic = 0;
    for (let k = 0; k < 20000; k++) {
      let s = '';
      const n = 1 + Math.floor(rnd() * 8);
      for (let j = 0; j < n; j++) s += rnd() < 0.6 ? special[Math.floor(rnd() * special.length)] : printable[Math.floor(rnd() * printable.length)];
      if (!isDynamicPattern(s)) continue;
      dynamic++;
      expect(GLOB_CHARS.test(s), JSON.stringify(s)).toBe(true);
    }
    expect(dynamic).toBeGreaterThan(1000);
  });
});
