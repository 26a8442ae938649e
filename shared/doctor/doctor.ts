/**
 * `mlops doctor`: checks a repository's mlops-actions setup offline and says what to fix.
 *
 *   config        mlops.yaml (and any other config a workflow names) exists and loads
 *   workflows     .github/workflows/*.yml parse; calls of our actions and reusable workflows pass
 *                 inputs they declare, read outputs they declare, and are pinned to v1; the
 *                 repository's own steps (./actions/NAME) have their committed bundle
 *   permissions   each calling job grants what the call needs (the table in permissions.ts)
 *   environments  promotions run in valid environments, production behind require-approval
 *   secrets       the secrets and variables workflows read (to check by hand), and drift sources'
 *                 secret_env names reach the drift job
 *   models        each model a workflow runs a step for has what that step reads from mlops.yaml;
 *                 drift file sources that match no file
 *   (workflows)   evaluate's columns against the predictions file, when training wrote one here
 *
 * It reads files only: what lives in GitHub's settings (secrets, environments and their reviewers,
 * the default token permissions) is listed for a person to check, never guessed. The JSON form is
 * `mlops-actions/doctor@1` (docs/doctor.md).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CONFIG_FILE } from '../config/mlops-config.js';
import { UsageError, formatLocation } from '../runtime/errors.js';
import { packageRoot } from '../runtime/package-root.js';
import { check, type Check, type CheckArea, type CheckStatus } from './check.js';
import { configFileOf, loadRepoConfig, modelChecks, type LoadedConfig } from './config-checks.js';
import { driftSourceChecks, evaluateInputChecks } from './local-file-checks.js';
import { ownFilesAt, type OwnFiles } from './own-files.js';
import { ownUsesOf, type OwnUse } from './own-uses.js';
import { secretListChecks, sourceSecretChecks } from './secrets-check.js';
import { environmentChecks, localActionChecks, workflowCallChecks, workflowOk } from './workflow-checks.js';
import { WorkflowSource } from './workflow.js';

export const DOCTOR_SCHEMA = 'mlops-actions/doctor@1';
export const WORKFLOWS_DIR = '.github/workflows';

export interface DoctorOptions {
  /** The repository's root. */
  dir: string;
  /** Our actions and reusable workflows (default: this package's). */
  own?: OwnFiles;
}

export interface DoctorReport {
  schema: typeof DOCTOR_SCHEMA;
  root: string;
  counts: Record<CheckStatus, number>;
  checks: Check[];
}

const AREAS: CheckArea[] = ['config', 'workflows', 'permissions', 'environments', 'secrets', 'models'];

/** The repository's workflow files, parsed; one that does not parse is a check, not a throw. */
export async function readWorkflows(dir: string): Promise<{ sources: WorkflowSource[]; checks: Check[] }> {
  const folder = join(dir, WORKFLOWS_DIR);
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => /\.ya?ml$/.test(f) && statSync(join(folder, f)).isFile()).sort() : [];
  if (files.length === 0) {
    return {
      sources: [],
      checks: [check('workflows', 'warn', `no workflows in ${WORKFLOWS_DIR}/`, { location: { file: WORKFLOWS_DIR }, fix: "copy the starter workflows from mlops-actions' workflows/ folder (mlops init writes them)" })],
    };
  }
  const sources: WorkflowSource[] = [];
  const checks: Check[] = [];
  for (const f of files) {
    const rel = `${WORKFLOWS_DIR}/${f}`;
    const parsed = WorkflowSource.parse(await readFile(join(folder, f), 'utf8'), rel);
    if ('error' in parsed) checks.push(check('workflows', 'error', parsed.error.what, { location: parsed.error.location, fix: 'GitHub does not run a workflow it cannot parse: fix the YAML (indentation, quoting) at this place' }));
    else sources.push(parsed);
  }
  return { sources, checks };
}

export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const dir = resolve(options.dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${options.dir} is not a folder`, { hint: 'pass --dir with the root of your repository (default: the current folder)' });
  const own = options.own ?? ownFilesAt(packageRoot());
  const checks: Check[] = [];

  const { sources, checks: yamlChecks } = await readWorkflows(dir);
  checks.push(...yamlChecks);
  const uses: OwnUse[] = sources.flatMap((s) => ownUsesOf(s, own));
  for (const source of sources) checks.push(...workflowCallChecks(source, own), ...localActionChecks(source, dir));

  // mlops.yaml, and any other config file a workflow names.
  const configs = new Map<string, LoadedConfig>();
  configs.set(CONFIG_FILE, await loadRepoConfig(dir, CONFIG_FILE));
  for (const use of uses) {
    const file = configFileOf(use);
    if (!configs.has(file)) configs.set(file, await loadRepoConfig(dir, file, { where: `${use.source.file} jobs.${use.jobId}`, location: use.source.locate([...use.path, 'with', 'config']) }));
  }
  checks.push(...[...configs.values()].map((c) => c.check));

  checks.push(...environmentChecks(uses));
  checks.push(...secretListChecks(sources));
  checks.push(
    ...sourceSecretChecks(uses, (use) => {
      const loaded = configs.get(configFileOf(use));
      return loaded?.config ? { file: loaded.file, config: loaded.config } : undefined;
    }),
  );
  checks.push(...modelChecks(uses, configs));
  checks.push(...(await evaluateInputChecks(uses, dir)), ...(await driftSourceChecks(uses, configs, dir)));
  for (const source of sources) {
    const ok = workflowOk(source, uses.filter((u) => u.source === source), checks);
    if (ok) checks.push(ok);
  }

  const ordered = AREAS.flatMap((area) => checks.filter((c) => c.area === area));
  const counts: Record<CheckStatus, number> = { ok: 0, warn: 0, error: 0 };
  for (const c of ordered) counts[c.status]++;
  return { schema: DOCTOR_SCHEMA, root: dir, counts, checks: ordered };
}

/** 1 when any check is an error (warnings alone pass), else 0. */
export const doctorExitCode = (report: DoctorReport): number => (report.counts.error > 0 ? 1 : 0);

const LABEL: Record<CheckStatus, string> = { error: 'error', warn: 'warn ', ok: 'ok   ' };

/** For people: errors, then warnings, then what checked out; each with its place and fix. */
export function renderDoctorText(report: DoctorReport): string {
  const lines = [`mlops doctor: ${report.root}`, ''];
  for (const status of ['error', 'warn', 'ok'] as const) {
    for (const c of report.checks.filter((x) => x.status === status)) {
      const where = c.location ? `${formatLocation(c.location)}: ` : '';
      lines.push(`${LABEL[status]}  ${where}${c.message}`);
      if (c.fix) lines.push(`       fix: ${c.fix}`);
      if (c.note) lines.push(`       note: ${c.note}`);
    }
  }
  const { ok, warn, error } = report.counts;
  lines.push('', `${error} error${error === 1 ? '' : 's'}, ${warn} warning${warn === 1 ? '' : 's'}, ${ok} ok`, '');
  return lines.join('\n');
}
