/**
 * Test selection (Evidently's defaults, checked against the selection the reference script makes
 * with pandas), per-column decisions and dataset drift on real data: Seattle vs New York weather
 * drifts, Seattle 2012 vs 2015 drifts on its small-sample tests, and random splits do not.
 */
import { describe, expect, it } from 'vitest';
import { columnDriftSchema } from '../../shared/formats/drift-format.js';
import { datasetDrift, selectTest, testColumn } from '../../shared/drift/column-test.js';
import { categoricalFromCounts, numericFromValues } from '../../shared/drift/distribution.js';
import { InputError } from '../../shared/runtime/errors.js';
import { COMPARISONS, comparison, rawDistribution } from './datasets.js';

function columnsOf(name: string) {
  const cmp = comparison(name);
  return Object.entries(cmp.columns).map(([column, kind]) => {
    const result = testColumn(column, rawDistribution(cmp.reference, column, kind), rawDistribution(cmp.current, column, kind));
    return { result, expected: cmp.expected.columns[column] };
  });
}

describe('selectTest', () => {
  it("follows Evidently's default table", () => {
    expect(selectTest('numeric', 366, 89)).toEqual({ test: 'ks', threshold: 0.05, reason: 'default: numeric, 366 reference rows <= 1000, 89 values > 5' });
    expect(selectTest('numeric', 1000, 5).test).toBe('chisquare');
    expect(selectTest('numeric', 1000, 3).test).toBe('chisquare');
    expect(selectTest('numeric', 500, 2)).toEqual({ test: 'z', threshold: 0.05, reason: 'default: numeric, 500 reference rows <= 1000, 2 values <= 2' });
    expect(selectTest('categorical', 366, 5).reason).toBe('default: categorical, 366 reference rows <= 1000, 5 values > 2');
    expect(selectTest('categorical', 366, 1).test).toBe('z');
    expect(selectTest('numeric', 1461, 144)).toEqual({ test: 'wasserstein', threshold: 0.1, reason: 'default: numeric, 1461 reference rows > 1000, 144 values > 5' });
    expect(selectTest('numeric', 1001, 5)).toEqual({ test: 'jensenshannon', threshold: 0.1, reason: 'default: numeric, 1001 reference rows > 1000, 5 values <= 5' });
    expect(selectTest('categorical', 12901, 2)).toEqual({ test: 'jensenshannon', threshold: 0.1, reason: 'default: categorical, 12901 reference rows > 1000, 2 values' });
    expect(selectTest('numeric', 800, { count: 1025, atLeast: true }).reason).toBe('default: numeric, 800 reference rows <= 1000, at least 1025 values > 5');
  });

  it.each(COMPARISONS)('picks what Evidently picks on every real column of %s', (name) => {
    for (const { result, expected } of columnsOf(name)) {
      expect(result.test, result.column).toBe(expected.default);
      expect(result.reason, result.column).toContain(`${expected.reference_rows} reference rows`);
      expect(result.reason, result.column).toContain(`, ${expected.values} values`);
      expect(result.reference_rows).toBe(expected.reference_rows);
      expect(result.current_rows).toBe(expected.current_rows);
      expect(result.method).toBe('exact');
      expect(() => columnDriftSchema.parse(result)).not.toThrow();
    }
  });
});

describe('drift on real data', () => {
  it('fires for Seattle vs New York weather: all temperature columns and the dataset', () => {
    const cols = columnsOf('weather_location').map((c) => c.result);
    const by = Object.fromEntries(cols.map((c) => [c.column, c]));
    expect(by.temp_max).toMatchObject({ test: 'wasserstein', drifted: true, kind: 'numeric', p_value: null });
    expect(by.temp_min).toMatchObject({ test: 'wasserstein', drifted: true });
    expect(by.temp_max.statistic).toBeCloseTo(0.3503, 4); // the SciPy value, stats.test.ts checks it to 1e-6
    expect(by.weather).toMatchObject({ test: 'jensenshannon', kind: 'categorical', drifted: true });
    expect(by.wet).toMatchObject({ test: 'jensenshannon', drifted: false });
    const d = datasetDrift(cols);
    expect(d).toMatchObject({ dataset_drift: true, tested: 6, drifted: 5, share_threshold: 0.5 });
  });

  it('fires for Seattle 2012 vs 2015 on its small-sample p-value tests', () => {
    const cols = columnsOf('weather_year');
    for (const { result, expected } of cols) {
      const p = result.test === 'ks' ? expected.ks!.p_value : result.test === 'chisquare' ? expected.chisquare!.p_value : expected.z!.p_value;
      expect(result.p_value!, result.column).toBeCloseTo(p, 10);
      expect(result.drifted, result.column).toBe(p < 0.05);
    }
    expect(cols.filter((c) => c.result.drifted).map((c) => c.result.column)).toEqual(['temp_max', 'temp_min', 'weather', 'wet']);
    expect(datasetDrift(cols.map((c) => c.result)).dataset_drift).toBe(true);
  });

  it('does not fire on flights by month, whose delays and routes barely move between January and March', () => {
    for (const name of ['flights_month', 'flights_quarter']) {
      const cols = columnsOf(name).map((c) => c.result);
      expect(cols.filter((c) => c.drifted), name).toEqual([]);
      expect(datasetDrift(cols).dataset_drift).toBe(false);
    }
  });

  it.each(['control_flights', 'control_weather'])('does not fire on the random split %s', (name) => {
    const cols = columnsOf(name).map((c) => c.result);
    expect(cols.filter((c) => c.drifted)).toEqual([]);
    expect(datasetDrift(cols)).toMatchObject({ dataset_drift: false, drifted: 0, share: 0 });
  });
});

describe('testColumn', () => {
  const cmp = comparison('weather_location');
  const ref = () => rawDistribution(cmp.reference, 'temp_max', 'numeric');
  const cur = () => rawDistribution(cmp.current, 'temp_max', 'numeric');

  it('runs a configured test and threshold, and says so', () => {
    const r = testColumn('temp_max', ref(), cur(), { test: 'ks', threshold: 1e-30 });
    expect(r).toMatchObject({ test: 'ks', threshold: 1e-30, reason: 'configured: ks, threshold 1e-30', kind: 'numeric' });
    expect(r.statistic).toBeCloseTo(cmp.expected.columns.temp_max.ks!.statistic, 12);
    expect(r.drifted).toBe(r.p_value! < 1e-30);
    const t = testColumn('temp_max', ref(), cur(), { threshold: 0.5 });
    expect(t).toMatchObject({ test: 'wasserstein', drifted: false, reason: 'default: numeric, 1461 reference rows > 1000, 90 values > 5; configured threshold 0.5' });
    const psi = testColumn('temp_max', ref(), cur(), { test: 'psi' });
    expect(psi.statistic).toBeCloseTo(cmp.expected.columns.temp_max.psi.statistic, 10);
    expect(psi).toMatchObject({ threshold: 0.1, drifted: true, kind: 'numeric' });
  });

  it('counts a numeric column with few values as categories', () => {
    const r = testColumn('x', numericFromValues(Float64Array.from([1, 2, 3, 1, 2, 3, 1, 1])), numericFromValues(Float64Array.from([3, 3, 3, 2, 1, 3])));
    expect(r).toMatchObject({ test: 'chisquare', kind: 'categorical', reason: 'default: numeric, 8 reference rows <= 1000, 3 values <= 5, > 2' });
    const z = testColumn('x', numericFromValues(Float64Array.from([10, 9, 9, 9])), numericFromValues(Float64Array.from([10, 10, 9, 10])));
    expect(z).toMatchObject({ test: 'z', kind: 'categorical' });
    // Values sort as numbers (9 before 10, as Evidently sorts raw values): z compares the shares of "not 9".
    expect(z.statistic).toBeLessThan(0);
  });

  it('rejects a distance that needs numbers on a categorical column, empty sides and mixed kinds', () => {
    const a = categoricalFromCounts(new Map([['a', 3], ['b', 4]]));
    const b = categoricalFromCounts(new Map([['a', 5]]));
    expect(() => testColumn('c', a, b, { test: 'wasserstein' })).toThrow(/test wasserstein needs a numeric column/);
    expect(() => testColumn('c', a, categoricalFromCounts(new Map()))).toThrow(InputError);
    expect(() => testColumn('c', a, numericFromValues(Float64Array.from([1, 2])))).toThrow(/reference is categorical but the current data is numeric/);
    expect(() => testColumn('c', a, b, { threshold: -1 })).toThrow(/threshold -1/);
  });

  it('drifts p-value tests strictly below the threshold and distances at or above it', () => {
    const a = categoricalFromCounts(new Map([['a', 50], ['b', 50]]));
    const b = categoricalFromCounts(new Map([['a', 50], ['b', 50]]));
    const same = testColumn('c', a, b);
    expect(same).toMatchObject({ test: 'z', statistic: 0, p_value: 1 });
    expect(testColumn('c', a, b, { threshold: 1 }).drifted).toBe(false);
    expect(testColumn('c', a, b, { test: 'jensenshannon', threshold: 0 }).drifted).toBe(true);
  });
});

describe('datasetDrift', () => {
  const col = (drifted: boolean) => ({ drifted }) as never;
  it('drifts when the share of drifted columns reaches the threshold', () => {
    expect(datasetDrift([col(true), col(false)])).toEqual({ dataset_drift: true, share: 0.5, share_threshold: 0.5, tested: 2, drifted: 1 });
    expect(datasetDrift([col(true), col(false), col(false)]).dataset_drift).toBe(false);
    expect(datasetDrift([col(true), col(false), col(false)], 0.3).dataset_drift).toBe(true);
    expect(datasetDrift([])).toEqual({ dataset_drift: false, share: 0, share_threshold: 0.5, tested: 0, drifted: 0 });
    expect(() => datasetDrift([], 2)).toThrow(InputError);
  });
});
