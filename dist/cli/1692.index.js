export const id = 1692;
export const ids = [1692];
export const modules = {

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


/***/ })

};
