/**
 * The run cache's half-built entries (`<cache>/.tmp-<key>-<pid>-<hex>`, LocalRunCache.save) must
 * not outlive the run that built them: on start of a run that uses the cache, entries left by a
 * killed run are swept (older than an hour, their writer gone), and until the run ends an interrupt
 * removes this process's own entries before the signal is raised again.
 */
import { removeMatchingOnInterrupt } from './signal-cleanup.js';
import { sweepStaleTemps } from './stale-temps.js';

const TEMP_PREFIX = '.tmp-';

/** The writer's pid in a `.tmp-<key>-<pid>-<hex>` name. */
export function pidOfCacheTemp(name: string): number | undefined {
  const m = /-(\d+)-[0-9a-f]+$/.exec(name);
  return name.startsWith(TEMP_PREFIX) && m ? Number(m[1]) : undefined;
}

/** Sweeps stale temp entries of the cache folder `dir` and guards this run's; returns the release. */
export async function guardRunCacheTemps(dir: string): Promise<() => void> {
  await sweepStaleTemps(dir, { match: (n) => n.startsWith(TEMP_PREFIX), pidOf: pidOfCacheTemp });
  return removeMatchingOnInterrupt(dir, (n) => n.startsWith(TEMP_PREFIX) && pidOfCacheTemp(n) === process.pid);
}
