/**
 * One step of a job, as the runner runs it:
 * - our actions (`mlops-actions/mlops-actions/actions/<step>@v1`, or `./actions/<step>`): every
 *   `with:` key must be an input the action declares and every required input must be given (the
 *   runner would only warn, or pass nothing); defaults that are expressions (`${{ github.token }}`)
 *   are evaluated here, then the dist bundle runs through run-action.ts (INPUT_*, GITHUB_OUTPUT,
 *   GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_EVENT_PATH) with the job's workspace and variables;
 * - the third-party actions of third-party.ts, by their stand-ins;
 * - `run:` scripts with bash (`shell: bash`: --noprofile --norc -eo pipefail; default: -e), in the
 *   workspace, with the step's env and the runner's file commands, killed after 10 s;
 * - anything else throws.
 * Outputs come from GITHUB_OUTPUT; what a step appends to GITHUB_ENV is set for the steps after it,
 * and the folders it adds to GITHUB_PATH (or actions/setup-python adds) come first in their PATH.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { parseOutputFile, repoRoot, runAction } from '../run-action.js';
import { StepFailure } from './artifacts.js';
import { contextsAt, type RunInfo } from './contexts.js';
import { UnsupportedExpression, evaluateCondition, evaluateTemplate, valueToString, type Value } from './expressions.js';
import { THIRD_PARTY, type ThirdPartyContext } from './third-party.js';
import type { StepSpec } from './workflow-file.js';

export interface StepResult {
  /** Where the step is written: `.github/workflows/mlops-release.yml jobs.build.steps[3]`. */
  at: string;
  id?: string;
  /** `name:`, else what it uses or runs. */
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  /** The step's log (stdout, then stderr). */
  log: string;
  /** GITHUB_STEP_SUMMARY (our actions only). */
  summary: string;
  /** The inputs it was given (our and third-party actions). */
  inputs?: Record<string, string>;
}

export interface JobRun {
  run: RunInfo;
  jobId: string;
  /** For messages: `.github/workflows/mlops-release.yml jobs.build` (and the matrix values). */
  where: string;
  /** The job in its file: `.github/workflows/mlops-release.yml jobs.build`. */
  path: string;
  workspace: string;
  temp: string;
  /** Variables from the workflow's, the job's `env:` and GITHUB_ENV so far. */
  env: Record<string, string>;
  /** The runner's variables for this job (GITHUB_*, RUNNER_*, ACTIONS_RUNTIME_TOKEN, …). */
  runnerEnv: Record<string, string>;
  /** github, inputs, vars, secrets, needs, matrix, strategy, runner (steps, job, env are added per step). */
  contexts: Record<string, Value>;
  steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }>;
  failed: boolean;
  stepTimeoutMs: number;
  mintedTokens: string[];
  /** Folders added to PATH for the steps after (GITHUB_PATH, setup-python), the latest first. */
  paths: string[];
}

const ownAction = /^(?:mlops-actions\/mlops-actions\/actions\/([^/@]+)@v1|\.\/actions\/([^/@]+))$/;

type ActionInput = { required?: boolean; default?: unknown };

function readActionInputs(step: string, where: string): Record<string, ActionInput> {
  try {
    return (parse(readFileSync(join(repoRoot, 'actions', step, 'action.yml'), 'utf8')) as { inputs?: Record<string, ActionInput> }).inputs ?? {};
  } catch (e) {
    throw new Error(`${where}: actions/${step}/action.yml: ${(e as Error).message}`);
  }
}

/** Checks `with:` against what the action declares; throws naming every problem at once. */
export function checkInputs(given: Record<string, unknown>, declared: string[], required: string[], what: string, where: string): void {
  const problems = [
    ...Object.keys(given).filter((k) => !declared.includes(k)).map((k) => `with.${k} is not an input of ${what}`),
    ...required.filter((k) => !(k in given)).map((k) => `required input ${k} of ${what} is not given`),
  ];
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);
}

function stepContexts(job: JobRun, extraEnv: Record<string, string>): Record<string, Value> {
  return { ...job.contexts, steps: job.steps as Value, job: { status: job.failed ? 'failure' : 'success' }, env: { ...job.env, ...extraEnv } };
}

function evaluateMap(map: Record<string, unknown> | undefined, contexts: Record<string, Value>, where: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map ?? {})) out[k] = valueToString(evaluateTemplate(v, { contexts: contextsAt('step', contexts), where: `${where}.${k}` }));
  return out;
}

/** GITHUB_ENV holds `NAME=value` lines and `NAME<<DELIM` blocks, like GITHUB_OUTPUT. */
function readEnvFile(file: string): Record<string, string> {
  return parseOutputFile(readFileSync(file, 'utf8'));
}

function bash(script: string, shell: string | undefined, cwd: string, env: Record<string, string>, timeoutMs: number, where: string): Promise<{ code: number | null; out: string }> {
  if (shell !== undefined && shell !== 'bash') throw new UnsupportedExpression(`${where}: shell: ${shell} (only bash is supported by test/support/workflow-runner)`);
  const args = shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script] : ['-e', '-c', script];
  return new Promise((res, rej) => {
    const child = spawn('bash', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', rej);
    child.on('close', (code) => {
      clearTimeout(timer);
      res({ code, out });
    });
  });
}

export async function runStep(job: JobRun, step: StepSpec, index: number): Promise<StepResult> {
  const at = `${job.path}.steps[${index}]`;
  const where = `${job.where}.steps[${index}]${step.id ? ` (${step.id})` : ''}`;
  const name = step.name ?? step.uses ?? `run ${step.run!.split('\n')[0]}`;
  const ifScope = { contexts: contextsAt('step.if', stepContexts(job, {})), status: { failed: job.failed }, where: `${where}.if` };
  if (!evaluateCondition(step.if ?? 'success()', ifScope)) return { at, id: step.id, name, outcome: 'skipped', outputs: {}, log: '', summary: '' };

  const stepEnv = evaluateMap(step.env, stepContexts(job, {}), `${where}.env`);
  const contexts = stepContexts(job, stepEnv);
  const inputs = evaluateMap(step.with, contexts, `${where}.with`);
  // The runner's file commands live in RUNNER_TEMP/_runner_file_commands, one set per step.
  const commands = join(job.temp, '_runner_file_commands');
  mkdirSync(commands, { recursive: true });
  const envFile = join(commands, `set_env_${index}`);
  writeFileSync(envFile, '');
  // The runner prepends what steps added (GITHUB_PATH) to the machine's PATH.
  const PATH = [...job.paths, process.env.PATH ?? ''].join(delimiter);
  const env = { ...job.runnerEnv, ...job.env, ...stepEnv, GITHUB_ENV: envFile, PATH };
  let result: StepResult;

  const own = step.uses ? ownAction.exec(step.uses) : null;
  if (own) {
    const action = (own[1] ?? own[2])!;
    const declared = readActionInputs(action, where);
    checkInputs(inputs, Object.keys(declared), Object.entries(declared).filter(([, i]) => i.required === true && i.default === undefined).map(([k]) => k), `actions/${action}`, where);
    // The runner evaluates expression defaults (token: ${{ github.token }}) in the step's context.
    for (const [k, spec] of Object.entries(declared)) {
      if (!(k in inputs) && typeof spec.default === 'string' && spec.default.includes('${{')) inputs[k] = valueToString(evaluateTemplate(spec.default, { contexts: contextsAt('step', contexts), where: `actions/${action}/action.yml inputs.${k}.default` }));
    }
    const r = await runAction(action, { workspace: job.workspace, inputs, event: { name: job.run.event.name, payload: job.run.event.payload }, env, timeoutMs: job.stepTimeoutMs });
    const ok = r.exitCode === 0;
    result = { at, id: step.id, name, outcome: ok ? 'success' : 'failure', outputs: r.outputs, log: r.stdout + r.stderr, summary: r.summary, inputs };
  } else if (step.uses) {
    const standIn = THIRD_PARTY[step.uses];
    if (!standIn) throw new UnsupportedExpression(`${where}: uses: ${step.uses} has no stand-in in test/support/workflow-runner (third-party.ts)`);
    checkInputs(inputs, standIn.inputs, standIn.required, step.uses, where);
    const lines: string[] = [];
    const ctx: ThirdPartyContext = {
      sim: job.run.sim, repo: job.run.options.repo, runId: job.run.runId, workspace: job.workspace, sha: job.run.event.sha, apps: job.run.options.apps ?? {}, mintedTokens: job.mintedTokens, log: (m) => lines.push(m),
      toolCache: valueToString((job.contexts.runner as { tool_cache: Value }).tool_cache),
      addPath: (dir) => job.paths.unshift(dir),
    };
    try {
      const outputs = await standIn.run(ctx, inputs);
      result = { at, id: step.id, name, outcome: 'success', outputs, log: lines.join('\n'), summary: '', inputs };
    } catch (e) {
      if (!(e instanceof StepFailure)) throw e;
      result = { at, id: step.id, name, outcome: 'failure', outputs: {}, log: [...lines, `::error::${e.message}`].join('\n'), summary: '', inputs };
    }
  } else {
    const script = valueToString(evaluateTemplate(step.run, { contexts: contextsAt('step', contexts), where: `${where}.run` }));
    const outputFile = join(commands, `set_output_${index}`);
    const files = { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: join(commands, `step_summary_${index}`), GITHUB_PATH: join(commands, `add_path_${index}`), GITHUB_STATE: join(commands, `save_state_${index}`) };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const r = await bash(script, step.shell, job.workspace, { ...env, ...files, HOME: job.temp }, 10_000, where);
    result = { at, id: step.id, name, outcome: r.code === 0 ? 'success' : 'failure', outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), log: r.out, summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8') };
    // Each GITHUB_PATH line is prepended in turn: the last one written comes first.
    for (const dir of readFileSync(files.GITHUB_PATH, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean)) job.paths.unshift(dir);
  }
  Object.assign(job.env, readEnvFile(envFile));
  return result;
}
