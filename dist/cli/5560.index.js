export const id = 5560;
export const ids = [5560,1692];
export const modules = {

/***/ 5560:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   initCommand: () => (/* binding */ initCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6429);
/* harmony import */ var _runtime_published_coordinates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8231);
/** `mlops init`: mlops.yaml, a data contract and the starter workflows, written into a repository. */



const DEFAULT_USES = (0,_runtime_published_coordinates_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCoordinates */ .NC)((0,_runtime_published_coordinates_js__WEBPACK_IMPORTED_MODULE_2__/* .publishedCoordinates */ .kB)());
const usage = `Usage: mlops init --model NAME --data FILE --train "CMD" --task TASK --label COL
                  (--score COL and/or --prediction COL) [options]

Set up a repository for mlops-actions: write mlops.yaml (gate rules, model card, drift check), a
data contract inferred from the training data, and the starter workflows in .github/workflows/
(pr-report, pr-comment, release, promote, drift-check), pinned to ${DEFAULT_USES}.
Nothing that exists is overwritten without --force; when any file would be, nothing at all is
written. init asks no questions: every value comes from a flag, and a missing one is an error
naming it.

Paths are relative to the repository root (--dir), as the workflows will see them. The columns
--label, --score, --prediction and --slice are the predictions file's, the one training writes and
the evaluate step reads; --target is the training data's.

Options:
  --model NAME          the model's name: lowercase letters, digits, hyphens    (required)
  --data FILE           the training data (CSV, TSV, JSON Lines, Parquet)       (required)
  --train "CMD"         the training command, e.g. "python train.py -e 3"       (required)
                        split into words like sh, but run without a shell: quote
                        $, *, |, && and the like, or put them in a script
  --task TASK           binary, multiclass or regression                        (required)
  --label COL           the label column of the predictions file                (required)
  --score COL           its score (probability) column(s), comma-separated      (--score and/or
  --prediction COL      its predicted-label (or, for regression, value) column   --prediction)
  --slice COL           its column(s) to report metrics per value of
  --predictions FILE    the predictions file training writes (default out/predictions.csv)
  --target COL          the training data's target column, which the drift check leaves out
                        (production data has no label yet); default --label when the data has
                        a column of that name
  --model-files PATH    the model's files, a folder ending in / (repeatable; default the
                        predictions file's folder)
  --params FILE         the hyper-parameter file (YAML or JSON)
  --contract FILE       where to write the contract (default contracts/<data file's name>.yaml)
  --requirements FILE   what the runner pip-installs before training: a requirements file or
                        pyproject.toml (default: requirements.txt or pyproject.toml when found)
  --python-version VER  the runner's Python (actions/setup-python; default 3.12 with pip files)
  --setup "CMD"         a shell command the runner runs before training (default with
                        environment.yml: a conda environment from it)
  --predict "CMD"       the predict command for the explain step (What the model relies on),
                        with {input} and {output} as whole arguments, e.g.
                        "python predict.py out/model.pkl {input} {output}"; with --explain-data
  --explain-data FILE   the rows explain permutes: features and the label (e.g. a hold-out set);
                        its label column is --target when given, else --label
  --uses OWNER/REPO@REF where the workflows get mlops-actions (default ${DEFAULT_USES})
  --dir DIR             the repository's root (default the current folder)
  --force               overwrite files that exist
  --dry-run             check everything and list the files, write nothing
  -h, --help            show this help

Exit codes: 0 written (or, with --dry-run, would be), 2 bad usage or input, or files exist
without --force (nothing written).
`;
const options = {
    model: { type: 'string' },
    data: { type: 'string' },
    train: { type: 'string' },
    task: { type: 'string' },
    label: { type: 'string' },
    score: { type: 'string' },
    prediction: { type: 'string' },
    slice: { type: 'string' },
    predictions: { type: 'string' },
    'model-files': { type: 'string', multiple: true },
    params: { type: 'string' },
    contract: { type: 'string' },
    target: { type: 'string' },
    requirements: { type: 'string' },
    'python-version': { type: 'string' },
    setup: { type: 'string' },
    predict: { type: 'string' },
    'explain-data': { type: 'string' },
    uses: { type: 'string' },
    dir: { type: 'string' },
    force: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
};
/** `text` wrapped at 100 columns, the first line after `first`, the others after `rest`. */
function wrap(text, first, rest) {
    const lines = [];
    let line = first;
    for (const word of text.split(' ')) {
        if (line.trim() !== '' && line.length + 1 + word.length > 100) {
            lines.push(line);
            line = rest + word;
        }
        else
            line += (line.trim() === '' ? '' : ' ') + word;
    }
    lines.push(line);
    return lines.map((l) => `${l}\n`).join('');
}
const initCommand = {
    name: 'init',
    summary: 'Write mlops.yaml, a data contract and the starter workflows into a repository',
    usage,
    async run(argv, io) {
        const { values } = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)(argv, options, usage);
        const model = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)(values.model, 'model', usage);
        const data = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)(values.data, 'data', usage);
        const train = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)(values.train, 'train', usage);
        // Loaded on demand: init's values bring the yaml library, which other commands should not pay for at start-up.
        const { TASKS } = await Promise.all(/* import() */[__webpack_require__.e(9171), __webpack_require__.e(1598)]).then(__webpack_require__.bind(__webpack_require__, 1598));
        const task = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .choiceOption */ .zu)((0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)(values.task, 'task', usage), 'task', TASKS, 'binary', usage);
        const label = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)(values.label, 'label', usage);
        const dir = values.dir ?? '.';
        const dryRun = values['dry-run'] === true;
        const { initProject } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(980), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(7009), __webpack_require__.e(7855), __webpack_require__.e(3473), __webpack_require__.e(3865), __webpack_require__.e(7487), __webpack_require__.e(1598), __webpack_require__.e(4533), __webpack_require__.e(9196)]).then(__webpack_require__.bind(__webpack_require__, 9196));
        const result = await initProject({
            dir,
            model,
            data,
            train,
            task,
            label,
            score: values.score,
            prediction: values.prediction,
            slice: values.slice,
            predictions: values.predictions,
            modelFiles: values['model-files'],
            params: values.params,
            contract: values.contract,
            target: values.target,
            requirements: values.requirements,
            pythonVersion: values['python-version'],
            setup: values.setup,
            predict: values.predict,
            explainData: values['explain-data'],
            uses: values.uses,
            force: values.force === true,
            dryRun,
        });
        const shown = (p) => (dir === '.' ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, p));
        for (const f of result.files) {
            const verb = dryRun ? (f.status === 'new' ? 'would write' : 'would overwrite') : f.status === 'new' ? 'wrote' : 'overwrote';
            io.stdout(`${verb} ${shown(f.path)}\n`);
        }
        io.stdout(`\n(the contract describes ${result.rows} rows of ${data})\n`);
        for (const note of result.notes)
            io.stdout(`\n${wrap(note, '', '').trimEnd()}\n`);
        io.stdout(`\nNext steps:\n${result.nextSteps.map((s, i) => wrap(`${i + 1}. ${s}`, '  ', '     ')).join('')}`);
        if (dryRun)
            io.stdout('\nNothing was written (--dry-run).\n');
        return 0;
    },
};


/***/ }),

/***/ 1692:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packageRoot: () => (/* binding */ packageRoot)
/* harmony export */ });
/* unused harmony exports PACKAGE_NAME, findPackageRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Where mlops-actions' own files are at run time: its action.yml files, reusable workflows and
 * action-templates/, which `mlops doctor` and `mlops new-action` read. The same code runs from
 * source (shared/runtime/ under tsx and vitest), from the CLI bundle (dist/cli/index.js) and from an
 * install of the package (node_modules/mlops-actions/...), so the folder is found by walking up
 * from this module to the package.json named mlops-actions rather than by a fixed `../..`.
 */



const PACKAGE_NAME = 'mlops-actions';
let cached;
/** The package's root folder, or undefined when this module is not inside the package. */
function findPackageRoot(start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))) {
    let dir = start;
    for (let i = 0; i < 8; i++) {
        const manifest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest)) {
            try {
                if (JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, 'utf8')).name === PACKAGE_NAME)
                    return dir;
            }
            catch {
                // ncc writes a bare {"type":"module"} next to each bundle; anything unreadable is not ours either.
            }
        }
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (up === dir)
            break;
        dir = up;
    }
    return undefined;
}
/** The package's root folder; throws when the package is incomplete (a bundle copied on its own). */
function packageRoot() {
    cached ??= findPackageRoot();
    if (!cached)
        throw new Error(`cannot find the ${PACKAGE_NAME} package folder above ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))}`);
    return cached;
}


/***/ }),

/***/ 8231:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NC: () => (/* binding */ formatCoordinates),
/* harmony export */   jW: () => (/* binding */ parseCoordinates),
/* harmony export */   kB: () => (/* binding */ publishedCoordinates)
/* harmony export */ });
/* unused harmony exports repositoryOf, majorTagOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9980);
/* harmony import */ var _package_root_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1692);
/**
 * Where teams get mlops-actions from: the GitHub repository and the ref every `uses:` line, schema URL
 * and scaffold dependency points at (`mlops-actions/mlops-actions` and `v1`). The one source is our
 * package.json: its `repository` field names the repository and the major of its `version` is the tag
 * the release workflow (.github/workflows/release-actions.yml) moves, so a release of 2.0.0 makes
 * `v2` the default everywhere, and `mlops init --uses` / `mlops new-action --uses` override both
 * (a fork, a release tag such as v1.2.0, a commit SHA).
 */




// GitHub's rules: an owner is letters, digits and single hyphens; a repository name also takes `.` and `_`.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
// A git ref as `uses:` and npm's `#ref` take it: no spaces, no `..`, none of ~^:?*[\ and not ending in `/` or `.lock`.
const REF = /^(?!.*\.\.)(?!.*\/\/)(?!\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._\/-]{1,200}$/;
function isRepository(s) {
    const [owner, repo, ...rest] = s.split('/');
    return rest.length === 0 && owner !== undefined && repo !== undefined && OWNER.test(owner) && REPO.test(repo) && repo !== '.' && repo !== '..';
}
/**
 * `owner/repo` from package.json's `repository`: `github:owner/repo`, `owner/repo`, or
 * `{ "url": "git+https://github.com/owner/repo.git" }` (what `npm pkg fix` writes).
 */
function repositoryOf(field) {
    const text = typeof field === 'string' ? field : field !== null && typeof field === 'object' ? field.url : undefined;
    if (typeof text !== 'string')
        return undefined;
    const m = /^(?:github:|(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com\/|git@github\.com:)?([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(text.trim());
    return m && isRepository(m[1]) ? m[1] : undefined;
}
/** `v<major>` of a semver version: 1.4.2 → v1. */
function majorTagOf(version) {
    const m = typeof version === 'string' ? /^(\d+)\.\d+\.\d+(?:[-+].*)?$/.exec(version) : null;
    return m ? `v${Number(m[1])}` : undefined;
}
/** The coordinates package.json names: its repository at `v<major of version>`. Throws on a broken manifest (our bug). */
function publishedCoordinates(manifest = ownManifest()) {
    const repository = repositoryOf(manifest.repository);
    const ref = majorTagOf(manifest.version);
    if (!repository || !ref)
        throw new Error(`package.json needs a GitHub "repository" and a semver "version" (got ${JSON.stringify(manifest.repository)}, ${JSON.stringify(manifest.version)})`);
    return { repository, ref };
}
function ownManifest() {
    return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_package_root_js__WEBPACK_IMPORTED_MODULE_3__.packageRoot)(), 'package.json'), 'utf8'));
}
/** `OWNER/REPO@REF` as a person types it after `--uses`; UsageError naming the flag otherwise. */
function parseCoordinates(text, flag = '--uses') {
    const at = text.lastIndexOf('@');
    const repository = at < 0 ? text : text.slice(0, at);
    const ref = at < 0 ? '' : text.slice(at + 1);
    if (!isRepository(repository) || !REF.test(ref)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${flag} ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)} is not OWNER/REPO@REF`, {
            hint: `e.g. ${flag} ${formatCoordinates(publishedCoordinates())} (the default), ${flag} my-org/mlops-actions@v1 (a fork), or a release tag (@v1.2.0) or commit SHA as the ref`,
        });
    }
    return { repository, ref };
}
const formatCoordinates = (c) => `${c.repository}@${c.ref}`;


/***/ })

};
