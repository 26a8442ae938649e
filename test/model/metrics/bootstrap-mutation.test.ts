/**
 * bootstrap.ts paths mutation testing (npm run mutate, docs/mutation-testing.md) found unpinned: Lemire's rejection
 * step (rare: only a draw whose low word falls below (2^32 − n) mod n is redrawn), the 53-bit draw above 2^21
 * rows, drawCounts on both paths, and the option refusals. Expected values from the independent Python port in
 * bootstrap-stream-mutation.test.ts's header, extended by the 53-bit draw, run with /usr/bin/python3:
 *
 *   def index(self, n):                      # X.index, both paths
 *       if n <= 0x200000: ...                # Lemire, as in bootstrap-stream-mutation.test.ts
 *       a = self.next() >> 5; b = self.next() >> 6
 *       return ((a * 2**26 + b) * n) >> 53
 *   n = max(range(1_900_000, 0x200001), key=lambda n: (2**32 - n) % n)   # 2096129, threshold 2095104
 *   x = X(11); idx = [x.index(n) for _ in range(20000)]; sum(idx), idx[-5:]  # ~8 of the draws are redrawn
 *   x = X(7); [x.index(3_000_000) for _ in range(8)]; x = X(7); [x.index(0x200001) for _ in range(8)]
 *   x = X(7); [x.index(0x200000) for _ in range(8)]                           # 2^21 itself: still Lemire
 *   n = 0x200001; x = X(7); c = [0]*n                                        # drawCounts above 2^21
 *   for _ in range(n): c[x.index(n)] += 1
 *   sum(v * (i % 1000) for i, v in enumerate(c)), max(c), c.count(0), x.next()
 */
import { describe, expect, it } from 'vitest';
import { bootstrapCi, resolveBootstrapOptions, Xoshiro128 } from '../../../shared/model/metrics/bootstrap.js';

const REJECTING_N = 2096129;

describe("Lemire's bounded draw with rejections", () => {
  it(`draws 20000 indices in [0, ${REJECTING_N}) as the Python port, redraws included`, () => {
    const rng = new Xoshiro128(11);
    let sum = 0;
    const idx: number[] = [];
    for (let k = 0; k < 20000; k++) {
      const i = rng.nextIndex(REJECTING_N);
      sum += i;
      idx.push(i);
    }
    expect(sum).toBe(20918405403);
    expect(idx.slice(-5)).toEqual([1050408, 408696, 669939, 1554451, 731444]);
  });

  it('drawCounts follows the same stream, rejections included', () => {
    const rng = new Xoshiro128(11);
    const counts = new Uint8Array(REJECTING_N);
    expect(rng.drawCounts(counts)).toBe(true);
    let check = 0;
    let max = 0;
    for (let i = 0; i < counts.length; i++) {
      check += counts[i]! * (i % 1000);
      if (counts[i]! > max) max = counts[i]!;
    }
    expect([check, max, rng.nextUint32()]).toEqual([1046364158, 9, 2432109585]);
  });
});

describe('above 2^21 rows: one 53-bit draw scaled to n', () => {
  it('nextIndex(3 000 000) and nextIndex(2^21 + 1) as the Python port', () => {
    const a = new Xoshiro128(7);
    expect(Array.from({ length: 8 }, () => a.nextIndex(3_000_000))).toEqual([147028, 2789559, 1191709, 919771, 1971577, 910859, 193671, 607095]);
    const b = new Xoshiro128(7);
    expect(Array.from({ length: 8 }, () => b.nextIndex(0x200001))).toEqual([102780, 1950044, 833065, 642967, 1378233, 636737, 135385, 424390]);
  });

  it('2^21 rows exactly still take one 32-bit draw each (Lemire)', () => {
    const a = new Xoshiro128(7);
    expect(Array.from({ length: 8 }, () => a.nextIndex(0x200000))).toEqual([102780, 347209, 1950043, 1996762, 833065, 1340831, 642967, 224118]);
  });

  it('drawCounts over 2^21 + 1 rows as the Python port', () => {
    const rng = new Xoshiro128(7);
    const counts = new Uint8Array(0x200001);
    expect(rng.drawCounts(counts)).toBe(true);
    let check = 0;
    let max = 0;
    let zeros = 0;
    for (let i = 0; i < counts.length; i++) {
      check += counts[i]! * (i % 1000);
      if (counts[i]! > max) max = counts[i]!;
      if (counts[i] === 0) zeros++;
    }
    expect([check, max, zeros, rng.nextUint32()]).toEqual([1047409712, 9, 771588, 1678003685]);
  });

  it('reports a byte count that would wrap on that path too', () => {
    const rng = new Xoshiro128(7);
    expect(rng.drawCounts(new Uint8Array(0x200001).fill(255))).toBe(false);
  });
});

describe('bootstrap option refusals', () => {
  it('names the bad setting and its value', () => {
    expect(() => resolveBootstrapOptions({ resamples: 0 })).toThrow('bootstrap: resamples must be a positive integer, got 0');
    expect(() => resolveBootstrapOptions({ resamples: 1.5 })).toThrow('bootstrap: resamples must be a positive integer, got 1.5');
    expect(() => resolveBootstrapOptions({ confidence: 0 })).toThrow('bootstrap: confidence must be in (0, 1), got 0');
    expect(() => resolveBootstrapOptions({ confidence: 1 })).toThrow('bootstrap: confidence must be in (0, 1), got 1');
    expect(() => resolveBootstrapOptions({ seed: 0.5 })).toThrow('bootstrap: seed must be an integer, got 0.5');
    expect(resolveBootstrapOptions({})).toEqual({ resamples: 1000, confidence: 0.95, seed: 20240101 });
    expect(resolveBootstrapOptions({ resamples: 1, confidence: 0.5, seed: -3 })).toEqual({ resamples: 1, confidence: 0.5, seed: -3 });
  });
  it('refuses an empty sample', () => {
    expect(() => bootstrapCi((d: number[]) => d.length, [])).toThrow('bootstrap: no rows to resample');
  });
});
