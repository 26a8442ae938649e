export const id = 579;
export const ids = [579];
export const modules = {

/***/ 8579:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ checkGlobs),
/* harmony export */   Eh: () => (/* binding */ digestFiles),
/* harmony export */   OB: () => (/* binding */ digestDeclaredInputs),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   fo: () => (/* binding */ isFile),
/* harmony export */   jv: () => (/* binding */ matchGlobs),
/* harmony export */   splitGlobList: () => (/* binding */ splitGlobList)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9980);
/**
 * Declared inputs and outputs: glob lists as users write them in an action input (one per line, or
 * comma-separated), matched under the working directory and digested with SHA-256.
 */






/**
 * Splits a glob list on newlines and on commas outside braces, so `{train,test}/*.csv` stays one
 * glob. Blank items and `#` comment lines are dropped.
 */
function splitGlobList(text) {
    if (!text)
        return [];
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        if (line.trim().startsWith('#'))
            continue;
        let depth = 0;
        let cur = '';
        for (const ch of line) {
            if (ch === '{')
                depth++;
            else if (ch === '}')
                depth = Math.max(0, depth - 1);
            if (ch === ',' && depth === 0) {
                out.push(cur);
                cur = '';
            }
            else {
                cur += ch;
            }
        }
        out.push(cur);
    }
    return out.map((g) => g.trim()).filter((g) => g !== '');
}
/** Globs stay inside the working directory: outputs are restored there from the cache. */
function checkGlobs(globs, what) {
    for (const g of globs) {
        const body = g.startsWith('!') ? g.slice(1) : g;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(body) || /^[A-Za-z]:/.test(body) || body.split(/[\\/]/).includes('..')) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${what} glob "${g}" leaves the working directory`, { hint: 'use a path relative to the working directory, without ".."' });
        }
    }
}
/**
 * Files matched by each glob (a directory matches everything under it; `!glob` excludes), sorted
 * and without duplicates. `unmatched` lists the positive globs that matched no file.
 */
async function matchGlobs(globs, options) {
    const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    const ignore = [...negative, ...(options.ignore ?? [])];
    const files = new Set();
    const unmatched = [];
    for (const g of globs.filter((g) => !g.startsWith('!'))) {
        const found = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__/* .glob */ .TI)([g], { cwd: options.cwd, ignore, onlyFiles: true, dot: false, followSymbolicLinks: true });
        if (found.length === 0)
            unmatched.push(g);
        for (const f of found)
            files.add(f.split('\\').join('/'));
    }
    return { files: [...files].sort(), unmatched };
}
async function digestFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}
async function digestFiles(files, cwd) {
    const out = [];
    for (const path of files)
        out.push({ path, ...(await digestFile((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cwd, path))) });
    return out;
}
/** Digests of the declared inputs; a glob that matches nothing is an InputError (a typo, most often). */
async function digestDeclaredInputs(globs, options) {
    const { files, unmatched } = await matchGlobs(globs, options);
    if (unmatched.length > 0) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`declared input ${unmatched.map((g) => `"${g}"`).join(', ')} matched no file`, {
            hint: `globs are matched under ${options.cwd}; fix the glob or remove it from inputs`,
        });
    }
    return digestFiles(files, options.cwd);
}
async function isFile(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path).then((s) => s.isFile(), () => false);
}


/***/ })

};
