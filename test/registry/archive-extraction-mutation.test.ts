/**
 * Model archive extraction and entry-name checks on the inputs mutation testing (npm run mutate,
 * docs/mutation-testing.md) found no test reached: directory entries, entries out of order, links that
 * stay inside the folder, special files, contiguous files, and names that look unsafe but are not.
 * Archives are crafted with tar-stream, as a tampered release would be.
 */
import { createWriteStream } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractModelArchive, unsafeEntryName } from '../../shared/registry/archive.js';
import { IntegrityError } from '../../shared/registry/errors.js';
import { tempDir } from './fixtures.js';

type Entry = { name: string; type?: 'file' | 'contiguous-file' | 'symlink' | 'link' | 'directory' | 'fifo'; linkname?: string; content?: string };
let base: string;
let n = 0;
beforeAll(async () => {
  base = await tempDir();
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function craft(entries: Entry[]): Promise<string> {
  const file = join(base, `a${n++}.tar.gz`);
  const pack = tar.pack();
  const done = pipeline(pack as unknown as NodeJS.ReadableStream, createGzip(), createWriteStream(file));
  for (const e of entries) {
    if (e.type === 'file' || e.type === 'contiguous-file' || e.type === undefined) pack.entry({ name: e.name, type: e.type ?? 'file' }, e.content ?? 'x');
    else pack.entry({ name: e.name, type: e.type, linkname: e.linkname });
  }
  pack.finalize();
  await done;
  return file;
}
const out = () => join(base, `out${n++}`);

describe('unsafeEntryName', () => {
  it('refuses an empty name and a "." segment', () => {
    expect(unsafeEntryName('')).toBe('has an empty name');
    expect(unsafeEntryName('a/./b')).toBe('has an empty or "." path segment');
  });
  it('accepts a colon after the first segment and trailing slashes of a folder entry', () => {
    expect(unsafeEntryName('dir/a:b')).toBeUndefined();
    expect(unsafeEntryName('dir//')).toBeUndefined();
    expect(unsafeEntryName('dir/')).toBeUndefined();
  });
});

describe('extractModelArchive', () => {
  it('creates folder entries, lists only files, and returns them in byte order whatever the archive order', async () => {
    const archive = await craft([{ name: 'sub/', type: 'directory' }, { name: 'sub/b.txt', content: 'bb' }, { name: 'a.txt', content: 'a' }, { name: 'empty/', type: 'directory' }]);
    const dest = out();
    const files = await extractModelArchive(archive, dest);
    expect(files.map((f) => [f.path, f.size])).toEqual([['a.txt', 1], ['sub/b.txt', 2]]);
    expect((await readdir(dest)).sort()).toEqual(['a.txt', 'empty', 'sub']);
    expect(await readFile(join(dest, 'sub', 'b.txt'), 'utf8')).toBe('bb');
  });
  it('extracts a contiguous file as a regular file', async () => {
    const files = await extractModelArchive(await craft([{ name: 'c.bin', type: 'contiguous-file', content: 'ccc' }]), out());
    expect(files.map((f) => [f.path, f.size])).toEqual([['c.bin', 3]]);
  });
  async function refusal(entries: Entry[]): Promise<IntegrityError> {
    const archive = await craft(entries);
    const err = await extractModelArchive(archive, out()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as IntegrityError).location).toEqual({ file: archive });
    return err as IntegrityError;
  }
  it('refuses links that stay inside the folder as links, not as escapes', async () => {
    for (const type of ['symlink', 'link'] as const) {
      const err = await refusal([{ name: 'a.txt' }, { name: 'l', type, linkname: 'a.txt' }]);
      expect(err.message).toMatch(/: archive entry "l" is a link \(model archives hold regular files only\); refusing to extract/);
      expect(err.hint).toBe('the archive was not written by mlops publish, or was tampered with');
    }
  });
  it('refuses a special file, naming its type', async () => {
    expect((await refusal([{ name: 'p', type: 'fifo' }])).message).toMatch(/: archive entry "p" is a fifo, not a regular file/);
  });
  it('says an archive that is not a tar.gz is damaged, with the cause', async () => {
    const bad = join(base, 'bad.tar.gz');
    await writeFile(bad, 'not gzip at all');
    const err = await extractModelArchive(bad, out()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as IntegrityError).hint).toBe('the archive is damaged or not a tar.gz');
    expect((err as Error).cause).toBeDefined();
  });
});
