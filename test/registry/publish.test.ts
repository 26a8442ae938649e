/**
 * publishModel on the local registry: what a version holds (manifest, card, assets, digests checked
 * by hashing the stored files independently), immutability (same content: no-op; different content
 * under an existing version: ConflictError, exit 1), the bump rules, and lineage.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../shared/registry/errors.js';
import { modelManifestSchema } from '../../shared/formats/manifest-format.js';
import { publishModel, type PublishOptions } from '../../shared/steps/publish-model.js';
import { readAudit, readState } from '../../shared/registry/state-update.js';
import { UsageError } from '../../shared/runtime/errors.js';
import { evaluationReport, localEnv, workspace, type Workspace } from './fixtures.js';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const publish = (w: Workspace, extra: Partial<PublishOptions> = {}) =>
  publishModel({ model: 'weather', files: w.files, evaluation: w.evaluation, env: localEnv, cwd: w.dir, ...extra }, w.ports);

describe('publishModel', () => {
  it('publishes the per-example file the report recorded, and refuses one that differs; outDir gets every file', async () => {
    const rows = Buffer.from('per-example rows\n');
    const w = await workspace(undefined, evaluationReport({ examples: { file: 'evaluation.examples.jsonl.gz', format: 'jsonl.gz', sha256: sha(rows), rows: 1, id_column: null } }));
    await writeFile(join(w.dir, 'evaluation.examples.jsonl.gz'), rows);
    const outDir = join(w.dir, 'out', 'publish');
    const r = await publish(w, { outDir });
    expect(r.manifest.assets.find((a) => a.name === 'evaluation.examples.jsonl.gz')).toEqual({ name: 'evaluation.examples.jsonl.gz', size: rows.length, sha256: sha(rows) });
    expect(r.files.map((f) => f.slice(outDir.length + 1)).sort()).toEqual(['evaluation.examples.jsonl.gz', 'evaluation.json', 'manifest.json', 'model-card.md', 'model.tar.gz']);
    expect(await readFile(join(outDir, 'manifest.json'), 'utf8')).toBe(await readFile(join(w.registry, 'model/weather/v1.0.0/manifest.json'), 'utf8'));
    // A no-op re-run fills outDir from the stored release.
    const again = await publish(w, { outDir: join(w.dir, 'again') });
    expect(again.status).toBe('unchanged');
    expect(again.files.map((f) => f.slice(join(w.dir, 'again').length + 1)).sort()).toEqual(r.files.map((f) => f.slice(outDir.length + 1)).sort());

    await writeFile(join(w.dir, 'evaluation.examples.jsonl.gz'), 'tampered\n');
    await expect(publish(w, { version: '2.0.0' })).rejects.toThrow(/per-example file evaluation\.examples\.jsonl\.gz has SHA-256 [0-9a-f]{64}, but the report recorded/);
  });

  it('stores the archive, manifest, card and evaluation with every digest right', async () => {
    const w = await workspace();
    const r = await publish(w);
    expect(r).toMatchObject({ status: 'published', version: '1.0.0', tag: 'model/weather/v1.0.0' });
    const folder = join(w.registry, 'model', 'weather', 'v1.0.0');
    expect((await readdir(folder)).sort()).toEqual(['evaluation.json', 'manifest.json', 'model-card.md', 'model.tar.gz', 'release.json']);
    const manifestText = await readFile(join(folder, 'manifest.json'));
    const manifest = modelManifestSchema.parse(JSON.parse(manifestText.toString()));
    expect(r.manifest_sha256).toBe(sha(manifestText));
    for (const asset of manifest.assets) {
      const bytes = await readFile(join(folder, asset.name));
      expect({ name: asset.name, size: bytes.length, sha256: sha(bytes) }).toEqual(asset);
    }
    expect(manifest.archive.sha256).toBe(sha(await readFile(join(folder, 'model.tar.gz'))));
    expect(manifest.archive.files).toEqual([
      { name: 'model.json', size: 14, sha256: sha('{"w":[1,2,3]}\n') },
      { name: 'params/config.txt', size: 8, sha256: sha('depth=3\n') },
    ]);
    expect(manifest.evaluation.metrics.roc_auc).toEqual({ value: 0.95, ci: [0.93, 0.97] });
    expect(manifest.lineage).toMatchObject({ source: 'none', actor: 'tester', trigger: 'local' });
    const state = (await readState(w.ports.state, 'weather'))!.state;
    expect(state.versions.map((v) => [v.version, v.manifest_sha256])).toEqual([['1.0.0', r.manifest_sha256]]);
    expect((await readAudit(w.ports.state, 'weather')).map((e) => [e.action, e.to])).toEqual([['publish', '1.0.0']]);
  });

  it('is a no-op when the same publish runs again, with or without an explicit version', async () => {
    const w = await workspace();
    const first = await publish(w, { version: '1.0.0' });
    const again = await publish(w, { version: '1.0.0' });
    const bumped = await publish(w, { bump: 'minor' });
    expect(again).toMatchObject({ status: 'unchanged', version: '1.0.0', content_digest: first.content_digest });
    expect(bumped).toMatchObject({ status: 'unchanged', version: '1.0.0', reason: 'same content as 1.0.0' });
    expect(await readdir(join(w.registry, 'model', 'weather'))).toEqual(['v1.0.0']);
    expect(await readAudit(w.ports.state, 'weather')).toHaveLength(1);
  });

  it('refuses different content under an existing version with a ConflictError (exit 1)', async () => {
    const w = await workspace();
    await publish(w, { version: '1.0.0' });
    const stored = await readFile(join(w.registry, 'model/weather/v1.0.0/model.tar.gz'));
    await writeFile(join(w.files, 'model.json'), '{"w":[9,9,9]}\n');
    const err = await publish(w, { version: '1.0.0' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).exitCode).toBe(1);
    expect((err as Error).message).toMatch(/model\/weather\/v1\.0\.0 is already published with different content/);
    expect(await readFile(join(w.registry, 'model/weather/v1.0.0/model.tar.gz'))).toEqual(stored);
    // The same change with a bump is simply the next version.
    expect(await publish(w)).toMatchObject({ status: 'published', version: '1.0.1' });
  });

  it('bumps by the input, then by a PR label, and defaults to patch', async () => {
    const w = await workspace();
    const next = async (extra: Partial<PublishOptions>, n: number) => {
      await writeFile(join(w.files, 'model.json'), `{"w":[${n}]}\n`);
      return (await publish(w, extra)).version;
    };
    expect(await next({}, 1)).toBe('1.0.0');
    expect(await next({}, 2)).toBe('1.0.1');
    expect(await next({ labels: ['model:minor'] }, 3)).toBe('1.1.0');
    expect(await next({ bump: 'patch', labels: ['model:major'] }, 4)).toBe('1.1.1');
    expect(await next({ labels: ['model:major', 'docs'] }, 5)).toBe('2.0.0');
    expect(await next({ version: '2.0.0-rc.1' }, 6)).toBe('2.0.0-rc.1');
    expect(await next({ bump: 'minor' }, 7)).toBe('2.1.0');
    expect((await readState(w.ports.state, 'weather'))!.state.versions.map((v) => v.version)).toEqual(['1.0.0', '1.0.1', '1.1.0', '1.1.1', '2.0.0-rc.1', '2.0.0', '2.1.0']);
  });

  it('refuses hostile model names and versions before writing anything', async () => {
    const w = await workspace();
    for (const model of ['../../etc', 'a b', 'model@1', 'x'.repeat(200)]) {
      await expect(publishModel({ model, files: w.files, evaluation: w.evaluation, env: localEnv }, w.ports)).rejects.toBeInstanceOf(UsageError);
    }
    for (const version of ['../1.0.0', '1.0', '1.0.0+build']) await expect(publish(w, { version })).rejects.toBeInstanceOf(UsageError);
    await expect(readdir(w.registry)).rejects.toThrow(/ENOENT/);
  });

  it('records GitHub lineage from the runner variables', async () => {
    const w = await workspace();
    const env = {
      GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/weather', GITHUB_SHA: 'c0ffee'.padEnd(40, '0'), GITHUB_REF: 'refs/heads/main',
      GITHUB_WORKFLOW: 'release', GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2', GITHUB_ACTOR: 'octocat', GITHUB_EVENT_NAME: 'push', GITHUB_SERVER_URL: 'https://github.com',
    };
    const r = await publish(w, { env });
    expect(r.manifest.lineage).toEqual({
      source: 'github', repository: 'acme/weather', commit: env.GITHUB_SHA, ref: 'refs/heads/main', workflow: 'release', run_id: '42',
      run_attempt: 2, run_url: 'https://github.com/acme/weather/actions/runs/42', actor: 'octocat', trigger: 'push',
    });
    expect((await readAudit(w.ports.state, 'weather'))[0]!.run).toMatchObject({ run_id: '42', url: 'https://github.com/acme/weather/actions/runs/42' });
  });

  it('records local git lineage when not on GitHub', async () => {
    const w = await workspace();
    const r = await publish(w, { cwd: process.cwd() });
    expect(r.manifest.lineage.source).toBe('git');
    expect(r.manifest.lineage.commit).toMatch(/^[0-9a-f]{40}$/);
  });
});
