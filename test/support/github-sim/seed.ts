/**
 * Seeding the simulator's state from real GitHub payloads (@octokit/webhooks-examples): the
 * repository and pull request of `pull_request.opened`, the run of `workflow_run.completed`.
 * Only names, numbers and SHAs are changed, so every object keeps GitHub's full shape.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { GitHubSim } from './server.js';
import { API, WEB, makeUser, type Json, type SimUser } from './state.js';
import { zipFiles } from './zip.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Json[] }>;

export function webhookPayload(name: string, action?: string): Json {
  const def = examples.find((d) => d.name === name);
  const ex = def?.examples.find((e) => action === undefined || e.action === action);
  if (!ex) throw new Error(`@octokit/webhooks-examples has no ${name}.${action}`);
  return structuredClone(ex);
}

/** A deterministic 40-hex SHA from a label. */
export function sha(label: string): string {
  return createHash('sha1').update(label).digest('hex');
}

/** Rewrites every `Codertocat/Hello-World`-style URL and name in a payload object to `owner/name`. */
function renameRepo(obj: Json, from: string, to: string): Json {
  return JSON.parse(JSON.stringify(obj).split(from).join(to));
}

export interface RepoSeed {
  owner: string;
  name: string;
  /** For a fork: the repository it was forked from (`owner/name`). */
  forkOf?: string;
}

/** A repository in GitHub's shape (from `pull_request.opened`), registered with the simulator. */
export function seedRepo(sim: GitHubSim, seed: RepoSeed): Json {
  const base = webhookPayload('pull_request', 'opened').repository;
  const from = base.full_name as string;
  const repo = renameRepo(base, from, `${seed.owner}/${seed.name}`);
  repo.id = sim.state.id();
  repo.name = seed.name;
  repo.owner = { ...repo.owner, ...makeUser(seed.owner, sim.state.id()) };
  repo.fork = seed.forkOf !== undefined;
  return sim.state.addRepo(repo);
}

export interface PullSeed {
  /** Base repository `owner/name` (seeded if missing). */
  repo: string;
  number: number;
  headSha: string;
  headRef?: string;
  baseRef?: string;
  /** Head lives in a fork `forker/<name>`. */
  forkOwner?: string;
  state?: 'open' | 'closed';
  updatedAt?: string;
  /** Merged (closed) as this commit on the base branch. */
  mergeCommitSha?: string;
  /** Label names on the PR (e.g. `model:minor`). */
  labels?: string[];
}

/** A pull request (GitHub's `pull-request` shape, from `pull_request.opened`). */
export function seedPullRequest(sim: GitHubSim, seed: PullSeed): Json {
  const [owner, name] = seed.repo.split('/') as [string, string];
  const base = sim.state.repo(seed.repo) ?? seedRepo(sim, { owner, name });
  const headRepo = seed.forkOwner
    ? (sim.state.repo(`${seed.forkOwner}/${name}`) ?? seedRepo(sim, { owner: seed.forkOwner, name, forkOf: seed.repo }))
    : base;
  const ex = webhookPayload('pull_request', 'opened').pull_request;
  const from = webhookPayload('pull_request', 'opened').repository.full_name as string;
  const pr = renameRepo(ex, from, base.full_name);
  pr.id = sim.state.id();
  pr.number = seed.number;
  pr.state = seed.state ?? 'open';
  pr.url = `${API}/repos/${base.full_name}/pulls/${seed.number}`;
  pr.html_url = `${WEB}/${base.full_name}/pull/${seed.number}`;
  pr.issue_url = `${API}/repos/${base.full_name}/issues/${seed.number}`;
  pr.updated_at = seed.updatedAt ?? sim.state.now();
  // Fields newer than the example payload (required by today's description).
  pr.auto_merge ??= null;
  pr.active_lock_reason ??= null;
  pr.head = { ...pr.head, sha: seed.headSha, ref: seed.headRef ?? `feature-${seed.number}`, label: `${headRepo.owner.login}:${seed.headRef ?? `feature-${seed.number}`}`, repo: headRepo, user: headRepo.owner };
  pr.base = { ...pr.base, ref: seed.baseRef ?? 'main', repo: base, user: base.owner };
  if (seed.mergeCommitSha) Object.assign(pr, { state: 'closed', merged: true, merged_at: pr.updated_at, closed_at: pr.updated_at, merge_commit_sha: seed.mergeCommitSha });
  if (seed.labels) {
    pr.labels = seed.labels.map((name, i) => ({ id: 9_000_000 + i, node_id: `LA_${i}`, url: `${API}/repos/${base.full_name}/labels/${encodeURIComponent(name)}`, name, description: '', color: 'ededed', default: false }));
  }
  const key = `${String(base.full_name).toLowerCase()}#${seed.number}`;
  sim.state.pulls.set(key, pr);
  sim.state.issues.add(key);
  return pr;
}

/** Some users who comment on PRs: people, another bot, and GITHUB_TOKEN's bot. */
export const commenters = {
  alice: makeUser('alice-ml', 7_000_001),
  bob: makeUser('bob-reviewer', 7_000_002),
  dependabot: makeUser('dependabot[bot]', 49699333, 'Bot'),
  /** A human whose login looks like the bot's, but is a `User`: must never be mistaken for it. */
  impostor: makeUser('github-actions[bot]', 7_000_003, 'User'),
};

export interface CommentsSeed {
  repo: string;
  issue_number: number;
  count: number;
  /** Cycled through; default alice, bob, dependabot. */
  authors?: SimUser[];
  body?: (i: number) => string;
}

/** `count` existing comments, oldest first. */
export function seedComments(sim: GitHubSim, seed: CommentsSeed): number[] {
  const authors = seed.authors ?? [commenters.alice, commenters.bob, commenters.dependabot];
  const ids: number[] = [];
  for (let i = 0; i < seed.count; i++) {
    const body = seed.body?.(i) ?? `Comment ${i + 1}: looks good to me.`;
    ids.push(sim.state.addComment(seed.repo, seed.issue_number, authors[i % authors.length]!, body).id);
  }
  return ids;
}

export interface WorkflowRunSeed {
  repo: string;
  workflow: string;
  branch: string;
  headSha: string;
  event?: string;
  conclusion?: 'success' | 'failure' | 'cancelled' | null;
  /** Artifacts: name -> files inside its zip. */
  artifacts?: Record<string, Record<string, string | Uint8Array>>;
}

const workflowIds = new Map<string, number>();

/** A completed workflow run (GitHub's `workflow-run` shape, from `workflow_run.completed`) and its artifacts. */
export function seedWorkflowRun(sim: GitHubSim, seed: WorkflowRunSeed): Json {
  const base = sim.state.repo(seed.repo);
  if (!base) throw new Error(`seed the repository ${seed.repo} first`);
  const ex = webhookPayload('workflow_run', 'completed');
  const from = ex.repository.full_name as string;
  const run = renameRepo(ex.workflow_run, from, base.full_name);
  const wfKey = `${base.full_name}/${seed.workflow}`.toLowerCase();
  if (!workflowIds.has(wfKey)) workflowIds.set(wfKey, 9_000_000 + workflowIds.size);
  const id = sim.state.id();
  const at = sim.state.now();
  Object.assign(run, {
    id,
    name: seed.workflow.replace(/\.ya?ml$/, ''),
    display_title: `${seed.event ?? 'push'} on ${seed.branch}`,
    path: `.github/workflows/${seed.workflow}`,
    workflow_id: workflowIds.get(wfKey),
    head_branch: seed.branch,
    head_sha: seed.headSha,
    event: seed.event ?? 'push',
    status: 'completed',
    conclusion: seed.conclusion === undefined ? 'success' : seed.conclusion,
    run_number: sim.state.workflowRuns.filter((w) => w.repo === base.full_name.toLowerCase()).length + 1,
    created_at: at,
    updated_at: at,
    run_started_at: at,
    url: `${API}/repos/${base.full_name}/actions/runs/${id}`,
    html_url: `${WEB}/${base.full_name}/actions/runs/${id}`,
    artifacts_url: `${API}/repos/${base.full_name}/actions/runs/${id}/artifacts`,
  });
  if (run.head_commit) run.head_commit.id = seed.headSha;
  sim.state.workflowRuns.push({ repo: base.full_name.toLowerCase(), workflow: seed.workflow, workflow_id: run.workflow_id, data: run });
  for (const [name, files] of Object.entries(seed.artifacts ?? {})) {
    const aid = sim.state.id();
    sim.state.artifacts.set(aid, { id: aid, repo: base.full_name.toLowerCase(), run_id: id, name, bytes: zipFiles(files), created_at: at });
  }
  return run;
}
