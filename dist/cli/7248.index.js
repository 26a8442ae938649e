export const id = 7248;
export const ids = [7248];
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


/***/ })

};
