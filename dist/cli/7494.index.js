export const id = 7494;
export const ids = [7494,8536];
export const modules = {

/***/ 7494:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   trainCommand: () => (/* binding */ trainCommand)
/* harmony export */ });
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_train_defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2377);
/* harmony import */ var _model_train_timeout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8536);
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6429);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9980);
/** `mlops train`: the train step on the command line, with the local folder run cache. */





const usage = `Usage: mlops train --model NAME [options] -- COMMAND [ARGS...]
       mlops train --model NAME --shell bash [options] -- 'SCRIPT'

Run your training command with params, a seed and a content-addressed run cache, and write a run
record (mlops-actions/run@1). Everything after "--" is the command, passed to it as is and never
through a shell; with --shell, the one argument after "--" is a script for that shell.

Options:
  --model NAME          names the run and its cache entries (required)
  --params FILE         params file (YAML or JSON)
  --set KEY=VALUE       override a param (dotted keys; the value is read as YAML); repeatable
  --seed N              seed, given to the command as MLOPS_SEED (default 0)
  --inputs GLOB         files the command reads; repeatable, or comma-separated
  --outputs GLOB        files the command writes (restored on a cache hit); repeatable
  --shell bash|sh|pwsh  run the script after "--" with this shell
  --cache-dir DIR       run cache folder (default ${_model_train_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CACHE_DIR */ .Ti})
  --no-cache            always run the command; neither read nor write the cache
  --run-out FILE        run record (default ${_model_train_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_RUN_OUT */ .vs})
  --log-out FILE        log of the command's output (default ${_model_train_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LOG_OUT */ .EV})
  --timeout DURATION    stop the command after this long (90s, 30m, 2h) and fail (exit 1)
  --check-determinism   run the command twice (the first run's outputs moved aside) and fail
                        (exit 1) unless every output is byte-identical; the run record's
                        "determinism" says so. A cache hit runs nothing
  -h, --help            show this help (put the command's own --help after "--" in quotes
                        of a --shell script: mlops reads -h/--help anywhere)

The command gets MLOPS_PARAMS_FILE (the merged params as JSON), MLOPS_SEED and MLOPS_MODEL. Its
stdout and stderr are shown as they come and kept in the log; mlops's own messages go to stderr.

The command runs in its own process group. On Ctrl-C, SIGTERM or SIGHUP, mlops passes the signal
to that whole group, waits up to 10 s for it to end (a second signal: at once), then kills what is
left with SIGKILL, and exits 128 + the signal's number. The same stop, with SIGTERM, ends a run
that passes --timeout. A stopped run writes a failed run record and is never cached.

Exit codes: 0 trained or restored, 1 the command failed, ran past --timeout, a declared output
is missing or --check-determinism found outputs that differ, 2 bad usage or input (unknown command, bad params file, an input glob that matches
nothing), 130/143/129 interrupted by SIGINT/SIGTERM/SIGHUP.
`;
const options = {
    model: { type: 'string' },
    params: { type: 'string' },
    set: { type: 'string', multiple: true },
    seed: { type: 'string' },
    inputs: { type: 'string', multiple: true },
    outputs: { type: 'string', multiple: true },
    shell: { type: 'string' },
    'cache-dir': { type: 'string' },
    'no-cache': { type: 'boolean' },
    'run-out': { type: 'string' },
    'log-out': { type: 'string' },
    timeout: { type: 'string' },
    'check-determinism': { type: 'boolean' },
};
/** Live output as text for the CLI's io, without splitting a UTF-8 character across chunks. */
function textSink(write) {
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8');
    return (chunk) => {
        const text = decoder.write(chunk);
        if (text)
            write(text);
    };
}
const trainCommand = {
    name: 'train',
    summary: 'Run a training command with params, a seed, a run record and a run cache',
    usage,
    async run(argv, io) {
        const dashes = argv.indexOf('--');
        if (dashes === -1)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandUsageError */ .nT('give the training command after "--"', usage);
        const { values } = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)(argv.slice(0, dashes), options, usage);
        const rest = argv.slice(dashes + 1);
        const model = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .requireOption */ .Ve)(values.model, 'model', usage);
        if (rest.length === 0)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandUsageError */ .nT('the training command after "--" is empty', usage);
        let command;
        if (values.shell !== undefined) {
            if (rest.length !== 1)
                throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandUsageError */ .nT(`with --shell, give the script as one argument after "--" (got ${rest.length}); quote it`, usage);
            command = { shell: values.shell, script: rest[0] };
        }
        else {
            command = { argv: rest };
        }
        let seed = 0;
        if (values.seed !== undefined) {
            if (!/^\d+$/.test(values.seed))
                throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_2__/* .CommandUsageError */ .nT(`--seed must be a non-negative integer (got "${values.seed}")`, usage);
            seed = Number(values.seed);
        }
        const timeoutMs = values.timeout === undefined ? undefined : (0,_model_train_timeout_js__WEBPACK_IMPORTED_MODULE_1__.parseTimeoutDuration)(values.timeout);
        const cacheDir = values['cache-dir'] ?? _model_train_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CACHE_DIR */ .Ti;
        const log = { info: (m) => io.stderr(`mlops: ${m}\n`), warn: (m) => io.stderr(`mlops: warning: ${m}\n`) };
        // Loaded on demand: other commands (and a usage error here) should not pay for the step's code at start-up.
        const { guardRunCacheTemps } = await __webpack_require__.e(/* import() */ 6519).then(__webpack_require__.bind(__webpack_require__, 6519));
        const { splitGlobList } = await Promise.all(/* import() */[__webpack_require__.e(44), __webpack_require__.e(8579)]).then(__webpack_require__.bind(__webpack_require__, 8579));
        const { LocalRunCache } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(44), __webpack_require__.e(9516)]).then(__webpack_require__.bind(__webpack_require__, 9516));
        const { paramsFromAssignments } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(605)]).then(__webpack_require__.bind(__webpack_require__, 605));
        const { train } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(950), __webpack_require__.e(3547)]).then(__webpack_require__.bind(__webpack_require__, 950));
        // Half-built cache entries: stale ones swept, this run's removed on Ctrl-C (shared/runtime/run-cache-temps.ts).
        if (!values['no-cache'])
            await guardRunCacheTemps(cacheDir);
        const result = await train({
            model,
            command,
            paramsFile: values.params,
            params: paramsFromAssignments(values.set ?? []),
            seed,
            inputs: (values.inputs ?? []).flatMap(splitGlobList),
            outputs: (values.outputs ?? []).flatMap(splitGlobList),
            runOut: values['run-out'],
            logOut: values['log-out'],
            timeoutMs,
            exclude: [`${cacheDir.replace(/\/+$/, '')}/**`],
            checkDeterminism: values['check-determinism'] === true,
        }, {
            cache: values['no-cache'] ? undefined : new LocalRunCache(cacheDir, log),
            log,
            stdout: textSink(io.stdout),
            stderr: textSink(io.stderr),
        });
        const r = result.record;
        const what = result.cacheHit ? 'restored from the run cache' : r.determinism ? 'trained twice with byte-identical outputs' : 'trained';
        io.stderr(`mlops: ${model} ${what} in ${(r.duration_ms / 1000).toFixed(1)} s: ${r.outputs.length} output file(s); run record ${result.runPath}\n`);
        return _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT_OK */ .Ij;
    },
};


/***/ }),

/***/ 2377:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ DEFAULT_LOG_OUT),
/* harmony export */   Ti: () => (/* binding */ DEFAULT_CACHE_DIR),
/* harmony export */   vs: () => (/* binding */ DEFAULT_RUN_OUT)
/* harmony export */ });
/**
 * Where train writes when not told: in a module of their own, so that the CLI's `mlops train` usage
 * text can name them without loading the step (yaml, zod, tinyglobby) at every `mlops` start (issue 18).
 */
const DEFAULT_RUN_OUT = 'mlops-out/run.json';
const DEFAULT_LOG_OUT = 'mlops-out/train.log';
/** The local run cache's folder (shared/local/local-run-cache.ts). */
const DEFAULT_CACHE_DIR = '.mlops/cache';


/***/ }),

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
