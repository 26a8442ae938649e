import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeJsonAtomic } from '../../shared/runtime/atomic-write.js';

describe('writeFileAtomic', () => {
  it('creates missing directories and replaces an existing file whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-'));
    const path = join(dir, 'a/b/out.json');
    await writeJsonAtomic(path, { v: 1 });
    await writeJsonAtomic(path, { v: 2 });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ v: 2 });
    expect(await readdir(join(dir, 'a/b'))).toEqual(['out.json']);
  });

  it('leaves the old file and no temp file behind when the write fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-'));
    const path = join(dir, 'out.txt');
    await writeFile(path, 'old');
    // A directory where the file should go makes rename fail after the temp file was written.
    const blocked = join(dir, 'sub');
    await writeFileAtomic(join(blocked, 'x'), 'x');
    await expect(writeFileAtomic(blocked, 'new')).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['out.txt', 'sub']);
  });

  it('never exposes a partial file to a concurrent reader', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atomic-'));
    const path = join(dir, 'big.txt');
    const a = 'a'.repeat(4_000_000);
    const b = 'b'.repeat(4_000_000);
    await writeFileAtomic(path, a);
    const writing = writeFileAtomic(path, b);
    const seen = new Set<string>();
    while (seen.size < 2) {
      const text = await readFile(path, 'utf8');
      seen.add(text === a ? 'a' : text === b ? 'b' : 'partial');
      if (seen.has('partial')) break;
      if (seen.has('b')) break;
    }
    await writing;
    expect(seen.has('partial')).toBe(false);
  });
});
