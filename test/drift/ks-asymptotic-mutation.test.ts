/**
 * The asymptotic path of shared/drift/stats/ks-distribution.ts (lines 1–370: kstwoSf, smirnovSf and the Durbin
 * matrix, Pomeranz and Pelz-Good code behind them) where the mutation run (npm run mutate, docs/mutation-testing.md)
 * found branches that the reference grid of ks-distribution-mutation.test.ts does not decide:
 * - the Durbin matrix above 140 observations, where the final n!/n^n loop must rescale to stay above underflow;
 * - Pomeranz's band for 1 < n·x < 2 (bound ll = 1) and for an integer n·x;
 * - smirnov's n·x < 1 closed form above 10^6 observations, and cephes' sum (not its approximation) at exactly 10^6;
 * - the n·x <= 1 closed form: Ruben-Gambino's product for n <= 140 (not Stirling's series, off by 2e-2 at n = 1),
 *   and for n > 140 a probability 1 (n!/n^n (2nx − 1)^n is below e^-130 there);
 * - x above 1 (p = 0), and NaN for arguments outside the distributions' domain.
 *
 * Values from Debian's /usr/bin/python3, SciPy 1.10.1:
 *   from scipy.stats import kstwo; from scipy.special import smirnov
 *   [kstwo.sf(x, n) for x, n in [(0.007, 2000), (0.004, 5000), (0.0025, 10000), (0.45, 4), (0.39, 5), (0.4, 5),
 *                                (0.9, 1), (0.45, 2), (0.0013, 400), (1.5, 2)]]
 *   [smirnov(n, x) for n, x in [(1000001, 1e-7), (3000000, 1e-7), (1000000, 1e-4)]]
 *   [smirnov(10, 0), smirnov(10, 1)]                                           # 1.0, 0.0
 *   [smirnov(0, .5), smirnov(-1, .5), smirnov(10, -.1), smirnov(10, 1.5)]     # all nan
 *   [kstwo.sf(float('nan'), 10), kstwo.sf(.1, 0), kstwo.sf(.1, 2.5)]         # all nan
 */
import { describe, expect, it } from 'vitest';
import { kstwoSf, smirnovSf } from '../../shared/drift/stats/ks-distribution.js';

/** As ks-distribution.test.ts: 1e-12 absolute or 1e-8 relative. */
function expectAgree(actual: number, expected: number, what: string): void {
  const abs = Math.abs(actual - expected);
  expect(abs <= 1e-12 || (expected > 0 && abs / expected <= 1e-8), `${what}: ${actual} vs SciPy ${expected}`).toBe(true);
}

describe('kstwo.sf on the asymptotic path, against SciPy', () => {
  // n·x^1.5 <= 1.4 and n·x² < 2.2: the Durbin matrix. Its last loop multiplies by n!/n^n (e^-2000 and less here),
  // which underflows unless it rescales by 2^128 on the way.
  for (const [x, n, sf] of [
    [0.007, 2000, 0.99996406321293],
    [0.004, 5000, 0.9999977369528622],
    [0.0025, 10000, 0.9999999655622609],
  ] as const) {
    it(`Durbin matrix, n = ${n}, x = ${x}`, () => expectAgree(kstwoSf(x, n), sf, `kstwo.sf(${x}, ${n})`));
  }

  // 0.754693 < n·x² <= 4 with n <= 140: Pomeranz. n·x = 1.8 and 1.95 put the band's bound ll at 1 with a fraction;
  // n·x = 2 is an integer (no fraction: ceilf = 0).
  for (const [x, n, sf] of [
    [0.45, 4, 0.29290000000000005],
    [0.39, 5, 0.3364200159999998],
    [0.4, 5, 0.3087999999999995],
  ] as const) {
    it(`Pomeranz, n = ${n}, x = ${x}`, () => expectAgree(kstwoSf(x, n), sf, `kstwo.sf(${x}, ${n})`));
  }
});

describe('kstwo.sf at the ends, against SciPy', () => {
  it("n·x <= 1 with n <= 140: Ruben-Gambino's exact product", () => {
    expectAgree(kstwoSf(0.9, 1), 0.19999999999999996, 'kstwo.sf(0.9, 1)');
    expectAgree(kstwoSf(0.45, 2), 0.6799999999999999, 'kstwo.sf(0.45, 2)');
  });

  it('n·x <= 1 with n > 140 is 1 (n·x = 0.52: the log-space form must not overflow the other way)', () => {
    expect(kstwoSf(0.0013, 400)).toBe(1);
  });

  it('x above 1 is 0 (not 2·(1 − x)^n)', () => {
    expect(kstwoSf(1.5, 2)).toBe(0);
    expect(kstwoSf(1, 7)).toBe(0);
  });
});

describe('smirnov beyond the reference grid, against SciPy', () => {
  it("n·x < 1 above 10^6 observations takes the closed form 1 − x(1 + x)^(n−1), not cephes' approximation", () => {
    expectAgree(smirnovSf(1000001, 1e-7), 0.9999998894829087, 'smirnov(1000001, 1e-7)');
    expectAgree(smirnovSf(3000000, 1e-7), 0.9999998650141347, 'smirnov(3000000, 1e-7)');
  });

  it('exactly 10^6 observations still sum the series, as cephes (its approximation starts above 10^6)', () => {
    expectAgree(smirnovSf(1000000, 1e-4), 0.9801333332277914, 'smirnov(1000000, 1e-4)');
  });
});

describe('outside the domain: NaN, as SciPy', () => {
  it('smirnov at the ends of the domain: 1 at x = 0, 0 at x = 1', () => {
    expect(smirnovSf(10, 0)).toBe(1);
    expect(smirnovSf(10, 1)).toBe(0);
  });

  it('smirnov with no observations or x outside [0, 1]', () => {
    for (const [n, x] of [
      [0, 0.5],
      [-1, 0.5],
      [10, -0.1],
      [10, 1.5],
    ]) {
      expect(smirnovSf(n!, x!), `smirnov(${n}, ${x})`).toBeNaN();
    }
  });

  it('kstwo.sf of NaN, of no observations, of a fractional count', () => {
    expect(kstwoSf(Number.NaN, 10)).toBeNaN();
    expect(kstwoSf(0.1, 0)).toBeNaN();
    expect(kstwoSf(0.1, 2.5)).toBeNaN();
  });
});
