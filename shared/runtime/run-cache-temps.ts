/**
 * The run cache's half-built and discarded entries (`<cache>/.tmp-<key>-<pid>-<host>-<hex>`,
 * LocalRunCache) must not outlive the run that made them: on start of a run that uses the cache,
 * entries left by a killed run are swept (its pid gone from this host, or older than an hour when
 * written elsewhere; stale-temps.ts), and until the run ends an interrupt removes this process's
 * own entries before the signal is raised again.
 */
import { randomBytes } from 'node:crypto';
import { removeMatchingOnInterrupt } from './signal-cleanup.js';
import { hostTag, sweepStaleTemps } from './stale-temps.js';

const TEMP_PREFIX = '.tmp-';
/** `.tmp-<key>-<pid>-<host>-<hex>`; before the host tag, `.tmp-<key>-<pid>-<hex>` (judged by age). */
const TAGGED = /^\.tmp-.+-(\d+)-([0-9a-f]{8})-[0-9a-f]{8}$/;
const UNTAGGED = /^\.tmp-.+-(\d+)-[0-9a-f]+$/;

/** A fresh temp name for building (or discarding) the entry `key` in this process. */
export function cacheTempName(key: string): string {
  return `${TEMP_PREFIX}${key}-${process.pid}-${hostTag()}-${randomBytes(4).toString('hex')}`;
}

/** The writer's pid in a cache temp name. */
export function pidOfCacheTemp(name: string): number | undefined {
  const m = TAGGED.exec(name) ?? UNTAGGED.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** The writer's host tag in a cache temp name (undefined for names written before the tag). */
function hostOfCacheTemp(name: string): string | undefined {
  return TAGGED.exec(name)?.[2];
}

/** Sweeps stale temp entries of the cache folder `dir` and guards this run's; returns the release. */
export async function guardRunCacheTemps(dir: string): Promise<() => void> {
  await sweepStaleTemps(dir, { match: (n) => n.startsWith(TEMP_PREFIX), pidOf: pidOfCacheTemp, hostOf: hostOfCacheTemp });
  return removeMatchingOnInterrupt(dir, (n) => n.startsWith(TEMP_PREFIX) && pidOfCacheTemp(n) === process.pid);
}
