/**
 * No half-written output, ever, and never a replaced link or device: the one way every output
 * file is written.
 *
 * A regular file (or a new one) is written to a temporary file beside it, flushed, then renamed
 * over it: rename(2) within one directory is atomic on POSIX and replaces the target on Windows
 * too, so a reader sees either the old file or the whole new one. A symbolic link is followed to
 * the file it names and that file is replaced the same way (the link stays a link). A device or a
 * FIFO (`/dev/stdout`, `/dev/full`, a named pipe) is written directly: renaming over it would
 * replace the node itself. What cannot be written safely (a folder, a socket, a link into a folder
 * that does not exist, a loop of links) is refused with a message, and a failed write (ENOSPC,
 * EACCES, a read-only file system) is an InputError that names the path: exit 2, not a stack.
 *
 * A file with other hard links is replaced too, never written in place: the path gets the new
 * content and the other names keep the old one, with a warning. Writing in place would lose the
 * all-or-nothing promise (a kill mid-write tears every name) and would silently change content
 * that tools keep by hard link on purpose: DVC's `cache.type: hardlink` objects, `cp -al` and
 * rsnapshot snapshots. Sharing an output under two names is what a symbolic link is for.
 *
 * The temp file's name carries the writer's pid and host tag, so the next write of the same output
 * removes what a killed writer left (stale-temps.ts): never a live writer's.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type Stats } from 'node:fs';
import { chmod, lstat, mkdir, open, readdir, readFile, readlink, rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, isMlopsError } from './errors.js';
import { removeOnInterrupt } from './signal-cleanup.js';
import { hostTag, sweepStaleTemps } from './stale-temps.js';

/** Linux's own limit on links followed in one lookup (MAXSYMLINKS). */
const MAX_LINKS = 40;

/** Where an output really goes: `path` after links, and what is there now. */
export interface OutputTarget {
  /** The path given. */
  given: string;
  /** The file links lead to (absolute); `given` resolved when it is not a link. */
  path: string;
  /** What is at `path`: nothing yet, a regular file, or a node written in place (device, FIFO). */
  kind: 'missing' | 'file' | 'device';
  /** The existing file's stats, to keep its permissions. */
  stats?: Stats;
  /** True when `given` is a symbolic link (so a missing parent folder is not created). */
  viaLink: boolean;
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'a file is in the way of a folder on the path',
  ENAMETOOLONG: 'the name is too long',
  ENXIO: 'no process is reading the named pipe',
  EPIPE: 'the reader closed the pipe',
};

/** The error a user sees when `given` cannot be written: what, where, and what to do. */
export function outputWriteError(given: string, e: unknown): Error {
  if (isMlopsError(e)) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return e instanceof Error ? e : new Error(String(e));
  const reason = REASONS[code] ?? (e as Error).message;
  return new InputError(`cannot write ${given}: ${reason} (${code})`, {
    hint: code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space or write the output elsewhere' : 'check the path and its permissions, or write the output elsewhere',
    cause: e,
  });
}

async function lstatOptional(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Follows `given` through symbolic links to the file an output should replace, and says what is
 * there. Refuses (InputError) a folder, a socket, a loop of links, and a dangling link whose folder
 * does not exist.
 */
export async function resolveOutputTarget(given: string): Promise<OutputTarget> {
  let path = resolve(given);
  let viaLink = false;
  for (let hops = 0; ; hops++) {
    const s = await lstatOptional(path);
    if (s === undefined) {
      if (viaLink && !(await stat(dirname(path)).then((d) => d.isDirectory(), () => false))) {
        throw new InputError(`cannot write ${given}: it is a symbolic link to ${path}, whose folder ${dirname(path)} does not exist`, {
          hint: 'create that folder, point the link at a file in an existing folder, or write the output elsewhere',
        });
      }
      return { given, path, kind: 'missing', viaLink };
    }
    if (s.isSymbolicLink()) {
      if (hops >= MAX_LINKS) throw new InputError(`cannot write ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a file' });
      viaLink = true;
      path = resolve(dirname(path), await readlink(path));
      continue;
    }
    if (s.isDirectory()) {
      throw new InputError(`cannot write ${given}: it is a folder${viaLink ? ` (${path})` : ''}`, {
        hint: 'name a file to write, not a folder',
      });
    }
    if (s.isFile()) return { given, path, kind: 'file', stats: s, viaLink };
    if (s.isSocket()) throw new InputError(`cannot write ${given}: it is a socket`, { hint: 'name a file, a device or a named pipe' });
    // Character and block devices, FIFOs: written in place, never replaced.
    return { given, path, kind: 'device', stats: s, viaLink };
  }
}

/**
 * The folder an output folder should replace: `given` through its links (the link stays, its
 * folder is replaced). Refuses a file, a device or a socket where the folder should be.
 */
export async function resolveOutputFolder(given: string): Promise<string> {
  let path = resolve(given);
  for (let hops = 0; ; hops++) {
    const s = await lstatOptional(path);
    if (s === undefined || s.isDirectory()) return path;
    if (!s.isSymbolicLink()) {
      throw new InputError(`cannot write folder ${given}: ${path} is ${s.isFile() ? 'a file' : 'not a folder'}`, {
        hint: 'name a folder (it is replaced whole), or move the file away',
      });
    }
    if (hops >= MAX_LINKS) throw new InputError(`cannot write folder ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a folder' });
    path = resolve(dirname(path), await readlink(path));
  }
}

/** What follows `.<name>.` in a temp of output `<name>`: pid, host tag, random part. */
const TEMP_TAIL = /^(\d+)\.([0-9a-f]{8})\.[0-9a-f]{12}\.tmp$/;
/** The same before the host tag (and validate's key files): judged by age and pid only. */
const UNTAGGED_TEMP_TAIL = /^(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * A fresh temp path beside `path` for writing it: same folder, so the rename never crosses a file
 * system; dot-prefixed, so globs skip it; named for the output and the writer, so a later write of
 * the same output can tell a dead writer's leftover from a live one's.
 */
export function outputTempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${hostTag()}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Per folder, the names in it that may be output temps, listed once per process: a step writing
 * many outputs into a big folder would otherwise read it whole for each (10,000 entries: about
 * 6 ms of CPU a write). A temp a writer leaves after the listing is the next process's to sweep.
 */
const tempNamesByFolder = new Map<string, Promise<string[]>>();

function tempNamesIn(dir: string): Promise<string[]> {
  let names = tempNamesByFolder.get(dir);
  if (names === undefined) {
    names = readdir(dir).then((all) => all.filter((n) => n.startsWith('.') && n.endsWith('.tmp')), () => []);
    tempNamesByFolder.set(dir, names);
  }
  return names;
}

/**
 * Removes the temps of output `path` that a killed writer left (its pid gone from this host; one
 * from another host or an older version only when over an hour old). Returns the paths removed.
 */
export async function sweepOutputTemps(path: string): Promise<string[]> {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  const tail = (name: string) => (name.startsWith(prefix) ? name.slice(prefix.length) : '');
  const match = (name: string) => TEMP_TAIL.test(tail(name)) || UNTAGGED_TEMP_TAIL.test(tail(name));
  const listed = await tempNamesIn(dir);
  const names = listed.filter(match);
  if (names.length === 0) return [];
  const removed = await sweepStaleTemps(dir, {
    names,
    match,
    pidOf: (name) => {
      const m = TEMP_TAIL.exec(tail(name)) ?? UNTAGGED_TEMP_TAIL.exec(tail(name));
      return m ? Number(m[1]) : undefined;
    },
    hostOf: (name) => TEMP_TAIL.exec(tail(name))?.[2],
  });
  const gone = new Set(removed.map((p) => basename(p)));
  tempNamesByFolder.set(dir, Promise.resolve(listed.filter((n) => !gone.has(n))));
  return removed;
}

function escapeWorkflowCommand(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Says that replacing `target` left its other hard links with the old content (see the top of this file). */
function warnIfHardLinksKeptOldContent(target: OutputTarget): void {
  const others = (target.stats?.nlink ?? 1) - 1;
  if (target.kind !== 'file' || others < 1) return;
  const names = others === 1 ? '1 other hard link keeps' : `${others} other hard links keep`;
  const message = `${target.given} was replaced and its ${names} the previous content (outputs are never written in place); to share an output under two names, use a symbolic link, which outputs are written through`;
  process.stderr.write(process.env.GITHUB_ACTIONS === 'true' ? `::warning::${escapeWorkflowCommand(message)}\n` : `mlops: warning: ${message}\n`);
}

async function writeInPlace(path: string, data: string | Uint8Array): Promise<void> {
  const fh = await open(path, 'w');
  try {
    await fh.writeFile(data);
  } finally {
    await fh.close();
  }
}

async function writeBeside(target: OutputTarget, data: string | Uint8Array): Promise<void> {
  const dir = dirname(target.path);
  if (!target.viaLink) await mkdir(dir, { recursive: true });
  await sweepOutputTemps(target.path);
  const tmp = outputTempPath(target.path);
  const release = removeOnInterrupt(tmp);
  try {
    const fh = await open(tmp, 'wx');
    try {
      await fh.writeFile(data);
      // A replaced file keeps its permissions (a rename would otherwise reset them to the umask's).
      if (target.stats) await fh.chmod(target.stats.mode & 0o7777);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, target.path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  } finally {
    release();
  }
  warnIfHardLinksKeptOldContent(target);
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  try {
    const target = await resolveOutputTarget(path);
    if (target.kind === 'device') await writeInPlace(target.path, data);
    else await writeBeside(target, data);
  } catch (e) {
    throw outputWriteError(path, e);
  }
}

/**
 * Puts a finished temp file (written by a streaming writer) at output `path` the same way
 * writeFileAtomic does: renamed over the file links lead to (copied beside it first when that is on
 * another folder or file system), copied into a device or FIFO in place. The temp file is gone after.
 */
export async function commitTempFile(tmp: string, path: string): Promise<void> {
  try {
    const target = await resolveOutputTarget(path);
    if (target.kind === 'device') {
      await pipeline(createReadStream(tmp), createWriteStream(target.path, { flags: 'w' }));
    } else if (dirname(target.path) === dirname(resolve(tmp))) {
      await sweepOutputTemps(target.path);
      if (target.stats) await chmod(tmp, target.stats.mode & 0o7777);
      await rename(tmp, target.path);
      warnIfHardLinksKeptOldContent(target);
    } else {
      // The temp was made beside the link: sweep a killed writer's leftovers there too.
      if (target.viaLink) await sweepOutputTemps(resolve(path));
      await writeBeside(target, await readFile(tmp));
    }
  } catch (e) {
    throw outputWriteError(path, e);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** JSON with two-space indentation and a trailing newline (stable, diff-friendly). */
export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}
