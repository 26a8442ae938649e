/**
 * verifyRelease, check by check, on one published version served through a store that can drop or
 * replace an asset: the refusals mutation testing (npm run mutate, docs/mutation-testing.md) found no test
 * reached, and the digests and sizes a promotion records. One publish for the whole file (promote.test.ts
 * publishes three versions per test, seconds per mutant), so Stryker can afford to run it for every mutant.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_ASSET, MANIFEST_ASSET, type ModelManifest } from '../../shared/formats/manifest-format.js';
import type { ReleaseRef, ReleaseStore } from '../../shared/ports/registry-stores.js';
import { IntegrityError } from '../../shared/registry/errors.js';
import { verifyRelease } from '../../shared/registry/verify-release.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import { localEnv, workspace, type Workspace } from './fixtures.js';

let w: Workspace;
let ref: ReleaseRef;
let manifest: ModelManifest;

beforeAll(async () => {
  w = await workspace();
  await publishModel({ model: 'weather', files: w.files, evaluation: w.evaluation, env: localEnv, cwd: w.dir }, w.ports);
  ref = (await w.ports.releases.find('weather', '1.0.0'))!;
  manifest = JSON.parse(await readFile(join(w.registry, 'model', 'weather', 'v1.0.0', MANIFEST_ASSET), 'utf8'));
});
afterAll(async () => {
  await rm(w.dir, { recursive: true, force: true });
});

/** The local store, except that `replace` assets are served with other bytes (a Buffer) or fail as missing (null). */
function storeServing(replace: Record<string, Buffer | null>): ReleaseStore {
  const store = w.ports.releases;
  return {
    ...store,
    find: store.find.bind(store),
    list: store.list.bind(store),
    create: store.create.bind(store),
    async download(r, asset, destination) {
      if (!(asset in replace)) return store.download(r, asset, destination);
      const bytes = replace[asset];
      if (bytes === null) throw new IntegrityError(`${asset} is gone`);
      await writeFile(destination, bytes!);
    },
  };
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const manifestBytes = (m: unknown) => Buffer.from(JSON.stringify(m, null, 2));
const without = (name: string): ReleaseRef => ({ ...ref, assets: ref.assets.filter((a) => a.name !== name) });

async function refusal(store: ReleaseStore, r: ReleaseRef, recorded?: string): Promise<string> {
  const err = await verifyRelease(store, r, recorded).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(IntegrityError);
  expect((err as IntegrityError).hint).toMatch(/publish the model again under a new version/);
  return (err as Error).message;
}

describe('verifyRelease accepts an intact version', () => {
  it('and returns every asset it checked with its SHA-256 and size, the manifest first with its stored size', async () => {
    const manifestSha = sha(await readFile(join(w.registry, 'model', 'weather', 'v1.0.0', MANIFEST_ASSET)));
    const got = await verifyRelease(w.ports.releases, ref, manifestSha);
    expect(got.manifestSha).toBe(manifestSha);
    expect(got.manifest).toEqual(manifest);
    const stored = ref.assets.find((a) => a.name === MANIFEST_ASSET)!;
    expect(got.verified).toEqual([
      { name: MANIFEST_ASSET, sha256: manifestSha, size: stored.size },
      ...manifest.assets.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size })),
    ]);
    expect(got.verified.map((v) => v.name)).toContain(ARCHIVE_ASSET);
  });
});

describe('verifyRelease', () => {
  it("records the manifest's stored size wherever the release lists it", async () => {
    const reordered = { ...ref, assets: [...ref.assets.filter((a) => a.name !== MANIFEST_ASSET), ref.assets.find((a) => a.name === MANIFEST_ASSET)!] };
    const got = await verifyRelease(w.ports.releases, reordered, undefined);
    expect(got.verified[0]).toMatchObject({ name: MANIFEST_ASSET, size: ref.assets.find((a) => a.name === MANIFEST_ASSET)!.size });
  });
  it('passes on a failure of the store itself unchanged: it is no evidence of tampering', async () => {
    const down = new Error('connection reset');
    const store = { ...storeServing({}), download: async () => Promise.reject(down) };
    await expect(verifyRelease(store, ref, undefined)).rejects.toBe(down);
  });
  it('removes its work folder, after a refusal too', async () => {
    const folders: string[] = [];
    const store = storeServing({});
    const recording: ReleaseStore = { ...store, download: async (r, asset, destination) => { folders.push(dirname(destination)); return store.download(r, asset, destination); } };
    await verifyRelease(recording, ref, undefined);
    await verifyRelease(recording, ref, 'f'.repeat(64)).catch(() => undefined);
    expect(folders.length).toBeGreaterThan(1);
    for (const f of new Set(folders)) expect(existsSync(f), f).toBe(false);
  });
});

describe('verifyRelease refuses', () => {
  it('a version whose manifest is not among its assets', async () => {
    expect(await refusal(w.ports.releases, without(MANIFEST_ASSET))).toMatch(/^model\/weather\/v1\.0\.0: manifest\.json is missing; not promoting/);
  });
  it('a manifest that is not valid JSON, naming it', async () => {
    expect(await refusal(storeServing({ [MANIFEST_ASSET]: Buffer.from('{"name":') }), ref)).toMatch(/cannot read the .*manifest.*; not promoting/);
  });
  it('a manifest whose digest is not the one recorded at publish, but not when none was recorded', async () => {
    expect(await refusal(w.ports.releases, ref, 'f'.repeat(64))).toMatch(new RegExp(`manifest\\.json has SHA-256 [0-9a-f]{64}, but ${'f'.repeat(64)} was recorded`));
    await expect(verifyRelease(w.ports.releases, ref, undefined)).resolves.toBeDefined();
  });
  it('a manifest describing another model or version', async () => {
    expect(await refusal(storeServing({ [MANIFEST_ASSET]: manifestBytes({ ...manifest, name: 'other' }) }), ref)).toMatch(/manifest\.json describes other 1\.0\.0; not promoting/);
    expect(await refusal(storeServing({ [MANIFEST_ASSET]: manifestBytes({ ...manifest, version: '2.0.0' }) }), ref)).toMatch(/manifest\.json describes weather 2\.0\.0; not promoting/);
  });
  it('an asset the manifest lists that the release lacks, or that cannot be downloaded', async () => {
    const card = manifest.assets.find((a) => a.name !== ARCHIVE_ASSET)!.name;
    expect(await refusal(w.ports.releases, without(card))).toContain(`asset ${card} listed in the manifest is missing from the release`);
    expect(await refusal(storeServing({ [card]: null }), ref)).toContain(`asset ${card} is missing; not promoting`);
  });
  it('an asset of the right digest but another size, and of the right size but another digest', async () => {
    const a = manifest.assets.find((x) => x.name !== ARCHIVE_ASSET)!;
    const bytes = await readFile(join(w.registry, 'model', 'weather', 'v1.0.0', a.name));
    const sizeOnly = { ...manifest, assets: manifest.assets.map((x) => (x.name === a.name ? { ...x, size: x.size + 1 } : x)) };
    expect(await refusal(storeServing({ [MANIFEST_ASSET]: manifestBytes(sizeOnly) }), ref)).toContain(`asset ${a.name} has SHA-256 ${a.sha256} (${a.size} bytes), but the manifest says ${a.sha256} (${a.size + 1} bytes)`);
    const flipped = Buffer.from(bytes);
    flipped[0]! ^= 1;
    expect(await refusal(storeServing({ [a.name]: flipped }), ref)).toContain(`asset ${a.name} has SHA-256 ${sha(flipped)} (${a.size} bytes)`);
  });
  it("an archive whose files are not the manifest's list: one file's size, digest or name changed", async () => {
    const f = manifest.archive.files[0]!;
    for (const changed of [{ ...f, size: f.size + 1 }, { ...f, sha256: '0'.repeat(64) }, { ...f, name: `x${f.name}` }]) {
      const m = { ...manifest, archive: { ...manifest.archive, files: [changed, ...manifest.archive.files.slice(1)] } };
      expect(await refusal(storeServing({ [MANIFEST_ASSET]: manifestBytes(m) }), ref)).toContain("the files in model.tar.gz differ from the manifest's list");
    }
  });
  it('a manifest that lists no archive', async () => {
    const m = { ...manifest, assets: manifest.assets.filter((a) => a.name !== ARCHIVE_ASSET) };
    expect(await refusal(storeServing({ [MANIFEST_ASSET]: manifestBytes(m) }), ref)).toContain('the manifest lists no model.tar.gz; not promoting');
  });
});
