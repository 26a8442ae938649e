import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPullRequestForSha } from '../../shared/github/find-pr.js';
import { seedPullRequest, sha, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { REPO, simClient } from './sim-client.js';

let sim: GitHubSim;
const full = `${REPO.owner}/${REPO.repo}`;
beforeEach(async () => {
  sim = await startGitHubSim();
});
afterEach(() => sim.stop());

describe('findPullRequestForSha', () => {
  it('finds a same-repository PR through the commit, without listing PRs', async () => {
    seedPullRequest(sim, { repo: full, number: 3, headSha: sha('a'), headRef: 'tune-lr' });
    const pr = await findPullRequestForSha(simClient(sim), { ...REPO, sha: sha('a') });
    expect(pr).toMatchObject({ number: 3, headRef: 'tune-lr', isFork: false, headRepo: full, state: 'open' });
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/pulls')).toHaveLength(0);
  });

  it('finds a fork PR by listing open PRs when the commit knows none (workflow_run from a fork)', async () => {
    seedPullRequest(sim, { repo: full, number: 4, headSha: sha('mine'), headRef: 'tune-lr' });
    seedPullRequest(sim, { repo: full, number: 5, headSha: sha('fork head'), forkOwner: 'contributor', headRef: 'patch-1' });
    const pr = await findPullRequestForSha(simClient(sim), { ...REPO, sha: sha('fork head') });
    expect(pr).toMatchObject({ number: 5, isFork: true, headRepo: 'contributor/model-zoo', headRef: 'patch-1' });
    const viaCommit = sim.requestsTo('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls');
    expect(viaCommit).toHaveLength(1);
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/pulls')).toHaveLength(1);
  });

  it('finds the fork PR on a later page of open PRs', async () => {
    seedPullRequest(sim, { repo: full, number: 1, headSha: sha('fork head'), forkOwner: 'contributor' });
    for (let n = 2; n <= 150; n++) seedPullRequest(sim, { repo: full, number: n, headSha: sha(`other ${n}`) });
    const pr = await findPullRequestForSha(simClient(sim), { ...REPO, sha: sha('fork head') });
    expect(pr?.number).toBe(1);
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/pulls')).toHaveLength(2);
  });

  it('returns undefined when no open PR has that head (closed ones do not count)', async () => {
    seedPullRequest(sim, { repo: full, number: 9, headSha: sha('closed'), state: 'closed' });
    expect(await findPullRequestForSha(simClient(sim), { ...REPO, sha: sha('closed') })).toBeUndefined();
  });
});
