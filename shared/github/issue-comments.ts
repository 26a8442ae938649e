/**
 * Issue/PR comments as a small store (list all, create, update, delete) plus "who am I", which the
 * sticky-comment algorithm runs on. The octokit implementation reads every page (`per_page=100`):
 * reading only the first page is how other tools duplicate their comment on busy PRs.
 */
import type { GitHubClient } from './octokit.js';
import { isForgeError } from '../ports/forge-error.js';
import type { RepoRef } from '../ports/forge.js';

export interface StoredComment {
  id: number;
  body: string;
  author: { login: string; type: string } | null;
  createdAt: string;
  url: string;
}

/** Whose comments count as "ours". */
export interface CommentIdentity {
  login: string;
  /** When set, the author's `type` must match too (`Bot` for `github-actions[bot]`). */
  type?: string;
}

export interface IssueCommentStore {
  identity(): Promise<CommentIdentity>;
  list(ref: RepoRef & { issue_number: number }): Promise<StoredComment[]>;
  create(ref: RepoRef & { issue_number: number; body: string }): Promise<StoredComment>;
  update(ref: RepoRef & { comment_id: number; body: string }): Promise<StoredComment>;
  /** Resolves false when the comment was already gone (another run deleted it). */
  delete(ref: RepoRef & { comment_id: number }): Promise<boolean>;
}

/** The identity of `GITHUB_TOKEN` in a workflow: the GitHub Actions app's bot user. */
export const ACTIONS_BOT: CommentIdentity = { login: 'github-actions[bot]', type: 'Bot' };

export function isAuthoredBy(c: StoredComment, who: CommentIdentity): boolean {
  if (!c.author) return false;
  if (c.author.login.toLowerCase() !== who.login.toLowerCase()) return false;
  return who.type === undefined || c.author.type === who.type;
}

export interface OctokitCommentOptions {
  /** The `comment-author` input: whose comments to treat as ours when `GET /user` is not allowed. */
  commentAuthor?: string;
}

interface RawComment {
  id: number;
  body?: string;
  user: { login: string; type: string } | null;
  created_at: string;
  html_url: string;
}

function toStored(c: RawComment): StoredComment {
  return {
    id: c.id,
    body: c.body ?? '',
    author: c.user ? { login: c.user.login, type: c.user.type } : null,
    createdAt: c.created_at,
    url: c.html_url,
  };
}

export function octokitCommentStore(octokit: GitHubClient, options: OctokitCommentOptions = {}): IssueCommentStore {
  let who: Promise<CommentIdentity> | undefined;
  return {
    identity() {
      who ??= resolveIdentity(octokit, options);
      return who;
    },
    async list({ owner, repo, issue_number }) {
      const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 });
      return all.map((c) => toStored(c as RawComment));
    },
    async create({ owner, repo, issue_number, body }) {
      const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number, body });
      return toStored(data as RawComment);
    },
    async update({ owner, repo, comment_id, body }) {
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id, body });
      return toStored(data as RawComment);
    },
    async delete({ owner, repo, comment_id }) {
      try {
        await octokit.rest.issues.deleteComment({ owner, repo, comment_id });
        return true;
      } catch (e) {
        if (isForgeError(e) && e.status === 404) return false;
        throw e;
      }
    },
  };
}

/**
 * `GET /user` works for personal and app-user tokens; an installation token such as GITHUB_TOKEN
 * gets 403 ("Resource not accessible by integration"). Then the identity is the `comment-author`
 * input if given, else the Actions bot (matched by login and `type: Bot`, so a human who named
 * themselves similarly cannot be mistaken for it).
 */
async function resolveIdentity(octokit: GitHubClient, options: OctokitCommentOptions): Promise<CommentIdentity> {
  if (options.commentAuthor) return { login: options.commentAuthor };
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, type: data.type };
  } catch (e) {
    if (isForgeError(e) && (e.status === 403 || e.status === 401 || e.status === 404)) return ACTIONS_BOT;
    throw e;
  }
}
