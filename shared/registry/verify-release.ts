/**
 * Before an alias moves, the release it will point to is checked against what was published: the
 * manifest's SHA-256 (when one was recorded), every asset's digest and size, and the archive's
 * file list. A mismatch is an IntegrityError: the stored release was changed or damaged.
 */
import { join } from 'node:path';
import { closestMatch } from '../runtime/closest-match.js';
import { InputError, UsageError } from '../runtime/errors.js';
import { makeTempWorkDir } from '../runtime/temp-work-dir.js';
import { IntegrityError } from './errors.js';
import { ARCHIVE_ASSET, MANIFEST_ASSET, type ModelManifest } from '../formats/manifest-format.js';
import { ociReferenceOf } from '../formats/oci-artifact-format.js';
import type { OciArtifactStore, ReleaseRef, ReleaseStore } from '../ports/registry-stores.js';
import { extractChecked, fetchFromOci, readOciPointer, requireOci } from './release-archive.js';
import { sha256File } from '../runtime/file-digest.js';
import { fetchManifest } from './release-files.js';
import { highestVersion } from './semver.js';
import type { PromoteResult } from '../formats/registry-results.js';

/** The version `latest` means: the highest release, or the highest prerelease when there is none. */
export function resolveLatest(versions: string[]): string | undefined {
  return highestVersion(versions, true) ?? highestVersion(versions);
}

/**
 * Downloads a version's manifest and assets and checks every digest. Throws IntegrityError naming
 * the first asset that is missing or differs. Returns the manifest and what was verified.
 *
 * A version published with `--oci` is also checked in the OCI registry by digest (through `oci`):
 * the tag still names the published OCI manifest, whose config is this manifest.json and whose
 * layer's bytes hash to the archive's SHA-256. When the archive is only there (over 2 GiB) it is
 * downloaded from there and its files checked like a release asset's.
 */
export async function verifyRelease(
  releases: ReleaseStore,
  ref: ReleaseRef,
  recordedManifestSha: string | undefined,
  oci?: OciArtifactStore,
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
      if (asset.name === ARCHIVE_ASSET) await extractChecked(path, manifest, join(work, 'model'), stop);
    }
    const inRelease = manifest.assets.some((a) => a.name === ARCHIVE_ASSET);
    if (manifest.archive.oci) {
      const artifact = await readOciPointer(releases, ref, manifest, manifestSha, work, stop);
      // Already verified from the release: the OCI copy only has to hash the same (no second extraction).
      const path = inRelease ? undefined : join(work, 'oci-archive');
      await fetchFromOci(requireOci(oci, ref, manifest), artifact, manifest, manifestSha, path, stop);
      if (path) await extractChecked(path, manifest, join(work, 'model'), stop);
      verified.push({ name: ociReferenceOf(artifact), sha256: manifest.archive.sha256, size: manifest.archive.size });
    } else if (!inRelease) throw stop(`the manifest lists no ${ARCHIVE_ASSET}`);
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
