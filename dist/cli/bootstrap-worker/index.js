import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ../../../../shared/runtime/worker-entry.ts
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
function worker_entry_workerEntry(callerUrl, sourceEntry, bundledEntry) {
    if (callerUrl.endsWith('.ts')) {
        // createRequire resolves the package's `require` entry; the worker code imports the ESM one.
        const api = pathToFileURL(createRequire(callerUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
        const entry = new URL(callerUrl.replace(/[^/]*$/, sourceEntry)).href;
        return { code: `const { register } = await import(${JSON.stringify(api)});\nregister();\nawait import(${JSON.stringify(entry)});\n` };
    }
    return { file: new URL(bundledEntry, callerUrl) };
}

;// CONCATENATED MODULE: ../../../../shared/runtime/errors.ts
/**
 * Typed failures. Every error a user can cause names what went wrong, where (file, line, column)
 * and how to fix it. The faces map them to exit codes: the CLI prints the message and exits with
 * `exitCode`; the action calls setFailed and writes an annotation at `location`.
 *
 * Exit codes (shared by the CLI and the action process):
 *   0  ok
 *   1  a check ran and failed (validation errors, a gate, drift)
 *   2  bad usage or bad input (unreadable data, invalid contract, missing file)
 *   3  the forge (GitHub) refused or kept failing a call (ForgeError, shared/ports/forge-error.ts)
 */
const EXIT_OK = 0;
const EXIT_CHECK_FAILED = 1;
const EXIT_BAD_INPUT = 2;
function formatLocation(loc) {
    let s = loc.file;
    if (loc.line !== undefined)
        s += `:${loc.line}`;
    if (loc.line !== undefined && loc.column !== undefined)
        s += `:${loc.column}`;
    return s;
}
/** The `mlops` command line: `--score COL`. Error messages default to it (`error.message`). */
const CLI_NAMING = {
    option: (name, placeholder) => (placeholder ? `--${name} ${placeholder}` : `--${name}`),
    setting: (name, value) => `--${name} ${value}`,
};
/** An action step: `input "score"` (as readInputs' own messages say it), `task: multiclass` under `with:`. */
const ACTION_NAMING = {
    option: (name) => `input "${name}"`,
    setting: (name, value) => `${name}: ${value}`,
};
function wordingIn(w, naming) {
    return typeof w === 'string' ? w : w(naming);
}
class MlopsError extends Error {
    location;
    /** What the user can do about it; appended to the message in parentheses. */
    hint;
    #what;
    #hint;
    constructor(what, options = {}) {
        super(renderMessage(what, options.hint, options.location, CLI_NAMING), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.location = options.location;
        this.hint = options.hint === undefined ? undefined : wordingIn(options.hint, CLI_NAMING);
        this.#what = what;
        this.#hint = options.hint;
    }
    /** The message with options named the way `naming`'s face spells them (`message` is the CLI's). */
    messageFor(naming) {
        return renderMessage(this.#what, this.#hint, this.location, naming);
    }
}
function renderMessage(what, hint, location, naming) {
    const where = location ? `${formatLocation(location)}: ` : '';
    const fix = hint === undefined ? '' : wordingIn(hint, naming);
    return `${where}${wordingIn(what, naming)}${fix ? ` (${fix})` : ''}`;
}
/** Data or a file the user pointed us at cannot be read as what it claims to be. */
class errors_InputError extends MlopsError {
    exitCode = EXIT_BAD_INPUT;
}
/** A data contract (or other config file) is not valid. */
class ContractError extends (/* unused pure expression or super */ null && (MlopsError)) {
    exitCode = EXIT_BAD_INPUT;
}
/** The command line or the action's inputs are wrong. */
class UsageError extends (/* unused pure expression or super */ null && (MlopsError)) {
    exitCode = EXIT_BAD_INPUT;
}
function isMlopsError(e) {
    return e instanceof MlopsError;
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/wasm-assembler.ts
/**
 * Just enough of a WebAssembly assembler for the bootstrap's two hand-written kernels
 * (wasm-draws.ts, wasm-summary.ts): the binary encodings of the instructions they use (WebAssembly
 * core specification 1.0, §5), a one-function module that imports its memory, and the compiled
 * modules, once per thread. No toolchain and no .wasm file: each kernel is a commented listing in
 * TypeScript, and the bundles carry it as code.
 */
const uleb = (v) => {
    const out = [];
    do {
        let b = v & 0x7f;
        v >>>= 7;
        if (v !== 0)
            b |= 0x80;
        out.push(b);
    } while (v !== 0);
    return out;
};
const sleb = (v) => {
    const out = [];
    for (;;) {
        const b = v & 0x7f;
        v >>= 7;
        if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0))
            return [...out, b];
        out.push(b | 0x80);
    }
};
const wasm_assembler_name = (s) => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const section = (id, body) => [id, ...uleb(body.length), ...body];
/** Value types. */
const I32 = 0x7f;
const I64 = 0x7e;
const F64 = 0x7c;
const get = (local) => [0x20, ...uleb(local)];
const set = (local) => [0x21, ...uleb(local)];
const tee = (local) => [0x22, ...uleb(local)];
const i32 = (v) => [0x41, ...sleb(v | 0)];
const i64 = (v) => [0x42, ...sleb(v)];
/** Memory access at the address on the stack plus a constant offset (natural alignment). */
const i32Load = (offset = 0) => [0x28, 2, ...uleb(offset)];
const i32Store = (offset = 0) => [0x36, 2, ...uleb(offset)];
const f64Load = (offset = 0) => [0x2b, 3, ...uleb(offset)];
const f64Store = (offset = 0) => [0x39, 3, ...uleb(offset)];
const LOAD8_U = [0x2d, 0, 0];
const STORE8 = [0x3a, 0, 0];
const [ADD, SUB, MUL, OR, XOR, SHL, ROTL] = [[0x6a], [0x6b], [0x6c], [0x72], [0x73], [0x74], [0x77]];
const [NE, GE_U] = [[0x47], [0x4f]];
const [EXTEND_U, MUL64, SHR_U64, WRAP] = [[0xad], [0x7e], [0x88], [0xa7]];
const [F_ADD, F_MUL, F_DIV, F_FROM_U32] = [[0xa0], [0xa2], [0xa3], [0xb8]];
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const IF = [0x04, 0x40];
const END = [0x0b];
const br = (depth) => [0x0c, depth];
const brIf = (depth) => [0x0d, depth];
/**
 * A module of one exported function `exported` taking `params` (i32 each) and returning `result`
 * (or nothing), with `locals` ([count, type] groups), importing its memory as m.memory.
 */
function oneFunctionModule(exported, params, result, locals, body) {
    const func = [...uleb(locals.length), ...locals.flatMap(([count, type]) => [...uleb(count), type]), ...body];
    const resultTypes = result === undefined ? [0] : [1, result];
    return Uint8Array.from([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        ...section(1, [1, 0x60, ...uleb(params), ...new Array(params).fill(I32), ...resultTypes]),
        ...section(2, [1, ...wasm_assembler_name('m'), ...wasm_assembler_name('memory'), 0x02, 0x00, 1]),
        ...section(3, [1, 0]),
        ...section(7, [1, ...wasm_assembler_name(exported), 0x00, 0]),
        ...section(10, [1, ...uleb(func.length), ...func]),
    ]);
}
const PAGE = 65536;
/**
 * A compiled one-function module, instantiated on a fresh memory of `bytes` bytes per call; null
 * when WebAssembly is unavailable here (node --jitless) or refuses the module.
 */
function compileKernel(bytes, exported) {
    const api = globalThis.WebAssembly;
    if (!api)
        return null;
    let module;
    try {
        module = new api.Module(bytes());
    }
    catch {
        return null;
    }
    return (memoryBytes) => {
        try {
            const memory = new api.Memory({ initial: Math.max(1, Math.ceil(memoryBytes / PAGE)) });
            return { fn: new api.Instance(module, { m: { memory } }).exports[exported], buffer: memory.buffer };
        }
        catch {
            return undefined;
        }
    };
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/wasm-draws.ts
/**
 * The bootstrap's hot draw loop (bootstrap.ts, drawByteBlock) as one WebAssembly function, written
 * below as a commented listing (wasm-assembler.ts encodes it): a block of `len` draws of Lemire's
 * bounded index in [0, n) from xoshiro128**, each counted into byte counts as it is drawn. Same
 * stream, same rejections, same counts as Xoshiro128.drawCounts: test/model/metrics/wasm-draws.test.ts
 * checks them against it and against the Python port's values at Lemire's exact bound.
 *
 * Why: 1M draws take 2.2 ms here against 3.1 ms for the JavaScript loop (min CPU of 12 × 8 resamples,
 * 2-core dev machine). WebAssembly has the 64-bit product r·n (its low word is the rejection test,
 * its high word the index) and rotates as instructions, and checks memory bounds with guard pages
 * rather than a compare per access; the JavaScript loop goes through doubles for the high word.
 * Evaluate's 1,000 resamples draw 1M rows each: ~0.9 s of CPU saved on 1M rows.
 *
 * The counts live in the module's own memory (bytes 16..16 + n; bytes 0..16 hold the generator
 * state): byteCounts(n) makes them, Xoshiro128.drawCounts finds their drawer (wasmDrawsInto) and
 * calls it, and the summary pass reads them like any Uint8Array. Without WebAssembly (node
 * --jitless), or above 2^21 rows, byteCounts returns a plain Uint8Array and the JavaScript loop runs.
 */

/** Byte counts handed out by byteCounts, each with the drawer of its module instance. */
const drawers = new WeakMap();
/**
 * The WebAssembly draws into `counts` if byteCounts made it: adds n = counts.length draws of `rng`,
 * exactly as Xoshiro128.drawCounts does, advances `rng` as it would, and returns false if a count
 * passed 255. Undefined for any other array.
 */
function wasmDrawsInto(counts) {
    return drawers.get(counts);
}
/** Draws per call: lets V8 move the function to optimised code after a few calls (no OSR in wasm). */
const DRAWS_PER_CALL = 4096;
const COUNTS_AT = 16;
// Locals: params n, threshold, len; then the state words, the output r, xoshiro's t, the block's
// draw count k, the OR of the new counts, a new count, its address; and the 64-bit product r·n.
const [N, THRESHOLD, LEN, S0, S1, S2, S3, R, T, K, SEEN, V, AT, PRODUCT] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const LOCALS = [
    [10, I32],
    [1, I64],
];
const stateWord = (k) => [...i32(4 * k), ...i32Load()];
const setStateWord = (k, local) => [...i32(4 * k), ...get(local), ...i32Store()];
/** draw(n, threshold, len) → OR of the new counts: drawByteBlock of bootstrap.ts, line for line. */
const DRAW_BODY = [
    ...stateWord(0), ...set(S0),
    ...stateWord(1), ...set(S1),
    ...stateWord(2), ...set(S2),
    ...stateWord(3), ...set(S3),
    ...BLOCK,
    ...LOOP,
    //   while (k < len)
    ...get(K), ...get(LEN), ...GE_U, ...brIf(1),
    //   r = rotl(s1 · 5, 7) · 9; t = s1 << 9
    ...get(S1), ...i32(5), ...MUL, ...i32(7), ...ROTL, ...i32(9), ...MUL, ...set(R),
    ...get(S1), ...i32(9), ...SHL, ...set(T),
    //   s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11)
    ...get(S2), ...get(S0), ...XOR, ...set(S2),
    ...get(S3), ...get(S1), ...XOR, ...set(S3),
    ...get(S1), ...get(S2), ...XOR, ...set(S1),
    ...get(S0), ...get(S3), ...XOR, ...set(S0),
    ...get(S2), ...get(T), ...XOR, ...set(S2),
    ...get(S3), ...i32(11), ...ROTL, ...set(S3),
    //   product = r · n (unsigned, 64-bit); kept iff its low word ≥ threshold (unsigned)
    ...get(R), ...EXTEND_U, ...get(N), ...EXTEND_U, ...MUL64, ...tee(PRODUCT),
    ...WRAP, ...get(THRESHOLD), ...GE_U,
    ...IF,
    //     at = COUNTS_AT + high word; v = counts[at] + 1 (as i32); counts[at] = v (byte); seen |= v; k++
    ...get(PRODUCT), ...i64(32), ...SHR_U64, ...WRAP, ...i32(COUNTS_AT), ...ADD, ...set(AT),
    ...get(AT), ...get(AT), ...LOAD8_U, ...i32(1), ...ADD, ...tee(V), ...STORE8,
    ...get(SEEN), ...get(V), ...OR, ...set(SEEN),
    ...get(K), ...i32(1), ...ADD, ...set(K),
    ...END,
    ...br(0),
    ...END,
    ...END,
    ...setStateWord(0, S0),
    ...setStateWord(1, S1),
    ...setStateWord(2, S2),
    ...setStateWord(3, S3),
    ...get(SEEN),
    ...END,
];
/** The compiled draws, once per thread: undefined until first asked for, null without WebAssembly. */
let kernel;
/**
 * n zeroed byte counts for Xoshiro128.drawCounts: in a WebAssembly memory of their own, drawn into by
 * the function above, when WebAssembly runs here and 1 ≤ n ≤ 2^21; else a plain Uint8Array.
 */
function byteCounts(n) {
    if (!(Number.isInteger(n) && n >= 1 && n <= 0x200000))
        return new Uint8Array(n);
    kernel ??= compileKernel(() => oneFunctionModule('draw', 3, I32, LOCALS, DRAW_BODY), 'draw');
    const instance = kernel?.(COUNTS_AT + n);
    if (!instance)
        return new Uint8Array(n);
    const { fn: draw, buffer } = instance;
    const state = new Int32Array(buffer, 0, 4);
    const counts = new Uint8Array(buffer, COUNTS_AT, n);
    const threshold = (4294967296 - n) % n;
    drawers.set(counts, (rng) => {
        state.set(rng.saveState());
        let seen = 0;
        for (let start = 0; start < n; start += DRAWS_PER_CALL)
            seen |= draw(n, threshold, Math.min(DRAWS_PER_CALL, n - start));
        rng.restoreState([state[0], state[1], state[2], state[3]]);
        return seen < 256;
    });
    return counts;
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/bootstrap.ts
/**
 * Seeded bootstrap confidence intervals.
 *
 * Method: the ordinary (multinomial) nonparametric bootstrap, percentile interval.
 * - A resample draws n row indices uniformly with replacement from a seeded PRNG, but never builds
 *   the resampled rows: it records how often each row was drawn (a vector of multiplicities, i.e.
 *   multinomial(n; 1/n, …, 1/n) counts) and hands that to a metric that accepts integer `weights`.
 *   A weighted metric over pre-sorted data is one O(n) pass, so ROC AUC and average precision are
 *   never re-sorted per resample.
 * - Interval: the α/2 and 1 − α/2 quantiles of the resampled statistics (α = 1 − confidence), with
 *   NumPy's default "linear" quantile interpolation (Hyndman & Fan type 7). Efron & Tibshirani
 *   (1993), ch. 13. Resamples on which the metric is undefined (NaN, e.g. ROC AUC on a resample
 *   with one class) are dropped and counted in `invalid`.
 * - The point estimate is the metric on the full data (weights omitted).
 * - Counts live in a Uint8Array (a row drawn > 255 times is replayed into a Uint32Array), which
 *   quarters the memory traffic of the scatter and of the metric pass.
 *
 * - Each resample has its own stream: resample b draws from a generator seeded with
 *   resampleSeed(seed, b) (splitmix32 finalizer of seed ^ mix(b)). Resample b's counts thus do not
 *   depend on the resamples before it, so bootstrap-parallel.ts can run resamples on any number of
 *   worker threads in any order and get the same statistics in the same slots. (Until this change
 *   all resamples drew from one stream, so a seed's intervals differ from older reports'.)
 *
 * PRNG: xoshiro128** 1.0 (Blackman & Vigna, 2018), 32-bit state words, seeded from a 32-bit
 * integer through splitmix32 so that nearby seeds give unrelated streams. Index draws use Lemire's
 * multiply-and-reject method (exactly uniform for n ≤ 2^21; above that one 53-bit draw is scaled,
 * with a bias below n / 2^53).
 */


/**
 * Resamples used when none are asked for: 1,000, what careful reviewers ask of a percentile
 * interval (issue 18; with 200 the 2.5 % and 97.5 % quantiles rest on 5 resamples each).
 *
 * What that costs, measured with bench/evaluate-metrics.ts (1M binary rows, all 19 binary metrics,
 * CIs through bootstrapMetricsParallel: this thread + 1 worker, under tsx) on the 2-core dev machine,
 * before/after runs interleaved. The machine was shared throughout (load average 14–21), so CPU
 * seconds (user + system, all threads) are the figure to compare; wall time was ~3× CPU / 2 there.
 *   CIs, 1,000 resamples: before 16.3, 22.3 s CPU (51, 73 s wall); after 8.8, 10.2 s CPU (28, 37 s
 *   wall). Peak RSS 236–250 → 182–183 MB (the workers get only the summary's arrays).
 *   Whole evaluate step (bench/evaluate.ts: CSV, metrics, 1,000-resample CIs, examples file):
 *   20.5 → 14.9 s CPU.
 * Quiet machine: an estimate, not a measurement (it was never quiet while this was written). CPU
 * per resample there was about half the loaded figure for the old code (10.9 ms in-thread at load
 * ≈ 1 against 16–22 ms loaded), which puts 1,000 resamples at ~4.5–5.5 s CPU, ~2.5–3 s wall on
 * 2 cores, plus the sort (~0.3 s). Per resample, in-thread: draws + scatter 5–7 → 3.2–3.6 ms, summary pass
 * 7.5 → 3.0 ms (min CPU over 60 runs, loaded). Counts and intervals are bit-identical before and
 * after for a seed.
 * Later (issue 18, the ≤ 5 s goal on a slow day): the draws count as they draw (3.5 → 2.9 ms), then
 * run in WebAssembly (wasm-draws.ts, 2.2 ms); the summary's untied spans drop the dP/2 term (3.2 →
 * 2.9 ms), then run in WebAssembly (wasm-summary.ts, 2.4 ms with the copy of the counts): ~4.6 ms
 * CPU per 1M-row resample, min of repeated runs on the loaded 2-core machine. Same counts and
 * intervals.
 */
const DEFAULT_RESAMPLES = 1000;
/**
 * Resamples when none are asked for in compare's paired bootstrap (metric and fairness deltas) and
 * drift-check's fairness CIs: 200, as before issue 18. Their per-resample passes have not had the
 * span pass evaluate's summary got: a paired resample recomputes both models' metrics with 32-bit
 * counts (~7.5 ms per model at 1M rows), and the fairness deltas count every sensitive column's
 * cells. Measured at 1M rows with three sensitive columns, a whole compare took 31 CPU s at 200
 * resamples, so 1,000 would be ~150 s. Teams that want 1,000 set `significance.resamples`
 * (compare) or `fairness.resamples` (drift-check).
 */
const DEFAULT_PAIRED_RESAMPLES = 200;
const DEFAULT_CONFIDENCE = 0.95;
const DEFAULT_SEED = 20240101;
const TWO_POW_MINUS_32 = 2 ** -32;
/** xoshiro128** with splitmix32 seeding. */
class Xoshiro128 {
    s0;
    s1;
    s2;
    s3;
    constructor(seed) {
        let x = seed >>> 0;
        const splitmix32 = () => {
            x = (x + 0x9e3779b9) | 0;
            let z = x;
            z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
            z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
            return (z ^ (z >>> 15)) >>> 0;
        };
        this.s0 = splitmix32();
        this.s1 = splitmix32();
        this.s2 = splitmix32();
        this.s3 = splitmix32();
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 1;
    }
    /** Next uniform 32-bit unsigned integer. */
    nextUint32() {
        const s1 = this.s1;
        const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = rotl(this.s3, 11);
        return r >>> 0;
    }
    /** Uniform integer in [0, n). */
    nextIndex(n) {
        if (n <= 0x200000) {
            // Lemire (2019): x·n is exact below 2^53; reject the few x that would bias the high word.
            let m = this.nextUint32() * n;
            let hi = Math.floor(m * TWO_POW_MINUS_32);
            let l = m - hi * 4294967296;
            if (l < n) {
                const threshold = (4294967296 - n) % n;
                while (l < threshold) {
                    m = this.nextUint32() * n;
                    hi = Math.floor(m * TWO_POW_MINUS_32);
                    l = m - hi * 4294967296;
                }
            }
            return hi;
        }
        const u = ((this.nextUint32() >>> 5) * 67108864 + (this.nextUint32() >>> 6)) / 9007199254740992;
        return Math.floor(u * n);
    }
    /** The generator state, to replay a stretch of the stream. */
    saveState() {
        return [this.s0, this.s1, this.s2, this.s3];
    }
    restoreState(state) {
        [this.s0, this.s1, this.s2, this.s3] = state;
    }
    /**
     * Adds counts.length draws of nextIndex(counts.length) to `counts`: the bootstrap's hot loop (same
     * stream as calling nextIndex repeatedly). Returns false if a count exceeded what the array holds
     * (only conceivable for Uint8Array: a row drawn > 255 times); the caller then replays the stream
     * into a wider array.
     */
    drawCounts(counts) {
        const n = counts.length;
        // Counts made by byteCounts are drawn into by WebAssembly: same draws, ~30 % less time.
        const wasm = counts instanceof Uint8Array ? wasmDrawsInto(counts) : undefined;
        if (wasm)
            return wasm(this);
        if (n <= 0x200000)
            return this.drawBlocks(counts);
        // Above 2^21 rows each index takes two 32-bit draws (nextIndex); rare enough to stay simple.
        const max = counts instanceof Uint8Array ? 255 : 4294967295;
        let ok = true;
        for (let k = 0; k < n; k++) {
            const i = this.nextIndex(n);
            const v = counts[i] + 1;
            counts[i] = v;
            if (v > max)
                ok = false;
        }
        return ok;
    }
    /**
     * drawCounts for n ≤ 2^21, block-wise: drawByteBlock (byte counts: evaluate's bootstrap) or
     * drawWideBlock (32-bit: compare's paired resamples) draws DRAW_BLOCK indices and counts them.
     * Small functions called ~250 times per resample get V8's regular optimised code (int32 state in
     * registers); one 1M-iteration loop was entered through on-stack replacement and ran at half speed
     * in about half the runs (measured 5–7 ms against 3.2 ms per 1M draws). Same draws, same order,
     * same counts.
     */
    drawBlocks(counts) {
        const n = counts.length;
        const threshold = (4294967296 - n) % n;
        const scale = n * TWO_POW_MINUS_32;
        const state = DRAW_STATE;
        state[0] = this.s0;
        state[1] = this.s1;
        state[2] = this.s2;
        state[3] = this.s3;
        let seen = 0;
        for (let start = 0; start < n; start += DRAW_BLOCK) {
            const len = Math.min(DRAW_BLOCK, n - start);
            if (counts instanceof Uint8Array)
                seen |= drawByteBlock(state, counts, n, threshold, scale, len);
            else
                drawWideBlock(state, counts, n, threshold, scale, len);
        }
        this.s0 = state[0];
        this.s1 = state[1];
        this.s2 = state[2];
        this.s3 = state[3];
        return seen < 256;
    }
}
/** Indices per drawByteBlock call. */
const DRAW_BLOCK = 4096;
/** Scratch for drawBlocks (one per thread: every worker has its own module instance). */
const DRAW_STATE = new Int32Array(4);
/*
 * drawByteBlock and drawWideBlock: `len` draws of Lemire's bounded index in [0, n) (n ≤ 2^21) from
 * the xoshiro128** state in `state` (updated), each counted into `counts` as it is drawn.
 * - One loop step per 32-bit output: an output whose low word of r·n (Math.imul(r, n)) is below
 *   `threshold` is rejected and the loop goes on to the next output, as nextIndex's rejection loop
 *   does; the step counts only accepted draws. No inner loop: the state stays in registers (an inner
 *   rejection loop, and a separate pass over a buffer of indices, measured 3.5 ms per 1M draws,
 *   this 2.9 ms).
 * - The high word of r·n is r·(n·2^−32), exact in a double (r·n < 2^53 and the factor a power of
 *   two times n), truncated by `| 0` (it is < 2^21).
 * Two functions rather than one over Multiplicities: each keeps one element type (monomorphic).
 */
/** Returns the OR of the new counts (≥ 256: one wrapped). */
function drawByteBlock(state, counts, n, threshold, scale, len) {
    let s0 = state[0];
    let s1 = state[1];
    let s2 = state[2];
    let s3 = state[3];
    let seen = 0;
    for (let k = 0; k < len;) {
        const x = Math.imul(s1, 5);
        const r = Math.imul((x << 7) | (x >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        if (Math.imul(r, n) >>> 0 >= threshold) {
            const i = ((r >>> 0) * scale) | 0;
            const v = counts[i] + 1;
            counts[i] = v;
            seen |= v;
            k++;
        }
    }
    state[0] = s0;
    state[1] = s1;
    state[2] = s2;
    state[3] = s3;
    return seen;
}
/** 32-bit counts: n ≤ 2^21 draws cannot wrap them. */
function drawWideBlock(state, counts, n, threshold, scale, len) {
    let s0 = state[0];
    let s1 = state[1];
    let s2 = state[2];
    let s3 = state[3];
    for (let k = 0; k < len;) {
        const x = Math.imul(s1, 5);
        const r = Math.imul((x << 7) | (x >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        if (Math.imul(r, n) >>> 0 >= threshold) {
            counts[((r >>> 0) * scale) | 0]++;
            k++;
        }
    }
    state[0] = s0;
    state[1] = s1;
    state[2] = s2;
    state[3] = s3;
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}
/**
 * One multinomial resample as multiplicities: draws n indices with `rng.nextIndex(n)` and counts
 * them into `counts` (overwritten). Drawing the same indices and copying rows gives the same resample.
 */
function resampleCounts(rng, counts) {
    counts.fill(0);
    rng.drawCounts(counts);
    return counts;
}
/** NumPy `np.quantile(x, q)` (method "linear") of an ascending array. */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function bootstrap_resolveBootstrapOptions(options) {
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
    const seed = options.seed ?? DEFAULT_SEED;
    if (!Number.isInteger(resamples) || resamples < 1)
        throw new InputError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new InputError(`bootstrap: confidence must be in (0, 1), got ${confidence}`);
    if (!Number.isInteger(seed))
        throw new InputError(`bootstrap: seed must be an integer, got ${seed}`);
    return { resamples, confidence, seed };
}
/**
 * The seed of resample `index`'s own PRNG stream: splitmix32's finalizer of `seed ^ mix(index)`.
 * Each resample draws from `new Xoshiro128(resampleSeed(seed, index))`, so resample i draws the same
 * rows whichever thread runs it, and in whatever order (bootstrap-parallel.ts).
 */
function resampleSeed(seed, index) {
    return fmix32((seed >>> 0) ^ fmix32((index + 0x9e3779b9) | 0)) >>> 0;
}
function fmix32(x) {
    let z = x | 0;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) | 0;
}
/**
 * Runs resamples one at a time into a flat statistics array (`stats[m * resamples + b]` for metric
 * m of resample b): the loop body shared by the in-thread path and the bootstrap workers.
 */
class Resampler {
    summarize;
    finishers;
    data;
    seed;
    resamples;
    stats;
    counts;
    wide;
    constructor(summarize, finishers, data, seed, resamples, stats) {
        this.summarize = summarize;
        this.finishers = finishers;
        this.data = data;
        this.seed = seed;
        this.resamples = resamples;
        this.stats = stats;
        // Byte-sized counts: a quarter of the memory traffic of 32-bit counts in the two hot loops.
        // In a WebAssembly memory when it can be: drawCounts then draws there (wasm-draws.ts).
        this.counts = byteCounts(data.length);
    }
    run(b) {
        const rng = new Xoshiro128(resampleSeed(this.seed, b));
        const counts = this.counts;
        counts.fill(0);
        let weights = counts;
        if (!rng.drawCounts(counts)) {
            // A row drawn > 255 times: replay this resample's stream into 32-bit counts.
            this.wide ??= new Uint32Array(this.data.length);
            weights = resampleCounts(new Xoshiro128(resampleSeed(this.seed, b)), this.wide);
        }
        const summary = this.summarize(this.data, weights);
        for (let m = 0; m < this.finishers.length; m++)
            this.stats[m * this.resamples + b] = this.finishers[m](summary);
    }
}
/** Percentile intervals from the flat per-resample statistics (resample order, see Resampler). */
function bootstrap_percentileIntervals(names, estimates, stats, options) {
    const { resamples, confidence, seed } = options;
    const alpha = 1 - confidence;
    const out = {};
    names.forEach((name, m) => {
        const valid = stats.slice(m * resamples, (m + 1) * resamples).filter((x) => !Number.isNaN(x)).sort();
        out[name] = {
            estimate: estimates[m],
            lower: quantileSorted(valid, alpha / 2),
            upper: quantileSorted(valid, 1 - alpha / 2),
            confidence,
            resamples,
            invalid: resamples - valid.length,
            method: 'percentile',
            seed,
        };
    });
    return out;
}
/**
 * Percentile intervals for several metrics that share one summary per resample: `summarize` makes
 * one pass over the data with the resample's multiplicities, and each metric reads the summary.
 * Runs every resample on this thread; bootstrap-parallel.ts spreads them over worker threads with
 * the same per-resample streams, hence the same intervals.
 */
function bootstrap_bootstrapStatistics(summarize, metrics, data, options = {}) {
    const resolved = bootstrap_resolveBootstrapOptions(options);
    const names = Object.keys(metrics);
    const full = summarize(data);
    if (data.length === 0)
        throw new InputError('bootstrap: no rows to resample');
    const stats = new Float64Array(names.length * resolved.resamples);
    const resampler = new Resampler(summarize, names.map((n) => metrics[n]), data, resolved.seed, resolved.resamples, stats);
    for (let b = 0; b < resolved.resamples; b++)
        resampler.run(b);
    return bootstrap_percentileIntervals(names, names.map((n) => metrics[n](full)), stats, resolved);
}
/** Percentile bootstrap interval of one weighted metric. */
function bootstrapCi(metric, data, options = {}) {
    return bootstrap_bootstrapStatistics(metric, { value: (x) => x }, data, options).value;
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/classification.ts
/**
 * Classification metrics with scikit-learn 1.2 semantics (sklearn/metrics/_classification.py).
 *
 * Every function takes an optional `weights` vector. It means what scikit-learn's `sample_weight`
 * means; integer weights are multiplicities, which is how the bootstrap (bootstrap.ts) resamples
 * without copying rows.
 *
 * zero_division: scikit-learn's default is "warn", which returns 0 for an ill-defined ratio
 * (precision with no predicted positives, recall with no true positives, F1 when both are 0).
 * We return 0 in the same places and do not warn: these functions are pure and have no logger.
 *
 * Labels are numbers or strings, never mixed (scikit-learn refuses mixes too). They are ordered as
 * `sklearn.utils.multiclass.unique_labels` orders them: numbers ascending, strings by code unit.
 * (NumPy compares strings by code point; the two orders differ only for characters outside the
 * Basic Multilingual Plane versus U+E000..U+FFFF.)
 */

function classification_checkSameLength(what, ...arrays) {
    const first = arrays[0];
    for (const a of arrays) {
        if (a !== undefined && a.length !== first.length) {
            throw new errors_InputError(`${what}: inputs have different lengths (${arrays.filter((x) => x).map((x) => x.length).join(' vs ')})`, {
                hint: 'pass one value per row in every column',
            });
        }
    }
    return first.length;
}
function compareLabels(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Sorted distinct labels of all inputs (scikit-learn `unique_labels`). */
function classification_uniqueLabels(...ys) {
    const seen = new Set();
    for (const y of ys)
        for (let i = 0; i < y.length; i++)
            seen.add(y[i]);
    const labels = [...seen];
    const kinds = new Set(labels.map((l) => typeof l));
    if (kinds.size > 1) {
        throw new errors_InputError('labels mix numbers and strings', { hint: 'encode every label the same way' });
    }
    for (const l of labels) {
        if (typeof l === 'number' && Number.isNaN(l))
            throw new errors_InputError('labels contain NaN');
    }
    return labels.sort(compareLabels);
}
function labelIndex(labels) {
    const index = new Map();
    labels.forEach((l, i) => index.set(l, i));
    return index;
}
function weightSum(n, weights) {
    if (!weights)
        return n;
    let s = 0;
    for (let i = 0; i < n; i++)
        s += weights[i];
    return s;
}
/** Weighted confusion counts as a flat row-major k×k array (row = true, column = predicted). */
function confusionCounts(yTrue, yPred, labels, weights) {
    const n = classification_checkSameLength('confusion matrix', yTrue, yPred, weights);
    const k = labels.length;
    const index = labelIndex(labels);
    const counts = new Float64Array(k * k);
    for (let i = 0; i < n; i++) {
        const t = index.get(yTrue[i]);
        const p = index.get(yPred[i]);
        // scikit-learn drops rows whose true or predicted label is not in `labels`.
        if (t === undefined || p === undefined)
            continue;
        counts[t * k + p] += weights ? weights[i] : 1;
    }
    return counts;
}
/** scikit-learn `confusion_matrix(y_true, y_pred, labels=..., sample_weight=...)`. */
function confusionMatrix(yTrue, yPred, options = {}) {
    const labels = options.labels ? [...options.labels] : classification_uniqueLabels(yTrue, yPred);
    const flat = confusionCounts(yTrue, yPred, labels, options.weights);
    const k = labels.length;
    const counts = [];
    for (let i = 0; i < k; i++)
        counts.push(Array.from(flat.subarray(i * k, (i + 1) * k)));
    return { labels, counts };
}
/** scikit-learn `accuracy_score` (normalize=True). */
function accuracy(yTrue, yPred, options = {}) {
    const n = classification_checkSameLength('accuracy', yTrue, yPred, options.weights);
    const w = options.weights;
    let hit = 0;
    for (let i = 0; i < n; i++)
        if (yTrue[i] === yPred[i])
            hit += w ? w[i] : 1;
    return hit / weightSum(n, w);
}
/**
 * scikit-learn `balanced_accuracy_score(adjusted=False)`: the mean recall over the classes present
 * in y_true. Classes that occur only in y_pred have no recall and are dropped (scikit-learn warns).
 */
function balancedAccuracy(yTrue, yPred, options = {}) {
    const labels = classification_uniqueLabels(yTrue, yPred);
    const k = labels.length;
    const c = confusionCounts(yTrue, yPred, labels, options.weights);
    let sum = 0;
    let classes = 0;
    for (let i = 0; i < k; i++) {
        let row = 0;
        for (let j = 0; j < k; j++)
            row += c[i * k + j];
        if (row === 0)
            continue;
        sum += c[i * k + i] / row;
        classes++;
    }
    return sum / classes;
}
/** Ratio with scikit-learn's default zero_division ("warn" → 0). */
function ratio(num, den) {
    return den === 0 ? 0 : num / den;
}
/** F1 from precision and recall exactly as scikit-learn 1.2 does (denominator 0 → 0). */
function fScore(p, r) {
    const den = p + r;
    return den === 0 ? 0 : (2 * p * r) / den;
}
/**
 * scikit-learn `precision_recall_fscore_support(average=..., pos_label=...)` with beta = 1.
 *
 * - `binary` (default): scores of `posLabel` (default 1). Fails if y_true ∪ y_pred holds more than
 *   two labels, or two labels of which none is `posLabel`.
 * - `macro`: unweighted mean of the per-class scores over `labels` (default unique_labels).
 * - `micro`: from the summed tp/fp/fn (equals accuracy for single-label multiclass).
 * - `weighted`: per-class scores weighted by true support.
 */
function precisionRecallF1(yTrue, yPred, options = {}) {
    const average = options.average ?? 'binary';
    const present = classification_uniqueLabels(yTrue, yPred);
    let labels;
    if (average === 'binary') {
        if (present.length > 2) {
            throw new errors_InputError(`average='binary' but y_true/y_pred hold ${present.length} labels`, {
                hint: "choose average 'macro', 'micro' or 'weighted' for multiclass targets",
            });
        }
        const posLabel = options.posLabel ?? 1;
        if (present.length === 2 && !present.includes(posLabel)) {
            throw new errors_InputError(`pos_label=${String(posLabel)} is not a valid label: it should be one of ${present.join(', ')}`);
        }
        labels = [posLabel];
    }
    else {
        labels = options.labels ? [...options.labels] : present;
    }
    // Counting over all labels present keeps rows with other labels out of tp/fp/fn exactly as
    // scikit-learn's multilabel_confusion_matrix does.
    const all = options.labels ? classification_uniqueLabels([...present, ...labels]) : classification_uniqueLabels(present, labels);
    const k = all.length;
    const c = confusionCounts(yTrue, yPred, all, options.weights);
    const idx = labelIndex(all);
    const tp = [];
    const predSum = [];
    const trueSum = [];
    for (const l of labels) {
        const i = idx.get(l);
        let col = 0;
        let row = 0;
        for (let j = 0; j < k; j++) {
            col += c[j * k + i];
            row += c[i * k + j];
        }
        tp.push(c[i * k + i]);
        predSum.push(col);
        trueSum.push(row);
    }
    if (average === 'micro') {
        const t = tp.reduce((a, b) => a + b, 0);
        const p = ratio(t, predSum.reduce((a, b) => a + b, 0));
        const r = ratio(t, trueSum.reduce((a, b) => a + b, 0));
        return { precision: p, recall: r, f1: fScore(p, r) };
    }
    const ps = tp.map((t, i) => ratio(t, predSum[i]));
    const rs = tp.map((t, i) => ratio(t, trueSum[i]));
    const fs = ps.map((p, i) => fScore(p, rs[i]));
    if (average === 'binary')
        return { precision: ps[0], recall: rs[0], f1: fs[0] };
    if (average === 'macro') {
        const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
        return { precision: mean(ps), recall: mean(rs), f1: mean(fs) };
    }
    const support = trueSum.reduce((a, b) => a + b, 0);
    const wmean = (xs) => (support === 0 ? 0 : xs.reduce((a, x, i) => a + x * trueSum[i], 0) / support);
    return { precision: wmean(ps), recall: wmean(rs), f1: wmean(fs) };
}
/** scikit-learn `precision_score`. */
function precision(yTrue, yPred, options) {
    return precisionRecallF1(yTrue, yPred, options).precision;
}
/** scikit-learn `recall_score`. */
function recall(yTrue, yPred, options) {
    return precisionRecallF1(yTrue, yPred, options).recall;
}
/** scikit-learn `f1_score`. */
function f1(yTrue, yPred, options) {
    return precisionRecallF1(yTrue, yPred, options).f1;
}
function isMatrix(p) {
    return p.length > 0 && typeof p[0] !== 'number';
}
/** float64 machine epsilon, `np.finfo(np.float64).eps`. */
const classification_FLOAT64_EPS = Number.EPSILON;
/**
 * scikit-learn 1.2 `log_loss(y_true, y_pred, eps="auto", normalize=True)`.
 *
 * Exactly as 1.2: classes are `labels` or the sorted labels of y_true (at least two). Every
 * probability is clipped to [eps, 1 - eps] with eps = "auto" = np.finfo(float64).eps = 2.22e-16;
 * a 1-D input is the probability of the greater class and becomes the pair (1 - p, p) AFTER
 * clipping; each row is then divided by its sum (silent renormalisation), and the loss is the
 * (weighted) mean of -log p[true class].
 *
 * Newer scikit-learn: 1.3 deprecated `eps` and warns when rows do not sum to 1; 1.5 removed `eps`
 * (clipping at the dtype's eps stays) and raises instead of renormalising rows that do not sum
 * to 1 (PR #28851). For valid probabilities all versions agree.
 */
function logLoss(yTrue, yProba, options = {}) {
    const n = classification_checkSameLength('log_loss', yTrue, yProba, options.weights);
    const eps = options.eps ?? classification_FLOAT64_EPS;
    const classes = options.labels ? classification_uniqueLabels(options.labels) : classification_uniqueLabels(yTrue);
    if (classes.length < 2) {
        throw new errors_InputError(`log_loss needs at least two classes, y_true holds only ${classes.join(', ')}`, {
            hint: 'pass the full list of classes as labels',
        });
    }
    const index = labelIndex(classes);
    const clip = (p) => (p < eps ? eps : p > 1 - eps ? 1 - eps : p);
    const w = options.weights;
    let total = 0;
    let wsum = 0;
    const matrix = isMatrix(yProba);
    if (!matrix && classes.length !== 2) {
        throw new errors_InputError(`log_loss got one probability per row but ${classes.length} classes`, {
            hint: 'pass one probability per class and row for multiclass targets',
        });
    }
    for (let i = 0; i < n; i++) {
        const t = index.get(yTrue[i]);
        if (t === undefined)
            throw new errors_InputError(`log_loss: y_true label ${String(yTrue[i])} is not one of the classes ${classes.join(', ')}`);
        let loss;
        if (!matrix) {
            const p1 = clip(yProba[i]);
            const p0 = 1 - p1;
            loss = -Math.log((t === 1 ? p1 : p0) / (p0 + p1));
        }
        else {
            const row = yProba[i];
            if (row.length !== classes.length) {
                throw new errors_InputError(`log_loss: row ${i} has ${row.length} probabilities for ${classes.length} classes (${classes.join(', ')})`, {
                    hint: 'columns must follow the sorted class labels; pass labels if y_true lacks some classes',
                });
            }
            let sum = 0;
            for (let j = 0; j < row.length; j++)
                sum += clip(row[j]);
            loss = -Math.log(clip(row[t]) / sum);
        }
        const wi = w ? w[i] : 1;
        total += wi * loss;
        wsum += wi;
    }
    return total / wsum;
}
/**
 * scikit-learn 1.2's default pos_label for binary y_true: 1 when the classes are exactly {0, 1},
 * {-1, 1}, {0}, {-1} or {1} (`_check_pos_label_consistency`), else, for numbers, the greatest class
 * (brier_score_loss's fallback): y_true {-1, 0} scores class 0.
 */
function defaultPosLabel(yTrue, fn) {
    const classes = classification_uniqueLabels(yTrue);
    const are = (...want) => classes.length === want.length && want.every((w, i) => classes[i] === w);
    if (are(0, 1) || are(-1, 1) || are(0) || are(-1) || are(1))
        return 1;
    if (classes.every((c) => typeof c === 'number'))
        return classes[classes.length - 1];
    throw new errors_InputError(`${fn}: y_true labels are ${classes.join(', ')}, so the positive class is ambiguous`, {
        hint: 'pass posLabel',
    });
}
/** scikit-learn `brier_score_loss(y_true, y_prob, pos_label=...)` (binary only). */
function brierScoreLoss(yTrue, yProb, options = {}) {
    const n = classification_checkSameLength('brier_score_loss', yTrue, yProb, options.weights);
    if (classification_uniqueLabels(yTrue).length > 2)
        throw new InputError('brier_score_loss supports binary targets only');
    const pos = options.posLabel ?? defaultPosLabel(yTrue, 'brier_score_loss');
    const w = options.weights;
    let total = 0;
    let wsum = 0;
    for (let i = 0; i < n; i++) {
        const p = yProb[i];
        if (!(p >= 0 && p <= 1))
            throw new InputError(`brier_score_loss: probability ${p} at row ${i} is outside [0, 1]`);
        const d = (yTrue[i] === pos ? 1 : 0) - p;
        const wi = w ? w[i] : 1;
        total += wi * d * d;
        wsum += wi;
    }
    return total / wsum;
}
/** Default number of ECE bins (Guo et al. 2017; torchmetrics' default). */
const classification_ECE_DEFAULT_BINS = 15;
/**
 * ECE bin of a confidence p in [0, 1]: bins are the right-closed intervals ((m-1)/M, m/M] of
 * Guo et al. (2017) §2, with the edges computed as m / M; p = 0 goes to the first bin.
 */
function classification_eceBin(p, bins) {
    let b = Math.ceil(p * bins) - 1;
    if (b < 0)
        b = 0;
    if (b > bins - 1)
        b = bins - 1;
    // p * bins may round across an edge; settle against the exact edges m / M.
    while (b > 0 && p <= b / bins)
        b--;
    while (b < bins - 1 && p > (b + 1) / bins)
        b++;
    return b;
}
/**
 * Expected calibration error (Guo et al., "On Calibration of Modern Neural Networks", ICML 2017):
 *   ECE = Σ_m (|B_m| / n) · |acc(B_m) − conf(B_m)| = Σ_m |Σ_{i∈B_m} (correct_i − conf_i)| / n
 * with M equal-width bins (default 15), right-closed ((m−1)/M, m/M] and 0 in the first bin.
 *
 * - Binary (`yProb` one value per row): conf_i = P(positive), correct_i = [y_i = posLabel], the
 *   reliability of the positive-class probability, as torchmetrics' `binary_calibration_error`.
 * - Multiclass (`yProb` one row per sample, columns = sorted classes or `labels`): top-label,
 *   conf_i = max_j p_ij, correct_i = [class of the first argmax = y_i], as Guo et al. and
 *   torchmetrics' `multiclass_calibration_error`.
 *
 * torchmetrics buckets with torch.bucketize(right=True) on float32 edges, i.e. [lo, hi) bins plus a
 * separate bucket for exactly 1.0, so it can differ from this definition for confidences that sit
 * exactly on an edge (k/15, or 1.0).
 */
function expectedCalibrationError(yTrue, yProb, options = {}) {
    const n = classification_checkSameLength('ece', yTrue, yProb, options.weights);
    const bins = options.bins ?? classification_ECE_DEFAULT_BINS;
    if (!Number.isInteger(bins) || bins < 1)
        throw new errors_InputError(`ece: bins must be a positive integer, got ${bins}`);
    const gap = new Float64Array(bins);
    const w = options.weights;
    let wsum = 0;
    if (!isMatrix(yProb)) {
        const pos = options.posLabel ?? defaultPosLabel(yTrue, 'ece');
        for (let i = 0; i < n; i++) {
            const p = yProb[i];
            if (!(p >= 0 && p <= 1))
                throw new errors_InputError(`ece: probability ${p} at row ${i} is outside [0, 1]`);
            const wi = w ? w[i] : 1;
            gap[classification_eceBin(p, bins)] += wi * ((yTrue[i] === pos ? 1 : 0) - p);
            wsum += wi;
        }
    }
    else {
        const classes = options.labels ? [...options.labels] : classification_uniqueLabels(yTrue);
        for (let i = 0; i < n; i++) {
            const row = yProb[i];
            if (row.length !== classes.length) {
                throw new errors_InputError(`ece: row ${i} has ${row.length} probabilities for ${classes.length} classes`, {
                    hint: 'columns must follow the sorted class labels; pass labels if y_true lacks some classes',
                });
            }
            let best = 0;
            for (let j = 1; j < row.length; j++)
                if (row[j] > row[best])
                    best = j;
            const conf = row[best];
            const wi = w ? w[i] : 1;
            gap[classification_eceBin(conf, bins)] += wi * ((classes[best] === yTrue[i] ? 1 : 0) - conf);
            wsum += wi;
        }
    }
    let ece = 0;
    for (let b = 0; b < bins; b++)
        ece += Math.abs(gap[b]);
    return ece / wsum;
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/shareable.ts
/**
 * Typed arrays the bootstrap workers will read, allocated on a SharedArrayBuffer from the start when
 * the data is large enough to be bootstrapped on workers (bootstrap-parallel.ts): the workers then
 * read them in place, and the ~18 MB per 1M binary rows are not copied into shared memory before the
 * resamples can start. They behave as any typed array; only postMessage shares them instead of
 * copying.
 */
/** From this many rows evaluate's bootstrap runs on worker threads (DEFAULT_PARALLEL_MIN_ROWS). */
const shareable_SHARED_MIN_ROWS = 50_000;
function buffer(bytes, rows) {
    return rows >= shareable_SHARED_MIN_ROWS ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}
function shareable_shareableFloat64(rows) {
    return new Float64Array(buffer(8 * rows, rows));
}
function shareable_shareableUint8(rows) {
    return new Uint8Array(buffer(rows, rows));
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/ranking.ts
/**
 * Ranking metrics with scikit-learn 1.2 semantics (sklearn/metrics/_ranking.py), O(n log n).
 *
 * Both metrics walk the rows once in descending score order, one tie group (rows with equal
 * scores) at a time, which is what scikit-learn's `_binary_clf_curve` does with its
 * `distinct_value_indices`:
 *
 * - ROC AUC is the trapezoid area under the ROC curve with one point per distinct score. With ties
 *   this equals the Mann–Whitney U statistic with average ranks, divided by P·N.
 * - Average precision is scikit-learn's step-wise sum AP = Σ_n (R_n − R_{n−1}) · P_n over the
 *   distinct thresholds, not the trapezoid under the precision–recall curve.
 *
 * Sorting is done once (`rankBinary`); the `*Ranked` variants take weights in rank order and run
 * in O(n), which is what lets the bootstrap reuse one sort for every resample.
 */



const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/**
 * Indices that order `values` descending (stable: equal values keep their input order).
 * LSD radix sort on the IEEE-754 bits, 16 bits per pass, skipping passes where all keys share
 * the digit: ~4 linear passes, no comparator calls. -0 and +0 are one value; NaN is refused.
 */
function argsortDescending(values) {
    const n = values.length;
    for (let i = 0; i < n; i++) {
        if (Number.isNaN(values[i]))
            throw new errors_InputError(`score at row ${i} is NaN`, { hint: 'drop or impute rows without a score' });
    }
    if (n < 1024) {
        // Small inputs: the radix histograms would cost more than a comparator sort (-0 and +0 compare equal).
        return Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
    }
    // The keys come from the scores' own bits when they are a Float64Array: no 8 MB copy per 1M rows
    // (fresh memory is the costly part of this sort on a cold run).
    const f = values instanceof Float64Array ? values : Float64Array.from(values);
    const bits = new Uint32Array(f.buffer, f.byteOffset, 2 * n);
    const hiAt = LITTLE_ENDIAN ? 1 : 0;
    const loAt = LITTLE_ENDIAN ? 0 : 1;
    const hi = new Uint32Array(n);
    const lo = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        let h = bits[2 * i + hiAt];
        let l = bits[2 * i + loAt];
        // -0 sorts as +0 (they are one value).
        if (h === 0x80000000 && l === 0)
            h = 0;
        // Map the float order onto unsigned integer order (ascending), then invert for descending.
        if (h & 0x80000000) {
            h = ~h;
            l = ~l;
        }
        else {
            h ^= 0x80000000;
        }
        hi[i] = ~h >>> 0;
        lo[i] = ~l >>> 0;
    }
    const hist = new Uint32Array(4 * 65536);
    for (let i = 0; i < n; i++) {
        const l = lo[i];
        const h = hi[i];
        hist[l & 0xffff]++;
        hist[65536 + (l >>> 16)]++;
        hist[131072 + (h & 0xffff)]++;
        hist[196608 + (h >>> 16)]++;
    }
    let idx = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        idx[i] = i;
    let tmp = new Uint32Array(n);
    for (let pass = 0; pass < 4; pass++) {
        const base = pass * 65536;
        const keys = pass < 2 ? lo : hi;
        const shift = pass % 2 === 0 ? 0 : 16;
        // A digit shared by every key leaves the order unchanged.
        let skip = false;
        for (let d = 0; d < 65536; d++) {
            const c = hist[base + d];
            if (c === n)
                skip = true;
            if (c !== 0)
                break;
        }
        if (skip || n === 0)
            continue;
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = hist[base + d];
            hist[base + d] = sum;
            sum += c;
        }
        for (let k = 0; k < n; k++) {
            const i = idx[k];
            const d = (keys[i] >>> shift) & 0xffff;
            tmp[hist[base + d]++] = i;
        }
        const t = idx;
        idx = tmp;
        tmp = t;
    }
    return idx;
}
/** Sort once: ranks, positives and tie groups of binary scores. */
function ranking_rankBinary(yTrue, yScore, posLabel) {
    const n = classification_checkSameLength('ranking', yTrue, yScore);
    const order = argsortDescending(yScore);
    const score = new Float64Array(n);
    const positive = shareable_shareableUint8(n);
    // Group ends into a typed array (at most n of them), not a growing JS array of up to 1M numbers.
    const ends = new Uint32Array(n);
    let groups = 0;
    for (let r = 0; r < n; r++) {
        const i = order[r];
        score[r] = yScore[i];
        positive[r] = yTrue[i] === posLabel ? 1 : 0;
        if (r > 0 && score[r] !== score[r - 1])
            ends[groups++] = r;
    }
    if (n > 0)
        ends[groups++] = n;
    // Continuous scores have about a group per row: keep the array rather than copy it.
    return { length: n, order, score, positive, groupEnd: groups > n / 2 ? ends.subarray(0, groups) : ends.slice(0, groups) };
}
/** Weights given per input row, permuted into rank order. */
function weightsInRankOrder(ranked, weights) {
    const out = new Float64Array(ranked.length);
    for (let r = 0; r < ranked.length; r++)
        out[r] = weights[ranked.order[r]];
    return out;
}
/** One pass over the tie groups; weights (if any) are in rank order. */
function rankedCurveSums(ranked, weights) {
    const { positive, groupEnd } = ranked;
    let tp = 0;
    let fp = 0;
    let rocArea = 0;
    let apSum = 0;
    let r = 0;
    for (let g = 0; g < groupEnd.length; g++) {
        const end = groupEnd[g];
        let dP = 0;
        let dW = 0;
        if (weights) {
            for (; r < end; r++) {
                const w = weights[r];
                dW += w;
                dP += positive[r] * w;
            }
        }
        else {
            for (; r < end; r++)
                dP += positive[r];
            dW = end - (g === 0 ? 0 : groupEnd[g - 1]);
        }
        const dN = dW - dP;
        rocArea += dN * (tp + dP / 2);
        tp += dP;
        fp += dN;
        if (dP > 0)
            apSum += (dP * tp) / (tp + fp);
    }
    return { rocArea, apSum, positives: tp, negatives: fp };
}
/** ROC AUC from pre-ranked data; NaN when one class has no weight. */
function rocAucRanked(ranked, weights) {
    const s = rankedCurveSums(ranked, weights);
    return s.positives > 0 && s.negatives > 0 ? s.rocArea / (s.positives * s.negatives) : Number.NaN;
}
/** Average precision from pre-ranked data; 0 when there are no positives (as scikit-learn 1.2). */
function averagePrecisionRanked(ranked, weights) {
    const s = rankedCurveSums(ranked, weights);
    return s.positives > 0 ? s.apSum / s.positives : 0;
}
/**
 * scikit-learn `roc_auc_score(y_true, y_score)` for a binary target. The positive class is the
 * greater label, as in scikit-learn (which has no pos_label here), unless `posLabel` is given.
 * Fails when y_true holds only one class ("ROC AUC is not defined").
 */
function rocAuc(yTrue, yScore, options = {}) {
    checkSameLength('roc_auc', yTrue, yScore, options.weights);
    const classes = uniqueLabels(yTrue);
    if (classes.length !== 2) {
        throw new InputError(classes.length < 2
            ? 'roc_auc: only one class present in y_true; ROC AUC is not defined in that case'
            : `roc_auc: y_true holds ${classes.length} classes; pass one probability per class for multiclass (one-vs-rest)`);
    }
    const ranked = ranking_rankBinary(yTrue, yScore, options.posLabel ?? classes[1]);
    const auc = rocAucRanked(ranked, options.weights ? weightsInRankOrder(ranked, options.weights) : undefined);
    if (Number.isNaN(auc))
        throw new InputError('roc_auc: one class has zero total weight; ROC AUC is not defined');
    return auc;
}
/**
 * scikit-learn `roc_auc_score(y_true, y_proba, multi_class='ovr', average='macro')`: the unweighted
 * mean over classes of the binary AUC of "this class vs the rest". Columns follow the sorted labels
 * of y_true (or `labels`); every row must sum to 1 (np.allclose), as scikit-learn demands.
 */
function rocAucOvr(yTrue, yProba, options = {}) {
    const n = classification_checkSameLength('roc_auc (ovr)', yTrue, yProba, options.weights);
    const classes = options.labels ? classification_uniqueLabels(options.labels) : classification_uniqueLabels(yTrue);
    for (let i = 0; i < n; i++) {
        const row = yProba[i];
        if (row.length !== classes.length) {
            throw new errors_InputError(`roc_auc (ovr): row ${i} has ${row.length} scores for ${classes.length} classes`, {
                hint: 'columns must follow the sorted class labels; pass labels if y_true lacks some classes',
            });
        }
        let s = 0;
        for (let j = 0; j < row.length; j++)
            s += row[j];
        // np.allclose(1, s): |s - 1| <= atol + rtol * |s| with rtol 1e-5, atol 1e-8.
        if (!(Math.abs(s - 1) <= 1e-8 + 1e-5 * Math.abs(s))) {
            throw new errors_InputError(`roc_auc (ovr): probabilities in row ${i} sum to ${s}, not 1`, { hint: 'pass predict_proba output' });
        }
    }
    let total = 0;
    const column = new Float64Array(n);
    for (let c = 0; c < classes.length; c++) {
        for (let i = 0; i < n; i++)
            column[i] = yProba[i][c];
        const ranked = ranking_rankBinary(yTrue, column, classes[c]);
        const auc = rocAucRanked(ranked, options.weights ? weightsInRankOrder(ranked, options.weights) : undefined);
        if (Number.isNaN(auc))
            throw new errors_InputError(`roc_auc (ovr): class ${String(classes[c])} has no positive or no negative rows`);
        total += auc;
    }
    return total / classes.length;
}
/**
 * scikit-learn `average_precision_score(y_true, y_score, pos_label=1)` for a binary target:
 * AP = Σ_n (R_n − R_{n−1}) P_n over distinct thresholds (ties form one threshold). With no
 * positive rows scikit-learn 1.2 warns and returns 0; so do we (without the warning).
 */
function averagePrecision(yTrue, yScore, options = {}) {
    checkSameLength('average_precision', yTrue, yScore, options.weights);
    const classes = uniqueLabels(yTrue);
    if (classes.length > 2)
        throw new InputError(`average_precision: y_true holds ${classes.length} classes; only binary targets are supported`);
    const posLabel = options.posLabel ?? 1;
    if (classes.length === 2 && !classes.includes(posLabel)) {
        throw new InputError(`average_precision: pos_label=${String(posLabel)} is not a valid label: it should be one of ${classes.join(', ')}`);
    }
    const ranked = ranking_rankBinary(yTrue, yScore, posLabel);
    return averagePrecisionRanked(ranked, options.weights ? weightsInRankOrder(ranked, options.weights) : undefined);
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/regression.ts
/**
 * Regression metrics with scikit-learn 1.2 semantics (sklearn/metrics/_regression.py), single
 * output. `weights` are scikit-learn's `sample_weight` (integers are multiplicities), except for
 * median_ae, see there.
 */


function check(what, yTrue, yPred, weights) {
    const n = classification_checkSameLength(what, yTrue, yPred, weights);
    if (n === 0)
        throw new errors_InputError(`${what}: no rows`);
    return n;
}
/** np.average(f(i), weights) */
function average(n, f, weights) {
    let s = 0;
    let ws = 0;
    if (weights) {
        for (let i = 0; i < n; i++) {
            const w = weights[i];
            s += w * f(i);
            ws += w;
        }
    }
    else {
        for (let i = 0; i < n; i++)
            s += f(i);
        ws = n;
    }
    return s / ws;
}
/** scikit-learn `mean_absolute_error`. */
function meanAbsoluteError(yTrue, yPred, options = {}) {
    const n = check('mae', yTrue, yPred, options.weights);
    return average(n, (i) => Math.abs(yTrue[i] - yPred[i]), options.weights);
}
/** scikit-learn `mean_squared_error`. */
function meanSquaredError(yTrue, yPred, options = {}) {
    const n = check('mse', yTrue, yPred, options.weights);
    return average(n, (i) => (yTrue[i] - yPred[i]) ** 2, options.weights);
}
/** scikit-learn `mean_squared_error(squared=False)` (1.4+: `root_mean_squared_error`). */
function rootMeanSquaredError(yTrue, yPred, options = {}) {
    return Math.sqrt(meanSquaredError(yTrue, yPred, options));
}
/**
 * scikit-learn `r2_score(force_finite=True)`: 1 − SS_res / SS_tot around the weighted mean of
 * y_true. Constant y_true (SS_tot = 0): 1.0 for a perfect prediction, else 0.0.
 */
function r2(yTrue, yPred, options = {}) {
    const n = check('r2', yTrue, yPred, options.weights);
    const w = options.weights;
    const mean = average(n, (i) => yTrue[i], w);
    let num = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
        const wi = w ? w[i] : 1;
        num += wi * (yTrue[i] - yPred[i]) ** 2;
        den += wi * (yTrue[i] - mean) ** 2;
    }
    if (den === 0)
        return num === 0 ? 1 : 0;
    return 1 - num / den;
}
/**
 * scikit-learn `mean_absolute_percentage_error`: mean of |y − ŷ| / max(|y|, eps) with
 * eps = np.finfo(np.float64).eps, so a zero y_true gives a huge but finite term. A fraction, not %.
 */
function meanAbsolutePercentageError(yTrue, yPred, options = {}) {
    const n = check('mape', yTrue, yPred, options.weights);
    return average(n, (i) => Math.abs(yTrue[i] - yPred[i]) / Math.max(Math.abs(yTrue[i]), classification_FLOAT64_EPS), options.weights);
}
/**
 * scikit-learn `median_absolute_error` without weights: np.median(|y − ŷ|) (mean of the two middle
 * values for an even count).
 *
 * With `weights` we treat them as multiplicities: the result is np.median of the rows repeated
 * weights[i] times, so a bootstrap resample given as counts equals the resample given as rows.
 * Weights must then be non-negative integers. (scikit-learn's sample_weight path instead takes its
 * `_weighted_percentile`, a lower weighted median that never averages; it can differ for even totals.)
 */
function medianAbsoluteError(yTrue, yPred, options = {}) {
    const n = check('median_ae', yTrue, yPred, options.weights);
    const err = new Float64Array(n);
    for (let i = 0; i < n; i++)
        err[i] = Math.abs(yTrue[i] - yPred[i]);
    const w = options.weights;
    if (!w) {
        err.sort();
        return n % 2 === 1 ? err[(n - 1) / 2] : (err[n / 2 - 1] + err[n / 2]) / 2;
    }
    const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => err[a] - err[b]);
    return weightedMedianSorted(err, order, w);
}
/** np.median of values repeated by integer weights, given an order that sorts the values ascending. */
function weightedMedianSorted(values, order, weights) {
    let total = 0;
    for (let i = 0; i < values.length; i++) {
        const w = weights[i];
        if (!(w >= 0) || !Number.isInteger(w))
            throw new errors_InputError(`median_ae: weight ${w} at row ${i} is not a non-negative integer multiplicity`);
        total += w;
    }
    if (total === 0)
        return Number.NaN;
    // 0-based positions of the middle element(s) in the expanded sorted list.
    const lowPos = Math.floor((total - 1) / 2);
    const highPos = Math.floor(total / 2);
    let seen = 0;
    let low = Number.NaN;
    for (let k = 0; k < order.length; k++) {
        const i = order[k];
        const w = weights[i];
        if (w === 0)
            continue;
        const v = values[i];
        if (Number.isNaN(low) && lowPos < seen + w)
            low = v;
        if (highPos < seen + w)
            return (low + v) / 2;
        seen += w;
    }
    return low;
}
/**
 * scikit-learn `explained_variance_score(force_finite=True)`: 1 − Var_w(y − ŷ) / Var_w(y).
 * Constant y_true: 1.0 if the residual variance is 0 too, else 0.0.
 */
function explainedVariance(yTrue, yPred, options = {}) {
    const n = check('explained_variance', yTrue, yPred, options.weights);
    const w = options.weights;
    const diffMean = average(n, (i) => yTrue[i] - yPred[i], w);
    const num = average(n, (i) => (yTrue[i] - yPred[i] - diffMean) ** 2, w);
    const trueMean = average(n, (i) => yTrue[i], w);
    const den = average(n, (i) => (yTrue[i] - trueMean) ** 2, w);
    if (den === 0)
        return num === 0 ? 1 : 0;
    return 1 - num / den;
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/wasm-summary.ts
/**
 * The binary summary's untied-span pass (index.ts, untiedSpan) as one WebAssembly function, written
 * below as a commented listing (wasm-assembler.ts encodes it). It adds the same terms in the same
 * order with the same IEEE-754 double operations, so the running sums are bit for bit those of the
 * JavaScript loop: test/model/metrics/wasm-summary.test.ts checks whole summaries against
 * summarizeBinary's.
 *
 * Why: the pass runs once per bootstrap resample over every row; per 1M-row resample 2.9 ms in
 * JavaScript, 2.4 ms here (min CPU of 15 × 8 resamples, 2-core dev machine, the copy of the counts
 * included): ~0.5 s of CPU over evaluate's 1,000 resamples of 1M rows. No bounds check per access
 * (guard pages), loads straight into registers.
 *
 * WebAssembly reads only its own memory, so a kernel holds copies of the prepared rows it reads:
 * memory layout
 *   [64, 136)            the running sums, the layout of index.ts's `acc` (S_TP … S_BIN_GAP)
 *   [256, +32 KiB)       average precision numerators, then [+32 KiB, +32 KiB) denominators
 *   [COUNTS_AT, +n)      the resample's byte counts (copied in per resample, ~0.04 ms per 1M)
 *   then 8-aligned: log loss (8n), gap (8n), positive (n)
 * i.e. ~18 MB per thread for 1M rows, made once per bootstrap (plan) and thread.
 */

const ACC_AT = 64;
const NUM_AT = 256;
/** Rows per span at most (index.ts SPAN_ROWS): the size of the numerator and denominator buffers. */
const KERNEL_SPAN_ROWS = 4096;
const DEN_AT = NUM_AT + 8 * KERNEL_SPAN_ROWS;
const wasm_summary_COUNTS_AT = DEN_AT + 8 * KERNEL_SPAN_ROWS;
// Params: rows [a, b), and where the counts, positives, log losses and gaps start.
const [A, B, W_AT, Y_AT, LL_AT, GAP_AT] = [0, 1, 2, 3, 4, 5];
// i32 locals: the row, the AP term count k, its index j, dP and w as integers.
const [wasm_summary_R, wasm_summary_K, J, DP_INT, W_INT] = [6, 7, 8, 9, 10];
// f64 locals: the running sums, then the row's w, dP, dN, gap and w·gap.
const [TP, FP, ROC, LL, BRIER, BIN_GAP, AP, W, DP, DN, G, WG] = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22];
const wasm_summary_LOCALS = [
    [5, I32],
    [12, F64],
];
/** The running sums' slots in `acc` (index.ts S_TP … S_BIN_GAP). */
const SUMS = [
    [TP, 0],
    [FP, 1],
    [ROC, 2],
    [AP, 3],
    [LL, 4],
    [BRIER, 5],
    [BIN_GAP, 6],
];
const ZERO = i32(0);
/** Address of the 8-byte element at index `local` of the array starting at local `base`. */
const at8 = (base, local) => [...get(base), ...get(local), ...i32(3), ...SHL, ...ADD];
/** untied(a, b, wAt, yAt, llAt, gapAt): index.ts's untiedSpan, line for line. */
const UNTIED_BODY = [
    ...SUMS.flatMap(([local, slot]) => [...ZERO, ...f64Load(ACC_AT + 8 * slot), ...set(local)]),
    ...get(A), ...set(wasm_summary_R),
    ...BLOCK,
    ...LOOP,
    //   for (r = a; r < b; r++)
    ...get(wasm_summary_R), ...get(B), ...GE_U, ...brIf(1),
    //   wr = w[r]; llSum += wr · ll[r]
    ...get(W_AT), ...get(wasm_summary_R), ...ADD, ...LOAD8_U, ...tee(W_INT), ...F_FROM_U32, ...set(W),
    ...get(LL), ...get(W), ...at8(LL_AT, wasm_summary_R), ...f64Load(), ...F_MUL, ...F_ADD, ...set(LL),
    //   g = gap[r]; wg = wr · g; brSum += wg · g; binGap += wg
    ...at8(GAP_AT, wasm_summary_R), ...f64Load(), ...set(G),
    ...get(W), ...get(G), ...F_MUL, ...set(WG),
    ...get(BRIER), ...get(WG), ...get(G), ...F_MUL, ...F_ADD, ...set(BRIER),
    ...get(BIN_GAP), ...get(WG), ...F_ADD, ...set(BIN_GAP),
    //   dP = positive[r] · wr; dN = wr − dP (integers, exact as doubles)
    ...get(Y_AT), ...get(wasm_summary_R), ...ADD, ...LOAD8_U, ...get(W_INT), ...MUL, ...tee(DP_INT), ...F_FROM_U32, ...set(DP),
    ...get(W_INT), ...get(DP_INT), ...SUB, ...F_FROM_U32, ...set(DN),
    //   roc += dN · tp; tp += dP; fp += dN
    ...get(ROC), ...get(DN), ...get(TP), ...F_MUL, ...F_ADD, ...set(ROC),
    ...get(TP), ...get(DP), ...F_ADD, ...set(TP),
    ...get(FP), ...get(DN), ...F_ADD, ...set(FP),
    //   num[k] = dP · tp; den[k] = tp + fp; k += dP > 0
    ...get(wasm_summary_K), ...i32(3), ...SHL, ...get(DP), ...get(TP), ...F_MUL, ...f64Store(NUM_AT),
    ...get(wasm_summary_K), ...i32(3), ...SHL, ...get(TP), ...get(FP), ...F_ADD, ...f64Store(DEN_AT),
    ...get(wasm_summary_K), ...get(DP_INT), ...ZERO, ...NE, ...ADD, ...set(wasm_summary_K),
    ...get(wasm_summary_R), ...i32(1), ...ADD, ...set(wasm_summary_R),
    ...br(0),
    ...END,
    ...END,
    //   for (j = 0; j < k; j++) ap += num[j] / den[j]
    ...BLOCK,
    ...LOOP,
    ...get(J), ...get(wasm_summary_K), ...GE_U, ...brIf(1),
    ...get(AP), ...get(J), ...i32(3), ...SHL, ...f64Load(NUM_AT), ...get(J), ...i32(3), ...SHL, ...f64Load(DEN_AT), ...F_DIV, ...F_ADD, ...set(AP),
    ...get(J), ...i32(1), ...ADD, ...set(J),
    ...br(0),
    ...END,
    ...END,
    ...SUMS.flatMap(([local, slot]) => [...ZERO, ...get(local), ...f64Store(ACC_AT + 8 * slot)]),
    ...END,
];
/** The compiled pass, once per thread: undefined until first asked for, null without WebAssembly. */
let wasm_summary_kernel;
/** A kernel over copies of these prepared rows, or undefined without WebAssembly. */
function untiedSpanKernel(logLoss, gap, positive) {
    const n = positive.length;
    wasm_summary_kernel ??= compileKernel(() => oneFunctionModule('untied', 6, undefined, wasm_summary_LOCALS, UNTIED_BODY), 'untied');
    const llAt = (wasm_summary_COUNTS_AT + n + 7) & ~7;
    const gapAt = llAt + 8 * n;
    const yAt = gapAt + 8 * n;
    const instance = wasm_summary_kernel?.(yAt + n);
    if (!instance)
        return undefined;
    const { fn: untied, buffer } = instance;
    new Float64Array(buffer, llAt, n).set(logLoss);
    new Float64Array(buffer, gapAt, n).set(gap);
    new Uint8Array(buffer, yAt, n).set(positive);
    return {
        acc: new Float64Array(buffer, ACC_AT, 9),
        counts: new Uint8Array(buffer, wasm_summary_COUNTS_AT, n),
        untied: (a, b) => untied(a, b, wasm_summary_COUNTS_AT, yAt, llAt, gapAt),
    };
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/index.ts
/**
 * The metric registry: scikit-learn names (without `_score`) → how to compute the metric on
 * prepared evaluation data, which tasks it applies to, and which direction is better (the compare
 * step's default).
 *
 * Evaluation data is prepared once per task (`binaryEvaluation`, `multiclassEvaluation`,
 * `regressionEvaluation`): binary rows are sorted by score once, so every binary metric — and every
 * bootstrap resample of every binary metric — is one O(n) pass. `weights` given to a metric index
 * the rows of the prepared data (for binary data: rank order, see `BinaryEvaluation.order`).
 */











const METRIC_NAMES = (/* unused pure expression or super */ null && ([
    'accuracy',
    'balanced_accuracy',
    'precision',
    'recall',
    'f1',
    'precision_macro',
    'precision_micro',
    'precision_weighted',
    'recall_macro',
    'recall_micro',
    'recall_weighted',
    'f1_macro',
    'f1_micro',
    'f1_weighted',
    'roc_auc',
    'average_precision',
    'log_loss',
    'brier',
    'ece',
    'mae',
    'mse',
    'rmse',
    'r2',
    'mape',
    'median_ae',
    'explained_variance',
]));
function binaryEvaluation(yTrue, yProb, options = {}) {
    const n = checkSameLength('binary evaluation', yTrue, yProb);
    const posLabel = options.posLabel ?? 1;
    const threshold = options.threshold ?? 0.5;
    const eceBins = options.eceBins ?? ECE_DEFAULT_BINS;
    if (!Number.isInteger(eceBins) || eceBins < 1 || eceBins > 65535)
        throw new InputError(`binary evaluation: eceBins must be an integer in 1..65535, got ${eceBins}`);
    const classes = uniqueLabels(yTrue);
    if (classes.length > 2 || (classes.length === 2 && !classes.includes(posLabel))) {
        throw new InputError(`binary evaluation: y_true holds ${classes.join(', ')}; expected two classes including the positive class ${String(posLabel)}`, {
            hint: 'set the positive label, or evaluate as multiclass',
        });
    }
    for (let i = 0; i < n; i++) {
        const p = yProb[i];
        if (!(p >= 0 && p <= 1))
            throw new InputError(`binary evaluation: probability ${p} at row ${i} is outside [0, 1]`);
    }
    const ranked = rankBinary(yTrue, yProb, posLabel);
    // What the bootstrap workers read is allocated where they can read it (shareable.ts).
    const ll = shareableFloat64(n);
    const gap = shareableFloat64(n);
    const bin = new Uint16Array(n);
    const flags = shareableUint8(n);
    let cut = 0;
    for (let r = 0; r < n; r++) {
        const p = ranked.score[r];
        const y = ranked.positive[r];
        const p1 = p < FLOAT64_EPS ? FLOAT64_EPS : p > 1 - FLOAT64_EPS ? 1 - FLOAT64_EPS : p;
        const p0 = 1 - p1;
        ll[r] = -Math.log((y ? p1 : p0) / (p0 + p1));
        gap[r] = y - p;
        bin[r] = eceBin(p, eceBins);
        if (p > threshold)
            cut = r + 1;
    }
    for (const end of ranked.groupEnd)
        flags[end - 1] |= 1;
    for (let r = 0; r < n; r++)
        if (r === n - 1 || bin[r + 1] !== bin[r])
            flags[r] |= 2;
    if (cut > 0)
        flags[cut - 1] |= 4;
    const { spanEnd, spanTied } = summarySpans(flags);
    return { task: 'binary', length: n, posLabel, threshold, eceBins, ranked, order: ranked.order, logLoss: ll, gap, bin, flags, cut, spanEnd, spanTied };
}
/** Rows per summary span at most: the size of the average-precision buffers (2 × 32 KiB), here and in wasm-summary.ts. */
const SPAN_ROWS = KERNEL_SPAN_ROWS;
/** Runs of fewer untied rows than this stay in the tie-group loop (a call per short run costs more). */
const MIN_UNTIED_RUN = 64;
/** The spans of summarizeBinaryBytes from the row flags (see BinaryEvaluation.spanEnd). */
function summarySpans(flags) {
    const n = flags.length;
    // tied[r]: row r shares its score with a neighbour (it or the row before it is no group end).
    const tied = new Uint8Array(n);
    for (let r = 0; r < n; r++)
        tied[r] = (flags[r] & 1) === 0 || (r > 0 && (flags[r - 1] & 1) === 0) ? 1 : 0;
    // Short untied runs join the tied rows around them.
    for (let r = 0; r < n;) {
        if (tied[r]) {
            r++;
            continue;
        }
        let e = r;
        while (e < n && !tied[e])
            e++;
        if (e - r < MIN_UNTIED_RUN)
            tied.fill(1, r, e);
        r = e;
    }
    const ends = [];
    const kinds = [];
    let start = 0;
    for (let r = 0; r < n; r++) {
        if (r === n - 1 || (flags[r] & 6) !== 0 || tied[r + 1] !== tied[r] || r + 1 - start === SPAN_ROWS) {
            ends.push(r + 1);
            kinds.push(tied[r]);
            start = r + 1;
        }
    }
    return { spanEnd: Uint32Array.from(ends), spanTied: Uint8Array.from(kinds) };
}
/**
 * One pass over the prepared rows (weights in prepared-row order; omitted = all 1). Byte weights
 * (the bootstrap's multiplicities, and all-1 for the point values) take the span loops of
 * summarizeBinaryBytes; other weights take the plain loop. Both give the same summary, bit for bit:
 * they add the same terms in the same order.
 */
function summarizeBinary(data, weights) {
    if (weights === undefined)
        return summarizeBinaryBytes(data, new Uint8Array(data.length).fill(1));
    return weights instanceof Uint8Array ? summarizeBinaryBytes(data, weights) : summarizeBinaryGeneral(data, weights);
}
/**
 * The summary in one plain pass, for any weights (the reference the span loops below reproduce).
 */
function summarizeBinaryGeneral(data, w) {
    const n = data.length;
    const { positive } = data.ranked;
    const { logLoss: ll, gap, flags } = data;
    let tp = 0;
    let fp = 0;
    let tpCut = 0;
    let fpCut = 0;
    let rocArea = 0;
    let apSum = 0;
    let llSum = 0;
    let brSum = 0;
    let eceAbsGap = 0;
    let binGap = 0;
    let dP = 0;
    let dW = 0;
    // Groups of tied scores, ECE bins and the threshold cut are all contiguous in rank order, so one
    // sequential pass with running sums replaces every per-metric pass (and every scatter).
    for (let r = 0; r < n; r++) {
        const wr = w[r];
        const y = positive[r];
        dW += wr;
        dP += y * wr;
        llSum += wr * ll[r];
        const g = gap[r];
        const wg = wr * g;
        brSum += wg * g;
        binGap += wg;
        const f = flags[r];
        if (f !== 0) {
            if (f & 1) {
                const dN = dW - dP;
                rocArea += dN * (tp + dP / 2);
                tp += dP;
                fp += dN;
                if (dP > 0)
                    apSum += (dP * tp) / (tp + fp);
                dP = 0;
                dW = 0;
                if (f & 4) {
                    tpCut = tp;
                    fpCut = fp;
                }
            }
            if (f & 2) {
                eceAbsGap += Math.abs(binGap);
                binGap = 0;
            }
        }
    }
    return { weight: tp + fp, positives: tp, negatives: fp, tp: tpCut, fp: fpCut, logLossSum: llSum, brierSum: brSum, eceAbsGap, rocArea, apSum };
}
// Running sums of summarizeBinaryBytes, carried from span to span in one Float64Array.
const S_TP = 0;
const S_FP = 1;
const S_ROC = 2;
const S_AP = 3;
const S_LL = 4;
const S_BRIER = 5;
const S_BIN_GAP = 6;
const S_DP = 7;
const S_DW = 8;
/** Average precision terms of an untied span: numerators dP·TP and denominators TP + FP. */
const AP_NUM = new Float64Array(SPAN_ROWS);
const AP_DEN = new Float64Array(SPAN_ROWS);
/**
 * summarizeBinaryGeneral for byte weights, span by span (BinaryEvaluation.spanEnd): the summary is
 * the bootstrap's per-resample pass, and this is ~2× faster than the plain loop (measured 3.0 ms
 * against 7.5 ms per 1M rows). Why:
 * - Bin ends and the cut are span ends, read between spans, so the row loops test no flags for them.
 * - Untied spans (every row its own tie group, the usual case for continuous scores) skip the
 *   tie-group bookkeeping and the `dP > 0` branch of average precision, which mispredicts on
 *   random weights: each row writes its AP numerator and denominator at slot k and advances k by
 *   1 if dP ≥ 1, ((dP + 255) >> 8 for dP ≤ 255), then one loop divides and adds the k terms in order.
 * - Each span is a call of a small function: V8 optimises it as a whole function, not through
 *   on-stack replacement of a 1M-row loop (which ran at half speed in about half the runs).
 */
function summarizeBinaryBytes(data, w, kernel) {
    const { positive } = data.ranked;
    const { logLoss: ll, gap, flags, spanEnd, spanTied } = data;
    // With a kernel (the bootstrap's resamples, resampleSummary), the untied spans run in
    // WebAssembly on its copy of the rows and counts, on running sums in its memory.
    let acc;
    if (kernel) {
        kernel.counts.set(w);
        acc = kernel.acc.fill(0);
    }
    else
        acc = new Float64Array(9);
    let tpCut = 0;
    let fpCut = 0;
    let eceAbsGap = 0;
    let start = 0;
    for (let s = 0; s < spanEnd.length; s++) {
        const end = spanEnd[s];
        if (spanTied[s])
            tiedSpan(acc, w, positive, ll, gap, flags, start, end);
        else if (kernel)
            kernel.untied(start, end);
        else
            untiedSpan(acc, w, positive, ll, gap, start, end);
        start = end;
        const f = flags[end - 1];
        if (f & 4) {
            tpCut = acc[S_TP];
            fpCut = acc[S_FP];
        }
        if (f & 2) {
            eceAbsGap += Math.abs(acc[S_BIN_GAP]);
            acc[S_BIN_GAP] = 0;
        }
    }
    const tp = acc[S_TP];
    const fp = acc[S_FP];
    return { weight: tp + fp, positives: tp, negatives: fp, tp: tpCut, fp: fpCut, logLossSum: acc[S_LL], brierSum: acc[S_BRIER], eceAbsGap, rocArea: acc[S_ROC], apSum: acc[S_AP] };
}
/** From this many rows a bootstrap's resample summaries run their untied spans in WebAssembly. */
const KERNEL_MIN_ROWS = 1024;
/**
 * summarizeBinary for the resamples of one bootstrap: the same summaries, bit for bit, with the
 * untied spans in WebAssembly (wasm-summary.ts) once the data is large enough and WebAssembly runs
 * here. The kernel copies the rows it reads at the first resample, once per call of this function
 * (a bootstrap plan, per thread).
 */
function resampleSummary() {
    let kernel;
    return (data, weights) => {
        if (!(weights instanceof Uint8Array) || data.length < KERNEL_MIN_ROWS)
            return summarizeBinary(data, weights);
        if (kernel?.data !== data)
            kernel = { data, kernel: untiedSpanKernel(data.logLoss, data.gap, data.ranked.positive) };
        return summarizeBinaryBytes(data, weights, kernel.kernel);
    };
}
/**
 * Rows [a, b), each its own tie group. A row is positive or negative, so dP or dN is 0 and the
 * general ROC term dN·(TP + dP/2) is dN·TP, bit for bit: with dN = 0 both are +0 (roc + 0 = roc),
 * with dP = 0, TP + 0/2 is TP. Dropping the add and multiply took the pass from 3.2 to 2.9 ms per
 * 1M rows.
 */
function untiedSpan(acc, w, positive, ll, gap, a, b) {
    let tp = acc[S_TP];
    let fp = acc[S_FP];
    let roc = acc[S_ROC];
    let llSum = acc[S_LL];
    let brSum = acc[S_BRIER];
    let binGap = acc[S_BIN_GAP];
    const num = AP_NUM;
    const den = AP_DEN;
    let k = 0;
    for (let r = a; r < b; r++) {
        const wr = w[r];
        llSum += wr * ll[r];
        const g = gap[r];
        const wg = wr * g;
        brSum += wg * g;
        binGap += wg;
        const dP = positive[r] * wr;
        const dN = wr - dP;
        roc += dN * tp;
        tp += dP;
        fp += dN;
        num[k] = dP * tp;
        den[k] = tp + fp;
        k += (dP + 255) >> 8;
    }
    let ap = acc[S_AP];
    for (let j = 0; j < k; j++)
        ap += num[j] / den[j];
    acc[S_TP] = tp;
    acc[S_FP] = fp;
    acc[S_ROC] = roc;
    acc[S_AP] = ap;
    acc[S_LL] = llSum;
    acc[S_BRIER] = brSum;
    acc[S_BIN_GAP] = binGap;
}
/** Rows [a, b) with tie groups (flags bit 1 ends one); a group may run on into the next span. */
function tiedSpan(acc, w, positive, ll, gap, flags, a, b) {
    let tp = acc[S_TP];
    let fp = acc[S_FP];
    let roc = acc[S_ROC];
    let ap = acc[S_AP];
    let llSum = acc[S_LL];
    let brSum = acc[S_BRIER];
    let binGap = acc[S_BIN_GAP];
    let dP = acc[S_DP];
    let dW = acc[S_DW];
    for (let r = a; r < b; r++) {
        const wr = w[r];
        llSum += wr * ll[r];
        const g = gap[r];
        const wg = wr * g;
        brSum += wg * g;
        binGap += wg;
        dW += wr;
        dP += positive[r] * wr;
        if ((flags[r] & 1) !== 0) {
            const dN = dW - dP;
            roc += dN * (tp + dP / 2);
            tp += dP;
            fp += dN;
            if (dP > 0)
                ap += (dP * tp) / (tp + fp);
            dP = 0;
            dW = 0;
        }
    }
    acc[S_TP] = tp;
    acc[S_FP] = fp;
    acc[S_ROC] = roc;
    acc[S_AP] = ap;
    acc[S_LL] = llSum;
    acc[S_BRIER] = brSum;
    acc[S_BIN_GAP] = binGap;
    acc[S_DP] = dP;
    acc[S_DW] = dW;
}
const div0 = (a, b) => (b === 0 ? 0 : a / b);
const f1of = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
/** precision/recall/F1 of the binary confusion counts, scikit-learn averaging over present labels. */
function binaryPrf(s, average) {
    const tp = s.tp;
    const fp = s.fp;
    const fn = s.positives - tp;
    const tn = s.negatives - fp;
    const pos = { p: div0(tp, tp + fp), r: div0(tp, s.positives), support: s.positives, present: s.positives > 0 || tp + fp > 0 };
    const neg = { p: div0(tn, tn + fn), r: div0(tn, s.negatives), support: s.negatives, present: s.negatives > 0 || tn + fn > 0 };
    if (average === 'binary')
        return { precision: pos.p, recall: pos.r, f1: f1of(pos.p, pos.r) };
    const classes = [neg, pos].filter((c) => c.present);
    if (average === 'micro') {
        const a = div0(tp + tn, s.weight);
        return { precision: a, recall: a, f1: f1of(a, a) };
    }
    const wsum = average === 'weighted' ? classes.reduce((a, c) => a + c.support, 0) : classes.length;
    const avg = (f) => div0(classes.reduce((a, c) => a + (average === 'weighted' ? c.support : 1) * f(c), 0), wsum);
    return { precision: avg((c) => c.p), recall: avg((c) => c.r), f1: avg((c) => f1of(c.p, c.r)) };
}
/** Binary metric values from a summary. NaN where the metric is undefined (ROC AUC with one class). */
const BINARY_FROM_SUMMARY = {
    accuracy: (s) => (s.tp + s.negatives - s.fp) / s.weight,
    balanced_accuracy: (s) => {
        const parts = [];
        if (s.positives > 0)
            parts.push(s.tp / s.positives);
        if (s.negatives > 0)
            parts.push((s.negatives - s.fp) / s.negatives);
        return parts.reduce((a, b) => a + b, 0) / parts.length;
    },
    precision: (s) => binaryPrf(s, 'binary').precision,
    recall: (s) => binaryPrf(s, 'binary').recall,
    f1: (s) => binaryPrf(s, 'binary').f1,
    precision_macro: (s) => binaryPrf(s, 'macro').precision,
    precision_micro: (s) => binaryPrf(s, 'micro').precision,
    precision_weighted: (s) => binaryPrf(s, 'weighted').precision,
    recall_macro: (s) => binaryPrf(s, 'macro').recall,
    recall_micro: (s) => binaryPrf(s, 'micro').recall,
    recall_weighted: (s) => binaryPrf(s, 'weighted').recall,
    f1_macro: (s) => binaryPrf(s, 'macro').f1,
    f1_micro: (s) => binaryPrf(s, 'micro').f1,
    f1_weighted: (s) => binaryPrf(s, 'weighted').f1,
    roc_auc: (s) => (s.positives > 0 && s.negatives > 0 ? s.rocArea / (s.positives * s.negatives) : Number.NaN),
    average_precision: (s) => (s.positives > 0 ? s.apSum / s.positives : 0),
    log_loss: (s) => s.logLossSum / s.weight,
    brier: (s) => s.brierSum / s.weight,
    ece: (s) => s.eceAbsGap / s.weight,
};
/**
 * Classes default to the sorted labels of y_true and y_pred; pass `classes` when the probability
 * columns cover classes absent from both (log_loss then uses all of them, like sklearn's `labels`).
 */
function multiclassEvaluation(yTrue, yPred, options = {}) {
    const n = checkSameLength('multiclass evaluation', yTrue, yPred, options.proba);
    const classes = options.classes ? uniqueLabels(options.classes) : uniqueLabels(yTrue, yPred);
    const index = new Map(classes.map((c, i) => [c, i]));
    const encode = (y, what) => {
        const out = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            const k = index.get(y[i]);
            if (k === undefined)
                throw new InputError(`multiclass evaluation: ${what} label ${String(y[i])} at row ${i} is not one of ${classes.join(', ')}`);
            out[i] = k;
        }
        return out;
    };
    if (options.proba && options.proba.some((row) => row.length !== classes.length)) {
        throw new InputError(`multiclass evaluation: probability rows must have ${classes.length} columns (${classes.join(', ')})`);
    }
    return {
        task: 'multiclass',
        length: n,
        classes,
        yTrue: encode(yTrue, 'y_true'),
        yPred: encode(yPred, 'y_pred'),
        proba: options.proba,
        eceBins: options.eceBins ?? ECE_DEFAULT_BINS,
    };
}
function regressionEvaluation(yTrue, yPred) {
    const n = checkSameLength('regression evaluation', yTrue, yPred);
    const t = Float64Array.from(yTrue);
    const p = Float64Array.from(yPred);
    const absError = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        if (!Number.isFinite(t[i]) || !Number.isFinite(p[i]))
            throw new InputError(`regression evaluation: non-finite value at row ${i}`);
        absError[i] = Math.abs(t[i] - p[i]);
    }
    const absErrorOrder = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => absError[a] - absError[b]);
    return { task: 'regression', length: n, yTrue: t, yPred: p, absErrorOrder, absError };
}
function notApplicable(name, task) {
    throw new errors_InputError(`metric "${name}" does not apply to ${task} tasks`, { hint: 'see METRICS[name].tasks' });
}
function mcPrf(data, average, weights) {
    return precisionRecallF1(data.yTrue, data.yPred, { average, weights });
}
function needProba(data, name) {
    if (!data.proba)
        throw new errors_InputError(`metric "${name}" needs predicted probabilities`, { hint: 'provide one probability column per class' });
    return data.proba;
}
const classCodes = (data) => data.classes.map((_, i) => i);
function spec(name, direction, sklearn, computers) {
    const tasks = ['binary', 'multiclass', 'regression'].filter((t) => computers[t]);
    return {
        name,
        direction,
        tasks,
        sklearn,
        compute(data, weights) {
            const f = computers[data.task];
            if (!f)
                notApplicable(name, data.task);
            return f(data, weights);
        },
    };
}
const fromSummary = (name) => (d, w) => BINARY_FROM_SUMMARY[name](summarizeBinary(d, w));
function prfSpec(name, which, average) {
    const call = `${which}_score(average='${average}'${average === 'binary' ? ', pos_label' : ''})`;
    return spec(name, 'higher', call, {
        binary: fromSummary(name),
        ...(average === 'binary' ? {} : { multiclass: (d, w) => mcPrf(d, average, w)[which] }),
    });
}
const METRICS = {
    accuracy: spec('accuracy', 'higher', 'accuracy_score', {
        binary: fromSummary('accuracy'),
        multiclass: (d, w) => accuracy(d.yTrue, d.yPred, { weights: w }),
    }),
    balanced_accuracy: spec('balanced_accuracy', 'higher', 'balanced_accuracy_score(adjusted=False)', {
        binary: fromSummary('balanced_accuracy'),
        multiclass: (d, w) => balancedAccuracy(d.yTrue, d.yPred, { weights: w }),
    }),
    precision: prfSpec('precision', 'precision', 'binary'),
    recall: prfSpec('recall', 'recall', 'binary'),
    f1: prfSpec('f1', 'f1', 'binary'),
    precision_macro: prfSpec('precision_macro', 'precision', 'macro'),
    precision_micro: prfSpec('precision_micro', 'precision', 'micro'),
    precision_weighted: prfSpec('precision_weighted', 'precision', 'weighted'),
    recall_macro: prfSpec('recall_macro', 'recall', 'macro'),
    recall_micro: prfSpec('recall_micro', 'recall', 'micro'),
    recall_weighted: prfSpec('recall_weighted', 'recall', 'weighted'),
    f1_macro: prfSpec('f1_macro', 'f1', 'macro'),
    f1_micro: prfSpec('f1_micro', 'f1', 'micro'),
    f1_weighted: prfSpec('f1_weighted', 'f1', 'weighted'),
    roc_auc: spec('roc_auc', 'higher', "roc_auc_score (multiclass: multi_class='ovr', average='macro')", {
        binary: fromSummary('roc_auc'),
        multiclass: (d, w) => rocAucOvr(d.yTrue, needProba(d, 'roc_auc'), { labels: classCodes(d), weights: w }),
    }),
    average_precision: spec('average_precision', 'higher', 'average_precision_score(pos_label)', { binary: fromSummary('average_precision') }),
    log_loss: spec('log_loss', 'lower', 'log_loss (1.2, eps="auto")', {
        binary: fromSummary('log_loss'),
        multiclass: (d, w) => logLoss(d.yTrue, needProba(d, 'log_loss'), { labels: classCodes(d), weights: w }),
    }),
    brier: spec('brier', 'lower', 'brier_score_loss(pos_label)', { binary: fromSummary('brier') }),
    ece: spec('ece', 'lower', 'none: Guo et al. 2017, 15 equal-width bins', {
        binary: fromSummary('ece'),
        multiclass: (d, w) => expectedCalibrationError(d.yTrue, needProba(d, 'ece'), { labels: classCodes(d), bins: d.eceBins, weights: w }),
    }),
    mae: spec('mae', 'lower', 'mean_absolute_error', { regression: (d, w) => meanAbsoluteError(d.yTrue, d.yPred, { weights: w }) }),
    mse: spec('mse', 'lower', 'mean_squared_error', { regression: (d, w) => meanSquaredError(d.yTrue, d.yPred, { weights: w }) }),
    rmse: spec('rmse', 'lower', 'mean_squared_error(squared=False)', { regression: (d, w) => rootMeanSquaredError(d.yTrue, d.yPred, { weights: w }) }),
    r2: spec('r2', 'higher', 'r2_score', { regression: (d, w) => r2(d.yTrue, d.yPred, { weights: w }) }),
    mape: spec('mape', 'lower', 'mean_absolute_percentage_error', {
        regression: (d, w) => meanAbsolutePercentageError(d.yTrue, d.yPred, { weights: w }),
    }),
    median_ae: spec('median_ae', 'lower', 'median_absolute_error (weights = multiplicities)', {
        regression: (d, w) => {
            if (!w) {
                const n = d.length;
                const o = d.absErrorOrder;
                return n % 2 === 1 ? d.absError[o[(n - 1) / 2]] : (d.absError[o[n / 2 - 1]] + d.absError[o[n / 2]]) / 2;
            }
            return weightedMedianSorted(d.absError, d.absErrorOrder, w);
        },
    }),
    explained_variance: spec('explained_variance', 'higher', 'explained_variance_score', {
        regression: (d, w) => explainedVariance(d.yTrue, d.yPred, { weights: w }),
    }),
};
/** Metrics that apply to a task, in registry order. */
function metricsForTask(task) {
    return METRIC_NAMES.map((n) => METRICS[n]).filter((m) => m.tasks.includes(task));
}
function resolveNames(data, names) {
    const list = names ? [...names] : metricsForTask(data.task).map((m) => m.name);
    for (const n of list) {
        const m = METRICS[n];
        if (!m)
            throw new InputError(`unknown metric "${String(n)}"`, { hint: `known metrics: ${METRIC_NAMES.join(', ')}` });
        if (!m.tasks.includes(data.task))
            notApplicable(n, data.task);
    }
    return list;
}
/** Point values of the named metrics (default: all that apply to the task). */
function computeMetrics(data, names) {
    const list = resolveNames(data, names);
    const out = {};
    if (data.task === 'binary') {
        const s = summarizeBinary(data);
        for (const n of list)
            out[n] = BINARY_FROM_SUMMARY[n](s);
    }
    else {
        for (const n of list)
            out[n] = METRICS[n].compute(data);
    }
    return out;
}
/**
 * Point values and percentile bootstrap intervals. Binary metrics share one pass per resample
 * (`summarizeBinary`); other tasks compute each metric per resample.
 */
/**
 * What one bootstrap resample computes: a summary of the (weighted) data and, per metric, how to
 * read the metric from it. The in-thread bootstrap and the parallel one (bootstrap-parallel.ts)
 * both take it from here, so they cannot drift apart.
 */
function bootstrapPlan(data, list) {
    if (data.task === 'binary') {
        return {
            summarize: resampleSummary(),
            finishers: Object.fromEntries(list.map((n) => [n, BINARY_FROM_SUMMARY[n]])),
        };
    }
    return {
        summarize: (d, w) => list.map((n) => METRICS[n].compute(d, w)),
        finishers: Object.fromEntries(list.map((n, i) => [n, (s) => s[i]])),
    };
}
function metrics_bootstrapMetrics(data, names, options = {}) {
    const { summarize, finishers } = bootstrapPlan(data, resolveNames(data, names));
    return bootstrapStatistics(summarize, finishers, data, options);
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/bootstrap-parallel.ts
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







/** scripts/build.mjs adds the bootstrap worker to every bundle whose code contains this string. */
const BOOTSTRAP_WORKER_MARKER = 'mlops-actions:bootstrap-worker@1';
/** The worker bundle, relative to the bundle that starts it. */
const BUNDLED_WORKER = 'bootstrap-worker/index.js';
const DEFAULT_MAX_BOOTSTRAP_WORKERS = 4;
/** Below this many rows the resamples run on this thread. */
const DEFAULT_PARALLEL_MIN_ROWS = (/* unused pure expression or super */ null && (SHARED_MIN_ROWS));
/** bootstrapPlan's summary and metrics, the metrics in `names` order (the layout of `stats`). */
function plan(data, names) {
    const p = bootstrapPlan(data, names);
    return { summarize: p.summarize, finishers: names.map((n) => p.finishers[n]) };
}
/** Claims and runs resamples until none are left. */
function drain(task, resampler) {
    for (;;) {
        const b = Atomics.add(task.next, 0, 1);
        if (b >= task.resamples)
            return;
        resampler.run(b);
        Atomics.store(task.done, b, 1);
    }
}
function resamplerFor(task) {
    const { summarize, finishers } = plan(task.data, task.names);
    return new Resampler(summarize, finishers, task.data, task.seed, task.resamples, task.stats);
}
/** Worker side (bootstrap-worker.ts). */
function bootstrapWorkerMain(data, post) {
    const task = data;
    if (task?.marker !== BOOTSTRAP_WORKER_MARKER)
        throw new Error('bootstrap worker started without a task');
    drain(task, resamplerFor(task));
    post('done');
}
/** A copy of `value` whose typed arrays are views of SharedArrayBuffers (one copy per distinct array). */
function toShared(value, seen = new Map()) {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        const known = seen.get(value);
        if (known)
            return known;
        const src = value;
        if (src.buffer instanceof SharedArrayBuffer)
            return value;
        const Ctor = src.constructor;
        const copy = new Ctor(new SharedArrayBuffer(src.byteLength));
        copy.set(src);
        seen.set(value, copy);
        return copy;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = toShared(v, seen);
        return out;
    }
    return value;
}
/**
 * What the workers read of the data. Binary resamples read the summary's arrays only
 * (summarizeBinary), so the sort order, scores, tie-group ends and ECE bins (18 of 36 MB at 1M rows)
 * are not copied into shared memory: empty arrays stand in for them.
 */
function forWorkers(data) {
    if (data.task !== 'binary')
        return data;
    const none = new Uint32Array(0);
    return { ...data, ranked: { ...data.ranked, order: none, score: new Float64Array(0), groupEnd: none }, order: none, bin: new Uint16Array(0) };
}
function startWorker() {
    try {
        const entry = workerEntry(import.meta.url, 'bootstrap-worker.ts', BUNDLED_WORKER);
        // No inherited execArgv (see validate-data-shards.ts); small heaps: a worker holds one 1-byte
        // count per row and a summary, the data is shared. No workerData: tasks come as messages.
        const opts = { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 } };
        const w = 'file' in entry ? new Worker(entry.file, opts) : new Worker(entry.code, { ...opts, eval: true });
        // Idle workers must not keep the process alive; runTask refs a worker while it computes.
        w.unref();
        return w;
    }
    catch {
        return undefined;
    }
}
/**
 * Workers started and waiting for a task. A worker starts in ~50 ms bundled (~0.3 s under tsx), so
 * the evaluate step starts them while it still reads and sorts the predictions
 * (warmBootstrapWorkers), and a bootstrap hands its task to them instead of waiting for new ones.
 * After a task a worker waits here again for the next block (slices, the label evaluation).
 */
const idle = new Map();
function addIdle(w) {
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
function acquireWorkers(count) {
    const out = [];
    for (const [w, gone] of idle) {
        if (out.length === count)
            break;
        idle.delete(w);
        w.off('error', gone);
        w.off('exit', gone);
        out.push(w);
    }
    while (out.length < count) {
        const w = startWorker();
        if (!w)
            break;
        out.push(w);
    }
    return out;
}
/** Default threads running resamples: the available cores, at most DEFAULT_MAX_BOOTSTRAP_WORKERS. */
function defaultThreads() {
    return Math.min(availableParallelism(), DEFAULT_MAX_BOOTSTRAP_WORKERS);
}
/**
 * Starts the workers a bootstrap of `threads` threads (this one included) will use, ahead of it:
 * call it once the data is known to be large (≥ DEFAULT_PARALLEL_MIN_ROWS rows) and before the
 * work that precedes the bootstrap (reading, sorting), so the workers' start-up overlaps that work.
 * Idle workers never keep the process alive. Does nothing with fewer than 2 threads.
 */
function warmBootstrapWorkers(threads = defaultThreads()) {
    for (let k = idle.size; k < threads - 1; k++) {
        const w = startWorker();
        if (!w)
            return;
        addIdle(w);
    }
}
/** Workers waiting for a task (tests). */
function idleBootstrapWorkers() {
    return idle.size;
}
/**
 * Runs `task` on `w`, then calls `onSettled` once it posted 'done' (the worker goes back to the idle
 * pool) or failed (it is terminated; the caller runs the resamples it did not finish).
 */
function runTask(w, task, onSettled) {
    w.ref();
    const finish = (ok) => {
        w.off('message', onMessage);
        w.off('error', onFailure);
        w.off('exit', onFailure);
        if (ok) {
            w.unref();
            addIdle(w);
        }
        else
            void w.terminate();
        onSettled();
    };
    const onMessage = (m) => finish(m === 'done');
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
async function bootstrapMetricsParallel(data, names, options = {}) {
    const resolved = resolveBootstrapOptions(options);
    const mainThread = options.mainThread ?? true;
    const threads = options.threads ?? Math.min(availableParallelism(), DEFAULT_MAX_BOOTSTRAP_WORKERS);
    const workers = mainThread ? threads - 1 : threads;
    if (data.task === 'multiclass' || data.length < (options.minRows ?? DEFAULT_PARALLEL_MIN_ROWS) || workers < 1 || (mainThread && threads < 2)) {
        return bootstrapMetrics(data, names, resolved);
    }
    if (data.length === 0)
        throw new InputError('bootstrap: no rows to resample');
    const { resamples, seed } = resolved;
    const task = {
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
    let wake = () => undefined;
    const allDone = () => {
        for (let b = 0; b < resamples; b++)
            if (Atomics.load(task.done, b) !== 1)
                return false;
        return true;
    };
    const settled = new Promise((resolve) => {
        wake = () => {
            if (live === 0 || allDone())
                resolve();
        };
    });
    for (const w of started) {
        runTask(w, task, () => {
            live--;
            wake();
        });
    }
    const resampler = resamplerFor(task);
    if (mainThread)
        drain(task, resampler);
    wake();
    await settled;
    // Resamples a worker claimed but did not finish (it failed), or that none claimed (none started).
    for (let b = 0; b < resamples; b++)
        if (Atomics.load(task.done, b) !== 1)
            resampler.run(b);
    const { summarize, finishers } = plan(data, names);
    const full = summarize(data);
    return percentileIntervals(names, finishers.map((f) => f(full)), task.stats, resolved);
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/bootstrap-worker.ts
/**
 * Entry of a bootstrap worker (bootstrap-parallel.ts): for each task posted to it, runs resamples
 * until none are left, then posts 'done', and waits for the next task. scripts/build.mjs bundles
 * this file as `bootstrap-worker/index.js` next to every bundle that can start it.
 */


external_node_worker_threads_namespaceObject.parentPort?.on('message', (task) => bootstrapWorkerMain(task, (m) => external_node_worker_threads_namespaceObject.parentPort.postMessage(m)));

;// CONCATENATED MODULE: ./bootstrap-worker.ts


