/**
 * Where compare's baseline report comes from (input `baseline`):
 * - a path: that report file;
 * - `base-branch`: the evaluation artifact of the latest successful run of the same workflow on the
 *   PR's base branch, found through the Forge's workflow-run listing and downloaded through an
 *   `ArtifactDownloader` port (the action uses @actions/artifact; the CLI and GHES the Forge's zip);
 * - `production`: the verified evaluation report of the version a model registry alias (default
 *   `production`) points to (shared/compare/production-baseline.ts);
 * - `none`: a first run, nothing to compare with.
 * A base branch without any successful run holding the artifact (a repository adopting the
 * workflow, or artifacts expired), or a model never promoted, is not an error: the comparison runs
 * as a first run and says why.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { isAbsolute, join, normalize, resolve } from 'node:path';
import type { BaselineInfo } from '../formats/comparison-format.js';
import { isForgeError } from '../ports/forge-error.js';
import type { Forge, ForgeWorkflowRun, RepoRef } from '../ports/forge.js';
import { InputError, UsageError } from '../runtime/errors.js';
import { resolveProductionBaseline, type ProductionBaselineSpec } from './production-baseline.js';
import { MAX_EXAMPLES_BYTES, MAX_REPORT_BYTES } from '../formats/report-limits.js';
import type { ArtifactDownloader } from '../ports/artifact-downloader.js';
import type { ResolvedBaseline } from './resolved-baseline.js';
import { MAX_PROFILE_BYTES, MAX_RUN_RECORD_BYTES } from './training-records.js';

export type BaselineSpec =
  | { kind: 'file'; path: string }
  | { kind: 'none' }
  | ProductionBaselineSpec
  | {
      kind: 'base-branch';
      repo: RepoRef;
      /** Workflow file name (`pr-report.yml`) or id whose runs carry the evaluation artifact. */
      workflow: string;
      branch: string;
      /** Artifact name, e.g. `mlops-evaluation`. */
      artifact: string;
      /** The report's path inside the artifact, e.g. `evaluation.json`. */
      reportPath: string;
      /** Runs to look through, newest first (a run may have failed to upload). Default 10. */
      maxRuns?: number;
      /** The current run: never its own baseline (a push run on the base branch). */
      excludeRunId?: number;
    };

export const BASELINE_KEYWORDS = ['base-branch', 'production', 'none'] as const;

/** The `baseline` input: a keyword, else a report path. */
export function baselineKindOf(value: string): 'file' | (typeof BASELINE_KEYWORDS)[number] {
  return (BASELINE_KEYWORDS as readonly string[]).includes(value) ? (value as (typeof BASELINE_KEYWORDS)[number]) : 'file';
}

function safeInside(dir: string, rel: string, what: string): string {
  if (isAbsolute(rel) || normalize(rel).split(/[\\/]/).includes('..')) {
    throw new UsageError(`${what} ${JSON.stringify(rel)} must be a relative path inside the artifact`);
  }
  return resolve(dir, rel);
}

export interface ResolveBaselineEnv {
  forge?: Forge;
  download?: ArtifactDownloader;
  /** Where downloaded artifacts go (a fresh subfolder per run). */
  workDir: string;
  log?: (message: string) => void;
}

export async function resolveBaseline(spec: BaselineSpec, env: ResolveBaselineEnv): Promise<ResolvedBaseline> {
  switch (spec.kind) {
    case 'file':
      return { file: spec.path, info: { kind: 'file', file: spec.path } };
    case 'none':
      return { info: { kind: 'none', reason: 'first run: baseline none' } };
    case 'production':
      return resolveProductionBaseline(spec, env);
    case 'base-branch':
      return resolveBaseBranch(spec, env);
  }
}

async function resolveBaseBranch(spec: Extract<BaselineSpec, { kind: 'base-branch' }>, env: ResolveBaselineEnv): Promise<ResolvedBaseline> {
  const { forge, download } = env;
  if (!forge || !download) throw new UsageError('baseline base-branch needs GitHub access', { hint: 'give the step a token (input token), or pass a baseline report file' });
  const where = `${spec.workflow} on ${spec.branch}`;
  let runs: ForgeWorkflowRun[];
  try {
    runs = await forge.listSuccessfulWorkflowRuns({ ...spec.repo, workflow: spec.workflow, branch: spec.branch, limit: (spec.maxRuns ?? 10) + 1 });
  } catch (e) {
    // GitHub answers 404 for a workflow file that is not on the default branch yet.
    if (isForgeError(e) && e.status === 404) return firstRun(`no runs of ${where} yet`);
    throw e;
  }
  runs = runs.filter((r) => r.id !== spec.excludeRunId).slice(0, spec.maxRuns ?? 10);
  for (const run of runs) {
    const artifact = (await forge.listRunArtifacts({ ...spec.repo, run_id: run.id })).find((a) => a.name === spec.artifact && !a.expired);
    if (!artifact) {
      env.log?.(`run ${run.id} of ${where} has no artifact ${spec.artifact}; trying an older run`);
      continue;
    }
    if (artifact.sizeInBytes > MAX_REPORT_BYTES + MAX_EXAMPLES_BYTES + MAX_RUN_RECORD_BYTES + MAX_PROFILE_BYTES) {
      throw new InputError(`artifact ${spec.artifact} of run ${run.id} is ${artifact.sizeInBytes} bytes, more than an evaluation report, its examples, a run record and a profile can be`, {
        hint: 'upload only the evaluation report, its per-example file, and train\'s run.json and validate-data\'s profile.json',
      });
    }
    await mkdir(env.workDir, { recursive: true });
    const destination = await mkdtemp(join(env.workDir, `baseline-${run.id}-`));
    await download({ repo: spec.repo, runId: run.id, artifactId: artifact.id, destination });
    env.log?.(`baseline: artifact ${spec.artifact} (id ${artifact.id}) of run ${run.id} (${where}), ${run.headSha.slice(0, 7)}`);
    return {
      file: safeInside(destination, spec.reportPath, 'artifact-report'),
      info: { kind: 'base-branch', branch: spec.branch, workflow: spec.workflow, runId: run.id, runNumber: run.runNumber, runUrl: run.url, artifact: spec.artifact },
    };
  }
  return firstRun(runs.length === 0 ? `no successful run of ${where} yet` : `no artifact ${spec.artifact} in the last ${runs.length} successful runs of ${where}`);

  function firstRun(reason: string): ResolvedBaseline {
    env.log?.(`baseline: ${reason}; comparing as a first run`);
    return { info: { kind: 'none', reason: `${reason}; compared as a first run` } };
  }
}

/**
 * The baseline as the step takes it: `production` may leave out the model, which is then the
 * step's own (so the action and CLI need not name it twice).
 */
export type CompareStepBaseline = Exclude<BaselineSpec, { kind: 'production' }> | (Omit<Extract<BaselineSpec, { kind: 'production' }>, 'model'> & { model?: string });
