import { describe, expect, it } from 'vitest';
import { createGitHubClient, DEFAULT_API_URL } from '../../shared/github/octokit.js';
import { UsageError } from '../../shared/runtime/errors.js';
import { ForgeError } from '../../shared/ports/forge-error.js';

describe('createGitHubClient', () => {
  it('needs a token, from the input or GITHUB_TOKEN', () => {
    expect(() => createGitHubClient({ env: {} })).toThrow(UsageError);
    expect(() => createGitHubClient({ env: { GITHUB_TOKEN: 'ghs_x' } })).not.toThrow();
  });

  it('takes the API URL from GITHUB_API_URL (GHES), else api.github.com', () => {
    expect(createGitHubClient({ env: { GITHUB_TOKEN: 't', GITHUB_API_URL: 'https://ghe.example.com/api/v3/' } }).request.endpoint.DEFAULTS.baseUrl).toBe('https://ghe.example.com/api/v3');
    expect(createGitHubClient({ env: { GITHUB_TOKEN: 't' } }).request.endpoint.DEFAULTS.baseUrl).toBe(DEFAULT_API_URL);
  });

  it('turns a refused connection into a ForgeError with no status, after retries', async () => {
    // Port 9 on 127.0.0.1 (discard) is closed on test machines: the connection is refused at once.
    const octokit = createGitHubClient({ token: 't', baseUrl: 'http://127.0.0.1:9', retries: 1, retryBaseMs: 1, env: {} });
    const err = await octokit.rest.users.getAuthenticated().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForgeError);
    expect(err).toMatchObject({ method: 'GET', route: '/user', status: undefined, exitCode: 3 });
    expect((err as Error).message).toMatch(/no response from GitHub/);
  });
});
