/**
 * The jobs of a workflow, in `needs` order, one at a time: `if:` (with GitHub's implicit
 * `success()`), a matrix of lists (each key a list, or an expression giving one: a `fromJSON`
 * list of objects), the job's `name:` evaluated per combination, and either steps (steps.ts) in a fresh workspace, or a
 * call of one of our reusable workflows: its `with:` checked against the inputs it declares (every
 * key declared, every required one given, booleans and numbers of their type) and its `secrets:`
 * against the secrets it declares, the called jobs' permissions against the caller's grant (GitHub
 * refuses the whole run when a called job asks for more), then its jobs run with those inputs and
 * its `on.workflow_call.outputs` become the calling job's outputs.
 *
 * Not modelled: concurrency groups (runs here never overlap; the group is still evaluated),
 * services, containers, runs-on labels (evaluated, not used), permissions of GITHUB_TOKEN (the
 * simulator has no scopes; the effective permissions are reported in the job's result).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { contextsAt, githubContext, type Place, type RunInfo } from './contexts.js';
import { UnsupportedExpression, evaluateCondition, evaluateTemplate, valueToString, type Value } from './expressions.js';
import { runStep, type JobRun, type StepResult } from './steps.js';
import { revokeTokens } from './third-party.js';
import { loadCalledWorkflow, type InputSpec, type JobSpec, type LoadedWorkflow, type Permissions } from './workflow-file.js';

export interface JobResult {
  /** As GitHub names it in the run: `report / evaluate`, `drift (weather) / drift`. */
  name: string;
  conclusion: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  steps: StepResult[];
  /** GITHUB_TOKEN's permissions in the job (undefined: the repository's default). */
  permissions?: Record<string, string>;
  /** The environment the job ran in. */
  environment?: string;
  /** The job's workspace, as it left it (until the next job starts: runners reuse the path). */
  workspace?: string;
  /** The variables its steps set for the steps after them (GITHUB_ENV), with the `env:` of the workflow and job. */
  env?: Record<string, string>;
}

export interface WorkflowScope {
  /** The `inputs` context (workflow_dispatch or workflow_call). */
  inputs: Record<string, Value>;
  secrets: Record<string, string>;
  /** The caller's grant, for a called workflow. */
  grant?: Permissions;
  /** `caller job / ` for a called workflow's job names. */
  prefix: string;
}

interface Finished {
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 };
const SCOPES = ['actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'models', 'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses'];

function expand(p: Permissions): Record<string, string> {
  if (p === 'write-all') return Object.fromEntries(SCOPES.map((s) => [s, 'write']));
  if (p === 'read-all') return Object.fromEntries(SCOPES.map((s) => [s, s === 'id-token' ? 'none' : 'read']));
  return Object.fromEntries(SCOPES.map((s) => [s, p[s] ?? 'none']));
}

/** What a called job gets; throws as GitHub does when it asks for more than the caller grants. */
function effectivePermissions(ask: Permissions | undefined, grant: Permissions | undefined, where: string): Permissions | undefined {
  if (ask === undefined) return grant;
  if (grant === undefined) return ask;
  const a = expand(ask);
  const g = expand(grant);
  for (const s of SCOPES) {
    if (LEVEL[a[s]!]! > LEVEL[g[s]!]!) throw new Error(`${where}: the nested job is requesting '${s}: ${a[s]}', but is only allowed '${s}: ${g[s]}' (GitHub refuses the run)`);
  }
  return ask;
}

const listed = (p: Permissions | undefined) => (p === undefined ? undefined : Object.fromEntries(Object.entries(expand(p)).filter(([, v]) => v !== 'none')));

function inOrder(jobs: Record<string, JobSpec>, where: string): string[] {
  const order: string[] = [];
  const visit = (id: string, path: string[]) => {
    if (order.includes(id)) return;
    if (path.includes(id)) throw new Error(`${where}: jobs ${[...path, id].join(' -> ')} need each other`);
    const job = jobs[id];
    if (!job) throw new Error(`${where}: jobs.${path[path.length - 1]} needs ${id}, which is not a job`);
    for (const n of [job.needs ?? []].flat()) visit(n, [...path, id]);
    order.push(id);
  };
  for (const id of Object.keys(jobs)) visit(id, []);
  return order;
}

/** The matrix's combinations, keys in order; a key's expression is evaluated first (it must give a non-empty list). */
function matrixCombinations(job: JobSpec, contexts: Record<string, Value>, where: string): Array<Record<string, Value> | undefined> {
  const matrix = job.strategy?.matrix;
  if (!matrix) return [undefined];
  return Object.entries(matrix).reduce<Array<Record<string, Value>>>((combos, [k, spec]) => {
    const values = evaluateAt('job.strategy', spec, contexts, `${where}.strategy.matrix.${k}`);
    // GitHub fails the workflow on a matrix key that is not a non-empty array.
    if (!Array.isArray(values) || values.length === 0) throw new Error(`${where}.strategy.matrix.${k}: expected a non-empty list, got ${JSON.stringify(values)}`);
    return combos.flatMap((c) => values.map((v) => ({ ...c, [k]: v })));
  }, [{}]);
}

/**
 * How a job is named in the run: its `name:` evaluated with the combination's matrix; GitHub
 * appends the matrix values in parentheses only when the name does not use an expression.
 */
function jobLabel(name: string, nameSpec: string | undefined, matrix: Record<string, Value> | undefined, contexts: Record<string, Value>, where: string): string {
  if (nameSpec !== undefined && nameSpec.includes('${{')) return valueToString(evaluateAt('job.name', nameSpec, contexts, `${where}.name`));
  return matrix ? `${name} (${Object.values(matrix).map((v) => valueToString(v)).join(', ')})` : name;
}

/** Coerces a `with:` value to the called workflow's input type, as GitHub checks it. */
function typedInput(value: Value, spec: InputSpec, where: string): Value {
  const type = spec.type ?? 'string';
  if (type === 'boolean' || type === 'number') {
    if (typeof value !== type) throw new Error(`${where}: the input is a ${type}, but got ${JSON.stringify(value)} (${value === null ? 'null' : typeof value})`);
    return value;
  }
  return valueToString(value);
}

export async function runJobs(run: RunInfo, wf: LoadedWorkflow, scope: WorkflowScope): Promise<{ jobs: JobResult[]; finished: Record<string, Finished> }> {
  const finished: Record<string, Finished> = {};
  const results: JobResult[] = [];
  const vars = (run.options.vars ?? {}) as Value;
  const secrets = { ...scope.secrets, GITHUB_TOKEN: run.sim.installationToken };
  for (const id of inOrder(wf.spec.jobs, wf.path)) {
    const job = wf.spec.jobs[id]!;
    const where = `${wf.path} jobs.${id}`;
    const needs = Object.fromEntries([job.needs ?? []].flat().map((n) => [n, finished[n]!])) as unknown as Value;
    const base = { github: githubContext(run, id, run.sim.installationToken, null), inputs: scope.inputs as Value, vars, needs, secrets };
    const needFailed = [job.needs ?? []].flat().some((n) => finished[n]!.result !== 'success');
    const name = `${scope.prefix}${job.name ?? id}`;
    if (!evaluateCondition(job.if ?? 'success()', { contexts: contextsAt('job.if', base), status: { failed: needFailed }, where: `${where}.if` })) {
      finished[id] = { result: 'skipped', outputs: {} };
      results.push({ name, conclusion: 'skipped', outputs: {}, steps: [] });
      continue;
    }
    const combos = matrixCombinations(job, base, where);
    // Jobs run one at a time here; max-parallel is still evaluated (and must be a number), as GitHub does.
    const maxParallel = job.strategy?.['max-parallel'] === undefined ? combos.length : evaluateAt('job.strategy', job.strategy['max-parallel'], base, `${where}.strategy.max-parallel`);
    if (typeof maxParallel !== 'number' || !(maxParallel >= 1)) throw new Error(`${where}.strategy.max-parallel: expected a number of at least 1, got ${JSON.stringify(maxParallel)}`);
    let result: Finished = { result: 'success', outputs: {} };
    for (const [index, matrix] of combos.entries()) {
      const contexts: Record<string, Value> = { ...base, matrix: (matrix ?? {}) as Value, strategy: { 'fail-fast': job.strategy?.['fail-fast'] ?? true, 'job-index': index, 'job-total': combos.length, 'max-parallel': Math.min(maxParallel, combos.length) } };
      const label = jobLabel(name, job.name === undefined ? undefined : `${scope.prefix}${job.name}`, matrix, contexts, where);
      const jobWhere = matrix ? `${where} (matrix ${JSON.stringify(matrix)})` : where;
      const grant = job.permissions ?? wf.spec.permissions;
      const one = job.uses
        ? await runCall(run, job, contexts, { ...scope, grant: scope.grant === undefined ? grant : effectivePermissions(grant, scope.grant, jobWhere) }, label, jobWhere, results)
        : await runStepsJob(run, wf, job, id, contexts, effectivePermissions(grant, scope.grant, jobWhere), label, jobWhere, results);
      if (one.result === 'failure') result = { ...one, result: 'failure' };
      else if (result.result !== 'failure') result = one;
    }
    finished[id] = result;
  }
  return { jobs: results, finished };
}

function evaluateAt(place: Place, value: unknown, contexts: Record<string, Value>, where: string): Value {
  return evaluateTemplate(value, { contexts: contextsAt(place, contexts), where });
}

async function runCall(run: RunInfo, job: JobSpec, contexts: Record<string, Value>, callScope: WorkflowScope, label: string, where: string, results: JobResult[]): Promise<Finished> {
  const called = loadCalledWorkflow(job.uses!, where);
  run.called.add(called.path);
  const declared = called.call.inputs ?? {};
  const inputs: Record<string, Value> = {};
  const problems: string[] = [];
  for (const [k, v] of Object.entries(job.with ?? {})) {
    const spec = declared[k];
    if (!spec) { problems.push(`with.${k} is not an input of ${called.path}`); continue; }
    inputs[k] = typedInput(evaluateAt('job.with', v, contexts, `${where}.with.${k}`), spec, `${where}.with.${k}`);
  }
  for (const [k, spec] of Object.entries(declared)) {
    if (k in inputs) continue;
    if (spec.required) problems.push(`required input ${k} of ${called.path} is not given`);
    else inputs[k] = spec.default === undefined ? (spec.type === 'boolean' ? false : spec.type === 'number' ? 0 : '') : (spec.default as Value);
  }
  const secretSpecs = called.call.secrets ?? {};
  const secrets: Record<string, string> = {};
  if (job.secrets === 'inherit') Object.assign(secrets, contexts.secrets as Record<string, string>);
  else {
    for (const [k, v] of Object.entries(job.secrets ?? {})) {
      if (!(k in secretSpecs)) { problems.push(`secrets.${k} is not a secret of ${called.path}`); continue; }
      secrets[k] = valueToString(evaluateAt('job.secrets', v, contexts, `${where}.secrets.${k}`));
    }
  }
  for (const [k, spec] of Object.entries(secretSpecs)) if (spec.required && !(k in secrets)) problems.push(`required secret ${k} of ${called.path} is not given`);
  if (problems.length) throw new Error(`${where}: ${problems.join('; ')}`);

  const inner = await runJobs(run, called, { inputs, secrets, grant: callScope.grant, prefix: `${label} / ` });
  results.push(...inner.jobs);
  const jobsContext = Object.fromEntries(Object.entries(inner.finished).map(([k, f]) => [k, { result: f.result, outputs: f.outputs }])) as unknown as Value;
  const outputs: Record<string, string> = {};
  for (const [k, o] of Object.entries(called.call.outputs ?? {})) {
    outputs[k] = valueToString(evaluateTemplate(o.value, { contexts: contextsAt('workflow_call.outputs', { github: contexts.github!, jobs: jobsContext, vars: contexts.vars!, inputs: inputs as Value }), where: `${called.path} on.workflow_call.outputs.${k}` }));
  }
  const failed = Object.values(inner.finished).some((f) => f.result === 'failure');
  return { result: failed ? 'failure' : 'success', outputs };
}

async function runStepsJob(run: RunInfo, wf: LoadedWorkflow, job: JobSpec, id: string, contexts: Record<string, Value>, permissions: Permissions | undefined, label: string, where: string, results: JobResult[]): Promise<Finished> {
  const runsOn = evaluateAt('job.runs-on', job['runs-on'], contexts, `${where}.runs-on`);
  if (runsOn === null || runsOn === '') throw new Error(`${where}: runs-on is empty`);
  const concurrency = job.concurrency as { group?: string } | string | undefined;
  if (concurrency !== undefined) evaluateAt('job.concurrency', typeof concurrency === 'string' ? concurrency : concurrency.group, contexts, `${where}.concurrency`);
  const minutes = Number(evaluateAt('job.runs-on', job['timeout-minutes'] ?? 360, contexts, `${where}.timeout-minutes`));
  const environmentSpec = typeof job.environment === 'string' ? { name: job.environment } : job.environment;
  const environment = environmentSpec ? valueToString(evaluateAt('job.environment', environmentSpec.name, contexts, `${where}.environment.name`)) : undefined;
  if (environment !== undefined) {
    if (!environment) throw new Error(`${where}: environment.name is empty`);
    await run.options.onEnvironment?.({ environment, runId: run.runId, attempt: run.attempt, workflow: run.workflowPath });
  }

  const repo = run.options.repo;
  // Like a hosted runner: the same paths in every job (/home/runner/work/<repo>/<repo> and
  // …/work/_temp), which start empty (a fresh machine), so nothing leaks from one job to the next
  // and what a step prints with these paths is the same in every run.
  const name = repo.split('/')[1]!;
  const workspace = join(run.root, 'work', name, name);
  const temp = join(run.root, 'work', '_temp');
  for (const dir of [workspace, temp]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  await run.options.prepareWorkspace?.(workspace);
  const e = run.event;
  const runnerEnv: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: run.sim.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${run.sim.url}/graphql`,
    GITHUB_REPOSITORY: repo,
    GITHUB_REPOSITORY_OWNER: repo.split('/')[0]!,
    GITHUB_EVENT_NAME: e.name,
    GITHUB_SHA: e.sha,
    GITHUB_REF: e.ref,
    GITHUB_REF_NAME: e.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\//, ''),
    GITHUB_REF_TYPE: 'branch',
    GITHUB_HEAD_REF: e.payload.pull_request?.head?.ref ?? '',
    GITHUB_BASE_REF: e.payload.pull_request?.base?.ref ?? '',
    GITHUB_WORKFLOW: run.workflowName,
    GITHUB_WORKFLOW_REF: `${repo}/${run.workflowPath}@${e.ref}`,
    GITHUB_RUN_ID: String(run.runId),
    GITHUB_RUN_NUMBER: String(run.runNumber),
    GITHUB_RUN_ATTEMPT: String(run.attempt),
    GITHUB_ACTOR: run.options.actor ?? 'octocat',
    GITHUB_TRIGGERING_ACTOR: run.options.actor ?? 'octocat',
    GITHUB_JOB: id,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions (workflow-runner)',
    RUNNER_ENVIRONMENT: 'github-hosted',
    // A new job of the run for the Actions results service (artifact uploads by our actions).
    ...run.sim.actionsRuntimeEnv({ repo, runId: run.runId, attempt: run.attempt }),
    ...run.options.env,
  };
  const jobContexts: Record<string, Value> = {
    ...contexts,
    github: githubContext(run, id, run.sim.installationToken, workspace),
    // The tool cache is the machine's (/opt/hostedtoolcache on a hosted runner): it outlives the job.
    runner: { os: 'Linux', arch: 'X64', name: 'GitHub Actions (workflow-runner)', temp, tool_cache: join(run.root, 'tool-cache'), environment: 'github-hosted', debug: '' },
  };
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(wf.spec.env ?? {})) env[k] = valueToString(evaluateAt('job.env', v, jobContexts, `${wf.path} env.${k}`));
  for (const [k, v] of Object.entries(job.env ?? {})) env[k] = valueToString(evaluateAt('job.env', v, jobContexts, `${where}.env.${k}`));
  const jr: JobRun = {
    run,
    jobId: id,
    where,
    path: `${wf.path} jobs.${id}`,
    workspace,
    temp,
    env,
    runnerEnv,
    contexts: jobContexts,
    steps: {},
    failed: false,
    stepTimeoutMs: Math.min(minutes * 60_000, run.options.maxStepMs ?? 180_000),
    mintedTokens: [],
    paths: [],
  };
  const steps: StepResult[] = [];
  try {
    for (const [n, spec] of (job.steps ?? []).entries()) {
      const r = await runStep(jr, spec, n);
      steps.push(r);
      if (spec.id) {
        if (spec.id in jr.steps) throw new UnsupportedExpression(`${where}: two steps with id ${spec.id}`);
        jr.steps[spec.id] = { outputs: r.outputs, outcome: r.outcome, conclusion: r.outcome };
      }
      if (r.outcome === 'failure') jr.failed = true;
    }
  } finally {
    revokeTokens(run.sim, jr.mintedTokens);
  }
  const final = { ...jobContexts, steps: jr.steps as Value, job: { status: jr.failed ? 'failure' : 'success' }, env: jr.env as Value };
  const outputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(job.outputs ?? {})) outputs[k] = valueToString(evaluateAt('job.outputs', v, final, `${where}.outputs.${k}`));
  if (environmentSpec?.url !== undefined) evaluateAt('job.environment.url', environmentSpec.url, final, `${where}.environment.url`);
  const conclusion = jr.failed ? 'failure' : 'success';
  results.push({ name: label, conclusion, outputs, steps, permissions: listed(permissions), environment, workspace, env: { ...jr.env } });
  return { result: conclusion, outputs };
}
