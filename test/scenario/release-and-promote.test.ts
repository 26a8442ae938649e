/**
 * The release half of the loop, on the example weather project, through the publish-model and
 * promote-model bundles run as the runner runs them, against the GitHub simulator:
 *
 *   merge (push) -> publish 1.0.0 -> re-run changes nothing -> promote staging -> merge with a
 *   model:minor label -> publish 1.1.0 -> production refused without approval -> approval (the
 *   real deployment_review payload's run and reviewer) -> production -> rollback to 1.0.0 ->
 *   a tampered asset stops a promotion before any deployment exists.
 *
 * The state is then read back from GitHub through the same registry ports `mlops registry` uses.
 */
import { cpSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractZip } from '../../shared/github/artifact-zip.js';
import { openGitHubRegistry } from '../../shared/github/github-registry.js';
import { validateData } from '../../shared/steps/validate-data.js';
import { modelHistory, showModel } from '../../shared/registry/registry-view.js';
import { simClient } from '../github/sim-client.js';
import { deploymentDb, gitStore, moveRefBeforeUpdate, releaseDb, seedBranch, seedPullRequest, seedRepo, seedRunApprovals, seedWorkflowRun, startGitHubSim, webhookPayload, type GitHubSim } from '../support/github-sim/index.js';
import { repoRoot, runAction } from '../support/run-action.js';
import { trainWeatherCandidate } from '../support/weather-candidate.js';

const REPO = 'octo-org/model-zoo';
const ports = () => openGitHubRegistry(simClient(sim), { owner: 'octo-org', repo: 'model-zoo' });

let sim: GitHubSim;
/** Two trained candidates of the example model: all features (v1) and a retrained one (v2). */
const candidates: Record<'v1' | 'v2', Record<string, string | Uint8Array>> = { v1: {}, v2: {} };

beforeAll(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: 'octo-org', name: 'model-zoo' });
  const dir = await mkdtemp(join(tmpdir(), 'mlops-release-scenario-'));
  const profile = join(dir, 'profile.json');
  await validateData({ data: join(repoRoot, 'examples/weather/data/seattle-2012-2014.csv'), contract: join(repoRoot, 'examples/weather/contract.yaml'), profileOut: profile, reportOut: join(dir, 'validation.json') });
  for (const [name, iterations] of [['v1', 3000], ['v2', 1500]] as const) {
    await trainWeatherCandidate(join(dir, name), { model: 'logistic_regression', features: ['precipitation', 'temp_max', 'temp_min', 'wind'], threshold: 0.5, learning_rate: 0.0005, iterations }, { resamples: 50 });
    candidates[name] = {
      'model/model.json': readFileSync(join(dir, name, 'model.json')),
      'out/evaluation.json': readFileSync(join(dir, name, 'evaluation.json')),
      'out/evaluation.examples.jsonl.gz': readFileSync(join(dir, name, 'evaluation.examples.jsonl.gz')),
      'out/profile.json': readFileSync(profile),
      'mlops.yaml': readFileSync(join(repoRoot, 'examples/weather/mlops.yaml')),
    };
  }
  cpSync(profile, join(dir, 'kept-profile.json'));
}, 120_000);
afterAll(() => sim?.stop());

/** GitHub's variables for a run of `workflow` started by `event`. */
function runEnv(runId: number, workflow: string, eventName: string, headSha: string) {
  return {
    GITHUB_API_URL: sim.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: REPO,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_SHA: headSha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW_REF: `${REPO}/.github/workflows/${workflow}@refs/heads/main`,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'release-bot',
    MLOPS_GITHUB_RETRY_BASE_MS: '1',
    MLOPS_GITHUB_WRITE_SPACING: 'none',
  };
}

/** A real push payload, moved to our repository and commit. */
function pushEvent(headSha: string) {
  const payload = webhookPayload('push');
  payload.after = headSha;
  payload.ref = 'refs/heads/main';
  return { name: 'push', payload };
}

/** publish-model in a job of run `runId`; with `attempt`, also uploads the workflow artifact. */
function publish(candidate: 'v1' | 'v2', runId: number, headSha: string, attempt?: number) {
  const artifactEnv = attempt ? sim.actionsRuntimeEnv({ repo: REPO, runId, attempt }) : {};
  return runAction('publish-model', {
    files: candidates[candidate],
    inputs: { token: sim.installationToken, model: 'weather', files: 'model', evaluation: 'out/evaluation.json', profile: 'out/profile.json', artifact: String(!!attempt) },
    event: pushEvent(headSha),
    env: { ...runEnv(runId, 'release.yml', 'push', headSha), ...artifactEnv, GITHUB_SERVER_URL: 'https://github.com' },
  });
}

function promote(runId: number, inputs: Record<string, string>) {
  return runAction('promote-model', {
    inputs: { token: sim.installationToken, model: 'weather', ...inputs },
    event: { name: 'workflow_dispatch', payload: { ...webhookPayload('workflow_dispatch'), inputs } },
    env: { ...runEnv(runId, 'promote.yml', 'workflow_dispatch', seedBranch(sim, REPO, 'main', { 'README.md': `run ${runId}\n` })) },
  });
}

const deployments = () => [...deploymentDb(sim.state).deployments.values()].map((d) => ({ environment: d.data.environment, ref: d.data.ref, states: d.statuses.map((s) => s.state), payload: d.data.payload }));

describe('release and promotion on GitHub (bundles against the simulator)', () => {
  const merge1 = () => seedBranch(sim, REPO, 'main', { 'train.ts': 'v1\n' }, 'Merge pull request #11');
  let head1 = '';
  let head2 = '';

  it('publishes 1.0.0 on the first merge as a release with every asset, and a re-run changes nothing', async () => {
    head1 = merge1();
    seedPullRequest(sim, { repo: REPO, number: 11, headSha: 'a'.repeat(40), mergeCommitSha: head1, labels: ['model:major'] });
    const runId = seedWorkflowRun(sim, { repo: REPO, workflow: 'release.yml', branch: 'main', headSha: head1, event: 'push', conclusion: null }).id as number;
    const r = await publish('v1', runId, head1, 1);
    expect(r.stderr).toBe('');
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'published', version: '1.0.0', tag: 'model/weather/v1.0.0' });
    expect(r.outputs['release-url']).toMatch(/\/releases\/tag\/model%2Fweather%2Fv1\.0\.0$/);
    expect(r.outputs['content-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(r.summary).toContain('Published [weather 1.0.0]');
    const [release] = [...releaseDb(sim.state).releases.values()];
    expect(release!.tag_name).toBe('model/weather/v1.0.0');
    expect(release!.assets.map((a) => a.name).sort()).toEqual(['evaluation.examples.jsonl.gz', 'evaluation.json', 'manifest.json', 'model-card.md', 'model.tar.gz', 'profile.json']);
    const manifest = JSON.parse(readFileSync(join(r.workspace, r.outputs['manifest-path']!), 'utf8'));
    expect(manifest.lineage).toMatchObject({ source: 'github', repository: REPO, commit: head1, run_id: String(runId), actor: 'release-bot', trigger: 'push' });
    expect(readFileSync(join(r.workspace, r.outputs['model-card-path']!), 'utf8')).toContain('back-filling missing labels');
    // The workflow artifact holds exactly the release's files.
    const artifact = sim.state.artifacts.get(Number(r.outputs['artifact-id']));
    expect(artifact).toMatchObject({ name: 'mlops-model-weather-1.0.0' });
    const unzippedTo = await mkdtemp(join(tmpdir(), 'mlops-artifact-'));
    const unzipped = await extractZip(artifact!.bytes, unzippedTo, { maxBytes: 50 * 1024 * 1024 });
    expect([...unzipped].sort()).toEqual(['evaluation.examples.jsonl.gz', 'evaluation.json', 'manifest.json', 'model-card.md', 'model.tar.gz', 'profile.json']);
    for (const f of unzipped) expect(readFileSync(join(unzippedTo, f))).toEqual(readFileSync(join(r.workspace, 'mlops-out/publish', f)));

    // "Re-run jobs": attempt 2 of the same run changes nothing and keeps attempt 1's artifact.
    const again = await publish('v1', runId, head1, 2);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs).toMatchObject({ status: 'unchanged', version: '1.0.0', 'manifest-sha256': r.outputs['manifest-sha256'], 'content-digest': r.outputs['content-digest'], 'artifact-id': r.outputs['artifact-id'] });
    expect(releaseDb(sim.state).releases.size).toBe(1);
    expect((await modelHistory(ports(), 'weather')).map((e) => e.action)).toEqual(['publish']);
  }, 60_000);

  it('promotes the latest version to staging with a deployment, and a re-run of that run finds it', async () => {
    const r = await promote(9100, { alias: 'staging' });
    expect(r.stderr).toBe('');
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'promoted', from: '', to: '1.0.0', tag: 'model/weather/v1.0.0', 'approved-by': '' });
    expect(deployments()).toEqual([{ environment: 'staging', ref: 'model/weather/v1.0.0', states: ['success'], payload: { mlops: { model: 'weather', version: '1.0.0', alias: 'staging', run_id: 9100, run_attempt: 1 } } }]);
    const again = await promote(9100, { alias: 'staging' });
    expect(again.outputs).toMatchObject({ status: 'unchanged', to: '1.0.0', 'deployment-id': r.outputs['deployment-id'] });
    expect(deployments()).toHaveLength(1);
    expect(deployments()[0]!.states).toEqual(['success']);
  }, 60_000);

  it('bumps by the merged PR\'s model:minor label for new content', async () => {
    head2 = seedBranch(sim, REPO, 'main', { 'train.ts': 'v2\n' }, 'Merge pull request #12');
    seedPullRequest(sim, { repo: REPO, number: 12, headSha: 'b'.repeat(40), mergeCommitSha: head2, labels: ['documentation', 'model:minor'] });
    const r = await publish('v2', 9002, head2);
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toContain(`merged PR #12, labels: documentation, model:minor`);
    expect(r.outputs).toMatchObject({ status: 'published', version: '1.1.0', tag: 'model/weather/v1.1.0' });
  }, 60_000);

  it('refuses production without an approval when one is required: nothing moves, no deployment', async () => {
    // The run exists, but its environment had no required reviewers: nobody approved it.
    seedRunApprovals(sim, { repo: REPO, runId: 9200, approvals: [] });
    const before = deployments().length;
    const r = await promote(9200, { alias: 'production', version: '1.1.0', 'require-approval': 'true' });
    expect(r.exitCode, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/no approval for environment "production"/);
    expect(deployments()).toHaveLength(before);
    expect((await showModel(ports(), 'weather')).aliases.production).toBeUndefined();
  }, 60_000);

  it('promotes to production with the approval recorded from the deployment_review run, then rolls back', async () => {
    const { runId, payload } = seedRunApprovals(sim, { repo: REPO, approvals: [{ environment: 'production', comment: 'AUC holds on every season @team' }] });
    const reviewer = (payload.requestor as { login: string }).login;
    const r = await promote(runId, { alias: 'production', version: '1.1.0', 'require-approval': 'true', 'environment-url': 'https://models.example.com/weather' });
    expect(r.stderr).toBe('');
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'promoted', from: '', to: '1.1.0', 'approved-by': reviewer });
    expect(r.summary).toContain('Approved by @\u200D');

    const rollback = seedRunApprovals(sim, { repo: REPO, runId: runId + 1, approvals: [{ environment: 'production', comment: 'roll back: 1.1.0 misses rain in spring' }] });
    const back = await promote(rollback.runId, { alias: 'production', version: '1.0.0', 'require-approval': 'true' });
    expect(back.exitCode, back.stdout).toBe(0);
    expect(back.outputs).toMatchObject({ status: 'promoted', from: '1.1.0', to: '1.0.0' });

    const state = await showModel(ports(), 'weather');
    expect(state.aliases).toMatchObject({ staging: { version: '1.0.0' }, production: { version: '1.0.0' } });
    const history = await modelHistory(ports(), 'weather');
    expect(history.map((e) => [e.action, e.alias, e.from, e.to])).toEqual([
      ['publish', null, null, '1.0.0'],
      ['promote', 'staging', null, '1.0.0'],
      ['publish', null, null, '1.1.0'],
      ['promote', 'production', null, '1.1.0'],
      ['promote', 'production', '1.1.0', '1.0.0'],
    ]);
    expect(history[3]!.approval).toEqual({ reviewer, comment: 'AUC holds on every season @team', environment: 'production' });
    expect(history[3]!.run).toMatchObject({ run_id: String(runId), repository: REPO });
    const prod = deployments().filter((d) => d.environment === 'production');
    expect(prod.map((d) => [d.ref, d.states])).toEqual([['model/weather/v1.1.0', ['success']], ['model/weather/v1.0.0', ['success']]]);
  }, 60_000);

  it('loses nothing when two promotions run at once and another writer moves the branch mid-promotion', async () => {
    const moved = moveRefBeforeUpdate(sim, { repo: REPO, branch: 'mlops-registry', files: { 'registry/notes.txt': 'a concurrent writer\n' } });
    const auditBefore = (await modelHistory(ports(), 'weather')).length;
    const [a, b] = await Promise.all([promote(9400, { alias: 'staging', version: '1.1.0' }), promote(9401, { alias: 'canary', version: '1.1.0', 'create-alias': 'true' })]);
    expect([a.exitCode, b.exitCode], a.stdout + b.stdout).toEqual([0, 0]);
    expect(moved.firedCommit).toBeDefined();
    const state = await showModel(ports(), 'weather');
    expect(state.aliases).toMatchObject({ staging: { version: '1.1.0' }, canary: { version: '1.1.0' }, production: { version: '1.0.0' } });
    const history = await modelHistory(ports(), 'weather');
    expect(history.slice(auditBefore).map((e) => `${e.alias}:${e.from}->${e.to}`).sort()).toEqual(['canary:null->1.1.0', 'staging:1.0.0->1.1.0']);
    // The other writer's commit is still on the branch: compare-and-swap, never a force push.
    expect(gitStore(sim.state).refsOf(REPO).get('heads/mlops-registry')).not.toBe(moved.firedCommit);
    expect(gitStore(sim.state).isAncestor(moved.firedCommit!, gitStore(sim.state).refsOf(REPO).get('heads/mlops-registry')!)).toBe(true);
  }, 60_000);

  it('stops a promotion at a tampered asset, before any deployment', async () => {
    const release = [...releaseDb(sim.state).releases.values()].find((x) => x.tag_name === 'model/weather/v1.1.0')!;
    const archive = release.assets.find((a) => a.name === 'model.tar.gz')!;
    archive.bytes = Buffer.concat([archive.bytes, Buffer.from('x')]);
    const before = deployments().length;
    const r = await promote(9300, { alias: 'production', version: '1.1.0' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/model\.tar\.gz has SHA-256 [0-9a-f]{64} \(\d+ bytes\), but the manifest says/);
    expect(deployments()).toHaveLength(before);
    expect((await showModel(ports(), 'weather')).aliases.production!.version).toBe('1.0.0');
  }, 60_000);
});
