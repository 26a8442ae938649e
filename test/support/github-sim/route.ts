/**
 * What a simulated endpoint is: a method, the path template exactly as in GitHub's OpenAPI
 * description (that is how its validators are found), and a handler over the state. Adding an
 * endpoint = adding a `SimRoute` to a file in routes/ and listing it in routes/index.ts.
 */
import type { Json, SimState, SimToken } from './state.js';
import { API } from './state.js';

export interface SimRequest {
  method: string;
  /** The OpenAPI template matched, e.g. `/repos/{owner}/{repo}/pulls`. */
  route: string;
  /** Path parameters, typed as the description says (`issue_number` is a number). */
  params: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  query: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  body: Json;
  /** The caller, from `Authorization`; undefined when anonymous. */
  token?: SimToken;
  url: URL;
  /** This simulator's origin, e.g. `http://127.0.0.1:41234`, for URLs it hands out. */
  origin: string;
  /** The request headers (lower-case names). */
  headers?: Record<string, string | string[] | undefined>;
  /** A `lag` fault fired: answer a list as a replica that missed the latest writes (faults.ts). */
  stale?: boolean;
  /** The raw body, for operations whose body is not JSON (release asset uploads). */
  raw?: Buffer;
}

export interface SimResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface SimRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  /** Write routes need a token; reads are allowed anonymously (public repositories). */
  auth?: 'required' | 'optional';
  handler(req: SimRequest, state: SimState): SimResponse | Promise<SimResponse>;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): SimResponse {
  return { status, body, headers };
}

/** GitHub's error body (`basic-error`). */
export function error(status: number, message: string, docs = 'https://docs.github.com/rest'): SimResponse {
  return { status, body: { message, documentation_url: docs, status: String(status) } };
}

export const notFound = () => error(404, 'Not Found');

/** The repository named by `{owner}/{repo}`, or a 404 response. */
export function repoOf(req: SimRequest, state: SimState): { repo: Json; full: string } | SimResponse {
  const full = `${req.params.owner}/${req.params.repo}`;
  const repo = state.repo(full);
  return repo ? { repo, full: full.toLowerCase() } : notFound();
}

export function isResponse(x: unknown): x is SimResponse {
  return typeof x === 'object' && x !== null && 'status' in x && typeof (x as SimResponse).status === 'number' && !('full' in x);
}

/**
 * One page of `items` with GitHub's `Link` header: `per_page` (default 30, at most 100) and `page`
 * (from 1); `rel="next"`/`"last"` while there is more, `rel="prev"`/`"first"` after page 1. The
 * header's URLs repeat the request's own URL with `page` replaced, as GitHub does.
 */
export function paginate<T>(req: SimRequest, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(req.query.per_page ?? 30)));
  const page = Math.max(1, Number(req.query.page ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number) => {
    const u = new URL(req.url.pathname + req.url.search, req.origin);
    u.searchParams.set('page', String(p));
    return u.href;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`);
  if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
  if (page > 1) rels.push(`<${link(1)}>; rel="first"`);
  return { page: items.slice((page - 1) * perPage, page * perPage), headers: rels.length ? { link: rels.join(', ') } : {} };
}

export function apiUrl(path: string): string {
  return `${API}${path}`;
}
