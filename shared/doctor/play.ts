/**
 * `mlops doctor --run`: plays the PR report locally before pushing. It reads the repository's own
 * workflows (planPlays), runs their validate-data, train and evaluate steps with the `with:` values
 * they pass, through the actions' own bundles (action-process.ts: the code the runner runs), then
 * compares the evaluation with a local baseline through the compare step and a LocalForge, which
 * writes the comment, job summary and check run the PR would get. Nothing is posted.
 *
 * The baseline (`auto`): the local registry's production version of the model when the registry
 * has one, else the evaluation of the last `doctor --run` whose gate passed (kept in
 * `<out-dir>/previous/`, standing in for the base branch's last run), else none (a first run).
 */
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseModelRulesText } from '../config/mlops-config.js';
import type { CompareStepResult } from '../steps/compare.js';
import type { CompareStepBaseline } from '../compare/baseline.js';
import { LocalForge } from '../local/local-forge.js';
import { DEFAULT_REGISTRY_DIR, openLocalRegistry } from '../local/local-registry.js';
import { formatLocation, UsageError, type SourceLocation } from '../runtime/errors.js';
import { runActionProcess, type ActionAnnotation } from './action-process.js';
import type { OwnFiles } from './own-files.js';
import { resolveExpressions, type ExpressionContext } from './play-expression.js';
import { compareSettingsOf, planPlays, PLAYED_STEPS, type Play, type PlayInput } from './play-plan.js';
import type { WorkflowSource } from './workflow.js';
import { whatChangedLine } from '../report/what-changed-section.js';
import { PROFILE_ASSET, RUN_ASSET } from '../formats/manifest-format.js';

export type BaselineChoice = 'auto' | 'production' | 'previous' | 'none' | { file: string };

export interface PlayOptions {
  dir: string;
  sources: readonly WorkflowSource[];
  own: OwnFiles;
  /** The package whose actions/<step>/dist/index.js bundles are run. */
  packageRoot: string;
  outDir: string;
  /** Play only this workflow file (`.github/workflows/pr-report.yml` or `pr-report.yml`). */
  workflow?: string;
  baseline: BaselineChoice;
  /** The local registry (default .mlops/registry in dir). */
  registry?: string;
  /** Progress lines, as they happen. */
  log: (line: string) => void;
}

export interface PlayedStep {
  step: string;
  status: 'passed' | 'failed' | 'skipped';
  /** Why skipped, or what failed. */
  note?: string;
  exitCode?: number;
  annotations: ActionAnnotation[];
  outputs: Record<string, string>;
  logFile?: string;
  location: SourceLocation;
}

export interface PlayReport {
  workflow: string;
  job: string;
  steps: PlayedStep[];
  /** The first thing that would fail the job, said as a person acts on it. */
  failure?: string;
  compare?: { verdict: string; exitCode: number; comment: string; summary: string; checkRun?: string; baseline: string; failures: string[]; whatChanged?: string };
}

export interface PlayResult {
  plays: PlayReport[];
  /** 0: the PR jobs would pass; 1: something would fail (each play's failure says what). */
  exitCode: number;
}

const where = (input: PlayInput | undefined, fallback: SourceLocation) => formatLocation(input?.location ?? fallback);

/** The PR-triggered plays (or the one workflow asked for). */
function choosePlays(plays: Play[], workflow: string | undefined): Play[] {
  if (workflow !== undefined) {
    const want = workflow.includes('/') ? workflow : `.github/workflows/${workflow}`;
    const chosen = plays.filter((p) => p.workflow === want);
    if (chosen.length === 0) throw new UsageError(`--workflow ${workflow}: no job in it runs validate-data, train or evaluate`, { hint: `workflows that do: ${[...new Set(plays.map((p) => p.workflow))].join(', ') || 'none'}` });
    return chosen;
  }
  const onPr = plays.filter((p) => p.events.some((e) => e === 'pull_request' || e === 'pull_request_target'));
  return onPr.length > 0 ? onPr : plays;
}

export async function playWorkflows(o: PlayOptions): Promise<PlayResult> {
  const dir = resolve(o.dir);
  const outDir = resolve(dir, o.outDir);
  const all = planPlays(o.sources, o.own);
  if (all.length === 0) {
    return { plays: [{ workflow: '.github/workflows', job: '', steps: [], failure: 'no workflow job runs validate-data, train or evaluate: nothing to play (mlops init writes pr-report.yml)' }], exitCode: 1 };
  }
  const plays = choosePlays(all, o.workflow);
  const reports: PlayReport[] = [];
  for (const [n, play] of plays.entries()) reports.push(await playOne(play, join(outDir, plays.length === 1 ? '' : `play-${n + 1}`), dir, o));
  return { plays: reports, exitCode: reports.some((r) => r.failure !== undefined) ? 1 : 0 };
}

async function playOne(play: Play, outDir: string, dir: string, o: PlayOptions): Promise<PlayReport> {
  const report: PlayReport = { workflow: play.workflow, job: play.job, steps: [] };
  o.log(`${play.workflow} ${play.job}`);
  const stepOutputs = new Map<string, Map<string, string>>();
  const runnerTemp = join(outDir, 'runner-temp');
  await rm(join(outDir, 'steps'), { recursive: true, force: true });
  await mkdir(runnerTemp, { recursive: true });
  const ctx = (): ExpressionContext => ({
    inputs: play.context.inputs,
    matrix: play.context.matrix,
    steps: stepOutputs,
    github: new Map([['workspace', dir], ['token', '']]),
    runner: new Map([['temp', runnerTemp]]),
  });
  let evaluation: string | undefined;
  let model: string | undefined;
  for (const [n, s] of play.steps.entries()) {
    if (s.kind === 'other') {
      report.steps.push({ step: s.what, status: 'skipped', note: 'not mlops steps; locally your checkout and environment stand in for them (install your requirements first)', annotations: [], outputs: {}, location: s.location });
      o.log(`  skip  ${s.what}`);
      continue;
    }
    if (!(PLAYED_STEPS as readonly string[]).includes(s.step)) {
      const note = s.step === 'explain' ? explainNote(s.inputs.get('predict'), ctx()) : 'doctor --run plays validate-data, train and evaluate; compare is played after them with the local baseline';
      report.steps.push({ step: s.step, status: 'skipped', note, annotations: [], outputs: {}, location: s.location });
      continue;
    }
    const meta = o.own.action(s.step);
    const inputs = new Map<string, string>();
    let unresolved: string | undefined;
    for (const [name, decl] of Object.entries(meta?.inputs ?? {})) {
      const given = s.inputs.get(name);
      const text = given?.text ?? (decl?.default === undefined ? '' : String(decl.default));
      const r = resolveExpressions(text, ctx());
      if ('unresolved' in r) {
        unresolved ??= `${where(given, s.location)}: ${s.step} input "${name}" is ${r.unresolved}, which doctor cannot evaluate locally; give a literal value to play this job`;
        continue;
      }
      // As the runner passes it: the action trims (all but a tab delimiter) and reads empty as unset.
      inputs.set(name, r.value);
      if (decl?.required && r.value.trim() === '') unresolved ??= `${where(given, s.location)}: ${s.step} input "${name}" is required but empty`;
    }
    if (unresolved) {
      report.steps.push({ step: s.step, status: 'failed', note: unresolved, annotations: [], outputs: {}, location: s.location });
      report.failure = unresolved;
      o.log(`  fail  ${s.step}: ${unresolved}`);
      return report;
    }
    o.log(`  run   ${s.step}`);
    const r = await runActionProcess({ bundle: join(o.packageRoot, 'actions', s.step, 'dist', 'index.js'), inputs, workspace: dir, scratch: join(outDir, 'steps', `${n + 1}-${s.step}`), runnerTemp });
    const outputs = Object.fromEntries(r.outputs);
    if (s.id) stepOutputs.set(s.id, r.outputs);
    const played: PlayedStep = { step: s.step, status: r.exitCode === 0 ? 'passed' : 'failed', exitCode: r.exitCode, annotations: r.annotations, outputs, logFile: r.logFile, location: s.location };
    report.steps.push(played);
    for (const a of r.annotations.filter((x) => x.level !== 'notice')) o.log(`        ${a.level}: ${a.file ? `${a.file}${a.line ? `:${a.line}` : ''}${a.col ? `:${a.col}` : ''}: ` : ''}${a.message}`);
    if (r.exitCode !== 0) {
      const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      const said = errors.length > 0 ? errors.join('; ') : r.tail.slice(-5).join(' | ') || `exit ${r.exitCode}`;
      // Name the workflow's own keys the failing step was given, so the fix is one edit away.
      const named = [...s.inputs.values()].filter((i) => said.includes(`"${resolvedOf(i, ctx())}"`) || said.includes(`(${i.key})`) || said.includes(`input "${i.key}"`));
      const at = named.length > 0 ? named.map((i) => `${formatLocation(i.location)} (${i.key}: ${resolvedOf(i, ctx())})`).join(', ') : formatLocation(s.location);
      report.failure = `${s.step} failed (exit ${r.exitCode}): ${said}\n  set at ${at}\n  log: ${r.logFile}`;
      o.log(`  fail  ${s.step} (exit ${r.exitCode}); log: ${r.logFile}`);
      return report;
    }
    if (s.step === 'evaluate') evaluation = outputs['report-path'] ? resolve(dir, outputs['report-path']) : undefined;
    if (s.step === 'train' || s.step === 'evaluate') model ??= inputs.get('model') || undefined;
  }
  if (evaluation === undefined) {
    report.failure = `${play.workflow} ${play.job} has no evaluate step: nothing to compare`;
    return report;
  }
  report.compare = await compareLocally(evaluation, model, play, outDir, dir, o);
  o.log(`  compare: ${report.compare.verdict} against ${report.compare.baseline}`);
  if (report.compare.whatChanged) o.log(`  what changed: ${report.compare.whatChanged}`);
  if (report.compare.exitCode !== 0) report.failure = `the gate would fail: ${report.compare.failures.join('; ') || report.compare.verdict}`;
  return report;
}

/**
 * Why explain is not played: doctor --run does not run it (a predict command over every permuted
 * copy takes long), so the local report has no "What the model relies on"; say how to get it.
 */
function explainNote(predict: PlayInput | undefined, ctx: ExpressionContext): string {
  const given = predict === undefined ? '' : resolvedOf(predict, ctx);
  if (given.trim() === '' || given.includes('${{')) return 'explain runs in CI only when the workflow is given a predict command (docs/explain.md, "In the PR report")';
  return 'doctor --run does not play explain (the PR report in CI does); run `mlops explain --data FILE --label COL --predict "CMD {input} {output}"` to see what the model relies on (docs/explain.md)';
}

function resolvedOf(i: PlayInput, ctx: ExpressionContext): string {
  const r = resolveExpressions(i.text, ctx);
  return 'value' in r ? r.value : i.text;
}

async function compareLocally(head: string, trainedModel: string | undefined, play: Play, outDir: string, dir: string, o: PlayOptions): Promise<NonNullable<PlayReport['compare']>> {
  const settings = compareSettingsOf(o.sources, o.own);
  const model = settings?.model ?? trainedModel;
  const configFile = settings?.config ? resolve(dir, settings.config) : existsSync(join(dir, 'mlops.yaml')) ? join(dir, 'mlops.yaml') : undefined;
  const rules = settings?.rules === undefined ? undefined : parseModelRulesText(settings.rules, `${settings.workflow} rules`);
  const previous = join(outDir, 'previous', 'evaluation.json');
  const registryDir = resolve(dir, o.registry ?? DEFAULT_REGISTRY_DIR);

  let baseline: CompareStepBaseline;
  let said: string;
  const choice = o.baseline;
  const production = async () => {
    const registry = openLocalRegistry(registryDir);
    return model !== undefined && (await registry.state.read(model)) !== undefined ? registry : undefined;
  };
  if (typeof choice === 'object') {
    baseline = { kind: 'file', path: resolve(choice.file) };
    said = choice.file;
  } else if (choice === 'none') {
    baseline = { kind: 'none' };
    said = 'none (a first run)';
  } else if (choice === 'production' || (choice === 'auto' && existsSync(registryDir) && (await production()))) {
    baseline = { kind: 'production', registry: openLocalRegistry(registryDir), ...(model === undefined ? {} : { model }) };
    said = `the production version in ${registryDir}`;
  } else if (existsSync(previous)) {
    baseline = { kind: 'file', path: previous };
    said = `the last passing doctor --run (${previous})`;
  } else {
    if (choice === 'previous') throw new UsageError(`--baseline previous: no earlier doctor --run passed here (${previous} does not exist)`);
    baseline = { kind: 'none' };
    said = 'none (a first run: the next doctor --run compares with this one)';
  }

  const { runCompareStep } = await import('../steps/compare.js');
  const result: CompareStepResult = await runCompareStep(
    {
      head,
      baseline,
      config: configFile,
      rules,
      model: settings?.model,
      outDir,
      workflow: basename(play.workflow),
      failOnRegression: settings?.failOnRegression ?? true,
      target: { owner: 'local', repo: basename(dir), prNumber: 1, headSha: 'local' },
    },
    { forge: new LocalForge(join(outDir, 'forge')) },
  );
  if (result.exitCode === 0) await keepAsPrevious(head, previous);
  return {
    verdict: result.comparison.verdict,
    exitCode: result.exitCode,
    comment: result.files.comment,
    summary: result.files.summary,
    checkRun: result.checkRunUrl,
    baseline: said,
    failures: result.comparison.gate.failures.filter((f) => !f.startsWith('warning:')),
    ...(result.comparison.what_changed ? { whatChanged: whatChangedLine(result.comparison.what_changed) } : {}),
  };
}

/**
 * The head evaluation (and its per-example file, for paired tests) becomes the next run's baseline.
 * The report names its examples file relative to its own folder, so both go into `previous/` side
 * by side; a name that is not a plain file name is not followed.
 */
async function keepAsPrevious(head: string, previous: string): Promise<void> {
  if (resolve(head) === resolve(previous)) return;
  const folder = dirname(previous);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await copyFile(head, previous);
  const examples = (JSON.parse(await readFile(head, 'utf8')) as { examples?: { file?: unknown } }).examples?.file;
  if (typeof examples === 'string' && examples === basename(examples) && existsSync(join(dirname(head), examples))) {
    await copyFile(join(dirname(head), examples), join(folder, examples));
  }
  // The run record and training-data profile beside it, so the next run's "What changed" has a baseline side.
  for (const name of [RUN_ASSET, PROFILE_ASSET]) {
    if (existsSync(join(dirname(head), name))) await copyFile(join(dirname(head), name), join(folder, name));
  }
}

/** For people: each play's steps, then the failure or the comment's place. */
export function renderPlayText(result: PlayResult): string {
  const lines: string[] = [];
  for (const p of result.plays) {
    lines.push('', `${p.workflow} ${p.job}`);
    for (const s of p.steps) lines.push(`  ${s.status.padEnd(7)} ${s.step}`);
    const notes = [...new Set(p.steps.filter((s) => s.status === 'skipped' && s.note).map((s) => s.note!))];
    for (const note of notes) lines.push(`  (skipped: ${note})`);
    if (p.compare) {
      lines.push(`  compare against ${p.compare.baseline}: ${p.compare.verdict}`);
      if (p.compare.whatChanged) lines.push(`  what changed:       ${p.compare.whatChanged}`);
      lines.push(`  the PR comment:     ${p.compare.comment}`, `  the job summary:    ${p.compare.summary}`);
      if (p.compare.checkRun) lines.push(`  the check run:      ${p.compare.checkRun}`);
    }
    if (p.failure) lines.push('', `error: ${p.failure}`);
  }
  lines.push('', result.exitCode === 0 ? 'the PR jobs would pass' : 'the PR jobs would fail', '');
  return lines.join('\n');
}
