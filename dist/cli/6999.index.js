export const id = 6999;
export const ids = [6999];
export const modules = {

/***/ 6999:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explainCommand: () => (/* binding */ explainCommand)
/* harmony export */ });
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6429);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _runtime_list_input_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7222);
/** `mlops explain`: the explain step on the command line. */



const usage = `Usage: mlops explain --data FILE --label COL --predict "COMMAND {input} {output}" [options]

Permutation feature importance of any model, through your own predict command (scikit-learn's
permutation_importance semantics): for each feature and repeat, the feature's values are shuffled
across rows and the model is scored again; importance = baseline score − permuted score (a loss:
permuted − baseline), mean and std over the repeats. Every permuted copy goes into one input
file, so the command runs once (or once per --max-batch-rows rows). Writes
mlops-actions/explanation@1.

The command runs without a shell. It gets {input}, a CSV of every column but the label, and
writes {output}, a CSV with one row per input row, in order: "score" (binary P(positive); a
regressor's value), or "score_<class>" per class, and/or "prediction".

Options:
  --data FILE             rows to explain on: CSV, TSV, JSON Lines or Parquet (.gz for text)
  --label COL             the true label (target) column
  --predict COMMAND       e.g. "python predict.py model.pkl {input} {output}"; {input} and
                          {output} are replaced as whole arguments
  --task T                binary, multiclass or regression (default: from the label, as
                          scikit-learn's type_of_target, and the command's output)
  --metric NAME           any metric evaluate computes (default roc_auc, accuracy or rmse by
                          task; accuracy for binary without a score column)
  --repeats N             permutations per feature (default 5)
  --seed N                seed of the permutations and the sample (default 20240101)
  --features A,B,...      the columns to permute, repeatable (default: all but the label);
                          the command always gets every column but the label
  --max-rows N            explain on a seeded sample of N rows (default: all)
  --max-batch-rows N      rows per call of the command at most, in whole copies of the data
                          (default 500000)
  --pos-label V           binary positive class (default 1, the greater number, or true)
  --threshold X           binary: predicted positive iff score > X (default 0.5)
  --timeout D             time limit of each call, e.g. 90s, 30m, 2h (default none)
  --out FILE              the explanation JSON (default mlops-out/explanation.json)
  --delimiter C           CSV delimiter of --data (default "," and tab for .tsv)
  --format text|json      output on stdout (default text; json prints the explanation)
  -h, --help              show this help

The command's own output goes to stderr. Exit codes: 0 ok, 2 bad usage or bad input (including
a predict command that fails or writes the wrong rows).
`;
const options = {
    data: { type: 'string' },
    label: { type: 'string' },
    predict: { type: 'string' },
    task: { type: 'string' },
    metric: { type: 'string' },
    repeats: { type: 'string' },
    seed: { type: 'string' },
    features: { type: 'string', multiple: true },
    'max-rows': { type: 'string' },
    'max-batch-rows': { type: 'string' },
    'pos-label': { type: 'string' },
    threshold: { type: 'string' },
    timeout: { type: 'string' },
    out: { type: 'string', short: 'o' },
    delimiter: { type: 'string' },
    format: { type: 'string' },
};
function numberOption(value, flag) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const x = Number(value);
    if (!Number.isFinite(x))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--${flag} must be a number (got ${JSON.stringify(value)})`);
    return x;
}
const explainCommand = {
    name: 'explain',
    summary: 'Permutation feature importance through your own predict command',
    usage,
    async run(argv, io) {
        const { values } = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommandArgs */ .Qx)(argv, options, usage);
        const data = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .requireOption */ .Ve)(values.data, 'data', usage);
        const label = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .requireOption */ .Ve)(values.label, 'label', usage);
        const predictLine = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .requireOption */ .Ve)(values.predict, 'predict', usage);
        const format = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .choiceOption */ .zu)(values.format, 'format', ['text', 'json'], 'text', usage);
        const task = values.task === undefined ? undefined : (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .choiceOption */ .zu)(values.task, 'task', ['binary', 'multiclass', 'regression'], 'binary', usage);
        // Loaded on demand: other commands should not pay for the metrics code at start-up.
        const { splitCommandWords } = await __webpack_require__.e(/* import() */ 311).then(__webpack_require__.bind(__webpack_require__, 311));
        const { parseTimeoutDuration } = await __webpack_require__.e(/* import() */ 8536).then(__webpack_require__.bind(__webpack_require__, 8536));
        const { explain } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(7248), __webpack_require__.e(9712), __webpack_require__.e(7009), __webpack_require__.e(7855), __webpack_require__.e(2936), __webpack_require__.e(5170), __webpack_require__.e(950), __webpack_require__.e(6186)]).then(__webpack_require__.bind(__webpack_require__, 6850));
        const { renderExplanationText } = await __webpack_require__.e(/* import() */ 2201).then(__webpack_require__.bind(__webpack_require__, 2201));
        const toStderr = (chunk) => io.stderr(chunk.toString('utf8'));
        const result = await explain({
            data,
            label,
            predict: splitCommandWords(predictLine, '--predict'),
            task,
            metric: values.metric,
            repeats: numberOption(values.repeats, 'repeats'),
            seed: numberOption(values.seed, 'seed'),
            features: values.features?.flatMap((f) => (0,_runtime_list_input_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .r)(f)),
            maxRows: numberOption(values['max-rows'], 'max-rows'),
            maxBatchRows: numberOption(values['max-batch-rows'], 'max-batch-rows'),
            posLabel: values['pos-label'],
            threshold: numberOption(values.threshold, 'threshold'),
            timeoutMs: values.timeout === undefined ? undefined : parseTimeoutDuration(values.timeout),
            out: values.out ?? 'mlops-out/explanation.json',
            delimiter: (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDelimiter */ .DZ)(values.delimiter),
            env: io.env,
        }, { stdout: toStderr, stderr: toStderr, log: (line) => io.stderr(`${line}\n`) });
        if (format === 'json')
            io.stdout(`${JSON.stringify(result.explanation, null, 2)}\n`);
        else {
            io.stdout(renderExplanationText(result.explanation));
            if (result.path)
                io.stdout(`wrote explanation: ${result.path}\n`);
        }
        return _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
    },
};


/***/ }),

/***/ 7222:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ splitList)
/* harmony export */ });
/** A comma- or newline-separated list (action inputs), trimmed, empty items dropped. */
function splitList(value) {
    return (value ?? '')
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}


/***/ })

};
