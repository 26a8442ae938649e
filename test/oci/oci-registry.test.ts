/**
 * publish --oci, promote and `mlops pull` against a real OCI registry: Debian's docker-registry (the
 * CNCF distribution registry, 2.8) started here on 127.0.0.1 with a temporary storage folder, and
 * read back with Debian's skopeo, a client we did not write. The release side is the local
 * registry folder; the OCI side is the same client the CLI and the actions use.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ociRegistryMissing, SKOPEO_BIN, startOciRegistry, type OciRegistryServer } from '../support/oci-registry.js';
import { localEnv, workspace, type Workspace } from '../registry/fixtures.js';
import { openOciArtifacts, type OciArtifactsOptions } from '../../shared/oci/oci-artifact-store.js';
import { ociTagOf, parseOciRepository } from '../../shared/oci/reference.js';
import { parseChallenge } from '../../shared/oci/auth.js';
import { OciError } from '../../shared/oci/oci-error.js';
import { nextOffset } from '../../shared/oci/blob-upload.js';
import { publishModel, type PublishOptions } from '../../shared/steps/publish-model.js';
import { promoteModel } from '../../shared/steps/promote-model.js';
import { pullModel } from '../../shared/steps/pull-model.js';
import { IntegrityError } from '../../shared/registry/errors.js';
import { readAudit } from '../../shared/registry/state-update.js';
import { sha256File } from '../../shared/runtime/file-digest.js';
import { UsageError } from '../../shared/runtime/errors.js';
import { runCli, type CliIo } from '../../shared/runtime/cli.js';
import { program } from '../../shared/cli/program.js';
import { renderPublishSummary } from '../../shared/report/registry-summary.js';
import { MODEL_ARTIFACT_TYPE, MODEL_CONFIG_MEDIA_TYPE, OCI_ARTIFACT_ASSET } from '../../shared/formats/oci-artifact-format.js';

const missing = ociRegistryMissing();
if (missing) console.log(`skipping the OCI registry tests: ${missing}`);

const run = promisify(execFile);
let registry: OciRegistryServer | undefined;
let dir: string;
let host: string;

/** A workspace whose model holds `bytes` random bytes (incompressible, so the archive has several chunks). */
async function modelWorkspace(bytes = 40_000): Promise<Workspace> {
  const w = await workspace();
  await writeFile(join(w.files, 'weights.bin'), randomBytes(bytes));
  return w;
}

const publish = (w: Workspace, model: string, oci: OciArtifactsOptions = { chunkBytes: 8192 }, extra: Partial<PublishOptions> = {}) =>
  publishModel({ model, files: w.files, evaluation: w.evaluation, env: localEnv, cwd: w.dir, oci: `${host}/models/${model}`, ...extra }, { ...w.ports, oci: openOciArtifacts(oci) });
const ports = (w: Workspace) => ({ ...w.ports, oci: openOciArtifacts() });
const promote = (w: Workspace, model: string, alias = 'production') => promoteModel({ model, version: 'latest', alias, env: localEnv, cwd: w.dir }, ports(w));
const blobFile = (hex: string) => registry!.blobFile(hex);
const skopeoRaw = async (ref: string) => JSON.parse((await run(SKOPEO_BIN, ['inspect', '--raw', '--tls-verify=false', `docker://${ref}`])).stdout) as Record<string, any>;

/** Every file under `root`, path → bytes. */
async function tree(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name).slice(root.length + 1)] = (await readFile(join(e.parentPath, e.name))).toString('base64');
  }
  return out;
}

async function mlops(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t), env: { ...localEnv } };
  const code = await runCli(argv, program, io);
  return { code, out, err };
}

describe('OCI references and the protocol details', () => {
  it('uses plain HTTP only for loopback hosts and refuses a reference without a host, or with a tag', () => {
    expect(parseOciRepository('ghcr.io/acme/models/weather')).toMatchObject({ baseUrl: 'https://ghcr.io', name: 'acme/models/weather' });
    expect(parseOciRepository('127.0.0.1:5000/models/weather').baseUrl).toBe('http://127.0.0.1:5000');
    expect(parseOciRepository('localhost:5000/m').baseUrl).toBe('http://localhost:5000');
    expect(parseOciRepository('registry.internal:5000/m').baseUrl).toBe('https://registry.internal:5000');
    expect(parseOciRepository('10.0.0.1:5000/m').baseUrl).toBe('https://10.0.0.1:5000');
    expect(() => parseOciRepository('models/weather')).toThrow(UsageError);
    expect(() => parseOciRepository('ghcr.io/acme/weather:1.0.0')).toThrow(/has a tag/);
    expect(() => parseOciRepository('ghcr.io/acme/weather@sha256:' + 'a'.repeat(64))).toThrow(/digest/);
    expect(() => parseOciRepository('ghcr.io/Acme/Weather')).toThrow(/not a valid repository path/);
    expect(ociTagOf('1.2.0+build.5')).toBe('1.2.0_build.5');
  });

  it('reads token challenges and upload ranges as ghcr.io and the distribution registry send them', () => {
    expect(parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/w:pull"')).toEqual({
      scheme: 'bearer',
      params: Object.assign(Object.create(null), { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/w:pull' }),
    });
    expect(parseChallenge('Basic realm="Registry Realm"')?.scheme).toBe('basic');
    expect(nextOffset('0-8191')).toBe(8192);
    expect(nextOffset('0-0')).toBe(0);
    expect(nextOffset(null)).toBeUndefined();
  });
});

describe.skipIf(missing !== undefined)('models in a real OCI registry (docker-registry + skopeo)', () => {
  beforeAll(async () => {
    registry = await startOciRegistry();
    ({ dir, host } = registry);
  }, 30_000);
  afterAll(async () => {
    await registry?.stop();
  });

  let w: Workspace;
  let archiveSha: string;

  it('publish --oci pushes the archive as the layer and manifest.json as the config; skopeo reads it back', async () => {
    w = await modelWorkspace();
    const result = await publish(w, 'weather');
    expect(result.status).toBe('published');
    archiveSha = result.manifest.archive.sha256;
    expect(result.manifest.archive.oci).toEqual({ repository: `${host}/models/weather`, tag: '1.0.0' });
    expect(result.oci?.archive_in_release).toBe(true);

    const raw = await skopeoRaw(`${host}/models/weather:1.0.0`);
    expect(raw.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(raw.artifactType).toBe(MODEL_ARTIFACT_TYPE);
    expect(raw.layers).toHaveLength(1);
    expect(raw.layers[0].digest).toBe(`sha256:${archiveSha}`);
    expect(raw.layers[0].size).toBe(result.manifest.archive.size);
    expect(raw.config).toMatchObject({ mediaType: MODEL_CONFIG_MEDIA_TYPE, digest: `sha256:${result.manifest_sha256}` });
    console.log(`skopeo inspect --raw docker://${host}/models/weather:1.0.0 ->`, JSON.stringify(raw));

    // The release records the OCI manifest's digest; skopeo's view of the tag is that digest.
    const release = join(w.registry, 'model/weather/v1.0.0');
    const pointer = JSON.parse(readFileSync(join(release, OCI_ARTIFACT_ASSET), 'utf8'));
    // (skopeo's --format {{.Digest}} refuses non-image artifacts: the digest of the raw bytes is the same thing.)
    const { stdout } = await run(SKOPEO_BIN, ['inspect', '--raw', '--tls-verify=false', `docker://${host}/models/weather:1.0.0`], { encoding: 'buffer' });
    expect(pointer.digest).toBe(`sha256:${createHash('sha256').update(stdout).digest('hex')}`);

    // skopeo copy to a dir: the layer's bytes are the release's model.tar.gz, the config is manifest.json.
    const copy = join(dir, 'copy');
    await run(SKOPEO_BIN, ['copy', '--src-tls-verify=false', `docker://${host}/models/weather:1.0.0`, `dir:${copy}`]);
    expect(readFileSync(join(copy, archiveSha)).equals(readFileSync(join(release, 'model.tar.gz')))).toBe(true);
    expect(readFileSync(join(copy, result.manifest_sha256)).equals(readFileSync(join(release, 'manifest.json')))).toBe(true);
  });

  it('publishing the same content again pushes nothing and reports the stored pointer', async () => {
    const again = await publish(w, 'weather');
    expect(again.status).toBe('unchanged');
    expect(again.oci?.digest).toMatch(/^sha256:/);
  });

  it('promote verifies the artifact by digest, and mlops pull gets byte-identical files', async () => {
    const promoted = await promote(w, 'weather');
    expect(promoted.status).toBe('promoted');
    expect(promoted.verified.map((v) => v.name)).toContain(`${host}/models/weather:1.0.0@${JSON.parse(readFileSync(join(w.registry, 'model/weather/v1.0.0', OCI_ARTIFACT_ASSET), 'utf8')).digest}`);

    const out = join(w.dir, 'pulled');
    const r = await mlops('pull', 'weather@production', '--registry', w.registry, '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/pulled weather@production = 1\.0\.0: 3 files/);
    expect(await tree(out)).toEqual(await tree(w.files));
  });

  it('a tampered blob in the registry storage is refused by promote (the release copy is intact), and nothing moves', async () => {
    const t = await modelWorkspace();
    const published = await publish(t, 'tampered');
    const blob = blobFile(published.manifest.archive.sha256);
    const bytes = readFileSync(blob);
    bytes[bytes.length >> 1] ^= 0xff; // same size, other bytes
    await writeFile(blob, bytes);
    const auditBefore = await readAudit(t.ports.state, 'tampered');
    const err = await promote(t, 'tampered').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toMatch(/the registry served .* for blob sha256:.*not promoting/);
    expect(await readAudit(t.ports.state, 'tampered')).toEqual(auditBefore);
  });

  it('a different manifest pushed under the tag is refused: the tag must still name the published digest', async () => {
    const t = await modelWorkspace();
    await publish(t, 'moved');
    // Someone re-tags 1.0.0 with other content (another publish of other files to the same repository and tag).
    const other = await modelWorkspace();
    await openOciArtifacts().push(`${host}/models/moved`, '1.0.0', { path: join(other.files, 'weights.bin'), ...(await sha256File(join(other.files, 'weights.bin'))) }, { path: other.evaluation, ...(await sha256File(other.evaluation)) }, true);
    const err = await promote(t, 'moved').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toMatch(/the tag 1\.0\.0 now points to sha256:\w+, not to the published sha256:\w+; not promoting/);
  });

  /** A fetch that fails the `nth` PATCH once: before sending it (`before`), or after the registry kept it (`after`: the answer is lost). */
  function flakyFetch(nth: number, when: 'before' | 'after') {
    const calls: string[] = [];
    const state = { failed: false, calls };
    const f: typeof fetch = async (input, init) => {
      const method = init?.method ?? 'GET';
      calls.push(method);
      const fail = method === 'PATCH' && calls.filter((c) => c === 'PATCH').length === nth && !state.failed;
      if (fail && when === 'before') {
        state.failed = true;
        throw new TypeError('fetch failed (simulated: connection refused)');
      }
      const res = await fetch(input, init);
      if (fail) {
        state.failed = true;
        throw new TypeError('fetch failed (simulated: connection reset after the chunk was sent)');
      }
      return res;
    };
    return { fetch: f, state };
  }

  it('uploads in small chunks and resumes where the registry stands after a failed PATCH', async () => {
    const t = await modelWorkspace(60_000);
    const flaky = flakyFetch(4, 'before');
    const result = await publish(t, 'chunked', { chunkBytes: 4096, fetch: flaky.fetch, retryDelayMs: 1 });
    expect(flaky.state.failed).toBe(true);
    const { calls } = flaky.state;
    // 60 kB of random bytes -> 15 chunks of 4 KiB for the archive and 1 for the config, plus the one
    // that failed; the upload's status was asked for once, and no second upload session was started.
    const archiveChunks = Math.ceil(result.manifest.archive.size / 4096);
    expect(calls.filter((c) => c === 'PATCH').length).toBe(archiveChunks + 1 + 1);
    expect(calls.filter((c) => c === 'GET').length).toBe(1);
    expect(calls.filter((c) => c === 'POST').length).toBe(2); // config and archive
    const raw = await skopeoRaw(`${host}/models/chunked:1.0.0`);
    expect(raw.layers[0].digest).toBe(`sha256:${result.manifest.archive.sha256}`);
    expect(readFileSync(blobFile(result.manifest.archive.sha256)).equals(readFileSync(join(t.registry, 'model/chunked/v1.0.0/model.tar.gz')))).toBe(true);
  });

  it('starts a new upload session when the registry cannot resume one whose PATCH answer was lost', async () => {
    const t = await modelWorkspace(30_000);
    const flaky = flakyFetch(3, 'after');
    const result = await publish(t, 'lost-answer', { chunkBytes: 4096, fetch: flaky.fetch, retryDelayMs: 1 });
    expect(flaky.state.failed).toBe(true);
    expect(flaky.state.calls.filter((c) => c === 'POST').length).toBe(3); // config, archive, archive again
    const raw = await skopeoRaw(`${host}/models/lost-answer:1.0.0`);
    expect(raw.layers[0].digest).toBe(`sha256:${result.manifest.archive.sha256}`);
    expect(await sha256File(blobFile(result.manifest.archive.sha256))).toEqual({ sha256: result.manifest.archive.sha256, size: result.manifest.archive.size });
  });

  it('a blob whose bytes do not have the digest we claim is refused by the registry, as an IntegrityError', async () => {
    const t = await modelWorkspace(5000);
    const file = join(t.files, 'weights.bin');
    const real = await sha256File(file);
    const err = await openOciArtifacts({ chunkBytes: 1024 })
      .push(`${host}/models/mismatch`, '1.0.0', { path: file, size: real.size, sha256: 'f'.repeat(64) }, { path: t.evaluation, ...(await sha256File(t.evaluation)) }, true)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toMatch(/do not have SHA-256 f{64}/);
  });

  it('over the size threshold the archive goes to the OCI registry only: the release holds the manifest and the pointer; promote and pull still work', async () => {
    const t = await modelWorkspace();
    const result = await publish(t, 'big', { chunkBytes: 8192 }, { ociOnlyAbove: 1000 });
    const release = join(t.registry, 'model/big/v1.0.0');
    const stored = (await readdir(release)).sort();
    expect(stored).toContain('manifest.json');
    expect(stored).toContain(OCI_ARTIFACT_ASSET);
    expect(stored).not.toContain('model.tar.gz');
    expect(result.manifest.assets.map((a) => a.name)).not.toContain('model.tar.gz');
    expect(result.oci?.archive_in_release).toBe(false);
    expect(renderPublishSummary(result)).toContain(`OCI artifact \`${host}/models/big:1.0.0@${result.oci!.digest}\` (the only copy of model.tar.gz`);

    const promoted = await promote(t, 'big');
    expect(promoted.status).toBe('promoted');
    expect(promoted.verified.some((v) => v.name.startsWith(`${host}/models/big:1.0.0@sha256:`) && v.sha256 === result.manifest.archive.sha256)).toBe(true);

    const out = join(t.dir, 'pulled');
    const pulled = await pullModel({ model: 'big', target: 'production', outDir: out }, ports(t));
    expect(pulled.source).toBe('oci');
    expect(await tree(out)).toEqual(await tree(t.files));

    // Tampered in the registry: pull refuses and writes nothing.
    const blob = blobFile(result.manifest.archive.sha256);
    const bytes = readFileSync(blob);
    bytes[10] ^= 1;
    await writeFile(blob, bytes);
    const again = join(t.dir, 'pulled-again');
    const err = await pullModel({ model: 'big', target: 'production', outDir: again }, ports(t)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as Error).message).toMatch(/not pulling/);
    expect(existsSync(again)).toBe(false);
    expect((await readdir(t.dir)).filter((n) => n.includes('pull-'))).toEqual([]);
  });

  it('answers a ghcr.io-style token challenge: Basic credentials to the realm, then the Bearer token, renewed when it expires; the token never shows in errors', async () => {
    const t = await modelWorkspace(20_000);
    const seen = { realmAuth: [] as Array<string | undefined>, bearer: 0 };
    // The token service issues tok-1, tok-2, ...; each token expires after 6 requests, as ghcr.io's do after minutes.
    let current = '';
    let uses = 0;
    const guarded: typeof fetch = async (input, init) => {
      const url = new URL(String(input));
      const headers = (init?.headers ?? {}) as Record<string, string>;
      if (url.pathname === '/token') {
        seen.realmAuth.push(headers.authorization);
        expect(url.searchParams.get('scope')).toBe('repository:models/guarded:pull,push');
        current = `tok-${seen.realmAuth.length}`;
        uses = 0;
        return new Response(JSON.stringify({ token: current }), { status: 200 });
      }
      if (headers.authorization !== `Bearer ${current}` || uses >= 6) {
        return new Response('{"errors":[{"code":"UNAUTHORIZED"}]}', { status: 401, headers: { 'www-authenticate': `Bearer realm="http://${host}/token",service="test",scope="repository:models/guarded:pull"` } });
      }
      uses++;
      seen.bearer++;
      return fetch(input, init);
    };
    const env = { MLOPS_OCI_TOKEN: 'secret-pat-456' };
    await openOciArtifacts({ fetch: guarded, env, chunkBytes: 4096 }).push(`${host}/models/guarded`, '1.0.0', { path: join(t.files, 'weights.bin'), ...(await sha256File(join(t.files, 'weights.bin'))) }, { path: t.evaluation, ...(await sha256File(t.evaluation)) }, true);
    expect(seen.realmAuth[0]).toBe(`Basic ${Buffer.from('mlops:secret-pat-456').toString('base64')}`);
    expect(seen.realmAuth.length).toBeGreaterThan(1); // renewed after expiry
    expect(seen.bearer).toBeGreaterThan(6);
    expect((await skopeoRaw(`${host}/models/guarded:1.0.0`)).layers[0].digest).toBe(`sha256:${(await sha256File(join(t.files, 'weights.bin'))).sha256}`);

    // A refused token: the error names the variable, never its value.
    const refusing: typeof fetch = async (input) =>
      new URL(String(input)).pathname === '/token'
        ? new Response('denied', { status: 403 })
        : new Response('', { status: 401, headers: { 'www-authenticate': `Bearer realm="http://${host}/token",service="test"` } });
    const err = await openOciArtifacts({ fetch: refusing, env }).push(`${host}/models/guarded`, '1.0.1', { path: join(t.files, 'weights.bin'), ...(await sha256File(join(t.files, 'weights.bin'))) }, { path: t.evaluation, ...(await sha256File(t.evaluation)) }, true).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OciError);
    expect((err as OciError).exitCode).toBe(3);
    expect((err as Error).message).toMatch(/MLOPS_OCI_TOKEN was refused/);
    expect((err as Error).message).not.toMatch(/secret-pat-456/);
  });

  it('mlops publish --oci from the command line, and pull refuses a non-empty folder', async () => {
    const t = await modelWorkspace(2000);
    const r = await mlops('publish', '--model', 'cli', '--files', t.files, '--evaluation', t.evaluation, '--registry', t.registry, '--oci', `${host}/models/cli`);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`OCI ${host.replace(/\./g, '\\.')}/models/cli:1\\.0\\.0@sha256:[0-9a-f]{64}`));
    const busy = join(t.dir, 'busy');
    await mkdir(busy);
    await writeFile(join(busy, 'x'), 'x');
    const refused = await mlops('pull', 'cli@latest', '--registry', t.registry, '--out', busy);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/not empty/);
    const bad = await mlops('publish', '--model', 'cli', '--files', t.files, '--evaluation', t.evaluation, '--registry', t.registry, '--oci', 'models/cli');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/no registry host/);
  });
});
