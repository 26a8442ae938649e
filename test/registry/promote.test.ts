/**
 * promoteModel: an alias moves only to a version whose every asset matches its manifest; a tampered,
 * missing or swapped asset stops it with a clear message and leaves state and audit log untouched.
 * Rollback is promoting an earlier version; the audit log records every move with its approval.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { IntegrityError } from '../../shared/registry/errors.js';
import { promoteModel, type PromoteOptions } from '../../shared/steps/promote-model.js';
import { verifyRelease } from '../../shared/registry/verify-release.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import { readAudit, readState } from '../../shared/registry/state-update.js';
import { InputError, UsageError } from '../../shared/runtime/errors.js';
import { localEnv, workspace, type Workspace } from './fixtures.js';

let w: Workspace;
const folder = (v: string) => join(w.registry, 'model', 'weather', `v${v}`);
const promote = (version: string, alias: string, extra: Partial<PromoteOptions> = {}) =>
  promoteModel({ model: 'weather', version, alias, env: localEnv, cwd: w.dir, ...extra }, w.ports);
const aliases = async () => Object.fromEntries(Object.entries((await readState(w.ports.state, 'weather'))!.state.aliases).map(([a, e]) => [a, e.version]));

beforeEach(async () => {
  w = await workspace();
  for (const n of [1, 2, 3]) {
    await writeFile(join(w.files, 'model.json'), `{"w":[${n}]}\n`);
    await publishModel({ model: 'weather', files: w.files, evaluation: w.evaluation, env: localEnv, cwd: w.dir }, w.ports);
  }
});

async function expectRefused(version: string, message: RegExp): Promise<void> {
  const auditBefore = await readAudit(w.ports.state, 'weather');
  const aliasesBefore = await aliases();
  const err = await promote(version, 'production').catch((e: unknown) => e);
  expect(err).toBeInstanceOf(IntegrityError);
  expect((err as IntegrityError).exitCode).toBe(1);
  expect((err as Error).message).toMatch(message);
  expect((err as Error).message).toMatch(/not promoting/);
  expect(await readAudit(w.ports.state, 'weather')).toEqual(auditBefore);
  expect(await aliases()).toEqual(aliasesBefore);
}

describe('promoteModel', () => {
  it('moves staging then production, records both with the approval, and rolls back', async () => {
    expect(await promote('1.0.1', 'staging')).toMatchObject({ status: 'promoted', from: null, to: '1.0.1' });
    const prod = await promote('latest', 'production', { approval: { reviewer: 'alice', comment: 'metrics look good', environment: 'production' } });
    expect(prod).toMatchObject({ status: 'promoted', from: null, to: '1.0.2' });
    expect(prod.verified.map((v) => v.name)).toEqual(['manifest.json', 'model.tar.gz', 'model-card.md', 'evaluation.json']);
    const rollback = await promote('1.0.1', 'production');
    expect(rollback).toMatchObject({ from: '1.0.2', to: '1.0.1' });
    expect(await aliases()).toEqual({ staging: '1.0.1', production: '1.0.1' });
    const audit = (await readAudit(w.ports.state, 'weather')).filter((e) => e.action === 'promote');
    expect(audit.map((e) => [e.alias, e.from, e.to])).toEqual([['staging', null, '1.0.1'], ['production', null, '1.0.2'], ['production', '1.0.2', '1.0.1']]);
    expect(audit[1]!.approval).toEqual({ reviewer: 'alice', comment: 'metrics look good', environment: 'production' });
    expect(audit[2]!.approval).toBeNull();
    const history = (await readState(w.ports.state, 'weather'))!.state.history;
    expect(history.map((h) => `${h.alias}:${h.from}->${h.to}`)).toEqual(['staging:null->1.0.1', 'production:null->1.0.2', 'production:1.0.2->1.0.1']);
  });

  it('changes nothing when the alias already points to the version', async () => {
    await promote('1.0.0', 'staging');
    expect(await promote('1.0.0', 'staging')).toMatchObject({ status: 'unchanged', from: '1.0.0' });
    expect((await readAudit(w.ports.state, 'weather')).filter((e) => e.action === 'promote')).toHaveLength(1);
  });

  it('stops on a tampered archive', async () => {
    const file = join(folder('1.0.2'), 'model.tar.gz');
    const bytes = await readFile(file);
    bytes[bytes.length - 20] ^= 0xff;
    await writeFile(file, bytes);
    await expectRefused('1.0.2', /asset model\.tar\.gz has SHA-256 [0-9a-f]{64} \(\d+ bytes\), but the manifest says [0-9a-f]{64}/);
  });

  it('stops on a tampered model card (every asset is checked)', async () => {
    await writeFile(join(folder('1.0.0'), 'model-card.md'), '# totally legit\n');
    await expectRefused('1.0.0', /asset model-card\.md has SHA-256/);
  });

  it('stops on a missing asset', async () => {
    await rm(join(folder('1.0.1'), 'evaluation.json'));
    await expectRefused('1.0.1', /asset evaluation\.json is missing/);
  });

  it('stops on a manifest rewritten to match a swapped archive', async () => {
    // Swap in 1.0.0's archive and fix up the manifest's digests: only the digest recorded at publish catches it.
    const manifest = JSON.parse(await readFile(join(folder('1.0.2'), 'manifest.json'), 'utf8'));
    const old = JSON.parse(await readFile(join(folder('1.0.0'), 'manifest.json'), 'utf8'));
    await writeFile(join(folder('1.0.2'), 'model.tar.gz'), await readFile(join(folder('1.0.0'), 'model.tar.gz')));
    manifest.archive = old.archive;
    manifest.assets = manifest.assets.map((a: { name: string }) => (a.name === 'model.tar.gz' ? old.assets.find((b: { name: string }) => b.name === 'model.tar.gz') : a));
    await writeFile(join(folder('1.0.2'), 'manifest.json'), JSON.stringify(manifest, null, 2));
    await expectRefused('1.0.2', /manifest\.json has SHA-256 [0-9a-f]{64}, but [0-9a-f]{64} was recorded when it was published/);
  });

  it('without a recorded manifest digest, still stops on an archive whose files differ from the manifest\'s list', async () => {
    // A version the state does not list (published before state existed, or state rebuilt) has no
    // recorded digest: swap in 1.0.0's archive and fix up only its asset digest, and the archive's
    // file list (same names and sizes, other contents) is the one check left to catch it.
    const manifest = JSON.parse(await readFile(join(folder('1.0.2'), 'manifest.json'), 'utf8'));
    const old = JSON.parse(await readFile(join(folder('1.0.0'), 'manifest.json'), 'utf8'));
    await writeFile(join(folder('1.0.2'), 'model.tar.gz'), await readFile(join(folder('1.0.0'), 'model.tar.gz')));
    manifest.assets = manifest.assets.map((a: { name: string }) => (a.name === 'model.tar.gz' ? old.assets.find((b: { name: string }) => b.name === 'model.tar.gz') : a));
    await writeFile(join(folder('1.0.2'), 'manifest.json'), JSON.stringify(manifest, null, 2));
    const ref = (await w.ports.releases.find('weather', '1.0.2'))!;
    const err = await verifyRelease(w.ports.releases, ref, undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toMatch(/the files in model\.tar\.gz differ from the manifest's list; not promoting/);
    // The untouched 1.0.1 passes the same check, so the refusal is about the list, not the missing digest.
    await expect(verifyRelease(w.ports.releases, (await w.ports.releases.find('weather', '1.0.1'))!, undefined)).resolves.toMatchObject({ manifest: { version: '1.0.1' } });
  });

  it('says which versions exist when asked for one that does not, and refuses hostile input', async () => {
    await expect(promote('9.9.9', 'staging')).rejects.toThrow(InputError);
    await expect(promote('9.9.9', 'staging')).rejects.toThrow(/has no version 9\.9\.9 \(published: 1\.0\.0, 1\.0\.1, 1\.0\.2\)/);
    await expect(promote('../1.0.0', 'staging')).rejects.toThrow(UsageError);
    await expect(promote('1.0.0', '../../prod')).rejects.toThrow(UsageError);
    await expect(promote('1.0.0', 'latest')).rejects.toThrow(/reserved/);
    await expect(promoteModel({ model: 'unknown', version: 'latest', alias: 'staging', env: localEnv }, w.ports)).rejects.toThrow(/has no published versions/);
  });
});
