/**
 * One open retraining PR per model, on a fixed branch (`mlops/retrain/<model>`), however many
 * scheduled runs race.
 *
 * - Drift or degradation, no open PR on the branch: a commit of the request file on top of the
 *   base branch's head (Git Data API: blob, tree on the base commit's tree, commit), the branch
 *   created at it (or, when a closed/merged PR left it behind, reset to it), the PR opened,
 *   labels added, reviewers requested → `created`.
 * - An open PR: the request file committed on top of the branch head when its evidence changed
 *   (a fast-forward-only ref update: compare-and-swap, retried when another writer moved the
 *   branch), the body updated when it differs, missing labels re-added, and a comment only
 *   when the decision differs from the one in the body's marker → `updated`.
 * - Recovered (`ok`) with an open PR: `on-recovery: comment` posts one recovery comment and updates
 *   the body (→ `updated`); `close` comments, closes the PR and deletes the branch (→ `closed`);
 *   `none` leaves it (→ `none`). No open PR and ok → `none`.
 *
 * Races. Two runs that both find no open PR both make a commit on the base head. The first
 * `POST …/git/refs` wins; the loser's 422 "Reference already exists" makes it look for the open PR
 * again (found: update it) or else reset the branch to its own commit (a one-commit branch on the
 * base either way). Both then `POST …/pulls`; GitHub lets one through and answers the other 422
 * "A pull request already exists for owner:branch", which finds the winner's PR and updates it. So
 * two runs leave one PR. A create that GitHub applied but answered with a 5xx (retried by octokit,
 * then 422) is recognised by the PR's head being this run's own commit, and finished (labels,
 * reviewers) as a create. Comments on decision changes carry `retrainEventMarker`: a run posts one
 * only when our latest such comment says something else, and after posting deletes its own when the
 * comment just before it says the same (a concurrent run posted it first).
 */
import { UsageError } from '../runtime/errors.js';
import { renderRetrainEventComment } from '../report/drift-pr-body.js';
import { ForgeError, isForgeError } from '../ports/forge-error.js';
import { type RetrainPullRequestParams, type RetrainPullRequestResult } from '../ports/forge.js';
import { readRetrainDecision } from '../formats/forge-markers.js';
import { type RetrainDecision } from '../formats/retrain-request-format.js';
import { branchHead, commitFiles, createBranchRef, deleteBranchRef, fastForwardRef, forceRef, readFileAtCommit } from './git-data.js';
import { isAuthoredBy, octokitCommentStore, type CommentIdentity, type IssueCommentStore, type OctokitCommentOptions, type StoredComment } from './issue-comments.js';
import type { GitHubClient } from './octokit.js';
import { checkBranch, resolveRetrainParams, sameRequestEvidence, type ResolvedRetrainParams } from '../ports/forge-requests.js';

/** Attempts at committing on top of a branch that other writers keep moving. */
const MAX_CAS_ATTEMPTS = 5;

export interface RetrainPullRequestOptions extends OctokitCommentOptions {
  /** The comment store (and identity) to use; default one over `octokit` with these options. */
  comments?: IssueCommentStore;
}

interface RawPull {
  number: number;
  html_url: string;
  state: string;
  body: string | null;
  head: { ref: string; sha: string };
  base: { ref: string };
  labels: Array<{ name?: string }>;
}

/**
 * Opens, updates, comments on or closes the model's retraining PR (see the file comment). Throws
 * `ForgeError` when GitHub refuses or keeps failing a call, `UsageError` for bad parameters.
 */
export async function upsertRetrainPullRequest(
  octokit: GitHubClient,
  params: RetrainPullRequestParams,
  options: RetrainPullRequestOptions = {},
): Promise<RetrainPullRequestResult> {
  const p = resolveRetrainParams(params);
  const run = new RetrainPrRun(octokit, p, options.comments ?? octokitCommentStore(octokit, options));
  return run.execute();
}

class RetrainPrRun {
  private readonly warnings: string[] = [];
  private commented = false;
  private committed = false;

  constructor(
    private readonly octokit: GitHubClient,
    private readonly p: ResolvedRetrainParams,
    private readonly comments: IssueCommentStore,
  ) {}

  async execute(): Promise<RetrainPullRequestResult> {
    const open = await this.findOpen();
    if (this.p.decision === 'ok') return open ? this.recover(open) : this.result('none');
    return open ? this.update(open) : this.create();
  }

  private result(operation: RetrainPullRequestResult['operation'], pr?: RawPull): RetrainPullRequestResult {
    return {
      operation,
      ...(pr ? { number: pr.number, url: pr.html_url } : {}),
      commented: this.commented,
      committed: this.committed,
      warnings: this.warnings,
    };
  }

  /** The open PR from our branch: the one into the requested base when several, else the oldest. */
  private async findOpen(): Promise<RawPull | undefined> {
    const { repo, branch, base } = this.p;
    const pulls = (await this.octokit.paginate(this.octokit.rest.pulls.list, { ...repo, state: 'open', head: `${repo.owner}:${branch}`, per_page: 100 })) as RawPull[];
    const mine = pulls.filter((pr) => pr.state === 'open' && pr.head.ref === branch).sort((a, b) => a.number - b.number);
    return mine.find((pr) => base !== undefined && pr.base.ref === base) ?? mine[0];
  }

  private async baseBranch(): Promise<string> {
    if (this.p.base !== undefined) return this.p.base;
    const { data } = await this.octokit.rest.repos.get({ ...this.p.repo });
    return data.default_branch;
  }

  private commitMessage(): string {
    return `mlops: retrain request for ${this.p.model.replace(/[\r\n]+/g, ' ')} (${this.p.decision})`;
  }

  /** A commit of the request file on top of the base branch's head. */
  private async commitOnBase(base: string): Promise<string> {
    const baseSha = await branchHead(this.octokit, this.p.repo, base);
    if (!baseSha) {
      throw new UsageError(`the base branch ${JSON.stringify(base)} does not exist in ${this.p.repo.owner}/${this.p.repo.repo}`, { hint: 'set the base input to an existing branch, or leave it empty for the default branch' });
    }
    return commitFiles(this.octokit, this.p.repo, [[this.p.path, this.p.requestText]], baseSha, this.commitMessage());
  }

  private async create(): Promise<RetrainPullRequestResult> {
    const { repo, branch, title, body } = this.p;
    const base = await this.baseBranch();
    checkBranch(branch, base);
    const commit = await this.commitOnBase(base);
    if (!(await createBranchRef(this.octokit, repo, branch, commit))) {
      const open = await this.findOpen();
      if (open) return this.update(open);
      // Left by a closed or merged PR (or made a moment ago by a concurrent run about to open its
      // PR): the branch is ours, start it over as one commit on the base.
      await forceRef(this.octokit, repo, branch, commit);
    }
    this.committed = true;
    let pr: RawPull;
    try {
      pr = (await this.octokit.rest.pulls.create({ ...repo, title, head: branch, base, body })).data as RawPull;
    } catch (e) {
      if (!(isForgeError(e) && e.status === 422 && /already exists/i.test(e.githubMessage ?? ''))) throw e;
      const open = await this.findOpen();
      if (!open) throw e;
      // Our own create, applied but answered with an error and retried: its head is our commit.
      if (open.head.sha === commit) return this.finishCreate(open);
      this.committed = false;
      return this.update(open);
    }
    return this.finishCreate(pr);
  }

  private async finishCreate(pr: RawPull): Promise<RetrainPullRequestResult> {
    await this.ensureLabels(pr);
    const { reviewers, teamReviewers, repo } = this.p;
    if (reviewers.length > 0 || teamReviewers.length > 0) {
      try {
        await this.octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pr.number, reviewers, team_reviewers: teamReviewers });
      } catch (e) {
        // The PR stands without them; a reviewer who is not a collaborator (or is the PR's author) is a warning.
        if (!(isForgeError(e) && (e.status === 422 || e.status === 403 || e.status === 404))) throw e;
        this.warnings.push(`could not request reviewers ${[...reviewers, ...teamReviewers.map((t) => `team ${t}`)].join(', ')} on #${pr.number}: ${e.message}`);
      }
    }
    return this.result('created', pr);
  }

  private async update(pr: RawPull): Promise<RetrainPullRequestResult> {
    const previous = readRetrainDecision(pr.body, this.p.model);
    this.committed = await this.commitOnBranch();
    if (previous !== undefined && previous !== this.p.decision) await this.postEvent(pr, previous, false);
    await this.updateBody(pr);
    await this.ensureLabels(pr);
    return this.result('updated', pr);
  }

  private async recover(pr: RawPull): Promise<RetrainPullRequestResult> {
    const { onRecovery, repo, branch } = this.p;
    if (onRecovery === 'none') return this.result('none', pr);
    const previous = readRetrainDecision(pr.body, this.p.model);
    if (onRecovery === 'close') {
      await this.postEvent(pr, previous, true);
      // The body keeps the evidence that opened the PR: a closed PR is a record.
      await this.octokit.rest.pulls.update({ ...repo, pull_number: pr.number, state: 'closed' });
      // The closed PR keeps its commits; a new drift starts the branch over from the base.
      if (this.p.deleteBranchOnClose) await deleteBranchRef(this.octokit, repo, branch);
      return this.result('closed', pr);
    }
    if (previous !== 'ok') await this.postEvent(pr, previous, false);
    await this.updateBody(pr);
    return this.result('updated', pr);
  }

  /** Commits the request file on top of the branch head when its evidence changed; true when it did. */
  private async commitOnBranch(): Promise<boolean> {
    const { repo, branch, path, requestText: text } = this.p;
    for (let attempt = 1; attempt <= MAX_CAS_ATTEMPTS; attempt++) {
      const head = await branchHead(this.octokit, repo, branch);
      if (!head) {
        // The branch vanished under the open PR (deleted by hand a moment ago): start it over.
        const commit = await this.commitOnBase(await this.baseBranch());
        if (await createBranchRef(this.octokit, repo, branch, commit)) return true;
        continue;
      }
      if (sameRequestEvidence(await readFileAtCommit(this.octokit, repo, head, path), text)) return false;
      const commit = await commitFiles(this.octokit, repo, [[path, text]], head, this.commitMessage());
      if (await fastForwardRef(this.octokit, repo, branch, commit)) return true;
      // Another writer moved the branch between our read and our update: read again.
    }
    throw new ForgeError({
      method: 'PATCH',
      route: '/repos/{owner}/{repo}/git/refs/{ref}',
      status: 422,
      githubMessage: `the branch ${branch} kept moving while the request file was committed (${MAX_CAS_ATTEMPTS} attempts)`,
      hint: 'something else pushes to the retraining branch continuously; only this step should write to it',
    });
  }

  /** Rewrites the body when it differs. The title is set once, when the PR is opened: a person may retitle it. */
  private async updateBody(pr: RawPull): Promise<void> {
    if ((pr.body ?? '') === this.p.body) return;
    await this.octokit.rest.pulls.update({ ...this.p.repo, pull_number: pr.number, body: this.p.body });
  }

  /** Adds the configured labels the PR lacks (GitHub creates a label that does not exist yet). */
  private async ensureLabels(pr: RawPull): Promise<void> {
    const have = new Set(pr.labels.map((l) => (l.name ?? '').toLowerCase()));
    const missing = this.p.labels.filter((l) => !have.has(l.toLowerCase()));
    if (missing.length === 0) return;
    await this.octokit.rest.issues.addLabels({ ...this.p.repo, issue_number: pr.number, labels: missing });
  }

  /** Posts the decision-change comment unless our latest one already says this decision. */
  private async postEvent(pr: RawPull, from: RetrainDecision | undefined, closing: boolean): Promise<void> {
    const { repo, model, decision } = this.p;
    const who = await this.comments.identity();
    const decisionOf = (c: StoredComment) => readRetrainDecision(c.body, model, 'event');
    const ours = async (me: CommentIdentity) =>
      (await this.comments.list({ ...repo, issue_number: pr.number })).filter((c) => isAuthoredBy(c, me) && decisionOf(c) !== undefined).sort((a, b) => a.id - b.id);
    const before = await ours(who);
    if (before.length > 0 && decisionOf(before[before.length - 1]!) === decision) return;
    const created = await this.comments.create({ ...repo, issue_number: pr.number, body: renderRetrainEventComment({ model, from, to: decision, closing }) });
    this.commented = true;
    // A concurrent run (or our own retried create) may have posted the same: of two equal comments
    // in a row, the younger goes, so each run judges only its own.
    // Judged by the author GitHub recorded on our comment, which is right even when the token's
    // identity could only be guessed (an App's installation token without `comment-author`).
    let after = await ours(created.author ? { login: created.author.login, type: created.author.type } : who);
    if (!after.some((c) => c.id === created.id)) after = [...after, created].sort((a, b) => a.id - b.id);
    const i = after.findIndex((c) => c.id === created.id);
    if (i > 0 && decisionOf(after[i - 1]!) === decision) await this.comments.delete({ ...repo, comment_id: created.id });
  }
}
