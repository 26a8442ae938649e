/**
 * Lemire's rejection at its exact bound, in both draw paths of bootstrap.ts (nextIndex and the block-wise
 * drawCounts), for mutation testing (docs/mutation-testing.md). A draw is redrawn only when the low word of r·n is
 * below (2^32 − n) mod n; a low word equal to that threshold is kept. Random seeds reach equality once in ~2^32
 * draws, so the state is built for it: r = threshold · n^−1 mod 2^32 (n odd), and s1 such that xoshiro128**'s
 * output rotl(s1·5, 7)·9 is r. Expected values from an independent Python port of xoshiro128** and Lemire's method
 * (Debian's /usr/bin/python3, integers only):
 *
 *   M = 2**32; n = 1001; thr = (M - n) % n                                   # 620
 *   r = thr * pow(n, -1, M) % M                                              # 4290676620
 *   y = r * pow(9, -1, M) % M; x = (y >> 7 | y << 25) % M; s1 = x * pow(5, -1, M) % M
 *   state = [0x12345678, s1, 0x9abcdef0, 0x0fedcba9]                        # s1 = 1157254332
 *   index(n): draw r; m = r * n; keep m // M once m % M >= thr, else redraw
 *   first five indices: 1000, 86, 204, 927, 913; over n draws: index 1000 drawn 5 times,
 *   sum of i·count[i] = 487363, of i²·count[i] = 321097065
 *   (rejecting at m % M <= thr instead, the first five would be 86, 204, 927, 913, 426)
 *
 * Two rejections in a row (probability ~(n/2^32)² per draw; no seed in the tests reaches it), built the same way:
 * the first two outputs have low words 5 and 17, both below 620. xoshiro128**'s second output reads s1 after one
 * step, s1 ^ s2 ^ s0, so s2 is chosen to make that the word whose output has low word 17:
 *
 *   def s1_for(low):                                                         # the s1 whose output r has r·n = low
 *       r = low * pow(n, -1, M) % M; y = r * pow(9, -1, M) % M; x = (y >> 7 | y << 25) % M; return x * pow(5, -1, M) % M
 *   s0 = 0x12345678; s1 = s1_for(5); s2 = s1 ^ s0 ^ s1_for(17); state = [s0, s1, s2, 0x0fedcba9]
 *   # state = [305419896, 1001082642, 2753362571, 267242409]; outputs' high words 557, 92, 804, 225
 *   first five indices: 804, 225, 813, 895, 907 (a redraw loop that stopped after one redraw would give 92 first);
 *   over n draws: index 804 drawn 4 times, sum of i·count[i] = 495395, of i²·count[i] = 329592487
 *
 * Also drawCounts' answer "a count exceeded what the array holds", on counts given non-zero (its contract: false
 * only when a byte count passed 255): a byte count of 255 drawn once more; 32-bit counts above 255; and on the
 * path above 2^21 rows, a byte count reaching exactly 255 (the rows drawn once are found with nextIndex, the
 * per-draw definition drawCounts follows).
 */
import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from '../../../shared/model/metrics/index.js';

const N = 1001;
const STATE: [number, number, number, number] = [0x12345678, 1157254332, 0x9abcdef0, 0x0fedcba9];
const at = (state: [number, number, number, number]) => {
  const rng = new Xoshiro128(1);
  rng.restoreState(state);
  return rng;
};

/** Draws in all, and the sum of their indices and of the indices' squares (what the Python port prints). */
function moments(counts: Uint8Array | Uint32Array): [number, number, number] {
  let total = 0;
  let sum = 0;
  let squares = 0;
  counts.forEach((c, i) => {
    total += c;
    sum += i * c;
    squares += i * i * c;
  });
  return [total, sum, squares];
}

describe("Lemire's bounded draw keeps a low word equal to the threshold", () => {
  it('nextIndex: the first draw is kept (index 1000), then the stream goes on', () => {
    const rng = at(STATE);
    expect(Array.from({ length: 5 }, () => rng.nextIndex(N))).toEqual([1000, 86, 204, 927, 913]);
  });

  it('drawCounts, byte and 32-bit counts: the same draws', () => {
    for (const counts of [new Uint8Array(N), new Uint32Array(N)]) {
      expect(at(STATE).drawCounts(counts)).toBe(true);
      const [total, sum, squares] = moments(counts);
      expect([total, counts[1000], sum, squares], counts.constructor.name).toEqual([N, 5, 487363, 321097065]);
    }
  });
});

describe("Lemire's bounded draw redraws until the low word reaches the threshold, however often", () => {
  const TWICE: [number, number, number, number] = [305419896, 1001082642, 2753362571, 267242409];
  it('nextIndex: two rejected draws, the third kept (index 804)', () => {
    const rng = at(TWICE);
    expect(Array.from({ length: 5 }, () => rng.nextIndex(N))).toEqual([804, 225, 813, 895, 907]);
  });

  it('drawCounts, byte and 32-bit counts: the same draws', () => {
    for (const counts of [new Uint8Array(N), new Uint32Array(N)]) {
      expect(at(TWICE).drawCounts(counts)).toBe(true);
      const [total, sum, squares] = moments(counts);
      expect([total, counts[804], sum, squares], counts.constructor.name).toEqual([N, 4, 495395, 329592487]);
    }
  });
});

describe('drawCounts reports a byte count past 255, and only that', () => {
  it('one row at 255 drawn once more: false (the count wrapped)', () => {
    const counts = Uint8Array.of(255);
    expect(new Xoshiro128(3).drawCounts(counts)).toBe(false);
  });

  it('32-bit counts above 255 hold: true, every count one draw more on average', () => {
    const counts = new Uint32Array(N).fill(300);
    expect(new Xoshiro128(3).drawCounts(counts)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(301 * N);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(300);
  });

  it('above 2^21 rows, a byte count reaching exactly 255 still fits: true', () => {
    const n = 2 ** 21 + 1;
    const ref = new Uint32Array(n);
    const stream = new Xoshiro128(5);
    for (let k = 0; k < n; k++) ref[stream.nextIndex(n)]++;
    const once = ref.indexOf(1);
    expect(ref.reduce((a, b) => Math.max(a, b), 0)).toBeLessThan(255);
    const counts = new Uint8Array(n);
    counts[once] = 254;
    expect(new Xoshiro128(5).drawCounts(counts)).toBe(true);
    expect(counts[once]).toBe(255);
  });
});
