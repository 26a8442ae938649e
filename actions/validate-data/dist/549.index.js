export const id = 549;
export const ids = [549,273,309];
export const modules = {

/***/ 7781:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* reexport safe */ _merge_profiles_js__WEBPACK_IMPORTED_MODULE_3__.N)
/* harmony export */ });
/* unused harmony export readProfile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3836);
/* harmony import */ var _merge_profiles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7060);
/**
 * Reading a profile file (`mlops profile merge`, `profile show`, drift references), checked
 * against the profile schema. Merging lives in merge-profiles.ts, re-exported here.
 */




/** Reads and validates a profile file; failures are InputErrors naming the file. */
async function readProfile(file) {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (e) {
        throw new InputError(`cannot read profile: ${e.message}`, { location: { file }, hint: 'check the path; profiles are written by validate-data (profile-out)', cause: e });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new InputError(`not valid JSON: ${e.message}`, { location: { file }, hint: `expected a ${PROFILE_SCHEMA} file written by validate-data`, cause: e });
    }
    const schema = json?.schema;
    if (schema !== PROFILE_SCHEMA) {
        throw new InputError(`schema is ${JSON.stringify(schema)}, not "${PROFILE_SCHEMA}"`, { location: { file }, hint: 'give a profile written by validate-data (profile-out)' });
    }
    const parsed = profileSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new InputError(`invalid profile at ${issue.path.join('.') || '(root)'}: ${issue.message}`, { location: { file }, hint: 'the file may be truncated or edited by hand; re-run validate-data to write it again' });
    }
    for (const name of parsed.data.column_order) {
        if (!Object.hasOwn(parsed.data.columns, name))
            throw new InputError(`column_order names "${name}" but columns has no such entry`, { location: { file }, hint: 're-run validate-data to write the profile again' });
    }
    return parsed.data;
}


/***/ }),

/***/ 6309:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanShard: () => (/* binding */ scanShard)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _open_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9712);
/* harmony import */ var _profile_merge_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7781);
/* harmony import */ var _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3836);
/* harmony import */ var _scan_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3473);
/* harmony import */ var _formats_shard_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9239);
/* harmony import */ var _file_list_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9236);
/* harmony import */ var _shard_plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7273);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6589);
/* harmony import */ var _unique_keys_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(27);
/* harmony import */ var _validate_data_shards_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7487);
/**
 * One job of a sharded validation (`validate-data` with `shard: i/n`, `mlops validate --shard i/n`):
 * reads only its shard of the data (shard-plan.ts), profiles it and, with a contract, checks its
 * rows, and writes the shard's profile with the `shard` section (shard-format.ts) that the fan-in
 * job turns into the one-job run's report and profile (shard-merge.ts). The step that loads the contract and
 * writes the files is steps/validate-shard.ts.
 *
 * A shard does not decide pass or fail: rules like `mostly`, `rows.min` or a column that only a
 * later shard has are about the whole data. It reads its part exactly as a worker thread reads a
 * shard (the same reader options and scanTable), so its tallies are the ones the one-job run would
 * count for those rows.
 *
 * Unique rules cannot be tallied per shard (a value may repeat in another shard): their keys are
 * written next to the profile (unique-keys.ts) for the fan-in to count.
 *
 * Lines: a text shard after the first counts its lines from 1 (the fan-in adds the lines before).
 * An error it raises is re-placed at the file's line by counting the '\n's before its range: paid
 * only on the error path, never for a clean shard.
 */












/** Reads one part of a file through the profiler and the validator, as a worker reads its shard. */
async function scanPart(part, p, input, format) {
    const file = part.file;
    // The names known before the rows come from the file's start (header, schema, first record).
    const whole = await (0,_open_table_js__WEBPACK_IMPORTED_MODULE_2__/* .openTable */ .R)(file, { format, delimiter: input.delimiter });
    const columns = await whole.columns();
    let nextLine = 1;
    const start = part.bytes?.start ?? 0;
    const reader = await (0,_open_table_js__WEBPACK_IMPORTED_MODULE_2__/* .openTable */ .R)(file, {
        format,
        delimiter: input.delimiter,
        start: part.bytes?.start,
        end: part.bytes?.end,
        header: format === 'csv' && start > 0 ? [...columns] : undefined,
        partial: part.bytes !== undefined,
        rowGroups: part.rowGroups,
        onEnd: (line) => {
            nextLine = line;
        },
    });
    const unique = input.contract !== undefined && (0,_validate_js__WEBPACK_IMPORTED_MODULE_9__/* .uniqueRuleNames */ .ID)(input.contract).length > 0;
    if (unique && !input.keyFile)
        throw new Error('scanShard: unique rules need a keyFile');
    const where = unique ? input.keyFile(p) : undefined;
    const keys = where ? new _unique_keys_js__WEBPACK_IMPORTED_MODULE_10__/* .UniqueKeyFile */ .L(where.path) : undefined;
    try {
        const scanned = await (0,_scan_table_js__WEBPACK_IMPORTED_MODULE_5__/* .scanTable */ .S)(reader, { file, columns, contract: input.contract, contractFile: input.contractFile, uniqueKeys: keys }).finally(() => keys?.close());
        const { profile, validator, rows } = scanned;
        return {
            profile,
            part: {
                file,
                bytes: part.bytes ? [part.bytes.start, part.bytes.end] : null,
                row_groups: part.rowGroups ? [part.rowGroups.start, part.rowGroups.end] : null,
                rows,
                lines: reader.hasLines ? nextLine - 1 : 0,
                column_order: profile.column_order,
                validation: validator ? validator.exportState() : null,
                unique_keys: keys && where ? { file: where.name, records: keys.records } : null,
            },
        };
    }
    catch (e) {
        throw await placedError(e, part, input.shard);
    }
}
/** An error from a part that starts after byte 0, moved to the file's line; other errors as they are. */
async function placedError(e, part, shard) {
    if (!(e instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz) || !part.bytes)
        return e;
    const { what, hint, location } = (0,_validate_data_shards_js__WEBPACK_IMPORTED_MODULE_11__/* .shardError */ .Xm)(e);
    const offset = part.bytes.start > 0 && location?.line !== undefined ? await (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .linesBefore */ .P)(part.file, part.bytes.start) : 0;
    const placed = location && location.line !== undefined ? { ...location, line: location.line + offset } : location;
    // A cut inside a quoted field that spans lines leaves this shard's last field open. The cut is
    // at the same place in every job, so only a one-job run (or a list of files) can read it.
    const cut = what.startsWith('unterminated quoted field') && part.bytes.end < (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(part.file)).size;
    const fix = cut
        ? `shard ${shard.index}/${shard.count} may end inside a quoted field that spans lines, which byte-range shards cannot split; shard a list of files instead, or validate the file in one job`
        : hint;
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(what, { location: placed, hint: fix, cause: e });
}
/** Scans a shard in memory: its profile (with the `shard` section). */
async function scanShard(input) {
    const { files, shard } = input;
    // The format of every file: from the first (openTable decides by extension or `format`).
    const first = await (0,_open_table_js__WEBPACK_IMPORTED_MODULE_2__/* .openTable */ .R)(files[0], { format: input.format, delimiter: input.delimiter });
    const format = first.format;
    for (const f of files.slice(1)) {
        const r = await (0,_open_table_js__WEBPACK_IMPORTED_MODULE_2__/* .openTable */ .R)(f, { format: input.format, delimiter: input.delimiter });
        if (r.format !== format) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`the data's files are not all ${format}: "${f}" is ${r.format}`, { hint: 'list files of one format (CSV/TSV, JSON Lines or Parquet)' });
        }
    }
    const plan = await (0,_shard_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .planShard */ .k)(files, format, shard);
    const scanned = [];
    for (const [p, part] of plan.parts.entries())
        scanned.push(await scanPart(part, p, input, format));
    const label = (0,_file_list_js__WEBPACK_IMPORTED_MODULE_7__/* .dataLabel */ ["do"])(input.data, files);
    const profile = scanned.length === 0
        ? { schema: _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_4__/* .PROFILE_SCHEMA */ .Ow, sources: [], rows: 0, column_order: [], columns: {} }
        : scanned.length === 1
            ? scanned[0].profile
            : (0,_profile_merge_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeProfiles */ .N)(scanned.map((s) => s.profile));
    const section = {
        schema: _formats_shard_format_js__WEBPACK_IMPORTED_MODULE_6__/* .SHARD_SCHEMA */ .Bp,
        index: shard.index,
        count: shard.count,
        data: label,
        format,
        line_kind: first.hasLines ? 'line' : 'row',
        files: plan.files,
        split: plan.split,
        contract: input.contractFile && input.contractSha256 ? { file: input.contractFile, sha256: input.contractSha256 } : null,
        parts: scanned.map((s) => s.part),
    };
    return { ...profile, shard: section };
}


/***/ }),

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
/* harmony import */ var _validate_data_shards_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7487);
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
        const { parquetRowGroupRows } = await Promise.all(/* import() */[__webpack_require__.e(896), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 8306));
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

/***/ 27:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ UniqueKeyFile),
/* harmony export */   w: () => (/* binding */ readUniqueKeys)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9980);
/**
 * The keys of a shard's unique rules, as a file next to its profile (`<profile>.keys-<part>.jsonl.gz`)
 * so that the fan-in can count duplicates across shards exactly.
 *
 * Uniqueness is the one contract rule a shard cannot tally alone: a value may repeat in another
 * shard. So a shard hands every key of every unique rule (the typed value the one-job run's
 * duplicate counter would see, its line and the sample text) to this file, and the fan-in feeds
 * the files of all shards, in data order, to one duplicate counter per rule (Validator.addUniqueKey):
 * the same counter, on the same keys, in the same order as the one-job run, so the counts and the
 * samples are the same. The cost is the shuffle any exact distributed duplicate check pays: the
 * key columns travel to the fan-in (gzip keeps a date or an id column to a few bytes a row).
 *
 * One JSON array per line, `[rule, kind, key, line, display]`: `kind` "n" (a number, written with
 * String() so NaN, ±Infinity and -0 survive), "s" (text) or "b" (boolean). Written as a series of
 * gzip members (each flush one member; gunzip reads them as one stream), synchronously, because
 * the validator calls record() from its inner loop.
 */




const FLUSH_CHARS = 1 << 20;
/** Writes a shard's unique keys to `file` (created or truncated). */
class UniqueKeyFile {
    file;
    records = 0;
    fd;
    buffer = [];
    chars = 0;
    constructor(file) {
        this.file = file;
        this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'w');
    }
    record(rule, key, line, display) {
        const kind = typeof key === 'number' ? 'n' : typeof key === 'boolean' ? 'b' : 's';
        const text = `${JSON.stringify([rule, kind, kind === 'n' ? String(key) : key, line, display])}\n`;
        this.buffer.push(text);
        this.chars += text.length;
        this.records++;
        if (this.chars >= FLUSH_CHARS)
            this.flush();
    }
    flush() {
        if (this.buffer.length === 0)
            return;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.gzipSync)(this.buffer.join('')));
        this.buffer = [];
        this.chars = 0;
    }
    /** Flushes and closes; an empty file (no keys) is still a valid, empty gzip stream. */
    close() {
        this.flush();
        if (this.records === 0)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.gzipSync)(''));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
    }
}
/** Reads a unique-keys file back, in the order it was written; checks the record count. */
async function* readUniqueKeys(file, expectedRecords) {
    const bad = (what, cause) => new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`unique keys: ${what}`, { location: { file }, hint: 'upload the whole folder the shard job wrote its profile to (the profile and its .keys-*.jsonl.gz files)', cause });
    const input = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file);
    const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)();
    let failure;
    input.on('error', (e) => {
        failure = e;
        gunzip.destroy(e);
    });
    const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_1__.createInterface)({ input: input.pipe(gunzip), crlfDelay: Infinity });
    let n = 0;
    try {
        for await (const text of lines) {
            if (text === '')
                continue;
            let rec;
            try {
                rec = JSON.parse(text);
            }
            catch (e) {
                throw bad(`record ${n + 1} is not JSON`, e);
            }
            if (!Array.isArray(rec) || rec.length !== 5 || typeof rec[0] !== 'number' || typeof rec[3] !== 'number')
                throw bad(`record ${n + 1} is not [rule, kind, key, line, display]`);
            const [rule, kind, raw, line, display] = rec;
            const key = kind === 'n' ? Number(raw) : kind === 'b' ? raw === true : String(raw);
            n++;
            yield { rule, key, line, display };
        }
    }
    catch (e) {
        if (e.code === 'ENOENT')
            throw bad('file not found', e);
        if (e instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz)
            throw e;
        throw bad(`cannot read: ${e.message}`, e);
    }
    if (failure)
        throw bad(`cannot read: ${failure.message}`, failure);
    if (n !== expectedRecords)
        throw bad(`${n} records, but the shard recorded ${expectedRecords} (a truncated or replaced file)`);
}


/***/ }),

/***/ 3836:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ profileSchema),
/* harmony export */   Ow: () => (/* reexport safe */ _column_types_js__WEBPACK_IMPORTED_MODULE_1__.O)
/* harmony export */ });
/* unused harmony exports kllStateSchema, hllStateSchema, frequentStateSchema, momentsStateSchema, columnProfileSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/* harmony import */ var _column_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5717);
/**
 * `mlops-actions/profile@1`: what `validate-data` writes about a dataset, and what `mlops profile merge`
 * combines. Defined once here (zod) and documented in docs/formats.md.
 *
 * A profile is a set of mergeable sketches plus the statistics derived from them. Merging two
 * profiles merges the sketches and re-derives the statistics, so the result does not depend on how
 * the data was sharded: counts, min, max and mean are exact; std is exact up to floating-point
 * rounding; quantiles and distinct counts stay within the sketches' stated error.
 */



// In a module without zod, for code that builds profiles (the shard worker); here for everyone else.

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const columnType = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_column_types_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMN_TYPES */ .R);
    /** Serialized KLL quantile sketch (see shared/data/sketch/kll.ts): compactors level by level. */
    const kllStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        k: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        n: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        levels: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig())),
    });
    /**
     * Serialized HyperLogLog (see shared/data/sketch/hll.ts): precision and either base64 registers
     * (dense) or `sparse`, base64 of 4-byte entries (index << 8 | value) of the non-zero registers.
     */
    const hllStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        p: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(4).max(18),
        registers: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        sparse: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    })
        .refine((h) => (h.registers === undefined) !== (h.sparse === undefined), { message: 'an HLL state has either registers or sparse, not both or neither' });
    /** Serialized frequent-items sketch (Misra-Gries with a fixed capacity). */
    const frequentStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        capacity: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        /** Total weight subtracted by decrements: each count is exact within [count, count + offset]. */
        offset: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
        items: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative()])),
    });
    /** Moments for exact merge: n, exact sum as Shewchuk partials (order independent), and M2 (Chan et al.). */
    const momentsStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        n: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        sum_partials: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()),
        mean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        m2: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    });
    const columnProfileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** The column's type: from the contract when there is one, else the dominant type observed. */
        type: columnType,
        /** Non-missing values. */
        count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Missing values (null, absent, or a null token). */
        nulls: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** NaN values (counted in `count`, excluded from numeric statistics). */
        nan: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** +/-Infinity values (counted in `count`, excluded from numeric statistics). */
        inf: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Non-missing values by the narrowest type each parses as (integer < number; date < timestamp; boolean; string). */
        type_counts: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            integer: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            number: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            boolean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            date: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            timestamp: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            string: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        }),
        /** Numeric columns: numbers; date/timestamp columns: ISO 8601 text; string columns: lexicographic. */
        min: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]).nullable(),
        max: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]).nullable(),
        /** Numeric, date and timestamp columns (dates as epoch ms): arithmetic mean and sample std (ddof=1, as pandas). */
        mean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        std: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        /** Quantile estimates keyed by probability ("0.5"), from the KLL sketch; null when not numeric. */
        quantiles: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()).nullable(),
        /** Distinct non-missing values: HyperLogLog estimate, exact while the column has few values. */
        distinct: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ estimate: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(), exact: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY() }),
        /** Top 20 values with counts (exact when `frequent_exact`). */
        frequent: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative() })),
        frequent_exact: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        /** Numeric/date columns: equal-width bins over [min, max]; counts estimated from the KLL sketch. */
        histogram: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ edges: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()), counts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()) }).nullable(),
        /** Text length of non-missing values (characters). */
        length: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), mean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() }).nullable(),
        sketches: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            moments: momentsStateSchema,
            kll: kllStateSchema,
            hll: hllStateSchema,
            frequent: frequentStateSchema,
            /** Exact text-length stats and lexicographic min/max, kept for merge. */
            text: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ min_len: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(), max_len: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(), sum_len: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), min: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(), max: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable() }),
        }),
    });
    const profileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(_column_types_js__WEBPACK_IMPORTED_MODULE_1__/* .PROFILE_SCHEMA */ .O),
        /** Files profiled (several after a merge), as given by the user. */
        sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), format: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative() })),
        rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Column names in file order. */
        column_order: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), columnProfileSchema),
    });
    return { kllStateSchema, hllStateSchema, frequentStateSchema, momentsStateSchema, columnProfileSchema, profileSchema };
});
const kllStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().kllStateSchema);
const hllStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().hllStateSchema);
const frequentStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().frequentStateSchema);
const momentsStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().momentsStateSchema);
const columnProfileSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().columnProfileSchema);
const profileSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().profileSchema);


/***/ }),

/***/ 9239:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ shardProfileSchema),
/* harmony export */   Bp: () => (/* binding */ SHARD_SCHEMA)
/* harmony export */ });
/* unused harmony exports validatorStateSchema, shardPartSchema, shardSectionSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/* harmony import */ var _profile_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3836);
/* harmony import */ var _validation_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2878);
/**
 * `mlops-actions/shard@1`: what one matrix job of a sharded validation (`shard: i/n`) records next
 * to its profile, so that a fan-in job can rebuild the one-job run's report and profile exactly.
 *
 * It travels inside the shard's profile file, as the top-level key `shard` of an ordinary
 * `mlops-actions/profile@1` document: one artifact per shard, `mlops profile merge` still reads it
 * (and drops the key), and `validate-data` with `profiles:` reads it back (shard-merge.ts).
 * Documented in docs/scale-out.md.
 *
 * Row-level results are the validator's tallies for the shard's rows (Validator.exportState): exact
 * failure counts per rule and the first samples, with sample lines counted from the start of the
 * part (text shards after the first) or absolute (Parquet rows, whole files). The fan-in adds the
 * lines of the parts before, as the worker-thread merge does (validate-data-shards.ts).
 */




const SHARD_SCHEMA = 'mlops-actions/shard@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const tallyStateSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        failed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        samples: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(_validation_format_js__WEBPACK_IMPORTED_MODULE_2__/* .validationSampleSchema */ .RX),
    });
    /** Validator.exportState() as data (validate.ts, ValidatorState). */
    const validatorStateSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        columns: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
        checkers: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
            rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
            nonMissing: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
            typeFailed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
            present: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
            tallies: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(tallyStateSchema),
        })),
        compoundTotals: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative()).optional(),
    });
    const range = zod__WEBPACK_IMPORTED_MODULE_3__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative()]);
    /** One contiguous piece of one file that the shard read: a byte range, row groups, or the whole file. */
    const shardPartSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        /** Text formats: bytes [start, end) of the file; null when the part is the whole file. */
        bytes: range.nullable(),
        /** Parquet: row groups [start, end); null when the part is the whole file. */
        row_groups: range.nullable(),
        rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        /** Text formats: the physical lines the part spans (the next part's line 1 is this + 1 of the file). */
        lines: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
        /** Columns in order of first appearance in this part (its profile's column order). */
        column_order: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
        /** The validator's tallies for this part's rows; null when there was no contract. */
        validation: validatorStateSchema.nullable(),
        /**
         * With unique rules: the file (next to the profile) holding every key of every unique rule of this
         * part, and how many it holds (unique-keys.ts); null without unique rules.
         */
        unique_keys: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), records: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative() }).nullable(),
    });
    const shardSectionSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(SHARD_SCHEMA),
        /** 1-based shard number and the number of shards (`shard: 2/8`). */
        index: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive(),
        count: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().positive(),
        /** The data as the report names it: the file, or the glob / list of a file list. */
        data: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        format: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        line_kind: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['line', 'row']),
        /**
         * Every file of the data in order with its size in bytes, as this job saw it: all shards must
         * agree, so that the fan-in knows the shards cut the same bytes.
         */
        files: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), bytes: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative() })),
        /** How the data was split: a file's bytes or row groups (one file), or every n-th file (a list). */
        split: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['bytes', 'row-groups', 'files']),
        /** The contract checked, by file and SHA-256 of its bytes; null when the shard was only profiled. */
        contract: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), sha256: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }).nullable(),
        /** What the shard read, in data order. */
        parts: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(shardPartSchema),
    });
    /** A shard's profile file: a profile@1 document with the `shard` section. */
    const shardProfileSchema = _profile_format_js__WEBPACK_IMPORTED_MODULE_1__/* .profileSchema */ .Fk.extend({ shard: shardSectionSchema });
    return { validatorStateSchema, shardPartSchema, shardSectionSchema, shardProfileSchema };
});
const validatorStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().validatorStateSchema);
const shardPartSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().shardPartSchema);
const shardSectionSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().shardSectionSchema);
const shardProfileSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().shardProfileSchema);


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

/***/ 8549:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateShard: () => (/* binding */ validateShard)
/* harmony export */ });
/* unused harmony export keyFileName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(322);
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1985);
/* harmony import */ var _data_profile_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(446);
/* harmony import */ var _data_contract_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6439);
/* harmony import */ var _data_file_list_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9236);
/* harmony import */ var _data_scan_shard_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6309);
/**
 * The matrix job of a sharded validation (`validate-data` with `shard: i/n`, `mlops validate --shard i/n`):
 * loads the contract, scans shard i/n of the data (data/scan-shard.ts) and writes its profile with the
 * `shard` section, plus the unique rules' keys next to it, for the fan-in job (steps/validate-merged-shards.ts).
 */









/** The name of part p's unique-keys file next to a profile: `shard-2.json` → `shard-2.keys-0.jsonl.gz`. */
function keyFileName(profileOut, part) {
    return `${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(profileOut).replace(/\.json$/i, '')}.keys-${part}.jsonl.gz`;
}
/**
 * One matrix job: reads shard i/n of the data and writes its profile with the shard section (and,
 * with unique rules, their keys next to it). Keys are written under temporary names and renamed
 * before the profile, which is written last, atomically: a failed shard leaves nothing behind.
 */
async function validateShard(options) {
    const contract = options.contract === undefined ? undefined : await (0,_data_contract_js__WEBPACK_IMPORTED_MODULE_6__.loadContract)(options.contract);
    const files = await (0,_data_file_list_js__WEBPACK_IMPORTED_MODULE_7__/* .expandFileList */ .Nj)(options.data);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(options.profileOut);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const written = [];
    const tag = `${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    try {
        const profile = await (0,_data_scan_shard_js__WEBPACK_IMPORTED_MODULE_8__.scanShard)({
            data: options.data,
            files,
            shard: options.shard,
            contract,
            contractFile: options.contract,
            contractSha256: options.contract === undefined ? undefined : (await (0,_runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q)(options.contract)).sha256,
            delimiter: options.delimiter,
            format: options.format,
            keyFile: (part) => {
                const name = keyFileName(options.profileOut, part);
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
                const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `.${name}.${tag}.tmp`);
                written.push({ tmp, path });
                return { path: tmp, name };
            },
        });
        // Through links and onto devices like every output (shared/runtime/atomic-write.ts).
        for (const w of written)
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .commitTempFile */ .W2)(w.tmp, w.path);
        await (0,_data_profile_write_js__WEBPACK_IMPORTED_MODULE_5__/* .writeProfileFile */ .z_)(options.profileOut, profile);
        return { profile, shard: profile.shard, profilePath: options.profileOut, keyFiles: written.map((w) => w.path) };
    }
    catch (e) {
        await Promise.all(written.map((w) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(w.tmp, { force: true })));
        throw e;
    }
}


/***/ })

};
