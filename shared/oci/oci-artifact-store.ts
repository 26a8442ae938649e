/**
 * The OCI implementation of the OciArtifactStore port (shared/ports/registry-stores.ts): pushes a
 * model version as an OCI artifact and checks one back by digest. Works with any registry that
 * speaks the OCI distribution spec (ghcr.io, the CNCF distribution registry, Harbor, ECR, ...).
 */
import { IntegrityError } from '../registry/errors.js';
import { ARCHIVE_ASSET } from '../formats/manifest-format.js';
import {
  MODEL_ARTIFACT_TYPE, MODEL_CONFIG_MEDIA_TYPE, MODEL_LAYER_MEDIA_TYPE, OCI_ARTIFACT_SCHEMA, OCI_IMAGE_MANIFEST_MEDIA_TYPE, ociReferenceOf, type OciArtifact,
} from '../formats/oci-artifact-format.js';
import type { DigestedFile, OciArtifactStore } from '../ports/registry-stores.js';
import { downloadBlob } from './blob-download.js';
import { uploadBlob, type UploadOptions } from './blob-upload.js';
import { getManifest, modelManifestBytes, putManifest, resolveTag } from './manifest.js';
import { ociTagOf, parseOciRepository } from './reference.js';
import { OciSession, type OciSessionOptions } from './session.js';

export interface OciArtifactsOptions extends OciSessionOptions {
  /** Upload chunk size in bytes (default 16 MiB; tests use a few KiB). */
  chunkBytes?: number;
  progress?: UploadOptions['progress'];
  now?: () => Date;
}

export function openOciArtifacts(options: OciArtifactsOptions = {}): OciArtifactStore {
  return {
    checkRepository: (repository) => parseOciRepository(repository).repository,
    tagOf: ociTagOf,
    push: (repository, tag, archive, manifest, archiveInRelease) => pushModel(options, repository, tag, archive, manifest, archiveInRelease),
    fetchArchive: (artifact, expected, destination) => fetchModelArchive(options, artifact, expected, destination),
  };
}

async function pushModel(options: OciArtifactsOptions, repository: string, tag: string, archive: DigestedFile, manifest: DigestedFile, archiveInRelease: boolean): Promise<OciArtifact> {
  const repo = parseOciRepository(repository);
  const session = new OciSession(repo, 'pull,push', options);
  const upload = { chunkBytes: options.chunkBytes, progress: options.progress };
  // The config first: it is small, and a refused push (credentials, scope) fails before the big upload.
  await uploadBlob(session, manifest, upload);
  await uploadBlob(session, archive, upload);
  const bytes = modelManifestBytes({ archive: { ...archive, name: ARCHIVE_ASSET }, config: manifest, version: tag, created: (options.now ?? (() => new Date()))().toISOString() });
  const digest = await putManifest(session, tag, bytes);
  return {
    schema: OCI_ARTIFACT_SCHEMA,
    repository: repo.repository,
    tag,
    digest,
    media_type: OCI_IMAGE_MANIFEST_MEDIA_TYPE,
    artifact_type: MODEL_ARTIFACT_TYPE,
    config: { media_type: MODEL_CONFIG_MEDIA_TYPE, digest: `sha256:${manifest.sha256}`, size: manifest.size },
    layer: { media_type: MODEL_LAYER_MEDIA_TYPE, digest: `sha256:${archive.sha256}`, size: archive.size },
    archive_in_release: archiveInRelease,
  };
}

async function fetchModelArchive(
  options: OciArtifactsOptions,
  artifact: OciArtifact,
  expected: { archive: { sha256: string; size: number }; manifestSha256: string },
  destination?: string,
): Promise<void> {
  const repo = parseOciRepository(artifact.repository);
  const session = new OciSession(repo, 'pull', options);
  const ref = ociReferenceOf(artifact);
  const stop = (what: string) => new IntegrityError(`${ref}: ${what}`, { hint: 'the artifact in the OCI registry was changed or damaged after publishing: publish the model again under a new version' });
  // The tag is what people deploy by (`oras pull …:1.2.0`): it must still name the published manifest.
  const now = await resolveTag(session, artifact.tag);
  if (now === undefined) throw stop(`the tag ${artifact.tag} is gone from ${repo.repository}`);
  if (now !== artifact.digest) throw stop(`the tag ${artifact.tag} now points to ${now}, not to the published ${artifact.digest}`);
  const { manifest } = await getManifest(session, artifact.digest);
  if (manifest.artifactType !== MODEL_ARTIFACT_TYPE) throw stop(`artifactType is ${JSON.stringify(manifest.artifactType)}, not ${MODEL_ARTIFACT_TYPE}`);
  const config = `sha256:${expected.manifestSha256}`;
  if (manifest.config.digest !== config) throw stop(`its config is ${manifest.config.digest}, but the release's manifest.json is ${config}`);
  const layer = manifest.layers[0];
  const want = `sha256:${expected.archive.sha256}`;
  if (manifest.layers.length !== 1 || !layer) throw stop(`it has ${manifest.layers.length} layers; a model has exactly one (${ARCHIVE_ASSET})`);
  if (layer.digest !== want || layer.size !== expected.archive.size) throw stop(`its layer is ${layer.digest} (${layer.size} bytes), but the manifest's ${ARCHIVE_ASSET} is ${want} (${expected.archive.size} bytes)`);
  await downloadBlob(session, want, expected.archive.size, destination);
}
