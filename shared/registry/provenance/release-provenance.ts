/**
 * A release's build provenance, checked at promote once the release itself is verified: when the
 * release carries `provenance.sigstore.json` (publish with attest: true stores it), the bundle must
 * verify (verify-provenance.ts) and its signed statement must name this release's archive by the
 * SHA-256 the verified manifest records (and manifest.json by its digest when it names it); when
 * the manifest says a GitHub workflow built the release, the certificate must be a workflow
 * identity of that repository. A release without the asset has no provenance to check (null).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IntegrityError } from '../errors.js';
import { ARCHIVE_ASSET, MANIFEST_ASSET, PROVENANCE_ASSET, type ModelManifest } from '../../formats/manifest-format.js';
import type { ReleaseRef, ReleaseStore } from '../../ports/registry-stores.js';
import { makeTempWorkDir } from '../../runtime/temp-work-dir.js';
import { verifyProvenanceBundle, type ProvenanceExpectation, type VerifiedProvenance } from './verify-provenance.js';

/** The check itself; promote takes another in tests (its default is verifyProvenanceBundle). */
export type ProvenanceVerifier = (bundle: unknown, expected: ProvenanceExpectation, where: string) => Promise<VerifiedProvenance>;

/** What the statement must say about this release. */
export function expectationOf(manifest: ModelManifest, manifestSha: string): ProvenanceExpectation {
  return {
    subjects: [
      { name: ARCHIVE_ASSET, sha256: manifest.archive.sha256, required: true },
      { name: MANIFEST_ASSET, sha256: manifestSha, required: false },
    ],
    // Only a GitHub lineage names a repository a workflow certificate can be held to.
    repository: manifest.lineage.source === 'github' ? manifest.lineage.repository : null,
  };
}

export async function verifyReleaseProvenance(
  releases: ReleaseStore,
  ref: ReleaseRef,
  manifest: ModelManifest,
  manifestSha: string,
  verify: ProvenanceVerifier = verifyProvenanceBundle,
): Promise<VerifiedProvenance | null> {
  if (!ref.assets.some((a) => a.name === PROVENANCE_ASSET)) return null;
  const stop = (what: string, cause?: unknown) =>
    new IntegrityError(`${ref.tag}: ${PROVENANCE_ASSET} ${what}; not promoting`, { hint: 'the stored build provenance was changed or damaged: publish the model again under a new version', cause });
  const workDir = await makeTempWorkDir('mlops-provenance-');
  try {
    const path = join(workDir.path, PROVENANCE_ASSET);
    try {
      await releases.download(ref, PROVENANCE_ASSET, path);
    } catch (e) {
      throw e instanceof IntegrityError ? stop('is listed but missing', e) : e;
    }
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (e) {
      throw stop(`is not JSON (${(e as Error).message})`, e);
    }
    return await verify(json, expectationOf(manifest, manifestSha), ref.tag);
  } finally {
    await workDir.remove();
  }
}
