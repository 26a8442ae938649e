/**
 * Outputs never replace what is at the path (issue 13, item 1): a symbolic link is written
 * through (the link stays, the file it names changes), a device or FIFO is written in place, and
 * what cannot be written safely is refused with a message (exit 2), nothing changed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, chmodSync, readdirSync, existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitTempFile, writeFileAtomic } from '../../shared/runtime/atomic-write.js';
import { InputError } from '../../shared/runtime/errors.js';

const root = resolve(import.meta.dirname, '../..');
/** The bundled CLI a user runs (bin/mlops.js -> dist/cli; test/build/check-dist.test.ts keeps it fresh): a tsx start costs a second more. */
const cli = join(root, 'dist/cli/index.js');
const scratch = () => mkdtemp(join(tmpdir(), 'mlops-output-targets-'));

async function refusal(path: string, data = 'new'): Promise<InputError> {
  const e = await writeFileAtomic(path, data).then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(InputError);
  expect((e as InputError).exitCode).toBe(2);
  return e as InputError;
}

describe('writeFileAtomic on what is already at the path', () => {
  it('writes through a symbolic link: the link stays a link, the file it names is replaced, its mode kept', async () => {
    const dir = await scratch();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real/real.json'), 'old');
    chmodSync(join(dir, 'real/real.json'), 0o640);
    symlinkSync('real/real.json', join(dir, 'link.json'));
    symlinkSync('link.json', join(dir, 'link2.json'));
    await writeFileAtomic(join(dir, 'link2.json'), 'new');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'link2.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe('real/real.json');
    expect(readFileSync(join(dir, 'real/real.json'), 'utf8')).toBe('new');
    expect(statSync(join(dir, 'real/real.json')).mode & 0o777).toBe(0o640);
    // The temp file went beside the real file and was renamed: nothing left in either folder.
    expect(readdirSync(join(dir, 'real'))).toEqual(['real.json']);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'link2.json', 'real']);
  });

  it('creates the file a dangling link names when its folder exists', async () => {
    const dir = await scratch();
    symlinkSync('made.json', join(dir, 'link.json'));
    await writeFileAtomic(join(dir, 'link.json'), 'new');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'made.json'), 'utf8')).toBe('new');
  });

  it('refuses a dangling link into a folder that does not exist, and says so', async () => {
    const dir = await scratch();
    symlinkSync('missing/out.json', join(dir, 'link.json'));
    const e = await refusal(join(dir, 'link.json'));
    expect(e.message).toContain(`it is a symbolic link to ${join(dir, 'missing/out.json')}, whose folder ${join(dir, 'missing')} does not exist`);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
  });

  it('refuses a folder and a loop of links, leaving them as they were', async () => {
    const dir = await scratch();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/keep'), 'x');
    expect((await refusal(join(dir, 'out'))).message).toMatch(/out: it is a folder \(name a file to write, not a folder\)$/);
    expect(readdirSync(join(dir, 'out'))).toEqual(['keep']);
    symlinkSync('b', join(dir, 'a'));
    symlinkSync('a', join(dir, 'b'));
    expect((await refusal(join(dir, 'a'))).message).toMatch(/more than 40 symbolic links in a row/);
  });

  it('writes a FIFO in place: the reader gets the bytes and the FIFO is still a FIFO', async () => {
    const dir = await scratch();
    const fifo = join(dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return console.log('skipped: mkfifo is not available');
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (d: Buffer) => (got += d.toString()));
    const closed = new Promise((r) => reader.on('close', r));
    await writeFileAtomic(fifo, 'through the pipe\n');
    await closed;
    expect(got).toBe('through the pipe\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('reports a full device (/dev/full) as ENOSPC, exit 2, and leaves the device node alone', async () => {
    if (!existsSync('/dev/full') || !lstatSync('/dev/full').isCharacterDevice()) return console.log('skipped: no /dev/full');
    const e = await refusal('/dev/full', 'x'.repeat(10_000));
    expect(e.message).toBe('cannot write /dev/full: no space left on device (ENOSPC) (free some space or write the output elsewhere)');
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
    expect(readdirSync('/dev').filter((n) => n.startsWith('.full.'))).toEqual([]);
  });
});

describe('commitTempFile (streamed outputs: validate shards\' key files)', () => {
  it('renames through a link into another folder, and copies into a FIFO in place', async () => {
    const dir = await scratch();
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'elsewhere/keys.gz'), 'old');
    symlinkSync('elsewhere/keys.gz', join(dir, 'keys.gz'));
    writeFileSync(join(dir, '.keys.tmp'), 'new keys');
    await commitTempFile(join(dir, '.keys.tmp'), join(dir, 'keys.gz'));
    expect(lstatSync(join(dir, 'keys.gz')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'elsewhere/keys.gz'), 'utf8')).toBe('new keys');
    expect(readdirSync(dir).sort()).toEqual(['elsewhere', 'keys.gz']);
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual(['keys.gz']);

    const fifo = join(dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return console.log('skipped: mkfifo is not available');
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (d: Buffer) => (got += d.toString()));
    const closed = new Promise((r) => reader.on('close', r));
    writeFileSync(join(dir, '.pipe.tmp'), 'streamed');
    await commitTempFile(join(dir, '.pipe.tmp'), fifo);
    await closed;
    expect(got).toBe('streamed');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(existsSync(join(dir, '.pipe.tmp'))).toBe(false);
  });
});

describe('mlops validate --profile-out through a link (the reported reproduction)', () => {
  it('leaves link.json a link and writes real.json', async () => {
    const dir = await scratch();
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync('real.json', join(dir, 'link.json'));
    const r = spawnSync(process.execPath, [cli, 'validate', '--data', join(root, 'examples/weather/data/seattle-2012-2014.csv'), '--profile-out', join(dir, 'link.json')], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8')).rows).toBe(1096);
  });
});

describe('mlops evaluate --out /dev/full (the reported reproduction)', () => {
  it('exits 2 with one message, and /dev/full stays a device', async () => {
    if (!existsSync('/dev/full') || !lstatSync('/dev/full').isCharacterDevice()) return console.log('skipped: no /dev/full');
    const dir = await scratch();
    writeFileSync(join(dir, 'metrics.json'), '{"accuracy": 0.9}');
    const r = spawnSync(process.execPath, [cli, 'evaluate', '--import', join(dir, 'metrics.json'), '--out', '/dev/full'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('mlops: cannot write /dev/full: no space left on device (ENOSPC) (free some space or write the output elsewhere)\n');
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});
