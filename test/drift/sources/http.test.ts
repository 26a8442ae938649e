/**
 * HTTP sources against a local node:http server on 127.0.0.1 serving the weather example's real New
 * York 2015 rows (examples/weather/data) as JSON, behind a bearer token, plus the ways an endpoint
 * goes wrong: refused credentials, a missing secret, slowness, 500, HTML, broken JSON, too much
 * data, redirects and pointers that do not fit.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCurrentData, type ReadSourcesOptions } from '../../../shared/drift/sources/read-sources.js';
import { parseSources } from '../../../shared/drift/sources/source-config.js';
import type { CategoricalColumn, NumericColumn, WantedColumn } from '../../../shared/drift/sources/collect-columns.js';
import { InputError, UsageError, type MlopsError } from '../../../shared/runtime/errors.js';
import { freePort } from '../../support/prometheus.js';

const TOKEN = 'tok-4f1c2a9e7b';
const text = readFileSync('examples/weather/data/new-york-2015.csv', 'utf8').trim().split('\n');
const header = text[0]!.split(',');
const records = text.slice(1).map((l) => l.split(','));
const col = (name: string) => records.map((r) => r[header.indexOf(name)]!);
/** Rows as an API would send them: numbers as JSON numbers. */
const rows = records.map((r) => Object.fromEntries(header.map((h, i) => [h, h === 'date' || h === 'weather' ? r[i] : Number(r[i])])));

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const seen: IncomingMessage[] = [];
let server: Server;
let other: Server;
let base: string;
let otherBase: string;

function json(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  const s = JSON.stringify(body);
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(s) });
  res.end(s);
}

function authorized(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.headers.authorization === `Bearer ${TOKEN}`) return true;
  // Echo what came, as careless servers do: the message must still not show the secret.
  json(res, 401, { error: `bad credentials: ${req.headers.authorization ?? 'none'}` });
  return false;
}

async function listen(s: Server): Promise<string> {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(s.address() as { port: number }).port}`;
}

beforeAll(async () => {
  const dispatch: Handler = (req, res) => {
    seen.push(req);
    const path = new URL(req.url!, 'http://x').pathname;
    const h = routes.get(path);
    if (h) h(req, res);
    else json(res, 404, { error: 'not found' });
  };
  server = createServer(dispatch);
  other = createServer((req, res) => {
    seen.push(req);
    json(res, 200, { data: rows.slice(0, 3), auth: req.headers.authorization ?? null });
  });
  base = await listen(server);
  otherBase = await listen(other);

  routes.set('/predictions', (req, res) => {
    if (authorized(req, res)) json(res, 200, { data: rows, summary: { accuracy: 0.858, rows: rows.length, latency_p95: '0.212' } });
  });
  routes.set('/columnar', (_req, res) => json(res, 200, { columns: Object.fromEntries(header.map((h) => [h, rows.map((r) => r[h])])) }));
  routes.set('/slow', (_req, res) => {
    const t = setTimeout(() => json(res, 200, { data: [] }), 2000);
    res.on('close', () => clearTimeout(t));
  });
  routes.set('/fail', (_req, res) => json(res, 500, { error: 'database is down' }));
  routes.set('/html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<html><body><h1>Sign in</h1></body></html>');
  });
  routes.set('/broken', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"data": [1, 2,');
  });
  routes.set('/big', (_req, res) => json(res, 200, { data: rows }));
  routes.set('/big-chunked', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: rows }));
  });
  routes.set('/hop', (req, res) => {
    const n = Number(new URL(req.url!, 'http://x').searchParams.get('n'));
    res.writeHead(302, { location: n > 0 ? `/hop?n=${n - 1}` : '/predictions' });
    res.end();
  });
  routes.set('/loop', (_req, res) => {
    res.writeHead(307, { location: '/loop' });
    res.end();
  });
  routes.set('/away', (_req, res) => {
    res.writeHead(302, { location: `${otherBase}/elsewhere` });
    res.end();
  });
  routes.set('/bad-rows', (_req, res) => json(res, 200, { data: [rows[0], 42] }));
  routes.set('/ragged', (_req, res) => json(res, 200, { a: [1, 2, 3], b: [1, 2] }));
  routes.set('/null-metric', (_req, res) => json(res, 200, { data: [], summary: { accuracy: null } }));
  routes.set('/empty', (_req, res) => json(res, 200, { data: [] }));
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  await new Promise((r) => other.close(r));
});

const WANTED: WantedColumn[] = [
  { name: 'temp_max', kind: 'numeric' },
  { name: 'weather', kind: 'categorical' },
];
const ENV = { PROD_API_TOKEN: TOKEN };

function http(cfg: Record<string, unknown>, name?: string) {
  return parseSources([{ ...(name ? { name } : {}), http: cfg }], 'test');
}

async function failure(p: Promise<unknown>): Promise<MlopsError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(Error);
  expect(JSON.stringify({ m: (e as Error).message, h: (e as MlopsError).hint })).not.toContain(TOKEN);
  return e as MlopsError;
}

function read(cfg: Record<string, unknown>, wanted: WantedColumn[] = WANTED, options: Partial<ReadSourcesOptions> = {}) {
  return readCurrentData(http(cfg), wanted, { env: ENV, ...options });
}

const AUTH = { secret_env: 'PROD_API_TOKEN', scheme: 'Bearer' };

describe('http sources', () => {
  it('reads rows and metrics, sending the secret in the header', async () => {
    const current = await read({ url: `${base}/predictions`, ...AUTH, rows: '/data', metrics: { accuracy: '/summary/accuracy', latency_p95: '/summary/latency_p95' } });
    expect(current.rows).toBe(365);
    const temp = current.columns.get('temp_max') as NumericColumn;
    expect([...temp.values].sort((a, b) => a - b)).toEqual(col('temp_max').map(Number).sort((a, b) => a - b));
    const weather = current.columns.get('weather') as CategoricalColumn;
    const expected = new Map<string, number>();
    for (const w of col('weather')) expected.set(w, (expected.get(w) ?? 0) + 1);
    expect(new Map([...weather.counts].sort())).toEqual(new Map([...expected].sort()));
    expect(current.metrics.get('accuracy')).toEqual({ value: 0.858, source: `http: ${base}/predictions /summary/accuracy` });
    // A number sent as text is read as the number.
    expect(current.metrics.get('latency_p95')!.value).toBe(0.212);
    expect(current.sources).toEqual([{ kind: 'http', name: `${base}/predictions`, rows: 365 }]);
    expect(current.window).toEqual({ from: null, to: null });
  });

  it('reads an object of column arrays the same as an array of rows', async () => {
    const current = await read({ url: `${base}/columnar`, rows: '/columns' });
    const temp = current.columns.get('temp_max') as NumericColumn;
    expect([...temp.values].sort((a, b) => a - b)).toEqual(col('temp_max').map(Number).sort((a, b) => a - b));
    expect((current.columns.get('weather') as CategoricalColumn).counts.get('rain')).toBe(col('weather').filter((w) => w === 'rain').length);
  });

  it('refuses wrong credentials with the status, and never shows the secret', async () => {
    const e = await failure(read({ url: `${base}/predictions`, ...AUTH, rows: '/data' }, WANTED, { env: { PROD_API_TOKEN: 'wrong-token-123' } }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toContain(`http source ${base}/predictions: the server answered HTTP 401 Unauthorized`);
    expect(e.message).toContain('bad credentials: Bearer ***');
    expect(e.message).not.toContain('wrong-token-123');
    expect(e.hint).toContain('PROD_API_TOKEN');
  });

  it('names a secret variable that is not set', async () => {
    const e = await failure(read({ url: `${base}/predictions`, ...AUTH, rows: '/data' }, WANTED, { env: {} }));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe(`http source ${base}/predictions: the environment variable PROD_API_TOKEN (secret_env) is not set (pass the secret to the step, e.g. env: { PROD_API_TOKEN: \${{ secrets.PROD_API_TOKEN }} })`);
  });

  it('gives up after timeout_ms', async () => {
    // The server answers after 2 s: only the timeout can end the request with this message.
    const e = await failure(read({ url: `${base}/slow`, rows: '/data', timeout_ms: 200 }));
    expect(e.message).toBe(`http source ${base}/slow: no complete answer within 200 ms (the server is slow or unreachable; raise timeout_ms, or narrow what is asked for)`);
  });

  it('reports a server error with its status and body', async () => {
    const e = await failure(read({ url: `${base}/fail`, rows: '/data' }, WANTED));
    expect(e.message).toBe(`http source ${base}/fail: the server answered HTTP 500 Internal Server Error: {"error":"database is down"} (the server failed or is overloaded; the check did not run on this evidence — try again later)`);
  });

  it('rejects an answer that is not JSON', async () => {
    const e = await failure(read({ url: `${base}/html`, rows: '/data' }));
    expect(e.message).toContain('the response is text/html; charset=utf-8, not JSON: <html><body><h1>Sign in</h1></body></html>');
    const broken = await failure(read({ url: `${base}/broken`, rows: '/data' }));
    expect(broken.message).toMatch(/the response is not valid JSON \(.+\): \{"data": \[1, 2,/);
  });

  it('rejects an answer larger than the limit, by Content-Length and while reading', async () => {
    const declared = await failure(read({ url: `${base}/big`, rows: '/data' }, WANTED, { maxResponseBytes: 10_000 }));
    expect(declared.message).toMatch(/the response is 0\.\d\d MiB, more than the 0\.01 MiB limit/);
    const streamed = await failure(read({ url: `${base}/big-chunked`, rows: '/data' }, WANTED, { maxResponseBytes: 10_000 }));
    expect(streamed.message).toContain('the response is more than the 0.01 MiB limit');
    expect(streamed.hint).toMatch(/ask for less/);
  });

  it('explains a rows pointer that does not fit the document', async () => {
    const e = await failure(read({ url: `${base}/predictions`, ...AUTH, rows: '/data/rows' }));
    expect(e.message).toBe(`http source ${base}/predictions: rows at /data/rows: "rows" is not an index, and /data is a list of 365 items (fix the JSON pointer in rows (RFC 6901: /key/0/key; "" is the whole response))`);
    const key = await failure(read({ url: `${base}/predictions`, ...AUTH, rows: '/items' }));
    expect(key.message).toContain('rows at /items: no key "items" in the object at the top level (its keys: data, summary)');
    const notRows = await failure(read({ url: `${base}/predictions`, ...AUTH, rows: '/summary/rows' }));
    expect(notRows.message).toContain('rows: /summary/rows is number 365, not rows');
    const bad = await failure(read({ url: `${base}/bad-rows`, rows: '/data' }));
    expect(bad.message).toContain('rows: /data/1 is number 42, not a row object');
    const ragged = await failure(read({ url: `${base}/ragged`, rows: '' }));
    expect(ragged.message).toContain('rows: the top level: column "b" has 2 values, "a" has 3');
  });

  it('explains a metric pointer that does not lead to a number', async () => {
    const e = await failure(read({ url: `${base}/predictions`, ...AUTH, metrics: { accuracy: '/summary/acc' } }, []));
    expect(e.message).toContain('metric "accuracy" at /summary/acc: no key "acc" in the object at /summary (its keys: accuracy, rows, latency_p95)');
    const n = await failure(read({ url: `${base}/null-metric`, metrics: { accuracy: '/summary/accuracy' } }, []));
    expect(n.message).toContain('metric "accuracy" at /summary/accuracy is null, not a finite number');
  });

  it('fails on empty data rather than reporting no drift', async () => {
    const e = await failure(read({ url: `${base}/empty`, rows: '/data' }));
    expect(e.message).toBe(`the current data is empty: 0 rows from http ${base}/empty (no data is not "no drift": check that production data for the window was written where the sources point)`);
  });

  it('follows a few redirects, but not a loop', async () => {
    const current = await read({ url: `${base}/hop?n=2`, ...AUTH, rows: '/data' });
    expect(current.rows).toBe(365);
    const e = await failure(read({ url: `${base}/loop`, rows: '/data' }));
    expect(e.message).toContain('more than 5 redirects');
  });

  it('does not send the secret to another origin after a redirect', async () => {
    seen.length = 0;
    const current = await read({ url: `${base}/away`, ...AUTH, rows: '/data' });
    expect(current.rows).toBe(3);
    const there = seen.find((r) => r.url === '/elsewhere')!;
    expect(there.headers.authorization).toBeUndefined();
  });

  it('fails when the endpoint is unreachable', async () => {
    const port = await freePort();
    const e = await failure(read({ url: `http://127.0.0.1:${port}/data`, rows: '/data' }));
    expect(e.message).toContain(`http source http://127.0.0.1:${port}/data: cannot reach http://127.0.0.1:${port}/data: connect ECONNREFUSED`);
  });

  it('fails on a schema mismatch with the reference, naming the column and the source', async () => {
    const e = await failure(read({ url: `${base}/columnar`, rows: '/columns' }, [{ name: 'humidity', kind: 'numeric' }], {}));
    expect(e.message).toBe(
      `http source ${base}/columnar: column "humidity" is missing: the reference has it, this source does not (its columns: date, precipitation, temp_max, temp_min, wind, weather) (the current data must have the columns the reference was profiled with: rename them in the data, or leave them out of the drift check)`,
    );
  });

  it('uses the source name in messages and in the report', async () => {
    const list = http({ url: `${base}/empty`, rows: '/data' }, 'prediction log');
    const e = await failure(readCurrentData(list, WANTED, { env: {} }));
    expect(e.message).toContain('0 rows from http prediction log');
    const ok = await readCurrentData(http({ url: `${base}/columnar`, rows: '/columns' }, 'prediction log'), WANTED, { env: {} });
    expect(ok.sources[0]!.name).toBe('prediction log');
  });
});
