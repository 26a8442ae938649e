export const id = 3199;
export const ids = [3199,4586,7442];
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


/***/ }),

/***/ 7442:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_NESTING: () => (/* binding */ MAX_NESTING),
  importJsonYamlMetrics: () => (/* binding */ importJsonYamlMetrics),
  metricsDocumentFormat: () => (/* binding */ metricsDocumentFormat),
  metricsFromDocument: () => (/* binding */ metricsFromDocument),
  parseJson: () => (/* binding */ parseJson),
  parseMetricsDocument: () => (/* binding */ parseMetricsDocument)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/runtime/message-text.ts
var message_text = __webpack_require__(1042);
;// CONCATENATED MODULE: ../../../../shared/model/import/flatten.ts
/**
 * Nested metric documents flattened to `a.b.c` keys, with DVC's semantics.
 *
 * DVC (`dvc/repo/metrics/show.py: _extract_metrics`) keeps a leaf only when it is a number (Python
 * `int`/`float`, which includes `bool`) or, recursively, a non-empty dict; lists, nulls and (for
 * diffs) strings are dropped with a debug log. It then flattens with `flatten_dict(reducer="dot")`,
 * which raises on a duplicated key. We do the same, with these choices for a `Record<string, number>`:
 *
 * - finite numbers are kept; `NaN`/`Infinity` (Python's json writes them) are skipped as "not finite";
 * - booleans become 1/0, as Python's `bool` is an `int` and DVC diffs them as numbers;
 * - strings (even numeric-looking ones), nulls, arrays and empty objects are skipped;
 * - a key reached twice (`{"a.b": 1, "a": {"b": 2}}`) is an error the caller reports.
 *
 * Every skipped leaf is returned with its reason so the caller can say what was not imported.
 */
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}
/** Flattens `value` (normally an object) into dotted keys below `prefix`. */
function flattenMetrics(value, prefix = '') {
    const out = { metrics: Object.create(null), skipped: [], duplicates: [] };
    walk(value, prefix, out);
    // A plain object for callers (and for toEqual in tests).
    out.metrics = { ...out.metrics };
    return out;
}
function put(out, key, v) {
    if (Object.prototype.hasOwnProperty.call(out.metrics, key))
        out.duplicates.push(key);
    out.metrics[key] = v;
}
/** Deeper than this is not a metrics document (and a recursive walk must stay off the stack's end). */
const MAX_DEPTH = 256;
function walk(value, key, out, depth = 0) {
    if (depth > MAX_DEPTH) {
        out.skipped.push({ key: key.length > 80 ? `${key.slice(0, 80)}…` : key, reason: `nested deeper than ${MAX_DEPTH} levels` });
        return;
    }
    if (typeof value === 'number') {
        if (Number.isFinite(value))
            put(out, key, value);
        else
            out.skipped.push({ key, reason: `not finite (${value})` });
        return;
    }
    if (typeof value === 'bigint') {
        put(out, key, Number(value));
        return;
    }
    if (typeof value === 'boolean') {
        put(out, key, value ? 1 : 0);
        return;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
        const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
        if (entries.length === 0) {
            out.skipped.push({ key, reason: 'an empty mapping' });
            return;
        }
        for (const [k, v] of entries)
            walk(v, key === '' ? String(k) : `${key}.${String(k)}`, out, depth + 1);
        return;
    }
    out.skipped.push({ key, reason: `${describe(value)}, not a number` });
}

;// CONCATENATED MODULE: ../../../../shared/model/import/json-yaml.ts
/**
 * JSON or YAML metrics files (DVC `metrics.json`, DVCLive `eval/live/metrics.json`, any nested
 * mapping of names to numbers) → flat `Record<string, number>` (see `flatten.ts` for the rules).
 *
 * JSON is read with a small strict parser rather than `JSON.parse` for two reasons:
 * - Python's `json.dump` writes `NaN`, `Infinity` and `-Infinity` (DVC reads them back with
 *   `json.load`); we accept those tokens like Python does, then skip them as non-finite;
 * - every syntax error is reported with its 1-based line and column, which `JSON.parse` does not
 *   give on Node 20 for most errors.
 */






/** `.json` → json; `.yaml`/`.yml` → yaml; anything else → yaml (DVC's default loader). */
function metricsDocumentFormat(file) {
    return external_node_path_default().extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}
/** Reads and flattens one JSON/YAML metrics file. Throws InputError when it has no numeric metric. */
async function importJsonYamlMetrics(file, format = metricsDocumentFormat(file)) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(`cannot read metrics file: ${e.message}`, { location: { file }, cause: e });
    }
    const doc = parseMetricsDocument(text, file, format);
    return { ...metricsFromDocument(doc, file), format };
}
/** Flattens an already parsed document; shared with the DVC importer. */
function metricsFromDocument(doc, file) {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
        const what = doc === null ? 'null' : Array.isArray(doc) ? 'a list' : `a single ${typeof doc}`;
        throw new errors/* InputError */.dz(`expected a mapping of metric names to numbers, found ${what}`, {
            location: { file },
            hint: 'write metrics as an object such as {"test": {"roc_auc": 0.93}}',
        });
    }
    const flat = flattenMetrics(doc);
    if (flat.duplicates.length > 0) {
        throw new errors/* InputError */.dz(`metric "${(0,message_text/* shortened */.v)(flat.duplicates[0])}" appears twice once nested keys are joined with dots`, {
            location: { file },
            hint: 'rename the key that contains a dot or the nested one, as DVC rejects the same file',
        });
    }
    if (Object.keys(flat.metrics).length === 0) {
        const skipped = (0,message_text/* shortList */.p)(flat.skipped.map((s) => `${(0,message_text/* shortened */.v)(s.key)}: ${s.reason}`), 5, '; ');
        throw new errors/* InputError */.dz(`no numeric metrics found${skipped ? ` (skipped ${skipped})` : ''}`, {
            location: { file },
            hint: 'metrics must be numbers (or booleans); strings, lists and nulls are ignored as DVC does',
        });
    }
    return { metrics: flat.metrics, skipped: flat.skipped };
}
/** Parses JSON or YAML text; syntax errors become InputErrors with line and column. */
function parseMetricsDocument(text, file, format) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === '') {
        throw new errors/* InputError */.dz('the metrics file is empty', {
            location: { file },
            hint: 'the tool that writes it may have failed before writing; re-run it',
        });
    }
    if (format === 'json')
        return parseJson(text, file);
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: true, uniqueKeys: false, logLevel: 'error' });
    const err = doc.errors[0];
    if (err) {
        const pos = err.linePos?.[0];
        throw new errors/* InputError */.dz(`invalid YAML: ${(0,message_text/* shortened */.v)(err.message.split('\n')[0], 200)}`, {
            location: { file, line: pos?.line, column: pos?.col },
            hint: 'fix the YAML syntax at that place',
        });
    }
    try {
        return doc.toJS({ maxAliasCount: 1000 });
    }
    catch (e) {
        // The yaml package refuses aliases that expand too often (a "billion laughs" file) with a
        // ReferenceError; nesting beyond the stack is a RangeError.
        if (e instanceof ReferenceError || e instanceof RangeError) {
            throw new errors/* InputError */.dz(e instanceof ReferenceError ? 'the YAML expands its aliases (*name) too many times' : 'the YAML nests too deeply', {
                location: { file },
                hint: 'write the metrics out as a plain mapping',
                cause: e,
            });
        }
        throw e;
    }
}
/** How deep metrics documents may nest (DVC's and DVCLive's are 2 or 3 levels). */
const MAX_NESTING = 256;
/** 1-based line and column of a character offset. */
function lineColumn(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            start = i + 1;
        }
    }
    return { line, column: offset - start + 1 };
}
/** Strict JSON (RFC 8259) plus Python's NaN / Infinity / -Infinity. Duplicate keys: last wins, like Python. */
function parseJson(text, file) {
    let i = 0;
    const fail = (what, at = i, hint = 'fix the JSON syntax at that place (a truncated file usually means the writer was interrupted)') => {
        const { line, column } = lineColumn(text, at);
        const found = at >= text.length ? 'end of file' : JSON.stringify(text[at]);
        throw new errors/* InputError */.dz(`invalid JSON: ${what}, found ${found}`, {
            location: { file, line, column },
            hint,
        });
    };
    const ws = () => {
        while (i < text.length) {
            const c = text.charCodeAt(i);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                i++;
            else
                break;
        }
    };
    const literal = (word, value) => {
        if (text.startsWith(word, i)) {
            i += word.length;
            return value;
        }
        return fail('expected a value');
    };
    const str = () => {
        const start = i;
        i++; // opening quote
        let out = '';
        while (true) {
            if (i >= text.length)
                return fail('unterminated string', start);
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return out;
            }
            if (c < 0x20)
                return fail('control character in a string');
            if (c === 0x5c) {
                const e = text[i + 1];
                const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                if (e !== undefined && e in simple) {
                    out += simple[e];
                    i += 2;
                }
                else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                    out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
                    i += 6;
                }
                else {
                    return fail('invalid escape in a string', i + 1);
                }
            }
            else {
                out += text[i];
                i++;
            }
        }
    };
    const num = () => {
        const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m)
            return fail('expected a value');
        i += m[0].length;
        return Number(m[0]);
    };
    let depth = 0;
    const value = () => {
        ws();
        const c = text[i];
        // Bounded nesting: a recursive parser must not meet the stack's end on hostile input.
        if ((c === '{' || c === '[') && depth >= MAX_NESTING)
            return fail(`nested deeper than ${MAX_NESTING} levels`, i, 'metrics documents nest a few levels; this is not one');
        if (c === '{' || c === '[')
            depth++;
        try {
            return container(c);
        }
        finally {
            if (c === '{' || c === '[')
                depth--;
        }
    };
    const container = (c) => {
        if (c === '{') {
            i++;
            const obj = {};
            ws();
            if (text[i] === '}') {
                i++;
                return obj;
            }
            while (true) {
                ws();
                if (text[i] !== '"')
                    return fail('expected a property name in double quotes');
                const key = str();
                ws();
                if (text[i] !== ':')
                    return fail("expected ':' after a property name");
                i++;
                Object.defineProperty(obj, key, { value: value(), enumerable: true, writable: true, configurable: true });
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return obj;
                }
                return fail("expected ',' or '}'");
            }
        }
        if (c === '[') {
            i++;
            const arr = [];
            ws();
            if (text[i] === ']') {
                i++;
                return arr;
            }
            while (true) {
                arr.push(value());
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return arr;
                }
                return fail("expected ',' or ']'");
            }
        }
        if (c === '"')
            return str();
        if (c === 't')
            return literal('true', true);
        if (c === 'f')
            return literal('false', false);
        if (c === 'n')
            return literal('null', null);
        if (c === 'N')
            return literal('NaN', NaN);
        if (c === 'I')
            return literal('Infinity', Infinity);
        if (c === '-' && text[i + 1] === 'I') {
            i++;
            return -literal('Infinity', Infinity);
        }
        return num();
    };
    const result = value();
    ws();
    if (i < text.length)
        fail('unexpected text after the JSON value');
    return result;
}


/***/ }),

/***/ 3196:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NF: () => (/* binding */ outputWriteError),
/* harmony export */   UY: () => (/* binding */ resolveOutputFolder),
/* harmony export */   W2: () => (/* binding */ commitTempFile),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   bd: () => (/* binding */ outputTempPath),
/* harmony export */   rA: () => (/* binding */ resolveOutputTarget)
/* harmony export */ });
/* unused harmony export sweepOutputTemps */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9980);
/* harmony import */ var _signal_cleanup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2946);
/* harmony import */ var _stale_temps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8076);
/**
 * No half-written output, ever, and never a replaced link or device: the one way every output
 * file is written.
 *
 * A regular file (or a new one) is written to a temporary file beside it, flushed, then renamed
 * over it: rename(2) within one directory is atomic on POSIX and replaces the target on Windows
 * too, so a reader sees either the old file or the whole new one. A symbolic link is followed to
 * the file it names and that file is replaced the same way (the link stays a link). A device or a
 * FIFO (`/dev/stdout`, `/dev/full`, a named pipe) is written directly: renaming over it would
 * replace the node itself. What cannot be written safely (a folder, a socket, a link into a folder
 * that does not exist, a loop of links) is refused with a message, and a failed write (ENOSPC,
 * EACCES, a read-only file system) is an InputError that names the path: exit 2, not a stack.
 *
 * A file with other hard links is replaced too, never written in place: the path gets the new
 * content and the other names keep the old one, with a warning. Writing in place would lose the
 * all-or-nothing promise (a kill mid-write tears every name) and would silently change content
 * that tools keep by hard link on purpose: DVC's `cache.type: hardlink` objects, `cp -al` and
 * rsnapshot snapshots. Sharing an output under two names is what a symbolic link is for.
 *
 * The temp file's name carries the writer's pid and host tag, so the next write of the same output
 * removes what a killed writer left (stale-temps.ts): never a live writer's.
 */








/** Linux's own limit on links followed in one lookup (MAXSYMLINKS). */
const MAX_LINKS = 40;
const REASONS = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EFBIG: 'file too large',
    EIO: 'input/output error',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    EEXIST: 'a file is in the way of a folder on the path',
    ENAMETOOLONG: 'the name is too long',
    ENXIO: 'no process is reading the named pipe',
    EPIPE: 'the reader closed the pipe',
};
/** The error a user sees when `given` cannot be written: what, where, and what to do. */
function outputWriteError(given, e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isMlopsError */ .s8)(e))
        return e;
    const code = e?.code;
    if (typeof code !== 'string')
        return e instanceof Error ? e : new Error(String(e));
    const reason = REASONS[code] ?? e.message;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: ${reason} (${code})`, {
        hint: code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space or write the output elsewhere' : 'check the path and its permissions, or write the output elsewhere',
        cause: e,
    });
}
async function lstatOptional(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/**
 * Follows `given` through symbolic links to the file an output should replace, and says what is
 * there. Refuses (InputError) a folder, a socket, a loop of links, and a dangling link whose folder
 * does not exist.
 */
async function resolveOutputTarget(given) {
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(given);
    let viaLink = false;
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined) {
            if (viaLink && !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path)).then((d) => d.isDirectory(), () => false))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a symbolic link to ${path}, whose folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path)} does not exist`, {
                    hint: 'create that folder, point the link at a file in an existing folder, or write the output elsewhere',
                });
            }
            return { given, path, kind: 'missing', viaLink };
        }
        if (s.isSymbolicLink()) {
            if (hops >= MAX_LINKS)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a file' });
            viaLink = true;
            path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(path));
            continue;
        }
        if (s.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a folder${viaLink ? ` (${path})` : ''}`, {
                hint: 'name a file to write, not a folder',
            });
        }
        if (s.isFile())
            return { given, path, kind: 'file', stats: s, viaLink };
        if (s.isSocket())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a socket`, { hint: 'name a file, a device or a named pipe' });
        // Character and block devices, FIFOs: written in place, never replaced.
        return { given, path, kind: 'device', stats: s, viaLink };
    }
}
/**
 * The folder an output folder should replace: `given` through its links (the link stays, its
 * folder is replaced). Refuses a file, a device or a socket where the folder should be.
 */
async function resolveOutputFolder(given) {
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(given);
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined || s.isDirectory())
            return path;
        if (!s.isSymbolicLink()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write folder ${given}: ${path} is ${s.isFile() ? 'a file' : 'not a folder'}`, {
                hint: 'name a folder (it is replaced whole), or move the file away',
            });
        }
        if (hops >= MAX_LINKS)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write folder ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a folder' });
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(path));
    }
}
/** What follows `.<name>.` in a temp of output `<name>`: pid, host tag, random part. */
const TEMP_TAIL = /^(\d+)\.([0-9a-f]{8})\.[0-9a-f]{12}\.tmp$/;
/** The same before the host tag (and validate's key files): judged by age and pid only. */
const UNTAGGED_TEMP_TAIL = /^(\d+)\.[0-9a-f]{12}\.tmp$/;
/**
 * A fresh temp path beside `path` for writing it: same folder, so the rename never crosses a file
 * system; dot-prefixed, so globs skip it; named for the output and the writer, so a later write of
 * the same output can tell a dead writer's leftover from a live one's.
 */
function outputTempPath(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(path)}.${process.pid}.${(0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_7__/* .hostTag */ .bf)()}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
/**
 * Per folder, the names in it that may be output temps, listed once per process: a step writing
 * many outputs into a big folder would otherwise read it whole for each (10,000 entries: about
 * 6 ms of CPU a write). A temp a writer leaves after the listing is the next process's to sweep.
 */
const tempNamesByFolder = new Map();
function tempNamesIn(dir) {
    let names = tempNamesByFolder.get(dir);
    if (names === undefined) {
        names = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).then((all) => all.filter((n) => n.startsWith('.') && n.endsWith('.tmp')), () => []);
        tempNamesByFolder.set(dir, names);
    }
    return names;
}
/**
 * Removes the temps of output `path` that a killed writer left (its pid gone from this host; one
 * from another host or an older version only when over an hour old). Returns the paths removed.
 */
async function sweepOutputTemps(path) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path);
    const prefix = `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(path)}.`;
    const tail = (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : '');
    const match = (name) => TEMP_TAIL.test(tail(name)) || UNTAGGED_TEMP_TAIL.test(tail(name));
    const listed = await tempNamesIn(dir);
    const names = listed.filter(match);
    if (names.length === 0)
        return [];
    const removed = await (0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_7__/* .sweepStaleTemps */ .RX)(dir, {
        names,
        match,
        pidOf: (name) => {
            const m = TEMP_TAIL.exec(tail(name)) ?? UNTAGGED_TEMP_TAIL.exec(tail(name));
            return m ? Number(m[1]) : undefined;
        },
        hostOf: (name) => TEMP_TAIL.exec(tail(name))?.[2],
    });
    const gone = new Set(removed.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(p)));
    tempNamesByFolder.set(dir, Promise.resolve(listed.filter((n) => !gone.has(n))));
    return removed;
}
function escapeWorkflowCommand(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Says that replacing `target` left its other hard links with the old content (see the top of this file). */
function warnIfHardLinksKeptOldContent(target) {
    const others = (target.stats?.nlink ?? 1) - 1;
    if (target.kind !== 'file' || others < 1)
        return;
    const names = others === 1 ? '1 other hard link keeps' : `${others} other hard links keep`;
    const message = `${target.given} was replaced and its ${names} the previous content (outputs are never written in place); to share an output under two names, use a symbolic link, which outputs are written through`;
    process.stderr.write(process.env.GITHUB_ACTIONS === 'true' ? `::warning::${escapeWorkflowCommand(message)}\n` : `mlops: warning: ${message}\n`);
}
async function writeInPlace(path, data) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'w');
    try {
        await fh.writeFile(data);
    }
    finally {
        await fh.close();
    }
}
async function writeBeside(target, data) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target.path);
    if (!target.viaLink)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    await sweepOutputTemps(target.path);
    const tmp = outputTempPath(target.path);
    const release = (0,_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .removeOnInterrupt */ .vY)(tmp);
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'wx');
        try {
            await fh.writeFile(data);
            // A replaced file keeps its permissions (a rename would otherwise reset them to the umask's).
            if (target.stats)
                await fh.chmod(target.stats.mode & 0o7777);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target.path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
        throw e;
    }
    finally {
        release();
    }
    warnIfHardLinksKeptOldContent(target);
}
async function writeFileAtomic(path, data) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device')
            await writeInPlace(target.path, data);
        else
            await writeBeside(target, data);
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
}
/**
 * Puts a finished temp file (written by a streaming writer) at output `path` the same way
 * writeFileAtomic does: renamed over the file links lead to (copied beside it first when that is on
 * another folder or file system), copied into a device or FIFO in place. The temp file is gone after.
 */
async function commitTempFile(tmp, path) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device') {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(tmp), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(target.path, { flags: 'w' }));
        }
        else if ((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target.path) === (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(tmp))) {
            await sweepOutputTemps(target.path);
            if (target.stats)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(tmp, target.stats.mode & 0o7777);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target.path);
            warnIfHardLinksKeptOldContent(target);
        }
        else {
            // The temp was made beside the link: sweep a killed writer's leftovers there too.
            if (target.viaLink)
                await sweepOutputTemps((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(path));
            await writeBeside(target, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(tmp));
        }
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
    }
}
/** JSON with two-space indentation and a trailing newline (stable, diff-friendly). */
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}


/***/ }),

/***/ 322:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The SHA-256 of a file, streamed (model archives and data files can be large), with its size:
 * the one digest every step records or verifies (published assets, model and data digests in
 * reports, the contract a shard was checked against).
 */


/** SHA-256 (hex) and size in bytes of a file. */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}


/***/ }),

/***/ 2946:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e1: () => (/* binding */ removeMatchingOnInterrupt),
/* harmony export */   vY: () => (/* binding */ removeOnInterrupt)
/* harmony export */ });
/* unused harmony export trackedTempCount */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Temp paths removed when the process is interrupted. A step registers what it is building
 * (a publish's work folder, a cache entry being saved, an atomic write's temp file) and releases it
 * when done; on SIGINT, SIGTERM or SIGHUP the registered paths are removed synchronously and the
 * signal is raised again, so the exit status stays the shell's 130/143/129.
 *
 * Handlers are installed only while something is registered: with nothing to clean, Node's
 * default signal behaviour is untouched. When another part of the program also listens for the
 * signal (train forwards it to its child and waits), that listener decides how to exit; we only
 * clean. SIGKILL cannot be caught: stale-temps.ts sweeps what it leaves on the next start.
 */


const tracked = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;
/**
 * A write still in flight on libuv's threads (an archive being written into the folder) can add an
 * entry after rmSync listed the folder, which then fails with ENOTEMPTY: retried twice, 5 ms apart.
 */
const REMOVE = { recursive: true, force: true, maxRetries: 2, retryDelay: 5 };
function removeTracked() {
    for (const t of tracked) {
        try {
            if ('path' in t)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(t.path, REMOVE);
            else
                for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(t.dir))
                    if (t.match(name))
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(t.dir, name), REMOVE);
        }
        catch {
            // Best effort: a path we cannot remove now is swept by the next run.
        }
    }
    tracked.clear();
}
function onSignal(signal) {
    removeTracked();
    if (process.listenerCount(signal) > 1)
        return;
    uninstall();
    process.kill(process.pid, signal);
}
function install() {
    if (installed)
        return;
    installed = true;
    for (const s of SIGNALS)
        process.on(s, onSignal);
    process.on('exit', removeTracked);
}
function uninstall() {
    if (!installed)
        return;
    installed = false;
    for (const s of SIGNALS)
        process.off(s, onSignal);
    process.off('exit', removeTracked);
}
function track(t) {
    tracked.add(t);
    install();
    return () => {
        tracked.delete(t);
        if (tracked.size === 0)
            uninstall();
    };
}
/** Removes `path` (file or folder) if the process is interrupted before the returned release is called. */
function removeOnInterrupt(path) {
    return track({ path });
}
/** Removes the entries of `dir` that `match` selects if the process is interrupted before release. */
function removeMatchingOnInterrupt(dir, match) {
    return track({ dir, match });
}
/** How many paths are registered (tests check that steps release what they register). */
function trackedTempCount() {
    return tracked.size;
}


/***/ }),

/***/ 8076:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ sweepStaleTemps),
/* harmony export */   bf: () => (/* binding */ hostTag),
/* harmony export */   xT: () => (/* binding */ processIsAlive)
/* harmony export */ });
/* unused harmony export STALE_TEMP_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/**
 * Sweeps temp entries a killed run left behind (SIGKILL, a power cut: nothing ran to clean them).
 * Only in a folder we own, only names with our own prefix, only entries owned by this user, never
 * through a link, and only when the writer is proven gone:
 * - the name carries the writer's process id and this host's tag (hostTag(): the host name and the
 *   pid namespace, so a container sharing the folder is another host) and no such process runs:
 *   swept at once, however fresh;
 * - otherwise (no pid, another host's or an older name without a tag): only when older than a run
 *   can last (an hour, by the newest modification time of the entry and its direct children) and,
 *   with a pid, that pid not alive here.
 * A live writer's entry (its pid alive) is never removed; a pid reused by an unrelated process only
 * delays the sweep. Failures are ignored: the sweep must not fail the run it precedes.
 */





const STALE_TEMP_MS = 60 * 60 * 1000;
let tag;
/**
 * Eight hex digits naming this host and pid namespace: a pid is only meaningful where it was
 * taken, and two containers (or a container and its host) can share a host name or a folder.
 */
function hostTag() {
    if (tag === undefined) {
        let namespace = '';
        try {
            namespace = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)('/proc/self/ns/pid');
        }
        catch {
            // Not Linux: the host name alone.
        }
        tag = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${(0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)()}\0${namespace}`).digest('hex').slice(0, 8);
    }
    return tag;
}
/** True when a process with this id runs on this host (signal 0 checks without sending anything). */
function processIsAlive(pid) {
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: it exists but belongs to someone else.
        return e.code === 'EPERM';
    }
}
async function newestMtimeMs(path, own) {
    let newest = own;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(path).catch(() => []);
    for (const n of names) {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, n)).catch(() => undefined);
        if (s && s.mtimeMs > newest)
            newest = s.mtimeMs;
    }
    return newest;
}
/** Removes the stale entries of `dir` that `match` selects; returns the paths removed. */
async function sweepStaleTemps(dir, options) {
    const cutoff = (options.now ?? Date.now)() - (options.maxAgeMs ?? STALE_TEMP_MS);
    const uid = process.getuid?.();
    const removed = [];
    const names = options.names ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).catch(() => []));
    for (const name of names) {
        if (!options.match(name))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, name);
        try {
            const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
            if (s.isSymbolicLink() || (uid !== undefined && s.uid !== uid))
                continue;
            const pid = options.pidOf?.(name);
            if (pid !== undefined && processIsAlive(pid))
                continue;
            const deadHere = pid !== undefined && options.hostOf?.(name) === hostTag();
            if (!deadHere) {
                const newest = s.isDirectory() ? await newestMtimeMs(path, s.mtimeMs) : s.mtimeMs;
                if (newest > cutoff)
                    continue;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { recursive: true, force: true });
            removed.push(path);
        }
        catch {
            // Another sweeper got there first, or it is not ours to remove.
        }
    }
    return removed;
}


/***/ }),

/***/ 3199:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluate: () => (/* binding */ evaluate)
});

// UNUSED EXPORTS: DEFAULT_MIN_GROUP_SIZE, DEFAULT_MIN_SLICE_SIZE, DEFAULT_THRESHOLD, MAX_RESAMPLES, examplesPathFor

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts
var atomic_write = __webpack_require__(3196);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ../../../../shared/formats/examples-file.ts
/**
 * The per-example file next to an evaluation report (`<out>.examples.jsonl.gz`): one JSON object
 * per row, `{"id": …, "label": …, "prediction": …, "score": …}` (fields by task, see
 * docs/evaluate.md), and with `evaluate --sensitive` each row's sensitive values under
 * `"sensitive"`, gzip-compressed. The compare step pairs rows of two reports by `id` for paired
 * significance tests (of the metrics, and of the fairness summaries by the sensitive values).
 *
 * Why a worker thread: turning a million doubles into shortest round-trip text and gzipping it is
 * ~1 s of CPU at 1M binary rows (0.25 s of it the number texts, 0.3 s the gzip). The bootstrap is
 * synchronous on the main thread, so the file is rendered on the second core meanwhile; the typed
 * arrays are copied to the worker (a few MB), not shared. The worker's code is a plain string (eval
 * worker, CommonJS) so it is the same under tsx, vitest and the ncc bundle, with no extra file to
 * ship.
 */

/**
 * The worker writes the JSON Lines bytes straight into one growing Buffer: fixed texts (keys, label
 * JSON) are UTF-8 encoded once and copied per row, numbers are written as their ToString text
 * (ASCII), ids through Buffer#write. Building a string per 65,536 rows instead (≈ 8 concatenations a
 * row) kept the whole concatenation tree alive across young-generation collections: measured on 1M
 * binary rows, 2.8 s CPU (1.8 s of it garbage collection), now ~1 s, same bytes.
 */
const WORKER_SOURCE = `
const { workerData: spec, parentPort } = require('node:worker_threads');
const { gzipSync } = require('node:zlib');
const utf8 = (t) => Uint8Array.from(Buffer.from(String(t), 'utf8'));
const f = spec.fields.map((x) => {
  const key = utf8(',"' + x.key + '":');
  const codedTexts = (json) => {
    const bytes = json.map(utf8);
    let max = 9; // "undefined", for a code past the end (what string concatenation wrote)
    for (const b of bytes) max = Math.max(max, b.length);
    return { bytes, max };
  };
  if (x.kind === 'coded') {
    const c = codedTexts(x.json);
    return { kind: 0, key, codes: x.codes, bytes: c.bytes, max: key.length + c.max };
  }
  if (x.kind === 'number') return { kind: 1, key, values: x.values, max: key.length + 25 };
  if (x.kind === 'vector') return { kind: 2, key, values: x.values, width: x.width, max: key.length + 2 + 26 * x.width };
  const members = x.members.map((m, j) => {
    const c = codedTexts(m.json);
    const name = utf8((j ? ',' : '') + m.nameJson + ':');
    return { name, codes: m.codes, bytes: c.bytes, max: name.length + c.max };
  });
  return { kind: 3, key, members, max: key.length + 2 + members.reduce((a, m) => a + m.max, 0) };
});
const ids = spec.ids;
const fixed = f.reduce((a, x) => a + x.max, 0) + 32;
const OPEN = utf8('{"id":');
let out = Buffer.allocUnsafe(Math.max(1024, Math.min(spec.rows * (fixed + 8), 64 * 1024 * 1024)));
let o = 0;
function copy(b) {
  for (let j = 0; j < b.length; j++) out[o++] = b[j];
}
function ascii(s) {
  for (let j = 0; j < s.length; j++) out[o++] = s.charCodeAt(j);
}
function coded(bytes, code) {
  const b = bytes[code];
  if (b === undefined) ascii('undefined');
  else copy(b);
}
function rows(start, end) {
  for (let i = start; i < end; i++) {
    const idText = ids ? String(JSON.stringify(ids[i])) : undefined;
    const need = fixed + (idText === undefined ? 0 : 3 * idText.length);
    if (o + need > out.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * out.length, o + need));
      out.copy(grown, 0, 0, o);
      out = grown;
    }
    copy(OPEN);
    if (idText === undefined) ascii('' + i);
    else o += out.write(idText, o, 'utf8');
    for (let k = 0; k < f.length; k++) {
      const x = f[k];
      copy(x.key);
      if (x.kind === 0) coded(x.bytes, x.codes[i]);
      else if (x.kind === 1) ascii('' + x.values[i]);
      else if (x.kind === 3) {
        out[o++] = 123; // {
        for (let j = 0; j < x.members.length; j++) {
          const m = x.members[j];
          copy(m.name);
          coded(m.bytes, m.codes[i]);
        }
        out[o++] = 125; // }
      } else {
        out[o++] = 91; // [
        for (let j = 0; j < x.width; j++) {
          if (j) out[o++] = 44; // ,
          ascii('' + x.values[i * x.width + j]);
        }
        out[o++] = 93; // ]
      }
    }
    out[o++] = 125; // }
    out[o++] = 10; // \n
  }
}
for (let start = 0; start < spec.rows; start += 4096) rows(start, Math.min(spec.rows, start + 4096));
parentPort.postMessage(gzipSync(out.subarray(0, o), { level: spec.level }));
`;
/** Renders the gzipped JSON Lines on a worker thread; resolves with the bytes to write. */
function renderExamplesFile(spec) {
    return new Promise((resolve, reject) => {
        // Member names JSON-escaped once here, not per row in the worker.
        const fields = spec.fields.map((f) => (f.kind === 'record' ? { ...f, members: f.members.map((m) => ({ ...m, nameJson: JSON.stringify(m.name) })) } : f));
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, workerData: { ...spec, fields, level: spec.level ?? 1 } });
        worker.once('message', (m) => {
            resolve(Buffer.from(m.buffer, m.byteOffset, m.byteLength));
            void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
            if (code !== 0)
                reject(new Error(`examples worker exited with code ${code}`));
        });
    });
}
/**
 * The `"sensitive"` member of each row (evaluate --sensitive): every sensitive column's value as
 * text, null where the cell is missing (`codes[i]` < 0), as the fairness section groups them.
 * Undefined when there are no sensitive columns.
 */
function sensitiveExampleField(columns) {
    if (columns.length === 0)
        return undefined;
    return {
        key: 'sensitive',
        kind: 'record',
        members: columns.map((c) => {
            const k = c.values.length;
            const codes = new Int32Array(c.codes.length);
            for (let i = 0; i < codes.length; i++)
                codes[i] = c.codes[i] < 0 ? k : c.codes[i];
            return { name: c.column, codes, json: [...c.values.map((v) => JSON.stringify(v)), 'null'] };
        }),
    };
}

// EXTERNAL MODULE: ../../../../shared/model/import/csv-metrics.ts
var csv_metrics = __webpack_require__(4586);
// EXTERNAL MODULE: ../../../../shared/runtime/message-text.ts
var message_text = __webpack_require__(1042);
// EXTERNAL MODULE: ../../../../shared/model/import/json-yaml.ts + 1 modules
var json_yaml = __webpack_require__(7442);
;// CONCATENATED MODULE: ../../../../shared/model/import/dvc.ts
/**
 * A DVC project folder: the metrics files `dvc.yaml` declares, imported like `dvc metrics show`.
 *
 * Sources of metrics paths (relative to the folder holding `dvc.yaml`):
 * - the top-level `metrics:` list (DVC 3), entries are paths;
 * - each stage's `metrics:` outputs, entries are a path or `{path: {cache: false, ...}}`.
 * Templated paths (`${item}` in `foreach`/`matrix` stages) cannot be resolved without DVC's
 * templating and are reported in `unresolved`. A path that is a directory contributes every
 * `.json`/`.yaml`/`.yml` file below it. Files are parsed by extension (`.json` → JSON, anything
 * else → YAML, DVC's default loader). Declared files that do not exist are listed in `missing`
 * (DVC also skips them); when none exists it is an error (`dvc pull` / `dvc repro` first).
 *
 * Key naming: with one metrics file, keys are the flattened names (`roc_auc.test`); with several,
 * each key is prefixed by its file's relative path and a colon (`eval/metrics.json:roc_auc.test`),
 * as `dvc metrics show` groups by path — so the same name in two files never collides.
 * `params.yaml`, when present, is returned flattened in `params` for context (not as metrics).
 */





function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
/** Declared metrics paths of a parsed dvc.yaml, in file order, without duplicates. */
function dvcMetricsPaths(dvcYaml, file) {
    if (dvcYaml === null || typeof dvcYaml !== 'object' || Array.isArray(dvcYaml)) {
        throw new errors/* InputError */.dz('dvc.yaml is not a mapping', { location: { file }, hint: 'expected top-level keys such as "stages:" and "metrics:"' });
    }
    const out = [];
    const add = (entries, where) => {
        if (entries === undefined || entries === null)
            return;
        if (!Array.isArray(entries)) {
            throw new errors/* InputError */.dz(`${where} "metrics" must be a list`, { location: { file }, hint: 'write "metrics:" followed by "- path/to/metrics.json" items' });
        }
        for (const e of entries) {
            if (typeof e === 'string')
                out.push(e);
            else if (e && typeof e === 'object' && !Array.isArray(e) && Object.keys(e).length === 1)
                out.push(Object.keys(e)[0]);
            else
                throw new errors/* InputError */.dz(`${where} has a metrics entry that is neither a path nor {path: options}`, { location: { file } });
        }
    };
    const doc = dvcYaml;
    add(doc.metrics, 'the top level');
    const stages = doc.stages;
    if (stages && typeof stages === 'object' && !Array.isArray(stages)) {
        for (const [name, stage] of Object.entries(stages)) {
            if (!stage || typeof stage !== 'object')
                continue;
            const s = stage;
            add(s.metrics, `stage "${name}"`);
            // foreach / matrix stages keep their outputs under `do:` (foreach) or at the top (matrix).
            const body = s.do;
            if (body && typeof body === 'object')
                add(body.metrics, `stage "${name}" (do)`);
        }
    }
    return [...new Set(out)];
}
async function filesUnder(dir) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const p = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await filesUnder(p)));
        else if (/\.(json|ya?ml)$/i.test(entry.name))
            out.push(p);
    }
    return out.sort();
}
async function importDvcMetrics(folder) {
    const dvcFile = external_node_path_default().join(folder, 'dvc.yaml');
    let text;
    try {
        text = await (0,promises_.readFile)(dvcFile, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(`cannot read dvc.yaml: ${(0,message_text/* shortened */.v)(e.message, 200)}`, {
            location: { file: dvcFile },
            hint: 'point at the folder of a DVC project (the one holding dvc.yaml)',
            cause: e,
        });
    }
    const declared = dvcMetricsPaths((0,json_yaml.parseMetricsDocument)(text, dvcFile, 'yaml'), dvcFile);
    const unresolved = declared.filter((p) => p.includes('${'));
    const missing = [];
    const files = [];
    for (const rel of declared.filter((p) => !p.includes('${'))) {
        const abs = external_node_path_default().resolve(folder, rel);
        const st = await (0,promises_.stat)(abs).catch(() => undefined);
        if (!st)
            missing.push(rel);
        else if (st.isDirectory())
            files.push(...(await filesUnder(abs)).map((f) => toPosix(external_node_path_default().relative(folder, f))));
        else
            files.push(toPosix(external_node_path_default().normalize(rel)));
    }
    if (files.length === 0) {
        const what = declared.length === 0 ? 'declares no metrics' : `declares metrics but none exists (${(0,message_text/* shortList */.p)([...missing, ...unresolved])})`;
        throw new errors/* InputError */.dz(`dvc.yaml ${what}`, {
            location: { file: dvcFile },
            hint: declared.length === 0 ? 'add a "metrics:" entry to the stage that writes them' : 'run "dvc pull" or "dvc repro" first',
        });
    }
    const metrics = Object.create(null); // user names as keys: "__proto__" must stay data
    const skipped = [];
    const prefixed = files.length > 1;
    for (const rel of files) {
        const abs = external_node_path_default().resolve(folder, rel);
        const content = await (0,promises_.readFile)(abs, 'utf8');
        const one = (0,json_yaml.metricsFromDocument)((0,json_yaml.parseMetricsDocument)(content, abs, (0,json_yaml.metricsDocumentFormat)(abs)), abs);
        for (const [k, v] of Object.entries(one.metrics))
            metrics[prefixed ? `${rel}:${k}` : k] = v;
        for (const s of one.skipped)
            skipped.push({ key: prefixed ? `${rel}:${s.key}` : s.key, reason: s.reason });
    }
    const result = { metrics, files, missing, unresolved, skipped };
    const paramsFile = external_node_path_default().join(folder, 'params.yaml');
    const paramsText = await (0,promises_.readFile)(paramsFile, 'utf8').catch(() => undefined);
    if (paramsText !== undefined && paramsText.trim() !== '') {
        const doc = (0,json_yaml.parseMetricsDocument)(paramsText, paramsFile, 'yaml');
        if (doc && typeof doc === 'object' && !Array.isArray(doc))
            result.params = flattenParams(doc);
    }
    return result;
}
/** params.yaml flattened with dots; numbers stay numbers, everything else becomes its JSON text. */
function flattenParams(doc) {
    const out = {};
    const walk = (v, key) => {
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            for (const [k, x] of Object.entries(v))
                walk(x, key ? `${key}.${k}` : k);
        }
        else if (typeof v === 'number')
            out[key] = v;
        else
            out[key] = typeof v === 'string' ? v : JSON.stringify(v);
    };
    walk(doc, '');
    return out;
}

// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
;// CONCATENATED MODULE: ../../../../shared/model/import/mlflow.ts
/**
 * An MLflow file store (`mlruns/`), read with the semantics of `mlflow.store.tracking.file_store`:
 *
 * - experiments are folders holding `meta.yaml` (`experiment_id`, `name`, `lifecycle_stage`);
 *   `.trash/` (deleted experiments) and experiments with `lifecycle_stage: deleted` are skipped;
 * - runs are sub-folders holding `meta.yaml` (`run_id`, or only `run_uuid` in old files,
 *   `start_time`, `lifecycle_stage`, `run_name` in new files). Runs whose stage is `deleted`, or
 *   whose meta names another experiment (MLflow ignores those too), are skipped; folders
 *   without a run `meta.yaml` (`tags/`, `datasets/`, `models/`, …) are not runs;
 * - `metrics/<key>` files hold `timestamp value [step]` lines (no step → 0). Keys may contain `/`,
 *   so metrics are nested folders. A run's metric is the entry with the highest (step, timestamp,
 *   value), exactly `FileStore._get_metric_from_file`; a non-finite value (`nan`, `inf`) there is
 *   left out and listed in `nonFinite`;
 * - `params/<key>` and `tags/<key>` hold the raw value, without a trailing newline;
 * - the run name is `run_name` from meta.yaml, else the `mlflow.runName` tag (old stores).
 *
 * The path may be the store root, one experiment folder, or one run folder.
 * Selectors: a run id (or a unique prefix of at least 6 characters), `latest` (highest start_time,
 * MLflow's default order; parents and nested runs alike), or `best:<metric>:max|min` (among runs
 * that have the metric; ties → latest start_time).
 */





// MLflow's RunStatus enum, written as an int by old stores.
const RUN_STATUS = { 1: 'RUNNING', 2: 'SCHEDULED', 3: 'FINISHED', 4: 'FAILED', 5: 'KILLED' };
function parseMlflowRunSelector(s) {
    const t = s.trim();
    if (t === 'latest')
        return { kind: 'latest' };
    if (t.startsWith('best:')) {
        const m = /^best:(.+):(max|min)$/.exec(t);
        if (!m) {
            throw new errors/* UsageError */.eb(`MLflow run selector "${s}" is not "best:<metric>:max" or "best:<metric>:min"`, {
                hint: 'for example best:val_accuracy:max or best:loss:min',
            });
        }
        return { kind: 'best', metric: m[1], goal: m[2] };
    }
    if (/^[0-9a-zA-Z_-]{6,}$/.test(t))
        return { kind: 'id', id: t };
    throw new errors/* UsageError */.eb(`MLflow run selector "${s}" is not a run id, "latest" or "best:<metric>:max|min"`, {
        hint: 'copy the run id from the MLflow UI, or use latest',
    });
}
async function readYaml(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text, { logLevel: 'error' });
    }
    catch (e) {
        const pos = e.linePos?.[0];
        throw new errors/* InputError */.dz(`invalid MLflow meta.yaml: ${(0,message_text/* shortened */.v)(e.message.split('\n')[0], 200)}`, {
            location: { file, line: pos?.line, column: pos?.col },
            hint: 'the store is damaged; restore the file from a backup or remove the run',
            cause: e,
        });
    }
    if (doc && typeof doc === 'object' && !Array.isArray(doc))
        return doc;
    // MLflow always writes a mapping: an empty one is a write that died (a full disk), not "no run here".
    throw new errors/* InputError */.dz(`MLflow meta.yaml is ${text.trim() === '' ? 'empty' : 'not a mapping'}`, {
        location: { file },
        hint: 'the store is damaged; restore the file from a backup or remove the run',
    });
}
const str = (v) => (v === null || v === undefined ? '' : String(v));
const mlflow_int = (v) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);
async function subdirs(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isDirectory() && e.name !== '.trash').map((e) => e.name).sort();
}
/** Files below `dir` as keys relative to it, `/`-separated (metric, param and tag keys may nest). */
async function keyFiles(dir) {
    const out = new Map();
    const walk = async (d, prefix) => {
        const entries = await (0,promises_.readdir)(d, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const key = prefix ? `${prefix}/${e.name}` : e.name;
            if (e.isDirectory())
                await walk(external_node_path_default().join(d, e.name), key);
            else if (e.isFile())
                out.set(key, external_node_path_default().join(d, e.name));
        }
    };
    await walk(dir, '');
    return out;
}
async function experimentAt(dir) {
    const meta = await readYaml(external_node_path_default().join(dir, 'meta.yaml'));
    if (!meta || meta.experiment_id === undefined || meta.run_id !== undefined || meta.run_uuid !== undefined)
        return undefined;
    if (str(meta.lifecycle_stage) === 'deleted')
        return undefined;
    return { id: str(meta.experiment_id), name: str(meta.name), dir };
}
async function runInfoAt(dir, exp) {
    const meta = await readYaml(external_node_path_default().join(dir, 'meta.yaml'));
    if (!meta)
        return undefined;
    const runId = str(meta.run_id ?? meta.run_uuid);
    if (!runId)
        return undefined;
    const tagsDir = external_node_path_default().join(dir, 'tags');
    const tag = async (k) => (0,promises_.readFile)(external_node_path_default().join(tagsDir, k), 'utf8').catch(() => undefined);
    const status = typeof meta.status === 'number' ? (RUN_STATUS[meta.status] ?? String(meta.status)) : str(meta.status);
    const info = {
        runId,
        experimentId: str(meta.experiment_id),
        experimentName: exp.name,
        runName: str(meta.run_name) || (await tag('mlflow.runName')) || '',
        startTime: mlflow_int(meta.start_time),
        endTime: mlflow_int(meta.end_time),
        status,
        lifecycleStage: str(meta.lifecycle_stage) || 'active',
        dir,
    };
    const parent = await tag('mlflow.parentRunId');
    if (parent)
        info.parentRunId = parent;
    return info;
}
/** Active runs of the store, experiment or run at `root` (deleted ones are left out). */
async function listMlflowRuns(root) {
    const st = await (0,promises_.stat)(root).catch(() => undefined);
    if (!st?.isDirectory()) {
        throw new errors/* InputError */.dz('MLflow store not found', { location: { file: root }, hint: 'point at the mlruns folder (the tracking URI of a file store)' });
    }
    if (external_node_path_default().resolve(root).split((external_node_path_default()).sep).includes('.trash')) {
        throw new errors/* InputError */.dz("this is inside MLflow's .trash folder, which holds deleted experiments", {
            location: { file: root },
            hint: 'restore the experiment with "mlflow experiments restore", or point at the mlruns folder',
        });
    }
    const own = await readYaml(external_node_path_default().join(root, 'meta.yaml'));
    let experiments;
    if (own && (own.run_id !== undefined || own.run_uuid !== undefined)) {
        // A run folder: its experiment is the parent folder.
        const exp = (await experimentAt(external_node_path_default().dirname(root))) ?? { id: str(own.experiment_id), name: '', dir: external_node_path_default().dirname(root) };
        const info = await runInfoAt(root, exp);
        return info && info.lifecycleStage !== 'deleted' ? [info] : [];
    }
    else if (own && own.experiment_id !== undefined) {
        const exp = await experimentAt(root);
        experiments = exp ? [exp] : [];
    }
    else {
        experiments = [];
        for (const name of await subdirs(root)) {
            const exp = await experimentAt(external_node_path_default().join(root, name));
            if (exp)
                experiments.push(exp);
        }
    }
    const runs = [];
    for (const exp of experiments) {
        for (const name of await subdirs(exp.dir)) {
            const info = await runInfoAt(external_node_path_default().join(exp.dir, name), exp);
            if (!info || info.lifecycleStage === 'deleted' || info.experimentId !== exp.id)
                continue;
            runs.push(info);
        }
    }
    return runs;
}
/** Parses a Python float as MLflow writes it (`repr`): decimals, `nan`, `inf`, `-inf`. */
function pyFloat(s) {
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s))
        return Number(s);
    const m = /^([+-]?)(nan|inf|infinity)$/i.exec(s);
    if (!m)
        return undefined;
    if (m[2].toLowerCase() === 'nan')
        return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
}
async function readMlflowMetric(file, atStep) {
    const text = await (0,promises_.readFile)(file, 'utf8');
    let best;
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === '')
            return;
        const parts = line.split(' ');
        const ts = parts[0] !== undefined && /^-?\d+$/.test(parts[0]) ? Number(parts[0]) : undefined;
        const value = parts[1] !== undefined ? pyFloat(parts[1]) : undefined;
        const step = parts.length >= 3 ? (/^-?\d+$/.test(parts[2]) ? Number(parts[2]) : undefined) : 0;
        if (parts.length < 2 || parts.length > 5 || ts === undefined || value === undefined || step === undefined) {
            throw new errors/* InputError */.dz(`malformed MLflow metric line ${JSON.stringify(line.slice(0, 80))}`, {
                location: { file, line: i + 1 },
                hint: 'expected "timestamp value step", e.g. "1656994881659 0.59 1"',
            });
        }
        const e = { timestamp: ts, value, step };
        if (atStep !== undefined && step !== atStep)
            return;
        // NaN compares false in Python too, so a NaN value never wins a tie on value.
        if (!best || e.step > best.step || (e.step === best.step && (e.timestamp > best.timestamp || (e.timestamp === best.timestamp && e.value > best.value)))) {
            best = e;
        }
    });
    if (!best && atStep !== undefined && lines.some((l) => l.trim() !== ''))
        return undefined;
    if (!best) {
        throw new errors/* InputError */.dz('MLflow metric file has no data', { location: { file }, hint: 'MLflow reports this as a malformed metric; remove the file or re-log it' });
    }
    return best;
}
/** Metrics, params and tags of one run. */
async function readMlflowRun(info, atStep) {
    const metrics = Object.create(null); // user names as keys: "__proto__" must stay data
    const steps = Object.create(null); // user names as keys: "__proto__" must stay data
    const nonFinite = [];
    for (const [key, file] of [...(await keyFiles(external_node_path_default().join(info.dir, 'metrics')))].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const e = atStep === undefined ? await readMlflowMetric(file) : await readMlflowMetric(file, atStep);
        if (!e)
            continue;
        if (Number.isFinite(e.value)) {
            metrics[key] = e.value;
            steps[key] = e.step;
        }
        else
            nonFinite.push(key);
    }
    const readAll = async (sub) => {
        const out = Object.create(null); // user names as keys: "__proto__" must stay data
        for (const [key, file] of [...(await keyFiles(external_node_path_default().join(info.dir, sub)))].sort(([a], [b]) => (a < b ? -1 : 1)))
            out[key] = await (0,promises_.readFile)(file, 'utf8');
        return out;
    };
    return { info, metrics, steps, nonFinite, params: await readAll('params'), tags: await readAll('tags') };
}
/** Where a deleted run with this id lives, for a message that says why it was not found. */
async function findDeletedRun(root, id) {
    const look = async (base, label) => {
        for (const exp of await subdirs(base)) {
            const meta = await readYaml(external_node_path_default().join(base, exp, id, 'meta.yaml')).catch(() => undefined);
            if (meta)
                return `${label}experiment ${exp}, lifecycle_stage ${str(meta.lifecycle_stage) || 'active'}`;
        }
        return undefined;
    };
    return (await look(root, '')) ?? (await look(external_node_path_default().join(root, '.trash'), '.trash/'));
}
const byStartDesc = (a, b) => (b.startTime ?? -Infinity) - (a.startTime ?? -Infinity) || (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0);
/** `experiment` (an id or a name) narrows the candidates to that experiment's runs. */
async function importMlflowRun(root, selector = 'latest', experiment, atStep) {
    const sel = typeof selector === 'string' ? parseMlflowRunSelector(selector) : selector;
    let runs = (await listMlflowRuns(root)).sort(byStartDesc);
    const exp = experiment?.trim();
    if (exp) {
        const byId = runs.filter((r) => r.experimentId === exp);
        const picked = byId.length > 0 ? byId : runs.filter((r) => r.experimentName === exp);
        if (picked.length === 0) {
            const have = [...new Map(runs.map((r) => [r.experimentId, `${r.experimentId} (${r.experimentName})`])).values()];
            throw new errors/* InputError */.dz(`no active MLflow experiment with id or name "${(0,message_text/* shortened */.v)(exp)}" holds active runs`, {
                location: { file: root },
                hint: `experiments with active runs: ${have.length ? (0,message_text/* shortList */.p)(have) : 'none'}`,
            });
        }
        runs = picked;
    }
    const hint = 'point at an mlruns folder with at least one active run';
    if (runs.length === 0)
        throw new errors/* InputError */.dz('no active MLflow runs found (deleted runs and .trash are ignored)', { location: { file: root }, hint });
    let run;
    if (sel.kind === 'id') {
        const matches = runs.filter((r) => r.runId === sel.id || r.runId.startsWith(sel.id));
        const exact = matches.find((r) => r.runId === sel.id);
        if (!exact && matches.length !== 1) {
            const deleted = matches.length === 0 ? await findDeletedRun(root, sel.id) : undefined;
            throw new errors/* InputError */.dz(deleted
                ? `MLflow run "${sel.id}" is deleted (${deleted}); deleted runs are not imported`
                : matches.length === 0
                    ? `no active MLflow run "${sel.id}" (deleted runs and .trash are ignored)`
                    : `run id prefix "${sel.id}" matches ${matches.length} runs`, { location: { file: root }, hint: `active runs: ${runs.slice(0, 5).map((r) => r.runId).join(', ')}${runs.length > 5 ? ', …' : ''}` });
        }
        run = await readMlflowRun(exact ?? matches[0]);
    }
    else if (sel.kind === 'latest') {
        run = await readMlflowRun(runs[0]);
    }
    else {
        let best;
        for (const info of runs) {
            const r = await readMlflowRun(info);
            const v = r.metrics[sel.metric];
            if (v === undefined)
                continue;
            // runs are in start_time-descending order, so a strict comparison keeps the latest on ties.
            if (!best || (sel.goal === 'max' ? v > best.metrics[sel.metric] : v < best.metrics[sel.metric]))
                best = r;
        }
        if (!best) {
            throw new errors/* InputError */.dz(`no active MLflow run has a finite metric "${(0,message_text/* shortened */.v)(sel.metric)}"`, { location: { file: root }, hint: 'check the metric name (keys are case-sensitive)' });
        }
        run = best;
    }
    // The run is chosen by latest values; then each metric is read at the step asked for.
    if (atStep !== undefined) {
        run = await readMlflowRun(run.info, atStep);
        if (Object.keys(run.metrics).length === 0) {
            throw new errors/* InputError */.dz(`MLflow run ${run.info.runId} has no finite metric logged at step ${atStep}`, { location: { file: run.info.dir }, hint: 'pick a step the run logged (the third field of its metrics files), or leave the step out for each metric\'s latest value' });
        }
    }
    if (Object.keys(run.metrics).length === 0) {
        const name = run.info.runName ? ` (${run.info.runName})` : '';
        const why = sel.kind === 'latest' ? ', the latest by start_time' : '';
        throw new errors/* InputError */.dz(`MLflow run ${run.info.runId}${name}${why} has no metrics${run.nonFinite.length ? ` (only non-finite ones: ${(0,message_text/* shortList */.p)(run.nonFinite)})` : ''}`, {
            location: { file: run.info.dir },
            hint: run.info.parentRunId
                ? `it is a nested run of ${run.info.parentRunId}; select that run by id or use best:<metric>:max|min`
                : 'select another run by id or use best:<metric>:max|min',
        });
    }
    return run;
}

;// CONCATENATED MODULE: ../../../../shared/model/import/mlflow-sqlite.ts
/**
 * An MLflow SQLite tracking store (`mlflow.db`, the default store of current MLflow; also given as
 * the tracking URI `sqlite:///mlflow.db`), read with the semantics of
 * `mlflow.store.tracking.sqlalchemy_store.SqlAlchemyStore` and its model registry:
 *
 * - experiments: table `experiments` (`experiment_id`, `name`, `lifecycle_stage`); runs: table
 *   `runs` (`run_uuid`, `experiment_id`, `name`, `status`, `start_time`, `end_time`,
 *   `lifecycle_stage`). A run is a candidate only when it and its experiment are `active`; deleted
 *   runs and runs of deleted experiments are never chosen, not even by id;
 * - metrics: table `metrics`, every logged point (`key`, `value`, `timestamp`, `step`, `is_nan`).
 *   A run's metric is the point with the highest (step, timestamp, value), exactly the order
 *   `_update_latest_metrics_if_necessary` keeps in `latest_metrics`. MLflow stores NaN as value 0
 *   with `is_nan` 1, and ±infinity as ±1.7976931348623157e308 (SQL has no infinity): both are left
 *   out and listed in `nonFinite`, as the file store importer does with `nan`/`inf`;
 * - params and tags: tables `params` and `tags`; a NULL tag value reads as "";
 * - the run name is `runs.name`, else the `mlflow.runName` tag (stores from before that column);
 * - the registry: `registered_models`, `model_versions` (`run_id`, `current_stage`; MLflow
 *   soft-deletes a version by setting its stage to `Deleted_Internal`) and
 *   `registered_model_aliases` (`name`, `alias`, `version`).
 *
 * Selectors: those of the file store (`mlflow.ts`): a run id or a unique prefix of at least 6
 * characters, `latest` (highest start_time, then run id: MLflow's default order), or
 * `best:<metric>:max|min`; an experiment by id or name narrows the candidates; a model version
 * (`NAME@ALIAS`, `NAME/VERSION`, `NAME/latest`, optionally as `models:/…`) picks the run that
 * produced it.
 *
 * Reading: the file's bytes go into sql.js (SQLite compiled to WebAssembly, its inline build) in
 * memory; nothing is ever written back. sql.js is loaded only here, on first use, so a cold start
 * that imports anything else does not pay for it. The schema is checked column by column
 * (`pragma_table_info`) before any query: a revision we have not tested is read when every
 * column we use is there, and refused, naming the revision and what is missing, when not.
 */





/** Alembic revisions of real stores the tests read (test/model/mlflow-sqlite.test.ts). */
const TESTED_MLFLOW_REVISIONS = Object.freeze({
    '5b0e9adcef9c': 'MLflow 2.x (2024): add cascade deletion to trace tables foreign keys',
    '1bd49d398cd23': 'MLflow 3.x (2025-11): add secrets tables',
});
/** Tables and columns every import reads. */
const TRACKING_COLUMNS = {
    experiments: ['experiment_id', 'name', 'lifecycle_stage'],
    runs: ['run_uuid', 'experiment_id', 'status', 'start_time', 'end_time', 'lifecycle_stage'],
    metrics: ['run_uuid', 'key', 'value', 'timestamp', 'step', 'is_nan'],
    params: ['run_uuid', 'key', 'value'],
    tags: ['run_uuid', 'key', 'value'],
};
/** Read only with a model selector. */
const REGISTRY_COLUMNS = {
    registered_models: ['name'],
    model_versions: ['name', 'version', 'run_id', 'current_stage'],
};
/** Read only with a `NAME@ALIAS` selector (aliases arrived in MLflow 2.3). */
const ALIAS_COLUMNS = {
    registered_model_aliases: ['name', 'alias', 'version'],
};
const SQLITE_MAGIC = 'SQLite format 3\0';
/** How MLflow stores ±infinity: SQL has none, so `SqlAlchemyStore` writes ±sys.float_info.max. */
const MLFLOW_INFINITY = 1.7976931348623157e308;
/** Buffers past this are refused by node's readFile; say so before trying. */
const MAX_BYTES = 2 ** 31 - 1;
function parseMlflowModelSelector(s) {
    const t = s.trim().replace(/^models:\//, '');
    const at = t.lastIndexOf('@');
    if (at > 0 && at < t.length - 1)
        return { kind: 'alias', name: t.slice(0, at), alias: t.slice(at + 1) };
    const slash = t.lastIndexOf('/');
    if (slash > 0) {
        const name = t.slice(0, slash);
        const v = t.slice(slash + 1);
        if (v === 'latest')
            return { kind: 'latest', name };
        if (/^[1-9]\d{0,9}$/.test(v))
            return { kind: 'version', name, version: Number(v) };
    }
    throw new errors/* UsageError */.eb(`MLflow model selector "${(0,message_text/* shortened */.v)(s)}" is not NAME@ALIAS, NAME/VERSION or NAME/latest`, {
        hint: 'for example nyc-taxi-model@staging or nyc-taxi-model/1 (the names the MLflow UI shows under Models)',
    });
}
/** `sqlite:///rel/path.db` → `rel/path.db`, `sqlite:////abs/path.db` → `/abs/path.db` (SQLAlchemy's URL rules); undefined when `p` is not a sqlite URI. */
function sqliteUriPath(p) {
    if (!/^sqlite:/i.test(p))
        return undefined;
    const m = /^sqlite:\/\/\/([^?]+)(\?.*)?$/i.exec(p);
    if (!m) {
        throw new errors/* InputError */.dz(`"${(0,message_text/* shortened */.v)(p)}" is not a SQLite file URI`, {
            hint: 'write sqlite:///relative/path/mlflow.db or sqlite:////absolute/path/mlflow.db (an in-memory sqlite:// store has nothing to import)',
        });
    }
    let file;
    try {
        file = decodeURIComponent(m[1]);
    }
    catch {
        file = m[1];
    }
    return file;
}
/** Whether `file` starts with SQLite's 16-byte header. */
async function isSqliteFile(file) {
    const fh = await (0,promises_.open)(file, 'r').catch(() => undefined);
    if (!fh)
        return false;
    try {
        const buf = Buffer.alloc(16);
        const { bytesRead } = await fh.read(buf, 0, 16, 0);
        return bytesRead === 16 && buf.toString('latin1') === SQLITE_MAGIC;
    }
    finally {
        await fh.close();
    }
}
let sqlJs;
/** sql.js, loaded on first use: ~1 MB of inlined WebAssembly that only a .db import needs. */
function loadSqlJs() {
    sqlJs ??= __webpack_require__.e(/* import() */ 6669).then(__webpack_require__.t.bind(__webpack_require__, 6669, 23)).then((m) => {
        // A CommonJS module: its exports object is the default export, itself carrying `default`.
        const init = m.default.default ?? m.default;
        // sql.js sets its CommonJS `module` to undefined and then, on Node, runs
        // `typeof module !== "undefined" && (module.exports = …)`; the bundler (webpack, inside ncc)
        // folds that typeof to "object", so the bundled copy assigns to undefined and throws. Its Node
        // branch is skipped when `process.type` is "renderer" (Electron's flag), and nothing in it is
        // needed here: the WebAssembly is inlined (no file to read), randomness comes from the global
        // crypto. The flag is set only while initSqlJs's synchronous part runs (where sql.js reads
        // it once), the same way in tests and bundles.
        const proc = process;
        const had = Object.hasOwn(proc, 'type');
        const before = proc.type;
        proc.type = 'renderer';
        try {
            return init();
        }
        finally {
            if (had)
                proc.type = before;
            else
                delete proc.type;
        }
    });
    sqlJs.catch(() => {
        sqlJs = undefined;
    });
    return sqlJs;
}
function sqliteProblem(e) {
    return e instanceof Error && /not a database|malformed|corrupt|disk I\/O error/i.test(e.message);
}
async function openStore(file) {
    const st = await (0,promises_.stat)(file).catch(() => undefined);
    if (!st?.isFile()) {
        throw new errors/* InputError */.dz('MLflow SQLite store not found', { location: { file }, hint: 'check the path of mlflow.db (relative paths start at the working directory)' });
    }
    if (st.size > MAX_BYTES) {
        throw new errors/* InputError */.dz(`MLflow SQLite store is ${st.size} bytes; the in-memory reader takes at most 2 GiB`, {
            location: { file },
            hint: 'delete old runs and traces with "mlflow gc", then "sqlite3 mlflow.db VACUUM" (on a copy), or log the metrics to a file the importer reads',
        });
    }
    const bytes = await (0,promises_.readFile)(file);
    if (bytes.length < 100 || bytes.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
        throw new errors/* InputError */.dz('not a SQLite database (the file does not start with "SQLite format 3")', {
            location: { file },
            hint: 'point at the mlflow.db that "mlflow server --backend-store-uri sqlite:///mlflow.db" or MLflow\'s default tracking URI writes',
        });
    }
    const wal = await (0,promises_.stat)(`${file}-wal`).catch(() => undefined);
    if (wal?.isFile() && wal.size > 0) {
        throw new errors/* InputError */.dz(`${external_node_path_default().basename(file)}-wal is beside it and not empty: the newest writes are in the write-ahead log, which a read-only import cannot merge`, {
            location: { file },
            hint: `stop the MLflow server or process writing to it (SQLite then folds the log into the file), or run sqlite3 ${external_node_path_default().basename(file)} "PRAGMA wal_checkpoint(TRUNCATE)"`,
        });
    }
    // Header bytes 18-19 say 2 for a WAL-mode file (and the log is empty, checked above). The in-memory
    // copy reads it as a rollback-journal file, which is the same content; the file itself is untouched.
    if (bytes[18] === 2 || bytes[19] === 2) {
        bytes[18] = 1;
        bytes[19] = 1;
    }
    const SQL = await loadSqlJs();
    try {
        const db = new SQL.Database(bytes);
        db.exec('PRAGMA query_only = ON');
        db.exec('SELECT count(*) FROM sqlite_master');
        return db;
    }
    catch (e) {
        if (!sqliteProblem(e))
            throw e;
        throw new errors/* InputError */.dz(`SQLite cannot read this file: ${(0,message_text/* shortened */.v)(e.message, 120)}`, {
            location: { file },
            hint: 'the database is damaged or was copied while being written; copy it again with sqlite3 mlflow.db ".backup copy.db"',
            cause: e,
        });
    }
}
function rows(db, sql, params = []) {
    const st = db.prepare(sql);
    try {
        st.bind(params);
        const out = [];
        while (st.step())
            out.push(st.get());
        return out;
    }
    finally {
        st.free();
    }
}
const mlflow_sqlite_text = (v) => (v === null || v === undefined ? '' : v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : String(v));
const num = (v) => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : null);
function tableColumns(db, table) {
    return new Set(rows(db, 'SELECT name FROM pragma_table_info(?)', [table]).map((r) => mlflow_sqlite_text(r[0])));
}
function checkColumns(db, file, revision, needed, what) {
    const missing = [];
    for (const [table, columns] of Object.entries(needed)) {
        const have = tableColumns(db, table);
        if (have.size === 0)
            missing.push(`table "${table}"`);
        else
            for (const c of columns)
                if (!have.has(c))
                    missing.push(`column "${table}.${c}"`);
    }
    if (missing.length === 0)
        return;
    const known = Object.hasOwn(TESTED_MLFLOW_REVISIONS, revision);
    throw new errors/* InputError */.dz(`MLflow store schema revision "${(0,message_text/* shortened */.v)(revision)}"${known ? '' : ' (not one we have tested)'} lacks what ${what} reads: ${(0,message_text/* shortList */.p)(missing)}`, {
        location: { file },
        hint: `upgrade a copy with "mlflow db upgrade sqlite:///copy.db" using a current MLflow, then import the copy; tested revisions: ${Object.keys(TESTED_MLFLOW_REVISIONS).join(', ')}`,
    });
}
function readSchema(db, file) {
    const tables = new Set(rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => mlflow_sqlite_text(r[0])));
    if (!tables.has('alembic_version')) {
        const mlflowish = ['experiments', 'runs', 'metrics'].filter((t) => tables.has(t));
        throw new errors/* InputError */.dz(mlflowish.length > 0
            ? `no alembic_version table, so the MLflow schema revision is unknown (the file has tables ${(0,message_text/* shortList */.p)(mlflowish)})`
            : `not an MLflow tracking store: no alembic_version, experiments or runs table${tables.size ? ` (tables: ${(0,message_text/* shortList */.p)([...tables].sort())})` : ' (no tables)'}`, { location: { file }, hint: 'point at the mlflow.db that MLflow wrote (its tracking URI, e.g. sqlite:///mlflow.db)' });
    }
    const versions = rows(db, 'SELECT version_num FROM alembic_version').map((r) => mlflow_sqlite_text(r[0]));
    const revision = versions.length === 1 ? versions[0] : versions.length === 0 ? '(empty alembic_version)' : versions.join('+');
    checkColumns(db, file, revision, TRACKING_COLUMNS, 'the importer');
    return { revision, tested: Object.hasOwn(TESTED_MLFLOW_REVISIONS, revision), runName: tableColumns(db, 'runs').has('name') };
}
function listExperiments(db) {
    return rows(db, 'SELECT CAST(experiment_id AS TEXT), name, lifecycle_stage FROM experiments ORDER BY experiment_id').map((r) => ({
        id: mlflow_sqlite_text(r[0]),
        name: mlflow_sqlite_text(r[1]),
        active: mlflow_sqlite_text(r[2]) !== 'deleted',
    }));
}
function pickExperiment(experiments, wanted, file) {
    const w = wanted.trim();
    const byId = experiments.find((e) => e.id === w);
    const byName = experiments.find((e) => e.name === w);
    if (byId && byName && byId !== byName) {
        throw new errors/* UsageError */.eb(`MLflow experiment "${(0,message_text/* shortened */.v)(w)}" is both the id of "${(0,message_text/* shortened */.v)(byId.name)}" and the name of experiment ${byName.id}`, {
            hint: `give the other one's id (${byName.id}) to mean the experiment named "${(0,message_text/* shortened */.v)(w)}"`,
        });
    }
    const exp = byId ?? byName;
    const list = (0,message_text/* shortList */.p)(experiments.filter((e) => e.active).map((e) => `${e.id} (${e.name})`));
    if (!exp)
        throw new errors/* InputError */.dz(`no MLflow experiment with id or name "${(0,message_text/* shortened */.v)(w)}"`, { location: { file }, hint: `active experiments: ${list || 'none'}` });
    if (!exp.active) {
        throw new errors/* InputError */.dz(`MLflow experiment ${exp.id} ("${(0,message_text/* shortened */.v)(exp.name)}") is deleted; its runs are not imported`, {
            location: { file },
            hint: `restore it with "mlflow experiments restore --experiment-id ${exp.id}", or pick an active one: ${list || 'none'}`,
        });
    }
    return exp;
}
function listRuns(db, schema, experiments) {
    const byId = new Map(experiments.map((e) => [e.id, e]));
    const sql = `SELECT r.run_uuid, CAST(r.experiment_id AS TEXT), ${schema.runName ? 'r.name' : 'NULL'}, r.status, r.start_time, r.end_time, r.lifecycle_stage,
      (SELECT t.value FROM tags t WHERE t.run_uuid = r.run_uuid AND t.key = 'mlflow.runName'),
      (SELECT t.value FROM tags t WHERE t.run_uuid = r.run_uuid AND t.key = 'mlflow.parentRunId')
    FROM runs r`;
    return rows(db, sql).map((r) => {
        const exp = byId.get(mlflow_sqlite_text(r[1]));
        const info = {
            runId: mlflow_sqlite_text(r[0]),
            experimentId: mlflow_sqlite_text(r[1]),
            experimentName: exp?.name ?? '',
            runName: mlflow_sqlite_text(r[2]) || mlflow_sqlite_text(r[7]),
            startTime: num(r[4]),
            endTime: num(r[5]),
            status: mlflow_sqlite_text(r[3]),
            lifecycleStage: mlflow_sqlite_text(r[6]) || 'active',
            experimentActive: exp?.active ?? false,
        };
        if (mlflow_sqlite_text(r[8]))
            info.parentRunId = mlflow_sqlite_text(r[8]);
        return info;
    });
}
/** MLflow's "latest" order: (step, timestamp, stored value), the stored value of NaN being 0. */
const later = (a, b) => a.step > b.step || (a.step === b.step && (a.timestamp > b.timestamp || (a.timestamp === b.timestamp && a.value > b.value)));
function toPoint(r, at) {
    return { value: num(r[at]) ?? NaN, timestamp: num(r[at + 1]) ?? 0, step: num(r[at + 2]) ?? 0, isNan: r[at + 3] === 1 || r[at + 3] === '1' };
}
const finite = (p) => !p.isNan && Number.isFinite(p.value) && Math.abs(p.value) !== MLFLOW_INFINITY;
function readRun(db, info, schema, atStep) {
    const latest = new Map();
    for (const r of rows(db, 'SELECT key, value, timestamp, step, is_nan FROM metrics WHERE run_uuid = ?', [info.runId])) {
        const key = mlflow_sqlite_text(r[0]);
        const p = toPoint(r, 1);
        if (atStep !== undefined && p.step !== atStep)
            continue;
        const best = latest.get(key);
        if (!best || later(p, best))
            latest.set(key, p);
    }
    const metrics = Object.create(null); // user names as keys: "__proto__" must stay data
    const steps = Object.create(null); // user names as keys: "__proto__" must stay data
    const nonFinite = [];
    for (const [key, p] of [...latest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (finite(p)) {
            metrics[key] = p.value;
            steps[key] = p.step;
        }
        else
            nonFinite.push(key);
    }
    const keyed = (table) => {
        const out = Object.create(null); // user names as keys: "__proto__" must stay data
        for (const r of rows(db, `SELECT key, value FROM ${table} WHERE run_uuid = ? ORDER BY key`, [info.runId]))
            out[mlflow_sqlite_text(r[0])] = mlflow_sqlite_text(r[1]);
        return out;
    };
    return { info, metrics, steps, nonFinite, params: keyed('params'), tags: keyed('tags'), schema: { revision: schema.revision, tested: schema.tested } };
}
const mlflow_sqlite_byStartDesc = (a, b) => (b.startTime ?? -Infinity) - (a.startTime ?? -Infinity) || (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0);
const publicInfo = ({ experimentActive: _e, ...info }) => info;
/** Why a run that exists is not a candidate, or undefined when it is one. */
function whyNot(run, scope) {
    if (run.lifecycleStage === 'deleted')
        return `is deleted (experiment ${run.experimentId}, lifecycle_stage deleted); deleted runs are not imported`;
    if (!run.experimentActive)
        return `belongs to experiment ${run.experimentId}, which is deleted; its runs are not imported`;
    if (scope && run.experimentId !== scope.id)
        return `belongs to experiment ${run.experimentId} ("${(0,message_text/* shortened */.v)(run.experimentName)}"), not to the experiment asked for (${scope.id}, "${(0,message_text/* shortened */.v)(scope.name)}")`;
    return undefined;
}
function resolveModel(db, file, revision, sel) {
    checkColumns(db, file, revision, REGISTRY_COLUMNS, 'a model selector');
    if (sel.kind === 'alias')
        checkColumns(db, file, revision, ALIAS_COLUMNS, 'an alias selector');
    const models = rows(db, 'SELECT name FROM registered_models ORDER BY name').map((r) => mlflow_sqlite_text(r[0]));
    if (!models.includes(sel.name)) {
        throw new errors/* InputError */.dz(`no registered MLflow model "${(0,message_text/* shortened */.v)(sel.name)}"`, { location: { file }, hint: `registered models: ${models.length ? (0,message_text/* shortList */.p)(models) : 'none'}` });
    }
    const live = "(current_stage IS NULL OR current_stage != 'Deleted_Internal')";
    const hasAliases = tableColumns(db, 'registered_model_aliases').size > 0;
    const aliasesOf = (version) => hasAliases ? rows(db, 'SELECT alias FROM registered_model_aliases WHERE name = ? AND version = ? ORDER BY alias', [sel.name, version]).map((r) => mlflow_sqlite_text(r[0])) : [];
    let version;
    if (sel.kind === 'alias') {
        const hit = rows(db, 'SELECT version FROM registered_model_aliases WHERE name = ? AND alias = ?', [sel.name, sel.alias]);
        if (hit.length === 0) {
            const all = rows(db, 'SELECT alias, version FROM registered_model_aliases WHERE name = ? ORDER BY alias', [sel.name]).map((r) => `@${mlflow_sqlite_text(r[0])} → ${mlflow_sqlite_text(r[1])}`);
            throw new errors/* InputError */.dz(`registered MLflow model "${(0,message_text/* shortened */.v)(sel.name)}" has no alias "${(0,message_text/* shortened */.v)(sel.alias)}"`, {
                location: { file },
                hint: all.length ? `its aliases: ${(0,message_text/* shortList */.p)(all)}` : `it has no aliases; select a version with ${(0,message_text/* shortened */.v)(sel.name)}/VERSION`,
            });
        }
        version = num(hit[0][0]) ?? NaN;
    }
    else if (sel.kind === 'latest') {
        const hit = rows(db, `SELECT max(version) FROM model_versions WHERE name = ? AND ${live}`, [sel.name]);
        const v = num(hit[0]?.[0] ?? null);
        if (v === null)
            throw new errors/* InputError */.dz(`registered MLflow model "${(0,message_text/* shortened */.v)(sel.name)}" has no versions`, { location: { file }, hint: 'register a version from a run first' });
        version = v;
    }
    else
        version = sel.version;
    const row = rows(db, 'SELECT run_id, current_stage FROM model_versions WHERE name = ? AND version = ?', [sel.name, version])[0];
    const named = `version ${version} of MLflow model "${(0,message_text/* shortened */.v)(sel.name)}"${sel.kind === 'alias' ? ` (alias @${(0,message_text/* shortened */.v)(sel.alias)})` : ''}`;
    if (!row || mlflow_sqlite_text(row[1]) === 'Deleted_Internal') {
        const versions = rows(db, `SELECT version FROM model_versions WHERE name = ? AND ${live} ORDER BY version`, [sel.name]).map((r) => mlflow_sqlite_text(r[0]));
        throw new errors/* InputError */.dz(`${named} ${row ? 'is deleted' : 'does not exist'}`, { location: { file }, hint: `its versions: ${versions.length ? (0,message_text/* shortList */.p)(versions) : 'none'}` });
    }
    const runId = mlflow_sqlite_text(row[0]);
    if (!runId) {
        throw new errors/* InputError */.dz(`${named} was registered without a run (model_versions.run_id is empty), so there are no run metrics behind it`, {
            location: { file },
            hint: 'register the model from a run (mlflow.register_model("runs:/RUN_ID/model", …)) or select the run with its id',
        });
    }
    const stage = row[1] === null ? null : mlflow_sqlite_text(row[1]);
    return { name: sel.name, version, ...(sel.kind === 'alias' ? { alias: sel.alias } : {}), aliases: aliasesOf(version), stage, runId };
}
async function importMlflowSqlite(file, options = {}) {
    const sel = typeof options.run === 'string' ? parseMlflowRunSelector(options.run) : (options.run ?? { kind: 'latest' });
    const modelSel = options.model === undefined ? undefined : parseMlflowModelSelector(options.model);
    if (modelSel && sel.kind !== 'latest') {
        throw new errors/* UsageError */.eb((o) => `give either ${o.option('mlflow-model')} or ${o.option('mlflow-run')}, not both: the model version names its run`);
    }
    const db = await openStore(file);
    try {
        return mlflow_sqlite_select(db, file, sel, modelSel, options.experiment, options.step);
    }
    catch (e) {
        if (!sqliteProblem(e))
            throw e;
        throw new errors/* InputError */.dz(`SQLite cannot read this file: ${(0,message_text/* shortened */.v)(e.message, 120)}`, {
            location: { file },
            hint: 'the database is damaged or was copied while being written; copy it again with sqlite3 mlflow.db ".backup copy.db"',
            cause: e,
        });
    }
    finally {
        db.close();
    }
}
function mlflow_sqlite_select(db, file, sel, modelSel, experiment, atStep) {
    const schema = readSchema(db, file);
    const experiments = listExperiments(db);
    const scope = experiment === undefined || experiment.trim() === '' ? undefined : pickExperiment(experiments, experiment, file);
    const all = listRuns(db, schema, experiments);
    const runs = all.filter((r) => whyNot(r, scope) === undefined).sort(mlflow_sqlite_byStartDesc);
    const where = scope ? ` in experiment ${scope.id} ("${(0,message_text/* shortened */.v)(scope.name)}")` : '';
    const activeHint = () => `active runs${where}: ${runs.length ? (0,message_text/* shortList */.p)(runs.map((r) => r.runId)) : 'none'}`;
    let run;
    let model;
    if (modelSel) {
        model = resolveModel(db, file, schema.revision, modelSel);
        const behind = all.find((r) => r.runId === model.runId);
        const named = `version ${model.version} of MLflow model "${(0,message_text/* shortened */.v)(model.name)}"`;
        if (!behind)
            throw new errors/* InputError */.dz(`${named} comes from run ${model.runId}, which is not in this store`, { location: { file }, hint: 'the run was logged to another tracking store; import that one' });
        const why = whyNot(behind, scope);
        if (why)
            throw new errors/* InputError */.dz(`${named} comes from run ${model.runId}, which ${why}`, { location: { file }, hint: activeHint() });
        run = readRun(db, publicInfo(behind), schema);
    }
    else {
        if (runs.length === 0) {
            throw new errors/* InputError */.dz(`no active MLflow runs${where} (deleted runs and runs of deleted experiments are ignored)`, {
                location: { file },
                hint: scope ? 'pick another experiment, or none to read them all' : 'log a run to this store first',
            });
        }
        if (sel.kind === 'id') {
            const matches = runs.filter((r) => r.runId.startsWith(sel.id));
            const exact = matches.find((r) => r.runId === sel.id);
            if (!exact && matches.length !== 1) {
                const prefixed = all.filter((r) => r.runId.startsWith(sel.id));
                const other = matches.length > 0 ? undefined : (prefixed.find((r) => r.runId === sel.id) ?? (prefixed.length === 1 ? prefixed[0] : undefined));
                const why = other ? whyNot(other, scope) : undefined;
                throw new errors/* InputError */.dz(why
                    ? `MLflow run "${other.runId}" ${why}`
                    : matches.length === 0
                        ? `no active MLflow run "${(0,message_text/* shortened */.v)(sel.id)}"${where} (deleted runs and runs of deleted experiments are ignored)`
                        : `run id prefix "${(0,message_text/* shortened */.v)(sel.id)}" matches ${matches.length} runs`, { location: { file }, hint: activeHint() });
            }
            run = readRun(db, publicInfo(exact ?? matches[0]), schema);
        }
        else if (sel.kind === 'latest') {
            run = readRun(db, publicInfo(runs[0]), schema);
        }
        else {
            run = best(db, file, runs, sel, schema, where);
        }
    }
    if (atStep !== undefined)
        run = readRun(db, run.info, schema, atStep);
    if (model)
        run.model = model;
    if (atStep !== undefined && Object.keys(run.metrics).length === 0) {
        throw new errors/* InputError */.dz(`MLflow run ${run.info.runId} has no finite metric logged at step ${atStep}`, { location: { file }, hint: 'pick a step the run logged (the metrics table\'s step column), or leave the step out for each metric\'s latest value' });
    }
    if (Object.keys(run.metrics).length === 0) {
        const name = run.info.runName ? ` (${(0,message_text/* shortened */.v)(run.info.runName)})` : '';
        const why = model ? `, behind version ${model.version} of model "${(0,message_text/* shortened */.v)(model.name)}",` : sel.kind === 'latest' ? ', the latest by start_time,' : '';
        throw new errors/* InputError */.dz(`MLflow run ${run.info.runId}${name}${why} has no metrics${run.nonFinite.length ? ` (only non-finite ones: ${(0,message_text/* shortList */.p)(run.nonFinite)})` : ''}`, {
            location: { file },
            hint: run.info.parentRunId
                ? `it is a nested run of ${run.info.parentRunId}; select that run by id or use best:<metric>:max|min`
                : 'select another run by id or use best:<metric>:max|min',
        });
    }
    return run;
}
/** `best:<metric>:max|min` among `runs` (start_time descending, so a strict comparison keeps the latest on ties). */
function best(db, file, runs, sel, schema, where) {
    const latest = new Map();
    for (const r of rows(db, 'SELECT run_uuid, value, timestamp, step, is_nan FROM metrics WHERE key = ?', [sel.metric])) {
        const id = mlflow_sqlite_text(r[0]);
        const p = toPoint(r, 1);
        const prev = latest.get(id);
        if (!prev || later(p, prev))
            latest.set(id, p);
    }
    let winner;
    let value = NaN;
    for (const run of runs) {
        const p = latest.get(run.runId);
        if (!p || !finite(p))
            continue;
        if (!winner || (sel.goal === 'max' ? p.value > value : p.value < value)) {
            winner = run;
            value = p.value;
        }
    }
    if (!winner) {
        throw new errors/* InputError */.dz(`no active MLflow run${where} has a finite metric "${(0,message_text/* shortened */.v)(sel.metric)}"`, { location: { file }, hint: 'check the metric name (keys are case-sensitive)' });
    }
    return readRun(db, publicInfo(winner), schema);
}

// EXTERNAL MODULE: ../../../../shared/model/import/tensorboard.ts + 1 modules
var tensorboard = __webpack_require__(6900);
;// CONCATENATED MODULE: ../../../../shared/model/import/index.ts
/**
 * One entry point for metrics other tools wrote: detects the kind of `path` and imports it.
 *
 * Detection, first match wins:
 * - a `sqlite:///path` URI, or a file starting with SQLite's header (`mlflow.db`) → mlflow (SQLite store);
 * - a file: `events.out.tfevents.*` → tensorboard; `dvc.yaml` → dvc (its folder); `.json` → json;
 *   `.yaml`/`.yml` → yaml; `.csv`/`.tsv` → csv; `.db`/`.sqlite`/`.sqlite3` that is not SQLite and
 *   anything else is an error;
 * - a folder: holding `dvc.yaml` → dvc; holding `meta.yaml` (an MLflow experiment or run folder),
 *   sub-folders with an MLflow experiment `meta.yaml`, or an `mlruns/` sub-folder → mlflow;
 *   event files anywhere below → tensorboard; otherwise an error listing what was looked for.
 */









async function isMlflowStore(dir) {
    const own = await (0,promises_.readFile)(external_node_path_default().join(dir, 'meta.yaml'), 'utf8').catch(() => undefined);
    if (own !== undefined && /^(experiment_id|run_id|run_uuid):/m.test(own))
        return dir;
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const mlruns = entries.find((e) => e.isDirectory() && e.name === 'mlruns');
    if (mlruns) {
        const inner = await isMlflowStore(external_node_path_default().join(dir, 'mlruns'));
        if (inner)
            return inner;
    }
    for (const e of entries) {
        if (!e.isDirectory() || e.name === '.trash')
            continue;
        const meta = await (0,promises_.readFile)(external_node_path_default().join(dir, e.name, 'meta.yaml'), 'utf8').catch(() => undefined);
        if (meta !== undefined && /^experiment_id:/m.test(meta) && !/^run_(id|uuid):/m.test(meta))
            return dir;
    }
    return undefined;
}
/** Which importer `path` needs, and the path that importer should read (`store: 'sqlite'` for an MLflow mlflow.db). */
async function detectMetricsKind(p) {
    const uriFile = sqliteUriPath(p);
    if (uriFile !== undefined)
        return { kind: 'mlflow', path: uriFile, store: 'sqlite' };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p) && !(await (0,promises_.stat)(p).catch(() => undefined))) {
        throw new errors/* InputError */.dz(`"${p.split('://')[0]}://" stores are not read; only files, folders and sqlite:/// URIs`, {
            location: { file: p },
            hint: 'export the runs to a SQLite store or an mlruns folder, or pass the path of mlflow.db',
        });
    }
    const st = await (0,promises_.stat)(p).catch(() => undefined);
    if (!st)
        throw new errors/* InputError */.dz('metrics path does not exist', { location: { file: p }, hint: 'check the path (relative paths start at the working directory)' });
    if (st.isFile()) {
        const base = external_node_path_default().basename(p);
        if ((0,tensorboard/* isEventFileName */.iH)(base))
            return { kind: 'tensorboard', path: p };
        if (base === 'dvc.yaml')
            return { kind: 'dvc', path: external_node_path_default().dirname(p) };
        const ext = external_node_path_default().extname(base).toLowerCase();
        if (ext === '.json')
            return { kind: 'json', path: p };
        if (ext === '.yaml' || ext === '.yml')
            return { kind: 'yaml', path: p };
        if (ext === '.csv' || ext === '.tsv')
            return { kind: 'csv', path: p };
        if (await isSqliteFile(p))
            return { kind: 'mlflow', path: p, store: 'sqlite' };
        if (ext === '.db' || ext === '.sqlite' || ext === '.sqlite3') {
            throw new errors/* InputError */.dz(`"${base}" is not a SQLite database (it does not start with "SQLite format 3")`, {
                location: { file: p },
                hint: "point at the mlflow.db that MLflow's SQLite tracking store (sqlite:///mlflow.db) wrote",
            });
        }
        // An event file renamed or copied by hand (`run.tfevents`, `events.bin`): recognised by its first record.
        if (await (0,tensorboard/* isEventFileContent */.Sb)(p))
            return { kind: 'tensorboard', path: p };
        throw new errors/* InputError */.dz(`cannot tell what kind of metrics file "${base}" is`, {
            location: { file: p },
            hint: 'supported: .json, .yaml/.yml, .csv/.tsv, TensorBoard events.out.tfevents.*, an MLflow mlflow.db, or a DVC project / MLflow mlruns / TensorBoard log folder',
        });
    }
    if (st.isDirectory()) {
        const dvc = await (0,promises_.stat)(external_node_path_default().join(p, 'dvc.yaml')).catch(() => undefined);
        if (dvc?.isFile())
            return { kind: 'dvc', path: p };
        const store = await isMlflowStore(p);
        if (store)
            return { kind: 'mlflow', path: store };
        if ((await (0,tensorboard/* findEventFiles */.tK)(p)).length > 0)
            return { kind: 'tensorboard', path: p };
    }
    throw new errors/* InputError */.dz('no metrics recognised in this folder', {
        location: { file: p },
        hint: 'expected dvc.yaml (DVC project), meta.yaml files (MLflow mlruns), events.out.tfevents.* files (TensorBoard), or pass a .json/.yaml/.csv file',
    });
}
async function importMetrics(p, options = {}) {
    const { kind, path: at, store } = await detectMetricsKind(p);
    switch (kind) {
        case 'json':
        case 'yaml': {
            const r = await (0,json_yaml.importJsonYamlMetrics)(at, kind);
            return { metrics: r.metrics, source: { kind, path: at, details: { skipped: r.skipped } } };
        }
        case 'csv': {
            const r = await (0,csv_metrics.importCsvMetrics)(at);
            return { metrics: r.metrics, source: { kind, path: at, details: { layout: r.layout, line: r.line, rows: r.rows, skipped: r.skipped } } };
        }
        case 'dvc': {
            const r = await importDvcMetrics(at);
            return {
                metrics: r.metrics,
                source: { kind, path: at, details: { files: r.files, missing: r.missing, unresolved: r.unresolved, skipped: r.skipped, params: r.params } },
            };
        }
        case 'tensorboard': {
            const r = await (0,tensorboard/* importTensorboardMetrics */.ET)(at, options.tensorboardSelect ?? 'last');
            return { metrics: r.metrics, source: { kind, path: at, details: { select: r.select, steps: r.steps, runs: r.runs, hparam_metrics: r.hparamMetrics } } };
        }
        case 'mlflow': {
            if (store === 'sqlite') {
                const r = await importMlflowSqlite(at, { run: options.mlflowRun ?? 'latest', experiment: options.mlflowExperiment, model: options.mlflowModel, step: options.mlflowStep });
                return {
                    metrics: r.metrics,
                    source: {
                        kind,
                        path: at,
                        details: {
                            store: 'sqlite',
                            schema: r.schema,
                            selector: options.mlflowModel === undefined ? (options.mlflowRun ?? 'latest') : `model ${options.mlflowModel}`,
                            ...(options.mlflowExperiment === undefined ? {} : { experiment: options.mlflowExperiment }),
                            ...(r.model ? { model: r.model } : {}),
                            run: r.info,
                            params: r.params,
                            tags: r.tags,
                            steps: r.steps,
                            nonFinite: r.nonFinite,
                        },
                    },
                };
            }
            if (options.mlflowModel !== undefined) {
                throw new errors/* UsageError */.eb((o) => `${o.option('mlflow-model')} reads the model registry of an MLflow SQLite store (mlflow.db); an mlruns folder is read by run`, {
                    hint: (o) => `select the run with ${o.option('mlflow-run')} (its id is on the model version's page), or import the mlflow.db`,
                });
            }
            const r = await importMlflowRun(at, options.mlflowRun ?? 'latest', options.mlflowExperiment, options.mlflowStep);
            const { dir: _dir, ...run } = r.info;
            return {
                metrics: r.metrics,
                source: {
                    kind,
                    path: at,
                    details: {
                        selector: options.mlflowRun ?? 'latest',
                        ...(options.mlflowExperiment === undefined ? {} : { experiment: options.mlflowExperiment }),
                        run: { ...run, path: r.info.dir },
                        params: r.params,
                        tags: r.tags,
                        steps: r.steps,
                        nonFinite: r.nonFinite,
                    },
                },
            };
        }
    }
}

// EXTERNAL MODULE: ../../../../shared/formats/evaluation-format.ts
var evaluation_format = __webpack_require__(9729);
// EXTERNAL MODULE: ../../../../shared/model/metrics/index.ts + 4 modules
var metrics = __webpack_require__(3868);
// EXTERNAL MODULE: ../../../../shared/model/metrics/bootstrap-parallel.ts
var bootstrap_parallel = __webpack_require__(3540);
// EXTERNAL MODULE: ../../../../shared/runtime/file-digest.ts
var file_digest = __webpack_require__(322);
// EXTERNAL MODULE: ../../../../shared/model/read-predictions.ts
var read_predictions = __webpack_require__(2111);
// EXTERNAL MODULE: ../../../../shared/model/metric-blocks.ts
var metric_blocks = __webpack_require__(6375);
// EXTERNAL MODULE: ../../../../shared/model/task-blocks.ts
var task_blocks = __webpack_require__(2936);
;// CONCATENATED MODULE: ../../../../shared/model/slice-blocks.ts
async function sliceBlocks(data, minSliceSize, blockFor) {
    const n = data.rows;
    const report = { slices: [], skipped_slices: [] };
    for (const s of data.slices) {
        const k = s.dict.texts.length;
        const counts = new Uint32Array(k + 1); // last = missing
        for (let i = 0; i < n; i++)
            counts[s.codes[i] < 0 ? k : s.codes[i]]++;
        const values = s.dict.texts.map((value, code) => ({ code, value }));
        if (s.missing > 0)
            values.push({ code: k, value: null });
        values.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.value.localeCompare(b.value, 'en', { numeric: true })));
        for (const { code, value } of values) {
            const size = counts[code];
            if (size < minSliceSize) {
                report.skipped_slices.push({ column: s.column, value, rows: size, reason: `${size} rows, fewer than the minimum slice size ${minSliceSize}` });
                continue;
            }
            const rows = new Uint32Array(size);
            let j = 0;
            for (let i = 0; i < n; i++)
                if ((s.codes[i] < 0 ? k : s.codes[i]) === code)
                    rows[j++] = i;
            const block = await blockFor(rows);
            report.slices.push({ column: s.column, value, rows: size, ...block });
        }
    }
    return { slices: report.slices, skipped: report.skipped_slices };
}

// EXTERNAL MODULE: ../../../../shared/model/fairness.ts
var fairness = __webpack_require__(697);
;// CONCATENATED MODULE: ../../../../shared/steps/evaluate.ts
/**
 * The evaluate step: a predictions file (or metrics another tool wrote) → one
 * `mlops-actions/evaluation@1` report, for the action, `mlops evaluate` and `mlops doctor --run`.
 *
 * The model domain does the work: read-predictions.ts streams the file once into typed columns,
 * task-blocks.ts prepares the task (classes, positive label, what is predicted from what),
 * metric-blocks.ts computes each block's metrics with bootstrap CIs, slice-blocks.ts the slices,
 * import/ turns other tools' files into metrics. This file checks the options, composes them, and
 * writes the outputs only when everything succeeded, each atomically: the per-example file first,
 * the report (which names the examples file and its SHA-256) last. Decisions: docs/evaluate.md.
 */
















const DEFAULT_MIN_SLICE_SIZE = 30;
const DEFAULT_THRESHOLD = 0.5;
/**
 * Groups smaller than this are listed and left out of the fairness summaries. A rate's standard
 * error at p = 0.5 is 0.5/√n: 0.09 at 30 rows, already the size of the parity tolerances teams gate
 * on (0.1), so a smaller group's max − min would be mostly sampling noise. Same as the slice minimum.
 */
const DEFAULT_MIN_GROUP_SIZE = 30;
/** `<out>` without `.json`, plus `.examples.jsonl.gz`. */
function examplesPathFor(out) {
    return `${out.replace(/\.json$/i, '')}.examples.jsonl.gz`;
}
/** A model or data file's digest for the report; a missing or non-regular file is an InputError. */
async function digestOf(file) {
    const info = await (0,promises_.stat)(file).catch((e) => {
        throw new errors/* InputError */.dz(e.code === 'ENOENT' ? 'file not found' : `cannot read the file: ${e.message}`, { location: { file }, hint: 'check the path' });
    });
    if (!info.isFile())
        throw new errors/* InputError */.dz('is not a regular file', { location: { file }, hint: 'point at one file' });
    return { sha256: (await (0,file_digest/* sha256File */.Q)(file)).sha256, bytes: info.size };
}
/** The most bootstrap resamples evaluate and compare accept. */
const MAX_RESAMPLES = 100_000;
/** The one metric name an evaluation report (JSON object keys) cannot carry. */
const RESERVED_METRIC = '__proto__';
function checkOptions(o) {
    const intIn = (v, flag, min) => {
        if (v !== undefined && !(Number.isInteger(v) && v >= min))
            throw new errors/* UsageError */.eb((n) => `${n.option(flag)} must be an integer ≥ ${min}, got ${v}`);
    };
    intIn(o.resamples, 'resamples', 0);
    // Each resample keeps one value per metric and revisits every row: beyond this the arrays no
    // longer fit in memory and the run would take days, while 10,000 already fixes a 95% CI's ends.
    if (o.resamples !== undefined && o.resamples > MAX_RESAMPLES) {
        throw new errors/* UsageError */.eb((n) => `${n.option('resamples')} must be at most ${MAX_RESAMPLES}, got ${o.resamples}`, { hint: '1,000 to 10,000 resamples give stable 95% intervals' });
    }
    intIn(o.minSliceSize, 'min-slice-size', 0);
    intIn(o.minGroupSize, 'min-group-size', 1);
    if (o.seed !== undefined && !(Number.isInteger(o.seed) && Math.abs(o.seed) <= 0xffffffff))
        throw new errors/* UsageError */.eb((n) => `${n.option('seed')} must be a 32-bit integer, got ${o.seed}`);
    if (o.threshold !== undefined && !(o.threshold >= 0 && o.threshold <= 1))
        throw new errors/* UsageError */.eb((n) => `${n.option('threshold')} must be in [0, 1], got ${o.threshold}`);
    if (o.confidence !== undefined && !(o.confidence > 0 && o.confidence < 1))
        throw new errors/* UsageError */.eb((n) => `${n.option('confidence')} must be in (0, 1), got ${o.confidence}`);
}
async function modelDigests(models = []) {
    const out = [];
    for (const file of models)
        out.push({ file, ...(await digestOf(file)) });
    return out;
}
async function writeOutputs(report, out, examples) {
    evaluation_format/* evaluationReportSchema */.mF.parse(report);
    if (!out)
        return { report };
    let examplesPath;
    if (examples && report.examples) {
        examplesPath = examplesPathFor(out);
        await (0,atomic_write/* writeFileAtomic */.Zf)(examplesPath, await examples);
    }
    try {
        await (0,atomic_write/* writeJsonAtomic */.ZJ)(out, report);
    }
    catch (e) {
        if (examplesPath)
            await (0,promises_.rm)(examplesPath, { force: true });
        throw e;
    }
    return { report, reportPath: out, examplesPath };
}
async function evaluate(options) {
    checkOptions(options);
    if (options.importPath !== undefined && options.predictions !== undefined) {
        throw new errors/* UsageError */.eb((o) => `give either ${o.option('predictions')} or ${o.option('import')}, not both`);
    }
    if (options.importPath !== undefined && (options.sensitive?.length ?? 0) > 0) {
        throw new errors/* UsageError */.eb((o) => `${o.option('sensitive')} needs ${o.option('predictions')}: fairness is computed from the rows, which imported metrics do not have`);
    }
    if (options.importPath !== undefined)
        return evaluateImport(options, options.importPath);
    if (options.predictions === undefined)
        throw new errors/* UsageError */.eb((o) => `give ${o.option('predictions', 'FILE')} (or ${o.option('import', 'PATH')})`);
    return evaluatePredictions(options, options.predictions);
}
function emptyReport() {
    return {
        schema: evaluation_format/* EVALUATION_SCHEMA */.$k,
        rows: null,
        dataset: null,
        models: [],
        columns: null,
        classification: null,
        bootstrap: null,
        metrics: {},
        omitted: [],
        confusion_matrix: null,
        slices: [],
        skipped_slices: [],
        min_slice_size: null,
        examples: null,
        imported: null,
        warnings: [],
    };
}
async function evaluateImport(options, path) {
    const imported = await importMetrics(path, {
        tensorboardSelect: options.tensorboardSelect,
        mlflowRun: options.mlflowRun,
        mlflowExperiment: options.mlflowExperiment,
        mlflowModel: options.mlflowModel,
        mlflowStep: options.mlflowStep,
    });
    const report = { ...emptyReport(), source: 'import', task: options.task ?? null, models: await modelDigests(options.models) };
    if (Object.hasOwn(imported.metrics, RESERVED_METRIC)) {
        // The report's metrics are JSON object keys that every reader (zod, JSON.parse + assignment)
        // turns into a prototype instead of data: the metric would vanish and its gate never run.
        throw new errors/* InputError */.dz(`a metric named "${RESERVED_METRIC}" cannot be imported (JavaScript reserves the name for an object's prototype, so the report could not keep it)`, {
            location: { file: path },
            hint: 'rename the metric where the tool logs it',
        });
    }
    for (const [name, value] of Object.entries(imported.metrics)) {
        if (!Number.isFinite(value)) {
            report.omitted.push({ metric: name, reason: `not a finite number (${value})` });
            continue;
        }
        const known = Object.hasOwn(metrics/* METRICS */.Cb, name) ? metrics/* METRICS */.Cb[name] : undefined;
        report.metrics[name] = known ? { value, direction: known.direction } : { value };
    }
    if (Object.keys(report.metrics).length === 0) {
        throw new errors/* InputError */.dz('no metrics found', { location: { file: path }, hint: 'check that the tool wrote numeric metrics there' });
    }
    report.imported = { kind: imported.source.kind, path: imported.source.path, details: imported.source.details ? JSON.parse(JSON.stringify(imported.source.details)) : undefined };
    return writeOutputs(report, options.out, undefined);
}
async function evaluatePredictions(options, file) {
    const task = options.task;
    if (!task)
        throw new errors/* UsageError */.eb((o) => `${o.option('task')} is required with ${o.option('predictions')} (binary, multiclass or regression)`);
    if (!options.label)
        throw new errors/* UsageError */.eb((o) => `${o.option('label')} is required: the column holding the true label (or target)`);
    const score = [...(options.score ?? [])];
    if (!options.prediction && score.length === 0)
        throw new errors/* UsageError */.eb((o) => `give ${o.option('prediction', 'COL')} and/or ${o.option('score', 'COL')}`);
    if (task === 'regression' && (score.length > 0 || !options.prediction)) {
        throw new errors/* UsageError */.eb((o) => `regression reads ${o.option('prediction')} (the predicted value); ${o.option('score')} is for classification`);
    }
    if (task === 'multiclass' && score.length === 1)
        throw new errors/* UsageError */.eb((o) => `multiclass needs one ${o.option('score')} column per class (or only ${o.option('prediction')})`);
    if (task === 'binary' && score.length > 2)
        throw new errors/* UsageError */.eb((o) => `binary takes one ${o.option('score')} column (P(positive)) or two (one per class), got ${score.length}`);
    if (task === 'binary' && score.length === 1 && options.classes?.length)
        throw new errors/* UsageError */.eb((o) => `${o.option('classes')} names the class of each score column; one binary score column is P(positive)`);
    const scoreClassTexts = task === 'regression' ? [] : (0,read_predictions/* scoreClasses */.h9)(score, options.classes);
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const boot = options.resamples === 0
        ? null
        : { resamples: options.resamples ?? metrics/* DEFAULT_RESAMPLES */.jF, confidence: options.confidence ?? metrics/* DEFAULT_CONFIDENCE */.FH, seed: options.seed ?? metrics/* DEFAULT_SEED */.KP };
    const minSliceSize = options.minSliceSize ?? DEFAULT_MIN_SLICE_SIZE;
    const slices = [...(options.slices ?? [])];
    const sensitive = [...new Set(options.sensitive ?? [])];
    const datasetDigest = digestOf(file);
    datasetDigest.catch(() => undefined); // openTable reports a missing file with a better message
    const data = await (0,read_predictions/* readPredictions */.R_)({
        file,
        task,
        label: options.label,
        prediction: options.prediction,
        score,
        id: options.id,
        slices,
        sensitive,
        allowed: task === 'multiclass' && scoreClassTexts.length > 0 ? new Set(scoreClassTexts) : undefined,
        delimiter: options.delimiter,
        format: options.format,
        // A bootstrap of this many rows runs on worker threads: start them now, so that their start-up
        // overlaps the rest of the reading and the sort instead of following it.
        onRows: boot && task !== 'multiclass'
            ? (rows) => {
                if (rows >= bootstrap_parallel/* DEFAULT_PARALLEL_MIN_ROWS */.b$)
                    (0,bootstrap_parallel/* warmBootstrapWorkers */.tK)();
            }
            : undefined,
    });
    const n = data.rows;
    const report = {
        ...emptyReport(),
        source: 'predictions',
        task,
        rows: n,
        dataset: { file, format: data.format, ...(await datasetDigest) },
        models: await modelDigests(options.models),
        columns: { label: options.label, prediction: options.prediction ?? null, score, score_classes: null, id: options.id ?? null, slices },
        bootstrap: boot && { method: 'percentile', unit: 'row', ...boot, prng: 'xoshiro128** (splitmix32-seeded, one stream per resample)' },
        min_slice_size: slices.length > 0 ? minSliceSize : null,
    };
    const prepared = (0,task_blocks/* prepareTask */.t)(task, data, { file, score, scoreClassTexts, threshold, posLabel: options.posLabel, boot });
    const { blockFor, exampleFields } = prepared;
    if (prepared.classification)
        report.classification = prepared.classification;
    if (prepared.scoreClasses)
        report.columns.score_classes = prepared.scoreClasses;
    // Examples first: rendered and gzipped on a worker thread while the bootstrap keeps this one busy.
    let examples;
    if (options.out && options.examples !== false) {
        // With --sensitive, each row's sensitive values too: compare's paired CIs of the fairness deltas.
        const sensitiveField = sensitiveExampleField((data.sensitive ?? []).map((s) => ({ column: s.column, values: s.dict.texts, codes: s.codes })));
        examples = renderExamplesFile({ rows: n, ids: data.ids, fields: sensitiveField ? [...exampleFields, sensitiveField] : exampleFields });
        examples.catch(() => undefined);
        report.examples = { file: (0,external_node_path_.basename)(examplesPathFor(options.out)), format: 'jsonl.gz', sha256: '0'.repeat(64), rows: n, id_column: options.id ?? null };
    }
    const overall = await blockFor();
    report.metrics = overall.metrics;
    report.omitted = overall.omitted;
    report.confusion_matrix = overall.confusion_matrix;
    const sliced = await sliceBlocks(data, minSliceSize, blockFor);
    report.slices.push(...sliced.slices);
    report.skipped_slices.push(...sliced.skipped);
    if (sensitive.length > 0) {
        report.fairness = (0,fairness/* fairnessSection */.X8)(prepared.fairness(), (data.sensitive ?? []).map((s) => ({ column: s.column, values: s.dict.texts, codes: s.codes })), { minGroupSize: options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE, boot });
    }
    if (examples && report.examples) {
        const buf = await examples;
        report.examples.sha256 = (0,external_node_crypto_.createHash)('sha256').update(buf).digest('hex');
    }
    return writeOutputs(report, options.out, examples);
}


/***/ })

};
