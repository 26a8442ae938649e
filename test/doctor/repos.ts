/**
 * Team repositories for the doctor tests, built in temp folders: our starter workflows (workflows/)
 * copied into .github/workflows/ as the README tells teams to, a complete mlops.yaml for the model
 * they name, and edits that break one thing at a time. Edits fail loudly when the text they change
 * is not there, so a changed template cannot turn a test into one that checks nothing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli, type CliIo, type Program } from '../../shared/runtime/cli.js';
import { doctorCommand } from '../../shared/cli/commands/doctor.js';
import { runDoctor, type DoctorReport } from '../../shared/doctor/doctor.js';
import type { Check } from '../../shared/doctor/check.js';
import { repoRoot } from '../support/run-action.js';

/** Everything the starter workflows' model (churn) needs: gate rules, model card text, a drift source. */
export const COMPLETE_CONFIG = `version: 1
models:
  churn:
    task: binary
    metrics:
      roc_auc: { threshold: 0.8, max_regression: 0.01 }
release:
  models:
    churn:
      intended_use: Rank customers by their risk of leaving, for the retention team.
      limitations: Trained on 2024 customers of one country.
      owners: [ml-team]
drift:
  models:
    churn:
      sources:
        - files: ["prod/*.csv"]
`;

export const starterWorkflows = (): Record<string, string> =>
  Object.fromEntries(readdirSync(join(repoRoot, 'workflows')).filter((f) => f.endsWith('.yml')).map((f) => [f, readFileSync(join(repoRoot, 'workflows', f), 'utf8')]));

export interface RepoSpec {
  workflows?: Record<string, string>;
  /** mlops.yaml's text; null: no mlops.yaml. */
  config?: string | null;
  files?: Record<string, string>;
}

export function makeRepo(spec: RepoSpec = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-doctor-'));
  const workflows = spec.workflows ?? starterWorkflows();
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  for (const [name, text] of Object.entries(workflows)) writeFileSync(join(dir, '.github/workflows', name), text);
  if (spec.config !== null) writeFileSync(join(dir, 'mlops.yaml'), spec.config ?? COMPLETE_CONFIG);
  // The drift source of COMPLETE_CONFIG matches a file, as a team's production data would.
  for (const [rel, text] of Object.entries({ 'prod/2025-01.csv': 'tenure,plan\n3,basic\n', ...spec.files })) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** `text` with `from` replaced by `to`; throws when `from` is not in it. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`edit: ${JSON.stringify(from)} is not in the text`);
  return text.replace(from, to);
}

/** The starter workflows with edits to some of them. */
export function starterWith(edits: Record<string, Array<[string, string]>>): Record<string, string> {
  const wfs = starterWorkflows();
  for (const [file, list] of Object.entries(edits)) for (const [from, to] of list) wfs[file] = edit(wfs[file]!, from, to);
  return wfs;
}

/** The 1-based line of the first line of `text` containing `needle` (after `after`, when given). */
export function lineOf(text: string, needle: string, after?: string): number {
  const lines = text.split('\n');
  const start = after === undefined ? 0 : lines.findIndex((l) => l.includes(after));
  const i = lines.findIndex((l, n) => n >= start && l.includes(needle));
  if (i < 0) throw new Error(`lineOf: ${JSON.stringify(needle)} not found`);
  return i + 1;
}

export const doctor = (dir: string): Promise<DoctorReport> => runDoctor({ dir });
export const problems = (r: DoctorReport): Check[] => r.checks.filter((c) => c.status !== 'ok');
export const errors = (r: DoctorReport): Check[] => r.checks.filter((c) => c.status === 'error');
export const warnings = (r: DoctorReport): Check[] => r.checks.filter((c) => c.status === 'warn');
export const listChecks = (cs: Check[]): string => cs.map((c) => `${c.status} ${c.location?.file}:${c.location?.line}: ${c.message}`).join('\n');

const program: Program = { name: 'mlops', version: 'test', summary: 'test', commands: [doctorCommand] };

/** `mlops doctor ARGS` through the CLI face: exit code and what it printed. */
export async function mlopsDoctor(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), env: {} };
  const code = await runCli(['doctor', ...args], program, io);
  return { code, out, err };
}
