/**
 * drift-check end to end, as users run it: `mlops drift` (the bundled CLI in a child) checks
 * 3,000,000 current flights rows (flights-3m, CSV and ZSTD Parquet) against a reference profile
 * (the profile validate-data writes of flights-20k): two numeric columns (delay, distance: KS or
 * Wasserstein on the KLL sample against all 3M values) and two categorical ones (origin,
 * destination: Jensen-Shannon over ~300 airports). Target: <= 3 s per check.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI, runCliChild } from './cli-child.js';
import { ensureFlightsCsv, FLIGHTS_PARQUET, formatBenchRows } from './readers.js';
import { benchRow, type BenchRow } from './types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG = join(root, 'bench/fixtures/flights-drift.yaml');
const REFERENCE_JSON = join(root, 'node_modules/vega-datasets/data/flights-20k.json');
const REFERENCE_JSONL = join(root, 'bench/out/flights-20k.jsonl');
const REFERENCE_PROFILE = join(root, 'bench/out/flights-20k.profile.json');

/** The reference profile, as validate-data writes it (flights-20k as JSON Lines). */
function ensureReferenceProfile(): void {
  if (existsSync(REFERENCE_PROFILE)) return;
  const rows = JSON.parse(readFileSync(REFERENCE_JSON, 'utf8')) as unknown[];
  writeFileSync(REFERENCE_JSONL, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const out = mkdtempSync(join(tmpdir(), 'mlops-bench-drift-'));
  const r = runCliChild(['validate', '--data', REFERENCE_JSONL, '--profile-out', REFERENCE_PROFILE, '--report-out', join(out, 'validation.json')]);
  if (r.status !== 0) throw new Error(`profiling the drift reference failed (${r.status})\n${r.stderr}`);
}

function runDrift(name: string, current: string, rows: number): BenchRow {
  const out = mkdtempSync(join(tmpdir(), 'mlops-bench-drift-'));
  // Run from the repository root: the config names the reference relative to it.
  process.chdir(root);
  const r = runCliChild(['drift', '--model', 'flights', '--config', CONFIG, '--current', current, '--out', join(out, 'drift.json'), '--format', 'json']);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${name}: mlops drift exited ${r.status}\n${r.stdout.slice(0, 2000)}\n${r.stderr}`);
  const bytes = statSync(current).size;
  return benchRow({ name, rows, bytes, seconds: r.seconds, peakRssMb: r.peakRssMb, cpuSeconds: r.cpuSeconds });
}

export async function benchDrift(): Promise<BenchRow[]> {
  if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run npm run build');
  ensureReferenceProfile();
  const csv = await ensureFlightsCsv();
  return [
    runDrift('drift-check csv (3M current rows vs a profile)', csv, 3_000_000),
    runDrift('drift-check parquet (3M current rows vs a profile)', FLIGHTS_PARQUET, 3_000_000),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatBenchRows(await benchDrift()));
}
