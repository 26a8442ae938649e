/**
 * How a drift result reads in words: the column alarm's `message` in `mlops-actions/drift@1`
 * (written by the drift domain) and the retraining PR's lines (the report) say it the same way.
 */
import type { ColumnAlarm, ColumnDrift, DriftTest } from './drift-format.js';

const TEST_NAMES: Record<DriftTest, string> = {
  ks: 'KS',
  chisquare: 'chi-square',
  z: 'Z-test',
  wasserstein: 'Wasserstein distance',
  jensenshannon: 'Jensen-Shannon distance',
  psi: 'PSI',
};

/** Three significant digits; p-values and other tiny numbers in exponent form (2.13e-34). */
export function formatDriftNumber(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return String(x);
  if (Math.abs(x) < 1e-3) return x.toExponential(2).replace(/\.?0+e/, 'e');
  return String(Number(x.toPrecision(3)));
}

/** How far a column moved, without its name: "Wasserstein distance 0.476 (threshold 0.1)". */
export function columnMovement(c: Pick<ColumnDrift, 'test' | 'statistic' | 'p_value' | 'threshold'>): string {
  const name = TEST_NAMES[c.test];
  if (c.p_value !== null) return `${name} p-value ${formatDriftNumber(c.p_value)} (threshold ${formatDriftNumber(c.threshold)}; statistic ${formatDriftNumber(c.statistic)})`;
  return `${name} ${formatDriftNumber(c.statistic)} (threshold ${formatDriftNumber(c.threshold)})`;
}

/**
 * How far a column moved, in one plain sentence:
 * "temp_max: Wasserstein distance 0.476 (threshold 0.1)" or
 * "wind: KS p-value 2.13e-34 (threshold 0.05; statistic 0.455)". The name is raw: renderers escape it.
 */
export function describeColumnDrift(c: Pick<ColumnDrift, 'column' | 'test' | 'statistic' | 'p_value' | 'threshold'>): string {
  return `${c.column}: ${columnMovement(c)}`;
}

/** Why an alarm was raised: "below the alarm floor 1e-6" or "4.76× the threshold, alarm at 3×". */
export function alarmReason(a: Pick<ColumnAlarm, 'rule' | 'statistic' | 'threshold' | 'limit'>): string {
  if (a.rule === 'p_value') return `below the alarm floor ${formatDriftNumber(a.limit)}`;
  if (!(a.threshold > 0)) return `at or past ${formatDriftNumber(a.limit)}`;
  return `${formatDriftNumber(a.statistic / a.threshold)}× the threshold, alarm at ${formatDriftNumber(a.limit / a.threshold)}×`;
}
