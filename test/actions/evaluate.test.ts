/**
 * The evaluate bundle, run as the runner runs it (test/support/run-action.ts). Expected numbers are
 * scikit-learn's, from the reference fixture, for the same predictions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runAction } from '../support/run-action.js';
import { expectClose, ref } from '../model/metrics/reference.js';

const sea = ref.seattle_binary;
const predictionsCsv =
  'rain,p_rain,<img src=x>|@org/team\n' + sea.y_true.map((y, i) => `${y},${sea.proba[i]},${i % 2 ? 'odd' : 'even'}`).join('\n') + '\n';

describe('evaluate action (dist bundle, as the runner runs it)', () => {
  beforeAll(() => {
    if (!existsSync(join(repoRoot, 'actions/evaluate/dist/index.js'))) throw new Error('actions/evaluate/dist/index.js is missing: run npm run build');
  });

  it('writes the report and examples, sets outputs and a job summary, with scikit-learn numbers', async () => {
    const run = await runAction('evaluate', {
      files: { 'out/predictions.csv': predictionsCsv, 'model.bin': 'weights' },
      inputs: { predictions: 'out/predictions.csv', task: 'binary', label: 'rain', score: 'p_rain', slice: '<img src=x>|@org/team', model: 'model.bin', resamples: '50' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      'report-path': 'mlops-out/evaluation.json',
      'examples-path': 'mlops-out/evaluation.examples.jsonl.gz',
      rows: String(sea.y_true.length),
      task: 'binary',
    });
    const metrics = JSON.parse(run.outputs.metrics!) as Record<string, number>;
    for (const [name, v] of Object.entries(sea.expected.plain)) expectClose(metrics[name]!, v, name);
    const report = JSON.parse(readFileSync(join(run.workspace, 'mlops-out/evaluation.json'), 'utf8'));
    expect(report.schema).toBe('mlops-actions/evaluation@1');
    expect(report.bootstrap).toMatchObject({ resamples: 50, seed: 20240101 });
    expect(report.slices.map((s: { value: string }) => s.value)).toEqual(['even', 'odd']);
    expect(report.models[0].file).toBe('model.bin');
    expect(existsSync(join(run.workspace, 'mlops-out/evaluation.examples.jsonl.gz'))).toBe(true);
    expect(run.summary).toContain('### evaluate: binary');
    expect(run.summary).toMatch(/\| roc\\_auc \| 0\.8411 \| \[0\.8\d+, 0\.8\d+\] \|/);
    // The hostile slice column name is data, not HTML or a mention.
    expect(run.summary).not.toContain('<img');
    expect(run.summary).not.toContain('@org/team');
    expect(run.summary).toContain('&lt;img');
  });

  it('imports metrics another tool wrote', async () => {
    const run = await runAction('evaluate', {
      files: { 'metrics.json': JSON.stringify({ accuracy: 0.9, f1: 0.8 }) },
      inputs: { import: 'metrics.json', out: 'r/eval.json' },
    });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.metrics!)).toEqual({ accuracy: 0.9, f1: 0.8 });
    expect(run.outputs['report-path']).toBe('r/eval.json');
    expect(run.outputs.rows).toBe('');
  });

  it('fails with exit 2 and an annotation at the bad line, writing nothing', async () => {
    const run = await runAction('evaluate', {
      files: { 'p.csv': 'rain,p_rain\n1,0.4\n0,1.2\n' },
      inputs: { predictions: 'p.csv', task: 'binary', label: 'rain', score: 'p_rain' },
    });
    expect(run.exitCode).toBe(2);
    const a = run.annotations.find((x) => x.level === 'error');
    expect(a).toMatchObject({ file: 'p.csv', line: 3 });
    expect(a!.message).toContain('is not a probability in [0, 1]');
    expect(existsSync(join(run.workspace, 'mlops-out/evaluation.json'))).toBe(false);
    expect(existsSync(join(run.workspace, 'mlops-out/evaluation.examples.jsonl.gz'))).toBe(false);
  });

  it('names the columns that exist when the label column is missing', async () => {
    const run = await runAction('evaluate', {
      files: { 'p.csv': 'y,p\n1,0.4\n' },
      inputs: { predictions: 'p.csv', task: 'binary', label: 'rain', score: 'p' },
    });
    expect(run.exitCode).toBe(2);
    // Named as the workflow's `with:` key, not as the CLI's --label flag.
    expect(run.annotations[0]!.message).toContain('column "rain" (input "label") not found; the file has columns: y, p (pass input "label" with one of them)');
  });

  it('asks for the prediction or score input, not for CLI flags, when neither is given', async () => {
    const run = await runAction('evaluate', {
      files: { 'p.csv': 'y,p\n1,0.4\n' },
      inputs: { predictions: 'p.csv', task: 'binary', label: 'y' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.annotations.map((a) => a.message)).toEqual(['give input "prediction" and/or input "score"']);
  });
});
