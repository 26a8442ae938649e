/**
 * The labels of the pull request a push merged, so publish-model can read the version bump a
 * reviewer asked for (`model:major|minor|patch`) when the release workflow runs on the push to the
 * default branch. `GET /commits/{sha}/pulls` associates a merge (or squash) commit with the PR it
 * merged; among those, the PR whose `merge_commit_sha` is this commit wins, then any merged PR
 * (a rebase merge's last commit). A direct push merges no PR: no labels.
 */
import type { RepoRef } from '../ports/forge.js';
import type { GitHubClient } from './octokit.js';

interface RawPull {
  number: number;
  merged_at: string | null;
  merge_commit_sha: string | null;
  labels: Array<{ name?: string } | string>;
}

export async function labelsOfMergedPullRequest(octokit: GitHubClient, { owner, repo, sha }: RepoRef & { sha: string }): Promise<{ pr?: number; labels: string[] }> {
  const pulls = (await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, { owner, repo, commit_sha: sha, per_page: 100 })) as RawPull[];
  const merged = pulls.filter((p) => p.merged_at);
  const pr = merged.find((p) => p.merge_commit_sha === sha) ?? merged[0];
  if (!pr) return { labels: [] };
  return { pr: pr.number, labels: pr.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean) };
}

/** Labels of the event's own PR (pull_request events, e.g. `closed` with `merged: true`). */
export function labelsOfEventPullRequest(payload: unknown): string[] | undefined {
  const labels = (payload as { pull_request?: { labels?: Array<{ name?: unknown }> } } | null)?.pull_request?.labels;
  return Array.isArray(labels) ? labels.map((l) => l?.name).filter((n): n is string => typeof n === 'string') : undefined;
}
