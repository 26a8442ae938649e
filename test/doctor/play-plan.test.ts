/**
 * What `mlops doctor --run` plays, read from workflow files: the reusable PR-report workflow
 * expanded with the caller's values, hand-written steps as written, and GitHub's expression
 * semantics for the few forms it resolves (anything else is named, not guessed).
 */
import { describe, expect, it } from 'vitest';
import { ownFilesAt } from '../../shared/doctor/own-files.js';
import { resolveExpressions, type ExpressionContext } from '../../shared/doctor/play-expression.js';
import { compareSettingsOf, planPlays } from '../../shared/doctor/play-plan.js';
import { WorkflowSource } from '../../shared/doctor/workflow.js';
import { repoRoot } from '../support/run-action.js';

const own = ownFilesAt(repoRoot);

function source(text: string, file = '.github/workflows/pr-report.yml'): WorkflowSource {
  const s = WorkflowSource.parse(text, file);
  if ('error' in s) throw new Error(s.error.what);
  return s;
}

const ctx = (over: Partial<ExpressionContext> = {}): ExpressionContext => ({
  inputs: new Map([['score', 'p'], ['empty', '']]),
  steps: new Map([['train', new Map([['run-path', 'mlops-out/run.json']])]]),
  matrix: new Map([['model', 'churn']]),
  github: new Map([['workspace', '/w'], ['token', '']]),
  runner: new Map([['temp', '/tmp/r']]),
  ...over,
});

describe('resolveExpressions', () => {
  it('resolves context paths, literals and || as GitHub does (empty is falsy, missing is null)', () => {
    expect(resolveExpressions('${{ inputs.score }}', ctx())).toEqual({ value: 'p' });
    expect(resolveExpressions('a/${{ matrix.model }}/${{ steps.train.outputs.run-path }}', ctx())).toEqual({ value: 'a/churn/mlops-out/run.json' });
    expect(resolveExpressions("${{ inputs.empty || 'mlops.yaml' }}", ctx())).toEqual({ value: 'mlops.yaml' });
    expect(resolveExpressions('${{ inputs.missing || inputs.score }}', ctx())).toEqual({ value: 'p' });
    expect(resolveExpressions('${{ inputs.missing }}', ctx())).toEqual({ value: '' });
    expect(resolveExpressions('${{ github.token }}${{ secrets.GITHUB_TOKEN }}', ctx())).toEqual({ value: '' });
    expect(resolveExpressions("${{ 'it''s' }}", ctx())).toEqual({ value: "it's" });
  });

  it('names what it does not evaluate instead of guessing', () => {
    expect(resolveExpressions('${{ fromJSON(inputs.score) }}', ctx())).toEqual({ unresolved: '${{ fromJSON(inputs.score) }}' });
    expect(resolveExpressions('${{ secrets.PROD_TOKEN }}', ctx())).toEqual({ unresolved: '${{ secrets.PROD_TOKEN }}' });
    expect(resolveExpressions("${{ inputs.a == 'b' }}", ctx())).toEqual({ unresolved: "${{ inputs.a == 'b' }}" });
  });
});

describe('planPlays', () => {
  it('expands our reusable PR-report workflow with the caller values, each located at the caller key', () => {
    const s = source(`on: pull_request
jobs:
  report:
    uses: mlops-actions/mlops-actions/.github/workflows/mlops-pr-report.yml@v1
    with:
      data: data/train.csv
      contract: contracts/train.yaml
      model: churn
      command: '["python", "train.py"]'
      train-inputs: train.py
      train-outputs: out/**
      predictions: out/predictions.csv
      task: binary
      label: label
      score: score
`);
    const [play, ...more] = planPlays([s], own);
    expect(more).toEqual([]);
    expect(play!.events).toEqual(['pull_request']);
    const ours = play!.steps.filter((x) => x.kind === 'ours').map((x) => (x.kind === 'ours' ? x.step : ''));
    // explain is listed too (its `if:` is not evaluated here); doctor --run skips it with a note.
    expect(ours).toEqual(['validate-data', 'train', 'evaluate', 'explain']);
    const evaluate = play!.steps.find((x) => x.kind === 'ours' && x.step === 'evaluate');
    const score = evaluate?.kind === 'ours' ? evaluate.inputs.get('score') : undefined;
    expect(score?.text).toBe('${{ inputs.score }}');
    expect(score?.key).toBe('score');
    expect(score?.location).toEqual({ file: '.github/workflows/pr-report.yml', line: 15, column: 7 });
    expect(play!.context.inputs.get('score')).toBe('score');
    // checkout and upload-artifact are listed as not ours, not played.
    expect(play!.steps.some((x) => x.kind === 'other' && x.what.startsWith('uses: actions/checkout'))).toBe(true);
  });

  it('lists the explain step of the PR report, its predict bound to the caller key (doctor --run skips it with a note)', () => {
    const s = source(`on: pull_request
jobs:
  report:
    uses: mlops-actions/mlops-actions/.github/workflows/mlops-pr-report.yml@v1
    with:
      data: data/train.csv
      contract: contracts/train.yaml
      model: churn
      command: '["python", "train.py"]'
      train-inputs: train.py
      train-outputs: out/**
      predictions: out/predictions.csv
      task: binary
      label: label
      predict: python predict.py out/model.pkl {input} {output}
      explain-data: data/holdout.csv
`);
    const [play] = planPlays([s], own);
    expect(play!.steps.filter((x) => x.kind === 'ours').map((x) => (x.kind === 'ours' ? x.step : ''))).toEqual(['validate-data', 'train', 'evaluate', 'explain']);
    const explain = play!.steps.find((x) => x.kind === 'ours' && x.step === 'explain');
    const predict = explain?.kind === 'ours' ? explain.inputs.get('predict') : undefined;
    expect(predict?.key).toBe('predict');
    expect(predict?.location.line).toBe(15);
    expect(play!.context.inputs.get('predict')).toBe('python predict.py out/model.pkl {input} {output}');
  });

  it('takes hand-written steps as written, binds a matrix to its first values, and finds compare settings', () => {
    const s = source(`on: [pull_request]
jobs:
  model:
    strategy:
      matrix:
        model: [churn, upsell]
    steps:
      - uses: actions/checkout@v4
      - uses: acme/mlops-actions/actions/evaluate@v1
        with:
          predictions: out/\${{ matrix.model }}.csv
          score: score
      - uses: acme/mlops-actions/actions/compare@v1
        with:
          head: mlops-out/evaluation.json
          model: \${{ matrix.model }}
          fail-on-regression: false
`);
    const [play] = planPlays([s], own);
    expect(play!.context.matrix.get('model')).toBe('churn');
    expect(play!.steps.map((x) => (x.kind === 'ours' ? x.step : 'other'))).toEqual(['other', 'evaluate', 'compare']);
    expect(compareSettingsOf([s], own)).toMatchObject({ model: undefined, failOnRegression: false });
  });

  it('plays nothing for workflows that run none of validate-data, train and evaluate', () => {
    const s = source(`on: workflow_dispatch
jobs:
  promote:
    uses: mlops-actions/mlops-actions/.github/workflows/mlops-promote.yml@v1
    with: { model: churn, alias: staging, version: 1.0.0 }
`);
    expect(planPlays([s], own)).toEqual([]);
  });
});
