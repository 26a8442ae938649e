/**
 * The run cache port. Two implementations, siblings behind this interface: a local folder
 * (local-run-cache.ts, what `mlops train` uses) and the GitHub Actions cache service
 * (shared/github/actions-run-cache.ts, which stages entries in a local folder and moves them with
 * @actions/cache).
 *
 * A cache is an optimisation, never a reason to fail training: implementations report trouble
 * (an outage, a corrupt entry, a full disk) through `log.warn` and answer "miss" / "failed".
 */
import type { RunRecord } from '../formats/run-format.js';

export interface RunCacheLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface RunCacheEntry {
  /** The working directory the files are relative to. */
  cwd: string;
  /** The declared outputs, relative to `cwd` (forward slashes). */
  files: readonly string[];
  /** The record of the successful run that made them. */
  record: RunRecord;
}

export type RunCacheSaveResult = 'saved' | 'exists' | 'failed';

export interface RunCache {
  /** For messages: "local folder .mlops/cache", "GitHub Actions cache". */
  readonly description: string;
  /**
   * On a hit, writes the cached outputs into `cwd` (each file atomically, after checking its
   * digest against the record) and returns the cached run's record; on a miss, undefined.
   */
  restore(key: string, cwd: string): Promise<RunRecord | undefined>;
  /** Stores an entry under `key`. An entry that is already there is left as it is ("exists"). */
  save(key: string, entry: RunCacheEntry): Promise<RunCacheSaveResult>;
}
