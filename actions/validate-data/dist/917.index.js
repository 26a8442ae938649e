export const id = 917;
export const ids = [917];
export const modules = {

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
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1985);
/* harmony import */ var _data_profile_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(446);
/* harmony import */ var _data_open_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9712);
/* harmony import */ var _data_profile_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5894);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9980);
/* harmony import */ var _data_scan_table_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3473);
/* harmony import */ var _data_validate_data_shards_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7487);
/* harmony import */ var _data_shard_workers_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(270);
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
        (0,_data_shard_workers_js__WEBPACK_IMPORTED_MODULE_10__/* .warmShardWorkers */ .V5)(options.data, options.format);
    try {
        return await validateOneOrMany(options);
    }
    finally {
        (0,_data_shard_workers_js__WEBPACK_IMPORTED_MODULE_10__/* .releaseShardWorkers */ .Rk)();
    }
}
async function validateOneOrMany(options) {
    // The contract's module (its zod schemas and the YAML parser) and the contract inferrer
    // are imported by the runs that use them: a run that only profiles does not compile them (issue 18).
    const contract = options.contract === undefined ? undefined : await (await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(439)]).then(__webpack_require__.bind(__webpack_require__, 6439))).loadContract(options.contract);
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
    const { scanShard } = await __webpack_require__.e(/* import() */ 309).then(__webpack_require__.bind(__webpack_require__, 6309));
    const { mergeShardProfiles } = await __webpack_require__.e(/* import() */ 164).then(__webpack_require__.bind(__webpack_require__, 3164));
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
        const { contractToYaml, inferContract } = await Promise.all(/* import() */[__webpack_require__.e(171), __webpack_require__.e(439), __webpack_require__.e(533)]).then(__webpack_require__.bind(__webpack_require__, 4533));
        await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(options.inferContractOut, contractToYaml(inferContract(profile), header));
        result.inferredContractPath = options.inferContractOut;
    }
    return result;
}


/***/ })

};
