export const id = 164;
export const ids = [164];
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

/***/ 3164:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ readShardProfile),
/* harmony export */   mergeShardProfiles: () => (/* binding */ mergeShardProfiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9980);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5894);
/* harmony import */ var _profile_merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7781);
/* harmony import */ var _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3836);
/* harmony import */ var _scan_table_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3473);
/* harmony import */ var _formats_shard_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9239);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6589);
/* harmony import */ var _unique_keys_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(27);
/* harmony import */ var _formats_validation_format_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2878);
/**
 * The fan-in of a sharded validation (`validate-data` with `profiles:`, `mlops validate --profiles`):
 * the shards' profiles (each with its `shard` section, shard-format.ts) become the report and the
 * profile of the one-job run over the same data.
 *
 * - The shards must be all n of one split of the same data: the same files with the same sizes, the
 *   same contract (by SHA-256), each index once, and their parts together exactly the data (byte
 *   ranges and row groups contiguous from the start to the end, every file of a list once).
 * - Row-level results: a validator is built from the contract and each part's tallies are merged
 *   in data order (Validator.mergeState), the lines of a byte-range part shifted by the lines of the
 *   parts before it, the samples of a file list tagged with their file. Counts, pass/fail and the
 *   first samples are then exactly the one-job run's, as for the worker threads
 *   (validate-data-shards.ts). Unique rules: every part's recorded keys (unique-keys.ts) go, in
 *   data order, to the validator's own duplicate counters (Validator.addUniqueKey), the one-job
 *   run's counter on the one-job run's keys.
 * - The profile: mergeProfiles, with the sources and the column order rebuilt in data order (a
 *   shard of a file list holds every n-th file). Counts, nulls, min/max, mean, type counts and exact
 *   distinct counts equal the one-job run's; sketch estimates stay within their bounds
 *   (docs/formats.md). An undeclared column whose type the shards inferred differently from the
 *   whole data's inference is an error naming it: declaring its type makes every shard agree.
 */











/** Reads a shard's profile file; a plain profile or another file is an InputError saying what to do. */
async function readShardProfile(file) {
    let json;
    try {
        json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (e) {
        const code = e.code;
        const what = code === 'ENOENT' ? 'profile not found' : code ? `cannot read the profile: ${e.message}` : `not valid JSON: ${e.message}`;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(what, { location: { file }, hint: 'give the profiles the shard jobs wrote (profile-out)', cause: e });
    }
    const doc = json;
    if (doc?.schema !== _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_5__/* .PROFILE_SCHEMA */ .Ow) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`schema is ${JSON.stringify(doc?.schema)}, not "${_formats_profile_format_js__WEBPACK_IMPORTED_MODULE_5__/* .PROFILE_SCHEMA */ .Ow}"`, { location: { file }, hint: 'give the profiles the shard jobs wrote (profile-out)' });
    }
    if (doc.shard === undefined) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('is a profile without a shard section: it was not written by a shard job', {
            location: { file },
            hint: (o) => `write the profiles with ${o.setting('shard', 'i/n')}; to only combine plain profiles, use mlops profile merge`,
        });
    }
    const parsed = _formats_shard_format_js__WEBPACK_IMPORTED_MODULE_7__/* .shardProfileSchema */ .$e.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`invalid shard profile at ${issue.path.join('.') || '(root)'}: ${issue.message}`, {
            location: { file },
            hint: 'the file may be truncated or edited by hand, or written by another version; re-run the shard job',
        });
    }
    if (parsed.data.shard.schema !== _formats_shard_format_js__WEBPACK_IMPORTED_MODULE_7__/* .SHARD_SCHEMA */ .Bp)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`unknown shard section ${parsed.data.shard.schema}`, { location: { file } });
    return parsed.data;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function shardList(indexes) {
    return indexes.length === 0 ? 'none' : indexes.join(', ');
}
/** The shards in index order, after checking they are one complete split of one dataset. */
function checkShards(shards) {
    if (shards.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('no shard profiles to merge', { hint: 'give the profiles the shard jobs wrote' });
    const first = shards[0];
    const s0 = first.profile.shard;
    for (const { file, profile } of shards.slice(1)) {
        const s = profile.shard;
        const differs = (what, a, b) => new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`shard ${s.index}/${s.count} was written for ${what} ${JSON.stringify(b)}, but shard ${s0.index}/${s0.count} (${first.file}) for ${JSON.stringify(a)}`, {
            location: { file },
            hint: 'merge the shards of one run: the same data, the same contract and the same shard count in every job',
        });
        if (s.count !== s0.count)
            throw differs('a shard count of', s0.count, s.count);
        if (s.data !== s0.data)
            throw differs('the data', s0.data, s.data);
        if (!same(s.files, s0.files))
            throw differs('the files', s0.files, s.files);
        if (s.split !== s0.split || s.format !== s0.format)
            throw differs('the split', `${s0.format} by ${s0.split}`, `${s.format} by ${s.split}`);
        if (!same(s.contract, s0.contract))
            throw differs('the contract', s0.contract, s.contract);
    }
    const byIndex = new Map();
    for (const sh of shards) {
        const i = sh.profile.shard.index;
        const other = byIndex.get(i);
        if (other)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`shard ${i}/${s0.count} is given twice (${other.file} and ${sh.file})`, { location: { file: sh.file }, hint: 'give each shard\'s profile once' });
        byIndex.set(i, sh);
    }
    const missing = [];
    for (let i = 1; i <= s0.count; i++)
        if (!byIndex.has(i))
            missing.push(i);
    if (missing.length > 0) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`shards ${shardList(missing)} of ${s0.count} are missing (got ${shardList([...byIndex.keys()].sort((a, b) => a - b))})`, {
            hint: 'every shard job must finish and upload its profile before the fan-in; a failed shard fails the whole validation',
        });
    }
    return [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i));
}
/** The parts of all shards in data order, after checking they cover the data exactly once. */
function orderedParts(shards) {
    const s0 = shards[0].profile.shard;
    const broken = (what, file) => new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`the shards do not cover the data exactly once: ${what}`, { location: file ? { file } : undefined, hint: 'the shard jobs saw different data; re-run all of them on the same commit' });
    if (s0.split === 'files') {
        const byFile = new Map();
        for (const { file, profile } of shards) {
            for (const p of profile.shard.parts) {
                if (p.bytes || p.row_groups)
                    throw broken(`${p.file} is read in part in a file split`, file);
                if (byFile.has(p.file))
                    throw broken(`${p.file} is in two shards`, file);
                byFile.set(p.file, p);
            }
        }
        const parts = s0.files.map((f) => byFile.get(f.file));
        const lost = s0.files.filter((_, i) => !parts[i]).map((f) => f.file);
        if (lost.length > 0)
            throw broken(`no shard read ${lost.join(', ')}`);
        if (byFile.size !== s0.files.length)
            throw broken('a shard read a file that is not in the list');
        return parts;
    }
    const parts = shards.map(({ file, profile }) => {
        if (profile.shard.parts.length !== 1)
            throw broken(`shard ${profile.shard.index} has ${profile.shard.parts.length} parts of one file`, file);
        return { file, part: profile.shard.parts[0] };
    });
    let at = 0;
    for (const { file, part } of parts) {
        const r = s0.split === 'bytes' ? part.bytes : part.row_groups;
        if (!r || r[0] !== at || r[1] < r[0])
            throw broken(`a shard starts at ${r ? r[0] : 'the whole file'}, not at ${at}`, file);
        at = r[1];
    }
    if (s0.split === 'bytes' && at !== s0.files[0].bytes)
        throw broken(`the shards end at byte ${at} of ${s0.files[0].bytes}`);
    return parts.map((p) => p.part);
}
/** Column order of the data: the first part's, then new columns as the parts show them. */
function columnOrder(parts, merged) {
    const order = [];
    const seen = new Set();
    for (const name of [...parts.flatMap((p) => p.column_order), ...merged.column_order]) {
        if (!seen.has(name)) {
            seen.add(name);
            order.push(name);
        }
    }
    return order;
}
/**
 * Where each part's lines start when the parts' lines are numbered one after another, and the
 * inverse, for the unique rules' samples of a file list (the duplicate counter sees one sequence).
 */
function lineNumbering(parts, hasLines) {
    const offsets = [];
    let at = 0;
    for (const p of parts) {
        offsets.push(at);
        at += hasLines ? p.lines : p.rows;
    }
    const locate = (line) => {
        // The last part that starts before `line` (empty parts share their successor's start).
        let lo = 0;
        let hi = parts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (offsets[mid] < line)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { file: parts[lo].file, line: line - offsets[lo] };
    };
    return { offsets, locate };
}
/** Merges checked shards: the one-job run's report (with a contract) and profile. */
async function mergeShardProfiles(inputs, contract) {
    const shards = checkShards(inputs);
    const section = shards[0].profile.shard;
    const parts = orderedParts(shards);
    const dirOf = new Map();
    for (const sh of shards)
        for (const p of sh.profile.shard.parts)
            dirOf.set(p, sh.dir);
    if (contract?.sha256 !== undefined) {
        if (!section.contract) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the shards were profiled without a contract, so their rows were not checked against ${contract.file}`, {
                hint: `give the shard jobs contract: ${contract.file} too`,
            });
        }
        if (section.contract.sha256 !== contract.sha256) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContractError */ .Vl(`the shards were checked against a contract with another content (${section.contract.file}, SHA-256 ${section.contract.sha256.slice(0, 12)}…) than ${contract.file} (${contract.sha256.slice(0, 12)}…)`, {
                location: { file: contract.file },
                hint: 'run the shard jobs and the fan-in on the same commit, with the same contract',
            });
        }
    }
    else if (!contract && section.contract) {
        const used = section.contract.file;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the shards were checked against ${used}: give the fan-in that contract to decide the rules on their merged results`, {
            hint: (o) => `${o.setting('contract', used)}; to only combine the profiles, use mlops profile merge`,
        });
    }
    // The profile: merged sketches, then the one-job run's sources and column order.
    const merged = (0,_profile_merge_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeProfiles */ .N)(shards.map((s) => s.profile));
    const sources = [];
    for (const p of parts) {
        const last = sources[sources.length - 1];
        if (last && last.file === p.file)
            last.rows += p.rows;
        else
            sources.push({ file: p.file, format: section.format, rows: p.rows });
    }
    const order = columnOrder(parts, merged);
    const columns = {};
    for (const name of order)
        columns[name] = merged.columns[name];
    const declared = (0,_scan_table_js__WEBPACK_IMPORTED_MODULE_6__/* .profilerTyping */ .r)(contract?.contract).types;
    for (const name of order) {
        const c = columns[name];
        if (declared[name] === undefined && c.type !== (0,_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .inferColumnType */ .HL)(c.type_counts)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`column "${name}": the shards inferred its type as ${c.type}, but the whole data's values make it ${(0,_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .inferColumnType */ .HL)(c.type_counts)}`, {
                hint: `declare it in the contract (columns.${name}.type), so that every shard profiles it as one type`,
            });
        }
    }
    const profile = { schema: _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_5__/* .PROFILE_SCHEMA */ .Ow, sources, rows: merged.rows, column_order: order, columns };
    let report;
    if (contract) {
        const hasLines = section.line_kind === 'line';
        const files = section.split === 'files';
        // Byte-range parts count their lines from 1: shift each by the lines of the parts before it.
        // A file list's parts are whole files: their tallies keep their lines and name their file; for
        // the unique rules, whose counter sees one sequence, the files' lines follow one another.
        const numbering = lineNumbering(parts, hasLines);
        const validator = (0,_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .createValidator */ .fH)(contract.contract, {
            file: section.data,
            columns: [],
            hasLines,
            format: section.format,
            contractFile: contract.file,
            locateLine: files ? numbering.locate : undefined,
        });
        for (const [i, p] of parts.entries()) {
            if (!p.validation)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`shard part ${p.file} has no row-level results`, { hint: 're-run the shard jobs with the contract' });
            validator.mergeState(p.validation, section.split === 'bytes' ? numbering.offsets[i] : 0, files ? p.file : undefined);
        }
        if ((0,_validate_js__WEBPACK_IMPORTED_MODULE_8__/* .uniqueRuleNames */ .ID)(contract.contract).length > 0) {
            for (const [i, p] of parts.entries()) {
                if (!p.unique_keys)
                    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`shard part ${p.file} has no unique keys, but the contract has unique rules`, { hint: 're-run the shard jobs with this contract' });
                const offset = section.split === 'row-groups' ? 0 : numbering.offsets[i];
                for await (const k of (0,_unique_keys_js__WEBPACK_IMPORTED_MODULE_9__/* .readUniqueKeys */ .w)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dirOf.get(p), p.unique_keys.file), p.unique_keys.records))
                    validator.addUniqueKey(k.rule, k.key, k.line + offset, k.display);
            }
        }
        report = validator.finish();
    }
    else {
        report = (0,_formats_validation_format_js__WEBPACK_IMPORTED_MODULE_10__/* .reportWithoutContract */ .ZX)({ file: section.data, format: section.format, rows: profile.rows, line_kind: section.line_kind });
    }
    return { report, profile, shard: section };
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


/***/ })

};
