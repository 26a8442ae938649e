/**
 * validate-data on wide and long-valued tables (issue 13), as users run it: the bundled CLI in a
 * child process, peak RSS its own. The goal for the wide row: 10,000 columns x 10,000 rows in
 * <= 1 GB and <= 30 s (it was 50 s and 5.1 GB for 50 rows: ~400 KB per column before a row).
 * Decimals read from bytes without a string (csv-byte-column.ts decimalBytes, profile.ts
 * foldDecimal): 78.3 -> 64.4 CPU s for the wide row, same profile and report byte for byte (both
 * builds run back to back on a machine loaded ~15 deep, so CPU seconds only; 70.1 CPU s / 37.5 s
 * wall / 894 MB before on a quiet machine).
 * Per-batch costs of a wide table (104-row batches, so each column's sketches fold ~96 times): the
 * profiler folds 3 held batches column by column while the column's sketches are in cache
 * (profile.ts FOLD_GROUP_ROWS), a finite number is counted once per batch (not for moments/KLL and
 * frequent items apart), frequent items keep numbers unboxed, and the column-major
 * CSV path packs fields of up to 6 bytes into its short table and no longer decodes each batch
 * whole. Same profile and report byte for byte; old and new dist alternated, 2 runs each, machine
 * loaded by other work (load 3-5): 57.5-60.6 -> 47.4-49.1 CPU s (user+sys), 32.2-33.8 -> 25.4-27.4 s
 * wall, 866-869 -> 835-918 MB peak RSS; at load ~2.5-3, 3 runs each: 25.7-27.5 -> 21.5-23.3 s wall,
 * 48.3-51.7 -> 39.9-43.2 CPU s, 878-952 -> 896-931 MB. flights-3m-iso.csv unchanged: 2.1-2.5 CPU s
 * either way, same profile.
 *
 * Rows:
 *   wide     10,000 columns x 10,000 rows (545 MB): a third integers 0..999, a third decimals with
 *            two places, a third short words, every cell varying (seeded), profiled and validated
 *            against a contract that types a few columns and allows the rest.
 *   long     one 50 MB cell in a 3-row CSV: string statistics keep bounded prefixes plus a digest,
 *            so neither memory nor the profile grows with the value.
 *   header   a 16 MB header line (10,479 columns of 1,600-byte names): read in linear time.
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI, runCliChild } from './cli-child.js';
import { formatBenchRows } from './readers.js';
import { benchRow, type BenchRow } from './types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'bench/out');

/** Writes a file line by line through a temp name, unless it is already there. */
async function ensureFile(target: string, lines: () => Generator<string>): Promise<string> {
  if (existsSync(target)) return target;
  await mkdir(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  const out = await open(tmp, 'w');
  try {
    let buf = '';
    for (const line of lines()) {
      buf += line;
      if (buf.length >= 1 << 22) {
        await out.write(buf);
        buf = '';
      }
    }
    await out.write(buf);
  } finally {
    await out.close();
  }
  await rename(tmp, target);
  return target;
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu'];

/** columns x rows: column c is an integer (c % 3 = 0), a decimal (1) or a word (2). */
export function ensureWideCsv(columns = 10_000, rows = 10_000): Promise<string> {
  return ensureFile(join(OUT, `wide-${columns}x${rows}.csv`), function* () {
    yield `${Array.from({ length: columns }, (_, c) => `f${c}`).join(',')}\n`;
    let s = 0x9e3779b9;
    const next = (): number => {
      // xorshift32: fast, seeded, enough variety for the sketches
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      return s >>> 0;
    };
    const cells: string[] = new Array(columns);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const x = next();
        cells[c] = c % 3 === 0 ? String(x % 1000) : c % 3 === 1 ? ((x % 100_000) / 100).toFixed(2) : WORDS[x % WORDS.length]!;
      }
      yield `${cells.join(',')}\n`;
    }
  });
}

/** Three rows, the second holding one value of `mb` MB (letters, so the string path of the profile). */
export function ensureLongValueCsv(mb = 50): Promise<string> {
  return ensureFile(join(OUT, `long-value-${mb}mb.csv`), function* () {
    yield 'id,text\n1,short\n2,';
    const piece = 'abcdefghijklmnopqrstuvwxyz'.repeat(40_330); // ~1 MB
    for (let i = 0; i < mb; i++) yield piece;
    yield '\n3,tail\n';
  });
}

/** One header line of `mb` MB (column names of 1,600 bytes) and one data row. */
export function ensureLongHeaderCsv(mb = 16): Promise<string> {
  const cols = Math.floor((mb * 1024 * 1024) / 1601);
  return ensureFile(join(OUT, `long-header-${mb}mb.csv`), function* () {
    yield `${Array.from({ length: cols }, (_, i) => `c${String(i).padStart(6, '0')}${'x'.repeat(1593)}`).join(',')}\n`;
    yield `${Array.from({ length: cols }, () => '1').join(',')}\n`;
  });
}

function contractFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mlops-bench-contract-')), 'contract.yaml');
  writeFileSync(file, text);
  return file;
}

/** Each row's profile size in MB (the profile is a reviewer's artifact: its size is a result too). */
export const profileMb = new Map<string, number>();

function runValidate(name: string, data: string, contract: string, rows: number): BenchRow {
  const outDir = mkdtempSync(join(tmpdir(), 'mlops-bench-'));
  try {
    const r = runCliChild(['validate', '--data', data, '--contract', contract, '--profile-out', join(outDir, 'profile.json'), '--report-out', join(outDir, 'report.json')]);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${name}: mlops validate exited ${r.status}\n${r.stdout}\n${r.stderr.slice(0, 4000)}`);
    profileMb.set(name, statSync(join(outDir, 'profile.json')).size / 1e6);
    const bytes = statSync(data).size;
    return benchRow({ name, rows, bytes, seconds: r.seconds, peakRssMb: r.peakRssMb, cpuSeconds: r.cpuSeconds });
  } finally {
    rmSync(outDir, { recursive: true, force: true }); // a wide profile is tens of MB
  }
}

export async function benchWideData(): Promise<BenchRow[]> {
  if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run npm run build');
  const wide = await ensureWideCsv();
  const long = await ensureLongValueCsv();
  const header = await ensureLongHeaderCsv();
  const allow = contractFile('version: 1\ntable: { unexpected_columns: allow }\ncolumns:\n  f0: { type: integer, min: 0, max: 999 }\n  f1: { type: number }\n  f2: { pattern: \'^[a-z]+$\' }\n');
  const text = contractFile("version: 1\ncolumns:\n  id: { type: integer }\n  text: { max_length: 100000000 }\n");
  return [
    runValidate('validate-data wide (10,000 columns x 10,000 rows)', wide, allow, 10_000),
    runValidate('validate-data long value (one 50 MB cell)', long, text, 3),
    runValidate('validate-data long header (16 MB header line)', header, contractFile('version: 1\ntable: { unexpected_columns: allow }\n'), 1),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatBenchRows(await benchWideData()));
  for (const [name, mb] of profileMb) console.log(`profile of ${name}: ${mb.toFixed(1)} MB`);
}
