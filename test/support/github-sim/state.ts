/**
 * The simulator's world: users and tokens, repositories, issue comments, pull requests, check
 * runs, workflow runs and artifacts. Plain maps, mutated by route handlers and seeding helpers.
 * Ids come from one counter that only grows, like GitHub's: a newer object has a larger id.
 * Objects are stored in GitHub's own JSON shape (seeded from real webhook payloads) so responses
 * are what GitHub sends; the OpenAPI check on every response keeps them honest.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Json = any;

export interface SimUser {
  login: string;
  id: number;
  node_id: string;
  avatar_url: string;
  gravatar_id: string;
  url: string;
  html_url: string;
  followers_url: string;
  following_url: string;
  gists_url: string;
  starred_url: string;
  subscriptions_url: string;
  organizations_url: string;
  repos_url: string;
  events_url: string;
  received_events_url: string;
  type: 'User' | 'Bot' | 'Organization';
  site_admin: boolean;
}

export interface SimToken {
  user: SimUser;
  /** `installation` tokens (GITHUB_TOKEN, `ghs_...`) may not call `GET /user`. */
  kind: 'installation' | 'user';
}

export interface SimComment {
  id: number;
  repo: string;
  issue_number: number;
  body: string;
  user: SimUser;
  created_at: string;
  updated_at: string;
}

export interface SimCheckRun {
  id: number;
  repo: string;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
}

export interface SimArtifact {
  id: number;
  repo: string;
  run_id: number;
  name: string;
  bytes: Uint8Array;
  created_at: string;
}

export interface SimWorkflowRun {
  repo: string;
  /** The workflow's file name, e.g. `pr-report.yml`, and its numeric id. */
  workflow: string;
  workflow_id: number;
  /** The run in GitHub's shape (a `workflow-run` object). */
  data: Json;
}

export const API = 'https://api.github.com';
export const WEB = 'https://github.com';

export function makeUser(login: string, id: number, type: SimUser['type'] = 'User'): SimUser {
  const url = `${API}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: type === 'Bot' ? `${WEB}/apps/${login.replace(/\[bot\]$/, '')}` : `${WEB}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
  };
}

/** The identity behind GITHUB_TOKEN (id 41898282 on github.com). */
export const ACTIONS_BOT = makeUser('github-actions[bot]', 41898282, 'Bot');

export class SimState {
  private nextId = 1_000_000;
  /** Simulated clock: advances one second per write so `created_at` order follows id order. */
  private clock = Date.parse('2024-05-01T12:00:00Z');

  readonly tokens = new Map<string, SimToken>();
  /** Repository objects (GitHub's `repository` shape), by `owner/name`. */
  readonly repos = new Map<string, Json>();
  /** Issue numbers that exist (`owner/name#number`); a pull request is an issue too. */
  readonly issues = new Set<string>();
  readonly comments = new Map<number, SimComment>();
  /** Pull request objects (GitHub's `pull-request` shape), by `owner/name#number`. */
  readonly pulls = new Map<string, Json>();
  readonly checkRuns = new Map<number, SimCheckRun>();
  readonly workflowRuns: SimWorkflowRun[] = [];
  readonly artifacts = new Map<number, SimArtifact>();

  id(): number {
    return this.nextId++;
  }

  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  repo(fullName: string): Json | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  addRepo(repo: Json): Json {
    this.repos.set(String(repo.full_name).toLowerCase(), repo);
    return repo;
  }

  /** Per `repo#issue`: the newest comment id a list has shown, the view a lagging list answers from. */
  readonly commentsListedUpTo = new Map<string, number>();

  commentsOn(repo: string, issue_number: number): SimComment[] {
    return [...this.comments.values()].filter((c) => c.repo === repo.toLowerCase() && c.issue_number === issue_number).sort((a, b) => a.id - b.id);
  }

  addComment(repo: string, issue_number: number, user: SimUser, body: string): SimComment {
    const at = this.now();
    const c: SimComment = { id: this.id(), repo: repo.toLowerCase(), issue_number, body, user, created_at: at, updated_at: at };
    this.comments.set(c.id, c);
    return c;
  }

  pullsOf(repo: string): Json[] {
    const prefix = `${repo.toLowerCase()}#`;
    return [...this.pulls.entries()].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v).sort((a, b) => b.number - a.number);
  }
}
