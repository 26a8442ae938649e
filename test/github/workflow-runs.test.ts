import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inflateRawSync } from 'node:zlib';
import { GitHubForge } from '../../shared/github/github-forge.js';
import { seedRepo, seedWorkflowRun, sha, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { REPO, simClient } from './sim-client.js';

let sim: GitHubSim;
const full = `${REPO.owner}/${REPO.repo}`;
beforeEach(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: REPO.owner, name: REPO.repo });
});
afterEach(() => sim.stop());

/** Reads the first entry of a zip (stored or deflated) — enough to check what came back. */
function firstZipEntry(zip: Uint8Array): { name: string; text: string } {
  const b = Buffer.from(zip);
  expect(b.readUInt32LE(0)).toBe(0x04034b50);
  const method = b.readUInt16LE(8);
  const size = b.readUInt32LE(18);
  const nameLen = b.readUInt16LE(26);
  const extra = b.readUInt16LE(28);
  const name = b.subarray(30, 30 + nameLen).toString('utf8');
  const data = b.subarray(30 + nameLen + extra, 30 + nameLen + extra + size);
  return { name, text: (method === 8 ? inflateRawSync(data) : data).toString('utf8') };
}

describe('workflow runs and artifacts', () => {
  it('lists successful runs of one workflow on one branch, newest first', async () => {
    const run = (branch: string, conclusion: 'success' | 'failure', workflow = 'pr-report.yml') =>
      seedWorkflowRun(sim, { repo: full, workflow, branch, headSha: sha(`${branch}${conclusion}${Math.random()}`), conclusion });
    const old = run('main', 'success');
    run('main', 'failure');
    run('feature', 'success');
    run('main', 'success', 'nightly.yml');
    const newest = run('main', 'success');
    const forge = new GitHubForge(simClient(sim));
    const runs = await forge.listSuccessfulWorkflowRuns({ ...REPO, workflow: 'pr-report.yml', branch: 'main' });
    expect(runs.map((r) => r.id)).toEqual([newest.id, old.id]);
    expect(runs[0]).toMatchObject({ headBranch: 'main', conclusion: 'success', event: 'push' });
    const q = new URL(sim.requestsTo('GET', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs')[0]!.path, sim.url).searchParams;
    expect(q.get('status')).toBe('success');
  });

  it('lists a run’s artifacts and downloads one as zip bytes (following the 302)', async () => {
    const run = seedWorkflowRun(sim, {
      repo: full,
      workflow: 'pr-report.yml',
      branch: 'main',
      headSha: sha('base'),
      artifacts: { 'evaluation-churn': { 'evaluation.json': '{"schema":"mlops-actions/evaluation@1"}' }, other: { 'x.txt': 'x' } },
    });
    const forge = new GitHubForge(simClient(sim));
    const artifacts = await forge.listRunArtifacts({ ...REPO, run_id: run.id });
    expect(artifacts.map((a) => a.name)).toEqual(['evaluation-churn', 'other']);
    const zip = await forge.downloadArtifact({ ...REPO, artifact_id: artifacts[0]!.id });
    expect(zip.length).toBe(artifacts[0]!.sizeInBytes);
    expect(firstZipEntry(zip)).toEqual({ name: 'evaluation.json', text: '{"schema":"mlops-actions/evaluation@1"}' });
  });
});
