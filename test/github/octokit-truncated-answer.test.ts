/**
 * A JSON answer cut short (a dropped connection, a proxy): @octokit/request hands back the raw
 * text, and paginate then failed with "Cannot use 'in' operator to search for 'total_count'"
 * (issue 13, item 10). It is a ForgeError naming the call instead.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForgeError } from '../../shared/ports/forge-error.js';
import { createGitHubClient } from '../../shared/github/octokit.js';

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end('{"total_count": 2, "check_runs": [{"id": 1, "na');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a truncated JSON answer', () => {
  it('is a ForgeError with the route and a hint, for plain and paginated calls', async () => {
    const octokit = createGitHubClient({ token: 't', baseUrl, retries: 0, retryBaseMs: 1, writeSpacing: 'none', env: {} });
    const paged = await octokit.paginate(octokit.rest.checks.listForRef, { owner: 'o', repo: 'r', ref: 'main' }).catch((e: unknown) => e);
    expect(paged).toBeInstanceOf(ForgeError);
    expect(paged).toMatchObject({ method: 'GET', route: '/repos/{owner}/{repo}/commits/{ref}/check-runs', status: 200, exitCode: 3 });
    expect((paged as Error).message).toMatch(/the answer is not valid JSON \(\d+ characters; cut short\?\) \(GitHub or a proxy sent an incomplete answer; re-run the job\)/);
    const plain = await octokit.rest.repos.get({ owner: 'o', repo: 'r' }).catch((e: unknown) => e);
    expect(plain).toBeInstanceOf(ForgeError);
  });
});
