/**
 * Pull requests: by commit, list, get, create, update (title, body, state), request reviewers.
 * Stored whole (GitHub's `pull-request` shape, built from the `pull_request.opened` example).
 *
 * Like GitHub:
 * - an open PR's `head.sha` follows its branch: when the Git store knows `heads/<head.ref>` of the
 *   head repository, that is the head SHA (a closed PR keeps the SHA it had when closed);
 * - creating a PR whose head and base already have an open PR is 422 "A pull request already
 *   exists for owner:branch."; a head or base branch that does not exist is 422 `invalid`; a head
 *   with nothing the base lacks is 422 "No commits between …";
 * - GITHUB_TOKEN (an installation token) may not open PRs when the repository does not allow it
 *   (`pullSettings(state).actionsMayCreatePulls = false`): 403 "GitHub Actions is not permitted to
 *   create or approve pull requests.";
 * - requesting a review from the PR's author, or from someone who is not a collaborator (when
 *   `pullSettings(state).collaborators` is set), is 422 (the description declares it without a body).
 */
import { createHash } from 'node:crypto';
import { webhookPayload } from '../seed.js';
import { API, WEB, makeUser, type Json, type SimState } from '../state.js';
import { gitStore } from '../git-store.js';
import { error, isResponse, json, notFound, paginate, repoOf, type SimRequest, type SimRoute } from '../route.js';

export interface PullSettings {
  /** The repository setting "Allow GitHub Actions to create and approve pull requests". Default true. */
  actionsMayCreatePulls: boolean;
  /** Logins that may be asked to review; undefined: anyone. */
  collaborators?: Set<string>;
}

const settings = new WeakMap<SimState, PullSettings>();

export function pullSettings(state: SimState): PullSettings {
  let s = settings.get(state);
  if (!s) {
    s = { actionsMayCreatePulls: true };
    settings.set(state, s);
  }
  return s;
}

const BODY_LIMIT = 65_536;
const DOCS = 'https://docs.github.com/rest/pulls/pulls';

function validationFailed(errors: Json[], docs = DOCS) {
  return json(422, { message: 'Validation Failed', errors, documentation_url: docs });
}

/** Keeps an open PR's head SHA on its branch, as GitHub does when the branch moves. */
export function syncHead(pr: Json, state: SimState): Json {
  if (pr.state !== 'open' || !pr.head?.repo?.full_name) return pr;
  const sha = gitStore(state).refsOf(pr.head.repo.full_name).get(`heads/${pr.head.ref}`);
  if (sha) pr.head.sha = sha;
  return pr;
}

function pullsOf(req: SimRequest, state: SimState): Json[] | ReturnType<typeof notFound> {
  const r = repoOf(req, state);
  return isResponse(r) ? r : state.pullsOf(r.full).map((p) => syncHead(p, state));
}

function pullOf(req: SimRequest, state: SimState): Json | ReturnType<typeof notFound> {
  const r = repoOf(req, state);
  if (isResponse(r)) return r;
  const pr = state.pulls.get(`${r.full}#${req.params.pull_number}`);
  return pr ? syncHead(pr, state) : notFound();
}

const tooLong = (body: unknown) => typeof body === 'string' && [...body].length > BODY_LIMIT;

function nextNumber(state: SimState, repoKey: string): number {
  let max = 0;
  for (const k of state.issues) if (k.startsWith(`${repoKey}#`)) max = Math.max(max, Number(k.slice(repoKey.length + 1)));
  return max + 1;
}

/** A stable user id for a login that has no account in the simulator (requested reviewers). */
function userFor(login: string) {
  return makeUser(login, 8_000_000 + (createHash('sha1').update(login).digest().readUInt32BE(0) % 1_000_000));
}

function teamFor(full: string, slug: string): Json {
  const id = 3_000_000 + (createHash('sha1').update(slug).digest().readUInt32BE(0) % 1_000_000);
  const org = full.split('/')[0];
  return {
    id,
    node_id: Buffer.from(`04:Team${id}`).toString('base64'),
    url: `${API}/organizations/1/team/${id}`,
    html_url: `${WEB}/orgs/${org}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${API}/organizations/1/team/${id}/members{/member}`,
    repositories_url: `${API}/organizations/1/team/${id}/repos`,
    type: 'team',
    parent: null,
  };
}

function newPull(state: SimState, repo: Json, opts: { number: number; title: string; body: string | null; head: string; base: string; headSha: string; baseSha: string; user: Json; draft: boolean }): Json {
  const ex = webhookPayload('pull_request', 'opened');
  const from = ex.repository.full_name as string;
  const full = repo.full_name as string;
  const pr = JSON.parse(JSON.stringify(ex.pull_request).split(from).join(full));
  const at = state.now();
  const url = `${API}/repos/${full}/pulls/${opts.number}`;
  const issueUrl = `${API}/repos/${full}/issues/${opts.number}`;
  const htmlUrl = `${WEB}/${full}/pull/${opts.number}`;
  const id = state.id();
  Object.assign(pr, {
    id,
    node_id: Buffer.from(`PR_${id}`).toString('base64'),
    number: opts.number,
    state: 'open',
    locked: false,
    title: opts.title,
    body: opts.body,
    user: opts.user,
    created_at: at,
    updated_at: at,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: [],
    milestone: null,
    draft: opts.draft,
    url,
    html_url: htmlUrl,
    diff_url: `${htmlUrl}.diff`,
    patch_url: `${htmlUrl}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${API}/repos/${full}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${API}/repos/${full}/statuses/${opts.headSha}`,
    head: { label: `${repo.owner.login}:${opts.head}`, ref: opts.head, sha: opts.headSha, user: repo.owner, repo },
    base: { label: `${repo.owner.login}:${opts.base}`, ref: opts.base, sha: opts.baseSha, user: repo.owner, repo },
    author_association: opts.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    auto_merge: null,
    active_lock_reason: null,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  });
  pr._links = {
    self: { href: url },
    html: { href: htmlUrl },
    issue: { href: issueUrl },
    comments: { href: `${issueUrl}/comments` },
    review_comments: { href: `${url}/comments` },
    review_comment: { href: `${API}/repos/${full}/pulls/comments{/number}` },
    commits: { href: `${url}/commits` },
    statuses: { href: `${API}/repos/${full}/statuses/${opts.headSha}` },
  };
  return pr;
}

export const pullRoutes: SimRoute[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    handler(req, state) {
      const pulls = pullsOf(req, state);
      if (isResponse(pulls)) return pulls;
      // Like GitHub: a commit that only exists in a fork is not associated with the base repo's PRs;
      // a merge commit on the base branch is associated with the PR it merged.
      const full = `${req.params.owner}/${req.params.repo}`.toLowerCase();
      const sha = req.params.commit_sha;
      const matching = pulls.filter((p) => (p.head.sha === sha && String(p.head.repo?.full_name).toLowerCase() === full) || (p.merged_at && p.merge_commit_sha === sha));
      const { page, headers } = paginate(req, matching);
      return json(200, page, headers);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls',
    handler(req, state) {
      const pulls = pullsOf(req, state);
      if (isResponse(pulls)) return pulls;
      const want = req.query.state ?? 'open';
      let list = pulls.filter((p) => want === 'all' || p.state === want);
      if (req.query.head) list = list.filter((p) => `${p.head.repo?.owner.login}:${p.head.ref}` === req.query.head);
      if (req.query.base) list = list.filter((p) => p.base.ref === req.query.base);
      const { page, headers } = paginate(req, list);
      return json(200, page, headers);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    handler(req, state) {
      const pr = pullOf(req, state);
      return isResponse(pr) ? pr : json(200, pr);
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/pulls',
    auth: 'required',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      if (req.token!.kind === 'installation' && !pullSettings(state).actionsMayCreatePulls) {
        return error(403, 'GitHub Actions is not permitted to create or approve pull requests.', 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request');
      }
      const body = req.body as { title?: string; head: string; base: string; body?: string; draft?: boolean; issue?: number };
      if (body.title === undefined) return validationFailed([{ resource: 'PullRequest', field: 'title', code: 'missing_field' }]);
      if (tooLong(body.body)) return validationFailed([{ resource: 'PullRequest', code: 'custom', field: 'body', message: `body is too long (maximum is ${BODY_LIMIT} characters)` }]);
      const owner = r.repo.owner.login as string;
      const m = /^(?:([^:]+):)?(.+)$/.exec(body.head)!;
      if (m[1] !== undefined && m[1].toLowerCase() !== owner.toLowerCase()) return validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
      const head = m[2]!;
      const refs = gitStore(state).refsOf(r.full);
      const headSha = refs.get(`heads/${head}`);
      const baseSha = refs.get(`heads/${body.base}`);
      if (!headSha) return validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
      if (!baseSha) return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
      const existing = state.pullsOf(r.full).map((p) => syncHead(p, state)).find((p) => p.state === 'open' && p.head.ref === head && p.base.ref === body.base && String(p.head.repo?.full_name).toLowerCase() === r.full);
      if (existing) return validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${owner}:${head}.` }]);
      if (gitStore(state).isAncestor(headSha, baseSha)) return validationFailed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${body.base} and ${head}` }]);
      const number = nextNumber(state, r.full);
      const pr = newPull(state, r.repo, { number, title: body.title, body: body.body ?? null, head, base: body.base, headSha, baseSha, user: req.token!.user, draft: body.draft ?? false });
      const key = `${r.full}#${number}`;
      state.pulls.set(key, pr);
      state.issues.add(key);
      return json(201, pr, { location: pr.url });
    },
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    auth: 'required',
    handler(req, state) {
      const pr = pullOf(req, state);
      if (isResponse(pr)) return pr;
      const body = req.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string };
      if (tooLong(body.body)) return validationFailed([{ resource: 'PullRequest', code: 'custom', field: 'body', message: `body is too long (maximum is ${BODY_LIMIT} characters)` }]);
      if (body.state === 'open' && pr.state === 'closed') {
        if (pr.merged) return validationFailed([{ resource: 'PullRequest', code: 'custom', field: 'state', message: 'state cannot be changed. The pull request has been merged.' }]);
        const headSha = gitStore(state).refsOf(pr.head.repo.full_name).get(`heads/${pr.head.ref}`);
        if (!headSha) return validationFailed([{ resource: 'PullRequest', code: 'custom', field: 'state', message: `state cannot be changed. The ${pr.head.ref} branch has been deleted.` }]);
      }
      if (body.base !== undefined && !gitStore(state).refsOf(pr.base.repo.full_name).has(`heads/${body.base}`)) {
        return validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
      }
      if (body.title !== undefined) pr.title = body.title;
      if (body.body !== undefined) pr.body = body.body;
      if (body.base !== undefined) pr.base = { ...pr.base, ref: body.base, label: `${pr.base.repo.owner.login}:${body.base}` };
      const at = state.now();
      if (body.state !== undefined && body.state !== pr.state) {
        pr.state = body.state;
        pr.closed_at = body.state === 'closed' ? at : null;
        syncHead(pr, state);
      }
      pr.updated_at = at;
      return json(200, pr);
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    auth: 'required',
    handler(req, state) {
      const pr = pullOf(req, state);
      if (isResponse(pr)) return pr;
      const body = req.body as { reviewers?: string[]; team_reviewers?: string[] };
      const reviewers = body.reviewers ?? [];
      const { collaborators } = pullSettings(state);
      for (const login of reviewers) {
        // GitHub: "Review cannot be requested from pull request author." / "… not a collaborator": 422, no body in the description.
        if (login.toLowerCase() === String(pr.user.login).toLowerCase()) return { status: 422 };
        if (collaborators && !collaborators.has(login.toLowerCase())) return { status: 422 };
      }
      for (const login of reviewers) {
        if (!pr.requested_reviewers.some((u: Json) => u.login.toLowerCase() === login.toLowerCase())) pr.requested_reviewers.push(userFor(login));
      }
      for (const slug of body.team_reviewers ?? []) {
        if (!pr.requested_teams.some((t: Json) => t.slug === slug)) pr.requested_teams.push(teamFor(pr.base.repo.full_name, slug));
      }
      pr.updated_at = state.now();
      return json(201, pr);
    },
  },
];
