/**
 * A text file read in chunks for the CSV reader: 1 MB reads (gunzipped for .gz), checked as UTF-8
 * once per chunk (isAscii, else isUtf8: both simdutf), the first bad byte located only when that
 * fails and reported at its line and column.
 */
import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { isAscii, isUtf8 } from 'node:buffer';
import { InputError, UsageError } from '../runtime/errors.js';
import { CR, LF } from './csv-options.js';
import { DEFAULT_CHUNK_SIZE, type TextReadOptions } from './csv-options.js';

/** Thrown by textChunks after the valid text before a bad byte has been yielded. */
export class InvalidUtf8 extends Error {
  constructor(readonly byte: number) {
    super(`invalid UTF-8 byte 0x${byte.toString(16).padStart(2, '0')}`);
  }
}

async function* rawChunks(file: string, options: TextReadOptions): AsyncGenerator<Uint8Array> {
  const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (options.gzip && (options.start !== undefined || options.end !== undefined)) {
    throw new UsageError('a byte range of a gzip file cannot be read', { hint: 'read the whole .gz file' });
  }
  if (options.gzip) {
    const stream = createReadStream(file, { highWaterMark: Math.max(size, 64) }).pipe(
      createGunzip({ chunkSize: Math.max(size, 64) }),
    );
    try {
      for await (const chunk of stream) yield chunk as Buffer;
    } catch (e) {
      throw new InputError(`cannot decompress: ${(e as Error).message}`, {
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
      if (want <= 0) return;
      const { bytesRead } = await fh.read(buf, 0, want, pos);
      if (bytesRead === 0) return;
      pos += bytesRead;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

/** Length of the UTF-8 sequence a lead byte starts (0: not a valid lead byte). */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** Index of the first byte that does not start a valid sequence (slow; only after isUtf8 failed). */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const len = sequenceLength(bytes[i]);
    if (len === 0 || i + len > bytes.length || !isUtf8(bytes.subarray(i, i + len))) return i;
    i += len;
  }
  return bytes.length;
}

/**
 * The file as a stream of JS strings, one per read, each cut at a character boundary, validated as
 * UTF-8 (BOM stripped). On a bad byte it yields the valid text before it, then throws InvalidUtf8,
 * so the caller can say where the bad byte is in its own terms (line and column).
 */
export async function* textChunks(file: string, options: TextReadOptions = {}): AsyncGenerator<string> {
  let carry: Buffer | null = null;
  // Only the file's first bytes can be a byte order mark.
  let first = (options.start ?? 0) === 0;
  for await (const raw of rawChunks(file, options)) {
    let bytes: Buffer = carry ? Buffer.concat([carry, raw]) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    carry = null;
    // Keep an incomplete multi-byte character for the next chunk.
    const cut = characterCut(bytes);
    if (cut < bytes.length) {
      carry = Buffer.from(bytes.subarray(cut)); // copy: `raw` is reused for the next read
      bytes = bytes.subarray(0, cut);
    }
    let text: string;
    if (isAscii(bytes)) text = bytes.toString('latin1');
    else if (isUtf8(bytes)) text = bytes.toString('utf8');
    else {
      const bad = firstInvalidUtf8(bytes);
      let prefix = bytes.toString('utf8', 0, bad);
      if (first && prefix.charCodeAt(0) === 0xfeff) prefix = prefix.slice(1);
      if (prefix.length > 0) yield prefix;
      throw new InvalidUtf8(bytes[bad]);
    }
    // (Only once there is text: with reads of 1-2 bytes the BOM's first chunks are empty.)
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length > 0) yield text;
  }
  if (carry) throw new InvalidUtf8(carry[0]); // the file ends inside a character
}

/** Where to cut `bytes` so that an incomplete multi-byte character at its end is left over. */
function characterCut(bytes: Uint8Array): number {
  let cut = bytes.length;
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k];
    if ((b & 0xc0) === 0x80) continue;
    if (b >= 0xc0 && sequenceLength(b) > k) cut = bytes.length - k;
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
export async function* byteChunks(file: string, options: TextReadOptions): AsyncGenerator<{ bytes: Buffer; ascii: boolean }> {
  let carry: Buffer | null = null;
  for await (const raw of rawChunks(file, options)) {
    let bytes: Buffer = carry ? Buffer.concat([carry, raw]) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    carry = null;
    const cut = characterCut(bytes);
    if (cut < bytes.length) {
      carry = Buffer.from(bytes.subarray(cut));
      bytes = bytes.subarray(0, cut);
    }
    const ascii = isAscii(bytes);
    if (!ascii && !isUtf8(bytes)) {
      const bad = firstInvalidUtf8(bytes);
      if (bad > 0) yield { bytes: bytes.subarray(0, bad), ascii: false };
      throw new InvalidUtf8(bytes[bad]);
    }
    if (bytes.length > 0) yield { bytes, ascii };
  }
  if (carry) throw new InvalidUtf8(carry[0]);
}

/** Where the end of `text` is, given that `text` starts at the beginning of line `line`. */
export function endOfText(text: string, line: number): { line: number; column: number } {
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

export function invalidUtf8Error(file: string, e: InvalidUtf8, where: { line: number; column: number }): InputError {
  return new InputError(`${e.message}: the file is not valid UTF-8`, {
    location: { file, line: where.line, column: where.column },
    hint: 'save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)',
  });
}
