export const id = 27;
export const ids = [27];
export const modules = {

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

/***/ 38517:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ OCI_ARTIFACT_SCHEMA),
/* harmony export */   HC: () => (/* binding */ MODEL_CONFIG_MEDIA_TYPE),
/* harmony export */   Kb: () => (/* binding */ OCI_ARTIFACT_ASSET),
/* harmony export */   Uq: () => (/* binding */ MODEL_ARTIFACT_TYPE),
/* harmony export */   b: () => (/* binding */ ociArtifactSchema),
/* harmony export */   ociReferenceOf: () => (/* binding */ ociReferenceOf),
/* harmony export */   yE: () => (/* binding */ MODEL_LAYER_MEDIA_TYPE),
/* harmony export */   yc: () => (/* binding */ OCI_IMAGE_MANIFEST_MEDIA_TYPE)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62881);
/**
 * How a model version lives in an OCI registry (`publish --oci`), and the release asset that
 * points at it (`oci-artifact.json`, `mlops-actions/oci-artifact@1`).
 *
 * The artifact is an OCI image manifest (image-spec v1.1, "artifacts" guidance) whose
 * `artifactType` says it is an mlops model, whose config blob is the release's `manifest.json`
 * byte for byte (so the config digest is the `manifest_sha256` the registry state records), and
 * whose only layer is `model.tar.gz` (so the layer digest is the archive's SHA-256 the manifest
 * records). It is tagged with the version.
 *
 * The OCI manifest's own digest cannot be written into `manifest.json` (the manifest is inside it
 * as the config), so the release stores it in this separate pointer. The pointer needs no digest
 * of its own: promote and pull fetch the OCI manifest by the pointer's digest and check that its
 * config and layer are exactly the recorded manifest and archive, so a wrong pointer is refused
 * like a tampered blob. Documented in docs/registry.md ("OCI registries").
 */


const OCI_ARTIFACT_SCHEMA = 'mlops-actions/oci-artifact@1';
/** The release asset holding the pointer. */
const OCI_ARTIFACT_ASSET = 'oci-artifact.json';
const OCI_IMAGE_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
/** The `artifactType` of a model pushed by publish. */
const MODEL_ARTIFACT_TYPE = 'application/vnd.mlops-actions.model.v1';
/** The config blob: the release's manifest.json (mlops-actions/model@1). */
const MODEL_CONFIG_MEDIA_TYPE = 'application/vnd.mlops-actions.model.manifest.v1+json';
/** The layer: model.tar.gz is a plain gzipped tar, so the standard layer type describes it. */
const MODEL_LAYER_MEDIA_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const digest = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/);
    const descriptor = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ media_type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), digest, size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() });
    const ociArtifactSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(OCI_ARTIFACT_SCHEMA),
        /** host[:port]/path, as given to publish (e.g. ghcr.io/owner/models/weather). */
        repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** The version as an OCI tag (`+` of build metadata becomes `_`, which tags cannot hold). */
        tag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** The OCI manifest's digest: what promote and pull fetch. */
        digest,
        media_type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        artifact_type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        config: descriptor,
        layer: descriptor,
        /** Whether the release also holds model.tar.gz (false: the archive is only in the registry). */
        archive_in_release: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    });
    return { ociArtifactSchema };
});
const ociArtifactSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().ociArtifactSchema);
/** `repository:tag@digest`, the reference a person can pull with skopeo, oras or crane. */
function ociReferenceOf(a) {
    return `${a.repository}:${a.tag}@${a.digest}`;
}


/***/ }),

/***/ 31160:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown),
/* harmony export */   V: () => (/* binding */ escapeMarkdownCell)
/* harmony export */ });
/**
 * Untrusted text (column names, cell values, file names from a PR) stays data when it reaches
 * Markdown: it cannot break a table, inject HTML, open a code span, format itself, or notify
 * people with an @mention. GitHub's renderer decodes entities, so escaped text reads as typed.
 */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '`': '&#96;', '|': '&#124;' };
/**
 * Escapes text for a Markdown table cell or running text: HTML and `|` as entities, Markdown
 * punctuation with backslashes, newlines as spaces, and a zero-width joiner after every `@` that
 * starts a name so `@org/team` renders but does not ping anyone.
 */
function escapeMarkdown(text) {
    return text
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        // Backslashes before entities: the entities' own `#` must not be escaped (`&\#124;` shows as text).
        .replace(/[\\*_[\]~#!]/g, (c) => `\\${c}`)
        .replace(/[&<>`|]/g, (c) => ENTITIES[c])
        .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200D');
}
/** Escapes and shortens to `max` characters (with an ellipsis), for cells that could be huge. */
function escapeMarkdownCell(text, max = 200) {
    const chars = [...text];
    const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
    return escapeMarkdown(cut);
}


/***/ }),

/***/ 68027:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishModel: () => (/* binding */ publishModel)
});

// UNUSED EXPORTS: OCI_ONLY_ABOVE_BYTES, contentDigestOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(51100);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(49980);
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
function classification_confusionMatrix(yTrue, yPred, options = {}) {
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
const classification_FLOAT64_EPS = Number.EPSILON;
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
    const eps = options.eps ?? classification_FLOAT64_EPS;
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
const classification_ECE_DEFAULT_BINS = 15;
/**
 * ECE bin of a confidence p in [0, 1]: bins are the right-closed intervals ((m-1)/M, m/M] of
 * Guo et al. (2017) §2, with the edges computed as m / M; p = 0 goes to the first bin.
 */
function classification_eceBin(p, bins) {
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
    const bins = options.bins ?? classification_ECE_DEFAULT_BINS;
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
            gap[classification_eceBin(p, bins)] += wi * ((yTrue[i] === pos ? 1 : 0) - p);
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
            gap[classification_eceBin(conf, bins)] += wi * ((classes[best] === yTrue[i] ? 1 : 0) - conf);
            wsum += wi;
        }
    }
    let ece = 0;
    for (let b = 0; b < bins; b++)
        ece += Math.abs(gap[b]);
    return ece / wsum;
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/shareable.ts
/**
 * Typed arrays the bootstrap workers will read, allocated on a SharedArrayBuffer from the start when
 * the data is large enough to be bootstrapped on workers (bootstrap-parallel.ts): the workers then
 * read them in place, and the ~18 MB per 1M binary rows are not copied into shared memory before the
 * resamples can start. They behave as any typed array; only postMessage shares them instead of
 * copying.
 */
/** From this many rows evaluate's bootstrap runs on worker threads (DEFAULT_PARALLEL_MIN_ROWS). */
const shareable_SHARED_MIN_ROWS = 50_000;
function buffer(bytes, rows) {
    return rows >= shareable_SHARED_MIN_ROWS ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}
function shareable_shareableFloat64(rows) {
    return new Float64Array(buffer(8 * rows, rows));
}
function shareable_shareableUint8(rows) {
    return new Uint8Array(buffer(rows, rows));
}

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
function ranking_rankBinary(yTrue, yScore, posLabel) {
    const n = classification_checkSameLength('ranking', yTrue, yScore);
    const order = argsortDescending(yScore);
    const score = new Float64Array(n);
    const positive = shareable_shareableUint8(n);
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
    const ranked = ranking_rankBinary(yTrue, yScore, options.posLabel ?? classes[1]);
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
        const ranked = ranking_rankBinary(yTrue, column, classes[c]);
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
    const ranked = ranking_rankBinary(yTrue, yScore, posLabel);
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
    return average(n, (i) => Math.abs(yTrue[i] - yPred[i]) / Math.max(Math.abs(yTrue[i]), classification_FLOAT64_EPS), options.weights);
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

;// CONCATENATED MODULE: ../../../../shared/model/metrics/wasm-assembler.ts
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
const wasm_assembler_name = (s) => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const section = (id, body) => [id, ...uleb(body.length), ...body];
/** Value types. */
const wasm_assembler_I32 = 0x7f;
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
function wasm_assembler_oneFunctionModule(exported, params, result, locals, body) {
    const func = [...uleb(locals.length), ...locals.flatMap(([count, type]) => [...uleb(count), type]), ...body];
    const resultTypes = result === undefined ? [0] : [1, result];
    return Uint8Array.from([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        ...section(1, [1, 0x60, ...uleb(params), ...new Array(params).fill(wasm_assembler_I32), ...resultTypes]),
        ...section(2, [1, ...wasm_assembler_name('m'), ...wasm_assembler_name('memory'), 0x02, 0x00, 1]),
        ...section(3, [1, 0]),
        ...section(7, [1, ...wasm_assembler_name(exported), 0x00, 0]),
        ...section(10, [1, ...uleb(func.length), ...func]),
    ]);
}
const PAGE = 65536;
/**
 * A compiled one-function module, instantiated on a fresh memory of `bytes` bytes per call; null
 * when WebAssembly is unavailable here (node --jitless) or refuses the module.
 */
function wasm_assembler_compileKernel(bytes, exported) {
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
function wasm_draws_wasmDrawsInto(counts) {
    return drawers.get(counts);
}
/** Draws per call: lets V8 move the function to optimised code after a few calls (no OSR in wasm). */
const DRAWS_PER_CALL = 4096;
const COUNTS_AT = 16;
// Locals: params n, threshold, len; then the state words, the output r, xoshiro's t, the block's
// draw count k, the OR of the new counts, a new count, its address; and the 64-bit product r·n.
const [N, THRESHOLD, LEN, S0, S1, S2, S3, R, T, K, SEEN, V, AT, PRODUCT] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const LOCALS = [
    [10, wasm_assembler_I32],
    [1, I64],
];
const stateWord = (k) => [...i32(4 * k), ...i32Load()];
const setStateWord = (k, local) => [...i32(4 * k), ...get(local), ...i32Store()];
/** draw(n, threshold, len) → OR of the new counts: drawByteBlock of bootstrap.ts, line for line. */
const DRAW_BODY = [
    ...stateWord(0), ...set(S0),
    ...stateWord(1), ...set(S1),
    ...stateWord(2), ...set(S2),
    ...stateWord(3), ...set(S3),
    ...BLOCK,
    ...LOOP,
    //   while (k < len)
    ...get(K), ...get(LEN), ...GE_U, ...brIf(1),
    //   r = rotl(s1 · 5, 7) · 9; t = s1 << 9
    ...get(S1), ...i32(5), ...MUL, ...i32(7), ...ROTL, ...i32(9), ...MUL, ...set(R),
    ...get(S1), ...i32(9), ...SHL, ...set(T),
    //   s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11)
    ...get(S2), ...get(S0), ...XOR, ...set(S2),
    ...get(S3), ...get(S1), ...XOR, ...set(S3),
    ...get(S1), ...get(S2), ...XOR, ...set(S1),
    ...get(S0), ...get(S3), ...XOR, ...set(S0),
    ...get(S2), ...get(T), ...XOR, ...set(S2),
    ...get(S3), ...i32(11), ...ROTL, ...set(S3),
    //   product = r · n (unsigned, 64-bit); kept iff its low word ≥ threshold (unsigned)
    ...get(R), ...EXTEND_U, ...get(N), ...EXTEND_U, ...MUL64, ...tee(PRODUCT),
    ...WRAP, ...get(THRESHOLD), ...GE_U,
    ...IF,
    //     at = COUNTS_AT + high word; v = counts[at] + 1 (as i32); counts[at] = v (byte); seen |= v; k++
    ...get(PRODUCT), ...i64(32), ...SHR_U64, ...WRAP, ...i32(COUNTS_AT), ...ADD, ...set(AT),
    ...get(AT), ...get(AT), ...LOAD8_U, ...i32(1), ...ADD, ...tee(V), ...STORE8,
    ...get(SEEN), ...get(V), ...OR, ...set(SEEN),
    ...get(K), ...i32(1), ...ADD, ...set(K),
    ...END,
    ...br(0),
    ...END,
    ...END,
    ...setStateWord(0, S0),
    ...setStateWord(1, S1),
    ...setStateWord(2, S2),
    ...setStateWord(3, S3),
    ...get(SEEN),
    ...END,
];
/** The compiled draws, once per thread: undefined until first asked for, null without WebAssembly. */
let kernel;
/**
 * n zeroed byte counts for Xoshiro128.drawCounts: in a WebAssembly memory of their own, drawn into by
 * the function above, when WebAssembly runs here and 1 ≤ n ≤ 2^21; else a plain Uint8Array.
 */
function wasm_draws_byteCounts(n) {
    if (!(Number.isInteger(n) && n >= 1 && n <= 0x200000))
        return new Uint8Array(n);
    kernel ??= compileKernel(() => oneFunctionModule('draw', 3, I32, LOCALS, DRAW_BODY), 'draw');
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
const bootstrap_DEFAULT_PAIRED_RESAMPLES = 200;
const bootstrap_DEFAULT_CONFIDENCE = 0.95;
const bootstrap_DEFAULT_SEED = 20240101;
const TWO_POW_MINUS_32 = (/* unused pure expression or super */ null && (2 ** -32));
/** xoshiro128** with splitmix32 seeding. */
class bootstrap_Xoshiro128 {
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
function bootstrap_resampleCounts(rng, counts) {
    counts.fill(0);
    rng.drawCounts(counts);
    return counts;
}
/** NumPy `np.quantile(x, q)` (method "linear") of an ascending array. */
function bootstrap_quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function bootstrap_resolveBootstrapOptions(options) {
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    const confidence = options.confidence ?? bootstrap_DEFAULT_CONFIDENCE;
    const seed = options.seed ?? bootstrap_DEFAULT_SEED;
    if (!Number.isInteger(resamples) || resamples < 1)
        throw new InputError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new InputError(`bootstrap: confidence must be in (0, 1), got ${confidence}`);
    if (!Number.isInteger(seed))
        throw new InputError(`bootstrap: seed must be an integer, got ${seed}`);
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
class bootstrap_Resampler {
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
        const rng = new bootstrap_Xoshiro128(resampleSeed(this.seed, b));
        const counts = this.counts;
        counts.fill(0);
        let weights = counts;
        if (!rng.drawCounts(counts)) {
            // A row drawn > 255 times: replay this resample's stream into 32-bit counts.
            this.wide ??= new Uint32Array(this.data.length);
            weights = bootstrap_resampleCounts(new bootstrap_Xoshiro128(resampleSeed(this.seed, b)), this.wide);
        }
        const summary = this.summarize(this.data, weights);
        for (let m = 0; m < this.finishers.length; m++)
            this.stats[m * this.resamples + b] = this.finishers[m](summary);
    }
}
/** Percentile intervals from the flat per-resample statistics (resample order, see Resampler). */
function bootstrap_percentileIntervals(names, estimates, stats, options) {
    const { resamples, confidence, seed } = options;
    const alpha = 1 - confidence;
    const out = {};
    names.forEach((name, m) => {
        const valid = stats.slice(m * resamples, (m + 1) * resamples).filter((x) => !Number.isNaN(x)).sort();
        out[name] = {
            estimate: estimates[m],
            lower: bootstrap_quantileSorted(valid, alpha / 2),
            upper: bootstrap_quantileSorted(valid, 1 - alpha / 2),
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
function bootstrap_bootstrapStatistics(summarize, metrics, data, options = {}) {
    const resolved = bootstrap_resolveBootstrapOptions(options);
    const names = Object.keys(metrics);
    const full = summarize(data);
    if (data.length === 0)
        throw new InputError('bootstrap: no rows to resample');
    const stats = new Float64Array(names.length * resolved.resamples);
    const resampler = new bootstrap_Resampler(summarize, names.map((n) => metrics[n]), data, resolved.seed, resolved.resamples, stats);
    for (let b = 0; b < resolved.resamples; b++)
        resampler.run(b);
    return bootstrap_percentileIntervals(names, names.map((n) => metrics[n](full)), stats, resolved);
}
/** Percentile bootstrap interval of one weighted metric. */
function bootstrapCi(metric, data, options = {}) {
    return bootstrap_bootstrapStatistics(metric, { value: (x) => x }, data, options).value;
}

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
const wasm_summary_COUNTS_AT = DEN_AT + 8 * KERNEL_SPAN_ROWS;
// Params: rows [a, b), and where the counts, positives, log losses and gaps start.
const [A, B, W_AT, Y_AT, LL_AT, GAP_AT] = [0, 1, 2, 3, 4, 5];
// i32 locals: the row, the AP term count k, its index j, dP and w as integers.
const [wasm_summary_R, wasm_summary_K, J, DP_INT, W_INT] = [6, 7, 8, 9, 10];
// f64 locals: the running sums, then the row's w, dP, dN, gap and w·gap.
const [TP, FP, ROC, LL, BRIER, BIN_GAP, AP, W, DP, DN, G, WG] = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22];
const wasm_summary_LOCALS = [
    [5, wasm_assembler_I32],
    [12, F64],
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
const ZERO = i32(0);
/** Address of the 8-byte element at index `local` of the array starting at local `base`. */
const at8 = (base, local) => [...get(base), ...get(local), ...i32(3), ...SHL, ...ADD];
/** untied(a, b, wAt, yAt, llAt, gapAt): index.ts's untiedSpan, line for line. */
const UNTIED_BODY = [
    ...SUMS.flatMap(([local, slot]) => [...ZERO, ...f64Load(ACC_AT + 8 * slot), ...set(local)]),
    ...get(A), ...set(wasm_summary_R),
    ...BLOCK,
    ...LOOP,
    //   for (r = a; r < b; r++)
    ...get(wasm_summary_R), ...get(B), ...GE_U, ...brIf(1),
    //   wr = w[r]; llSum += wr · ll[r]
    ...get(W_AT), ...get(wasm_summary_R), ...ADD, ...LOAD8_U, ...tee(W_INT), ...F_FROM_U32, ...set(W),
    ...get(LL), ...get(W), ...at8(LL_AT, wasm_summary_R), ...f64Load(), ...F_MUL, ...F_ADD, ...set(LL),
    //   g = gap[r]; wg = wr · g; brSum += wg · g; binGap += wg
    ...at8(GAP_AT, wasm_summary_R), ...f64Load(), ...set(G),
    ...get(W), ...get(G), ...F_MUL, ...set(WG),
    ...get(BRIER), ...get(WG), ...get(G), ...F_MUL, ...F_ADD, ...set(BRIER),
    ...get(BIN_GAP), ...get(WG), ...F_ADD, ...set(BIN_GAP),
    //   dP = positive[r] · wr; dN = wr − dP (integers, exact as doubles)
    ...get(Y_AT), ...get(wasm_summary_R), ...ADD, ...LOAD8_U, ...get(W_INT), ...MUL, ...tee(DP_INT), ...F_FROM_U32, ...set(DP),
    ...get(W_INT), ...get(DP_INT), ...SUB, ...F_FROM_U32, ...set(DN),
    //   roc += dN · tp; tp += dP; fp += dN
    ...get(ROC), ...get(DN), ...get(TP), ...F_MUL, ...F_ADD, ...set(ROC),
    ...get(TP), ...get(DP), ...F_ADD, ...set(TP),
    ...get(FP), ...get(DN), ...F_ADD, ...set(FP),
    //   num[k] = dP · tp; den[k] = tp + fp; k += dP > 0
    ...get(wasm_summary_K), ...i32(3), ...SHL, ...get(DP), ...get(TP), ...F_MUL, ...f64Store(NUM_AT),
    ...get(wasm_summary_K), ...i32(3), ...SHL, ...get(TP), ...get(FP), ...F_ADD, ...f64Store(DEN_AT),
    ...get(wasm_summary_K), ...get(DP_INT), ...ZERO, ...NE, ...ADD, ...set(wasm_summary_K),
    ...get(wasm_summary_R), ...i32(1), ...ADD, ...set(wasm_summary_R),
    ...br(0),
    ...END,
    ...END,
    //   for (j = 0; j < k; j++) ap += num[j] / den[j]
    ...BLOCK,
    ...LOOP,
    ...get(J), ...get(wasm_summary_K), ...GE_U, ...brIf(1),
    ...get(AP), ...get(J), ...i32(3), ...SHL, ...f64Load(NUM_AT), ...get(J), ...i32(3), ...SHL, ...f64Load(DEN_AT), ...F_DIV, ...F_ADD, ...set(AP),
    ...get(J), ...i32(1), ...ADD, ...set(J),
    ...br(0),
    ...END,
    ...END,
    ...SUMS.flatMap(([local, slot]) => [...ZERO, ...get(local), ...f64Store(ACC_AT + 8 * slot)]),
    ...END,
];
/** The compiled pass, once per thread: undefined until first asked for, null without WebAssembly. */
let wasm_summary_kernel;
/** A kernel over copies of these prepared rows, or undefined without WebAssembly. */
function wasm_summary_untiedSpanKernel(logLoss, gap, positive) {
    const n = positive.length;
    wasm_summary_kernel ??= compileKernel(() => oneFunctionModule('untied', 6, undefined, wasm_summary_LOCALS, UNTIED_BODY), 'untied');
    const llAt = (wasm_summary_COUNTS_AT + n + 7) & ~7;
    const gapAt = llAt + 8 * n;
    const yAt = gapAt + 8 * n;
    const instance = wasm_summary_kernel?.(yAt + n);
    if (!instance)
        return undefined;
    const { fn: untied, buffer } = instance;
    new Float64Array(buffer, llAt, n).set(logLoss);
    new Float64Array(buffer, gapAt, n).set(gap);
    new Uint8Array(buffer, yAt, n).set(positive);
    return {
        acc: new Float64Array(buffer, ACC_AT, 9),
        counts: new Uint8Array(buffer, wasm_summary_COUNTS_AT, n),
        untied: (a, b) => untied(a, b, wasm_summary_COUNTS_AT, yAt, llAt, gapAt),
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
function metrics_binaryEvaluation(yTrue, yProb, options = {}) {
    const n = checkSameLength('binary evaluation', yTrue, yProb);
    const posLabel = options.posLabel ?? 1;
    const threshold = options.threshold ?? 0.5;
    const eceBins = options.eceBins ?? ECE_DEFAULT_BINS;
    if (!Number.isInteger(eceBins) || eceBins < 1 || eceBins > 65535)
        throw new InputError(`binary evaluation: eceBins must be an integer in 1..65535, got ${eceBins}`);
    const classes = uniqueLabels(yTrue);
    if (classes.length > 2 || (classes.length === 2 && !classes.includes(posLabel))) {
        throw new InputError(`binary evaluation: y_true holds ${classes.join(', ')}; expected two classes including the positive class ${String(posLabel)}`, {
            hint: 'set the positive label, or evaluate as multiclass',
        });
    }
    for (let i = 0; i < n; i++) {
        const p = yProb[i];
        if (!(p >= 0 && p <= 1))
            throw new InputError(`binary evaluation: probability ${p} at row ${i} is outside [0, 1]`);
    }
    const ranked = rankBinary(yTrue, yProb, posLabel);
    // What the bootstrap workers read is allocated where they can read it (shareable.ts).
    const ll = shareableFloat64(n);
    const gap = shareableFloat64(n);
    const bin = new Uint16Array(n);
    const flags = shareableUint8(n);
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
function metrics_summarizeBinary(data, weights) {
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
            return metrics_summarizeBinary(data, weights);
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
const metrics_BINARY_FROM_SUMMARY = {
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
function metrics_multiclassEvaluation(yTrue, yPred, options = {}) {
    const n = checkSameLength('multiclass evaluation', yTrue, yPred, options.proba);
    const classes = options.classes ? uniqueLabels(options.classes) : uniqueLabels(yTrue, yPred);
    const index = new Map(classes.map((c, i) => [c, i]));
    const encode = (y, what) => {
        const out = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            const k = index.get(y[i]);
            if (k === undefined)
                throw new InputError(`multiclass evaluation: ${what} label ${String(y[i])} at row ${i} is not one of ${classes.join(', ')}`);
            out[i] = k;
        }
        return out;
    };
    if (options.proba && options.proba.some((row) => row.length !== classes.length)) {
        throw new InputError(`multiclass evaluation: probability rows must have ${classes.length} columns (${classes.join(', ')})`);
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
function metrics_regressionEvaluation(yTrue, yPred) {
    const n = checkSameLength('regression evaluation', yTrue, yPred);
    const t = Float64Array.from(yTrue);
    const p = Float64Array.from(yPred);
    const absError = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        if (!Number.isFinite(t[i]) || !Number.isFinite(p[i]))
            throw new InputError(`regression evaluation: non-finite value at row ${i}`);
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
const fromSummary = (name) => (d, w) => metrics_BINARY_FROM_SUMMARY[name](metrics_summarizeBinary(d, w));
function prfSpec(name, which, average) {
    const call = `${which}_score(average='${average}'${average === 'binary' ? ', pos_label' : ''})`;
    return spec(name, 'higher', call, {
        binary: fromSummary(name),
        ...(average === 'binary' ? {} : { multiclass: (d, w) => mcPrf(d, average, w)[which] }),
    });
}
const metrics_METRICS = {
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
function metrics_metricsForTask(task) {
    return METRIC_NAMES.map((n) => metrics_METRICS[n]).filter((m) => m.tasks.includes(task));
}
function resolveNames(data, names) {
    const list = names ? [...names] : metrics_metricsForTask(data.task).map((m) => m.name);
    for (const n of list) {
        const m = metrics_METRICS[n];
        if (!m)
            throw new InputError(`unknown metric "${String(n)}"`, { hint: `known metrics: ${METRIC_NAMES.join(', ')}` });
        if (!m.tasks.includes(data.task))
            notApplicable(n, data.task);
    }
    return list;
}
/** Point values of the named metrics (default: all that apply to the task). */
function metrics_computeMetrics(data, names) {
    const list = resolveNames(data, names);
    const out = {};
    if (data.task === 'binary') {
        const s = metrics_summarizeBinary(data);
        for (const n of list)
            out[n] = metrics_BINARY_FROM_SUMMARY[n](s);
    }
    else {
        for (const n of list)
            out[n] = metrics_METRICS[n].compute(data);
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
function metrics_bootstrapPlan(data, list) {
    if (data.task === 'binary') {
        return {
            summarize: resampleSummary(),
            finishers: Object.fromEntries(list.map((n) => [n, metrics_BINARY_FROM_SUMMARY[n]])),
        };
    }
    return {
        summarize: (d, w) => list.map((n) => metrics_METRICS[n].compute(d, w)),
        finishers: Object.fromEntries(list.map((n, i) => [n, (s) => s[i]])),
    };
}
function metrics_bootstrapMetrics(data, names, options = {}) {
    const { summarize, finishers } = metrics_bootstrapPlan(data, resolveNames(data, names));
    return bootstrapStatistics(summarize, finishers, data, options);
}

;// CONCATENATED MODULE: ../../../../shared/model/fairness-rates.ts
/** Counts of one classification outcome, per group: [n, positives, selected, tp, fp, score sum]. */
const fairness_rates_CLASS_STATS = 6;
/** Sums of one regression outcome, per group: [n, Σ|e|, Σe², Σe], e = prediction − target. */
const fairness_rates_REG_STATS = 4;
/**
 * Per-group sums of every outcome in one pass over the rows: `out[(o * groups + g) * width + k]`.
 * `codes[i]` is row i's group (0..groups−1); `weights` are the bootstrap multiplicities (all 1 when
 * absent).
 */
function fairness_rates_classificationGroupStats(codes, groups, outcomes, weights) {
    const out = new Float64Array(outcomes.length * groups * fairness_rates_CLASS_STATS);
    const n = codes.length;
    for (let o = 0; o < outcomes.length; o++) {
        const { y, pred, score } = outcomes[o];
        const base = o * groups * fairness_rates_CLASS_STATS;
        for (let i = 0; i < n; i++) {
            const w = weights ? weights[i] : 1;
            if (w === 0)
                continue;
            const at = base + codes[i] * fairness_rates_CLASS_STATS;
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
function fairness_rates_regressionGroupStats(codes, groups, outcome, weights) {
    const out = new Float64Array(groups * fairness_rates_REG_STATS);
    const { y, pred } = outcome;
    for (let i = 0; i < codes.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        const at = codes[i] * fairness_rates_REG_STATS;
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
function fairness_rates_classRate(stats, at, name) {
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
function fairness_rates_regressionError(stats, at, name) {
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
const fairness_rates_CLASSIFICATION_SUMMARIES = [
    'demographic_parity_difference',
    'demographic_parity_ratio',
    'equalized_odds_difference',
    'equalized_odds_ratio',
    'equal_opportunity_difference',
    'disparate_impact_ratio',
];
const fairness_rates_REGRESSION_SUMMARIES = ['mae_max_gap', 'rmse_max_gap', 'mean_error_max_gap'];
/** Which way is better: differences and gaps toward 0, ratios toward 1. */
const fairness_rates_SUMMARY_DIRECTION = {
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
const fairness_rates_SUMMARY_RATES = {
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
function fairness_rates_classificationSummary(name, stats, outcomeBase, spans) {
    const values = (r) => (spans[r] ?? []).map((g) => fairness_rates_classRate(stats, outcomeBase + g * fairness_rates_CLASS_STATS, r));
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
function fairness_rates_regressionSummary(name, stats, groups) {
    const error = name === 'mae_max_gap' ? 'mae' : name === 'rmse_max_gap' ? 'rmse' : 'mean_error';
    return spread(groups.map((g) => fairness_rates_regressionError(stats, g * fairness_rates_REG_STATS, error)));
}

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
const KNOWN = new Map([...Object.values(metrics_METRICS).map((m) => [m.name, m.direction]), ...METRIC_ALIASES]);
/** A split's name before `_` (Keras `val_`, Hugging Face `eval_`, MLflow `training_`, TensorBoard `epoch_`). */
const SPLIT_PREFIX = /^(?:train|training|val|valid|validation|test|eval|epoch)_/;
function known(part) {
    const p = part.toLowerCase();
    return KNOWN.get(p) ?? KNOWN.get(p.replace(SPLIT_PREFIX, ''));
}
/** The direction for a standard or aliased metric name; undefined when it is not known (or the parts disagree). */
function metric_direction_defaultDirection(name) {
    const exact = known(name);
    if (exact)
        return exact;
    const hits = new Set(name.split(/[./:]/).map(known).filter((d) => d !== undefined));
    return hits.size === 1 ? [...hits][0] : undefined;
}

// EXTERNAL MODULE: ../../../../shared/runtime/lazy-schema.ts
var lazy_schema = __webpack_require__(62881);
// EXTERNAL MODULE: ../../../../shared/formats/evaluation-format.ts
var evaluation_format = __webpack_require__(59729);
;// CONCATENATED MODULE: ../../../../shared/formats/drift-format.ts
/**
 * `mlops-actions/drift@1`: what drift-check (`mlops drift`, actions/drift-check) writes. Defined once
 * here (zod) and documented in docs/formats.md. The retraining PR's body, the job summary and the
 * local forge's files are rendered from it.
 */



const DRIFT_SCHEMA = 'mlops-actions/drift@1';
/** Statistical tests and distances, by the names Evidently uses. */
const DRIFT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'];
/** p-value tests drift when p < threshold; distances drift when statistic >= threshold. */
const drift_format_P_VALUE_TESTS = new Set(['ks', 'chisquare', 'z']);
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const drift_format_schemas = (0,lazy_schema/* once */.Oo)(() => {
    const columnDriftSchema = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        /** How the column was compared: numeric (distribution of numbers) or categorical (counts of values). */
        kind: schemas/* enum */.k5n(['numeric', 'categorical']),
        test: schemas/* enum */.k5n(DRIFT_TESTS),
        /** KS D, chi-square X², Z, normed Wasserstein distance, Jensen-Shannon distance, PSI. */
        statistic: schemas/* number */.aig(),
        /** For p-value tests (ks, chisquare, z); null for distances. */
        p_value: schemas/* number */.aig().nullable(),
        /** p-value tests: drift when p_value < threshold; distances: drift when statistic >= threshold. */
        threshold: schemas/* number */.aig(),
        drifted: schemas/* boolean */.zMY(),
        /** exact: both sides' raw values; sketch: the reference (or current) side came from a profile's sketches. */
        method: schemas/* enum */.k5n(['exact', 'sketch']),
        /** Why this test: "default: numeric, 1095 reference rows > 1000, 380 values > 5" or "configured". */
        reason: schemas/* string */.YjP(),
        reference_rows: schemas/* number */.aig().int().nonnegative(),
        current_rows: schemas/* number */.aig().int().nonnegative(),
    });
    const skippedColumnSchema = schemas/* object */.Ikc({ column: schemas/* string */.YjP(), reason: schemas/* string */.YjP() });
    /** A drifted column far past its threshold (shared/drift/column-alarm.ts). */
    const columnAlarmSchema = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        test: schemas/* enum */.k5n(DRIFT_TESTS),
        statistic: schemas/* number */.aig(),
        p_value: schemas/* number */.aig().nullable(),
        threshold: schemas/* number */.aig(),
        /** p_value: p below the floor; distance: statistic at or above distance_ratio × threshold. */
        rule: schemas/* enum */.k5n(['p_value', 'distance']),
        /** The floor (p_value) or the distance that raised the alarm (distance_ratio × threshold). */
        limit: schemas/* number */.aig(),
        /** One sentence: "temp_max: Wasserstein distance 0.476 (threshold 0.1): 4.76× the threshold, alarm at 3×". */
        message: schemas/* string */.YjP(),
    });
    const metricCheckSchema = schemas/* object */.Ikc({
        /** The metric's name as configured (e.g. accuracy, latency_p95). */
        name: schemas/* string */.YjP(),
        /** Where the value came from: "prometheus: <query>", "http: <url>", "metrics_file: <file> <name>", "evaluation of current data". */
        source: schemas/* string */.YjP(),
        value: schemas/* number */.aig().nullable(),
        /** min: value >= threshold; max: value <= threshold; max_drop: baseline - value <= threshold. */
        rule: schemas/* enum */.k5n(['min', 'max', 'max_drop']),
        threshold: schemas/* number */.aig(),
        /** max_drop: the released model's evaluation value it is measured against. */
        baseline: schemas/* number */.aig().nullable(),
        passed: schemas/* boolean */.zMY(),
        message: schemas/* string */.YjP(),
    });
    /** One bound on one fairness summary of one sensitive column (drift.models.<model>.fairness.rules). */
    const fairnessRuleCheckSchema = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        /** Added within @1: task multiclass, the class seen one-vs-rest (a rule is checked on every class); absent otherwise. */
        positive_class: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional(),
        /** The summary as evaluate names it: disparate_impact_ratio, equal_opportunity_difference, … */
        summary: schemas/* string */.YjP(),
        /** min: value >= threshold; max: value <= threshold. */
        rule: schemas/* enum */.k5n(['min', 'max']),
        threshold: schemas/* number */.aig(),
        /** null when the summary could not be computed (too few labelled rows per group): not checked. */
        value: schemas/* number */.aig().nullable(),
        ci: schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]).nullable(),
        /** null: not checked (does not decide). false: breached (decision degradation). */
        passed: schemas/* boolean */.zMY().nullable(),
        message: schemas/* string */.YjP(),
    });
    /** Group fairness on the production rows whose outcome has arrived (shared/drift/fairness-check.ts). */
    const driftFairnessSchema = schemas/* object */.Ikc({
        /** binary: group rates of one positive class; multiclass (added within @1): of every class one-vs-rest; regression: group errors. */
        task: schemas/* enum */.k5n(['binary', 'multiclass', 'regression']),
        label: schemas/* string */.YjP(),
        prediction: schemas/* string */.YjP().nullable(),
        score: schemas/* string */.YjP().nullable(),
        /** score > threshold is predicted positive; null when a prediction column gives the class (and for regression). */
        threshold: schemas/* number */.aig().nullable(),
        /** null when no row had a label yet, and for regression. */
        positive_class: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).nullable(),
        /** Rows the table sources gave. */
        rows: schemas/* number */.aig().int().nonnegative(),
        /** Rows in the summaries: labelled, with a prediction (or score). */
        used: schemas/* number */.aig().int().nonnegative(),
        /** Rows left out because their outcome has not arrived (no label). */
        missing_label: schemas/* number */.aig().int().nonnegative(),
        /** Labelled rows left out because they have no prediction (or score). */
        missing_prediction: schemas/* number */.aig().int().nonnegative(),
        bootstrap: schemas/* object */.Ikc({ resamples: schemas/* number */.aig().int(), confidence: schemas/* number */.aig(), seed: schemas/* number */.aig().int() }).nullable(),
        /** evaluation@1's `fairness` object, as evaluate --sensitive computes it on these rows. */
        section: evaluation_format/* fairnessSchema */.N5,
        rules: schemas/* array */.YOg(fairnessRuleCheckSchema),
    });
    const driftReportSchema = schemas/* object */.Ikc({
        schema: schemas/* literal */.euz(DRIFT_SCHEMA),
        model: schemas/* string */.YjP().nullable(),
        /** When the check ran (ISO 8601). */
        created_at: schemas/* string */.YjP(),
        reference: schemas/* object */.Ikc({
            /** production: the profile in the manifest of the model's alias; profile / data: a file given. */
            kind: schemas/* enum */.k5n(['production', 'profile', 'data']),
            file: schemas/* string */.YjP().nullable(),
            /** production: the version and tag the alias pointed to. */
            version: schemas/* string */.YjP().nullable(),
            tag: schemas/* string */.YjP().nullable(),
            alias: schemas/* string */.YjP().nullable(),
            rows: schemas/* number */.aig().int().nonnegative(),
            sha256: schemas/* string */.YjP().nullable(),
        }),
        current: schemas/* object */.Ikc({
            rows: schemas/* number */.aig().int().nonnegative(),
            // metrics_file: added within @1 (a source kind readers of older reports never see).
            sources: schemas/* array */.YOg(schemas/* object */.Ikc({ kind: schemas/* enum */.k5n(['file', 'http', 'prometheus', 'metrics_file']), name: schemas/* string */.YjP(), rows: schemas/* number */.aig().int().nonnegative().nullable() })),
            /** The data window the sources cover, when known (Prometheus ranges, configured windows). */
            window: schemas/* object */.Ikc({ from: schemas/* string */.YjP().nullable(), to: schemas/* string */.YjP().nullable() }),
        }),
        data: schemas/* object */.Ikc({
            /** share >= share_threshold (Evidently's dataset drift rule). */
            dataset_drift: schemas/* boolean */.zMY(),
            /** Drifted columns / tested columns (0 when none were tested). */
            share: schemas/* number */.aig().min(0).max(1),
            share_threshold: schemas/* number */.aig().min(0).max(1),
            tested: schemas/* number */.aig().int().nonnegative(),
            drifted: schemas/* number */.aig().int().nonnegative(),
            columns: schemas/* array */.YOg(columnDriftSchema),
            skipped: schemas/* array */.YOg(skippedColumnSchema),
            /**
             * Added within @1 (written by every check now; absent in older reports, read as no alarms and
             * fail_on dataset): the column alarms, strongest first, the rules that raised them, and whether
             * they decide (fail_on: column) or only warn (dataset).
             */
            alarms: schemas/* array */.YOg(columnAlarmSchema).optional(),
            alarm_rules: schemas/* object */.Ikc({ p_value: schemas/* number */.aig().min(0).max(1), distance_ratio: schemas/* number */.aig().positive() }).optional(),
            fail_on: schemas/* enum */.k5n(['dataset', 'column']).optional(),
        }),
        metrics: schemas/* array */.YOg(metricCheckSchema),
        /** ok; drift (dataset drift, or a column alarm with fail_on: column); degradation (a metric rule failed, or a fairness bound was breached); drift_and_degradation. */
        decision: schemas/* enum */.k5n(['ok', 'drift', 'degradation', 'drift_and_degradation']),
        /** One line per reason, for logs, the PR body and the request file. */
        reasons: schemas/* array */.YOg(schemas/* string */.YjP()),
        /**
         * Added within @1 (absent in older reports and when the model has no explanation): the model's
         * permutation importances (explain's explanation.json, from the reference release or given),
         * by which drifted columns are ordered, and the top features among the drifted columns.
         */
        importance: schemas/* object */.Ikc({
            /** Where the importances came from: the release's explanation asset (its tag) or a file. */
            source: schemas/* string */.YjP(),
            metric: schemas/* string */.YjP(),
            /** A feature ranked this high or higher is a top feature. */
            top: schemas/* number */.aig().int().positive(),
            features: schemas/* array */.YOg(schemas/* object */.Ikc({ feature: schemas/* string */.YjP(), rank: schemas/* number */.aig().int().positive(), importance_mean: schemas/* number */.aig() })),
            /** Drifted columns that are top features, by rank. */
            top_drifted: schemas/* array */.YOg(schemas/* string */.YjP()),
        })
            .optional(),
        /**
         * Added within @1 (absent in older reports and when drift.models.<model>.fairness is not set):
         * the fairness summaries on production rows and the bounds checked on them.
         */
        fairness: driftFairnessSchema.optional(),
    });
    return { columnDriftSchema, skippedColumnSchema, columnAlarmSchema, metricCheckSchema, fairnessRuleCheckSchema, driftFairnessSchema, driftReportSchema };
});
const columnDriftSchema = (0,lazy_schema/* lazySchema */.ID)(() => drift_format_schemas().columnDriftSchema);
const skippedColumnSchema = (0,lazy_schema/* lazySchema */.ID)(() => drift_format_schemas().skippedColumnSchema);
const columnAlarmSchema = (0,lazy_schema/* lazySchema */.ID)(() => drift_format_schemas().columnAlarmSchema);
const metricCheckSchema = (0,lazy_schema/* lazySchema */.ID)(() => drift_format_schemas().metricCheckSchema);
const fairnessRuleCheckSchema = (0,lazy_schema/* lazySchema */.ID)(() => drift_format_schemas().fairnessRuleCheckSchema);
const driftFairnessSchema = (0,lazy_schema/* lazySchema */.ID)(() => drift_format_schemas().driftFairnessSchema);
const driftReportSchema = (0,lazy_schema/* lazySchema */.ID)(() => drift_format_schemas().driftReportSchema);

;// CONCATENATED MODULE: ../../../../shared/formats/drift-text.ts
const TEST_NAMES = {
    ks: 'KS',
    chisquare: 'chi-square',
    z: 'Z-test',
    wasserstein: 'Wasserstein distance',
    jensenshannon: 'Jensen-Shannon distance',
    psi: 'PSI',
};
/** Three significant digits; p-values and other tiny numbers in exponent form (2.13e-34). */
function formatDriftNumber(x) {
    if (x === 0 || !Number.isFinite(x))
        return String(x);
    if (Math.abs(x) < 1e-3)
        return x.toExponential(2).replace(/\.?0+e/, 'e');
    return String(Number(x.toPrecision(3)));
}
/** How far a column moved, without its name: "Wasserstein distance 0.476 (threshold 0.1)". */
function columnMovement(c) {
    const name = TEST_NAMES[c.test];
    if (c.p_value !== null)
        return `${name} p-value ${formatDriftNumber(c.p_value)} (threshold ${formatDriftNumber(c.threshold)}; statistic ${formatDriftNumber(c.statistic)})`;
    return `${name} ${formatDriftNumber(c.statistic)} (threshold ${formatDriftNumber(c.threshold)})`;
}
/**
 * How far a column moved, in one plain sentence:
 * "temp_max: Wasserstein distance 0.476 (threshold 0.1)" or
 * "wind: KS p-value 2.13e-34 (threshold 0.05; statistic 0.455)". The name is raw: renderers escape it.
 */
function drift_text_describeColumnDrift(c) {
    return `${c.column}: ${columnMovement(c)}`;
}
/** Why an alarm was raised: "below the alarm floor 1e-6" or "4.76× the threshold, alarm at 3×". */
function drift_text_alarmReason(a) {
    if (a.rule === 'p_value')
        return `below the alarm floor ${formatDriftNumber(a.limit)}`;
    if (!(a.threshold > 0))
        return `at or past ${formatDriftNumber(a.limit)}`;
    return `${formatDriftNumber(a.statistic / a.threshold)}× the threshold, alarm at ${formatDriftNumber(a.limit / a.threshold)}×`;
}

;// CONCATENATED MODULE: ../../../../shared/drift/column-alarm.ts
/**
 * Column alarms: a column that moved so far that one column alone is worth a person's attention,
 * whatever the dataset-drift share says. Evidently's share rule (drifted / tested >= 0.5) stays the
 * default decision; on a wide table it stays "ok" while three columns sit at KS p = 1e-19. An alarm
 * is a drifted column with
 *
 * - a p-value test (ks, chisquare, z): p < `p_value` (default 1e-6). With no drift, p is uniform,
 *   so one column passes the floor once in a million checks: 31 columns checked daily, once in ~88
 *   years;
 * - a distance (wasserstein, jensenshannon, psi): statistic >= `distance_ratio` × the column's
 *   threshold (default 3, so 0.3 for the 0.1 defaults). Measured on real data (random 1096/365
 *   splits of Seattle's 2012-2015 weather, the example project's shape, 500 each, SciPy): the largest
 *   no-drift values were normed Wasserstein 0.234 (precipitation), PSI 0.230 (wind), Jensen-Shannon
 *   0.103 (weather), so 2× (0.2) is crossed by noise and 3× is the smallest whole factor no split
 *   reached. Seattle 2015 against 2012-2014 peaks at 1.8× (temp_max); New York against Seattle
 *   alarms on temp_max (4.8×), temp_min (8.8×) and wind (10.9×). PSI 0.3 is also past the 0.25
 *   that practitioners read as a major shift.
 *
 * Pure: column results in, alarms out. The sentences here are the ones the PR body, the job
 * summary, the action's warning annotations and the CLI's stderr show.
 */


const DEFAULT_ALARM_RULES = { p_value: 1e-6, distance_ratio: 3 };
/** What decides the step: Evidently's dataset share only, or also any column alarm. */
const FAIL_ON = ['dataset', 'column'];
/** The alarm of one column, or null: only a drifted column can alarm. */
function columnAlarm(c, rules = DEFAULT_ALARM_RULES) {
    if (!c.drifted)
        return null;
    let rule;
    let limit;
    if (P_VALUE_TESTS.has(c.test)) {
        if (c.p_value === null || !(c.p_value < rules.p_value))
            return null;
        rule = 'p_value';
        limit = rules.p_value;
    }
    else {
        // 3 × 0.1 is 0.30000000000000004 in binary: the limit is kept to 12 digits (0.3), and a PSI of
        // 0.3 is 3× its 0.1, so the comparison has a relative hair of slack.
        limit = Number((rules.distance_ratio * c.threshold).toPrecision(12));
        if (!(c.statistic >= limit * (1 - 1e-12)))
            return null;
        rule = 'distance';
    }
    const alarm = { column: c.column, test: c.test, statistic: c.statistic, p_value: c.p_value, threshold: c.threshold, rule, limit };
    return { ...alarm, message: `${describeColumnDrift(c)}: ${alarmReason(alarm)}` };
}
/**
 * The alarms of a check, strongest first by the PR body's drift score (threshold ÷ p-value, or
 * distance ÷ threshold: how many times past the column's own threshold), then by name.
 */
function columnAlarms(columns, rules = DEFAULT_ALARM_RULES) {
    const strength = (a) => a.p_value !== null ? (a.p_value > 0 ? a.threshold / a.p_value : Number.MAX_VALUE) : a.threshold > 0 ? a.statistic / a.threshold : Number.MAX_VALUE;
    return columns
        .map((c) => columnAlarm(c, rules))
        .filter((a) => a !== null)
        .sort((a, b) => strength(b) - strength(a) || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
}

// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(79171);
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
function closest_match_closestMatch(word, candidates) {
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
function key_path_formatKeyPath(path) {
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
            throw error(`invalid YAML: ${shortened(first, 200)}`, { location: { file, line, column: col }, hint: 'check indentation and quoting near this position' });
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
    const where = key_path_formatKeyPath(path);
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
                const close = closest_match_closestMatch(key, allowed);
                return {
                    path,
                    atKey: key,
                    what: `unknown key "${shortened(key, 60)}"${path.length ? ` in ${where}` : ''}`,
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
            const close = typeof value === 'string' ? closest_match_closestMatch(value, options) : undefined;
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
async function yaml_source_loadYamlFile(file, schema, options) {
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
    return yaml_source_parseYamlText(text, file, schema, options);
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
function yaml_source_parseYamlText(text, file, schema, options) {
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
    test: schemas/* enum */.k5n(DRIFT_TESTS).describe('The test instead of the default: ks, chisquare, z (p-values), wasserstein (normed by the reference std), jensenshannon (natural log), psi'),
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
        .describe(`A drifted column of a p-value test (ks, chisquare, z) alarms when p < this (default ${DEFAULT_ALARM_RULES.p_value.toExponential()}; 0 turns it off)`),
    distance_ratio: schemas/* number */.aig()
        .min(1)
        .describe(`A drifted column of a distance (wasserstein, jensenshannon, psi) alarms when the statistic >= this × its threshold (default ${DEFAULT_ALARM_RULES.distance_ratio})`),
})
    .partial()
    .describe('Column alarms: one column moved so far that it is reported (and, with fail_on: column, decides) whatever the share');
const fairnessBoundSchema = schemas/* strictObject */.rej({
    min: schemas/* number */.aig().describe('The production value must be >= min (ratios: e.g. disparate_impact_ratio min 0.8, the four-fifths rule)'),
    max: schemas/* number */.aig().describe('The production value must be <= max (differences: e.g. equal_opportunity_difference max 0.1)'),
})
    .partial();
const FAIRNESS_SUMMARIES = [...fairness_rates_CLASSIFICATION_SUMMARIES, ...fairness_rates_REGRESSION_SUMMARIES];
/** Per summary (the names evaluate --sensitive writes, as compare's fairness rules): a bound. */
const driftFairnessRulesSchema = schemas/* strictObject */.rej(Object.fromEntries(FAIRNESS_SUMMARIES.map((name) => [name, fairnessBoundSchema])))
    .partial()
    .describe('Bounds on the fairness summaries of this sensitive column; a breach makes the decision degradation');
const drift_config_driftFairnessSchema = schemas/* strictObject */.rej({
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
    const allowed = regression ? fairness_rates_REGRESSION_SUMMARIES : fairness_rates_CLASSIFICATION_SUMMARIES;
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
    fail_on: schemas/* enum */.k5n(FAIL_ON)
        .default('dataset')
        .describe('What makes the decision drift (and opens the retraining PR): dataset (the share rule, default) or column (also any column alarm)'),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), metricRuleConfigSchema).optional().describe('Rules on production metrics from the sources'),
    fairness: drift_config_driftFairnessSchema.optional(),
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
        if (rule.direction !== undefined || metric_direction_defaultDirection(name) !== undefined)
            continue;
        const close = closest_match_closestMatch(name, METRIC_NAMES);
        out.push({
            path: [...base, name],
            what: `${key_path_formatKeyPath([...base, name])}: "${name}" is not a standard metric, so compare cannot tell which way is better`,
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
            const alias = (rule.direction ?? fairness_rates_SUMMARY_DIRECTION[name]) === 'higher' ? 'min' : 'max';
            if (rule.threshold !== undefined && rule[alias] !== undefined) {
                out.push({ path, what: `${key_path_formatKeyPath(path)}: threshold and ${alias} are one bound here (threshold is the older name of ${alias} for ${name})`, hint: `keep ${alias}: ${rule[alias]} and remove threshold` });
            }
            if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
                out.push({ path, what: `${key_path_formatKeyPath(path)}: min ${rule.min} is above max ${rule.max}, so no value passes`, hint: 'swap or fix the bounds' });
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
    return yaml_source_loadYamlFile(file, mlopsConfigSchema, {
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
async function mlops_config_gateRulesOf(o) {
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

;// CONCATENATED MODULE: ../../../../shared/formats/what-changed-format.ts
/**
 * The "What changed" part of `mlops-actions/comparison@1` (`what_changed`, added within @1: readers
 * of older comparisons find it absent): why the metrics may have moved, from the head's and the
 * baseline's run records (`mlops-actions/run@1`, params, command, input digests, environment) and
 * training-data profiles (`mlops-actions/profile@1`). Built by shared/compare/what-changed.ts,
 * rendered by shared/report/what-changed-section.ts, documented in docs/compare.md ("What changed").
 *
 * Values a person wrote (params, paths, column names) are data: stored as strings and escaped when
 * rendered. A long param value is kept shortened, with the SHA-256 of the whole value.
 */



const what_changed_format_schemas = (0,lazy_schema/* once */.Oo)(() => {
    /** A param value as JSON text; `sha256` (of the whole JSON text) when `value` was shortened. */
    const paramValue = schemas/* object */.Ikc({ value: schemas/* string */.YjP(), sha256: schemas/* string */.YjP().optional() });
    const paramsDiffSchema = schemas/* object */.Ikc({
        /** Nested keys flattened with dots (`featurize.max_features`), sorted. */
        added: schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP(), to: paramValue })),
        removed: schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP(), from: paramValue })),
        changed: schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP(), from: paramValue, to: paramValue })),
        unchanged: schemas/* number */.aig().int().nonnegative(),
        /** Differences beyond the first MAX_LISTED_PARAMS of each kind: counted, not listed. */
        not_listed: schemas/* number */.aig().int().nonnegative(),
        /** The training seed, when it differs. */
        seed: schemas/* object */.Ikc({ from: schemas/* number */.aig().int(), to: schemas/* number */.aig().int() }).nullable(),
    });
    const dataInputSchema = schemas/* object */.Ikc({
        /** The file as the profile names it. */
        path: schemas/* string */.YjP(),
        /** Rows in the baseline's / head's training data (null: not in that side's data). */
        rows_from: schemas/* number */.aig().int().nonnegative().nullable(),
        rows_to: schemas/* number */.aig().int().nonnegative().nullable(),
        /** SHA-256 from the side's run record inputs; null when the run record does not list the file. */
        sha256_from: schemas/* string */.YjP().nullable(),
        sha256_to: schemas/* string */.YjP().nullable(),
    });
    const dataDiffSchema = schemas/* object */.Ikc({
        rows: schemas/* object */.Ikc({ from: schemas/* number */.aig().int().nonnegative(), to: schemas/* number */.aig().int().nonnegative() }),
        inputs: schemas/* array */.YOg(dataInputSchema),
        columns_added: schemas/* array */.YOg(schemas/* string */.YjP()),
        columns_removed: schemas/* array */.YOg(schemas/* string */.YjP()),
        /** Columns whose distribution moved (the drift step's test and threshold on the two profiles), strongest first. */
        moved: schemas/* array */.YOg(columnDriftSchema),
        /** Columns tested that did not move. */
        unmoved: schemas/* number */.aig().int().nonnegative(),
        /** Columns not tested, with why (time columns, no values, ignored in the drift settings). */
        skipped: schemas/* array */.YOg(schemas/* object */.Ikc({ column: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })),
    });
    const fileChangeSchema = schemas/* object */.Ikc({
        path: schemas/* string */.YjP(),
        change: schemas/* enum */.k5n(['changed', 'added', 'removed']),
        sha256_from: schemas/* string */.YjP().nullable(),
        sha256_to: schemas/* string */.YjP().nullable(),
    });
    const codeDiffSchema = schemas/* object */.Ikc({
        /** The training command as a person would type it, when it differs. */
        command: schemas/* object */.Ikc({ from: schemas/* string */.YjP(), to: schemas/* string */.YjP() }).nullable(),
        /** Declared inputs (other than the training data above) whose digests differ, were added or removed. */
        files: schemas/* array */.YOg(fileChangeSchema),
        unchanged_files: schemas/* number */.aig().int().nonnegative(),
        /** Runtime differences: platform, arch, node, python, runner image, each lockfile's digest. */
        environment: schemas/* array */.YOg(schemas/* object */.Ikc({ what: schemas/* string */.YjP(), from: schemas/* string */.YjP().nullable(), to: schemas/* string */.YjP().nullable() })),
    });
    const sideFilesSchema = schemas/* object */.Ikc({ run: schemas/* string */.YjP().nullable(), profile: schemas/* string */.YjP().nullable() });
    const whatChangedSchema = schemas/* object */.Ikc({
        /** The records read for each side (paths as given or found beside the evaluation report). */
        head: sideFilesSchema,
        baseline: sideFilesSchema,
        /**
         * `nothing`: params, data, code and environment are all the same; `code-only`: only declared
         * input files other than the data changed; `changed`: anything else; `unknown`: a side lacks
         * both records, so nothing could be compared.
         */
        summary: schemas/* enum */.k5n(['nothing', 'code-only', 'changed', 'unknown']),
        /** Null when either side lacks its run record. */
        params: paramsDiffSchema.nullable(),
        /** Null when either side lacks its training-data profile. */
        data: dataDiffSchema.nullable(),
        /** Null when either side lacks its run record. */
        code: codeDiffSchema.nullable(),
        /** What could not be compared and why, one sentence each. */
        notes: schemas/* array */.YOg(schemas/* string */.YjP()),
    });
    return { paramsDiffSchema, dataDiffSchema, codeDiffSchema, fileChangeSchema, whatChangedSchema };
});
const paramsDiffSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().paramsDiffSchema);
const dataDiffSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().dataDiffSchema);
const codeDiffSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().codeDiffSchema);
const fileChangeSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().fileChangeSchema);
const whatChangedSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().whatChangedSchema);

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

;// CONCATENATED MODULE: ../../../../shared/formats/comparison-format.ts
/**
 * `mlops-actions/comparison@1`: one evaluation report (the head, usually a PR's model) compared with
 * a baseline report, the gate's rule results and the verdict. Written by the compare step, read by
 * the PR comment / summary renderers and by the check run. Semantics in docs/compare.md.
 *
 * Numbers that cannot exist are null, never NaN: a metric missing on one side has a null value and
 * delta; a relative delta with a zero baseline is null.
 */




const comparison_format_COMPARISON_SCHEMA = 'mlops-actions/comparison@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const comparison_format_schemas = (0,lazy_schema/* once */.Oo)(() => {
    const interval = schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]);
    const direction = schemas/* enum */.k5n(['higher', 'lower']);
    /** `max` / `min` (added within @1): a fairness summary's plain bounds, head <= max / head >= min. */
    const ruleKindSchema = schemas/* enum */.k5n(['present', 'threshold', 'max', 'min', 'min_absolute_change', 'min_relative_change', 'max_regression']);
    const ruleResultSchema = schemas/* object */.Ikc({
        /** `present`: the head must carry the metric (implied by any rule on it). */
        rule: ruleKindSchema,
        /** The configured value (null for `present`). */
        value: schemas/* number */.aig().nullable(),
        /** What the head value was compared with (threshold, or the bound derived from the baseline); null when not evaluated. */
        bound: schemas/* number */.aig().nullable(),
        outcome: schemas/* enum */.k5n(['pass', 'fail', 'skipped']),
        severity: schemas/* enum */.k5n(['error', 'warn']),
        /** One sentence a reviewer can read: "0.9460 >= 0.9320 + 0.01 = 0.9420". */
        message: schemas/* string */.YjP(),
    });
    const deltaLabelSchema = schemas/* enum */.k5n(['improvement', 'regression', 'within_noise', 'not_tested']);
    const significanceTestSchema = schemas/* object */.Ikc({
        name: schemas/* enum */.k5n(['mcnemar', 'delong']),
        /** mcnemar: `exact-binomial` (b + c < 25) or `chi-square-cc`; delong: `fast-delong`. */
        method: schemas/* string */.YjP(),
        /** The test statistic: chi-square (McNemar, chi-square form), z (DeLong); null for the exact binomial form. */
        statistic: schemas/* number */.aig().nullable(),
        p_value: schemas/* number */.aig(),
        /** p_value < alpha. */
        significant: schemas/* boolean */.zMY(),
        /** mcnemar: { b: head right & baseline wrong, c: head wrong & baseline right }; delong: { se, positives, negatives }. */
        details: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    });
    /** Pass/fail of one metric's rules: `fail` if an error-severity rule failed, `warn` if only warn ones did. */
    const statusSchema = schemas/* enum */.k5n(['pass', 'fail', 'warn', 'none']);
    const metricComparisonSchema = schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        /** Which way is better; null when neither the config, the report nor the registry says. */
        direction: direction.nullable(),
        head: schemas/* number */.aig().nullable(),
        baseline: schemas/* number */.aig().nullable(),
        /** head − baseline. */
        delta: schemas/* number */.aig().nullable(),
        /** (head − baseline) / |baseline|; null for a zero or missing baseline. */
        relative_delta: schemas/* number */.aig().nullable(),
        /** The reports' own bootstrap CIs of each value. */
        head_ci: interval.nullable(),
        baseline_ci: interval.nullable(),
        /** Paired bootstrap percentile CI of the delta (same rows in both); null when not tested. */
        delta_ci: interval.nullable(),
        /** Resamples on which the delta was undefined, left out of delta_ci. */
        delta_ci_invalid: schemas/* number */.aig().int().nonnegative().nullable(),
        /** p-value of the metric's paired test (McNemar for accuracy, DeLong for binary roc_auc), else null. */
        p_value: schemas/* number */.aig().nullable(),
        test: significanceTestSchema.nullable(),
        /** From delta_ci: excludes 0 on the better side → improvement, on the worse side → regression. */
        label: deltaLabelSchema,
        rules: schemas/* array */.YOg(ruleResultSchema),
        status: statusSchema,
    });
    const sliceComparisonSchema = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        value: schemas/* string */.YjP().nullable(),
        head_rows: schemas/* number */.aig().int().nonnegative().nullable(),
        baseline_rows: schemas/* number */.aig().int().nonnegative().nullable(),
        /** Why the slice's rules were not evaluated (too small, skipped by evaluate); null when they were. */
        skipped: schemas/* string */.YjP().nullable(),
        metrics: schemas/* array */.YOg(metricComparisonSchema),
        status: statusSchema,
    });
    /** One sensitive column's fairness summaries (one outcome: binary, one class, or regression), head against baseline. */
    const fairnessComparisonSchema = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        /** The outcome's positive class (multiclass: the class seen one-vs-rest); null for regression. */
        positive_class: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).nullable(),
        /** Why the rules were not evaluated (only in the baseline, not in the head); null when they were. */
        skipped: schemas/* string */.YjP().nullable(),
        /**
         * Each summary as a metric: head, baseline, delta, the reports' CIs, the paired bootstrap CI of
         * the delta and its label (delta_ci null: not paired-tested), rules.
         */
        summaries: schemas/* array */.YOg(metricComparisonSchema),
        status: statusSchema,
        /**
         * Added within @1 (absent in older comparisons): why the deltas have no paired CI (no baseline,
         * no per-example data, per-example files without this column's values, …); null when tested.
         */
        delta_not_tested: schemas/* string */.YjP().nullable().optional(),
    });
    const reportRefSchema = schemas/* object */.Ikc({
        /** Path of the report file; null when it was given in memory. */
        file: schemas/* string */.YjP().nullable(),
        source: schemas/* enum */.k5n(['predictions', 'import']),
        task: schemas/* enum */.k5n(['binary', 'multiclass', 'regression']).nullable(),
        rows: schemas/* number */.aig().int().nonnegative().nullable(),
        dataset_sha256: schemas/* string */.YjP().nullable(),
        examples_sha256: schemas/* string */.YjP().nullable(),
    });
    const comparisonSchema = schemas/* object */.Ikc({
        schema: schemas/* literal */.euz(comparison_format_COMPARISON_SCHEMA),
        /** The model name under `models:` in mlops.yaml; null when rules came from elsewhere. */
        model: schemas/* string */.YjP().nullable(),
        head: reportRefSchema,
        /** Null on a first run (no baseline). */
        baseline: reportRefSchema.nullable(),
        /** `report-only`: no rules were configured, so nothing was gated (never a silent pass). */
        verdict: schemas/* enum */.k5n(['pass', 'fail', 'report-only']),
        gate: schemas/* object */.Ikc({
            configured: schemas/* boolean */.zMY(),
            first_run: schemas/* enum */.k5n(['pass', 'fail']),
            /** Rules evaluated / failed (error severity) / warned (warn severity) / skipped. */
            rules: schemas/* number */.aig().int().nonnegative(),
            failed: schemas/* number */.aig().int().nonnegative(),
            warned: schemas/* number */.aig().int().nonnegative(),
            skipped: schemas/* number */.aig().int().nonnegative(),
            /** One line per failed or warned rule: "roc_auc: 0.90 < threshold 0.92". */
            failures: schemas/* array */.YOg(schemas/* string */.YjP()),
        }),
        significance: schemas/* object */.Ikc({
            /** Whether paired tests ran; when false, `reason` says why (every label is not_tested). */
            tested: schemas/* boolean */.zMY(),
            reason: schemas/* string */.YjP().nullable(),
            /** Rows present in both per-example files. */
            paired_rows: schemas/* number */.aig().int().nonnegative().nullable(),
            method: schemas/* literal */.euz('paired-percentile-bootstrap'),
            resamples: schemas/* number */.aig().int().nonnegative(),
            confidence: schemas/* number */.aig().gt(0).lt(1),
            alpha: schemas/* number */.aig().gt(0).lt(1),
            seed: schemas/* number */.aig().int(),
            prng: schemas/* string */.YjP(),
        }),
        metrics: schemas/* array */.YOg(metricComparisonSchema),
        slices: schemas/* array */.YOg(sliceComparisonSchema),
        warnings: schemas/* array */.YOg(schemas/* string */.YjP()),
        /**
         * Added within @1 (absent in comparisons written before it, and when neither side had a run
         * record or a training-data profile): params, data, code and environment, head against baseline.
         */
        what_changed: whatChangedSchema.optional(),
        /**
         * Added within @1 (absent when neither report has a fairness section and no fairness rule is
         * configured): the fairness summaries per sensitive column, head against baseline.
         */
        fairness: schemas/* array */.YOg(fairnessComparisonSchema).optional(),
        /**
         * Added within @1 (absent when neither side has an explanation): each side's top features by
         * permutation importance (explain's explanation.json beside each report), side by side.
         */
        explanations: explanationChangeSchema.optional(),
    });
    return { reportRefSchema, ruleKindSchema, ruleResultSchema, deltaLabelSchema, significanceTestSchema, statusSchema, metricComparisonSchema, sliceComparisonSchema, fairnessComparisonSchema, comparisonSchema };
});
const ruleKindSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().ruleKindSchema);
const ruleResultSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().ruleResultSchema);
const deltaLabelSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().deltaLabelSchema);
const significanceTestSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().significanceTestSchema);
const statusSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().statusSchema);
const metricComparisonSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().metricComparisonSchema);
const sliceComparisonSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().sliceComparisonSchema);
const fairnessComparisonSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().fairnessComparisonSchema);
const comparisonSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().comparisonSchema);

;// CONCATENATED MODULE: ../../../../shared/compare/rules.ts
/**
 * Gate rules: one metric's head value against its configured rules (and the baseline value).
 *
 * Semantics follow MLflow's MetricThreshold (mlflow/models/evaluation/validation.py), written out
 * with a table in docs/compare.md:
 * - every comparison is inclusive (a value exactly on the bound passes);
 * - `threshold`: head >= threshold (higher is better) / head <= threshold (lower is better);
 * - `min_absolute_change`: head >= baseline + v / head <= baseline − v;
 * - `min_relative_change`: head >= baseline + v·|baseline| / head <= baseline − v·|baseline|, with a
 *   zero baseline replaced by 1e-20 as MLflow does. MLflow writes baseline·(1 ± v), which is the
 *   same for a positive baseline; we use |baseline| so that a negative baseline (r2, a log
 *   likelihood) still demands an improvement instead of permitting a regression;
 * - `max_regression` (ours, not MLflow's): head >= baseline − v / head <= baseline + v. MLflow's
 *   change rules demand an improvement; a team re-training on fresh data or refactoring features
 *   needs "no worse than the baseline by more than v" (a non-inferiority margin) instead;
 * - a metric the rules name but the head lacks fails (`present`), as MLflow's missing candidate;
 * - a change rule without a baseline value fails, unless the first-run policy says pass, in which
 *   case it is `skipped` (MLflow always fails it).
 *
 * Rounding allowance: a bound computed in floating point (0.9 + 0.05 = 0.9500000000000001) would
 * fail a head of exactly 0.95, so comparisons allow 8 units in the last place of the operands.
 * That is far below any meaningful metric difference, and keeps the 1e-20 zero-baseline bound intact.
 */


/** MLflow's stand-in for a zero baseline in the relative rule. */
const ZERO_BASELINE_EPSILON = 1e-20;
const CHANGE_RULES = (/* unused pure expression or super */ null && (['min_absolute_change', 'min_relative_change', 'max_regression']));
/**
 * The direction of a metric: configured, else what a report recorded, else the registry's default
 * for standard names; undefined when nobody says.
 */
function rules_directionOf(name, configured, reported) {
    return configured ?? reported ?? defaultDirection(name);
}
/** directionOf, or a ContractError naming where the rule is and how to fix it. */
function rules_requireDirection(name, where, configured, reported) {
    const d = rules_directionOf(name, configured, reported);
    if (d)
        return d;
    throw new ContractError(`${where}: "${name}" is not a standard metric, so compare cannot tell whether higher or lower is better`, {
        hint: `add direction: higher or direction: lower to the rule for ${name}`,
    });
}
const rules_fmt = (x) => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6))));
/** a >= b (or a <= b), inclusive, with a rounding allowance relative to the operands. */
function atLeastAsGood(head, bound, direction, scale) {
    const slack = 8 * Number.EPSILON * Math.max(Math.abs(head), Math.abs(bound), scale);
    return direction === 'higher' ? head >= bound - slack : head <= bound + slack;
}
/** Every rule of one metric, in a fixed order: present, threshold, then the change rules. */
function rules_evaluateRules(input) {
    const { name, rule, direction, head, baseline, firstRun } = input;
    const severity = rule.severity ?? 'error';
    const ge = direction === 'higher' ? '>=' : '<=';
    const lt = direction === 'higher' ? '<' : '>';
    const out = [];
    const result = (kind, value, bound, outcome, message) => out.push({ rule: kind, value, bound, outcome, severity, message });
    if (head === undefined) {
        result('present', null, null, 'fail', `${name} is missing from the head report`);
        if (rule.threshold !== undefined)
            result('threshold', rule.threshold, null, 'skipped', `${name}: no head value to check`);
        for (const k of CHANGE_RULES)
            if (rule[k] !== undefined)
                result(k, rule[k], null, 'skipped', `${name}: no head value to check`);
        return out;
    }
    result('present', null, null, 'pass', `${name} is present`);
    if (rule.threshold !== undefined) {
        const t = rule.threshold;
        const ok = atLeastAsGood(head, t, direction, 0);
        result('threshold', t, t, ok ? 'pass' : 'fail', `${name} ${rules_fmt(head)} ${ok ? ge : lt} threshold ${rules_fmt(t)}`);
    }
    for (const k of CHANGE_RULES) {
        const v = rule[k];
        if (v === undefined)
            continue;
        if (baseline === undefined) {
            const why = input.noBaselineReason ?? 'no baseline value';
            if (firstRun === 'pass')
                result(k, v, null, 'skipped', `${name}: ${why}; ${k} not checked (first_run: pass)`);
            else
                result(k, v, null, 'fail', `${name}: ${why}, and first_run: fail`);
            continue;
        }
        const better = direction === 'higher' ? 1 : -1;
        let bound;
        let how;
        // What the rounding error of `bound` is relative to: the terms added to compute it.
        let scale = Math.max(Math.abs(baseline), v);
        if (k === 'min_absolute_change') {
            bound = baseline + better * v;
            how = `baseline ${rules_fmt(baseline)} ${better > 0 ? '+' : '−'} ${rules_fmt(v)}`;
        }
        else if (k === 'min_relative_change') {
            const b = baseline === 0 ? ZERO_BASELINE_EPSILON : baseline;
            bound = b + better * v * Math.abs(b);
            scale = Math.abs(b);
            how = `baseline ${rules_fmt(baseline)} ${better > 0 ? '+' : '−'} ${rules_fmt(v * 100)}%${baseline === 0 ? ' (zero baseline counted as 1e-20)' : ''}`;
        }
        else {
            bound = baseline - better * v;
            how = `baseline ${rules_fmt(baseline)} ${better > 0 ? '−' : '+'} ${rules_fmt(v)} allowed regression`;
        }
        const ok = atLeastAsGood(head, bound, direction, scale);
        result(k, v, bound, ok ? 'pass' : 'fail', `${name} ${rules_fmt(head)} ${ok ? ge : lt} ${how} = ${rules_fmt(bound)}`);
    }
    return out;
}
/** fail if an error-severity rule failed, warn if only warn-severity ones did, none without rules. */
function rules_statusOf(results) {
    if (results.length === 0)
        return 'none';
    if (results.some((r) => r.outcome === 'fail' && r.severity === 'error'))
        return 'fail';
    if (results.some((r) => r.outcome === 'fail'))
        return 'warn';
    return 'pass';
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


const significance_DEFAULT_ALPHA = 0.05;
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
function significance_mcnemarTest(headCorrect, baseCorrect) {
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
function significance_delongTest(positive, scoreHead, scoreBase) {
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
function significance_forEachPairedResample(rows, resamples, seed, visit) {
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
function significance_pairedBootstrapDeltas(head, base, metrics, options = {}) {
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
    significance_forEachPairedResample(n, resamples, seed, (r, counts) => {
        const summaries = new Map();
        for (const j of jobs)
            j.stats[r] = value(j.name, j.h, counts, summaries) - value(j.name, j.b, counts, summaries);
    });
    const out = {};
    for (const j of jobs)
        out[j.name] = significance_deltaInterval(value(j.name, j.h, undefined, full) - value(j.name, j.b, undefined, full), j.stats, confidence);
    return out;
}
/**
 * The percentile interval of per-resample deltas (NumPy "linear" quantiles), the resamples on which
 * a delta is undefined (NaN) left out and counted.
 */
function significance_deltaInterval(estimate, stats, confidence) {
    const alpha = 1 - confidence;
    const valid = stats.filter((x) => !Number.isNaN(x)).sort();
    return { estimate, lower: quantileSorted(valid, alpha / 2), upper: quantileSorted(valid, 1 - alpha / 2), invalid: stats.length - valid.length };
}
/** improvement / regression when the CI of the delta excludes 0 on the better / worse side. */
function significance_deltaLabel(ci, direction) {
    if (!ci || !direction || Number.isNaN(ci[0]) || Number.isNaN(ci[1]))
        return 'not_tested';
    const [lo, hi] = ci;
    if (lo > 0)
        return direction === 'higher' ? 'improvement' : 'regression';
    if (hi < 0)
        return direction === 'higher' ? 'regression' : 'improvement';
    return 'within_noise';
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ../../../../shared/compare/examples-pairing.ts
/**
 * Per-example files of two evaluation reports (shared/formats/examples-file.ts writes them), read and
 * paired row by row by `id`, then turned into prepared evaluations for the paired tests.
 *
 * Pairing is strict: both files must hold the same set of ids, and the same label for every id.
 * Anything else means the two models were not evaluated on the same rows, and a "paired" test would
 * be meaningless, so it is an InputError that says which ids differ.
 */







/** Reads a `.examples.jsonl.gz` file, checking it against what the report recorded (SHA-256, rows). */
async function examples_pairing_readExamplesFile(file, expected) {
    const hash = createHash('sha256');
    const tap = new Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            done(null, chunk);
        },
    });
    const input = createReadStream(file);
    const gunzip = createGunzip();
    const fail = (what, line, hint) => new InputError(what, { location: { file, line }, hint });
    const opened = new Promise((resolve, reject) => {
        input.once('open', () => resolve());
        input.once('error', (e) => reject(fail(e.code === 'ENOENT' ? 'per-example file not found' : `cannot read the per-example file: ${e.message}`, undefined, 'it is written next to the report by evaluate; copy both together')));
    });
    await opened;
    const rows = { file, ids: [], labels: [] };
    const preds = [];
    const numPreds = [];
    const score = [];
    const scores = [];
    const sensitive = new Map();
    const sensitiveOrder = [];
    const sensitiveLists = [];
    let lineNo = 0;
    const lines = createInterface({ input: input.pipe(tap).pipe(gunzip), crlfDelay: Infinity });
    const gunzipError = new Promise((_, reject) => gunzip.once('error', (e) => reject(fail(`not a gzip file: ${e.message}`, undefined, 'point the report at the file evaluate wrote'))));
    gunzipError.catch(() => undefined);
    const readAll = (async () => {
        for await (const line of lines) {
            lineNo++;
            if (line === '')
                continue;
            let o;
            try {
                o = JSON.parse(line);
            }
            catch {
                throw fail('not a JSON object', lineNo);
            }
            if (o === null || typeof o !== 'object' || !('id' in o) || !('label' in o))
                throw fail('each line needs "id" and "label"', lineNo);
            rows.ids.push(String(o.id));
            rows.labels.push(o.label);
            if ('prediction' in o) {
                if (typeof o.prediction === 'number')
                    numPreds.push(o.prediction);
                preds.push(o.prediction);
            }
            if ('score' in o)
                score.push(o.score);
            if ('sensitive' in o) {
                const v = o.sensitive;
                if (v === null || typeof v !== 'object' || Array.isArray(v))
                    throw fail('"sensitive" is not an object', lineNo);
                // Every row names the same columns in the same order: the previous row's lists, by position.
                let j = 0;
                for (const column in v) {
                    const x = v[column];
                    if (x !== null && typeof x !== 'string')
                        throw fail(`"sensitive" value of ${JSON.stringify(column)} is not text or null`, lineNo);
                    let values = sensitiveOrder[j] === column ? sensitiveLists[j] : undefined;
                    if (!values) {
                        values = sensitive.get(column);
                        if (!values)
                            sensitive.set(column, (values = []));
                        sensitiveOrder[j] = column;
                        sensitiveLists[j] = values;
                    }
                    values.push(x);
                    j++;
                }
            }
            if ('scores' in o) {
                const s = o.scores;
                if (rows.width === undefined)
                    rows.width = s.length;
                else if (s.length !== rows.width)
                    throw fail(`"scores" has ${s.length} values, earlier rows ${rows.width}`, lineNo);
                scores.push(...s);
            }
        }
    })();
    await Promise.race([readAll, gunzipError]);
    const n = rows.ids.length;
    if (preds.length)
        rows.predictions = numPreds.length === n && preds.length === n ? Float64Array.from(numPreds) : preds;
    if (score.length)
        rows.score = Float64Array.from(score);
    if (scores.length)
        rows.scores = Float64Array.from(scores);
    for (const [what, len] of [['prediction', preds.length], ['score', score.length], ['scores', rows.width ? scores.length / rows.width : 0]]) {
        if (len !== 0 && len !== n)
            throw fail(`"${what}" is on ${len} of ${n} rows`);
    }
    for (const [column, values] of sensitive)
        if (values.length !== n)
            throw fail(`"sensitive" has ${JSON.stringify(column)} on ${values.length} of ${n} rows`);
    if (sensitive.size > 0)
        rows.sensitive = sensitive;
    const digest = hash.digest('hex');
    if (expected?.sha256 !== undefined && digest !== expected.sha256) {
        throw fail(`SHA-256 ${digest} differs from the ${expected.sha256} its report records`, undefined, 'the file changed after evaluate wrote the report; re-run evaluate');
    }
    if (expected?.rows !== undefined && n !== expected.rows)
        throw fail(`${n} rows, but its report records ${expected.rows}`, undefined, 're-run evaluate');
    return rows;
}
const preview = (ids) => ids.slice(0, 5).map((s) => JSON.stringify(s)).join(', ') + (ids.length > 5 ? `, … (${ids.length} in all)` : '');
function permute(a, order, width = 1) {
    if (!a)
        return undefined;
    if (a instanceof Float64Array) {
        const out = new Float64Array(order.length * width);
        for (let i = 0; i < order.length; i++)
            out.set(a.subarray(order[i] * width, (order[i] + 1) * width), i * width);
        return out;
    }
    return Array.from(order, (j) => a[j]);
}
/** Pairs rows by id. Different id sets or different labels for one id → InputError. */
function examples_pairing_pairExamples(head, base) {
    const index = new Map();
    base.ids.forEach((id, i) => {
        if (index.has(id))
            throw new InputError(`id ${JSON.stringify(id)} occurs twice`, { location: { file: base.file }, hint: (o) => `evaluate with ${o.option('id')} naming a unique column` });
        index.set(id, i);
    });
    const order = new Uint32Array(head.ids.length);
    const seen = new Set();
    const onlyHead = [];
    head.ids.forEach((id, i) => {
        if (seen.has(id))
            throw new InputError(`id ${JSON.stringify(id)} occurs twice`, { location: { file: head.file }, hint: (o) => `evaluate with ${o.option('id')} naming a unique column` });
        seen.add(id);
        const j = index.get(id);
        if (j === undefined)
            onlyHead.push(id);
        else
            order[i] = j;
    });
    const onlyBase = base.ids.filter((id) => !seen.has(id));
    if (onlyHead.length || onlyBase.length) {
        throw new InputError(`the head and baseline were evaluated on different rows: ${onlyHead.length} ids only in the head (${preview(onlyHead) || 'none'}), ${onlyBase.length} only in the baseline (${preview(onlyBase) || 'none'})`, { location: { file: head.file }, hint: (o) => `evaluate both models on the same rows (same file, same ${o.option('id')} column), or compare without per-example data` });
    }
    for (let i = 0; i < head.ids.length; i++) {
        const a = head.labels[i];
        const b = base.labels[order[i]];
        if (JSON.stringify(a) !== JSON.stringify(b)) {
            throw new InputError(`id ${JSON.stringify(head.ids[i])} has label ${JSON.stringify(a)} in the head but ${JSON.stringify(b)} in the baseline (${base.file})`, {
                location: { file: head.file, line: i + 1 },
                hint: 'the two evaluations used different labels for the same row; evaluate both on the same labelled data',
            });
        }
    }
    const reordered = {
        file: base.file,
        ids: head.ids,
        labels: head.labels,
        predictions: permute(base.predictions, order),
        score: permute(base.score, order),
        scores: permute(base.scores, order, base.width),
        width: base.width,
        sensitive: base.sensitive && new Map([...base.sensitive].map(([column, values]) => [column, permute(values, order)])),
    };
    return { rows: head.ids.length, ids: head.ids, labels: head.labels, head, base: reordered };
}
// ---------------------------------------------------------------------------------------------
// Paired rows → prepared evaluations
const SCORE_METRICS = new Set(['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece']);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/** The model of `side` on the paired rows, with the predicted labels evaluate used for `report`. */
function pairedModel(report, rows, labels, reportName) {
    const n = labels.length;
    const task = report.task;
    const bad = (what) => new InputError(`${reportName}: ${what}`, { hint: 'the per-example file does not match its report; re-run evaluate' });
    if (task === 'regression') {
        if (!(rows.predictions instanceof Float64Array))
            throw bad('regression examples need numeric "prediction" values');
        const e = regressionEvaluation(labels, rows.predictions);
        return { rows: n, evaluationFor: () => e };
    }
    const cls = report.classification;
    if (!cls || (task !== 'binary' && task !== 'multiclass'))
        throw bad('paired tests need a binary, multiclass or regression report from predictions');
    if (task === 'binary') {
        const pos = cls.pos_label;
        const positive = Uint8Array.from(labels, (l) => (same(l, pos) ? 1 : 0));
        let predPos;
        if (rows.predictions)
            predPos = Uint8Array.from(rows.predictions, (p) => (same(p, pos) ? 1 : 0));
        const threshold = cls.threshold ?? 0.5;
        // The report's ECE bin count, so the paired ECE is the metric the report shows (evaluate's default is 15).
        const eceBins = cls.ece_bins;
        const scoreEval = rows.score ? binaryEvaluation(positive, rows.score, { posLabel: 1, threshold, eceBins }) : undefined;
        const labelEval = predPos ? binaryEvaluation(positive, Float64Array.from(predPos), { posLabel: 1, threshold: 0.5, eceBins }) : scoreEval;
        // The predicted label evaluate used: the prediction column, else score > threshold (strict).
        const predicted = predPos ?? (rows.score ? Uint8Array.from(rows.score, (s) => (s > threshold ? 1 : 0)) : undefined);
        return {
            rows: n,
            evaluationFor: (m) => (SCORE_METRICS.has(m) ? scoreEval : labelEval),
            correct: predicted && Uint8Array.from(predicted, (p, i) => (p === positive[i] ? 1 : 0)),
            positive,
            score: rows.score,
        };
    }
    const classes = cls.classes;
    const k = classes.length;
    let pred;
    if (rows.predictions)
        pred = Array.from(rows.predictions);
    else if (rows.scores && rows.width === k) {
        pred = Array.from({ length: n }, (_, i) => {
            let best = 0;
            for (let j = 1; j < k; j++)
                if (rows.scores[i * k + j] > rows.scores[i * k + best])
                    best = j;
            return classes[best];
        });
    }
    else
        throw bad('multiclass examples need "prediction" or "scores"');
    if (rows.scores && rows.width !== k)
        throw bad(`"scores" has ${rows.width} values per row but the report has ${k} classes`);
    const proba = rows.scores ? Array.from({ length: n }, (_, i) => rows.scores.subarray(i * k, (i + 1) * k)) : undefined;
    const e = multiclassEvaluation(labels, pred, { proba, classes, eceBins: cls.ece_bins });
    return {
        rows: n,
        evaluationFor: (m) => (SCORE_METRICS.has(m) && !proba ? undefined : e),
        correct: Uint8Array.from(pred, (p, i) => (same(p, labels[i]) ? 1 : 0)),
    };
}
/** Both models on the paired rows; checks that the reports agree on what the classes are. */
function examples_pairing_pairedModels(head, base, paired) {
    if (head.task !== base.task)
        throw new InputError(`the head is a ${head.task} evaluation but the baseline a ${base.task} one`, { hint: 'compare evaluations of the same task' });
    if (head.task === 'binary' && !same(head.classification?.pos_label, base.classification?.pos_label)) {
        const posLabel = (r) => (r.classification ? JSON.stringify(r.classification.pos_label) : 'not recorded (no classification block)');
        throw new InputError(`the head's positive class is ${posLabel(head)} but the baseline's ${posLabel(base)}`, {
            hint: (o) => `evaluate both with the same ${o.option('pos-label')}`,
        });
    }
    if (head.task === 'multiclass' && !same(head.classification?.classes, base.classification?.classes)) {
        const classes = (r) => r.classification?.classes.join(', ') ?? 'not recorded: no classification block';
        throw new InputError(`the head's classes (${classes(head)}) differ from the baseline's (${classes(base)})`, {
            hint: 'evaluate both on the same labelled data',
        });
    }
    return { head: pairedModel(head, paired.head, paired.labels, 'head'), base: pairedModel(base, paired.base, paired.labels, 'baseline') };
}

;// CONCATENATED MODULE: ../../../../shared/model/fairness.ts


/** The four-fifths rule: adverse impact when a group's selection rate is below 80% of the highest. */
const FOUR_FIFTHS = 0.8;
/**
 * A multiclass task's fairness outcomes, one-vs-rest: class c is the positive outcome, with its score
 * column P(c) when the predictions have `proba` (row-major, one value per class). Labels and
 * predictions are class indices; −1 (a class outside `classes`) is no class's positive.
 */
function fairness_oneVsRestOutcomes(classes, y, pred, proba) {
    const n = y.length;
    const k = classes.length;
    return {
        kind: 'classification',
        outcomes: classes.map((positiveClass, c) => {
            const yc = new Uint8Array(n);
            const pc = new Uint8Array(n);
            for (let i = 0; i < n; i++) {
                yc[i] = y[i] === c ? 1 : 0;
                pc[i] = pred[i] === c ? 1 : 0;
            }
            let score;
            if (proba) {
                score = new Float64Array(n);
                for (let i = 0; i < n; i++)
                    score[i] = proba[i * k + c];
            }
            return { positiveClass, y: yc, pred: pc, score };
        }),
    };
}
const RATE_TEXT = {
    selection_rate: 'selection rate',
    tpr: 'TPR (no positives)',
    fpr: 'FPR (no negatives)',
    fnr: 'FNR (no positives)',
    precision: 'precision (no predicted positives)',
    base_rate: 'observed rate',
    mean_score: 'mean score',
};
/** The groups of a column in report order (natural order, missing last), with dense codes. */
function groupsOf(col) {
    const k = col.values.length;
    const n = col.codes.length;
    let missing = false;
    for (let i = 0; i < n && !missing; i++)
        missing = col.codes[i] < 0;
    const order = col.values.map((value, code) => ({ code, value: value }));
    order.sort((a, b) => a.value.localeCompare(b.value, 'en', { numeric: true }));
    if (missing)
        order.push({ code: k, value: null });
    const dense = new Int32Array(k + 1);
    order.forEach((o, i) => (dense[o.code] = i));
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++)
        codes[i] = dense[col.codes[i] < 0 ? k : col.codes[i]];
    return { values: order.map((o) => o.value), codes };
}
const nullable = (x) => (Number.isNaN(x) ? null : x);
function metricValue(value, direction, ci) {
    const out = { value, direction };
    if (ci && Number.isFinite(ci.lower) && Number.isFinite(ci.upper)) {
        out.ci = [ci.lower, ci.upper];
        if (ci.invalid > 0)
            out.ci_invalid = ci.invalid;
    }
    return out;
}
/**
 * One sensitive column's groups, summaries and report entry. `plan.finishers` (keyed
 * `${prefix}${outcome index}:${summary}`) turn `summarize(w)`'s group sums into a summary, over the
 * groups fixed on the full data: fairnessSection bootstraps them, and compare's paired deltas
 * (shared/compare/fairness-deltas.ts) run them for both models on the same resamples.
 */
function fairness_fairnessColumnPlan(outcomes, col, settings, prefix) {
    const { values, codes } = groupsOf(col);
    const g = values.length;
    const sizes = new Uint32Array(g);
    for (let i = 0; i < codes.length; i++)
        sizes[codes[i]]++;
    const eligible = [];
    const skipped = [];
    values.forEach((value, i) => {
        if (sizes[i] >= settings.minGroupSize)
            eligible.push(i);
        else
            skipped.push({ value, rows: sizes[i], reason: `${sizes[i]} rows, fewer than the minimum group size ${settings.minGroupSize}` });
    });
    const tooFew = `fewer than 2 groups with at least ${settings.minGroupSize} rows`;
    const plan = { finishers: {}, outcomes: [] };
    const summarize = (w) => outcomes.kind === 'classification' ? classificationGroupStats(codes, g, outcomes.outcomes, w) : regressionGroupStats(codes, g, outcomes.outcome, w);
    const full = summarize();
    const report = [];
    if (outcomes.kind === 'classification') {
        outcomes.outcomes.forEach((o, oi) => {
            const base = oi * g * CLASS_STATS;
            const r = (gi, name) => classRate(full, base + gi * CLASS_STATS, name);
            const spans = {};
            for (const rateName of ['selection_rate', 'tpr', 'fpr'])
                spans[rateName] = eligible.filter((gi) => !Number.isNaN(r(gi, rateName)));
            const summaries = [];
            for (const name of CLASSIFICATION_SUMMARIES) {
                if (eligible.length < 2) {
                    summaries.push({ name, reason: tooFew });
                    continue;
                }
                const short = SUMMARY_RATES[name].find((rateName) => spans[rateName].length < 2);
                if (short) {
                    summaries.push({ name, reason: `fewer than 2 groups have a defined ${RATE_TEXT[short]}` });
                    continue;
                }
                const value = classificationSummary(name, full, base, spans);
                if (Number.isNaN(value)) {
                    summaries.push({ name, reason: `undefined: 0/0 (${SUMMARY_RATES[name].map((x) => RATE_TEXT[x]).join(' or ')} is 0 in every group)` });
                    continue;
                }
                const key = `${prefix}${oi}:${name}`;
                plan.finishers[key] = (stats) => classificationSummary(name, stats, base, spans);
                summaries.push({ name, key, value });
            }
            plan.outcomes.push({ summaries });
            report.push({
                kind: 'classification',
                positive_class: o.positiveClass,
                groups: eligible.map((gi) => {
                    const at = base + gi * CLASS_STATS;
                    return {
                        value: values[gi],
                        rows: full[at],
                        positives: full[at + 1],
                        predicted_positives: full[at + 2],
                        selection_rate: r(gi, 'selection_rate'),
                        tpr: nullable(r(gi, 'tpr')),
                        fpr: nullable(r(gi, 'fpr')),
                        fnr: nullable(r(gi, 'fnr')),
                        precision: nullable(r(gi, 'precision')),
                        base_rate: r(gi, 'base_rate'),
                        mean_score: o.score ? r(gi, 'mean_score') : null,
                    };
                }),
                summaries: {},
                omitted: [],
                four_fifths: null,
            });
        });
    }
    else {
        const summaries = [];
        for (const name of REGRESSION_SUMMARIES) {
            if (eligible.length < 2) {
                summaries.push({ name, reason: tooFew });
                continue;
            }
            const key = `${prefix}0:${name}`;
            plan.finishers[key] = (stats) => regressionSummary(name, stats, eligible);
            summaries.push({ name, key, value: regressionSummary(name, full, eligible) });
        }
        plan.outcomes.push({ summaries });
        report.push({
            kind: 'regression',
            groups: eligible.map((gi) => ({
                value: values[gi],
                rows: full[gi * REG_STATS],
                mae: regressionError(full, gi * REG_STATS, 'mae'),
                rmse: regressionError(full, gi * REG_STATS, 'rmse'),
                mean_error: regressionError(full, gi * REG_STATS, 'mean_error'),
            })),
            summaries: {},
            omitted: [],
        });
    }
    const finish = (cis) => {
        plan.outcomes.forEach((p, oi) => {
            const out = report[oi];
            const summaries = {};
            const omitted = [];
            for (const s of p.summaries) {
                if (s.key === undefined)
                    omitted.push({ metric: s.name, reason: s.reason });
                else
                    summaries[s.name] = metricValue(s.value, SUMMARY_DIRECTION[s.name], cis?.[s.key]);
            }
            out.summaries = summaries;
            out.omitted = omitted;
            if (out.kind === 'classification') {
                const di = summaries.disparate_impact_ratio;
                out.four_fifths = di ? { threshold: FOUR_FIFTHS, ratio: di.value, pass: di.value >= FOUR_FIFTHS } : null;
            }
        });
        return { column: col.column, outcomes: report, skipped_groups: skipped };
    };
    return { codes, groups: g, summarize, plan, finish };
}
/**
 * The report's `fairness` section for these sensitive columns. One bootstrap for all of them: each
 * resample's multiplicities are drawn once and every column's group sums read them (the draw costs
 * about as much as a column's pass over the rows).
 */
function fairnessSection(outcomes, columns, settings) {
    const parts = columns.map((c, i) => fairness_fairnessColumnPlan(outcomes, c, settings, `${i}/`));
    const finishers = {};
    parts.forEach((p, i) => {
        for (const [key, f] of Object.entries(p.plan.finishers))
            finishers[key] = (all) => f(all[i]);
    });
    const rows = columns[0]?.codes.length ?? 0;
    const summarize = (_d, w) => parts.map((p) => p.summarize(w));
    const cis = settings.boot && Object.keys(finishers).length > 0 ? bootstrapStatistics(summarize, finishers, { length: rows }, settings.boot) : undefined;
    return { min_group_size: settings.minGroupSize, columns: parts.map((p) => p.finish(cis)) };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
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

;// CONCATENATED MODULE: ../../../../shared/model/metrics/bootstrap-parallel.ts
/**
 * The bootstrap of evaluate's binary and regression metrics on several cores.
 *
 * Every resample has its own PRNG stream (bootstrap.ts, resampleSeed), so the threads pull resample
 * indices from one shared counter (Atomics.add) and write each resample's statistics into its slot
 * of a shared Float64Array: the intervals are the in-thread bootstrapMetrics' exactly, whatever the
 * number of workers and whichever thread ran which resample.
 *
 * Sharing: the prepared data's typed arrays are copied once into SharedArrayBuffers; a typed array on
 * a SharedArrayBuffer in a posted message reaches the worker as a view of the same memory, so no
 * worker copies the 1M-row arrays. The main thread pulls resamples too (no idle core while a worker
 * starts). Workers outlive a bootstrap: they wait, unreferenced, for the next one's task, and
 * warmBootstrapWorkers starts them before the data is ready (evaluate: while it reads the file).
 *
 * Fallbacks (correctness first): fewer than `minRows` rows (worker start-up, ~50 ms bundled and
 * ~0.5 s under tsx, is not worth it), fewer than 2 cores, multiclass data (per-row probability
 * arrays), or workers that cannot start or die: any resample not marked done when the workers are
 * gone is run on this thread.
 *
 * Workers: from TypeScript sources (vitest, tsx) the worker is bootstrap-worker.ts run with tsx's
 * loader; in the ncc bundles, scripts/build.mjs writes that entry as `bootstrap-worker/index.js` next
 * to every bundle whose code contains BOOTSTRAP_WORKER_MARKER (as for validate-data's shard worker).
 */







/** scripts/build.mjs adds the bootstrap worker to every bundle whose code contains this string. */
const BOOTSTRAP_WORKER_MARKER = 'mlops-actions:bootstrap-worker@1';
/** The worker bundle, relative to the bundle that starts it. */
const BUNDLED_WORKER = 'bootstrap-worker/index.js';
const DEFAULT_MAX_BOOTSTRAP_WORKERS = 4;
/** Below this many rows the resamples run on this thread. */
const DEFAULT_PARALLEL_MIN_ROWS = (/* unused pure expression or super */ null && (SHARED_MIN_ROWS));
/** bootstrapPlan's summary and metrics, the metrics in `names` order (the layout of `stats`). */
function plan(data, names) {
    const p = bootstrapPlan(data, names);
    return { summarize: p.summarize, finishers: names.map((n) => p.finishers[n]) };
}
/** Claims and runs resamples until none are left. */
function drain(task, resampler) {
    for (;;) {
        const b = Atomics.add(task.next, 0, 1);
        if (b >= task.resamples)
            return;
        resampler.run(b);
        Atomics.store(task.done, b, 1);
    }
}
function resamplerFor(task) {
    const { summarize, finishers } = plan(task.data, task.names);
    return new Resampler(summarize, finishers, task.data, task.seed, task.resamples, task.stats);
}
/** Worker side (bootstrap-worker.ts). */
function bootstrapWorkerMain(data, post) {
    const task = data;
    if (task?.marker !== BOOTSTRAP_WORKER_MARKER)
        throw new Error('bootstrap worker started without a task');
    drain(task, resamplerFor(task));
    post('done');
}
/** A copy of `value` whose typed arrays are views of SharedArrayBuffers (one copy per distinct array). */
function toShared(value, seen = new Map()) {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        const known = seen.get(value);
        if (known)
            return known;
        const src = value;
        if (src.buffer instanceof SharedArrayBuffer)
            return value;
        const Ctor = src.constructor;
        const copy = new Ctor(new SharedArrayBuffer(src.byteLength));
        copy.set(src);
        seen.set(value, copy);
        return copy;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = toShared(v, seen);
        return out;
    }
    return value;
}
/**
 * What the workers read of the data. Binary resamples read the summary's arrays only
 * (summarizeBinary), so the sort order, scores, tie-group ends and ECE bins (18 of 36 MB at 1M rows)
 * are not copied into shared memory: empty arrays stand in for them.
 */
function forWorkers(data) {
    if (data.task !== 'binary')
        return data;
    const none = new Uint32Array(0);
    return { ...data, ranked: { ...data.ranked, order: none, score: new Float64Array(0), groupEnd: none }, order: none, bin: new Uint16Array(0) };
}
function startWorker() {
    try {
        const entry = workerEntry(import.meta.url, 'bootstrap-worker.ts', BUNDLED_WORKER);
        // No inherited execArgv (see validate-data-shards.ts); small heaps: a worker holds one 1-byte
        // count per row and a summary, the data is shared. No workerData: tasks come as messages.
        const opts = { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 } };
        const w = 'file' in entry ? new Worker(entry.file, opts) : new Worker(entry.code, { ...opts, eval: true });
        // Idle workers must not keep the process alive; runTask refs a worker while it computes.
        w.unref();
        return w;
    }
    catch {
        return undefined;
    }
}
/**
 * Workers started and waiting for a task. A worker starts in ~50 ms bundled (~0.3 s under tsx), so
 * the evaluate step starts them while it still reads and sorts the predictions
 * (warmBootstrapWorkers), and a bootstrap hands its task to them instead of waiting for new ones.
 * After a task a worker waits here again for the next block (slices, the label evaluation).
 */
const idle = new Map();
function addIdle(w) {
    if (idle.size >= DEFAULT_MAX_BOOTSTRAP_WORKERS) {
        void w.terminate();
        return;
    }
    // A worker that dies while idle leaves the pool (the next bootstrap starts another).
    const gone = () => idle.delete(w);
    w.once('error', gone);
    w.once('exit', gone);
    idle.set(w, gone);
}
/** Takes `count` workers: idle ones first, then new ones. */
function acquireWorkers(count) {
    const out = [];
    for (const [w, gone] of idle) {
        if (out.length === count)
            break;
        idle.delete(w);
        w.off('error', gone);
        w.off('exit', gone);
        out.push(w);
    }
    while (out.length < count) {
        const w = startWorker();
        if (!w)
            break;
        out.push(w);
    }
    return out;
}
/** Default threads running resamples: the available cores, at most DEFAULT_MAX_BOOTSTRAP_WORKERS. */
function defaultThreads() {
    return Math.min(availableParallelism(), DEFAULT_MAX_BOOTSTRAP_WORKERS);
}
/**
 * Starts the workers a bootstrap of `threads` threads (this one included) will use, ahead of it:
 * call it once the data is known to be large (≥ DEFAULT_PARALLEL_MIN_ROWS rows) and before the
 * work that precedes the bootstrap (reading, sorting), so the workers' start-up overlaps that work.
 * Idle workers never keep the process alive. Does nothing with fewer than 2 threads.
 */
function warmBootstrapWorkers(threads = defaultThreads()) {
    for (let k = idle.size; k < threads - 1; k++) {
        const w = startWorker();
        if (!w)
            return;
        addIdle(w);
    }
}
/** Workers waiting for a task (tests). */
function idleBootstrapWorkers() {
    return idle.size;
}
/**
 * Runs `task` on `w`, then calls `onSettled` once it posted 'done' (the worker goes back to the idle
 * pool) or failed (it is terminated; the caller runs the resamples it did not finish).
 */
function runTask(w, task, onSettled) {
    w.ref();
    const finish = (ok) => {
        w.off('message', onMessage);
        w.off('error', onFailure);
        w.off('exit', onFailure);
        if (ok) {
            w.unref();
            addIdle(w);
        }
        else
            void w.terminate();
        onSettled();
    };
    const onMessage = (m) => finish(m === 'done');
    const onFailure = () => finish(false);
    w.on('message', onMessage);
    w.once('error', onFailure);
    w.once('exit', onFailure);
    w.postMessage(task);
}
/**
 * bootstrapMetrics (same intervals) with the resamples spread over worker threads when the data is
 * large enough; see the module comment. `names` must apply to the data's task.
 */
async function bootstrap_parallel_bootstrapMetricsParallel(data, names, options = {}) {
    const resolved = resolveBootstrapOptions(options);
    const mainThread = options.mainThread ?? true;
    const threads = options.threads ?? Math.min(availableParallelism(), DEFAULT_MAX_BOOTSTRAP_WORKERS);
    const workers = mainThread ? threads - 1 : threads;
    if (data.task === 'multiclass' || data.length < (options.minRows ?? DEFAULT_PARALLEL_MIN_ROWS) || workers < 1 || (mainThread && threads < 2)) {
        return bootstrapMetrics(data, names, resolved);
    }
    if (data.length === 0)
        throw new InputError('bootstrap: no rows to resample');
    const { resamples, seed } = resolved;
    const task = {
        marker: BOOTSTRAP_WORKER_MARKER,
        data: toShared(forWorkers(data)),
        names: [...names],
        seed,
        resamples,
        next: new Int32Array(new SharedArrayBuffer(4)),
        done: new Uint8Array(new SharedArrayBuffer(resamples)),
        stats: new Float64Array(new SharedArrayBuffer(8 * names.length * resamples)),
    };
    const started = acquireWorkers(workers);
    let live = started.length;
    let wake = () => undefined;
    const allDone = () => {
        for (let b = 0; b < resamples; b++)
            if (Atomics.load(task.done, b) !== 1)
                return false;
        return true;
    };
    const settled = new Promise((resolve) => {
        wake = () => {
            if (live === 0 || allDone())
                resolve();
        };
    });
    for (const w of started) {
        runTask(w, task, () => {
            live--;
            wake();
        });
    }
    const resampler = resamplerFor(task);
    if (mainThread)
        drain(task, resampler);
    wake();
    await settled;
    // Resamples a worker claimed but did not finish (it failed), or that none claimed (none started).
    for (let b = 0; b < resamples; b++)
        if (Atomics.load(task.done, b) !== 1)
            resampler.run(b);
    const { summarize, finishers } = plan(data, names);
    const full = summarize(data);
    return percentileIntervals(names, finishers.map((f) => f(full)), task.stats, resolved);
}

;// CONCATENATED MODULE: ../../../../shared/model/metric-blocks.ts
/**
 * The metrics of one block of rows (the whole dataset or one slice) for each task, with their
 * bootstrap CIs, as an evaluation report holds them. Metrics undefined on the data (ROC AUC with one
 * class, AP without positives) are omitted with a reason instead of failing: slices legitimately
 * hold one class.
 */



function metric_blocks_metricValue(name, value, ci) {
    const out = { value, direction: METRICS[name].direction };
    if (ci && Number.isFinite(ci.lower) && Number.isFinite(ci.upper)) {
        out.ci = [ci.lower, ci.upper];
        if (ci.invalid > 0)
            out.ci_invalid = ci.invalid;
    }
    return out;
}
/** Point values and (when resamples > 0) CIs; a non-finite value becomes an omission. */
async function fill(block, data, names, boot) {
    if (names.length === 0)
        return;
    const add = (n, v, ci) => {
        if (v === undefined || !Number.isFinite(v))
            block.omitted.push({ metric: n, reason: 'undefined on these rows' });
        else
            block.metrics[n] = metric_blocks_metricValue(n, v, ci);
    };
    if (!boot) {
        const values = computeMetrics(data, names);
        for (const n of names)
            add(n, values[n]);
        return;
    }
    // Large inputs: resamples spread over worker threads, same intervals (metrics/bootstrap-parallel.ts).
    const cis = await bootstrapMetricsParallel(data, names, boot);
    for (const n of names)
        add(n, cis[n].estimate, cis[n]);
}
const metric_blocks_SCORE_METRICS = (/* unused pure expression or super */ null && (['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece']));
async function metric_blocks_binaryBlock(y, score, predPos, ctx) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    const n = y.length;
    let positives = 0;
    for (let i = 0; i < n; i++)
        positives += y[i];
    const negatives = n - positives;
    const all = metricsForTask('binary').map((m) => m.name);
    const labelNames = all.filter((m) => !metric_blocks_SCORE_METRICS.includes(m));
    const scoreNames = [];
    for (const m of metric_blocks_SCORE_METRICS) {
        if (!score)
            block.omitted.push({ metric: m, reason: 'needs a score column (P(positive))' });
        else if (m === 'roc_auc' && (positives === 0 || negatives === 0)) {
            block.omitted.push({ metric: m, reason: `y_true holds one class only (${String(positives ? ctx.labels.pos : ctx.labels.neg)}); ROC AUC needs both` });
        }
        else if (m === 'average_precision' && positives === 0) {
            block.omitted.push({ metric: m, reason: `no positive rows (${String(ctx.labels.pos)}); average precision is undefined` });
        }
        else
            scoreNames.push(m);
    }
    const scoreEval = score ? binaryEvaluation(y, score, { posLabel: 1, threshold: ctx.threshold }) : undefined;
    const labelEval = predPos ? binaryEvaluation(y, Float64Array.from(predPos), { posLabel: 1, threshold: 0.5 }) : scoreEval;
    if (labelEval === scoreEval) {
        await fill(block, labelEval, [...labelNames, ...scoreNames], ctx.boot);
    }
    else {
        await fill(block, labelEval, labelNames, ctx.boot);
        if (scoreEval)
            await fill(block, scoreEval, scoreNames, ctx.boot);
    }
    // Registry order, whatever order the two passes filled them in.
    block.metrics = Object.fromEntries(all.filter((m) => m in block.metrics).map((m) => [m, block.metrics[m]]));
    const s = summarizeBinary(labelEval);
    const tn = s.negatives - s.fp;
    const fn = s.positives - s.tp;
    const { neg, pos } = ctx.labels;
    const negFirst = typeof neg === 'number' && typeof pos === 'number' ? neg < pos : String(neg) < String(pos);
    block.confusion_matrix = negFirst
        ? { labels: [neg, pos], counts: [[tn, s.fp], [fn, s.tp]] }
        : { labels: [pos, neg], counts: [[s.tp, fn], [s.fp, tn]] };
    return block;
}
function metric_blocks_safe(f) {
    try {
        return f();
    }
    catch {
        return Number.NaN;
    }
}
function metric_blocks_multiclassBlock(y, pred, proba, ctx) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    const k = ctx.classes.length;
    const n = y.length;
    const codes = ctx.classes.map((_, i) => i);
    const rows = proba ? Array.from({ length: n }, (_, i) => proba.subarray(i * k, (i + 1) * k)) : undefined;
    const data = multiclassEvaluation(y, pred, { proba: rows, classes: codes });
    const present = new Uint8Array(k);
    for (let i = 0; i < n; i++)
        present[y[i]] = 1;
    const absent = ctx.classes.filter((_, i) => !present[i]);
    const names = [];
    for (const m of metricsForTask('multiclass').map((x) => x.name)) {
        if (!proba && (m === 'roc_auc' || m === 'log_loss' || m === 'ece'))
            block.omitted.push({ metric: m, reason: 'needs one score column per class' });
        else if (m === 'roc_auc' && absent.length > 0) {
            block.omitted.push({ metric: m, reason: `class ${absent.map(String).join(', ')} has no rows in y_true; one-vs-rest ROC AUC needs every class` });
        }
        else
            names.push(m);
    }
    const point = names.map((m) => metric_blocks_safe(() => METRICS[m].compute(data)));
    let cis;
    if (ctx.boot) {
        // Per metric, a resample where it is undefined (a class not drawn) counts as invalid, not fatal.
        const finishers = Object.fromEntries(names.map((m, i) => [m, (s) => s[i]]));
        cis = bootstrapStatistics((d, w) => names.map((m) => metric_blocks_safe(() => METRICS[m].compute(d, w))), finishers, data, ctx.boot);
    }
    names.forEach((m, i) => {
        const v = point[i];
        if (!Number.isFinite(v))
            block.omitted.push({ metric: m, reason: 'undefined on these rows' });
        else
            block.metrics[m] = metric_blocks_metricValue(m, v, cis?.[m]);
    });
    const cm = confusionMatrix(y, pred, { labels: codes });
    block.confusion_matrix = { labels: ctx.classes, counts: cm.counts };
    return block;
}
async function metric_blocks_regressionBlock(y, pred, boot) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    await fill(block, regressionEvaluation(y, pred), metricsForTask('regression').map((m) => m.name), boot);
    return block;
}

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
const csv_options_BYTE_PATH_BATCH_ROWS = 16_384;
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
const MAX_BATCH_CELLS = (/* unused pure expression or super */ null && (1 << 20));
/** Rows per batch for a table of `columns` columns, given the rows asked for. */
function csv_options_rowsPerBatch(batchRows, columns) {
    return Math.max(1, Math.min(batchRows, Math.floor(MAX_BATCH_CELLS / Math.max(1, columns))));
}
/**
 * Tables wider than this are encoded column by column (CsvByteParser's column-major path). Row by
 * row, each cell of a 10,000-column table probes another column's hash table, so nearly every probe
 * missed the CPU caches and each of 10,000 tables was kept grown: ~1 µs and ~10 KB a column. Column
 * by column, one table serves every column in turn and stays in cache. At 64 columns and below a
 * batch keeps BYTE_PATH_BATCH_ROWS rows and the row-by-row path is as fast (and what flights reads).
 */
const csv_options_COLUMN_MAJOR_MIN_COLUMNS = 65;
/**
 * The column-major path holds a batch's record bytes until the batch is encoded: a batch also ends
 * once it holds this many bytes, so a wide table of long values does not hold more than this.
 */
const csv_options_COLUMN_MAJOR_MAX_BATCH_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** Bytes per read; large reads amortise the per-chunk costs (decode, leftover concatenation). */
const csv_options_DEFAULT_CHUNK_SIZE = (/* unused pure expression or super */ null && (1 << 20));
/** Bytes per read while looking for the header only (more reads follow if it is longer). */
const csv_options_HEADER_CHUNK_SIZE = (/* unused pure expression or super */ null && (1 << 16));
/**
 * Limits on the header row. 16 MiB holds 100,000 column names of 160 bytes each; a first line
 * longer than that is almost always a file without line breaks where we expect them (a JSON
 * array, a file with CR-only breaks inside quotes, binary data) rather than a table, and reading
 * on would hold all of it in memory before the first row. 100,000 columns: each column costs its
 * dictionaries and sketches (tens of KB once rows are read: 10,000 columns x 10,000 rows peaked at
 * 673 MB, npm run bench), so 100,000 approach the memory of a runner before any data; wider
 * data is better stored transposed, or split into several files.
 */
const csv_options_MAX_HEADER_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
const csv_options_MAX_COLUMNS = 100_000;
/**
 * A record held across reads is parsed again on every read until it is this long, then only when
 * the held text has doubled (CsvParser.stuckAt). Below it re-parsing is cheap and keeps the order of
 * batches and errors identical between the two parsers at any read size.
 */
const csv_options_REPARSE_EVERY_READ_BELOW = (/* unused pure expression or super */ null && (1 << 16));
const csv_options_QUOTE = 34;
const csv_options_LF = 10;
const csv_options_CR = 13;
const csv_options_NEED_MORE = (/* unused pure expression or super */ null && (-1));
const csv_options_FAR = Number.MAX_SAFE_INTEGER;

// EXTERNAL MODULE: ../../../../shared/data/column-dictionary.ts + 1 modules
var column_dictionary = __webpack_require__(32845);
;// CONCATENATED MODULE: ../../../../shared/data/csv-byte-column.ts

/** The text of bytes [a, b) (valid UTF-8; `ascii`: known to be ASCII, decoded as latin1). */
function csv_byte_column_decode(bytes, a, b, ascii) {
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
class csv_byte_column_ByteColumn {
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
            return ascii && b - a <= SHORT_TEXT_BYTES ? shortAscii(bytes, a, b - a) : csv_byte_column_decode(bytes, a, b, ascii);
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
        return ascii && b - a <= SHORT_TEXT_BYTES ? shortAscii(bytes, a, b - a) : csv_byte_column_decode(bytes, a, b, ascii);
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
        const d = ColumnDictionary.prebuilt(this.values, counts, codes, rows);
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
class csv_byte_column_EncodedBatch {
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

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ../../../../shared/data/csv-chunks.ts
/**
 * A text file read in chunks for the CSV reader: 1 MB reads (gunzipped for .gz), checked as UTF-8
 * once per chunk (isAscii, else isUtf8: both simdutf), the first bad byte located only when that
 * fails and reported at its line and column.
 */







/** Thrown by textChunks after the valid text before a bad byte has been yielded. */
class csv_chunks_InvalidUtf8 extends Error {
    byte;
    constructor(byte) {
        super(`invalid UTF-8 byte 0x${byte.toString(16).padStart(2, '0')}`);
        this.byte = byte;
    }
}
async function* rawChunks(file, options) {
    const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    if (options.gzip && (options.start !== undefined || options.end !== undefined)) {
        throw new UsageError('a byte range of a gzip file cannot be read', { hint: 'read the whole .gz file' });
    }
    if (options.gzip) {
        const stream = createReadStream(file, { highWaterMark: Math.max(size, 64) }).pipe(createGunzip({ chunkSize: Math.max(size, 64) }));
        try {
            for await (const chunk of stream)
                yield chunk;
        }
        catch (e) {
            throw new InputError(`cannot decompress: ${e.message}`, {
                location: { file },
                hint: 'the file ends in .gz but is not a complete gzip stream; re-compress it or drop the .gz',
                cause: e,
            });
        }
        return;
    }
    const fh = await open(file, 'r');
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
        if (len === 0 || i + len > bytes.length || !isUtf8(bytes.subarray(i, i + len)))
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
async function* csv_chunks_textChunks(file, options = {}) {
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
        if (isAscii(bytes))
            text = bytes.toString('latin1');
        else if (isUtf8(bytes))
            text = bytes.toString('utf8');
        else {
            const bad = firstInvalidUtf8(bytes);
            let prefix = bytes.toString('utf8', 0, bad);
            if (first && prefix.charCodeAt(0) === 0xfeff)
                prefix = prefix.slice(1);
            if (prefix.length > 0)
                yield prefix;
            throw new csv_chunks_InvalidUtf8(bytes[bad]);
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
        throw new csv_chunks_InvalidUtf8(carry[0]); // the file ends inside a character
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
async function* csv_chunks_byteChunks(file, options) {
    let carry = null;
    for await (const raw of rawChunks(file, options)) {
        let bytes = carry ? Buffer.concat([carry, raw]) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
        carry = null;
        const cut = characterCut(bytes);
        if (cut < bytes.length) {
            carry = Buffer.from(bytes.subarray(cut));
            bytes = bytes.subarray(0, cut);
        }
        const ascii = isAscii(bytes);
        if (!ascii && !isUtf8(bytes)) {
            const bad = firstInvalidUtf8(bytes);
            if (bad > 0)
                yield { bytes: bytes.subarray(0, bad), ascii: false };
            throw new csv_chunks_InvalidUtf8(bytes[bad]);
        }
        if (bytes.length > 0)
            yield { bytes, ascii };
    }
    if (carry)
        throw new csv_chunks_InvalidUtf8(carry[0]);
}
/** Where the end of `text` is, given that `text` starts at the beginning of line `line`. */
function csv_chunks_endOfText(text, line) {
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
function csv_chunks_invalidUtf8Error(file, e, where) {
    return new InputError(`${e.message}: the file is not valid UTF-8`, {
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
class csv_text_parser_CsvParser {
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
        throw new InputError(`the header row is longer than ${MAX_HEADER_BYTES / (1024 * 1024)} MiB`, {
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
                throw new InputError('file is empty', {
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
            throw new InputError(`the header row names ${names.length} columns, more than the ${MAX_COLUMNS} we read`, {
                location: { file: this.file, line: this.line, column: 1 },
                hint: `split the table into files of at most ${MAX_COLUMNS} columns, or store it transposed; check the delimiter if the file should have fewer`,
            });
        }
        const seen = new Map();
        for (let i = 0; i < names.length; i++) {
            const name = names[i];
            const loc = { file: this.file, line: this.line, column: this.fieldCols[i] };
            if (name.trim() === '') {
                throw new InputError(`header column ${i + 1} has an empty name`, {
                    location: loc,
                    hint: 'give every column a name in the first row',
                });
            }
            const prev = seen.get(name);
            if (prev !== undefined) {
                throw new InputError(`duplicate column name "${name}" (columns ${prev + 1} and ${i + 1})`, {
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
        throw new InputError(`expected ${expected} fields, found ${found}`, {
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
                        throw new InputError('unterminated quoted field', {
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
class csv_byte_parser_CsvByteParser {
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
        throw new UsageError(`invalid CSV delimiter ${JSON.stringify(delimiter)}`, {
            hint: 'use a single character other than a quote or a line break, e.g. "," or "\\t"',
        });
    }
    return delimiter;
}
/** A streaming reader for a CSV (or TSV) file. */
function csv_csvReader(file, options = {}) {
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
                throw new InputError('file is empty', {
                    location: { file: this.file, line: 1, column: 1 },
                    hint: 'a JSON Lines file needs at least one JSON object, one per line',
                });
            }
            if (this.rows > 0)
                this.flush();
        }
    }
    fail(what, column) {
        throw new InputError(what, {
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
function jsonl_jsonlReader(file, options = {}) {
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





const SUPPORTED_EXTENSIONS = (/* unused pure expression or super */ null && ([
    '.csv',
    '.tsv',
    '.jsonl',
    '.ndjson',
    '.parquet',
    '.csv.gz',
    '.tsv.gz',
    '.jsonl.gz',
    '.ndjson.gz',
]));
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
async function open_table_openTable(file, options = {}) {
    let info;
    try {
        info = await stat(file);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new InputError('file not found', {
                location: { file },
                hint: `check the path; relative paths are resolved from ${process.cwd()}`,
            });
        }
        throw new InputError(`cannot read the file: ${e.message}`, { location: { file }, hint: 'check its permissions', cause: e });
    }
    if (info.isDirectory()) {
        throw new InputError('is a directory, not a data file', {
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
        throw new UsageError(`cannot tell the format of "${file}" from its extension`, {
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
                throw new UsageError(`"${file}": gzip-compressed Parquet is not supported`, {
                    hint: 'Parquet compresses its own pages (e.g. ZSTD or Snappy); store the .parquet file without .gz',
                });
            }
            {
                // Loaded on first use: hyparquet and its decompressors are most of a bundle's start-up
                // cost, and a step reading CSV or JSON Lines never needs them.
                const { parquetReader } = await Promise.all(/* import() */[__webpack_require__.e(896), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 68306));
                return parquetReader(file, options);
            }
        default:
            throw new UsageError(`unknown table format "${String(format)}"`, { hint: 'use csv, jsonl or parquet' });
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
const values_defaultNullTokens = new NullTokens();
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
function values_isDecimalLiteral(s) {
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
function values_toNumber(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string') {
        if (values_isDecimalLiteral(v))
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
    const n = values_toNumber(v);
    if (n === undefined || !Number.isInteger(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER)
        return undefined;
    return n;
}
const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0']);
function values_toBoolean(v) {
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
function values_parseIsoTimestamp(s, dateOnly = false) {
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
function values_compileTimestampFormat(format) {
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
        return pattern ? pattern(v) : values_parseIsoTimestamp(v, dateOnly);
    return undefined;
}
/** The text form of a cell, used for strings, categories, patterns, lengths and distinct counts. */
function values_toText(v) {
    if (typeof v === 'string')
        return v;
    if (v instanceof Date) {
        const t = v.getTime();
        return t === t ? values_isoTimestamp(t) : v.toISOString();
    }
    return String(v);
}
/** Years 1970 to 9999: where toISOString writes a plain `YYYY-MM-DDTHH:MM:SS.sssZ`. */
const ISO_FAST_END = 253_402_300_800_000;
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
let isoDay = (/* unused pure expression or super */ null && (NaN));
let isoDayPrefix = '';
/**
 * `new Date(ms).toISOString()`, for a finite ms. Why not just that: a Parquet timestamp column
 * profiles ~4,700 distinct values per batch of flights-3m, and toISOString took 130 ms of a 2 s
 * `mlops validate`. Values come in runs of the same day, so the date part is made once per day and
 * the time of day from digit tables.
 */
function values_isoTimestamp(ms) {
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
function values_formatTimestamp(ms, type) {
    const iso = new Date(ms).toISOString();
    return type === 'date' ? iso.slice(0, 10) : iso;
}

;// CONCATENATED MODULE: ../../../../shared/model/read-predictions.ts
/**
 * A predictions file read for evaluate: streamed once (`openTable`), labels as Int32Array codes into
 * a small dictionary, scores and regression values as Float64Arrays, slice columns coded the same
 * way, every cell checked while streaming so a bad cell fails with file:line before any metric is
 * computed. Labels compare as text ("1.0" and 1 are one class); an all-number label set is typed and
 * sorted as numbers, as scikit-learn's unique_labels would.
 */




/** Rows of a multiclass score row may sum to 1 ± this. */
const PROBABILITY_SUM_TOLERANCE = 1e-6;
/** More distinct values than this in a slice column is an error: slice on a coarser column. */
const MAX_SLICE_VALUES = 1000;
/** Label text: numbers canonical ("1.0" → "1"), booleans "true"/"false", else the text. */
function read_predictions_labelText(v) {
    if (defaultNullTokens.isMissing(v))
        return undefined;
    if (typeof v === 'number')
        return String(v);
    if (typeof v === 'string' && isDecimalLiteral(v))
        return String(+v);
    return toText(v);
}
const read_predictions_isNumericText = (t) => isDecimalLiteral(t) && String(+t) === t;
/** Labels as the report writes them: all numbers when every label is numeric text, else strings. */
function read_predictions_typedLabels(texts) {
    const numeric = texts.every(read_predictions_isNumericText);
    const idx = texts.map((_, i) => i);
    idx.sort((a, b) => (numeric ? +texts[a] - +texts[b] : texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : 0));
    return { labels: idx.map((i) => (numeric ? +texts[i] : texts[i])), order: idx };
}
/**
 * The class of each score column. Given `classes`, those; one column, none (binary P(positive));
 * otherwise each column name minus the prefix all names share, cut back to just after a separator
 * (`_`, `-`, `.`, `:`, `/`, space): p_rain, p_sun → rain, sun; score_0, score_1 → 0, 1.
 */
function scoreClasses(scoreColumns, classes) {
    if (classes && classes.length > 0) {
        if (classes.length !== scoreColumns.length) {
            throw new UsageError((o) => `${o.option('classes')} names ${classes.length} classes for ${scoreColumns.length} score columns`, {
                hint: (o) => `give one class per ${o.option('score')} column, in the same order`,
            });
        }
        const texts = classes.map((c) => read_predictions_labelText(c.trim()) ?? c);
        if (new Set(texts).size !== texts.length)
            throw new UsageError((o) => `${o.option('classes')} repeats a class: ${classes.join(', ')}`);
        return texts;
    }
    if (scoreColumns.length < 2)
        return [];
    let prefix = scoreColumns[0];
    for (const c of scoreColumns)
        while (!c.startsWith(prefix))
            prefix = prefix.slice(0, -1);
    let cut = 0;
    for (let i = prefix.length - 1; i >= 0; i--) {
        if ('_-.:/ '.includes(prefix[i])) {
            cut = i + 1;
            break;
        }
    }
    const names = scoreColumns.map((c) => read_predictions_labelText(c.slice(cut)) ?? c.slice(cut));
    if (names.some((n) => n === '') || new Set(names).size !== names.length) {
        throw new UsageError(`cannot tell the class of each score column (${scoreColumns.join(', ')})`, {
            hint: (o) => `pass ${o.option('classes')} with one class per ${o.option('score')} column, in order`,
        });
    }
    return names;
}
function concatF64(parts, n) {
    if (parts.length === 1 && parts[0].length === n)
        return parts[0];
    const out = new Float64Array(n);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function concatI32(parts, n) {
    if (parts.length === 1 && parts[0].length === n)
        return parts[0];
    const out = new Int32Array(n);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function read_predictions_pickF64(a, rows) {
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = a[rows[i]];
    return out;
}
function read_predictions_pickI32(a, rows) {
    const out = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = a[rows[i]];
    return out;
}
/** A dictionary of distinct texts → dense codes. */
class Dictionary {
    texts = [];
    codes = new Map();
    code(t) {
        let c = this.codes.get(t);
        if (c === undefined) {
            c = this.texts.length;
            this.texts.push(t);
            this.codes.set(t, c);
        }
        return c;
    }
    get(t) {
        return this.codes.get(t);
    }
}
async function readPredictions(plan) {
    // Every cell is read, and scores are nearly all distinct: dictionary-encoding batches (the byte
    // path, which pays off for profiling) would only add work here (0.60 s vs 0.17 s on 1M rows).
    const reader = await openTable(plan.file, { delimiter: plan.delimiter, format: plan.format, bytePath: false });
    const header = await reader.columns();
    const sensitiveColumns = plan.sensitive ?? [];
    const wanted = [plan.label, plan.prediction, ...plan.score, plan.id, ...plan.slices, ...sensitiveColumns].filter((c) => c !== undefined);
    const optionOf = (c) => c === plan.label ? 'label' : c === plan.prediction ? 'prediction' : plan.score.includes(c) ? 'score' : c === plan.id ? 'id' : plan.slices.includes(c) ? 'slice' : 'sensitive';
    // JSON Lines learns columns as it reads; its first record is what columns() knows.
    if (reader.format !== 'jsonl') {
        for (const c of wanted) {
            if (!header.includes(c)) {
                throw new InputError((o) => `column "${c}" (${o.option(optionOf(c))}) not found; the file has columns: ${header.join(', ')}`, {
                    location: { file: plan.file, line: reader.hasLines ? 1 : undefined },
                    hint: (o) => `pass ${o.option(optionOf(c))} with one of them`,
                });
            }
        }
    }
    const classification = plan.task !== 'regression';
    const dict = new Dictionary();
    const yParts = [];
    const pParts = [];
    const yNumParts = [];
    const pNumParts = [];
    const scoreParts = plan.score.map(() => []);
    const ids = plan.id ? [] : undefined;
    const seenIds = plan.id ? new Set() : undefined;
    const slices = plan.slices.map((column) => ({ column, kind: 'slice', dict: new Dictionary(), parts: [], missing: 0 }));
    const sensitive = sensitiveColumns.map((column) => ({ column, kind: 'sensitive', dict: new Dictionary(), parts: [], missing: 0 }));
    const multiScore = plan.score.length >= 2;
    let rows = 0;
    const where = (b, r) => ({ file: plan.file, line: b.lines[r] });
    const col = (b, name) => {
        const i = b.columns.indexOf(name);
        if (i < 0) {
            throw new InputError((o) => `column "${name}" (${o.option(optionOf(name))}) not found; the file has columns: ${b.columns.join(', ')}`, {
                location: where(b, 0),
                hint: (o) => `pass ${o.option(optionOf(name))} with one of them`,
            });
        }
        return b.values[i];
    };
    const missing = (b, r, name) => new InputError(`column "${name}" is missing a value`, { location: where(b, r), hint: 'every row needs a label and a prediction or score' });
    const number = (b, r, name, v) => {
        if (defaultNullTokens.isMissing(v))
            throw missing(b, r, name);
        const x = toNumber(v);
        if (x === undefined)
            throw new InputError(`column "${name}" value ${JSON.stringify(toText(v))} is not a number`, { location: where(b, r) });
        if (!Number.isFinite(x)) {
            throw new InputError(`column "${name}" value is ${Number.isNaN(x) ? 'NaN' : String(x)}`, {
                location: where(b, r),
                hint: 'predictions must be finite numbers; fix or drop the row',
            });
        }
        return x;
    };
    for await (const b of reader.batches()) {
        const n = b.length;
        rows += n;
        plan.onRows?.(rows);
        const labelCol = col(b, plan.label);
        const predCol = plan.prediction ? col(b, plan.prediction) : undefined;
        if (classification) {
            const y = new Int32Array(n);
            const p = predCol ? new Int32Array(n) : undefined;
            for (let r = 0; r < n; r++) {
                const t = read_predictions_labelText(labelCol[r]);
                if (t === undefined)
                    throw missing(b, r, plan.label);
                if (plan.allowed && !plan.allowed.has(t)) {
                    throw new InputError(`label ${JSON.stringify(t)} (column "${plan.label}") has no score column; score columns cover: ${[...plan.allowed].join(', ')}`, {
                        location: where(b, r),
                        hint: (o) => `add a score column for it, or fix ${o.option('classes')}`,
                    });
                }
                y[r] = dict.code(t);
                if (p) {
                    const pt = read_predictions_labelText(predCol[r]);
                    if (pt === undefined)
                        throw missing(b, r, plan.prediction);
                    p[r] = dict.code(pt);
                }
            }
            yParts.push(y);
            if (p)
                pParts.push(p);
        }
        else {
            const y = new Float64Array(n);
            const p = new Float64Array(n);
            for (let r = 0; r < n; r++) {
                y[r] = number(b, r, plan.label, labelCol[r]);
                p[r] = number(b, r, plan.prediction, predCol[r]);
            }
            yNumParts.push(y);
            pNumParts.push(p);
        }
        if (plan.score.length > 0) {
            const cols = plan.score.map((s) => col(b, s));
            const arrays = cols.map(() => new Float64Array(n));
            for (let r = 0; r < n; r++) {
                let sum = 0;
                for (let k = 0; k < cols.length; k++) {
                    const x = number(b, r, plan.score[k], cols[k][r]);
                    if (x < 0 || x > 1) {
                        throw new InputError(`column "${plan.score[k]}" value ${x} is not a probability in [0, 1]`, {
                            location: where(b, r),
                            hint: 'scores must be probabilities (e.g. predict_proba output), not logits or decision values',
                        });
                    }
                    arrays[k][r] = x;
                    sum += x;
                }
                if (multiScore && !(Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE)) {
                    throw new InputError(`probabilities ${plan.score.join(' + ')} sum to ${sum}, not 1 (tolerance ${PROBABILITY_SUM_TOLERANCE})`, {
                        location: where(b, r),
                        hint: 'give one probability column per class, from predict_proba or a softmax',
                    });
                }
            }
            arrays.forEach((a, k) => scoreParts[k].push(a));
        }
        if (ids && plan.id) {
            const idCol = col(b, plan.id);
            for (let r = 0; r < n; r++) {
                const v = idCol[r];
                if (defaultNullTokens.isMissing(v))
                    throw missing(b, r, plan.id);
                const t = toText(v);
                if (seenIds.has(t))
                    throw new InputError(`id ${JSON.stringify(t)} (column "${plan.id}") occurs twice`, { location: where(b, r), hint: 'ids pair rows across reports, so each must be unique' });
                seenIds.add(t);
                ids.push(t);
            }
        }
        for (const s of [...slices, ...sensitive]) {
            const sc = col(b, s.column);
            const codes = new Int32Array(n);
            for (let r = 0; r < n; r++) {
                const v = sc[r];
                if (defaultNullTokens.isMissing(v)) {
                    codes[r] = -1;
                    s.missing++;
                    continue;
                }
                codes[r] = s.dict.code(toText(v));
                if (s.dict.texts.length > MAX_SLICE_VALUES) {
                    throw new InputError(`${s.kind} column "${s.column}" has more than ${MAX_SLICE_VALUES} distinct values`, {
                        location: where(b, r),
                        hint: `${s.kind === 'slice' ? 'slice on' : 'give as sensitive'} a column with few values (a category, a bucketed number)`,
                    });
                }
            }
            s.parts.push(codes);
        }
    }
    if (rows === 0) {
        throw new InputError('no data rows: the file has only a header', { location: { file: plan.file }, hint: 'evaluate a predictions file with at least one row' });
    }
    return {
        rows,
        format: reader.format,
        dict,
        yCode: classification ? concatI32(yParts, rows) : undefined,
        predCode: classification && plan.prediction ? concatI32(pParts, rows) : undefined,
        yNum: classification ? undefined : concatF64(yNumParts, rows),
        predNum: classification ? undefined : concatF64(pNumParts, rows),
        scores: scoreParts.map((parts) => concatF64(parts, rows)),
        ids,
        slices: slices.map((s) => ({ column: s.column, dict: s.dict, codes: concatI32(s.parts, rows), missing: s.missing })),
        sensitive: sensitive.map((s) => ({ column: s.column, dict: s.dict, codes: concatI32(s.parts, rows), missing: s.missing })),
    };
}

;// CONCATENATED MODULE: ../../../../shared/model/task-blocks.ts





function prepareTask(task, data, settings) {
    const { file, score, scoreClassTexts, threshold, boot } = settings;
    const options = { posLabel: settings.posLabel };
    const n = data.rows;
    let classification;
    let scoreClassesOut;
    let blockFor;
    let exampleFields;
    let fairness;
    if (task === 'regression') {
        const y = data.yNum;
        const p = data.predNum;
        blockFor = (rows) => regressionBlock(rows ? pickF64(y, rows) : y, rows ? pickF64(p, rows) : p, boot);
        fairness = () => ({ kind: 'regression', outcome: { y, pred: p } });
        exampleFields = [
            { key: 'label', kind: 'number', values: y },
            { key: 'prediction', kind: 'number', values: p },
        ];
    }
    else {
        // Classes: score classes when given, plus every label and prediction seen.
        const texts = [...data.dict.texts];
        for (const c of scoreClassTexts)
            if (!texts.includes(c))
                texts.push(c);
        if (task === 'binary') {
            const { labels } = typedLabels(texts);
            const typed = (t) => (texts.every(isNumericText) ? +t : t);
            let pos;
            if (options.posLabel !== undefined)
                pos = labelText(options.posLabel) ?? options.posLabel;
            else if (texts.every((t) => t === '0' || t === '1' || t === '-1'))
                pos = '1';
            else if (texts.every(isNumericText))
                pos = String(labels[labels.length - 1]);
            else if (texts.every((t) => t === 'true' || t === 'false'))
                pos = 'true';
            else {
                throw new UsageError(`cannot tell the positive class among ${texts.join(', ')}`, { hint: (o) => `pass ${o.option('pos-label')}` });
            }
            if (texts.length > 2) {
                throw new InputError(`a binary task, but the label and prediction columns hold ${texts.length} classes: ${labels.map(String).join(', ')}`, {
                    location: { file },
                    hint: (o) => `use ${o.setting('task', 'multiclass')}, or map the labels to two classes`,
                });
            }
            if (texts.length === 2 && !texts.includes(pos)) {
                throw new UsageError((o) => `${o.setting('pos-label', pos)} is not one of the classes ${texts.join(', ')}`);
            }
            const negText = texts.find((t) => t !== pos);
            const neg = negText !== undefined ? typed(negText) : isNumericText(pos) ? (pos === '1' ? 0 : -1) : `not ${pos}`;
            const posTyped = isNumericText(pos) && (negText === undefined || isNumericText(negText)) ? +pos : pos;
            const posCode = data.dict.get(pos) ?? -1;
            const yc = data.yCode;
            const y = new Uint8Array(n);
            for (let i = 0; i < n; i++)
                y[i] = yc[i] === posCode ? 1 : 0;
            let pScore;
            if (score.length === 1)
                pScore = data.scores[0];
            else if (score.length === 2) {
                const k = scoreClassTexts.indexOf(pos);
                if (k < 0)
                    throw new UsageError(`no score column for the positive class ${pos} (score columns are for ${scoreClassTexts.join(', ')})`, { hint: (o) => `fix ${o.option('classes')} or ${o.option('pos-label')}` });
                pScore = data.scores[k];
            }
            let predPos;
            if (data.predCode) {
                predPos = new Uint8Array(n);
                const pc = data.predCode;
                for (let i = 0; i < n; i++)
                    predPos[i] = pc[i] === posCode ? 1 : 0;
            }
            const ctx = { threshold, labels: { neg, pos: posTyped }, boot };
            fairness = () => {
                // The label metrics' predictions: the prediction column, else score > threshold (strict).
                let pred = predPos;
                if (!pred) {
                    pred = new Uint8Array(n);
                    for (let i = 0; i < n; i++)
                        pred[i] = pScore[i] > threshold ? 1 : 0;
                }
                return { kind: 'classification', outcomes: [{ positiveClass: posTyped, y, pred, score: pScore }] };
            };
            blockFor = (rows) => {
                const pick8 = (a) => (rows ? Uint8Array.from(rows, (r) => a[r]) : a);
                return binaryBlock(pick8(y), pScore && (rows ? pickF64(pScore, rows) : pScore), predPos && pick8(predPos), ctx);
            };
            classification = {
                classes: [neg, posTyped].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1)),
                pos_label: posTyped,
                threshold: predPos ? null : threshold,
                predicted_from: predPos ? 'prediction' : 'threshold',
                ece_bins: ECE_DEFAULT_BINS,
            };
            if (score.length === 2)
                scoreClassesOut = scoreClassTexts.map(typed);
            const labelJson = data.dict.texts.map((t) => JSON.stringify(typed(t)));
            exampleFields = [{ key: 'label', kind: 'coded', codes: yc, json: labelJson }];
            if (data.predCode)
                exampleFields.push({ key: 'prediction', kind: 'coded', codes: data.predCode, json: labelJson });
            if (pScore)
                exampleFields.push({ key: 'score', kind: 'number', values: pScore });
        }
        else {
            const { labels: classes, order } = typedLabels(texts);
            // dictionary code → sorted class index
            const toClass = new Int32Array(texts.length);
            order.forEach((textIndex, classIndex) => (toClass[textIndex] = classIndex));
            const dictToClass = data.dict.texts.map((t) => toClass[texts.indexOf(t)]);
            const yc = data.yCode;
            const y = new Int32Array(n);
            for (let i = 0; i < n; i++)
                y[i] = dictToClass[yc[i]];
            const k = classes.length;
            let proba;
            if (score.length > 0) {
                if (k !== score.length) {
                    throw new InputError(`predictions name classes without a score column: ${texts.filter((t) => !scoreClassTexts.includes(t)).join(', ')}`, {
                        location: { file },
                        hint: (o) => `give one ${o.option('score')} column per class`,
                    });
                }
                proba = new Float64Array(n * k);
                score.forEach((_, j) => {
                    const c = toClass[texts.indexOf(scoreClassTexts[j])];
                    const col = data.scores[j];
                    for (let i = 0; i < n; i++)
                        proba[i * k + c] = col[i];
                });
            }
            let pred;
            if (data.predCode) {
                pred = new Int32Array(n);
                const pc = data.predCode;
                for (let i = 0; i < n; i++)
                    pred[i] = dictToClass[pc[i]];
            }
            else
                pred = task_blocks_argmaxClasses(proba, n, k);
            blockFor = (rows) => {
                if (!rows)
                    return multiclassBlock(y, pred, proba, { classes, boot });
                let sub;
                if (proba) {
                    sub = new Float64Array(rows.length * k);
                    rows.forEach((r, i) => sub.set(proba.subarray(r * k, (r + 1) * k), i * k));
                }
                return multiclassBlock(pickI32(y, rows), pickI32(pred, rows), sub, { classes, boot });
            };
            classification = { classes, pos_label: null, threshold: null, predicted_from: data.predCode ? 'prediction' : 'argmax', ece_bins: ECE_DEFAULT_BINS };
            fairness = () => oneVsRestOutcomes(classes, y, pred, proba);
            if (score.length > 0)
                scoreClassesOut = scoreClassTexts.map((t) => classes[toClass[texts.indexOf(t)]]);
            const classJson = classes.map((c) => JSON.stringify(c));
            exampleFields = [
                { key: 'label', kind: 'coded', codes: y, json: classJson },
                { key: 'prediction', kind: 'coded', codes: pred, json: classJson },
            ];
            if (proba)
                exampleFields.push({ key: 'scores', kind: 'vector', values: proba, width: k });
        }
    }
    return { blockFor, exampleFields, classification, scoreClasses: scoreClassesOut, fairness: fairness };
}
/** scikit-learn's predict: classes_[argmax(proba)] per row (row-major, k per row), the first maximum on ties. */
function task_blocks_argmaxClasses(proba, n, k) {
    const pred = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        let best = 0;
        for (let j = 1; j < k; j++)
            if (proba[i * k + j] > proba[i * k + best])
                best = j;
        pred[i] = best;
    }
    return pred;
}

;// CONCATENATED MODULE: ../../../../shared/compare/fairness-deltas.ts




/** One outcome of one sensitive column: the key compare pairs head and baseline outcomes by. */
const fairness_deltas_fairnessOutcomeKey = (column, positiveClass) => JSON.stringify([column, positiveClass]);
const textOf = (l) => JSON.stringify(l);
/** A side's fairness outcomes from its per-example rows, as evaluate computed them; or why not. */
function outcomesFromRows(report, rows, labels) {
    const n = labels.length;
    if (report.task === 'regression') {
        if (!(rows.predictions instanceof Float64Array))
            return 'its per-example file has no numeric predictions';
        return { kind: 'regression', outcome: { y: Float64Array.from(labels), pred: rows.predictions } };
    }
    const cls = report.classification;
    if (!cls || (report.task !== 'binary' && report.task !== 'multiclass'))
        return 'the report is not a binary, multiclass or regression evaluation of predictions';
    if (report.task === 'binary') {
        const pos = textOf(cls.pos_label);
        const y = Uint8Array.from(labels, (l) => (textOf(l) === pos ? 1 : 0));
        let pred;
        if (cls.predicted_from === 'prediction') {
            if (!rows.predictions)
                return 'its per-example file has no predictions';
            pred = Uint8Array.from(rows.predictions, (p) => (textOf(p) === pos ? 1 : 0));
        }
        else {
            if (!rows.score)
                return 'its per-example file has no scores';
            const threshold = cls.threshold ?? 0.5;
            pred = Uint8Array.from(rows.score, (s) => (s > threshold ? 1 : 0));
        }
        return { kind: 'classification', outcomes: [{ positiveClass: cls.pos_label, y, pred, score: rows.score }] };
    }
    const classes = cls.classes;
    const k = classes.length;
    const index = new Map(classes.map((c, i) => [textOf(c), i]));
    const y = Int32Array.from(labels, (l) => index.get(textOf(l)) ?? -1);
    const proba = rows.scores && rows.width === k ? rows.scores : undefined;
    let pred;
    if (rows.predictions)
        pred = Int32Array.from(rows.predictions, (p) => index.get(textOf(p)) ?? -1);
    else if (proba)
        pred = argmaxClasses(proba, n, k); // as evaluate
    else
        return 'its per-example file has no predictions';
    return oneVsRestOutcomes(classes, y, pred, proba);
}
/** A column's values as fairness.ts reads them: codes into the distinct texts, −1 for missing. */
function sensitiveColumn(column, values) {
    const dict = new Map();
    const texts = [];
    const codes = new Int32Array(values.length);
    values.forEach((v, i) => {
        if (v === null) {
            codes[i] = -1;
            return;
        }
        let c = dict.get(v);
        if (c === undefined) {
            c = texts.length;
            dict.set(v, c);
            texts.push(v);
        }
        codes[i] = c;
    });
    return { column, values: texts, codes };
}
/** The first id whose value of `column` differs between the files, or undefined. */
function firstDifference(paired, h, b) {
    for (let i = 0; i < h.length; i++) {
        if (h[i] !== b[i])
            return `id ${JSON.stringify(paired.ids[i])} has ${JSON.stringify(h[i])} in the head's per-example file but ${JSON.stringify(b[i])} in the baseline's`;
    }
    return undefined;
}
/** Above this many cells, or more than half the rows, the resamples read the rows directly. */
const MAX_CELLS = (/* unused pure expression or super */ null && (1 << 16));
function rowPatterns(ho, bo) {
    const k = ho.outcomes.length;
    if (bo.outcomes.length !== k || k === 0)
        return undefined;
    const n = ho.outcomes[0].y.length;
    const binary = k === 1;
    const v = binary ? 2 : k + 1;
    const count = v * v * v;
    const valueOf = (ys, i) => {
        if (binary)
            return ys[0][i];
        for (let o = 0; o < k; o++)
            if (ys[o][i])
                return o;
        return k;
    };
    const labels = ho.outcomes.map((o) => o.y);
    const hp = ho.outcomes.map((o) => o.pred);
    const bp = bo.outcomes.map((o) => o.pred);
    const rows = new Int32Array(n);
    for (let i = 0; i < n; i++)
        rows[i] = (valueOf(labels, i) * v + valueOf(hp, i)) * v + valueOf(bp, i);
    const finish = (cells, groups) => {
        const head = new Float64Array(k * groups * CLASS_STATS);
        const base = new Float64Array(k * groups * CLASS_STATS);
        for (let c = 0; c < cells.length; c++) {
            const m = cells[c];
            if (m === 0)
                continue;
            const b = c % v;
            const h = Math.floor(c / v) % v;
            const y = Math.floor(c / (v * v)) % v;
            const g = Math.floor(c / count);
            for (let o = 0; o < k; o++) {
                const yi = binary ? y : y === o ? 1 : 0;
                const at = (o * groups + g) * CLASS_STATS;
                const ph = binary ? h : h === o ? 1 : 0;
                const pb = binary ? b : b === o ? 1 : 0;
                head[at] += m;
                head[at + 1] += m * yi;
                head[at + 2] += m * ph;
                head[at + 3] += m * (yi & ph);
                head[at + 4] += m * (ph & (1 - yi));
                base[at] += m;
                base[at + 1] += m * yi;
                base[at + 2] += m * pb;
                base[at + 3] += m * (yi & pb);
                base[at + 4] += m * (pb & (1 - yi));
            }
        }
        return [head, base];
    };
    return { v, count, rows, finish };
}
/**
 * Every column's cell counts of one resample from one pass over the rows: the rows are keyed by
 * (group of each column, pattern) jointly when that key space is small (one pass for all columns,
 * then each column's counts summed from the joint ones), else per column (one pass each).
 * Undefined when neither pays (more cells than half the rows).
 */
function cellCounter(patterns, columns) {
    const n = patterns.rows.length;
    const P = patterns.count;
    const fits = (cells) => cells <= MAX_CELLS && cells * 2 <= n;
    let joint = P;
    for (const c of columns)
        joint *= c.groups;
    if (fits(joint)) {
        const key = Int32Array.from(patterns.rows);
        let stride = P;
        for (const c of columns) {
            for (let i = 0; i < n; i++)
                key[i] += c.codes[i] * stride;
            stride *= c.groups;
        }
        const counts = new Float64Array(joint);
        return (w) => {
            counts.fill(0);
            for (let i = 0; i < n; i++)
                counts[key[i]] += w[i];
            const out = columns.map((c) => new Float64Array(c.groups * P));
            for (let j = 0; j < joint; j++) {
                const m = counts[j];
                if (m === 0)
                    continue;
                const pattern = j % P;
                let rest = Math.floor(j / P);
                columns.forEach((c, ci) => {
                    const g = rest % c.groups;
                    rest = Math.floor(rest / c.groups);
                    out[ci][g * P + pattern] += m;
                });
            }
            return out;
        };
    }
    if (!columns.every((c) => fits(c.groups * P)))
        return undefined;
    const keys = columns.map((c) => Int32Array.from(patterns.rows, (p, i) => c.codes[i] * P + p));
    return (w) => keys.map((key, ci) => {
        const counts = new Float64Array(columns[ci].groups * P);
        for (let i = 0; i < n; i++)
            counts[key[i]] += w[i];
        return counts;
    });
}
const sameValue = (a, b) => a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
/** Paired CIs of every fairness summary delta both reports have; see the module comment. */
function fairness_deltas_fairnessDeltas(head, base, paired, settings) {
    const out = { intervals: new Map(), notTested: new Map() };
    const hf = head.fairness;
    const bf = base.fairness;
    if (!hf || !bf)
        return out;
    const baseColumns = new Map(bf.columns.map((c) => [c.column, c]));
    const columns = hf.columns.filter((c) => baseColumns.has(c.column));
    if (columns.length === 0)
        return out;
    const ho = outcomesFromRows(head, paired.head, paired.labels);
    const bo = outcomesFromRows(base, paired.base, paired.labels);
    if (typeof ho === 'string' || typeof bo === 'string') {
        const why = typeof ho === 'string' ? `head: ${ho}` : `baseline: ${bo}`;
        for (const c of columns)
            out.notTested.set(c.column, why);
        return out;
    }
    const plans = [];
    for (const c of columns) {
        const hv = paired.head.sensitive?.get(c.column);
        const bv = paired.base.sensitive?.get(c.column);
        if (!hv || !bv) {
            const which = !hv && !bv ? 'neither per-example file has' : !hv ? "the head's per-example file does not have" : "the baseline's per-example file does not have";
            out.notTested.set(c.column, `${which} the column's values (written before evaluate kept the sensitive columns in it); re-run evaluate with --sensitive to test the deltas`);
            continue;
        }
        const differs = firstDifference(paired, hv, bv);
        if (differs) {
            out.notTested.set(c.column, `the two evaluations grouped rows differently: ${differs}`);
            continue;
        }
        const col = sensitiveColumn(c.column, hv);
        const headPlan = fairnessColumnPlan(ho, col, { minGroupSize: hf.min_group_size, boot: null }, 'h');
        const basePlan = fairnessColumnPlan(bo, col, { minGroupSize: bf.min_group_size, boot: null }, 'b');
        const headFull = headPlan.summarize();
        const baseFull = basePlan.summarize();
        const jobs = [];
        let mismatch;
        const baseIndex = new Map((bo.kind === 'classification' ? bo.outcomes.map((o) => textOf(o.positiveClass)) : ['null']).map((k, i) => [k, i]));
        headPlan.plan.outcomes.forEach((hp, oi) => {
            const positive = ho.kind === 'classification' ? ho.outcomes[oi].positiveClass : null;
            const bi = baseIndex.get(textOf(positive));
            if (bi === undefined)
                return;
            const bp = basePlan.plan.outcomes[bi];
            const reportHead = c.outcomes.find((o) => (o.kind === 'classification' ? textOf(o.positive_class) : 'null') === textOf(positive));
            const reportBase = baseColumns.get(c.column).outcomes.find((o) => (o.kind === 'classification' ? textOf(o.positive_class) : 'null') === textOf(positive));
            for (const s of hp.summaries) {
                const t = bp.summaries.find((x) => x.name === s.name);
                if (s.key === undefined || t?.key === undefined)
                    continue;
                const headFinish = headPlan.plan.finishers[s.key];
                const baseFinish = basePlan.plan.finishers[t.key];
                const hVal = headFinish(headFull);
                const bVal = baseFinish(baseFull);
                // The files must reproduce their reports' values, else the CI would be of something else.
                const rh = reportHead?.summaries[s.name]?.value;
                const rb = reportBase?.summaries[s.name]?.value;
                if (rh === undefined || rb === undefined)
                    continue;
                if (!sameValue(rh, hVal) || !sameValue(rb, bVal)) {
                    mismatch ??= `the per-example files give ${s.name} ${hVal} (head) and ${bVal} (baseline) but the reports ${rh} and ${rb}; re-run evaluate`;
                    continue;
                }
                jobs.push({ key: fairness_deltas_fairnessOutcomeKey(c.column, positive), name: s.name, head: headFinish, base: baseFinish, estimate: rh - rb, stats: new Float64Array(settings.resamples) });
            }
        });
        if (mismatch) {
            out.notTested.set(c.column, mismatch);
            continue;
        }
        if (jobs.length > 0)
            plans.push({ head: headPlan, base: basePlan, jobs });
    }
    if (plans.length === 0)
        return out;
    // Classification: resamples count draws per group × pattern cell (above); else the rows are read.
    const patterns = ho.kind === 'classification' && bo.kind === 'classification' ? rowPatterns(ho, bo) : undefined;
    const cells = patterns && cellCounter(patterns, plans.map((p) => p.head));
    forEachPairedResample(paired.rows, settings.resamples, settings.seed, (r, counts) => {
        const perColumn = cells?.(counts);
        plans.forEach((p, pi) => {
            const [hs, bs] = perColumn ? patterns.finish(perColumn[pi], p.head.groups) : [p.head.summarize(counts), p.base.summarize(counts)];
            for (const j of p.jobs)
                j.stats[r] = j.head(hs) - j.base(bs);
        });
    });
    for (const p of plans) {
        for (const j of p.jobs) {
            let perOutcome = out.intervals.get(j.key);
            if (!perOutcome)
                out.intervals.set(j.key, (perOutcome = new Map()));
            perOutcome.set(j.name, deltaInterval(j.estimate, j.stats, settings.confidence));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/compare/fairness-compare.ts




const knownDirection = (name) => (Object.hasOwn(SUMMARY_DIRECTION, name) ? SUMMARY_DIRECTION[name] : undefined);
/**
 * The plain bounds `max` and `min` (head <= max, head >= min, inclusive with the metric rules'
 * rounding allowance), placed after `present` and `threshold` in the rule results.
 */
function withBounds(name, rule, head, results) {
    const severity = rule.severity ?? 'error';
    const bounds = [];
    for (const kind of ['max', 'min']) {
        const v = rule[kind];
        if (v === undefined)
            continue;
        if (head === undefined) {
            bounds.push({ rule: kind, value: v, bound: null, outcome: 'skipped', severity, message: `${name}: no head value to check` });
            continue;
        }
        const slack = 8 * Number.EPSILON * Math.max(Math.abs(head), Math.abs(v));
        const ok = kind === 'max' ? head <= v + slack : head >= v - slack;
        const op = kind === 'max' ? (ok ? '<=' : '>') : ok ? '>=' : '<';
        bounds.push({ rule: kind, value: v, bound: v, outcome: ok ? 'pass' : 'fail', severity, message: `${name} ${fmt(head)} ${op} ${kind} ${fmt(v)}` });
    }
    if (bounds.length === 0)
        return results;
    const at = results.filter((r) => r.rule === 'present' || r.rule === 'threshold').length;
    return [...results.slice(0, at), ...bounds, ...results.slice(at)];
}
function compareSummary(name, head, base, rule, ctx) {
    const reported = head?.direction ?? base?.direction ?? knownDirection(name);
    const direction = rule ? requireDirection(name, ctx.where, rule.direction, reported) : (reported ?? null);
    const h = head?.value;
    const b = base?.value;
    const rules = rule ? withBounds(name, rule, h, evaluateRules({ name, rule, direction: direction, head: h, baseline: b, firstRun: ctx.firstRun, noBaselineReason: ctx.noBaselineReason })) : [];
    const delta = h !== undefined && b !== undefined ? h - b : null;
    const ci = delta !== null ? ctx.interval : undefined;
    const deltaCi = ci && !Number.isNaN(ci.lower) ? [ci.lower, ci.upper] : null;
    return {
        name,
        direction,
        head: h ?? null,
        baseline: b ?? null,
        delta,
        relative_delta: delta !== null && b !== 0 ? delta / Math.abs(b) : null,
        head_ci: head?.ci ?? null,
        baseline_ci: base?.ci ?? null,
        delta_ci: deltaCi,
        delta_ci_invalid: ci ? ci.invalid : null,
        p_value: null,
        test: null,
        label: deltaLabel(deltaCi, direction),
        rules,
        status: statusOf(rules),
    };
}
const positiveOf = (o) => (o.kind === 'classification' ? o.positive_class : null);
const outcomeKey = (column, o) => JSON.stringify([column, o.kind, positiveOf(o)]);
function names(...maps) {
    const out = new Set();
    for (const m of maps)
        for (const k of Object.keys(m ?? {}))
            out.add(k);
    return [...out];
}
/** The fairness comparisons and their gate; undefined when neither report nor the rules mention fairness. */
function fairness_compare_compareFairness(head, baseline, rules, firstRun, pairing = { reason: 'no paired per-example data' }) {
    const configured = rules ?? {};
    if (!head.fairness && !baseline?.fairness && Object.keys(configured).length === 0)
        return undefined;
    const rulesOf = (column) => (Object.hasOwn(configured, column) ? configured[column] : undefined);
    const baseOutcomes = new Map();
    for (const c of baseline?.fairness?.columns ?? [])
        for (const o of c.outcomes)
            baseOutcomes.set(outcomeKey(c.column, o), o);
    const out = { fairness: [], rules: [], failures: [], missingFailed: 0, missingWarned: 0 };
    const seen = new Set();
    const headColumns = new Set();
    for (const c of head.fairness?.columns ?? []) {
        headColumns.add(c.column);
        const columnRules = rulesOf(c.column);
        for (const o of c.outcomes) {
            const key = outcomeKey(c.column, o);
            seen.add(key);
            const b = baseOutcomes.get(key);
            const noBase = b ? 'not in the baseline report' : baseline?.fairness ? 'this fairness outcome is not in the baseline report' : 'the baseline report has no fairness section';
            const cls = c.outcomes.length > 1 && o.kind === 'classification' ? ` (class ${String(o.positive_class)})` : '';
            const intervals = 'deltas' in pairing ? pairing.deltas.intervals.get(fairnessOutcomeKey(c.column, positiveOf(o))) : undefined;
            const summaries = names(o.summaries, b?.summaries, columnRules).map((name) => compareSummary(name, Object.hasOwn(o.summaries, name) ? o.summaries[name] : undefined, b && Object.hasOwn(b.summaries, name) ? b.summaries[name] : undefined, columnRules?.[name], {
                where: `fairness rule for ${name} of sensitive column ${c.column}`,
                firstRun,
                noBaselineReason: noBase,
                interval: intervals?.get(name),
            }));
            const results = summaries.flatMap((m) => m.rules);
            out.rules.push(...results);
            for (const r of results)
                if (r.outcome === 'fail')
                    out.failures.push(`${r.severity === 'warn' ? 'warning: ' : ''}fairness ${c.column}${cls}: ${r.message}`);
            const notTested = summaries.some((m) => m.delta_ci !== null)
                ? null
                : 'reason' in pairing
                    ? pairing.reason
                    : (pairing.deltas.notTested.get(c.column) ?? (b ? 'no summary is defined in both reports' : noBase));
            out.fairness.push({ column: c.column, positive_class: positiveOf(o), skipped: null, summaries, status: statusOf(results), delta_not_tested: notTested });
        }
    }
    for (const c of baseline?.fairness?.columns ?? []) {
        for (const o of c.outcomes) {
            if (seen.has(outcomeKey(c.column, o)))
                continue;
            const summaries = names(o.summaries).map((name) => compareSummary(name, undefined, o.summaries[name], undefined, { where: '', firstRun, noBaselineReason: '' }));
            out.fairness.push({ column: c.column, positive_class: positiveOf(o), skipped: 'only in the baseline report', summaries, status: 'none' });
        }
    }
    for (const [column, r] of Object.entries(configured)) {
        for (const [name, rule] of Object.entries(r)) {
            if (rule)
                requireDirection(name, `fairness rule for ${name} of sensitive column ${column}`, rule.direction, knownDirection(name));
        }
        const defined = Object.values(r).filter((x) => x !== undefined);
        if (headColumns.has(column) || defined.length === 0)
            continue;
        const severe = defined.some((x) => (x.severity ?? 'error') === 'error');
        if (severe)
            out.missingFailed++;
        else
            out.missingWarned++;
        out.failures.push(`${severe ? '' : 'warning: '}fairness ${column}: the head report has no fairness section on it (evaluate with --sensitive ${column})`);
        out.fairness.push({ column, positive_class: null, skipped: `the head report has no fairness section on this column (evaluate with --sensitive ${column})`, summaries: [], status: severe ? 'fail' : 'warn' });
    }
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/compare/compare.ts
/**
 * compareReports(): an evaluation report (the head) against a baseline report, under one model's
 * gate rules. Pure given parsed inputs; compare-files.ts reads the files. Semantics: docs/compare.md.
 *
 * - Every metric of either report is listed with head, baseline, delta and relative delta; rules
 *   are evaluated for the metrics (and slice columns) the config names (shared/compare/rules.ts).
 * - With per-example data of both reports on the same rows, every registry metric gets a paired
 *   bootstrap CI of its delta, accuracy McNemar's test and binary ROC AUC DeLong's test
 *   (shared/compare/significance.ts), and a label: improvement / regression / within noise.
 * - Verdict: `report-only` when no rule is configured (never a silent pass), else `fail` when an
 *   error-severity rule failed, else `pass`.
 */








function refOf(report, file) {
    return {
        file: file ?? null,
        source: report.source,
        task: report.task,
        rows: report.rows,
        dataset_sha256: report.dataset?.sha256 ?? null,
        examples_sha256: report.examples?.sha256 ?? null,
    };
}
const isRegistryMetric = (name, task) => task !== null && name in METRICS && METRICS[name].tasks.includes(task);
function compareMetric(name, head, base, rule, ctx) {
    const reported = head?.direction ?? base?.direction;
    const direction = rule ? requireDirection(name, ctx.where, rule.direction, reported) : (directionOf(name, undefined, reported) ?? null);
    const h = head?.value;
    const b = base?.value;
    const rules = rule
        ? evaluateRules({ name, rule, direction: direction, head: h, baseline: b, firstRun: ctx.firstRun, noBaselineReason: ctx.noBaselineReason })
        : [];
    const delta = h !== undefined && b !== undefined ? h - b : null;
    const ci = ctx.sig?.ci[name];
    const deltaCi = ci && !Number.isNaN(ci.lower) ? [ci.lower, ci.upper] : null;
    const test = ctx.sig?.tests[name] ?? null;
    return {
        name,
        direction,
        head: h ?? null,
        baseline: b ?? null,
        delta,
        relative_delta: delta !== null && b !== 0 ? delta / Math.abs(b) : null,
        head_ci: head?.ci ?? null,
        baseline_ci: base?.ci ?? null,
        delta_ci: deltaCi,
        delta_ci_invalid: ci ? ci.invalid : null,
        p_value: test?.p_value ?? null,
        test,
        label: deltaLabel(deltaCi, direction),
        rules,
        status: statusOf(rules),
    };
}
/** Names of both metric maps (head order, then baseline-only), plus configured names missing from both. */
function metricNames(head, base, rules) {
    const names = new Set(Object.keys(head));
    for (const n of Object.keys(base ?? {}))
        names.add(n);
    for (const n of Object.keys(rules ?? {}))
        names.add(n);
    return [...names];
}
function significanceOf(head, base, paired, s) {
    const models = pairedModels(head, base, paired);
    const names = Object.keys(head.metrics).filter((n) => n in base.metrics && isRegistryMetric(n, head.task));
    const ci = pairedBootstrapDeltas(models.head, models.base, names, { resamples: s.resamples, confidence: s.confidence, seed: s.seed });
    const tests = {};
    if (names.includes('accuracy') && models.head.correct && models.base.correct) {
        const t = mcnemarTest(models.head.correct, models.base.correct);
        tests.accuracy = { name: 'mcnemar', method: t.method, statistic: t.statistic, p_value: t.pValue, significant: t.pValue < s.alpha, details: { b: t.b, c: t.c } };
    }
    if (head.task === 'binary' && names.includes('roc_auc') && models.head.score && models.base.score && models.head.positive) {
        const t = delongTest(models.head.positive, models.head.score, models.base.score);
        tests.roc_auc = {
            name: 'delong',
            method: 'fast-delong',
            statistic: t.z,
            p_value: t.pValue,
            significant: t.pValue < s.alpha,
            details: { auc_head: t.aucHead, auc_baseline: t.aucBase, se: t.se, positives: t.positives, negatives: t.negatives },
        };
    }
    return { ci, tests };
}
const sliceKey = (column, value) => JSON.stringify([column, value]);
/** Compares two evaluation reports under one model's rules (undefined: report only). */
function compare_compareReports(head, baseline, config, options = {}) {
    const firstRun = config?.first_run ?? 'pass';
    if (config?.task && head.task && config.task !== head.task) {
        throw new InputError(`the config says task ${config.task} but the head report is a ${head.task} evaluation`, { location: options.headFile ? { file: options.headFile } : undefined, hint: 'fix task under the model in mlops.yaml' });
    }
    const metricRules = config?.metrics ?? {};
    const sliceRules = config?.slices ?? {};
    const configured = Object.keys(metricRules).length > 0 || Object.keys(sliceRules).length > 0 || Object.keys(config?.fairness ?? {}).length > 0;
    const sig = {
        resamples: options.significance?.resamples ?? config?.significance?.resamples ?? DEFAULT_PAIRED_RESAMPLES,
        confidence: options.significance?.confidence ?? config?.significance?.confidence ?? DEFAULT_CONFIDENCE,
        alpha: options.significance?.alpha ?? config?.significance?.alpha ?? DEFAULT_ALPHA,
        seed: options.significance?.seed ?? config?.significance?.seed ?? DEFAULT_SEED,
    };
    const warnings = [];
    let reason = null;
    let data;
    if (!baseline)
        reason = 'no baseline';
    else if (sig.resamples === 0)
        reason = 'significance.resamples is 0';
    else if (!options.paired)
        reason = options.notTestedReason ?? 'per-example data is missing from the head or the baseline report';
    else
        data = significanceOf(head, baseline, options.paired, sig);
    const noBaselineReason = baseline ? 'not in the baseline report' : 'no baseline report';
    const metrics = metricNames(head.metrics, baseline?.metrics, metricRules).map((name) => compareMetric(name, head.metrics[name], baseline?.metrics[name], metricRules[name], { where: `rule for metric ${name}`, firstRun, noBaselineReason, sig: data }));
    // Slices: every slice of the head (and of the baseline), rules for the configured columns.
    const slices = [];
    const baseSlices = new Map((baseline?.slices ?? []).map((s) => [sliceKey(s.column, s.value), s]));
    const headKeys = new Set();
    for (const s of head.slices) {
        const key = sliceKey(s.column, s.value);
        headKeys.add(key);
        const b = baseSlices.get(key);
        const rule = sliceRules[s.column];
        const tooSmall = rule?.min_size !== undefined && s.rows < rule.min_size ? `${s.rows} rows, fewer than min_size ${rule.min_size}` : null;
        const rules = tooSmall ? undefined : rule?.metrics;
        const noBase = b ? 'not in the baseline slice' : 'slice not in the baseline report';
        const ms = metricNames(s.metrics, b?.metrics, rules).map((name) => compareMetric(name, s.metrics[name], b?.metrics[name], rules?.[name], { where: `rule for metric ${name} of slice column ${s.column}`, firstRun, noBaselineReason: noBase }));
        slices.push({ column: s.column, value: s.value, head_rows: s.rows, baseline_rows: b?.rows ?? null, skipped: tooSmall, metrics: ms, status: statusOf(ms.flatMap((m) => m.rules)) });
    }
    for (const s of head.skipped_slices) {
        headKeys.add(sliceKey(s.column, s.value));
        const b = baseSlices.get(sliceKey(s.column, s.value));
        slices.push({ column: s.column, value: s.value, head_rows: s.rows, baseline_rows: b?.rows ?? null, skipped: `skipped by evaluate: ${s.reason}`, metrics: [], status: 'none' });
    }
    for (const s of baseline?.slices ?? []) {
        if (headKeys.has(sliceKey(s.column, s.value)))
            continue;
        slices.push({ column: s.column, value: s.value, head_rows: null, baseline_rows: s.rows, skipped: 'only in the baseline report', metrics: [], status: 'none' });
    }
    // A configured slice column the head has no slices on is a failure of the slice rules.
    const missingColumns = [];
    for (const [column, rule] of Object.entries(sliceRules)) {
        for (const [name, r] of Object.entries(rule.metrics ?? {}))
            requireDirection(name, `rule for metric ${name} of slice column ${column}`, r.direction);
        if (head.slices.some((s) => s.column === column) || head.skipped_slices.some((s) => s.column === column))
            continue;
        missingColumns.push(column);
        const severe = Object.values(rule.metrics ?? {}).some((r) => (r.severity ?? 'error') === 'error');
        slices.push({ column, value: null, head_rows: null, baseline_rows: null, skipped: null, metrics: [], status: severe ? 'fail' : 'warn' });
    }
    // Fairness summaries (evaluate --sensitive) under the fairness: rules (fairness-compare.ts).
    const fairness = compareFairness(head, baseline, config?.fairness, firstRun, data && baseline && options.paired ? { deltas: fairnessDeltas(head, baseline, options.paired, sig) } : { reason: reason ?? 'not tested' });
    const all = [...metrics.flatMap((m) => m.rules), ...slices.flatMap((s) => s.metrics.flatMap((m) => m.rules)), ...(fairness?.rules ?? [])];
    const failures = [];
    const describe = (prefix, rs) => {
        for (const r of rs)
            if (r.outcome === 'fail')
                failures.push(`${r.severity === 'warn' ? 'warning: ' : ''}${prefix}${r.message}`);
    };
    for (const m of metrics)
        describe('', m.rules);
    for (const s of slices)
        for (const m of s.metrics)
            describe(`slice ${s.column}=${s.value ?? '(missing)'}: `, m.rules);
    let failed = all.filter((r) => r.outcome === 'fail' && r.severity === 'error').length;
    let warned = all.filter((r) => r.outcome === 'fail' && r.severity === 'warn').length;
    for (const column of missingColumns) {
        const severe = slices.find((s) => s.column === column && s.head_rows === null && s.metrics.length === 0)?.status === 'fail';
        if (severe)
            failed++;
        else
            warned++;
        failures.push(`${severe ? '' : 'warning: '}slice column ${column}: the head report has no slices on it (evaluate with --slice ${column})`);
    }
    if (fairness) {
        failures.push(...fairness.failures);
        failed += fairness.missingFailed;
        warned += fairness.missingWarned;
    }
    if (!configured)
        warnings.push('no gate rules are configured: this comparison reports only');
    return {
        schema: COMPARISON_SCHEMA,
        model: options.model ?? null,
        head: refOf(head, options.headFile),
        baseline: baseline ? refOf(baseline, options.baselineFile) : null,
        verdict: !configured ? 'report-only' : failed > 0 ? 'fail' : 'pass',
        gate: {
            configured,
            first_run: firstRun,
            rules: all.length + missingColumns.length + (fairness ? fairness.missingFailed + fairness.missingWarned : 0),
            failed,
            warned,
            skipped: all.filter((r) => r.outcome === 'skipped').length,
            failures,
        },
        significance: {
            tested: data !== undefined,
            reason,
            paired_rows: data ? options.paired.rows : null,
            method: 'paired-percentile-bootstrap',
            resamples: sig.resamples,
            confidence: sig.confidence,
            alpha: sig.alpha,
            seed: sig.seed,
            prng: 'xoshiro128** (splitmix32-seeded)',
        },
        metrics,
        slices,
        warnings,
        ...(fairness ? { fairness: fairness.fairness } : {}),
    };
}

;// CONCATENATED MODULE: ../../../../shared/compare/compare-files.ts
/**
 * The file-reading edge of compareReports(): reads the head and baseline reports (and, when both
 * carry one, their per-example files), the gate rules from mlops.yaml or given directly, and
 * returns the comparison. Writing it out is the caller's job (the action and the CLI).
 */






/** Reads and checks an evaluation report. Throws InputError naming the file and the first problem. */
async function readEvaluationReport(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* InputError */.dz(code === 'ENOENT' ? 'evaluation report not found' : `cannot read the evaluation report: ${e.message}`, { location: { file }, cause: e });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(`not JSON: ${e.message}`, { location: { file }, hint: (o) => `point at the report evaluate wrote (${o.option('out')})` });
    }
    const parsed = evaluation_format/* evaluationReportSchema */.mF.safeParse(json);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        const at = i.path.length ? i.path.join('.') : '(top level)';
        throw new errors/* InputError */.dz(`not an mlops-actions/evaluation@1 report: ${at}: ${i.message}`, { location: { file }, hint: (o) => `point at the report evaluate wrote (${o.option('out')})` });
    }
    return parsed.data;
}
async function pairedOf(head, headFile, base, baseFile) {
    const h = examplesFileOf(headFile, head);
    const b = examplesFileOf(baseFile, base);
    if (!h || !b)
        return `per-example data is missing from the ${!h && !b ? 'head and the baseline reports' : !h ? 'head report' : 'baseline report'} (evaluate writes it unless --no-examples)`;
    if ((head.examples.id_column === null) !== (base.examples.id_column === null)) {
        throw new InputError(`the head pairs rows by ${head.examples.id_column === null ? 'row index' : `id column ${head.examples.id_column}`} but the baseline by ${base.examples.id_column === null ? 'row index' : `id column ${base.examples.id_column}`}`, { location: { file: headFile }, hint: (o) => `evaluate both with the same ${o.option('id')} column` });
    }
    const [hr, br] = await Promise.all([
        readExamplesFile(h, { sha256: head.examples.sha256, rows: head.examples.rows }),
        readExamplesFile(b, { sha256: base.examples.sha256, rows: base.examples.rows }),
    ]);
    return pairExamples(hr, br);
}
async function compareFiles(options) {
    const [head, baseline] = await Promise.all([readEvaluationReport(options.head), options.baseline ? readEvaluationReport(options.baseline) : undefined]);
    const { rules, model } = await gateRulesOf(options);
    const compareOptions = { model: model ?? null, headFile: options.head, baselineFile: options.baseline ?? null, significance: options.significance };
    const resamples = options.significance?.resamples ?? rules?.significance?.resamples;
    if (baseline && resamples !== 0) {
        const paired = options.baselineExamplesUnavailable ?? (await pairedOf(head, options.head, baseline, options.baseline));
        if (typeof paired === 'string')
            compareOptions.notTestedReason = paired;
        else
            compareOptions.paired = paired;
    }
    return compareReports(head, baseline, rules, compareOptions);
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
var hash = __webpack_require__(13308);
;// CONCATENATED MODULE: ../../../../shared/data/sketch/hll.ts

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
function hll_hllPrecision(columns) {
    const p = Math.floor(Math.log2(HLL_REGISTERS_BUDGET / Math.max(1, columns)));
    return Math.max(HLL_MIN_WIDE_P, Math.min(HLL_DEFAULT_P, p));
}
/** Relative standard error of the estimate for precision p. */
function hllStandardError(p = HLL_DEFAULT_P) {
    return 1.04 / Math.sqrt(2 ** p);
}
/** The sparse form turns dense once this share of the registers is set (a 4-byte entry each when written). */
const SPARSE_MAX_FRACTION = (/* unused pure expression or super */ null && (1 / 16));
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
const frequent_items_FREQUENT_DEFAULT_CAPACITY = 1024;
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
    constructor(capacity = frequent_items_FREQUENT_DEFAULT_CAPACITY) {
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

;// CONCATENATED MODULE: ../../../../shared/data/batch-dictionary.ts

/**
 * The dictionaries of one batch's columns, encoded on first request. One instance serves a stream
 * of batches (buffers are reused): the profiler and the validator are handed the same instance and
 * ask for the columns they need; a column is encoded once per batch.
 */
class batch_dictionary_BatchDictionaries {
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
                columns[name] = profile_columnProfileFromSketches(type, a.sketches(type, rows));
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

;// CONCATENATED MODULE: ../../../../shared/formats/run-format.ts
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
const run_format_schemas = (0,lazy_schema/* once */.Oo)(() => {
    const fileDigestSchema = schemas/* object */.Ikc({
        /** Workspace-relative, forward slashes. */
        path: schemas/* string */.YjP(),
        sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
        bytes: schemas/* number */.aig().int().nonnegative(),
    });
    const runCommandSchema = schemas/* object */.Ikc({
        /** What was spawned (no shell in between unless `shell` is set): for a shell, `[shell, ...flags, script]`. */
        argv: schemas/* array */.YOg(schemas/* string */.YjP()).min(1),
        /** The shell named by the user (`bash`, `sh`, `pwsh`), or null for an argument list. */
        shell: schemas/* string */.YjP().nullable(),
        /** The script given to the shell, or null. */
        script: schemas/* string */.YjP().nullable(),
    });
    const environmentSchema = schemas/* object */.Ikc({
        platform: schemas/* string */.YjP(),
        arch: schemas/* string */.YjP(),
        /** `node --version` of the node on PATH (what the command would run), or null. */
        node: schemas/* string */.YjP().nullable(),
        /** `python3 --version` (e.g. "3.12.3"), or null when there is no python3 on PATH. */
        python: schemas/* string */.YjP().nullable(),
        /** The runner image (`ImageOS`, e.g. "ubuntu24"), or null off a hosted runner. */
        image: schemas/* string */.YjP().nullable(),
        /** Lockfiles found at the top of the working directory, with their digests. */
        lockfiles: schemas/* array */.YOg(fileDigestSchema),
    });
    const runFields = {
        schema: schemas/* literal */.euz(RUN_SCHEMA),
        model: schemas/* string */.YjP(),
        status: schemas/* enum */.k5n(['succeeded', 'failed']),
        /** hit: outputs restored, command skipped; miss: the command ran (and was cached if it succeeded); off: no cache. */
        cache: schemas/* enum */.k5n(['hit', 'miss', 'off']),
        cache_key: schemas/* string */.YjP().nullable(),
        command: runCommandSchema,
        params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
        seed: schemas/* number */.aig().int().nonnegative(),
        declared: schemas/* object */.Ikc({ inputs: schemas/* array */.YOg(schemas/* string */.YjP()), outputs: schemas/* array */.YOg(schemas/* string */.YjP()) }),
        inputs: schemas/* array */.YOg(fileDigestSchema),
        outputs: schemas/* array */.YOg(fileDigestSchema),
        environment: environmentSchema,
        git: schemas/* object */.Ikc({ commit: schemas/* string */.YjP().nullable() }),
        started_at: schemas/* string */.YjP(),
        ended_at: schemas/* string */.YjP(),
        duration_ms: schemas/* number */.aig().nonnegative(),
        /** The command's exit code; null when it did not run (cache hit) or was killed by a signal. */
        exit_code: schemas/* number */.aig().int().nullable(),
        signal: schemas/* string */.YjP().nullable(),
        /** Workspace-relative path of the log (stdout and stderr interleaved as they arrived). */
        log: schemas/* string */.YjP().nullable(),
        /** Why a failed run failed, in one line. */
        error: schemas/* string */.YjP().optional(),
        /**
         * Only when the run was asked to check determinism (`check-determinism`): the command ran twice
         * from the same state (the first run's outputs moved aside), and whether every declared output
         * came out byte-identical. `differing` lists the paths that did not (or that only one run wrote).
         */
        determinism: schemas/* object */.Ikc({ runs: schemas/* number */.aig().int().positive(), identical: schemas/* boolean */.zMY(), differing: schemas/* array */.YOg(schemas/* string */.YjP()) })
            .optional(),
    };
    /** The record of the run a cache hit restored (one level deep: its own `original` is dropped). */
    const originalRunSchema = schemas/* object */.Ikc(runFields);
    const runRecordSchema = schemas/* object */.Ikc({ ...runFields, original: originalRunSchema.optional() });
    return { fileDigestSchema, runCommandSchema, environmentSchema, originalRunSchema, runRecordSchema };
});
const fileDigestSchema = (0,lazy_schema/* lazySchema */.ID)(() => run_format_schemas().fileDigestSchema);
const runCommandSchema = (0,lazy_schema/* lazySchema */.ID)(() => run_format_schemas().runCommandSchema);
const environmentSchema = (0,lazy_schema/* lazySchema */.ID)(() => run_format_schemas().environmentSchema);
const originalRunSchema = (0,lazy_schema/* lazySchema */.ID)(() => run_format_schemas().originalRunSchema);
const runRecordSchema = (0,lazy_schema/* lazySchema */.ID)(() => run_format_schemas().runRecordSchema);
/** The command as a person would type it (for messages), quoting arguments that need it. */
function describeCommand(command) {
    if (command.shell !== null)
        return `${command.shell}: ${command.script}`;
    return command.argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

// EXTERNAL MODULE: ../../../../shared/report/markdown-escape.ts
var markdown_escape = __webpack_require__(31160);
;// CONCATENATED MODULE: ../../../../shared/report/explanation-summary.ts

/** At most this many features in the summary's table (the file has them all). */
const SUMMARY_FEATURES = 50;
/** Four significant digits, signs as typed minus; tiny and huge values in exponent form. */
function formatImportance(v) {
    if (v === 0)
        return '0';
    const a = Math.abs(v);
    const text = a >= 1e6 || a < 1e-4 ? v.toExponential(2) : Number(v.toPrecision(4)).toString();
    return text.replace('-', '−');
}
const esc = (s) => escapeMarkdownCell(String(s));
/** A bar of `width` cells for the share of the largest importance (negative importances get none). */
function bar(v, max, width = 20) {
    if (!(max > 0) || !(v > 0))
        return '';
    return '█'.repeat(Math.max(1, Math.round((v / max) * width)));
}
function renderExplanationSummary(e) {
    const out = [];
    out.push(`### explain: permutation importance · ${e.task} · ${e.dataset.rows_used.toLocaleString('en-US')} rows`, '');
    const sample = e.dataset.rows_used < e.dataset.rows ? ` (a seeded sample of ${e.dataset.rows.toLocaleString('en-US')})` : '';
    out.push(`Data: ${esc(e.dataset.file)}${sample}, label ${esc(e.label)} (sha256 \`${e.dataset.sha256.slice(0, 12)}\`)`);
    const better = e.metric.direction === 'higher' ? 'the drop in' : 'the rise in';
    out.push(`Importance: ${better} ${esc(e.metric.name)} when a feature's values are shuffled across rows (baseline ${formatImportance(e.metric.baseline)}), mean ± std over ${e.repeats} repeats, seed ${e.seed}.`);
    out.push(`The predict command ran ${e.predict.calls === 1 ? 'once' : `${e.predict.calls} times`} for ${e.predict.copies.toLocaleString('en-US')} copies of the rows.`, '');
    const shown = e.features.slice(0, SUMMARY_FEATURES);
    const max = Math.max(0, ...shown.map((f) => f.importance_mean));
    out.push('| rank | feature | importance | ± std | |', '| ---: | --- | ---: | ---: | --- |');
    for (const f of shown)
        out.push(`| ${f.rank} | ${esc(f.feature)} | ${formatImportance(f.importance_mean)} | ${formatImportance(f.importance_std)} | ${bar(f.importance_mean, max)} |`);
    if (e.features.length > shown.length)
        out.push('', `${e.features.length - shown.length} more features in the explanation file.`);
    if (e.warnings.length > 0)
        out.push('', ...e.warnings.map((w) => `> ${esc(w)}`));
    out.push('');
    return out.join('\n');
}
function renderExplanationText(e) {
    const out = [];
    const sample = e.dataset.rows_used < e.dataset.rows ? ` (sample of ${e.dataset.rows})` : '';
    out.push(`explain: ${e.task}, ${e.dataset.rows_used} rows${sample}, metric ${e.metric.name} (baseline ${formatImportance(e.metric.baseline)}), ${e.repeats} repeats, ${e.predict.calls} predict call${e.predict.calls === 1 ? '' : 's'}`);
    const width = Math.max(7, ...e.features.map((f) => f.feature.length));
    out.push(`${'rank'.padStart(4)}  ${'feature'.padEnd(width)}  ${'importance'.padStart(10)}  ${'± std'.padStart(9)}`);
    for (const f of e.features) {
        out.push(`${String(f.rank).padStart(4)}  ${JSON.stringify(f.feature).slice(1, -1).padEnd(width)}  ${formatImportance(f.importance_mean).padStart(10)}  ${formatImportance(f.importance_std).padStart(9)}`);
    }
    for (const w of e.warnings)
        out.push(`warning: ${w}`);
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ../../../../shared/report/fairness-table.ts

/** At most this many groups per table, and outcomes (multiclass classes) per column, in the summary. */
const SUMMARY_FAIRNESS_ROWS = 50;
const group = (v) => (v === null ? '_(missing)_' : escapeMarkdownCell(v));
function fairness_table_fmt(v) {
    if (v === null)
        return '–';
    if (v === 0)
        return '0';
    const a = Math.abs(v);
    if (a >= 1e6 || a < 1e-4)
        return v.toExponential(3);
    return Number(v.toPrecision(4)).toString();
}
const ci = (m) => (m.ci ? `[${fairness_table_fmt(m.ci[0])}, ${fairness_table_fmt(m.ci[1])}]` : '');
function outcomeLines(o, level) {
    const out = [];
    if (o.kind === 'classification') {
        const scored = o.groups.some((g) => g.mean_score !== null);
        out.push(`| group | rows | selection rate | TPR | FPR | FNR | precision | observed rate |${scored ? ' mean score |' : ''}`, `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |${scored ? ' ---: |' : ''}`);
        for (const g of o.groups.slice(0, SUMMARY_FAIRNESS_ROWS)) {
            const cells = [g.rows, fairness_table_fmt(g.selection_rate), fairness_table_fmt(g.tpr), fairness_table_fmt(g.fpr), fairness_table_fmt(g.fnr), fairness_table_fmt(g.precision), fairness_table_fmt(g.base_rate), ...(scored ? [fairness_table_fmt(g.mean_score)] : [])];
            out.push(`| ${group(g.value)} | ${cells.join(' | ')} |`);
        }
    }
    else {
        out.push('| group | rows | MAE | RMSE | mean error |', '| --- | ---: | ---: | ---: | ---: |');
        for (const g of o.groups.slice(0, SUMMARY_FAIRNESS_ROWS))
            out.push(`| ${group(g.value)} | ${g.rows} | ${fairness_table_fmt(g.mae)} | ${fairness_table_fmt(g.rmse)} | ${fairness_table_fmt(g.mean_error)} |`);
    }
    if (o.groups.length > SUMMARY_FAIRNESS_ROWS)
        out.push('', `_${o.groups.length - SUMMARY_FAIRNESS_ROWS} more groups in the report._`);
    out.push('', level ? `| summary | value | ${level} |` : '| summary | value |', level ? '| --- | ---: | --- |' : '| --- | ---: |');
    for (const [name, m] of Object.entries(o.summaries))
        out.push(level ? `| ${name} | ${fairness_table_fmt(m.value)} | ${ci(m)} |` : `| ${name} | ${fairness_table_fmt(m.value)} |`);
    for (const m of o.omitted)
        out.push(level ? `| ${m.metric} | – | ${escapeMarkdownCell(m.reason)} |` : `| ${m.metric} | – |`);
    if (o.kind === 'classification' && o.four_fifths) {
        const f = o.four_fifths;
        out.push('', f.pass
            ? `Four-fifths rule: passes (lowest selection rate is ${fairness_table_fmt(f.ratio)} of the highest, at least ${f.threshold}).`
            : `Four-fifths rule: **fails** (lowest selection rate is ${fairness_table_fmt(f.ratio)} of the highest, below ${f.threshold}).`);
    }
    return out;
}
/** Markdown for the job summary; empty when the report has no fairness section. */
function fairness_table_renderFairnessMarkdown(f, confidence) {
    if (!f)
        return [];
    const level = confidence === null ? '' : `${Math.round(confidence * 100)}% CI`;
    const out = [];
    for (const c of f.columns) {
        const many = c.outcomes.length > 1;
        for (const o of c.outcomes.slice(0, SUMMARY_FAIRNESS_ROWS)) {
            const which = o.kind === 'classification' ? ` · ${many ? 'class' : 'positive class'} ${escapeMarkdownCell(String(o.positive_class))}${many ? ' vs rest' : ''}` : '';
            out.push('', `#### Fairness by ${escapeMarkdownCell(c.column)}${which}`, '');
            out.push(...outcomeLines(o, level));
        }
        if (c.outcomes.length > SUMMARY_FAIRNESS_ROWS)
            out.push('', `_${c.outcomes.length - SUMMARY_FAIRNESS_ROWS} more classes in the report._`);
        if (c.skipped_groups.length > 0) {
            const list = c.skipped_groups.slice(0, SUMMARY_FAIRNESS_ROWS).map((s) => `${group(s.value)} (${s.rows})`).join(', ');
            out.push('', `Left out of the ${escapeMarkdownCell(c.column)} summaries (fewer than ${f.min_group_size} rows): ${list}${c.skipped_groups.length > SUMMARY_FAIRNESS_ROWS ? ', …' : ''}`);
        }
    }
    return out;
}
/** Terminal lines: per column and outcome, the summaries and the four-fifths verdict. */
function fairness_table_renderFairnessText(f) {
    if (!f)
        return [];
    const lines = [];
    for (const c of f.columns) {
        for (const o of c.outcomes) {
            const which = o.kind === 'classification' && c.outcomes.length > 1 ? ` (class ${String(o.positive_class)} vs rest)` : '';
            const parts = Object.entries(o.summaries).map(([k, m]) => `${k} ${fairness_table_fmt(m.value)}${m.ci ? ` ${ci(m)}` : ''}`);
            if (o.kind === 'classification' && o.four_fifths)
                parts.push(`four-fifths ${o.four_fifths.pass ? 'pass' : 'FAIL'}`);
            for (const m of o.omitted)
                parts.push(`${m.metric} omitted: ${m.reason}`);
            lines.push(`fairness ${JSON.stringify(c.column)}${which}: ${o.groups.length} groups; ${parts.join('; ')}`);
        }
        const k = c.skipped_groups.length;
        if (k > 0)
            lines.push(`fairness ${JSON.stringify(c.column)}: ${k} group${k === 1 ? '' : 's'} left out (< ${f.min_group_size} rows)`);
    }
    return lines;
}

;// CONCATENATED MODULE: ../../../../shared/report/evaluation-summary.ts


/** At most this many slice rows per slice column in the summary (the report has them all). */
const SUMMARY_SLICE_ROWS = 50;
/** Metrics shown per slice row; the first ones the report has of these. */
const SLICE_METRICS = (/* unused pure expression or super */ null && (['accuracy', 'f1', 'f1_macro', 'roc_auc', 'log_loss', 'mae', 'rmse', 'r2']));
const evaluation_summary_esc = (s) => escapeMarkdownCell(s === null ? '(missing)' : String(s));
function formatMetric(v) {
    if (v === 0)
        return '0';
    const a = Math.abs(v);
    if (a >= 1e6 || a < 1e-4)
        return v.toExponential(3);
    return Number(v.toPrecision(4)).toString();
}
const evaluation_summary_ci = (m) => (m.ci ? `[${formatMetric(m.ci[0])}, ${formatMetric(m.ci[1])}]` : '');
function headline(r) {
    if (r.source === 'import')
        return `### evaluate: metrics imported from ${r.imported ? evaluation_summary_esc(r.imported.kind) : 'another tool'}`;
    return `### evaluate: ${r.task ?? ''} · ${(r.rows ?? 0).toLocaleString('en-US')} rows`;
}
function renderEvaluationSummary(r) {
    const out = [headline(r), ''];
    if (r.dataset)
        out.push(`Predictions: ${evaluation_summary_esc(r.dataset.file)} (sha256 \`${r.dataset.sha256.slice(0, 12)}\`)`);
    if (r.imported)
        out.push(`Source: ${evaluation_summary_esc(r.imported.path)}`);
    for (const m of r.models)
        out.push(`Model: ${evaluation_summary_esc(m.file)} (sha256 \`${m.sha256.slice(0, 12)}\`)`);
    if (r.classification?.pos_label !== null && r.classification?.pos_label !== undefined) {
        const how = r.classification.predicted_from === 'threshold' ? `, predicted positive when score > ${r.classification.threshold}` : '';
        out.push(`Positive class: ${evaluation_summary_esc(r.classification.pos_label)}${how}`);
    }
    out.push('');
    const level = r.bootstrap ? `${Math.round(r.bootstrap.confidence * 100)}% CI` : '';
    out.push(level ? `| metric | value | ${level} |` : '| metric | value |', level ? '| --- | ---: | --- |' : '| --- | ---: |');
    for (const [name, m] of Object.entries(r.metrics)) {
        out.push(level ? `| ${evaluation_summary_esc(name)} | ${formatMetric(m.value)} | ${evaluation_summary_ci(m)} |` : `| ${evaluation_summary_esc(name)} | ${formatMetric(m.value)} |`);
    }
    if (r.bootstrap) {
        out.push('', `CIs: percentile bootstrap over rows, ${r.bootstrap.resamples} resamples, seed ${r.bootstrap.seed}.`);
    }
    if (r.omitted.length > 0) {
        out.push('', '**Omitted:**');
        for (const o of r.omitted)
            out.push(`- ${evaluation_summary_esc(o.metric)}: ${evaluation_summary_esc(o.reason)}`);
    }
    const cm = r.confusion_matrix;
    if (cm && cm.labels.length <= 20) {
        out.push('', '<details><summary>Confusion matrix (rows: true, columns: predicted)</summary>', '');
        out.push(`| true \\ predicted | ${cm.labels.map(evaluation_summary_esc).join(' | ')} |`, `| --- |${cm.labels.map(() => ' ---: |').join('')}`);
        cm.counts.forEach((row, i) => out.push(`| ${evaluation_summary_esc(cm.labels[i])} | ${row.join(' | ')} |`));
        out.push('', '</details>');
    }
    const columns = [...new Set([...r.slices.map((s) => s.column), ...r.skipped_slices.map((s) => s.column)])];
    for (const column of columns) {
        const slices = r.slices.filter((s) => s.column === column);
        const shown = SLICE_METRICS.filter((m) => slices.some((s) => m in s.metrics)).slice(0, 4);
        out.push('', `#### Slices by ${evaluation_summary_esc(column)}`, '');
        out.push(`| value | rows | ${shown.map(evaluation_summary_esc).join(' | ')} |`, `| --- | ---: |${shown.map(() => ' ---: |').join('')}`);
        for (const s of slices.slice(0, SUMMARY_SLICE_ROWS)) {
            const cells = shown.map((m) => {
                const v = s.metrics[m];
                return v ? `${formatMetric(v.value)}${v.ci ? ` ${evaluation_summary_ci(v)}` : ''}` : '–';
            });
            out.push(`| ${evaluation_summary_esc(s.value)} | ${s.rows} | ${cells.join(' | ')} |`);
        }
        if (slices.length > SUMMARY_SLICE_ROWS)
            out.push('', `_${slices.length - SUMMARY_SLICE_ROWS} more slices in the report._`);
        const skipped = r.skipped_slices.filter((s) => s.column === column);
        if (skipped.length > 0) {
            const list = skipped.slice(0, SUMMARY_SLICE_ROWS).map((s) => `${evaluation_summary_esc(s.value)} (${s.rows})`).join(', ');
            out.push('', `Skipped (fewer than ${r.min_slice_size} rows): ${list}${skipped.length > SUMMARY_SLICE_ROWS ? ', …' : ''}`);
        }
    }
    out.push(...renderFairnessMarkdown(r.fairness, r.bootstrap?.confidence ?? null));
    for (const w of r.warnings)
        out.push('', `> ${evaluation_summary_esc(w)}`);
    return `${out.join('\n')}\n`;
}
/** Plain text for the terminal: one line per metric, then what was written. */
function renderEvaluationText(r) {
    const lines = [];
    // reduce, not Math.max(...): an import may carry more metrics than a call has arguments.
    const width = Object.keys(r.metrics).reduce((w, k) => Math.max(w, k.length), 0);
    for (const [name, m] of Object.entries(r.metrics))
        lines.push(`${name.padEnd(width)}  ${formatMetric(m.value)}${m.ci ? `  ${evaluation_summary_ci(m)}` : ''}`);
    for (const o of r.omitted)
        lines.push(`${o.metric.padEnd(width)}  omitted: ${o.reason}`);
    if (r.slices.length + r.skipped_slices.length > 0)
        lines.push(`slices: ${r.slices.length} evaluated, ${r.skipped_slices.length} skipped (< ${r.min_slice_size} rows)`);
    lines.push(...renderFairnessText(r.fairness));
    const what = r.source === 'import' ? `imported ${r.imported?.kind ?? ''} metrics` : `${r.task} task, ${r.rows} rows`;
    lines.push(`evaluate: ${what}, ${Object.keys(r.metrics).length} metrics`);
    return `${lines.join('\n')}\n`;
}
/** The `metrics` output: name → value, JSON. */
function metricValuesJson(r) {
    return JSON.stringify(Object.fromEntries(Object.entries(r.metrics).map(([k, v]) => [k, v.value])));
}

;// CONCATENATED MODULE: ../../../../shared/report/model-card.ts




/** Slice rows shown per slice column; the evaluation asset has them all. */
const MAX_SLICE_ROWS = 30;
/** Features shown in the importance table; the explanation asset has them all. */
const MAX_FEATURES = 20;
/** Profile columns shown in the data table. */
const model_card_MAX_COLUMNS = 60;
const model_card_SLICE_METRICS = ['accuracy', 'f1', 'roc_auc', 'log_loss', 'mae', 'rmse', 'r2'];
const cell = (s) => (s === null || s === undefined || s === '' ? '—' : (0,markdown_escape/* escapeMarkdownCell */.V)(String(s)));
const code = (s) => (s ? `\`${s.replace(/[^0-9A-Za-z._/:-]/g, '')}\`` : '—');
/** Prose from the config: paragraphs kept, each escaped. */
function prose(text, missing) {
    if (!text || !text.trim())
        return `_${missing}_`;
    return text
        .trim()
        .split(/\n\s*\n/)
        .map((p) => (0,markdown_escape/* escapeMarkdown */.F)(p.trim()))
        .join('\n\n');
}
function model_card_ci(m) {
    return m.ci ? `[${formatMetric(m.ci[0])}, ${formatMetric(m.ci[1])}]` : '—';
}
function num(v) {
    if (v === null)
        return '—';
    return typeof v === 'number' ? formatMetric(v) : (0,markdown_escape/* escapeMarkdownCell */.V)(v, 40);
}
function metricsSection(e) {
    const names = Object.keys(e.metrics).sort();
    if (names.length === 0)
        return ['_No metrics were reported._'];
    const conf = e.bootstrap ? `${Math.round(e.bootstrap.confidence * 100)}% CI` : 'CI';
    const out = [`| metric | value | ${conf} |`, '| --- | ---: | --- |'];
    for (const n of names)
        out.push(`| ${cell(n)} | ${formatMetric(e.metrics[n].value)} | ${model_card_ci(e.metrics[n])} |`);
    if (e.bootstrap)
        out.push('', `Intervals: ${e.bootstrap.method} bootstrap over ${e.bootstrap.unit}s, ${e.bootstrap.resamples} resamples.`);
    for (const o of e.omitted)
        out.push('', `Not reported: ${cell(o.metric)} (${(0,markdown_escape/* escapeMarkdown */.F)(o.reason)}).`);
    return out;
}
function slicesSection(e) {
    if (e.slices.length === 0)
        return [];
    const present = model_card_SLICE_METRICS.filter((m) => e.slices.some((s) => s.metrics[m]));
    const shown = present.length ? present : Object.keys(e.slices[0].metrics).slice(0, 4);
    const out = ['', '### Slices', '', `| slice | rows | ${shown.map(cell).join(' | ')} |`, `| --- | ---: | ${shown.map(() => '---:').join(' | ')} |`];
    const byColumn = new Map();
    for (const s of e.slices)
        byColumn.set(s.column, [...(byColumn.get(s.column) ?? []), s]);
    let cut = 0;
    for (const [column, slices] of byColumn) {
        for (const s of slices.slice(0, MAX_SLICE_ROWS)) {
            const vals = shown.map((m) => (s.metrics[m] ? `${formatMetric(s.metrics[m].value)}${s.metrics[m].ci ? ` ${model_card_ci(s.metrics[m])}` : ''}` : '—'));
            out.push(`| ${cell(column)} = ${cell(s.value ?? '(missing)')} | ${s.rows} | ${vals.join(' | ')} |`);
        }
        cut += Math.max(0, slices.length - MAX_SLICE_ROWS);
    }
    if (cut)
        out.push('', `${cut} more slices are in evaluation.json.`);
    return out;
}
/** What the model relies on: explain's permutation importances, when published with the version. */
function explanationSection(x) {
    if (!x)
        return [];
    const worse = x.metric.direction === 'higher' ? 'drops' : 'rises';
    const out = [
        '',
        '## What the model relies on',
        '',
        `Permutation importance (scikit-learn's definition): how much ${cell(x.metric.name)} ${worse} when one feature's values are shuffled across the rows, mean ± std over ${x.repeats} repeats on ${x.dataset.rows_used.toLocaleString('en-US')} rows of \`${x.dataset.sha256.slice(0, 12)}\` (baseline ${formatImportance(x.metric.baseline)}). Near zero: the model does not use the feature; below zero: shuffling it did not hurt.`,
        '',
        '| rank | feature | importance | ± std |',
        '| ---: | --- | ---: | ---: |',
    ];
    for (const f of x.features.slice(0, MAX_FEATURES))
        out.push(`| ${f.rank} | ${cell(f.feature)} | ${formatImportance(f.importance_mean)} | ${formatImportance(f.importance_std)} |`);
    if (x.features.length > MAX_FEATURES)
        out.push('', `${x.features.length - MAX_FEATURES} more features are in ${EXPLANATION_ASSET}.`);
    return out;
}
function dataSection(m, p) {
    if (!p || !m.data)
        return ['_No training data profile was published with this version._'];
    const out = [`${p.rows.toLocaleString('en-US')} rows, ${p.column_order.length} columns, from ${m.data.sources.map((s) => cell(s)).join(', ') || 'unnamed sources'}. Profile: \`${m.data.profile}\` (sha256 \`${m.data.sha256}\`), the drift check's reference.`, ''];
    out.push('| column | type | nulls | min | max | mean | distinct |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |');
    for (const name of p.column_order.slice(0, model_card_MAX_COLUMNS)) {
        const c = p.columns[name];
        if (!c)
            continue;
        out.push(`| ${cell(name)} | ${c.type} | ${c.nulls} | ${num(c.min)} | ${num(c.max)} | ${num(c.mean)} | ${Math.round(c.distinct.estimate)}${c.distinct.exact ? '' : ' (est.)'} |`);
    }
    if (p.column_order.length > model_card_MAX_COLUMNS)
        out.push('', `${p.column_order.length - model_card_MAX_COLUMNS} more columns are in the profile.`);
    return out;
}
function lineageSection(m) {
    const l = m.lineage;
    const rows = [
        ['repository', cell(l.repository)],
        ['commit', code(l.commit)],
        ['ref', cell(l.ref)],
        ['workflow', cell(l.workflow)],
        ['run', l.run_id ? `${cell(l.run_id)}${l.run_attempt ? ` (attempt ${l.run_attempt})` : ''}` : '—'],
        ['actor', cell(l.actor)],
        ['trigger', cell(l.trigger)],
    ];
    if (m.training)
        rows.push(['training params', cell(JSON.stringify(m.training.params))], ['seed', String(m.training.seed)]);
    if (m.comparison)
        rows.push(['comparison verdict', `**${m.comparison.verdict}**${m.comparison.failures.length ? `: ${m.comparison.failures.map((f) => (0,markdown_escape/* escapeMarkdown */.F)(f)).join('; ')}` : ''}`]);
    return ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}
function filesSection(m) {
    const out = ['| file | bytes | sha256 |', '| --- | ---: | --- |'];
    for (const f of m.archive.files)
        out.push(`| ${cell(f.name)} | ${f.size} | \`${f.sha256}\` |`);
    return out;
}
function renderModelCard(input) {
    const { manifest: m, evaluation: e, profile, release, explanation } = input;
    const owners = release?.owners?.length ? release.owners.map((o) => (0,markdown_escape/* escapeMarkdown */.F)(o)).join(', ') : '_not set_';
    const task = e.task ? `${e.task} ` : '';
    const rows = e.rows !== null ? ` on ${e.rows.toLocaleString('en-US')} rows` : '';
    return [
        `# Model card: ${(0,markdown_escape/* escapeMarkdown */.F)(m.name)} v${(0,markdown_escape/* escapeMarkdown */.F)(m.version)}`,
        '',
        `Tag \`${m.tag}\` · published ${m.created_at} · content digest \`${m.content_digest}\``,
        '',
        '## Intended use',
        '',
        prose(release?.intended_use, `not set: add release.models.${m.name}.intended_use to mlops.yaml`),
        '',
        '## Limitations',
        '',
        prose(release?.limitations, `not set: add release.models.${m.name}.limitations to mlops.yaml`),
        '',
        `**Owners:** ${owners}`,
        '',
        '## Evaluation',
        '',
        `${task}evaluation${rows}${e.dataset ? ` of \`${e.dataset.sha256.slice(0, 12)}\`` : ''}.`,
        '',
        ...metricsSection(e),
        ...slicesSection(e),
        ...explanationSection(explanation),
        '',
        '## Training data',
        '',
        ...dataSection(m, profile),
        '',
        '## Lineage',
        '',
        ...lineageSection(m),
        '',
        '## Files',
        '',
        `\`${m.archive.name}\`: ${m.archive.size} bytes, sha256 \`${m.archive.sha256}\`.`,
        '',
        ...filesSection(m),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
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
function signal_cleanup_removeOnInterrupt(path) {
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
function stale_temps_hostTag() {
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
async function stale_temps_sweepStaleTemps(dir, options) {
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
            const deadHere = pid !== undefined && options.hostOf?.(name) === stale_temps_hostTag();
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
    let path = resolve(given);
    let viaLink = false;
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined) {
            if (viaLink && !(await stat(dirname(path)).then((d) => d.isDirectory(), () => false))) {
                throw new InputError(`cannot write ${given}: it is a symbolic link to ${path}, whose folder ${dirname(path)} does not exist`, {
                    hint: 'create that folder, point the link at a file in an existing folder, or write the output elsewhere',
                });
            }
            return { given, path, kind: 'missing', viaLink };
        }
        if (s.isSymbolicLink()) {
            if (hops >= MAX_LINKS)
                throw new InputError(`cannot write ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a file' });
            viaLink = true;
            path = resolve(dirname(path), await readlink(path));
            continue;
        }
        if (s.isDirectory()) {
            throw new InputError(`cannot write ${given}: it is a folder${viaLink ? ` (${path})` : ''}`, {
                hint: 'name a file to write, not a folder',
            });
        }
        if (s.isFile())
            return { given, path, kind: 'file', stats: s, viaLink };
        if (s.isSocket())
            throw new InputError(`cannot write ${given}: it is a socket`, { hint: 'name a file, a device or a named pipe' });
        // Character and block devices, FIFOs: written in place, never replaced.
        return { given, path, kind: 'device', stats: s, viaLink };
    }
}
/**
 * The folder an output folder should replace: `given` through its links (the link stays, its
 * folder is replaced). Refuses a file, a device or a socket where the folder should be.
 */
async function resolveOutputFolder(given) {
    let path = (0,external_node_path_.resolve)(given);
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined || s.isDirectory())
            return path;
        if (!s.isSymbolicLink()) {
            throw new errors/* InputError */.dz(`cannot write folder ${given}: ${path} is ${s.isFile() ? 'a file' : 'not a folder'}`, {
                hint: 'name a folder (it is replaced whole), or move the file away',
            });
        }
        if (hops >= MAX_LINKS)
            throw new errors/* InputError */.dz(`cannot write folder ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a folder' });
        path = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), await (0,promises_.readlink)(path));
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
    return join(dirname(path), `.${basename(path)}.${process.pid}.${hostTag()}.${randomBytes(6).toString('hex')}.tmp`);
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
        names = readdir(dir).then((all) => all.filter((n) => n.startsWith('.') && n.endsWith('.tmp')), () => []);
        tempNamesByFolder.set(dir, names);
    }
    return names;
}
/**
 * Removes the temps of output `path` that a killed writer left (its pid gone from this host; one
 * from another host or an older version only when over an hour old). Returns the paths removed.
 */
async function sweepOutputTemps(path) {
    const dir = dirname(path);
    const prefix = `.${basename(path)}.`;
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
    const gone = new Set(removed.map((p) => basename(p)));
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
    const fh = await open(path, 'w');
    try {
        await fh.writeFile(data);
    }
    finally {
        await fh.close();
    }
}
async function writeBeside(target, data) {
    const dir = dirname(target.path);
    if (!target.viaLink)
        await mkdir(dir, { recursive: true });
    await sweepOutputTemps(target.path);
    const tmp = outputTempPath(target.path);
    const release = removeOnInterrupt(tmp);
    try {
        const fh = await open(tmp, 'wx');
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
        await rename(tmp, target.path);
    }
    catch (e) {
        await rm(tmp, { force: true });
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

;// CONCATENATED MODULE: ../../../../shared/runtime/temp-work-dir.ts
/**
 * A step's scratch folder in the system temp folder, `<tmp>/<prefix><pid>-XXXXXX`: removed when the
 * step ends, when the process is interrupted (signal-cleanup.ts), and, if a SIGKILL left it, by the
 * next run that uses the same prefix (stale-temps.ts; the pid in the name keeps a live run's folder).
 */






/** The pid a `<prefix><pid>-XXXXXX` name carries. */
function pidInTempName(prefix, name) {
    const m = /^(\d+)-/.exec(name.slice(prefix.length));
    return m ? Number(m[1]) : undefined;
}
/** `prefix` names the step, e.g. `mlops-publish-`. */
async function makeTempWorkDir(prefix, root = (0,external_node_os_.tmpdir)()) {
    await stale_temps_sweepStaleTemps(root, { match: (n) => n.startsWith(prefix), pidOf: (n) => pidInTempName(prefix, n) });
    // Made and registered in one turn of the event loop: a signal handler runs between turns, so it
    // always finds the folder registered. An asynchronous mkdtemp still in flight on libuv's threads
    // when a SIGINT's cleanup ran created the folder after it, and an empty one was left (CI, twice).
    const path = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(root, `${prefix}${process.pid}-`));
    const release = signal_cleanup_removeOnInterrupt(path);
    return {
        path,
        async remove() {
            await (0,promises_.rm)(path, { recursive: true, force: true });
            release();
        },
    };
}

// EXTERNAL MODULE: ../../../tar-stream/index.js
var tar_stream = __webpack_require__(12714);
// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var registry_errors = __webpack_require__(21543);
;// CONCATENATED MODULE: ../../../../shared/registry/archive.ts
/**
 * The model archive: a deterministic tar.gz of the model's files, and its safe extraction.
 *
 * Deterministic: the same files (names and bytes) give the same archive bytes, whatever order they
 * were created in, their mtimes, owners or permissions, so the archive's SHA-256 identifies the
 * model. Entries are regular files only, sorted by path (UTF-8 byte order), with mtime 0, uid/gid
 * 0, empty uname/gname and mode 0644 (the practice of reproducible-builds.org's "archives" page).
 * The gzip member has mtime 0, no file name, and OS byte 255 ("unknown"): Node's zlib would write
 * the build platform there (3 on Unix, 10 on Windows), which would make the digest depend on it.
 * Compression level is fixed (9); the zlib inside Node could still change its output between Node
 * releases, which is why immutability is checked on the archive's *contents* too (manifest files).
 *
 * Extraction refuses anything that could write outside the target folder: absolute names,
 * `..` segments, backslashes, links of any kind (symlinks pointing outside are named as such),
 * devices, and duplicate entries. It writes into a temporary sibling folder and renames it into
 * place, so a refused archive leaves nothing behind.
 */










const FIXED = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '', mode: 0o644 };
const GZIP_OS_UNKNOWN = 255;
const byteOrder = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
/** Regular files under `dir`, as relative forward-slash paths in archive order. Links are refused. */
async function listModelFiles(dir) {
    const root = (0,external_node_path_.resolve)(dir);
    let top;
    try {
        // The folder itself may be a link (a `latest` symlink to the run's folder); links inside it are refused below.
        top = await (0,promises_.stat)(root);
    }
    catch {
        throw new errors/* InputError */.dz(`model files folder ${dir} does not exist`, { hint: (o) => `pass ${o.option('files', 'DIR')}, the folder training wrote the model to` });
    }
    if (!top.isDirectory())
        throw new errors/* InputError */.dz(`${dir} is not a folder`, { hint: (o) => `pass ${o.option('files', 'DIR')}, the folder training wrote the model to` });
    const out = [];
    async function walk(abs, rel) {
        for (const entry of await (0,promises_.readdir)(abs, { withFileTypes: true })) {
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            const childAbs = (0,external_node_path_.join)(abs, entry.name);
            // A name promote's extraction refuses (`..\..\x`) must not be published: the version could never be promoted.
            const unsafe = unsafeEntryName(childRel);
            if (unsafe !== undefined)
                throw new errors/* InputError */.dz(`${JSON.stringify((0,external_node_path_.join)(dir, childRel))} ${unsafe}`, { hint: 'rename the file: a model archive must extract the same on every system' });
            if (entry.isDirectory())
                await walk(childAbs, childRel);
            else if (entry.isFile())
                out.push(childRel);
            else if (entry.isSymbolicLink()) {
                throw new errors/* InputError */.dz(`${(0,external_node_path_.join)(dir, childRel)} is a symbolic link`, { hint: 'a model archive holds regular files only: copy the file it points to into the folder' });
            }
            else
                throw new errors/* InputError */.dz(`${(0,external_node_path_.join)(dir, childRel)} is not a regular file`, { hint: 'a model archive holds regular files only' });
        }
    }
    await walk(root, '');
    if (out.length === 0)
        throw new errors/* InputError */.dz(`model files folder ${dir} has no files`, { hint: 'check that training wrote its outputs there' });
    return out.sort(byteOrder);
}
/** Sets the gzip header's OS byte (offset 9) so the archive does not depend on the platform. */
class GzipOsByte extends external_node_stream_.Transform {
    seen = 0;
    _transform(chunk, _enc, done) {
        if (this.seen <= 9 && this.seen + chunk.length > 9) {
            chunk = Buffer.from(chunk);
            chunk[9 - this.seen] = GZIP_OS_UNKNOWN;
        }
        this.seen += chunk.length;
        done(null, chunk);
    }
}
/** Hashes and counts what flows through. */
class Digest extends external_node_stream_.Transform {
    hash = (0,external_node_crypto_.createHash)('sha256');
    size = 0;
    _transform(chunk, _enc, done) {
        this.hash.update(chunk);
        this.size += chunk.length;
        done(null, chunk);
    }
}
async function writeEntry(pack, absPath, name) {
    const st = await (0,promises_.lstat)(absPath);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let written = 0;
    await new Promise((resolvePromise, reject) => {
        const sink = pack.entry({ ...FIXED, name, size: st.size, type: 'file' }, (err) => (err ? reject(err) : resolvePromise()));
        const source = (0,external_node_fs_.createReadStream)(absPath);
        source.on('data', (chunk) => {
            const b = chunk;
            hash.update(b);
            written += b.length;
            if (!sink.write(b)) {
                source.pause();
                sink.once('drain', () => source.resume());
            }
        });
        source.on('error', (e) => {
            sink.destroy(e);
            reject(e);
        });
        source.on('end', () => sink.end(undefined));
    }).catch((e) => {
        throw new errors/* InputError */.dz(`cannot archive ${absPath}: ${e.message}`, { hint: 'was the file changed while publishing? run again once training has finished', cause: e });
    });
    if (written !== st.size)
        throw new errors/* InputError */.dz(`${absPath} changed size while it was archived`, { hint: 'run again once training has finished' });
    return { path: name, size: st.size, sha256: hash.digest('hex') };
}
/**
 * Writes the files under `dir` as a deterministic tar.gz at `destination` (streamed: files are never
 * held in memory) and returns its digest and the digest of every file in it.
 */
async function writeModelArchive(dir, destination) {
    const names = await listModelFiles(dir);
    const pack = tar_stream.pack();
    const digest = new Digest();
    const files = [];
    const fill = (async () => {
        try {
            for (const name of names)
                files.push(await writeEntry(pack, (0,external_node_path_.join)(dir, ...name.split('/')), name));
            pack.finalize();
        }
        catch (e) {
            pack.destroy(e);
            throw e;
        }
    })();
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
    const written = (0,external_node_stream_promises_.pipeline)(pack, (0,external_node_zlib_.createGzip)({ level: 9, memLevel: 9, strategy: external_node_zlib_.constants.Z_DEFAULT_STRATEGY }), new GzipOsByte(), digest, (0,external_node_fs_.createWriteStream)(destination));
    try {
        await Promise.all([fill, written]);
    }
    catch (e) {
        await (0,promises_.rm)(destination, { force: true });
        throw e;
    }
    return { sha256: digest.hash.digest('hex'), size: digest.size, files };
}
/** Why an entry name is refused, or undefined when it is a safe relative path. */
function unsafeEntryName(name) {
    if (name.length === 0)
        return 'has an empty name';
    if (name.includes('\0'))
        return 'has a NUL byte in its name';
    if (name.includes('\\'))
        return 'has a backslash in its name (a Windows path separator)';
    if (name.startsWith('/') || (0,external_node_path_.isAbsolute)(name) || /^[A-Za-z]:/.test(name))
        return 'is an absolute path';
    const parts = name.replace(/\/+$/, '').split('/');
    if (parts.some((p) => p === '..'))
        return 'climbs out of the folder with ".."';
    if (parts.some((p) => p === '' || p === '.'))
        return 'has an empty or "." path segment';
    return undefined;
}
/**
 * Extracts a model archive into `destination` (which must not exist yet) and returns its files with
 * their digests. Throws IntegrityError, leaving nothing behind, for an entry that is unsafe.
 */
async function extractModelArchive(archive, destination) {
    const target = resolve(destination);
    const staging = `${target}.partial-${randomBytes(6).toString('hex')}`;
    await mkdir(staging, { recursive: true });
    const files = [];
    const refuse = (name, why) => new IntegrityError(`archive entry ${JSON.stringify(name)} ${why}; refusing to extract`, {
        location: { file: archive },
        hint: 'the archive was not written by mlops publish, or was tampered with',
    });
    const extract = tar.extract();
    const source = createReadStream(archive);
    const gunzip = createGunzip();
    const piped = pipeline(source, gunzip, extract);
    // A damaged gzip fails the pipeline while the loop below still awaits entries: handled here at
    // once (the loop then ends with the same error), or Node reports an unhandled rejection and the
    // step dies with a stack instead of refusing the archive.
    piped.catch(() => undefined);
    try {
        for await (const entry of extract) {
            const { name, type, linkname } = entry.header;
            const why = unsafeEntryName(name);
            if (why)
                throw refuse(name, why);
            const abs = resolve(staging, ...name.replace(/\/+$/, '').split('/'));
            if (!abs.startsWith(staging + sep))
                throw refuse(name, 'resolves outside the folder');
            if (type === 'symlink' || type === 'link') {
                const to = resolve(dirname(abs), linkname ?? '');
                const outside = isAbsolute(linkname ?? '') || !to.startsWith(staging + sep);
                throw refuse(name, outside ? `is a link pointing outside the folder (to ${JSON.stringify(linkname)})` : 'is a link (model archives hold regular files only)');
            }
            if (type === 'directory') {
                await mkdir(abs, { recursive: true });
                entry.resume();
                continue;
            }
            if (type !== 'file' && type !== 'contiguous-file')
                throw refuse(name, `is a ${type}, not a regular file`);
            await mkdir(dirname(abs), { recursive: true });
            const hash = createHash('sha256');
            let size = 0;
            let fh;
            try {
                fh = await open(abs, 'wx', 0o644);
            }
            catch (e) {
                if (e.code === 'EEXIST')
                    throw refuse(name, 'appears twice');
                throw e;
            }
            try {
                for await (const chunk of entry) {
                    const b = chunk;
                    hash.update(b);
                    size += b.length;
                    await fh.write(b);
                }
            }
            finally {
                await fh.close();
            }
            files.push({ path: posix.normalize(name), size, sha256: hash.digest('hex') });
        }
        await piped;
        await rename(staging, target);
    }
    catch (e) {
        source.destroy();
        extract.destroy();
        await piped.catch(() => undefined);
        await rm(staging, { recursive: true, force: true });
        if (e instanceof IntegrityError)
            throw e;
        throw new IntegrityError(`cannot read model archive ${archive}: ${e.message}`, { hint: 'the archive is damaged or not a tar.gz', cause: e });
    }
    return files.sort((a, b) => byteOrder(a.path, b.path));
}
/** Where `path` is relative to `root`, in forward slashes (for messages). */
function relativePosix(root, path) {
    return relative(root, path).split(sep).join('/');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ../../../../shared/registry/lineage.ts
/**
 * Where a model came from. On GitHub Actions, from the runner's GITHUB_* variables; elsewhere from
 * the local git checkout, asked through execFile (an argument list, never a shell, so nothing in a
 * branch name or remote URL is ever interpreted).
 */


function git(args, cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, timeout: 10_000, windowsHide: true }, (err, stdout) => resolve(err ? null : stdout.trim() || null));
    });
}
/** Drops credentials from a remote URL (`https://user:token@host/x` → `https://host/x`). */
function redactRemote(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}
const val = (s) => (s === undefined || s === '' ? null : s);
function localUser(env) {
    try {
        return val(env.USER) ?? val(env.USERNAME) ?? (0,external_node_os_.userInfo)().username;
    }
    catch {
        return null;
    }
}
/** Lineage of the current run: GitHub's variables when GITHUB_ACTIONS=true, else local git, else nothing. */
async function lineageOf(env, cwd = process.cwd()) {
    if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_RUN_ID) {
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        const repo = val(env.GITHUB_REPOSITORY);
        const runId = val(env.GITHUB_RUN_ID);
        const attempt = Number(env.GITHUB_RUN_ATTEMPT);
        return {
            source: 'github',
            repository: repo,
            commit: val(env.GITHUB_SHA),
            ref: val(env.GITHUB_REF),
            workflow: val(env.GITHUB_WORKFLOW_REF) ?? val(env.GITHUB_WORKFLOW),
            run_id: runId,
            run_attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : null,
            run_url: repo && runId ? `${server}/${repo}/actions/runs/${runId}` : null,
            actor: val(env.GITHUB_TRIGGERING_ACTOR) ?? val(env.GITHUB_ACTOR),
            trigger: val(env.GITHUB_EVENT_NAME),
        };
    }
    const commit = await git(['rev-parse', 'HEAD'], cwd);
    if (commit === null) {
        return { source: 'none', repository: null, commit: null, ref: null, workflow: null, run_id: null, run_attempt: null, run_url: null, actor: localUser(env), trigger: 'local' };
    }
    const [remote, ref] = await Promise.all([git(['remote', 'get-url', 'origin'], cwd), git(['symbolic-ref', '-q', 'HEAD'], cwd)]);
    return {
        source: 'git',
        repository: remote && redactRemote(remote),
        commit,
        ref,
        workflow: null,
        run_id: null,
        run_attempt: null,
        run_url: null,
        actor: (await git(['config', 'user.name'], cwd)) ?? localUser(env),
        trigger: 'local',
    };
}
/** The run part of an audit entry. */
function runRefOf(l) {
    if (!l.run_id)
        return null;
    return { repository: l.repository, run_id: l.run_id, run_attempt: l.run_attempt, workflow: l.workflow, url: l.run_url };
}

// EXTERNAL MODULE: ../../../../shared/formats/manifest-format.ts
var manifest_format = __webpack_require__(69680);
// EXTERNAL MODULE: ../../../../shared/runtime/file-digest.ts
var file_digest = __webpack_require__(40322);
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

// EXTERNAL MODULE: ../../../../shared/registry/semver.ts
var semver = __webpack_require__(73004);
// EXTERNAL MODULE: ../../../../shared/runtime/jsonl-append.ts
var jsonl_append = __webpack_require__(28550);
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
const registryStateSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().registryStateSchema);
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
    const parsed = registryStateSchema.safeParse(value);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new errors/* InputError */.dz(`registry state of model "${model}" is not valid ${registryStateSchema.shape.schema.value}: ${i.path.join('.') || '(root)'}: ${i.message}`, {
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
        const lines = outcome.audit.map((e) => JSON.stringify(state_format_auditEntrySchema.parse(e)));
        if (await store.write(model, value, lines, current?.revision, message))
            return { result: outcome.result, changed: true, attempts: attempt };
        if (attempt < p.attempts)
            await sleep(random() * Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1)));
    }
    throw new registry_errors/* ConflictError */.fK(`registry state of model "${model}" kept changing under us: gave up after ${p.attempts} attempts`, {
        hint: 'other publishes or promotions of this model are running at the same moment; run this one again',
    });
}


// EXTERNAL MODULE: ../../../../shared/registry/tag.ts
var registry_tag = __webpack_require__(87170);
// EXTERNAL MODULE: ../../../../shared/formats/oci-artifact-format.ts
var oci_artifact_format = __webpack_require__(38517);
;// CONCATENATED MODULE: ../../../../shared/steps/publish-model.ts
/**
 * The publish-model step: packages a model as a versioned, checksummed, immutable release with
 * lineage and a model card, and records it in the registry state. One function for the action,
 * `mlops publish` and the tests; the ports decide where it goes (a local folder, or GitHub releases
 * and the state branch, where they also read the merged PR's bump label and add the workflow
 * artifact and build provenance: shared/github/publish-ports.ts).
 *
 * Immutability: a version's content is identified by its manifest's `content_digest`. Publishing
 * the same content again is a no-op success (with --bump too: the version already holding that
 * content is returned, never a new one); different content under an existing version is a
 * ConflictError. Two concurrent publishes that bump to the same version: the loser bumps again.
 */


























/** GitHub release assets must be under 2 GiB: a larger archive can only live in an OCI registry. */
const OCI_ONLY_ABOVE_BYTES = 2 * 1024 ** 3;
/** Publishes that bump to a version another publish just took try again, at most this often. */
const BUMP_RACE_ATTEMPTS = 5;
/**
 * The evaluation's per-example file, published with it so that compare's `baseline: production`
 * runs paired tests against this version. It must be the file the report recorded (SHA-256); a
 * report whose file is not beside it is published without it (compare then says why it skips the
 * paired tests). Its digest is already inside the report, so the content digest covers it.
 */
async function perExampleFile(evaluationPath, examples) {
    if (!examples || (0,external_node_path_.isAbsolute)(examples.file) || examples.file.split(/[\\/]/).includes('..'))
        return undefined;
    const path = (0,external_node_path_.join)((0,external_node_path_.dirname)(evaluationPath), examples.file);
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    const { sha256 } = await (0,file_digest/* sha256File */.Q)(path);
    if (sha256 !== examples.sha256) {
        throw new errors/* InputError */.dz(`the evaluation's per-example file ${examples.file} has SHA-256 ${sha256}, but the report recorded ${examples.sha256}`, {
            location: { file: evaluationPath },
            hint: 'publish the report together with the per-example file evaluate wrote with it (run evaluate again if either changed)',
        });
    }
    return path;
}
/** Canonical JSON (sorted keys) so the digest does not depend on key order. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value);
}
/** What immutability compares: the model's files, evaluation, profile and params (not lineage or times). */
function contentDigestOf(parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonical({ schema: manifest_format/* MODEL_MANIFEST_SCHEMA */.ek, ...parts })).digest('hex');
}
async function releaseText(options, model) {
    if (options.release)
        return options.release;
    if (!options.config)
        return undefined;
    return (await loadConfig(options.config)).release?.models?.[model];
}
/** The manifest of a stored version (downloaded and checked). */
async function publishModel(options, ports) {
    // Everything that needs no answer from the registry is checked first: a typo costs no API call.
    ports.preflight?.();
    (0,registry_tag/* validateModelName */.HW)(options.model);
    const explicit = options.version !== undefined && options.version !== '';
    if (explicit)
        (0,semver/* normalizeVersion */.Qj)(options.version, { option: 'version' });
    let oci = options.oci === '' ? undefined : options.oci;
    if (oci !== undefined) {
        if (!ports.oci)
            throw new Error('publish was given an OCI repository but no OCI client (ports.oci)');
        oci = ports.oci.checkRepository(oci);
    }
    const labels = explicit || options.bump !== undefined ? [] : options.labels?.length ? options.labels : ((await ports.bumpLabels?.()) ?? []);
    const result = await publishRelease({ ...options, labels, oci }, ports);
    return ports.sideProducts ? { ...result, ...(await ports.sideProducts(result)) } : result;
}
async function publishRelease(options, ports) {
    const model = (0,registry_tag/* validateModelName */.HW)(options.model);
    const now = options.now ?? (() => new Date());
    const env = options.env ?? process.env;
    const evaluation = await readEvaluationReport(options.evaluation);
    const profile = options.profile ? await readProfile(options.profile) : undefined;
    const run = options.run ? await readJsonAs(options.run, runRecordSchema, `${RUN_SCHEMA} train record`, 'point at the record train wrote (--run-out)') : undefined;
    const comparison = options.comparison
        ? await readJsonAs(options.comparison, comparisonSchema, `${comparison_format_COMPARISON_SCHEMA} comparison`, 'point at the comparison.json compare wrote')
        : undefined;
    const explanation = options.explanation
        ? await readJsonAs(options.explanation, explanationSchema, `${EXPLANATION_SCHEMA} explanation`, 'point at the explanation.json explain wrote')
        : undefined;
    const release = await releaseText(options, model);
    const workDir = await makeTempWorkDir('mlops-publish-');
    const work = workDir.path;
    try {
        const archivePath = (0,external_node_path_.join)(work, manifest_format/* ARCHIVE_ASSET */.MS);
        const archive = await writeModelArchive(options.files, archivePath);
        const evaluationFile = await (0,file_digest/* sha256File */.Q)(options.evaluation);
        const examplesFile = await perExampleFile(options.evaluation, evaluation.examples);
        const profileFile = options.profile ? await (0,file_digest/* sha256File */.Q)(options.profile) : undefined;
        const runFile = options.run ? await (0,file_digest/* sha256File */.Q)(options.run) : undefined;
        const comparisonFile = options.comparison ? await (0,file_digest/* sha256File */.Q)(options.comparison) : undefined;
        const files = archive.files.map((f) => ({ name: f.path, size: f.size, sha256: f.sha256 }));
        const contentDigest = contentDigestOf({ model, files, evaluation: evaluationFile.sha256, profile: profileFile?.sha256 ?? null, params: run?.params ?? null });
        const lineage = await lineageOf(env, options.cwd);
        for (let attempt = 1;; attempt++) {
            const state = (await readState(ports.state, model))?.state;
            const published = (await ports.releases.list(model)).map((r) => r.version);
            const same = state?.versions.find((v) => v.content_digest === contentDigest);
            const explicit = options.version !== undefined && options.version !== '';
            // With a bump, content already published under some version is that version, not a new one.
            if (!explicit && same && published.includes(same.version)) {
                return await alreadyThere(ports, model, same.version, contentDigest, `same content as ${same.version}`, work, lineage, now, options.outDir);
            }
            const { version, reason } = (0,semver/* nextVersion */.yU)(published, options);
            const tag = (0,registry_tag/* tagOf */.cO)(model, version);
            const existing = await ports.releases.find(model, version);
            if (existing)
                return await alreadyThere(ports, model, version, contentDigest, reason, work, lineage, now, options.outDir);
            const created = now().toISOString();
            const oci = options.oci !== undefined && ports.oci ? { repository: options.oci, tag: ports.oci.tagOf(version) } : undefined;
            // Over GitHub's limit the archive cannot be a release asset: the OCI registry is its only copy.
            const ociOnly = oci !== undefined && archive.size >= (options.ociOnlyAbove ?? OCI_ONLY_ABOVE_BYTES);
            const manifest = {
                schema: manifest_format/* MODEL_MANIFEST_SCHEMA */.ek,
                name: model,
                version,
                tag,
                content_digest: contentDigest,
                created_at: created,
                archive: { name: manifest_format/* ARCHIVE_ASSET */.MS, size: archive.size, sha256: archive.sha256, files, ...(oci ? { oci } : {}) },
                assets: [],
                lineage,
                training: run && runFile
                    ? { asset: manifest_format/* RUN_ASSET */.VI, sha256: runFile.sha256, params: run.params, seed: run.seed, cache_key: run.cache_key, commit: run.git.commit }
                    : null,
                evaluation: {
                    asset: manifest_format/* EVALUATION_ASSET */.Oe,
                    sha256: evaluationFile.sha256,
                    task: evaluation.task,
                    rows: evaluation.rows,
                    dataset_sha256: evaluation.dataset?.sha256 ?? null,
                    metrics: evaluation.metrics,
                    omitted: evaluation.omitted,
                },
                comparison: comparison && comparisonFile
                    ? { asset: manifest_format/* COMPARISON_ASSET */.NX, sha256: comparisonFile.sha256, verdict: comparison.verdict, failures: comparison.gate.failures, baseline_dataset_sha256: comparison.baseline?.dataset_sha256 ?? null }
                    : null,
                data: profile && profileFile
                    ? { profile: manifest_format/* PROFILE_ASSET */.Pr, sha256: profileFile.sha256, rows: profile.rows, columns: profile.column_order, sources: profile.sources.map((s) => (0,external_node_path_.basename)(s.file)) }
                    : null,
            };
            const card = renderModelCard({ manifest, evaluation, profile, release, explanation });
            const cardPath = (0,external_node_path_.join)(work, manifest_format/* MODEL_CARD_ASSET */.Wd);
            await (0,promises_.writeFile)(cardPath, card);
            const assetFiles = [
                ...(ociOnly ? [] : [{ name: manifest_format/* ARCHIVE_ASSET */.MS, path: archivePath }]),
                { name: manifest_format/* MODEL_CARD_ASSET */.Wd, path: cardPath },
                { name: manifest_format/* EVALUATION_ASSET */.Oe, path: options.evaluation },
            ];
            if (examplesFile)
                assetFiles.push({ name: manifest_format/* EVALUATION_EXAMPLES_ASSET */.g7, path: examplesFile });
            if (options.profile)
                assetFiles.push({ name: manifest_format/* PROFILE_ASSET */.Pr, path: options.profile });
            if (options.run)
                assetFiles.push({ name: manifest_format/* RUN_ASSET */.VI, path: options.run });
            if (options.comparison)
                assetFiles.push({ name: manifest_format/* COMPARISON_ASSET */.NX, path: options.comparison });
            if (options.explanation)
                assetFiles.push({ name: EXPLANATION_ASSET, path: options.explanation });
            for (const a of assetFiles)
                manifest.assets.push({ name: a.name, ...(await (0,file_digest/* sha256File */.Q)(a.path)) });
            const manifestText = `${JSON.stringify(manifest_format/* modelManifestSchema */.a2.parse(manifest), null, 2)}\n`;
            const manifestPath = (0,external_node_path_.join)(work, manifest_format/* MANIFEST_ASSET */.ny);
            await (0,promises_.writeFile)(manifestPath, manifestText);
            const manifestSha = (0,external_node_crypto_.createHash)('sha256').update(manifestText).digest('hex');
            // Pushed before the release exists, so a release never points at an artifact that is not
            // there; the pointer (the OCI manifest's digest) then goes into the release beside manifest.json.
            const releaseFiles = [{ name: manifest_format/* MANIFEST_ASSET */.ny, path: manifestPath }];
            let artifact;
            if (oci && ports.oci) {
                artifact = await ports.oci.push(oci.repository, oci.tag, { path: archivePath, sha256: archive.sha256, size: archive.size }, { path: manifestPath, sha256: manifestSha, size: Buffer.byteLength(manifestText) }, !ociOnly);
                const pointerPath = (0,external_node_path_.join)(work, oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb);
                await (0,promises_.writeFile)(pointerPath, `${JSON.stringify(oci_artifact_format/* ociArtifactSchema */.b.parse(artifact), null, 2)}\n`);
                releaseFiles.push({ name: oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb, path: pointerPath });
            }
            let ref;
            try {
                ref = await ports.releases.create(model, version, [...releaseFiles, ...assetFiles], card);
            }
            catch (e) {
                if (!(e instanceof registry_errors/* ConflictError */.fK))
                    throw e;
                // Someone published this version between our find() and create(): same content is fine.
                const raced = await ports.releases.find(model, version);
                if (raced) {
                    const stored = await fetchManifest(ports.releases, raced, work);
                    if (stored.manifest.content_digest === contentDigest)
                        return await alreadyThere(ports, model, version, contentDigest, reason, work, lineage, now, options.outDir);
                }
                if (!explicit && attempt < BUMP_RACE_ATTEMPTS)
                    continue;
                throw e;
            }
            await recordVersion(ports, model, { version, tag, url: ref.url, manifest_sha256: manifestSha, content_digest: contentDigest, published_at: created, published_by: lineage.actor }, lineage, options.retry, now);
            const out = options.outDir ? await replaceFolder(options.outDir, [...releaseFiles, ...assetFiles], (f, to) => (0,promises_.copyFile)(f.path, to)) : [];
            return { status: 'published', model, version, tag, url: ref.url, reason, content_digest: contentDigest, manifest, manifest_sha256: manifestSha, files: out, ...(artifact ? { oci: artifact } : {}) };
        }
    }
    finally {
        await workDir.remove();
    }
}
/** The version exists: a no-op when it holds the same content, a ConflictError otherwise. */
async function alreadyThere(ports, model, version, contentDigest, reason, work, lineage, now, outDir) {
    const ref = await ports.releases.find(model, version);
    if (!ref)
        throw new Error(`${(0,registry_tag/* tagOf */.cO)(model, version)} vanished while publishing`);
    const stored = await fetchManifest(ports.releases, ref, work);
    if (stored.manifest.content_digest !== contentDigest) {
        throw new registry_errors/* ConflictError */.fK(`${ref.tag} is already published with different content (content digest ${stored.manifest.content_digest.slice(0, 12)}, this publish ${contentDigest.slice(0, 12)})`, {
            hint: (o) => `a published version is immutable: publish under a new version (${o.setting('bump', 'patch|minor|major')} or another ${o.option('version')})`,
        });
    }
    // Repairs the state when an earlier publish stored the release but died before recording it.
    await recordVersion(ports, model, { version, tag: ref.tag, url: ref.url, manifest_sha256: stored.sha256, content_digest: contentDigest, published_at: stored.manifest.created_at, published_by: stored.manifest.lineage.actor }, lineage, undefined, now);
    const pointer = ref.assets.some((a) => a.name === oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb) ? [oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb] : [];
    const names = [manifest_format/* MANIFEST_ASSET */.ny, ...pointer, ...stored.manifest.assets.map((a) => a.name)].map((name) => ({ name }));
    const out = outDir ? await replaceFolder(outDir, names, (f, to) => (f.name === manifest_format/* MANIFEST_ASSET */.ny ? (0,promises_.copyFile)(stored.path, to) : ports.releases.download(ref, f.name, to))) : [];
    let artifact;
    if (pointer.length) {
        const path = (0,external_node_path_.join)(work, `${version}.${oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb}`);
        await ports.releases.download(ref, oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb, path);
        artifact = await readJsonAs(path, oci_artifact_format/* ociArtifactSchema */.b, `OCI pointer of ${ref.tag}`, 'the stored release is damaged');
    }
    return { status: 'unchanged', model, version, tag: ref.tag, url: ref.url, reason, content_digest: contentDigest, manifest: stored.manifest, manifest_sha256: stored.sha256, files: out, ...(artifact ? { oci: artifact } : {}) };
}
/**
 * Fills a staging folder beside `dir` with `files` (by `put`), then swaps it in for `dir`: a
 * failure part-way leaves `dir` as it was. Returns the files' final paths.
 */
async function replaceFolder(dir, files, put) {
    // Through a link to the folder it names (the link stays); a file in the way is refused, not removed.
    const target = await resolveOutputFolder(dir);
    const staging = await (async () => {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        return (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.staging-`));
    })().catch((e) => {
        throw outputWriteError(dir, e);
    });
    const release = signal_cleanup_removeOnInterrupt(staging);
    try {
        for (const f of files)
            await put(f, (0,external_node_path_.join)(staging, f.name));
        await (0,promises_.rm)(target, { recursive: true, force: true });
        await (0,promises_.rename)(staging, target);
    }
    catch (e) {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        throw outputWriteError(dir, e);
    }
    finally {
        release();
    }
    return files.map((f) => (0,external_node_path_.join)(target, f.name));
}
async function recordVersion(ports, model, entry, lineage, retry, now = () => new Date()) {
    await updateState(ports.state, model, (current) => {
        const state = current ?? emptyState(model);
        if (state.versions.some((v) => v.version === entry.version))
            return { unchanged: undefined };
        state.versions.push(entry);
        state.versions.sort((a, b) => (0,semver/* compareVersions */.Zy)(a.version, b.version));
        return {
            state,
            result: undefined,
            audit: [
                {
                    schema: REGISTRY_AUDIT_SCHEMA,
                    at: now().toISOString(),
                    model,
                    action: 'publish',
                    alias: null,
                    from: null,
                    to: entry.version,
                    actor: lineage.actor,
                    approval: null,
                    run: runRefOf(lineage),
                    manifest_sha256: entry.manifest_sha256,
                },
            ],
        };
    }, `publish ${entry.tag}`, retry);
}


/***/ })

};
