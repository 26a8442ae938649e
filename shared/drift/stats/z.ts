/**
 * Two-proportion Z-test (Evidently "z": columns with at most 2 values, categorical or numeric, of at
 * most 1000 reference rows; drift when p < threshold, default 0.05).
 *
 * As Evidently's _z_stat_test
 * (https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/z_stattest.py):
 * the values seen on either side are sorted (numbers numerically), p1 and p2 are the shares of
 * values other than the first in the reference and the current data, P the pooled share, and
 * z = (p1 − p2) / sqrt(P(1 − P)(1/n1 + 1/n2)); two-sided p = 2·Φ(−|z|), computed as erfc(|z|/√2)
 * (Evidently writes 2·(1 − Φ(|z|)), the same number without its cancellation for tiny p). When both
 * sides hold one and the same value, p = 1 (z = 0). With more than 2 values (configured), it tests
 * the first value against all the others. Unit: z in standard errors; p in [0, 1].
 */
import { normalTwoSidedP } from '../../compare/significance.js';
import type { CategoricalDistribution } from '../distribution.js';
import { alignCategories } from './binning.js';

export interface ZResult {
  statistic: number;
  pValue: number;
  /** The value whose complement's share is compared. */
  first: string | null;
}

export function zTest(reference: CategoricalDistribution, current: CategoricalDistribution, numericKeys = false): ZResult {
  const a = alignCategories(reference, current, numericKeys);
  const n1 = reference.n;
  const n2 = current.n;
  if (a.keys.length === 0 || n1 === 0 || n2 === 0) return { statistic: 0, pValue: 1, first: a.keys[0] ?? null };
  if (a.keys.length === 1) return { statistic: 0, pValue: 1, first: a.keys[0] };
  const p1 = (n1 - a.reference[0]) / n1;
  const p2 = (n2 - a.current[0]) / n2;
  const P = (p1 * n1 + p2 * n2) / (n1 + n2);
  const se = Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
  if (se === 0) return { statistic: 0, pValue: 1, first: a.keys[0] };
  const z = (p1 - p2) / se;
  return { statistic: z, pValue: normalTwoSidedP(z), first: a.keys[0] };
}
