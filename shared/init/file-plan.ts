/**
 * Which files `mlops init` would write, and whether it may: a file that exists is never replaced
 * without `--force`, and when any would be, nothing is written at all (one message lists them all,
 * so a second run does not discover them one by one).
 */
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../runtime/errors.js';

export interface FileToWrite {
  /** Relative to the repository root, with `/`. */
  path: string;
  text: string;
}

export interface PlannedFile extends FileToWrite {
  /** `new`: nothing there; `overwrite`: a file there that --force replaces. */
  status: 'new' | 'overwrite';
}

/** What is at `path`: nothing, a file (or symlink, replaced as a link, never followed), or a folder. */
export async function pathKind(path: string): Promise<'none' | 'file' | 'folder'> {
  try {
    const s = await lstat(path);
    return s.isDirectory() ? 'folder' : 'file';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    // ENOTDIR: a parent is a file; writing will fail and say so. Anything else: let writing report it.
    return 'none';
  }
}

/** Plans `files` under `dir`. Throws UsageError naming every existing file when `force` is not set. */
export async function planFiles(dir: string, files: readonly FileToWrite[], force: boolean): Promise<PlannedFile[]> {
  const planned: PlannedFile[] = [];
  const existing: string[] = [];
  for (const f of files) {
    const kind = await pathKind(join(dir, f.path));
    if (kind === 'folder') throw new UsageError(`${join(dir, f.path)} is a folder; init writes a file there`, { hint: 'move the folder away; nothing was written' });
    if (kind === 'file') existing.push(f.path);
    planned.push({ ...f, status: kind === 'file' ? 'overwrite' : 'new' });
  }
  if (existing.length > 0 && !force) {
    const list = existing.map((p) => join(dir, p)).join(', ');
    throw new UsageError(`${existing.length === 1 ? 'a file init writes exists' : `${existing.length} files init writes exist`}: ${list}`, {
      hint: 'nothing was written; pass --force to overwrite them, or move them away first',
    });
  }
  return planned;
}
