export const id = 140;
export const ids = [140];
export const modules = {

/***/ 9236:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nj: () => (/* binding */ expandFileList),
/* harmony export */   "do": () => (/* binding */ dataLabel)
/* harmony export */ });
/* unused harmony export GLOB_CHARS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/**
 * Data given as a list of files (validate-data's `data`, rank's candidates): kept apart from the
 * shard planner so that steps which only expand a list do not pull in the sharding machinery.
 */


/**
 * Characters without which tinyglobby's isDynamicPattern (picomatch's scan) finds no glob. A path
 * without any is a plain path, and tinyglobby is not loaded for it: evaluating it (fdir looks for
 * picomatch through node's resolver) cost ~10 ms of every validate run's start (issue 18). Exported
 * for test/data/file-list.test.ts, which checks it against isDynamicPattern.
 */
const GLOB_CHARS = /[*?[\]{}()!+@]/;
/**
 * The files of a data input: one path, a glob, or one path or glob per line (blank lines and `#`
 * comments skipped). Globs are sorted; the list keeps its order; a file named twice is read once.
 * A glob that matches nothing is an InputError; a plain path is returned as it is (opening it
 * reports a missing file).
 */
async function expandFileList(spec, what = 'data') {
    const items = spec
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
    if (items.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} is empty`, { hint: 'give a file, a glob, or one file per line' });
    const out = [];
    const seen = new Set();
    for (const item of items) {
        let files;
        const tinyglobby = GLOB_CHARS.test(item) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(item) ? await __webpack_require__.e(/* import() */ 44).then(__webpack_require__.bind(__webpack_require__, 44)) : undefined;
        if (tinyglobby?.isDynamicPattern(item)) {
            files = (await tinyglobby.glob(item, { onlyFiles: true, expandDirectories: false, dot: false })).map((f) => f.split('\\').join('/')).sort();
            if (files.length === 0)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} glob "${item}" matched no file`, { hint: `globs are matched under ${process.cwd()}; fix the glob` });
        }
        else
            files = [item];
        for (const f of files)
            if (!seen.has(f)) {
                seen.add(f);
                out.push(f);
            }
    }
    return out;
}
/** How the report names data given as a list: the file, the glob, or the files joined. */
function dataLabel(spec, files) {
    if (files.length === 1)
        return files[0];
    const lines = spec.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    return lines.length === 1 ? lines[0] : files.join(', ');
}


/***/ }),

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
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1985);
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

/***/ 1985:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W2: () => (/* binding */ commitTempFile),
  bd: () => (/* binding */ outputTempPath),
  NF: () => (/* binding */ outputWriteError),
  rA: () => (/* binding */ resolveOutputTarget),
  Zf: () => (/* binding */ writeFileAtomic),
  ZJ: () => (/* binding */ writeJsonAtomic)
});

// UNUSED EXPORTS: resolveOutputFolder, sweepOutputTemps

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/runtime/signal-cleanup.ts
var signal_cleanup = __webpack_require__(2946);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ../../../../shared/runtime/stale-temps.ts
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
            namespace = (0,external_node_fs_.readlinkSync)('/proc/self/ns/pid');
        }
        catch {
            // Not Linux: the host name alone.
        }
        tag = (0,external_node_crypto_.createHash)('sha256').update(`${(0,external_node_os_.hostname)()}\0${namespace}`).digest('hex').slice(0, 8);
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
    const names = await (0,promises_.readdir)(path).catch(() => []);
    for (const n of names) {
        const s = await (0,promises_.lstat)((0,external_node_path_.join)(path, n)).catch(() => undefined);
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
    const names = options.names ?? (await (0,promises_.readdir)(dir).catch(() => []));
    for (const name of names) {
        if (!options.match(name))
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        try {
            const s = await (0,promises_.lstat)(path);
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
            await (0,promises_.rm)(path, { recursive: true, force: true });
            removed.push(path);
        }
        catch {
            // Another sweeper got there first, or it is not ours to remove.
        }
    }
    return removed;
}

;// CONCATENATED MODULE: ../../../../shared/runtime/atomic-write.ts
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
    if ((0,errors/* isMlopsError */.s8)(e))
        return e;
    const code = e?.code;
    if (typeof code !== 'string')
        return e instanceof Error ? e : new Error(String(e));
    const reason = REASONS[code] ?? e.message;
    return new errors/* InputError */.dz(`cannot write ${given}: ${reason} (${code})`, {
        hint: code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space or write the output elsewhere' : 'check the path and its permissions, or write the output elsewhere',
        cause: e,
    });
}
async function lstatOptional(path) {
    try {
        return await (0,promises_.lstat)(path);
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
    let path = (0,external_node_path_.resolve)(given);
    let viaLink = false;
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined) {
            if (viaLink && !(await (0,promises_.stat)((0,external_node_path_.dirname)(path)).then((d) => d.isDirectory(), () => false))) {
                throw new errors/* InputError */.dz(`cannot write ${given}: it is a symbolic link to ${path}, whose folder ${(0,external_node_path_.dirname)(path)} does not exist`, {
                    hint: 'create that folder, point the link at a file in an existing folder, or write the output elsewhere',
                });
            }
            return { given, path, kind: 'missing', viaLink };
        }
        if (s.isSymbolicLink()) {
            if (hops >= MAX_LINKS)
                throw new errors/* InputError */.dz(`cannot write ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a file' });
            viaLink = true;
            path = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), await (0,promises_.readlink)(path));
            continue;
        }
        if (s.isDirectory()) {
            throw new errors/* InputError */.dz(`cannot write ${given}: it is a folder${viaLink ? ` (${path})` : ''}`, {
                hint: 'name a file to write, not a folder',
            });
        }
        if (s.isFile())
            return { given, path, kind: 'file', stats: s, viaLink };
        if (s.isSocket())
            throw new errors/* InputError */.dz(`cannot write ${given}: it is a socket`, { hint: 'name a file, a device or a named pipe' });
        // Character and block devices, FIFOs: written in place, never replaced.
        return { given, path, kind: 'device', stats: s, viaLink };
    }
}
/**
 * The folder an output folder should replace: `given` through its links (the link stays, its
 * folder is replaced). Refuses a file, a device or a socket where the folder should be.
 */
async function resolveOutputFolder(given) {
    let path = resolve(given);
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined || s.isDirectory())
            return path;
        if (!s.isSymbolicLink()) {
            throw new InputError(`cannot write folder ${given}: ${path} is ${s.isFile() ? 'a file' : 'not a folder'}`, {
                hint: 'name a folder (it is replaced whole), or move the file away',
            });
        }
        if (hops >= MAX_LINKS)
            throw new InputError(`cannot write folder ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a folder' });
        path = resolve(dirname(path), await readlink(path));
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
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${hostTag()}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
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
        names = (0,promises_.readdir)(dir).then((all) => all.filter((n) => n.startsWith('.') && n.endsWith('.tmp')), () => []);
        tempNamesByFolder.set(dir, names);
    }
    return names;
}
/**
 * Removes the temps of output `path` that a killed writer left (its pid gone from this host; one
 * from another host or an older version only when over an hour old). Returns the paths removed.
 */
async function sweepOutputTemps(path) {
    const dir = (0,external_node_path_.dirname)(path);
    const prefix = `.${(0,external_node_path_.basename)(path)}.`;
    const tail = (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : '');
    const match = (name) => TEMP_TAIL.test(tail(name)) || UNTAGGED_TEMP_TAIL.test(tail(name));
    const listed = await tempNamesIn(dir);
    const names = listed.filter(match);
    if (names.length === 0)
        return [];
    const removed = await sweepStaleTemps(dir, {
        names,
        match,
        pidOf: (name) => {
            const m = TEMP_TAIL.exec(tail(name)) ?? UNTAGGED_TEMP_TAIL.exec(tail(name));
            return m ? Number(m[1]) : undefined;
        },
        hostOf: (name) => TEMP_TAIL.exec(tail(name))?.[2],
    });
    const gone = new Set(removed.map((p) => (0,external_node_path_.basename)(p)));
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
    const fh = await (0,promises_.open)(path, 'w');
    try {
        await fh.writeFile(data);
    }
    finally {
        await fh.close();
    }
}
async function writeBeside(target, data) {
    const dir = (0,external_node_path_.dirname)(target.path);
    if (!target.viaLink)
        await (0,promises_.mkdir)(dir, { recursive: true });
    await sweepOutputTemps(target.path);
    const tmp = outputTempPath(target.path);
    const release = (0,signal_cleanup/* removeOnInterrupt */.vY)(tmp);
    try {
        const fh = await (0,promises_.open)(tmp, 'wx');
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
        await (0,promises_.rename)(tmp, target.path);
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { force: true });
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
            await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(tmp), (0,external_node_fs_.createWriteStream)(target.path, { flags: 'w' }));
        }
        else if ((0,external_node_path_.dirname)(target.path) === (0,external_node_path_.dirname)((0,external_node_path_.resolve)(tmp))) {
            await sweepOutputTemps(target.path);
            if (target.stats)
                await (0,promises_.chmod)(tmp, target.stats.mode & 0o7777);
            await (0,promises_.rename)(tmp, target.path);
            warnIfHardLinksKeptOldContent(target);
        }
        else {
            // The temp was made beside the link: sweep a killed writer's leftovers there too.
            if (target.viaLink)
                await sweepOutputTemps((0,external_node_path_.resolve)(path));
            await writeBeside(target, await (0,promises_.readFile)(tmp));
        }
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
    finally {
        await (0,promises_.rm)(tmp, { force: true });
    }
}
/** JSON with two-space indentation and a trailing newline (stable, diff-friendly). */
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
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

/***/ 2946:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vY: () => (/* binding */ removeOnInterrupt)
/* harmony export */ });
/* unused harmony exports removeMatchingOnInterrupt, trackedTempCount */
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


/***/ })

};
