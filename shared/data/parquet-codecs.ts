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
import * as zlib from 'node:zlib';
import type { Compressors } from 'hyparquet';

type Decompress = (input: Uint8Array, outputLength: number) => Uint8Array;

/** Decompresses one page to exactly `size` bytes, or throws (the caller falls back to hyparquet). */
export type PageDecompress = (codec: string, bytes: Uint8Array, size: number) => Uint8Array;

export interface PageCodecs {
  decompress: PageDecompress;
  /** The same decoders in hyparquet's shape, for its reader (columns the fast path does not take). */
  compressors: Compressors;
}

const zstdNative = (zlib as { zstdDecompressSync?: (input: Uint8Array, options: { maxOutputLength: number }) => Uint8Array }).zstdDecompressSync;

/** A page that inflates past its declared size throws here (RangeError from Node). */
function nativeZstd(input: Uint8Array, outputLength: number): Uint8Array {
  return zstdNative!(input, { maxOutputLength: Math.max(1, outputLength) });
}

/**
 * Below this many bytes of ZSTD pages fzstd decodes: V8 compiling zstddec's module costs ~0.1 s of
 * CPU and ~14 MB of peak RSS per process (a 1,000-row file: 0.49-0.59 CPU s with fzstd, 0.61-0.67
 * with zstddec), which fzstd's slower decoding (~10-25 ms a MB against ~4) wins back only past a
 * MB or so (a 1.4 MB file: about even).
 */
export const WASM_ZSTD_MIN_BYTES = 1 << 20;

/**
 * Pages whose compressed and declared sizes add up to more than this do not go to zstddec: it
 * allocates both in its own memory (at most 2 GiB) and does not check the allocation, and past
 * that limit decodes into address 0, over the module's own data. Writers aim at pages of ~1 MB; a
 * file whose chunk metadata says a ZSTD chunk is this large gets fzstd for such pages, and any
 * other page declaring this much (a damaged header: up to 2^31 - 1 bytes) is refused.
 */
const WASM_MAX_PAGE_BYTES = 256 * 2 ** 20;

type WasmDecoder = { decode(input: Uint8Array, outputLength: number): Uint8Array };
let wasmZstd: Promise<WasmDecoder | undefined> | undefined;

/** zstddec, instantiated once per process; undefined when WebAssembly cannot run here. */
function loadWasmZstd(): Promise<WasmDecoder | undefined> {
  wasmZstd ??= (async () => {
    try {
      const { ZSTDDecoder } = await import('zstddec');
      const decoder = new ZSTDDecoder();
      // zstddec loads its inline module through fetch() of a data: URL when fetch exists; on Node 20
      // that first loads undici (init measured 78-85 ms). Without fetch it instantiates from a Buffer
      // (4 ms). fetch is hidden only for init()'s synchronous part, and put back before anything else runs.
      const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
      let ready: Promise<void>;
      if (fetchProperty?.configurable) {
        Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
        try {
          ready = decoder.init();
        } finally {
          Object.defineProperty(globalThis, 'fetch', fetchProperty);
        }
      } else {
        ready = decoder.init();
      }
      await ready;
      return decoder;
    } catch {
      return undefined;
    }
  })();
  return wasmZstd;
}

/** zstddec for pages within WASM_MAX_PAGE_BYTES; larger ones to `large`, or refused without it. */
function wasmPages(decoder: WasmDecoder, large: Decompress | undefined): Decompress {
  return (input, outputLength) => {
    if (outputLength === 0) return new Uint8Array(0);
    if (input.length + outputLength <= WASM_MAX_PAGE_BYTES) return decoder.decode(input, outputLength);
    if (large) return large(input, outputLength);
    throw new Error(`a ZSTD page declares ${outputLength} bytes, more than its column chunk holds`);
  };
}

let library: Promise<Compressors> | undefined;

function loadLibrary(): Promise<Compressors> {
  library ??= import('hyparquet-compressors').then((m) => m.compressors as Compressors);
  return library;
}

/** What the decoders are chosen by: one column chunk's codec and sizes (its metadata). */
export interface ChunkCodec {
  codec: string;
  compressedBytes: number;
  uncompressedBytes: number;
}

/** Decoders for the codecs of `chunks` (a file's column chunks); their sizes pick the ZSTD decoder. */
export async function pageCodecs(chunks: readonly ChunkCodec[]): Promise<PageCodecs> {
  const wanted = new Set(chunks.map((c) => c.codec));
  wanted.delete('UNCOMPRESSED');
  const zstdChunks = chunks.filter((c) => c.codec === 'ZSTD');
  const zstdBytes = zstdChunks.reduce((sum, c) => sum + c.compressedBytes, 0);
  const largeChunk = zstdChunks.some((c) => c.compressedBytes + c.uncompressedBytes > WASM_MAX_PAGE_BYTES);
  let zstd: Decompress | undefined;
  if (wanted.has('ZSTD')) {
    if (zstdNative !== undefined) zstd = nativeZstd;
    else if (zstdBytes >= WASM_ZSTD_MIN_BYTES) {
      const decoder = await loadWasmZstd();
      if (decoder) zstd = wasmPages(decoder, largeChunk ? (await loadLibrary()).ZSTD : undefined);
    }
  }
  const needLibrary = [...wanted].some((c) => c !== 'ZSTD') || (wanted.has('ZSTD') && zstd === undefined);
  const compressors: Compressors = needLibrary ? { ...(await loadLibrary()) } : {};
  if (zstd !== undefined) compressors.ZSTD = zstd;
  const decompress: PageDecompress = (codec, bytes, size) => {
    if (codec === 'UNCOMPRESSED') return bytes;
    const fn = compressors[codec as keyof Compressors];
    if (!fn) throw new Error(`no decoder for ${codec}`);
    const out = fn(bytes, size);
    if (out.length !== size) throw new Error(`decompressed page is ${out.length} bytes, expected ${size}`);
    return out;
  };
  return { decompress, compressors };
}
