export const id = 6519;
export const ids = [6519];
export const modules = {

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
