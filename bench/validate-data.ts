/**
 * validate-data end to end, as users run it: the bundled CLI (`dist/cli/index.js`) in a child
 * process, profiling and validating flights-3m against bench/fixtures/flights-contract.yaml.
 * Peak RSS is the child's own (process.resourceUsage().maxRSS at exit), so the benchmark's
 * process and tsx do not count.
 *
 * Rows: the ~121 MB CSV (ISO timestamps), the ZSTD Parquet file, and the CSV ten times over
 * (~1.2 GB, 30M rows) for the memory bound.
 */
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI, runCliChild } from './cli-child.js';
import { ensureFlightsCsv, FLIGHTS_PARQUET, formatBenchRows } from './readers.js';
import type { BenchRow } from './types.js';

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

/** Runs `mlops validate` in a child and returns its wall time and peak RSS. */
function runValidate(name: string, data: string, rows: number): BenchRow {
  const outDir = mkdtempSync(join(tmpdir(), 'mlops-bench-'));
  const r = runCliChild(['validate', '--data', data, '--contract', CONTRACT, '--profile-out', join(outDir, 'profile.json'), '--report-out', join(outDir, 'report.json')]);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${name}: mlops validate exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  const bytes = statSync(data).size;
  return { name, rows, bytes, seconds: r.seconds, rowsPerSec: rows / r.seconds, mbPerSec: bytes / 1e6 / r.seconds, peakRssMb: r.peakRssMb, cpuSeconds: r.cpuSeconds };
}

export async function benchValidateData(): Promise<BenchRow[]> {
  if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run npm run build');
  const csv = await ensureFlightsCsv();
  const csv10 = await ensureRepeatedCsv(csv, 10);
  return [
    runValidate('validate-data csv (flights-3m, ISO dates)', csv, 3_000_000),
    runValidate('validate-data parquet (flights-3m, ZSTD)', FLIGHTS_PARQUET, 3_000_000),
    runValidate('validate-data csv x10 (memory bound)', csv10, 30_000_000),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatBenchRows(await benchValidateData()));
}
