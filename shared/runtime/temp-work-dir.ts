/**
 * A step's scratch folder in the system temp folder, `<tmp>/<prefix><pid>-XXXXXX`: removed when the
 * step ends, when the process is interrupted (signal-cleanup.ts), and, if a SIGKILL left it, by the
 * next run that uses the same prefix (stale-temps.ts; the pid in the name keeps a live run's folder).
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeOnInterrupt } from './signal-cleanup.js';
import { sweepStaleTemps } from './stale-temps.js';

export interface TempWorkDir {
  path: string;
  /** Removes the folder and stops watching it. */
  remove(): Promise<void>;
}

/** The pid a `<prefix><pid>-XXXXXX` name carries. */
export function pidInTempName(prefix: string, name: string): number | undefined {
  const m = /^(\d+)-/.exec(name.slice(prefix.length));
  return m ? Number(m[1]) : undefined;
}

/** `prefix` names the step, e.g. `mlops-publish-`. */
export async function makeTempWorkDir(prefix: string, root: string = tmpdir()): Promise<TempWorkDir> {
  await sweepStaleTemps(root, { match: (n) => n.startsWith(prefix), pidOf: (n) => pidInTempName(prefix, n) });
  // Made and registered in one turn of the event loop: a signal handler runs between turns, so it
  // always finds the folder registered. An asynchronous mkdtemp still in flight on libuv's threads
  // when a SIGINT's cleanup ran created the folder after it, and an empty one was left (CI, twice).
  const path = mkdtempSync(join(root, `${prefix}${process.pid}-`));
  const release = removeOnInterrupt(path);
  return {
    path,
    async remove() {
      await rm(path, { recursive: true, force: true });
      release();
    },
  };
}
