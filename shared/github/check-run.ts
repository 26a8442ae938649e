/**
 * One check run per name per head SHA: find the latest run with that name on the SHA and update
 * it, else create one. Re-running a step updates the same check instead of stacking new ones.
 * (Two truly concurrent first runs can still create two; GitHub shows only the latest per name —
 * `filter=latest` — and the next run updates that one, so the visible state is still one check.)
 */
import { type CheckRunParams, type CheckRunResult } from '../ports/forge.js';
import type { GitHubClient } from './octokit.js';
import { assertCheckOutputFits } from '../ports/forge-requests.js';

export async function upsertCheckRun(octokit: GitHubClient, params: CheckRunParams): Promise<CheckRunResult> {
  const { owner, repo, name, head_sha, title, summary, text, details_url, conclusion } = params;
  assertCheckOutputFits(params);
  const status = params.status ?? (conclusion ? 'completed' : 'in_progress');
  // paginate() unwraps `{ total_count, check_runs }` into the list of check runs.
  const existing = await octokit.paginate(octokit.rest.checks.listForRef, {
    owner,
    repo,
    ref: head_sha,
    check_name: name,
    filter: 'latest',
    per_page: 100,
  });
  const match = existing
    .filter((c) => c.name === name && c.head_sha === head_sha)
    .sort((a, b) => b.id - a.id)[0];
  const output = { title, summary, ...(text === undefined ? {} : { text }) };
  const fields = {
    status,
    ...(status === 'completed' && conclusion ? { conclusion, completed_at: new Date().toISOString() } : {}),
    ...(details_url ? { details_url } : {}),
    output,
  };
  if (match) {
    const { data } = await octokit.rest.checks.update({ owner, repo, check_run_id: match.id, name, ...fields });
    return { action: 'updated', checkRunId: data.id, url: data.html_url ?? data.url };
  }
  const { data } = await octokit.rest.checks.create({ owner, repo, name, head_sha, ...fields });
  return { action: 'created', checkRunId: data.id, url: data.html_url ?? data.url };
}
