/**
 * scripts/release.sh, which .github/workflows/release-actions.yml runs: in a scratch clone whose
 * `origin` is a bare repository on disk, it tags vX.Y.Z and moves the major tag there, never moves
 * a release tag or the major tag back, refuses a version package.json does not have, and re-running
 * a finished release changes nothing. Checked with git itself (ls-remote of the "remote").
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-action.js';

const SCRIPT = join(repoRoot, 'scripts/release.sh');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.invalid',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

function sh(cwd: string, cmd: string, args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(cmd, args, { cwd, env: ENV, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
function git(cwd: string, ...args: string[]): string {
  const r = sh(cwd, 'git', args);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.err}`);
  return r.out.trim();
}

/** A clone with package.json at `version`, one commit, pushed to a bare `origin`. */
function repository(version: string): { work: string; remote: string } {
  const root = mkdtempSync(join(tmpdir(), 'mlops-release-'));
  dirs.push(root);
  const remote = join(root, 'remote.git');
  const work = join(root, 'work');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  git(root, 'clone', '--quiet', remote, work);
  commitVersion(work, version);
  return { work, remote };
}

function commitVersion(work: string, version: string): string {
  writeFileSync(join(work, 'package.json'), `${JSON.stringify({ name: 'mlops-actions', version }, null, 2)}\n`);
  git(work, 'add', 'package.json');
  git(work, 'commit', '--quiet', '--allow-empty', '-m', `version ${version}`);
  git(work, 'push', '--quiet', 'origin', 'HEAD:main');
  return git(work, 'rev-parse', 'HEAD');
}

/** The remote's tags: name -> the commit each points at. */
function remoteTags(remote: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of git(remote, 'for-each-ref', '--format=%(refname:short) %(*objectname)%(objectname)', 'refs/tags').split('\n').filter(Boolean)) {
    const [name, ids] = line.split(' ') as [string, string];
    // Annotated: %(*objectname) is the commit, followed by the tag object's id.
    out[name] = ids.slice(0, 40);
  }
  return out;
}

const release = (work: string, ...args: string[]) => sh(work, 'bash', [SCRIPT, ...args]);

// One repository for the whole story (each step spawns git a dozen times: seconds on 2 cores).
describe('scripts/release.sh, release after release', () => {
  const { work, remote } = repository('1.9.0');
  const commits: Record<string, string> = {};

  it('tags v1.9.0 and moves v1 to it', () => {
    commits['1.9.0'] = git(work, 'rev-parse', 'HEAD');
    const r = release(work, '1.9.0');
    expect(r.code, r.err).toBe(0);
    expect(remoteTags(remote)).toEqual({ 'v1.9.0': commits['1.9.0'], v1: commits['1.9.0'] });
    expect(git(remote, 'cat-file', '-t', 'v1.9.0')).toBe('tag');
  });

  it('moves v1 to the next release (1.10.0 > 1.9.0 numerically, though not as text), leaving v1.9.0 where it was', () => {
    commits['1.10.0'] = commitVersion(work, '1.10.0');
    const r = release(work, 'v1.10.0');
    expect(r.code, r.err).toBe(0);
    expect(remoteTags(remote)).toEqual({ 'v1.9.0': commits['1.9.0'], 'v1.10.0': commits['1.10.0'], v1: commits['1.10.0'] });
  });

  it('changes nothing when the release is run again', () => {
    const r = release(work, '1.10.0');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('v1.10.0 is on this commit already');
    expect(r.out).toContain('v1 is on this commit already');
    expect(r.out).not.toContain('+ git push');
    expect(remoteTags(remote)).toEqual({ 'v1.9.0': commits['1.9.0'], 'v1.10.0': commits['1.10.0'], v1: commits['1.10.0'] });
  });

  it('refuses a release tag that exists on another commit', () => {
    git(work, 'commit', '--quiet', '--allow-empty', '-m', 'later');
    const before = remoteTags(remote);
    const r = release(work, '1.10.0');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/v1\.10\.0 exists on [0-9a-f]{40}, not on this commit/);
    expect(remoteTags(remote)).toEqual(before);
  });

  it('refuses a version below the latest release of the major, leaving v1 where it is', () => {
    commitVersion(work, '1.9.1');
    const before = remoteTags(remote);
    const r = release(work, '1.9.1');
    expect(r.code).toBe(2);
    expect(r.err).toContain('v1.9.1 is below v1.10.0');
    expect(remoteTags(remote)).toEqual(before);
  });
});

describe('scripts/release.sh refuses, pushing nothing', () => {
  const { work, remote } = repository('1.0.0');

  it.each([
    ['a version package.json does not have', ['1.2.0'], "package.json's version is 1.0.0, not 1.2.0"],
    ['a version that is not X.Y.Z', ['1.0'], '"1.0" is not a version X.Y.Z'],
    ['a pre-release', ['1.0.0-rc.1'], 'is not a version X.Y.Z'],
    ['no version', [], 'give the VERSION'],
    ['an unknown option', ['--force', '1.0.0'], 'unknown option --force'],
  ])('%s', (_what, args, message) => {
    const r = release(work, ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(remoteTags(remote)).toEqual({});
  });

  it('uncommitted changes', () => {
    writeFileSync(join(work, 'package.json'), '{"name": "mlops-actions", "version": "1.0.0", "x": 1}\n');
    const r = release(work, '1.0.0');
    git(work, 'checkout', '--quiet', '--', 'package.json');
    expect(r.code).toBe(2);
    expect(r.err).toContain('uncommitted changes');
    expect(remoteTags(remote)).toEqual({});
  });

  it('with --dry-run, printing what it would do', () => {
    const r = release(work, '--dry-run', '1.0.0');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('+ git tag -a v1.0.0');
    expect(r.out).toContain('+ git push --force origin refs/tags/v1');
    expect(remoteTags(remote)).toEqual({});
  });
});
