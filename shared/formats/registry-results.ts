/**
 * What publish-model and promote-model report: the action's outputs and job summary, and what
 * `mlops publish|promote --format json` prints. Plain JSON, so renderers and scripts read it alike.
 */
import type { ModelManifest } from './manifest-format.js';
import type { OciArtifact } from './oci-artifact-format.js';
import type { ProvenanceCheck } from './state-format.js';

export interface PublishResult {
  status: 'published' | 'unchanged';
  model: string;
  version: string;
  tag: string;
  url: string;
  /** Why this version: "explicit", "first version", "--bump minor from 1.2.0", "same content as 1.2.0". */
  reason: string;
  content_digest: string;
  manifest: ModelManifest;
  manifest_sha256: string;
  /** The files written to `outDir` (absolute paths), manifest first; empty without `outDir`. */
  files: string[];
  /** On GitHub: the workflow artifact holding those files. */
  artifact_id?: number;
  /** On GitHub: the build-provenance attestation of the manifest and every asset. */
  attestation_url?: string;
  /** With `--oci`: the OCI artifact the version was pushed as (the release's oci-artifact.json). */
  oci?: OciArtifact;
}

export interface PromoteResult {
  status: 'promoted' | 'unchanged';
  model: string;
  alias: string;
  from: string | null;
  to: string;
  tag: string;
  url: string;
  manifest_sha256: string;
  /** The assets checked, with their digests. */
  verified: Array<{ name: string; sha256: string; size: number }>;
  /** The release's build provenance as verified (docs/registry.md, "Provenance"); null when it has none. */
  provenance?: ProvenanceCheck | null;
  attempts: number;
  /** On GitHub: the environment the promotion was for, who approved it, and the deployment recorded. */
  environment?: string;
  approval?: { reviewer: string; comment: string | null };
  deployment?: { id: number; url: string };
}
