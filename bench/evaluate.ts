/**
 * Benchmark: the whole evaluate operation on 1,000,000 binary predictions: stream a CSV, every
 * binary metric, default bootstrap CIs (DEFAULT_RESAMPLES), the per-example file and the report.
 * Target: ≤ 5 s on the 2-core dev machine. Run standalone with `node --import tsx bench/evaluate.ts`.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { evaluate } from '../shared/steps/evaluate.js';
import { DEFAULT_RESAMPLES } from '../shared/model/metrics/index.js';
import { syntheticBinaryPredictions } from './evaluate-metrics.js';
import { benchRow, type BenchRow } from './types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PREDICTIONS_CSV = join(root, 'bench/out/predictions-1m.csv');

/** Writes `id,label,score` for n synthetic predictions (30 % positive, AUC ≈ 0.8) unless present. */
export async function ensurePredictionsCsv(n = 1_000_000, target = PREDICTIONS_CSV): Promise<string> {
  if (existsSync(target)) return target;
  await mkdir(dirname(target), { recursive: true });
  const { yTrue, yProb } = syntheticBinaryPredictions(n);
  const tmp = `${target}.${process.pid}.tmp`;
  const out = await open(tmp, 'w');
  try {
    await out.write('id,label,score\n');
    for (let start = 0; start < n; start += 65536) {
      let s = '';
      for (let i = start; i < Math.min(n, start + 65536); i++) s += `${i},${yTrue[i]},${yProb[i]}\n`;
      await out.write(s);
    }
  } finally {
    await out.close();
  }
  await rename(tmp, target);
  return target;
}

export async function benchEvaluate(): Promise<BenchRow[]> {
  const file = await ensurePredictionsCsv();
  (globalThis as { gc?: () => void }).gc?.();
  const bytes = statSync(file).size;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const { report } = await evaluate({
    predictions: file,
    task: 'binary',
    label: 'label',
    score: ['score'],
    out: join(root, 'bench/out/evaluation-1m.json'),
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // User + system CPU of the whole process (this thread, the bootstrap worker, the examples file).
  const cpu = process.cpuUsage(cpu0);
  const rows = report.rows ?? 0;
  return [
    benchRow({
      name: `evaluate: 1M binary predictions (CSV), all metrics, ${DEFAULT_RESAMPLES.toLocaleString('en-US')}-resample CIs, examples file`,
      rows,
      bytes,
      seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    }),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { formatBenchRows } = await import('./readers.js');
  console.log(formatBenchRows(await benchEvaluate()));
}
