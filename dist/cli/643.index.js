export const id = 643;
export const ids = [643];
export const modules = {

/***/ 643:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MAX_WORKERS: () => (/* binding */ DEFAULT_MAX_WORKERS),
/* harmony export */   DEFAULT_SHARD_MIN_BYTES: () => (/* binding */ DEFAULT_SHARD_MIN_BYTES),
/* harmony export */   SHARD_WORKER_MARKER: () => (/* binding */ SHARD_WORKER_MARKER),
/* harmony export */   WARM_CSV_LIMITS: () => (/* binding */ WARM_CSV_LIMITS),
/* harmony export */   releaseShardWorkers: () => (/* binding */ releaseShardWorkers),
/* harmony export */   startShardWorker: () => (/* binding */ startShardWorker),
/* harmony export */   takeShardWorker: () => (/* binding */ takeShardWorker),
/* harmony export */   warmShardWorkerCount: () => (/* binding */ warmShardWorkerCount),
/* harmony export */   warmShardWorkers: () => (/* binding */ warmShardWorkers)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_worker_entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4516);
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




/** scripts/build.mjs adds the shard worker to every bundle whose code contains this string. */
const SHARD_WORKER_MARKER = 'mlops-actions:shard-worker@1';
/** The worker bundle, relative to the bundle that starts it. */
const BUNDLED_WORKER = 'shard-worker/index.js';
const DEFAULT_MAX_WORKERS = 4;
/** Below this, starting workers (~50-100 ms each) and merging cost more than they save. */
const DEFAULT_SHARD_MIN_BYTES = 32 * 1024 * 1024;
/**
 * A shard worker with these heap limits. With `workerData` it runs that task at once; without, it
 * waits for one message carrying it.
 */
function startShardWorker(resourceLimits, workerData) {
    const entry = (0,_runtime_worker_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .workerEntry */ .x)(import.meta.url, 'validate-data-worker.ts', BUNDLED_WORKER);
    // No inherited execArgv: a parent started with `node -e …` or `--input-type` would pass them on
    // and the worker would run the parent's code instead of its own (seen in the benchmark harness).
    const data = workerData ?? { marker: SHARD_WORKER_MARKER, task: null };
    return 'file' in entry
        ? new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(entry.file, { workerData: data, resourceLimits, execArgv: [] })
        : new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(entry.code, { eval: true, workerData: data, resourceLimits, execArgv: [] });
}
/** Warm workers with their heap limits and the listener that drops one that exits unused. */
const warm = new Map();
/**
 * The heap a CSV row shard's worker gets on the byte path (validate-data-shards.ts,
 * workerHeapLimits) for up to ~100 columns; a task that needs more starts its own worker.
 */
const WARM_CSV_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 64 };
/**
 * Starts the workers a sequential-looking validate of `data` would shard onto, before the step is
 * loaded: only for one existing CSV/TSV file (not .gz) of at least DEFAULT_SHARD_MIN_BYTES, on 2+
 * cores. Anything else (a list, a glob, Parquet, JSON Lines, a small file) starts nothing. Never
 * throws: a warm start is only a head start.
 */
function warmShardWorkers(data, format, minBytes = DEFAULT_SHARD_MIN_BYTES) {
    try {
        if (warm.size > 0 || /[\n*?[]/.test(data) || /\.gz$/i.test(data))
            return;
        const csv = format === undefined ? /\.(csv|tsv)$/i.test(data) : format === 'csv';
        if (!csv)
            return;
        const workers = Math.min(DEFAULT_MAX_WORKERS, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)());
        if (workers < 2 || !((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(data).size >= minBytes))
            return;
        // CSV row shard 0 runs in the main thread (validate-data-shards.ts runShards).
        for (let k = 0; k < workers - 1; k++) {
            const worker = startShardWorker(WARM_CSV_LIMITS);
            worker.unref();
            const gone = () => warm.delete(worker);
            worker.once('error', gone);
            worker.once('exit', gone);
            warm.set(worker, { limits: WARM_CSV_LIMITS, gone });
        }
    }
    catch {
        // No worker now; the plan starts its own.
    }
}
/** A warm worker whose heap is at least `limits`, referenced again, or undefined. */
function takeShardWorker(limits) {
    for (const [worker, w] of warm) {
        if (w.limits.maxYoungGenerationSizeMb !== limits.maxYoungGenerationSizeMb || w.limits.maxOldGenerationSizeMb < limits.maxOldGenerationSizeMb)
            continue;
        warm.delete(worker);
        worker.off('error', w.gone);
        worker.off('exit', w.gone);
        worker.ref();
        return worker;
    }
    return undefined;
}
/** Warm workers waiting for a task (tests). */
function warmShardWorkerCount() {
    return warm.size;
}
/** Terminates the warm workers nobody took (the file is read sequentially, or in other workers). */
function releaseShardWorkers() {
    for (const worker of warm.keys())
        void worker.terminate();
    warm.clear();
}


/***/ }),

/***/ 4516:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ workerEntry)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/**
 * How to start one of our worker threads: from the ncc bundles, the worker's own bundle beside the
 * bundle that starts it (scripts/build.mjs writes it there); from TypeScript sources (vitest, tsx),
 * code that registers tsx's loader and then imports the worker's .ts entry. Node 20 does not apply
 * `--import tsx` (module.register) to a worker's execArgv, but tsx's API registers it inside the worker.
 */


/**
 * `callerUrl`: the starting module's import.meta.url, passed as a value (`new URL('…',
 * import.meta.url)` written inline would make ncc copy the file as an asset, and the worker must be
 * a bundle of its own). `sourceEntry`: the worker's .ts file beside the caller; `bundledEntry`:
 * its bundle, relative to the caller's bundle.
 */
function workerEntry(callerUrl, sourceEntry, bundledEntry) {
    if (callerUrl.endsWith('.ts')) {
        // createRequire resolves the package's `require` entry; the worker code imports the ESM one.
        const api = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.pathToFileURL)((0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(callerUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
        const entry = new URL(callerUrl.replace(/[^/]*$/, sourceEntry)).href;
        return { code: `const { register } = await import(${JSON.stringify(api)});\nregister();\nawait import(${JSON.stringify(entry)});\n` };
    }
    return { file: new URL(bundledEntry, callerUrl) };
}


/***/ })

};
