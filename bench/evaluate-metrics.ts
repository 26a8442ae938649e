/**
 * Benchmark: every binary metric plus default bootstrap CIs on 1,000,000 synthetic predictions
 * (the evaluate step's target: ≤ 5 s on a 2-core machine).
 */
import type { BenchRow } from './types.js';
import { binaryEvaluation, bootstrapMetrics, computeMetrics, DEFAULT_RESAMPLES, Xoshiro128 } from '../shared/model/metrics/index.js';


/** Labels (30 % positive) and logistic probabilities with a realistic overlap (AUC ≈ 0.8). */
export function syntheticBinaryPredictions(n: number, seed = 1): { yTrue: Uint8Array; yProb: Float64Array } {
  const rng = new Xoshiro128(seed);
  const yTrue = new Uint8Array(n);
  const yProb = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const y = rng.nextUint32() < 0.3 * 4294967296 ? 1 : 0;
    const z = (rng.nextUint32() / 4294967296 - 0.5) * 4 + (y ? 1.2 : -0.3);
    yTrue[i] = y;
    yProb[i] = 1 / (1 + Math.exp(-z));
  }
  return { yTrue, yProb };
}

function row(name: string, rows: number, bytes: number, seconds: number): BenchRow {
  return {
    name,
    rows,
    bytes,
    seconds,
    rowsPerSec: rows / seconds,
    mbPerSec: bytes / 1e6 / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

export async function benchMetrics(n = 1_000_000): Promise<BenchRow[]> {
  const { yTrue, yProb } = syntheticBinaryPredictions(n);
  const bytes = n * (yTrue.BYTES_PER_ELEMENT + yProb.BYTES_PER_ELEMENT);
  const t0 = performance.now();
  const data = binaryEvaluation(yTrue, yProb);
  const t1 = performance.now();
  const point = computeMetrics(data);
  const t2 = performance.now();
  const cis = bootstrapMetrics(data, undefined, { seed: 7 });
  const t3 = performance.now();
  if (!(Math.abs(cis.roc_auc!.estimate - point.roc_auc!) < 1e-12)) throw new Error('bench: bootstrap estimate differs from point value');
  const s = (a: number, b: number) => (b - a) / 1000;
  return [
    row('metrics: prepare binary (sort 1M scores)', n, bytes, s(t0, t1)),
    row('metrics: all 19 binary metrics, point values', n, bytes, s(t1, t2)),
    row(`metrics: bootstrap CIs, ${DEFAULT_RESAMPLES} resamples, all binary metrics`, n, bytes, s(t2, t3)),
    row('metrics: total (prepare + point + CIs)', n, bytes, s(t0, t3)),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cpu0 = process.cpuUsage();
  for (const r of await benchMetrics()) console.log(`${r.name.padEnd(70)} ${r.seconds.toFixed(3)} s  ${(r.rowsPerSec / 1e6).toFixed(2)} M rows/s  rss ${r.peakRssMb.toFixed(0)} MB`);
  const cpu = process.cpuUsage(cpu0);
  console.log(`cpu time (user + system, whole run incl. data generation): ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s`);
}
