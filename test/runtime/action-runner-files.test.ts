/**
 * The runner's files when they cannot be written (issue 13, item 10): GITHUB_OUTPUT in a missing
 * folder is a usage error naming the variable (exit 2, no stack), and a GITHUB_STEP_SUMMARY that
 * is a folder costs a warning, not the step.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appendSummary, runAction, setOutputs } from '../../shared/runtime/action.js';

let saved: NodeJS.ProcessEnv;
let stdout: string;
let stderr: string;

beforeEach(() => {
  saved = { ...process.env };
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = saved;
  process.exitCode = undefined;
});

describe('runner files that cannot be written', () => {
  it('GITHUB_OUTPUT in a missing folder fails the step with one message and exit 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mlops-runner-'));
    process.env.GITHUB_OUTPUT = join(dir, 'missing', 'output.txt');
    await runAction(async () => setOutputs({ verdict: 'pass' }));
    expect(process.exitCode).toBe(2);
    expect(stdout).toMatch(/::error::cannot write the step's outputs to GITHUB_OUTPUT \(.*missing.*\): the file does not exist/);
    expect(stdout).not.toContain('unexpected error');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('GITHUB_STEP_SUMMARY pointing at a folder is a warning; the step still succeeds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mlops-runner-'));
    process.env.GITHUB_STEP_SUMMARY = dir;
    await runAction(async () => appendSummary('# Report\n'));
    expect(process.exitCode).toBeUndefined();
    expect(stdout).toMatch(/::warning::the job summary was not written to GITHUB_STEP_SUMMARY/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
