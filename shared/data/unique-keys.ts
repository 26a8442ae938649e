/**
 * The keys of a shard's unique rules, as a file next to its profile (`<profile>.keys-<part>.jsonl.gz`)
 * so that the fan-in can count duplicates across shards exactly.
 *
 * Uniqueness is the one contract rule a shard cannot tally alone: a value may repeat in another
 * shard. So a shard hands every key of every unique rule (the typed value the one-job run's
 * duplicate counter would see, its line and the sample text) to this file, and the fan-in feeds
 * the files of all shards, in data order, to one duplicate counter per rule (Validator.addUniqueKey):
 * the same counter, on the same keys, in the same order as the one-job run, so the counts and the
 * samples are the same. The cost is the shuffle any exact distributed duplicate check pays: the
 * key columns travel to the fan-in (gzip keeps a date or an id column to a few bytes a row).
 *
 * One JSON array per line, `[rule, kind, key, line, display]`: `kind` "n" (a number, written with
 * String() so NaN, ±Infinity and -0 survive), "s" (text) or "b" (boolean). Written as a series of
 * gzip members (each flush one member; gunzip reads them as one stream), synchronously, because
 * the validator calls record() from its inner loop.
 */
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, gzipSync } from 'node:zlib';
import { InputError } from '../runtime/errors.js';
import type { UniqueKey, UniqueKeyRecorder } from './findings.js';

const FLUSH_CHARS = 1 << 20;

/** Writes a shard's unique keys to `file` (created or truncated). */
export class UniqueKeyFile implements UniqueKeyRecorder {
  records = 0;
  private fd: number;
  private buffer: string[] = [];
  private chars = 0;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'w');
  }

  record(rule: number, key: UniqueKey, line: number, display: string | null): void {
    const kind = typeof key === 'number' ? 'n' : typeof key === 'boolean' ? 'b' : 's';
    const text = `${JSON.stringify([rule, kind, kind === 'n' ? String(key) : key, line, display])}\n`;
    this.buffer.push(text);
    this.chars += text.length;
    this.records++;
    if (this.chars >= FLUSH_CHARS) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, gzipSync(this.buffer.join('')));
    this.buffer = [];
    this.chars = 0;
  }

  /** Flushes and closes; an empty file (no keys) is still a valid, empty gzip stream. */
  close(): void {
    this.flush();
    if (this.records === 0) writeSync(this.fd, gzipSync(''));
    closeSync(this.fd);
  }
}

export interface UniqueKeyRecord {
  rule: number;
  key: UniqueKey;
  line: number;
  display: string | null;
}

/** Reads a unique-keys file back, in the order it was written; checks the record count. */
export async function* readUniqueKeys(file: string, expectedRecords: number): AsyncGenerator<UniqueKeyRecord> {
  const bad = (what: string, cause?: unknown) =>
    new InputError(`unique keys: ${what}`, { location: { file }, hint: 'upload the whole folder the shard job wrote its profile to (the profile and its .keys-*.jsonl.gz files)', cause });
  const input = createReadStream(file);
  const gunzip = createGunzip();
  let failure: unknown;
  input.on('error', (e) => {
    failure = e;
    gunzip.destroy(e);
  });
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const text of lines) {
      if (text === '') continue;
      let rec: unknown;
      try {
        rec = JSON.parse(text);
      } catch (e) {
        throw bad(`record ${n + 1} is not JSON`, e);
      }
      if (!Array.isArray(rec) || rec.length !== 5 || typeof rec[0] !== 'number' || typeof rec[3] !== 'number') throw bad(`record ${n + 1} is not [rule, kind, key, line, display]`);
      const [rule, kind, raw, line, display] = rec as [number, string, unknown, number, string | null];
      const key = kind === 'n' ? Number(raw) : kind === 'b' ? raw === true : String(raw);
      n++;
      yield { rule, key, line, display };
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw bad('file not found', e);
    if (e instanceof InputError) throw e;
    throw bad(`cannot read: ${(e as Error).message}`, e);
  }
  if (failure) throw bad(`cannot read: ${(failure as Error).message}`, failure);
  if (n !== expectedRecords) throw bad(`${n} records, but the shard recorded ${expectedRecords} (a truncated or replaced file)`);
}
