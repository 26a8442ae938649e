/**
 * What `mlops doctor --run` plays: the jobs of a repository's workflows that run our PR steps
 * (validate-data, train, evaluate), as the runner would run them. A job that calls one of our
 * reusable workflows is expanded into the called workflow's steps, with `${{ inputs.X }}` bound to
 * what the caller passes (or the input's default); a job that uses our actions directly is taken as
 * written. Steps that are not ours (checkout, setup-python, `run:`) are listed, not run: locally
 * the repository is already checked out and the person's own environment is the runner.
 *
 * The compare settings (model, config, rules, fail-on-regression) come from the workflow that runs
 * compare (pr-comment.yml or a compare step), so the local report is gated as the PR will be.
 */
import type { SourceLocation } from '../runtime/errors.js';
import type { OwnFiles } from './own-files.js';
import { ownTargetOf } from './own-calls.js';
import { resolveExpressions, type ExpressionContext } from './play-expression.js';
import { eventsOf, isExpression, workflowCallOf, type Workflow, type WorkflowJob, type WorkflowSource } from './workflow.js';

/** The steps doctor --run plays, in the order a PR report runs them. */
export const PLAYED_STEPS = ['validate-data', 'train', 'evaluate'] as const;
export type PlayedStepName = (typeof PLAYED_STEPS)[number];

/** One input of a played step: the text as written (maybe an expression) and where a person changes it. */
export interface PlayInput {
  text: string;
  /** Where the value is written: the caller's `with:` key when the step takes it from `inputs.X`. */
  location: SourceLocation;
  /** The key a person edits there (`score`, or the reusable workflow's input name). */
  key: string;
}

export type PlayStep =
  | { kind: 'ours'; step: PlayedStepName | 'compare' | string; id?: string; inputs: Map<string, PlayInput>; location: SourceLocation }
  | { kind: 'other'; what: string; location: SourceLocation };

export interface Play {
  /** `.github/workflows/pr-report.yml`. */
  workflow: string;
  /** `jobs.report` (and `> evaluate` for the called workflow's job). */
  job: string;
  events: string[];
  steps: PlayStep[];
  /** The context the steps' expressions resolve in: inputs, matrix (steps are added while playing). */
  context: Omit<ExpressionContext, 'steps' | 'github' | 'runner'>;
  location: SourceLocation;
}

export interface CompareSettings {
  model?: string;
  config?: string;
  rules?: string;
  failOnRegression: boolean;
  location: SourceLocation;
  workflow: string;
}

const NO_STEPS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map();
const EMPTY: ReadonlyMap<string, string> = new Map();

/** The first value of each scalar matrix axis (and include: entries' scalars), as a one-job play of the matrix. */
function firstMatrixValues(job: WorkflowJob): Map<string, string> {
  const out = new Map<string, string>();
  const matrix = job.strategy?.matrix;
  if (!matrix || typeof matrix !== 'object') return out;
  for (const [axis, values] of Object.entries(matrix)) {
    if (axis === 'include' || axis === 'exclude' || !Array.isArray(values) || values.length === 0) continue;
    const first = values[0];
    if (first !== null && typeof first !== 'object') out.set(axis, String(first));
  }
  return out;
}

/** workflow_dispatch defaults: what a run started by hand would get without typing anything. */
function dispatchDefaults(wf: Workflow): Map<string, string> {
  const out = new Map<string, string>();
  const on = wf.on && typeof wf.on === 'object' && !Array.isArray(wf.on) ? wf.on : undefined;
  for (const [name, input] of Object.entries(on?.workflow_dispatch?.inputs ?? {})) if (input?.default !== undefined) out.set(name, String(input.default));
  return out;
}

function textOf(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

/** The `with:` of a step as PlayInputs, each located at its own key. */
function inputsAsWritten(source: WorkflowSource, path: ReadonlyArray<string | number>, given: Record<string, unknown> | undefined): Map<string, PlayInput> {
  const out = new Map<string, PlayInput>();
  for (const [key, v] of Object.entries(given ?? {})) out.set(key, { text: textOf(v), location: source.locate([...path, 'with', key]), key });
  return out;
}

function describeOther(step: { uses?: string; run?: unknown; name?: string }): string {
  if (step.uses) return `uses: ${step.uses}`;
  const run = typeof step.run === 'string' ? step.run.trim().split('\n')[0]! : '';
  return step.name ? `${step.name} (run: ${run})` : `run: ${run}`;
}

function stepsOf(source: WorkflowSource, own: OwnFiles, job: WorkflowJob, jobPath: ReadonlyArray<string | number>, bind?: (key: string, input: PlayInput) => PlayInput): PlayStep[] {
  const out: PlayStep[] = [];
  for (const [n, raw] of (Array.isArray(job.steps) ? job.steps : []).entries()) {
    const step = raw as { uses?: string; run?: unknown; name?: string; id?: string; with?: Record<string, unknown> };
    const path = [...jobPath, 'steps', n];
    const t = ownTargetOf(step?.uses, own);
    if (!t?.step) {
      out.push({ kind: 'other', what: describeOther(step ?? {}), location: source.locate(path) });
      continue;
    }
    let inputs = inputsAsWritten(source, path, step.with);
    if (bind) inputs = new Map([...inputs].map(([k, v]) => [k, bind(k, v)]));
    out.push({ kind: 'ours', step: t.step, id: step.id, inputs, location: source.locate(path) });
  }
  return out;
}

const playsSteps = (steps: PlayStep[]) => steps.some((s) => s.kind === 'ours' && (PLAYED_STEPS as readonly string[]).includes(s.step));

/** Every job of `sources` that runs validate-data, train or evaluate, expanded as described above. */
export function planPlays(sources: readonly WorkflowSource[], own: OwnFiles): Play[] {
  const plays: Play[] = [];
  for (const source of sources) {
    const wf = source.workflow;
    const events = eventsOf(wf);
    for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
      if (!job || typeof job !== 'object') continue;
      const jobPath = ['jobs', jobId];
      const callerCtx: ExpressionContext = { inputs: dispatchDefaults(wf), matrix: firstMatrixValues(job), steps: NO_STEPS, github: EMPTY, runner: EMPTY };
      const direct = stepsOf(source, own, job, jobPath);
      if (playsSteps(direct)) {
        plays.push({ workflow: source.file, job: `jobs.${jobId}`, events, steps: direct, context: { inputs: callerCtx.inputs, matrix: callerCtx.matrix }, location: source.locate(jobPath) });
        continue;
      }
      const t = ownTargetOf(job.uses, own);
      const called = t && !t.step ? own.workflow(t.target) : undefined;
      const call = workflowCallOf(called);
      if (!called || !call) continue;
      // The called workflow's inputs: the caller's with: (its own expressions resolved where they can
      // be: a matrix axis, a dispatch default), else the input's default.
      const inputs = new Map<string, string>();
      const inputPlace = new Map<string, SourceLocation>();
      for (const [name, decl] of Object.entries(call.inputs ?? {})) if (decl?.default !== undefined) inputs.set(name, textOf(decl.default));
      for (const [name, v] of Object.entries(job.with ?? {})) {
        const text = textOf(v);
        const r = isExpression(text) || text.includes('${{') ? resolveExpressions(text, callerCtx) : { value: text };
        inputs.set(name, 'value' in r ? r.value : text);
        inputPlace.set(name, source.locate([...jobPath, 'with', name]));
      }
      const bind = (key: string, input: PlayInput): PlayInput => {
        const from = /^\s*\$\{\{\s*inputs\.([\w-]+)\s*\}\}\s*$/.exec(input.text)?.[1];
        const place = from ? inputPlace.get(from) : undefined;
        return place ? { ...input, location: place, key: from! } : { ...input, location: source.locate(jobPath), key };
      };
      for (const [innerId, inner] of Object.entries(called.jobs ?? {})) {
        const steps = stepsOf(source, own, inner, jobPath, bind).map((s) => (s.kind === 'other' ? { ...s, location: source.locate(jobPath) } : s));
        if (!playsSteps(steps)) continue;
        plays.push({ workflow: source.file, job: `jobs.${jobId} > ${t!.target.replace('.github/workflows/', '')} jobs.${innerId}`, events, steps, context: { inputs, matrix: firstMatrixValues(inner) }, location: source.locate(jobPath) });
      }
    }
  }
  return plays;
}

/** The compare settings of the first workflow that runs compare, with literal values only. */
export function compareSettingsOf(sources: readonly WorkflowSource[], own: OwnFiles): CompareSettings | undefined {
  for (const source of sources) {
    for (const [jobId, job] of Object.entries(source.workflow.jobs ?? {})) {
      if (!job || typeof job !== 'object') continue;
      const jobPath = ['jobs', jobId];
      const found = (given: Record<string, unknown> | undefined, path: ReadonlyArray<string | number>): CompareSettings => {
        const literal = (k: string) => {
          const v = given?.[k];
          return v === undefined || v === null || isExpression(v) || String(v).trim() === '' ? undefined : String(v);
        };
        return { model: literal('model'), config: literal('config'), rules: literal('rules'), failOnRegression: literal('fail-on-regression') !== 'false', location: source.locate(path), workflow: source.file };
      };
      for (const [n, step] of (Array.isArray(job.steps) ? job.steps : []).entries()) {
        if (ownTargetOf(step?.uses, own)?.step === 'compare') return found(step.with, [...jobPath, 'steps', n]);
      }
      const t = ownTargetOf(job.uses, own);
      if (t && !t.step) {
        const called = own.workflow(t.target);
        const runsCompare = Object.values(called?.jobs ?? {}).some((j) => (j.steps ?? []).some((s) => ownTargetOf(s.uses, own)?.step === 'compare'));
        if (runsCompare) return found(job.with, jobPath);
      }
    }
  }
  return undefined;
}
