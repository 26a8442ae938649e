/**
 * The paired tests against independent references: test/fixtures/reference/compare_reference.py
 * (SciPy's binomtest / chi2 for McNemar, an O(m·n) DeLong written from the 1988 paper with NumPy,
 * scikit-learn's roc_auc_score) on two real model pairs, and the paired bootstrap against a
 * straightforward resample-and-recompute with the same index stream.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chiSquare1Sf,
  deltaLabel,
  delongTest,
  mcnemarFromCounts,
  mcnemarTest,
  midranks,
  normalTwoSidedP,
  pairedBootstrapDeltas,
  type PairedModel,
} from '../../shared/compare/significance.js';
import { binaryEvaluation, computeMetrics, quantileSorted, Xoshiro128, type MetricName } from '../../shared/model/metrics/index.js';

interface McRef { b: number; c: number; method: string; statistic: number | null; p_value: number }
interface DeLongRef { auc_head: number; auc_base: number; sklearn_auc_head: number; sklearn_auc_base: number; variance: number; z: number; p_value: number; positives: number; negatives: number }
const REF = JSON.parse(readFileSync('test/fixtures/reference/compare_reference.json', 'utf8')) as {
  mcnemar_counts: McRef[];
  normal_two_sided: Array<{ z: number; p: number }>;
  binary: { ids: string[]; label: number[]; scores: Record<string, number[]>; pairs: Record<string, { head: string; base: string; mcnemar: McRef; delong: DeLongRef }> };
};
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('distribution tails', () => {
  it('match scipy.stats.norm.sf to 1e-12 relative, far into the tail', () => {
    // At z = 30 (p ≈ 1e-197) the rounding of z²/2 ≈ 450 alone costs ~1e-13 relative.
    for (const { z, p } of REF.normal_two_sided) expect(rel(normalTwoSidedP(z), p), `z=${z}`).toBeLessThan(z < 8 ? 1e-13 : 1e-12);
  });
  it('chi-square(1) upper tail is the two-sided normal tail of sqrt(x)', () => {
    expect(chiSquare1Sf(3.841458820694124)).toBeCloseTo(0.05, 14);
    expect(chiSquare1Sf(0)).toBe(1);
  });
});

describe('mcnemarTest', () => {
  it('matches scipy binomtest (b + c < 25) and chi2.sf with continuity correction (from 25) on a grid of counts', () => {
    for (const r of REF.mcnemar_counts) {
      const t = mcnemarFromCounts(r.b, r.c);
      expect(t.method, `${r.b},${r.c}`).toBe(r.method);
      expect(t.statistic).toBe(r.statistic);
      expect(rel(t.pValue, r.p_value), `${r.b},${r.c}`).toBeLessThan(1e-12);
    }
  });

  for (const [name, pair] of Object.entries(REF.binary.pairs)) {
    it(`matches the reference on seattle-weather, ${name} (b=${pair.mcnemar.b}, c=${pair.mcnemar.c})`, () => {
      const y = REF.binary.label;
      const right = (s: number[]) => s.map((p, i) => ((p > 0.5 ? 1 : 0) === y[i] ? 1 : 0));
      const t = mcnemarTest(right(REF.binary.scores[pair.head]!), right(REF.binary.scores[pair.base]!));
      expect([t.b, t.c, t.method]).toEqual([pair.mcnemar.b, pair.mcnemar.c, pair.mcnemar.method]);
      expect(rel(t.pValue, pair.mcnemar.p_value)).toBeLessThan(1e-12);
    });
  }
});

describe('delongTest (fast midrank algorithm)', () => {
  it('midranks average tied ranks like scipy.stats.rankdata', () => {
    expect(Array.from(midranks([0.3, 0.1, 0.3, 0.2, 0.3]))).toEqual([4, 1, 4, 2, 4]);
  });

  for (const [name, pair] of Object.entries(REF.binary.pairs)) {
    it(`matches the O(m·n) DeLong reference on seattle-weather, ${name}`, () => {
      const d = pair.delong;
      const t = delongTest(REF.binary.label, REF.binary.scores[pair.head]!, REF.binary.scores[pair.base]!);
      expect(t.aucHead).toBeCloseTo(d.sklearn_auc_head, 14);
      expect(t.aucBase).toBeCloseTo(d.sklearn_auc_base, 14);
      expect([t.positives, t.negatives]).toEqual([d.positives, d.negatives]);
      expect(rel(t.variance, d.variance)).toBeLessThan(1e-10);
      expect(rel(t.z!, d.z)).toBeLessThan(1e-10);
      expect(rel(t.pValue, d.p_value)).toBeLessThan(1e-8);
    });
  }

  it('gives p = 1 for identical rankings and a symmetric result when the models swap', () => {
    const { label, scores } = REF.binary;
    expect(delongTest(label, scores.all!, scores.all!)).toMatchObject({ delta: 0, z: null, pValue: 1 });
    const a = delongTest(label, scores.all!, scores.temps!);
    const b = delongTest(label, scores.temps!, scores.all!);
    expect(b.z).toBeCloseTo(-a.z!, 12);
    expect(b.pValue).toBeCloseTo(a.pValue, 15);
  });
});

describe('pairedBootstrapDeltas', () => {
  const y = REF.binary.label;
  const model = (s: number[]): PairedModel => {
    const e = binaryEvaluation(y, s, { posLabel: 1 });
    return { rows: y.length, evaluationFor: () => e };
  };
  const names: MetricName[] = ['accuracy', 'roc_auc', 'log_loss', 'f1'];

  /** Draw n indices per resample from the same generator, copy rows, recompute both models. */
  function naive(head: number[], base: number[], resamples: number, seed: number, confidence: number) {
    const rng = new Xoshiro128(seed);
    const n = y.length;
    const stats = Object.fromEntries(names.map((m) => [m, [] as number[]]));
    for (let b = 0; b < resamples; b++) {
      const idx = Array.from({ length: n }, () => rng.nextIndex(n));
      const yy = idx.map((i) => y[i]!);
      const h = computeMetrics(binaryEvaluation(yy, idx.map((i) => head[i]!), { posLabel: 1 }), names);
      const g = computeMetrics(binaryEvaluation(yy, idx.map((i) => base[i]!), { posLabel: 1 }), names);
      for (const m of names) stats[m]!.push(h[m]! - g[m]!);
    }
    const a = 1 - confidence;
    return Object.fromEntries(names.map((m) => {
      const s = Float64Array.from(stats[m]!).sort();
      return [m, [quantileSorted(s, a / 2), quantileSorted(s, 1 - a / 2)]];
    }));
  }

  it('equals resampling paired rows and recomputing each metric, with the same index stream', () => {
    const { all, temps_wind: tw } = REF.binary.scores;
    const got = pairedBootstrapDeltas(model(all!), model(tw!), names, { resamples: 60, seed: 11, confidence: 0.9 });
    const want = naive(all!, tw!, 60, 11, 0.9);
    for (const m of names) {
      expect(got[m]!.lower, m).toBeCloseTo(want[m]![0]!, 12);
      expect(got[m]!.upper, m).toBeCloseTo(want[m]![1]!, 12);
      expect(got[m]!.invalid).toBe(0);
    }
    const full = (s: number[]) => computeMetrics(binaryEvaluation(y, s, { posLabel: 1 }), names);
    expect(got.roc_auc!.estimate).toBeCloseTo(full(all!).roc_auc! - full(tw!).roc_auc!, 14);
  });

  it('labels the strong model an improvement and the rounded-score model within noise', () => {
    const { all, temps_wind: tw, temps } = REF.binary.scores;
    const strong = pairedBootstrapDeltas(model(all!), model(tw!), ['roc_auc', 'log_loss'], { resamples: 200 });
    expect(deltaLabel([strong.roc_auc!.lower, strong.roc_auc!.upper], 'higher')).toBe('improvement');
    expect(deltaLabel([strong.log_loss!.lower, strong.log_loss!.upper], 'lower')).toBe('improvement');
    expect(deltaLabel([-strong.log_loss!.upper, -strong.log_loss!.lower], 'lower')).toBe('regression');
    const noise = pairedBootstrapDeltas(model(tw!), model(temps!), ['roc_auc'], { resamples: 200 });
    expect(deltaLabel([noise.roc_auc!.lower, noise.roc_auc!.upper], 'higher')).toBe('within_noise');
    expect(deltaLabel(null, 'higher')).toBe('not_tested');
    expect(deltaLabel([0.1, 0.2], null)).toBe('not_tested');
  });
});
