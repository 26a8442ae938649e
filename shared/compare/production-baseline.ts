/**
 * compare's `baseline: production`: the evaluation report of the version a model registry alias
 * (default `production`) points to, so a PR is measured against what is serving, not against
 * whatever last ran on the base branch. Works on either registry (local folder or GitHub releases +
 * state branch): only the RegistryPorts are used.
 *
 * Trust: the report is used only after the same chain of checks promote makes before it moves an
 * alias: the stored manifest against the SHA-256 recorded in the registry state when the version
 * was published, then the report against the manifest's asset list (SHA-256 and size). The model
 * archive is not downloaded: compare needs only the report (with its per-example file, and the run
 * record and training-data profile for "What changed", each verified the same way), and archives can
 * be large.
 *
 * A model with no registry state, or whose alias was never set, is not an error: the comparison
 * runs as a first run and says why (like a base branch without runs).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readEvaluationReport } from './compare-files.js';
import { openAliasRelease } from '../registry/alias-release.js';
import { EVALUATION_EXAMPLES_ASSET, PROFILE_ASSET, RUN_ASSET } from '../formats/manifest-format.js';
import { EXPLANATION_ASSET } from '../formats/explanation-format.js';
import type { RegistryPorts } from '../ports/registry-stores.js';
import { validateAlias, validateModelName } from '../registry/tag.js';
import type { ResolvedBaseline } from './resolved-baseline.js';

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
  await mkdir(env.workDir, { recursive: true });
  const dir = await mkdtemp(join(env.workDir, `${alias}-`));
  try {
    const release = await openAliasRelease(spec.registry, model, alias, dir, { use: 'production baseline', refusal: 'not comparing' });
    if (!release) {
      await rm(dir, { recursive: true, force: true });
      const reason = `no ${alias} version of ${model} yet`;
      env.log?.(`baseline: ${reason}; comparing as a first run`);
      return { info: { kind: 'none', reason: `${reason}; compared as a first run` } };
    }
    const { manifest, ref, version } = release;
    const reportAsset = manifest.assets.find((a) => a.name === manifest.evaluation.asset);
    if (!reportAsset) throw release.stop(`the manifest lists no ${manifest.evaluation.asset}`);
    const file = join(dir, REPORT_FILE);
    await release.download(reportAsset, file);

    // The report names its per-example file; without it compare would fail on the missing file.
    let examplesUnavailable: string | undefined;
    const examples = (await readEvaluationReport(file)).examples;
    if (examples) {
      const examplesAsset = manifest.assets.find((a) => a.name === EVALUATION_EXAMPLES_ASSET);
      if (!examplesAsset) examplesUnavailable = `the ${alias} release ${ref.tag} has no per-example file (${EVALUATION_EXAMPLES_ASSET})`;
      else if (basename(examples.file) !== examples.file || examples.file.startsWith('.')) {
        examplesUnavailable = `the ${alias} release's report names its per-example file ${JSON.stringify(examples.file)}, not a plain file name`;
      } else await release.download(examplesAsset, join(dir, examples.file));
    }
    // The training records beside the report, for "What changed" (compare/training-records.ts),
    // and the model's explanation, for "What the model relies on" (compare/explanation-change.ts).
    for (const name of [RUN_ASSET, PROFILE_ASSET, EXPLANATION_ASSET]) {
      const asset = manifest.assets.find((a) => a.name === name);
      if (asset) await release.download(asset, join(dir, name));
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
