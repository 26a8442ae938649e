import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubReleaseStore, RELEASE_ASSET_LIMIT_BYTES } from '../../shared/github/github-release-store.js';
import { ForgeError } from '../../shared/ports/forge-error.js';
import { ConflictError, IntegrityError } from '../../shared/registry/errors.js';
import { releaseDb, seedRepo, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { REPO, simClient } from './sim-client.js';

const tagFor = (model: string, version: string) => `${model}-v${version}`;
const RELEASES = '/repos/{owner}/{repo}/releases';
const UPLOAD = '/repos/{owner}/{repo}/releases/{release_id}/assets';

let sim: GitHubSim;
let dir: string;
beforeEach(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: REPO.owner, name: REPO.repo });
  dir = await mkdtemp(join(tmpdir(), 'release-store-'));
});
afterEach(async () => {
  await sim.stop();
  await rm(dir, { recursive: true, force: true });
});

const store = () => new GitHubReleaseStore(simClient(sim), REPO, tagFor, { targetCommitish: 'main' });
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A 300 KiB model file (not all one byte, so truncation or reordering would show) and a manifest. */
async function modelFiles(seed = 1): Promise<Array<{ name: string; path: string; bytes: Buffer }>> {
  const model = Buffer.alloc(300 * 1024);
  for (let i = 0; i < model.length; i++) model[i] = (i * 31 + seed) & 0xff;
  const manifest = Buffer.from(JSON.stringify({ schema: 'mlops-actions/model-manifest@1', sha256: sha256(model) }));
  await writeFile(join(dir, 'model.tar.gz'), model);
  await writeFile(join(dir, 'manifest.json'), manifest);
  return [
    { name: 'model.tar.gz', path: join(dir, 'model.tar.gz'), bytes: model },
    { name: 'manifest.json', path: join(dir, 'manifest.json'), bytes: manifest },
  ];
}

describe('GitHubReleaseStore', () => {
  it('publishes one release per version with streamed, sized uploads, then finds, lists and downloads it', async () => {
    const files = await modelFiles();
    const ref = await store().create('churn', '1.0.0', files, 'First model.');
    expect(ref).toMatchObject({ model: 'churn', version: '1.0.0', tag: 'churn-v1.0.0' });
    expect(ref.assets).toEqual(files.map((f) => ({ name: f.name, size: f.bytes.length, sha256: sha256(f.bytes) })));

    // What the uploads host received: the exact bytes, sized by content-length, not chunked.
    const [release] = [...releaseDb(sim.state).releases.values()];
    expect(release!.draft).toBe(false);
    for (const f of files) {
      const a = release!.assets.find((x) => x.name === f.name)!;
      expect(a.bytes.equals(f.bytes)).toBe(true);
      expect(a.contentLengthHeader).toBe(String(f.bytes.length));
      expect(a.transferEncoding).toBeUndefined();
    }
    expect(sim.requestsTo('POST', UPLOAD).every((r) => r.path.startsWith('/_sim/uploads/'))).toBe(true);

    expect(await store().find('churn', '1.0.0')).toEqual(ref);
    expect(await store().find('churn', '2.0.0')).toBeUndefined();
    const out = join(dir, 'downloaded.tar.gz');
    await store().download(ref, 'model.tar.gz', out);
    expect((await readFile(out)).equals(files[0]!.bytes)).toBe(true);
  });

  it('lists every published version of one model across pages, and no other model', async () => {
    const files = await modelFiles();
    await store().create('churn', '1.0.0', files, 'n');
    // 120 releases of another model after it: the first version is on the second page.
    const db = releaseDb(sim.state);
    const template = [...db.releases.values()][0]!;
    for (let i = 0; i < 120; i++) {
      const id = sim.state.id();
      db.releases.set(id, { ...template, id, tag_name: `fraud-v0.${i}.0`, body: `<!-- mlops-actions:release {"model":"fraud","version":"0.${i}.0"} -->`, assets: [] });
    }
    await store().create('churn', '1.1.0', files, 'n');
    // A release whose body claims churn but whose tag does not match the scheme is not listed.
    const id = sim.state.id();
    db.releases.set(id, { ...template, id, tag_name: 'hand-made', body: '<!-- mlops-actions:release {"model":"churn","version":"9.9.9"} -->', assets: [] });
    const listed = await store().list('churn');
    expect(listed.map((r) => r.version).sort()).toEqual(['1.0.0', '1.1.0']);
    expect(listed.find((r) => r.version === '1.0.0')!.assets.map((a) => a.name)).toEqual(['model.tar.gz', 'manifest.json']);
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/releases').length).toBe(2);
  });

  it('returns the same release when the same content is published again', async () => {
    const files = await modelFiles();
    const first = await store().create('churn', '1.0.0', files, 'notes');
    const again = await store().create('churn', '1.0.0', files, 'other notes');
    expect(again).toEqual(first);
    expect(sim.requestsTo('POST', RELEASES)).toHaveLength(1);
    expect(sim.requestsTo('POST', UPLOAD)).toHaveLength(2);
  });

  it('refuses different content under a published version, naming the asset and both digests', async () => {
    await store().create('churn', '1.0.0', await modelFiles(1), 'notes');
    const changed = await modelFiles(2);
    const err = await store().create('churn', '1.0.0', changed, 'notes').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toMatch(/churn 1\.0\.0 is already published as churn-v1\.0\.0 .*model\.tar\.gz differs .*sha256 [0-9a-f]{64}.*publish the change as a new version/);
  });

  it('two concurrent publishes of the same version converge on one release', async () => {
    const files = await modelFiles();
    const [a, b] = await Promise.all([store().create('churn', '1.0.0', files, 'n'), store().create('churn', '1.0.0', files, 'n')]);
    expect(a).toEqual(b);
    const releases = [...releaseDb(sim.state).releases.values()];
    expect(releases).toHaveLength(1);
    // The loser's publish was refused (already_exists) and its draft deleted.
    expect(sim.requestsTo('PATCH', '/repos/{owner}/{repo}/releases/{release_id}').map((r) => r.status).sort()).toEqual([200, 422]);
    expect(sim.requestsTo('DELETE', '/repos/{owner}/{repo}/releases/{release_id}')).toHaveLength(1);
    expect(releases[0]!.draft).toBe(false);
  });

  it('refuses a file of 2 GiB before creating anything, pointing to storing the model elsewhere', async () => {
    const big = join(dir, 'huge.bin');
    await writeFile(big, '');
    await truncate(big, RELEASE_ASSET_LIMIT_BYTES); // sparse: no 2 GiB written
    const err = await store().create('churn', '1.0.0', [{ name: 'huge.bin', path: big }], 'n').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForgeError);
    expect((err as Error).message).toMatch(/huge\.bin is 2\.00 GiB; GitHub release assets .* must be under 2 GiB .*OCI registry.*pointer file.*Models over 2 GiB/);
    expect(sim.requests).toHaveLength(0);
  });

  it('retries an upload that failed mid-way with a fresh stream, leaving one intact asset', async () => {
    const files = await modelFiles();
    sim.injectFault({ route: `POST ${UPLOAD}`, kind: 'status', status: 502, afterApply: true });
    const ref = await store().create('churn', '1.0.0', files, 'n');
    expect(ref.assets.map((a) => a.sha256)).toEqual(files.map((f) => sha256(f.bytes)));
    const [release] = [...releaseDb(sim.state).releases.values()];
    expect(release!.assets.map((a) => a.name)).toEqual(['model.tar.gz', 'manifest.json']);
    expect(sim.requestsTo('POST', UPLOAD)).toHaveLength(3);
  });

  it('deletes its draft when an upload keeps failing, so nothing half-published remains', async () => {
    const files = await modelFiles();
    sim.injectFault({ route: `POST ${UPLOAD}`, kind: 'status', status: 500, times: 3 });
    await expect(store().create('churn', '1.0.0', files, 'n')).rejects.toBeInstanceOf(ForgeError);
    expect(releaseDb(sim.state).releases.size).toBe(0);
  });

  it('refuses a downloaded asset whose SHA-256 differs from the release record', async () => {
    const files = await modelFiles();
    const ref = await store().create('churn', '1.0.0', files, 'n');
    const tampered = { ...ref, assets: ref.assets.map((a) => ({ ...a, sha256: '0'.repeat(64) })) };
    const out = join(dir, 'x.tar.gz');
    await expect(store().download(tampered, 'model.tar.gz', out)).rejects.toBeInstanceOf(IntegrityError);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });
});
