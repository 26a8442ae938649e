/**
 * The binary summary's untied spans in WebAssembly (wasm-summary.ts, used through resampleSummary by the
 * bootstrap) against summarizeBinary, the JavaScript definition: every field of every summary bit for bit, on
 * continuous scores (untied spans of up to 4,096 rows), on scores with many ties (tied and untied spans mixed),
 * with the cut and the ECE bin ends inside, byte weights from the bootstrap's draws, all zeros and all ones.
 */
import { describe, expect, it } from 'vitest';
import { binaryEvaluation, resampleSeed, resampleSummary, summarizeBinary, Xoshiro128, type BinaryEvaluation } from '../../../shared/model/metrics/index.js';
import { untiedSpanKernel } from '../../../shared/model/metrics/wasm-summary.js';

/** Labels (~30 % positive) and probabilities; `digits` rounds them, making ties. */
function predictions(n: number, seed: number, digits?: number): { y: Uint8Array; p: Float64Array } {
  const rng = new Xoshiro128(seed);
  const y = new Uint8Array(n);
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = rng.nextUint32() < 0.3 * 2 ** 32 ? 1 : 0;
    const z = (rng.nextUint32() / 2 ** 32 - 0.5) * 4 + (y[i] ? 1.2 : -0.3);
    const q = 1 / (1 + Math.exp(-z));
    p[i] = digits === undefined ? q : Math.round(q * 10 ** digits) / 10 ** digits;
  }
  return { y, p };
}

function expectSameSummaries(data: BinaryEvaluation, weights: Uint8Array[]): void {
  const viaKernel = resampleSummary();
  for (const [k, w] of weights.entries()) {
    const want = summarizeBinary(data, w);
    const got = viaKernel(data, w);
    for (const key of Object.keys(want) as (keyof typeof want)[]) {
      expect(Object.is(got[key], want[key]), `weights ${k}, ${key}: ${got[key]} vs ${want[key]}`).toBe(true);
    }
  }
}

function drawn(n: number, count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, b) => {
    const w = new Uint8Array(n);
    new Xoshiro128(resampleSeed(11, b)).drawCounts(w);
    return w;
  });
}

describe('resampleSummary', () => {
  it('runs its untied spans in WebAssembly on this Node', () => {
    const { y, p } = predictions(2000, 1);
    const data = binaryEvaluation(y, p);
    expect(untiedSpanKernel(data.logLoss, data.gap, data.ranked.positive)).toBeDefined();
    expect(data.spanTied.some((t) => t === 0)).toBe(true);
  });

  it('gives summarizeBinary’s summaries bit for bit: continuous scores, 200,000 rows', () => {
    const n = 200_000;
    const { y, p } = predictions(n, 2);
    const data = binaryEvaluation(y, p, { threshold: 0.37 });
    expectSameSummaries(data, [...drawn(n, 4), new Uint8Array(n), new Uint8Array(n).fill(1)]);
  });

  it('gives summarizeBinary’s summaries bit for bit: tied and untied spans mixed, other bins and cut', () => {
    const n = 50_000;
    for (const [digits, eceBins, threshold] of [
      [6, 15, 0.5],
      [7, 7, 0.81],
      [6, 100, 0.02],
    ] as const) {
      const { y, p } = predictions(n, digits, digits);
      const data = binaryEvaluation(y, p, { threshold, eceBins });
      expect(data.spanTied.some((t) => t === 1) && data.spanTied.some((t) => t === 0), `${digits} digits: both kinds of span`).toBe(true);
      expectSameSummaries(data, drawn(n, 3));
    }
  });

  it('follows a change of data (a new kernel) and leaves other weights to summarizeBinary', () => {
    const summarize = resampleSummary();
    for (const seed of [5, 6]) {
      const { y, p } = predictions(3000, seed);
      const data = binaryEvaluation(y, p);
      const w = drawn(3000, 1)[0]!;
      expect(summarize(data, w)).toEqual(summarizeBinary(data, w));
      const wide = Uint32Array.from(w);
      expect(summarize(data, wide)).toEqual(summarizeBinary(data, wide));
    }
  });
});
