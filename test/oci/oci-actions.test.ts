/**
 * The publish-model and promote-model actions with `oci`, run as the runner runs their bundles,
 * against the GitHub simulator (releases, the registry branch) and a real OCI registry (Debian's
 * docker-registry, read back with skopeo): the release records the OCI artifact, the action says
 * where it is, and promote verifies it by digest (a re-pointed tag stops it).
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { releaseDb, seedRepo, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { runAction } from '../support/run-action.js';
import { evaluationReport } from '../registry/fixtures.js';
import { ociRegistryMissing, SKOPEO_BIN, startOciRegistry, type OciRegistryServer } from '../support/oci-registry.js';
import { openOciArtifacts } from '../../shared/oci/oci-artifact-store.js';
import { OCI_ARTIFACT_ASSET } from '../../shared/formats/oci-artifact-format.js';
import { sha256File } from '../../shared/runtime/file-digest.js';

const missing = ociRegistryMissing();
if (missing) console.log(`skipping the OCI action tests: ${missing}`);

describe.skipIf(missing !== undefined)('publish-model and promote-model with an OCI registry', () => {
  let registry: OciRegistryServer;
  let sim: GitHubSim;
  beforeAll(async () => {
    registry = await startOciRegistry();
  }, 30_000);
  afterAll(() => registry?.stop());
  beforeEach(async () => {
    sim = await startGitHubSim();
    seedRepo(sim, { owner: 'octo-org', name: 'model-zoo' });
  });
  afterEach(() => sim.stop());

  const env = () => ({
    GITHUB_API_URL: sim.url,
    GITHUB_REPOSITORY: 'octo-org/model-zoo',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_SHA: 'c'.repeat(40),
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    MLOPS_GITHUB_RETRY_BASE_MS: '1',
    MLOPS_GITHUB_WRITE_SPACING: 'none',
  });
  const files = { 'model/weights.json': '{"w":[0.5,-1.25]}\n', 'evaluation.json': JSON.stringify(evaluationReport()) };

  it('publishes to the release and the OCI repository, outputs the reference, and promote verifies it by digest', async () => {
    const repo = `${registry.host}/models/churn`;
    const p = await runAction('publish-model', { files, inputs: { token: sim.installationToken, model: 'churn', files: 'model', evaluation: 'evaluation.json', artifact: 'false', version: '1.0.0', oci: repo }, env: env() });
    expect(p.exitCode, p.stdout).toBe(0);
    expect(p.outputs['oci-reference']).toMatch(new RegExp(`^${repo.replace(/\./g, '\\.')}:1\\.0\\.0@sha256:[0-9a-f]{64}$`));
    const release = [...releaseDb(sim.state).releases.values()].find((r) => r.tag_name === 'model/churn/v1.0.0');
    expect(release?.assets.map((a: { name: string }) => a.name)).toContain(OCI_ARTIFACT_ASSET);

    const raw = JSON.parse((await promisify(execFile)(SKOPEO_BIN, ['inspect', '--raw', '--tls-verify=false', `docker://${repo}:1.0.0`])).stdout);
    expect(raw.artifactType).toBe('application/vnd.mlops-actions.model.v1');
    expect(raw.config.digest).toBe(`sha256:${p.outputs['manifest-sha256']}`);

    const promote = (alias: string) => runAction('promote-model', { inputs: { token: sim.installationToken, model: 'churn', alias, version: '1.0.0' }, env: env() });
    const ok = await promote('staging');
    expect(ok.exitCode, ok.stdout).toBe(0);

    // The tag re-pointed at other content: promote stops (exit 1) naming both digests.
    await pushOther(registry.dir, repo);
    const stopped = await promote('production');
    expect(stopped.exitCode).toBe(1);
    expect(stopped.stdout.split('\n').find((l) => l.startsWith('::error'))).toMatch(/the tag 1\.0\.0 now points to sha256:[0-9a-f]{64}, not to the published sha256:[0-9a-f]{64}; not promoting/);
  });
});

/** Pushes other bytes as churn:1.0.0, as someone re-tagging by hand would. */
async function pushOther(dir: string, repo: string): Promise<void> {
  const a = join(dir, 'other.bin');
  const m = join(dir, 'other.json');
  await writeFile(a, 'other weights');
  await writeFile(m, '{"other":true}');
  await openOciArtifacts().push(repo, '1.0.0', { path: a, ...(await sha256File(a)) }, { path: m, ...(await sha256File(m)) }, true);
}
