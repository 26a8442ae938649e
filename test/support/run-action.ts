/**
 * Runs an action's bundle the way the GitHub runner does (node24 actions): `node dist/index.js`
 * in the workspace, inputs as `INPUT_<NAME>` (upper-cased, spaces as `_`, hyphens kept) with the
 * defaults from action.yml filled in by the runner, file commands in `GITHUB_OUTPUT`,
 * `GITHUB_STEP_SUMMARY`, `GITHUB_ENV`, `GITHUB_STATE`, and an event payload at `GITHUB_EVENT_PATH`.
 * The child gets a clean environment: nothing leaks from the machine running the tests (which may
 * itself be a runner with its own GITHUB_OUTPUT).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { annotationsOf, outputFileOf, type ActionAnnotation } from '../../shared/doctor/action-process.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export type Annotation = ActionAnnotation;

export interface ActionRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Parsed from GITHUB_OUTPUT (heredoc `name<<DELIM` and `name=value` forms). */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY contents. */
  summary: string;
  /** `::error ...::` / `::warning ...::` / `::notice ...::` workflow commands from stdout (the product's parser). */
  annotations: Annotation[];
  workspace: string;
  durationMs: number;
}

export interface RunActionOptions {
  /** Inputs as written under `with:` (names as in action.yml). */
  inputs?: Record<string, string>;
  /** Files to create in the workspace before the run (relative path -> content). */
  files?: Record<string, string | Uint8Array>;
  /** Workspace (and cwd); a fresh temp dir by default. */
  workspace?: string;
  /** Event name and payload; default: the real `pull_request` "opened" example from @octokit/webhooks-examples. */
  event?: { name: string; payload: unknown };
  /** Extra variables, e.g. GITHUB_API_URL pointing at the simulator. */
  env?: Record<string, string>;
  /** Bundle to run; default `actions/<step>/dist/index.js` in the repo. */
  bundle?: string;
  /** The repository holding `actions/<step>/` (a scaffolded team repository); default this one. */
  root?: string;
  timeoutMs?: number;
}

interface WebhookDefinition {
  name: string;
  examples: Array<Record<string, unknown> & { action?: string }>;
}

/** A real payload from @octokit/webhooks-examples (api.github.com), e.g. ('pull_request', 'opened'). */
export function webhookExample(name: string, action?: string): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const defs = require('@octokit/webhooks-examples') as WebhookDefinition[];
  const def = defs.find((d) => d.name === name);
  const example = def?.examples.find((e) => action === undefined || e.action === action);
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${name}${action ? `.${action}` : ''} example`);
  return example;
}

/**
 * GITHUB_OUTPUT read by the product's own parser (shared/doctor/action-process.ts, what
 * `mlops doctor --run` reads), so the two cannot drift; a line the runner would fail the step on
 * fails the test.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const { outputs, problems } = outputFileOf(text);
  if (problems.length > 0) throw new Error(`GITHUB_OUTPUT: ${problems.join('; ')}`);
  return Object.fromEntries(outputs);
}

interface ActionMetadata {
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
}

/** The runner passes every declared input that has a default; `${{ github.token }}` gets a fake token. */
async function inputEnv(step: string, given: Record<string, string>, root = repoRoot): Promise<Record<string, string>> {
  const meta = parseYaml(await readFile(join(root, 'actions', step, 'action.yml'), 'utf8')) as ActionMetadata;
  const declared = meta.inputs ?? {};
  const unknown = Object.keys(given).filter((k) => !(k in declared));
  // The runner only warns ("Unexpected input(s)"); in a test it is always a typo.
  if (unknown.length > 0) throw new Error(`inputs not declared in actions/${step}/action.yml: ${unknown.join(', ')}`);
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(declared)) {
    let value = given[name] ?? (spec.default === undefined ? undefined : String(spec.default));
    if (value === undefined) continue;
    value = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, 'ghs_test_token_not_real');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

export async function runAction(step: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const workspace = options.workspace ?? (await mkdtemp(join(tmpdir(), `mlops-${step}-ws-`)));
  const runnerDir = await mkdtemp(join(tmpdir(), `mlops-${step}-runner-`));
  for (const [rel, content] of Object.entries(options.files ?? {})) {
    await mkdir(dirname(join(workspace, rel)), { recursive: true });
    await writeFile(join(workspace, rel), content);
  }
  const event = options.event ?? { name: 'pull_request', payload: webhookExample('pull_request', 'opened') };
  const files = {
    GITHUB_OUTPUT: join(runnerDir, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerDir, 'summary.md'),
    GITHUB_ENV: join(runnerDir, 'env'),
    GITHUB_STATE: join(runnerDir, 'state'),
    GITHUB_PATH: join(runnerDir, 'path'),
    GITHUB_EVENT_PATH: join(runnerDir, 'event.json'),
  };
  // The runner creates these files empty before the step starts.
  for (const f of Object.values(files)) await writeFile(f, '');
  await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(event.payload));
  const payload = event.payload as { repository?: { full_name?: string }; number?: number; pull_request?: { head?: { sha?: string } } };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: payload.repository?.full_name ?? 'octo-org/octo-repo',
    GITHUB_SHA: payload.pull_request?.head?.sha ?? '0000000000000000000000000000000000000000',
    GITHUB_REF: payload.number !== undefined ? `refs/pull/${payload.number}/merge` : 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTION: step.replace(/-/g, '_'),
    GITHUB_JOB: 'test',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: runnerDir,
    ...files,
    ...(await inputEnv(step, options.inputs ?? {}, options.root)),
    ...options.env,
  };
  const bundle = options.bundle ?? join(options.root ?? repoRoot, 'actions', step, 'dist', 'index.js');
  const started = performance.now();
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number | null; stdout: string; stderr: string }>((res, rej) => {
    const child = spawn(process.execPath, [bundle], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', rej);
    child.on('close', (code) => {
      clearTimeout(timer);
      res({ exitCode: code, stdout: out, stderr: err });
    });
  });
  const durationMs = performance.now() - started;
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(files.GITHUB_OUTPUT, 'utf8')),
    summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations: annotationsOf(stdout),
    workspace,
    durationMs,
  };
}
