import { describe, expect, it } from 'vitest';
import { bootstrapMetricsParallel, idleBootstrapWorkers, warmBootstrapWorkers } from '../../../shared/model/metrics/bootstrap-parallel.js';
import {
  binaryEvaluation,
  bootstrapMetrics,
  metricsForTask,
  regressionEvaluation,
  Xoshiro128,
  type MetricName,
} from '../../../shared/model/metrics/index.js';

/** n synthetic binary predictions (ties included: scores rounded to 3 digits). */
function synthetic(n: number, seed: number) {
  const rng = new Xoshiro128(seed);
  const y = new Uint8Array(n);
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = rng.nextUint32() < 0.3 * 2 ** 32 ? 1 : 0;
    const noise = rng.nextUint32() / 2 ** 32;
    p[i] = Math.round(Math.min(1, Math.max(0, 0.35 * y[i]! + 0.65 * noise)) * 1000) / 1000;
  }
  return { y, p };
}

const binaryNames = metricsForTask('binary').map((m) => m.name);
const { y, p } = synthetic(4000, 5);
const data = binaryEvaluation(y, p);
const options = { resamples: 40, seed: 13, confidence: 0.9 };

describe('bootstrapMetricsParallel', () => {
  it('gives the in-thread intervals exactly with 1, 2 and 3 workers', async () => {
    const want = bootstrapMetrics(data, binaryNames, options);
    for (const threads of [1, 2, 3]) {
      const got = await bootstrapMetricsParallel(data, binaryNames, { ...options, threads, mainThread: false, minRows: 0 });
      expect(got, `${threads} workers`).toEqual(want);
    }
  }, 60_000);

  it('gives the same intervals with this thread helping the workers, and below minRows in-thread', async () => {
    const want = bootstrapMetrics(data, binaryNames, options);
    expect(await bootstrapMetricsParallel(data, binaryNames, { ...options, threads: 2, minRows: 0 })).toEqual(want);
    expect(await bootstrapMetricsParallel(data, binaryNames, { ...options, threads: 4 })).toEqual(want);
  }, 60_000);

  it('shares the prepared arrays through SharedArrayBuffers and leaves the caller’s data alone', async () => {
    const before = data.gap.buffer;
    await bootstrapMetricsParallel(data, ['roc_auc'], { resamples: 5, threads: 1, mainThread: false, minRows: 0 });
    expect(data.gap.buffer).toBe(before);
    expect(data.gap.buffer instanceof SharedArrayBuffer).toBe(false);
  }, 60_000);

  it('bootstraps regression metrics on workers too', async () => {
    const rng = new Xoshiro128(3);
    const t = Float64Array.from({ length: 3000 }, () => rng.nextUint32() / 2 ** 28);
    const q = t.map((v) => v + (rng.nextUint32() / 2 ** 32 - 0.5) * 3);
    const reg = regressionEvaluation(t, q);
    const names: MetricName[] = metricsForTask('regression').map((m) => m.name);
    const want = bootstrapMetrics(reg, names, options);
    expect(await bootstrapMetricsParallel(reg, names, { ...options, threads: 2, mainThread: false, minRows: 0 })).toEqual(want);
  }, 60_000);
});

describe('warmBootstrapWorkers', () => {
  it('starts the workers ahead of the bootstrap, which then runs on them with the same intervals, and keeps them for the next one', async () => {
    warmBootstrapWorkers(2);
    expect(idleBootstrapWorkers()).toBeGreaterThanOrEqual(1);
    const want = bootstrapMetrics(data, binaryNames, options);
    expect(await bootstrapMetricsParallel(data, binaryNames, { ...options, threads: 2, mainThread: false, minRows: 0 })).toEqual(want);
    // The worker went back to the pool and takes the next task (a regression bootstrap) too.
    await new Promise((r) => setTimeout(r, 50));
    expect(idleBootstrapWorkers()).toBeGreaterThanOrEqual(1);
    const rng = new Xoshiro128(9);
    const t = Float64Array.from({ length: 2000 }, () => rng.nextUint32() / 2 ** 28);
    const reg = regressionEvaluation(t, t.map((v) => v + rng.nextUint32() / 2 ** 32));
    const names: MetricName[] = metricsForTask('regression').map((m) => m.name);
    expect(await bootstrapMetricsParallel(reg, names, { ...options, threads: 2, mainThread: false, minRows: 0 })).toEqual(bootstrapMetrics(reg, names, options));
  }, 60_000);

  it('does nothing for one thread', () => {
    const before = idleBootstrapWorkers();
    warmBootstrapWorkers(1);
    expect(idleBootstrapWorkers()).toBe(before);
  });
});
