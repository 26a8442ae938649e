/**
 * compare's `baseline: production`: the evaluation report of the version a model registry alias
 * (default `production`) points to, so a PR is measured against what is serving, not against
 * whatever last ran on the base branch. Works on either registry (local folder or GitHub releases +
 * state branch): only the RegistryPorts are used.
 *
 * Trust: the report is used only after the same chain of checks promote makes before it moves an
 * alias: the stored manifest against the SHA-256 recorded in the registry state when the version
 * was published, then the report against the manifest's asset list (SHA-256 and size). The model
 * archive is not downloaded: compare needs only the report, and archives can be large.
 *
 * A model with no registry state, or whose alias was never set, is not an error: the comparison
 * runs as a first run and says why (like a base branch without runs).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readEvaluationReport } from './compare-files.js';
import { IntegrityError } from '../registry/errors.js';
import { EVALUATION_EXAMPLES_ASSET, MANIFEST_ASSET, type FileEntry } from '../registry/manifest-format.js';
import { fetchManifest, sha256File, type RegistryPorts } from '../registry/publish.js';
import { readState } from '../registry/state-update.js';
import { tagOf, validateAlias, validateModelName } from '../registry/tag.js';
import { InputError } from '../runtime/errors.js';
import type { ResolvedBaseline } from './baseline.js';

export const DEFAULT_BASELINE_ALIAS = 'production';

/** The name the baseline report gets in its folder (the release's asset name). */
const REPORT_FILE = 'evaluation.json';

export interface ProductionBaselineSpec {
  kind: 'production';
  registry: RegistryPorts;
  model: string;
  /** The registry alias whose version is the baseline; default `production`. */
  alias?: string;
}

export async function resolveProductionBaseline(
  spec: ProductionBaselineSpec,
  env: { workDir: string; log?: (message: string) => void },
): Promise<ResolvedBaseline> {
  const model = validateModelName(spec.model);
  const alias = validateAlias(spec.alias ?? DEFAULT_BASELINE_ALIAS);
  const state = (await readState(spec.registry.state, model))?.state;
  const version = state?.aliases[alias]?.version;
  if (!state || version === undefined) {
    const reason = `no ${alias} version of ${model} yet`;
    env.log?.(`baseline: ${reason}; comparing as a first run`);
    return { info: { kind: 'none', reason: `${reason}; compared as a first run` } };
  }
  const recorded = state.versions.find((v) => v.version === version);
  const where = `${model}@${alias} (${recorded?.tag ?? tagOf(model, version)})`;
  const stop = (what: string) =>
    new IntegrityError(`production baseline ${where}: ${what}; not comparing`, {
      hint: 'the stored release was changed or damaged after publishing: publish the model again under a new version and promote it, or compare with another baseline',
    });
  const ref = await spec.registry.releases.find(model, version);
  if (!ref) throw stop(`the alias points to ${version}, but the registry holds no release of it`);

  /** Downloads an asset the manifest lists and checks it against the manifest's SHA-256 and size. */
  const downloadChecked = async (asset: FileEntry, destination: string): Promise<void> => {
    if (!ref.assets.some((a) => a.name === asset.name)) throw stop(`asset ${asset.name} listed in the manifest is missing from the release`);
    try {
      await spec.registry.releases.download(ref, asset.name, destination);
    } catch (e) {
      throw e instanceof IntegrityError ? stop(e.message) : e;
    }
    const got = await sha256File(destination);
    if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
      throw stop(`${asset.name} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
    }
  };

  await mkdir(env.workDir, { recursive: true });
  const dir = await mkdtemp(join(env.workDir, `production-${version}-`));
  try {
    // The manifest's digest was recorded in the state at publish time: it anchors every other check.
    if (!ref.assets.some((a) => a.name === MANIFEST_ASSET)) throw stop(`${MANIFEST_ASSET} is missing`);
    const { manifest, sha256: manifestSha } = await fetchManifest(spec.registry.releases, ref, dir).catch((e: unknown) => {
      throw e instanceof IntegrityError || e instanceof InputError ? stop((e as Error).message) : e;
    });
    if (recorded && manifestSha !== recorded.manifest_sha256) {
      throw stop(`${MANIFEST_ASSET} has SHA-256 ${manifestSha}, but ${recorded.manifest_sha256} was recorded when it was published`);
    }
    if (manifest.name !== model || manifest.version !== version) throw stop(`${MANIFEST_ASSET} describes ${manifest.name} ${manifest.version}`);

    const reportAsset = manifest.assets.find((a) => a.name === manifest.evaluation.asset);
    if (!reportAsset) throw stop(`the manifest lists no ${manifest.evaluation.asset}`);
    const file = join(dir, REPORT_FILE);
    await downloadChecked(reportAsset, file);

    // The report names its per-example file; without it compare would fail on the missing file.
    let examplesUnavailable: string | undefined;
    const examples = (await readEvaluationReport(file)).examples;
    if (examples) {
      const examplesAsset = manifest.assets.find((a) => a.name === EVALUATION_EXAMPLES_ASSET);
      if (!examplesAsset) examplesUnavailable = `the ${alias} release ${ref.tag} has no per-example file (${EVALUATION_EXAMPLES_ASSET})`;
      else if (basename(examples.file) !== examples.file || examples.file.startsWith('.')) {
        examplesUnavailable = `the ${alias} release's report names its per-example file ${JSON.stringify(examples.file)}, not a plain file name`;
      } else await downloadChecked(examplesAsset, join(dir, examples.file));
    }
    env.log?.(`baseline: ${alias} of ${model} is ${version} (${ref.tag}, ${ref.url}); report verified against its manifest`);
    return {
      file,
      info: { kind: 'production', model, alias, version, tag: ref.tag, url: ref.url },
      ...(examplesUnavailable ? { examplesUnavailable } : {}),
    };
  } catch (e) {
    // Nothing half-written: a baseline that failed its checks leaves no file behind.
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}
