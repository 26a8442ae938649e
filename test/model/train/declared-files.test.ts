import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGlobs, digestDeclaredInputs, matchGlobs, splitGlobList } from '../../../shared/model/train/declared-files.js';

async function workspace(files: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'globs-'));
  for (const f of files) {
    await mkdir(dirname(join(dir, f)), { recursive: true });
    await writeFile(join(dir, f), f);
  }
  return dir;
}

describe('declared files', () => {
  it('splits glob lists on newlines and on commas outside braces', () => {
    expect(splitGlobList('data/*.csv, src/**/*.py\n  {train,test}/x.csv\n# a comment\n\n!data/tmp.csv')).toEqual([
      'data/*.csv',
      'src/**/*.py',
      '{train,test}/x.csv',
      '!data/tmp.csv',
    ]);
    expect(splitGlobList(undefined)).toEqual([]);
  });

  it('matches folders, globs and exclusions, sorted and without duplicates', async () => {
    const cwd = await workspace(['data/a.csv', 'data/b.csv', 'data/tmp.csv', 'src/train.py', 'src/util/io.py', '.hidden/x.csv', 'model/w.bin']);
    const { files, unmatched } = await matchGlobs(['data/*.csv', '!data/tmp.csv', 'src', 'data/a.csv', 'nothing/*.txt'], { cwd });
    expect(files).toEqual(['data/a.csv', 'data/b.csv', 'src/train.py', 'src/util/io.py']);
    expect(unmatched).toEqual(['nothing/*.txt']);
    const ignored = await matchGlobs(['**/*'], { cwd, ignore: ['model/**'] });
    expect(ignored.files).not.toContain('model/w.bin');
    expect(ignored.files).not.toContain('.hidden/x.csv');
  });

  it('names an input glob that matches nothing', async () => {
    const cwd = await workspace(['data/a.csv']);
    await expect(digestDeclaredInputs(['data/*.csv', 'dta/*.csv'], { cwd })).rejects.toThrow(/declared input "dta\/\*\.csv" matched no file/);
  });

  it('keeps globs inside the working directory', () => {
    expect(() => checkGlobs(['../secrets/*'], 'outputs')).toThrow(/leaves the working directory/);
    expect(() => checkGlobs(['/etc/passwd'], 'inputs')).toThrow(/leaves the working directory/);
    expect(() => checkGlobs(['model/**', '!model/tmp'], 'outputs')).not.toThrow();
  });
});
