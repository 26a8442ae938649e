export const id = 7487;
export const ids = [7487,643];
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

/***/ 9868:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tF: () => (/* binding */ planShards),
  _S: () => (/* binding */ rowGroupRanges),
  TS: () => (/* binding */ runShards),
  Xm: () => (/* binding */ shardError),
  MZ: () => (/* binding */ textRanges)
});

// UNUSED EXPORTS: DEFAULT_PARQUET_COLUMN_SPLIT_MIN_ROWS, DEFAULT_SHARD_MIN_ROWS, MAX_ROW_SHARD_COLUMNS, runShard, shardWorkerMain, workerHeapLimits

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/data/open-table.ts + 1 modules
var open_table = __webpack_require__(9712);
// EXTERNAL MODULE: ../../../../shared/data/csv.ts + 3 modules
var csv = __webpack_require__(2077);
// EXTERNAL MODULE: ../../../../shared/data/csv-options.ts
var csv_options = __webpack_require__(9298);
// EXTERNAL MODULE: ../../../../shared/data/profile.ts + 1 modules
var data_profile = __webpack_require__(5894);
// EXTERNAL MODULE: ../../../../shared/data/merge-profiles.ts
var merge_profiles = __webpack_require__(7060);
// EXTERNAL MODULE: ../../../../shared/data/validate.ts + 2 modules
var validate = __webpack_require__(6589);
// EXTERNAL MODULE: ../../../../shared/data/findings.ts
var findings = __webpack_require__(2403);
// EXTERNAL MODULE: ../../../../shared/formats/validation-values.ts
var validation_values = __webpack_require__(9475);
// EXTERNAL MODULE: ../../../../shared/data/scan-table.ts
var scan_table = __webpack_require__(3473);
;// CONCATENATED MODULE: ../../../../shared/data/validate-data-columns.ts





/** `parts` contiguous ranges of about equal width covering columns [0, columns). */
function columnRanges(columns, parts) {
    const n = Math.max(1, Math.min(parts, columns));
    return Array.from({ length: n }, (_, k) => ({ start: Math.floor((columns * k) / n), end: Math.floor((columns * (k + 1)) / n) }));
}
/** The worker owning contract column `name`: the one whose range holds it, else (not in the file) the first. */
function ownerOf(name, index, ranges) {
    const i = index.get(name);
    if (i === undefined)
        return 0;
    return ranges.findIndex((r) => i >= r.start && i < r.end);
}
/** The contract a worker validates with: its own columns' rules (in contract order) and the whole table section. */
function contractForRange(contract, columns, ranges, part) {
    const index = new Map(columns.map((c, i) => [c, i]));
    const own = Object.entries(contract.columns ?? {}).filter(([name]) => ownerOf(name, index, ranges) === part);
    return { ...contract, columns: Object.fromEntries(own) };
}
/** Batch `batch` seen through columns [start, start + columns.length): what a worker profiles and checks. */
class ColumnSlice {
    batch;
    columns;
    start;
    dictionaries;
    cells;
    constructor(batch, columns, start) {
        this.batch = batch;
        this.columns = columns;
        this.start = start;
        this.dictionaries = batch.dictionaries?.slice(start, start + columns.length);
    }
    get length() {
        return this.batch.length;
    }
    get lines() {
        return this.batch.lines;
    }
    get rowOffset() {
        return this.batch.rowOffset;
    }
    /** Only this slice's cells: the reader did not encode the other columns (encodeColumns). */
    get values() {
        return (this.cells ??= this.columns.map((_, c) => this.dictionaries?.[c]?.cells() ?? this.batch.values[this.start + c]));
    }
}
function sliceReader(reader, columns, range) {
    const own = columns.slice(range.start, range.end);
    return {
        file: reader.file,
        format: reader.format,
        hasLines: reader.hasLines,
        columns: () => reader.columns(),
        async *batches() {
            for await (const batch of reader.batches())
                yield new ColumnSlice(batch, own, range.start);
        },
    };
}
/** One worker's pass: profile of its own columns only, its validator's tallies, the rows. */
async function scanColumnRange(task) {
    const range = task.columnRanges[task.part];
    // openTable hands its options on to the CSV reader, which encodes only this range (the Parquet
    // reader reads only this range's column chunks).
    const options = { format: task.format, delimiter: task.delimiter, encodeColumns: range };
    const reader = sliceReader(await (0,open_table/* openTable */.R)(task.file, options), task.columns, range);
    const contract = task.contract && contractForRange(task.contract, task.columns, task.columnRanges, task.part);
    // All columns named, so that width-scaled sketch sizes are the single pass's; only ours are fed.
    const { profile, validator, rows } = await (0,scan_table/* scanTable */.S)(reader, { file: task.file, columns: task.columns, contract, contractFile: task.contractFile });
    const columns = {};
    for (const name of task.columns.slice(range.start, range.end))
        columns[name] = profile.columns[name];
    return { profile: { ...profile, columns }, validator: validator?.exportState(), rows };
}
/** The single pass's report and profile from every part's result (parts in range order). */
function joinColumnParts(parts, input) {
    const first = parts[0];
    const columns = {};
    for (const name of first.profile.column_order) {
        const owner = parts.find((p) => Object.hasOwn(p.profile.columns, name));
        if (!owner)
            throw new Error(`column split: no part profiled column ${JSON.stringify(name)}`);
        columns[name] = owner.profile.columns[name];
    }
    const profile = { ...first.profile, columns };
    const rows = first.rows;
    if (!input.contract) {
        return { report: (0,validation_values/* reportWithoutContract */.ZX)({ file: input.file, format: input.format, rows, line_kind: input.hasLines ? 'line' : 'row' }), profile, rows };
    }
    // Checker states in contract order, each from its owner (each part's are in contract order too).
    const index = new Map(input.columns.map((c, i) => [c, i]));
    const next = parts.map(() => 0);
    const checkers = Object.keys(input.contract.columns ?? {}).map((name) => {
        const k = ownerOf(name, index, input.ranges);
        return parts[k].validator.checkers[next[k]++];
    });
    const state = { rows: first.validator.rows, columns: first.validator.columns, checkers };
    const validator = (0,validate/* createValidator */.fH)(input.contract, { file: input.file, columns: input.columns, hasLines: input.hasLines, format: input.format, contractFile: input.contractFile });
    validator.mergeState(state, 0);
    return { report: validator.finish(), profile, rows };
}

// EXTERNAL MODULE: ../../../../shared/data/shard-workers.ts
var shard_workers = __webpack_require__(643);
;// CONCATENATED MODULE: ../../../../shared/data/validate-data-shards.ts
/**
 * validate-data on both (all) cores: a large file is cut into shards, each streamed by a
 * `node:worker_threads` worker through the reader, the profiler and the validator, and the shards'
 * results are merged in file order into exactly the sequential run's report and profile.
 *
 * Shards: CSV/TSV/JSON Lines (not .gz) by byte ranges cut just after a '\n' (a UTF-8 '\n' byte is
 * never inside a character); Parquet by row groups. Shard 0 reads from byte 0 like the sequential
 * reader (BOM, header, blank lines); later shards get the header's column names and count lines from
 * 1, which the merge shifts by the lines of the shards before them. A CSV wider than
 * MAX_ROW_SHARD_COLUMNS is split by columns instead, and its parts put together without a merge
 * (validate-data-columns.ts).
 *
 * Why the merge is exact, and when it is not attempted:
 * - A cut can fall inside a quoted CSV field (quoted line breaks). By induction over the shards: shard
 *   0 starts on a record; if shard k starts on a record and parses without error to the end of its
 *   range (the end taken as final), its last record ended at the cut, since a cut inside a quoted
 *   field leaves that quote open, which the reader reports as "unterminated quoted field". So when
 *   every shard before k succeeded, shard k started on a record and saw the same records as the
 *   sequential reader. The earliest failing shard's error is therefore the sequential run's first
 *   error (re-thrown with its absolute line), except "unterminated quoted field" in a shard that is
 *   not the last: that may be the cut, so the file is read again sequentially.
 * - Validator tallies (counts, first samples) add up in file order (Validator.mergeState). Unique
 *   rules need one global map of seen values: such contracts run sequentially (canMergeShards).
 * - Profiles merge with mergeProfiles: counts, min, max, mean and type counts are exact; quantiles
 *   and histograms may differ within the KLL sketch's error bounds (docs/formats.md, "Profile"). An
 *   undeclared column's type is inferred per shard; if a shard's inference disagrees with the
 *   inference over the whole file (a shard's mix of values differs), the merge cannot rebuild the
 *   sequential column, and the file is read again sequentially.
 * - Anything unexpected (a worker that crashes or cannot start, an error that is not an InputError)
 *   also falls back to the sequential path: correctness first.
 *
 * Workers: from TypeScript sources (vitest, tsx) the worker is validate-data-worker.ts run with tsx's
 * loader; in the ncc bundles, scripts/build.mjs writes that entry as `shard-worker/index.js` next to
 * every bundle whose code contains SHARD_WORKER_MARKER. Workers start only when a file is sharded
 * (a large CSV's before the plan: shard-workers.ts), so a small file (and the action's cold start)
 * never pays for them.
 */














/**
 * Parquet is not sharded by default: on flights-3m (11 ZSTD row groups) two workers measured
 * 2.36 s / 222 MB against 1.9-2.1 s / ~200 MB in one thread. Decompression and the flat-column
 * decoder are cheap per row, so each worker's start-up and JIT warm-up, and a second row group
 * decoded in memory at once, cost more than the second core gives back. Pass `minRows` to opt in.
 */
const DEFAULT_SHARD_MIN_ROWS = Number.POSITIVE_INFINITY;
/**
 * Parquet split by columns (validate-data-columns.ts; opt in with `columnSplitMinRows`): each part
 * reads, decodes, profiles and checks only its own columns' chunks, so nothing is read twice and
 * nothing is merged (the result is the single pass's, byte for byte), and the first part runs in
 * this thread. Not by default: on flights-3m (5 columns, `mlops validate` with the benchmark
 * contract) the main thread's CPU went from 1.99 s to 1.65 s and the worker took 0.82 s, but the
 * whole run from 2.5-2.6 to 3.5-4.5 CPU s (V8's GC and compiler threads 1.0 s -> 1.8 s, the
 * worker's bundle load ~0.25 s) and 155-167 MB -> 185-210 MB peak RSS: on two cores that is no
 * faster. Worth it once per-column work outweighs a second isolate.
 */
const DEFAULT_PARQUET_COLUMN_SPLIT_MIN_ROWS = Number.POSITIVE_INFINITY;
/**
 * Files wider than this are not cut into row shards: every shard holds every column's sketches
 * (tens of KB a column once rows are read) and the merge re-derives each column from them, so at
 * 10,000 columns two shards and their merge peaked at 2.26 GB, with 8-9 s of the run spent merging
 * (npm run bench, the wide-data rows). Below it the sketches are small next to the rows. A wider
 * CSV is split by columns instead (validate-data-columns.ts): each worker reads every row but
 * encodes, profiles and checks only its range of columns, and nothing is merged.
 */
const MAX_ROW_SHARD_COLUMNS = 2048;
function shardError(e) {
    if (e instanceof errors/* InputError */.dz) {
        let what = e.message;
        const where = e.location ? `${formatWhere(e.location)}: ` : '';
        if (where && what.startsWith(where))
            what = what.slice(where.length);
        const fix = e.hint ? ` (${e.hint})` : '';
        if (fix && what.endsWith(fix))
            what = what.slice(0, -fix.length);
        return { kind: 'input', what, message: e.message, hint: e.hint, location: e.location };
    }
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { kind: 'internal', what: message, message };
}
function formatWhere(loc) {
    let s = loc.file;
    if (loc.line !== undefined)
        s += `:${loc.line}`;
    if (loc.line !== undefined && loc.column !== undefined)
        s += `:${loc.column}`;
    return s;
}
/** Streams one shard through the profiler and the validator; never throws (errors are data). */
async function runShard(task) {
    try {
        if (task.columnSplit) {
            const part = await scanColumnRange({ ...task, format: task.format === 'parquet' ? 'parquet' : 'csv', columnRanges: task.columnSplit.ranges, part: task.columnSplit.part });
            // nextLine shifts row shards' lines; every part of a column split reads from line 1.
            return { ok: true, ...part, nextLine: 1 };
        }
        let nextLine = 1;
        const reader = await (0,open_table/* openTable */.R)(task.file, {
            format: task.format,
            delimiter: task.delimiter,
            reuseBuffers: true,
            start: task.start,
            end: task.end,
            header: task.header,
            partial: true,
            rowGroups: task.rowGroups,
            onEnd: (line) => {
                nextLine = line;
            },
        });
        const { profile, validator, rows } = await (0,scan_table/* scanTable */.S)(reader, { file: task.file, columns: task.columns, contract: task.contract, contractFile: task.contractFile });
        return { ok: true, profile, validator: validator?.exportState(), rows, nextLine };
    }
    catch (e) {
        return { ok: false, error: shardError(e) };
    }
}
// ---------------------------------------------------------------------------------------------
// Planning
/**
 * Cut points: the byte after the first '\n' at or after each of n-1 equally spaced offsets. Fewer
 * than n ranges when the file is too small to cut n times. Also the cross-job shard planner's
 * (shard-plan.ts), so `--shard i/n` cuts where the workers would.
 */
async function textRanges(file, size, n) {
    const cuts = [0];
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const buf = Buffer.allocUnsafe(64 * 1024);
        for (let k = 1; k < n; k++) {
            let p = Math.max(Math.floor((size * k) / n), cuts[cuts.length - 1]);
            let cut = -1;
            while (p < size) {
                const { bytesRead } = await fh.read(buf, 0, buf.length, p);
                if (bytesRead === 0)
                    break;
                const i = buf.subarray(0, bytesRead).indexOf(10);
                if (i !== -1) {
                    cut = p + i + 1;
                    break;
                }
                p += bytesRead;
            }
            if (cut === -1 || cut >= size)
                break;
            if (cut > cuts[cuts.length - 1])
                cuts.push(cut);
        }
    }
    finally {
        await fh.close();
    }
    return cuts.map((start, i) => ({ start, end: i + 1 < cuts.length ? cuts[i + 1] : size }));
}
/** Contiguous row-group ranges of about equal rows (at most n; fewer when there are fewer groups). */
function rowGroupRanges(groupRows, n) {
    const total = groupRows.reduce((a, b) => a + b, 0);
    const ends = [];
    let cum = 0;
    let k = 1;
    for (let g = 0; g < groupRows.length && k < n; g++) {
        cum += groupRows[g];
        // Cut after group g when that is closer to the k-th target than cutting before it.
        if (cum - groupRows[g] / 2 >= (total * k) / n) {
            if (g + 1 < groupRows.length && (ends.length === 0 || ends[ends.length - 1] < g + 1))
                ends.push(g + 1);
            k++;
        }
    }
    const starts = [0, ...ends];
    return starts.map((start, i) => ({ start, end: i < ends.length ? ends[i] : groupRows.length }));
}
/** The shards to run, or undefined when the file should be read sequentially. */
async function planShards(input) {
    if (input.parallel === false)
        return undefined;
    const workers = Math.floor(input.parallel?.workers ?? Math.min(shard_workers.DEFAULT_MAX_WORKERS, (0,external_node_os_.availableParallelism)()));
    if (!(workers >= 2))
        return undefined;
    if (input.contract && !(0,validate/* canMergeShards */.sO)(input.contract))
        return undefined;
    if (input.format === 'parquet')
        return planParquetShards(input, workers);
    const byColumns = input.columns.length >= (input.parallel?.columnSplitFrom ?? MAX_ROW_SHARD_COLUMNS + 1);
    if (byColumns ? input.format !== 'csv' : input.columns.length > MAX_ROW_SHARD_COLUMNS)
        return undefined;
    const base = { file: input.file, format: input.format, delimiter: input.delimiter, columns: [...input.columns], contract: input.contract, contractFile: input.contractFile };
    if (/\.gz$/i.test(input.file))
        return undefined;
    const fh = await (0,promises_.open)(input.file, 'r');
    const size = (await fh.stat()).size;
    await fh.close();
    if (size < (input.parallel?.minBytes ?? shard_workers.DEFAULT_SHARD_MIN_BYTES))
        return undefined;
    if (byColumns) {
        const ranges = columnRanges(input.columns.length, workers);
        return ranges.length < 2 ? undefined : ranges.map((_, part) => ({ ...base, columnSplit: { ranges, part } }));
    }
    const ranges = await textRanges(input.file, size, workers);
    if (ranges.length < 2)
        return undefined;
    return ranges.map((r, i) => ({ ...base, ...r, header: i > 0 && input.format === 'csv' ? [...input.columns] : undefined }));
}
/**
 * Parquet: by row groups when asked for (`minRows`), else by columns once the file has
 * `columnSplitMinRows` rows: Parquet stores each column apart, so a worker reads only its own
 * columns' chunks.
 */
async function planParquetShards(input, workers) {
    const base = { file: input.file, format: input.format, columns: [...input.columns], contract: input.contract, contractFile: input.contractFile };
    const parallel = input.parallel || undefined;
    const { MAX_RANGE_ROWS, parquetRowGroupRows } = await Promise.all(/* import() */[__webpack_require__.e(896), __webpack_require__.e(8306)]).then(__webpack_require__.bind(__webpack_require__, 8306));
    const groups = await parquetRowGroupRows(input.file);
    const rows = groups.reduce((a, b) => a + b, 0);
    const maxGroupRows = Math.min(Math.max(0, ...groups), MAX_RANGE_ROWS);
    if (groups.length >= 2 && rows >= (parallel?.minRows ?? DEFAULT_SHARD_MIN_ROWS) && input.columns.length <= MAX_ROW_SHARD_COLUMNS) {
        const ranges = rowGroupRanges(groups, Math.min(workers, groups.length));
        if (ranges.length >= 2)
            return ranges.map((rowGroups) => ({ ...base, rowGroups, maxGroupRows }));
    }
    if (input.columns.length < 2 || rows < (parallel?.columnSplitMinRows ?? DEFAULT_PARQUET_COLUMN_SPLIT_MIN_ROWS))
        return undefined;
    const ranges = columnRanges(input.columns.length, workers);
    return ranges.map((_, part) => ({ ...base, maxGroupRows, columnSplit: { ranges, part } }));
}
// ---------------------------------------------------------------------------------------------
// Running and merging
/**
 * Heap limits per worker. V8 sizes each isolate's heap for throughput, not for sharing a machine:
 * left alone, two workers on flights-3m (121 MB CSV, or the Parquet file) peak at 290-340 MB RSS,
 * mostly uncollected garbage (a shard's live heap is ~15 MB). A young generation of 24 MB and an
 * old-generation limit of 64 MB make V8 collect sooner: measured with `mlops validate` (2 workers +
 * the main thread's ~60 MB), ~195 MB (CSV) and 210-225 MB (Parquet), for ~20% more CPU in GC than
 * unlimited workers; tighter limits cost much more when every cell is a string (12/56 MB: +40% CPU
 * on the CSV's string parser). The CSV byte path makes a string per distinct value only, so its
 * garbage is small and a 12 MB young generation costs nothing: measured on flights-3m.csv (16,384-row
 * batches), 24 MB 1.51-1.72 s / 218-230 MB, 12 MB 1.36-1.54 s / 192-196 MB (wall / max RSS, 3 runs
 * each). The old-generation limit grows with what one worker must hold at once (a text batch's
 * cells, at most 4 × DEFAULT_BATCH_ROWS = BYTE_PATH_BATCH_ROWS rows, or one Parquet row group, ~40
 * bytes a cell), so wide tables still fit; a worker that runs out of heap anyway ends in
 * ERR_WORKER_OUT_OF_MEMORY, and the file is read again sequentially.
 */
function workerHeapLimits(task) {
    const cells = task.maxGroupRows !== undefined ? task.maxGroupRows * task.columns.length : 4 * csv_options/* DEFAULT_BATCH_ROWS */.V3 * Math.max(1, task.columns.length);
    const young = task.columnSplit && task.format === 'parquet' ? 12 : task.columnSplit ? COLUMN_SPLIT_YOUNG_MB : task.format === 'csv' && (0,csv/* csvUsesBytePath */.g)(task.delimiter) ? 12 : 24;
    return { maxYoungGenerationSizeMb: young, maxOldGenerationSizeMb: Math.max(64, Math.ceil((cells * 40) / 2 ** 20)) };
}
/**
 * A column split's young generation. A wide batch makes a string per distinct cell (nearly every
 * cell of a wide numeric table), ~500,000 per worker per batch, alive until the batch is folded: in
 * 12 MB they were promoted and collected again by full GCs. The 10,000 x 10,000 bench file (CPU s
 * of the whole run / peak RSS): 12 MB 87 s / 856 MB, 32 MB 79 s / 907 MB, 64 MB 73 s / 943 MB; 32
 * keeps room under the 1 GB goal.
 */
const COLUMN_SPLIT_YOUNG_MB = 32;
function internal(what) {
    return { ok: false, error: { kind: 'internal', what, message: what } };
}
function runInWorker(task) {
    return new Promise((resolve) => {
        let worker;
        try {
            const resourceLimits = workerHeapLimits(task);
            // A worker started before the plan (warmShardWorkers) gets the task as a message.
            const ready = (0,shard_workers.takeShardWorker)(resourceLimits);
            if (ready) {
                worker = ready;
                worker.postMessage({ marker: shard_workers.SHARD_WORKER_MARKER, task });
            }
            else
                worker = (0,shard_workers.startShardWorker)(resourceLimits, { marker: shard_workers.SHARD_WORKER_MARKER, task });
        }
        catch (e) {
            resolve(internal(`cannot start a worker: ${e.message}`));
            return;
        }
        let settled = false;
        worker.once('message', (m) => {
            settled = true;
            resolve(m);
        });
        worker.once('error', (e) => {
            if (!settled)
                resolve(internal(`worker failed: ${e.message}`));
            settled = true;
        });
        worker.once('exit', (code) => {
            if (!settled)
                resolve(internal(`worker exited with code ${code} before reporting`));
            settled = true;
        });
    });
}
/** runShard in this thread, once the workers' start has been set going (they load meanwhile). */
async function runShardAfterWorkersStart(task) {
    await new Promise((resolve) => setImmediate(resolve));
    return runShard(task);
}
/**
 * Runs the shards in workers and merges them; throws the sequential run's InputError when the
 * file is malformed (see the module comment for when that is provably the same error).
 */
async function runShards(tasks, input) {
    const shards = tasks.length;
    // A Parquet column split runs its first part in this thread, which has the reader loaded and
    // would otherwise wait idle: one worker fewer to start (its bundle load and JIT warm-up). So do
    // CSV row shards (not a CSV column split, whose heap limits are sized for workers): the same
    // shards, cut at the same bytes, so the same merged result; on flights-3m-iso.csv, 12 paired
    // runs on a loaded 2-core machine measured ~0.3 CPU s less, at the same peak RSS (~130 MB).
    const first = tasks[0];
    const inThread = first.format === 'parquet' ? first.columnSplit !== undefined : first.format === 'csv' && first.columnSplit === undefined;
    const outcomes = await Promise.all(tasks.map((t, k) => (inThread && k === 0 ? runShardAfterWorkersStart(t) : runInWorker(t))));
    if (tasks[0].columnSplit)
        return joinColumnSplit(outcomes, tasks[0].columnSplit.ranges, input);
    const text = input.format !== 'parquet';
    // Line offsets: shard k's line 1 is the line after the lines of shards 0..k-1. Parquet readers
    // already number rows absolutely.
    const offsets = [];
    let offset = 0;
    for (let k = 0; k < outcomes.length; k++) {
        offsets.push(offset);
        const o = outcomes[k];
        if (!o.ok) {
            const e = o.error;
            if (e.kind !== 'input')
                return { fallback: e.message, shards };
            if (text && k < outcomes.length - 1 && e.what.startsWith('unterminated quoted field')) {
                return { fallback: `shard ${k + 1} of ${shards} ends inside a quoted field`, shards };
            }
            const location = e.location && e.location.line !== undefined && text ? { ...e.location, line: e.location.line + offsets[k] } : e.location;
            throw new errors/* InputError */.dz(e.what, { location, hint: e.hint });
        }
        if (text)
            offset += o.nextLine - 1;
    }
    const ok = outcomes;
    let profile;
    try {
        profile = (0,merge_profiles/* mergeProfiles */.N)(ok.map((o) => o.profile));
    }
    catch (e) {
        return { fallback: `profiles do not merge: ${e.message}`, shards };
    }
    const declared = (0,scan_table/* profilerTyping */.r)(input.contract).types;
    for (const name of profile.column_order) {
        const c = profile.columns[name];
        if (declared[name] === undefined && c.type !== (0,data_profile/* inferColumnType */.HL)(c.type_counts)) {
            return { fallback: `column "${name}": shards infer a type other than the whole file's`, shards };
        }
    }
    const rows = ok.reduce((a, o) => a + o.rows, 0);
    profile = { ...profile, sources: [{ file: input.file, format: input.format, rows }] };
    let report;
    if (input.contract) {
        const validator = (0,validate/* createValidator */.fH)(input.contract, { file: input.file, columns: input.columns, hasLines: input.hasLines, format: input.format, contractFile: input.contractFile });
        for (let k = 0; k < ok.length; k++)
            validator.mergeState(ok[k].validator, offsets[k]);
        report = validator.finish();
    }
    else {
        report = (0,validation_values/* reportWithoutContract */.ZX)({ file: input.file, format: input.format, rows, line_kind: input.hasLines ? 'line' : 'row' });
    }
    return { merged: { report, profile, rows }, shards };
}
/**
 * A column split's parts put together. Every part of a CSV split parsed the whole file, so a part's
 * InputError is the single pass's, with its location as it is; the first part's is thrown.
 */
function joinColumnSplit(outcomes, ranges, input) {
    const shards = outcomes.length;
    for (const o of outcomes) {
        if (o.ok)
            continue;
        if (o.error.kind !== 'input')
            return { fallback: o.error.message, shards };
        // Each Parquet part reads only its own columns, so its first error need not be the single
        // pass's first (which reads row group by row group, every column): that pass says which.
        if (input.format === 'parquet')
            return { fallback: o.error.message, shards };
        throw new errors/* InputError */.dz(o.error.what, { location: o.error.location, hint: o.error.hint });
    }
    const ok = outcomes;
    try {
        const merged = joinColumnParts(ok, { ...input, format: input.format === 'parquet' ? 'parquet' : 'csv', ranges });
        return { merged, shards };
    }
    catch (e) {
        return { fallback: `column split: ${e.message}`, shards };
    }
}
/** Worker side: run the task posted as workerData (or as the first message) and post the outcome. */
async function shardWorkerMain(data, post) {
    const d = data;
    if (d?.marker !== SHARD_WORKER_MARKER || !d.task) {
        post(internal('shard worker started without a task'));
        return;
    }
    post(await runShard(d.task));
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
