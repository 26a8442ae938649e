/**
 * The bootstrap of evaluate's binary and regression metrics on several cores.
 *
 * Every resample has its own PRNG stream (bootstrap.ts, resampleSeed), so the threads pull resample
 * indices from one shared counter (Atomics.add) and write each resample's statistics into its slot
 * of a shared Float64Array: the intervals are the in-thread bootstrapMetrics' exactly, whatever the
 * number of workers and whichever thread ran which resample.
 *
 * Sharing: the prepared data's typed arrays are copied once into SharedArrayBuffers; a typed array on
 * a SharedArrayBuffer in a posted message reaches the worker as a view of the same memory, so no
 * worker copies the 1M-row arrays. The main thread pulls resamples too (no idle core while a worker
 * starts). Workers outlive a bootstrap: they wait, unreferenced, for the next one's task, and
 * warmBootstrapWorkers starts them before the data is ready (evaluate: while it reads the file).
 *
 * Fallbacks (correctness first): fewer than `minRows` rows (worker start-up, ~50 ms bundled and
 * ~0.5 s under tsx, is not worth it), fewer than 2 cores, multiclass data (per-row probability
 * arrays), or workers that cannot start or die: any resample not marked done when the workers are
 * gone is run on this thread.
 *
 * Workers: from TypeScript sources (vitest, tsx) the worker is bootstrap-worker.ts run with tsx's
 * loader; in the ncc bundles, scripts/build.mjs writes that entry as `bootstrap-worker/index.js` next
 * to every bundle whose code contains BOOTSTRAP_WORKER_MARKER (as for validate-data's shard worker).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../../runtime/worker-entry.js';
import { InputError } from '../../runtime/errors.js';
import { percentileIntervals, resolveBootstrapOptions, Resampler, type BootstrapInterval, type BootstrapOptions, type Multiplicities } from './bootstrap.js';
import { bootstrapMetrics, bootstrapPlan, type Evaluation, type MetricName } from './index.js';
import { SHARED_MIN_ROWS } from './shareable.js';

/** scripts/build.mjs adds the bootstrap worker to every bundle whose code contains this string. */
export const BOOTSTRAP_WORKER_MARKER = 'mlops-actions:bootstrap-worker@1';
/** The worker bundle, relative to the bundle that starts it. */
const BUNDLED_WORKER = 'bootstrap-worker/index.js';

export const DEFAULT_MAX_BOOTSTRAP_WORKERS = 4;
/** Below this many rows the resamples run on this thread. */
export const DEFAULT_PARALLEL_MIN_ROWS = SHARED_MIN_ROWS;

export interface ParallelBootstrapOptions extends BootstrapOptions {
  /** Threads running resamples, this one included (default: available cores, at most 4); below 2, in-thread. */
  threads?: number;
  /** Run in-thread below this many rows (default DEFAULT_PARALLEL_MIN_ROWS). */
  minRows?: number;
  /** Tests: whether this thread runs resamples too (default true). With false, `threads` workers start. */
  mainThread?: boolean;
}

/** What a worker is posted; the typed arrays live in SharedArrayBuffers (shared, not copied). */
export interface BootstrapTask {
  marker: string;
  data: Evaluation;
  names: MetricName[];
  seed: number;
  resamples: number;
  /** [0]: the next resample index to claim. */
  next: Int32Array;
  /** Per resample: 1 once its statistics are written. */
  done: Uint8Array;
  /** stats[m * resamples + b]. */
  stats: Float64Array;
}

/** bootstrapPlan's summary and metrics, the metrics in `names` order (the layout of `stats`). */
function plan(data: Evaluation, names: readonly MetricName[]): { summarize: (d: Evaluation, w?: Multiplicities) => unknown; finishers: ((s: unknown) => number)[] } {
  const p = bootstrapPlan(data, names);
  return { summarize: p.summarize, finishers: names.map((n) => p.finishers[n]) };
}

/** Claims and runs resamples until none are left. */
function drain(task: BootstrapTask, resampler: Resampler<Evaluation, unknown>): void {
  for (;;) {
    const b = Atomics.add(task.next, 0, 1);
    if (b >= task.resamples) return;
    resampler.run(b);
    Atomics.store(task.done, b, 1);
  }
}

function resamplerFor(task: BootstrapTask): Resampler<Evaluation, unknown> {
  const { summarize, finishers } = plan(task.data, task.names);
  return new Resampler(summarize, finishers, task.data, task.seed, task.resamples, task.stats);
}

/** Worker side (bootstrap-worker.ts). */
export function bootstrapWorkerMain(data: unknown, post: (m: string) => void): void {
  const task = data as BootstrapTask | null;
  if (task?.marker !== BOOTSTRAP_WORKER_MARKER) throw new Error('bootstrap worker started without a task');
  drain(task, resamplerFor(task));
  post('done');
}

/** A copy of `value` whose typed arrays are views of SharedArrayBuffers (one copy per distinct array). */
function toShared<T>(value: T, seen = new Map<unknown, unknown>()): T {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const known = seen.get(value);
    if (known) return known as T;
    const src = value as unknown as Uint8Array;
    if (src.buffer instanceof SharedArrayBuffer) return value;
    const Ctor = src.constructor as new (buffer: SharedArrayBuffer) => Uint8Array;
    const copy = new Ctor(new SharedArrayBuffer(src.byteLength));
    copy.set(src);
    seen.set(value, copy);
    return copy as unknown as T;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toShared(v, seen);
    return out as T;
  }
  return value;
}

/**
 * What the workers read of the data. Binary resamples read the summary's arrays only
 * (summarizeBinary), so the sort order, scores, tie-group ends and ECE bins (18 of 36 MB at 1M rows)
 * are not copied into shared memory: empty arrays stand in for them.
 */
function forWorkers(data: Evaluation): Evaluation {
  if (data.task !== 'binary') return data;
  const none = new Uint32Array(0);
  return { ...data, ranked: { ...data.ranked, order: none, score: new Float64Array(0), groupEnd: none }, order: none, bin: new Uint16Array(0) };
}

function startWorker(): Worker | undefined {
  try {
    const entry = workerEntry(import.meta.url, 'bootstrap-worker.ts', BUNDLED_WORKER);
    // No inherited execArgv (see validate-data-shards.ts); small heaps: a worker holds one 1-byte
    // count per row and a summary, the data is shared. No workerData: tasks come as messages.
    const opts = { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 } };
    const w = 'file' in entry ? new Worker(entry.file, opts) : new Worker(entry.code, { ...opts, eval: true });
    // Idle workers must not keep the process alive; runTask refs a worker while it computes.
    w.unref();
    return w;
  } catch {
    return undefined;
  }
}

/**
 * Workers started and waiting for a task. A worker starts in ~50 ms bundled (~0.3 s under tsx), so
 * the evaluate step starts them while it still reads and sorts the predictions
 * (warmBootstrapWorkers), and a bootstrap hands its task to them instead of waiting for new ones.
 * After a task a worker waits here again for the next block (slices, the label evaluation).
 */
const idle = new Map<Worker, () => void>();

function addIdle(w: Worker): void {
  if (idle.size >= DEFAULT_MAX_BOOTSTRAP_WORKERS) {
    void w.terminate();
    return;
  }
  // A worker that dies while idle leaves the pool (the next bootstrap starts another).
  const gone = () => idle.delete(w);
  w.once('error', gone);
  w.once('exit', gone);
  idle.set(w, gone);
}

/** Takes `count` workers: idle ones first, then new ones. */
function acquireWorkers(count: number): Worker[] {
  const out: Worker[] = [];
  for (const [w, gone] of idle) {
    if (out.length === count) break;
    idle.delete(w);
    w.off('error', gone);
    w.off('exit', gone);
    out.push(w);
  }
  while (out.length < count) {
    const w = startWorker();
    if (!w) break;
    out.push(w);
  }
  return out;
}

/** Default threads running resamples: the available cores, at most DEFAULT_MAX_BOOTSTRAP_WORKERS. */
function defaultThreads(): number {
  return Math.min(availableParallelism(), DEFAULT_MAX_BOOTSTRAP_WORKERS);
}

/**
 * Starts the workers a bootstrap of `threads` threads (this one included) will use, ahead of it:
 * call it once the data is known to be large (≥ DEFAULT_PARALLEL_MIN_ROWS rows) and before the
 * work that precedes the bootstrap (reading, sorting), so the workers' start-up overlaps that work.
 * Idle workers never keep the process alive. Does nothing with fewer than 2 threads.
 */
export function warmBootstrapWorkers(threads = defaultThreads()): void {
  for (let k = idle.size; k < threads - 1; k++) {
    const w = startWorker();
    if (!w) return;
    addIdle(w);
  }
}

/** Workers waiting for a task (tests). */
export function idleBootstrapWorkers(): number {
  return idle.size;
}

/**
 * Runs `task` on `w`, then calls `onSettled` once it posted 'done' (the worker goes back to the idle
 * pool) or failed (it is terminated; the caller runs the resamples it did not finish).
 */
function runTask(w: Worker, task: BootstrapTask, onSettled: () => void): void {
  w.ref();
  const finish = (ok: boolean) => {
    w.off('message', onMessage);
    w.off('error', onFailure);
    w.off('exit', onFailure);
    if (ok) {
      w.unref();
      addIdle(w);
    } else void w.terminate();
    onSettled();
  };
  const onMessage = (m: unknown) => finish(m === 'done');
  const onFailure = () => finish(false);
  w.on('message', onMessage);
  w.once('error', onFailure);
  w.once('exit', onFailure);
  w.postMessage(task);
}

/**
 * bootstrapMetrics (same intervals) with the resamples spread over worker threads when the data is
 * large enough; see the module comment. `names` must apply to the data's task.
 */
export async function bootstrapMetricsParallel(
  data: Evaluation,
  names: readonly MetricName[],
  options: ParallelBootstrapOptions = {},
): Promise<Partial<Record<MetricName, BootstrapInterval>>> {
  const resolved = resolveBootstrapOptions(options);
  const mainThread = options.mainThread ?? true;
  const threads = options.threads ?? Math.min(availableParallelism(), DEFAULT_MAX_BOOTSTRAP_WORKERS);
  const workers = mainThread ? threads - 1 : threads;
  if (data.task === 'multiclass' || data.length < (options.minRows ?? DEFAULT_PARALLEL_MIN_ROWS) || workers < 1 || (mainThread && threads < 2)) {
    return bootstrapMetrics(data, names, resolved);
  }
  if (data.length === 0) throw new InputError('bootstrap: no rows to resample');
  const { resamples, seed } = resolved;
  const task: BootstrapTask = {
    marker: BOOTSTRAP_WORKER_MARKER,
    data: toShared(forWorkers(data)),
    names: [...names],
    seed,
    resamples,
    next: new Int32Array(new SharedArrayBuffer(4)),
    done: new Uint8Array(new SharedArrayBuffer(resamples)),
    stats: new Float64Array(new SharedArrayBuffer(8 * names.length * resamples)),
  };
  const started = acquireWorkers(workers);
  let live = started.length;
  let wake: () => void = () => undefined;
  const allDone = () => {
    for (let b = 0; b < resamples; b++) if (Atomics.load(task.done, b) !== 1) return false;
    return true;
  };
  const settled = new Promise<void>((resolve) => {
    wake = () => {
      if (live === 0 || allDone()) resolve();
    };
  });
  for (const w of started) {
    runTask(w, task, () => {
      live--;
      wake();
    });
  }
  const resampler = resamplerFor(task);
  if (mainThread) drain(task, resampler);
  wake();
  await settled;
  // Resamples a worker claimed but did not finish (it failed), or that none claimed (none started).
  for (let b = 0; b < resamples; b++) if (Atomics.load(task.done, b) !== 1) resampler.run(b);
  const { summarize, finishers } = plan(data, names);
  const full = summarize(data);
  return percentileIntervals(names, finishers.map((f) => f(full)), task.stats, resolved) as Partial<Record<MetricName, BootstrapInterval>>;
}
