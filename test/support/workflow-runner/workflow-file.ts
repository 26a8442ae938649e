/**
 * A workflow file as the runner reads it: parsed, its keys checked against the ones this interpreter
 * understands (an unknown key throws, rather than being ignored), and `uses:` of our reusable
 * workflows resolved to the files in this repository.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../run-action.js';
import { UnsupportedExpression } from './expressions.js';

export type Permissions = Record<string, string> | 'read-all' | 'write-all';

export interface InputSpec {
  description?: string;
  type?: 'string' | 'boolean' | 'number' | 'choice' | 'environment';
  required?: boolean;
  default?: unknown;
  options?: unknown[];
}

export interface StepSpec {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: unknown;
}

export interface JobSpec {
  name?: string;
  'runs-on'?: unknown;
  'timeout-minutes'?: number;
  permissions?: Permissions;
  needs?: string | string[];
  if?: unknown;
  environment?: string | { name?: string; url?: string };
  concurrency?: unknown;
  outputs?: Record<string, string>;
  env?: Record<string, unknown>;
  steps?: StepSpec[];
  strategy?: { matrix?: Record<string, unknown>; 'fail-fast'?: boolean; 'max-parallel'?: number | string };
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
}

export interface WorkflowSpec {
  name?: string;
  'run-name'?: string;
  on: Record<string, unknown>;
  permissions?: Permissions;
  env?: Record<string, unknown>;
  concurrency?: unknown;
  jobs: Record<string, JobSpec>;
}

export interface WorkflowCall {
  inputs?: Record<string, InputSpec>;
  secrets?: Record<string, { description?: string; required?: boolean }>;
  outputs?: Record<string, { description?: string; value: string }>;
}

export interface LoadedWorkflow {
  /** Where it came from, for messages: `.github/workflows/pr-report.yml` or a repository path. */
  path: string;
  spec: WorkflowSpec;
}

const WORKFLOW_KEYS = new Set(['name', 'run-name', 'on', 'permissions', 'env', 'concurrency', 'jobs']);
const JOB_KEYS = new Set(['name', 'runs-on', 'timeout-minutes', 'permissions', 'needs', 'if', 'environment', 'concurrency', 'outputs', 'env', 'steps', 'strategy', 'uses', 'with', 'secrets']);
const STEP_KEYS = new Set(['id', 'name', 'uses', 'run', 'shell', 'with', 'env', 'if']);

/** Parses a workflow and refuses keys the interpreter would otherwise silently ignore. */
export function parseWorkflow(text: string, path: string): LoadedWorkflow {
  const spec = parse(text) as WorkflowSpec;
  const refuse = (what: string) => new UnsupportedExpression(`${path}: ${what} is not supported by test/support/workflow-runner`);
  for (const k of Object.keys(spec)) if (!WORKFLOW_KEYS.has(k)) throw refuse(`the key ${k}`);
  if (!spec.jobs || typeof spec.on !== 'object' || spec.on === null) throw refuse('a workflow without jobs or an on: mapping');
  for (const [id, job] of Object.entries(spec.jobs)) {
    for (const k of Object.keys(job)) if (!JOB_KEYS.has(k)) throw refuse(`jobs.${id}.${k}`);
    if (job.uses && job.steps) throw refuse(`jobs.${id} with both uses and steps`);
    for (const [n, step] of (job.steps ?? []).entries()) {
      for (const k of Object.keys(step)) if (!STEP_KEYS.has(k)) throw refuse(`jobs.${id}.steps[${n}].${k}`);
      if (!step.uses === !step.run) throw refuse(`jobs.${id}.steps[${n}] without exactly one of uses and run`);
    }
    // A matrix key holds a list, or one expression that evaluates to a list (`${{ fromJSON(inputs.x) }}`).
    const matrix = job.strategy?.matrix;
    const isExpression = (v: unknown) => typeof v === 'string' && /^\s*\$\{\{[\s\S]*\}\}\s*$/.test(v);
    if (matrix && Object.entries(matrix).some(([k, v]) => k === 'include' || k === 'exclude' || !(Array.isArray(v) || isExpression(v)))) throw refuse(`jobs.${id}.strategy.matrix other than lists of values (or an expression giving one)`);
  }
  return { path, spec };
}

const ownReusable = /^mlops-actions\/mlops-actions\/(\.github\/workflows\/[^/@]+)@v1$/;

/** The reusable workflow a job calls: ours by published name (the file in this repository), or `./.github/workflows/x.yml`. */
export function loadCalledWorkflow(uses: string, from: string): LoadedWorkflow & { call: WorkflowCall } {
  const m = ownReusable.exec(uses) ?? /^\.\/(\.github\/workflows\/[^/@]+)$/.exec(uses);
  if (!m) throw new UnsupportedExpression(`${from}: uses: ${uses}: only our reusable workflows (mlops-actions/mlops-actions/.github/workflows/<file>@v1) are resolved`);
  const path = m[1]!;
  const loaded = parseWorkflow(readFileSync(join(repoRoot, path), 'utf8'), path);
  const call = loaded.spec.on.workflow_call as WorkflowCall | null | undefined;
  if (call === undefined) throw new Error(`${from}: ${path} is not a reusable workflow (no on: workflow_call)`);
  return { ...loaded, call: call ?? {} };
}
