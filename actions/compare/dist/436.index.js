export const id = 436;
export const ids = [436];
export const modules = {

/***/ 67895:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ readSideRecord)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49980);
/**
 * One side's record for the PR report (a run record, a training-data profile, an explanation): the
 * path given, else `name` beside the side's evaluation report, where the PR report's artifact and a
 * registry release keep it. A path given that is missing, too large or broken is the user's
 * mistake (exit 2). One found beside a report that is too large or broken is left out with a note:
 * it may come from a fork's artifact and must not stop the report. None found is normal.
 *
 * Either may be untrusted: size-capped before it is read, then checked by `read` (a zod schema).
 */



async function readSideRecord(spec, notes) {
    const file = spec.given ?? (spec.besideReport === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(spec.besideReport), spec.name));
    if (file === undefined)
        return undefined;
    const given = spec.given !== undefined;
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined);
    if (!info?.isFile()) {
        if (given)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${spec.what} not found (or not a regular file)`, { location: { file }, hint: spec.hint });
        return undefined;
    }
    if (info.size > spec.maxBytes) {
        const message = `${spec.what} is ${(info.size / 1024 / 1024).toFixed(0)} MiB, more than the ${(spec.maxBytes / 1024 / 1024).toFixed(0)} MiB compare reads`;
        if (given)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(message, { location: { file } });
        notes.push(`the ${spec.side}'s ${spec.what} was left out: ${message}`);
        return undefined;
    }
    try {
        return { file, value: await spec.read(file) };
    }
    catch (e) {
        if (given || !(e instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz))
            throw e;
        notes.push(`the ${spec.side}'s ${spec.what} beside its evaluation report was left out: ${e.message}`);
        return undefined;
    }
}


/***/ }),

/***/ 49371:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ MAX_PROFILE_BYTES),
/* harmony export */   readTrainingRecords: () => (/* binding */ readTrainingRecords),
/* harmony export */   z: () => (/* binding */ MAX_RUN_RECORD_BYTES)
/* harmony export */ });
/* harmony import */ var _formats_run_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76048);
/* harmony import */ var _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69680);
/* harmony import */ var _data_profile_merge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11945);
/* harmony import */ var _registry_release_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28317);
/* harmony import */ var _side_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(67895);
/**
 * Reads one side's training records for "What changed": the run record train wrote (`run.json`) and
 * the training data's profile validate-data wrote (`profile.json`). Each is either given (a path the
 * user named: a missing or broken file is their mistake, exit 2) or looked for beside the side's
 * evaluation report, where the PR report's artifact and a registry release keep them (a missing
 * file there is normal: the section says what it could not compare; a broken one is a note, since it
 * may come from a fork's artifact and must not stop the report).
 *
 * How each is found, capped and read: side-record.ts.
 */





/** A run record is params, digests and a fingerprint: a few KB; 16 MiB leaves room for huge params. */
const MAX_RUN_RECORD_BYTES = 16 * 1024 * 1024;
/** A profile of 10,000 columns is ~85 MB (docs/formats.md); larger is not a profile we wrote. */
const MAX_PROFILE_BYTES = 256 * 1024 * 1024;
async function readTrainingRecords(spec) {
    const notes = [];
    const side = { side: spec.side, besideReport: spec.besideReport };
    const hint = 'give the file train or validate-data wrote, or leave the option out';
    // One after the other: the notes keep the same order on every run.
    const run = await (0,_side_record_js__WEBPACK_IMPORTED_MODULE_4__/* .readSideRecord */ .v)({ ...side, given: spec.run, name: _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_ASSET */ .VI, what: 'run record', maxBytes: MAX_RUN_RECORD_BYTES, hint, read: (f) => (0,_registry_release_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readJsonAs */ .X)(f, _formats_run_format_js__WEBPACK_IMPORTED_MODULE_0__/* .runRecordSchema */ ._A, `${_formats_run_format_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_SCHEMA */ .EJ} train record`, 'point at the record train wrote (run-out)') }, notes);
    const profile = await (0,_side_record_js__WEBPACK_IMPORTED_MODULE_4__/* .readSideRecord */ .v)({ ...side, given: spec.profile, name: _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PROFILE_ASSET */ .Pr, what: 'training-data profile', maxBytes: MAX_PROFILE_BYTES, hint, read: _data_profile_merge_js__WEBPACK_IMPORTED_MODULE_2__/* .readProfile */ .e }, notes);
    return { notes, ...(run ? { run: { file: run.file, record: run.value } } : {}), ...(profile ? { profile: { file: profile.file, profile: profile.value } } : {}) };
}


/***/ }),

/***/ 87006:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* unused harmony export BatchDictionaries */
/* harmony import */ var _column_dictionary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32845);

/**
 * The dictionaries of one batch's columns, encoded on first request. One instance serves a stream
 * of batches (buffers are reused): the profiler and the validator are handed the same instance and
 * ask for the columns they need; a column is encoded once per batch.
 */
class BatchDictionaries {
    batch;
    columns = [];
    encodedFor = [];
    /** The dictionary of column c of `batch` (valid until a column of another batch is asked for). */
    column(batch, c) {
        // Batches that arrive encoded (CSV byte path, Parquet dictionary pages) carry their dictionaries.
        const own = batch.dictionaries?.[c];
        if (own !== undefined)
            return own;
        if (batch !== this.batch) {
            this.batch = batch;
            this.encodedFor.fill(undefined);
        }
        let d = this.columns[c];
        if (d === undefined)
            d = this.columns[c] = new ColumnDictionary();
        const col = batch.values[c];
        if (this.encodedFor[c] !== col) {
            d.encode(col, batch.length);
            this.encodedFor[c] = col;
        }
        return d;
    }
    /** Lets go of the last batch (and its cells) once the stream ends. */
    release() {
        this.batch = undefined;
        this.encodedFor.fill(undefined);
        // Sparse when only some columns were asked for: forEach skips the holes (for…of would not).
        this.columns.forEach((d) => d.encode([], 0));
    }
}


/***/ }),

/***/ 32845:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ ColumnDictionary)
});

// EXTERNAL MODULE: ../../../../shared/data/sketch/hash.ts
var hash = __webpack_require__(13308);
;// CONCATENATED MODULE: ../../../../shared/data/sketch/short-ascii.ts
/**
 * Short ASCII strings (airport codes, small integers as text) packed into one safe integer: 7 bits
 * per character, then 3 bits of length. A numeric hash-table probe is much cheaper than hashing and
 * comparing strings, and most repeated cells in real tables are this short. 7 characters of 7 bits
 * plus the length stay below 2^53.
 */
/** The packed key of `s`, or -1 when it is longer than 7 characters or not ASCII. */
function packShortAscii(s) {
    const n = s.length;
    if (n > 7)
        return -1;
    let key = 0;
    for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c > 127)
            return -1;
        key = key * 128 + c;
    }
    return key * 8 + n;
}
/** The string packShortAscii packed. */
function unpackShortAscii(packed) {
    const n = packed % 8;
    let key = (packed - n) / 8;
    const codes = new Array(n);
    for (let k = n - 1; k >= 0; k--) {
        const c = key % 128;
        codes[k] = c;
        key = (key - c) / 128;
    }
    return String.fromCharCode(...codes);
}

;// CONCATENATED MODULE: ../../../../shared/data/column-dictionary.ts


/** ASCII bytes[a, b) as text. */
function latin1(bytes, a, b) {
    return bytes.latin1Slice(a, b);
}
const NO_VALUES = [];
const NO_COUNTS = new Float64Array(0);
const NO_CODES = new Int32Array(0);
/** One encoded batch column: row r holds values[codes[r]], which occurs counts[d] times. */
class ColumnDictionary {
    // Empty until encode() or prebuilt() sets them: the CSV reader builds one prebuilt dictionary
    // per column per batch (10,000 columns: a million a run), and each used to allocate two typed
    // arrays and an array here only to drop them.
    /**
     * Distinct values as the reader gave them, except a decimal the CSV byte path kept as its number
     * and bytes (`numbers`), which is undefined here until `values` decodes it.
     */
    raw = NO_VALUES;
    /** Decimals kept as numbers (CSV column-major path): see NumberStore; null when none. */
    numbers = null;
    /** Where this column's entries start in `numbers`. */
    numberBase = 0;
    /**
     * Timestamps kept as epoch milliseconds (the Parquet reader's dictionary-encoded DATE and
     * TIMESTAMP columns): entry d of a prebuilt dictionary whose `raw` entry is undefined is the valid
     * Date times[d] (|t| <= 8.64e15), built only when `values` is read; the profiler and the checker
     * read the milliseconds. Null when none. A Date per dictionary entry lived through a row group
     * (~20,000 of them on flights-3m.parquet), long enough for every scavenge to copy it: on that
     * file's timestamp column alone (3M rows), garbage collection took 0.46 s of the main thread's
     * 2.3 s, and 0.12 s of 1.35 s without them; peak RSS 124-128 -> 93-95 MB, the whole file's
     * 140-145 -> 110 MB.
     */
    times = null;
    /** Distinct values in this batch. */
    size = 0;
    /** Rows per distinct value. */
    counts = NO_COUNTS;
    /** Per row: index of its value (valid for the first `rows` entries). */
    codes = NO_CODES;
    rows = 0;
    // The hash tables exist only in dictionaries that encode() (not in prebuilt ones).
    packed;
    nums;
    dates;
    strings;
    others;
    tables = false;
    nanId = -1;
    nullId = -1;
    undefinedId = -1;
    /**
     * A dictionary built elsewhere (the CSV reader encodes cells straight from bytes: csv.ts):
     * `values` distinct strings in order of first occurrence, counts[d] rows each, codes per row.
     */
    static prebuilt(values, counts, codes, rows) {
        const d = new ColumnDictionary();
        d.raw = values;
        d.size = values.length;
        d.counts = counts;
        d.codes = codes;
        d.rows = rows;
        return d;
    }
    /**
     * Entry d of a prebuilt dictionary is the decimal numbers.numbers[numberBase + d] (not NaN) whose
     * text is undefined in `raw` until asked for: `values` decodes every such text, the profiler
     * reads the numbers and bytes (rawValues, numberAt, compareText, textOf).
     */
    setNumbers(store, base) {
        this.numbers = store;
        this.numberBase = base;
    }
    /** Distinct values in order of first occurrence (the first cell of each), every one decoded. */
    get values() {
        if (this.numbers !== null)
            this.decodeNumbers();
        if (this.times !== null)
            this.decodeTimes();
        return this.raw;
    }
    set values(v) {
        this.raw = v;
        this.numbers = null;
        this.times = null;
    }
    /** `values` without decoding: a decimal kept as a number (numberAt(d) not NaN) or a timestamp kept in `times` is undefined. */
    get rawValues() {
        return this.raw;
    }
    /** The decimal of entry d when kept as a number, else NaN (its text is in rawValues). */
    numberAt(d) {
        return this.numbers === null ? NaN : this.numbers.numbers[this.numberBase + d];
    }
    /** Length of entry d's text, a decimal kept as a number (its ASCII bytes). */
    textLength(d) {
        const offs = this.numbers.offs;
        const g = this.numberBase + d;
        return offs[g + 1] - offs[g];
    }
    /** The text of entry d, a decimal kept as a number, compared with s as JS compares strings (<0, 0, >0). */
    compareText(d, s) {
        const st = this.numbers;
        const g = this.numberBase + d;
        const a = st.offs[g];
        const len = st.offs[g + 1] - a;
        const n = Math.min(len, s.length);
        const text = st.text;
        // ASCII bytes are their UTF-16 code units.
        for (let i = 0; i < n; i++) {
            const diff = text[a + i] - s.charCodeAt(i);
            if (diff !== 0)
                return diff;
        }
        return len - s.length;
    }
    /** The text of entry d (decoded once, then kept in rawValues). */
    textOf(d) {
        const v = this.raw[d];
        if (typeof v === 'string')
            return v;
        const st = this.numbers;
        const g = this.numberBase + d;
        const s = latin1(st.text, st.offs[g], st.offs[g + 1]);
        this.raw[d] = s;
        return s;
    }
    decodeNumbers() {
        const st = this.numbers;
        const nums = st.numbers;
        const base = this.numberBase;
        for (let d = 0; d < this.size; d++)
            if (nums[base + d] === nums[base + d] && this.raw[d] === undefined)
                this.textOf(d);
        this.numbers = null;
    }
    decodeTimes() {
        const times = this.times;
        for (let d = 0; d < this.size; d++)
            if (this.raw[d] === undefined)
                this.raw[d] = new Date(times[d]);
        this.times = null;
    }
    /** Whether a distinct value is neither string, number, null, undefined nor a valid Date. */
    get hasOthers() {
        return this.tables && this.others.size > 0;
    }
    /** Each row's value (values[codes[r]]), for consumers that need cells rather than codes. */
    cells() {
        const n = this.rows;
        const out = new Array(n);
        const values = this.values;
        const codes = this.codes;
        for (let r = 0; r < n; r++)
            out[r] = values[codes[r]];
        return out;
    }
    /** Encodes col[0..n) (replacing the previous batch's encoding). */
    encode(col, n) {
        if (!this.tables) {
            this.tables = true;
            this.values = [];
            this.counts = new Float64Array(16);
            this.packed = new NumberIds(true);
            this.nums = new NumberIds();
            this.dates = new NumberIds();
            this.strings = new StringIds();
            this.others = new Map();
        }
        this.reset();
        if (this.codes.length < n)
            this.codes = new Int32Array(Math.max(n, 2 * this.codes.length));
        const codes = this.codes;
        for (let r = 0; r < n; r++) {
            const v = col[r];
            codes[r] = typeof v === 'string' ? this.stringId(v) : typeof v === 'number' ? this.numberId(v) : this.otherId(v);
        }
        this.rows = n;
    }
    reset() {
        this.packed.reset();
        this.nums.reset();
        this.dates.reset();
        this.strings.reset();
        if (this.others.size > 0)
            this.others.clear();
        this.nanId = this.nullId = this.undefinedId = -1;
        this.counts.fill(0, 0, this.size);
        this.raw.length = 0;
        this.size = 0;
    }
    /** A new distinct value with representative v. */
    fresh(v) {
        const id = this.size++;
        if (id === this.counts.length) {
            const c = new Float64Array(id * 2);
            c.set(this.counts);
            this.counts = c;
        }
        this.raw.push(v);
        this.counts[id] = 1;
        return id;
    }
    stringId(s) {
        // Short ASCII strings (codes, small integers) probe a numeric table (sketch/short-ascii.ts).
        const packed = packShortAscii(s);
        if (packed >= 0) {
            const id = this.packed.get(packed);
            if (id >= 0) {
                this.counts[id]++;
                return id;
            }
            const nid = this.fresh(s);
            this.packed.set(nid);
            return nid;
        }
        const id = this.strings.get(s);
        if (id >= 0) {
            this.counts[id]++;
            return id;
        }
        const nid = this.fresh(s);
        this.strings.set(nid);
        return nid;
    }
    numberId(x) {
        if (x !== x) {
            if (this.nanId >= 0)
                this.counts[this.nanId]++;
            else
                this.nanId = this.fresh(x);
            return this.nanId;
        }
        const id = this.nums.get(x + 0);
        if (id >= 0) {
            this.counts[id]++;
            return id;
        }
        const nid = this.fresh(x);
        this.nums.set(nid);
        return nid;
    }
    otherId(v) {
        if (v === null) {
            if (this.nullId >= 0)
                this.counts[this.nullId]++;
            else
                this.nullId = this.fresh(v);
            return this.nullId;
        }
        if (v === undefined) {
            if (this.undefinedId >= 0)
                this.counts[this.undefinedId]++;
            else
                this.undefinedId = this.fresh(v);
            return this.undefinedId;
        }
        if (v instanceof Date) {
            const t = v.getTime();
            if (t === t) {
                const id = this.dates.get(t);
                if (id >= 0) {
                    this.counts[id]++;
                    return id;
                }
                const nid = this.fresh(v);
                this.dates.set(nid);
                return nid;
            }
        }
        // Booleans and bigints by value; anything else (invalid Dates) by identity.
        const id = this.others.get(v);
        if (id !== undefined) {
            this.counts[id]++;
            return id;
        }
        const nid = this.fresh(v);
        this.others.set(v, nid);
        return nid;
    }
}
/** A table hash of a non-negative safe integer: its low word mixed with its high word. */
function intHash32(key) {
    const h = Math.imul((key >>> 0) ^ Math.imul((key / 4294967296) | 0, 0x9e3779b1), 0x85ebca6b);
    return h ^ (h >>> 15);
}
/**
 * Open-addressing map from a number (not NaN, not -0) to an id. get() leaves the probe position
 * for set() to fill, so a miss costs one probe sequence.
 */
class NumberIds {
    integers;
    /** `integers`: keys are non-negative safe integers (packed strings), which hash more cheaply. */
    constructor(integers = false) {
        this.integers = integers;
    }
    // Small at first, doubling as needed: a table exists per column (10,000 columns: 10,000 tables).
    keys = new Float64Array(64);
    ids = new Int32Array(64).fill(-1);
    used = new Int32Array(32);
    size = 0;
    mask = 63;
    slot = 0;
    key = 0;
    get(x) {
        const keys = this.keys;
        const ids = this.ids;
        const mask = this.mask;
        let i = (this.integers ? intHash32(x) : (0,hash/* numberHash32 */.Vg)(x)) & mask;
        for (;;) {
            const id = ids[i];
            if (id < 0 || keys[i] === x) {
                this.slot = i;
                this.key = x;
                return id;
            }
            i = (i + 1) & mask;
        }
    }
    /** Stores id for the key of the last get() (which missed). */
    set(id) {
        const i = this.slot;
        this.keys[i] = this.key;
        this.ids[i] = id;
        if (this.size === this.used.length)
            this.grow();
        else
            this.used[this.size++] = i;
    }
    grow() {
        // The slot just filled is not in `used` yet: rehash every used slot plus that one.
        const oldKeys = this.keys;
        const oldIds = this.ids;
        const slots = Array.from(this.used.subarray(0, this.size));
        slots.push(this.slot);
        const n = this.keys.length * 2;
        this.keys = new Float64Array(n);
        this.ids = new Int32Array(n).fill(-1);
        this.used = new Int32Array(n / 2);
        this.mask = n - 1;
        this.size = 0;
        for (const o of slots) {
            this.get(oldKeys[o]);
            this.keys[this.slot] = this.key;
            this.ids[this.slot] = oldIds[o];
            this.used[this.size++] = this.slot;
        }
    }
    reset() {
        for (let k = 0; k < this.size; k++)
            this.ids[this.used[k]] = -1;
        this.size = 0;
    }
}
/** Open-addressing map from a string to an id (hash, then content compare). */
class StringIds {
    keys = new Array(64).fill('');
    hashes = new Int32Array(64);
    ids = new Int32Array(64).fill(-1);
    used = new Int32Array(32);
    size = 0;
    mask = 63;
    slot = 0;
    hash = 0;
    key = '';
    get(s) {
        const h = (0,hash/* stringHash32 */.h_)(s);
        const ids = this.ids;
        const mask = this.mask;
        let i = h & mask;
        for (;;) {
            const id = ids[i];
            if (id < 0 || (this.hashes[i] === h && this.keys[i] === s)) {
                this.slot = i;
                this.hash = h;
                this.key = s;
                return id;
            }
            i = (i + 1) & mask;
        }
    }
    set(id) {
        const i = this.slot;
        this.keys[i] = this.key;
        this.hashes[i] = this.hash;
        this.ids[i] = id;
        if (this.size === this.used.length)
            this.grow();
        else
            this.used[this.size++] = i;
    }
    grow() {
        const oldKeys = this.keys;
        const oldHashes = this.hashes;
        const oldIds = this.ids;
        const slots = Array.from(this.used.subarray(0, this.size));
        slots.push(this.slot);
        const n = this.ids.length * 2;
        this.keys = new Array(n).fill('');
        this.hashes = new Int32Array(n);
        this.ids = new Int32Array(n).fill(-1);
        this.used = new Int32Array(n / 2);
        this.mask = n - 1;
        this.size = 0;
        for (const o of slots) {
            let i = oldHashes[o] & this.mask;
            while (this.ids[i] >= 0)
                i = (i + 1) & this.mask;
            this.keys[i] = oldKeys[o];
            this.hashes[i] = oldHashes[o];
            this.ids[i] = oldIds[o];
            this.used[this.size++] = i;
        }
    }
    reset() {
        // Drop the strings too, so that a batch's cells do not outlive it.
        for (let k = 0; k < this.size; k++) {
            const i = this.used[k];
            this.ids[i] = -1;
            this.keys[i] = '';
        }
        this.size = 0;
    }
}


/***/ }),

/***/ 11945:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ readProfile)
});

// UNUSED EXPORTS: mergeProfiles

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(49980);
// EXTERNAL MODULE: ../../../../shared/formats/profile-format.ts + 1 modules
var profile_format = __webpack_require__(6263);
// EXTERNAL MODULE: ../../../../shared/data/profile.ts + 1 modules
var profile = __webpack_require__(65894);
// EXTERNAL MODULE: ../../../../shared/data/sketch/kll.ts
var kll = __webpack_require__(48159);
// EXTERNAL MODULE: ../../../../shared/data/sketch/hll.ts
var hll = __webpack_require__(13226);
// EXTERNAL MODULE: ../../../../shared/data/sketch/frequent-items.ts
var frequent_items = __webpack_require__(75507);
;// CONCATENATED MODULE: ../../../../shared/data/merge-profiles.ts
/**
 * Merging profiles of shards of one dataset (`mlops profile merge`, matrix jobs).
 *
 * Every statistic is re-derived from the merged sketches, so the merge is associative and the
 * result does not depend on the sharding: counts, min, max and mean are exact (the mean from an
 * exact sum); std is exact up to rounding; quantiles, histograms and distinct counts stay within
 * the sketches' bounds (docs/formats.md, "Profile").
 *
 * Apart from reading a profile file (profile-merge.ts, which re-exports mergeProfiles) because the
 * validate-data shard worker merges its shards' profiles but never reads one: this module needs no
 * zod (~350 KB of the worker's bundle; issue 18).
 */







function sketchesOf(c) {
    const s = c.sketches;
    return {
        count: c.count,
        nulls: c.nulls,
        nan: c.nan,
        inf: c.inf,
        typeCounts: { ...c.type_counts },
        moments: Moments.fromState(s.moments),
        kll: KllSketch.fromState(s.kll),
        hll: HyperLogLog.fromState(s.hll),
        frequent: FrequentItems.fromState(s.frequent),
        text: { ...s.text },
    };
}
function minText(a, b) {
    return a === null ? b : b === null ? a : b < a ? b : a;
}
function maxText(a, b) {
    return a === null ? b : b === null ? a : b > a ? b : a;
}
function minNum(a, b) {
    return a === null ? b : b === null ? a : Math.min(a, b);
}
function maxNum(a, b) {
    return a === null ? b : b === null ? a : Math.max(a, b);
}
/**
 * The type of a column in the union of two shards. An inferred type may widen, as inference on
 * the whole file would: integer + number → number, date + timestamp → timestamp; a column with no
 * values in one shard takes the other's type. Anything else is a conflict.
 */
function mergedType(name, a, b) {
    const ta = a.type;
    const tb = b.type;
    if (ta === tb || b.count === 0)
        return ta;
    if (a.count === 0)
        return tb;
    const pair = new Set([ta, tb]);
    if (pair.has('integer') && pair.has('number'))
        return 'number';
    if (pair.has('date') && pair.has('timestamp'))
        return 'timestamp';
    throw new InputError(`column "${name}" is ${ta} in one profile and ${tb} in the other`, {
        hint: 'merge only profiles of shards of one dataset, profiled with the same contract',
    });
}
function mergeColumn(name, a, b) {
    const type = mergedType(name, a, b);
    const x = sketchesOf(a);
    const y = sketchesOf(b);
    const tc = emptyTypeCounts();
    for (const k of Object.keys(tc))
        tc[k] = x.typeCounts[k] + y.typeCounts[k];
    x.moments.merge(y.moments);
    x.kll.merge(y.kll);
    // Profiles of tables of different widths may hold different precisions (profile.ts,
    // hllPrecision): merge at the lower one, exactly as if both had been built at it.
    const p = Math.min(x.hll.p, y.hll.p);
    const hll = x.hll.foldTo(p);
    hll.merge(y.hll.foldTo(p));
    // Profiles of tables of different widths may hold different capacities (profile.ts,
    // frequentCapacity): merge into the smaller, so the result does not depend on the order.
    let frequent = x.frequent;
    if (y.frequent.capacity < x.frequent.capacity) {
        frequent = new FrequentItems(y.frequent.capacity);
        frequent.merge(x.frequent);
    }
    frequent.merge(y.frequent);
    return columnProfileFromSketches(type, {
        count: x.count + y.count,
        nulls: x.nulls + y.nulls,
        nan: x.nan + y.nan,
        inf: x.inf + y.inf,
        typeCounts: tc,
        moments: x.moments,
        kll: x.kll,
        hll,
        frequent,
        text: {
            min_len: minNum(x.text.min_len, y.text.min_len),
            max_len: maxNum(x.text.max_len, y.text.max_len),
            sum_len: x.text.sum_len + y.text.sum_len,
            min: minText(x.text.min, y.text.min),
            max: maxText(x.text.max, y.text.max),
        },
    });
}
/** The column as seen by a profile in which it never appeared: `rows` missing values. */
function absentColumn(c, rows) {
    return columnProfileFromSketches(c.type, { ...sketchesOf(c), nulls: c.nulls + rows });
}
function mergeTwo(a, b) {
    const order = [...a.column_order];
    for (const c of b.column_order)
        if (!Object.hasOwn(a.columns, c))
            order.push(c);
    const columns = {};
    for (const name of order) {
        const ca = a.columns[name];
        const cb = b.columns[name];
        if (ca && cb)
            columns[name] = mergeColumn(name, ca, cb);
        else if (ca)
            columns[name] = absentColumn(ca, b.rows);
        else
            columns[name] = absentColumn(cb, a.rows);
    }
    return { schema: PROFILE_SCHEMA, sources: [...a.sources, ...b.sources], rows: a.rows + b.rows, column_order: order, columns };
}
function mergeProfiles(a, b) {
    const list = Array.isArray(a) ? a : [a, b];
    if (list.length === 0)
        throw new Error('mergeProfiles: no profiles to merge');
    let out = list[0];
    for (let i = 1; i < list.length; i++)
        out = mergeTwo(out, list[i]);
    // A single profile is re-derived too, so the output never depends on how many inputs there were.
    return list.length === 1 ? mergeTwo(out, { ...out, sources: [], rows: 0, column_order: [], columns: {} }) : out;
}

;// CONCATENATED MODULE: ../../../../shared/data/profile-merge.ts
/**
 * Reading a profile file (`mlops profile merge`, `profile show`, drift references), checked
 * against the profile schema. Merging lives in merge-profiles.ts, re-exported here.
 */




/** Reads and validates a profile file; failures are InputErrors naming the file. */
async function readProfile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(`cannot read profile: ${e.message}`, { location: { file }, hint: 'check the path; profiles are written by validate-data (profile-out)', cause: e });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(`not valid JSON: ${e.message}`, { location: { file }, hint: `expected a ${profile_format/* PROFILE_SCHEMA */.Ow} file written by validate-data`, cause: e });
    }
    const schema = json?.schema;
    if (schema !== profile_format/* PROFILE_SCHEMA */.Ow) {
        throw new errors/* InputError */.dz(`schema is ${JSON.stringify(schema)}, not "${profile_format/* PROFILE_SCHEMA */.Ow}"`, { location: { file }, hint: 'give a profile written by validate-data (profile-out)' });
    }
    const parsed = profile_format/* profileSchema */.Fk.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new errors/* InputError */.dz(`invalid profile at ${issue.path.join('.') || '(root)'}: ${issue.message}`, { location: { file }, hint: 'the file may be truncated or edited by hand; re-run validate-data to write it again' });
    }
    for (const name of parsed.data.column_order) {
        if (!Object.hasOwn(parsed.data.columns, name))
            throw new errors/* InputError */.dz(`column_order names "${name}" but columns has no such entry`, { location: { file }, hint: 're-run validate-data to write the profile again' });
    }
    return parsed.data;
}


/***/ }),

/***/ 65894:
/***/ (function (__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) {


// UNUSED EXPORTS: FOLD_GROUP_MIN_COLUMNS, FOLD_GROUP_ROWS, FREQUENT_SLOTS_BUDGET, FREQUENT_TOP, HISTOGRAM_BINS, INFER_DOMINANT_SHARE, PROFILE_QUANTILES, RESERVED_COLUMN, TEXT_PREFIX_CHARS, boundedText, columnProfileFromSketches, createProfiler, emptyTypeCounts, frequentCapacity, inferColumnType, isNumericType, isTemporalType, kllHistogram

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ../../../../shared/data/sketch/kll.ts
var kll = __webpack_require__(48159);
// EXTERNAL MODULE: ../../../../shared/data/sketch/hll.ts
var hll = __webpack_require__(13226);
// EXTERNAL MODULE: ../../../../shared/data/sketch/frequent-items.ts
var frequent_items = __webpack_require__(75507);
// EXTERNAL MODULE: ../../../../shared/data/sketch/hash.ts
var hash = __webpack_require__(13308);
;// CONCATENATED MODULE: ../../../../shared/data/sketch/value-counter.ts
/**
 * Per-batch exact counters of distinct cell values: open-addressing hash tables with typed-array
 * slots, reused across batches (reset() clears only the slots used). Counting a batch first and
 * folding its distinct values into the sketches afterwards keeps the per-cell work to one hash
 * and one probe; parsing, classification, HLL hashing and frequent-item updates then run once
 * per distinct value per batch instead of once per cell.
 */


const MAX_LOAD = 0.5;
/**
 * Counts strings (exact, by content; add() takes an optional weight). Iterate with `size` and `keyAt(i)` / `countAt(i)`.
 * Short ASCII strings (≤ 7 code units < 128: codes, small integers, flags) are packed into one
 * safe integer (7 bits per unit, then 3 bits of length) and counted in a numeric table, which
 * avoids string hashing and comparison on the hot path; the rest go to a string table.
 */
class value_counter_StringCounter {
    packed;
    longCounter;
    /** `initialSlots`: a power of two; the tables double as needed. */
    constructor(initialSlots = 1024) {
        this.packed = new PackedCounter(initialSlots);
        this.longCounter = new LongStringCounter(initialSlots);
    }
    get size() {
        return this.packed.size + this.longCounter.size;
    }
    add(s, w = 1) {
        const packed = packShortAscii(s);
        if (packed >= 0) {
            this.packed.add(packed, w);
            return;
        }
        this.longCounter.add(s, w);
    }
    keyAt(i) {
        const ps = this.packed.size;
        if (i >= ps)
            return this.longCounter.keyAt(i - ps);
        return unpackShortAscii(this.packed.keyAt(i));
    }
    countAt(i) {
        const ps = this.packed.size;
        return i >= ps ? this.longCounter.countAt(i - ps) : this.packed.countAt(i);
    }
    reset() {
        this.packed.reset();
        this.longCounter.reset();
    }
}
/** Counts non-negative safe integers (packed short strings). */
class PackedCounter {
    keys;
    counts;
    order;
    mask;
    size = 0;
    constructor(initialSlots = 1024) {
        this.keys = new Float64Array(initialSlots);
        this.counts = new Float64Array(initialSlots);
        this.order = new Int32Array(initialSlots);
        this.mask = initialSlots - 1;
    }
    add(key, w = 1) {
        const counts = this.counts;
        const keys = this.keys;
        const mask = this.mask;
        let h = Math.imul((key >>> 0) ^ Math.imul((key / 4294967296) | 0, 0x9e3779b1), 0x85ebca6b);
        h ^= h >>> 15;
        let i = h & mask;
        for (;;) {
            const c = counts[i];
            if (c === 0)
                break;
            if (keys[i] === key) {
                counts[i] = c + w;
                return;
            }
            i = (i + 1) & mask;
        }
        counts[i] = w;
        keys[i] = key;
        this.order[this.size++] = i;
        if (this.size > counts.length * MAX_LOAD)
            this.grow();
    }
    keyAt(i) {
        return this.keys[this.order[i]];
    }
    countAt(i) {
        return this.counts[this.order[i]];
    }
    grow() {
        const oldKeys = this.keys;
        const oldCounts = this.counts;
        const oldOrder = this.order;
        const size = this.size;
        const n = oldCounts.length * 2;
        this.keys = new Float64Array(n);
        this.counts = new Float64Array(n);
        this.order = new Int32Array(n);
        this.mask = n - 1;
        this.size = 0;
        for (let k = 0; k < size; k++) {
            const o = oldOrder[k];
            this.add(oldKeys[o]);
            this.counts[this.order[k]] = oldCounts[o];
        }
    }
    reset() {
        for (let k = 0; k < this.size; k++)
            this.counts[this.order[k]] = 0;
        this.size = 0;
    }
}
class LongStringCounter {
    keys;
    hashes;
    counts;
    order;
    mask;
    size = 0;
    constructor(initialSlots = 1024) {
        this.keys = new Array(initialSlots).fill('');
        this.hashes = new Int32Array(initialSlots);
        this.counts = new Float64Array(initialSlots);
        this.order = new Int32Array(initialSlots);
        this.mask = initialSlots - 1;
    }
    add(s, w = 1) {
        const h = stringHash32(s);
        const counts = this.counts;
        const mask = this.mask;
        let i = h & mask;
        for (;;) {
            const c = counts[i];
            if (c === 0)
                break;
            if (this.hashes[i] === h && this.keys[i] === s) {
                counts[i] = c + w;
                return;
            }
            i = (i + 1) & mask;
        }
        counts[i] = w;
        this.hashes[i] = h;
        this.keys[i] = s;
        this.order[this.size++] = i;
        if (this.size > this.counts.length * MAX_LOAD)
            this.grow();
    }
    keyAt(i) {
        return this.keys[this.order[i]];
    }
    countAt(i) {
        return this.counts[this.order[i]];
    }
    grow() {
        const oldKeys = this.keys;
        const oldHashes = this.hashes;
        const oldCounts = this.counts;
        const oldOrder = this.order;
        const n = oldCounts.length * 2;
        this.keys = new Array(n).fill('');
        this.hashes = new Int32Array(n);
        this.counts = new Float64Array(n);
        this.order = new Int32Array(n);
        this.mask = n - 1;
        for (let k = 0; k < this.size; k++) {
            const o = oldOrder[k];
            let i = oldHashes[o] & this.mask;
            while (this.counts[i] !== 0)
                i = (i + 1) & this.mask;
            this.keys[i] = oldKeys[o];
            this.hashes[i] = oldHashes[o];
            this.counts[i] = oldCounts[o];
            this.order[k] = i;
        }
    }
    reset() {
        for (let k = 0; k < this.size; k++) {
            const i = this.order[k];
            this.counts[i] = 0;
            this.keys[i] = '';
        }
        this.size = 0;
    }
}
/**
 * Counts (or sums weights of) numbers by value: -0 counts as 0, NaN is kept apart in `nanWeight`.
 */
class value_counter_NumberCounter {
    keys;
    counts;
    order;
    mask;
    size = 0;
    nanWeight = 0;
    constructor(initialSlots = 1024) {
        this.keys = new Float64Array(initialSlots);
        this.counts = new Float64Array(initialSlots);
        this.order = new Int32Array(initialSlots);
        this.mask = initialSlots - 1;
    }
    add(x, w = 1) {
        if (x !== x) {
            this.nanWeight += w;
            return;
        }
        x = x + 0;
        const counts = this.counts;
        const keys = this.keys;
        const mask = this.mask;
        let i = numberHash32(x) & mask;
        for (;;) {
            const c = counts[i];
            if (c === 0)
                break;
            if (keys[i] === x) {
                counts[i] = c + w;
                return;
            }
            i = (i + 1) & mask;
        }
        counts[i] = w;
        keys[i] = x;
        this.order[this.size++] = i;
        if (this.size > counts.length * MAX_LOAD)
            this.grow();
    }
    keyAt(i) {
        return this.keys[this.order[i]];
    }
    countAt(i) {
        return this.counts[this.order[i]];
    }
    /** Copies the distinct values and their weights (insertion order) into out arrays; returns size. */
    copyTo(values, weights) {
        for (let k = 0; k < this.size; k++) {
            const i = this.order[k];
            values[k] = this.keys[i];
            weights[k] = this.counts[i];
        }
        return this.size;
    }
    grow() {
        const oldKeys = this.keys;
        const oldCounts = this.counts;
        const oldOrder = this.order;
        const n = oldCounts.length * 2;
        this.keys = new Float64Array(n);
        this.counts = new Float64Array(n);
        this.order = new Int32Array(n);
        this.mask = n - 1;
        for (let k = 0; k < this.size; k++) {
            const o = oldOrder[k];
            const x = oldKeys[o];
            let i = numberHash32(x) & this.mask;
            while (this.counts[i] !== 0)
                i = (i + 1) & this.mask;
            this.keys[i] = x;
            this.counts[i] = oldCounts[o];
            this.order[k] = i;
        }
    }
    reset() {
        for (let k = 0; k < this.size; k++)
            this.counts[this.order[k]] = 0;
        this.size = 0;
        this.nanWeight = 0;
    }
}

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(49980);
// EXTERNAL MODULE: ../../../../shared/data/batch-dictionary.ts
var batch_dictionary = __webpack_require__(87006);
// EXTERNAL MODULE: ../../../../shared/data/column-dictionary.ts + 1 modules
var column_dictionary = __webpack_require__(32845);
// EXTERNAL MODULE: ../../../../shared/data/values.ts
var values = __webpack_require__(24239);
;// CONCATENATED MODULE: ../../../../shared/data/profile.ts
/**
 * Streaming column profiler: feeds RecordBatches into mergeable sketches and derives the
 * `mlops-actions/profile@1` statistics from them (docs/formats.md, "Profile").
 *
 * Hot path: per cell, one hash-table probe that dictionary-encodes the batch column
 * (batch-dictionary.ts; strings by content, JSON/Parquet numbers by value), shared with the
 * validator. Each batch's distinct values are then classified and parsed once each and folded,
 * with their counts, into the sketches: type counts, text lengths, moments (weighted exact sum +
 * M2), KLL (weighted update), HyperLogLog and frequent items.
 *
 * Per-cell semantics (shared/data/values.ts): a cell is missing when null/undefined or a null
 * token; otherwise it counts once in `type_counts` under the narrowest type it parses as, checked
 * in this order: integer, number (decimal literal), boolean word, date (YYYY-MM-DD) or timestamp
 * (ISO 8601, or the column's strftime-like format), number (NaN/inf words), else string.
 * Numeric cells feed the numeric sketches (NaN and ±inf only counted); date/timestamp cells feed
 * separate temporal sketches (epoch ms); the column's type picks which ones the profile keeps.
 *
 * Distinct values (HLL and frequent items) are keyed by the value: numbers by their float64 value
 * ("1" and "1.0" are one value, shown as "1"), everything else by its text. Columns declared
 * string or category are keyed by text only.
 */








/** The one column name a profile (JSON object keys) cannot carry. */
const RESERVED_COLUMN = '__proto__';



/** Probabilities reported in `quantiles`. */
const PROFILE_QUANTILES = (/* unused pure expression or super */ null && ([0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]));
const HISTOGRAM_BINS = 20;
const FREQUENT_TOP = 20;
/**
 * Frequent-items slots for the whole profile: a column gets FREQUENT_DEFAULT_CAPACITY (1,024) unless
 * the table is so wide that they would exceed this (a slot is a Map entry and its text, ~100 bytes,
 * and a line of the profile): 10,000 columns get 104 each. Counts stay within the sketch's bound,
 * N/(capacity+1), and a column with at most `capacity` distinct values is still counted exactly.
 */
const FREQUENT_SLOTS_BUDGET = (/* unused pure expression or super */ null && (1 << 20));
/** Frequent-items capacity per column for a table of `columns` columns. */
function frequentCapacity(columns) {
    return Math.max(64, Math.min(FREQUENT_DEFAULT_CAPACITY, Math.floor(FREQUENT_SLOTS_BUDGET / Math.max(1, columns))));
}
/**
 * Longest text kept whole by the string statistics (min, max, frequent items, distinct count). A
 * longer value is kept as its first TEXT_PREFIX_CHARS characters, "…", its length and a digest of
 * the whole value (boundedText), so one 50 MB cell no longer puts 50 MB three times into memory and
 * into the profile. Lengths are of the whole value.
 */
const TEXT_PREFIX_CHARS = 256;
/** `text` itself when at most TEXT_PREFIX_CHARS long, else its bounded form (see TEXT_PREFIX_CHARS). */
function boundedText(text) {
    if (text.length <= TEXT_PREFIX_CHARS)
        return text;
    let cut = TEXT_PREFIX_CHARS;
    const last = text.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        cut--; // never split a surrogate pair
    const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
    return `${text.slice(0, cut)}…[${text.length} chars, sha256 ${digest}]`;
}
/** A non-string type is inferred only when its values are at least this share of non-missing values. */
const INFER_DOMINANT_SHARE = 0.9;
function emptyTypeCounts() {
    return { integer: 0, number: 0, boolean: 0, date: 0, timestamp: 0, string: 0 };
}
/**
 * The type of a column without a declared one, from its type counts:
 * the family (numeric = integer+number, temporal = date+timestamp, boolean, string) holding the
 * most non-missing values wins if it holds at least 90% of them, else string; numeric becomes
 * integer when no value was fractional/NaN/inf (number otherwise), temporal becomes date when no
 * value had a time part (timestamp otherwise). All-missing columns are string. Low-cardinality
 * strings stay string: the contract inference decides `category`.
 */
function inferColumnType(tc) {
    const numeric = tc.integer + tc.number;
    const temporal = tc.date + tc.timestamp;
    const total = numeric + temporal + tc.boolean + tc.string;
    if (total === 0)
        return 'string';
    const best = Math.max(numeric, temporal, tc.boolean, tc.string);
    if (best < INFER_DOMINANT_SHARE * total)
        return 'string';
    if (numeric === best)
        return tc.number > 0 ? 'number' : 'integer';
    if (temporal === best)
        return tc.timestamp > 0 ? 'timestamp' : 'date';
    if (tc.boolean === best)
        return 'boolean';
    return 'string';
}
function isNumericType(t) {
    return t === 'integer' || t === 'number';
}
function isTemporalType(t) {
    return t === 'date' || t === 'timestamp';
}
/** Derives every statistic of a column profile from its sketches (used by finish and merge). */
function columnProfileFromSketches(type, s) {
    const numeric = isNumericType(type);
    const temporal = isTemporalType(type);
    const stats = numeric || temporal;
    const kll = s.kll;
    const n = kll.n;
    let min = null;
    let max = null;
    let quantiles = null;
    let histogram = null;
    if (stats) {
        if (n > 0) {
            min = temporal ? formatTimestamp(kll.min, type) : kll.min;
            max = temporal ? formatTimestamp(kll.max, type) : kll.max;
            quantiles = {};
            for (const p of PROFILE_QUANTILES)
                quantiles[String(p)] = kll.quantile(p);
            histogram = kllHistogram(kll, HISTOGRAM_BINS);
        }
    }
    else {
        min = s.text.min;
        max = s.text.max;
    }
    const exact = s.frequent.isExact();
    return {
        type,
        count: s.count,
        nulls: s.nulls,
        nan: s.nan,
        inf: s.inf,
        type_counts: { ...s.typeCounts },
        min,
        max,
        mean: stats ? s.moments.meanValue() : null,
        std: stats ? s.moments.std() : null,
        quantiles,
        distinct: exact ? { estimate: s.frequent.size, exact: true } : { estimate: Math.round(s.hll.estimate()), exact: false },
        frequent: s.frequent.top(FREQUENT_TOP),
        frequent_exact: exact,
        histogram,
        length: s.count > 0 && s.text.min_len !== null ? { min: s.text.min_len, max: s.text.max_len, mean: s.text.sum_len / s.count } : null,
        sketches: {
            moments: (stats ? s.moments : new Moments()).toState(),
            kll: (stats ? kll : new KllSketch(kll.k)).toState(),
            hll: s.hll.toState(),
            frequent: s.frequent.toState(),
            text: { ...s.text },
        },
    };
}
/**
 * 20 equal-width bins over [min, max], edges as numpy.histogram computes them
 * (min + i·(max−min)/bins, last edge = max), bins [e_i, e_{i+1}) except the last, which is closed.
 * Counts are differences of the KLL CDF at the edges: exact while the sketch is exact, otherwise
 * each count is within the sketch's rank error (2 × 1.65% of n at k = 200) of the truth.
 * A constant column gets one bin [min, max] holding every value.
 */
function kllHistogram(kll, bins) {
    if (kll.n === 0)
        return null;
    const lo = kll.min;
    const hi = kll.max;
    if (lo === hi)
        return { edges: [lo, hi], counts: [kll.n] };
    const step = (hi - lo) / bins;
    const edges = [];
    for (let i = 0; i < bins; i++)
        edges.push(i * step + lo);
    edges.push(hi);
    const counts = [];
    let below = 0;
    for (let i = 1; i <= bins; i++) {
        const w = i === bins ? kll.n : kll.weightBelow(edges[i], false);
        counts.push(w - below);
        below = w;
    }
    return { edges, counts };
}
// ---------------------------------------------------------------------------------------------
const MS_PER_DAY = 86_400_000;
let scratchValue = 0;
/** Classifies one non-missing text value; the parsed number/epoch ms goes to scratchValue. */
function classifyText(s, pattern, patternIsDate) {
    if (isDecimalLiteral(s)) {
        const x = +s;
        scratchValue = x;
        return Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER ? 'integer' : 'number';
    }
    if (toBoolean(s) !== undefined)
        return 'boolean';
    const t = pattern ? pattern(s) : parseIsoTimestamp(s);
    if (t !== undefined) {
        scratchValue = t;
        return (pattern ? patternIsDate : s.length === 10) ? 'date' : 'timestamp';
    }
    const x = toNumber(s);
    if (x !== undefined) {
        scratchValue = x;
        return 'number';
    }
    return 'string';
}
/** Canonical text of a number for frequent items: shortest round-trip form, -0 as 0. */
function numberText(x) {
    return String(x + 0);
}
/**
 * The per-batch counters and buffers a column folds through. A profiler folds one column at a time
 * (addCells ends with flush, which empties them), so one set serves every column: per column, after
 * growing to a wide batch's distinct values, they were ~35 KB (350 MB for 10,000 columns).
 */
class BatchScratch {
    strs = new StringCounter(16);
    nums = new NumberCounter(16);
    dates = new NumberCounter(16);
    boolTrue = 0;
    boolFalse = 0;
    /** Finite numeric / temporal values with weights, for moments and KLL. */
    numVals = new NumberCounter(16);
    tmpVals = new NumberCounter(16);
    /**
     * Numeric items by value, so "1" and "1.0" are one item before they become text: the finite ones
     * are numVals' (a column not keyed by text adds every finite numeric value to both, so they are
     * counted once, in numVals), this counter holds the rest (±inf, NaN).
     */
    numKeys = new NumberCounter(16);
    /**
     * Text items for the frequent-items sketch, folded once per batch; numeric items go unboxed
     * (stageNums), each standing for its shortest round-trip text (FrequentItems.addBatch). No text
     * staged is a number's String(): a value whose text reads as a number is classified a number, and
     * a column keyed by text (string, category) stages every value as text.
     */
    stageKeys = [];
    stageCounts = new Float64Array(16);
    stageLen = 0;
    /** Numeric items, unboxed: a number among the text keys was a heap-allocated box unless small. */
    stageNums = new Float64Array(16);
    stageNumCounts = new Float64Array(16);
    valBuf = new Float64Array(16);
    wBuf = new Float64Array(16);
    stage(text, c) {
        if (this.stageLen === this.stageCounts.length) {
            const b = new Float64Array(this.stageLen * 2);
            b.set(this.stageCounts);
            this.stageCounts = b;
        }
        this.stageKeys[this.stageLen] = text;
        this.stageCounts[this.stageLen++] = c;
    }
    /** Whether a staged text may occur twice in the batch (see ColumnAccumulator.addOther). */
    stageMayRepeat = false;
    /** Sums the counts of staged items of equal text (frequent-items batches hold distinct items). */
    mergeStage() {
        const first = new Map();
        let n = 0;
        for (let i = 0; i < this.stageLen; i++) {
            const k = this.stageKeys[i];
            const at = first.get(k);
            if (at === undefined) {
                first.set(k, n);
                this.stageKeys[n] = k;
                this.stageCounts[n++] = this.stageCounts[i];
            }
            else
                this.stageCounts[at] += this.stageCounts[i];
        }
        this.stageKeys.fill('', n, this.stageLen);
        this.stageLen = n;
    }
    /** Empties the staged items (and lets go of their strings). */
    clearStage() {
        if (this.stageLen > 0)
            this.stageKeys.fill('', 0, this.stageLen);
        this.stageLen = 0;
        this.stageMayRepeat = false;
    }
    /** Copies vals' values and weights into valBuf and wBuf; returns how many. */
    loadValues(vals) {
        if (this.valBuf.length < vals.size) {
            this.valBuf = new Float64Array(vals.size * 2);
            this.wBuf = new Float64Array(vals.size * 2);
        }
        return vals.copyTo(this.valBuf, this.wBuf);
    }
    /** Folds valBuf[0..d) with weights wBuf[0..d) into moments and KLL. */
    foldLoaded(d, moments, kll) {
        addWeightedToMoments(moments, this.valBuf, this.wBuf, d);
        kll.updateWeighted(this.valBuf, this.wBuf, d);
    }
    foldValues(vals, moments, kll) {
        this.foldLoaded(this.loadValues(vals), moments, kll);
        vals.reset();
    }
}
class ColumnAccumulator {
    name;
    declared;
    nullTokens;
    count = 0;
    nan = 0;
    inf = 0;
    typeCounts = emptyTypeCounts();
    numMoments = new Moments();
    numKll = new KllSketch();
    tmpMoments = null;
    tmpKll = null;
    hll;
    frequent;
    text = { min_len: null, max_len: null, sum_len: 0, min: null, max: null };
    /** Per-batch counters and buffers, shared by every column of the profiler (see BatchScratch). */
    scratch;
    byText;
    pattern;
    patternIsDate;
    /** Whether decimals kept as numbers fold as numbers (addCells). */
    decimalsAsNumbers;
    constructor(name, declared, format, nullTokens, frequentSlots, hllP, scratch) {
        this.name = name;
        this.declared = declared;
        this.nullTokens = nullTokens;
        this.scratch = scratch;
        this.hll = new HyperLogLog(hllP);
        this.frequent = new FrequentItems(frequentSlots);
        this.byText = declared === 'string' || declared === 'category';
        this.pattern = format ? compileTimestampFormat(format) : undefined;
        this.patternIsDate = declared === 'date';
        this.decimalsAsNumbers = !this.byText && nullTokens === defaultNullTokens;
    }
    /** Folds one batch column, given as its distinct values with their counts. */
    addCells(dict) {
        // Decimals the CSV reader kept as numbers (ColumnDictionary.numbers) fold without their text
        // (foldDecimal) unless the column is keyed by text or a null token could be one of them (only
        // the default tokens are known to hold no decimal); otherwise `values` decodes them.
        const store = this.decimalsAsNumbers ? dict.numbers : null;
        // Parquet timestamps kept as epoch ms (ColumnDictionary.times) fold as addOther folds their Dates.
        const times = dict.numbers === null ? dict.times : null;
        const values = store !== null || times !== null ? dict.rawValues : dict.values;
        const counts = dict.counts;
        const size = dict.size;
        const sc = this.scratch;
        // Strings are distinct in the dictionary and fold directly, unless some other value is
        // profiled as text too (a bigint past 2^53, an invalid Date): then all go through `strs`, which
        // merges them by text. Rare (never in CSV), so that is checked only when such values exist.
        const mergeText = dict.hasOthers && this.hasOtherText(values, size);
        let sawString = false;
        for (let d = 0; d < size; d++) {
            const v = values[d];
            const c = counts[d];
            if (typeof v === 'string') {
                sawString = true;
                if (mergeText)
                    sc.strs.add(v, c);
                else if (!this.nullTokens.isMissing(v)) {
                    const kind = classifyText(v, this.pattern, this.patternIsDate);
                    this.fold(kind, scratchValue, v, c);
                }
            }
            else if (typeof v === 'number')
                sc.nums.add(v, c);
            else if (v !== null && v !== undefined)
                this.addOther(v, c);
            else if (v === undefined && store !== null) {
                const x = store.numbers[dict.numberBase + d];
                if (x === x)
                    this.foldDecimal(dict, d, x, c);
            }
            else if (v === undefined && times !== null) {
                sc.stageMayRepeat = true;
                sc.dates.add(times[d], c);
            }
        }
        // A Date's or boolean's text can only repeat a string's: distinct Dates (by millisecond) have
        // distinct ISO texts. A typed column (Parquet timestamps) skips the merge, ~5% of its profile.
        if (!sawString)
            sc.stageMayRepeat = false;
        this.flush();
    }
    /**
     * fold() of entry d of `dict`, a decimal literal kept as its number x (finite) and ASCII bytes:
     * what classifyText and fold do with its text, the text made only when it is a new minimum or
     * maximum.
     */
    foldDecimal(dict, d, x, c) {
        this.count += c;
        if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER)
            this.typeCounts.integer += c;
        else
            this.typeCounts.number += c;
        const t = this.text;
        const len = dict.textLength(d);
        if (t.min_len === null || len < t.min_len)
            t.min_len = len;
        if (t.max_len === null || len > t.max_len)
            t.max_len = len;
        t.sum_len += len * c;
        if (t.min === null || dict.compareText(d, t.min) < 0)
            t.min = dict.textOf(d);
        if (t.max === null || dict.compareText(d, t.max) > 0)
            t.max = dict.textOf(d);
        const sc = this.scratch;
        sc.numVals.add(x, c); // also its frequent item (numKeys)
        this.hll.addNumber(x);
    }
    /** Whether addOther would count one of the values as text. */
    hasOtherText(values, size) {
        for (let d = 0; d < size; d++) {
            const v = values[d];
            if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined)
                continue;
            if (typeof v === 'bigint' ? v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(-Number.MAX_SAFE_INTEGER) : !(v instanceof Date) || Number.isNaN(v.getTime()))
                return true;
        }
        return false;
    }
    addOther(v, c) {
        const sc = this.scratch;
        // Booleans and Dates are staged by text ("true", ISO 8601), which a string cell of the batch
        // may share (JSON Lines mixes them): the batch's items are then merged by text (mergeStage),
        // when the batch has strings too (addCells).
        if (typeof v === 'boolean' || v instanceof Date)
            sc.stageMayRepeat = true;
        if (typeof v === 'boolean') {
            if (v)
                sc.boolTrue += c;
            else
                sc.boolFalse += c;
        }
        else if (typeof v === 'bigint') {
            if (v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(-Number.MAX_SAFE_INTEGER))
                sc.nums.add(Number(v), c);
            else
                sc.strs.add(String(v), c);
        }
        else if (v instanceof Date) {
            const t = v.getTime();
            if (Number.isNaN(t))
                sc.strs.add(String(v), c);
            else
                sc.dates.add(t, c);
        }
        else {
            sc.strs.add(String(v), c);
        }
    }
    fold(kind, x, whole, c) {
        this.count += c;
        this.typeCounts[kind] += c;
        const t = this.text;
        const len = whole.length;
        const text = len <= TEXT_PREFIX_CHARS ? whole : boundedText(whole);
        if (t.min_len === null || len < t.min_len)
            t.min_len = len;
        if (t.max_len === null || len > t.max_len)
            t.max_len = len;
        t.sum_len += len * c;
        if (t.min === null || text < t.min)
            t.min = text;
        if (t.max === null || text > t.max)
            t.max = text;
        const sc = this.scratch;
        if (kind === 'integer' || kind === 'number') {
            if (x === x && x !== Infinity && x !== -Infinity)
                sc.numVals.add(x, c);
            else if (x !== x)
                this.nan += c;
            else
                this.inf += c;
            if (this.byText) {
                this.hll.addString(text);
                sc.stage(text, c);
            }
            else {
                this.hll.addNumber(x);
                // A finite value's frequent item is its numVals entry (numKeys).
                if (!(x === x && x !== Infinity && x !== -Infinity))
                    sc.numKeys.add(x, c);
            }
            return;
        }
        if (kind === 'date' || kind === 'timestamp')
            sc.tmpVals.add(x, c);
        this.hll.addString(text);
        sc.stage(text, c);
    }
    flush() {
        const sc = this.scratch;
        const strs = sc.strs;
        if (strs.size > 0) {
            for (let i = 0; i < strs.size; i++) {
                const s = strs.keyAt(i);
                if (this.nullTokens.isMissing(s))
                    continue;
                const kind = classifyText(s, this.pattern, this.patternIsDate);
                this.fold(kind, scratchValue, s, strs.countAt(i));
            }
            strs.reset();
        }
        const nums = sc.nums;
        if (nums.size > 0 || nums.nanWeight > 0) {
            for (let i = 0; i < nums.size; i++) {
                const x = nums.keyAt(i);
                const kind = Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER ? 'integer' : 'number';
                this.fold(kind, x, numberText(x), nums.countAt(i));
            }
            if (nums.nanWeight > 0)
                this.fold('number', NaN, 'NaN', nums.nanWeight);
            nums.reset();
        }
        const dates = sc.dates;
        if (dates.size > 0) {
            for (let i = 0; i < dates.size; i++) {
                const t = dates.keyAt(i);
                this.fold(t % MS_PER_DAY === 0 ? 'date' : 'timestamp', t, isoTimestamp(t), dates.countAt(i));
            }
            dates.reset();
        }
        if (sc.boolTrue > 0)
            this.fold('boolean', NaN, 'true', sc.boolTrue);
        if (sc.boolFalse > 0)
            this.fold('boolean', NaN, 'false', sc.boolFalse);
        sc.boolTrue = 0;
        sc.boolFalse = 0;
        // The finite numeric values with their weights, for moments and KLL and (unless the column is
        // keyed by text) as frequent items, with numKeys' other numbers.
        const nv = sc.numVals;
        const d = nv.size > 0 ? sc.loadValues(nv) : 0;
        nv.reset();
        const nk = sc.numKeys;
        // -0 counted as 0 (NumberCounter), so String() of each is numberText(). Numbers are never
        // merged with text (mergeStage): no staged text is a number's String().
        if (nk.nanWeight > 0)
            sc.stage('NaN', nk.nanWeight);
        let itemNums = sc.valBuf;
        let itemCounts = sc.wBuf;
        let numLen = this.byText ? 0 : d;
        if (nk.size > 0) {
            if (sc.stageNums.length < nk.size + numLen) {
                sc.stageNums = new Float64Array(2 * (nk.size + numLen));
                sc.stageNumCounts = new Float64Array(2 * (nk.size + numLen));
            }
            const k = nk.copyTo(sc.stageNums, sc.stageNumCounts);
            sc.stageNums.set(itemNums.subarray(0, numLen), k);
            sc.stageNumCounts.set(itemCounts.subarray(0, numLen), k);
            itemNums = sc.stageNums;
            itemCounts = sc.stageNumCounts;
            numLen += k;
        }
        nk.reset();
        if (sc.stageMayRepeat)
            sc.mergeStage();
        if (sc.stageLen > 0 || numLen > 0)
            this.frequent.addBatch(sc.stageKeys, sc.stageCounts, sc.stageLen, itemNums, itemCounts, numLen);
        sc.clearStage();
        if (d > 0)
            sc.foldLoaded(d, this.numMoments, this.numKll);
        if (sc.tmpVals.size > 0) {
            this.tmpMoments ??= new Moments();
            this.tmpKll ??= new KllSketch();
            sc.foldValues(sc.tmpVals, this.tmpMoments, this.tmpKll);
        }
    }
    sketches(type, rows) {
        const temporal = isTemporalType(type);
        return {
            count: this.count,
            nulls: rows - this.count,
            nan: this.nan,
            inf: this.inf,
            typeCounts: this.typeCounts,
            moments: temporal ? (this.tmpMoments ?? new Moments()) : this.numMoments,
            kll: temporal ? (this.tmpKll ?? new KllSketch()) : this.numKll,
            hll: this.hll,
            frequent: this.frequent,
            text: this.text,
        };
    }
}
/**
 * A wide table's batches are small (csv-options.ts MAX_BATCH_CELLS: 104 rows at 10,000 columns),
 * and folding one batch column touches that column's sketches (HyperLogLog registers, KLL levels,
 * frequent items), ~10-20 KB a column that fell out of the CPU caches since the column's last batch.
 * Batches of fewer rows than this are held until they add up to this many rows, then folded
 * column by column, each column's batches one after the other while its sketches are in cache.
 * Every sketch sees the same batches in the same order, so the profile is the same byte for byte.
 * The 10,000 x 10,000 bench file (a column split; CPU s of the whole run, peak RSS; a machine loaded
 * by other work): holding 5 batches, nothing else changed, 53.4 -> 46.0 CPU s; then 3 held (this)
 * vs 5: 54.5 vs 53.8 CPU s, 864 vs 988 MB (the held batches' dictionaries and number stores); 10
 * and 20 held: 52.7 and 59.1 CPU s (more to scavenge), 1.09 and 1.47 GB.
 */
const FOLD_GROUP_ROWS = 300;
/** Narrower tables fold each batch as it comes (their batches are BYTE_PATH_BATCH_ROWS long anyway). */
const FOLD_GROUP_MIN_COLUMNS = 65;
/** Whether every one of the first n columns has a dictionary of its own (so holding it is safe). */
function ownsAll(dicts, n) {
    if (dicts.length < n)
        return false;
    for (let c = 0; c < n; c++)
        if (dicts[c] === undefined)
            return false;
    return true;
}
function createProfiler(options) {
    const nullTokens = options.nullTokens ?? defaultNullTokens;
    const types = options.types ?? {};
    const formats = options.timestampFormats ?? {};
    const order = [];
    const accs = new Map();
    let rows = 0;
    let finished = false;
    let lastColumns = null;
    let lastLength = -1;
    let lastAccs = [];
    let ownDictionaries;
    const frequentSlots = frequentCapacity(options.columns.length);
    const hllP = hllPrecision(options.columns.length);
    const scratch = new BatchScratch();
    /** Batches held for foldPending (see FOLD_GROUP_ROWS): each one's dictionaries, column by column. */
    let pending = [];
    let pendingRows = 0;
    const foldPending = () => {
        if (pending.length === 0)
            return;
        const held = pending;
        pending = [];
        pendingRows = 0;
        for (let c = 0; c < lastAccs.length; c++) {
            const acc = lastAccs[c];
            for (let b = 0; b < held.length; b++)
                acc.addCells(held[b][c]);
        }
    };
    const accFor = (name) => {
        let a = accs.get(name);
        if (!a) {
            // The profile is a versioned JSON file whose columns are object keys: `__proto__` cannot be
            // one (every reader, ours and JSON.parse-based ones alike, would drop it), so it is refused.
            if (name === RESERVED_COLUMN) {
                throw new InputError(`a column named "${RESERVED_COLUMN}" cannot be profiled (JavaScript reserves the name for an object's prototype, so the profile could not keep it)`, { hint: 'rename the column' });
            }
            // Own keys only: a column named "constructor" must not find Object.prototype.constructor.
            a = new ColumnAccumulator(name, Object.hasOwn(types, name) ? types[name] : undefined, Object.hasOwn(formats, name) ? formats[name] : undefined, nullTokens, frequentSlots, hllP, scratch);
            accs.set(name, a);
            order.push(name);
        }
        return a;
    };
    for (const c of options.columns)
        accFor(c);
    return {
        add(batch, dictionaries) {
            if (finished)
                throw new Error('profiler: add() after finish()');
            const dicts = dictionaries ?? (ownDictionaries ??= new BatchDictionaries());
            // Readers reuse one columns array (JSON Lines may grow it): map names once per change.
            if (batch.columns !== lastColumns || batch.columns.length !== lastLength) {
                foldPending();
                lastColumns = batch.columns;
                lastLength = batch.columns.length;
                lastAccs = batch.columns.map(accFor);
            }
            const len = batch.length;
            const own = batch.dictionaries;
            if (len < FOLD_GROUP_ROWS && lastAccs.length >= FOLD_GROUP_MIN_COLUMNS && own !== undefined && ownsAll(own, lastAccs.length)) {
                pending.push(own.slice(0, lastAccs.length));
                pendingRows += len;
                if (pendingRows >= FOLD_GROUP_ROWS)
                    foldPending();
            }
            else {
                foldPending();
                for (let c = 0; c < lastAccs.length; c++)
                    lastAccs[c].addCells(dicts.column(batch, c));
            }
            rows += len;
        },
        finish(source) {
            foldPending();
            finished = true;
            ownDictionaries?.release();
            const columns = {};
            for (const name of order) {
                const a = accs.get(name);
                const type = a.declared ?? inferColumnType(a.typeCounts);
                columns[name] = columnProfileFromSketches(type, a.sketches(type, rows));
            }
            return {
                schema: PROFILE_SCHEMA,
                sources: [{ file: source.file, format: source.format, rows }],
                rows,
                column_order: order.slice(),
                columns,
            };
        },
    };
}


/***/ }),

/***/ 75507:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* unused harmony exports FREQUENT_DEFAULT_CAPACITY, FrequentItems */
const FREQUENT_DEFAULT_CAPACITY = 1024;
/** Buffers used only inside one addBatch call, shared by every sketch (one per column). */
let batchAt = new Int32Array(64);
let batchHash = new Int32Array(64);
let selectBuf = new Float64Array(64);
/** The k-th smallest (0-based) of a[0..n), reordering a (Hoare's quickselect, middle pivot). */
function kthSmallest(a, n, k) {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
        const pivot = a[(lo + hi) >>> 1];
        let i = lo;
        let j = hi;
        while (i <= j) {
            while (a[i] < pivot)
                i++;
            while (a[j] > pivot)
                j--;
            if (i <= j) {
                const t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return a[k];
    }
    return a[k];
}
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/**
 * An item's hash: text by its UTF-16 code units (FNV-1a, then a finalizer that spreads the shared
 * prefixes of timestamps and the like over the low bits), a number by its float64 bits with -0 as 0
 * and every NaN alike, so equal keys (SameValueZero, as a Map compares them) hash alike.
 */
function hashOf(k) {
    if (typeof k === 'number')
        return hashNumber(k);
    let h = 0x811c9dc5 ^ k.length;
    for (let i = 0; i < k.length; i++)
        h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
    return finish(h);
}
function hashNumber(k) {
    if (k !== k)
        return 0x7ff80000;
    f64[0] = k + 0;
    return finish(Math.imul(u32[0] ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(u32[1], 0xc2b2ae35));
}
function finish(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    h = Math.imul(h, 0x846ca68b);
    return h ^ (h >>> 16);
}
class FrequentItems {
    capacity;
    offset = 0;
    /**
     * Items held, densely in [0, n): key, count and hash. A key is text, or a number standing for its
     * shortest round-trip text (String(x)): the profiler of a numeric column hands its values over as
     * numbers, and most are dropped by the next purge, so turning each into text first (~80 ns) was
     * wasted. The caller guarantees no text it adds is the String() of a number it adds, so the two
     * never name one item; addUnchecked (text) turns the numbers into text first, as merge() and
     * fromState() use text.
     *
     * The index is open addressing over typed arrays (`slots`: item index + 1, 0 for empty), rebuilt
     * after each purge: a column of mostly distinct values purges on nearly every batch, and a Map
     * there spent most of the sketch's time deleting and re-inserting (measured on flights-3m's
     * timestamps). Results do not depend on the order items are held in: purges select counts by
     * value, and top() and toState() sort by count, then text.
     *
     * A number item is null in `keys` and its value in `nums` (SameValueZero: -0 is 0, NaN is NaN):
     * held in an array of keys, a fraction was a heap-allocated box, one per distinct value of every
     * batch of a decimal column (the 10,000-column bench file: ~3% of its CPU time in scavenges).
     */
    keys = [];
    nums = new Float64Array(16);
    vals = new Float64Array(16);
    hashes = new Int32Array(16);
    n = 0;
    /** Items keyed by number. */
    numbers = 0;
    slots = new Int32Array(32);
    mask = 31;
    constructor(capacity = FREQUENT_DEFAULT_CAPACITY) {
        if (!Number.isInteger(capacity) || capacity < 1)
            throw new Error(`frequent-items capacity must be a positive integer, got ${capacity}`);
        this.capacity = capacity;
    }
    /** Items held. */
    get size() {
        return this.n;
    }
    /** The items held, by text (numbers written as String() writes them): a copy. */
    get counts() {
        return new Map(this.textItems());
    }
    /** True when no decrement ever happened: counts are exact and complete. */
    isExact() {
        return this.offset === 0;
    }
    /** Index of the text item `k` (hash h), or -1. */
    find(k, h) {
        const slots = this.slots;
        const mask = this.mask;
        for (let i = h & mask;; i = (i + 1) & mask) {
            const s = slots[i];
            if (s === 0)
                return -1;
            if (this.hashes[s - 1] === h && this.keys[s - 1] === k)
                return s - 1;
        }
    }
    /** Index of the number item `x` (hash h), or -1. */
    findNumber(x, h) {
        const slots = this.slots;
        const mask = this.mask;
        for (let i = h & mask;; i = (i + 1) & mask) {
            const s = slots[i];
            if (s === 0)
                return -1;
            if (this.hashes[s - 1] === h && this.keys[s - 1] === null) {
                const y = this.nums[s - 1];
                if (y === x || (x !== x && y !== y))
                    return s - 1;
            }
        }
    }
    /** Adds a new item (not held) with count v: text k, or (k null) the number x. */
    insert(k, x, h, v) {
        const at = this.n;
        if (at === this.vals.length) {
            const vals = new Float64Array(at * 2);
            vals.set(this.vals);
            this.vals = vals;
            const nums = new Float64Array(at * 2);
            nums.set(this.nums);
            this.nums = nums;
            const hashes = new Int32Array(at * 2);
            hashes.set(this.hashes);
            this.hashes = hashes;
        }
        this.keys[at] = k;
        this.vals[at] = v;
        this.hashes[at] = h;
        this.n = at + 1;
        if (k === null) {
            this.nums[at] = x;
            this.numbers++;
        }
        // Load factor at most 1/2.
        if (2 * this.n > this.slots.length)
            this.reindex(2 * this.slots.length);
        else
            this.place(at);
    }
    place(at) {
        const slots = this.slots;
        const mask = this.mask;
        let i = this.hashes[at] & mask;
        while (slots[i] !== 0)
            i = (i + 1) & mask;
        slots[i] = at + 1;
    }
    /** Rebuilds the index over the items held (size: slots, a power of two). */
    reindex(size = this.slots.length) {
        if (size !== this.slots.length) {
            this.slots = new Int32Array(size);
            this.mask = size - 1;
        }
        else
            this.slots.fill(0);
        for (let j = 0; j < this.n; j++)
            this.place(j);
    }
    /** Subtracts c from every count, drops the items left at ≤ 0, and reindexes. */
    decrement(c) {
        const keys = this.keys;
        const nums = this.nums;
        const vals = this.vals;
        const hashes = this.hashes;
        let m = 0;
        let numbers = 0;
        for (let j = 0; j < this.n; j++) {
            const v = vals[j];
            if (v <= c)
                continue;
            const k = keys[j];
            keys[m] = k;
            vals[m] = v - c;
            hashes[m] = hashes[j];
            if (k === null) {
                nums[m] = nums[j];
                numbers++;
            }
            m++;
        }
        // Let go of the dropped keys' strings.
        for (let j = m; j < this.n; j++)
            keys[j] = null;
        this.n = m;
        this.numbers = numbers;
        this.reindex();
        this.offset += c;
    }
    /** Adds weight to an item; call purge() after a bulk of adds (or rely on add's own check). */
    addUnchecked(item, weight) {
        if (this.numbers > 0)
            this.toText();
        const h = hashOf(item);
        const at = this.find(item, h);
        if (at >= 0)
            this.vals[at] = this.vals[at] + weight;
        else
            this.insert(item, 0, h, 0 + weight);
    }
    add(item, weight = 1) {
        this.addUnchecked(item, weight);
        if (this.n > this.capacity)
            this.purge();
    }
    /**
     * Folds a batch of distinct items with their counts (keys[0..len), counts[0..len); no key twice):
     * the same result as adding each and one purge(), with one lookup per item and writes only for
     * items already held and items that survive the purge. A wide table's batch is ~100 rows, so a
     * column of mostly distinct values purges on nearly every batch: the (capacity+1)-th largest
     * count is selected (quickselect), not sorted for. `nums` (with numCounts, numLen) are more items
     * of the same batch, numbers given unboxed (none of them in `keys`).
     */
    addBatch(keys, counts, len, nums, numCounts, numLen = 0) {
        const all = len + numLen;
        if (batchAt.length < all) {
            batchAt = new Int32Array(Math.max(all, 2 * batchAt.length));
            batchHash = new Int32Array(batchAt.length);
        }
        const at = batchAt;
        const hs = batchHash;
        let fresh = 0;
        for (let i = 0; i < len; i++) {
            const k = keys[i];
            let h;
            let j;
            if (typeof k === 'number') {
                h = hashNumber(k);
                j = this.findNumber(k, h);
            }
            else {
                h = hashOf(k);
                j = this.find(k, h);
            }
            hs[i] = h;
            at[i] = j;
            if (j < 0)
                fresh++;
        }
        for (let i = 0; i < numLen; i++) {
            const x = nums[i];
            const h = hashNumber(x);
            const j = this.findNumber(x, h);
            hs[len + i] = h;
            at[len + i] = j;
            if (j < 0)
                fresh++;
        }
        // Items already held take their combined counts in place; the new ones wait in the batch.
        const vals = this.vals;
        for (let i = 0; i < len; i++) {
            const j = at[i];
            if (j >= 0)
                vals[j] = vals[j] + counts[i];
        }
        for (let i = 0; i < numLen; i++) {
            const j = at[len + i];
            if (j >= 0)
                vals[j] = vals[j] + numCounts[i];
        }
        let c = 0;
        const purged = this.n + fresh > this.capacity;
        if (purged) {
            const total = this.n + fresh;
            if (selectBuf.length < total)
                selectBuf = new Float64Array(Math.max(total, 2 * selectBuf.length));
            const sel = selectBuf;
            for (let j = 0; j < this.n; j++)
                sel[j] = vals[j];
            let o = this.n;
            for (let i = 0; i < len; i++)
                if (at[i] < 0)
                    sel[o++] = counts[i];
            for (let i = 0; i < numLen; i++)
                if (at[len + i] < 0)
                    sel[o++] = numCounts[i];
            c = kthSmallest(sel, total, total - this.capacity - 1);
            this.decrement(c);
        }
        for (let i = 0; i < len; i++) {
            if (at[i] >= 0 || (purged && !(counts[i] > c)))
                continue;
            const k = keys[i];
            if (typeof k === 'number')
                this.insert(null, k, hs[i], counts[i] - c);
            else
                this.insert(k, 0, hs[i], counts[i] - c);
        }
        for (let i = 0; i < numLen; i++)
            if (at[len + i] < 0 && (!purged || numCounts[i] > c))
                this.insert(null, nums[i], hs[len + i], numCounts[i] - c);
    }
    /** Items as text, numbers written as String() writes them. */
    textItems() {
        const items = [];
        for (let j = 0; j < this.n; j++) {
            const k = this.keys[j];
            items.push([k === null ? String(this.nums[j]) : k, this.vals[j]]);
        }
        return items;
    }
    /** Turns the number-keyed items into text keys (before anything adds by text). */
    toText() {
        for (let j = 0; j < this.n; j++) {
            if (this.keys[j] !== null)
                continue;
            const text = String(this.nums[j]);
            this.keys[j] = text;
            this.hashes[j] = hashOf(text);
        }
        this.numbers = 0;
        this.reindex();
    }
    /** Brings the sketch back to capacity by subtracting the (capacity+1)-th largest count. */
    purge() {
        if (this.numbers > 0)
            this.toText();
        if (this.n <= this.capacity)
            return;
        const values = this.vals.slice(0, this.n).sort();
        // (capacity+1)-th largest = values[len - capacity - 1] in ascending order.
        this.decrement(values[values.length - this.capacity - 1]);
    }
    merge(other) {
        for (const [item, n] of other.textItems())
            this.addUnchecked(item, n);
        this.offset += other.offset;
        this.purge();
    }
    /** Items by count (descending), ties by value (ascending code units), at most `limit`. */
    top(limit) {
        const all = this.textItems().sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        return all.slice(0, limit).map(([value, count]) => ({ value, count }));
    }
    toState() {
        const items = this.textItems().sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        return { capacity: this.capacity, offset: this.offset, items };
    }
    static fromState(s) {
        const f = new FrequentItems(s.capacity);
        for (const [item, n] of s.items)
            f.addUnchecked(item, n);
        f.offset = s.offset;
        f.purge();
        return f;
    }
}


/***/ }),

/***/ 13308:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vg: () => (/* binding */ numberHash32),
/* harmony export */   h_: () => (/* binding */ stringHash32)
/* harmony export */ });
/* unused harmony exports hashOut, hashNumber64, hashString64 */
/**
 * 64-bit-quality hashing of cell values without allocation, for HyperLogLog and hash tables.
 * Results are returned through `hashOut` ([h1, h2], two independent-looking 32-bit words).
 *
 * - numbers hash their float64 bits (after -0 → 0, one NaN), so "1" and "1.0" in a CSV hash alike;
 * - strings hash their UTF-16 code units with two murmur3-style lanes (cyrb53's construction,
 *   keeping both 32-bit states) and a murmur3 fmix32 finaliser on each.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const hashOut = new Int32Array(2);
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h;
}
/** Low 32 bits of a number's float64 bits mixed with the high ones: a quick table hash. */
function numberHash32(x) {
    f64[0] = x + 0;
    return fmix32(u32[0] ^ Math.imul(u32[1], 0x9e3779b1));
}
/** Writes a 64-bit hash of a number (canonical -0 and NaN) to hashOut. */
function hashNumber64(x) {
    f64[0] = x !== x ? NaN : x + 0;
    const lo = u32[0];
    const hi = u32[1];
    hashOut[0] = fmix32(lo ^ fmix32(hi ^ 0x5bd1e995));
    hashOut[1] = fmix32(hi ^ fmix32(lo + 0x27d4eb2f));
}
/** A quick 32-bit string hash for hash tables (FNV-1a over code units, then fmix32). */
function stringHash32(s) {
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return fmix32(h ^ s.length);
}
/** Writes a 64-bit hash of a string to hashOut (cyrb53's two lanes, both kept, fmix32 on each). */
function hashString64(s, seed = 0) {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < s.length; i++) {
        const ch = s.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    hashOut[0] = fmix32(h1 ^ s.length);
    hashOut[1] = fmix32(h2 + 0x9e3779b9);
}


/***/ }),

/***/ 13226:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* unused harmony exports HLL_DEFAULT_P, HLL_REGISTERS_BUDGET, HLL_MIN_WIDE_P, hllPrecision, hllStandardError, HyperLogLog */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13308);

const HLL_DEFAULT_P = 14;
/**
 * Registers for all the columns of one profile: a column gets 2^HLL_DEFAULT_P (16,384) unless the
 * table is so wide that they would exceed this. A dense column is 16 KB in memory and 21.8 KB of
 * base64 in the profile, where it was most of a wide table's file (10,000 columns: ~150 of 180 MB)
 * and of its memory; 10,000 columns get p = 12 (4,096 registers, standard error 1.6%).
 */
const HLL_REGISTERS_BUDGET = (/* unused pure expression or super */ null && (1 << 26));
/** The least precision a wide table's columns get (1,024 registers, standard error 3.3%). */
const HLL_MIN_WIDE_P = 10;
/** HyperLogLog precision per column for a table of `columns` columns (see HLL_REGISTERS_BUDGET). */
function hllPrecision(columns) {
    const p = Math.floor(Math.log2(HLL_REGISTERS_BUDGET / Math.max(1, columns)));
    return Math.max(HLL_MIN_WIDE_P, Math.min(HLL_DEFAULT_P, p));
}
/** Relative standard error of the estimate for precision p. */
function hllStandardError(p = HLL_DEFAULT_P) {
    return 1.04 / Math.sqrt(2 ** p);
}
/** The sparse form turns dense once this share of the registers is set (a 4-byte entry each when written). */
const SPARSE_MAX_FRACTION = (/* unused pure expression or super */ null && (1 / 16));
class HyperLogLog {
    p;
    dense = null;
    sparse = new SparseRegisters();
    q;
    /** The most registers the sparse form holds. */
    sparseMax;
    constructor(p = HLL_DEFAULT_P) {
        if (!Number.isInteger(p) || p < 4 || p > 18)
            throw new Error(`HyperLogLog precision must be 4..18, got ${p}`);
        this.p = p;
        this.q = 64 - p;
        this.sparseMax = 2 ** p * SPARSE_MAX_FRACTION;
    }
    /** The registers as one array (made dense on first access). */
    get registers() {
        return this.densify();
    }
    densify() {
        if (this.dense === null) {
            const d = new Uint8Array(2 ** this.p);
            this.sparse.forEach((i, r) => {
                d[i] = r;
            });
            this.dense = d;
            this.sparse = null;
        }
        return this.dense;
    }
    setMax(idx, rho) {
        const d = this.dense;
        if (d !== null) {
            if (rho > d[idx])
                d[idx] = rho;
            return;
        }
        const sp = this.sparse;
        sp.setMax(idx, rho);
        if (sp.size > this.sparseMax)
            this.densify();
    }
    /** Adds a 64-bit hash given as two 32-bit words. */
    addHash(h1, h2) {
        const p = this.p;
        const idx = h1 >>> (32 - p);
        // Rank: position of the first 1 in the remaining 64 − p bits (h2, then h1's low 32 − p bits).
        let rho;
        if (h2 !== 0)
            rho = Math.clz32(h2) + 1;
        else {
            const rest = (h1 << p) >>> 0;
            rho = rest !== 0 ? 32 + Math.clz32(rest) + 1 : this.q + 1;
        }
        this.setMax(idx, rho);
    }
    addNumber(x) {
        hashNumber64(x);
        this.addHash(hashOut[0], hashOut[1]);
    }
    addString(s) {
        hashString64(s);
        this.addHash(hashOut[0], hashOut[1]);
    }
    /**
     * This sketch at a lower precision p (≤ this.p): exactly the sketch the same values would have
     * given at p. Register i at this precision holds the top this.p bits of a hash as its index and,
     * when the rank is past 32 (h2 was 0), the rest of h1 after them; at p the index loses its low
     * d = this.p − p bits, which come first in h1's rest, so such a rank becomes the position of the
     * first 1 among those d bits, or d more when they are all 0. A rank of at most 32 is h2's, kept.
     */
    foldTo(p) {
        if (p === this.p)
            return this;
        if (!(p < this.p))
            throw new Error(`cannot fold a HyperLogLog of precision ${this.p} to ${p}`);
        const out = new HyperLogLog(p);
        const d = this.p - p;
        const low = (1 << d) - 1;
        const fold = (i, r) => {
            const b = i & low;
            const rho = r <= 32 ? r : b !== 0 ? 32 + Math.clz32(b) - (32 - d) + 1 : d + r;
            out.setMax(i >>> d, rho);
        };
        if (this.sparse !== null)
            this.sparse.forEach(fold);
        else {
            const a = this.dense;
            for (let i = 0; i < a.length; i++)
                if (a[i] !== 0)
                    fold(i, a[i]);
        }
        return out;
    }
    merge(other) {
        if (other.p !== this.p)
            throw new Error(`cannot merge HyperLogLog sketches of precision ${this.p} and ${other.p}`);
        if (other.sparse !== null) {
            other.sparse.forEach((i, r) => this.setMax(i, r));
            return;
        }
        const a = this.densify();
        const b = other.dense;
        for (let i = 0; i < a.length; i++)
            if (b[i] > a[i])
                a[i] = b[i];
    }
    /** Ertl (2017), "improved raw estimator" (algorithm 6). */
    estimate() {
        const m = 2 ** this.p;
        const q = this.q;
        const c = new Float64Array(q + 2);
        if (this.sparse !== null) {
            c[0] = m - this.sparse.size;
            this.sparse.forEach((_, r) => {
                c[r]++;
            });
        }
        else
            for (let i = 0; i < m; i++)
                c[this.dense[i]]++;
        if (c[0] === m)
            return 0;
        let z = m * tau(1 - c[q + 1] / m);
        for (let k = q; k >= 1; k--)
            z = 0.5 * (z + c[k]);
        z += m * sigma(c[0] / m);
        return (m * m) / (2 * Math.LN2) / z;
    }
    /** Dense (`registers`) or sparse (`sparse`), whichever is smaller; the same registers either way. */
    toState() {
        const m = 2 ** this.p;
        const limit = m * SPARSE_MAX_FRACTION;
        // Canonical: sparse exactly when few registers are set, however the sketch got here. Entries
        // are (index << 8 | value), so sorting them as numbers sorts by index.
        let entries = null;
        if (this.sparse !== null) {
            entries = new Uint32Array(this.sparse.size);
            let k = 0;
            this.sparse.forEach((i, r) => {
                entries[k++] = ((i << 8) | r) >>> 0;
            });
        }
        else {
            const d = this.dense;
            let set = 0;
            for (let i = 0; i < m && set <= limit; i++)
                if (d[i] !== 0)
                    set++;
            if (set <= limit) {
                entries = new Uint32Array(set);
                let k = 0;
                for (let i = 0; i < m; i++)
                    if (d[i] !== 0)
                        entries[k++] = ((i << 8) | d[i]) >>> 0;
            }
        }
        if (entries !== null && entries.length <= limit) {
            entries.sort();
            const buf = Buffer.allocUnsafe(4 * entries.length);
            for (let k = 0; k < entries.length; k++)
                buf.writeUInt32BE(entries[k], 4 * k);
            return { p: this.p, sparse: buf.toString('base64') };
        }
        const d = this.densify();
        return { p: this.p, registers: Buffer.from(d.buffer, d.byteOffset, d.byteLength).toString('base64') };
    }
    static fromState(s) {
        const h = new HyperLogLog(s.p);
        const m = 2 ** s.p;
        const max = h.q + 1;
        if (s.registers === undefined) {
            const bytes = Buffer.from(s.sparse ?? '', 'base64');
            if (bytes.length % 4 !== 0)
                throw new Error(`HyperLogLog sparse state has ${bytes.length} bytes, not a multiple of 4`);
            for (let k = 0; k < bytes.length; k += 4) {
                const e = bytes.readUInt32BE(k);
                const i = e >>> 8;
                const r = e & 0xff;
                if (i >= m)
                    throw new Error(`HyperLogLog sparse register ${i} is past the ${m} registers of p = ${s.p}`);
                if (r > max)
                    throw new Error(`HyperLogLog register ${i} is ${r}, above the maximum ${max}`);
                if (r > 0)
                    h.setMax(i, r);
            }
            return h;
        }
        const bytes = Buffer.from(s.registers, 'base64');
        if (bytes.length !== m)
            throw new Error(`HyperLogLog state has ${bytes.length} registers, expected ${m} for p = ${s.p}`);
        const d = h.densify();
        for (let i = 0; i < bytes.length; i++) {
            if (bytes[i] > max)
                throw new Error(`HyperLogLog register ${i} is ${bytes[i]}, above the maximum ${max}`);
            d[i] = bytes[i];
        }
        return h;
    }
}
/** Non-zero registers: open addressing over (index + 1) << 8 | value, 4 bytes a slot, load ≤ 1/2. */
class SparseRegisters {
    size = 0;
    slots = new Int32Array(16);
    /** Raises register i to at least r (r ≥ 1). */
    setMax(i, r) {
        const key = i + 1;
        const slots = this.slots;
        const mask = slots.length - 1;
        let h = (Math.imul(key, 0x9e3779b1) >>> 12) & mask;
        for (;;) {
            const e = slots[h];
            if (e === 0) {
                slots[h] = (key << 8) | r;
                if (2 * ++this.size > slots.length)
                    this.grow();
                return;
            }
            if (e >>> 8 === key) {
                if (r > (e & 0xff))
                    slots[h] = (key << 8) | r;
                return;
            }
            h = (h + 1) & mask;
        }
    }
    forEach(fn) {
        for (const e of this.slots)
            if (e !== 0)
                fn((e >>> 8) - 1, e & 0xff);
    }
    grow() {
        const old = this.slots;
        this.slots = new Int32Array(old.length * 2);
        this.size = 0;
        for (const e of old)
            if (e !== 0)
                this.setMax((e >>> 8) - 1, e & 0xff);
    }
}
function sigma(x) {
    if (x === 1)
        return Infinity;
    let y = 1;
    let z = x;
    let zPrev;
    do {
        x *= x;
        zPrev = z;
        z += x * y;
        y += y;
    } while (z !== zPrev);
    return z;
}
function tau(x) {
    if (x === 0 || x === 1)
        return 0;
    let y = 1;
    let z = 1 - x;
    let zPrev;
    do {
        x = Math.sqrt(x);
        zPrev = z;
        y *= 0.5;
        z -= (1 - x) ** 2 * y;
    } while (z !== zPrev);
    return z / 3;
}


/***/ }),

/***/ 48159:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gu: () => (/* binding */ KllSketch)
/* harmony export */ });
/* unused harmony exports KLL_DEFAULT_K, KLL_RANK_ERROR_K200, kllRankError */
const KLL_DEFAULT_K = 200;
/** Normalized rank error bound (99% confidence) held to in tests and docs for k = 200. */
const KLL_RANK_ERROR_K200 = 0.0165;
const MIN_LEVEL_CAPACITY = 8;
/** Normalized rank error at 99% confidence (DataSketches' empirical fit): single query, or PMF/CDF. */
function kllRankError(k, pmf = false) {
    return pmf ? 2.446 / Math.pow(k, 0.9433) : 2.296 / Math.pow(k, 0.9723);
}
function levelCapacity(k, numLevels, level) {
    const depth = numLevels - level - 1;
    return Math.max(MIN_LEVEL_CAPACITY, Math.ceil(k * Math.pow(2 / 3, depth)));
}
function coin(n, level) {
    // murmur3 fmix32 of n's low/high words and the level.
    let h = (n >>> 0) ^ Math.imul(Math.floor(n / 4294967296) | 0, 0x9e3779b1) ^ Math.imul(level + 1, 0x85ebca6b);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h & 1;
}
/**
 * Sorts a[0..len) ascending: insertion sort for the small level-0 buffers, native sort otherwise.
 * Tried for the 10,000-column bench row, where level-0 sorts are ~5% of the CPU time: a JS
 * quicksort (median of three) measured the same (~13 µs for 250 random doubles either way), an
 * LSD radix sort slower at these sizes (~20 µs).
 */
function sortPrefix(a, len) {
    if (len > 48) {
        a.subarray(0, len).sort();
        return;
    }
    for (let i = 1; i < len; i++) {
        const v = a[i];
        let j = i - 1;
        while (j >= 0 && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}
/**
 * Buffers used only inside one call (a compaction's promoted items, a weighted update's items per
 * level and its weight-1 items), shared by every sketch: a profile of a wide table holds thousands
 * of sketches, and these were ~2 KB each.
 */
const shared = { promoted: new Float64Array(64), levels: [], unit: new Float64Array(0), fill: new Int32Array(8) };
class KllSketch {
    k;
    n = 0;
    min = Infinity;
    max = -Infinity;
    /** Item storage per level (capacity ≥ size). */
    items = [];
    sizes = [];
    caps = [];
    totalCap = 0;
    retained = 0;
    sortedView = null;
    /** Compactions so far (in memory only; after fromState: 1 unless the state is provably exact). */
    compactions = 0;
    constructor(k = KLL_DEFAULT_K) {
        if (!Number.isInteger(k) || k < MIN_LEVEL_CAPACITY)
            throw new Error(`KLL k must be an integer ≥ ${MIN_LEVEL_CAPACITY}, got ${k}`);
        this.k = k;
        this.addLevel();
    }
    get numLevels() {
        return this.sizes.length;
    }
    /** True while no compaction has happened: every answer is exact. */
    isExact() {
        return this.compactions === 0;
    }
    addLevel() {
        this.sizes.push(0);
        // Every level starts small and grows (ensure): a sketch of a string column never holds an item.
        this.items.push(new Float64Array(16));
        this.recomputeCaps();
    }
    recomputeCaps() {
        const L = this.sizes.length;
        this.totalCap = 0;
        for (let h = 0; h < L; h++) {
            this.caps[h] = levelCapacity(this.k, L, h);
            this.totalCap += this.caps[h];
        }
        this.caps.length = L;
    }
    ensure(level, size) {
        const a = this.items[level];
        if (a.length >= size)
            return;
        const b = new Float64Array(Math.max(size, a.length * 2));
        b.set(a.subarray(0, this.sizes[level]));
        this.items[level] = b;
    }
    update(x) {
        if (Number.isNaN(x))
            return;
        if (this.retained >= this.totalCap)
            this.compressOnce();
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        this.ensure(0, this.sizes[0] + 1);
        this.items[0][this.sizes[0]++] = x;
        this.retained++;
        this.n++;
        this.sortedView = null;
    }
    /**
     * Adds values[0..len) (NaN must already be filtered out). Same result as calling update() on
     * each, but copies runs into level 0 in bulk.
     */
    updateMany(values, len) {
        if (len === 0)
            return;
        let mn = this.min;
        let mx = this.max;
        for (let i = 0; i < len; i++) {
            const v = values[i];
            if (v < mn)
                mn = v;
            if (v > mx)
                mx = v;
        }
        this.min = mn;
        this.max = mx;
        let i = 0;
        while (i < len) {
            if (this.retained >= this.totalCap)
                this.compressOnce();
            const take = Math.min(len - i, this.totalCap - this.retained);
            const s0 = this.sizes[0];
            this.ensure(0, s0 + take);
            this.items[0].set(values.subarray(i, i + take), s0);
            this.sizes[0] = s0 + take;
            this.retained += take;
            // n advances item by item in update(); the coin reads n at compaction time, so keep it exact.
            this.n += take;
            i += take;
        }
        this.sortedView = null;
    }
    /**
     * Adds values[i] with integer weight weights[i] ≥ 1 (NaN filtered out), e.g. the distinct values of
     * a batch with their counts. A weight w is inserted as its binary expansion: one item at level h
     * for every set bit h of w (as DataSketches' weighted update), which carries no error, then the
     * sketch compacts as usual. Weight-1 items take the ordinary update path.
     */
    updateWeighted(values, weights, len) {
        if (len === 0)
            return;
        let ones = 0;
        let maxW = 0;
        let total = 0;
        let mn = this.min;
        let mx = this.max;
        const unit = shared.unit.length >= len ? shared.unit : (shared.unit = new Float64Array(len));
        for (let i = 0; i < len; i++) {
            const v = values[i];
            const w = weights[i];
            if (v < mn)
                mn = v;
            if (v > mx)
                mx = v;
            if (w === 1)
                unit[ones++] = v;
            else if (w > maxW)
                maxW = w;
            total += w;
        }
        if (ones > 0)
            this.updateMany(unit, ones);
        if (ones === len)
            return;
        this.min = mn;
        this.max = mx;
        let topBit = 0;
        while (2 ** (topBit + 1) <= maxW)
            topBit++;
        while (this.sizes.length <= topBit)
            this.addLevel();
        if (shared.fill.length <= topBit)
            shared.fill = new Int32Array(2 * (topBit + 1));
        const fill = shared.fill.fill(0, 0, topBit + 1);
        const levelScratch = shared.levels;
        for (let h = 0; h <= topBit; h++) {
            if (!levelScratch[h] || levelScratch[h].length < len)
                levelScratch[h] = new Float64Array(len);
        }
        for (let i = 0; i < len; i++) {
            let w = weights[i];
            if (w === 1)
                continue;
            const v = values[i];
            for (let h = 0; w > 0; h++) {
                if (w % 2 === 1) {
                    levelScratch[h][fill[h]++] = v;
                    w -= 1;
                }
                w /= 2;
            }
        }
        for (let h = 0; h <= topBit; h++) {
            const c = fill[h];
            if (c === 0)
                continue;
            const lv = levelScratch[h];
            if (h === 0) {
                this.ensure(0, this.sizes[0] + c);
                this.items[0].set(lv.subarray(0, c), this.sizes[0]);
                this.sizes[0] += c;
            }
            else {
                sortPrefix(lv, c);
                this.mergeIntoLevel(h, lv, c);
            }
            this.retained += c;
        }
        this.n += total - ones;
        this.generalCompress();
        this.sortedView = null;
    }
    /** DataSketches compressWhileUpdating: compact the lowest level that is at or over capacity. */
    compressOnce() {
        const L = this.sizes.length;
        let h = 0;
        while (h < L - 1 && this.sizes[h] < this.caps[h])
            h++;
        this.compactLevel(h);
    }
    compactLevel(h) {
        if (h === this.sizes.length - 1)
            this.addLevel();
        this.compactions++;
        const src = this.items[h];
        const size = this.sizes[h];
        if (h === 0)
            sortPrefix(src, size);
        const odd = size & 1;
        // Keep the smallest item at this level when the count is odd; halve the rest.
        const half = (size - odd) >>> 1;
        const off = odd + coin(this.n, h);
        if (shared.promoted.length < half)
            shared.promoted = new Float64Array(Math.max(half, shared.promoted.length * 2));
        const promoted = shared.promoted;
        for (let j = 0; j < half; j++)
            promoted[j] = src[off + 2 * j];
        this.sizes[h] = odd; // src[0] stays when odd
        this.mergeIntoLevel(h + 1, promoted, half);
        this.retained -= half;
    }
    /** Merges sorted items into sorted level h, in place from the back (no allocation). */
    mergeIntoLevel(h, add, addLen) {
        const curLen = this.sizes[h];
        this.ensure(h, curLen + addLen);
        const out = this.items[h];
        let i = curLen - 1;
        let j = addLen - 1;
        let o = curLen + addLen - 1;
        while (j >= 0) {
            if (i >= 0 && out[i] > add[j])
                out[o--] = out[i--];
            else
                out[o--] = add[j--];
        }
        this.sizes[h] = curLen + addLen;
    }
    /** Folds another sketch in (DataSketches' merge: level by level, then general compression). */
    merge(other) {
        if (other.n === 0)
            return;
        if (other.k !== this.k)
            throw new Error(`cannot merge KLL sketches with different k (${this.k} and ${other.k})`);
        while (this.sizes.length < other.sizes.length)
            this.addLevel();
        for (let h = 0; h < other.sizes.length; h++) {
            const len = other.sizes[h];
            if (len === 0)
                continue;
            if (h === 0) {
                this.ensure(0, this.sizes[0] + len);
                this.items[0].set(other.items[0].subarray(0, len), this.sizes[0]);
                this.sizes[0] += len;
            }
            else {
                this.mergeIntoLevel(h, other.items[h], len);
            }
            this.retained += len;
        }
        this.n += other.n;
        this.compactions += other.compactions;
        if (other.min < this.min)
            this.min = other.min;
        if (other.max > this.max)
            this.max = other.max;
        this.generalCompress();
        this.sortedView = null;
    }
    generalCompress() {
        while (this.retained > this.totalCap) {
            for (let h = 0; h < this.sizes.length && this.retained > this.totalCap; h++) {
                if (this.sizes[h] >= this.caps[h])
                    this.compactLevel(h);
            }
        }
    }
    view() {
        if (this.sortedView)
            return this.sortedView;
        const total = this.retained;
        const pairs = new Float64Array(total);
        const weights = new Float64Array(total);
        let o = 0;
        for (let h = 0; h < this.sizes.length; h++) {
            const w = 2 ** h;
            const a = this.items[h];
            for (let i = 0; i < this.sizes[h]; i++) {
                pairs[o] = a[i];
                weights[o] = w;
                o++;
            }
        }
        const idx = Array.from({ length: total }, (_, i) => i);
        idx.sort((x, y) => pairs[x] - pairs[y]);
        const values = new Float64Array(total);
        const cum = new Float64Array(total);
        let c = 0;
        for (let i = 0; i < total; i++) {
            values[i] = pairs[idx[i]];
            c += weights[idx[i]];
            cum[i] = c;
        }
        this.sortedView = { values, cum };
        return this.sortedView;
    }
    /** Smallest retained item whose cumulative weight is ≥ p·n (null when empty). p ∈ [0, 1]. */
    quantile(p) {
        if (this.n === 0)
            return null;
        if (!(p >= 0 && p <= 1))
            throw new Error(`quantile probability must be in [0, 1], got ${p}`);
        if (p === 0)
            return this.min;
        if (p === 1)
            return this.max;
        const { values, cum } = this.view();
        const target = p * this.n;
        // Binary search for the first cum ≥ target.
        let lo = 0;
        let hi = values.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (cum[mid] >= target)
                hi = mid;
            else
                lo = mid + 1;
        }
        return values[lo];
    }
    /** Estimated weight of items ≤ x (inclusive) or < x, as a count (not normalized). */
    weightBelow(x, inclusive = true) {
        if (this.n === 0)
            return 0;
        const { values, cum } = this.view();
        let lo = 0;
        let hi = values.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (inclusive ? values[mid] <= x : values[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo === 0 ? 0 : cum[lo - 1];
    }
    /** Normalized rank (CDF): fraction of items ≤ x (or < x when not inclusive). */
    rank(x, inclusive = true) {
        return this.n === 0 ? NaN : this.weightBelow(x, inclusive) / this.n;
    }
    toState() {
        const levels = [];
        for (let h = 0; h < this.sizes.length; h++) {
            const lv = Array.from(this.items[h].subarray(0, this.sizes[h]));
            if (h === 0)
                lv.sort((a, b) => a - b); // canonical bytes: order of level 0 does not matter
            levels.push(lv);
        }
        return { k: this.k, n: this.n, min: this.n ? this.min : null, max: this.n ? this.max : null, levels };
    }
    static fromState(s) {
        const sk = new KllSketch(s.k);
        while (sk.sizes.length < Math.max(1, s.levels.length))
            sk.addLevel();
        let weight = 0;
        for (let h = 0; h < s.levels.length; h++) {
            const lv = Float64Array.from(s.levels[h]).sort();
            sk.items[h] = lv.length > 0 ? lv : new Float64Array(16);
            sk.sizes[h] = lv.length;
            sk.retained += lv.length;
            weight += lv.length * 2 ** h;
        }
        if (weight !== s.n)
            throw new Error(`KLL state is inconsistent: n = ${s.n} but levels weigh ${weight}`);
        sk.n = s.n;
        sk.compactions = s.levels.length <= 1 || s.n <= s.k ? 0 : 1;
        sk.min = s.min ?? Infinity;
        sk.max = s.max ?? -Infinity;
        return sk;
    }
}


/***/ }),

/***/ 24239:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ defaultNullTokens),
/* harmony export */   B1: () => (/* binding */ isDecimalLiteral),
/* harmony export */   Ro: () => (/* binding */ toNumber),
/* harmony export */   fE: () => (/* binding */ toText)
/* harmony export */ });
/* unused harmony exports DEFAULT_NULL_TOKENS, NullTokens, toInteger, toBoolean, daysFromCivil, parseIsoTimestamp, compileTimestampFormat, toTimestamp, isoTimestamp, formatTimestamp */
const DEFAULT_NULL_TOKENS = ['', 'NA', 'N/A', 'n/a', 'NULL', 'null', 'None', '<NA>', '#N/A'];
/**
 * A fast membership test for null tokens. It runs for every cell, and most cells are short codes
 * or numbers ("LAS", "33") as short as the tokens, so before the Set lookup (a string hash) a cell
 * is rejected by its length and first character: `first[len * 128 + c]` marks the ASCII first
 * characters of the tokens of each length, `wide[len]` whether one starts beyond ASCII.
 */
class NullTokens {
    set;
    maxLen;
    first;
    wide;
    constructor(tokens = DEFAULT_NULL_TOKENS) {
        this.set = new Set(tokens);
        this.maxLen = tokens.reduce((m, t) => Math.max(m, t.length), 0);
        this.first = new Uint8Array((this.maxLen + 1) * 128);
        this.wide = new Uint8Array(this.maxLen + 1);
        for (const t of tokens) {
            if (t.length === 0)
                continue;
            const c = t.charCodeAt(0);
            if (c < 128)
                this.first[t.length * 128 + c] = 1;
            else
                this.wide[t.length] = 1;
        }
    }
    isMissing(v) {
        if (v === null || v === undefined)
            return true;
        if (typeof v !== 'string')
            return false;
        const n = v.length;
        if (n > this.maxLen)
            return false;
        if (n > 0) {
            const c = v.charCodeAt(0);
            if (c < 128 ? this.first[n * 128 + c] === 0 : this.wide[n] === 0)
                return false;
        }
        return this.set.has(v);
    }
}
const defaultNullTokens = new NullTokens();
const C_0 = 48;
const C_9 = 57;
const C_PLUS = 43;
const C_MINUS = 45;
const C_DOT = 46;
const C_E = 101;
const C_UPPER_E = 69;
function isDigit(c) {
    return c >= C_0 && c <= C_9;
}
/** True when s is a plain decimal number literal (the grammar above, without NaN/inf words). */
function isDecimalLiteral(s) {
    const n = s.length;
    let i = 0;
    if (n === 0)
        return false;
    let c = s.charCodeAt(0);
    if (c === C_PLUS || c === C_MINUS) {
        i = 1;
        if (n === 1)
            return false;
    }
    let digits = 0;
    while (i < n && isDigit(s.charCodeAt(i))) {
        i++;
        digits++;
    }
    if (i < n && s.charCodeAt(i) === C_DOT) {
        i++;
        while (i < n && isDigit(s.charCodeAt(i))) {
            i++;
            digits++;
        }
    }
    if (digits === 0)
        return false;
    if (i < n) {
        c = s.charCodeAt(i);
        if (c !== C_E && c !== C_UPPER_E)
            return false;
        i++;
        if (i < n) {
            c = s.charCodeAt(i);
            if (c === C_PLUS || c === C_MINUS)
                i++;
        }
        let expDigits = 0;
        while (i < n && isDigit(s.charCodeAt(i))) {
            i++;
            expDigits++;
        }
        if (expDigits === 0 || i !== n)
            return false;
    }
    return true;
}
function parseNonFiniteWord(s) {
    if (s.length > 9)
        return undefined;
    switch (s.toLowerCase()) {
        case 'nan':
        case '+nan':
        case '-nan':
            return NaN;
        case 'inf':
        case '+inf':
        case 'infinity':
        case '+infinity':
            return Infinity;
        case '-inf':
        case '-infinity':
            return -Infinity;
        default:
            return undefined;
    }
}
/** A cell as a number, or undefined when it is not one. Missing cells must be filtered first. */
function toNumber(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string') {
        if (isDecimalLiteral(v))
            return +v;
        return parseNonFiniteWord(v);
    }
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'boolean')
        return undefined;
    return undefined;
}
/** A cell as an integer (safe range), or undefined. */
function toInteger(v) {
    if (typeof v === 'bigint') {
        if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(-Number.MAX_SAFE_INTEGER))
            return undefined;
        return Number(v);
    }
    const n = toNumber(v);
    if (n === undefined || !Number.isInteger(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER)
        return undefined;
    return n;
}
const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0']);
function toBoolean(v) {
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'number' || typeof v === 'bigint') {
        if (v == 1)
            return true;
        if (v == 0)
            return false;
        return undefined;
    }
    if (typeof v === 'string' && v.length <= 5) {
        const w = v.toLowerCase();
        if (TRUE_WORDS.has(w))
            return true;
        if (FALSE_WORDS.has(w))
            return false;
    }
    return undefined;
}
function digitsAt(s, i, count) {
    let n = 0;
    for (let k = 0; k < count; k++) {
        const c = s.charCodeAt(i + k);
        if (!isDigit(c))
            return -1;
        n = n * 10 + (c - C_0);
    }
    return n;
}
const DAYS_IN_MONTH = (/* unused pure expression or super */ null && ([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]));
const MS_PER_DAY = 86_400_000;
/**
 * Days from 1970-01-01 to a proleptic Gregorian date (month 1-12), any year, in integer arithmetic
 * (H. Hinnant's days_from_civil): Date.UTC is a slow builtin call, and maps years 0-99 to 1900-1999.
 */
function daysFromCivil(y, m, d) {
    if (m <= 2)
        y -= 1;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146_097 + doe - 719_468;
}
/**
 * Epoch ms of a validated date and time (month 1-12; second may be 60, which rolls over like
 * Date.UTC). Years 0-99 are those years, not 1900-1999.
 */
function utcMs(y, m, d, h = 0, mi = 0, sec = 0, ms = 0) {
    return daysFromCivil(y, m, d) * MS_PER_DAY + ((h * 60 + mi) * 60 + sec) * 1000 + ms;
}
function validDate(y, m, d) {
    if (m < 1 || m > 12 || d < 1)
        return false;
    if (d > DAYS_IN_MONTH[m - 1])
        return false;
    if (m === 2 && d === 29)
        return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return true;
}
/**
 * Parses ISO 8601 text to epoch ms. `dateOnly` requires exactly YYYY-MM-DD; otherwise a time part
 * is optional. Returns undefined for anything else (including impossible dates like 2023-02-30).
 */
function parseIsoTimestamp(s, dateOnly = false) {
    const n = s.length;
    if (n < 10 || s.charCodeAt(4) !== C_MINUS || s.charCodeAt(7) !== C_MINUS)
        return undefined;
    const y = digitsAt(s, 0, 4);
    const mo = digitsAt(s, 5, 2);
    const d = digitsAt(s, 8, 2);
    if (y < 0 || mo < 0 || d < 0 || !validDate(y, mo, d))
        return undefined;
    if (n === 10)
        return utcMs(y, mo, d);
    if (dateOnly)
        return undefined;
    const sep = s.charCodeAt(10);
    if (sep !== 84 /* T */ && sep !== 32 /* space */)
        return undefined;
    if (n < 16 || s.charCodeAt(13) !== 58 /* : */)
        return undefined;
    const h = digitsAt(s, 11, 2);
    const mi = digitsAt(s, 14, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59)
        return undefined;
    let i = 16;
    let sec = 0;
    let ms = 0;
    if (i < n && s.charCodeAt(i) === 58) {
        sec = digitsAt(s, i + 1, 2);
        if (sec < 0 || sec > 60)
            return undefined;
        i += 3;
        if (i < n && (s.charCodeAt(i) === C_DOT || s.charCodeAt(i) === 44 /* , */)) {
            i++;
            let scale = 100;
            const start = i;
            while (i < n && isDigit(s.charCodeAt(i))) {
                ms += (s.charCodeAt(i) - C_0) * scale;
                scale /= 10;
                i++;
            }
            if (i === start)
                return undefined;
        }
    }
    let offsetMin = 0;
    if (i < n) {
        const c = s.charCodeAt(i);
        if ((c === 90 /* Z */ || c === 122) && i === n - 1) {
            i++;
        }
        else if (c === C_PLUS || c === C_MINUS) {
            const oh = digitsAt(s, i + 1, 2);
            if (oh < 0 || oh > 23)
                return undefined;
            let j = i + 3;
            let om = 0;
            if (j < n && s.charCodeAt(j) === 58)
                j++;
            if (j < n) {
                om = digitsAt(s, j, 2);
                if (om < 0 || om > 59)
                    return undefined;
                j += 2;
            }
            if (j !== n)
                return undefined;
            offsetMin = (c === C_MINUS ? -1 : 1) * (oh * 60 + om);
            i = n;
        }
        else {
            return undefined;
        }
    }
    if (i !== n)
        return undefined;
    return utcMs(y, mo, d, h, mi, sec, Math.floor(ms)) - offsetMin * 60_000;
}
function compileTimestampFormat(format) {
    const parts = [];
    for (let i = 0; i < format.length; i++) {
        const ch = format[i];
        if (ch !== '%') {
            const last = parts[parts.length - 1];
            if (last && last.kind === 'lit')
                last.text += ch;
            else
                parts.push({ kind: 'lit', text: ch });
            continue;
        }
        const spec = format[++i];
        switch (spec) {
            case 'Y':
                parts.push({ kind: 'num', field: 'Y', width: 4 });
                break;
            case 'm':
            case 'd':
            case 'H':
            case 'M':
            case 'S':
                parts.push({ kind: 'num', field: spec, width: 2 });
                break;
            case 'f':
                parts.push({ kind: 'f' });
                break;
            case 'z':
                parts.push({ kind: 'z' });
                break;
            case '%':
                parts.push({ kind: 'lit', text: '%' });
                break;
            default:
                throw new Error(`unsupported directive %${spec ?? ''} in timestamp format "${format}" (use %Y %m %d %H %M %S %f %z %%)`);
        }
    }
    return (s) => {
        const f = { Y: 1970, m: 1, d: 1, H: 0, M: 0, S: 0 };
        let ms = 0;
        let offsetMin = 0;
        let i = 0;
        for (const p of parts) {
            if (p.kind === 'lit') {
                if (!s.startsWith(p.text, i))
                    return undefined;
                i += p.text.length;
            }
            else if (p.kind === 'num') {
                // Accept 1..width digits for non-year fields ("3/7/2024"), exactly 4 for the year.
                let v = 0;
                let k = 0;
                while (k < p.width && i < s.length && isDigit(s.charCodeAt(i))) {
                    v = v * 10 + (s.charCodeAt(i) - C_0);
                    i++;
                    k++;
                }
                if (k === 0 || (p.field === 'Y' && k !== 4))
                    return undefined;
                f[p.field] = v;
            }
            else if (p.kind === 'f') {
                let scale = 100;
                const start = i;
                while (i < s.length && isDigit(s.charCodeAt(i))) {
                    ms += (s.charCodeAt(i) - C_0) * scale;
                    scale /= 10;
                    i++;
                }
                if (i === start)
                    return undefined;
            }
            else {
                const c = s.charCodeAt(i);
                if (c === 90) {
                    i++;
                }
                else if (c === C_PLUS || c === C_MINUS) {
                    const oh = digitsAt(s, i + 1, 2);
                    if (oh < 0)
                        return undefined;
                    i += 3;
                    if (s.charCodeAt(i) === 58)
                        i++;
                    const om = digitsAt(s, i, 2);
                    if (om < 0)
                        return undefined;
                    i += 2;
                    offsetMin = (c === C_MINUS ? -1 : 1) * (oh * 60 + om);
                }
                else
                    return undefined;
            }
        }
        if (i !== s.length)
            return undefined;
        if (!validDate(f.Y, f.m, f.d) || f.H > 23 || f.M > 59 || f.S > 60)
            return undefined;
        return utcMs(f.Y, f.m, f.d, f.H, f.M, f.S, Math.floor(ms)) - offsetMin * 60_000;
    };
}
/** A cell as epoch ms for a date/timestamp column, or undefined. */
function toTimestamp(v, pattern, dateOnly = false) {
    if (v instanceof Date) {
        const t = v.getTime();
        return Number.isNaN(t) ? undefined : t;
    }
    if (typeof v === 'string')
        return pattern ? pattern(v) : parseIsoTimestamp(v, dateOnly);
    return undefined;
}
/** The text form of a cell, used for strings, categories, patterns, lengths and distinct counts. */
function toText(v) {
    if (typeof v === 'string')
        return v;
    if (v instanceof Date) {
        const t = v.getTime();
        return t === t ? isoTimestamp(t) : v.toISOString();
    }
    return String(v);
}
/** Years 1970 to 9999: where toISOString writes a plain `YYYY-MM-DDTHH:MM:SS.sssZ`. */
const ISO_FAST_END = 253_402_300_800_000;
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
let isoDay = NaN;
let isoDayPrefix = '';
/**
 * `new Date(ms).toISOString()`, for a finite ms. Why not just that: a Parquet timestamp column
 * profiles ~4,700 distinct values per batch of flights-3m, and toISOString took 130 ms of a 2 s
 * `mlops validate`. Values come in runs of the same day, so the date part is made once per day and
 * the time of day from digit tables.
 */
function isoTimestamp(ms) {
    if (!(ms >= 0 && ms < ISO_FAST_END))
        return new Date(ms).toISOString();
    const day = Math.floor(ms / MS_PER_DAY);
    if (day !== isoDay) {
        isoDay = day;
        isoDayPrefix = new Date(day * MS_PER_DAY).toISOString().slice(0, 11);
    }
    let rest = ms - day * MS_PER_DAY;
    const h = Math.floor(rest / 3_600_000);
    rest -= h * 3_600_000;
    const m = Math.floor(rest / 60_000);
    rest -= m * 60_000;
    const s = Math.floor(rest / 1000);
    const frac = Math.floor(rest - s * 1000);
    return `${isoDayPrefix}${TWO_DIGITS[h]}:${TWO_DIGITS[m]}:${TWO_DIGITS[s]}.${THREE_DIGITS[frac]}Z`;
}
/** Format epoch ms for reports: a date when the column is a date, else full ISO 8601. */
function formatTimestamp(ms, type) {
    const iso = new Date(ms).toISOString();
    return type === 'date' ? iso.slice(0, 10) : iso;
}


/***/ }),

/***/ 69680:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pr: () => (/* binding */ PROFILE_ASSET),
/* harmony export */   VI: () => (/* binding */ RUN_ASSET),
/* harmony export */   a2: () => (/* binding */ modelManifestSchema),
/* harmony export */   ek: () => (/* binding */ MODEL_MANIFEST_SCHEMA),
/* harmony export */   g7: () => (/* binding */ EVALUATION_EXAMPLES_ASSET),
/* harmony export */   ny: () => (/* binding */ MANIFEST_ASSET),
/* harmony export */   tW: () => (/* binding */ PROVENANCE_ASSET)
/* harmony export */ });
/* unused harmony exports ARCHIVE_ASSET, MODEL_CARD_ASSET, EVALUATION_ASSET, COMPARISON_ASSET, fileEntrySchema, lineageSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72213);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62881);
/* harmony import */ var _evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59729);
/**
 * `mlops-actions/model@1`: what a published model version is. Written by publish as the asset
 * `manifest.json` next to the archive; read by promote (to verify every asset before an alias
 * moves) and by drift-check (the training data profile is its reference). Documented in
 * docs/registry.md ("The manifest").
 *
 * `content_digest` is what immutability compares: a SHA-256 over the archive's files (paths, sizes,
 * digests), the evaluation, the profile and the params, but not lineage, times or the model card,
 * so re-running the same publish in another workflow run is recognized as the same release.
 */



const MODEL_MANIFEST_SCHEMA = 'mlops-actions/model@1';
const MANIFEST_ASSET = 'manifest.json';
const ARCHIVE_ASSET = 'model.tar.gz';
const MODEL_CARD_ASSET = 'model-card.md';
const EVALUATION_ASSET = 'evaluation.json';
/** The evaluation's per-example file, when it has one: compare's paired tests against this version. */
const EVALUATION_EXAMPLES_ASSET = 'evaluation.examples.jsonl.gz';
const PROFILE_ASSET = 'profile.json';
const RUN_ASSET = 'run.json';
const COMPARISON_ASSET = 'comparison.json';
/**
 * The release's build provenance, when publish attested it (GitHub, attest: true): the Sigstore
 * bundle @actions/attest returned, uploaded after the release was created. Not among the manifest's
 * `assets`: the bundle signs manifest.json's digest, so the manifest cannot list the bundle's. Its
 * own signature is its integrity check (promote verifies it; docs/registry.md, "Provenance").
 */
const PROVENANCE_ASSET = 'provenance.sigstore.json';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const sha256 = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
    const fileEntrySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** For archive files: the path inside the archive; for assets: the asset name. */
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        sha256,
    });
    const lineageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** Where these values came from: the GitHub Actions environment, local git, or nothing known. */
        source: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['github', 'git', 'none']),
        /** owner/name on GitHub; locally the `origin` remote URL (credentials removed), or null. */
        repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        workflow: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        run_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        run_attempt: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().nullable(),
        /** Link to the workflow run, when on GitHub. */
        run_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        actor: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        /** The event that started the run (`push`, `workflow_dispatch`, ...), or `local`. */
        trigger: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    });
    const modelManifestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(MODEL_MANIFEST_SCHEMA),
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** model/<name>/v<version> (shared/registry/tag.ts). */
        tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        content_digest: sha256,
        created_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** The model archive and every file in it, sorted by path. */
        archive: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            sha256,
            files: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fileEntrySchema),
            /**
             * Set when publish also pushed the archive to an OCI registry (`--oci`): where. Absent in
             * manifests published without it, so older manifests read unchanged. When the archive is not
             * among `assets`, the registry is its only copy (over 2 GiB); the OCI manifest's digest is in
             * the release's oci-artifact.json (shared/formats/oci-artifact-format.ts), not here.
             */
            oci: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }).optional(),
        }),
        /** Every stored asset of the version except manifest.json itself (which cannot hold its own digest). */
        assets: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fileEntrySchema),
        lineage: lineageSchema,
        /** From the train run record (mlops-actions/run@1), when one was given. */
        training: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ asset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, params: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()), seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(), cache_key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(), commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable() })
            .nullable(),
        evaluation: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            asset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            sha256,
            task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']).nullable(),
            rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().nullable(),
            dataset_sha256: sha256.nullable(),
            metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), _evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .metricValueSchema */ .tm),
            omitted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(_evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .omittedMetricSchema */ .I8),
        }),
        /** The compare step's verdict on this model, when a comparison was given. */
        comparison: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ asset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'fail', 'report-only']), failures: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), baseline_dataset_sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable() })
            .nullable(),
        /** The training data's profile (mlops-actions/profile@1): drift-check's reference. */
        data: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ profile: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()) })
            .nullable(),
    });
    return { fileEntrySchema, lineageSchema, modelManifestSchema };
});
const fileEntrySchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().fileEntrySchema);
const lineageSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().lineageSchema);
const modelManifestSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().modelManifestSchema);


/***/ }),

/***/ 6263:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ow: () => (/* reexport */ PROFILE_SCHEMA),
  Fk: () => (/* binding */ profileSchema)
});

// UNUSED EXPORTS: COLUMN_TYPES, columnProfileSchema, frequentStateSchema, hllStateSchema, kllStateSchema, momentsStateSchema

// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(72213);
// EXTERNAL MODULE: ../../../../shared/runtime/lazy-schema.ts
var lazy_schema = __webpack_require__(62881);
;// CONCATENATED MODULE: ../../../../shared/formats/column-types.ts
/**
 * The column types of a profile and a data contract, and the profile's schema name: what code
 * that builds a profile needs from `mlops-actions/profile@1` at run time, without its zod schema
 * (profile-format.ts, which re-exports these).
 *
 * Why apart: the validate-data shard worker profiles and checks rows but never parses a profile,
 * so it loads these constants and not zod (~350 KB of its bundle; issue 18).
 */
const PROFILE_SCHEMA = 'mlops-actions/profile@1';
const COLUMN_TYPES = ['integer', 'number', 'string', 'boolean', 'category', 'date', 'timestamp'];

;// CONCATENATED MODULE: ../../../../shared/formats/profile-format.ts
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
const profile_format_schemas = (0,lazy_schema/* once */.Oo)(() => {
    const columnType = schemas/* enum */.k5n(COLUMN_TYPES);
    /** Serialized KLL quantile sketch (see shared/data/sketch/kll.ts): compactors level by level. */
    const kllStateSchema = schemas/* object */.Ikc({
        k: schemas/* number */.aig().int().positive(),
        n: schemas/* number */.aig().int().nonnegative(),
        min: schemas/* number */.aig().nullable(),
        max: schemas/* number */.aig().nullable(),
        levels: schemas/* array */.YOg(schemas/* array */.YOg(schemas/* number */.aig())),
    });
    /**
     * Serialized HyperLogLog (see shared/data/sketch/hll.ts): precision and either base64 registers
     * (dense) or `sparse`, base64 of 4-byte entries (index << 8 | value) of the non-zero registers.
     */
    const hllStateSchema = schemas/* object */.Ikc({
        p: schemas/* number */.aig().int().min(4).max(18),
        registers: schemas/* string */.YjP().optional(),
        sparse: schemas/* string */.YjP().optional(),
    })
        .refine((h) => (h.registers === undefined) !== (h.sparse === undefined), { message: 'an HLL state has either registers or sparse, not both or neither' });
    /** Serialized frequent-items sketch (Misra-Gries with a fixed capacity). */
    const frequentStateSchema = schemas/* object */.Ikc({
        capacity: schemas/* number */.aig().int().positive(),
        /** Total weight subtracted by decrements: each count is exact within [count, count + offset]. */
        offset: schemas/* number */.aig().nonnegative(),
        items: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* string */.YjP(), schemas/* number */.aig().nonnegative()])),
    });
    /** Moments for exact merge: n, exact sum as Shewchuk partials (order independent), and M2 (Chan et al.). */
    const momentsStateSchema = schemas/* object */.Ikc({
        n: schemas/* number */.aig().int().nonnegative(),
        sum_partials: schemas/* array */.YOg(schemas/* number */.aig()),
        mean: schemas/* number */.aig(),
        m2: schemas/* number */.aig(),
    });
    const columnProfileSchema = schemas/* object */.Ikc({
        /** The column's type: from the contract when there is one, else the dominant type observed. */
        type: columnType,
        /** Non-missing values. */
        count: schemas/* number */.aig().int().nonnegative(),
        /** Missing values (null, absent, or a null token). */
        nulls: schemas/* number */.aig().int().nonnegative(),
        /** NaN values (counted in `count`, excluded from numeric statistics). */
        nan: schemas/* number */.aig().int().nonnegative(),
        /** +/-Infinity values (counted in `count`, excluded from numeric statistics). */
        inf: schemas/* number */.aig().int().nonnegative(),
        /** Non-missing values by the narrowest type each parses as (integer < number; date < timestamp; boolean; string). */
        type_counts: schemas/* object */.Ikc({
            integer: schemas/* number */.aig().int().nonnegative(),
            number: schemas/* number */.aig().int().nonnegative(),
            boolean: schemas/* number */.aig().int().nonnegative(),
            date: schemas/* number */.aig().int().nonnegative(),
            timestamp: schemas/* number */.aig().int().nonnegative(),
            string: schemas/* number */.aig().int().nonnegative(),
        }),
        /** Numeric columns: numbers; date/timestamp columns: ISO 8601 text; string columns: lexicographic. */
        min: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).nullable(),
        max: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).nullable(),
        /** Numeric, date and timestamp columns (dates as epoch ms): arithmetic mean and sample std (ddof=1, as pandas). */
        mean: schemas/* number */.aig().nullable(),
        std: schemas/* number */.aig().nullable(),
        /** Quantile estimates keyed by probability ("0.5"), from the KLL sketch; null when not numeric. */
        quantiles: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()).nullable(),
        /** Distinct non-missing values: HyperLogLog estimate, exact while the column has few values. */
        distinct: schemas/* object */.Ikc({ estimate: schemas/* number */.aig().nonnegative(), exact: schemas/* boolean */.zMY() }),
        /** Top 20 values with counts (exact when `frequent_exact`). */
        frequent: schemas/* array */.YOg(schemas/* object */.Ikc({ value: schemas/* string */.YjP(), count: schemas/* number */.aig().nonnegative() })),
        frequent_exact: schemas/* boolean */.zMY(),
        /** Numeric/date columns: equal-width bins over [min, max]; counts estimated from the KLL sketch. */
        histogram: schemas/* object */.Ikc({ edges: schemas/* array */.YOg(schemas/* number */.aig()), counts: schemas/* array */.YOg(schemas/* number */.aig()) }).nullable(),
        /** Text length of non-missing values (characters). */
        length: schemas/* object */.Ikc({ min: schemas/* number */.aig(), max: schemas/* number */.aig(), mean: schemas/* number */.aig() }).nullable(),
        sketches: schemas/* object */.Ikc({
            moments: momentsStateSchema,
            kll: kllStateSchema,
            hll: hllStateSchema,
            frequent: frequentStateSchema,
            /** Exact text-length stats and lexicographic min/max, kept for merge. */
            text: schemas/* object */.Ikc({ min_len: schemas/* number */.aig().nullable(), max_len: schemas/* number */.aig().nullable(), sum_len: schemas/* number */.aig(), min: schemas/* string */.YjP().nullable(), max: schemas/* string */.YjP().nullable() }),
        }),
    });
    const profileSchema = schemas/* object */.Ikc({
        schema: schemas/* literal */.euz(PROFILE_SCHEMA),
        /** Files profiled (several after a merge), as given by the user. */
        sources: schemas/* array */.YOg(schemas/* object */.Ikc({ file: schemas/* string */.YjP(), format: schemas/* string */.YjP(), rows: schemas/* number */.aig().int().nonnegative() })),
        rows: schemas/* number */.aig().int().nonnegative(),
        /** Column names in file order. */
        column_order: schemas/* array */.YOg(schemas/* string */.YjP()),
        columns: schemas/* record */.g1P(schemas/* string */.YjP(), columnProfileSchema),
    });
    return { kllStateSchema, hllStateSchema, frequentStateSchema, momentsStateSchema, columnProfileSchema, profileSchema };
});
const kllStateSchema = (0,lazy_schema/* lazySchema */.ID)(() => profile_format_schemas().kllStateSchema);
const hllStateSchema = (0,lazy_schema/* lazySchema */.ID)(() => profile_format_schemas().hllStateSchema);
const frequentStateSchema = (0,lazy_schema/* lazySchema */.ID)(() => profile_format_schemas().frequentStateSchema);
const momentsStateSchema = (0,lazy_schema/* lazySchema */.ID)(() => profile_format_schemas().momentsStateSchema);
const columnProfileSchema = (0,lazy_schema/* lazySchema */.ID)(() => profile_format_schemas().columnProfileSchema);
const profileSchema = (0,lazy_schema/* lazySchema */.ID)(() => profile_format_schemas().profileSchema);


/***/ }),

/***/ 4050:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WA: () => (/* binding */ MAX_REPORT_BYTES),
/* harmony export */   id: () => (/* binding */ assertReportWithinLimits),
/* harmony export */   tM: () => (/* binding */ MAX_EXAMPLES_BYTES)
/* harmony export */ });
/* unused harmony exports MAX_METRICS, MAX_SLICES, MAX_EXAMPLE_ROWS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49980);
/**
 * Evaluation reports as untrusted input. In the fork-safe workflow pair the head report comes from
 * an artifact a fork's PR wrote, and it is read by a job that holds a write token. So before
 * compare parses a report it checks, cheaply and first:
 * - the file is at most MAX_REPORT_BYTES (a JSON bomb of 1 GB never reaches JSON.parse);
 * - at most MAX_METRICS metrics per report or slice and MAX_SLICES slices (bounded CPU and
 *   comment rendering);
 * - the per-example file it names stays inside the report's own folder (no `../../etc/passwd`)
 *   and is at most MAX_EXAMPLES_BYTES, with at most MAX_EXAMPLE_ROWS rows.
 * The schema itself is checked with zod by readEvaluationReport. Nothing in a report is ever
 * executed or interpolated into a shell: it is data, rendered through markdown-escape.
 */



const MAX_REPORT_BYTES = 10 * 1024 * 1024;
const MAX_METRICS = 500;
const MAX_SLICES = 20_000;
const MAX_EXAMPLES_BYTES = 64 * 1024 * 1024;
const MAX_EXAMPLE_ROWS = 5_000_000;
const mib = (n) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
async function sizeOf(file, what) {
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        if (!s.isFile())
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what} is not a regular file`, { location: { file } });
        return s.size;
    }
    catch (e) {
        if (e instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw e;
        const code = e.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(code === 'ENOENT' ? `${what} not found` : `cannot read the ${what}: ${e.message}`, { location: { file }, cause: e });
    }
}
/**
 * Throws InputError when an evaluation report file is larger or bigger in shape than compare
 * accepts. Call before readEvaluationReport/compareFiles; it does not check the schema.
 */
async function assertReportWithinLimits(file) {
    const size = await sizeOf(file, 'evaluation report');
    if (size > MAX_REPORT_BYTES) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`evaluation report is ${mib(size)}; compare accepts at most ${mib(MAX_REPORT_BYTES)}`, {
            location: { file },
            hint: 'an evaluation report is metrics and slices, not data: check what was uploaded',
        });
    }
    let json;
    try {
        json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (e) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`not JSON: ${e.message}`, { location: { file }, hint: (o) => `point at the report evaluate wrote (${o.option('out')})` });
    }
    if (json === null || typeof json !== 'object')
        return; // the schema check names the problem
    const count = (x) => (x && typeof x === 'object' ? Object.keys(x).length : 0);
    const tooMany = (n, max, what) => {
        if (n > max)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what}: ${n.toLocaleString('en-US')}; compare accepts at most ${max.toLocaleString('en-US')}`, { location: { file } });
    };
    tooMany(count(json.metrics), MAX_METRICS, 'too many metrics');
    const slices = Array.isArray(json.slices) ? json.slices : [];
    const skipped = Array.isArray(json.skipped_slices) ? json.skipped_slices : [];
    tooMany(slices.length + skipped.length, MAX_SLICES, 'too many slices');
    for (const s of slices)
        tooMany(count(s?.metrics), MAX_METRICS, 'too many metrics in a slice');
    const ex = json.examples;
    if (ex && typeof ex === 'object' && typeof ex.file === 'string') {
        const rel = ex.file;
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file));
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(folder, rel);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)(rel).split(/[\\/]/).includes('..') || !target.startsWith(folder + node_path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`examples.file ${JSON.stringify(rel)} points outside the report's folder`, {
                location: { file },
                hint: 'the per-example file must sit next to the report (evaluate writes it there)',
            });
        }
        if (typeof ex.rows === 'number')
            tooMany(ex.rows, MAX_EXAMPLE_ROWS, 'too many per-example rows');
        let exSize;
        try {
            exSize = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).size;
        }
        catch {
            exSize = undefined; // a missing per-example file is compare's to report (it then skips paired tests)
        }
        if (exSize !== undefined && exSize > MAX_EXAMPLES_BYTES) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`per-example file is ${mib(exSize)}; compare accepts at most ${mib(MAX_EXAMPLES_BYTES)}`, { location: { file: target } });
        }
    }
}


/***/ }),

/***/ 76048:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ RUN_SCHEMA),
/* harmony export */   _A: () => (/* binding */ runRecordSchema),
/* harmony export */   vL: () => (/* binding */ describeCommand)
/* harmony export */ });
/* unused harmony exports fileDigestSchema, runCommandSchema, environmentSchema, originalRunSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72213);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62881);
/**
 * `mlops-actions/run@1`: what one `train` step did. Written by `train` (`run-out`), read by the
 * steps after it (evaluate, publish-model's lineage). Defined once here (zod), documented in
 * docs/train.md ("The run record").
 *
 * A record is written for every run that got as far as starting the command (or restoring it from
 * the run cache): `status: "failed"` records say why, so a workflow can upload them with
 * `if: always()`. On a cache hit the command did not run: `exit_code` is null and `original` holds
 * the record of the run whose outputs were restored.
 */


const RUN_SCHEMA = 'mlops-actions/run@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const fileDigestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** Workspace-relative, forward slashes. */
        path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
        bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    });
    const runCommandSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** What was spawned (no shell in between unless `shell` is set): for a shell, `[shell, ...flags, script]`. */
        argv: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).min(1),
        /** The shell named by the user (`bash`, `sh`, `pwsh`), or null for an argument list. */
        shell: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The script given to the shell, or null. */
        script: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        platform: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        arch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** `node --version` of the node on PATH (what the command would run), or null. */
        node: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** `python3 --version` (e.g. "3.12.3"), or null when there is no python3 on PATH. */
        python: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The runner image (`ImageOS`, e.g. "ubuntu24"), or null off a hosted runner. */
        image: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** Lockfiles found at the top of the working directory, with their digests. */
        lockfiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileDigestSchema),
    });
    const runFields = {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RUN_SCHEMA),
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['succeeded', 'failed']),
        /** hit: outputs restored, command skipped; miss: the command ran (and was cached if it succeeded); off: no cache. */
        cache: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['hit', 'miss', 'off']),
        cache_key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        command: runCommandSchema,
        params: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()),
        seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        declared: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ inputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), outputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }),
        inputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileDigestSchema),
        outputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileDigestSchema),
        environment: environmentSchema,
        git: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() }),
        started_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        ended_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        duration_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        /** The command's exit code; null when it did not run (cache hit) or was killed by a signal. */
        exit_code: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nullable(),
        signal: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** Workspace-relative path of the log (stdout and stderr interleaved as they arrived). */
        log: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** Why a failed run failed, in one line. */
        error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /**
         * Only when the run was asked to check determinism (`check-determinism`): the command ran twice
         * from the same state (the first run's outputs moved aside), and whether every declared output
         * came out byte-identical. `differing` lists the paths that did not (or that only one run wrote).
         */
        determinism: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ runs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(), identical: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), differing: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) })
            .optional(),
    };
    /** The record of the run a cache hit restored (one level deep: its own `original` is dropped). */
    const originalRunSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc(runFields);
    const runRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ ...runFields, original: originalRunSchema.optional() });
    return { fileDigestSchema, runCommandSchema, environmentSchema, originalRunSchema, runRecordSchema };
});
const fileDigestSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().fileDigestSchema);
const runCommandSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().runCommandSchema);
const environmentSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().environmentSchema);
const originalRunSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().originalRunSchema);
const runRecordSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().runRecordSchema);
/** The command as a person would type it (for messages), quoting arguments that need it. */
function describeCommand(command) {
    if (command.shell !== null)
        return `${command.shell}: ${command.script}`;
    return command.argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}


/***/ }),

/***/ 28317:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ fetchManifest),
/* harmony export */   X: () => (/* binding */ readJsonAs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49980);
/* harmony import */ var _runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40322);
/* harmony import */ var _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69680);
/**
 * Reading what a published version stores: the manifest, JSON documents checked against their
 * schema. Shared by publish, promote, compare's production baseline and drift-check's
 * registry reference.
 *
 * Why its own module: these lived in publish.ts, so every step that reads a release (drift-check,
 * promote-model, compare, rank-candidates) bundled the whole publish path with them (the archive
 * writer and tar, the model card, the run and comparison formats) and built its schemas at each
 * start.
 */





/** A JSON file parsed and checked against `schema`; InputError naming the file, the field and `hint` otherwise. */
async function readJsonAs(file, schema, name, hint) {
    let json;
    try {
        json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (e) {
        const code = e.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(code === 'ENOENT' ? `${name} not found` : `cannot read the ${name}: ${e.message}`, { location: { file }, hint, cause: e });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`not a valid ${name}: ${i.path.join('.') || '(top level)'}: ${i.message}`, { location: { file }, hint });
    }
    return parsed.data;
}
/** Downloads a version's manifest into workDir and parses it; its SHA-256 is what promotions verify. */
async function fetchManifest(releases, ref, workDir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workDir, `${ref.version}.${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny}`);
    await releases.download(ref, _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny, path);
    const { sha256 } = await (0,_runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q)(path);
    const manifest = await readJsonAs(path, _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .modelManifestSchema */ .a2, `${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MODEL_MANIFEST_SCHEMA */ .ek} manifest of ${ref.tag}`, 'the stored manifest is damaged');
    return { manifest, sha256, path };
}


/***/ }),

/***/ 40322:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
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


/***/ })

};
