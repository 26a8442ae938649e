/**
 * Runs the bundle the way the GitHub runner runs a node24 action: `node dist/index.js` in the
 * workspace, each input as INPUT_<NAME> (upper-cased, hyphens kept), outputs and the job summary
 * written to the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name, annotations as `::error ...::`
 * lines on stdout. The runner runs the committed dist/, so this tests what ships: `npm test`
 * builds first. Plain node:test, no test framework to install.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const bundle = join(dirname(fileURLToPath(import.meta.url)), 'dist', 'index.js');

/** A small but complete mlops-actions/evaluation@1 report (metrics imported from another tool). */
const evaluation = (metrics) =>
  JSON.stringify({
    schema: 'mlops-actions/evaluation@1',
    source: 'import',
    task: null,
    rows: null,
    dataset: null,
    models: [],
    columns: null,
    classification: null,
    bootstrap: null,
    metrics,
    omitted: [],
    confusion_matrix: null,
    slices: [],
    skipped_slices: [],
    min_slice_size: null,
    examples: null,
    imported: { kind: 'json', path: 'metrics.json' },
    warnings: [],
  });

/** `name<<DELIMITER`, the value's lines, `DELIMITER`: how @actions/core writes each output. */
function parseOutputs(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

function runStep(inputs, files) {
  const workspace = mkdtempSync(join(tmpdir(), '__NAME__-workspace-'));
  const runner = mkdtempSync(join(tmpdir(), '__NAME__-runner-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(workspace, name), content);
  const output = join(runner, 'output');
  const summary = join(runner, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  // A clean environment, as on the runner: nothing leaks in from the machine running the test.
  const env = { PATH: process.env.PATH ?? '', GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runner, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [bundle], { cwd: workspace, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, outputs: parseOutputs(readFileSync(output, 'utf8')), summary: readFileSync(summary, 'utf8') };
}

test('passes and reports the value when the metric meets the threshold', () => {
  const run = runStep({ evaluation: 'evaluation.json', metric: 'roc_auc', threshold: '0.8' }, { 'evaluation.json': evaluation({ roc_auc: { value: 0.91, direction: 'higher' } }) });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.deepEqual(run.outputs, { value: '0.91', passed: 'true' });
  assert.match(run.summary, /\| 0\.91 \| ≥ 0\.8 \| pass \|/);
});

test('fails the step when a lower-is-better metric is above the threshold, after writing the outputs', () => {
  const run = runStep({ evaluation: 'evaluation.json', metric: 'log_loss', threshold: '0.3' }, { 'evaluation.json': evaluation({ log_loss: { value: 0.5, direction: 'lower' } }) });
  assert.equal(run.status, 1);
  assert.deepEqual(run.outputs, { value: '0.5', passed: 'false' });
  assert.match(run.stdout, /^::error::log_loss is 0\.5, worse than the threshold 0\.3/m);
});

test('names the file when it is not an evaluation report', () => {
  const run = runStep({ evaluation: 'profile.json', metric: 'roc_auc' }, { 'profile.json': JSON.stringify({ schema: 'mlops-actions/profile@1' }) });
  assert.equal(run.status, 2);
  assert.match(run.stdout, /^::error .*file=profile\.json.*::profile\.json: is a mlops-actions\/profile@1 file, not mlops-actions\/evaluation@1/m);
});
