/**
 * The publish-model and promote-model bundles' refusals, run as the runner runs them against the
 * GitHub simulator: each must stop with one clear message and leave GitHub as it was. (The whole
 * release and promotion loop is test/scenario/release-and-promote.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deploymentDb, releaseDb, seedRepo, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { runAction } from '../support/run-action.js';
import { evaluationReport } from '../registry/fixtures.js';

const REPO = 'octo-org/model-zoo';
let sim: GitHubSim;
beforeEach(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: 'octo-org', name: 'model-zoo' });
});
afterEach(() => sim.stop());

const env = () => ({
  GITHUB_API_URL: sim.url,
  GITHUB_REPOSITORY: REPO,
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_SHA: 'c'.repeat(40),
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '1',
  MLOPS_GITHUB_RETRY_BASE_MS: '1',
  MLOPS_GITHUB_WRITE_SPACING: 'none',
});
const files = { 'model/weights.json': '{"w":[0.5,-1.25]}\n', 'evaluation.json': JSON.stringify(evaluationReport()) };
const publish = (inputs: Record<string, string>, extraEnv: Record<string, string> = {}) =>
  runAction('publish-model', { files, inputs: { token: sim.installationToken, model: 'churn', files: 'model', evaluation: 'evaluation.json', artifact: 'false', ...inputs }, env: { ...env(), ...extraEnv } });
const errorLine = (stdout: string) => stdout.split('\n').find((l) => l.startsWith('::error'));

describe('publish-model refuses before publishing anything', () => {
  it('attest: true without the id-token permission names the permission', async () => {
    const r = await publish({ attest: 'true' });
    expect(r.exitCode).toBe(2);
    expect(errorLine(r.stdout)).toMatch(/attest: true needs the workflow OIDC token/);
    expect(r.stdout).not.toContain('published');
    expect(releaseDb(sim.state).releases.size).toBe(0);
  });

  it.each([
    ['model', '../../etc', /model name "\.\.\/\.\.\/etc" is not allowed/],
    ['model', 'Churn', /model name "Churn" is not allowed/],
    ['version', '1.0', /version/],
    ['version', '1.0.0; rm -rf /', /version/],
    ['bump', 'huge', /bump/],
  ])('a hostile %s %j: exit 2', async (input, value, message) => {
    const r = await publish({ [input]: value });
    expect(r.exitCode).toBe(2);
    expect(errorLine(r.stdout)).toMatch(message);
    expect(releaseDb(sim.state).releases.size).toBe(0);
  });

  it('a read-only token: exit 3 with the permission to add, and no release left behind', async () => {
    sim.injectFault({ kind: 'status', status: 403, message: 'Resource not accessible by integration', route: 'POST /repos/{owner}/{repo}/releases' });
    const r = await publish({});
    expect(r.exitCode).toBe(3);
    expect(errorLine(r.stdout)).toMatch(/HTTP 403.*contents: write/);
    expect([...releaseDb(sim.state).releases.values()].filter((x) => !x.draft)).toHaveLength(0);
  });
});

describe('promote-model refuses', () => {
  const promote = (inputs: Record<string, string>) =>
    runAction('promote-model', { inputs: { token: sim.installationToken, model: 'churn', alias: 'staging', ...inputs }, env: env() });

  it('an unknown model: exit 2, no deployment', async () => {
    const r = await promote({});
    expect(r.exitCode).toBe(2);
    expect(errorLine(r.stdout)).toMatch(/model "churn" has no published versions/);
    expect(deploymentDb(sim.state).deployments.size).toBe(0);
  });

  it('an alias mlops.yaml does not declare, without create-alias: exit 2 naming the input, no deployment', async () => {
    const r = await promote({ alias: 'prodution' });
    expect(r.exitCode).toBe(2);
    expect(errorLine(r.stdout)).toMatch(/alias "prodution" is not a declared alias \(staging, production\) and churn has no such alias yet \(did you mean "production"\? to create it, add it to promote\.aliases in mlops\.yaml or set create-alias: true\)/);
    expect(deploymentDb(sim.state).deployments.size).toBe(0);
  });

  it.each([
    ['alias', 'latest', /alias "latest" is reserved/],
    ['alias', 'Prod', /alias "Prod" is not allowed/],
    ['alias', 'a/b', /alias "a\/b" is not allowed/],
    ['environment-url', 'javascript:alert(1)', /environment-url.*http/],
  ])('a hostile %s %j: exit 2 before any call', async (input, value, message) => {
    const r = await promote({ [input]: value });
    expect(r.exitCode).toBe(2);
    expect(errorLine(r.stdout)).toMatch(message);
    expect(sim.requests.length).toBe(0);
    expect(deploymentDb(sim.state).deployments.size).toBe(0);
  });
});
