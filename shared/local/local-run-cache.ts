/**
 * The run cache as a folder: one directory per key holding `run.json` (the run record) and
 * `files/<path>` (the outputs). An entry is built in a temporary directory beside its final place
 * and renamed into it, so a reader (or a concurrent job sharing the folder) sees a whole entry or
 * none; rename(2) of a directory onto an existing non-empty one fails, which is how a second writer
 * learns the entry exists. An unusable entry is renamed out of the way before it is removed, so a
 * kill while removing it leaves a temp entry (swept on the next start), not a half-removed entry in
 * the key's place; a key folder without its run.json (what a kill during an older version's
 * removal could leave) is never trusted and is moved aside by the next save. Whatever is killed
 * when, a later run trusts only an entry whose run.json parses and whose files match its digests
 * (test/faults/kill-during-train-cache.test.ts).
 */
import { copyFile, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { commitTempFile, outputTempPath, writeJsonAtomic } from '../runtime/atomic-write.js';
import { cacheTempName } from '../runtime/run-cache-temps.js';
import { removeOnInterrupt } from '../runtime/signal-cleanup.js';
import { digestFile } from '../model/train/declared-files.js';
import { runRecordSchema, type RunRecord } from '../formats/run-format.js';
import type { RunCache, RunCacheEntry, RunCacheLog, RunCacheSaveResult } from '../ports/run-cache.js';

export { DEFAULT_CACHE_DIR } from '../model/train/defaults.js';
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
  // Named as writeFileAtomic names its temps, so the next write of `to` sweeps it if we are killed.
  const tmp = outputTempPath(to);
  const release = removeOnInterrupt(tmp);
  try {
    try {
      await copyFile(from, tmp);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    await commitTempFile(tmp, to);
  } finally {
    release();
  }
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

  /** Takes the entry folder of `key` out of the key's place in one rename, then removes it. */
  private async discard(key: string): Promise<void> {
    const aside = join(this.dir, cacheTempName(key));
    if (await rename(this.entryDir(key), aside).then(() => true, () => false)) await rm(aside, { recursive: true, force: true });
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
      await this.discard(key).catch(() => {});
      return undefined;
    }
  }

  async save(key: string, { cwd, files, record }: RunCacheEntry): Promise<RunCacheSaveResult> {
    const entry = this.entryDir(key);
    if (await this.has(key)) return 'exists';
    const tmp = join(this.dir, cacheTempName(key));
    try {
      await mkdir(tmp, { recursive: true });
      for (const f of files) {
        await mkdir(dirname(join(tmp, FILES, f)), { recursive: true });
        await copyFile(join(cwd, f), join(tmp, FILES, f));
      }
      await writeJsonAtomic(join(tmp, RECORD), record);
      for (let attempt = 0; ; attempt++) {
        try {
          await rename(tmp, entry);
          return 'saved';
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM') throw e;
          if (await this.has(key)) {
            await rm(tmp, { recursive: true, force: true });
            return 'exists';
          }
          // A key folder without its record is no entry anyone trusts: move it aside, once.
          if (attempt > 0) throw e;
          await this.discard(key);
        }
      }
    } catch (e) {
      await rm(tmp, { recursive: true, force: true }).catch(() => {});
      this.log.warn(`run cache (${this.description}): could not save ${key}: ${message(e)}; the run itself succeeded`);
      return 'failed';
    }
  }
}
