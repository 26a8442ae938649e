/**
 * Where a repository's workflows run our steps: each job or step that calls one of our actions or
 * reusable workflows, with its inputs, and the values an input can take when an expression names
 * a matrix axis or a workflow_dispatch input (`model: ${{ matrix.model }}`, `alias: ${{ inputs.alias }}`).
 * The environment, secret and model checks read this.
 */
import type { OwnFiles } from './own-files.js';
import { callArgsOf, ownTargetOf } from './own-calls.js';
import type { CallArgs } from './permissions.js';
import { isExpression, workflowCallOf, type KeyPath, type Workflow, type WorkflowJob, type WorkflowSource, type WorkflowStep } from './workflow.js';

export interface OwnUse {
  source: WorkflowSource;
  jobId: string;
  job: WorkflowJob;
  /** The step (for an action), undefined for a reusable workflow job. */
  step?: WorkflowStep;
  /** `actions/<step>` or `.github/workflows/<file>`. */
  target: string;
  /** Our steps it runs: the action's, or those inside the reusable workflow. */
  steps: string[];
  /** The inputs as given under with: (defaults not filled in). */
  given: Record<string, unknown>;
  args: CallArgs;
  /** Key path of the step or the job. */
  path: KeyPath;
}

export function ownUsesOf(source: WorkflowSource, own: OwnFiles): OwnUse[] {
  const uses: OwnUse[] = [];
  const wf = source.workflow;
  for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
    if (!job || typeof job !== 'object') continue;
    for (const [n, step] of (Array.isArray(job.steps) ? job.steps : []).entries()) {
      const t = ownTargetOf(step?.uses, own);
      if (!t?.step) continue;
      const meta = own.action(t.step);
      if (!meta) continue;
      const given = step.with && typeof step.with === 'object' ? step.with : {};
      uses.push({ source, jobId, job, step, target: t.target, steps: [t.step], given, args: callArgsOf(given, meta.inputs), path: ['jobs', jobId, 'steps', n] });
    }
    const t = ownTargetOf(job.uses, own);
    if (t && !t.step) {
      const called = own.workflow(t.target);
      const call = workflowCallOf(called);
      if (!called || !call) continue;
      const steps = new Set<string>();
      for (const calledJob of Object.values(called.jobs ?? {})) for (const s of calledJob.steps ?? []) {
        const inner = ownTargetOf(s.uses, own);
        if (inner?.step) steps.add(inner.step);
      }
      const given = job.with && typeof job.with === 'object' ? job.with : {};
      uses.push({ source, jobId, job, target: t.target, steps: [...steps], given, args: callArgsOf(given, call.inputs, job.secrets), path: ['jobs', jobId] });
    }
  }
  return uses;
}

export interface PossibleValues {
  values: string[];
  /** Where they come from, for messages ("matrix.model", "workflow_dispatch input alias"). */
  from: string;
  /** Other values are possible too (a free-text input: `values` holds its default). */
  open: boolean;
  /** Where the values are written, when not at the input itself (the matrix axis, the dispatch input). */
  path?: KeyPath;
}

/**
 * The values an input may take: a literal; a matrix axis (`${{ matrix.X }}`, with include:); a
 * workflow_dispatch input (`${{ inputs.X }}`, `${{ github.event.inputs.X }}`): a choice's options,
 * else its default. Undefined when an expression decides in any other way.
 */
export function possibleValues(v: unknown, job: WorkflowJob, wf: Workflow, jobId: string): PossibleValues | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isExpression(v)) return typeof v === 'object' ? undefined : { values: [String(v)], from: 'literal', open: false };
  const expr = /^\s*\$\{\{\s*([\w.-]+)\s*\}\}\s*$/.exec(String(v))?.[1];
  if (!expr) return undefined;
  const matrixKey = /^matrix\.([\w-]+)$/.exec(expr)?.[1];
  if (matrixKey) {
    const matrix = job.strategy?.matrix;
    if (!matrix || typeof matrix !== 'object') return undefined;
    const values: string[] = [];
    const axis = matrix[matrixKey];
    if (Array.isArray(axis)) values.push(...axis.filter((x) => typeof x !== 'object').map(String));
    else if (axis !== undefined) return undefined;
    const include = matrix.include;
    if (Array.isArray(include)) for (const entry of include) if (entry && typeof entry === 'object' && matrixKey in entry) values.push(String((entry as Record<string, unknown>)[matrixKey]));
    return values.length > 0 && values.every((x) => !x.includes('${{')) ? { values: [...new Set(values)], from: `matrix.${matrixKey}`, open: false, path: ['jobs', jobId, 'strategy', 'matrix', matrixKey] } : undefined;
  }
  const inputKey = /^(?:github\.event\.)?inputs\.([\w-]+)$/.exec(expr)?.[1];
  if (inputKey) {
    const on = wf.on && typeof wf.on === 'object' && !Array.isArray(wf.on) ? wf.on : undefined;
    const dispatch = on?.workflow_dispatch?.inputs?.[inputKey];
    const input = dispatch ?? workflowCallOf(wf)?.inputs?.[inputKey];
    if (!input) return undefined;
    const path: KeyPath = ['on', dispatch ? 'workflow_dispatch' : 'workflow_call', 'inputs', inputKey];
    if (input.type === 'choice' && Array.isArray(input.options)) return { values: input.options.map(String), from: `workflow_dispatch input ${inputKey}`, open: false, path: [...path, 'options'] };
    if (input.default !== undefined && input.default !== '') return { values: [String(input.default)], from: `the default of input ${inputKey}`, open: true, path: [...path, 'default'] };
  }
  return undefined;
}

/** The literal text of an input (undefined when absent, empty or an expression). */
export function literalOf(v: unknown): string | undefined {
  if (v === undefined || v === null || isExpression(v) || typeof v === 'object') return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
}
