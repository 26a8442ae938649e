/**
 * Faults injected per route, each for a bounded number of matching requests:
 * - `status`: answer e.g. 502 instead of the real response. With `afterApply`, the request is
 *   carried out first (state changes) and only the answer is lost, like a proxy timing out after
 *   GitHub wrote the comment: the case that duplicates comments in naive clients.
 * - `secondary-rate-limit`: 403 with `retry-after` and GitHub's secondary-rate-limit message.
 * - `timeout`: hold the answer for `delayMs` (past the client's timeout), then answer normally
 *   (or apply it first, with `afterApply`).
 * - `lag`: a list answered from a replica that has not caught up: it misses what was created since
 *   the previous list of the same collection, as GitHub's lists do for a moment after a write. Only
 *   on the list routes in LAGGING_ROUTES (elsewhere it would fire and change nothing).
 */

export type FaultKind =
  | { kind: 'status'; status: number; message?: string }
  | { kind: 'secondary-rate-limit'; retryAfterSeconds: number }
  | { kind: 'timeout'; delayMs: number }
  | { kind: 'lag' };

/** The lists that can answer from a lagging replica (routes/issue-comments.ts reads `SimRequest.stale`). */
export const LAGGING_ROUTES: readonly string[] = ['GET /repos/{owner}/{repo}/issues/{issue_number}/comments'];

export type FaultSpec = FaultKind & {
  /** `METHOD /path/template` as in GitHub's description, e.g. `POST /repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  route: string;
  /** How many matching requests get the fault (1..100). Default 1. */
  times?: number;
  /** How many matching requests pass untouched before it fires (0..100; a list after a create: 1). Default 0. */
  after?: number;
  afterApply?: boolean;
};

export const MAX_FAULT_TIMES = 100;
export const MAX_FAULT_DELAY_MS = 10_000;

export interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
  /** Matching requests still to let through before it fires. */
  skip: number;
}

export class FaultTable {
  private readonly faults: ActiveFault[] = [];

  add(spec: FaultSpec): void {
    const times = spec.times ?? 1;
    if (!Number.isInteger(times) || times < 1 || times > MAX_FAULT_TIMES) throw new Error(`fault times must be 1..${MAX_FAULT_TIMES}, got ${times}`);
    if (spec.kind === 'timeout' && !(spec.delayMs > 0 && spec.delayMs <= MAX_FAULT_DELAY_MS)) {
      throw new Error(`fault delayMs must be 1..${MAX_FAULT_DELAY_MS}, got ${spec.delayMs}`);
    }
    if (!/^(GET|POST|PATCH|PUT|DELETE) \//.test(spec.route)) throw new Error(`fault route must be "METHOD /template", got ${spec.route}`);
    if (spec.kind === 'lag' && !LAGGING_ROUTES.includes(spec.route)) throw new Error(`a lag fault needs one of ${LAGGING_ROUTES.join(', ')}, got ${spec.route}`);
    if (spec.kind === 'lag' && spec.afterApply) throw new Error('a lag fault has no afterApply: the list is answered, only from an older view');
    const after = spec.after ?? 0;
    if (!Number.isInteger(after) || after < 0 || after > MAX_FAULT_TIMES) throw new Error(`fault after must be 0..${MAX_FAULT_TIMES}, got ${after}`);
    this.faults.push({ spec, remaining: times, skip: after });
  }

  /** Takes one use of the first fault for this route, if any is left (after letting its `after` requests pass). */
  take(method: string, route: string): FaultSpec | undefined {
    const f = this.faults.find((x) => x.remaining > 0 && x.spec.route === `${method} ${route}`);
    if (!f) return undefined;
    if (f.skip > 0) {
      f.skip--;
      return undefined;
    }
    f.remaining--;
    return f.spec;
  }

  /** Faults not used up: a test that injected them expected them to fire. */
  pending(): FaultSpec[] {
    return this.faults.filter((f) => f.remaining > 0).map((f) => f.spec);
  }

  clear(): void {
    this.faults.length = 0;
  }
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.';
