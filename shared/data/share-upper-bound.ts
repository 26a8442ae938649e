/**
 * How large a share can be, given that k of n sampled rows had it: the upper end of the Wilson score
 * interval (E. B. Wilson, 1927; method 3 of R. G. Newcombe, "Two-sided confidence intervals for the
 * single proportion", Statistics in Medicine 17, 1998, whose Table II the tests reproduce).
 *
 * Contract inference uses it for rules a sample can only suggest: "no missing values" seen in n rows
 * means the missing share is small, not zero (penguins has 2 missing beak lengths in 344 rows: a
 * random 70% misses both about one time in eleven). What the contract meets is not the true share
 * but the share in a fresh batch, which scatters around it too: batchShareBound bounds that (below).
 */

/** z of a one-sided 99.9% bound: a rule inferred from a sample cries wolf on fresh data about once in 1,000. */
export const INFERENCE_Z = 3.090232306167813;

/** Upper end of the Wilson score interval for k successes in n trials (1 when n is 0). */
export function wilsonUpperBound(k: number, n: number, z = INFERENCE_Z): number {
  if (!(n > 0)) return 1;
  if (!(k >= 0) || k > n) throw new RangeError(`wilsonUpperBound: k must be within [0, n], got k=${k}, n=${n}`);
  const p = k / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.min(1, (centre + spread) / (1 + z2 / n));
}

/**
 * How large the share can be in a fresh batch at least half the sample's size: the batch share minus
 * the sample share has variance p(1-p)(1/n + 2/n), so this is Wilson's score bound with n/3 rows
 * (and k/3 of them), a prediction bound rather than a bound on p. The plain bound on p cries wolf:
 * over 70/30 splits of a 406-row table with 8 missing values it is exceeded in one split of 100;
 * this one in fewer than one of 100,000, and in about 2 of 1,000 at worst, for columns 30-45% missing
 * (exact hypergeometric sums: test/data/share-upper-bound.test.ts).
 */
export function batchShareBound(k: number, n: number, z = INFERENCE_Z): number {
  return wilsonUpperBound(k / 3, n / 3, z);
}

/**
 * The `mostly` that tolerates the share batchShareBound allows: 1 - bound, with the bound rounded up
 * to two significant digits so the contract reads `mostly: 0.962`, not 0.96176... (rounding up only
 * widens the tolerance). 0 when the bound is 1.
 */
export function mostlyTolerating(k: number, n: number, z = INFERENCE_Z): number {
  const bound = batchShareBound(k, n, z);
  if (bound >= 1) return 0;
  const decimals = Math.max(2, 1 - Math.floor(Math.log10(bound)));
  const scale = 10 ** decimals;
  const rounded = Math.ceil(bound * scale - 1e-9) / scale;
  return Math.max(0, Number((1 - rounded).toFixed(decimals)));
}
