export const id = 167;
export const ids = [167];
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

/***/ 5916:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ openTable)
});

// UNUSED EXPORTS: SUPPORTED_EXTENSIONS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
;// CONCATENATED MODULE: ../../../../shared/data/csv-options.ts
/**
 * Rows per batch for the text readers. Smaller than table.ts's general 65,536 on purpose: every CSV
 * cell is a new string, and a 65,536-row batch (~330k strings) outlives a young-generation GC, so it
 * gets copied and promoted; with 4,096 rows the strings die young. Measured on flights-3m.csv
 * (CPU seconds for all rows): 65,536 rows 1.6 s, 16,384 rows 1.3 s, 4,096 rows 0.55 s.
 */
const DEFAULT_BATCH_ROWS = 4_096;
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
var column_dictionary = __webpack_require__(812);
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
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
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
        if (len === 0 || i + len > bytes.length || !(0,external_node_buffer_.isUtf8)(bytes.subarray(i, i + len)))
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
        if ((0,external_node_buffer_.isAscii)(bytes))
            text = bytes.toString('latin1');
        else if ((0,external_node_buffer_.isUtf8)(bytes))
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
        const ascii = (0,external_node_buffer_.isAscii)(bytes);
        if (!ascii && !(0,external_node_buffer_.isUtf8)(bytes)) {
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
function csvUsesBytePath(delimiter = ',') {
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
    const bytePath = options.bytePath !== false && csvUsesBytePath(delimiter);
    const batchRows = Math.max(1, options.batchRows ?? (bytePath ? BYTE_PATH_BATCH_ROWS : DEFAULT_BATCH_ROWS));
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
    const batchRows = Math.max(1, options.batchRows ?? DEFAULT_BATCH_ROWS);
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
                const { parquetReader } = await Promise.all(/* import() */[__webpack_require__.e(896), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 8306));
                return parquetReader(file, options);
            }
        default:
            throw new errors/* UsageError */.eb(`unknown table format "${String(format)}"`, { hint: 'use csv, jsonl or parquet' });
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

/***/ 4239:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ defaultNullTokens),
/* harmony export */   B1: () => (/* binding */ isDecimalLiteral),
/* harmony export */   C: () => (/* binding */ toTimestamp),
/* harmony export */   Ey: () => (/* binding */ formatTimestamp),
/* harmony export */   F_: () => (/* binding */ DEFAULT_NULL_TOKENS),
/* harmony export */   G4: () => (/* binding */ toBoolean),
/* harmony export */   RJ: () => (/* binding */ parseIsoTimestamp),
/* harmony export */   Ro: () => (/* binding */ toNumber),
/* harmony export */   Sj: () => (/* binding */ NullTokens),
/* harmony export */   dQ: () => (/* binding */ compileTimestampFormat),
/* harmony export */   fE: () => (/* binding */ toText),
/* harmony export */   yJ: () => (/* binding */ toInteger),
/* harmony export */   yh: () => (/* binding */ isoTimestamp)
/* harmony export */ });
/* unused harmony export daysFromCivil */
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


/***/ }),

/***/ 7131:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gx: () => (/* binding */ CLASSIFICATION_SUMMARIES),
/* harmony export */   Js: () => (/* binding */ REG_STATS),
/* harmony export */   OV: () => (/* binding */ regressionError),
/* harmony export */   S6: () => (/* binding */ regressionSummary),
/* harmony export */   Td: () => (/* binding */ classRate),
/* harmony export */   Tg: () => (/* binding */ classificationGroupStats),
/* harmony export */   VL: () => (/* binding */ classificationSummary),
/* harmony export */   d3: () => (/* binding */ SUMMARY_RATES),
/* harmony export */   dD: () => (/* binding */ REGRESSION_SUMMARIES),
/* harmony export */   nJ: () => (/* binding */ SUMMARY_DIRECTION),
/* harmony export */   pF: () => (/* binding */ CLASS_STATS),
/* harmony export */   yd: () => (/* binding */ regressionGroupStats)
/* harmony export */ });
/* unused harmony exports spread, minOverMax */
/** Counts of one classification outcome, per group: [n, positives, selected, tp, fp, score sum]. */
const CLASS_STATS = 6;
/** Sums of one regression outcome, per group: [n, Σ|e|, Σe², Σe], e = prediction − target. */
const REG_STATS = 4;
/**
 * Per-group sums of every outcome in one pass over the rows: `out[(o * groups + g) * width + k]`.
 * `codes[i]` is row i's group (0..groups−1); `weights` are the bootstrap multiplicities (all 1 when
 * absent).
 */
function classificationGroupStats(codes, groups, outcomes, weights) {
    const out = new Float64Array(outcomes.length * groups * CLASS_STATS);
    const n = codes.length;
    for (let o = 0; o < outcomes.length; o++) {
        const { y, pred, score } = outcomes[o];
        const base = o * groups * CLASS_STATS;
        for (let i = 0; i < n; i++) {
            const w = weights ? weights[i] : 1;
            if (w === 0)
                continue;
            const at = base + codes[i] * CLASS_STATS;
            const yi = y[i];
            const pi = pred[i];
            out[at] += w;
            out[at + 1] += w * yi;
            out[at + 2] += w * pi;
            out[at + 3] += w * (yi & pi);
            out[at + 4] += w * (pi & (1 - yi));
            if (score)
                out[at + 5] += w * score[i];
        }
    }
    return out;
}
function regressionGroupStats(codes, groups, outcome, weights) {
    const out = new Float64Array(groups * REG_STATS);
    const { y, pred } = outcome;
    for (let i = 0; i < codes.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        const at = codes[i] * REG_STATS;
        const e = pred[i] - y[i];
        out[at] += w;
        out[at + 1] += w * Math.abs(e);
        out[at + 2] += w * e * e;
        out[at + 3] += w * e;
    }
    return out;
}
/** x / d, NaN when d is 0 (the rate is undefined on these rows). */
const rate = (x, d) => (d > 0 ? x / d : Number.NaN);
/** One group's rate from its counts at `at` (NaN where undefined). */
function classRate(stats, at, name) {
    const n = stats[at];
    const pos = stats[at + 1];
    const sel = stats[at + 2];
    const tp = stats[at + 3];
    const fp = stats[at + 4];
    switch (name) {
        case 'selection_rate':
            return rate(sel, n);
        case 'tpr':
            return rate(tp, pos);
        case 'fpr':
            return rate(fp, n - pos);
        case 'fnr':
            return rate(pos - tp, pos);
        case 'precision':
            return rate(tp, sel);
        case 'base_rate':
            return rate(pos, n);
        case 'mean_score':
            return rate(stats[at + 5], n);
    }
}
function regressionError(stats, at, name) {
    const n = stats[at];
    switch (name) {
        case 'mae':
            return rate(stats[at + 1], n);
        case 'rmse':
            return Math.sqrt(rate(stats[at + 2], n));
        case 'mean_error':
            return rate(stats[at + 3], n);
    }
}
/** max − min of the values; NaN when any is NaN (a group's rate undefined on a resample) or none. */
function spread(values) {
    if (values.length === 0)
        return Number.NaN;
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
        if (Number.isNaN(v))
            return Number.NaN;
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
    return hi - lo;
}
/** min / max of the values (Fairlearn's ratio between groups); NaN when max is 0, any is NaN, or none. */
function minOverMax(values) {
    if (values.length === 0)
        return Number.NaN;
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
        if (Number.isNaN(v))
            return Number.NaN;
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
    return hi > 0 ? lo / hi : Number.NaN;
}
const CLASSIFICATION_SUMMARIES = [
    'demographic_parity_difference',
    'demographic_parity_ratio',
    'equalized_odds_difference',
    'equalized_odds_ratio',
    'equal_opportunity_difference',
    'disparate_impact_ratio',
];
const REGRESSION_SUMMARIES = ['mae_max_gap', 'rmse_max_gap', 'mean_error_max_gap'];
/** Which way is better: differences and gaps toward 0, ratios toward 1. */
const SUMMARY_DIRECTION = {
    demographic_parity_difference: 'lower',
    demographic_parity_ratio: 'higher',
    equalized_odds_difference: 'lower',
    equalized_odds_ratio: 'higher',
    equal_opportunity_difference: 'lower',
    disparate_impact_ratio: 'higher',
    mae_max_gap: 'lower',
    rmse_max_gap: 'lower',
    mean_error_max_gap: 'lower',
};
/** The rates a summary reads: the groups it spans are those where all of them are defined. */
const SUMMARY_RATES = {
    demographic_parity_difference: ['selection_rate'],
    demographic_parity_ratio: ['selection_rate'],
    equalized_odds_difference: ['tpr', 'fpr'],
    equalized_odds_ratio: ['tpr', 'fpr'],
    equal_opportunity_difference: ['tpr'],
    disparate_impact_ratio: ['selection_rate'],
};
/**
 * A classification summary of one outcome from its group counts. `spans[r]` lists the groups whose
 * rate r enters the summary (fixed on the full data, so every resample compares the same groups).
 */
function classificationSummary(name, stats, outcomeBase, spans) {
    const values = (r) => (spans[r] ?? []).map((g) => classRate(stats, outcomeBase + g * CLASS_STATS, r));
    switch (name) {
        case 'demographic_parity_difference':
            return spread(values('selection_rate'));
        case 'demographic_parity_ratio':
        case 'disparate_impact_ratio':
            return minOverMax(values('selection_rate'));
        case 'equalized_odds_difference': {
            const a = spread(values('tpr'));
            const b = spread(values('fpr'));
            return Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : Math.max(a, b);
        }
        case 'equalized_odds_ratio': {
            const a = minOverMax(values('tpr'));
            const b = minOverMax(values('fpr'));
            return Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : Math.min(a, b);
        }
        case 'equal_opportunity_difference':
            return spread(values('tpr'));
    }
}
function regressionSummary(name, stats, groups) {
    const error = name === 'mae_max_gap' ? 'mae' : name === 'rmse_max_gap' ? 'rmse' : 'mean_error';
    return spread(groups.map((g) => regressionError(stats, g * REG_STATS, error)));
}


/***/ }),

/***/ 3060:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FH: () => (/* binding */ DEFAULT_CONFIDENCE),
  DN: () => (/* binding */ DEFAULT_PAIRED_RESAMPLES),
  KP: () => (/* binding */ DEFAULT_SEED),
  Co: () => (/* binding */ Resampler),
  _f: () => (/* binding */ bootstrapStatistics),
  EF: () => (/* binding */ percentileIntervals),
  Tg: () => (/* binding */ resolveBootstrapOptions)
});

// UNUSED EXPORTS: DEFAULT_RESAMPLES, Xoshiro128, bootstrapCi, quantileSorted, resampleCounts, resampleSeed

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/model/metrics/wasm-assembler.ts
var wasm_assembler = __webpack_require__(2585);
;// CONCATENATED MODULE: ../../../../shared/model/metrics/wasm-draws.ts
/**
 * The bootstrap's hot draw loop (bootstrap.ts, drawByteBlock) as one WebAssembly function, written
 * below as a commented listing (wasm-assembler.ts encodes it): a block of `len` draws of Lemire's
 * bounded index in [0, n) from xoshiro128**, each counted into byte counts as it is drawn. Same
 * stream, same rejections, same counts as Xoshiro128.drawCounts: test/model/metrics/wasm-draws.test.ts
 * checks them against it and against the Python port's values at Lemire's exact bound.
 *
 * Why: 1M draws take 2.2 ms here against 3.1 ms for the JavaScript loop (min CPU of 12 × 8 resamples,
 * 2-core dev machine). WebAssembly has the 64-bit product r·n (its low word is the rejection test,
 * its high word the index) and rotates as instructions, and checks memory bounds with guard pages
 * rather than a compare per access; the JavaScript loop goes through doubles for the high word.
 * Evaluate's 1,000 resamples draw 1M rows each: ~0.9 s of CPU saved on 1M rows.
 *
 * The counts live in the module's own memory (bytes 16..16 + n; bytes 0..16 hold the generator
 * state): byteCounts(n) makes them, Xoshiro128.drawCounts finds their drawer (wasmDrawsInto) and
 * calls it, and the summary pass reads them like any Uint8Array. Without WebAssembly (node
 * --jitless), or above 2^21 rows, byteCounts returns a plain Uint8Array and the JavaScript loop runs.
 */

/** Byte counts handed out by byteCounts, each with the drawer of its module instance. */
const drawers = new WeakMap();
/**
 * The WebAssembly draws into `counts` if byteCounts made it: adds n = counts.length draws of `rng`,
 * exactly as Xoshiro128.drawCounts does, advances `rng` as it would, and returns false if a count
 * passed 255. Undefined for any other array.
 */
function wasmDrawsInto(counts) {
    return drawers.get(counts);
}
/** Draws per call: lets V8 move the function to optimised code after a few calls (no OSR in wasm). */
const DRAWS_PER_CALL = 4096;
const COUNTS_AT = 16;
// Locals: params n, threshold, len; then the state words, the output r, xoshiro's t, the block's
// draw count k, the OR of the new counts, a new count, its address; and the 64-bit product r·n.
const [N, THRESHOLD, LEN, S0, S1, S2, S3, R, T, K, SEEN, V, AT, PRODUCT] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const LOCALS = [
    [10, wasm_assembler/* I32 */.jP],
    [1, wasm_assembler/* I64 */.uv],
];
const stateWord = (k) => [...(0,wasm_assembler/* i32 */.rT)(4 * k), ...(0,wasm_assembler/* i32Load */.jl)()];
const setStateWord = (k, local) => [...(0,wasm_assembler/* i32 */.rT)(4 * k), ...(0,wasm_assembler/* get */.Jt)(local), ...(0,wasm_assembler/* i32Store */.w2)()];
/** draw(n, threshold, len) → OR of the new counts: drawByteBlock of bootstrap.ts, line for line. */
const DRAW_BODY = [
    ...stateWord(0), ...(0,wasm_assembler/* set */.hZ)(S0),
    ...stateWord(1), ...(0,wasm_assembler/* set */.hZ)(S1),
    ...stateWord(2), ...(0,wasm_assembler/* set */.hZ)(S2),
    ...stateWord(3), ...(0,wasm_assembler/* set */.hZ)(S3),
    ...wasm_assembler/* BLOCK */.IE,
    ...wasm_assembler/* LOOP */.hN,
    //   while (k < len)
    ...(0,wasm_assembler/* get */.Jt)(K), ...(0,wasm_assembler/* get */.Jt)(LEN), ...wasm_assembler/* GE_U */.DB, ...(0,wasm_assembler/* brIf */.mz)(1),
    //   r = rotl(s1 · 5, 7) · 9; t = s1 << 9
    ...(0,wasm_assembler/* get */.Jt)(S1), ...(0,wasm_assembler/* i32 */.rT)(5), ...wasm_assembler/* MUL */.ti, ...(0,wasm_assembler/* i32 */.rT)(7), ...wasm_assembler/* ROTL */.Sr, ...(0,wasm_assembler/* i32 */.rT)(9), ...wasm_assembler/* MUL */.ti, ...(0,wasm_assembler/* set */.hZ)(R),
    ...(0,wasm_assembler/* get */.Jt)(S1), ...(0,wasm_assembler/* i32 */.rT)(9), ...wasm_assembler/* SHL */.oM, ...(0,wasm_assembler/* set */.hZ)(T),
    //   s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11)
    ...(0,wasm_assembler/* get */.Jt)(S2), ...(0,wasm_assembler/* get */.Jt)(S0), ...wasm_assembler/* XOR */.eP, ...(0,wasm_assembler/* set */.hZ)(S2),
    ...(0,wasm_assembler/* get */.Jt)(S3), ...(0,wasm_assembler/* get */.Jt)(S1), ...wasm_assembler/* XOR */.eP, ...(0,wasm_assembler/* set */.hZ)(S3),
    ...(0,wasm_assembler/* get */.Jt)(S1), ...(0,wasm_assembler/* get */.Jt)(S2), ...wasm_assembler/* XOR */.eP, ...(0,wasm_assembler/* set */.hZ)(S1),
    ...(0,wasm_assembler/* get */.Jt)(S0), ...(0,wasm_assembler/* get */.Jt)(S3), ...wasm_assembler/* XOR */.eP, ...(0,wasm_assembler/* set */.hZ)(S0),
    ...(0,wasm_assembler/* get */.Jt)(S2), ...(0,wasm_assembler/* get */.Jt)(T), ...wasm_assembler/* XOR */.eP, ...(0,wasm_assembler/* set */.hZ)(S2),
    ...(0,wasm_assembler/* get */.Jt)(S3), ...(0,wasm_assembler/* i32 */.rT)(11), ...wasm_assembler/* ROTL */.Sr, ...(0,wasm_assembler/* set */.hZ)(S3),
    //   product = r · n (unsigned, 64-bit); kept iff its low word ≥ threshold (unsigned)
    ...(0,wasm_assembler/* get */.Jt)(R), ...wasm_assembler/* EXTEND_U */.H9, ...(0,wasm_assembler/* get */.Jt)(N), ...wasm_assembler/* EXTEND_U */.H9, ...wasm_assembler/* MUL64 */.vM, ...(0,wasm_assembler/* tee */.nR)(PRODUCT),
    ...wasm_assembler/* WRAP */.Zk, ...(0,wasm_assembler/* get */.Jt)(THRESHOLD), ...wasm_assembler/* GE_U */.DB,
    ...wasm_assembler.IF,
    //     at = COUNTS_AT + high word; v = counts[at] + 1 (as i32); counts[at] = v (byte); seen |= v; k++
    ...(0,wasm_assembler/* get */.Jt)(PRODUCT), ...(0,wasm_assembler/* i64 */.cq)(32), ...wasm_assembler/* SHR_U64 */.Q, ...wasm_assembler/* WRAP */.Zk, ...(0,wasm_assembler/* i32 */.rT)(COUNTS_AT), ...wasm_assembler/* ADD */.gj, ...(0,wasm_assembler/* set */.hZ)(AT),
    ...(0,wasm_assembler/* get */.Jt)(AT), ...(0,wasm_assembler/* get */.Jt)(AT), ...wasm_assembler/* LOAD8_U */.Rv, ...(0,wasm_assembler/* i32 */.rT)(1), ...wasm_assembler/* ADD */.gj, ...(0,wasm_assembler/* tee */.nR)(V), ...wasm_assembler/* STORE8 */.sw,
    ...(0,wasm_assembler/* get */.Jt)(SEEN), ...(0,wasm_assembler/* get */.Jt)(V), ...wasm_assembler.OR, ...(0,wasm_assembler/* set */.hZ)(SEEN),
    ...(0,wasm_assembler/* get */.Jt)(K), ...(0,wasm_assembler/* i32 */.rT)(1), ...wasm_assembler/* ADD */.gj, ...(0,wasm_assembler/* set */.hZ)(K),
    ...wasm_assembler/* END */.Kp,
    ...(0,wasm_assembler.br)(0),
    ...wasm_assembler/* END */.Kp,
    ...wasm_assembler/* END */.Kp,
    ...setStateWord(0, S0),
    ...setStateWord(1, S1),
    ...setStateWord(2, S2),
    ...setStateWord(3, S3),
    ...(0,wasm_assembler/* get */.Jt)(SEEN),
    ...wasm_assembler/* END */.Kp,
];
/** The compiled draws, once per thread: undefined until first asked for, null without WebAssembly. */
let kernel;
/**
 * n zeroed byte counts for Xoshiro128.drawCounts: in a WebAssembly memory of their own, drawn into by
 * the function above, when WebAssembly runs here and 1 ≤ n ≤ 2^21; else a plain Uint8Array.
 */
function byteCounts(n) {
    if (!(Number.isInteger(n) && n >= 1 && n <= 0x200000))
        return new Uint8Array(n);
    kernel ??= (0,wasm_assembler/* compileKernel */.x1)(() => (0,wasm_assembler/* oneFunctionModule */.fY)('draw', 3, wasm_assembler/* I32 */.jP, LOCALS, DRAW_BODY), 'draw');
    const instance = kernel?.(COUNTS_AT + n);
    if (!instance)
        return new Uint8Array(n);
    const { fn: draw, buffer } = instance;
    const state = new Int32Array(buffer, 0, 4);
    const counts = new Uint8Array(buffer, COUNTS_AT, n);
    const threshold = (4294967296 - n) % n;
    drawers.set(counts, (rng) => {
        state.set(rng.saveState());
        let seen = 0;
        for (let start = 0; start < n; start += DRAWS_PER_CALL)
            seen |= draw(n, threshold, Math.min(DRAWS_PER_CALL, n - start));
        rng.restoreState([state[0], state[1], state[2], state[3]]);
        return seen < 256;
    });
    return counts;
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/bootstrap.ts
/**
 * Seeded bootstrap confidence intervals.
 *
 * Method: the ordinary (multinomial) nonparametric bootstrap, percentile interval.
 * - A resample draws n row indices uniformly with replacement from a seeded PRNG, but never builds
 *   the resampled rows: it records how often each row was drawn (a vector of multiplicities, i.e.
 *   multinomial(n; 1/n, …, 1/n) counts) and hands that to a metric that accepts integer `weights`.
 *   A weighted metric over pre-sorted data is one O(n) pass, so ROC AUC and average precision are
 *   never re-sorted per resample.
 * - Interval: the α/2 and 1 − α/2 quantiles of the resampled statistics (α = 1 − confidence), with
 *   NumPy's default "linear" quantile interpolation (Hyndman & Fan type 7). Efron & Tibshirani
 *   (1993), ch. 13. Resamples on which the metric is undefined (NaN, e.g. ROC AUC on a resample
 *   with one class) are dropped and counted in `invalid`.
 * - The point estimate is the metric on the full data (weights omitted).
 * - Counts live in a Uint8Array (a row drawn > 255 times is replayed into a Uint32Array), which
 *   quarters the memory traffic of the scatter and of the metric pass.
 *
 * - Each resample has its own stream: resample b draws from a generator seeded with
 *   resampleSeed(seed, b) (splitmix32 finalizer of seed ^ mix(b)). Resample b's counts thus do not
 *   depend on the resamples before it, so bootstrap-parallel.ts can run resamples on any number of
 *   worker threads in any order and get the same statistics in the same slots. (Until this change
 *   all resamples drew from one stream, so a seed's intervals differ from older reports'.)
 *
 * PRNG: xoshiro128** 1.0 (Blackman & Vigna, 2018), 32-bit state words, seeded from a 32-bit
 * integer through splitmix32 so that nearby seeds give unrelated streams. Index draws use Lemire's
 * multiply-and-reject method (exactly uniform for n ≤ 2^21; above that one 53-bit draw is scaled,
 * with a bias below n / 2^53).
 */


/**
 * Resamples used when none are asked for: 1,000, what careful reviewers ask of a percentile
 * interval (issue 18; with 200 the 2.5 % and 97.5 % quantiles rest on 5 resamples each).
 *
 * What that costs, measured with bench/evaluate-metrics.ts (1M binary rows, all 19 binary metrics,
 * CIs through bootstrapMetricsParallel: this thread + 1 worker, under tsx) on the 2-core dev machine,
 * before/after runs interleaved. The machine was shared throughout (load average 14–21), so CPU
 * seconds (user + system, all threads) are the figure to compare; wall time was ~3× CPU / 2 there.
 *   CIs, 1,000 resamples: before 16.3, 22.3 s CPU (51, 73 s wall); after 8.8, 10.2 s CPU (28, 37 s
 *   wall). Peak RSS 236–250 → 182–183 MB (the workers get only the summary's arrays).
 *   Whole evaluate step (bench/evaluate.ts: CSV, metrics, 1,000-resample CIs, examples file):
 *   20.5 → 14.9 s CPU.
 * Quiet machine: an estimate, not a measurement (it was never quiet while this was written). CPU
 * per resample there was about half the loaded figure for the old code (10.9 ms in-thread at load
 * ≈ 1 against 16–22 ms loaded), which puts 1,000 resamples at ~4.5–5.5 s CPU, ~2.5–3 s wall on
 * 2 cores, plus the sort (~0.3 s). Per resample, in-thread: draws + scatter 5–7 → 3.2–3.6 ms, summary pass
 * 7.5 → 3.0 ms (min CPU over 60 runs, loaded). Counts and intervals are bit-identical before and
 * after for a seed.
 * Later (issue 18, the ≤ 5 s goal on a slow day): the draws count as they draw (3.5 → 2.9 ms), then
 * run in WebAssembly (wasm-draws.ts, 2.2 ms); the summary's untied spans drop the dP/2 term (3.2 →
 * 2.9 ms), then run in WebAssembly (wasm-summary.ts, 2.4 ms with the copy of the counts): ~4.6 ms
 * CPU per 1M-row resample, min of repeated runs on the loaded 2-core machine. Same counts and
 * intervals.
 */
const DEFAULT_RESAMPLES = 1000;
/**
 * Resamples when none are asked for in compare's paired bootstrap (metric and fairness deltas) and
 * drift-check's fairness CIs: 200, as before issue 18. Their per-resample passes have not had the
 * span pass evaluate's summary got: a paired resample recomputes both models' metrics with 32-bit
 * counts (~7.5 ms per model at 1M rows), and the fairness deltas count every sensitive column's
 * cells. Measured at 1M rows with three sensitive columns, a whole compare took 31 CPU s at 200
 * resamples, so 1,000 would be ~150 s. Teams that want 1,000 set `significance.resamples`
 * (compare) or `fairness.resamples` (drift-check).
 */
const DEFAULT_PAIRED_RESAMPLES = 200;
const DEFAULT_CONFIDENCE = 0.95;
const DEFAULT_SEED = 20240101;
const TWO_POW_MINUS_32 = 2 ** -32;
/** xoshiro128** with splitmix32 seeding. */
class Xoshiro128 {
    s0;
    s1;
    s2;
    s3;
    constructor(seed) {
        let x = seed >>> 0;
        const splitmix32 = () => {
            x = (x + 0x9e3779b9) | 0;
            let z = x;
            z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
            z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
            return (z ^ (z >>> 15)) >>> 0;
        };
        this.s0 = splitmix32();
        this.s1 = splitmix32();
        this.s2 = splitmix32();
        this.s3 = splitmix32();
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 1;
    }
    /** Next uniform 32-bit unsigned integer. */
    nextUint32() {
        const s1 = this.s1;
        const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = rotl(this.s3, 11);
        return r >>> 0;
    }
    /** Uniform integer in [0, n). */
    nextIndex(n) {
        if (n <= 0x200000) {
            // Lemire (2019): x·n is exact below 2^53; reject the few x that would bias the high word.
            let m = this.nextUint32() * n;
            let hi = Math.floor(m * TWO_POW_MINUS_32);
            let l = m - hi * 4294967296;
            if (l < n) {
                const threshold = (4294967296 - n) % n;
                while (l < threshold) {
                    m = this.nextUint32() * n;
                    hi = Math.floor(m * TWO_POW_MINUS_32);
                    l = m - hi * 4294967296;
                }
            }
            return hi;
        }
        const u = ((this.nextUint32() >>> 5) * 67108864 + (this.nextUint32() >>> 6)) / 9007199254740992;
        return Math.floor(u * n);
    }
    /** The generator state, to replay a stretch of the stream. */
    saveState() {
        return [this.s0, this.s1, this.s2, this.s3];
    }
    restoreState(state) {
        [this.s0, this.s1, this.s2, this.s3] = state;
    }
    /**
     * Adds counts.length draws of nextIndex(counts.length) to `counts`: the bootstrap's hot loop (same
     * stream as calling nextIndex repeatedly). Returns false if a count exceeded what the array holds
     * (only conceivable for Uint8Array: a row drawn > 255 times); the caller then replays the stream
     * into a wider array.
     */
    drawCounts(counts) {
        const n = counts.length;
        // Counts made by byteCounts are drawn into by WebAssembly: same draws, ~30 % less time.
        const wasm = counts instanceof Uint8Array ? wasmDrawsInto(counts) : undefined;
        if (wasm)
            return wasm(this);
        if (n <= 0x200000)
            return this.drawBlocks(counts);
        // Above 2^21 rows each index takes two 32-bit draws (nextIndex); rare enough to stay simple.
        const max = counts instanceof Uint8Array ? 255 : 4294967295;
        let ok = true;
        for (let k = 0; k < n; k++) {
            const i = this.nextIndex(n);
            const v = counts[i] + 1;
            counts[i] = v;
            if (v > max)
                ok = false;
        }
        return ok;
    }
    /**
     * drawCounts for n ≤ 2^21, block-wise: drawByteBlock (byte counts: evaluate's bootstrap) or
     * drawWideBlock (32-bit: compare's paired resamples) draws DRAW_BLOCK indices and counts them.
     * Small functions called ~250 times per resample get V8's regular optimised code (int32 state in
     * registers); one 1M-iteration loop was entered through on-stack replacement and ran at half speed
     * in about half the runs (measured 5–7 ms against 3.2 ms per 1M draws). Same draws, same order,
     * same counts.
     */
    drawBlocks(counts) {
        const n = counts.length;
        const threshold = (4294967296 - n) % n;
        const scale = n * TWO_POW_MINUS_32;
        const state = DRAW_STATE;
        state[0] = this.s0;
        state[1] = this.s1;
        state[2] = this.s2;
        state[3] = this.s3;
        let seen = 0;
        for (let start = 0; start < n; start += DRAW_BLOCK) {
            const len = Math.min(DRAW_BLOCK, n - start);
            if (counts instanceof Uint8Array)
                seen |= drawByteBlock(state, counts, n, threshold, scale, len);
            else
                drawWideBlock(state, counts, n, threshold, scale, len);
        }
        this.s0 = state[0];
        this.s1 = state[1];
        this.s2 = state[2];
        this.s3 = state[3];
        return seen < 256;
    }
}
/** Indices per drawByteBlock call. */
const DRAW_BLOCK = 4096;
/** Scratch for drawBlocks (one per thread: every worker has its own module instance). */
const DRAW_STATE = new Int32Array(4);
/*
 * drawByteBlock and drawWideBlock: `len` draws of Lemire's bounded index in [0, n) (n ≤ 2^21) from
 * the xoshiro128** state in `state` (updated), each counted into `counts` as it is drawn.
 * - One loop step per 32-bit output: an output whose low word of r·n (Math.imul(r, n)) is below
 *   `threshold` is rejected and the loop goes on to the next output, as nextIndex's rejection loop
 *   does; the step counts only accepted draws. No inner loop: the state stays in registers (an inner
 *   rejection loop, and a separate pass over a buffer of indices, measured 3.5 ms per 1M draws,
 *   this 2.9 ms).
 * - The high word of r·n is r·(n·2^−32), exact in a double (r·n < 2^53 and the factor a power of
 *   two times n), truncated by `| 0` (it is < 2^21).
 * Two functions rather than one over Multiplicities: each keeps one element type (monomorphic).
 */
/** Returns the OR of the new counts (≥ 256: one wrapped). */
function drawByteBlock(state, counts, n, threshold, scale, len) {
    let s0 = state[0];
    let s1 = state[1];
    let s2 = state[2];
    let s3 = state[3];
    let seen = 0;
    for (let k = 0; k < len;) {
        const x = Math.imul(s1, 5);
        const r = Math.imul((x << 7) | (x >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        if (Math.imul(r, n) >>> 0 >= threshold) {
            const i = ((r >>> 0) * scale) | 0;
            const v = counts[i] + 1;
            counts[i] = v;
            seen |= v;
            k++;
        }
    }
    state[0] = s0;
    state[1] = s1;
    state[2] = s2;
    state[3] = s3;
    return seen;
}
/** 32-bit counts: n ≤ 2^21 draws cannot wrap them. */
function drawWideBlock(state, counts, n, threshold, scale, len) {
    let s0 = state[0];
    let s1 = state[1];
    let s2 = state[2];
    let s3 = state[3];
    for (let k = 0; k < len;) {
        const x = Math.imul(s1, 5);
        const r = Math.imul((x << 7) | (x >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        if (Math.imul(r, n) >>> 0 >= threshold) {
            counts[((r >>> 0) * scale) | 0]++;
            k++;
        }
    }
    state[0] = s0;
    state[1] = s1;
    state[2] = s2;
    state[3] = s3;
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}
/**
 * One multinomial resample as multiplicities: draws n indices with `rng.nextIndex(n)` and counts
 * them into `counts` (overwritten). Drawing the same indices and copying rows gives the same resample.
 */
function resampleCounts(rng, counts) {
    counts.fill(0);
    rng.drawCounts(counts);
    return counts;
}
/** NumPy `np.quantile(x, q)` (method "linear") of an ascending array. */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function resolveBootstrapOptions(options) {
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
    const seed = options.seed ?? DEFAULT_SEED;
    if (!Number.isInteger(resamples) || resamples < 1)
        throw new errors/* InputError */.dz(`bootstrap: resamples must be a positive integer, got ${resamples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new errors/* InputError */.dz(`bootstrap: confidence must be in (0, 1), got ${confidence}`);
    if (!Number.isInteger(seed))
        throw new errors/* InputError */.dz(`bootstrap: seed must be an integer, got ${seed}`);
    return { resamples, confidence, seed };
}
/**
 * The seed of resample `index`'s own PRNG stream: splitmix32's finalizer of `seed ^ mix(index)`.
 * Each resample draws from `new Xoshiro128(resampleSeed(seed, index))`, so resample i draws the same
 * rows whichever thread runs it, and in whatever order (bootstrap-parallel.ts).
 */
function resampleSeed(seed, index) {
    return fmix32((seed >>> 0) ^ fmix32((index + 0x9e3779b9) | 0)) >>> 0;
}
function fmix32(x) {
    let z = x | 0;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) | 0;
}
/**
 * Runs resamples one at a time into a flat statistics array (`stats[m * resamples + b]` for metric
 * m of resample b): the loop body shared by the in-thread path and the bootstrap workers.
 */
class Resampler {
    summarize;
    finishers;
    data;
    seed;
    resamples;
    stats;
    counts;
    wide;
    constructor(summarize, finishers, data, seed, resamples, stats) {
        this.summarize = summarize;
        this.finishers = finishers;
        this.data = data;
        this.seed = seed;
        this.resamples = resamples;
        this.stats = stats;
        // Byte-sized counts: a quarter of the memory traffic of 32-bit counts in the two hot loops.
        // In a WebAssembly memory when it can be: drawCounts then draws there (wasm-draws.ts).
        this.counts = byteCounts(data.length);
    }
    run(b) {
        const rng = new Xoshiro128(resampleSeed(this.seed, b));
        const counts = this.counts;
        counts.fill(0);
        let weights = counts;
        if (!rng.drawCounts(counts)) {
            // A row drawn > 255 times: replay this resample's stream into 32-bit counts.
            this.wide ??= new Uint32Array(this.data.length);
            weights = resampleCounts(new Xoshiro128(resampleSeed(this.seed, b)), this.wide);
        }
        const summary = this.summarize(this.data, weights);
        for (let m = 0; m < this.finishers.length; m++)
            this.stats[m * this.resamples + b] = this.finishers[m](summary);
    }
}
/** Percentile intervals from the flat per-resample statistics (resample order, see Resampler). */
function percentileIntervals(names, estimates, stats, options) {
    const { resamples, confidence, seed } = options;
    const alpha = 1 - confidence;
    const out = {};
    names.forEach((name, m) => {
        const valid = stats.slice(m * resamples, (m + 1) * resamples).filter((x) => !Number.isNaN(x)).sort();
        out[name] = {
            estimate: estimates[m],
            lower: quantileSorted(valid, alpha / 2),
            upper: quantileSorted(valid, 1 - alpha / 2),
            confidence,
            resamples,
            invalid: resamples - valid.length,
            method: 'percentile',
            seed,
        };
    });
    return out;
}
/**
 * Percentile intervals for several metrics that share one summary per resample: `summarize` makes
 * one pass over the data with the resample's multiplicities, and each metric reads the summary.
 * Runs every resample on this thread; bootstrap-parallel.ts spreads them over worker threads with
 * the same per-resample streams, hence the same intervals.
 */
function bootstrapStatistics(summarize, metrics, data, options = {}) {
    const resolved = resolveBootstrapOptions(options);
    const names = Object.keys(metrics);
    const full = summarize(data);
    if (data.length === 0)
        throw new errors/* InputError */.dz('bootstrap: no rows to resample');
    const stats = new Float64Array(names.length * resolved.resamples);
    const resampler = new Resampler(summarize, names.map((n) => metrics[n]), data, resolved.seed, resolved.resamples, stats);
    for (let b = 0; b < resolved.resamples; b++)
        resampler.run(b);
    return percentileIntervals(names, names.map((n) => metrics[n](full)), stats, resolved);
}
/** Percentile bootstrap interval of one weighted metric. */
function bootstrapCi(metric, data, options = {}) {
    return bootstrapStatistics(metric, { value: (x) => x }, data, options).value;
}


/***/ }),

/***/ 3868:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FH: () => (/* reexport */ bootstrap/* DEFAULT_CONFIDENCE */.FH),
  DN: () => (/* reexport */ bootstrap/* DEFAULT_PAIRED_RESAMPLES */.DN),
  KP: () => (/* reexport */ bootstrap/* DEFAULT_SEED */.KP),
  DJ: () => (/* reexport */ ECE_DEFAULT_BINS),
  Cb: () => (/* binding */ METRICS),
  Uw: () => (/* binding */ METRIC_NAMES),
  MY: () => (/* binding */ binaryEvaluation),
  SR: () => (/* binding */ bootstrapMetrics),
  GZ: () => (/* binding */ bootstrapPlan),
  _f: () => (/* reexport */ bootstrap/* bootstrapStatistics */._f),
  pH: () => (/* binding */ computeMetrics),
  gM: () => (/* reexport */ confusionMatrix),
  uS: () => (/* binding */ metricsForTask),
  m2: () => (/* binding */ multiclassEvaluation),
  yv: () => (/* binding */ regressionEvaluation),
  X: () => (/* binding */ summarizeBinary)
});

// UNUSED EXPORTS: BINARY_FROM_SUMMARY, DEFAULT_RESAMPLES, FLOAT64_EPS, Resampler, Xoshiro128, accuracy, argsortDescending, averagePrecision, averagePrecisionRanked, balancedAccuracy, bootstrapCi, brierScoreLoss, checkSameLength, eceBin, expectedCalibrationError, explainedVariance, f1, logLoss, meanAbsoluteError, meanAbsolutePercentageError, meanSquaredError, medianAbsoluteError, percentileIntervals, precision, precisionRecallF1, quantileSorted, r2, rankBinary, rankedCurveSums, recall, resampleCounts, resampleSeed, resampleSummary, resolveBootstrapOptions, rocAuc, rocAucOvr, rocAucRanked, rootMeanSquaredError, summarizeBinaryGeneral, uniqueLabels, weightedMedianSorted, weightsInRankOrder

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
;// CONCATENATED MODULE: ../../../../shared/model/metrics/classification.ts
/**
 * Classification metrics with scikit-learn 1.2 semantics (sklearn/metrics/_classification.py).
 *
 * Every function takes an optional `weights` vector. It means what scikit-learn's `sample_weight`
 * means; integer weights are multiplicities, which is how the bootstrap (bootstrap.ts) resamples
 * without copying rows.
 *
 * zero_division: scikit-learn's default is "warn", which returns 0 for an ill-defined ratio
 * (precision with no predicted positives, recall with no true positives, F1 when both are 0).
 * We return 0 in the same places and do not warn: these functions are pure and have no logger.
 *
 * Labels are numbers or strings, never mixed (scikit-learn refuses mixes too). They are ordered as
 * `sklearn.utils.multiclass.unique_labels` orders them: numbers ascending, strings by code unit.
 * (NumPy compares strings by code point; the two orders differ only for characters outside the
 * Basic Multilingual Plane versus U+E000..U+FFFF.)
 */

function classification_checkSameLength(what, ...arrays) {
    const first = arrays[0];
    for (const a of arrays) {
        if (a !== undefined && a.length !== first.length) {
            throw new errors/* InputError */.dz(`${what}: inputs have different lengths (${arrays.filter((x) => x).map((x) => x.length).join(' vs ')})`, {
                hint: 'pass one value per row in every column',
            });
        }
    }
    return first.length;
}
function compareLabels(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Sorted distinct labels of all inputs (scikit-learn `unique_labels`). */
function classification_uniqueLabels(...ys) {
    const seen = new Set();
    for (const y of ys)
        for (let i = 0; i < y.length; i++)
            seen.add(y[i]);
    const labels = [...seen];
    const kinds = new Set(labels.map((l) => typeof l));
    if (kinds.size > 1) {
        throw new errors/* InputError */.dz('labels mix numbers and strings', { hint: 'encode every label the same way' });
    }
    for (const l of labels) {
        if (typeof l === 'number' && Number.isNaN(l))
            throw new errors/* InputError */.dz('labels contain NaN');
    }
    return labels.sort(compareLabels);
}
function labelIndex(labels) {
    const index = new Map();
    labels.forEach((l, i) => index.set(l, i));
    return index;
}
function weightSum(n, weights) {
    if (!weights)
        return n;
    let s = 0;
    for (let i = 0; i < n; i++)
        s += weights[i];
    return s;
}
/** Weighted confusion counts as a flat row-major k×k array (row = true, column = predicted). */
function confusionCounts(yTrue, yPred, labels, weights) {
    const n = classification_checkSameLength('confusion matrix', yTrue, yPred, weights);
    const k = labels.length;
    const index = labelIndex(labels);
    const counts = new Float64Array(k * k);
    for (let i = 0; i < n; i++) {
        const t = index.get(yTrue[i]);
        const p = index.get(yPred[i]);
        // scikit-learn drops rows whose true or predicted label is not in `labels`.
        if (t === undefined || p === undefined)
            continue;
        counts[t * k + p] += weights ? weights[i] : 1;
    }
    return counts;
}
/** scikit-learn `confusion_matrix(y_true, y_pred, labels=..., sample_weight=...)`. */
function confusionMatrix(yTrue, yPred, options = {}) {
    const labels = options.labels ? [...options.labels] : classification_uniqueLabels(yTrue, yPred);
    const flat = confusionCounts(yTrue, yPred, labels, options.weights);
    const k = labels.length;
    const counts = [];
    for (let i = 0; i < k; i++)
        counts.push(Array.from(flat.subarray(i * k, (i + 1) * k)));
    return { labels, counts };
}
/** scikit-learn `accuracy_score` (normalize=True). */
function accuracy(yTrue, yPred, options = {}) {
    const n = classification_checkSameLength('accuracy', yTrue, yPred, options.weights);
    const w = options.weights;
    let hit = 0;
    for (let i = 0; i < n; i++)
        if (yTrue[i] === yPred[i])
            hit += w ? w[i] : 1;
    return hit / weightSum(n, w);
}
/**
 * scikit-learn `balanced_accuracy_score(adjusted=False)`: the mean recall over the classes present
 * in y_true. Classes that occur only in y_pred have no recall and are dropped (scikit-learn warns).
 */
function balancedAccuracy(yTrue, yPred, options = {}) {
    const labels = classification_uniqueLabels(yTrue, yPred);
    const k = labels.length;
    const c = confusionCounts(yTrue, yPred, labels, options.weights);
    let sum = 0;
    let classes = 0;
    for (let i = 0; i < k; i++) {
        let row = 0;
        for (let j = 0; j < k; j++)
            row += c[i * k + j];
        if (row === 0)
            continue;
        sum += c[i * k + i] / row;
        classes++;
    }
    return sum / classes;
}
/** Ratio with scikit-learn's default zero_division ("warn" → 0). */
function ratio(num, den) {
    return den === 0 ? 0 : num / den;
}
/** F1 from precision and recall exactly as scikit-learn 1.2 does (denominator 0 → 0). */
function fScore(p, r) {
    const den = p + r;
    return den === 0 ? 0 : (2 * p * r) / den;
}
/**
 * scikit-learn `precision_recall_fscore_support(average=..., pos_label=...)` with beta = 1.
 *
 * - `binary` (default): scores of `posLabel` (default 1). Fails if y_true ∪ y_pred holds more than
 *   two labels, or two labels of which none is `posLabel`.
 * - `macro`: unweighted mean of the per-class scores over `labels` (default unique_labels).
 * - `micro`: from the summed tp/fp/fn (equals accuracy for single-label multiclass).
 * - `weighted`: per-class scores weighted by true support.
 */
function precisionRecallF1(yTrue, yPred, options = {}) {
    const average = options.average ?? 'binary';
    const present = classification_uniqueLabels(yTrue, yPred);
    let labels;
    if (average === 'binary') {
        if (present.length > 2) {
            throw new errors/* InputError */.dz(`average='binary' but y_true/y_pred hold ${present.length} labels`, {
                hint: "choose average 'macro', 'micro' or 'weighted' for multiclass targets",
            });
        }
        const posLabel = options.posLabel ?? 1;
        if (present.length === 2 && !present.includes(posLabel)) {
            throw new errors/* InputError */.dz(`pos_label=${String(posLabel)} is not a valid label: it should be one of ${present.join(', ')}`);
        }
        labels = [posLabel];
    }
    else {
        labels = options.labels ? [...options.labels] : present;
    }
    // Counting over all labels present keeps rows with other labels out of tp/fp/fn exactly as
    // scikit-learn's multilabel_confusion_matrix does.
    const all = options.labels ? classification_uniqueLabels([...present, ...labels]) : classification_uniqueLabels(present, labels);
    const k = all.length;
    const c = confusionCounts(yTrue, yPred, all, options.weights);
    const idx = labelIndex(all);
    const tp = [];
    const predSum = [];
    const trueSum = [];
    for (const l of labels) {
        const i = idx.get(l);
        let col = 0;
        let row = 0;
        for (let j = 0; j < k; j++) {
            col += c[j * k + i];
            row += c[i * k + j];
        }
        tp.push(c[i * k + i]);
        predSum.push(col);
        trueSum.push(row);
    }
    if (average === 'micro') {
        const t = tp.reduce((a, b) => a + b, 0);
        const p = ratio(t, predSum.reduce((a, b) => a + b, 0));
        const r = ratio(t, trueSum.reduce((a, b) => a + b, 0));
        return { precision: p, recall: r, f1: fScore(p, r) };
    }
    const ps = tp.map((t, i) => ratio(t, predSum[i]));
    const rs = tp.map((t, i) => ratio(t, trueSum[i]));
    const fs = ps.map((p, i) => fScore(p, rs[i]));
    if (average === 'binary')
        return { precision: ps[0], recall: rs[0], f1: fs[0] };
    if (average === 'macro') {
        const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
        return { precision: mean(ps), recall: mean(rs), f1: mean(fs) };
    }
    const support = trueSum.reduce((a, b) => a + b, 0);
    const wmean = (xs) => (support === 0 ? 0 : xs.reduce((a, x, i) => a + x * trueSum[i], 0) / support);
    return { precision: wmean(ps), recall: wmean(rs), f1: wmean(fs) };
}
/** scikit-learn `precision_score`. */
function precision(yTrue, yPred, options) {
    return precisionRecallF1(yTrue, yPred, options).precision;
}
/** scikit-learn `recall_score`. */
function recall(yTrue, yPred, options) {
    return precisionRecallF1(yTrue, yPred, options).recall;
}
/** scikit-learn `f1_score`. */
function f1(yTrue, yPred, options) {
    return precisionRecallF1(yTrue, yPred, options).f1;
}
function isMatrix(p) {
    return p.length > 0 && typeof p[0] !== 'number';
}
/** float64 machine epsilon, `np.finfo(np.float64).eps`. */
const FLOAT64_EPS = Number.EPSILON;
/**
 * scikit-learn 1.2 `log_loss(y_true, y_pred, eps="auto", normalize=True)`.
 *
 * Exactly as 1.2: classes are `labels` or the sorted labels of y_true (at least two). Every
 * probability is clipped to [eps, 1 - eps] with eps = "auto" = np.finfo(float64).eps = 2.22e-16;
 * a 1-D input is the probability of the greater class and becomes the pair (1 - p, p) AFTER
 * clipping; each row is then divided by its sum (silent renormalisation), and the loss is the
 * (weighted) mean of -log p[true class].
 *
 * Newer scikit-learn: 1.3 deprecated `eps` and warns when rows do not sum to 1; 1.5 removed `eps`
 * (clipping at the dtype's eps stays) and raises instead of renormalising rows that do not sum
 * to 1 (PR #28851). For valid probabilities all versions agree.
 */
function logLoss(yTrue, yProba, options = {}) {
    const n = classification_checkSameLength('log_loss', yTrue, yProba, options.weights);
    const eps = options.eps ?? FLOAT64_EPS;
    const classes = options.labels ? classification_uniqueLabels(options.labels) : classification_uniqueLabels(yTrue);
    if (classes.length < 2) {
        throw new errors/* InputError */.dz(`log_loss needs at least two classes, y_true holds only ${classes.join(', ')}`, {
            hint: 'pass the full list of classes as labels',
        });
    }
    const index = labelIndex(classes);
    const clip = (p) => (p < eps ? eps : p > 1 - eps ? 1 - eps : p);
    const w = options.weights;
    let total = 0;
    let wsum = 0;
    const matrix = isMatrix(yProba);
    if (!matrix && classes.length !== 2) {
        throw new errors/* InputError */.dz(`log_loss got one probability per row but ${classes.length} classes`, {
            hint: 'pass one probability per class and row for multiclass targets',
        });
    }
    for (let i = 0; i < n; i++) {
        const t = index.get(yTrue[i]);
        if (t === undefined)
            throw new errors/* InputError */.dz(`log_loss: y_true label ${String(yTrue[i])} is not one of the classes ${classes.join(', ')}`);
        let loss;
        if (!matrix) {
            const p1 = clip(yProba[i]);
            const p0 = 1 - p1;
            loss = -Math.log((t === 1 ? p1 : p0) / (p0 + p1));
        }
        else {
            const row = yProba[i];
            if (row.length !== classes.length) {
                throw new errors/* InputError */.dz(`log_loss: row ${i} has ${row.length} probabilities for ${classes.length} classes (${classes.join(', ')})`, {
                    hint: 'columns must follow the sorted class labels; pass labels if y_true lacks some classes',
                });
            }
            let sum = 0;
            for (let j = 0; j < row.length; j++)
                sum += clip(row[j]);
            loss = -Math.log(clip(row[t]) / sum);
        }
        const wi = w ? w[i] : 1;
        total += wi * loss;
        wsum += wi;
    }
    return total / wsum;
}
/**
 * scikit-learn 1.2's default pos_label for binary y_true: 1 when the classes are exactly {0, 1},
 * {-1, 1}, {0}, {-1} or {1} (`_check_pos_label_consistency`), else, for numbers, the greatest class
 * (brier_score_loss's fallback): y_true {-1, 0} scores class 0.
 */
function defaultPosLabel(yTrue, fn) {
    const classes = classification_uniqueLabels(yTrue);
    const are = (...want) => classes.length === want.length && want.every((w, i) => classes[i] === w);
    if (are(0, 1) || are(-1, 1) || are(0) || are(-1) || are(1))
        return 1;
    if (classes.every((c) => typeof c === 'number'))
        return classes[classes.length - 1];
    throw new errors/* InputError */.dz(`${fn}: y_true labels are ${classes.join(', ')}, so the positive class is ambiguous`, {
        hint: 'pass posLabel',
    });
}
/** scikit-learn `brier_score_loss(y_true, y_prob, pos_label=...)` (binary only). */
function brierScoreLoss(yTrue, yProb, options = {}) {
    const n = classification_checkSameLength('brier_score_loss', yTrue, yProb, options.weights);
    if (classification_uniqueLabels(yTrue).length > 2)
        throw new InputError('brier_score_loss supports binary targets only');
    const pos = options.posLabel ?? defaultPosLabel(yTrue, 'brier_score_loss');
    const w = options.weights;
    let total = 0;
    let wsum = 0;
    for (let i = 0; i < n; i++) {
        const p = yProb[i];
        if (!(p >= 0 && p <= 1))
            throw new InputError(`brier_score_loss: probability ${p} at row ${i} is outside [0, 1]`);
        const d = (yTrue[i] === pos ? 1 : 0) - p;
        const wi = w ? w[i] : 1;
        total += wi * d * d;
        wsum += wi;
    }
    return total / wsum;
}
/** Default number of ECE bins (Guo et al. 2017; torchmetrics' default). */
const ECE_DEFAULT_BINS = 15;
/**
 * ECE bin of a confidence p in [0, 1]: bins are the right-closed intervals ((m-1)/M, m/M] of
 * Guo et al. (2017) §2, with the edges computed as m / M; p = 0 goes to the first bin.
 */
function eceBin(p, bins) {
    let b = Math.ceil(p * bins) - 1;
    if (b < 0)
        b = 0;
    if (b > bins - 1)
        b = bins - 1;
    // p * bins may round across an edge; settle against the exact edges m / M.
    while (b > 0 && p <= b / bins)
        b--;
    while (b < bins - 1 && p > (b + 1) / bins)
        b++;
    return b;
}
/**
 * Expected calibration error (Guo et al., "On Calibration of Modern Neural Networks", ICML 2017):
 *   ECE = Σ_m (|B_m| / n) · |acc(B_m) − conf(B_m)| = Σ_m |Σ_{i∈B_m} (correct_i − conf_i)| / n
 * with M equal-width bins (default 15), right-closed ((m−1)/M, m/M] and 0 in the first bin.
 *
 * - Binary (`yProb` one value per row): conf_i = P(positive), correct_i = [y_i = posLabel], the
 *   reliability of the positive-class probability, as torchmetrics' `binary_calibration_error`.
 * - Multiclass (`yProb` one row per sample, columns = sorted classes or `labels`): top-label,
 *   conf_i = max_j p_ij, correct_i = [class of the first argmax = y_i], as Guo et al. and
 *   torchmetrics' `multiclass_calibration_error`.
 *
 * torchmetrics buckets with torch.bucketize(right=True) on float32 edges, i.e. [lo, hi) bins plus a
 * separate bucket for exactly 1.0, so it can differ from this definition for confidences that sit
 * exactly on an edge (k/15, or 1.0).
 */
function expectedCalibrationError(yTrue, yProb, options = {}) {
    const n = classification_checkSameLength('ece', yTrue, yProb, options.weights);
    const bins = options.bins ?? ECE_DEFAULT_BINS;
    if (!Number.isInteger(bins) || bins < 1)
        throw new errors/* InputError */.dz(`ece: bins must be a positive integer, got ${bins}`);
    const gap = new Float64Array(bins);
    const w = options.weights;
    let wsum = 0;
    if (!isMatrix(yProb)) {
        const pos = options.posLabel ?? defaultPosLabel(yTrue, 'ece');
        for (let i = 0; i < n; i++) {
            const p = yProb[i];
            if (!(p >= 0 && p <= 1))
                throw new errors/* InputError */.dz(`ece: probability ${p} at row ${i} is outside [0, 1]`);
            const wi = w ? w[i] : 1;
            gap[eceBin(p, bins)] += wi * ((yTrue[i] === pos ? 1 : 0) - p);
            wsum += wi;
        }
    }
    else {
        const classes = options.labels ? [...options.labels] : classification_uniqueLabels(yTrue);
        for (let i = 0; i < n; i++) {
            const row = yProb[i];
            if (row.length !== classes.length) {
                throw new errors/* InputError */.dz(`ece: row ${i} has ${row.length} probabilities for ${classes.length} classes`, {
                    hint: 'columns must follow the sorted class labels; pass labels if y_true lacks some classes',
                });
            }
            let best = 0;
            for (let j = 1; j < row.length; j++)
                if (row[j] > row[best])
                    best = j;
            const conf = row[best];
            const wi = w ? w[i] : 1;
            gap[eceBin(conf, bins)] += wi * ((classes[best] === yTrue[i] ? 1 : 0) - conf);
            wsum += wi;
        }
    }
    let ece = 0;
    for (let b = 0; b < bins; b++)
        ece += Math.abs(gap[b]);
    return ece / wsum;
}

// EXTERNAL MODULE: ../../../../shared/model/metrics/shareable.ts
var shareable = __webpack_require__(7691);
;// CONCATENATED MODULE: ../../../../shared/model/metrics/ranking.ts
/**
 * Ranking metrics with scikit-learn 1.2 semantics (sklearn/metrics/_ranking.py), O(n log n).
 *
 * Both metrics walk the rows once in descending score order, one tie group (rows with equal
 * scores) at a time, which is what scikit-learn's `_binary_clf_curve` does with its
 * `distinct_value_indices`:
 *
 * - ROC AUC is the trapezoid area under the ROC curve with one point per distinct score. With ties
 *   this equals the Mann–Whitney U statistic with average ranks, divided by P·N.
 * - Average precision is scikit-learn's step-wise sum AP = Σ_n (R_n − R_{n−1}) · P_n over the
 *   distinct thresholds, not the trapezoid under the precision–recall curve.
 *
 * Sorting is done once (`rankBinary`); the `*Ranked` variants take weights in rank order and run
 * in O(n), which is what lets the bootstrap reuse one sort for every resample.
 */



const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/**
 * Indices that order `values` descending (stable: equal values keep their input order).
 * LSD radix sort on the IEEE-754 bits, 16 bits per pass, skipping passes where all keys share
 * the digit: ~4 linear passes, no comparator calls. -0 and +0 are one value; NaN is refused.
 */
function argsortDescending(values) {
    const n = values.length;
    for (let i = 0; i < n; i++) {
        if (Number.isNaN(values[i]))
            throw new errors/* InputError */.dz(`score at row ${i} is NaN`, { hint: 'drop or impute rows without a score' });
    }
    if (n < 1024) {
        // Small inputs: the radix histograms would cost more than a comparator sort (-0 and +0 compare equal).
        return Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
    }
    // The keys come from the scores' own bits when they are a Float64Array: no 8 MB copy per 1M rows
    // (fresh memory is the costly part of this sort on a cold run).
    const f = values instanceof Float64Array ? values : Float64Array.from(values);
    const bits = new Uint32Array(f.buffer, f.byteOffset, 2 * n);
    const hiAt = LITTLE_ENDIAN ? 1 : 0;
    const loAt = LITTLE_ENDIAN ? 0 : 1;
    const hi = new Uint32Array(n);
    const lo = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        let h = bits[2 * i + hiAt];
        let l = bits[2 * i + loAt];
        // -0 sorts as +0 (they are one value).
        if (h === 0x80000000 && l === 0)
            h = 0;
        // Map the float order onto unsigned integer order (ascending), then invert for descending.
        if (h & 0x80000000) {
            h = ~h;
            l = ~l;
        }
        else {
            h ^= 0x80000000;
        }
        hi[i] = ~h >>> 0;
        lo[i] = ~l >>> 0;
    }
    const hist = new Uint32Array(4 * 65536);
    for (let i = 0; i < n; i++) {
        const l = lo[i];
        const h = hi[i];
        hist[l & 0xffff]++;
        hist[65536 + (l >>> 16)]++;
        hist[131072 + (h & 0xffff)]++;
        hist[196608 + (h >>> 16)]++;
    }
    let idx = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        idx[i] = i;
    let tmp = new Uint32Array(n);
    for (let pass = 0; pass < 4; pass++) {
        const base = pass * 65536;
        const keys = pass < 2 ? lo : hi;
        const shift = pass % 2 === 0 ? 0 : 16;
        // A digit shared by every key leaves the order unchanged.
        let skip = false;
        for (let d = 0; d < 65536; d++) {
            const c = hist[base + d];
            if (c === n)
                skip = true;
            if (c !== 0)
                break;
        }
        if (skip || n === 0)
            continue;
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = hist[base + d];
            hist[base + d] = sum;
            sum += c;
        }
        for (let k = 0; k < n; k++) {
            const i = idx[k];
            const d = (keys[i] >>> shift) & 0xffff;
            tmp[hist[base + d]++] = i;
        }
        const t = idx;
        idx = tmp;
        tmp = t;
    }
    return idx;
}
/** Sort once: ranks, positives and tie groups of binary scores. */
function rankBinary(yTrue, yScore, posLabel) {
    const n = classification_checkSameLength('ranking', yTrue, yScore);
    const order = argsortDescending(yScore);
    const score = new Float64Array(n);
    const positive = (0,shareable/* shareableUint8 */.cH)(n);
    // Group ends into a typed array (at most n of them), not a growing JS array of up to 1M numbers.
    const ends = new Uint32Array(n);
    let groups = 0;
    for (let r = 0; r < n; r++) {
        const i = order[r];
        score[r] = yScore[i];
        positive[r] = yTrue[i] === posLabel ? 1 : 0;
        if (r > 0 && score[r] !== score[r - 1])
            ends[groups++] = r;
    }
    if (n > 0)
        ends[groups++] = n;
    // Continuous scores have about a group per row: keep the array rather than copy it.
    return { length: n, order, score, positive, groupEnd: groups > n / 2 ? ends.subarray(0, groups) : ends.slice(0, groups) };
}
/** Weights given per input row, permuted into rank order. */
function weightsInRankOrder(ranked, weights) {
    const out = new Float64Array(ranked.length);
    for (let r = 0; r < ranked.length; r++)
        out[r] = weights[ranked.order[r]];
    return out;
}
/** One pass over the tie groups; weights (if any) are in rank order. */
function rankedCurveSums(ranked, weights) {
    const { positive, groupEnd } = ranked;
    let tp = 0;
    let fp = 0;
    let rocArea = 0;
    let apSum = 0;
    let r = 0;
    for (let g = 0; g < groupEnd.length; g++) {
        const end = groupEnd[g];
        let dP = 0;
        let dW = 0;
        if (weights) {
            for (; r < end; r++) {
                const w = weights[r];
                dW += w;
                dP += positive[r] * w;
            }
        }
        else {
            for (; r < end; r++)
                dP += positive[r];
            dW = end - (g === 0 ? 0 : groupEnd[g - 1]);
        }
        const dN = dW - dP;
        rocArea += dN * (tp + dP / 2);
        tp += dP;
        fp += dN;
        if (dP > 0)
            apSum += (dP * tp) / (tp + fp);
    }
    return { rocArea, apSum, positives: tp, negatives: fp };
}
/** ROC AUC from pre-ranked data; NaN when one class has no weight. */
function rocAucRanked(ranked, weights) {
    const s = rankedCurveSums(ranked, weights);
    return s.positives > 0 && s.negatives > 0 ? s.rocArea / (s.positives * s.negatives) : Number.NaN;
}
/** Average precision from pre-ranked data; 0 when there are no positives (as scikit-learn 1.2). */
function averagePrecisionRanked(ranked, weights) {
    const s = rankedCurveSums(ranked, weights);
    return s.positives > 0 ? s.apSum / s.positives : 0;
}
/**
 * scikit-learn `roc_auc_score(y_true, y_score)` for a binary target. The positive class is the
 * greater label, as in scikit-learn (which has no pos_label here), unless `posLabel` is given.
 * Fails when y_true holds only one class ("ROC AUC is not defined").
 */
function rocAuc(yTrue, yScore, options = {}) {
    checkSameLength('roc_auc', yTrue, yScore, options.weights);
    const classes = uniqueLabels(yTrue);
    if (classes.length !== 2) {
        throw new InputError(classes.length < 2
            ? 'roc_auc: only one class present in y_true; ROC AUC is not defined in that case'
            : `roc_auc: y_true holds ${classes.length} classes; pass one probability per class for multiclass (one-vs-rest)`);
    }
    const ranked = rankBinary(yTrue, yScore, options.posLabel ?? classes[1]);
    const auc = rocAucRanked(ranked, options.weights ? weightsInRankOrder(ranked, options.weights) : undefined);
    if (Number.isNaN(auc))
        throw new InputError('roc_auc: one class has zero total weight; ROC AUC is not defined');
    return auc;
}
/**
 * scikit-learn `roc_auc_score(y_true, y_proba, multi_class='ovr', average='macro')`: the unweighted
 * mean over classes of the binary AUC of "this class vs the rest". Columns follow the sorted labels
 * of y_true (or `labels`); every row must sum to 1 (np.allclose), as scikit-learn demands.
 */
function rocAucOvr(yTrue, yProba, options = {}) {
    const n = classification_checkSameLength('roc_auc (ovr)', yTrue, yProba, options.weights);
    const classes = options.labels ? classification_uniqueLabels(options.labels) : classification_uniqueLabels(yTrue);
    for (let i = 0; i < n; i++) {
        const row = yProba[i];
        if (row.length !== classes.length) {
            throw new errors/* InputError */.dz(`roc_auc (ovr): row ${i} has ${row.length} scores for ${classes.length} classes`, {
                hint: 'columns must follow the sorted class labels; pass labels if y_true lacks some classes',
            });
        }
        let s = 0;
        for (let j = 0; j < row.length; j++)
            s += row[j];
        // np.allclose(1, s): |s - 1| <= atol + rtol * |s| with rtol 1e-5, atol 1e-8.
        if (!(Math.abs(s - 1) <= 1e-8 + 1e-5 * Math.abs(s))) {
            throw new errors/* InputError */.dz(`roc_auc (ovr): probabilities in row ${i} sum to ${s}, not 1`, { hint: 'pass predict_proba output' });
        }
    }
    let total = 0;
    const column = new Float64Array(n);
    for (let c = 0; c < classes.length; c++) {
        for (let i = 0; i < n; i++)
            column[i] = yProba[i][c];
        const ranked = rankBinary(yTrue, column, classes[c]);
        const auc = rocAucRanked(ranked, options.weights ? weightsInRankOrder(ranked, options.weights) : undefined);
        if (Number.isNaN(auc))
            throw new errors/* InputError */.dz(`roc_auc (ovr): class ${String(classes[c])} has no positive or no negative rows`);
        total += auc;
    }
    return total / classes.length;
}
/**
 * scikit-learn `average_precision_score(y_true, y_score, pos_label=1)` for a binary target:
 * AP = Σ_n (R_n − R_{n−1}) P_n over distinct thresholds (ties form one threshold). With no
 * positive rows scikit-learn 1.2 warns and returns 0; so do we (without the warning).
 */
function averagePrecision(yTrue, yScore, options = {}) {
    checkSameLength('average_precision', yTrue, yScore, options.weights);
    const classes = uniqueLabels(yTrue);
    if (classes.length > 2)
        throw new InputError(`average_precision: y_true holds ${classes.length} classes; only binary targets are supported`);
    const posLabel = options.posLabel ?? 1;
    if (classes.length === 2 && !classes.includes(posLabel)) {
        throw new InputError(`average_precision: pos_label=${String(posLabel)} is not a valid label: it should be one of ${classes.join(', ')}`);
    }
    const ranked = rankBinary(yTrue, yScore, posLabel);
    return averagePrecisionRanked(ranked, options.weights ? weightsInRankOrder(ranked, options.weights) : undefined);
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/regression.ts
/**
 * Regression metrics with scikit-learn 1.2 semantics (sklearn/metrics/_regression.py), single
 * output. `weights` are scikit-learn's `sample_weight` (integers are multiplicities), except for
 * median_ae, see there.
 */


function check(what, yTrue, yPred, weights) {
    const n = classification_checkSameLength(what, yTrue, yPred, weights);
    if (n === 0)
        throw new errors/* InputError */.dz(`${what}: no rows`);
    return n;
}
/** np.average(f(i), weights) */
function average(n, f, weights) {
    let s = 0;
    let ws = 0;
    if (weights) {
        for (let i = 0; i < n; i++) {
            const w = weights[i];
            s += w * f(i);
            ws += w;
        }
    }
    else {
        for (let i = 0; i < n; i++)
            s += f(i);
        ws = n;
    }
    return s / ws;
}
/** scikit-learn `mean_absolute_error`. */
function meanAbsoluteError(yTrue, yPred, options = {}) {
    const n = check('mae', yTrue, yPred, options.weights);
    return average(n, (i) => Math.abs(yTrue[i] - yPred[i]), options.weights);
}
/** scikit-learn `mean_squared_error`. */
function meanSquaredError(yTrue, yPred, options = {}) {
    const n = check('mse', yTrue, yPred, options.weights);
    return average(n, (i) => (yTrue[i] - yPred[i]) ** 2, options.weights);
}
/** scikit-learn `mean_squared_error(squared=False)` (1.4+: `root_mean_squared_error`). */
function rootMeanSquaredError(yTrue, yPred, options = {}) {
    return Math.sqrt(meanSquaredError(yTrue, yPred, options));
}
/**
 * scikit-learn `r2_score(force_finite=True)`: 1 − SS_res / SS_tot around the weighted mean of
 * y_true. Constant y_true (SS_tot = 0): 1.0 for a perfect prediction, else 0.0.
 */
function r2(yTrue, yPred, options = {}) {
    const n = check('r2', yTrue, yPred, options.weights);
    const w = options.weights;
    const mean = average(n, (i) => yTrue[i], w);
    let num = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
        const wi = w ? w[i] : 1;
        num += wi * (yTrue[i] - yPred[i]) ** 2;
        den += wi * (yTrue[i] - mean) ** 2;
    }
    if (den === 0)
        return num === 0 ? 1 : 0;
    return 1 - num / den;
}
/**
 * scikit-learn `mean_absolute_percentage_error`: mean of |y − ŷ| / max(|y|, eps) with
 * eps = np.finfo(np.float64).eps, so a zero y_true gives a huge but finite term. A fraction, not %.
 */
function meanAbsolutePercentageError(yTrue, yPred, options = {}) {
    const n = check('mape', yTrue, yPred, options.weights);
    return average(n, (i) => Math.abs(yTrue[i] - yPred[i]) / Math.max(Math.abs(yTrue[i]), FLOAT64_EPS), options.weights);
}
/**
 * scikit-learn `median_absolute_error` without weights: np.median(|y − ŷ|) (mean of the two middle
 * values for an even count).
 *
 * With `weights` we treat them as multiplicities: the result is np.median of the rows repeated
 * weights[i] times, so a bootstrap resample given as counts equals the resample given as rows.
 * Weights must then be non-negative integers. (scikit-learn's sample_weight path instead takes its
 * `_weighted_percentile`, a lower weighted median that never averages; it can differ for even totals.)
 */
function medianAbsoluteError(yTrue, yPred, options = {}) {
    const n = check('median_ae', yTrue, yPred, options.weights);
    const err = new Float64Array(n);
    for (let i = 0; i < n; i++)
        err[i] = Math.abs(yTrue[i] - yPred[i]);
    const w = options.weights;
    if (!w) {
        err.sort();
        return n % 2 === 1 ? err[(n - 1) / 2] : (err[n / 2 - 1] + err[n / 2]) / 2;
    }
    const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => err[a] - err[b]);
    return weightedMedianSorted(err, order, w);
}
/** np.median of values repeated by integer weights, given an order that sorts the values ascending. */
function weightedMedianSorted(values, order, weights) {
    let total = 0;
    for (let i = 0; i < values.length; i++) {
        const w = weights[i];
        if (!(w >= 0) || !Number.isInteger(w))
            throw new errors/* InputError */.dz(`median_ae: weight ${w} at row ${i} is not a non-negative integer multiplicity`);
        total += w;
    }
    if (total === 0)
        return Number.NaN;
    // 0-based positions of the middle element(s) in the expanded sorted list.
    const lowPos = Math.floor((total - 1) / 2);
    const highPos = Math.floor(total / 2);
    let seen = 0;
    let low = Number.NaN;
    for (let k = 0; k < order.length; k++) {
        const i = order[k];
        const w = weights[i];
        if (w === 0)
            continue;
        const v = values[i];
        if (Number.isNaN(low) && lowPos < seen + w)
            low = v;
        if (highPos < seen + w)
            return (low + v) / 2;
        seen += w;
    }
    return low;
}
/**
 * scikit-learn `explained_variance_score(force_finite=True)`: 1 − Var_w(y − ŷ) / Var_w(y).
 * Constant y_true: 1.0 if the residual variance is 0 too, else 0.0.
 */
function explainedVariance(yTrue, yPred, options = {}) {
    const n = check('explained_variance', yTrue, yPred, options.weights);
    const w = options.weights;
    const diffMean = average(n, (i) => yTrue[i] - yPred[i], w);
    const num = average(n, (i) => (yTrue[i] - yPred[i] - diffMean) ** 2, w);
    const trueMean = average(n, (i) => yTrue[i], w);
    const den = average(n, (i) => (yTrue[i] - trueMean) ** 2, w);
    if (den === 0)
        return num === 0 ? 1 : 0;
    return 1 - num / den;
}

// EXTERNAL MODULE: ../../../../shared/model/metrics/bootstrap.ts + 1 modules
var bootstrap = __webpack_require__(3060);
// EXTERNAL MODULE: ../../../../shared/model/metrics/wasm-assembler.ts
var wasm_assembler = __webpack_require__(2585);
;// CONCATENATED MODULE: ../../../../shared/model/metrics/wasm-summary.ts
/**
 * The binary summary's untied-span pass (index.ts, untiedSpan) as one WebAssembly function, written
 * below as a commented listing (wasm-assembler.ts encodes it). It adds the same terms in the same
 * order with the same IEEE-754 double operations, so the running sums are bit for bit those of the
 * JavaScript loop: test/model/metrics/wasm-summary.test.ts checks whole summaries against
 * summarizeBinary's.
 *
 * Why: the pass runs once per bootstrap resample over every row; per 1M-row resample 2.9 ms in
 * JavaScript, 2.4 ms here (min CPU of 15 × 8 resamples, 2-core dev machine, the copy of the counts
 * included): ~0.5 s of CPU over evaluate's 1,000 resamples of 1M rows. No bounds check per access
 * (guard pages), loads straight into registers.
 *
 * WebAssembly reads only its own memory, so a kernel holds copies of the prepared rows it reads:
 * memory layout
 *   [64, 136)            the running sums, the layout of index.ts's `acc` (S_TP … S_BIN_GAP)
 *   [256, +32 KiB)       average precision numerators, then [+32 KiB, +32 KiB) denominators
 *   [COUNTS_AT, +n)      the resample's byte counts (copied in per resample, ~0.04 ms per 1M)
 *   then 8-aligned: log loss (8n), gap (8n), positive (n)
 * i.e. ~18 MB per thread for 1M rows, made once per bootstrap (plan) and thread.
 */

const ACC_AT = 64;
const NUM_AT = 256;
/** Rows per span at most (index.ts SPAN_ROWS): the size of the numerator and denominator buffers. */
const KERNEL_SPAN_ROWS = 4096;
const DEN_AT = NUM_AT + 8 * KERNEL_SPAN_ROWS;
const COUNTS_AT = DEN_AT + 8 * KERNEL_SPAN_ROWS;
// Params: rows [a, b), and where the counts, positives, log losses and gaps start.
const [A, B, W_AT, Y_AT, LL_AT, GAP_AT] = [0, 1, 2, 3, 4, 5];
// i32 locals: the row, the AP term count k, its index j, dP and w as integers.
const [R, K, J, DP_INT, W_INT] = [6, 7, 8, 9, 10];
// f64 locals: the running sums, then the row's w, dP, dN, gap and w·gap.
const [TP, FP, ROC, LL, BRIER, BIN_GAP, AP, W, DP, DN, G, WG] = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22];
const LOCALS = [
    [5, wasm_assembler/* I32 */.jP],
    [12, wasm_assembler/* F64 */.je],
];
/** The running sums' slots in `acc` (index.ts S_TP … S_BIN_GAP). */
const SUMS = [
    [TP, 0],
    [FP, 1],
    [ROC, 2],
    [AP, 3],
    [LL, 4],
    [BRIER, 5],
    [BIN_GAP, 6],
];
const ZERO = (0,wasm_assembler/* i32 */.rT)(0);
/** Address of the 8-byte element at index `local` of the array starting at local `base`. */
const at8 = (base, local) => [...(0,wasm_assembler/* get */.Jt)(base), ...(0,wasm_assembler/* get */.Jt)(local), ...(0,wasm_assembler/* i32 */.rT)(3), ...wasm_assembler/* SHL */.oM, ...wasm_assembler/* ADD */.gj];
/** untied(a, b, wAt, yAt, llAt, gapAt): index.ts's untiedSpan, line for line. */
const UNTIED_BODY = [
    ...SUMS.flatMap(([local, slot]) => [...ZERO, ...(0,wasm_assembler/* f64Load */.H)(ACC_AT + 8 * slot), ...(0,wasm_assembler/* set */.hZ)(local)]),
    ...(0,wasm_assembler/* get */.Jt)(A), ...(0,wasm_assembler/* set */.hZ)(R),
    ...wasm_assembler/* BLOCK */.IE,
    ...wasm_assembler/* LOOP */.hN,
    //   for (r = a; r < b; r++)
    ...(0,wasm_assembler/* get */.Jt)(R), ...(0,wasm_assembler/* get */.Jt)(B), ...wasm_assembler/* GE_U */.DB, ...(0,wasm_assembler/* brIf */.mz)(1),
    //   wr = w[r]; llSum += wr · ll[r]
    ...(0,wasm_assembler/* get */.Jt)(W_AT), ...(0,wasm_assembler/* get */.Jt)(R), ...wasm_assembler/* ADD */.gj, ...wasm_assembler/* LOAD8_U */.Rv, ...(0,wasm_assembler/* tee */.nR)(W_INT), ...wasm_assembler/* F_FROM_U32 */.pJ, ...(0,wasm_assembler/* set */.hZ)(W),
    ...(0,wasm_assembler/* get */.Jt)(LL), ...(0,wasm_assembler/* get */.Jt)(W), ...at8(LL_AT, R), ...(0,wasm_assembler/* f64Load */.H)(), ...wasm_assembler/* F_MUL */.mC, ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(LL),
    //   g = gap[r]; wg = wr · g; brSum += wg · g; binGap += wg
    ...at8(GAP_AT, R), ...(0,wasm_assembler/* f64Load */.H)(), ...(0,wasm_assembler/* set */.hZ)(G),
    ...(0,wasm_assembler/* get */.Jt)(W), ...(0,wasm_assembler/* get */.Jt)(G), ...wasm_assembler/* F_MUL */.mC, ...(0,wasm_assembler/* set */.hZ)(WG),
    ...(0,wasm_assembler/* get */.Jt)(BRIER), ...(0,wasm_assembler/* get */.Jt)(WG), ...(0,wasm_assembler/* get */.Jt)(G), ...wasm_assembler/* F_MUL */.mC, ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(BRIER),
    ...(0,wasm_assembler/* get */.Jt)(BIN_GAP), ...(0,wasm_assembler/* get */.Jt)(WG), ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(BIN_GAP),
    //   dP = positive[r] · wr; dN = wr − dP (integers, exact as doubles)
    ...(0,wasm_assembler/* get */.Jt)(Y_AT), ...(0,wasm_assembler/* get */.Jt)(R), ...wasm_assembler/* ADD */.gj, ...wasm_assembler/* LOAD8_U */.Rv, ...(0,wasm_assembler/* get */.Jt)(W_INT), ...wasm_assembler/* MUL */.ti, ...(0,wasm_assembler/* tee */.nR)(DP_INT), ...wasm_assembler/* F_FROM_U32 */.pJ, ...(0,wasm_assembler/* set */.hZ)(DP),
    ...(0,wasm_assembler/* get */.Jt)(W_INT), ...(0,wasm_assembler/* get */.Jt)(DP_INT), ...wasm_assembler/* SUB */.X1, ...wasm_assembler/* F_FROM_U32 */.pJ, ...(0,wasm_assembler/* set */.hZ)(DN),
    //   roc += dN · tp; tp += dP; fp += dN
    ...(0,wasm_assembler/* get */.Jt)(ROC), ...(0,wasm_assembler/* get */.Jt)(DN), ...(0,wasm_assembler/* get */.Jt)(TP), ...wasm_assembler/* F_MUL */.mC, ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(ROC),
    ...(0,wasm_assembler/* get */.Jt)(TP), ...(0,wasm_assembler/* get */.Jt)(DP), ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(TP),
    ...(0,wasm_assembler/* get */.Jt)(FP), ...(0,wasm_assembler/* get */.Jt)(DN), ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(FP),
    //   num[k] = dP · tp; den[k] = tp + fp; k += dP > 0
    ...(0,wasm_assembler/* get */.Jt)(K), ...(0,wasm_assembler/* i32 */.rT)(3), ...wasm_assembler/* SHL */.oM, ...(0,wasm_assembler/* get */.Jt)(DP), ...(0,wasm_assembler/* get */.Jt)(TP), ...wasm_assembler/* F_MUL */.mC, ...(0,wasm_assembler/* f64Store */.I3)(NUM_AT),
    ...(0,wasm_assembler/* get */.Jt)(K), ...(0,wasm_assembler/* i32 */.rT)(3), ...wasm_assembler/* SHL */.oM, ...(0,wasm_assembler/* get */.Jt)(TP), ...(0,wasm_assembler/* get */.Jt)(FP), ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* f64Store */.I3)(DEN_AT),
    ...(0,wasm_assembler/* get */.Jt)(K), ...(0,wasm_assembler/* get */.Jt)(DP_INT), ...ZERO, ...wasm_assembler.NE, ...wasm_assembler/* ADD */.gj, ...(0,wasm_assembler/* set */.hZ)(K),
    ...(0,wasm_assembler/* get */.Jt)(R), ...(0,wasm_assembler/* i32 */.rT)(1), ...wasm_assembler/* ADD */.gj, ...(0,wasm_assembler/* set */.hZ)(R),
    ...(0,wasm_assembler.br)(0),
    ...wasm_assembler/* END */.Kp,
    ...wasm_assembler/* END */.Kp,
    //   for (j = 0; j < k; j++) ap += num[j] / den[j]
    ...wasm_assembler/* BLOCK */.IE,
    ...wasm_assembler/* LOOP */.hN,
    ...(0,wasm_assembler/* get */.Jt)(J), ...(0,wasm_assembler/* get */.Jt)(K), ...wasm_assembler/* GE_U */.DB, ...(0,wasm_assembler/* brIf */.mz)(1),
    ...(0,wasm_assembler/* get */.Jt)(AP), ...(0,wasm_assembler/* get */.Jt)(J), ...(0,wasm_assembler/* i32 */.rT)(3), ...wasm_assembler/* SHL */.oM, ...(0,wasm_assembler/* f64Load */.H)(NUM_AT), ...(0,wasm_assembler/* get */.Jt)(J), ...(0,wasm_assembler/* i32 */.rT)(3), ...wasm_assembler/* SHL */.oM, ...(0,wasm_assembler/* f64Load */.H)(DEN_AT), ...wasm_assembler/* F_DIV */.hm, ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(AP),
    ...(0,wasm_assembler/* get */.Jt)(J), ...(0,wasm_assembler/* i32 */.rT)(1), ...wasm_assembler/* ADD */.gj, ...(0,wasm_assembler/* set */.hZ)(J),
    ...(0,wasm_assembler.br)(0),
    ...wasm_assembler/* END */.Kp,
    ...wasm_assembler/* END */.Kp,
    ...SUMS.flatMap(([local, slot]) => [...ZERO, ...(0,wasm_assembler/* get */.Jt)(local), ...(0,wasm_assembler/* f64Store */.I3)(ACC_AT + 8 * slot)]),
    ...wasm_assembler/* END */.Kp,
];
/** The compiled pass, once per thread: undefined until first asked for, null without WebAssembly. */
let kernel;
/** A kernel over copies of these prepared rows, or undefined without WebAssembly. */
function untiedSpanKernel(logLoss, gap, positive) {
    const n = positive.length;
    kernel ??= (0,wasm_assembler/* compileKernel */.x1)(() => (0,wasm_assembler/* oneFunctionModule */.fY)('untied', 6, undefined, LOCALS, UNTIED_BODY), 'untied');
    const llAt = (COUNTS_AT + n + 7) & ~7;
    const gapAt = llAt + 8 * n;
    const yAt = gapAt + 8 * n;
    const instance = kernel?.(yAt + n);
    if (!instance)
        return undefined;
    const { fn: untied, buffer } = instance;
    new Float64Array(buffer, llAt, n).set(logLoss);
    new Float64Array(buffer, gapAt, n).set(gap);
    new Uint8Array(buffer, yAt, n).set(positive);
    return {
        acc: new Float64Array(buffer, ACC_AT, 9),
        counts: new Uint8Array(buffer, COUNTS_AT, n),
        untied: (a, b) => untied(a, b, COUNTS_AT, yAt, llAt, gapAt),
    };
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/index.ts
/**
 * The metric registry: scikit-learn names (without `_score`) → how to compute the metric on
 * prepared evaluation data, which tasks it applies to, and which direction is better (the compare
 * step's default).
 *
 * Evaluation data is prepared once per task (`binaryEvaluation`, `multiclassEvaluation`,
 * `regressionEvaluation`): binary rows are sorted by score once, so every binary metric — and every
 * bootstrap resample of every binary metric — is one O(n) pass. `weights` given to a metric index
 * the rows of the prepared data (for binary data: rank order, see `BinaryEvaluation.order`).
 */











const METRIC_NAMES = [
    'accuracy',
    'balanced_accuracy',
    'precision',
    'recall',
    'f1',
    'precision_macro',
    'precision_micro',
    'precision_weighted',
    'recall_macro',
    'recall_micro',
    'recall_weighted',
    'f1_macro',
    'f1_micro',
    'f1_weighted',
    'roc_auc',
    'average_precision',
    'log_loss',
    'brier',
    'ece',
    'mae',
    'mse',
    'rmse',
    'r2',
    'mape',
    'median_ae',
    'explained_variance',
];
function binaryEvaluation(yTrue, yProb, options = {}) {
    const n = classification_checkSameLength('binary evaluation', yTrue, yProb);
    const posLabel = options.posLabel ?? 1;
    const threshold = options.threshold ?? 0.5;
    const eceBins = options.eceBins ?? ECE_DEFAULT_BINS;
    if (!Number.isInteger(eceBins) || eceBins < 1 || eceBins > 65535)
        throw new errors/* InputError */.dz(`binary evaluation: eceBins must be an integer in 1..65535, got ${eceBins}`);
    const classes = classification_uniqueLabels(yTrue);
    if (classes.length > 2 || (classes.length === 2 && !classes.includes(posLabel))) {
        throw new errors/* InputError */.dz(`binary evaluation: y_true holds ${classes.join(', ')}; expected two classes including the positive class ${String(posLabel)}`, {
            hint: 'set the positive label, or evaluate as multiclass',
        });
    }
    for (let i = 0; i < n; i++) {
        const p = yProb[i];
        if (!(p >= 0 && p <= 1))
            throw new errors/* InputError */.dz(`binary evaluation: probability ${p} at row ${i} is outside [0, 1]`);
    }
    const ranked = rankBinary(yTrue, yProb, posLabel);
    // What the bootstrap workers read is allocated where they can read it (shareable.ts).
    const ll = (0,shareable/* shareableFloat64 */._A)(n);
    const gap = (0,shareable/* shareableFloat64 */._A)(n);
    const bin = new Uint16Array(n);
    const flags = (0,shareable/* shareableUint8 */.cH)(n);
    let cut = 0;
    for (let r = 0; r < n; r++) {
        const p = ranked.score[r];
        const y = ranked.positive[r];
        const p1 = p < FLOAT64_EPS ? FLOAT64_EPS : p > 1 - FLOAT64_EPS ? 1 - FLOAT64_EPS : p;
        const p0 = 1 - p1;
        ll[r] = -Math.log((y ? p1 : p0) / (p0 + p1));
        gap[r] = y - p;
        bin[r] = eceBin(p, eceBins);
        if (p > threshold)
            cut = r + 1;
    }
    for (const end of ranked.groupEnd)
        flags[end - 1] |= 1;
    for (let r = 0; r < n; r++)
        if (r === n - 1 || bin[r + 1] !== bin[r])
            flags[r] |= 2;
    if (cut > 0)
        flags[cut - 1] |= 4;
    const { spanEnd, spanTied } = summarySpans(flags);
    return { task: 'binary', length: n, posLabel, threshold, eceBins, ranked, order: ranked.order, logLoss: ll, gap, bin, flags, cut, spanEnd, spanTied };
}
/** Rows per summary span at most: the size of the average-precision buffers (2 × 32 KiB), here and in wasm-summary.ts. */
const SPAN_ROWS = KERNEL_SPAN_ROWS;
/** Runs of fewer untied rows than this stay in the tie-group loop (a call per short run costs more). */
const MIN_UNTIED_RUN = 64;
/** The spans of summarizeBinaryBytes from the row flags (see BinaryEvaluation.spanEnd). */
function summarySpans(flags) {
    const n = flags.length;
    // tied[r]: row r shares its score with a neighbour (it or the row before it is no group end).
    const tied = new Uint8Array(n);
    for (let r = 0; r < n; r++)
        tied[r] = (flags[r] & 1) === 0 || (r > 0 && (flags[r - 1] & 1) === 0) ? 1 : 0;
    // Short untied runs join the tied rows around them.
    for (let r = 0; r < n;) {
        if (tied[r]) {
            r++;
            continue;
        }
        let e = r;
        while (e < n && !tied[e])
            e++;
        if (e - r < MIN_UNTIED_RUN)
            tied.fill(1, r, e);
        r = e;
    }
    const ends = [];
    const kinds = [];
    let start = 0;
    for (let r = 0; r < n; r++) {
        if (r === n - 1 || (flags[r] & 6) !== 0 || tied[r + 1] !== tied[r] || r + 1 - start === SPAN_ROWS) {
            ends.push(r + 1);
            kinds.push(tied[r]);
            start = r + 1;
        }
    }
    return { spanEnd: Uint32Array.from(ends), spanTied: Uint8Array.from(kinds) };
}
/**
 * One pass over the prepared rows (weights in prepared-row order; omitted = all 1). Byte weights
 * (the bootstrap's multiplicities, and all-1 for the point values) take the span loops of
 * summarizeBinaryBytes; other weights take the plain loop. Both give the same summary, bit for bit:
 * they add the same terms in the same order.
 */
function summarizeBinary(data, weights) {
    if (weights === undefined)
        return summarizeBinaryBytes(data, new Uint8Array(data.length).fill(1));
    return weights instanceof Uint8Array ? summarizeBinaryBytes(data, weights) : summarizeBinaryGeneral(data, weights);
}
/**
 * The summary in one plain pass, for any weights (the reference the span loops below reproduce).
 */
function summarizeBinaryGeneral(data, w) {
    const n = data.length;
    const { positive } = data.ranked;
    const { logLoss: ll, gap, flags } = data;
    let tp = 0;
    let fp = 0;
    let tpCut = 0;
    let fpCut = 0;
    let rocArea = 0;
    let apSum = 0;
    let llSum = 0;
    let brSum = 0;
    let eceAbsGap = 0;
    let binGap = 0;
    let dP = 0;
    let dW = 0;
    // Groups of tied scores, ECE bins and the threshold cut are all contiguous in rank order, so one
    // sequential pass with running sums replaces every per-metric pass (and every scatter).
    for (let r = 0; r < n; r++) {
        const wr = w[r];
        const y = positive[r];
        dW += wr;
        dP += y * wr;
        llSum += wr * ll[r];
        const g = gap[r];
        const wg = wr * g;
        brSum += wg * g;
        binGap += wg;
        const f = flags[r];
        if (f !== 0) {
            if (f & 1) {
                const dN = dW - dP;
                rocArea += dN * (tp + dP / 2);
                tp += dP;
                fp += dN;
                if (dP > 0)
                    apSum += (dP * tp) / (tp + fp);
                dP = 0;
                dW = 0;
                if (f & 4) {
                    tpCut = tp;
                    fpCut = fp;
                }
            }
            if (f & 2) {
                eceAbsGap += Math.abs(binGap);
                binGap = 0;
            }
        }
    }
    return { weight: tp + fp, positives: tp, negatives: fp, tp: tpCut, fp: fpCut, logLossSum: llSum, brierSum: brSum, eceAbsGap, rocArea, apSum };
}
// Running sums of summarizeBinaryBytes, carried from span to span in one Float64Array.
const S_TP = 0;
const S_FP = 1;
const S_ROC = 2;
const S_AP = 3;
const S_LL = 4;
const S_BRIER = 5;
const S_BIN_GAP = 6;
const S_DP = 7;
const S_DW = 8;
/** Average precision terms of an untied span: numerators dP·TP and denominators TP + FP. */
const AP_NUM = new Float64Array(SPAN_ROWS);
const AP_DEN = new Float64Array(SPAN_ROWS);
/**
 * summarizeBinaryGeneral for byte weights, span by span (BinaryEvaluation.spanEnd): the summary is
 * the bootstrap's per-resample pass, and this is ~2× faster than the plain loop (measured 3.0 ms
 * against 7.5 ms per 1M rows). Why:
 * - Bin ends and the cut are span ends, read between spans, so the row loops test no flags for them.
 * - Untied spans (every row its own tie group, the usual case for continuous scores) skip the
 *   tie-group bookkeeping and the `dP > 0` branch of average precision, which mispredicts on
 *   random weights: each row writes its AP numerator and denominator at slot k and advances k by
 *   1 if dP ≥ 1, ((dP + 255) >> 8 for dP ≤ 255), then one loop divides and adds the k terms in order.
 * - Each span is a call of a small function: V8 optimises it as a whole function, not through
 *   on-stack replacement of a 1M-row loop (which ran at half speed in about half the runs).
 */
function summarizeBinaryBytes(data, w, kernel) {
    const { positive } = data.ranked;
    const { logLoss: ll, gap, flags, spanEnd, spanTied } = data;
    // With a kernel (the bootstrap's resamples, resampleSummary), the untied spans run in
    // WebAssembly on its copy of the rows and counts, on running sums in its memory.
    let acc;
    if (kernel) {
        kernel.counts.set(w);
        acc = kernel.acc.fill(0);
    }
    else
        acc = new Float64Array(9);
    let tpCut = 0;
    let fpCut = 0;
    let eceAbsGap = 0;
    let start = 0;
    for (let s = 0; s < spanEnd.length; s++) {
        const end = spanEnd[s];
        if (spanTied[s])
            tiedSpan(acc, w, positive, ll, gap, flags, start, end);
        else if (kernel)
            kernel.untied(start, end);
        else
            untiedSpan(acc, w, positive, ll, gap, start, end);
        start = end;
        const f = flags[end - 1];
        if (f & 4) {
            tpCut = acc[S_TP];
            fpCut = acc[S_FP];
        }
        if (f & 2) {
            eceAbsGap += Math.abs(acc[S_BIN_GAP]);
            acc[S_BIN_GAP] = 0;
        }
    }
    const tp = acc[S_TP];
    const fp = acc[S_FP];
    return { weight: tp + fp, positives: tp, negatives: fp, tp: tpCut, fp: fpCut, logLossSum: acc[S_LL], brierSum: acc[S_BRIER], eceAbsGap, rocArea: acc[S_ROC], apSum: acc[S_AP] };
}
/** From this many rows a bootstrap's resample summaries run their untied spans in WebAssembly. */
const KERNEL_MIN_ROWS = 1024;
/**
 * summarizeBinary for the resamples of one bootstrap: the same summaries, bit for bit, with the
 * untied spans in WebAssembly (wasm-summary.ts) once the data is large enough and WebAssembly runs
 * here. The kernel copies the rows it reads at the first resample, once per call of this function
 * (a bootstrap plan, per thread).
 */
function resampleSummary() {
    let kernel;
    return (data, weights) => {
        if (!(weights instanceof Uint8Array) || data.length < KERNEL_MIN_ROWS)
            return summarizeBinary(data, weights);
        if (kernel?.data !== data)
            kernel = { data, kernel: untiedSpanKernel(data.logLoss, data.gap, data.ranked.positive) };
        return summarizeBinaryBytes(data, weights, kernel.kernel);
    };
}
/**
 * Rows [a, b), each its own tie group. A row is positive or negative, so dP or dN is 0 and the
 * general ROC term dN·(TP + dP/2) is dN·TP, bit for bit: with dN = 0 both are +0 (roc + 0 = roc),
 * with dP = 0, TP + 0/2 is TP. Dropping the add and multiply took the pass from 3.2 to 2.9 ms per
 * 1M rows.
 */
function untiedSpan(acc, w, positive, ll, gap, a, b) {
    let tp = acc[S_TP];
    let fp = acc[S_FP];
    let roc = acc[S_ROC];
    let llSum = acc[S_LL];
    let brSum = acc[S_BRIER];
    let binGap = acc[S_BIN_GAP];
    const num = AP_NUM;
    const den = AP_DEN;
    let k = 0;
    for (let r = a; r < b; r++) {
        const wr = w[r];
        llSum += wr * ll[r];
        const g = gap[r];
        const wg = wr * g;
        brSum += wg * g;
        binGap += wg;
        const dP = positive[r] * wr;
        const dN = wr - dP;
        roc += dN * tp;
        tp += dP;
        fp += dN;
        num[k] = dP * tp;
        den[k] = tp + fp;
        k += (dP + 255) >> 8;
    }
    let ap = acc[S_AP];
    for (let j = 0; j < k; j++)
        ap += num[j] / den[j];
    acc[S_TP] = tp;
    acc[S_FP] = fp;
    acc[S_ROC] = roc;
    acc[S_AP] = ap;
    acc[S_LL] = llSum;
    acc[S_BRIER] = brSum;
    acc[S_BIN_GAP] = binGap;
}
/** Rows [a, b) with tie groups (flags bit 1 ends one); a group may run on into the next span. */
function tiedSpan(acc, w, positive, ll, gap, flags, a, b) {
    let tp = acc[S_TP];
    let fp = acc[S_FP];
    let roc = acc[S_ROC];
    let ap = acc[S_AP];
    let llSum = acc[S_LL];
    let brSum = acc[S_BRIER];
    let binGap = acc[S_BIN_GAP];
    let dP = acc[S_DP];
    let dW = acc[S_DW];
    for (let r = a; r < b; r++) {
        const wr = w[r];
        llSum += wr * ll[r];
        const g = gap[r];
        const wg = wr * g;
        brSum += wg * g;
        binGap += wg;
        dW += wr;
        dP += positive[r] * wr;
        if ((flags[r] & 1) !== 0) {
            const dN = dW - dP;
            roc += dN * (tp + dP / 2);
            tp += dP;
            fp += dN;
            if (dP > 0)
                ap += (dP * tp) / (tp + fp);
            dP = 0;
            dW = 0;
        }
    }
    acc[S_TP] = tp;
    acc[S_FP] = fp;
    acc[S_ROC] = roc;
    acc[S_AP] = ap;
    acc[S_LL] = llSum;
    acc[S_BRIER] = brSum;
    acc[S_BIN_GAP] = binGap;
    acc[S_DP] = dP;
    acc[S_DW] = dW;
}
const div0 = (a, b) => (b === 0 ? 0 : a / b);
const f1of = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
/** precision/recall/F1 of the binary confusion counts, scikit-learn averaging over present labels. */
function binaryPrf(s, average) {
    const tp = s.tp;
    const fp = s.fp;
    const fn = s.positives - tp;
    const tn = s.negatives - fp;
    const pos = { p: div0(tp, tp + fp), r: div0(tp, s.positives), support: s.positives, present: s.positives > 0 || tp + fp > 0 };
    const neg = { p: div0(tn, tn + fn), r: div0(tn, s.negatives), support: s.negatives, present: s.negatives > 0 || tn + fn > 0 };
    if (average === 'binary')
        return { precision: pos.p, recall: pos.r, f1: f1of(pos.p, pos.r) };
    const classes = [neg, pos].filter((c) => c.present);
    if (average === 'micro') {
        const a = div0(tp + tn, s.weight);
        return { precision: a, recall: a, f1: f1of(a, a) };
    }
    const wsum = average === 'weighted' ? classes.reduce((a, c) => a + c.support, 0) : classes.length;
    const avg = (f) => div0(classes.reduce((a, c) => a + (average === 'weighted' ? c.support : 1) * f(c), 0), wsum);
    return { precision: avg((c) => c.p), recall: avg((c) => c.r), f1: avg((c) => f1of(c.p, c.r)) };
}
/** Binary metric values from a summary. NaN where the metric is undefined (ROC AUC with one class). */
const BINARY_FROM_SUMMARY = {
    accuracy: (s) => (s.tp + s.negatives - s.fp) / s.weight,
    balanced_accuracy: (s) => {
        const parts = [];
        if (s.positives > 0)
            parts.push(s.tp / s.positives);
        if (s.negatives > 0)
            parts.push((s.negatives - s.fp) / s.negatives);
        return parts.reduce((a, b) => a + b, 0) / parts.length;
    },
    precision: (s) => binaryPrf(s, 'binary').precision,
    recall: (s) => binaryPrf(s, 'binary').recall,
    f1: (s) => binaryPrf(s, 'binary').f1,
    precision_macro: (s) => binaryPrf(s, 'macro').precision,
    precision_micro: (s) => binaryPrf(s, 'micro').precision,
    precision_weighted: (s) => binaryPrf(s, 'weighted').precision,
    recall_macro: (s) => binaryPrf(s, 'macro').recall,
    recall_micro: (s) => binaryPrf(s, 'micro').recall,
    recall_weighted: (s) => binaryPrf(s, 'weighted').recall,
    f1_macro: (s) => binaryPrf(s, 'macro').f1,
    f1_micro: (s) => binaryPrf(s, 'micro').f1,
    f1_weighted: (s) => binaryPrf(s, 'weighted').f1,
    roc_auc: (s) => (s.positives > 0 && s.negatives > 0 ? s.rocArea / (s.positives * s.negatives) : Number.NaN),
    average_precision: (s) => (s.positives > 0 ? s.apSum / s.positives : 0),
    log_loss: (s) => s.logLossSum / s.weight,
    brier: (s) => s.brierSum / s.weight,
    ece: (s) => s.eceAbsGap / s.weight,
};
/**
 * Classes default to the sorted labels of y_true and y_pred; pass `classes` when the probability
 * columns cover classes absent from both (log_loss then uses all of them, like sklearn's `labels`).
 */
function multiclassEvaluation(yTrue, yPred, options = {}) {
    const n = classification_checkSameLength('multiclass evaluation', yTrue, yPred, options.proba);
    const classes = options.classes ? classification_uniqueLabels(options.classes) : classification_uniqueLabels(yTrue, yPred);
    const index = new Map(classes.map((c, i) => [c, i]));
    const encode = (y, what) => {
        const out = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            const k = index.get(y[i]);
            if (k === undefined)
                throw new errors/* InputError */.dz(`multiclass evaluation: ${what} label ${String(y[i])} at row ${i} is not one of ${classes.join(', ')}`);
            out[i] = k;
        }
        return out;
    };
    if (options.proba && options.proba.some((row) => row.length !== classes.length)) {
        throw new errors/* InputError */.dz(`multiclass evaluation: probability rows must have ${classes.length} columns (${classes.join(', ')})`);
    }
    return {
        task: 'multiclass',
        length: n,
        classes,
        yTrue: encode(yTrue, 'y_true'),
        yPred: encode(yPred, 'y_pred'),
        proba: options.proba,
        eceBins: options.eceBins ?? ECE_DEFAULT_BINS,
    };
}
function regressionEvaluation(yTrue, yPred) {
    const n = classification_checkSameLength('regression evaluation', yTrue, yPred);
    const t = Float64Array.from(yTrue);
    const p = Float64Array.from(yPred);
    const absError = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        if (!Number.isFinite(t[i]) || !Number.isFinite(p[i]))
            throw new errors/* InputError */.dz(`regression evaluation: non-finite value at row ${i}`);
        absError[i] = Math.abs(t[i] - p[i]);
    }
    const absErrorOrder = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => absError[a] - absError[b]);
    return { task: 'regression', length: n, yTrue: t, yPred: p, absErrorOrder, absError };
}
function notApplicable(name, task) {
    throw new errors/* InputError */.dz(`metric "${name}" does not apply to ${task} tasks`, { hint: 'see METRICS[name].tasks' });
}
function mcPrf(data, average, weights) {
    return precisionRecallF1(data.yTrue, data.yPred, { average, weights });
}
function needProba(data, name) {
    if (!data.proba)
        throw new errors/* InputError */.dz(`metric "${name}" needs predicted probabilities`, { hint: 'provide one probability column per class' });
    return data.proba;
}
const classCodes = (data) => data.classes.map((_, i) => i);
function spec(name, direction, sklearn, computers) {
    const tasks = ['binary', 'multiclass', 'regression'].filter((t) => computers[t]);
    return {
        name,
        direction,
        tasks,
        sklearn,
        compute(data, weights) {
            const f = computers[data.task];
            if (!f)
                notApplicable(name, data.task);
            return f(data, weights);
        },
    };
}
const fromSummary = (name) => (d, w) => BINARY_FROM_SUMMARY[name](summarizeBinary(d, w));
function prfSpec(name, which, average) {
    const call = `${which}_score(average='${average}'${average === 'binary' ? ', pos_label' : ''})`;
    return spec(name, 'higher', call, {
        binary: fromSummary(name),
        ...(average === 'binary' ? {} : { multiclass: (d, w) => mcPrf(d, average, w)[which] }),
    });
}
const METRICS = {
    accuracy: spec('accuracy', 'higher', 'accuracy_score', {
        binary: fromSummary('accuracy'),
        multiclass: (d, w) => accuracy(d.yTrue, d.yPred, { weights: w }),
    }),
    balanced_accuracy: spec('balanced_accuracy', 'higher', 'balanced_accuracy_score(adjusted=False)', {
        binary: fromSummary('balanced_accuracy'),
        multiclass: (d, w) => balancedAccuracy(d.yTrue, d.yPred, { weights: w }),
    }),
    precision: prfSpec('precision', 'precision', 'binary'),
    recall: prfSpec('recall', 'recall', 'binary'),
    f1: prfSpec('f1', 'f1', 'binary'),
    precision_macro: prfSpec('precision_macro', 'precision', 'macro'),
    precision_micro: prfSpec('precision_micro', 'precision', 'micro'),
    precision_weighted: prfSpec('precision_weighted', 'precision', 'weighted'),
    recall_macro: prfSpec('recall_macro', 'recall', 'macro'),
    recall_micro: prfSpec('recall_micro', 'recall', 'micro'),
    recall_weighted: prfSpec('recall_weighted', 'recall', 'weighted'),
    f1_macro: prfSpec('f1_macro', 'f1', 'macro'),
    f1_micro: prfSpec('f1_micro', 'f1', 'micro'),
    f1_weighted: prfSpec('f1_weighted', 'f1', 'weighted'),
    roc_auc: spec('roc_auc', 'higher', "roc_auc_score (multiclass: multi_class='ovr', average='macro')", {
        binary: fromSummary('roc_auc'),
        multiclass: (d, w) => rocAucOvr(d.yTrue, needProba(d, 'roc_auc'), { labels: classCodes(d), weights: w }),
    }),
    average_precision: spec('average_precision', 'higher', 'average_precision_score(pos_label)', { binary: fromSummary('average_precision') }),
    log_loss: spec('log_loss', 'lower', 'log_loss (1.2, eps="auto")', {
        binary: fromSummary('log_loss'),
        multiclass: (d, w) => logLoss(d.yTrue, needProba(d, 'log_loss'), { labels: classCodes(d), weights: w }),
    }),
    brier: spec('brier', 'lower', 'brier_score_loss(pos_label)', { binary: fromSummary('brier') }),
    ece: spec('ece', 'lower', 'none: Guo et al. 2017, 15 equal-width bins', {
        binary: fromSummary('ece'),
        multiclass: (d, w) => expectedCalibrationError(d.yTrue, needProba(d, 'ece'), { labels: classCodes(d), bins: d.eceBins, weights: w }),
    }),
    mae: spec('mae', 'lower', 'mean_absolute_error', { regression: (d, w) => meanAbsoluteError(d.yTrue, d.yPred, { weights: w }) }),
    mse: spec('mse', 'lower', 'mean_squared_error', { regression: (d, w) => meanSquaredError(d.yTrue, d.yPred, { weights: w }) }),
    rmse: spec('rmse', 'lower', 'mean_squared_error(squared=False)', { regression: (d, w) => rootMeanSquaredError(d.yTrue, d.yPred, { weights: w }) }),
    r2: spec('r2', 'higher', 'r2_score', { regression: (d, w) => r2(d.yTrue, d.yPred, { weights: w }) }),
    mape: spec('mape', 'lower', 'mean_absolute_percentage_error', {
        regression: (d, w) => meanAbsolutePercentageError(d.yTrue, d.yPred, { weights: w }),
    }),
    median_ae: spec('median_ae', 'lower', 'median_absolute_error (weights = multiplicities)', {
        regression: (d, w) => {
            if (!w) {
                const n = d.length;
                const o = d.absErrorOrder;
                return n % 2 === 1 ? d.absError[o[(n - 1) / 2]] : (d.absError[o[n / 2 - 1]] + d.absError[o[n / 2]]) / 2;
            }
            return weightedMedianSorted(d.absError, d.absErrorOrder, w);
        },
    }),
    explained_variance: spec('explained_variance', 'higher', 'explained_variance_score', {
        regression: (d, w) => explainedVariance(d.yTrue, d.yPred, { weights: w }),
    }),
};
/** Metrics that apply to a task, in registry order. */
function metricsForTask(task) {
    return METRIC_NAMES.map((n) => METRICS[n]).filter((m) => m.tasks.includes(task));
}
function resolveNames(data, names) {
    const list = names ? [...names] : metricsForTask(data.task).map((m) => m.name);
    for (const n of list) {
        const m = METRICS[n];
        if (!m)
            throw new errors/* InputError */.dz(`unknown metric "${String(n)}"`, { hint: `known metrics: ${METRIC_NAMES.join(', ')}` });
        if (!m.tasks.includes(data.task))
            notApplicable(n, data.task);
    }
    return list;
}
/** Point values of the named metrics (default: all that apply to the task). */
function computeMetrics(data, names) {
    const list = resolveNames(data, names);
    const out = {};
    if (data.task === 'binary') {
        const s = summarizeBinary(data);
        for (const n of list)
            out[n] = BINARY_FROM_SUMMARY[n](s);
    }
    else {
        for (const n of list)
            out[n] = METRICS[n].compute(data);
    }
    return out;
}
/**
 * Point values and percentile bootstrap intervals. Binary metrics share one pass per resample
 * (`summarizeBinary`); other tasks compute each metric per resample.
 */
/**
 * What one bootstrap resample computes: a summary of the (weighted) data and, per metric, how to
 * read the metric from it. The in-thread bootstrap and the parallel one (bootstrap-parallel.ts)
 * both take it from here, so they cannot drift apart.
 */
function bootstrapPlan(data, list) {
    if (data.task === 'binary') {
        return {
            summarize: resampleSummary(),
            finishers: Object.fromEntries(list.map((n) => [n, BINARY_FROM_SUMMARY[n]])),
        };
    }
    return {
        summarize: (d, w) => list.map((n) => METRICS[n].compute(d, w)),
        finishers: Object.fromEntries(list.map((n, i) => [n, (s) => s[i]])),
    };
}
function bootstrapMetrics(data, names, options = {}) {
    const { summarize, finishers } = bootstrapPlan(data, resolveNames(data, names));
    return (0,bootstrap/* bootstrapStatistics */._f)(summarize, finishers, data, options);
}


/***/ }),

/***/ 7691:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _A: () => (/* binding */ shareableFloat64),
/* harmony export */   cH: () => (/* binding */ shareableUint8),
/* harmony export */   rt: () => (/* binding */ SHARED_MIN_ROWS)
/* harmony export */ });
/**
 * Typed arrays the bootstrap workers will read, allocated on a SharedArrayBuffer from the start when
 * the data is large enough to be bootstrapped on workers (bootstrap-parallel.ts): the workers then
 * read them in place, and the ~18 MB per 1M binary rows are not copied into shared memory before the
 * resamples can start. They behave as any typed array; only postMessage shares them instead of
 * copying.
 */
/** From this many rows evaluate's bootstrap runs on worker threads (DEFAULT_PARALLEL_MIN_ROWS). */
const SHARED_MIN_ROWS = 50_000;
function buffer(bytes, rows) {
    return rows >= SHARED_MIN_ROWS ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}
function shareableFloat64(rows) {
    return new Float64Array(buffer(8 * rows, rows));
}
function shareableUint8(rows) {
    return new Uint8Array(buffer(rows, rows));
}


/***/ }),

/***/ 2585:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ GE_U),
/* harmony export */   H: () => (/* binding */ f64Load),
/* harmony export */   H9: () => (/* binding */ EXTEND_U),
/* harmony export */   I3: () => (/* binding */ f64Store),
/* harmony export */   IE: () => (/* binding */ BLOCK),
/* harmony export */   IF: () => (/* binding */ IF),
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   Kp: () => (/* binding */ END),
/* harmony export */   NE: () => (/* binding */ NE),
/* harmony export */   OR: () => (/* binding */ OR),
/* harmony export */   Q: () => (/* binding */ SHR_U64),
/* harmony export */   Rv: () => (/* binding */ LOAD8_U),
/* harmony export */   Sr: () => (/* binding */ ROTL),
/* harmony export */   X1: () => (/* binding */ SUB),
/* harmony export */   Zk: () => (/* binding */ WRAP),
/* harmony export */   br: () => (/* binding */ br),
/* harmony export */   cq: () => (/* binding */ i64),
/* harmony export */   eP: () => (/* binding */ XOR),
/* harmony export */   fY: () => (/* binding */ oneFunctionModule),
/* harmony export */   gj: () => (/* binding */ ADD),
/* harmony export */   hN: () => (/* binding */ LOOP),
/* harmony export */   hZ: () => (/* binding */ set),
/* harmony export */   hm: () => (/* binding */ F_DIV),
/* harmony export */   jP: () => (/* binding */ I32),
/* harmony export */   je: () => (/* binding */ F64),
/* harmony export */   jl: () => (/* binding */ i32Load),
/* harmony export */   mC: () => (/* binding */ F_MUL),
/* harmony export */   mz: () => (/* binding */ brIf),
/* harmony export */   nL: () => (/* binding */ F_ADD),
/* harmony export */   nR: () => (/* binding */ tee),
/* harmony export */   oM: () => (/* binding */ SHL),
/* harmony export */   pJ: () => (/* binding */ F_FROM_U32),
/* harmony export */   rT: () => (/* binding */ i32),
/* harmony export */   sw: () => (/* binding */ STORE8),
/* harmony export */   ti: () => (/* binding */ MUL),
/* harmony export */   uv: () => (/* binding */ I64),
/* harmony export */   vM: () => (/* binding */ MUL64),
/* harmony export */   w2: () => (/* binding */ i32Store),
/* harmony export */   x1: () => (/* binding */ compileKernel)
/* harmony export */ });
/* unused harmony exports uleb, PAGE */
/**
 * Just enough of a WebAssembly assembler for the bootstrap's two hand-written kernels
 * (wasm-draws.ts, wasm-summary.ts): the binary encodings of the instructions they use (WebAssembly
 * core specification 1.0, §5), a one-function module that imports its memory, and the compiled
 * modules, once per thread. No toolchain and no .wasm file: each kernel is a commented listing in
 * TypeScript, and the bundles carry it as code.
 */
const uleb = (v) => {
    const out = [];
    do {
        let b = v & 0x7f;
        v >>>= 7;
        if (v !== 0)
            b |= 0x80;
        out.push(b);
    } while (v !== 0);
    return out;
};
const sleb = (v) => {
    const out = [];
    for (;;) {
        const b = v & 0x7f;
        v >>= 7;
        if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0))
            return [...out, b];
        out.push(b | 0x80);
    }
};
const name = (s) => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const section = (id, body) => [id, ...uleb(body.length), ...body];
/** Value types. */
const I32 = 0x7f;
const I64 = 0x7e;
const F64 = 0x7c;
const get = (local) => [0x20, ...uleb(local)];
const set = (local) => [0x21, ...uleb(local)];
const tee = (local) => [0x22, ...uleb(local)];
const i32 = (v) => [0x41, ...sleb(v | 0)];
const i64 = (v) => [0x42, ...sleb(v)];
/** Memory access at the address on the stack plus a constant offset (natural alignment). */
const i32Load = (offset = 0) => [0x28, 2, ...uleb(offset)];
const i32Store = (offset = 0) => [0x36, 2, ...uleb(offset)];
const f64Load = (offset = 0) => [0x2b, 3, ...uleb(offset)];
const f64Store = (offset = 0) => [0x39, 3, ...uleb(offset)];
const LOAD8_U = [0x2d, 0, 0];
const STORE8 = [0x3a, 0, 0];
const [ADD, SUB, MUL, OR, XOR, SHL, ROTL] = [[0x6a], [0x6b], [0x6c], [0x72], [0x73], [0x74], [0x77]];
const [NE, GE_U] = [[0x47], [0x4f]];
const [EXTEND_U, MUL64, SHR_U64, WRAP] = [[0xad], [0x7e], [0x88], [0xa7]];
const [F_ADD, F_MUL, F_DIV, F_FROM_U32] = [[0xa0], [0xa2], [0xa3], [0xb8]];
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const IF = [0x04, 0x40];
const END = [0x0b];
const br = (depth) => [0x0c, depth];
const brIf = (depth) => [0x0d, depth];
/**
 * A module of one exported function `exported` taking `params` (i32 each) and returning `result`
 * (or nothing), with `locals` ([count, type] groups), importing its memory as m.memory.
 */
function oneFunctionModule(exported, params, result, locals, body) {
    const func = [...uleb(locals.length), ...locals.flatMap(([count, type]) => [...uleb(count), type]), ...body];
    const resultTypes = result === undefined ? [0] : [1, result];
    return Uint8Array.from([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        ...section(1, [1, 0x60, ...uleb(params), ...new Array(params).fill(I32), ...resultTypes]),
        ...section(2, [1, ...name('m'), ...name('memory'), 0x02, 0x00, 1]),
        ...section(3, [1, 0]),
        ...section(7, [1, ...name(exported), 0x00, 0]),
        ...section(10, [1, ...uleb(func.length), ...func]),
    ]);
}
const PAGE = 65536;
/**
 * A compiled one-function module, instantiated on a fresh memory of `bytes` bytes per call; null
 * when WebAssembly is unavailable here (node --jitless) or refuses the module.
 */
function compileKernel(bytes, exported) {
    const api = globalThis.WebAssembly;
    if (!api)
        return null;
    let module;
    try {
        module = new api.Module(bytes());
    }
    catch {
        return null;
    }
    return (memoryBytes) => {
        try {
            const memory = new api.Memory({ initial: Math.max(1, Math.ceil(memoryBytes / PAGE)) });
            return { fn: new api.Instance(module, { m: { memory } }).exports[exported], buffer: memory.buffer };
        }
        catch {
            return undefined;
        }
    };
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


/***/ }),

/***/ 5245:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h0: () => (/* reexport */ closestMatch),
  K7: () => (/* reexport */ key_path/* formatKeyPath */.K),
  Y3: () => (/* binding */ loadYamlFile)
});

// UNUSED EXPORTS: MAX_YAML_BYTES, RESERVED_KEY, childPair, describeValue, parseYamlText, rangeStart

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(1100);
// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
;// CONCATENATED MODULE: ../../../../shared/runtime/closest-match.ts
/**
 * "Did you mean": the closest of a few known names to what someone typed. Used for mlops.yaml and
 * contract keys (shared/runtime/yaml-source.ts) and for the CLI's commands and options.
 */
/** Levenshtein distance, for "did you mean". */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
/** The closest candidate when it is plausibly a typo (distance ≤ max(2, a third of the length)) or an abbreviation. */
function closestMatch(word, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    if (best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)))
        return best;
    // An abbreviation ("cust" for "customer") when exactly one candidate starts with it.
    const prefixed = word.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(word.toLowerCase())) : [];
    return prefixed.length === 1 ? prefixed[0] : undefined;
}

// EXTERNAL MODULE: ../../../../shared/runtime/key-path.ts
var key_path = __webpack_require__(1234);
// EXTERNAL MODULE: ../../../../shared/runtime/message-text.ts
var message_text = __webpack_require__(1042);
;// CONCATENATED MODULE: ../../../../shared/runtime/yaml-source.ts
/**
 * YAML files checked by a zod schema, with every problem reported at `file:LINE:COL`.
 *
 * The one implementation behind the data contract (shared/data/contract.ts) and mlops.yaml
 * (mlops-config.ts): parse keeping node ranges, check with a strict zod schema, then the caller's
 * semantic checks, and throw the first problem in file order as one error naming the key path and a
 * fix ("did you mean …"). Callers pass the schema, their error class (as a factory) and the few
 * words that are theirs (empty-file message, version hint, rule long form), so both files give the
 * same messages for the same mistakes.
 */






/** Lives in key-path.ts so code that names keys need not load the yaml package. */

/** Lives in runtime so the CLI's option parser (a lower layer) suggests with the same rule. */

// ---------------------------------------------------------------------------------------------
// Locating problems in the YAML source
/** A parsed YAML document that can tell where a key path is. */
class YamlSource {
    file;
    data;
    doc;
    lines;
    constructor(file, data, doc, lines) {
        this.file = file;
        this.data = data;
        this.doc = doc;
        this.lines = lines;
    }
    /** Parses `text`; YAML syntax errors and an empty file become one error at the right place. */
    static parse(text, file, error, empty) {
        const lines = new dist/* LineCounter */.HN();
        // logLevel error: the yaml package's warnings (a mapping used as a key) go to stderr past our one message.
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
        if (doc.errors.length > 0) {
            const err = doc.errors[0];
            const { line, col } = lines.linePos(err.pos[0]);
            const first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            throw error(`invalid YAML: ${(0,message_text/* shortened */.v)(first, 200)}`, { location: { file, line, column: col }, hint: 'check indentation and quoting near this position' });
        }
        let data;
        try {
            data = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            // The yaml package refuses an alias that expands too often (a "billion laughs" file).
            if (e instanceof ReferenceError || e instanceof RangeError) {
                throw error('the YAML expands its aliases (*name) too many times', { location: { file, line: 1, column: 1 }, hint: 'write the values out instead of nesting aliases of aliases', cause: e });
            }
            throw e;
        }
        if (data === null || data === undefined)
            throw error(empty.what, { location: { file, line: 1, column: 1 }, hint: empty.hint });
        const source = new YamlSource(file, data, doc, lines);
        source.throwReservedKey(error);
        return source;
    }
    /**
     * Every name in these files becomes a key of a plain object once zod has checked it, and zod (like
     * any `obj[key] = v`) turns a key `__proto__` into the object's prototype: the model, column or
     * metric would vanish without a word (a gate that never runs). A Map throughout is impractical
     * here (the schemas are zod records shared with the JSON Schema for editors), so the one name that
     * cannot survive is refused at its line. `constructor` and `prototype` survive as own keys; lookups
     * by name use Object.hasOwn.
     */
    throwReservedKey(error) {
        const found = findKeyPath(this.data, RESERVED_KEY, []);
        if (found === undefined)
            return;
        throw error(`"${RESERVED_KEY}" cannot be a name here (JavaScript reserves it for an object's prototype)`, {
            location: this.location(found.slice(0, -1), RESERVED_KEY),
            hint: 'rename it',
        });
    }
    /** Offset of the node at `path` (or its closest existing ancestor), or of the key `atKey` below it. */
    offset(path, atKey) {
        let node = this.doc.contents;
        let offset = rangeStart(node) ?? 0;
        for (const seg of path) {
            const next = childPair(node, seg);
            if (!next)
                break;
            node = next.value;
            offset = rangeStart(next.value) ?? rangeStart(next.key) ?? offset;
        }
        if (atKey !== undefined) {
            const pair = childPair(node, atKey);
            if (pair)
                offset = rangeStart(pair.key) ?? offset;
        }
        return offset;
    }
    location(path, atKey) {
        const { line, col } = this.lines.linePos(this.offset(path, atKey));
        return { file: this.file, line, column: col };
    }
    /** Throws the first problem in file order (with a count of the others); returns if there are none. */
    throwFirst(problems, error) {
        if (problems.length === 0)
            return;
        const sorted = [...problems].sort((a, b) => this.offset(a.path, a.atKey) - this.offset(b.path, b.atKey));
        const p = sorted[0];
        const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problem${sorted.length > 2 ? 's' : ''})` : '';
        throw error(`${p.what}${more}`, { location: this.location(p.path, p.atKey), hint: p.hint });
    }
}
/** The one object key that `obj[key] = value` cannot store as data. */
const RESERVED_KEY = '__proto__';
/** The key path of the first own key `key` in nested plain data (iterative: data may nest deeply). */
function findKeyPath(data, key, base) {
    const stack = [{ value: data, path: base }];
    while (stack.length > 0) {
        const { value, path } = stack.pop();
        if (value === null || typeof value !== 'object')
            continue;
        if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--)
                stack.push({ value: value[i], path: [...path, i] });
            continue;
        }
        if (Object.hasOwn(value, key))
            return [...path, key];
        const entries = Object.entries(value);
        for (let i = entries.length - 1; i >= 0; i--)
            stack.push({ value: entries[i][1], path: [...path, entries[i][0]] });
    }
    return undefined;
}
/** Where a YAML node starts in the source text (character offset), when the parser kept its range. */
function rangeStart(node) {
    const r = node?.range;
    return Array.isArray(r) ? r[0] : undefined;
}
/** The key and value of a mapping entry (or a sequence item) named `seg`, for locating a path. */
function childPair(node, seg) {
    if ((0,dist/* isMap */.jh)(node)) {
        for (const item of node.items) {
            if (!(0,dist/* isPair */.tO)(item))
                continue;
            const k = (0,dist/* isScalar */.jn)(item.key) ? item.key.value : item.key;
            if (String(k) === String(seg))
                return { key: item.key, value: item.value };
        }
        return undefined;
    }
    if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
        const v = node.items[seg];
        return v === undefined ? undefined : { key: v, value: v };
    }
    return undefined;
}
function describeValue(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    return `${typeof v} ${String(v)}`;
}
/** What a value is, without any of its content. */
function describeKind(v) {
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'string')
        return 'text';
    return describeValue(v).split(' ')[0] === 'number' ? 'a number' : describeValue(v);
}
function valueAt(data, path) {
    let v = data;
    for (const seg of path) {
        if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg))
            return undefined;
        v = v[seg];
    }
    return v;
}
/**
 * The object keys a strict object at `path` accepts, found by walking the zod schema. Unions are
 * followed along the branches that fit what the user wrote (mapping vs scalar), so an unknown key
 * in a rule's long form lists the long form's keys.
 */
function allowedKeysAt(schema, path, data) {
    const keys = new Set();
    for (const t of descend(schema, path, data, 0))
        if (t instanceof schemas/* ZodObject */.bvH)
            for (const k of Object.keys(t.shape))
                keys.add(k);
    return [...keys];
}
function descend(schema, path, data, i) {
    const s = unwrap(schema);
    if (s instanceof schemas/* ZodUnion */.fZ7) {
        const value = valueAt(data, path.slice(0, i));
        const isObj = value !== null && typeof value === 'object' && !Array.isArray(value);
        return s.options.flatMap((o) => {
            const u = unwrap(o);
            if (isObj ? u instanceof schemas/* ZodObject */.bvH || u instanceof schemas/* ZodRecord */.b8S : !(u instanceof schemas/* ZodObject */.bvH))
                return descend(u, path, data, i);
            return [];
        });
    }
    if (i === path.length)
        return [s];
    const seg = path[i];
    if (s instanceof schemas/* ZodObject */.bvH) {
        const child = s.shape[String(seg)];
        return child ? descend(child, path, data, i + 1) : [];
    }
    if (s instanceof schemas/* ZodRecord */.b8S)
        return descend(s.valueType, path, data, i + 1);
    if (s instanceof schemas/* ZodArray */.naA)
        return descend(s.element, path, data, i + 1);
    return [];
}
function unwrap(s) {
    let cur = s;
    while (cur instanceof schemas/* ZodOptional */.IiU || cur instanceof schemas/* ZodDefault */.XiL)
        cur = cur.unwrap();
    return cur;
}
const TYPE_NAMES = {
    number: 'a number',
    string: 'text',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    int: 'a whole number',
};
/** Picks, in a failed union, the branch that matches the shape the user wrote (scalar vs mapping). */
function resolveUnion(issue, base) {
    // Branches that failed only on the top-level type are the forms the user did not write.
    const deeper = issue.errors.filter((branch) => !branch.every((e) => e.code === 'invalid_type' && e.path.length === 0));
    if (deeper.length === 0)
        return undefined;
    // Prefer the branch with the fewest problems (the closest match), then the first.
    const best = deeper.reduce((a, b) => (b.length < a.length ? b : a));
    return best.map((e) => ({ ...e, path: [...base, ...e.path] }));
}
/** One zod issue as problems a person can act on. */
function issueProblems(issue, data, schema, wording = {}) {
    const path = issue.path;
    const where = (0,key_path/* formatKeyPath */.K)(path);
    const value = valueAt(data, path);
    // zod reports a missing key as a wrong type (or value, for literals) of `undefined`: point at the parent.
    const missing = () => {
        const key = String(path[path.length - 1]);
        return [{ path: path.slice(0, -1), what: `${where} is missing`, hint: key === 'version' ? wording.versionHint : undefined }];
    };
    switch (issue.code) {
        case 'invalid_union': {
            const resolved = resolveUnion(issue, path);
            if (resolved)
                return resolved.flatMap((i) => issueProblems(i, data, schema, wording));
            const expected = new Set();
            for (const branch of issue.errors)
                for (const e of branch)
                    if (e.code === 'invalid_type')
                        expected.add(TYPE_NAMES[e.expected] ?? e.expected);
            const longForm = issue.errors.some((b) => b.some((e) => e.code === 'invalid_type' && e.expected === 'object'));
            // YAML 1.1 booleans are text in YAML 1.2, a common surprise.
            const yesNo = typeof value === 'string' && /^(yes|no|on|off|y|n)$/i.test(value) && expected.has(TYPE_NAMES.boolean);
            return [
                {
                    path,
                    what: `${where} must be ${[...expected].join(' or ')}, not ${describeValue(value)}`,
                    hint: yesNo ? 'write true or false (YAML 1.2 reads yes/no/on/off as text)' : longForm ? wording.longFormHint : undefined,
                },
            ];
        }
        case 'unrecognized_keys': {
            const allowed = allowedKeysAt(schema, path, data);
            return issue.keys.map((key) => {
                const close = closestMatch(key, allowed);
                return {
                    path,
                    atKey: key,
                    what: `unknown key "${(0,message_text/* shortened */.v)(key, 60)}"${path.length ? ` in ${where}` : ''}`,
                    hint: `${close ? `did you mean "${close}"? ` : ''}allowed keys: ${allowed.join(', ')}`,
                };
            });
        }
        case 'invalid_type':
            if (value === undefined)
                return missing();
            // The whole file is not a mapping: it is not the expected kind of file, so show none of it.
            if (path.length === 0)
                return [{ path, what: `the file must be a YAML mapping (key: value lines), not ${describeKind(value)}` }];
            return [{ path, what: `${where} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(value)}` }];
        case 'invalid_value': {
            if (value === undefined)
                return missing();
            const options = issue.values.map((v) => String(v));
            // `version: "1"`: the right value in quotes; "did you mean "1"?" would not help.
            const quoted = typeof value === 'string' && issue.values.some((v) => typeof v !== 'string' && String(v) === value);
            if (quoted)
                return [{ path, what: `${where} must be the number ${value}, not the text "${value}"`, hint: `write ${value} without quotes` }];
            const close = typeof value === 'string' ? closestMatch(value, options) : undefined;
            const noun = wording.enumNoun?.(path) ?? (options.length === 1 ? JSON.stringify(issue.values[0]) : 'allowed');
            return [{ path, what: `${where}: ${describeValue(value)} is not ${noun}`, hint: `${close ? `did you mean "${close}"? ` : ''}use one of: ${options.join(', ')}` }];
        }
        case 'too_small':
        case 'too_big': {
            const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
            // gt()/lt() bounds are exclusive: "less than 1", not "at most 1".
            const exclusive = issue.inclusive === false;
            const op = issue.code === 'too_small' ? (exclusive ? 'greater than' : 'at least') : exclusive ? 'less than' : 'at most';
            if (issue.origin === 'array')
                return [{ path, what: `${where} must have ${op} ${String(bound)} item${bound === 1 ? '' : 's'}` }];
            if (issue.origin === 'string')
                return [{ path, what: `${where} must not be empty` }];
            return [{ path, what: `${where} must be ${op} ${String(bound)}, not ${String(value)}` }];
        }
        default:
            return [{ path, what: `${where}: ${issue.message}` }];
    }
}
/**
 * Reads, parses and checks a YAML file: unreadable file, YAML syntax, schema problems and the
 * `semantic` checks all become one error from `error` at file:line:col.
 */
async function loadYamlFile(file, schema, options) {
    let text;
    try {
        text = await readBounded(file, MAX_YAML_BYTES);
    }
    catch (e) {
        if (e instanceof TooLargeError) {
            // /dev/zero, a log or a dataset given by mistake: say so without reading (or echoing) it.
            throw options.error(`the file is larger than ${MAX_YAML_BYTES / 1024 / 1024} MiB: not a config file`, { location: { file }, hint: 'check the path' });
        }
        const code = e.code;
        throw options.error(code === 'ENOENT' ? options.notFound : `${options.cannotRead}: ${e.message}`, {
            location: { file },
            hint: code === 'ENOENT' ? options.missingHint : undefined,
            cause: e,
        });
    }
    return parseYamlText(text, file, schema, options);
}
/** Config files are small; anything bigger was given by mistake. */
const MAX_YAML_BYTES = 16 * 1024 * 1024;
class TooLargeError extends Error {
}
/** The file's text, refusing more than `limit` bytes (a device like /dev/zero never ends). */
async function readBounded(file, limit) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.alloc(Math.min(1024 * 1024, limit + 1 - total));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            chunks.push(chunk.subarray(0, bytesRead));
            total += bytesRead;
            if (total > limit)
                throw new TooLargeError();
        }
        return Buffer.concat(chunks).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** loadYamlFile without the file read: `text` is the file's content, `file` names it in messages. */
function parseYamlText(text, file, schema, options) {
    // A binary file (or /proc/self/environ given as a contract) is not shown back: its content may
    // be secrets, and its first bytes say nothing useful.
    if (text.includes('\u0000'))
        throw options.error('the file is not YAML text (it contains NUL bytes)', { location: { file }, hint: 'check the path' });
    const src = YamlSource.parse(text, file, options.error, options.empty);
    const parsed = schema.safeParse(src.data);
    if (!parsed.success)
        src.throwFirst(parsed.error.issues.flatMap((i) => issueProblems(i, src.data, schema, options)), options.error);
    const value = parsed.data;
    src.throwFirst(options.semantic?.(value) ?? [], options.error);
    return value;
}


/***/ }),

/***/ 6167:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDriftStep: () => (/* binding */ runDriftStep)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../../../../shared/report/drift-pr-body.ts + 7 modules
var drift_pr_body = __webpack_require__(6430);
// EXTERNAL MODULE: ../../../../shared/formats/forge-markers.ts
var forge_markers = __webpack_require__(2362);
// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(1100);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/model/metrics/index.ts + 4 modules
var metrics = __webpack_require__(3868);
// EXTERNAL MODULE: ../../../../shared/model/fairness-rates.ts
var fairness_rates = __webpack_require__(7131);
;// CONCATENATED MODULE: ../../../../shared/config/metric-direction.ts
/**
 * Which way is better for a metric nobody configured a direction for. Compare gates and charts by
 * it; a name it does not know needs `direction:` in the rule (compare will not guess `loss_v2`).
 *
 * Known: the metric registry's names (`roc_auc`), the names other tools log for the same metrics
 * (below, each with the tool that writes it), any of those with a dataset part split off by `.`,
 * `/` or `:` (`roc_auc.test`, `test/log_loss`: DVC, TensorBoard and MLflow), or after a split
 * prefix joined by `_` (`val_loss`, `eval_loss`, `training_roc_auc`: Keras, Hugging Face's
 * Trainer, MLflow autolog), in any letter case (`RMSE`).
 */

/** Names other tools give our metrics (or metrics whose direction is as plain). */
const METRIC_ALIASES = new Map([
    // ROC AUC: Keras' AUC metric, XGBoost's and LightGBM's `auc`.
    ['auc', 'higher'],
    // Average precision: DVC's example-get-started (`avg_prec`), XGBoost's `aucpr`.
    ['avg_prec', 'higher'],
    ['aucpr', 'higher'],
    ['pr_auc', 'higher'],
    // The training objective: Keras, PyTorch Lightning, Hugging Face (`loss`); XGBoost, LightGBM.
    ['loss', 'lower'],
    ['logloss', 'lower'],
    ['binary_logloss', 'lower'],
    ['multi_logloss', 'lower'],
    // Regression errors under scikit-learn's and Keras' long names (MLflow autolog logs these).
    ['mean_absolute_error', 'lower'],
    ['mean_squared_error', 'lower'],
    ['root_mean_squared_error', 'lower'],
    ['r2_score', 'higher'],
    // MLflow autolog's classifier names.
    ['accuracy_score', 'higher'],
    ['f1_score', 'higher'],
    ['precision_score', 'higher'],
    ['recall_score', 'higher'],
    ['roc_auc_score', 'higher'],
]);
const KNOWN = new Map([...Object.values(metrics/* METRICS */.Cb).map((m) => [m.name, m.direction]), ...METRIC_ALIASES]);
/** A split's name before `_` (Keras `val_`, Hugging Face `eval_`, MLflow `training_`, TensorBoard `epoch_`). */
const SPLIT_PREFIX = /^(?:train|training|val|valid|validation|test|eval|epoch)_/;
function known(part) {
    const p = part.toLowerCase();
    return KNOWN.get(p) ?? KNOWN.get(p.replace(SPLIT_PREFIX, ''));
}
/** The direction for a standard or aliased metric name; undefined when it is not known (or the parts disagree). */
function defaultDirection(name) {
    const exact = known(name);
    if (exact)
        return exact;
    const hits = new Set(name.split(/[./:]/).map(known).filter((d) => d !== undefined));
    return hits.size === 1 ? [...hits][0] : undefined;
}

// EXTERNAL MODULE: ../../../../shared/drift/column-alarm.ts
var column_alarm = __webpack_require__(4500);
// EXTERNAL MODULE: ../../../../shared/formats/drift-format.ts
var drift_format = __webpack_require__(5830);
// EXTERNAL MODULE: ../../../../shared/runtime/yaml-source.ts + 1 modules
var yaml_source = __webpack_require__(5245);
;// CONCATENATED MODULE: ../../../../shared/drift/sources/source-config.ts
/**
 * Where drift-check reads the current production data and metrics from: `drift.models.<model>.sources`
 * in mlops.yaml (a list), and the same list as the action's / CLI's `sources` input (YAML or JSON).
 * Each entry is one of four kinds, chosen by its key; entries combine (data rows from every entry
 * are pooled, metrics are collected from every entry):
 *
 *   sources:
 *     - files: ["prod/2025-*.csv.gz", prod/extra.parquet]   # globs; CSV/TSV/JSONL (.gz too), Parquet
 *     - name: prediction log API
 *       http:
 *         url: https://ml.example.com/api/predictions?days=7
 *         secret_env: PROD_API_TOKEN      # the env var holding the token; sent only in the header
 *         scheme: Bearer                  # header value "Bearer <token>"
 *         rows: /data                     # JSON pointer to the rows
 *         metrics: { accuracy: /summary/accuracy }
 *     - prometheus:
 *         url: http://prometheus.monitoring:9090
 *         range: { start: -7d, end: now, step: 1h }
 *         metrics:                         # instant queries (at range.end): one number each
 *           accuracy: avg_over_time(model_accuracy{model="weather"}[$__range])
 *         columns:                         # range queries: one value per step, a numeric column
 *           latency_p95: histogram_quantile(0.95, sum by (le) (rate(request_duration_seconds_bucket[5m])))
 *     - metrics_file:                       # a JSON, YAML or CSV file a batch job wrote (newest match of a glob)
 *         path: "reports/metrics-*.json"
 *         metrics: { accuracy: summary.accuracy }   # name -> the metric as evaluate --import names it
 *
 * One strict mapping with one key per kind (rather than a union of three mappings), so a misspelt
 * key gets "did you mean" against every key and a missing kind says which keys are possible.
 * docs/drift.md ("Sources") is the user's reference; keep it in step with this file.
 */



/** Prometheus duration: one or more `<int><unit>` parts, units ms, s, m, h, d, w, y ("1h30m"). */
const DURATION_PATTERN = /^(?:\d+(?:ms|s|m|h|d|w|y))+$/;
/** A time: `now`, `now` minus a duration (`-7d`, `now-7d`), or ISO 8601 (no offset = UTC). */
const TIME_PATTERN = /^(?:now|(?:now)?-(?:\d+(?:ms|s|m|h|d|w|y))+|\d{4}-\d{2}-\d{2}(?:[T ].+)?)$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** RFC 6901: empty (the whole document) or "/" followed by reference tokens. */
const JSON_POINTER = /^(?:\/(?:[^~]|~[01])*)*$/;
const httpUrl = (what) => schemas/* string */.YjP()
    .min(1)
    .refine((u) => /^https?:\/\/[^\s]+$/i.test(u) && URL.canParse(u), { message: 'must be an http:// or https:// URL' })
    .describe(what);
const timeSpec = (what) => schemas/* string */.YjP().regex(TIME_PATTERN, { message: 'must be now, a duration ago (-7d, -12h) or an ISO 8601 time' }).describe(what);
const duration = (what) => schemas/* string */.YjP().regex(DURATION_PATTERN, { message: 'must be a duration like 30s, 5m, 1h, 1d or 1h30m' }).describe(what);
const pointer = (what) => schemas/* string */.YjP().regex(JSON_POINTER, { message: 'must be a JSON pointer (RFC 6901) like /data or /metrics/accuracy, or "" for the whole response' }).describe(what);
/** The auth of an HTTP or Prometheus source: a header whose value comes from an environment variable. */
const authShape = {
    header: schemas/* string */.YjP()
        .regex(HEADER_NAME, { message: 'must be an HTTP header name like Authorization or X-Api-Key' })
        .describe('Header that carries the secret; default Authorization (needs secret_env)'),
    secret_env: schemas/* string */.YjP()
        .regex(ENV_NAME, { message: 'must be an environment variable name like PROD_API_TOKEN' })
        .describe('Environment variable holding the header value (pass a secret in with env:); never logged'),
    scheme: schemas/* string */.YjP()
        .regex(/^[A-Za-z][A-Za-z0-9._~+/-]*$/, { message: 'must be one word like Bearer or Token' })
        .describe('Put before the secret with a space: "Bearer" sends "Authorization: Bearer <secret>"'),
    timeout_ms: schemas/* number */.aig().int().positive().max(3_600_000).describe('Give up on a request after this many milliseconds; default 30000'),
};
const httpSourceSchema = schemas/* strictObject */.rej({
    url: httpUrl('URL answering GET with JSON'),
    ...authShape,
    rows: pointer('JSON pointer to the data: an array of row objects, or an object of equal-length column arrays'),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), pointer('JSON pointer to a number')).describe('Metric name -> JSON pointer to its value in the response'),
})
    .partial({ header: true, secret_env: true, scheme: true, timeout_ms: true, rows: true, metrics: true });
const prometheusRangeSchema = schemas/* strictObject */.rej({
    start: timeSpec('Start of the window: -7d (relative to now), or an ISO 8601 time'),
    end: timeSpec('End of the window: now (default), -1d, or an ISO 8601 time').optional(),
    step: duration('Resolution of the range queries (columns): 1h gives one value per hour'),
});
const prometheusSourceSchema = schemas/* strictObject */.rej({
    url: httpUrl('Base URL of the Prometheus HTTP API (the part before /api/v1), e.g. http://prometheus:9090'),
    ...authShape,
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* string */.YjP().min(1).describe('PromQL; $__range is replaced by the range length'))
        .describe('Metric name -> PromQL instant query that returns one number (one series or a scalar)'),
    columns: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* string */.YjP().min(1).describe('PromQL; one series over the range'))
        .describe('Column name -> PromQL range query; its values over the range become a numeric column (needs range)'),
    range: prometheusRangeSchema.describe('The window: range queries cover it, instant queries are evaluated at its end'),
    time: timeSpec('When instant queries are evaluated; default range.end, else now'),
})
    .partial({ header: true, secret_env: true, scheme: true, timeout_ms: true, metrics: true, columns: true, range: true, time: true });
const metricsFileSourceSchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().min(1).describe('The metrics file (JSON, YAML, or CSV as evaluate --import reads it), or a glob whose newest match by name is read (dated names: reports/metrics-*.json)'),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* string */.YjP().min(1).describe('The metric in the file as evaluate --import names it: nested keys joined with dots'))
        .describe('Metric name -> the metric in the file; default every metric in the file under its own name'),
})
    .partial({ metrics: true });
const KINDS = ['files', 'http', 'prometheus', 'metrics_file'];
const sourceSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).describe('Name shown in the report and in messages; default the pattern(s) or URL'),
    files: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)])
        .describe('Data files or glob patterns (CSV, TSV, JSON Lines, Parquet; .gz for text), relative to the working directory'),
    delimiter: schemas/* string */.YjP().length(1, { message: 'must be one character' }).describe('files: CSV delimiter; default "," ("\\t" for .tsv)'),
    format: schemas/* enum */.k5n(['csv', 'jsonl', 'parquet']).describe('files: format for every file, when the extension does not tell'),
    http: httpSourceSchema.describe('An HTTP(S) endpoint answering with JSON: rows and/or metrics'),
    prometheus: prometheusSourceSchema.describe('A Prometheus server (or a compatible API): instant queries as metrics, range queries as columns'),
    metrics_file: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), metricsFileSourceSchema])
        .describe('Production metrics from a file a batch job wrote: a path (or glob), or { path, metrics }'),
})
    .partial()
    .superRefine((s, ctx) => {
    // Cross-key rules only once the keys themselves are right: a misspelt key is the one problem to show.
    if (ctx.issues.length > 0)
        return;
    const kinds = KINDS.filter((k) => s[k] !== undefined);
    if (kinds.length !== 1) {
        ctx.addIssue({
            code: 'custom',
            message: kinds.length === 0 ? 'needs one of the keys files, http, prometheus or metrics_file' : `has ${kinds.join(' and ')}: one source per list item`,
        });
        return;
    }
    if (kinds[0] !== 'files') {
        for (const k of ['delimiter', 'format']) {
            if (s[k] !== undefined)
                ctx.addIssue({ code: 'custom', path: [k], message: `only applies to files sources, not to ${kinds[0]}` });
        }
    }
    const auth = s.http ?? s.prometheus;
    if (auth && (auth.header !== undefined || auth.scheme !== undefined) && auth.secret_env === undefined) {
        ctx.addIssue({ code: 'custom', path: [kinds[0], auth.header !== undefined ? 'header' : 'scheme'], message: 'needs secret_env, the environment variable that holds the header value' });
    }
    if (s.http && s.http.rows === undefined && s.http.metrics === undefined) {
        ctx.addIssue({ code: 'custom', path: ['http'], message: 'needs rows (a JSON pointer to the data), metrics, or both' });
    }
    const p = s.prometheus;
    if (p) {
        const metrics = Object.keys(p.metrics ?? {}).length;
        const columns = Object.keys(p.columns ?? {}).length;
        if (metrics + columns === 0)
            ctx.addIssue({ code: 'custom', path: ['prometheus'], message: 'needs metrics (instant queries), columns (range queries), or both' });
        if (columns > 0 && p.range === undefined)
            ctx.addIssue({ code: 'custom', path: ['prometheus', 'range'], message: 'is needed by columns: add range: { start: -7d, step: 1h }' });
        const usesRange = Object.values(p.metrics ?? {}).some((q) => q.includes('$__range'));
        if (usesRange && p.range === undefined)
            ctx.addIssue({ code: 'custom', path: ['prometheus', 'metrics'], message: 'a query uses $__range: add range: { start: -7d, step: 1h }' });
    }
});
const sourcesSchema = schemas/* array */.YOg(sourceSchema).min(1).describe('Where the current production data and metrics come from (combined)');
/** The kind of a source that passed sourceSchema. */
function sourceKindOf(s) {
    return s.files !== undefined ? 'file' : s.http !== undefined ? 'http' : s.metrics_file !== undefined ? 'metrics_file' : 'prometheus';
}
/**
 * Checks a sources list given as a value (already parsed); `where` names it in the message.
 * mlops.yaml's list is checked with the rest of the file; text inputs go through parseSourcesText.
 */
function parseSources(value, where) {
    const parsed = sourcesSchema.safeParse(value);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const path = formatKeyPath(['sources', ...issue.path]);
    throw new ContractError(`${where}: ${path}: ${issue.message}`, { hint: 'see docs/drift.md (Sources) for the keys of files, http, prometheus and metrics_file sources' });
}
/**
 * Parses and checks a sources list written as YAML (or JSON) text: the action's `sources` input,
 * the CLI's --sources. Problems are reported at `where`:line:col with "did you mean" for
 * misspelt keys, like mlops.yaml's.
 */
function parseSourcesText(text, where) {
    return parseYamlText(text, where, sourcesSchema, {
        error: (what, options) => new ContractError(what, options),
        empty: { what: 'no sources given', hint: 'give a YAML list, e.g. - files: prod/*.csv.gz (docs/drift.md, Sources)' },
    });
}

;// CONCATENATED MODULE: ../../../../shared/drift/drift-config.ts
/**
 * The `drift:` section of mlops.yaml: per model, where production data and metrics come from, how
 * each column is tested, the metric rules, and what the retraining PR looks like. Every key has a
 * default, so `drift: { models: { churn: { sources: [{ files: [prod/*.csv] }] } } }` is a whole
 * configuration.
 *
 *   drift:
 *     models:
 *       churn:
 *         reference: production            # the profile in the production release (default), or a file
 *         sources:
 *           - files: ["prod/*.parquet"]
 *           - prometheus: { url: "http://prometheus:9090", metrics: { accuracy: "avg_over_time(churn_accuracy[1d])" } }
 *         columns:
 *           tenure: { test: psi, threshold: 0.2 }
 *           customer_id: { ignore: true }
 *         share: 0.5                       # dataset drift when >= half the columns drifted
 *         alarms: { p_value: 1e-6, distance_ratio: 3 }   # column alarms (column-alarm.ts says why)
 *         fail_on: dataset                 # or column: a column alarm also means drift
 *         metrics:
 *           accuracy: { min: 0.85, max_drop: 0.03 }
 *         fairness:                        # on rows whose delayed outcome has arrived (fairness-check.ts)
 *           label: churned
 *           prediction: predicted_churn        # or score: p_churn (+ threshold, default 0.5)
 *           sensitive: [gender, age_band]
 *           rules:                         # task: multiclass (prediction only) checks each class one-vs-rest
 *             gender: { disparate_impact_ratio: { min: 0.8 }, equal_opportunity_difference: { max: 0.1 } }
 *         pull_request: { labels: [mlops:retrain], reviewers: [ml-oncall], on_recovery: comment }
 */





const columnOverrideSchema = schemas/* strictObject */.rej({
    test: schemas/* enum */.k5n(drift_format/* DRIFT_TESTS */.qx).describe('The test instead of the default: ks, chisquare, z (p-values), wasserstein (normed by the reference std), jensenshannon (natural log), psi'),
    threshold: schemas/* number */.aig().positive().describe('p-value tests: drift when p < threshold (default 0.05); distances: drift when the statistic >= threshold (wasserstein and jensenshannon 0.1, psi 0.1)'),
    ignore: schemas/* boolean */.zMY().describe('Leave the column out (ids, labels production data does not have, timestamps)'),
})
    .partial();
const metricRuleConfigSchema = schemas/* strictObject */.rej({
    min: schemas/* number */.aig().describe('The production value must be >= min'),
    max: schemas/* number */.aig().describe('The production value must be <= max (e.g. a p95 latency in the unit the source reports)'),
    max_drop: schemas/* number */.aig().min(0).describe("At most this much below the released model's own evaluation value of the metric (reference: production)"),
})
    .partial();
const retrainPullRequestSchema = schemas/* strictObject */.rej({
    labels: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Labels on the retraining PR (default [mlops:retrain])'),
    reviewers: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Users asked to review it'),
    team_reviewers: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Teams (slugs) asked to review it'),
    on_recovery: schemas/* enum */.k5n(['comment', 'close', 'none']).describe('When the drift is gone and the PR is still open: comment on it (default), close it, or leave it'),
    base: schemas/* string */.YjP().min(1).describe("The PR's base branch (default: the repository's default branch)"),
})
    .partial();
const columnAlarmRulesSchema = schemas/* strictObject */.rej({
    p_value: schemas/* number */.aig()
        .min(0)
        .lt(1)
        .describe(`A drifted column of a p-value test (ks, chisquare, z) alarms when p < this (default ${column_alarm/* DEFAULT_ALARM_RULES */.A9.p_value.toExponential()}; 0 turns it off)`),
    distance_ratio: schemas/* number */.aig()
        .min(1)
        .describe(`A drifted column of a distance (wasserstein, jensenshannon, psi) alarms when the statistic >= this × its threshold (default ${column_alarm/* DEFAULT_ALARM_RULES */.A9.distance_ratio})`),
})
    .partial()
    .describe('Column alarms: one column moved so far that it is reported (and, with fail_on: column, decides) whatever the share');
const fairnessBoundSchema = schemas/* strictObject */.rej({
    min: schemas/* number */.aig().describe('The production value must be >= min (ratios: e.g. disparate_impact_ratio min 0.8, the four-fifths rule)'),
    max: schemas/* number */.aig().describe('The production value must be <= max (differences: e.g. equal_opportunity_difference max 0.1)'),
})
    .partial();
const FAIRNESS_SUMMARIES = [...fairness_rates/* CLASSIFICATION_SUMMARIES */.Gx, ...fairness_rates/* REGRESSION_SUMMARIES */.dD];
/** Per summary (the names evaluate --sensitive writes, as compare's fairness rules): a bound. */
const driftFairnessRulesSchema = schemas/* strictObject */.rej(Object.fromEntries(FAIRNESS_SUMMARIES.map((name) => [name, fairnessBoundSchema])))
    .partial()
    .describe('Bounds on the fairness summaries of this sensitive column; a breach makes the decision degradation');
const driftFairnessSchema = schemas/* strictObject */.rej({
    task: schemas/* enum */.k5n(['binary', 'multiclass', 'regression'])
        .default('binary')
        .describe('binary (default): a label and a predicted class or score; multiclass: a label and a predicted class, each class one-vs-rest as evaluate; regression: a numeric target and prediction (group MAE, RMSE and mean error gaps)'),
    label: schemas/* string */.YjP().min(1).describe('The column with the observed outcome (the delayed label); rows without one are left out and counted'),
    prediction: schemas/* string */.YjP().min(1).optional().describe("The column with the model's predicted class (regression: the predicted value)"),
    score: schemas/* string */.YjP().min(1).optional().describe('The column with P(positive class); predicted positive when score > threshold (unless prediction is given)'),
    threshold: schemas/* number */.aig().min(0).max(1).optional().describe('With score and no prediction: predicted positive when score > threshold (default 0.5, as evaluate)'),
    positive: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]).optional().describe('The positive class (default as evaluate infers it: 1 of 0/1, the larger number, true)'),
    sensitive: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).describe('The sensitive columns whose groups are compared'),
    min_group_size: schemas/* number */.aig().int().min(1).optional().describe('Groups with fewer labelled rows are listed and left out of the summaries (default 30, as evaluate)'),
    resamples: schemas/* number */.aig().int().min(0).max(100_000).optional().describe('Bootstrap resamples for the CIs of the summaries (default 200; 0 turns them off)'),
    rules: schemas/* record */.g1P(schemas/* string */.YjP().min(1), driftFairnessRulesSchema).optional().describe('Per sensitive column: bounds on its summaries'),
})
    .superRefine((f, ctx) => {
    const regression = f.task === 'regression';
    if (regression) {
        if (f.prediction === undefined)
            ctx.addIssue({ code: 'custom', message: 'task regression needs prediction (the predicted value column)', path: ['prediction'] });
        for (const key of ['score', 'threshold', 'positive']) {
            if (f[key] !== undefined)
                ctx.addIssue({ code: 'custom', message: `${key} is for task binary; a regression model has a prediction column only`, path: [key] });
        }
    }
    else if (f.task === 'multiclass') {
        if (f.prediction === undefined)
            ctx.addIssue({ code: 'custom', message: 'task multiclass needs prediction (the predicted class column)', path: ['prediction'] });
        for (const key of ['score', 'threshold', 'positive']) {
            if (f[key] !== undefined)
                ctx.addIssue({ code: 'custom', message: `${key} is for task binary; task multiclass reads the predicted class, every class one-vs-rest`, path: [key] });
        }
    }
    else if (f.prediction === undefined && f.score === undefined) {
        ctx.addIssue({ code: 'custom', message: 'give prediction (the predicted class column) or score (the P(positive) column)', path: ['prediction'] });
    }
    const allowed = regression ? fairness_rates/* REGRESSION_SUMMARIES */.dD : fairness_rates/* CLASSIFICATION_SUMMARIES */.Gx;
    for (const [column, rules] of Object.entries(f.rules ?? {})) {
        if (!f.sensitive.includes(column))
            ctx.addIssue({ code: 'custom', message: `rules name "${column}", which is not one of the sensitive columns (${f.sensitive.join(', ')})`, path: ['rules', column] });
        for (const name of Object.keys(rules)) {
            if (!allowed.includes(name))
                ctx.addIssue({ code: 'custom', message: `${name} is not a summary of task ${f.task} (its summaries: ${allowed.join(', ')})`, path: ['rules', column, name] });
        }
    }
})
    .describe('Group fairness on production rows whose outcome has arrived: the summaries evaluate --sensitive computes, with bounds that open the retraining PR');
const driftModelSchema = schemas/* strictObject */.rej({
    reference: schemas/* string */.YjP()
        .min(1)
        .default('production')
        .describe('production: the training data profile published with the version the alias points to; else a profile (.json) or data file'),
    alias: schemas/* string */.YjP().min(1).default('production').describe('With reference production: the registry alias whose version is the reference'),
    sources: sourcesSchema.optional(),
    columns: schemas/* record */.g1P(schemas/* string */.YjP().min(1), columnOverrideSchema).optional().describe('Per column: another test or threshold, or ignore'),
    share: schemas/* number */.aig().gt(0).max(1).default(0.5).describe('Dataset drift when the share of drifted columns is >= this (Evidently: 0.5)'),
    alarms: columnAlarmRulesSchema.optional(),
    fail_on: schemas/* enum */.k5n(column_alarm/* FAIL_ON */.d$)
        .default('dataset')
        .describe('What makes the decision drift (and opens the retraining PR): dataset (the share rule, default) or column (also any column alarm)'),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), metricRuleConfigSchema).optional().describe('Rules on production metrics from the sources'),
    fairness: driftFairnessSchema.optional(),
    pull_request: retrainPullRequestSchema.optional(),
});
const driftSectionSchema = schemas/* looseObject */._H3({
    models: schemas/* record */.g1P(schemas/* string */.YjP().min(1), driftModelSchema).optional().describe('Per model: drift-check settings'),
})
    .describe('drift-check settings (keys other than models are reserved)');

;// CONCATENATED MODULE: ../../../../shared/config/mlops-config.ts
/**
 * `mlops.yaml`: the team's settings for every step, in the repository root. Defined once here with
 * zod, exported as JSON Schema for editors (scripts/gen-config-schema.ts →
 * schemas/mlops-config.schema.json), documented in docs/compare.md (gate rules).
 *
 * Strict within what exists: a misspelt key is an error at file:line:col with "did you mean", never
 * a silently ignored gate. Sections that later steps will read (`registry`; keys of `promote` and
 * `release` other than theirs) are reserved now and accepted as they are, so a config written for
 * a newer version does not break this one;
 * any other top-level key is an error. `drift` is defined in shared/drift/drift-config.ts.
 *
 *   version: 1
 *   models:
 *     churn:
 *       task: binary
 *       metrics:
 *         roc_auc: { threshold: 0.8, max_regression: 0.005 }
 *         log_loss: { max_regression: 0.01, severity: warn }
 *       slices:
 *         region: { min_size: 100, metrics: { recall: { threshold: 0.6 } } }
 *       first_run: pass
 *       significance: { resamples: 200, confidence: 0.95, alpha: 0.05 }
 *       fairness:
 *         race: { equalized_odds_difference: { max: 0.10, max_regression: 0.02 }, disparate_impact_ratio: { min: 0.8 } }
 */









const CONFIG_VERSION = 1;
const CONFIG_FILE = 'mlops.yaml';
const nonNegative = (description) => schemas/* number */.aig().min(0).describe(description);
const metricRuleSchema = schemas/* strictObject */.rej({
    direction: schemas/* enum */.k5n(['higher', 'lower'])
        .describe('Which way is better; default from the metric registry for standard names, also with a dataset part (roc_auc.test); required for other names'),
    threshold: schemas/* number */.aig().describe('Absolute bound (inclusive): head >= threshold when higher is better, head <= threshold when lower is better'),
    min_absolute_change: nonNegative('The head must beat the baseline by at least this much: head >= baseline + value (higher is better)'),
    min_relative_change: schemas/* number */.aig()
        .min(0)
        .max(1)
        .describe('The head must beat the baseline by at least this fraction of |baseline|: head >= baseline + value * |baseline| (higher is better); a zero baseline counts as 1e-20'),
    max_regression: nonNegative('The head may be worse than the baseline by at most this much: head >= baseline - value (higher is better)'),
    severity: schemas/* enum */.k5n(['error', 'warn']).describe('error (default) fails the gate; warn only reports'),
})
    .partial();
const sliceRuleSchema = schemas/* strictObject */.rej({
    min_size: schemas/* number */.aig().int().min(0).describe('Slices with fewer head rows than this are reported but not gated; default 0'),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), metricRuleSchema).describe('Rules applied to every value of the slice column'),
})
    .partial();
const significanceSchema = schemas/* strictObject */.rej({
    resamples: schemas/* number */.aig().int().min(0).max(100_000).describe('Paired bootstrap resamples for CIs of the deltas; 0 turns significance off; default 200 (evaluate CIs: 1000)'),
    confidence: schemas/* number */.aig().gt(0).lt(1).describe('Two-sided confidence of the delta CIs; default 0.95'),
    alpha: schemas/* number */.aig().gt(0).lt(1).describe("Significance level reported with McNemar's and DeLong's p-values; default 0.05"),
    seed: schemas/* number */.aig().int().describe('PRNG seed of the paired bootstrap; default 20240101'),
})
    .partial();
/**
 * A rule on one fairness summary: the metric rules' keys, plus `max` and `min`, plain bounds whatever
 * the direction (issue 15's syntax, and drift-check's `fairness.rules`): `max: 0.10` on a difference,
 * `min: 0.8` on a ratio (the four-fifths rule). `threshold` keeps working as the bound on the worse
 * side (a difference's max, a ratio's min); giving it beside that bound is an error
 * (fairnessRuleProblems).
 */
const fairnessRuleSchema = metricRuleSchema
    .extend({
    max: schemas/* number */.aig().describe('Upper bound (inclusive): head <= max; for the differences and gaps (lower is better), e.g. equalized_odds_difference max 0.10'),
    min: schemas/* number */.aig().describe('Lower bound (inclusive): head >= min; for the ratios (higher is better), e.g. disparate_impact_ratio min 0.8 (the four-fifths rule)'),
})
    .partial();
/**
 * Rules on the fairness summaries of one sensitive column (evaluate --sensitive): the metric rules'
 * keys and semantics, each summary's direction known (differences and gaps lower, ratios higher).
 * Only the summaries evaluate writes, so a misspelt name is an error, not a gate that never runs.
 */
const fairnessRulesSchema = schemas/* strictObject */.rej({
    demographic_parity_difference: fairnessRuleSchema,
    demographic_parity_ratio: fairnessRuleSchema,
    equalized_odds_difference: fairnessRuleSchema,
    equalized_odds_ratio: fairnessRuleSchema,
    equal_opportunity_difference: fairnessRuleSchema,
    disparate_impact_ratio: fairnessRuleSchema,
    mae_max_gap: fairnessRuleSchema,
    rmse_max_gap: fairnessRuleSchema,
    mean_error_max_gap: fairnessRuleSchema,
})
    .partial()
    .describe('Gate rules per fairness summary of this sensitive column; multiclass: applied to every class (one-vs-rest)');
const modelConfigSchema = schemas/* strictObject */.rej({
    task: schemas/* enum */.k5n(['binary', 'multiclass', 'regression']).optional().describe("The model's task; when set, compare checks the reports against it"),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), metricRuleSchema).optional().describe('Gate rules per metric (keyed by metric name as the report writes it)'),
    slices: schemas/* record */.g1P(schemas/* string */.YjP().min(1), sliceRuleSchema).optional().describe('Gate rules per slice column'),
    fairness: schemas/* record */.g1P(schemas/* string */.YjP().min(1), fairnessRulesSchema).optional().describe('Gate rules on the fairness summaries, per sensitive column (evaluate --sensitive)'),
    first_run: schemas/* enum */.k5n(['pass', 'fail'])
        .default('pass')
        .describe('What a change rule does when there is no baseline value to compare with: pass (default) or fail'),
    significance: significanceSchema.optional(),
});
/** What the model card says about a model beyond its numbers (publish-model). */
const releaseModelSchema = schemas/* strictObject */.rej({
    intended_use: schemas/* string */.YjP().describe('What the model is for and who should use it (model card: Intended use)'),
    limitations: schemas/* string */.YjP().describe('Known limitations, out-of-scope uses and caveats (model card: Limitations)'),
    owners: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('People or teams responsible for the model (model card: Owners)'),
})
    .partial();
/** Open at its top level like the other reserved sections (later publish settings); strict per model. */
const releaseSchema = schemas/* looseObject */._H3({
    models: schemas/* record */.g1P(schemas/* string */.YjP().min(1), releaseModelSchema).optional().describe('Per model: the model card text'),
})
    .describe('publish-model settings (keys other than models are reserved)');
/**
 * The aliases promote may create. Names as the registry takes them (shared/registry/tag.ts: NAME_RE,
 * at most 64 characters; `latest` is a version word). Open at its top level like `release`.
 */
const promoteSchema = schemas/* looseObject */._H3({
    aliases: schemas/* array */.YOg(schemas/* string */.YjP()
        .max(64)
        .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens, starting with a letter')
        .refine((a) => a !== 'latest', '"latest" means the highest version, not an alias'))
        .min(1)
        .describe('The aliases mlops promote and promote-model may create (an alias a model already has may always move); another is refused unless created on purpose (--create-alias, create-alias: true). Default: staging, production'),
})
    .partial()
    .describe('promote-model settings (keys other than aliases are reserved)');
/** What promote takes for declared when mlops.yaml says nothing: the two aliases the starter workflows use. */
const DEFAULT_ALIASES = (/* unused pure expression or super */ null && (['staging', 'production']));
/** The aliases a config declares (promote.aliases), else the defaults. */
function declaredAliases(config) {
    return config?.promote?.aliases ?? DEFAULT_ALIASES;
}
/**
 * The aliases promote may move: those `file` declares, else ./mlops.yaml's when it exists, else
 * the defaults (a job that did not check out the repository has no mlops.yaml).
 */
async function loadDeclaredAliases(file) {
    const configFile = file ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
    return declaredAliases(configFile === undefined ? undefined : await loadConfig(configFile));
}
const reserved = (step) => schemas/* unknown */.L5J().optional().describe(`Reserved for the ${step} step (not read by this version)`);
const mlopsConfigSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(CONFIG_VERSION).describe('Config format version: 1'),
    models: schemas/* record */.g1P(schemas/* string */.YjP().min(1), modelConfigSchema).optional().describe('Per model: compare gate rules and settings'),
    release: releaseSchema.optional(),
    promote: promoteSchema.optional(),
    drift: driftSectionSchema.optional(),
    registry: reserved('registry'),
})
    .describe('mlops-actions configuration (mlops.yaml)');
function ruleProblems(rules, base) {
    const out = [];
    for (const [name, rule] of Object.entries(rules ?? {})) {
        if (rule.direction !== undefined || defaultDirection(name) !== undefined)
            continue;
        const close = (0,yaml_source/* closestMatch */.h0)(name, metrics/* METRIC_NAMES */.Uw);
        out.push({
            path: [...base, name],
            what: `${(0,yaml_source/* formatKeyPath */.K7)([...base, name])}: "${name}" is not a standard metric, so compare cannot tell which way is better`,
            hint: `${close ? `did you mean "${close}"? ` : ''}add direction: higher or direction: lower`,
        });
    }
    return out;
}
/**
 * `threshold` on a fairness summary is the bound on its worse side, so beside `max` (a difference)
 * or `min` (a ratio) it would be a second value for one bound; and min above max admits nothing.
 */
function fairnessRuleProblems(rules, base) {
    const out = [];
    for (const [column, perSummary] of Object.entries(rules ?? {})) {
        for (const [name, rule] of Object.entries(perSummary)) {
            if (!rule)
                continue;
            const path = [...base, column, name];
            const alias = (rule.direction ?? fairness_rates/* SUMMARY_DIRECTION */.nJ[name]) === 'higher' ? 'min' : 'max';
            if (rule.threshold !== undefined && rule[alias] !== undefined) {
                out.push({ path, what: `${(0,yaml_source/* formatKeyPath */.K7)(path)}: threshold and ${alias} are one bound here (threshold is the older name of ${alias} for ${name})`, hint: `keep ${alias}: ${rule[alias]} and remove threshold` });
            }
            if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
                out.push({ path, what: `${(0,yaml_source/* formatKeyPath */.K7)(path)}: min ${rule.min} is above max ${rule.max}, so no value passes`, hint: 'swap or fix the bounds' });
            }
        }
    }
    return out;
}
function semanticProblems(c) {
    const out = [];
    for (const [model, m] of Object.entries(c.models ?? {})) {
        out.push(...ruleProblems(m.metrics, ['models', model, 'metrics']));
        for (const [column, s] of Object.entries(m.slices ?? {}))
            out.push(...ruleProblems(s.metrics, ['models', model, 'slices', column, 'metrics']));
        out.push(...fairnessRuleProblems(m.fairness, ['models', model, 'fairness']));
    }
    return out;
}
const OPTIONS = {
    error: (what, options) => new errors/* ContractError */.Vl(what, options),
    empty: { what: 'the file is empty', hint: 'start with "version: 1" and a models: mapping (see docs/compare.md)' },
    versionHint: 'add "version: 1" at the top',
    semantic: semanticProblems,
};
/** Parses mlops.yaml text; `file` names it in messages. Throws ContractError (exit code 2). */
function parseConfig(text, file) {
    return parseYamlText(text, file, mlopsConfigSchema, OPTIONS);
}
/** Reads and checks an mlops.yaml file. Throws ContractError (exit code 2) at file:line:col. */
async function loadConfig(file) {
    return (0,yaml_source/* loadYamlFile */.Y3)(file, mlopsConfigSchema, {
        ...OPTIONS,
        notFound: 'config file not found',
        cannotRead: 'cannot read the config file',
        missingHint: 'check the path, or run `mlops init` to write a starter mlops.yaml',
    });
}
/**
 * The settings of one model. Without a name, the only model in the file (none configured →
 * undefined: compare then reports only). A name the file does not list is an error.
 */
function modelConfigOf(config, model, file = CONFIG_FILE) {
    const models = config?.models ?? {};
    const names = Object.keys(models);
    if (model === undefined) {
        if (names.length <= 1)
            return names.length ? models[names[0]] : undefined;
        throw new ContractError(`${file} configures ${names.length} models (${names.join(', ')}); say which one to compare`, { location: { file }, hint: 'pass --model NAME (action input: model)' });
    }
    // Own keys only: a model named "toString" is not configured just because objects have one.
    const m = Object.hasOwn(models, model) ? models[model] : undefined;
    if (!m && names.length > 0) {
        const close = closestMatch(model, names);
        throw new ContractError(`model "${model}" is not configured under models`, { location: { file }, hint: `${close ? `did you mean "${close}"? ` : ''}configured: ${names.join(', ')}` });
    }
    return m;
}
/**
 * The gate rules a step uses and the model they belong to: rules given directly win; else the
 * model's section of the config file (the only model when none is named, which also names it).
 */
async function gateRulesOf(o) {
    if (o.rules || !o.config)
        return { rules: o.rules, model: o.model };
    const config = await loadConfig(o.config);
    const rules = modelConfigOf(config, o.model, o.config);
    return { rules, model: rules && o.model === undefined ? Object.keys(config.models ?? {})[0] : o.model };
}
function modelRuleProblems(m) {
    const out = ruleProblems(m.metrics, ['metrics']);
    for (const [column, s] of Object.entries(m.slices ?? {}))
        out.push(...ruleProblems(s.metrics, ['slices', column, 'metrics']));
    out.push(...fairnessRuleProblems(m.fairness, ['fairness']));
    return out;
}
const RULES_OPTIONS = {
    error: (what, options) => new errors/* ContractError */.Vl(what, options),
    empty: { what: 'the rules are empty', hint: 'write one model\'s section of mlops.yaml, e.g. metrics: { roc_auc: { threshold: 0.8 } }' },
    semantic: modelRuleProblems,
};
/**
 * One model's rules written as YAML (compare's `rules` input, `mlops compare --rules FILE`): the
 * same checks and messages as mlops.yaml (line:col, alias bombs and reserved names refused).
 */
function parseModelRulesText(text, where) {
    return parseYamlText(text, where, modelConfigSchema, RULES_OPTIONS);
}
/** parseModelRulesText of a file. */
async function loadModelRules(file) {
    return loadYamlFile(file, modelConfigSchema, { ...RULES_OPTIONS, notFound: 'rules file not found', cannotRead: 'cannot read the rules file', missingHint: 'check the path' });
}
/** Checks a model config given as an action input or option (not from a file). */
function parseModelConfig(value, where) {
    const parsed = modelConfigSchema.safeParse(value);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new ContractError(`${where}: ${formatKeyPath(i.path)}: ${i.message}`);
    }
    const problems = [...ruleProblems(parsed.data.metrics, ['metrics'])];
    for (const [column, s] of Object.entries(parsed.data.slices ?? {}))
        problems.push(...ruleProblems(s.metrics, ['slices', column, 'metrics']));
    problems.push(...fairnessRuleProblems(parsed.data.fairness, ['fairness']));
    if (problems.length > 0)
        throw new ContractError(`${where}: ${problems[0].what}`, { hint: problems[0].hint });
    return parsed.data;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ../../../../shared/runtime/signal-cleanup.ts
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
                (0,external_node_fs_.rmSync)(t.path, REMOVE);
            else
                for (const name of (0,external_node_fs_.readdirSync)(t.dir))
                    if (t.match(name))
                        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(t.dir, name), REMOVE);
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
    const release = removeOnInterrupt(tmp);
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
            await pipeline(createReadStream(tmp), createWriteStream(target.path, { flags: 'w' }));
        }
        else if (dirname(target.path) === dirname(resolve(tmp))) {
            await sweepOutputTemps(target.path);
            if (target.stats)
                await chmod(tmp, target.stats.mode & 0o7777);
            await rename(tmp, target.path);
            warnIfHardLinksKeptOldContent(target);
        }
        else {
            // The temp was made beside the link: sweep a killed writer's leftovers there too.
            if (target.viaLink)
                await sweepOutputTemps(resolve(path));
            await writeBeside(target, await readFile(tmp));
        }
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
    finally {
        await rm(tmp, { force: true });
    }
}
/** JSON with two-space indentation and a trailing newline (stable, diff-friendly). */
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
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

;// CONCATENATED MODULE: ../../../../shared/drift/distribution.ts
/**
 * The two shapes every drift statistic takes (shared/drift/stats/*.ts): a column's numbers as an
 * ascending, optionally weighted sample, or its values as counts. Each side of a comparison is one
 * of these, built either from raw values (exact) or from a reference profile's sketches (approximate):
 *
 * - numeric, raw: every finite value once, sorted (`numericFromValues`);
 * - numeric, profile: the KLL sketch's retained items, each with its weight 2^level
 *   (`numericFromKll`): a weighted sample whose weighted CDF is the sketch's rank estimate, within
 *   the sketch's normalized rank error ε of the true CDF at every point (1.65% at k = 200, 99%
 *   confidence; shared/data/sketch/kll.ts). `n` is the number of observations, not of items;
 * - categorical, raw: counts of every value (`categoricalFromCounts`);
 * - categorical, profile: the frequent-items sketch's items (`categoricalFromProfile`); what it does
 *   not itemise is the remainder `other` (zero, and `exact`, when the profile counted every value).
 *
 * Values become categories through `categoryKey`, used on both sides: numbers by their float64
 * value in shortest round-trip form (as the profiler keys frequent items: "1" and "1.0" are one
 * value, -0 is "0"), strings as they are, booleans as "true"/"false". So a numeric column of few
 * distinct values can be tested as categories: from its own values when exact, or from the
 * profile's frequent items (`categories` on the numeric distribution) when it came from a profile.
 */


/**
 * A value as a category: numbers in shortest round-trip form with -0 as "0" (the profiler's
 * `numberText`, shared/data/profile.ts), strings unchanged, booleans as "true"/"false". Both the
 * reference (profile) and the current side go through this, so their keys meet.
 */
function categoryKey(value) {
    if (typeof value === 'number')
        return String(value + 0);
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    return value;
}
// ---------------------------------------------------------------------------------------------
// Numeric
/** Below this many values the native (comparison) sort beats the radix sort's fixed cost. */
const RADIX_MIN = 4096;
/**
 * Sorts a Float64Array ascending in place: LSD radix sort on the IEEE-754 bits in four 16-bit
 * digits (sign-flipped so that unsigned order is numeric order; -0 before +0), skipping a digit
 * every value shares (the low mantissa bits of integer-valued data), so 3,000,000 doubles sort in
 * ~0.1-0.2 s instead of ~0.35 s for TypedArray.prototype.sort. One scratch buffer of the same size.
 * NaN must not be present.
 */
function sortFloat64(a) {
    const n = a.length;
    if (n < RADIX_MIN)
        return a.sort();
    const u = new Uint32Array(a.buffer, a.byteOffset, n * 2);
    const len = 2 * n;
    // Little-endian words: u[2i] low, u[2i+1] high. Negative: flip all bits; positive: flip the sign.
    for (let i = 0; i < len; i += 2) {
        const hi = u[i + 1];
        if (hi & 0x80000000) {
            u[i + 1] = ~hi;
            u[i] = ~u[i];
        }
        else
            u[i + 1] = hi | 0x80000000;
    }
    const R = 65536;
    const hist = new Uint32Array(4 * R);
    for (let i = 0; i < len; i += 2) {
        const lo = u[i];
        const hi = u[i + 1];
        hist[lo & 0xffff]++;
        hist[R + (lo >>> 16)]++;
        hist[2 * R + (hi & 0xffff)]++;
        hist[3 * R + (hi >>> 16)]++;
    }
    let src = u;
    let dst = new Uint32Array(len);
    for (let p = 0; p < 4; p++) {
        const off = p * R;
        let sum = 0;
        let constant = false;
        for (let b = 0; b < R; b++) {
            const c = hist[off + b];
            if (c === n)
                constant = true;
            hist[off + b] = sum;
            sum += c;
        }
        if (constant)
            continue;
        const word = p >> 1;
        const shift = (p & 1) * 16;
        for (let i = 0; i < len; i += 2) {
            const d = (src[i + word] >>> shift) & 0xffff;
            const j = hist[off + d]++ * 2;
            dst[j] = src[i];
            dst[j + 1] = src[i + 1];
        }
        const t = src;
        src = dst;
        dst = t;
    }
    if (src !== u)
        u.set(src);
    for (let i = 0; i < len; i += 2) {
        const hi = u[i + 1];
        if (hi & 0x80000000)
            u[i + 1] = hi & 0x7fffffff;
        else {
            u[i + 1] = ~hi;
            u[i] = ~u[i];
        }
    }
    return a;
}
/**
 * Raw numbers as a distribution. Sorts `values` IN PLACE (no copy: at 3,000,000 rows a copy is
 * 24 MB) and returns it as `values`; the caller must not rely on the original order afterwards.
 * NaN and ±Infinity must already be excluded (as Evidently drops them); they are rejected here.
 */
function numericFromValues(values) {
    for (let i = 0; i < values.length; i++) {
        // One pass: NaN would break the sort order; infinities break every distance.
        const v = values[i];
        if (v !== v || v === Infinity || v === -Infinity)
            throw new errors/* InputError */.dz(`numericFromValues: value ${i} is ${v}; exclude NaN and ±Infinity before building a distribution`);
    }
    sortFloat64(values);
    return { kind: 'numeric', values, weights: null, n: values.length, exact: true };
}
/**
 * A KLL sketch's retained items as a weighted sample. The items and their weights are read through
 * the sketch itself (KllSketch.fromState, which also checks that the levels weigh n; each distinct
 * item's weight is the step of the sketch's own cumulative weight, `weightBelow`), so the
 * level-to-weight rule lives only in kll.ts. The sample is exact while the sketch never compacted.
 * `moments` (the profile's exact moments) supplies the exact population std when given.
 */
function numericFromKll(state, moments) {
    const sketch = kll_KllSketch.fromState(state);
    let total = 0;
    for (const level of state.levels)
        total += level.length;
    const items = new Float64Array(total);
    let o = 0;
    for (const level of state.levels)
        for (const x of level)
            items[o++] = x;
    items.sort();
    let distinct = 0;
    for (let i = 0; i < total; i++)
        if (i === 0 || items[i] !== items[i - 1])
            items[distinct++] = items[i];
    const values = items.slice(0, distinct);
    const weights = new Float64Array(distinct);
    let below = 0;
    for (let i = 0; i < distinct; i++) {
        const cum = sketch.weightBelow(values[i], true);
        weights[i] = cum - below;
        below = cum;
    }
    const d = { kind: 'numeric', values, weights, n: state.n, exact: sketch.isExact() };
    if (state.min !== null)
        d.min = state.min;
    if (state.max !== null)
        d.max = state.max;
    if (moments && moments.n === state.n && moments.n > 0)
        d.std = Math.sqrt(moments.m2 / moments.n);
    return d;
}
/** Smallest observation (exact for a sketch that keeps its min). */
function numericMin(d) {
    return d.min ?? d.values[0];
}
/** Largest observation (exact for a sketch that keeps its max). */
function numericMax(d) {
    return d.max ?? d.values[d.values.length - 1];
}
/** Population standard deviation (ddof = 0, numpy.std's default): the exact one when known, else from the (weighted) sample, two-pass. */
function numericStd(d) {
    if (d.std !== undefined)
        return d.std;
    const { values, weights } = d;
    let total = 0;
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
        const w = weights ? weights[i] : 1;
        total += w;
        sum += w * values[i];
    }
    const mean = sum / total;
    let ss = 0;
    for (let i = 0; i < values.length; i++) {
        const dev = values[i] - mean;
        ss += (weights ? weights[i] : 1) * dev * dev;
    }
    return Math.sqrt(ss / total);
}
/**
 * Distinct values of a numeric distribution, ascending (a new array): all of them when `exact`;
 * for a sketch only the retained ones (a lower bound on the true number).
 */
function distinctValues(d) {
    const v = d.values;
    let count = 0;
    for (let i = 0; i < v.length; i++)
        if (i === 0 || v[i] !== v[i - 1])
            count++;
    const out = new Float64Array(count);
    let o = 0;
    for (let i = 0; i < v.length; i++)
        if (i === 0 || v[i] !== v[i - 1])
            out[o++] = v[i];
    return out;
}
// ---------------------------------------------------------------------------------------------
// Categorical
/** Exact counts as a distribution (the map is used as is, not copied). */
function categoricalFromCounts(counts) {
    let n = 0;
    for (const c of counts.values())
        n += c;
    return { kind: 'categorical', counts, other: 0, n, exact: true };
}
/**
 * A frequent-items sketch (shared/data/sketch/frequent-items.ts) over `n` observations as counts,
 * leaving out the keys in `drop`. Exact (offset 0): its items are every value with its true count.
 * Otherwise (Misra-Gries with decrements): an item's true count lies in [count, count + offset], and
 * count + offset is exact for every item held since before the first decrement (typically the
 * heavy items); the counts here are those estimates, and `other` = n − Σ estimates (floored at 0) is
 * the weight of every value not itemised. Using the lower bounds instead would shift weight from
 * every item to `other` on the reference side only and show drift where there is none.
 */
function categoricalFromFrequent(state, n, drop = new Set()) {
    const counts = new Map();
    const exact = state.offset === 0;
    let itemised = 0;
    for (const [key, count] of state.items) {
        if (drop.has(key) || count <= 0)
            continue;
        const estimate = exact ? count : Math.min(count + state.offset, n);
        counts.set(key, estimate);
        itemised += estimate;
    }
    return { kind: 'categorical', counts, other: exact ? 0 : Math.max(0, n - itemised), n: exact ? itemised : n, exact };
}
const NON_FINITE_KEYS = new Set(['NaN', 'Infinity', '-Infinity']);
function isNumericProfile(column) {
    return column.type === 'integer' || column.type === 'number';
}
/**
 * A profile column's values as counts, from its frequent-items sketch (every item it holds, up to
 * its capacity of 1024, not only the top 20 `frequent` list). Numeric columns leave out NaN and
 * ±Infinity (excluded from every numeric statistic, as Evidently drops them), so n is the count of
 * finite values, the same observations as the KLL sketch. Exact when `frequent_exact`.
 */
function categoricalFromProfile(column) {
    const numeric = isNumericProfile(column);
    const n = numeric ? column.count - column.nan - column.inf : column.count;
    return categoricalFromFrequent(column.sketches.frequent, n, numeric ? NON_FINITE_KEYS : undefined);
}
/**
 * A numeric distribution's values as categories (categoryKey), by runs of equal values, weighted.
 * Exact when the distribution is; from a sketch's sample it is only an approximation (prefer the
 * profile's frequent items, `categories`).
 */
function categoricalFromNumeric(d) {
    if (d.categories)
        return d.categories;
    const counts = new Map();
    const { values, weights } = d;
    let i = 0;
    while (i < values.length) {
        const v = values[i];
        let w = 0;
        for (; i < values.length && values[i] === v; i++)
            w += weights ? weights[i] : 1;
        const key = categoryKey(v);
        counts.set(key, (counts.get(key) ?? 0) + w);
    }
    return { kind: 'categorical', counts, other: 0, n: d.n, exact: d.exact };
}
/**
 * A reference profile column as a distribution: integer/number columns as their KLL sample (with
 * the exact min, max and std from the profile, and the frequent items as `categories`), date and
 * timestamp columns as their KLL sample of epoch milliseconds, every other type as counts of values.
 */
function distributionFromProfile(column) {
    if (isNumericProfile(column)) {
        const d = numericFromKll(column.sketches.kll, column.sketches.moments);
        d.categories = categoricalFromProfile(column);
        return d;
    }
    if (column.type === 'date' || column.type === 'timestamp')
        return numericFromKll(column.sketches.kll, column.sketches.moments);
    return categoricalFromProfile(column);
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/binning.ts
/**
 * Evidently's get_binned_data, on distributions: the shares per bin that Jensen-Shannon and PSI
 * compare (https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/utils.py).
 *
 * - Numbers (a numeric column with more than 20 distinct reference values; column-test.ts decides):
 *   numpy.histogram_bin_edges(reference + current, bins='sturges'): equal-width bins over
 *   [min, max] of both sides, their number ceil(ptp / (ptp / (log2(n_ref + n_cur) + 1))), edges as
 *   numpy.linspace (edge_i = i · step + min, last edge = max; ±0.5 around a constant); shares =
 *   numpy.histogram counts (bins [e_i, e_i+1), the last one closed) / rows. Evidently's n_bins = 30
 *   argument is not used on this path. From a sketch: min, max and n are exact (a KLL sketch keeps
 *   them), so the edges are the raw data's; only the shares carry the sketch's rank error.
 * - Values (categorical columns, and numeric ones with at most 20 distinct reference values): one bin
 *   per value seen on either side, share = count / rows. A sketch that does not itemise every value
 *   (a frequent-items remainder, `other` > 0) cannot say which values its remainder holds: then the
 *   bins are the values itemised by every such side, and everything else, on both sides, is one
 *   "other" bin. With exact counts of the itemised values, merging bins can only lower JS and PSI
 *   (f-divergences never increase under coarsening), so the value is a lower bound of the raw-data
 *   one; with a Misra-Gries sketch's estimates (count + offset, distribution.ts) it is within
 *   sqrt(ln 2 · TV) of that lower bound for JS, TV <= K · offset / n for K itemised values.
 */

/** The name of the merged bin for values a sketch does not itemise (never a key: it is not a string a value produces alone). */
const OTHER_BIN = '\u0000other';
/** numpy.histogram_bin_edges(data, bins='sturges') for data of `size` values spanning [min, max]. */
function sturgesEdges(min, max, size) {
    let first = min;
    let last = max;
    const ptp = max - min;
    const width = ptp / (Math.log2(size) + 1);
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    const bins = width ? Math.ceil((last - first) / width) : 1;
    const edges = new Float64Array(bins + 1);
    const step = (last - first) / bins;
    if (step === 0)
        for (let i = 0; i <= bins; i++)
            edges[i] = ((i / bins) * (last - first)) + first;
    else
        for (let i = 0; i <= bins; i++)
            edges[i] = i * step + first;
    edges[bins] = last;
    return edges;
}
/** Index of the first value >= x (left) or > x (right) in an ascending array. */
function search(values, x, right) {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (right ? values[mid] <= x : values[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * numpy.histogram(values, edges)[0] / rows for an ascending (weighted) sample: counts from the
 * weight below each edge (left-closed bins, the last bin closed on the right). O(bins · log n).
 */
function histogramShares(d, edges) {
    const { values, weights } = d;
    let prefix = null;
    if (weights) {
        prefix = new Float64Array(values.length + 1);
        for (let i = 0; i < values.length; i++)
            prefix[i + 1] = prefix[i] + weights[i];
    }
    const total = prefix ? prefix[values.length] : values.length;
    const bins = edges.length - 1;
    const out = new Float64Array(bins);
    const below = (k) => {
        const idx = search(values, edges[k], k === bins);
        return prefix ? prefix[idx] : idx;
    };
    let prev = below(0);
    for (let k = 1; k <= bins; k++) {
        const cum = below(k);
        out[k - 1] = (cum - prev) / total;
        prev = cum;
    }
    return out;
}
/** Shares of both samples in the Sturges bins of their union (Evidently's numeric path). */
function binning_numericBins(reference, current) {
    const min = Math.min(numericMin(reference), numericMin(current));
    const max = Math.max(numericMax(reference), numericMax(current));
    const edges = sturgesEdges(min, max, reference.n + current.n);
    return { reference: histogramShares(reference, edges), current: histogramShares(current, edges), edges, keys: null };
}
function complete(d) {
    return d.exact && d.other === 0;
}
/**
 * Both sides' counts over shared value bins: the union of their values when both itemise every
 * value; otherwise the values itemised by every side that does not, plus one OTHER_BIN holding the
 * rest of each side. Keys sort as strings, or as numbers when `numericKeys` (a numeric column's
 * values: Evidently sorts the raw values, and the Z-test takes the first).
 */
function alignCategories(reference, current, numericKeys = false) {
    const partial = [reference, current].filter((d) => !complete(d));
    let keys;
    if (partial.length === 0) {
        const set = new Set(reference.counts.keys());
        for (const k of current.counts.keys())
            set.add(k);
        keys = [...set];
    }
    else {
        keys = [...partial[0].counts.keys()].filter((k) => partial.every((d) => d.counts.has(k)));
    }
    if (numericKeys)
        keys.sort((a, b) => Number(a) - Number(b));
    else
        keys.sort();
    const fill = (d) => {
        const counts = new Float64Array(keys.length);
        let itemised = 0;
        for (let i = 0; i < keys.length; i++) {
            const c = d.counts.get(keys[i]) ?? 0;
            counts[i] = c;
            itemised += c;
        }
        return { counts, rest: Math.max(0, d.n - itemised) };
    };
    const r = fill(reference);
    const c = fill(current);
    if (partial.length === 0 || (r.rest === 0 && c.rest === 0))
        return { keys, reference: r.counts, current: c.counts };
    const withOther = (x) => {
        const out = new Float64Array(keys.length + 1);
        out.set(x.counts);
        out[keys.length] = x.rest;
        return out;
    };
    return { keys: [...keys, OTHER_BIN], reference: withOther(r), current: withOther(c) };
}
/** Shares per value bin (Evidently's path for categorical and low-cardinality numeric columns). */
function binning_categoryBins(reference, current, numericKeys = false) {
    const a = alignCategories(reference, current, numericKeys);
    const share = (counts, n) => counts.map((c) => c / n);
    return { reference: share(a.reference, reference.n), current: share(a.current, current.n), edges: null, keys: a.keys };
}
/**
 * Evidently's zero filling before PSI (get_binned_data(feel_zeroes=True)), per side: empty bins get
 * min(nonzero share) / 1e6 when that minimum is <= 1e-4, else 1e-4. Returns a new array.
 */
function fillZeroShares(shares) {
    let min = Infinity;
    for (const s of shares)
        if (s !== 0 && s < min)
            min = s;
    const fill = min <= 0.0001 ? min / 10 ** 6 : 0.0001;
    return shares.map((s) => (s === 0 ? fill : s));
}

;// CONCATENATED MODULE: ../../../../shared/compare/significance.ts
/**
 * Is a metric delta between two models on the same rows real or noise? Three paired methods:
 *
 * - Paired bootstrap CI of each metric delta (every metric): each resample draws n paired rows with
 *   replacement and recomputes the metric for both models on the same rows; the interval is the
 *   α/2, 1 − α/2 percentiles of head − baseline. Same machinery as evaluate's intervals
 *   (shared/model/metrics/bootstrap.ts): xoshiro128** seeded through splitmix32, multiplicities
 *   instead of copied rows, NumPy "linear" quantiles, undefined resamples dropped and counted.
 * - McNemar's test (accuracy): on the discordant pairs, b = head right & baseline wrong and
 *   c = head wrong & baseline right. Below 25 discordant pairs, the exact two-sided binomial test
 *   p = min(1, 2·P[Bin(b + c, ½) ≤ min(b, c)]); from 25 on, the chi-square test with Edwards'
 *   continuity correction, χ² = max(0, |b − c| − 1)² / (b + c), one degree of freedom. (The usual
 *   textbook rule, e.g. Rosner, Fundamentals of Biostatistics; statsmodels' `mcnemar` defaults to
 *   exact=True at any size, and does not clip |b − c| − 1 at 0.)
 * - DeLong's test (binary ROC AUC): DeLong, DeLong & Clarke-Pearson (1988), "Comparing the areas
 *   under two or more correlated ROC curves", Biometrics 44(3); the variance of AUC_head − AUC_base
 *   from the structural components V10, V01 computed with midranks in O(n log n) (Sun & Xu 2014,
 *   "Fast implementation of DeLong's algorithm", IEEE Signal Processing Letters 21(11)).
 *   z = Δ / sqrt(Var Δ), two-sided p = erfc(|z| / √2).
 *
 * Labels come from the bootstrap CI of the delta only (the tests' p-values are reported beside it):
 * improvement when the CI excludes 0 on the better side, regression on the worse side, within noise
 * when it contains 0, not tested when there was no paired data (or no direction).
 */


const DEFAULT_ALPHA = 0.05;
/** Below this many discordant pairs McNemar's test is exact (binomial), from here on chi-square. */
const MCNEMAR_EXACT_BELOW = 25;
// ---------------------------------------------------------------------------------------------
// Distribution tails
/**
 * The complementary error function to near double precision: for x < 2, 1 − erf(x) with erf from
 * its all-positive series erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)) (Abramowitz &
 * Stegun 7.1.6, no cancellation); for x ≥ 2, the continued fraction A&S 7.1.14 by modified Lentz.
 */
function erfc(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    if (x < 0)
        return 2 - erfc(-x);
    if (x < 2) {
        let term = x;
        let sum = x;
        for (let n = 1; n < 200 && term > sum * 1e-17; n++) {
            term *= (2 * x * x) / (2 * n + 1);
            sum += term;
        }
        return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
    }
    if (x > 27)
        return 0;
    // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))), Lentz's method.
    const tiny = 1e-300;
    let f = x;
    let c = x;
    let d = 0;
    for (let k = 1; k < 500; k++) {
        const a = k / 2;
        d = x + a * d;
        d = d === 0 ? 1 / tiny : 1 / d;
        c = x + a / c;
        if (c === 0)
            c = tiny;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
/** Two-sided p-value of a standard normal statistic. */
function normalTwoSidedP(z) {
    return erfc(Math.abs(z) / Math.SQRT2);
}
/** Upper tail of the chi-square distribution with one degree of freedom. */
function chiSquare1Sf(x) {
    return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}
/** P[Bin(n, ½) ≤ k], summed in log space so that n in the thousands does not underflow early. */
function binomialHalfCdf(k, n) {
    let logTerm = -n * Math.LN2; // log C(n, 0) / 2^n
    let sum = Math.exp(logTerm);
    for (let i = 1; i <= k; i++) {
        logTerm += Math.log((n - i + 1) / i);
        sum += Math.exp(logTerm);
    }
    return sum;
}
/** McNemar's test from per-row correctness (1 = right) of the two models on the same rows. */
function mcnemarTest(headCorrect, baseCorrect) {
    if (headCorrect.length !== baseCorrect.length)
        throw new InputError(`mcnemar: ${headCorrect.length} head rows but ${baseCorrect.length} baseline rows`);
    let b = 0;
    let c = 0;
    for (let i = 0; i < headCorrect.length; i++) {
        const h = headCorrect[i] ? 1 : 0;
        const g = baseCorrect[i] ? 1 : 0;
        if (h > g)
            b++;
        else if (g > h)
            c++;
    }
    return mcnemarFromCounts(b, c);
}
function mcnemarFromCounts(b, c) {
    const n = b + c;
    if (n < MCNEMAR_EXACT_BELOW) {
        const p = n === 0 ? 1 : Math.min(1, 2 * binomialHalfCdf(Math.min(b, c), n));
        return { b, c, method: 'exact-binomial', statistic: null, pValue: p };
    }
    const stat = Math.max(0, Math.abs(b - c) - 1) ** 2 / n;
    return { b, c, method: 'chi-square-cc', statistic: stat, pValue: chiSquare1Sf(stat) };
}
// ---------------------------------------------------------------------------------------------
// DeLong
/** 1-based midranks (ties share the mean of their ranks), as scipy.stats.rankdata(method='average'). */
function midranks(x) {
    const n = x.length;
    const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
    const out = new Float64Array(n);
    for (let i = 0; i < n;) {
        let j = i;
        while (j + 1 < n && x[order[j + 1]] === x[order[i]])
            j++;
        const r = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            out[order[k]] = r;
        i = j + 1;
    }
    return out;
}
/** Structural components of one model's AUC (Sun & Xu 2014, Algorithm 1). */
function components(pos, neg) {
    const m = pos.length;
    const n = neg.length;
    const z = new Float64Array(m + n);
    z.set(pos);
    z.set(neg, m);
    const tz = midranks(z);
    const tx = midranks(pos);
    const ty = midranks(neg);
    const v10 = new Float64Array(m);
    const v01 = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < m; i++) {
        sum += tz[i];
        v10[i] = (tz[i] - tx[i]) / n;
    }
    for (let j = 0; j < n; j++)
        v01[j] = 1 - (tz[m + j] - ty[j]) / m;
    return { auc: (sum - (m * (m + 1)) / 2) / (m * n), v10, v01 };
}
/** Sample covariance (n − 1 denominator) of two equally long arrays. */
function cov(a, b) {
    const n = a.length;
    let ma = 0;
    let mb = 0;
    for (let i = 0; i < n; i++) {
        ma += a[i];
        mb += b[i];
    }
    ma /= n;
    mb /= n;
    let s = 0;
    for (let i = 0; i < n; i++)
        s += (a[i] - ma) * (b[i] - mb);
    return s / (n - 1);
}
/** DeLong's test of two correlated ROC AUCs on the same rows (`positive[i]` = 1 for the positive class). */
function delongTest(positive, scoreHead, scoreBase) {
    const n = positive.length;
    if (scoreHead.length !== n || scoreBase.length !== n)
        throw new InputError('delong: labels and both score arrays must have the same length');
    let m = 0;
    for (let i = 0; i < n; i++)
        m += positive[i] ? 1 : 0;
    const k = n - m;
    if (m < 2 || k < 2)
        throw new InputError(`delong: needs at least 2 positive and 2 negative rows, got ${m} and ${k}`);
    const split = (s) => {
        const pos = new Float64Array(m);
        const neg = new Float64Array(k);
        let a = 0;
        let b = 0;
        for (let i = 0; i < n; i++) {
            if (positive[i])
                pos[a++] = s[i];
            else
                neg[b++] = s[i];
        }
        return components(pos, neg);
    };
    const h = split(scoreHead);
    const g = split(scoreBase);
    const s10 = cov(h.v10, h.v10) + cov(g.v10, g.v10) - 2 * cov(h.v10, g.v10);
    const s01 = cov(h.v01, h.v01) + cov(g.v01, g.v01) - 2 * cov(h.v01, g.v01);
    const variance = Math.max(0, s10 / m + s01 / k);
    const delta = h.auc - g.auc;
    const se = Math.sqrt(variance);
    if (se === 0)
        return { aucHead: h.auc, aucBase: g.auc, delta, variance, se, z: null, pValue: delta === 0 ? 1 : 0, positives: m, negatives: k };
    const z = delta / se;
    return { aucHead: h.auc, aucBase: g.auc, delta, variance, se, z, pValue: normalTwoSidedP(z), positives: m, negatives: k };
}
function safe(f) {
    try {
        return f();
    }
    catch {
        return Number.NaN;
    }
}
/** Weights in an evaluation's prepared-row order from multiplicities in paired-row order. */
function weightsFor(e, counts, buffers) {
    if (e.task !== 'binary')
        return counts; // multiclass and regression keep input row order
    let w = buffers.get(e);
    if (!w)
        buffers.set(e, (w = new Uint32Array(counts.length)));
    const order = e.order;
    for (let r = 0; r < w.length; r++)
        w[r] = counts[order[r]];
    return w;
}
/**
 * The paired bootstrap's resamples in order: resample r's row multiplicities (paired-row order, the
 * array is reused), all drawn from one xoshiro128** stream seeded with `seed` (resampleCounts: n
 * draws of nextIndex(n) each). The metric deltas (below) and the fairness deltas
 * (fairness-deltas.ts) both draw through here, so one seed gives both the same resamples.
 */
function forEachPairedResample(rows, resamples, seed, visit) {
    const rng = new Xoshiro128(seed);
    const counts = new Uint32Array(rows);
    for (let r = 0; r < resamples; r++)
        visit(r, resampleCounts(rng, counts));
}
/**
 * Percentile bootstrap CIs of head − baseline for each metric both models can give. Each resample's
 * row multiplicities are drawn once (resampleCounts: n draws of nextIndex(n), the same stream as
 * drawing indices and copying rows) and applied to both models, so the resample is paired.
 */
function pairedBootstrapDeltas(head, base, metrics, options = {}) {
    const resamples = options.resamples ?? DEFAULT_PAIRED_RESAMPLES;
    const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
    const seed = options.seed ?? DEFAULT_SEED;
    if (!Number.isInteger(resamples) || resamples < 1)
        throw new InputError(`paired bootstrap: resamples must be a positive integer, got ${resamples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new InputError(`paired bootstrap: confidence must be in (0, 1), got ${confidence}`);
    if (head.rows !== base.rows)
        throw new InputError(`paired bootstrap: ${head.rows} head rows but ${base.rows} baseline rows`);
    const n = head.rows;
    if (n === 0)
        throw new InputError('paired bootstrap: no paired rows');
    const jobs = metrics.flatMap((name) => {
        const h = head.evaluationFor(name);
        const b = base.evaluationFor(name);
        return h && b ? [{ name, h, b, stats: new Float64Array(resamples) }] : [];
    });
    const buffers = new Map();
    /** The metric on `e` with multiplicities `counts` (paired-row order; undefined = all rows once). */
    const value = (name, e, counts, summaries) => {
        if (e.task === 'binary') {
            let s = summaries.get(e);
            if (!s)
                summaries.set(e, (s = summarizeBinary(e, counts && weightsFor(e, counts, buffers))));
            return BINARY_FROM_SUMMARY[name](s);
        }
        return safe(() => METRICS[name].compute(e, counts));
    };
    const full = new Map();
    forEachPairedResample(n, resamples, seed, (r, counts) => {
        const summaries = new Map();
        for (const j of jobs)
            j.stats[r] = value(j.name, j.h, counts, summaries) - value(j.name, j.b, counts, summaries);
    });
    const out = {};
    for (const j of jobs)
        out[j.name] = deltaInterval(value(j.name, j.h, undefined, full) - value(j.name, j.b, undefined, full), j.stats, confidence);
    return out;
}
/**
 * The percentile interval of per-resample deltas (NumPy "linear" quantiles), the resamples on which
 * a delta is undefined (NaN) left out and counted.
 */
function deltaInterval(estimate, stats, confidence) {
    const alpha = 1 - confidence;
    const valid = stats.filter((x) => !Number.isNaN(x)).sort();
    return { estimate, lower: quantileSorted(valid, alpha / 2), upper: quantileSorted(valid, 1 - alpha / 2), invalid: stats.length - valid.length };
}
/** improvement / regression when the CI of the delta excludes 0 on the better / worse side. */
function deltaLabel(ci, direction) {
    if (!ci || !direction || Number.isNaN(ci[0]) || Number.isNaN(ci[1]))
        return 'not_tested';
    const [lo, hi] = ci;
    if (lo > 0)
        return direction === 'higher' ? 'improvement' : 'regression';
    if (hi < 0)
        return direction === 'higher' ? 'regression' : 'improvement';
    return 'within_noise';
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/chi-square.ts
/**
 * Chi-square test of homogeneity (Evidently "chisquare": categorical columns of at most 1000
 * reference rows with more than 2 values, and numeric ones with 3 to 5 values; drift when p < threshold,
 * default 0.05).
 *
 * The statistic is scipy.stats.chi2_contingency(table, correction=False) of the 2 × K table
 * (reference counts, current counts) over the values seen on either side (binning.ts's
 * alignCategories; a sketch's un-itemised remainder is one more column): expected = row total ·
 * column total / N, X² = Σ (observed − expected)² / expected, dof = K − 1, p = chi2.sf(X², dof).
 *
 * Why chi2_contingency and not Evidently's goodness-of-fit (scipy.stats.chisquare(current counts,
 * reference shares · n_cur),
 * https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/chisquare_stattest.py):
 * the reference is a sample too, and the homogeneity test counts its sampling noise where the
 * goodness-of-fit test takes the reference shares as the truth (with 3,000,000 current rows against a
 * 1000-row reference that makes every small difference "significant"); and a value absent from the
 * reference gives an expected count of 0 and an infinite statistic there, while the contingency
 * table just has a column with one empty cell. With K > 2 the two agree closely when the reference is
 * much larger than the current sample.
 *
 * dof = 1 (a two-valued column with the test configured): no Yates continuity correction
 * (correction=False; SciPy would apply it by default at dof 1 only). Then X² = z² of the pooled
 * two-proportion Z-test (z.ts) and both give the same p-value, instead of a conservative one that
 * differs between the two tests. dof = 0 (one value on both sides): X² = 0, p = 1, as SciPy.
 * Unit: X², dimensionless; p in [0, 1].
 */


const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** log Γ(x) for x >= 0.5 (Lanczos, g = 7, 9 terms; ~1e-15 relative). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    x -= 1;
    let a = LANCZOS[0];
    const t = x + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (x + i);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
/**
 * Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a): the series for P when x < a + 1,
 * else the continued fraction for Q by modified Lentz (Numerical Recipes, 3rd ed., §6.2).
 */
function gammaQ(a, x) {
    if (!(a > 0) || Number.isNaN(x))
        return NaN;
    if (x <= 0)
        return 1;
    if (x === Infinity)
        return 0;
    const logPrefix = -x + a * Math.log(x) - logGamma(a);
    if (x < a + 1) {
        let ap = a;
        let del = 1 / a;
        let sum = del;
        for (let i = 0; i < 100000; i++) {
            ap += 1;
            del *= x / ap;
            sum += del;
            if (Math.abs(del) < Math.abs(sum) * 1e-17)
                break;
        }
        return Math.max(0, 1 - sum * Math.exp(logPrefix));
    }
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 100000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.exp(logPrefix) * h;
}
/** Upper tail of the chi-square distribution with `dof` degrees of freedom (scipy.stats.chi2.sf). */
function chiSquareSf(x, dof) {
    if (x <= 0)
        return 1;
    if (dof === 1)
        return chiSquare1Sf(x);
    if (dof === 2)
        return Math.exp(-x / 2);
    return gammaQ(dof / 2, x / 2);
}
/** X² and p of a 2 × K contingency table given as its two rows (scipy chi2_contingency, correction=False). */
function chiSquareContingency(referenceCounts, currentCounts) {
    const cols = [];
    for (let k = 0; k < referenceCounts.length; k++)
        if (referenceCounts[k] + currentCounts[k] > 0)
            cols.push(k);
    let r0 = 0;
    let r1 = 0;
    for (const k of cols) {
        r0 += referenceCounts[k];
        r1 += currentCounts[k];
    }
    const total = r0 + r1;
    const dof = cols.length - 1;
    if (dof <= 0 || r0 === 0 || r1 === 0)
        return { statistic: 0, pValue: 1, dof: Math.max(0, dof) };
    let stat = 0;
    for (const k of cols) {
        const col = referenceCounts[k] + currentCounts[k];
        const e0 = (r0 * col) / total;
        const e1 = (r1 * col) / total;
        stat += (referenceCounts[k] - e0) ** 2 / e0 + (currentCounts[k] - e1) ** 2 / e1;
    }
    return { statistic: stat, pValue: chiSquareSf(stat, dof), dof };
}
function chiSquareTest(reference, current) {
    const a = alignCategories(reference, current);
    return chiSquareContingency(a.reference, a.current);
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/jensen-shannon.ts

function relEntr(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Infinity;
}
/** scipy.spatial.distance.jensenshannon(p, q) (natural log), p and q non-negative weights. */
function jensenShannonDistance(p, q) {
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    let left = 0;
    let right = 0;
    for (let i = 0; i < p.length; i++) {
        const pi = p[i] / sp;
        const qi = q[i] / sq;
        const m = (pi + qi) / 2;
        left += relEntr(pi, m);
        right += relEntr(qi, m);
    }
    return Math.sqrt((left + right) / 2);
}
/** Shares in Evidently's bins for two distributions of the same kind (numeric: Sturges; categorical: values). */
function jensen_shannon_evidentlyBins(reference, current, numericKeys = false) {
    if (reference.kind === 'numeric' && current.kind === 'numeric')
        return numericBins(reference, current);
    if (reference.kind === 'categorical' && current.kind === 'categorical')
        return categoryBins(reference, current, numericKeys);
    throw new Error('binning needs two numeric or two categorical distributions');
}
function jensenShannonTest(reference, current, numericKeys = false) {
    const bins = jensen_shannon_evidentlyBins(reference, current, numericKeys);
    return { statistic: jensenShannonDistance(bins.reference, bins.current), bins };
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/ks-distribution.ts
/**
 * p-values of the two-sample Kolmogorov-Smirnov statistic, as scipy.stats.ks_2samp(alternative=
 * 'two-sided', method='auto') computes them in SciPy 1.10 (scipy/stats/_stats_py.py, _ksstats.py,
 * _stats_pythran.py, special/cephes/kolmogorov.c), ported branch by branch so the p-values agree to
 * floating-point rounding:
 *
 * - exact, when max(n1, n2) <= 10000: D is snapped to the lattice h / lcm(n1, n2) (h rounded half to
 *   even, as numpy.round) and P(D >= d) counted by lattice paths: for n1 == n2 the alternating
 *   reflection sum (_compute_prob_outside_square), otherwise Hodges' inside method with
 *   Viehmann's recursion for 1 − p (_compute_outer_prob_inside_method; Hodges 1958, Viehmann 2021,
 *   arXiv:2102.08037). A result outside [0, 1] falls back to the asymptotic form, as SciPy does;
 * - asymptotic otherwise: kstwo.sf(D, round(n1·n2 / (n1 + n2))), the exact one-sample two-sided
 *   distribution at the effective size, with SciPy's choice among Ruben-Gambino's closed forms,
 *   2·smirnov (Birnbaum-Tingey sum), the Durbin matrix (Marsaglia-Tsang-Wang), Pomeranz's recursion
 *   and the Pelz-Good series (Simard & L'Ecuyer 2011, "Computing the two-sided Kolmogorov-Smirnov
 *   distribution", J. Stat. Software 39(11)).
 *
 * One difference in means, not in results: cephes computes smirnov() in double-double arithmetic;
 * here the Birnbaum-Tingey terms are summed in double precision in log space, which agrees to
 * ~1e-12 relative up to about 10^4 rows (test/fixtures/reference/drift/ks_distribution.json); the
 * gap grows with n, to 2e-8 relative at n = 10^6 (kstwo.sf(0.0015, 1e6)), far below what moves a
 * p-value across a drift threshold (found by the mutation triage, docs/mutation-testing.md).
 */
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
/** cephes MINLOG: log(2^-1022). */
const CEPHES_MINLOG = -708.3964185322641;
/** scipy ks_2samp: 'auto' is exact when both sizes are at most this. */
const KS_MAX_EXACT_N = 10000;
const STIRLING_COEFFS = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4,
    7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];
function clip01(p) {
    return p < 0 ? 0 : p > 1 ? 1 : p;
}
/** numpy.round: half to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** x · 2^e without overflowing the power of two on the way. */
function ldexp(x, e) {
    while (e > 1000) {
        x *= 2 ** 1000;
        e -= 1000;
    }
    while (e < -1000) {
        x *= 2 ** -1000;
        e += 1000;
    }
    return x * 2 ** e;
}
/** log(n! / n^n) by Stirling's series with n·log(n) removed up front (_ksstats._log_nfactorial_div_n_pow_n). */
function logNFactorialDivNPowN(n) {
    const rn = 1 / n;
    let poly = 0;
    for (const c of STIRLING_COEFFS)
        poly = poly * (rn / n) + c;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            const rowB = k * m;
            const rowO = i * m;
            for (let j = 0; j < m; j++)
                out[rowO + j] += aik * b[rowB + j];
        }
    }
    return out;
}
/** Pr(D_n <= d) by the Durbin matrix (Marsaglia, Tsang & Wang 2003): _ksstats._kolmogn_DMTW. */
function kolmognDMTW(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = new Float64Array(m * m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        v[j - 1] = 1 - h ** j;
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] *= fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let Hpwr = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        Hpwr[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let Hexpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            Hpwr = matmul(Hpwr, H, m);
            expnt += Hexpnt;
        }
        H = matmul(H, H, m);
        Hexpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            Hexpnt += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = Hpwr[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            expnt -= 128;
        }
    }
    if (expnt !== 0)
        p = ldexp(p, expnt);
    return clip01(p);
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = Math.floor((i + 1) / 2);
        const ip1mod2 = (i + 1) % 2;
        if (ip1mod2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Python slice a[start:stop] bounds for an array of length len (negative indices wrap, then clip). */
function sliceBounds(start, stop, len) {
    const s = start < 0 ? Math.max(0, start + len) : Math.min(start, len);
    const e = stop < 0 ? Math.max(0, stop + len) : Math.min(stop, len);
    return [s, Math.max(s, e)];
}
/** numpy.convolve(a, b) in 'full' mode. */
function convolve(a, b) {
    const out = new Float64Array(a.length + b.length - 1);
    for (let i = 0; i < a.length; i++)
        for (let j = 0; j < b.length; j++)
            out[i + j] += a[i] * b[j];
    return out;
}
/** Pr(D_n <= x) by Pomeranz's recursion (1974): _ksstats._kolmogn_Pomeranz. */
function kolmognPomeranz(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    let expnt = 0;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * gOverN) / m;
        twogpower[m] = (twogpower[m - 1] * twoGOverN) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * oneMinusTwoGOverN) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1, j2] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            const [as, ae] = sliceBounds(k1 - V0s, k1 - V0s + ln2, npwrs);
            const [ps, pe] = sliceBounds(0, ln2, npwrs);
            const conv = convolve(V0.subarray(as, ae), pwrs.subarray(ps, pe));
            const convStart = j1 - k1;
            const convLen = j2 - j1 + 1;
            for (let c = 0; c < convLen; c++)
                V1[c] = conv[convStart + c];
            let max = -Infinity;
            for (let c = 0; c < npwrs; c++)
                if (V1[c] > max)
                    max = V1[c];
            if (max > 0 && max < EM128) {
                for (let c = 0; c < npwrs; c++)
                    V1[c] *= EP128;
                expnt -= 128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > EP128) {
            ans *= EM128;
            expnt += 128;
        }
        ans *= m;
    }
    if (expnt !== 0)
        ans = ldexp(ans, expnt);
    return clip01(ans);
}
/** Pelz-Good (1976) approximation of Pr(D_n <= x): _ksstats._kolmogn_PelzGood. */
function kolmognPelzGood(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z ** 2;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const qlog = -PI2 / 8 / z2;
    if (qlog < MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m ** 2;
        const m4 = m ** 4;
        const m6 = m ** 6;
        const qpower = q ** (8 * k);
        const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / div[i];
    q = Math.exp(-PI2 / 2 / z2);
    const sqrt3z = Math.sqrt(3) * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qp = q ** k2;
        const kspi = Math.PI * k;
        k2extra += k2 * qp;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * k2 * qp;
    }
    K[2] += k2extra * ((PI2 * SQRT2PI) / (-36 * z3));
    K[3] += k3extra * ((PI2 * SQRT2PI) / (216 * z6));
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}
/**
 * One-sided Smirnov survival P(D+_n >= x) (cephes `smirnov`), by the Birnbaum-Tingey sum
 * x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v), terms in log space, with cephes'
 * special cases (x <= 1/n, x >= 1 − 1/n, underflow, n > 10^6) and its early stop. cephes' upper-sum
 * variant only applies for n·x² <= 1/4, which kstwo.sf never passes here.
 */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    const nx = n * x;
    let nxfl = Math.floor(nx);
    let alpha = nx - nxfl;
    if (alpha === 1) {
        nxfl += 1;
        alpha = 0;
    }
    let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
    if (alpha === 0)
        n1mxfl -= 1;
    if (nxfl === 0 || (nxfl === 1 && alpha === 0))
        return clip01(1 - x * (1 + x) ** (n - 1));
    if (-2 * n * x * x < CEPHES_MINLOG)
        return 0;
    if (nxfl >= n - 1)
        return clip01((1 - x) ** n);
    if (n > 1_000_000) {
        const logp = -((6 * n * x + 1) ** 2) / 18 / n;
        return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
    }
    const nTerms = n1mxfl + 1;
    const vmid = Math.floor(n / 2);
    // v = 0: (1 − x)^n / x.
    let sum = Math.exp(n * Math.log1p(-x)) / x;
    let logC = Math.log(n); // log C(n, 1)
    for (let j = 1; j < nTerms; j++) {
        const v = j;
        const t1x = v / n + x;
        const t2x = (n - v) / n - x;
        const logA = logC + (v - 1) * Math.log(t1x) + (n - v) * Math.log(t2x);
        const a = logA < -745 ? 0 : Math.exp(logA);
        sum += a;
        if (a !== 0) {
            if (4 * (nTerms - j) * a < Number.EPSILON * sum && j !== nTerms - 1)
                break;
        }
        else if (j > vmid)
            break;
        logC += Math.log((n - j) / (j + 1));
    }
    return clip01(x * sum);
}
/**
 * Survival function of the two-sided one-sample KS statistic, P(D_n >= x): scipy.stats.kstwo.sf,
 * i.e. _ksstats._kolmogn(n, x, cdf=False) with Simard & L'Ecuyer's method selection.
 */
function kstwoSf(x, n) {
    if (Number.isNaN(x) || !(n >= 1) || !Number.isInteger(n))
        return NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1 / n) * (2 * t - 1);
        }
        else
            prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
        return clip01(1 - prob);
    }
    if (t >= n - 1)
        return clip01(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip01(2 * smirnovSf(n, x));
    const nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693)
            return clip01(1 - kolmognDMTW(n, x));
        if (nxsquared <= 4)
            return clip01(1 - kolmognPomeranz(n, x));
        return clip01(2 * smirnovSf(n, x));
    }
    if (nxsquared >= 370)
        return 0;
    if (nxsquared >= 2.2)
        return clip01(2 * smirnovSf(n, x));
    const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? kolmognDMTW(n, x) : kolmognPelzGood(n, x);
    return clip01(1 - clip01(cdf));
}
// ---------------------------------------------------------------------------------------------
// Exact two-sample
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** P(D_{n,n} >= h/n): _stats_py._compute_prob_outside_square. */
function probOutsideSquare(n, h) {
    let P = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
    }
    return 2 * P;
}
/** Share of lattice paths that leave |x/m − y/n| < h/lcm: _stats_pythran._compute_outer_prob_inside_method. */
function outerProbInside(m, n, g, h) {
    if (m < n)
        [m, n] = [n, m];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    for (let j = minj; j < Math.min(maxj, lenA); j++)
        A[j] = 0;
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
        minj = Math.min(minj, n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        const width = maxj - minj;
        const shift = minj - lastminj;
        for (let jj = 0; jj < width; jj++) {
            const j = jj + minj;
            val = (A[jj + shift] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = width;
        if (lastlen > curlen)
            for (let c = width; c < Math.min(width + (lastlen - curlen), lenA); c++)
                A[c] = 1;
    }
    return A[maxj - minj - 1];
}
/**
 * Two-sided p-value of a two-sample KS statistic d with sample sizes n1, n2, as
 * scipy.stats.ks_2samp(method='auto'): exact for max(n1, n2) <= 10000 (falling back to the
 * asymptotic form when the exact one is not a probability), asymptotic otherwise.
 */
function ks2sampPValue(d, n1, n2) {
    if (!(n1 >= 1 && n2 >= 1))
        return { pValue: NaN, method: 'asymp' };
    if (Math.max(n1, n2) <= KS_MAX_EXACT_N && Number.isInteger(n1) && Number.isInteger(n2)) {
        const g = gcd(n1, n2);
        const lcm = (n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        d = h / lcm;
        if (h === 0)
            return { pValue: 1, method: 'exact' };
        const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
        if (p >= 0 && p <= 1)
            return { pValue: p, method: 'exact' };
    }
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    return { pValue: clip01(kstwoSf(d, roundHalfEven(en))), method: 'asymp' };
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/ks.ts

function totalWeight(d) {
    if (!d.weights)
        return d.values.length;
    let t = 0;
    for (let i = 0; i < d.weights.length; i++)
        t += d.weights[i];
    return t;
}
/** max |F_a − F_b| over the union of both samples' points (the KS D). */
function ksStatistic(a, b) {
    const av = a.values;
    const bv = b.values;
    const aw = a.weights;
    const bw = b.weights;
    const na = totalWeight(a);
    const nb = totalWeight(b);
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    let maxDiff = 0;
    let minDiff = 0;
    while (i < av.length || j < bv.length) {
        const x = j >= bv.length || (i < av.length && av[i] <= bv[j]) ? av[i] : bv[j];
        if (aw)
            while (i < av.length && av[i] <= x)
                ca += aw[i++];
        else
            while (i < av.length && av[i] <= x)
                ca = ++i;
        if (bw)
            while (j < bv.length && bv[j] <= x)
                cb += bw[j++];
        else
            while (j < bv.length && bv[j] <= x)
                cb = ++j;
        const diff = ca / na - cb / nb;
        if (diff > maxDiff)
            maxDiff = diff;
        if (diff < minDiff)
            minDiff = diff;
    }
    return Math.min(1, Math.max(maxDiff, -minDiff));
}
/** KS test of reference against current: D on the (weighted) samples, p-value on the observation counts. */
function ksTest(reference, current) {
    const statistic = ksStatistic(reference, current);
    const { pValue, method } = ks2sampPValue(statistic, reference.n, current.n);
    return { statistic, pValue, method };
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/psi.ts


/** PSI of two share vectors after Evidently's zero filling. */
function psiValue(referenceShares, currentShares) {
    const r = fillZeroShares(referenceShares);
    const c = fillZeroShares(currentShares);
    let psi = 0;
    for (let i = 0; i < r.length; i++)
        psi += (r[i] - c[i]) * Math.log(r[i] / c[i]);
    return psi;
}
function psiTest(reference, current, numericKeys = false) {
    const bins = evidentlyBins(reference, current, numericKeys);
    return { statistic: psiValue(bins.reference, bins.current), bins };
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/wasserstein.ts
/**
 * Normed Wasserstein distance (Evidently "wasserstein": numeric columns of more than 1000 reference
 * rows with more than 5 distinct values; drift when statistic >= threshold, default 0.1).
 *
 * W1 = ∫ |F_ref(x) − F_cur(x)| dx over the union of both samples, with (weighted) ECDFs, exactly
 * scipy.stats.wasserstein_distance(u, v, u_weights, v_weights) (its _cdf_distance with p = 1); the
 * statistic is W1 / max(std_ref, 0.001) with std_ref the population std of the reference (ddof = 0,
 * numpy.std), as Evidently's _wasserstein_distance_norm
 * (https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/wasserstein_distance_norm.py).
 * Unit: reference standard deviations (0.1 = the distributions are a tenth of a std apart on average).
 *
 * From a sketch: |ΔW1| <= ∫ |F̂_ref − F_ref| dx <= ε · (max_ref − min_ref), so the normed statistic is
 * within ε · (max − min) / std of the raw-data value (ε = the KLL rank error, 1.65% at k = 200); the
 * std is the profile's exact one.
 */

/** Evidently's floor on the normalising std. */
const WASSERSTEIN_MIN_STD = 0.001;
/** First Wasserstein distance between two (weighted) samples: one merge pass, Neumaier-compensated sum. */
function wassersteinDistance(u, v) {
    const uv = u.values;
    const vv = v.values;
    const uw = u.weights;
    const vw = v.weights;
    let nu = 0;
    let nv = 0;
    if (uw)
        for (let i = 0; i < uw.length; i++)
            nu += uw[i];
    else
        nu = uv.length;
    if (vw)
        for (let i = 0; i < vw.length; i++)
            nv += vw[i];
    else
        nv = vv.length;
    let i = 0;
    let j = 0;
    let cu = 0;
    let cv = 0;
    let sum = 0;
    let comp = 0;
    let x = uv.length && (!vv.length || uv[0] <= vv[0]) ? uv[0] : vv[0];
    while (i < uv.length || j < vv.length) {
        if (uw)
            while (i < uv.length && uv[i] <= x)
                cu += uw[i++];
        else
            while (i < uv.length && uv[i] <= x)
                cu = ++i;
        if (vw)
            while (j < vv.length && vv[j] <= x)
                cv += vw[j++];
        else
            while (j < vv.length && vv[j] <= x)
                cv = ++j;
        if (i >= uv.length && j >= vv.length)
            break;
        const next = j >= vv.length || (i < uv.length && uv[i] <= vv[j]) ? uv[i] : vv[j];
        const term = Math.abs(cu / nu - cv / nv) * (next - x);
        const t = sum + term;
        comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
        sum = t;
        x = next;
    }
    return sum + comp;
}
function wassersteinTest(reference, current) {
    const distance = wassersteinDistance(reference, current);
    const referenceStd = numericStd(reference);
    return { statistic: distance / Math.max(referenceStd, WASSERSTEIN_MIN_STD), distance, referenceStd };
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/z.ts
/**
 * Two-proportion Z-test (Evidently "z": columns with at most 2 values, categorical or numeric, of at
 * most 1000 reference rows; drift when p < threshold, default 0.05).
 *
 * As Evidently's _z_stat_test
 * (https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/z_stattest.py):
 * the values seen on either side are sorted (numbers numerically), p1 and p2 are the shares of
 * values other than the first in the reference and the current data, P the pooled share, and
 * z = (p1 − p2) / sqrt(P(1 − P)(1/n1 + 1/n2)); two-sided p = 2·Φ(−|z|), computed as erfc(|z|/√2)
 * (Evidently writes 2·(1 − Φ(|z|)), the same number without its cancellation for tiny p). When both
 * sides hold one and the same value, p = 1 (z = 0). With more than 2 values (configured), it tests
 * the first value against all the others. Unit: z in standard errors; p in [0, 1].
 */


function zTest(reference, current, numericKeys = false) {
    const a = alignCategories(reference, current, numericKeys);
    const n1 = reference.n;
    const n2 = current.n;
    if (a.keys.length === 0 || n1 === 0 || n2 === 0)
        return { statistic: 0, pValue: 1, first: a.keys[0] ?? null };
    if (a.keys.length === 1)
        return { statistic: 0, pValue: 1, first: a.keys[0] };
    const p1 = (n1 - a.reference[0]) / n1;
    const p2 = (n2 - a.current[0]) / n2;
    const P = (p1 * n1 + p2 * n2) / (n1 + n2);
    const se = Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
    if (se === 0)
        return { statistic: 0, pValue: 1, first: a.keys[0] };
    const z = (p1 - p2) / se;
    return { statistic: z, pValue: normalTwoSidedP(z), first: a.keys[0] };
}

;// CONCATENATED MODULE: ../../../../shared/drift/column-test.ts
/**
 * Which statistic tests a column, running it, and the dataset-level decision.
 *
 * Defaults follow Evidently's `_get_default_stattest`
 * (https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/registry.py),
 * where "values" is the number of distinct non-missing values over reference AND current together
 * (pandas nunique of the concatenation) and "reference rows" the reference's non-missing values:
 *
 * | reference rows | column      | values | test          | drift when        |
 * | -------------- | ----------- | ------ | ------------- | ----------------- |
 * | <= 1000        | numeric     | > 5    | ks            | p < 0.05          |
 * | <= 1000        | numeric     | 3-5    | chisquare     | p < 0.05          |
 * | <= 1000        | any         | <= 2   | z             | p < 0.05          |
 * | <= 1000        | categorical | > 2    | chisquare     | p < 0.05          |
 * | > 1000         | numeric     | > 5    | wasserstein   | normed W >= 0.1   |
 * | > 1000         | numeric     | <= 5   | jensenshannon | distance >= 0.1   |
 * | > 1000         | categorical | any    | jensenshannon | distance >= 0.1   |
 *
 * psi (threshold 0.1) is never a default. Every test and threshold can be configured per column.
 * Jensen-Shannon and PSI bin a numeric column's numbers (Sturges) only when it has more than 20
 * distinct reference values, else count its values (Evidently's get_binned_data; stats/binning.ts).
 * Evidently's ks drifts at p <= threshold; here every p-value test drifts at p < threshold (the drift
 * report's rule, drift-format.ts). The dataset drifts when the share of drifted columns is >= 0.5
 * (Evidently's DatasetDriftMetric drift_share).
 *
 * A side built from a profile's sketches makes the column's result `method: 'sketch'` (docs/drift.md,
 * "Statistics", gives the error bounds). When a sketch cannot count distinct values exactly (more than
 * its frequent-items capacity), the count is a lower bound and the reason says "at least".
 */










/** Default thresholds: p-value tests at 0.05 (significance level), distances at 0.1 (Evidently's defaults). */
const DEFAULT_THRESHOLDS = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1 };
/** Up to this many reference rows the defaults are p-value tests, above it distances. */
const SMALL_REFERENCE_ROWS = 1000;
/** A numeric column with at most this many values is tested as categories. */
const NUMERIC_AS_CATEGORIES_VALUES = 5;
/** At most this many values: the Z-test (small references). */
const BINARY_VALUES = 2;
/** Jensen-Shannon and PSI bin numbers only above this many distinct reference values. */
const BINNED_MIN_REFERENCE_VALUES = 20;
const DEFAULT_DATASET_SHARE = 0.5;
/**
 * Evidently's default test for a column: by its kind, its reference rows and its distinct values
 * over both sides. The reason reads like "default: numeric, 1461 reference rows > 1000, 144 values > 5".
 */
function selectTest(kind, referenceRows, values) {
    const v = typeof values === 'number' ? { count: values, atLeast: false } : values;
    const small = referenceRows <= SMALL_REFERENCE_ROWS;
    const rows = `${referenceRows} reference rows ${small ? '<=' : '>'} ${SMALL_REFERENCE_ROWS}`;
    const count = `${v.atLeast ? 'at least ' : ''}${v.count} values`;
    let test;
    let cond;
    if (small) {
        if (kind === 'numeric' && v.count > NUMERIC_AS_CATEGORIES_VALUES) {
            test = 'ks';
            cond = `> ${NUMERIC_AS_CATEGORIES_VALUES}`;
        }
        else if (v.count > BINARY_VALUES) {
            test = 'chisquare';
            cond = kind === 'numeric' ? `<= ${NUMERIC_AS_CATEGORIES_VALUES}, > ${BINARY_VALUES}` : `> ${BINARY_VALUES}`;
        }
        else {
            test = 'z';
            cond = `<= ${BINARY_VALUES}`;
        }
    }
    else if (kind === 'numeric') {
        const many = v.count > NUMERIC_AS_CATEGORIES_VALUES;
        test = many ? 'wasserstein' : 'jensenshannon';
        cond = `${many ? '>' : '<='} ${NUMERIC_AS_CATEGORIES_VALUES}`;
    }
    else {
        test = 'jensenshannon';
        cond = '';
    }
    return { test, threshold: DEFAULT_THRESHOLDS[test], reason: `default: ${kind}, ${rows}, ${count}${cond ? ` ${cond}` : ''}` };
}
// ---------------------------------------------------------------------------------------------
// Counting distinct values
/** Distinct values in the union of two ascending arrays (duplicates allowed within each). O(n1 + n2). */
function countUnionSorted(a, b) {
    let i = 0;
    let j = 0;
    let count = 0;
    while (i < a.length || j < b.length) {
        const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
        count++;
        while (i < a.length && a[i] === x)
            i++;
        while (j < b.length && b[j] === x)
            j++;
    }
    return count;
}
function column_test_complete(d) {
    return d.exact && d.other === 0;
}
/** A numeric side's distinct values, ascending, when known exactly (raw values, or a sketch's complete frequent items). */
function knownValues(d) {
    if (d.exact)
        return d.values;
    if (d.categories && column_test_complete(d.categories))
        return Float64Array.from([...d.categories.counts.keys()].map(Number)).sort();
    return null;
}
/** Lower bound on a numeric side's distinct values when they are not known exactly. */
function valuesAtLeast(d) {
    let retained = 0;
    for (let i = 0; i < d.values.length; i++)
        if (i === 0 || d.values[i] !== d.values[i - 1])
            retained++;
    const c = d.categories;
    return Math.max(retained, c ? c.counts.size + (c.other > 0 ? 1 : 0) : 0);
}
function numericValueCounts(reference, current) {
    const r = knownValues(reference);
    const c = knownValues(current);
    const refCount = r ? { count: countUnionSorted(r, new Float64Array(0)), atLeast: false } : { count: valuesAtLeast(reference), atLeast: true };
    if (r && c)
        return { union: { count: countUnionSorted(r, c), atLeast: false }, reference: refCount };
    const curCount = c ? countUnionSorted(c, new Float64Array(0)) : valuesAtLeast(current);
    return { union: { count: Math.max(refCount.count, curCount), atLeast: true }, reference: refCount };
}
function categoricalValueCounts(reference, current) {
    const refCount = column_test_complete(reference) ? { count: reference.counts.size, atLeast: false } : { count: reference.counts.size + 1, atLeast: true };
    if (column_test_complete(reference) && column_test_complete(current)) {
        let union = reference.counts.size;
        for (const k of current.counts.keys())
            if (!reference.counts.has(k))
                union++;
        return { union: { count: union, atLeast: false }, reference: refCount };
    }
    const cur = current.counts.size + (column_test_complete(current) ? 0 : 1);
    return { union: { count: Math.max(refCount.count, cur), atLeast: true }, reference: refCount };
}
function describe(d) {
    return `${d.kind}${d.exact ? '' : ' (sketch)'}`;
}
/**
 * Tests one column: the reference and current sides as distributions of the same kind (a numeric
 * column: NumericDistribution on both sides, with `categories` on a profile side; a categorical
 * column: CategoricalDistribution on both). Throws InputError when a side has no values (report the
 * column as skipped instead), when the kinds differ, or when a configured test does not apply.
 */
function testColumn(column, reference, current, override = {}) {
    if (reference.n === 0 || current.n === 0) {
        throw new errors/* InputError */.dz(`column "${column}": no values on the ${reference.n === 0 ? 'reference' : 'current'} side to test`, { hint: 'leave the column out or report it as skipped' });
    }
    if (reference.kind !== current.kind) {
        throw new errors/* InputError */.dz(`column "${column}": the reference is ${describe(reference)} but the current data is ${describe(current)}`, {
            hint: 'declare the column type in the data contract so both sides are read the same way',
        });
    }
    const columnKind = reference.kind;
    const counts = reference.kind === 'numeric' ? numericValueCounts(reference, current) : categoricalValueCounts(reference, current);
    const selection = selectTest(columnKind, reference.n, counts.union);
    const test = override.test ?? selection.test;
    if ((test === 'ks' || test === 'wasserstein') && columnKind !== 'numeric') {
        throw new errors/* InputError */.dz(`column "${column}": test ${test} needs a numeric column, and this one is categorical`, { hint: 'use chisquare, z, jensenshannon or psi for categorical columns' });
    }
    const threshold = override.threshold ?? DEFAULT_THRESHOLDS[test];
    if (!(Number.isFinite(threshold) && threshold >= 0)) {
        throw new errors/* InputError */.dz(`column "${column}": threshold ${threshold} is not a non-negative number`, { hint: 'p-value tests take a significance level such as 0.05, distances a value such as 0.1' });
    }
    let reason;
    if (override.test !== undefined)
        reason = `configured: ${test}${override.threshold !== undefined ? `, threshold ${threshold}` : ''}`;
    else
        reason = override.threshold !== undefined ? `${selection.reason}; configured threshold ${threshold}` : selection.reason;
    const categories = () => reference.kind === 'numeric'
        ? [categoricalFromNumeric(reference), categoricalFromNumeric(current)]
        : [reference, current];
    const numericKeys = columnKind === 'numeric';
    let kind;
    let statistic;
    let pValue = null;
    let exact;
    if (test === 'ks' || test === 'wasserstein') {
        const r = reference;
        const c = current;
        kind = 'numeric';
        exact = r.exact && c.exact;
        if (test === 'ks') {
            const ks = ksTest(r, c);
            statistic = ks.statistic;
            pValue = ks.pValue;
        }
        else
            statistic = wassersteinTest(r, c).statistic;
    }
    else if (test === 'chisquare' || test === 'z') {
        const [r, c] = categories();
        kind = 'categorical';
        exact = column_test_complete(r) && column_test_complete(c);
        const res = test === 'chisquare' ? chiSquareTest(r, c) : zTest(r, c, numericKeys);
        statistic = res.statistic;
        pValue = res.pValue;
    }
    else {
        let bins;
        if (columnKind === 'numeric' && counts.reference.count > BINNED_MIN_REFERENCE_VALUES) {
            const r = reference;
            const c = current;
            kind = 'numeric';
            exact = r.exact && c.exact;
            bins = binning_numericBins(r, c);
        }
        else {
            const [r, c] = categories();
            kind = 'categorical';
            exact = column_test_complete(r) && column_test_complete(c);
            bins = binning_categoryBins(r, c, numericKeys);
        }
        statistic = test === 'jensenshannon' ? jensenShannonDistance(bins.reference, bins.current) : psiValue(bins.reference, bins.current);
    }
    const drifted = drift_format/* P_VALUE_TESTS */.Dw.has(test) ? pValue < threshold : statistic >= threshold;
    return {
        column,
        kind,
        test,
        statistic,
        p_value: pValue,
        threshold,
        drifted,
        method: exact ? 'exact' : 'sketch',
        reason,
        reference_rows: reference.n,
        current_rows: current.n,
    };
}
/** Evidently's dataset drift: drifted / tested columns >= shareThreshold (no columns: share 0, no drift). */
function datasetDrift(columns, shareThreshold = DEFAULT_DATASET_SHARE) {
    if (!(shareThreshold >= 0 && shareThreshold <= 1))
        throw new errors/* InputError */.dz(`dataset drift share threshold ${shareThreshold} is not in [0, 1]`);
    const tested = columns.length;
    const drifted = columns.filter((c) => c.drifted).length;
    const share = tested === 0 ? 0 : drifted / tested;
    return { dataset_drift: tested > 0 && share >= shareThreshold, share, share_threshold: shareThreshold, tested, drifted };
}

;// CONCATENATED MODULE: ../../../../shared/drift/metric-rules.ts
// Four significant digits, without trailing zeros: 0.31, 0.8612, 250.
const fmt = (x) => String(Number(x.toPrecision(4)));
/**
 * Checks every configured rule. `baseline` gives the released model's value of a metric (its
 * evaluation), which `max_drop` needs; without one, max_drop fails and says why.
 */
function checkMetricRules(rules, values, baseline) {
    const out = [];
    for (const [name, rule] of Object.entries(rules)) {
        const got = values.get(name);
        const value = got && Number.isFinite(got.value) ? got.value : null;
        const source = got?.source ?? 'none';
        const missing = (kind, threshold) => ({
            name, source, value: null, rule: kind, threshold, baseline: null, passed: false,
            message: `${name}: no source delivered a value (configure it under sources, or remove the rule)`,
        });
        if (rule.min !== undefined) {
            out.push(value === null ? missing('min', rule.min) : {
                name, source, value, rule: 'min', threshold: rule.min, baseline: null, passed: value >= rule.min,
                message: `${name} ${fmt(value)} ${value >= rule.min ? '>=' : '<'} ${fmt(rule.min)} (min)`,
            });
        }
        if (rule.max !== undefined) {
            out.push(value === null ? missing('max', rule.max) : {
                name, source, value, rule: 'max', threshold: rule.max, baseline: null, passed: value <= rule.max,
                message: `${name} ${fmt(value)} ${value <= rule.max ? '<=' : '>'} ${fmt(rule.max)} (max)`,
            });
        }
        if (rule.max_drop !== undefined) {
            const base = baseline(name);
            if (value === null)
                out.push(missing('max_drop', rule.max_drop));
            else if (base === undefined || !Number.isFinite(base)) {
                out.push({
                    name, source, value, rule: 'max_drop', threshold: rule.max_drop, baseline: null, passed: false,
                    message: `${name}: max_drop needs the released model's ${name}, and its evaluation has none (use reference: production with a release that reports ${name}, or a min rule)`,
                });
            }
            else {
                const drop = base - value;
                out.push({
                    name, source, value, rule: 'max_drop', threshold: rule.max_drop, baseline: base, passed: drop <= rule.max_drop,
                    message: `${name} ${fmt(value)} is ${fmt(Math.abs(drop))} ${drop >= 0 ? 'below' : 'above'} the release's ${fmt(base)} (max_drop ${fmt(rule.max_drop)})`,
                });
            }
        }
    }
    return out;
}

// EXTERNAL MODULE: ../../../../shared/data/open-table.ts + 7 modules
var open_table = __webpack_require__(5916);
// EXTERNAL MODULE: ../../../../shared/runtime/lazy-schema.ts
var lazy_schema = __webpack_require__(2881);
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
        schema: schemas/* literal */.euz(column_types_PROFILE_SCHEMA),
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

// EXTERNAL MODULE: ../../../../shared/data/sketch/hash.ts
var hash = __webpack_require__(3308);
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
var short_ascii = __webpack_require__(3390);
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

// EXTERNAL MODULE: ../../../../shared/data/column-dictionary.ts
var column_dictionary = __webpack_require__(812);
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

// EXTERNAL MODULE: ../../../../shared/data/values.ts
var data_values = __webpack_require__(4239);
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
    const digest = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16);
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
            min = temporal ? (0,data_values/* formatTimestamp */.Ey)(kll.min, type) : kll.min;
            max = temporal ? (0,data_values/* formatTimestamp */.Ey)(kll.max, type) : kll.max;
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
const MS_PER_DAY = 86_400_000;
let scratchValue = 0;
/** Classifies one non-missing text value; the parsed number/epoch ms goes to scratchValue. */
function classifyText(s, pattern, patternIsDate) {
    if ((0,data_values/* isDecimalLiteral */.B1)(s)) {
        const x = +s;
        scratchValue = x;
        return Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER ? 'integer' : 'number';
    }
    if ((0,data_values/* toBoolean */.G4)(s) !== undefined)
        return 'boolean';
    const t = pattern ? pattern(s) : (0,data_values/* parseIsoTimestamp */.RJ)(s);
    if (t !== undefined) {
        scratchValue = t;
        return (pattern ? patternIsDate : s.length === 10) ? 'date' : 'timestamp';
    }
    const x = (0,data_values/* toNumber */.Ro)(s);
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
        this.pattern = format ? (0,data_values/* compileTimestampFormat */.dQ)(format) : undefined;
        this.patternIsDate = declared === 'date';
        this.decimalsAsNumbers = !this.byText && nullTokens === data_values/* defaultNullTokens */.$N;
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
                this.fold(t % MS_PER_DAY === 0 ? 'date' : 'timestamp', t, (0,data_values/* isoTimestamp */.yh)(t), dates.countAt(i));
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
    const nullTokens = options.nullTokens ?? data_values/* defaultNullTokens */.$N;
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
                const type = a.declared ?? inferColumnType(a.typeCounts);
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
        throw new errors/* InputError */.dz(`not valid JSON: ${e.message}`, { location: { file }, hint: `expected a ${column_types_PROFILE_SCHEMA} file written by validate-data`, cause: e });
    }
    const schema = json?.schema;
    if (schema !== column_types_PROFILE_SCHEMA) {
        throw new errors/* InputError */.dz(`schema is ${JSON.stringify(schema)}, not "${column_types_PROFILE_SCHEMA}"`, { location: { file }, hint: 'give a profile written by validate-data (profile-out)' });
    }
    const parsed = profileSchema.safeParse(json);
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

// EXTERNAL MODULE: ../../../../shared/runtime/key-path.ts
var key_path = __webpack_require__(1234);
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
    return (0,data_values/* parseIsoTimestamp */.RJ)(value, false);
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
            return (0,data_values/* toInteger */.yJ)(v);
        case 'number':
            return (0,data_values/* toNumber */.Ro)(v);
        case 'boolean':
            return (0,data_values/* toBoolean */.G4)(v);
        case 'date':
            return (0,data_values/* toTimestamp */.C)(v, pattern, !pattern);
        case 'timestamp':
            return (0,data_values/* toTimestamp */.C)(v, pattern);
        default:
            return (0,data_values/* toText */.fE)(v);
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
function reportWithoutContract(data) {
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
var re2_load = __webpack_require__(8192);
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
    const s = (0,data_values/* toText */.fE)(v);
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
        this.dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(this.tmpRoot, 'mlops-unique-'));
        for (let p = 0; p < PARTITIONS; p++) {
            this.fds.push((0,external_node_fs_.openSync)((0,external_node_path_.join)(this.dir, `p${p}`), 'w'));
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
                const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.dir, `p${p}`), 'utf8');
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
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
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
    const v = frac === 0 ? m : m / POW10[frac];
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
            k = (0,data_values/* toInteger */.yJ)(v) ?? NaN;
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
            const slow = (0,data_values/* toNumber */.Ro)(v);
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
        const b = (0,data_values/* toBoolean */.G4)(v);
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
        const k = (0,data_values/* toTimestamp */.C)(v, pattern, dateOnly);
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
        this.pattern = spec.format !== undefined ? (0,data_values/* compileTimestampFormat */.dQ)(spec.format) : undefined;
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
                        const text = typeof v === 'string' ? v : (0,data_values/* toText */.fE)(v);
                        if (allowed !== undefined && !allowed.has(text))
                            f |= F_ALLOWED;
                        if (dups !== undefined)
                            texts[d] = text;
                    }
                    if (needsText) {
                        const v = values[d];
                        const text = typeof v === 'string' ? v : (0,data_values/* toText */.fE)(v);
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
        return k === undefined ? `\u0002${(0,data_values/* toText */.fE)(v)}` : keyText(k);
    }
    results() {
        const out = [];
        const name = this.name;
        const col = JSON.stringify(name);
        const base = ['columns', name];
        const typed = this.nonMissing - this.typeFailed;
        const lineWord = this.hasLines ? 'line' : 'row';
        const fmt = (k) => (this.type === 'date' || this.type === 'timestamp' ? (0,data_values/* formatTimestamp */.Ey)(k, this.type) : String(k));
        const push = (rule, r, t, total, describe, note) => out.push({ rule, column: name, rule_: r, failed: t.failed, total, samples: t.samples, describe, contractPath: (0,key_path/* formatKeyPath */.K)([...base, rule]), note });
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
                contractPath: (0,key_path/* formatKeyPath */.K)([...base, 'unique']),
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
function canMergeShards(contract) {
    if ((contract.table?.unique ?? []).length > 0)
        return false;
    return Object.values(contract.columns ?? {}).every((c) => !ruleOf(c.unique)?.value);
}
const DEFAULT_UNIQUE_MEMORY_LIMIT = 2_000_000;
/** Tolerance for `(1 - fraction) >= mostly` so that 99 of 100 passes mostly 0.99 despite binary rounding. */
const MOSTLY_EPSILON = 1e-12;
function defaultFormat(file) {
    const name = file.toLowerCase().replace(/\.gz$/, '');
    const ext = (0,external_node_path_.extname)(name).slice(1);
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
function createValidator(contract, options) {
    const table = contract.table ?? {};
    const specs = contract.columns ?? {};
    const nulls = table.null_values ? new data_values/* NullTokens */.Sj(table.null_values) : new data_values/* NullTokens */.Sj(data_values/* DEFAULT_NULL_TOKENS */.F_);
    const uniqueLimit = options.uniqueMemoryLimit ?? DEFAULT_UNIQUE_MEMORY_LIMIT;
    const tmpRoot = options.tmpDir ?? (0,external_node_os_.tmpdir)();
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
                contractPath: requiredRule ? 'table.required_columns' : (0,key_path/* formatKeyPath */.K)(['columns', name]),
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
function profilerTyping(contract) {
    const types = {};
    const timestampFormats = {};
    for (const [name, column] of Object.entries(contract?.columns ?? {})) {
        if (column.type !== undefined)
            types[name] = normalizeRule(column.type).value;
        if (column.format !== undefined)
            timestampFormats[name] = column.format;
    }
    const nullValues = contract?.table?.null_values;
    return { types, timestampFormats, nullTokens: nullValues ? new data_values/* NullTokens */.Sj(nullValues) : undefined };
}
async function scanTable(reader, options) {
    const profiler = createProfiler({ columns: options.columns, ...profilerTyping(options.contract) });
    const validator = options.contract
        ? createValidator(options.contract, { file: options.file, columns: options.columns, hasLines: reader.hasLines, format: reader.format, contractFile: options.contractFile, uniqueKeys: options.uniqueKeys })
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

// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var registry_errors = __webpack_require__(1543);
// EXTERNAL MODULE: ../../../../shared/formats/manifest-format.ts
var manifest_format = __webpack_require__(9680);
// EXTERNAL MODULE: ../../../../shared/runtime/file-digest.ts
var file_digest = __webpack_require__(322);
;// CONCATENATED MODULE: ../../../../shared/registry/release-files.ts
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
        json = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (e) {
        const code = e.code;
        throw new errors/* InputError */.dz(code === 'ENOENT' ? `${name} not found` : `cannot read the ${name}: ${e.message}`, { location: { file }, hint, cause: e });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new errors/* InputError */.dz(`not a valid ${name}: ${i.path.join('.') || '(top level)'}: ${i.message}`, { location: { file }, hint });
    }
    return parsed.data;
}
/** Downloads a version's manifest into workDir and parses it; its SHA-256 is what promotions verify. */
async function fetchManifest(releases, ref, workDir) {
    const path = (0,external_node_path_.join)(workDir, `${ref.version}.${manifest_format/* MANIFEST_ASSET */.ny}`);
    await releases.download(ref, manifest_format/* MANIFEST_ASSET */.ny, path);
    const { sha256 } = await (0,file_digest/* sha256File */.Q)(path);
    const manifest = await readJsonAs(path, manifest_format/* modelManifestSchema */.a2, `${manifest_format/* MODEL_MANIFEST_SCHEMA */.ek} manifest of ${ref.tag}`, 'the stored manifest is damaged');
    return { manifest, sha256, path };
}

// EXTERNAL MODULE: ../../../../shared/runtime/jsonl-append.ts
var jsonl_append = __webpack_require__(8550);
;// CONCATENATED MODULE: ../../../../shared/formats/state-format.ts
/**
 * Registry state, written through the StateStore (shared/ports/registry-stores.ts) with compare-and-swap.
 *
 * `mlops-actions/registry-state@1`: one document per model: its published versions, where each
 * alias points, and the alias history (every move, oldest first).
 * `mlops-actions/registry-audit@1`: one JSON line per change in the model's append-only audit log:
 * who, when, what (publish or promote), from which version to which, the approval and the run.
 * Documented in docs/registry.md ("State and audit log").
 */


const REGISTRY_STATE_SCHEMA = 'mlops-actions/registry-state@1';
const REGISTRY_AUDIT_SCHEMA = 'mlops-actions/registry-audit@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const state_format_schemas = (0,lazy_schema/* once */.Oo)(() => {
    const sha256 = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/);
    const runRefSchema = schemas/* object */.Ikc({
        repository: schemas/* string */.YjP().nullable(),
        run_id: schemas/* string */.YjP().nullable(),
        run_attempt: schemas/* number */.aig().int().positive().nullable(),
        workflow: schemas/* string */.YjP().nullable(),
        url: schemas/* string */.YjP().nullable(),
    });
    const approvalSchema = schemas/* object */.Ikc({
        reviewer: schemas/* string */.YjP().nullable(),
        comment: schemas/* string */.YjP().nullable(),
        /** The GitHub Environment whose protection rules approved the job, when there was one. */
        environment: schemas/* string */.YjP().nullable(),
    });
    const versionEntrySchema = schemas/* object */.Ikc({
        version: schemas/* string */.YjP(),
        tag: schemas/* string */.YjP(),
        url: schemas/* string */.YjP(),
        /** Digest of manifest.json as published: promote checks the stored manifest against it. */
        manifest_sha256: sha256,
        content_digest: sha256,
        published_at: schemas/* string */.YjP(),
        published_by: schemas/* string */.YjP().nullable(),
    });
    const aliasEntrySchema = schemas/* object */.Ikc({
        version: schemas/* string */.YjP(),
        updated_at: schemas/* string */.YjP(),
        updated_by: schemas/* string */.YjP().nullable(),
    });
    const aliasMoveSchema = schemas/* object */.Ikc({
        at: schemas/* string */.YjP(),
        alias: schemas/* string */.YjP(),
        /** The version the alias pointed to before; null when it was created. */
        from: schemas/* string */.YjP().nullable(),
        to: schemas/* string */.YjP(),
        actor: schemas/* string */.YjP().nullable(),
    });
    /** What promote checked in a release's build provenance (shared/registry/provenance/). */
    const provenanceCheckSchema = schemas/* object */.Ikc({
        verified: schemas/* literal */.euz(true),
        /** The signing certificate's OIDC issuer (GitHub Actions: https://token.actions.githubusercontent.com). */
        issuer: schemas/* string */.YjP().nullable(),
        /** The certificate's subject alternative name: for GitHub Actions, the workflow file's URI and ref. */
        identity: schemas/* string */.YjP().nullable(),
        /** The archive's SHA-256 as the signed in-toto statement names it. */
        subject_digest: sha256,
        /** The repository the signing workflow ran in (Fulcio's Source Repository URI), when the certificate says. */
        source_repository: schemas/* string */.YjP().nullable(),
        predicate_type: schemas/* string */.YjP().nullable(),
        /** The signature's Rekor log index. */
        log_index: schemas/* string */.YjP().nullable(),
    });
    const registryStateSchema = schemas/* object */.Ikc({
        schema: schemas/* literal */.euz(REGISTRY_STATE_SCHEMA),
        model: schemas/* string */.YjP(),
        /** Sorted by semver precedence, lowest first. */
        versions: schemas/* array */.YOg(versionEntrySchema),
        aliases: schemas/* record */.g1P(schemas/* string */.YjP(), aliasEntrySchema),
        history: schemas/* array */.YOg(aliasMoveSchema),
    });
    const auditEntrySchema = schemas/* object */.Ikc({
        schema: schemas/* literal */.euz(REGISTRY_AUDIT_SCHEMA),
        at: schemas/* string */.YjP(),
        model: schemas/* string */.YjP(),
        action: schemas/* enum */.k5n(['publish', 'promote']),
        /** promote: the alias moved; null for publish. */
        alias: schemas/* string */.YjP().nullable(),
        /** promote: the alias's previous version (null when new); publish: null. */
        from: schemas/* string */.YjP().nullable(),
        /** promote: the version the alias now points to; publish: the version published. */
        to: schemas/* string */.YjP(),
        actor: schemas/* string */.YjP().nullable(),
        approval: approvalSchema.nullable(),
        run: runRefSchema.nullable(),
        /** Verified or published manifest digest, so the entry names exactly what moved. */
        manifest_sha256: sha256.nullable(),
        /**
         * promote: the release's build provenance (the Sigstore bundle `provenance.sigstore.json`) as
         * verified before the alias moved, or null when the release has none. Absent in entries
         * written before it existed and in publish entries, so older logs read unchanged.
         */
        provenance: provenanceCheckSchema.nullable().optional(),
    });
    return { runRefSchema, approvalSchema, provenanceCheckSchema, versionEntrySchema, aliasEntrySchema, aliasMoveSchema, registryStateSchema, auditEntrySchema };
});
const runRefSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().runRefSchema);
const approvalSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().approvalSchema);
const provenanceCheckSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().provenanceCheckSchema);
const versionEntrySchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().versionEntrySchema);
const aliasEntrySchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().aliasEntrySchema);
const aliasMoveSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().aliasMoveSchema);
const state_format_registryStateSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().registryStateSchema);
const state_format_auditEntrySchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().auditEntrySchema);
function emptyState(model) {
    return { schema: REGISTRY_STATE_SCHEMA, model, versions: [], aliases: {}, history: [] };
}

;// CONCATENATED MODULE: ../../../../shared/registry/state-update.ts
/**
 * Reading and changing a model's registry state through the StateStore's compare-and-swap.
 *
 * A change is a function of the current state (re-applied from scratch after every lost race, so a
 * concurrent change is never overwritten). After a lost race we wait a random time with capped
 * exponential growth ("full jitter", AWS Architecture Blog, "Exponential Backoff And Jitter",
 * 2015) so contenders spread out instead of colliding again in lockstep.
 */




const DEFAULT_RETRY = { attempts: 20, baseDelayMs: 25, maxDelayMs: 1000 };
const sleepMs = (ms) => new Promise((r) => setTimeout(r, ms));
function checkState(model, value) {
    const parsed = state_format_registryStateSchema.safeParse(value);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new errors/* InputError */.dz(`registry state of model "${model}" is not valid ${state_format_registryStateSchema.shape.schema.value}: ${i.path.join('.') || '(root)'}: ${i.message}`, {
            hint: 'the state document was edited by hand or by a newer version; restore it from the audit log or history',
        });
    }
    if (parsed.data.model !== model)
        throw new errors/* InputError */.dz(`registry state for "${model}" names model "${parsed.data.model}"`, { hint: 'the state document was copied from another model' });
    return parsed.data;
}
/** The model's state, or undefined when nothing was ever recorded for it. */
async function readState(store, model) {
    let doc;
    try {
        doc = await store.read(model);
    }
    catch (e) {
        // A state file cut short or overwritten by hand is bad input, not a bug in the store.
        if (!(e instanceof SyntaxError))
            throw e;
        throw new errors/* InputError */.dz(`registry state of model "${model}" is not JSON: ${e.message.split('\n')[0]}`, {
            hint: 'the state document was cut short or edited by hand; restore it from version control or rebuild it from the audit log',
            cause: e,
        });
    }
    if (!doc)
        return undefined;
    return { state: checkState(model, doc.value), revision: doc.revision };
}
/** The model's audit log, oldest first. */
async function readAudit(store, model) {
    const lines = await store.audit(model);
    const entries = [];
    lines.forEach((line, i) => {
        // Notes of a cut torn line (shared/runtime/jsonl-append.ts) are not entries.
        if (isRepairNote(line))
            return;
        let json;
        try {
            json = JSON.parse(line);
        }
        catch {
            throw new InputError(`audit log of model "${model}", line ${i + 1}, is not JSON`, {
                hint: i === lines.length - 1
                    ? 'the last line is cut short (the log was truncated or a write died): the next publish or promote cuts it and keeps its bytes in a repair note'
                    : 'the log was edited by hand; restore it from a backup or the registry branch history',
            });
        }
        const parsed = auditEntrySchema.safeParse(json);
        if (!parsed.success)
            throw new InputError(`audit log of model "${model}", line ${i + 1}: ${parsed.error.issues[0].message}`);
        entries.push(parsed.data);
    });
    return entries;
}
/**
 * Applies `change` with compare-and-swap: read, apply, write only if nobody wrote in between; on a
 * lost race read again and re-apply. Throws ConflictError after `policy.attempts` lost races.
 */
async function updateState(store, model, change, message, policy = {}) {
    const p = { ...DEFAULT_RETRY, ...policy };
    const random = p.random ?? Math.random;
    const sleep = p.sleep ?? sleepMs;
    for (let attempt = 1; attempt <= p.attempts; attempt++) {
        const current = await readState(store, model);
        const outcome = change(current ? structuredClone(current.state) : undefined);
        if ('unchanged' in outcome)
            return { result: outcome.unchanged, changed: false, attempts: attempt };
        const value = registryStateSchema.parse(outcome.state);
        const lines = outcome.audit.map((e) => JSON.stringify(auditEntrySchema.parse(e)));
        if (await store.write(model, value, lines, current?.revision, message))
            return { result: outcome.result, changed: true, attempts: attempt };
        if (attempt < p.attempts)
            await sleep(random() * Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1)));
    }
    throw new ConflictError(`registry state of model "${model}" kept changing under us: gave up after ${p.attempts} attempts`, {
        hint: 'other publishes or promotions of this model are running at the same moment; run this one again',
    });
}


// EXTERNAL MODULE: ../../../../shared/registry/tag.ts + 1 modules
var registry_tag = __webpack_require__(4758);
;// CONCATENATED MODULE: ../../../../shared/registry/alias-release.ts
/**
 * The release an alias (`production`, `staging`) points to, opened for reading one or two of its
 * assets without downloading the rest: compare's `baseline: production` reads the evaluation,
 * drift-check the training data's profile. Each asset is trusted only after the chain of checks
 * promote makes: the stored manifest against the SHA-256 recorded in the registry state at publish
 * time, then the asset against the manifest's SHA-256 and size. Model archives, which can be
 * large, are never fetched here.
 */







/**
 * Opens the release `alias` points to, its manifest verified (downloaded into `workDir`).
 * Undefined when the model has no state or the alias was never set. Messages start with
 * `words.use` ("production baseline") and end with `words.refusal` ("not comparing").
 */
async function openAliasRelease(ports, modelName, aliasName, workDir, words) {
    const model = (0,registry_tag/* validateModelName */.HW)(modelName);
    const alias = (0,registry_tag/* validateAlias */.jX)(aliasName);
    const state = (await readState(ports.state, model))?.state;
    const version = state?.aliases[alias]?.version;
    if (!state || version === undefined)
        return undefined;
    const recorded = state.versions.find((v) => v.version === version);
    const where = `${model}@${alias} (${recorded?.tag ?? (0,registry_tag/* tagOf */.cO)(model, version)})`;
    const stop = (what) => new registry_errors/* IntegrityError */.cs(`${words.use} ${where}: ${what}; ${words.refusal}`, {
        hint: 'the stored release was changed or damaged after publishing: publish the model again under a new version and promote it',
    });
    const ref = await ports.releases.find(model, version);
    if (!ref)
        throw stop(`the alias points to ${version}, but the registry holds no release of it`);
    if (!ref.assets.some((a) => a.name === manifest_format/* MANIFEST_ASSET */.ny))
        throw stop(`${manifest_format/* MANIFEST_ASSET */.ny} is missing`);
    // The manifest's digest was recorded in the state at publish time: it anchors every other check.
    const { manifest, sha256: manifestSha } = await fetchManifest(ports.releases, ref, workDir).catch((e) => {
        throw e instanceof registry_errors/* IntegrityError */.cs || e instanceof errors/* InputError */.dz ? stop(e.message) : e;
    });
    if (recorded && manifestSha !== recorded.manifest_sha256) {
        throw stop(`${manifest_format/* MANIFEST_ASSET */.ny} has SHA-256 ${manifestSha}, but ${recorded.manifest_sha256} was recorded when it was published`);
    }
    if (manifest.name !== model || manifest.version !== version)
        throw stop(`${manifest_format/* MANIFEST_ASSET */.ny} describes ${manifest.name} ${manifest.version}`);
    const download = async (asset, destination) => {
        if (!ref.assets.some((a) => a.name === asset.name))
            throw stop(`asset ${asset.name} listed in the manifest is missing from the release`);
        try {
            await ports.releases.download(ref, asset.name, destination);
        }
        catch (e) {
            throw e instanceof registry_errors/* IntegrityError */.cs ? stop(e.message) : e;
        }
        const got = await (0,file_digest/* sha256File */.Q)(destination);
        if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
            throw stop(`${asset.name} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
        }
    };
    return { model, alias, version, ref, manifest, manifestSha, download, stop };
}

;// CONCATENATED MODULE: ../../../../shared/formats/explanation-format.ts
/**
 * `mlops-actions/explanation@1`: a model's permutation feature importances, as the explain step
 * writes them (shared/steps/explain.ts; the definitions are scikit-learn's
 * `sklearn.inspection.permutation_importance`, see shared/model/permutation-importance.ts).
 * Field by field in docs/explain.md.
 */


const EXPLANATION_SCHEMA = 'mlops-actions/explanation@1';
/** The explanation's name among a published version's release assets (publish-model's `explanation`). */
const EXPLANATION_ASSET = 'explanation.json';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format does not pay for it.
const explanation_format_schemas = (0,lazy_schema/* once */.Oo)(() => {
    const featureImportanceSchema = schemas/* object */.Ikc({
        /** 1-based, by mean importance (largest first), ties by name. */
        rank: schemas/* number */.aig().int().positive(),
        feature: schemas/* string */.YjP(),
        /** Mean over the repeats of (baseline score − score with this feature permuted), signed so larger = more important. */
        importance_mean: schemas/* number */.aig(),
        /** Population standard deviation (numpy's default, ddof=0) of the per-repeat importances. */
        importance_std: schemas/* number */.aig().nonnegative(),
        /** One importance per repeat, in repeat order. */
        importances: schemas/* array */.YOg(schemas/* number */.aig()),
    });
    const explanationSchema = schemas/* object */.Ikc({
        schema: schemas/* literal */.euz(EXPLANATION_SCHEMA),
        method: schemas/* literal */.euz('permutation'),
        task: schemas/* enum */.k5n(['binary', 'multiclass', 'regression']),
        /** Whether the task was given or read from the label and the command's output. */
        task_source: schemas/* enum */.k5n(['option', 'inferred']),
        metric: schemas/* object */.Ikc({
            name: schemas/* string */.YjP(),
            direction: schemas/* enum */.k5n(['higher', 'lower']),
            source: schemas/* enum */.k5n(['option', 'task']),
            /** The metric on the unpermuted rows. */
            baseline: schemas/* number */.aig(),
        }),
        dataset: schemas/* object */.Ikc({
            file: schemas/* string */.YjP(),
            format: schemas/* enum */.k5n(['csv', 'jsonl', 'parquet']),
            sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
            bytes: schemas/* number */.aig().int().nonnegative(),
            /** Data rows in the file. */
            rows: schemas/* number */.aig().int().positive(),
            /** Rows explained: all of them, or a seeded sample of max_rows in file order. */
            rows_used: schemas/* number */.aig().int().positive(),
            max_rows: schemas/* number */.aig().int().positive().nullable(),
        }),
        label: schemas/* string */.YjP(),
        /** Binary classification: the positive class and the threshold (null when the command writes a prediction). */
        classification: schemas/* object */.Ikc({
            classes: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])),
            pos_label: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).nullable(),
            threshold: schemas/* number */.aig().nullable(),
        })
            .nullable(),
        /** Every column the predict command receives, in the data file's order (all but the label). */
        input_columns: schemas/* array */.YOg(schemas/* string */.YjP()),
        repeats: schemas/* number */.aig().int().positive(),
        seed: schemas/* number */.aig().int(),
        permutation: schemas/* object */.Ikc({
            prng: schemas/* string */.YjP(),
            /** How each feature's stream is seeded, so another tool can replay the permutations. */
            stream: schemas/* string */.YjP(),
        }),
        predict: schemas/* object */.Ikc({
            /** The command as given, with its {input} and {output} placeholders. */
            argv: schemas/* array */.YOg(schemas/* string */.YjP()),
            /** How many times it was started: ceil(copies / copies_per_call). */
            calls: schemas/* number */.aig().int().positive(),
            /** The rows of one call's input file at most: whole copies of the data, at most max_batch_rows. */
            copies_per_call: schemas/* number */.aig().int().positive(),
            /** 1 (baseline) + features × repeats. */
            copies: schemas/* number */.aig().int().positive(),
            max_batch_rows: schemas/* number */.aig().int().positive(),
            /** Which columns of its output were read. */
            output_columns: schemas/* array */.YOg(schemas/* string */.YjP()),
        }),
        /** Sorted by rank. */
        features: schemas/* array */.YOg(featureImportanceSchema),
        warnings: schemas/* array */.YOg(schemas/* string */.YjP()),
    });
    /** compare's view of two explanations (comparison@1's `explanations`): each side's top features side by side. */
    const explanationChangeSchema = schemas/* object */.Ikc({
        /** How many of each side's features are shown: the union of both sides' top `top`. */
        top: schemas/* number */.aig().int().positive(),
        head: schemas/* object */.Ikc({ file: schemas/* string */.YjP(), metric: schemas/* string */.YjP(), direction: schemas/* enum */.k5n(['higher', 'lower']), rows_used: schemas/* number */.aig().int().positive(), repeats: schemas/* number */.aig().int().positive() }).nullable(),
        baseline: schemas/* object */.Ikc({ file: schemas/* string */.YjP(), metric: schemas/* string */.YjP(), direction: schemas/* enum */.k5n(['higher', 'lower']), rows_used: schemas/* number */.aig().int().positive(), repeats: schemas/* number */.aig().int().positive() }).nullable(),
        /** Head's top features by head rank, then the baseline's top features the head ranks lower or lacks. */
        features: schemas/* array */.YOg(schemas/* object */.Ikc({
            feature: schemas/* string */.YjP(),
            head_rank: schemas/* number */.aig().int().positive().nullable(),
            baseline_rank: schemas/* number */.aig().int().positive().nullable(),
            head_importance: schemas/* number */.aig().nullable(),
            baseline_importance: schemas/* number */.aig().nullable(),
        })),
        /** Why a side is missing or not comparable (another metric), one line each. */
        notes: schemas/* array */.YOg(schemas/* string */.YjP()),
    });
    return { featureImportanceSchema, explanationSchema, explanationChangeSchema };
});
const featureImportanceSchema = (0,lazy_schema/* lazySchema */.ID)(() => explanation_format_schemas().featureImportanceSchema);
const explanationSchema = (0,lazy_schema/* lazySchema */.ID)(() => explanation_format_schemas().explanationSchema);
const explanationChangeSchema = (0,lazy_schema/* lazySchema */.ID)(() => explanation_format_schemas().explanationChangeSchema);

;// CONCATENATED MODULE: ../../../../shared/drift/sources/collect-columns.ts
/**
 * Collects the current data's columns for the drift tests from a stream of RecordBatches: numeric
 * columns as the finite numbers themselves (the exact tests need every value), categorical columns
 * as counts per category. Batch-wise and typed: a numeric column grows one Float64Array; a CSV
 * batch arrives dictionary-encoded (batch-dictionary.ts), so each distinct cell text is parsed once
 * per batch and rows are a code lookup; other batches are read cell by cell with a typeof fast path.
 *
 * Cell semantics (as shared/data/values.ts and the profile, so both sides of a drift test agree):
 * - missing: null/undefined, a null token (DEFAULT_NULL_TOKENS: "", NA, NULL, ...), or NaN — NaN
 *   counts as missing like pandas' isna and Evidently, which drop it before testing.
 * - numeric: numbers, bigints and decimal text ("3.5", "1e-3"); ±Infinity, booleans, dates and
 *   other text are `nonNumeric` (counted, not tested).
 * - categorical: by distribution.ts's categoryKey (strings as they are, numbers in shortest form,
 *   booleans as true/false), dates by ISO text.
 *
 * A wanted column that a source does not have is a schema mismatch with the reference: an
 * InputError naming the column and the source. Columns the reference does not have are ignored.
 */






/**
 * The category of a cell that is not missing: categoryKey (shared with the reference side) for
 * strings, numbers and booleans; Dates by ISO text and bigints by value, as the profile keys them.
 */
function cellCategory(v) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return categoryKey(v);
    if (typeof v === 'bigint')
        return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(-Number.MAX_SAFE_INTEGER) ? categoryKey(Number(v)) : String(v);
    return Number.isNaN(v.getTime()) ? String(v) : v.toISOString();
}
const NOT_A_VALUE = NaN;
class NumericAccumulator {
    values = new Float64Array(1 << 14);
    n = 0;
    missing = 0;
    nonNumeric = 0;
    /** Per distinct value of the batch being folded: its number, or NaN when it is not one. */
    scratch = new Float64Array(256);
    reserve(extra) {
        const need = this.n + extra;
        if (need <= this.values.length)
            return;
        let cap = this.values.length * 2;
        while (cap < need)
            cap *= 2;
        const grown = new Float64Array(cap);
        grown.set(this.values.subarray(0, this.n));
        this.values = grown;
    }
    /** A dictionary-encoded batch column: classify each distinct value once, then map codes. */
    addDictionary(dict) {
        const size = dict.size;
        if (this.scratch.length < size)
            this.scratch = new Float64Array(Math.max(size, this.scratch.length * 2));
        const num = this.scratch;
        const values = dict.values;
        const counts = dict.counts;
        let finite = 0;
        for (let d = 0; d < size; d++) {
            const x = this.classify(values[d], counts[d]);
            num[d] = x;
            if (x === x)
                finite += counts[d];
        }
        if (finite === 0)
            return;
        this.reserve(finite);
        const out = this.values;
        const codes = dict.codes;
        let n = this.n;
        for (let r = 0, rows = dict.rows; r < rows; r++) {
            const x = num[codes[r]];
            if (x === x)
                out[n++] = x;
        }
        this.n = n;
    }
    /** Plain cells (Parquet, JSON Lines, HTTP and Prometheus rows). */
    addCells(col, rows) {
        this.reserve(rows);
        const out = this.values;
        let n = this.n;
        for (let r = 0; r < rows; r++) {
            const v = col[r];
            if (typeof v === 'number' && v - v === 0)
                out[n++] = v;
            else {
                const x = this.classify(v, 1);
                if (x === x)
                    out[n++] = x;
            }
        }
        this.n = n;
    }
    /** The finite number a cell holds, or NaN after counting it as missing or non-numeric. */
    classify(v, count) {
        if (typeof v === 'number') {
            if (v - v === 0)
                return v;
            if (v !== v)
                this.missing += count;
            else
                this.nonNumeric += count;
            return NOT_A_VALUE;
        }
        if (typeof v === 'string') {
            if (data_values/* defaultNullTokens */.$N.isMissing(v)) {
                this.missing += count;
                return NOT_A_VALUE;
            }
            const x = (0,data_values/* toNumber */.Ro)(v);
            if (x !== undefined && x - x === 0)
                return x;
            if (x !== undefined && x !== x)
                this.missing += count;
            else
                this.nonNumeric += count;
            return NOT_A_VALUE;
        }
        if (typeof v === 'bigint')
            return Number(v);
        if (v === null || v === undefined)
            this.missing += count;
        else
            this.nonNumeric += count;
        return NOT_A_VALUE;
    }
    result() {
        // Give back spare capacity when it is large (the array lives as long as the drift check).
        const values = this.values.length > this.n * 1.25 + 1024 ? this.values.slice(0, this.n) : this.values.subarray(0, this.n);
        return { kind: 'numeric', values, missing: this.missing, nonNumeric: this.nonNumeric };
    }
}
class CategoricalAccumulator {
    counts = new Map();
    missing = 0;
    addDictionary(dict) {
        const values = dict.values;
        const counts = dict.counts;
        const map = this.counts;
        for (let d = 0, size = dict.size; d < size; d++) {
            const v = values[d];
            const c = counts[d];
            if (v === null || v === undefined || (typeof v === 'number' && v !== v) || (typeof v === 'string' && data_values/* defaultNullTokens */.$N.isMissing(v))) {
                this.missing += c;
                continue;
            }
            const key = typeof v === 'string' ? v : cellCategory(v);
            map.set(key, (map.get(key) ?? 0) + c);
        }
    }
    result() {
        return { kind: 'categorical', counts: this.counts, missing: this.missing };
    }
}
/**
 * Collects columns over one or more sources: beginSource(), add() each batch, endSource() (which
 * checks that the source had every wanted column), then result(). readCurrentData pools every
 * data source into one collector; collectColumns() is the one-source form.
 */
class ColumnCollector {
    wanted;
    accumulators = new Map();
    dictionaries = new BatchDictionaries();
    rows = 0;
    // Per source
    label = { name: 'the current data' };
    exempt = new Set();
    sourceRows = 0;
    seen = new Set();
    seenOrder = [];
    lastColumns;
    lastIndex = [];
    /** Rows of this source in which each wanted column was present. */
    visited = new Map();
    constructor(wanted) {
        this.wanted = wanted;
        for (const w of wanted) {
            if (this.accumulators.has(w.name))
                throw new Error(`column "${w.name}" is wanted twice`);
            this.accumulators.set(w.name, w.kind === 'numeric' ? new NumericAccumulator() : new CategoricalAccumulator());
        }
    }
    /**
     * Starts a source. `exempt`: wanted columns this source need not have (another source provides
     * them, e.g. a Prometheus range query named like a reference column).
     */
    beginSource(label, exempt = new Set()) {
        this.label = label;
        this.exempt = exempt;
        this.sourceRows = 0;
        this.seen = new Set();
        this.seenOrder = [];
        this.lastColumns = undefined;
        this.lastIndex = [];
        this.visited = new Map();
    }
    add(batch) {
        const n = batch.length;
        if (batch.columns !== this.lastColumns)
            this.index(batch.columns);
        for (const [acc, c, name] of this.lastIndex) {
            this.visited.set(name, (this.visited.get(name) ?? 0) + n);
            if (acc instanceof NumericAccumulator) {
                const own = batch.dictionaries?.[c];
                if (own !== undefined)
                    acc.addDictionary(own);
                else
                    acc.addCells(batch.values[c], n);
            }
            else
                acc.addDictionary(this.dictionaries.column(batch, c));
        }
        this.sourceRows += n;
        this.rows += n;
    }
    index(columns) {
        this.lastColumns = columns;
        this.lastIndex = [];
        for (let c = 0; c < columns.length; c++) {
            const name = columns[c];
            if (!this.seen.has(name)) {
                this.seen.add(name);
                this.seenOrder.push(name);
            }
            const acc = this.accumulators.get(name);
            if (acc)
                this.lastIndex.push([acc, c, name]);
        }
    }
    /**
     * Ends the source and returns its row count. A source with rows must have had every wanted
     * column (except the exempt ones); a source with no rows says nothing about its columns.
     */
    endSource() {
        // Lets go of the last batch's cells.
        this.dictionaries.release();
        if (this.sourceRows > 0) {
            const absent = this.wanted.filter((w) => !this.seen.has(w.name) && !this.exempt.has(w.name)).map((w) => w.name);
            if (absent.length > 0)
                throw missingColumnsError(absent, this.seenOrder, this.label);
            // Rows before a column first appeared (JSON Lines) were never visited: missing values there.
            for (const [name, visited] of this.visited) {
                if (visited < this.sourceRows)
                    this.accumulators.get(name).missing += this.sourceRows - visited;
            }
        }
        return this.sourceRows;
    }
    result() {
        const columns = new Map();
        for (const [name, acc] of this.accumulators)
            columns.set(name, acc.result());
        return { rows: this.rows, columns };
    }
}
function missingColumnsError(absent, present, label) {
    const quoted = absent.map((c) => `"${c}"`).join(', ');
    const what = absent.length === 1 ? `column ${quoted} is missing` : `columns ${quoted} are missing`;
    const close = absent.map((c) => [c, (0,yaml_source/* closestMatch */.h0)(c, present)]).filter(([, m]) => m !== undefined);
    const shown = present.length > 12 ? `${present.slice(0, 12).join(', ')}, … (${present.length} columns)` : present.join(', ');
    const hint = [
        ...close.map(([c, m]) => `did you mean "${m}" for "${c}"?`),
        'the current data must have the columns the reference was profiled with: rename them in the data, or leave them out of the drift check',
    ].join(' ');
    const prefix = label.location ? '' : `${label.name}: `;
    return new errors/* InputError */.dz(`${prefix}${what}: the reference has ${absent.length === 1 ? 'it' : 'them'}, this source does not (its columns: ${shown || 'none'})`, {
        location: label.location,
        hint,
    });
}
/**
 * Collects the wanted columns of one stream of batches. `source` names it in a schema-mismatch
 * error (default "the current data"; give `location` for a file).
 */
async function collectColumns(batches, wanted, source = { name: 'the current data' }) {
    const collector = new ColumnCollector(wanted);
    collector.beginSource(source);
    for await (const batch of batches)
        collector.add(batch);
    collector.endSource();
    return collector.result();
}

;// CONCATENATED MODULE: ../../../../shared/drift/reference.ts
/**
 * drift-check's reference: what production data is compared with.
 * - `production` (default): the training data profile published with the version a registry alias
 *   points to (publish-model stores it as profile.json; its digest is in the manifest), verified
 *   like a promotion verifies assets; the release's evaluation metrics come along as the baseline
 *   of `max_drop` rules.
 * - a profile file (`mlops-actions/profile@1`, from validate-data or `mlops profile merge`): tests run
 *   on its sketches.
 * - a data file (CSV, JSONL, Parquet, .gz): profiled for column types, and its raw values collected,
 *   so tests are exact.
 */












/** How a profile column is compared: numbers as a distribution, text as counts; dates not at all by default. */
function columnKindOf(column) {
    if (column.type === 'integer' || column.type === 'number')
        return 'numeric';
    if (column.type === 'date' || column.type === 'timestamp')
        return 'time';
    return 'categorical';
}
async function isProfileFile(path) {
    if (!/\.json$/i.test(path))
        return false;
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'))?.schema === column_types_PROFILE_SCHEMA;
    }
    catch {
        return false;
    }
}
async function resolveReference(spec, wantedFor) {
    if (spec.kind === 'production')
        return productionReference(spec);
    const { sha256 } = await (0,file_digest/* sha256File */.Q)(spec.path).catch((e) => {
        throw new errors/* InputError */.dz(e.code === 'ENOENT' ? 'reference file not found' : `cannot read the reference: ${e.message}`, {
            location: { file: spec.path },
            hint: 'pass a profile (validate-data --profile-out) or the training data file, or use reference: production',
        });
    });
    const info = { kind: 'profile', file: spec.path, version: null, tag: null, alias: null, sha256 };
    if (await isProfileFile(spec.path)) {
        const profile = await readProfile(spec.path);
        return { info: { ...info, rows: profile.rows }, profile, metrics: {} };
    }
    const reader = await (0,open_table/* openTable */.R)(spec.path);
    const { profile } = await scanTable(reader, { file: spec.path, columns: await reader.columns() });
    const raw = await collectColumns((await (0,open_table/* openTable */.R)(spec.path)).batches(), wantedFor(profile), { name: `reference ${spec.path}` });
    return { info: { ...info, kind: 'data', rows: profile.rows }, profile, raw: raw.columns, metrics: {} };
}
async function productionReference(spec) {
    const alias = spec.alias ?? 'production';
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlops-drift-reference-'));
    try {
        const release = await openAliasRelease(spec.registry, spec.model, alias, work, { use: 'drift reference', refusal: 'not checking drift' });
        if (!release) {
            throw new errors/* UsageError */.eb(`no ${alias} version of ${spec.model} to take the reference from`, {
                hint: `publish and promote one (publish-model with its profile, then promote-model --alias ${alias}), or give the reference as a profile or data file`,
            });
        }
        const { manifest } = release;
        const asset = manifest.data && manifest.assets.find((a) => a.name === manifest.data.profile);
        if (!asset) {
            throw new errors/* UsageError */.eb(`${release.ref.tag} was published without its training data profile, so it has no drift reference`, {
                hint: 'publish the next version with the profile validate-data wrote (publish-model input profile), or give the reference as a file',
            });
        }
        const path = (0,external_node_path_.join)(work, 'profile.json');
        await release.download(asset, path);
        const profile = await readProfile(path);
        const metrics = Object.fromEntries(Object.entries(manifest.evaluation.metrics).map(([k, m]) => [k, m.value]).filter(([, v]) => typeof v === 'number'));
        // The model's importances, when it was published with them: drifted columns are ordered by them.
        let explanation;
        const explained = manifest.assets.find((a) => a.name === EXPLANATION_ASSET);
        if (explained) {
            const file = (0,external_node_path_.join)(work, EXPLANATION_ASSET);
            await release.download(explained, file);
            const parsed = explanationSchema.safeParse(JSON.parse(await (0,promises_.readFile)(file, 'utf8')));
            if (!parsed.success)
                throw new errors/* InputError */.dz(`${release.ref.tag}'s ${EXPLANATION_ASSET} is not a valid explanation: ${parsed.error.issues[0].message}`, { hint: 'publish the next version with the explanation explain wrote' });
            explanation = { source: `${EXPLANATION_ASSET} of ${release.ref.tag}`, explanation: parsed.data };
        }
        return {
            info: { kind: 'production', file: null, version: release.version, tag: release.ref.tag, alias, rows: profile.rows, sha256: asset.sha256 },
            profile,
            metrics,
            explanation,
        };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ../../../tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(44);
;// CONCATENATED MODULE: ../../../../shared/drift/sources/fetch-json.ts
/**
 * One JSON request to an HTTP source or a Prometheus server, with the limits an unattended,
 * scheduled job needs: a deadline over the whole exchange (redirects and body included), at most
 * MAX_REDIRECTS redirects (the secret header is dropped when one leaves the origin, as browsers do
 * with Authorization), a cap on the response size (checked on Content-Length and while reading),
 * and a JSON content type. Failures are InputErrors that name the source and say what to do; the
 * secret never appears in them (any echo of it is replaced by "***").
 */

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024;
const MAX_REDIRECTS = 5;
/** The URL for messages and reports: no user:password, and the values of secret-looking query parameters hidden. */
function displayUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return url;
    }
    u.username = '';
    u.password = '';
    for (const key of [...u.searchParams.keys()]) {
        if (/token|secret|pass|key|sig|auth|credential/i.test(key))
            u.searchParams.set(key, '***');
    }
    return u.toString();
}
function redact(text, secrets = []) {
    let out = text;
    for (const s of secrets)
        if (s.length >= 3)
            out = out.split(s).join('***');
    return out;
}
function isJsonType(contentType) {
    if (contentType === null)
        return false;
    const mime = contentType.split(';')[0].trim().toLowerCase();
    return mime === 'application/json' || mime.endsWith('+json') || mime === 'text/json';
}
function oneLine(text, max = 200) {
    const s = text.replace(/\s+/g, ' ').trim();
    return s.length > max ? `${s.slice(0, max)}…` : s;
}
function mib(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`;
}
/** Why fetch() failed, from undici's error and its cause ("connect ECONNREFUSED 127.0.0.1:9"). */
function networkReason(e) {
    const cause = e.cause;
    if (cause instanceof Error && cause.message)
        return cause.message;
    return e instanceof Error ? e.message : String(e);
}
/**
 * Sends the request and reads the body (up to maxBytes). Returns any HTTP status with the body
 * (callers word their own non-2xx messages, e.g. Prometheus' JSON errors); throws InputError when
 * there is no usable answer: unreachable, timed out, too many redirects, too large, a 2xx that is
 * not JSON, or JSON that does not parse. An abort through `signal` rethrows its reason.
 */
async function fetchJson(req) {
    const doFetch = req.fetch ?? fetch;
    const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = req.maxBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const secrets = req.secrets ?? [];
    const fail = (what, hint, cause) => new errors/* InputError */.dz(redact(`${req.label}: ${what}`, secrets), { hint, cause: cause === undefined ? undefined : new Error(redact(String(cause.message ?? cause), secrets)) });
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, deadline]) : deadline;
    const aborted = (e) => {
        if (req.signal?.aborted)
            throw req.signal.reason;
        if (deadline.aborted)
            throw fail(`no complete answer within ${timeoutMs} ms`, 'the server is slow or unreachable; raise timeout_ms, or narrow what is asked for');
        throw e;
    };
    let url = req.url;
    let method = req.method ?? 'GET';
    let form = req.form;
    const firstOrigin = new URL(url).origin;
    let response;
    for (let hop = 0;; hop++) {
        const headers = { accept: 'application/json' };
        if (new URL(url).origin === firstOrigin)
            Object.assign(headers, req.secretHeaders);
        if (form)
            headers['content-type'] = 'application/x-www-form-urlencoded';
        try {
            response = await doFetch(url, { method, headers, body: form?.toString(), redirect: 'manual', signal });
        }
        catch (e) {
            if (signal.aborted)
                aborted(e);
            throw fail(`cannot reach ${displayUrl(url)}: ${networkReason(e)}`, 'check the URL, and that the server is up and reachable from this runner', e);
        }
        const location = response.headers.get('location');
        if (response.status < 300 || response.status >= 400 || response.status === 304 || location === null)
            break;
        await response.body?.cancel().catch(() => undefined);
        if (hop === MAX_REDIRECTS)
            throw fail(`more than ${MAX_REDIRECTS} redirects (last to ${displayUrl(location)})`, 'point url at the final address');
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
            throw fail(`redirected to a non-HTTP URL (${displayUrl(next.toString())})`, 'point url at the final address');
        // fetch's own rule: 303, and 301/302 after a POST, continue as a GET without the body.
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
            method = 'GET';
            form = undefined;
        }
        url = next.toString();
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw fail(`the response is ${mib(declared)}, more than the ${mib(maxBytes)} limit`, 'ask for less: a shorter window, fewer columns, or a sample');
    }
    let bytes;
    try {
        bytes = await readCapped(response, maxBytes);
    }
    catch (e) {
        if (e instanceof TooLarge)
            throw fail(`the response is more than the ${mib(maxBytes)} limit`, 'ask for less: a shorter window, fewer columns, or a sample');
        if (signal.aborted)
            aborted(e);
        throw fail(`the connection broke while reading the response: ${networkReason(e)}`, 'try again; if it persists, check the server', e);
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    const snippet = redact(oneLine(text), secrets);
    const contentType = response.headers.get('content-type');
    const ok = response.status >= 200 && response.status < 300;
    let json;
    let isJson = false;
    if (isJsonType(contentType) || contentType === null) {
        try {
            json = JSON.parse(text);
            isJson = true;
        }
        catch (e) {
            if (ok && contentType !== null) {
                throw fail(`the response is not valid JSON (${e.message}): ${snippet || '(empty body)'}`, 'the endpoint must answer with a JSON document');
            }
        }
    }
    if (ok && !isJson) {
        throw fail(`the response is ${contentType ?? 'untyped'}, not JSON: ${snippet || '(empty body)'}`, 'the endpoint must answer with Content-Type: application/json (a login page or proxy error answers with HTML)');
    }
    return { status: response.status, statusText: response.statusText, json, isJson, snippet };
}
class TooLarge extends Error {
}
async function readCapped(response, maxBytes) {
    if (!response.body)
        return new Uint8Array(0);
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new TooLarge();
        }
        chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
    }
    return out;
}
/** The message for a non-2xx answer, with a hint by status. */
function httpStatusError(label, res, secrets = [], authHint) {
    const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    const hint = res.status === 401 || res.status === 403
        ? authHint ?? 'the server refused the credentials: check header, scheme and the secret in secret_env'
        : res.status === 404
            ? 'check the URL'
            : res.status === 429 || res.status >= 500
                ? 'the server failed or is overloaded; the check did not run on this evidence — try again later'
                : undefined;
    return new errors/* InputError */.dz(redact(`${label}: the server answered ${status}${res.snippet ? `: ${res.snippet}` : ''}`, secrets), { hint });
}

;// CONCATENATED MODULE: ../../../../shared/drift/sources/json-pointer.ts
/**
 * JSON Pointer (RFC 6901) lookups in an HTTP source's response, with a reason a person can act on
 * when the pointer does not fit the document ("no key "rows" in the object at /data (its keys:
 * items, total)") rather than a bare undefined.
 */
/** The reference tokens of a pointer ("" → none: the whole document). */
function pointerTokens(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new Error(`not a JSON pointer: ${JSON.stringify(pointer)}`);
    return pointer
        .slice(1)
        .split('/')
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function escapeToken(t) {
    return t.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** What a JSON value is, for messages: "an object", "a list of 3 items", "text "abc"", "null". */
function describeJson(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return `a list of ${v.length} item${v.length === 1 ? '' : 's'}`;
    if (typeof v === 'object')
        return 'an object';
    if (typeof v === 'string')
        return `text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    return `${typeof v} ${String(v)}`;
}
function listKeys(o) {
    const keys = Object.keys(o);
    if (keys.length === 0)
        return 'it is empty';
    const shown = keys.slice(0, 10).join(', ');
    return `its keys: ${shown}${keys.length > 10 ? `, … (${keys.length} keys)` : ''}`;
}
/** Resolves `pointer` in `doc`. Array tokens must be indices without leading zeros ("-" is never found). */
function resolvePointer(doc, pointer) {
    let v = doc;
    let at = '';
    for (const token of pointerTokens(pointer)) {
        const where = at === '' ? 'the top level' : at;
        if (Array.isArray(v)) {
            if (!/^(?:0|[1-9]\d*)$/.test(token))
                return { found: false, problem: `"${token}" is not an index, and ${where} is ${describeJson(v)}` };
            const i = Number(token);
            if (i >= v.length)
                return { found: false, problem: `index ${i} is past the end of ${where} (${describeJson(v)})` };
            v = v[i];
        }
        else if (v !== null && typeof v === 'object') {
            if (!Object.prototype.hasOwnProperty.call(v, token))
                return { found: false, problem: `no key "${token}" in the object at ${where} (${listKeys(v)})` };
            v = v[token];
        }
        else {
            return { found: false, problem: `${where} is ${describeJson(v)}, so it has no "${token}"` };
        }
        at += `/${escapeToken(token)}`;
    }
    return { found: true, value: v };
}

;// CONCATENATED MODULE: ../../../../shared/drift/sources/json-rows.ts

const JSON_BATCH_ROWS = 65_536;
function cell(v) {
    if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    return JSON.stringify(v);
}
/** Checks the shape; returns the row count and a batch generator, or a problem to report. */
function jsonRows(value, pointer, batchRows = JSON_BATCH_ROWS) {
    const at = pointer === '' ? 'the top level' : pointer;
    if (Array.isArray(value)) {
        const index = new Map();
        for (let i = 0; i < value.length; i++) {
            const row = value[i];
            if (row === null || typeof row !== 'object' || Array.isArray(row)) {
                return { problem: `${at}/${i} is ${describeJson(row)}, not a row object (rows must be objects like {"column": value})` };
            }
            for (const k in row)
                if (!index.has(k))
                    index.set(k, index.size);
        }
        const columns = [...index.keys()];
        const rows = value.length;
        return {
            rows,
            *batches() {
                for (let start = 0; start < rows; start += batchRows) {
                    const n = Math.min(batchRows, rows - start);
                    const values = columns.map(() => new Array(n));
                    for (let r = 0; r < n; r++) {
                        const row = value[start + r];
                        for (let c = 0; c < columns.length; c++)
                            values[c][r] = cell(row[columns[c]]);
                    }
                    yield { columns, values, length: n, lines: rowNumbers(start, n), rowOffset: start };
                }
            },
        };
    }
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value);
        let rows = -1;
        for (const [name, col] of entries) {
            if (!Array.isArray(col)) {
                return { problem: `${at} is an object, so its values must be column arrays, but "${name}" is ${describeJson(col)} (or point rows at an array of row objects)` };
            }
            if (rows >= 0 && col.length !== rows)
                return { problem: `${at}: column "${name}" has ${col.length} values, "${entries[0][0]}" has ${rows}; columns must be equally long` };
            rows = col.length;
        }
        rows = Math.max(rows, 0);
        const columns = entries.map(([name]) => name);
        const arrays = entries.map(([, col]) => col);
        return {
            rows,
            *batches() {
                for (let start = 0; start < rows; start += batchRows) {
                    const n = Math.min(batchRows, rows - start);
                    const values = arrays.map((a) => {
                        const out = new Array(n);
                        for (let r = 0; r < n; r++)
                            out[r] = cell(a[start + r]);
                        return out;
                    });
                    yield { columns, values, length: n, lines: rowNumbers(start, n), rowOffset: start };
                }
            },
        };
    }
    return { problem: `${at} is ${describeJson(value)}, not rows (an array of row objects, or an object of column arrays)` };
}
function rowNumbers(start, n) {
    const lines = new Int32Array(n);
    for (let r = 0; r < n; r++)
        lines[r] = start + r + 1;
    return lines;
}

;// CONCATENATED MODULE: ../../../../shared/drift/sources/prometheus-query.ts
/**
 * Queries a Prometheus server through its HTTP API (https://prometheus.io/docs/prometheus/latest/querying/api/):
 * `/api/v1/query` (instant: one number for a metric check) and `/api/v1/query_range` (a series over
 * the window: one numeric column). Requests are POSTed form-encoded, which the API accepts for both
 * endpoints and which keeps long PromQL out of URL length limits. Compatible servers (Thanos,
 * Mimir, VictoriaMetrics, Grafana Cloud) take the same requests under their own base URL.
 *
 * The response envelope is {status: "success" | "error", data: {resultType, result}, errorType,
 * error, warnings}. An error answer (whatever the HTTP status: 400 bad_data, 422 execution, 503
 * timeout) becomes an InputError quoting Prometheus' errorType and error; an answer with no series,
 * or several where one number is needed, is an error too: a drift check must not decide on
 * evidence it did not get.
 */



const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };
/** Milliseconds of a Prometheus duration ("1h30m", "7d"; y = 365d as in Prometheus); undefined when not one. */
function parseDuration(text) {
    const re = /(\d+)(ms|s|m|h|d|w|y)/y;
    let ms = 0;
    let at = 0;
    while (at < text.length) {
        re.lastIndex = at;
        const m = re.exec(text);
        if (!m)
            return undefined;
        ms += Number(m[1]) * UNIT_MS[m[2]];
        at = re.lastIndex;
    }
    return at === 0 ? undefined : ms;
}
/** A duration as Prometheus writes it, in the largest unit that divides it ("7d", "90m", "1500ms"). */
function formatDuration(ms) {
    for (const unit of ['y', 'w', 'd', 'h', 'm', 's']) {
        if (ms >= UNIT_MS[unit] && ms % UNIT_MS[unit] === 0)
            return `${ms / UNIT_MS[unit]}${unit}`;
    }
    return `${ms}ms`;
}
/** Epoch ms of a time spec: `now`, `-7d` / `now-7d` (before `now`), or ISO 8601 (no offset = UTC). */
function parseTimeSpec(spec, now, where) {
    if (spec === 'now')
        return now;
    const rel = /^(?:now)?-(.+)$/.exec(spec);
    if (rel) {
        const d = parseDuration(rel[1]);
        if (d !== undefined)
            return now - d;
    }
    else {
        const t = (0,data_values/* parseIsoTimestamp */.RJ)(spec);
        if (t !== undefined)
            return t;
    }
    throw new errors/* UsageError */.eb(`${where}: "${spec}" is not a time`, { hint: 'use now, a duration ago like -7d or -12h, or an ISO 8601 time like 2025-06-01T00:00:00Z' });
}
/** A sample value: Prometheus writes floats as strings, with NaN, +Inf and -Inf spelled out. */
function parseSampleValue(s) {
    if (s === '+Inf' || s === 'Inf')
        return Infinity;
    if (s === '-Inf')
        return -Infinity;
    return Number(s);
}
/** A series' labels as PromQL writes a selector: name{a="1", b="2"}. */
function formatSeries(metric) {
    const { __name__: name, ...rest } = metric;
    const labels = Object.entries(rest).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    return `${name ?? ''}{${labels.join(', ')}}`;
}
/** PromQL in a message: in backquotes, since PromQL is full of double quotes. */
function quoteQuery(query) {
    return `\`${query}\``;
}
function seconds(ms) {
    return String(ms / 1000);
}
function iso(ms) {
    return new Date(ms).toISOString();
}
/** Posts one query; returns `data` of a success answer and its warnings, or throws with Prometheus' own error. */
async function post(target, endpoint, params) {
    const request = {
        url: `${target.baseUrl.replace(/\/+$/, '')}/api/v1/${endpoint}`,
        method: 'POST',
        form: new URLSearchParams(params),
        secretHeaders: target.secretHeaders,
        secrets: target.secrets,
        timeoutMs: target.timeoutMs,
        maxBytes: target.maxBytes,
        signal: target.signal,
        fetch: target.fetch,
        label: target.label,
    };
    const res = await fetchJson(request);
    const body = res.json;
    const query = quoteQuery(params.query);
    if (res.isJson && body !== null && typeof body === 'object' && body.status === 'error') {
        const type = typeof body.errorType === 'string' ? body.errorType : 'error';
        const message = typeof body.error === 'string' ? body.error : res.snippet;
        const hint = type === 'bad_data'
            ? 'fix the PromQL (try it in the Prometheus expression browser first)'
            : type === 'timeout' || type === 'canceled'
                ? 'the query took too long: narrow the range, raise step, or use a recording rule'
                : type === 'unavailable'
                    ? 'Prometheus is not ready or overloaded; try again later'
                    : undefined;
        throw new errors/* InputError */.dz(`${target.label}: query ${query} failed: ${type}: ${message}`, { hint });
    }
    if (res.status < 200 || res.status >= 300) {
        throw httpStatusError(`${target.label}: query ${query}`, res, target.secrets, 'the server refused the credentials: check header, scheme and the secret in secret_env');
    }
    if (!res.isJson || body === null || typeof body !== 'object' || body.status !== 'success') {
        throw new errors/* InputError */.dz(`${target.label}: query ${query}: the answer is not a Prometheus API response: ${res.snippet}`, {
            hint: 'url must be the base of the Prometheus HTTP API, the part before /api/v1 (e.g. http://prometheus:9090)',
        });
    }
    const warnings = Array.isArray(body.warnings) ? body.warnings.map((w) => `${target.label}: query ${query}: ${String(w)}`) : [];
    return { data: body.data, warnings };
}
function resultOf(target, query, data) {
    const d = data;
    if (d === null || typeof d !== 'object' || typeof d.resultType !== 'string') {
        throw new errors/* InputError */.dz(`${target.label}: query ${quoteQuery(query)}: the answer has no data.resultType`, { hint: 'url must be the base of the Prometheus HTTP API' });
    }
    return { resultType: d.resultType, result: d.result };
}
function severalSeries(target, query, series, need) {
    const shown = series.slice(0, 3).map((s) => formatSeries(s.metric)).join(', ');
    return new errors/* InputError */.dz(`${target.label}: query ${quoteQuery(query)} returned ${series.length} series (${shown}${series.length > 3 ? ', …' : ''}); ${need}`, {
        hint: 'aggregate it to one series (avg(...), sum(...), max(...)) or select one with labels',
    });
}
/** An instant query that must give one number: a one-series vector or a scalar. */
async function queryInstant(target, query, time) {
    const { data, warnings } = await post(target, 'query', { query, time: seconds(time) });
    const { resultType, result } = resultOf(target, query, data);
    const q = quoteQuery(query);
    let raw;
    if (resultType === 'scalar')
        raw = result[1];
    else if (resultType === 'vector') {
        const samples = result;
        if (samples.length === 0) {
            throw new errors/* InputError */.dz(`${target.label}: query ${q} returned no series at ${iso(time)}`, {
                hint: 'check the metric name and labels; a series sampled less often than every 5 minutes needs a range function, e.g. last_over_time(x[1d]) or avg_over_time(x[7d])',
            });
        }
        if (samples.length > 1)
            throw severalSeries(target, query, samples, 'a metric needs one number');
        raw = samples[0].value[1];
    }
    else {
        throw new errors/* InputError */.dz(`${target.label}: query ${q} returned a ${resultType === 'matrix' ? 'range vector' : resultType}, not a number`, {
            hint: resultType === 'matrix' ? 'wrap the range selector in a function: avg_over_time(x[7d]), max_over_time(...), rate(...)' : 'make the query return a number',
        });
    }
    const value = parseSampleValue(raw);
    if (!Number.isFinite(value)) {
        throw new errors/* InputError */.dz(`${target.label}: query ${q} returned ${raw} at ${iso(time)}, not a finite number`, {
            hint: 'often a ratio with no data in the window (0/0); check the window covers traffic',
        });
    }
    return { value, warnings };
}
/** A range query that must give one series: its [epoch ms, value] points. */
async function queryRange(target, query, range) {
    const { data, warnings } = await post(target, 'query_range', { query, start: seconds(range.start), end: seconds(range.end), step: seconds(range.step) });
    const { resultType, result } = resultOf(target, query, data);
    const q = quoteQuery(query);
    if (resultType !== 'matrix') {
        throw new errors/* InputError */.dz(`${target.label}: range query ${q} returned a ${resultType}, not a series`, { hint: 'make the query return one series' });
    }
    const series = result;
    if (series.length === 0) {
        throw new errors/* InputError */.dz(`${target.label}: query ${q} returned no series between ${iso(range.start)} and ${iso(range.end)}`, {
            hint: 'check the metric name and labels, and that the range covers data the server still keeps',
        });
    }
    if (series.length > 1)
        throw severalSeries(target, query, series, 'a column needs one series');
    const points = series[0].values.map(([t, v]) => [Math.round(t * 1000), parseSampleValue(v)]);
    return { points, warnings };
}

;// CONCATENATED MODULE: ../../../../shared/drift/sources/read-sources.ts
/**
 * Reads drift-check's current production data and metrics from the configured sources
 * (source-config.ts) and pools them: the wanted columns over every source that gives rows (files,
 * an HTTP source's rows, Prometheus range queries), the metrics from every source that gives
 * them (an HTTP source's pointers, Prometheus instant queries, a metrics file a batch job wrote).
 *
 * Evidence that is broken is an error, never "no drift": a glob that matches nothing, an
 * unreachable endpoint, a Prometheus error, a query with no series, a source without a reference
 * column (schema mismatch), a metric named by two sources, and no rows at all when columns are
 * wanted. Sources are read one after the other, in the order given, so messages and the report's
 * source list are deterministic.
 */










/**
 * Reads every source. Throws InputError (unreadable or empty data, failing endpoints, schema
 * mismatch) or ContractError / UsageError (sources that cannot work as configured).
 */
async function readCurrentData(sources, wanted, options) {
    if (sources.length === 0)
        throw new errors/* ContractError */.Vl('no sources of current data are configured', { hint: 'add drift sources: files, http or prometheus (docs/drift.md, Sources)' });
    const wantedNames = new Set(wanted.map((w) => w.name));
    const prometheusColumns = new Set(sources.flatMap((s) => Object.keys(s.prometheus?.columns ?? {})).filter((c) => wantedNames.has(c)));
    const ctx = {
        options,
        now: (typeof options.now === 'function' ? options.now() : options.now ?? new Date()).getTime(),
        collector: new ColumnCollector(wanted),
        metrics: new Map(),
        warnings: [],
        window: { from: null, to: null },
        prometheusColumns,
    };
    const summaries = [];
    for (const source of sources) {
        options.signal?.throwIfAborted();
        const kind = sourceKindOf(source);
        if (kind === 'file')
            summaries.push(await readFiles(ctx, source));
        else if (kind === 'http')
            summaries.push(await readHttp(ctx, source, source.http));
        else if (kind === 'metrics_file')
            summaries.push(await readMetricsFile(ctx, source));
        else
            summaries.push(await readPrometheus(ctx, source, source.prometheus));
    }
    const result = ctx.collector.result();
    checkNotEmpty(wanted, summaries, sources, prometheusColumns);
    const metrics = new Map();
    for (const [name, m] of ctx.metrics)
        metrics.set(name, { value: m.value, source: m.source });
    return {
        rows: result.rows,
        columns: result.columns,
        metrics,
        sources: summaries,
        window: {
            from: ctx.window.from === null ? null : new Date(ctx.window.from).toISOString(),
            to: ctx.window.to === null ? null : new Date(ctx.window.to).toISOString(),
        },
        warnings: ctx.warnings,
    };
}
/** No rows where columns are wanted is broken evidence, not "no drift". */
function checkNotEmpty(wanted, summaries, sources, prometheusColumns) {
    const needTable = wanted.filter((w) => !prometheusColumns.has(w.name)).map((w) => w.name);
    if (needTable.length === 0)
        return;
    const tables = summaries.filter((s, i) => s.kind === 'file' || (s.kind === 'http' && sources[i].http.rows !== undefined));
    const shown = needTable.slice(0, 5).map((c) => `"${c}"`).join(', ') + (needTable.length > 5 ? ', …' : '');
    if (tables.length === 0) {
        throw new errors/* ContractError */.Vl(`no source gives data rows, but the drift check needs the reference's columns (${shown})`, {
            hint: 'add a files source, or an http source with rows; prometheus columns only give the columns they name',
        });
    }
    const rows = tables.reduce((n, s) => n + (s.rows ?? 0), 0);
    if (rows === 0) {
        const list = tables.map((s) => `${s.kind} ${s.name}${s.files ? ` (${s.files.length} file${s.files.length === 1 ? '' : 's'})` : ''}`).join('; ');
        throw new errors/* InputError */.dz(`the current data is empty: 0 rows from ${list}`, {
            hint: 'no data is not "no drift": check that production data for the window was written where the sources point',
        });
    }
}
function addMetric(ctx, name, value, source, from) {
    const prior = ctx.metrics.get(name);
    if (prior) {
        throw new errors/* ContractError */.Vl(`metric "${name}" comes from two sources (${prior.from} and ${from})`, { hint: 'name each metric in one source only, or rename one of them' });
    }
    ctx.metrics.set(name, { value, source, from });
}
function widenWindow(ctx, from, to) {
    if (from !== null)
        ctx.window.from = ctx.window.from === null ? from : Math.min(ctx.window.from, from);
    if (to !== null)
        ctx.window.to = ctx.window.to === null ? to : Math.max(ctx.window.to, to);
}
function feed(ctx, batch) {
    if (ctx.options.signal?.aborted)
        ctx.options.signal.throwIfAborted();
    ctx.collector.add(batch);
}
// ---------------------------------------------------------------------------------------------
// files
async function expandPatterns(patterns, cwd, name) {
    const files = [];
    const seen = new Set();
    for (const pattern of patterns) {
        let matched;
        if ((0,dist/* isDynamicPattern */.ey)(pattern)) {
            matched = (await (0,dist/* glob */.TI)(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
            if (matched.length === 0) {
                throw new errors/* InputError */.dz(`files source ${name}: no file matches "${pattern}" (relative to ${cwd})`, {
                    hint: 'check the pattern and that the production data was written there; * matches within a folder, ** across folders',
                });
            }
        }
        else
            matched = [pattern];
        for (const f of matched) {
            if (!seen.has(f)) {
                seen.add(f);
                files.push(f);
            }
        }
    }
    return files;
}
async function readFiles(ctx, source) {
    const patterns = typeof source.files === 'string' ? [source.files] : source.files;
    const name = source.name ?? patterns.join(', ');
    const cwd = ctx.options.cwd ?? process.cwd();
    const files = await expandPatterns(patterns, cwd, JSON.stringify(name));
    let rows = 0;
    for (const file of files) {
        // Relative paths stay relative in messages (and annotations) when they resolve from here.
        const path = ctx.options.cwd === undefined ? file : (0,external_node_path_.resolve)(cwd, file);
        const reader = await (0,open_table/* openTable */.R)(path, { delimiter: source.delimiter, format: source.format });
        const tap = ctx.options.rowTap;
        ctx.collector.beginSource({ name: path, location: { file: path } }, ctx.prometheusColumns);
        tap?.beginSource({ name: path, location: { file: path } });
        for await (const batch of reader.batches()) {
            feed(ctx, batch);
            tap?.add(batch);
        }
        rows += ctx.collector.endSource();
        tap?.endSource();
    }
    return { kind: 'file', name, rows, files };
}
// ---------------------------------------------------------------------------------------------
// auth shared by http and prometheus
function authOf(ctx, cfg, label) {
    if (cfg.secret_env === undefined)
        return { headers: {}, secrets: [] };
    const secret = ctx.options.env[cfg.secret_env];
    if (secret === undefined || secret === '') {
        throw new errors/* UsageError */.eb(`${label}: the environment variable ${cfg.secret_env} (secret_env) is ${secret === undefined ? 'not set' : 'empty'}`, {
            hint: `pass the secret to the step, e.g. env: { ${cfg.secret_env}: \${{ secrets.${cfg.secret_env} }} }`,
        });
    }
    const header = cfg.header ?? 'Authorization';
    return { headers: { [header]: cfg.scheme ? `${cfg.scheme} ${secret}` : secret }, secrets: [secret] };
}
function labelOf(kind, source, url) {
    return source.name ? `${kind} source "${source.name}" (${displayUrl(url)})` : `${kind} source ${displayUrl(url)}`;
}
// ---------------------------------------------------------------------------------------------
// http
async function readHttp(ctx, source, cfg) {
    const label = labelOf('http', source, cfg.url);
    const name = source.name ?? displayUrl(cfg.url);
    const auth = authOf(ctx, cfg, label);
    const res = await fetchJson({
        url: cfg.url,
        secretHeaders: auth.headers,
        secrets: auth.secrets,
        timeoutMs: cfg.timeout_ms ?? DEFAULT_TIMEOUT_MS,
        maxBytes: ctx.options.maxResponseBytes,
        signal: ctx.options.signal,
        fetch: ctx.options.fetch,
        label,
    });
    if (res.status < 200 || res.status >= 300) {
        throw httpStatusError(label, res, auth.secrets, `the server refused the credentials: check ${cfg.header ?? 'Authorization'}${cfg.scheme ? ` (${cfg.scheme})` : ''} and the secret in ${cfg.secret_env ?? 'secret_env (none is set)'}`);
    }
    const doc = res.json;
    for (const [metric, pointer] of Object.entries(cfg.metrics ?? {})) {
        const found = resolvePointer(doc, pointer);
        if (!found.found)
            throw new errors/* InputError */.dz(`${label}: metric "${metric}" at ${pointer || '""'}: ${found.problem}`, { hint: 'fix the JSON pointer in metrics (RFC 6901: /key/0/key)' });
        const v = found.value;
        const value = typeof v === 'number' ? v : typeof v === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim()) ? Number(v) : NaN;
        if (!Number.isFinite(value)) {
            throw new errors/* InputError */.dz(`${label}: metric "${metric}" at ${pointer || '""'} is ${describeJson(v)}, not a finite number`, {
                hint: 'point at a number; a null or missing value means the endpoint has no value for the window',
            });
        }
        addMetric(ctx, metric, value, `http: ${displayUrl(cfg.url)} ${pointer}`, label);
    }
    if (cfg.rows === undefined)
        return { kind: 'http', name, rows: null };
    const found = resolvePointer(doc, cfg.rows);
    if (!found.found)
        throw new errors/* InputError */.dz(`${label}: rows at ${cfg.rows || '""'}: ${found.problem}`, { hint: 'fix the JSON pointer in rows (RFC 6901: /key/0/key; "" is the whole response)' });
    const table = jsonRows(found.value, cfg.rows);
    if ('problem' in table)
        throw new errors/* InputError */.dz(`${label}: rows: ${table.problem}`, { hint: 'point rows at an array of row objects or an object of column arrays' });
    const tap = ctx.options.rowTap;
    ctx.collector.beginSource({ name: label }, ctx.prometheusColumns);
    tap?.beginSource({ name: label });
    for (const batch of table.batches()) {
        feed(ctx, batch);
        tap?.add(batch);
    }
    const rows = ctx.collector.endSource();
    tap?.endSource();
    return { kind: 'http', name, rows };
}
// ---------------------------------------------------------------------------------------------
// metrics_file
/**
 * Production metrics from a file a batch job wrote: read as `evaluate --import` reads it (JSON and
 * YAML flattened with dots, CSV in its wide or long layout), so a metric has the same name in both.
 * A glob reads its newest match by name: the dated files a nightly job leaves behind sort by date.
 */
async function readMetricsFile(ctx, source) {
    const cfg = typeof source.metrics_file === 'string' ? { path: source.metrics_file } : source.metrics_file;
    const name = source.name ?? cfg.path;
    const cwd = ctx.options.cwd ?? process.cwd();
    const matched = await expandPatterns([cfg.path], cwd, JSON.stringify(name));
    const file = matched[matched.length - 1];
    const path = ctx.options.cwd === undefined ? file : (0,external_node_path_.resolve)(cwd, file);
    const label = `metrics_file source ${JSON.stringify(name)} (${file})`;
    const ext = (0,external_node_path_.extname)(file).toLowerCase();
    const read = ext === '.csv' || ext === '.tsv'
        ? (await Promise.all(/* import() */[__webpack_require__.e(475), __webpack_require__.e(586)]).then(__webpack_require__.bind(__webpack_require__, 4586))).importCsvMetrics(path)
        : (await __webpack_require__.e(/* import() */ 442).then(__webpack_require__.bind(__webpack_require__, 7442))).importJsonYamlMetrics(path);
    const found = (await read).metrics;
    const wanted = cfg.metrics ?? Object.fromEntries(Object.keys(found).map((k) => [k, k]));
    if (Object.keys(wanted).length === 0)
        throw new errors/* InputError */.dz(`${label}: the file holds no numeric metrics`, { location: { file: path }, hint: 'check that the batch job wrote its metrics there' });
    for (const [metric, key] of Object.entries(wanted)) {
        if (!Object.hasOwn(found, key)) {
            const have = Object.keys(found).slice(0, 10).join(', ');
            throw new errors/* InputError */.dz(`${label}: no metric "${key}" in the file (for ${metric})`, { location: { file: path }, hint: `the file holds ${have || 'no numeric metrics'}${Object.keys(found).length > 10 ? ', …' : ''}` });
        }
        addMetric(ctx, metric, found[key], `metrics_file: ${file} ${key}`, label);
    }
    return { kind: 'metrics_file', name, rows: null, files: [file] };
}
// ---------------------------------------------------------------------------------------------
// prometheus
async function readPrometheus(ctx, source, cfg) {
    const label = labelOf('prometheus', source, cfg.url);
    const name = source.name ?? displayUrl(cfg.url);
    const auth = authOf(ctx, cfg, label);
    const target = {
        baseUrl: cfg.url,
        label,
        secretHeaders: auth.headers,
        secrets: auth.secrets,
        timeoutMs: cfg.timeout_ms ?? DEFAULT_TIMEOUT_MS,
        maxBytes: ctx.options.maxResponseBytes,
        signal: ctx.options.signal,
        fetch: ctx.options.fetch,
    };
    let range;
    if (cfg.range) {
        const start = parseTimeSpec(cfg.range.start, ctx.now, `${label}: range.start`);
        const end = parseTimeSpec(cfg.range.end ?? 'now', ctx.now, `${label}: range.end`);
        const step = parseDuration(cfg.range.step);
        if (!(end > start)) {
            throw new errors/* UsageError */.eb(`${label}: range.end (${new Date(end).toISOString()}) is not after range.start (${new Date(start).toISOString()})`, { hint: 'start is the earlier time, e.g. start: -7d, end: now' });
        }
        if (step === undefined || step <= 0)
            throw new errors/* UsageError */.eb(`${label}: range.step "${cfg.range.step}" is not a positive duration`, { hint: 'e.g. step: 1h' });
        range = { start, end, step };
    }
    const time = cfg.time !== undefined ? parseTimeSpec(cfg.time, ctx.now, `${label}: time`) : range ? range.end : ctx.now;
    for (const [metric, promql] of Object.entries(cfg.metrics ?? {})) {
        let query = promql;
        if (query.includes('$__range')) {
            if (!range)
                throw new errors/* UsageError */.eb(`${label}: metric "${metric}" uses $__range but the source has no range`, { hint: 'add range: { start: -7d, step: 1h }' });
            query = query.split('$__range').join(formatDuration(range.end - range.start));
        }
        const { value, warnings } = await queryInstant(target, query, time);
        ctx.warnings.push(...warnings);
        addMetric(ctx, metric, value, `prometheus: ${query}`, label);
    }
    if (Object.keys(cfg.metrics ?? {}).length > 0)
        widenWindow(ctx, range ? range.start : null, time);
    const columns = Object.entries(cfg.columns ?? {});
    if (columns.length === 0 || !range)
        return { kind: 'prometheus', name, rows: null };
    // One row per timestamp any column has (the step grid); a column without a point there is missing.
    const series = [];
    const times = new Set();
    for (const [, query] of columns) {
        const { points, warnings } = await queryRange(target, query, range);
        ctx.warnings.push(...warnings);
        const m = new Map();
        for (const [t, v] of points) {
            m.set(t, v);
            times.add(t);
        }
        series.push(m);
    }
    widenWindow(ctx, range.start, range.end);
    const grid = [...times].sort((a, b) => a - b);
    const names = columns.map(([c]) => c);
    const values = series.map((m) => grid.map((t) => m.get(t) ?? null));
    const lines = Int32Array.from(grid, (_, i) => i + 1);
    const exempt = new Set(ctx.collector.wanted.map((w) => w.name).filter((c) => !names.includes(c)));
    ctx.collector.beginSource({ name: label }, exempt);
    feed(ctx, { columns: names, values, length: grid.length, lines, rowOffset: 0 });
    const rows = ctx.collector.endSource();
    return { kind: 'prometheus', name, rows };
}

;// CONCATENATED MODULE: ../../../../shared/drift/drift-check.ts
/**
 * checkDrift: the drift-check step's core, one operation for the action, `mlops drift` and the
 * tests. Reference (shared/drift/reference.ts) and current data (the sources) in; per-column
 * tests (Evidently's defaults, or the configured test and threshold), the column alarms
 * (column-alarm.ts), the dataset decision, the metric rules, the fairness bounds on labelled
 * production rows (fairness-check.ts), and one `mlops-actions/drift@1` report out, written
 * atomically.
 *
 * Broken evidence never becomes a decision: a source that fails, data with none of the rows, or a
 * column the reference has and production lacks stops the step with a clear error before any
 * report (and so before any retraining PR) exists.
 */











/** A feature ranked this high by the model's importance is a "top feature": its drift gets a reason of its own. */
const TOP_FEATURES = 3;
/** The columns to test: the reference's, less ignored ones and date/time columns (drift by construction). */
function columnsToTest(profile, config) {
    const wanted = [];
    const skipped = [];
    for (const name of profile.column_order) {
        const column = profile.columns[name];
        if (config?.columns?.[name]?.ignore) {
            skipped.push({ column: name, reason: 'ignored (drift.models.<model>.columns)' });
            continue;
        }
        const kind = columnKindOf(column);
        if (kind === 'time') {
            skipped.push({ column: name, reason: `${column.type} column: time moves on, so it drifts by construction (set columns.${name}.ignore: true to silence this)` });
            continue;
        }
        if (column.count - column.nan - column.inf === 0) {
            skipped.push({ column: name, reason: 'no values in the reference' });
            continue;
        }
        wanted.push({ name, kind });
    }
    for (const name of Object.keys(config?.columns ?? {})) {
        if (!(name in profile.columns))
            throw new errors/* InputError */.dz(`drift settings name column "${name}", which the reference does not have`, { hint: `columns: ${profile.column_order.slice(0, 20).join(', ')}` });
    }
    return { wanted, skipped };
}
function referenceDistribution(reference, name, kind) {
    const raw = reference.raw?.get(name);
    if (raw)
        return currentDistribution(raw);
    const column = reference.profile.columns[name];
    // The profile's exact std and frequent items come along (low-cardinality numerics, Wasserstein's scale).
    return kind === 'numeric' ? distributionFromProfile(column) : categoricalFromProfile(column);
}
function currentDistribution(c) {
    return c.kind === 'numeric' ? numericFromValues(c.values) : categoricalFromCounts(c.counts);
}
/** The report's importance section: the explanation given, else the reference release's; none without either. */
async function importanceOf(file, reference, columns) {
    let found = reference.explanation;
    if (file !== undefined) {
        found = { source: file, explanation: await readJsonAs(file, explanationSchema, `${EXPLANATION_SCHEMA} explanation`, 'point at the explanation.json explain wrote') };
    }
    if (!found)
        return undefined;
    const x = found.explanation;
    const drifted = new Set(columns.filter((c) => c.drifted).map((c) => c.column));
    const features = x.features.map((f) => ({ feature: f.feature, rank: f.rank, importance_mean: f.importance_mean }));
    return {
        source: found.source,
        metric: x.metric.name,
        top: TOP_FEATURES,
        features,
        top_drifted: features.filter((f) => f.rank <= TOP_FEATURES && drifted.has(f.feature)).map((f) => f.feature),
    };
}
async function checkDrift(o) {
    const now = o.now ?? (() => new Date());
    const log = o.log ?? (() => { });
    const reference = await resolveReference(o.reference, (profile) => columnsToTest(profile, o.config).wanted);
    const plan = columnsToTest(reference.profile, o.config);
    const skipped = plan.skipped;
    log(`reference: ${reference.info.kind}${reference.info.tag ? ` ${reference.info.tag}` : reference.info.file ? ` ${reference.info.file}` : ''}, ${reference.info.rows} rows, ${plan.wanted.length} columns to test`);
    // Fairness (when configured) sees the table sources' rows as they stream; loaded only then.
    const fairnessModule = o.config?.fairness ? await __webpack_require__.e(/* import() */ 616).then(__webpack_require__.bind(__webpack_require__, 4616)) : undefined;
    const fairnessRows = fairnessModule && o.config?.fairness ? new fairnessModule.FairnessRows(o.config.fairness) : undefined;
    // Throws on broken evidence (a failing source, no rows, a missing column): no report, no PR.
    const current = await readCurrentData(o.sources, plan.wanted, { env: o.env ?? process.env, now: now(), rowTap: fairnessRows });
    log(`current: ${current.rows} rows from ${current.sources.map((s) => `${s.kind} ${s.name}`).join(', ') || 'no data source'}`);
    if (fairnessRows && fairnessRows.tableSources === 0) {
        throw new errors/* InputError */.dz('the fairness check needs production rows, and no source gives any', {
            hint: 'add a files source (or an http source with rows) whose rows carry the label, the prediction or score and the sensitive columns',
        });
    }
    const fairness = fairnessModule && fairnessRows ? fairnessModule.fairnessCheck(fairnessRows, o.model ?? '<model>') : undefined;
    if (fairness) {
        const late = fairness.missing_label > 0 ? `, ${fairness.missing_label} without a label yet (left out)` : '';
        const unpredicted = fairness.missing_prediction > 0 ? `, ${fairness.missing_prediction} without a prediction (left out)` : '';
        log(`fairness: ${fairness.used} labelled rows of ${fairness.rows}${late}${unpredicted}; ${fairness.rules.length} rules`);
    }
    const columns = [];
    for (const { name, kind } of plan.wanted) {
        const cur = current.columns.get(name);
        if (!cur)
            continue;
        const ref = referenceDistribution(reference, name, kind);
        const curDist = currentDistribution(cur);
        if (ref.n === 0 || curDist.n === 0) {
            skipped.push({ column: name, reason: curDist.n === 0 ? 'no values in the current data (all missing)' : 'no values in the reference' });
            continue;
        }
        columns.push(testColumn(name, ref, curDist, o.config?.columns?.[name]));
    }
    const share = o.config?.share ?? 0.5;
    const dataset = datasetDrift(columns, share);
    const metrics = checkMetricRules(o.config?.metrics ?? {}, current.metrics, (name) => reference.metrics[name]);
    const alarmRules = { ...column_alarm/* DEFAULT_ALARM_RULES */.A9, ...o.config?.alarms };
    const alarms = (0,column_alarm/* columnAlarms */.bP)(columns, alarmRules);
    const failOn = o.config?.fail_on ?? 'dataset';
    const failed = metrics.filter((m) => !m.passed);
    const breached = fairness?.rules.filter((r) => r.passed === false) ?? [];
    const degraded = failed.length > 0 || breached.length > 0;
    const importance = await importanceOf(o.explanation, reference, columns);
    // Evidently's share decides by default; with fail_on: column one alarmed column is drift too.
    const dataDrift = dataset.dataset_drift || (failOn === 'column' && alarms.length > 0);
    const decision = dataDrift ? (degraded ? 'drift_and_degradation' : 'drift') : degraded ? 'degradation' : 'ok';
    const reasons = [];
    const drifted = columns.filter((c) => c.drifted);
    if (alarms.length) {
        const names = alarms.slice(0, 10).map((a) => a.column).join(', ') + (alarms.length > 10 ? `, and ${alarms.length - 10} more` : '');
        const effect = failOn === 'column' ? ': drift (fail-on column)' : dataset.dataset_drift ? '' : ': a warning (fail-on dataset; fail-on column makes it drift)';
        reasons.push(`column alarm: ${alarms.length} column${alarms.length === 1 ? '' : 's'} far past ${alarms.length === 1 ? 'its threshold' : 'their thresholds'} (${names})${effect}`);
    }
    if (dataset.dataset_drift)
        reasons.push(`dataset drift: ${drifted.length} of ${columns.length} columns drifted (share ${dataset.share.toFixed(3)} >= ${share})`);
    else if (drifted.length)
        reasons.push(`${drifted.length} of ${columns.length} columns drifted (share ${dataset.share.toFixed(3)} < ${share}): no dataset drift`);
    if (importance && importance.top_drifted.length > 0) {
        const ranks = new Map(importance.features.map((f) => [f.feature, f.rank]));
        const names = importance.top_drifted.map((n) => `${n} (#${ranks.get(n)})`).join(', ');
        reasons.push(`top feature${importance.top_drifted.length === 1 ? '' : 's'} drifted: ${names} of the model's ${importance.features.length} by ${importance.metric} importance`);
    }
    for (const m of failed)
        reasons.push(`degradation: ${m.message}`);
    for (const r of breached)
        reasons.push(`fairness degradation: ${r.message}, on ${fairness.used} labelled production rows`);
    const unchecked = fairness?.rules.filter((r) => r.passed === null) ?? [];
    if (unchecked.length) {
        const shown = unchecked.slice(0, 5).map((r) => r.message).join('; ');
        reasons.push(`fairness not checked (does not decide): ${shown}${unchecked.length > 5 ? `; and ${unchecked.length - 5} more` : ''}`);
    }
    if (!reasons.length) {
        const passed = fairness?.rules.filter((r) => r.passed === true).length ?? 0;
        reasons.push(`no drift: ${columns.length} columns tested${metrics.length ? `, ${metrics.length} metric rules passed` : ''}${passed ? `, ${passed} fairness rules passed` : ''}`);
    }
    const report = drift_format/* driftReportSchema */.dW.parse({
        schema: drift_format/* DRIFT_SCHEMA */.wW,
        model: o.model,
        created_at: now().toISOString(),
        reference: reference.info,
        current: { rows: current.rows, sources: current.sources, window: current.window },
        data: {
            dataset_drift: dataset.dataset_drift,
            share: dataset.share,
            share_threshold: share,
            tested: columns.length,
            drifted: drifted.length,
            columns,
            skipped,
            alarms,
            alarm_rules: alarmRules,
            fail_on: failOn,
        },
        metrics,
        decision,
        reasons,
        ...(importance ? { importance } : {}),
        ...(fairness ? { fairness } : {}),
    });
    await writeJsonAtomic(o.out, report);
    return { report, path: o.out };
}

;// CONCATENATED MODULE: ../../../../shared/steps/drift-check.ts
/**
 * The drift-check step as the action and `mlops drift` run it: mlops.yaml's `drift.models.<model>`
 * merged with what the caller overrides, checkDrift(), then the retraining PR through the Forge
 * port (GitHub, or the local forge's files). The PR is touched only after a report exists: broken
 * evidence throws before that, so no PR is ever opened or closed on it.
 */






async function modelSettings(o) {
    const file = o.config ?? ((0,external_node_fs_.existsSync)('mlops.yaml') ? 'mlops.yaml' : undefined);
    const models = file ? ((await loadConfig(file)).drift?.models ?? {}) : {};
    const names = Object.keys(models);
    const model = o.model ?? (names.length === 1 ? names[0] : undefined);
    if (!model) {
        throw new errors/* UsageError */.eb(names.length ? `mlops.yaml has drift settings for ${names.join(', ')}: say which model` : (o) => `which model? (pass ${o.option('model')}, or configure drift.models.<model> in mlops.yaml)`);
    }
    // Own keys only: a model named "constructor" must not get Object's constructor as settings.
    return { model, settings: (Object.hasOwn(models, model) ? models[model] : undefined) ?? {} };
}
async function runDriftStep(o) {
    const log = o.log ?? (() => { });
    const { model, settings } = await modelSettings(o);
    const sources = o.current?.length ? [{ files: o.current }] : settings.sources;
    if (!sources?.length) {
        throw new errors/* UsageError */.eb(`no current data for ${model}`, { hint: (o) => `pass current files (${o.option('current')}), or configure drift.models.${model}.sources in mlops.yaml` });
    }
    const referenceText = o.reference ?? settings.reference ?? 'production';
    let reference;
    if (referenceText === 'production') {
        if (!o.registry)
            throw new errors/* UsageError */.eb('reference production needs the model registry', { hint: 'give a token (action) or --registry/--repo (CLI), or a reference file' });
        reference = { kind: 'production', registry: await o.registry(), model, alias: o.alias ?? settings.alias ?? 'production' };
    }
    else
        reference = { kind: 'file', path: referenceText };
    const { report, path } = await checkDrift({ model, reference, sources, config: { ...settings, fail_on: o.failOn ?? settings.fail_on }, out: o.out, explanation: o.explanation, env: o.env, now: o.now, log });
    const drifted = report.decision !== 'ok';
    log(`decision: ${report.decision} (${report.reasons.join('; ')})`);
    const pr = settings.pull_request ?? {};
    const onRecovery = o.pullRequest?.onRecovery ?? pr.on_recovery ?? 'comment';
    const base = o.pullRequest?.base ?? pr.base;
    const context = { model, runUrl: o.pullRequest?.runUrl, base, onRecovery };
    const summary = (0,drift_pr_body/* renderDriftPrBody */.Cr)(report, context);
    let result;
    if (o.pullRequest) {
        result = await o.pullRequest.forge.upsertRetrainPullRequest({
            ...o.pullRequest.repo,
            model,
            decision: report.decision,
            base,
            request: (0,drift_pr_body/* retrainRequestOf */.Yo)(report, context),
            title: (0,forge_markers/* retrainPrTitle */.ux)(model),
            body: summary,
            labels: o.pullRequest.labels?.length ? o.pullRequest.labels : pr.labels,
            reviewers: o.pullRequest.reviewers?.length ? o.pullRequest.reviewers : pr.reviewers,
            teamReviewers: pr.team_reviewers,
            onRecovery,
        });
        for (const w of result.warnings)
            log(`warning: ${w}`);
        log(`retraining PR: ${result.operation}${result.number ? ` #${result.number}` : ''}${result.url ? ` ${result.url}` : ''}`);
    }
    return { model, report, path, drifted, pr: result, summary };
}


/***/ }),

/***/ 8192:
/***/ (function (__unused_webpack_module, exports, __webpack_require__) {

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
exports.o = () => (RE2JS ??= (__webpack_require__(980).RE2JS));


/***/ })

};
