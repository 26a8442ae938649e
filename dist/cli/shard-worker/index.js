import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 808:
/***/ (function (module, __unused_webpack___webpack_exports__, __nccwpck_require__) {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_data_validate_data_worker_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(851);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_shared_data_validate_data_worker_js__WEBPACK_IMPORTED_MODULE_0__]);
_shared_data_validate_data_worker_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];


__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 812:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ ColumnDictionary)
/* harmony export */ });
/* harmony import */ var _sketch_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(308);
/* harmony import */ var _sketch_short_ascii_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(390);


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

/***/ 308:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 390:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 572:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  IF: () => (/* binding */ shardWorkerMain)
});

// UNUSED EXPORTS: DEFAULT_PARQUET_COLUMN_SPLIT_MIN_ROWS, DEFAULT_SHARD_MIN_ROWS, MAX_ROW_SHARD_COLUMNS, planShards, rowGroupRanges, runShard, runShards, shardError, textRanges, workerHeapLimits

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(455);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __nccwpck_require__(980);
;// CONCATENATED MODULE: ../../../../shared/data/csv-options.ts
/**
 * Rows per batch for the text readers. Smaller than table.ts's general 65,536 on purpose: every CSV
 * cell is a new string, and a 65,536-row batch (~330k strings) outlives a young-generation GC, so it
 * gets copied and promoted; with 4,096 rows the strings die young. Measured on flights-3m.csv
 * (CPU seconds for all rows): 65,536 rows 1.6 s, 16,384 rows 1.3 s, 4,096 rows 0.55 s.
 */
const csv_options_DEFAULT_BATCH_ROWS = 4_096;
/**
 * Rows per batch on the byte path, which makes no string per cell (only one per distinct value in
 * a batch), so the reason for small batches above does not apply; larger ones mean fewer distinct
 * values to classify, sketch and check per row, and fewer folds into the profile's sketches.
 * Measured on flights-3m.csv, `mlops validate` with 2 workers (wall / CPU, 3 runs each, quiet
 * machine): 4,096 rows 1.66-1.95 s / 2.9-3.5 s, 16,384 rows 1.36-1.54 s / 2.5-2.8 s (with the
 * workers' 12 MB young generation, validate-data-shards.ts).
 */
const BYTE_PATH_BATCH_ROWS = 16_384;
/**
 * Cells per batch at most: a wide table gets fewer rows per batch. Batch buffers are sized rows x
 * columns up front, so 10,000 columns at 16,384 rows were 655 MB of codes before a row was read;
 * with this bound they are 4 MB. Larger batches measured slower on wide tables (per-column tables
 * grow to a batch's distinct values and are kept). Tables up to 64 columns keep BYTE_PATH_BATCH_ROWS.
 * Since then 1 << 22 (416 rows at 10,000 columns) measured ~14% less CPU on the bench's wide row
 * but 1.32 GB peak RSS and a different profile (frequent-items purges, KLL compactions and the M2
 * combination follow batch boundaries); profile.ts FOLD_GROUP_ROWS gets most of the cache part of
 * that gain with the same batches, so the same profile.
 */
const MAX_BATCH_CELLS = 1 << 20;
/** Rows per batch for a table of `columns` columns, given the rows asked for. */
function rowsPerBatch(batchRows, columns) {
    return Math.max(1, Math.min(batchRows, Math.floor(MAX_BATCH_CELLS / Math.max(1, columns))));
}
/**
 * Tables wider than this are encoded column by column (CsvByteParser's column-major path). Row by
 * row, each cell of a 10,000-column table probes another column's hash table, so nearly every probe
 * missed the CPU caches and each of 10,000 tables was kept grown: ~1 µs and ~10 KB a column. Column
 * by column, one table serves every column in turn and stays in cache. At 64 columns and below a
 * batch keeps BYTE_PATH_BATCH_ROWS rows and the row-by-row path is as fast (and what flights reads).
 */
const COLUMN_MAJOR_MIN_COLUMNS = 65;
/**
 * The column-major path holds a batch's record bytes until the batch is encoded: a batch also ends
 * once it holds this many bytes, so a wide table of long values does not hold more than this.
 */
const COLUMN_MAJOR_MAX_BATCH_BYTES = 64 * 1024 * 1024;
/** Bytes per read; large reads amortise the per-chunk costs (decode, leftover concatenation). */
const DEFAULT_CHUNK_SIZE = 1 << 20;
/** Bytes per read while looking for the header only (more reads follow if it is longer). */
const HEADER_CHUNK_SIZE = 1 << 16;
/**
 * Limits on the header row. 16 MiB holds 100,000 column names of 160 bytes each; a first line
 * longer than that is almost always a file without line breaks where we expect them (a JSON
 * array, a file with CR-only breaks inside quotes, binary data) rather than a table, and reading
 * on would hold all of it in memory before the first row. 100,000 columns: each column costs its
 * dictionaries and sketches (tens of KB once rows are read: 10,000 columns x 10,000 rows peaked at
 * 673 MB, npm run bench), so 100,000 approach the memory of a runner before any data; wider
 * data is better stored transposed, or split into several files.
 */
const MAX_HEADER_BYTES = 16 * 1024 * 1024;
const MAX_COLUMNS = 100_000;
/**
 * A record held across reads is parsed again on every read until it is this long, then only when
 * the held text has doubled (CsvParser.stuckAt). Below it re-parsing is cheap and keeps the order of
 * batches and errors identical between the two parsers at any read size.
 */
const REPARSE_EVERY_READ_BELOW = 1 << 16;
const QUOTE = 34;
const LF = 10;
const CR = 13;
const NEED_MORE = -1;
const FAR = Number.MAX_SAFE_INTEGER;

// EXTERNAL MODULE: ../../../../shared/data/column-dictionary.ts
var column_dictionary = __nccwpck_require__(812);
;// CONCATENATED MODULE: ../../../../shared/data/csv-byte-column.ts

/** The text of bytes [a, b) (valid UTF-8; `ascii`: known to be ASCII, decoded as latin1). */
function decode(bytes, a, b, ascii) {
    return ascii ? bytes.latin1Slice(a, b) : bytes.utf8Slice(a, b);
}
/** 10^k, exact as a double for k <= 22. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/**
 * The value of bytes[a, b) when they are a decimal literal that converts exactly without a
 * string, else NaN (the caller then decodes the text and takes the string path: values.ts's
 * isDecimalLiteral, then `+text`). Taken: [+-]digits[.digits] with at most 15 digits after leading
 * zeros and at most 22 after the point, no exponent. Then the digits form an integer m < 10^15 <
 * 2^53 and 10^f is exact, so m / 10^f is the correctly rounded value of the literal (Clinger's
 * fast path), which is what `+text` returns; the sign is applied last, so "-0" and "-0.00" are -0.
 */
function decimalBytes(bytes, a, b) {
    let i = a;
    let neg = false;
    if (i < b) {
        const s = bytes[i];
        if (s === 45) {
            neg = true;
            i++;
        }
        else if (s === 43)
            i++;
    }
    let m = 0;
    let digits = 0; // all digits seen
    let significant = 0; // digits from the first non-zero one
    let frac = -1; // digits after the point (-1: no point yet)
    for (; i < b; i++) {
        const x = bytes[i];
        const d = x - 48;
        if (d >= 0 && d <= 9) {
            digits++;
            if (frac >= 0)
                frac++;
            if (significant > 0 || d !== 0) {
                if (++significant > 15)
                    return NaN;
                m = m * 10 + d;
            }
        }
        else if (x === 46 && frac < 0)
            frac = 0;
        else
            return NaN;
    }
    if (digits === 0)
        return NaN;
    if (frac > 22)
        return NaN;
    const v = frac > 0 ? m / POW10[frac] : m;
    return neg ? -v : v;
}
/** Fields of at most this many bytes are keyed by their bytes packed into one number. */
const SHORT_BYTES = 4;
/** The same on the column-major path (ByteColumn.idInBatch), which packs the bytes itself. */
const PACKED_BYTES = 6;
/** ASCII fields of at most this many bytes become strings in JS (shortAscii), not through a runtime call. */
const SHORT_TEXT_BYTES = 12;
/**
 * The text of ASCII bytes[a, a + len), len <= SHORT_TEXT_BYTES, without a call into the runtime
 * (Buffer's latin1Slice is a C++ call, several times the cost of String.fromCharCode for a word).
 */
function shortAscii(bytes, a, len) {
    switch (len) {
        case 0:
            return '';
        case 1:
            return String.fromCharCode(bytes[a]);
        case 2:
            return String.fromCharCode(bytes[a], bytes[a + 1]);
        case 3:
            return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2]);
        case 4:
            return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3]);
        case 5:
            return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3], bytes[a + 4]);
        case 6:
            return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3], bytes[a + 4], bytes[a + 5]);
        case 7:
            return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3], bytes[a + 4], bytes[a + 5], bytes[a + 6]);
        case 8:
            return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3], bytes[a + 4], bytes[a + 5], bytes[a + 6], bytes[a + 7]);
        default:
            return shortAscii(bytes, a, 8) + shortAscii(bytes, a + 8, len - 8);
    }
}
/** A table index for a packed short field (a non-negative safe integer). */
function shortHash(k) {
    const h = Math.imul((k >>> 0) ^ Math.imul((k / 4294967296) | 0, 0x9e3779b1), 0x85ebca6b);
    return h ^ (h >>> 15);
}
/** A table index for a longer field: its bytes four at a time (murmur3-style), then its length. */
function longHash(bytes, a, len) {
    let h = len;
    let i = a;
    const e4 = a + (len & ~3);
    for (; i < e4; i += 4) {
        let w = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
        w = Math.imul(w, 0xcc9e2d51);
        w = (w << 15) | (w >>> 17);
        h ^= Math.imul(w, 0x1b873593);
        h = (h << 13) | (h >>> 19);
        h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    }
    const e = a + len;
    for (; i < e; i++)
        h = Math.imul(h ^ bytes[i], 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/**
 * One column's dictionary under construction, keyed by the cells' UTF-8 bytes: a value's bytes
 * are looked up (short ones packed into a number, longer ones hashed and compared against a copy
 * in `arena`) and decoded to a string only the first time they occur in the batch. UTF-8 is a
 * bijection on valid text, so equal bytes are equal strings: the same identity as
 * batch-dictionary.ts (strings by content, first occurrence first).
 */
class ByteColumn {
    // Tables start small and double as a column needs them: one ByteColumn per column exists before
    // the first row, and at 1,024 slots and a 32 KB arena that was 70 KB a column (700 MB for 10,000).
    values = [];
    counts = new Float64Array(16);
    // Short fields: packed key -> id.
    smask = 15;
    skeys = new Float64Array(16);
    sids = new Int32Array(16).fill(-1);
    sused = new Int32Array(16);
    ssize = 0;
    // Longer fields: hash -> id, bytes in arena[offs, offs + lens).
    mask = 15;
    hashes = new Int32Array(16);
    ids = new Int32Array(16).fill(-1);
    offs = new Int32Array(16);
    lens = new Int32Array(16);
    used = new Int32Array(16);
    size = 0;
    arena = new Uint8Array(256);
    arenaLen = 0;
    /**
     * The last long field's id, length and arena copy (-1: none this batch). Sorted or grouped
     * columns repeat a value row after row (flights' timestamps ~14 times), and comparing with the
     * previous value skips the hash and the probe.
     */
    lastId = -1;
    lastLen = 0;
    lastOff = 0;
    /** The arena offset of the value findLong last found. */
    foundOff = 0;
    /**
     * Column-major path: a new value that decimalBytes reads is kept as its number and bytes in
     * `store` rather than decoded (values[id] stays undefined until a consumer asks for the text,
     * ColumnDictionary.values), so a numeric column makes no string per distinct value. `store` is
     * the batch's (newStore() starts the next one); this column's entries start at storeBase.
     */
    parseNumbers = false;
    store = { numbers: new Float64Array(0), offs: new Int32Array(1), text: Buffer.alloc(0), counts: new Float64Array(0) };
    storeBase = 0;
    /** Entries and text bytes used in `store`. */
    storeLen = 0;
    storeText = 0;
    /** Whether this column has an entry in `store` this batch. */
    storeUsed = false;
    /**
     * The id of bytes[a, b) on the column-major path (`ascii`: the batch's bytes are all ASCII). A
     * new value is made from its own bytes (shortAscii up to SHORT_TEXT_BYTES, else decoded): slices
     * of the batch's bytes decoded at once were cheaper per value, but the decode was a copy of every
     * batch (545 MB per worker on the 10,000 x 10,000 bench file, and a fresh large string each).
     */
    idInBatch(bytes, a, b, ascii) {
        const len = b - a;
        if (len > PACKED_BYTES)
            return this.id(bytes, a, b, 0, ascii);
        // Up to 6 bytes packed into one exact number (< 2^51 with the length), so the short table takes
        // them: a decimal like 123.45 or a word like "lambda" skips the hash of its bytes, their arena
        // copy and the byte comparison. For up to 4 bytes the key is id()'s.
        let k = 0;
        for (let i = a; i < b; i++)
            k = k * 256 + bytes[i];
        return this.shortId(k * 8 + len, bytes, a, b, ascii);
    }
    /**
     * The id of the field bytes[a, b). A new value becomes a string of its own bytes (shortAscii, or
     * decoded: as latin1 when `ascii`).
     */
    id(bytes, a, b, w, ascii = false) {
        const len = b - a;
        // w: the field's last four bytes, (w << 8) | byte each (the parser builds it while scanning).
        if (len <= SHORT_BYTES)
            return this.shortId((w >>> 0) * 8 + len, bytes, a, b, ascii);
        if (len === this.lastLen && this.lastId >= 0 && this.same(bytes, a, len, this.lastOff)) {
            this.counts[this.lastId]++;
            return this.lastId;
        }
        const h = longHash(bytes, a, len);
        const slot = this.findLong(bytes, a, len, h);
        if (slot < 0) {
            this.lastId = -slot - 1;
            this.lastOff = this.foundOff;
        }
        else {
            this.lastOff = this.arenaLen; // where insertLong copies the bytes
            this.lastId = this.insertLong(slot, bytes, a, len, h, this.newValue(bytes, a, b, ascii));
        }
        this.lastLen = len;
        return this.lastId;
    }
    /** The id of the short field bytes[a, b) packed as key k (its bytes, then 3 bits of length). */
    shortId(k, bytes, a, b, ascii) {
        const sids = this.sids;
        const mask = this.smask;
        let i = shortHash(k) & mask;
        for (;;) {
            const id = sids[i];
            if (id < 0)
                break;
            if (this.skeys[i] === k) {
                this.counts[id]++;
                return id;
            }
            i = (i + 1) & mask;
        }
        return this.insertShort(i, k, this.newValue(bytes, a, b, ascii));
    }
    /** The id of a field given as text (a quoted field), whose UTF-8 bytes are scratch[0, len). */
    idOfText(value, scratch, len) {
        if (len <= SHORT_BYTES) {
            let w = 0;
            for (let i = 0; i < len; i++)
                w = (w << 8) | scratch[i];
            const k = (w >>> 0) * 8 + len;
            let i = shortHash(k) & this.smask;
            for (;;) {
                const id = this.sids[i];
                if (id < 0)
                    break;
                if (this.skeys[i] === k) {
                    this.counts[id]++;
                    return id;
                }
                i = (i + 1) & this.smask;
            }
            return this.insertShort(i, k, value);
        }
        const h = longHash(scratch, 0, len);
        const slot = this.findLong(scratch, 0, len, h);
        if (slot < 0)
            return -slot - 1;
        return this.insertLong(slot, scratch, 0, len, h, value);
    }
    /**
     * The text of a value new to the batch, or undefined when it is a number kept in the store
     * (parseNumbers); either way its store entry (the number, or NaN) is written.
     */
    newValue(bytes, a, b, ascii) {
        if (!this.parseNumbers)
            return ascii && b - a <= SHORT_TEXT_BYTES ? shortAscii(bytes, a, b - a) : decode(bytes, a, b, ascii);
        const x = b - a <= 40 ? decimalBytes(bytes, a, b) : NaN;
        const g = this.storeLen;
        const len = x === x ? b - a : 0;
        let st = this.store;
        if (g + 2 > st.offs.length || this.storeText + len > st.text.length)
            st = this.growStore(g + 1, this.storeText + len);
        if (len > 0) {
            const t = st.text;
            for (let k = a, o = this.storeText; k < b; k++, o++)
                t[o] = bytes[k];
            this.storeText += len;
            this.storeUsed = true;
        }
        st.numbers[g] = x;
        st.offs[g + 1] = this.storeText;
        this.storeLen = g + 1;
        if (len > 0)
            return undefined;
        return ascii && b - a <= SHORT_TEXT_BYTES ? shortAscii(bytes, a, b - a) : decode(bytes, a, b, ascii);
    }
    /** Replaces the store by one with room for `entries` entries and `bytes` text bytes, contents kept. */
    growStore(entries, bytes) {
        const old = this.store;
        let { numbers, offs, text, counts } = old;
        if (entries + 1 > offs.length) {
            const n = Math.max(entries, 2 * numbers.length, 1024);
            numbers = new Float64Array(n);
            numbers.set(old.numbers.subarray(0, this.storeLen));
            offs = new Int32Array(n + 1);
            offs.set(old.offs.subarray(0, this.storeLen + 1));
            counts = new Float64Array(n);
            counts.set(old.counts.subarray(0, this.storeBase));
        }
        if (bytes > text.length) {
            text = Buffer.allocUnsafeSlow(Math.max(bytes, 2 * text.length, 8192));
            text.set(old.text.subarray(0, this.storeText));
        }
        return (this.store = { numbers, offs, text, counts });
    }
    /**
     * Starts a new store for the next batch (the last one stays with the dictionaries handed out),
     * sized for what the last batch used plus an eighth.
     */
    newStore() {
        const n = this.storeLen + (this.storeLen >> 3) + 1;
        const t = this.storeText + (this.storeText >> 3);
        this.store = { numbers: new Float64Array(n), offs: new Int32Array(n + 1), text: Buffer.allocUnsafeSlow(t), counts: new Float64Array(n) };
        this.storeLen = 0;
        this.storeText = 0;
        this.storeBase = 0;
        this.storeUsed = false;
    }
    /** -(id + 1) when found (counted), else the free slot for it. */
    findLong(bytes, a, len, h) {
        const mask = this.mask;
        const ids = this.ids;
        let i = h & mask;
        for (;;) {
            const id = ids[i];
            if (id < 0)
                return i;
            if (this.hashes[i] === h && this.lens[i] === len && this.same(bytes, a, len, this.offs[i])) {
                this.counts[id]++;
                this.foundOff = this.offs[i];
                return -id - 1;
            }
            i = (i + 1) & mask;
        }
    }
    same(bytes, a, len, o) {
        const arena = this.arena;
        for (let k = 0; k < len; k++)
            if (arena[o + k] !== bytes[a + k])
                return false;
        return true;
    }
    fresh(value) {
        const id = this.values.length;
        this.values.push(value);
        if (id === this.counts.length) {
            const c = new Float64Array(id * 2);
            c.set(this.counts);
            this.counts = c;
        }
        this.counts[id] = 1;
        return id;
    }
    insertShort(slot, k, value) {
        const id = this.fresh(value);
        this.skeys[slot] = k;
        this.sids[slot] = id;
        this.sused[this.ssize++] = slot;
        if (2 * this.ssize > this.smask) {
            const n = 2 * (this.smask + 1);
            const mask = n - 1;
            const { skeys, sids, sused, ssize } = this;
            this.skeys = new Float64Array(n);
            this.sids = new Int32Array(n).fill(-1);
            this.sused = new Int32Array(n);
            this.smask = mask;
            for (let j = 0; j < ssize; j++) {
                const o = sused[j];
                let i = shortHash(skeys[o]) & mask;
                while (this.sids[i] >= 0)
                    i = (i + 1) & mask;
                this.skeys[i] = skeys[o];
                this.sids[i] = sids[o];
                this.sused[j] = i;
            }
        }
        return id;
    }
    insertLong(slot, bytes, a, len, h, value) {
        const id = this.fresh(value);
        const o = this.arenaLen;
        if (o + len > this.arena.length) {
            const grown = new Uint8Array(Math.max(2 * this.arena.length, o + len));
            grown.set(this.arena.subarray(0, o));
            this.arena = grown;
        }
        const arena = this.arena;
        for (let k = 0; k < len; k++)
            arena[o + k] = bytes[a + k];
        this.arenaLen = o + len;
        this.hashes[slot] = h;
        this.ids[slot] = id;
        this.offs[slot] = o;
        this.lens[slot] = len;
        this.used[this.size++] = slot;
        if (2 * this.size > this.mask)
            this.growLong();
        return id;
    }
    growLong() {
        const n = 2 * (this.mask + 1);
        const mask = n - 1;
        const { hashes, ids, offs, lens, used, size } = this;
        this.hashes = new Int32Array(n);
        this.ids = new Int32Array(n).fill(-1);
        this.offs = new Int32Array(n);
        this.lens = new Int32Array(n);
        this.used = new Int32Array(n);
        this.mask = mask;
        for (let k = 0; k < size; k++) {
            const o = used[k];
            let i = hashes[o] & mask;
            while (this.ids[i] >= 0)
                i = (i + 1) & mask;
            this.hashes[i] = hashes[o];
            this.ids[i] = ids[o];
            this.offs[i] = offs[o];
            this.lens[i] = lens[o];
            this.used[k] = i;
        }
    }
    /** Hands the batch's dictionary over (rows' codes are the caller's) and starts the next batch. */
    take(codes, rows) {
        const size = this.values.length;
        let counts;
        if (this.parseNumbers) {
            // Into the batch's store (a view, no allocation of its own per column and batch).
            const all = this.store.counts;
            all.set(this.counts.subarray(0, size), this.storeBase);
            counts = all.subarray(this.storeBase, this.storeBase + size);
        }
        else
            counts = this.counts.slice(0, size);
        const d = column_dictionary/* ColumnDictionary */.n.prebuilt(this.values, counts, codes, rows);
        if (this.storeUsed)
            d.setNumbers(this.store, this.storeBase);
        this.storeBase = this.storeLen;
        this.storeUsed = false;
        for (let k = 0; k < this.ssize; k++)
            this.sids[this.sused[k]] = -1;
        this.ssize = 0;
        for (let k = 0; k < this.size; k++)
            this.ids[this.used[k]] = -1;
        this.size = 0;
        this.arenaLen = 0;
        this.lastId = -1;
        this.values = [];
        return d;
    }
}
/** A batch that arrives dictionary-encoded; `values` (each row's cell) is built on first access. */
class EncodedBatch {
    columns;
    dictionaries;
    length;
    lines;
    rowOffset;
    cells;
    constructor(columns, dictionaries, length, lines, rowOffset) {
        this.columns = columns;
        this.dictionaries = dictionaries;
        this.length = length;
        this.lines = lines;
        this.rowOffset = rowOffset;
    }
    get values() {
        return (this.cells ??= this.dictionaries.map((d, c) => {
            if (d === undefined)
                throw new Error(`csv: column ${c} was not encoded (encodeColumns)`);
            return d.cells();
        }));
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(522);
;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ../../../../shared/data/csv-chunks.ts
/**
 * A text file read in chunks for the CSV reader: 1 MB reads (gunzipped for .gz), checked as UTF-8
 * once per chunk (isAscii, else isUtf8: both simdutf), the first bad byte located only when that
 * fails and reported at its line and column.
 */







/** Thrown by textChunks after the valid text before a bad byte has been yielded. */
class InvalidUtf8 extends Error {
    byte;
    constructor(byte) {
        super(`invalid UTF-8 byte 0x${byte.toString(16).padStart(2, '0')}`);
        this.byte = byte;
    }
}
async function* rawChunks(file, options) {
    const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    if (options.gzip && (options.start !== undefined || options.end !== undefined)) {
        throw new errors/* UsageError */.eb('a byte range of a gzip file cannot be read', { hint: 'read the whole .gz file' });
    }
    if (options.gzip) {
        const stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: Math.max(size, 64) }).pipe((0,external_node_zlib_.createGunzip)({ chunkSize: Math.max(size, 64) }));
        try {
            for await (const chunk of stream)
                yield chunk;
        }
        catch (e) {
            throw new errors/* InputError */.dz(`cannot decompress: ${e.message}`, {
                location: { file },
                hint: 'the file ends in .gz but is not a complete gzip stream; re-compress it or drop the .gz',
                cause: e,
            });
        }
        return;
    }
    const fh = await (0,promises_.open)(file, 'r');
    try {
        // One buffer, reused: every chunk is copied into a JS string before the next read.
        const buf = Buffer.allocUnsafe(size);
        let pos = options.start ?? 0;
        const end = options.end ?? Infinity;
        for (;;) {
            const want = Math.min(size, end - pos);
            if (want <= 0)
                return;
            const { bytesRead } = await fh.read(buf, 0, want, pos);
            if (bytesRead === 0)
                return;
            pos += bytesRead;
            yield buf.subarray(0, bytesRead);
        }
    }
    finally {
        await fh.close();
    }
}
/** Length of the UTF-8 sequence a lead byte starts (0: not a valid lead byte). */
function sequenceLength(b) {
    if (b < 0x80)
        return 1;
    if (b >= 0xc2 && b <= 0xdf)
        return 2;
    if (b >= 0xe0 && b <= 0xef)
        return 3;
    if (b >= 0xf0 && b <= 0xf4)
        return 4;
    return 0;
}
/** Index of the first byte that does not start a valid sequence (slow; only after isUtf8 failed). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const len = sequenceLength(bytes[i]);
        if (len === 0 || i + len > bytes.length || !(0,external_node_buffer_namespaceObject.isUtf8)(bytes.subarray(i, i + len)))
            return i;
        i += len;
    }
    return bytes.length;
}
/**
 * The file as a stream of JS strings, one per read, each cut at a character boundary, validated as
 * UTF-8 (BOM stripped). On a bad byte it yields the valid text before it, then throws InvalidUtf8,
 * so the caller can say where the bad byte is in its own terms (line and column).
 */
async function* textChunks(file, options = {}) {
    let carry = null;
    // Only the file's first bytes can be a byte order mark.
    let first = (options.start ?? 0) === 0;
    for await (const raw of rawChunks(file, options)) {
        let bytes = carry ? Buffer.concat([carry, raw]) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
        carry = null;
        // Keep an incomplete multi-byte character for the next chunk.
        const cut = characterCut(bytes);
        if (cut < bytes.length) {
            carry = Buffer.from(bytes.subarray(cut)); // copy: `raw` is reused for the next read
            bytes = bytes.subarray(0, cut);
        }
        let text;
        if ((0,external_node_buffer_namespaceObject.isAscii)(bytes))
            text = bytes.toString('latin1');
        else if ((0,external_node_buffer_namespaceObject.isUtf8)(bytes))
            text = bytes.toString('utf8');
        else {
            const bad = firstInvalidUtf8(bytes);
            let prefix = bytes.toString('utf8', 0, bad);
            if (first && prefix.charCodeAt(0) === 0xfeff)
                prefix = prefix.slice(1);
            if (prefix.length > 0)
                yield prefix;
            throw new InvalidUtf8(bytes[bad]);
        }
        // (Only once there is text: with reads of 1-2 bytes the BOM's first chunks are empty.)
        if (first && text.length > 0) {
            first = false;
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
        }
        if (text.length > 0)
            yield text;
    }
    if (carry)
        throw new InvalidUtf8(carry[0]); // the file ends inside a character
}
/** Where to cut `bytes` so that an incomplete multi-byte character at its end is left over. */
function characterCut(bytes) {
    let cut = bytes.length;
    for (let k = 1; k <= 3 && k <= bytes.length; k++) {
        const b = bytes[bytes.length - k];
        if ((b & 0xc0) === 0x80)
            continue;
        if (b >= 0xc0 && sequenceLength(b) > k)
            cut = bytes.length - k;
        break;
    }
    return cut;
}
/**
 * The byte-path twin of textChunks: the file as validated UTF-8 byte chunks, each cut at a
 * character boundary (`ascii`: every byte < 0x80). Chunks may be views of a reused buffer: valid
 * until the next one is requested. On a bad byte it yields the valid bytes before it, then throws
 * InvalidUtf8. The BOM is left to the parser.
 */
async function* byteChunks(file, options) {
    let carry = null;
    for await (const raw of rawChunks(file, options)) {
        let bytes = carry ? Buffer.concat([carry, raw]) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
        carry = null;
        const cut = characterCut(bytes);
        if (cut < bytes.length) {
            carry = Buffer.from(bytes.subarray(cut));
            bytes = bytes.subarray(0, cut);
        }
        const ascii = (0,external_node_buffer_namespaceObject.isAscii)(bytes);
        if (!ascii && !(0,external_node_buffer_namespaceObject.isUtf8)(bytes)) {
            const bad = firstInvalidUtf8(bytes);
            if (bad > 0)
                yield { bytes: bytes.subarray(0, bad), ascii: false };
            throw new InvalidUtf8(bytes[bad]);
        }
        if (bytes.length > 0)
            yield { bytes, ascii };
    }
    if (carry)
        throw new InvalidUtf8(carry[0]);
}
/** Where the end of `text` is, given that `text` starts at the beginning of line `line`. */
function endOfText(text, line) {
    let lineStart = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: text.length - lineStart + 1 };
}
function invalidUtf8Error(file, e, where) {
    return new errors/* InputError */.dz(`${e.message}: the file is not valid UTF-8`, {
        location: { file, line: where.line, column: where.column },
        hint: 'save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)',
    });
}

;// CONCATENATED MODULE: ../../../../shared/data/csv-text-parser.ts
/**
 * The string parser: RFC 4180 records from decoded text, with lenient quotes (like pandas and
 * Python's csv module) and physical line numbers. The reference the byte parser is checked against,
 * and what the byte parser hands the rare cases to (the header, quoted records, error text).
 */




/** The incremental parser: feed it text, collect full batches from `ready`. */
class CsvParser {
    file;
    askedRows;
    batches;
    header = null;
    ready = [];
    buf = '';
    pos = 0;
    /** Physical line of `pos` (always the start of a record or a blank line). */
    line = 1;
    rows = 0;
    rowOffset = 0;
    values = [];
    lines;
    delim;
    delimCode;
    // Scratch for the slow (quoted) path.
    fields = [];
    fieldCols = [];
    slowLine = 0;
    /**
     * Characters held when the last feed could not complete a record (0: it could). Parsing again
     * waits until that has doubled, so a record (or header) spanning many reads is parsed O(1) times
     * per doubling, not once per read: linear, where re-parsing on every read was quadratic
     * (a 32 MB header line took 37 s).
     */
    stuckAt = 0;
    batchRows;
    constructor(file, askedRows, delimiter, header, 
    /** false: the byte parser's helper, which parses headers and single records, never batches. */
    batches = true) {
        this.file = file;
        this.askedRows = askedRows;
        this.batches = batches;
        this.delim = delimiter;
        this.delimCode = delimiter.charCodeAt(0);
        this.batchRows = askedRows;
        this.lines = new Int32Array(batches ? askedRows : 0);
        if (header) {
            this.header = [...header];
            this.newArrays();
        }
    }
    /** The line the text after everything fed so far starts on (after the final feed). */
    nextLine() {
        return this.line;
    }
    /** Where the end of everything fed so far is (for errors found outside the parser). */
    endPosition() {
        return endOfText(this.buf.slice(this.pos), this.line);
    }
    feed(text, final) {
        const held = this.buf.length - this.pos;
        if (!final && this.stuckAt >= REPARSE_EVERY_READ_BELOW && held + text.length < 2 * this.stuckAt) {
            // A cons string: no copy until the next parse flattens it once.
            this.buf = this.buf.slice(this.pos) + text;
            this.pos = 0;
            this.checkHeaderSize(final);
            return;
        }
        this.parseFed(text, final);
        const left = this.buf.length - this.pos;
        this.stuckAt = left > 0 && left === held + text.length ? left : 0;
        this.checkHeaderSize(final);
    }
    /** The header row must end within MAX_HEADER_BYTES (counted in characters here, bytes on the byte path). */
    checkHeaderSize(final, held = this.buf.length - this.pos) {
        if (this.header !== null || final || held <= MAX_HEADER_BYTES)
            return;
        throw new errors/* InputError */.dz(`the header row is longer than ${MAX_HEADER_BYTES / (1024 * 1024)} MiB`, {
            location: { file: this.file, line: this.line, column: 1 },
            hint: 'the first line of a CSV file names its columns; check that this is a CSV file with line breaks (LF or CRLF) between rows',
        });
    }
    parseFed(text, final) {
        if (this.pos < this.buf.length && this.header !== null) {
            // Finish the record cut by the read boundary on a small string, so the big chunk is not
            // copied into a concatenation (that cost ~10% of the parse).
            const leftover = this.buf.slice(this.pos);
            let cut = text.indexOf('\n');
            const cr = text.indexOf('\r');
            if (cr !== -1 && (cut === -1 || cr < cut) && cr + 1 < text.length)
                cut = text.charCodeAt(cr + 1) === LF ? cr + 1 : cr;
            if (cut !== -1) {
                this.buf = leftover + text.slice(0, cut + 1);
                this.pos = 0;
                this.parseRows(false);
                if (this.pos === this.buf.length) {
                    this.buf = text.slice(cut + 1);
                    this.pos = 0;
                    this.parseRows(final);
                    this.finish(final);
                    return;
                }
                // The record goes on (a quoted line break): fall back to one string.
                this.buf = this.buf.slice(this.pos) + text.slice(cut + 1);
                this.pos = 0;
                this.parseRows(final);
                this.finish(final);
                return;
            }
        }
        this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
        this.pos = 0;
        if (this.header === null) {
            if (!this.parseHeader(final))
                return;
        }
        this.parseRows(final);
        this.finish(final);
    }
    finish(final) {
        if (final && this.rows > 0)
            this.flush();
    }
    parseHeader(final) {
        const s = this.buf;
        for (;;) {
            // Skip blank lines before the header.
            const c = s.charCodeAt(this.pos);
            if (c === LF) {
                this.pos++;
                this.line++;
                continue;
            }
            if (c === CR) {
                if (this.pos + 1 >= s.length && !final)
                    return false;
                this.pos += s.charCodeAt(this.pos + 1) === LF ? 2 : 1;
                this.line++;
                continue;
            }
            break;
        }
        if (this.pos >= s.length) {
            if (final) {
                throw new errors/* InputError */.dz('file is empty', {
                    location: { file: this.file, line: this.line, column: 1 },
                    hint: 'a CSV file needs a header row naming its columns',
                });
            }
            return false;
        }
        const next = this.slowRecord(s, this.pos, this.line, final);
        if (next === NEED_MORE)
            return false;
        const names = this.fields.slice();
        if (names.length > MAX_COLUMNS) {
            throw new errors/* InputError */.dz(`the header row names ${names.length} columns, more than the ${MAX_COLUMNS} we read`, {
                location: { file: this.file, line: this.line, column: 1 },
                hint: `split the table into files of at most ${MAX_COLUMNS} columns, or store it transposed; check the delimiter if the file should have fewer`,
            });
        }
        const seen = new Map();
        for (let i = 0; i < names.length; i++) {
            const name = names[i];
            const loc = { file: this.file, line: this.line, column: this.fieldCols[i] };
            if (name.trim() === '') {
                throw new errors/* InputError */.dz(`header column ${i + 1} has an empty name`, {
                    location: loc,
                    hint: 'give every column a name in the first row',
                });
            }
            const prev = seen.get(name);
            if (prev !== undefined) {
                throw new errors/* InputError */.dz(`duplicate column name "${name}" (columns ${prev + 1} and ${i + 1})`, {
                    location: loc,
                    hint: 'column names in the header row must be unique',
                });
            }
            seen.set(name, i);
        }
        this.header = names;
        this.line = this.slowLine;
        this.pos = next;
        this.newArrays();
        return true;
    }
    newArrays() {
        if (!this.batches)
            return;
        const n = this.header.length;
        this.batchRows = rowsPerBatch(this.askedRows, n);
        this.values = new Array(n);
        for (let c = 0; c < n; c++)
            this.values[c] = new Array(this.batchRows);
        this.lines = new Int32Array(this.batchRows);
    }
    flush() {
        const n = this.rows;
        const values = this.values;
        let lines = this.lines;
        if (n < this.batchRows) {
            for (const col of values)
                col.length = n;
            lines = lines.subarray(0, n);
        }
        this.ready.push({ columns: this.header, values: values, length: n, lines, rowOffset: this.rowOffset });
        this.rowOffset += n;
        this.rows = 0;
        this.newArrays();
    }
    parseRows(final) {
        const s = this.buf;
        const n = s.length;
        const delim = this.delim;
        const ncols = this.header.length;
        const last = ncols - 1;
        let pos = this.pos;
        let line = this.line;
        let r = this.rows;
        let values = this.values;
        let lines = this.lines;
        let nextQuote = -1;
        let nextCR = -1;
        while (pos < n) {
            if (nextQuote !== FAR && nextQuote < pos) {
                nextQuote = s.indexOf('"', pos);
                if (nextQuote === -1)
                    nextQuote = FAR;
            }
            if (nextCR !== FAR && nextCR < pos) {
                nextCR = s.indexOf('\r', pos);
                if (nextCR === -1)
                    nextCR = FAR;
            }
            let end = s.indexOf('\n', pos);
            let next;
            if (end === -1)
                end = n;
            if (nextCR < end) {
                end = nextCR;
                if (end + 1 < n)
                    next = s.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
                else if (final)
                    next = n;
                else
                    break;
            }
            else if (end === n) {
                if (!final)
                    break;
                next = n;
            }
            else
                next = end + 1;
            if (nextQuote < end) {
                // Slow path: the record has a quote, and may run over several lines.
                const after = this.slowRecord(s, pos, line, final);
                if (after === NEED_MORE)
                    break;
                if (this.fields.length !== ncols)
                    this.raggedError(line, this.fields.length, ncols);
                const f = this.fields;
                for (let c = 0; c < ncols; c++)
                    values[c][r] = f[c];
                lines[r++] = line;
                line = this.slowLine;
                pos = after;
            }
            else if (end === pos) {
                // blank line
                line++;
                pos = next;
                continue;
            }
            else {
                let p = pos;
                for (let c = 0; c < last; c++) {
                    const d = s.indexOf(delim, p);
                    if (d === -1 || d >= end) {
                        this.slowRecord(s, pos, line, true);
                        this.raggedError(line, this.fields.length, ncols);
                    }
                    values[c][r] = s.slice(p, d);
                    p = d + 1;
                }
                const d = s.indexOf(delim, p);
                if (d !== -1 && d < end) {
                    this.slowRecord(s, pos, line, true);
                    this.raggedError(line, this.fields.length, ncols);
                }
                values[last][r] = s.slice(p, end);
                lines[r++] = line;
                line++;
                pos = next;
            }
            if (r === this.batchRows) {
                this.rows = r;
                this.flush();
                r = 0;
                values = this.values;
                lines = this.lines;
            }
        }
        this.pos = pos;
        this.line = line;
        this.rows = r;
    }
    raggedError(line, found, expected) {
        const col = found > expected ? this.fieldCols[expected] : this.fieldCols[found - 1] + this.fields[found - 1].length;
        throw new errors/* InputError */.dz(`expected ${expected} fields, found ${found}`, {
            location: { file: this.file, line, column: col },
            hint: `every row needs as many fields as the header has columns (${expected}); quote fields that contain "${this.delim === '\t' ? '\\t' : this.delim}"`,
        });
    }
    /**
     * Parses one record starting at `start` (a line start) into `fields`/`fieldCols`, setting
     * `slowLine` to the line after it. Returns the position after the record's line break, or
     * NEED_MORE if the text ends before the record does and more may come.
     */
    slowRecord(s, start, startLine, final) {
        const n = s.length;
        const fields = this.fields;
        const cols = this.fieldCols;
        const delimCode = this.delimCode;
        fields.length = 0;
        cols.length = 0;
        let line = startLine;
        let lineStart = start;
        let p = start;
        for (;;) {
            cols.push(p - lineStart + 1);
            let value = '';
            if (p < n && s.charCodeAt(p) === QUOTE) {
                const openLine = line;
                const openCol = p - lineStart + 1;
                let q = p + 1;
                for (;;) {
                    const e = s.indexOf('"', q);
                    if (e === -1) {
                        if (!final)
                            return NEED_MORE;
                        throw new errors/* InputError */.dz('unterminated quoted field', {
                            location: { file: this.file, line: openLine, column: openCol },
                            hint: 'the quote opened here never closes; close it, or double a quote inside a field ("")',
                        });
                    }
                    for (let i = q; i < e; i++) {
                        const c = s.charCodeAt(i);
                        if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) {
                            line++;
                            lineStart = i + 1;
                        }
                    }
                    value += s.slice(q, e);
                    if (e + 1 >= n && !final)
                        return NEED_MORE;
                    if (s.charCodeAt(e + 1) === QUOTE) {
                        value += '"';
                        q = e + 2;
                        continue;
                    }
                    p = e + 1;
                    break;
                }
            }
            // Unquoted field, or lenient text after a closing quote: up to the delimiter or line end.
            let e = p;
            while (e < n) {
                const c = s.charCodeAt(e);
                if (c === delimCode || c === LF || c === CR)
                    break;
                e++;
            }
            if (e > p)
                value += s.slice(p, e);
            fields.push(value);
            if (e >= n) {
                if (!final)
                    return NEED_MORE;
                this.slowLine = line + 1;
                return n;
            }
            const c = s.charCodeAt(e);
            if (c === delimCode) {
                p = e + 1;
                continue;
            }
            this.slowLine = line + 1;
            if (c === LF)
                return e + 1;
            if (e + 1 >= n)
                return final ? n : NEED_MORE;
            return s.charCodeAt(e + 1) === LF ? e + 2 : e + 1;
        }
    }
}

;// CONCATENATED MODULE: ../../../../shared/data/csv-byte-parser.ts






/**
 * The byte parser: the same records, lines and errors as CsvParser, without a string per cell.
 * A record (line) with no '"' is split at the delimiter byte and each field hashed and looked up
 * in its column's ByteColumn, in one pass over its bytes. Everything rarer goes through a
 * CsvParser on decoded text: the header, records with a quote (decoded from the record's start,
 * in windows that double until the record ends), and the text of error messages.
 */
class CsvByteParser {
    askedRows;
    bom;
    columnMajorFrom;
    encodeColumns;
    header = null;
    ready = [];
    strings;
    delimByte;
    /** Unparsed bytes (a record cut by the read boundary) are work[0, left). */
    work = Buffer.allocUnsafe(1 << 16);
    left = 0;
    leftAscii = true;
    line = 1;
    rows = 0;
    rowOffset = 0;
    columns = [];
    codes = new Int32Array(0);
    lines = new Int32Array(0);
    scratch = Buffer.allocUnsafe(256);
    /** Bytes held when the last feed completed no record (0: it did); see CsvParser.stuckAt. */
    stuckAt = 0;
    /**
     * The column-major path (COLUMN_MAJOR_MIN_COLUMNS): the batch's records are copied into `arena`
     * and each field's start noted (starts[c * B + r]; a field ends one byte before the next one
     * starts, the last at rowEnds[r]); flush() then encodes the batch column by column with the one
     * table in `shared`. Null on the row-by-row path.
     */
    arena = null;
    arenaLen = 0;
    arenaAscii = true;
    starts = new Int32Array(0);
    rowEnds = new Int32Array(0);
    shared = null;
    batchRows;
    constructor(file, askedRows, delimiter, header, 
    /** Whether the bytes start at the file's start (where a BOM may be). */
    bom, columnMajorFrom = COLUMN_MAJOR_MIN_COLUMNS, encodeColumns) {
        this.askedRows = askedRows;
        this.bom = bom;
        this.columnMajorFrom = columnMajorFrom;
        this.encodeColumns = encodeColumns;
        this.batchRows = askedRows;
        this.strings = new CsvParser(file, askedRows, delimiter, header, false);
        this.delimByte = delimiter.charCodeAt(0);
        if (header) {
            this.header = [...header];
            this.newBatch();
        }
    }
    nextLine() {
        return this.line;
    }
    endPosition() {
        return endOfText(decode(this.work, 0, this.left, this.leftAscii), this.line);
    }
    feed(chunk, ascii, final) {
        let bytes = chunk;
        let n = chunk.length;
        if (this.left > 0) {
            n = this.left + chunk.length;
            if (this.work.length < n) {
                const grown = Buffer.allocUnsafe(Math.max(n, 2 * this.work.length));
                this.work.copy(grown, 0, 0, this.left);
                this.work = grown;
            }
            chunk.copy(this.work, this.left);
            bytes = this.work;
            ascii = ascii && this.leftAscii;
        }
        if (!final && this.stuckAt >= REPARSE_EVERY_READ_BELOW && n < 2 * this.stuckAt) {
            // Still inside the record (or header) the last feed could not finish: parse it again only
            // once the bytes held have doubled, so a record spanning many reads stays linear.
            this.left = n;
            this.leftAscii = ascii;
            this.strings.checkHeaderSize(false, n);
            return;
        }
        let pos = 0;
        if (this.bom) {
            if (n < 3 && !final)
                return this.keep(bytes, 0, n, ascii);
            this.bom = false;
            if (n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
                pos = 3;
        }
        if (this.header === null) {
            pos = this.parseHeader(bytes, pos, n, ascii, final);
            if (this.header === null) {
                this.stuckAt = pos === 0 ? n : 0;
                this.strings.checkHeaderSize(final, n - pos);
                return this.keep(bytes, pos, n, ascii);
            }
        }
        const from = pos;
        pos = this.parseRows(bytes, pos, n, ascii, final);
        this.stuckAt = pos === 0 && from === 0 && n > 0 ? n : 0;
        this.keep(bytes, pos, n, ascii);
        if (final && this.rows > 0)
            this.flush();
    }
    /** Keeps bytes[pos, n) for the next feed. */
    keep(bytes, pos, n, ascii) {
        const len = n - pos;
        if (len > 0) {
            if (bytes === this.work) {
                if (pos > 0)
                    bytes.copyWithin(0, pos, n);
            }
            else {
                if (this.work.length < len)
                    this.work = Buffer.allocUnsafe(Math.max(len, 2 * this.work.length));
                bytes.copy(this.work, 0, pos, n);
            }
        }
        this.left = len;
        this.leftAscii = ascii;
    }
    parseHeader(bytes, pos, n, ascii, final) {
        const st = this.strings;
        const s = decode(bytes, pos, n, ascii);
        st.buf = s;
        st.pos = 0;
        st.line = this.line;
        const ok = st.parseHeader(final);
        const consumed = ascii ? st.pos : Buffer.byteLength(s.slice(0, st.pos));
        this.line = st.line;
        st.buf = '';
        if (ok) {
            this.header = st.header.slice();
            this.newBatch();
        }
        return pos + consumed;
    }
    newBatch() {
        const ncols = this.header.length;
        this.batchRows = rowsPerBatch(this.askedRows, ncols);
        if (ncols >= this.columnMajorFrom) {
            if (this.arena === null) {
                this.arena = Buffer.allocUnsafe(1 << 16);
                this.starts = new Int32Array(ncols * this.batchRows);
                this.rowEnds = new Int32Array(this.batchRows);
                this.shared = new ByteColumn();
                this.shared.parseNumbers = true;
            }
            this.arenaLen = 0;
            this.arenaAscii = true;
            // encodeArena allocates the codes of the columns it encodes, once it knows the batch's rows.
        }
        else {
            while (this.columns.length < ncols)
                this.columns.push(new ByteColumn());
            this.codes = new Int32Array(ncols * this.batchRows);
        }
        this.lines = new Int32Array(this.batchRows);
    }
    /** Room for `len` more bytes in the arena. */
    arenaRoom(len) {
        const need = this.arenaLen + len;
        if (this.arena.length < need) {
            const grown = Buffer.allocUnsafe(Math.max(need, 2 * this.arena.length));
            this.arena.copy(grown, 0, 0, this.arenaLen);
            this.arena = grown;
        }
        return this.arena;
    }
    /**
     * Column-major path: copies record b[pos, end) (no quote in it) into the arena as row r and notes
     * where its fields start. Returns false when its field count is wrong.
     */
    recordToArena(b, pos, end, r, ascii) {
        const delim = this.delimByte;
        const ncols = this.header.length;
        const B = this.batchRows;
        const starts = this.starts;
        const o = this.arenaLen - pos;
        let p = pos;
        for (let c = 0; c < ncols; c++) {
            starts[c * B + r] = p + o;
            let q = p;
            while (q < end && b[q] !== delim)
                q++;
            if (q < end !== c < ncols - 1)
                return false;
            p = q + 1;
        }
        const arena = this.arenaRoom(end - pos);
        b.copy(arena, this.arenaLen, pos, end);
        this.arenaLen += end - pos;
        this.rowEnds[r] = this.arenaLen;
        if (!ascii)
            this.arenaAscii = false;
        return true;
    }
    /** Column-major path: a quoted record's fields (already unquoted) into the arena as row r. */
    fieldsToArena(fields, r) {
        const B = this.batchRows;
        for (let c = 0; c < fields.length; c++) {
            const f = fields[c];
            // One byte more than the field: the gap where a delimiter would be (a field ends one byte
            // before the next one starts).
            const arena = this.arenaRoom(3 * f.length + 1);
            this.starts[c * B + r] = this.arenaLen;
            const len = arena.write(f, this.arenaLen);
            if (len !== f.length)
                this.arenaAscii = false;
            this.arenaLen += len + 1;
        }
        this.rowEnds[r] = this.arenaLen - 1;
    }
    /** Column-major path: encodes the batch's n rows column by column. */
    encodeArena(n, dicts) {
        const arena = this.arena;
        const B = this.batchRows;
        const ncols = this.header.length;
        const starts = this.starts;
        const rowEnds = this.rowEnds;
        const col = this.shared;
        const ascii = this.arenaAscii;
        const from = Math.max(0, this.encodeColumns?.start ?? 0);
        const to = Math.min(ncols, this.encodeColumns?.end ?? ncols);
        // Codes for the encoded columns' n rows only: a worker of a column split encodes half of a wide
        // table's columns, and a batch's codes were ncols x B (4 MB at 10,000 columns), every batch.
        const codes = new Int32Array(Math.max(0, to - from) * n);
        for (let c = from; c < to; c++) {
            const base = c * B;
            const next = base + B;
            const last = c === ncols - 1;
            const out = (c - from) * n;
            for (let r = 0; r < n; r++) {
                const a = starts[base + r];
                const e = last ? rowEnds[r] : starts[next + r] - 1;
                codes[out + r] = col.idInBatch(arena, a, e, ascii);
            }
            dicts[c] = col.take(codes.subarray(out, out + n), n);
        }
        col.newStore();
    }
    flush() {
        const n = this.rows;
        const B = this.batchRows;
        const ncols = this.header.length;
        const dicts = new Array(ncols);
        if (this.arena !== null)
            this.encodeArena(n, dicts);
        else
            for (let c = 0; c < ncols; c++)
                dicts[c] = this.columns[c].take(this.codes.subarray(c * B, c * B + n), n);
        const lines = n < B ? this.lines.subarray(0, n) : this.lines;
        this.ready.push(new EncodedBatch(this.header, dicts, n, lines, this.rowOffset));
        this.rowOffset += n;
        this.rows = 0;
        this.newBatch();
    }
    /** Parses the records in bytes[pos, n); returns where the unparsed rest starts. */
    parseRows(b, pos, n, ascii, final) {
        const delim = this.delimByte;
        const ncols = this.header.length;
        const last = ncols - 1;
        const B = this.batchRows;
        const columns = this.columns;
        // A value new to its batch column is made from its own bytes (ByteColumn.id), not
        // sliced from the whole read decoded at once: on flights-3m.csv (~1 in 3 fields new to the
        // batch) decoding each 1 MB read cost more than the values' own decodes, and as V8 keeps a
        // slice of 13 or more characters as a view of its parent, every timestamp the sketches kept
        // held a whole read's text: a worker's shard took ~20% less CPU without it (and fewer old-space
        // collections).
        let line = this.line;
        let r = this.rows;
        let codes = this.codes;
        let lines = this.lines;
        let nextQuote = -1;
        let nextCR = -1;
        // Records that start before `lastEnd` end at a '\n' in this range: with no quote and no CR
        // after them either, each is split in one pass that stops at the delimiter or the '\n' (the
        // row-by-row path's usual case), not found with indexOf first (a call into the runtime a row).
        const lastEnd = this.arena === null ? b.lastIndexOf(LF, n - 1) + 1 : 0;
        while (pos < n) {
            if (pos < lastEnd && nextQuote === FAR && nextCR === FAR) {
                if (b[pos] === LF) {
                    // blank line
                    line++;
                    pos++;
                    continue;
                }
                let p = pos;
                for (let c = 0; c < ncols; c++) {
                    let q = p;
                    let w = 0;
                    let x = b[q];
                    while (x !== delim && x !== LF) {
                        w = (w << 8) | x;
                        x = b[++q];
                    }
                    if ((x === LF) !== (c === last))
                        this.raggedRecord(b, pos, x === LF ? q : b.indexOf(LF, q), ascii, line);
                    codes[c * B + r] = columns[c].id(b, p, q, w, ascii);
                    p = q + 1;
                }
                lines[r++] = line;
                line++;
                pos = p;
                if (r === B) {
                    this.rows = r;
                    this.flush();
                    r = 0;
                    codes = this.codes;
                    lines = this.lines;
                }
                continue;
            }
            if (nextQuote !== FAR && nextQuote < pos) {
                nextQuote = b.indexOf(QUOTE, pos);
                if (nextQuote === -1 || nextQuote >= n)
                    nextQuote = FAR;
            }
            if (nextCR !== FAR && nextCR < pos) {
                nextCR = b.indexOf(CR, pos);
                if (nextCR === -1 || nextCR >= n)
                    nextCR = FAR;
            }
            let end = b.indexOf(LF, pos);
            if (end === -1 || end > n)
                end = n;
            let next;
            if (nextCR < end) {
                end = nextCR;
                if (end + 1 < n)
                    next = b[end + 1] === LF ? end + 2 : end + 1;
                else if (final)
                    next = n;
                else
                    break;
            }
            else if (end === n) {
                if (!final)
                    break;
                next = n;
            }
            else
                next = end + 1;
            if (nextQuote < end) {
                const after = this.quotedRecord(b, pos, n, ascii, final, line, codes, r);
                if (after === NEED_MORE)
                    break;
                lines[r++] = line;
                line = this.strings.slowLine;
                pos = after;
            }
            else if (end === pos) {
                // blank line
                line++;
                pos = next;
                continue;
            }
            else if (this.arena !== null) {
                if (!this.recordToArena(b, pos, end, r, ascii))
                    this.raggedRecord(b, pos, end, ascii, line);
                lines[r++] = line;
                line++;
                pos = next;
            }
            else {
                let p = pos;
                for (let c = 0; c < ncols; c++) {
                    let q = p;
                    let w = 0;
                    while (q < end) {
                        const x = b[q];
                        if (x === delim)
                            break;
                        w = (w << 8) | x;
                        q++;
                    }
                    if (q < end !== c < last)
                        this.raggedRecord(b, pos, end, ascii, line);
                    codes[c * B + r] = columns[c].id(b, p, q, w, ascii);
                    p = q + 1;
                }
                lines[r++] = line;
                line++;
                pos = next;
            }
            if (r === B || (this.arena !== null && this.arenaLen >= COLUMN_MAJOR_MAX_BATCH_BYTES)) {
                this.rows = r;
                this.flush();
                r = 0;
                codes = this.codes;
                lines = this.lines;
            }
        }
        this.line = line;
        this.rows = r;
        return pos;
    }
    /** A record whose field count is wrong (no quotes in it): the string parser's error. */
    raggedRecord(b, pos, end, ascii, line) {
        const st = this.strings;
        st.slowRecord(decode(b, pos, end, ascii), 0, line, true);
        return st.raggedError(line, st.fields.length, this.header.length);
    }
    /**
     * A record with a quote, parsed by the string parser from its start; its fields go into the
     * dictionaries as text. Returns the byte after it, or NEED_MORE.
     */
    quotedRecord(b, pos, n, ascii, final, line, codes, r) {
        const st = this.strings;
        const ncols = this.header.length;
        let size = 0;
        let winEnd = pos;
        for (;;) {
            // Windows end after a '\n' (never inside a character) or at n, and double in size.
            size = Math.max(2 * size, 256);
            if (pos + size >= n)
                winEnd = n;
            else {
                const lf = b.indexOf(LF, Math.max(pos + size, winEnd));
                winEnd = lf === -1 || lf >= n ? n : lf + 1;
            }
            const s = decode(b, pos, winEnd, ascii);
            const after = st.slowRecord(s, 0, line, final && winEnd === n);
            if (after === NEED_MORE) {
                if (winEnd === n)
                    return NEED_MORE;
                continue;
            }
            const fields = st.fields;
            if (fields.length !== ncols)
                st.raggedError(line, fields.length, ncols);
            if (this.arena !== null) {
                this.fieldsToArena(fields, r);
                return pos + (ascii ? after : Buffer.byteLength(s.slice(0, after)));
            }
            const B = this.batchRows;
            for (let c = 0; c < ncols; c++) {
                const f = fields[c];
                if (this.scratch.length < 3 * f.length)
                    this.scratch = Buffer.allocUnsafe(Math.max(3 * f.length, 2 * this.scratch.length));
                const len = this.scratch.write(f, 0);
                codes[c * B + r] = this.columns[c].idOfText(f, this.scratch, len);
            }
            return pos + (ascii ? after : Buffer.byteLength(s.slice(0, after)));
        }
    }
}

;// CONCATENATED MODULE: ../../../../shared/data/csv.ts
/**
 * RFC 4180 CSV reader, streamed in columnar batches with bounded memory.
 *
 * Hand-rolled because the libraries are the bottleneck. All rows of bench/out/flights-3m.csv (106 MB,
 * 3M rows, 5 columns), Node 20, 2-core machine shared with other jobs (so: ranges over runs):
 *   csv-parse 7 (stream, 1 MB chunks)      17-19 MB/s
 *   papaparse 5 (stream, 1 MB chunks)      36-47 MB/s
 *   this reader                           115-190 MB/s wall (0.55 s CPU at best = 192 MB/s)
 * and a 1.16 GB CSV (33M rows) streams at ~4M rows/s with peak RSS ~190 MB (of which ~80 MB is
 * node + tsx before reading). What makes it fast: 1 MB reads decoded once per chunk (isAscii ->
 * latin1, else isUtf8 -> utf8: both simdutf, >1 GB/s, and fatal on bad bytes), records found with
 * indexOf('\n'), a record with no '"' split with indexOf(delimiter) and one slice per cell, the next
 * '"' and '\r' positions cached (one search per chunk when a file has none), the record cut by a
 * read boundary finished on a small string instead of concatenating chunks, and small batches
 * (DEFAULT_BATCH_ROWS) so cell strings die young.
 *
 * Semantics:
 * - Header row names the columns; empty or duplicate names are an InputError.
 * - Line endings LF, CRLF or CR (also mixed); a UTF-8 BOM is stripped; the last newline is optional.
 * - Quoted fields may hold delimiters, `""` (a quote) and line breaks; `lines[r]` is the physical line
 *   a record starts on, counting the line breaks inside quoted fields.
 * - Lenient quotes, like pandas and Python's csv module: a `"` inside an unquoted field is an ordinary
 *   character, and characters after a closing quote (before the delimiter) are appended to the field
 *   (`"ab"c` reads `abc`). Only a quoted field that never closes is an error.
 * - Blank lines are skipped (as pandas' skip_blank_lines) but still counted for line numbers.
 * - Cells are strings; an empty field is "" (values.ts decides what counts as missing).
 *
 * Byte path (the default; `bytePath: false` is the string parser above, kept as the reference):
 * records are parsed from the UTF-8 bytes straight into each batch column's dictionary
 * (batch-dictionary.ts), so no string is made per cell. Per read: isAscii / isUtf8 (simdutf) on the
 * chunk, the first bad byte located only when that fails. Per record: '\n', '\r' and '"' found with
 * Buffer.indexOf (the last two cached); a record without '"' is split at the delimiter byte, and each
 * field looked up in its column's ByteColumn (short fields packed into a number, longer ones hashed
 * and compared against an arena copy); only a value new to the batch becomes a string (a slice of
 * the chunk decoded once when it is ASCII, else utf8Slice). Records with a quote, the header, and the
 * text of errors go through the string parser on decoded text, so quoting, line numbers and
 * messages are the reference's by construction (test/data/csv-bytepath.test.ts compares the two on
 * fixed inputs and a seeded fuzz). Batches carry `dictionaries`; the profiler and the validator use
 * them, and `values` is materialised (values[codes[r]]) only when a consumer reads cells: failing
 * rows' samples, compound unique keys, other callers of the reader.
 * Measured 3x each, flights-3m-iso.csv (121 MB) and the bench's other rows, 2-core machine with
 * another job running (load 1.5-4 for the bench rows, so ranges; CPU s the steadier figure):
 *                                   before (string parser)         after (byte path)
 *   reader + dictionaries, 40 MB slice, CPU (min of 6)     0.38 s                  0.26-0.28 s
 *   `mlops validate` CSV, interleaved A/B at load < 1 (wall / CPU / max RSS per /usr/bin/time)
 *                                     2.80-2.95 s / 4.6-5.3 s / 195-201 MB   2.34-2.59 s / 4.2-4.6 s / 189-198 MB
 *   bench/validate-data.ts (wall / MB/s or rows/s / peak RSS / CPU)
 *     CSV 121 MB                      2.65-3.65 s / 33-46 / 166-171 / 2.8-3.6   2.29-3.30 s / 37-53 / 158-160 / 2.6-3.8
 *     Parquet (unchanged path)        1.87-2.67 s / 1.1-1.6M / 189-204 / 2.4-3.0  2.06-2.23 s / 1.3-1.5M / 201-203 / 2.7-2.9
 *     CSV x10 1.2 GB                  23.2-29.6 s / 41-52 / 183-188 / 24-30     19.1-27.3 s / 44-63 / 172-174 / 20-28
 * Profiles and reports are byte-identical to the string parser's (flights CSV, seattle-weather.csv,
 * a 41 MB flights file with quotes, "" and CRLF; sharded and sequential). What is left in a shard
 * worker: ~40% the byte path itself (ByteColumn.id: hash probe and byte compare, ~50 ns a field),
 * the rest profile sketches (frequent items, KLL) and validation; GC ~9%.
 *
 * Files: csv-options.ts (options, batch sizes, limits), csv-chunks.ts (chunked reads, UTF-8 checks),
 * csv-text-parser.ts (the string parser, the reference), csv-byte-column.ts and csv-byte-parser.ts
 * (the byte path); this file picks the parser and is the TableReader.
 */





/** Whether a CSV with this delimiter (default ",") is read on the byte path: an ASCII delimiter. */
function csv_csvUsesBytePath(delimiter = ',') {
    return delimiter.charCodeAt(0) < 0x80;
}
function checkDelimiter(delimiter) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
        throw new errors/* UsageError */.eb(`invalid CSV delimiter ${JSON.stringify(delimiter)}`, {
            hint: 'use a single character other than a quote or a line break, e.g. "," or "\\t"',
        });
    }
    return delimiter;
}
/** A streaming reader for a CSV (or TSV) file. */
function csvReader(file, options = {}) {
    const delimiter = checkDelimiter(options.delimiter ?? ',');
    const bytePath = options.bytePath !== false && csv_csvUsesBytePath(delimiter);
    const batchRows = Math.max(1, options.batchRows ?? (bytePath ? BYTE_PATH_BATCH_ROWS : csv_options_DEFAULT_BATCH_ROWS));
    let header = null;
    /**
     * Reading only the header takes small reads: a 1 MB first read would parse its ~25,000 records
     * for nothing (~30 ms before `mlops validate` can plan its shards).
     */
    function readOptions(headerOnly) {
        return headerOnly ? { ...options, chunkSize: Math.min(options.chunkSize ?? DEFAULT_CHUNK_SIZE, HEADER_CHUNK_SIZE) } : options;
    }
    async function* parseBytes(headerOnly) {
        const parser = new CsvByteParser(file, batchRows, delimiter, options.header, (options.start ?? 0) === 0, options.columnMajorMinColumns, options.encodeColumns);
        try {
            for await (const { bytes, ascii } of byteChunks(file, readOptions(headerOnly))) {
                parser.feed(bytes, ascii, false);
                if (headerOnly && parser.header)
                    break;
                while (parser.ready.length > 0)
                    yield parser.ready.shift();
            }
        }
        catch (e) {
            if (e instanceof InvalidUtf8)
                throw invalidUtf8Error(file, e, parser.endPosition());
            throw e;
        }
        if (!(headerOnly && parser.header))
            parser.feed(Buffer.alloc(0), true, true);
        header = parser.header;
        if (!headerOnly) {
            while (parser.ready.length > 0)
                yield parser.ready.shift();
            options.onEnd?.(parser.nextLine());
        }
    }
    async function* parse(headerOnly) {
        if (bytePath) {
            yield* parseBytes(headerOnly);
            return;
        }
        const parser = new CsvParser(file, batchRows, delimiter, options.header);
        try {
            for await (const text of textChunks(file, readOptions(headerOnly))) {
                parser.feed(text, false);
                if (headerOnly && parser.header)
                    break;
                while (parser.ready.length > 0)
                    yield parser.ready.shift();
            }
        }
        catch (e) {
            if (e instanceof InvalidUtf8)
                throw invalidUtf8Error(file, e, parser.endPosition());
            throw e;
        }
        if (!(headerOnly && parser.header))
            parser.feed('', true);
        header = parser.header;
        if (!headerOnly) {
            while (parser.ready.length > 0)
                yield parser.ready.shift();
            options.onEnd?.(parser.nextLine());
        }
    }
    return {
        file,
        format: 'csv',
        hasLines: true,
        async columns() {
            if (header === null)
                for await (const _ of parse(true))
                    ;
            return header;
        },
        batches: () => parse(false),
    };
}

;// CONCATENATED MODULE: ../../../../shared/data/jsonl.ts
/**
 * JSON Lines reader (https://jsonlines.org): one JSON object per line, streamed in columnar batches.
 *
 * - Blank (whitespace-only) lines are skipped; LF or CRLF line endings; UTF-8 (BOM stripped).
 * - Columns come from the first record's keys and grow, in order of first appearance, when a later
 *   record has a new key: a batch's `columns` is a new array whenever it grew, and rows of that batch
 *   before the key appeared hold `undefined` (as do records that lack a key).
 * - Scalars keep their JSON type (string, number, boolean, null); objects and arrays are re-serialised
 *   to JSON text. Integers beyond 2^53 lose precision, as in JSON.parse.
 */



const jsonl_CR = 13;
function isBlank(s, start, end) {
    for (let i = start; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 13 && c !== 10)
            return false;
    }
    return true;
}
class JsonlParser {
    file;
    batchRows;
    partial;
    columns = null;
    /** The first record's keys (what `columns()` promises before reading rows). */
    firstKeys = null;
    ready = [];
    index = new Map();
    values = [];
    lines;
    rows = 0;
    rowOffset = 0;
    line = 1;
    buf = '';
    pos = 0;
    constructor(file, batchRows, partial = false) {
        this.file = file;
        this.batchRows = batchRows;
        this.partial = partial;
        this.lines = new Int32Array(batchRows);
    }
    /** The line the text after everything fed so far starts on (after the final feed). */
    nextLine() {
        return this.line;
    }
    endPosition() {
        return endOfText(this.buf.slice(this.pos), this.line);
    }
    feed(text, final) {
        const s = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
        this.buf = s;
        let pos = 0;
        const n = s.length;
        while (pos < n) {
            let end = s.indexOf('\n', pos);
            let next = end + 1;
            if (end === -1) {
                if (!final)
                    break;
                end = n;
                next = n;
            }
            const stop = end > pos && s.charCodeAt(end - 1) === jsonl_CR ? end - 1 : end;
            if (!isBlank(s, pos, stop))
                this.record(s.slice(pos, stop));
            this.line++;
            pos = next;
        }
        this.pos = pos;
        if (final) {
            if (this.columns === null) {
                if (this.partial)
                    return;
                throw new errors/* InputError */.dz('file is empty', {
                    location: { file: this.file, line: 1, column: 1 },
                    hint: 'a JSON Lines file needs at least one JSON object, one per line',
                });
            }
            if (this.rows > 0)
                this.flush();
        }
    }
    fail(what, column) {
        throw new errors/* InputError */.dz(what, {
            location: { file: this.file, line: this.line, column },
            hint: 'each non-blank line must be one JSON object, e.g. {"age": 42, "city": "Oslo"}',
        });
    }
    /** A nested value as JSON text; JSON.parse takes any depth but JSON.stringify recurses. */
    nestedText(v, key) {
        try {
            return JSON.stringify(v);
        }
        catch (e) {
            if (!(e instanceof RangeError))
                throw e;
            this.fail(`the value of "${key.length > 60 ? `${key.slice(0, 60)}…` : key}" nests too deeply to keep as text`);
        }
    }
    record(text) {
        let obj;
        try {
            obj = JSON.parse(text);
        }
        catch (e) {
            const m = /at position (\d+)/.exec(e.message);
            const column = m ? Number(m[1]) + 1 : text.length + 1;
            this.fail(`invalid JSON: ${e.message.replace(/ in JSON at position \d+.*$/, '')}`, column);
        }
        if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
            const kind = obj === null ? 'null' : Array.isArray(obj) ? 'an array' : `a ${typeof obj}`;
            let column = 1;
            while (column <= text.length && /\s/.test(text[column - 1]))
                column++;
            this.fail(`expected a JSON object, found ${kind}`, column);
        }
        if (this.columns === null) {
            this.columns = [];
            this.newArrays();
        }
        const r = this.rows;
        for (const key in obj) {
            let c = this.index.get(key);
            if (c === undefined)
                c = this.addColumn(key);
            const v = obj[key];
            this.values[c][r] = v !== null && typeof v === 'object' ? this.nestedText(v, key) : v;
        }
        this.lines[r] = this.line;
        this.rows = r + 1;
        if (this.firstKeys === null)
            this.firstKeys = this.columns;
        if (this.rows === this.batchRows)
            this.flush();
    }
    addColumn(key) {
        const c = this.columns.length;
        this.columns = [...this.columns, key]; // a new array: earlier batches keep theirs
        this.index.set(key, c);
        const col = new Array(this.batchRows);
        for (let r = 0; r < this.rows; r++)
            col[r] = undefined;
        this.values.push(col);
        return c;
    }
    newArrays() {
        const n = this.columns.length;
        this.values = new Array(n);
        for (let c = 0; c < n; c++)
            this.values[c] = new Array(this.batchRows);
        this.lines = new Int32Array(this.batchRows);
    }
    flush() {
        const n = this.rows;
        let lines = this.lines;
        // Holes (keys a record lacked) read as undefined; make the arrays exactly `n` long.
        for (const col of this.values)
            col.length = n;
        if (n < this.batchRows)
            lines = lines.subarray(0, n);
        this.ready.push({ columns: this.columns, values: this.values, length: n, lines, rowOffset: this.rowOffset });
        this.rowOffset += n;
        this.rows = 0;
        this.newArrays();
    }
}
/** A streaming reader for a JSON Lines file. */
function jsonlReader(file, options = {}) {
    const batchRows = Math.max(1, options.batchRows ?? csv_options_DEFAULT_BATCH_ROWS);
    let columns = null;
    async function* parse(firstOnly) {
        const parser = new JsonlParser(file, batchRows, options.partial);
        try {
            for await (const text of textChunks(file, options)) {
                parser.feed(text, false);
                if (firstOnly && parser.firstKeys)
                    break;
                while (parser.ready.length > 0)
                    yield parser.ready.shift();
            }
        }
        catch (e) {
            if (e instanceof InvalidUtf8)
                throw invalidUtf8Error(file, e, parser.endPosition());
            throw e;
        }
        if (!(firstOnly && parser.firstKeys))
            parser.feed('', true);
        columns = parser.firstKeys;
        if (!firstOnly) {
            while (parser.ready.length > 0)
                yield parser.ready.shift();
            options.onEnd?.(parser.nextLine());
        }
    }
    return {
        file,
        format: 'jsonl',
        hasLines: true,
        async columns() {
            if (columns === null)
                for await (const _ of parse(true))
                    ;
            return columns;
        },
        batches: () => parse(false),
    };
}

;// CONCATENATED MODULE: ../../../../shared/data/open-table.ts
/**
 * Picks the reader for a data file: by `options.format`, else by extension (a trailing `.gz` means
 * gzip around a text format, decompressed as a stream).
 */





const SUPPORTED_EXTENSIONS = [
    '.csv',
    '.tsv',
    '.jsonl',
    '.ndjson',
    '.parquet',
    '.csv.gz',
    '.tsv.gz',
    '.jsonl.gz',
    '.ndjson.gz',
];
const BY_EXTENSION = {
    '.csv': { format: 'csv' },
    '.tsv': { format: 'csv', delimiter: '\t' },
    '.jsonl': { format: 'jsonl' },
    '.ndjson': { format: 'jsonl' },
    '.parquet': { format: 'parquet' },
};
function extensionOf(name) {
    const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    const dot = name.lastIndexOf('.');
    return dot > slash ? name.slice(dot).toLowerCase() : '';
}
async function openTable(file, options = {}) {
    let info;
    try {
        info = await (0,promises_.stat)(file);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new errors/* InputError */.dz('file not found', {
                location: { file },
                hint: `check the path; relative paths are resolved from ${process.cwd()}`,
            });
        }
        throw new errors/* InputError */.dz(`cannot read the file: ${e.message}`, { location: { file }, hint: 'check its permissions', cause: e });
    }
    if (info.isDirectory()) {
        throw new errors/* InputError */.dz('is a directory, not a data file', {
            location: { file },
            hint: `point at one file (${SUPPORTED_EXTENSIONS.join(', ')}); to check several, run the step once per file`,
        });
    }
    let ext = extensionOf(file);
    const gzip = ext === '.gz';
    if (gzip)
        ext = extensionOf(file.slice(0, -3));
    const known = BY_EXTENSION[ext];
    // A delimiter says "delimited text" even when the extension (.txt, .dat) does not.
    const format = options.format ?? known?.format ?? (options.delimiter !== undefined ? 'csv' : undefined);
    if (format === undefined) {
        throw new errors/* UsageError */.eb(`cannot tell the format of "${file}" from its extension`, {
            hint: `supported extensions: ${SUPPORTED_EXTENSIONS.join(', ')}; for other delimited text, give the delimiter`,
        });
    }
    const textOptions = { ...options, gzip: options.gzip ?? gzip };
    switch (format) {
        case 'csv':
            return csvReader(file, { ...textOptions, delimiter: options.delimiter ?? (format === known?.format ? known.delimiter : undefined) });
        case 'jsonl':
            return jsonlReader(file, textOptions);
        case 'parquet':
            if (gzip) {
                throw new errors/* UsageError */.eb(`"${file}": gzip-compressed Parquet is not supported`, {
                    hint: 'Parquet compresses its own pages (e.g. ZSTD or Snappy); store the .parquet file without .gz',
                });
            }
            {
                // Loaded on first use: hyparquet and its decompressors are most of a bundle's start-up
                // cost, and a step reading CSV or JSON Lines never needs them.
                const { parquetReader } = await Promise.all(/* import() */[__nccwpck_require__.e(896), __nccwpck_require__.e(306)]).then(__nccwpck_require__.bind(__nccwpck_require__, 306));
                return parquetReader(file, options);
            }
        default:
            throw new errors/* UsageError */.eb(`unknown table format "${String(format)}"`, { hint: 'use csv, jsonl or parquet' });
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ../../../../shared/data/sketch/moments.ts
/** Adds x to Shewchuk partials in place (Python `math.fsum` inner loop). */
function addToPartials(partials, x) {
    let i = 0;
    const len = partials.length;
    for (let j = 0; j < len; j++) {
        let y = partials[j];
        if (Math.abs(x) < Math.abs(y)) {
            const t = x;
            x = y;
            y = t;
        }
        const hi = x + y;
        const lo = y - (hi - x);
        if (lo !== 0)
            partials[i++] = lo;
        x = hi;
    }
    partials.length = i + 1;
    partials[i] = x;
}
/** The correctly rounded value of the exact sum held in partials (CPython math_fsum's final step). */
function roundPartials(partials) {
    let n = partials.length;
    if (n === 0)
        return 0;
    let hi = partials[--n];
    if (!Number.isFinite(hi))
        return hi;
    let lo = 0;
    while (n > 0) {
        const x = hi;
        const y = partials[--n];
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo !== 0)
            break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
        const y = lo * 2;
        const x = hi + y;
        const yr = x - hi;
        if (y === yr)
            hi = x;
    }
    return hi;
}
/** Exactly rounded sum of a sequence (like Python's math.fsum). */
function exactSum(values) {
    const p = [];
    for (const v of values)
        addToPartials(p, v);
    return roundPartials(p);
}
const TWO_53 = 9007199254740992;
class moments_Moments {
    n = 0;
    partials = [];
    /** Running mean used by the M2 update (not the reported mean: that is sum/n from the partials). */
    mean = 0;
    m2 = 0;
    /**
     * Adds values[0..len). `allIntegers` lets integer data be summed in plain float chunks that are
     * provably exact (|chunk sum| < 2^53), which is much cheaper than a partials update per value.
     */
    addBatch(values, len, allIntegers) {
        if (len === 0)
            return;
        const batchPartials = [];
        let maxAbs = 0;
        if (allIntegers) {
            for (let i = 0; i < len; i++) {
                const a = Math.abs(values[i]);
                if (a > maxAbs)
                    maxAbs = a;
            }
        }
        const chunk = allIntegers ? Math.floor(TWO_53 / Math.max(maxAbs, 1)) : 0;
        if (chunk >= 16) {
            for (let start = 0; start < len; start += chunk) {
                const end = Math.min(len, start + chunk);
                let s = 0;
                for (let i = start; i < end; i++)
                    s += values[i];
                addToPartials(batchPartials, s);
            }
        }
        else {
            for (let i = 0; i < len; i++)
                addToPartials(batchPartials, values[i]);
        }
        const bMean = roundPartials(batchPartials) / len;
        let bM2 = 0;
        let comp = 0;
        for (let i = 0; i < len; i++) {
            const d = values[i] - bMean;
            bM2 += d * d;
            comp += d;
        }
        // Corrected two-pass (Chan, Golub & LeVeque 1983): removes the error of bMean itself.
        bM2 -= (comp * comp) / len;
        if (bM2 < 0)
            bM2 = 0;
        for (const p of batchPartials)
            addToPartials(this.partials, p);
        this.combine(len, bMean, bM2);
    }
    add(x) {
        addToPartials(this.partials, x);
        this.n++;
        const d = x - this.mean;
        this.mean += d / this.n;
        this.m2 += d * (x - this.mean);
    }
    /** Adds a block summarised by its exact-sum partials, count, mean and M2. */
    absorb(partials, nb, meanB, m2B) {
        if (nb === 0)
            return;
        for (const p of partials)
            addToPartials(this.partials, p);
        this.combine(nb, meanB, m2B);
    }
    combine(nb, meanB, m2B) {
        const na = this.n;
        if (na === 0) {
            this.n = nb;
            this.mean = meanB;
            this.m2 = m2B;
            return;
        }
        const n = na + nb;
        const delta = meanB - this.mean;
        this.mean = this.mean + (delta * nb) / n;
        this.m2 = this.m2 + m2B + ((delta * delta * na) / n) * nb;
        this.n = n;
    }
    merge(other) {
        if (other.n === 0)
            return;
        for (const p of other.partials)
            addToPartials(this.partials, p);
        this.combine(other.n, other.mean, other.m2);
    }
    /** Exact sum, correctly rounded. */
    sum() {
        return roundPartials(this.partials);
    }
    /** Arithmetic mean (correctly rounded sum / n), null when empty. */
    meanValue() {
        return this.n === 0 ? null : this.sum() / this.n;
    }
    /** Sample standard deviation (ddof=1, as pandas), null with fewer than two values. */
    std() {
        return this.n < 2 ? null : Math.sqrt(this.m2 / (this.n - 1));
    }
    toState() {
        return { n: this.n, sum_partials: this.partials.slice(), mean: this.mean, m2: this.m2 };
    }
    static fromState(s) {
        const m = new moments_Moments();
        m.n = s.n;
        // Re-normalise: partials from a file are trusted only as numbers, not as non-overlapping.
        for (const p of s.sum_partials)
            addToPartials(m.partials, p);
        m.mean = s.mean;
        m.m2 = s.m2;
        return m;
    }
}
/** Low part of the exact product a·b = hi + lo (Dekker's TwoProduct with Veltkamp splitting). */
function twoProductLow(a, b, hi) {
    const SPLIT = 134217729; // 2^27 + 1
    let t = SPLIT * a;
    const ah = t - (t - a);
    const al = a - ah;
    t = SPLIT * b;
    const bh = t - (t - b);
    const bl = b - bh;
    return al * bl - (((hi - ah * bh) - al * bh) - ah * bl);
}
const TWO_52 = 4503599627370496;
/**
 * Adds values[i] with integer weight weights[i] (the distinct values of a batch and their counts)
 * to `m`: the exact sum gets every v·w exactly (integer products are summed in plain floats while
 * provably exact; other products as hi + lo of an exact TwoProduct), M2 by a weighted corrected
 * two-pass over the batch, combined with Chan et al.'s update.
 */
function addWeightedToMoments(m, values, weights, len) {
    if (len === 0)
        return;
    const bp = [];
    let s = 0;
    let acc = 0;
    let W = 0;
    for (let i = 0; i < len; i++) {
        const v = values[i];
        const w = weights[i];
        W += w;
        const t = v * w;
        const at = Math.abs(t);
        if (at < TWO_52 && Number.isInteger(v)) {
            if (acc + at >= TWO_52) {
                addToPartials(bp, s);
                s = 0;
                acc = 0;
            }
            s += t;
            acc += at;
        }
        else {
            addToPartials(bp, t);
            if (w !== 1 && Number.isFinite(t)) {
                const lo = twoProductLow(v, w, t);
                if (lo !== 0)
                    addToPartials(bp, lo);
            }
        }
    }
    if (s !== 0)
        addToPartials(bp, s);
    const bMean = roundPartials(bp) / W;
    let m2 = 0;
    let comp = 0;
    for (let i = 0; i < len; i++) {
        const d = values[i] - bMean;
        const wd = weights[i] * d;
        m2 += wd * d;
        comp += wd;
    }
    m2 -= (comp * comp) / W;
    if (m2 < 0)
        m2 = 0;
    m.absorb(bp, W, bMean, m2);
}

;// CONCATENATED MODULE: ../../../../shared/data/sketch/kll.ts
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
class kll_KllSketch {
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
        const sk = new kll_KllSketch(s.k);
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

// EXTERNAL MODULE: ../../../../shared/data/sketch/hash.ts
var hash = __nccwpck_require__(308);
;// CONCATENATED MODULE: ../../../../shared/data/sketch/hll.ts

const HLL_DEFAULT_P = 14;
/**
 * Registers for all the columns of one profile: a column gets 2^HLL_DEFAULT_P (16,384) unless the
 * table is so wide that they would exceed this. A dense column is 16 KB in memory and 21.8 KB of
 * base64 in the profile, where it was most of a wide table's file (10,000 columns: ~150 of 180 MB)
 * and of its memory; 10,000 columns get p = 12 (4,096 registers, standard error 1.6%).
 */
const HLL_REGISTERS_BUDGET = 1 << 26;
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
const SPARSE_MAX_FRACTION = 1 / 16;
class hll_HyperLogLog {
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
        (0,hash/* hashNumber64 */.CL)(x);
        this.addHash(hash/* hashOut */.VB[0], hash/* hashOut */.VB[1]);
    }
    addString(s) {
        (0,hash/* hashString64 */.Sv)(s);
        this.addHash(hash/* hashOut */.VB[0], hash/* hashOut */.VB[1]);
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
        const out = new hll_HyperLogLog(p);
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
        const h = new hll_HyperLogLog(s.p);
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

;// CONCATENATED MODULE: ../../../../shared/data/sketch/frequent-items.ts
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
class frequent_items_FrequentItems {
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
        const f = new frequent_items_FrequentItems(s.capacity);
        for (const [item, n] of s.items)
            f.addUnchecked(item, n);
        f.offset = s.offset;
        f.purge();
        return f;
    }
}

// EXTERNAL MODULE: ../../../../shared/data/sketch/short-ascii.ts
var short_ascii = __nccwpck_require__(390);
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
class StringCounter {
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
        const packed = (0,short_ascii/* packShortAscii */.V)(s);
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
        return (0,short_ascii/* unpackShortAscii */.y)(this.packed.keyAt(i));
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
        const h = (0,hash/* stringHash32 */.h_)(s);
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
class NumberCounter {
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
        let i = (0,hash/* numberHash32 */.Vg)(x) & mask;
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
            let i = (0,hash/* numberHash32 */.Vg)(x) & this.mask;
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

;// CONCATENATED MODULE: ../../../../shared/formats/column-types.ts
/**
 * The column types of a profile and a data contract, and the profile's schema name: what code
 * that builds a profile needs from `mlops-actions/profile@1` at run time, without its zod schema
 * (profile-format.ts, which re-exports these).
 *
 * Why apart: the validate-data shard worker profiles and checks rows but never parses a profile,
 * so it loads these constants and not zod (~350 KB of its bundle; issue 18).
 */
const column_types_PROFILE_SCHEMA = 'mlops-actions/profile@1';
const COLUMN_TYPES = (/* unused pure expression or super */ null && (['integer', 'number', 'string', 'boolean', 'category', 'date', 'timestamp']));

;// CONCATENATED MODULE: ../../../../shared/data/batch-dictionary.ts

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
            d = this.columns[c] = new column_dictionary/* ColumnDictionary */.n();
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

;// CONCATENATED MODULE: ../../../../shared/data/values.ts
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
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
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
const PROFILE_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
const HISTOGRAM_BINS = 20;
const FREQUENT_TOP = 20;
/**
 * Frequent-items slots for the whole profile: a column gets FREQUENT_DEFAULT_CAPACITY (1,024) unless
 * the table is so wide that they would exceed this (a slot is a Map entry and its text, ~100 bytes,
 * and a line of the profile): 10,000 columns get 104 each. Counts stay within the sketch's bound,
 * N/(capacity+1), and a column with at most `capacity` distinct values is still counted exactly.
 */
const FREQUENT_SLOTS_BUDGET = 1 << 20;
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
    const digest = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest('hex').slice(0, 16);
    return `${text.slice(0, cut)}…[${text.length} chars, sha256 ${digest}]`;
}
/** A non-string type is inferred only when its values are at least this share of non-missing values. */
const INFER_DOMINANT_SHARE = 0.9;
function profile_emptyTypeCounts() {
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
function profile_inferColumnType(tc) {
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
function profile_columnProfileFromSketches(type, s) {
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
            moments: (stats ? s.moments : new moments_Moments()).toState(),
            kll: (stats ? kll : new kll_KllSketch(kll.k)).toState(),
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
const profile_MS_PER_DAY = 86_400_000;
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
    typeCounts = profile_emptyTypeCounts();
    numMoments = new moments_Moments();
    numKll = new kll_KllSketch();
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
        this.hll = new hll_HyperLogLog(hllP);
        this.frequent = new frequent_items_FrequentItems(frequentSlots);
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
                this.fold(t % profile_MS_PER_DAY === 0 ? 'date' : 'timestamp', t, isoTimestamp(t), dates.countAt(i));
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
            this.tmpMoments ??= new moments_Moments();
            this.tmpKll ??= new kll_KllSketch();
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
            moments: temporal ? (this.tmpMoments ?? new moments_Moments()) : this.numMoments,
            kll: temporal ? (this.tmpKll ?? new kll_KllSketch()) : this.numKll,
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
                throw new errors/* InputError */.dz(`a column named "${RESERVED_COLUMN}" cannot be profiled (JavaScript reserves the name for an object's prototype, so the profile could not keep it)`, { hint: 'rename the column' });
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
                const type = a.declared ?? profile_inferColumnType(a.typeCounts);
                columns[name] = profile_columnProfileFromSketches(type, a.sketches(type, rows));
            }
            return {
                schema: column_types_PROFILE_SCHEMA,
                sources: [{ file: source.file, format: source.format, rows }],
                rows,
                column_order: order.slice(),
                columns,
            };
        },
    };
}

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
function merge_profiles_mergeProfiles(a, b) {
    const list = Array.isArray(a) ? a : [a, b];
    if (list.length === 0)
        throw new Error('mergeProfiles: no profiles to merge');
    let out = list[0];
    for (let i = 1; i < list.length; i++)
        out = mergeTwo(out, list[i]);
    // A single profile is re-derived too, so the output never depends on how many inputs there were.
    return list.length === 1 ? mergeTwo(out, { ...out, sources: [], rows: 0, column_order: [], columns: {} }) : out;
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ../../../../shared/runtime/message-text.ts
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

;// CONCATENATED MODULE: ../../../../shared/runtime/key-path.ts
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
            const k = shortened(String(seg), 60);
            if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k))
                s += s === '' ? k : `.${k}`;
            else
                s += `[${JSON.stringify(k)}]`;
        }
    }
    return s === '' ? '(top level)' : s;
}

;// CONCATENATED MODULE: ../../../../shared/data/contract-rules.ts


// Findings name the contract key that made the rule (`columns.age.min`).

function normalizeRule(r) {
    if (r !== null && typeof r === 'object' && !Array.isArray(r) && 'value' in r) {
        return { value: r.value, mostly: 'mostly' in r && r.mostly !== undefined ? r.mostly : 1, severity: r.severity ?? 'error' };
    }
    return { value: r, mostly: 1, severity: 'error' };
}
/** Normalizes a compound-unique entry: `[a, b]` or `{ columns: [a, b], mostly?, severity? }`. */
function normalizeCompoundUnique(u) {
    if (Array.isArray(u))
        return { value: u, mostly: 1, severity: 'error' };
    return { value: u.columns, mostly: u.mostly ?? 1, severity: u.severity ?? 'error' };
}
/** Parses a date/timestamp bound written in the contract (ISO 8601 text) to epoch ms. */
function parseContractTime(value) {
    if (typeof value !== 'string')
        return undefined;
    return parseIsoTimestamp(value, false);
}
/**
 * The key a value is compared by for `allowed` and `unique`: numbers for integer/number columns,
 * epoch ms for date/timestamp, booleans for boolean, the text itself for string/category. So
 * `allowed: [1, 2]` matches the CSV cell "1.0" in a number column, and "2024-01-01" equals
 * "2024-01-01T00:00:00Z" in a timestamp column. Undefined when the value is not of the type.
 */
function valueKey(v, type, pattern) {
    switch (type) {
        case 'integer':
            return toInteger(v);
        case 'number':
            return toNumber(v);
        case 'boolean':
            return toBoolean(v);
        case 'date':
            return toTimestamp(v, pattern, !pattern);
        case 'timestamp':
            return toTimestamp(v, pattern);
        default:
            return toText(v);
    }
}
/** valueKey for a value written in the contract (dates as ISO text, whatever the column format). */
function contractValueKey(v, type) {
    if (type === 'date' || type === 'timestamp')
        return parseContractTime(v);
    return valueKey(v, type);
}

;// CONCATENATED MODULE: ../../../../shared/formats/validation-values.ts
/**
 * What code that writes a `mlops-actions/validation@1` report needs at run time (the schema name,
 * the rule names, the report of unchecked data), without the format's zod schema
 * (validation-format.ts, which re-exports these and whose types the report must match).
 *
 * Why apart: the validate-data shard worker builds findings but never parses a report, so it
 * loads these and not zod (~350 KB of its bundle; issue 18).
 */
// `as const`: the literal type survives in reportWithoutContract's object, as the schema requires.
const VALIDATION_SCHEMA = 'mlops-actions/validation@1';
/** The rules a finding can be about; table rules are named for their contract key. */
const VALIDATION_RULES = (/* unused pure expression or super */ null && ([
    'required_columns',
    'unexpected_columns',
    'rows.min',
    'rows.max',
    'unique_together',
    'type',
    'nullable',
    'min',
    'max',
    'allowed',
    'pattern',
    'unique',
    'min_length',
    'max_length',
]));
/** The report for data checked against no contract (only profiled): passes, no rules. */
function validation_values_reportWithoutContract(data) {
    return {
        schema: VALIDATION_SCHEMA,
        data,
        contract: null,
        passed: true,
        counts: { rules: 0, failed_errors: 0, failed_warnings: 0 },
        findings: [],
    };
}

// EXTERNAL MODULE: ../../../../shared/data/re2-load.cjs
var re2_load = __nccwpck_require__(192);
;// CONCATENATED MODULE: ../../../../shared/data/contract-pattern.ts
/**
 * A contract's `pattern` rule, matched in time linear in the value's length whatever the pattern.
 *
 * Why RE2 (re2js, its JavaScript port): a contract is user input, and JavaScript's backtracking
 * engine takes exponential time on patterns such as `(a+)+$` (28 a's and a "b": 18.7 s; 40: never).
 * RE2 has no backreferences and no lookaround, which is what lets it promise linear time; a pattern
 * using them is rejected when the contract is loaded (loadContract reports it at its line:col).
 *
 * Why a second engine for some patterns: re2js costs ~1 µs a test on a 3-letter value, ~10x
 * JavaScript's RegExp (measured, 1M values: `^[A-Z]{3}$` 940 ms vs 85 ms). The validator tests each
 * distinct value of a batch, so a high-cardinality column with a pattern would pay that per row.
 * Patterns of the common shape, an optionally anchored sequence of single-character atoms with
 * quantifiers (`^[A-Z]{3}$`, `^C\d{4}$`, `^[a-z_]+$`), run on RegExp when backtracking provably
 * stays linear: anchored at the start with at most one unbounded quantifier (`+`, `*`, `{n,}`), or unanchored with none; and the bounded quantifiers' choices
 * multiply to at most FAST_CHOICES, so RegExp explores at most FAST_CHOICES × (n + 1) paths. Those
 * atoms (ASCII literals, classes of ASCII literals and ranges, \d \D \w \W) mean the same in both
 * engines (test/data/contract-pattern.test.ts compares them on generated values). Long values
 * (> FAST_MAX_LENGTH characters) always go to RE2.
 *
 * re2js is loaded when the first pattern needs it (re2-load.cjs says why), so a validator without
 * pattern rules never evaluates it. A fast-path pattern needs RE2 only for a long value: its RE2 is
 * compiled then, not when the contract is loaded, because the recogniser's subset is one RE2 always
 * compiles once each repeat count is within RE2's 1000 and the pattern's size is bounded
 * (DEFER_MAX_LENGTH; test/data/contract-pattern.test.ts checks it on generated patterns). Evaluating
 * re2js costs ~15-20 ms of CPU, a third of loading a contract such as `^[A-Z]{3}$` (issue 18).
 * Compiled patterns are kept by source: the contract's check and the validator compile each once.
 */

/** Most backtracking paths the RegExp fast path may explore per start position (see above). */
const FAST_CHOICES = 64;
/** Values longer than this always go to RE2 (a bound on the fast path's worst case). */
const FAST_MAX_LENGTH = 1024;
/**
 * Longest fast-path pattern whose RE2 is compiled on its first long value rather than at once. With
 * at most 1000 per repeat count (RE2's limit, checked by the recogniser), a pattern of n atoms is at
 * most ~2,000n of RE2's size units, far under its "expression too large" (1,398,101) at n ≤ 256.
 */
const DEFER_MAX_LENGTH = 256;
/** RE2's limit on a repeat count (`{n}`, `{n,m}`); larger is a syntax error. */
const RE2_MAX_REPEAT = 1000;
/** Thrown for a pattern RE2 cannot compile; the message says why, without the "error parsing" prefix. */
class PatternSyntaxError extends Error {
}
/**
 * Compiled patterns by source: a pattern is immutable once compiled, and a contract has a few. At most
 * COMPILED_KEPT, so a long-lived process reading many contracts (a fuzzer) does not keep them all.
 */
const compiled = new Map();
const COMPILED_KEPT = 256;
/** Compiles a contract pattern with RE2 syntax. Throws PatternSyntaxError. */
function compileContractPattern(source) {
    let pattern = compiled.get(source);
    if (pattern === undefined) {
        pattern = compile(source);
        if (compiled.size >= COMPILED_KEPT)
            compiled.clear();
        compiled.set(source, pattern);
    }
    return pattern;
}
function compile(source) {
    const fast = fastRegExp(source);
    if (fast?.deferRe2) {
        const js = fast.regExp;
        let re2;
        return { source, fast: true, test: (text) => (text.length <= FAST_MAX_LENGTH ? js.test(text) : (re2 ??= compileRe2(source)).test(text)) };
    }
    const re2 = compileRe2(source);
    if (!fast)
        return { source, fast: false, test: (text) => re2.test(text) };
    const js = fast.regExp;
    return { source, fast: true, test: (text) => (text.length <= FAST_MAX_LENGTH ? js.test(text) : re2.test(text)) };
}
function compileRe2(source) {
    // Outside the try: a failure to load re2js is our bug, not the pattern's.
    const RE2JS = (0,re2_load/* loadRe2 */.o)();
    try {
        return RE2JS.compile(source);
    }
    catch (e) {
        throw new PatternSyntaxError(String(e.message).replace(/^error parsing regexp: /, ''));
    }
}
/** ASCII characters that are literal outside a class: printable, not a metacharacter. */
const isPlainLiteral = (ch) => /^[ -~]$/.test(ch) && !'\\^$.|?*+()[]{}'.includes(ch);
/** ASCII punctuation that may be escaped to mean itself in both engines. */
const isEscapablePunct = (ch) => '\\^$.|?*+()[]{}-/'.includes(ch);
/**
 * The pattern as a RegExp when it is in the fast subset (see the file comment), else undefined;
 * `deferRe2` when RE2 surely compiles it too (short, repeat counts within RE2's limit).
 * A small recogniser, not a parser of either syntax: anything it does not know goes to RE2.
 */
function fastRegExp(source) {
    let i = 0;
    const n = source.length;
    const anchored = source.startsWith('^');
    if (anchored)
        i = 1;
    let end = n;
    if (end > i && source[end - 1] === '$' && source[end - 2] !== '\\')
        end--;
    let unbounded = 0;
    let choices = 1;
    let largestCount = 0;
    while (i < end) {
        // One atom.
        const ch = source[i];
        if (ch === '\\') {
            const e = source[i + 1];
            if (e === undefined || !('dDwW'.includes(e) || isEscapablePunct(e)))
                return undefined;
            i += 2;
        }
        else if (ch === '[') {
            const close = classEnd(source, i + 1, end);
            if (close < 0)
                return undefined;
            i = close + 1;
        }
        else if (isPlainLiteral(ch))
            i++;
        else
            return undefined;
        // Its quantifier, if any.
        const q = source[i];
        let min = 1;
        let max = 1;
        if (q === '?')
            [min, max, i] = [0, 1, i + 1];
        else if (q === '*')
            [min, max, i] = [0, Infinity, i + 1];
        else if (q === '+')
            [min, max, i] = [1, Infinity, i + 1];
        else if (q === '{') {
            const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(source.slice(i, end));
            if (!m)
                return undefined;
            min = Number(m[1]);
            max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
            largestCount = Math.max(largestCount, min, max === Infinity ? 0 : max);
            i += m[0].length;
        }
        if (i < end && '?+*{'.includes(source[i]))
            return undefined; // lazy or stacked quantifiers
        if (max === Infinity)
            unbounded++;
        else
            choices *= max - min + 1;
    }
    if (unbounded > (anchored ? 1 : 0) || choices > FAST_CHOICES)
        return undefined;
    try {
        return { regExp: new RegExp(source, 'u'), deferRe2: source.length <= DEFER_MAX_LENGTH && largestCount <= RE2_MAX_REPEAT };
    }
    catch {
        return undefined; // valid RE2 that RegExp reads differently or not at all: RE2 only
    }
}
/** Index of the `]` closing a class of ASCII literals, ranges and \d \w escapes that starts at `from`; -1 when not that. */
function classEnd(source, from, end) {
    let i = from;
    if (source[i] === '^')
        i++;
    const first = i;
    while (i < end) {
        const ch = source[i];
        if (ch === ']' && i > first)
            return i;
        if (ch === '\\') {
            const e = source[i + 1];
            if (e === undefined || !('dw'.includes(e) || isEscapablePunct(e)))
                return -1;
            i += 2;
            continue;
        }
        if (ch === '[' || ch === ']' || !/^[ -~]$/.test(ch))
            return -1;
        // A range a-b of printable ASCII (a '-' first or last is literal).
        if (source[i + 1] === '-' && source[i + 2] !== undefined && source[i + 2] !== ']') {
            const hi = source[i + 2];
            if (hi === '\\' || hi === '[' || !/^[ -~]$/.test(hi) || hi < ch)
                return -1;
            i += 3;
            continue;
        }
        i++;
    }
    return -1;
}

;// CONCATENATED MODULE: ../../../../shared/data/findings.ts

const MAX_SAMPLES = 10;
const SAMPLE_MAX_CHARS = 200;
function sampleText(v) {
    if (v === null || v === undefined)
        return null;
    const s = toText(v);
    return s.length > SAMPLE_MAX_CHARS ? `${s.slice(0, SAMPLE_MAX_CHARS)}…` : s;
}
/** Failures of one rule: an exact count and the first MAX_SAMPLES rows. */
class Tally {
    failed = 0;
    samples = [];
    fail(line, v) {
        if (++this.failed <= MAX_SAMPLES)
            this.samples.push({ line, value: sampleText(v) });
    }
    state() {
        return { failed: this.failed, samples: this.samples.slice() };
    }
    /** Appends a later part of the file (or, with `file`, a later file of a file list). */
    merge(s, lineOffset, file) {
        this.failed += s.failed;
        for (const x of s.samples) {
            if (this.samples.length >= MAX_SAMPLES)
                break;
            const at = file ?? x.file;
            this.samples.push(at === undefined ? { line: x.line + lineOffset, value: x.value } : { line: x.line + lineOffset, value: x.value, file: at });
        }
    }
}
/** "line 12", or with several files "b.csv:12" ("b.parquet row 12"). */
function firstSeen(line, lineWord, locate) {
    if (line === undefined)
        return `${lineWord} ?`;
    if (!locate)
        return `${lineWord} ${line}`;
    const at = locate(line);
    return lineWord === 'line' ? `${at.file}:${at.line}` : `${at.file} row ${at.line}`;
}

;// CONCATENATED MODULE: ../../../../shared/data/duplicate-counter.ts
/**
 * Exact duplicate detection with bounded memory, for the contract's `unique` rules: keys are counted
 * in memory up to a limit, then hashed into partitions spilled to disk and counted one partition at
 * a time, so a key seen twice is found however many distinct keys the file holds.
 */



function keyText(k) {
    return typeof k === 'string' ? k : String(k);
}
/** FNV-1a over UTF-16 code units. */
function hashText(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
const PARTITIONS = 64;
/** A shard's stand-in for DuplicateCounter: hands every key to the recorder, counts nothing. */
class KeyForwarder {
    recorder;
    rule;
    failed = 0;
    samples = [];
    constructor(recorder, rule) {
        this.recorder = recorder;
        this.rule = rule;
    }
    add(key, line, display) {
        this.recorder.record(this.rule, key, line, sampleText(display));
    }
    finish() { }
}
class DuplicateCounter {
    limit;
    tmpRoot;
    failed = 0;
    /** First duplicates in file order: [line, value text, first line]. */
    samples = [];
    seen = new Map();
    dir;
    fds = [];
    buffers = [];
    bufferedChars = [];
    constructor(limit, tmpRoot) {
        this.limit = limit;
        this.tmpRoot = tmpRoot;
    }
    /** `display` is the cell shown in samples. */
    add(key, line, display) {
        if (this.dir !== undefined) {
            this.write(key, `N\t${line}\t`);
            return;
        }
        const first = this.seen.get(key);
        if (first === undefined) {
            this.seen.set(key, line);
            if (this.seen.size > this.limit)
                this.spill();
            return;
        }
        if (first > 0) {
            this.failed += 2;
            this.seen.set(key, -first);
        }
        else
            this.failed += 1;
        if (this.samples.length < MAX_SAMPLES)
            this.samples.push({ line, value: sampleText(display), first: Math.abs(first) });
    }
    spill() {
        this.dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_namespaceObject.join)(this.tmpRoot, 'mlops-unique-'));
        for (let p = 0; p < PARTITIONS; p++) {
            this.fds.push((0,external_node_fs_.openSync)((0,external_node_path_namespaceObject.join)(this.dir, `p${p}`), 'w'));
            this.buffers.push([]);
            this.bufferedChars.push(0);
        }
        for (const [key, first] of this.seen)
            this.write(key, first > 0 ? `S\t${first}\t` : `D\t${-first}\t`);
        this.seen = new Map();
    }
    write(key, prefix) {
        const text = keyText(key);
        const p = hashText(text) % PARTITIONS;
        const rec = `${prefix}${JSON.stringify(text)}\n`;
        this.buffers[p].push(rec);
        this.bufferedChars[p] += rec.length;
        if (this.bufferedChars[p] > 1 << 16)
            this.flush(p);
    }
    flush(p) {
        if (this.buffers[p].length === 0)
            return;
        (0,external_node_fs_.writeSync)(this.fds[p], this.buffers[p].join(''));
        this.buffers[p] = [];
        this.bufferedChars[p] = 0;
    }
    /** Completes the count (reads the partitions back when spilled) and removes temp files. */
    finish() {
        if (this.dir === undefined) {
            this.seen.clear();
            return;
        }
        try {
            const extra = [];
            for (let p = 0; p < PARTITIONS; p++) {
                this.flush(p);
                (0,external_node_fs_.closeSync)(this.fds[p]);
                const text = (0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.join)(this.dir, `p${p}`), 'utf8');
                // key -> [kind of the pre-spill record or '', first line, rows after the spill]
                const groups = new Map();
                let start = 0;
                while (start < text.length) {
                    const end = text.indexOf('\n', start);
                    const t1 = text.indexOf('\t', start);
                    const t2 = text.indexOf('\t', t1 + 1);
                    const kind = text[start];
                    const line = Number(text.slice(t1 + 1, t2));
                    const key = JSON.parse(text.slice(t2 + 1, end));
                    start = end + 1;
                    let g = groups.get(key);
                    if (!g)
                        groups.set(key, (g = { pre: '', first: Infinity, after: [] }));
                    if (kind === 'N')
                        g.after.push(line);
                    else {
                        g.pre = kind;
                        g.first = line;
                    }
                }
                for (const [key, g] of groups) {
                    if (g.after.length === 0)
                        continue;
                    let dups;
                    if (g.pre === 'D') {
                        this.failed += g.after.length;
                        dups = g.after;
                    }
                    else if (g.pre === 'S') {
                        this.failed += g.after.length + 1;
                        dups = g.after;
                    }
                    else {
                        if (g.after.length < 2)
                            continue;
                        this.failed += g.after.length;
                        g.first = g.after[0];
                        dups = g.after.slice(1);
                    }
                    for (const line of dups) {
                        extra.push({ line, value: sampleText(key), first: g.first });
                        if (extra.length > 4 * MAX_SAMPLES) {
                            extra.sort((a, b) => a.line - b.line);
                            extra.length = MAX_SAMPLES;
                        }
                    }
                }
            }
            extra.sort((a, b) => a.line - b.line);
            for (const s of extra) {
                if (this.samples.length >= MAX_SAMPLES)
                    break;
                this.samples.push(s);
            }
        }
        finally {
            (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
            this.dir = undefined;
        }
    }
}

;// CONCATENATED MODULE: ../../../../shared/data/column-checker.ts






const TYPE_NOUN = {
    integer: 'an integer',
    number: 'a number',
    string: 'text',
    boolean: 'a boolean (true/false, yes/no, 1/0)',
    category: 'a category',
    date: 'a date',
    timestamp: 'a timestamp',
};
function column_checker_ruleOf(r) {
    return r === undefined ? undefined : normalizeRule(r);
}
function quote(v) {
    return v === null ? 'missing' : JSON.stringify(v);
}
// Phase-1 parsers: each its own function so its inner loop stays monomorphic. They agree exactly
// with values.ts (toInteger, toNumber, toBoolean, toTimestamp), which they call for anything off
// the fast path; test/data/validate.test.ts checks the agreement on random input.
const MISSING = 0;
const OK = 1;
const BAD = 2;
// Rules a distinct value fails (ColumnChecker.run, phase 2).
const F_NULL = 1;
const F_TYPE = 2;
const F_MIN = 4;
const F_MAX = 8;
const F_ALLOWED = 16;
const F_PATTERN = 32;
const F_MIN_LENGTH = 64;
const F_MAX_LENGTH = 128;
const column_checker_POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/**
 * Plain decimals of at most 15 digits without exponent: the mantissa is an exact integer and 10^k
 * an exact double, so one division is correctly rounded (Clinger's fast path) and equals `+s`.
 * NaN means "not on the fast path" (the caller falls back to values.ts).
 */
function fastDecimal(s) {
    const n = s.length;
    if (n === 0 || n > 17)
        return NaN;
    let i = 0;
    let c = s.charCodeAt(0);
    let neg = false;
    if (c === 45) {
        neg = true;
        i = 1;
    }
    else if (c === 43)
        i = 1;
    let m = 0;
    let digits = 0;
    let frac = 0;
    let dot = false;
    for (; i < n; i++) {
        c = s.charCodeAt(i);
        if (c >= 48 && c <= 57) {
            m = m * 10 + (c - 48);
            digits++;
            if (dot)
                frac++;
        }
        else if (c === 46 && !dot)
            dot = true;
        else
            return NaN;
    }
    if (digits === 0 || digits > 15)
        return NaN;
    const v = frac === 0 ? m : m / column_checker_POW10[frac];
    return neg ? -v : v;
}
function parseIntegers(col, n, nulls, keys, status) {
    let count = 0;
    for (let r = 0; r < n; r++) {
        const v = col[r];
        if (nulls.isMissing(v)) {
            status[r] = MISSING;
            continue;
        }
        count++;
        let k = typeof v === 'string' ? fastDecimal(v) : typeof v === 'number' ? v : NaN;
        if (k !== k || !Number.isInteger(k) || Math.abs(k) > Number.MAX_SAFE_INTEGER)
            k = toInteger(v) ?? NaN;
        if (k !== k)
            status[r] = BAD;
        else {
            keys[r] = k;
            status[r] = OK;
        }
    }
    return count;
}
function parseNumbers(col, n, nulls, keys, status) {
    let count = 0;
    for (let r = 0; r < n; r++) {
        const v = col[r];
        if (nulls.isMissing(v)) {
            status[r] = MISSING;
            continue;
        }
        count++;
        let k = typeof v === 'string' ? fastDecimal(v) : typeof v === 'number' ? v : NaN;
        if (k !== k) {
            const slow = toNumber(v);
            if (slow === undefined) {
                status[r] = BAD;
                continue;
            }
            k = slow;
        }
        keys[r] = k;
        status[r] = OK;
    }
    return count;
}
function parseBooleans(col, n, nulls, keys, status) {
    let count = 0;
    for (let r = 0; r < n; r++) {
        const v = col[r];
        if (nulls.isMissing(v)) {
            status[r] = MISSING;
            continue;
        }
        count++;
        const b = toBoolean(v);
        if (b === undefined)
            status[r] = BAD;
        else {
            keys[r] = b ? 1 : 0;
            status[r] = OK;
        }
    }
    return count;
}
function parseTimes(col, n, nulls, keys, status, pattern, dateOnly) {
    let count = 0;
    for (let r = 0; r < n; r++) {
        const v = col[r];
        if (nulls.isMissing(v)) {
            status[r] = MISSING;
            continue;
        }
        count++;
        const k = toTimestamp(v, pattern, dateOnly);
        if (k === undefined)
            status[r] = BAD;
        else {
            keys[r] = k;
            status[r] = OK;
        }
    }
    return count;
}
/**
 * parseTimes for a dictionary whose timestamps are kept as ms: entry d is null (missing) or the
 * valid Date times[d] (its raw value undefined), whose key is times[d].
 */
function keyTimes(raw, times, n, keys, status) {
    for (let d = 0; d < n; d++) {
        if (raw[d] === null)
            status[d] = MISSING;
        else {
            keys[d] = times[d];
            status[d] = OK;
        }
    }
}
function markMissing(col, n, nulls, status) {
    let count = 0;
    for (let r = 0; r < n; r++) {
        if (nulls.isMissing(col[r]))
            status[r] = MISSING;
        else {
            status[r] = OK;
            count++;
        }
    }
    return count;
}
class ColumnChecker {
    name;
    spec;
    nulls;
    hasLines;
    locate;
    present = false;
    rows = 0;
    nonMissing = 0;
    typeFailed = 0;
    type;
    pattern;
    typeRule;
    nullable;
    nullableSet;
    min;
    max;
    allowed;
    allowedList = [];
    regex;
    minLength;
    maxLength;
    unique;
    needsText;
    family;
    tNull = new Tally();
    tType = new Tally();
    tMin = new Tally();
    tMax = new Tally();
    tAllowed = new Tally();
    tPattern = new Tally();
    tMinLength = new Tally();
    tMaxLength = new Tally();
    dups;
    constructor(name, spec, nulls, hasLines, counter, locate) {
        this.name = name;
        this.spec = spec;
        this.nulls = nulls;
        this.hasLines = hasLines;
        this.locate = locate;
        const typeRule = column_checker_ruleOf(spec.type);
        this.typeRule = typeRule;
        this.type = typeRule?.value ?? 'string';
        this.pattern = spec.format !== undefined ? compileTimestampFormat(spec.format) : undefined;
        this.nullableSet = spec.nullable !== undefined;
        this.nullable = column_checker_ruleOf(spec.nullable) ?? { value: false, mostly: 1, severity: 'error' };
        const bound = (r) => {
            if (!r)
                return undefined;
            const v = typeof r.value === 'number' ? r.value : parseContractTime(r.value);
            return { ...r, value: v };
        };
        this.min = bound(column_checker_ruleOf(spec.min));
        this.max = bound(column_checker_ruleOf(spec.max));
        const allowed = column_checker_ruleOf(spec.allowed);
        if (allowed) {
            const set = new Set();
            for (const v of allowed.value) {
                const k = contractValueKey(v, this.type);
                if (k !== undefined)
                    set.add(typeof k === 'boolean' ? (k ? 1 : 0) : k);
                this.allowedList.push(String(v));
            }
            this.allowed = { ...allowed, value: set };
        }
        const pat = column_checker_ruleOf(spec.pattern);
        // Compiled once per column; RE2 semantics, linear time (contract-pattern.ts).
        if (pat)
            this.regex = { ...pat, value: compileContractPattern(pat.value) };
        this.minLength = column_checker_ruleOf(spec.min_length);
        this.maxLength = column_checker_ruleOf(spec.max_length);
        const unique = column_checker_ruleOf(spec.unique);
        if (unique?.value) {
            this.unique = unique;
            this.dups = counter();
        }
        this.needsText = !!(this.regex || this.minLength || this.maxLength);
        this.family =
            this.type === 'integer' || this.type === 'number' || this.type === 'boolean'
                ? this.type
                : this.type === 'date' || this.type === 'timestamp'
                    ? 'temporal'
                    : 'text';
    }
    tallies() {
        return [this.tNull, this.tType, this.tMin, this.tMax, this.tAllowed, this.tPattern, this.tMinLength, this.tMaxLength];
    }
    state() {
        return { rows: this.rows, nonMissing: this.nonMissing, typeFailed: this.typeFailed, present: this.present, tallies: this.tallies().map((t) => t.state()) };
    }
    merge(s, lineOffset, file) {
        this.rows += s.rows;
        this.nonMissing += s.nonMissing;
        this.typeFailed += s.typeFailed;
        this.present ||= s.present;
        const mine = this.tallies();
        for (let i = 0; i < mine.length; i++)
            mine[i].merge(s.tallies[i], lineOffset, file);
    }
    /** Rows of a batch that lack this column (JSON Lines records without the key): missing values. */
    absent(lines, n) {
        this.rows += n;
        if (!this.nullable.value)
            for (let r = 0; r < n; r++)
                this.tNull.fail(lines[r], null);
    }
    keys = new Float64Array(0);
    status = new Uint8Array(0);
    fails = new Uint8Array(0);
    texts = [];
    /**
     * Checks one batch column. `dict` is the column dictionary-encoded (batch-dictionary.ts): the
     * parse and every value rule run once per distinct value, and rows are visited only to report
     * failures (in row order, so the first samples are the first failing rows) or to feed `unique`.
     */
    run(dict, batch, c, n) {
        const lines = batch.lines;
        this.present = true;
        this.rows += n;
        const size = dict.size;
        // Parquet timestamps kept as epoch ms (ColumnDictionary.times) are keyed from the ms: their
        // Dates are built only for a rule on text, or for a failing row's sample (dict.values below).
        const times = this.family === 'temporal' && !this.needsText && dict.numbers === null ? dict.times : null;
        const values = times !== null ? dict.rawValues : dict.values;
        const counts = dict.counts;
        if (this.keys.length < size) {
            const cap = Math.max(size, 2 * this.keys.length);
            this.keys = new Float64Array(cap);
            this.status = new Uint8Array(cap);
            this.fails = new Uint8Array(cap);
        }
        const keys = this.keys;
        const status = this.status;
        const fails = this.fails;
        // Phase 1: one monomorphic loop per type family marks each distinct value missing / ok / not
        // of the type and, for numeric, temporal and boolean columns, stores its typed key.
        switch (this.family) {
            case 'integer':
                parseIntegers(values, size, this.nulls, keys, status);
                break;
            case 'number':
                parseNumbers(values, size, this.nulls, keys, status);
                break;
            case 'temporal':
                if (times !== null)
                    keyTimes(values, times, size, keys, status);
                else
                    parseTimes(values, size, this.nulls, keys, status, this.pattern, this.type === 'date' && !this.pattern);
                break;
            case 'boolean':
                parseBooleans(values, size, this.nulls, keys, status);
                break;
            default:
                markMissing(values, size, this.nulls, status);
        }
        // Phase 2: the rules, per distinct value, on typed keys (numeric) or text: a bit per failing rule.
        const numeric = this.family !== 'text';
        const checkNull = !this.nullable.value;
        const needsText = this.needsText;
        const min = this.min === undefined ? -Infinity : this.min.value;
        const max = this.max === undefined ? Infinity : this.max.value;
        const checkMin = this.min !== undefined;
        const checkMax = this.max !== undefined;
        const allowed = this.allowed?.value;
        const regex = this.regex?.value;
        const minLen = this.minLength === undefined ? 0 : this.minLength.value;
        const maxLen = this.maxLength === undefined ? Infinity : this.maxLength.value;
        const dups = this.dups;
        const texts = this.texts;
        let nonMissing = 0;
        let anyFail = 0;
        for (let d = 0; d < size; d++) {
            const st = status[d];
            let f = 0;
            if (st === MISSING) {
                if (checkNull)
                    f = F_NULL;
            }
            else {
                nonMissing += counts[d];
                if (st === BAD)
                    f = F_TYPE;
                else {
                    if (numeric) {
                        const k = keys[d];
                        // Written as negations so that NaN fails both bounds.
                        if (checkMin && !(k >= min))
                            f |= F_MIN;
                        if (checkMax && !(k <= max))
                            f |= F_MAX;
                        if (allowed !== undefined && !allowed.has(k))
                            f |= F_ALLOWED;
                    }
                    else if (allowed !== undefined || dups !== undefined) {
                        const v = values[d];
                        const text = typeof v === 'string' ? v : toText(v);
                        if (allowed !== undefined && !allowed.has(text))
                            f |= F_ALLOWED;
                        if (dups !== undefined)
                            texts[d] = text;
                    }
                    if (needsText) {
                        const v = values[d];
                        const text = typeof v === 'string' ? v : toText(v);
                        if (regex !== undefined && !regex.test(text))
                            f |= F_PATTERN;
                        if (text.length < minLen)
                            f |= F_MIN_LENGTH;
                        if (text.length > maxLen)
                            f |= F_MAX_LENGTH;
                    }
                }
            }
            fails[d] = f;
            anyFail |= f;
        }
        this.nonMissing += nonMissing;
        if (anyFail === 0 && dups === undefined)
            return;
        // Phase 3: the rows, in order. Cells are read only here. A batch its reader encoded holds each
        // row's cell as dict.values[codes[r]], so that is read rather than batch.values, which would
        // build every column's cells for the sake of one failing row.
        const codes = dict.codes;
        const distinct = dict.values;
        const col = batch.dictionaries?.[c] === dict ? undefined : batch.values[c];
        for (let r = 0; r < n; r++) {
            const d = codes[r];
            const f = fails[d];
            if (f === 0 && (dups === undefined || status[d] !== OK))
                continue;
            const cell = col === undefined ? distinct[d] : col[r];
            if (f !== 0) {
                if (f & F_NULL)
                    this.tNull.fail(lines[r], cell ?? null);
                if (f & F_TYPE) {
                    this.typeFailed++;
                    this.tType.fail(lines[r], cell);
                }
                if (f & F_MIN)
                    this.tMin.fail(lines[r], cell);
                if (f & F_MAX)
                    this.tMax.fail(lines[r], cell);
                if (f & F_ALLOWED)
                    this.tAllowed.fail(lines[r], cell);
                if (f & F_PATTERN)
                    this.tPattern.fail(lines[r], cell);
                if (f & F_MIN_LENGTH)
                    this.tMinLength.fail(lines[r], cell);
                if (f & F_MAX_LENGTH)
                    this.tMaxLength.fail(lines[r], cell);
            }
            if (dups !== undefined && status[d] === OK)
                dups.add(numeric ? keys[d] : texts[d], lines[r], cell);
        }
        if (dups !== undefined && !numeric)
            texts.length = 0;
    }
    /** The canonical key of a cell for compound uniqueness (column type when it parses, else text). */
    compoundKeyPart(v) {
        const k = valueKey(v, this.type, this.pattern);
        return k === undefined ? `\u0002${toText(v)}` : keyText(k);
    }
    results() {
        const out = [];
        const name = this.name;
        const col = JSON.stringify(name);
        const base = ['columns', name];
        const typed = this.nonMissing - this.typeFailed;
        const lineWord = this.hasLines ? 'line' : 'row';
        const fmt = (k) => (this.type === 'date' || this.type === 'timestamp' ? formatTimestamp(k, this.type) : String(k));
        const push = (rule, r, t, total, describe, note) => out.push({ rule, column: name, rule_: r, failed: t.failed, total, samples: t.samples, describe, contractPath: formatKeyPath([...base, rule]), note });
        // The type rule is evaluated when declared, or implied by a typed rule (min on an integer column).
        const typeRule = this.typeRule ?? { value: 'string', mostly: 1, severity: 'error' };
        if (this.typeRule || this.type !== 'string') {
            const noun = `${TYPE_NOUN[this.type]}${this.spec.format ? ` in format "${this.spec.format}"` : ''}`;
            push('type', typeRule, this.tType, this.nonMissing, (s) => `column ${col} value ${quote(s?.value ?? null)} is not ${noun}`);
        }
        push('nullable', this.nullable, this.tNull, this.rows, () => `column ${col} has a missing value`, this.nullableSet ? undefined : 'not set, so false; add nullable: true to allow missing values');
        if (this.min)
            push('min', this.min, this.tMin, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is below the minimum ${fmt(this.min.value)}`);
        if (this.max)
            push('max', this.max, this.tMax, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is above the maximum ${fmt(this.max.value)}`);
        if (this.allowed) {
            const list = this.allowedList.slice(0, 8).map((v) => JSON.stringify(v)).join(', ') + (this.allowedList.length > 8 ? `, … (${this.allowedList.length} values)` : '');
            push('allowed', this.allowed, this.tAllowed, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is not one of the allowed values (${list})`);
        }
        if (this.regex)
            push('pattern', this.regex, this.tPattern, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} does not match /${this.regex.value.source}/`);
        if (this.minLength)
            push('min_length', this.minLength, this.tMinLength, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is shorter than ${this.minLength.value} characters`);
        if (this.maxLength)
            push('max_length', this.maxLength, this.tMaxLength, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is longer than ${this.maxLength.value} characters`);
        if (this.unique && this.dups) {
            const d = this.dups;
            d.finish();
            const first = d.samples[0];
            const locate = this.locate;
            out.push({
                rule: 'unique',
                column: name,
                rule_: this.unique,
                failed: d.failed,
                total: typed,
                samples: d.samples.map(({ line, value }) => (locate ? { ...locate(line), value } : { line, value })),
                describe: (s) => `column ${col} value ${quote(s?.value ?? null)} is a duplicate (first seen at ${firstSeen(first?.first, lineWord, locate)})`,
                contractPath: formatKeyPath([...base, 'unique']),
            });
        }
        return out;
    }
}

;// CONCATENATED MODULE: ../../../../shared/data/validate.ts
/**
 * Row-level validation of a streamed table against a data contract (shared/data/contract.ts).
 *
 * createValidator() compiles the contract once into one checker per column; add() runs one tight
 * loop per column per batch (no allocation per cell unless the cell fails); finish() turns the
 * tallies into a `mlops-actions/validation@1` report.
 *
 * Semantics (docs/contract.md):
 * - `mostly` as in Great Expectations: a rule passes when (1 - failed/total) >= mostly, where total
 *   is the rows the rule applies to. Missing values never count against value rules; values that do
 *   not parse as the column type are reported once, by `type`, and skipped by the value rules.
 * - unique counts every row whose value occurs more than once (pandas `duplicated(keep=False)`, as
 *   GE's expect_column_values_to_be_unique). It is exact: a hash map of seen values, and past
 *   `uniqueMemoryLimit` distinct values per rule the map spills to 64 hash partitions in a temp
 *   directory, each finished on its own at the end.
 *
 * Shards: exportState()/mergeState() move the tallies between threads (validate-data-shards.ts) or
 * jobs (shard-merge.ts). Unique rules need every key in one counter: a job's shard records its keys
 * instead (options.uniqueKeys) and the fan-in counts them all (addUniqueKey).
 *
 * Files: column-checker.ts (one column's rules, batch by batch), duplicate-counter.ts (exact
 * `unique` with bounded memory), findings.ts (counts and samples); this file compiles the contract
 * into checkers, runs them and writes the report.
 */









/**
 * The contract's unique rules, in the order their keys are numbered (UniqueKeyRecorder): column
 * `unique` rules in contract order, then `table.unique` entries.
 */
function uniqueRuleNames(contract) {
    const out = [];
    for (const [name, c] of Object.entries(contract.columns ?? {}))
        if (ruleOf(c.unique)?.value)
            out.push(formatContractPath(['columns', name, 'unique']));
    (contract.table?.unique ?? []).forEach((_, i) => out.push(`table.unique[${i}]`));
    return out;
}
/**
 * Whether per-shard validator states can be merged into the sequential result. Not with `unique`
 * (column or table.unique): duplicates are found across the whole file and the samples say where a
 * value was first seen, which needs one global map of seen values (the DuplicateCounter, spilling
 * to disk past its memory limit). Merging per-shard maps exactly would mean shipping every distinct
 * key between threads: unbounded, so such contracts are validated sequentially.
 */
function validate_canMergeShards(contract) {
    if ((contract.table?.unique ?? []).length > 0)
        return false;
    return Object.values(contract.columns ?? {}).every((c) => !ruleOf(c.unique)?.value);
}
const DEFAULT_UNIQUE_MEMORY_LIMIT = 2_000_000;
/** Tolerance for `(1 - fraction) >= mostly` so that 99 of 100 passes mostly 0.99 despite binary rounding. */
const MOSTLY_EPSILON = 1e-12;
function defaultFormat(file) {
    const name = file.toLowerCase().replace(/\.gz$/, '');
    const ext = (0,external_node_path_namespaceObject.extname)(name).slice(1);
    if (ext === 'tsv' || ext === 'txt')
        return 'csv';
    if (ext === 'ndjson' || ext === 'json')
        return 'jsonl';
    return ext || 'csv';
}
function percent(f) {
    const p = f * 100;
    if (p === 0 || p === 100)
        return `${p}%`;
    return `${p < 0.01 ? p.toExponential(1) : p < 10 ? p.toFixed(2) : p.toFixed(1)}%`;
}
/** Compiles `contract` into a streaming validator for one file. */
function validate_createValidator(contract, options) {
    const table = contract.table ?? {};
    const specs = contract.columns ?? {};
    const nulls = table.null_values ? new NullTokens(table.null_values) : new NullTokens(DEFAULT_NULL_TOKENS);
    const uniqueLimit = options.uniqueMemoryLimit ?? DEFAULT_UNIQUE_MEMORY_LIMIT;
    const tmpRoot = options.tmpDir ?? (0,external_node_os_namespaceObject.tmpdir)();
    const contractFile = options.contractFile ?? 'contract';
    // Unique rules are numbered as uniqueRuleNames() lists them (a shard's recorded keys say which).
    const counters = [];
    const counter = () => {
        const c = options.uniqueKeys ? new KeyForwarder(options.uniqueKeys, counters.length) : new DuplicateCounter(uniqueLimit, tmpRoot);
        counters.push(c);
        return c;
    };
    const locate = options.locateLine;
    const checkers = Object.entries(specs).map(([name, spec]) => new ColumnChecker(name, spec, nulls, options.hasLines, counter, locate));
    const byName = new Map(checkers.map((c) => [c.name, c]));
    const compound = (table.unique ?? []).map((u, i) => {
        const r = normalizeCompoundUnique(u);
        return { rule: r, path: `table.unique[${i}]`, counter: counter(), total: 0, checkers: r.value.map((n) => byName.get(n)) };
    });
    const seenColumns = [...options.columns];
    const seenSet = new Set(seenColumns);
    let rows = 0;
    let lastColumns;
    let index = [];
    let finished = false;
    let ownDictionaries;
    function add(batch, dictionaries) {
        if (finished)
            throw new Error('validator: add() after finish()');
        const dicts = dictionaries ?? (ownDictionaries ??= new BatchDictionaries());
        if (batch.columns !== lastColumns) {
            lastColumns = batch.columns;
            for (const c of batch.columns)
                if (!seenSet.has(c)) {
                    seenSet.add(c);
                    seenColumns.push(c);
                }
            index = checkers.map((c) => batch.columns.indexOf(c.name));
        }
        const n = batch.length;
        for (let i = 0; i < checkers.length; i++) {
            if (index[i] >= 0)
                checkers[i].run(dicts.column(batch, index[i]), batch, index[i], n);
            else
                checkers[i].absent(batch.lines, n);
        }
        for (const cu of compound) {
            const cols = cu.checkers.map((c) => batch.columns.indexOf(c.name));
            const parts = new Array(cols.length);
            for (let r = 0; r < n; r++) {
                let anyPresent = false;
                for (let j = 0; j < cols.length; j++) {
                    const v = cols[j] >= 0 ? batch.values[cols[j]][r] : null;
                    if (nulls.isMissing(v))
                        parts[j] = '\u0000';
                    else {
                        anyPresent = true;
                        parts[j] = cu.checkers[j].compoundKeyPart(v);
                    }
                }
                if (!anyPresent)
                    continue;
                cu.total++;
                const key = parts.join('\u001f');
                cu.counter.add(key, batch.lines[r], key);
            }
        }
        rows += n;
    }
    function finish() {
        if (finished)
            throw new Error('validator: finish() called twice');
        finished = true;
        ownDictionaries?.release();
        const results = [];
        const lineKind = options.hasLines ? 'line' : 'row';
        const headerLine = options.hasLines ? 1 : 0;
        // Presence: required (default: every listed column) and unexpected columns.
        const requiredRule = column_checker_ruleOf(table.required_columns);
        const required = requiredRule ? requiredRule.value : Object.keys(specs);
        const reqNorm = requiredRule ?? { value: required, mostly: 1, severity: 'error' };
        for (const name of required) {
            results.push({
                rule: 'required_columns',
                column: name,
                rule_: reqNorm,
                failed: seenSet.has(name) ? 0 : 1,
                total: 1,
                samples: [],
                describe: () => `required column ${JSON.stringify(name)} is missing`,
                contractPath: requiredRule ? 'table.required_columns' : formatKeyPath(['columns', name]),
                note: requiredRule ? undefined : 'every listed column is required unless table.required_columns says otherwise',
            });
        }
        const unexpectedMode = table.unexpected_columns ?? 'error';
        if (unexpectedMode !== 'allow') {
            const listed = new Set([...Object.keys(specs), ...required]);
            const rule = { value: unexpectedMode, mostly: 1, severity: unexpectedMode === 'warn' ? 'warn' : 'error' };
            for (const name of seenColumns) {
                results.push({
                    rule: 'unexpected_columns',
                    column: name,
                    rule_: rule,
                    failed: listed.has(name) ? 0 : 1,
                    total: 1,
                    samples: headerLine ? [{ line: headerLine, value: name }] : [],
                    describe: () => `column ${JSON.stringify(name)} is not in the contract`,
                    contractPath: 'table.unexpected_columns',
                    note: table.unexpected_columns ? undefined : 'not set, so error; list the column, or set unexpected_columns: allow',
                });
            }
        }
        const rowsMin = column_checker_ruleOf(table.rows?.min) ?? { value: 1, mostly: 1, severity: 'error' };
        results.push({
            rule: 'rows.min',
            rule_: rowsMin,
            failed: rows < rowsMin.value ? 1 : 0,
            total: 1,
            samples: [],
            describe: () => `has ${rows} data row${rows === 1 ? '' : 's'}, fewer than the minimum ${rowsMin.value}`,
            contractPath: 'table.rows.min',
            note: table.rows?.min === undefined ? 'not set, so 1' : undefined,
        });
        const rowsMax = column_checker_ruleOf(table.rows?.max);
        if (rowsMax) {
            results.push({ rule: 'rows.max', rule_: rowsMax, failed: rows > rowsMax.value ? 1 : 0, total: 1, samples: [], describe: () => `has ${rows} data rows, more than the maximum ${rowsMax.value}`, contractPath: 'table.rows.max' });
        }
        for (const c of checkers)
            if (seenSet.has(c.name))
                results.push(...c.results());
        for (const c of checkers)
            c.dups?.finish();
        for (const cu of compound) {
            const names = cu.rule.value;
            if (!names.every((n) => seenSet.has(n))) {
                cu.counter.finish();
                continue;
            }
            cu.counter.finish();
            const firstDup = cu.counter.samples[0];
            results.push({
                rule: 'unique_together',
                columns: names,
                rule_: cu.rule,
                failed: cu.counter.failed,
                total: cu.total,
                samples: cu.counter.samples.map(({ line, value }) => {
                    const shown = value === null ? null : value.split('\u001f').map((p) => (p === '\u0000' ? '' : p.replace(/^\u0002/, ''))).join(', ');
                    return locate ? { ...locate(line), value: shown } : { line, value: shown };
                }),
                describe: () => `columns ${names.map((n) => JSON.stringify(n)).join(', ')} repeat the values of an earlier row (first seen at ${firstSeen(firstDup?.first, lineKind, locate)})`,
                contractPath: cu.path,
            });
        }
        const findings = [];
        let failedErrors = 0;
        let failedWarnings = 0;
        for (const r of results) {
            if (r.failed === 0 || r.total === 0)
                continue;
            const fraction = r.failed / r.total;
            const passed = 1 - fraction >= r.rule_.mostly - MOSTLY_EPSILON;
            if (!passed) {
                if (r.rule_.severity === 'error')
                    failedErrors++;
                else
                    failedWarnings++;
            }
            const first = r.samples[0];
            let where = first?.file ?? options.file;
            if (first && first.line > 0)
                where += options.hasLines ? `:${first.line}` : ` (row ${first.line})`;
            const unit = r.rule === 'nullable' || r.rule === 'unique_together' ? 'rows' : 'values';
            const count = r.total > 1 ? `; ${r.failed} of ${r.total} ${unit} fail (${percent(fraction)}${r.rule_.mostly < 1 ? `, mostly ${r.rule_.mostly} allows ${percent(1 - r.rule_.mostly)}` : ''})` : '';
            // Severity is a field of its own; the faces label it (annotation level, CLI prefix).
            const message = `${where}: ${r.describe(first)}${count} (contract ${contractFile}: ${r.contractPath}${r.note ? ` — ${r.note}` : ''})`;
            const f = {
                rule: r.rule,
                severity: r.rule_.severity,
                failed: r.failed,
                total: r.total,
                fraction,
                mostly: r.rule_.mostly,
                passed,
                samples: r.samples,
                message,
                contract_path: r.contractPath,
            };
            if (r.column !== undefined)
                f.column = r.column;
            if (r.columns !== undefined)
                f.columns = r.columns;
            findings.push(f);
        }
        return {
            schema: VALIDATION_SCHEMA,
            data: { file: options.file, format: options.format ?? defaultFormat(options.file), rows, line_kind: lineKind },
            contract: { file: contractFile },
            passed: failedErrors === 0,
            counts: { rules: results.length, failed_errors: failedErrors, failed_warnings: failedWarnings },
            findings,
        };
    }
    function exportState() {
        const unique = counters.length > 0;
        if (unique && !options.uniqueKeys)
            throw new Error('validator: unique rules cannot be exported (canMergeShards)');
        const state = { rows, columns: seenColumns.slice(), checkers: checkers.map((c) => c.state()) };
        if (unique)
            state.compoundTotals = compound.map((cu) => cu.total);
        return state;
    }
    function mergeState(state, lineOffset, file) {
        if (finished)
            throw new Error('validator: mergeState() after finish()');
        if (counters.length > 0 && state.compoundTotals === undefined)
            throw new Error('validator: unique rules cannot be merged (canMergeShards)');
        if (options.uniqueKeys)
            throw new Error('validator: a shard validator does not merge states');
        if (state.checkers.length !== checkers.length || (state.compoundTotals?.length ?? 0) !== compound.length)
            throw new Error('validator: state from a different contract');
        state.compoundTotals?.forEach((t, i) => (compound[i].total += t));
        rows += state.rows;
        for (const c of state.columns)
            if (!seenSet.has(c)) {
                seenSet.add(c);
                seenColumns.push(c);
            }
        for (let i = 0; i < checkers.length; i++)
            checkers[i].merge(state.checkers[i], lineOffset, file);
    }
    function addUniqueKey(rule, key, line, display) {
        if (finished)
            throw new Error('validator: addUniqueKey() after finish()');
        const c = counters[rule];
        if (!c || options.uniqueKeys)
            throw new Error(`validator: no unique rule ${rule} to count keys for`);
        c.add(key, line, display);
    }
    return { add, finish, exportState, mergeState, addUniqueKey };
}

;// CONCATENATED MODULE: ../../../../shared/data/scan-table.ts
/**
 * One pass over a table: profile it and, with a contract, check it. The sequential validate-data
 * run and every shard worker run exactly this, so a sharded result can only differ from the
 * sequential one in how the per-shard results are merged.
 */






/** What the contract declares that the profiler needs to type columns the same way the validator does. */
function scan_table_profilerTyping(contract) {
    const types = {};
    const timestampFormats = {};
    for (const [name, column] of Object.entries(contract?.columns ?? {})) {
        if (column.type !== undefined)
            types[name] = normalizeRule(column.type).value;
        if (column.format !== undefined)
            timestampFormats[name] = column.format;
    }
    const nullValues = contract?.table?.null_values;
    return { types, timestampFormats, nullTokens: nullValues ? new NullTokens(nullValues) : undefined };
}
async function scanTable(reader, options) {
    const profiler = createProfiler({ columns: options.columns, ...scan_table_profilerTyping(options.contract) });
    const validator = options.contract
        ? validate_createValidator(options.contract, { file: options.file, columns: options.columns, hasLines: reader.hasLines, format: reader.format, contractFile: options.contractFile, uniqueKeys: options.uniqueKeys })
        : undefined;
    let rows = 0;
    // One encoding of each batch column serves both the profiler and the validator.
    const dictionaries = new BatchDictionaries();
    for await (const batch of reader.batches()) {
        profiler.add(batch, dictionaries);
        validator?.add(batch, dictionaries);
        rows += batch.length;
    }
    dictionaries.release();
    return { profile: profiler.finish({ file: options.file, format: reader.format }), validator, rows };
}

;// CONCATENATED MODULE: ../../../../shared/data/validate-data-columns.ts





/** `parts` contiguous ranges of about equal width covering columns [0, columns). */
function validate_data_columns_columnRanges(columns, parts) {
    const n = Math.max(1, Math.min(parts, columns));
    return Array.from({ length: n }, (_, k) => ({ start: Math.floor((columns * k) / n), end: Math.floor((columns * (k + 1)) / n) }));
}
/** The worker owning contract column `name`: the one whose range holds it, else (not in the file) the first. */
function ownerOf(name, index, ranges) {
    const i = index.get(name);
    if (i === undefined)
        return 0;
    return ranges.findIndex((r) => i >= r.start && i < r.end);
}
/** The contract a worker validates with: its own columns' rules (in contract order) and the whole table section. */
function contractForRange(contract, columns, ranges, part) {
    const index = new Map(columns.map((c, i) => [c, i]));
    const own = Object.entries(contract.columns ?? {}).filter(([name]) => ownerOf(name, index, ranges) === part);
    return { ...contract, columns: Object.fromEntries(own) };
}
/** Batch `batch` seen through columns [start, start + columns.length): what a worker profiles and checks. */
class ColumnSlice {
    batch;
    columns;
    start;
    dictionaries;
    cells;
    constructor(batch, columns, start) {
        this.batch = batch;
        this.columns = columns;
        this.start = start;
        this.dictionaries = batch.dictionaries?.slice(start, start + columns.length);
    }
    get length() {
        return this.batch.length;
    }
    get lines() {
        return this.batch.lines;
    }
    get rowOffset() {
        return this.batch.rowOffset;
    }
    /** Only this slice's cells: the reader did not encode the other columns (encodeColumns). */
    get values() {
        return (this.cells ??= this.columns.map((_, c) => this.dictionaries?.[c]?.cells() ?? this.batch.values[this.start + c]));
    }
}
function sliceReader(reader, columns, range) {
    const own = columns.slice(range.start, range.end);
    return {
        file: reader.file,
        format: reader.format,
        hasLines: reader.hasLines,
        columns: () => reader.columns(),
        async *batches() {
            for await (const batch of reader.batches())
                yield new ColumnSlice(batch, own, range.start);
        },
    };
}
/** One worker's pass: profile of its own columns only, its validator's tallies, the rows. */
async function scanColumnRange(task) {
    const range = task.columnRanges[task.part];
    // openTable hands its options on to the CSV reader, which encodes only this range (the Parquet
    // reader reads only this range's column chunks).
    const options = { format: task.format, delimiter: task.delimiter, encodeColumns: range };
    const reader = sliceReader(await openTable(task.file, options), task.columns, range);
    const contract = task.contract && contractForRange(task.contract, task.columns, task.columnRanges, task.part);
    // All columns named, so that width-scaled sketch sizes are the single pass's; only ours are fed.
    const { profile, validator, rows } = await scanTable(reader, { file: task.file, columns: task.columns, contract, contractFile: task.contractFile });
    const columns = {};
    for (const name of task.columns.slice(range.start, range.end))
        columns[name] = profile.columns[name];
    return { profile: { ...profile, columns }, validator: validator?.exportState(), rows };
}
/** The single pass's report and profile from every part's result (parts in range order). */
function validate_data_columns_joinColumnParts(parts, input) {
    const first = parts[0];
    const columns = {};
    for (const name of first.profile.column_order) {
        const owner = parts.find((p) => Object.hasOwn(p.profile.columns, name));
        if (!owner)
            throw new Error(`column split: no part profiled column ${JSON.stringify(name)}`);
        columns[name] = owner.profile.columns[name];
    }
    const profile = { ...first.profile, columns };
    const rows = first.rows;
    if (!input.contract) {
        return { report: reportWithoutContract({ file: input.file, format: input.format, rows, line_kind: input.hasLines ? 'line' : 'row' }), profile, rows };
    }
    // Checker states in contract order, each from its owner (each part's are in contract order too).
    const index = new Map(input.columns.map((c, i) => [c, i]));
    const next = parts.map(() => 0);
    const checkers = Object.keys(input.contract.columns ?? {}).map((name) => {
        const k = ownerOf(name, index, input.ranges);
        return parts[k].validator.checkers[next[k]++];
    });
    const state = { rows: first.validator.rows, columns: first.validator.columns, checkers };
    const validator = createValidator(input.contract, { file: input.file, columns: input.columns, hasLines: input.hasLines, format: input.format, contractFile: input.contractFile });
    validator.mergeState(state, 0);
    return { report: validator.finish(), profile, rows };
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(919);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ../../../../shared/runtime/worker-entry.ts
/**
 * How to start one of our worker threads: from the ncc bundles, the worker's own bundle beside the
 * bundle that starts it (scripts/build.mjs writes it there); from TypeScript sources (vitest, tsx),
 * code that registers tsx's loader and then imports the worker's .ts entry. Node 20 does not apply
 * `--import tsx` (module.register) to a worker's execArgv, but tsx's API registers it inside the worker.
 */


/**
 * `callerUrl`: the starting module's import.meta.url, passed as a value (`new URL('…',
 * import.meta.url)` written inline would make ncc copy the file as an asset, and the worker must be
 * a bundle of its own). `sourceEntry`: the worker's .ts file beside the caller; `bundledEntry`:
 * its bundle, relative to the caller's bundle.
 */
function worker_entry_workerEntry(callerUrl, sourceEntry, bundledEntry) {
    if (callerUrl.endsWith('.ts')) {
        // createRequire resolves the package's `require` entry; the worker code imports the ESM one.
        const api = pathToFileURL(createRequire(callerUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
        const entry = new URL(callerUrl.replace(/[^/]*$/, sourceEntry)).href;
        return { code: `const { register } = await import(${JSON.stringify(api)});\nregister();\nawait import(${JSON.stringify(entry)});\n` };
    }
    return { file: new URL(bundledEntry, callerUrl) };
}

;// CONCATENATED MODULE: ../../../../shared/data/shard-workers.ts
/**
 * Starting validate-data's shard workers (validate-data-shards.ts), possibly early.
 *
 * A shard worker loads its bundle (~1.3 MB) in ~0.3 s while the main thread is busy; started once
 * the file is planned (~250 ms into `mlops validate` on flights-3m.csv) it was ready ~0.55 s in,
 * after the main thread had long started its own shard, and the run waited for it at the end. So
 * the CLI and the action start the workers a large CSV will need before they load the step
 * (warmShardWorkers), and the plan takes them (takeShardWorker) when it shards: the task comes
 * as a message instead of workerData. Unused warm workers are unreferenced (they never keep the
 * process alive) and terminated when the plan reads the file sequentially.
 *
 * This module is small on purpose (node built-ins only): it runs before the step's code is loaded.
 */




/** scripts/build.mjs adds the shard worker to every bundle whose code contains this string. */
const shard_workers_SHARD_WORKER_MARKER = 'mlops-actions:shard-worker@1';
/** The worker bundle, relative to the bundle that starts it. */
const BUNDLED_WORKER = 'shard-worker/index.js';
const shard_workers_DEFAULT_MAX_WORKERS = 4;
/** Below this, starting workers (~50-100 ms each) and merging cost more than they save. */
const shard_workers_DEFAULT_SHARD_MIN_BYTES = (/* unused pure expression or super */ null && (32 * 1024 * 1024));
/**
 * A shard worker with these heap limits. With `workerData` it runs that task at once; without, it
 * waits for one message carrying it.
 */
function shard_workers_startShardWorker(resourceLimits, workerData) {
    const entry = workerEntry(import.meta.url, 'validate-data-worker.ts', BUNDLED_WORKER);
    // No inherited execArgv: a parent started with `node -e …` or `--input-type` would pass them on
    // and the worker would run the parent's code instead of its own (seen in the benchmark harness).
    const data = workerData ?? { marker: shard_workers_SHARD_WORKER_MARKER, task: null };
    return 'file' in entry
        ? new Worker(entry.file, { workerData: data, resourceLimits, execArgv: [] })
        : new Worker(entry.code, { eval: true, workerData: data, resourceLimits, execArgv: [] });
}
/** Warm workers with their heap limits and the listener that drops one that exits unused. */
const warm = new Map();
/**
 * The heap a CSV row shard's worker gets on the byte path (validate-data-shards.ts,
 * workerHeapLimits) for up to ~100 columns; a task that needs more starts its own worker.
 */
const WARM_CSV_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 64 };
/**
 * Starts the workers a sequential-looking validate of `data` would shard onto, before the step is
 * loaded: only for one existing CSV/TSV file (not .gz) of at least DEFAULT_SHARD_MIN_BYTES, on 2+
 * cores. Anything else (a list, a glob, Parquet, JSON Lines, a small file) starts nothing. Never
 * throws: a warm start is only a head start.
 */
function warmShardWorkers(data, format, minBytes = shard_workers_DEFAULT_SHARD_MIN_BYTES) {
    try {
        if (warm.size > 0 || /[\n*?[]/.test(data) || /\.gz$/i.test(data))
            return;
        const csv = format === undefined ? /\.(csv|tsv)$/i.test(data) : format === 'csv';
        if (!csv)
            return;
        const workers = Math.min(shard_workers_DEFAULT_MAX_WORKERS, availableParallelism());
        if (workers < 2 || !(statSync(data).size >= minBytes))
            return;
        // CSV row shard 0 runs in the main thread (validate-data-shards.ts runShards).
        for (let k = 0; k < workers - 1; k++) {
            const worker = shard_workers_startShardWorker(WARM_CSV_LIMITS);
            worker.unref();
            const gone = () => warm.delete(worker);
            worker.once('error', gone);
            worker.once('exit', gone);
            warm.set(worker, { limits: WARM_CSV_LIMITS, gone });
        }
    }
    catch {
        // No worker now; the plan starts its own.
    }
}
/** A warm worker whose heap is at least `limits`, referenced again, or undefined. */
function shard_workers_takeShardWorker(limits) {
    for (const [worker, w] of warm) {
        if (w.limits.maxYoungGenerationSizeMb !== limits.maxYoungGenerationSizeMb || w.limits.maxOldGenerationSizeMb < limits.maxOldGenerationSizeMb)
            continue;
        warm.delete(worker);
        worker.off('error', w.gone);
        worker.off('exit', w.gone);
        worker.ref();
        return worker;
    }
    return undefined;
}
/** Warm workers waiting for a task (tests). */
function warmShardWorkerCount() {
    return warm.size;
}
/** Terminates the warm workers nobody took (the file is read sequentially, or in other workers). */
function releaseShardWorkers() {
    for (const worker of warm.keys())
        void worker.terminate();
    warm.clear();
}

;// CONCATENATED MODULE: ../../../../shared/data/validate-data-shards.ts
/**
 * validate-data on both (all) cores: a large file is cut into shards, each streamed by a
 * `node:worker_threads` worker through the reader, the profiler and the validator, and the shards'
 * results are merged in file order into exactly the sequential run's report and profile.
 *
 * Shards: CSV/TSV/JSON Lines (not .gz) by byte ranges cut just after a '\n' (a UTF-8 '\n' byte is
 * never inside a character); Parquet by row groups. Shard 0 reads from byte 0 like the sequential
 * reader (BOM, header, blank lines); later shards get the header's column names and count lines from
 * 1, which the merge shifts by the lines of the shards before them. A CSV wider than
 * MAX_ROW_SHARD_COLUMNS is split by columns instead, and its parts put together without a merge
 * (validate-data-columns.ts).
 *
 * Why the merge is exact, and when it is not attempted:
 * - A cut can fall inside a quoted CSV field (quoted line breaks). By induction over the shards: shard
 *   0 starts on a record; if shard k starts on a record and parses without error to the end of its
 *   range (the end taken as final), its last record ended at the cut, since a cut inside a quoted
 *   field leaves that quote open, which the reader reports as "unterminated quoted field". So when
 *   every shard before k succeeded, shard k started on a record and saw the same records as the
 *   sequential reader. The earliest failing shard's error is therefore the sequential run's first
 *   error (re-thrown with its absolute line), except "unterminated quoted field" in a shard that is
 *   not the last: that may be the cut, so the file is read again sequentially.
 * - Validator tallies (counts, first samples) add up in file order (Validator.mergeState). Unique
 *   rules need one global map of seen values: such contracts run sequentially (canMergeShards).
 * - Profiles merge with mergeProfiles: counts, min, max, mean and type counts are exact; quantiles
 *   and histograms may differ within the KLL sketch's error bounds (docs/formats.md, "Profile"). An
 *   undeclared column's type is inferred per shard; if a shard's inference disagrees with the
 *   inference over the whole file (a shard's mix of values differs), the merge cannot rebuild the
 *   sequential column, and the file is read again sequentially.
 * - Anything unexpected (a worker that crashes or cannot start, an error that is not an InputError)
 *   also falls back to the sequential path: correctness first.
 *
 * Workers: from TypeScript sources (vitest, tsx) the worker is validate-data-worker.ts run with tsx's
 * loader; in the ncc bundles, scripts/build.mjs writes that entry as `shard-worker/index.js` next to
 * every bundle whose code contains SHARD_WORKER_MARKER. Workers start only when a file is sharded
 * (a large CSV's before the plan: shard-workers.ts), so a small file (and the action's cold start)
 * never pays for them.
 */














/**
 * Parquet is not sharded by default: on flights-3m (11 ZSTD row groups) two workers measured
 * 2.36 s / 222 MB against 1.9-2.1 s / ~200 MB in one thread. Decompression and the flat-column
 * decoder are cheap per row, so each worker's start-up and JIT warm-up, and a second row group
 * decoded in memory at once, cost more than the second core gives back. Pass `minRows` to opt in.
 */
const DEFAULT_SHARD_MIN_ROWS = Number.POSITIVE_INFINITY;
/**
 * Parquet split by columns (validate-data-columns.ts; opt in with `columnSplitMinRows`): each part
 * reads, decodes, profiles and checks only its own columns' chunks, so nothing is read twice and
 * nothing is merged (the result is the single pass's, byte for byte), and the first part runs in
 * this thread. Not by default: on flights-3m (5 columns, `mlops validate` with the benchmark
 * contract) the main thread's CPU went from 1.99 s to 1.65 s and the worker took 0.82 s, but the
 * whole run from 2.5-2.6 to 3.5-4.5 CPU s (V8's GC and compiler threads 1.0 s -> 1.8 s, the
 * worker's bundle load ~0.25 s) and 155-167 MB -> 185-210 MB peak RSS: on two cores that is no
 * faster. Worth it once per-column work outweighs a second isolate.
 */
const DEFAULT_PARQUET_COLUMN_SPLIT_MIN_ROWS = Number.POSITIVE_INFINITY;
/**
 * Files wider than this are not cut into row shards: every shard holds every column's sketches
 * (tens of KB a column once rows are read) and the merge re-derives each column from them, so at
 * 10,000 columns two shards and their merge peaked at 2.26 GB, with 8-9 s of the run spent merging
 * (npm run bench, the wide-data rows). Below it the sketches are small next to the rows. A wider
 * CSV is split by columns instead (validate-data-columns.ts): each worker reads every row but
 * encodes, profiles and checks only its range of columns, and nothing is merged.
 */
const MAX_ROW_SHARD_COLUMNS = 2048;
function shardError(e) {
    if (e instanceof errors/* InputError */.dz) {
        let what = e.message;
        const where = e.location ? `${formatWhere(e.location)}: ` : '';
        if (where && what.startsWith(where))
            what = what.slice(where.length);
        const fix = e.hint ? ` (${e.hint})` : '';
        if (fix && what.endsWith(fix))
            what = what.slice(0, -fix.length);
        return { kind: 'input', what, message: e.message, hint: e.hint, location: e.location };
    }
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { kind: 'internal', what: message, message };
}
function formatWhere(loc) {
    let s = loc.file;
    if (loc.line !== undefined)
        s += `:${loc.line}`;
    if (loc.line !== undefined && loc.column !== undefined)
        s += `:${loc.column}`;
    return s;
}
/** Streams one shard through the profiler and the validator; never throws (errors are data). */
async function runShard(task) {
    try {
        if (task.columnSplit) {
            const part = await scanColumnRange({ ...task, format: task.format === 'parquet' ? 'parquet' : 'csv', columnRanges: task.columnSplit.ranges, part: task.columnSplit.part });
            // nextLine shifts row shards' lines; every part of a column split reads from line 1.
            return { ok: true, ...part, nextLine: 1 };
        }
        let nextLine = 1;
        const reader = await openTable(task.file, {
            format: task.format,
            delimiter: task.delimiter,
            reuseBuffers: true,
            start: task.start,
            end: task.end,
            header: task.header,
            partial: true,
            rowGroups: task.rowGroups,
            onEnd: (line) => {
                nextLine = line;
            },
        });
        const { profile, validator, rows } = await scanTable(reader, { file: task.file, columns: task.columns, contract: task.contract, contractFile: task.contractFile });
        return { ok: true, profile, validator: validator?.exportState(), rows, nextLine };
    }
    catch (e) {
        return { ok: false, error: shardError(e) };
    }
}
// ---------------------------------------------------------------------------------------------
// Planning
/**
 * Cut points: the byte after the first '\n' at or after each of n-1 equally spaced offsets. Fewer
 * than n ranges when the file is too small to cut n times. Also the cross-job shard planner's
 * (shard-plan.ts), so `--shard i/n` cuts where the workers would.
 */
async function textRanges(file, size, n) {
    const cuts = [0];
    const fh = await open(file, 'r');
    try {
        const buf = Buffer.allocUnsafe(64 * 1024);
        for (let k = 1; k < n; k++) {
            let p = Math.max(Math.floor((size * k) / n), cuts[cuts.length - 1]);
            let cut = -1;
            while (p < size) {
                const { bytesRead } = await fh.read(buf, 0, buf.length, p);
                if (bytesRead === 0)
                    break;
                const i = buf.subarray(0, bytesRead).indexOf(10);
                if (i !== -1) {
                    cut = p + i + 1;
                    break;
                }
                p += bytesRead;
            }
            if (cut === -1 || cut >= size)
                break;
            if (cut > cuts[cuts.length - 1])
                cuts.push(cut);
        }
    }
    finally {
        await fh.close();
    }
    return cuts.map((start, i) => ({ start, end: i + 1 < cuts.length ? cuts[i + 1] : size }));
}
/** Contiguous row-group ranges of about equal rows (at most n; fewer when there are fewer groups). */
function rowGroupRanges(groupRows, n) {
    const total = groupRows.reduce((a, b) => a + b, 0);
    const ends = [];
    let cum = 0;
    let k = 1;
    for (let g = 0; g < groupRows.length && k < n; g++) {
        cum += groupRows[g];
        // Cut after group g when that is closer to the k-th target than cutting before it.
        if (cum - groupRows[g] / 2 >= (total * k) / n) {
            if (g + 1 < groupRows.length && (ends.length === 0 || ends[ends.length - 1] < g + 1))
                ends.push(g + 1);
            k++;
        }
    }
    const starts = [0, ...ends];
    return starts.map((start, i) => ({ start, end: i < ends.length ? ends[i] : groupRows.length }));
}
/** The shards to run, or undefined when the file should be read sequentially. */
async function planShards(input) {
    if (input.parallel === false)
        return undefined;
    const workers = Math.floor(input.parallel?.workers ?? Math.min(DEFAULT_MAX_WORKERS, availableParallelism()));
    if (!(workers >= 2))
        return undefined;
    if (input.contract && !canMergeShards(input.contract))
        return undefined;
    if (input.format === 'parquet')
        return planParquetShards(input, workers);
    const byColumns = input.columns.length >= (input.parallel?.columnSplitFrom ?? MAX_ROW_SHARD_COLUMNS + 1);
    if (byColumns ? input.format !== 'csv' : input.columns.length > MAX_ROW_SHARD_COLUMNS)
        return undefined;
    const base = { file: input.file, format: input.format, delimiter: input.delimiter, columns: [...input.columns], contract: input.contract, contractFile: input.contractFile };
    if (/\.gz$/i.test(input.file))
        return undefined;
    const fh = await open(input.file, 'r');
    const size = (await fh.stat()).size;
    await fh.close();
    if (size < (input.parallel?.minBytes ?? DEFAULT_SHARD_MIN_BYTES))
        return undefined;
    if (byColumns) {
        const ranges = columnRanges(input.columns.length, workers);
        return ranges.length < 2 ? undefined : ranges.map((_, part) => ({ ...base, columnSplit: { ranges, part } }));
    }
    const ranges = await textRanges(input.file, size, workers);
    if (ranges.length < 2)
        return undefined;
    return ranges.map((r, i) => ({ ...base, ...r, header: i > 0 && input.format === 'csv' ? [...input.columns] : undefined }));
}
/**
 * Parquet: by row groups when asked for (`minRows`), else by columns once the file has
 * `columnSplitMinRows` rows: Parquet stores each column apart, so a worker reads only its own
 * columns' chunks.
 */
async function planParquetShards(input, workers) {
    const base = { file: input.file, format: input.format, columns: [...input.columns], contract: input.contract, contractFile: input.contractFile };
    const parallel = input.parallel || undefined;
    const { MAX_RANGE_ROWS, parquetRowGroupRows } = await Promise.all(/* import() */[__nccwpck_require__.e(896), __nccwpck_require__.e(306)]).then(__nccwpck_require__.bind(__nccwpck_require__, 306));
    const groups = await parquetRowGroupRows(input.file);
    const rows = groups.reduce((a, b) => a + b, 0);
    const maxGroupRows = Math.min(Math.max(0, ...groups), MAX_RANGE_ROWS);
    if (groups.length >= 2 && rows >= (parallel?.minRows ?? DEFAULT_SHARD_MIN_ROWS) && input.columns.length <= MAX_ROW_SHARD_COLUMNS) {
        const ranges = rowGroupRanges(groups, Math.min(workers, groups.length));
        if (ranges.length >= 2)
            return ranges.map((rowGroups) => ({ ...base, rowGroups, maxGroupRows }));
    }
    if (input.columns.length < 2 || rows < (parallel?.columnSplitMinRows ?? DEFAULT_PARQUET_COLUMN_SPLIT_MIN_ROWS))
        return undefined;
    const ranges = columnRanges(input.columns.length, workers);
    return ranges.map((_, part) => ({ ...base, maxGroupRows, columnSplit: { ranges, part } }));
}
// ---------------------------------------------------------------------------------------------
// Running and merging
/**
 * Heap limits per worker. V8 sizes each isolate's heap for throughput, not for sharing a machine:
 * left alone, two workers on flights-3m (121 MB CSV, or the Parquet file) peak at 290-340 MB RSS,
 * mostly uncollected garbage (a shard's live heap is ~15 MB). A young generation of 24 MB and an
 * old-generation limit of 64 MB make V8 collect sooner: measured with `mlops validate` (2 workers +
 * the main thread's ~60 MB), ~195 MB (CSV) and 210-225 MB (Parquet), for ~20% more CPU in GC than
 * unlimited workers; tighter limits cost much more when every cell is a string (12/56 MB: +40% CPU
 * on the CSV's string parser). The CSV byte path makes a string per distinct value only, so its
 * garbage is small and a 12 MB young generation costs nothing: measured on flights-3m.csv (16,384-row
 * batches), 24 MB 1.51-1.72 s / 218-230 MB, 12 MB 1.36-1.54 s / 192-196 MB (wall / max RSS, 3 runs
 * each). The old-generation limit grows with what one worker must hold at once (a text batch's
 * cells, at most 4 × DEFAULT_BATCH_ROWS = BYTE_PATH_BATCH_ROWS rows, or one Parquet row group, ~40
 * bytes a cell), so wide tables still fit; a worker that runs out of heap anyway ends in
 * ERR_WORKER_OUT_OF_MEMORY, and the file is read again sequentially.
 */
function workerHeapLimits(task) {
    const cells = task.maxGroupRows !== undefined ? task.maxGroupRows * task.columns.length : 4 * DEFAULT_BATCH_ROWS * Math.max(1, task.columns.length);
    const young = task.columnSplit && task.format === 'parquet' ? 12 : task.columnSplit ? COLUMN_SPLIT_YOUNG_MB : task.format === 'csv' && csvUsesBytePath(task.delimiter) ? 12 : 24;
    return { maxYoungGenerationSizeMb: young, maxOldGenerationSizeMb: Math.max(64, Math.ceil((cells * 40) / 2 ** 20)) };
}
/**
 * A column split's young generation. A wide batch makes a string per distinct cell (nearly every
 * cell of a wide numeric table), ~500,000 per worker per batch, alive until the batch is folded: in
 * 12 MB they were promoted and collected again by full GCs. The 10,000 x 10,000 bench file (CPU s
 * of the whole run / peak RSS): 12 MB 87 s / 856 MB, 32 MB 79 s / 907 MB, 64 MB 73 s / 943 MB; 32
 * keeps room under the 1 GB goal.
 */
const COLUMN_SPLIT_YOUNG_MB = 32;
function internal(what) {
    return { ok: false, error: { kind: 'internal', what, message: what } };
}
function runInWorker(task) {
    return new Promise((resolve) => {
        let worker;
        try {
            const resourceLimits = workerHeapLimits(task);
            // A worker started before the plan (warmShardWorkers) gets the task as a message.
            const ready = takeShardWorker(resourceLimits);
            if (ready) {
                worker = ready;
                worker.postMessage({ marker: SHARD_WORKER_MARKER, task });
            }
            else
                worker = startShardWorker(resourceLimits, { marker: SHARD_WORKER_MARKER, task });
        }
        catch (e) {
            resolve(internal(`cannot start a worker: ${e.message}`));
            return;
        }
        let settled = false;
        worker.once('message', (m) => {
            settled = true;
            resolve(m);
        });
        worker.once('error', (e) => {
            if (!settled)
                resolve(internal(`worker failed: ${e.message}`));
            settled = true;
        });
        worker.once('exit', (code) => {
            if (!settled)
                resolve(internal(`worker exited with code ${code} before reporting`));
            settled = true;
        });
    });
}
/** runShard in this thread, once the workers' start has been set going (they load meanwhile). */
async function runShardAfterWorkersStart(task) {
    await new Promise((resolve) => setImmediate(resolve));
    return runShard(task);
}
/**
 * Runs the shards in workers and merges them; throws the sequential run's InputError when the
 * file is malformed (see the module comment for when that is provably the same error).
 */
async function runShards(tasks, input) {
    const shards = tasks.length;
    // A Parquet column split runs its first part in this thread, which has the reader loaded and
    // would otherwise wait idle: one worker fewer to start (its bundle load and JIT warm-up). So do
    // CSV row shards (not a CSV column split, whose heap limits are sized for workers): the same
    // shards, cut at the same bytes, so the same merged result; on flights-3m-iso.csv, 12 paired
    // runs on a loaded 2-core machine measured ~0.3 CPU s less, at the same peak RSS (~130 MB).
    const first = tasks[0];
    const inThread = first.format === 'parquet' ? first.columnSplit !== undefined : first.format === 'csv' && first.columnSplit === undefined;
    const outcomes = await Promise.all(tasks.map((t, k) => (inThread && k === 0 ? runShardAfterWorkersStart(t) : runInWorker(t))));
    if (tasks[0].columnSplit)
        return joinColumnSplit(outcomes, tasks[0].columnSplit.ranges, input);
    const text = input.format !== 'parquet';
    // Line offsets: shard k's line 1 is the line after the lines of shards 0..k-1. Parquet readers
    // already number rows absolutely.
    const offsets = [];
    let offset = 0;
    for (let k = 0; k < outcomes.length; k++) {
        offsets.push(offset);
        const o = outcomes[k];
        if (!o.ok) {
            const e = o.error;
            if (e.kind !== 'input')
                return { fallback: e.message, shards };
            if (text && k < outcomes.length - 1 && e.what.startsWith('unterminated quoted field')) {
                return { fallback: `shard ${k + 1} of ${shards} ends inside a quoted field`, shards };
            }
            const location = e.location && e.location.line !== undefined && text ? { ...e.location, line: e.location.line + offsets[k] } : e.location;
            throw new InputError(e.what, { location, hint: e.hint });
        }
        if (text)
            offset += o.nextLine - 1;
    }
    const ok = outcomes;
    let profile;
    try {
        profile = mergeProfiles(ok.map((o) => o.profile));
    }
    catch (e) {
        return { fallback: `profiles do not merge: ${e.message}`, shards };
    }
    const declared = profilerTyping(input.contract).types;
    for (const name of profile.column_order) {
        const c = profile.columns[name];
        if (declared[name] === undefined && c.type !== inferColumnType(c.type_counts)) {
            return { fallback: `column "${name}": shards infer a type other than the whole file's`, shards };
        }
    }
    const rows = ok.reduce((a, o) => a + o.rows, 0);
    profile = { ...profile, sources: [{ file: input.file, format: input.format, rows }] };
    let report;
    if (input.contract) {
        const validator = createValidator(input.contract, { file: input.file, columns: input.columns, hasLines: input.hasLines, format: input.format, contractFile: input.contractFile });
        for (let k = 0; k < ok.length; k++)
            validator.mergeState(ok[k].validator, offsets[k]);
        report = validator.finish();
    }
    else {
        report = reportWithoutContract({ file: input.file, format: input.format, rows, line_kind: input.hasLines ? 'line' : 'row' });
    }
    return { merged: { report, profile, rows }, shards };
}
/**
 * A column split's parts put together. Every part of a CSV split parsed the whole file, so a part's
 * InputError is the single pass's, with its location as it is; the first part's is thrown.
 */
function joinColumnSplit(outcomes, ranges, input) {
    const shards = outcomes.length;
    for (const o of outcomes) {
        if (o.ok)
            continue;
        if (o.error.kind !== 'input')
            return { fallback: o.error.message, shards };
        // Each Parquet part reads only its own columns, so its first error need not be the single
        // pass's first (which reads row group by row group, every column): that pass says which.
        if (input.format === 'parquet')
            return { fallback: o.error.message, shards };
        throw new InputError(o.error.what, { location: o.error.location, hint: o.error.hint });
    }
    const ok = outcomes;
    try {
        const merged = joinColumnParts(ok, { ...input, format: input.format === 'parquet' ? 'parquet' : 'csv', ranges });
        return { merged, shards };
    }
    catch (e) {
        return { fallback: `column split: ${e.message}`, shards };
    }
}
/** Worker side: run the task posted as workerData (or as the first message) and post the outcome. */
async function shardWorkerMain(data, post) {
    const d = data;
    if (d?.marker !== shard_workers_SHARD_WORKER_MARKER || !d.task) {
        post(internal('shard worker started without a task'));
        return;
    }
    post(await runShard(d.task));
}


/***/ }),

/***/ 851:
/***/ (function (module, __unused_webpack___webpack_exports__, __nccwpck_require__) {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _validate_data_shards_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(572);
/**
 * Entry of a validate-data shard worker (validate-data-shards.ts): runs the task posted as
 * workerData, or, for a worker started before the plan (shard-workers.ts), the task of its first
 * message, and posts the outcome. scripts/build.mjs bundles this file as `shard-worker/index.js`
 * next to every bundle that can start it.
 */


const post = (outcome) => node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(outcome);
if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort) {
    if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.task)
        await (0,_validate_data_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .shardWorkerMain */ .IF)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData, post);
    else
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.once('message', (message) => void (0,_validate_data_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .shardWorkerMain */ .IF)(message, post));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 980:
/***/ (function (__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* unused harmony exports EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT, formatLocation, CLI_NAMING, ACTION_NAMING, MlopsError, ContractError, isMlopsError */
/**
 * Typed failures. Every error a user can cause names what went wrong, where (file, line, column)
 * and how to fix it. The faces map them to exit codes: the CLI prints the message and exits with
 * `exitCode`; the action calls setFailed and writes an annotation at `location`.
 *
 * Exit codes (shared by the CLI and the action process):
 *   0  ok
 *   1  a check ran and failed (validation errors, a gate, drift)
 *   2  bad usage or bad input (unreadable data, invalid contract, missing file)
 *   3  the forge (GitHub) refused or kept failing a call (ForgeError, shared/ports/forge-error.ts)
 */
const EXIT_OK = 0;
const EXIT_CHECK_FAILED = 1;
const EXIT_BAD_INPUT = 2;
function formatLocation(loc) {
    let s = loc.file;
    if (loc.line !== undefined)
        s += `:${loc.line}`;
    if (loc.line !== undefined && loc.column !== undefined)
        s += `:${loc.column}`;
    return s;
}
/** The `mlops` command line: `--score COL`. Error messages default to it (`error.message`). */
const CLI_NAMING = {
    option: (name, placeholder) => (placeholder ? `--${name} ${placeholder}` : `--${name}`),
    setting: (name, value) => `--${name} ${value}`,
};
/** An action step: `input "score"` (as readInputs' own messages say it), `task: multiclass` under `with:`. */
const ACTION_NAMING = {
    option: (name) => `input "${name}"`,
    setting: (name, value) => `${name}: ${value}`,
};
function wordingIn(w, naming) {
    return typeof w === 'string' ? w : w(naming);
}
class MlopsError extends Error {
    location;
    /** What the user can do about it; appended to the message in parentheses. */
    hint;
    #what;
    #hint;
    constructor(what, options = {}) {
        super(renderMessage(what, options.hint, options.location, CLI_NAMING), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.location = options.location;
        this.hint = options.hint === undefined ? undefined : wordingIn(options.hint, CLI_NAMING);
        this.#what = what;
        this.#hint = options.hint;
    }
    /** The message with options named the way `naming`'s face spells them (`message` is the CLI's). */
    messageFor(naming) {
        return renderMessage(this.#what, this.#hint, this.location, naming);
    }
}
function renderMessage(what, hint, location, naming) {
    const where = location ? `${formatLocation(location)}: ` : '';
    const fix = hint === undefined ? '' : wordingIn(hint, naming);
    return `${where}${wordingIn(what, naming)}${fix ? ` (${fix})` : ''}`;
}
/** Data or a file the user pointed us at cannot be read as what it claims to be. */
class InputError extends MlopsError {
    exitCode = EXIT_BAD_INPUT;
}
/** A data contract (or other config file) is not valid. */
class ContractError extends (/* unused pure expression or super */ null && (MlopsError)) {
    exitCode = EXIT_BAD_INPUT;
}
/** The command line or the action's inputs are wrong. */
class UsageError extends MlopsError {
    exitCode = EXIT_BAD_INPUT;
}
function isMlopsError(e) {
    return e instanceof MlopsError;
}


/***/ }),

/***/ 896:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 24:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 919:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 522:
/***/ (function (module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 599:
/***/ (function (__unused_webpack_module, exports) {

/*!
* re2js
* RE2JS is the JavaScript port of RE2, a regular expression engine that provides linear time matching
*
* @version v2.10.0
* @author Oleksii Vasyliev
* @homepage https://github.com/le0pard/re2js#readme
* @repository [object Object]
* @license MIT
*/
Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
// src/RE2Flags.js
var RE2Flags = class RE2Flags {
	static FOLD_CASE = 1;
	static LITERAL = 2;
	static CLASS_NL = 4;
	static DOT_NL = 8;
	static ONE_LINE = 16;
	static NON_GREEDY = 32;
	static PERL_X = 64;
	static UNICODE_GROUPS = 128;
	static WAS_DOLLAR = 256;
	static LOOKBEHIND = 512;
	static MATCH_NL = RE2Flags.CLASS_NL | RE2Flags.DOT_NL;
	static PERL = RE2Flags.CLASS_NL | RE2Flags.ONE_LINE | RE2Flags.PERL_X | RE2Flags.UNICODE_GROUPS;
	static POSIX = 0;
	static UNANCHORED = 0;
	static ANCHOR_START = 1;
	static ANCHOR_BOTH = 2;
};
// src/PublicFlags.js
/**
* Public flags for RE2JS and RE2Set compilation.
*/
const PublicFlags = {
	CASE_INSENSITIVE: 1,
	DOTALL: 2,
	MULTILINE: 4,
	DISABLE_UNICODE_GROUPS: 8,
	LONGEST_MATCH: 16,
	LOOKBEHINDS: 512
};
// src/Codepoint.js
/**
* Various constants and helper for unicode codepoints.
*/
const ASCII_SIZE = 128;
const ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
const ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
const MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
	if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
	else ASCII_TO_UPPER[i] = i;
	if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
	else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
	static CODES = Object.freeze({
		"\x07": 7,
		"\b": 8,
		"	": 9,
		"\n": 10,
		"\v": 11,
		"\f": 12,
		"\r": 13,
		" ": 32,
		"\"": 34,
		$: 36,
		"&": 38,
		"'": 39,
		"(": 40,
		")": 41,
		"*": 42,
		"+": 43,
		"-": 45,
		".": 46,
		0: 48,
		1: 49,
		2: 50,
		3: 51,
		4: 52,
		5: 53,
		6: 54,
		7: 55,
		8: 56,
		9: 57,
		":": 58,
		"<": 60,
		">": 62,
		"?": 63,
		A: 65,
		B: 66,
		C: 67,
		F: 70,
		P: 80,
		Q: 81,
		U: 85,
		Z: 90,
		"[": 91,
		"\\": 92,
		"]": 93,
		"^": 94,
		_: 95,
		"`": 96,
		a: 97,
		b: 98,
		f: 102,
		i: 105,
		m: 109,
		n: 110,
		r: 114,
		s: 115,
		t: 116,
		v: 118,
		x: 120,
		z: 122,
		"{": 123,
		"|": 124,
		"}": 125
	});
	static toUpperCase(codepoint) {
		if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
		const s = String.fromCodePoint(codepoint).toUpperCase();
		const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (s.length > expectedLen) return codepoint;
		const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
		const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
		return s.codePointAt(0);
	}
	static toLowerCase(codepoint) {
		if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
		const s = String.fromCodePoint(codepoint).toLowerCase();
		const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (s.length > expectedLen) return codepoint;
		const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
		const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
		return s.codePointAt(0);
	}
};
// src/UnicodeRangeTable.js
var UnicodeRangeTable = class {
	/**
	* @param {Uint32Array | number[]} data
	* @param {boolean} isStride1
	*/
	constructor(data, isStride1 = false) {
		this.data = data;
		this.isStride1 = isStride1;
		this.SIZE = isStride1 ? 2 : 3;
	}
	getLo(index) {
		return this.data[index * this.SIZE];
	}
	getHi(index) {
		return this.data[index * this.SIZE + 1];
	}
	getStride(index) {
		return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
	}
	get length() {
		return this.data.length / this.SIZE;
	}
};
// src/UnicodeTables.js
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
const B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
const decodeVLQ = (str) => {
	const res = [];
	let value = 0;
	let shift = 0;
	for (let i = 0; i < str.length; i++) {
		const digit = B64_MAP[str.charCodeAt(i)];
		value |= (digit & 31) << shift;
		if ((digit & 32) === 0) {
			res.push(value);
			value = 0;
			shift = 0;
		} else shift += 5;
	}
	return res;
};
const decodeRanges = (str, isStride1) => {
	const res = decodeVLQ(str);
	const numRanges = isStride1 ? res.length / 2 : res.length / 3;
	const out = new Uint32Array(numRanges * 3);
	let current = 0;
	let resIdx = 0;
	for (let i = 0; i < numRanges; i++) {
		current += res[resIdx++];
		out[i * 3] = current;
		current += res[resIdx++];
		out[i * 3 + 1] = current;
		out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
	}
	return out;
};
const decodeOrbit = (str) => {
	const res = decodeVLQ(str);
	const map = /* @__PURE__ */ new Map();
	let currentKey = 0;
	for (let i = 0; i < res.length; i += 2) {
		currentKey += res[i];
		const zz = res[i + 1];
		const delta = zz >>> 1 ^ -(zz & 1);
		map.set(currentKey, currentKey + delta);
	}
	return map;
};
var LazyMap = class {
	constructor(initializer) {
		this.initializer = initializer;
		this.cache = /* @__PURE__ */ new Map();
	}
	has(key) {
		return Object.hasOwn(this.initializer, key);
	}
	get(key) {
		if (this.cache.has(key)) return this.cache.get(key);
		const val = this.has(key) ? this.initializer[key]() : null;
		this.cache.set(key, val);
		return val;
	}
};
var UnicodeTables = class {
	static _CASE_ORBIT = null;
	static get CASE_ORBIT() {
		if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
		return this._CASE_ORBIT;
	}
	static _Print = null;
	static get Print() {
		if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
		return this._Print;
	}
	static CATEGORIES = new LazyMap({
		C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
		Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
		Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
		Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
		Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
		Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
		L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
		Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
		Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
		Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
		Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
		M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
		Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
		Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
		Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
		N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
		Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
		Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
		No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
		P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
		Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
		Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
		Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
		Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
		Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
		Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
		Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
		S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
		Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
		Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
		Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
		So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
		Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
		Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
		Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
		Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
		ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
		Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
		Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
		Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
		Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
		Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
		Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
		Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
		Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
		Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
		Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
		Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
		Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
		Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
		White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
	});
	static SCRIPTS = new LazyMap({
		Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
		Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
		Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
		Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
		Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
		Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
		Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
		Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
		Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
		Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
		Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
		Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
		Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
		Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
		Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
		Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
		Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
		Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
		Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
		Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
		Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
		Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
		Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
		Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
		Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
		Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
		Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
		Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
		Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
		Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
		Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
		Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
		Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
		Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
		Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
		Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
		Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
		Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
		Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
		Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
		Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
		Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
		Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
		Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
		Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
		Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
		Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
		Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
		Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
		Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
		Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
		Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
		Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
		Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
		Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
		Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
		Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
		Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
		Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
		Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
		Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
		Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
		Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
		Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
		Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
		Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
		Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
		Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
		Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
		Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
		Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
		Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
		Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
		Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
		Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
		Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
		Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
		Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
		Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
		Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
		Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
		Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
		Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
		Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
		Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
		Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
		Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
		Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
		Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
		Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
		Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
		Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
		Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
		Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
		Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
		Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
		Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
		Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
		Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
		Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
		Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
		Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
		New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
		Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
		Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
		Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
		Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
		Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
		Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
		Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
		Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
		Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
		Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
		Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
		Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
		Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
		Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
		Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
		Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
		Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
		Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
		Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
		Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
		Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
		Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
		Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
		Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
		Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
		Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
		Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
		Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
		Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
		Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
		Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
		Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
		Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
		SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
		Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
		Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
		Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
		Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
		Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
		Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
		Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
		Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
		Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
		Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
		Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
		Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
		Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
		Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
		Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
		Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
		Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
		Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
		Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
		Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
		Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
		Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
		Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
		Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
		Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
		Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
		Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
		Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
		Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
		Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
		Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
		Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
		Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
		Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
		Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
		Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
		Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
	});
	static FOLD_CATEGORIES = new LazyMap({
		L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
		LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
		Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
		Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
		Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
		M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
		Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
		Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
		Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
		Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
		Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
		Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
	});
	static FOLD_SCRIPT = new LazyMap({
		Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
		Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
		Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
	});
};
// src/Unicode.js
/**
* Utilities for dealing with Unicode better than JS does.
*/
var Unicode = class Unicode {
	static MAX_RUNE = 1114111;
	static RUNE_ERROR = 65533;
	static isUnsearchable(r) {
		return r === Unicode.RUNE_ERROR || r >= Unicode.MIN_HIGH_SURROGATE && r <= Unicode.MAX_LOW_SURROGATE;
	}
	static MAX_ASCII = 127;
	static MAX_LATIN1 = 255;
	static MAX_BMP = 65535;
	static MIN_FOLD = 65;
	static MAX_FOLD = 125251;
	static MIN_HIGH_SURROGATE = 55296;
	static MAX_HIGH_SURROGATE = 56319;
	static MIN_LOW_SURROGATE = 56320;
	static MAX_LOW_SURROGATE = 57343;
	static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
	static is32(ranges, r) {
		let lo = 0;
		let hi = ranges.length;
		while (lo < hi) {
			const m = lo + Math.floor((hi - lo) / 2);
			const rlo = ranges.getLo(m);
			const rhi = ranges.getHi(m);
			if (rlo <= r && r <= rhi) {
				const stride = ranges.getStride(m);
				return (r - rlo) % stride === 0;
			}
			if (r < rlo) hi = m;
			else lo = m + 1;
		}
		return false;
	}
	static is(ranges, r) {
		if (r <= Unicode.MAX_LATIN1) {
			for (let i = 0; i < ranges.length; i++) {
				if (r > ranges.getHi(i)) continue;
				const rlo = ranges.getLo(i);
				if (r < rlo) return false;
				const stride = ranges.getStride(i);
				return (r - rlo) % stride === 0;
			}
			return false;
		}
		return ranges.length > 0 && r >= ranges.getLo(0) && Unicode.is32(ranges, r);
	}
	static isPrint(r) {
		if (r <= Unicode.MAX_LATIN1) return r >= 32 && r < Unicode.MAX_ASCII || r >= 161 && r !== 173;
		return Unicode.is(UnicodeTables.Print, r);
	}
	static simpleFold(r) {
		if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
		if (r <= Unicode.MAX_ASCII) {
			const l = Codepoint.toLowerCase(r);
			return l !== r ? l : Codepoint.toUpperCase(r);
		}
		return r;
	}
	static equalsIgnoreCase(r1, r2) {
		if (r1 === r2) return true;
		if (r1 < 0 || r2 < 0) return false;
		if (r1 <= Unicode.MAX_ASCII && r2 <= Unicode.MAX_ASCII) {
			if (65 <= r1 && r1 <= 90) r1 |= 32;
			if (65 <= r2 && r2 <= 90) r2 |= 32;
			return r1 === r2;
		}
		for (let r = Unicode.simpleFold(r1); r !== r1; r = Unicode.simpleFold(r)) if (r === r2) return true;
		return false;
	}
};
// src/exceptions.js
var RE2JSException = class extends Error {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSException";
	}
};
/**
* An exception thrown by the parser if the pattern was invalid.
*/
var RE2JSSyntaxException = class extends RE2JSException {
	/**
	* @param {string} error
	* @param {string|null} [input=null]
	*/
	constructor(error, input = null) {
		let message = `error parsing regexp: ${error}`;
		if (input) message += `: \`${input}\``;
		super(message);
		this.name = "RE2JSSyntaxException";
		this.message = message;
		/** @type {string} */
		this.error = error;
		/** @type {string|null} */
		this.input = input;
	}
	/**
	* Retrieves the description of the error.
	* @returns {string}
	*/
	getDescription() {
		return this.error;
	}
	/**
	* Retrieves the erroneous regular-expression pattern.
	* @returns {string|null}
	*/
	getPattern() {
		return this.input;
	}
};
/**
* An exception thrown by the compiler
*/
var RE2JSCompileException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSCompileException";
	}
};
/**
* An exception thrown by using groups
*/
var RE2JSGroupException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSGroupException";
	}
};
/**
* An exception thrown by flags
*/
var RE2JSFlagsException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSFlagsException";
	}
};
/**
* An exception thrown for internal engine errors, such as corrupted bytecodes.
*/
var RE2JSInternalException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSInternalException";
	}
};
// src/Utils.js
/**
* Size of the precomputed single-byte lookup table.
* Covers standard ASCII and Latin-1 characters for fast-path execution.
*/
const FAST_PATH_TABLE_SIZE = 256;
/**
* Precomputed lookup table for Word Boundary (\b, \B) assertions.
* * By precomputing the boolean results for standard ASCII word ranges
* ('a'-'z', 'A'-'Z', '0'-'9', '_'), we completely eliminate 4 logical
* branches from the NFA's hot execution loop. This prevents costly
* CPU branch mispredictions when scanning large strings.
*/
const WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
let cachedNativeEncoder = null;
let cachedNativeDecoder = null;
/**
* Various constants and helper utilities.
*/
var Utils = class Utils {
	static METACHARACTERS = "\\.+*?()|[]{}^$";
	static EMPTY_BEGIN_LINE = 1;
	static EMPTY_END_LINE = 2;
	static EMPTY_BEGIN_TEXT = 4;
	static EMPTY_END_TEXT = 8;
	static EMPTY_WORD_BOUNDARY = 16;
	static EMPTY_NO_WORD_BOUNDARY = 32;
	static EMPTY_ALL = -1;
	static emptyInts() {
		return [];
	}
	static isString(value) {
		return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
	}
	static typeName(value) {
		if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
		return Object.prototype.toString.call(value).slice(8, -1);
	}
	static checkPattern(pattern) {
		if (!Utils.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
	}
	static checkInput(input) {
		if (!Utils.isString(input) && !Utils.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils.typeName(input)}`);
	}
	static checkFlags(flags) {
		const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
		if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
	}
	static isByteArray(input) {
		return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
	}
	static isalnum(c) {
		return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
	}
	static unhex(c) {
		if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
		if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
		if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
		return -1;
	}
	static escapeRune(rune) {
		let out = "";
		if (Unicode.isPrint(rune)) {
			if (Utils.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
			out += String.fromCodePoint(rune);
		} else switch (rune) {
			case Codepoint.CODES["\""]:
				out += "\\\"";
				break;
			case Codepoint.CODES["\\"]:
				out += "\\\\";
				break;
			case Codepoint.CODES["	"]:
				out += "\\t";
				break;
			case Codepoint.CODES["\n"]:
				out += "\\n";
				break;
			case Codepoint.CODES["\r"]:
				out += "\\r";
				break;
			case Codepoint.CODES["\b"]:
				out += "\\b";
				break;
			case Codepoint.CODES["\f"]:
				out += "\\f";
				break;
			default: {
				let s = rune.toString(16);
				if (rune < 256) {
					out += "\\x";
					if (s.length === 1) out += "0";
					out += s;
				} else out += `\\x{${s}}`;
				break;
			}
		}
		return out;
	}
	static stringToRunes(str) {
		const string = String(str);
		const runes = [];
		let i = 0;
		while (i < string.length) {
			const cp = string.codePointAt(i);
			runes.push(cp);
			i += cp > Unicode.MAX_BMP ? 2 : 1;
		}
		return new Int32Array(runes);
	}
	static runeToString(r) {
		return String.fromCodePoint(r);
	}
	static isWordRune(r) {
		return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
	}
	static emptyOpContext(r1, r2) {
		let op = 0;
		if (r1 < 0) op |= Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
		if (r1 === 10) op |= Utils.EMPTY_BEGIN_LINE;
		if (r2 < 0) op |= Utils.EMPTY_END_TEXT | Utils.EMPTY_END_LINE;
		if (r2 === 10) op |= Utils.EMPTY_END_LINE;
		if (Utils.isWordRune(r1) !== Utils.isWordRune(r2)) op |= Utils.EMPTY_WORD_BOUNDARY;
		else op |= Utils.EMPTY_NO_WORD_BOUNDARY;
		return op;
	}
	/**
	* Returns a string that quotes all regular expression metacharacters inside the argument text;
	* the returned string is a regular expression matching the literal text. For example,
	* {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
	* @param {string} str
	* @returns {string}
	*/
	static quoteMeta(str) {
		return str.split("").map((s) => {
			if (Utils.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
			return s;
		}).join("");
	}
	static charCount(codePoint) {
		return codePoint > Unicode.MAX_BMP ? 2 : 1;
	}
	/**
	* High-speed conversion from TypedArrays to standard JS Arrays.
	* Bypasses the expensive Symbol.iterator overhead of Array.from()
	*/
	static toArray(typedArray) {
		const len = typedArray.length;
		const res = new Array(len);
		for (let i = 0; i < len; i++) res[i] = typedArray[i];
		return res;
	}
	static stringToUtf8ByteArray(str) {
		if (globalThis.TextEncoder) {
			if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
			return cachedNativeEncoder.encode(str);
		} else {
			let out = [], p = 0;
			for (let i = 0; i < str.length; i++) {
				let c = str.charCodeAt(i);
				if (c < 128) out[p++] = c;
				else if (c < 2048) {
					out[p++] = c >> 6 | 192;
					out[p++] = c & 63 | 128;
				} else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
					c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
					out[p++] = c >> 18 | 240;
					out[p++] = c >> 12 & 63 | 128;
					out[p++] = c >> 6 & 63 | 128;
					out[p++] = c & 63 | 128;
				} else {
					out[p++] = c >> 12 | 224;
					out[p++] = c >> 6 & 63 | 128;
					out[p++] = c & 63 | 128;
				}
			}
			return out;
		}
	}
	static utf8ByteArrayToString(bytes) {
		if (globalThis.TextDecoder) {
			if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
			const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
			return cachedNativeDecoder.decode(view);
		} else {
			let out = [], pos = 0, c = 0;
			while (pos < bytes.length) {
				let c1 = bytes[pos++];
				if (c1 < 128) out[c++] = String.fromCharCode(c1);
				else if (c1 > 191 && c1 < 224) {
					let c2 = bytes[pos++];
					out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
				} else if (c1 > 239 && c1 < 365) {
					let c2 = bytes[pos++];
					let c3 = bytes[pos++];
					let c4 = bytes[pos++];
					let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
					out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
					out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
				} else {
					let c2 = bytes[pos++];
					let c3 = bytes[pos++];
					out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
				}
			}
			return out.join("");
		}
	}
};
// src/helpers.js
const createEnum = (values = [], initNum = 0) => {
	const enumObject = Object.create(null);
	for (let i = 0; i < values.length; i++) {
		const val = values[i];
		const keyVal = initNum + i;
		enumObject[val] = keyVal;
		enumObject[keyVal] = val;
	}
	return Object.freeze(enumObject);
};
// src/MatcherInput.js
/**
* Abstract the representations of input text supplied to Matcher.
*/
var MatcherInputBase = class MatcherInputBase {
	static Encoding = createEnum(["UTF_16", "UTF_8"]);
	getEncoding() {
		throw Error("not implemented");
	}
	/** @returns {string} */
	asCharSequence() {
		throw Error("not implemented");
	}
	/** @returns {Uint8Array|number[]|null} */
	asBytes() {
		throw Error("not implemented");
	}
	/** @returns {number} */
	length() {
		throw Error("not implemented");
	}
	/**
	*
	* @returns {boolean}
	*/
	isUTF8Encoding() {
		return this.getEncoding() === MatcherInputBase.Encoding.UTF_8;
	}
	/**
	*
	* @returns {boolean}
	*/
	isUTF16Encoding() {
		return this.getEncoding() === MatcherInputBase.Encoding.UTF_16;
	}
};
var Utf8MatcherInput = class extends MatcherInputBase {
	/** @param {Uint8Array|number[]|null} bytes */
	constructor(bytes = null) {
		super();
		this.bytes = bytes;
	}
	getEncoding() {
		return MatcherInputBase.Encoding.UTF_8;
	}
	/**
	*
	* @returns {string}
	*/
	asCharSequence() {
		return Utils.utf8ByteArrayToString(this.bytes);
	}
	/**
	*
	* @returns {Uint8Array|number[]|null}
	*/
	asBytes() {
		return this.bytes;
	}
	/**
	*
	* @returns {number}
	*/
	length() {
		return this.bytes.length;
	}
};
var Utf16MatcherInput = class extends MatcherInputBase {
	/** @param {string|null} charSequence */
	constructor(charSequence = null) {
		super();
		this.charSequence = charSequence;
	}
	getEncoding() {
		return MatcherInputBase.Encoding.UTF_16;
	}
	/**
	*
	* @returns {string}
	*/
	asCharSequence() {
		return this.charSequence;
	}
	/**
	*
	* @returns {number[]}
	*/
	asBytes() {
		return Utils.stringToUtf8ByteArray(this.charSequence.toString());
	}
	/**
	*
	* @returns {number}
	*/
	length() {
		return this.charSequence.length;
	}
};
var MatcherInput = class {
	/**
	* Return the MatcherInput for UTF_16 encoding.
	* @returns {Utf16MatcherInput}
	*/
	static utf16(charSequence) {
		Utils.checkInput(charSequence);
		return new Utf16MatcherInput(charSequence);
	}
	/**
	* Return the MatcherInput for UTF_8 encoding.
	* @returns {Utf8MatcherInput}
	*/
	static utf8(input) {
		if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
		return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
	}
};
// src/MachineInput.js
/**
* MachineInput abstracts different representations of the input text supplied to the Machine. It
* provides one-character lookahead.
*/
var MachineInputBase = class {
	static EOF() {
		return -8;
	}
	constructor() {
		this.start = 0;
		this.end = 0;
	}
	canCheckPrefix() {
		return true;
	}
	endPos() {
		return this.end - this.start;
	}
	hasString() {
		return false;
	}
	hasAnyString() {
		return false;
	}
	prefixLength() {
		return 0;
	}
};
var MachineUTF8Input = class MachineUTF8Input extends MachineInputBase {
	static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
	constructor(bytes, start = 0, end = bytes.length) {
		super();
		this.bytes = bytes;
		this.start = start;
		this.end = end;
	}
	hasString(prefilter, pos) {
		const target = prefilter.bytes;
		if (target.length === 0) return true;
		const idx = this.indexOf(this.bytes, target, this.start + pos);
		return idx !== -1 && idx <= this.end - target.length;
	}
	hasAnyString(prefilter, pos) {
		return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
	}
	step(pos) {
		pos += this.start;
		if (pos >= this.end) return MachineInputBase.EOF();
		const c = this.bytes[pos] & 255;
		if (c < 128) return c << 3 | 1;
		let size;
		let rune;
		let lo = 128;
		let hi = 191;
		if (c >= 194 && c <= 223) {
			size = 2;
			rune = c & 31;
		} else if (c >= 224 && c <= 239) {
			size = 3;
			rune = c & 15;
			if (c === 224) lo = 160;
			else if (c === 237) hi = 159;
		} else if (c >= 240 && c <= 244) {
			size = 4;
			rune = c & 7;
			if (c === 240) lo = 144;
			else if (c === 244) hi = 143;
		} else return MachineUTF8Input.RUNE_ERROR_STEP;
		if (pos + size > this.end) return MachineUTF8Input.RUNE_ERROR_STEP;
		const c1 = this.bytes[pos + 1] & 255;
		if (c1 < lo || c1 > hi) return MachineUTF8Input.RUNE_ERROR_STEP;
		rune = rune << 6 | c1 & 63;
		if (size > 2) {
			const c2 = this.bytes[pos + 2] & 255;
			if ((c2 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
			rune = rune << 6 | c2 & 63;
			if (size > 3) {
				const c3 = this.bytes[pos + 3] & 255;
				if ((c3 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
				rune = rune << 6 | c3 & 63;
			}
		}
		return rune << 3 | size;
	}
	index(re2, pos) {
		pos += this.start;
		const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
		return i < 0 ? i : i - pos;
	}
	context(pos) {
		pos += this.start;
		let r1 = -1;
		if (pos > this.start && pos <= this.end) {
			let start = pos - 1;
			r1 = this.bytes[start--];
			if (r1 >= 128) {
				let lim = pos - 4;
				if (lim < this.start) lim = this.start;
				while (start >= lim && (this.bytes[start] & 192) === 128) start--;
				if (start < this.start) start = this.start;
				const r = this.step(start - this.start);
				r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
			}
		}
		const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
		return Utils.emptyOpContext(r1, r2);
	}
	indexOf(source, target, fromIndex = 0) {
		let targetLength = target.length;
		if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
		const firstByte = target[0];
		let limit = this.end - targetLength;
		const hasNativeIndexOf = typeof source.indexOf === "function";
		let i = fromIndex;
		while (i <= limit) {
			if (hasNativeIndexOf) {
				i = source.indexOf(firstByte, i);
				if (i === -1 || i > limit) return -1;
			} else {
				while (i <= limit && source[i] !== firstByte) i++;
				if (i > limit) return -1;
			}
			let match = true;
			for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
				match = false;
				break;
			}
			if (match) return i;
			i++;
		}
		return -1;
	}
	prefixLength(re2) {
		return re2.prefixUTF8.length;
	}
};
var MachineUTF16Input = class extends MachineInputBase {
	constructor(charSequence, start = 0, end = charSequence.length) {
		super();
		this.charSequence = charSequence;
		this.start = start;
		this.end = end;
	}
	hasString(prefilter, pos) {
		const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
		return idx !== -1 && idx <= this.end - prefilter.str.length;
	}
	hasAnyString(prefilter, pos) {
		return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
	}
	step(pos) {
		pos += this.start;
		if (pos >= this.end) return MachineInputBase.EOF();
		const c1 = this.charSequence.charCodeAt(pos);
		if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
		const c2 = this.charSequence.charCodeAt(pos + 1);
		if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
		return c1 << 3 | 1;
	}
	index(re2, pos) {
		pos += this.start;
		const i = this.charSequence.indexOf(re2.prefix, pos);
		if (i < 0 || i > this.end - re2.prefix.length) return -1;
		return i - pos;
	}
	context(pos) {
		pos += this.start;
		const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
		const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
		return Utils.emptyOpContext(r1, r2);
	}
	prefixLength(re2) {
		return re2.prefix.length;
	}
};
var MachineInput = class {
	static fromUTF8(bytes, start = 0, end = bytes.length) {
		return new MachineUTF8Input(bytes, start, end);
	}
	static fromUTF16(charSequence, start = 0, end = void 0) {
		Utils.checkInput(charSequence);
		return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
	}
};
// src/Matcher.js
/**
* A stateful iterator that interprets a regex {@code RE2JS} on a specific input.
*
* Conceptually, a Matcher consists of four parts:
* <ol>
* <li>A compiled regular expression {@code RE2JS}, set at construction and fixed for the lifetime
* of the matcher.</li>
*
* <li>The remainder of the input string, set at construction or {@link #reset()} and advanced by
* each match operation such as {@link #find}, {@link #matches} or {@link #lookingAt}.</li>
*
* <li>The current match information, accessible via {@link #start}, {@link #end}, and
* {@link #group}, and updated by each match operation.</li>
*
* <li>The append position, used and advanced by {@link #appendReplacement} and {@link #appendTail}
* if performing a search and replace from the input to an external {@code StringBuffer}.
*
* </ol>
*
*
* @author rsc@google.com (Russ Cox)
*/
var Matcher = class Matcher {
	/**
	* V8 and WebKit have historical hard limits on the number of arguments
	* that can be passed to a function. We cap replacer arguments to prevent
	* Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
	*/
	static MAX_REPLACER_ARGS = 65535;
	/**
	* Quotes '\' and '$' in {@code s}, so that the returned string could be used in
	* {@link #appendReplacement} as a literal replacement of {@code s}.
	*
	* @param {string} str the string to be quoted
	* @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
	* @returns {string} the quoted string
	*/
	static quoteReplacement(str, javaMode = false) {
		if (javaMode) {
			if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
			return str.split("").map((s) => {
				const c = s.codePointAt(0);
				if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
				return s;
			}).join("");
		}
		if (str.indexOf("$") < 0) return str;
		return str.split("").map((s) => {
			if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
			return s;
		}).join("");
	}
	/**
	*
	* @param {import('./index.js').RE2JS} pattern
	* @param {string|number[]|Uint8Array|MatcherInputBase} input
	*/
	constructor(pattern, input) {
		if (pattern === null) throw new Error("pattern is null");
		/**
		* The pattern being matched.
		* @type {import('./index.js').RE2JS}
		*/
		this.patternInput = pattern;
		const re2 = this.patternInput.re2();
		/** @type {number} */
		this.patternGroupCount = re2.numberOfCapturingGroups();
		/** @type {number[]} */
		this.groups = [];
		/** @type {Record<string, number>} */
		this.namedGroups = re2.namedGroups;
		/** @type {boolean} */
		this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
		/** @type {number} */
		this.numberOfInstructions = re2.numberOfInstructions();
		/** @type {import('./Machine.js').LookbehindState|null} */
		this.lookbehindState = null;
		if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
		else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
		else this.resetMatcherInput(MatcherInput.utf16(input));
	}
	/**
	* Returns the {@code RE2JS} associated with this {@code Matcher}.
	* @returns {import('./index.js').RE2JS}
	*/
	pattern() {
		return this.patternInput;
	}
	/**
	* Resets the {@code Matcher}, rewinding input and discarding any match information.
	*
	* @returns {Matcher} the {@code Matcher} itself, for chained method calls
	*/
	reset() {
		/** @type {number} */
		this.matcherInputLength = this.matcherInput.length();
		/** @type {number} */
		this.appendPos = 0;
		this.hasMatch = false;
		this.hasGroups = false;
		this.anchorFlag = 0;
		return this;
	}
	/**
	* Resets the {@code Matcher} and changes the input.
	* @param {string|number[]|Uint8Array|MatcherInputBase} input
	* @returns {Matcher} the {@code Matcher} itself, for chained method calls
	*/
	resetMatcherInput(input) {
		if (input === null) throw new Error("input is null");
		if (!(input instanceof MatcherInputBase)) {
			if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
			else input = MatcherInput.utf16(input);
		}
		this.matcherInput = input;
		if (this.lookbehindState !== null) this.lookbehindState.reset();
		else this.lookbehindState = this.patternInput.re2().createLookbehindState();
		this.reset();
		return this;
	}
	/**
	* Returns the start of the named group of the most recent match, or -1 if the group was not
	* matched.
	* @param {string|number} [group=0]
	* @returns {number}
	*/
	start(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		this.loadGroup(group);
		return this.groups[2 * group];
	}
	/**
	* Returns the end of the named group of the most recent match, or -1 if the group was not
	* matched.
	* @param {string|number} [group=0]
	* @returns {number}
	*/
	end(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		this.loadGroup(group);
		return this.groups[2 * group + 1];
	}
	/**
	* Returns the program size of this pattern.
	*
	* <p>
	* Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
	* "cost". Larger numbers are more expensive than smaller numbers.
	* </p>
	*
	* @returns {number} the program size of this pattern
	*/
	programSize() {
		return this.numberOfInstructions;
	}
	/**
	* Returns the named group of the most recent match, or {@code null} if the group was not matched.
	* @param {string|number} [group=0]
	* @returns {string|null}
	*/
	group(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		const start = this.start(group);
		const end = this.end(group);
		if (start < 0 && end < 0) return null;
		return this.substring(start, end);
	}
	/**
	* Returns a dictionary map of all named capturing groups and their matched values.
	* If a group was not matched, its value will be `null`.
	* @returns {Record<string, string|null>}
	*/
	getNamedGroups() {
		if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
		const result = Object.create(null);
		for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
		return result;
	}
	/**
	* Returns the number of subgroups in this pattern.
	*
	* @returns {number} the number of subgroups; the overall match (group 0) does not count
	*/
	groupCount() {
		return this.patternGroupCount;
	}
	/**
	* Helper: finds subgroup information if needed for group.
	* @param {number} group
	* @private
	*/
	loadGroup(group) {
		if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
		if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
		if (group === 0 || this.hasGroups) return;
		const end = this.matcherInputLength;
		const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
		if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
		this.groups = res[1];
		this.hasGroups = true;
	}
	/**
	* Matches the entire input against the pattern (anchored start and end). If there is a match,
	* {@code matches} sets the match state to describe it.
	*
	* @returns {boolean} true if the entire input matches the pattern
	*/
	matches() {
		return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
	}
	/**
	* Matches the beginning of input against the pattern (anchored start). If there is a match,
	* {@code lookingAt} sets the match state to describe it.
	*
	* @returns {boolean} true if the beginning of the input matches the pattern
	*/
	lookingAt() {
		return this.genMatch(0, RE2Flags.ANCHOR_START);
	}
	/**
	* Matches the input against the pattern (unanchored), starting at a specified position. If there
	* is a match, {@code find} sets the match state to describe it.
	*
	* @param {number|null} [start=null] the input position where the search begins
	* @returns {boolean} if it finds a match
	* @throws IndexOutOfBoundsException if start is not a valid input position
	*/
	find(start = null) {
		if (start !== null) {
			if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
			this.reset();
			return this.genMatch(start, 0);
		}
		start = 0;
		if (this.hasMatch) {
			start = this.groups[1];
			if (this.groups[0] === this.groups[1]) {
				const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
				if (r < 0) start++;
				else start += r & 7;
			}
		}
		return this.genMatch(start, RE2Flags.UNANCHORED);
	}
	/**
	* Helper: does match starting at start, with RE2 anchor flag.
	* @param {number} startByte
	* @param {number} anchor
	* @returns {boolean}
	* @private
	*/
	genMatch(startByte, anchor) {
		const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
		if (!res[0]) {
			this.hasMatch = false;
			return false;
		}
		this.groups = res[1];
		this.hasMatch = true;
		this.hasGroups = this.patternGroupCount === 0;
		this.anchorFlag = anchor;
		return true;
	}
	/**
	* Helper: return substring for [start, end).
	* @param {number} start
	* @param {number} end
	* @returns {string}
	*/
	substring(start, end) {
		if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
		return this.matcherInput.asCharSequence().substring(start, end).toString();
	}
	/**
	* Helper for Pattern: return input length.
	* @returns {number}
	*/
	inputLength() {
		return this.matcherInputLength;
	}
	/**
	* Appends to result two strings: the text from the append position up to the beginning of the
	* most recent match, and then the replacement with submatch groups substituted for references to
	* them. It advances the append position to where the most recent match ended.
	*
	* By default the replacement is expanded as by String.prototype.replace (see
	* appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
	* many digits as still form a valid group number, ${name} is a named group, and a backslash
	* escapes the next character (so "\\$" in a JS string literal inserts a literal $).
	*
	* @param {string} replacement the replacement string
	* @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
	* @returns {string}
	* @throws IllegalStateException if there was no most recent match
	* @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
	* @private
	*/
	appendReplacement(replacement, javaMode = false) {
		let res = "";
		const s = this.start();
		const e = this.end();
		if (this.appendPos < s) res += this.substring(this.appendPos, s);
		this.appendPos = e;
		res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
		return res;
	}
	/**
	* @param {string} replacement - the replacement string
	* @returns {string}
	* @private
	*/
	appendReplacementInternalJava(replacement) {
		let res = "";
		let last = 0;
		const m = replacement.length;
		let i = 0;
		while (i < m) {
			const cCode = replacement.codePointAt(i);
			if (cCode === Codepoint.CODES["\\"]) {
				if (last < i) res += replacement.substring(last, i);
				i++;
				if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
				last = i;
				i++;
				continue;
			}
			if (cCode === Codepoint.CODES["$"]) {
				if (last < i) res += replacement.substring(last, i);
				if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
				const nextCode = replacement.codePointAt(i + 1);
				if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
					let n = nextCode - Codepoint.CODES["0"];
					let j = i + 2;
					for (; j < m; j++) {
						const digit = replacement.codePointAt(j);
						if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
						n = n * 10 + digit - Codepoint.CODES["0"];
					}
					if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
					const group = this.group(n);
					if (group !== null) res += group;
					i = j;
					last = i;
				} else if (nextCode === Codepoint.CODES["{"]) {
					let j = i + 2;
					while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
					if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
					const groupName = replacement.substring(i + 2, j);
					const groupVal = this.group(groupName);
					if (groupVal !== null) res += groupVal;
					i = j + 1;
					last = i;
				} else throw new RE2JSGroupException("Illegal group reference");
				continue;
			}
			i++;
		}
		if (last < m) res += replacement.substring(last, m);
		return res;
	}
	/**
	* Expands |replacement| for the current match by the rules of String.prototype.replace
	* (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
	* after it, $n and $nn a group (two digits only when they form a valid group number, so with
	* one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
	* (empty when no such group), only when the pattern has named groups. Anything else, such as
	* "$0" or "$<" without a closing ">", is kept as is.
	* @param {string} replacement - the replacement string
	* @returns {string}
	* @private
	*/
	appendReplacementInternalJs(replacement) {
		const isDigit = (c) => c >= 48 && c <= 57;
		const groupCount = this.patternGroupCount;
		let res = "";
		let i = 0;
		while (i < replacement.length) {
			const dollar = replacement.indexOf("$", i);
			if (dollar < 0) break;
			res += replacement.substring(i, dollar);
			i = dollar;
			const c = replacement.charCodeAt(i + 1);
			if (c === Codepoint.CODES["$"]) {
				res += "$";
				i += 2;
			} else if (c === Codepoint.CODES["&"]) {
				res += this.group(0);
				i += 2;
			} else if (c === Codepoint.CODES["`"]) {
				res += this.substring(0, this.start(0));
				i += 2;
			} else if (c === Codepoint.CODES["'"]) {
				res += this.substring(this.end(0), this.matcherInputLength);
				i += 2;
			} else if (isDigit(c)) {
				let digits = 1;
				let index = c - 48;
				const c2 = replacement.charCodeAt(i + 2);
				if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
					digits = 2;
					index = index * 10 + c2 - 48;
				}
				if (index >= 1 && index <= groupCount) {
					const group = this.group(index);
					if (group !== null) res += group;
				} else res += replacement.substring(i, i + 1 + digits);
				i += 1 + digits;
			} else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
				const gt = replacement.indexOf(">", i + 2);
				if (gt < 0) {
					res += "$<";
					i += 2;
				} else {
					const name = replacement.substring(i + 2, gt);
					if (Object.hasOwn(this.namedGroups, name)) {
						const group = this.group(name);
						if (group !== null) res += group;
					}
					i = gt + 1;
				}
			} else {
				res += "$";
				i += 1;
			}
		}
		return res + replacement.substring(i);
	}
	/**
	* Return the substring of the input from the append position to the end of the
	* input.
	* @returns {string}
	*/
	appendTail() {
		return this.substring(this.appendPos, this.matcherInputLength);
	}
	/**
	* Returns the input with all matches replaced by {@code replacement}, interpreted as for
	* {@code appendReplacement}.
	*
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string} the input string with the matches replaced
	* @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
	*/
	replaceAll(replacement, javaMode = false) {
		return this.replace(replacement, true, javaMode);
	}
	/**
	* Returns the input with the first match replaced by {@code replacement}, interpreted as for
	* {@code appendReplacement}.
	*
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string} the input string with the first match replaced
	* @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
	*/
	replaceFirst(replacement, javaMode = false) {
		return this.replace(replacement, false, javaMode);
	}
	/**
	* Helper: replaceAll/replaceFirst hybrid.
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [all=true] - replace all matches
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string}
	* @private
	*/
	replace(replacement, all = true, javaMode = false) {
		let res = "";
		this.reset();
		const isFunc = typeof replacement === "function";
		let originalInput = null;
		if (isFunc) {
			if (this.groupCount() >= Matcher.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
			originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
		}
		while (this.find()) {
			res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
			if (!all) break;
		}
		res += this.appendTail();
		return res;
	}
	/**
	* Evaluates a replacer function for the current match and appends the result,
	* along with any un-matched preceding text, advancing the append position.
	* @param {Function} replacer - the replacer function
	* @param {string|Uint8Array|number[]} originalInput - the cached original input reference
	* @returns {string} the evaluated string to append
	* @private
	*/
	appendReplacementFunc(replacer, originalInput) {
		let res = "";
		const s = this.start();
		const e = this.end();
		if (this.appendPos < s) res += this.substring(this.appendPos, s);
		this.appendPos = e;
		/** @type {unknown[]} */
		const args = this.matchArray();
		args.push(s, originalInput);
		if (this.hasNamedGroups) args.push(this.namedGroupsObject());
		res += String(replacer(...args));
		return res;
	}
	/**
	* The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
	* did not take part in the match. Used by exec(), matchAll() and replacer functions.
	* @returns {Array<string|undefined>}
	* @private
	*/
	matchArray() {
		const result = [this.group(0)];
		for (let i = 1; i <= this.patternGroupCount; i++) {
			const group = this.group(i);
			result.push(group === null ? void 0 : group);
		}
		return result;
	}
	/**
	* The named groups, as the groups property of a JS RegExpExecArray: an object without a
	* prototype mapping each name to its group (undefined when it did not take part in the match),
	* or undefined when the pattern has no named groups.
	* @returns {Record<string, string|undefined>|undefined}
	* @private
	*/
	namedGroupsObject() {
		if (!this.hasNamedGroups) return;
		const result = this.getNamedGroups();
		for (const name in result) if (result[name] === null) result[name] = void 0;
		return result;
	}
};
// src/Inst.js
/**
* A single instruction in the regular expression virtual machine.
*
* @see http://swtch.com/~rsc/regexp/regexp2.html
*/
var Inst = class Inst {
	static ALT = 1;
	static ALT_MATCH = 2;
	static CAPTURE = 3;
	static EMPTY_WIDTH = 4;
	static FAIL = 5;
	static MATCH = 6;
	static NOP = 7;
	static RUNE = 8;
	static RUNE1 = 9;
	static RUNE_ANY = 10;
	static RUNE_ANY_NOT_NL = 11;
	static LB_WRITE = 12;
	static LB_CHECK = 13;
	static isRuneOp(op) {
		return Inst.RUNE <= op && op <= Inst.RUNE_ANY_NOT_NL;
	}
	static escapeRunes(runes) {
		let out = "\"";
		for (let rune of runes) out += Utils.escapeRune(rune);
		out += "\"";
		return out;
	}
	constructor(op) {
		this.op = op;
		this.out = 0;
		this.arg = 0;
		/** @type {Int32Array} */
		this.runes = /* @__PURE__ */ new Int32Array(0);
		/** @type {Uint32Array | number[] | null} */
		this.next = null;
	}
	matchRune(r) {
		if (this.runes.length === 1) {
			const r0 = this.runes[0];
			if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
			return r === r0;
		}
		const len = this.runes.length;
		if (len === 0) return false;
		if (len === 2 || len === 4 || len === 6 || len === 8) {
			for (let j = 0; j < len; j += 2) {
				if (r < this.runes[j]) return false;
				if (r <= this.runes[j + 1]) return true;
			}
			return false;
		}
		let base = 0;
		let n = len >> 1;
		while (n > 1) {
			const half = n >> 1;
			base += this.runes[base + half << 1] <= r ? half : 0;
			n -= half;
		}
		base += this.runes[base << 1] <= r ? 1 : 0;
		const m = base - 1;
		return m >= 0 && r <= this.runes[m << 1 | 1];
	}
	matchRunePos(r) {
		if (this.runes.length === 1) {
			const r0 = this.runes[0];
			if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
			return r === r0 ? 0 : -1;
		}
		const len = this.runes.length;
		if (len === 0) return -1;
		if (len === 2 || len === 4 || len === 6 || len === 8) {
			for (let j = 0; j < len; j += 2) {
				if (r < this.runes[j]) return -1;
				if (r <= this.runes[j + 1]) return Math.floor(j / 2);
			}
			return -1;
		}
		let base = 0;
		let n = len >> 1;
		while (n > 1) {
			const half = n >> 1;
			base += this.runes[base + half << 1] <= r ? half : 0;
			n -= half;
		}
		base += this.runes[base << 1] <= r ? 1 : 0;
		const m = base - 1;
		return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		switch (this.op) {
			case Inst.ALT: return `alt -> ${this.out}, ${this.arg}`;
			case Inst.ALT_MATCH: return `altmatch -> ${this.out}, ${this.arg}`;
			case Inst.CAPTURE: return `cap ${this.arg} -> ${this.out}`;
			case Inst.EMPTY_WIDTH: return `empty ${this.arg} -> ${this.out}`;
			case Inst.MATCH: return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
			case Inst.FAIL: return "fail";
			case Inst.NOP: return `nop -> ${this.out}`;
			case Inst.LB_WRITE: return `lbwrite ${this.arg} -> ${this.out}`;
			case Inst.LB_CHECK: return `lbcheck ${this.arg} -> ${this.out}`;
			case Inst.RUNE:
				if (this.runes === null) return "rune <null>";
				return [
					"rune ",
					Inst.escapeRunes(this.runes),
					(this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
					" -> ",
					this.out
				].join("");
			case Inst.RUNE1: return `rune1 ${Inst.escapeRunes(this.runes)} -> ${this.out}`;
			case Inst.RUNE_ANY: return `any -> ${this.out}`;
			case Inst.RUNE_ANY_NOT_NL: return `anynotnl -> ${this.out}`;
			default: throw new Error("unhandled case in Inst.toString");
		}
	}
};
// src/Machine.js
var Queue = class Queue {
	constructor(numInst) {
		this.sparse = new Int32Array(numInst);
		this.densePcs = new Int32Array(numInst);
		this.denseCaps = null;
		this.size = 0;
		this.ncap = 0;
		this.mainThreads = 0;
	}
	static INITIAL_THREADS = 32;
	init(ncap) {
		this.ncap = ncap;
		const needed = Math.min(this.densePcs.length, Queue.INITIAL_THREADS) * ncap;
		if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
	}
	growCaps(needed) {
		const limit = this.densePcs.length * this.ncap;
		const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
		grown.set(this.denseCaps);
		this.denseCaps = grown;
	}
	contains(pc) {
		const j = this.sparse[pc];
		return j < this.size && this.densePcs[j] === pc;
	}
	isEmpty() {
		return this.size === 0;
	}
	add(pc) {
		const j = this.size++;
		this.sparse[pc] = j;
		this.densePcs[j] = pc;
		return j;
	}
	clear() {
		this.size = 0;
		this.mainThreads = 0;
	}
	toString() {
		let out = "{";
		for (let i = 0; i < this.size; i++) {
			if (i !== 0) out += ", ";
			out += this.densePcs[i];
		}
		out += "}";
		return out;
	}
};
var LookbehindState = class {
	constructor(prog) {
		this.pos = -1;
		this.pcs = new Int32Array(prog.numInst());
		this.size = 0;
		this.lbTable = new Int32Array(prog.numLb + 1);
	}
	reset() {
		this.pos = -1;
		this.size = 0;
	}
};
var Machine = class Machine {
	static fromRE2(re2) {
		const m = new Machine();
		m.prog = re2.prog;
		m.re2 = re2;
		m.q0 = new Queue(m.prog.numInst());
		m.q1 = new Queue(m.prog.numInst());
		m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
		m.matched = false;
		m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
		m.ncap = 0;
		return m;
	}
	constructor() {
		this.prog = null;
		this.re2 = null;
		this.q0 = null;
		this.q1 = null;
		this.addStack = null;
		this.matched = false;
		this.matchcap = null;
		this.ncap = 0;
		this.lbTable = null;
	}
	init(ncap) {
		this.ncap = ncap;
		if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
		else this.matchcap.fill(-1);
		this.q0.init(ncap);
		this.q1.init(ncap);
		if (this.prog.numLb > 0) {
			if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
			this.lbTable.fill(-1);
		}
	}
	submatches() {
		if (this.ncap === 0) return Utils.emptyInts();
		return Utils.toArray(this.matchcap.subarray(0, this.ncap));
	}
	match(input, pos, anchor, lbState = null) {
		const startCond = this.re2.cond;
		if (startCond === Utils.EMPTY_ALL) return false;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
		this.matched = false;
		this.matchcap.fill(-1);
		const hasLookbehinds = this.prog.numLb > 0;
		const matchStartPos = pos;
		let currentPos = pos;
		let resumeLookbehinds = false;
		if (hasLookbehinds) {
			if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
				currentPos = lbState.pos;
				resumeLookbehinds = true;
			} else currentPos = 0;
		}
		let saveLookbehinds = hasLookbehinds && lbState !== null;
		let runq = this.q0;
		let nextq = this.q1;
		let r = input.step(currentPos);
		let rune = r >> 3;
		let width = r & 7;
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r = input.step(currentPos + width);
			rune1 = r >> 3;
			width1 = r & 7;
		}
		let flag;
		if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
		else flag = input.context(currentPos);
		if (hasLookbehinds) {
			if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
			else this.spawnLookbehinds(runq, currentPos, flag);
		}
		while (true) {
			if (runq.mainThreads === 0) {
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
				if (this.matched) break;
				if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
					const advance = input.index(this.re2, currentPos);
					if (advance < 0) break;
					currentPos += advance;
					r = input.step(currentPos);
					rune = r >> 3;
					width = r & 7;
					r = input.step(currentPos + width);
					rune1 = r >> 3;
					width1 = r & 7;
					flag = input.context(currentPos);
				}
			}
			if (currentPos >= matchStartPos) {
				if (saveLookbehinds) {
					this.saveLookbehinds(lbState, runq, currentPos);
					saveLookbehinds = false;
				}
				if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
					if (this.ncap > 0) this.matchcap[0] = currentPos;
					this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
				}
			}
			const nextPos = currentPos + width;
			flag = input.context(nextPos);
			this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
			if (width === 0) break;
			if (this.ncap === 0 && this.matched) break;
			currentPos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r = input.step(currentPos + width);
				rune1 = r >> 3;
				width1 = r & 7;
			}
			const tmpq = runq;
			runq = nextq;
			nextq = tmpq;
		}
		runq.clear();
		nextq.clear();
		return this.matched;
	}
	matchSet(input, pos, anchor) {
		const startCond = this.re2.cond;
		if (startCond === Utils.EMPTY_ALL) return [];
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
		let currentPos = this.prog.numLb > 0 ? 0 : pos;
		let matchStartPos = pos;
		let runq = this.q0;
		let nextq = this.q1;
		let r = input.step(currentPos);
		let rune = r >> 3;
		let width = r & 7;
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r = input.step(currentPos + width);
			rune1 = r >> 3;
			width1 = r & 7;
		}
		let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
		const matches = /* @__PURE__ */ new Set();
		if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
		while (true) {
			if (runq.mainThreads === 0) {
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
			}
			if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
				if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
			}
			const nextPos = currentPos + width;
			flag = input.context(nextPos);
			for (let j = 0; j < runq.size; j++) {
				const pc = runq.densePcs[j];
				const i = this.prog.inst[pc];
				const capOffset = j * this.ncap;
				let add = false;
				switch (i.op) {
					case Inst.MATCH:
						if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
						matches.add(i.arg);
						break;
					case Inst.RUNE:
						add = i.matchRune(rune);
						break;
					case Inst.RUNE1:
						add = rune === i.runes[0];
						break;
					case Inst.RUNE_ANY:
						add = true;
						break;
					case Inst.RUNE_ANY_NOT_NL:
						add = rune !== 10;
						break;
					default: continue;
				}
				if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
			}
			runq.clear();
			if (width === 0) break;
			currentPos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r = input.step(currentPos + width);
				rune1 = r >> 3;
				width1 = r & 7;
			}
			const tmpq = runq;
			runq = nextq;
			nextq = tmpq;
		}
		nextq.clear();
		return Array.from(matches).sort((a, b) => a - b);
	}
	step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
		const longest = this.re2.longest;
		for (let j = 0; j < runq.size; j++) {
			const pc = runq.densePcs[j];
			const capOffset = j * this.ncap;
			if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
			const i = this.prog.inst[pc];
			let add = false;
			switch (i.op) {
				case Inst.MATCH:
					if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
					if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
						runq.denseCaps[capOffset + 1] = pos;
						for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
					}
					if (!longest) runq.size = 0;
					this.matched = true;
					break;
				case Inst.RUNE:
					add = i.matchRune(c);
					break;
				case Inst.RUNE1:
					add = c === i.runes[0];
					break;
				case Inst.RUNE_ANY:
					add = true;
					break;
				case Inst.RUNE_ANY_NOT_NL:
					add = c !== 10;
					break;
				default: continue;
			}
			if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
		}
		runq.clear();
	}
	spawnLookbehinds(q, pos, flag) {
		for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
	}
	restoreLookbehinds(lbState, q, flag) {
		this.lbTable.set(lbState.lbTable);
		for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
	}
	saveLookbehinds(lbState, q, pos) {
		let size = 0;
		for (let j = 0; j < q.size; j++) {
			const pc = q.densePcs[j];
			if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
		}
		lbState.size = size;
		lbState.pos = pos;
		lbState.lbTable.set(this.lbTable);
	}
	add(q, pc, pos, capArray, capOffset, cond) {
		const stk = this.addStack;
		let nstk = 0;
		for (;;) {
			while (pc !== 0 && !q.contains(pc)) {
				const d = q.add(pc);
				const inst = this.prog.inst[pc];
				switch (inst.op) {
					case Inst.FAIL:
						pc = 0;
						break;
					case Inst.ALT:
					case Inst.ALT_MATCH:
						stk[nstk++] = inst.arg;
						stk[nstk++] = 0;
						pc = inst.out;
						break;
					case Inst.EMPTY_WIDTH:
						pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
						break;
					case Inst.NOP:
						pc = inst.out;
						break;
					case Inst.CAPTURE:
						if (inst.arg < this.ncap) {
							stk[nstk++] = -inst.arg - 1;
							stk[nstk++] = capArray[capOffset + inst.arg];
							capArray[capOffset + inst.arg] = pos;
						}
						pc = inst.out;
						break;
					case Inst.LB_WRITE:
						this.lbTable[Math.abs(inst.arg)] = pos;
						pc = inst.out;
						break;
					case Inst.LB_CHECK:
						if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
						else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
						break;
					case Inst.MATCH:
					case Inst.RUNE:
					case Inst.RUNE1:
					case Inst.RUNE_ANY:
					case Inst.RUNE_ANY_NOT_NL:
						if (this.prog.lbInst[pc] === 0) q.mainThreads++;
						if (this.ncap > 0) {
							const destOffset = d * this.ncap;
							if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
							for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
						}
						pc = 0;
						break;
					default: throw new RE2JSInternalException("unhandled");
				}
			}
			if (nstk === 0) return;
			nstk -= 2;
			const entry = stk[nstk];
			if (entry < 0) {
				capArray[capOffset - entry - 1] = stk[nstk + 1];
				pc = 0;
			} else pc = entry;
		}
	}
};
// src/DFA.js
const hashState = (pcs, flag, ids) => {
	let h = -2128831035;
	for (let i = 0; i < pcs.length; i++) {
		h ^= pcs[i];
		h = Math.imul(h, 16777619);
	}
	h ^= flag;
	h = Math.imul(h, 16777619);
	for (let i = 0; i < ids.length; i++) {
		h ^= ids[i];
		h = Math.imul(h, 16777619);
	}
	return h;
};
const arraysEqual = (a, b) => {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
};
const isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
const NO_IDS = [];
const END_TEXT = -1;
var DFAState = class {
	constructor(nfaStates, flag, matchIDs) {
		this.nfaStates = nfaStates;
		this.flag = flag;
		this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
		this.matchIDs = matchIDs;
		this.next = null;
		this.nextAnchored = null;
	}
};
var DFA = class DFA {
	static FLAG_EMPTY_MASK = 255;
	static FLAG_MATCH = 256;
	static FLAG_LAST_WORD = 512;
	static FLAG_NEED_SHIFT = 16;
	static STATE_OVERHEAD = 150;
	static ARRAY_OVERHEAD = 40;
	static ELEMENT_SIZE = 8;
	static TABLE_OVERHEAD = 48;
	static PROGRESS_PER_STATE = 10;
	constructor(prog, maxMem = 8388608) {
		this.prog = prog;
		this.maxMem = maxMem;
		this.stateCache = /* @__PURE__ */ new Map();
		this.stateCount = 0;
		this.startStates = /* @__PURE__ */ new Map();
		this.failed = false;
		for (let pc = 0; pc < prog.numInst(); pc++) {
			const op = prog.getInst(pc).op;
			if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
				this.failed = true;
				break;
			}
		}
		this.computeRuneClasses();
		this.stateBudget = maxMem;
		this.memBudget = maxMem;
	}
	computeRuneClasses() {
		const bounds = /* @__PURE__ */ new Set();
		const addRange = (lo, hi) => {
			bounds.add(lo);
			bounds.add(hi + 1);
		};
		for (let pc = 0; pc < this.prog.numInst(); pc++) {
			const inst = this.prog.getInst(pc);
			switch (inst.op) {
				case Inst.RUNE:
				case Inst.RUNE1:
					if (inst.runes.length === 1) {
						addRange(inst.runes[0], inst.runes[0]);
						if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
					} else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
					break;
				case Inst.RUNE_ANY_NOT_NL:
					addRange(10, 10);
					break;
				case Inst.EMPTY_WIDTH:
					if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
					if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
						addRange(48, 57);
						addRange(65, 90);
						addRange(95, 95);
						addRange(97, 122);
					}
			}
		}
		bounds.delete(0);
		this.classBounds = Int32Array.from(bounds).sort();
		this.numClasses = this.classBounds.length + 1;
		const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
		for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
		this.latin1Class = latin1Class;
	}
	runeClass(r) {
		if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
		return this.searchClass(r);
	}
	searchClass(r) {
		const bounds = this.classBounds;
		let lo = 0;
		let hi = bounds.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (bounds[mid] <= r) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
	closure(pcs, flag) {
		const closure = /* @__PURE__ */ new Set();
		const stack = Array.from(pcs);
		let needflags = 0;
		while (stack.length > 0) {
			const pc = stack.pop();
			if (pc === 0 || closure.has(pc)) continue;
			closure.add(pc);
			const inst = this.prog.getInst(pc);
			switch (inst.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					stack.push(inst.out);
					stack.push(inst.arg);
					break;
				case Inst.NOP:
				case Inst.CAPTURE:
					stack.push(inst.out);
					break;
				case Inst.EMPTY_WIDTH:
					needflags |= inst.arg;
					if ((inst.arg & ~flag) === 0) stack.push(inst.out);
			}
		}
		return {
			pcs: Array.from(closure).sort((a, b) => a - b),
			needflags
		};
	}
	getState(pcs, flag, ids) {
		const hash = hashState(pcs, flag, ids);
		const cached = this.stateCache.get(hash);
		if (cached instanceof DFAState) {
			if (isState(cached, pcs, flag, ids)) return cached;
		} else if (cached !== void 0) {
			for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
		}
		const cost = DFA.stateCost(pcs, ids);
		if (this.memBudget < cost) return null;
		this.memBudget -= cost;
		const state = new DFAState(pcs, flag, ids);
		if (cached === void 0) this.stateCache.set(hash, state);
		else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
		else cached.push(state);
		this.stateCount++;
		return state;
	}
	static stateCost(pcs, ids) {
		const idsCost = ids.length === 0 ? 0 : DFA.ARRAY_OVERHEAD + DFA.ELEMENT_SIZE * ids.length;
		return DFA.STATE_OVERHEAD + DFA.ELEMENT_SIZE * pcs.length + idsCost;
	}
	*cachedStates() {
		for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
		else yield* cached;
	}
	makeState(pcs, flag, ids) {
		const closure = this.closure(pcs, flag & DFA.FLAG_EMPTY_MASK);
		let stateFlag = flag;
		if (closure.needflags === 0) stateFlag &= DFA.FLAG_MATCH;
		stateFlag |= closure.needflags << DFA.FLAG_NEED_SHIFT;
		return this.getState(closure.pcs, stateFlag, ids);
	}
	allocTable(state, anchor) {
		const size = this.numClasses + 1;
		const cost = DFA.TABLE_OVERHEAD + DFA.ELEMENT_SIZE * size;
		if (this.memBudget < cost) return null;
		this.memBudget -= cost;
		const table = new Array(size).fill(null);
		if (anchor === RE2Flags.UNANCHORED) state.next = table;
		else state.nextAnchored = table;
		return table;
	}
	clearCache() {
		this.stateCache.clear();
		this.stateCount = 0;
		this.startStates.clear();
		this.memBudget = this.stateBudget;
	}
	resetCache(current) {
		this.clearCache();
		return this.getState(current.nfaStates, current.flag, current.matchIDs);
	}
	step(state, cls, rune, anchor) {
		let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
		if (table !== null) {
			const cached = table[cls];
			if (cached !== null) return cached;
		} else {
			table = this.allocTable(state, anchor);
			if (table === null) return null;
		}
		const needflag = state.flag >>> DFA.FLAG_NEED_SHIFT;
		const oldbeforeflag = state.flag & DFA.FLAG_EMPTY_MASK;
		let beforeflag = oldbeforeflag;
		let afterflag = 0;
		if (rune === 10) {
			beforeflag |= Utils.EMPTY_END_LINE;
			afterflag |= Utils.EMPTY_BEGIN_LINE;
		}
		if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
		const islastword = (state.flag & DFA.FLAG_LAST_WORD) !== 0;
		const isword = rune !== END_TEXT && Utils.isWordRune(rune);
		beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
		let pcs = state.nfaStates;
		if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
		const nextPCs = [];
		let ismatch = false;
		let ids = NO_IDS;
		for (let i = 0; i < pcs.length; i++) {
			const inst = this.prog.getInst(pcs[i]);
			if (inst.op === Inst.MATCH) {
				if (!ismatch) {
					ismatch = true;
					ids = [];
				}
				ids.push(inst.arg);
			} else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
		}
		if (ids.length > 1) ids.sort((a, b) => a - b);
		if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
		let flag = afterflag;
		if (ismatch) flag |= DFA.FLAG_MATCH;
		if (isword) flag |= DFA.FLAG_LAST_WORD;
		const nextState = this.makeState(nextPCs, flag, ids);
		if (nextState === null) return null;
		table[cls] = nextState;
		return nextState;
	}
	start(input, pos) {
		const context = input.context(pos);
		let flags;
		if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
		else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
		else {
			const r = input.step(pos);
			const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
			flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA.FLAG_LAST_WORD : 0;
		}
		let state = this.startStates.get(flags);
		if (state === void 0) {
			state = this.makeState([this.prog.start], flags, NO_IDS);
			if (state === null) {
				this.clearCache();
				state = this.makeState([this.prog.start], flags, NO_IDS);
				if (state === null) return null;
			}
			this.startStates.set(flags, state);
		}
		return state;
	}
	stepOrReset(state, cls, rune, anchor, pos, search) {
		let next = this.step(state, cls, rune, anchor);
		if (next !== null) return next;
		if (search.resetPos >= 0 && pos - search.resetPos < DFA.PROGRESS_PER_STATE * this.stateCount) return null;
		search.resetPos = pos;
		const restored = this.resetCache(state);
		if (restored === null) return null;
		next = this.step(restored, cls, rune, anchor);
		return next;
	}
	run(input, pos, anchor, state, onMatch) {
		const endPos = input.endPos();
		const latin1Class = this.latin1Class;
		const unanchored = anchor === RE2Flags.UNANCHORED;
		const search = { resetPos: -1 };
		let i = pos;
		while (i < endPos) {
			const r = input.step(i);
			const rune = r >> 3;
			const width = r & 7;
			if (width === 0) break;
			const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
			let next = unanchored && state.next !== null ? state.next[cls] : null;
			if (next === null) {
				next = this.stepOrReset(state, cls, rune, anchor, i, search);
				if (next === null) return null;
			}
			state = next;
			if (state.isMatch && onMatch(state, false)) return true;
			if (!unanchored && state.nfaStates.length === 0) return false;
			i += width;
		}
		state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
		if (state === null) return null;
		return state.isMatch && onMatch(state, true);
	}
	match(input, pos, anchor) {
		if (this.failed) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
		const startState = this.start(input, pos);
		if (startState === null) return null;
		return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
	}
	matchSet(input, pos, anchor) {
		if (this.failed) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
		const startState = this.start(input, pos);
		if (startState === null) return null;
		const matches = /* @__PURE__ */ new Set();
		const collect = (state, atEnd) => {
			if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
			return false;
		};
		if (this.run(input, pos, anchor, startState, collect) === null) return null;
		return Array.from(matches).sort((a, b) => a - b);
	}
};
// src/Backtracker.js
const VISITED_BITS = 32;
const MAX_BACKTRACK_PROG = 500;
const INITIAL_JOB_CAPACITY = 256;
const MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
	constructor() {
		this.end = 0;
		this.cap = /* @__PURE__ */ new Int32Array(0);
		this.matchcap = /* @__PURE__ */ new Int32Array(0);
		this.ncap = 0;
		this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
		this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
		this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
		this.jobLen = 0;
		this.visited = /* @__PURE__ */ new Uint32Array(0);
	}
	reset(prog, end, ncap) {
		this.end = end;
		this.jobLen = 0;
		this.ncap = ncap;
		const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
		if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
		else this.visited.fill(0, 0, visitedSize);
		if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
		else this.cap.fill(-1, 0, ncap);
		if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
		else this.matchcap.fill(-1, 0, ncap);
	}
	shouldVisit(pc, pos) {
		const n = pc * (this.end + 1) + pos;
		const idx = n >>> 5;
		const mask = 1 << (n & 31);
		if ((this.visited[idx] & mask) !== 0) return false;
		this.visited[idx] |= mask;
		return true;
	}
	push(re2, pc, pos, arg) {
		if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
			if (this.jobLen >= this.jobPc.length) {
				const newSize = this.jobPc.length * 2;
				const newPc = new Int32Array(newSize);
				newPc.set(this.jobPc);
				this.jobPc = newPc;
				const newArg = new Uint8Array(newSize);
				newArg.set(this.jobArg);
				this.jobArg = newArg;
				const newPos = new Int32Array(newSize);
				newPos.set(this.jobPos);
				this.jobPos = newPos;
			}
			this.jobPc[this.jobLen] = pc;
			this.jobArg[this.jobLen] = arg ? 1 : 0;
			this.jobPos[this.jobLen] = pos;
			this.jobLen++;
		}
	}
	tryBacktrack(re2, input, pc, pos, anchor) {
		const longest = re2.longest;
		this.push(re2, pc, pos, false);
		while (this.jobLen > 0) {
			this.jobLen--;
			let currentPc = this.jobPc[this.jobLen];
			let arg = this.jobArg[this.jobLen] === 1;
			let currentPos = this.jobPos[this.jobLen];
			let skipShouldVisit = true;
			while (true) {
				if (!skipShouldVisit) {
					if (!this.shouldVisit(currentPc, currentPos)) break;
				}
				skipShouldVisit = false;
				const inst = re2.prog.getInst(currentPc);
				switch (inst.op) {
					case Inst.FAIL: break;
					case Inst.ALT: if (arg) {
						arg = false;
						currentPc = inst.arg;
						continue;
					} else {
						this.push(re2, currentPc, currentPos, true);
						currentPc = inst.out;
						continue;
					}
					case Inst.ALT_MATCH: {
						const outInst = re2.prog.getInst(inst.out);
						if (Inst.isRuneOp(outInst.op)) {
							this.push(re2, inst.arg, currentPos, false);
							currentPc = inst.arg;
							currentPos = this.end;
							continue;
						}
						this.push(re2, inst.out, this.end, false);
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (!inst.matchRune(r >> 3)) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE1: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (r >> 3 !== inst.runes[0]) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE_ANY_NOT_NL: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (r >> 3 === 10) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE_ANY: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.CAPTURE: if (arg) {
						this.cap[inst.arg] = currentPos;
						break;
					} else {
						if (inst.arg < this.ncap) {
							this.push(re2, currentPc, this.cap[inst.arg], true);
							this.cap[inst.arg] = currentPos;
						}
						currentPc = inst.out;
						continue;
					}
					case Inst.EMPTY_WIDTH: {
						const flag = input.context(currentPos);
						if ((inst.arg & ~flag) !== 0) break;
						currentPc = inst.out;
						continue;
					}
					case Inst.NOP:
						currentPc = inst.out;
						continue;
					case Inst.MATCH: {
						if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
						if (this.ncap === 0) return true;
						if (this.ncap > 1) this.cap[1] = currentPos;
						const old = this.matchcap[1];
						if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
						if (!longest) return true;
						if (currentPos === this.end) return true;
						break;
					}
					case Inst.LB_WRITE:
					case Inst.LB_CHECK: throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
					default: throw new RE2JSInternalException("bad inst");
				}
				break;
			}
		}
		return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
	}
};
const bitStatePool = [];
var Backtracker = class Backtracker {
	static shouldBacktrack(prog) {
		return prog.numInst() <= MAX_BACKTRACK_PROG;
	}
	static maxBitStateLen(prog) {
		if (!Backtracker.shouldBacktrack(prog)) return 0;
		return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
	}
	static execute(re2, input, pos, anchor, ncap) {
		const startCond = re2.cond;
		if (startCond === Utils.EMPTY_ALL) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
		if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
		const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
		const end = input.endPos();
		b.reset(re2.prog, end, ncap);
		let matched = false;
		if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
			if (b.ncap > 0) b.cap[0] = pos;
			if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
		} else {
			let width = -1;
			for (; pos <= end && width !== 0; pos += width) {
				if (re2.prefix.length > 0) {
					const advance = input.index(re2, pos);
					if (advance < 0) break;
					pos += advance;
				}
				if (b.ncap > 0) b.cap[0] = pos;
				if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
					matched = true;
					break;
				}
				const r = input.step(pos);
				width = r === MachineInputBase.EOF() ? 0 : r & 7;
			}
		}
		if (!matched) {
			bitStatePool.push(b);
			return null;
		}
		const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
		bitStatePool.push(b);
		return result;
	}
};
// src/OnePass.js
var QueueOnePass = class {
	constructor(size) {
		this.sparse = new Uint32Array(size);
		this.dense = new Uint32Array(size);
		this.size = 0;
		this.nextIndex = 0;
	}
	empty() {
		return this.nextIndex >= this.size;
	}
	next() {
		return this.dense[this.nextIndex++];
	}
	clear() {
		this.size = 0;
		this.nextIndex = 0;
	}
	contains(u) {
		return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
	}
	insert(u) {
		if (!this.contains(u)) this.insertNew(u);
	}
	insertNew(u) {
		if (u >= this.sparse.length) return;
		this.sparse[u] = this.size;
		this.dense[this.size] = u;
		this.size++;
	}
};
const mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
	const leftLen = leftRunes.length;
	const rightLen = rightRunes.length;
	let lx = 0, rx = 0;
	const merged = [];
	const next = [];
	let ok = true;
	let ix = -1;
	const extend = (isLeft) => {
		const newArray = isLeft ? leftRunes : rightRunes;
		const low = isLeft ? lx : rx;
		const pc = isLeft ? leftPC : rightPC;
		if (ix > 0 && newArray[low] <= merged[ix]) return false;
		merged.push(newArray[low], newArray[low + 1]);
		if (isLeft) lx += 2;
		else rx += 2;
		ix += 2;
		next.push(pc);
		return true;
	};
	while (lx < leftLen || rx < rightLen) {
		if (rx >= rightLen) ok = extend(true);
		else if (lx >= leftLen) ok = extend(false);
		else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
		else ok = extend(true);
		if (!ok) return null;
	}
	return {
		merged,
		next
	};
};
var OnePassProg = class {
	constructor(prog) {
		this.start = prog.start;
		this.numCap = prog.numCap;
		this.inst = new Array(prog.inst.length);
		for (let i = 0; i < prog.inst.length; i++) {
			const orig = prog.inst[i];
			const inst = new Inst(orig.op);
			inst.out = orig.out;
			inst.arg = orig.arg;
			inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
			inst.next = null;
			this.inst[i] = inst;
		}
	}
};
const onePassCopy = (prog) => {
	const p = new OnePassProg(prog);
	for (let pc = 0; pc < p.inst.length; pc++) {
		const inst = p.inst[pc];
		if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
		let pAOther = "out";
		let pAAlt = "arg";
		let instAlt = p.inst[inst[pAAlt]];
		if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
			pAOther = "arg";
			pAAlt = "out";
			instAlt = p.inst[inst[pAAlt]];
			if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
		}
		const instOther = p.inst[inst[pAOther]];
		if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
		let pBAlt = "out";
		let pBOther = "arg";
		let patch = false;
		if (instAlt.out === pc) patch = true;
		else if (instAlt.arg === pc) {
			patch = true;
			pBAlt = "arg";
			pBOther = "out";
		}
		if (patch) instAlt[pBAlt] = inst[pAOther];
		if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
	}
	return p;
};
const makeOnePass = (p) => {
	if (p.inst.length >= 1e3) return null;
	const instQueue = new QueueOnePass(p.inst.length);
	const visitQueue = new QueueOnePass(p.inst.length);
	const onePassRunes = new Array(p.inst.length);
	const m = new Array(p.inst.length).fill(false);
	const check = (pc) => {
		let ok = true;
		const inst = p.inst[pc];
		if (visitQueue.contains(pc)) return true;
		visitQueue.insert(pc);
		switch (inst.op) {
			case Inst.ALT:
			case Inst.ALT_MATCH: {
				ok = check(inst.out) && check(inst.arg);
				let matchOut = m[inst.out];
				let matchArg = m[inst.arg];
				if (matchOut && matchArg) return false;
				if (matchArg) {
					const tempOut = inst.out;
					inst.out = inst.arg;
					inst.arg = tempOut;
					const tempMatch = matchOut;
					matchOut = matchArg;
					matchArg = tempMatch;
				}
				if (matchOut) {
					m[pc] = true;
					inst.op = Inst.ALT_MATCH;
				}
				const leftRunes = onePassRunes[inst.out] || [];
				const rightRunes = onePassRunes[inst.arg] || [];
				const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
				if (!mergeRes) return false;
				onePassRunes[pc] = new Int32Array(mergeRes.merged);
				inst.next = new Uint32Array(mergeRes.next);
				break;
			}
			case Inst.CAPTURE:
			case Inst.EMPTY_WIDTH:
			case Inst.NOP:
				ok = check(inst.out);
				m[pc] = m[inst.out];
				onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
				inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
				break;
			case Inst.MATCH:
			case Inst.FAIL:
				m[pc] = inst.op === Inst.MATCH;
				break;
			case Inst.RUNE: {
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				if (!inst.runes || inst.runes.length === 0) {
					onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
					inst.next = new Uint32Array([inst.out]);
					break;
				}
				let runes = [];
				if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
					const r0 = inst.runes[0];
					runes.push(r0, r0);
					for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
					runes.sort((a, b) => a - b);
				} else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
				onePassRunes[pc] = new Int32Array(runes);
				inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
				inst.op = Inst.RUNE;
				break;
			}
			case Inst.RUNE1: {
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				let runes = [];
				if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
					const r0 = inst.runes[0];
					runes.push(r0, r0);
					for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
					runes.sort((a, b) => a - b);
				} else runes.push(inst.runes[0], inst.runes[0]);
				onePassRunes[pc] = new Int32Array(runes);
				inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
				inst.op = Inst.RUNE;
				break;
			}
			case Inst.RUNE_ANY:
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
				inst.next = new Uint32Array([inst.out]);
				break;
			case Inst.RUNE_ANY_NOT_NL:
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				onePassRunes[pc] = new Int32Array([
					0,
					9,
					11,
					Unicode.MAX_RUNE
				]);
				inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
		}
		return ok;
	};
	instQueue.clear();
	instQueue.insert(p.start);
	while (!instQueue.empty()) {
		visitQueue.clear();
		if (!check(instQueue.next())) return null;
	}
	for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
	return p;
};
const cleanupOnePass = (p, original) => {
	for (let ix = 0; ix < original.inst.length; ix++) {
		const instOriginal = original.inst[ix];
		switch (instOriginal.op) {
			case Inst.ALT:
			case Inst.ALT_MATCH:
			case Inst.RUNE: break;
			case Inst.CAPTURE:
			case Inst.EMPTY_WIDTH:
			case Inst.NOP:
			case Inst.MATCH:
			case Inst.FAIL:
				p.inst[ix].next = null;
				break;
			case Inst.RUNE1:
			case Inst.RUNE_ANY:
			case Inst.RUNE_ANY_NOT_NL:
				p.inst[ix].next = null;
				p.inst[ix].op = instOriginal.op;
				p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
		}
	}
};
var OnePass = class OnePass {
	static compile(prog) {
		if (prog.start === 0) return null;
		if (prog.numLb > 0) return null;
		const startInst = prog.inst[prog.start];
		if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
		let hasAlt = false;
		for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
			hasAlt = true;
			break;
		}
		for (let i = 0; i < prog.inst.length; i++) {
			const inst = prog.inst[i];
			const opOut = prog.inst[inst.out].op;
			switch (inst.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
					break;
				case Inst.EMPTY_WIDTH:
					if (opOut === Inst.MATCH) {
						if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
						return null;
					}
					break;
				default: if (opOut === Inst.MATCH && hasAlt) return null;
			}
		}
		let p = onePassCopy(prog);
		p = makeOnePass(p);
		if (p !== null) cleanupOnePass(p, prog);
		return p;
	}
	static next(inst, r) {
		const nextIdx = inst.matchRunePos(r);
		if (nextIdx >= 0) return inst.next[nextIdx];
		if (inst.op === Inst.ALT_MATCH) return inst.out;
		return 0;
	}
	static execute(re2, input, pos, anchor, ncap) {
		const onepass = re2.onepass;
		if (!onepass) return null;
		const matchcap = new Int32Array(ncap).fill(-1);
		let matched = false;
		let r = input.step(pos);
		let rune = r >> 3;
		let width = r & 7;
		let r1 = MachineInputBase.EOF();
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r1 = input.step(pos + width);
			if (r1 !== MachineInputBase.EOF()) {
				rune1 = r1 >> 3;
				width1 = r1 & 7;
			}
		}
		let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
		let pc = onepass.start;
		let inst;
		while (true) {
			inst = onepass.inst[pc];
			pc = inst.out;
			switch (inst.op) {
				case Inst.MATCH:
					if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
					matched = true;
					if (matchcap.length > 0) {
						matchcap[0] = 0;
						matchcap[1] = pos;
					}
					return ncap === 0 ? [] : Utils.toArray(matchcap);
				case Inst.RUNE:
					if (!inst.matchRune(rune)) return null;
					break;
				case Inst.RUNE1:
					if (rune !== inst.runes[0]) return null;
					break;
				case Inst.RUNE_ANY: break;
				case Inst.RUNE_ANY_NOT_NL:
					if (rune === 10) return null;
					break;
				case Inst.ALT:
				case Inst.ALT_MATCH:
					pc = OnePass.next(inst, rune);
					continue;
				case Inst.FAIL: return null;
				case Inst.NOP: continue;
				case Inst.EMPTY_WIDTH:
					if ((inst.arg & ~flag) !== 0) return null;
					continue;
				case Inst.CAPTURE:
					if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
					continue;
				default: throw new RE2JSInternalException("bad inst");
			}
			if (width === 0) break;
			flag = Utils.emptyOpContext(rune, rune1);
			pos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r1 = input.step(pos + width);
				if (r1 !== MachineInputBase.EOF()) {
					rune1 = r1 >> 3;
					width1 = r1 & 7;
				} else {
					rune1 = -1;
					width1 = 0;
				}
			}
		}
		if (!matched) return null;
		return ncap === 0 ? [] : Utils.toArray(matchcap);
	}
};
// src/Regexp.js
/**
* Regular expression abstract syntax tree. Produced by parser, used by compiler. NB, this
* corresponds to {@code syntax.regexp} in the Go implementation; Go's {@code regexp} is called
* {@code RE2} in Java.
*/
var Regexp = class Regexp {
	static Op = createEnum([
		"NO_MATCH",
		"EMPTY_MATCH",
		"LITERAL",
		"CHAR_CLASS",
		"ANY_CHAR_NOT_NL",
		"ANY_CHAR",
		"BEGIN_LINE",
		"END_LINE",
		"BEGIN_TEXT",
		"END_TEXT",
		"WORD_BOUNDARY",
		"NO_WORD_BOUNDARY",
		"CAPTURE",
		"STAR",
		"PLUS",
		"QUEST",
		"REPEAT",
		"CONCAT",
		"ALTERNATE",
		"PLB",
		"NLB",
		"LEFT_PAREN",
		"VERTICAL_BAR"
	]);
	static isPseudoOp(op) {
		return op >= Regexp.Op.LEFT_PAREN;
	}
	static emptySubs() {
		return [];
	}
	static quoteIfHyphen(rune) {
		if (rune === Codepoint.CODES["-"]) return "\\";
		return "";
	}
	static fromRegexp(re) {
		const regex = new Regexp(re.op);
		regex.flags = re.flags;
		regex.subs = re.subs;
		regex.runes = re.runes;
		regex.cap = re.cap;
		regex.min = re.min;
		regex.max = re.max;
		regex.name = re.name;
		regex.namedGroups = re.namedGroups;
		regex.lb = re.lb;
		return regex;
	}
	constructor(op) {
		this.op = op;
		this.flags = 0;
		this.subs = Regexp.emptySubs();
		this.runes = /* @__PURE__ */ new Int32Array(0);
		this.min = 0;
		this.max = 0;
		this.cap = 0;
		this.name = null;
		this.namedGroups = Object.create(null);
		this.lb = 0;
	}
	reinit() {
		this.flags = 0;
		this.subs = Regexp.emptySubs();
		this.runes = /* @__PURE__ */ new Int32Array(0);
		this.cap = 0;
		this.min = 0;
		this.max = 0;
		this.name = null;
		this.namedGroups = Object.create(null);
		this.lb = 0;
	}
	toString() {
		return this.appendTo();
	}
	appendTo() {
		let out = "";
		switch (this.op) {
			case Regexp.Op.NO_MATCH:
				out += "[^\\x00-\\x{10FFFF}]";
				break;
			case Regexp.Op.EMPTY_MATCH:
				out += "(?:)";
				break;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
			case Regexp.Op.REPEAT: {
				const sub = this.subs[0];
				if (sub.op > Regexp.Op.CAPTURE || sub.op === Regexp.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
				else out += sub.appendTo();
				switch (this.op) {
					case Regexp.Op.STAR:
						out += "*";
						break;
					case Regexp.Op.PLUS:
						out += "+";
						break;
					case Regexp.Op.QUEST:
						out += "?";
						break;
					case Regexp.Op.REPEAT:
						out += `{${this.min}`;
						if (this.min !== this.max) {
							out += ",";
							if (this.max >= 0) out += this.max;
						}
						out += "}";
				}
				if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
				break;
			}
			case Regexp.Op.CONCAT:
				for (let sub of this.subs) if (sub.op === Regexp.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
				else out += sub.appendTo();
				break;
			case Regexp.Op.ALTERNATE: {
				let sep = "";
				for (let sub of this.subs) {
					out += sep;
					sep = "|";
					out += sub.appendTo();
				}
				break;
			}
			case Regexp.Op.LITERAL:
				if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
				for (let rune of this.runes) out += Utils.escapeRune(rune);
				if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
				break;
			case Regexp.Op.ANY_CHAR_NOT_NL:
				out += "(?-s:.)";
				break;
			case Regexp.Op.ANY_CHAR:
				out += "(?s:.)";
				break;
			case Regexp.Op.PLB:
				out += `(?<=${this.subs[0].appendTo()})`;
				break;
			case Regexp.Op.NLB:
				out += `(?<!${this.subs[0].appendTo()})`;
				break;
			case Regexp.Op.CAPTURE:
				if (this.name === null || this.name.length === 0) out += "(";
				else out += `(?P<${this.name}>`;
				if (this.subs[0].op !== Regexp.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
				out += ")";
				break;
			case Regexp.Op.BEGIN_TEXT:
				out += "\\A";
				break;
			case Regexp.Op.END_TEXT:
				if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
				else out += "\\z";
				break;
			case Regexp.Op.BEGIN_LINE:
				out += "^";
				break;
			case Regexp.Op.END_LINE:
				out += "$";
				break;
			case Regexp.Op.WORD_BOUNDARY:
				out += "\\b";
				break;
			case Regexp.Op.NO_WORD_BOUNDARY:
				out += "\\B";
				break;
			case Regexp.Op.CHAR_CLASS:
				if (this.runes.length % 2 !== 0) {
					out += "[invalid char class]";
					break;
				}
				out += "[";
				if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
				else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
					out += "^";
					for (let i = 1; i < this.runes.length - 1; i += 2) {
						const lo = this.runes[i] + 1;
						const hi = this.runes[i + 1] - 1;
						out += Regexp.quoteIfHyphen(lo);
						out += Utils.escapeRune(lo);
						if (lo !== hi) {
							out += "-";
							out += Regexp.quoteIfHyphen(hi);
							out += Utils.escapeRune(hi);
						}
					}
				} else for (let i = 0; i < this.runes.length; i += 2) {
					const lo = this.runes[i];
					const hi = this.runes[i + 1];
					out += Regexp.quoteIfHyphen(lo);
					out += Utils.escapeRune(lo);
					if (lo !== hi) {
						out += "-";
						out += Regexp.quoteIfHyphen(hi);
						out += Utils.escapeRune(hi);
					}
				}
				out += "]";
				break;
			default: out += this.op;
		}
		return out;
	}
	maxCap() {
		let m = 0;
		if (this.op === Regexp.Op.CAPTURE) m = this.cap;
		if (this.subs !== null) for (let sub of this.subs) {
			const n = sub.maxCap();
			if (m < n) m = n;
		}
		return m;
	}
	equals(that) {
		if (!(that !== null && that instanceof Regexp)) return false;
		if (this.op !== that.op) return false;
		switch (this.op) {
			case Regexp.Op.END_TEXT:
				if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
				break;
			case Regexp.Op.LITERAL:
			case Regexp.Op.CHAR_CLASS:
				if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
				if (this.runes === null && that.runes === null) break;
				if (this.runes === null || that.runes === null) return false;
				if (this.runes.length !== that.runes.length) return false;
				for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
				break;
			case Regexp.Op.ALTERNATE:
			case Regexp.Op.CONCAT:
				if (this.subs.length !== that.subs.length) return false;
				for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
				break;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
				if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.REPEAT:
				if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.CAPTURE:
				if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.PLB:
			case Regexp.Op.NLB: if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
		}
		return true;
	}
};
// src/RegexpWalker.js
/**
* Walks a Regexp tree without recursion, visiting nodes in the same order a recursive walk
* would (RE2: re2/walker-inl.h, "Helper class for traversing Regexps without recursion").
*
* The handler sees a node without subexpressions once, through `leaf(re)`, which returns its
* result. Any other node is seen up to three times:
* - `enter(re)` before its children. It returns the state kept for `re` while its children are
*   visited; a state whose `result` is already set skips the children.
* - `child(re, state, result, i)` after child `i` produced `result`. Setting `state.result`
*   stops visiting the remaining children.
* - `leave(re, state)` after the last child; it returns the result for `re`.
*
* Counted repetitions expand into one nesting level per copy, so the simplified tree can be
* thousands of levels deep; recursion over it would overflow the JS stack, which has no fixed
* relation to the parser's nesting limit. This walk keeps its frames on the heap instead.
*/
var RegexpWalker = class {
	static walk(root, handler) {
		const stack = [];
		let re = root;
		let result;
		for (;;) {
			if (re.subs.length === 0) result = handler.leaf(re);
			else {
				const state = handler.enter(re);
				if (state.result === void 0) {
					stack.push({
						re,
						state,
						i: 0
					});
					re = re.subs[0];
					continue;
				}
				result = state.result;
			}
			for (;;) {
				if (stack.length === 0) return result;
				const frame = stack[stack.length - 1];
				handler.child(frame.re, frame.state, result, frame.i);
				frame.i++;
				if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
					re = frame.re.subs[frame.i];
					break;
				}
				stack.pop();
				result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
			}
		}
	}
};
// src/Prefilter.js
var AhoCorasick = class {
	constructor(words, alphabetSize) {
		const edges = /* @__PURE__ */ new Map();
		const parent = [0];
		const unit = [0];
		const depth = [0];
		const terminal = [0];
		for (const word of words) {
			let node = 0;
			for (let i = 0; i < word.length; i++) {
				const key = node * alphabetSize + word[i];
				let child = edges.get(key);
				if (child === void 0) {
					child = parent.length;
					edges.set(key, child);
					parent.push(node);
					unit.push(word[i]);
					depth.push(depth[node] + 1);
					terminal.push(0);
				}
				node = child;
			}
			terminal[node] = 1;
		}
		const numNodes = parent.length;
		const children = new Int32Array(numNodes - 1);
		for (let c = 1; c < numNodes; c++) children[c - 1] = c;
		children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
		const childStart = new Int32Array(numNodes + 1);
		for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
		for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
		const childUnit = new Int32Array(numNodes - 1);
		for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
		this.childStart = childStart;
		this.childUnit = childUnit;
		this.childNode = children;
		const byDepth = new Int32Array(numNodes);
		for (let n = 0; n < numNodes; n++) byDepth[n] = n;
		byDepth.sort((a, b) => depth[a] - depth[b]);
		const fail = new Int32Array(numNodes);
		const match = Uint8Array.from(terminal);
		for (let k = 1; k < numNodes; k++) {
			const c = byDepth[k];
			const p = parent[c];
			if (p !== 0) {
				let f = fail[p];
				let next = this.next(f, unit[c]);
				while (next < 0 && f !== 0) {
					f = fail[f];
					next = this.next(f, unit[c]);
				}
				fail[c] = next >= 0 ? next : 0;
			}
			match[c] |= match[fail[c]];
		}
		this.fail = fail;
		this.match = match;
	}
	next(node, u) {
		let lo = this.childStart[node];
		let hi = this.childStart[node + 1];
		const units = this.childUnit;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			const m = units[mid];
			if (m === u) return this.childNode[mid];
			if (m < u) lo = mid + 1;
			else hi = mid;
		}
		return -1;
	}
	advance(node, u) {
		for (;;) {
			const next = this.next(node, u);
			if (next >= 0) return next;
			if (node === 0) return 0;
			node = this.fail[node];
		}
	}
	searchUTF16(charSeq, start, end) {
		let node = 0;
		for (let i = start; i < end; i++) {
			node = this.advance(node, charSeq.charCodeAt(i));
			if (this.match[node] === 1) return true;
		}
		return false;
	}
	searchUTF8(bytes, start, end) {
		let node = 0;
		for (let i = start; i < end; i++) {
			node = this.advance(node, bytes[i]);
			if (this.match[node] === 1) return true;
		}
		return false;
	}
};
var Prefilter = class Prefilter {
	static Type = {
		NONE: 0,
		EXACT: 1,
		AND: 2,
		OR: 3
	};
	static MAX_SCANS = 32;
	static MAX_AC_UNITS = 1 << 18;
	constructor(type) {
		this.type = type;
		this.subs = [];
		this.str = "";
		this.bytes = null;
		this.cost = type === Prefilter.Type.EXACT ? 1 : 0;
		this.allExact = false;
		this.ac16 = null;
		this.ac8 = null;
	}
	automaton16() {
		if (this.ac16 === null) {
			const words = this.subs.map((s) => {
				const arr = new Array(s.str.length);
				for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
				return arr;
			});
			this.ac16 = new AhoCorasick(words, 65536);
		}
		return this.ac16;
	}
	automaton8() {
		if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
		return this.ac8;
	}
	eval(input, pos) {
		switch (this.type) {
			case Prefilter.Type.NONE: return true;
			case Prefilter.Type.EXACT: return input.hasString(this, pos);
			case Prefilter.Type.AND:
				for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
				return true;
			case Prefilter.Type.OR:
				if (this.allExact) return input.hasAnyString(this, pos);
				for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
				return false;
			default: return true;
		}
	}
};
var PrefilterTree = class PrefilterTree {
	static build(re) {
		if (!re) return new Prefilter(Prefilter.Type.NONE);
		return RegexpWalker.walk(re, PrefilterTree.WALKER);
	}
	static WALKER = {
		leaf: (re) => PrefilterTree.leaf(re),
		enter: (re) => PrefilterTree.enter(re),
		child: (re, state, result) => PrefilterTree.child(re, state, result),
		leave: (re, state) => PrefilterTree.leave(re, state)
	};
	static leaf(re) {
		if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
		if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
		let str = "";
		for (let i = 0; i < re.runes.length; i++) {
			if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
			str += String.fromCodePoint(re.runes[i]);
		}
		const pf = new Prefilter(Prefilter.Type.EXACT);
		pf.str = str;
		pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
		return pf;
	}
	static enter(re) {
		switch (re.op) {
			case Regexp.Op.CAPTURE:
			case Regexp.Op.PLUS: return { sub: null };
			case Regexp.Op.REPEAT:
				if (re.min >= 1) return { sub: null };
				return { result: new Prefilter(Prefilter.Type.NONE) };
			case Regexp.Op.CONCAT: return {
				pf: new Prefilter(Prefilter.Type.AND),
				subs: []
			};
			case Regexp.Op.ALTERNATE: return {
				pf: new Prefilter(Prefilter.Type.OR),
				subs: []
			};
			default: return { result: new Prefilter(Prefilter.Type.NONE) };
		}
	}
	static child(re, state, s) {
		if (state.subs === void 0) {
			state.sub = s;
			return;
		}
		if (state.pf.type === Prefilter.Type.AND) {
			if (s.type === Prefilter.Type.NONE) return;
			if (s.type === Prefilter.Type.AND) {
				for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
				return;
			}
			state.subs.push(s);
			return;
		}
		if (s.type === Prefilter.Type.NONE) {
			state.result = new Prefilter(Prefilter.Type.NONE);
			return;
		}
		if (s.type === Prefilter.Type.OR) {
			for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
			return;
		}
		state.subs.push(s);
	}
	static leave(re, state) {
		if (state.subs === void 0) return state.sub;
		const pf = state.pf;
		const seen = /* @__PURE__ */ new Set();
		const subs = [];
		for (const sub of state.subs) {
			if (sub.type === Prefilter.Type.EXACT) {
				if (seen.has(sub.str)) continue;
				seen.add(sub.str);
			}
			subs.push(sub);
		}
		if (pf.type === Prefilter.Type.AND) {
			const kept = [];
			let cost = 0;
			for (const sub of subs) {
				if (cost + sub.cost > Prefilter.MAX_SCANS) continue;
				kept.push(sub);
				cost += sub.cost;
			}
			if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
			if (kept.length === 1) return kept[0];
			pf.subs = kept;
			pf.cost = cost;
			return pf;
		}
		if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
		if (subs.length === 1) return subs[0];
		pf.subs = subs;
		let allExact = true;
		let cost = 0;
		let units = 0;
		for (const sub of subs) {
			if (sub.type !== Prefilter.Type.EXACT) allExact = false;
			else units += sub.bytes.length;
			cost += sub.cost;
		}
		if (allExact) {
			if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
			pf.allExact = true;
			pf.cost = 1;
			return pf;
		}
		if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
		pf.cost = cost;
		return pf;
	}
};
// src/Prog.js
/**
* A list of instruction pointers waiting to be patched.
* Tracks both `head` and `tail` to allow O(1) appending during compilation.
* * Values are encoded integers, not standard memory pointers:
* - Program instruction index: `l >> 1`
* - Patch `.out` field if: `(l & 1) === 0`
* - Patch `.arg` field if: `(l & 1) === 1`
* - `0` denotes an empty list.
* * @see https://swtch.com/~rsc/regexp/regexp1.html
*/
var PatchList = class {
	/**
	* @param {number} head - Encoded pointer to the start of the patch list.
	* @param {number} tail - Encoded pointer to the end of the patch list.
	*/
	constructor(head = 0, tail = 0) {
		this.head = head;
		this.tail = tail;
	}
};
/**
* A Prog is a compiled regular expression program.
*/
var Prog = class {
	constructor() {
		this.inst = [];
		this.start = 0;
		this.numCap = 2;
		this.lbStarts = [];
		this.numLb = 0;
		this.lbInst = null;
	}
	getInst(pc) {
		return this.inst[pc];
	}
	numInst() {
		return this.inst.length;
	}
	addInst(op) {
		this.inst.push(new Inst(op));
	}
	markLookbehindInsts() {
		const lbInst = new Uint8Array(this.inst.length);
		const pending = this.lbStarts.slice();
		while (pending.length > 0) {
			const pc = pending.pop();
			if (pc === 0 || lbInst[pc] === 1) continue;
			lbInst[pc] = 1;
			const i = this.inst[pc];
			switch (i.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					pending.push(i.out, i.arg);
					break;
				case Inst.MATCH:
				case Inst.FAIL: break;
				default: pending.push(i.out);
			}
		}
		this.lbInst = lbInst;
	}
	skipNop(pc) {
		let i = this.inst[pc];
		while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
			i = this.inst[pc];
			pc = i.out;
		}
		return i;
	}
	/** @returns {[boolean, string]} */
	prefix() {
		let prefix = "";
		let i = this.skipNop(this.start);
		if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
		while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
			prefix += String.fromCodePoint(i.runes[0]);
			i = this.skipNop(i.out);
		}
		return [i.op === Inst.MATCH, prefix];
	}
	startCond() {
		let flag = 0;
		let pc = this.start;
		loop: for (;;) {
			const i = this.inst[pc];
			switch (i.op) {
				case Inst.EMPTY_WIDTH:
					flag |= i.arg;
					break;
				case Inst.FAIL: return -1;
				case Inst.CAPTURE:
				case Inst.NOP: break;
				default: break loop;
			}
			pc = i.out;
		}
		return flag;
	}
	patch(l, val) {
		let head = l.head;
		while (head !== 0) {
			const i = this.inst[head >> 1];
			if ((head & 1) === 0) {
				head = i.out;
				i.out = val;
			} else {
				head = i.arg;
				i.arg = val;
			}
		}
	}
	append(l1, l2) {
		if (l1.head === 0) return l2;
		if (l2.head === 0) return l1;
		const i = this.inst[l1.tail >> 1];
		if ((l1.tail & 1) === 0) i.out = l2.head;
		else i.arg = l2.head;
		return new PatchList(l1.head, l2.tail);
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		let out = "";
		for (let pc = 0; pc < this.inst.length; pc++) {
			const len = out.length;
			out += pc;
			if (pc === this.start) out += "*";
			out += "        ".substring(out.length - len);
			out += this.inst[pc];
			out += "\n";
		}
		return out;
	}
};
// src/Compiler.js
const ANY_RUNE_NOT_NL = new Int32Array([
	0,
	Codepoint.CODES["\n"] - 1,
	Codepoint.CODES["\n"] + 1,
	Unicode.MAX_RUNE
]);
const ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
/**
* A fragment of a compiled regular expression program.
*
* @see http://swtch.com/~rsc/regexp/regexp1.html
* @class
*/
var Frag = class {
	constructor(i = 0, out = new PatchList(), nullable = false) {
		this.i = i;
		this.out = out;
		this.nullable = nullable;
	}
};
/**
* Compiler from {@code Regexp} (RE2 abstract syntax) to {@code RE2} (compiled regular expression).
*
* The only entry point is {@link #compileRegexp}.
*/
var Compiler = class Compiler {
	static compileRegexp(re) {
		const c = new Compiler();
		const f = c.compile(re);
		c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
		c.prog.start = f.i;
		c.prog.markLookbehindInsts();
		return c.prog;
	}
	static compileSet(regexps) {
		const c = new Compiler();
		if (regexps.length === 0) {
			c.prog.start = c.newInst(Inst.FAIL).i;
			c.prog.markLookbehindInsts();
			return c.prog;
		}
		let starts = [];
		for (let i = 0; i < regexps.length; i++) {
			c.lbOffset = c.prog.numLb;
			const f = c.compile(regexps[i]);
			const m = c.newInst(Inst.MATCH);
			c.prog.getInst(m.i).arg = i;
			c.prog.patch(f.out, m.i);
			starts.push(f.i);
		}
		let start = starts[0];
		for (let i = 1; i < starts.length; i++) {
			const f = c.newInst(Inst.ALT);
			const inst = c.prog.getInst(f.i);
			inst.out = start;
			inst.arg = starts[i];
			start = f.i;
		}
		c.prog.start = start;
		c.prog.markLookbehindInsts();
		return c.prog;
	}
	constructor() {
		this.prog = new Prog();
		this.newInst(Inst.FAIL);
		this.lbOffset = 0;
		this.runeCache = /* @__PURE__ */ new Map();
		this.walker = {
			leaf: (re) => this.leaf(re),
			enter: (re) => this.enter(re),
			child: (re, state, result) => this.child(re, state, result),
			leave: (re, state) => this.leave(re, state)
		};
	}
	newInst(op) {
		this.prog.addInst(op);
		return new Frag(this.prog.numInst() - 1, new PatchList(), true);
	}
	nop() {
		const f = this.newInst(Inst.NOP);
		f.out = new PatchList(f.i << 1, f.i << 1);
		return f;
	}
	fail() {
		return new Frag();
	}
	cap(arg) {
		const f = this.newInst(Inst.CAPTURE);
		f.out = new PatchList(f.i << 1, f.i << 1);
		this.prog.getInst(f.i).arg = arg;
		if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
		return f;
	}
	cat(f1, f2) {
		if (f1.i === 0 || f2.i === 0) {
			this.prog.patch(f1.out, 0);
			this.prog.patch(f2.out, 0);
			return this.fail();
		}
		this.prog.patch(f1.out, f2.i);
		return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
	}
	alt(f1, f2) {
		if (f1.i === 0) return f2;
		if (f2.i === 0) return f1;
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		i.out = f1.i;
		i.arg = f2.i;
		f.out = this.prog.append(f1.out, f2.out);
		f.nullable = f1.nullable || f2.nullable;
		return f;
	}
	loop(f1, nongreedy) {
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		if (nongreedy) {
			i.arg = f1.i;
			f.out = new PatchList(f.i << 1, f.i << 1);
		} else {
			i.out = f1.i;
			f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
		}
		this.prog.patch(f1.out, f.i);
		return f;
	}
	quest(f1, nongreedy) {
		if (f1.i === 0) return this.nop();
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		if (nongreedy) {
			i.arg = f1.i;
			f.out = new PatchList(f.i << 1, f.i << 1);
		} else {
			i.out = f1.i;
			f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
		}
		f.out = this.prog.append(f.out, f1.out);
		return f;
	}
	star(f1, nongreedy) {
		if (f1.i === 0) return this.nop();
		if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
		return this.loop(f1, nongreedy);
	}
	plus(f1, nongreedy) {
		if (f1.i === 0) return this.fail();
		return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
	}
	empty(op) {
		const f = this.newInst(Inst.EMPTY_WIDTH);
		this.prog.getInst(f.i).arg = op;
		f.out = new PatchList(f.i << 1, f.i << 1);
		return f;
	}
	rune(runes, flags) {
		const f = this.newInst(Inst.RUNE);
		f.nullable = false;
		const i = this.prog.getInst(f.i);
		i.runes = runes;
		flags &= RE2Flags.FOLD_CASE;
		if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
		i.arg = flags;
		f.out = new PatchList(f.i << 1, f.i << 1);
		if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
		else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
		else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
		return f;
	}
	lookBehind(a, parsedLb) {
		const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
		const id = this.newInst(Inst.LB_WRITE);
		this.prog.getInst(id.i).arg = lb;
		const any = this.rune(ANY_RUNE, 0);
		const dotStar = this.star(any, true);
		const lbAutomaton = this.cat(dotStar, a);
		this.prog.patch(lbAutomaton.out, id.i);
		const checkId = this.newInst(Inst.LB_CHECK);
		this.prog.getInst(checkId.i).arg = lb;
		this.prog.lbStarts.push(lbAutomaton.i);
		if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
		checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
		return checkId;
	}
	compile(re) {
		return RegexpWalker.walk(re, this.walker);
	}
	leaf(re) {
		switch (re.op) {
			case Regexp.Op.NO_MATCH: return this.fail();
			case Regexp.Op.EMPTY_MATCH: return this.nop();
			case Regexp.Op.LITERAL: {
				if (re.runes.length === 0) return this.nop();
				let f = null;
				for (let r of re.runes) {
					let singleRune = this.runeCache.get(r);
					if (singleRune === void 0) {
						singleRune = new Int32Array([r]);
						this.runeCache.set(r, singleRune);
					}
					const f1 = this.rune(singleRune, re.flags);
					f = f === null ? f1 : this.cat(f, f1);
				}
				return f;
			}
			case Regexp.Op.CHAR_CLASS: return this.rune(re.runes, re.flags);
			case Regexp.Op.ANY_CHAR_NOT_NL: return this.rune(ANY_RUNE_NOT_NL, 0);
			case Regexp.Op.ANY_CHAR: return this.rune(ANY_RUNE, 0);
			case Regexp.Op.BEGIN_LINE: return this.empty(Utils.EMPTY_BEGIN_LINE);
			case Regexp.Op.END_LINE: return this.empty(Utils.EMPTY_END_LINE);
			case Regexp.Op.BEGIN_TEXT: return this.empty(Utils.EMPTY_BEGIN_TEXT);
			case Regexp.Op.END_TEXT: return this.empty(Utils.EMPTY_END_TEXT);
			case Regexp.Op.WORD_BOUNDARY: return this.empty(Utils.EMPTY_WORD_BOUNDARY);
			case Regexp.Op.NO_WORD_BOUNDARY: return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return this.nop();
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
	enter(re) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return { sub: null };
			case Regexp.Op.CAPTURE: return {
				bra: this.cap(re.cap << 1),
				sub: null
			};
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return { f: null };
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
	child(re, state, f1) {
		if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
		else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
		else state.sub = f1;
	}
	leave(re, state) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB: return this.lookBehind(state.sub, re.lb);
			case Regexp.Op.CAPTURE: {
				const ket = this.cap(re.cap << 1 | 1);
				return this.cat(this.cat(state.bra, state.sub), ket);
			}
			case Regexp.Op.STAR: return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.PLUS: return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.QUEST: return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return state.f;
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
};
// src/Simplify.js
var Simplify = class Simplify {
	static simplify(re) {
		if (re === null) return null;
		return RegexpWalker.walk(re, Simplify.WALKER);
	}
	static WALKER = {
		leaf: (re) => Simplify.leaf(re),
		enter: (re) => Simplify.enter(re),
		child: (re, state, result, i) => Simplify.child(re, state, result, i),
		leave: (re, state) => Simplify.leave(re, state)
	};
	static leaf(re) {
		if (re.op === Regexp.Op.CHAR_CLASS) {
			if (re.runes === null) return re;
			if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
			if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
			if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
		}
		return re;
	}
	static enter(re) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE:
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return { sub: null };
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return {
				subs: [],
				changed: false
			};
			case Regexp.Op.REPEAT:
				if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
				return { sub: null };
			default: return { result: re };
		}
	}
	static child(re, state, nsub, i) {
		if (state.subs === void 0) {
			state.sub = nsub;
			return;
		}
		if (nsub !== re.subs[i]) state.changed = true;
		if (re.op === Regexp.Op.CONCAT) {
			if (nsub.op === Regexp.Op.NO_MATCH) {
				state.result = new Regexp(Regexp.Op.NO_MATCH);
				return;
			}
			if (nsub.op === Regexp.Op.EMPTY_MATCH) {
				state.changed = true;
				return;
			}
			if (nsub.op === Regexp.Op.CONCAT) {
				state.changed = true;
				for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
				return;
			}
		} else {
			if (nsub.op === Regexp.Op.NO_MATCH) {
				state.changed = true;
				return;
			}
			if (nsub.op === Regexp.Op.ALTERNATE) {
				state.changed = true;
				for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
				return;
			}
		}
		state.subs.push(nsub);
	}
	static leave(re, state) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE: {
				const sub = state.sub;
				if (sub !== re.subs[0]) {
					const nre = Regexp.fromRegexp(re);
					nre.runes = /* @__PURE__ */ new Int32Array(0);
					nre.subs = [sub];
					return nre;
				}
				return re;
			}
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE:
				if (state.changed) {
					const newSubs = state.subs;
					if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
					if (newSubs.length === 1) return newSubs[0];
					const nre = Regexp.fromRegexp(re);
					nre.runes = /* @__PURE__ */ new Int32Array(0);
					nre.subs = newSubs;
					return nre;
				}
				return re;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return Simplify.simplify1(re.op, re.flags, state.sub, re);
			case Regexp.Op.REPEAT: return Simplify.simplifyRepeat(re, state.sub);
			default: return re;
		}
	}
	static simplifyRepeat(re, sub) {
		if (re.max === -1) {
			if (re.min === 0) return Simplify.simplify1(Regexp.Op.STAR, re.flags, sub, null);
			if (re.min === 1) return Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
			const subs = [];
			for (let i = 0; i < re.min - 1; i++) subs.push(sub);
			subs.push(Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
			return Simplify.concat(subs);
		}
		if (re.min === 1 && re.max === 1) return sub;
		let prefixSubs = null;
		if (re.min > 0) {
			prefixSubs = [];
			for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
		}
		if (re.max > re.min) {
			let suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
			for (let i = re.min + 1; i < re.max; i++) suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, Simplify.concat([sub, suffix]), null);
			if (prefixSubs === null) return suffix;
			prefixSubs.push(suffix);
		}
		if (prefixSubs !== null) return Simplify.concat(prefixSubs);
		return new Regexp(Regexp.Op.NO_MATCH);
	}
	static concat(subs) {
		const newSubs = [];
		for (let i = 0; i < subs.length; i++) {
			const sub = subs[i];
			if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
			if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
			if (sub.op === Regexp.Op.CONCAT) {
				for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
				continue;
			}
			newSubs.push(sub);
		}
		if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
		if (newSubs.length === 1) return newSubs[0];
		const nre = new Regexp(Regexp.Op.CONCAT);
		nre.subs = newSubs;
		return nre;
	}
	static simplify1(op, flags, sub, re) {
		if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
		if (sub.op === Regexp.Op.NO_MATCH) {
			if (op === Regexp.Op.PLUS) return sub;
			return new Regexp(Regexp.Op.EMPTY_MATCH);
		}
		if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
		if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
		const nre = new Regexp(op);
		nre.flags = flags;
		nre.subs = [sub];
		return nre;
	}
};
// src/CharGroup.js
var CharGroup = class {
	constructor(sign, cls) {
		this.sign = sign;
		this.cls = cls;
	}
};
const code1 = [48, 57];
const code2 = [
	9,
	10,
	12,
	13,
	32,
	32
];
const code3 = [
	48,
	57,
	65,
	90,
	95,
	95,
	97,
	122
];
const PERL_GROUPS = /* @__PURE__ */ new Map([
	["\\d", new CharGroup(1, code1)],
	["\\D", new CharGroup(-1, code1)],
	["\\s", new CharGroup(1, code2)],
	["\\S", new CharGroup(-1, code2)],
	["\\w", new CharGroup(1, code3)],
	["\\W", new CharGroup(-1, code3)]
]);
const code4 = [
	48,
	57,
	65,
	90,
	97,
	122
];
const code5 = [
	65,
	90,
	97,
	122
];
const code6 = [0, 127];
const code7 = [
	9,
	9,
	32,
	32
];
const code8 = [
	0,
	31,
	127,
	127
];
const code9 = [48, 57];
const code10 = [33, 126];
const code11 = [97, 122];
const code12 = [32, 126];
const code13 = [
	33,
	47,
	58,
	64,
	91,
	96,
	123,
	126
];
const code14 = [
	9,
	13,
	32,
	32
];
const code15 = [65, 90];
const code16 = [
	48,
	57,
	65,
	90,
	95,
	95,
	97,
	122
];
const code17 = [
	48,
	57,
	65,
	70,
	97,
	102
];
const POSIX_GROUPS = /* @__PURE__ */ new Map([
	["[:alnum:]", new CharGroup(1, code4)],
	["[:^alnum:]", new CharGroup(-1, code4)],
	["[:alpha:]", new CharGroup(1, code5)],
	["[:^alpha:]", new CharGroup(-1, code5)],
	["[:ascii:]", new CharGroup(1, code6)],
	["[:^ascii:]", new CharGroup(-1, code6)],
	["[:blank:]", new CharGroup(1, code7)],
	["[:^blank:]", new CharGroup(-1, code7)],
	["[:cntrl:]", new CharGroup(1, code8)],
	["[:^cntrl:]", new CharGroup(-1, code8)],
	["[:digit:]", new CharGroup(1, code9)],
	["[:^digit:]", new CharGroup(-1, code9)],
	["[:graph:]", new CharGroup(1, code10)],
	["[:^graph:]", new CharGroup(-1, code10)],
	["[:lower:]", new CharGroup(1, code11)],
	["[:^lower:]", new CharGroup(-1, code11)],
	["[:print:]", new CharGroup(1, code12)],
	["[:^print:]", new CharGroup(-1, code12)],
	["[:punct:]", new CharGroup(1, code13)],
	["[:^punct:]", new CharGroup(-1, code13)],
	["[:space:]", new CharGroup(1, code14)],
	["[:^space:]", new CharGroup(-1, code14)],
	["[:upper:]", new CharGroup(1, code15)],
	["[:^upper:]", new CharGroup(-1, code15)],
	["[:word:]", new CharGroup(1, code16)],
	["[:^word:]", new CharGroup(-1, code16)],
	["[:xdigit:]", new CharGroup(1, code17)],
	["[:^xdigit:]", new CharGroup(-1, code17)]
]);
// src/CharClass.js
/**
* A "builder"-style helper class for manipulating character classes represented as an array of
* pairs of runes [lo, hi], each denoting an inclusive interval.
*
* All methods mutate the internal state and return {@code this}, allowing operations to be chained.
*/
var CharClass = class CharClass {
	static charClassToString(r, len) {
		let result = "[";
		for (let i = 0; i < len; i += 2) {
			if (i > 0) result += " ";
			const lo = r[i];
			const hi = r[i + 1];
			if (lo === hi) result += `0x${lo.toString(16)}`;
			else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
		}
		result += "]";
		return result;
	}
	static sortRanges(array, len) {
		const n = len >> 1;
		const order = new Array(n);
		for (let i = 0; i < n; i++) order[i] = i;
		order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
		const sorted = array.slice(0, len);
		for (let i = 0; i < n; i++) {
			array[2 * i] = sorted[2 * order[i]];
			array[2 * i + 1] = sorted[2 * order[i] + 1];
		}
	}
	/**
	* @param {number[]|Int32Array} [r]
	*/
	constructor(r = Utils.emptyInts()) {
		/** @type {number[]|Int32Array} */
		this.r = r;
		this.len = r.length;
	}
	toArray() {
		if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
		return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
	}
	toGrowableArray() {
		if (Array.isArray(this.r)) {
			this.r.length = this.len;
			return this.r;
		}
		return Array.from(this.r.subarray(0, this.len));
	}
	cleanClass() {
		if (this.len < 4) return this;
		CharClass.sortRanges(this.r, this.len);
		let w = 2;
		for (let i = 2; i < this.len; i += 2) {
			const lo = this.r[i];
			const hi = this.r[i + 1];
			if (lo <= this.r[w - 1] + 1) {
				if (hi > this.r[w - 1]) this.r[w - 1] = hi;
				continue;
			}
			this.r[w] = lo;
			this.r[w + 1] = hi;
			w += 2;
		}
		this.len = w;
		return this;
	}
	appendLiteral(x, flags) {
		return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
	}
	appendRange(lo, hi) {
		if (this.len > 0) {
			for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
				const rlo = this.r[this.len - i];
				const rhi = this.r[this.len - i + 1];
				if (lo <= rhi + 1 && rlo <= hi + 1) {
					if (lo < rlo) this.r[this.len - i] = lo;
					if (hi > rhi) this.r[this.len - i + 1] = hi;
					return this;
				}
			}
		}
		this.r[this.len++] = lo;
		this.r[this.len++] = hi;
		return this;
	}
	appendFoldedRange(lo, hi) {
		if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
		if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
		if (lo < Unicode.MIN_FOLD) {
			this.appendRange(lo, Unicode.MIN_FOLD - 1);
			lo = Unicode.MIN_FOLD;
		}
		if (hi > Unicode.MAX_FOLD) {
			this.appendRange(Unicode.MAX_FOLD + 1, hi);
			hi = Unicode.MAX_FOLD;
		}
		for (let c = lo; c <= hi; c++) {
			this.appendRange(c, c);
			for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
		}
		return this;
	}
	appendClass(x) {
		for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
		return this;
	}
	appendFoldedClass(x) {
		for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
		return this;
	}
	appendNegatedClass(x) {
		let nextLo = 0;
		for (let i = 0; i < x.length; i += 2) {
			const lo = x[i];
			const hi = x[i + 1];
			if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
			nextLo = hi + 1;
		}
		if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
		return this;
	}
	appendTable(table) {
		for (let i = 0; i < table.length; ++i) {
			const lo = table.getLo(i);
			const hi = table.getHi(i);
			const stride = table.getStride(i);
			if (stride === 1) {
				this.appendRange(lo, hi);
				continue;
			}
			for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
		}
		return this;
	}
	appendNegatedTable(table) {
		let nextLo = 0;
		for (let i = 0; i < table.length; ++i) {
			const lo = table.getLo(i);
			const hi = table.getHi(i);
			const stride = table.getStride(i);
			if (stride === 1) {
				if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
				nextLo = hi + 1;
				continue;
			}
			for (let c = lo; c <= hi; c += stride) {
				if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
				nextLo = c + 1;
			}
		}
		if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
		return this;
	}
	appendTableWithSign(table, sign) {
		return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
	}
	negateClass() {
		let nextLo = 0;
		let w = 0;
		for (let i = 0; i < this.len; i += 2) {
			const lo = this.r[i];
			const hi = this.r[i + 1];
			if (nextLo <= lo - 1) {
				this.r[w] = nextLo;
				this.r[w + 1] = lo - 1;
				w += 2;
			}
			nextLo = hi + 1;
		}
		this.len = w;
		if (nextLo <= Unicode.MAX_RUNE) {
			this.r[this.len++] = nextLo;
			this.r[this.len++] = Unicode.MAX_RUNE;
		}
		return this;
	}
	appendClassWithSign(x, sign) {
		return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
	}
	appendGroup(g, foldCase) {
		let cls = g.cls;
		if (foldCase) cls = new CharClass().appendFoldedClass(cls).cleanClass().toArray();
		return this.appendClassWithSign(cls, g.sign);
	}
	toString() {
		return CharClass.charClassToString(this.r, this.len);
	}
};
// src/Parser.js
var StringIterator = class {
	constructor(str) {
		this.str = str;
		this.position = 0;
	}
	pos() {
		return this.position;
	}
	rewindTo(pos) {
		this.position = pos;
	}
	more() {
		return this.position < this.str.length;
	}
	peek() {
		return this.str.codePointAt(this.position);
	}
	skip(n) {
		this.position += n;
	}
	skipString(s) {
		this.position += s.length;
	}
	pop() {
		const r = this.str.codePointAt(this.position);
		this.position += Utils.charCount(r);
		return r;
	}
	lookingAt(s) {
		return this.str.startsWith(s, this.position);
	}
	rest() {
		return this.str.substring(this.position);
	}
	from(beforePos) {
		return this.str.substring(beforePos, this.position);
	}
	toString() {
		return this.rest();
	}
};
/**
* A parser of regular expression patterns.
*
* The only public entry point is {@link #parse(String pattern, int flags)}.
*/
var Parser = class Parser {
	static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
	static ERR_INVALID_CHAR_RANGE = "invalid character class range";
	static ERR_INVALID_ESCAPE = "invalid escape sequence";
	static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
	static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
	static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
	static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
	static ERR_MISSING_BRACKET = "missing closing ]";
	static ERR_MISSING_PAREN = "missing closing )";
	static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
	static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
	static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
	static ERR_UNEXPECTED_PAREN = "unexpected )";
	static ERR_NESTING_DEPTH = "expression nests too deeply";
	static ERR_LARGE = "expression too large";
	static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
	static MAX_HEIGHT = 1e3;
	static MAX_SIZE = 1398101;
	static MAX_RUNES = 33554432;
	static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		Unicode.MAX_RUNE,
		1
	]));
	static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		127,
		1
	]));
	static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		127,
		1,
		383,
		383,
		1,
		8490,
		8490,
		1
	]));
	static unicodeTable(name) {
		if (name === "Any") return {
			tab: Parser.ANY_TABLE,
			fold: Parser.ANY_TABLE,
			sign: 1
		};
		if (name === "Ascii") return {
			tab: Parser.ASCII_TABLE,
			fold: Parser.ASCII_FOLD_TABLE,
			sign: 1
		};
		if (name === "Assigned") return {
			tab: UnicodeTables.CATEGORIES.get("Cn"),
			fold: UnicodeTables.CATEGORIES.get("Cn"),
			sign: -1
		};
		if (name === "Lc") return {
			tab: UnicodeTables.CATEGORIES.get("LC"),
			fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
			sign: 1
		};
		if (UnicodeTables.CATEGORIES.has(name)) return {
			tab: UnicodeTables.CATEGORIES.get(name),
			fold: UnicodeTables.FOLD_CATEGORIES.get(name),
			sign: 1
		};
		if (UnicodeTables.SCRIPTS.has(name)) return {
			tab: UnicodeTables.SCRIPTS.get(name),
			fold: UnicodeTables.FOLD_SCRIPT.get(name),
			sign: 1
		};
		return null;
	}
	static minFoldRune(r) {
		if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
		let min = r;
		const r0 = r;
		for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
		return min;
	}
	static leadingRegexp(re) {
		if (re.op === Regexp.Op.EMPTY_MATCH) return null;
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			const sub = re.subs[0];
			if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
			return sub;
		}
		return re;
	}
	static literalRegexp(s, flags) {
		const re = new Regexp(Regexp.Op.LITERAL);
		re.flags = flags;
		re.runes = Utils.stringToRunes(s);
		return re;
	}
	/**
	* Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
	* @param {string} pattern
	* @param {number} flags
	*/
	static parse(pattern, flags) {
		return new Parser(pattern, flags).parseInternal();
	}
	static parseRepeat(t) {
		const start = t.pos();
		if (!t.more() || !t.lookingAt("{")) return -1;
		t.skip(1);
		const min = Parser.parseInt(t);
		if (min === -1) return -1;
		if (!t.more()) return -1;
		let max;
		if (!t.lookingAt(",")) max = min;
		else {
			t.skip(1);
			if (!t.more()) return -1;
			if (t.lookingAt("}")) max = -1;
			else if ((max = Parser.parseInt(t)) === -1) return -1;
		}
		if (!t.more() || !t.lookingAt("}")) return -1;
		t.skip(1);
		if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(start));
		return min << 16 | max & Unicode.MAX_BMP;
	}
	static isValidCaptureName(name) {
		if (name.length === 0) return false;
		for (let i = 0; i < name.length; i++) {
			const c = name.codePointAt(i);
			if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
		}
		return true;
	}
	static parseInt(t) {
		const start = t.pos();
		while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
		const n = t.from(start);
		if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
		if (n.length > 8) return -2;
		return parseInt(n, 10);
	}
	static isCharClass(re) {
		return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
	}
	static matchRune(re, r) {
		switch (re.op) {
			case Regexp.Op.LITERAL: return re.runes.length === 1 && re.runes[0] === r;
			case Regexp.Op.CHAR_CLASS:
				for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
				return false;
			case Regexp.Op.ANY_CHAR_NOT_NL: return r !== Codepoint.CODES["\n"];
			case Regexp.Op.ANY_CHAR: return true;
		}
		return false;
	}
	static mergeCharClass(dst, src) {
		switch (dst.op) {
			case Regexp.Op.ANY_CHAR: break;
			case Regexp.Op.ANY_CHAR_NOT_NL:
				if (Parser.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
				break;
			case Regexp.Op.CHAR_CLASS: {
				const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
				if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
				else cc.appendClass(src.runes);
				dst.runes = cc.toGrowableArray();
				break;
			}
			case Regexp.Op.LITERAL:
				if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
				dst.op = Regexp.Op.CHAR_CLASS;
				dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
		}
	}
	static parseEscape(t) {
		const startPos = t.pos();
		t.skip(1);
		if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_TRAILING_BACKSLASH);
		let c = t.pop();
		bigswitch: switch (c) {
			case Codepoint.CODES["1"]:
			case Codepoint.CODES["2"]:
			case Codepoint.CODES["3"]:
			case Codepoint.CODES["4"]:
			case Codepoint.CODES["5"]:
			case Codepoint.CODES["6"]:
			case Codepoint.CODES["7"]: if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
			case Codepoint.CODES["0"]: {
				let r = c - Codepoint.CODES["0"];
				for (let i = 1; i < 3; i++) {
					if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
					r = r * 8 + t.peek() - Codepoint.CODES["0"];
					t.skip(1);
				}
				return r;
			}
			case Codepoint.CODES["x"]: {
				if (!t.more()) break;
				c = t.pop();
				if (c === Codepoint.CODES["{"]) {
					let nhex = 0;
					let r = 0;
					while (true) {
						if (!t.more()) break bigswitch;
						c = t.pop();
						if (c === Codepoint.CODES["}"]) break;
						const v = Utils.unhex(c);
						if (v < 0) break bigswitch;
						r = r * 16 + v;
						if (r > Unicode.MAX_RUNE) break bigswitch;
						nhex++;
					}
					if (nhex === 0) break bigswitch;
					return r;
				}
				const x = Utils.unhex(c);
				if (!t.more()) break;
				c = t.pop();
				const y = Utils.unhex(c);
				if (x < 0 || y < 0) break;
				return x * 16 + y;
			}
			case Codepoint.CODES["a"]: return Codepoint.CODES["\x07"];
			case Codepoint.CODES["f"]: return Codepoint.CODES["\f"];
			case Codepoint.CODES["n"]: return Codepoint.CODES["\n"];
			case Codepoint.CODES["r"]: return Codepoint.CODES["\r"];
			case Codepoint.CODES["t"]: return Codepoint.CODES["	"];
			case Codepoint.CODES["v"]: return Codepoint.CODES["\v"];
			default: if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
		}
		throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, t.from(startPos));
	}
	static parseClassChar(t, wholeClassPos) {
		if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_MISSING_BRACKET, t.from(wholeClassPos));
		if (t.lookingAt("\\")) return Parser.parseEscape(t);
		return t.pop();
	}
	static hasCapture(re) {
		if (re === null) return false;
		if (re.op === Regexp.Op.CAPTURE) return true;
		if (re.subs) {
			for (let sub of re.subs) if (Parser.hasCapture(sub)) return true;
		}
		return false;
	}
	constructor(wholeRegexp, flags = 0) {
		this.wholeRegexp = wholeRegexp;
		this.flags = flags;
		this.numCap = 0;
		this.namedGroups = Object.create(null);
		this.stack = [];
		this.free = null;
		this.numRegexp = 0;
		this.numRunes = 0;
		this.repeats = 0;
		this.height = null;
		this.size = null;
		this.nlb = 0;
	}
	newRegexp(op) {
		let re = this.free;
		if (re !== null && re.subs !== null && re.subs.length > 0) {
			this.free = re.subs[0];
			re.reinit();
			re.op = op;
		} else {
			re = new Regexp(op);
			this.numRegexp += 1;
		}
		return re;
	}
	reuse(re) {
		if (this.height !== null && this.height.has(re)) this.height.delete(re);
		if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
		this.free = re;
	}
	checkLimits(re) {
		if (this.numRunes > Parser.MAX_RUNES) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
		this.checkSize(re);
		this.checkHeight(re);
	}
	checkSize(re) {
		if (this.size === null) {
			if (this.repeats === 0) this.repeats = 1;
			if (re.op === Regexp.Op.REPEAT) {
				let n = re.max;
				if (n === -1) n = re.min;
				if (n <= 0) n = 1;
				if (n > Math.floor(Parser.MAX_SIZE / this.repeats)) this.repeats = Parser.MAX_SIZE;
				else this.repeats *= n;
			}
			if (this.numRegexp < Math.floor(Parser.MAX_SIZE / this.repeats)) return;
			this.size = /* @__PURE__ */ new Map();
			for (let reEx of this.stack) this.checkSize(reEx);
		}
		if (this.calcSize(re, true) > Parser.MAX_SIZE) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
	}
	calcSize(re, force = false) {
		if (!force && this.size !== null) {
			if (this.size.has(re)) return this.size.get(re);
		}
		let size = 0;
		switch (re.op) {
			case Regexp.Op.LITERAL:
				size = re.runes.length;
				break;
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE:
			case Regexp.Op.STAR:
				size = 2 + this.calcSize(re.subs[0]);
				break;
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
				size = 1 + this.calcSize(re.subs[0]);
				break;
			case Regexp.Op.CONCAT:
				for (let sub of re.subs) size = size + this.calcSize(sub);
				break;
			case Regexp.Op.ALTERNATE:
				for (let sub of re.subs) size = size + this.calcSize(sub);
				if (re.subs.length > 1) size = size + re.subs.length - 1;
				break;
			case Regexp.Op.REPEAT: {
				let sub = this.calcSize(re.subs[0]);
				if (re.max === -1) {
					if (re.min === 0) size = 2 + sub;
					else size = 1 + re.min * sub;
					break;
				}
				size = re.max * sub + (re.max - re.min);
				break;
			}
		}
		size = Math.max(1, size);
		if (this.size === null) this.size = /* @__PURE__ */ new Map();
		this.size.set(re, size);
		return size;
	}
	checkHeight(re) {
		if (this.numRegexp < Parser.MAX_HEIGHT) return;
		if (this.height === null) {
			this.height = /* @__PURE__ */ new Map();
			for (let reEx of this.stack) this.checkHeight(reEx);
		}
		if (this.calcHeight(re, true) > Parser.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser.ERR_NESTING_DEPTH);
	}
	calcHeight(re, force = false) {
		if (!force && this.height !== null) {
			if (this.height.has(re)) return this.height.get(re);
		}
		let h = 1;
		for (let sub of re.subs) {
			const hsub = this.calcHeight(sub);
			if (h < 1 + hsub) h = 1 + hsub;
		}
		if (this.height === null) this.height = /* @__PURE__ */ new Map();
		this.height.set(re, h);
		return h;
	}
	pop() {
		return this.stack.pop();
	}
	popToPseudo() {
		const n = this.stack.length;
		let i = n;
		while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
		return this.stack.splice(i, n - i);
	}
	push(re) {
		this.numRunes += re.runes.length;
		if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
			if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
			re.op = Regexp.Op.LITERAL;
			re.runes = [re.runes[0]];
			re.flags = this.flags & ~RE2Flags.FOLD_CASE;
		} else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
			if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
			re.op = Regexp.Op.LITERAL;
			re.runes = [re.runes[0]];
			re.flags = this.flags | RE2Flags.FOLD_CASE;
		} else this.maybeConcat(-1, 0);
		this.stack.push(re);
		this.checkLimits(re);
		return re;
	}
	maybeConcat(r, flags) {
		const n = this.stack.length;
		if (n < 2) return false;
		const re1 = this.stack[n - 1];
		const re2 = this.stack[n - 2];
		if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
		if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
		for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
		if (r >= 0) {
			re1.runes = [r];
			re1.flags = flags;
			return true;
		}
		this.pop();
		this.reuse(re1);
		return false;
	}
	newLiteral(r, flags) {
		const re = this.newRegexp(Regexp.Op.LITERAL);
		re.flags = flags;
		if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser.minFoldRune(r);
		re.runes = [r];
		return re;
	}
	literal(r) {
		this.push(this.newLiteral(r, this.flags));
	}
	op(op) {
		const re = this.newRegexp(op);
		re.flags = this.flags;
		return this.push(re);
	}
	repeat(op, min, max, beforePos, t, lastRepeatPos) {
		let flags = this.flags;
		if ((flags & RE2Flags.PERL_X) !== 0) {
			if (t.more() && t.lookingAt("?")) {
				t.skip(1);
				flags ^= RE2Flags.NON_GREEDY;
			}
			if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
		}
		const n = this.stack.length;
		if (n === 0) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
		const sub = this.stack[n - 1];
		if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
		const re = this.newRegexp(op);
		re.min = min;
		re.max = max;
		re.flags = flags;
		re.subs = [sub];
		this.stack[n - 1] = re;
		this.checkLimits(re);
		if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
	}
	repeatIsValid(re, n) {
		if (re.op === Regexp.Op.REPEAT) {
			let m = re.max;
			if (m === 0) return true;
			if (m < 0) m = re.min;
			if (m > n) return false;
			if (m > 0) n = Math.trunc(n / m);
		}
		for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
		return true;
	}
	concat() {
		this.maybeConcat(-1, 0);
		const subs = this.popToPseudo();
		if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
		return this.push(this.collapse(subs, Regexp.Op.CONCAT));
	}
	alternate() {
		const subs = this.popToPseudo();
		if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
		if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
		return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
	}
	cleanAlt(re) {
		if (re.op === Regexp.Op.CHAR_CLASS) {
			re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
			if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
				re.runes = /* @__PURE__ */ new Int32Array(0);
				re.op = Regexp.Op.ANY_CHAR;
			} else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
				re.runes = /* @__PURE__ */ new Int32Array(0);
				re.op = Regexp.Op.ANY_CHAR_NOT_NL;
			}
		}
	}
	collapse(subs, op) {
		if (subs.length === 1) return subs[0];
		let len = 0;
		for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
		let newsubs = new Array(len).fill(null);
		let i = 0;
		for (let sub of subs) if (sub.op === op) {
			for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
			this.reuse(sub);
		} else newsubs[i++] = sub;
		let re = this.newRegexp(op);
		re.subs = newsubs;
		if (op === Regexp.Op.ALTERNATE) {
			re.subs = this.factor(re.subs);
			if (re.subs.length === 1) {
				const old = re;
				re = re.subs[0];
				this.reuse(old);
			}
		}
		return re;
	}
	factor(array) {
		if (array.length < 2) return array;
		let s = 0;
		let lensub = array.length;
		let lenout = 0;
		let str = null;
		let strlen = 0;
		let strflags = 0;
		let start = 0;
		for (let i = 0; i <= lensub; i++) {
			let istr = null;
			let istrlen = 0;
			let iflags = 0;
			if (i < lensub) {
				let re = array[s + i];
				if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
				if (re.op === Regexp.Op.LITERAL) {
					istr = re.runes;
					istrlen = re.runes.length;
					iflags = re.flags & RE2Flags.FOLD_CASE;
				}
				if (iflags === strflags) {
					let same = 0;
					while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
					if (same > 0) {
						strlen = same;
						continue;
					}
				}
			}
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				const prefix = this.newRegexp(Regexp.Op.LITERAL);
				prefix.flags = strflags;
				prefix.runes = str.slice(0, strlen);
				for (let j = start; j < i; j++) {
					array[s + j] = this.removeLeadingString(array[s + j], strlen);
					this.checkLimits(array[s + j]);
				}
				const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
				const re = this.newRegexp(Regexp.Op.CONCAT);
				re.subs = [prefix, suffix];
				array[lenout++] = re;
			}
			start = i;
			str = istr;
			strlen = istrlen;
			strflags = iflags;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		let first = null;
		for (let i = 0; i <= lensub; i++) {
			let ifirst = null;
			if (i < lensub) {
				ifirst = Parser.leadingRegexp(array[s + i]);
				if (first !== null && first.equals(ifirst) && (Parser.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser.isCharClass(first.subs[0]))) continue;
			}
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				const prefix = first;
				for (let j = start; j < i; j++) {
					const reuse = j !== start;
					array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
					this.checkLimits(array[s + j]);
				}
				const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
				const re = this.newRegexp(Regexp.Op.CONCAT);
				re.subs = [prefix, suffix];
				array[lenout++] = re;
			}
			start = i;
			first = ifirst;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		for (let i = 0; i <= lensub; i++) {
			if (i < lensub && Parser.isCharClass(array[s + i])) continue;
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				let max = start;
				for (let j = start + 1; j < i; j++) {
					const subMax = array[s + max];
					const subJ = array[s + j];
					if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
				}
				const tmp = array[s + start];
				array[s + start] = array[s + max];
				array[s + max] = tmp;
				for (let j = start + 1; j < i; j++) {
					Parser.mergeCharClass(array[s + start], array[s + j]);
					this.reuse(array[s + j]);
				}
				this.cleanAlt(array[s + start]);
				array[lenout++] = array[s + start];
			}
			if (i < lensub) array[lenout++] = array[s + i];
			start = i + 1;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		for (let i = 0; i < lensub; ++i) {
			if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
			array[lenout++] = array[s + i];
		}
		lensub = lenout;
		s = 0;
		return array.slice(s, lensub);
	}
	removeLeadingString(re, n) {
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			const sub = this.removeLeadingString(re.subs[0], n);
			re.subs[0] = sub;
			if (sub.op === Regexp.Op.EMPTY_MATCH) {
				this.reuse(sub);
				switch (re.subs.length) {
					case 0:
					case 1:
						re.op = Regexp.Op.EMPTY_MATCH;
						re.subs = Regexp.emptySubs();
						break;
					case 2: {
						const old = re;
						re = re.subs[1];
						this.reuse(old);
						break;
					}
					default: re.subs = re.subs.slice(1, re.subs.length);
				}
			}
			return re;
		}
		if (re.op === Regexp.Op.LITERAL) {
			re.runes = re.runes.slice(n, re.runes.length);
			if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
		}
		return re;
	}
	removeLeadingRegexp(re, reuse) {
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			if (reuse) this.reuse(re.subs[0]);
			re.subs = re.subs.slice(1, re.subs.length);
			switch (re.subs.length) {
				case 0:
					re.op = Regexp.Op.EMPTY_MATCH;
					re.subs = Regexp.emptySubs();
					break;
				case 1: {
					const old = re;
					re = re.subs[0];
					this.reuse(old);
					break;
				}
			}
			return re;
		}
		if (reuse) this.reuse(re);
		return this.newRegexp(Regexp.Op.EMPTY_MATCH);
	}
	parseInternal() {
		if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser.literalRegexp(this.wholeRegexp, this.flags);
		let lastRepeatPos = -1;
		let min = -1;
		let max = -1;
		const t = new StringIterator(this.wholeRegexp);
		while (t.more()) {
			let repeatPos = -1;
			bigswitch: switch (t.peek()) {
				case Codepoint.CODES["("]:
					if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
						if (t.lookingAt("(?<=")) {
							this.parsePosLookBehind();
							t.skip(4);
							break;
						}
						if (t.lookingAt("(?<!")) {
							this.parseNegLookBehind();
							t.skip(4);
							break;
						}
					}
					if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
						this.parsePerlFlags(t);
						break;
					}
					this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
					t.skip(1);
					break;
				case Codepoint.CODES["|"]:
					this.parseVerticalBar();
					t.skip(1);
					break;
				case Codepoint.CODES[")"]:
					this.parseRightParen();
					t.skip(1);
					break;
				case Codepoint.CODES["^"]:
					if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
					else this.op(Regexp.Op.BEGIN_LINE);
					t.skip(1);
					break;
				case Codepoint.CODES["$"]:
					if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
					else this.op(Regexp.Op.END_LINE);
					t.skip(1);
					break;
				case Codepoint.CODES["."]:
					if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
					else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
					t.skip(1);
					break;
				case Codepoint.CODES["["]:
					this.parseClass(t);
					break;
				case Codepoint.CODES["*"]:
				case Codepoint.CODES["+"]:
				case Codepoint.CODES["?"]: {
					repeatPos = t.pos();
					let op = null;
					switch (t.pop()) {
						case Codepoint.CODES["*"]:
							op = Regexp.Op.STAR;
							break;
						case Codepoint.CODES["+"]:
							op = Regexp.Op.PLUS;
							break;
						case Codepoint.CODES["?"]: op = Regexp.Op.QUEST;
					}
					this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
					break;
				}
				case Codepoint.CODES["{"]: {
					const before = t.pos();
					const minMax = Parser.parseRepeat(t);
					if (minMax < 0) {
						t.rewindTo(before);
						this.literal(t.pop());
						break;
					}
					repeatPos = before;
					min = minMax >> 16;
					max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
					this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
					break;
				}
				case Codepoint.CODES["\\"]: {
					const savedPos = t.pos();
					t.skip(1);
					if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
						case Codepoint.CODES["A"]:
							this.op(Regexp.Op.BEGIN_TEXT);
							break bigswitch;
						case Codepoint.CODES["b"]:
							this.op(Regexp.Op.WORD_BOUNDARY);
							break bigswitch;
						case Codepoint.CODES["B"]:
							this.op(Regexp.Op.NO_WORD_BOUNDARY);
							break bigswitch;
						case Codepoint.CODES["C"]: throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, "\\C");
						case Codepoint.CODES["Q"]: {
							let lit = t.rest();
							const i = lit.indexOf("\\E");
							if (i >= 0) {
								lit = lit.substring(0, i);
								t.skipString(lit);
								t.skipString("\\E");
							} else t.skipString(lit);
							let j = 0;
							while (j < lit.length) {
								const codepoint = lit.codePointAt(j);
								this.literal(codepoint);
								j += Utils.charCount(codepoint);
							}
							break bigswitch;
						}
						case Codepoint.CODES["z"]:
							this.op(Regexp.Op.END_TEXT);
							break bigswitch;
						default: t.rewindTo(savedPos);
					}
					else t.rewindTo(savedPos);
					const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
					re.flags = this.flags;
					if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
						const cc = new CharClass();
						if (this.parseUnicodeClass(t, cc)) {
							re.runes = cc.toArray();
							this.push(re);
							break bigswitch;
						}
					}
					const cc = new CharClass();
					if (this.parsePerlClassEscape(t, cc)) {
						re.runes = cc.toArray();
						this.push(re);
						break bigswitch;
					}
					t.rewindTo(savedPos);
					this.reuse(re);
					this.literal(Parser.parseEscape(t));
					break;
				}
				default: this.literal(t.pop());
			}
			lastRepeatPos = repeatPos;
		}
		this.concat();
		if (this.swapVerticalBar()) this.pop();
		this.alternate();
		if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser.ERR_MISSING_PAREN, this.wholeRegexp);
		this.stack[0].namedGroups = this.namedGroups;
		return this.stack[0];
	}
	parsePerlFlags(t) {
		const startPos = t.pos();
		const s = t.rest();
		if (s.startsWith("(?P<") || s.startsWith("(?<")) {
			const begin = s.charAt(2) === "P" ? 4 : 3;
			const end = s.indexOf(">");
			if (end < 0) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s);
			const name = s.substring(begin, end);
			t.skipString(name);
			t.skip(begin + 1);
			if (!Parser.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
			const re = this.op(Regexp.Op.LEFT_PAREN);
			re.cap = ++this.numCap;
			if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser.ERR_DUPLICATE_NAMED_CAPTURE, name);
			this.namedGroups[name] = this.numCap;
			re.name = name;
			return;
		}
		t.skip(2);
		let flags = this.flags;
		let sign = 1;
		let sawFlag = false;
		loop: while (t.more()) {
			const c = t.pop();
			switch (c) {
				case Codepoint.CODES["i"]:
					flags |= RE2Flags.FOLD_CASE;
					sawFlag = true;
					break;
				case Codepoint.CODES["m"]:
					flags &= ~RE2Flags.ONE_LINE;
					sawFlag = true;
					break;
				case Codepoint.CODES["s"]:
					flags |= RE2Flags.DOT_NL;
					sawFlag = true;
					break;
				case Codepoint.CODES["U"]:
					flags |= RE2Flags.NON_GREEDY;
					sawFlag = true;
					break;
				case Codepoint.CODES["-"]:
					if (sign < 0) break loop;
					sign = -1;
					flags = ~flags;
					sawFlag = false;
					break;
				case Codepoint.CODES[":"]:
				case Codepoint.CODES[")"]:
					if (sign < 0) {
						if (!sawFlag) break loop;
						flags = ~flags;
					}
					if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
					this.flags = flags;
					return;
				default: break loop;
			}
		}
		throw new RE2JSSyntaxException(Parser.ERR_INVALID_PERL_OP, t.from(startPos));
	}
	parsePosLookBehind() {
		const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
		re.flags = this.flags;
		re.lb = ++this.nlb;
		return this.push(re);
	}
	parseNegLookBehind() {
		const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
		re.flags = this.flags;
		re.lb = -++this.nlb;
		return this.push(re);
	}
	parseVerticalBar() {
		this.concat();
		if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
	}
	swapVerticalBar() {
		const n = this.stack.length;
		if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser.isCharClass(this.stack[n - 1]) && Parser.isCharClass(this.stack[n - 3])) {
			let re1 = this.stack[n - 1];
			let re3 = this.stack[n - 3];
			if (re1.op > re3.op) {
				const tmp = re3;
				re3 = re1;
				re1 = tmp;
				this.stack[n - 3] = re3;
			}
			Parser.mergeCharClass(re3, re1);
			this.reuse(re1);
			this.pop();
			return true;
		}
		if (n >= 2) {
			const re1 = this.stack[n - 1];
			const re2 = this.stack[n - 2];
			if (re2.op === Regexp.Op.VERTICAL_BAR) {
				if (n >= 3) this.cleanAlt(this.stack[n - 3]);
				this.stack[n - 2] = re1;
				this.stack[n - 1] = re2;
				return true;
			}
		}
		return false;
	}
	parseRightParen() {
		this.concat();
		if (this.swapVerticalBar()) this.pop();
		this.alternate();
		if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
		const re1 = this.pop();
		const re2 = this.pop();
		if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
		this.flags = re2.flags;
		if (re2.lb !== 0) {
			if (Parser.hasCapture(re1)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
			if (re2.lb > 0) re2.op = Regexp.Op.PLB;
			else re2.op = Regexp.Op.NLB;
			re2.subs = [re1];
			this.push(re2);
			return;
		}
		if (re2.cap === 0) this.push(re1);
		else {
			re2.op = Regexp.Op.CAPTURE;
			re2.subs = [re1];
			this.push(re2);
		}
	}
	parsePerlClassEscape(t, cc) {
		const beforePos = t.pos();
		if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
		t.pop();
		const p = t.from(beforePos);
		const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
		if (g === null) return false;
		cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
		return true;
	}
	parseNamedClass(t, cc) {
		const cls = t.rest();
		const i = cls.indexOf(":]");
		if (i < 0) return false;
		const name = cls.substring(0, i + 2);
		t.skipString(name);
		const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
		if (g === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, name);
		cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
		return true;
	}
	parseUnicodeClass(t, cc) {
		const startPos = t.pos();
		if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
		t.skip(1);
		let sign = 1;
		let c = t.pop();
		if (c === Codepoint.CODES["P"]) sign = -1;
		if (!t.more()) {
			t.rewindTo(startPos);
			throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
		}
		c = t.pop();
		let name;
		if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
		else {
			const rest = t.rest();
			const end = rest.indexOf("}");
			if (end < 0) {
				t.rewindTo(startPos);
				throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
			}
			name = rest.substring(0, end);
			t.skipString(name);
			t.skip(1);
		}
		if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
			sign = 0 - sign;
			name = name.substring(1);
		}
		const pair = Parser.unicodeTable(name);
		if (pair === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(startPos));
		if (pair.sign < 0) sign = 0 - sign;
		const tab = pair.tab;
		const fold = pair.fold;
		if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
		else {
			const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
			cc.appendClassWithSign(Array.from(tmp), sign);
		}
		return true;
	}
	parseClass(t) {
		const startPos = t.pos();
		t.skip(1);
		const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
		re.flags = this.flags;
		const cc = new CharClass();
		let sign = 1;
		if (t.more() && t.lookingAt("^")) {
			sign = -1;
			t.skip(1);
			if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
		}
		let first = true;
		while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
			if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
				const s = t.rest();
				if (s === "-" || !s.startsWith("-]")) {
					t.rewindTo(startPos);
					throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
				}
			}
			first = false;
			const beforePos = t.pos();
			if (t.lookingAt("[:")) {
				if (this.parseNamedClass(t, cc)) continue;
				t.rewindTo(beforePos);
			}
			if (this.parseUnicodeClass(t, cc)) continue;
			if (this.parsePerlClassEscape(t, cc)) continue;
			t.rewindTo(beforePos);
			const lo = Parser.parseClassChar(t, startPos);
			let hi = lo;
			if (t.more() && t.lookingAt("-")) {
				t.skip(1);
				if (t.more() && t.lookingAt("]")) t.skip(-1);
				else {
					hi = Parser.parseClassChar(t, startPos);
					if (hi < lo) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
				}
			}
			if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
			else cc.appendFoldedRange(lo, hi);
		}
		t.skip(1);
		cc.cleanClass();
		if (sign < 0) cc.negateClass();
		re.runes = cc.toArray();
		this.push(re);
	}
};
// src/RE2.js
/**
* An RE2 class instance is a compiled representation of an RE2 regular expression, independent of
* the public Java-like Pattern/Matcher API.
*
* This class also contains various implementation helpers for RE2 regular expressions.
*
* Use the {@link #quoteMeta(String)} utility function to quote all regular expression
* metacharacters in an arbitrary string.
*
*/
var RE2 = class RE2 {
	static initTest(expr) {
		const re2 = RE2.compile(expr);
		const res = new RE2(re2.expr, re2.prog, re2.numSubexp, re2.longest);
		res.cond = re2.cond;
		res.prefix = re2.prefix;
		res.prefixUTF8 = re2.prefixUTF8;
		res.prefixComplete = re2.prefixComplete;
		res.prefixRune = re2.prefixRune;
		res.prefilter = re2.prefilter;
		res.namedGroups = re2.namedGroups;
		return res;
	}
	/**
	* Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
	* used to match against text.
	*
	* When matching against text, the regexp returns a match that begins as early as possible in the
	* input (leftmost), and among those it chooses the one that a backtracking search would have
	* found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
	* and other implementations use, although this package implements it without the expense of
	* backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
	*/
	static compile(expr) {
		return RE2.compileImpl(expr, RE2Flags.PERL, false);
	}
	/**
	* {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
	* (egrep) syntax and changes the match semantics to leftmost-longest.
	*
	* That is, when matching against text, the regexp returns a match that begins as early as
	* possible in the input (leftmost), and among those it chooses a match that is as long as
	* possible. This so-called leftmost-longest matching is the same semantics that early regular
	* expression implementations used and that POSIX specifies.
	*
	* However, there can be multiple leftmost-longest matches, with different submatch choices, and
	* here this package diverges from POSIX. Among the possible leftmost-longest matches, this
	* package chooses the one that a backtracking search would have found first, while POSIX
	* specifies that the match be chosen to maximize the length of the first subexpression, then the
	* second, and so on from left to right. The POSIX rule is computationally prohibitive and not
	* even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
	*/
	static compilePOSIX(expr) {
		return RE2.compileImpl(expr, RE2Flags.POSIX, true);
	}
	static compileImpl(expr, mode, longest) {
		let re = Parser.parse(expr, mode);
		const maxCap = re.maxCap();
		const namedGroups = re.namedGroups;
		re = Simplify.simplify(re);
		const prefilter = PrefilterTree.build(re);
		const prog = Compiler.compileRegexp(re);
		const re2 = new RE2(expr, prog, maxCap, longest);
		re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
		const [prefixCompl, prefixStr] = prog.prefix();
		re2.prefixComplete = prefixCompl;
		re2.prefix = prefixStr;
		re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
		if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
		re2.namedGroups = namedGroups;
		return re2;
	}
	/**
	* Returns true iff textual regular expression {@code pattern} matches string {@code s}.
	*
	* More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
	*/
	static match(pattern, s) {
		return RE2.compile(pattern).match(s);
	}
	constructor(expr, prog, numSubexp = 0, longest = 0) {
		this.expr = expr;
		this.prog = prog;
		this.numSubexp = numSubexp;
		this.longest = longest;
		this.cond = prog.startCond();
		this.prefix = null;
		this.prefixUTF8 = null;
		this.prefixComplete = false;
		this.prefixRune = 0;
		/** @type {Record<string, number>} */
		this.namedGroups = Object.create(null);
		this.machinePool = [];
		this.lazyDFA = null;
		this.onepass = OnePass.compile(this.prog);
		this.prefilter = null;
	}
	get dfa() {
		if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
		return this.lazyDFA;
	}
	matchPrefixComplete(input, pos, anchor, ncap) {
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
		let matchStart = -1;
		let matchEnd = -1;
		const pLen = input.prefixLength(this);
		if (anchor === RE2Flags.UNANCHORED) {
			const idx = input.index(this, pos);
			if (idx < 0) return null;
			matchStart = pos + idx;
			matchEnd = matchStart + pLen;
		} else if (anchor === RE2Flags.ANCHOR_BOTH) {
			if (input.endPos() !== pLen) return null;
			if (input.index(this, 0) !== 0) return null;
			matchStart = 0;
			matchEnd = pLen;
		} else if (anchor === RE2Flags.ANCHOR_START) {
			if (input.index(this, 0) !== 0) return null;
			matchStart = 0;
			matchEnd = pLen;
		}
		if (matchStart < 0) return null;
		if (ncap > 0) {
			const matchcap = new Int32Array(ncap).fill(-1);
			matchcap[0] = matchStart;
			matchcap[1] = matchEnd;
			return Array.from(matchcap);
		}
		return [];
	}
	createLookbehindState() {
		return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
	}
	executeEngine(input, pos, anchor, ncap, lbState = null) {
		if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
		if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
			if (!this.prefilter.eval(input, pos)) return null;
		}
		if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
		if (ncap > 0) {
			if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
			return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
		}
		if (this.prog.numLb === 0) {
			const dfaResult = this.dfa.match(input, pos, anchor);
			if (dfaResult !== null) return dfaResult ? [] : null;
			if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
		}
		return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
	}
	/**
	* Returns the number of parenthesized subexpressions in this regular expression.
	*/
	numberOfCapturingGroups() {
		return this.numSubexp;
	}
	/**
	* Returns the number of instructions in this compiled regular expression program.
	*/
	numberOfInstructions() {
		return this.prog.numInst();
	}
	get() {
		return this.machinePool.length > 0 ? this.machinePool.pop() : null;
	}
	reset() {
		this.machinePool.length = 0;
	}
	put(m) {
		this.machinePool.push(m);
	}
	toString() {
		return this.expr;
	}
	doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
		let m = this.get();
		if (!m) m = Machine.fromRE2(this);
		m.init(ncap);
		const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
		this.put(m);
		return cap;
	}
	match(s) {
		return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
	}
	/**
	* Matches the regular expression against input starting at position start and ending at position
	* end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
	* pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
	* array. It is most efficient not to ask for submatch boundaries.
	*
	* @param input the input byte array
	* @param start the beginning position in the input
	* @param end the end position in the input
	* @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
	* @param group the array to fill with submatch positions
	* @param ngroup the number of array pairs to fill in
	* @param lbState optional state carried between successive matches over the same input (see
	*   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
	* @returns true if a match was found
	*/
	matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
		if (!(input instanceof MatcherInputBase)) {
			if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
			else input = MatcherInput.utf16(input);
		}
		return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
	}
	matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
		if (start > end) return [false, null];
		const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
		const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
		if (groupMatch === null) return [false, null];
		return [true, groupMatch];
	}
	/**
	* Returns true iff this regexp matches the UTF-8 byte array {@code b}.
	*/
	matchUTF8(b) {
		return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
	}
	/**
	* Returns a copy of {@code src} in which all matches for this regexp have been replaced by
	* {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceAll(src, repl) {
		return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
	}
	/**
	* Returns a copy of {@code src} in which only the first match for this regexp has been replaced
	* by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceFirst(src, repl) {
		return this.replaceAllFunc(src, () => repl, 1);
	}
	/**
	* Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
	* been replaced by the return value of of function {@code repl} (whose first argument is the
	* matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceAllFunc(src, replFunc, maxReplaces) {
		let lastMatchEnd = 0;
		let searchPos = 0;
		let out = "";
		const input = MachineInput.fromUTF16(src);
		const lbState = this.createLookbehindState();
		let numReplaces = 0;
		while (searchPos <= src.length) {
			const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
			if (a === null || a.length === 0) break;
			out += src.substring(lastMatchEnd, a[0]);
			if (a[1] > lastMatchEnd || a[0] === 0) {
				out += replFunc(src.substring(a[0], a[1]));
				numReplaces++;
			}
			lastMatchEnd = a[1];
			const width = input.step(searchPos) & 7;
			if (searchPos + width > a[1]) searchPos += width;
			else if (searchPos + 1 > a[1]) searchPos++;
			else searchPos = a[1];
			if (numReplaces >= maxReplaces) break;
		}
		out += src.substring(lastMatchEnd);
		return out;
	}
	pad(a) {
		if (a === null) return null;
		let n = (1 + this.numSubexp) * 2;
		if (a.length < n) {
			let a2 = new Array(n).fill(-1);
			for (let i = 0; i < a.length; i++) a2[i] = a[i];
			a = a2;
		}
		return a;
	}
	allMatches(input, n, deliverFun = (v) => v) {
		let result = [];
		const end = input.endPos();
		if (n < 0) n = end + 1;
		let pos = 0;
		let i = 0;
		let prevMatchEnd = -1;
		const lbState = this.createLookbehindState();
		while (i < n && pos <= end) {
			const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
			if (matches === null || matches.length === 0) break;
			let accept = true;
			if (matches[1] === pos) {
				if (matches[0] === prevMatchEnd) accept = false;
				const r = input.step(pos);
				if (r < 0) pos = end + 1;
				else pos += r & 7;
			} else pos = matches[1];
			prevMatchEnd = matches[1];
			if (accept) {
				result.push(deliverFun(this.pad(matches)));
				i++;
			}
		}
		return result;
	}
	/**
	* Returns an array holding the text of the leftmost match in {@code b} of this regular
	* expression.
	*
	* A return value of null indicates no match.
	*/
	findUTF8(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return null;
		return b.slice(a[0], a[1]);
	}
	/**
	* Returns a two-element array of integers defining the location of the leftmost match in
	* {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
	*
	* A return value of null indicates no match.
	*/
	findUTF8Index(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return null;
		return a.slice(0, 2);
	}
	/**
	* Returns a string holding the text of the leftmost match in {@code s} of this regular
	* expression.
	*
	* If there is no match, the return value is an empty string, but it will also be empty if the
	* regular expression successfully matches an empty string. Use {@link #findIndex} or
	* {@link #findSubmatch} if it is necessary to distinguish these cases.
	*/
	find(s) {
		const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return "";
		return s.substring(a[0], a[1]);
	}
	/**
	* Returns a two-element array of integers defining the location of the leftmost match in
	* {@code s} of this regular expression. The match itself is at
	* {@code s.substring(loc[0], loc[1])}.
	*
	* A return value of null indicates no match.
	*/
	findIndex(s) {
		return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
	}
	/**
	* Returns an array of arrays the text of the leftmost match of the regular expression in
	* {@code b} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findUTF8Submatch(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
		if (a === null) return null;
		const ret = new Array(1 + this.numSubexp).fill(null);
		for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
		return ret;
	}
	/**
	* Returns an array holding the index pairs identifying the leftmost match of this regular
	* expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
	* <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
	*
	* A return value of null indicates no match.
	*/
	findUTF8SubmatchIndex(b) {
		return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
	}
	/**
	* Returns an array of strings holding the text of the leftmost match of the regular expression in
	* {@code s} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findSubmatch(s) {
		const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
		if (a === null) return null;
		const ret = new Array(1 + this.numSubexp).fill(null);
		for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
		return ret;
	}
	/**
	* Returns an array holding the index pairs identifying the leftmost match of this regular
	* expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findSubmatchIndex(s) {
		return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
	}
	/**
	* {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
	* list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*
	* TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
	* by |b|.
	*/
	findAllUTF8(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
	* returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8Index(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
	* to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
	* description above.
	*
	* A return value of null indicates no match.
	*/
	findAll(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
	* list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllIndex(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
	* it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8Submatch(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
			let slice = new Array(match.length / 2 | 0).fill(null);
			for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
			return slice;
		});
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
	* {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
	* expression, as defined by the <a href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8SubmatchIndex(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n);
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
	* returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllSubmatch(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
			let slice = new Array(match.length / 2 | 0).fill(null);
			for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
			return slice;
		});
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
	* {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
	* expression, as defined by the <a href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllSubmatchIndex(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n);
		if (result.length === 0) return null;
		return result;
	}
};
// src/Set.js
var RE2Set = class RE2Set {
	/** @type {number} */
	static UNANCHORED = RE2Flags.UNANCHORED;
	/** @type {number} */
	static ANCHOR_START = RE2Flags.ANCHOR_START;
	/** @type {number} */
	static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
	/**
	* Constructs a new RE2Set with the specified anchor mode and flags.
	* @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
	* @param {number} [flags=0] - The public flags to apply to all patterns in the set.
	* @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
	*/
	constructor(anchor = RE2Set.UNANCHORED, flags = 0, maxMem = 8388608) {
		if (![
			RE2Set.UNANCHORED,
			RE2Set.ANCHOR_START,
			RE2Set.ANCHOR_BOTH
		].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
		Utils.checkFlags(flags);
		this.anchor = anchor;
		this.jsFlags = flags;
		this.maxMem = maxMem;
		let re2Flags = RE2Flags.PERL;
		if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
		if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
		this.re2Flags = re2Flags;
		this.regexps = [];
		this.prog = null;
		this.dfa = null;
		this.dummyRe2 = null;
	}
	/**
	* Adds a new regular expression pattern to the set.
	* Patterns cannot be added after the set has been compiled.
	* @param {string} pattern - The regular expression pattern to add.
	* @returns {number} The integer index assigned to the added pattern.
	* @throws {RE2JSCompileException} If patterns are added after compilation.
	*/
	add(pattern) {
		if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
		Utils.checkPattern(pattern);
		let fregex = pattern;
		if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
		if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
		if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
		const re = Parser.parse(fregex, this.re2Flags);
		this.regexps.push(Simplify.simplify(re));
		return this.regexps.length - 1;
	}
	/**
	* Compiles the added patterns into a single state machine.
	* This is automatically called on the first match if not called explicitly.
	* @returns {void}
	*/
	compile() {
		if (this.prog) return;
		const prog = Compiler.compileSet(this.regexps);
		if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
		this.prog = prog;
		this.dfa = new DFA(this.prog, this.maxMem);
		this.dummyRe2 = {
			prog: this.prog,
			cond: this.prog.startCond(),
			prefix: "",
			prefixRune: 0,
			longest: false
		};
	}
	/**
	* Matches the input against the compiled set of regular expressions.
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
	* @returns {number[]} An array of indices representing the patterns that successfully matched the input.
	*/
	match(input) {
		if (!this.prog) this.compile();
		const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
		let internalAnchor = RE2Flags.UNANCHORED;
		if (this.anchor === RE2Set.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
		else if (this.anchor === RE2Set.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
		const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
		if (dfaResult !== null) return dfaResult;
		const machine = Machine.fromRE2(this.dummyRe2);
		machine.init(0);
		return machine.matchSet(machineInput, 0, internalAnchor);
	}
};
// src/TranslateRegExpString.js
/**
* Transform JS regex string to RE2 regex string
*/
var TranslateRegExpString = class TranslateRegExpString {
	static isHexadecimal(ch) {
		return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
	}
	static translate(data) {
		let prefixFlags = "";
		if (Object.prototype.toString.call(data) === "[object RegExp]") {
			if (data.ignoreCase) prefixFlags += "i";
			if (data.multiline) prefixFlags += "m";
			if (data.dotAll) prefixFlags += "s";
			data = data.source;
		}
		if (typeof data !== "string") return data;
		let result = "";
		let changed = false;
		let size = data.length;
		if (size === 0) {
			result = "(?:)";
			changed = true;
		}
		let inCharClass = false;
		let i = 0;
		while (i < size) {
			let ch = data[i];
			if (ch === "\\") {
				if (i + 1 < size) {
					ch = data[i + 1];
					switch (ch) {
						case "\\":
							result += "\\\\";
							i += 2;
							continue;
						case "c":
							if (i + 2 < size) {
								let code = data[i + 2].charCodeAt(0);
								if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
									let val = code % 32;
									result += "\\x";
									result += (val >> 4).toString(16).toUpperCase();
									result += (val & 15).toString(16).toUpperCase();
									i += 3;
									changed = true;
									continue;
								}
							}
							result += "c";
							i += 2;
							changed = true;
							continue;
						case "u":
							if (i + 2 < size) {
								if (data[i + 2] === "{") {
									let j = i + 3;
									let hasHex = false;
									let closed = false;
									while (j < size) {
										const hexChar = data[j];
										if (hexChar === "}") {
											closed = true;
											break;
										}
										if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
										hasHex = true;
										j++;
									}
									if (closed && hasHex) {
										result += "\\x";
										i += 2;
										changed = true;
										continue;
									}
								} else if (i + 5 < size) {
									let isHex4 = true;
									for (let j = 0; j < 4; j++) if (!TranslateRegExpString.isHexadecimal(data[i + 2 + j])) {
										isHex4 = false;
										break;
									}
									if (isHex4) {
										result += "\\x{" + data.substring(i + 2, i + 6) + "}";
										i += 6;
										changed = true;
										continue;
									}
								}
							}
							result += "u";
							i += 2;
							changed = true;
							continue;
						case "x": {
							let isValidHex = false;
							if (i + 2 < size && data[i + 2] === "{") {
								let j = i + 3;
								let hasHex = false;
								let closed = false;
								while (j < size) {
									const hexChar = data[j];
									if (hexChar === "}") {
										closed = true;
										break;
									}
									if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
									hasHex = true;
									j++;
								}
								if (closed && hasHex) isValidHex = true;
							} else if (i + 3 < size && TranslateRegExpString.isHexadecimal(data[i + 2]) && TranslateRegExpString.isHexadecimal(data[i + 3])) isValidHex = true;
							if (isValidHex) {
								result += "\\x";
								i += 2;
							} else {
								result += "x";
								i += 2;
								changed = true;
							}
							continue;
						}
						case "n":
						case "r":
						case "t":
						case "a":
						case "f":
						case "v":
						case "d":
						case "D":
						case "s":
						case "S":
						case "w":
						case "W":
						case "b":
						case "B":
						case "p":
						case "P":
						case "A":
						case "z":
						case "Q":
						case "E":
						case "0":
						case "1":
						case "2":
						case "3":
						case "4":
						case "5":
						case "6":
						case "7":
							result += "\\" + ch;
							i += 2;
							continue;
						default: {
							let cp = data.codePointAt(i + 1);
							if (cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122) {
								let symSize = Utils.charCount(cp);
								result += data.substring(i + 1, i + 1 + symSize);
								i += symSize + 1;
								changed = true;
							} else {
								result += "\\";
								let symSize = Utils.charCount(cp);
								result += data.substring(i + 1, i + 1 + symSize);
								i += symSize + 1;
							}
							continue;
						}
					}
				}
			} else if (ch === "/") {
				result += "\\/";
				i += 1;
				changed = true;
				continue;
			} else if (ch === "[") {
				if (!inCharClass && data[i + 1] === "]") {
					result += "[^\\x00-\\x{10FFFF}]";
					i += 2;
					changed = true;
					continue;
				}
				if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
					result += "[\\x00-\\x{10FFFF}]";
					i += 3;
					changed = true;
					continue;
				}
				inCharClass = true;
			} else if (ch === "]") inCharClass = false;
			else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
				if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
					result += "(?P<";
					i += 3;
					changed = true;
					continue;
				}
			}
			let cp = data.codePointAt(i);
			let symSize = Utils.charCount(cp);
			result += data.substring(i, i + symSize);
			i += symSize;
		}
		const finalResult = changed ? result : data;
		if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
		return finalResult;
	}
};
// src/index.js
const execResult = (m, input) => {
	const result = m.matchArray();
	result.index = m.start(0);
	result.input = input;
	result.groups = m.namedGroupsObject();
	return result;
};
/**
* A compiled representation of an RE2 regular expression
*
* The matching functions take {@code String} arguments instead of the more general Java
* {@code CharSequence} since the latter doesn't provide UTF-16 decoding.
*
*
* @author rsc@google.com (Russ Cox)
* @class
*/
var RE2JS = class RE2JS {
	/**
	* Flag: case insensitive matching.
	*/
	static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
	/**
	* Flag: dot ({@code .}) matches all characters, including newline.
	*/
	static DOTALL = PublicFlags.DOTALL;
	/**
	* Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
	* beginning and end of input.
	*/
	static MULTILINE = PublicFlags.MULTILINE;
	/**
	* Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
	*/
	static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
	/**
	* Flag: matches longest possible string.
	*/
	static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
	/**
	* Flag: enable linear-time captureless lookbehinds.
	*/
	static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
	/**
	* Returns a literal pattern string for the specified string.
	*
	* This method produces a string that can be used to create a <code>RE2JS</code> that would
	* match the string <code>s</code> as if it were a literal pattern.
	*
	* Metacharacters or escape sequences in the input sequence will be given no special meaning.
	*
	* @param {string} str The string to be literalized
	* @returns {string} A literal string replacement
	*/
	static quote(str) {
		return Utils.quoteMeta(str);
	}
	/**
	* Quotes '\' and '$' in {@code str}, so that the returned string could be used in
	* replacement methods as a literal replacement of {@code str}.
	*
	* This is a convenience delegation to {@link Matcher.quoteReplacement}.
	*
	* @param {string} str the string to be quoted
	* @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
	* @returns {string} the quoted string
	*/
	static quoteReplacement(str, javaMode = false) {
		return Matcher.quoteReplacement(str, javaMode);
	}
	/**
	* Translates a given regular expression string to ensure compatibility with RE2JS.
	*
	* This function preprocesses the input regex string by applying necessary transformations,
	* such as escaping special characters (e.g., `/`), converting named capture groups to
	* RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
	* resulting regex is safe and properly formatted before compilation.
	*
	* @param {string|RegExp} expr - The regular expression string to be translated.
	* @returns {string} - The transformed regular expression string, ready for compilation.
	*/
	static translateRegExp(expr) {
		return TranslateRegExpString.translate(expr);
	}
	/**
	* Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
	* @param {string} regex
	* @param {number} [flags=0]
	* @returns {RE2JS}
	*/
	static compile(regex, flags = 0) {
		Utils.checkPattern(regex);
		Utils.checkFlags(flags);
		let fregex = regex;
		if ((flags & RE2JS.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
		if ((flags & RE2JS.DOTALL) !== 0) fregex = `(?s)${fregex}`;
		if ((flags & RE2JS.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
		let re2Flags = RE2Flags.PERL;
		if ((flags & RE2JS.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
		if ((flags & RE2JS.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
		const p = new RE2JS(regex, flags);
		p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS.LONGEST_MATCH) !== 0);
		return p;
	}
	/**
	* Matches a string against a regular expression.
	*
	* @param {string} regex the regular expression
	* @param {string|number[]|Uint8Array} input the input
	* @returns {boolean} true if the regular expression matches the entire input
	* @throws RE2JSSyntaxException if the regular expression is malformed
	*/
	static matches(regex, input) {
		return RE2JS.compile(regex).testExact(input);
	}
	/**
	* This is visible for testing.
	* @private
	*/
	static initTest(pattern, flags, re2) {
		if (pattern == null) throw new Error("pattern is null");
		if (re2 == null) throw new Error("re2 is null");
		const p = new RE2JS(pattern, flags);
		p.re2Input = re2;
		return p;
	}
	/**
	*
	* @param {string} pattern
	* @param {number} flags
	*/
	constructor(pattern, flags) {
		this.patternInput = pattern;
		this.flagsInput = flags;
		/** @type {import('./RE2.js').RE2} */
		this.re2Input = null;
	}
	/**
	* Releases memory used by internal caches associated with this pattern. Does not change the
	* observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
	*/
	reset() {
		this.re2Input.reset();
	}
	/**
	* Returns the flags used in the constructor.
	* @returns {number}
	*/
	flags() {
		return this.flagsInput;
	}
	/**
	* Returns the pattern used in the constructor.
	* @returns {string}
	*/
	pattern() {
		return this.patternInput;
	}
	re2() {
		return this.re2Input;
	}
	/**
	* Matches a string against a regular expression.
	*
	* @param {string|number[]|Uint8Array} input the input
	* @returns {boolean} true if the regular expression matches the entire input
	*/
	matches(input) {
		return this.testExact(input);
	}
	/**
	* Creates a new {@code Matcher} matching the pattern against the input.
	*
	* @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
	* @returns {Matcher}
	*/
	matcher(input) {
		if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
		return new Matcher(this, input);
	}
	/**
	* Tests whether the regular expression matches any part of the input string.
	* Performance Note: This method is highly optimized. Because it only returns
	* a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
	* and guarantees execution on the high-speed DFA engine whenever possible.
	*
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
	* @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
	*/
	test(input) {
		if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
		return this.re2Input.match(input);
	}
	/**
	* Tests whether the regular expression matches the ENTIRE input string.
	* * **Performance Note:** This operates identically to `.matches()`, but is significantly
	* faster because it does not request capture group data. By requesting 0 capture groups,
	* it securely routes execution through the DFA fast-path.
	*
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
	* @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
	*/
	testExact(input) {
		const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
		return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
	}
	/**
	* Executes a search for a match in a specified string.
	* Returns a result array, or null if no match is found.
	* The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
	* including `.index`, `.input`, and `.groups` properties.
	*
	* @param {string|number[]|Uint8Array} input the input string or byte array
	* @returns {Array|null} the match array with index, input, and groups properties, or null
	*/
	exec(input) {
		const m = this.matcher(input);
		return m.find() ? execResult(m, input) : null;
	}
	/**
	* Splits input around instances of the regular expression. It returns an array giving the strings
	* that occur before, between, and after instances of the regular expression.
	*
	* If {@code limit <= 0}, there is no limit on the size of the returned array. If
	* {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
	* {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
	* of the input, possibly including additional matches of the pattern.
	*
	* @param {string} input the input string to be split
	* @param {number} [limit=0] the limit
	* @returns {string[]} the split strings
	*/
	split(input, limit = 0) {
		const m = this.matcher(input);
		const result = [];
		let emptiesSkipped = 0;
		let last = 0;
		while (m.find()) {
			if (last === 0 && m.end() === 0) {
				last = m.end();
				continue;
			}
			if (limit > 0 && result.length === limit - 1) break;
			if (last === m.start()) {
				if (limit === 0) {
					emptiesSkipped += 1;
					last = m.end();
					continue;
				}
			} else while (emptiesSkipped > 0) {
				result.push("");
				emptiesSkipped -= 1;
			}
			result.push(m.substring(last, m.start()));
			last = m.end();
		}
		if (limit === 0 && last !== m.inputLength()) {
			while (emptiesSkipped > 0) {
				result.push("");
				emptiesSkipped -= 1;
			}
			result.push(m.substring(last, m.inputLength()));
		}
		if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
		return result;
	}
	/**
	* Returns an iterator of all results matching a string against the regular expression,
	* including capturing groups.
	*
	* @param {string|number[]|Uint8Array} input the input string or byte array
	* @returns {IterableIterator<RegExpMatchArray>}
	*/
	*matchAll(input) {
		const m = this.matcher(input);
		while (m.find()) yield execResult(m, input);
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		return this.patternInput;
	}
	/**
	* Returns the program size of this pattern.
	*
	* <p>
	* Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
	* "cost". Larger numbers are more expensive than smaller numbers.
	* </p>
	*
	* @returns {number} the program size of this pattern
	*/
	programSize() {
		return this.re2Input.numberOfInstructions();
	}
	/**
	* Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
	* pattern and is excluded from this count.
	*
	* @returns {number} the number of capturing groups in this pattern
	*/
	groupCount() {
		return this.re2Input.numberOfCapturingGroups();
	}
	/**
	* Return a map of the capturing groups in this matcher's pattern, where key is the name and value
	* is the index of the group in the pattern.
	* @returns {Record<string, number>}
	*/
	namedGroups() {
		return this.re2Input.namedGroups;
	}
	/**
	*
	* @param {*} other
	* @returns {boolean}
	*/
	equals(other) {
		if (this === other) return true;
		if (other === null || this.constructor !== other.constructor) return false;
		return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
	}
};
/**
* Creates an RE2JS regex directly from a template literal.
* @overload
* @param {TemplateStringsArray} stringsOrFlags - The raw string segments of the template literal.
* @param {...any} values - The interpolated values.
* @returns {RE2JS}
*/
/**
* Creates a template literal tag function with specific RE2JS flags.
* @overload
* @param {number} stringsOrFlags - The RE2JS flags to apply (e.g., RE2JS.CASE_INSENSITIVE).
* @returns {(strings: TemplateStringsArray, ...tagValues: any[]) => RE2JS}
*/
/**
* Implementation signature
* @param {TemplateStringsArray | number} stringsOrFlags
* @param {...any} values
* @returns {RE2JS | ((strings: TemplateStringsArray, ...tagValues: any[]) => RE2JS)}
*/
function re(stringsOrFlags, ...values) {
	if (Array.isArray(stringsOrFlags) && "raw" in stringsOrFlags) {
		const pattern = String.raw(stringsOrFlags, ...values);
		return RE2JS.compile(pattern);
	}
	const flags = typeof stringsOrFlags === "number" ? stringsOrFlags : 0;
	return (strings, ...tagValues) => {
		const pattern = String.raw(strings, ...tagValues);
		return RE2JS.compile(pattern, flags);
	};
}
exports.Matcher = Matcher;
exports.MatcherInput = MatcherInput;
exports.MatcherInputBase = MatcherInputBase;
exports.RE2JS = RE2JS;
exports.RE2JSCompileException = RE2JSCompileException;
exports.RE2JSException = RE2JSException;
exports.RE2JSFlagsException = RE2JSFlagsException;
exports.RE2JSGroupException = RE2JSGroupException;
exports.RE2JSInternalException = RE2JSInternalException;
exports.RE2JSSyntaxException = RE2JSSyntaxException;
exports.RE2Set = RE2Set;
exports.re = re;


/***/ }),

/***/ 192:
/***/ (function (__unused_webpack_module, exports, __nccwpck_require__) {

/**
 * re2js (contract-pattern.ts's engine), evaluated the first time a `pattern` rule is compiled
 * instead of when the validator's module is loaded.
 *
 * Why: evaluating re2js costs ~20 ms of CPU (measured, issue 18), paid by every validate-data
 * shard worker at start whether or not its contract has a pattern rule, on the critical path of
 * a sharded run. Why CommonJS: ESM can load a module on demand only with import(), a promise, and
 * compiling a pattern (building a validator) is synchronous. A require inside a function is
 * bundled by ncc as a module that runs when it is first required, and Node does the same.
 */


let RE2JS;

/** The RE2JS class, loading re2js on the first call. */
exports.o = () => (RE2JS ??= (__nccwpck_require__(599).RE2JS));


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(808);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
