/**
 * The explain bundle, run as the runner runs it (test/support/run-action.ts): the predict command
 * is a node script in the workspace, the job summary carries the importance table with the data's
 * column names escaped, and a failing command fails the step with exit code 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runAction } from '../support/run-action.js';

const PREDICT = readFileSync(join(repoRoot, 'test/fixtures/explain/predict-fixed.mjs'), 'utf8');
const HOSTILE = '<img src=x>|@org/team';
const rows = Array.from({ length: 80 }, (_, i) => {
  const a = ((i * 37) % 80) / 40 - 1;
  const b = ((i * 11) % 80) / 40 - 1;
  return `${a},${b},${i % 4},${2 * a + 0.5 * b > 0 !== (i % 9 === 0) ? 1 : 0}`;
});
const DATA = `a,b,${HOSTILE},label\n${rows.join('\n')}\n`;

describe('explain action (dist bundle, as the runner runs it)', () => {
  beforeAll(() => {
    if (!existsSync(join(repoRoot, 'actions/explain/dist/index.js'))) throw new Error('actions/explain/dist/index.js is missing: run node scripts/build.mjs --only explain');
  });

  it('writes the explanation, sets outputs, and summarises the importances with names escaped', async () => {
    const run = await runAction('explain', {
      files: { 'data/holdout.csv': DATA, 'predict.mjs': PREDICT },
      inputs: { data: 'data/holdout.csv', label: 'label', predict: 'node predict.mjs binary {input} {output}', repeats: '3' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ 'explanation-path': 'mlops-out/explanation.json', metric: 'roc_auc', calls: '1' });
    const features = JSON.parse(run.outputs.features!) as Array<{ feature: string; mean: number }>;
    expect(features[0]!.feature).toBe('a');
    // The model never reads the third column: exactly zero.
    expect(features.find((f) => f.feature === HOSTILE)).toMatchObject({ mean: 0, std: 0 });
    const e = JSON.parse(readFileSync(join(run.workspace, 'mlops-out/explanation.json'), 'utf8'));
    expect(e.schema).toBe('mlops-actions/explanation@1');
    expect(Number(run.outputs.baseline)).toBe(e.metric.baseline);
    expect(run.summary).toContain('### explain: permutation importance · binary · 80 rows');
    expect(run.summary).toMatch(/\| 1 \| a \| 0\.\d+ \| 0\.\d+ \| █+ \|/);
    expect(run.summary).not.toContain('<img');
    expect(run.summary).not.toContain('@org/team');
    expect(run.summary).toContain('&lt;img src=x&gt;&#124;@\u200Dorg/team');
  });

  it('fails with exit 2 and the command\'s last lines when the predict command fails', async () => {
    const run = await runAction('explain', {
      files: { 'data.csv': DATA, 'predict.mjs': PREDICT },
      inputs: { data: 'data.csv', label: 'label', predict: 'node predict.mjs fail {input} {output}' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('::error');
    expect(run.stdout).toContain('the predict command exited with code 3');
    expect(run.stdout).toContain('ValueError');
    expect(existsSync(join(run.workspace, 'mlops-out/explanation.json'))).toBe(false);
  });
});
