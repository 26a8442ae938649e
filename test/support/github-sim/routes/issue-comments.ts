/** Issue and PR comments (a PR is an issue: its conversation comments live here). */
import { API, WEB, type SimComment, type SimState } from '../state.js';
import { error, isResponse, json, notFound, paginate, repoOf, type SimRequest, type SimRoute } from '../route.js';

const BODY_LIMIT = 65_536;

export function commentJson(c: SimComment, state: SimState) {
  const repo = state.repo(c.repo);
  const full = repo?.full_name ?? c.repo;
  const isPull = state.pulls.has(`${c.repo}#${c.issue_number}`);
  return {
    id: c.id,
    node_id: Buffer.from(`012:IssueComment${c.id}`).toString('base64'),
    url: `${API}/repos/${full}/issues/comments/${c.id}`,
    html_url: `${WEB}/${full}/${isPull ? 'pull' : 'issues'}/${c.issue_number}#issuecomment-${c.id}`,
    issue_url: `${API}/repos/${full}/issues/${c.issue_number}`,
    body: c.body,
    user: c.user,
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    performed_via_github_app: null,
  };
}

function tooLong(body: string) {
  // GitHub counts characters (code points).
  return [...body].length > BODY_LIMIT
    ? json(422, {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${BODY_LIMIT} characters)` }],
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      })
    : undefined;
}

function ownComment(req: SimRequest, state: SimState) {
  const r = repoOf(req, state);
  if (isResponse(r)) return r;
  const c = state.comments.get(req.params.comment_id);
  return c && c.repo === r.full ? c : notFound();
}

export const issueCommentRoutes: SimRoute[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      if (!state.issues.has(`${r.full}#${req.params.issue_number}`)) return notFound();
      let list = state.commentsOn(r.full, req.params.issue_number);
      // Replica lag (a `lag` fault): comments created since the previous list are not there yet.
      // Ids grow with creation, so "the previous list's view" is the newest id it showed.
      const key = `${r.full}#${req.params.issue_number}`;
      if (req.stale) list = list.filter((c) => c.id <= (state.commentsListedUpTo.get(key) ?? 0));
      else state.commentsListedUpTo.set(key, Math.max(state.commentsListedUpTo.get(key) ?? 0, ...list.map((c) => c.id)));
      if (req.query.since) list = list.filter((c) => c.updated_at >= req.query.since);
      const { page, headers } = paginate(req, list);
      return json(200, page.map((c) => commentJson(c, state)), headers);
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    auth: 'required',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      if (!state.issues.has(`${r.full}#${req.params.issue_number}`)) return notFound();
      const body = String(req.body.body);
      const refused = tooLong(body);
      if (refused) return refused;
      const c = state.addComment(r.full, req.params.issue_number, req.token!.user, body);
      const out = commentJson(c, state);
      return json(201, out, { location: out.url });
    },
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    auth: 'required',
    handler(req, state) {
      const c = ownComment(req, state);
      if (isResponse(c)) return c;
      if (c.user.login !== req.token!.user.login) return error(403, 'You must be the author of this comment to edit it');
      const body = String(req.body.body);
      const refused = tooLong(body);
      if (refused) return refused;
      c.body = body;
      c.updated_at = state.now();
      return json(200, commentJson(c, state));
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    auth: 'required',
    handler(req, state) {
      const c = ownComment(req, state);
      if (isResponse(c)) return c;
      state.comments.delete(c.id);
      return { status: 204 };
    },
  },
];
