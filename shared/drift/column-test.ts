/**
 * Which statistic tests a column, running it, and the dataset-level decision.
 *
 * Defaults follow Evidently's `_get_default_stattest`
 * (https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/registry.py),
 * where "values" is the number of distinct non-missing values over reference AND current together
 * (pandas nunique of the concatenation) and "reference rows" the reference's non-missing values:
 *
 * | reference rows | column      | values | test          | drift when        |
 * | -------------- | ----------- | ------ | ------------- | ----------------- |
 * | <= 1000        | numeric     | > 5    | ks            | p < 0.05          |
 * | <= 1000        | numeric     | 3-5    | chisquare     | p < 0.05          |
 * | <= 1000        | any         | <= 2   | z             | p < 0.05          |
 * | <= 1000        | categorical | > 2    | chisquare     | p < 0.05          |
 * | > 1000         | numeric     | > 5    | wasserstein   | normed W >= 0.1   |
 * | > 1000         | numeric     | <= 5   | jensenshannon | distance >= 0.1   |
 * | > 1000         | categorical | any    | jensenshannon | distance >= 0.1   |
 *
 * psi (threshold 0.1) is never a default. Every test and threshold can be configured per column.
 * Jensen-Shannon and PSI bin a numeric column's numbers (Sturges) only when it has more than 20
 * distinct reference values, else count its values (Evidently's get_binned_data; stats/binning.ts).
 * Evidently's ks drifts at p <= threshold; here every p-value test drifts at p < threshold (the drift
 * report's rule, drift-format.ts). The dataset drifts when the share of drifted columns is >= 0.5
 * (Evidently's DatasetDriftMetric drift_share).
 *
 * A side built from a profile's sketches makes the column's result `method: 'sketch'` (docs/drift.md,
 * "Statistics", gives the error bounds). When a sketch cannot count distinct values exactly (more than
 * its frequent-items capacity), the count is a lower bound and the reason says "at least".
 */
import { InputError } from '../runtime/errors.js';
import { P_VALUE_TESTS, type ColumnDrift, type DriftTest } from '../formats/drift-format.js';
import { categoricalFromNumeric, type CategoricalDistribution, type Distribution, type NumericDistribution } from './distribution.js';
import { categoryBins, numericBins, type SharedBins } from './stats/binning.js';
import { chiSquareTest } from './stats/chi-square.js';
import { jensenShannonDistance } from './stats/jensen-shannon.js';
import { ksTest } from './stats/ks.js';
import { psiValue } from './stats/psi.js';
import { wassersteinTest } from './stats/wasserstein.js';
import { zTest } from './stats/z.js';

/** Default thresholds: p-value tests at 0.05 (significance level), distances at 0.1 (Evidently's defaults). */
export const DEFAULT_THRESHOLDS: Readonly<Record<DriftTest, number>> = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1 };
/** Up to this many reference rows the defaults are p-value tests, above it distances. */
export const SMALL_REFERENCE_ROWS = 1000;
/** A numeric column with at most this many values is tested as categories. */
export const NUMERIC_AS_CATEGORIES_VALUES = 5;
/** At most this many values: the Z-test (small references). */
export const BINARY_VALUES = 2;
/** Jensen-Shannon and PSI bin numbers only above this many distinct reference values. */
export const BINNED_MIN_REFERENCE_VALUES = 20;
export const DEFAULT_DATASET_SHARE = 0.5;

export type ColumnKind = 'numeric' | 'categorical';

export interface TestSelection {
  test: DriftTest;
  threshold: number;
  reason: string;
}

/** Counted distinct values: exact, or a lower bound when a sketch cannot tell. */
export interface ValueCount {
  count: number;
  atLeast: boolean;
}

/**
 * Evidently's default test for a column: by its kind, its reference rows and its distinct values
 * over both sides. The reason reads like "default: numeric, 1461 reference rows > 1000, 144 values > 5".
 */
export function selectTest(kind: ColumnKind, referenceRows: number, values: ValueCount | number): TestSelection {
  const v = typeof values === 'number' ? { count: values, atLeast: false } : values;
  const small = referenceRows <= SMALL_REFERENCE_ROWS;
  const rows = `${referenceRows} reference rows ${small ? '<=' : '>'} ${SMALL_REFERENCE_ROWS}`;
  const count = `${v.atLeast ? 'at least ' : ''}${v.count} values`;
  let test: DriftTest;
  let cond: string;
  if (small) {
    if (kind === 'numeric' && v.count > NUMERIC_AS_CATEGORIES_VALUES) {
      test = 'ks';
      cond = `> ${NUMERIC_AS_CATEGORIES_VALUES}`;
    } else if (v.count > BINARY_VALUES) {
      test = 'chisquare';
      cond = kind === 'numeric' ? `<= ${NUMERIC_AS_CATEGORIES_VALUES}, > ${BINARY_VALUES}` : `> ${BINARY_VALUES}`;
    } else {
      test = 'z';
      cond = `<= ${BINARY_VALUES}`;
    }
  } else if (kind === 'numeric') {
    const many = v.count > NUMERIC_AS_CATEGORIES_VALUES;
    test = many ? 'wasserstein' : 'jensenshannon';
    cond = `${many ? '>' : '<='} ${NUMERIC_AS_CATEGORIES_VALUES}`;
  } else {
    test = 'jensenshannon';
    cond = '';
  }
  return { test, threshold: DEFAULT_THRESHOLDS[test], reason: `default: ${kind}, ${rows}, ${count}${cond ? ` ${cond}` : ''}` };
}

// ---------------------------------------------------------------------------------------------
// Counting distinct values

/** Distinct values in the union of two ascending arrays (duplicates allowed within each). O(n1 + n2). */
function countUnionSorted(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let count = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    count++;
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
  }
  return count;
}

function complete(d: CategoricalDistribution): boolean {
  return d.exact && d.other === 0;
}

/** A numeric side's distinct values, ascending, when known exactly (raw values, or a sketch's complete frequent items). */
function knownValues(d: NumericDistribution): Float64Array | null {
  if (d.exact) return d.values;
  if (d.categories && complete(d.categories)) return Float64Array.from([...d.categories.counts.keys()].map(Number)).sort();
  return null;
}

/** Lower bound on a numeric side's distinct values when they are not known exactly. */
function valuesAtLeast(d: NumericDistribution): number {
  let retained = 0;
  for (let i = 0; i < d.values.length; i++) if (i === 0 || d.values[i] !== d.values[i - 1]) retained++;
  const c = d.categories;
  return Math.max(retained, c ? c.counts.size + (c.other > 0 ? 1 : 0) : 0);
}

function numericValueCounts(reference: NumericDistribution, current: NumericDistribution): { union: ValueCount; reference: ValueCount } {
  const r = knownValues(reference);
  const c = knownValues(current);
  const refCount: ValueCount = r ? { count: countUnionSorted(r, new Float64Array(0)), atLeast: false } : { count: valuesAtLeast(reference), atLeast: true };
  if (r && c) return { union: { count: countUnionSorted(r, c), atLeast: false }, reference: refCount };
  const curCount = c ? countUnionSorted(c, new Float64Array(0)) : valuesAtLeast(current);
  return { union: { count: Math.max(refCount.count, curCount), atLeast: true }, reference: refCount };
}

function categoricalValueCounts(reference: CategoricalDistribution, current: CategoricalDistribution): { union: ValueCount; reference: ValueCount } {
  const refCount: ValueCount = complete(reference) ? { count: reference.counts.size, atLeast: false } : { count: reference.counts.size + 1, atLeast: true };
  if (complete(reference) && complete(current)) {
    let union = reference.counts.size;
    for (const k of current.counts.keys()) if (!reference.counts.has(k)) union++;
    return { union: { count: union, atLeast: false }, reference: refCount };
  }
  const cur = current.counts.size + (complete(current) ? 0 : 1);
  return { union: { count: Math.max(refCount.count, cur), atLeast: true }, reference: refCount };
}

// ---------------------------------------------------------------------------------------------
// One column

export interface ColumnTestOverride {
  test?: DriftTest;
  threshold?: number;
}

function describe(d: Distribution): string {
  return `${d.kind}${d.exact ? '' : ' (sketch)'}`;
}

/**
 * Tests one column: the reference and current sides as distributions of the same kind (a numeric
 * column: NumericDistribution on both sides, with `categories` on a profile side; a categorical
 * column: CategoricalDistribution on both). Throws InputError when a side has no values (report the
 * column as skipped instead), when the kinds differ, or when a configured test does not apply.
 */
export function testColumn(column: string, reference: Distribution, current: Distribution, override: ColumnTestOverride = {}): ColumnDrift {
  if (reference.n === 0 || current.n === 0) {
    throw new InputError(`column "${column}": no values on the ${reference.n === 0 ? 'reference' : 'current'} side to test`, { hint: 'leave the column out or report it as skipped' });
  }
  if (reference.kind !== current.kind) {
    throw new InputError(`column "${column}": the reference is ${describe(reference)} but the current data is ${describe(current)}`, {
      hint: 'declare the column type in the data contract so both sides are read the same way',
    });
  }
  const columnKind: ColumnKind = reference.kind;
  const counts =
    reference.kind === 'numeric' ? numericValueCounts(reference, current as NumericDistribution) : categoricalValueCounts(reference, current as CategoricalDistribution);

  const selection = selectTest(columnKind, reference.n, counts.union);
  const test = override.test ?? selection.test;
  if ((test === 'ks' || test === 'wasserstein') && columnKind !== 'numeric') {
    throw new InputError(`column "${column}": test ${test} needs a numeric column, and this one is categorical`, { hint: 'use chisquare, z, jensenshannon or psi for categorical columns' });
  }
  const threshold = override.threshold ?? DEFAULT_THRESHOLDS[test];
  if (!(Number.isFinite(threshold) && threshold >= 0)) {
    throw new InputError(`column "${column}": threshold ${threshold} is not a non-negative number`, { hint: 'p-value tests take a significance level such as 0.05, distances a value such as 0.1' });
  }
  let reason: string;
  if (override.test !== undefined) reason = `configured: ${test}${override.threshold !== undefined ? `, threshold ${threshold}` : ''}`;
  else reason = override.threshold !== undefined ? `${selection.reason}; configured threshold ${threshold}` : selection.reason;

  const categories = (): [CategoricalDistribution, CategoricalDistribution] =>
    reference.kind === 'numeric'
      ? [categoricalFromNumeric(reference), categoricalFromNumeric(current as NumericDistribution)]
      : [reference, current as CategoricalDistribution];
  const numericKeys = columnKind === 'numeric';

  let kind: ColumnKind;
  let statistic: number;
  let pValue: number | null = null;
  let exact: boolean;
  if (test === 'ks' || test === 'wasserstein') {
    const r = reference as NumericDistribution;
    const c = current as NumericDistribution;
    kind = 'numeric';
    exact = r.exact && c.exact;
    if (test === 'ks') {
      const ks = ksTest(r, c);
      statistic = ks.statistic;
      pValue = ks.pValue;
    } else statistic = wassersteinTest(r, c).statistic;
  } else if (test === 'chisquare' || test === 'z') {
    const [r, c] = categories();
    kind = 'categorical';
    exact = complete(r) && complete(c);
    const res = test === 'chisquare' ? chiSquareTest(r, c) : zTest(r, c, numericKeys);
    statistic = res.statistic;
    pValue = res.pValue;
  } else {
    let bins: SharedBins;
    if (columnKind === 'numeric' && counts.reference.count > BINNED_MIN_REFERENCE_VALUES) {
      const r = reference as NumericDistribution;
      const c = current as NumericDistribution;
      kind = 'numeric';
      exact = r.exact && c.exact;
      bins = numericBins(r, c);
    } else {
      const [r, c] = categories();
      kind = 'categorical';
      exact = complete(r) && complete(c);
      bins = categoryBins(r, c, numericKeys);
    }
    statistic = test === 'jensenshannon' ? jensenShannonDistance(bins.reference, bins.current) : psiValue(bins.reference, bins.current);
  }
  const drifted = P_VALUE_TESTS.has(test) ? (pValue as number) < threshold : statistic >= threshold;
  return {
    column,
    kind,
    test,
    statistic,
    p_value: pValue,
    threshold,
    drifted,
    method: exact ? 'exact' : 'sketch',
    reason,
    reference_rows: reference.n,
    current_rows: current.n,
  };
}

// ---------------------------------------------------------------------------------------------
// Dataset

export interface DatasetDrift {
  dataset_drift: boolean;
  share: number;
  share_threshold: number;
  tested: number;
  drifted: number;
}

/** Evidently's dataset drift: drifted / tested columns >= shareThreshold (no columns: share 0, no drift). */
export function datasetDrift(columns: readonly ColumnDrift[], shareThreshold = DEFAULT_DATASET_SHARE): DatasetDrift {
  if (!(shareThreshold >= 0 && shareThreshold <= 1)) throw new InputError(`dataset drift share threshold ${shareThreshold} is not in [0, 1]`);
  const tested = columns.length;
  const drifted = columns.filter((c) => c.drifted).length;
  const share = tested === 0 ? 0 : drifted / tested;
  return { dataset_drift: tested > 0 && share >= shareThreshold, share, share_threshold: shareThreshold, tested, drifted };
}
