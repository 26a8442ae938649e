/**
 * What actionlint cannot see: our actions and reusable workflows are called by their published name
 * (`<owner>/mlops-actions/actions/<step>@v1`, `<owner>/mlops-actions/.github/workflows/<file>@v1`),
 * which it does not resolve, so a renamed or removed input would pass the lint and be dropped (or
 * missing) at run time, and a job granting too little would fail only when it runs. These resolve
 * the names to our files and check each call against what they declare and what they need
 * (permissions.ts).
 *
 * One implementation for two readers: test/actions/metadata.test.ts checks this repository's own
 * workflows with it (ownCallProblems, as text), and `mlops doctor` checks a team's workflows
 * (findOwnCallProblems, with key paths for file:line and a kind that decides the severity).
 */
import { publishedCoordinates } from '../runtime/published-coordinates.js';
import type { ActionInput, ActionMeta, OwnFiles } from './own-files.js';
import { access, levelName, neededPermissions, unmetNeeds, ALL_SCOPES, type CallArgs, type Need } from './permissions.js';
import { isExpression, strings, workflowCallOf, type KeyPath, type Permissions, type Workflow, type WorkflowJob } from './workflow.js';

const OWNER = '[A-Za-z0-9_.-]+';
/** Anything under a repository named mlops-actions, whoever's fork it is. */
export const OWN_USES = new RegExp(`^${OWNER}/mlops-actions/`);
const ownAction = new RegExp(`^${OWNER}/${OWNER}/actions/([^/@]+)@(.+)$`);
const ownWorkflow = new RegExp(`^${OWNER}/${OWNER}/(\\.github/workflows/[^/@]+)@(.+)$`);
/** Our reusable workflows' file names, whatever the repository holding them is called. */
const OWN_WORKFLOW_FILE = /^\.github\/workflows\/mlops-[^/@]+\.ya?ml$/;

/**
 * Whether a `uses:` calls us: anything under a repository named mlops-actions, or, under any other
 * name (`mlops init --uses acme/ml-actions@v1.4.2`, a fork renamed), one of our actions by its step
 * name or one of our reusable workflows (`mlops-*.yml`).
 */
export function isOwnUses(uses: string, own?: Pick<OwnFiles, 'action'>): boolean {
  if (OWN_USES.test(uses)) return true;
  const a = ownAction.exec(uses);
  if (a) return own ? own.action(a[1]!) !== undefined : false;
  const w = ownWorkflow.exec(uses);
  return w !== null && OWN_WORKFLOW_FILE.test(w[1]!);
}
/** The tag our release moves (`v1` for 1.x): package.json's major, as init writes it. */
export const majorTag = (): string => publishedCoordinates().ref;

const stepOutputRef = /\bsteps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;
const jobOutputRef = /\bjobs\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;
const defaultToken = /^\s*\$\{\{\s*(?:github\.token|secrets\.GITHUB_TOKEN)\s*\}\}\s*$/;

export type OwnCallProblemKind =
  | 'not-ours'
  | 'pin'
  | 'unknown-action'
  | 'unknown-workflow'
  | 'unknown-input'
  | 'missing-input'
  | 'input-type'
  | 'unknown-output'
  | 'undeclared-job-output'
  | 'permission-overreach'
  | 'permission'
  | 'permission-maybe'
  | 'permission-default';

export interface OwnCallProblem {
  kind: OwnCallProblemKind;
  /** `file jobs.x.steps[0] (uses)`: the call, as the text form names it. */
  where: string;
  message: string;
  /** Key path of the place in the workflow, for file:line. */
  path: KeyPath;
  /** The job's id. */
  job?: string;
  /** The ref a call is pinned to (kind pin). */
  ref?: string;
  /** permission kinds: the scopes to grant, as `scope: level`. */
  grant?: string[];
}

/** The step or reusable workflow a `uses:` names, when it is ours. */
export function ownTargetOf(uses: string | undefined, own?: Pick<OwnFiles, 'action'>): { target: string; step?: string; ref: string } | undefined {
  if (!uses || !isOwnUses(uses, own)) return undefined;
  const a = ownAction.exec(uses);
  if (a) return { target: `actions/${a[1]}`, step: a[1], ref: a[2]! };
  const w = ownWorkflow.exec(uses);
  if (w) return { target: w[1]!, ref: w[2]! };
  return undefined;
}

const isRequired = (i: ActionInput) => i.required === true && i.default === undefined;

/** A call's inputs: the value under with:, else the declared default; its secrets (reusable workflows). */
export function callArgsOf(given: Record<string, unknown> | undefined, declared: Record<string, ActionInput> | undefined, secrets?: WorkflowJob['secrets']): CallArgs {
  return {
    value: (name) => (given && Object.hasOwn(given, name) ? given[name] : declared?.[name]?.default),
    secret: (name) => (secrets && typeof secrets === 'object' && Object.hasOwn(secrets, name) ? secrets[name] : undefined),
  };
}

/** One problem naming every required input the call leaves out. */
function missingInputs(declared: Record<string, ActionInput>, given: Record<string, unknown>, base: Pick<OwnCallProblem, 'where' | 'job' | 'path'>): OwnCallProblem[] {
  const missing = Object.entries(declared).filter(([key, input]) => isRequired(input) && !(key in given)).map(([key]) => key);
  if (missing.length === 0) return [];
  return [{ ...base, kind: 'missing-input', message: missing.length === 1 ? `required input ${missing[0]} is not given` : `required inputs ${missing.join(', ')} are not given` }];
}

/** Where a job's grant is written: its permissions, else the workflow's, else the job. */
function grantPath(wf: Workflow, jobId: string, job: WorkflowJob): KeyPath {
  return job.permissions !== undefined ? ['jobs', jobId, 'permissions'] : wf.permissions !== undefined ? ['permissions'] : ['jobs', jobId];
}

function permissionProblems(needs: Need[], granted: Permissions | undefined, subject: string, base: Omit<OwnCallProblem, 'kind' | 'message' | 'grant'>, skip: ReadonlySet<string> = new Set()): OwnCallProblem[] {
  if (needs.length === 0) return [];
  if (granted === undefined) {
    return [{ ...base, kind: 'permission-default', message: `${subject} needs ${needs.map((n) => `${n.scope}: ${n.level}`).join(', ')}; the job has no permissions block`, grant: needs.map((n) => `${n.scope}: ${n.level}`) }];
  }
  return unmetNeeds(needs, granted)
    .filter((n) => !skip.has(n.scope))
    .map((n) => ({
      ...base,
      kind: n.when === 'yes' ? 'permission' : 'permission-maybe',
      message:
        n.when === 'yes'
          ? `${subject} needs ${n.scope}: ${n.level} for ${n.why}, but this job grants ${levelName(n.granted)}`
          : `${subject} may need ${n.scope}: ${n.level} for ${n.why} (an expression decides), but this job grants ${levelName(n.granted)}`,
      grant: [`${n.scope}: ${n.level}`],
    }));
}

/** Every way a workflow's calls of our actions and reusable workflows disagree with what they declare and need. */
export function findOwnCallProblems(file: string, wf: Workflow, own: OwnFiles): OwnCallProblem[] {
  const problems: OwnCallProblem[] = [];
  for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
    if (!job || typeof job !== 'object') continue;
    const at = `${file} jobs.${jobId}`;
    const granted = job.permissions ?? wf.permissions;
    const stepOutputs = new Map<string, Set<string>>();
    for (const [n, step] of (Array.isArray(job.steps) ? job.steps : []).entries()) {
      if (!step || typeof step.uses !== 'string' || !isOwnUses(step.uses, own)) continue;
      const where = `${at}.steps[${n}] (${step.uses})`;
      const path: KeyPath = ['jobs', jobId, 'steps', n];
      const base = { where, job: jobId };
      const m = ownAction.exec(step.uses);
      if (!m) {
        problems.push({ ...base, kind: 'not-ours', path: [...path, 'uses'], message: 'not one of our actions (actions/<step>@v1)' });
        continue;
      }
      const [, name, ref] = m as unknown as [string, string, string];
      if (ref !== majorTag()) problems.push({ ...base, kind: 'pin', path: [...path, 'uses'], ref, message: `pinned to ${ref}, not the major version ${majorTag()}` });
      const meta: ActionMeta | undefined = own.action(name);
      if (!meta) {
        problems.push({ ...base, kind: 'unknown-action', path: [...path, 'uses'], message: `no actions/${name}/action.yml` });
        continue;
      }
      const inputs = meta.inputs ?? {};
      const given = step.with && typeof step.with === 'object' ? step.with : {};
      for (const key of Object.keys(given)) if (!(key in inputs)) problems.push({ ...base, kind: 'unknown-input', path: [...path, 'with', key], message: `with.${key} is not an input of actions/${name}` });
      problems.push(...missingInputs(inputs, given, { ...base, path }));
      if (step.id) stepOutputs.set(step.id, new Set(Object.keys(meta.outputs ?? {})));
      // A step given a token of its own does not use the job's GITHUB_TOKEN.
      const token = given.token;
      if (token === undefined || (typeof token === 'string' && defaultToken.test(token))) {
        problems.push(...permissionProblems(neededPermissions(`actions/${name}`, callArgsOf(given, inputs)), granted, `actions/${name}`, { ...base, path: grantPath(wf, jobId, job) }));
      }
    }
    // Outputs of our steps read anywhere in the job (later steps, job outputs, environment url).
    for (const text of strings(job)) {
      for (const [, id, name] of text.matchAll(stepOutputRef)) {
        const declared = stepOutputs.get(id!);
        if (declared && !declared.has(name!)) problems.push({ kind: 'unknown-output', where: at, job: jobId, path: ['jobs', jobId], message: `steps.${id}.outputs.${name} is not an output of that action` });
      }
    }
    if (typeof job.uses === 'string' && isOwnUses(job.uses, own)) {
      const where = `${at} (${job.uses})`;
      const base = { where, job: jobId };
      const m = ownWorkflow.exec(job.uses);
      if (!m) {
        problems.push({ ...base, kind: 'not-ours', path: ['jobs', jobId, 'uses'], message: 'not one of our reusable workflows (.github/workflows/<file>@v1)' });
        continue;
      }
      const [, path, ref] = m as unknown as [string, string, string];
      if (ref !== majorTag()) problems.push({ ...base, kind: 'pin', path: ['jobs', jobId, 'uses'], ref, message: `pinned to ${ref}, not the major version ${majorTag()}` });
      const called = own.workflow(path);
      const call = workflowCallOf(called);
      if (!called || !call) {
        problems.push({ ...base, kind: 'unknown-workflow', path: ['jobs', jobId, 'uses'], message: `no reusable workflow (on: workflow_call) at ${path}` });
        continue;
      }
      const inputs = call.inputs ?? {};
      const given = job.with && typeof job.with === 'object' ? job.with : {};
      for (const [key, value] of Object.entries(given)) {
        const input = inputs[key];
        if (!input) {
          problems.push({ ...base, kind: 'unknown-input', path: ['jobs', jobId, 'with', key], message: `with.${key} is not an input of ${path}` });
          continue;
        }
        if ((input.type === 'boolean' || input.type === 'number') && !isExpression(value) && typeof value !== input.type) {
          problems.push({ ...base, kind: 'input-type', path: ['jobs', jobId, 'with', key], message: `with.${key} is ${JSON.stringify(value)}, but the input is a ${input.type}` });
        }
      }
      problems.push(...missingInputs(inputs, given, { ...base, path: ['jobs', jobId] }));
      // GitHub refuses to start the whole run when a called job asks for more than the caller grants.
      const over = new Set<string>();
      for (const [calledId, calledJob] of Object.entries(called.jobs ?? {})) {
        const asked = calledJob.permissions ?? called.permissions;
        if (asked === undefined || granted === undefined) continue;
        const scopes = typeof asked === 'string' ? ALL_SCOPES : Object.keys(asked);
        for (const scope of scopes) {
          if ((access(asked, scope) ?? 0) > (access(granted, scope) ?? 0)) {
            over.add(scope);
            const level = typeof asked === 'string' ? asked : asked[scope];
            problems.push({ ...base, kind: 'permission-overreach', path: grantPath(wf, jobId, job), message: `${path} job ${calledId} asks for ${scope}: ${level}, more than this job grants`, grant: [`${scope}: ${level === 'write-all' ? 'write' : level === 'read-all' ? 'read' : level}`] });
          }
        }
      }
      const args = callArgsOf(given, inputs, job.secrets);
      problems.push(...permissionProblems(neededPermissions(path, args), granted, path, { ...base, path: grantPath(wf, jobId, job) }, over));
    }
  }
  // A reusable workflow's outputs read its jobs' outputs: a misspelt one is silently empty.
  for (const [name, output] of Object.entries(workflowCallOf(wf)?.outputs ?? {})) {
    for (const [, jobId, jobOutput] of (output?.value ?? '').matchAll(jobOutputRef)) {
      if (!(jobOutput! in (wf.jobs?.[jobId!]?.outputs ?? {}))) {
        problems.push({ kind: 'undeclared-job-output', where: `${file} on.workflow_call.outputs.${name}`, path: ['on', 'workflow_call', 'outputs', name], message: `jobs.${jobId}.outputs.${jobOutput} is not declared` });
      }
    }
  }
  return problems;
}

/**
 * The problems as text (`<where>: <message>`), for this repository's own workflows. A job without
 * a permissions block is not one: in a reusable workflow it takes the caller's grant.
 */
export function ownCallProblems(file: string, wf: Workflow, action: OwnFiles['action'], workflow: OwnFiles['workflow']): string[] {
  return findOwnCallProblems(file, wf, { action, workflow })
    .filter((p) => p.kind !== 'permission-default')
    .map((p) => `${p.where}: ${p.message}`);
}
