/** drift-check: inputs -> runDriftStep() -> the retraining PR, outputs, job summary. */
import { z } from 'zod';
import { FAIL_ON } from '../../../shared/drift/column-alarm.js';
import { annotate, appendSummary, failStep, logInfo, readInputs, runAction, setOutputs } from '../../../shared/runtime/action.js';

const bool = z.enum(['true', 'false']);
const lines = (text: string | undefined) => text?.split('\n').map((l) => l.trim()).filter(Boolean);
const inputs = z.object({
  model: z.string(),
  config: z.string().optional(),
  reference: z.string().optional(),
  alias: z.string().optional(),
  current: z.string().optional(),
  explanation: z.string().optional(),
  out: z.string().default('mlops-out/drift/drift.json'),
  'pull-request': bool.default('true'),
  'on-recovery': z.enum(['comment', 'close', 'none']).optional(),
  labels: z.string().optional(),
  reviewers: z.string().optional(),
  'base-branch': z.string().optional(),
  'fail-on': z.enum(FAIL_ON).optional(),
  'fail-on-drift': bool.default('false'),
  'registry-branch': z.string().default('mlops-registry'),
  token: z.string(),
  // Empty when the workflow has neither an App token nor a PAT: then the step's token opens the PR.
  'pr-token': z.string().optional(),
});

/** The step (actions/typescript-action's convention): src/index.ts runs it; @github/local-action imports it. */
export const run = (): Promise<void> =>
  runAction(async () => {
  const input = readInputs(inputs);
  // Loaded once the inputs are known good: a run that fails at its inputs pays for none of it (issue 18).
  const { runDriftStep } = await import('../../../shared/steps/drift-check.js');
  const { runContextOf } = await import('../../../shared/github/event-context.js');
  const { openGitHubRegistry } = await import('../../../shared/github/github-registry.js');
  const { GitHubForge } = await import('../../../shared/github/github-forge.js');
  const { stepGitHubClient } = await import('../../../shared/github/step-client.js');
  const env = process.env;
  const ctx = runContextOf(env, {});
  const repo = { owner: ctx.owner, repo: ctx.repo };
  const client = stepGitHubClient(input.token, env, logInfo);
  const prClient = input['pr-token'] ? stepGitHubClient(input['pr-token'], env, logInfo) : client;
  const step = await runDriftStep({
    model: input.model,
    config: input.config,
    reference: input.reference,
    alias: input.alias,
    current: lines(input.current),
    explanation: input.explanation,
    failOn: input['fail-on'],
    out: input.out,
    registry: async () => openGitHubRegistry(client, repo, { branch: input['registry-branch'] }),
    pullRequest: input['pull-request'] === 'true'
      ? { forge: new GitHubForge(prClient), repo, onRecovery: input['on-recovery'], labels: lines(input.labels), reviewers: lines(input.reviewers), base: input['base-branch'], runUrl: ctx.runUrl }
      : undefined,
    env,
    log: logInfo,
  });
  setOutputs({
    drifted: step.drifted,
    decision: step.report.decision,
    share: step.report.data.share,
    'column-alarms': JSON.stringify((step.report.data.alarms ?? []).map((a) => a.column)),
    'report-path': step.path,
    operation: step.pr?.operation ?? 'none',
    'pr-number': step.pr?.number ?? '',
    'pr-url': step.pr?.url ?? '',
  });
  // A column alarm is worth a look even when the share rule says ok: one warning each, on the run's page.
  for (const a of step.report.data.alarms ?? []) annotate('warning', a.message, { title: `drift-check column alarm (${step.model})` });
  await appendSummary(step.summary);
  if (step.drifted && input['fail-on-drift'] === 'true') failStep(`${step.model}: ${step.report.decision}: ${step.report.reasons.join('; ')}`);
});
