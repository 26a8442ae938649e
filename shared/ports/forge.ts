/**
 * The Forge port: what steps need from the place the repository lives. Two implementations:
 * `GitHubForge` (octokit) and `LocalForge` (files in a folder, for the CLI and tests). Steps take a
 * `Forge` and never know which one they have. Every write is idempotent: calling it again with the
 * same arguments leaves the same state (one sticky comment per marker, one check run per name+SHA).
 *
 * Grows with the steps: releases, refs, deployments come next. What the forge's posts look like
 * (markers, size limits, the retrain request file) is in shared/formats/: renderers read it too.
 */
import type { OnRecovery, RetrainDecision, RetrainRequest } from '../formats/retrain-request-format.js';

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
