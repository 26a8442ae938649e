import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ForgeError } from '../../shared/ports/forge-error.js';
import { stickyMarker } from '../../shared/formats/forge-markers.js';
import { GitHubForge } from '../../shared/github/github-forge.js';
import { upsertStickyComment } from '../../shared/github/sticky-comment.js';
import { ACTIONS_BOT, commenters, seedComments, seedPullRequest, sha, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { REPO, captureLog, simClient } from './sim-client.js';

const ROUTE = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const marker = stickyMarker({ workflow: 'pr-report', model: 'churn' });
const PR = 7;

let sim: GitHubSim;
beforeEach(async () => {
  sim = await startGitHubSim();
  seedPullRequest(sim, { repo: `${REPO.owner}/${REPO.repo}`, number: PR, headSha: sha('head') });
});
afterEach(async () => {
  await sim.stop(); // asserts no OpenAPI violations, simulator bugs or unfired faults
});

const ours = () =>
  sim.state.commentsOn(`${REPO.owner}/${REPO.repo}`, PR).filter((c) => c.body.includes(marker) && c.user.login === ACTIONS_BOT.login && c.user.type === 'Bot');
const params = (body: string) => ({ ...REPO, issue_number: PR, marker, body });

describe('upsertStickyComment', () => {
  it('finds the marker comment on page 3 of 250 and updates it instead of adding a second', async () => {
    seedComments(sim, { repo: `${REPO.owner}/${REPO.repo}`, issue_number: PR, count: 220 });
    const existing = sim.state.addComment(`${REPO.owner}/${REPO.repo}`, PR, ACTIONS_BOT, `${marker}\nold report`).id;
    seedComments(sim, { repo: `${REPO.owner}/${REPO.repo}`, issue_number: PR, count: 29 });
    expect(sim.state.commentsOn(`${REPO.owner}/${REPO.repo}`, PR)).toHaveLength(250);

    const result = await upsertStickyComment(simClient(sim), params('new report'));

    expect(result).toMatchObject({ action: 'updated', commentId: existing, deletedIds: [] });
    expect(ours().map((c) => [c.id, c.body])).toEqual([[existing, `${marker}\nnew report`]]);
    expect(sim.state.commentsOn(`${REPO.owner}/${REPO.repo}`, PR)).toHaveLength(250);
    const pages = sim.requestsTo('GET', ROUTE).map((r) => new URL(r.path, sim.url).searchParams);
    expect(pages.map((q) => [q.get('per_page'), q.get('page') ?? '1'])).toEqual([['100', '1'], ['100', '2'], ['100', '3']]);
    expect(sim.requestsTo('POST', ROUTE)).toHaveLength(0);
  });

  it('creates the comment once, then leaves it untouched when the body is the same', async () => {
    const octokit = simClient(sim);
    const first = await upsertStickyComment(octokit, params('report v1'));
    const second = await upsertStickyComment(octokit, params('report v1'));
    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'unchanged', commentId: first.commentId });
    expect(sim.requestsTo('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toHaveLength(0);
    expect(ours()).toHaveLength(1);
  });

  it('ignores marker comments by other authors, including a User named like the bot', async () => {
    const repo = `${REPO.owner}/${REPO.repo}`;
    const foreign = [commenters.alice, commenters.impostor].map((u) => sim.state.addComment(repo, PR, u, `${marker}\nquoted report`));
    const result = await upsertStickyComment(simClient(sim), params('mine'));
    expect(result.action).toBe('created');
    for (const f of foreign) expect(sim.state.comments.get(f.id)?.body).toBe(`${marker}\nquoted report`);
  });

  it('uses GET /user for the identity when the token allows it', async () => {
    const repo = `${REPO.owner}/${REPO.repo}`;
    const octokit = simClient(sim, { token: sim.userToken });
    const { data: me } = await octokit.rest.users.getAuthenticated();
    const mine = sim.state.addComment(repo, PR, sim.state.tokens.get(sim.userToken)!.user, `${marker}\nold`);
    const result = await upsertStickyComment(octokit, params('new'));
    expect(me.login).toBe('octocat-ml');
    expect(result).toMatchObject({ action: 'updated', commentId: mine.id });
  });

  it('treats the comment-author input as our identity', async () => {
    const repo = `${REPO.owner}/${REPO.repo}`;
    sim.addToken('ghs_app_token', commenters.dependabot, 'installation');
    const old = sim.state.addComment(repo, PR, commenters.dependabot, `${marker}\nold`);
    const result = await upsertStickyComment(simClient(sim, { token: 'ghs_app_token' }), params('new'), { commentAuthor: 'dependabot[bot]' });
    expect(result).toMatchObject({ action: 'updated', commentId: old.id });
  });

  it('keeps the oldest of several marker comments (an earlier race) and deletes the others', async () => {
    const repo = `${REPO.owner}/${REPO.repo}`;
    const [a, b, c] = [1, 2, 3].map((i) => sim.state.addComment(repo, PR, ACTIONS_BOT, `${marker}\nrace ${i}`));
    const result = await new GitHubForge(simClient(sim)).upsertStickyComment(params('converged'));
    expect(result).toMatchObject({ action: 'updated', commentId: a!.id, deletedIds: [b!.id, c!.id] });
    expect(ours().map((x) => x.body)).toEqual([`${marker}\nconverged`]);
  });

  it('leaves exactly one comment when runs upsert concurrently', async () => {
    for (let round = 0; round < 8; round++) {
      const issue = 100 + round;
      seedPullRequest(sim, { repo: `${REPO.owner}/${REPO.repo}`, number: issue, headSha: sha(`h${round}`) });
      const runs = round % 2 === 0 ? 2 : 5;
      // Separate clients, as separate jobs would have; all start before any finishes.
      const results = await Promise.all(
        Array.from({ length: runs }, (_, i) => upsertStickyComment(simClient(sim), { ...REPO, issue_number: issue, marker, body: `run ${i}` })),
      );
      const left = sim.state.commentsOn(`${REPO.owner}/${REPO.repo}`, issue);
      expect(left, `round ${round}`).toHaveLength(1);
      expect(new Set(results.map((r) => r.commentId))).toEqual(new Set([left[0]!.id]));
      // The race really happened: more than one comment was created.
      expect(sim.requestsTo('POST', ROUTE).filter((r) => r.path.includes(`/issues/${issue}/`)).length).toBe(runs);
    }
  });

  it('ends with one comment when a create is applied but answered 502, twice', async () => {
    sim.injectFault({ route: `POST ${ROUTE}`, kind: 'status', status: 502, times: 2, afterApply: true });
    const result = await upsertStickyComment(simClient(sim), params('after 502s'));
    expect(sim.requestsTo('POST', ROUTE).map((r) => r.status)).toEqual([502, 502, 201]);
    expect(ours()).toHaveLength(1);
    expect(result.deletedIds).toHaveLength(2);
    expect(ours()[0]!.id).toBe(result.commentId);
  });

  it('keeps the comment it created when the list after the create lags and does not show it yet', async () => {
    // GitHub's lists can miss a comment for a moment after it was created: the run must not conclude
    // it has no comment (and create another, or fail); it knows its own comment exists.
    sim.injectFault({ route: `GET ${ROUTE}`, kind: 'lag', after: 1 });
    const result = await upsertStickyComment(simClient(sim), params('report v1'));
    expect(sim.requestsTo('GET', ROUTE).map((r) => r.fault)).toEqual([undefined, 'lag']);
    expect(sim.requestsTo('POST', ROUTE)).toHaveLength(1);
    expect(result).toMatchObject({ action: 'created', deletedIds: [] });
    expect(ours().map((c) => [c.id, c.body])).toEqual([[result.commentId, `${marker}\nreport v1`]]);
    // The next run sees it (the list has caught up) and leaves it as it is.
    expect(await upsertStickyComment(simClient(sim), params('report v1'))).toMatchObject({ action: 'unchanged', commentId: result.commentId });
    expect(ours()).toHaveLength(1);
  });

  it('waits out a secondary rate limit (retry-after) and logs it', async () => {
    const log = captureLog();
    sim.injectFault({ route: `POST ${ROUTE}`, kind: 'secondary-rate-limit', retryAfterSeconds: 3, times: 2 });
    const started = performance.now();
    await upsertStickyComment(simClient(sim, { logger: log }), params('after rate limit'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(6); // 2 × 3 s at 1 ms per second
    expect(ours()).toHaveLength(1);
    expect(log.lines.filter((l) => l.includes('secondary rate limit'))).toHaveLength(2);
    expect(log.lines[0]).toMatch(/retrying in 3 s \(retry 1 of 3\)/);
  });

  it('retries a timed-out list and still ends with one comment', async () => {
    sim.injectFault({ route: `GET ${ROUTE}`, kind: 'timeout', delayMs: 1_000 });
    await upsertStickyComment(simClient(sim, { timeoutMs: 150 }), params('after timeout'));
    expect(sim.requestsTo('GET', ROUTE).filter((r) => r.fault === 'timeout')).toHaveLength(1);
    expect(ours()).toHaveLength(1);
  });

  it('throws a ForgeError naming the call when 502s outlast the retries', async () => {
    sim.injectFault({ route: `POST ${ROUTE}`, kind: 'status', status: 502, times: 4 });
    const err = await upsertStickyComment(simClient(sim, { retries: 3 }), params('x')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForgeError);
    expect(err).toMatchObject({ method: 'POST', route: ROUTE, status: 502, exitCode: 3 });
    expect((err as Error).message).toMatch(/GitHub POST \/repos\/\{owner\}\/\{repo\}\/issues\/\{issue_number\}\/comments failed \(HTTP 502 after 4 attempts\)/);
    expect(ours()).toHaveLength(0);
  });

  it('throws a ForgeError when secondary rate limits outlast the retries', async () => {
    const log = captureLog();
    sim.injectFault({ route: `POST ${ROUTE}`, kind: 'secondary-rate-limit', retryAfterSeconds: 1, times: 4 });
    const err = await upsertStickyComment(simClient(sim, { rateLimitRetries: 3, logger: log }), params('x')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForgeError);
    expect(err).toMatchObject({ status: 403 });
    expect((err as ForgeError).githubMessage).toMatch(/secondary rate limit/);
    expect((err as Error).message).toMatch(/rate-limited the token and retries were exhausted/);
    expect(log.lines.at(-1)).toMatch(/^error: .*giving up after 3 retries/);
  });

  it('refuses a body over 65,536 characters before calling GitHub', async () => {
    const err = await upsertStickyComment(simClient(sim), params('x'.repeat(65_536))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForgeError);
    expect((err as Error).message).toMatch(/65\d{3} characters; GitHub accepts at most 65536.*truncateMarkdown/);
    expect(sim.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('names the missing permission when GitHub refuses the token', async () => {
    sim.injectFault({ route: `POST ${ROUTE}`, kind: 'status', status: 403, message: 'Resource not accessible by integration' });
    const err = await upsertStickyComment(simClient(sim), params('x')).catch((e: unknown) => e);
    expect((err as Error).message).toContain('Resource not accessible by integration (the token needs `issues: write or pull-requests: write`');
  });
});
