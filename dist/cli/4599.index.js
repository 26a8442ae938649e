export const id = 4599;
export const ids = [4599,3874];
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

/***/ 1118:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LocalForge: () => (/* binding */ LocalForge)
/* harmony export */ });
/* unused harmony exports LOCAL_CHECK_RUN_SCHEMA, LOCAL_RETRAIN_PR_SCHEMA */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3196);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9980);
/* harmony import */ var _ports_forge_requests_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7479);
/* harmony import */ var _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2362);
/* harmony import */ var _report_drift_pr_body_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7700);
/**
 * The Forge as files: what would have been posted is written to a folder, so `mlops` runs every
 * step locally and a person (or a test) reads the result. Same idempotency as GitHub: one file per
 * sticky marker, one per check run name + SHA; writing the same content again changes nothing.
 *
 *   <root>/<owner>/<repo>/comments/<issue_number>/<marker id>.md     sticky comments (body as posted)
 *   <root>/<owner>/<repo>/check-runs/<head_sha>/<name>.json          check runs
 *   <root>/<owner>/<repo>/retrain/<model>/pull.json                  the retraining PR: number, state, decision, labels, …
 *   <root>/<owner>/<repo>/retrain/<model>/body.md                    its description
 *   <root>/<owner>/<repo>/retrain/<model>/request.json               the request file it would commit
 *   <root>/<owner>/<repo>/retrain/<model>/comments/<number>/<n>-<decision>.md   its comments
 * Read, when present (written by the user or a test, to play earlier runs):
 *   <root>/<owner>/<repo>/pulls.json                                  ForgePullRequest[]
 *   <root>/<owner>/<repo>/runs/<workflow>.json                        LocalWorkflowRun[]
 *   <root>/<owner>/<repo>/artifacts/<run_id>/<name>.zip               artifacts of a run
 */











const LOCAL_CHECK_RUN_SCHEMA = 'mlops-actions/local-check-run@1';
const LOCAL_RETRAIN_PR_SCHEMA = 'mlops-actions/local-retrain-pr@1';
/** A stable positive id for a local object (GitHub ids are numbers; ours derive from the path). */
function localId(key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest().readUIntBE(0, 6);
}
/** A path segment from untrusted text: no separators, no `..`, nothing hidden. */
function segment(s) {
    const clean = s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_');
    return clean === '' ? '_' : clean;
}
async function readIfExists(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
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
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`not valid JSON: ${e.message}`, { location: { file: path }, cause: e });
    }
}
class LocalForge {
    root;
    kind = 'local';
    constructor(root) {
        this.root = root;
    }
    repoDir({ owner, repo }) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, segment(owner), segment(repo));
    }
    /** Where the sticky comment for this marker is written. */
    commentPath(params) {
        const m = /^<!-- mlops-actions:(.+) -->$/.exec(params.marker);
        if (!m)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`sticky comment marker ${JSON.stringify(params.marker)} is not of the form <!-- mlops-actions:<id> -->`);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(params), 'comments', String(params.issue_number), `${segment(m[1].replace(/\//g, '--'))}.md`);
    }
    checkRunPath(params) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(params), 'check-runs', segment(params.head_sha), `${segment(params.name.replace(/\s*\/\s*/g, '--'))}.json`);
    }
    async upsertStickyComment(params) {
        const body = (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .withMarker */ .Pe)(params.marker, params.body);
        (0,_ports_forge_requests_js__WEBPACK_IMPORTED_MODULE_6__/* .assertCommentFits */ .q)(body);
        const path = this.commentPath(params);
        const before = await readIfExists(path);
        if (before !== body)
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(path, body);
        const action = before === undefined ? 'created' : before === body ? 'unchanged' : 'updated';
        return { action, commentId: localId(path), url: (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(path).href, deletedIds: [] };
    }
    async upsertCheckRun(params) {
        (0,_ports_forge_requests_js__WEBPACK_IMPORTED_MODULE_6__/* .assertCheckOutputFits */ .mE)(params);
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
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(path, text);
        return { action: before === undefined ? 'created' : 'updated', checkRunId: localId(path), url: (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(path).href };
    }
    async findPullRequestsForSha(params) {
        const pulls = (await readJsonIfExists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(params), 'pulls.json'))) ?? [];
        return pulls.filter((p) => p.state === 'open' && p.headSha === params.sha);
    }
    async listSuccessfulWorkflowRuns(q) {
        const runs = (await readJsonIfExists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(q), 'runs', `${segment(String(q.workflow))}.json`))) ?? [];
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
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(params), 'artifacts', String(params.run_id));
    }
    async listRunArtifacts(params) {
        const dir = this.runArtifactsDir(params);
        let names;
        try {
            names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).filter((n) => n.endsWith('.zip')).sort();
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
        const out = [];
        for (const n of names) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, n);
            out.push({ id: localId(path), name: n.slice(0, -'.zip'.length), sizeInBytes: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path)).size, expired: false });
        }
        return out;
    }
    /** The folder of a model's retraining PR. */
    retrainDir(params) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(params), 'retrain', segment((0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .modelSlug */ .RE)(params.model)));
    }
    /**
     * The retraining PR as files, with the GitHub forge's rules: one open PR per model, the request
     * file "committed" only when its evidence changed, a comment only when the decision changes, and
     * on recovery `comment` / `close` / `none`. A new drift after a close opens a new PR (new number).
     */
    async upsertRetrainPullRequest(params) {
        const p = (0,_ports_forge_requests_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveRetrainParams */ .Y4)(params);
        const dir = this.retrainDir(params);
        const pullPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'pull.json');
        const bodyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'body.md');
        const requestPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'request.json');
        const before = await readJsonIfExists(pullPath);
        const open = before?.state === 'open' ? before : undefined;
        const result = (operation, pr, commented, committed) => ({
            operation,
            ...(pr ? { number: pr.number, url: pr.url } : {}),
            commented,
            committed,
            warnings: [],
        });
        const writeIfChanged = async (path, text) => {
            if ((await readIfExists(path)) === text)
                return false;
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(path, text);
            return true;
        };
        /** Posts the event comment unless the PR's last one says this decision already. */
        const comment = async (pr, from, closing) => {
            const last = pr.comments[pr.comments.length - 1];
            if (last !== undefined && last.endsWith(`-${p.decision}.md`))
                return false;
            const name = `${String(pr.comments.length + 1).padStart(3, '0')}-${p.decision}.md`;
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'comments', String(pr.number), name), (0,_report_drift_pr_body_js__WEBPACK_IMPORTED_MODULE_7__/* .renderRetrainEventComment */ .d1)({ model: p.model, from, to: p.decision, closing }));
            pr.comments.push(name);
            return true;
        };
        if (p.decision === 'ok') {
            if (!open)
                return result('none', undefined, false, false);
            if (p.onRecovery === 'none')
                return result('none', open, false, false);
            const previous = (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .readRetrainDecision */ .Yr)(await readIfExists(bodyPath), p.model);
            const pr = { ...open, comments: [...open.comments] };
            if (p.onRecovery === 'close') {
                const commented = await comment(pr, previous, true);
                await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(pullPath, `${JSON.stringify({ ...pr, state: 'closed' }, null, 2)}\n`);
                return result('closed', pr, commented, false);
            }
            const commented = previous !== 'ok' ? await comment(pr, previous, false) : false;
            await writeIfChanged(bodyPath, p.body);
            await writeIfChanged(pullPath, `${JSON.stringify({ ...pr, decision: 'ok' }, null, 2)}\n`);
            return result('updated', pr, commented, false);
        }
        if (!open) {
            const generation = (before?.generation ?? 0) + 1;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
            const pr = {
                schema: LOCAL_RETRAIN_PR_SCHEMA,
                // Small like a PR number: the model's Nth retraining PR (the folder tells models apart).
                number: generation,
                url: (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(bodyPath).href,
                state: 'open',
                decision: p.decision,
                title: p.title,
                base: p.base ?? null,
                branch: p.branch,
                path: p.path,
                labels: p.labels,
                reviewers: p.reviewers,
                team_reviewers: p.teamReviewers,
                commits: 1,
                comments: [],
                generation,
            };
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(requestPath, p.requestText);
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(bodyPath, p.body);
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(pullPath, `${JSON.stringify(pr, null, 2)}\n`);
            return result('created', pr, false, true);
        }
        const pr = { ...open, comments: [...open.comments] };
        const previous = (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .readRetrainDecision */ .Yr)(await readIfExists(bodyPath), p.model);
        const committed = !(0,_ports_forge_requests_js__WEBPACK_IMPORTED_MODULE_6__/* .sameRequestEvidence */ .b$)(await readIfExists(requestPath), p.requestText);
        if (committed) {
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(requestPath, p.requestText);
            pr.commits += 1;
        }
        const commented = previous !== undefined && previous !== p.decision ? await comment(pr, previous, false) : false;
        await writeIfChanged(bodyPath, p.body);
        const labels = [...pr.labels, ...p.labels.filter((l) => !pr.labels.some((x) => x.toLowerCase() === l.toLowerCase()))];
        await writeIfChanged(pullPath, `${JSON.stringify({ ...pr, decision: p.decision, labels }, null, 2)}\n`);
        return result('updated', pr, commented, committed);
    }
    async downloadArtifact(params) {
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(params), 'artifacts');
        let runs = [];
        try {
            runs = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(base);
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
        }
        for (const run of runs) {
            for (const n of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, run))) {
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, run, n);
                if (localId(path) === params.artifact_id)
                    return new Uint8Array(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path));
            }
        }
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`no local artifact with id ${params.artifact_id}`, {
            location: { file: base },
            hint: 'put artifacts at <root>/<owner>/<repo>/artifacts/<run_id>/<name>.zip',
        });
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
