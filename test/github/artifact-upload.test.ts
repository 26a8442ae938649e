/**
 * `uploadWorkflowArtifact` (@actions/artifact v6) against the simulator's Actions results service
 * and blob storage (test/support/github-sim/routes/artifact-results.ts), then read back through the
 * REST API as any other job would. @actions/artifact reads its env (ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_RESULTS_URL, GITHUB_SERVER_URL, GITHUB_RETENTION_DAYS…) from `process.env` when called,
 * so each call runs inside `withEnv`, which restores `process.env` afterwards.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uploadWorkflowArtifact } from '../../shared/github/actions-artifact.js';
import { extractZip } from '../../shared/github/artifact-zip.js';
import { ForgeError } from '../../shared/ports/forge-error.js';
import { GitHubForge } from '../../shared/github/github-forge.js';
import { RESULTS_ROUTES, resultsDb, seedRepo, seedWorkflowRun, sha, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { REPO, simClient } from './sim-client.js';

const full = `${REPO.owner}/${REPO.repo}`;
let sim: GitHubSim;
let dir: string;
let runId: number;

beforeEach(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: REPO.owner, name: REPO.repo });
  runId = seedWorkflowRun(sim, { repo: full, workflow: 'release.yml', branch: 'main', headSha: sha('release') }).id;
  dir = await mkdtemp(join(tmpdir(), 'artifact-upload-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await sim.stop(); // throws if a request broke the results service's or GitHub's contract
});

/** Runs `fn` with these variables set (undefined = unset) and puts `process.env` back afterwards. */
async function withEnv<T>(env: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const apply = (vars: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(vars)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(env);
  try {
    return await fn();
  } finally {
    apply(saved);
  }
}

async function files(spec: Record<string, string | Uint8Array>): Promise<string[]> {
  const paths: string[] = [];
  for (const [name, content] of Object.entries(spec)) {
    const p = join(dir, name);
    await mkdir(dirname(p), { recursive: true });
    await writeFile(p, content);
    paths.push(p);
  }
  return paths;
}

describe('uploadWorkflowArtifact', () => {
  it('uploads three files as one zip that the REST API lists and serves back byte for byte', async () => {
    // 9 MiB of incompressible bytes: over @actions/artifact's 8 MiB chunk, so the blob goes up as several blocks.
    const weights = randomBytes(9 * 1024 * 1024);
    const manifest = JSON.stringify({ schema: 'mlops-actions/model-manifest@1', model: 'churn', version: '1.2.0' });
    const card = '# churn 1.2.0\n\nAUC 0.91 | F1 0.84\n';
    const paths = await files({ 'model.bin': weights, 'manifest.json': manifest, 'card/README.md': card });

    const env = sim.actionsRuntimeEnv({ repo: full, runId });
    const uploaded = await withEnv(env, () => uploadWorkflowArtifact({ name: 'mlops-model-churn-1.2.0', files: paths, rootDirectory: dir }));

    expect(uploaded.id).toBeGreaterThan(0);
    expect(sim.requestsTo('POST', RESULTS_ROUTES.createArtifact).map((r) => r.status)).toEqual([200]);
    expect(sim.requestsTo('PUT', RESULTS_ROUTES.putBlock).length).toBeGreaterThanOrEqual(2);
    expect(sim.requestsTo('PUT', RESULTS_ROUTES.putBlock).every((r) => r.status === 201)).toBe(true);
    expect(sim.requestsTo('PUT', RESULTS_ROUTES.putBlockList).map((r) => r.status)).toEqual([201]);
    expect(sim.requestsTo('POST', RESULTS_ROUTES.finalizeArtifact).map((r) => r.status)).toEqual([200]);

    const forge = new GitHubForge(simClient(sim));
    const listed = await forge.listRunArtifacts({ ...REPO, run_id: runId });
    expect(listed.map((a) => ({ id: a.id, name: a.name, size: a.sizeInBytes }))).toEqual([{ id: uploaded.id, name: 'mlops-model-churn-1.2.0', size: uploaded.size }]);

    const zip = await forge.downloadArtifact({ ...REPO, artifact_id: uploaded.id });
    expect(zip.length).toBe(uploaded.size);
    expect(uploaded.digest).toBe(createHash('sha256').update(zip).digest('hex'));
    const out = join(dir, 'out');
    const names = await extractZip(zip, out, { maxBytes: 64 * 1024 * 1024 });
    expect([...names].sort()).toEqual(['card/README.md', 'manifest.json', 'model.bin']);
    expect((await readFile(join(out, 'model.bin'))).equals(weights)).toBe(true);
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(manifest);
    expect(await readFile(join(out, 'card/README.md'), 'utf8')).toBe(card);
  });

  it('passes the retention on to the service', async () => {
    const paths = await files({ 'a.txt': 'a' });
    await withEnv(sim.actionsRuntimeEnv({ repo: full, runId }), () => uploadWorkflowArtifact({ name: 'short-lived', files: paths, rootDirectory: dir, retentionDays: 5 }));
    const [pending] = [...resultsDb(sim.state).artifacts.values()];
    const days = (Date.parse(pending!.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(4.9);
    expect(days).toBeLessThan(5.1);
  });

  it('says clearly that the name is taken when it is uploaded twice in one run, re-runs included', async () => {
    const paths = await files({ 'manifest.json': '{}' });
    const upload = (env: Record<string, string>) => withEnv(env, () => uploadWorkflowArtifact({ name: 'mlops-model-churn-1.2.0', files: paths, rootDirectory: dir }));
    const first = await upload(sim.actionsRuntimeEnv({ repo: full, runId }));

    const again = await upload(sim.actionsRuntimeEnv({ repo: full, runId })).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ForgeError);
    expect(again).toMatchObject({ status: 409, route: '/twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact' });
    expect((again as Error).message).toContain('an artifact named "mlops-model-churn-1.2.0" already exists in this run');
    expect((again as Error).message).toMatch(/unique per workflow run/);
    // A re-run of the job is the same workflow run: GitHub answers the same 409.
    await expect(upload(sim.actionsRuntimeEnv({ repo: full, runId, attempt: 2 }))).rejects.toMatchObject({ status: 409 });
    // Nothing was sent to storage for the refused uploads, and the run still has the one artifact.
    expect(sim.requestsTo('POST', RESULTS_ROUTES.createArtifact).map((r) => r.status)).toEqual([200, 409, 409]);
    expect(sim.requestsTo('PUT', RESULTS_ROUTES.putBlockList)).toHaveLength(1);
    const forge = new GitHubForge(simClient(sim));
    expect((await forge.listRunArtifacts({ ...REPO, run_id: runId })).map((a) => a.id)).toEqual([first.id]);

    // Another run may use the name.
    const other = seedWorkflowRun(sim, { repo: full, workflow: 'release.yml', branch: 'main', headSha: sha('release-2') }).id;
    const second = await upload(sim.actionsRuntimeEnv({ repo: full, runId: other }));
    expect((await forge.listRunArtifacts({ ...REPO, run_id: other })).map((a) => a.id)).toEqual([second.id]);
  });

  it('says clearly that it needs a runner when ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is missing', async () => {
    const paths = await files({ 'manifest.json': '{}' });
    const env = sim.actionsRuntimeEnv({ repo: full, runId });
    for (const missing of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
      const err = await withEnv({ ...env, [missing]: undefined }, () => uploadWorkflowArtifact({ name: 'model', files: paths, rootDirectory: dir })).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ForgeError);
      expect((err as ForgeError).status).toBeUndefined();
      expect((err as Error).message).toContain(`${missing} is not set`);
      expect((err as Error).message).toMatch(/only be uploaded from a step of a GitHub Actions job/);
    }
    expect(sim.requests).toEqual([]);
  });

  it('says that a token from elsewhere is not the runner’s', async () => {
    const paths = await files({ 'manifest.json': '{}' });
    const env = { ...sim.actionsRuntimeEnv({ repo: full, runId }), ACTIONS_RUNTIME_TOKEN: 'ghs_not_a_jwt' };
    const err = await withEnv(env, () => uploadWorkflowArtifact({ name: 'model', files: paths, rootDirectory: dir })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForgeError);
    expect((err as Error).message).toMatch(/not the runner’s token/);
  });
});

describe('the simulated results service', () => {
  /** A raw Twirp call, as @actions/artifact's client makes it. */
  const call = async (env: Record<string, string>, op: string, body: unknown, token = env.ACTIONS_RUNTIME_TOKEN) => {
    const res = await fetch(new URL(`/twirp/github.actions.results.api.v1.ArtifactService/${op}`, env.ACTIONS_RESULTS_URL), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const idsOf = (env: Record<string, string>) => {
    const scp = JSON.parse(Buffer.from(env.ACTIONS_RUNTIME_TOKEN!.split('.')[1]!, 'base64url').toString()).scp as string;
    const [, run, job] = scp.split(' ').find((s) => s.startsWith('Actions.Results:'))!.split(':');
    return { workflow_run_backend_id: run!, workflow_job_run_backend_id: job! };
  };

  it('refuses what @actions/artifact never sends, and records it', async () => {
    const env = sim.actionsRuntimeEnv({ repo: full, runId });
    const ids = idsOf(env);
    expect(await call(env, 'CreateArtifact', { ...ids, name: 'x', version: 7 }, 'forged')).toMatchObject({ status: 401, body: { code: 'unauthenticated' } });
    expect(await call(env, 'CreateArtifact', { ...ids, version: 7 })).toMatchObject({ status: 400, body: { code: 'invalid_argument' } });
    const otherJob = idsOf(sim.actionsRuntimeEnv({ repo: full, runId }));
    expect(await call(env, 'CreateArtifact', { ...otherJob, name: 'x', version: 7 })).toMatchObject({ status: 403, body: { code: 'permission_denied' } });

    const created = await call(env, 'CreateArtifact', { ...ids, name: 'x', version: 7, mime_type: 'application/zip' });
    expect(created).toMatchObject({ status: 200, body: { ok: true } });
    const signed = new URL(String(created.body.signed_upload_url));
    const put = (url: URL, body: Buffer, headers: Record<string, string> = {}) => fetch(url, { method: 'PUT', body, headers: { 'x-ms-version': '2025-11-05', ...headers } });
    const unsigned = new URL(signed);
    unsigned.searchParams.set('sig', 'wrong');
    expect((await put(unsigned, Buffer.from('x'), { 'x-ms-blob-type': 'BlockBlob' })).status).toBe(403);
    expect((await put(signed, Buffer.from('PK\x05\x06' + '\0'.repeat(18)), { 'x-ms-blob-type': 'BlockBlob' })).status).toBe(201);
    expect(await call(env, 'FinalizeArtifact', { ...ids, name: 'x', size: '23' })).toMatchObject({ status: 400, body: { code: 'invalid_argument' } });
    expect(await call(env, 'FinalizeArtifact', { ...ids, name: 'x', size: '22', hash: `sha256:${'0'.repeat(64)}` })).toMatchObject({ status: 400 });
    expect(await call(env, 'FinalizeArtifact', { ...ids, name: 'x', size: '22' })).toMatchObject({ status: 200, body: { ok: true } });
    expect(await call(env, 'ListArtifacts', { workflow_run_backend_id: ids.workflow_run_backend_id })).toMatchObject({ status: 501 });

    const problems = sim.violations.map((v) => `${v.path} ${v.issues.map((i) => i.message).join('; ')}`);
    expect(problems).toEqual([
      expect.stringMatching(/CreateArtifact must have name/),
      expect.stringMatching(/CreateArtifact .*not the ones in the token/),
      expect.stringMatching(/FinalizeArtifact size 23 is not the 22 bytes uploaded/),
      expect.stringMatching(/FinalizeArtifact hash .* is not the SHA-256/),
      expect.stringMatching(/ListArtifacts is not simulated/),
    ]);
    sim.violations.length = 0; // seen; let afterEach's assertion pass
  });
});
