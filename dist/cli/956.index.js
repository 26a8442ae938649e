export const id = 956;
export const ids = [956];
export const modules = {

/***/ 956:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ownFilesAt: () => (/* binding */ ownFilesAt)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9171);
/**
 * Our own actions' metadata and reusable workflows, read from the mlops-actions package (or this
 * repository in tests), to check a workflow's calls of them: the inputs they declare, their
 * defaults, and the permissions their jobs ask for.
 */



/** Readers over the package (or repository) at `root`; each file is read once. */
function ownFilesAt(root) {
    const cache = new Map();
    const read = (rel) => {
        if (!cache.has(rel)) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel);
            cache.set(rel, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')) : undefined);
        }
        return cache.get(rel);
    };
    return {
        // A step name is one path segment: `../x` is never ours.
        action: (step) => (/^[a-z][a-z0-9-]*$/.test(step) ? read(`actions/${step}/action.yml`) : undefined),
        workflow: (path) => (/^\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml$/.test(path) ? read(path) : undefined),
    };
}


/***/ })

};
