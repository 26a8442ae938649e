/**
 * The evaluate operation end to end: predictions written to real files (CSV, JSON Lines) from the
 * scikit-learn reference fixture, evaluated, and every number checked against what scikit-learn
 * computed for the same predictions (test/fixtures/reference/metrics_reference.py).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { evaluate, examplesPathFor } from '../../shared/steps/evaluate.js';
import { scoreClasses } from '../../shared/model/read-predictions.js';
import { evaluationReportSchema } from '../../shared/formats/evaluation-format.js';
import { binaryEvaluation, computeMetrics } from '../../shared/model/metrics/index.js';
import { InputError } from '../../shared/runtime/errors.js';
import { expectClose, ref } from './metrics/reference.js';

const dir = mkdtempSync(join(tmpdir(), 'mlops-evaluate-'));
let seq = 0;
function file(name: string, text: string): string {
  const p = join(dir, `${seq++}-${name}`);
  writeFileSync(p, text);
  return p;
}
const csv = (header: string[], rows: unknown[][]) => `${header.join(',')}\n${rows.map((r) => r.join(',')).join('\n')}\n`;

const sea = ref.seattle_binary;
const seattleCsv = file(
  'seattle.csv',
  csv(
    ['id', 'rain', 'p_rain', 'p_rounded', 'part'],
    sea.y_true.map((y, i) => [`d${i}`, y, sea.proba[i], sea.proba_rounded[i], i < 1400 ? ['a', 'b', 'c'][i % 3] : 'tiny']),
  ),
);
const peng = ref.penguins_multiclass;
const penguinsJsonl = file(
  'penguins.jsonl',
  peng.y_true
    .map((y, i) => JSON.stringify({ species: y, predicted: peng.y_pred[i], p_Adelie: peng.proba[i]![0], p_Chinstrap: peng.proba[i]![1], p_Gentoo: peng.proba[i]![2] }))
    .join('\n'),
);
const cars = ref.cars_regression;
const carsCsv = file('cars.csv', csv(['mpg', 'mpg_hat'], cars.y_true.map((y, i) => [y, cars.y_pred[i]])));

function expectAll(metrics: Record<string, { value: number }>, expected: Record<string, number>, what: string) {
  for (const [name, value] of Object.entries(expected)) {
    expect(metrics[name], `${what}: ${name} missing`).toBeDefined();
    expectClose(metrics[name]!.value, value, `${what} ${name}`);
  }
}

describe('evaluate: numbers match scikit-learn end to end', () => {
  it('binary: every metric and the confusion matrix of the Seattle rain model', async () => {
    const { report } = await evaluate({ predictions: seattleCsv, task: 'binary', label: 'rain', score: ['p_rain'], resamples: 0 });
    expect(report.rows).toBe(sea.y_true.length);
    expectAll(report.metrics, sea.expected.plain, 'seattle');
    expect(Object.keys(report.metrics).sort()).toEqual(Object.keys(sea.expected.plain).sort());
    expect(report.confusion_matrix).toEqual({ labels: [0, 1], counts: sea.expected.confusion_matrix });
    expect(report.classification).toMatchObject({ pos_label: 1, threshold: 0.5, predicted_from: 'threshold' });
    expect(report.bootstrap).toBeNull();
    expect(report.omitted).toEqual([]);
  });

  it('binary with tied (rounded) scores', async () => {
    const { report } = await evaluate({ predictions: seattleCsv, task: 'binary', label: 'rain', score: ['p_rounded'], resamples: 0 });
    expectAll(report.metrics, sea.expected_rounded.plain, 'seattle rounded');
    expect(report.confusion_matrix!.counts).toEqual(sea.expected_rounded.confusion_matrix);
  });

  it('multiclass from JSON Lines: label metrics, one-vs-rest ROC AUC, log loss and ECE of the penguin model', async () => {
    const { report } = await evaluate({
      predictions: penguinsJsonl,
      task: 'multiclass',
      label: 'species',
      prediction: 'predicted',
      score: ['p_Adelie', 'p_Chinstrap', 'p_Gentoo'],
      resamples: 0,
    });
    expectAll(report.metrics, peng.expected.plain, 'penguins');
    expect(report.confusion_matrix).toEqual({ labels: peng.classes, counts: peng.confusion_matrix });
    expect(report.columns!.score_classes).toEqual(peng.classes);
  });

  it('multiclass without a prediction column predicts the argmax, as predict() does', async () => {
    const { report } = await evaluate({ predictions: penguinsJsonl, task: 'multiclass', label: 'species', score: ['p_Gentoo', 'p_Adelie', 'p_Chinstrap'], resamples: 0 });
    expect(report.classification!.predicted_from).toBe('argmax');
    expectAll(report.metrics, peng.expected.plain, 'penguins argmax');
  });

  it('regression: the cars model', async () => {
    const { report } = await evaluate({ predictions: carsCsv, task: 'regression', label: 'mpg', prediction: 'mpg_hat', resamples: 0 });
    expectAll(report.metrics, cars.expected.plain, 'cars');
    expect(report.confusion_matrix).toBeNull();
  });
});

describe('evaluate: confidence intervals', () => {
  it('are seeded percentile bootstrap intervals around the point value, reproducible by seed', async () => {
    const a = await evaluate({ predictions: seattleCsv, task: 'binary', label: 'rain', score: ['p_rain'], resamples: 100, seed: 7 });
    const b = await evaluate({ predictions: seattleCsv, task: 'binary', label: 'rain', score: ['p_rain'], resamples: 100, seed: 7 });
    const c = await evaluate({ predictions: seattleCsv, task: 'binary', label: 'rain', score: ['p_rain'], resamples: 100, seed: 8 });
    expect(a.report.bootstrap).toMatchObject({ method: 'percentile', unit: 'row', resamples: 100, confidence: 0.95, seed: 7 });
    for (const [name, m] of Object.entries(a.report.metrics)) {
      expect(m.ci, name).toBeDefined();
      expect(m.ci![0]).toBeLessThanOrEqual(m.ci![1]);
      expect(m.ci![1] - m.ci![0], name).toBeLessThan(0.2);
      expectClose(m.value, sea.expected.plain[name]!, name);
    }
    expect(a.report.metrics.roc_auc!.ci![0]).toBeLessThan(sea.expected.plain.roc_auc!);
    expect(a.report.metrics.roc_auc!.ci![1]).toBeGreaterThan(sea.expected.plain.roc_auc!);
    expect(b.report.metrics).toEqual(a.report.metrics);
    expect(c.report.metrics.roc_auc!.ci).not.toEqual(a.report.metrics.roc_auc!.ci);
  });

  it('multiclass and regression get intervals too', async () => {
    const m = await evaluate({ predictions: penguinsJsonl, task: 'multiclass', label: 'species', score: ['p_Adelie', 'p_Chinstrap', 'p_Gentoo'], resamples: 50 });
    expect(m.report.metrics.roc_auc!.ci![0]).toBeLessThan(peng.expected.plain.roc_auc!);
    const r = await evaluate({ predictions: carsCsv, task: 'regression', label: 'mpg', prediction: 'mpg_hat', resamples: 50 });
    expect(r.report.metrics.mae!.ci![0]).toBeLessThan(cars.expected.plain.mae!);
    expect(r.report.metrics.mae!.ci![1]).toBeGreaterThan(cars.expected.plain.mae!);
  });
});

describe('evaluate: slices', () => {
  it('computes per-value metrics and lists slices below the minimum size as skipped', async () => {
    const { report } = await evaluate({ predictions: seattleCsv, task: 'binary', label: 'rain', score: ['p_rain'], slices: ['part'], resamples: 0, minSliceSize: 100 });
    expect(report.slices.map((s) => [s.value, s.rows])).toEqual([['a', 467], ['b', 467], ['c', 466]]);
    expect(report.skipped_slices).toEqual([{ column: 'part', value: 'tiny', rows: 61, reason: '61 rows, fewer than the minimum slice size 100' }]);
    // Independent of the slicing code: the registry on the rows of slice "b", picked here.
    const rows = sea.y_true.map((_, i) => i).filter((i) => i < 1400 && i % 3 === 1);
    const expected = computeMetrics(binaryEvaluation(rows.map((i) => sea.y_true[i]!), rows.map((i) => sea.proba[i]!)));
    const b = report.slices.find((s) => s.value === 'b')!;
    for (const [name, v] of Object.entries(expected)) expectClose(b.metrics[name]!.value, v!, `slice b ${name}`);
    expect(b.confusion_matrix!.counts.flat().reduce((x, y) => x + y, 0)).toBe(467);
  });

  it('omits metrics that need two classes in a one-class slice, with the reason', async () => {
    const p = file('oneclass.csv', csv(['y', 'p', 'g'], [...Array.from({ length: 40 }, (_, i) => [1, 0.6 + i / 200, 'pos']), ...Array.from({ length: 40 }, (_, i) => [i % 2, 0.3 + i / 100, 'mixed'])]));
    const { report } = await evaluate({ predictions: p, task: 'binary', label: 'y', score: ['p'], slices: ['g'], resamples: 20 });
    const pos = report.slices.find((s) => s.value === 'pos')!;
    expect(pos.metrics.roc_auc).toBeUndefined();
    expect(pos.omitted).toContainEqual({ metric: 'roc_auc', reason: 'y_true holds one class only (1); ROC AUC needs both' });
    expect(pos.metrics.accuracy!.value).toBe(1);
    expect(report.slices.find((s) => s.value === 'mixed')!.metrics.roc_auc).toBeDefined();
  });
});

describe('evaluate: report, per-example file, digests', () => {
  it('writes a schema-valid report and a gzipped JSON Lines examples file whose digest and rows it records', async () => {
    const out = join(dir, 'r1', 'evaluation.json');
    const model = file('model.bin', 'weights');
    const result = await evaluate({ predictions: seattleCsv, task: 'binary', label: 'rain', score: ['p_rain'], id: 'id', models: [model], resamples: 10, out });
    const report = evaluationReportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(report.schema).toBe('mlops-actions/evaluation@1');
    expect(report.dataset!.sha256).toBe(createHash('sha256').update(readFileSync(seattleCsv)).digest('hex'));
    expect(report.models).toEqual([{ file: model, sha256: createHash('sha256').update('weights').digest('hex'), bytes: 7 }]);
    expect(result.examplesPath).toBe(examplesPathFor(out));
    const gz = readFileSync(result.examplesPath!);
    expect(report.examples).toMatchObject({ file: 'evaluation.examples.jsonl.gz', rows: sea.y_true.length, id_column: 'id' });
    expect(report.examples!.sha256).toBe(createHash('sha256').update(gz).digest('hex'));
    const lines = gunzipSync(gz).toString('utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(sea.y_true.length);
    expect(lines[5]).toEqual({ id: 'd5', label: sea.y_true[5], score: sea.proba[5] });
  });

  it('imports metrics another tool wrote as the report metrics', async () => {
    const m = file('metrics.json', JSON.stringify({ test: { accuracy: 0.91, loss: 0.2 } }));
    const out = join(dir, 'r2', 'imported.json');
    const { report } = await evaluate({ importPath: m, out });
    expect(report.source).toBe('import');
    expect(report.imported!.kind).toBe('json');
    expect(Object.values(report.metrics).map((v) => v.value).sort()).toEqual([0.2, 0.91]);
    expect(existsSync(out)).toBe(true);
  });

  it('infers score-column classes from a shared prefix, or takes --classes', () => {
    expect(scoreClasses(['p_rain', 'p_sun'])).toEqual(['rain', 'sun']);
    expect(scoreClasses(['score_0', 'score_1', 'score_2'])).toEqual(['0', '1', '2']);
    expect(scoreClasses(['prob_a', 'prob_ab'])).toEqual(['a', 'ab']);
    expect(scoreClasses(['x', 'y'], ['rain', 'sun'])).toEqual(['rain', 'sun']);
    expect(() => scoreClasses(['p_1', 'p_1.0'])).toThrow(/cannot tell the class/);
  });
});

describe('evaluate: bad input fails with file:line and writes nothing', () => {
  async function fails(text: string, name: string, opts: Record<string, unknown>, message: RegExp) {
    const p = file(name, text);
    const out = join(dir, `bad-${seq}`, 'evaluation.json');
    const err = await evaluate({ predictions: p, task: 'binary', label: 'y', score: ['p'], resamples: 0, out, ...opts }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect((err as InputError).exitCode).toBe(2);
    expect((err as Error).message).toMatch(message);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(examplesPathFor(out))).toBe(false);
    return (err as Error).message;
  }

  it('a missing label column, naming the columns that exist', async () => {
    const msg = await fails('truth,p\n1,0.5\n', 'nolabel.csv', {}, /column "y" \(--label\) not found; the file has columns: truth, p/);
    expect(msg).toContain('nolabel.csv:1');
  });
  it('a probability outside [0, 1], at its line', async () => {
    await fails('y,p\n1,0.5\n0,1.5\n', 'range.csv', {}, /range\.csv:3: column "p" value 1\.5 is not a probability in \[0, 1\]/);
  });
  it('multiclass probabilities that do not sum to 1, at their line', async () => {
    await fails('y,p_a,p_b\na,0.5,0.5\nb,0.5,0.4999\n', 'sum.csv', { task: 'multiclass', score: ['p_a', 'p_b'] }, /sum\.csv:3: probabilities p_a \+ p_b sum to 0\.9999/);
  });
  it('NaN in a score, at its line', async () => {
    await fails('y,p\n1,0.5\n0,NaN\n', 'nan.csv', {}, /nan\.csv:3: column "p" value is NaN/);
  });
  it('NaN in a regression prediction, at its line', async () => {
    await fails('y,yhat\n1,2\n3,4\n5,nan\n', 'rnan.csv', { task: 'regression', prediction: 'yhat', score: [] }, /rnan\.csv:4: column "yhat" value is NaN/);
  });
  it('an empty file', async () => {
    await fails('', 'empty.csv', {}, /empty\.csv:1:1: file is empty/);
  });
  it('a header without rows', async () => {
    await fails('y,p\n', 'header.csv', {}, /header\.csv: no data rows/);
  });
  it('more than two classes in a binary task', async () => {
    await fails('y,p\n0,0.5\n1,0.5\n2,0.5\n', 'three.csv', {}, /binary task, but the label and prediction columns hold 3 classes: 0, 1, 2/);
  });

  it('a single class overall: metrics that need two classes are omitted with a reason, the rest computed', async () => {
    const p = file('single.csv', 'y,p\n0,0.2\n0,0.7\n0,0.1\n');
    const { report } = await evaluate({ predictions: p, task: 'binary', label: 'y', score: ['p'], resamples: 0 });
    expect(report.omitted.map((o) => o.metric)).toEqual(['roc_auc', 'average_precision']);
    expect(report.omitted[0]!.reason).toMatch(/one class only \(0\)/);
    expect(report.metrics.accuracy!.value).toBeCloseTo(2 / 3, 12);
    expect(report.confusion_matrix).toEqual({ labels: [0, 1], counts: [[2, 1], [0, 0]] });
  });
});
