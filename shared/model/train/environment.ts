/**
 * What the run cache must see change: the toolchains the command would run with and the lockfiles
 * that pin its libraries. DVC's run cache keys on the command, params and dependencies only, so a
 * new numpy or Python can silently reuse an old model; ours does not (docs/train.md).
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { digestFiles, isFile } from './declared-files.js';
import type { EnvironmentFingerprint } from '../../formats/run-format.js';

const run = promisify(execFile);

/** Lockfiles looked for at the top of the working directory. */
export const LOCKFILES = ['package-lock.json', 'poetry.lock', 'uv.lock', 'Pipfile.lock'] as const;
const REQUIREMENTS = /^requirements.*\.txt$/;

/** Runs `program args` (no shell) and returns its trimmed stdout+stderr, or null if it fails. */
async function versionOf(program: string, args: string[], env: Record<string, string | undefined>): Promise<string | null> {
  try {
    const { stdout, stderr } = await run(program, args, { env, timeout: 10_000, windowsHide: true });
    const text = `${stdout}${stderr}`.trim();
    return text === '' ? null : text;
  } catch {
    return null;
  }
}

export async function environmentFingerprint(cwd: string, env: Record<string, string | undefined> = process.env): Promise<EnvironmentFingerprint> {
  const names = (await readdir(cwd).catch(() => [] as string[]))
    .filter((n) => (LOCKFILES as readonly string[]).includes(n) || REQUIREMENTS.test(n))
    .sort();
  const present: string[] = [];
  for (const n of names) if (await isFile(`${cwd}/${n}`)) present.push(n);
  const [node, python] = await Promise.all([
    versionOf('node', ['--version'], env),
    versionOf('python3', ['--version'], env).then((v) => v?.replace(/^Python\s+/i, '') ?? null),
  ]);
  return {
    platform: process.platform,
    arch: process.arch,
    node,
    python,
    image: env.ImageOS ?? null,
    lockfiles: await digestFiles(present, cwd),
  };
}

/** `GITHUB_SHA` on a runner, else `git rev-parse HEAD` (execFile, no shell), else null. */
export async function gitCommit(cwd: string, env: Record<string, string | undefined> = process.env): Promise<string | null> {
  if (env.GITHUB_SHA && /^[0-9a-f]{40,64}$/i.test(env.GITHUB_SHA)) return env.GITHUB_SHA.toLowerCase();
  try {
    const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd, env, timeout: 10_000, windowsHide: true });
    const sha = stdout.trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
  } catch {
    return null;
  }
}
