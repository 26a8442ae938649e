/**
 * Scale-out in the workflows (docs/scale-out.md): every reusable workflow runs where the caller
 * says (`runs-on`, a label or a JSON list/object of labels), and the candidates workflow's matrix,
 * artifacts and fan-in fit together. Schema, actionlint and the calls of our own actions and
 * workflows are checked for all workflows in test/actions/metadata.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CANDIDATE_ARTIFACT_PREFIX } from '../../shared/steps/rank-candidates.js';
import { repoRoot } from '../support/run-action.js';

type Step = { id?: string; name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> };
type Job = {
  name?: string;
  needs?: string | string[];
  if?: string;
  uses?: string;
  'runs-on'?: unknown;
  with?: Record<string, unknown>;
  permissions?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; 'max-parallel'?: unknown; matrix?: Record<string, unknown> };
  outputs?: Record<string, string>;
  steps?: Step[];
};
type Workflow = {
  on: { workflow_call?: { inputs?: Record<string, { type?: string; required?: boolean; default?: unknown }>; outputs?: Record<string, { value?: string }> } } & Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
};

const load = (file: string) => parse(readFileSync(join(repoRoot, file), 'utf8')) as Workflow;
const RUNS_ON = "${{ (startsWith(inputs.runs-on, '[') || startsWith(inputs.runs-on, '{')) && fromJSON(inputs.runs-on) || inputs.runs-on }}";
const reusable = readdirSync(join(repoRoot, '.github/workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `.github/workflows/${f}`)
  .filter((f) => load(f).on?.workflow_call !== undefined);

function step(job: Job, uses: string): Step {
  const found = (job.steps ?? []).filter((s) => s.uses?.split('@')[0] === uses);
  expect(found, `steps using ${uses}`).toHaveLength(1);
  return found[0];
}

describe('runs-on in every reusable workflow', () => {
  it('finds the reusable workflows', () => {
    expect(reusable).toEqual(expect.arrayContaining(['.github/workflows/mlops-candidates.yml', '.github/workflows/mlops-pr-report.yml', '.github/workflows/mlops-release.yml']));
  });

  it.each(reusable)('%s takes runs-on (default ubuntu-latest) and every job runs there', (file) => {
    const wf = load(file);
    expect(wf.on.workflow_call?.inputs?.['runs-on']).toMatchObject({ type: 'string', required: false, default: 'ubuntu-latest' });
    for (const [id, job] of Object.entries(wf.jobs)) {
      if (job.uses) continue;
      // A label stays a label; a JSON list or object ([self-hosted, gpu], {group, labels}) is parsed.
      expect(job['runs-on'], `${file} jobs.${id}`).toBe(RUNS_ON);
    }
  });
});

describe('mlops-candidates.yml (reusable)', () => {
  const wf = load('.github/workflows/mlops-candidates.yml');
  const { train, rank } = wf.jobs;

  it('trains one job per candidate with a read-only token, none cancelling the others', () => {
    expect(Object.keys(wf.jobs).sort()).toEqual(['rank', 'train']);
    expect(wf.permissions).toEqual({});
    expect(train.permissions).toEqual({ contents: 'read' });
    expect(train.strategy?.matrix).toEqual({ candidate: '${{ fromJSON(inputs.candidates) }}' });
    expect(train.strategy?.['fail-fast']).toBe(false);
    expect(train.strategy?.['max-parallel']).toBe('${{ inputs.max-parallel }}');
    expect(step(train, 'actions/checkout').with?.['persist-credentials']).toBe(false);
    const t = step(train, 'mlops-actions/mlops-actions/actions/train').with ?? {};
    expect(t['params-file']).toBe("${{ matrix.candidate['params-file'] || inputs.params-file }}");
    expect(t.params).toBe("${{ matrix.candidate.params && toJSON(matrix.candidate.params) || '' }}");
    // Its only scripts are the dependency set-up's, whose values come in through env, never into the text.
    const scripts = (train.steps ?? []).filter((s) => s.run !== undefined);
    expect(scripts.map((s) => s.name)).toEqual(['Install the requirements', 'Set up']);
    for (const s of scripts) expect(String(s.run)).not.toContain('${{');
  });

  it('uploads each evaluation under the name the rank job downloads and names candidates by', () => {
    const upload = step(train, 'actions/upload-artifact').with ?? {};
    expect(upload.name).toBe(`${CANDIDATE_ARTIFACT_PREFIX}\${{ matrix.candidate.name }}`);
    const out = String(step(train, 'mlops-actions/mlops-actions/actions/evaluate').with?.out);
    expect(out).toBe(`${String(upload.path).replace(/\/$/, '')}/evaluation.json`);
    const download = step(rank, 'actions/download-artifact').with ?? {};
    expect(download.pattern).toBe(`${CANDIDATE_ARTIFACT_PREFIX}*`);
    // Several artifacts without merge-multiple: each in a folder of its own name.
    expect(download['merge-multiple']).toBeUndefined();
    expect(step(rank, 'mlops-actions/mlops-actions/actions/rank-candidates').with?.candidates).toBe(`${download.path}/*/evaluation.json`);
  });

  it('ranks after every candidate, also when some failed, with the gate rules of the base commit and no repository code', () => {
    expect([rank.needs].flat()).toEqual(['train']);
    expect(rank.if).toBe('${{ !cancelled() }}');
    expect(rank.permissions).toEqual({ actions: 'read', contents: 'read', 'pull-requests': 'write' });
    const checkout = step(rank, 'actions/checkout').with ?? {};
    expect(checkout.ref).toBe('${{ github.event.pull_request.base.sha || github.sha }}');
    expect(checkout['sparse-checkout']).toBe("${{ inputs.config || 'mlops.yaml' }}");
    expect((rank.steps ?? []).filter((s) => s.run !== undefined)).toEqual([]);
    expect((rank.steps ?? []).some((s) => s.uses?.includes('actions/train'))).toBe(false);
  });

  it('outputs the winner and the metric of the rank step', () => {
    expect(step(rank, 'mlops-actions/mlops-actions/actions/rank-candidates').id).toBe('rank');
    for (const name of ['winner', 'metric']) {
      expect(wf.on.workflow_call?.outputs?.[name]?.value).toBe(`\${{ jobs.rank.outputs.${name} }}`);
      expect(rank.outputs?.[name]).toBe(`\${{ steps.rank.outputs.${name} }}`);
    }
  });
});

describe('workflows/candidates.yml (the user copy)', () => {
  const copy = load('workflows/candidates.yml');
  const job = copy.jobs.candidates;
  const called = load('.github/workflows/mlops-candidates.yml');

  it('calls the reusable workflow @v1 granting exactly what its rank job asks for', () => {
    expect(job.uses).toBe('mlops-actions/mlops-actions/.github/workflows/mlops-candidates.yml@v1');
    expect(copy.permissions).toEqual({});
    expect(job.permissions).toEqual(called.jobs.rank.permissions);
  });

  it('lists candidates as JSON with distinct names that make valid artifact names', () => {
    const list = JSON.parse(String(job.with?.candidates)) as { name: string; params?: unknown; 'params-file'?: string }[];
    expect(list.length).toBeGreaterThan(1);
    expect(new Set(list.map((c) => c.name)).size).toBe(list.length);
    for (const c of list) {
      expect(c.name).toMatch(/^[A-Za-z0-9._-]+$/);
      expect(Object.keys(c).every((k) => ['name', 'params', 'params-file'].includes(k)), JSON.stringify(c)).toBe(true);
      if (c['params-file']) expect(String(job.with?.['train-inputs'])).toMatch(/candidates\/\*\.yaml/);
    }
  });

  it('trains the way the PR report does, so the baseline is comparable', () => {
    const report = load('workflows/pr-report.yml').jobs.report.with ?? {};
    for (const key of ['model', 'command', 'params-file', 'predictions', 'task', 'label', 'score', 'slice']) expect(job.with?.[key], key).toEqual(report[key]);
  });
});
