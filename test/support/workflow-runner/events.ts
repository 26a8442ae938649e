/**
 * The events that start runs, built from real payloads (@octokit/webhooks-examples, via seed.ts's
 * webhookPayload) moved onto the simulator's repository, pull request and commits, plus what the
 * runner derives from each: GITHUB_SHA and GITHUB_REF, the commit whose `.github/workflows/` are
 * read, and the files a push or PR changed (for `paths:` filters).
 *
 * Simplification: a pull_request run's merge commit (refs/pull/N/merge) gets the PR head's tree,
 * which is GitHub's merge result whenever the base has not moved since the branch was made, as in
 * the scenarios here.
 */
import type { GitHubSim } from '../github-sim/index.js';
import { gitStore, seedRef, webhookPayload } from '../github-sim/index.js';
import { syncHead } from '../github-sim/routes/pulls.js';
import type { Json } from '../github-sim/state.js';

export interface RunEvent {
  name: string;
  payload: Json;
  /** GITHUB_SHA */
  sha: string;
  /** GITHUB_REF */
  ref: string;
  /** The commit whose `.github/workflows/` the event runs. */
  workflowsAt: string;
  /** Paths that differ between the commit before and after (push, pull_request). */
  changedFiles?: string[];
  /** workflow_dispatch: the one workflow file (`.github/workflows/promote.yml`) it starts. */
  workflow?: string;
}

function repoOf(sim: GitHubSim, repo: string): Json {
  const r = sim.state.repo(repo);
  if (!r) throw new Error(`seed the repository ${repo} first`);
  return structuredClone(r);
}

export function branchHead(sim: GitHubSim, repo: string, branch: string): string {
  const sha = gitStore(sim.state).refsOf(repo).get(`heads/${branch}`);
  if (!sha) throw new Error(`${repo} has no branch ${branch} in the simulator's Git store (seedBranch)`);
  return sha;
}

/** The flat tree (path -> blob SHA) of a commit. */
export function treeOf(sim: GitHubSim, commit: string): Map<string, string> {
  const store = gitStore(sim.state);
  const c = store.commits.get(commit);
  const tree = c && store.trees.get(c.tree);
  if (!tree) throw new Error(`no commit ${commit} in the simulator's Git store`);
  return new Map([...tree].filter(([, e]) => e.type === 'blob').map(([path, e]) => [path, e.sha]));
}

/** The contents of a file at a commit, or undefined. */
export function fileAt(sim: GitHubSim, commit: string, path: string): Buffer | undefined {
  const blob = treeOf(sim, commit).get(path);
  return blob === undefined ? undefined : gitStore(sim.state).blobs.get(blob);
}

export function changedFiles(sim: GitHubSim, before: string | undefined, after: string): string[] {
  const a = before ? treeOf(sim, before) : new Map<string, string>();
  const b = treeOf(sim, after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((p) => a.get(p) !== b.get(p)).sort();
}

/**
 * `pull_request` with `action` for PR `number` (seeded with seedPullRequest, its head branch in the
 * Git store); for `synchronize`, `before` is the head SHA before the push.
 */
export function pullRequestEvent(sim: GitHubSim, repo: string, number: number, action: 'opened' | 'synchronize' | 'reopened', before?: string): RunEvent {
  const pr = sim.state.pulls.get(`${repo.toLowerCase()}#${number}`);
  if (!pr) throw new Error(`seed PR #${number} of ${repo} first`);
  syncHead(pr, sim.state);
  const store = gitStore(sim.state);
  const base = branchHead(sim, repo, pr.base.ref);
  const head = store.commits.get(pr.head.sha);
  if (!head) throw new Error(`PR #${number}'s head ${pr.head.sha} is not in the Git store`);
  pr.base.sha = base;
  const merge = store.putCommit({ tree: head.tree, parents: [base, head.sha], message: `Merge ${head.sha} into ${base}`, author: { name: 'GitHub', email: 'noreply@github.com', date: sim.state.now() } });
  seedRef(sim, repo, `pull/${number}/merge`, merge.sha);
  const payload = webhookPayload('pull_request', action);
  Object.assign(payload, { action, number, pull_request: structuredClone(pr), repository: repoOf(sim, repo) });
  if (action === 'synchronize') {
    if (!before) throw new Error('a synchronize event needs the head SHA before the push');
    Object.assign(payload, { before, after: pr.head.sha });
  }
  return { name: 'pull_request', payload, sha: merge.sha, ref: `refs/pull/${number}/merge`, workflowsAt: merge.sha, changedFiles: changedFiles(sim, base, head.sha) };
}

/** `push` of `branch` from `before` to its current head. */
export function pushEvent(sim: GitHubSim, repo: string, branch: string, before: string): RunEvent {
  const after = branchHead(sim, repo, branch);
  const payload = webhookPayload('push');
  const commit = gitStore(sim.state).commits.get(after)!;
  Object.assign(payload, {
    ref: `refs/heads/${branch}`,
    before,
    after,
    base_ref: null,
    compare: `https://github.com/${repo}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    repository: repoOf(sim, repo),
    commits: [],
    head_commit: { ...payload.head_commit, id: after, tree_id: commit.tree, message: commit.message, timestamp: commit.author.date },
  });
  return { name: 'push', payload, sha: after, ref: `refs/heads/${branch}`, workflowsAt: after, changedFiles: changedFiles(sim, before, after) };
}

function defaultBranch(sim: GitHubSim, repo: string): string {
  return String(repoOf(sim, repo).default_branch ?? 'main');
}

/** `schedule` for a cron line, on the default branch's head (where GitHub reads scheduled workflows). */
export function scheduleEvent(sim: GitHubSim, repo: string, cron: string): RunEvent {
  const branch = defaultBranch(sim, repo);
  const sha = branchHead(sim, repo, branch);
  // GitHub's schedule payload: the cron line and the repository (no example in @octokit/webhooks-examples).
  return { name: 'schedule', payload: { schedule: cron, repository: repoOf(sim, repo) }, sha, ref: `refs/heads/${branch}`, workflowsAt: sha };
}

/** `workflow_dispatch` of one workflow file ("Run workflow"), with its inputs as the form sends them (strings). */
export function workflowDispatchEvent(sim: GitHubSim, repo: string, workflow: string, inputs: Record<string, string>, branch = defaultBranch(sim, repo)): RunEvent {
  const sha = branchHead(sim, repo, branch);
  const payload = webhookPayload('workflow_dispatch');
  Object.assign(payload, { inputs, ref: `refs/heads/${branch}`, workflow, repository: repoOf(sim, repo) });
  return { name: 'workflow_dispatch', payload, sha, ref: `refs/heads/${branch}`, workflowsAt: sha, workflow };
}

/** `workflow_run` `completed` for a run in the simulator (GitHub runs these from the default branch). */
export function workflowRunEvent(sim: GitHubSim, repo: string, run: Json): RunEvent {
  const branch = defaultBranch(sim, repo);
  const sha = branchHead(sim, repo, branch);
  const payload = webhookPayload('workflow_run', 'completed');
  Object.assign(payload, {
    action: 'completed',
    repository: repoOf(sim, repo),
    workflow_run: structuredClone(run),
    workflow: { ...payload.workflow, id: run.workflow_id, name: run.name, path: run.path },
  });
  return { name: 'workflow_run', payload, sha, ref: `refs/heads/${branch}`, workflowsAt: sha };
}
