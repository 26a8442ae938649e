/**
 * Permutation feature importance with scikit-learn's semantics
 * (`sklearn.inspection.permutation_importance`, 1.x; Breiman 2001, section 10): for each feature
 * and each of `repeats` repetitions, the feature's column is shuffled across rows (the other
 * columns and the labels stay put) and the model is scored again; the importance of that
 * repetition is the baseline score minus the permuted score. scikit-learn's scorers are "greater
 * is better" (a loss is negated: `neg_log_loss`, `neg_root_mean_squared_error`), so for a metric
 * where lower is better the importance is the permuted score minus the baseline: either way a
 * larger importance means the model leaned on the feature more. Per feature: the mean and the
 * population standard deviation (ddof = 0, numpy's `std` default, which scikit-learn reports) of
 * the per-repetition importances.
 *
 * Pure: columns and a scorer in, importances out. The explain step (shared/steps/explain.ts) uses
 * the same permutations (`featurePermutations`) and the same summary (`summarizeImportances`),
 * but streams the permuted copies to the team's predict command instead of calling a scorer.
 *
 * Permutations: like scikit-learn, one index array per feature, shuffled in place once per
 * repetition (so repetition r shuffles the result of repetition r − 1), by Fisher–Yates from the
 * last position down, as numpy's `shuffle`. The stream of each feature is its own xoshiro128**
 * seeded from (seed, the feature's name), so a feature's permutations, and hence its importance,
 * do not depend on which other features are explained or in which order.
 */
import { Xoshiro128, resampleSeed } from './metrics/bootstrap.js';
import type { Direction } from './metrics/index.js';

export interface FeatureImportance {
  feature: string;
  /** Mean of `importances`. */
  mean: number;
  /** Population standard deviation of `importances` (ddof = 0). */
  std: number;
  /** One importance per repetition, larger = more important. */
  importances: number[];
}

/** How the permutations are drawn, for the report. */
export const PERMUTATION_PRNG = 'xoshiro128** (splitmix32-seeded), Fisher–Yates from the last index, one index array per feature shuffled in place per repeat';
export const PERMUTATION_STREAM = 'feature seed = splitmix32 finalizer of (seed ^ mix(FNV-1a 32 of the feature name\'s UTF-8 bytes)), as resampleSeed(seed, fnv1a(name))';

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The seed of a feature's own permutation stream. */
export function featureSeed(seed: number, feature: string): number {
  return resampleSeed(seed >>> 0, fnv1a32(feature));
}

/**
 * The `repeats` permutations of `rows` row indices for one feature: `perm[i]` is the row whose
 * value row i receives. The same array is shuffled in place and yielded each time (copy it to keep it).
 */
export function* featurePermutations(rows: number, feature: string, repeats: number, seed: number): Generator<Uint32Array> {
  const rng = new Xoshiro128(featureSeed(seed, feature));
  const perm = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) perm[i] = i;
  for (let r = 0; r < repeats; r++) {
    for (let i = rows - 1; i > 0; i--) {
      const j = rng.nextIndex(i + 1);
      const t = perm[i]!;
      perm[i] = perm[j]!;
      perm[j] = t;
    }
    yield perm;
  }
}

/** One repetition's importance: baseline − permuted for a score, permuted − baseline for a loss. */
export function importanceOf(baseline: number, permuted: number, direction: Direction): number {
  return direction === 'higher' ? baseline - permuted : permuted - baseline;
}

/** Mean and population standard deviation (two-pass, as numpy computes it up to rounding). */
export function meanStd(values: readonly number[]): { mean: number; std: number } {
  const n = values.length;
  if (n === 0) return { mean: Number.NaN, std: Number.NaN };
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let ss = 0;
  for (const v of values) ss += (v - mean) * (v - mean);
  return { mean, std: Math.sqrt(ss / n) };
}

/** Importances of each feature from its permuted scores (one per repetition), in the given feature order. */
export function summarizeImportances(
  baseline: number,
  permutedScores: ReadonlyArray<{ feature: string; scores: readonly number[] }>,
  direction: Direction,
): FeatureImportance[] {
  return permutedScores.map(({ feature, scores }) => {
    const importances = scores.map((s) => importanceOf(baseline, s, direction));
    return { feature, ...meanStd(importances), importances };
  });
}

/** Largest mean first; ties by name (UTF-16 code units), so the order never depends on the input order. */
export function rankImportances<T extends { feature: string; mean: number }>(importances: readonly T[]): T[] {
  return [...importances].sort((a, b) => (b.mean !== a.mean ? b.mean - a.mean : a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
}

export interface PermutationImportanceOptions {
  /** The columns to permute, by name (each must be a key of `columns`). */
  features: readonly string[];
  repeats: number;
  seed: number;
  direction: Direction;
}

/**
 * The in-memory form: `columns` (name → one value per row, all the same length) and `score`,
 * which scores the model on a set of columns (e.g. calls predict and a metric). Returns the
 * baseline score and the importances in `features` order.
 */
export function permutationImportance<T>(
  columns: Readonly<Record<string, readonly T[]>>,
  score: (columns: Readonly<Record<string, readonly T[]>>) => number,
  options: PermutationImportanceOptions,
): { baseline: number; importances: FeatureImportance[] } {
  const names = Object.keys(columns);
  const rows = names.length > 0 ? columns[names[0]!]!.length : 0;
  for (const n of names) if (columns[n]!.length !== rows) throw new RangeError(`column "${n}" has ${columns[n]!.length} values, not ${rows}`);
  for (const f of options.features) if (!Object.hasOwn(columns, f)) throw new RangeError(`feature "${f}" is not a column`);
  const baseline = score(columns);
  const permuted = options.features.map((feature) => {
    const original = columns[feature]!;
    const scores: number[] = [];
    for (const perm of featurePermutations(rows, feature, options.repeats, options.seed)) {
      const shuffled = Array.from(perm, (i) => original[i]!);
      const copy: Record<string, readonly T[]> = Object.assign(Object.create(null) as object, columns, { [feature]: shuffled });
      scores.push(score(copy));
    }
    return { feature, scores };
  });
  return { baseline, importances: summarizeImportances(baseline, permuted, options.direction) };
}
