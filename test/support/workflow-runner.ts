/**
 * A small interpreter of OUR workflow files, for scenario tests against the GitHub simulator. An
 * event (events.ts: real payloads from @octokit/webhooks-examples) is delivered to the repository:
 * every workflow under `.github/workflows/` of the event's commit (in the simulator's Git store)
 * whose `on:` it matches starts a run, registered in the simulator like GitHub's (so compare finds
 * base-branch runs and their artifacts); its jobs run in `needs` order (jobs.ts), our reusable
 * workflows resolved to the files in this repository, each step run as the runner runs it
 * (steps.ts: our actions' dist bundles through run-action.ts, stand-ins for checkout, artifacts and
 * App tokens, `run:` scripts with bash). A completed run is delivered as `workflow_run` in turn
 * (at most three deep, like GitHub). Runs are sequential and deterministic.
 *
 * What it cannot evaluate it refuses: an unknown workflow, job or step key, expression, context,
 * filter or action throws an error naming the file and place, so a test never passes on a part of a
 * workflow that was silently skipped.
 *
 *   const gh = new WorkflowRunner(sim, { repo: 'octo-org/weather', env: { MLOPS_GITHUB_RETRY_BASE_MS: '1' } });
 *   const [report, comment] = await gh.deliver(pullRequestEvent(sim, 'octo-org/weather', 1, 'opened'));
 *   await gh.rerun(report); // "Re-run all jobs": the same run, attempt 2
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { GitHubSim } from './github-sim/index.js';
import { seedWorkflowRun } from './github-sim/index.js';
import type { Json } from './github-sim/state.js';
import { contextsAt, githubContext, type RunInfo, type WorkflowRunnerOptions } from './workflow-runner/contexts.js';
import { fileAt, treeOf, workflowRunEvent, type RunEvent } from './workflow-runner/events.js';
import { evaluateTemplate, valueToString, type Value } from './workflow-runner/expressions.js';
import { runJobs, type JobResult } from './workflow-runner/jobs.js';
import type { StepResult } from './workflow-runner/steps.js';
import { triggers } from './workflow-runner/triggers.js';
import { parseWorkflow, type InputSpec, type LoadedWorkflow } from './workflow-runner/workflow-file.js';

export { UnsupportedExpression, evaluateTemplate, type Value } from './workflow-runner/expressions.js';
export { pullRequestEvent, pushEvent, scheduleEvent, workflowDispatchEvent, workflowRunEvent, branchHead, fileAt, type RunEvent } from './workflow-runner/events.js';
export type { WorkflowRunnerOptions } from './workflow-runner/contexts.js';
export type { JobResult } from './workflow-runner/jobs.js';
export type { StepResult } from './workflow-runner/steps.js';

export interface WorkflowRunResult {
  /** `.github/workflows/pr-report.yml` */
  workflow: string;
  /** The workflow's `name:` */
  name: string;
  runId: number;
  attempt: number;
  event: RunEvent;
  /** failure when a job failed; skipped when every job was skipped (an `if:` said no). */
  conclusion: 'success' | 'failure' | 'skipped';
  jobs: JobResult[];
  /** Outputs of the workflow's own jobs, by job id (a job calling a reusable workflow: its outputs). */
  outputs: Record<string, Record<string, string>>;
  /** The reusable workflows its jobs called. */
  calledWorkflows: string[];
  /** The run as the simulator (and the REST API) shows it. */
  data: Json;
}

/** GitHub starts workflow_run chains at most three deep. */
const MAX_WORKFLOW_RUN_DEPTH = 3;

export class WorkflowRunner {
  /** Every run (and re-run attempt), in the order they ran. */
  readonly history: WorkflowRunResult[] = [];

  /** The runner machine's folder: every job's workspace and RUNNER_TEMP are under its `work/`. */
  readonly root = mkdtempSync(join(tmpdir(), 'mlops-runner-'));

  constructor(readonly sim: GitHubSim, readonly options: WorkflowRunnerOptions) {}

  /** Delivers an event: the runs it starts, then the runs their completion starts (workflow_run). */
  async deliver(event: RunEvent, depth = 0): Promise<WorkflowRunResult[]> {
    const started: WorkflowRunResult[] = [];
    for (const wf of this.workflowsAt(event.workflowsAt)) {
      if (!triggers(wf, event)) continue;
      started.push(await this.run(wf, event));
    }
    return [...started, ...(await this.chain(started, depth))];
  }

  /** "Re-run all jobs" of a run: the same run id and event, the next attempt; then its workflow_run chain. */
  async rerun(previous: WorkflowRunResult): Promise<WorkflowRunResult[]> {
    const wf = this.workflowsAt(previous.event.workflowsAt).find((w) => w.path === previous.workflow);
    if (!wf) throw new Error(`${previous.workflow} is gone from ${previous.event.workflowsAt}`);
    const latest = Math.max(...this.history.filter((h) => h.runId === previous.runId).map((h) => h.attempt));
    const again = await this.run(wf, previous.event, { runId: previous.runId, attempt: latest + 1 });
    return [again, ...(await this.chain([again], 0))];
  }

  private async chain(completed: WorkflowRunResult[], depth: number): Promise<WorkflowRunResult[]> {
    if (depth + 1 >= MAX_WORKFLOW_RUN_DEPTH) return [];
    const more: WorkflowRunResult[] = [];
    for (const r of completed) more.push(...(await this.deliver(workflowRunEvent(this.sim, this.options.repo, r.data), depth + 1)));
    return more;
  }

  /** The workflows of the repository at a commit, parsed and checked. */
  workflowsAt(commit: string): LoadedWorkflow[] {
    return [...treeOf(this.sim, commit).keys()]
      .filter((p) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(p))
      .sort()
      .map((p) => parseWorkflow(fileAt(this.sim, commit, p)!.toString('utf8'), p));
  }

  private async run(wf: LoadedWorkflow, event: RunEvent, again?: { runId: number; attempt: number }): Promise<WorkflowRunResult> {
    const data = again ? this.sim.state.workflowRuns.find((w) => w.data.id === again.runId)!.data : this.register(wf, event);
    const attempt = again?.attempt ?? 1;
    Object.assign(data, { status: 'in_progress', conclusion: null, run_attempt: attempt, run_started_at: this.sim.state.now() });
    const info: RunInfo = { sim: this.sim, options: this.options, event, workflowPath: wf.path, workflowName: wf.spec.name ?? wf.path, runId: data.id, attempt, runNumber: data.run_number, data, called: new Set(), root: this.root };
    const inputs = event.name === 'workflow_dispatch' ? dispatchInputs(wf, event) : {};
    const github = githubContext(info, '', this.sim.installationToken, null);
    if (wf.spec['run-name'] !== undefined) {
      data.display_title = valueToString(evaluateTemplate(wf.spec['run-name'], { contexts: contextsAt('run-name', { github, inputs, vars: (this.options.vars ?? {}) as Value }), where: `${wf.path} run-name` }));
    }
    const { jobs, finished } = await runJobs(info, wf, { inputs, secrets: { ...this.options.secrets }, prefix: '' });
    const conclusion = jobs.some((j) => j.conclusion === 'failure') ? 'failure' : jobs.every((j) => j.conclusion === 'skipped') ? 'skipped' : 'success';
    Object.assign(data, { status: 'completed', conclusion, updated_at: this.sim.state.now() });
    const outputs = Object.fromEntries(Object.entries(finished).map(([k, f]) => [k, f.outputs]));
    const result: WorkflowRunResult = { workflow: wf.path, name: info.workflowName, runId: data.id, attempt, event, conclusion, jobs, outputs, calledWorkflows: [...info.called], data };
    this.history.push(result);
    return result;
  }

  /** A new run in the simulator, in GitHub's shape, for the event's commit and branch. */
  private register(wf: LoadedWorkflow, event: RunEvent): Json {
    const pr = event.name === 'pull_request' ? event.payload.pull_request : undefined;
    const branch = pr ? pr.head.ref : event.ref.replace(/^refs\/heads\//, '');
    const headSha = pr ? pr.head.sha : event.sha;
    const data = seedWorkflowRun(this.sim, { repo: this.options.repo, workflow: basename(wf.path), branch, headSha, event: event.name, conclusion: null });
    const title = pr ? pr.title : event.name === 'push' ? String(event.payload.head_commit?.message ?? '').split('\n')[0] : (wf.spec.name ?? wf.path);
    Object.assign(data, {
      name: wf.spec.name ?? wf.path,
      path: wf.path,
      display_title: title,
      // GitHub lists the PR for a same-repository head (empty for forks).
      pull_requests: pr && pr.head.repo?.full_name === pr.base.repo?.full_name ? [{ url: pr.url, id: pr.id, number: pr.number, head: { ref: pr.head.ref, sha: pr.head.sha, repo: { id: pr.head.repo.id, url: pr.head.repo.url, name: pr.head.repo.name } }, base: { ref: pr.base.ref, sha: pr.base.sha, repo: { id: pr.base.repo.id, url: pr.base.repo.url, name: pr.base.repo.name } } }] : [],
    });
    return data;
  }
}

/** The `inputs` context of a workflow_dispatch run: the form's strings, typed and defaulted per `on.workflow_dispatch.inputs`. */
function dispatchInputs(wf: LoadedWorkflow, event: RunEvent): Record<string, Value> {
  const specs = ((wf.spec.on.workflow_dispatch ?? {}) as { inputs?: Record<string, InputSpec> }).inputs ?? {};
  const given = (event.payload.inputs ?? {}) as Record<string, string>;
  const where = `${wf.path} on.workflow_dispatch.inputs`;
  const out: Record<string, Value> = {};
  for (const k of Object.keys(given)) if (!(k in specs)) throw new Error(`${where}: ${k} is not an input (GitHub answers 422 "Unexpected inputs provided")`);
  for (const [k, spec] of Object.entries(specs)) {
    const raw = given[k] ?? (spec.default === undefined ? undefined : String(spec.default));
    if (raw === undefined || (spec.required && raw === '')) {
      if (spec.required) throw new Error(`${where}.${k} is required`);
      out[k] = spec.type === 'boolean' ? false : '';
      continue;
    }
    if (spec.type === 'choice' && !(spec.options ?? []).map(String).includes(raw)) throw new Error(`${where}.${k}: ${raw} is not one of ${(spec.options ?? []).join(', ')}`);
    if (spec.type === 'boolean') {
      if (raw !== 'true' && raw !== 'false') throw new Error(`${where}.${k}: ${raw} is not a boolean`);
      out[k] = raw === 'true';
    } else if (spec.type === 'number') out[k] = Number(raw);
    else out[k] = raw;
  }
  return out;
}

/** The runs' steps by id (or name), for assertions: `step(run, 'drift')`. */
export function step(run: WorkflowRunResult, idOrName: string): StepResult {
  const found = run.jobs.flatMap((j) => j.steps).filter((s) => s.id === idOrName || s.name === idOrName);
  if (found.length !== 1) throw new Error(`${run.workflow} run ${run.runId}: ${found.length} steps named ${idOrName}`);
  return found[0]!;
}

/** A readable account of a run for failure messages: each job, each step's outcome, and failed steps' logs. */
export function describeRun(run: WorkflowRunResult): string {
  const lines = [`${run.workflow} (${run.event.name}) run ${run.runId} attempt ${run.attempt}: ${run.conclusion}`];
  for (const j of run.jobs) {
    lines.push(`  ${j.name}: ${j.conclusion}`);
    for (const s of j.steps) {
      lines.push(`    ${s.outcome.padEnd(7)} ${s.id ?? s.name}`);
      if (s.outcome === 'failure') lines.push(...s.log.split('\n').slice(-25).map((l) => `      | ${l}`));
    }
  }
  return lines.join('\n');
}
