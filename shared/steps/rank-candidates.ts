/**
 * The candidates' fan-in, one operation behind the rank-candidates action and `mlops rank`: resolve
 * the baseline as compare does, read every candidate's evaluation report (untrusted: size-limited
 * and schema-checked, as compare reads a PR's), rank them (rank-candidates.ts), write
 * `ranking.json` and `ranking.md`, then — with a forge and a PR — upsert one sticky comment per
 * workflow and model (its marker ends in `/candidates`, so it never replaces compare's comment).
 *
 * Candidates are given as `NAME=FILE`, or as files and globs of reports, each named for its folder
 * (`candidates/mlops-candidate-small/evaluation.json` → `small`: the prefix is the artifact name
 * mlops-candidates.yml gives each candidate).
 */
import { basename, dirname, join } from 'node:path';
import { gateRulesOf, type ModelConfigInput } from '../config/mlops-config.js';
import type { Forge } from '../ports/forge.js';
import { stickyMarker } from '../formats/forge-markers.js';
import { renderRanking } from '../report/ranking-comment.js';
import { writeFileAtomic, writeJsonAtomic } from '../runtime/atomic-write.js';
import { EXIT_CHECK_FAILED, EXIT_OK, UsageError } from '../runtime/errors.js';
import { expandFileList } from '../data/file-list.js';
import { resolveBaseline, type BaselineSpec } from '../compare/baseline.js';
import { type ResolvedBaseline } from '../compare/resolved-baseline.js';
import { type ArtifactDownloader } from '../ports/artifact-downloader.js';
import { readEvaluationReport } from '../compare/compare-files.js';
import type { CompareTarget } from './compare.js';
import { rankCandidates, type Candidate } from '../compare/rank-candidates.js';
import { type Ranking } from '../formats/ranking-format.js';
import { assertReportWithinLimits } from '../formats/report-limits.js';

/** The artifact-name prefix mlops-candidates.yml uploads each candidate under. */
export const CANDIDATE_ARTIFACT_PREFIX = 'mlops-candidate-';

export interface CandidateFile {
  name: string;
  file: string;
}

/**
 * `NAME=FILE` items, or files and globs (one per item or per line) named for their folder. A name
 * is what the comment shows: it must be a name, not a path.
 */
export async function candidateFiles(items: readonly string[]): Promise<CandidateFile[]> {
  const out: CandidateFile[] = [];
  for (const item of items.flatMap((i) => i.split(/\r?\n/)).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))) {
    const eq = item.indexOf('=');
    if (eq > 0 && !/[*?[{]/.test(item.slice(0, eq))) {
      const name = item.slice(0, eq).trim();
      const file = item.slice(eq + 1).trim();
      if (!file) throw new UsageError(`candidate "${name}" has no report file`, { hint: 'give it as NAME=path/to/evaluation.json' });
      out.push({ name, file });
      continue;
    }
    for (const file of await expandFileList(item, 'candidates')) {
      const folder = basename(dirname(file));
      const name = folder.startsWith(CANDIDATE_ARTIFACT_PREFIX) ? folder.slice(CANDIDATE_ARTIFACT_PREFIX.length) : folder;
      if (!name || name === '.') throw new UsageError(`cannot name the candidate of ${file} by its folder`, { hint: 'give it as NAME=FILE' });
      out.push({ name, file });
    }
  }
  for (const c of out) {
    if (!/^[\w.+-][\w .+-]{0,99}$/.test(c.name)) throw new UsageError(`candidate name ${JSON.stringify(c.name)} is not a name`, { hint: 'use letters, digits, spaces, ".", "_", "+" and "-" (at most 100)' });
  }
  return out;
}

export interface RankStepOptions {
  candidates: readonly CandidateFile[];
  /** Where the baseline comes from, as compare takes it (production: model required). */
  baseline: BaselineSpec;
  config?: string;
  rules?: ModelConfigInput;
  model?: string;
  metric?: string;
  outDir: string;
  /** The workflow of the run, for the sticky marker. */
  workflow: string;
  /** Exit 1 when no candidate passes the gate. */
  failIfNoWinner: boolean;
  target?: CompareTarget;
  runUrl?: string;
  comment?: boolean;
}

export interface RankStepEnv {
  forge?: Forge;
  download?: ArtifactDownloader;
  log?: (message: string) => void;
}

export interface RankStepResult {
  ranking: Ranking;
  baseline: ResolvedBaseline;
  model: string;
  comment: string;
  files: { ranking: string; comment: string };
  commentUrl?: string;
  exitCode: number;
}

export async function runRankStep(options: RankStepOptions, env: RankStepEnv = {}): Promise<RankStepResult> {
  if (options.candidates.length === 0) throw new UsageError('no candidates to rank', { hint: 'give the candidates\' evaluation reports (NAME=FILE, or a glob)' });
  const { rules, model } = await gateRulesOf(options);
  const baseline = await resolveBaseline(options.baseline, { forge: env.forge, download: env.download, workDir: join(options.outDir, '.baseline'), log: env.log });
  const candidates: Candidate[] = [];
  for (const c of options.candidates) {
    await assertReportWithinLimits(c.file);
    candidates.push({ name: c.name, file: c.file, report: await readEvaluationReport(c.file) });
  }
  if (baseline.file) await assertReportWithinLimits(baseline.file);
  const baseReport = baseline.file ? await readEvaluationReport(baseline.file) : undefined;
  const ranking = rankCandidates(candidates, { baseline: baseReport, baselineFile: baseline.file ?? null, config: rules, model: model ?? null, metric: options.metric });
  const name = model ?? 'model';
  const marker = stickyMarker({ workflow: options.workflow, model: `${name}/candidates` });
  const comment = renderRanking(ranking, { model: name, baseline: baseline.info, runUrl: options.runUrl, headSha: options.target?.headSha }, { marker });
  const files = { ranking: join(options.outDir, 'ranking.json'), comment: join(options.outDir, 'ranking.md') };
  await writeJsonAtomic(files.ranking, ranking);
  await writeFileAtomic(files.comment, comment);
  const result: RankStepResult = { ranking, baseline, model: name, comment, files, exitCode: ranking.winner === null && options.failIfNoWinner ? EXIT_CHECK_FAILED : EXIT_OK };
  const t = options.target;
  if (env.forge && t && options.comment !== false && t.prNumber !== undefined) {
    const r = await env.forge.upsertStickyComment({ owner: t.owner, repo: t.repo, issue_number: t.prNumber, marker, body: comment });
    result.commentUrl = r.url;
    env.log?.(`PR #${t.prNumber}: ranking comment ${r.action} (${r.url})`);
  }
  return result;
}
