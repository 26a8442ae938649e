/**
 * The Forge port: what steps need from the place the repository lives. Two implementations:
 * `GitHubForge` (octokit) and `LocalForge` (files in a folder, for the CLI and tests). Steps take a
 * `Forge` and never know which one they have. Every write is idempotent: calling it again with the
 * same arguments leaves the same state (one sticky comment per marker, one check run per name+SHA).
 *
 * Grows with the steps: releases, refs, deployments come next.
 */

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface StickyCommentParams extends RepoRef {
  issue_number: number;
  /** The full hidden marker, `<!-- mlops-actions:<id> -->` (see `stickyMarker`). */
  marker: string;
  /** Markdown; the marker is prepended when it is missing. At most 65,536 characters in all. */
  body: string;
}

export interface StickyCommentResult {
  /** `unchanged`: the comment already had exactly this body, nothing was written. */
  action: 'created' | 'updated' | 'unchanged';
  commentId: number;
  url: string;
  /** Duplicates (earlier races, or our own retried create) removed on the way. */
  deletedIds: number[];
}

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

export interface CheckRunParams extends RepoRef {
  /** Conventionally `mlops / <model>` (see `checkRunName`). */
  name: string;
  head_sha: string;
  /** Default `completed` when a conclusion is given, else `in_progress`. */
  status?: 'queued' | 'in_progress' | 'completed';
  conclusion?: CheckConclusion;
  title: string;
  /** Markdown, at most 65,535 characters. */
  summary: string;
  text?: string;
  details_url?: string;
}

export interface CheckRunResult {
  action: 'created' | 'updated';
  checkRunId: number;
  url: string;
}

export interface ForgePullRequest {
  number: number;
  state: 'open' | 'closed';
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository; differs from the base for fork PRs (null: fork deleted). */
  headRepo: string | null;
  baseRef: string;
  isFork: boolean;
  url: string;
}

export interface WorkflowRunQuery extends RepoRef {
  /** The workflow's file name (`pr-report.yml`) or numeric id. */
  workflow: string | number;
  branch?: string;
  event?: string;
  head_sha?: string;
  /** Most recent first; how many to return at most. Default 30. */
  limit?: number;
}

export interface ForgeWorkflowRun {
  id: number;
  runNumber: number;
  headSha: string;
  headBranch: string | null;
  event: string;
  conclusion: string | null;
  createdAt: string;
  url: string;
}

export interface ForgeArtifact {
  id: number;
  name: string;
  sizeInBytes: number;
  expired: boolean;
}

export interface Forge {
  readonly kind: 'github' | 'local';
  upsertStickyComment(params: StickyCommentParams): Promise<StickyCommentResult>;
  upsertCheckRun(params: CheckRunParams): Promise<CheckRunResult>;
  /** Open PRs whose head is `sha`, fork PRs included; most recently updated first. */
  findPullRequestsForSha(params: RepoRef & { sha: string }): Promise<ForgePullRequest[]>;
  /** Successful (`status=success`) runs of one workflow, most recent first. */
  listSuccessfulWorkflowRuns(query: WorkflowRunQuery): Promise<ForgeWorkflowRun[]>;
  listRunArtifacts(params: RepoRef & { run_id: number }): Promise<ForgeArtifact[]>;
  /** The artifact's zip archive, as bytes. */
  downloadArtifact(params: RepoRef & { artifact_id: number }): Promise<Uint8Array>;
}

/** GitHub's limit on issue and PR comment bodies ("maximum is 65536 characters"). */
export const COMMENT_BODY_LIMIT = 65_536;
/** GitHub's limit on a check run's `output.summary` and `output.text`. */
export const CHECK_SUMMARY_LIMIT = 65_535;

/** `mlops / <model>`: the check run name for a model. */
export function checkRunName(model: string): string {
  return `mlops / ${model}`;
}

/**
 * The hidden marker that identifies one sticky comment: `<!-- mlops-actions:<workflow>/<model> -->`.
 * The id is reduced to characters that cannot end an HTML comment early (no `--`, no `>`), so a
 * model name can never break out of the marker.
 */
export function stickyMarker(parts: { workflow: string; model: string }): string {
  const clean = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9._/-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '') || '_';
  return `<!-- mlops-actions:${clean(parts.workflow)}/${clean(parts.model)} -->`;
}

/** The body as posted: the marker first (once), then the Markdown. */
export function withMarker(marker: string, body: string): string {
  return body.includes(marker) ? body : `${marker}\n${body}`;
}
