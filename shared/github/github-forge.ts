/** The Forge on GitHub, through one octokit instance from `createGitHubClient`. */
import { upsertCheckRun } from './check-run.js';
import { findPullRequestsForSha } from './find-pr.js';
import type {
  CheckRunParams,
  CheckRunResult,
  Forge,
  ForgeArtifact,
  ForgePullRequest,
  ForgeWorkflowRun,
  RepoRef,
  RetrainPullRequestParams,
  RetrainPullRequestResult,
  StickyCommentParams,
  StickyCommentResult,
  WorkflowRunQuery,
} from '../ports/forge.js';
import { octokitCommentStore, type IssueCommentStore, type OctokitCommentOptions } from './issue-comments.js';
import type { GitHubClient } from './octokit.js';
import { upsertRetrainPullRequest } from './retrain-pr.js';
import { convergeStickyComment } from './sticky-comment.js';
import { downloadArtifact, listRunArtifacts, listSuccessfulWorkflowRuns } from './workflow-runs.js';

export class GitHubForge implements Forge {
  readonly kind = 'github' as const;
  private readonly comments: IssueCommentStore;

  constructor(
    readonly octokit: GitHubClient,
    options: OctokitCommentOptions = {},
  ) {
    this.comments = octokitCommentStore(octokit, options);
  }

  upsertStickyComment(params: StickyCommentParams): Promise<StickyCommentResult> {
    return convergeStickyComment(this.comments, params);
  }

  upsertCheckRun(params: CheckRunParams): Promise<CheckRunResult> {
    return upsertCheckRun(this.octokit, params);
  }

  findPullRequestsForSha(params: RepoRef & { sha: string }): Promise<ForgePullRequest[]> {
    return findPullRequestsForSha(this.octokit, params);
  }

  listSuccessfulWorkflowRuns(query: WorkflowRunQuery): Promise<ForgeWorkflowRun[]> {
    return listSuccessfulWorkflowRuns(this.octokit, query);
  }

  listRunArtifacts(params: RepoRef & { run_id: number }): Promise<ForgeArtifact[]> {
    return listRunArtifacts(this.octokit, params);
  }

  downloadArtifact(params: RepoRef & { artifact_id: number }): Promise<Uint8Array> {
    return downloadArtifact(this.octokit, params);
  }

  upsertRetrainPullRequest(params: RetrainPullRequestParams): Promise<RetrainPullRequestResult> {
    return upsertRetrainPullRequest(this.octokit, params, { comments: this.comments });
  }
}
