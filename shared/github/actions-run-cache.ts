/**
 * The run cache on the GitHub Actions cache service. An entry is staged in the local cache folder
 * (same layout as LocalRunCache) and moved as one path with @actions/cache, so restore and save use
 * the same `paths` (the service's cache "version" is derived from them) and the digest check on
 * restore is the local one.
 *
 * The service is an optimisation: an outage, a read-only token (fork PRs) or an entry another job
 * is already saving never fails training. @actions/cache itself swallows most of these and logs
 * them; what it still throws (ValidationError, ReserveCacheError from some versions, anything
 * unexpected) is caught here and logged. Saving a key that exists returns -1 or throws
 * ReserveCacheError: both are reported as "exists", which is fine: keys are content addresses.
 */
import * as actionsCache from '@actions/cache';
import { relative, sep } from 'node:path';
import { LocalRunCache } from '../local/local-run-cache.js';
import type { RunCache, RunCacheEntry, RunCacheLog, RunCacheSaveResult } from '../ports/run-cache.js';
import type { RunRecord } from '../formats/run-format.js';

/** The part of @actions/cache we use; tests inject a fake. */
export interface CacheModule {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export const actionsCacheModule: CacheModule = actionsCache;

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

export class ActionsRunCache implements RunCache {
  readonly description = 'GitHub Actions cache';
  private readonly local: LocalRunCache;

  constructor(
    /** Staging folder, relative to the workspace (default .mlops/cache). */
    stagingDir: string,
    private readonly log: RunCacheLog,
    private readonly module: CacheModule = actionsCacheModule,
  ) {
    this.local = new LocalRunCache(stagingDir, log);
  }

  /** Whether the runner gave this job the cache service (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL). */
  static available(module: CacheModule = actionsCacheModule): boolean {
    try {
      return module.isFeatureAvailable();
    } catch {
      return false;
    }
  }

  /** The one path saved and restored; the same string both ways. */
  private paths(key: string): string[] {
    const rel = relative(process.cwd(), this.local.entryDir(key)).split(sep).join('/');
    return [rel === '' ? this.local.entryDir(key) : rel];
  }

  async restore(key: string, cwd: string): Promise<RunRecord | undefined> {
    // A self-hosted runner may still have the staged entry from an earlier job.
    if (await this.local.has(key)) return this.local.restore(key, cwd);
    let hit: string | undefined;
    try {
      hit = await this.module.restoreCache(this.paths(key), key);
    } catch (e) {
      this.log.warn(`run cache: the GitHub Actions cache could not be read (${describe(e)}); running the command`);
      return undefined;
    }
    // restoreCache matches keys by prefix; only the exact key is this run.
    if (hit !== key) return undefined;
    return this.local.restore(key, cwd);
  }

  async save(key: string, entry: RunCacheEntry): Promise<RunCacheSaveResult> {
    const staged = await this.local.save(key, entry);
    if (staged === 'failed') return 'failed';
    try {
      const id = await this.module.saveCache(this.paths(key), key);
      if (id === -1) {
        this.log.info(`run cache: ${key} was not saved to the GitHub Actions cache (it exists already, another job is saving it, or the service is unavailable)`);
        return 'exists';
      }
      return 'saved';
    } catch (e) {
      if (e instanceof Error && e.name === 'ReserveCacheError') {
        this.log.info(`run cache: ${key} is already in the GitHub Actions cache or being saved by another job (${e.message})`);
        return 'exists';
      }
      this.log.warn(`run cache: could not save to the GitHub Actions cache (${describe(e)}); the run itself succeeded`);
      return 'failed';
    }
  }
}
