export const id = 1598;
export const ids = [1598,311];
export const modules = {

/***/ 1598:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TASKS: () => (/* binding */ TASKS),
  fj: () => (/* binding */ initValues)
});

// UNUSED EXPORTS: DEFAULT_PREDICTIONS, commandJson, coveredBy, repoPath

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/registry/tag.ts
var tag = __webpack_require__(7170);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
;// CONCATENATED MODULE: ../../../../shared/init/shell-words.ts
/**
 * A command line as a person types it (`python train.py --epochs 3 --name 'my run'`) split into the
 * argument list the train step runs without a shell, the way POSIX sh splits words: blanks separate
 * words, '…' is literal, "…" is literal except for \" \\ \$ \` and a backslash-newline, and a
 * backslash outside quotes makes the next character literal.
 *
 * Nothing is expanded, because no shell will run it. So what a shell would have expanded or treated
 * as an operator is refused unless quoted (`$HOME`, `$(…)`, backticks, globs, `~`, `|`, `&&`, `;`,
 * `>`, a `#` comment): quietly passing `&&` to the training program as an argument, or `*.csv`
 * unexpanded, would train something else than the person meant. Quoted, such text is an argument
 * like any other ('$(rm -rf /)' is those eleven characters).
 */

const BLANK = new Set([' ', '\t', '\n']);
/** Characters sh gives a meaning to outside quotes (operators, expansions, globs, brace expansion). */
const SPECIAL = new Set(['|', '&', ';', '<', '>', '(', ')', '$', '`', '*', '?', '[', ']', '{', '}']);
/** Special only at the start of a word: `~` (home directory), `#` (a comment). */
const SPECIAL_AT_START = new Set(['~', '#']);
/** What a backslash escapes inside double quotes; before anything else it stays a backslash. */
const DOUBLE_QUOTE_ESCAPES = new Set(['$', '`', '"', '\\', '\n']);
const HINT = 'the command runs without a shell: quote such characters to pass them as they are, or put a pipeline or variables in a script (e.g. train.sh) and run that';
/** Splits `line` into words like sh does, with no expansions. Throws UsageError naming `what` (the flag). */
function splitShellWords(line, what = 'the command') {
    const words = [];
    let word = '';
    let inWord = false;
    let i = 0;
    const fail = (message, hint = HINT) => {
        throw new errors/* UsageError */.eb(`${what}: ${message} at character ${i + 1} of ${JSON.stringify(line)}`, { hint });
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
            // A backslash-newline joins lines, as in sh.
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
    if (words.length === 0)
        throw new errors/* UsageError */.eb(`${what} is empty`, { hint: 'give the training command, e.g. --train "python train.py"' });
    return words;
}

// EXTERNAL MODULE: ../../../../shared/model/predict-command.ts
var predict_command = __webpack_require__(311);
// EXTERNAL MODULE: ../../../../shared/init/yaml-value.ts
var yaml_value = __webpack_require__(9756);
// EXTERNAL MODULE: ../../../../shared/init/starter-files.ts
var starter_files = __webpack_require__(3438);
// EXTERNAL MODULE: ../../../../shared/runtime/published-coordinates.ts
var published_coordinates = __webpack_require__(8231);
;// CONCATENATED MODULE: ../../../../shared/init/runner-dependencies.ts
/**
 * What the runner must install before the training command can run, as the reusable workflows'
 * inputs `python-version`, `requirements` and `setup` (docs/init.md, "Dependencies on the runner").
 * A fresh ubuntu-latest runner has a Python whose pip refuses to install into it (PEP 668, "externally
 * managed"), so pip installs always come with actions/setup-python's Python; conda uses the Miniconda
 * the image ships at $CONDA. Found in the repository in this order, the first one wins:
 *
 *   requirements.txt   python-version 3.12, requirements: requirements.txt (pip install -r, pip cache)
 *   pyproject.toml     python-version 3.12, requirements: pyproject.toml (the workflow installs its
 *                      [project] dependencies; `pip install .` would fail on the usual ML repository,
 *                      whose data/ and train.py make setuptools' flat-layout discovery refuse it)
 *   environment.yml    setup: a conda environment from it, put first on PATH for the later steps
 *
 * Flags win over what is found (--python-version, --requirements, --setup).
 */


const DEFAULT_PYTHON_VERSION = '3.12';
/** The conda set-up for environment.yml: an environment under RUNNER_TEMP, first on PATH for the steps after it. */
const condaSetup = (file) => `"$CONDA/bin/conda" env create --prefix "$RUNNER_TEMP/mlops-conda-env" --file ${shellQuoted(file)} && echo "$RUNNER_TEMP/mlops-conda-env/bin" >> "$GITHUB_PATH"`;
/** A word sh reads as itself: plain when it is only safe characters, else in single quotes. */
function shellQuoted(word) {
    return /^[A-Za-z0-9_./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function checkFlag(flag, value) {
    if (value.trim() === '')
        throw new errors/* UsageError */.eb(`--${flag} is empty`);
    const why = (0,yaml_value/* unsafeValueReason */.Om)(value);
    if (why)
        throw new errors/* UsageError */.eb(`--${flag} ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)} ${why}`);
    return value;
}
/**
 * The dependency inputs for a repository: flags first, else the first dependency file found.
 * `requirements` (a flag) is a repository path already checked to be inside it.
 */
function runnerDependencies(flags, isFile) {
    const given = flags.pythonVersion !== undefined || flags.requirements !== undefined || flags.setup !== undefined;
    if (given) {
        const requirements = flags.requirements ?? '';
        if (requirements !== '' && !isFile(requirements)) {
            throw new errors/* UsageError */.eb(`--requirements ${JSON.stringify(requirements)} is not a file in the repository`, { hint: 'give the requirements file (pip install -r) or pyproject.toml, relative to the repository root' });
        }
        const pythonVersion = flags.pythonVersion === undefined ? (requirements !== '' ? DEFAULT_PYTHON_VERSION : '') : checkFlag('python-version', flags.pythonVersion);
        if (pythonVersion !== '' && !/^[A-Za-z0-9][A-Za-z0-9.*+~-]*$/.test(pythonVersion)) {
            throw new errors/* UsageError */.eb(`--python-version ${JSON.stringify(pythonVersion)} is not a version`, { hint: 'e.g. --python-version 3.12 (what actions/setup-python takes)' });
        }
        const setup = flags.setup === undefined ? '' : checkFlag('setup', flags.setup);
        return { pythonVersion, requirements, setup, trainInputs: [], foundIn: 'flags' };
    }
    if (isFile('requirements.txt'))
        return { pythonVersion: DEFAULT_PYTHON_VERSION, requirements: 'requirements.txt', setup: '', trainInputs: [], foundIn: 'requirements.txt' };
    if (isFile('pyproject.toml'))
        return { pythonVersion: DEFAULT_PYTHON_VERSION, requirements: 'pyproject.toml', setup: '', trainInputs: [], foundIn: 'pyproject.toml' };
    for (const file of ['environment.yml', 'environment.yaml']) {
        if (isFile(file))
            return { pythonVersion: '', requirements: '', setup: condaSetup(file), trainInputs: [file], foundIn: file };
    }
    return { pythonVersion: '', requirements: '', setup: '', trainInputs: [] };
}

;// CONCATENATED MODULE: ../../../../shared/init/init-values.ts
/**
 * From `mlops init`'s flags to the values of the templates' placeholders: paths made relative to
 * the repository (with `/`, as the workflows see them), the training command as the JSON argument
 * list the train step takes, and what follows from them (the files training reads and writes, the
 * paths a release is started by, the gate metric for the task). Every value a person typed is
 * checked here, with the flag's name in the message, before any template sees it.
 */









const TASKS = ['binary', 'multiclass', 'regression'];
const DEFAULT_PREDICTIONS = 'out/predictions.csv';
/** A column list as the evaluate step splits it (commas or line breaks). */
const columnList = (value) => value.split(/[,\n]/).map((s) => s.trim()).filter((s) => s !== '');
/**
 * The evaluate step reads the predictions file with --label and --score and/or --prediction; what
 * it would refuse at run time in CI is refused here, naming init's flag, with an example.
 */
function checkEvaluateColumns(task, score, prediction) {
    const scores = columnList(score);
    if (task === 'regression') {
        if (scores.length > 0)
            throw new errors/* UsageError */.eb('--score is for classification: a regression is evaluated on --prediction, the predicted value', { hint: 'drop --score and give --prediction COL, e.g. --prediction prediction' });
        if (prediction === '')
            throw new errors/* UsageError */.eb('missing --prediction: the evaluate step reads the predicted value of a regression from the predictions file', { hint: 'e.g. --prediction prediction (the column of the predictions file training writes)' });
        return;
    }
    if (scores.length === 0 && prediction === '') {
        throw new errors/* UsageError */.eb('missing --score or --prediction: the evaluate step reads the predictions file\'s score (probability) column and/or its predicted-label column', {
            hint: task === 'binary' ? 'e.g. --score score (P(positive class)) and/or --prediction prediction' : 'e.g. --prediction prediction, or one --score column per class: --score p_cat,p_dog,p_bird',
        });
    }
    if (task === 'multiclass' && scores.length === 1)
        throw new errors/* UsageError */.eb('--score: a multiclass evaluation needs one score column per class (comma-separated), or only --prediction', { hint: 'e.g. --score p_cat,p_dog,p_bird' });
    if (task === 'binary' && scores.length > 2)
        throw new errors/* UsageError */.eb(`--score: binary takes one score column (P(positive)) or two (one per class), got ${scores.length}`);
}
function checkText(flag, value) {
    if (value === '')
        throw new errors/* UsageError */.eb(`--${flag} is empty`);
    const why = (0,yaml_value/* unsafeValueReason */.Om)(value);
    if (why)
        throw new errors/* UsageError */.eb(`--${flag} ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)} ${why}`);
    return value;
}
/** `p` relative to the repository root with `/` separators; refuses paths outside it. */
function repoPath(dir, p, flag) {
    checkText(flag, p);
    if (/[\n\t]/.test(p))
        throw new errors/* UsageError */.eb(`--${flag} ${JSON.stringify(p)} contains a tab or a line break`);
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(dir), (0,external_node_path_.resolve)(dir, p));
    if (rel === '' || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel)) {
        throw new errors/* UsageError */.eb(`--${flag} ${JSON.stringify(p)} is not a file inside the repository ${JSON.stringify(dir)}`, {
            hint: 'give a path relative to the repository root (--dir), as the workflows will see it',
        });
    }
    return rel.split(external_node_path_.sep).join('/');
}
const folderOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
/** `data/train.csv.gz` → `.csv.gz`; no extension → ''. A leading dot (`.env`) is not an extension. */
function extensionOf(p) {
    const base = p.slice(p.lastIndexOf('/') + 1);
    const dot = base.indexOf('.', 1);
    return dot < 0 ? '' : base.slice(dot);
}
function stemOf(p) {
    const base = p.slice(p.lastIndexOf('/') + 1);
    const ext = extensionOf(p);
    return ext ? base.slice(0, -ext.length) : base;
}
/** Whether `glob` is one of `paths` or under one of them that ends in `/**` (GitHub's `paths:` filter). */
function coveredBy(paths, glob) {
    return paths.some((p) => p === glob || (p.endsWith('/**') && glob.startsWith(p.slice(0, -2))));
}
/** The gate rule's metric: one every report of the task has (roc_auc needs scores). */
function gateMetric(task, score) {
    if (task === 'regression')
        return 'r2';
    return task === 'binary' && score ? 'roc_auc' : 'accuracy';
}
/** The JSON argument list the train step takes, spaced as people write it: ["python", "train.py"]. */
function commandJson(args) {
    return `[${args.map((a) => JSON.stringify(a)).join(', ')}]`;
}
function initValues(o, facts) {
    const model = (0,tag/* validateModelName */.HW)(o.model);
    const data = repoPath(o.dir, o.data, 'data');
    const ext = extensionOf(data);
    const contract = o.contract === undefined ? `contracts/${stemOf(data)}.yaml` : repoPath(o.dir, o.contract, 'contract');
    const predictions = repoPath(o.dir, o.predictions ?? DEFAULT_PREDICTIONS, 'predictions');
    const params = o.params === undefined ? undefined : repoPath(o.dir, o.params, 'params');
    const label = checkText('label', o.label);
    const score = o.score === undefined ? '' : checkText('score', o.score);
    const prediction = o.prediction === undefined ? '' : checkText('prediction', o.prediction);
    const slice = o.slice === undefined ? '' : checkText('slice', o.slice);
    checkEvaluateColumns(o.task, score, prediction);
    const target = o.target === undefined ? { column: label, given: false } : { column: checkText('target', o.target), given: true };
    const coordinates = o.uses === undefined ? starter_files/* TEMPLATE_COORDINATES */.VF : (0,published_coordinates/* parseCoordinates */.jW)(o.uses);
    const dependencies = runnerDependencies({ pythonVersion: o.pythonVersion, requirements: o.requirements === undefined ? undefined : repoPath(o.dir, o.requirements, 'requirements'), setup: o.setup }, facts.isFile);
    const explain = explainValues(o, label, facts);
    const command = splitShellWords(o.train, '--train');
    for (const arg of command) {
        const why = (0,yaml_value/* unsafeValueReason */.Om)(arg);
        if (why)
            throw new errors/* UsageError */.eb(`--train: the argument ${JSON.stringify(arg.length > 60 ? `${arg.slice(0, 60)}…` : arg)} ${why}`);
    }
    let modelFiles = (o.modelFiles ?? []).map((f) => repoPath(o.dir, f, 'model-files') + (f.endsWith('/') ? '/' : ''));
    if (modelFiles.length === 0) {
        const folder = folderOf(predictions);
        if (folder === '')
            throw new errors/* UsageError */.eb('give --model-files: the predictions file is at the repository root, so its folder cannot be the model', { hint: 'e.g. --model-files out/model.pkl' });
        modelFiles = [`${folder}/`];
    }
    // What training reads: the data's folder (files like it), the files the command names, the params.
    const dataFolder = folderOf(data);
    const dataGlob = dataFolder === '' ? data : `${dataFolder}/*${ext}`;
    const commandFiles = [];
    for (const arg of command) {
        if (arg.startsWith('-') || (0,external_node_path_.isAbsolute)(arg))
            continue;
        let p;
        try {
            p = repoPath(o.dir, arg, 'train');
        }
        catch {
            continue;
        }
        if (facts.isFile(p))
            commandFiles.push(p);
    }
    // The requirements file the workflow adds to the key itself; a set-up's file (environment.yml) is ours to add.
    const trainInputs = unique([dataGlob, ...commandFiles, ...(params ? [params] : []), ...dependencies.trainInputs]);
    // What it writes: the model's files (a folder: all of it) and the predictions.
    const outputs = modelFiles.map((f) => (f.endsWith('/') ? `${f}**` : f));
    const trainOutputs = unique(coveredBy(outputs, predictions) ? outputs : [...outputs, predictions]);
    // A release starts when what the model is built from changes: a superset of the training inputs.
    const contractFolder = folderOf(contract);
    const folders = [dataFolder === '' ? data : `${dataFolder}/**`, contractFolder === '' ? contract : `${contractFolder}/**`];
    const releasePaths = unique([
        ...folders,
        ...trainInputs.filter((g) => !coveredBy(folders, g)),
        'requirements*.txt',
        ...(dependencies.requirements !== '' && !coveredBy(folders, dependencies.requirements) && !/^requirements[^/]*\.txt$/.test(dependencies.requirements) ? [dependencies.requirements] : []),
        'mlops.yaml',
        (0,starter_files/* workflowTarget */.bl)('release'),
    ]);
    const values = {
        model,
        data,
        contract,
        command: commandJson(command),
        params_file: params ?? '',
        train_inputs: new yaml_value/* TextLines */.rT(trainInputs),
        train_outputs: new yaml_value/* TextLines */.rT(trainOutputs),
        model_files: new yaml_value/* TextLines */.rT(modelFiles),
        predictions,
        task: o.task,
        label,
        score,
        prediction,
        slice,
        release_paths: releasePaths,
        gate_metric: gateMetric(o.task, o.score),
        production_data: `prod/*${ext}`,
        python_version: dependencies.pythonVersion,
        requirements: dependencies.requirements,
        setup: dependencies.setup,
        ...explain,
    };
    return { values, data, contract, command, coordinates, dependencies, target };
}
/**
 * The explain step's inputs: --predict and --explain-data both or neither. The command is split and
 * checked as the explain step checks it (words split like sh, run without a shell) and must name
 * {input} and {output} as whole arguments; the data must be a file in the repository. explain-label is the
 * target column when --target names one other than --label (the data file is like the training
 * data), else empty: the workflow then uses label.
 */
function explainValues(o, label, facts) {
    if (o.predict === undefined && o.explainData === undefined)
        return { predict: '', explain_data: '', explain_label: '' };
    const example = '--predict "python predict.py out/model.pkl {input} {output}" --explain-data data/holdout.csv';
    if (o.predict === undefined || o.explainData === undefined) {
        throw new errors/* UsageError */.eb(`${o.predict === undefined ? '--explain-data' : '--predict'} needs ${o.predict === undefined ? '--predict' : '--explain-data'}: the explain step runs the predict command on the rows of the data file`, { hint: `give both, e.g. ${example}, or neither` });
    }
    const predict = checkText('predict', o.predict);
    // Split and checked as the explain step will at run time (braces allowed, the placeholders whole).
    (0,predict_command/* checkPredictArgv */.ur)((0,predict_command.splitCommandWords)(predict, '--predict'), '--predict');
    const explainData = repoPath(o.dir, o.explainData, 'explain-data');
    if (!facts.isFile(explainData)) {
        throw new errors/* UsageError */.eb(`--explain-data ${JSON.stringify(explainData)} is not a file in the repository`, { hint: 'give the data file explain permutes (the features and the label, e.g. a hold-out set), relative to the repository root' });
    }
    const explainLabel = o.target !== undefined && o.target !== label ? checkText('target', o.target) : '';
    return { predict, explain_data: explainData, explain_label: explainLabel };
}
function unique(list) {
    return [...new Set(list)];
}


/***/ }),

/***/ 3438:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KZ: () => (/* binding */ CONFIG_TEMPLATE),
/* harmony export */   T3: () => (/* binding */ contractSchemaUrl),
/* harmony export */   VF: () => (/* binding */ TEMPLATE_COORDINATES),
/* harmony export */   Zc: () => (/* binding */ STARTER_WORKFLOWS),
/* harmony export */   bl: () => (/* binding */ workflowTarget),
/* harmony export */   rC: () => (/* binding */ workflowTemplate),
/* harmony export */   xV: () => (/* binding */ readTemplate)
/* harmony export */ });
/* unused harmony exports MAJOR_VERSION, REPOSITORY, configSchemaUrl, CONFIG_SCHEMA_URL, CONTRACT_SCHEMA_URL, templatesDir */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_package_root_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var _runtime_published_coordinates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8231);
/**
 * What `mlops init` writes, and from which template in action-templates/. The starter workflows are
 * the same files as workflows/ in this repository: those are what the templates render for the
 * example project (action-templates/README.md, "The example values"), which test/init checks byte
 * for byte.
 */




const PUBLISHED = (0,_runtime_published_coordinates_js__WEBPACK_IMPORTED_MODULE_3__/* .publishedCoordinates */ .kB)();
/** The ref users pin by default: `@v1` in the workflows, `/v1/` in the schema URLs (package.json's major). */
const MAJOR_VERSION = PUBLISHED.ref;
/** Our repository on GitHub (package.json's `repository`). */
const REPOSITORY = PUBLISHED.repository;
/** The coordinates the templates in action-templates/ are written with; init points them elsewhere (--uses). */
const TEMPLATE_COORDINATES = PUBLISHED;
/** The JSON Schema of mlops.yaml and of a data contract at `c`, for `# yaml-language-server: $schema=`. */
const configSchemaUrl = (c) => `https://raw.githubusercontent.com/${c.repository}/${c.ref}/schemas/mlops-config.schema.json`;
const contractSchemaUrl = (c) => `https://raw.githubusercontent.com/${c.repository}/${c.ref}/schemas/contract.schema.json`;
const CONFIG_SCHEMA_URL = configSchemaUrl(PUBLISHED);
const CONTRACT_SCHEMA_URL = contractSchemaUrl(PUBLISHED);
/** The starter workflows, by name: action-templates/workflows/<name>.yml → .github/workflows/<name>.yml. */
const STARTER_WORKFLOWS = ['pr-report', 'pr-comment', 'release', 'promote', 'drift-check'];
const CONFIG_TEMPLATE = 'mlops.yaml';
const workflowTemplate = (name) => `workflows/${name}.yml`;
const workflowTarget = (name) => `.github/workflows/${name}.yml`;
/** The action-templates/ folder of this package (from the sources or the CLI bundle alike). */
function templatesDir() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_runtime_package_root_js__WEBPACK_IMPORTED_MODULE_2__.packageRoot)(), 'action-templates');
}
/** The text of a template, by its path under action-templates/. */
async function readTemplate(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(templatesDir(), path), 'utf8');
}


/***/ }),

/***/ 9756:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Om: () => (/* binding */ unsafeValueReason),
/* harmony export */   ae: () => (/* binding */ inlineScalar),
/* harmony export */   nE: () => (/* binding */ blockValue),
/* harmony export */   rT: () => (/* binding */ TextLines)
/* harmony export */ });
/* unused harmony export MAX_VALUE_LENGTH */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9171);
/**
 * Values from the command line (and column names from the user's data), written into YAML files as
 * data. Every value goes through the `yaml` package's stringify, never in raw, and each rendering
 * is read back (as YAML 1.2, and as YAML 1.1, which PyYAML and older tools speak: `on`, `yes` and
 * `y` are booleans there) before it is used, so a value that would be read as anything but itself
 * is a bug caught here, not a workflow that does something else.
 *
 * Two renderings:
 * - `inlineScalar`: one line, valid as a mapping value, a flow-sequence item or a mapping key. Plain
 *   when that reads back as the same string, else quoted; line breaks are escaped ("a\nb").
 * - `blockValue`: a multi-line text (a literal block, `|`), a list or a mapping, indented to sit
 *   after a `key:` at a given column.
 *
 * `${{` is refused in every value: GitHub evaluates expressions inside any string of a workflow,
 * quoted or not, so quoting cannot make it data there.
 */


/** Lines of text, written as a literal block (one line: as that line). */
class TextLines {
    lines;
    constructor(lines) {
        this.lines = lines;
    }
}
const MAX_VALUE_LENGTH = 1000;
/** Why `value` cannot be written into a starter file, or undefined when it can. */
function unsafeValueReason(value) {
    if (value.includes('${{'))
        return 'contains "${{", which GitHub would evaluate as an expression';
    // Tabs and newlines are escaped by the quoting; other control characters and the Unicode line
    // separators are line breaks to some YAML readers and invisible to a reviewer.
    if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(value))
        return 'contains a control character or a Unicode line separator';
    if (value.length > MAX_VALUE_LENGTH)
        return `is ${value.length} characters long (at most ${MAX_VALUE_LENGTH})`;
    return undefined;
}
const VERSIONS = ['1.1', '1.2'];
function readsBack(text, expected) {
    return VERSIONS.every((version) => {
        try {
            return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text, { version, uniqueKeys: true, strict: true }), expected);
        }
        catch {
            return false;
        }
    });
}
const FLOW = { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 };
const FLOW_QUOTED = { ...FLOW, defaultStringType: 'QUOTE_DOUBLE', doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY };
/** `value` as a one-line YAML scalar that reads back as `value` as a value, a flow item and a key. */
function inlineScalar(value) {
    // Rendered as the item of a flow sequence, so it is safe inside `[...]` too (no bare `,` or `]`).
    for (const options of [FLOW, FLOW_QUOTED]) {
        const m = /^\[(.*)\]\n$/.exec((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)([value], options));
        const s = m?.[1];
        if (s !== undefined && readsBack(`[${s}]`, [value]) && readsBack(`k: ${s}`, { k: value }) && readsBack(`${s}: k`, { [value]: 'k' }))
            return s;
    }
    throw new Error(`internal: cannot write ${JSON.stringify(value)} as a one-line YAML scalar`);
}
/**
 * What replaces ` {{name}}` (with its leading space) after a `key:` whose key starts at `column`:
 * ` |` and the lines of a literal block, or a newline and a block list or mapping, indented under
 * the key. A single line of TextLines, and empty collections, stay on the key's line.
 */
function blockValue(value, column) {
    let data = value;
    if (value instanceof TextLines) {
        if (value.lines.length === 1)
            return ` ${inlineScalar(value.lines[0])}`;
        data = `${value.lines.join('\n')}\n`;
    }
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .Document */ .yo({ k: data });
    if (typeof data !== 'string') {
        // In a list or mapping, every string (keys too) is quoted exactly when its one-line form is.
        (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR)(doc, {
            Scalar(_key, node) {
                if (typeof node.value === 'string' && inlineScalar(node.value) !== node.value)
                    node.type = yaml__WEBPACK_IMPORTED_MODULE_1__/* .Scalar */ .X5.QUOTE_DOUBLE;
            },
        });
    }
    const text = doc.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY });
    if (!text.startsWith('k:'))
        throw new Error('internal: unexpected YAML rendering');
    const pad = ' '.repeat(column);
    const lines = text.slice(2).replace(/\n$/, '').split('\n');
    const rest = lines.map((l, i) => (i === 0 || l === '' ? l : pad + l)).join('\n');
    // Read back where it will stand: under a parent key when the key is indented.
    const check = column === 0 ? `k:${rest}` : `p:\n${pad}k:${rest}`;
    const expected = column === 0 ? { k: data } : { p: { k: data } };
    if (!readsBack(check, expected))
        throw new Error(`internal: cannot write ${JSON.stringify(data)} as a YAML block`);
    return rest;
}


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

/***/ 3004:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   t: () => (/* binding */ highestVersion),
/* harmony export */   yU: () => (/* binding */ nextVersion),
/* harmony export */   z0: () => (/* binding */ tryParseVersion),
/* harmony export */   ze: () => (/* binding */ MAX_VERSION_LENGTH)
/* harmony export */ });
/* unused harmony exports BUMPS, parseVersion, bumpVersion, FIRST_VERSION, BUMP_LABEL_PREFIX, bumpFromLabels */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/**
 * Model versions: Semantic Versioning 2.0.0 (semver.org) without build metadata: `X.Y.Z` with an
 * optional prerelease (`1.4.0-rc.1`). Build metadata (`+sha`) is refused: semver ignores it when
 * ordering, so `1.0.0+a` and `1.0.0+b` would be two releases of one version. Bumps follow npm's
 * `semver.inc` (a prerelease bumps to its release: 1.2.0-rc.1 + patch = 1.2.0).
 */

const BUMPS = ['major', 'minor', 'patch'];
/** Longer than any real version; keeps tags, folder names and messages sane. */
const MAX_VERSION_LENGTH = 64;
const NUM = '(0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const SEMVER_RE = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?$`);
/** Parses `1.2.3`, `1.2.3-rc.1`, or the same with one leading `v`; undefined when it is not one. */
function tryParseVersion(text) {
    if (text.length > MAX_VERSION_LENGTH + 1)
        return undefined;
    const m = SEMVER_RE.exec(text.startsWith('v') ? text.slice(1) : text);
    if (!m)
        return undefined;
    const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
    if (![major, minor, patch].every(Number.isSafeInteger))
        return undefined;
    return { major, minor, patch, prerelease: m[4] ? m[4].split('.') : [] };
}
/**
 * Like tryParseVersion, but a bad version is a UsageError that says what a good one looks like.
 * `where` names it; an `{ option }` is named as each face names its options (`--version`, input "version").
 */
function parseVersion(text, where = 'version') {
    const v = tryParseVersion(text);
    if (v)
        return v;
    const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
    const hint = text.includes('+')
        ? 'build metadata (+...) is not allowed: semver ignores it when ordering, so it cannot tell two releases apart'
        : `use MAJOR.MINOR.PATCH with an optional -prerelease, e.g. 1.4.0 or 2.0.0-rc.1 (at most ${MAX_VERSION_LENGTH} characters)`;
    if (typeof where === 'string')
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${where} ${shown} is not a semantic version`, { hint });
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb((o) => `${o.option(where.option)} ${shown} is not a semantic version`, { hint });
}
function formatVersion(v) {
    const core = `${v.major}.${v.minor}.${v.patch}`;
    return v.prerelease.length ? `${core}-${v.prerelease.join('.')}` : core;
}
/** The canonical text of a version as given (drops a leading `v`); throws UsageError when invalid. */
function normalizeVersion(text, where) {
    return formatVersion(parseVersion(text, where));
}
function compareIds(a, b) {
    const na = /^\d+$/.test(a);
    const nb = /^\d+$/.test(b);
    if (na && nb)
        return Math.sign(Number(a) - Number(b));
    if (na)
        return -1; // numeric identifiers have lower precedence than alphanumeric ones (semver 11.4.3)
    if (nb)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Semver precedence: negative when a < b, 0 when equal, positive when a > b. */
function compareVersions(a, b) {
    const x = typeof a === 'string' ? parseVersion(a) : a;
    const y = typeof b === 'string' ? parseVersion(b) : b;
    for (const k of ['major', 'minor', 'patch'])
        if (x[k] !== y[k])
            return Math.sign(x[k] - y[k]);
    // A release ranks above its prereleases (1.0.0-rc.1 < 1.0.0).
    if (!x.prerelease.length || !y.prerelease.length)
        return Math.sign(Number(!x.prerelease.length) - Number(!y.prerelease.length));
    for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
        if (x.prerelease[i] === undefined)
            return -1;
        if (y.prerelease[i] === undefined)
            return 1;
        const c = compareIds(x.prerelease[i], y.prerelease[i]);
        if (c !== 0)
            return c;
    }
    return 0;
}
/** The highest of `versions` (strings), or undefined for none. With `stableOnly`, prereleases are skipped. */
function highestVersion(versions, stableOnly = false) {
    let best;
    for (const text of versions) {
        const v = tryParseVersion(text);
        if (!v || (stableOnly && v.prerelease.length))
            continue;
        if (!best || compareVersions(v, best) > 0)
            best = v;
    }
    return best && formatVersion(best);
}
/** npm semver's `inc` for major/minor/patch. */
function bumpVersion(version, bump) {
    const v = typeof version === 'string' ? parseVersion(version) : version;
    const pre = v.prerelease.length > 0;
    switch (bump) {
        case 'major':
            return formatVersion({ major: pre && v.minor === 0 && v.patch === 0 ? v.major : v.major + 1, minor: 0, patch: 0, prerelease: [] });
        case 'minor':
            return formatVersion({ major: v.major, minor: pre && v.patch === 0 ? v.minor : v.minor + 1, patch: 0, prerelease: [] });
        case 'patch':
            return formatVersion({ major: v.major, minor: v.minor, patch: pre ? v.patch : v.patch + 1, prerelease: [] });
    }
}
/** The version a model's first publish gets when none is given: "v1". */
const FIRST_VERSION = '1.0.0';
/** The PR label that asks for a bump: `model:major`, `model:minor`, `model:patch`. */
const BUMP_LABEL_PREFIX = 'model:';
/**
 * The bump PR labels ask for: the largest of the `model:*` labels (major > minor > patch), or
 * undefined when there is none. Other labels are ignored.
 */
function bumpFromLabels(labels) {
    const asked = new Set(labels.map((l) => l.trim().toLowerCase()).filter((l) => l.startsWith(BUMP_LABEL_PREFIX)).map((l) => l.slice(BUMP_LABEL_PREFIX.length)));
    return BUMPS.find((b) => asked.has(b));
}
/**
 * The version to publish. Precedence: an explicit version; else the highest existing version bumped
 * by the `bump` input, else by a PR label, else by patch; the first version of a model is 1.0.0.
 */
function nextVersion(existing, choice) {
    if (choice.version !== undefined && choice.version !== '')
        return { version: normalizeVersion(choice.version), reason: 'explicit' };
    const highest = highestVersion(existing);
    const label = bumpFromLabels(choice.labels ?? []);
    const bump = choice.bump ?? label ?? 'patch';
    const why = choice.bump ? `--bump ${bump}` : label ? `PR label ${BUMP_LABEL_PREFIX}${label}` : 'default patch bump';
    if (!highest)
        return { version: FIRST_VERSION, reason: 'first version' };
    return { version: bumpVersion(highest, bump), reason: `${why} from ${highest}` };
}


/***/ }),

/***/ 7170:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   HW: () => (/* binding */ validateModelName),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   jX: () => (/* binding */ validateAlias)
/* harmony export */ });
/* unused harmony exports NAME_RE, MAX_NAME_LENGTH, TAG_PREFIX, RESERVED_ALIASES */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3004);
/**
 * Names in the registry, and the tag of a published version:
 *
 *   model/<name>/v<version>        e.g. model/churn/v1.4.0, model/churn/v2.0.0-rc.1
 *
 * The same string is the Git tag of the GitHub release and the folder of the local registry
 * (`<registry>/model/<name>/v<version>/`). Model names and aliases are `^[a-z][a-z0-9]*(-[a-z0-9]+)*$`
 * and at most 64 characters: safe as a path segment, a Git ref component, a URL part and a file
 * name on every OS, so a name from a workflow input can never climb out of a folder (`../`), split
 * a ref (`@{`, spaces) or collide by case.
 */


const NAME_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 64;
const TAG_PREFIX = 'model/';
/** Version words promote understands; an alias cannot be named like them. */
const RESERVED_ALIASES = new Set(['latest']);
function shown(text) {
    return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
function checkName(text, what, option) {
    if (typeof text !== 'string' || text.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} is empty`, { hint: (o) => `pass ${o.option(option, 'NAME')}` });
    if (text.length > MAX_NAME_LENGTH)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} ${shown(text)} is ${text.length} characters long`, { hint: `use at most ${MAX_NAME_LENGTH}` });
    if (!NAME_RE.test(text)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} ${shown(text)} is not allowed`, {
            hint: 'use lowercase letters, digits and single hyphens, starting with a letter (e.g. churn, fraud-v2)',
        });
    }
    return text;
}
/** Returns the model name, or throws UsageError (exit 2) saying what is wrong with it. */
function validateModelName(name) {
    return checkName(name, 'model name', 'model');
}
/** Returns the alias, or throws UsageError; `latest` is reserved (it means "the highest version"). */
function validateAlias(alias) {
    checkName(alias, 'alias', 'alias');
    if (RESERVED_ALIASES.has(alias))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`alias "${alias}" is reserved`, { hint: 'it means the highest published version; pick another alias name' });
    return alias;
}
/** The tag of a version: `model/<name>/v<version>`. Validates both parts. */
function tagOf(model, version) {
    return `${TAG_PREFIX}${validateModelName(model)}/v${(0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(version)}`;
}
/** The model and version of a tag, or undefined when `tag` is not one of ours. */
function parseTag(tag) {
    if (!tag.startsWith(TAG_PREFIX) || tag.length > TAG_PREFIX.length + MAX_NAME_LENGTH + _semver_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_VERSION_LENGTH */ .ze + 2)
        return undefined;
    const rest = tag.slice(TAG_PREFIX.length);
    const slash = rest.indexOf('/');
    if (slash < 0)
        return undefined;
    const model = rest.slice(0, slash);
    const v = rest.slice(slash + 1);
    if (!NAME_RE.test(model) || model.length > MAX_NAME_LENGTH || !v.startsWith('v'))
        return undefined;
    const parsed = (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .tryParseVersion */ .z0)(v.slice(1));
    if (!parsed || v.slice(1).startsWith('v') || (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .formatVersion */ .qh)(parsed) !== v.slice(1))
        return undefined;
    return { model, version: (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .formatVersion */ .qh)(parsed) };
}


/***/ })

};
