export const id = 586;
export const ids = [586];
export const modules = {

/***/ 4586:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   csvMetricsFromText: () => (/* binding */ csvMetricsFromText),
/* harmony export */   importCsvMetrics: () => (/* binding */ importCsvMetrics)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var csv_parse_sync__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2475);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9980);
/* harmony import */ var _runtime_message_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1042);
/**
 * CSV / TSV metrics files. Two shapes are accepted:
 *
 * 1. wide (DVC's tabular layout, also what DVCLive and Keras' CSVLogger write): a header row of
 *    metric names and one or more value rows. The LAST non-empty row is imported (the final epoch
 *    of a training log); cells that are empty or not numbers are skipped and reported.
 * 2. long: exactly two columns whose header is `metric,value` (also `name,value` or `key,value`,
 *    case-insensitive); every row is one metric. A name repeated later overrides the earlier one.
 *
 * Delimiter: tab for `.tsv`, otherwise comma, unless the header has tabs and no comma.
 * Numbers: JSON-style decimals with an optional leading `+`; `nan`/`inf` are skipped as non-finite.
 */





const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;
const NAME_HEADERS = new Set(['metric', 'name', 'key']);
/** Parses one cell; returns a number, or a reason why it is not imported. */
function cellNumber(cell) {
    const s = cell.trim();
    if (s === '')
        return 'empty';
    if (NON_FINITE.test(s))
        return `not finite (${s})`;
    if (!NUMBER.test(s))
        return `not a number (${JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s)})`;
    return Number(s);
}
async function importCsvMetrics(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot read metrics file: ${e.message}`, { location: { file }, cause: e });
    }
    return csvMetricsFromText(text, file);
}
function csvMetricsFromText(text, file) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === '') {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('the metrics file is empty', {
            location: { file },
            hint: 'expected a header row of metric names and a row of values',
        });
    }
    const firstLine = text.slice(0, text.search(/\r?\n|$/));
    const delimiter = node_path__WEBPACK_IMPORTED_MODULE_1___default().extname(file).toLowerCase() === '.tsv' || (firstLine.includes('\t') && !firstLine.includes(',')) ? '\t' : ',';
    let records;
    try {
        records = (0,csv_parse_sync__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text, { delimiter, info: true, skip_empty_lines: true, relax_column_count: false });
    }
    catch (e) {
        const err = e;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`invalid CSV: ${(0,_runtime_message_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortened */ .v)(err.message.replace(/^Invalid Record Length: /, ''), 200)}`, {
            location: { file, line: err.lines },
            hint: 'every row needs as many fields as the header; quote fields that contain the delimiter',
            cause: e,
        });
    }
    const [header, ...rows] = records;
    const names = header.record.map((h) => h.trim());
    if (rows.length === 0) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('the metrics file has a header row but no value row', {
            location: { file, line: 2 },
            hint: 'the run may have stopped before writing any metrics',
        });
    }
    const skipped = [];
    const metrics = Object.create(null); // user names as keys: "__proto__" must stay data
    if (names.length === 2 && NAME_HEADERS.has(names[0].toLowerCase()) && names[1].toLowerCase() === 'value') {
        for (const { record, info } of rows) {
            const name = record[0].trim();
            if (name === '') {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('a metric row has an empty name', { location: { file, line: info.lines }, hint: 'give every row a metric name' });
            }
            const v = cellNumber(record[1]);
            if (typeof v === 'number')
                metrics[name] = v;
            else
                skipped.push({ key: name, reason: v });
        }
        return { metrics: nonEmpty(metrics, skipped, file), skipped, layout: 'long' };
    }
    const seen = new Set();
    names.forEach((n, c) => {
        if (n === '') {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`header column ${c + 1} has no name`, { location: { file, line: 1 }, hint: 'name every column' });
        }
        if (seen.has(n)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`header names column "${(0,_runtime_message_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortened */ .v)(n)}" twice`, { location: { file, line: 1 }, hint: 'give every column a distinct name' });
        }
        seen.add(n);
    });
    const last = rows[rows.length - 1];
    names.forEach((n, c) => {
        const v = cellNumber(last.record[c]);
        if (typeof v === 'number')
            metrics[n] = v;
        else
            skipped.push({ key: n, reason: v });
    });
    return { metrics: nonEmpty(metrics, skipped, file, last.info.lines), skipped, layout: 'wide', line: last.info.lines, rows: rows.length };
}
function nonEmpty(metrics, skipped, file, line) {
    if (Object.keys(metrics).length > 0)
        return metrics;
    const why = (0,_runtime_message_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortList */ .p)(skipped.map((s) => `${(0,_runtime_message_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortened */ .v)(s.key)}: ${s.reason}`), 5, '; ');
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`no numeric metrics found (${why})`, {
        location: { file, line },
        hint: 'expected numbers under a header of metric names, or two columns "metric,value"',
    });
}


/***/ })

};
