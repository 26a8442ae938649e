/**
 * The Parquet reader decompresses ZSTD pages into one reused buffer, and only when the frame header
 * declares exactly the page's size (parquet.ts, decompress). These frames are built by hand after
 * RFC 8878 (raw blocks), so the header fields are known without a compressor.
 */
import { describe, expect, it } from 'vitest';
import { decompressZstd } from 'hyparquet-compressors';
import { zstdContentSize } from '../../shared/data/parquet.js';

/** A ZSTD frame holding `data` as one raw block; `fcs` is the content-size field width (0 = none). */
function rawFrame(data: Uint8Array, fcs: 0 | 1 | 2 | 4 | 8, options: { single?: boolean; dictId?: number } = {}): Uint8Array {
  const single = options.single ?? fcs === 1;
  const fcsFlag = fcs === 8 ? 3 : fcs === 4 ? 2 : fcs === 2 ? 1 : 0;
  if (fcs === 1 && !single) throw new Error('a 1-byte size field needs single segment');
  const didBytes = options.dictId === undefined ? 0 : 1;
  const out: number[] = [0x28, 0xb5, 0x2f, 0xfd, (fcsFlag << 6) | ((single ? 1 : 0) << 5) | didBytes];
  if (!single) out.push(0x00); // window descriptor: 1 KB, enough for the tests' blocks
  if (didBytes) out.push(options.dictId!);
  let size = fcs === 2 ? data.length - 256 : data.length;
  for (let k = 0; k < fcs; k++) {
    out.push(size % 256);
    size = Math.floor(size / 256);
  }
  const header = (data.length << 3) | 1; // last block, raw
  out.push(header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff, ...data);
  return Uint8Array.from(out);
}

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff);

describe('zstdContentSize', () => {
  it('reads the declared size for every size-field width', () => {
    expect(zstdContentSize(rawFrame(bytes(200), 1))).toBe(200);
    expect(zstdContentSize(rawFrame(bytes(300), 2))).toBe(300);
    expect(zstdContentSize(rawFrame(bytes(700), 4))).toBe(700);
    expect(zstdContentSize(rawFrame(bytes(900), 8))).toBe(900);
    expect(zstdContentSize(rawFrame(bytes(500), 4, { dictId: 9 }))).toBe(500);
  });
  it('is -1 when the frame declares no size, or is no ZSTD frame', () => {
    expect(zstdContentSize(rawFrame(bytes(100), 0))).toBe(-1);
    expect(zstdContentSize(Uint8Array.from([1, 2, 3, 4, 5, 6, 7]))).toBe(-1);
    expect(zstdContentSize(new Uint8Array(0))).toBe(-1);
  });
  it('agrees with fzstd, which the reader then lets write into its buffer', () => {
    const data = bytes(700);
    const frame = rawFrame(data, 4);
    const into = new Uint8Array(4096).fill(0xee).subarray(0, zstdContentSize(frame));
    expect(decompressZstd(frame, into)).toEqual(data);
    expect(decompressZstd(frame)).toEqual(data);
  });
  it('keeps a page of several frames off the buffer: its first frame declares less than the page', () => {
    const two = Uint8Array.from([...rawFrame(bytes(300), 4), ...rawFrame(bytes(300), 4)]);
    expect(decompressZstd(two).length).toBe(600);
    expect(zstdContentSize(two)).toBe(300);
    // Given a buffer, fzstd cannot join frames (it fails), which is why the reader does not give it one here.
    expect(() => decompressZstd(two, new Uint8Array(600))).toThrow();
  });
});
