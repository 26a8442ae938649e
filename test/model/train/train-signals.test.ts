/**
 * Signals and time limits end the training command with everything it started (issue 13, item 5):
 * `mlops train` (the bundle a user runs, bin/mlops.js -> dist/cli) and the train action's bundle
 * are spawned for real, signalled, and the command's process group is looked up with ps(1) (not
 * with our own code) afterwards. The command traps nothing and writes late.txt when the test creates `go`: if
 * anything of it outlived mlops, the file appears once the test lets it, after mlops has exited.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/run-action.js';

const posix = process.platform !== 'win32';
const bin = join(repoRoot, 'bin/mlops.js');
const actionBundle = join(repoRoot, 'actions/train/dist/index.js');

/**
 * Prints its shell's pid (the process group's id: mlops spawns it as a group leader), then a
 * child process waits for the test to create `go` and writes late.txt. The test creates `go` only
 * after mlops has exited, so the check does not depend on how fast a loaded machine delivers the
 * signal (a fixed delay did: CI once wrote late.txt before SIGINT arrived).
 */
const GO_POLL_MS = 50;
const WRITER = join(repoRoot, 'test/fixtures/train/write-when-go.mjs');
// The late write is a grandchild's, like a training script's worker processes: stopping only the
// command's own pid leaves it running. (`; true` keeps sh from exec'ing the writer in its place.)
const SCRIPT = `echo "started $$"; echo partial > model.bin; ${JSON.stringify(process.execPath)} ${JSON.stringify(WRITER)}; true`;

interface Started {
  child: ChildProcess;
  /** The training command's process group, from its own `$$`. */
  pgid: number;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
}

/** Spawns a process and waits until the training command has printed "started <pid>". */
async function start(argv: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Started> {
  const child = spawn(process.execPath, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => void (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => void (out += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.once('close', (code, signal) => res({ code, signal })));
  const pgid = await new Promise<number>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`the training command did not start:\n${out}`)), 30_000);
    const look = () => {
      const m = /started (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        res(Number(m[1]));
      }
    };
    child.stdout!.on('data', look);
    void exit.then(() => rej(new Error(`exited before the command started:\n${out}`)));
  });
  return { child, pgid, exit, output: () => out };
}

/** Live (non-zombie) members of a process group, as ps(1) lists them. */
function liveGroupMembers(pgid: number): string[] {
  const ps = spawnSync('ps', ['-e', '-o', 'pid=,pgid=,stat=,args='], { encoding: 'utf8' });
  return ps.stdout.split('\n').filter((line) => {
    const [, group, stat] = line.trim().split(/\s+/);
    return Number(group) === pgid && stat !== undefined && !stat.startsWith('Z');
  });
}

/**
 * After mlops has exited: nothing of the command is left (ps), and once `go` exists nothing
 * writes late.txt (a survivor polling for it would within a few polls).
 */
async function expectNothingLeft(dir: string, pgid: number): Promise<void> {
  expect(liveGroupMembers(pgid)).toEqual([]);
  await writeFile(join(dir, 'go'), '');
  await new Promise((r) => setTimeout(r, GO_POLL_MS * 8));
  expect(existsSync(join(dir, 'late.txt'))).toBe(false);
}

function trainArgs(dir: string, extra: string[] = []): string[] {
  return [bin, 'train', '--model', 'sig', '--outputs', 'model.bin', '--cache-dir', join(dir, 'cache'), ...extra, '--shell', 'sh', '--', SCRIPT];
}

describe.skipIf(!posix)('mlops train stops the training command with its process group', () => {
  // Concurrent: each waits out the command's delay, in its own folder.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    it.concurrent(`on ${signal}: forwards it to the group, waits for it, and exits ${128 + constants.signals[signal]}`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'train-signal-'));
      const run = await start(trainArgs(dir), dir);
      run.child.kill(signal);
      const { code } = await run.exit;
      expect(code, run.output()).toBe(128 + constants.signals[signal]);
      expect(run.output()).toContain(`mlops: interrupted by ${signal}: the training command was stopped with every process it started; nothing was cached`);
      await expectNothingLeft(dir, run.pgid);
      const record = JSON.parse(await readFile(join(dir, 'mlops-out/run.json'), 'utf8'));
      expect(record).toMatchObject({ status: 'failed', error: expect.stringContaining(`interrupted by ${signal}`), outputs: [] });
      expect(existsSync(join(dir, 'cache'))).toBe(false);
    });
  }

  it('kills the group at once on a second signal, even when the command ignores the first', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'train-signal-'));
    // `trap '' INT` is inherited by sleep: without SIGKILL the group would live out the 10 s grace.
    const argv = [bin, 'train', '--model', 'sig', '--no-cache', '--shell', 'sh', '--', `trap '' INT; echo "started $$"; sleep 3; echo late > late.txt`];
    const run = await start(argv, dir);
    run.child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 100));
    expect(liveGroupMembers(run.pgid)).not.toEqual([]); // the first signal was ignored
    run.child.kill('SIGTERM');
    const { code } = await run.exit;
    expect(code, run.output()).toBe(130); // the signal that interrupted the run
    expect(run.output()).toContain('killed (SIGKILL) with every process it started');
    expect(liveGroupMembers(run.pgid)).toEqual([]);
    expect(existsSync(join(dir, 'late.txt'))).toBe(false);
  });

  it('stops a run past --timeout the same way, fails it (exit 1) and caches nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'train-timeout-'));
    const run = await start(trainArgs(dir, ['--timeout', '500ms']), dir);
    const { code } = await run.exit;
    expect(code, run.output()).toBe(1);
    expect(run.output()).toContain('mlops: training command ran past its time limit of 500ms and was stopped with every process it started; nothing was cached');
    await expectNothingLeft(dir, run.pgid);
    expect(JSON.parse(await readFile(join(dir, 'mlops-out/run.json'), 'utf8'))).toMatchObject({ status: 'failed', signal: 'SIGTERM' });
    expect(existsSync(join(dir, 'cache')) ? await readdir(join(dir, 'cache')) : []).toEqual([]);
    expect(await readFile(join(dir, 'mlops-out/train.log'), 'utf8')).toMatch(/ran past its time limit \(500ms\)/);
  });

  it('refuses a --timeout without a unit', () => {
    const r = spawnSync(process.execPath, [bin, 'train', '--model', 'x', '--timeout', '30', '--', 'true'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--timeout must be a duration with a unit (got "30") (e.g. 90s, 30m or 2h)');
  });
});

describe.skipIf(!posix)('the train action stops the training command with its process group', () => {
  function actionEnv(dir: string, inputs: Record<string, string>): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: dir, RUNNER_TEMP: tmpdir() };
    const all = { cache: 'local', 'cache-dir': '.mlops/cache', 'run-out': 'mlops-out/run.json', 'log-out': 'mlops-out/train.log', seed: '0', ...inputs };
    for (const [k, v] of Object.entries(all)) env[`INPUT_${k.toUpperCase()}`] = v;
    return env;
  }

  it('on the runner\'s cancel (SIGINT): stops the group, fails the step with exit 130', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'train-action-signal-'));
    const env = actionEnv(dir, { model: 'sig', shell: 'sh', command: SCRIPT, outputs: 'model.bin' });
    const run = await start([actionBundle], dir, env);
    run.child.kill('SIGINT');
    const { code } = await run.exit;
    expect(code, run.output()).toBe(130);
    expect(run.output()).toContain('::error::interrupted by SIGINT: the training command was stopped');
    await expectNothingLeft(dir, run.pgid);
  });

  it('on timeout-minutes: stops the group and fails the step (exit 1)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'train-action-timeout-'));
    const env = actionEnv(dir, { model: 'sig', shell: 'sh', command: SCRIPT, outputs: 'model.bin', 'timeout-minutes': '0.01' });
    const run = await start([actionBundle], dir, env);
    const { code } = await run.exit;
    expect(code, run.output()).toBe(1);
    expect(run.output()).toContain('::error::training command ran past its time limit of 600ms');
    await expectNothingLeft(dir, run.pgid);
    expect(existsSync(join(dir, '.mlops/cache')) ? await readdir(join(dir, '.mlops/cache')) : []).toEqual([]);
  });
});
