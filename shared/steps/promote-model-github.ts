/**
 * promote-model on GitHub: who approved this run for the environment (run approvals API),
 * promoteModel() on the GitHub registry (verify every asset, then one compare-and-swap on the state
 * branch with the approval in the audit entry), then a GitHub Deployment of the version's tag with
 * a success status, so anything listening to deployment events can act. The deployment comes after
 * the move: a release that fails verification never produces a deployment event.
 */
import { existsSync } from 'node:fs';
import { CONFIG_FILE, declaredAliases, loadConfig } from '../config/mlops-config.js';
import type { PromoteResult } from '../formats/registry-results.js';
import { promoteModel } from './promote-model.js';
import { ApprovalError } from '../registry/errors.js';
import { validateAlias, validateModelName } from '../registry/tag.js';
import { recordModelDeployment } from '../github/deployments.js';
import { isForgeError } from '../ports/forge-error.js';
import { openGitHubRegistry } from '../github/github-registry.js';
import { validateRegistryBranch } from '../github/registry-branch.js';
import { normalizeVersion } from '../registry/semver.js';
import { approvalFor, listRunApprovals, type RunApproval } from '../github/run-approvals.js';
import type { RepoRef } from '../ports/forge.js';
import type { GitHubClient } from '../github/octokit.js';

export interface PromoteModelStepOptions {
  repo: RepoRef;
  model: string;
  version: string;
  alias: string;
  /** Create an alias mlops.yaml does not declare (the promote-model input create-alias). */
  createAlias?: boolean;
  /** mlops.yaml declaring the aliases; default ./mlops.yaml when it exists (a checked-out repository), else the default aliases. */
  config?: string;
  /** The job's GitHub Environment; default the alias. */
  environment?: string;
  requireApproval: boolean;
  deployment: boolean;
  environmentUrl?: string;
  registryBranch?: string;
  env: Record<string, string | undefined>;
  log: (message: string) => void;
}

export interface PromoteModelStepResult {
  result: PromoteResult;
  environment: string;
  approval?: RunApproval;
  deployment?: { id: number; url: string };
}

async function approvalOfThisRun(octokit: GitHubClient, o: PromoteModelStepOptions, environment: string): Promise<RunApproval | undefined> {
  const runId = Number(o.env.GITHUB_RUN_ID);
  if (!Number.isInteger(runId) || runId <= 0) {
    if (o.requireApproval) throw new ApprovalError('require-approval is set, but this is not a workflow run (GITHUB_RUN_ID is not set)');
    return undefined;
  }
  let approvals: RunApproval[];
  try {
    approvals = await listRunApprovals(octokit, { ...o.repo, run_id: runId });
  } catch (e) {
    // Recording the approval is best effort unless it is required: a token without actions: read
    // must not block a promotion the environment already gated.
    if (o.requireApproval || !isForgeError(e)) throw e;
    o.log(`warning: cannot read this run's approvals (${e.message}); promoting without recording one`);
    return undefined;
  }
  const approval = approvalFor(approvals, environment);
  if (!approval && o.requireApproval) {
    throw new ApprovalError(`require-approval is set, but run ${runId} has no approval for environment "${environment}"`, {
      hint: `run the job with \`environment: ${environment}\` and add required reviewers to that environment (Settings → Environments)`,
    });
  }
  return approval;
}

export async function runPromoteModelStep(octokit: GitHubClient, o: PromoteModelStepOptions): Promise<PromoteModelStepResult> {
  const alias = validateAlias(o.alias);
  // Everything that needs no GitHub answer is checked before the first call.
  validateModelName(o.model);
  if (o.version !== 'latest') normalizeVersion(o.version, 'version');
  if (o.registryBranch !== undefined) validateRegistryBranch(o.registryBranch);
  const configFile = o.config || (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
  const declared = declaredAliases(configFile === undefined ? undefined : await loadConfig(configFile));
  const environment = o.environment || alias;
  const approval = await approvalOfThisRun(octokit, o, environment);
  if (approval) o.log(`approved by ${approval.reviewer} for ${environment}${approval.comment ? `: ${approval.comment}` : ''}`);
  const ports = openGitHubRegistry(octokit, o.repo, { branch: o.registryBranch });
  const result = await promoteModel(
    { model: o.model, version: o.version, alias, declaredAliases: declared, createAlias: o.createAlias === true, env: o.env, approval: approval ? { reviewer: approval.reviewer, comment: approval.comment || null, environment } : undefined },
    ports,
  );
  o.log(result.status === 'promoted' ? `${result.model}@${alias}: ${result.from ?? '(new)'} -> ${result.to}` : `${result.model}@${alias} already points to ${result.to}`);
  const out: PromoteModelStepResult = { result, environment, approval };
  if (o.deployment) {
    const server = (o.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const runId = Number(o.env.GITHUB_RUN_ID) || 0;
    const d = await recordModelDeployment(octokit, {
      ...o.repo,
      environment,
      ref: result.tag,
      model: result.model,
      version: result.to,
      alias,
      runId,
      runAttempt: Number(o.env.GITHUB_RUN_ATTEMPT) || 1,
      state: 'success',
      environmentUrl: o.environmentUrl,
      logUrl: runId ? `${server}/${o.repo.owner}/${o.repo.repo}/actions/runs/${runId}` : undefined,
    });
    out.deployment = { id: d.deploymentId, url: d.url };
    o.log(`deployment ${d.deploymentId} of ${result.tag} to ${environment}: ${d.action}, status success ${d.statusAction}`);
  }
  return out;
}
