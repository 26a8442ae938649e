/**
 * summarizeBinary's spans and loops (index.ts) for mutation testing (docs/mutation-testing.md). Everything is
 * computed inside the tests: summary-spans.test.ts builds its data while the file loads, so per-test coverage
 * never sees a mutant of summarySpans change that data.
 *
 * - The span pass (byte weights) against the plain loop, summarizeBinaryGeneral, bit for bit, on data whose
 *   untied run above the cut is longer than one span (4,800 rows, one ECE bin): the plain loop is the definition
 *   the span loops reproduce (same terms, same order).
 * - The plain loop itself with fractional weights (it is the path for weights that are not bytes) on tied scores
 *   of mixed labels, against scikit-learn 1.2 through Debian's /usr/bin/python3:
 *     y = [1,0,1,1,0,0,1,0,1,0]; p = [0.9,0.9,0.7,0.4,0.4,0.4,0.2,0.2,0.65,0.1]
 *     w = [0.5,1.5,2.0,0.25,1.0,0.75,1.25,0.5,0.3,0.9]
 *     roc_auc_score(y, p, sample_weight=w)            -> 0.5602025506376594
 *     average_precision_score(y, p, sample_weight=w)  -> 0.5486238247895547
 */
import { describe, expect, it } from 'vitest';
import { BINARY_FROM_SUMMARY, binaryEvaluation, resampleSeed, summarizeBinary, summarizeBinaryGeneral, Xoshiro128 } from '../../../shared/model/metrics/index.js';

/** summary-spans.test.ts's rows: 8,000 continuous scores above 0.5 (a few ties below 0.7), 2,000 rounded ones. */
function mixed(): { y: Uint8Array; p: Float64Array } {
  const n = 10_000;
  const rng = new Xoshiro128(2024);
  const y = new Uint8Array(n);
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng.nextUint32() / 2 ** 32;
    const high = i % 5 !== 0;
    y[i] = rng.nextUint32() / 2 ** 32 < (high ? 0.6 : 0.2) ? 1 : 0;
    p[i] = high ? 0.5 + 0.5 * u + 1e-9 : Math.round(0.5 * u * 100) / 100;
  }
  for (let i = 2; i < 400; i += 20) if (p[i - 1]! < 0.7) p[i] = p[i - 1]!;
  return { y, p };
}

describe('summarizeBinary: spans built and read inside the test', () => {
  it('the span pass equals the plain loop bit for bit, with an untied stretch longer than a span', () => {
    const { y, p } = mixed();
    const data = binaryEvaluation(y, p, { threshold: 0.7, eceBins: 2 });
    // The spans cover the rows, end at the cut, and none is longer than 4,096 rows; the longest is exactly that.
    expect(data.spanEnd[data.spanEnd.length - 1]).toBe(data.length);
    expect(Array.from(data.spanEnd)).toContain(data.cut);
    let longest = 0;
    for (let s = 0, start = 0; s < data.spanEnd.length; start = data.spanEnd[s++]!) longest = Math.max(longest, data.spanEnd[s]! - start);
    expect(longest).toBe(4096);
    for (const b of [0, 1, 2]) {
      const c = new Uint8Array(data.length);
      new Xoshiro128(resampleSeed(7, b)).drawCounts(c);
      expect(summarizeBinary(data, c)).toEqual(summarizeBinaryGeneral(data, c));
    }
    expect(summarizeBinary(data)).toEqual(summarizeBinaryGeneral(data, new Float64Array(data.length).fill(1)));
  });

  it('splits every untied stretch at 4,096 rows, also one that starts after the first span (after the cut)', () => {
    // 10,000 distinct scores, one ECE bin, the cut near the top: the untied stretch below the cut runs ~9,000 rows.
    const rng = new Xoshiro128(99);
    const n = 10_000;
    const y = Uint8Array.from({ length: n }, () => (rng.nextUint32() < 2 ** 31 ? 1 : 0));
    const p = Float64Array.from({ length: n }, (_, i) => (i + 0.5) / n);
    const data = binaryEvaluation(y, p, { threshold: 0.9, eceBins: 1 });
    const lengths = Array.from(data.spanEnd, (end, s) => end - (s === 0 ? 0 : data.spanEnd[s - 1]!));
    expect(Math.max(...lengths)).toBe(4096);
    expect(Array.from(data.spanEnd)).toContain(data.cut);
    const c = new Uint8Array(n);
    new Xoshiro128(resampleSeed(3, 0)).drawCounts(c);
    expect(summarizeBinary(data, c)).toEqual(summarizeBinaryGeneral(data, c));
  });

  it("the plain loop with fractional weights keeps tied scores in one group: scikit-learn's weighted AUC and AP", () => {
    const y = [1, 0, 1, 1, 0, 0, 1, 0, 1, 0];
    const p = [0.9, 0.9, 0.7, 0.4, 0.4, 0.4, 0.2, 0.2, 0.65, 0.1];
    const w = [0.5, 1.5, 2.0, 0.25, 1.0, 0.75, 1.25, 0.5, 0.3, 0.9];
    const data = binaryEvaluation(y, Float64Array.from(p));
    // Weights go in prepared-row (rank) order; a Float64Array takes the plain loop.
    const weights = Float64Array.from(data.order, (i) => w[i]!);
    const s = summarizeBinary(data, weights);
    expect(BINARY_FROM_SUMMARY.roc_auc!(s)).toBeCloseTo(0.5602025506376594, 14);
    expect(BINARY_FROM_SUMMARY.average_precision!(s)).toBeCloseTo(0.5486238247895547, 14);
  });
});
