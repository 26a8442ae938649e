/**
 * The KS p-value functions against SciPy 1.10 on a grid that crosses every branch: kstwo.sf (Ruben-
 * Gambino, Durbin matrix, Pomeranz, Pelz-Good, 2·smirnov, the underflow cut) and the exact
 * two-sample path of ks_2samp (equal and unequal sizes, the fallback when the exact sum is not a
 * probability). Values from test/fixtures/reference/drift/make_reference.py (ks_distribution.json).
 */
import { describe, expect, it } from 'vitest';
import { ks2sampPValue, kstwoSf, roundHalfEven, smirnovSf } from '../../shared/drift/stats/ks-distribution.js';
import { readReference } from './datasets.js';

const REF = readReference<{
  kstwo: Array<{ n: number; d: number; sf: number }>;
  ks_2samp: Array<{ n1: number; n2: number; d: number; p_value: number }>;
}>('ks_distribution');

function agree(actual: number, expected: number): boolean {
  const abs = Math.abs(actual - expected);
  return abs <= 1e-12 || (expected > 0 && abs / expected <= 1e-8);
}

describe('KS p-values', () => {
  it('kstwo.sf agrees with SciPy to 1e-8 relative across all of its branches', () => {
    const bad = REF.kstwo.filter((r) => !agree(kstwoSf(r.d, r.n), r.sf)).map((r) => ({ ...r, ours: kstwoSf(r.d, r.n) }));
    expect(bad).toEqual([]);
    expect(REF.kstwo.length).toBeGreaterThan(150);
  });

  it('ks_2samp p-values for given sizes and D agree with SciPy, including its exact-to-asymptotic fallback', () => {
    const bad = REF.ks_2samp.filter((r) => !agree(ks2sampPValue(r.d, r.n1, r.n2).pValue, r.p_value)).map((r) => ({ ...r, ours: ks2sampPValue(r.d, r.n1, r.n2) }));
    expect(bad).toEqual([]);
    // n1 = n2 = 5, D = 0.2: the exact sum gives 1.0000000000000002, so SciPy switches to the asymptotic form.
    const fallback = REF.ks_2samp.find((r) => r.n1 === 5 && Math.abs(r.d - 0.2) < 1e-12)!;
    expect(ks2sampPValue(fallback.d, 5, 5)).toEqual({ pValue: fallback.p_value, method: 'asymp' });
  });

  it('takes the exact path up to 10000 rows per side and the asymptotic one above', () => {
    expect(ks2sampPValue(0.01, 10000, 10000).method).toBe('exact');
    expect(ks2sampPValue(0.01, 10001, 500).method).toBe('asymp');
  });

  it('rounds half to even like numpy.round', () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, 2.4, 2.6].map(roundHalfEven)).toEqual([0, 2, 2, -0, -2, 2, 3]);
  });

  it('has the closed forms of the one-sided Smirnov distribution at its ends', () => {
    // D+ >= x for x <= 1/n: 1 − x(1 + x)^(n−1); x >= 1 − 1/n: (1 − x)^n.
    expect(smirnovSf(10, 0.05)).toBeCloseTo(1 - 0.05 * 1.05 ** 9, 15);
    expect(smirnovSf(10, 0.95)).toBeCloseTo(0.05 ** 10, 25);
    expect(smirnovSf(1, 0.3)).toBeCloseTo(0.7, 15);
  });
});
