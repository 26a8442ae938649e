/**
 * shared/compare/examples-pairing.ts for mutation testing (npm run mutate, docs/mutation-testing.md): reading a
 * per-example file and its checks, pairing two files by id, and the per-row data the paired tests read
 * (which rows each model got right, the positive class, the scores), with expected values worked out by hand
 * from the rows below (accuracy = right / rows; binary predictions are score > threshold, strictly).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { pairedModel, pairedModels, pairExamples, readExamplesFile, type ExampleRows } from '../../shared/compare/examples-pairing.js';
import { EVALUATION_SCHEMA, type EvaluationReport } from '../../shared/formats/evaluation-format.js';
import { computeMetrics, type Label } from '../../shared/model/metrics/index.js';
import { InputError } from '../../shared/runtime/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'examples-pairing-'));
});
let seq = 0;
async function examples(lines: unknown[] | string): Promise<{ file: string; sha256: string }> {
  const text = typeof lines === 'string' ? lines : lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
  const bytes = gzipSync(Buffer.from(text));
  const file = join(dir, `e${seq++}.examples.jsonl.gz`);
  await writeFile(file, bytes);
  return { file, sha256: createHash('sha256').update(bytes).digest('hex') };
}

describe('readExamplesFile', () => {
  it('reads ids as text, labels, numeric predictions, scores; skips blank lines; checks the digest and rows', async () => {
    const { file, sha256 } = await examples([{ id: 7, label: 1, prediction: 1, score: 0.9 }, '', { id: 'x', label: 0, prediction: 0, score: 0.2 }]);
    const r = await readExamplesFile(file, { sha256, rows: 2 });
    expect(r.ids).toEqual(['7', 'x']);
    expect(r.labels).toEqual([1, 0]);
    expect(r.predictions).toBeInstanceOf(Float64Array);
    expect(Array.from(r.predictions as Float64Array)).toEqual([1, 0]);
    expect(Array.from(r.score!)).toEqual([0.9, 0.2]);
    expect(r.scores).toBeUndefined();
    await expect(readExamplesFile(file, { sha256: '0'.repeat(64) })).rejects.toThrow(`SHA-256 ${sha256} differs from the ${'0'.repeat(64)} its report records`);
    await expect(readExamplesFile(file, { rows: 3 })).rejects.toThrow('2 rows, but its report records 3');
  });

  it('keeps label predictions as written, and multiclass score rows flattened with their width', async () => {
    const { file } = await examples([{ id: 0, label: 'a', prediction: 'b', scores: [0.2, 0.8] }, { id: 1, label: 'b', prediction: 'b', scores: [0.4, 0.6] }]);
    const r = await readExamplesFile(file);
    expect(r.predictions).toEqual(['b', 'b']);
    expect(Array.from(r.scores!)).toEqual([0.2, 0.8, 0.4, 0.6]);
    expect(r.width).toBe(2);
    // Mixed numeric and text predictions stay as written.
    const mixed = await readExamplesFile((await examples([{ id: 0, label: 1, prediction: 1 }, { id: 1, label: 0, prediction: 'no' }])).file);
    expect(mixed.predictions).toEqual([1, 'no']);
  });

  it('refuses what is not a per-example file', async () => {
    await expect(readExamplesFile(join(dir, 'missing.jsonl.gz'))).rejects.toThrow('per-example file not found');
    const plain = join(dir, 'plain.jsonl.gz');
    await writeFile(plain, '{"id":1,"label":1}\n');
    await expect(readExamplesFile(plain)).rejects.toThrow('not a gzip file');
    await expect(readExamplesFile((await examples('{"id":1,"label":1}\nnot json\n')).file)).rejects.toThrow('not a JSON object');
    await expect(readExamplesFile((await examples([{ id: 1, label: 1 }, { id: 2 }])).file)).rejects.toThrow('each line needs "id" and "label"');
    await expect(readExamplesFile((await examples([{ label: 1 }])).file)).rejects.toThrow('each line needs "id" and "label"');
    await expect(readExamplesFile((await examples(['null'])).file)).rejects.toThrow('each line needs "id" and "label"');
    await expect(readExamplesFile((await examples([{ id: 1, label: 'a', scores: [0.5, 0.5] }, { id: 2, label: 'b', scores: [1] }])).file)).rejects.toThrow('"scores" has 1 values, earlier rows 2');
  });

  it('refuses a column on some rows only', async () => {
    await expect(readExamplesFile((await examples([{ id: 1, label: 1, prediction: 1 }, { id: 2, label: 0 }])).file)).rejects.toThrow('"prediction" is on 1 of 2 rows');
    await expect(readExamplesFile((await examples([{ id: 1, label: 1 }, { id: 2, label: 0, score: 0.3 }])).file)).rejects.toThrow('"score" is on 1 of 2 rows');
    await expect(readExamplesFile((await examples([{ id: 1, label: 'a', scores: [1, 0] }, { id: 2, label: 'b' }])).file)).rejects.toThrow('"scores" is on 1 of 2 rows');
  });
});

const rows = (ids: string[], labels: Label[], extra: Partial<ExampleRows> = {}, file = 'f'): ExampleRows => ({ file, ids, labels, ...extra });

describe('pairExamples', () => {
  it("puts the baseline's rows in the head's order, every column", () => {
    const head = rows(['a', 'b', 'c'], [1, 0, 1], { score: Float64Array.from([0.1, 0.2, 0.3]) }, 'head');
    const base = rows(['c', 'a', 'b'], [1, 1, 0], {
      score: Float64Array.from([0.93, 0.91, 0.92]),
      predictions: ['z', 'x', 'y'],
      scores: Float64Array.from([3, 3, 1, 1, 2, 2]),
      width: 2,
    }, 'base');
    const p = pairExamples(head, base);
    expect(p.rows).toBe(3);
    expect(p.ids).toEqual(['a', 'b', 'c']);
    expect(p.labels).toEqual([1, 0, 1]);
    expect(p.head).toBe(head);
    expect(Array.from(p.base.score!)).toEqual([0.91, 0.92, 0.93]);
    expect(p.base.predictions).toEqual(['x', 'y', 'z']);
    expect(Array.from(p.base.scores!)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(p.base.width).toBe(2);
    expect(p.base.file).toBe('base');
  });

  it('refuses ids twice on either side, different id sets (previewing five), different labels', () => {
    expect(() => pairExamples(rows(['a', 'b'], [1, 0]), rows(['a', 'a'], [1, 1], {}, 'base'))).toThrow('id "a" occurs twice');
    expect(() => pairExamples(rows(['b', 'b'], [1, 1]), rows(['a', 'b'], [1, 0]))).toThrow('id "b" occurs twice');
    const many = ['1', '2', '3', '4', '5', '6', '7'];
    expect(() => pairExamples(rows(['x', ...many], [0, ...many.map(() => 0)]), rows(['x', 'q'], [0, 0]))).toThrow(
      'the head and baseline were evaluated on different rows: 7 ids only in the head ("1", "2", "3", "4", "5", … (7 in all)), 1 only in the baseline ("q")',
    );
    expect(() => pairExamples(rows(['x', 'y'], [0, 0]), rows(['x'], [0]))).toThrow('1 ids only in the head ("y"), 0 only in the baseline (none)');
    expect(() => pairExamples(rows(['x'], [0]), rows(['x', 'y', 'z', 'w', 'v'], [0, 0, 0, 0, 0]))).toThrow('0 ids only in the head (none), 4 only in the baseline ("y", "z", "w", "v")');
    expect(() => pairExamples(rows(['a', 'b'], [1, 0]), rows(['b', 'a'], [1, 1], {}, 'base.gz'))).toThrow('id "b" has label 0 in the head but 1 in the baseline (base.gz)');
  });
});

function report(task: EvaluationReport['task'], classification: EvaluationReport['classification']): EvaluationReport {
  return {
    schema: EVALUATION_SCHEMA, source: 'predictions', task, rows: 0, dataset: null, models: [], columns: null, classification,
    bootstrap: null, metrics: {}, omitted: [], confusion_matrix: null, slices: [], skipped_slices: [], min_slice_size: null, examples: null,
    imported: null, warnings: [],
  } as EvaluationReport;
}
const binaryReport = (pos: Label, threshold: number | null) => report('binary', { classes: ['no', 'yes'], pos_label: pos, threshold, predicted_from: 'threshold', ece_bins: 15 } as EvaluationReport['classification']);
const acc = (m: ReturnType<typeof pairedModel>, metric: 'accuracy' | 'roc_auc' = 'accuracy') => computeMetrics(m.evaluationFor(metric)!, [metric])[metric]!;

describe('pairedModel', () => {
  const labels: Label[] = ['yes', 'no', 'yes', 'no', 'no'];
  const score = Float64Array.from([0.9, 0.3, 0.3, 0.8, 0.1]);

  it('binary from scores: predicted positive iff score > threshold, the positive class by label', () => {
    const m = pairedModel(binaryReport('yes', 0.3), rows(['1', '2', '3', '4', '5'], labels, { score }), labels, 'head');
    // Predicted yes for 0.9 and 0.8 only (0.3 is not above 0.3): right on rows 1, 2, 5.
    expect(Array.from(m.positive!)).toEqual([1, 0, 1, 0, 0]);
    expect(Array.from(m.correct!)).toEqual([1, 1, 0, 0, 1]);
    expect(acc(m)).toBeCloseTo(3 / 5, 15);
    // ROC AUC from the scores: positives 0.9, 0.3 against negatives 0.3, 0.8, 0.1: (3 + 1.5) / 6.
    expect(acc(m, 'roc_auc')).toBeCloseTo(4.5 / 6, 15);
    expect(m.score).toBe(score);
    expect(m.rows).toBe(5);
  });

  it('binary: threshold 0.5 when the report has none; the prediction column over the scores for label metrics', () => {
    const m = pairedModel(binaryReport('yes', null), rows(['1', '2', '3', '4', '5'], labels, { score }), labels, 'head');
    expect(Array.from(m.correct!)).toEqual([1, 1, 0, 0, 1]);
    const predictions: Label[] = ['yes', 'yes', 'yes', 'no', 'no'];
    const p = pairedModel(binaryReport('yes', 0.3), rows(['1', '2', '3', '4', '5'], labels, { score, predictions }), labels, 'head');
    expect(Array.from(p.correct!)).toEqual([1, 0, 1, 1, 1]);
    expect(acc(p)).toBeCloseTo(4 / 5, 15);
    expect(acc(p, 'roc_auc')).toBeCloseTo(4.5 / 6, 15);
    // Predictions only: no score metrics' data, label metrics from the predictions.
    const only = pairedModel(binaryReport('yes', 0.3), rows(['1', '2', '3', '4', '5'], labels, { predictions }), labels, 'head');
    expect(only.evaluationFor('roc_auc')).toBeUndefined();
    expect(acc(only)).toBeCloseTo(4 / 5, 15);
    expect(only.score).toBeUndefined();
  });

  it('binary: numeric labels compare by value ("1" is not 1)', () => {
    const y: Label[] = [1, 0, 1];
    const m = pairedModel(binaryReport(1, 0.5), rows(['a', 'b', 'c'], y, { predictions: Float64Array.from([1, 1, 0]) }), y, 'head');
    expect(Array.from(m.positive!)).toEqual([1, 0, 1]);
    expect(Array.from(m.correct!)).toEqual([1, 0, 0]);
  });

  const mcReport = (classes: Label[]) => report('multiclass', { classes, pos_label: null, threshold: null, predicted_from: 'argmax', ece_bins: 15 } as EvaluationReport['classification']);
  const y: Label[] = ['a', 'b', 'c', 'a'];

  it('multiclass from scores: the first class with the highest score', () => {
    const scores = Float64Array.from([0.5, 0.5, 0, /**/ 0.1, 0.2, 0.7, /**/ 0.2, 0.3, 0.5, /**/ 0.3, 0.3, 0.4]);
    const m = pairedModel(mcReport(['a', 'b', 'c']), rows(['1', '2', '3', '4'], y, { scores, width: 3 }), y, 'head');
    // Predicted a (tie with b goes to a), c, c, c.
    expect(Array.from(m.correct!)).toEqual([1, 0, 1, 0]);
    expect(acc(m)).toBeCloseTo(0.5, 15);
    expect(m.evaluationFor('log_loss')).toBeDefined();
  });

  it('multiclass from predictions; without scores no score metric', () => {
    const m = pairedModel(mcReport(['a', 'b', 'c']), rows(['1', '2', '3', '4'], y, { predictions: ['a', 'b', 'a', 'a'] }), y, 'head');
    expect(Array.from(m.correct!)).toEqual([1, 1, 0, 1]);
    expect(m.evaluationFor('log_loss')).toBeUndefined();
    expect(m.evaluationFor('accuracy')).toBeDefined();
  });

  it('multiclass refusals: neither predictions nor scores, scores of another width', () => {
    expect(() => pairedModel(mcReport(['a', 'b', 'c']), rows(['1', '2', '3', '4'], y), y, 'baseline')).toThrow('baseline: multiclass examples need "prediction" or "scores"');
    const scores = Float64Array.from([1, 0, 0, 1, 1, 0, 0, 1]);
    expect(() => pairedModel(mcReport(['a', 'b', 'c']), rows(['1', '2', '3', '4'], y, { scores, width: 2 }), y, 'head')).toThrow('head: multiclass examples need "prediction" or "scores"');
    expect(() => pairedModel(mcReport(['a', 'b', 'c']), rows(['1', '2', '3', '4'], y, { scores, width: 2, predictions: y }), y, 'head')).toThrow('head: "scores" has 2 values per row but the report has 3 classes');
  });

  it('regression needs numeric predictions; other reports are refused', () => {
    const t: Label[] = [1, 2, 4];
    const m = pairedModel(report('regression', null), rows(['1', '2', '3'], t, { predictions: Float64Array.from([1, 3, 2]) }), t, 'head');
    expect(computeMetrics(m.evaluationFor('mae')!, ['mae']).mae).toBeCloseTo(1, 15);
    expect(m.correct).toBeUndefined();
    expect(() => pairedModel(report('regression', null), rows(['1'], [1], { predictions: ['1'] }), [1], 'head')).toThrow('head: regression examples need numeric "prediction" values');
    expect(() => pairedModel(report('binary', null), rows(['1'], [1]), [1], 'head')).toThrow('head: paired tests need a binary, multiclass or regression report from predictions');
  });
});

describe('pairedModels', () => {
  const y: Label[] = ['yes', 'no'];
  const paired = pairExamples(rows(['1', '2'], y, { score: Float64Array.from([0.9, 0.1]) }), rows(['2', '1'], y.slice().reverse(), { score: Float64Array.from([0.4, 0.6]) }));
  it('builds both models on the paired rows', () => {
    const both = pairedModels(binaryReport('yes', 0.5), binaryReport('yes', 0.5), paired);
    expect(Array.from(both.head.score!)).toEqual([0.9, 0.1]);
    expect(Array.from(both.base.score!)).toEqual([0.6, 0.4]);
    expect(Array.from(both.base.correct!)).toEqual([1, 1]);
  });
  it('refuses another task, another positive class, other classes', () => {
    expect(() => pairedModels(binaryReport('yes', 0.5), report('regression', null), paired)).toThrow('the head is a binary evaluation but the baseline a regression one');
    expect(() => pairedModels(binaryReport('yes', 0.5), binaryReport('no', 0.5), paired)).toThrow('the head\'s positive class is "yes" but the baseline\'s "no"');
    const mc = (classes: Label[]) => report('multiclass', { classes, pos_label: null, threshold: null, predicted_from: 'argmax', ece_bins: 15 } as EvaluationReport['classification']);
    expect(() => pairedModels(mc(['a', 'b']), mc(['a', 'c']), paired)).toThrow("the head's classes (a, b) differ from the baseline's (a, c)");
  });
  it('says a report has no classification block instead of printing undefined', () => {
    expect(() => pairedModels(binaryReport('yes', 0.5), report('binary', null), paired)).toThrow('the head\'s positive class is "yes" but the baseline\'s not recorded (no classification block)');
    const mc = report('multiclass', { classes: ['a', 'b'], pos_label: null, threshold: null, predicted_from: 'argmax', ece_bins: 15 } as EvaluationReport['classification']);
    expect(() => pairedModels(mc, report('multiclass', null), paired)).toThrow("the head's classes (a, b) differ from the baseline's (not recorded: no classification block)");
  });
});

// The open spots of the first mutation run (docs/mutation-testing.md); everything is computed inside `it`, where
// per-test coverage sees it. Expected values by hand, or from scikit-learn 1.2 (Debian's /usr/bin/python3):
//   from sklearn.metrics import log_loss, recall_score
//   log_loss(['a','b','c','a'], [[.5,.5,0],[.1,.2,.7],[.2,.3,.5],[.3,.3,.4]], labels=['a','b','c'])  # 1.0499262694699818
//   log_loss(['a','b'], [[.6,.3,.1],[.2,.7,.1]], labels=['a','b','c'])                                 # 0.43375028385236136
describe('columns a file lacks, and what the evaluations are given', () => {
  const mcOf = (classes: Label[]) => report('multiclass', { classes, pos_label: null, threshold: null, predicted_from: 'argmax', ece_bins: 15 } as EvaluationReport['classification']);

  it('a column on no row stays absent (not an empty column)', async () => {
    const r = await readExamplesFile((await examples([{ id: 1, label: 1, score: 0.4 }, { id: 2, label: 0, score: 0.6 }])).file);
    expect(r.predictions).toBeUndefined();
    expect(Array.from(r.score!)).toEqual([0.4, 0.6]);
    const p = await readExamplesFile((await examples([{ id: 1, label: 1, prediction: 0 }])).file);
    expect(p.score).toBeUndefined();
    expect(p.scores).toBeUndefined();
  });

  it("pairing keeps the baseline's missing columns missing", () => {
    const p = pairExamples(rows(['a', 'b'], [1, 0]), rows(['b', 'a'], [0, 1], { score: Float64Array.from([0.2, 0.7]) }));
    expect(p.base.predictions).toBeUndefined();
    expect(p.base.scores).toBeUndefined();
    expect(Array.from(p.base.score!)).toEqual([0.7, 0.2]);
  });

  it("binary from scores: the label metrics use the report's threshold", () => {
    const labels: Label[] = ['yes', 'no', 'yes', 'no', 'no'];
    const score = Float64Array.from([0.9, 0.3, 0.3, 0.8, 0.1]);
    // Predicted yes for 0.9 only: right on rows 1, 2, 4, 5 (at 0.5 also 0.8 would be yes: 3 of 5).
    const m = pairedModel(binaryReport('yes', 0.85), rows(['1', '2', '3', '4', '5'], labels, { score }), labels, 'head');
    expect(Array.from(m.correct!)).toEqual([1, 1, 0, 1, 1]);
    expect(acc(m)).toBeCloseTo(4 / 5, 15);
  });

  it('multiclass argmax looks at its own row only', () => {
    const y: Label[] = ['c', 'a'];
    // Row 1's maximum is 0.7 (c); the next row's first score 0.9 is not part of it.
    const scores = Float64Array.from([0.1, 0.2, 0.7, /**/ 0.9, 0.05, 0.05]);
    const m = pairedModel(mcOf(['a', 'b', 'c']), rows(['1', '2'], y, { scores, width: 3 }), y, 'head');
    expect(Array.from(m.correct!)).toEqual([1, 1]);
    expect(acc(m)).toBe(1);
  });

  it("multiclass: the evaluation has the scores and the report's classes", () => {
    const y: Label[] = ['a', 'b', 'c', 'a'];
    const scores = Float64Array.from([0.5, 0.5, 0, /**/ 0.1, 0.2, 0.7, /**/ 0.2, 0.3, 0.5, /**/ 0.3, 0.3, 0.4]);
    const m = pairedModel(mcOf(['a', 'b', 'c']), rows(['1', '2', '3', '4'], y, { scores, width: 3 }), y, 'head');
    expect(computeMetrics(m.evaluationFor('log_loss')!, ['log_loss']).log_loss).toBeCloseTo(1.0499262694699818, 14);
    // A class of the report that no row holds still has its score column: the columns line up with the classes.
    const y2: Label[] = ['a', 'b'];
    const p = pairedModel(mcOf(['a', 'b', 'c']), rows(['1', '2'], y2, { scores: Float64Array.from([0.6, 0.3, 0.1, 0.2, 0.7, 0.1]), width: 3 }), y2, 'head');
    expect(computeMetrics(p.evaluationFor('log_loss')!, ['log_loss']).log_loss).toBeCloseTo(0.43375028385236136, 14);
  });

  it('a report without a task (imported metrics) is refused even with a classification block', () => {
    const cls = { classes: ['a', 'b'], pos_label: null, threshold: null, predicted_from: 'argmax', ece_bins: 15 } as EvaluationReport['classification'];
    const y: Label[] = ['a', 'b'];
    expect(() => pairedModel(report(null, cls), rows(['1', '2'], y, { predictions: y }), y, 'head')).toThrow(
      'head: paired tests need a binary, multiclass or regression report from predictions',
    );
  });
});

describe('pairedModels: what the two reports must agree on', () => {
  const pairOf = (y: Label[], extra: Partial<ExampleRows>) => pairExamples(rows(y.map((_, i) => String(i)), y, extra), rows(y.map((_, i) => String(i)), y, extra));
  const mc = (classes: Label[], pos: Label | null = null) => report('multiclass', { classes, pos_label: pos, threshold: null, predicted_from: 'prediction', ece_bins: 15 } as EvaluationReport['classification']);
  const bin = (classes: Label[]) => report('binary', { classes, pos_label: 'yes', threshold: 0.5, predicted_from: 'threshold', ece_bins: 15 } as EvaluationReport['classification']);

  it('binary: the positive class only; multiclass: the classes only', () => {
    const y: Label[] = ['yes', 'no'];
    const b = pairedModels(bin(['no', 'yes']), bin(['maybe', 'no', 'yes']), pairOf(y, { score: Float64Array.from([0.9, 0.1]) }));
    expect(Array.from(b.base.correct!)).toEqual([1, 1]);
    const m = pairedModels(mc(['a', 'b']), mc(['a', 'b'], 'a'), pairOf(['a', 'b'], { predictions: ['a', 'a'] }));
    expect(Array.from(m.base.correct!)).toEqual([1, 0]);
  });

  it('a classification report without its classification block is an input error, not a crash', () => {
    const y: Label[] = ['yes', 'no'];
    const paired = pairOf(y, { score: Float64Array.from([0.9, 0.1]) });
    expect(() => pairedModels(report('binary', null), report('binary', null), paired)).toThrow('head: paired tests need a binary, multiclass or regression report');
    expect(() => pairedModels(report('multiclass', null), report('multiclass', null), paired)).toThrow('head: paired tests need a binary, multiclass or regression report');
    expect(() => pairedModels(bin(['no', 'yes']), report('binary', null), paired)).toThrow(InputError);
    expect(() => pairedModels(mc(['no', 'yes']), report('multiclass', null), paired)).toThrow(InputError);
  });
});
