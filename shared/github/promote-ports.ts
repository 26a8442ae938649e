/**
 * promote-model's ports on GitHub: the registry (releases and the state branch), who approved this
 * run for its environment (the run approvals API), and the Deployment recording the promotion.
 * The step itself is shared/steps/promote-model.ts.
 */
import { ApprovalError } from '../registry/errors.js';
import type { PromotePorts } from '../ports/registry-stores.js';
import { recordModelDeployment } from './deployments.js';
import { isForgeError } from '../ports/forge-error.js';
import { openGitHubRegistry } from './github-registry.js';
import { validateRegistryBranch } from './registry-branch.js';
import { approvalFor, listRunApprovals, type RunApproval } from './run-approvals.js';
import type { RepoRef } from '../ports/forge.js';
import type { GitHubClient } from './octokit.js';

export interface GitHubPromoteSettings {
  repo: RepoRef;
  /** Fail unless this run was approved for the environment. */
  requireApproval: boolean;
  /** Record a Deployment of the release to the environment. */
  deployment: boolean;
  environmentUrl?: string;
  registryBranch?: string;
  env: Record<string, string | undefined>;
  log: (message: string) => void;
}

async function approvalOfThisRun(octokit: GitHubClient, o: GitHubPromoteSettings, environment: string): Promise<RunApproval | undefined> {
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

export function openGitHubPromotePorts(octokit: GitHubClient, o: GitHubPromoteSettings): PromotePorts {
  // Checked here, before the step makes its first call.
  if (o.registryBranch !== undefined) validateRegistryBranch(o.registryBranch);
  return {
    ...openGitHubRegistry(octokit, o.repo, { branch: o.registryBranch }),
    async approval(environment) {
      const approval = await approvalOfThisRun(octokit, o, environment);
      if (!approval) return undefined;
      o.log(`approved by ${approval.reviewer} for ${environment}${approval.comment ? `: ${approval.comment}` : ''}`);
      return { reviewer: approval.reviewer, comment: approval.comment || null, environment };
    },
    recordDeployment: o.deployment
      ? async (result, environment) => {
          const server = (o.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
          const runId = Number(o.env.GITHUB_RUN_ID) || 0;
          const d = await recordModelDeployment(octokit, {
            ...o.repo,
            environment,
            ref: result.tag,
            model: result.model,
            version: result.to,
            alias: result.alias,
            runId,
            runAttempt: Number(o.env.GITHUB_RUN_ATTEMPT) || 1,
            state: 'success',
            environmentUrl: o.environmentUrl,
            logUrl: runId ? `${server}/${o.repo.owner}/${o.repo.repo}/actions/runs/${runId}` : undefined,
          });
          o.log(`deployment ${d.deploymentId} of ${result.tag} to ${environment}: ${d.action}, status success ${d.statusAction}`);
          return { id: d.deploymentId, url: d.url };
        }
      : undefined,
  };
}
