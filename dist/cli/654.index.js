export const id = 654;
export const ids = [654];
export const modules = {

/***/ 6922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ ForgeError),
/* harmony export */   Qu: () => (/* binding */ isForgeError)
/* harmony export */ });
/* unused harmony export EXIT_FORGE_FAILED */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/**
 * A request to the forge (GitHub) failed, or was refused before it was sent because GitHub would
 * reject it (a body over a size limit). It names the call (method + route template), GitHub's
 * status and message, and what the user can do (usually: a missing token permission).
 *
 * Exit code 3 (`EXIT_FORGE_FAILED`), not 1: 1 means "a check ran and failed" (a gate, drift) and
 * workflows branch on it; a forge failure means the step could not finish its side effects at all
 * (permissions, an outage, retries exhausted), which a caller must not mistake for a failed gate.
 * Not 2 either: the user's data was fine.
 */

const EXIT_FORGE_FAILED = 3;
class ForgeError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    exitCode = EXIT_FORGE_FAILED;
    method;
    route;
    status;
    githubMessage;
    constructor(d) {
        const status = d.status === undefined ? 'no response' : `HTTP ${d.status}`;
        const msg = d.githubMessage ? `: ${d.githubMessage}` : '';
        const attempts = d.attempts && d.attempts > 1 ? ` after ${d.attempts} attempts` : '';
        super(`GitHub ${d.method} ${d.route} failed (${status}${attempts})${msg}`, { hint: d.hint, cause: d.cause });
        this.method = d.method;
        this.route = d.route;
        this.status = d.status;
        this.githubMessage = d.githubMessage;
    }
}
function isForgeError(e) {
    return e instanceof ForgeError;
}


/***/ }),

/***/ 9269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ checkRunName),
/* harmony export */   Ce: () => (/* binding */ CHECK_SUMMARY_LIMIT),
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   tx: () => (/* binding */ COMMENT_BODY_LIMIT)
/* harmony export */ });
/**
 * The Forge port: what steps need from the place the repository lives. Two implementations:
 * `GitHubForge` (octokit) and `LocalForge` (files in a folder, for the CLI and tests). Steps take a
 * `Forge` and never know which one they have. Every write is idempotent: calling it again with the
 * same arguments leaves the same state (one sticky comment per marker, one check run per name+SHA).
 *
 * Grows with the steps: releases, refs, deployments come next.
 */
/** GitHub's limit on issue and PR comment bodies ("maximum is 65536 characters"). */
const COMMENT_BODY_LIMIT = 65_536;
/** GitHub's limit on a check run's `output.summary` and `output.text`. */
const CHECK_SUMMARY_LIMIT = 65_535;
/** `mlops / <model>`: the check run name for a model. */
function checkRunName(model) {
    return `mlops / ${model}`;
}
/**
 * The hidden marker that identifies one sticky comment: `<!-- mlops-actions:<workflow>/<model> -->`.
 * The id is reduced to characters that cannot end an HTML comment early (no `--`, no `>`), so a
 * model name can never break out of the marker.
 */
function stickyMarker(parts) {
    const clean = (s) => s
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9._/-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-|-$/g, '') || '_';
    return `<!-- mlops-actions:${clean(parts.workflow)}/${clean(parts.model)} -->`;
}
/** The body as posted: the marker first (once), then the Markdown. */
function withMarker(marker, body) {
    return body.includes(marker) ? body : `${marker}\n${body}`;
}


/***/ }),

/***/ 2654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalForge: () => (/* binding */ LocalForge)
});

// UNUSED EXPORTS: LOCAL_CHECK_RUN_SCHEMA

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts
var atomic_write = __webpack_require__(3196);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/github/forge-error.ts
var forge_error = __webpack_require__(6922);
// EXTERNAL MODULE: ../../../../shared/github/forge.ts
var forge = __webpack_require__(9269);
;// CONCATENATED MODULE: ../../../../shared/github/check-run.ts
/**
 * One check run per name per head SHA: find the latest run with that name on the SHA and update
 * it, else create one. Re-running a step updates the same check instead of stacking new ones.
 * (Two truly concurrent first runs can still create two; GitHub shows only the latest per name —
 * `filter=latest` — and the next run updates that one, so the visible state is still one check.)
 */


function assertCheckOutputFits(params) {
    for (const [field, value] of [['summary', params.summary], ['text', params.text]]) {
        if (value !== undefined && value.length > forge/* CHECK_SUMMARY_LIMIT */.Ce) {
            throw new forge_error/* ForgeError */.Q8({
                method: 'POST',
                route: '/repos/{owner}/{repo}/check-runs',
                githubMessage: `check run output.${field} is ${value.length} characters; GitHub accepts at most ${forge/* CHECK_SUMMARY_LIMIT */.Ce}`,
                hint: 'shorten it before posting (truncateMarkdown in shared/report/truncate.ts)',
            });
        }
    }
}
async function upsertCheckRun(octokit, params) {
    const { owner, repo, name, head_sha, title, summary, text, details_url, conclusion } = params;
    assertCheckOutputFits(params);
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

;// CONCATENATED MODULE: ../../../../shared/github/issue-comments.ts

/** The identity of `GITHUB_TOKEN` in a workflow: the GitHub Actions app's bot user. */
const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' };
function issue_comments_isAuthoredBy(c, who) {
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
                if (isForgeError(e) && e.status === 404)
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
        if (isForgeError(e) && (e.status === 403 || e.status === 401 || e.status === 404))
            return ACTIONS_BOT;
        throw e;
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
/** Throws when the body (with its marker) exceeds GitHub's limit; the renderer must truncate first. */
function assertCommentFits(body, route = '/repos/{owner}/{repo}/issues/{issue_number}/comments') {
    // String length counts UTF-16 units, never fewer than GitHub's character count: a safe bound.
    if (body.length > forge/* COMMENT_BODY_LIMIT */.tx) {
        throw new forge_error/* ForgeError */.Q8({
            method: 'POST',
            route,
            githubMessage: `comment body is ${body.length} characters; GitHub accepts at most ${forge/* COMMENT_BODY_LIMIT */.tx}`,
            hint: 'shorten the report before posting (truncateMarkdown in shared/report/truncate.ts keeps the marker)',
        });
    }
}
async function convergeStickyComment(store, params) {
    const { owner, repo, issue_number, marker } = params;
    if (!/^<!-- mlops-actions:[^>]+ -->$/.test(marker) || marker.slice(4, -3).includes('--')) {
        throw new UsageError(`sticky comment marker ${JSON.stringify(marker)} is not of the form <!-- mlops-actions:<id> -->`, {
            hint: 'build it with stickyMarker()',
        });
    }
    const body = withMarker(marker, params.body);
    assertCommentFits(body);
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
            if (e instanceof ForgeError && e.status === 404)
                continue;
            throw e;
        }
    }
    throw new ForgeError({
        method: 'PATCH',
        route: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
        githubMessage: `the sticky comment ${marker} kept disappearing while being updated (${MAX_ROUNDS} rounds)`,
        hint: 'another process is deleting comments on this PR; re-run the job',
    });
}

;// CONCATENATED MODULE: ../../../../shared/github/local-forge.ts
/**
 * The Forge as files: what would have been posted is written to a folder, so `mlops` runs every
 * step locally and a person (or a test) reads the result. Same idempotency as GitHub: one file per
 * sticky marker, one per check run name + SHA; writing the same content again changes nothing.
 *
 *   <root>/<owner>/<repo>/comments/<issue_number>/<marker id>.md     sticky comments (body as posted)
 *   <root>/<owner>/<repo>/check-runs/<head_sha>/<name>.json          check runs
 * Read, when present (written by the user or a test, to play earlier runs):
 *   <root>/<owner>/<repo>/pulls.json                                  ForgePullRequest[]
 *   <root>/<owner>/<repo>/runs/<workflow>.json                        LocalWorkflowRun[]
 *   <root>/<owner>/<repo>/artifacts/<run_id>/<name>.zip               artifacts of a run
 */









const LOCAL_CHECK_RUN_SCHEMA = 'mlops-actions/local-check-run@1';
/** A stable positive id for a local object (GitHub ids are numbers; ours derive from the path). */
function localId(key) {
    return (0,external_node_crypto_.createHash)('sha256').update(key).digest().readUIntBE(0, 6);
}
/** A path segment from untrusted text: no separators, no `..`, nothing hidden. */
function segment(s) {
    const clean = s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_');
    return clean === '' ? '_' : clean;
}
async function readIfExists(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
async function readJsonIfExists(path) {
    const text = await readIfExists(path);
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(`not valid JSON: ${e.message}`, { location: { file: path }, cause: e });
    }
}
class LocalForge {
    root;
    kind = 'local';
    constructor(root) {
        this.root = root;
    }
    repoDir({ owner, repo }) {
        return (0,external_node_path_.join)(this.root, segment(owner), segment(repo));
    }
    /** Where the sticky comment for this marker is written. */
    commentPath(params) {
        const m = /^<!-- mlops-actions:(.+) -->$/.exec(params.marker);
        if (!m)
            throw new errors/* UsageError */.eb(`sticky comment marker ${JSON.stringify(params.marker)} is not of the form <!-- mlops-actions:<id> -->`);
        return (0,external_node_path_.join)(this.repoDir(params), 'comments', String(params.issue_number), `${segment(m[1].replace(/\//g, '--'))}.md`);
    }
    checkRunPath(params) {
        return (0,external_node_path_.join)(this.repoDir(params), 'check-runs', segment(params.head_sha), `${segment(params.name.replace(/\s*\/\s*/g, '--'))}.json`);
    }
    async upsertStickyComment(params) {
        const body = (0,forge/* withMarker */.Pe)(params.marker, params.body);
        assertCommentFits(body);
        const path = this.commentPath(params);
        const before = await readIfExists(path);
        if (before !== body)
            await (0,atomic_write/* writeFileAtomic */.Z)(path, body);
        const action = before === undefined ? 'created' : before === body ? 'unchanged' : 'updated';
        return { action, commentId: localId(path), url: (0,external_node_url_.pathToFileURL)(path).href, deletedIds: [] };
    }
    async upsertCheckRun(params) {
        assertCheckOutputFits(params);
        const path = this.checkRunPath(params);
        const status = params.status ?? (params.conclusion ? 'completed' : 'in_progress');
        // No timestamps: a re-run with the same result writes the same bytes.
        const record = {
            schema: LOCAL_CHECK_RUN_SCHEMA,
            name: params.name,
            head_sha: params.head_sha,
            status,
            conclusion: status === 'completed' ? (params.conclusion ?? null) : null,
            details_url: params.details_url ?? null,
            output: { title: params.title, summary: params.summary, text: params.text ?? null },
        };
        const text = `${JSON.stringify(record, null, 2)}\n`;
        const before = await readIfExists(path);
        if (before !== text)
            await (0,atomic_write/* writeFileAtomic */.Z)(path, text);
        return { action: before === undefined ? 'created' : 'updated', checkRunId: localId(path), url: (0,external_node_url_.pathToFileURL)(path).href };
    }
    async findPullRequestsForSha(params) {
        const pulls = (await readJsonIfExists((0,external_node_path_.join)(this.repoDir(params), 'pulls.json'))) ?? [];
        return pulls.filter((p) => p.state === 'open' && p.headSha === params.sha);
    }
    async listSuccessfulWorkflowRuns(q) {
        const runs = (await readJsonIfExists((0,external_node_path_.join)(this.repoDir(q), 'runs', `${segment(String(q.workflow))}.json`))) ?? [];
        return runs
            .filter((r) => r.conclusion === 'success' &&
            (r.status === undefined || r.status === 'completed') &&
            (q.branch === undefined || r.headBranch === q.branch) &&
            (q.event === undefined || r.event === q.event) &&
            (q.head_sha === undefined || r.headSha === q.head_sha))
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
            .slice(0, q.limit ?? 30)
            .map(({ status: _status, ...run }) => run);
    }
    runArtifactsDir(params) {
        return (0,external_node_path_.join)(this.repoDir(params), 'artifacts', String(params.run_id));
    }
    async listRunArtifacts(params) {
        const dir = this.runArtifactsDir(params);
        let names;
        try {
            names = (await (0,promises_.readdir)(dir)).filter((n) => n.endsWith('.zip')).sort();
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
        const out = [];
        for (const n of names) {
            const path = (0,external_node_path_.join)(dir, n);
            out.push({ id: localId(path), name: n.slice(0, -'.zip'.length), sizeInBytes: (await (0,promises_.stat)(path)).size, expired: false });
        }
        return out;
    }
    async downloadArtifact(params) {
        const base = (0,external_node_path_.join)(this.repoDir(params), 'artifacts');
        let runs = [];
        try {
            runs = await (0,promises_.readdir)(base);
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
        }
        for (const run of runs) {
            for (const n of await (0,promises_.readdir)((0,external_node_path_.join)(base, run))) {
                const path = (0,external_node_path_.join)(base, run, n);
                if (localId(path) === params.artifact_id)
                    return new Uint8Array(await (0,promises_.readFile)(path));
            }
        }
        throw new errors/* InputError */.dz(`no local artifact with id ${params.artifact_id}`, {
            location: { file: base },
            hint: 'put artifacts at <root>/<owner>/<repo>/artifacts/<run_id>/<name>.zip',
        });
    }
}


/***/ })

};
