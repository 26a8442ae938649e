/**
 * How a model version lives in an OCI registry (`publish --oci`), and the release asset that
 * points at it (`oci-artifact.json`, `mlops-actions/oci-artifact@1`).
 *
 * The artifact is an OCI image manifest (image-spec v1.1, "artifacts" guidance) whose
 * `artifactType` says it is an mlops model, whose config blob is the release's `manifest.json`
 * byte for byte (so the config digest is the `manifest_sha256` the registry state records), and
 * whose only layer is `model.tar.gz` (so the layer digest is the archive's SHA-256 the manifest
 * records). It is tagged with the version.
 *
 * The OCI manifest's own digest cannot be written into `manifest.json` (the manifest is inside it
 * as the config), so the release stores it in this separate pointer. The pointer needs no digest
 * of its own: promote and pull fetch the OCI manifest by the pointer's digest and check that its
 * config and layer are exactly the recorded manifest and archive, so a wrong pointer is refused
 * like a tampered blob. Documented in docs/registry.md ("OCI registries").
 */
import { z } from 'zod';
import { lazySchema, once } from '../runtime/lazy-schema.js';

export const OCI_ARTIFACT_SCHEMA = 'mlops-actions/oci-artifact@1';
/** The release asset holding the pointer. */
export const OCI_ARTIFACT_ASSET = 'oci-artifact.json';

export const OCI_IMAGE_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
/** The `artifactType` of a model pushed by publish. */
export const MODEL_ARTIFACT_TYPE = 'application/vnd.mlops-actions.model.v1';
/** The config blob: the release's manifest.json (mlops-actions/model@1). */
export const MODEL_CONFIG_MEDIA_TYPE = 'application/vnd.mlops-actions.model.manifest.v1+json';
/** The layer: model.tar.gz is a plain gzipped tar, so the standard layer type describes it. */
export const MODEL_LAYER_MEDIA_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';

const schemas = once(() => {
  const digest = z.string().regex(/^sha256:[0-9a-f]{64}$/);
  const descriptor = z.object({ media_type: z.string(), digest, size: z.number().int().nonnegative() });
  const ociArtifactSchema = z.object({
    schema: z.literal(OCI_ARTIFACT_SCHEMA),
    /** host[:port]/path, as given to publish (e.g. ghcr.io/owner/models/weather). */
    repository: z.string(),
    /** The version as an OCI tag (`+` of build metadata becomes `_`, which tags cannot hold). */
    tag: z.string(),
    /** The OCI manifest's digest: what promote and pull fetch. */
    digest,
    media_type: z.string(),
    artifact_type: z.string(),
    config: descriptor,
    layer: descriptor,
    /** Whether the release also holds model.tar.gz (false: the archive is only in the registry). */
    archive_in_release: z.boolean(),
  });
  return { ociArtifactSchema };
});

export const ociArtifactSchema = lazySchema(() => schemas().ociArtifactSchema);
export type OciArtifact = z.infer<typeof ociArtifactSchema>;

/** `repository:tag@digest`, the reference a person can pull with skopeo, oras or crane. */
export function ociReferenceOf(a: Pick<OciArtifact, 'repository' | 'tag' | 'digest'>): string {
  return `${a.repository}:${a.tag}@${a.digest}`;
}
