/**
 * The bootstrap's random stream, pinned to known answers: evaluation and comparison reports record
 * `prng: xoshiro128** (splitmix32-seeded)` and a seed, so anyone can replay the resamples behind an interval;
 * mutation testing (npm run mutate, docs/mutation-testing.md) showed a changed seeding or index draw went
 * unnoticed, since the other tests only compare our runs with each other. Expected values come from this
 * independent Python port of splitmix32, Blackman & Vigna's xoshiro128** (prng.di.unimi.it/xoshiro128starstar.c)
 * and Lemire's (2019) nearly divisionless bounded draw, run with /usr/bin/python3:
 *
 *   M = 0xFFFFFFFF
 *   def splitmix32(x):
 *       while True:
 *           x = (x + 0x9E3779B9) & M; z = x
 *           z = ((z ^ (z >> 16)) * 0x21F0AAAD) & M; z = ((z ^ (z >> 15)) * 0x735A2D97) & M
 *           yield (z ^ (z >> 15)) & M
 *   rotl = lambda x, k: ((x << k) | (x >> (32 - k))) & M
 *   class X:
 *       def __init__(self, seed): g = splitmix32(seed & M); self.s = [next(g) for _ in range(4)]
 *       def next(self):
 *           s = self.s; r = (rotl((s[1] * 5) & M, 7) * 9) & M; t = (s[1] << 9) & M
 *           s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 11)
 *           return r
 *       def index(self, n):
 *           m = self.next() * n; l = m & M
 *           if l < n:
 *               th = (2**32 - n) % n
 *               while l < th: m = self.next() * n; l = m & M
 *           return m >> 32
 *   x = X(42); [x.next() for _ in range(4)]            # [660444221, 3652823732, 77672526, 910233633]
 *   x = X(20240101); [x.index(1000) for _ in range(8)]  # [445, 337, 966, 814, 76, 56, 637, 875]
 *   list(X(0).s)                                      # [1684164658, 3653269916, 2939563536, 2141751570]
 */
import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from '../../../shared/model/metrics/bootstrap.js';

describe('xoshiro128** seeded by splitmix32', () => {
  it('gives the reference stream for seed 42', () => {
    const rng = new Xoshiro128(42);
    expect(Array.from({ length: 4 }, () => rng.nextUint32())).toEqual([660444221, 3652823732, 77672526, 910233633]);
  });
  it('seeds the state of seed 0 from splitmix32 (no all-zero state to repair)', () => {
    expect(new Xoshiro128(0).saveState().map((s) => s >>> 0)).toEqual([1684164658, 3653269916, 2939563536, 2141751570]);
  });
  it('draws row indices in [0, 1000) as Lemire’s bounded draw does, for the default seed 20240101', () => {
    const rng = new Xoshiro128(20240101);
    expect(Array.from({ length: 8 }, () => rng.nextIndex(1000))).toEqual([445, 337, 966, 814, 76, 56, 637, 875]);
  });
});
