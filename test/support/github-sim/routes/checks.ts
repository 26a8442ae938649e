/** Check runs: create, update, list for a ref (a SHA). */
import { createRequire } from 'node:module';
import { API, WEB, type Json, type SimCheckRun, type SimState } from '../state.js';
import { isResponse, json, notFound, paginate, repoOf, type SimRoute } from '../route.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as Array<{ name: string; examples: Json[] }>;
/** The GitHub Actions app as GitHub describes it on a real check run payload. */
const ACTIONS_APP: Json = structuredClone(examples.find((d) => d.name === 'check_run')!.examples[0].check_run.app);
ACTIONS_APP.slug = 'github-actions';
ACTIONS_APP.name = 'GitHub Actions';
ACTIONS_APP.id = 15368;

const CHECK_SUITE_ID = 5_000_001;

export function checkRunJson(c: SimCheckRun, state: SimState) {
  const full = state.repo(c.repo)?.full_name ?? c.repo;
  return {
    id: c.id,
    node_id: Buffer.from(`010:CheckRun${c.id}`).toString('base64'),
    head_sha: c.head_sha,
    external_id: c.external_id,
    url: `${API}/repos/${full}/check-runs/${c.id}`,
    html_url: `${WEB}/${full}/runs/${c.id}`,
    details_url: c.details_url,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.started_at,
    completed_at: c.completed_at,
    output: { ...c.output, annotations_count: 0, annotations_url: `${API}/repos/${full}/check-runs/${c.id}/annotations` },
    name: c.name,
    check_suite: { id: CHECK_SUITE_ID },
    app: ACTIONS_APP,
    pull_requests: [],
  };
}

/** GitHub's rules: a conclusion completes the run; `completed` needs a conclusion. */
function applyFields(c: SimCheckRun, body: Json, now: string): string | undefined {
  if (body.name !== undefined) c.name = body.name;
  if (body.details_url !== undefined) c.details_url = body.details_url;
  if (body.external_id !== undefined) c.external_id = body.external_id;
  if (body.output) c.output = { title: body.output.title ?? null, summary: body.output.summary ?? null, text: body.output.text ?? null };
  if (body.status !== undefined) c.status = body.status;
  if (body.conclusion !== undefined) {
    c.conclusion = body.conclusion;
    c.status = 'completed';
  }
  if (c.status === 'completed') {
    if (!c.conclusion) return 'conclusion is required when status is completed';
    c.completed_at = body.completed_at ?? now;
  }
  return undefined;
}

const invalid = (message: string) => json(422, { message: `Invalid request.\n\n${message}`, documentation_url: 'https://docs.github.com/rest/checks/runs' });

export const checkRoutes: SimRoute[] = [
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/check-runs',
    auth: 'required',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      const now = state.now();
      const c: SimCheckRun = {
        id: state.id(),
        repo: r.full,
        name: req.body.name,
        head_sha: req.body.head_sha,
        status: 'queued',
        conclusion: null,
        started_at: req.body.started_at ?? now,
        completed_at: null,
        details_url: null,
        external_id: null,
        output: { title: null, summary: null, text: null },
      };
      const problem = applyFields(c, req.body, now);
      if (problem) return invalid(problem);
      state.checkRuns.set(c.id, c);
      return json(201, checkRunJson(c, state));
    },
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
    auth: 'required',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      const c = state.checkRuns.get(req.params.check_run_id);
      if (!c || c.repo !== r.full) return notFound();
      const next = structuredClone(c);
      const problem = applyFields(next, req.body, state.now());
      if (problem) return invalid(problem);
      Object.assign(c, next);
      return json(200, checkRunJson(c, state));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      let runs = [...state.checkRuns.values()].filter((c) => c.repo === r.full && c.head_sha === req.params.ref);
      if (req.query.check_name !== undefined) runs = runs.filter((c) => c.name === req.query.check_name);
      if (req.query.status !== undefined) runs = runs.filter((c) => c.status === req.query.status);
      runs.sort((a, b) => b.id - a.id);
      if ((req.query.filter ?? 'latest') === 'latest') {
        const seen = new Set<string>();
        runs = runs.filter((c) => !seen.has(c.name) && seen.add(c.name));
      }
      const { page, headers } = paginate(req, runs);
      return json(200, { total_count: runs.length, check_runs: page.map((c) => checkRunJson(c, state)) }, headers);
    },
  },
];
