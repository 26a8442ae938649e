import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordModelDeployment, type ModelDeploymentParams } from '../../shared/github/deployments.js';
import { listRunApprovals } from '../../shared/github/run-approvals.js';
import { commenters, deploymentDb, seedRef, seedRepo, seedRunApprovals, sha, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { REPO, simClient } from './sim-client.js';

const full = `${REPO.owner}/${REPO.repo}`;
let sim: GitHubSim;
beforeEach(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: REPO.owner, name: REPO.repo });
  seedRef(sim, full, 'tags/churn-v1.2.0', sha('release commit'));
});
afterEach(() => sim.stop());

const params: ModelDeploymentParams = { ...REPO, environment: 'production', ref: 'churn-v1.2.0', model: 'churn', version: '1.2.0', alias: 'production', runId: 5453085689, runAttempt: 1 };
const logUrl = `https://github.com/${full}/actions/runs/5453085689`;

describe('model deployments', () => {
  it('creates one deployment and one status per run attempt, however often the step re-runs', async () => {
    const octokit = simClient(sim);
    const first = await recordModelDeployment(octokit, { ...params, state: 'success', environmentUrl: 'https://models.example.com/churn', logUrl });
    const again = await recordModelDeployment(octokit, { ...params, state: 'success', environmentUrl: 'https://models.example.com/churn', logUrl });
    expect(first).toMatchObject({ action: 'created', statusAction: 'created' });
    expect(again).toMatchObject({ action: 'found', deploymentId: first.deploymentId, statusAction: 'unchanged', statusId: first.statusId });
    const [d] = [...deploymentDb(sim.state).deployments.values()];
    expect(deploymentDb(sim.state).deployments.size).toBe(1);
    expect(d!.data).toMatchObject({
      ref: 'churn-v1.2.0',
      sha: sha('release commit'),
      environment: 'production',
      production_environment: true,
      transient_environment: false,
      payload: { mlops: { model: 'churn', version: '1.2.0', alias: 'production', run_id: 5453085689, run_attempt: 1 } },
    });
    expect(d!.statuses).toHaveLength(1);
    expect(d!.statuses[0]).toMatchObject({ state: 'success', environment_url: 'https://models.example.com/churn', log_url: logUrl });
    const sent = sim.requestsTo('POST', '/repos/{owner}/{repo}/deployments');
    expect(sent).toHaveLength(1);
  });

  it('a new run attempt gets its own deployment; a changed outcome adds a status', async () => {
    const octokit = simClient(sim);
    const a1 = await recordModelDeployment(octokit, { ...params, state: 'failure', logUrl });
    const a1Again = await recordModelDeployment(octokit, { ...params, state: 'success', logUrl });
    const a2 = await recordModelDeployment(octokit, { ...params, runAttempt: 2, state: 'success', logUrl });
    expect(a1Again).toMatchObject({ action: 'found', deploymentId: a1.deploymentId, statusAction: 'created' });
    expect(a2.action).toBe('created');
    expect(a2.deploymentId).not.toBe(a1.deploymentId);
    expect(deploymentDb(sim.state).deployments.get(a1.deploymentId)!.statuses.map((s) => s.state)).toEqual(['failure', 'success']);
  });

  it('names the missing ref when the version tag does not exist', async () => {
    await expect(recordModelDeployment(simClient(sim), { ...params, ref: 'churn-v9.9.9', state: 'success' })).rejects.toThrow(/HTTP 422.*No ref found for: churn-v9\.9\.9/);
  });
});

describe('run approvals', () => {
  it('reads who approved which environment, from a real deployment_review payload', async () => {
    const { runId, payload } = seedRunApprovals(sim, {
      repo: full,
      approvals: [{ comment: 'Metrics hold on every slice; ship it.' }, { environment: 'staging', state: 'rejected', comment: 'wrong version', user: commenters.bob }],
    });
    const approvals = await listRunApprovals(simClient(sim), { ...REPO, run_id: runId });
    expect(approvals).toEqual([
      { reviewer: payload.requestor.login, comment: 'Metrics hold on every slice; ship it.', environment: payload.environment, state: 'approved' },
      { reviewer: 'bob-reviewer', comment: 'wrong version', environment: 'staging', state: 'rejected' },
    ]);
    expect(payload.requestor.login).toBe('ilmax');
    expect(payload.environment).toBe('TST');
  });

  it('names actions: read when the run is not visible', async () => {
    await expect(listRunApprovals(simClient(sim), { ...REPO, run_id: 1 })).rejects.toThrow(/HTTP 404.*actions: read/);
  });
});
