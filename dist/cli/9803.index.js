export const id = 9803;
export const ids = [9803];
export const modules = {

/***/ 9803:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   profileShowCommand: () => (/* binding */ profileShowCommand)
/* harmony export */ });
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6429);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/** `mlops profile show`: a profile as a table, for people. */


const usage = `Usage: mlops profile show PROFILE.json

Print a profile (mlops-actions/profile@1) as a table: per column its type, counts, range,
mean, std, median, distinct count (~ when estimated) and most frequent values.

Options:
  -h, --help    show this help

Exit codes: 0 ok, 2 bad usage or an unreadable profile.
`;
const profileShowCommand = {
    name: 'profile show',
    summary: 'Print a profile as a table',
    usage,
    async run(argv, io) {
        const { positionals } = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommandArgs */ .Qx)(argv, {}, usage, true);
        if (positionals.length !== 1)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT('give one profile file', usage);
        const { readProfile } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(7781)]).then(__webpack_require__.bind(__webpack_require__, 7781));
        const { renderProfileTable } = await __webpack_require__.e(/* import() */ 6691).then(__webpack_require__.bind(__webpack_require__, 6691));
        const profile = await readProfile(positionals[0]);
        io.stdout(`${positionals[0]}: ${profile.rows} rows, ${profile.column_order.length} columns\n`);
        io.stdout(`${renderProfileTable(profile)}\n`);
        return _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT_OK */ .Ij;
    },
};


/***/ })

};
