/** rank-candidates: inputs -> runRankStep() -> sticky PR comment, outputs, job summary, exit code. */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { BaselineSpec } from '../../../shared/compare/baseline.js';
import { openPrStep, prStepInputShape } from '../../../shared/github/pr-step-inputs.js';
import { appendSummary, failStep, logInfo, readInputs, runAction, setOutputs } from '../../../shared/runtime/action.js';
import { UsageError } from '../../../shared/runtime/errors.js';

const bool = z.enum(['true', 'false']);
const inputs = z.object({
  candidates: z.string(),
  ...prStepInputShape,
  baseline: z.string().default('none'),
  config: z.string().optional(),
  model: z.string().optional(),
  rules: z.string().optional(),
  metric: z.string().optional(),
  'fail-if-no-winner': bool.default('true'),
  'out-dir': z.string().default('mlops-out/rank'),
  comment: bool.default('true'),
});

/** The step (actions/typescript-action's convention): src/index.ts runs it; @github/local-action imports it. */
export const run = (): Promise<void> =>
  runAction(async () => {
  const input = readInputs(inputs);
  // Loaded once the inputs are known good: a run that fails at its inputs pays for none of it (issue 18).
  const { candidateFiles, runRankStep } = await import('../../../shared/steps/rank-candidates.js');
  const { parseModelRulesText } = await import('../../../shared/config/mlops-config.js');
  const { forgeArtifactDownloader } = await import('../../../shared/github/artifact-download.js');
  const env = process.env;
  const { ctx, forge, target, baseline: spec } = await openPrStep(input, env, logInfo);
  const rules = input.rules === undefined ? undefined : parseModelRulesText(input.rules, 'input rules');
  const config = input.config ?? (existsSync('mlops.yaml') ? 'mlops.yaml' : undefined);
  if (spec.kind === 'production' && !input.model) throw new UsageError('baseline production: which model\'s registry versions? none is named', { hint: 'set input model' });
  const baseline: BaselineSpec = spec.kind === 'production' ? { ...spec, model: input.model! } : spec;

  const result = await runRankStep(
    {
      candidates: await candidateFiles([input.candidates]),
      baseline,
      config,
      rules,
      model: input.model,
      metric: input.metric,
      outDir: input['out-dir'],
      workflow: ctx.workflowFile ?? env.GITHUB_WORKFLOW ?? 'mlops',
      failIfNoWinner: input['fail-if-no-winner'] === 'true',
      target: { owner: ctx.owner, repo: ctx.repo, prNumber: target.prNumber, headSha: target.headSha },
      runUrl: ctx.runUrl,
      comment: input.comment === 'true',
    },
    { forge, download: forge && forgeArtifactDownloader(forge), log: logInfo },
  );
  const r = result.ranking;
  setOutputs({
    winner: r.winner ?? '',
    metric: r.metric.name,
    'ranking-path': result.files.ranking,
    'comment-path': result.files.comment,
    'comment-url': result.commentUrl ?? '',
    'pr-number': target.prNumber ?? '',
    baseline: result.baseline.info.kind,
  });
  await appendSummary(result.comment);
  if (result.exitCode !== 0) failStep(`no winner for ${result.model}: ${r.reason}`, result.exitCode);
});
