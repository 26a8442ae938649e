/**
 * promoteModel: moves an alias (`staging`, `production`, ...) of a model to a version, after
 * verifying that the version is intact: the stored manifest matches the digest recorded when it was
 * published, every asset the manifest lists is present with its SHA-256 and size, and the archive
 * extracts safely to exactly the files the manifest lists. Then one compare-and-swap update of the
 * state records the move and appends an audit entry. Rollback is promoting an earlier version.
 * Promoting an alias to the version it already points to changes nothing (no audit entry).
 */
import { InputError } from '../runtime/errors.js';
import { lineageOf, runRefOf } from '../registry/lineage.js';
import { compareVersions, normalizeVersion } from '../registry/semver.js';
import { REGISTRY_AUDIT_SCHEMA, type Approval, type RegistryState } from '../formats/state-format.js';
import { emptyState, readState, updateState, type RetryPolicy } from '../registry/state-update.js';
import { validateAlias, validateModelName } from '../registry/tag.js';
import type { PromoteResult } from '../formats/registry-results.js';
import { checkAliasDeclared, resolveLatest, verifyRelease } from '../registry/verify-release.js';
import { verifyReleaseProvenance, type ProvenanceVerifier } from '../registry/provenance/release-provenance.js';
import type { PromotePorts } from '../ports/registry-stores.js';

export interface PromoteOptions {
  model: string;
  /** A version, or `latest` (the highest release; the highest prerelease when there is no release). */
  version: string;
  alias: string;
  approval?: Partial<Approval>;
  /**
   * The aliases mlops.yaml declares (promote.aliases, or its defaults). When given, an alias the
   * model does not have yet and the list does not name is refused, unless `createAlias`: a typo
   * (`prodution`) must not quietly become a new alias that nothing deploys from.
   */
  declaredAliases?: readonly string[];
  createAlias?: boolean;
  /** The environment the promotion is for (GitHub: the job's Environment); default the approval's, else the alias. */
  environment?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  now?: () => Date;
  retry?: Partial<RetryPolicy>;
  /** Checks a release's build provenance bundle; default Sigstore's verifier with the bundled trusted root (tests inject one). */
  verifyProvenance?: ProvenanceVerifier;
}

export async function promoteModel(options: PromoteOptions, ports: PromotePorts): Promise<PromoteResult> {
  // Everything that needs no answer from the registry is checked first: a typo costs no API call.
  validateModelName(options.model);
  const alias = validateAlias(options.alias);
  if (options.version !== 'latest') normalizeVersion(options.version, { option: 'version' });
  const environment = options.environment || options.approval?.environment || alias;
  const approval = ports.approval ? await ports.approval(environment) : options.approval;
  const result = await moveAlias({ ...options, approval }, ports);
  if (!ports.approval && !ports.recordDeployment) return result;
  const deployment = ports.recordDeployment ? await ports.recordDeployment(result, environment) : undefined;
  return { ...result, environment, ...(approval?.reviewer ? { approval: { reviewer: approval.reviewer, comment: approval.comment ?? null } } : {}), ...(deployment ? { deployment } : {}) };
}

async function moveAlias(options: PromoteOptions, ports: PromotePorts): Promise<PromoteResult> {
  const model = validateModelName(options.model);
  const alias = validateAlias(options.alias);
  const now = options.now ?? (() => new Date());
  const stored = await readState(ports.state, model);
  checkAliasDeclared(alias, model, options.declaredAliases, Object.keys(stored?.state.aliases ?? {}), options.createAlias === true);
  const published = (await ports.releases.list(model)).map((r) => r.version);
  if (published.length === 0) throw new InputError(`model "${model}" has no published versions`, { hint: 'publish it first (mlops publish)' });
  const version = options.version === 'latest' ? resolveLatest(published)! : normalizeVersion(options.version, '--version');
  const ref = await ports.releases.find(model, version);
  if (!ref) {
    const list = [...published].sort(compareVersions).slice(-10).join(', ');
    throw new InputError(`model "${model}" has no version ${version}`, { hint: `published: ${list}` });
  }
  const recorded = stored?.state.versions.find((v) => v.version === version);
  const { manifest, manifestSha, verified } = await verifyRelease(ports.releases, ref, recorded?.manifest_sha256, ports.oci);
  // A release published with attest: true carries its Sigstore bundle: it must vouch for this archive.
  const provenance = await verifyReleaseProvenance(ports.releases, ref, manifest, manifestSha, options.verifyProvenance);

  const lineage = await lineageOf(options.env ?? process.env, options.cwd);
  const approval: Approval | null = options.approval && Object.values(options.approval).some((v) => v)
    ? { reviewer: options.approval.reviewer ?? null, comment: options.approval.comment ?? null, environment: options.approval.environment ?? null }
    : null;

  const { result, changed, attempts } = await updateState<{ from: string | null }>(
    ports.state,
    model,
    (current) => {
      const state: RegistryState = current ?? emptyState(model);
      const from = state.aliases[alias]?.version ?? null;
      if (from === version) return { unchanged: { from } };
      const at = now().toISOString();
      if (!state.versions.some((v) => v.version === version)) {
        // Published by a run that died before recording it: the verified manifest tells us what it is.
        state.versions.push({ version, tag: ref.tag, url: ref.url, manifest_sha256: manifestSha, content_digest: manifest.content_digest, published_at: manifest.created_at, published_by: manifest.lineage.actor });
        state.versions.sort((a, b) => compareVersions(a.version, b.version));
      }
      state.aliases[alias] = { version, updated_at: at, updated_by: lineage.actor };
      state.history.push({ at, alias, from, to: version, actor: lineage.actor });
      return {
        state,
        result: { from },
        audit: [{ schema: REGISTRY_AUDIT_SCHEMA, at, model, action: 'promote', alias, from, to: version, actor: lineage.actor, approval, run: runRefOf(lineage), manifest_sha256: manifestSha, provenance }],
      };
    },
    `promote ${model} ${alias} -> ${version}`,
    options.retry,
  );
  return { status: changed ? 'promoted' : 'unchanged', model, alias, from: result.from, to: version, tag: ref.tag, url: ref.url, manifest_sha256: manifestSha, verified, provenance, attempts };
}
