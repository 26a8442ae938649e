/**
 * Jensen-Shannon distance (Evidently "jensenshannon": categorical columns, and numeric ones with at
 * most 5 distinct values, of more than 1000 reference rows; drift when statistic >= threshold,
 * default 0.1).
 *
 * The shares come from Evidently's get_binned_data without zero filling (binning.ts); the distance is
 * scipy.spatial.distance.jensenshannon(p, q) with its default natural logarithm: p and q normalised to
 * sum 1, m = (p + q) / 2, JS = sqrt((Σ rel_entr(p, m) + Σ rel_entr(q, m)) / 2), rel_entr(x, y) =
 * x·ln(x/y), 0 at x = 0. Evidently's jensenshannon_stat_test passes base=None (natural log)
 * (https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/jensenshannon.py);
 * an older release passed base 2. Unit: a distance in [0, sqrt(ln 2) ≈ 0.833].
 *
 * From a sketch (same bins: the edges use exact min, max and n): JS distance is a metric
 * (Endres & Schindelin 2003), so |JS(P̂, Q) − JS(P, Q)| <= JS(P̂, P) <= sqrt(ln 2 · TV(P̂, P)) (Lin 1991:
 * JS divergence <= ln 2 · total variation), where TV(P̂, P) = ½ Σ |p̂_i − p_i| is the sketch's error
 * in the bin shares (each bin's share is a difference of two CDF values, each within the KLL rank
 * error ε).
 */
import type { Distribution } from '../distribution.js';
import { categoryBins, numericBins, type SharedBins } from './binning.js';

export interface JensenShannonResult {
  statistic: number;
  bins: SharedBins;
}

function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

/** scipy.spatial.distance.jensenshannon(p, q) (natural log), p and q non-negative weights. */
export function jensenShannonDistance(p: Float64Array, q: Float64Array): number {
  let sp = 0;
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    sp += p[i];
    sq += q[i];
  }
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] / sp;
    const qi = q[i] / sq;
    const m = (pi + qi) / 2;
    left += relEntr(pi, m);
    right += relEntr(qi, m);
  }
  return Math.sqrt((left + right) / 2);
}

/** Shares in Evidently's bins for two distributions of the same kind (numeric: Sturges; categorical: values). */
export function evidentlyBins(reference: Distribution, current: Distribution, numericKeys = false): SharedBins {
  if (reference.kind === 'numeric' && current.kind === 'numeric') return numericBins(reference, current);
  if (reference.kind === 'categorical' && current.kind === 'categorical') return categoryBins(reference, current, numericKeys);
  throw new Error('binning needs two numeric or two categorical distributions');
}

export function jensenShannonTest(reference: Distribution, current: Distribution, numericKeys = false): JensenShannonResult {
  const bins = evidentlyBins(reference, current, numericKeys);
  return { statistic: jensenShannonDistance(bins.reference, bins.current), bins };
}
