export const id = 4085;
export const ids = [4085,3874];
export const modules = {

/***/ 3874:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ alarmReason),
/* harmony export */   Og: () => (/* binding */ formatDriftNumber),
/* harmony export */   Zm: () => (/* binding */ describeColumnDrift),
/* harmony export */   oQ: () => (/* binding */ columnMovement)
/* harmony export */ });
const TEST_NAMES = {
    ks: 'KS',
    chisquare: 'chi-square',
    z: 'Z-test',
    wasserstein: 'Wasserstein distance',
    jensenshannon: 'Jensen-Shannon distance',
    psi: 'PSI',
};
/** Three significant digits; p-values and other tiny numbers in exponent form (2.13e-34). */
function formatDriftNumber(x) {
    if (x === 0 || !Number.isFinite(x))
        return String(x);
    if (Math.abs(x) < 1e-3)
        return x.toExponential(2).replace(/\.?0+e/, 'e');
    return String(Number(x.toPrecision(3)));
}
/** How far a column moved, without its name: "Wasserstein distance 0.476 (threshold 0.1)". */
function columnMovement(c) {
    const name = TEST_NAMES[c.test];
    if (c.p_value !== null)
        return `${name} p-value ${formatDriftNumber(c.p_value)} (threshold ${formatDriftNumber(c.threshold)}; statistic ${formatDriftNumber(c.statistic)})`;
    return `${name} ${formatDriftNumber(c.statistic)} (threshold ${formatDriftNumber(c.threshold)})`;
}
/**
 * How far a column moved, in one plain sentence:
 * "temp_max: Wasserstein distance 0.476 (threshold 0.1)" or
 * "wind: KS p-value 2.13e-34 (threshold 0.05; statistic 0.455)". The name is raw: renderers escape it.
 */
function describeColumnDrift(c) {
    return `${c.column}: ${columnMovement(c)}`;
}
/** Why an alarm was raised: "below the alarm floor 1e-6" or "4.76× the threshold, alarm at 3×". */
function alarmReason(a) {
    if (a.rule === 'p_value')
        return `below the alarm floor ${formatDriftNumber(a.limit)}`;
    if (!(a.threshold > 0))
        return `at or past ${formatDriftNumber(a.limit)}`;
    return `${formatDriftNumber(a.statistic / a.threshold)}× the threshold, alarm at ${formatDriftNumber(a.limit / a.threshold)}×`;
}


/***/ }),

/***/ 9103:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ readBlobText),
/* harmony export */   LI: () => (/* binding */ deleteBranchRef),
/* harmony export */   P: () => (/* binding */ branchHead),
/* harmony export */   S4: () => (/* binding */ treeWithFiles),
/* harmony export */   dG: () => (/* binding */ fastForwardRef),
/* harmony export */   e$: () => (/* binding */ createBranchRef),
/* harmony export */   ln: () => (/* binding */ readFileAtCommit),
/* harmony export */   vb: () => (/* binding */ forceRef),
/* harmony export */   zu: () => (/* binding */ commitFiles)
/* harmony export */ });
/* unused harmony export commitTree */
/* harmony import */ var _ports_forge_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5335);
/**
 * Writing files to a branch through the Git Data API (blobs, trees, commits, refs), the way the
 * registry branch (`github-state-store.ts`) and the retraining PR (`retrain-pr.ts`) both do it:
 * no clone, no checkout, and a compare-and-swap on the ref.
 *
 * - `treeWithFiles`: one blob per file, then one tree on top of `baseTree` (or a fresh tree).
 * - `fastForwardRef`: `PATCH …/git/refs/heads/<b>` with `force: false`. GitHub accepts it only as a
 *   fast-forward, i.e. when the branch still points at the parent our commit was made on: that is
 *   the compare-and-swap. 422 "Update is not a fast forward" (someone moved the ref) or "Reference
 *   does not exist" (someone deleted it) → `false`, and the caller re-reads and retries.
 * - `createBranchRef`: `POST …/git/refs`; a concurrent creator's 422 "Reference already exists" → `false`.
 */

/** The branch's head commit SHA, or undefined when the branch does not exist. */
async function branchHead(octokit, repo, branch) {
    try {
        const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (e) {
        if ((0,_ports_forge_error_js__WEBPACK_IMPORTED_MODULE_0__/* .isForgeError */ .Qu)(e) && e.status === 404)
            return undefined;
        throw e;
    }
}
/** Blobs for `files` and a tree holding them on top of `baseTree` (other paths kept); returns the tree SHA. */
async function treeWithFiles(octokit, repo, files, baseTree) {
    const entries = [];
    for (const [path, text] of files) {
        const { data } = await octokit.rest.git.createBlob({ ...repo, content: Buffer.from(text).toString('base64'), encoding: 'base64' });
        entries.push({ path, mode: '100644', type: 'blob', sha: data.sha });
    }
    const { data } = await octokit.rest.git.createTree({ ...repo, tree: entries, ...(baseTree ? { base_tree: baseTree } : {}) });
    return data.sha;
}
/** A commit of `files` on top of `parent` (its tree kept), or an orphan commit when `parent` is undefined. */
async function commitFiles(octokit, repo, files, parent, message) {
    const baseTree = parent === undefined ? undefined : await commitTree(octokit, repo, parent);
    const tree = await treeWithFiles(octokit, repo, files, baseTree);
    const { data } = await octokit.rest.git.createCommit({ ...repo, message, tree, parents: parent === undefined ? [] : [parent] });
    return data.sha;
}
/** The root tree SHA of a commit. */
async function commitTree(octokit, repo, commitSha) {
    const { data } = await octokit.rest.git.getCommit({ ...repo, commit_sha: commitSha });
    return data.tree.sha;
}
/** Moves the branch to `sha` only as a fast-forward; false when the ref moved or vanished since it was read. */
async function fastForwardRef(octokit, repo, branch, sha) {
    try {
        await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false });
        return true;
    }
    catch (e) {
        if ((0,_ports_forge_error_js__WEBPACK_IMPORTED_MODULE_0__/* .isForgeError */ .Qu)(e) && e.status === 422 && /fast forward|does not exist/i.test(e.githubMessage ?? ''))
            return false;
        throw e;
    }
}
/** Points the branch at `sha` whatever it pointed at (only for branches this project owns outright). */
async function forceRef(octokit, repo, branch, sha) {
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
}
/** Creates the branch at `sha`; false when it already exists (a concurrent creator, or an older branch). */
async function createBranchRef(octokit, repo, branch, sha) {
    try {
        await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
        return true;
    }
    catch (e) {
        if ((0,_ports_forge_error_js__WEBPACK_IMPORTED_MODULE_0__/* .isForgeError */ .Qu)(e) && e.status === 422 && /already exists/i.test(e.githubMessage ?? ''))
            return false;
        throw e;
    }
}
/**
 * Deletes the branch; false when it was already gone. GitHub answers 422 for a missing ref (the
 * description declares that answer without a body, so the status alone decides).
 */
async function deleteBranchRef(octokit, repo, branch) {
    try {
        await octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
        return true;
    }
    catch (e) {
        if ((0,_ports_forge_error_js__WEBPACK_IMPORTED_MODULE_0__/* .isForgeError */ .Qu)(e) && (e.status === 422 || e.status === 404))
            return false;
        throw e;
    }
}
/** A blob's content as UTF-8 text. */
async function readBlobText(octokit, repo, blobSha) {
    const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: blobSha });
    return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
}
/**
 * The text of one file at a commit, or undefined when the path holds no file. Walks the trees one
 * directory at a time (a recursive listing of a large repository can come back truncated).
 */
async function readFileAtCommit(octokit, repo, commitSha, path) {
    let tree = await commitTree(octokit, repo, commitSha);
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
        const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: tree });
        const entry = data.tree.find((e) => e.path === parts[i]);
        const last = i === parts.length - 1;
        if (!entry?.sha || entry.type !== (last ? 'blob' : 'tree'))
            return undefined;
        if (last)
            return readBlobText(octokit, repo, entry.sha);
        tree = entry.sha;
    }
    return undefined;
}


/***/ }),

/***/ 942:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubForge: () => (/* binding */ GitHubForge)
});

// EXTERNAL MODULE: ../../../../shared/ports/forge-requests.ts
var forge_requests = __webpack_require__(7479);
;// CONCATENATED MODULE: ../../../../shared/github/check-run.ts
/**
 * One check run per name per head SHA: find the latest run with that name on the SHA and update
 * it, else create one. Re-running a step updates the same check instead of stacking new ones.
 * (Two truly concurrent first runs can still create two; GitHub shows only the latest per name —
 * `filter=latest` — and the next run updates that one, so the visible state is still one check.)
 */


async function upsertCheckRun(octokit, params) {
    const { owner, repo, name, head_sha, title, summary, text, details_url, conclusion } = params;
    (0,forge_requests/* assertCheckOutputFits */.mE)(params);
    const status = params.status ?? (conclusion ? 'completed' : 'in_progress');
    // paginate() unwraps `{ total_count, check_runs }` into the list of check runs.
    const existing = await octokit.paginate(octokit.rest.checks.listForRef, {
        owner,
        repo,
        ref: head_sha,
        check_name: name,
        filter: 'latest',
        per_page: 100,
    });
    const match = existing
        .filter((c) => c.name === name && c.head_sha === head_sha)
        .sort((a, b) => b.id - a.id)[0];
    const output = { title, summary, ...(text === undefined ? {} : { text }) };
    const fields = {
        status,
        ...(status === 'completed' && conclusion ? { conclusion, completed_at: new Date().toISOString() } : {}),
        ...(details_url ? { details_url } : {}),
        output,
    };
    if (match) {
        const { data } = await octokit.rest.checks.update({ owner, repo, check_run_id: match.id, name, ...fields });
        return { action: 'updated', checkRunId: data.id, url: data.html_url ?? data.url };
    }
    const { data } = await octokit.rest.checks.create({ owner, repo, name, head_sha, ...fields });
    return { action: 'created', checkRunId: data.id, url: data.html_url ?? data.url };
}

;// CONCATENATED MODULE: ../../../../shared/github/find-pr.ts
/** Open PRs scanned at most in the fallback (10 pages of 100). */
const OPEN_PR_SCAN_LIMIT = 1000;
function toForgePull(p) {
    return {
        number: p.number,
        state: p.state === 'open' ? 'open' : 'closed',
        headSha: p.head.sha,
        headRef: p.head.ref,
        headRepo: p.head.repo?.full_name ?? null,
        baseRef: p.base.ref,
        isFork: p.head.repo?.full_name !== p.base.repo.full_name,
        url: p.html_url,
    };
}
const byRecency = (a, b) => b.updated_at.localeCompare(a.updated_at) || b.number - a.number;
async function findPullRequestsForSha(octokit, { owner, repo, sha }) {
    const viaCommit = (await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
        owner,
        repo,
        commit_sha: sha,
        per_page: 100,
    }));
    const direct = viaCommit.filter((p) => p.state === 'open' && p.head.sha === sha);
    if (direct.length > 0)
        return direct.sort(byRecency).map(toForgePull);
    const found = [];
    let scanned = 0;
    for await (const page of octokit.paginate.iterator(octokit.rest.pulls.list, { owner, repo, state: 'open', per_page: 100 })) {
        const pulls = page.data;
        found.push(...pulls.filter((p) => p.head.sha === sha));
        scanned += pulls.length;
        if (scanned >= OPEN_PR_SCAN_LIMIT)
            break;
    }
    return found.sort(byRecency).map(toForgePull);
}
/** The most recently updated open PR for the SHA, or undefined. */
async function findPullRequestForSha(octokit, params) {
    return (await findPullRequestsForSha(octokit, params))[0];
}

// EXTERNAL MODULE: ../../../../shared/ports/forge-error.ts
var forge_error = __webpack_require__(5335);
;// CONCATENATED MODULE: ../../../../shared/github/issue-comments.ts

/** The identity of `GITHUB_TOKEN` in a workflow: the GitHub Actions app's bot user. */
const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };
function isAuthoredBy(c, who) {
    if (!c.author)
        return false;
    if (c.author.login.toLowerCase() !== who.login.toLowerCase())
        return false;
    return who.type === undefined || c.author.type === who.type;
}
function toStored(c) {
    return {
        id: c.id,
        body: c.body ?? '',
        author: c.user ? { login: c.user.login, type: c.user.type } : null,
        createdAt: c.created_at,
        url: c.html_url,
    };
}
function issue_comments_octokitCommentStore(octokit, options = {}) {
    let who;
    return {
        identity() {
            who ??= resolveIdentity(octokit, options);
            return who;
        },
        async list({ owner, repo, issue_number }) {
            const all = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 });
            return all.map((c) => toStored(c));
        },
        async create({ owner, repo, issue_number, body }) {
            const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number, body });
            return toStored(data);
        },
        async update({ owner, repo, comment_id, body }) {
            const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id, body });
            return toStored(data);
        },
        async delete({ owner, repo, comment_id }) {
            try {
                await octokit.rest.issues.deleteComment({ owner, repo, comment_id });
                return true;
            }
            catch (e) {
                if ((0,forge_error/* isForgeError */.Qu)(e) && e.status === 404)
                    return false;
                throw e;
            }
        },
    };
}
/**
 * `GET /user` works for personal and app-user tokens; an installation token such as GITHUB_TOKEN
 * gets 403 ("Resource not accessible by integration"). Then the identity is the `comment-author`
 * input if given, else the Actions bot (matched by login and `type: Bot`, so a human who named
 * themselves similarly cannot be mistaken for it).
 */
async function resolveIdentity(octokit, options) {
    if (options.commentAuthor)
        return { login: options.commentAuthor };
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { login: data.login, type: data.type };
    }
    catch (e) {
        if ((0,forge_error/* isForgeError */.Qu)(e) && (e.status === 403 || e.status === 401 || e.status === 404))
            return ACTIONS_BOT;
        throw e;
    }
}

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/report/drift-pr-body.ts
var drift_pr_body = __webpack_require__(7700);
// EXTERNAL MODULE: ../../../../shared/formats/forge-markers.ts
var forge_markers = __webpack_require__(2362);
// EXTERNAL MODULE: ../../../../shared/github/git-data.ts
var git_data = __webpack_require__(9103);
;// CONCATENATED MODULE: ../../../../shared/github/retrain-pr.ts
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









/** Attempts at committing on top of a branch that other writers keep moving. */
const MAX_CAS_ATTEMPTS = 5;
/**
 * Opens, updates, comments on or closes the model's retraining PR (see the file comment). Throws
 * `ForgeError` when GitHub refuses or keeps failing a call, `UsageError` for bad parameters.
 */
async function upsertRetrainPullRequest(octokit, params, options = {}) {
    const p = (0,forge_requests/* resolveRetrainParams */.Y4)(params);
    const run = new RetrainPrRun(octokit, p, options.comments ?? issue_comments_octokitCommentStore(octokit, options));
    return run.execute();
}
class RetrainPrRun {
    octokit;
    p;
    comments;
    warnings = [];
    commented = false;
    committed = false;
    constructor(octokit, p, comments) {
        this.octokit = octokit;
        this.p = p;
        this.comments = comments;
    }
    async execute() {
        const open = await this.findOpen();
        if (this.p.decision === 'ok')
            return open ? this.recover(open) : this.result('none');
        return open ? this.update(open) : this.create();
    }
    result(operation, pr) {
        return {
            operation,
            ...(pr ? { number: pr.number, url: pr.html_url } : {}),
            commented: this.commented,
            committed: this.committed,
            warnings: this.warnings,
        };
    }
    /** The open PR from our branch: the one into the requested base when several, else the oldest. */
    async findOpen() {
        const { repo, branch, base } = this.p;
        const pulls = (await this.octokit.paginate(this.octokit.rest.pulls.list, { ...repo, state: 'open', head: `${repo.owner}:${branch}`, per_page: 100 }));
        const mine = pulls.filter((pr) => pr.state === 'open' && pr.head.ref === branch).sort((a, b) => a.number - b.number);
        return mine.find((pr) => base !== undefined && pr.base.ref === base) ?? mine[0];
    }
    async baseBranch() {
        if (this.p.base !== undefined)
            return this.p.base;
        const { data } = await this.octokit.rest.repos.get({ ...this.p.repo });
        return data.default_branch;
    }
    commitMessage() {
        return `mlops: retrain request for ${this.p.model.replace(/[\r\n]+/g, ' ')} (${this.p.decision})`;
    }
    /** A commit of the request file on top of the base branch's head. */
    async commitOnBase(base) {
        const baseSha = await (0,git_data/* branchHead */.P)(this.octokit, this.p.repo, base);
        if (!baseSha) {
            throw new errors/* UsageError */.eb(`the base branch ${JSON.stringify(base)} does not exist in ${this.p.repo.owner}/${this.p.repo.repo}`, { hint: 'set the base input to an existing branch, or leave it empty for the default branch' });
        }
        return (0,git_data/* commitFiles */.zu)(this.octokit, this.p.repo, [[this.p.path, this.p.requestText]], baseSha, this.commitMessage());
    }
    async create() {
        const { repo, branch, title, body } = this.p;
        const base = await this.baseBranch();
        (0,forge_requests/* checkBranch */.DC)(branch, base);
        const commit = await this.commitOnBase(base);
        if (!(await (0,git_data/* createBranchRef */.e$)(this.octokit, repo, branch, commit))) {
            const open = await this.findOpen();
            if (open)
                return this.update(open);
            // Left by a closed or merged PR (or made a moment ago by a concurrent run about to open its
            // PR): the branch is ours, start it over as one commit on the base.
            await (0,git_data/* forceRef */.vb)(this.octokit, repo, branch, commit);
        }
        this.committed = true;
        let pr;
        try {
            pr = (await this.octokit.rest.pulls.create({ ...repo, title, head: branch, base, body })).data;
        }
        catch (e) {
            if (!((0,forge_error/* isForgeError */.Qu)(e) && e.status === 422 && /already exists/i.test(e.githubMessage ?? '')))
                throw e;
            const open = await this.findOpen();
            if (!open)
                throw e;
            // Our own create, applied but answered with an error and retried: its head is our commit.
            if (open.head.sha === commit)
                return this.finishCreate(open);
            this.committed = false;
            return this.update(open);
        }
        return this.finishCreate(pr);
    }
    async finishCreate(pr) {
        await this.ensureLabels(pr);
        const { reviewers, teamReviewers, repo } = this.p;
        if (reviewers.length > 0 || teamReviewers.length > 0) {
            try {
                await this.octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pr.number, reviewers, team_reviewers: teamReviewers });
            }
            catch (e) {
                // The PR stands without them; a reviewer who is not a collaborator (or is the PR's author) is a warning.
                if (!((0,forge_error/* isForgeError */.Qu)(e) && (e.status === 422 || e.status === 403 || e.status === 404)))
                    throw e;
                this.warnings.push(`could not request reviewers ${[...reviewers, ...teamReviewers.map((t) => `team ${t}`)].join(', ')} on #${pr.number}: ${e.message}`);
            }
        }
        return this.result('created', pr);
    }
    async update(pr) {
        const previous = (0,forge_markers/* readRetrainDecision */.Yr)(pr.body, this.p.model);
        this.committed = await this.commitOnBranch();
        if (previous !== undefined && previous !== this.p.decision)
            await this.postEvent(pr, previous, false);
        await this.updateBody(pr);
        await this.ensureLabels(pr);
        return this.result('updated', pr);
    }
    async recover(pr) {
        const { onRecovery, repo, branch } = this.p;
        if (onRecovery === 'none')
            return this.result('none', pr);
        const previous = (0,forge_markers/* readRetrainDecision */.Yr)(pr.body, this.p.model);
        if (onRecovery === 'close') {
            await this.postEvent(pr, previous, true);
            // The body keeps the evidence that opened the PR: a closed PR is a record.
            await this.octokit.rest.pulls.update({ ...repo, pull_number: pr.number, state: 'closed' });
            // The closed PR keeps its commits; a new drift starts the branch over from the base.
            if (this.p.deleteBranchOnClose)
                await (0,git_data/* deleteBranchRef */.LI)(this.octokit, repo, branch);
            return this.result('closed', pr);
        }
        if (previous !== 'ok')
            await this.postEvent(pr, previous, false);
        await this.updateBody(pr);
        return this.result('updated', pr);
    }
    /** Commits the request file on top of the branch head when its evidence changed; true when it did. */
    async commitOnBranch() {
        const { repo, branch, path, requestText: text } = this.p;
        for (let attempt = 1; attempt <= MAX_CAS_ATTEMPTS; attempt++) {
            const head = await (0,git_data/* branchHead */.P)(this.octokit, repo, branch);
            if (!head) {
                // The branch vanished under the open PR (deleted by hand a moment ago): start it over.
                const commit = await this.commitOnBase(await this.baseBranch());
                if (await (0,git_data/* createBranchRef */.e$)(this.octokit, repo, branch, commit))
                    return true;
                continue;
            }
            if ((0,forge_requests/* sameRequestEvidence */.b$)(await (0,git_data/* readFileAtCommit */.ln)(this.octokit, repo, head, path), text))
                return false;
            const commit = await (0,git_data/* commitFiles */.zu)(this.octokit, repo, [[path, text]], head, this.commitMessage());
            if (await (0,git_data/* fastForwardRef */.dG)(this.octokit, repo, branch, commit))
                return true;
            // Another writer moved the branch between our read and our update: read again.
        }
        throw new forge_error/* ForgeError */.Q8({
            method: 'PATCH',
            route: '/repos/{owner}/{repo}/git/refs/{ref}',
            status: 422,
            githubMessage: `the branch ${branch} kept moving while the request file was committed (${MAX_CAS_ATTEMPTS} attempts)`,
            hint: 'something else pushes to the retraining branch continuously; only this step should write to it',
        });
    }
    /** Rewrites the body when it differs. The title is set once, when the PR is opened: a person may retitle it. */
    async updateBody(pr) {
        if ((pr.body ?? '') === this.p.body)
            return;
        await this.octokit.rest.pulls.update({ ...this.p.repo, pull_number: pr.number, body: this.p.body });
    }
    /** Adds the configured labels the PR lacks (GitHub creates a label that does not exist yet). */
    async ensureLabels(pr) {
        const have = new Set(pr.labels.map((l) => (l.name ?? '').toLowerCase()));
        const missing = this.p.labels.filter((l) => !have.has(l.toLowerCase()));
        if (missing.length === 0)
            return;
        await this.octokit.rest.issues.addLabels({ ...this.p.repo, issue_number: pr.number, labels: missing });
    }
    /** Posts the decision-change comment unless our latest one already says this decision. */
    async postEvent(pr, from, closing) {
        const { repo, model, decision } = this.p;
        const who = await this.comments.identity();
        const decisionOf = (c) => (0,forge_markers/* readRetrainDecision */.Yr)(c.body, model, 'event');
        const ours = async (me) => (await this.comments.list({ ...repo, issue_number: pr.number })).filter((c) => isAuthoredBy(c, me) && decisionOf(c) !== undefined).sort((a, b) => a.id - b.id);
        const before = await ours(who);
        if (before.length > 0 && decisionOf(before[before.length - 1]) === decision)
            return;
        const created = await this.comments.create({ ...repo, issue_number: pr.number, body: (0,drift_pr_body/* renderRetrainEventComment */.d1)({ model, from, to: decision, closing }) });
        this.commented = true;
        // A concurrent run (or our own retried create) may have posted the same: of two equal comments
        // in a row, the younger goes, so each run judges only its own.
        // Judged by the author GitHub recorded on our comment, which is right even when the token's
        // identity could only be guessed (an App's installation token without `comment-author`).
        let after = await ours(created.author ? { login: created.author.login, type: created.author.type } : who);
        if (!after.some((c) => c.id === created.id))
            after = [...after, created].sort((a, b) => a.id - b.id);
        const i = after.findIndex((c) => c.id === created.id);
        if (i > 0 && decisionOf(after[i - 1]) === decision)
            await this.comments.delete({ ...repo, comment_id: created.id });
    }
}

;// CONCATENATED MODULE: ../../../../shared/github/sticky-comment.ts
/**
 * One sticky comment per marker per issue/PR, however many runs race.
 *
 * Convergence rule: among the comments that carry the marker and were written by us, the OLDEST
 * (smallest id; GitHub ids grow with creation time) is the sticky comment, and every other one is
 * a duplicate that its observer deletes. Each run:
 *   1. lists all comments (every page) and picks ours with the marker;
 *   2. none: creates one, then lists again (a concurrent run may have created one too);
 *   3. keeps the oldest, updates it when its body differs, deletes the rest.
 * The oldest comment is never a duplicate in anyone's view, so no run deletes it; every younger one
 * is seen next to it by the run that created it (step 2 lists after creating) and is deleted. Two
 * runs thus end with exactly one comment, whichever order their requests interleave in. The body is
 * last-writer-wins, as for any two concurrent reports. A create that GitHub applied but answered
 * with a 5xx (then retried by octokit) leaves a duplicate that the same rule removes.
 */






/** Rounds of list/converge before giving up (a round only repeats when our keeper vanished under us). */
const MAX_ROUNDS = 4;
function isOctokit(x) {
    return typeof x.request === 'function' && 'rest' in x;
}
/** Upserts through a Forge, or straight through an octokit instance. */
async function upsertStickyComment(target, params, options = {}) {
    if (isOctokit(target))
        return convergeStickyComment(octokitCommentStore(target, options), params);
    return target.upsertStickyComment(params);
}
async function convergeStickyComment(store, params) {
    const { owner, repo, issue_number, marker } = params;
    if (!/^<!-- mlops-actions:[^>]+ -->$/.test(marker) || marker.slice(4, -3).includes('--')) {
        throw new errors/* UsageError */.eb(`sticky comment marker ${JSON.stringify(marker)} is not of the form <!-- mlops-actions:<id> -->`, {
            hint: 'build it with stickyMarker()',
        });
    }
    const body = (0,forge_markers/* withMarker */.Pe)(marker, params.body);
    (0,forge_requests/* assertCommentFits */.q)(body);
    const who = await store.identity();
    const ours = async () => (await store.list({ owner, repo, issue_number }))
        .filter((c) => isAuthoredBy(c, who) && c.body.includes(marker))
        .sort((a, b) => a.id - b.id);
    let created;
    const deletedIds = [];
    for (let round = 0; round < MAX_ROUNDS; round++) {
        let mine = await ours();
        if (mine.length === 0 && !created) {
            created = await store.create({ owner, repo, issue_number, body });
            mine = await ours();
            // Lists can lag a write; our own comment is known to exist.
            if (!mine.some((c) => c.id === created.id))
                mine = [...mine, created].sort((a, b) => a.id - b.id);
        }
        else if (mine.length === 0) {
            // We created one and it is gone: another run judged it a duplicate of an older comment that
            // has since vanished too (deleted by a person). Start over.
            created = undefined;
            continue;
        }
        const [keeper, ...duplicates] = mine;
        for (const d of duplicates) {
            if (await store.delete({ owner, repo, comment_id: d.id }))
                deletedIds.push(d.id);
        }
        if (keeper.body === body) {
            const action = created?.id === keeper.id ? 'created' : created ? 'updated' : 'unchanged';
            return { action, commentId: keeper.id, url: keeper.url, deletedIds };
        }
        try {
            const updated = await store.update({ owner, repo, comment_id: keeper.id, body });
            return { action: 'updated', commentId: updated.id, url: updated.url, deletedIds };
        }
        catch (e) {
            // The keeper was deleted between our list and our update (by a person, or by a run that saw an
            // even older comment): list again.
            if (e instanceof forge_error/* ForgeError */.Q8 && e.status === 404)
                continue;
            throw e;
        }
    }
    throw new forge_error/* ForgeError */.Q8({
        method: 'PATCH',
        route: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
        githubMessage: `the sticky comment ${marker} kept disappearing while being updated (${MAX_ROUNDS} rounds)`,
        hint: 'another process is deleting comments on this PR; re-run the job',
    });
}

;// CONCATENATED MODULE: ../../../../shared/github/workflow-runs.ts
async function listSuccessfulWorkflowRuns(octokit, q) {
    const limit = q.limit ?? 30;
    const runs = [];
    const params = {
        owner: q.owner,
        repo: q.repo,
        workflow_id: q.workflow,
        status: 'success',
        per_page: Math.min(100, limit),
        ...(q.branch ? { branch: q.branch } : {}),
        ...(q.event ? { event: q.event } : {}),
        ...(q.head_sha ? { head_sha: q.head_sha } : {}),
    };
    for await (const page of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, params)) {
        for (const r of page.data) {
            runs.push({
                id: r.id,
                runNumber: r.run_number,
                headSha: r.head_sha,
                headBranch: r.head_branch,
                event: r.event,
                conclusion: r.conclusion,
                createdAt: r.created_at,
                url: r.html_url,
            });
            if (runs.length >= limit)
                return runs;
        }
    }
    return runs;
}
async function listRunArtifacts(octokit, { owner, repo, run_id }) {
    const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, { owner, repo, run_id, per_page: 100 }, (r) => r.data);
    return all.map((a) => ({ id: a.id, name: a.name, sizeInBytes: a.size_in_bytes, expired: a.expired }));
}
/** GitHub answers with a 302 to short-lived storage; fetch follows it and we get the zip bytes. */
async function downloadArtifact(octokit, { owner, repo, artifact_id }) {
    const { data } = await octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id, archive_format: 'zip' });
    return new Uint8Array(data);
}

;// CONCATENATED MODULE: ../../../../shared/github/github-forge.ts
/** The Forge on GitHub, through one octokit instance from `createGitHubClient`. */






class GitHubForge {
    octokit;
    kind = 'github';
    comments;
    constructor(octokit, options = {}) {
        this.octokit = octokit;
        this.comments = issue_comments_octokitCommentStore(octokit, options);
    }
    upsertStickyComment(params) {
        return convergeStickyComment(this.comments, params);
    }
    upsertCheckRun(params) {
        return upsertCheckRun(this.octokit, params);
    }
    findPullRequestsForSha(params) {
        return findPullRequestsForSha(this.octokit, params);
    }
    listSuccessfulWorkflowRuns(query) {
        return listSuccessfulWorkflowRuns(this.octokit, query);
    }
    listRunArtifacts(params) {
        return listRunArtifacts(this.octokit, params);
    }
    downloadArtifact(params) {
        return downloadArtifact(this.octokit, params);
    }
    upsertRetrainPullRequest(params) {
        return upsertRetrainPullRequest(this.octokit, params, { comments: this.comments });
    }
}


/***/ }),

/***/ 7479:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ checkBranch),
/* harmony export */   Y4: () => (/* binding */ resolveRetrainParams),
/* harmony export */   b$: () => (/* binding */ sameRequestEvidence),
/* harmony export */   mE: () => (/* binding */ assertCheckOutputFits),
/* harmony export */   q: () => (/* binding */ assertCommentFits)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRAIN_LABELS, requestText */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2362);
/* harmony import */ var _formats_retrain_request_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5376);
/* harmony import */ var _forge_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5335);
/**
 * What every Forge checks before it posts, so the file-based forge refuses exactly what GitHub
 * would: comment and check-run sizes, and a retraining PR's parameters resolved to the values both
 * implementations then write (branch, request file path and bytes, title, marked body, labels).
 */




/** Throws when the body (with its marker) exceeds GitHub's limit; the renderer must truncate first. */
function assertCommentFits(body, route = '/repos/{owner}/{repo}/issues/{issue_number}/comments') {
    // String length counts UTF-16 units, never fewer than GitHub's character count: a safe bound.
    if (body.length > _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_BODY_LIMIT */ .tx) {
        throw new _forge_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ForgeError */ .Q8({
            method: 'POST',
            route,
            githubMessage: `comment body is ${body.length} characters; GitHub accepts at most ${_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_BODY_LIMIT */ .tx}`,
            hint: 'shorten the report before posting (truncateMarkdown in shared/report/truncate.ts keeps the marker)',
        });
    }
}
function assertCheckOutputFits(params) {
    for (const [field, value] of [['summary', params.summary], ['text', params.text]]) {
        if (value !== undefined && value.length > _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK_SUMMARY_LIMIT */ .Ce) {
            throw new _forge_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ForgeError */ .Q8({
                method: 'POST',
                route: '/repos/{owner}/{repo}/check-runs',
                githubMessage: `check run output.${field} is ${value.length} characters; GitHub accepts at most ${_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK_SUMMARY_LIMIT */ .Ce}`,
                hint: 'shorten it before posting (truncateMarkdown in shared/report/truncate.ts)',
            });
        }
    }
}
const DEFAULT_RETRAIN_LABELS = ['mlops:retrain'];
const PULLS_ROUTE = '/repos/{owner}/{repo}/pulls';
/** A branch name we are willing to reset and delete: plain characters, no `..`, not the base. */
function checkBranch(branch, base) {
    const ok = /^[A-Za-z0-9._/-]+$/.test(branch) && !/(^|\/)\.|\.\.|\/\/|^\/|\/$|\.lock(\/|$)/.test(branch);
    if (!ok)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`retraining branch ${JSON.stringify(branch)} is not a plain branch name`, { hint: 'use letters, digits, ".", "_", "-" and "/" (default mlops/retrain/<model>)' });
    if (base !== undefined && branch === base)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the retraining branch and the base branch are both ${JSON.stringify(branch)}`, { hint: 'the retraining branch is reset and deleted by the step: never point it at a branch people use' });
    return branch;
}
/** A path inside the repository: relative, no `.`/`..` segments, no empty segments. */
function checkPath(path) {
    const parts = path.split('/');
    if (path.length === 0 || path.length > 1024 || parts.some((s) => s === '' || s === '.' || s === '..') || /[\0\\]/.test(path)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`request file path ${JSON.stringify(path)} is not a relative path inside the repository`, { hint: 'e.g. .mlops/retrain/<model>.json' });
    }
    return path;
}
function resolveRetrainParams(params) {
    const { owner, repo, model, decision } = params;
    const branch = checkBranch(params.branch ?? (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .retrainBranch */ .yb)(model), params.base);
    const body = (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .withMarker */ .Pe)((0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .retrainMarker */ .UF)(model, decision), params.body);
    assertCommentFits(body, PULLS_ROUTE);
    return {
        repo: { owner, repo },
        model,
        decision,
        base: params.base,
        branch,
        path: checkPath(params.path ?? (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .retrainRequestPath */ .Af)(model)),
        request: params.request,
        requestText: requestText(params.request),
        title: params.title ?? (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .retrainPrTitle */ .ux)(model),
        body,
        labels: [...new Set(params.labels ?? DEFAULT_RETRAIN_LABELS)],
        reviewers: params.reviewers ?? [],
        teamReviewers: params.teamReviewers ?? [],
        onRecovery: params.onRecovery ?? 'comment',
        deleteBranchOnClose: params.deleteBranchOnClose ?? true,
    };
}
/** The request file's bytes: pretty JSON, one trailing newline (what a person reads on the branch). */
function requestText(request) {
    return `${JSON.stringify(request, null, 2)}\n`;
}
/** Same evidence: equal once the fields describing the run (run_url, detected_at) are set aside. */
function sameRequestEvidence(before, after) {
    if (before === undefined)
        return false;
    const strip = (text) => {
        try {
            const o = JSON.parse(text);
            if (typeof o !== 'object' || o === null || Array.isArray(o))
                return undefined;
            for (const k of _formats_retrain_request_format_js__WEBPACK_IMPORTED_MODULE_3__/* .RETRAIN_REQUEST_RUN_FIELDS */ .kK)
                delete o[k];
            return JSON.stringify(o);
        }
        catch {
            return undefined;
        }
    };
    const a = strip(before);
    return a !== undefined && a === strip(after);
}


/***/ })

};
