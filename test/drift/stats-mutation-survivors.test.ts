/**
 * Drift statistics on inputs the realdata reference tests do not reach, found by mutation testing
 * (npm run mutate, docs/mutation-testing.md): weights that are not normalised, a zero-weight bin, and
 * weighted samples (a KLL sketch's). Expected values are SciPy's (scipy.spatial.distance.jensenshannon,
 * scipy.stats.ks_2samp, scipy.stats.wasserstein_distance), computed with Debian's SciPy and written here.
 */
import { describe, expect, it } from 'vitest';
import type { NumericDistribution } from '../../shared/drift/distribution.js';
import { jensenShannonDistance } from '../../shared/drift/stats/jensen-shannon.js';
import { ksStatistic } from '../../shared/drift/stats/ks.js';
import { wassersteinDistance } from '../../shared/drift/stats/wasserstein.js';

const numeric = (values: number[], weights: number[] | null = null): NumericDistribution => ({
  kind: 'numeric', values: Float64Array.from(values), weights: weights ? Float64Array.from(weights) : null,
  n: weights ? weights.reduce((a, b) => a + b, 0) : values.length, exact: weights === null,
});

describe('Jensen-Shannon distance', () => {
  it('normalises counts and gives a zero-count bin no contribution: jensenshannon([10,0,5],[5,5,5]) = 0.379263808…', () => {
    expect(jensenShannonDistance(Float64Array.from([10, 0, 5]), Float64Array.from([5, 5, 5]))).toBeCloseTo(0.37926380822046607, 12);
  });
});

describe('weighted samples count each value weight times', () => {
  it('KS D of [1,2,2,3] vs [2,2,5] = 1/3 (ks_2samp), given as weights', () => {
    expect(ksStatistic(numeric([1, 2, 3], [1, 2, 1]), numeric([2, 5], [2, 1]))).toBeCloseTo(1 / 3, 12);
    expect(ksStatistic(numeric([1, 2, 2, 3]), numeric([2, 2, 5]))).toBeCloseTo(1 / 3, 12);
    // ks_2samp([0.5,1.5,2.5,3.5],[1,2,3,4,5,6]).statistic = 0.5: interleaved values, one sample exhausted first.
    expect(ksStatistic(numeric([0.5, 1.5, 2.5, 3.5]), numeric([1, 2, 3, 4, 5, 6]))).toBeCloseTo(0.5, 12);
  });
  it('Wasserstein of [1,2,3] weighted [1,1,2] vs [2,4] weighted [3,1] = 0.75 (wasserstein_distance)', () => {
    expect(wassersteinDistance(numeric([1, 2, 3], [1, 1, 2]), numeric([2, 4], [3, 1]))).toBeCloseTo(0.75, 12);
  });
});
