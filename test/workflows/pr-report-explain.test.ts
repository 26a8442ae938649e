/**
 * The explain step of the reusable PR report (docs/explain.md, "In the PR report"): optional inputs
 * predict, explain-data and explain-label; the step after evaluate only when predict is given, its
 * values through `with:` only; explanation.json in the uploaded artifact beside the evaluation,
 * where compare reads it for "What the model relies on". actionlint passes on the workflow.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/run-action.js';
import { actionlint } from '../init/support.js';

type Step = { name?: string; uses?: string; if?: string; with?: Record<string, unknown>; run?: string; env?: Record<string, string> };
type Workflow = { on: { workflow_call: { inputs: Record<string, { type: string; required?: boolean; default?: unknown }> } }; jobs: Record<string, { steps: Step[] }> };

const FILE = '.github/workflows/mlops-pr-report.yml';
const text = readFileSync(join(repoRoot, FILE), 'utf8');
const wf = parse(text) as Workflow;
const steps = wf.jobs.evaluate!.steps;
const at = (uses: string) => steps.findIndex((s) => s.uses?.includes(uses));

describe('mlops-pr-report.yml explains the model when the caller gives a predict command', () => {
  it('takes predict, explain-data and explain-label, optional strings defaulting to empty', () => {
    for (const name of ['predict', 'explain-data', 'explain-label']) {
      expect(wf.on.workflow_call.inputs[name], name).toMatchObject({ type: 'string', required: false, default: '' });
    }
  });

  it('runs explain after evaluate and before the upload, only when predict is given, values through with: only', () => {
    const explain = at('/actions/explain@');
    expect(explain).toBeGreaterThan(at('/actions/evaluate@'));
    expect(explain).toBeLessThan(at('actions/upload-artifact@'));
    const step = steps[explain]!;
    expect(step.uses).toBe('mlops-actions/mlops-actions/actions/explain@v1');
    expect(step.if).toBe("inputs.predict != ''");
    expect(step.with).toEqual({
      data: '${{ inputs.explain-data }}',
      label: '${{ inputs.explain-label || inputs.label }}',
      predict: '${{ inputs.predict }}',
      task: '${{ inputs.task }}',
      out: 'mlops-out/explanation.json',
    });
    expect(step.run).toBeUndefined();
    // No input reaches a script's text anywhere in the job.
    for (const s of steps) expect(s.run ?? '').not.toContain('${{');
  });

  it('uploads explanation.json beside the evaluation, still failing only when no file is found at all', () => {
    const upload = steps[at('actions/upload-artifact@')]!.with!;
    expect(String(upload.path).split('\n').filter(Boolean)).toEqual([
      'mlops-out/evaluation.json',
      'mlops-out/evaluation.examples.jsonl.gz',
      'mlops-out/run.json',
      'mlops-out/profile.json',
      'mlops-out/explanation.json',
    ]);
    expect(upload['if-no-files-found']).toBe('error');
  });

  it('passes actionlint', async () => {
    expect(await actionlint(text, FILE)).toEqual([]);
  });
});
