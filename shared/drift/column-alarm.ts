/**
 * Column alarms: a column that moved so far that one column alone is worth a person's attention,
 * whatever the dataset-drift share says. Evidently's share rule (drifted / tested >= 0.5) stays the
 * default decision; on a wide table it stays "ok" while three columns sit at KS p = 1e-19. An alarm
 * is a drifted column with
 *
 * - a p-value test (ks, chisquare, z): p < `p_value` (default 1e-6). With no drift, p is uniform,
 *   so one column passes the floor once in a million checks: 31 columns checked daily, once in ~88
 *   years;
 * - a distance (wasserstein, jensenshannon, psi): statistic >= `distance_ratio` × the column's
 *   threshold (default 3, so 0.3 for the 0.1 defaults). Measured on real data (random 1096/365
 *   splits of Seattle's 2012-2015 weather, the example project's shape, 500 each, SciPy): the largest
 *   no-drift values were normed Wasserstein 0.234 (precipitation), PSI 0.230 (wind), Jensen-Shannon
 *   0.103 (weather), so 2× (0.2) is crossed by noise and 3× is the smallest whole factor no split
 *   reached. Seattle 2015 against 2012-2014 peaks at 1.8× (temp_max); New York against Seattle
 *   alarms on temp_max (4.8×), temp_min (8.8×) and wind (10.9×). PSI 0.3 is also past the 0.25
 *   that practitioners read as a major shift.
 *
 * Pure: column results in, alarms out. The sentences here are the ones the PR body, the job
 * summary, the action's warning annotations and the CLI's stderr show.
 */
import { P_VALUE_TESTS, type ColumnAlarm, type ColumnDrift } from '../formats/drift-format.js';
import { alarmReason, describeColumnDrift } from '../formats/drift-text.js';

export interface ColumnAlarmRules {
  /** A drifted column of a p-value test alarms when p < this (0: never). */
  p_value: number;
  /** A drifted column of a distance alarms when statistic >= this × its threshold. */
  distance_ratio: number;
}

export const DEFAULT_ALARM_RULES: Readonly<ColumnAlarmRules> = { p_value: 1e-6, distance_ratio: 3 };

/** What decides the step: Evidently's dataset share only, or also any column alarm. */
export const FAIL_ON = ['dataset', 'column'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The alarm of one column, or null: only a drifted column can alarm. */
export function columnAlarm(c: ColumnDrift, rules: ColumnAlarmRules = DEFAULT_ALARM_RULES): ColumnAlarm | null {
  if (!c.drifted) return null;
  let rule: ColumnAlarm['rule'];
  let limit: number;
  if (P_VALUE_TESTS.has(c.test)) {
    if (c.p_value === null || !(c.p_value < rules.p_value)) return null;
    rule = 'p_value';
    limit = rules.p_value;
  } else {
    // 3 × 0.1 is 0.30000000000000004 in binary: the limit is kept to 12 digits (0.3), and a PSI of
    // 0.3 is 3× its 0.1, so the comparison has a relative hair of slack.
    limit = Number((rules.distance_ratio * c.threshold).toPrecision(12));
    if (!(c.statistic >= limit * (1 - 1e-12))) return null;
    rule = 'distance';
  }
  const alarm = { column: c.column, test: c.test, statistic: c.statistic, p_value: c.p_value, threshold: c.threshold, rule, limit };
  return { ...alarm, message: `${describeColumnDrift(c)}: ${alarmReason(alarm)}` };
}

/**
 * The alarms of a check, strongest first by the PR body's drift score (threshold ÷ p-value, or
 * distance ÷ threshold: how many times past the column's own threshold), then by name.
 */
export function columnAlarms(columns: readonly ColumnDrift[], rules: ColumnAlarmRules = DEFAULT_ALARM_RULES): ColumnAlarm[] {
  const strength = (a: ColumnAlarm) =>
    a.p_value !== null ? (a.p_value > 0 ? a.threshold / a.p_value : Number.MAX_VALUE) : a.threshold > 0 ? a.statistic / a.threshold : Number.MAX_VALUE;
  return columns
    .map((c) => columnAlarm(c, rules))
    .filter((a): a is ColumnAlarm => a !== null)
    .sort((a, b) => strength(b) - strength(a) || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
}
