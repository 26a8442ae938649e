export const id = 5754;
export const ids = [5754];
export const modules = {

/***/ 7273:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ linesBefore),
/* harmony export */   k: () => (/* binding */ planShard),
/* harmony export */   parseShardSpec: () => (/* binding */ parseShardSpec)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _validate_data_shards_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9868);
/**
 * Which rows one job of a matrix reads: `shard: i/n` (1-based) of a data file or a file list.
 *
 * - One file: cut at the places the worker-thread planner cuts (validate-data-shards.ts): text
 *   formats into n byte ranges that end just after a '\n', Parquet into n runs of whole row groups.
 *   Every job computes the same cuts from the same bytes, so the shards are disjoint and together
 *   exactly the file. A file too small for n cuts (or with fewer than n row groups) leaves the last
 *   shards empty, which is still a valid shard: zero rows.
 * - A file list (several lines, or a glob matching several files): shard i takes files i, i+n,
 *   i+2n, … of the list (globs sorted, the list's order kept), each file whole.
 *
 * A gzip file cannot be cut (there are no record boundaries to seek to): shard a list of them.
 */



/** Parses `i/n` (e.g. `2/8`); a UsageError says what is wrong. */
function parseShardSpec(text) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || !(count >= 1) || !(index >= 1) || index > count || !Number.isSafeInteger(count)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`shard must be i/n with 1 <= i <= n, e.g. 2/8 (got ${JSON.stringify(text)})`, {
            hint: 'in a matrix: shard: ${{ matrix.shard }}/8 with matrix.shard: [1, 2, …, 8]',
        });
    }
    return { index, count };
}
async function sizeOf(file) {
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        return s.size;
    }
    catch (e) {
        const code = e.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(code === 'ENOENT' || code === 'ENOTDIR' ? 'file not found' : `cannot read the file: ${e.message}`, {
            location: { file },
            hint: `check the path; relative paths are resolved from ${process.cwd()}`,
            cause: e,
        });
    }
}
/**
 * The parts shard `spec` reads of `files` (in the data's format). One file is cut; several are
 * dealt out whole.
 */
async function planShard(files, format, spec) {
    const sized = [];
    for (const file of files)
        sized.push({ file, bytes: await sizeOf(file) });
    if (files.length > 1) {
        return { split: 'files', files: sized, parts: files.filter((_, i) => i % spec.count === spec.index - 1).map((file) => ({ file })) };
    }
    const { file, bytes: size } = sized[0];
    if (format === 'parquet') {
        const { parquetRowGroupRows } = await Promise.all(/* import() */[__webpack_require__.e(896), __webpack_require__.e(8306)]).then(__webpack_require__.bind(__webpack_require__, 8306));
        const groups = await parquetRowGroupRows(file);
        // With as many shards as row groups or more, one group each (the balancing planner would merge some).
        const ranges = spec.count >= groups.length ? groups.map((_, g) => ({ start: g, end: g + 1 })) : (0,_validate_data_shards_js__WEBPACK_IMPORTED_MODULE_2__/* .rowGroupRanges */ ._S)(groups, spec.count);
        const rowGroups = ranges[spec.index - 1] ?? { start: groups.length, end: groups.length };
        return { split: 'row-groups', files: sized, parts: [{ file, rowGroups }] };
    }
    if (/\.gz$/i.test(file)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`"${file}" is gzip-compressed, so it cannot be cut into shards`, {
            hint: 'shard a list of files instead (each job takes every n-th file), or store the file uncompressed',
        });
    }
    const ranges = spec.count === 1 ? [{ start: 0, end: size }] : await (0,_validate_data_shards_js__WEBPACK_IMPORTED_MODULE_2__/* .textRanges */ .MZ)(file, size, spec.count);
    const bytes = ranges[spec.index - 1] ?? { start: size, end: size };
    return { split: 'bytes', files: sized, parts: [{ file, bytes }] };
}
/** Physical lines before byte `end` of a file (its '\n's): where a range's line 1 is in the file. */
async function linesBefore(file, end) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    let lines = 0;
    try {
        const buf = Buffer.allocUnsafe(1 << 20);
        for (let p = 0; p < end;) {
            const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, end - p), p);
            if (bytesRead === 0)
                break;
            for (let i = buf.indexOf(10, 0); i !== -1 && i < bytesRead; i = buf.indexOf(10, i + 1))
                lines++;
            p += bytesRead;
        }
    }
    finally {
        await fh.close();
    }
    return lines;
}


/***/ }),

/***/ 1234:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ formatKeyPath)
/* harmony export */ });
/* harmony import */ var _message_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1042);
/**
 * How a message names a place in a YAML or JSON document: `columns.age.min`, `table.unique[0]`,
 * `models["my model"].slices`.
 *
 * A module of its own, not part of yaml-source.ts, because the validate-data shard worker names
 * contract keys in its findings and must not load the yaml package (or zod) with yaml-source: the
 * worker gets the contract already parsed (issue 18).
 */

/** `columns.age.min`, `table.unique[0]`, `models["my model"].slices`. */
function formatKeyPath(path) {
    let s = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            s += `[${seg}]`;
        else {
            // Keys are the user's text: cut, so a message stays one readable line.
            const k = (0,_message_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shortened */ .v)(String(seg), 60);
            if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k))
                s += s === '' ? k : `.${k}`;
            else
                s += `[${JSON.stringify(k)}]`;
        }
    }
    return s === '' ? '(top level)' : s;
}


/***/ }),

/***/ 1042:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ shortList),
/* harmony export */   v: () => (/* binding */ shortened)
/* harmony export */ });
/**
 * Text from the user's files inside our messages. A name is echoed so the user can find it, but a
 * message is one line a person reads: a 3,000-character key (a fuzzer's, or a mangled file's) is
 * cut, keeping its start, and a list keeps its first few entries.
 */
/** `text` cut to `max` characters (by code point) with an ellipsis. */
function shortened(text, max = 80) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}
/** Up to `count` items, each shortened, joined with `separator`; "and N more" past that. */
function shortList(items, count = 5, separator = ', ') {
    const shown = items.slice(0, count).map((s) => shortened(s));
    return items.length > count ? `${shown.join(separator)}${separator}and ${items.length - count} more` : shown.join(separator);
}


/***/ })

};
