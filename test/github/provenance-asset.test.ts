/**
 * publish-model on GitHub keeps the Sigstore bundle of its build provenance with the release
 * (`provenance.sigstore.json`), against the GitHub simulator: stored once (a re-run keeps the first),
 * downloaded intact so that it still verifies, not a conflict when the same version is published
 * again, and left out when GitHub's own Sigstore instance (a private repository) signed it.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GitHubReleaseStore } from '../../shared/github/github-release-store.js';
import { openGitHubPublishPorts } from '../../shared/github/publish-ports.js';
import type { PublishResult } from '../../shared/formats/registry-results.js';
import { isPublicGoodBundle, storeProvenanceBundle } from '../../shared/github/provenance-asset.js';
import { PROVENANCE_ASSET } from '../../shared/formats/manifest-format.js';
import { verifyProvenanceBundle } from '../../shared/registry/provenance/verify-provenance.js';
import { seedRepo, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { REPO, simClient } from './sim-client.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/provenance/attest-demo-reusable-workflow.sigstore.json');

// @actions/attest needs the runner's OIDC token: here it answers as it does on GitHub, with the
// attestation's id and the signed bundle (the real fixture).
const attested = vi.hoisted(() => ({ subjects: [] as unknown[], bundle: undefined as unknown }));
vi.mock('@actions/attest', () => ({
  attestProvenance: async (o: { subjects: unknown[] }) => {
    attested.subjects = o.subjects;
    return { attestationID: '4242', bundle: attested.bundle, certificate: '', tlogID: '95781729' };
  },
}));
const UPLOAD = '/repos/{owner}/{repo}/releases/{release_id}/assets';
const tagFor = (model: string, version: string) => `model/${model}/v${version}`;

let sim: GitHubSim;
let dir: string;
beforeEach(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: REPO.owner, name: REPO.repo });
  dir = await mkdtemp(join(tmpdir(), 'provenance-asset-'));
});
afterEach(async () => {
  await sim.stop();
  await rm(dir, { recursive: true, force: true });
});

const store = () => new GitHubReleaseStore(simClient(sim), REPO, tagFor, { targetCommitish: 'main' });

async function publish(): Promise<Array<{ name: string; path: string }>> {
  await writeFile(join(dir, 'model.tar.gz'), 'model bytes');
  await writeFile(join(dir, 'manifest.json'), '{"schema":"mlops-actions/model@1"}');
  const files = [{ name: 'model.tar.gz', path: join(dir, 'model.tar.gz') }, { name: 'manifest.json', path: join(dir, 'manifest.json') }];
  await store().create('churn', '1.0.0', files, 'notes');
  return files;
}

describe('storeProvenanceBundle', () => {
  it('stores the bundle once as a release asset that downloads intact and still verifies', async () => {
    const files = await publish();
    const bundle = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    expect(await storeProvenanceBundle(simClient(sim), REPO, 'model/churn/v1.0.0', bundle)).toBe('stored');
    expect(await storeProvenanceBundle(simClient(sim), REPO, 'model/churn/v1.0.0', bundle)).toBe('kept');
    expect(sim.requestsTo('POST', UPLOAD)).toHaveLength(3); // two files, one bundle

    const ref = (await store().find('churn', '1.0.0'))!;
    expect(ref.assets.map((a) => a.name)).toEqual(['model.tar.gz', 'manifest.json', PROVENANCE_ASSET]);
    const out = join(dir, 'downloaded.json');
    await store().download(ref, PROVENANCE_ASSET, out);
    const downloaded = JSON.parse(await readFile(out, 'utf8'));
    expect(downloaded).toEqual(bundle);
    const subject = { name: 'github_provenance_demo-0.0.0-py3-none-any.whl', sha256: '07e4b8c0e3580b3e4a1eb62c70f1ffb86004d3d94f50767cb404fa7a639b4d05', required: true };
    expect((await verifyProvenanceBundle(downloaded, { subjects: [subject] }, ref.tag)).verified).toBe(true);

    // Publishing the same version again (a re-run) is not a conflict because of the added bundle.
    await expect(store().create('churn', '1.0.0', files, 'notes')).resolves.toMatchObject({ tag: 'model/churn/v1.0.0' });
  });

  it('leaves out a bundle from GitHub\'s own Sigstore instance (no Rekor entry), which promote could not verify', async () => {
    await publish();
    const privateBundle = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    privateBundle.verificationMaterial.tlogEntries = [];
    privateBundle.verificationMaterial.timestampVerificationData = { rfc3161Timestamps: [{ signedTimestamp: 'AAAA' }] };
    expect(isPublicGoodBundle(privateBundle)).toBe(false);
    expect(await storeProvenanceBundle(simClient(sim), REPO, 'model/churn/v1.0.0', privateBundle)).toBe('private-instance');
    expect(sim.requestsTo('POST', UPLOAD)).toHaveLength(2);
  });

  it('publish-model\'s side products attest, then store the bundle the attestation returned', async () => {
    await publish();
    attested.bundle = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const log: string[] = [];
    const ports = openGitHubPublishPorts(simClient(sim), {
      repo: REPO, token: 't', outDir: dir, artifact: false, attest: true, event: { name: 'push', payload: {} },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'y', GITHUB_SERVER_URL: 'https://github.com' }, log: (m) => log.push(m),
    });
    const result = { tag: 'model/churn/v1.0.0', manifest_sha256: 'b'.repeat(64), manifest: { assets: [{ name: 'model.tar.gz', size: 11, sha256: 'a'.repeat(64) }] } } as unknown as PublishResult;
    expect(await ports.sideProducts!(result)).toEqual({ attestation_url: 'https://github.com/octo-org/model-zoo/attestations/4242' });
    expect(attested.subjects).toEqual([
      { name: 'model/churn/v1.0.0/manifest.json', digest: { sha256: 'b'.repeat(64) } },
      { name: 'model/churn/v1.0.0/model.tar.gz', digest: { sha256: 'a'.repeat(64) } },
    ]);
    expect(log.at(-1)).toBe('provenance bundle stored as release asset provenance.sigstore.json');
    expect((await store().find('churn', '1.0.0'))!.assets.map((a) => a.name)).toContain(PROVENANCE_ASSET);
  });
});
