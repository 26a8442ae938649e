/**
 * Starting validate-data's shard workers (validate-data-shards.ts), possibly early.
 *
 * A shard worker loads its bundle (~1.3 MB) in ~0.3 s while the main thread is busy; started once
 * the file is planned (~250 ms into `mlops validate` on flights-3m.csv) it was ready ~0.55 s in,
 * after the main thread had long started its own shard, and the run waited for it at the end. So
 * the CLI and the action start the workers a large CSV will need before they load the step
 * (warmShardWorkers), and the plan takes them (takeShardWorker) when it shards: the task comes
 * as a message instead of workerData. Unused warm workers are unreferenced (they never keep the
 * process alive) and terminated when the plan reads the file sequentially.
 *
 * This module is small on purpose (node built-ins only): it runs before the step's code is loaded.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../runtime/worker-entry.js';

/** scripts/build.mjs adds the shard worker to every bundle whose code contains this string. */
export const SHARD_WORKER_MARKER = 'mlops-actions:shard-worker@1';
/** The worker bundle, relative to the bundle that starts it. */
const BUNDLED_WORKER = 'shard-worker/index.js';

export const DEFAULT_MAX_WORKERS = 4;
/** Below this, starting workers (~50-100 ms each) and merging cost more than they save. */
export const DEFAULT_SHARD_MIN_BYTES = 32 * 1024 * 1024;

export interface WorkerHeapLimits {
  maxYoungGenerationSizeMb: number;
  maxOldGenerationSizeMb: number;
}

/**
 * A shard worker with these heap limits. With `workerData` it runs that task at once; without, it
 * waits for one message carrying it.
 */
export function startShardWorker(resourceLimits: WorkerHeapLimits, workerData?: unknown): Worker {
  const entry = workerEntry(import.meta.url, 'validate-data-worker.ts', BUNDLED_WORKER);
  // No inherited execArgv: a parent started with `node -e …` or `--input-type` would pass them on
  // and the worker would run the parent's code instead of its own (seen in the benchmark harness).
  const data = workerData ?? { marker: SHARD_WORKER_MARKER, task: null };
  return 'file' in entry
    ? new Worker(entry.file, { workerData: data, resourceLimits, execArgv: [] })
    : new Worker(entry.code, { eval: true, workerData: data, resourceLimits, execArgv: [] });
}

/** Warm workers with their heap limits and the listener that drops one that exits unused. */
const warm = new Map<Worker, { limits: WorkerHeapLimits; gone: () => void }>();

/**
 * The heap a CSV row shard's worker gets on the byte path (validate-data-shards.ts,
 * workerHeapLimits) for up to ~100 columns; a task that needs more starts its own worker.
 */
export const WARM_CSV_LIMITS: WorkerHeapLimits = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 64 };

/**
 * Starts the workers a sequential-looking validate of `data` would shard onto, before the step is
 * loaded: only for one existing CSV/TSV file (not .gz) of at least DEFAULT_SHARD_MIN_BYTES, on 2+
 * cores. Anything else (a list, a glob, Parquet, JSON Lines, a small file) starts nothing. Never
 * throws: a warm start is only a head start.
 */
export function warmShardWorkers(data: string, format?: string, minBytes = DEFAULT_SHARD_MIN_BYTES): void {
  try {
    if (warm.size > 0 || /[\n*?[]/.test(data) || /\.gz$/i.test(data)) return;
    const csv = format === undefined ? /\.(csv|tsv)$/i.test(data) : format === 'csv';
    if (!csv) return;
    const workers = Math.min(DEFAULT_MAX_WORKERS, availableParallelism());
    if (workers < 2 || !(statSync(data).size >= minBytes)) return;
    // CSV row shard 0 runs in the main thread (validate-data-shards.ts runShards).
    for (let k = 0; k < workers - 1; k++) {
      const worker = startShardWorker(WARM_CSV_LIMITS);
      worker.unref();
      const gone = () => warm.delete(worker);
      worker.once('error', gone);
      worker.once('exit', gone);
      warm.set(worker, { limits: WARM_CSV_LIMITS, gone });
    }
  } catch {
    // No worker now; the plan starts its own.
  }
}

/** A warm worker whose heap is at least `limits`, referenced again, or undefined. */
export function takeShardWorker(limits: WorkerHeapLimits): Worker | undefined {
  for (const [worker, w] of warm) {
    if (w.limits.maxYoungGenerationSizeMb !== limits.maxYoungGenerationSizeMb || w.limits.maxOldGenerationSizeMb < limits.maxOldGenerationSizeMb) continue;
    warm.delete(worker);
    worker.off('error', w.gone);
    worker.off('exit', w.gone);
    worker.ref();
    return worker;
  }
  return undefined;
}

/** Warm workers waiting for a task (tests). */
export function warmShardWorkerCount(): number {
  return warm.size;
}

/** Terminates the warm workers nobody took (the file is read sequentially, or in other workers). */
export function releaseShardWorkers(): void {
  for (const worker of warm.keys()) void worker.terminate();
  warm.clear();
}
