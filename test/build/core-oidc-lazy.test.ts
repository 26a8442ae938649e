/**
 * Full bundles (FULL_BUNDLES in scripts/build.mjs) carry the real @actions/http-client, which
 * @actions/core imported at every start for `core.getIDToken` alone, and with it node's http, https,
 * net and tls (issue 18). The build gives them a copy of @actions/core whose OidcClient imports the
 * real one on first call (CORE_OIDC_STUB). These tests read the committed bundles, as
 * undici-split.test.ts does: http-client is in no entry file, and publish-model, as the runner runs
 * it with attest: true, still asks the runner's OIDC endpoint for its token through the lazy client.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluationReport } from '../registry/fixtures.js';
import { seedRepo, startGitHubSim } from '../support/github-sim/index.js';
import { repoRoot, runAction } from '../support/run-action.js';

/** FULL_BUNDLES in scripts/build.mjs. */
const FULL = ['train', 'compare', 'publish-model'];
/** From @actions/http-client's lib/index.js (not in the lean bundles' stub), and from core's real lib/oidc-utils.js. */
const HTTP_CLIENT = 'class HttpClientError extends Error';
const REAL_OIDC = 'Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN';

const dist = (step: string) => join(repoRoot, 'actions', step, 'dist');
const chunks = (step: string) => readdirSync(dist(step)).filter((f) => /^\d+\.index\.js$/.test(f)).map((f) => readFileSync(join(dist(step), f), 'utf8'));

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('@actions/core in the full bundles', () => {
  it.each(FULL)('%s: the real OIDC client and @actions/http-client are bundled, in chunks, not in the entry file', (step) => {
    const code = readFileSync(join(dist(step), 'index.js'), 'utf8');
    expect(code.includes(REAL_OIDC), `actions/${step}/dist/index.js contains core's real OidcClient`).toBe(false);
    expect(code.includes(HTTP_CLIENT), `actions/${step}/dist/index.js contains @actions/http-client`).toBe(false);
    expect(code).toContain('oidc-utils-real.js');
    expect(chunks(step).some((c) => c.includes(REAL_OIDC))).toBe(true);
    expect(chunks(step).some((c) => c.includes(HTTP_CLIENT))).toBe(true);
  });

  it('publish-model with attest: true asks the OIDC endpoint for its token, through the lazily loaded client', async () => {
    const requests: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
    // Refused (403 is not retried): the run stops at the attestation, before Sigstore is contacted.
    const oidc = createServer((req, res) => {
      requests.push({ url: req.url ?? '', headers: req.headers });
      res.writeHead(403, { 'content-type': 'application/json' }).end('{"message":"no token for you"}');
    });
    await new Promise<void>((resolve) => oidc.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => oidc.close(resolve)));
    const sim = await startGitHubSim();
    cleanups.push(() => sim.stop());
    seedRepo(sim, { owner: 'octo-org', name: 'model-zoo' });

    const r = await runAction('publish-model', {
      files: { 'model/weights.json': '{"w":[0.5,-1.25]}\n', 'evaluation.json': JSON.stringify(evaluationReport()) },
      inputs: { token: sim.installationToken, model: 'churn', files: 'model', evaluation: 'evaluation.json', artifact: 'false', attest: 'true' },
      env: {
        GITHUB_API_URL: sim.url,
        GITHUB_REPOSITORY: 'octo-org/model-zoo',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_SHA: 'c'.repeat(40),
        GITHUB_RUN_ID: '4242',
        GITHUB_RUN_ATTEMPT: '1',
        MLOPS_GITHUB_RETRY_BASE_MS: '1',
        MLOPS_GITHUB_WRITE_SPACING: 'none',
        ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${(oidc.address() as AddressInfo).port}/token?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
      },
    });
    expect(requests.map((q) => q.url)).toEqual(['/token?api-version=2.0&audience=nobody']);
    expect(requests[0]!.headers.authorization).toBe('Bearer request-token');
    // core's own message for a refused token, from the real OidcClient; exit 3 as for any refusal by GitHub.
    expect(r.stdout).toMatch(/^::error::.*Failed to get ID token: Error message: Failed to get ID Token\..*Error Code : 403.*no token for you/m);
    expect(r.exitCode, r.stdout + r.stderr).toBe(3);
  });
});
