/**
 * The open PR(s) for a head SHA. `GET /commits/{sha}/pulls` answers for commits on branches of this
 * repository, but not for a fork's head commit; and a `workflow_run` event from a fork PR carries an
 * empty `pull_requests` list. So: ask the commit first, then fall back to listing open PRs (every
 * page, bounded) and matching `head.sha`.
 */
import type { ForgePullRequest, RepoRef } from '../ports/forge.js';
import type { GitHubClient } from './octokit.js';

/** Open PRs scanned at most in the fallback (10 pages of 100). */
export const OPEN_PR_SCAN_LIMIT = 1000;

interface RawPull {
  number: number;
  state: string;
  html_url: string;
  updated_at: string;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { ref: string; repo: { full_name: string } };
}

function toForgePull(p: RawPull): ForgePullRequest {
  return {
    number: p.number,
    state: p.state === 'open' ? 'open' : 'closed',
    headSha: p.head.sha,
    headRef: p.head.ref,
    headRepo: p.head.repo?.full_name ?? null,
    baseRef: p.base.ref,
    isFork: p.head.repo?.full_name !== p.base.repo.full_name,
    url: p.html_url,
  };
}

const byRecency = (a: RawPull, b: RawPull) => b.updated_at.localeCompare(a.updated_at) || b.number - a.number;

export async function findPullRequestsForSha(octokit: GitHubClient, { owner, repo, sha }: RepoRef & { sha: string }): Promise<ForgePullRequest[]> {
  const viaCommit = (await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
    owner,
    repo,
    commit_sha: sha,
    per_page: 100,
  })) as RawPull[];
  const direct = viaCommit.filter((p) => p.state === 'open' && p.head.sha === sha);
  if (direct.length > 0) return direct.sort(byRecency).map(toForgePull);

  const found: RawPull[] = [];
  let scanned = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.list, { owner, repo, state: 'open', per_page: 100 })) {
    const pulls = page.data as RawPull[];
    found.push(...pulls.filter((p) => p.head.sha === sha));
    scanned += pulls.length;
    if (scanned >= OPEN_PR_SCAN_LIMIT) break;
  }
  return found.sort(byRecency).map(toForgePull);
}

/** The most recently updated open PR for the SHA, or undefined. */
export async function findPullRequestForSha(octokit: GitHubClient, params: RepoRef & { sha: string }): Promise<ForgePullRequest | undefined> {
  return (await findPullRequestsForSha(octokit, params))[0];
}
