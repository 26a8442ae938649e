/**
 * Writes the planned files, each atomically (temp file and rename: shared/runtime/atomic-write.ts),
 * and all or nothing: when one write fails, the files already written are put back as they were
 * (removed, or their old content restored) and the folders init created are removed again, so a
 * failed init leaves the repository as it found it.
 */
import { readFile, rm, rmdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from '../runtime/atomic-write.js';
import { InputError, UsageError } from '../runtime/errors.js';
import { pathKind, type PlannedFile } from './file-plan.js';

/** The folders between `root` and `path`'s folder that do not exist yet, outermost first. */
async function missingFolders(root: string, path: string): Promise<string[]> {
  const out: string[] = [];
  let d = dirname(path);
  while (d.startsWith(root) && d !== root && (await pathKind(d)) === 'none') {
    out.unshift(d);
    d = dirname(d);
  }
  return out;
}

export async function writeAllOrNothing(dir: string, files: readonly PlannedFile[]): Promise<void> {
  const root = resolve(dir);
  const written: Array<{ path: string; previous?: Buffer }> = [];
  const createdFolders: string[] = [];
  try {
    for (const f of files) {
      const path = join(root, f.path);
      // Checked again just before writing: a file that appeared since the plan is not clobbered.
      if (f.status === 'new' && (await pathKind(path)) !== 'none') {
        throw new UsageError(`${join(dir, f.path)} appeared while init was writing`, { hint: 'nothing was written; run init again' });
      }
      const previous = f.status === 'overwrite' ? await readFile(path) : undefined;
      for (const folder of await missingFolders(root, path)) createdFolders.push(folder);
      await writeFileAtomic(path, f.text);
      written.push({ path, previous });
    }
  } catch (e) {
    for (const w of written.reverse()) {
      await (w.previous === undefined ? rm(w.path, { force: true }) : writeFileAtomic(w.path, w.previous)).catch(() => undefined);
    }
    for (const folder of createdFolders.reverse()) await rmdir(folder).catch(() => undefined);
    if (e instanceof UsageError) throw e;
    // The output writer's refusals (a folder in the way) are one clear message already; its
    // failed writes carry the system error, reported here once with init's own hint.
    if (e instanceof InputError && e.cause === undefined) throw e;
    const err = (e instanceof InputError ? e.cause : e) as NodeJS.ErrnoException;
    throw new InputError(`cannot write ${err.path ?? dir}: ${err.code ?? err.message}`, {
      hint: 'nothing was written; check the folder and its permissions',
      cause: e,
    });
  }
}
