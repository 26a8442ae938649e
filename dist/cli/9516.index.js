export const id = 9516;
export const ids = [9516,6519,8579];
export const modules = {

/***/ 6048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ RUN_SCHEMA),
/* harmony export */   _A: () => (/* binding */ runRecordSchema),
/* harmony export */   vL: () => (/* binding */ describeCommand)
/* harmony export */ });
/* unused harmony exports fileDigestSchema, runCommandSchema, environmentSchema, originalRunSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/**
 * `mlops-actions/run@1`: what one `train` step did. Written by `train` (`run-out`), read by the
 * steps after it (evaluate, publish-model's lineage). Defined once here (zod), documented in
 * docs/train.md ("The run record").
 *
 * A record is written for every run that got as far as starting the command (or restoring it from
 * the run cache): `status: "failed"` records say why, so a workflow can upload them with
 * `if: always()`. On a cache hit the command did not run: `exit_code` is null and `original` holds
 * the record of the run whose outputs were restored.
 */


const RUN_SCHEMA = 'mlops-actions/run@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const fileDigestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** Workspace-relative, forward slashes. */
        path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
        bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    });
    const runCommandSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** What was spawned (no shell in between unless `shell` is set): for a shell, `[shell, ...flags, script]`. */
        argv: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).min(1),
        /** The shell named by the user (`bash`, `sh`, `pwsh`), or null for an argument list. */
        shell: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The script given to the shell, or null. */
        script: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        platform: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        arch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** `node --version` of the node on PATH (what the command would run), or null. */
        node: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** `python3 --version` (e.g. "3.12.3"), or null when there is no python3 on PATH. */
        python: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The runner image (`ImageOS`, e.g. "ubuntu24"), or null off a hosted runner. */
        image: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** Lockfiles found at the top of the working directory, with their digests. */
        lockfiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileDigestSchema),
    });
    const runFields = {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RUN_SCHEMA),
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['succeeded', 'failed']),
        /** hit: outputs restored, command skipped; miss: the command ran (and was cached if it succeeded); off: no cache. */
        cache: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['hit', 'miss', 'off']),
        cache_key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        command: runCommandSchema,
        params: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()),
        seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        declared: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ inputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), outputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }),
        inputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileDigestSchema),
        outputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileDigestSchema),
        environment: environmentSchema,
        git: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() }),
        started_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        ended_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        duration_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        /** The command's exit code; null when it did not run (cache hit) or was killed by a signal. */
        exit_code: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nullable(),
        signal: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** Workspace-relative path of the log (stdout and stderr interleaved as they arrived). */
        log: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** Why a failed run failed, in one line. */
        error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /**
         * Only when the run was asked to check determinism (`check-determinism`): the command ran twice
         * from the same state (the first run's outputs moved aside), and whether every declared output
         * came out byte-identical. `differing` lists the paths that did not (or that only one run wrote).
         */
        determinism: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ runs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(), identical: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), differing: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) })
            .optional(),
    };
    /** The record of the run a cache hit restored (one level deep: its own `original` is dropped). */
    const originalRunSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc(runFields);
    const runRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ ...runFields, original: originalRunSchema.optional() });
    return { fileDigestSchema, runCommandSchema, environmentSchema, originalRunSchema, runRecordSchema };
});
const fileDigestSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().fileDigestSchema);
const runCommandSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().runCommandSchema);
const environmentSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().environmentSchema);
const originalRunSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().originalRunSchema);
const runRecordSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().runRecordSchema);
/** The command as a person would type it (for messages), quoting arguments that need it. */
function describeCommand(command) {
    if (command.shell !== null)
        return `${command.shell}: ${command.script}`;
    return command.argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}


/***/ }),

/***/ 9516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LocalRunCache: () => (/* binding */ LocalRunCache)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3196);
/* harmony import */ var _runtime_run_cache_temps_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6519);
/* harmony import */ var _runtime_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2946);
/* harmony import */ var _model_train_declared_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8579);
/* harmony import */ var _formats_run_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6048);
/**
 * The run cache as a folder: one directory per key holding `run.json` (the run record) and
 * `files/<path>` (the outputs). An entry is built in a temporary directory beside its final place
 * and renamed into it, so a reader (or a concurrent job sharing the folder) sees a whole entry or
 * none; rename(2) of a directory onto an existing non-empty one fails, which is how a second writer
 * learns the entry exists. An unusable entry is renamed out of the way before it is removed, so a
 * kill while removing it leaves a temp entry (swept on the next start), not a half-removed entry in
 * the key's place; a key folder without its run.json (what a kill during an older version's
 * removal could leave) is never trusted and is moved aside by the next save. Whatever is killed
 * when, a later run trusts only an entry whose run.json parses and whose files match its digests
 * (test/faults/kill-during-train-cache.test.ts).
 */








const RECORD = 'run.json';
const FILES = 'files';
const quietLog = { info: () => { }, warn: () => { } };
function message(e) {
    return e instanceof Error ? e.message : String(e);
}
/**
 * Puts a cached output back at `to` as any output is written (shared/runtime/atomic-write.ts): a
 * copy beside it renamed into place, through a symbolic link to the file it points at (the link
 * stays a link), into a device or FIFO in place; never a half-copied file, never a link replaced.
 */
async function restoreOutput(from, to) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(to), { recursive: true });
    // Named as writeFileAtomic names its temps, so the next write of `to` sweeps it if we are killed.
    const tmp = (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .outputTempPath */ .bd)(to);
    const release = (0,_runtime_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_4__/* .removeOnInterrupt */ .vY)(tmp);
    try {
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(from, tmp);
        }
        catch (e) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true });
            throw e;
        }
        await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .commitTempFile */ .W2)(tmp, to);
    }
    finally {
        release();
    }
}
class LocalRunCache {
    dir;
    log;
    description;
    constructor(
    /** The cache folder (relative paths are relative to the process's working directory). */
    dir, log = quietLog) {
        this.dir = dir;
        this.log = log;
        this.description = `local folder ${dir}`;
    }
    entryDir(key) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, key);
    }
    async has(key) {
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.entryDir(key), RECORD)).then(() => true, () => false);
    }
    /** Takes the entry folder of `key` out of the key's place in one rename, then removes it. */
    async discard(key) {
        const aside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, (0,_runtime_run_cache_temps_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheTempName */ .C)(key));
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(this.entryDir(key), aside).then(() => true, () => false))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(aside, { recursive: true, force: true });
    }
    async restore(key, cwd) {
        const entry = this.entryDir(key);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry, RECORD), 'utf8');
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                this.log.warn(`run cache (${this.description}): cannot read entry ${key}: ${message(e)}; running the command`);
            return undefined;
        }
        try {
            const parsed = _formats_run_format_js__WEBPACK_IMPORTED_MODULE_6__/* .runRecordSchema */ ._A.safeParse(JSON.parse(text));
            if (!parsed.success)
                throw new Error(`run.json is not a valid run record (${parsed.error.issues[0]?.message})`);
            const record = parsed.data;
            // Check every file before touching the workspace, so a bad entry changes nothing.
            for (const f of record.outputs) {
                const got = await (0,_model_train_declared_files_js__WEBPACK_IMPORTED_MODULE_5__/* .digestFile */ .TM)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry, FILES, f.path));
                if (got.sha256 !== f.sha256)
                    throw new Error(`${f.path} does not match the digest in its run record`);
            }
            for (const f of record.outputs)
                await restoreOutput((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry, FILES, f.path), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, f.path));
            return record;
        }
        catch (e) {
            this.log.warn(`run cache (${this.description}): entry ${key} is unusable (${message(e)}); removing it and running the command`);
            await this.discard(key).catch(() => { });
            return undefined;
        }
    }
    async save(key, { cwd, files, record }) {
        const entry = this.entryDir(key);
        if (await this.has(key))
            return 'exists';
        const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, (0,_runtime_run_cache_temps_js__WEBPACK_IMPORTED_MODULE_3__/* .cacheTempName */ .C)(key));
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(tmp, { recursive: true });
            for (const f of files) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, FILES, f)), { recursive: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, f), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, FILES, f));
            }
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJsonAtomic */ .ZJ)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, RECORD), record);
            for (let attempt = 0;; attempt++) {
                try {
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, entry);
                    return 'saved';
                }
                catch (e) {
                    const code = e.code;
                    if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM')
                        throw e;
                    if (await this.has(key)) {
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
                        return 'exists';
                    }
                    // A key folder without its record is no entry anyone trusts: move it aside, once.
                    if (attempt > 0)
                        throw e;
                    await this.discard(key);
                }
            }
        }
        catch (e) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true }).catch(() => { });
            this.log.warn(`run cache (${this.description}): could not save ${key}: ${message(e)}; the run itself succeeded`);
            return 'failed';
        }
    }
}


/***/ }),

/***/ 8579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ checkGlobs),
/* harmony export */   Eh: () => (/* binding */ digestFiles),
/* harmony export */   OB: () => (/* binding */ digestDeclaredInputs),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   fo: () => (/* binding */ isFile),
/* harmony export */   jv: () => (/* binding */ matchGlobs),
/* harmony export */   splitGlobList: () => (/* binding */ splitGlobList)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9980);
/**
 * Declared inputs and outputs: glob lists as users write them in an action input (one per line, or
 * comma-separated), matched under the working directory and digested with SHA-256.
 */






/**
 * Splits a glob list on newlines and on commas outside braces, so `{train,test}/*.csv` stays one
 * glob. Blank items and `#` comment lines are dropped.
 */
function splitGlobList(text) {
    if (!text)
        return [];
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        if (line.trim().startsWith('#'))
            continue;
        let depth = 0;
        let cur = '';
        for (const ch of line) {
            if (ch === '{')
                depth++;
            else if (ch === '}')
                depth = Math.max(0, depth - 1);
            if (ch === ',' && depth === 0) {
                out.push(cur);
                cur = '';
            }
            else {
                cur += ch;
            }
        }
        out.push(cur);
    }
    return out.map((g) => g.trim()).filter((g) => g !== '');
}
/** Globs stay inside the working directory: outputs are restored there from the cache. */
function checkGlobs(globs, what) {
    for (const g of globs) {
        const body = g.startsWith('!') ? g.slice(1) : g;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(body) || /^[A-Za-z]:/.test(body) || body.split(/[\\/]/).includes('..')) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${what} glob "${g}" leaves the working directory`, { hint: 'use a path relative to the working directory, without ".."' });
        }
    }
}
/**
 * Files matched by each glob (a directory matches everything under it; `!glob` excludes), sorted
 * and without duplicates. `unmatched` lists the positive globs that matched no file.
 */
async function matchGlobs(globs, options) {
    const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    const ignore = [...negative, ...(options.ignore ?? [])];
    const files = new Set();
    const unmatched = [];
    for (const g of globs.filter((g) => !g.startsWith('!'))) {
        const found = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .glob */ .TI)([g], { cwd: options.cwd, ignore, onlyFiles: true, dot: false, followSymbolicLinks: true });
        if (found.length === 0)
            unmatched.push(g);
        for (const f of found)
            files.add(f.split('\\').join('/'));
    }
    return { files: [...files].sort(), unmatched };
}
async function digestFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}
async function digestFiles(files, cwd) {
    const out = [];
    for (const path of files)
        out.push({ path, ...(await digestFile((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cwd, path))) });
    return out;
}
/** Digests of the declared inputs; a glob that matches nothing is an InputError (a typo, most often). */
async function digestDeclaredInputs(globs, options) {
    const { files, unmatched } = await matchGlobs(globs, options);
    if (unmatched.length > 0) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`declared input ${unmatched.map((g) => `"${g}"`).join(', ')} matched no file`, {
            hint: `globs are matched under ${options.cwd}; fix the glob or remove it from inputs`,
        });
    }
    return digestFiles(files, options.cwd);
}
async function isFile(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path).then((s) => s.isFile(), () => false);
}


/***/ }),

/***/ 2881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ lazySchema),
/* harmony export */   Oo: () => (/* binding */ once)
/* harmony export */ });
/* unused harmony export builtSchema */
/**
 * Zod schemas built the first time they are used, not when their module is loaded.
 *
 * Why: zod builds every schema object when the code defining it runs, ~17 µs each, and a step's
 * bundle holds ~1,000-1,500 of them (each format's, the config's, the inputs'). Most runs use a few
 * formats: drift-check never reads a comparison, compare never a drift report, and a constant
 * imported from a format module (a schema name, a list of test names) brought all of its schemas
 * with it. Measured before this, at each action's start: 20-28 ms of zod construction in compare,
 * drift-check, publish-model, promote-model and rank-candidates.
 *
 * A format module puts its definitions in one builder (`once`) and exports handles
 * (`lazySchema`): each handle has its schema's type, and forwards every property read (`parse`,
 * `safeParse`, `_zod`, …) to the schema, built on that first read. zod accepts a handle inside
 * another schema (it reads `_zod` through it), and `instanceof` sees the schema's prototype. What
 * zod keys by object identity (the registry behind `.describe()`, which z.toJSONSchema reads) knows
 * the schema, not the handle: pass `builtSchema(handle)` there.
 */
const BUILT = Symbol('mlops-actions:lazy-schema');
/** `build` run once, on the first call; the same result after. */
function once(build) {
    let built;
    return () => (built ??= { value: build() }).value;
}
/** A stand-in for the schema `get()` returns, which is built (by `get`) on the first property read. */
function lazySchema(get) {
    const bound = new Map();
    const handler = {
        get(_target, key) {
            const schema = get();
            if (key === BUILT)
                return schema;
            const value = schema[key];
            if (typeof value !== 'function')
                return value;
            // Methods run on the schema itself, whatever `this` the caller passes.
            let b = bound.get(key);
            if (b === undefined)
                bound.set(key, (b = value.bind(schema)));
            return b;
        },
        has: (_target, key) => key in get(),
        ownKeys: () => Reflect.ownKeys(get()),
        getOwnPropertyDescriptor(_target, key) {
            const d = Reflect.getOwnPropertyDescriptor(get(), key);
            return d === undefined ? undefined : { ...d, configurable: true };
        },
        getPrototypeOf: () => Reflect.getPrototypeOf(get()),
        set: () => false,
        defineProperty: () => false,
        deleteProperty: () => false,
    };
    return new Proxy({}, handler);
}
/** The schema behind a lazySchema handle (built now), or `schema` itself when it is not a handle. */
function builtSchema(schema) {
    return schema[BUILT] ?? schema;
}


/***/ }),

/***/ 6519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ cacheTempName),
/* harmony export */   guardRunCacheTemps: () => (/* binding */ guardRunCacheTemps)
/* harmony export */ });
/* unused harmony export pidOfCacheTemp */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _signal_cleanup_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2946);
/* harmony import */ var _stale_temps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8076);
/**
 * The run cache's half-built and discarded entries (`<cache>/.tmp-<key>-<pid>-<host>-<hex>`,
 * LocalRunCache) must not outlive the run that made them: on start of a run that uses the cache,
 * entries left by a killed run are swept (its pid gone from this host, or older than an hour when
 * written elsewhere; stale-temps.ts), and until the run ends an interrupt removes this process's
 * own entries before the signal is raised again.
 */



const TEMP_PREFIX = '.tmp-';
/** `.tmp-<key>-<pid>-<host>-<hex>`; before the host tag, `.tmp-<key>-<pid>-<hex>` (judged by age). */
const TAGGED = /^\.tmp-.+-(\d+)-([0-9a-f]{8})-[0-9a-f]{8}$/;
const UNTAGGED = /^\.tmp-.+-(\d+)-[0-9a-f]+$/;
/** A fresh temp name for building (or discarding) the entry `key` in this process. */
function cacheTempName(key) {
    return `${TEMP_PREFIX}${key}-${process.pid}-${(0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_2__/* .hostTag */ .bf)()}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
}
/** The writer's pid in a cache temp name. */
function pidOfCacheTemp(name) {
    const m = TAGGED.exec(name) ?? UNTAGGED.exec(name);
    return m ? Number(m[1]) : undefined;
}
/** The writer's host tag in a cache temp name (undefined for names written before the tag). */
function hostOfCacheTemp(name) {
    return TAGGED.exec(name)?.[2];
}
/** Sweeps stale temp entries of the cache folder `dir` and guards this run's; returns the release. */
async function guardRunCacheTemps(dir) {
    await (0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_2__/* .sweepStaleTemps */ .RX)(dir, { match: (n) => n.startsWith(TEMP_PREFIX), pidOf: pidOfCacheTemp, hostOf: hostOfCacheTemp });
    return (0,_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_1__/* .removeMatchingOnInterrupt */ .e1)(dir, (n) => n.startsWith(TEMP_PREFIX) && pidOfCacheTemp(n) === process.pid);
}


/***/ })

};
