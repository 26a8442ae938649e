export const id = 519;
export const ids = [519];
export const modules = {

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


/***/ }),

/***/ 2946:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e1: () => (/* binding */ removeMatchingOnInterrupt),
/* harmony export */   vY: () => (/* binding */ removeOnInterrupt)
/* harmony export */ });
/* unused harmony export trackedTempCount */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Temp paths removed when the process is interrupted. A step registers what it is building
 * (a publish's work folder, a cache entry being saved, an atomic write's temp file) and releases it
 * when done; on SIGINT, SIGTERM or SIGHUP the registered paths are removed synchronously and the
 * signal is raised again, so the exit status stays the shell's 130/143/129.
 *
 * Handlers are installed only while something is registered: with nothing to clean, Node's
 * default signal behaviour is untouched. When another part of the program also listens for the
 * signal (train forwards it to its child and waits), that listener decides how to exit; we only
 * clean. SIGKILL cannot be caught: stale-temps.ts sweeps what it leaves on the next start.
 */


const tracked = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;
/**
 * A write still in flight on libuv's threads (an archive being written into the folder) can add an
 * entry after rmSync listed the folder, which then fails with ENOTEMPTY: retried twice, 5 ms apart.
 */
const REMOVE = { recursive: true, force: true, maxRetries: 2, retryDelay: 5 };
function removeTracked() {
    for (const t of tracked) {
        try {
            if ('path' in t)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(t.path, REMOVE);
            else
                for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(t.dir))
                    if (t.match(name))
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(t.dir, name), REMOVE);
        }
        catch {
            // Best effort: a path we cannot remove now is swept by the next run.
        }
    }
    tracked.clear();
}
function onSignal(signal) {
    removeTracked();
    if (process.listenerCount(signal) > 1)
        return;
    uninstall();
    process.kill(process.pid, signal);
}
function install() {
    if (installed)
        return;
    installed = true;
    for (const s of SIGNALS)
        process.on(s, onSignal);
    process.on('exit', removeTracked);
}
function uninstall() {
    if (!installed)
        return;
    installed = false;
    for (const s of SIGNALS)
        process.off(s, onSignal);
    process.off('exit', removeTracked);
}
function track(t) {
    tracked.add(t);
    install();
    return () => {
        tracked.delete(t);
        if (tracked.size === 0)
            uninstall();
    };
}
/** Removes `path` (file or folder) if the process is interrupted before the returned release is called. */
function removeOnInterrupt(path) {
    return track({ path });
}
/** Removes the entries of `dir` that `match` selects if the process is interrupted before release. */
function removeMatchingOnInterrupt(dir, match) {
    return track({ dir, match });
}
/** How many paths are registered (tests check that steps release what they register). */
function trackedTempCount() {
    return tracked.size;
}


/***/ }),

/***/ 8076:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ sweepStaleTemps),
/* harmony export */   bf: () => (/* binding */ hostTag)
/* harmony export */ });
/* unused harmony exports STALE_TEMP_MS, processIsAlive */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/**
 * Sweeps temp entries a killed run left behind (SIGKILL, a power cut: nothing ran to clean them).
 * Only in a folder we own, only names with our own prefix, only entries owned by this user, never
 * through a link, and only when the writer is proven gone:
 * - the name carries the writer's process id and this host's tag (hostTag(): the host name and the
 *   pid namespace, so a container sharing the folder is another host) and no such process runs:
 *   swept at once, however fresh;
 * - otherwise (no pid, another host's or an older name without a tag): only when older than a run
 *   can last (an hour, by the newest modification time of the entry and its direct children) and,
 *   with a pid, that pid not alive here.
 * A live writer's entry (its pid alive) is never removed; a pid reused by an unrelated process only
 * delays the sweep. Failures are ignored: the sweep must not fail the run it precedes.
 */





const STALE_TEMP_MS = 60 * 60 * 1000;
let tag;
/**
 * Eight hex digits naming this host and pid namespace: a pid is only meaningful where it was
 * taken, and two containers (or a container and its host) can share a host name or a folder.
 */
function hostTag() {
    if (tag === undefined) {
        let namespace = '';
        try {
            namespace = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)('/proc/self/ns/pid');
        }
        catch {
            // Not Linux: the host name alone.
        }
        tag = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${(0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)()}\0${namespace}`).digest('hex').slice(0, 8);
    }
    return tag;
}
/** True when a process with this id runs on this host (signal 0 checks without sending anything). */
function processIsAlive(pid) {
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: it exists but belongs to someone else.
        return e.code === 'EPERM';
    }
}
async function newestMtimeMs(path, own) {
    let newest = own;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(path).catch(() => []);
    for (const n of names) {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, n)).catch(() => undefined);
        if (s && s.mtimeMs > newest)
            newest = s.mtimeMs;
    }
    return newest;
}
/** Removes the stale entries of `dir` that `match` selects; returns the paths removed. */
async function sweepStaleTemps(dir, options) {
    const cutoff = (options.now ?? Date.now)() - (options.maxAgeMs ?? STALE_TEMP_MS);
    const uid = process.getuid?.();
    const removed = [];
    const names = options.names ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).catch(() => []));
    for (const name of names) {
        if (!options.match(name))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, name);
        try {
            const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
            if (s.isSymbolicLink() || (uid !== undefined && s.uid !== uid))
                continue;
            const pid = options.pidOf?.(name);
            if (pid !== undefined && processIsAlive(pid))
                continue;
            const deadHere = pid !== undefined && options.hostOf?.(name) === hostTag();
            if (!deadHere) {
                const newest = s.isDirectory() ? await newestMtimeMs(path, s.mtimeMs) : s.mtimeMs;
                if (newest > cutoff)
                    continue;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { recursive: true, force: true });
            removed.push(path);
        }
        catch {
            // Another sweeper got there first, or it is not ours to remove.
        }
    }
    return removed;
}


/***/ })

};
