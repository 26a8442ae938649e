export const id = 306;
export const ids = [306];
export const modules = {

/***/ 68306:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parquetReader: () => (/* binding */ parquetReader)
});

// UNUSED EXPORTS: MAX_RANGE_ROWS, PARQUET_BATCH_ROWS, parquetRowCount, parquetRowGroupRows

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ../../../hyparquet/src/node.js
var node = __webpack_require__(25493);
// EXTERNAL MODULE: ../../../hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(48403);
// EXTERNAL MODULE: ../../../hyparquet/src/read.js + 16 modules
var read = __webpack_require__(47340);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ../../../../shared/data/parquet-codecs.ts
/**
 * Page decompression for the Parquet reader, loaded for the codecs a file uses.
 *
 * ZSTD, the codec of most files we meet (DuckDB, Polars, arrow-rs, Spark), goes to the fastest
 * decoder this Node has:
 * - Node's own (`zlib.zstdDecompressSync`, Node 22.15 / 23.8 on; the actions run on node24);
 * - else, for a file with at least WASM_ZSTD_MIN_BYTES of ZSTD column chunks, zstddec: the
 *   reference zstd decoder compiled to WebAssembly (Node 20, the CLI on many laptops). On
 *   flights-3m.parquet's 110 pages (13.5 MB in, 16.4 MB out), warm: 42-66 ms against fzstd's (pure
 *   JS) 139-182 ms, byte for byte the same output;
 * - else fzstd through hyparquet-compressors (a small file, or WebAssembly unavailable).
 * Every other codec goes to hyparquet-compressors, imported only when a file uses one: its ~220 KB
 * of JS (Brotli's dictionary, fzstd, gzip, LZ4) and the Snappy WebAssembly it instantiates on import
 * are otherwise never compiled.
 */

const zstdNative = external_node_zlib_.zstdDecompressSync;
/** A page that inflates past its declared size throws here (RangeError from Node). */
function nativeZstd(input, outputLength) {
    return zstdNative(input, { maxOutputLength: Math.max(1, outputLength) });
}
/**
 * Below this many bytes of ZSTD pages fzstd decodes: V8 compiling zstddec's module costs ~0.1 s of
 * CPU and ~14 MB of peak RSS per process (a 1,000-row file: 0.49-0.59 CPU s with fzstd, 0.61-0.67
 * with zstddec), which fzstd's slower decoding (~10-25 ms a MB against ~4) wins back only past a
 * MB or so (a 1.4 MB file: about even).
 */
const WASM_ZSTD_MIN_BYTES = 1 << 20;
/**
 * Pages whose compressed and declared sizes add up to more than this do not go to zstddec: it
 * allocates both in its own memory (at most 2 GiB) and does not check the allocation, and past
 * that limit decodes into address 0, over the module's own data. Writers aim at pages of ~1 MB; a
 * file whose chunk metadata says a ZSTD chunk is this large gets fzstd for such pages, and any
 * other page declaring this much (a damaged header: up to 2^31 - 1 bytes) is refused.
 */
const WASM_MAX_PAGE_BYTES = 256 * 2 ** 20;
let wasmZstd;
/** zstddec, instantiated once per process; undefined when WebAssembly cannot run here. */
function loadWasmZstd() {
    wasmZstd ??= (async () => {
        try {
            const { ZSTDDecoder } = await __webpack_require__.e(/* import() */ 51).then(__webpack_require__.bind(__webpack_require__, 44051));
            const decoder = new ZSTDDecoder();
            // zstddec loads its inline module through fetch() of a data: URL when fetch exists; on Node 20
            // that first loads undici (init measured 78-85 ms). Without fetch it instantiates from a Buffer
            // (4 ms). fetch is hidden only for init()'s synchronous part, and put back before anything else runs.
            const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
            let ready;
            if (fetchProperty?.configurable) {
                Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
                try {
                    ready = decoder.init();
                }
                finally {
                    Object.defineProperty(globalThis, 'fetch', fetchProperty);
                }
            }
            else {
                ready = decoder.init();
            }
            await ready;
            return decoder;
        }
        catch {
            return undefined;
        }
    })();
    return wasmZstd;
}
/** zstddec for pages within WASM_MAX_PAGE_BYTES; larger ones to `large`, or refused without it. */
function wasmPages(decoder, large) {
    return (input, outputLength) => {
        if (outputLength === 0)
            return new Uint8Array(0);
        if (input.length + outputLength <= WASM_MAX_PAGE_BYTES)
            return decoder.decode(input, outputLength);
        if (large)
            return large(input, outputLength);
        throw new Error(`a ZSTD page declares ${outputLength} bytes, more than its column chunk holds`);
    };
}
let library;
function loadLibrary() {
    library ??= __webpack_require__.e(/* import() */ 982).then(__webpack_require__.bind(__webpack_require__, 45982)).then((m) => m.compressors);
    return library;
}
/** Decoders for the codecs of `chunks` (a file's column chunks); their sizes pick the ZSTD decoder. */
async function pageCodecs(chunks) {
    const wanted = new Set(chunks.map((c) => c.codec));
    wanted.delete('UNCOMPRESSED');
    const zstdChunks = chunks.filter((c) => c.codec === 'ZSTD');
    const zstdBytes = zstdChunks.reduce((sum, c) => sum + c.compressedBytes, 0);
    const largeChunk = zstdChunks.some((c) => c.compressedBytes + c.uncompressedBytes > WASM_MAX_PAGE_BYTES);
    let zstd;
    if (wanted.has('ZSTD')) {
        if (zstdNative !== undefined)
            zstd = nativeZstd;
        else if (zstdBytes >= WASM_ZSTD_MIN_BYTES) {
            const decoder = await loadWasmZstd();
            if (decoder)
                zstd = wasmPages(decoder, largeChunk ? (await loadLibrary()).ZSTD : undefined);
        }
    }
    const needLibrary = [...wanted].some((c) => c !== 'ZSTD') || (wanted.has('ZSTD') && zstd === undefined);
    const compressors = needLibrary ? { ...(await loadLibrary()) } : {};
    if (zstd !== undefined)
        compressors.ZSTD = zstd;
    const decompress = (codec, bytes, size) => {
        if (codec === 'UNCOMPRESSED')
            return bytes;
        const fn = compressors[codec];
        if (!fn)
            throw new Error(`no decoder for ${codec}`);
        const out = fn(bytes, size);
        if (out.length !== size)
            throw new Error(`decompressed page is ${out.length} bytes, expected ${size}`);
        return out;
    };
    return { decompress, compressors };
}

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(49980);
// EXTERNAL MODULE: ../../../../shared/data/column-dictionary.ts + 1 modules
var column_dictionary = __webpack_require__(32845);
;// CONCATENATED MODULE: ../../../../shared/data/parquet.ts
/**
 * Parquet reader, streamed in columnar batches. hyparquet parses the footer and schema and
 * parquet-codecs.ts decompresses pages (ZSTD natively or in WebAssembly; Snappy, GZIP, Brotli, LZ4,
 * LZ4_RAW, LZO through hyparquet-compressors).
 *
 * Memory is bounded by one row group (or a slice of at most MAX_RANGE_ROWS rows of a huge one),
 * read one column at a time, not by the file.
 *
 * Flat columns (the usual case) are decoded here (see "Fast path" below); anything else goes
 * through hyparquet's `parquetRead` with `onChunk` (column-oriented, no row transposition).
 * Measured on flights-3m.parquet (3M rows, 11 row groups, ZSTD, 5 flat OPTIONAL columns), Node 20,
 * 2-core machine shared with other jobs:
 *   hyparquet parquetRead/onChunk, row group by row group   2.2 s, ~1.35M rows/s (33% list
 *                                                            assembly, 26% GC, 11% ZSTD)
 *   this reader                                             0.8-1.0 s, 3.1-3.8M rows/s (warm; 20% is
 *                                                            ZSTD, 14% GC; 1.8-2.3M rows/s cold)
 *   + codes decoded in place, hot loops apart (issue 18)    0.49-0.51 CPU s warm (~6M rows/s), of
 *                                                            which ZSTD (fzstd, pure JS) ~0.17 s
 *
 * Cells: numbers; INT64 as a number when exact (|v| < 2^53) else a bigint; booleans; strings;
 * Dates (DATE, TIMESTAMP millis/micros/nanos, INT96); null for a missing value; nested values
 * (lists, maps, structs) and raw bytes re-serialised to JSON text. `lines[r]` is the 1-based row number.
 */






/** Parquet batches can be large: the values already exist, a batch only copies references. */
const PARQUET_BATCH_ROWS = 65_536;
/** At most this many rows are decoded at once, whatever the row-group size. */
const MAX_RANGE_ROWS = 1 << 20;
function notParquet(file, e) {
    // hyparquet's own checks throw Error with a message about the file; a TypeError or RangeError is
    // JavaScript failing on metadata that is empty or damaged ("Cannot read properties of undefined"),
    // which says nothing to the user.
    const why = e instanceof TypeError || e instanceof RangeError ? 'its metadata (footer) is empty or damaged' : (e?.message ?? String(e));
    return new errors/* InputError */.dz(`not a readable Parquet file: ${why}`, {
        location: { file },
        hint: 'check that the file is a complete Parquet file (it must start and end with "PAR1"), or give the right extension',
        cause: e,
    });
}
function jsonText(v) {
    if (v instanceof Uint8Array)
        return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64');
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
}
/** A bigint that a double holds exactly becomes a number (the fast path's INT64 rule). */
function exactNumber(v) {
    return typeof v === 'bigint' && v >= -MAX_EXACT && v <= MAX_EXACT ? Number(v) : v;
}
const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);
/** Keeps scalar cells, turns anything else into JSON text (nested columns, raw bytes). */
function toCell(v) {
    if (v === null || v === undefined || typeof v !== 'object' || v instanceof Date)
        return v;
    return jsonText(v);
}
/** Columns whose cells are not all scalars: nested groups, repeated leaves, fixed-length bytes. */
function needsConversion(node) {
    const el = node.element;
    if (node.children.length > 0 || el.repetition_type === 'REPEATED')
        return true;
    return el.type === 'FIXED_LEN_BYTE_ARRAY' || (el.type === 'BYTE_ARRAY' && el.logical_type?.type === 'JSON');
}
/**
 * Reads byte ranges of a file through one open descriptor into one buffer, reused from range to
 * range (a range's bytes are valid until the next read). hyparquet's AsyncBuffer opens a read stream
 * per range and concatenates its 64 KB chunks into a new buffer: on flights-3m that was 55 opens and
 * ~3 copies of every byte (~0.2 s of a cold run's CPU). Reads are synchronous: the main thread
 * decodes the chunk next and has nothing else to do meanwhile, and an asynchronous read went
 * through the thread pool and back for each of flights-3m's 55 chunks.
 */
class ChunkReader {
    file;
    fd;
    buf = Buffer.alloc(0);
    constructor(file) {
        this.file = file;
    }
    read(from, length) {
        this.fd ??= (0,external_node_fs_.openSync)(this.file, 'r');
        if (this.buf.length < length)
            this.buf = Buffer.allocUnsafe(Math.max(length, 2 * this.buf.length));
        let got = 0;
        while (got < length) {
            const bytesRead = (0,external_node_fs_.readSync)(this.fd, this.buf, got, length - got, from + got);
            if (bytesRead === 0)
                throw notParquet(this.file, new Error('the file ends inside a column chunk'));
            got += bytesRead;
        }
        return this.buf.subarray(0, length);
    }
    close() {
        const fd = this.fd;
        this.fd = undefined;
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** The cells of a column outside `encodeColumns` (never read). */
const NOT_READ = [];
/** A streaming reader for a Parquet file. */
function parquetReader(file, options = {}) {
    const batchRows = Math.max(1, options.batchRows ?? PARQUET_BATCH_ROWS);
    let opened = null;
    function openFile() {
        opened ??= (async () => {
            const buffer = await (0,node/* asyncBufferFromFile */.Rv)(file);
            if (buffer.byteLength < 12)
                throw notParquet(file, new Error(`only ${buffer.byteLength} bytes`));
            let metadata;
            let schema;
            try {
                metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer);
                schema = (0,src_metadata/* parquetSchema */.YR)(metadata);
            }
            catch (e) {
                throw notParquet(file, e);
            }
            return { buffer, metadata, schema };
        })();
        return opened;
    }
    async function* batches() {
        // Column chunks for the fast path, read into one reused buffer (one per pass over the file).
        const chunks = new ChunkReader(file);
        try {
            yield* readBatches(chunks);
        }
        finally {
            chunks.close();
        }
    }
    async function* readBatches(chunks) {
        const { buffer, metadata, schema } = await openFile();
        const codecs = await pageCodecs(metadata.row_groups.flatMap((g) => g.columns.map((c) => ({ codec: c.meta_data?.codec ?? 'UNCOMPRESSED', compressedBytes: Number(c.meta_data?.total_compressed_size ?? 0), uncompressedBytes: Number(c.meta_data?.total_uncompressed_size ?? 0) }))));
        const columns = schema.children.map((c) => c.element.name);
        const own = options.encodeColumns;
        const skip = (c) => own !== undefined && (c < own.start || c >= own.end);
        const plans = schema.children.map((c) => (options.fastPath === false ? null : fastColumn(c)));
        const convert = schema.children.map(needsConversion);
        const int64 = schema.children.map((c) => c.children.length === 0 && c.element.type === 'INT64');
        // One per column, reused chunk after chunk: its hash tables keep their size.
        const mergers = schema.children.map(() => new column_dictionary/* ColumnDictionary */.n());
        // With reuseBuffers, each column's codes and the batches' line numbers are written into the same
        // arrays row group after row group: the consumer is done with a row group's batches when it asks
        // for the next one's (fresh memory, ~60 MB of codes on flights-3m, is what a cold run pays most
        // for in page faults).
        const codePool = schema.children.map(() => undefined);
        let linePool = new Int32Array(0);
        let groupStart = 0;
        const first = options.rowGroups?.start ?? 0;
        const last = Math.min(options.rowGroups?.end ?? Infinity, metadata.row_groups.length);
        for (let g = 0; g < first; g++)
            groupStart += Number(metadata.row_groups[g].num_rows);
        let rowOffset = groupStart;
        for (let g = first; g < last; g++) {
            const group = metadata.row_groups[g];
            const groupRows = Number(group.num_rows);
            const groupEnd = groupStart + groupRows;
            for (let start = groupStart; start < groupEnd; start += MAX_RANGE_ROWS) {
                const end = Math.min(groupEnd, start + MAX_RANGE_ROWS);
                const data = [];
                // One column at a time: the intermediates (pages, levels) of one column chunk are garbage
                // before the next starts, which keeps the heap near one row group of values.
                for (let c = 0; c < columns.length; c++) {
                    if (skip(c)) {
                        data.push(NOT_READ);
                        continue;
                    }
                    let col = null;
                    const plan = plans[c];
                    if (plan && start === groupStart && end === groupEnd) {
                        col = await readFast(chunks, buffer, codecs, group, columns[c], groupRows, plan, mergers[c], options.reuseBuffers ? codePool[c] : undefined);
                        if (options.reuseBuffers && col instanceof DictionaryChunk && col.codes.buffer !== codePool[c]?.buffer)
                            codePool[c] = new Int32Array(col.codes.buffer);
                    }
                    if (col === null) {
                        const cells = await readWithHyparquet(buffer, codecs, metadata, columns[c], start, end);
                        if (convert[c])
                            for (let i = 0; i < cells.length; i++)
                                cells[i] = toCell(cells[i]);
                        else if (int64[c])
                            for (let i = 0; i < cells.length; i++)
                                cells[i] = exactNumber(cells[i]);
                        col = cells;
                    }
                    data.push(col);
                }
                for (let b = 0; b < end - start; b += batchRows) {
                    const n = Math.min(batchRows, end - start - b);
                    const parts = data.map((col) => (col instanceof DictionaryChunk ? col.slice(b, n) : col === NOT_READ || (b === 0 && n === col.length) ? col : col.slice(b, b + n)));
                    if (options.reuseBuffers && linePool.length < n)
                        linePool = new Int32Array(batchRows);
                    const lines = options.reuseBuffers ? linePool.subarray(0, n) : new Int32Array(n);
                    for (let i = 0; i < n; i++)
                        lines[i] = rowOffset + i + 1;
                    yield new ParquetBatch(columns, parts, n, lines, rowOffset);
                    rowOffset += n;
                }
            }
            groupStart = groupEnd;
        }
    }
    async function readFast(chunks, buffer, codecs, group, name, rows, plan, merger, codeBuffer) {
        const chunk = group.columns.find((cc) => cc.meta_data?.path_in_schema.length === 1 && cc.meta_data.path_in_schema[0] === name);
        const md = chunk?.meta_data;
        if (!md || chunk?.file_path)
            return null;
        const from = Number(md.dictionary_page_offset || md.data_page_offset);
        const to = from + Number(md.total_compressed_size);
        if (!(from >= 0 && to <= buffer.byteLength))
            throw notParquet(file, new Error(`column "${name}" lies outside the file`));
        const bytes = chunks.read(from, to - from);
        try {
            return readFlatChunk(bytes, md.codec, rows, plan, merger, codecs.decompress, codeBuffer);
        }
        catch (e) {
            // Not a layout we decode, or damaged: hyparquet reads it (and says what is wrong, if anything).
            return null;
        }
    }
    async function readWithHyparquet(buffer, codecs, metadata, name, start, end) {
        let out = new Array(end - start);
        try {
            await (0,read/* parquetRead */.bA)({
                file: buffer,
                metadata,
                compressors: codecs.compressors,
                columns: [name],
                rowStart: start,
                rowEnd: end,
                onChunk(chunk) {
                    const data = chunk.columnData;
                    // The usual case: one chunk holding exactly the range, already a plain array.
                    if (chunk.rowStart === start && chunk.rowEnd === end && Array.isArray(data)) {
                        out = data;
                        return;
                    }
                    const from = Math.max(start, chunk.rowStart);
                    const to = Math.min(end, chunk.rowEnd);
                    for (let r = from; r < to; r++)
                        out[r - start] = data[r - chunk.rowStart];
                },
            });
        }
        catch (e) {
            throw notParquet(file, e);
        }
        return out;
    }
    return {
        file,
        format: 'parquet',
        hasLines: false,
        async columns() {
            const { schema } = await openFile();
            return schema.children.map((c) => c.element.name);
        },
        batches,
    };
}
/**
 * A dictionary-encoded column chunk, kept encoded: the chunk's dictionary with duplicates merged
 * (ColumnDictionary's identity: strings by content, numbers by value, Dates by epoch ms) and one
 * code per row into it (-1: null).
 *
 * Why: every column of flights-3m.parquet is dictionary-encoded, as most writers do by default.
 * Decoded to cells, each batch was then dictionary-encoded again by hashing every cell
 * (BatchDictionaries) before the profiler and the validator could use it: 0.4 s of a 2.4 s
 * `mlops validate`. Handing the file's own dictionary on costs one array lookup per row, and no
 * per-row cell array is built unless a consumer asks for cells.
 */
class DictionaryChunk {
    values;
    codes;
    /**
     * A timestamp chunk's values as epoch ms (`values` then holds the same numbers): its batches'
     * dictionaries keep them as ColumnDictionary.times, and Dates are built only if a consumer asks.
     */
    times;
    /** Per batch: which batch-local id a chunk id has (-1: none yet); index `values.length` is null. */
    local;
    /** Per batch: the chunk id of each batch-local id, to clear `local` after. */
    used;
    /** Per batch: rows per batch-local id (zeroed again after each batch). */
    counts;
    constructor(
    /** Distinct values of the chunk's dictionary. */
    values, 
    /**
     * Per row of the chunk: index into `values`, or -1 for null. slice() rewrites each batch's rows
     * in place into its batch-local ids, which the batch's dictionary then views (no copy).
     */
    codes, 
    /** Whether `values` are a DATE or TIMESTAMP column's epoch milliseconds (all valid Dates). */
    times = false) {
        this.values = values;
        this.codes = codes;
        this.times = times ? Float64Array.from(values) : null;
        this.local = new Int32Array(values.length + 1).fill(-1);
        this.used = new Int32Array(values.length + 1);
        this.counts = new Float64Array(values.length + 1);
    }
    /**
     * Rows [start, start + n) as a batch's ColumnDictionary: values in order of first occurrence in
     * the batch, as BatchDictionaries would have encoded them. Each range is sliced once, in order.
     */
    slice(start, n) {
        const codes = this.codes.subarray(start, start + n);
        const size = relabel(codes, n, this.values.length, this.local, this.used, this.counts);
        const values = new Array(size);
        const counts = new Float64Array(size);
        const used = this.used;
        const local = this.local;
        const scratch = this.counts;
        const nullId = this.values.length;
        const chunkTimes = this.times;
        const times = chunkTimes === null ? null : new Float64Array(size);
        for (let id = 0; id < size; id++) {
            const g = used[id];
            if (g === nullId)
                values[id] = null;
            else if (times !== null) {
                values[id] = undefined; // the Date times[id], built on demand (ColumnDictionary.times)
                times[id] = chunkTimes[g];
            }
            else
                values[id] = this.values[g];
            counts[id] = scratch[id];
            scratch[id] = 0;
            local[g] = -1;
        }
        const dict = column_dictionary/* ColumnDictionary */.n.prebuilt(values, counts, codes, n);
        dict.times = times;
        return dict;
    }
}
/**
 * Rewrites codes[0..n) (chunk ids, -1 null) into batch-local ids in order of first occurrence;
 * records each local id's chunk id in `used` and its rows in `counts`. Returns the local ids' count.
 */
function relabel(codes, n, nullId, local, used, counts) {
    let size = 0;
    for (let r = 0; r < n; r++) {
        let g = codes[r];
        if (g < 0)
            g = nullId;
        let id = local[g];
        if (id < 0) {
            id = local[g] = size++;
            used[id] = g;
        }
        counts[id]++;
        codes[r] = id;
    }
    return size;
}
/** A Parquet batch: some columns as cells, the dictionary-encoded ones as dictionaries, whose cells are built on first access. */
class ParquetBatch {
    columns;
    parts;
    length;
    lines;
    rowOffset;
    dictionaries;
    cells;
    constructor(columns, parts, length, lines, rowOffset) {
        this.columns = columns;
        this.parts = parts;
        this.length = length;
        this.lines = lines;
        this.rowOffset = rowOffset;
        this.dictionaries = parts.map((p) => (p instanceof column_dictionary/* ColumnDictionary */.n ? p : undefined));
    }
    get values() {
        return (this.cells ??= this.parts.map((p) => (p instanceof column_dictionary/* ColumnDictionary */.n ? p.cells() : p)));
    }
}
/** Rows of each row group, from the footer (for sharding by row groups). */
async function parquetRowGroupRows(file) {
    const buffer = await asyncBufferFromFile(file);
    try {
        return (await parquetMetadataAsync(buffer)).row_groups.map((g) => Number(g.num_rows));
    }
    catch (e) {
        throw notParquet(file, e);
    }
}
/** Row count from the footer, without reading data (for progress and tests). */
async function parquetRowCount(file) {
    await stat(file);
    const buffer = await asyncBufferFromFile(file);
    try {
        return Number((await parquetMetadataAsync(buffer)).num_rows);
    }
    catch (e) {
        throw notParquet(file, e);
    }
}
/** The fast-path plan for a top-level column, or null when hyparquet must read it. */
function fastColumn(node) {
    const el = node.element;
    if (node.children.length > 0 || el.repetition_type === 'REPEATED')
        return null;
    const optional = el.repetition_type === 'OPTIONAL';
    const ct = el.converted_type;
    const lt = el.logical_type;
    const plain = (ct === undefined || ct.startsWith('INT_')) && (lt === undefined || (lt.type === 'INTEGER' && lt.isSigned));
    const make = (kind, perMs = 1) => ({ kind, perMs, optional });
    switch (el.type) {
        case 'INT32':
            if (ct === 'DATE' || lt?.type === 'DATE')
                return make('date');
            return plain ? make('int32') : null;
        case 'INT64':
            if (ct === 'TIMESTAMP_MILLIS')
                return make('ts', 1);
            if (ct === 'TIMESTAMP_MICROS')
                return make('ts', 1000);
            if (ct === undefined && lt?.type === 'TIMESTAMP')
                return make('ts', lt.unit === 'MICROS' ? 1000 : lt.unit === 'NANOS' ? 1e6 : 1);
            return plain ? make('int64') : null;
        case 'FLOAT':
            return ct === undefined && lt === undefined ? make('float') : null;
        case 'DOUBLE':
            return ct === undefined && lt === undefined ? make('double') : null;
        case 'BOOLEAN':
            return make('boolean');
        case 'BYTE_ARRAY':
            if ((ct === undefined || ct === 'UTF8' || ct === 'ENUM') && (lt === undefined || lt.type === 'STRING' || lt.type === 'ENUM'))
                return make('string');
            return null;
        default:
            return null;
    }
}
/** Minimal thrift compact-protocol reader: structs as {fieldId: value}; binaries and lists skipped. */
class Thrift {
    b;
    pos;
    constructor(b, pos) {
        this.b = b;
        this.pos = pos;
    }
    varint() {
        let result = 0;
        let mul = 1;
        for (;;) {
            const byte = this.b[this.pos++];
            if (byte === undefined)
                throw new Error('truncated page header');
            result += (byte & 0x7f) * mul;
            if (byte < 0x80)
                return result;
            mul *= 128;
        }
    }
    zigzag() {
        const n = this.varint();
        return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
    }
    value(type) {
        switch (type) {
            case 1:
                return true;
            case 2:
                return false;
            case 3:
                return this.b[this.pos++];
            case 4:
            case 5:
            case 6:
                return this.zigzag();
            case 7:
                this.pos += 8;
                return undefined;
            case 8: {
                const len = this.varint();
                this.pos += len;
                return undefined;
            }
            case 9:
            case 10: {
                const h = this.b[this.pos++];
                let size = h >> 4;
                if (size === 15)
                    size = this.varint();
                const et = h & 0x0f;
                for (let i = 0; i < size; i++) {
                    if (et === 1 || et === 2)
                        this.pos++;
                    else
                        this.value(et);
                }
                return undefined;
            }
            case 11: {
                const size = this.varint();
                if (size > 0) {
                    const kv = this.b[this.pos++];
                    for (let i = 0; i < size; i++) {
                        this.value(kv >> 4);
                        this.value(kv & 0x0f);
                    }
                }
                return undefined;
            }
            case 12:
                return this.struct();
            default:
                throw new Error(`bad thrift type ${type}`);
        }
    }
    struct() {
        const out = {};
        let id = 0;
        for (;;) {
            const h = this.b[this.pos++];
            if (h === undefined)
                throw new Error('truncated page header');
            if (h === 0)
                return out;
            const delta = h >> 4;
            id = delta === 0 ? this.zigzag() : id + delta;
            out[id] = this.value(h & 0x0f);
        }
    }
}
/** Signals "let hyparquet read this column" (an encoding or layout the fast path does not do). */
class NotFast extends Error {
}
/** RLE / bit-packed hybrid (Encodings.md) levels into out[0..count). Returns the offset after it. */
function readHybrid(b, off, end, bitWidth, out, count) {
    if (bitWidth > 24)
        throw new NotFast();
    const byteWidth = (bitWidth + 7) >> 3;
    const mask = (1 << bitWidth) - 1;
    let i = 0;
    while (i < count) {
        if (off >= end)
            throw new Error('levels or indices end early');
        let header = 0;
        let mul = 1;
        for (;;) {
            const byte = b[off++];
            header += (byte & 0x7f) * mul;
            if (byte < 0x80)
                break;
            mul *= 128;
        }
        if (header % 2 === 1) {
            const groups = (header - 1) / 2;
            const next = off + groups * bitWidth;
            const n = Math.min(groups * 8, count - i);
            let data = 0;
            let bits = 0;
            for (let j = 0; j < n; j++) {
                while (bits < bitWidth) {
                    data |= b[off++] << bits;
                    bits += 8;
                }
                out[i++] = data & mask;
                data >>>= bitWidth;
                bits -= bitWidth;
            }
            off = next;
        }
        else {
            const n = Math.min(header / 2, count - i);
            let v = 0;
            for (let k = 0; k < byteWidth; k++)
                v += b[off++] * 2 ** (8 * k);
            out.fill(v, i, i + n);
            i += n;
        }
    }
    return off;
}
/**
 * Dictionary indices (RLE / bit-packed hybrid, after the bit-width byte) into out[at..at+count),
 * each checked to be below `size`.
 */
function readIndices(b, off, end, bitWidth, out, at, count, size) {
    if (bitWidth > 24)
        throw new NotFast();
    const byteWidth = (bitWidth + 7) >> 3;
    const mask = (1 << bitWidth) - 1;
    const stop = at + count;
    const last = size - 1;
    // Any index past the dictionary makes last - k negative, which sets the sign bit.
    let outOfRange = 0;
    let i = at;
    while (i < stop) {
        if (off >= end)
            throw new Error('levels or indices end early');
        let header = 0;
        let mul = 1;
        for (;;) {
            const byte = b[off++];
            header += (byte & 0x7f) * mul;
            if (byte < 0x80)
                break;
            mul *= 128;
        }
        if (header % 2 === 1) {
            const groups = (header - 1) / 2;
            const next = off + groups * bitWidth;
            const to = Math.min(i + groups * 8, stop);
            // Value j of the run starts at bit j * bitWidth: four bytes from there hold it whole
            // (bitWidth <= 24, shift <= 7). The values whose four bytes lie inside the page take that
            // branch-free path; the last few read byte by byte.
            const whole = Math.min(to - i, Math.max(0, Math.floor(((b.length - 4 - off) * 8) / bitWidth)));
            outOfRange |= unpackWhole(b, off, bitWidth, out, i, whole, last);
            i += whole;
            let bit = whole * bitWidth;
            let o = off + (bit >>> 3);
            let data = 0;
            let bits = 0;
            if ((bit & 7) !== 0) {
                data = b[o++] >>> (bit & 7);
                bits = 8 - (bit & 7);
            }
            while (i < to) {
                while (bits < bitWidth) {
                    data |= b[o++] << bits;
                    bits += 8;
                }
                const k = data & mask;
                outOfRange |= last - k;
                out[i++] = k;
                data >>>= bitWidth;
                bits -= bitWidth;
            }
            off = next;
        }
        else {
            const n = Math.min(header / 2, stop - i);
            let v = 0;
            for (let k = 0; k < byteWidth; k++)
                v += b[off++] * 2 ** (8 * k);
            outOfRange |= last - v;
            // Most runs are short (flights-3m: ~156,000 RLE runs of ~90 values): a loop beats fill()'s call.
            if (n > 256) {
                out.fill(v, i, i + n);
                i += n;
            }
            else {
                const e = i + n;
                while (i < e)
                    out[i++] = v;
            }
        }
    }
    if (outOfRange < 0)
        throw new Error('dictionary index out of range');
}
/**
 * Bit-packed values 0..n-1 of a run starting at byte `off` into out[at..at+n), each read whole from
 * four bytes (all inside `b`); returns the OR of last - k over them (negative: one is past `last`).
 * Apart from readIndices so that V8 optimizes this loop alone, with complete type feedback: inside
 * the larger function, paths first taken later (RLE runs, a page's tail) deoptimized it again and
 * again on a cold run.
 */
function unpackWhole(b, off, bitWidth, out, at, n, last) {
    const mask = (1 << bitWidth) - 1;
    let outOfRange = 0;
    let bit = 0;
    for (let i = at; i < at + n; i++) {
        const p = off + (bit >>> 3);
        const k = ((b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> (bit & 7)) & mask;
        outOfRange |= last - k;
        out[i] = k;
        bit += bitWidth;
    }
    return outOfRange;
}
/** How many of levels[0..n) are 1 (the non-null values of a flat OPTIONAL column). */
function countOnes(levels, n) {
    let ones = 0;
    for (let i = 0; i < n; i++)
        ones += levels[i];
    return ones;
}
/** codes[at..at+n) = merged[codes[...]] (a dictionary with duplicates merged). */
function remap(codes, at, n, merged) {
    for (let i = at; i < at + n; i++)
        codes[i] = merged[codes[i]];
}
/** codes[at + i] = merged[idx[v++]] where defs[i] is 1, else -1 (null). */
function scatter(codes, at, n, defs, idx, merged) {
    let v = 0;
    for (let i = 0; i < n; i++)
        codes[at + i] = defs[i] ? merged[idx[v++]] : -1;
}
/** The first `rows` rows of a dictionary-encoded chunk as cells (-1: null). */
function codesToCells(codes, values, rows, total) {
    const cells = new Array(total);
    for (let i = 0; i < rows; i++)
        cells[i] = codes[i] < 0 ? null : values[codes[i]];
    return cells;
}
const TWO32 = 4294967296;
/** Decodes `count` PLAIN values of a column into final cells. */
function readPlainCells(b, off, count, col) {
    const cells = new Array(count);
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    switch (col.kind) {
        case 'int32':
            for (let i = 0; i < count; i++, off += 4)
                cells[i] = view.getInt32(off, true);
            break;
        case 'date':
            for (let i = 0; i < count; i++, off += 4)
                cells[i] = new Date(view.getInt32(off, true) * 86_400_000);
            break;
        case 'float':
            for (let i = 0; i < count; i++, off += 4)
                cells[i] = view.getFloat32(off, true);
            break;
        case 'double':
            for (let i = 0; i < count; i++, off += 8)
                cells[i] = view.getFloat64(off, true);
            break;
        case 'int64':
            plainInt64(view, off, count, cells);
            off += 8 * count;
            break;
        case 'ts':
            plainTimestamps(view, off, count, col.perMs, cells);
            off += 8 * count;
            break;
        case 'boolean':
            for (let i = 0; i < count; i++)
                cells[i] = ((b[off + (i >> 3)] >> (i & 7)) & 1) === 1;
            off += (count + 7) >> 3;
            break;
        case 'string': {
            const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
            for (let i = 0; i < count; i++) {
                const len = view.getUint32(off, true);
                off += 4;
                cells[i] = buf.toString('utf8', off, off + len);
                off += len;
            }
            break;
        }
    }
    if (off > b.length)
        throw new Error('page values end early');
    return { cells, end: off };
}
// One small function per kind, each optimized on its own (see unpackWhole).
/** INT64 values: a number when a double holds it exactly (|v| < 2^53), else the bigint. */
function plainInt64(view, off, count, cells) {
    for (let i = 0; i < count; i++, off += 8) {
        const hi = view.getInt32(off + 4, true);
        cells[i] = hi >= -0x200000 && hi < 0x200000 ? hi * TWO32 + view.getUint32(off, true) : view.getBigInt64(off, true);
    }
}
/** INT64 timestamps of `perMs` units a millisecond, as Dates (truncated to the millisecond). */
function plainTimestamps(view, off, count, perMs, cells) {
    for (let i = 0; i < count; i++, off += 8)
        cells[i] = new Date(timestampMs(view, off, perMs));
}
/** The INT64 timestamp at `off`, of `perMs` units a millisecond, in ms truncated toward zero. */
function timestampMs(view, off, perMs) {
    const hi = view.getInt32(off + 4, true);
    if (hi >= -0x200000 && hi < 0x200000) {
        const v = hi * TWO32 + view.getUint32(off, true);
        return (v - (v % perMs)) / perMs;
    }
    return Number(view.getBigInt64(off, true) / BigInt(perMs));
}
/** The largest |epoch ms| a Date holds (ECMAScript TimeClip); beyond it a Date is invalid. */
const MAX_DATE_MS = 8.64e15;
/**
 * A dictionary page of a DATE or TIMESTAMP column as epoch milliseconds (what its Dates would hold,
 * truncated as plainTimestamps truncates), or null when one would be an invalid Date: such a
 * dictionary is read as Dates, each invalid one its own value.
 */
function plainTimes(b, count, col) {
    if ((col.kind === 'date' ? 4 : 8) * count > b.length)
        return null;
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const out = new Array(count);
    let bad = false;
    if (col.kind === 'date') {
        for (let i = 0; i < count; i++) {
            const t = view.getInt32(4 * i, true) * 86_400_000;
            bad ||= !(Math.abs(t) <= MAX_DATE_MS);
            out[i] = t;
        }
        return bad ? null : out;
    }
    for (let i = 0; i < count; i++) {
        const t = timestampMs(view, 8 * i, col.perMs);
        bad ||= !(Math.abs(t) <= MAX_DATE_MS);
        out[i] = t;
    }
    return bad ? null : out;
}
/** Epoch milliseconds (valid Dates) as Dates. */
function datesOf(ms) {
    return ms.map((t) => new Date(t));
}
/**
 * A V2 data page's levels and values, joined into one buffer reused page after page: a page is read
 * into cells or codes (which copy what they keep) before the next. Decompressed pages themselves
 * stay fresh arrays: fzstd given an output buffer measured 300 ms and ~17,000 page faults per MB
 * (it allocates per block then), against 5-16 ms allocating.
 */
let joinScratch = new Uint8Array(0);
function joinBuffer(size) {
    if (joinScratch.length < size)
        joinScratch = new Uint8Array(Math.max(size, 2 * joinScratch.length));
    return joinScratch.subarray(0, size);
}
/**
 * Decodes one flat column chunk (all pages of a row group) into `rows` cells, or throws NotFast.
 * `bytes` holds the column chunk from its first page. A chunk whose every data page is
 * dictionary-encoded comes back encoded (DictionaryChunk); one that falls back to PLAIN pages part
 * way (a writer's dictionary grew too large) comes back as cells. `merger` encodes the dictionary
 * (its previous encoding is replaced). `decompress` inflates pages (parquet-codecs.ts). `codeBuffer`,
 * when long enough, receives the codes.
 */
function readFlatChunk(bytes, codec, rows, col, merger, decompress, codeBuffer) {
    let out = null;
    let dict = null;
    /** While every data page so far used the dictionary: per row, the merged dictionary id (-1 null). */
    let codes = null;
    /** Dictionary index -> merged id (null: the identity, no duplicates), and the merged dictionary. */
    let merged = null;
    let mergedValues = [];
    /** Whether `dict` and `mergedValues` hold epoch ms for Dates (plainTimes) rather than cells. */
    let timesDict = false;
    /** The rows read so far become cells: from here on the chunk is read into `out`. */
    const leaveCodes = () => {
        out = codesToCells(codes, timesDict ? datesOf(mergedValues) : mergedValues, row, rows);
        codes = null;
        if (timesDict)
            dict = datesOf(dict);
        timesDict = false;
    };
    let row = 0;
    let pos = 0;
    let defs = new Uint8Array(0);
    let idx = new Int32Array(0);
    while (row < rows) {
        if (pos >= bytes.length)
            throw new Error('column chunk ends early');
        const t = new Thrift(bytes, pos);
        const h = t.struct();
        pos = t.pos;
        const type = h[1];
        const usize = h[2];
        const csize = h[3];
        const body = bytes.subarray(pos, pos + csize);
        pos += csize;
        if (type === 2) {
            const dh = h[7];
            if (!dh || (dh[2] !== 0 && dh[2] !== 2))
                throw new NotFast();
            // A later dictionary (a writer that started over): the rows so far become cells first.
            if (codes && row > 0)
                leaveCodes();
            const values = decompress(codec, body, usize);
            const ms = row === 0 && (col.kind === 'ts' || col.kind === 'date') ? plainTimes(values, dh[1], col) : null;
            timesDict = ms !== null;
            dict = ms ?? readPlainCells(values, 0, dh[1], col).cells;
            if (row > 0) {
                if (codes)
                    leaveCodes();
                continue;
            }
            // Merge duplicates under the batch dictionaries' identity; booleans, bigints and invalid
            // Dates stay cells (the profiler treats those apart). Milliseconds merge by value, as their
            // Dates would by epoch ms (TIMESTAMP_NANOS values a millisecond apart or less are one).
            // Numbers already distinct need no merging (the usual case: a writer's dictionary of
            // integers or timestamps; hashing each entry was ~60 ms of flights-3m).
            if (distinctNumbers(dict)) {
                merged = null;
                mergedValues = dict;
            }
            else {
                merger.encode(dict, dict.length);
                if (merger.hasOthers)
                    continue;
                const ids = merger.codes;
                let identity = merger.size === dict.length;
                for (let k = 0; identity && k < dict.length; k++)
                    identity = ids[k] === k;
                merged = identity ? null : ids.slice(0, dict.length);
                mergedValues = identity ? dict : merger.values.slice();
            }
            // A reused buffer holds the previous chunk's codes: every row's code is written below.
            codes = codeBuffer && codeBuffer.length >= rows ? codeBuffer.subarray(0, rows) : new Int32Array(rows);
            continue;
        }
        let page;
        let off = 0;
        let n;
        let encoding;
        let defEnd;
        if (type === 0) {
            const dh = h[5];
            n = dh[1];
            encoding = dh[2];
            page = decompress(codec, body, usize);
            if (col.optional) {
                if (dh[3] !== 3)
                    throw new NotFast();
                const len = page[0] | (page[1] << 8) | (page[2] << 16) | (page[3] << 24);
                off = 4;
                defEnd = off + len;
            }
            else
                defEnd = 0;
        }
        else if (type === 3) {
            const dh = h[8];
            n = dh[1];
            encoding = dh[4];
            const defLen = dh[5] ?? 0;
            const repLen = dh[6] ?? 0;
            if (repLen !== 0)
                throw new NotFast();
            const levels = body.subarray(0, defLen);
            const compressed = dh[7] !== false;
            const values = compressed ? decompress(codec, body.subarray(defLen), usize - defLen) : body.subarray(defLen);
            page = joinBuffer(defLen + values.length);
            page.set(levels, 0);
            page.set(values, defLen);
            defEnd = defLen;
        }
        else if (type === 1)
            continue;
        else
            throw new NotFast();
        if (row + n > rows)
            throw new Error('more values than rows');
        let nonNull = n;
        if (col.optional) {
            if (defs.length < n)
                defs = new Uint8Array(n);
            readHybrid(page, off, defEnd, 1, defs, n);
            nonNull = countOnes(defs, n);
        }
        const dense = !col.optional || nonNull === n;
        if (encoding === 2 || encoding === 8) {
            if (!dict)
                throw new Error('dictionary-encoded page without a dictionary');
            const bitWidth = defEnd < page.length ? page[defEnd] : 0;
            if (codes && dense) {
                // The usual case: indices straight into the chunk's codes.
                if (n > 0)
                    readIndices(page, defEnd + 1, page.length, bitWidth, codes, row, n, dict.length);
                if (merged)
                    remap(codes, row, n, merged);
            }
            else {
                if (idx.length < nonNull)
                    idx = new Int32Array(nonNull);
                if (nonNull > 0)
                    readIndices(page, defEnd + 1, page.length, bitWidth, idx, 0, nonNull, dict.length);
                if (codes)
                    scatter(codes, row, n, defs, idx, merged ?? IDENTITY(dict.length));
                else {
                    out ??= new Array(rows);
                    if (dense)
                        for (let i = 0; i < n; i++)
                            out[row + i] = dict[idx[i]];
                    else {
                        let v = 0;
                        for (let i = 0; i < n; i++)
                            out[row + i] = defs[i] ? dict[idx[v++]] : null;
                    }
                }
            }
        }
        else if (encoding === 0) {
            if (codes)
                leaveCodes();
            out ??= new Array(rows);
            const vals = readPlainCells(page, defEnd, nonNull, col).cells;
            if (dense)
                for (let i = 0; i < n; i++)
                    out[row + i] = vals[i];
            else {
                let v = 0;
                for (let i = 0; i < n; i++)
                    out[row + i] = defs[i] ? vals[v++] : null;
            }
        }
        else
            throw new NotFast();
        row += n;
    }
    if (codes)
        return new DictionaryChunk(mergedValues, codes, timesDict);
    return out ?? new Array(rows).fill(null);
}
let sortScratch = new Float64Array(0);
/**
 * Whether `values` are numbers, none NaN, each once (-0 and 0 count as one): then a dictionary's
 * indices are already its merged ids. A sorted copy compared neighbour to neighbour: ~1 ms for
 * 20,000 entries, a fifth of hashing them.
 */
function distinctNumbers(values) {
    const n = values.length;
    if (sortScratch.length < n)
        sortScratch = new Float64Array(Math.max(n, 2 * sortScratch.length));
    const sorted = sortScratch.subarray(0, n);
    // Rows in time order (the usual log or event table) give a timestamp dictionary already ascending.
    let ascending = true;
    let previous = -Infinity;
    for (let i = 0; i < n; i++) {
        const v = values[i];
        if (typeof v !== 'number' || v !== v)
            return false;
        sorted[i] = v;
        ascending &&= v > previous;
        previous = v;
    }
    if (ascending)
        return true;
    sorted.sort();
    for (let i = 1; i < n; i++)
        if (sorted[i] === sorted[i - 1])
            return false;
    return true;
}
/** The identity map [0, n) (a dictionary without duplicates), kept for the largest n asked. */
let identityMap = new Int32Array(0);
function IDENTITY(n) {
    if (identityMap.length < n) {
        identityMap = new Int32Array(Math.max(n, 2 * identityMap.length));
        for (let i = 0; i < identityMap.length; i++)
            identityMap[i] = i;
    }
    return identityMap;
}


/***/ })

};
