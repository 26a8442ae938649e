/**
 * The GitHub simulator: a stateful HTTP server on 127.0.0.1 (random port) for the endpoints in
 * routes/. Every request is checked against GitHub's OpenAPI description before it reaches a
 * handler (an invalid one gets 422/400 and is recorded in `violations`); every response a handler
 * produces is checked too, and an invalid one is a simulator bug (recorded in `bugs`, answered 500,
 * and thrown by `assertClean()` / `stop()`). Faults (faults.ts) are applied per route.
 *
 *   const sim = await startGitHubSim();
 *   const octokit = createGitHubClient({ baseUrl: sim.url, token: sim.installationToken, ... });
 *   ...
 *   await sim.stop(); // throws if a request or response broke the description
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FaultTable, SECONDARY_RATE_LIMIT_MESSAGE, type FaultSpec } from './faults.js';
import { githubOpenApi, validateRequest, validateResponse, type ValidationIssue } from './openapi.js';
import { isResponse, type SimRequest, type SimResponse, type SimRoute } from './route.js';
import { allRoutes } from './routes/index.js';
import { actionsRuntimeEnv, handleResultsService, type ActionsRuntimeEnvOptions } from './routes/artifact-results.js';
import { BLOB_PREFIX } from './routes/actions.js';
import { RELEASE_BLOB_PREFIX, UPLOADS_PREFIX, releaseBlob } from './routes/releases.js';
import { ACTIONS_BOT, SimState, makeUser, type SimToken } from './state.js';

export interface Violation {
  method: string;
  path: string;
  /** `request`: our client sent something GitHub's description forbids. `unknown-route`: not a GitHub endpoint. `unimplemented`: a GitHub endpoint the simulator lacks. */
  kind: 'request' | 'unknown-route' | 'unimplemented';
  issues: ValidationIssue[];
}

export interface RecordedRequest {
  method: string;
  /** The OpenAPI template (or the raw path when none matched). */
  route: string;
  path: string;
  status: number;
  fault?: FaultSpec['kind'];
}

export class SimulatorBug extends Error {}

/** Request bodies larger than this are refused (GitHub's own limits are far lower for our routes). */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface GitHubSimOptions {
  /** Extra routes (tests of new endpoints before they join routes/index.ts). */
  routes?: SimRoute[];
}

export class GitHubSim {
  readonly state = new SimState();
  readonly violations: Violation[] = [];
  readonly bugs: Error[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly faults = new FaultTable();
  /** GITHUB_TOKEN's kind of token: acts as github-actions[bot], 403 on `GET /user`. */
  readonly installationToken = 'ghs_sim_installation_token';
  /** A personal token for `octocat-ml` (a User): `GET /user` works. */
  readonly userToken = 'ghp_sim_user_token';
  url = '';

  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly routes = new Map<string, SimRoute>();

  constructor(options: GitHubSimOptions = {}) {
    for (const r of [...allRoutes, ...(options.routes ?? [])]) this.routes.set(`${r.method} ${r.path}`, r);
    this.state.tokens.set(this.installationToken, { user: ACTIONS_BOT, kind: 'installation' });
    this.state.tokens.set(this.userToken, { user: makeUser('octocat-ml', 5_100_001), kind: 'user' });
  }

  async start(): Promise<this> {
    githubOpenApi(); // load the description before the first request, not during a timed one
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        this.bugs.push(e instanceof Error ? e : new Error(String(e)));
        if (!res.headersSent) send(res, 500, { message: `simulator bug: ${(e as Error).message}` });
        else res.destroy();
      });
    });
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  injectFault(spec: FaultSpec): void {
    this.faults.add(spec);
  }

  /** Adds a token acting as `user`. */
  addToken(token: string, user: SimToken['user'], kind: SimToken['kind'] = 'user'): void {
    this.state.tokens.set(token, { user, kind });
  }

  /**
   * The env a JavaScript action gets on a runner for uploading workflow artifacts to run `runId`
   * (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, …): see
   * routes/artifact-results.ts. Each call is a new job of the run.
   */
  actionsRuntimeEnv(o: ActionsRuntimeEnvOptions): Record<string, string> {
    return actionsRuntimeEnv(this, o);
  }

  /** Throws when a request broke GitHub's description, a response was invalid, or a fault never fired. */
  assertClean(): void {
    const problems: string[] = [];
    for (const b of this.bugs) problems.push(`simulator bug: ${b.message}`);
    for (const v of this.violations) problems.push(`${v.kind} ${v.method} ${v.path}: ${v.issues.map((i) => `${i.where} ${i.message}`).join('; ')}`);
    for (const f of this.faults.pending()) problems.push(`fault never fired: ${f.kind} on ${f.route}`);
    if (problems.length) throw new SimulatorBug(`GitHub simulator:\n  ${problems.join('\n  ')}`);
  }

  async stop(options: { assert?: boolean } = {}): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    if (this.server) {
      const closed = new Promise<void>((resolve) => this.server!.close(() => resolve()));
      for (const s of this.sockets) s.destroy();
      this.server.closeAllConnections();
      await closed;
      this.server = undefined;
    }
    if (options.assert !== false) this.assertClean();
  }

  /** Requests whose route template is `route` (e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`). */
  requestsTo(method: string, route: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.route === route);
  }

  private delay(ms: number, req: IncomingMessage): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(t);
        this.timers.delete(t);
        resolve();
      };
      const t = setTimeout(done, ms);
      this.timers.add(t);
      // The client gave up: stop holding the answer (the fault has done its job).
      req.socket.once('close', done);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = this.url;
    const url = new URL(req.url ?? '/', origin);
    const method = (req.method ?? 'GET').toUpperCase();
    // The Actions results service and its blob storage: not REST, validated (and bodies read) there.
    if (await handleResultsService(this, req, res, url, (ms) => this.delay(ms, req))) return;
    const raw = await readBody(req);

    if (method === 'GET' && url.pathname.startsWith(BLOB_PREFIX)) {
      const a = this.state.artifacts.get(Number(url.pathname.slice(BLOB_PREFIX.length).replace(/\.zip$/, '')));
      this.requests.push({ method, route: BLOB_PREFIX, path: url.pathname, status: a ? 200 : 404 });
      if (!a) return send(res, 404, { message: 'blob not found' });
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.bytes.length) });
      res.end(Buffer.from(a.bytes));
      return;
    }

    if (method === 'GET' && url.pathname.startsWith(RELEASE_BLOB_PREFIX)) {
      const a = releaseBlob(this.state, url.pathname);
      this.requests.push({ method, route: RELEASE_BLOB_PREFIX, path: url.pathname, status: a ? 200 : 404 });
      if (!a) return send(res, 404, { message: 'blob not found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(a.bytes.length) });
      res.end(a.bytes);
      return;
    }
    // The uploads host (uploads.github.com) is this server under a prefix: same operations.
    const apiPath = url.pathname.startsWith(`${UPLOADS_PREFIX}/`) ? url.pathname.slice(UPLOADS_PREFIX.length) : url.pathname;

    const record = (route: string, status: number, fault?: FaultSpec['kind']) =>
      this.requests.push({ method, route, path: url.pathname + url.search, status, ...(fault ? { fault } : {}) });

    const api = githubOpenApi();
    const matched = api.match(method, apiPath);
    if (!matched) {
      this.violations.push({ method, path: url.pathname, kind: 'unknown-route', issues: [{ where: 'path', message: 'is not an operation in GitHub’s REST API description' }] });
      record(url.pathname, 404);
      return send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    const { op } = matched;
    const route = this.routes.get(`${method} ${op.path}`);
    if (!route) {
      this.violations.push({ method, path: url.pathname, kind: 'unimplemented', issues: [{ where: op.path, message: `${op.operationId} is not simulated; add a SimRoute in test/support/github-sim/routes/` }] });
      record(op.path, 501);
      return send(res, 501, { message: `simulator: ${op.operationId} not implemented` });
    }

    let body: unknown;
    // Operations whose body is not JSON (asset uploads: application/octet-stream) get the raw bytes.
    const jsonBody = !op.spec.requestBody || Boolean(githubOpenApi().deref(op.spec.requestBody)?.content?.['application/json']);
    if (raw.length > 0 && jsonBody) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        this.violations.push({ method, path: url.pathname, kind: 'request', issues: [{ where: 'body', message: 'is not JSON' }] });
        record(op.path, 400);
        return send(res, 400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' });
      }
    }
    const { parsed, issues } = validateRequest(op, matched.params, url.searchParams, body, raw.length > 0 && jsonBody);
    if (issues.length > 0) {
      this.violations.push({ method, path: url.pathname + url.search, kind: 'request', issues });
      record(op.path, 422);
      return send(res, 422, {
        message: 'Invalid request.\n\n' + issues.map((i) => `${i.where} ${i.message}`).join('\n'),
        documentation_url: 'https://docs.github.com/rest',
      });
    }

    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const token = auth ? this.state.tokens.get(auth) : undefined;
    if (auth && !token) {
      record(op.path, 401);
      return send(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    if (!token && route.auth === 'required') {
      record(op.path, 401);
      return send(res, 401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' });
    }

    const fault = this.faults.take(method, op.path);
    // A lag fault changes what the handler answers, not whether it answers.
    const stale = fault?.kind === 'lag';
    if (fault && fault.kind === 'timeout') await this.delay(fault.delayMs, req);
    if (fault && !fault.afterApply && fault.kind !== 'timeout' && !stale) {
      record(op.path, faultStatus(fault), fault.kind);
      return sendFault(res, fault);
    }

    const simReq: SimRequest = { method, route: op.path, params: parsed.pathParams, query: parsed.query, body: parsed.body, token, url, origin, headers: req.headers, ...(jsonBody ? {} : { raw }), ...(stale ? { stale } : {}) };
    const out: SimResponse = await route.handler(simReq, this.state);
    if (!isResponse(out)) throw new SimulatorBug(`${op.operationId}: handler returned no response`);
    const bad = validateResponse(op, out.status, out.body);
    if (bad.length > 0) {
      throw new SimulatorBug(`${op.operationId} answered ${out.status} with a body GitHub's description rejects: ${bad.slice(0, 5).map((i) => `${i.where} ${i.message}`).join('; ')}`);
    }
    if (fault && fault.kind !== 'timeout' && !stale) {
      record(op.path, faultStatus(fault), fault.kind);
      return sendFault(res, fault);
    }
    record(op.path, out.status, fault?.kind);
    if (res.destroyed) return;
    send(res, out.status, out.body, out.headers);
  }
}

function faultStatus(f: FaultSpec): number {
  return f.kind === 'status' ? f.status : 403;
}

function sendFault(res: ServerResponse, f: FaultSpec): void {
  if (f.kind === 'secondary-rate-limit') {
    return send(
      res,
      403,
      { message: SECONDARY_RATE_LIMIT_MESSAGE, documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' },
      { 'retry-after': String(f.retryAfterSeconds) },
    );
  }
  if (f.kind === 'status') return send(res, f.status, { message: f.message ?? 'Server Error' });
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
    ...headers,
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new SimulatorBug(`request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Starts a simulator on 127.0.0.1 with a random port. */
export function startGitHubSim(options: GitHubSimOptions = {}): Promise<GitHubSim> {
  return new GitHubSim(options).start();
}
