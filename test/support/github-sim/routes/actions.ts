/** Workflow runs and their artifacts. The download answers 302 to a blob URL, as GitHub does. */
import { API } from '../state.js';
import { error, isResponse, json, notFound, paginate, repoOf, type SimRoute } from '../route.js';

/** Where artifact bytes are served (outside the API: not validated, like GitHub's blob storage). */
export const BLOB_PREFIX = '/_sim/blobs/artifacts/';

/** `status` filter values that are conclusions rather than statuses. */
const CONCLUSIONS = new Set(['action_required', 'cancelled', 'failure', 'neutral', 'skipped', 'stale', 'success', 'timed_out', 'startup_failure']);

export const actionsRoutes: SimRoute[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      const wf = String(req.params.workflow_id);
      const runs = state.workflowRuns.filter((w) => w.repo === r.full && (w.workflow === wf || String(w.workflow_id) === wf));
      // A workflow is known once it has a run; GitHub answers 404 for an unknown workflow file.
      if (runs.length === 0) return notFound();
      const q = req.query;
      let data = runs.map((w) => w.data);
      if (q.branch !== undefined) data = data.filter((d) => d.head_branch === q.branch);
      if (q.event !== undefined) data = data.filter((d) => d.event === q.event);
      if (q.head_sha !== undefined) data = data.filter((d) => d.head_sha === q.head_sha);
      if (q.actor !== undefined) data = data.filter((d) => d.actor?.login === q.actor);
      if (q.status !== undefined) data = data.filter((d) => (CONCLUSIONS.has(q.status) ? d.conclusion === q.status : d.status === q.status));
      data.sort((a, b) => b.id - a.id);
      const { page, headers } = paginate(req, data);
      return json(200, { total_count: data.length, workflow_runs: page }, headers);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      const run = state.workflowRuns.find((w) => w.repo === r.full && w.data.id === req.params.run_id);
      if (!run) return notFound();
      let list = [...state.artifacts.values()].filter((a) => a.run_id === run.data.id).sort((a, b) => a.id - b.id);
      if (req.query.name !== undefined) list = list.filter((a) => a.name === req.query.name);
      const { page, headers } = paginate(req, list);
      const full = r.repo.full_name;
      const artifacts = page.map((a) => ({
        id: a.id,
        node_id: Buffer.from(`011:Artifact${a.id}`).toString('base64'),
        name: a.name,
        size_in_bytes: a.bytes.length,
        url: `${API}/repos/${full}/actions/artifacts/${a.id}`,
        archive_download_url: `${API}/repos/${full}/actions/artifacts/${a.id}/zip`,
        expired: false,
        created_at: a.created_at,
        updated_at: a.created_at,
        expires_at: new Date(Date.parse(a.created_at) + 90 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        workflow_run: { id: run.data.id, repository_id: r.repo.id, head_repository_id: r.repo.id, head_branch: run.data.head_branch, head_sha: run.data.head_sha },
      }));
      return json(200, { total_count: list.length, artifacts }, headers);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      if (req.params.archive_format !== 'zip') return notFound();
      const a = state.artifacts.get(req.params.artifact_id);
      if (!a || a.repo !== r.full) return notFound();
      if (!req.token) return error(401, 'You must have the actions scope to download artifacts.');
      return { status: 302, headers: { location: `${req.origin}${BLOB_PREFIX}${a.id}.zip` } };
    },
  },
];
