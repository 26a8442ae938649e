/**
 * Where a model came from. On GitHub Actions, from the runner's GITHUB_* variables; elsewhere from
 * the local git checkout, asked through execFile (an argument list, never a shell, so nothing in a
 * branch name or remote URL is ever interpreted).
 */
import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import type { Lineage } from '../formats/manifest-format.js';
import type { RunRef } from '../formats/state-format.js';

type Env = Record<string, string | undefined>;

function git(args: string[], cwd: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 10_000, windowsHide: true }, (err, stdout) => resolve(err ? null : stdout.trim() || null));
  });
}

/** Drops credentials from a remote URL (`https://user:token@host/x` → `https://host/x`). */
export function redactRemote(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

const val = (s: string | undefined) => (s === undefined || s === '' ? null : s);

function localUser(env: Env): string | null {
  try {
    return val(env.USER) ?? val(env.USERNAME) ?? userInfo().username;
  } catch {
    return null;
  }
}

/** Lineage of the current run: GitHub's variables when GITHUB_ACTIONS=true, else local git, else nothing. */
export async function lineageOf(env: Env, cwd = process.cwd()): Promise<Lineage> {
  if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_RUN_ID) {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repo = val(env.GITHUB_REPOSITORY);
    const runId = val(env.GITHUB_RUN_ID);
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    return {
      source: 'github',
      repository: repo,
      commit: val(env.GITHUB_SHA),
      ref: val(env.GITHUB_REF),
      workflow: val(env.GITHUB_WORKFLOW_REF) ?? val(env.GITHUB_WORKFLOW),
      run_id: runId,
      run_attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : null,
      run_url: repo && runId ? `${server}/${repo}/actions/runs/${runId}` : null,
      actor: val(env.GITHUB_TRIGGERING_ACTOR) ?? val(env.GITHUB_ACTOR),
      trigger: val(env.GITHUB_EVENT_NAME),
    };
  }
  const commit = await git(['rev-parse', 'HEAD'], cwd);
  if (commit === null) {
    return { source: 'none', repository: null, commit: null, ref: null, workflow: null, run_id: null, run_attempt: null, run_url: null, actor: localUser(env), trigger: 'local' };
  }
  const [remote, ref] = await Promise.all([git(['remote', 'get-url', 'origin'], cwd), git(['symbolic-ref', '-q', 'HEAD'], cwd)]);
  return {
    source: 'git',
    repository: remote && redactRemote(remote),
    commit,
    ref,
    workflow: null,
    run_id: null,
    run_attempt: null,
    run_url: null,
    actor: (await git(['config', 'user.name'], cwd)) ?? localUser(env),
    trigger: 'local',
  };
}

/** The run part of an audit entry. */
export function runRefOf(l: Lineage): RunRef | null {
  if (!l.run_id) return null;
  return { repository: l.repository, run_id: l.run_id, run_attempt: l.run_attempt, workflow: l.workflow, url: l.run_url };
}
