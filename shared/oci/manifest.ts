/**
 * The OCI image manifest of a model (image-spec v1.1, "Guidelines for artifact usage"): written
 * at push, read back by promote and pull.
 *
 *   { schemaVersion: 2, mediaType: application/vnd.oci.image.manifest.v1+json,
 *     artifactType: application/vnd.mlops-actions.model.v1,
 *     config: manifest.json (application/vnd.mlops-actions.model.manifest.v1+json),
 *     layers: [ model.tar.gz (application/vnd.oci.image.layer.v1.tar+gzip, title annotation) ],
 *     annotations: { org.opencontainers.image.title/version/created } }
 *
 * A manifest is fetched by tag to see where the tag points now, and by digest to get exactly the
 * bytes the release recorded (their SHA-256 is checked, since a digest is a promise about bytes).
 */
import { createHash } from 'node:crypto';
import { IntegrityError } from '../registry/errors.js';
import { MODEL_ARTIFACT_TYPE, MODEL_CONFIG_MEDIA_TYPE, MODEL_LAYER_MEDIA_TYPE, OCI_IMAGE_MANIFEST_MEDIA_TYPE } from '../formats/oci-artifact-format.js';
import { OciError } from './oci-error.js';
import type { OciSession } from './session.js';

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

export interface ImageManifest {
  schemaVersion: 2;
  mediaType: string;
  artifactType?: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

/** The model's OCI manifest as bytes (their SHA-256 is the manifest's digest). */
export function modelManifestBytes(p: { archive: { sha256: string; size: number; name: string }; config: { sha256: string; size: number }; version: string; created: string }): Buffer {
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: OCI_IMAGE_MANIFEST_MEDIA_TYPE,
    artifactType: MODEL_ARTIFACT_TYPE,
    config: { mediaType: MODEL_CONFIG_MEDIA_TYPE, digest: `sha256:${p.config.sha256}`, size: p.config.size },
    layers: [{ mediaType: MODEL_LAYER_MEDIA_TYPE, digest: `sha256:${p.archive.sha256}`, size: p.archive.size, annotations: { 'org.opencontainers.image.title': p.archive.name } }],
    annotations: { 'org.opencontainers.image.version': p.version, 'org.opencontainers.image.created': p.created },
  };
  return Buffer.from(JSON.stringify(manifest));
}

export const sha256Digest = (bytes: Uint8Array): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** PUTs the manifest under `tag`; returns its digest (checked against the registry's answer). */
export async function putManifest(session: OciSession, tag: string, bytes: Buffer): Promise<string> {
  const digest = sha256Digest(bytes);
  const res = await session.send('PUT', session.url(`/manifests/${tag}`), { expect: [201], body: bytes, headers: { 'content-type': OCI_IMAGE_MANIFEST_MEDIA_TYPE } });
  const stored = res.headers.get('docker-content-digest');
  if (stored && stored !== digest) throw new IntegrityError(`the registry stored the OCI manifest as ${stored}, not ${digest}`, { hint: 'the registry rewrote the manifest; push to another registry' });
  return digest;
}

/** The digest `reference` (a tag) resolves to now; undefined when the tag does not exist. */
export async function resolveTag(session: OciSession, tag: string): Promise<string | undefined> {
  const url = session.url(`/manifests/${tag}`);
  const res = await session.send('HEAD', url, { expect: [200, 404], headers: { accept: OCI_IMAGE_MANIFEST_MEDIA_TYPE } });
  if (res.status === 404) return undefined;
  const digest = res.headers.get('docker-content-digest');
  if (digest) return digest;
  return (await getManifest(session, tag)).digest;
}

/** The manifest at a tag or digest, parsed; by digest, its bytes must hash to it. */
export async function getManifest(session: OciSession, reference: string): Promise<{ digest: string; manifest: ImageManifest }> {
  const url = session.url(`/manifests/${reference}`);
  const res = await session.send('GET', url, { expect: [200], headers: { accept: OCI_IMAGE_MANIFEST_MEDIA_TYPE } });
  const bytes = Buffer.from(await res.arrayBuffer());
  const digest = sha256Digest(bytes);
  if (reference.startsWith('sha256:') && digest !== reference) {
    throw new IntegrityError(`the registry served other bytes (${digest}) for the OCI manifest ${reference}`, { hint: 'the OCI registry was changed or damaged after publishing: publish the model again under a new version' });
  }
  let manifest: ImageManifest;
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as ImageManifest;
  } catch (e) {
    throw new OciError({ method: 'GET', url, status: res.status, detail: 'the manifest is not JSON', cause: e });
  }
  if (!manifest || typeof manifest !== 'object' || !manifest.config || !Array.isArray(manifest.layers)) {
    throw new IntegrityError(`${reference} is not an OCI image manifest`, { hint: 'the tag was overwritten by something that is not an mlops model' });
  }
  return { digest, manifest };
}
