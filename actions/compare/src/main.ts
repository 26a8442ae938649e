/** compare: inputs -> runCompareStep() -> comment, check run, outputs, job summary, exit code. */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { openPrStep, prStepInputShape } from '../../../shared/github/pr-step-inputs.js';
import { appendSummary, failStep, logInfo, readInputs, runAction, setOutputs } from '../../../shared/runtime/action.js';

const bool = z.enum(['true', 'false']);
const inputs = z.object({
  head: z.string(),
  ...prStepInputShape,
  baseline: z.string().default('base-branch'),
  config: z.string().optional(),
  model: z.string().optional(),
  rules: z.string().optional(),
  'fail-on-regression': bool.default('true'),
  'out-dir': z.string().default('mlops-out/compare'),
  comment: bool.default('true'),
  'check-run': bool.default('true'),
  run: z.string().optional(),
  profile: z.string().optional(),
  'baseline-run': z.string().optional(),
  'baseline-profile': z.string().optional(),
  explanation: z.string().optional(),
  'baseline-explanation': z.string().optional(),
});

/** The step (actions/typescript-action's convention): src/index.ts runs it; @github/local-action imports it. */
export const run = (): Promise<void> =>
  runAction(async () => {
  const input = readInputs(inputs);
  // Loaded once the inputs are known good: a run that fails at its inputs pays for none of it (issue 18).
  const { parseModelRulesText } = await import('../../../shared/config/mlops-config.js');
  const { runCompareStep } = await import('../../../shared/steps/compare.js');
  const { actionsArtifactDownloader } = await import('../../../shared/github/actions-artifact.js');
  const { forgeArtifactDownloader, isGitHubEnterpriseServer } = await import('../../../shared/github/artifact-download.js');
  const env = process.env;
  const { ctx, forge, target, baseline } = await openPrStep(input, env, logInfo);

  // The Run link goes to the run that produced the report (its logs show the training): for the
  // fork-safe pair that is the triggering run, which a re-run keeps, so the comment stays the same.
  const reportRunUrl = ctx.sourceRunId && ctx.runUrl ? ctx.runUrl.replace(/\/actions\/runs\/\d+$/, `/actions/runs/${ctx.sourceRunId}`) : ctx.runUrl;
  const rules = input.rules === undefined ? undefined : parseModelRulesText(input.rules, 'input rules');
  const config = input.config ?? (existsSync('mlops.yaml') ? 'mlops.yaml' : undefined);
  const download = forge && (isGitHubEnterpriseServer(env.GITHUB_SERVER_URL) ? forgeArtifactDownloader(forge) : actionsArtifactDownloader(input.token!));
  const result = await runCompareStep(
    {
      head: input.head, baseline, config, rules, model: input.model, outDir: input['out-dir'],
      workflow: ctx.workflowFile ?? env.GITHUB_WORKFLOW ?? 'mlops', failOnRegression: input['fail-on-regression'] === 'true',
      target: { owner: ctx.owner, repo: ctx.repo, prNumber: target.prNumber, headSha: target.headSha },
      runUrl: reportRunUrl, comment: input.comment === 'true', checkRun: input['check-run'] === 'true',
      headRun: input.run, headProfile: input.profile, baselineRun: input['baseline-run'], baselineProfile: input['baseline-profile'],
      headExplanation: input.explanation, baselineExplanation: input['baseline-explanation'],
    },
    { forge, download, log: logInfo },
  );
  const c = result.comparison;
  setOutputs({
    verdict: c.verdict,
    'comparison-path': result.files.comparison,
    'comment-path': result.files.comment,
    'comment-url': result.commentUrl ?? '',
    'check-run-url': result.checkRunUrl ?? '',
    'pr-number': target.prNumber ?? '',
    'failed-rules': c.gate.failed,
    baseline: result.baseline.info.kind,
  });
  await appendSummary(result.summary);
  if (result.exitCode !== 0) failStep(`gate failed for ${result.model}: ${c.gate.failures.filter((f) => !f.startsWith('warning:')).join('; ')}`, result.exitCode);
});
