export const id = 8069;
export const ids = [8069,1692];
export const modules = {

/***/ 8069:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   newActionCommand: () => (/* binding */ newActionCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6429);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9980);
/* harmony import */ var _runtime_published_coordinates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8231);
/** `mlops new-action`: scaffold a team's own step on the mlops-actions library (shared/custom-step/scaffold.ts). */




const usage = `Usage: mlops new-action NAME [--dir DIR] [--uses OWNER/REPO@REF] [--force]

Scaffold a custom step in your repository, on the mlops-actions library: actions/NAME/ with
action.yml (inputs and outputs described, node24), a thin main.ts, step.ts for your logic, a test
that runs the bundle the way the runner does, package.json, tsconfig.json and a README.
The step imports mlops-actions/runtime (inputs, outputs, summary, errors) and mlops-actions/formats
(our JSON formats, checked with the schemas our steps use). See docs/new-action.md.

NAME: lowercase letters, digits and single hyphens, starting with a letter (e.g. metric-floor).

Options:
  --dir DIR     the repository's root (default: the current folder)
  --uses OWNER/REPO@REF
                where npm installs the library from, as mlops init --uses (default
                ${(0,_runtime_published_coordinates_js__WEBPACK_IMPORTED_MODULE_3__/* .formatCoordinates */ .NC)((0,_runtime_published_coordinates_js__WEBPACK_IMPORTED_MODULE_3__/* .publishedCoordinates */ .kB)())}: github:OWNER/REPO#REF in package.json)
  --force       overwrite files that exist (without it nothing is written when one does)
  -h, --help    show this help

Exit codes: 0 written, 2 bad usage (a bad NAME, files that exist without --force).
`;
const options = {
    dir: { type: 'string' },
    uses: { type: 'string' },
    force: { type: 'boolean' },
};
const newActionCommand = {
    name: 'new-action',
    summary: 'Scaffold a custom step (actions/NAME) on the mlops-actions library',
    usage,
    async run(argv, io) {
        const { values, positionals } = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)(argv, options, usage, true);
        if (positionals.length !== 1)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandUsageError */ .nT(positionals.length === 0 ? 'give the action a NAME' : `give one NAME (got ${positionals.length})`, usage);
        const { scaffoldCustomStep, nextSteps, librarySpec, LIBRARY_SPEC } = await __webpack_require__.e(/* import() */ 1965).then(__webpack_require__.bind(__webpack_require__, 1965));
        const coordinates = values.uses === undefined ? undefined : (0,_runtime_published_coordinates_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCoordinates */ .jW)(values.uses);
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(values.dir ?? '.');
        const name = positionals[0];
        const result = await scaffoldCustomStep({ name, dir, force: values.force === true, coordinates });
        const overwritten = new Set(result.overwritten);
        io.stdout(`Created ${result.folder}/ in ${dir}:\n`);
        for (const f of result.files)
            io.stdout(`  ${f}${overwritten.has(f) ? '   (overwritten)' : ''}\n`);
        io.stdout(`\n${nextSteps(name, result.folder, coordinates ? librarySpec(coordinates) : LIBRARY_SPEC)}`);
        return _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT_OK */ .Ij;
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
