/**
 * Sweeps temp entries a killed run left behind (SIGKILL, a power cut: nothing ran to clean them).
 * Only in a folder we own, only names with our own prefix, only entries owned by this user, never
 * through a link, and only when the writer is proven gone:
 * - the name carries the writer's process id and this host's tag (hostTag(): the host name and the
 *   pid namespace, so a container sharing the folder is another host) and no such process runs:
 *   swept at once, however fresh;
 * - otherwise (no pid, another host's or an older name without a tag): only when older than a run
 *   can last (an hour, by the newest modification time of the entry and its direct children) and,
 *   with a pid, that pid not alive here.
 * A live writer's entry (its pid alive) is never removed; a pid reused by an unrelated process only
 * delays the sweep. Failures are ignored: the sweep must not fail the run it precedes.
 */
import { createHash } from 'node:crypto';
import { readlinkSync } from 'node:fs';
import { lstat, readdir, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const STALE_TEMP_MS = 60 * 60 * 1000;

let tag: string | undefined;

/**
 * Eight hex digits naming this host and pid namespace: a pid is only meaningful where it was
 * taken, and two containers (or a container and its host) can share a host name or a folder.
 */
export function hostTag(): string {
  if (tag === undefined) {
    let namespace = '';
    try {
      namespace = readlinkSync('/proc/self/ns/pid');
    } catch {
      // Not Linux: the host name alone.
    }
    tag = createHash('sha256').update(`${hostname()}\0${namespace}`).digest('hex').slice(0, 8);
  }
  return tag;
}

export interface SweepOptions {
  /** Names this sweep may remove (our own prefix). */
  match: (name: string) => boolean;
  /** The process id written into the name, if any: a live writer's entry is never removed. */
  pidOf?: (name: string) => number | undefined;
  /** The host tag written into the name, if any; when it is hostTag(), a dead pid proves the entry stale. */
  hostOf?: (name: string) => string | undefined;
  maxAgeMs?: number;
  now?: () => number;
  /** The entries to judge, when the caller has listed `dir` already (else it is read). */
  names?: readonly string[];
}

/** True when a process with this id runs on this host (signal 0 checks without sending anything). */
export function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function newestMtimeMs(path: string, own: number): Promise<number> {
  let newest = own;
  const names = await readdir(path).catch(() => [] as string[]);
  for (const n of names) {
    const s = await lstat(join(path, n)).catch(() => undefined);
    if (s && s.mtimeMs > newest) newest = s.mtimeMs;
  }
  return newest;
}

/** Removes the stale entries of `dir` that `match` selects; returns the paths removed. */
export async function sweepStaleTemps(dir: string, options: SweepOptions): Promise<string[]> {
  const cutoff = (options.now ?? Date.now)() - (options.maxAgeMs ?? STALE_TEMP_MS);
  const uid = process.getuid?.();
  const removed: string[] = [];
  const names = options.names ?? (await readdir(dir).catch(() => [] as string[]));
  for (const name of names) {
    if (!options.match(name)) continue;
    const path = join(dir, name);
    try {
      const s = await lstat(path);
      if (s.isSymbolicLink() || (uid !== undefined && s.uid !== uid)) continue;
      const pid = options.pidOf?.(name);
      if (pid !== undefined && processIsAlive(pid)) continue;
      const deadHere = pid !== undefined && options.hostOf?.(name) === hostTag();
      if (!deadHere) {
        const newest = s.isDirectory() ? await newestMtimeMs(path, s.mtimeMs) : s.mtimeMs;
        if (newest > cutoff) continue;
      }
      await rm(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Another sweeper got there first, or it is not ours to remove.
    }
  }
  return removed;
}
