/**
 * Doctor's checks of one workflow file: its calls of our actions and reusable workflows (inputs,
 * outputs, pins, permissions: own-calls.ts and the table in permissions.ts) and the environments
 * its promotions run in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { parse } from 'yaml';
import { check, type Check } from './check.js';
import type { OwnFiles } from './own-files.js';
import { findOwnCallProblems, majorTag, type OwnCallProblem } from './own-calls.js';
import { literalOf, possibleValues, type OwnUse } from './own-uses.js';
import { eventsOf, workflowCallOf, type KeyPath, type WorkflowSource } from './workflow.js';

/** GitHub: "An environment name may not exceed 255 characters"; names are not case sensitive. */
export const MAX_ENVIRONMENT_NAME_LENGTH = 255;
/** promote-model's alias rule (shared/registry/tag.ts). */
const ALIAS_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const SHA_RE = /^[0-9a-f]{40}$/;

function grantFix(p: OwnCallProblem): string {
  const where = p.path[0] === 'permissions' ? 'the workflow\'s permissions' : `jobs.${p.job}.permissions`;
  return `grant ${p.grant!.join(', ')} in ${where} (a job's permissions replace the workflow's, so list every scope the job needs)`;
}

/** Our repository's call problems as doctor findings, each with its severity and a fix. */
function callCheck(p: OwnCallProblem, source: WorkflowSource, onlyCalled: boolean): Check | undefined {
  const location = source.locate(p.path);
  // `jobs.x.steps[0] (compare)`: the file is in the location, the ref (when it matters) in the message.
  const subject = p.where.slice(source.file.length + 1).replace(/\((?:[^()]*\/)?([^/()@]+)@[^()]*\)/, '($1)');
  const message = `${subject}: ${p.message}`;
  const inStep = p.path.includes('steps');
  switch (p.kind) {
    case 'pin':
      // A commit SHA or a release tag of our major version is a deliberate pin; a branch moves under you.
      if (SHA_RE.test(p.ref!) || new RegExp(`^${majorTag()}(?:\\.\\d+){0,2}$`).test(p.ref!)) return undefined;
      return check('workflows', 'warn', message, { location, fix: `pin to ${majorTag()} (or a ${majorTag()} release tag or commit SHA): a branch changes under you, and doctor checks the calls against ${majorTag()}` });
    case 'unknown-input':
      // The runner only warns about an action's unexpected input (and drops it); GitHub refuses to start a run that passes a reusable workflow one.
      return check('workflows', inStep ? 'warn' : 'error', message, { location, fix: inStep ? 'remove it or fix its name: the runner ignores it' : 'remove it or fix its name: GitHub refuses to start the run' });
    case 'missing-input':
      return check('workflows', 'error', message, { location, fix: 'add it under with:' });
    case 'input-type':
      return check('workflows', 'error', message, { location, fix: 'write the value without quotes (GitHub refuses to start the run)' });
    case 'not-ours':
    case 'unknown-action':
    case 'unknown-workflow':
      return check('workflows', 'error', message, { location, fix: 'use one of mlops-actions\' steps (actions/<step>@v1) or reusable workflows (.github/workflows/mlops-*.yml@v1)' });
    case 'unknown-output':
    case 'undeclared-job-output':
      return check('workflows', 'error', message, { location, fix: 'fix the name: an undeclared output reads as empty' });
    case 'permission-overreach':
      return check('permissions', 'error', `${message} (GitHub refuses to start the run)`, { location, fix: grantFix(p) });
    case 'permission':
      return check('permissions', 'error', `${message}: the step fails when it gets there`, { location, fix: grantFix(p) });
    case 'permission-maybe':
      return check('permissions', 'warn', message, { location, fix: grantFix(p) });
    case 'permission-default':
      // In a workflow that is only ever called, the job gets its caller's grant: checked where it is called.
      if (onlyCalled) return undefined;
      return check('permissions', 'warn', `${message}, so it gets the repository's default token permissions (read-only for repositories and organizations created since February 2023)`, {
        location,
        fix: `grant them explicitly: permissions: { ${p.grant!.join(', ')} } on jobs.${p.job}`,
      });
  }
}

export function workflowCallChecks(source: WorkflowSource, own: OwnFiles): Check[] {
  const events = eventsOf(source.workflow);
  const onlyCalled = workflowCallOf(source.workflow) !== undefined && events.every((e) => e === 'workflow_call');
  return findOwnCallProblems(source.file, source.workflow, own)
    .map((p) => callCheck(p, source, onlyCalled))
    .filter((c): c is Check => c !== undefined);
}

/** Why an environment name is not one GitHub takes (undefined: it is fine). */
export function environmentNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'is empty';
  if (name !== name.trim()) return 'starts or ends with a space';
  if (name.length > MAX_ENVIRONMENT_NAME_LENGTH) return `is ${name.length} characters long (GitHub allows ${MAX_ENVIRONMENT_NAME_LENGTH})`;
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains a control character';
  return undefined;
}

/** Why an alias is not one promote-model takes (undefined: it is fine). */
export function aliasProblem(alias: string): string | undefined {
  if (alias === 'latest') return 'is reserved (it means the highest published version)';
  if (alias.length > 64) return `is ${alias.length} characters long (at most 64)`;
  if (!ALIAS_RE.test(alias)) return 'is not lowercase letters, digits and single hyphens starting with a letter';
  return undefined;
}

/**
 * The environments promotions run in: names GitHub and promote-model accept, the job gated by the
 * environment the step records, and production only behind require-approval.
 */
export function environmentChecks(uses: readonly OwnUse[]): Check[] {
  const out: Check[] = [];
  for (const use of uses.filter((u) => u.steps.includes('promote-model'))) {
    const { source, job, jobId } = use;
    const wf = source.workflow;
    const at = (key: string): KeyPath => [...use.path, 'with', key];
    const subject = use.step ? `jobs.${jobId}.steps[${use.path[3]}] (promote-model)` : `jobs.${jobId} (${use.target.split('/').pop()})`;
    const aliasValues = possibleValues(use.given.alias, job, wf, jobId);
    for (const alias of aliasValues?.values ?? []) {
      const problem = aliasProblem(alias);
      if (problem) out.push(check('environments', 'error', `${subject}: alias "${alias}" (${aliasValues!.from}) ${problem}`, { location: source.locate(aliasValues!.path ?? at('alias')), fix: 'use staging, production, or another lowercase name like canary' }));
    }
    const envGiven = use.given.environment !== undefined && use.given.environment !== '';
    const envValues = envGiven ? possibleValues(use.given.environment, job, wf, jobId) : aliasValues;
    for (const env of envGiven ? envValues?.values ?? [] : []) {
      const problem = environmentNameProblem(env);
      if (problem) out.push(check('environments', 'error', `${subject}: environment "${env}" (${envValues!.from}) ${problem}`, { location: source.locate(envValues!.path ?? at('environment')), fix: 'use the name of an environment in Settings > Environments' }));
    }

    // The action in a job of the team's own: the job's environment: is what holds it for approval.
    if (use.step) {
      const jobEnv = typeof job.environment === 'string' ? job.environment : job.environment?.name;
      const stepEnv = literalOf(use.given.environment) ?? literalOf(use.given.alias);
      if (!jobEnv) {
        out.push(check('environments', 'warn', `${subject}: jobs.${jobId} has no environment:, so nothing holds the promotion for approval`, { location: source.locate(['jobs', jobId]), fix: `add environment: ${stepEnv ?? '<the alias>'} to jobs.${jobId}, with required reviewers in Settings > Environments` }));
      } else if (stepEnv && literalOf(jobEnv) && jobEnv.toLowerCase() !== stepEnv.toLowerCase()) {
        out.push(check('environments', 'error', `${subject}: the job runs in environment "${jobEnv}" but promote-model records "${stepEnv}"`, { location: source.locate(['jobs', jobId, 'environment']), fix: 'give promote-model the job\'s environment (input environment), or run the job in the alias\'s environment' }));
      }
    }

    const names = envValues?.values ?? [];
    const production = names.some((n) => n.toLowerCase() === 'production') || envValues?.open === true || envValues === undefined;
    const approval = use.args.value('require-approval');
    const approvalText = String(approval ?? '').trim().toLowerCase();
    const onForProduction = approvalText === 'true' || (typeof approval === 'string' && approval.includes('${{') && /'production'/i.test(approval));
    // In a reusable workflow that passes its caller's input through, the caller decides: checked there.
    const passedThrough = workflowCallOf(wf) !== undefined && typeof approval === 'string' && /^\s*\$\{\{\s*inputs\.[\w-]+\s*\}\}\s*$/.test(approval);
    if (production && !onForProduction && !passedThrough) {
      const certain = names.some((n) => n.toLowerCase() === 'production');
      out.push(
        check('environments', 'warn', `${subject}: ${certain ? 'promotes to production' : 'may promote to production'} without require-approval${approval === undefined ? '' : ` (${JSON.stringify(approval)})`}, so it moves the alias even when the environment has no required reviewers`, {
          location: source.locate(approval === undefined ? use.path : at('require-approval')),
          fix: `set require-approval: true (or \${{ ${aliasExpression(use.given.alias)} == 'production' }}), and add required reviewers to the production environment`,
        }),
      );
    }
    if (names.length > 0) {
      out.push(
        check('environments', 'ok', `${subject}: promotes to ${names.map((n) => `"${n}"`).join(', ')}${envValues!.from === 'literal' ? '' : ` (${envValues!.from})`}`, {
          location: source.locate(use.path),
          note: 'make sure each environment exists in Settings > Environments, production with required reviewers: GitHub creates a missing one without any protection rules, and doctor cannot see the settings offline',
        }),
      );
    }
  }
  return out;
}

function aliasExpression(alias: unknown): string {
  const m = typeof alias === 'string' ? /^\s*\$\{\{\s*([\w.-]+)\s*\}\}\s*$/.exec(alias) : null;
  return m ? m[1]! : 'inputs.alias';
}

/** One line per file whose calls of our steps raised nothing. */
export function workflowOk(source: WorkflowSource, uses: readonly OwnUse[], found: readonly Check[]): Check | undefined {
  if (uses.length === 0) return undefined;
  if (found.some((c) => c.location?.file === source.file && c.status !== 'ok')) return undefined;
  const targets = [...new Set(uses.map((u) => u.target.replace(/^actions\//, '').replace(/^\.github\/workflows\//, '')))];
  return check('workflows', 'ok', `calls ${targets.join(', ')} with inputs they declare and the permissions they need`, { location: { file: source.file } });
}

/**
 * The repository's own steps (`uses: ./actions/NAME`, as `mlops new-action` scaffolds them): the
 * runner runs the committed bundle, so a JavaScript action whose main file is not there fails.
 */
export function localActionChecks(source: WorkflowSource, dir: string): Check[] {
  const out: Check[] = [];
  for (const [jobId, job] of Object.entries(source.workflow.jobs ?? {})) {
    for (const [n, step] of (Array.isArray(job?.steps) ? job.steps : []).entries()) {
      const uses = step?.uses;
      if (typeof uses !== 'string' || !uses.startsWith('./')) continue;
      const rel = normalize(uses).replace(/\\/g, '/').replace(/\/$/, '');
      if (rel.startsWith('..')) continue;
      const location = source.locate(['jobs', jobId, 'steps', n, 'uses']);
      const metaFile = ['action.yml', 'action.yaml'].map((f) => join(dir, rel, f)).find((f) => existsSync(f));
      if (!metaFile) {
        out.push(check('workflows', 'error', `jobs.${jobId}.steps[${n}]: ${uses} has no action.yml`, { location, fix: 'fix the path, or scaffold the step with mlops new-action NAME' }));
        continue;
      }
      let runs: { using?: unknown; main?: unknown } | undefined;
      try {
        runs = (parse(readFileSync(metaFile, 'utf8')) as { runs?: typeof runs } | null)?.runs;
      } catch {
        out.push(check('workflows', 'error', `jobs.${jobId}.steps[${n}]: ${rel}/${metaFile.endsWith('yaml') ? 'action.yaml' : 'action.yml'} is not valid YAML`, { location, fix: 'fix the file: the runner cannot load the step' }));
        continue;
      }
      if (typeof runs?.using !== 'string' || !/^node\d+$/.test(runs.using) || typeof runs.main !== 'string') continue;
      if (!existsSync(join(dir, rel, runs.main))) {
        out.push(check('workflows', 'error', `jobs.${jobId}.steps[${n}]: ${uses} runs ${runs.main}, which is not in the repository`, { location, fix: `build it (cd ${rel} && npm run build) and commit ${runs.main}: the runner runs the committed bundle and installs nothing` }));
      }
    }
  }
  return out;
}
