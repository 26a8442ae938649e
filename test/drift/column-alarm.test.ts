/**
 * Column alarms on real data (test/drift/datasets.ts: vega-datasets' weather and flights, with the
 * SciPy values of test/fixtures/reference/drift/*.json): the p-value floor and the distance rule
 * pick the columns a person would call "moved", and no column of the no-drift controls.
 */
import { describe, expect, it } from 'vitest';
import { columnAlarm, columnAlarms, DEFAULT_ALARM_RULES } from '../../shared/drift/column-alarm.js';
import { alarmReason, describeColumnDrift, formatDriftNumber } from '../../shared/formats/drift-text.js';
import { testColumn } from '../../shared/drift/column-test.js';
import { columnAlarmSchema, type ColumnDrift } from '../../shared/formats/drift-format.js';
import { COMPARISONS, comparison, rawDistribution } from './datasets.js';

function columnsOf(name: string): ColumnDrift[] {
  const cmp = comparison(name);
  return Object.entries(cmp.columns).map(([column, kind]) => testColumn(column, rawDistribution(cmp.reference, column, kind), rawDistribution(cmp.current, column, kind)));
}

/** The SciPy value of a column's default test in a comparison's reference file. */
function scipyOf(name: string, column: string): { statistic: number; p_value: number | null } {
  const ref = comparison(name).expected.columns[column]!;
  const t = ref[ref.default] as { statistic: number; p_value?: number };
  return { statistic: t.statistic, p_value: t.p_value ?? null };
}

describe('column alarms on real data', () => {
  it('alarm on the distances of Seattle vs New York at 3× the threshold: temp_max, temp_min and wind, not precipitation or weather', () => {
    const alarms = columnAlarms(columnsOf('weather_location'));
    // Strongest first: wind 1.197 (12×), temp_min 0.767, temp_max 0.350 (SciPy, normed by the reference std).
    expect(alarms.map((a) => a.column)).toEqual(['wind', 'temp_min', 'temp_max']);
    for (const a of alarms) {
      expect(a).toMatchObject({ test: 'wasserstein', rule: 'distance', threshold: 0.1, p_value: null });
      expect(a.limit).toBe(0.3);
      expect(a.statistic).toBeCloseTo(scipyOf('weather_location', a.column).statistic, 6);
      expect(() => columnAlarmSchema.parse(a)).not.toThrow();
    }
    // Drifted, but within noise of the threshold: SciPy gives 0.1226 and JS 0.1484.
    const cols = columnsOf('weather_location');
    expect(cols.find((c) => c.column === 'precipitation')).toMatchObject({ drifted: true });
    expect(cols.find((c) => c.column === 'weather')).toMatchObject({ drifted: true });
    expect(alarms[2]!.message).toBe(`temp_max: Wasserstein distance 0.35 (threshold 0.1): 3.5× the threshold, alarm at 3×`);
  });

  it('alarm on the p-value floor for Seattle 2012 vs 2015: the weather labels (chi-square p 2.9e-18), not temp_max (KS p 3.2e-4)', () => {
    const cols = columnsOf('weather_year');
    expect(cols.filter((c) => c.drifted).map((c) => c.column).sort()).toEqual(['temp_max', 'temp_min', 'weather', 'wet']);
    const alarms = columnAlarms(cols);
    expect(alarms.map((a) => [a.column, a.test, a.rule])).toEqual([['weather', 'chisquare', 'p_value']]);
    const ref = scipyOf('weather_year', 'weather');
    expect(alarms[0]!.p_value! / ref.p_value! - 1).toBeLessThan(1e-6);
    expect(alarms[0]!.message).toMatch(/^weather: chi-square p-value 2\.85e-18 \(threshold 0\.05; statistic 88\.4\): below the alarm floor 1e-6$/);
  });

  it.each(['control_weather', 'control_flights', 'flights_month', 'flights_quarter'])('raises none on %s (no drift, or drift within noise)', (name) => {
    expect(columnAlarms(columnsOf(name))).toEqual([]);
  });

  it('follows configured rules: a lower floor, a smaller distance ratio', () => {
    const year = columnsOf('weather_year');
    expect(columnAlarms(year, { ...DEFAULT_ALARM_RULES, p_value: 1e-20 })).toEqual([]);
    expect(columnAlarms(year, { ...DEFAULT_ALARM_RULES, p_value: 1e-3 }).map((a) => a.column)).toEqual(['weather', 'temp_max']);
    expect(columnAlarms(year, { ...DEFAULT_ALARM_RULES, p_value: 0 })).toEqual([]);
    // precipitation 1.23× and weather (JS) 1.48× join at 1.2×.
    const location = columnsOf('weather_location');
    expect(columnAlarms(location, { ...DEFAULT_ALARM_RULES, distance_ratio: 1.2 }).map((a) => a.column)).toEqual(['wind', 'temp_min', 'temp_max', 'weather', 'precipitation']);
  });

  it('covers every real comparison without throwing', () => {
    for (const name of COMPARISONS) expect(() => columnAlarms(columnsOf(name))).not.toThrow();
  });
});

describe('columnAlarm', () => {
  const col = (o: Partial<ColumnDrift>): ColumnDrift => ({
    column: 'x', kind: 'numeric', test: 'psi', statistic: 0.3, p_value: null, threshold: 0.1, drifted: true, method: 'exact', reason: 'configured', reference_rows: 2000, current_rows: 2000, ...o,
  });

  it('alarms at exactly the ratio × threshold, not just below it', () => {
    expect(columnAlarm(col({ statistic: 0.30000000000000004 }))).not.toBeNull();
    expect(columnAlarm(col({ statistic: 0.2999 }))).toBeNull();
    expect(columnAlarm(col({ statistic: 0.3, threshold: 0.1 }))?.limit).toBeCloseTo(0.3, 12);
  });

  it('never alarms on a column that did not drift, whatever its p-value', () => {
    // A configured threshold below the floor: p = 1e-7 is under the floor but not under the threshold.
    expect(columnAlarm(col({ test: 'ks', p_value: 1e-7, threshold: 1e-8, drifted: false }))).toBeNull();
    expect(columnAlarm(col({ test: 'ks', p_value: 1e-7, threshold: 0.05, drifted: true }))).toMatchObject({ rule: 'p_value', limit: 1e-6 });
  });

  it('says how far the column moved in one sentence, with the statistic, the p-value or distance, and the threshold', () => {
    expect(describeColumnDrift({ column: 'temp_max', test: 'wasserstein', statistic: 0.42, p_value: null, threshold: 0.1 })).toBe('temp_max: Wasserstein distance 0.42 (threshold 0.1)');
    expect(describeColumnDrift({ column: 'wind', test: 'ks', statistic: 0.4548, p_value: 2.1288e-34, threshold: 0.05 })).toBe('wind: KS p-value 2.13e-34 (threshold 0.05; statistic 0.455)');
    expect(alarmReason({ rule: 'distance', statistic: 0.42, threshold: 0.1, limit: 0.3 })).toBe('4.2× the threshold, alarm at 3×');
    expect(formatDriftNumber(0.000666)).toBe('6.66e-4');
    expect(formatDriftNumber(1e-6)).toBe('1e-6');
    expect(formatDriftNumber(74.01408)).toBe('74');
  });
});
