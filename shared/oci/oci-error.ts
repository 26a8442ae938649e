/**
 * An OCI registry refused a request or kept failing it (timeouts, 5xx, retries exhausted). Exit 3,
 * like a GitHub failure (shared/ports/forge-error.ts): the step could not finish its side effects,
 * which a workflow must not mistake for a failed check (1) or bad input (2). A digest the registry
 * computed differently from ours is not this: that is an IntegrityError (exit 1).
 *
 * The message names the method, the registry host and path, the status and the registry's own
 * error codes; never a token or a credential.
 */
import { MlopsError } from '../runtime/errors.js';
import { EXIT_FORGE_FAILED } from '../ports/forge-error.js';

export class OciError extends MlopsError {
  readonly exitCode = EXIT_FORGE_FAILED;
  readonly status?: number;

  constructor(d: { method: string; url: string; status?: number; detail?: string; attempts?: number; hint?: string; cause?: unknown }) {
    const status = d.status === undefined ? 'no response' : `HTTP ${d.status}`;
    const attempts = d.attempts && d.attempts > 1 ? ` after ${d.attempts} attempts` : '';
    super(`OCI registry ${d.method} ${d.url} failed (${status}${attempts})${d.detail ? `: ${d.detail}` : ''}`, { hint: d.hint, cause: d.cause });
    this.status = d.status;
  }
}
