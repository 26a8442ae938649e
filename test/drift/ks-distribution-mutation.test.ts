/**
 * The KS p-values of shared/drift/stats/ks-distribution.ts against SciPy 1.10, one test per reference row, for
 * mutation testing (npm run mutate, docs/mutation-testing.md): with per-test coverage a mutant runs only the rows
 * that reach its branch. ks-distribution.test.ts checks the same rows in two tests, and its exact two-sample sizes
 * 3000 × 4500 and 6937 × 7099 (~0.7 s plain) take over a minute instrumented, so the mutation run leaves that
 * file out and uses this one; those two sizes are the only rows missing here.
 *
 * Values: test/fixtures/reference/drift/ks_distribution.json (make_reference.py: scipy.stats.kstwo.sf,
 * scipy.stats.ks_2samp); the extra points below from Debian's /usr/bin/python3, SciPy 1.10.1:
 *   from scipy.stats import kstwo, ks_2samp; from scipy.special import smirnov
 *   [(smirnov(n, x), kstwo.sf(x, n)) for n, x in [(2_000_000, 0.0011), (2_000_000, 0.0004), (1_500_000, 0.002)]]
 * and test/fixtures/reference/drift/ks_exact_grid.json, the exact two-sided p of every lattice D for small sizes:
 *   import math, json, scipy.stats._stats_py as s
 *   for n1, n2 in [(1, 5), (3, 7), (8, 13), (12, 18), (10, 25), (30, 45)]:
 *       g = math.gcd(n1, n2); lcm = n1 // g * n2
 *       rows = [[h, s._attempt_exact_2kssamp(n1, n2, g, h / lcm, 'two-sided')[2]] for h in range(lcm + 1)]
 */
import { describe, expect, it } from 'vitest';
import { ks2sampPValue, kstwoSf, roundHalfEven, smirnovSf } from '../../shared/drift/stats/ks-distribution.js';
import { readReference } from './datasets.js';

const REF = readReference<{
  kstwo: Array<{ n: number; d: number; sf: number }>;
  ks_2samp: Array<{ n1: number; n2: number; d: number; p_value: number }>;
}>('ks_distribution');

/** Agreement as ks-distribution.test.ts asks it: 1e-12 absolute or 1e-8 relative. */
function expectAgree(actual: number, expected: number, what: string): void {
  const abs = Math.abs(actual - expected);
  expect(abs <= 1e-12 || (expected > 0 && abs / expected <= 1e-8), `${what}: ${actual} vs SciPy ${expected}`).toBe(true);
}

const GRID = readReference<Array<{ n1: number; n2: number; rows: Array<[number, number]> }>>('ks_exact_grid');
const HEAVY = new Set(['3000,4500', '6937,7099']);

describe('kstwo.sf against SciPy, row by row', () => {
  for (const r of REF.kstwo) {
    it(`n=${r.n} d=${r.d}`, () => expectAgree(kstwoSf(r.d, r.n), r.sf, `kstwo.sf(${r.d}, ${r.n})`));
  }
});

describe('ks_2samp p-values against SciPy, row by row', () => {
  for (const r of REF.ks_2samp.filter((x) => !HEAVY.has(`${x.n1},${x.n2}`))) {
    it(`n1=${r.n1} n2=${r.n2} d=${r.d}`, () => {
      expectAgree(ks2sampPValue(r.d, r.n1, r.n2).pValue, r.p_value, `ks_2samp(${r.n1}, ${r.n2}, ${r.d})`);
      expectAgree(ks2sampPValue(r.d, r.n2, r.n1).pValue, r.p_value, `ks_2samp(${r.n2}, ${r.n1}, ${r.d})`);
    });
  }
});

describe('ks_2samp paths and helpers', () => {
  it('falls back to the asymptotic form when the exact sum is not a probability (5 × 5, D = 0.2), as SciPy', () => {
    const fallback = REF.ks_2samp.find((r) => r.n1 === 5 && Math.abs(r.d - 0.2) < 1e-12)!;
    expect(ks2sampPValue(fallback.d, 5, 5)).toEqual({ pValue: fallback.p_value, method: 'asymp' });
  });

  it('takes the exact path up to 10000 rows per side and the asymptotic one above', () => {
    expect(ks2sampPValue(0.01, 10000, 10000).method).toBe('exact');
    expect(ks2sampPValue(0.01, 10001, 500).method).toBe('asymp');
    expect(ks2sampPValue(0.01, 500, 10001).method).toBe('asymp');
  });

  it('rounds half to even like numpy.round', () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, 2.4, 2.6].map(roundHalfEven)).toEqual([0, 2, 2, -0, -2, 2, 3]);
  });

  it('has the closed forms of the one-sided Smirnov distribution at its ends', () => {
    expect(smirnovSf(10, 0.05)).toBeCloseTo(1 - 0.05 * 1.05 ** 9, 15);
    expect(smirnovSf(10, 0.95)).toBeCloseTo(0.05 ** 10, 25);
    expect(smirnovSf(1, 0.3)).toBeCloseTo(0.7, 15);
  });
});

describe('beyond the reference grid', () => {
  it("smirnov above 10^6 observations uses cephes' closed form on both sides of log p = −ln 2, as SciPy", () => {
    // (n, x, smirnov(n, x), kstwo.sf(x, n)); n·x² >= 2.2 sends kstwo.sf to 2·smirnov.
    const rows: Array<[number, number, number, number]> = [
      [2_000_000, 0.0011, 0.007901257451408919, 0.015802514902817838],
      [2_000_000, 0.0004, 0.5271518168333729, 0.9060752785489409],
      [1_500_000, 0.002, 6.136025302025789e-6, 1.2272050604051577e-5],
    ];
    for (const [n, x, sm, sf] of rows) {
      expectAgree(smirnovSf(n, x), sm, `smirnov(${n}, ${x})`);
      expectAgree(kstwoSf(x, n), sf, `kstwo.sf(${x}, ${n})`);
    }
  });

  it('an exact p that underflows to 0 is still exact (SciPy: _attempt_exact_2kssamp(2000, 2000, 2000, 1.0) = (True, 1.0, 0.0))', () => {
    expect(ks2sampPValue(1, 2000, 2000)).toEqual({ pValue: 0, method: 'exact' });
    expect(ks2sampPValue(1, 600, 900)).toEqual({ pValue: 0, method: 'exact' });
  });

  it('D = 0 is p = 1 on the exact path (ks_2samp gives 1.0); no p-value without rows on a side', () => {
    expect(ks2sampPValue(0, 10, 20)).toEqual({ pValue: 1, method: 'exact' });
    expect(ks2sampPValue(0, 10, 10)).toEqual({ pValue: 1, method: 'exact' });
    expect(ks2sampPValue(0.3, 0, 20).pValue).toBeNaN();
    expect(ks2sampPValue(0.3, 20, 0).pValue).toBeNaN();
  });
});

describe('exact two-sample p for every lattice D, small unequal sizes (and one row against five)', () => {
  for (const { n1, n2, rows } of GRID) {
    it(`${n1} × ${n2}: D = h / lcm for h = 0 … lcm`, () => {
      const lcm = rows.length - 1;
      for (const [h, p] of rows) {
        for (const [a, b] of [[n1, n2], [n2, n1]] as const) {
          const got = ks2sampPValue(h / lcm, a, b);
          expect(got.method, `${a} × ${b}, h = ${h}`).toBe('exact');
          expectAgree(got.pValue, p, `${a} × ${b}, h = ${h}`);
        }
      }
    });
  }
});
