/**
 * One repository on one registry, over HTTP: the `/v2/<name>/...` URLs, the Authorization the
 * challenge flow obtained (auth.ts), redirects, and bounded retries with time limits.
 *
 * Retries: a request that got no answer, timed out, or got 429/5xx is tried again, at most
 * `attempts` times with doubling pauses; everything else is answered at once. A blob upload's PATCH
 * is never retried blindly (the registry may have kept part of it): blob-upload.ts asks the upload
 * where it stands and resumes from there.
 *
 * Redirects are followed by hand: a registry sends blob downloads to a storage host (ghcr.io to
 * its CDN, S3-backed registries to a signed URL), and the Authorization header must not travel to
 * another origin.
 */
import { OciAuth, ociCredentialsFor } from './auth.js';
import { OciError } from './oci-error.js';
import type { OciRepository } from './reference.js';

export interface OciSessionOptions {
  env?: Record<string, string | undefined>;
  /** The fetch to use (tests inject failures). Default: the global fetch. */
  fetch?: typeof fetch;
  /** Per request, unless the call gives its own. Default 60 s. */
  timeoutMs?: number;
  /** Tries per request (1 = no retry). Default 4. */
  attempts?: number;
  /** The first pause between tries; doubles each time. Default 500 ms. */
  retryDelayMs?: number;
}

export interface SendOptions {
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** Statuses that are an answer (returned); anything else throws OciError. */
  expect: number[];
  /** Retry on no answer, 429 and 5xx (default true). */
  retry?: boolean;
  timeoutMs?: number;
}

const MAX_REDIRECTS = 5;

export class OciSession {
  readonly auth: OciAuth;
  readonly fetcher: typeof fetch;
  readonly timeoutMs: number;
  readonly attempts: number;
  readonly retryDelayMs: number;
  readonly scope: string;

  constructor(readonly repo: OciRepository, access: 'pull' | 'pull,push', options: OciSessionOptions = {}) {
    this.fetcher = options.fetch ?? fetch;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.attempts = Math.max(1, options.attempts ?? 4);
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.scope = `repository:${repo.name}:${access}`;
    this.auth = new OciAuth(repo, ociCredentialsFor(repo.host, options.env ?? process.env), this.fetcher, this.timeoutMs);
  }

  /** `<base>/v2/<name><path>`. */
  url(path: string): string {
    return `${this.repo.baseUrl}/v2/${this.repo.name}${path}`;
  }

  /** A Location header (often relative) as an absolute URL on the registry. */
  resolve(location: string | null, method: string, url: string): string {
    if (!location) throw new OciError({ method, url: shown(url), detail: 'the registry answered without a Location header' });
    return new URL(location, this.repo.baseUrl).href;
  }

  pause(attempt: number): Promise<void> {
    return new Promise((r) => setTimeout(r, this.retryDelayMs * 2 ** (attempt - 1)));
  }

  async send(method: string, url: string, o: SendOptions): Promise<Response> {
    const retry = o.retry !== false;
    let challenged = 0;
    for (let attempt = 1; ; attempt++) {
      let res: Response;
      try {
        res = await this.once(method, url, o);
      } catch (e) {
        if (retry && attempt < this.attempts) {
          await this.pause(attempt);
          continue;
        }
        throw new OciError({ method, url: shown(url), detail: (e as Error).message, attempts: attempt, cause: e });
      }
      if (res.status !== 401) this.auth.accepted();
      if (res.status === 401 && challenged < 2) {
        await res.body?.cancel();
        challenged++;
        if (await this.auth.answer(res, this.scope)) {
          attempt--;
          continue;
        }
        throw new OciError({ method, url: shown(url), status: 401, detail: 'not authorized', hint: this.auth.credentialHint(this.scope) });
      }
      if (o.expect.includes(res.status)) return res;
      const detail = await errorDetail(res);
      if (retry && (res.status === 429 || res.status >= 500) && attempt < this.attempts) {
        await this.pause(attempt);
        continue;
      }
      const denied = res.status === 401 || res.status === 403;
      throw new OciError({ method, url: shown(url), status: res.status, detail, attempts: attempt, hint: denied ? this.auth.credentialHint(this.scope) : undefined });
    }
  }

  /** One request, following redirects; the Authorization header only to the registry's own origin. */
  private async once(method: string, url: string, o: SendOptions): Promise<Response> {
    const origin = new URL(this.repo.baseUrl).origin;
    let target = url;
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { ...o.headers };
      const auth = this.auth.header;
      if (auth && new URL(target).origin === origin) headers.authorization = auth;
      const res = await this.fetcher(target, { method, headers, body: o.body, redirect: 'manual', signal: AbortSignal.timeout(o.timeoutMs ?? this.timeoutMs) });
      if (![301, 302, 303, 307, 308].includes(res.status) || hop >= MAX_REDIRECTS) return res;
      const location = res.headers.get('location');
      if (!location) return res;
      await res.body?.cancel();
      target = new URL(location, target).href;
      if (!target.startsWith('https://') && new URL(target).origin !== origin) throw new Error(`redirected to a plain-HTTP host (${new URL(target).origin})`);
    }
  }
}

/** A URL for messages: no query string (signed URLs and upload state live there). */
export function shown(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
}

/** The registry's error codes and messages (`{"errors":[{"code","message"}]}`), short. */
async function errorDetail(res: Response): Promise<string | undefined> {
  const text = await res.text().catch(() => '');
  try {
    const errors = (JSON.parse(text) as { errors?: Array<{ code?: string; message?: string }> }).errors;
    if (Array.isArray(errors) && errors.length) return errors.map((e) => [e.code, e.message].filter(Boolean).join(' ')).join('; ').slice(0, 400);
  } catch {
    // not JSON
  }
  return text.trim().slice(0, 200) || undefined;
}
