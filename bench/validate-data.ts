/**
 * validate-data end to end, as users run it: the bundled CLI (`dist/cli/index.js`) in a child
 * process, profiling and validating flights-3m against bench/fixtures/flights-contract.yaml.
 * Peak RSS is the child's own (process.resourceUsage().maxRSS at exit), so the benchmark's
 * process and tsx do not count.
 *
 * Rows: the ~121 MB CSV (ISO timestamps), the ZSTD Parquet file, and the CSV ten times over
 * (~1.2 GB, 30M rows) for the memory bound. Beside the CSV and the Parquet rows, the anchor: DuckDB's
 * SUMMARIZE of the same file (duckdb-summarize.ts), and a goals table of us / DuckDB per format
 * (issue 18): Parquet ≤ 0.9× DuckDB's wall time at ≤ 150 MB, CSV ≤ 0.7× at ≤ 200 MB, and the CSV ten
 * times over as flat in memory (≤ 200 MB too). The 3M-row rows run VALIDATE_RUNS times each,
 * interleaved with DuckDB's so that load drifts hit both alike: seconds and CPU are medians, peak
 * RSS the maximum. The x10 row runs once (~10 s). Without @duckdb/node-api the anchor rows are
 * skipped with the reason printed.
 */
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI, runCliChild } from './cli-child.js';
import { runDuckSummarize, type DuckRun } from './duckdb-summarize.js';
import { ensureFlightsCsv, FLIGHTS_PARQUET, formatBenchRows } from './readers.js';
import { benchRow, type BenchRow } from './types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONTRACT = join(root, 'bench/fixtures/flights-contract.yaml');

/** flights-3m.csv repeated `times` times under one header. */
async function ensureRepeatedCsv(source: string, times: number): Promise<string> {
  const target = source.replace(/\.csv$/, `-x${times}.csv`);
  if (existsSync(target)) return target;
  await mkdir(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  const out = await open(tmp, 'w');
  try {
    for (let i = 0; i < times; i++) {
      let first = true;
      for await (const chunk of createReadStream(source, { highWaterMark: 1 << 22 })) {
        let buf = chunk as Buffer;
        if (first && i > 0) buf = buf.subarray(buf.indexOf(10) + 1); // header once
        first = false;
        await out.write(buf);
      }
    }
  } finally {
    await out.close();
  }
  await rename(tmp, target);
  return target;
}

/** Runs of each 3M-row row (ours and DuckDB's); VALIDATE_RUNS=1 for a quick look. */
const RUNS = Math.max(1, Math.floor(Number(process.env.VALIDATE_RUNS ?? 3)) || 3);

interface Run {
  seconds: number;
  peakRssMb: number;
  cpuSeconds: number;
}

/** Runs `mlops validate` in a child and returns its wall time, peak RSS and CPU seconds. */
function runValidate(name: string, data: string): Run {
  const outDir = mkdtempSync(join(tmpdir(), 'mlops-bench-'));
  const r = runCliChild(['validate', '--data', data, '--contract', CONTRACT, '--profile-out', join(outDir, 'profile.json'), '--report-out', join(outDir, 'report.json')]);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${name}: mlops validate exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return { seconds: r.seconds, peakRssMb: r.peakRssMb, cpuSeconds: r.cpuSeconds };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** One row from its runs: median seconds and CPU, the largest peak RSS. */
function row(name: string, data: string, rows: number, runs: Run[]): BenchRow {
  const bytes = statSync(data).size;
  const seconds = median(runs.map((r) => r.seconds));
  return benchRow({
    name,
    rows,
    bytes,
    seconds,
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    runs: runs.length,
  });
}

interface Format {
  label: string;
  file: string;
  goalWallRatio: number;
  goalRssMb: number;
}

/** Our row and DuckDB's for one file, runs interleaved; DuckDB's row is absent when it cannot run. */
function measureFormat(f: Format): { ours: BenchRow; duck?: BenchRow; skipped?: string } {
  const ours: Run[] = [];
  const duck: DuckRun[] = [];
  let skipped: string | undefined;
  for (let i = 0; i < RUNS; i++) {
    ours.push(runValidate(`validate-data ${f.label}`, f.file));
    if (skipped) continue;
    const d = runDuckSummarize(f.file);
    if (d.ok) duck.push(d.run);
    else skipped = d.reason;
  }
  const oursRow = row(`validate-data ${f.label}`, f.file, 3_000_000, ours);
  if (skipped || duck.length === 0) return { ours: oursRow, skipped };
  const duckRow = row(`DuckDB SUMMARIZE ${f.label}`, f.file, 3_000_000, duck);
  oursRow.vs = {
    anchor: duckRow.name,
    wallRatio: oursRow.seconds / duckRow.seconds,
    cpuRatio: oursRow.cpuSeconds! / duckRow.cpuSeconds!,
    goalWallRatio: f.goalWallRatio,
    goalRssMb: f.goalRssMb,
  };
  return { ours: oursRow, duck: duckRow };
}

/** The goals of issue 18, one line per format: us / DuckDB, and whether the goal is met. */
export function formatGoals(rows: BenchRow[]): string {
  const lines = ['| goal | us / DuckDB wall | us / DuckDB CPU | our peak RSS MB | met |', '|---|---:|---:|---:|---|'];
  for (const r of rows) {
    if (r.vs?.goalWallRatio !== undefined) {
      const met = r.vs.wallRatio <= r.vs.goalWallRatio && r.peakRssMb <= (r.vs.goalRssMb ?? Infinity);
      lines.push(`| ${r.name}: ≤ ${r.vs.goalWallRatio}× DuckDB, ≤ ${r.vs.goalRssMb} MB | ${r.vs.wallRatio.toFixed(2)}× | ${r.vs.cpuRatio.toFixed(2)}× | ${r.peakRssMb.toFixed(0)} | ${met ? 'yes' : 'no'} |`);
    } else if (r.vs?.goalRssMb !== undefined) {
      // The memory bound: a file ten times larger in the same memory.
      const met = r.peakRssMb <= r.vs.goalRssMb;
      lines.push(`| ${r.name}: flat, ≤ ${r.vs.goalRssMb} MB | | | ${r.peakRssMb.toFixed(0)} | ${met ? 'yes' : 'no'} |`);
    }
  }
  return lines.join('\n');
}

export async function benchValidateData(): Promise<BenchRow[]> {
  if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run npm run build');
  const csv = await ensureFlightsCsv();
  const csv10 = await ensureRepeatedCsv(csv, 10);
  const out: BenchRow[] = [];
  for (const f of [
    { label: 'csv (flights-3m, ISO dates)', file: csv, goalWallRatio: 0.7, goalRssMb: 200 },
    { label: 'parquet (flights-3m, ZSTD)', file: FLIGHTS_PARQUET, goalWallRatio: 0.9, goalRssMb: 150 },
  ]) {
    const m = measureFormat(f);
    out.push(m.ours);
    if (m.duck) out.push(m.duck);
    else console.log(`DuckDB SUMMARIZE ${f.label}: skipped, ${m.skipped}`);
  }
  const x10 = row('validate-data csv x10 (memory bound)', csv10, 30_000_000, [runValidate('validate-data csv x10', csv10)]);
  const csvRow = out[0]!;
  x10.vs = { anchor: csvRow.name, wallRatio: x10.seconds / csvRow.seconds, cpuRatio: x10.cpuSeconds! / csvRow.cpuSeconds!, goalRssMb: 200 };
  out.push(x10);
  console.log(`${formatGoals(out)}\n`);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatBenchRows(await benchValidateData()));
}
