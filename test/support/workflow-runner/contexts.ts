/**
 * What a run knows, and which contexts an expression sees where it stands: GitHub's "Context
 * availability" table (docs: Contexts reference), for the places our workflows have expressions.
 * An expression that reads a context not available at its place (e.g. `secrets` in a step's `if:`)
 * throws, as GitHub refuses such a workflow.
 */
import type { GitHubSim } from '../github-sim/index.js';
import type { Json } from '../github-sim/state.js';
import type { Value } from './expressions.js';
import type { RunEvent } from './events.js';

export interface WorkflowRunnerOptions {
  /** `owner/name`, seeded in the simulator, its files (and `.github/workflows/`) in the Git store. */
  repo: string;
  /** Repository variables (`vars`). */
  vars?: Record<string, string>;
  /** Repository secrets (`secrets` of the workflows the events start). */
  secrets?: Record<string, string>;
  /** GitHub Apps installed on the repository, by App id (for actions/create-github-app-token). */
  apps?: Record<string, { slug: string }>;
  /** Extra variables for every step, e.g. the simulator knobs MLOPS_GITHUB_RETRY_BASE_MS=1. */
  env?: Record<string, string>;
  /** Called with each job's workspace before its steps, e.g. to stand in for a toolchain install. */
  prepareWorkspace?: (workspace: string) => void | Promise<void>;
  /**
   * A job that names an environment is held by GitHub until the environment's protection rules
   * pass; this is called first, with the run, so a test can record the reviewers' decision
   * (seedRunApprovals).
   */
  onEnvironment?: (e: { environment: string; runId: number; attempt: number; workflow: string }) => void | Promise<void>;
  /** Who triggered the runs (GITHUB_ACTOR). Default octocat. */
  actor?: string;
  /** Upper bound for one step, whatever timeout-minutes says. Default 180 s. */
  maxStepMs?: number;
}

export interface RunInfo {
  sim: GitHubSim;
  options: WorkflowRunnerOptions;
  event: RunEvent;
  /** The workflow the event started: its path in the repository and its name. */
  workflowPath: string;
  workflowName: string;
  runId: number;
  attempt: number;
  runNumber: number;
  /** The run in the simulator (GitHub's `workflow-run` shape). */
  data: Json;
  /** The reusable workflows its jobs called. */
  called: Set<string>;
  /** The runner machine's folder (its `work/` holds the workspace and RUNNER_TEMP). */
  root: string;
}

export type Place =
  | 'run-name'
  | 'job.if'
  | 'job.name'
  | 'job.strategy'
  | 'job.with'
  | 'job.secrets'
  | 'job.runs-on'
  | 'job.concurrency'
  | 'job.environment'
  | 'job.environment.url'
  | 'job.env'
  | 'job.outputs'
  | 'step.if'
  | 'step'
  | 'workflow_call.outputs';

const AVAILABLE: Record<Place, string[]> = {
  'run-name': ['github', 'inputs', 'vars'],
  'job.if': ['github', 'needs', 'vars', 'inputs'],
  'job.name': ['github', 'needs', 'strategy', 'matrix', 'vars', 'inputs'],
  'job.strategy': ['github', 'needs', 'vars', 'inputs'],
  'job.with': ['github', 'needs', 'strategy', 'matrix', 'inputs', 'vars'],
  'job.secrets': ['github', 'needs', 'strategy', 'matrix', 'secrets', 'inputs', 'vars'],
  'job.runs-on': ['github', 'needs', 'strategy', 'matrix', 'vars', 'inputs'],
  'job.concurrency': ['github', 'needs', 'strategy', 'matrix', 'inputs', 'vars'],
  'job.environment': ['github', 'needs', 'strategy', 'matrix', 'vars', 'inputs'],
  'job.environment.url': ['github', 'needs', 'strategy', 'matrix', 'job', 'runner', 'env', 'vars', 'steps', 'inputs'],
  'job.env': ['github', 'needs', 'strategy', 'matrix', 'vars', 'secrets', 'inputs'],
  'job.outputs': ['github', 'needs', 'strategy', 'matrix', 'job', 'runner', 'env', 'vars', 'secrets', 'steps', 'inputs'],
  'step.if': ['github', 'needs', 'strategy', 'matrix', 'job', 'runner', 'env', 'vars', 'steps', 'inputs'],
  step: ['github', 'needs', 'strategy', 'matrix', 'job', 'runner', 'env', 'vars', 'secrets', 'steps', 'inputs'],
  'workflow_call.outputs': ['github', 'jobs', 'vars', 'inputs'],
};

/** The contexts of `all` that an expression at `place` may read. */
export function contextsAt(place: Place, all: Record<string, Value>): Record<string, Value> {
  return Object.fromEntries(AVAILABLE[place].filter((n) => n in all).map((n) => [n, all[n]!]));
}

/** The `github` context of a job (reusable workflows see their caller's, as on GitHub). */
export function githubContext(run: RunInfo, job: string, token: string, workspace: string | null): Value {
  const e = run.event;
  const repo = run.data.repository?.full_name ?? run.options.repo;
  const refName = e.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\//, '');
  const pr = e.payload.pull_request;
  return {
    event_name: e.name,
    event: e.payload,
    sha: e.sha,
    ref: e.ref,
    ref_name: refName,
    ref_type: 'branch',
    head_ref: pr?.head?.ref ?? '',
    base_ref: pr?.base?.ref ?? '',
    repository: repo,
    repository_owner: repo.split('/')[0],
    run_id: String(run.runId),
    run_number: String(run.runNumber),
    run_attempt: String(run.attempt),
    actor: run.options.actor ?? 'octocat',
    triggering_actor: run.options.actor ?? 'octocat',
    workflow: run.workflowName,
    workflow_ref: `${repo}/${run.workflowPath}@${e.ref}`,
    job,
    server_url: 'https://github.com',
    api_url: run.sim.url,
    graphql_url: `${run.sim.url}/graphql`,
    token,
    workspace,
    retention_days: '90',
  } as Value;
}
