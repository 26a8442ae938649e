export const id = 8536;
export const ids = [8536];
export const modules = {

/***/ 8536:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   parseTimeoutDuration: () => (/* binding */ parseTimeoutDuration)
/* harmony export */ });
/* unused harmony exports MAX_TIMEOUT_MS, parseTimeoutMinutes */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/**
 * The train step's time limit: `--timeout 90s|30m|2h` on the command line, `timeout-minutes` in the
 * action (GitHub's own step setting takes minutes, so the action input does too).
 */

/** setTimeout's largest delay (2^31 - 1 ms, about 24.8 days); a longer one would fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
function checkTimeout(ms, what, text) {
    if (!(ms > 0))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} must be more than zero (got "${text}")`, { hint: 'leave it out for no time limit' });
    if (ms > MAX_TIMEOUT_MS)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} is too long (got "${text}"; at most 24 days)`, { hint: 'leave it out for no time limit' });
    return Math.round(ms);
}
/** `--timeout`: a number with a unit, ms, s, m or h (`90s`, `1.5h`). A bare number is refused: minutes or seconds? */
function parseTimeoutDuration(text, what = '--timeout') {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text.trim());
    if (!m)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} must be a duration with a unit (got "${text}")`, { hint: 'e.g. 90s, 30m or 2h' });
    return checkTimeout(Number(m[1]) * UNIT_MS[m[2]], what, text);
}
/** `timeout-minutes`: a positive number of minutes, fractions allowed (`0.5` is 30 s). */
function parseTimeoutMinutes(text, what = 'input "timeout-minutes"') {
    if (!/^\d+(?:\.\d+)?$/.test(text.trim()))
        throw new UsageError(`${what} must be a number of minutes (got "${text}")`, { hint: 'e.g. 30, or 0.5 for 30 seconds' });
    return checkTimeout(Number(text) * UNIT_MS.m, what, text);
}
/** A limit as a person reads it: 90s, 30m, 2h, 1h30m, 250ms. */
function formatDuration(ms) {
    if (ms < 1_000)
        return `${ms}ms`;
    if (ms % 1_000 !== 0)
        return `${(ms / 1_000).toFixed(1).replace(/\.0$/, '')}s`;
    const h = Math.floor(ms / UNIT_MS.h);
    const m = Math.floor((ms % UNIT_MS.h) / UNIT_MS.m);
    const s = Math.floor((ms % UNIT_MS.m) / UNIT_MS.s);
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
}


/***/ })

};
