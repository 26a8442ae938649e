/**
 * publish-model with explain's result: the explanation is a release asset listed (with its SHA-256)
 * in the manifest, the model card gains "What the model relies on" with feature names escaped, and
 * a file that is not an explanation is refused (exit 2) before anything is published.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPLANATION_SCHEMA, type Explanation } from '../../shared/formats/explanation-format.js';
import { sha256File } from '../../shared/runtime/file-digest.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import { localEnv, workspace } from './fixtures.js';

function explanation(features: Array<[string, number, number]>): Explanation {
  return {
    schema: EXPLANATION_SCHEMA,
    method: 'permutation',
    task: 'binary',
    task_source: 'option',
    metric: { name: 'roc_auc', direction: 'higher', source: 'task', baseline: 0.91 },
    dataset: { file: 'data/holdout.csv', format: 'csv', sha256: 'a'.repeat(64), bytes: 1000, rows: 500, rows_used: 500, max_rows: null },
    label: 'rain',
    classification: { classes: [0, 1], pos_label: 1, threshold: 0.5 },
    input_columns: features.map((f) => f[0]),
    repeats: 5,
    seed: 20240101,
    permutation: { prng: 'xoshiro128**', stream: 'per feature' },
    predict: { argv: ['python', 'predict.py', '{input}', '{output}'], calls: 1, copies_per_call: 1 + features.length * 5, copies: 1 + features.length * 5, max_batch_rows: 500000, output_columns: ['score'] },
    features: features.map(([feature, mean, std], i) => ({ rank: i + 1, feature, importance_mean: mean, importance_std: std, importances: [mean, mean, mean, mean, mean] })),
    warnings: [],
  };
}

describe('publish-model with an explanation', () => {
  it('publishes it as an asset and puts the importance table in the model card, names escaped', async () => {
    const w = await workspace();
    const file = join(w.dir, 'explanation.json');
    const features: Array<[string, number, number]> = [['precip_yesterday', 0.21, 0.012], ['<img src=x>|@octocat', 0.034, 0.004], ['wind', -0.0005, 0.0011]];
    await writeFile(file, JSON.stringify(explanation(features)));
    await publishModel({ model: 'weather', files: w.files, evaluation: w.evaluation, explanation: file, env: localEnv, cwd: w.dir }, w.ports);
    const version = join(w.registry, 'model/weather/v1.0.0');
    const card = await readFile(join(version, 'model-card.md'), 'utf8');
    expect(card).toContain('## What the model relies on');
    expect(card).toContain('how much roc\\_auc drops when one feature\'s values are shuffled across the rows, mean ± std over 5 repeats on 500 rows of `aaaaaaaaaaaa` (baseline 0.91)');
    expect(card).toContain('| 1 | precip\\_yesterday | 0.21 | 0.012 |');
    expect(card).toContain('| 2 | &lt;img src=x&gt;&#124;@\u200Doctocat | 0.034 | 0.004 |');
    expect(card).toContain('| 3 | wind | −0.0005 | 0.0011 |');
    expect(card).not.toContain('<img');
    // The section sits between the evaluation and the training data.
    expect(card.indexOf('## Evaluation')).toBeLessThan(card.indexOf('## What the model relies on'));
    expect(card.indexOf('## What the model relies on')).toBeLessThan(card.indexOf('## Training data'));
    const manifest = JSON.parse(await readFile(join(version, 'manifest.json'), 'utf8'));
    const asset = manifest.assets.find((a: { name: string }) => a.name === 'explanation.json');
    expect(asset).toEqual({ name: 'explanation.json', ...(await sha256File(file)) });
    expect(await readFile(join(version, 'explanation.json'), 'utf8')).toBe(await readFile(file, 'utf8'));
  });

  it('has no such section without one', async () => {
    const w = await workspace();
    await publishModel({ model: 'weather', files: w.files, evaluation: w.evaluation, env: localEnv, cwd: w.dir }, w.ports);
    const card = await readFile(join(w.registry, 'model/weather/v1.0.0/model-card.md'), 'utf8');
    expect(card).not.toContain('What the model relies on');
  });

  it('refuses a file that is not an explanation, publishing nothing', async () => {
    const w = await workspace();
    const file = join(w.dir, 'explanation.json');
    await writeFile(file, JSON.stringify({ schema: 'mlops-actions/evaluation@1' }));
    const e = await publishModel({ model: 'weather', files: w.files, evaluation: w.evaluation, explanation: file, env: localEnv, cwd: w.dir }, w.ports).then(
      () => undefined,
      (err: { exitCode?: number; message: string }) => err,
    );
    expect(e?.exitCode).toBe(2);
    expect(e?.message).toContain('not a valid mlops-actions/explanation@1 explanation: schema');
    expect(existsSync(join(w.registry, 'model/weather/v1.0.0'))).toBe(false);
  });
});
