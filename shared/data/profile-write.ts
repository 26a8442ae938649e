/**
 * Writes a profile file: the same JSON as JSON.stringify(profile, null, 2) (what JSON.parse reads
 * back is identical), except that an array of numbers or strings is written on one line, and so is
 * each row of an array of such arrays (KLL levels, frequent-items pairs).
 *
 * Why: sketch states are long arrays of numbers, and two-space indentation put each number on a
 * line of its own, ~14 spaces deep: half of a 10,000-column profile (115 of 55 MB) was indentation.
 * The file is written column by column through a temp file, so neither the whole text nor its bytes
 * are held at once (one string of a wide table's profile was another ~100 MB, and its bytes a copy).
 */
import { mkdir, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { commitTempFile, outputTempPath, outputWriteError, resolveOutputTarget } from '../runtime/atomic-write.js';
import { removeOnInterrupt } from '../runtime/signal-cleanup.js';
import type { Profile } from '../formats/profile-format.js';

function isScalar(v: unknown): boolean {
  return v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
}

function isScalarArray(v: unknown): v is unknown[] {
  return Array.isArray(v) && v.every(isScalar);
}

/** `value` as JSON indented by two spaces from `indent`, scalar arrays on one line. */
export function profileJsonText(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (isScalarArray(value)) return JSON.stringify(value);
    return `[\n${value.map((v) => `${inner}${isScalarArray(v) ? JSON.stringify(v) : profileJsonText(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  const parts: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    parts.push(`${inner}${JSON.stringify(k)}: ${profileJsonText(v, inner)}`);
  }
  return parts.length === 0 ? '{}' : `{\n${parts.join(',\n')}\n${indent}}`;
}

/** The profile's JSON text in pieces (one per column), with a trailing newline. */
export function* profileJsonPieces(profile: Profile): Generator<string> {
  const { columns, ...top } = profile;
  const head = profileJsonText(top);
  // The top-level fields, then "columns" last (where JSON.stringify puts it too: it is the last key).
  const keys = Object.keys(profile);
  if (keys[keys.length - 1] !== 'columns') {
    yield `${profileJsonText(profile)}\n`;
    return;
  }
  yield `${head.slice(0, -2)},\n  "columns": {`;
  let first = true;
  for (const [name, column] of Object.entries(columns)) {
    yield `${first ? '' : ','}\n    ${JSON.stringify(name)}: ${profileJsonText(column, '    ')}`;
    first = false;
  }
  yield first ? '}\n}\n' : '\n  }\n}\n';
}

/**
 * Writes the profile to `path` as every output is written (shared/runtime/atomic-write.ts): a temp
 * file beside the file links lead to, renamed over it; a device or FIFO gets the bytes in place.
 */
export async function writeProfileFile(path: string, profile: Profile): Promise<void> {
  let tmp: string;
  try {
    const target = await resolveOutputTarget(path);
    const dir = target.kind === 'device' ? tmpdir() : dirname(target.path);
    if (target.kind !== 'device' && !target.viaLink) await mkdir(dir, { recursive: true });
    tmp = outputTempPath(join(dir, basename(target.path)));
  } catch (e) {
    throw outputWriteError(path, e);
  }
  const release = removeOnInterrupt(tmp);
  try {
    try {
      const fh = await open(tmp, 'wx');
      try {
        let buf = '';
        for (const piece of profileJsonPieces(profile)) {
          buf += piece;
          if (buf.length >= 1 << 20) {
            await fh.write(buf);
            buf = '';
          }
        }
        await fh.write(buf);
        await fh.sync();
      } finally {
        await fh.close();
      }
    } catch (e) {
      throw outputWriteError(path, e);
    }
    await commitTempFile(tmp, path);
  } finally {
    await rm(tmp, { force: true });
    release();
  }
}
