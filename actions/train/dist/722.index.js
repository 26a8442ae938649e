export const id = 722;
export const ids = [722,516];
export const modules = {

/***/ 4722:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ActionsRunCache: () => (/* binding */ ActionsRunCache)
/* harmony export */ });
/* unused harmony export actionsCacheModule */
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5171);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _local_local_run_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9516);
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



const actionsCacheModule = _actions_cache__WEBPACK_IMPORTED_MODULE_0__;
function describe(e) {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
class ActionsRunCache {
    log;
    module;
    description = 'GitHub Actions cache';
    local;
    constructor(
    /** Staging folder, relative to the workspace (default .mlops/cache). */
    stagingDir, log, module = actionsCacheModule) {
        this.log = log;
        this.module = module;
        this.local = new _local_local_run_cache_js__WEBPACK_IMPORTED_MODULE_2__.LocalRunCache(stagingDir, log);
    }
    /** Whether the runner gave this job the cache service (ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL). */
    static available(module = actionsCacheModule) {
        try {
            return module.isFeatureAvailable();
        }
        catch {
            return false;
        }
    }
    /** The one path saved and restored; the same string both ways. */
    paths(key) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), this.local.entryDir(key)).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        return [rel === '' ? this.local.entryDir(key) : rel];
    }
    async restore(key, cwd) {
        // A self-hosted runner may still have the staged entry from an earlier job.
        if (await this.local.has(key))
            return this.local.restore(key, cwd);
        let hit;
        try {
            hit = await this.module.restoreCache(this.paths(key), key);
        }
        catch (e) {
            this.log.warn(`run cache: the GitHub Actions cache could not be read (${describe(e)}); running the command`);
            return undefined;
        }
        // restoreCache matches keys by prefix; only the exact key is this run.
        if (hit !== key)
            return undefined;
        return this.local.restore(key, cwd);
    }
    async save(key, entry) {
        const staged = await this.local.save(key, entry);
        if (staged === 'failed')
            return 'failed';
        try {
            const id = await this.module.saveCache(this.paths(key), key);
            if (id === -1) {
                this.log.info(`run cache: ${key} was not saved to the GitHub Actions cache (it exists already, another job is saving it, or the service is unavailable)`);
                return 'exists';
            }
            return 'saved';
        }
        catch (e) {
            if (e instanceof Error && e.name === 'ReserveCacheError') {
                this.log.info(`run cache: ${key} is already in the GitHub Actions cache or being saved by another job (${e.message})`);
                return 'exists';
            }
            this.log.warn(`run cache: could not save to the GitHub Actions cache (${describe(e)}); the run itself succeeded`);
            return 'failed';
        }
    }
}


/***/ }),

/***/ 9516:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
/* harmony import */ var _formats_run_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3863);
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

/***/ 6519:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
