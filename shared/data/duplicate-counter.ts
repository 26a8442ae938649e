/**
 * Exact duplicate detection with bounded memory, for the contract's `unique` rules: keys are counted
 * in memory up to a limit, then hashed into partitions spilled to disk and counted one partition at
 * a time, so a key seen twice is found however many distinct keys the file holds.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from './cell-value.js';
import { MAX_SAMPLES, type UniqueKeyRecorder, sampleText } from './findings.js';

export type Key = string | number | boolean;

export function keyText(k: Key): string {
  return typeof k === 'string' ? k : String(k);
}

/** FNV-1a over UTF-16 code units. */
function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const PARTITIONS = 64;

/**
 * Counts rows whose key occurs more than once. In memory: key -> first line, negated once the key
 * has been counted as duplicated. Past `limit` keys, every key goes to a hash partition file as
 * `kind\tline\tjson(key)` (kind S: seen once before the spill, D: already counted duplicate
 * before the spill, N: a row after the spill), and finish() aggregates each partition alone.
 */
export interface KeyCounter {
  failed: number;
  readonly samples: { line: number; value: string | null; first: number }[];
  add(key: Key, line: number, display: CellValue): void;
  finish(): void;
}

/** A shard's stand-in for DuplicateCounter: hands every key to the recorder, counts nothing. */
export class KeyForwarder implements KeyCounter {
  failed = 0;
  readonly samples: { line: number; value: string | null; first: number }[] = [];
  constructor(
    private readonly recorder: UniqueKeyRecorder,
    private readonly rule: number,
  ) {}
  add(key: Key, line: number, display: CellValue): void {
    this.recorder.record(this.rule, key, line, sampleText(display));
  }
  finish(): void {}
}

export class DuplicateCounter implements KeyCounter {
  failed = 0;
  /** First duplicates in file order: [line, value text, first line]. */
  readonly samples: { line: number; value: string | null; first: number }[] = [];
  private seen = new Map<Key, number>();
  private dir: string | undefined;
  private fds: number[] = [];
  private buffers: string[][] = [];
  private bufferedChars: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly tmpRoot: string,
  ) {}

  /** `display` is the cell shown in samples. */
  add(key: Key, line: number, display: CellValue): void {
    if (this.dir !== undefined) {
      this.write(key, `N\t${line}\t`);
      return;
    }
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, line);
      if (this.seen.size > this.limit) this.spill();
      return;
    }
    if (first > 0) {
      this.failed += 2;
      this.seen.set(key, -first);
    } else this.failed += 1;
    if (this.samples.length < MAX_SAMPLES) this.samples.push({ line, value: sampleText(display), first: Math.abs(first) });
  }

  private spill(): void {
    this.dir = mkdtempSync(join(this.tmpRoot, 'mlops-unique-'));
    for (let p = 0; p < PARTITIONS; p++) {
      this.fds.push(openSync(join(this.dir, `p${p}`), 'w'));
      this.buffers.push([]);
      this.bufferedChars.push(0);
    }
    for (const [key, first] of this.seen) this.write(key, first > 0 ? `S\t${first}\t` : `D\t${-first}\t`);
    this.seen = new Map();
  }

  private write(key: Key, prefix: string): void {
    const text = keyText(key);
    const p = hashText(text) % PARTITIONS;
    const rec = `${prefix}${JSON.stringify(text)}\n`;
    this.buffers[p].push(rec);
    this.bufferedChars[p] += rec.length;
    if (this.bufferedChars[p] > 1 << 16) this.flush(p);
  }

  private flush(p: number): void {
    if (this.buffers[p].length === 0) return;
    writeSync(this.fds[p], this.buffers[p].join(''));
    this.buffers[p] = [];
    this.bufferedChars[p] = 0;
  }

  /** Completes the count (reads the partitions back when spilled) and removes temp files. */
  finish(): void {
    if (this.dir === undefined) {
      this.seen.clear();
      return;
    }
    try {
      const extra: { line: number; value: string | null; first: number }[] = [];
      for (let p = 0; p < PARTITIONS; p++) {
        this.flush(p);
        closeSync(this.fds[p]);
        const text = readFileSync(join(this.dir, `p${p}`), 'utf8');
        // key -> [kind of the pre-spill record or '', first line, rows after the spill]
        const groups = new Map<string, { pre: string; first: number; after: number[] }>();
        let start = 0;
        while (start < text.length) {
          const end = text.indexOf('\n', start);
          const t1 = text.indexOf('\t', start);
          const t2 = text.indexOf('\t', t1 + 1);
          const kind = text[start];
          const line = Number(text.slice(t1 + 1, t2));
          const key = JSON.parse(text.slice(t2 + 1, end)) as string;
          start = end + 1;
          let g = groups.get(key);
          if (!g) groups.set(key, (g = { pre: '', first: Infinity, after: [] }));
          if (kind === 'N') g.after.push(line);
          else {
            g.pre = kind;
            g.first = line;
          }
        }
        for (const [key, g] of groups) {
          if (g.after.length === 0) continue;
          let dups: number[];
          if (g.pre === 'D') {
            this.failed += g.after.length;
            dups = g.after;
          } else if (g.pre === 'S') {
            this.failed += g.after.length + 1;
            dups = g.after;
          } else {
            if (g.after.length < 2) continue;
            this.failed += g.after.length;
            g.first = g.after[0];
            dups = g.after.slice(1);
          }
          for (const line of dups) {
            extra.push({ line, value: sampleText(key), first: g.first });
            if (extra.length > 4 * MAX_SAMPLES) {
              extra.sort((a, b) => a.line - b.line);
              extra.length = MAX_SAMPLES;
            }
          }
        }
      }
      extra.sort((a, b) => a.line - b.line);
      for (const s of extra) {
        if (this.samples.length >= MAX_SAMPLES) break;
        this.samples.push(s);
      }
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
      this.dir = undefined;
    }
  }
}
