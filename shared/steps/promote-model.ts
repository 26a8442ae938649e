/**
 * promoteModel: moves an alias (`staging`, `production`, ...) of a model to a version, after
 * verifying that the version is intact: the stored manifest matches the digest recorded when it was
 * published, every asset the manifest lists is present with its SHA-256 and size, and the archive
 * extracts safely to exactly the files the manifest lists. Then one compare-and-swap update of the
 * state records the move and appends an audit entry. Rollback is promoting an earlier version.
 * Promoting an alias to the version it already points to changes nothing (no audit entry).
 */
import { join } from 'node:path';
import { closestMatch } from '../runtime/closest-match.js';
import { InputError, UsageError } from '../runtime/errors.js';
import { makeTempWorkDir } from '../runtime/temp-work-dir.js';
import { extractModelArchive } from '../registry/archive.js';
import { IntegrityError } from '../registry/errors.js';
import { lineageOf, runRefOf } from '../registry/lineage.js';
import { ARCHIVE_ASSET, MANIFEST_ASSET, type ModelManifest } from '../formats/manifest-format.js';
import type { ReleaseRef, ReleaseStore } from '../ports/registry-stores.js';
import type { RegistryPorts } from '../ports/registry-stores.js';
import { sha256File } from '../runtime/file-digest.js';
import { fetchManifest } from '../registry/release-files.js';
import { compareVersions, highestVersion, normalizeVersion } from '../registry/semver.js';
import { REGISTRY_AUDIT_SCHEMA, type Approval, type RegistryState } from '../formats/state-format.js';
import { emptyState, readState, updateState, type RetryPolicy } from '../registry/state-update.js';
import { validateAlias, validateModelName } from '../registry/tag.js';
import type { PromoteResult } from '../formats/registry-results.js';

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
  env?: Record<string, string | undefined>;
  cwd?: string;
  now?: () => Date;
  retry?: Partial<RetryPolicy>;
}

/** The version `latest` means: the highest release, or the highest prerelease when there is none. */
export function resolveLatest(versions: string[]): string | undefined {
  return highestVersion(versions, true) ?? highestVersion(versions);
}

/**
 * Downloads a version's manifest and assets and checks every digest. Throws IntegrityError naming
 * the first asset that is missing or differs. Returns the manifest and what was verified.
 */
export async function verifyRelease(
  releases: ReleaseStore,
  ref: ReleaseRef,
  recordedManifestSha: string | undefined,
): Promise<{ manifest: ModelManifest; manifestSha: string; verified: PromoteResult['verified'] }> {
  const workDir = await makeTempWorkDir('mlops-verify-');
  const work = workDir.path;
  const stop = (what: string) => new IntegrityError(`${ref.tag}: ${what}; not promoting`, { hint: 'the stored release was changed or damaged after publishing: publish the model again under a new version' });
  try {
    if (!ref.assets.some((a) => a.name === MANIFEST_ASSET)) throw stop(`${MANIFEST_ASSET} is missing`);
    const { manifest, sha256: manifestSha } = await fetchManifest(releases, ref, work).catch((e: unknown) => {
      // A stored manifest that is gone or unreadable is damage to the release, not bad user input.
      throw e instanceof IntegrityError || e instanceof InputError ? stop((e as Error).message) : e;
    });
    if (recordedManifestSha && manifestSha !== recordedManifestSha) {
      throw stop(`${MANIFEST_ASSET} has SHA-256 ${manifestSha}, but ${recordedManifestSha} was recorded when it was published`);
    }
    if (manifest.name !== ref.model || manifest.version !== ref.version) throw stop(`${MANIFEST_ASSET} describes ${manifest.name} ${manifest.version}`);
    const verified: PromoteResult['verified'] = [{ name: MANIFEST_ASSET, sha256: manifestSha, size: 0 }];
    for (const asset of manifest.assets) {
      if (!ref.assets.some((a) => a.name === asset.name)) throw stop(`asset ${asset.name} listed in the manifest is missing from the release`);
      const path = join(work, `asset-${verified.length}`);
      try {
        await releases.download(ref, asset.name, path);
      } catch (e) {
        throw e instanceof IntegrityError ? stop(`asset ${asset.name} is missing`) : e;
      }
      const got = await sha256File(path);
      if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
        throw stop(`asset ${asset.name} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
      }
      verified.push({ name: asset.name, ...got });
      if (asset.name === ARCHIVE_ASSET) {
        const files = await extractModelArchive(path, join(work, 'model'));
        const want = manifest.archive.files.map((f) => `${f.name} ${f.size} ${f.sha256}`).join('\n');
        const have = files.map((f) => `${f.path} ${f.size} ${f.sha256}`).join('\n');
        if (want !== have) throw stop(`the files in ${ARCHIVE_ASSET} differ from the manifest's list`);
      }
    }
    if (!manifest.assets.some((a) => a.name === ARCHIVE_ASSET)) throw stop(`the manifest lists no ${ARCHIVE_ASSET}`);
    verified[0]!.size = ref.assets.find((a) => a.name === MANIFEST_ASSET)?.size ?? 0;
    return { manifest, manifestSha, verified };
  } finally {
    await workDir.remove();
  }
}

/**
 * Refuses to create an alias nobody declared. An alias the model already has may move (it was
 * created on purpose once); `createAlias` is the explicit way to add one.
 */
export function checkAliasDeclared(alias: string, model: string, declared: readonly string[] | undefined, existing: readonly string[], createAlias: boolean): void {
  if (declared === undefined || createAlias || declared.includes(alias) || existing.includes(alias)) return;
  const known = [...new Set([...declared, ...existing])];
  const close = closestMatch(alias, known);
  throw new UsageError(`alias "${alias}" is not a declared alias (${declared.join(', ')}) and ${model} has no such alias yet`, {
    hint: (n) => {
      const create = n.option('create-alias').startsWith('--') ? `pass ${n.option('create-alias')}` : `set ${n.setting('create-alias', 'true')}`;
      return `${close ? `did you mean "${close}"? ` : ''}to create it, add it to promote.aliases in mlops.yaml or ${create}`;
    },
  });
}

export async function promoteModel(options: PromoteOptions, ports: RegistryPorts): Promise<PromoteResult> {
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
  const { manifest, manifestSha, verified } = await verifyRelease(ports.releases, ref, recorded?.manifest_sha256);

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
        audit: [{ schema: REGISTRY_AUDIT_SCHEMA, at, model, action: 'promote', alias, from, to: version, actor: lineage.actor, approval, run: runRefOf(lineage), manifest_sha256: manifestSha }],
      };
    },
    `promote ${model} ${alias} -> ${version}`,
    options.retry,
  );
  return { status: changed ? 'promoted' : 'unchanged', model, alias, from: result.from, to: version, tag: ref.tag, url: ref.url, manifest_sha256: manifestSha, verified, attempts };
}
