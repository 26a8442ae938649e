export const id = 7060;
export const ids = [7060];
export const modules = {

/***/ 7006:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ BatchDictionaries)
/* harmony export */ });
/* harmony import */ var _column_dictionary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(812);

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
            d = this.columns[c] = new _column_dictionary_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnDictionary */ .n();
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

/***/ 7060:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ mergeProfiles)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _formats_column_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5717);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5894);
/* harmony import */ var _sketch_moments_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(607);
/* harmony import */ var _sketch_kll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8159);
/* harmony import */ var _sketch_hll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3226);
/* harmony import */ var _sketch_frequent_items_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5507);
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
        moments: _sketch_moments_js__WEBPACK_IMPORTED_MODULE_5__/* .Moments */ .W9.fromState(s.moments),
        kll: _sketch_kll_js__WEBPACK_IMPORTED_MODULE_2__/* .KllSketch */ .gu.fromState(s.kll),
        hll: _sketch_hll_js__WEBPACK_IMPORTED_MODULE_3__/* .HyperLogLog */ .l8.fromState(s.hll),
        frequent: _sketch_frequent_items_js__WEBPACK_IMPORTED_MODULE_4__/* .FrequentItems */ .J.fromState(s.frequent),
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
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`column "${name}" is ${ta} in one profile and ${tb} in the other`, {
        hint: 'merge only profiles of shards of one dataset, profiled with the same contract',
    });
}
function mergeColumn(name, a, b) {
    const type = mergedType(name, a, b);
    const x = sketchesOf(a);
    const y = sketchesOf(b);
    const tc = (0,_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyTypeCounts */ .QU)();
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
        frequent = new _sketch_frequent_items_js__WEBPACK_IMPORTED_MODULE_4__/* .FrequentItems */ .J(y.frequent.capacity);
        frequent.merge(x.frequent);
    }
    frequent.merge(y.frequent);
    return (0,_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .columnProfileFromSketches */ .ot)(type, {
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
    return (0,_profile_js__WEBPACK_IMPORTED_MODULE_1__/* .columnProfileFromSketches */ .ot)(c.type, { ...sketchesOf(c), nulls: c.nulls + rows });
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
    return { schema: _formats_column_types_js__WEBPACK_IMPORTED_MODULE_6__/* .PROFILE_SCHEMA */ .O, sources: [...a.sources, ...b.sources], rows: a.rows + b.rows, column_order: order, columns };
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


/***/ }),

/***/ 5894:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IZ: () => (/* binding */ RESERVED_COLUMN),
  ot: () => (/* binding */ columnProfileFromSketches),
  pC: () => (/* binding */ createProfiler),
  QU: () => (/* binding */ emptyTypeCounts),
  HL: () => (/* binding */ inferColumnType)
});

// UNUSED EXPORTS: FOLD_GROUP_MIN_COLUMNS, FOLD_GROUP_ROWS, FREQUENT_SLOTS_BUDGET, FREQUENT_TOP, HISTOGRAM_BINS, INFER_DOMINANT_SHARE, PROFILE_QUANTILES, TEXT_PREFIX_CHARS, boundedText, frequentCapacity, isNumericType, isTemporalType, kllHistogram

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ../../../../shared/data/sketch/moments.ts
var sketch_moments = __webpack_require__(607);
// EXTERNAL MODULE: ../../../../shared/data/sketch/kll.ts
var sketch_kll = __webpack_require__(8159);
// EXTERNAL MODULE: ../../../../shared/data/sketch/hll.ts
var hll = __webpack_require__(3226);
// EXTERNAL MODULE: ../../../../shared/data/sketch/frequent-items.ts
var frequent_items = __webpack_require__(5507);
// EXTERNAL MODULE: ../../../../shared/data/sketch/hash.ts
var hash = __webpack_require__(3308);
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

// EXTERNAL MODULE: ../../../../shared/formats/column-types.ts
var column_types = __webpack_require__(5717);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/data/batch-dictionary.ts
var batch_dictionary = __webpack_require__(7006);
// EXTERNAL MODULE: ../../../../shared/data/column-dictionary.ts
var column_dictionary = __webpack_require__(812);
// EXTERNAL MODULE: ../../../../shared/data/values.ts
var values = __webpack_require__(4239);
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
    return Math.max(64, Math.min(frequent_items/* FREQUENT_DEFAULT_CAPACITY */.E, Math.floor(FREQUENT_SLOTS_BUDGET / Math.max(1, columns))));
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
            min = temporal ? (0,values/* formatTimestamp */.Ey)(kll.min, type) : kll.min;
            max = temporal ? (0,values/* formatTimestamp */.Ey)(kll.max, type) : kll.max;
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
            moments: (stats ? s.moments : new sketch_moments/* Moments */.W9()).toState(),
            kll: (stats ? kll : new sketch_kll/* KllSketch */.gu(kll.k)).toState(),
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
    if ((0,values/* isDecimalLiteral */.B1)(s)) {
        const x = +s;
        scratchValue = x;
        return Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER ? 'integer' : 'number';
    }
    if ((0,values/* toBoolean */.G4)(s) !== undefined)
        return 'boolean';
    const t = pattern ? pattern(s) : (0,values/* parseIsoTimestamp */.RJ)(s);
    if (t !== undefined) {
        scratchValue = t;
        return (pattern ? patternIsDate : s.length === 10) ? 'date' : 'timestamp';
    }
    const x = (0,values/* toNumber */.Ro)(s);
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
        (0,sketch_moments/* addWeightedToMoments */.Je)(moments, this.valBuf, this.wBuf, d);
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
    numMoments = new sketch_moments/* Moments */.W9();
    numKll = new sketch_kll/* KllSketch */.gu();
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
        this.hll = new hll/* HyperLogLog */.l8(hllP);
        this.frequent = new frequent_items/* FrequentItems */.J(frequentSlots);
        this.byText = declared === 'string' || declared === 'category';
        this.pattern = format ? (0,values/* compileTimestampFormat */.dQ)(format) : undefined;
        this.patternIsDate = declared === 'date';
        this.decimalsAsNumbers = !this.byText && nullTokens === values/* defaultNullTokens */.$N;
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
                this.fold(t % MS_PER_DAY === 0 ? 'date' : 'timestamp', t, (0,values/* isoTimestamp */.yh)(t), dates.countAt(i));
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
            this.tmpMoments ??= new sketch_moments/* Moments */.W9();
            this.tmpKll ??= new sketch_kll/* KllSketch */.gu();
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
            moments: temporal ? (this.tmpMoments ?? new sketch_moments/* Moments */.W9()) : this.numMoments,
            kll: temporal ? (this.tmpKll ?? new sketch_kll/* KllSketch */.gu()) : this.numKll,
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
    const nullTokens = options.nullTokens ?? values/* defaultNullTokens */.$N;
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
    const hllP = (0,hll/* hllPrecision */.d0)(options.columns.length);
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
            const dicts = dictionaries ?? (ownDictionaries ??= new batch_dictionary/* BatchDictionaries */.l());
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
                schema: column_types/* PROFILE_SCHEMA */.O,
                sources: [{ file: source.file, format: source.format, rows }],
                rows,
                column_order: order.slice(),
                columns,
            };
        },
    };
}


/***/ }),

/***/ 5507:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ FREQUENT_DEFAULT_CAPACITY),
/* harmony export */   J: () => (/* binding */ FrequentItems)
/* harmony export */ });
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

/***/ 3226:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d0: () => (/* binding */ hllPrecision),
/* harmony export */   l8: () => (/* binding */ HyperLogLog)
/* harmony export */ });
/* unused harmony exports HLL_DEFAULT_P, HLL_REGISTERS_BUDGET, HLL_MIN_WIDE_P, hllStandardError */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3308);

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
        (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber64 */ .CL)(x);
        this.addHash(_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashOut */ .VB[0], _hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashOut */ .VB[1]);
    }
    addString(s) {
        (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashString64 */ .Sv)(s);
        this.addHash(_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashOut */ .VB[0], _hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashOut */ .VB[1]);
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

/***/ 8159:
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

/***/ 607:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Je: () => (/* binding */ addWeightedToMoments),
/* harmony export */   W9: () => (/* binding */ Moments)
/* harmony export */ });
/* unused harmony exports addToPartials, roundPartials, exactSum */
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
class Moments {
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
        const m = new Moments();
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


/***/ }),

/***/ 5717:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ PROFILE_SCHEMA),
/* harmony export */   R: () => (/* binding */ COLUMN_TYPES)
/* harmony export */ });
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


/***/ })

};
