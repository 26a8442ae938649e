export const id = 6186;
export const ids = [6186,311,8536];
export const modules = {

/***/ 8415:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RK: () => (/* binding */ rankCandidates),
/* harmony export */   Zb: () => (/* binding */ TASK_DEFAULT_METRIC)
/* harmony export */ });
/* unused harmony export primaryMetricOf */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6276);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4267);
/* harmony import */ var _formats_ranking_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9621);




const TASK_DEFAULT_METRIC = { binary: 'roc_auc', multiclass: 'accuracy', regression: 'rmse' };
/** The primary metric's name and where it came from. */
function primaryMetricOf(candidates, options) {
    if (options.metric)
        return { name: options.metric, source: 'option' };
    const configured = Object.keys(options.config?.metrics ?? {})[0];
    if (configured)
        return { name: configured, source: 'config' };
    const task = options.config?.task ?? candidates.find((c) => c.report.task)?.report.task;
    if (task)
        return { name: TASK_DEFAULT_METRIC[task], source: 'task' };
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('cannot tell which metric ranks the candidates: no metric given, no rules in mlops.yaml and no task in the reports', {
        hint: (o) => `pass ${o.option('metric', 'NAME')}`,
    });
}
/** Ranks the candidates (see the module comment for the order). */
function rankCandidates(candidates, options = {}) {
    if (candidates.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('no candidates to rank', { hint: 'give each candidate as NAME=evaluation.json' });
    const names = new Set();
    for (const c of candidates) {
        if (names.has(c.name))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`candidate "${c.name}" is given twice`, { hint: 'give every candidate a name of its own' });
        names.add(c.name);
    }
    const tasks = new Set(candidates.map((c) => c.report.task).filter((t) => t !== null));
    if (tasks.size > 1) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`the candidates are evaluations of different tasks (${[...tasks].join(', ')})`, { hint: 'rank candidates of one model, evaluated the same way' });
    }
    const metric = primaryMetricOf(candidates, options);
    const holder = candidates.find((c) => c.report.metrics[metric.name] !== undefined);
    if (!holder) {
        const some = Object.keys(candidates[0].report.metrics).slice(0, 12).join(', ');
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`no candidate's report has the metric ${metric.name}`, {
            location: candidates[0].file ? { file: candidates[0].file } : undefined,
            hint: (o) => `rank by a metric the reports have (${some}) with ${o.option('metric')}`,
        });
    }
    const rule = options.config?.metrics?.[metric.name];
    const direction = (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .requireDirection */ .Nm)(metric.name, `ranking metric ${metric.name}`, rule?.direction, holder.report.metrics[metric.name]?.direction);
    const better = direction === 'higher' ? -1 : 1;
    const baseValue = options.baseline?.metrics[metric.name]?.value ?? null;
    const rows = candidates.map((c) => {
        const comparison = (0,_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareReports */ .l)(c.report, options.baseline, options.config, { model: options.model ?? null, headFile: c.file ?? null, baselineFile: options.baselineFile ?? null });
        const primary = c.report.metrics[metric.name]?.value ?? null;
        const metrics = {};
        for (const [k, v] of Object.entries(c.report.metrics))
            metrics[k] = v.value;
        return {
            name: c.name,
            file: c.file ?? null,
            verdict: comparison.verdict,
            gate: { failed: comparison.gate.failed, warned: comparison.gate.warned, failures: comparison.gate.failures },
            primary,
            baseline: baseValue,
            delta: primary !== null && baseValue !== null ? primary - baseValue : null,
            metrics,
            configured: comparison.gate.configured,
        };
    });
    rows.sort((a, b) => {
        const pa = a.verdict === 'fail' ? 1 : 0;
        const pb = b.verdict === 'fail' ? 1 : 0;
        if (pa !== pb)
            return pa - pb;
        if (a.primary !== b.primary) {
            if (a.primary === null)
                return 1;
            if (b.primary === null)
                return -1;
            if (a.primary !== b.primary)
                return better * (a.primary - b.primary);
        }
        if (a.gate.failed !== b.gate.failed)
            return a.gate.failed - b.gate.failed;
        if (a.gate.warned !== b.gate.warned)
            return a.gate.warned - b.gate.warned;
        return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
    const ranked = rows.map(({ configured: _, ...r }, i) => ({ rank: i + 1, ...r }));
    const gated = rows[0].configured;
    const top = ranked[0];
    let winner = null;
    let reason;
    if (top.verdict === 'fail')
        reason = `no candidate passes the gate (${ranked.length} ranked)`;
    else if (top.primary === null)
        reason = `no candidate that passes the gate has ${metric.name}`;
    else {
        winner = top.name;
        const second = ranked[1];
        const tie = second && second.verdict !== 'fail' && second.primary === top.primary;
        reason = `${gated ? 'passes the gate with' : 'has'} the ${direction === 'higher' ? 'highest' : 'lowest'} ${metric.name}${tie ? ` (tied with ${second.name}; ${tieBreak(top, second)})` : ''}`;
    }
    return {
        schema: _formats_ranking_format_js__WEBPACK_IMPORTED_MODULE_3__/* .RANKING_SCHEMA */ .NK,
        model: options.model ?? null,
        metric: { name: metric.name, direction, source: metric.source },
        baseline: options.baseline ? { file: options.baselineFile ?? null } : null,
        gated,
        winner,
        reason,
        candidates: ranked,
    };
}
function tieBreak(a, b) {
    if (a.gate.failed !== b.gate.failed)
        return 'fewer failed rules';
    if (a.gate.warned !== b.gate.warned)
        return 'fewer warnings';
    return 'first by name';
}


/***/ }),

/***/ 9621:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NK: () => (/* binding */ RANKING_SCHEMA)
/* harmony export */ });
/* unused harmony exports rankedCandidateSchema, rankingSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1100);
/**
 * `mlops-actions/ranking@1`: the candidates of a training matrix ranked under one model's gate
 * rules (rank-candidates writes `ranking.json`; shared/compare/rank-candidates.ts says how the
 * order is decided).
 */

const RANKING_SCHEMA = 'mlops-actions/ranking@1';
const rankedCandidateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** 1-based position. */
    rank: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The candidate's evaluation report, as given. */
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    /** The gate's verdict for this candidate against the baseline (compare's). */
    verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'report-only']),
    /** Error-severity rules failed, warn-severity rules failed, and one line per failure. */
    gate: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ failed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(), warned: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(), failures: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()) }),
    /** The primary metric: the candidate's value, the baseline's, and their difference (null when either is missing). */
    primary: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    baseline: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    delta: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    /** Every metric of the candidate's report. */
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
});
const rankingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(RANKING_SCHEMA),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    metric: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), direction: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['higher', 'lower']), source: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['option', 'config', 'task']) }),
    baseline: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable() }).nullable(),
    /** Whether gate rules were configured (else every candidate is report-only). */
    gated: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** The best candidate that passes the gate; null when none does. */
    winner: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    /** One sentence: why the winner won, or why there is none. */
    reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    candidates: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(rankedCandidateSchema),
});


/***/ }),

/***/ 311:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pr: () => (/* binding */ substitutePlaceholders),
/* harmony export */   splitCommandWords: () => (/* binding */ splitCommandWords),
/* harmony export */   ur: () => (/* binding */ checkPredictArgv)
/* harmony export */ });
/* unused harmony exports INPUT_PLACEHOLDER, OUTPUT_PLACEHOLDER */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/**
 * The team's predict command, as `explain` runs it: `python predict.py model.pkl {input} {output}`
 * split into an argument list the way POSIX sh splits words (blanks separate words, '…' is
 * literal, "…" is literal except for \" \\ \$ \` and a backslash-newline, a backslash outside
 * quotes makes the next character literal), then spawned without a shell.
 *
 * Nothing is expanded, because no shell runs it, so what a shell would have expanded or treated
 * as an operator (`$HOME`, `$(…)`, backticks, globs, `~`, `|`, `&&`, `;`, `>`, a `#` comment) is
 * refused unless quoted: passing `&&` to the program as an argument would run something else than
 * the person meant. Braces are allowed, since the placeholders are written with them. The same
 * rules as `mlops init --train` (shared/init/shell-words.ts, which a step cannot import: init is a
 * face), plus the placeholders.
 *
 * `{input}` and `{output}` are replaced only where an argument is exactly the placeholder, so a
 * path can never be re-parsed, split or joined with user text: `--in={input}` is refused with a
 * hint to write `--in {input}`.
 */

const INPUT_PLACEHOLDER = '{input}';
const OUTPUT_PLACEHOLDER = '{output}';
const BLANK = new Set([' ', '\t', '\n']);
const SPECIAL = new Set(['|', '&', ';', '<', '>', '(', ')', '$', '`', '*', '?', '[', ']']);
const SPECIAL_AT_START = new Set(['~', '#']);
const DOUBLE_QUOTE_ESCAPES = new Set(['$', '`', '"', '\\', '\n']);
const HINT = 'the predict command runs without a shell: quote such characters to pass them as they are, or put a pipeline or variables in a script (e.g. predict.sh) and run that';
/** Splits `line` into words like sh does, with no expansions; `what` names the flag or input in messages. */
function splitCommandWords(line, what) {
    const words = [];
    let word = '';
    let inWord = false;
    let i = 0;
    const fail = (message, hint = HINT) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: ${message} at character ${i + 1} of ${JSON.stringify(line)}`, { hint });
    };
    while (i < line.length) {
        const c = line[i];
        if (BLANK.has(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            i++;
        }
        else if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                fail('unbalanced single quote', "close it with ', or escape it as \\'");
            word += line.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (c === '"') {
            inWord = true;
            i++;
            for (;;) {
                if (i >= line.length)
                    fail('unbalanced double quote', 'close it with ", or escape it as \\"');
                const d = line[i];
                if (d === '"')
                    break;
                if (d === '\\' && i + 1 < line.length && DOUBLE_QUOTE_ESCAPES.has(line[i + 1])) {
                    if (line[i + 1] !== '\n')
                        word += line[i + 1];
                    i += 2;
                    continue;
                }
                if (d === '$' || d === '`')
                    fail(`"${d}" inside double quotes would be expanded by a shell`);
                word += d;
                i++;
            }
            i++;
        }
        else if (c === '\\') {
            if (i + 1 >= line.length)
                fail('a backslash at the end', 'remove it, or write \\\\ for a backslash');
            if (line[i + 1] !== '\n') {
                word += line[i + 1];
                inWord = true;
            }
            i += 2;
        }
        else {
            if (SPECIAL.has(c) || (!inWord && SPECIAL_AT_START.has(c)))
                fail(`unquoted "${c}"`);
            word += c;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
/** Checks that `argv` names a program and both placeholders, each as a whole argument. */
function checkPredictArgv(argv, what) {
    const example = `e.g. "python predict.py model.pkl ${INPUT_PLACEHOLDER} ${OUTPUT_PLACEHOLDER}"`;
    if (argv.length === 0 || argv[0] === '')
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} is empty`, { hint: `give the program and its arguments, ${example}` });
    for (const p of [INPUT_PLACEHOLDER, OUTPUT_PLACEHOLDER]) {
        if (argv.includes(p))
            continue;
        const joined = argv.find((a) => a.includes(p));
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(joined !== undefined
            ? `${what}: "${joined}" holds ${p} inside a longer argument; it is replaced only as a whole argument`
            : `${what} has no ${p} argument`, { hint: `${p === INPUT_PLACEHOLDER ? 'the CSV of feature rows to predict' : 'where the command writes its score and/or prediction column'} is passed as the argument ${p}, ${example}` });
    }
    if (argv[0] === INPUT_PLACEHOLDER || argv[0] === OUTPUT_PLACEHOLDER)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} starts with a placeholder`, { hint: `start with the program, ${example}` });
}
/** `argv` with every argument that is exactly a placeholder replaced by its path. */
function substitutePlaceholders(argv, paths) {
    return argv.map((a) => (a === INPUT_PLACEHOLDER ? paths.input : a === OUTPUT_PLACEHOLDER ? paths.output : a));
}


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


/***/ }),

/***/ 1109:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ makeTempWorkDir)
/* harmony export */ });
/* unused harmony export pidInTempName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _signal_cleanup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2946);
/* harmony import */ var _stale_temps_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8076);
/**
 * A step's scratch folder in the system temp folder, `<tmp>/<prefix><pid>-XXXXXX`: removed when the
 * step ends, when the process is interrupted (signal-cleanup.ts), and, if a SIGKILL left it, by the
 * next run that uses the same prefix (stale-temps.ts; the pid in the name keeps a live run's folder).
 */






/** The pid a `<prefix><pid>-XXXXXX` name carries. */
function pidInTempName(prefix, name) {
    const m = /^(\d+)-/.exec(name.slice(prefix.length));
    return m ? Number(m[1]) : undefined;
}
/** `prefix` names the step, e.g. `mlops-publish-`. */
async function makeTempWorkDir(prefix, root = (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) {
    await (0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_5__/* .sweepStaleTemps */ .RX)(root, { match: (n) => n.startsWith(prefix), pidOf: (n) => pidInTempName(prefix, n) });
    // Made and registered in one turn of the event loop: a signal handler runs between turns, so it
    // always finds the folder registered. An asynchronous mkdtemp still in flight on libuv's threads
    // when a SIGINT's cleanup ran created the folder after it, and an empty one was left (CI, twice).
    const path = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, `${prefix}${process.pid}-`));
    const release = (0,_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_4__/* .removeOnInterrupt */ .vY)(path);
    return {
        path,
        async remove() {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { recursive: true, force: true });
            release();
        },
    };
}


/***/ }),

/***/ 6850:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  explain: () => (/* binding */ explain)
});

// UNUSED EXPORTS: DEFAULT_MAX_BATCH_ROWS, DEFAULT_REPEATS, MAX_REPEATS

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/data/open-table.ts + 1 modules
var open_table = __webpack_require__(9712);
// EXTERNAL MODULE: ../../../../shared/data/values.ts
var values = __webpack_require__(4239);
// EXTERNAL MODULE: ../../../../shared/compare/rank-candidates.ts
var rank_candidates = __webpack_require__(8415);
// EXTERNAL MODULE: ../../../../shared/formats/explanation-format.ts
var explanation_format = __webpack_require__(3994);
// EXTERNAL MODULE: ../../../../shared/model/metrics/index.ts + 4 modules
var metrics = __webpack_require__(3868);
// EXTERNAL MODULE: ../../../../shared/model/metrics/bootstrap.ts + 1 modules
var bootstrap = __webpack_require__(3060);
;// CONCATENATED MODULE: ../../../../shared/model/permutation-importance.ts
/**
 * Permutation feature importance with scikit-learn's semantics
 * (`sklearn.inspection.permutation_importance`, 1.x; Breiman 2001, section 10): for each feature
 * and each of `repeats` repetitions, the feature's column is shuffled across rows (the other
 * columns and the labels stay put) and the model is scored again; the importance of that
 * repetition is the baseline score minus the permuted score. scikit-learn's scorers are "greater
 * is better" (a loss is negated: `neg_log_loss`, `neg_root_mean_squared_error`), so for a metric
 * where lower is better the importance is the permuted score minus the baseline: either way a
 * larger importance means the model leaned on the feature more. Per feature: the mean and the
 * population standard deviation (ddof = 0, numpy's `std` default, which scikit-learn reports) of
 * the per-repetition importances.
 *
 * Pure: columns and a scorer in, importances out. The explain step (shared/steps/explain.ts) uses
 * the same permutations (`featurePermutations`) and the same summary (`summarizeImportances`),
 * but streams the permuted copies to the team's predict command instead of calling a scorer.
 *
 * Permutations: like scikit-learn, one index array per feature, shuffled in place once per
 * repetition (so repetition r shuffles the result of repetition r − 1), by Fisher–Yates from the
 * last position down, as numpy's `shuffle`. The stream of each feature is its own xoshiro128**
 * seeded from (seed, the feature's name), so a feature's permutations, and hence its importance,
 * do not depend on which other features are explained or in which order.
 */

/** How the permutations are drawn, for the report. */
const PERMUTATION_PRNG = 'xoshiro128** (splitmix32-seeded), Fisher–Yates from the last index, one index array per feature shuffled in place per repeat';
const PERMUTATION_STREAM = 'feature seed = splitmix32 finalizer of (seed ^ mix(FNV-1a 32 of the feature name\'s UTF-8 bytes)), as resampleSeed(seed, fnv1a(name))';
/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
function fnv1a32(text) {
    let h = 0x811c9dc5;
    for (const byte of Buffer.from(text, 'utf8')) {
        h ^= byte;
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** The seed of a feature's own permutation stream. */
function featureSeed(seed, feature) {
    return (0,bootstrap/* resampleSeed */.DA)(seed >>> 0, fnv1a32(feature));
}
/**
 * The `repeats` permutations of `rows` row indices for one feature: `perm[i]` is the row whose
 * value row i receives. The same array is shuffled in place and yielded each time (copy it to keep it).
 */
function* featurePermutations(rows, feature, repeats, seed) {
    const rng = new bootstrap/* Xoshiro128 */.yf(featureSeed(seed, feature));
    const perm = new Uint32Array(rows);
    for (let i = 0; i < rows; i++)
        perm[i] = i;
    for (let r = 0; r < repeats; r++) {
        for (let i = rows - 1; i > 0; i--) {
            const j = rng.nextIndex(i + 1);
            const t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        yield perm;
    }
}
/** One repetition's importance: baseline − permuted for a score, permuted − baseline for a loss. */
function importanceOf(baseline, permuted, direction) {
    return direction === 'higher' ? baseline - permuted : permuted - baseline;
}
/** Mean and population standard deviation (two-pass, as numpy computes it up to rounding). */
function meanStd(values) {
    const n = values.length;
    if (n === 0)
        return { mean: Number.NaN, std: Number.NaN };
    let sum = 0;
    for (const v of values)
        sum += v;
    const mean = sum / n;
    let ss = 0;
    for (const v of values)
        ss += (v - mean) * (v - mean);
    return { mean, std: Math.sqrt(ss / n) };
}
/** Importances of each feature from its permuted scores (one per repetition), in the given feature order. */
function summarizeImportances(baseline, permutedScores, direction) {
    return permutedScores.map(({ feature, scores }) => {
        const importances = scores.map((s) => importanceOf(baseline, s, direction));
        return { feature, ...meanStd(importances), importances };
    });
}
/** Largest mean first; ties by name (UTF-16 code units), so the order never depends on the input order. */
function rankImportances(importances) {
    return [...importances].sort((a, b) => (b.mean !== a.mean ? b.mean - a.mean : a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
}
/**
 * The in-memory form: `columns` (name → one value per row, all the same length) and `score`,
 * which scores the model on a set of columns (e.g. calls predict and a metric). Returns the
 * baseline score and the importances in `features` order.
 */
function permutationImportance(columns, score, options) {
    const names = Object.keys(columns);
    const rows = names.length > 0 ? columns[names[0]].length : 0;
    for (const n of names)
        if (columns[n].length !== rows)
            throw new RangeError(`column "${n}" has ${columns[n].length} values, not ${rows}`);
    for (const f of options.features)
        if (!Object.hasOwn(columns, f))
            throw new RangeError(`feature "${f}" is not a column`);
    const baseline = score(columns);
    const permuted = options.features.map((feature) => {
        const original = columns[feature];
        const scores = [];
        for (const perm of featurePermutations(rows, feature, options.repeats, options.seed)) {
            const shuffled = Array.from(perm, (i) => original[i]);
            const copy = Object.assign(Object.create(null), columns, { [feature]: shuffled });
            scores.push(score(copy));
        }
        return { feature, scores };
    });
    return { baseline, importances: summarizeImportances(baseline, permuted, options.direction) };
}

// EXTERNAL MODULE: ../../../../shared/model/predict-command.ts
var predict_command = __webpack_require__(311);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/model/read-predictions.ts
var read_predictions = __webpack_require__(2111);
// EXTERNAL MODULE: ../../../../shared/model/task-blocks.ts
var task_blocks = __webpack_require__(2936);
;// CONCATENATED MODULE: ../../../../shared/model/predict-output.ts
/**
 * What the predict command wrote, read back and scored one copy of the data at a time.
 *
 * The command's output is a CSV with one row per input row, in order: a `score` column
 * (binary: P(positive class); regression: the predicted value), or one `score_<class>` column
 * per class (probabilities, as predict_proba), and/or a `prediction` column (the predicted label
 * or value). Each copy of the data (the baseline, then each feature × repeat) is a run of
 * `rows` consecutive output rows; it is scored exactly as `evaluate` scores a predictions file
 * (task-blocks.ts: the positive class, the threshold, argmax for multiclass, the metric registry),
 * so a metric means the same in an explanation as in an evaluation report.
 */






/** Rows of per-class probabilities may sum to 1 ± this (as evaluate's). */
const PROBABILITY_SUM_TOLERANCE = 1e-6;
/**
 * Reads the command's output file (`shown` is how messages name it) and checks it holds
 * `expectedRows` rows. Every failure is an InputError naming the command's output.
 */
async function readPredictOutput(file, shown, expectedRows) {
    // The byte path: on a one-column file the text path takes ten times as long (5 s vs 0.5 s for 510k rows).
    const reader = await (0,open_table/* openTable */.R)(file, { format: 'csv' });
    const header = [...(await reader.columns())];
    const scoreColumns = header.includes('score') ? ['score'] : header.filter((c) => c.startsWith('score_'));
    const hasPrediction = header.includes('prediction');
    const hint = 'the command must write a CSV with a header and a "score" column (or one "score_<class>" column per class) and/or a "prediction" column, one row per input row, in order';
    if (scoreColumns.length === 0 && !hasPrediction) {
        throw new errors/* InputError */.dz(`the predict command's output has no "score", "score_<class>" or "prediction" column (it has: ${header.join(', ') || 'no columns'})`, { location: { file: shown, line: 1 }, hint });
    }
    if (scoreColumns.length === 1 && scoreColumns[0] !== 'score') {
        throw new errors/* InputError */.dz(`the predict command's output has one per-class column, "${scoreColumns[0]}"`, { location: { file: shown, line: 1 }, hint: 'write "score" (P(positive class)) for binary tasks, or one "score_<class>" column for every class' });
    }
    const scores = scoreColumns.map(() => new Float64Array(expectedRows));
    const prediction = hasPrediction ? new Array(expectedRows) : undefined;
    const lines = new Int32Array(expectedRows);
    let rows = 0;
    const tooMany = () => new errors/* InputError */.dz(`the predict command wrote more than ${expectedRows} rows; its input had ${expectedRows}`, { location: { file: shown }, hint });
    for await (const b of reader.batches()) {
        if (rows + b.length > expectedRows)
            throw tooMany();
        const scoreCols = scoreColumns.map((c) => b.values[b.columns.indexOf(c)]);
        const predCol = hasPrediction ? b.values[b.columns.indexOf('prediction')] : undefined;
        for (let r = 0; r < b.length; r++) {
            const at = rows + r;
            lines[at] = b.lines[r];
            for (let k = 0; k < scoreCols.length; k++) {
                const v = scoreCols[k][r];
                const x = values/* defaultNullTokens */.$N.isMissing(v) ? undefined : (0,values/* toNumber */.Ro)(v);
                if (x === undefined || !Number.isFinite(x)) {
                    throw new errors/* InputError */.dz(`column "${scoreColumns[k]}" value ${JSON.stringify(v === null || v === undefined ? '' : (0,values/* toText */.fE)(v))} is not a finite number`, {
                        location: { file: shown, line: b.lines[r] },
                        hint: 'every row needs a score; check that the model predicts every input row',
                    });
                }
                scores[k][at] = x;
            }
            if (predCol) {
                const t = (0,read_predictions/* labelText */.QK)(predCol[r]);
                if (t === undefined)
                    throw new errors/* InputError */.dz('column "prediction" is missing a value', { location: { file: shown, line: b.lines[r] }, hint: 'every row needs a prediction' });
                prediction[at] = t;
            }
        }
        rows += b.length;
    }
    if (rows !== expectedRows) {
        throw new errors/* InputError */.dz(`the predict command wrote ${rows} row${rows === 1 ? '' : 's'}; its input had ${expectedRows}`, { location: { file: shown }, hint });
    }
    return { rows, scoreColumns, scores, prediction, lines };
}
/**
 * The task, when none is given, as scikit-learn's `type_of_target` reads the labels: numbers with
 * a fraction → regression; at most two classes → binary; more → multiclass. Two things the
 * command's output adds: per-class score columns for three or more classes mean multiclass, and
 * a prediction column holding numbers with a fraction means regression (a classifier predicts
 * classes), which catches an integer-valued target such as a count.
 */
function inferTask(labels, output) {
    if (output.scoreColumns.length >= 3)
        return 'multiclass';
    const fractional = (t) => (0,read_predictions/* isNumericText */.fe)(t) && !Number.isInteger(+t);
    if (labels.some(fractional))
        return 'regression';
    if (output.prediction && output.prediction.some(fractional))
        return 'regression';
    if (output.scoreColumns[0] === 'score' && !output.prediction && new Set(labels).size > 2) {
        // One score column and many classes: a regressor writing its value as "score".
        return labels.every((t) => (0,read_predictions/* isNumericText */.fe)(t)) ? 'regression' : 'multiclass';
    }
    return new Set(labels).size <= 2 ? 'binary' : 'multiclass';
}
/** Checks, once per output file, what evaluate checks of score columns: probabilities in [0, 1] summing to 1. */
function checkOutputScores(output, task, shown) {
    if (task === 'regression') {
        if (output.scoreColumns.length > 1) {
            throw new errors/* InputError */.dz(`a regression task, but the predict command wrote per-class columns (${output.scoreColumns.join(', ')})`, {
                location: { file: shown, line: 1 },
                hint: (o) => `write the predicted value as "prediction" (or "score"), or give ${o.option('task')}`,
            });
        }
        return;
    }
    const k = output.scoreColumns.length;
    for (let i = 0; i < output.rows; i++) {
        let sum = 0;
        for (let c = 0; c < k; c++) {
            const x = output.scores[c][i];
            if (x < 0 || x > 1) {
                throw new errors/* InputError */.dz(`column "${output.scoreColumns[c]}" value ${x} is not a probability in [0, 1]`, {
                    location: { file: shown, line: output.lines[i] },
                    hint: 'scores must be probabilities (predict_proba output), not logits or decision values',
                });
            }
            sum += x;
        }
        if (k >= 2 && !(Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE)) {
            throw new errors/* InputError */.dz(`probabilities ${output.scoreColumns.join(' + ')} sum to ${sum}, not 1 (tolerance ${PROBABILITY_SUM_TOLERANCE})`, {
                location: { file: shown, line: output.lines[i] },
                hint: 'write one probability column per class, from predict_proba or a softmax',
            });
        }
    }
}
/** The metric block of one copy: output rows [offset, offset + labels.length). */
async function scoreCopy(setup, output, offset) {
    const n = setup.labels.length;
    const { task } = setup;
    const scoreCols = output.scoreColumns;
    const scoreClassTexts = task === 'regression' ? [] : (0,read_predictions/* scoreClasses */.h9)(scoreCols);
    const dict = new read_predictions/* Dictionary */.bT();
    // No slices (nor sensitive columns): only the whole copy's metrics are wanted.
    const data = { rows: n, format: 'csv', dict, scores: [], slices: [], sensitive: [] };
    if (task === 'regression') {
        const y = new Float64Array(n);
        for (let i = 0; i < n; i++)
            y[i] = +setup.labels[i];
        data.yNum = y;
        if (output.prediction) {
            const p = new Float64Array(n);
            for (let i = 0; i < n; i++) {
                const t = output.prediction[offset + i];
                const x = (0,values/* isDecimalLiteral */.B1)(t) ? +t : Number.NaN;
                if (!Number.isFinite(x)) {
                    throw new errors/* InputError */.dz(`column "prediction" value ${JSON.stringify(t)} is not a number (a regression task)`, {
                        location: { file: setup.shown, line: output.lines[offset + i] },
                        hint: (o) => `write the predicted value, or give ${o.option('task')} if this is a classifier`,
                    });
                }
                p[i] = x;
            }
            data.predNum = p;
        }
        else
            data.predNum = output.scores[0].subarray(offset, offset + n);
    }
    else {
        const y = new Int32Array(n);
        for (let i = 0; i < n; i++)
            y[i] = dict.code(setup.labels[i]);
        data.yCode = y;
        if (output.prediction) {
            const p = new Int32Array(n);
            for (let i = 0; i < n; i++)
                p[i] = dict.code(output.prediction[offset + i]);
            data.predCode = p;
        }
        data.scores = output.scores.map((s) => s.subarray(offset, offset + n));
    }
    const prepared = (0,task_blocks/* prepareTask */.t)(task, data, { file: setup.shown, score: task === 'regression' ? [] : scoreCols, scoreClassTexts, threshold: setup.threshold, posLabel: setup.posLabel, boot: null });
    return { block: await prepared.blockFor(), classification: prepared.classification };
}

// EXTERNAL MODULE: ../../../../shared/model/train/command.ts + 1 modules
var command = __webpack_require__(7935);
// EXTERNAL MODULE: ../../../../shared/model/train/timeout.ts
var timeout = __webpack_require__(8536);
// EXTERNAL MODULE: ../../../../shared/model/train/train-errors.ts
var train_errors = __webpack_require__(3273);
// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts
var atomic_write = __webpack_require__(3196);
// EXTERNAL MODULE: ../../../../shared/runtime/closest-match.ts
var closest_match = __webpack_require__(6060);
// EXTERNAL MODULE: ../../../../shared/runtime/file-digest.ts
var file_digest = __webpack_require__(322);
// EXTERNAL MODULE: ../../../../shared/runtime/temp-work-dir.ts
var temp_work_dir = __webpack_require__(1109);
// EXTERNAL MODULE: ../../../../shared/steps/train.ts + 1 modules
var train = __webpack_require__(950);
;// CONCATENATED MODULE: ../../../../shared/steps/explain.ts
/**
 * The explain step: permutation feature importance of any model, through the team's own predict
 * command (`python predict.py model.pkl {input} {output}`), written as one
 * `mlops-actions/explanation@1` file. One operation, three faces (actions/explain/src/main.ts,
 * `mlops explain`, the tests). Decisions: docs/explain.md.
 *
 *  1. read the data once (the table readers of shared/data), every column but the label kept as
 *     its CSV text; with max-rows, a seeded reservoir sample kept in file order;
 *  2. write the baseline rows and every permuted copy (features × repeats, permutations from
 *     model/permutation-importance.ts) into one CSV, streamed, and run the command once on it —
 *     or, when rows × copies exceeds max-batch-rows, on a few files of whole copies each: the cost
 *     is one process start per call, not one per feature and repeat;
 *  3. read the output back (model/predict-output.ts), score each copy with evaluate's metric
 *     code, and turn the scores into importances with scikit-learn's definitions.
 *
 * The command runs without a shell (its words split by model/predict-command.ts, the
 * placeholders replaced as whole arguments), in the train step's runner: its own process group,
 * signals forwarded, an optional time limit, the environment without our tokens.
 */






















const DEFAULT_REPEATS = 5;
/** Rows of one call's input file at most (whole copies; one copy when a copy alone is larger). */
const DEFAULT_MAX_BATCH_ROWS = 500_000;
const MAX_REPEATS = 1_000;
const DEFAULT_THRESHOLD = 0.5;
/** The reservoir sample's own stream, apart from every feature's (see featureSeed). */
const SAMPLE_STREAM = 0x5a3b1e;
/** How messages name the command's files, whatever temp folder they are in. */
const SHOWN_OUTPUT = 'the predict command\'s {output}';
function checkOptions(o) {
    const intIn = (v, flag, min, max = Number.MAX_SAFE_INTEGER) => {
        if (v !== undefined && !(Number.isInteger(v) && v >= min && v <= max)) {
            throw new errors/* UsageError */.eb((n) => `${n.option(flag)} must be an integer from ${min} to ${max.toLocaleString('en-US')}, got ${v}`);
        }
    };
    intIn(o.repeats, 'repeats', 1, MAX_REPEATS);
    intIn(o.maxRows, 'max-rows', 1);
    intIn(o.maxBatchRows, 'max-batch-rows', 1);
    if (o.seed !== undefined && !(Number.isInteger(o.seed) && Math.abs(o.seed) <= 0xffffffff))
        throw new errors/* UsageError */.eb((n) => `${n.option('seed')} must be a 32-bit integer, got ${o.seed}`);
    if (o.threshold !== undefined && !(o.threshold >= 0 && o.threshold <= 1))
        throw new errors/* UsageError */.eb((n) => `${n.option('threshold')} must be in [0, 1], got ${o.threshold}`);
    if (!o.label)
        throw new errors/* UsageError */.eb((n) => `${n.option('label')} is required: the column holding the true label (or target)`);
    if (o.metric !== undefined && !metrics/* METRIC_NAMES */.Uw.includes(o.metric)) {
        const near = (0,closest_match/* closestMatch */.h)(o.metric, metrics/* METRIC_NAMES */.Uw);
        throw new errors/* UsageError */.eb((n) => `${n.option('metric')} "${o.metric}" is not a metric evaluate computes${near ? ` (did you mean ${near}?)` : ''}`, { hint: `metrics: ${metrics/* METRIC_NAMES */.Uw.join(', ')}` });
    }
    (0,predict_command/* checkPredictArgv */.ur)(o.predict, 'the predict command');
}
/** One cell as a CSV field: missing → empty, quoted when it holds a delimiter, a quote or a line break. */
function csvField(v) {
    if (v === null || v === undefined)
        return '';
    const t = (0,values/* toText */.fE)(v);
    return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}
async function readRows(o, seed) {
    const reader = await (0,open_table/* openTable */.R)(o.data, { delimiter: o.delimiter, format: o.format, bytePath: false });
    const all = [...(await reader.columns())];
    if (!all.includes(o.label)) {
        const near = (0,closest_match/* closestMatch */.h)(o.label, all);
        throw new errors/* InputError */.dz((n) => `column "${o.label}" (${n.option('label')}) not found${near ? ` (did you mean "${near}"?)` : ''}; the file has columns: ${all.join(', ')}`, {
            location: { file: o.data, line: reader.hasLines ? 1 : undefined },
            hint: (n) => `pass ${n.option('label')} with one of them`,
        });
    }
    const columns = all.filter((c) => c !== o.label);
    const cap = o.maxRows ?? Number.POSITIVE_INFINITY;
    const rng = new metrics/* Xoshiro128 */.yf((0,metrics/* resampleSeed */.DA)(seed >>> 0, SAMPLE_STREAM));
    // Reservoir sampling (Vitter's algorithm R) keeps a uniform sample of `cap` rows in one pass.
    const kept = [];
    let total = 0;
    for await (const b of reader.batches()) {
        const idx = columns.map((c) => b.columns.indexOf(c));
        const labelIdx = b.columns.indexOf(o.label);
        for (const c of b.columns) {
            if (c !== o.label && !columns.includes(c)) {
                throw new errors/* InputError */.dz(`column "${c}" first appears after the first record`, { location: { file: o.data, line: b.lines[0] }, hint: 'explain passes the first record\'s columns to the command: give every record the same keys' });
            }
        }
        for (let r = 0; r < b.length; r++) {
            const index = total++;
            let slot = kept.length;
            if (index >= cap) {
                const j = rng.nextIndex(index + 1);
                if (j >= cap)
                    continue;
                slot = j;
            }
            const label = (0,read_predictions/* labelText */.QK)(labelIdx < 0 ? null : b.values[labelIdx][r]);
            if (label === undefined) {
                throw new errors/* InputError */.dz(`column "${o.label}" is missing a value`, { location: { file: o.data, line: b.lines[r] }, hint: 'every row needs its true label; drop the rows without one' });
            }
            const starts = [];
            let line = '';
            idx.forEach((i, c) => {
                if (c > 0)
                    line += ',';
                starts.push(line.length);
                line += csvField(i < 0 ? null : b.values[i][r]);
            });
            starts.push(line.length + 1);
            kept[slot] = { index, line, starts, label };
        }
    }
    if (total === 0)
        throw new errors/* InputError */.dz('no data rows: the file has only a header', { location: { file: o.data }, hint: 'explain on a file with at least one row' });
    kept.sort((a, b) => a.index - b.index);
    const width = columns.length + 1;
    const starts = new Uint32Array(kept.length * width);
    kept.forEach((k, i) => starts.set(k.starts, i * width));
    return {
        file: o.data,
        format: reader.format,
        total,
        columns,
        header: columns.map(csvField).join(','),
        lines: kept.map((k) => k.line),
        starts,
        labels: kept.map((k) => k.label),
    };
}
/** The features to permute: given (checked) or every column but the label. */
function featureList(o, columns) {
    if (!o.features || o.features.length === 0)
        return [...columns];
    const seen = new Set();
    for (const f of o.features) {
        if (f === o.label)
            throw new errors/* UsageError */.eb((n) => `${n.option('features')} names the label column "${f}"`, { hint: 'the label is what the model predicts, not one of its inputs' });
        if (!columns.includes(f)) {
            const near = (0,closest_match/* closestMatch */.h)(f, columns);
            throw new errors/* InputError */.dz((n) => `feature "${f}" (${n.option('features')}) is not a column of ${o.data}${near ? ` (did you mean "${near}"?)` : ''}`, { location: { file: o.data }, hint: `its columns: ${columns.join(', ')}` });
        }
        if (seen.has(f))
            throw new errors/* UsageError */.eb((n) => `${n.option('features')} names "${f}" twice`);
        seen.add(f);
    }
    return [...o.features];
}
function* copies(features, rows, repeats, seed) {
    yield { feature: -1 };
    for (let f = 0; f < features.length; f++) {
        for (const perm of featurePermutations(rows, features[f], repeats, seed))
            yield { feature: f, perm };
    }
}
/** Writes `count` copies from `plan` (header first), streamed in ~1 MB writes; returns each copy's feature. */
async function writeCopies(path, data, columnOf, plan, count) {
    const out = (0,external_node_fs_.createWriteStream)(path);
    const failed = new Promise((_, rej) => out.once('error', rej));
    failed.catch(() => undefined);
    const width = data.columns.length + 1;
    const { lines, starts } = data;
    const n = lines.length;
    const features = [];
    let buf = `${data.header}\n`;
    const flush = async () => {
        if (!out.write(buf))
            await Promise.race([(0,external_node_events_.once)(out, 'drain'), failed]);
        buf = '';
    };
    for (let k = 0; k < count; k++) {
        const next = plan.next();
        if (next.done)
            break;
        const { feature, perm } = next.value;
        features.push(feature);
        if (!perm) {
            for (let i = 0; i < n; i++) {
                buf += `${lines[i]}\n`;
                if (buf.length >= 1 << 20)
                    await flush();
            }
            continue;
        }
        const c = columnOf[feature];
        for (let i = 0; i < n; i++) {
            const s = perm[i];
            const base = lines[i];
            const src = lines[s];
            buf += `${base.slice(0, starts[i * width + c])}${src.slice(starts[s * width + c], starts[s * width + c + 1] - 1)}${base.slice(starts[i * width + c + 1] - 1)}\n`;
            if (buf.length >= 1 << 20)
                await flush();
        }
    }
    if (buf.length > 0)
        await flush();
    await Promise.race([new Promise((res) => out.end(() => res())), failed]);
    return features;
}
async function runPredict(argv, paths, o, ports, call) {
    const cwd = (0,external_node_path_.resolve)(o.cwd ?? process.cwd());
    const result = await (0,command/* runCommand */.d1)((0,predict_command/* substitutePlaceholders */.pr)(argv, paths), {
        cwd,
        env: (0,train/* childEnvironment */.Qc)(o.env ?? process.env),
        logPath: paths.log,
        stdout: ports.stdout ?? (() => undefined),
        stderr: ports.stderr ?? (() => undefined),
        timeoutMs: o.timeoutMs,
        graceMs: o.stopGraceMs,
        signals: ports.signals,
        what: 'predict command',
        tailLines: 20,
    });
    const shown = argv.map((a) => (/[\s'"\\]/.test(a) ? JSON.stringify(a) : a)).join(' ');
    const tail = result.tail.length > 0 ? `\nlast ${result.tail.length} lines of its output:\n${result.tail.map((l) => `  ${l}`).join('\n')}` : '\n(it printed nothing)';
    if (result.stoppedBy === 'timeout') {
        throw new errors/* InputError */.dz(`the predict command ran past its time limit of ${(0,timeout/* formatDuration */.a3)(o.timeoutMs)} (${call}) and was stopped: ${shown}${tail}`, {
            hint: 'raise the time limit, lower max-batch-rows (smaller calls), or explain on fewer rows (max-rows)',
        });
    }
    if (result.stoppedBy !== null) {
        throw new train_errors/* TrainingInterruptedError */.t(`interrupted by ${result.stoppedBy}: the predict command was stopped with every process it started`, (0,command/* exitCodeForSignal */.XG)(result.stoppedBy));
    }
    if (result.exitCode !== 0) {
        const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
        throw new errors/* InputError */.dz(`the predict command ${how} (${call}): ${shown}${tail}`, {
            hint: 'run it by hand on a few rows of the data to see why; it must read the CSV {input} and write a CSV {output}',
        });
    }
    const written = await (0,promises_.stat)(paths.output).catch(() => undefined);
    if (!written?.isFile()) {
        throw new errors/* InputError */.dz(`the predict command succeeded but wrote no file at {output} (${call}): ${shown}`, { hint: 'write the predictions to the path given as the {output} argument' });
    }
}
/** The metric's value in a copy's block, or an InputError saying why it is undefined there. */
function metricValue(block, name, what) {
    const v = block.metrics[name]?.value;
    if (v !== undefined)
        return v;
    const why = block.omitted.find((m) => m.metric === name)?.reason ?? 'not computed';
    throw new errors/* InputError */.dz(`metric ${name} is undefined on ${what}: ${why}`, { hint: (n) => `choose another ${n.option('metric')}, or make the command write what ${name} needs` });
}
async function explain(options, ports = {}) {
    checkOptions(options);
    const repeats = options.repeats ?? DEFAULT_REPEATS;
    const seed = options.seed ?? metrics/* DEFAULT_SEED */.KP;
    const maxBatchRows = options.maxBatchRows ?? DEFAULT_MAX_BATCH_ROWS;
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const log = ports.log ?? (() => undefined);
    const digest = (0,file_digest/* sha256File */.Q)(options.data);
    digest.catch(() => undefined); // openTable reports a missing file with a better message
    const data = await readRows(options, seed);
    const features = featureList(options, data.columns);
    const columnOf = features.map((f) => data.columns.indexOf(f));
    const n = data.lines.length;
    const copiesTotal = 1 + features.length * repeats;
    const perCall = Math.max(1, Math.min(copiesTotal, Math.floor(maxBatchRows / n)));
    const calls = Math.ceil(copiesTotal / perCall);
    const plan = copies(features, n, repeats, seed);
    const warnings = [];
    if (options.maxRows !== undefined && data.total > options.maxRows)
        log(`explaining a seeded sample of ${n} of ${data.total} rows`);
    let task = options.task;
    let scoring;
    let metric;
    let baseline = Number.NaN;
    let classification = null;
    let outputColumns;
    const permuted = features.map(() => []);
    const work = await (0,temp_work_dir/* makeTempWorkDir */.j)('mlops-explain-');
    try {
        const paths = { input: (0,external_node_path_.join)(work.path, 'input.csv'), output: (0,external_node_path_.join)(work.path, 'output.csv'), log: (0,external_node_path_.join)(work.path, 'predict.log') };
        for (let call = 1; call <= calls; call++) {
            const label = `call ${call} of ${calls}`;
            const chunk = await writeCopies(paths.input, data, columnOf, plan, perCall);
            await (0,promises_.rm)(paths.output, { force: true });
            log(`running the predict command (${label}): ${chunk.length} cop${chunk.length === 1 ? 'y' : 'ies'} of ${n} rows, ${(chunk.length * n).toLocaleString('en-US')} rows in all`);
            await runPredict(options.predict, paths, options, ports, label);
            const output = await readPredictOutput(paths.output, SHOWN_OUTPUT, chunk.length * n);
            const columns = [...output.scoreColumns, ...(output.prediction ? ['prediction'] : [])];
            if (outputColumns === undefined)
                outputColumns = columns;
            else if (columns.join('\n') !== outputColumns.join('\n')) {
                throw new errors/* InputError */.dz(`the predict command wrote the columns ${columns.join(', ')} in ${label}, but ${outputColumns.join(', ')} before`, { location: { file: SHOWN_OUTPUT, line: 1 }, hint: 'write the same columns on every call' });
            }
            if (task === undefined)
                task = inferTask(data.labels, output);
            checkOutputScores(output, task, SHOWN_OUTPUT);
            scoring ??= { task, labels: data.labels, posLabel: options.posLabel, threshold, shown: SHOWN_OUTPUT };
            if (task === 'regression' && data.labels.some((t) => !Number.isFinite(Number(t)))) {
                const i = data.labels.findIndex((t) => !Number.isFinite(Number(t)));
                throw new errors/* InputError */.dz(`a regression task, but label ${JSON.stringify(data.labels[i])} (column "${options.label}") is not a number`, { location: { file: options.data }, hint: (o) => `give ${o.option('task')} for a classifier` });
            }
            for (let k = 0; k < chunk.length; k++) {
                const f = chunk[k];
                const scored = await scoreCopy(scoring, output, k * n);
                if (f < 0) {
                    // The baseline: it decides the metric (the default needs a score column for roc_auc).
                    if (options.metric !== undefined) {
                        const name = options.metric;
                        if (!metrics/* METRICS */.Cb[name].tasks.includes(task)) {
                            throw new errors/* UsageError */.eb((o) => `${o.option('metric')} ${name} does not apply to ${task} tasks`, { hint: `metrics for ${task}: ${metrics/* METRIC_NAMES */.Uw.filter((m) => metrics/* METRICS */.Cb[m].tasks.includes(task)).join(', ')}` });
                        }
                        metric = { name, source: 'option' };
                    }
                    else {
                        let name = rank_candidates/* TASK_DEFAULT_METRIC */.Zb[task];
                        if (!(name in scored.block.metrics) && task === 'binary') {
                            warnings.push('roc_auc needs a score column (P(positive)); the command writes only a prediction, so the metric is accuracy');
                            name = 'accuracy';
                        }
                        metric = { name, source: 'task' };
                    }
                    baseline = metricValue(scored.block, metric.name, 'the unpermuted rows');
                    if (scored.classification)
                        classification = { classes: scored.classification.classes, pos_label: scored.classification.pos_label, threshold: scored.classification.threshold };
                }
                else {
                    permuted[f].push(metricValue(scored.block, metric.name, `the rows with "${features[f]}" permuted`));
                }
            }
        }
    }
    finally {
        await work.remove();
    }
    const direction = metrics/* METRICS */.Cb[metric.name].direction;
    const ranked = rankImportances(summarizeImportances(baseline, features.map((feature, f) => ({ feature, scores: permuted[f] })), direction));
    const { sha256, size } = await digest;
    const explanation = {
        schema: explanation_format/* EXPLANATION_SCHEMA */.YC,
        method: 'permutation',
        task: task,
        task_source: options.task ? 'option' : 'inferred',
        metric: { name: metric.name, direction, source: metric.source, baseline },
        dataset: { file: options.data, format: data.format, sha256, bytes: size, rows: data.total, rows_used: n, max_rows: options.maxRows ?? null },
        label: options.label,
        classification,
        input_columns: data.columns,
        repeats,
        seed,
        permutation: { prng: PERMUTATION_PRNG, stream: PERMUTATION_STREAM },
        predict: { argv: [...options.predict], calls, copies_per_call: perCall, copies: copiesTotal, max_batch_rows: maxBatchRows, output_columns: outputColumns ?? [] },
        features: ranked.map((r, i) => ({ rank: i + 1, feature: r.feature, importance_mean: r.mean, importance_std: r.std, importances: r.importances })),
        warnings,
    };
    explanation_format/* explanationSchema */.lr.parse(explanation);
    if (!options.out)
        return { explanation };
    await (0,atomic_write/* writeJsonAtomic */.ZJ)(options.out, explanation);
    return { explanation, path: options.out };
}


/***/ })

};
