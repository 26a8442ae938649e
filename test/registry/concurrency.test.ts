/**
 * Compare-and-swap on registry state: concurrent promotions (async calls with their own store
 * instances, and separate processes) never lose an audit entry, the alias ends at one of the
 * promoted versions, and the history is one consistent chain. Plus the local store's own contract:
 * a stale revision is refused, and a write interrupted after it committed is rolled forward.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalStateStore } from '../../shared/local/local-state-store.js';
import { openLocalRegistry } from '../../shared/local/local-registry.js';
import { promoteModel } from '../../shared/steps/promote-model.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import type { RegistryState } from '../../shared/formats/state-format.js';
import { readAudit, readState, updateState } from '../../shared/registry/state-update.js';
import { ConflictError } from '../../shared/registry/errors.js';
import { localEnv, tempDir, workspace, type Workspace } from './fixtures.js';

const root = resolve(import.meta.dirname, '../..');

async function publishVersions(w: Workspace, n: number): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    await writeFile(join(w.files, 'model.json'), `{"w":[${i}]}\n`);
    out.push((await publishModel({ model: 'weather', files: w.files, evaluation: w.evaluation, env: localEnv, cwd: w.dir }, w.ports)).version);
  }
  return out;
}

/** Every move starts where the previous one ended: no move was computed from a stale state. */
function expectChain(state: RegistryState, alias: string): void {
  const moves = state.history.filter((h) => h.alias === alias);
  for (let i = 1; i < moves.length; i++) expect(moves[i]!.from).toBe(moves[i - 1]!.to);
  expect(moves[0]!.from).toBeNull();
  expect(state.aliases[alias]!.version).toBe(moves.at(-1)!.to);
}

describe('concurrent promotions', () => {
  it('lose no audit entry when 12 promotions race through separate store instances', async () => {
    const w = await workspace();
    const versions = await publishVersions(w, 12);
    const results = await Promise.all(
      versions.map((version, i) => promoteModel({ model: 'weather', version, alias: 'production', env: { USER: `user-${i}` }, cwd: w.dir, retry: { baseDelayMs: 5 } }, openLocalRegistry(w.registry))),
    );
    expect(results.every((r) => r.status === 'promoted')).toBe(true);
    expect(results.some((r) => r.attempts > 1)).toBe(true); // they really raced
    const audit = (await readAudit(w.ports.state, 'weather')).filter((e) => e.action === 'promote');
    expect(audit.map((e) => e.to).sort()).toEqual([...versions].sort());
    expect(new Set(audit.map((e) => e.actor)).size).toBe(12);
    const state = (await readState(w.ports.state, 'weather'))!.state;
    expect(state.history).toHaveLength(12);
    expectChain(state, 'production');
    expect(versions).toContain(state.aliases.production!.version);
    expect(audit.at(-1)!.to).toBe(state.aliases.production!.version);
  });

  it('lose no audit entry when three processes promote at the same time', async () => {
    const w = await workspace();
    const versions = await publishVersions(w, 9);
    const worker = join(root, 'test/registry/promote-worker.ts');
    const runs = [0, 1, 2].map(
      (p) =>
        new Promise<number>((resolvePromise, reject) => {
          const mine = versions.filter((_, i) => i % 3 === p);
          const child = spawn(process.execPath, ['--import', 'tsx', worker, w.registry, 'weather', 'staging', `proc-${p}`, ...mine], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
          child.on('error', reject);
          child.on('exit', (code) => resolvePromise(code ?? 1));
        }),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0]);
    const audit = (await readAudit(w.ports.state, 'weather')).filter((e) => e.action === 'promote');
    expect(audit.map((e) => e.to).sort()).toEqual([...versions].sort());
    const state = (await readState(w.ports.state, 'weather'))!.state;
    expect(state.history).toHaveLength(9);
    expectChain(state, 'staging');
    // Each process's own promotions stay in its order.
    for (const p of [0, 1, 2]) expect(audit.filter((e) => e.actor === `proc-${p}`).map((e) => e.to)).toEqual(versions.filter((_, i) => i % 3 === p));
  });
});

describe('LocalStateStore', () => {
  it('refuses a write at a stale revision and a create over an existing document', async () => {
    const store = new LocalStateStore(await tempDir());
    expect(await store.write('m', { n: 1 }, ['{"a":1}'], undefined, 'create')).toBe(true);
    expect(await store.write('m', { n: 9 }, ['{"a":9}'], undefined, 'create again')).toBe(false);
    const r1 = (await store.read('m'))!;
    expect(await store.write('m', { n: 2 }, ['{"a":2}'], r1.revision, 'update')).toBe(true);
    expect(await store.write('m', { n: 3 }, ['{"a":3}'], r1.revision, 'stale')).toBe(false);
    expect((await store.read('m'))!.value).toEqual({ n: 2 });
    expect(await store.audit('m')).toEqual(['{"a":1}', '{"a":2}']);
    expect(await store.models()).toEqual(['m']);
  });

  it('rolls forward a write that committed but was not applied (a crash in between)', async () => {
    const dir = await tempDir();
    const store = new LocalStateStore(dir);
    await store.write('m', { n: 1 }, ['{"a":1}'], undefined, 'create');
    // The crash: journal committed, audit half-appended, document not replaced.
    await writeFile(join(dir, 'state', 'm.pending'), JSON.stringify({ value: { n: 2 }, auditLines: ['{"a":2}'], auditSize: 8, message: 'x' }));
    await writeFile(join(dir, 'state', 'm.audit.jsonl'), '{"a":1}\n{"a"');
    expect((await store.read('m'))!.value).toEqual({ n: 2 });
    expect(await store.audit('m')).toEqual(['{"a":1}', '{"a":2}']);
    const rev = (await store.read('m'))!.revision;
    expect(await store.write('m', { n: 3 }, ['{"a":3}'], rev, 'next')).toBe(true);
    expect(await store.audit('m')).toEqual(['{"a":1}', '{"a":2}', '{"a":3}']);
  });

  it('breaks a lock left by a crashed process, and times out on a live one', async () => {
    const dir = await tempDir();
    const store = new LocalStateStore(dir, { staleLockMs: 50, lockTimeoutMs: 10_000 });
    await store.write('m', { n: 1 }, [], undefined, 'create');
    await writeFile(join(dir, 'state', 'm.lock'), '99999 dead');
    await new Promise((r) => setTimeout(r, 80));
    const rev = (await store.read('m'))!.revision;
    expect(await store.write('m', { n: 2 }, [], rev, 'after crash')).toBe(true);
    const impatient = new LocalStateStore(dir, { staleLockMs: 60_000, lockTimeoutMs: 100 });
    await writeFile(join(dir, 'state', 'm.lock'), '1 live');
    await expect(impatient.write('m', { n: 3 }, [], (await store.read('m'))!.revision, 'blocked')).rejects.toThrow(/stayed locked/);
  });

  it('gives up with a ConflictError after the configured number of lost races', async () => {
    const w = await workspace();
    const alwaysLoses = { ...w.ports.state, read: w.ports.state.read.bind(w.ports.state), audit: w.ports.state.audit.bind(w.ports.state), models: w.ports.state.models.bind(w.ports.state), write: async () => false };
    const err = await updateState(alwaysLoses, 'weather', (s) => ({ state: s ?? { schema: 'mlops-actions/registry-state@1', model: 'weather', versions: [], aliases: {}, history: [] }, audit: [], result: 1 }), 'x', { attempts: 3, sleep: async () => undefined }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as Error).message).toMatch(/gave up after 3 attempts/);
  });
});
