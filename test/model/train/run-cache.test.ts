/**
 * Both run cache implementations against one contract, then what only the GitHub Actions face has
 * to handle: prefix matches, an outage, a key that exists. @actions/cache is replaced by a fake
 * module behind the CacheModule port that keeps entries in a folder; no service is contacted.
 */
import { cp, lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestFiles } from '../../../shared/model/train/declared-files.js';
import { LocalRunCache } from '../../../shared/local/local-run-cache.js';
import type { RunCache, RunCacheLog } from '../../../shared/ports/run-cache.js';
import { RUN_SCHEMA, type RunRecord } from '../../../shared/formats/run-format.js';
import { ActionsRunCache, type CacheModule } from '../../../shared/github/actions-run-cache.js';

const KEY = `mlops-train-demo-${'1'.repeat(64)}`;

class FakeCacheService implements CacheModule {
  readonly calls: Array<{ op: 'restore' | 'save'; paths: string[]; key: string }> = [];
  available = true;
  failRestore?: Error;
  saveResult?: number | Error;
  private readonly store: Promise<string> = mkdtemp(join(tmpdir(), 'fake-cache-service-'));
  private readonly keys: string[] = [];

  isFeatureAvailable(): boolean {
    return this.available;
  }

  async restoreCache(paths: string[], key: string): Promise<string | undefined> {
    this.calls.push({ op: 'restore', paths, key });
    if (this.failRestore) throw this.failRestore;
    // Like the service: an exact match, else the newest key that starts with the primary key.
    const hit = this.keys.includes(key) ? key : [...this.keys].reverse().find((k) => k.startsWith(key));
    if (!hit) return undefined;
    await cp(join(await this.store, hit), resolve(paths[0]!), { recursive: true });
    return hit;
  }

  async saveCache(paths: string[], key: string): Promise<number> {
    this.calls.push({ op: 'save', paths, key });
    if (this.saveResult instanceof Error) throw this.saveResult;
    if (this.saveResult !== undefined) return this.saveResult;
    if (this.keys.includes(key)) return -1;
    await cp(resolve(paths[0]!), join(await this.store, key), { recursive: true });
    this.keys.push(key);
    return this.keys.length;
  }

  /** Another job saved an entry under a key that merely starts with ours. */
  async seed(key: string, from: string): Promise<void> {
    await cp(from, join(await this.store, key), { recursive: true });
    this.keys.push(key);
  }
}

function recorder() {
  const seen = { info: [] as string[], warn: [] as string[] };
  const log: RunCacheLog = { info: (m) => seen.info.push(m), warn: (m) => seen.warn.push(m) };
  return { log, seen };
}

async function workspaceWithOutputs(): Promise<{ cwd: string; files: string[]; record: RunRecord }> {
  const cwd = await mkdtemp(join(tmpdir(), 'run-cache-ws-'));
  await mkdir(join(cwd, 'model'), { recursive: true });
  await writeFile(join(cwd, 'model/weights.bin'), Buffer.from([0, 1, 2, 255]));
  await writeFile(join(cwd, 'metrics.json'), '{"rmse": 1.5}\n');
  const files = ['metrics.json', 'model/weights.bin'];
  const record: RunRecord = {
    schema: RUN_SCHEMA,
    model: 'demo',
    status: 'succeeded',
    cache: 'miss',
    cache_key: KEY,
    command: { argv: ['python', 'train.py'], shell: null, script: null },
    params: { lr: 0.1 },
    seed: 0,
    declared: { inputs: [], outputs: ['model/', 'metrics.json'] },
    inputs: [],
    outputs: await digestFiles(files, cwd),
    environment: { platform: 'linux', arch: 'x64', node: null, python: null, image: null, lockfiles: [] },
    git: { commit: null },
    started_at: '2024-05-01T10:00:00.000Z',
    ended_at: '2024-05-01T10:05:00.000Z',
    duration_ms: 300_000,
    exit_code: 0,
    signal: null,
    log: 'mlops-out/train.log',
  };
  return { cwd, files, record };
}

type Make = (dir: string, log: RunCacheLog) => { cache: RunCache; service?: FakeCacheService };
const implementations: Array<[string, Make]> = [
  ['LocalRunCache', (dir, log) => ({ cache: new LocalRunCache(dir, log) })],
  ['ActionsRunCache (fake @actions/cache)', (dir, log) => {
    const service = new FakeCacheService();
    return { cache: new ActionsRunCache(dir, log, service), service };
  }],
];

describe.each(implementations)('%s', (_name, make) => {
  it('misses, then restores exactly the saved outputs into another workspace', async () => {
    const { cwd, files, record } = await workspaceWithOutputs();
    const dir = await mkdtemp(join(tmpdir(), 'cache-dir-'));
    const { cache } = make(dir, recorder().log);
    expect(await cache.restore(KEY, cwd)).toBeUndefined();
    expect(await cache.save(KEY, { cwd, files, record })).toBe('saved');
    const other = await mkdtemp(join(tmpdir(), 'run-cache-other-'));
    expect(await cache.restore(KEY, other)).toEqual(record);
    expect(await readFile(join(other, 'model/weights.bin'))).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(await readFile(join(other, 'metrics.json'), 'utf8')).toBe('{"rmse": 1.5}\n');
  });

  it('restores an output that is a symbolic link into the file it points at, and the link stays a link', async () => {
    const { cwd, files, record } = await workspaceWithOutputs();
    const dir = await mkdtemp(join(tmpdir(), 'cache-dir-'));
    const { cache } = make(dir, recorder().log);
    expect(await cache.save(KEY, { cwd, files, record })).toBe('saved');
    const other = await mkdtemp(join(tmpdir(), 'run-cache-other-'));
    const elsewhere = await mkdtemp(join(tmpdir(), 'run-cache-real-'));
    await writeFile(join(elsewhere, 'metrics.json'), 'old\n');
    await symlink(join(elsewhere, 'metrics.json'), join(other, 'metrics.json'));
    expect(await cache.restore(KEY, other)).toEqual(record);
    expect((await lstat(join(other, 'metrics.json'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(elsewhere, 'metrics.json'), 'utf8')).toBe('{"rmse": 1.5}\n');
    expect((await readdir(other)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the existing entry when the same key is saved twice', async () => {
    const { cwd, files, record } = await workspaceWithOutputs();
    const dir = await mkdtemp(join(tmpdir(), 'cache-dir-'));
    const { cache } = make(dir, recorder().log);
    expect(await cache.save(KEY, { cwd, files, record })).toBe('saved');
    expect(await cache.save(KEY, { cwd, files, record: { ...record, seed: 99 } })).toBe('exists');
    expect((await cache.restore(KEY, cwd))?.seed).toBe(0);
  });
});

describe('LocalRunCache', () => {
  it('leaves no temporary folder behind and lays entries out as <key>/run.json + files/', async () => {
    const { cwd, files, record } = await workspaceWithOutputs();
    const dir = await mkdtemp(join(tmpdir(), 'cache-dir-'));
    await new LocalRunCache(dir).save(KEY, { cwd, files, record });
    expect(await readdir(dir)).toEqual([KEY]);
    expect((await readdir(join(dir, KEY))).sort()).toEqual(['files', 'run.json']);
  });

  it('treats an entry whose file does not match its digest as a miss, warns, removes it, and leaves the workspace alone', async () => {
    const { cwd, files, record } = await workspaceWithOutputs();
    const dir = await mkdtemp(join(tmpdir(), 'cache-dir-'));
    const { log, seen } = recorder();
    const cache = new LocalRunCache(dir, log);
    await cache.save(KEY, { cwd, files, record });
    await writeFile(join(dir, KEY, 'files/model/weights.bin'), 'tampered');
    await writeFile(join(cwd, 'metrics.json'), 'mine');
    expect(await cache.restore(KEY, cwd)).toBeUndefined();
    expect(seen.warn.join('\n')).toMatch(/model\/weights\.bin does not match the digest/);
    expect(await readFile(join(cwd, 'metrics.json'), 'utf8')).toBe('mine');
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a save it cannot make (an output vanished) as failed, with a warning, and no half entry', async () => {
    const { cwd, files, record } = await workspaceWithOutputs();
    const dir = await mkdtemp(join(tmpdir(), 'cache-dir-'));
    const { log, seen } = recorder();
    await rm(join(cwd, 'metrics.json'));
    expect(await new LocalRunCache(dir, log).save(KEY, { cwd, files, record })).toBe('failed');
    expect(seen.warn).toHaveLength(1);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('ActionsRunCache', () => {
  it('saves and restores the same single path (the service derives the cache version from it)', async () => {
    const { cwd, files, record } = await workspaceWithOutputs();
    const dir = await mkdtemp(join(tmpdir(), 'cache-dir-'));
    const service = new FakeCacheService();
    await new ActionsRunCache(dir, recorder().log, service).save(KEY, { cwd, files, record });
    // A fresh runner: the staging folder is gone.
    await rm(dir, { recursive: true });
    expect(await new ActionsRunCache(dir, recorder().log, service).restore(KEY, cwd)).toEqual(record);
    const [save, restore] = service.calls;
    expect(save).toMatchObject({ op: 'save', key: KEY });
    expect(restore).toMatchObject({ op: 'restore', key: KEY });
    expect(restore!.paths).toEqual(save!.paths);
    expect(resolve(save!.paths[0]!)).toBe(join(dir, KEY));
  });

  it('ignores a prefix match: only the exact key is this run', async () => {
    const { cwd, files, record } = await workspaceWithOutputs();
    const service = new FakeCacheService();
    const staged = await mkdtemp(join(tmpdir(), 'cache-dir-'));
    await new LocalRunCache(staged).save(`${KEY}0`, { cwd, files, record });
    await service.seed(`${KEY}0`, join(staged, `${KEY}0`));
    const dir = await mkdtemp(join(tmpdir(), 'cache-dir-'));
    expect(await new ActionsRunCache(dir, recorder().log, service).restore(KEY, cwd)).toBeUndefined();
  });

  it('warns and misses when the cache service is down, so training goes on', async () => {
    const { cwd } = await workspaceWithOutputs();
    const service = new FakeCacheService();
    service.failRestore = Object.assign(new Error('Cache service responded with 503'), { name: 'HttpClientError' });
    const { log, seen } = recorder();
    expect(await new ActionsRunCache(await mkdtemp(join(tmpdir(), 'c-')), log, service).restore(KEY, cwd)).toBeUndefined();
    expect(seen.warn.join('\n')).toContain('could not be read (HttpClientError: Cache service responded with 503); running the command');
  });

  it('treats ReserveCacheError and -1 on save as "already there", and other save errors as a warning', async () => {
    const { cwd, files, record } = await workspaceWithOutputs();
    const cases: Array<[number | Error, string, 'info' | 'warn']> = [
      [Object.assign(new Error('Unable to reserve cache with key x, another job may be creating this cache.'), { name: 'ReserveCacheError' }), 'exists', 'info'],
      [-1, 'exists', 'info'],
      [new Error('socket hang up'), 'failed', 'warn'],
    ];
    for (const [outcome, expected, level] of cases) {
      const service = new FakeCacheService();
      service.saveResult = outcome;
      const { log, seen } = recorder();
      const result = await new ActionsRunCache(await mkdtemp(join(tmpdir(), 'c-')), log, service).save(KEY, { cwd, files, record });
      expect(result).toBe(expected);
      expect(seen[level]).toHaveLength(1);
      expect(seen[level === 'info' ? 'warn' : 'info']).toHaveLength(0);
    }
  });

  it('knows whether the runner offers the service, and treats a throwing probe as "no"', () => {
    const service = new FakeCacheService();
    expect(ActionsRunCache.available(service)).toBe(true);
    service.available = false;
    expect(ActionsRunCache.available(service)).toBe(false);
    const throwing: CacheModule = { restoreCache: async () => undefined, saveCache: async () => 0, isFeatureAvailable: () => { throw new Error('x'); } };
    expect(ActionsRunCache.available(throwing)).toBe(false);
  });
});


