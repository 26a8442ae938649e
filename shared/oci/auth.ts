/**
 * Registry authentication, as docker, ORAS and skopeo do it (the distribution "token
 * authentication" spec): a request without credentials gets 401 with a `WWW-Authenticate`
 * challenge; `Bearer realm=...,service=...` means "get a token from the realm for this scope"
 * (sending the credentials there as HTTP Basic), `Basic` means "send them on every request".
 *
 * Credentials, first found wins (docs/registry.md, "OCI registries"):
 *   MLOPS_OCI_USERNAME + MLOPS_OCI_PASSWORD   any registry
 *   MLOPS_OCI_TOKEN                           any registry: the token is the password (user
 *                                             MLOPS_OCI_USERNAME, else "mlops"), which is what
 *                                             ghcr.io, GitLab, Harbor and ACR token services accept
 *   GITHUB_TOKEN                              ghcr.io only (user GITHUB_ACTOR, else "mlops"); the
 *                                             workflow needs `packages: write` to push
 * Without any, requests go anonymously (a public registry, or the tests' local one).
 *
 * Credentials are only ever sent over HTTPS, or plain HTTP to a loopback host; a token realm on
 * another scheme is refused. Nothing here logs or puts a secret into an error message.
 */
import { OciError } from './oci-error.js';
import type { OciRepository } from './reference.js';

export interface OciCredentials {
  username: string;
  password: string;
  /** Which variables they came from, for messages. */
  from: string;
}

export function ociCredentialsFor(host: string, env: Record<string, string | undefined>): OciCredentials | undefined {
  if (env.MLOPS_OCI_PASSWORD) return { username: env.MLOPS_OCI_USERNAME || 'mlops', password: env.MLOPS_OCI_PASSWORD, from: 'MLOPS_OCI_USERNAME/MLOPS_OCI_PASSWORD' };
  if (env.MLOPS_OCI_TOKEN) return { username: env.MLOPS_OCI_USERNAME || 'mlops', password: env.MLOPS_OCI_TOKEN, from: 'MLOPS_OCI_TOKEN' };
  if (host.toLowerCase() === 'ghcr.io' && env.GITHUB_TOKEN) return { username: env.GITHUB_ACTOR || 'mlops', password: env.GITHUB_TOKEN, from: 'GITHUB_TOKEN' };
  return undefined;
}

/** `Bearer realm="…",service="…",scope="…"` → scheme and parameters; undefined when absent or unknown. */
export function parseChallenge(header: string | null): { scheme: 'bearer' | 'basic'; params: Record<string, string> } | undefined {
  if (!header) return undefined;
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  if (scheme !== 'bearer' && scheme !== 'basic') return undefined;
  const params: Record<string, string> = Object.create(null);
  for (const p of m[2]!.matchAll(/([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) params[p[1]!.toLowerCase()] = p[2] ?? p[3] ?? '';
  return { scheme, params };
}

const LOOPBACK_HTTP = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:[0-9]+)?(\/|$)/i;

/** Whether credentials may be sent to `url`: HTTPS, or plain HTTP to a loopback host only. */
export function mayCarryCredentials(url: string): boolean {
  return url.startsWith('https://') || LOOPBACK_HTTP.test(url);
}

export class OciAuth {
  #header: string | undefined;
  /** The scope the current bearer token was issued for (a push scope covers pull). */
  #scope: string | undefined;
  /** The current Authorization has not been accepted yet: a 401 now means it is refused, not expired. */
  #unproven = false;

  constructor(
    private readonly repo: OciRepository,
    private readonly credentials: OciCredentials | undefined,
    private readonly fetcher: typeof fetch,
    private readonly timeoutMs: number,
  ) {}

  /** The Authorization header to send, once a challenge was answered. */
  get header(): string | undefined {
    return this.#header;
  }

  /** The registry accepted the current Authorization (a later 401 means the token expired: get another). */
  accepted(): void {
    this.#unproven = false;
  }

  /**
   * Answers a 401's challenge for `scope` (`repository:NAME:pull` or `pull,push`). Returns true when
   * a new Authorization was obtained (retry the request), false when retrying cannot help.
   */
  async answer(res: Response, scope: string): Promise<boolean> {
    const challenge = parseChallenge(res.headers.get('www-authenticate'));
    if (!challenge) return false;
    if (challenge.scheme === 'basic') {
      if (!this.credentials || this.#header?.startsWith('Basic ')) return false;
      this.#header = `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`;
      return true;
    }
    // A token refused as soon as it was issued will not do better; one that worked and is now
    // refused has expired (ghcr.io's last minutes, a 2 GiB upload can take longer): get another.
    if (this.#header?.startsWith('Bearer ') && this.#scope === scope && this.#unproven) return false;
    const realm = challenge.params.realm;
    if (!realm) return false;
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new OciError({ method: 'GET', url: realm, detail: 'the registry named a token service that is not a URL' });
    }
    if (this.credentials && !mayCarryCredentials(url.href)) {
      throw new OciError({ method: 'GET', url: `${url.origin}${url.pathname}`, detail: 'the registry asks for credentials over plain HTTP; refusing to send them', hint: 'use an HTTPS registry' });
    }
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    url.searchParams.append('scope', scope);
    const headers: Record<string, string> = {};
    if (this.credentials) headers.authorization = `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`;
    const where = `${url.origin}${url.pathname}`;
    let got: Response;
    try {
      got = await this.fetcher(url, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (e) {
      throw new OciError({ method: 'GET', url: where, detail: `token request: ${(e as Error).message}`, cause: e });
    }
    if (!got.ok) {
      await got.body?.cancel();
      throw new OciError({ method: 'GET', url: where, status: got.status, detail: `the token service refused ${scope}`, hint: this.credentialHint(scope) });
    }
    const body = (await got.json().catch(() => ({}))) as { token?: unknown; access_token?: unknown };
    const token = typeof body.token === 'string' ? body.token : typeof body.access_token === 'string' ? body.access_token : undefined;
    if (!token) throw new OciError({ method: 'GET', url: where, status: got.status, detail: 'the token service answered without a token' });
    this.#header = `Bearer ${token}`;
    this.#scope = scope;
    this.#unproven = true;
    return true;
  }

  /** What to do about a refusal: which variables give credentials, and what they need. */
  credentialHint(scope: string): string {
    const push = scope.endsWith('push');
    if (this.repo.host.toLowerCase() === 'ghcr.io') {
      return this.credentials
        ? `${this.credentials.from} was refused: ghcr.io needs a token with packages: ${push ? 'write' : 'read'} (in a workflow: permissions: packages: ${push ? 'write' : 'read'})`
        : `set GITHUB_TOKEN (packages: ${push ? 'write' : 'read'}) or MLOPS_OCI_TOKEN for ghcr.io`;
    }
    return this.credentials
      ? `${this.credentials.from} was refused by ${this.repo.host}: check the credentials and that they may ${push ? 'push to' : 'pull from'} ${this.repo.name}`
      : `set MLOPS_OCI_USERNAME and MLOPS_OCI_PASSWORD, or MLOPS_OCI_TOKEN, for ${this.repo.host}`;
  }
}
