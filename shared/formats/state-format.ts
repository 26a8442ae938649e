/**
 * Registry state, written through the StateStore (shared/ports/registry-stores.ts) with compare-and-swap.
 *
 * `mlops-actions/registry-state@1`: one document per model: its published versions, where each
 * alias points, and the alias history (every move, oldest first).
 * `mlops-actions/registry-audit@1`: one JSON line per change in the model's append-only audit log:
 * who, when, what (publish or promote), from which version to which, the approval and the run.
 * Documented in docs/registry.md ("State and audit log").
 */
import { z } from 'zod';
import { lazySchema, once } from '../runtime/lazy-schema.js';

export const REGISTRY_STATE_SCHEMA = 'mlops-actions/registry-state@1';
export const REGISTRY_AUDIT_SCHEMA = 'mlops-actions/registry-audit@1';

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = once(() => {
  const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

  const runRefSchema = z.object({
    repository: z.string().nullable(),
    run_id: z.string().nullable(),
    run_attempt: z.number().int().positive().nullable(),
    workflow: z.string().nullable(),
    url: z.string().nullable(),
  });

  const approvalSchema = z.object({
    reviewer: z.string().nullable(),
    comment: z.string().nullable(),
    /** The GitHub Environment whose protection rules approved the job, when there was one. */
    environment: z.string().nullable(),
  });

  const versionEntrySchema = z.object({
    version: z.string(),
    tag: z.string(),
    url: z.string(),
    /** Digest of manifest.json as published: promote checks the stored manifest against it. */
    manifest_sha256: sha256,
    content_digest: sha256,
    published_at: z.string(),
    published_by: z.string().nullable(),
  });

  const aliasEntrySchema = z.object({
    version: z.string(),
    updated_at: z.string(),
    updated_by: z.string().nullable(),
  });

  const aliasMoveSchema = z.object({
    at: z.string(),
    alias: z.string(),
    /** The version the alias pointed to before; null when it was created. */
    from: z.string().nullable(),
    to: z.string(),
    actor: z.string().nullable(),
  });

  /** What promote checked in a release's build provenance (shared/registry/provenance/). */
  const provenanceCheckSchema = z.object({
    verified: z.literal(true),
    /** The signing certificate's OIDC issuer (GitHub Actions: https://token.actions.githubusercontent.com). */
    issuer: z.string().nullable(),
    /** The certificate's subject alternative name: for GitHub Actions, the workflow file's URI and ref. */
    identity: z.string().nullable(),
    /** The archive's SHA-256 as the signed in-toto statement names it. */
    subject_digest: sha256,
    /** The repository the signing workflow ran in (Fulcio's Source Repository URI), when the certificate says. */
    source_repository: z.string().nullable(),
    predicate_type: z.string().nullable(),
    /** The signature's Rekor log index. */
    log_index: z.string().nullable(),
  });

  const registryStateSchema = z.object({
    schema: z.literal(REGISTRY_STATE_SCHEMA),
    model: z.string(),
    /** Sorted by semver precedence, lowest first. */
    versions: z.array(versionEntrySchema),
    aliases: z.record(z.string(), aliasEntrySchema),
    history: z.array(aliasMoveSchema),
  });

  const auditEntrySchema = z.object({
    schema: z.literal(REGISTRY_AUDIT_SCHEMA),
    at: z.string(),
    model: z.string(),
    action: z.enum(['publish', 'promote']),
    /** promote: the alias moved; null for publish. */
    alias: z.string().nullable(),
    /** promote: the alias's previous version (null when new); publish: null. */
    from: z.string().nullable(),
    /** promote: the version the alias now points to; publish: the version published. */
    to: z.string(),
    actor: z.string().nullable(),
    approval: approvalSchema.nullable(),
    run: runRefSchema.nullable(),
    /** Verified or published manifest digest, so the entry names exactly what moved. */
    manifest_sha256: sha256.nullable(),
    /**
     * promote: the release's build provenance (the Sigstore bundle `provenance.sigstore.json`) as
     * verified before the alias moved, or null when the release has none. Absent in entries
     * written before it existed and in publish entries, so older logs read unchanged.
     */
    provenance: provenanceCheckSchema.nullable().optional(),
  });
  return { runRefSchema, approvalSchema, provenanceCheckSchema, versionEntrySchema, aliasEntrySchema, aliasMoveSchema, registryStateSchema, auditEntrySchema };
});

export const runRefSchema = lazySchema(() => schemas().runRefSchema);
export const approvalSchema = lazySchema(() => schemas().approvalSchema);
export const provenanceCheckSchema = lazySchema(() => schemas().provenanceCheckSchema);
export const versionEntrySchema = lazySchema(() => schemas().versionEntrySchema);
export const aliasEntrySchema = lazySchema(() => schemas().aliasEntrySchema);
export const aliasMoveSchema = lazySchema(() => schemas().aliasMoveSchema);
export const registryStateSchema = lazySchema(() => schemas().registryStateSchema);
export const auditEntrySchema = lazySchema(() => schemas().auditEntrySchema);


export type RunRef = z.infer<typeof runRefSchema>;
export type Approval = z.infer<typeof approvalSchema>;
export type ProvenanceCheck = z.infer<typeof provenanceCheckSchema>;
export type VersionEntry = z.infer<typeof versionEntrySchema>;
export type AliasEntry = z.infer<typeof aliasEntrySchema>;
export type AliasMove = z.infer<typeof aliasMoveSchema>;
export type RegistryState = z.infer<typeof registryStateSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export function emptyState(model: string): RegistryState {
  return { schema: REGISTRY_STATE_SCHEMA, model, versions: [], aliases: {}, history: [] };
}
