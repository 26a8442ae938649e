/**
 * One JSON request to an HTTP source or a Prometheus server, with the limits an unattended,
 * scheduled job needs: a deadline over the whole exchange (redirects and body included), at most
 * MAX_REDIRECTS redirects (the secret header is dropped when one leaves the origin, as browsers do
 * with Authorization), a cap on the response size (checked on Content-Length and while reading),
 * and a JSON content type. Failures are InputErrors that name the source and say what to do; the
 * secret never appears in them (any echo of it is replaced by "***").
 */
import { InputError } from '../../runtime/errors.js';

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024;
export const MAX_REDIRECTS = 5;

export interface JsonRequest {
  url: string;
  method?: 'GET' | 'POST';
  /** Sent form-encoded (POST). */
  form?: URLSearchParams;
  /** Headers that carry a secret: sent to the first origin only. */
  secretHeaders?: Record<string, string>;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Names the source at the start of every message, e.g. `http source https://host/api`. */
  label: string;
  /** Values to blank out of any message (the secrets). */
  secrets?: readonly string[];
}

export interface JsonResponse {
  status: number;
  statusText: string;
  /** The parsed body when it was JSON (by content type, or untyped and parseable); else undefined. */
  json: unknown;
  isJson: boolean;
  /** The start of the body on one line, for messages (secrets blanked). */
  snippet: string;
}

/** The URL for messages and reports: no user:password, and the values of secret-looking query parameters hidden. */
export function displayUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  u.username = '';
  u.password = '';
  for (const key of [...u.searchParams.keys()]) {
    if (/token|secret|pass|key|sig|auth|credential/i.test(key)) u.searchParams.set(key, '***');
  }
  return u.toString();
}

export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s.length >= 3) out = out.split(s).join('***');
  return out;
}

function isJsonType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  return mime === 'application/json' || mime.endsWith('+json') || mime === 'text/json';
}

function oneLine(text: string, max = 200): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`;
}

/** Why fetch() failed, from undici's error and its cause ("connect ECONNREFUSED 127.0.0.1:9"). */
function networkReason(e: unknown): string {
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof Error && cause.message) return cause.message;
  return e instanceof Error ? e.message : String(e);
}

/**
 * Sends the request and reads the body (up to maxBytes). Returns any HTTP status with the body
 * (callers word their own non-2xx messages, e.g. Prometheus' JSON errors); throws InputError when
 * there is no usable answer: unreachable, timed out, too many redirects, too large, a 2xx that is
 * not JSON, or JSON that does not parse. An abort through `signal` rethrows its reason.
 */
export async function fetchJson(req: JsonRequest): Promise<JsonResponse> {
  const doFetch = req.fetch ?? fetch;
  const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = req.maxBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const secrets = req.secrets ?? [];
  const fail = (what: string, hint?: string, cause?: unknown) => new InputError(redact(`${req.label}: ${what}`, secrets), { hint, cause: cause === undefined ? undefined : new Error(redact(String((cause as Error).message ?? cause), secrets)) });
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = req.signal ? AbortSignal.any([req.signal, deadline]) : deadline;
  const aborted = (e: unknown): never => {
    if (req.signal?.aborted) throw req.signal.reason;
    if (deadline.aborted) throw fail(`no complete answer within ${timeoutMs} ms`, 'the server is slow or unreachable; raise timeout_ms, or narrow what is asked for');
    throw e;
  };

  let url = req.url;
  let method = req.method ?? 'GET';
  let form = req.form;
  const firstOrigin = new URL(url).origin;
  let response: Response | undefined;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (new URL(url).origin === firstOrigin) Object.assign(headers, req.secretHeaders);
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    try {
      response = await doFetch(url, { method, headers, body: form?.toString(), redirect: 'manual', signal });
    } catch (e) {
      if (signal.aborted) aborted(e);
      throw fail(`cannot reach ${displayUrl(url)}: ${networkReason(e)}`, 'check the URL, and that the server is up and reachable from this runner', e);
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || response.status === 304 || location === null) break;
    await response.body?.cancel().catch(() => undefined);
    if (hop === MAX_REDIRECTS) throw fail(`more than ${MAX_REDIRECTS} redirects (last to ${displayUrl(location)})`, 'point url at the final address');
    const next = new URL(location, url);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw fail(`redirected to a non-HTTP URL (${displayUrl(next.toString())})`, 'point url at the final address');
    // fetch's own rule: 303, and 301/302 after a POST, continue as a GET without the body.
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = 'GET';
      form = undefined;
    }
    url = next.toString();
  }

  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw fail(`the response is ${mib(declared)}, more than the ${mib(maxBytes)} limit`, 'ask for less: a shorter window, fewer columns, or a sample');
  }
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(response, maxBytes);
  } catch (e) {
    if (e instanceof TooLarge) throw fail(`the response is more than the ${mib(maxBytes)} limit`, 'ask for less: a shorter window, fewer columns, or a sample');
    if (signal.aborted) aborted(e);
    throw fail(`the connection broke while reading the response: ${networkReason(e)}`, 'try again; if it persists, check the server', e);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const snippet = redact(oneLine(text), secrets);
  const contentType = response.headers.get('content-type');
  const ok = response.status >= 200 && response.status < 300;
  let json: unknown;
  let isJson = false;
  if (isJsonType(contentType) || contentType === null) {
    try {
      json = JSON.parse(text);
      isJson = true;
    } catch (e) {
      if (ok && contentType !== null) {
        throw fail(`the response is not valid JSON (${(e as Error).message}): ${snippet || '(empty body)'}`, 'the endpoint must answer with a JSON document');
      }
    }
  }
  if (ok && !isJson) {
    throw fail(`the response is ${contentType ?? 'untyped'}, not JSON: ${snippet || '(empty body)'}`, 'the endpoint must answer with Content-Type: application/json (a login page or proxy error answers with HTML)');
  }
  return { status: response.status, statusText: response.statusText, json, isJson, snippet };
}

class TooLarge extends Error {}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The message for a non-2xx answer, with a hint by status. */
export function httpStatusError(label: string, res: JsonResponse, secrets: readonly string[] = [], authHint?: string): InputError {
  const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
  const hint =
    res.status === 401 || res.status === 403
      ? authHint ?? 'the server refused the credentials: check header, scheme and the secret in secret_env'
      : res.status === 404
        ? 'check the URL'
        : res.status === 429 || res.status >= 500
          ? 'the server failed or is overloaded; the check did not run on this evidence — try again later'
          : undefined;
  return new InputError(redact(`${label}: the server answered ${status}${res.snippet ? `: ${res.snippet}` : ''}`, secrets), { hint });
}
