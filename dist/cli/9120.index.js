export const id = 9120;
export const ids = [9120];
export const modules = {

/***/ 446:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z_: () => (/* binding */ writeProfileFile)
/* harmony export */ });
/* unused harmony exports profileJsonText, profileJsonPieces */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3196);
/* harmony import */ var _runtime_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2946);
/**
 * Writes a profile file: the same JSON as JSON.stringify(profile, null, 2) (what JSON.parse reads
 * back is identical), except that an array of numbers or strings is written on one line, and so is
 * each row of an array of such arrays (KLL levels, frequent-items pairs).
 *
 * Why: sketch states are long arrays of numbers, and two-space indentation put each number on a
 * line of its own, ~14 spaces deep: half of a 10,000-column profile (115 of 55 MB) was indentation.
 * The file is written column by column through a temp file, so neither the whole text nor its bytes
 * are held at once (one string of a wide table's profile was another ~100 MB, and its bytes a copy).
 */





function isScalar(v) {
    return v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
}
function isScalarArray(v) {
    return Array.isArray(v) && v.every(isScalar);
}
/** `value` as JSON indented by two spaces from `indent`, scalar arrays on one line. */
function profileJsonText(value, indent = '') {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        if (isScalarArray(value))
            return JSON.stringify(value);
        return `[\n${value.map((v) => `${inner}${isScalarArray(v) ? JSON.stringify(v) : profileJsonText(v, inner)}`).join(',\n')}\n${indent}]`;
    }
    const parts = [];
    for (const [k, v] of Object.entries(value)) {
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol')
            continue;
        parts.push(`${inner}${JSON.stringify(k)}: ${profileJsonText(v, inner)}`);
    }
    return parts.length === 0 ? '{}' : `{\n${parts.join(',\n')}\n${indent}}`;
}
/** The profile's JSON text in pieces (one per column), with a trailing newline. */
function* profileJsonPieces(profile) {
    const { columns, ...top } = profile;
    const head = profileJsonText(top);
    // The top-level fields, then "columns" last (where JSON.stringify puts it too: it is the last key).
    const keys = Object.keys(profile);
    if (keys[keys.length - 1] !== 'columns') {
        yield `${profileJsonText(profile)}\n`;
        return;
    }
    yield `${head.slice(0, -2)},\n  "columns": {`;
    let first = true;
    for (const [name, column] of Object.entries(columns)) {
        yield `${first ? '' : ','}\n    ${JSON.stringify(name)}: ${profileJsonText(column, '    ')}`;
        first = false;
    }
    yield first ? '}\n}\n' : '\n  }\n}\n';
}
/**
 * Writes the profile to `path` as every output is written (shared/runtime/atomic-write.ts): a temp
 * file beside the file links lead to, renamed over it; a device or FIFO gets the bytes in place.
 */
async function writeProfileFile(path, profile) {
    let tmp;
    try {
        const target = await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveOutputTarget */ .rA)(path);
        const dir = target.kind === 'device' ? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)() : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target.path);
        if (target.kind !== 'device' && !target.viaLink)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        tmp = (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .outputTempPath */ .bd)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target.path)));
    }
    catch (e) {
        throw (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .outputWriteError */ .NF)(path, e);
    }
    const release = (0,_runtime_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_4__/* .removeOnInterrupt */ .vY)(tmp);
    try {
        try {
            const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(tmp, 'wx');
            try {
                let buf = '';
                for (const piece of profileJsonPieces(profile)) {
                    buf += piece;
                    if (buf.length >= 1 << 20) {
                        await fh.write(buf);
                        buf = '';
                    }
                }
                await fh.write(buf);
                await fh.sync();
            }
            finally {
                await fh.close();
            }
        }
        catch (e) {
            throw (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .outputWriteError */ .NF)(path, e);
        }
        await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .commitTempFile */ .W2)(tmp, path);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true });
        release();
    }
}


/***/ }),

/***/ 2878:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ validationSampleSchema),
/* harmony export */   ZX: () => (/* reexport safe */ _validation_values_js__WEBPACK_IMPORTED_MODULE_1__.ZX)
/* harmony export */ });
/* unused harmony exports validationFindingSchema, validationReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/* harmony import */ var _validation_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9475);
/**
 * `mlops-actions/validation@1`: the result of checking one data file against a data contract.
 * Defined once here (zod) and documented in docs/formats.md ("Validation report").
 *
 * `findings` lists every rule that had at least one failing row, including rules that still pass
 * because of `mostly`; `counts.rules` counts every rule evaluated. The report `passed` unless a
 * finding with severity "error" did not pass.
 */



// In a module without zod, for code that writes reports (the shard worker); here for everyone else.

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const validationSampleSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** `data.line_kind` says whether this is the 1-based physical line (CSV, JSON Lines) or row number (Parquet). */
        line: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** The offending value as text (truncated to 200 characters), null for a missing value. */
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        /** The file the line is in, when the data is several files (a file list); absent for one file. */
        file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    });
    const validationFindingSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        rule: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_validation_values_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_RULES */ .gY),
        /** The column a column rule is about, or the column a presence rule names. */
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        /** The columns of a `unique_together` (table.unique) rule. */
        columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
        severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['error', 'warn']),
        /** Rows that failed the rule (for unique rules: every row whose value occurs more than once). */
        failed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Rows the rule applies to: all rows for nullable, non-missing values for type, non-missing values of the column type for value rules. */
        total: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** failed / total. */
        fraction: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
        mostly: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
        /** (1 - fraction) >= mostly. */
        passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        /** Up to 10 failing rows, in file order. */
        samples: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(validationSampleSchema),
        /** One line a person can act on: file:line, column, value, rule and the contract entry. */
        message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** The contract key that made the rule, e.g. "columns.age.min" or "table.unique[0]". */
        contract_path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    });
    const validationReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(_validation_values_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_SCHEMA */ .sD),
        data: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            format: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            /** What sample `line`s are: physical text lines, or row numbers (Parquet). */
            line_kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['line', 'row']),
        }),
        /** The contract checked against; null when the data was only profiled. */
        contract: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }).nullable(),
        passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        counts: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            /** Rules evaluated (a rule on a column absent from the data is not evaluated). */
            rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            /** Findings with severity error that did not pass: any one fails the check. */
            failed_errors: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            /** Findings with severity warn that did not pass. */
            failed_warnings: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        }),
        findings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(validationFindingSchema),
    });
    return { validationSampleSchema, validationFindingSchema, validationReportSchema };
});
const validationSampleSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().validationSampleSchema);
const validationFindingSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().validationFindingSchema);
const validationReportSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().validationReportSchema);


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

/***/ 2881:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ lazySchema),
/* harmony export */   Oo: () => (/* binding */ once)
/* harmony export */ });
/* unused harmony export builtSchema */
/**
 * Zod schemas built the first time they are used, not when their module is loaded.
 *
 * Why: zod builds every schema object when the code defining it runs, ~17 µs each, and a step's
 * bundle holds ~1,000-1,500 of them (each format's, the config's, the inputs'). Most runs use a few
 * formats: drift-check never reads a comparison, compare never a drift report, and a constant
 * imported from a format module (a schema name, a list of test names) brought all of its schemas
 * with it. Measured before this, at each action's start: 20-28 ms of zod construction in compare,
 * drift-check, publish-model, promote-model and rank-candidates.
 *
 * A format module puts its definitions in one builder (`once`) and exports handles
 * (`lazySchema`): each handle has its schema's type, and forwards every property read (`parse`,
 * `safeParse`, `_zod`, …) to the schema, built on that first read. zod accepts a handle inside
 * another schema (it reads `_zod` through it), and `instanceof` sees the schema's prototype. What
 * zod keys by object identity (the registry behind `.describe()`, which z.toJSONSchema reads) knows
 * the schema, not the handle: pass `builtSchema(handle)` there.
 */
const BUILT = Symbol('mlops-actions:lazy-schema');
/** `build` run once, on the first call; the same result after. */
function once(build) {
    let built;
    return () => (built ??= { value: build() }).value;
}
/** A stand-in for the schema `get()` returns, which is built (by `get`) on the first property read. */
function lazySchema(get) {
    const bound = new Map();
    const handler = {
        get(_target, key) {
            const schema = get();
            if (key === BUILT)
                return schema;
            const value = schema[key];
            if (typeof value !== 'function')
                return value;
            // Methods run on the schema itself, whatever `this` the caller passes.
            let b = bound.get(key);
            if (b === undefined)
                bound.set(key, (b = value.bind(schema)));
            return b;
        },
        has: (_target, key) => key in get(),
        ownKeys: () => Reflect.ownKeys(get()),
        getOwnPropertyDescriptor(_target, key) {
            const d = Reflect.getOwnPropertyDescriptor(get(), key);
            return d === undefined ? undefined : { ...d, configurable: true };
        },
        getPrototypeOf: () => Reflect.getPrototypeOf(get()),
        set: () => false,
        defineProperty: () => false,
        deleteProperty: () => false,
    };
    return new Proxy({}, handler);
}
/** The schema behind a lazySchema handle (built now), or `schema` itself when it is not a handle. */
function builtSchema(schema) {
    return schema[BUILT] ?? schema;
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


/***/ }),

/***/ 8917:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateData: () => (/* binding */ validateData)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3196);
/* harmony import */ var _data_profile_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(446);
/* harmony import */ var _data_open_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9712);
/* harmony import */ var _data_profile_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5894);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9980);
/* harmony import */ var _data_scan_table_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3473);
/* harmony import */ var _data_validate_data_shards_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9868);
/* harmony import */ var _data_shard_workers_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(643);
/* harmony import */ var _formats_validation_format_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2878);
/* harmony import */ var _data_file_list_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9236);
/**
 * The validate-data operation: stream a table once, profile it and check it against a contract.
 * One function, three faces (the action, `mlops validate`, the tests).
 *
 * The contract is loaded before any data is read, so a broken contract fails in milliseconds. The
 * profile and the report are written only after the whole file has been read (each atomically), so
 * malformed data never leaves half-written output behind.
 *
 * Large files are split into shards read by worker threads on all cores and merged into the same
 * report and profile (validate-data-shards.ts); the sequential loop below is the reference, and the
 * fallback whenever a sharded run cannot prove it matches.
 */













async function validateData(options) {
    // A large CSV's shard workers load while the contract and the header are read (shard-workers.ts;
    // the CLI starts them even before it loads this step).
    if (options.parallel === undefined)
        (0,_data_shard_workers_js__WEBPACK_IMPORTED_MODULE_10__.warmShardWorkers)(options.data, options.format);
    try {
        return await validateOneOrMany(options);
    }
    finally {
        (0,_data_shard_workers_js__WEBPACK_IMPORTED_MODULE_10__.releaseShardWorkers)();
    }
}
async function validateOneOrMany(options) {
    // The contract's module (its zod schemas and the YAML parser) and the contract inferrer
    // are imported by the runs that use them: a run that only profiles does not compile them (issue 18).
    const contract = options.contract === undefined ? undefined : await (await Promise.all(/* import() */[__webpack_require__.e(9171), __webpack_require__.e(9195)]).then(__webpack_require__.bind(__webpack_require__, 9195))).loadContract(options.contract);
    const files = await (0,_data_file_list_js__WEBPACK_IMPORTED_MODULE_12__/* .expandFileList */ .Nj)(options.data);
    if (files.length > 1)
        return writeOutputs(options, await validateFileList(options, contract, files));
    const data = files[0];
    // scanTable is done with each batch when it asks for the next (reuseBuffers).
    const reader = await (0,_data_open_table_js__WEBPACK_IMPORTED_MODULE_5__/* .openTable */ .R)(data, { delimiter: options.delimiter, format: options.format, reuseBuffers: true });
    const columns = await reader.columns();
    // Said here with the file and its header line; the profiler refuses the name too (a JSON Lines
    // key first seen further down), but without knowing where.
    if (columns.includes(_data_profile_js__WEBPACK_IMPORTED_MODULE_6__/* .RESERVED_COLUMN */ .IZ)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`a column named "${_data_profile_js__WEBPACK_IMPORTED_MODULE_6__/* .RESERVED_COLUMN */ .IZ}" cannot be profiled (JavaScript reserves the name for an object's prototype, so the profile could not keep it)`, {
            location: reader.hasLines ? { file: data, line: 1 } : { file: data },
            hint: 'rename the column',
        });
    }
    const shardInput = { file: data, format: reader.format, delimiter: options.delimiter, columns, contract, contractFile: options.contract, parallel: options.parallel };
    const tasks = await (0,_data_validate_data_shards_js__WEBPACK_IMPORTED_MODULE_9__/* .planShards */ .tF)(shardInput);
    if (tasks) {
        const run = await (0,_data_validate_data_shards_js__WEBPACK_IMPORTED_MODULE_9__/* .runShards */ .TS)(tasks, { ...shardInput, hasLines: reader.hasLines });
        const sharding = { shards: run.shards, ...('fallback' in run ? { fallback: run.fallback } : {}) };
        if ('merged' in run)
            return writeOutputs(options, { report: run.merged.report, profile: run.merged.profile, sharding });
        return writeOutputs(options, { ...(await validateSequentially(data, options, contract, reader, columns)), sharding });
    }
    return writeOutputs(options, await validateSequentially(data, options, contract, reader, columns));
}
/** The reference: one pass, in this thread. */
async function validateSequentially(data, options, contract, reader, columns) {
    const { profile, validator, rows } = await (0,_data_scan_table_js__WEBPACK_IMPORTED_MODULE_8__/* .scanTable */ .S)(reader, { file: data, columns, contract, contractFile: options.contract });
    const report = validator?.finish() ??
        (0,_formats_validation_format_js__WEBPACK_IMPORTED_MODULE_11__/* .reportWithoutContract */ .ZX)({ file: data, format: reader.format, rows, line_kind: reader.hasLines ? 'line' : 'row' });
    return { report, profile };
}
/**
 * Several files as one table: each file read whole, in list order, and merged as the fan-in of a
 * sharded validation merges its shards (one shard of all files), so a file list gives the same
 * report and profile whether one job reads it or a matrix of jobs does.
 */
async function validateFileList(options, contract, files) {
    // Unique rules' keys go through files, as a shard's do; these live only as long as this run.
    // Loaded on demand: a single file (the common case, and the action's cold start) never needs them.
    const { scanShard } = await __webpack_require__.e(/* import() */ 6309).then(__webpack_require__.bind(__webpack_require__, 6309));
    const { mergeShardProfiles } = await __webpack_require__.e(/* import() */ 3164).then(__webpack_require__.bind(__webpack_require__, 3164));
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mlops-file-list-'));
    try {
        const keyFile = (part) => ({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `keys-${part}.jsonl.gz`), name: `keys-${part}.jsonl.gz` });
        const shard = await scanShard({ data: options.data, files, shard: { index: 1, count: 1 }, contract, contractFile: options.contract, delimiter: options.delimiter, format: options.format, keyFile });
        const { report, profile } = await mergeShardProfiles([{ file: options.data, profile: shard, dir }], contract && options.contract ? { contract, file: options.contract } : undefined);
        return { report, profile };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
async function writeOutputs(options, result) {
    const { profile, report } = result;
    if (options.profileOut) {
        await (0,_data_profile_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeProfileFile */ .z_)(options.profileOut, profile);
        result.profilePath = options.profileOut;
    }
    if (options.reportOut) {
        await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonAtomic */ .ZJ)(options.reportOut, report);
        result.reportPath = options.reportOut;
    }
    if (options.inferContractOut) {
        const header = [
            `Data contract inferred by \`mlops validate --infer-contract\` from ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(options.data)} (${profile.rows} rows).`,
            'Review it: ranges are this sample\'s, widened by 10% (warnings); missing values and categories',
            'get the tolerance the sample allows (docs/contract.md, "Inferring a contract"). Tighten what you know.',
        ].join('\n');
        const { contractToYaml, inferContract } = await Promise.all(/* import() */[__webpack_require__.e(9171), __webpack_require__.e(4533), __webpack_require__.e(1576)]).then(__webpack_require__.bind(__webpack_require__, 4533));
        await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(options.inferContractOut, contractToYaml(inferContract(profile), header));
        result.inferredContractPath = options.inferContractOut;
    }
    return result;
}


/***/ })

};
