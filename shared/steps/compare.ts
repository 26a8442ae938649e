/**
 * The compare step, one operation behind the action and the CLI: resolve the baseline, compare
 * (checking both reports as untrusted input first), write `comparison.json`, `comment.md` and
 * `summary.md` into `outDir`, then — when a forge and a target are given — upsert the sticky PR
 * comment (one per workflow and model) and the check run `mlops / <model>` on the head SHA.
 *
 * Files are written before anything is posted, so a forge failure (exit 3) still leaves the
 * report behind for the job summary and the artifacts.
 */
import { dirname, join, resolve } from 'node:path';
import { loadConfig, modelConfigOf, type ModelConfigInput } from '../config/mlops-config.js';
import type { Forge, RepoRef } from '../ports/forge.js';
import { checkRunName, stickyMarker } from '../formats/forge-markers.js';
import {
  renderCheckRunOutput,
  renderComparisonComment,
  renderComparisonSummary,
  type ComparisonReportContext,
} from '../report/comparison-comment.js';
import { writeFileAtomic, writeJsonAtomic } from '../runtime/atomic-write.js';
import { EXIT_CHECK_FAILED, EXIT_OK, UsageError } from '../runtime/errors.js';
import { resolveBaseline, type BaselineSpec } from '../compare/baseline.js';
import { type ResolvedBaseline } from '../compare/resolved-baseline.js';
import { type ArtifactDownloader } from '../ports/artifact-downloader.js';
import { compareFiles } from '../compare/compare-files.js';
import type { Comparison } from '../formats/comparison-format.js';
import { assertReportWithinLimits } from '../formats/report-limits.js';
import type { CompareStepBaseline } from '../compare/baseline.js';
import type { WhatChanged } from '../formats/what-changed-format.js';
import type { DriftModelConfig } from '../drift/drift-config.js';
import type { ExplanationChange } from '../formats/explanation-format.js';

export interface CompareTarget extends RepoRef {
  /** The PR to comment on; none: no comment (a push run), the check run still goes on headSha. */
  prNumber?: number;
  headSha?: string;
}

export interface CompareStepOptions {
  head: string;
  baseline: CompareStepBaseline;
  config?: string;
  rules?: ModelConfigInput;
  model?: string;
  outDir: string;
  /** The workflow the evaluation came from, for the sticky marker (`pr-report.yml`). */
  workflow: string;
  failOnRegression: boolean;
  target?: CompareTarget;
  runUrl?: string;
  comment?: boolean;
  checkRun?: boolean;
  /**
   * The head's run record and training-data profile for "What changed"; default: `run.json` and
   * `profile.json` beside the head report, when there. The baseline's are found beside its report
   * (a file, the base branch's artifact, or the release's assets).
   */
  headRun?: string;
  headProfile?: string;
  baselineRun?: string;
  baselineProfile?: string;
  /**
   * Each side's explanation (explain's explanation.json) for "What the model relies on"; default:
   * `explanation.json` beside each side's report (the PR report's artifact, the release's assets).
   */
  headExplanation?: string;
  baselineExplanation?: string;
}

export interface CompareStepEnv {
  /** Where the comment and check run go; also where the base branch's runs are listed unless `baselineForge` is given. */
  forge?: Forge;
  /** The forge holding the base branch's workflow runs and artifacts, when it is not `forge` (the CLI posts locally by default). */
  baselineForge?: Forge;
  download?: ArtifactDownloader;
  log?: (message: string) => void;
}

export interface CompareStepResult {
  comparison: Comparison;
  baseline: ResolvedBaseline;
  model: string;
  comment: string;
  summary: string;
  files: { comparison: string; comment: string; summary: string };
  commentUrl?: string;
  commentAction?: string;
  checkRunUrl?: string;
  checkRunId?: number;
  exitCode: number;
}

/**
 * The model whose registry alias is the baseline: the step's `model`, else, as compareFiles picks
 * it, mlops.yaml's only model (when the rules come from mlops.yaml).
 */
async function registryModelOf(options: CompareStepOptions): Promise<string> {
  if (options.model !== undefined) return options.model;
  if (options.config && !options.rules) {
    const config = await loadConfig(options.config);
    // Throws naming the models when there are several: the step must be told which one.
    if (modelConfigOf(config, undefined, options.config)) return Object.keys(config.models ?? {})[0]!;
  }
  throw new UsageError('baseline production: which model\'s registry versions? none is named', {
    hint: (o) => `pass ${o.option('model', 'NAME')}, or configure exactly one model in mlops.yaml`,
  });
}

/** The model's drift settings in mlops.yaml: "What changed" tests the data's columns as drift-check would. */
async function driftSettingsOf(config: string | undefined, model: string): Promise<DriftModelConfig | undefined> {
  if (!config) return undefined;
  const models = (await loadConfig(config)).drift?.models ?? {};
  return Object.hasOwn(models, model) ? models[model] : undefined;
}

/** Params, data, code and environment, head against baseline; none when neither side has a record. */
async function whatChangedOf(options: CompareStepOptions, baselineFile: string, model: string, apart: boolean): Promise<WhatChanged | undefined> {
  // Loaded here, not at the step's start: the drift tests they use cost every compare run ~50 ms of
  // start-up, and most runs have no records to compare.
  const { readTrainingRecords } = await import('../compare/training-records.js');
  const [head, base] = await Promise.all([
    readTrainingRecords({ side: 'head', run: options.headRun, profile: options.headProfile, besideReport: apart ? options.head : undefined }),
    readTrainingRecords({ side: 'baseline', run: options.baselineRun, profile: options.baselineProfile, besideReport: apart ? baselineFile : undefined }),
  ]);
  if (!head.run && !head.profile && !base.run && !base.profile) return undefined;
  const { whatChanged } = await import('../compare/what-changed.js');
  return whatChanged(base, head, { drift: await driftSettingsOf(options.config, model) });
}

/** Both sides' top features by importance; none when neither side has an explanation. */
async function explanationsOf(options: CompareStepOptions, baselineFile: string | undefined, apart: boolean): Promise<ExplanationChange | undefined> {
  const notes: string[] = [];
  const { explanationChange, readSideExplanation } = await import('../compare/explanation-change.js');
  const [head, base] = await Promise.all([
    readSideExplanation({ side: 'head', given: options.headExplanation, besideReport: apart ? options.head : undefined }, notes),
    readSideExplanation({ side: 'baseline', given: options.baselineExplanation, besideReport: apart ? baselineFile : undefined }, notes),
  ]);
  return explanationChange(head, base, notes);
}

export async function runCompareStep(options: CompareStepOptions, env: CompareStepEnv = {}): Promise<CompareStepResult> {
  const spec: BaselineSpec = options.baseline.kind === 'production'
    ? { ...options.baseline, model: options.baseline.model ?? (await registryModelOf(options)) }
    : options.baseline;
  const baseline = await resolveBaseline(spec, { forge: env.baselineForge ?? env.forge, download: env.download, workDir: join(options.outDir, '.baseline'), log: env.log });
  await assertReportWithinLimits(options.head);
  if (baseline.file) await assertReportWithinLimits(baseline.file);
  const comparison = await compareFiles({
    head: options.head, baseline: baseline.file, config: options.config, rules: options.rules, model: options.model,
    baselineExamplesUnavailable: baseline.examplesUnavailable,
  });
  const model = comparison.model ?? options.model ?? 'model';
  // Two reports in one folder share whatever run.json, profile.json or explanation.json lies there:
  // neither side's can be told apart, so only records named explicitly are read then.
  const apart = baseline.file !== undefined && resolve(dirname(options.head)) !== resolve(dirname(baseline.file));
  if (baseline.file) {
    const changed = await whatChangedOf(options, baseline.file, model, apart);
    if (changed) comparison.what_changed = changed;
  }
  const explanations = await explanationsOf(options, baseline.file, apart);
  if (explanations) comparison.explanations = explanations;
  const ctx: ComparisonReportContext = { model, baseline: baseline.info, runUrl: options.runUrl, headSha: options.target?.headSha };
  const marker = stickyMarker({ workflow: options.workflow, model });
  const comment = renderComparisonComment(comparison, ctx, marker);
  const summary = renderComparisonSummary(comparison, ctx);
  const files = { comparison: join(options.outDir, 'comparison.json'), comment: join(options.outDir, 'comment.md'), summary: join(options.outDir, 'summary.md') };
  await writeJsonAtomic(files.comparison, comparison);
  await writeFileAtomic(files.comment, comment);
  await writeFileAtomic(files.summary, summary);

  const result: CompareStepResult = {
    comparison,
    baseline,
    model,
    comment,
    summary,
    files,
    exitCode: comparison.verdict === 'fail' && options.failOnRegression ? EXIT_CHECK_FAILED : EXIT_OK,
  };
  const { forge } = env;
  const t = options.target;
  if (forge && t) {
    if (options.comment !== false && t.prNumber !== undefined) {
      const r = await forge.upsertStickyComment({ owner: t.owner, repo: t.repo, issue_number: t.prNumber, marker, body: comment });
      result.commentUrl = r.url;
      result.commentAction = r.action;
      env.log?.(`PR #${t.prNumber}: comment ${r.action} (${r.url})${r.deletedIds.length ? `, ${r.deletedIds.length} duplicate(s) removed` : ''}`);
    }
    if (options.checkRun !== false && t.headSha) {
      const out = renderCheckRunOutput(comparison, ctx);
      const r = await forge.upsertCheckRun({
        owner: t.owner,
        repo: t.repo,
        name: checkRunName(model),
        head_sha: t.headSha,
        conclusion: out.conclusion,
        title: out.title,
        summary: out.summary,
        ...(options.runUrl ? { details_url: options.runUrl } : {}),
      });
      result.checkRunUrl = r.url;
      result.checkRunId = r.checkRunId;
      env.log?.(`check run ${checkRunName(model)} ${r.action}: ${out.conclusion}`);
    }
  }
  return result;
}
