/**
 * Extracting an artifact's zip archive (what the Forge's `downloadArtifact` returns) without
 * trusting it: entries are read from the central directory (APPNOTE.TXT 4.3.12), only stored (0)
 * and deflated (8) entries are accepted, names must stay inside the destination (no absolute paths,
 * no `..`), and the total uncompressed size is capped before and while inflating (a zip bomb stops
 * at the cap, not at the disk's end).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, normalize, resolve, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../runtime/errors.js';

export interface ExtractZipOptions {
  /** Total uncompressed bytes allowed. */
  maxBytes: number;
  /** Names the archive is called in messages. */
  name?: string;
}

export async function extractZip(zip: Uint8Array, destination: string, options: ExtractZipOptions): Promise<string[]> {
  const b = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const what = options.name ?? 'artifact zip';
  const bad = (m: string) => new InputError(`${what}: ${m}`);
  // End of central directory: the last 0x06054b50 within the final 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('not a zip archive (no end of central directory)');
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const root = resolve(destination);
  const written: string[] = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50) throw bad('corrupt central directory');
    const method = b.readUInt16LE(p + 10);
    const compressed = b.readUInt32LE(p + 20);
    const size = b.readUInt32LE(p + 24);
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    const name = b.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    if (isAbsolute(name) || /^[A-Za-z]:/.test(name) || normalize(name).split(/[\\/]/).includes('..')) throw bad(`entry ${JSON.stringify(name)} would land outside the destination`);
    const target = resolve(root, name);
    if (!target.startsWith(root + sep)) throw bad(`entry ${JSON.stringify(name)} would land outside the destination`);
    total += size;
    if (total > options.maxBytes) throw bad(`uncompressed size exceeds ${options.maxBytes} bytes`);
    if (local + 30 > b.length || b.readUInt32LE(local) !== 0x04034b50) throw bad(`corrupt local header for ${JSON.stringify(name)}`);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const raw = b.subarray(start, start + compressed);
    let data: Buffer;
    if (method === 0) data = raw;
    else if (method === 8) data = inflateRawSync(raw, { maxOutputLength: Math.max(1, options.maxBytes - (total - size)) });
    else throw bad(`entry ${JSON.stringify(name)} uses compression method ${method}; only stored and deflate are supported`);
    if (data.length !== size) throw bad(`entry ${JSON.stringify(name)} is ${data.length} bytes, its header says ${size}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, data);
    written.push(name);
  }
  return written;
}
