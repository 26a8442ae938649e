export const id = 8757;
export const ids = [8757];
export const modules = {

/***/ 8757:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   doctorCommand: () => (/* binding */ doctorCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6429);
/** `mlops doctor`: check a repository's mlops-actions setup (shared/doctor/doctor.ts), or play its PR report (--run). */


const usage = `Usage: mlops doctor [--dir DIR] [--format text|json]
       mlops doctor --run [--dir DIR] [--workflow FILE] [--baseline auto|production|previous|none|FILE]
                    [--out-dir DIR] [--registry DIR]

Check a repository's mlops-actions setup, offline, and say what to fix:
  - mlops.yaml exists and is valid;
  - the workflows in .github/workflows/ parse, call our actions and reusable workflows with inputs
    they declare, and grant the permissions they need;
  - evaluate's columns (label, score, prediction, slice, id) are in the predictions file, when it
    exists locally;
  - promotions run in valid environments, production behind require-approval;
  - the secrets and variables the workflows read (listed: GitHub's settings cannot be read offline),
    and the drift sources' secret_env names reach the drift job; drift sources that match no file;
  - each model has what its steps read from mlops.yaml (gate rules, model card text, drift sources).

With --run, then play the PR report before pushing: the pull_request workflows' validate-data,
train and evaluate steps run with the with: values the workflows pass, through the actions' own
bundles, in this folder (their outputs land where the workflows say, as on the runner), and the
evaluation is compared with a local baseline under mlops.yaml's gate. The comment, job summary and
check run the PR would get are written under --out-dir; nothing is posted.
See docs/doctor.md.

Options:
  --dir DIR            the repository's root (default: the current folder)
  --format text|json   text for people (default), or json (mlops-actions/doctor@1)
  --run                play the PR report as described above
  --workflow FILE      with --run: play this workflow (default: those on pull_request)
  --baseline B         with --run: auto (default: the local registry's production version, else
                       the last passing doctor --run), production, previous, none, or a report FILE
  --out-dir DIR        with --run: where the comment, summary, check run and step logs go
                       (default mlops-out/doctor, relative to --dir)
  --registry DIR       with --run: the local registry (default .mlops/registry, relative to --dir)
  -h, --help           show this help

Exit codes: 0 no errors (warnings alone pass) and, with --run, the PR jobs would pass; 1 an error
was found or a played step or the gate would fail; 2 bad usage.
`;
const options = {
    dir: { type: 'string' },
    format: { type: 'string' },
    run: { type: 'boolean' },
    workflow: { type: 'string' },
    baseline: { type: 'string' },
    'out-dir': { type: 'string' },
    registry: { type: 'string' },
};
const doctorCommand = {
    name: 'doctor',
    summary: "Check a repository's mlops-actions setup and say what to fix; --run plays the PR report locally",
    usage,
    async run(argv, io) {
        const { values } = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)(argv, options, usage);
        const format = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .choiceOption */ .zu)(values.format, 'format', ['text', 'json'], 'text', usage);
        if (!values.run) {
            const runOnly = ['workflow', 'baseline', 'out-dir', 'registry'].find((f) => values[f] !== undefined);
            if (runOnly)
                throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandUsageError */ .nT(`--${runOnly} goes with --run`, usage);
        }
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(values.dir ?? '.');
        const { runDoctor, renderDoctorText, doctorExitCode } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(9712), __webpack_require__.e(7009), __webpack_require__.e(7855), __webpack_require__.e(3744), __webpack_require__.e(3049)]).then(__webpack_require__.bind(__webpack_require__, 9044));
        const report = await runDoctor({ dir });
        const staticExit = doctorExitCode(report);
        if (!values.run) {
            io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderDoctorText(report));
            return staticExit;
        }
        // --run: the static checks first (their text on stderr, so stdout is the play), then the play.
        const { playWorkflows, renderPlayText } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(7009), __webpack_require__.e(7855), __webpack_require__.e(8737), __webpack_require__.e(7700), __webpack_require__.e(9224), __webpack_require__.e(3744), __webpack_require__.e(6064)]).then(__webpack_require__.bind(__webpack_require__, 6064));
        const { readWorkflows } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(9712), __webpack_require__.e(7009), __webpack_require__.e(7855), __webpack_require__.e(3744), __webpack_require__.e(3049)]).then(__webpack_require__.bind(__webpack_require__, 9044));
        const { ownFilesAt } = await Promise.all(/* import() */[__webpack_require__.e(9171), __webpack_require__.e(956)]).then(__webpack_require__.bind(__webpack_require__, 956));
        const { packageRoot } = await __webpack_require__.e(/* import() */ 1692).then(__webpack_require__.bind(__webpack_require__, 1692));
        if (format === 'text')
            io.stderr(renderDoctorText(report));
        const baselineArg = values.baseline ?? 'auto';
        const baseline = ['auto', 'production', 'previous', 'none'].find((b) => b === baselineArg) ?? { file: baselineArg };
        const { sources } = await readWorkflows(dir);
        const root = packageRoot();
        const result = await playWorkflows({
            dir,
            sources,
            own: ownFilesAt(root),
            packageRoot: root,
            outDir: values['out-dir'] ?? 'mlops-out/doctor',
            workflow: values.workflow,
            baseline,
            registry: values.registry,
            log: (line) => io.stderr(`${line}\n`),
        });
        io.stdout(format === 'json' ? `${JSON.stringify({ doctor: report, play: result }, null, 2)}\n` : renderPlayText(result));
        return result.exitCode !== 0 || staticExit !== 0 ? 1 : 0;
    },
};


/***/ })

};
