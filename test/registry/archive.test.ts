/**
 * The model archive: the same files give the same bytes (so the same SHA-256) whatever their
 * creation order, mtimes and permissions; GNU tar reads it; and extraction refuses entries that
 * would write outside the target folder, leaving nothing behind.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, readdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { extractModelArchive, unsafeEntryName, writeModelArchive } from '../../shared/registry/archive.js';
import { IntegrityError } from '../../shared/registry/errors.js';
import { InputError } from '../../shared/runtime/errors.js';
import { tempDir } from './fixtures.js';

const FILES: Record<string, string> = {
  'model.json': '{"weights":[0.1,0.2]}\n',
  'b/nested/deep.bin': 'x'.repeat(70_000),
  'a.txt': 'alpha\n',
  'Z-upper.txt': 'sorted before lowercase in byte order\n',
  [`long/${'n'.repeat(120)}.txt`]: 'a name longer than ustar’s 100 bytes\n',
};

async function writeTree(dir: string, names: string[], mtime: Date, mode: number): Promise<void> {
  for (const name of names) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), FILES[name]!);
    await chmod(join(dir, name), mode);
    await utimes(join(dir, name), mtime, mtime);
  }
}

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

describe('writeModelArchive', () => {
  it('gives byte-identical archives for the same files created in another order, at other times, with other modes', async () => {
    const base = await tempDir();
    const names = Object.keys(FILES);
    await writeTree(join(base, 'one'), names, new Date('2020-01-01T00:00:00Z'), 0o644);
    await writeTree(join(base, 'two'), [...names].reverse(), new Date('2024-06-30T12:34:56Z'), 0o755);
    const a = await writeModelArchive(join(base, 'one'), join(base, 'one.tar.gz'));
    const b = await writeModelArchive(join(base, 'two'), join(base, 'two.tar.gz'));
    const again = await writeModelArchive(join(base, 'one'), join(base, 'again.tar.gz'));
    expect(b.sha256).toBe(a.sha256);
    expect(again.sha256).toBe(a.sha256);
    expect(await sha256(join(base, 'two.tar.gz'))).toBe(a.sha256);
    expect(a.size).toBe((await readFile(join(base, 'one.tar.gz'))).length);
    // Entries sorted in byte order, each with its own digest.
    expect(a.files.map((f) => f.path)).toEqual([...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))));
    for (const f of a.files) expect(f.sha256).toBe(createHash('sha256').update(FILES[f.path]!).digest('hex'));
  });

  it('writes a gzip header with mtime 0, no file name and no platform byte', async () => {
    const base = await tempDir();
    await writeTree(join(base, 'm'), ['a.txt'], new Date(), 0o644);
    await writeModelArchive(join(base, 'm'), join(base, 'm.tar.gz'));
    const head = (await readFile(join(base, 'm.tar.gz'))).subarray(0, 10);
    expect([...head.subarray(0, 3)]).toEqual([0x1f, 0x8b, 8]);
    expect(head[3]).toBe(0); // FLG: no FNAME, no FEXTRA, no FCOMMENT
    expect(head.readUInt32LE(4)).toBe(0); // MTIME
    expect(head[9]).toBe(255); // OS: unknown
  });

  it('is read by GNU tar with fixed owner, mode and mtime', async () => {
    const base = await tempDir();
    await writeTree(join(base, 'm'), Object.keys(FILES), new Date(), 0o700);
    await writeModelArchive(join(base, 'm'), join(base, 'm.tar.gz'));
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvzf', join(base, 'm.tar.gz')], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    const lines = listing.trim().split('\n');
    expect(lines).toHaveLength(Object.keys(FILES).length);
    for (const line of lines) expect(line).toMatch(/^-rw-r--r-- 0\/0 +\d+ 1970-01-01 00:00:00 /);
    expect(listing).toContain(`long/${'n'.repeat(120)}.txt`);
    const out = join(base, 'gnu');
    await mkdir(out);
    execFileSync('tar', ['-xzf', join(base, 'm.tar.gz'), '-C', out]);
    expect(await readFile(join(out, 'b/nested/deep.bin'), 'utf8')).toBe(FILES['b/nested/deep.bin']);
  });

  it('refuses a folder with a symbolic link, and an empty folder', async () => {
    const base = await tempDir();
    await mkdir(join(base, 'm'));
    await expect(writeModelArchive(join(base, 'm'), join(base, 'x.tar.gz'))).rejects.toThrow(/has no files/);
    await symlink('/etc/passwd', join(base, 'm', 'passwd'));
    await expect(writeModelArchive(join(base, 'm'), join(base, 'x.tar.gz'))).rejects.toBeInstanceOf(InputError);
    expect(existsSync(join(base, 'x.tar.gz'))).toBe(false);
  });
});

type Entry = { name: string; type?: 'file' | 'symlink' | 'link' | 'directory'; linkname?: string; content?: string };

async function craft(file: string, entries: Entry[]): Promise<void> {
  const pack = tar.pack();
  const done = pipeline(pack as unknown as NodeJS.ReadableStream, createGzip(), createWriteStream(file));
  for (const e of entries) {
    if (e.type && e.type !== 'file') pack.entry({ name: e.name, type: e.type, linkname: e.linkname });
    else pack.entry({ name: e.name, type: 'file' }, e.content ?? 'owned');
  }
  pack.finalize();
  await done;
}

describe('extractModelArchive', () => {
  it('extracts a model archive and returns the files with their digests', async () => {
    const base = await tempDir();
    await writeTree(join(base, 'm'), Object.keys(FILES), new Date(), 0o644);
    const written = await writeModelArchive(join(base, 'm'), join(base, 'm.tar.gz'));
    const files = await extractModelArchive(join(base, 'm.tar.gz'), join(base, 'out'));
    expect(files).toEqual(written.files);
    expect(await readFile(join(base, 'out', 'model.json'), 'utf8')).toBe(FILES['model.json']);
  });

  const hostile: Array<[string, Entry[], RegExp]> = [
    ['a ../ entry', [{ name: 'ok.txt' }, { name: '../../etc/passwd' }], /"\.\.\/\.\.\/etc\/passwd" climbs out/],
    ['a ../ in the middle', [{ name: 'a/../../escape.txt' }], /climbs out/],
    ['an absolute path', [{ name: '/etc/passwd' }], /is an absolute path/],
    ['a backslash path', [{ name: '..\\..\\evil.txt' }], /backslash/],
    ['a symlink pointing outside', [{ name: 'link', type: 'symlink', linkname: '../../../etc' }], /link pointing outside the folder/],
    ['an absolute symlink', [{ name: 'link', type: 'symlink', linkname: '/etc/passwd' }], /link pointing outside the folder/],
    ['a symlink followed by a write through it', [{ name: 'd', type: 'symlink', linkname: '/tmp' }, { name: 'd/owned.txt' }], /link pointing outside/],
    ['a hard link', [{ name: 'h', type: 'link', linkname: '/etc/passwd' }], /link/],
    ['a duplicate entry', [{ name: 'a.txt' }, { name: 'a.txt', content: 'second' }], /appears twice/],
  ];

  for (const [what, entries, message] of hostile) {
    it(`refuses ${what} and leaves nothing behind`, async () => {
      const base = await tempDir();
      await craft(join(base, 'evil.tar.gz'), entries);
      const err = await extractModelArchive(join(base, 'evil.tar.gz'), join(base, 'out')).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(IntegrityError);
      expect((err as Error).message).toMatch(message);
      expect((err as IntegrityError).exitCode).toBe(1);
      expect((await readdir(base)).sort()).toEqual(['evil.tar.gz']);
    });
  }

  it('refuses a file that is not gzip', async () => {
    const base = await tempDir();
    await writeFile(join(base, 'x.tar.gz'), 'not an archive');
    await expect(extractModelArchive(join(base, 'x.tar.gz'), join(base, 'out'))).rejects.toThrow(/cannot read model archive/);
    expect(existsSync(join(base, 'out'))).toBe(false);
  });

  it('names why an entry name is unsafe', () => {
    expect(unsafeEntryName('model/weights.bin')).toBeUndefined();
    expect(unsafeEntryName('C:/Windows/evil')).toMatch(/absolute/);
    expect(unsafeEntryName('a//b')).toMatch(/empty/);
    expect(unsafeEntryName('a\0b')).toMatch(/NUL/);
  });
});

describe('extractModelArchive on a damaged archive', () => {
  // The gzip stream fails while the tar entries are being read: that failure must reach the caller
  // as the IntegrityError, never as an unhandled rejection that crashes promote with a stack.
  it('refuses a truncated archive with an IntegrityError, leaving nothing behind', async () => {
    const dir = await tempDir();
    await writeTree(join(dir, 'model'), Object.keys(FILES), new Date(0), 0o644);
    const archive = join(dir, 'model.tar.gz');
    await writeModelArchive(join(dir, 'model'), archive);
    const whole = await readFile(archive);
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      for (const keep of [Math.floor(whole.length / 2), whole.length - 9]) {
        await writeFile(archive, whole.subarray(0, keep));
        await expect(extractModelArchive(archive, join(dir, `out-${keep}`))).rejects.toThrow(IntegrityError);
        expect(existsSync(join(dir, `out-${keep}`))).toBe(false);
        expect((await readdir(dir)).filter((n) => n.includes('.partial-'))).toEqual([]);
      }
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});
