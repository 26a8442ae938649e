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

describe("Lemire's bounded draw keeps a low word equal to the threshold", () => {
  it('nextIndex: the first draw is kept (index 1000), then the stream goes on', () => {
    const rng = at(STATE);
    expect(Array.from({ length: 5 }, () => rng.nextIndex(N))).toEqual([1000, 86, 204, 927, 913]);
  });

  it('drawCounts, byte and 32-bit counts: the same draws', () => {
    for (const counts of [new Uint8Array(N), new Uint32Array(N)]) {
      expect(at(STATE).drawCounts(counts)).toBe(true);
      let total = 0;
      let sum = 0;
      let squares = 0;
      counts.forEach((c, i) => {
        total += c;
        sum += i * c;
        squares += i * i * c;
      });
      expect([total, counts[1000], sum, squares], counts.constructor.name).toEqual([N, 5, 487363, 321097065]);
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
