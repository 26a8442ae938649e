/**
 * The paired ECE uses the report's `classification.ece_bins` (examples-pairing.ts pairedModel): a report made with
 * 10 bins gets a paired ECE delta over 10 bins, not evaluate's default 15. Reference values: the published ECE
 * (Guo et al. 2017, bins ((m−1)/M, m/M], 0 in the first; binary conf = P(positive), multiclass top-label) in NumPy,
 * through Debian's /usr/bin/python3:
 *
 *   def ece(correct, conf, M):
 *       conf = np.asarray(conf, float); correct = np.asarray(correct, float)
 *       b = np.clip(np.ceil(conf * M) - 1, 0, M - 1).astype(int)
 *       gap = np.zeros(M); np.add.at(gap, b, correct - conf)
 *       return np.abs(gap).sum() / len(conf)
 *   ece(y, head, M) - ece(y, base, M)                       # binary rows below
 *   best = P.argmax(1); ece(cls[best] == yt, P.max(1), M)   # multiclass rows below, head − base
 *
 * M = 10: binary −0.006666666666666626, multiclass −0.19624999999999998;
 * M = 15: binary 0.20333333333333325, multiclass 0.006250000000000033 (no confidence sits on an edge of either).
 */
import { describe, expect, it } from 'vitest';
import { pairedModels, pairExamples, type ExampleRows } from '../../shared/compare/examples-pairing.js';
import { pairedBootstrapDeltas } from '../../shared/compare/significance.js';
import { EVALUATION_SCHEMA, type EvaluationReport } from '../../shared/formats/evaluation-format.js';
import type { Label } from '../../shared/model/metrics/index.js';

function report(task: 'binary' | 'multiclass', classes: Label[], eceBins: number): EvaluationReport {
  const classification = { classes, pos_label: task === 'binary' ? 1 : null, threshold: task === 'binary' ? 0.5 : null, predicted_from: task === 'binary' ? 'threshold' : 'argmax', ece_bins: eceBins };
  return {
    schema: EVALUATION_SCHEMA, source: 'predictions', task, rows: 0, dataset: null, models: [], columns: null, classification,
    bootstrap: null, metrics: {}, omitted: [], confusion_matrix: null, slices: [], skipped_slices: [], min_slice_size: null, examples: null,
    imported: null, warnings: [],
  } as EvaluationReport;
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i));
/** head − baseline ECE on all paired rows (one resample: the estimate is the point delta). */
function pairedEceDelta(task: 'binary' | 'multiclass', classes: Label[], eceBins: number, head: ExampleRows, base: ExampleRows): number {
  const models = pairedModels(report(task, classes, eceBins), report(task, classes, eceBins), pairExamples(head, base));
  return pairedBootstrapDeltas(models.head, models.base, ['ece'], { resamples: 1, seed: 1 }).ece!.estimate;
}

describe("the paired ECE uses the report's ece_bins", () => {
  it('binary: the delta over 10 bins when the reports say 10, over 15 when they say 15', () => {
    const y: Label[] = [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0];
    const head = [0.62, 0.68, 0.31, 0.38, 0.83, 0.88, 0.12, 0.18, 0.55, 0.42, 0.95, 0.05];
    const base = [0.64, 0.61, 0.36, 0.32, 0.85, 0.81, 0.16, 0.14, 0.51, 0.47, 0.91, 0.09];
    const side = (file: string, s: number[]): ExampleRows => ({ file, ids: ids(y.length), labels: y, score: Float64Array.from(s) });
    expect(pairedEceDelta('binary', [0, 1], 10, side('head', head), side('base', base))).toBeCloseTo(-0.006666666666666626, 14);
    expect(pairedEceDelta('binary', [0, 1], 15, side('head', head), side('base', base))).toBeCloseTo(0.20333333333333325, 14);
  });

  it('multiclass (top-label): the delta over 10 bins when the reports say 10, over 15 when they say 15', () => {
    const y: Label[] = ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b'];
    const head = [[0.62, 0.27, 0.11], [0.68, 0.2, 0.12], [0.21, 0.33, 0.46], [0.31, 0.38, 0.31], [0.36, 0.39, 0.25], [0.52, 0.14, 0.34], [0.77, 0.12, 0.11], [0.29, 0.57, 0.14]];
    const base = [[0.44, 0.35, 0.21], [0.31, 0.42, 0.27], [0.26, 0.31, 0.43], [0.58, 0.23, 0.19], [0.47, 0.33, 0.2], [0.22, 0.25, 0.53], [0.66, 0.19, 0.15], [0.37, 0.51, 0.12]];
    const side = (file: string, p: number[][]): ExampleRows => ({ file, ids: ids(y.length), labels: y, scores: Float64Array.from(p.flat()), width: 3 });
    expect(pairedEceDelta('multiclass', ['a', 'b', 'c'], 10, side('head', head), side('base', base))).toBeCloseTo(-0.19624999999999998, 14);
    expect(pairedEceDelta('multiclass', ['a', 'b', 'c'], 15, side('head', head), side('base', base))).toBeCloseTo(0.006250000000000033, 14);
  });
});
