/**
 * A version's model archive from whichever store holds it: the release asset `model.tar.gz`, or
 * the OCI artifact its `oci-artifact.json` points at (publish --oci; over 2 GiB the registry is the
 * only copy). Shared by promote's verification and `mlops pull`.
 *
 * The pointer itself carries no checksum (manifest.json cannot list it: the manifest is inside the
 * OCI artifact as its config), so it is trusted for nothing but where to look: it must name the
 * repository and tag the manifest records, and the OCI manifest it names must have manifest.json
 * as its config and the manifest's archive digest as its layer (checked by the OCI client).
 */
import { join } from 'node:path';
import { UsageError } from '../runtime/errors.js';
import { sha256File } from '../runtime/file-digest.js';
import { ARCHIVE_ASSET, type ModelManifest } from '../formats/manifest-format.js';
import { OCI_ARTIFACT_ASSET, ociArtifactSchema, type OciArtifact } from '../formats/oci-artifact-format.js';
import type { OciArtifactStore, ReleaseRef, ReleaseStore } from '../ports/registry-stores.js';
import { extractModelArchive } from './archive.js';
import { IntegrityError } from './errors.js';
import { readJsonAs } from './release-files.js';

/** The release's OCI pointer, checked against what the manifest records; IntegrityError (via `stop`) otherwise. */
export async function readOciPointer(releases: ReleaseStore, ref: ReleaseRef, manifest: ModelManifest, manifestSha: string, work: string, stop: (what: string) => Error): Promise<OciArtifact> {
  const where = manifest.archive.oci;
  if (!where) throw stop('the manifest records no OCI artifact');
  if (!ref.assets.some((a) => a.name === OCI_ARTIFACT_ASSET)) throw stop(`the manifest says the archive is in ${where.repository}:${where.tag}, but the release has no ${OCI_ARTIFACT_ASSET}`);
  const path = join(work, `${ref.version}.${OCI_ARTIFACT_ASSET}`);
  try {
    await releases.download(ref, OCI_ARTIFACT_ASSET, path);
  } catch (e) {
    throw e instanceof IntegrityError ? stop(`${OCI_ARTIFACT_ASSET} is missing`) : e;
  }
  const pointer = await readJsonAs(path, ociArtifactSchema, `${OCI_ARTIFACT_ASSET} of ${ref.tag}`, 'the stored release is damaged').catch((e: unknown) => {
    throw stop((e as Error).message);
  });
  if (pointer.repository !== where.repository || pointer.tag !== where.tag) throw stop(`${OCI_ARTIFACT_ASSET} names ${pointer.repository}:${pointer.tag}, but the manifest records ${where.repository}:${where.tag}`);
  if (pointer.layer.digest !== `sha256:${manifest.archive.sha256}` || pointer.config.digest !== `sha256:${manifestSha}`) {
    throw stop(`${OCI_ARTIFACT_ASSET} describes another archive or manifest than this release's`);
  }
  return pointer;
}

/** The OCI client, or a clear refusal when the face gave none (a bug of ours, or a custom caller). */
export function requireOci(oci: OciArtifactStore | undefined, ref: ReleaseRef, manifest: ModelManifest): OciArtifactStore {
  if (oci) return oci;
  throw new UsageError(`${ref.tag} is stored in the OCI registry ${manifest.archive.oci?.repository ?? ''}, and no OCI client was given`, {
    hint: 'run it with `mlops`, or pass ports.oci (openOciArtifacts from shared/oci/oci-artifact-store.ts)',
  });
}

/**
 * Downloads the archive to `destination` from the release when it holds it, else from the OCI
 * registry, checking SHA-256 and size. Returns where it came from.
 */
export async function downloadArchive(
  releases: ReleaseStore,
  ref: ReleaseRef,
  manifest: ModelManifest,
  manifestSha: string,
  oci: OciArtifactStore | undefined,
  destination: string,
  work: string,
  stop: (what: string) => Error,
): Promise<{ source: 'release' | 'oci'; artifact?: OciArtifact }> {
  const asset = manifest.assets.find((a) => a.name === ARCHIVE_ASSET);
  if (asset && ref.assets.some((a) => a.name === ARCHIVE_ASSET)) {
    try {
      await releases.download(ref, ARCHIVE_ASSET, destination);
    } catch (e) {
      throw e instanceof IntegrityError ? stop(`asset ${ARCHIVE_ASSET} is missing`) : e;
    }
    const got = await sha256File(destination);
    if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
      throw stop(`asset ${ARCHIVE_ASSET} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
    }
    return { source: 'release' };
  }
  if (asset) throw stop(`asset ${ARCHIVE_ASSET} listed in the manifest is missing from the release`);
  if (!manifest.archive.oci) throw stop(`the manifest lists no ${ARCHIVE_ASSET}`);
  const artifact = await readOciPointer(releases, ref, manifest, manifestSha, work, stop);
  await fetchFromOci(requireOci(oci, ref, manifest), artifact, manifest, manifestSha, destination, stop);
  return { source: 'oci', artifact };
}

/** Checks (and with `destination`, downloads) the OCI copy; its IntegrityErrors go through `stop`. */
export async function fetchFromOci(oci: OciArtifactStore, artifact: OciArtifact, manifest: ModelManifest, manifestSha: string, destination: string | undefined, stop: (what: string) => Error): Promise<void> {
  try {
    await oci.fetchArchive(artifact, { archive: { sha256: manifest.archive.sha256, size: manifest.archive.size }, manifestSha256: manifestSha }, destination);
  } catch (e) {
    if (!(e instanceof IntegrityError)) throw e;
    const suffix = e.hint ? ` (${e.hint})` : '';
    throw stop(suffix && e.message.endsWith(suffix) ? e.message.slice(0, -suffix.length) : e.message);
  }
}

/** Extracts the archive (safely: shared/registry/archive.ts) and checks its files against the manifest's list. */
export async function extractChecked(archive: string, manifest: ModelManifest, destination: string, stop: (what: string) => Error): Promise<number> {
  const files = await extractModelArchive(archive, destination);
  const want = manifest.archive.files.map((f) => `${f.name} ${f.size} ${f.sha256}`).join('\n');
  const have = files.map((f) => `${f.path} ${f.size} ${f.sha256}`).join('\n');
  if (want !== have) throw stop(`the files in ${ARCHIVE_ASSET} differ from the manifest's list`);
  return files.length;
}

