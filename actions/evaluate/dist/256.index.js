export const id = 256;
export const ids = [256];
export const modules = {

/***/ 7509:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ ColumnDictionary)
});

;// CONCATENATED MODULE: ../../../../shared/data/sketch/hash.ts
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
        let i = (this.integers ? intHash32(x) : numberHash32(x)) & mask;
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
        const h = stringHash32(s);
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

/***/ 256:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluate: () => (/* binding */ evaluate)
});

// UNUSED EXPORTS: DEFAULT_MIN_GROUP_SIZE, DEFAULT_MIN_SLICE_SIZE, DEFAULT_THRESHOLD, MAX_RESAMPLES, examplesPathFor

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
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

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ../../../../shared/formats/examples-file.ts
/**
 * The per-example file next to an evaluation report (`<out>.examples.jsonl.gz`): one JSON object
 * per row, `{"id": …, "label": …, "prediction": …, "score": …}` (fields by task, see
 * docs/evaluate.md), and with `evaluate --sensitive` each row's sensitive values under
 * `"sensitive"`, gzip-compressed. The compare step pairs rows of two reports by `id` for paired
 * significance tests (of the metrics, and of the fairness summaries by the sensitive values).
 *
 * Why a worker thread: turning a million doubles into shortest round-trip text and gzipping it is
 * ~1 s of CPU at 1M binary rows (0.25 s of it the number texts, 0.3 s the gzip). The bootstrap is
 * synchronous on the main thread, so the file is rendered on the second core meanwhile; the typed
 * arrays are copied to the worker (a few MB), not shared. The worker's code is a plain string (eval
 * worker, CommonJS) so it is the same under tsx, vitest and the ncc bundle, with no extra file to
 * ship.
 */

/**
 * The worker writes the JSON Lines bytes straight into one growing Buffer: fixed texts (keys, label
 * JSON) are UTF-8 encoded once and copied per row, numbers are written as their ToString text
 * (ASCII), ids through Buffer#write. Building a string per 65,536 rows instead (≈ 8 concatenations a
 * row) kept the whole concatenation tree alive across young-generation collections: measured on 1M
 * binary rows, 2.8 s CPU (1.8 s of it garbage collection), now ~1 s, same bytes.
 */
const WORKER_SOURCE = `
const { workerData: spec, parentPort } = require('node:worker_threads');
const { gzipSync } = require('node:zlib');
const utf8 = (t) => Uint8Array.from(Buffer.from(String(t), 'utf8'));
const f = spec.fields.map((x) => {
  const key = utf8(',"' + x.key + '":');
  const codedTexts = (json) => {
    const bytes = json.map(utf8);
    let max = 9; // "undefined", for a code past the end (what string concatenation wrote)
    for (const b of bytes) max = Math.max(max, b.length);
    return { bytes, max };
  };
  if (x.kind === 'coded') {
    const c = codedTexts(x.json);
    return { kind: 0, key, codes: x.codes, bytes: c.bytes, max: key.length + c.max };
  }
  if (x.kind === 'number') return { kind: 1, key, values: x.values, max: key.length + 25 };
  if (x.kind === 'vector') return { kind: 2, key, values: x.values, width: x.width, max: key.length + 2 + 26 * x.width };
  const members = x.members.map((m, j) => {
    const c = codedTexts(m.json);
    const name = utf8((j ? ',' : '') + m.nameJson + ':');
    return { name, codes: m.codes, bytes: c.bytes, max: name.length + c.max };
  });
  return { kind: 3, key, members, max: key.length + 2 + members.reduce((a, m) => a + m.max, 0) };
});
const ids = spec.ids;
const fixed = f.reduce((a, x) => a + x.max, 0) + 32;
const OPEN = utf8('{"id":');
let out = Buffer.allocUnsafe(Math.max(1024, Math.min(spec.rows * (fixed + 8), 64 * 1024 * 1024)));
let o = 0;
function copy(b) {
  for (let j = 0; j < b.length; j++) out[o++] = b[j];
}
function ascii(s) {
  for (let j = 0; j < s.length; j++) out[o++] = s.charCodeAt(j);
}
function coded(bytes, code) {
  const b = bytes[code];
  if (b === undefined) ascii('undefined');
  else copy(b);
}
function rows(start, end) {
  for (let i = start; i < end; i++) {
    const idText = ids ? String(JSON.stringify(ids[i])) : undefined;
    const need = fixed + (idText === undefined ? 0 : 3 * idText.length);
    if (o + need > out.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * out.length, o + need));
      out.copy(grown, 0, 0, o);
      out = grown;
    }
    copy(OPEN);
    if (idText === undefined) ascii('' + i);
    else o += out.write(idText, o, 'utf8');
    for (let k = 0; k < f.length; k++) {
      const x = f[k];
      copy(x.key);
      if (x.kind === 0) coded(x.bytes, x.codes[i]);
      else if (x.kind === 1) ascii('' + x.values[i]);
      else if (x.kind === 3) {
        out[o++] = 123; // {
        for (let j = 0; j < x.members.length; j++) {
          const m = x.members[j];
          copy(m.name);
          coded(m.bytes, m.codes[i]);
        }
        out[o++] = 125; // }
      } else {
        out[o++] = 91; // [
        for (let j = 0; j < x.width; j++) {
          if (j) out[o++] = 44; // ,
          ascii('' + x.values[i * x.width + j]);
        }
        out[o++] = 93; // ]
      }
    }
    out[o++] = 125; // }
    out[o++] = 10; // \n
  }
}
for (let start = 0; start < spec.rows; start += 4096) rows(start, Math.min(spec.rows, start + 4096));
parentPort.postMessage(gzipSync(out.subarray(0, o), { level: spec.level }));
`;
/** Renders the gzipped JSON Lines on a worker thread; resolves with the bytes to write. */
function renderExamplesFile(spec) {
    return new Promise((resolve, reject) => {
        // Member names JSON-escaped once here, not per row in the worker.
        const fields = spec.fields.map((f) => (f.kind === 'record' ? { ...f, members: f.members.map((m) => ({ ...m, nameJson: JSON.stringify(m.name) })) } : f));
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, workerData: { ...spec, fields, level: spec.level ?? 1 } });
        worker.once('message', (m) => {
            resolve(Buffer.from(m.buffer, m.byteOffset, m.byteLength));
            void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
            if (code !== 0)
                reject(new Error(`examples worker exited with code ${code}`));
        });
    });
}
/**
 * The `"sensitive"` member of each row (evaluate --sensitive): every sensitive column's value as
 * text, null where the cell is missing (`codes[i]` < 0), as the fairness section groups them.
 * Undefined when there are no sensitive columns.
 */
function sensitiveExampleField(columns) {
    if (columns.length === 0)
        return undefined;
    return {
        key: 'sensitive',
        kind: 'record',
        members: columns.map((c) => {
            const k = c.values.length;
            const codes = new Int32Array(c.codes.length);
            for (let i = 0; i < codes.length; i++)
                codes[i] = c.codes[i] < 0 ? k : c.codes[i];
            return { name: c.column, codes, json: [...c.values.map((v) => JSON.stringify(v)), 'null'] };
        }),
    };
}

// EXTERNAL MODULE: ../../../csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(2475);
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

;// CONCATENATED MODULE: ../../../../shared/model/import/csv-metrics.ts
/**
 * CSV / TSV metrics files. Two shapes are accepted:
 *
 * 1. wide (DVC's tabular layout, also what DVCLive and Keras' CSVLogger write): a header row of
 *    metric names and one or more value rows. The LAST non-empty row is imported (the final epoch
 *    of a training log); cells that are empty or not numbers are skipped and reported.
 * 2. long: exactly two columns whose header is `metric,value` (also `name,value` or `key,value`,
 *    case-insensitive); every row is one metric. A name repeated later overrides the earlier one.
 *
 * Delimiter: tab for `.tsv`, otherwise comma, unless the header has tabs and no comma.
 * Numbers: JSON-style decimals with an optional leading `+`; `nan`/`inf` are skipped as non-finite.
 */





const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;
const NAME_HEADERS = new Set(['metric', 'name', 'key']);
/** Parses one cell; returns a number, or a reason why it is not imported. */
function cellNumber(cell) {
    const s = cell.trim();
    if (s === '')
        return 'empty';
    if (NON_FINITE.test(s))
        return `not finite (${s})`;
    if (!NUMBER.test(s))
        return `not a number (${JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s)})`;
    return Number(s);
}
async function importCsvMetrics(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(`cannot read metrics file: ${e.message}`, { location: { file }, cause: e });
    }
    return csvMetricsFromText(text, file);
}
function csvMetricsFromText(text, file) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === '') {
        throw new errors/* InputError */.dz('the metrics file is empty', {
            location: { file },
            hint: 'expected a header row of metric names and a row of values',
        });
    }
    const firstLine = text.slice(0, text.search(/\r?\n|$/));
    const delimiter = external_node_path_default().extname(file).toLowerCase() === '.tsv' || (firstLine.includes('\t') && !firstLine.includes(',')) ? '\t' : ',';
    let records;
    try {
        records = (0,sync/* parse */.qg)(text, { delimiter, info: true, skip_empty_lines: true, relax_column_count: false });
    }
    catch (e) {
        const err = e;
        throw new errors/* InputError */.dz(`invalid CSV: ${shortened(err.message.replace(/^Invalid Record Length: /, ''), 200)}`, {
            location: { file, line: err.lines },
            hint: 'every row needs as many fields as the header; quote fields that contain the delimiter',
            cause: e,
        });
    }
    const [header, ...rows] = records;
    const names = header.record.map((h) => h.trim());
    if (rows.length === 0) {
        throw new errors/* InputError */.dz('the metrics file has a header row but no value row', {
            location: { file, line: 2 },
            hint: 'the run may have stopped before writing any metrics',
        });
    }
    const skipped = [];
    const metrics = Object.create(null); // user names as keys: "__proto__" must stay data
    if (names.length === 2 && NAME_HEADERS.has(names[0].toLowerCase()) && names[1].toLowerCase() === 'value') {
        for (const { record, info } of rows) {
            const name = record[0].trim();
            if (name === '') {
                throw new errors/* InputError */.dz('a metric row has an empty name', { location: { file, line: info.lines }, hint: 'give every row a metric name' });
            }
            const v = cellNumber(record[1]);
            if (typeof v === 'number')
                metrics[name] = v;
            else
                skipped.push({ key: name, reason: v });
        }
        return { metrics: nonEmpty(metrics, skipped, file), skipped, layout: 'long' };
    }
    const seen = new Set();
    names.forEach((n, c) => {
        if (n === '') {
            throw new errors/* InputError */.dz(`header column ${c + 1} has no name`, { location: { file, line: 1 }, hint: 'name every column' });
        }
        if (seen.has(n)) {
            throw new errors/* InputError */.dz(`header names column "${shortened(n)}" twice`, { location: { file, line: 1 }, hint: 'give every column a distinct name' });
        }
        seen.add(n);
    });
    const last = rows[rows.length - 1];
    names.forEach((n, c) => {
        const v = cellNumber(last.record[c]);
        if (typeof v === 'number')
            metrics[n] = v;
        else
            skipped.push({ key: n, reason: v });
    });
    return { metrics: nonEmpty(metrics, skipped, file, last.info.lines), skipped, layout: 'wide', line: last.info.lines, rows: rows.length };
}
function nonEmpty(metrics, skipped, file, line) {
    if (Object.keys(metrics).length > 0)
        return metrics;
    const why = shortList(skipped.map((s) => `${shortened(s.key)}: ${s.reason}`), 5, '; ');
    throw new errors/* InputError */.dz(`no numeric metrics found (${why})`, {
        location: { file, line },
        hint: 'expected numbers under a header of metric names, or two columns "metric,value"',
    });
}

// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
;// CONCATENATED MODULE: ../../../../shared/model/import/flatten.ts
/**
 * Nested metric documents flattened to `a.b.c` keys, with DVC's semantics.
 *
 * DVC (`dvc/repo/metrics/show.py: _extract_metrics`) keeps a leaf only when it is a number (Python
 * `int`/`float`, which includes `bool`) or, recursively, a non-empty dict; lists, nulls and (for
 * diffs) strings are dropped with a debug log. It then flattens with `flatten_dict(reducer="dot")`,
 * which raises on a duplicated key. We do the same, with these choices for a `Record<string, number>`:
 *
 * - finite numbers are kept; `NaN`/`Infinity` (Python's json writes them) are skipped as "not finite";
 * - booleans become 1/0, as Python's `bool` is an `int` and DVC diffs them as numbers;
 * - strings (even numeric-looking ones), nulls, arrays and empty objects are skipped;
 * - a key reached twice (`{"a.b": 1, "a": {"b": 2}}`) is an error the caller reports.
 *
 * Every skipped leaf is returned with its reason so the caller can say what was not imported.
 */
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}
/** Flattens `value` (normally an object) into dotted keys below `prefix`. */
function flattenMetrics(value, prefix = '') {
    const out = { metrics: Object.create(null), skipped: [], duplicates: [] };
    walk(value, prefix, out);
    // A plain object for callers (and for toEqual in tests).
    out.metrics = { ...out.metrics };
    return out;
}
function put(out, key, v) {
    if (Object.prototype.hasOwnProperty.call(out.metrics, key))
        out.duplicates.push(key);
    out.metrics[key] = v;
}
/** Deeper than this is not a metrics document (and a recursive walk must stay off the stack's end). */
const MAX_DEPTH = 256;
function walk(value, key, out, depth = 0) {
    if (depth > MAX_DEPTH) {
        out.skipped.push({ key: key.length > 80 ? `${key.slice(0, 80)}…` : key, reason: `nested deeper than ${MAX_DEPTH} levels` });
        return;
    }
    if (typeof value === 'number') {
        if (Number.isFinite(value))
            put(out, key, value);
        else
            out.skipped.push({ key, reason: `not finite (${value})` });
        return;
    }
    if (typeof value === 'bigint') {
        put(out, key, Number(value));
        return;
    }
    if (typeof value === 'boolean') {
        put(out, key, value ? 1 : 0);
        return;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
        const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
        if (entries.length === 0) {
            out.skipped.push({ key, reason: 'an empty mapping' });
            return;
        }
        for (const [k, v] of entries)
            walk(v, key === '' ? String(k) : `${key}.${String(k)}`, out, depth + 1);
        return;
    }
    out.skipped.push({ key, reason: `${describe(value)}, not a number` });
}

;// CONCATENATED MODULE: ../../../../shared/model/import/json-yaml.ts
/**
 * JSON or YAML metrics files (DVC `metrics.json`, DVCLive `eval/live/metrics.json`, any nested
 * mapping of names to numbers) → flat `Record<string, number>` (see `flatten.ts` for the rules).
 *
 * JSON is read with a small strict parser rather than `JSON.parse` for two reasons:
 * - Python's `json.dump` writes `NaN`, `Infinity` and `-Infinity` (DVC reads them back with
 *   `json.load`); we accept those tokens like Python does, then skip them as non-finite;
 * - every syntax error is reported with its 1-based line and column, which `JSON.parse` does not
 *   give on Node 20 for most errors.
 */






/** `.json` → json; `.yaml`/`.yml` → yaml; anything else → yaml (DVC's default loader). */
function metricsDocumentFormat(file) {
    return external_node_path_default().extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}
/** Reads and flattens one JSON/YAML metrics file. Throws InputError when it has no numeric metric. */
async function importJsonYamlMetrics(file, format = metricsDocumentFormat(file)) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(`cannot read metrics file: ${e.message}`, { location: { file }, cause: e });
    }
    const doc = parseMetricsDocument(text, file, format);
    return { ...metricsFromDocument(doc, file), format };
}
/** Flattens an already parsed document; shared with the DVC importer. */
function metricsFromDocument(doc, file) {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
        const what = doc === null ? 'null' : Array.isArray(doc) ? 'a list' : `a single ${typeof doc}`;
        throw new errors/* InputError */.dz(`expected a mapping of metric names to numbers, found ${what}`, {
            location: { file },
            hint: 'write metrics as an object such as {"test": {"roc_auc": 0.93}}',
        });
    }
    const flat = flattenMetrics(doc);
    if (flat.duplicates.length > 0) {
        throw new errors/* InputError */.dz(`metric "${shortened(flat.duplicates[0])}" appears twice once nested keys are joined with dots`, {
            location: { file },
            hint: 'rename the key that contains a dot or the nested one, as DVC rejects the same file',
        });
    }
    if (Object.keys(flat.metrics).length === 0) {
        const skipped = shortList(flat.skipped.map((s) => `${shortened(s.key)}: ${s.reason}`), 5, '; ');
        throw new errors/* InputError */.dz(`no numeric metrics found${skipped ? ` (skipped ${skipped})` : ''}`, {
            location: { file },
            hint: 'metrics must be numbers (or booleans); strings, lists and nulls are ignored as DVC does',
        });
    }
    return { metrics: flat.metrics, skipped: flat.skipped };
}
/** Parses JSON or YAML text; syntax errors become InputErrors with line and column. */
function parseMetricsDocument(text, file, format) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === '') {
        throw new errors/* InputError */.dz('the metrics file is empty', {
            location: { file },
            hint: 'the tool that writes it may have failed before writing; re-run it',
        });
    }
    if (format === 'json')
        return parseJson(text, file);
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: true, uniqueKeys: false, logLevel: 'error' });
    const err = doc.errors[0];
    if (err) {
        const pos = err.linePos?.[0];
        throw new errors/* InputError */.dz(`invalid YAML: ${shortened(err.message.split('\n')[0], 200)}`, {
            location: { file, line: pos?.line, column: pos?.col },
            hint: 'fix the YAML syntax at that place',
        });
    }
    try {
        return doc.toJS({ maxAliasCount: 1000 });
    }
    catch (e) {
        // The yaml package refuses aliases that expand too often (a "billion laughs" file) with a
        // ReferenceError; nesting beyond the stack is a RangeError.
        if (e instanceof ReferenceError || e instanceof RangeError) {
            throw new errors/* InputError */.dz(e instanceof ReferenceError ? 'the YAML expands its aliases (*name) too many times' : 'the YAML nests too deeply', {
                location: { file },
                hint: 'write the metrics out as a plain mapping',
                cause: e,
            });
        }
        throw e;
    }
}
/** How deep metrics documents may nest (DVC's and DVCLive's are 2 or 3 levels). */
const MAX_NESTING = 256;
/** 1-based line and column of a character offset. */
function lineColumn(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            start = i + 1;
        }
    }
    return { line, column: offset - start + 1 };
}
/** Strict JSON (RFC 8259) plus Python's NaN / Infinity / -Infinity. Duplicate keys: last wins, like Python. */
function parseJson(text, file) {
    let i = 0;
    const fail = (what, at = i, hint = 'fix the JSON syntax at that place (a truncated file usually means the writer was interrupted)') => {
        const { line, column } = lineColumn(text, at);
        const found = at >= text.length ? 'end of file' : JSON.stringify(text[at]);
        throw new errors/* InputError */.dz(`invalid JSON: ${what}, found ${found}`, {
            location: { file, line, column },
            hint,
        });
    };
    const ws = () => {
        while (i < text.length) {
            const c = text.charCodeAt(i);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                i++;
            else
                break;
        }
    };
    const literal = (word, value) => {
        if (text.startsWith(word, i)) {
            i += word.length;
            return value;
        }
        return fail('expected a value');
    };
    const str = () => {
        const start = i;
        i++; // opening quote
        let out = '';
        while (true) {
            if (i >= text.length)
                return fail('unterminated string', start);
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return out;
            }
            if (c < 0x20)
                return fail('control character in a string');
            if (c === 0x5c) {
                const e = text[i + 1];
                const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                if (e !== undefined && e in simple) {
                    out += simple[e];
                    i += 2;
                }
                else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                    out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
                    i += 6;
                }
                else {
                    return fail('invalid escape in a string', i + 1);
                }
            }
            else {
                out += text[i];
                i++;
            }
        }
    };
    const num = () => {
        const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m)
            return fail('expected a value');
        i += m[0].length;
        return Number(m[0]);
    };
    let depth = 0;
    const value = () => {
        ws();
        const c = text[i];
        // Bounded nesting: a recursive parser must not meet the stack's end on hostile input.
        if ((c === '{' || c === '[') && depth >= MAX_NESTING)
            return fail(`nested deeper than ${MAX_NESTING} levels`, i, 'metrics documents nest a few levels; this is not one');
        if (c === '{' || c === '[')
            depth++;
        try {
            return container(c);
        }
        finally {
            if (c === '{' || c === '[')
                depth--;
        }
    };
    const container = (c) => {
        if (c === '{') {
            i++;
            const obj = {};
            ws();
            if (text[i] === '}') {
                i++;
                return obj;
            }
            while (true) {
                ws();
                if (text[i] !== '"')
                    return fail('expected a property name in double quotes');
                const key = str();
                ws();
                if (text[i] !== ':')
                    return fail("expected ':' after a property name");
                i++;
                Object.defineProperty(obj, key, { value: value(), enumerable: true, writable: true, configurable: true });
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return obj;
                }
                return fail("expected ',' or '}'");
            }
        }
        if (c === '[') {
            i++;
            const arr = [];
            ws();
            if (text[i] === ']') {
                i++;
                return arr;
            }
            while (true) {
                arr.push(value());
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return arr;
                }
                return fail("expected ',' or ']'");
            }
        }
        if (c === '"')
            return str();
        if (c === 't')
            return literal('true', true);
        if (c === 'f')
            return literal('false', false);
        if (c === 'n')
            return literal('null', null);
        if (c === 'N')
            return literal('NaN', NaN);
        if (c === 'I')
            return literal('Infinity', Infinity);
        if (c === '-' && text[i + 1] === 'I') {
            i++;
            return -literal('Infinity', Infinity);
        }
        return num();
    };
    const result = value();
    ws();
    if (i < text.length)
        fail('unexpected text after the JSON value');
    return result;
}

;// CONCATENATED MODULE: ../../../../shared/model/import/dvc.ts
/**
 * A DVC project folder: the metrics files `dvc.yaml` declares, imported like `dvc metrics show`.
 *
 * Sources of metrics paths (relative to the folder holding `dvc.yaml`):
 * - the top-level `metrics:` list (DVC 3), entries are paths;
 * - each stage's `metrics:` outputs, entries are a path or `{path: {cache: false, ...}}`.
 * Templated paths (`${item}` in `foreach`/`matrix` stages) cannot be resolved without DVC's
 * templating and are reported in `unresolved`. A path that is a directory contributes every
 * `.json`/`.yaml`/`.yml` file below it. Files are parsed by extension (`.json` → JSON, anything
 * else → YAML, DVC's default loader). Declared files that do not exist are listed in `missing`
 * (DVC also skips them); when none exists it is an error (`dvc pull` / `dvc repro` first).
 *
 * Key naming: with one metrics file, keys are the flattened names (`roc_auc.test`); with several,
 * each key is prefixed by its file's relative path and a colon (`eval/metrics.json:roc_auc.test`),
 * as `dvc metrics show` groups by path — so the same name in two files never collides.
 * `params.yaml`, when present, is returned flattened in `params` for context (not as metrics).
 */





function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
/** Declared metrics paths of a parsed dvc.yaml, in file order, without duplicates. */
function dvcMetricsPaths(dvcYaml, file) {
    if (dvcYaml === null || typeof dvcYaml !== 'object' || Array.isArray(dvcYaml)) {
        throw new errors/* InputError */.dz('dvc.yaml is not a mapping', { location: { file }, hint: 'expected top-level keys such as "stages:" and "metrics:"' });
    }
    const out = [];
    const add = (entries, where) => {
        if (entries === undefined || entries === null)
            return;
        if (!Array.isArray(entries)) {
            throw new errors/* InputError */.dz(`${where} "metrics" must be a list`, { location: { file }, hint: 'write "metrics:" followed by "- path/to/metrics.json" items' });
        }
        for (const e of entries) {
            if (typeof e === 'string')
                out.push(e);
            else if (e && typeof e === 'object' && !Array.isArray(e) && Object.keys(e).length === 1)
                out.push(Object.keys(e)[0]);
            else
                throw new errors/* InputError */.dz(`${where} has a metrics entry that is neither a path nor {path: options}`, { location: { file } });
        }
    };
    const doc = dvcYaml;
    add(doc.metrics, 'the top level');
    const stages = doc.stages;
    if (stages && typeof stages === 'object' && !Array.isArray(stages)) {
        for (const [name, stage] of Object.entries(stages)) {
            if (!stage || typeof stage !== 'object')
                continue;
            const s = stage;
            add(s.metrics, `stage "${name}"`);
            // foreach / matrix stages keep their outputs under `do:` (foreach) or at the top (matrix).
            const body = s.do;
            if (body && typeof body === 'object')
                add(body.metrics, `stage "${name}" (do)`);
        }
    }
    return [...new Set(out)];
}
async function filesUnder(dir) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const p = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await filesUnder(p)));
        else if (/\.(json|ya?ml)$/i.test(entry.name))
            out.push(p);
    }
    return out.sort();
}
async function importDvcMetrics(folder) {
    const dvcFile = external_node_path_default().join(folder, 'dvc.yaml');
    let text;
    try {
        text = await (0,promises_.readFile)(dvcFile, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(`cannot read dvc.yaml: ${shortened(e.message, 200)}`, {
            location: { file: dvcFile },
            hint: 'point at the folder of a DVC project (the one holding dvc.yaml)',
            cause: e,
        });
    }
    const declared = dvcMetricsPaths(parseMetricsDocument(text, dvcFile, 'yaml'), dvcFile);
    const unresolved = declared.filter((p) => p.includes('${'));
    const missing = [];
    const files = [];
    for (const rel of declared.filter((p) => !p.includes('${'))) {
        const abs = external_node_path_default().resolve(folder, rel);
        const st = await (0,promises_.stat)(abs).catch(() => undefined);
        if (!st)
            missing.push(rel);
        else if (st.isDirectory())
            files.push(...(await filesUnder(abs)).map((f) => toPosix(external_node_path_default().relative(folder, f))));
        else
            files.push(toPosix(external_node_path_default().normalize(rel)));
    }
    if (files.length === 0) {
        const what = declared.length === 0 ? 'declares no metrics' : `declares metrics but none exists (${shortList([...missing, ...unresolved])})`;
        throw new errors/* InputError */.dz(`dvc.yaml ${what}`, {
            location: { file: dvcFile },
            hint: declared.length === 0 ? 'add a "metrics:" entry to the stage that writes them' : 'run "dvc pull" or "dvc repro" first',
        });
    }
    const metrics = Object.create(null); // user names as keys: "__proto__" must stay data
    const skipped = [];
    const prefixed = files.length > 1;
    for (const rel of files) {
        const abs = external_node_path_default().resolve(folder, rel);
        const content = await (0,promises_.readFile)(abs, 'utf8');
        const one = metricsFromDocument(parseMetricsDocument(content, abs, metricsDocumentFormat(abs)), abs);
        for (const [k, v] of Object.entries(one.metrics))
            metrics[prefixed ? `${rel}:${k}` : k] = v;
        for (const s of one.skipped)
            skipped.push({ key: prefixed ? `${rel}:${s.key}` : s.key, reason: s.reason });
    }
    const result = { metrics, files, missing, unresolved, skipped };
    const paramsFile = external_node_path_default().join(folder, 'params.yaml');
    const paramsText = await (0,promises_.readFile)(paramsFile, 'utf8').catch(() => undefined);
    if (paramsText !== undefined && paramsText.trim() !== '') {
        const doc = parseMetricsDocument(paramsText, paramsFile, 'yaml');
        if (doc && typeof doc === 'object' && !Array.isArray(doc))
            result.params = flattenParams(doc);
    }
    return result;
}
/** params.yaml flattened with dots; numbers stay numbers, everything else becomes its JSON text. */
function flattenParams(doc) {
    const out = {};
    const walk = (v, key) => {
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            for (const [k, x] of Object.entries(v))
                walk(x, key ? `${key}.${k}` : k);
        }
        else if (typeof v === 'number')
            out[key] = v;
        else
            out[key] = typeof v === 'string' ? v : JSON.stringify(v);
    };
    walk(doc, '');
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/model/import/mlflow.ts
/**
 * An MLflow file store (`mlruns/`), read with the semantics of `mlflow.store.tracking.file_store`:
 *
 * - experiments are folders holding `meta.yaml` (`experiment_id`, `name`, `lifecycle_stage`);
 *   `.trash/` (deleted experiments) and experiments with `lifecycle_stage: deleted` are skipped;
 * - runs are sub-folders holding `meta.yaml` (`run_id`, or only `run_uuid` in old files,
 *   `start_time`, `lifecycle_stage`, `run_name` in new files). Runs whose stage is `deleted`, or
 *   whose meta names another experiment (MLflow ignores those too), are skipped; folders
 *   without a run `meta.yaml` (`tags/`, `datasets/`, `models/`, …) are not runs;
 * - `metrics/<key>` files hold `timestamp value [step]` lines (no step → 0). Keys may contain `/`,
 *   so metrics are nested folders. A run's metric is the entry with the highest (step, timestamp,
 *   value), exactly `FileStore._get_metric_from_file`; a non-finite value (`nan`, `inf`) there is
 *   left out and listed in `nonFinite`;
 * - `params/<key>` and `tags/<key>` hold the raw value, without a trailing newline;
 * - the run name is `run_name` from meta.yaml, else the `mlflow.runName` tag (old stores).
 *
 * The path may be the store root, one experiment folder, or one run folder.
 * Selectors: a run id (or a unique prefix of at least 6 characters), `latest` (highest start_time,
 * MLflow's default order; parents and nested runs alike), or `best:<metric>:max|min` (among runs
 * that have the metric; ties → latest start_time).
 */





// MLflow's RunStatus enum, written as an int by old stores.
const RUN_STATUS = { 1: 'RUNNING', 2: 'SCHEDULED', 3: 'FINISHED', 4: 'FAILED', 5: 'KILLED' };
function parseMlflowRunSelector(s) {
    const t = s.trim();
    if (t === 'latest')
        return { kind: 'latest' };
    if (t.startsWith('best:')) {
        const m = /^best:(.+):(max|min)$/.exec(t);
        if (!m) {
            throw new errors/* UsageError */.eb(`MLflow run selector "${s}" is not "best:<metric>:max" or "best:<metric>:min"`, {
                hint: 'for example best:val_accuracy:max or best:loss:min',
            });
        }
        return { kind: 'best', metric: m[1], goal: m[2] };
    }
    if (/^[0-9a-zA-Z_-]{6,}$/.test(t))
        return { kind: 'id', id: t };
    throw new errors/* UsageError */.eb(`MLflow run selector "${s}" is not a run id, "latest" or "best:<metric>:max|min"`, {
        hint: 'copy the run id from the MLflow UI, or use latest',
    });
}
async function readYaml(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text, { logLevel: 'error' });
    }
    catch (e) {
        const pos = e.linePos?.[0];
        throw new errors/* InputError */.dz(`invalid MLflow meta.yaml: ${shortened(e.message.split('\n')[0], 200)}`, {
            location: { file, line: pos?.line, column: pos?.col },
            hint: 'the store is damaged; restore the file from a backup or remove the run',
            cause: e,
        });
    }
    if (doc && typeof doc === 'object' && !Array.isArray(doc))
        return doc;
    // MLflow always writes a mapping: an empty one is a write that died (a full disk), not "no run here".
    throw new errors/* InputError */.dz(`MLflow meta.yaml is ${text.trim() === '' ? 'empty' : 'not a mapping'}`, {
        location: { file },
        hint: 'the store is damaged; restore the file from a backup or remove the run',
    });
}
const str = (v) => (v === null || v === undefined ? '' : String(v));
const mlflow_int = (v) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);
async function subdirs(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isDirectory() && e.name !== '.trash').map((e) => e.name).sort();
}
/** Files below `dir` as keys relative to it, `/`-separated (metric, param and tag keys may nest). */
async function keyFiles(dir) {
    const out = new Map();
    const walk = async (d, prefix) => {
        const entries = await (0,promises_.readdir)(d, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const key = prefix ? `${prefix}/${e.name}` : e.name;
            if (e.isDirectory())
                await walk(external_node_path_default().join(d, e.name), key);
            else if (e.isFile())
                out.set(key, external_node_path_default().join(d, e.name));
        }
    };
    await walk(dir, '');
    return out;
}
async function experimentAt(dir) {
    const meta = await readYaml(external_node_path_default().join(dir, 'meta.yaml'));
    if (!meta || meta.experiment_id === undefined || meta.run_id !== undefined || meta.run_uuid !== undefined)
        return undefined;
    if (str(meta.lifecycle_stage) === 'deleted')
        return undefined;
    return { id: str(meta.experiment_id), name: str(meta.name), dir };
}
async function runInfoAt(dir, exp) {
    const meta = await readYaml(external_node_path_default().join(dir, 'meta.yaml'));
    if (!meta)
        return undefined;
    const runId = str(meta.run_id ?? meta.run_uuid);
    if (!runId)
        return undefined;
    const tagsDir = external_node_path_default().join(dir, 'tags');
    const tag = async (k) => (0,promises_.readFile)(external_node_path_default().join(tagsDir, k), 'utf8').catch(() => undefined);
    const status = typeof meta.status === 'number' ? (RUN_STATUS[meta.status] ?? String(meta.status)) : str(meta.status);
    const info = {
        runId,
        experimentId: str(meta.experiment_id),
        experimentName: exp.name,
        runName: str(meta.run_name) || (await tag('mlflow.runName')) || '',
        startTime: mlflow_int(meta.start_time),
        endTime: mlflow_int(meta.end_time),
        status,
        lifecycleStage: str(meta.lifecycle_stage) || 'active',
        dir,
    };
    const parent = await tag('mlflow.parentRunId');
    if (parent)
        info.parentRunId = parent;
    return info;
}
/** Active runs of the store, experiment or run at `root` (deleted ones are left out). */
async function listMlflowRuns(root) {
    const st = await (0,promises_.stat)(root).catch(() => undefined);
    if (!st?.isDirectory()) {
        throw new errors/* InputError */.dz('MLflow store not found', { location: { file: root }, hint: 'point at the mlruns folder (the tracking URI of a file store)' });
    }
    if (external_node_path_default().resolve(root).split((external_node_path_default()).sep).includes('.trash')) {
        throw new errors/* InputError */.dz("this is inside MLflow's .trash folder, which holds deleted experiments", {
            location: { file: root },
            hint: 'restore the experiment with "mlflow experiments restore", or point at the mlruns folder',
        });
    }
    const own = await readYaml(external_node_path_default().join(root, 'meta.yaml'));
    let experiments;
    if (own && (own.run_id !== undefined || own.run_uuid !== undefined)) {
        // A run folder: its experiment is the parent folder.
        const exp = (await experimentAt(external_node_path_default().dirname(root))) ?? { id: str(own.experiment_id), name: '', dir: external_node_path_default().dirname(root) };
        const info = await runInfoAt(root, exp);
        return info && info.lifecycleStage !== 'deleted' ? [info] : [];
    }
    else if (own && own.experiment_id !== undefined) {
        const exp = await experimentAt(root);
        experiments = exp ? [exp] : [];
    }
    else {
        experiments = [];
        for (const name of await subdirs(root)) {
            const exp = await experimentAt(external_node_path_default().join(root, name));
            if (exp)
                experiments.push(exp);
        }
    }
    const runs = [];
    for (const exp of experiments) {
        for (const name of await subdirs(exp.dir)) {
            const info = await runInfoAt(external_node_path_default().join(exp.dir, name), exp);
            if (!info || info.lifecycleStage === 'deleted' || info.experimentId !== exp.id)
                continue;
            runs.push(info);
        }
    }
    return runs;
}
/** Parses a Python float as MLflow writes it (`repr`): decimals, `nan`, `inf`, `-inf`. */
function pyFloat(s) {
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s))
        return Number(s);
    const m = /^([+-]?)(nan|inf|infinity)$/i.exec(s);
    if (!m)
        return undefined;
    if (m[2].toLowerCase() === 'nan')
        return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
}
async function readMlflowMetric(file, atStep) {
    const text = await (0,promises_.readFile)(file, 'utf8');
    let best;
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === '')
            return;
        const parts = line.split(' ');
        const ts = parts[0] !== undefined && /^-?\d+$/.test(parts[0]) ? Number(parts[0]) : undefined;
        const value = parts[1] !== undefined ? pyFloat(parts[1]) : undefined;
        const step = parts.length >= 3 ? (/^-?\d+$/.test(parts[2]) ? Number(parts[2]) : undefined) : 0;
        if (parts.length < 2 || parts.length > 5 || ts === undefined || value === undefined || step === undefined) {
            throw new errors/* InputError */.dz(`malformed MLflow metric line ${JSON.stringify(line.slice(0, 80))}`, {
                location: { file, line: i + 1 },
                hint: 'expected "timestamp value step", e.g. "1656994881659 0.59 1"',
            });
        }
        const e = { timestamp: ts, value, step };
        if (atStep !== undefined && step !== atStep)
            return;
        // NaN compares false in Python too, so a NaN value never wins a tie on value.
        if (!best || e.step > best.step || (e.step === best.step && (e.timestamp > best.timestamp || (e.timestamp === best.timestamp && e.value > best.value)))) {
            best = e;
        }
    });
    if (!best && atStep !== undefined && lines.some((l) => l.trim() !== ''))
        return undefined;
    if (!best) {
        throw new errors/* InputError */.dz('MLflow metric file has no data', { location: { file }, hint: 'MLflow reports this as a malformed metric; remove the file or re-log it' });
    }
    return best;
}
/** Metrics, params and tags of one run. */
async function readMlflowRun(info, atStep) {
    const metrics = Object.create(null); // user names as keys: "__proto__" must stay data
    const steps = Object.create(null); // user names as keys: "__proto__" must stay data
    const nonFinite = [];
    for (const [key, file] of [...(await keyFiles(external_node_path_default().join(info.dir, 'metrics')))].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const e = atStep === undefined ? await readMlflowMetric(file) : await readMlflowMetric(file, atStep);
        if (!e)
            continue;
        if (Number.isFinite(e.value)) {
            metrics[key] = e.value;
            steps[key] = e.step;
        }
        else
            nonFinite.push(key);
    }
    const readAll = async (sub) => {
        const out = Object.create(null); // user names as keys: "__proto__" must stay data
        for (const [key, file] of [...(await keyFiles(external_node_path_default().join(info.dir, sub)))].sort(([a], [b]) => (a < b ? -1 : 1)))
            out[key] = await (0,promises_.readFile)(file, 'utf8');
        return out;
    };
    return { info, metrics, steps, nonFinite, params: await readAll('params'), tags: await readAll('tags') };
}
/** Where a deleted run with this id lives, for a message that says why it was not found. */
async function findDeletedRun(root, id) {
    const look = async (base, label) => {
        for (const exp of await subdirs(base)) {
            const meta = await readYaml(external_node_path_default().join(base, exp, id, 'meta.yaml')).catch(() => undefined);
            if (meta)
                return `${label}experiment ${exp}, lifecycle_stage ${str(meta.lifecycle_stage) || 'active'}`;
        }
        return undefined;
    };
    return (await look(root, '')) ?? (await look(external_node_path_default().join(root, '.trash'), '.trash/'));
}
const byStartDesc = (a, b) => (b.startTime ?? -Infinity) - (a.startTime ?? -Infinity) || (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0);
/** `experiment` (an id or a name) narrows the candidates to that experiment's runs. */
async function importMlflowRun(root, selector = 'latest', experiment, atStep) {
    const sel = typeof selector === 'string' ? parseMlflowRunSelector(selector) : selector;
    let runs = (await listMlflowRuns(root)).sort(byStartDesc);
    const exp = experiment?.trim();
    if (exp) {
        const byId = runs.filter((r) => r.experimentId === exp);
        const picked = byId.length > 0 ? byId : runs.filter((r) => r.experimentName === exp);
        if (picked.length === 0) {
            const have = [...new Map(runs.map((r) => [r.experimentId, `${r.experimentId} (${r.experimentName})`])).values()];
            throw new errors/* InputError */.dz(`no active MLflow experiment with id or name "${shortened(exp)}" holds active runs`, {
                location: { file: root },
                hint: `experiments with active runs: ${have.length ? shortList(have) : 'none'}`,
            });
        }
        runs = picked;
    }
    const hint = 'point at an mlruns folder with at least one active run';
    if (runs.length === 0)
        throw new errors/* InputError */.dz('no active MLflow runs found (deleted runs and .trash are ignored)', { location: { file: root }, hint });
    let run;
    if (sel.kind === 'id') {
        const matches = runs.filter((r) => r.runId === sel.id || r.runId.startsWith(sel.id));
        const exact = matches.find((r) => r.runId === sel.id);
        if (!exact && matches.length !== 1) {
            const deleted = matches.length === 0 ? await findDeletedRun(root, sel.id) : undefined;
            throw new errors/* InputError */.dz(deleted
                ? `MLflow run "${sel.id}" is deleted (${deleted}); deleted runs are not imported`
                : matches.length === 0
                    ? `no active MLflow run "${sel.id}" (deleted runs and .trash are ignored)`
                    : `run id prefix "${sel.id}" matches ${matches.length} runs`, { location: { file: root }, hint: `active runs: ${runs.slice(0, 5).map((r) => r.runId).join(', ')}${runs.length > 5 ? ', …' : ''}` });
        }
        run = await readMlflowRun(exact ?? matches[0]);
    }
    else if (sel.kind === 'latest') {
        run = await readMlflowRun(runs[0]);
    }
    else {
        let best;
        for (const info of runs) {
            const r = await readMlflowRun(info);
            const v = r.metrics[sel.metric];
            if (v === undefined)
                continue;
            // runs are in start_time-descending order, so a strict comparison keeps the latest on ties.
            if (!best || (sel.goal === 'max' ? v > best.metrics[sel.metric] : v < best.metrics[sel.metric]))
                best = r;
        }
        if (!best) {
            throw new errors/* InputError */.dz(`no active MLflow run has a finite metric "${shortened(sel.metric)}"`, { location: { file: root }, hint: 'check the metric name (keys are case-sensitive)' });
        }
        run = best;
    }
    // The run is chosen by latest values; then each metric is read at the step asked for.
    if (atStep !== undefined) {
        run = await readMlflowRun(run.info, atStep);
        if (Object.keys(run.metrics).length === 0) {
            throw new errors/* InputError */.dz(`MLflow run ${run.info.runId} has no finite metric logged at step ${atStep}`, { location: { file: run.info.dir }, hint: 'pick a step the run logged (the third field of its metrics files), or leave the step out for each metric\'s latest value' });
        }
    }
    if (Object.keys(run.metrics).length === 0) {
        const name = run.info.runName ? ` (${run.info.runName})` : '';
        const why = sel.kind === 'latest' ? ', the latest by start_time' : '';
        throw new errors/* InputError */.dz(`MLflow run ${run.info.runId}${name}${why} has no metrics${run.nonFinite.length ? ` (only non-finite ones: ${shortList(run.nonFinite)})` : ''}`, {
            location: { file: run.info.dir },
            hint: run.info.parentRunId
                ? `it is a nested run of ${run.info.parentRunId}; select that run by id or use best:<metric>:max|min`
                : 'select another run by id or use best:<metric>:max|min',
        });
    }
    return run;
}

;// CONCATENATED MODULE: ../../../../shared/model/import/mlflow-sqlite.ts
/**
 * An MLflow SQLite tracking store (`mlflow.db`, the default store of current MLflow; also given as
 * the tracking URI `sqlite:///mlflow.db`), read with the semantics of
 * `mlflow.store.tracking.sqlalchemy_store.SqlAlchemyStore` and its model registry:
 *
 * - experiments: table `experiments` (`experiment_id`, `name`, `lifecycle_stage`); runs: table
 *   `runs` (`run_uuid`, `experiment_id`, `name`, `status`, `start_time`, `end_time`,
 *   `lifecycle_stage`). A run is a candidate only when it and its experiment are `active`; deleted
 *   runs and runs of deleted experiments are never chosen, not even by id;
 * - metrics: table `metrics`, every logged point (`key`, `value`, `timestamp`, `step`, `is_nan`).
 *   A run's metric is the point with the highest (step, timestamp, value), exactly the order
 *   `_update_latest_metrics_if_necessary` keeps in `latest_metrics`. MLflow stores NaN as value 0
 *   with `is_nan` 1, and ±infinity as ±1.7976931348623157e308 (SQL has no infinity): both are left
 *   out and listed in `nonFinite`, as the file store importer does with `nan`/`inf`;
 * - params and tags: tables `params` and `tags`; a NULL tag value reads as "";
 * - the run name is `runs.name`, else the `mlflow.runName` tag (stores from before that column);
 * - the registry: `registered_models`, `model_versions` (`run_id`, `current_stage`; MLflow
 *   soft-deletes a version by setting its stage to `Deleted_Internal`) and
 *   `registered_model_aliases` (`name`, `alias`, `version`).
 *
 * Selectors: those of the file store (`mlflow.ts`): a run id or a unique prefix of at least 6
 * characters, `latest` (highest start_time, then run id: MLflow's default order), or
 * `best:<metric>:max|min`; an experiment by id or name narrows the candidates; a model version
 * (`NAME@ALIAS`, `NAME/VERSION`, `NAME/latest`, optionally as `models:/…`) picks the run that
 * produced it.
 *
 * Reading: the file's bytes go into sql.js (SQLite compiled to WebAssembly, its inline build) in
 * memory; nothing is ever written back. sql.js is loaded only here, on first use, so a cold start
 * that imports anything else does not pay for it. The schema is checked column by column
 * (`pragma_table_info`) before any query: a revision we have not tested is read when every
 * column we use is there, and refused, naming the revision and what is missing, when not.
 */





/** Alembic revisions of real stores the tests read (test/model/mlflow-sqlite.test.ts). */
const TESTED_MLFLOW_REVISIONS = Object.freeze({
    '5b0e9adcef9c': 'MLflow 2.x (2024): add cascade deletion to trace tables foreign keys',
    '1bd49d398cd23': 'MLflow 3.x (2025-11): add secrets tables',
});
/** Tables and columns every import reads. */
const TRACKING_COLUMNS = {
    experiments: ['experiment_id', 'name', 'lifecycle_stage'],
    runs: ['run_uuid', 'experiment_id', 'status', 'start_time', 'end_time', 'lifecycle_stage'],
    metrics: ['run_uuid', 'key', 'value', 'timestamp', 'step', 'is_nan'],
    params: ['run_uuid', 'key', 'value'],
    tags: ['run_uuid', 'key', 'value'],
};
/** Read only with a model selector. */
const REGISTRY_COLUMNS = {
    registered_models: ['name'],
    model_versions: ['name', 'version', 'run_id', 'current_stage'],
};
/** Read only with a `NAME@ALIAS` selector (aliases arrived in MLflow 2.3). */
const ALIAS_COLUMNS = {
    registered_model_aliases: ['name', 'alias', 'version'],
};
const SQLITE_MAGIC = 'SQLite format 3\0';
/** How MLflow stores ±infinity: SQL has none, so `SqlAlchemyStore` writes ±sys.float_info.max. */
const MLFLOW_INFINITY = 1.7976931348623157e308;
/** Buffers past this are refused by node's readFile; say so before trying. */
const MAX_BYTES = 2 ** 31 - 1;
function parseMlflowModelSelector(s) {
    const t = s.trim().replace(/^models:\//, '');
    const at = t.lastIndexOf('@');
    if (at > 0 && at < t.length - 1)
        return { kind: 'alias', name: t.slice(0, at), alias: t.slice(at + 1) };
    const slash = t.lastIndexOf('/');
    if (slash > 0) {
        const name = t.slice(0, slash);
        const v = t.slice(slash + 1);
        if (v === 'latest')
            return { kind: 'latest', name };
        if (/^[1-9]\d{0,9}$/.test(v))
            return { kind: 'version', name, version: Number(v) };
    }
    throw new errors/* UsageError */.eb(`MLflow model selector "${shortened(s)}" is not NAME@ALIAS, NAME/VERSION or NAME/latest`, {
        hint: 'for example nyc-taxi-model@staging or nyc-taxi-model/1 (the names the MLflow UI shows under Models)',
    });
}
/** `sqlite:///rel/path.db` → `rel/path.db`, `sqlite:////abs/path.db` → `/abs/path.db` (SQLAlchemy's URL rules); undefined when `p` is not a sqlite URI. */
function sqliteUriPath(p) {
    if (!/^sqlite:/i.test(p))
        return undefined;
    const m = /^sqlite:\/\/\/([^?]+)(\?.*)?$/i.exec(p);
    if (!m) {
        throw new errors/* InputError */.dz(`"${shortened(p)}" is not a SQLite file URI`, {
            hint: 'write sqlite:///relative/path/mlflow.db or sqlite:////absolute/path/mlflow.db (an in-memory sqlite:// store has nothing to import)',
        });
    }
    let file;
    try {
        file = decodeURIComponent(m[1]);
    }
    catch {
        file = m[1];
    }
    return file;
}
/** Whether `file` starts with SQLite's 16-byte header. */
async function isSqliteFile(file) {
    const fh = await (0,promises_.open)(file, 'r').catch(() => undefined);
    if (!fh)
        return false;
    try {
        const buf = Buffer.alloc(16);
        const { bytesRead } = await fh.read(buf, 0, 16, 0);
        return bytesRead === 16 && buf.toString('latin1') === SQLITE_MAGIC;
    }
    finally {
        await fh.close();
    }
}
let sqlJs;
/** sql.js, loaded on first use: ~1 MB of inlined WebAssembly that only a .db import needs. */
function loadSqlJs() {
    sqlJs ??= __webpack_require__.e(/* import() */ 669).then(__webpack_require__.t.bind(__webpack_require__, 6669, 23)).then((m) => {
        // A CommonJS module: its exports object is the default export, itself carrying `default`.
        const init = m.default.default ?? m.default;
        // sql.js sets its CommonJS `module` to undefined and then, on Node, runs
        // `typeof module !== "undefined" && (module.exports = …)`; the bundler (webpack, inside ncc)
        // folds that typeof to "object", so the bundled copy assigns to undefined and throws. Its Node
        // branch is skipped when `process.type` is "renderer" (Electron's flag), and nothing in it is
        // needed here: the WebAssembly is inlined (no file to read), randomness comes from the global
        // crypto. The flag is set only while initSqlJs's synchronous part runs (where sql.js reads
        // it once), the same way in tests and bundles.
        const proc = process;
        const had = Object.hasOwn(proc, 'type');
        const before = proc.type;
        proc.type = 'renderer';
        try {
            return init();
        }
        finally {
            if (had)
                proc.type = before;
            else
                delete proc.type;
        }
    });
    sqlJs.catch(() => {
        sqlJs = undefined;
    });
    return sqlJs;
}
function sqliteProblem(e) {
    return e instanceof Error && /not a database|malformed|corrupt|disk I\/O error/i.test(e.message);
}
async function openStore(file) {
    const st = await (0,promises_.stat)(file).catch(() => undefined);
    if (!st?.isFile()) {
        throw new errors/* InputError */.dz('MLflow SQLite store not found', { location: { file }, hint: 'check the path of mlflow.db (relative paths start at the working directory)' });
    }
    if (st.size > MAX_BYTES) {
        throw new errors/* InputError */.dz(`MLflow SQLite store is ${st.size} bytes; the in-memory reader takes at most 2 GiB`, {
            location: { file },
            hint: 'delete old runs and traces with "mlflow gc", then "sqlite3 mlflow.db VACUUM" (on a copy), or log the metrics to a file the importer reads',
        });
    }
    const bytes = await (0,promises_.readFile)(file);
    if (bytes.length < 100 || bytes.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
        throw new errors/* InputError */.dz('not a SQLite database (the file does not start with "SQLite format 3")', {
            location: { file },
            hint: 'point at the mlflow.db that "mlflow server --backend-store-uri sqlite:///mlflow.db" or MLflow\'s default tracking URI writes',
        });
    }
    const wal = await (0,promises_.stat)(`${file}-wal`).catch(() => undefined);
    if (wal?.isFile() && wal.size > 0) {
        throw new errors/* InputError */.dz(`${external_node_path_default().basename(file)}-wal is beside it and not empty: the newest writes are in the write-ahead log, which a read-only import cannot merge`, {
            location: { file },
            hint: `stop the MLflow server or process writing to it (SQLite then folds the log into the file), or run sqlite3 ${external_node_path_default().basename(file)} "PRAGMA wal_checkpoint(TRUNCATE)"`,
        });
    }
    // Header bytes 18-19 say 2 for a WAL-mode file (and the log is empty, checked above). The in-memory
    // copy reads it as a rollback-journal file, which is the same content; the file itself is untouched.
    if (bytes[18] === 2 || bytes[19] === 2) {
        bytes[18] = 1;
        bytes[19] = 1;
    }
    const SQL = await loadSqlJs();
    try {
        const db = new SQL.Database(bytes);
        db.exec('PRAGMA query_only = ON');
        db.exec('SELECT count(*) FROM sqlite_master');
        return db;
    }
    catch (e) {
        if (!sqliteProblem(e))
            throw e;
        throw new errors/* InputError */.dz(`SQLite cannot read this file: ${shortened(e.message, 120)}`, {
            location: { file },
            hint: 'the database is damaged or was copied while being written; copy it again with sqlite3 mlflow.db ".backup copy.db"',
            cause: e,
        });
    }
}
function rows(db, sql, params = []) {
    const st = db.prepare(sql);
    try {
        st.bind(params);
        const out = [];
        while (st.step())
            out.push(st.get());
        return out;
    }
    finally {
        st.free();
    }
}
const mlflow_sqlite_text = (v) => (v === null || v === undefined ? '' : v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : String(v));
const num = (v) => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : null);
function tableColumns(db, table) {
    return new Set(rows(db, 'SELECT name FROM pragma_table_info(?)', [table]).map((r) => mlflow_sqlite_text(r[0])));
}
function checkColumns(db, file, revision, needed, what) {
    const missing = [];
    for (const [table, columns] of Object.entries(needed)) {
        const have = tableColumns(db, table);
        if (have.size === 0)
            missing.push(`table "${table}"`);
        else
            for (const c of columns)
                if (!have.has(c))
                    missing.push(`column "${table}.${c}"`);
    }
    if (missing.length === 0)
        return;
    const known = Object.hasOwn(TESTED_MLFLOW_REVISIONS, revision);
    throw new errors/* InputError */.dz(`MLflow store schema revision "${shortened(revision)}"${known ? '' : ' (not one we have tested)'} lacks what ${what} reads: ${shortList(missing)}`, {
        location: { file },
        hint: `upgrade a copy with "mlflow db upgrade sqlite:///copy.db" using a current MLflow, then import the copy; tested revisions: ${Object.keys(TESTED_MLFLOW_REVISIONS).join(', ')}`,
    });
}
function readSchema(db, file) {
    const tables = new Set(rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => mlflow_sqlite_text(r[0])));
    if (!tables.has('alembic_version')) {
        const mlflowish = ['experiments', 'runs', 'metrics'].filter((t) => tables.has(t));
        throw new errors/* InputError */.dz(mlflowish.length > 0
            ? `no alembic_version table, so the MLflow schema revision is unknown (the file has tables ${shortList(mlflowish)})`
            : `not an MLflow tracking store: no alembic_version, experiments or runs table${tables.size ? ` (tables: ${shortList([...tables].sort())})` : ' (no tables)'}`, { location: { file }, hint: 'point at the mlflow.db that MLflow wrote (its tracking URI, e.g. sqlite:///mlflow.db)' });
    }
    const versions = rows(db, 'SELECT version_num FROM alembic_version').map((r) => mlflow_sqlite_text(r[0]));
    const revision = versions.length === 1 ? versions[0] : versions.length === 0 ? '(empty alembic_version)' : versions.join('+');
    checkColumns(db, file, revision, TRACKING_COLUMNS, 'the importer');
    return { revision, tested: Object.hasOwn(TESTED_MLFLOW_REVISIONS, revision), runName: tableColumns(db, 'runs').has('name') };
}
function listExperiments(db) {
    return rows(db, 'SELECT CAST(experiment_id AS TEXT), name, lifecycle_stage FROM experiments ORDER BY experiment_id').map((r) => ({
        id: mlflow_sqlite_text(r[0]),
        name: mlflow_sqlite_text(r[1]),
        active: mlflow_sqlite_text(r[2]) !== 'deleted',
    }));
}
function pickExperiment(experiments, wanted, file) {
    const w = wanted.trim();
    const byId = experiments.find((e) => e.id === w);
    const byName = experiments.find((e) => e.name === w);
    if (byId && byName && byId !== byName) {
        throw new errors/* UsageError */.eb(`MLflow experiment "${shortened(w)}" is both the id of "${shortened(byId.name)}" and the name of experiment ${byName.id}`, {
            hint: `give the other one's id (${byName.id}) to mean the experiment named "${shortened(w)}"`,
        });
    }
    const exp = byId ?? byName;
    const list = shortList(experiments.filter((e) => e.active).map((e) => `${e.id} (${e.name})`));
    if (!exp)
        throw new errors/* InputError */.dz(`no MLflow experiment with id or name "${shortened(w)}"`, { location: { file }, hint: `active experiments: ${list || 'none'}` });
    if (!exp.active) {
        throw new errors/* InputError */.dz(`MLflow experiment ${exp.id} ("${shortened(exp.name)}") is deleted; its runs are not imported`, {
            location: { file },
            hint: `restore it with "mlflow experiments restore --experiment-id ${exp.id}", or pick an active one: ${list || 'none'}`,
        });
    }
    return exp;
}
function listRuns(db, schema, experiments) {
    const byId = new Map(experiments.map((e) => [e.id, e]));
    const sql = `SELECT r.run_uuid, CAST(r.experiment_id AS TEXT), ${schema.runName ? 'r.name' : 'NULL'}, r.status, r.start_time, r.end_time, r.lifecycle_stage,
      (SELECT t.value FROM tags t WHERE t.run_uuid = r.run_uuid AND t.key = 'mlflow.runName'),
      (SELECT t.value FROM tags t WHERE t.run_uuid = r.run_uuid AND t.key = 'mlflow.parentRunId')
    FROM runs r`;
    return rows(db, sql).map((r) => {
        const exp = byId.get(mlflow_sqlite_text(r[1]));
        const info = {
            runId: mlflow_sqlite_text(r[0]),
            experimentId: mlflow_sqlite_text(r[1]),
            experimentName: exp?.name ?? '',
            runName: mlflow_sqlite_text(r[2]) || mlflow_sqlite_text(r[7]),
            startTime: num(r[4]),
            endTime: num(r[5]),
            status: mlflow_sqlite_text(r[3]),
            lifecycleStage: mlflow_sqlite_text(r[6]) || 'active',
            experimentActive: exp?.active ?? false,
        };
        if (mlflow_sqlite_text(r[8]))
            info.parentRunId = mlflow_sqlite_text(r[8]);
        return info;
    });
}
/** MLflow's "latest" order: (step, timestamp, stored value), the stored value of NaN being 0. */
const later = (a, b) => a.step > b.step || (a.step === b.step && (a.timestamp > b.timestamp || (a.timestamp === b.timestamp && a.value > b.value)));
function toPoint(r, at) {
    return { value: num(r[at]) ?? NaN, timestamp: num(r[at + 1]) ?? 0, step: num(r[at + 2]) ?? 0, isNan: r[at + 3] === 1 || r[at + 3] === '1' };
}
const finite = (p) => !p.isNan && Number.isFinite(p.value) && Math.abs(p.value) !== MLFLOW_INFINITY;
function readRun(db, info, schema, atStep) {
    const latest = new Map();
    for (const r of rows(db, 'SELECT key, value, timestamp, step, is_nan FROM metrics WHERE run_uuid = ?', [info.runId])) {
        const key = mlflow_sqlite_text(r[0]);
        const p = toPoint(r, 1);
        if (atStep !== undefined && p.step !== atStep)
            continue;
        const best = latest.get(key);
        if (!best || later(p, best))
            latest.set(key, p);
    }
    const metrics = Object.create(null); // user names as keys: "__proto__" must stay data
    const steps = Object.create(null); // user names as keys: "__proto__" must stay data
    const nonFinite = [];
    for (const [key, p] of [...latest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        if (finite(p)) {
            metrics[key] = p.value;
            steps[key] = p.step;
        }
        else
            nonFinite.push(key);
    }
    const keyed = (table) => {
        const out = Object.create(null); // user names as keys: "__proto__" must stay data
        for (const r of rows(db, `SELECT key, value FROM ${table} WHERE run_uuid = ? ORDER BY key`, [info.runId]))
            out[mlflow_sqlite_text(r[0])] = mlflow_sqlite_text(r[1]);
        return out;
    };
    return { info, metrics, steps, nonFinite, params: keyed('params'), tags: keyed('tags'), schema: { revision: schema.revision, tested: schema.tested } };
}
const mlflow_sqlite_byStartDesc = (a, b) => (b.startTime ?? -Infinity) - (a.startTime ?? -Infinity) || (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0);
const publicInfo = ({ experimentActive: _e, ...info }) => info;
/** Why a run that exists is not a candidate, or undefined when it is one. */
function whyNot(run, scope) {
    if (run.lifecycleStage === 'deleted')
        return `is deleted (experiment ${run.experimentId}, lifecycle_stage deleted); deleted runs are not imported`;
    if (!run.experimentActive)
        return `belongs to experiment ${run.experimentId}, which is deleted; its runs are not imported`;
    if (scope && run.experimentId !== scope.id)
        return `belongs to experiment ${run.experimentId} ("${shortened(run.experimentName)}"), not to the experiment asked for (${scope.id}, "${shortened(scope.name)}")`;
    return undefined;
}
function resolveModel(db, file, revision, sel) {
    checkColumns(db, file, revision, REGISTRY_COLUMNS, 'a model selector');
    if (sel.kind === 'alias')
        checkColumns(db, file, revision, ALIAS_COLUMNS, 'an alias selector');
    const models = rows(db, 'SELECT name FROM registered_models ORDER BY name').map((r) => mlflow_sqlite_text(r[0]));
    if (!models.includes(sel.name)) {
        throw new errors/* InputError */.dz(`no registered MLflow model "${shortened(sel.name)}"`, { location: { file }, hint: `registered models: ${models.length ? shortList(models) : 'none'}` });
    }
    const live = "(current_stage IS NULL OR current_stage != 'Deleted_Internal')";
    const hasAliases = tableColumns(db, 'registered_model_aliases').size > 0;
    const aliasesOf = (version) => hasAliases ? rows(db, 'SELECT alias FROM registered_model_aliases WHERE name = ? AND version = ? ORDER BY alias', [sel.name, version]).map((r) => mlflow_sqlite_text(r[0])) : [];
    let version;
    if (sel.kind === 'alias') {
        const hit = rows(db, 'SELECT version FROM registered_model_aliases WHERE name = ? AND alias = ?', [sel.name, sel.alias]);
        if (hit.length === 0) {
            const all = rows(db, 'SELECT alias, version FROM registered_model_aliases WHERE name = ? ORDER BY alias', [sel.name]).map((r) => `@${mlflow_sqlite_text(r[0])} → ${mlflow_sqlite_text(r[1])}`);
            throw new errors/* InputError */.dz(`registered MLflow model "${shortened(sel.name)}" has no alias "${shortened(sel.alias)}"`, {
                location: { file },
                hint: all.length ? `its aliases: ${shortList(all)}` : `it has no aliases; select a version with ${shortened(sel.name)}/VERSION`,
            });
        }
        version = num(hit[0][0]) ?? NaN;
    }
    else if (sel.kind === 'latest') {
        const hit = rows(db, `SELECT max(version) FROM model_versions WHERE name = ? AND ${live}`, [sel.name]);
        const v = num(hit[0]?.[0] ?? null);
        if (v === null)
            throw new errors/* InputError */.dz(`registered MLflow model "${shortened(sel.name)}" has no versions`, { location: { file }, hint: 'register a version from a run first' });
        version = v;
    }
    else
        version = sel.version;
    const row = rows(db, 'SELECT run_id, current_stage FROM model_versions WHERE name = ? AND version = ?', [sel.name, version])[0];
    const named = `version ${version} of MLflow model "${shortened(sel.name)}"${sel.kind === 'alias' ? ` (alias @${shortened(sel.alias)})` : ''}`;
    if (!row || mlflow_sqlite_text(row[1]) === 'Deleted_Internal') {
        const versions = rows(db, `SELECT version FROM model_versions WHERE name = ? AND ${live} ORDER BY version`, [sel.name]).map((r) => mlflow_sqlite_text(r[0]));
        throw new errors/* InputError */.dz(`${named} ${row ? 'is deleted' : 'does not exist'}`, { location: { file }, hint: `its versions: ${versions.length ? shortList(versions) : 'none'}` });
    }
    const runId = mlflow_sqlite_text(row[0]);
    if (!runId) {
        throw new errors/* InputError */.dz(`${named} was registered without a run (model_versions.run_id is empty), so there are no run metrics behind it`, {
            location: { file },
            hint: 'register the model from a run (mlflow.register_model("runs:/RUN_ID/model", …)) or select the run with its id',
        });
    }
    const stage = row[1] === null ? null : mlflow_sqlite_text(row[1]);
    return { name: sel.name, version, ...(sel.kind === 'alias' ? { alias: sel.alias } : {}), aliases: aliasesOf(version), stage, runId };
}
async function importMlflowSqlite(file, options = {}) {
    const sel = typeof options.run === 'string' ? parseMlflowRunSelector(options.run) : (options.run ?? { kind: 'latest' });
    const modelSel = options.model === undefined ? undefined : parseMlflowModelSelector(options.model);
    if (modelSel && sel.kind !== 'latest') {
        throw new errors/* UsageError */.eb((o) => `give either ${o.option('mlflow-model')} or ${o.option('mlflow-run')}, not both: the model version names its run`);
    }
    const db = await openStore(file);
    try {
        return mlflow_sqlite_select(db, file, sel, modelSel, options.experiment, options.step);
    }
    catch (e) {
        if (!sqliteProblem(e))
            throw e;
        throw new errors/* InputError */.dz(`SQLite cannot read this file: ${shortened(e.message, 120)}`, {
            location: { file },
            hint: 'the database is damaged or was copied while being written; copy it again with sqlite3 mlflow.db ".backup copy.db"',
            cause: e,
        });
    }
    finally {
        db.close();
    }
}
function mlflow_sqlite_select(db, file, sel, modelSel, experiment, atStep) {
    const schema = readSchema(db, file);
    const experiments = listExperiments(db);
    const scope = experiment === undefined || experiment.trim() === '' ? undefined : pickExperiment(experiments, experiment, file);
    const all = listRuns(db, schema, experiments);
    const runs = all.filter((r) => whyNot(r, scope) === undefined).sort(mlflow_sqlite_byStartDesc);
    const where = scope ? ` in experiment ${scope.id} ("${shortened(scope.name)}")` : '';
    const activeHint = () => `active runs${where}: ${runs.length ? shortList(runs.map((r) => r.runId)) : 'none'}`;
    let run;
    let model;
    if (modelSel) {
        model = resolveModel(db, file, schema.revision, modelSel);
        const behind = all.find((r) => r.runId === model.runId);
        const named = `version ${model.version} of MLflow model "${shortened(model.name)}"`;
        if (!behind)
            throw new errors/* InputError */.dz(`${named} comes from run ${model.runId}, which is not in this store`, { location: { file }, hint: 'the run was logged to another tracking store; import that one' });
        const why = whyNot(behind, scope);
        if (why)
            throw new errors/* InputError */.dz(`${named} comes from run ${model.runId}, which ${why}`, { location: { file }, hint: activeHint() });
        run = readRun(db, publicInfo(behind), schema);
    }
    else {
        if (runs.length === 0) {
            throw new errors/* InputError */.dz(`no active MLflow runs${where} (deleted runs and runs of deleted experiments are ignored)`, {
                location: { file },
                hint: scope ? 'pick another experiment, or none to read them all' : 'log a run to this store first',
            });
        }
        if (sel.kind === 'id') {
            const matches = runs.filter((r) => r.runId.startsWith(sel.id));
            const exact = matches.find((r) => r.runId === sel.id);
            if (!exact && matches.length !== 1) {
                const prefixed = all.filter((r) => r.runId.startsWith(sel.id));
                const other = matches.length > 0 ? undefined : (prefixed.find((r) => r.runId === sel.id) ?? (prefixed.length === 1 ? prefixed[0] : undefined));
                const why = other ? whyNot(other, scope) : undefined;
                throw new errors/* InputError */.dz(why
                    ? `MLflow run "${other.runId}" ${why}`
                    : matches.length === 0
                        ? `no active MLflow run "${shortened(sel.id)}"${where} (deleted runs and runs of deleted experiments are ignored)`
                        : `run id prefix "${shortened(sel.id)}" matches ${matches.length} runs`, { location: { file }, hint: activeHint() });
            }
            run = readRun(db, publicInfo(exact ?? matches[0]), schema);
        }
        else if (sel.kind === 'latest') {
            run = readRun(db, publicInfo(runs[0]), schema);
        }
        else {
            run = best(db, file, runs, sel, schema, where);
        }
    }
    if (atStep !== undefined)
        run = readRun(db, run.info, schema, atStep);
    if (model)
        run.model = model;
    if (atStep !== undefined && Object.keys(run.metrics).length === 0) {
        throw new errors/* InputError */.dz(`MLflow run ${run.info.runId} has no finite metric logged at step ${atStep}`, { location: { file }, hint: 'pick a step the run logged (the metrics table\'s step column), or leave the step out for each metric\'s latest value' });
    }
    if (Object.keys(run.metrics).length === 0) {
        const name = run.info.runName ? ` (${shortened(run.info.runName)})` : '';
        const why = model ? `, behind version ${model.version} of model "${shortened(model.name)}",` : sel.kind === 'latest' ? ', the latest by start_time,' : '';
        throw new errors/* InputError */.dz(`MLflow run ${run.info.runId}${name}${why} has no metrics${run.nonFinite.length ? ` (only non-finite ones: ${shortList(run.nonFinite)})` : ''}`, {
            location: { file },
            hint: run.info.parentRunId
                ? `it is a nested run of ${run.info.parentRunId}; select that run by id or use best:<metric>:max|min`
                : 'select another run by id or use best:<metric>:max|min',
        });
    }
    return run;
}
/** `best:<metric>:max|min` among `runs` (start_time descending, so a strict comparison keeps the latest on ties). */
function best(db, file, runs, sel, schema, where) {
    const latest = new Map();
    for (const r of rows(db, 'SELECT run_uuid, value, timestamp, step, is_nan FROM metrics WHERE key = ?', [sel.metric])) {
        const id = mlflow_sqlite_text(r[0]);
        const p = toPoint(r, 1);
        const prev = latest.get(id);
        if (!prev || later(p, prev))
            latest.set(id, p);
    }
    let winner;
    let value = NaN;
    for (const run of runs) {
        const p = latest.get(run.runId);
        if (!p || !finite(p))
            continue;
        if (!winner || (sel.goal === 'max' ? p.value > value : p.value < value)) {
            winner = run;
            value = p.value;
        }
    }
    if (!winner) {
        throw new errors/* InputError */.dz(`no active MLflow run${where} has a finite metric "${shortened(sel.metric)}"`, { location: { file }, hint: 'check the metric name (keys are case-sensitive)' });
    }
    return readRun(db, publicInfo(winner), schema);
}

// EXTERNAL MODULE: ../../../../shared/model/import/tensorboard.ts + 1 modules
var tensorboard = __webpack_require__(6900);
;// CONCATENATED MODULE: ../../../../shared/model/import/index.ts
/**
 * One entry point for metrics other tools wrote: detects the kind of `path` and imports it.
 *
 * Detection, first match wins:
 * - a `sqlite:///path` URI, or a file starting with SQLite's header (`mlflow.db`) → mlflow (SQLite store);
 * - a file: `events.out.tfevents.*` → tensorboard; `dvc.yaml` → dvc (its folder); `.json` → json;
 *   `.yaml`/`.yml` → yaml; `.csv`/`.tsv` → csv; `.db`/`.sqlite`/`.sqlite3` that is not SQLite and
 *   anything else is an error;
 * - a folder: holding `dvc.yaml` → dvc; holding `meta.yaml` (an MLflow experiment or run folder),
 *   sub-folders with an MLflow experiment `meta.yaml`, or an `mlruns/` sub-folder → mlflow;
 *   event files anywhere below → tensorboard; otherwise an error listing what was looked for.
 */









async function isMlflowStore(dir) {
    const own = await (0,promises_.readFile)(external_node_path_default().join(dir, 'meta.yaml'), 'utf8').catch(() => undefined);
    if (own !== undefined && /^(experiment_id|run_id|run_uuid):/m.test(own))
        return dir;
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const mlruns = entries.find((e) => e.isDirectory() && e.name === 'mlruns');
    if (mlruns) {
        const inner = await isMlflowStore(external_node_path_default().join(dir, 'mlruns'));
        if (inner)
            return inner;
    }
    for (const e of entries) {
        if (!e.isDirectory() || e.name === '.trash')
            continue;
        const meta = await (0,promises_.readFile)(external_node_path_default().join(dir, e.name, 'meta.yaml'), 'utf8').catch(() => undefined);
        if (meta !== undefined && /^experiment_id:/m.test(meta) && !/^run_(id|uuid):/m.test(meta))
            return dir;
    }
    return undefined;
}
/** Which importer `path` needs, and the path that importer should read (`store: 'sqlite'` for an MLflow mlflow.db). */
async function detectMetricsKind(p) {
    const uriFile = sqliteUriPath(p);
    if (uriFile !== undefined)
        return { kind: 'mlflow', path: uriFile, store: 'sqlite' };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p) && !(await (0,promises_.stat)(p).catch(() => undefined))) {
        throw new errors/* InputError */.dz(`"${p.split('://')[0]}://" stores are not read; only files, folders and sqlite:/// URIs`, {
            location: { file: p },
            hint: 'export the runs to a SQLite store or an mlruns folder, or pass the path of mlflow.db',
        });
    }
    const st = await (0,promises_.stat)(p).catch(() => undefined);
    if (!st)
        throw new errors/* InputError */.dz('metrics path does not exist', { location: { file: p }, hint: 'check the path (relative paths start at the working directory)' });
    if (st.isFile()) {
        const base = external_node_path_default().basename(p);
        if ((0,tensorboard/* isEventFileName */.iH)(base))
            return { kind: 'tensorboard', path: p };
        if (base === 'dvc.yaml')
            return { kind: 'dvc', path: external_node_path_default().dirname(p) };
        const ext = external_node_path_default().extname(base).toLowerCase();
        if (ext === '.json')
            return { kind: 'json', path: p };
        if (ext === '.yaml' || ext === '.yml')
            return { kind: 'yaml', path: p };
        if (ext === '.csv' || ext === '.tsv')
            return { kind: 'csv', path: p };
        if (await isSqliteFile(p))
            return { kind: 'mlflow', path: p, store: 'sqlite' };
        if (ext === '.db' || ext === '.sqlite' || ext === '.sqlite3') {
            throw new errors/* InputError */.dz(`"${base}" is not a SQLite database (it does not start with "SQLite format 3")`, {
                location: { file: p },
                hint: "point at the mlflow.db that MLflow's SQLite tracking store (sqlite:///mlflow.db) wrote",
            });
        }
        // An event file renamed or copied by hand (`run.tfevents`, `events.bin`): recognised by its first record.
        if (await (0,tensorboard/* isEventFileContent */.Sb)(p))
            return { kind: 'tensorboard', path: p };
        throw new errors/* InputError */.dz(`cannot tell what kind of metrics file "${base}" is`, {
            location: { file: p },
            hint: 'supported: .json, .yaml/.yml, .csv/.tsv, TensorBoard events.out.tfevents.*, an MLflow mlflow.db, or a DVC project / MLflow mlruns / TensorBoard log folder',
        });
    }
    if (st.isDirectory()) {
        const dvc = await (0,promises_.stat)(external_node_path_default().join(p, 'dvc.yaml')).catch(() => undefined);
        if (dvc?.isFile())
            return { kind: 'dvc', path: p };
        const store = await isMlflowStore(p);
        if (store)
            return { kind: 'mlflow', path: store };
        if ((await (0,tensorboard/* findEventFiles */.tK)(p)).length > 0)
            return { kind: 'tensorboard', path: p };
    }
    throw new errors/* InputError */.dz('no metrics recognised in this folder', {
        location: { file: p },
        hint: 'expected dvc.yaml (DVC project), meta.yaml files (MLflow mlruns), events.out.tfevents.* files (TensorBoard), or pass a .json/.yaml/.csv file',
    });
}
async function importMetrics(p, options = {}) {
    const { kind, path: at, store } = await detectMetricsKind(p);
    switch (kind) {
        case 'json':
        case 'yaml': {
            const r = await importJsonYamlMetrics(at, kind);
            return { metrics: r.metrics, source: { kind, path: at, details: { skipped: r.skipped } } };
        }
        case 'csv': {
            const r = await importCsvMetrics(at);
            return { metrics: r.metrics, source: { kind, path: at, details: { layout: r.layout, line: r.line, rows: r.rows, skipped: r.skipped } } };
        }
        case 'dvc': {
            const r = await importDvcMetrics(at);
            return {
                metrics: r.metrics,
                source: { kind, path: at, details: { files: r.files, missing: r.missing, unresolved: r.unresolved, skipped: r.skipped, params: r.params } },
            };
        }
        case 'tensorboard': {
            const r = await (0,tensorboard/* importTensorboardMetrics */.ET)(at, options.tensorboardSelect ?? 'last');
            return { metrics: r.metrics, source: { kind, path: at, details: { select: r.select, steps: r.steps, runs: r.runs, hparam_metrics: r.hparamMetrics } } };
        }
        case 'mlflow': {
            if (store === 'sqlite') {
                const r = await importMlflowSqlite(at, { run: options.mlflowRun ?? 'latest', experiment: options.mlflowExperiment, model: options.mlflowModel, step: options.mlflowStep });
                return {
                    metrics: r.metrics,
                    source: {
                        kind,
                        path: at,
                        details: {
                            store: 'sqlite',
                            schema: r.schema,
                            selector: options.mlflowModel === undefined ? (options.mlflowRun ?? 'latest') : `model ${options.mlflowModel}`,
                            ...(options.mlflowExperiment === undefined ? {} : { experiment: options.mlflowExperiment }),
                            ...(r.model ? { model: r.model } : {}),
                            run: r.info,
                            params: r.params,
                            tags: r.tags,
                            steps: r.steps,
                            nonFinite: r.nonFinite,
                        },
                    },
                };
            }
            if (options.mlflowModel !== undefined) {
                throw new errors/* UsageError */.eb((o) => `${o.option('mlflow-model')} reads the model registry of an MLflow SQLite store (mlflow.db); an mlruns folder is read by run`, {
                    hint: (o) => `select the run with ${o.option('mlflow-run')} (its id is on the model version's page), or import the mlflow.db`,
                });
            }
            const r = await importMlflowRun(at, options.mlflowRun ?? 'latest', options.mlflowExperiment, options.mlflowStep);
            const { dir: _dir, ...run } = r.info;
            return {
                metrics: r.metrics,
                source: {
                    kind,
                    path: at,
                    details: {
                        selector: options.mlflowRun ?? 'latest',
                        ...(options.mlflowExperiment === undefined ? {} : { experiment: options.mlflowExperiment }),
                        run: { ...run, path: r.info.dir },
                        params: r.params,
                        tags: r.tags,
                        steps: r.steps,
                        nonFinite: r.nonFinite,
                    },
                },
            };
        }
    }
}

// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2213);
;// CONCATENATED MODULE: ../../../../shared/runtime/lazy-schema.ts
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

;// CONCATENATED MODULE: ../../../../shared/formats/evaluation-format.ts
/**
 * `mlops-actions/evaluation@1`: one evaluation of one model on one dataset, written by the evaluate
 * step and read by compare, publish-model and drift-check. Defined once here (zod) and documented
 * in docs/formats.md ("Evaluation report").
 *
 * Metrics are keyed by scikit-learn's function name without `_score` (see
 * shared/model/metrics/index.ts). A metric that is undefined on the data (ROC AUC with one class)
 * is never written as null or NaN: it is listed in `omitted` with the reason.
 */



const EVALUATION_SCHEMA = 'mlops-actions/evaluation@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const evaluation_format_schemas = once(() => {
    const sha256 = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/);
    const label = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]);
    const metricValueSchema = schemas/* object */.Ikc({
        /** The metric on all rows. */
        value: schemas/* number */.aig(),
        /** Percentile bootstrap interval [low, high] at `bootstrap.confidence`; absent when not computed. */
        ci: schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]).optional(),
        /** Resamples on which the metric was undefined (e.g. one class drawn) and were left out of the CI. */
        ci_invalid: schemas/* number */.aig().int().nonnegative().optional(),
        /** Which way is better (registry metrics only); the compare step's default. */
        direction: schemas/* enum */.k5n(['higher', 'lower']).optional(),
    });
    const omittedMetricSchema = schemas/* object */.Ikc({ metric: schemas/* string */.YjP(), reason: schemas/* string */.YjP() });
    const confusionMatrixSchema = schemas/* object */.Ikc({
        /** Row and column labels, sorted as scikit-learn's unique_labels (numbers ascending, strings by code unit). */
        labels: schemas/* array */.YOg(label),
        /** counts[i][j]: rows with true label labels[i] predicted as labels[j]. */
        counts: schemas/* array */.YOg(schemas/* array */.YOg(schemas/* number */.aig().int().nonnegative())),
    });
    const sliceSchema = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        /** The slice's value as text; null for rows where the column is missing. */
        value: schemas/* string */.YjP().nullable(),
        rows: schemas/* number */.aig().int().nonnegative(),
        metrics: schemas/* record */.g1P(schemas/* string */.YjP(), metricValueSchema),
        omitted: schemas/* array */.YOg(omittedMetricSchema),
        confusion_matrix: confusionMatrixSchema.nullable(),
    });
    const skippedSliceSchema = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        value: schemas/* string */.YjP().nullable(),
        rows: schemas/* number */.aig().int().nonnegative(),
        reason: schemas/* string */.YjP(),
    });
    // Fairness (evaluate --sensitive): docs/evaluate.md "Fairness", docs/formats.md. Optional and
    // absent unless asked for, so reports without it are unchanged and older readers ignore it.
    const count = schemas/* number */.aig().int().nonnegative();
    const rate = schemas/* number */.aig();
    const fairnessClassGroupSchema = schemas/* object */.Ikc({
        /** The group's value as text; null for rows where the column is missing. */
        value: schemas/* string */.YjP().nullable(),
        rows: count,
        /** Rows whose true label is the positive class (one-vs-rest class). */
        positives: count,
        predicted_positives: count,
        selection_rate: rate,
        /** null where undefined: TPR/FNR without positives, FPR without negatives, precision without predicted positives. */
        tpr: rate.nullable(),
        fpr: rate.nullable(),
        fnr: rate.nullable(),
        precision: rate.nullable(),
        /** Observed positive rate; calibration compares it with mean_score. */
        base_rate: rate,
        /** Mean P(positive class); null without score columns. */
        mean_score: rate.nullable(),
    });
    const fairnessRegressionGroupSchema = schemas/* object */.Ikc({
        value: schemas/* string */.YjP().nullable(),
        rows: count,
        mae: schemas/* number */.aig(),
        rmse: schemas/* number */.aig(),
        /** Mean of prediction − target (> 0: over-predicts). */
        mean_error: schemas/* number */.aig(),
    });
    const fairnessOutcomeSchema = schemas/* discriminatedUnion */.gMt('kind', [
        schemas/* object */.Ikc({
            kind: schemas/* literal */.euz('classification'),
            /** Binary: the positive class; multiclass: the class seen one-vs-rest. */
            positive_class: label,
            /** Groups with at least min_group_size rows, in natural order, missing last. */
            groups: schemas/* array */.YOg(fairnessClassGroupSchema),
            /** Across-group summaries (Fairlearn's definitions), with bootstrap CIs. */
            summaries: schemas/* record */.g1P(schemas/* string */.YjP(), metricValueSchema),
            omitted: schemas/* array */.YOg(omittedMetricSchema),
            /** The four-fifths rule on disparate_impact_ratio; null when the ratio is undefined. */
            four_fifths: schemas/* object */.Ikc({ threshold: schemas/* number */.aig(), ratio: schemas/* number */.aig(), pass: schemas/* boolean */.zMY() }).nullable(),
        }),
        schemas/* object */.Ikc({
            kind: schemas/* literal */.euz('regression'),
            groups: schemas/* array */.YOg(fairnessRegressionGroupSchema),
            summaries: schemas/* record */.g1P(schemas/* string */.YjP(), metricValueSchema),
            omitted: schemas/* array */.YOg(omittedMetricSchema),
        }),
    ]);
    const fairnessColumnSchema = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        outcomes: schemas/* array */.YOg(fairnessOutcomeSchema),
        /** Groups smaller than min_group_size: listed with their size, left out of groups and summaries. */
        skipped_groups: schemas/* array */.YOg(schemas/* object */.Ikc({ value: schemas/* string */.YjP().nullable(), rows: count, reason: schemas/* string */.YjP() })),
    });
    const fairnessSchema = schemas/* object */.Ikc({
        min_group_size: count,
        columns: schemas/* array */.YOg(fairnessColumnSchema),
    });
    const evaluationReportSchema = schemas/* object */.Ikc({
        schema: schemas/* literal */.euz(EVALUATION_SCHEMA),
        /** `predictions`: computed here from a predictions file; `import`: metrics another tool wrote. */
        source: schemas/* enum */.k5n(['predictions', 'import']),
        task: schemas/* enum */.k5n(['binary', 'multiclass', 'regression']).nullable(),
        /** Rows evaluated (null for imported metrics). */
        rows: schemas/* number */.aig().int().nonnegative().nullable(),
        /** The predictions file; null for imported metrics. */
        dataset: schemas/* object */.Ikc({ file: schemas/* string */.YjP(), format: schemas/* string */.YjP(), sha256, bytes: schemas/* number */.aig().int().nonnegative() })
            .nullable(),
        /** `--model` files, each with its SHA-256, in the order given. */
        models: schemas/* array */.YOg(schemas/* object */.Ikc({ file: schemas/* string */.YjP(), sha256, bytes: schemas/* number */.aig().int().nonnegative() })),
        /** The columns read; null for imported metrics. */
        columns: schemas/* object */.Ikc({
            label: schemas/* string */.YjP(),
            prediction: schemas/* string */.YjP().nullable(),
            /** Score columns; `classes[i]` is the class of `score[i]` (binary with one column: P(positive)). */
            score: schemas/* array */.YOg(schemas/* string */.YjP()),
            score_classes: schemas/* array */.YOg(label).nullable(),
            id: schemas/* string */.YjP().nullable(),
            slices: schemas/* array */.YOg(schemas/* string */.YjP()),
        })
            .nullable(),
        /** Classification settings; null for regression and imports. */
        classification: schemas/* object */.Ikc({
            /** All classes, sorted as scikit-learn sorts labels. */
            classes: schemas/* array */.YOg(label),
            pos_label: label.nullable(),
            /** Binary: predicted positive iff score > threshold (when no prediction column is given). */
            threshold: schemas/* number */.aig().nullable(),
            /** Where the predicted labels came from. */
            predicted_from: schemas/* enum */.k5n(['prediction', 'threshold', 'argmax']),
            ece_bins: schemas/* number */.aig().int().positive(),
        })
            .nullable(),
        bootstrap: schemas/* object */.Ikc({
            method: schemas/* literal */.euz('percentile'),
            /** What is resampled: rows with replacement (ordinary nonparametric bootstrap). */
            unit: schemas/* literal */.euz('row'),
            resamples: schemas/* number */.aig().int().positive(),
            confidence: schemas/* number */.aig().gt(0).lt(1),
            seed: schemas/* number */.aig().int(),
            prng: schemas/* string */.YjP(),
        })
            .nullable(),
        metrics: schemas/* record */.g1P(schemas/* string */.YjP(), metricValueSchema),
        omitted: schemas/* array */.YOg(omittedMetricSchema),
        confusion_matrix: confusionMatrixSchema.nullable(),
        slices: schemas/* array */.YOg(sliceSchema),
        skipped_slices: schemas/* array */.YOg(skippedSliceSchema),
        min_slice_size: schemas/* number */.aig().int().nonnegative().nullable(),
        /** Per-example data for paired tests in compare; null when not written. */
        examples: schemas/* object */.Ikc({
            /** Path relative to the report's folder. */
            file: schemas/* string */.YjP(),
            format: schemas/* literal */.euz('jsonl.gz'),
            sha256,
            rows: schemas/* number */.aig().int().nonnegative(),
            /** The id column pairing rows across reports; null = the 0-based row index. */
            id_column: schemas/* string */.YjP().nullable(),
        })
            .nullable(),
        /** Imported metrics: which tool wrote them and where. */
        imported: schemas/* object */.Ikc({ kind: schemas/* string */.YjP(), path: schemas/* string */.YjP(), details: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional() })
            .nullable(),
        warnings: schemas/* array */.YOg(schemas/* string */.YjP()),
        /** Group fairness by sensitive column (evaluate --sensitive); absent when none was asked for. */
        fairness: fairnessSchema.optional(),
    });
    return { metricValueSchema, omittedMetricSchema, confusionMatrixSchema, sliceSchema, skippedSliceSchema, fairnessSchema, evaluationReportSchema };
});
const metricValueSchema = lazySchema(() => evaluation_format_schemas().metricValueSchema);
const omittedMetricSchema = lazySchema(() => evaluation_format_schemas().omittedMetricSchema);
const confusionMatrixSchema = lazySchema(() => evaluation_format_schemas().confusionMatrixSchema);
const sliceSchema = lazySchema(() => evaluation_format_schemas().sliceSchema);
const skippedSliceSchema = lazySchema(() => evaluation_format_schemas().skippedSliceSchema);
const fairnessSchema = lazySchema(() => evaluation_format_schemas().fairnessSchema);
const evaluationReportSchema = lazySchema(() => evaluation_format_schemas().evaluationReportSchema);
/** The folder a report's relative `examples.file` is resolved against. */
function examplesFileOf(reportPath, report) {
    return report.examples ? join(dirname(reportPath), report.examples.file) : undefined;
}

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

;// CONCATENATED MODULE: ../../../../shared/model/metrics/shareable.ts
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
    const positive = shareableUint8(n);
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
    [10, I32],
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
function byteCounts(n) {
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
    [5, I32],
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
function untiedSpanKernel(logLoss, gap, positive) {
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
    return bootstrapStatistics(summarize, finishers, data, options);
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
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
function workerEntry(callerUrl, sourceEntry, bundledEntry) {
    if (callerUrl.endsWith('.ts')) {
        // createRequire resolves the package's `require` entry; the worker code imports the ESM one.
        const api = (0,external_node_url_.pathToFileURL)((0,external_node_module_.createRequire)(callerUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
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
const DEFAULT_PARALLEL_MIN_ROWS = SHARED_MIN_ROWS;
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
        const w = 'file' in entry ? new external_node_worker_threads_.Worker(entry.file, opts) : new external_node_worker_threads_.Worker(entry.code, { ...opts, eval: true });
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
    return Math.min((0,external_node_os_.availableParallelism)(), DEFAULT_MAX_BOOTSTRAP_WORKERS);
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
async function bootstrapMetricsParallel(data, names, options = {}) {
    const resolved = resolveBootstrapOptions(options);
    const mainThread = options.mainThread ?? true;
    const threads = options.threads ?? Math.min((0,external_node_os_.availableParallelism)(), DEFAULT_MAX_BOOTSTRAP_WORKERS);
    const workers = mainThread ? threads - 1 : threads;
    if (data.task === 'multiclass' || data.length < (options.minRows ?? DEFAULT_PARALLEL_MIN_ROWS) || workers < 1 || (mainThread && threads < 2)) {
        return bootstrapMetrics(data, names, resolved);
    }
    if (data.length === 0)
        throw new errors/* InputError */.dz('bootstrap: no rows to resample');
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

;// CONCATENATED MODULE: ../../../../shared/runtime/file-digest.ts
/**
 * The SHA-256 of a file, streamed (model archives and data files can be large), with its size:
 * the one digest every step records or verifies (published assets, model and data digests in
 * reports, the contract a shard was checked against).
 */


/** SHA-256 (hex) and size in bytes of a file. */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}

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

// EXTERNAL MODULE: ../../../../shared/data/column-dictionary.ts + 2 modules
var column_dictionary = __webpack_require__(7509);
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
function labelText(v) {
    if (defaultNullTokens.isMissing(v))
        return undefined;
    if (typeof v === 'number')
        return String(v);
    if (typeof v === 'string' && isDecimalLiteral(v))
        return String(+v);
    return toText(v);
}
const isNumericText = (t) => isDecimalLiteral(t) && String(+t) === t;
/** Labels as the report writes them: all numbers when every label is numeric text, else strings. */
function typedLabels(texts) {
    const numeric = texts.every(isNumericText);
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
            throw new errors/* UsageError */.eb((o) => `${o.option('classes')} names ${classes.length} classes for ${scoreColumns.length} score columns`, {
                hint: (o) => `give one class per ${o.option('score')} column, in the same order`,
            });
        }
        const texts = classes.map((c) => labelText(c.trim()) ?? c);
        if (new Set(texts).size !== texts.length)
            throw new errors/* UsageError */.eb((o) => `${o.option('classes')} repeats a class: ${classes.join(', ')}`);
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
    const names = scoreColumns.map((c) => labelText(c.slice(cut)) ?? c.slice(cut));
    if (names.some((n) => n === '') || new Set(names).size !== names.length) {
        throw new errors/* UsageError */.eb(`cannot tell the class of each score column (${scoreColumns.join(', ')})`, {
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
function pickF64(a, rows) {
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = a[rows[i]];
    return out;
}
function pickI32(a, rows) {
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
                throw new errors/* InputError */.dz((o) => `column "${c}" (${o.option(optionOf(c))}) not found; the file has columns: ${header.join(', ')}`, {
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
            throw new errors/* InputError */.dz((o) => `column "${name}" (${o.option(optionOf(name))}) not found; the file has columns: ${b.columns.join(', ')}`, {
                location: where(b, 0),
                hint: (o) => `pass ${o.option(optionOf(name))} with one of them`,
            });
        }
        return b.values[i];
    };
    const missing = (b, r, name) => new errors/* InputError */.dz(`column "${name}" is missing a value`, { location: where(b, r), hint: 'every row needs a label and a prediction or score' });
    const number = (b, r, name, v) => {
        if (defaultNullTokens.isMissing(v))
            throw missing(b, r, name);
        const x = toNumber(v);
        if (x === undefined)
            throw new errors/* InputError */.dz(`column "${name}" value ${JSON.stringify(toText(v))} is not a number`, { location: where(b, r) });
        if (!Number.isFinite(x)) {
            throw new errors/* InputError */.dz(`column "${name}" value is ${Number.isNaN(x) ? 'NaN' : String(x)}`, {
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
                const t = labelText(labelCol[r]);
                if (t === undefined)
                    throw missing(b, r, plan.label);
                if (plan.allowed && !plan.allowed.has(t)) {
                    throw new errors/* InputError */.dz(`label ${JSON.stringify(t)} (column "${plan.label}") has no score column; score columns cover: ${[...plan.allowed].join(', ')}`, {
                        location: where(b, r),
                        hint: (o) => `add a score column for it, or fix ${o.option('classes')}`,
                    });
                }
                y[r] = dict.code(t);
                if (p) {
                    const pt = labelText(predCol[r]);
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
                        throw new errors/* InputError */.dz(`column "${plan.score[k]}" value ${x} is not a probability in [0, 1]`, {
                            location: where(b, r),
                            hint: 'scores must be probabilities (e.g. predict_proba output), not logits or decision values',
                        });
                    }
                    arrays[k][r] = x;
                    sum += x;
                }
                if (multiScore && !(Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE)) {
                    throw new errors/* InputError */.dz(`probabilities ${plan.score.join(' + ')} sum to ${sum}, not 1 (tolerance ${PROBABILITY_SUM_TOLERANCE})`, {
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
                    throw new errors/* InputError */.dz(`id ${JSON.stringify(t)} (column "${plan.id}") occurs twice`, { location: where(b, r), hint: 'ids pair rows across reports, so each must be unique' });
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
                    throw new errors/* InputError */.dz(`${s.kind} column "${s.column}" has more than ${MAX_SLICE_VALUES} distinct values`, {
                        location: where(b, r),
                        hint: `${s.kind === 'slice' ? 'slice on' : 'give as sensitive'} a column with few values (a category, a bucketed number)`,
                    });
                }
            }
            s.parts.push(codes);
        }
    }
    if (rows === 0) {
        throw new errors/* InputError */.dz('no data rows: the file has only a header', { location: { file: plan.file }, hint: 'evaluate a predictions file with at least one row' });
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

;// CONCATENATED MODULE: ../../../../shared/model/metric-blocks.ts
/**
 * The metrics of one block of rows (the whole dataset or one slice) for each task, with their
 * bootstrap CIs, as an evaluation report holds them. Metrics undefined on the data (ROC AUC with one
 * class, AP without positives) are omitted with a reason instead of failing: slices legitimately
 * hold one class.
 */



function metricValue(name, value, ci) {
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
            block.metrics[n] = metricValue(n, v, ci);
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
const SCORE_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'];
async function binaryBlock(y, score, predPos, ctx) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    const n = y.length;
    let positives = 0;
    for (let i = 0; i < n; i++)
        positives += y[i];
    const negatives = n - positives;
    const all = metricsForTask('binary').map((m) => m.name);
    const labelNames = all.filter((m) => !SCORE_METRICS.includes(m));
    const scoreNames = [];
    for (const m of SCORE_METRICS) {
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
function safe(f) {
    try {
        return f();
    }
    catch {
        return Number.NaN;
    }
}
function multiclassBlock(y, pred, proba, ctx) {
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
    const point = names.map((m) => safe(() => METRICS[m].compute(data)));
    let cis;
    if (ctx.boot) {
        // Per metric, a resample where it is undefined (a class not drawn) counts as invalid, not fatal.
        const finishers = Object.fromEntries(names.map((m, i) => [m, (s) => s[i]]));
        cis = bootstrapStatistics((d, w) => names.map((m) => safe(() => METRICS[m].compute(d, w))), finishers, data, ctx.boot);
    }
    names.forEach((m, i) => {
        const v = point[i];
        if (!Number.isFinite(v))
            block.omitted.push({ metric: m, reason: 'undefined on these rows' });
        else
            block.metrics[m] = metricValue(m, v, cis?.[m]);
    });
    const cm = confusionMatrix(y, pred, { labels: codes });
    block.confusion_matrix = { labels: ctx.classes, counts: cm.counts };
    return block;
}
async function regressionBlock(y, pred, boot) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    await fill(block, regressionEvaluation(y, pred), metricsForTask('regression').map((m) => m.name), boot);
    return block;
}

;// CONCATENATED MODULE: ../../../../shared/model/fairness-rates.ts
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

;// CONCATENATED MODULE: ../../../../shared/model/fairness.ts


/** The four-fifths rule: adverse impact when a group's selection rate is below 80% of the highest. */
const FOUR_FIFTHS = 0.8;
/**
 * A multiclass task's fairness outcomes, one-vs-rest: class c is the positive outcome, with its score
 * column P(c) when the predictions have `proba` (row-major, one value per class). Labels and
 * predictions are class indices; −1 (a class outside `classes`) is no class's positive.
 */
function oneVsRestOutcomes(classes, y, pred, proba) {
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
function fairness_metricValue(value, direction, ci) {
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
function fairnessColumnPlan(outcomes, col, settings, prefix) {
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
                    summaries[s.name] = fairness_metricValue(s.value, SUMMARY_DIRECTION[s.name], cis?.[s.key]);
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
    const parts = columns.map((c, i) => fairnessColumnPlan(outcomes, c, settings, `${i}/`));
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
                throw new errors/* UsageError */.eb(`cannot tell the positive class among ${texts.join(', ')}`, { hint: (o) => `pass ${o.option('pos-label')}` });
            }
            if (texts.length > 2) {
                throw new errors/* InputError */.dz(`a binary task, but the label and prediction columns hold ${texts.length} classes: ${labels.map(String).join(', ')}`, {
                    location: { file },
                    hint: (o) => `use ${o.setting('task', 'multiclass')}, or map the labels to two classes`,
                });
            }
            if (texts.length === 2 && !texts.includes(pos)) {
                throw new errors/* UsageError */.eb((o) => `${o.setting('pos-label', pos)} is not one of the classes ${texts.join(', ')}`);
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
                    throw new errors/* UsageError */.eb(`no score column for the positive class ${pos} (score columns are for ${scoreClassTexts.join(', ')})`, { hint: (o) => `fix ${o.option('classes')} or ${o.option('pos-label')}` });
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
                    throw new errors/* InputError */.dz(`predictions name classes without a score column: ${texts.filter((t) => !scoreClassTexts.includes(t)).join(', ')}`, {
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
                pred = argmaxClasses(proba, n, k);
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
function argmaxClasses(proba, n, k) {
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

;// CONCATENATED MODULE: ../../../../shared/model/slice-blocks.ts
async function sliceBlocks(data, minSliceSize, blockFor) {
    const n = data.rows;
    const report = { slices: [], skipped_slices: [] };
    for (const s of data.slices) {
        const k = s.dict.texts.length;
        const counts = new Uint32Array(k + 1); // last = missing
        for (let i = 0; i < n; i++)
            counts[s.codes[i] < 0 ? k : s.codes[i]]++;
        const values = s.dict.texts.map((value, code) => ({ code, value }));
        if (s.missing > 0)
            values.push({ code: k, value: null });
        values.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.value.localeCompare(b.value, 'en', { numeric: true })));
        for (const { code, value } of values) {
            const size = counts[code];
            if (size < minSliceSize) {
                report.skipped_slices.push({ column: s.column, value, rows: size, reason: `${size} rows, fewer than the minimum slice size ${minSliceSize}` });
                continue;
            }
            const rows = new Uint32Array(size);
            let j = 0;
            for (let i = 0; i < n; i++)
                if ((s.codes[i] < 0 ? k : s.codes[i]) === code)
                    rows[j++] = i;
            const block = await blockFor(rows);
            report.slices.push({ column: s.column, value, rows: size, ...block });
        }
    }
    return { slices: report.slices, skipped: report.skipped_slices };
}

;// CONCATENATED MODULE: ../../../../shared/steps/evaluate.ts
/**
 * The evaluate step: a predictions file (or metrics another tool wrote) → one
 * `mlops-actions/evaluation@1` report, for the action, `mlops evaluate` and `mlops doctor --run`.
 *
 * The model domain does the work: read-predictions.ts streams the file once into typed columns,
 * task-blocks.ts prepares the task (classes, positive label, what is predicted from what),
 * metric-blocks.ts computes each block's metrics with bootstrap CIs, slice-blocks.ts the slices,
 * import/ turns other tools' files into metrics. This file checks the options, composes them, and
 * writes the outputs only when everything succeeded, each atomically: the per-example file first,
 * the report (which names the examples file and its SHA-256) last. Decisions: docs/evaluate.md.
 */
















const DEFAULT_MIN_SLICE_SIZE = 30;
const DEFAULT_THRESHOLD = 0.5;
/**
 * Groups smaller than this are listed and left out of the fairness summaries. A rate's standard
 * error at p = 0.5 is 0.5/√n: 0.09 at 30 rows, already the size of the parity tolerances teams gate
 * on (0.1), so a smaller group's max − min would be mostly sampling noise. Same as the slice minimum.
 */
const DEFAULT_MIN_GROUP_SIZE = 30;
/** `<out>` without `.json`, plus `.examples.jsonl.gz`. */
function examplesPathFor(out) {
    return `${out.replace(/\.json$/i, '')}.examples.jsonl.gz`;
}
/** A model or data file's digest for the report; a missing or non-regular file is an InputError. */
async function digestOf(file) {
    const info = await (0,promises_.stat)(file).catch((e) => {
        throw new errors/* InputError */.dz(e.code === 'ENOENT' ? 'file not found' : `cannot read the file: ${e.message}`, { location: { file }, hint: 'check the path' });
    });
    if (!info.isFile())
        throw new errors/* InputError */.dz('is not a regular file', { location: { file }, hint: 'point at one file' });
    return { sha256: (await sha256File(file)).sha256, bytes: info.size };
}
/** The most bootstrap resamples evaluate and compare accept. */
const MAX_RESAMPLES = 100_000;
/** The one metric name an evaluation report (JSON object keys) cannot carry. */
const RESERVED_METRIC = '__proto__';
function checkOptions(o) {
    const intIn = (v, flag, min) => {
        if (v !== undefined && !(Number.isInteger(v) && v >= min))
            throw new errors/* UsageError */.eb((n) => `${n.option(flag)} must be an integer ≥ ${min}, got ${v}`);
    };
    intIn(o.resamples, 'resamples', 0);
    // Each resample keeps one value per metric and revisits every row: beyond this the arrays no
    // longer fit in memory and the run would take days, while 10,000 already fixes a 95% CI's ends.
    if (o.resamples !== undefined && o.resamples > MAX_RESAMPLES) {
        throw new errors/* UsageError */.eb((n) => `${n.option('resamples')} must be at most ${MAX_RESAMPLES}, got ${o.resamples}`, { hint: '1,000 to 10,000 resamples give stable 95% intervals' });
    }
    intIn(o.minSliceSize, 'min-slice-size', 0);
    intIn(o.minGroupSize, 'min-group-size', 1);
    if (o.seed !== undefined && !(Number.isInteger(o.seed) && Math.abs(o.seed) <= 0xffffffff))
        throw new errors/* UsageError */.eb((n) => `${n.option('seed')} must be a 32-bit integer, got ${o.seed}`);
    if (o.threshold !== undefined && !(o.threshold >= 0 && o.threshold <= 1))
        throw new errors/* UsageError */.eb((n) => `${n.option('threshold')} must be in [0, 1], got ${o.threshold}`);
    if (o.confidence !== undefined && !(o.confidence > 0 && o.confidence < 1))
        throw new errors/* UsageError */.eb((n) => `${n.option('confidence')} must be in (0, 1), got ${o.confidence}`);
}
async function modelDigests(models = []) {
    const out = [];
    for (const file of models)
        out.push({ file, ...(await digestOf(file)) });
    return out;
}
async function writeOutputs(report, out, examples) {
    evaluationReportSchema.parse(report);
    if (!out)
        return { report };
    let examplesPath;
    if (examples && report.examples) {
        examplesPath = examplesPathFor(out);
        await writeFileAtomic(examplesPath, await examples);
    }
    try {
        await writeJsonAtomic(out, report);
    }
    catch (e) {
        if (examplesPath)
            await (0,promises_.rm)(examplesPath, { force: true });
        throw e;
    }
    return { report, reportPath: out, examplesPath };
}
async function evaluate(options) {
    checkOptions(options);
    if (options.importPath !== undefined && options.predictions !== undefined) {
        throw new errors/* UsageError */.eb((o) => `give either ${o.option('predictions')} or ${o.option('import')}, not both`);
    }
    if (options.importPath !== undefined && (options.sensitive?.length ?? 0) > 0) {
        throw new errors/* UsageError */.eb((o) => `${o.option('sensitive')} needs ${o.option('predictions')}: fairness is computed from the rows, which imported metrics do not have`);
    }
    if (options.importPath !== undefined)
        return evaluateImport(options, options.importPath);
    if (options.predictions === undefined)
        throw new errors/* UsageError */.eb((o) => `give ${o.option('predictions', 'FILE')} (or ${o.option('import', 'PATH')})`);
    return evaluatePredictions(options, options.predictions);
}
function emptyReport() {
    return {
        schema: EVALUATION_SCHEMA,
        rows: null,
        dataset: null,
        models: [],
        columns: null,
        classification: null,
        bootstrap: null,
        metrics: {},
        omitted: [],
        confusion_matrix: null,
        slices: [],
        skipped_slices: [],
        min_slice_size: null,
        examples: null,
        imported: null,
        warnings: [],
    };
}
async function evaluateImport(options, path) {
    const imported = await importMetrics(path, {
        tensorboardSelect: options.tensorboardSelect,
        mlflowRun: options.mlflowRun,
        mlflowExperiment: options.mlflowExperiment,
        mlflowModel: options.mlflowModel,
        mlflowStep: options.mlflowStep,
    });
    const report = { ...emptyReport(), source: 'import', task: options.task ?? null, models: await modelDigests(options.models) };
    if (Object.hasOwn(imported.metrics, RESERVED_METRIC)) {
        // The report's metrics are JSON object keys that every reader (zod, JSON.parse + assignment)
        // turns into a prototype instead of data: the metric would vanish and its gate never run.
        throw new errors/* InputError */.dz(`a metric named "${RESERVED_METRIC}" cannot be imported (JavaScript reserves the name for an object's prototype, so the report could not keep it)`, {
            location: { file: path },
            hint: 'rename the metric where the tool logs it',
        });
    }
    for (const [name, value] of Object.entries(imported.metrics)) {
        if (!Number.isFinite(value)) {
            report.omitted.push({ metric: name, reason: `not a finite number (${value})` });
            continue;
        }
        const known = Object.hasOwn(METRICS, name) ? METRICS[name] : undefined;
        report.metrics[name] = known ? { value, direction: known.direction } : { value };
    }
    if (Object.keys(report.metrics).length === 0) {
        throw new errors/* InputError */.dz('no metrics found', { location: { file: path }, hint: 'check that the tool wrote numeric metrics there' });
    }
    report.imported = { kind: imported.source.kind, path: imported.source.path, details: imported.source.details ? JSON.parse(JSON.stringify(imported.source.details)) : undefined };
    return writeOutputs(report, options.out, undefined);
}
async function evaluatePredictions(options, file) {
    const task = options.task;
    if (!task)
        throw new errors/* UsageError */.eb((o) => `${o.option('task')} is required with ${o.option('predictions')} (binary, multiclass or regression)`);
    if (!options.label)
        throw new errors/* UsageError */.eb((o) => `${o.option('label')} is required: the column holding the true label (or target)`);
    const score = [...(options.score ?? [])];
    if (!options.prediction && score.length === 0)
        throw new errors/* UsageError */.eb((o) => `give ${o.option('prediction', 'COL')} and/or ${o.option('score', 'COL')}`);
    if (task === 'regression' && (score.length > 0 || !options.prediction)) {
        throw new errors/* UsageError */.eb((o) => `regression reads ${o.option('prediction')} (the predicted value); ${o.option('score')} is for classification`);
    }
    if (task === 'multiclass' && score.length === 1)
        throw new errors/* UsageError */.eb((o) => `multiclass needs one ${o.option('score')} column per class (or only ${o.option('prediction')})`);
    if (task === 'binary' && score.length > 2)
        throw new errors/* UsageError */.eb((o) => `binary takes one ${o.option('score')} column (P(positive)) or two (one per class), got ${score.length}`);
    if (task === 'binary' && score.length === 1 && options.classes?.length)
        throw new errors/* UsageError */.eb((o) => `${o.option('classes')} names the class of each score column; one binary score column is P(positive)`);
    const scoreClassTexts = task === 'regression' ? [] : scoreClasses(score, options.classes);
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const boot = options.resamples === 0
        ? null
        : { resamples: options.resamples ?? DEFAULT_RESAMPLES, confidence: options.confidence ?? DEFAULT_CONFIDENCE, seed: options.seed ?? DEFAULT_SEED };
    const minSliceSize = options.minSliceSize ?? DEFAULT_MIN_SLICE_SIZE;
    const slices = [...(options.slices ?? [])];
    const sensitive = [...new Set(options.sensitive ?? [])];
    const datasetDigest = digestOf(file);
    datasetDigest.catch(() => undefined); // openTable reports a missing file with a better message
    const data = await readPredictions({
        file,
        task,
        label: options.label,
        prediction: options.prediction,
        score,
        id: options.id,
        slices,
        sensitive,
        allowed: task === 'multiclass' && scoreClassTexts.length > 0 ? new Set(scoreClassTexts) : undefined,
        delimiter: options.delimiter,
        format: options.format,
        // A bootstrap of this many rows runs on worker threads: start them now, so that their start-up
        // overlaps the rest of the reading and the sort instead of following it.
        onRows: boot && task !== 'multiclass'
            ? (rows) => {
                if (rows >= DEFAULT_PARALLEL_MIN_ROWS)
                    warmBootstrapWorkers();
            }
            : undefined,
    });
    const n = data.rows;
    const report = {
        ...emptyReport(),
        source: 'predictions',
        task,
        rows: n,
        dataset: { file, format: data.format, ...(await datasetDigest) },
        models: await modelDigests(options.models),
        columns: { label: options.label, prediction: options.prediction ?? null, score, score_classes: null, id: options.id ?? null, slices },
        bootstrap: boot && { method: 'percentile', unit: 'row', ...boot, prng: 'xoshiro128** (splitmix32-seeded, one stream per resample)' },
        min_slice_size: slices.length > 0 ? minSliceSize : null,
    };
    const prepared = prepareTask(task, data, { file, score, scoreClassTexts, threshold, posLabel: options.posLabel, boot });
    const { blockFor, exampleFields } = prepared;
    if (prepared.classification)
        report.classification = prepared.classification;
    if (prepared.scoreClasses)
        report.columns.score_classes = prepared.scoreClasses;
    // Examples first: rendered and gzipped on a worker thread while the bootstrap keeps this one busy.
    let examples;
    if (options.out && options.examples !== false) {
        // With --sensitive, each row's sensitive values too: compare's paired CIs of the fairness deltas.
        const sensitiveField = sensitiveExampleField((data.sensitive ?? []).map((s) => ({ column: s.column, values: s.dict.texts, codes: s.codes })));
        examples = renderExamplesFile({ rows: n, ids: data.ids, fields: sensitiveField ? [...exampleFields, sensitiveField] : exampleFields });
        examples.catch(() => undefined);
        report.examples = { file: (0,external_node_path_.basename)(examplesPathFor(options.out)), format: 'jsonl.gz', sha256: '0'.repeat(64), rows: n, id_column: options.id ?? null };
    }
    const overall = await blockFor();
    report.metrics = overall.metrics;
    report.omitted = overall.omitted;
    report.confusion_matrix = overall.confusion_matrix;
    const sliced = await sliceBlocks(data, minSliceSize, blockFor);
    report.slices.push(...sliced.slices);
    report.skipped_slices.push(...sliced.skipped);
    if (sensitive.length > 0) {
        report.fairness = fairnessSection(prepared.fairness(), (data.sensitive ?? []).map((s) => ({ column: s.column, values: s.dict.texts, codes: s.codes })), { minGroupSize: options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE, boot });
    }
    if (examples && report.examples) {
        const buf = await examples;
        report.examples.sha256 = (0,external_node_crypto_.createHash)('sha256').update(buf).digest('hex');
    }
    return writeOutputs(report, options.out, examples);
}


/***/ })

};
