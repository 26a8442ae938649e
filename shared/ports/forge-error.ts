/**
 * A request to the forge (GitHub) failed, or was refused before it was sent because GitHub would
 * reject it (a body over a size limit). It names the call (method + route template), GitHub's
 * status and message, and what the user can do (usually: a missing token permission).
 *
 * Exit code 3 (`EXIT_FORGE_FAILED`), not 1: 1 means "a check ran and failed" (a gate, drift) and
 * workflows branch on it; a forge failure means the step could not finish its side effects at all
 * (permissions, an outage, retries exhausted), which a caller must not mistake for a failed gate.
 * Not 2 either: the user's data was fine.
 */
import { MlopsError } from '../runtime/errors.js';

export const EXIT_FORGE_FAILED = 3;

export interface ForgeErrorDetails {
  /** HTTP method, e.g. `POST`. */
  method: string;
  /** The route template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  route: string;
  /** GitHub's HTTP status; undefined when no response arrived (timeout, refused connection) or the call was refused locally. */
  status?: number;
  /** GitHub's own `message` (and validation `errors`), verbatim. */
  githubMessage?: string;
  /** How many attempts were made (1 = no retry). */
  attempts?: number;
  hint?: string;
  cause?: unknown;
}

export class ForgeError extends MlopsError {
  readonly exitCode = EXIT_FORGE_FAILED;
  readonly method: string;
  readonly route: string;
  readonly status?: number;
  readonly githubMessage?: string;

  constructor(d: ForgeErrorDetails) {
    const status = d.status === undefined ? 'no response' : `HTTP ${d.status}`;
    const msg = d.githubMessage ? `: ${d.githubMessage}` : '';
    const attempts = d.attempts && d.attempts > 1 ? ` after ${d.attempts} attempts` : '';
    super(`GitHub ${d.method} ${d.route} failed (${status}${attempts})${msg}`, { hint: d.hint, cause: d.cause });
    this.method = d.method;
    this.route = d.route;
    this.status = d.status;
    this.githubMessage = d.githubMessage;
  }
}

export function isForgeError(e: unknown): e is ForgeError {
  return e instanceof ForgeError;
}
