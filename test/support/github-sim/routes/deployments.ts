/**
 * Deployments and deployment statuses, and a run's environment approvals. A deployment's `ref`
 * must be a commit SHA, or a tag or branch the Git store knows (GitHub: 422 "No ref found for").
 */
import { API, WEB, type Json, type SimState, type SimUser } from '../state.js';
import { error, isResponse, json, notFound, paginate, repoOf, type SimRoute } from '../route.js';
import { gitStore } from '../git-store.js';

export interface SimDeployment {
  repo: string;
  data: Json;
  statuses: Json[];
}

export interface SimApproval {
  environments: string[];
  state: 'approved' | 'rejected' | 'pending';
  user: SimUser;
  comment: string;
}

export class DeploymentDb {
  readonly deployments = new Map<number, SimDeployment>();
  /** `owner/name#run_id` (lower case) -> approvals, oldest first. */
  readonly approvals = new Map<string, SimApproval[]>();
}

const dbs = new WeakMap<SimState, DeploymentDb>();
export function deploymentDb(state: SimState): DeploymentDb {
  let db = dbs.get(state);
  if (!db) dbs.set(state, (db = new DeploymentDb()));
  return db;
}

function environmentJson(full: string, name: string, at: string): Json {
  const id = [...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1_000_000, 7) + 3_000_000;
  return { id, node_id: Buffer.from(`EN:${id}`).toString('base64'), name, url: `${API}/repos/${full}/environments/${encodeURIComponent(name)}`, html_url: `${WEB}/${full}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`, created_at: at, updated_at: at };
}

export const deploymentRoutes: SimRoute[] = [
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/deployments',
    auth: 'required',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      const b = req.body as Json;
      const refs = gitStore(state).refsOf(r.full);
      const sha = /^[0-9a-f]{40}$/.test(b.ref) ? b.ref : (refs.get(`tags/${b.ref}`) ?? refs.get(`heads/${b.ref}`) ?? refs.get(String(b.ref).replace(/^refs\//, '')));
      if (!sha) return error(422, `No ref found for: ${b.ref}`);
      const id = state.id();
      const at = state.now();
      const full = r.repo.full_name;
      const environment = b.environment ?? 'production';
      const data = {
        url: `${API}/repos/${full}/deployments/${id}`,
        id,
        node_id: Buffer.from(`DE:${id}`).toString('base64'),
        sha,
        ref: b.ref,
        task: b.task ?? 'deploy',
        payload: typeof b.payload === 'string' && b.payload !== '' ? JSON.parse(b.payload) : (b.payload ?? {}),
        original_environment: environment,
        environment,
        description: b.description ?? null,
        creator: req.token!.user,
        created_at: at,
        updated_at: at,
        statuses_url: `${API}/repos/${full}/deployments/${id}/statuses`,
        repository_url: `${API}/repos/${full}`,
        transient_environment: b.transient_environment ?? false,
        production_environment: b.production_environment ?? environment === 'production',
        performed_via_github_app: null,
      };
      deploymentDb(state).deployments.set(id, { repo: r.full, data, statuses: [] });
      return json(201, data);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/deployments',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      const q = req.query;
      const list = [...deploymentDb(state).deployments.values()]
        .filter((d) => d.repo === r.full)
        .map((d) => d.data)
        .filter((d) => (q.sha === undefined || d.sha === q.sha) && (q.ref === undefined || d.ref === q.ref) && (q.task === undefined || d.task === q.task) && (q.environment === undefined || d.environment === q.environment))
        .sort((a, b) => b.id - a.id);
      const { page, headers } = paginate(req, list);
      return json(200, page, headers);
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    auth: 'required',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      const d = deploymentDb(state).deployments.get(req.params.deployment_id);
      if (!d || d.repo !== r.full) return notFound();
      const b = req.body as Json;
      const id = state.id();
      const at = state.now();
      const status = {
        url: `${d.data.url}/statuses/${id}`,
        id,
        node_id: Buffer.from(`DS:${id}`).toString('base64'),
        state: b.state,
        creator: req.token!.user,
        description: b.description ?? '',
        environment: b.environment ?? d.data.environment,
        // GitHub answers "" for unset URLs; the description says `uri`, so unset ones are omitted here.
        target_url: b.target_url ?? b.log_url ?? d.data.url,
        created_at: at,
        updated_at: at,
        deployment_url: d.data.url,
        repository_url: d.data.repository_url,
        ...(b.environment_url ? { environment_url: b.environment_url } : {}),
        ...(b.log_url ?? b.target_url ? { log_url: b.log_url ?? b.target_url } : {}),
        performed_via_github_app: null,
      };
      d.statuses.push(status);
      return json(201, status, { location: status.url });
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      const d = deploymentDb(state).deployments.get(req.params.deployment_id);
      if (!d || d.repo !== r.full) return notFound();
      const { page, headers } = paginate(req, [...d.statuses].sort((a, b) => b.id - a.id));
      return json(200, page, headers);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      const key = `${r.full}#${req.params.run_id}`;
      const approvals = deploymentDb(state).approvals.get(key);
      const runExists = state.workflowRuns.some((w) => w.repo === r.full && w.data.id === req.params.run_id);
      if (!approvals && !runExists) return notFound();
      const full = r.repo.full_name;
      const at = '2024-05-01T00:00:00Z';
      return json(200, (approvals ?? []).map((a) => ({ environments: a.environments.map((e) => environmentJson(full, e, at)), state: a.state, user: a.user, comment: a.comment })));
    },
  },
];
