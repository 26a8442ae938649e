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

/** The drift decision as the retraining PR sees it (the values of `DriftReport['decision']`). */
export type RetrainDecision = 'ok' | 'drift' | 'degradation' | 'drift_and_degradation';
export const RETRAIN_DECISIONS: readonly RetrainDecision[] = ['ok', 'drift', 'degradation', 'drift_and_degradation'];

/** What to do with an open retraining PR once a check finds the model fine again (`on-recovery`). */
export type OnRecovery = 'comment' | 'close' | 'none';

export const RETRAIN_REQUEST_SCHEMA = 'mlops-actions/retrain-request@1';

/**
 * The retrain request file committed on the PR's branch (`.mlops/retrain/<model>.json`): why the
 * model should be retrained and on what evidence. Built from a drift report by
 * `retrainRequestOf` (shared/report/drift-pr-body.ts).
 */
export interface RetrainRequest {
  schema: typeof RETRAIN_REQUEST_SCHEMA;
  model: string;
  decision: RetrainDecision;
  /** One line per reason, as in the drift report. */
  reasons: string[];
  /** When the check that found this evidence ran (the report's `created_at`). */
  detected_at: string;
  /** The workflow run that found it (null outside Actions). */
  run_url: string | null;
  /** The data the current side covers. */
  window: { from: string | null; to: string | null };
  reference: { kind: string; version: string | null; tag: string | null; alias: string | null; rows: number };
  current: { rows: number; sources: Array<{ kind: string; name: string; rows: number | null }> };
  drift: {
    dataset_drift: boolean;
    share: number;
    share_threshold: number;
    tested: number;
    drifted: number;
    /** The drifted columns, strongest first. */
    drifted_columns: Array<{ column: string; test: string; statistic: number; p_value: number | null; threshold: number }>;
  };
  /** Every metric rule checked, passed or not. */
  metrics: Array<{ name: string; rule: string; value: number | null; threshold: number; baseline: number | null; passed: boolean }>;
}

/**
 * Fields of the request file that describe the run rather than the evidence: a file that differs
 * only in them is "unchanged" and not committed again, so a re-run (or a later run that finds the
 * same thing) adds no commit. The file then keeps naming the run that first found the evidence.
 */
export const RETRAIN_REQUEST_RUN_FIELDS = ['run_url', 'detected_at'] as const;

export interface RetrainPullRequestParams extends RepoRef {
  model: string;
  decision: RetrainDecision;
  /** The base branch; default the repository's default branch. */
  base?: string;
  /** Default `mlops/retrain/<model>` (see `retrainBranch`). The branch belongs to this step: it is reset and deleted at will. */
  branch?: string;
  /** The request file's path on the branch; default `.mlops/retrain/<model>.json` (see `retrainRequestPath`). */
  path?: string;
  request: RetrainRequest;
  /** Default `Retrain <model>`. Set when the PR is opened; later runs leave it (a person may retitle the PR). */
  title?: string;
  /** Markdown, at most 65,536 characters, carrying `retrainMarker(model, decision)` (prepended when missing). */
  body: string;
  /** Default `['mlops:retrain']`; GitHub creates a missing label when it is first added. */
  labels?: string[];
  /** Logins asked to review when the PR is opened. */
  reviewers?: string[];
  /** Team slugs asked to review when the PR is opened. */
  teamReviewers?: string[];
  /** Default `comment`. */
  onRecovery?: OnRecovery;
  /** With `onRecovery: close`: delete the branch too (default true; the closed PR keeps its commits). */
  deleteBranchOnClose?: boolean;
}

export interface RetrainPullRequestResult {
  /** created: a new PR; updated: the open one was changed; closed: recovered and closed; none: nothing to do or nothing changed. */
  operation: 'created' | 'updated' | 'closed' | 'none';
  number?: number;
  url?: string;
  /** A comment was posted (decision changed, recovered, closing). */
  commented: boolean;
  /** A commit of the request file was pushed to the branch. */
  committed: boolean;
  /** Things that did not stop the PR but a person should know (a reviewer GitHub refused). */
  warnings: string[];
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
  /**
   * One open retraining PR per model on a fixed branch: opened on drift/degradation, updated while
   * it lasts (a comment only when the decision changes), and commented on or closed on recovery.
   */
  upsertRetrainPullRequest(params: RetrainPullRequestParams): Promise<RetrainPullRequestResult>;
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

/**
 * A model name reduced to what is safe in a marker, a branch name and a file name: `[a-z0-9._-]`,
 * no `..`, no `--`, not starting or ending with `.` or `-`. Names differing only in case or
 * punctuation share a slug (and so a retraining PR): keep model names distinct in those terms.
 */
export function modelSlug(model: string): string {
  const slug = model
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    // Git refuses a ref component ending in `.lock`.
    .replace(/\.lock$/, '-lock');
  return slug === '' ? '_' : slug;
}

/** `mlops/retrain/<model>`: the fixed branch of a model's retraining PR. */
export function retrainBranch(model: string): string {
  return `mlops/retrain/${modelSlug(model)}`;
}

/** `.mlops/retrain/<model>.json`: where the request file lives on that branch (and, once merged, on the base). */
export function retrainRequestPath(model: string): string {
  return `.mlops/retrain/${modelSlug(model)}.json`;
}

/**
 * The hidden marker in a retraining PR's body: `<!-- mlops-actions:retrain/<model> decision=<d> -->`.
 * The model is slugged as for `stickyMarker`, so it can never end the comment early.
 */
export function retrainMarker(model: string, decision: RetrainDecision): string {
  return `<!-- mlops-actions:retrain/${modelSlug(model)} decision=${decision} -->`;
}

/** The marker of the comments the retraining PR gets on decision changes (read back to post each at most once). */
export function retrainEventMarker(model: string, decision: RetrainDecision): string {
  return `<!-- mlops-actions:retrain/${modelSlug(model)}/event decision=${decision} -->`;
}

/** The decision recorded by `retrainMarker` (or `retrainEventMarker` with `event`) for this model in `body`, if any. */
export function readRetrainDecision(body: string | null | undefined, model: string, kind: 'body' | 'event' = 'body'): RetrainDecision | undefined {
  const id = `retrain/${modelSlug(model)}${kind === 'event' ? '/event' : ''}`;
  const m = new RegExp(`<!-- mlops-actions:${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} decision=([a-z_]+) -->`).exec(body ?? '');
  const d = m?.[1] as RetrainDecision | undefined;
  return d !== undefined && RETRAIN_DECISIONS.includes(d) ? d : undefined;
}

/** The body as posted: the marker first (once), then the Markdown. */
export function withMarker(marker: string, body: string): string {
  return body.includes(marker) ? body : `${marker}\n${body}`;
}
