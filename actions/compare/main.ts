/** compare: inputs -> runCompareStep() -> comment, check run, outputs, job summary, exit code. */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseModelConfig } from '../../shared/config/mlops-config.js';
import { baselineKindOf } from '../../shared/compare/baseline.js';
import { runCompareStep, type CompareStepBaseline } from '../../shared/compare/compare-step.js';
import { actionsArtifactDownloader } from '../../shared/github/actions-artifact.js';
import { forgeArtifactDownloader, isGitHubEnterpriseServer } from '../../shared/github/artifact-download.js';
import { resolvePullTarget, runContextOf } from '../../shared/github/event-context.js';
import { GitHubForge } from '../../shared/github/github-forge.js';
import { openGitHubRegistry } from '../../shared/github/github-registry.js';
import { stepGitHubClient } from '../../shared/github/step-client.js';
import { appendSummary, failStep, logInfo, readInputs, runAction, setOutputs } from '../../shared/runtime/action.js';
import { UsageError } from '../../shared/runtime/errors.js';

const bool = z.enum(['true', 'false']);
const inputs = z.object({
  head: z.string(),
  baseline: z.string().default('base-branch'),
  config: z.string().optional(),
  model: z.string().optional(),
  rules: z.string().optional(),
  'fail-on-regression': bool.default('true'),
  'out-dir': z.string().default('mlops-out/compare'),
  token: z.string().optional(),
  'head-sha': z.string().regex(/^[0-9a-f]{40}$/, 'a 40-hex commit SHA').optional(),
  'pr-number': z.coerce.number().int().positive().optional(),
  'base-branch': z.string().optional(),
  'baseline-workflow': z.string().optional(),
  'artifact-name': z.string().default('mlops-evaluation'),
  'artifact-report': z.string().default('evaluation.json'),
  'registry-branch': z.string().default('mlops-registry'),
  'baseline-alias': z.string().default('production'),
  comment: bool.default('true'),
  'check-run': bool.default('true'),
  'comment-author': z.string().optional(),
});

await runAction(async () => {
  const input = readInputs(inputs);
  const env = process.env;
  const payload = env.GITHUB_EVENT_PATH && existsSync(env.GITHUB_EVENT_PATH) ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {};
  const ctx = runContextOf(env, payload);
  const client = input.token ? stepGitHubClient(input.token, env, logInfo) : undefined;
  const forge = client ? new GitHubForge(client, { commentAuthor: input['comment-author'] }) : undefined;
  const target = await resolvePullTarget(ctx, forge, { prNumber: input['pr-number'], headSha: input['head-sha'] });
  logInfo(target.prNumber !== undefined ? `PR #${target.prNumber} (from ${target.via}), head ${target.headSha ?? '?'}` : `no PR for ${target.headSha ?? 'this run'}: no comment`);

  const kind = baselineKindOf(input.baseline);
  let baseline: CompareStepBaseline;
  if (kind === 'base-branch') {
    const branch = input['base-branch'] ?? target.baseRef ?? ctx.refName;
    const workflow = input['baseline-workflow'] ?? ctx.workflowFile;
    if (!branch || !workflow) throw new UsageError('baseline base-branch: cannot tell the base branch or the workflow', { hint: 'set inputs base-branch and baseline-workflow' });
    baseline = {
      kind, repo: { owner: ctx.owner, repo: ctx.repo }, workflow, branch,
      artifact: input['artifact-name'], reportPath: input['artifact-report'], excludeRunId: ctx.sourceRunId ?? ctx.runId,
    };
  } else if (kind === 'production') {
    if (!client) throw new UsageError('baseline production reads the model registry on GitHub and needs a token', { hint: 'give the step a token with contents: read (input token)' });
    const registry = openGitHubRegistry(client, { owner: ctx.owner, repo: ctx.repo }, { branch: input['registry-branch'] });
    baseline = { kind, registry, alias: input['baseline-alias'] };
  } else baseline = kind === 'file' ? { kind, path: input.baseline } : { kind };

  const rules = input.rules === undefined ? undefined : parseModelConfig(parseYaml(input.rules), 'input rules');
  const config = input.config ?? (existsSync('mlops.yaml') ? 'mlops.yaml' : undefined);
  const download = forge && (isGitHubEnterpriseServer(env.GITHUB_SERVER_URL) ? forgeArtifactDownloader(forge) : actionsArtifactDownloader(input.token!));
  const result = await runCompareStep(
    {
      head: input.head, baseline, config, rules, model: input.model, outDir: input['out-dir'],
      workflow: ctx.workflowFile ?? env.GITHUB_WORKFLOW ?? 'mlops', failOnRegression: input['fail-on-regression'] === 'true',
      target: { owner: ctx.owner, repo: ctx.repo, prNumber: target.prNumber, headSha: target.headSha },
      runUrl: ctx.runUrl, comment: input.comment === 'true', checkRun: input['check-run'] === 'true',
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
