/**
 * Labels on issues and PRs: `POST /repos/{owner}/{repo}/issues/{issue_number}/labels`. Like GitHub,
 * a label the repository does not have yet is created on the way (colour `ededed`, an empty
 * description), and the answer is every label now on the issue. A PR's labels live on the stored
 * pull request, so listing or getting the PR shows them.
 */
import { API, type Json, type SimState } from '../state.js';
import { isResponse, json, notFound, repoOf, type SimRoute } from '../route.js';

/** The repository's labels: `owner/name` (lower case) -> lower-case name -> label (GitHub's `label` shape). */
const dbs = new WeakMap<SimState, Map<string, Map<string, Json>>>();

export function repoLabels(state: SimState, repo: string): Map<string, Json> {
  let db = dbs.get(state);
  if (!db) {
    db = new Map();
    dbs.set(state, db);
  }
  const key = repo.toLowerCase();
  if (!db.has(key)) db.set(key, new Map());
  return db.get(key)!;
}

/** Labels on issues that are not PRs. */
const issueLabels = new WeakMap<SimState, Map<string, Json[]>>();

export const labelRoutes: SimRoute[] = [
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    auth: 'required',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      const key = `${r.full}#${req.params.issue_number}`;
      if (!state.issues.has(key)) return notFound();
      const raw = Array.isArray(req.body) ? req.body : ((req.body as { labels?: unknown[] } | undefined)?.labels ?? []);
      const names = (raw as Array<string | { name: string }>).map((l) => (typeof l === 'string' ? l : l.name));
      if (names.some((n) => n.trim() === '')) {
        return json(422, { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'invalid', field: 'name' }], documentation_url: 'https://docs.github.com/rest/issues/labels#add-labels-to-an-issue' });
      }
      const known = repoLabels(state, r.full);
      const full = r.repo.full_name as string;
      const pr = state.pulls.get(key);
      let on: Json[];
      if (pr) on = pr.labels ?? (pr.labels = []);
      else {
        let m = issueLabels.get(state);
        if (!m) issueLabels.set(state, (m = new Map()));
        if (!m.has(key)) m.set(key, []);
        on = m.get(key)!;
      }
      for (const name of names) {
        let label = known.get(name.toLowerCase());
        if (!label) {
          const id = state.id();
          label = { id, node_id: Buffer.from(`LA_${id}`).toString('base64'), url: `${API}/repos/${full}/labels/${encodeURIComponent(name)}`, name, description: '', color: 'ededed', default: false };
          known.set(name.toLowerCase(), label);
        }
        if (!on.some((l) => String(l.name).toLowerCase() === name.toLowerCase())) on.push(label);
      }
      if (pr) pr.updated_at = state.now();
      return json(200, on);
    },
  },
];
