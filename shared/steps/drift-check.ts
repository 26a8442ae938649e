/**
 * The drift-check step as the action and `mlops drift` run it: mlops.yaml's `drift.models.<model>`
 * merged with what the caller overrides, checkDrift(), then the retraining PR through the Forge
 * port (GitHub, or the local forge's files). The PR is touched only after a report exists: broken
 * evidence throws before that, so no PR is ever opened or closed on it.
 */
import { existsSync } from 'node:fs';
import type { Forge, RepoRef, RetrainPullRequestResult } from '../ports/forge.js';
import type { OnRecovery } from '../formats/retrain-request-format.js';
import type { RegistryPorts } from '../ports/registry-stores.js';
import { renderDriftPrBody, retrainRequestOf } from '../report/drift-pr-body.js';
import { retrainPrTitle } from '../formats/forge-markers.js';
import { loadConfig } from '../config/mlops-config.js';
import { UsageError } from '../runtime/errors.js';
import type { FailOn } from '../drift/column-alarm.js';
import { checkDrift } from '../drift/drift-check.js';
import type { DriftModelConfig } from '../drift/drift-config.js';
import type { DriftReport } from '../formats/drift-format.js';
import type { ReferenceSpec } from '../drift/reference.js';
import type { SourceConfig } from '../drift/sources/source-config.js';

export interface DriftStepOptions {
  /** The model; default the only one under drift.models in the config. */
  model?: string;
  /** mlops.yaml; default ./mlops.yaml when it exists. */
  config?: string;
  /** production or a profile/data file; default the config's, else production. */
  reference?: string;
  alias?: string;
  /** What makes the decision drift: dataset (the share rule) or column (also a column alarm); default the config's, else dataset. */
  failOn?: FailOn;
  /** Current data files or globs: used instead of the config's sources. */
  current?: string[];
  /** The model's explanation (explain) ordering drifted columns; default: the production release's, if any. */
  explanation?: string;
  out: string;
  /** The registry, for reference production. */
  registry?: () => Promise<RegistryPorts>;
  /** Open, update or close the retraining PR here. */
  pullRequest?: {
    forge: Forge;
    repo: RepoRef;
    onRecovery?: OnRecovery;
    labels?: string[];
    reviewers?: string[];
    base?: string;
    runUrl?: string;
  };
  env?: Record<string, string | undefined>;
  now?: () => Date;
  log?: (message: string) => void;
}

export interface DriftStepResult {
  model: string;
  report: DriftReport;
  path: string;
  drifted: boolean;
  pr?: RetrainPullRequestResult;
  /** The job summary: the same Markdown as the PR body. */
  summary: string;
}

async function modelSettings(o: DriftStepOptions): Promise<{ model: string; settings: Partial<DriftModelConfig> }> {
  const file = o.config ?? (existsSync('mlops.yaml') ? 'mlops.yaml' : undefined);
  const models = file ? ((await loadConfig(file)).drift?.models ?? {}) : {};
  const names = Object.keys(models);
  const model = o.model ?? (names.length === 1 ? names[0] : undefined);
  if (!model) {
    throw new UsageError(names.length ? `mlops.yaml has drift settings for ${names.join(', ')}: say which model` : (o) => `which model? (pass ${o.option('model')}, or configure drift.models.<model> in mlops.yaml)`);
  }
  // Own keys only: a model named "constructor" must not get Object's constructor as settings.
  return { model, settings: (Object.hasOwn(models, model) ? models[model] : undefined) ?? {} };
}

export async function runDriftStep(o: DriftStepOptions): Promise<DriftStepResult> {
  const log = o.log ?? (() => {});
  const { model, settings } = await modelSettings(o);
  const sources: SourceConfig[] | undefined = o.current?.length ? [{ files: o.current }] as SourceConfig[] : settings.sources;
  if (!sources?.length) {
    throw new UsageError(`no current data for ${model}`, { hint: (o) => `pass current files (${o.option('current')}), or configure drift.models.${model}.sources in mlops.yaml` });
  }
  const referenceText = o.reference ?? settings.reference ?? 'production';
  let reference: ReferenceSpec;
  if (referenceText === 'production') {
    if (!o.registry) throw new UsageError('reference production needs the model registry', { hint: 'give a token (action) or --registry/--repo (CLI), or a reference file' });
    reference = { kind: 'production', registry: await o.registry(), model, alias: o.alias ?? settings.alias ?? 'production' };
  } else reference = { kind: 'file', path: referenceText };

  const { report, path } = await checkDrift({ model, reference, sources, config: { ...settings, fail_on: o.failOn ?? settings.fail_on }, out: o.out, explanation: o.explanation, env: o.env, now: o.now, log });
  const drifted = report.decision !== 'ok';
  log(`decision: ${report.decision} (${report.reasons.join('; ')})`);

  const pr = settings.pull_request ?? {};
  const onRecovery = o.pullRequest?.onRecovery ?? pr.on_recovery ?? 'comment';
  const base = o.pullRequest?.base ?? pr.base;
  const context = { model, runUrl: o.pullRequest?.runUrl, base, onRecovery };
  const summary = renderDriftPrBody(report, context);
  let result: RetrainPullRequestResult | undefined;
  if (o.pullRequest) {
    result = await o.pullRequest.forge.upsertRetrainPullRequest({
      ...o.pullRequest.repo,
      model,
      decision: report.decision,
      base,
      request: retrainRequestOf(report, context),
      title: retrainPrTitle(model),
      body: summary,
      labels: o.pullRequest.labels?.length ? o.pullRequest.labels : pr.labels,
      reviewers: o.pullRequest.reviewers?.length ? o.pullRequest.reviewers : pr.reviewers,
      teamReviewers: pr.team_reviewers,
      onRecovery,
    });
    for (const w of result.warnings) log(`warning: ${w}`);
    log(`retraining PR: ${result.operation}${result.number ? ` #${result.number}` : ''}${result.url ? ` ${result.url}` : ''}`);
  }
  return { model, report, path, drifted, pr: result, summary };
}
