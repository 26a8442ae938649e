/**
 * `mlops-actions/model@1`: what a published model version is. Written by publish as the asset
 * `manifest.json` next to the archive; read by promote (to verify every asset before an alias
 * moves) and by drift-check (the training data profile is its reference). Documented in
 * docs/registry.md ("The manifest").
 *
 * `content_digest` is what immutability compares: a SHA-256 over the archive's files (paths, sizes,
 * digests), the evaluation, the profile and the params, but not lineage, times or the model card,
 * so re-running the same publish in another workflow run is recognized as the same release.
 */
import { z } from 'zod';
import { lazySchema, once } from '../runtime/lazy-schema.js';
import { metricValueSchema, omittedMetricSchema } from './evaluation-format.js';

export const MODEL_MANIFEST_SCHEMA = 'mlops-actions/model@1';
export const MANIFEST_ASSET = 'manifest.json';
export const ARCHIVE_ASSET = 'model.tar.gz';
export const MODEL_CARD_ASSET = 'model-card.md';
export const EVALUATION_ASSET = 'evaluation.json';
/** The evaluation's per-example file, when it has one: compare's paired tests against this version. */
export const EVALUATION_EXAMPLES_ASSET = 'evaluation.examples.jsonl.gz';
export const PROFILE_ASSET = 'profile.json';
export const RUN_ASSET = 'run.json';
export const COMPARISON_ASSET = 'comparison.json';
/**
 * The release's build provenance, when publish attested it (GitHub, attest: true): the Sigstore
 * bundle @actions/attest returned, uploaded after the release was created. Not among the manifest's
 * `assets`: the bundle signs manifest.json's digest, so the manifest cannot list the bundle's. Its
 * own signature is its integrity check (promote verifies it; docs/registry.md, "Provenance").
 */
export const PROVENANCE_ASSET = 'provenance.sigstore.json';

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = once(() => {
  const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

  const fileEntrySchema = z.object({
    /** For archive files: the path inside the archive; for assets: the asset name. */
    name: z.string(),
    size: z.number().int().nonnegative(),
    sha256,
  });

  const lineageSchema = z.object({
    /** Where these values came from: the GitHub Actions environment, local git, or nothing known. */
    source: z.enum(['github', 'git', 'none']),
    /** owner/name on GitHub; locally the `origin` remote URL (credentials removed), or null. */
    repository: z.string().nullable(),
    commit: z.string().nullable(),
    ref: z.string().nullable(),
    workflow: z.string().nullable(),
    run_id: z.string().nullable(),
    run_attempt: z.number().int().positive().nullable(),
    /** Link to the workflow run, when on GitHub. */
    run_url: z.string().nullable(),
    actor: z.string().nullable(),
    /** The event that started the run (`push`, `workflow_dispatch`, ...), or `local`. */
    trigger: z.string().nullable(),
  });

  const modelManifestSchema = z.object({
    schema: z.literal(MODEL_MANIFEST_SCHEMA),
    name: z.string(),
    version: z.string(),
    /** model/<name>/v<version> (shared/registry/tag.ts). */
    tag: z.string(),
    content_digest: sha256,
    created_at: z.string(),
    /** The model archive and every file in it, sorted by path. */
    archive: z.object({
      name: z.string(),
      size: z.number().int().nonnegative(),
      sha256,
      files: z.array(fileEntrySchema),
      /**
       * Set when publish also pushed the archive to an OCI registry (`--oci`): where. Absent in
       * manifests published without it, so older manifests read unchanged. When the archive is not
       * among `assets`, the registry is its only copy (over 2 GiB); the OCI manifest's digest is in
       * the release's oci-artifact.json (shared/formats/oci-artifact-format.ts), not here.
       */
      oci: z.object({ repository: z.string(), tag: z.string() }).optional(),
    }),
    /** Every stored asset of the version except manifest.json itself (which cannot hold its own digest). */
    assets: z.array(fileEntrySchema),
    lineage: lineageSchema,
    /** From the train run record (mlops-actions/run@1), when one was given. */
    training: z
      .object({ asset: z.string(), sha256, params: z.record(z.string(), z.unknown()), seed: z.number().int(), cache_key: z.string().nullable(), commit: z.string().nullable() })
      .nullable(),
    evaluation: z.object({
      asset: z.string(),
      sha256,
      task: z.enum(['binary', 'multiclass', 'regression']).nullable(),
      rows: z.number().int().nonnegative().nullable(),
      dataset_sha256: sha256.nullable(),
      metrics: z.record(z.string(), metricValueSchema),
      omitted: z.array(omittedMetricSchema),
    }),
    /** The compare step's verdict on this model, when a comparison was given. */
    comparison: z
      .object({ asset: z.string(), sha256, verdict: z.enum(['pass', 'fail', 'report-only']), failures: z.array(z.string()), baseline_dataset_sha256: z.string().nullable() })
      .nullable(),
    /** The training data's profile (mlops-actions/profile@1): drift-check's reference. */
    data: z
      .object({ profile: z.string(), sha256, rows: z.number().int().nonnegative(), columns: z.array(z.string()), sources: z.array(z.string()) })
      .nullable(),
  });
  return { fileEntrySchema, lineageSchema, modelManifestSchema };
});

export const fileEntrySchema = lazySchema(() => schemas().fileEntrySchema);
export const lineageSchema = lazySchema(() => schemas().lineageSchema);
export const modelManifestSchema = lazySchema(() => schemas().modelManifestSchema);


export type FileEntry = z.infer<typeof fileEntrySchema>;
export type Lineage = z.infer<typeof lineageSchema>;
export type ModelManifest = z.infer<typeof modelManifestSchema>;
