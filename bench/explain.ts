/**
 * explain's own overhead: the step (read the data, write every permuted copy, read the output
 * back, score each copy) with a predict command that costs as little as a command can (a node
 * script computing a fixed linear score, bench/fixtures/explain-predict.mjs), on synthetic binary
 * data of `rows` × `features` numeric columns, `repeats` permutations per feature. Each run is a
 * child process (`--child`), so its peak RSS and CPU are the step's alone; the predict command's
 * own CPU is not counted in cpuSeconds (it is in seconds, the wall time).
 *
 * `rows` in a result row is the number of rows the command predicted: rows × (1 + features ×
 * repeats), the unit the cost grows with; `bytes` the input CSV written in all.
 *
 *   node --import tsx bench/explain.ts            (or npm run bench -- --only explain)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchRow, type BenchRow } from './types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PREDICT = join(root, 'bench/fixtures/explain-predict.mjs');

export const EXPLAIN_CASES: ReadonlyArray<{ rows: number; features: number; repeats: number }> = [
  { rows: 10_000, features: 10, repeats: 5 },
  { rows: 10_000, features: 20, repeats: 5 },
  { rows: 10_000, features: 10, repeats: 20 },
  { rows: 50_000, features: 10, repeats: 5 },
  { rows: 100_000, features: 10, repeats: 5 },
];

/** `f0..f{features-1},label`: uniform features, label from f0 and f1 with noise (mulberry32, seed 1). */
function ensureData(rows: number, features: number): string {
  const file = join(root, `bench/out/explain-${rows}x${features}.csv`);
  if (existsSync(file)) return file;
  mkdirSync(dirname(file), { recursive: true });
  let a = 1;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const lines = [[...Array.from({ length: features }, (_, j) => `f${j}`), 'label'].join(',')];
  for (let i = 0; i < rows; i++) {
    const f = Array.from({ length: features }, () => Math.round((rand() * 2 - 1) * 1e6) / 1e6);
    lines.push(`${f.join(',')},${2 * f[0]! + f[1]! + (rand() - 0.5) > 0 ? 1 : 0}`);
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

interface ChildResult {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  calls: number;
  copies: number;
  inputBytes: number;
}

/** Runs one case in a child process (this file with --child) and returns what it measured. */
function runCase(c: { rows: number; features: number; repeats: number }): ChildResult {
  const data = ensureData(c.rows, c.features);
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', data, String(c.repeats)], { cwd: root, encoding: 'utf8', maxBuffer: 16 << 20 });
  const m = /RESULT (\{.*\})/.exec(r.stdout ?? '');
  if (r.status !== 0 || !m) throw new Error(`explain bench child failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(m[1]!) as ChildResult;
}

export async function benchExplain(): Promise<BenchRow[]> {
  return EXPLAIN_CASES.map((c) => {
    const r = runCase(c);
    const predicted = c.rows * r.copies;
    return benchRow({
      name: `explain: ${c.rows.toLocaleString('en-US')} rows × ${c.features} features × ${c.repeats} repeats (${r.copies} copies, ${r.calls} predict call${r.calls === 1 ? '' : 's'})`,
      rows: predicted,
      bytes: r.inputBytes,
      seconds: r.seconds,
      peakRssMb: r.peakRssMb,
      cpuSeconds: r.cpuSeconds,
    });
  });
}

async function child(data: string, repeats: number): Promise<void> {
  const { explain } = await import('../shared/steps/explain.js');
  const started = process.hrtime.bigint();
  const before = process.resourceUsage();
  const result = await explain({ data, label: 'label', predict: [process.execPath, PREDICT, '{input}', '{output}'], repeats, seed: 1 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = process.resourceUsage();
  const e = result.explanation;
  // The input files are gone with the temp folder: their size is the header plus every copy's lines.
  const dataBytes = statSync(data).size;
  const perCopy = dataBytes * (e.input_columns.length / (e.input_columns.length + 1));
  const out: ChildResult = {
    seconds,
    cpuSeconds: (after.userCPUTime - before.userCPUTime + after.systemCPUTime - before.systemCPUTime) / 1e6,
    peakRssMb: after.maxRSS / 1024,
    calls: e.predict.calls,
    copies: e.predict.copies,
    inputBytes: Math.round(perCopy * e.predict.copies),
  };
  process.stdout.write(`RESULT ${JSON.stringify(out)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === '--child') await child(process.argv[3]!, Number(process.argv[4]));
  else {
    const { formatBenchRows } = await import('./readers.js');
    console.log(formatBenchRows(await benchExplain()));
  }
}
