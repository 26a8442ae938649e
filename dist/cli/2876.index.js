export const id = 2876;
export const ids = [2876];
export const modules = {

/***/ 2876:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rankCommand: () => (/* binding */ rankCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6429);
/** `mlops rank`: rank candidate models' evaluation reports under the gate rules (the candidates' fan-in). */


const usage = `Usage: mlops rank --candidate NAME=FILE [--candidate NAME=FILE ...] [options]

Rank candidate models (e.g. one per parameter set, trained by a matrix) by their evaluation
reports: each is gated against the baseline by the rules of mlops.yaml, as compare gates a PR,
and the candidates the gate passes come first, best primary metric first; ties go to fewer
failed rules, then to the name. Writes DIR/ranking.json (mlops-actions/ranking@1) and
DIR/ranking.md (the PR comment the rank-candidates action posts), and prints the ranking.

Options:
  --candidate NAME=FILE   a candidate and its evaluation report; or a file or quoted glob,
                          each report named for its folder                      (required, repeatable)
  --baseline FILE|none    the baseline report (default none: change rules are first-run)
  --config FILE           mlops.yaml with gate rules (default: ./mlops.yaml when it exists)
  --model NAME            which model of mlops.yaml (default: the only one)
  --metric NAME           the primary metric (default: the first metric of the model's rules,
                          else roc_auc, accuracy or rmse by task)
  --out-dir DIR           where to write ranking.json and ranking.md (default mlops-out/rank)
  --format text|json      what to print (default text; json prints ranking.json)
  --no-fail               exit 0 even when no candidate passes the gate
  -h, --help              show this help

Exit codes: 0 a winner, 1 no candidate passes the gate, 2 bad usage or bad input.
`;
const options = {
    candidate: { type: 'string', multiple: true },
    baseline: { type: 'string' },
    config: { type: 'string' },
    model: { type: 'string' },
    metric: { type: 'string' },
    'out-dir': { type: 'string' },
    format: { type: 'string' },
    'no-fail': { type: 'boolean' },
};
const rankCommand = {
    name: 'rank',
    summary: 'Rank candidate models by their evaluations under the gate rules',
    usage,
    async run(argv, io) {
        const { values } = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)(argv, options, usage);
        if (!values.candidate?.length)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandUsageError */ .nT('missing required option --candidate', usage);
        const format = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .choiceOption */ .zu)(values.format, 'format', ['text', 'json'], 'text', usage);
        const baselineArg = values.baseline ?? 'none';
        if (baselineArg === 'base-branch' || baselineArg === 'production') {
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandUsageError */ .nT(`--baseline ${baselineArg} needs GitHub; locally, pass the baseline report file (or none)`, usage);
        }
        // Loaded on demand: other commands should not pay for compare's code at start-up.
        const { candidateFiles, runRankStep } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(7009), __webpack_require__.e(7855), __webpack_require__.e(2936), __webpack_require__.e(8737), __webpack_require__.e(5170), __webpack_require__.e(1881), __webpack_require__.e(3865), __webpack_require__.e(9349), __webpack_require__.e(528)]).then(__webpack_require__.bind(__webpack_require__, 5029));
        const { formatValue } = await Promise.all(/* import() */[__webpack_require__.e(8737), __webpack_require__.e(3874)]).then(__webpack_require__.bind(__webpack_require__, 8737));
        const result = await runRankStep({
            candidates: await candidateFiles(values.candidate),
            baseline: baselineArg === 'none' ? { kind: 'none' } : { kind: 'file', path: baselineArg },
            config: values.config ?? ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)('mlops.yaml') ? 'mlops.yaml' : undefined),
            model: values.model,
            metric: values.metric,
            outDir: values['out-dir'] ?? 'mlops-out/rank',
            workflow: 'candidates.yml',
            failIfNoWinner: !values['no-fail'],
        });
        const r = result.ranking;
        if (format === 'json')
            io.stdout(`${JSON.stringify(r, null, 2)}\n`);
        else {
            const width = Math.max(9, ...r.candidates.map((c) => c.name.length));
            io.stdout(`${'rank'.padStart(4)}  ${'candidate'.padEnd(width)}  ${r.metric.name.padStart(10)}  ${'Δ baseline'.padStart(10)}  gate\n`);
            for (const c of r.candidates) {
                const delta = c.delta === null ? '—' : `${c.delta > 0 ? '+' : ''}${formatValue(c.delta)}`;
                io.stdout(`${String(c.rank).padStart(4)}  ${c.name.padEnd(width)}  ${formatValue(c.primary).padStart(10)}  ${delta.padStart(10)}  ${c.verdict}${c.gate.failed ? ` (${c.gate.failed} failed)` : ''}\n`);
            }
            io.stdout(`\n${r.winner !== null ? `winner: ${r.winner} (${r.reason})` : `no winner: ${r.reason}`}\nwrote ${result.files.ranking}, ${result.files.comment}\n`);
        }
        return result.exitCode;
    },
};


/***/ })

};
