export const id = 3049;
export const ids = [3049,956];
export const modules = {

/***/ 812:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ ColumnDictionary)
/* harmony export */ });
/* harmony import */ var _sketch_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3308);
/* harmony import */ var _sketch_short_ascii_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3390);


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
        const packed = (0,_sketch_short_ascii_js__WEBPACK_IMPORTED_MODULE_1__/* .packShortAscii */ .V)(s);
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
        let i = (this.integers ? intHash32(x) : (0,_sketch_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .numberHash32 */ .Vg)(x)) & mask;
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
        const h = (0,_sketch_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .stringHash32 */ .h_)(s);
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

/***/ 3308:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CL: () => (/* binding */ hashNumber64),
/* harmony export */   Sv: () => (/* binding */ hashString64),
/* harmony export */   VB: () => (/* binding */ hashOut),
/* harmony export */   Vg: () => (/* binding */ numberHash32),
/* harmony export */   h_: () => (/* binding */ stringHash32)
/* harmony export */ });
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

/***/ 3390:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ packShortAscii),
/* harmony export */   y: () => (/* binding */ unpackShortAscii)
/* harmony export */ });
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


/***/ }),

/***/ 9044:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorExitCode: () => (/* binding */ doctorExitCode),
  readWorkflows: () => (/* binding */ readWorkflows),
  renderDoctorText: () => (/* binding */ renderDoctorText),
  runDoctor: () => (/* binding */ runDoctor)
});

// UNUSED EXPORTS: DOCTOR_SCHEMA, WORKFLOWS_DIR

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/config/mlops-config.ts + 2 modules
var mlops_config = __webpack_require__(7855);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/runtime/package-root.ts
var package_root = __webpack_require__(1692);
;// CONCATENATED MODULE: ../../../../shared/doctor/check.ts
const check = (area, status, message, extra = {}) => ({
    area,
    status,
    message,
    ...extra,
});

// EXTERNAL MODULE: ../../../../shared/doctor/own-calls.ts + 1 modules
var own_calls = __webpack_require__(3744);
// EXTERNAL MODULE: ../../../../shared/doctor/workflow.ts
var workflow = __webpack_require__(1797);
;// CONCATENATED MODULE: ../../../../shared/doctor/own-uses.ts


function ownUsesOf(source, own) {
    const uses = [];
    const wf = source.workflow;
    for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
        if (!job || typeof job !== 'object')
            continue;
        for (const [n, step] of (Array.isArray(job.steps) ? job.steps : []).entries()) {
            const t = (0,own_calls/* ownTargetOf */.tb)(step?.uses, own);
            if (!t?.step)
                continue;
            const meta = own.action(t.step);
            if (!meta)
                continue;
            const given = step.with && typeof step.with === 'object' ? step.with : {};
            uses.push({ source, jobId, job, step, target: t.target, steps: [t.step], given, args: (0,own_calls/* callArgsOf */.N_)(given, meta.inputs), path: ['jobs', jobId, 'steps', n] });
        }
        const t = (0,own_calls/* ownTargetOf */.tb)(job.uses, own);
        if (t && !t.step) {
            const called = own.workflow(t.target);
            const call = (0,workflow/* workflowCallOf */.H$)(called);
            if (!called || !call)
                continue;
            const steps = new Set();
            for (const calledJob of Object.values(called.jobs ?? {}))
                for (const s of calledJob.steps ?? []) {
                    const inner = (0,own_calls/* ownTargetOf */.tb)(s.uses, own);
                    if (inner?.step)
                        steps.add(inner.step);
                }
            const given = job.with && typeof job.with === 'object' ? job.with : {};
            uses.push({ source, jobId, job, target: t.target, steps: [...steps], given, args: (0,own_calls/* callArgsOf */.N_)(given, call.inputs, job.secrets), path: ['jobs', jobId] });
        }
    }
    return uses;
}
/**
 * The values an input may take: a literal; a matrix axis (`${{ matrix.X }}`, with include:); a
 * workflow_dispatch input (`${{ inputs.X }}`, `${{ github.event.inputs.X }}`): a choice's options,
 * else its default. Undefined when an expression decides in any other way.
 */
function possibleValues(v, job, wf, jobId) {
    if (v === undefined || v === null)
        return undefined;
    if (!(0,workflow/* isExpression */.BH)(v))
        return typeof v === 'object' ? undefined : { values: [String(v)], from: 'literal', open: false };
    const expr = /^\s*\$\{\{\s*([\w.-]+)\s*\}\}\s*$/.exec(String(v))?.[1];
    if (!expr)
        return undefined;
    const matrixKey = /^matrix\.([\w-]+)$/.exec(expr)?.[1];
    if (matrixKey) {
        const matrix = job.strategy?.matrix;
        if (!matrix || typeof matrix !== 'object')
            return undefined;
        const values = [];
        const axis = matrix[matrixKey];
        if (Array.isArray(axis))
            values.push(...axis.filter((x) => typeof x !== 'object').map(String));
        else if (axis !== undefined)
            return undefined;
        const include = matrix.include;
        if (Array.isArray(include))
            for (const entry of include)
                if (entry && typeof entry === 'object' && matrixKey in entry)
                    values.push(String(entry[matrixKey]));
        return values.length > 0 && values.every((x) => !x.includes('${{')) ? { values: [...new Set(values)], from: `matrix.${matrixKey}`, open: false, path: ['jobs', jobId, 'strategy', 'matrix', matrixKey] } : undefined;
    }
    const inputKey = /^(?:github\.event\.)?inputs\.([\w-]+)$/.exec(expr)?.[1];
    if (inputKey) {
        const on = wf.on && typeof wf.on === 'object' && !Array.isArray(wf.on) ? wf.on : undefined;
        const dispatch = on?.workflow_dispatch?.inputs?.[inputKey];
        const input = dispatch ?? (0,workflow/* workflowCallOf */.H$)(wf)?.inputs?.[inputKey];
        if (!input)
            return undefined;
        const path = ['on', dispatch ? 'workflow_dispatch' : 'workflow_call', 'inputs', inputKey];
        if (input.type === 'choice' && Array.isArray(input.options))
            return { values: input.options.map(String), from: `workflow_dispatch input ${inputKey}`, open: false, path: [...path, 'options'] };
        if (input.default !== undefined && input.default !== '')
            return { values: [String(input.default)], from: `the default of input ${inputKey}`, open: true, path: [...path, 'default'] };
    }
    return undefined;
}
/** The literal text of an input (undefined when absent, empty or an expression). */
function literalOf(v) {
    if (v === undefined || v === null || (0,workflow/* isExpression */.BH)(v) || typeof v === 'object')
        return undefined;
    const s = String(v).trim();
    return s === '' ? undefined : s;
}

// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
;// CONCATENATED MODULE: ../../../../shared/doctor/workflow-checks.ts
/**
 * Doctor's checks of one workflow file: its calls of our actions and reusable workflows (inputs,
 * outputs, pins, permissions: own-calls.ts and the table in permissions.ts) and the environments
 * its promotions run in.
 */







/** GitHub: "An environment name may not exceed 255 characters"; names are not case sensitive. */
const MAX_ENVIRONMENT_NAME_LENGTH = 255;
/** promote-model's alias rule (shared/registry/tag.ts). */
const ALIAS_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const SHA_RE = /^[0-9a-f]{40}$/;
function grantFix(p) {
    const where = p.path[0] === 'permissions' ? 'the workflow\'s permissions' : `jobs.${p.job}.permissions`;
    return `grant ${p.grant.join(', ')} in ${where} (a job's permissions replace the workflow's, so list every scope the job needs)`;
}
/** Our repository's call problems as doctor findings, each with its severity and a fix. */
function callCheck(p, source, onlyCalled) {
    const location = source.locate(p.path);
    // `jobs.x.steps[0] (compare)`: the file is in the location, the ref (when it matters) in the message.
    const subject = p.where.slice(source.file.length + 1).replace(/\((?:[^()]*\/)?([^/()@]+)@[^()]*\)/, '($1)');
    const message = `${subject}: ${p.message}`;
    const inStep = p.path.includes('steps');
    switch (p.kind) {
        case 'pin':
            // A commit SHA or a release tag of our major version is a deliberate pin; a branch moves under you.
            if (SHA_RE.test(p.ref) || new RegExp(`^${(0,own_calls/* majorTag */.GT)()}(?:\\.\\d+){0,2}$`).test(p.ref))
                return undefined;
            return check('workflows', 'warn', message, { location, fix: `pin to ${(0,own_calls/* majorTag */.GT)()} (or a ${(0,own_calls/* majorTag */.GT)()} release tag or commit SHA): a branch changes under you, and doctor checks the calls against ${(0,own_calls/* majorTag */.GT)()}` });
        case 'unknown-input':
            // The runner only warns about an action's unexpected input (and drops it); GitHub refuses to start a run that passes a reusable workflow one.
            return check('workflows', inStep ? 'warn' : 'error', message, { location, fix: inStep ? 'remove it or fix its name: the runner ignores it' : 'remove it or fix its name: GitHub refuses to start the run' });
        case 'missing-input':
            return check('workflows', 'error', message, { location, fix: 'add it under with:' });
        case 'input-type':
            return check('workflows', 'error', message, { location, fix: 'write the value without quotes (GitHub refuses to start the run)' });
        case 'not-ours':
        case 'unknown-action':
        case 'unknown-workflow':
            return check('workflows', 'error', message, { location, fix: 'use one of mlops-actions\' steps (actions/<step>@v1) or reusable workflows (.github/workflows/mlops-*.yml@v1)' });
        case 'unknown-output':
        case 'undeclared-job-output':
            return check('workflows', 'error', message, { location, fix: 'fix the name: an undeclared output reads as empty' });
        case 'permission-overreach':
            return check('permissions', 'error', `${message} (GitHub refuses to start the run)`, { location, fix: grantFix(p) });
        case 'permission':
            return check('permissions', 'error', `${message}: the step fails when it gets there`, { location, fix: grantFix(p) });
        case 'permission-maybe':
            return check('permissions', 'warn', message, { location, fix: grantFix(p) });
        case 'permission-default':
            // In a workflow that is only ever called, the job gets its caller's grant: checked where it is called.
            if (onlyCalled)
                return undefined;
            return check('permissions', 'warn', `${message}, so it gets the repository's default token permissions (read-only for repositories and organizations created since February 2023)`, {
                location,
                fix: `grant them explicitly: permissions: { ${p.grant.join(', ')} } on jobs.${p.job}`,
            });
    }
}
function workflowCallChecks(source, own) {
    const events = (0,workflow/* eventsOf */.XL)(source.workflow);
    const onlyCalled = (0,workflow/* workflowCallOf */.H$)(source.workflow) !== undefined && events.every((e) => e === 'workflow_call');
    return (0,own_calls/* findOwnCallProblems */.St)(source.file, source.workflow, own)
        .map((p) => callCheck(p, source, onlyCalled))
        .filter((c) => c !== undefined);
}
/** Why an environment name is not one GitHub takes (undefined: it is fine). */
function environmentNameProblem(name) {
    if (name.trim() === '')
        return 'is empty';
    if (name !== name.trim())
        return 'starts or ends with a space';
    if (name.length > MAX_ENVIRONMENT_NAME_LENGTH)
        return `is ${name.length} characters long (GitHub allows ${MAX_ENVIRONMENT_NAME_LENGTH})`;
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'contains a control character';
    return undefined;
}
/** Why an alias is not one promote-model takes (undefined: it is fine). */
function aliasProblem(alias) {
    if (alias === 'latest')
        return 'is reserved (it means the highest published version)';
    if (alias.length > 64)
        return `is ${alias.length} characters long (at most 64)`;
    if (!ALIAS_RE.test(alias))
        return 'is not lowercase letters, digits and single hyphens starting with a letter';
    return undefined;
}
/**
 * The environments promotions run in: names GitHub and promote-model accept, the job gated by the
 * environment the step records, and production only behind require-approval.
 */
function environmentChecks(uses) {
    const out = [];
    for (const use of uses.filter((u) => u.steps.includes('promote-model'))) {
        const { source, job, jobId } = use;
        const wf = source.workflow;
        const at = (key) => [...use.path, 'with', key];
        const subject = use.step ? `jobs.${jobId}.steps[${use.path[3]}] (promote-model)` : `jobs.${jobId} (${use.target.split('/').pop()})`;
        const aliasValues = possibleValues(use.given.alias, job, wf, jobId);
        for (const alias of aliasValues?.values ?? []) {
            const problem = aliasProblem(alias);
            if (problem)
                out.push(check('environments', 'error', `${subject}: alias "${alias}" (${aliasValues.from}) ${problem}`, { location: source.locate(aliasValues.path ?? at('alias')), fix: 'use staging, production, or another lowercase name like canary' }));
        }
        const envGiven = use.given.environment !== undefined && use.given.environment !== '';
        const envValues = envGiven ? possibleValues(use.given.environment, job, wf, jobId) : aliasValues;
        for (const env of envGiven ? envValues?.values ?? [] : []) {
            const problem = environmentNameProblem(env);
            if (problem)
                out.push(check('environments', 'error', `${subject}: environment "${env}" (${envValues.from}) ${problem}`, { location: source.locate(envValues.path ?? at('environment')), fix: 'use the name of an environment in Settings > Environments' }));
        }
        // The action in a job of the team's own: the job's environment: is what holds it for approval.
        if (use.step) {
            const jobEnv = typeof job.environment === 'string' ? job.environment : job.environment?.name;
            const stepEnv = literalOf(use.given.environment) ?? literalOf(use.given.alias);
            if (!jobEnv) {
                out.push(check('environments', 'warn', `${subject}: jobs.${jobId} has no environment:, so nothing holds the promotion for approval`, { location: source.locate(['jobs', jobId]), fix: `add environment: ${stepEnv ?? '<the alias>'} to jobs.${jobId}, with required reviewers in Settings > Environments` }));
            }
            else if (stepEnv && literalOf(jobEnv) && jobEnv.toLowerCase() !== stepEnv.toLowerCase()) {
                out.push(check('environments', 'error', `${subject}: the job runs in environment "${jobEnv}" but promote-model records "${stepEnv}"`, { location: source.locate(['jobs', jobId, 'environment']), fix: 'give promote-model the job\'s environment (input environment), or run the job in the alias\'s environment' }));
            }
        }
        const names = envValues?.values ?? [];
        const production = names.some((n) => n.toLowerCase() === 'production') || envValues?.open === true || envValues === undefined;
        const approval = use.args.value('require-approval');
        const approvalText = String(approval ?? '').trim().toLowerCase();
        const onForProduction = approvalText === 'true' || (typeof approval === 'string' && approval.includes('${{') && /'production'/i.test(approval));
        // In a reusable workflow that passes its caller's input through, the caller decides: checked there.
        const passedThrough = (0,workflow/* workflowCallOf */.H$)(wf) !== undefined && typeof approval === 'string' && /^\s*\$\{\{\s*inputs\.[\w-]+\s*\}\}\s*$/.test(approval);
        if (production && !onForProduction && !passedThrough) {
            const certain = names.some((n) => n.toLowerCase() === 'production');
            out.push(check('environments', 'warn', `${subject}: ${certain ? 'promotes to production' : 'may promote to production'} without require-approval${approval === undefined ? '' : ` (${JSON.stringify(approval)})`}, so it moves the alias even when the environment has no required reviewers`, {
                location: source.locate(approval === undefined ? use.path : at('require-approval')),
                fix: `set require-approval: true (or \${{ ${aliasExpression(use.given.alias)} == 'production' }}), and add required reviewers to the production environment`,
            }));
        }
        if (names.length > 0) {
            out.push(check('environments', 'ok', `${subject}: promotes to ${names.map((n) => `"${n}"`).join(', ')}${envValues.from === 'literal' ? '' : ` (${envValues.from})`}`, {
                location: source.locate(use.path),
                note: 'make sure each environment exists in Settings > Environments, production with required reviewers: GitHub creates a missing one without any protection rules, and doctor cannot see the settings offline',
            }));
        }
    }
    return out;
}
function aliasExpression(alias) {
    const m = typeof alias === 'string' ? /^\s*\$\{\{\s*([\w.-]+)\s*\}\}\s*$/.exec(alias) : null;
    return m ? m[1] : 'inputs.alias';
}
/** One line per file whose calls of our steps raised nothing. */
function workflowOk(source, uses, found) {
    if (uses.length === 0)
        return undefined;
    if (found.some((c) => c.location?.file === source.file && c.status !== 'ok'))
        return undefined;
    const targets = [...new Set(uses.map((u) => u.target.replace(/^actions\//, '').replace(/^\.github\/workflows\//, '')))];
    return check('workflows', 'ok', `calls ${targets.join(', ')} with inputs they declare and the permissions they need`, { location: { file: source.file } });
}
/**
 * The repository's own steps (`uses: ./actions/NAME`, as `mlops new-action` scaffolds them): the
 * runner runs the committed bundle, so a JavaScript action whose main file is not there fails.
 */
function localActionChecks(source, dir) {
    const out = [];
    for (const [jobId, job] of Object.entries(source.workflow.jobs ?? {})) {
        for (const [n, step] of (Array.isArray(job?.steps) ? job.steps : []).entries()) {
            const uses = step?.uses;
            if (typeof uses !== 'string' || !uses.startsWith('./'))
                continue;
            const rel = (0,external_node_path_.normalize)(uses).replace(/\\/g, '/').replace(/\/$/, '');
            if (rel.startsWith('..'))
                continue;
            const location = source.locate(['jobs', jobId, 'steps', n, 'uses']);
            const metaFile = ['action.yml', 'action.yaml'].map((f) => (0,external_node_path_.join)(dir, rel, f)).find((f) => (0,external_node_fs_.existsSync)(f));
            if (!metaFile) {
                out.push(check('workflows', 'error', `jobs.${jobId}.steps[${n}]: ${uses} has no action.yml`, { location, fix: 'fix the path, or scaffold the step with mlops new-action NAME' }));
                continue;
            }
            let runs;
            try {
                runs = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(metaFile, 'utf8'))?.runs;
            }
            catch {
                out.push(check('workflows', 'error', `jobs.${jobId}.steps[${n}]: ${rel}/${metaFile.endsWith('yaml') ? 'action.yaml' : 'action.yml'} is not valid YAML`, { location, fix: 'fix the file: the runner cannot load the step' }));
                continue;
            }
            if (typeof runs?.using !== 'string' || !/^node\d+$/.test(runs.using) || typeof runs.main !== 'string')
                continue;
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, rel, runs.main))) {
                out.push(check('workflows', 'error', `jobs.${jobId}.steps[${n}]: ${uses} runs ${runs.main}, which is not in the repository`, { location, fix: `build it (cd ${rel} && npm run build) and commit ${runs.main}: the runner runs the committed bundle and installs nothing` }));
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/doctor/config-checks.ts
/**
 * mlops.yaml: that it exists and our loader takes it (its error, at file:line:column), and that
 * every model a workflow runs a step for has what that step reads from it: compare's gate rules,
 * publish-model's model card text, drift-check's sources.
 */








const toRepo = (dir, file) => ((0,external_node_path_.isAbsolute)(file) ? (0,external_node_path_.relative)(dir, file) : file).split(external_node_path_.sep).join('/');
/** The config file a use reads: its config input when that is a literal, else mlops.yaml. */
function configFileOf(use) {
    return literalOf(use.given.config) ?? mlops_config.CONFIG_FILE;
}
/** Loads one config file of the repository into a check; `usedBy` names who reads it (for a missing file). */
async function loadRepoConfig(dir, file, usedBy) {
    const abs = (0,external_node_path_.join)(dir, file);
    if (!(0,external_node_fs_.existsSync)(abs)) {
        return {
            file,
            check: check('config', 'error', usedBy ? `${file} does not exist (${usedBy.where} reads it)` : `${file} does not exist`, {
                location: usedBy?.location ?? { file },
                fix: file === mlops_config.CONFIG_FILE ? 'create it with "version: 1" and your models (see docs/compare.md and docs/drift.md); mlops init writes a starter one' : 'fix the config input, or create the file',
            }),
        };
    }
    try {
        const config = await (0,mlops_config.loadConfig)(abs);
        const sections = [
            ['models', config.models],
            ['release', config.release?.models],
            ['drift', config.drift?.models],
        ];
        const described = sections.filter(([, m]) => m && Object.keys(m).length > 0).map(([s, m]) => `${s}: ${Object.keys(m).join(', ')}`);
        return { file, config, check: check('config', 'ok', `valid${described.length ? `: ${described.join('; ')}` : ''}`, { location: { file } }) };
    }
    catch (e) {
        if (!(0,errors/* isMlopsError */.s8)(e))
            throw e;
        const location = e.location ? { ...e.location, file: toRepo(dir, e.location.file) } : { file };
        // The loader's message carries its place and hint; the check keeps them in their own fields.
        let what = e.message;
        if (e.location)
            what = what.slice((0,errors/* formatLocation */.j$)(e.location).length + 2);
        if (e.hint && what.endsWith(` (${e.hint})`))
            what = what.slice(0, -(e.hint.length + 3));
        return { file, check: check('config', 'error', what, { location, fix: e.hint ?? 'see docs/compare.md and docs/drift.md for the keys' }) };
    }
}
/** What each model's steps need from the config file they read. */
function modelChecks(uses, configs) {
    const out = [];
    const seen = new Set();
    const once = (key, c) => {
        if (seen.has(key))
            return;
        seen.add(key);
        out.push(c);
    };
    for (const use of uses) {
        const file = configFileOf(use);
        const config = configs.get(file)?.config;
        if (!config)
            continue;
        const location = use.source.locate(use.path);
        const subject = `jobs.${use.jobId}`;
        const modelValues = possibleValues(use.given.model, use.job, use.source.workflow, use.jobId);
        const models = modelValues?.values ?? [];
        if (use.steps.includes('compare') && use.given.rules === undefined) {
            const gated = Object.keys(config.models ?? {});
            if (models.length === 0 && use.given.model === undefined && gated.length > 1) {
                out.push(check('models', 'error', `${subject}: compare does not say which model, and ${file} configures ${gated.length} (${gated.join(', ')})`, { location, fix: 'give compare its model input' }));
            }
            for (const model of models) {
                if (gated.length === 0) {
                    once(`compare-none:${file}:${model}`, check('models', 'warn', `${model}: ${file} has no models: section, so compare only reports and never fails a PR`, { location: { file }, fix: `add gate rules: models: { ${model}: { metrics: { <metric>: { threshold: ..., max_regression: ... } } } } (docs/compare.md)` }));
                }
                else if (!Object.hasOwn(config.models, model)) {
                    out.push(check('models', 'error', `${subject}: compare gates model "${model}", which ${file} does not configure under models (it has ${gated.join(', ')})`, { location, fix: `add models.${model} to ${file}, or fix the model name` }));
                }
                else {
                    const rules = Object.keys(config.models[model].metrics ?? {}).length;
                    once(`compare:${file}:${model}`, check('models', rules > 0 ? 'ok' : 'warn', `${model}: ${rules > 0 ? `compare gates ${rules} metric${rules === 1 ? '' : 's'}` : 'models entry has no metrics, so compare only reports'}`, { location: { file }, ...(rules > 0 ? {} : { fix: `add models.${model}.metrics (docs/compare.md)` }) }));
                }
            }
        }
        if (use.steps.includes('publish-model')) {
            for (const model of models) {
                const card = config.release?.models?.[model];
                const missing = ['intended_use', 'limitations', 'owners'].filter((k) => card?.[k] === undefined || (Array.isArray(card[k]) && card[k].length === 0));
                if (missing.length === 0)
                    once(`release:${file}:${model}`, check('models', 'ok', `${model}: the model card has its intended use, limitations and owners`, { location: { file } }));
                else {
                    once(`release:${file}:${model}`, check('models', 'warn', `${model}: ${file} has no release.models.${model}.${missing.join(', .')}, so the model card says "not set"`, {
                        location: { file },
                        fix: `add release: { models: { ${model}: { intended_use: ..., limitations: ..., owners: [...] } } } to ${file}`,
                    }));
                }
            }
        }
        if (use.steps.includes('promote-model')) {
            // promote refuses to create an alias mlops.yaml does not declare. Our reusable workflow checks
            // nothing out, so there only the defaults count; a step of your own reads its config input.
            const reusable = use.step === undefined;
            const declared = reusable ? mlops_config.DEFAULT_ALIASES : (0,mlops_config.declaredAliases)(config);
            const aliasValues = possibleValues(use.given.alias, use.job, use.source.workflow, use.jobId);
            const creates = String(use.given['create-alias'] ?? '').trim();
            for (const alias of aliasValues?.values ?? []) {
                // An alias promote-model refuses outright is workflow-checks.ts's finding, not this one.
                if (declared.includes(alias) || creates === 'true' || (0,workflow/* isExpression */.BH)(creates) || aliasProblem(alias))
                    continue;
                out.push(check('environments', 'error', `${subject}: promotes to alias "${alias}" (${aliasValues.from}), which ${reusable ? `${use.target.replace('.github/workflows/', '')} takes only when it exists or is created (it reads no mlops.yaml: ${declared.join(', ')})` : `${file} does not declare under promote.aliases (${declared.join(', ')})`}`, {
                    location: use.source.locate(aliasValues.path ?? [...use.path, 'with', 'alias']),
                    fix: reusable ? 'pass create-alias: true to create it on its first promotion, or use staging or production' : `add it to promote.aliases in ${file}, or pass create-alias: true`,
                }));
            }
        }
        if (use.steps.includes('drift-check')) {
            const current = use.given.current;
            const hasCurrent = current !== undefined && current !== null && String(current).trim() !== '';
            for (const model of models) {
                const settings = config.drift?.models?.[model];
                if (hasCurrent)
                    continue;
                if (!settings?.sources?.length) {
                    out.push(check('models', 'error', `${subject}: drift-check for ${model} has no current data: ${settings ? `drift.models.${model} has no sources` : `${file} has no drift.models.${model}`} and the job gives no current input`, {
                        location,
                        fix: `add drift: { models: { ${model}: { sources: [{ files: ["prod/*.csv"] }] } } } to ${file} (docs/drift.md), or pass current:`,
                    }));
                }
                else {
                    once(`drift:${file}:${model}`, check('models', 'ok', `${model}: drift-check reads ${settings.sources.length} source${settings.sources.length === 1 ? '' : 's'}`, { location: { file } }));
                }
            }
        }
    }
    return out;
}

// EXTERNAL MODULE: ../../../tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(44);
// EXTERNAL MODULE: ../../../../shared/data/open-table.ts + 1 modules
var open_table = __webpack_require__(9712);
;// CONCATENATED MODULE: ../../../../shared/doctor/local-file-checks.ts
/**
 * What doctor can check against the repository's own files before anything runs: the columns a
 * workflow's evaluate step names against the predictions file (when training has written one
 * locally), that an evaluate step names a score or a prediction column at all, and drift file
 * sources that match no file. Each mismatch is reported at the workflow key (or mlops.yaml) a
 * person edits.
 */







const COLUMN_INPUTS = ['label', 'score', 'prediction', 'slice', 'id'];
/** A list input as evaluate splits it: commas or lines. */
const columnsOf = (text) => text.split(/[,\n]/).map((c) => c.trim()).filter((c) => c !== '');
async function headerOf(file) {
    try {
        return [...(await (await (0,open_table/* openTable */.R)(file)).columns())];
    }
    catch {
        return undefined;
    }
}
async function evaluateInputChecks(uses, dir) {
    const out = [];
    for (const use of uses) {
        if (!use.steps.includes('evaluate') || use.given.import !== undefined)
            continue;
        const at = (key) => use.source.locate(use.given[key] === undefined ? use.path : [...use.path, 'with', key]);
        const subject = `jobs.${use.jobId}`;
        const score = literalOf(use.given.score);
        const prediction = literalOf(use.given.prediction);
        const named = (k) => use.given[k] !== undefined && String(use.given[k]).trim() !== '';
        if (!named('score') && !named('prediction')) {
            out.push(check('workflows', 'error', `${subject}: evaluate is given neither score nor prediction, so it fails with "give a score and/or prediction column"`, { location: at('predictions'), fix: 'add score: <the score column> (and/or prediction: <the predicted-label column>) of the predictions file' }));
            continue;
        }
        const predictions = literalOf(use.given.predictions);
        if (!predictions || predictions.includes('*'))
            continue;
        const file = (0,external_node_path_.join)(dir, predictions);
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        const header = await headerOf(file);
        if (!header)
            continue;
        const have = new Set(header);
        let missing = 0;
        for (const key of COLUMN_INPUTS) {
            const text = key === 'score' ? score : key === 'prediction' ? prediction : literalOf(use.given[key]);
            if (text === undefined)
                continue;
            for (const col of columnsOf(text)) {
                if (have.has(col))
                    continue;
                missing++;
                out.push(check('workflows', 'error', `${subject}: evaluate's ${key} "${col}" is not a column of ${predictions} (it has ${header.join(', ')})`, { location: at(key), fix: `name one of the file's columns, or make training write "${col}"` }));
            }
        }
        if (missing === 0)
            out.push(check('workflows', 'ok', `${subject}: evaluate's columns are in ${predictions}`, { location: at('predictions') }));
    }
    return out;
}
/** Drift `files` sources of the models the workflows check, whose globs match nothing here. */
async function driftSourceChecks(uses, configs, dir) {
    const out = [];
    const seen = new Set();
    for (const use of uses) {
        if (!use.steps.includes('drift-check'))
            continue;
        const file = configFileOf(use);
        const config = configs.get(file)?.config;
        for (const model of possibleValues(use.given.model, use.job, use.source.workflow, use.jobId)?.values ?? []) {
            for (const [n, source] of (config?.drift?.models?.[model]?.sources ?? []).entries()) {
                const files = source.files;
                if (!Array.isArray(files))
                    continue;
                for (const pattern of files.map(String)) {
                    const key = `${file}\0${model}\0${pattern}`;
                    if (seen.has(key))
                        continue;
                    seen.add(key);
                    const matched = (0,tinyglobby_dist.isDynamicPattern)(pattern) ? (await (0,tinyglobby_dist.glob)(pattern, { cwd: dir, onlyFiles: true, expandDirectories: false })).length : (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, pattern)) ? 1 : 0;
                    if (matched > 0)
                        continue;
                    out.push(check('models', 'warn', `${model}: drift source ${JSON.stringify(pattern)} (drift.models.${model}.sources[${n}]) matches no file in the repository`, {
                        location: { file },
                        fix: 'point it at your production data, or fetch that data in a step before drift-check (the check fails while the source matches nothing)',
                    }));
                }
            }
        }
    }
    return out;
}

// EXTERNAL MODULE: ../../../../shared/doctor/own-files.ts
var own_files = __webpack_require__(956);
;// CONCATENATED MODULE: ../../../../shared/doctor/secrets-check.ts



const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
const REFERENCE = /\b(secrets|vars)\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_-]*)|\[\s*'([^']+)'\s*\])/g;
/** Every `secrets.X` and `vars.X` read in expressions, except GITHUB_TOKEN and a reusable workflow's own declared secrets. */
function referencedSecrets(sources) {
    const found = new Map();
    for (const source of sources) {
        const declared = new Set(Object.keys((0,workflow/* workflowCallOf */.H$)(source.workflow)?.secrets ?? {}));
        for (const scalar of source.scalars()) {
            for (const expr of scalar.value.matchAll(EXPRESSION)) {
                for (const ref of expr[1].matchAll(REFERENCE)) {
                    const kind = ref[1];
                    const name = ref[2] ?? ref[3];
                    if (kind === 'secrets' && (name === 'GITHUB_TOKEN' || declared.has(name)))
                        continue;
                    const key = `${kind}.${name}`;
                    const entry = found.get(key) ?? { kind, name, places: [] };
                    const index = expr.index + ref.index;
                    entry.places.push({ file: source.file, line: scalar.lineOf(index), column: scalar.location.line === scalar.lineOf(index) ? scalar.location.column : undefined });
                    found.set(key, entry);
                }
            }
        }
    }
    return [...found.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}
function secretListChecks(sources) {
    return referencedSecrets(sources).map((r) => {
        const where = r.places.map((p) => `${p.file}:${p.line}`);
        const what = r.kind === 'secrets' ? 'secret' : 'variable';
        const also = where.slice(1);
        return check('secrets', 'ok', `${what} ${r.name} is used${also.length ? ` (also at ${also.slice(0, 3).join(', ')}${also.length > 3 ? ` and ${also.length - 3} more` : ''})` : ''}`, {
            location: r.places[0],
            note: `make sure it exists: Settings > Secrets and variables > Actions > ${r.kind === 'secrets' ? 'Secrets' : 'Variables'} (doctor cannot read a repository's ${r.kind === 'secrets' ? 'secrets' : 'variables'} offline); an unset one reads as empty`,
        });
    });
}
/** The secret_env names of a model's drift sources. */
function secretEnvNames(config, model) {
    const sources = config.drift?.models?.[model]?.sources ?? [];
    return [...new Set(sources.flatMap((s) => [s.http?.secret_env, s.prometheus?.secret_env]).filter((n) => typeof n === 'string'))];
}
/**
 * Each drift job must hand the drift-check step the variables its sources name: through the
 * reusable workflow's source-secrets secret (one NAME=value line each), or in env: of the step,
 * its job or the workflow when the action is used directly.
 */
function sourceSecretChecks(uses, configOf) {
    const out = [];
    for (const use of uses.filter((u) => u.steps.includes('drift-check'))) {
        const loaded = configOf(use);
        if (!loaded)
            continue;
        // Files given as `current` replace the configured sources.
        if (literalOf(use.given.current) !== undefined || (typeof use.given.current === 'string' && use.given.current.includes('${{')))
            continue;
        const models = possibleValues(use.given.model, use.job, use.source.workflow, use.jobId)?.values ?? [];
        for (const model of models) {
            for (const name of secretEnvNames(loaded.config, model)) {
                const subject = `jobs.${use.jobId}${use.step ? `.steps[${use.path[3]}]` : ''}`;
                if (use.step) {
                    const env = { ...(use.source.workflow.env ?? {}), ...(use.job.env ?? {}), ...(use.step.env ?? {}) };
                    if (Object.hasOwn(env, name))
                        out.push(check('secrets', 'ok', `${subject}: drift source secret ${name} (${loaded.file}, drift.models.${model}) is in the step's environment`, { location: use.source.locate(use.path) }));
                    else {
                        out.push(check('secrets', 'error', `${subject}: ${loaded.file} drift.models.${model} reads ${name} (secret_env), but drift-check's environment does not have it`, {
                            location: use.source.locate(use.path),
                            fix: `add to the step: env: { ${name}: \${{ secrets.${name} }} }`,
                        }));
                    }
                    continue;
                }
                const secrets = use.job.secrets;
                const text = secrets && typeof secrets === 'object' ? secrets['source-secrets'] : undefined;
                const passed = typeof text === 'string' && new RegExp(`^\\s*${name}\\s*=`, 'm').test(text);
                if (passed) {
                    out.push(check('secrets', 'ok', `${subject}: drift source secret ${name} (${loaded.file}, drift.models.${model}) is passed in source-secrets`, { location: use.source.locate([...use.path, 'secrets', 'source-secrets']) }));
                }
                else {
                    out.push(check('secrets', 'error', `${subject}: ${loaded.file} drift.models.${model} reads ${name} (secret_env), but the job does not pass it in source-secrets${secrets === 'inherit' ? ' (secrets: inherit does not fill source-secrets)' : ''}`, {
                        location: use.source.locate(secrets && typeof secrets === 'object' ? [...use.path, 'secrets'] : use.path),
                        fix: `pass it: secrets: { source-secrets: "${name}=\${{ secrets.${name} }}" } (one NAME=value line per secret)`,
                    }));
                }
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/doctor/doctor.ts
/**
 * `mlops doctor`: checks a repository's mlops-actions setup offline and says what to fix.
 *
 *   config        mlops.yaml (and any other config a workflow names) exists and loads
 *   workflows     .github/workflows/*.yml parse; calls of our actions and reusable workflows pass
 *                 inputs they declare, read outputs they declare, and are pinned to v1; the
 *                 repository's own steps (./actions/NAME) have their committed bundle
 *   permissions   each calling job grants what the call needs (the table in permissions.ts)
 *   environments  promotions run in valid environments, production behind require-approval
 *   secrets       the secrets and variables workflows read (to check by hand), and drift sources'
 *                 secret_env names reach the drift job
 *   models        each model a workflow runs a step for has what that step reads from mlops.yaml;
 *                 drift file sources that match no file
 *   (workflows)   evaluate's columns against the predictions file, when training wrote one here
 *
 * It reads files only: what lives in GitHub's settings (secrets, environments and their reviewers,
 * the default token permissions) is listed for a person to check, never guessed. The JSON form is
 * `mlops-actions/doctor@1` (docs/doctor.md).
 */














const DOCTOR_SCHEMA = 'mlops-actions/doctor@1';
const WORKFLOWS_DIR = '.github/workflows';
const AREAS = ['config', 'workflows', 'permissions', 'environments', 'secrets', 'models'];
/** The repository's workflow files, parsed; one that does not parse is a check, not a throw. */
async function readWorkflows(dir) {
    const folder = (0,external_node_path_.join)(dir, WORKFLOWS_DIR);
    const files = (0,external_node_fs_.existsSync)(folder) ? (0,external_node_fs_.readdirSync)(folder).filter((f) => /\.ya?ml$/.test(f) && (0,external_node_fs_.statSync)((0,external_node_path_.join)(folder, f)).isFile()).sort() : [];
    if (files.length === 0) {
        return {
            sources: [],
            checks: [check('workflows', 'warn', `no workflows in ${WORKFLOWS_DIR}/`, { location: { file: WORKFLOWS_DIR }, fix: "copy the starter workflows from mlops-actions' workflows/ folder (mlops init writes them)" })],
        };
    }
    const sources = [];
    const checks = [];
    for (const f of files) {
        const rel = `${WORKFLOWS_DIR}/${f}`;
        const parsed = workflow/* WorkflowSource */.Xz.parse(await (0,promises_.readFile)((0,external_node_path_.join)(folder, f), 'utf8'), rel);
        if ('error' in parsed)
            checks.push(check('workflows', 'error', parsed.error.what, { location: parsed.error.location, fix: 'GitHub does not run a workflow it cannot parse: fix the YAML (indentation, quoting) at this place' }));
        else
            sources.push(parsed);
    }
    return { sources, checks };
}
async function runDoctor(options) {
    const dir = (0,external_node_path_.resolve)(options.dir);
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory())
        throw new errors/* UsageError */.eb(`${options.dir} is not a folder`, { hint: 'pass --dir with the root of your repository (default: the current folder)' });
    const own = options.own ?? (0,own_files.ownFilesAt)((0,package_root.packageRoot)());
    const checks = [];
    const { sources, checks: yamlChecks } = await readWorkflows(dir);
    checks.push(...yamlChecks);
    const uses = sources.flatMap((s) => ownUsesOf(s, own));
    for (const source of sources)
        checks.push(...workflowCallChecks(source, own), ...localActionChecks(source, dir));
    // mlops.yaml, and any other config file a workflow names.
    const configs = new Map();
    configs.set(mlops_config.CONFIG_FILE, await loadRepoConfig(dir, mlops_config.CONFIG_FILE));
    for (const use of uses) {
        const file = configFileOf(use);
        if (!configs.has(file))
            configs.set(file, await loadRepoConfig(dir, file, { where: `${use.source.file} jobs.${use.jobId}`, location: use.source.locate([...use.path, 'with', 'config']) }));
    }
    checks.push(...[...configs.values()].map((c) => c.check));
    checks.push(...environmentChecks(uses));
    checks.push(...secretListChecks(sources));
    checks.push(...sourceSecretChecks(uses, (use) => {
        const loaded = configs.get(configFileOf(use));
        return loaded?.config ? { file: loaded.file, config: loaded.config } : undefined;
    }));
    checks.push(...modelChecks(uses, configs));
    checks.push(...(await evaluateInputChecks(uses, dir)), ...(await driftSourceChecks(uses, configs, dir)));
    for (const source of sources) {
        const ok = workflowOk(source, uses.filter((u) => u.source === source), checks);
        if (ok)
            checks.push(ok);
    }
    const ordered = AREAS.flatMap((area) => checks.filter((c) => c.area === area));
    const counts = { ok: 0, warn: 0, error: 0 };
    for (const c of ordered)
        counts[c.status]++;
    return { schema: DOCTOR_SCHEMA, root: dir, counts, checks: ordered };
}
/** 1 when any check is an error (warnings alone pass), else 0. */
const doctorExitCode = (report) => (report.counts.error > 0 ? 1 : 0);
const LABEL = { error: 'error', warn: 'warn ', ok: 'ok   ' };
/** For people: errors, then warnings, then what checked out; each with its place and fix. */
function renderDoctorText(report) {
    const lines = [`mlops doctor: ${report.root}`, ''];
    for (const status of ['error', 'warn', 'ok']) {
        for (const c of report.checks.filter((x) => x.status === status)) {
            const where = c.location ? `${(0,errors/* formatLocation */.j$)(c.location)}: ` : '';
            lines.push(`${LABEL[status]}  ${where}${c.message}`);
            if (c.fix)
                lines.push(`       fix: ${c.fix}`);
            if (c.note)
                lines.push(`       note: ${c.note}`);
        }
    }
    const { ok, warn, error } = report.counts;
    lines.push('', `${error} error${error === 1 ? '' : 's'}, ${warn} warning${warn === 1 ? '' : 's'}, ${ok} ok`, '');
    return lines.join('\n');
}


/***/ }),

/***/ 956:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ownFilesAt: () => (/* binding */ ownFilesAt)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9171);
/**
 * Our own actions' metadata and reusable workflows, read from the mlops-actions package (or this
 * repository in tests), to check a workflow's calls of them: the inputs they declare, their
 * defaults, and the permissions their jobs ask for.
 */



/** Readers over the package (or repository) at `root`; each file is read once. */
function ownFilesAt(root) {
    const cache = new Map();
    const read = (rel) => {
        if (!cache.has(rel)) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel);
            cache.set(rel, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8')) : undefined);
        }
        return cache.get(rel);
    };
    return {
        // A step name is one path segment: `../x` is never ours.
        action: (step) => (/^[a-z][a-z0-9-]*$/.test(step) ? read(`actions/${step}/action.yml`) : undefined),
        workflow: (path) => (/^\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml$/.test(path) ? read(path) : undefined),
    };
}


/***/ })

};
