/** promote-model: inputs -> promoteModel() through GitHub's ports -> outputs, job summary. */
import { z } from 'zod';
import { appendSummary, logInfo, readInputs, runAction, setOutputs } from '../../../shared/runtime/action.js';

const bool = z.enum(['true', 'false']);
const inputs = z.object({
  model: z.string(),
  version: z.string().default('latest'),
  alias: z.string(),
  'create-alias': bool.default('false'),
  config: z.string().optional(),
  environment: z.string().optional(),
  'require-approval': bool.default('false'),
  deployment: bool.default('true'),
  // Shown as a link on the deployment: only a web address.
  'environment-url': z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  'registry-branch': z.string().default('mlops-registry'),
  token: z.string(),
});

/** The step (actions/typescript-action's convention): src/index.ts runs it; @github/local-action imports it. */
export const run = (): Promise<void> =>
  runAction(async () => {
  const input = readInputs(inputs);
  // Loaded once the inputs are known good: a run that fails at its inputs pays for none of it (issue 18).
  const { runContextOf } = await import('../../../shared/github/event-context.js');
  const { loadDeclaredAliases } = await import('../../../shared/config/mlops-config.js');
  const { openGitHubPromotePorts } = await import('../../../shared/github/promote-ports.js');
  const { promoteModel } = await import('../../../shared/steps/promote-model.js');
  const { openOciArtifacts } = await import('../../../shared/oci/oci-artifact-store.js');
  const { stepGitHubClient } = await import('../../../shared/github/step-client.js');
  const { renderPromoteSummary } = await import('../../../shared/report/registry-summary.js');
  const env = process.env;
  const ctx = runContextOf(env, {});
  const github = openGitHubPromotePorts(stepGitHubClient(input.token, env, logInfo), {
    repo: { owner: ctx.owner, repo: ctx.repo },
    requireApproval: input['require-approval'] === 'true',
    deployment: input.deployment === 'true',
    environmentUrl: input['environment-url'],
    registryBranch: input['registry-branch'],
    env,
    log: logInfo,
  });
  // Versions published with oci are verified in the registry too; ghcr.io takes the token input (packages: read).
  const ports = { ...github, oci: openOciArtifacts({ env: { ...env, GITHUB_TOKEN: env.GITHUB_TOKEN || input.token } }) };
  const result = await promoteModel(
    {
      model: input.model,
      version: input.version,
      alias: input.alias,
      createAlias: input['create-alias'] === 'true',
      declaredAliases: await loadDeclaredAliases(input.config),
      environment: input.environment,
      env,
    },
    ports,
  );
  logInfo(result.status === 'promoted' ? `${result.model}@${result.alias}: ${result.from ?? '(new)'} -> ${result.to}` : `${result.model}@${result.alias} already points to ${result.to}`);
  const { approval, deployment } = result;
  setOutputs({
    status: result.status,
    from: result.from ?? '',
    to: result.to,
    tag: result.tag,
    'release-url': result.url,
    'approved-by': approval?.reviewer ?? '',
    'deployment-id': deployment?.id ?? '',
    'deployment-url': deployment?.url ?? '',
  });
  await appendSummary(renderPromoteSummary(result, { approvedBy: approval?.reviewer, approvalComment: approval?.comment ?? undefined, environment: result.environment ?? result.alias, deploymentUrl: deployment?.url }));
});
