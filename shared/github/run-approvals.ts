/**
 * Who approved the current run's environment: `GET …/actions/runs/{run_id}/approvals`, one entry
 * per reviewed environment. promote-model writes these into the audit log so the log says who
 * let a version into production, with their comment.
 */
import type { RepoRef } from '../ports/forge.js';
import type { GitHubClient } from './octokit.js';

export interface RunApproval {
  /** The reviewer's login. */
  reviewer: string;
  comment: string;
  environment: string;
  state: 'approved' | 'rejected' | 'pending';
  /**
   * When it was reviewed. GitHub's approvals API carries no time, so this is undefined from
   * GitHub; callers stamp the audit entry with their own clock.
   */
  at?: string;
}

export async function listRunApprovals(octokit: GitHubClient, { owner, repo, run_id }: RepoRef & { run_id: number }): Promise<RunApproval[]> {
  const { data } = await octokit.rest.actions.getReviewsForRun({ owner, repo, run_id });
  return data.flatMap((a) =>
    a.environments.map((e) => ({
      reviewer: a.user.login,
      comment: a.comment,
      environment: e.name ?? '',
      state: a.state,
    })),
  );
}

/**
 * The approval that let this run into `environment`: the last approved review naming it (GitHub
 * environment names are case-insensitive). A rejection stops the run before our step, so only
 * approvals are looked at.
 */
export function approvalFor(approvals: RunApproval[], environment: string): RunApproval | undefined {
  const want = environment.toLowerCase();
  return approvals.filter((a) => a.state === 'approved' && a.environment.toLowerCase() === want).at(-1);
}
