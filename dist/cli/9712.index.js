export const id = 9712;
export const ids = [9712];
export const modules = {

/***/ 1164:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lq: () => (/* binding */ InvalidUtf8),
/* harmony export */   PI: () => (/* binding */ invalidUtf8Error),
/* harmony export */   YZ: () => (/* binding */ endOfText),
/* harmony export */   lU: () => (/* binding */ byteChunks),
/* harmony export */   w7: () => (/* binding */ textChunks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9980);
/* harmony import */ var _csv_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9298);
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
    const size = options.chunkSize ?? _csv_options_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_CHUNK_SIZE */ .WI;
    if (options.gzip && (options.start !== undefined || options.end !== undefined)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('a byte range of a gzip file cannot be read', { hint: 'read the whole .gz file' });
    }
    if (options.gzip) {
        const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: Math.max(size, 64) }).pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createGunzip)({ chunkSize: Math.max(size, 64) }));
        try {
            for await (const chunk of stream)
                yield chunk;
        }
        catch (e) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`cannot decompress: ${e.message}`, {
                location: { file },
                hint: 'the file ends in .gz but is not a complete gzip stream; re-compress it or drop the .gz',
                cause: e,
            });
        }
        return;
    }
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
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
        if (len === 0 || i + len > bytes.length || !(0,node_buffer__WEBPACK_IMPORTED_MODULE_3__.isUtf8)(bytes.subarray(i, i + len)))
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
        if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_3__.isAscii)(bytes))
            text = bytes.toString('latin1');
        else if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_3__.isUtf8)(bytes))
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
        const ascii = (0,node_buffer__WEBPACK_IMPORTED_MODULE_3__.isAscii)(bytes);
        if (!ascii && !(0,node_buffer__WEBPACK_IMPORTED_MODULE_3__.isUtf8)(bytes)) {
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
        if (c === _csv_options_js__WEBPACK_IMPORTED_MODULE_5__.LF || (c === _csv_options_js__WEBPACK_IMPORTED_MODULE_5__.CR && text.charCodeAt(i + 1) !== _csv_options_js__WEBPACK_IMPORTED_MODULE_5__.LF)) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: text.length - lineStart + 1 };
}
function invalidUtf8Error(file, e, where) {
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${e.message}: the file is not valid UTF-8`, {
        location: { file, line: where.line, column: where.column },
        hint: 'save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)',
    });
}


/***/ }),

/***/ 9298:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ rowsPerBatch),
/* harmony export */   CR: () => (/* binding */ CR),
/* harmony export */   Jt: () => (/* binding */ NEED_MORE),
/* harmony export */   K9: () => (/* binding */ HEADER_CHUNK_SIZE),
/* harmony export */   LF: () => (/* binding */ LF),
/* harmony export */   Of: () => (/* binding */ REPARSE_EVERY_READ_BELOW),
/* harmony export */   Ue: () => (/* binding */ COLUMN_MAJOR_MIN_COLUMNS),
/* harmony export */   V3: () => (/* binding */ DEFAULT_BATCH_ROWS),
/* harmony export */   WI: () => (/* binding */ DEFAULT_CHUNK_SIZE),
/* harmony export */   ZS: () => (/* binding */ MAX_COLUMNS),
/* harmony export */   _P: () => (/* binding */ FAR),
/* harmony export */   g3: () => (/* binding */ BYTE_PATH_BATCH_ROWS),
/* harmony export */   jA: () => (/* binding */ QUOTE),
/* harmony export */   jE: () => (/* binding */ COLUMN_MAJOR_MAX_BATCH_BYTES),
/* harmony export */   v8: () => (/* binding */ MAX_HEADER_BYTES)
/* harmony export */ });
/* unused harmony export MAX_BATCH_CELLS */
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


/***/ }),

/***/ 2077:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ csvReader),
  g: () => (/* binding */ csvUsesBytePath)
});

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/data/csv-options.ts
var csv_options = __webpack_require__(9298);
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

// EXTERNAL MODULE: ../../../../shared/data/csv-chunks.ts
var csv_chunks = __webpack_require__(1164);
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
        return (0,csv_chunks/* endOfText */.YZ)(this.buf.slice(this.pos), this.line);
    }
    feed(text, final) {
        const held = this.buf.length - this.pos;
        if (!final && this.stuckAt >= csv_options/* REPARSE_EVERY_READ_BELOW */.Of && held + text.length < 2 * this.stuckAt) {
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
        if (this.header !== null || final || held <= csv_options/* MAX_HEADER_BYTES */.v8)
            return;
        throw new errors/* InputError */.dz(`the header row is longer than ${csv_options/* MAX_HEADER_BYTES */.v8 / (1024 * 1024)} MiB`, {
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
                cut = text.charCodeAt(cr + 1) === csv_options.LF ? cr + 1 : cr;
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
            if (c === csv_options.LF) {
                this.pos++;
                this.line++;
                continue;
            }
            if (c === csv_options.CR) {
                if (this.pos + 1 >= s.length && !final)
                    return false;
                this.pos += s.charCodeAt(this.pos + 1) === csv_options.LF ? 2 : 1;
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
        if (next === csv_options/* NEED_MORE */.Jt)
            return false;
        const names = this.fields.slice();
        if (names.length > csv_options/* MAX_COLUMNS */.ZS) {
            throw new errors/* InputError */.dz(`the header row names ${names.length} columns, more than the ${csv_options/* MAX_COLUMNS */.ZS} we read`, {
                location: { file: this.file, line: this.line, column: 1 },
                hint: `split the table into files of at most ${csv_options/* MAX_COLUMNS */.ZS} columns, or store it transposed; check the delimiter if the file should have fewer`,
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
        this.batchRows = (0,csv_options/* rowsPerBatch */.$1)(this.askedRows, n);
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
            if (nextQuote !== csv_options/* FAR */._P && nextQuote < pos) {
                nextQuote = s.indexOf('"', pos);
                if (nextQuote === -1)
                    nextQuote = csv_options/* FAR */._P;
            }
            if (nextCR !== csv_options/* FAR */._P && nextCR < pos) {
                nextCR = s.indexOf('\r', pos);
                if (nextCR === -1)
                    nextCR = csv_options/* FAR */._P;
            }
            let end = s.indexOf('\n', pos);
            let next;
            if (end === -1)
                end = n;
            if (nextCR < end) {
                end = nextCR;
                if (end + 1 < n)
                    next = s.charCodeAt(end + 1) === csv_options.LF ? end + 2 : end + 1;
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
                if (after === csv_options/* NEED_MORE */.Jt)
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
            if (p < n && s.charCodeAt(p) === csv_options/* QUOTE */.jA) {
                const openLine = line;
                const openCol = p - lineStart + 1;
                let q = p + 1;
                for (;;) {
                    const e = s.indexOf('"', q);
                    if (e === -1) {
                        if (!final)
                            return csv_options/* NEED_MORE */.Jt;
                        throw new errors/* InputError */.dz('unterminated quoted field', {
                            location: { file: this.file, line: openLine, column: openCol },
                            hint: 'the quote opened here never closes; close it, or double a quote inside a field ("")',
                        });
                    }
                    for (let i = q; i < e; i++) {
                        const c = s.charCodeAt(i);
                        if (c === csv_options.LF || (c === csv_options.CR && s.charCodeAt(i + 1) !== csv_options.LF)) {
                            line++;
                            lineStart = i + 1;
                        }
                    }
                    value += s.slice(q, e);
                    if (e + 1 >= n && !final)
                        return csv_options/* NEED_MORE */.Jt;
                    if (s.charCodeAt(e + 1) === csv_options/* QUOTE */.jA) {
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
                if (c === delimCode || c === csv_options.LF || c === csv_options.CR)
                    break;
                e++;
            }
            if (e > p)
                value += s.slice(p, e);
            fields.push(value);
            if (e >= n) {
                if (!final)
                    return csv_options/* NEED_MORE */.Jt;
                this.slowLine = line + 1;
                return n;
            }
            const c = s.charCodeAt(e);
            if (c === delimCode) {
                p = e + 1;
                continue;
            }
            this.slowLine = line + 1;
            if (c === csv_options.LF)
                return e + 1;
            if (e + 1 >= n)
                return final ? n : csv_options/* NEED_MORE */.Jt;
            return s.charCodeAt(e + 1) === csv_options.LF ? e + 2 : e + 1;
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
    bom, columnMajorFrom = csv_options/* COLUMN_MAJOR_MIN_COLUMNS */.Ue, encodeColumns) {
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
        return (0,csv_chunks/* endOfText */.YZ)(decode(this.work, 0, this.left, this.leftAscii), this.line);
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
        if (!final && this.stuckAt >= csv_options/* REPARSE_EVERY_READ_BELOW */.Of && n < 2 * this.stuckAt) {
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
        this.batchRows = (0,csv_options/* rowsPerBatch */.$1)(this.askedRows, ncols);
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
        const lastEnd = this.arena === null ? b.lastIndexOf(csv_options.LF, n - 1) + 1 : 0;
        while (pos < n) {
            if (pos < lastEnd && nextQuote === csv_options/* FAR */._P && nextCR === csv_options/* FAR */._P) {
                if (b[pos] === csv_options.LF) {
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
                    while (x !== delim && x !== csv_options.LF) {
                        w = (w << 8) | x;
                        x = b[++q];
                    }
                    if ((x === csv_options.LF) !== (c === last))
                        this.raggedRecord(b, pos, x === csv_options.LF ? q : b.indexOf(csv_options.LF, q), ascii, line);
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
            if (nextQuote !== csv_options/* FAR */._P && nextQuote < pos) {
                nextQuote = b.indexOf(csv_options/* QUOTE */.jA, pos);
                if (nextQuote === -1 || nextQuote >= n)
                    nextQuote = csv_options/* FAR */._P;
            }
            if (nextCR !== csv_options/* FAR */._P && nextCR < pos) {
                nextCR = b.indexOf(csv_options.CR, pos);
                if (nextCR === -1 || nextCR >= n)
                    nextCR = csv_options/* FAR */._P;
            }
            let end = b.indexOf(csv_options.LF, pos);
            if (end === -1 || end > n)
                end = n;
            let next;
            if (nextCR < end) {
                end = nextCR;
                if (end + 1 < n)
                    next = b[end + 1] === csv_options.LF ? end + 2 : end + 1;
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
                if (after === csv_options/* NEED_MORE */.Jt)
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
            if (r === B || (this.arena !== null && this.arenaLen >= csv_options/* COLUMN_MAJOR_MAX_BATCH_BYTES */.jE)) {
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
                const lf = b.indexOf(csv_options.LF, Math.max(pos + size, winEnd));
                winEnd = lf === -1 || lf >= n ? n : lf + 1;
            }
            const s = decode(b, pos, winEnd, ascii);
            const after = st.slowRecord(s, 0, line, final && winEnd === n);
            if (after === csv_options/* NEED_MORE */.Jt) {
                if (winEnd === n)
                    return csv_options/* NEED_MORE */.Jt;
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
    const batchRows = Math.max(1, options.batchRows ?? (bytePath ? csv_options/* BYTE_PATH_BATCH_ROWS */.g3 : csv_options/* DEFAULT_BATCH_ROWS */.V3));
    let header = null;
    /**
     * Reading only the header takes small reads: a 1 MB first read would parse its ~25,000 records
     * for nothing (~30 ms before `mlops validate` can plan its shards).
     */
    function readOptions(headerOnly) {
        return headerOnly ? { ...options, chunkSize: Math.min(options.chunkSize ?? csv_options/* DEFAULT_CHUNK_SIZE */.WI, csv_options/* HEADER_CHUNK_SIZE */.K9) } : options;
    }
    async function* parseBytes(headerOnly) {
        const parser = new CsvByteParser(file, batchRows, delimiter, options.header, (options.start ?? 0) === 0, options.columnMajorMinColumns, options.encodeColumns);
        try {
            for await (const { bytes, ascii } of (0,csv_chunks/* byteChunks */.lU)(file, readOptions(headerOnly))) {
                parser.feed(bytes, ascii, false);
                if (headerOnly && parser.header)
                    break;
                while (parser.ready.length > 0)
                    yield parser.ready.shift();
            }
        }
        catch (e) {
            if (e instanceof csv_chunks/* InvalidUtf8 */.Lq)
                throw (0,csv_chunks/* invalidUtf8Error */.PI)(file, e, parser.endPosition());
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
            for await (const text of (0,csv_chunks/* textChunks */.w7)(file, readOptions(headerOnly))) {
                parser.feed(text, false);
                if (headerOnly && parser.header)
                    break;
                while (parser.ready.length > 0)
                    yield parser.ready.shift();
            }
        }
        catch (e) {
            if (e instanceof csv_chunks/* InvalidUtf8 */.Lq)
                throw (0,csv_chunks/* invalidUtf8Error */.PI)(file, e, parser.endPosition());
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


/***/ }),

/***/ 9712:
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
// EXTERNAL MODULE: ../../../../shared/data/csv.ts + 3 modules
var csv = __webpack_require__(2077);
// EXTERNAL MODULE: ../../../../shared/data/csv-options.ts
var csv_options = __webpack_require__(9298);
// EXTERNAL MODULE: ../../../../shared/data/csv-chunks.ts
var csv_chunks = __webpack_require__(1164);
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



const CR = 13;
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
        return (0,csv_chunks/* endOfText */.YZ)(this.buf.slice(this.pos), this.line);
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
            const stop = end > pos && s.charCodeAt(end - 1) === CR ? end - 1 : end;
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
    const batchRows = Math.max(1, options.batchRows ?? csv_options/* DEFAULT_BATCH_ROWS */.V3);
    let columns = null;
    async function* parse(firstOnly) {
        const parser = new JsonlParser(file, batchRows, options.partial);
        try {
            for await (const text of (0,csv_chunks/* textChunks */.w7)(file, options)) {
                parser.feed(text, false);
                if (firstOnly && parser.firstKeys)
                    break;
                while (parser.ready.length > 0)
                    yield parser.ready.shift();
            }
        }
        catch (e) {
            if (e instanceof csv_chunks/* InvalidUtf8 */.Lq)
                throw (0,csv_chunks/* invalidUtf8Error */.PI)(file, e, parser.endPosition());
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
            return (0,csv/* csvReader */.w)(file, { ...textOptions, delimiter: options.delimiter ?? (format === known?.format ? known.delimiter : undefined) });
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
                const { parquetReader } = await Promise.all(/* import() */[__webpack_require__.e(896), __webpack_require__.e(8306)]).then(__webpack_require__.bind(__webpack_require__, 8306));
                return parquetReader(file, options);
            }
        default:
            throw new errors/* UsageError */.eb(`unknown table format "${String(format)}"`, { hint: 'use csv, jsonl or parquet' });
    }
}


/***/ })

};
