/**
 * Chi-square test of homogeneity (Evidently "chisquare": categorical columns of at most 1000
 * reference rows with more than 2 values, and numeric ones with 3 to 5 values; drift when p < threshold,
 * default 0.05).
 *
 * The statistic is scipy.stats.chi2_contingency(table, correction=False) of the 2 × K table
 * (reference counts, current counts) over the values seen on either side (binning.ts's
 * alignCategories; a sketch's un-itemised remainder is one more column): expected = row total ·
 * column total / N, X² = Σ (observed − expected)² / expected, dof = K − 1, p = chi2.sf(X², dof).
 *
 * Why chi2_contingency and not Evidently's goodness-of-fit (scipy.stats.chisquare(current counts,
 * reference shares · n_cur),
 * https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/chisquare_stattest.py):
 * the reference is a sample too, and the homogeneity test counts its sampling noise where the
 * goodness-of-fit test takes the reference shares as the truth (with 3,000,000 current rows against a
 * 1000-row reference that makes every small difference "significant"); and a value absent from the
 * reference gives an expected count of 0 and an infinite statistic there, while the contingency
 * table just has a column with one empty cell. With K > 2 the two agree closely when the reference is
 * much larger than the current sample.
 *
 * dof = 1 (a two-valued column with the test configured): no Yates continuity correction
 * (correction=False; SciPy would apply it by default at dof 1 only). Then X² = z² of the pooled
 * two-proportion Z-test (z.ts) and both give the same p-value, instead of a conservative one that
 * differs between the two tests. dof = 0 (one value on both sides): X² = 0, p = 1, as SciPy.
 * Unit: X², dimensionless; p in [0, 1].
 */
import { chiSquare1Sf } from '../../compare/significance.js';
import type { CategoricalDistribution } from '../distribution.js';
import { alignCategories } from './binning.js';

export interface ChiSquareResult {
  statistic: number;
  pValue: number;
  dof: number;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** log Γ(x) for x >= 0.5 (Lanczos, g = 7, 9 terms; ~1e-15 relative). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  x -= 1;
  let a = LANCZOS[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a): the series for P when x < a + 1,
 * else the continued fraction for Q by modified Lentz (Numerical Recipes, 3rd ed., §6.2).
 */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  const logPrefix = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let i = 0; i < 100000; i++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-17) break;
    }
    return Math.max(0, 1 - sum * Math.exp(logPrefix));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(logPrefix) * h;
}

/** Upper tail of the chi-square distribution with `dof` degrees of freedom (scipy.stats.chi2.sf). */
export function chiSquareSf(x: number, dof: number): number {
  if (x <= 0) return 1;
  if (dof === 1) return chiSquare1Sf(x);
  if (dof === 2) return Math.exp(-x / 2);
  return gammaQ(dof / 2, x / 2);
}

/** X² and p of a 2 × K contingency table given as its two rows (scipy chi2_contingency, correction=False). */
export function chiSquareContingency(referenceCounts: Float64Array, currentCounts: Float64Array): ChiSquareResult {
  const cols: number[] = [];
  for (let k = 0; k < referenceCounts.length; k++) if (referenceCounts[k] + currentCounts[k] > 0) cols.push(k);
  let r0 = 0;
  let r1 = 0;
  for (const k of cols) {
    r0 += referenceCounts[k];
    r1 += currentCounts[k];
  }
  const total = r0 + r1;
  const dof = cols.length - 1;
  if (dof <= 0 || r0 === 0 || r1 === 0) return { statistic: 0, pValue: 1, dof: Math.max(0, dof) };
  let stat = 0;
  for (const k of cols) {
    const col = referenceCounts[k] + currentCounts[k];
    const e0 = (r0 * col) / total;
    const e1 = (r1 * col) / total;
    stat += (referenceCounts[k] - e0) ** 2 / e0 + (currentCounts[k] - e1) ** 2 / e1;
  }
  return { statistic: stat, pValue: chiSquareSf(stat, dof), dof };
}

export function chiSquareTest(reference: CategoricalDistribution, current: CategoricalDistribution): ChiSquareResult {
  const a = alignCategories(reference, current);
  return chiSquareContingency(a.reference, a.current);
}
