/**
 * The pure part of permutation importance (shared/model/permutation-importance.ts): the
 * permutations, the per-repeat importances and their summary, with hand-worked numbers.
 * The check against scikit-learn itself is permutation-importance-sklearn.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  featurePermutations,
  featureSeed,
  fnv1a32,
  importanceOf,
  meanStd,
  permutationImportance,
  rankImportances,
  summarizeImportances,
} from '../../shared/model/permutation-importance.js';

const perms = (rows: number, feature: string, repeats: number, seed: number) => Array.from(featurePermutations(rows, feature, repeats, seed), (p) => [...p]);

describe('featurePermutations', () => {
  it('yields `repeats` permutations of 0..n−1, each a shuffle of the one before (as scikit-learn shuffles one index array in place)', () => {
    const all = perms(50, 'age', 8, 1);
    expect(all).toHaveLength(8);
    for (const p of all) expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    // Not the identity, and not all the same.
    expect(new Set(all.map((p) => p.join(','))).size).toBe(8);
  });

  it('is determined by the seed and the feature name alone, not by which other features are explained', () => {
    expect(perms(30, 'age', 3, 7)).toEqual(perms(30, 'age', 3, 7));
    expect(perms(30, 'age', 3, 7)).not.toEqual(perms(30, 'income', 3, 7));
    expect(perms(30, 'age', 3, 7)).not.toEqual(perms(30, 'age', 3, 8));
    expect(featureSeed(7, 'age')).toBe(featureSeed(7, 'age'));
  });

  it('draws every arrangement of three rows equally often (Fisher–Yates, no modulo bias)', () => {
    const counts = new Map<string, number>();
    const draws = 60_000;
    for (const p of featurePermutations(3, 'x', draws, 3)) {
      // Each yielded permutation composes the previous one with a fresh uniform shuffle, so it is uniform too.
      const k = p.join('');
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    // χ² with 5 degrees of freedom; 20.5 is its 0.999 quantile.
    const chi2 = [...counts.values()].reduce((a, c) => a + (c - draws / 6) ** 2 / (draws / 6), 0);
    expect(chi2).toBeLessThan(20.5);
  });

  it('hashes names as FNV-1a over UTF-8 (published test vectors)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
});

describe('importances', () => {
  it('are baseline − permuted for a score and permuted − baseline for a loss: larger = more important either way', () => {
    expect(importanceOf(0.9, 0.7, 'higher')).toBeCloseTo(0.2, 15);
    expect(importanceOf(0.3, 0.5, 'lower')).toBeCloseTo(0.2, 15);
    expect(importanceOf(0.9, 0.95, 'higher')).toBeCloseTo(-0.05, 15);
  });

  it('summarizes with the mean and the population std (numpy.std, ddof=0)', () => {
    // numpy: np.mean([0.2, 0.1, 0.3]) = 0.2, np.std([0.2, 0.1, 0.3]) = 0.08164965809277258
    const [a, b] = summarizeImportances(0.9, [{ feature: 'a', scores: [0.7, 0.8, 0.6] }, { feature: 'b', scores: [0.9, 0.9, 0.9] }], 'higher');
    expect(a!.importances.map((v) => +v.toFixed(12))).toEqual([0.2, 0.1, 0.3]);
    expect(a!.mean).toBeCloseTo(0.2, 14);
    expect(a!.std).toBeCloseTo(0.08164965809277258, 14);
    expect(b).toEqual({ feature: 'b', mean: 0, std: 0, importances: [0, 0, 0] });
    // A loss: log loss 0.30 at baseline, [0.45, 0.35] permuted → importances [0.15, 0.05].
    const [c] = summarizeImportances(0.3, [{ feature: 'c', scores: [0.45, 0.35] }], 'lower');
    expect(c!.mean).toBeCloseTo(0.1, 14);
    expect(c!.std).toBeCloseTo(0.05, 14);
    expect(meanStd([])).toEqual({ mean: Number.NaN, std: Number.NaN });
  });

  it('ranks by mean, largest first, ties by name', () => {
    const ranked = rankImportances([
      { feature: 'c', mean: 0.1 },
      { feature: 'b', mean: 0.3 },
      { feature: 'a', mean: 0.1 },
      { feature: 'd', mean: -0.2 },
    ]);
    expect(ranked.map((r) => r.feature)).toEqual(['b', 'a', 'c', 'd']);
  });
});

describe('permutationImportance (columns and a scorer in)', () => {
  // A "model" that reads only column a: score = accuracy of (a > 0) against y.
  const columns = { a: [-2, -1, 1, 2, 3, -3, 0.5, -0.5], noise: [5, 6, 7, 8, 9, 10, 11, 12], y: [0, 0, 1, 1, 1, 0, 1, 0] };
  const accuracy = (c: Readonly<Record<string, readonly number[]>>) => c.y!.reduce((s: number, y, i) => s + ((c.a![i]! > 0 ? 1 : 0) === y ? 1 : 0), 0) / c.y!.length;

  it('scores each repeat on the columns with one feature shuffled by its own permutation: exact values', () => {
    const { baseline, importances } = permutationImportance(columns, accuracy, { features: ['a', 'noise'], repeats: 4, seed: 11, direction: 'higher' });
    expect(baseline).toBe(1);
    // Replayed by hand from the documented stream: row i gets a[perm[i]].
    const expected = perms(8, 'a', 4, 11).map((p) => 1 - columns.y.reduce((s, y, i) => s + ((columns.a[p[i]!]! > 0 ? 1 : 0) === y ? 1 : 0), 0) / 8);
    expect(importances[0]!.importances).toEqual(expected);
    expect(importances[0]!.mean).toBeCloseTo(expected.reduce((s, v) => s + v, 0) / 4, 15);
    expect(importances[0]!.mean).toBeGreaterThan(0);
    // The model never reads `noise`: exactly zero, every repeat.
    expect(importances[1]).toEqual({ feature: 'noise', mean: 0, std: 0, importances: [0, 0, 0, 0] });
  });

  it('leaves the caller\'s columns as they were, and gives a feature the same importances whatever else is explained', () => {
    const before = JSON.stringify(columns);
    const alone = permutationImportance(columns, accuracy, { features: ['a'], repeats: 3, seed: 5, direction: 'higher' });
    const both = permutationImportance(columns, accuracy, { features: ['noise', 'a'], repeats: 3, seed: 5, direction: 'higher' });
    expect(JSON.stringify(columns)).toBe(before);
    expect(both.importances[1]).toEqual(alone.importances[0]);
  });

  it('refuses a feature that is not a column, and columns of different lengths', () => {
    expect(() => permutationImportance(columns, accuracy, { features: ['b'], repeats: 1, seed: 1, direction: 'higher' })).toThrow('feature "b" is not a column');
    expect(() => permutationImportance({ a: [1, 2], y: [1] }, accuracy, { features: ['a'], repeats: 1, seed: 1, direction: 'higher' })).toThrow('column "y" has 1 values, not 2');
  });
});
