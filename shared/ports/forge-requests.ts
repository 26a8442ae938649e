/**
 * What every Forge checks before it posts, so the file-based forge refuses exactly what GitHub
 * would: comment and check-run sizes, and a retraining PR's parameters resolved to the values both
 * implementations then write (branch, request file path and bytes, title, marked body, labels).
 */
import { UsageError } from '../runtime/errors.js';
import { CHECK_SUMMARY_LIMIT, COMMENT_BODY_LIMIT, retrainBranch, retrainMarker, retrainPrTitle, retrainRequestPath, withMarker } from '../formats/forge-markers.js';
import { RETRAIN_REQUEST_RUN_FIELDS, type OnRecovery, type RetrainDecision, type RetrainRequest } from '../formats/retrain-request-format.js';
import { ForgeError } from './forge-error.js';
import type { CheckRunParams, RepoRef, RetrainPullRequestParams } from './forge.js';

/** Throws when the body (with its marker) exceeds GitHub's limit; the renderer must truncate first. */
export function assertCommentFits(body: string, route = '/repos/{owner}/{repo}/issues/{issue_number}/comments'): void {
  // String length counts UTF-16 units, never fewer than GitHub's character count: a safe bound.
  if (body.length > COMMENT_BODY_LIMIT) {
    throw new ForgeError({
      method: 'POST',
      route,
      githubMessage: `comment body is ${body.length} characters; GitHub accepts at most ${COMMENT_BODY_LIMIT}`,
      hint: 'shorten the report before posting (truncateMarkdown in shared/report/truncate.ts keeps the marker)',
    });
  }
}

export function assertCheckOutputFits(params: Pick<CheckRunParams, 'summary' | 'text'>): void {
  for (const [field, value] of [['summary', params.summary], ['text', params.text]] as const) {
    if (value !== undefined && value.length > CHECK_SUMMARY_LIMIT) {
      throw new ForgeError({
        method: 'POST',
        route: '/repos/{owner}/{repo}/check-runs',
        githubMessage: `check run output.${field} is ${value.length} characters; GitHub accepts at most ${CHECK_SUMMARY_LIMIT}`,
        hint: 'shorten it before posting (truncateMarkdown in shared/report/truncate.ts)',
      });
    }
  }
}

export const DEFAULT_RETRAIN_LABELS: readonly string[] = ['mlops:retrain'];

/** The parameters with every default applied and checked. */
export interface ResolvedRetrainParams {
  repo: RepoRef;
  model: string;
  decision: RetrainDecision;
  base: string | undefined;
  branch: string;
  path: string;
  request: RetrainRequest;
  /** The request file as committed: pretty JSON and a newline. */
  requestText: string;
  title: string;
  /** With the marker for this decision. */
  body: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  onRecovery: OnRecovery;
  deleteBranchOnClose: boolean;
}

const PULLS_ROUTE = '/repos/{owner}/{repo}/pulls';

/** A branch name we are willing to reset and delete: plain characters, no `..`, not the base. */
export function checkBranch(branch: string, base: string | undefined): string {
  const ok = /^[A-Za-z0-9._/-]+$/.test(branch) && !/(^|\/)\.|\.\.|\/\/|^\/|\/$|\.lock(\/|$)/.test(branch);
  if (!ok) throw new UsageError(`retraining branch ${JSON.stringify(branch)} is not a plain branch name`, { hint: 'use letters, digits, ".", "_", "-" and "/" (default mlops/retrain/<model>)' });
  if (base !== undefined && branch === base) throw new UsageError(`the retraining branch and the base branch are both ${JSON.stringify(branch)}`, { hint: 'the retraining branch is reset and deleted by the step: never point it at a branch people use' });
  return branch;
}

/** A path inside the repository: relative, no `.`/`..` segments, no empty segments. */
function checkPath(path: string): string {
  const parts = path.split('/');
  if (path.length === 0 || path.length > 1024 || parts.some((s) => s === '' || s === '.' || s === '..') || /[\0\\]/.test(path)) {
    throw new UsageError(`request file path ${JSON.stringify(path)} is not a relative path inside the repository`, { hint: 'e.g. .mlops/retrain/<model>.json' });
  }
  return path;
}

export function resolveRetrainParams(params: RetrainPullRequestParams): ResolvedRetrainParams {
  const { owner, repo, model, decision } = params;
  const branch = checkBranch(params.branch ?? retrainBranch(model), params.base);
  const body = withMarker(retrainMarker(model, decision), params.body);
  assertCommentFits(body, PULLS_ROUTE);
  return {
    repo: { owner, repo },
    model,
    decision,
    base: params.base,
    branch,
    path: checkPath(params.path ?? retrainRequestPath(model)),
    request: params.request,
    requestText: requestText(params.request),
    title: params.title ?? retrainPrTitle(model),
    body,
    labels: [...new Set(params.labels ?? DEFAULT_RETRAIN_LABELS)],
    reviewers: params.reviewers ?? [],
    teamReviewers: params.teamReviewers ?? [],
    onRecovery: params.onRecovery ?? 'comment',
    deleteBranchOnClose: params.deleteBranchOnClose ?? true,
  };
}

/** The request file's bytes: pretty JSON, one trailing newline (what a person reads on the branch). */
export function requestText(request: RetrainRequest): string {
  return `${JSON.stringify(request, null, 2)}\n`;
}

/** Same evidence: equal once the fields describing the run (run_url, detected_at) are set aside. */
export function sameRequestEvidence(before: string | undefined, after: string): boolean {
  if (before === undefined) return false;
  const strip = (text: string): string | undefined => {
    try {
      const o = JSON.parse(text) as Record<string, unknown>;
      if (typeof o !== 'object' || o === null || Array.isArray(o)) return undefined;
      for (const k of RETRAIN_REQUEST_RUN_FIELDS) delete o[k];
      return JSON.stringify(o);
    } catch {
      return undefined;
    }
  };
  const a = strip(before);
  return a !== undefined && a === strip(after);
}
