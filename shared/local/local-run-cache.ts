/**
 * The run cache as a folder: one directory per key holding `run.json` (the run record) and
 * `files/<path>` (the outputs). An entry is built in a temporary directory beside its final place
 * and renamed into it, so a reader (or a concurrent job sharing the folder) sees a whole entry or
 * none; rename(2) of a directory onto an existing non-empty one fails, which is how a second writer
 * learns the entry exists.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { commitTempFile, writeJsonAtomic } from '../runtime/atomic-write.js';
import { digestFile } from '../model/train/declared-files.js';
import { runRecordSchema, type RunRecord } from '../formats/run-format.js';
import type { RunCache, RunCacheEntry, RunCacheLog, RunCacheSaveResult } from '../ports/run-cache.js';

export const DEFAULT_CACHE_DIR = '.mlops/cache';
const RECORD = 'run.json';
const FILES = 'files';

const quietLog: RunCacheLog = { info: () => {}, warn: () => {} };

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Puts a cached output back at `to` as any output is written (shared/runtime/atomic-write.ts): a
 * copy beside it renamed into place, through a symbolic link to the file it points at (the link
 * stays a link), into a device or FIFO in place; never a half-copied file, never a link replaced.
 */
async function restoreOutput(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  const tmp = join(dirname(to), `.${randomBytes(6).toString('hex')}.mlops-restore.tmp`);
  try {
    await copyFile(from, tmp);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  await commitTempFile(tmp, to);
}

export class LocalRunCache implements RunCache {
  readonly description: string;

  constructor(
    /** The cache folder (relative paths are relative to the process's working directory). */
    readonly dir: string,
    private readonly log: RunCacheLog = quietLog,
  ) {
    this.description = `local folder ${dir}`;
  }

  entryDir(key: string): string {
    return join(this.dir, key);
  }

  async has(key: string): Promise<boolean> {
    return stat(join(this.entryDir(key), RECORD)).then(() => true, () => false);
  }

  async restore(key: string, cwd: string): Promise<RunRecord | undefined> {
    const entry = this.entryDir(key);
    let text: string;
    try {
      text = await readFile(join(entry, RECORD), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.log.warn(`run cache (${this.description}): cannot read entry ${key}: ${message(e)}; running the command`);
      return undefined;
    }
    try {
      const parsed = runRecordSchema.safeParse(JSON.parse(text));
      if (!parsed.success) throw new Error(`run.json is not a valid run record (${parsed.error.issues[0]?.message})`);
      const record = parsed.data;
      // Check every file before touching the workspace, so a bad entry changes nothing.
      for (const f of record.outputs) {
        const got = await digestFile(join(entry, FILES, f.path));
        if (got.sha256 !== f.sha256) throw new Error(`${f.path} does not match the digest in its run record`);
      }
      for (const f of record.outputs) await restoreOutput(join(entry, FILES, f.path), join(cwd, f.path));
      return record;
    } catch (e) {
      this.log.warn(`run cache (${this.description}): entry ${key} is unusable (${message(e)}); removing it and running the command`);
      await rm(entry, { recursive: true, force: true }).catch(() => {});
      return undefined;
    }
  }

  async save(key: string, { cwd, files, record }: RunCacheEntry): Promise<RunCacheSaveResult> {
    const entry = this.entryDir(key);
    if (await this.has(key)) return 'exists';
    const tmp = join(this.dir, `.tmp-${key}-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      await mkdir(tmp, { recursive: true });
      for (const f of files) {
        await mkdir(dirname(join(tmp, FILES, f)), { recursive: true });
        await copyFile(join(cwd, f), join(tmp, FILES, f));
      }
      await writeJsonAtomic(join(tmp, RECORD), record);
      try {
        await rename(tmp, entry);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if ((code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EPERM') && (await this.has(key))) {
          await rm(tmp, { recursive: true, force: true });
          return 'exists';
        }
        throw e;
      }
      return 'saved';
    } catch (e) {
      await rm(tmp, { recursive: true, force: true }).catch(() => {});
      this.log.warn(`run cache (${this.description}): could not save ${key}: ${message(e)}; the run itself succeeded`);
      return 'failed';
    }
  }
}
