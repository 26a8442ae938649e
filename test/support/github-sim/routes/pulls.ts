/** Pull requests: by commit, list, get. Stored whole (GitHub's `pull-request` shape). */
import { type Json, type SimState } from '../state.js';
import { isResponse, json, notFound, paginate, repoOf, type SimRequest, type SimRoute } from '../route.js';

function pullsOf(req: SimRequest, state: SimState): Json[] | ReturnType<typeof notFound> {
  const r = repoOf(req, state);
  return isResponse(r) ? r : state.pullsOf(r.full);
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
      const pulls = pullsOf(req, state);
      if (isResponse(pulls)) return pulls;
      const p = pulls.find((x) => x.number === req.params.pull_number);
      return p ? json(200, p) : notFound();
    },
  },
];
