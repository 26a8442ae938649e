import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ForgeError } from '../../shared/ports/forge-error.js';
import { error, json } from '../support/github-sim/route.js';
import { GitHubSim, seedComments, seedPullRequest, sha, startGitHubSim, type SimRoute } from '../support/github-sim/index.js';
import { REPO, simClient } from './sim-client.js';

const full = `${REPO.owner}/${REPO.repo}`;
let sim: GitHubSim;
beforeEach(async () => {
  sim = await startGitHubSim();
  seedPullRequest(sim, { repo: full, number: 1, headSha: sha('h') });
});
afterEach(() => sim.stop({ assert: false }));

describe('GitHub simulator', () => {
  it('rejects a request that breaks GitHub’s OpenAPI description with 422 and records it', async () => {
    const octokit = simClient(sim);
    // `head_sha` is required and `status` must be one of queued/in_progress/completed.
    const err = await octokit
      .request('POST /repos/{owner}/{repo}/check-runs', { ...REPO, name: 'mlops / m', status: 'done' } as never)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForgeError);
    expect(err).toMatchObject({ status: 422, route: '/repos/{owner}/{repo}/check-runs' });
    expect(sim.violations).toHaveLength(1);
    const issues = sim.violations[0]!.issues.map((i) => `${i.where} ${i.message}`).join('\n');
    expect(issues).toMatch(/head_sha/);
    expect(issues).toMatch(/body\/status must be equal to one of the allowed values/);
    expect(() => sim.assertClean()).toThrow(/request POST \/repos\/octo-org\/model-zoo\/check-runs/);
    expect(sim.state.checkRuns.size).toBe(0);
  });

  it('rejects a path parameter of the wrong type and an unknown query parameter', async () => {
    const octokit = simClient(sim);
    await expect(octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...REPO, issue_number: 'one' as never })).rejects.toMatchObject({ status: 422 });
    await expect(octokit.request('GET /repos/{owner}/{repo}/pulls', { ...REPO, sate: 'open' } as never)).rejects.toMatchObject({ status: 422 });
    expect(sim.violations.map((v) => v.issues[0]!.where)).toEqual(['path.issue_number', 'query.sate']);
  });

  it('treats an invalid response from a handler as a simulator bug', async () => {
    const broken: SimRoute = { method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}', handler: () => json(200, { number: 'not a PR' }) };
    const bad = await startGitHubSim({ routes: [broken] });
    try {
      await expect(simClient(bad, { retries: 0 }).rest.pulls.get({ ...REPO, pull_number: 1 })).rejects.toMatchObject({ status: 500 });
      expect(bad.bugs[0]?.message).toMatch(/pulls\/get answered 200 with a body GitHub's description rejects/);
      expect(() => bad.assertClean()).toThrow(/simulator bug/);
    } finally {
      await bad.stop({ assert: false });
    }
  });

  it('validates undeclared error statuses as GitHub’s basic-error', async () => {
    const odd: SimRoute = { method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}', handler: () => error(409, 'conflict') };
    const s = await startGitHubSim({ routes: [odd] });
    try {
      await expect(simClient(s).rest.pulls.get({ ...REPO, pull_number: 1 })).rejects.toMatchObject({ status: 409 });
      expect(s.bugs).toHaveLength(0);
    } finally {
      await s.stop();
    }
  });

  it('paginates with Link headers like GitHub', async () => {
    seedComments(sim, { repo: full, issue_number: 1, count: 250 });
    const res = await fetch(`${sim.url}/repos/${full}/issues/1/comments?per_page=100&page=2`, { headers: { authorization: `token ${sim.installationToken}` } });
    const link = res.headers.get('link')!;
    expect(link).toContain(`<${sim.url}/repos/${full}/issues/1/comments?per_page=100&page=3>; rel="next"`);
    expect(link).toContain('page=3>; rel="last"');
    expect(link).toContain('page=1>; rel="prev"');
    expect(link).toContain('page=1>; rel="first"');
    expect(((await res.json()) as unknown[]).length).toBe(100);
    const last = await fetch(`${sim.url}/repos/${full}/issues/1/comments?per_page=100&page=3`);
    expect(last.headers.get('link')).not.toContain('rel="next"');
    expect(((await last.json()) as unknown[]).length).toBe(50);
    sim.assertClean();
  });

  it('records calls to routes it does not simulate, and to routes GitHub does not have', async () => {
    const octokit = simClient(sim, { retries: 0 });
    await expect(octokit.rest.repos.listBranches(REPO)).rejects.toMatchObject({ status: 501 });
    await expect(octokit.request('GET /no/such/route')).rejects.toMatchObject({ status: 404 });
    expect(sim.violations.map((v) => v.kind)).toEqual(['unimplemented', 'unknown-route']);
  });

  it('reports faults that never fired, and bounds them', () => {
    sim.injectFault({ route: 'GET /user', kind: 'status', status: 502 });
    expect(() => sim.assertClean()).toThrow(/fault never fired: status on GET \/user/);
    expect(() => sim.injectFault({ route: 'GET /user', kind: 'status', status: 502, times: 1000 })).toThrow(/1\.\.100/);
    expect(() => sim.injectFault({ route: 'GET /user', kind: 'timeout', delayMs: 60_000 })).toThrow(/delayMs/);
  });

  it('lags a comment list after a write, as GitHub\'s replicas do, for the lists it is told to', async () => {
    const octokit = simClient(sim);
    const list = async () => (await octokit.rest.issues.listComments({ ...REPO, issue_number: 1 })).data.map((c) => c.body);
    sim.injectFault({ route: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', kind: 'lag', after: 1 });
    await octokit.rest.issues.createComment({ ...REPO, issue_number: 1, body: 'first' });
    expect(await list()).toEqual(['first']); // let through (after: 1): the view catches up to it
    await octokit.rest.issues.createComment({ ...REPO, issue_number: 1, body: 'second' });
    expect(await list()).toEqual(['first']); // lagging: misses what was created since the last list
    expect(await list()).toEqual(['first', 'second']);
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments').map((r) => r.fault)).toEqual([undefined, 'lag', undefined]);
    expect(() => sim.injectFault({ route: 'GET /user', kind: 'lag' })).toThrow(/a lag fault needs one of/);
    sim.assertClean();
  });

  it('answers 401 to a write without a token, and to an unknown token', async () => {
    const anon = await fetch(`${sim.url}/repos/${full}/issues/1/comments`, { method: 'POST', body: JSON.stringify({ body: 'x' }), headers: { 'content-type': 'application/json' } });
    expect(anon.status).toBe(401);
    const wrong = simClient(sim, { token: 'ghp_wrong' });
    await expect(wrong.rest.issues.createComment({ ...REPO, issue_number: 1, body: 'x' })).rejects.toMatchObject({
      status: 401,
      message: expect.stringContaining('the token is missing, expired or revoked'),
    });
  });
});
