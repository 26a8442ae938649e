/**
 * The model archive: a deterministic tar.gz of the model's files, and its safe extraction.
 *
 * Deterministic: the same files (names and bytes) give the same archive bytes, whatever order they
 * were created in, their mtimes, owners or permissions, so the archive's SHA-256 identifies the
 * model. Entries are regular files only, sorted by path (UTF-8 byte order), with mtime 0, uid/gid
 * 0, empty uname/gname and mode 0644 (the practice of reproducible-builds.org's "archives" page).
 * The gzip member has mtime 0, no file name, and OS byte 255 ("unknown"): Node's zlib would write
 * the build platform there (3 on Unix, 10 on Windows), which would make the digest depend on it.
 * Compression level is fixed (9); the zlib inside Node could still change its output between Node
 * releases, which is why immutability is checked on the archive's *contents* too (manifest files).
 *
 * Extraction refuses anything that could write outside the target folder: absolute names,
 * `..` segments, backslashes, links of any kind (symlinks pointing outside are named as such),
 * devices, and duplicate entries. It writes into a temporary sibling folder and renames it into
 * place, so a refused archive leaves nothing behind.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants as zlibConstants, createGunzip, createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { InputError } from '../runtime/errors.js';
import { IntegrityError } from './errors.js';

export interface ArchivedFile {
  /** Path inside the archive: relative, forward slashes. */
  path: string;
  size: number;
  sha256: string;
}

export interface ArchiveResult {
  sha256: string;
  size: number;
  files: ArchivedFile[];
}

const FIXED = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '', mode: 0o644 } as const;
const GZIP_OS_UNKNOWN = 255;

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/** Regular files under `dir`, as relative forward-slash paths in archive order. Links are refused. */
export async function listModelFiles(dir: string): Promise<string[]> {
  const root = resolve(dir);
  let top;
  try {
    // The folder itself may be a link (a `latest` symlink to the run's folder); links inside it are refused below.
    top = await stat(root);
  } catch {
    throw new InputError(`model files folder ${dir} does not exist`, { hint: (o) => `pass ${o.option('files', 'DIR')}, the folder training wrote the model to` });
  }
  if (!top.isDirectory()) throw new InputError(`${dir} is not a folder`, { hint: (o) => `pass ${o.option('files', 'DIR')}, the folder training wrote the model to` });
  const out: string[] = [];
  async function walk(abs: string, rel: string): Promise<void> {
    for (const entry of await readdir(abs, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const childAbs = join(abs, entry.name);
      // A name promote's extraction refuses (`..\..\x`) must not be published: the version could never be promoted.
      const unsafe = unsafeEntryName(childRel);
      if (unsafe !== undefined) throw new InputError(`${JSON.stringify(join(dir, childRel))} ${unsafe}`, { hint: 'rename the file: a model archive must extract the same on every system' });
      if (entry.isDirectory()) await walk(childAbs, childRel);
      else if (entry.isFile()) out.push(childRel);
      else if (entry.isSymbolicLink()) {
        throw new InputError(`${join(dir, childRel)} is a symbolic link`, { hint: 'a model archive holds regular files only: copy the file it points to into the folder' });
      } else throw new InputError(`${join(dir, childRel)} is not a regular file`, { hint: 'a model archive holds regular files only' });
    }
  }
  await walk(root, '');
  if (out.length === 0) throw new InputError(`model files folder ${dir} has no files`, { hint: 'check that training wrote its outputs there' });
  return out.sort(byteOrder);
}

/** Sets the gzip header's OS byte (offset 9) so the archive does not depend on the platform. */
class GzipOsByte extends Transform {
  private seen = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.seen <= 9 && this.seen + chunk.length > 9) {
      chunk = Buffer.from(chunk);
      chunk[9 - this.seen] = GZIP_OS_UNKNOWN;
    }
    this.seen += chunk.length;
    done(null, chunk);
  }
}

/** Hashes and counts what flows through. */
class Digest extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    done(null, chunk);
  }
}

async function writeEntry(pack: tar.Pack, absPath: string, name: string): Promise<ArchivedFile> {
  const st = await lstat(absPath);
  const hash = createHash('sha256');
  let written = 0;
  await new Promise<void>((resolvePromise, reject) => {
    const sink = pack.entry({ ...FIXED, name, size: st.size, type: 'file' }, (err) => (err ? reject(err) : resolvePromise()));
    const source = createReadStream(absPath);
    source.on('data', (chunk) => {
      const b = chunk as Buffer;
      hash.update(b);
      written += b.length;
      if (!sink.write(b)) {
        source.pause();
        sink.once('drain', () => source.resume());
      }
    });
    source.on('error', (e) => {
      sink.destroy(e);
      reject(e);
    });
    source.on('end', () => sink.end(undefined));
  }).catch((e: unknown) => {
    throw new InputError(`cannot archive ${absPath}: ${(e as Error).message}`, { hint: 'was the file changed while publishing? run again once training has finished', cause: e });
  });
  if (written !== st.size) throw new InputError(`${absPath} changed size while it was archived`, { hint: 'run again once training has finished' });
  return { path: name, size: st.size, sha256: hash.digest('hex') };
}

/**
 * Writes the files under `dir` as a deterministic tar.gz at `destination` (streamed: files are never
 * held in memory) and returns its digest and the digest of every file in it.
 */
export async function writeModelArchive(dir: string, destination: string): Promise<ArchiveResult> {
  const names = await listModelFiles(dir);
  const pack = tar.pack();
  const digest = new Digest();
  const files: ArchivedFile[] = [];
  const fill = (async () => {
    try {
      for (const name of names) files.push(await writeEntry(pack, join(dir, ...name.split('/')), name));
      pack.finalize();
    } catch (e) {
      pack.destroy(e as Error);
      throw e;
    }
  })();
  await mkdir(dirname(destination), { recursive: true });
  const written = pipeline(
    pack as unknown as NodeJS.ReadableStream,
    createGzip({ level: 9, memLevel: 9, strategy: zlibConstants.Z_DEFAULT_STRATEGY }),
    new GzipOsByte(),
    digest,
    createWriteStream(destination),
  );
  try {
    await Promise.all([fill, written]);
  } catch (e) {
    await rm(destination, { force: true });
    throw e;
  }
  return { sha256: digest.hash.digest('hex'), size: digest.size, files };
}

/** Why an entry name is refused, or undefined when it is a safe relative path. */
export function unsafeEntryName(name: string): string | undefined {
  if (name.length === 0) return 'has an empty name';
  if (name.includes('\0')) return 'has a NUL byte in its name';
  if (name.includes('\\')) return 'has a backslash in its name (a Windows path separator)';
  if (name.startsWith('/') || isAbsolute(name) || /^[A-Za-z]:/.test(name)) return 'is an absolute path';
  const parts = name.replace(/\/+$/, '').split('/');
  if (parts.some((p) => p === '..')) return 'climbs out of the folder with ".."';
  if (parts.some((p) => p === '' || p === '.')) return 'has an empty or "." path segment';
  return undefined;
}

/**
 * Extracts a model archive into `destination` (which must not exist yet) and returns its files with
 * their digests. Throws IntegrityError, leaving nothing behind, for an entry that is unsafe.
 */
export async function extractModelArchive(archive: string, destination: string): Promise<ArchivedFile[]> {
  const target = resolve(destination);
  const staging = `${target}.partial-${randomBytes(6).toString('hex')}`;
  await mkdir(staging, { recursive: true });
  const files: ArchivedFile[] = [];
  const refuse = (name: string, why: string) =>
    new IntegrityError(`archive entry ${JSON.stringify(name)} ${why}; refusing to extract`, {
      location: { file: archive },
      hint: 'the archive was not written by mlops publish, or was tampered with',
    });
  const extract = tar.extract();
  const source = createReadStream(archive);
  const gunzip = createGunzip();
  const piped = pipeline(source, gunzip, extract as unknown as NodeJS.WritableStream);
  // A damaged gzip fails the pipeline while the loop below still awaits entries: handled here at
  // once (the loop then ends with the same error), or Node reports an unhandled rejection and the
  // step dies with a stack instead of refusing the archive.
  piped.catch(() => undefined);
  try {
    for await (const entry of extract) {
      const { name, type, linkname } = entry.header;
      const why = unsafeEntryName(name);
      if (why) throw refuse(name, why);
      const abs = resolve(staging, ...name.replace(/\/+$/, '').split('/'));
      if (!abs.startsWith(staging + sep)) throw refuse(name, 'resolves outside the folder');
      if (type === 'symlink' || type === 'link') {
        const to = resolve(dirname(abs), linkname ?? '');
        const outside = isAbsolute(linkname ?? '') || !to.startsWith(staging + sep);
        throw refuse(name, outside ? `is a link pointing outside the folder (to ${JSON.stringify(linkname)})` : 'is a link (model archives hold regular files only)');
      }
      if (type === 'directory') {
        await mkdir(abs, { recursive: true });
        entry.resume();
        continue;
      }
      if (type !== 'file' && type !== 'contiguous-file') throw refuse(name, `is a ${type}, not a regular file`);
      await mkdir(dirname(abs), { recursive: true });
      const hash = createHash('sha256');
      let size = 0;
      let fh;
      try {
        fh = await open(abs, 'wx', 0o644);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw refuse(name, 'appears twice');
        throw e;
      }
      try {
        for await (const chunk of entry) {
          const b = chunk as Buffer;
          hash.update(b);
          size += b.length;
          await fh.write(b);
        }
      } finally {
        await fh.close();
      }
      files.push({ path: posix.normalize(name), size, sha256: hash.digest('hex') });
    }
    await piped;
    await rename(staging, target);
  } catch (e) {
    source.destroy();
    extract.destroy();
    await piped.catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
    if (e instanceof IntegrityError) throw e;
    throw new IntegrityError(`cannot read model archive ${archive}: ${(e as Error).message}`, { hint: 'the archive is damaged or not a tar.gz', cause: e });
  }
  return files.sort((a, b) => byteOrder(a.path, b.path));
}

/** Where `path` is relative to `root`, in forward slashes (for messages). */
export function relativePosix(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
