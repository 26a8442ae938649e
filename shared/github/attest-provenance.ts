/**
 * Build provenance for a published model with @actions/attest: an in-toto statement with GitHub's
 * SLSA v1 workflow predicate over the subjects (model.tar.gz, manifest.json by SHA-256), signed
 * with a short-lived Sigstore certificate bound to the workflow's OIDC identity (Fulcio; Rekor for
 * public repositories, GitHub's own Sigstore instance for private ones) and stored with
 * `POST /repos/{owner}/{repo}/attestations`. Anyone can then check a downloaded archive with
 * `gh attestation verify model.tar.gz --repo OWNER/REPO`.
 *
 * The OIDC token exists only when the job has `permissions: id-token: write`; without it the
 * runner leaves ACTIONS_ID_TOKEN_REQUEST_URL unset, so that is checked before anything is
 * published, and the failure names the permission instead of an OIDC error from deep inside.
 */
import { UsageError } from '../runtime/errors.js';
import { ForgeError } from '../ports/forge-error.js';

export interface ProvenanceSubject {
  name: string;
  sha256: string;
}

const PERMISSIONS_HINT = 'give the job `permissions: { id-token: write, attestations: write, contents: write }`, or set attest: false';

/** Throws a UsageError when the job cannot get an OIDC token (checked before publishing). */
export function checkCanAttest(env: Record<string, string | undefined>): void {
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new UsageError('attest: true needs the workflow OIDC token, and this job has none (ACTIONS_ID_TOKEN_REQUEST_URL is not set)', { hint: PERMISSIONS_HINT });
  }
}

/** The attestation's id and page, and the signed Sigstore bundle itself (publish stores it with the release). */
export async function attestModelProvenance(p: { token: string; subjects: ProvenanceSubject[]; serverUrl: string; repository: string }): Promise<{ id: string; url: string; bundle: unknown }> {
  // Loaded on use: Sigstore's signing stack is most of @actions/attest and only attest: true needs it.
  const { attestProvenance } = await import('@actions/attest');
  let id: string | undefined;
  let bundle: unknown;
  try {
    const attestation = await attestProvenance({ token: p.token, subjects: p.subjects.map((s) => ({ name: s.name, digest: { sha256: s.sha256 } })) });
    id = attestation.attestationID;
    bundle = attestation.bundle;
  } catch (e) {
    throw new ForgeError({ method: 'POST', route: '/repos/{owner}/{repo}/attestations', githubMessage: (e as Error).message, hint: PERMISSIONS_HINT, cause: e });
  }
  if (!id) throw new ForgeError({ method: 'POST', route: '/repos/{owner}/{repo}/attestations', githubMessage: 'no attestation id in the answer', hint: PERMISSIONS_HINT });
  return { id, url: `${p.serverUrl.replace(/\/+$/, '')}/${p.repository}/attestations/${id}`, bundle };
}
