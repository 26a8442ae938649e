/**
 * Page decoders (parquet-codecs.ts): ZSTD through Node's own decoder where it exists, else zstddec
 * (WebAssembly) for a file with enough ZSTD data and fzstd for one with little, each checked against
 * fzstd on the same frame; the global fetch that zstddec would
 * otherwise use is left as it was; sizes that do not match the page header are refused.
 */
import * as zlib from 'node:zlib';
import { compressors as library } from 'hyparquet-compressors';
import { describe, expect, it } from 'vitest';
import { pageCodecs, WASM_ZSTD_MIN_BYTES, type ChunkCodec } from '../../shared/data/parquet-codecs.js';

/** 'mlops-actions page ' × 50, then bytes 0..255, compressed by the zstd CLI (v1.5, -19): 296 bytes. */
const FRAME = Buffer.from(
  'KLUv/QRo3QgANBFtbG9wcy1hY3Rpb25zIHBhZ2UgAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6e3x9fn+AgYKDhIWGh4iJiouMjY6PkJGSk5SVlpeYmZqbnJ2en6ChoqOkpaanqKmqq6ytrq+wsbKztLW2t7i5uru8vb6/wMHCw8TFxsfIycrLzM3Oz9DR0tPU1dbX2Nna29zd3t/g4eLj5OXm5+jp6uvs7e7v8PHy8/T19vf4+fr7/P3+/wEAQVs1w9CLG84=',
  'base64',
);
const PLAIN = Buffer.concat([Buffer.from('mlops-actions page '.repeat(50)), Buffer.from(Array.from({ length: 256 }, (_, i) => i))]);

/** Column chunks of `codec`, `count` of them with these compressed and uncompressed sizes. */
const chunks = (codec: string, compressedBytes = 2 * WASM_ZSTD_MIN_BYTES, uncompressedBytes = 3 * WASM_ZSTD_MIN_BYTES, count = 1): ChunkCodec[] =>
  Array.from({ length: count }, () => ({ codec, compressedBytes, uncompressedBytes }));
const native = typeof (zlib as { zstdDecompressSync?: unknown }).zstdDecompressSync === 'function';

describe('pageCodecs', () => {
  it('decodes ZSTD to the same bytes as fzstd, and leaves the global fetch as it was', async () => {
    const fetchBefore = globalThis.fetch;
    const { decompress, compressors } = await pageCodecs([...chunks('ZSTD'), ...chunks('UNCOMPRESSED')]);
    expect(globalThis.fetch).toBe(fetchBefore);
    const out = decompress('ZSTD', new Uint8Array(FRAME), PLAIN.length);
    expect(Buffer.from(out).equals(PLAIN)).toBe(true);
    expect(Buffer.from(library.ZSTD!(new Uint8Array(FRAME), PLAIN.length)).equals(PLAIN)).toBe(true);
    // hyparquet's reader gets the same decoder.
    expect(Buffer.from(compressors.ZSTD!(new Uint8Array(FRAME), PLAIN.length)).equals(PLAIN)).toBe(true);
  });

  it('decodes a file with little ZSTD data with fzstd where Node has no zstd of its own (compiling the WebAssembly would cost more)', async () => {
    const small = await pageCodecs(chunks('ZSTD', (WASM_ZSTD_MIN_BYTES - 2) / 2, WASM_ZSTD_MIN_BYTES, 2));
    if (!native) expect(small.compressors.ZSTD).toBe(library.ZSTD);
    expect(Buffer.from(small.decompress('ZSTD', new Uint8Array(FRAME), PLAIN.length)).equals(PLAIN)).toBe(true);
    const large = await pageCodecs(chunks('ZSTD', WASM_ZSTD_MIN_BYTES / 2, WASM_ZSTD_MIN_BYTES, 2));
    expect(large.compressors.ZSTD).not.toBe(library.ZSTD);
  });

  it('refuses a page whose declared size is not what it inflates to', async () => {
    const { decompress } = await pageCodecs(chunks('ZSTD'));
    expect(() => decompress('ZSTD', new Uint8Array(FRAME), PLAIN.length - 1)).toThrow();
    expect(() => decompress('ZSTD', new Uint8Array(FRAME), PLAIN.length + 1)).toThrow();
    expect(() => decompress('ZSTD', new Uint8Array(FRAME.subarray(0, 100)), PLAIN.length)).toThrow();
  });

  it('refuses a page declaring up to 2^31 - 1 bytes (a damaged header), and decodes the next page as before', async () => {
    // zstddec would decode such a page into its own data after a failed allocation (parquet-codecs.ts).
    const { decompress } = await pageCodecs(chunks('ZSTD'));
    for (const size of [2 ** 31 - 1, 2 ** 30, 256 * 2 ** 20]) {
      // Node's decoder inflates the frame and reports its true size; zstddec's wrapper refuses it unread.
      const why = native ? `decompressed page is ${PLAIN.length} bytes, expected ${size}` : `a ZSTD page declares ${size} bytes, more than its column chunk holds`;
      expect(() => decompress('ZSTD', new Uint8Array(FRAME), size), String(size)).toThrow(why);
      expect(Buffer.from(decompress('ZSTD', new Uint8Array(FRAME), PLAIN.length)).equals(PLAIN)).toBe(true);
    }
  });

  it('gives pages past zstddec\'s bound to fzstd when the chunk metadata says a chunk is that large', async () => {
    const { decompress } = await pageCodecs(chunks('ZSTD', 2 ** 20, 300 * 2 ** 20));
    // fzstd decoded it: the frame's true size.
    expect(() => decompress('ZSTD', new Uint8Array(FRAME), 2 ** 30)).toThrow(`decompressed page is ${PLAIN.length} bytes, expected ${2 ** 30}`);
    expect(Buffer.from(decompress('ZSTD', new Uint8Array(FRAME), PLAIN.length)).equals(PLAIN)).toBe(true);
  });

  it('passes uncompressed pages through, loads the library for other codecs, and names a codec it has no decoder for', async () => {
    const { decompress, compressors } = await pageCodecs([...chunks('SNAPPY'), ...chunks('GZIP')]);
    const bytes = new Uint8Array([1, 2, 3]);
    expect(decompress('UNCOMPRESSED', bytes, 3)).toBe(bytes);
    expect(compressors.SNAPPY).toBe(library.SNAPPY);
    expect(compressors.GZIP).toBe(library.GZIP);
    const zstdOnly = await pageCodecs(chunks('ZSTD'));
    expect(() => zstdOnly.decompress('LZO', bytes, 3)).toThrow(/no decoder for LZO/);
  });
});
