export const id = 722;
export const ids = [722];
export const modules = {

/***/ 4722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
        this.local = new _local_local_run_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalRunCache */ .z(stagingDir, log);
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


/***/ })

};
