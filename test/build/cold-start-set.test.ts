/**
 * What a bundle evaluates before it reads its inputs (issue 18: a step must not pay for what it
 * does not use). The faces import their step, forge, OCI, config and renderers with import() once
 * the inputs are read, so ncc puts them in chunks (`NNN.index.js`) and the entry file holds the face,
 * zod and @actions/core. scripts/build.mjs stands @actions/exec in for a stub that loads the real
 * one (with @actions/io and child_process) on first call, and gives the full bundles a copy of
 * @actions/core whose OIDC client loads @actions/http-client (with node's http, https, net and tls)
 * on first call. These tests read the committed bundles, as undici-split.test.ts does
 * (check-dist.test.ts keeps them equal to a fresh build), and run each the way the cold-start bench
 * does (no inputs: it stops at reading them); timings are in `npm run bench -- --only cold-start`,
 * never here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-action.js';

const steps = readdirSync(join(repoRoot, 'actions')).filter((s) => existsSync(join(repoRoot, 'actions', s, 'src/index.ts'))).sort();
const entry = (step: string) => join(repoRoot, 'actions', step, 'dist/index.js');
const cli = join(repoRoot, 'dist/cli/index.js');

/** Source markers of code that no run needs before its inputs are read. */
const NOT_AT_START: Record<string, string> = {
  '@actions/exec': 'class ToolRunner',
  yaml: 'Symbol.for(\'yaml.',
  octokit: '@octokit/',
  'the step (shared/steps/)': 'CONCATENATED MODULE: ../../../../shared/steps/',
  '@actions/http-client': 'class HttpClientError extends Error',
};

/** node's own modules that no run needs before its inputs are read: the network stack, child processes, workers. */
const BUILTINS_NOT_AT_START = ['http', 'https', 'net', 'tls', 'child_process', 'worker_threads'];

const cwd = mkdtempSync(join(tmpdir(), 'mlops-cold-start-set-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Runs `args` as benchColdStart (bench/run.ts) does, and returns its exit code and node's own modules it loaded. */
function builtinsLoaded(args: string[]): { status: number | null; builtins: string[] } {
  const hook = 'data:text/javascript,import{writeSync}from"node:fs";process.on("exit",()=>writeSync(3,process.moduleLoadList.join("\\n")))';
  const env = { PATH: process.env.PATH ?? '', HOME: cwd, GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_WORKSPACE: cwd };
  const r = spawnSync(process.execPath, ['--import', hook, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const builtins = String(r.output[3] ?? '').split('\n').filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  return { status: r.status, builtins };
}

describe('what a bundle evaluates at start', () => {
  it.each(steps)('%s: no step, yaml, octokit or @actions/exec in the entry file', (step) => {
    if (!existsSync(entry(step))) return;
    const code = readFileSync(entry(step), 'utf8');
    for (const [what, marker] of Object.entries(NOT_AT_START)) expect(code.includes(marker), `actions/${step}/dist/index.js contains ${what} (${marker})`).toBe(false);
  });

  it.each(steps)('%s: a run that stops at its inputs loads no network stack, child process or worker module of node', (step) => {
    if (!existsSync(entry(step))) return;
    const { status, builtins } = builtinsLoaded([entry(step)]);
    expect(status, `actions/${step}/dist/index.js without inputs`).toBe(2);
    expect(builtins).toContain('fs');
    expect(builtins.filter((m) => BUILTINS_NOT_AT_START.includes(m))).toEqual([]);
  });

  it.each(steps)('%s: the entry file\'s module factories are functions, compiled with the file (scripts/build.mjs eagerFactories)', (step) => {
    if (!existsSync(entry(step))) return;
    const code = readFileSync(entry(step), 'utf8');
    expect(/^\/\*\*\*\/ \(function \(/m.test(code), `actions/${step}/dist/index.js has no function factory`).toBe(true);
    expect(/^\/\*\*\*\/ \(\([\w$, ]*\) => \{$/m.test(code), `actions/${step}/dist/index.js has an arrow factory`).toBe(false);
  });

  it('the chunks\' module factories are functions too (a step loads its chunks at start and requires nearly all)', () => {
    for (const dir of [...steps.map((step) => join(repoRoot, 'actions', step, 'dist')), join(repoRoot, 'dist/cli')]) {
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((f) => /^\d+\.index\.js$/.test(f))) {
        expect(/^\/\*\*\*\/ \(\([\w$, ]*\) => \{$/m.test(readFileSync(join(dir, f), 'utf8')), `${dir}/${f} has an arrow factory`).toBe(false);
      }
    }
  });

  it('@actions/exec is still bundled, in a chunk loaded when a command runs', () => {
    for (const step of steps) {
      const dir = join(repoRoot, 'actions', step, 'dist');
      if (!existsSync(dir)) continue;
      const chunks = readdirSync(dir).filter((f) => /^\d+\.index\.js$/.test(f));
      expect(chunks.some((f) => readFileSync(join(dir, f), 'utf8').includes('class ToolRunner')), `actions/${step}/dist has no chunk with @actions/exec`).toBe(true);
    }
  });

  it('mlops: no zod, yaml or step in the entry file', () => {
    if (!existsSync(cli)) return;
    const code = readFileSync(cli, 'utf8');
    for (const [what, marker] of Object.entries({ ...NOT_AT_START, zod: 'zod/v4/core' })) expect(code.includes(marker), `dist/cli/index.js contains ${what} (${marker})`).toBe(false);
  });

  it('mlops --version loads no network stack or child process module of node', () => {
    if (!existsSync(cli)) return;
    const { status, builtins } = builtinsLoaded([cli, '--version']);
    expect(status).toBe(0);
    expect(builtins.filter((m) => BUILTINS_NOT_AT_START.includes(m))).toEqual([]);
  });
});
