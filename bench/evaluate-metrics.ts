/**
 * Benchmark: every binary metric plus default bootstrap CIs (DEFAULT_RESAMPLES) on 1,000,000
 * synthetic predictions, the CIs through bootstrapMetricsParallel as the evaluate step runs them
 * (this thread plus workers, one per further core). Target (issue 18): ≤ 5 s wall on the 2-core
 * machine when it is quiet. CPU seconds are the whole process's (all threads): on a shared machine
 * they say more than wall time. The workers are started before the sort, as the evaluate step
 * starts them while it reads (under tsx a worker takes ~0.3 s to start, bundled ~50 ms).
 */
import { benchRow, type BenchRow } from './types.js';
import { binaryEvaluation, computeMetrics, DEFAULT_RESAMPLES, Xoshiro128 } from '../shared/model/metrics/index.js';
import { bootstrapMetricsParallel, warmBootstrapWorkers } from '../shared/model/metrics/bootstrap-parallel.js';


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

function row(name: string, rows: number, bytes: number, seconds: number, cpuSeconds: number): BenchRow {
  return benchRow({ name, rows, bytes, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, cpuSeconds });
}

/** Wall and CPU (user + system, all threads) clocks, in seconds. */
function clocks(): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  return { wall: performance.now() / 1000, cpu: (c.user + c.system) / 1e6 };
}

export async function benchMetrics(n = 1_000_000): Promise<BenchRow[]> {
  const { yTrue, yProb } = syntheticBinaryPredictions(n);
  const bytes = n * (yTrue.BYTES_PER_ELEMENT + yProb.BYTES_PER_ELEMENT);
  const t0 = clocks();
  // As the evaluate step does once it has read 50,000 rows: the workers start while the scores are sorted.
  warmBootstrapWorkers();
  const data = binaryEvaluation(yTrue, yProb);
  const t1 = clocks();
  const point = computeMetrics(data);
  const t2 = clocks();
  const cis = await bootstrapMetricsParallel(data, Object.keys(point) as (keyof typeof point)[], { seed: 7 });
  const t3 = clocks();
  if (!(Math.abs(cis.roc_auc!.estimate - point.roc_auc!) < 1e-12)) throw new Error('bench: bootstrap estimate differs from point value');
  const r = (name: string, a: { wall: number; cpu: number }, b: { wall: number; cpu: number }) => row(name, n, bytes, b.wall - a.wall, b.cpu - a.cpu);
  return [
    r('metrics: prepare binary (sort 1M scores)', t0, t1),
    r('metrics: all 19 binary metrics, point values', t1, t2),
    r(`metrics: bootstrap CIs, ${DEFAULT_RESAMPLES.toLocaleString('en-US')} resamples, all binary metrics`, t2, t3),
    r('metrics: total (prepare + point + CIs)', t0, t3),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cpu0 = process.cpuUsage();
  for (const r of await benchMetrics()) console.log(`${r.name.padEnd(70)} ${r.seconds.toFixed(3)} s  cpu ${r.cpuSeconds!.toFixed(3)} s  ${(r.rowsPerSec / 1e6).toFixed(2)} M rows/s  rss ${r.peakRssMb.toFixed(0)} MB`);
  const cpu = process.cpuUsage(cpu0);
  console.log(`cpu time (user + system, whole run incl. data generation): ${((cpu.user + cpu.system) / 1e6).toFixed(3)} s`);
}
