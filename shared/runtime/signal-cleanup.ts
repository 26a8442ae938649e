/**
 * Temp paths removed when the process is interrupted. A step registers what it is building
 * (a publish's work folder, a cache entry being saved, an atomic write's temp file) and releases it
 * when done; on SIGINT, SIGTERM or SIGHUP the registered paths are removed synchronously and the
 * signal is raised again, so the exit status stays the shell's 130/143/129.
 *
 * Handlers are installed only while something is registered: with nothing to clean, Node's
 * default signal behaviour is untouched. When another part of the program also listens for the
 * signal (train forwards it to its child and waits), that listener decides how to exit; we only
 * clean. SIGKILL cannot be caught: stale-temps.ts sweeps what it leaves on the next start.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

type Tracked = { path: string } | { dir: string; match: (name: string) => boolean };

const tracked = new Set<Tracked>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

/**
 * A write still in flight on libuv's threads (an archive being written into the folder) can add an
 * entry after rmSync listed the folder, which then fails with ENOTEMPTY: retried twice, 5 ms apart.
 */
const REMOVE = { recursive: true, force: true, maxRetries: 2, retryDelay: 5 } as const;

function removeTracked(): void {
  for (const t of tracked) {
    try {
      if ('path' in t) rmSync(t.path, REMOVE);
      else for (const name of readdirSync(t.dir)) if (t.match(name)) rmSync(join(t.dir, name), REMOVE);
    } catch {
      // Best effort: a path we cannot remove now is swept by the next run.
    }
  }
  tracked.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeTracked();
  if (process.listenerCount(signal) > 1) return;
  uninstall();
  process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removeTracked);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', removeTracked);
}

function track(t: Tracked): () => void {
  tracked.add(t);
  install();
  return () => {
    tracked.delete(t);
    if (tracked.size === 0) uninstall();
  };
}

/** Removes `path` (file or folder) if the process is interrupted before the returned release is called. */
export function removeOnInterrupt(path: string): () => void {
  return track({ path });
}

/** Removes the entries of `dir` that `match` selects if the process is interrupted before release. */
export function removeMatchingOnInterrupt(dir: string, match: (name: string) => boolean): () => void {
  return track({ dir, match });
}

/** How many paths are registered (tests check that steps release what they register). */
export function trackedTempCount(): number {
  return tracked.size;
}
