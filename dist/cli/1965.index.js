export const id = 1965;
export const ids = [1965];
export const modules = {

/***/ 1965:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LIBRARY_SPEC: () => (/* binding */ LIBRARY_SPEC),
/* harmony export */   librarySpec: () => (/* binding */ librarySpec),
/* harmony export */   nextSteps: () => (/* binding */ nextSteps),
/* harmony export */   scaffoldCustomStep: () => (/* binding */ scaffoldCustomStep)
/* harmony export */ });
/* unused harmony exports ACTION_NAME_RE, MAX_ACTION_NAME_LENGTH, validateActionName, templateValues, renderTemplate, renderCustomStep */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9980);
/* harmony import */ var _runtime_package_root_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1692);
/* harmony import */ var _runtime_published_coordinates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8231);
/**
 * `mlops new-action NAME`: writes a custom step into a team's repository, `actions/NAME/`, from the
 * templates in action-templates/custom-step/ (action.yml, a thin main.ts, step.ts, a test that runs
 * the bundle like the runner, package.json, tsconfig.json, README.md).
 *
 * The scaffold uses our library through the package's subpath exports (`mlops-actions/runtime`,
 * `mlops-actions/formats`, see package.json), installed from GitHub at the major version tag (the
 * coordinates of published-coordinates.ts, as `mlops init` writes them; `--uses` for a fork); the
 * versions of its build tools are ours (package.json devDependencies), so a scaffold builds with
 * what our own steps build with.
 *
 * All or nothing: every file is checked (NAME, existing files, --force) and written to a temp file
 * beside its target before the first one is renamed into place, so a refusal or a failed write
 * leaves the repository as it was.
 */







/** Lowercase letters, digits and single hyphens, starting with a letter: a folder, an npm name and a step id. */
const ACTION_NAME_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_ACTION_NAME_LENGTH = 64;
/** The npm dependency on the library at `c`: `github:owner/repo#ref`, the coordinates `mlops init --uses` takes too. */
const librarySpec = (c) => `github:${c.repository}#${c.ref}`;
/** Where the scaffold gets the library by default: our repository at the major version the actions are used at (package.json). */
const LIBRARY_SPEC = librarySpec((0,_runtime_published_coordinates_js__WEBPACK_IMPORTED_MODULE_6__/* .publishedCoordinates */ .kB)());
/** Template files whose name npm would drop from a package (it never packs .gitignore). */
const RENAMED = { gitignore: '.gitignore' };
/** Returns the name, or throws UsageError saying what is wrong with it. */
function validateActionName(name) {
    const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
    if (name === '')
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('the action name is empty', { hint: 'mlops new-action NAME, e.g. mlops new-action metric-floor' });
    if (name.length > MAX_ACTION_NAME_LENGTH)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`the action name ${shown} is ${name.length} characters long`, { hint: `use at most ${MAX_ACTION_NAME_LENGTH}` });
    if (!ACTION_NAME_RE.test(name)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`the action name ${shown} is not allowed`, {
            hint: 'use lowercase letters, digits and single hyphens, starting with a letter (e.g. metric-floor); it names the folder actions/NAME',
        });
    }
    return name;
}
function ourPackageJson() {
    return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,_runtime_package_root_js__WEBPACK_IMPORTED_MODULE_5__.packageRoot)(), 'package.json'), 'utf8'));
}
/** The placeholders of the templates and their values for one step. */
function templateValues(name, library = LIBRARY_SPEC) {
    const dev = ourPackageJson().devDependencies ?? {};
    const version = (pkg) => {
        const v = dev[pkg];
        if (!v)
            throw new Error(`package.json has no devDependency ${pkg}, which the custom-step scaffold builds with`);
        return v;
    };
    return {
        __NAME__: name,
        __LIBRARY__: library,
        __NCC_VERSION__: version('@vercel/ncc'),
        __TYPESCRIPT_VERSION__: version('typescript'),
        __TYPES_NODE_VERSION__: version('@types/node'),
    };
}
function renderTemplate(text, values) {
    const out = text.replace(/__[A-Z_]+?__/g, (p) => (Object.hasOwn(values, p) ? values[p] : p));
    const left = /__[A-Z_]+?__/.exec(out);
    if (left)
        throw new Error(`template placeholder ${left[0]} has no value`);
    return out;
}
/** The files a scaffold writes: path relative to the step's folder -> content. */
function renderCustomStep(name, templates = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,_runtime_package_root_js__WEBPACK_IMPORTED_MODULE_5__.packageRoot)(), 'action-templates', 'custom-step'), library = LIBRARY_SPEC) {
    validateActionName(name);
    const values = templateValues(name, library);
    const files = new Map();
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(templates).sort()) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(templates, entry)).isFile())
            continue;
        files.set(RENAMED[entry] ?? entry, renderTemplate((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(templates, entry), 'utf8'), values));
    }
    if (!files.has('action.yml') || !files.has('main.ts'))
        throw new Error(`${templates} is not the custom-step templates folder (no action.yml or main.ts)`);
    return files;
}
async function scaffoldCustomStep(options) {
    const name = validateActionName(options.name);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(options.dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(options.dir).isDirectory()) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${options.dir} is not a folder`, { hint: 'pass --dir with the root of your repository (default: the current folder)' });
    }
    const files = renderCustomStep(name, options.templates, options.coordinates ? librarySpec(options.coordinates) : LIBRARY_SPEC);
    const folder = `actions/${name}`;
    const abs = (rel) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.dir, folder, rel);
    // Everything that can refuse, before anything is written.
    for (const parent of ['actions', folder]) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.dir, parent);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(p) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(p).isDirectory())
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${parent} exists and is not a folder`, { location: { file: p }, hint: 'move it away, or pick another name' });
    }
    const existing = [...files.keys()].filter((rel) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(abs(rel)) || isDanglingLink(abs(rel)));
    const notFiles = existing.filter((rel) => !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs(rel)).isFile());
    if (notFiles.length > 0) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${notFiles.map((f) => `${folder}/${f}`).join(', ')} exist${notFiles.length === 1 ? 's' : ''} and ${notFiles.length === 1 ? 'is not a file' : 'are not files'}`, {
            hint: 'move them away; --force only overwrites files',
        });
    }
    if (existing.length > 0 && !options.force) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${folder} already has ${existing.join(', ')}`, { hint: 'pass --force to overwrite them, or pick another name; nothing was written' });
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.dir, folder), { recursive: true });
    const suffix = `.mlops-new-action-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    const staged = [];
    try {
        for (const [rel, content] of files) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(abs(rel) + suffix, content, { flag: 'wx' });
            staged.push(rel);
        }
    }
    catch (e) {
        await Promise.all(staged.map((rel) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(abs(rel) + suffix, { force: true })));
        throw e;
    }
    for (const rel of staged)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(abs(rel) + suffix, abs(rel));
    return { folder, files: [...files.keys()].map((rel) => `${folder}/${rel}`).sort(), overwritten: existing.map((rel) => `${folder}/${rel}`) };
}
function isDanglingLink(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** What to do next, printed by `mlops new-action`. */
function nextSteps(name, folder, library = LIBRARY_SPEC) {
    return `Next steps:
  cd ${folder}
  npm install          # the mlops-actions library (${library}), ncc and TypeScript
  # write your logic in step.ts; main.ts maps action.yml's inputs and outputs to it
  npm run typecheck
  npm test             # builds dist/index.js and runs it the way the runner does
  git add .            # dist/ included: the runner runs the committed bundle

Use it in a workflow, after actions/checkout:
      - uses: ./${folder}
        id: ${name}
        with:
          evaluation: mlops-out/evaluation.json
          metric: roc_auc
          threshold: '0.8'

More: docs/new-action.md in mlops-actions.
`;
}


/***/ })

};
