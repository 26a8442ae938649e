import { describe, expect, it, vi } from 'vitest';

/** Workers that cannot start (constructor throws) or die at once ('error', then 'exit'). */
const mode = vi.hoisted(() => ({ value: 'throw' as 'throw' | 'die' }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:worker_threads')>();
  const { EventEmitter } = await import('node:events');
  class Worker extends EventEmitter {
    constructor() {
      super();
      if (mode.value === 'throw') throw new Error('no threads here');
      setTimeout(() => {
        this.emit('error', new Error('worker died'));
        this.emit('exit', 1);
      }, 5);
    }
    terminate() {
      return Promise.resolve(0);
    }
    ref() {}
    unref() {}
    postMessage() {}
  }
  return { ...real, Worker, default: { ...real, Worker } };
});

const { bootstrapMetricsParallel } = await import('../../../shared/model/metrics/bootstrap-parallel.js');
const { binaryEvaluation, bootstrapMetrics, metricsForTask } = await import('../../../shared/model/metrics/index.js');

describe('bootstrapMetricsParallel without working workers', () => {
  const n = 600;
  const y = Array.from({ length: n }, (_, i) => (i * 7) % 3 === 0 ? 1 : 0);
  const p = y.map((v, i) => Math.min(1, 0.3 * v + ((i * 37) % 100) / 140));
  const data = binaryEvaluation(y, p);
  const names = metricsForTask('binary').map((m) => m.name);
  const options = { resamples: 30, seed: 4 };

  it.each(['throw', 'die'] as const)('runs every resample on this thread when workers %s', async (m) => {
    mode.value = m;
    const want = bootstrapMetrics(data, names, options);
    expect(await bootstrapMetricsParallel(data, names, { ...options, threads: 3, mainThread: false, minRows: 0 })).toEqual(want);
    expect(await bootstrapMetricsParallel(data, names, { ...options, threads: 3, minRows: 0 })).toEqual(want);
  });
});
