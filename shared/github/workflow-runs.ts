/**
 * Earlier runs and their artifacts: how `compare` finds the baseline report of the base branch
 * (the latest successful run of a workflow there) and downloads it.
 */
import type { ForgeArtifact, ForgeWorkflowRun, RepoRef, WorkflowRunQuery } from '../ports/forge.js';
import type { GitHubClient } from './octokit.js';

export async function listSuccessfulWorkflowRuns(octokit: GitHubClient, q: WorkflowRunQuery): Promise<ForgeWorkflowRun[]> {
  const limit = q.limit ?? 30;
  const runs: ForgeWorkflowRun[] = [];
  const params = {
    owner: q.owner,
    repo: q.repo,
    workflow_id: q.workflow,
    status: 'success' as const,
    per_page: Math.min(100, limit),
    ...(q.branch ? { branch: q.branch } : {}),
    ...(q.event ? { event: q.event } : {}),
    ...(q.head_sha ? { head_sha: q.head_sha } : {}),
  };
  for await (const page of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, params)) {
    for (const r of page.data) {
      runs.push({
        id: r.id,
        runNumber: r.run_number,
        headSha: r.head_sha,
        headBranch: r.head_branch,
        event: r.event,
        conclusion: r.conclusion,
        createdAt: r.created_at,
        url: r.html_url,
      });
      if (runs.length >= limit) return runs;
    }
  }
  return runs;
}

export async function listRunArtifacts(octokit: GitHubClient, { owner, repo, run_id }: RepoRef & { run_id: number }): Promise<ForgeArtifact[]> {
  const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, { owner, repo, run_id, per_page: 100 }, (r) => r.data);
  return all.map((a) => ({ id: a.id, name: a.name, sizeInBytes: a.size_in_bytes, expired: a.expired }));
}

/** GitHub answers with a 302 to short-lived storage; fetch follows it and we get the zip bytes. */
export async function downloadArtifact(octokit: GitHubClient, { owner, repo, artifact_id }: RepoRef & { artifact_id: number }): Promise<Uint8Array> {
  const { data } = await octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id, archive_format: 'zip' });
  return new Uint8Array(data as ArrayBuffer);
}
