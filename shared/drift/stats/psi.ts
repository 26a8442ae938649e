/**
 * Population Stability Index (Evidently "psi"; never a default, available by configuration; drift
 * when statistic >= threshold, default 0.1 as Evidently's psi_stat_test).
 *
 * PSI = Σ (r_i − c_i) · ln(r_i / c_i) over Evidently's get_binned_data bins (binning.ts: Sturges bins
 * over reference + current for numeric columns with more than 20 distinct reference values, one bin
 * per value otherwise) after its zero filling (empty bins of a side get min(nonzero share)/1e6 when
 * that minimum is <= 1e-4, else 1e-4)
 * (https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/psi.py).
 * Unit: none (a symmetric KL divergence in nats); the usual reading is < 0.1 stable, 0.1-0.25
 * moderate shift, > 0.25 major shift.
 */
import type { Distribution } from '../distribution.js';
import { fillZeroShares, type SharedBins } from './binning.js';
import { evidentlyBins } from './jensen-shannon.js';

export interface PsiResult {
  statistic: number;
  bins: SharedBins;
}

/** PSI of two share vectors after Evidently's zero filling. */
export function psiValue(referenceShares: Float64Array, currentShares: Float64Array): number {
  const r = fillZeroShares(referenceShares);
  const c = fillZeroShares(currentShares);
  let psi = 0;
  for (let i = 0; i < r.length; i++) psi += (r[i] - c[i]) * Math.log(r[i] / c[i]);
  return psi;
}

export function psiTest(reference: Distribution, current: Distribution, numericKeys = false): PsiResult {
  const bins = evidentlyBins(reference, current, numericKeys);
  return { statistic: psiValue(bins.reference, bins.current), bins };
}
