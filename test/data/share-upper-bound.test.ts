import { describe, expect, it } from 'vitest';
import { batchShareBound, mostlyTolerating, wilsonUpperBound } from '../../shared/data/share-upper-bound.js';

const Z95 = 1.959963984540054;

describe('wilsonUpperBound', () => {
  // R. G. Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
  // methods", Statistics in Medicine 17 (1998) 857-872, Table II, method 3 (Wilson score, no
  // continuity correction), 95%: upper limits.
  it.each([
    [81, 263, 0.3662],
    [15, 148, 0.1605],
    [0, 20, 0.1611],
    [1, 29, 0.1718],
  ])('matches Newcombe (1998) for %i of %i: %f', (k, n, upper) => {
    expect(wilsonUpperBound(k, n, Z95)).toBeCloseTo(upper, 4);
  });

  it('is 1 without data and refuses k outside [0, n]', () => {
    expect(wilsonUpperBound(0, 0)).toBe(1);
    expect(() => wilsonUpperBound(3, 2)).toThrow(/k must be within \[0, n\]/);
  });
});

describe('mostlyTolerating', () => {
  it('rounds the tolerated share up to two significant digits', () => {
    // 0 of 240 rows: Wilson at n = 80, z = 3.09: 9.5495 / 89.5495 = 0.1066 -> 0.11.
    expect(batchShareBound(0, 240)).toBeCloseTo(0.1066, 4);
    expect(mostlyTolerating(0, 240)).toBe(0.89);
    expect(mostlyTolerating(0, 1_000_000)).toBe(1 - 0.000029);
    // One row proves nothing: the rule would tolerate 97% missing, and inference writes none.
    expect(mostlyTolerating(0, 1)).toBeLessThan(0.5);
  });

  /**
   * The chance that a 70/30 split of T rows, K of them missing, gives a 30% whose missing share
   * exceeds what `mostly(k, N)` of the 70% tolerates: an exact hypergeometric sum over k.
   */
  function falseAlarmChance(T: number, K: number, mostly: (k: number, n: number) => number): number {
    const logFactorial = [0];
    for (let i = 1; i <= T; i++) logFactorial.push(logFactorial[i - 1]! + Math.log(i));
    const logChoose = (n: number, k: number) => logFactorial[n]! - logFactorial[k]! - logFactorial[n - k]!;
    const N = Math.round(0.7 * T);
    const M = T - N;
    let p = 0;
    for (let k = Math.max(0, K - M); k <= Math.min(K, N); k++) {
      if (1 - (K - k) / M < mostly(k, N) - 1e-12) p += Math.exp(logChoose(K, k) + logChoose(T - K, N - k) - logChoose(T, N));
    }
    return p;
  }

  it('tolerates what a fresh 30% shows, where a bound on the share itself cries wolf', () => {
    const plain = (k: number, n: number) => 1 - wilsonUpperBound(k, n);
    // cars: 406 rows, 8 missing miles per gallon.
    expect(falseAlarmChance(406, 8, plain)).toBeGreaterThan(0.005);
    expect(falseAlarmChance(406, 8, mostlyTolerating)).toBeLessThan(1e-5);
    // The worst case over columns up to 45% missing stays near 1 in 500.
    for (const T of [344, 406, 1461]) {
      let worst = 0;
      for (let K = 1; K <= 0.45 * T; K++) worst = Math.max(worst, falseAlarmChance(T, K, mostlyTolerating));
      expect(worst).toBeLessThan(0.003);
    }
  });
});
