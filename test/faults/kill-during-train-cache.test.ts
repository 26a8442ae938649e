/**
 * A fault test for train's run cache (issue 13, "a fault test for every write"): the `mlops` bundle
 * (dist/cli) trains and is killed with SIGKILL while it saves the cache entry, or while a cache hit
 * restores the outputs. Afterwards every entry in the cache folder is whole (its run.json parses and
 * every file matches the digest it records, checked here with node:crypto, not our digest code), the
 * killed run's entry is there whole or not at all, and the next `mlops train` succeeds: a hit when
 * the entry made it, a clean re-run when not. That next run also removes what the killed one left
 * (its half-built entry in the cache folder, its temp files beside the outputs), because that
 * process is gone from this host.
 *
 * The kill is placed by watching the folder being written (inotify through fs.watch), then waiting a
 * seeded random part of how long that write took last time, so it lands inside a window of a few
 * tens of milliseconds that a kill timed from the start would rarely hit. MLOPS_FAULT_SEED picks
 * another seed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUN_SCHEMA, type RunRecord } from '../../shared/formats/run-format.js';
import { ActionsRunCache, type CacheModule } from '../../shared/github/actions-run-cache.js';
import { LocalRunCache } from '../../shared/local/local-run-cache.js';
import type { RunCache } from '../../shared/ports/run-cache.js';
import { tempDir } from '../registry/fixtures.js';
import { mulberry32 } from '../support/mulberry32.js';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli/index.js');
const random = mulberry32(Number(process.env.MLOPS_FAULT_SEED ?? 13));
const FILES = 40;

/** Which write each round kills: a save of a new entry, or the restore of a hit. */
const ROUNDS = [
  { seed: 1, during: 'save' },
  { seed: 2, during: 'save' },
  { seed: 1, during: 'restore' },
] as const;

let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs --only cli`);
  dir = await tempDir('mlops-kill-train-');
  mkdirSync(join(dir, 'src'));
  // Enough bytes that copying them into the entry, or back out of it, takes a measurable while.
  for (let i = 0; i < FILES; i++) writeFileSync(join(dir, `src/part-${i}.bin`), randomBytes(64 * 1024));
  writeFileSync(join(dir, 'train.sh'), 'rm -rf out && cp -R src out && echo "$MLOPS_SEED" > out/seed.txt\n');
  mkdirSync(join(dir, 'cache'));
  mkdirSync(join(dir, 'out'));
  // Train probes `python3 --version` and `git rev-parse` for every run: a short PATH (node, sh, cp,
  // rm) skips version-manager shims (pyenv's costs 0.4 CPU s a run), GITHUB_SHA skips git, and an
  // empty GITHUB_ACTIONS keeps the CLI's own output.
  const path = [dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter);
  env = { ...process.env, PATH: path, GITHUB_ACTIONS: '', GITHUB_RUN_ID: '', GITHUB_SHA: 'f'.repeat(40) };
}, 30_000);

const trainArgs = (seed: number) => [
  cli, 'train', '--model', 'fault', '--seed', String(seed), '--cache-dir', 'cache', '--outputs', 'out/**',
  '--run-out', 'runs/run.json', '--log-out', 'runs/train.log', '--', 'sh', 'train.sh',
];

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  pid: number;
  /** How long the watched write took: from its first temp name to the last change in the folder (ms). */
  writeMs?: number;
}

/**
 * Runs `mlops train` and watches `watchFolder` for its first change (whatever the writer names it:
 * a temp, or the entry itself in a writer that builds in place): with `killAfterMs`, sends SIGKILL
 * that long after; either way, says how long the write took.
 */
function train(seed: number, watchFolder: 'cache' | 'out', killAfterMs?: number): Promise<Ran> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(process.execPath, trainArgs(seed), { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let began: number | undefined;
    let last = 0;
    let timer: NodeJS.Timeout | undefined;
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    let watcher: FSWatcher | undefined = watch(join(dir, watchFolder), (_event, name) => {
      last = Date.now();
      if (began !== undefined) return;
      began = last;
      if (killAfterMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    const stop = () => {
      watcher?.close();
      watcher = undefined;
    };
    // The command's `rm -rf out` removes the watched folder itself on a miss: stop quietly.
    watcher.on('error', stop);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      stop();
      done({ code, signal, stderr, pid: child.pid!, writeMs: began === undefined ? undefined : last - began });
    });
  });
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The cache's entries by key; fails the test on any entry that is not whole. */
function wholeEntries(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const key of readdirSync(join(dir, 'cache')).filter((n) => !n.startsWith('.'))) {
    expect(existsSync(join(dir, 'cache', key, 'run.json')), `${key} has files but no run.json: a torn entry`).toBe(true);
    const record = JSON.parse(readFileSync(join(dir, 'cache', key, 'run.json'), 'utf8')) as { schema: string; cache_key: string; outputs: { path: string; sha256: string }[] };
    expect(record.schema).toBe('mlops-actions/run@1');
    expect(record.cache_key).toBe(key);
    expect(record.outputs).toHaveLength(FILES + 1);
    for (const f of record.outputs) expect(sha256(join(dir, 'cache', key, 'files', f.path)), `${key}/files/${f.path}`).toBe(f.sha256);
    entries.set(key, readFileSync(join(dir, 'cache', key, 'run.json'), 'utf8'));
  }
  return entries;
}

/** Every output is a whole file: the source bytes, and seed.txt one of the seeds it may hold. */
function expectWholeOutputs(seeds: number[]): void {
  for (let i = 0; i < FILES; i++) expect(sha256(join(dir, `out/part-${i}.bin`))).toBe(sha256(join(dir, `src/part-${i}.bin`)));
  expect(seeds.map((s) => `${s}\n`)).toContain(readFileSync(join(dir, 'out/seed.txt'), 'utf8'));
}

/** Temp names of process `pid`: a cache temp is `.tmp-<key>-<pid>-…`, an output's `.<name>.<pid>.…`. */
const leftoversOf = (pid: number, folder: string) => readdirSync(join(dir, folder)).filter((n) => n.startsWith('.') && (n.includes(`-${pid}-`) || n.includes(`.${pid}.`)));

describe('SIGKILL while train saves or restores its run cache entry', () => {
  it('leaves only whole entries, and the next train hits or re-runs cleanly and sweeps what the killed one left', async () => {
    // Before the first kill: how long a save takes here (and an entry to restore later).
    const first = await train(ROUNDS[0].seed + 100, 'cache');
    expect(first.code, first.stderr).toBe(0);
    // A restore copies every output back and renames each: about twice a save, until one is timed.
    const lastMs = { save: first.writeMs ?? 50, restore: 2 * (first.writeMs ?? 50) };
    let landedInside = 0;
    let seedBefore = ROUNDS[0].seed + 100;
    for (const round of ROUNDS) {
      const before = wholeEntries();
      const killed = await train(round.seed, round.during === 'save' ? 'cache' : 'out', Math.floor(random() * lastMs[round.during]));
      const after = wholeEntries();
      // The old entries untouched; at most the one new entry, whole.
      for (const [key, text] of before) expect(after.get(key)).toBe(text);
      expect(after.size - before.size).toBeLessThanOrEqual(1);
      // A restore replaces the last round's outputs: each file whole, the old seed or the new one.
      if (round.during === 'restore') expectWholeOutputs([seedBefore, round.seed]);
      // Inside the write: the entry not yet in place, or the outputs (seed.txt comes last) not yet all restored.
      const restoring = round.during === 'restore' && (readFileSync(join(dir, 'out/seed.txt'), 'utf8') !== `${round.seed}\n` || leftoversOf(killed.pid, 'out').length > 0);
      if (killed.signal === 'SIGKILL' && (round.during === 'save' ? after.size === before.size : restoring)) landedInside++;

      const next = await train(round.seed, round.during === 'save' ? 'cache' : 'out');
      expect(next.code, next.stderr).toBe(0);
      const key = (JSON.parse(readFileSync(join(dir, 'runs/run.json'), 'utf8')) as { cache_key: string }).cache_key;
      const saved = after.has(key);
      expect(next.stderr).toContain(saved ? 'restored from the run cache' : `run cache: saved ${key}`);
      expect([...wholeEntries().keys()].sort()).toEqual([...new Set([...before.keys(), key])].sort());
      expectWholeOutputs([round.seed]);
      expect(readdirSync(join(dir, 'out')).filter((n) => n.startsWith('.')), 'temps beside the outputs').toEqual([]);
      expect(leftoversOf(killed.pid, 'cache'), 'the killed run\'s half-built entry').toEqual([]);
      if (next.writeMs !== undefined) lastMs[round.during] = next.writeMs;
      seedBefore = round.seed;
    }
    // The seeded kill points do land inside the writes (else this test would prove nothing).
    expect(landedInside).toBeGreaterThan(0);
  }, 90_000);
});

describe('what a kill while removing an entry leaves', () => {
  const KEY = `mlops-train-fault-${'2'.repeat(64)}`;
  async function workspaceRecord(): Promise<{ cwd: string; record: RunRecord }> {
    const cwd = await tempDir('mlops-kill-train-ws-');
    writeFileSync(join(cwd, 'model.bin'), 'weights');
    const record: RunRecord = {
      schema: RUN_SCHEMA, model: 'fault', status: 'succeeded', cache: 'miss', cache_key: KEY,
      command: { argv: ['sh', 'train.sh'], shell: null, script: null }, params: {}, seed: 0,
      declared: { inputs: [], outputs: ['model.bin'] }, inputs: [],
      outputs: [{ path: 'model.bin', sha256: sha256(join(cwd, 'model.bin')), bytes: 7 }],
      environment: { platform: 'linux', arch: 'x64', node: null, python: null, image: null, lockfiles: [] },
      git: { commit: null }, started_at: '2026-01-01T00:00:00.000Z', ended_at: '2026-01-01T00:00:01.000Z',
      duration_ms: 1000, exit_code: 0, signal: null, log: null,
    };
    return { cwd, record };
  }

  // A service that has nothing and stores nothing: only the local staging is under test.
  const emptyService: CacheModule = { isFeatureAvailable: () => true, restoreCache: async () => undefined, saveCache: async () => 1 };
  const caches: Array<[string, (dir: string) => RunCache]> = [
    ['LocalRunCache', (d) => new LocalRunCache(d)],
    ['ActionsRunCache (its local staging)', (d) => new ActionsRunCache(d, { info: () => {}, warn: () => {} }, emptyService)],
  ];

  it.each(caches)('%s: a key folder without its run.json is never trusted, and the next save replaces it with a whole entry', async (_name, make) => {
    const { cwd, record } = await workspaceRecord();
    const cacheDir = await tempDir('mlops-kill-train-cache-');
    // A kill during an older version's in-place removal, or during @actions/cache's extraction,
    // can leave files under the key without the record.
    mkdirSync(join(cacheDir, KEY, 'files'), { recursive: true });
    writeFileSync(join(cacheDir, KEY, 'files/model.bin'), 'weig');
    const cache = make(cacheDir);
    expect(await cache.restore(KEY, cwd)).toBeUndefined();
    expect(await cache.save(KEY, { cwd, files: ['model.bin'], record })).toBe('saved');
    expect(readFileSync(join(cacheDir, KEY, 'files/model.bin'), 'utf8')).toBe('weights');
    expect(readdirSync(cacheDir)).toEqual([KEY]);
  });
});
