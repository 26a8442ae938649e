/**
 * Stores the Sigstore bundle of a release's build provenance (what @actions/attest returned) as the
 * release asset `provenance.sigstore.json`, so that promote can verify it offline later
 * (shared/registry/provenance/; docs/registry.md, "Provenance"). Added after the release is
 * published: the bundle signs manifest.json's digest, so it cannot be among the manifest's assets.
 *
 * Only a bundle from Sigstore's public-good instance (a public repository: Fulcio and Rekor) is
 * stored. A private repository's attestation is signed by GitHub's own Sigstore instance, which
 * the bundled public-good trusted root cannot verify: storing it would make every promotion of the
 * release fail, so it is left out (the attestation stays on GitHub; `gh attestation verify` checks it).
 *
 * A re-run of publish for an unchanged version attests again; the bundle stored by the first run
 * is kept (both vouch for the same digests), so a release's provenance never changes once stored.
 */
import { PROVENANCE_ASSET } from '../formats/manifest-format.js';
import { isForgeError } from '../ports/forge-error.js';
import type { RepoRef } from '../ports/forge.js';
import type { GitHubClient } from './octokit.js';

export type StoredProvenance = 'stored' | 'kept' | 'private-instance';

/** Whether the bundle carries a Rekor (public-good transparency log) entry. */
export function isPublicGoodBundle(bundle: unknown): boolean {
  const entries = (bundle as { verificationMaterial?: { tlogEntries?: unknown } } | null)?.verificationMaterial?.tlogEntries;
  return Array.isArray(entries) && entries.length > 0;
}

export async function storeProvenanceBundle(octokit: GitHubClient, repo: RepoRef, tag: string, bundle: unknown): Promise<StoredProvenance> {
  if (!isPublicGoodBundle(bundle)) return 'private-instance';
  const { data: release } = await octokit.rest.repos.getReleaseByTag({ ...repo, tag });
  if (release.assets.some((a) => a.name === PROVENANCE_ASSET)) return 'kept';
  const body = Buffer.from(`${JSON.stringify(bundle)}\n`);
  try {
    await octokit.request(`POST ${release.upload_url}`, {
      name: PROVENANCE_ASSET,
      data: body,
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
    });
  } catch (e) {
    // A concurrent re-run stored it first.
    if (isForgeError(e) && e.status === 422 && /already_exists/.test(e.githubMessage ?? '')) return 'kept';
    throw e;
  }
  return 'stored';
}
