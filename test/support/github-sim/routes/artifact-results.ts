/**
 * The Actions results service, as @actions/artifact v6 uses it to upload a workflow artifact, and
 * the Azure blob storage its signed URLs point at. Neither is in GitHub's REST description, so
 * server.ts hands these paths here before the OpenAPI check; each request is validated here instead,
 * strictly, and a request our client should never send is recorded in `sim.violations`.
 *
 * 1. `POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact` (Twirp, JSON with
 *    proto field names): `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>`, a JWT whose `scp` holds
 *    `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`; the body's ids must be the
 *    token's. A name already used in the run (any attempt: a re-run is the same run) is Twirp
 *    `already_exists` (HTTP 409) with the service's own message. Answers `{ ok, signed_upload_url }`.
 * 2. The zip goes to the signed URL, `${origin}/_sim/azure-blob/<account>/<container>/<blob>?…&sig=…`,
 *    path-style like Azurite (the SDK parses IP hosts that way), as Azure's Put Block
 *    (`PUT ?comp=block&blockid=<base64>`) + Put Block List (`PUT ?comp=blocklist`, XML
 *    `<BlockList><Latest>id</Latest>…</BlockList>`), what `BlockBlobClient.uploadStream` sends, or
 *    one Put Blob (`PUT`, `x-ms-blob-type: BlockBlob`). Wrong or missing `sig` is 403
 *    `AuthenticationFailed`; Azure's rules on block ids (base64, ≤ 64 bytes, one length per blob) hold.
 * 3. `POST …/FinalizeArtifact`: `size` (int64, a JSON string) must equal the committed blob's bytes
 *    and `hash` (`sha256:<hex>`, optional) their SHA-256; a zip's bytes must be a zip. The artifact
 *    then joins `state.artifacts`, so the REST listing and download (routes/actions.ts) serve it.
 *
 * Only these two Twirp methods are simulated; the others answer Twirp `unimplemented` and are
 * recorded as violations. Faults (`sim.injectFault`) apply by route, e.g.
 * `POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact` or
 * `PUT /_sim/azure-blob/{account}/{container}/{blob}?comp=block`.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultSpec } from '../faults.js';
import type { GitHubSim } from '../server.js';
import type { SimState } from '../state.js';

export const TWIRP_ARTIFACT_SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
export const AZURE_BLOB_PREFIX = '/_sim/azure-blob/';
const ACCOUNT = 'simresultssa0';
const CONTAINER = 'actions-results';

/** Routes as recorded in `sim.requests` and matched by faults. */
export const RESULTS_ROUTES = {
  createArtifact: `${TWIRP_ARTIFACT_SERVICE}CreateArtifact`,
  finalizeArtifact: `${TWIRP_ARTIFACT_SERVICE}FinalizeArtifact`,
  putBlock: `${AZURE_BLOB_PREFIX}{account}/{container}/{blob}?comp=block`,
  putBlockList: `${AZURE_BLOB_PREFIX}{account}/{container}/{blob}?comp=blocklist`,
  putBlob: `${AZURE_BLOB_PREFIX}{account}/{container}/{blob}`,
} as const;

/** Simulator limits (Azure's are far higher): one request's body, and one blob's staged + committed bytes. */
const MAX_REQUEST_BYTES = 16 * 1024 * 1024;
const MAX_BLOB_BYTES = 64 * 1024 * 1024;
const MAX_BLOCKS_PER_BLOB = 10_000;
/** Twirp bodies are small JSON. */
const MAX_TWIRP_BYTES = 64 * 1024;

export interface SimJob {
  repo: string;
  runId: number;
  attempt: number;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
}

export interface SimBlob {
  key: string;
  sig: string;
  /** Put Block's staged blocks, by id, until a block list commits them. */
  staged: Map<string, Buffer>;
  /** Committed block ids (what `<Committed>` may name) and their bytes. */
  committedBlocks: Map<string, Buffer>;
  committed?: Buffer;
  contentType?: string;
}

export interface SimPendingArtifact {
  name: string;
  job: SimJob;
  blobKey: string;
  mimeType?: string;
  expiresAt?: string;
  version: number;
  /** Set once finalized: the id in `state.artifacts`. */
  artifactId?: number;
}

export class ResultsDb {
  readonly secret = randomBytes(32);
  readonly runBackendIds = new Map<string, string>();
  readonly jobs = new Map<string, SimJob>();
  readonly blobs = new Map<string, SimBlob>();
  /** By `${workflowRunBackendId}/${name}`. */
  readonly artifacts = new Map<string, SimPendingArtifact>();
}

const dbs = new WeakMap<SimState, ResultsDb>();
export function resultsDb(state: SimState): ResultsDb {
  let db = dbs.get(state);
  if (!db) dbs.set(state, (db = new ResultsDb()));
  return db;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export interface ActionsRuntimeEnvOptions {
  /** `owner/name`, seeded, with the run `runId` seeded (seedWorkflowRun). */
  repo: string;
  runId: number;
  /** GITHUB_RUN_ATTEMPT; a re-run keeps the run's backend id (artifact names stay unique across attempts). Default 1. */
  attempt?: number;
}

/**
 * The variables the runner gives a JavaScript action for artifact uploads, for one new job of the
 * run: ACTIONS_RUNTIME_TOKEN (a JWT for this job, signed by the simulator), ACTIONS_RESULTS_URL
 * (this server), GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_RETENTION_DAYS,
 * GITHUB_API_URL (this server) and GITHUB_SERVER_URL (`https://github.com`: @actions/artifact
 * refuses to upload when it looks like GHES, and 127.0.0.1 would).
 */
export function actionsRuntimeEnv(sim: GitHubSim, o: ActionsRuntimeEnvOptions): Record<string, string> {
  if (!sim.url) throw new Error('start the simulator first');
  const repo = sim.state.repo(o.repo);
  if (!repo) throw new Error(`seed the repository ${o.repo} first`);
  const full = String(repo.full_name).toLowerCase();
  if (!sim.state.workflowRuns.some((w) => w.repo === full && w.data.id === o.runId)) throw new Error(`seed the workflow run ${o.runId} of ${o.repo} first (seedWorkflowRun)`);
  const attempt = o.attempt ?? 1;
  if (!Number.isInteger(attempt) || attempt < 1) throw new Error(`attempt must be a positive integer, got ${attempt}`);
  const db = resultsDb(sim.state);
  const runKey = `${full}#${o.runId}`;
  let runBackendId = db.runBackendIds.get(runKey);
  if (!runBackendId) db.runBackendIds.set(runKey, (runBackendId = randomUUID()));
  const job: SimJob = { repo: full, runId: o.runId, attempt, workflowRunBackendId: runBackendId, workflowJobRunBackendId: randomUUID() };
  db.jobs.set(job.workflowJobRunBackendId, job);
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
  const payload = b64url(
    JSON.stringify({
      nameid: randomUUID(),
      scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${job.workflowRunBackendId}:${job.workflowJobRunBackendId} Actions.UploadArtifacts:00000000-0000-0000-0000-000000000000/1:${job.workflowJobRunBackendId}`,
      iss: 'github-sim',
      aud: 'github-sim',
      nbf: now - 60,
      iat: now - 60,
      exp: now + 6 * 3600,
    }),
  );
  const signature = b64url(createHmac('sha256', db.secret).update(`${header}.${payload}`).digest());
  return {
    ACTIONS_RUNTIME_TOKEN: `${header}.${payload}.${signature}`,
    ACTIONS_RESULTS_URL: `${sim.url}/`,
    GITHUB_REPOSITORY: String(repo.full_name),
    GITHUB_RUN_ID: String(o.runId),
    GITHUB_RUN_ATTEMPT: String(attempt),
    GITHUB_RETENTION_DAYS: '90',
    GITHUB_API_URL: sim.url,
    GITHUB_SERVER_URL: 'https://github.com',
  };
}

/** The job a bearer token was issued for, or why not. */
function jobOfToken(db: ResultsDb, authorization: string | undefined): SimJob | string {
  const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
  if (!token) return 'no bearer token';
  const [header, payload, signature, ...rest] = token.split('.');
  if (!header || !payload || !signature || rest.length) return 'not a JWT';
  const expected = b64url(createHmac('sha256', db.secret).update(`${header}.${payload}`).digest());
  if (signature !== expected) return 'the token’s signature is not the simulator’s';
  let claims: { scp?: unknown; exp?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return 'the token’s payload is not JSON';
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) return 'the token has expired';
  const scope = String(claims.scp ?? '')
    .split(' ')
    .find((s) => s.startsWith('Actions.Results:'));
  const ids = scope?.split(':');
  if (!ids || ids.length !== 3) return 'the token has no Actions.Results scope';
  const job = db.jobs.get(ids[2]!);
  if (!job || job.workflowRunBackendId !== ids[1]) return 'the token names no job of this simulator';
  return job;
}

/**
 * Serves the results service and the blob storage; false when `pathname` is neither (server.ts
 * goes on with the REST API). Reads the body itself, with its own limits.
 */
export async function handleResultsService(sim: GitHubSim, req: IncomingMessage, res: ServerResponse, url: URL, delay: (ms: number) => Promise<void>): Promise<boolean> {
  const method = (req.method ?? 'GET').toUpperCase();
  if (url.pathname.startsWith(TWIRP_ARTIFACT_SERVICE)) {
    await twirp(sim, req, res, url, method, delay);
    return true;
  }
  if (url.pathname.startsWith(AZURE_BLOB_PREFIX)) {
    await blob(sim, req, res, url, method, delay);
    return true;
  }
  return false;
}

class BodyTooLarge extends Error {}

async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge(`request body over the simulator's ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Holds the answer while a `timeout` fault says so (status faults are answered by the caller). */
async function preFault(fault: FaultSpec | undefined, delay: (ms: number) => Promise<void>): Promise<void> {
  if (fault?.kind === 'timeout') await delay(fault.delayMs);
}

// ---------------------------------------------------------------- Twirp

type TwirpCode = 'invalid_argument' | 'not_found' | 'already_exists' | 'permission_denied' | 'unauthenticated' | 'failed_precondition' | 'unimplemented' | 'bad_route' | 'malformed' | 'internal' | 'unavailable';
const TWIRP_STATUS: Record<TwirpCode, number> = {
  invalid_argument: 400,
  malformed: 400,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  failed_precondition: 412,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
};

interface TwirpOut {
  status: number;
  body: unknown;
}
const twirpError = (code: TwirpCode, msg: string): TwirpOut => ({ status: TWIRP_STATUS[code], body: { code, msg } });

function sendJson(res: ServerResponse, out: TwirpOut): void {
  if (res.destroyed) return;
  const text = JSON.stringify(out.body);
  res.writeHead(out.status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

async function twirp(sim: GitHubSim, req: IncomingMessage, res: ServerResponse, url: URL, method: string, delay: (ms: number) => Promise<void>): Promise<void> {
  const route = url.pathname;
  const violation = (kind: 'request' | 'unimplemented', message: string) => sim.violations.push({ method, path: route, kind, issues: [{ where: 'body', message }] });
  const finish = (out: TwirpOut, fault?: FaultSpec['kind']) => {
    sim.requests.push({ method, route, path: url.pathname + url.search, status: out.status, ...(fault ? { fault } : {}) });
    sendJson(res, out);
  };
  let raw: Buffer;
  try {
    raw = await readLimited(req, MAX_TWIRP_BYTES);
  } catch (e) {
    if (!(e instanceof BodyTooLarge)) throw e;
    violation('request', e.message);
    return finish(twirpError('malformed', e.message));
  }
  const op = route.slice(TWIRP_ARTIFACT_SERVICE.length);
  if (method !== 'POST') {
    violation('request', `Twirp takes POST, not ${method}`);
    return finish(twirpError('bad_route', `unsupported method ${method} (only POST is allowed)`));
  }
  if (op !== 'CreateArtifact' && op !== 'FinalizeArtifact') {
    violation('unimplemented', `ArtifactService/${op} is not simulated; add it in test/support/github-sim/routes/artifact-results.ts`);
    return finish(twirpError('unimplemented', `simulator: ArtifactService/${op} not implemented`));
  }
  const db = resultsDb(sim.state);
  const job = jobOfToken(db, req.headers.authorization);
  if (typeof job === 'string') return finish(twirpError('unauthenticated', `invalid ACTIONS_RUNTIME_TOKEN: ${job}`));
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
    violation('request', `content-type ${req.headers['content-type']} is not application/json`);
    return finish(twirpError('bad_route', 'unexpected Content-Type'));
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    violation('request', 'is not JSON');
    return finish(twirpError('malformed', 'the json request could not be decoded'));
  }
  const fault = sim.faults.take(method, route);
  await preFault(fault, delay);
  if (fault?.kind === 'status' && !fault.afterApply) return finish(twirpError(fault.status >= 500 ? 'internal' : 'invalid_argument', fault.message ?? 'Server Error'), 'status');

  const problems: string[] = [];
  const out = op === 'CreateArtifact' ? createArtifact(sim, db, job, body, problems) : finalizeArtifact(sim, db, job, body, problems);
  if (problems.length) {
    for (const p of problems) violation('request', p);
  }
  if (fault?.kind === 'status') return finish(twirpError(fault.status >= 500 ? 'internal' : 'invalid_argument', fault.message ?? 'Server Error'), 'status');
  finish(out, fault?.kind);
}

/** Checks a Twirp JSON body against its message's fields; returns the problems. */
function checkFields(body: unknown, fields: Record<string, { required?: boolean; check: (v: unknown) => string | undefined }>): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return ['must be a JSON object'];
  const problems: string[] = [];
  for (const k of Object.keys(body)) if (!(k in fields)) problems.push(`has an unknown field ${JSON.stringify(k)} (fields are ${Object.keys(fields).join(', ')}, proto names)`);
  for (const [k, f] of Object.entries(fields)) {
    const v = (body as Record<string, unknown>)[k];
    if (v === undefined) {
      if (f.required) problems.push(`must have ${k}`);
      continue;
    }
    const bad = f.check(v);
    if (bad) problems.push(`${k} ${bad}`);
  }
  return problems;
}

const nonEmptyString = (v: unknown) => (typeof v === 'string' && v.length > 0 ? undefined : 'must be a non-empty string');
const int64 = (v: unknown) => ((typeof v === 'string' && /^(0|[1-9]\d{0,18})$/.test(v)) || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) ? undefined : 'must be a non-negative int64 (a JSON string of digits)');
const timestamp = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/.test(v) && !Number.isNaN(Date.parse(v)) ? undefined : 'must be an RFC 3339 UTC timestamp (google.protobuf.Timestamp)');
/** Names @actions/artifact refuses (path-and-artifact-name-validation.js); the service refuses them too. */
const BAD_NAME_CHARS = /[":<>|*?\r\n\\/]/;

function createArtifact(sim: GitHubSim, db: ResultsDb, job: SimJob, body: unknown, problems: string[]): TwirpOut {
  problems.push(
    ...checkFields(body, {
      workflow_run_backend_id: { required: true, check: nonEmptyString },
      workflow_job_run_backend_id: { required: true, check: nonEmptyString },
      name: { required: true, check: (v) => nonEmptyString(v) ?? (BAD_NAME_CHARS.test(String(v)) ? 'has a character artifact names may not contain' : undefined) },
      expires_at: { check: timestamp },
      version: { required: true, check: (v) => (Number.isInteger(v) && (v as number) >= 4 && (v as number) <= 7 ? undefined : 'must be an artifact backend version 4..7') },
      mime_type: { check: nonEmptyString },
    }),
  );
  if (problems.length) return twirpError('invalid_argument', problems.join('; '));
  const b = body as { workflow_run_backend_id: string; workflow_job_run_backend_id: string; name: string; expires_at?: string; version: number; mime_type?: string };
  if (b.workflow_run_backend_id !== job.workflowRunBackendId || b.workflow_job_run_backend_id !== job.workflowJobRunBackendId) {
    problems.push('workflow_run_backend_id / workflow_job_run_backend_id are not the ones in the token’s Actions.Results scope');
    return twirpError('permission_denied', 'backend ids do not match the token');
  }
  if (b.expires_at !== undefined && Date.parse(b.expires_at) <= Date.now()) {
    problems.push('expires_at is in the past');
    return twirpError('invalid_argument', 'expires_at must be in the future');
  }
  const key = `${job.workflowRunBackendId}/${b.name}`;
  // Unique per run, whatever the job or attempt, and whether or not the first upload was finalized.
  if (db.artifacts.has(key)) return twirpError('already_exists', 'an artifact with this name already exists on the workflow run');
  const blobKey = `${ACCOUNT}/${CONTAINER}/${job.workflowRunBackendId}/workflow-job-run-${job.workflowJobRunBackendId}/artifacts/${createHash('sha256').update(b.name).digest('hex')}.zip`;
  const sig = randomBytes(32).toString('base64');
  db.blobs.set(blobKey, { key: blobKey, sig, staged: new Map(), committedBlocks: new Map() });
  db.artifacts.set(key, { name: b.name, job, blobKey, version: b.version, ...(b.mime_type ? { mimeType: b.mime_type } : {}), ...(b.expires_at ? { expiresAt: b.expires_at } : {}) });
  const q = new URLSearchParams({ sv: '2024-11-04', se: new Date(Date.now() + 6 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'), sr: 'b', sp: 'cw', sig });
  return { status: 200, body: { ok: true, signed_upload_url: `${sim.url}${AZURE_BLOB_PREFIX}${blobKey}?${q}` } };
}

function finalizeArtifact(sim: GitHubSim, db: ResultsDb, job: SimJob, body: unknown, problems: string[]): TwirpOut {
  problems.push(
    ...checkFields(body, {
      workflow_run_backend_id: { required: true, check: nonEmptyString },
      workflow_job_run_backend_id: { required: true, check: nonEmptyString },
      name: { required: true, check: nonEmptyString },
      size: { required: true, check: int64 },
      hash: { check: (v) => (typeof v === 'string' && /^sha256:[0-9a-f]{64}$/.test(v) ? undefined : 'must be "sha256:<64 lower-case hex>"') },
    }),
  );
  if (problems.length) return twirpError('invalid_argument', problems.join('; '));
  const b = body as { workflow_run_backend_id: string; workflow_job_run_backend_id: string; name: string; size: string | number; hash?: string };
  if (b.workflow_run_backend_id !== job.workflowRunBackendId || b.workflow_job_run_backend_id !== job.workflowJobRunBackendId) {
    problems.push('workflow_run_backend_id / workflow_job_run_backend_id are not the ones in the token’s Actions.Results scope');
    return twirpError('permission_denied', 'backend ids do not match the token');
  }
  const pending = db.artifacts.get(`${job.workflowRunBackendId}/${b.name}`);
  if (!pending || pending.job.workflowJobRunBackendId !== job.workflowJobRunBackendId) {
    problems.push(`FinalizeArtifact for ${JSON.stringify(b.name)}, which this job never created`);
    return twirpError('not_found', 'artifact not found');
  }
  if (pending.artifactId !== undefined) {
    problems.push(`FinalizeArtifact for ${JSON.stringify(b.name)} twice`);
    return twirpError('failed_precondition', 'artifact already finalized');
  }
  const stored = db.blobs.get(pending.blobKey)?.committed;
  if (!stored) {
    problems.push(`FinalizeArtifact for ${JSON.stringify(b.name)} before its blob was committed`);
    return twirpError('failed_precondition', 'no blob was uploaded for this artifact');
  }
  if (BigInt(b.size) !== BigInt(stored.length)) {
    problems.push(`size ${b.size} is not the ${stored.length} bytes uploaded`);
    return twirpError('invalid_argument', `size ${b.size} does not match the uploaded blob`);
  }
  if (b.hash !== undefined && b.hash !== `sha256:${createHash('sha256').update(stored).digest('hex')}`) {
    problems.push(`hash ${b.hash} is not the SHA-256 of the uploaded bytes`);
    return twirpError('invalid_argument', 'hash does not match the uploaded blob');
  }
  if (pending.mimeType === 'application/zip' && !isZip(stored)) {
    problems.push(`the blob of ${JSON.stringify(b.name)} (application/zip) is not a zip archive`);
    return twirpError('invalid_argument', 'the uploaded blob is not a zip archive');
  }
  const id = sim.state.id();
  pending.artifactId = id;
  sim.state.artifacts.set(id, { id, repo: job.repo, run_id: job.runId, name: b.name, bytes: new Uint8Array(stored), created_at: sim.state.now() });
  return { status: 200, body: { ok: true, artifact_id: String(id) } };
}

/** A local file header first and an end-of-central-directory record in the last 64 KiB + 22 bytes. */
function isZip(b: Buffer): boolean {
  if (b.length < 22 || (b.readUInt32LE(0) !== 0x04034b50 && b.readUInt32LE(0) !== 0x06054b50)) return false;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) if (b.readUInt32LE(i) === 0x06054b50) return true;
  return false;
}

// ---------------------------------------------------------------- Azure Blob

interface BlobOut {
  status: number;
  code?: string;
  message?: string;
  headers?: Record<string, string>;
}

function sendBlob(res: ServerResponse, out: BlobOut): void {
  if (res.destroyed) return;
  const headers: Record<string, string> = { 'x-ms-request-id': randomUUID(), 'x-ms-version': '2024-11-04', date: new Date().toUTCString(), ...out.headers };
  if (out.code) {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${out.code}</Code><Message>${escapeXml(out.message ?? out.code)}\nRequestId:${headers['x-ms-request-id']}\nTime:${new Date().toISOString()}</Message></Error>`;
    res.writeHead(out.status, { ...headers, 'x-ms-error-code': out.code, 'content-type': 'application/xml', 'content-length': String(Buffer.byteLength(xml)) });
    res.end(xml);
    return;
  }
  res.writeHead(out.status, { ...headers, 'content-length': '0' });
  res.end();
}

const escapeXml = (s: string) => s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);

async function blob(sim: GitHubSim, req: IncomingMessage, res: ServerResponse, url: URL, method: string, delay: (ms: number) => Promise<void>): Promise<void> {
  const comp = url.searchParams.get('comp');
  const route = comp === 'block' ? RESULTS_ROUTES.putBlock : comp === 'blocklist' ? RESULTS_ROUTES.putBlockList : RESULTS_ROUTES.putBlob;
  const violation = (message: string) => sim.violations.push({ method, path: url.pathname + (comp ? `?comp=${comp}` : ''), kind: 'request', issues: [{ where: 'blob', message }] });
  const finish = (out: BlobOut, fault?: FaultSpec['kind']) => {
    sim.requests.push({ method, route, path: url.pathname + url.search, status: out.status, ...(fault ? { fault } : {}) });
    sendBlob(res, out);
  };
  let raw: Buffer;
  try {
    raw = await readLimited(req, MAX_REQUEST_BYTES);
  } catch (e) {
    if (!(e instanceof BodyTooLarge)) throw e;
    violation(e.message);
    return finish({ status: 413, code: 'RequestBodyTooLarge', message: e.message });
  }
  const db = resultsDb(sim.state);
  const key = decodeURIComponent(url.pathname.slice(AZURE_BLOB_PREFIX.length));
  const b = db.blobs.get(key);
  // Azure checks the SAS before anything else; a URL the service never signed is refused alike.
  if (!b || url.searchParams.get('sig') !== b.sig) {
    return finish({ status: 403, code: 'AuthenticationFailed', message: 'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.' });
  }
  if (method !== 'PUT' || (comp !== null && comp !== 'block' && comp !== 'blocklist')) {
    violation(`${method}${comp ? ` comp=${comp}` : ''} is not simulated (only Put Block, Put Block List and Put Blob)`);
    return finish({ status: 501, code: 'NotImplemented', message: `simulator: ${method} ${comp ?? ''} not implemented` });
  }
  if (!req.headers['x-ms-version']) {
    violation('x-ms-version header missing');
    return finish({ status: 400, code: 'MissingRequiredHeader', message: 'An HTTP header that is mandatory for this request is not specified.' });
  }
  const length = req.headers['content-length'];
  if (length === undefined || Number(length) !== raw.length) {
    violation(`content-length ${length} is not the ${raw.length} bytes sent`);
    return finish({ status: 400, code: 'MissingContentLengthHeader', message: 'Content-Length must be the body’s length.' });
  }
  const md5 = req.headers['content-md5'];
  if (typeof md5 === 'string' && comp !== 'blocklist' && md5 !== createHash('md5').update(raw).digest('base64')) {
    return finish({ status: 400, code: 'Md5Mismatch', message: 'The MD5 value specified in the request did not match with the MD5 value calculated by the server.' });
  }
  const fault = sim.faults.take(method, route);
  await preFault(fault, delay);
  if (fault?.kind === 'status' && !fault.afterApply) return finish({ status: fault.status, code: fault.status >= 500 ? 'InternalError' : 'InvalidInput', message: fault.message ?? 'Server Error' }, 'status');

  const out = comp === 'block' ? putBlock(b, url, raw, violation) : comp === 'blocklist' ? putBlockList(b, req, raw, violation) : putBlob(b, req, raw, violation);
  if (fault?.kind === 'status') return finish({ status: fault.status, code: fault.status >= 500 ? 'InternalError' : 'InvalidInput', message: fault.message ?? 'Server Error' }, 'status');
  finish(out, fault?.kind);
}

const blobBytes = (b: SimBlob) => [...b.staged.values(), ...b.committedBlocks.values()].reduce((n, x) => n + x.length, 0);
const committedHeaders = (b: SimBlob): Record<string, string> => ({
  etag: `"0x${createHash('sha256').update(b.committed!).digest('hex').slice(0, 15).toUpperCase()}"`,
  'last-modified': new Date().toUTCString(),
  'x-ms-request-server-encrypted': 'true',
});

function putBlock(b: SimBlob, url: URL, raw: Buffer, violation: (m: string) => void): BlobOut {
  const id = url.searchParams.get('blockid');
  const decoded = id !== null && /^[A-Za-z0-9+/]+={0,2}$/.test(id) && id.length % 4 === 0 ? Buffer.from(id, 'base64') : undefined;
  const invalid = (m: string): BlobOut => (violation(m), { status: 400, code: 'InvalidQueryParameterValue', message: m });
  if (!decoded || decoded.length === 0) return invalid(`blockid ${JSON.stringify(id)} is not base64`);
  if (decoded.length > 64) return invalid('blockid is longer than 64 bytes before encoding');
  const other = [...b.staged.keys(), ...b.committedBlocks.keys()][0];
  if (other !== undefined && other.length !== id!.length) return invalid('block ids of one blob must all have the same length');
  if (raw.length === 0) return invalid('a block may not be empty');
  if (b.staged.size >= MAX_BLOCKS_PER_BLOB && !b.staged.has(id!)) throw new Error(`simulator limit: over ${MAX_BLOCKS_PER_BLOB} uncommitted blocks on one blob`);
  if (blobBytes(b) + raw.length > MAX_BLOB_BYTES) throw new Error(`simulator limit: a blob over ${MAX_BLOB_BYTES} bytes`);
  b.staged.set(id!, raw);
  return { status: 201, headers: { 'x-ms-content-crc64': Buffer.alloc(8).toString('base64'), 'x-ms-request-server-encrypted': 'true' } };
}

function putBlockList(b: SimBlob, req: IncomingMessage, raw: Buffer, violation: (m: string) => void): BlobOut {
  const invalid = (m: string): BlobOut => (violation(m), { status: 400, code: 'InvalidXmlDocument', message: m });
  const xml = raw.toString('utf8').replace(/^\uFEFF/, '').replace(/^<\?xml[^>]*\?>/, '').trim();
  const inner = /^<BlockList>([\s\S]*)<\/BlockList>$/.exec(xml)?.[1];
  if (inner === undefined) return invalid(`the block list is not <BlockList>…</BlockList>: ${xml.slice(0, 120)}`);
  const entries: Array<{ kind: string; id: string }> = [];
  const rest = inner.replace(/\s*<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>\s*/g, (_m, kind: string, id: string) => {
    entries.push({ kind, id });
    return '';
  });
  if (rest.trim() !== '') return invalid(`unexpected content in the block list: ${rest.trim().slice(0, 120)}`);
  const parts: Buffer[] = [];
  const blocks = new Map<string, Buffer>();
  for (const { kind, id } of entries) {
    const block = kind === 'Committed' ? b.committedBlocks.get(id) : kind === 'Uncommitted' ? b.staged.get(id) : (b.staged.get(id) ?? b.committedBlocks.get(id));
    if (!block) {
      violation(`<${kind}>${id}</${kind}> names no such block`);
      return { status: 400, code: 'InvalidBlockList', message: 'The specified block list is invalid.' };
    }
    parts.push(block);
    blocks.set(id, block);
  }
  // Committing replaces the blob and discards blocks the list does not name, like Azure.
  b.committed = Buffer.concat(parts);
  b.committedBlocks = blocks;
  b.staged.clear();
  const type = req.headers['x-ms-blob-content-type'];
  if (typeof type === 'string') b.contentType = type;
  return { status: 201, headers: committedHeaders(b) };
}

function putBlob(b: SimBlob, req: IncomingMessage, raw: Buffer, violation: (m: string) => void): BlobOut {
  if (req.headers['x-ms-blob-type'] !== 'BlockBlob') {
    violation(`x-ms-blob-type ${req.headers['x-ms-blob-type']} (only BlockBlob is simulated)`);
    return { status: 400, code: 'InvalidHeaderValue', message: 'x-ms-blob-type must be BlockBlob' };
  }
  if (raw.length > MAX_BLOB_BYTES) throw new Error(`simulator limit: a blob over ${MAX_BLOB_BYTES} bytes`);
  b.committed = raw;
  b.committedBlocks = new Map();
  b.staged.clear();
  const type = req.headers['x-ms-blob-content-type'];
  if (typeof type === 'string') b.contentType = type;
  return { status: 201, headers: committedHeaders(b) };
}
