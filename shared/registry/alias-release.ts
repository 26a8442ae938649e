/**
 * The release an alias (`production`, `staging`) points to, opened for reading one or two of its
 * assets without downloading the rest: compare's `baseline: production` reads the evaluation,
 * drift-check the training data's profile. Each asset is trusted only after the chain of checks
 * promote makes: the stored manifest against the SHA-256 recorded in the registry state at publish
 * time, then the asset against the manifest's SHA-256 and size. Model archives, which can be
 * large, are never fetched here.
 */
import { IntegrityError } from './errors.js';
import { MANIFEST_ASSET, type FileEntry, type ModelManifest } from '../formats/manifest-format.js';
import type { ReleaseRef } from '../ports/registry-stores.js';
import type { RegistryPorts } from '../ports/registry-stores.js';
import { sha256File } from '../runtime/file-digest.js';
import { fetchManifest } from './release-files.js';
import { readState } from './state-update.js';
import { tagOf, validateAlias, validateModelName } from './tag.js';
import { InputError } from '../runtime/errors.js';

export interface AliasRelease {
  model: string;
  alias: string;
  version: string;
  ref: ReleaseRef;
  manifest: ModelManifest;
  manifestSha: string;
  /** Downloads an asset the manifest lists to `destination`, checked against its SHA-256 and size. */
  download(asset: FileEntry, destination: string): Promise<void>;
  /** An IntegrityError naming this release, for the caller's own checks. */
  stop(what: string): IntegrityError;
}

/**
 * Opens the release `alias` points to, its manifest verified (downloaded into `workDir`).
 * Undefined when the model has no state or the alias was never set. Messages start with
 * `words.use` ("production baseline") and end with `words.refusal` ("not comparing").
 */
export async function openAliasRelease(
  ports: RegistryPorts, modelName: string, aliasName: string, workDir: string, words: { use: string; refusal: string },
): Promise<AliasRelease | undefined> {
  const model = validateModelName(modelName);
  const alias = validateAlias(aliasName);
  const state = (await readState(ports.state, model))?.state;
  const version = state?.aliases[alias]?.version;
  if (!state || version === undefined) return undefined;
  const recorded = state.versions.find((v) => v.version === version);
  const where = `${model}@${alias} (${recorded?.tag ?? tagOf(model, version)})`;
  const stop = (what: string) =>
    new IntegrityError(`${words.use} ${where}: ${what}; ${words.refusal}`, {
      hint: 'the stored release was changed or damaged after publishing: publish the model again under a new version and promote it',
    });
  const ref = await ports.releases.find(model, version);
  if (!ref) throw stop(`the alias points to ${version}, but the registry holds no release of it`);
  if (!ref.assets.some((a) => a.name === MANIFEST_ASSET)) throw stop(`${MANIFEST_ASSET} is missing`);
  // The manifest's digest was recorded in the state at publish time: it anchors every other check.
  const { manifest, sha256: manifestSha } = await fetchManifest(ports.releases, ref, workDir).catch((e: unknown) => {
    throw e instanceof IntegrityError || e instanceof InputError ? stop((e as Error).message) : e;
  });
  if (recorded && manifestSha !== recorded.manifest_sha256) {
    throw stop(`${MANIFEST_ASSET} has SHA-256 ${manifestSha}, but ${recorded.manifest_sha256} was recorded when it was published`);
  }
  if (manifest.name !== model || manifest.version !== version) throw stop(`${MANIFEST_ASSET} describes ${manifest.name} ${manifest.version}`);

  const download = async (asset: FileEntry, destination: string): Promise<void> => {
    if (!ref.assets.some((a) => a.name === asset.name)) throw stop(`asset ${asset.name} listed in the manifest is missing from the release`);
    try {
      await ports.releases.download(ref, asset.name, destination);
    } catch (e) {
      throw e instanceof IntegrityError ? stop(e.message) : e;
    }
    const got = await sha256File(destination);
    if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
      throw stop(`${asset.name} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
    }
  };
  return { model, alias, version, ref, manifest, manifestSha, download, stop };
}
