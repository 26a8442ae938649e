import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertCheckRun } from '../../shared/github/check-run.js';
import { ForgeError } from '../../shared/ports/forge-error.js';
import { checkRunName } from '../../shared/formats/forge-markers.js';
import { seedRepo, sha, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { REPO, simClient } from './sim-client.js';

let sim: GitHubSim;
beforeEach(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: REPO.owner, name: REPO.repo });
});
afterEach(() => sim.stop());

const head = sha('pr head');

describe('upsertCheckRun', () => {
  it('creates the check run, then updates the same one on the next call', async () => {
    const octokit = simClient(sim);
    const name = checkRunName('churn');
    const first = await upsertCheckRun(octokit, { ...REPO, name, head_sha: head, title: 'Evaluating', summary: 'running' });
    const second = await upsertCheckRun(octokit, {
      ...REPO,
      name,
      head_sha: head,
      conclusion: 'failure',
      title: 'AUC dropped by 0.04',
      summary: '| metric | base | PR |\n|---|---|---|\n| AUC | 0.91 | 0.87 |',
    });
    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'updated', checkRunId: first.checkRunId });
    const runs = [...sim.state.checkRuns.values()];
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ name: 'mlops / churn', status: 'completed', conclusion: 'failure', output: { title: 'AUC dropped by 0.04' } });
    expect(runs[0]!.completed_at).not.toBeNull();
  });

  it('keeps check runs of other models and other SHAs apart', async () => {
    const octokit = simClient(sim);
    const base = { ...REPO, conclusion: 'success' as const, title: 't', summary: 's' };
    await upsertCheckRun(octokit, { ...base, name: checkRunName('churn'), head_sha: head });
    await upsertCheckRun(octokit, { ...base, name: checkRunName('fraud'), head_sha: head });
    await upsertCheckRun(octokit, { ...base, name: checkRunName('churn'), head_sha: sha('other') });
    await upsertCheckRun(octokit, { ...base, name: checkRunName('churn'), head_sha: head, conclusion: 'neutral' });
    expect(sim.state.checkRuns.size).toBe(3);
  });

  it('refuses a summary over 65,535 characters', async () => {
    const err = await upsertCheckRun(simClient(sim), { ...REPO, name: 'mlops / m', head_sha: head, title: 't', summary: 's'.repeat(65_536) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForgeError);
    expect((err as Error).message).toMatch(/output\.summary is 65536 characters; GitHub accepts at most 65535/);
    expect(sim.requests).toHaveLength(0);
  });

  it('retries a 502 on create and still leaves one check run', async () => {
    sim.injectFault({ route: 'POST /repos/{owner}/{repo}/check-runs', kind: 'status', status: 502, times: 2 });
    await upsertCheckRun(simClient(sim), { ...REPO, name: 'mlops / m', head_sha: head, conclusion: 'success', title: 't', summary: 's' });
    expect(sim.state.checkRuns.size).toBe(1);
  });
});
