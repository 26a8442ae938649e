/**
 * A fault test for every write (issue 13): the `mlops` bundle (dist/cli) runs publish, promote and
 * validate and is killed with SIGKILL at a seeded random moment; afterwards the registry and the
 * outputs hold either the old state or the new one, never a mix, and the next run succeeds (the
 * killed writer's lock does not block it; its temp folders are swept once stale, and its temp file
 * beside an output by the next write of that output).
 *
 * Eight kills in all, the three commands' loops running side by side; the seed is fixed so a
 * failure reproduces (MLOPS_FAULT_SEED picks another).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { promoteModel } from '../../shared/steps/promote-model.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import { openLocalRegistry } from '../../shared/local/local-registry.js';
import { readAudit, readState } from '../../shared/registry/state-update.js';
import { localEnv, workspace, type Workspace } from '../registry/fixtures.js';
import { mulberry32 } from '../support/mulberry32.js';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli/index.js');
const data = join(root, 'examples/weather/data/seattle-2012-2014.csv');
const ITERATIONS = 8;
/** Before a loop has timed a whole run of its command: about one run of the bundle on a busy CI machine. */
const FIRST_GUESS_MS = 900;

const random = mulberry32(Number(process.env.MLOPS_FAULT_SEED ?? 13));

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  pid: number;
}

function mlops(args: string[], env: NodeJS.ProcessEnv, killAfterMs?: number): Promise<Ran> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(process.execPath, [cli, ...args], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stderr, pid: child.pid! });
    });
  });
}

/** Runs to the end, expects success, and returns how long it took (to place the next kill). */
async function ok(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const start = Date.now();
  const r = await mlops(args, env);
  expect(r.code, `mlops ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return Date.now() - start;
}

/**
 * A kill point within the run, placed by the last whole run's duration: most of a run is starting
 * Node and reading inputs, so points before 35% would rarely land during a write.
 */
const killPoint = (lastMs: number) => Math.floor(lastMs * (0.35 + 0.75 * random()));

let w: Workspace;
let env: NodeJS.ProcessEnv;
let tmp: string;

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs --only cli`);
  w = await workspace();
  tmp = join(w.dir, 'tmp');
  mkdirSync(tmp);
  // TMPDIR: the publish work folders go here, so the sweep is checked without touching /tmp.
  env = { ...process.env, TMPDIR: tmp, GITHUB_ACTIONS: '', GITHUB_RUN_ID: '', USER: 'tester' };
}, 30_000);

/** Backdates what a killed run left in TMPDIR past the sweep's hour, and returns it. */
function ageLeftovers(pid: number): string[] {
  const left = readdirSync(tmp).filter((n) => n.startsWith(`mlops-publish-${pid}-`) || n.startsWith(`mlops-verify-${pid}-`));
  const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
  for (const n of left) {
    for (const f of readdirSync(join(tmp, n))) utimesSync(join(tmp, n, f), old, old);
    utimesSync(join(tmp, n), old, old);
  }
  return left;
}

async function publishLoop(rounds: number[]): Promise<void> {
  const registry = join(w.dir, 'publish-registry');
  const ports = openLocalRegistry(registry);
  const args = ['publish', '--model', 'm', '--files', w.files, '--evaluation', w.evaluation, '--registry', registry];
  let lastMs = FIRST_GUESS_MS;
  for (const i of rounds) {
    const before = (await readState(ports.state, 'm'))?.state.versions.map((v) => v.version) ?? [];
    const auditBefore = (await readAudit(ports.state, 'm')).length;
    writeFileSync(join(w.files, 'model.json'), `{"w":[${i}]}\n`);
    const killed = await mlops(args, env, killPoint(lastMs));
    const after = (await readState(ports.state, 'm'))?.state.versions.map((v) => v.version) ?? [];
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length - before.length).toBeLessThanOrEqual(1);
    expect((await readAudit(ports.state, 'm')).length - auditBefore).toBe(after.length - before.length);
    const left = ageLeftovers(killed.pid);
    lastMs = await ok(args, env);
    const next = (await readState(ports.state, 'm'))!.state.versions.map((v) => v.version);
    expect(next).toHaveLength(before.length + 1);
    expect((await readAudit(ports.state, 'm')).length).toBe(auditBefore + 1);
    // The next publish swept the killed run's work folder (its pid is gone, it is "old").
    for (const n of left) expect(existsSync(join(tmp, n)), `${n} was not swept`).toBe(false);
    expect(readdirSync(join(registry, 'model/m')).filter((n) => n.startsWith('.') && n.includes(`-${killed.pid}-`))).toEqual([]);
  }
}

async function promoteLoop(rounds: number[]): Promise<void> {
  const registry = join(w.dir, 'promote-registry');
  const ports = openLocalRegistry(registry);
  const files = join(w.dir, 'promote-model');
  mkdirSync(files);
  for (const n of [1, 2]) {
    writeFileSync(join(files, 'model.json'), `{"promote":${n}}\n`);
    await publishModel({ model: 'p', files, evaluation: w.evaluation, env: localEnv, cwd: w.dir }, ports);
  }
  await promoteModel({ model: 'p', version: '1.0.0', alias: 'staging', env: localEnv, cwd: w.dir }, ports);
  let lastMs = FIRST_GUESS_MS;
  for (const [k] of rounds.entries()) {
    const from = (await readState(ports.state, 'p'))!.state.aliases.staging!.version;
    const to = k % 2 === 0 ? '1.0.1' : '1.0.0';
    const auditBefore = (await readAudit(ports.state, 'p')).length;
    const killed = await mlops(['promote', '--model', 'p', '--version', to, '--alias', 'staging', '--registry', registry], env, killPoint(lastMs));
    const now = (await readState(ports.state, 'p'))!.state.aliases.staging!.version;
    expect([from, to]).toContain(now);
    expect((await readAudit(ports.state, 'p')).length).toBe(auditBefore + (now === from ? 0 : 1));
    ageLeftovers(killed.pid);
    lastMs = await ok(['promote', '--model', 'p', '--version', to, '--alias', 'staging', '--registry', registry], env);
    expect((await readState(ports.state, 'p'))!.state.aliases.staging!.version).toBe(to);
    expect((await readAudit(ports.state, 'p')).length).toBe(auditBefore + 1);
  }
}

async function validateLoop(rounds: number[]): Promise<void> {
  const real = join(w.dir, 'profiles/real.json');
  mkdirSync(join(w.dir, 'profiles'));
  const link = join(w.dir, 'profile-link.json');
  symlinkSync(real, link);
  const args = ['validate', '--data', data, '--profile-out', link];
  let lastMs = FIRST_GUESS_MS;
  for (const _ of rounds) {
    writeFileSync(real, 'OLD\n');
    const killed = await mlops(args, env, killPoint(lastMs));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    const text = readFileSync(real, 'utf8');
    if (text !== 'OLD\n') expect(JSON.parse(text).rows).toBe(1096);
    lastMs = await ok(args, env);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(real, 'utf8')).rows).toBe(1096);
    // The killed run's temp beside the profile (its pid gone from this host) went with the next write.
    expect(readdirSync(join(w.dir, 'profiles')), `temps beside the profile (killed: ${killed.pid})`).toEqual(['real.json']);
  }
}

describe('SIGKILL at a random point of every write', () => {
  it('leaves the old state or the new one, and the next run succeeds', async () => {
    const rounds = Array.from({ length: ITERATIONS }, (_, i) => i);
    const of = (k: number) => rounds.filter((i) => i % 3 === k);
    await Promise.all([publishLoop(of(0)), promoteLoop(of(1)), validateLoop(of(2))]);
  }, 60_000);
});
