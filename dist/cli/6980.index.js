export const id = 6980;
export const ids = [6980,4599,3874];
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


/***/ }),

/***/ 3196:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NF: () => (/* binding */ outputWriteError),
/* harmony export */   UY: () => (/* binding */ resolveOutputFolder),
/* harmony export */   W2: () => (/* binding */ commitTempFile),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   bd: () => (/* binding */ outputTempPath),
/* harmony export */   rA: () => (/* binding */ resolveOutputTarget)
/* harmony export */ });
/* unused harmony export sweepOutputTemps */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9980);
/* harmony import */ var _signal_cleanup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2946);
/* harmony import */ var _stale_temps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8076);
/**
 * No half-written output, ever, and never a replaced link or device: the one way every output
 * file is written.
 *
 * A regular file (or a new one) is written to a temporary file beside it, flushed, then renamed
 * over it: rename(2) within one directory is atomic on POSIX and replaces the target on Windows
 * too, so a reader sees either the old file or the whole new one. A symbolic link is followed to
 * the file it names and that file is replaced the same way (the link stays a link). A device or a
 * FIFO (`/dev/stdout`, `/dev/full`, a named pipe) is written directly: renaming over it would
 * replace the node itself. What cannot be written safely (a folder, a socket, a link into a folder
 * that does not exist, a loop of links) is refused with a message, and a failed write (ENOSPC,
 * EACCES, a read-only file system) is an InputError that names the path: exit 2, not a stack.
 *
 * A file with other hard links is replaced too, never written in place: the path gets the new
 * content and the other names keep the old one, with a warning. Writing in place would lose the
 * all-or-nothing promise (a kill mid-write tears every name) and would silently change content
 * that tools keep by hard link on purpose: DVC's `cache.type: hardlink` objects, `cp -al` and
 * rsnapshot snapshots. Sharing an output under two names is what a symbolic link is for.
 *
 * The temp file's name carries the writer's pid and host tag, so the next write of the same output
 * removes what a killed writer left (stale-temps.ts): never a live writer's.
 */








/** Linux's own limit on links followed in one lookup (MAXSYMLINKS). */
const MAX_LINKS = 40;
const REASONS = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EFBIG: 'file too large',
    EIO: 'input/output error',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    EEXIST: 'a file is in the way of a folder on the path',
    ENAMETOOLONG: 'the name is too long',
    ENXIO: 'no process is reading the named pipe',
    EPIPE: 'the reader closed the pipe',
};
/** The error a user sees when `given` cannot be written: what, where, and what to do. */
function outputWriteError(given, e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isMlopsError */ .s8)(e))
        return e;
    const code = e?.code;
    if (typeof code !== 'string')
        return e instanceof Error ? e : new Error(String(e));
    const reason = REASONS[code] ?? e.message;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: ${reason} (${code})`, {
        hint: code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space or write the output elsewhere' : 'check the path and its permissions, or write the output elsewhere',
        cause: e,
    });
}
async function lstatOptional(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/**
 * Follows `given` through symbolic links to the file an output should replace, and says what is
 * there. Refuses (InputError) a folder, a socket, a loop of links, and a dangling link whose folder
 * does not exist.
 */
async function resolveOutputTarget(given) {
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(given);
    let viaLink = false;
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined) {
            if (viaLink && !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path)).then((d) => d.isDirectory(), () => false))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a symbolic link to ${path}, whose folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path)} does not exist`, {
                    hint: 'create that folder, point the link at a file in an existing folder, or write the output elsewhere',
                });
            }
            return { given, path, kind: 'missing', viaLink };
        }
        if (s.isSymbolicLink()) {
            if (hops >= MAX_LINKS)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a file' });
            viaLink = true;
            path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(path));
            continue;
        }
        if (s.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a folder${viaLink ? ` (${path})` : ''}`, {
                hint: 'name a file to write, not a folder',
            });
        }
        if (s.isFile())
            return { given, path, kind: 'file', stats: s, viaLink };
        if (s.isSocket())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a socket`, { hint: 'name a file, a device or a named pipe' });
        // Character and block devices, FIFOs: written in place, never replaced.
        return { given, path, kind: 'device', stats: s, viaLink };
    }
}
/**
 * The folder an output folder should replace: `given` through its links (the link stays, its
 * folder is replaced). Refuses a file, a device or a socket where the folder should be.
 */
async function resolveOutputFolder(given) {
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(given);
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined || s.isDirectory())
            return path;
        if (!s.isSymbolicLink()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write folder ${given}: ${path} is ${s.isFile() ? 'a file' : 'not a folder'}`, {
                hint: 'name a folder (it is replaced whole), or move the file away',
            });
        }
        if (hops >= MAX_LINKS)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write folder ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a folder' });
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(path));
    }
}
/** What follows `.<name>.` in a temp of output `<name>`: pid, host tag, random part. */
const TEMP_TAIL = /^(\d+)\.([0-9a-f]{8})\.[0-9a-f]{12}\.tmp$/;
/** The same before the host tag (and validate's key files): judged by age and pid only. */
const UNTAGGED_TEMP_TAIL = /^(\d+)\.[0-9a-f]{12}\.tmp$/;
/**
 * A fresh temp path beside `path` for writing it: same folder, so the rename never crosses a file
 * system; dot-prefixed, so globs skip it; named for the output and the writer, so a later write of
 * the same output can tell a dead writer's leftover from a live one's.
 */
function outputTempPath(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(path)}.${process.pid}.${(0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_7__/* .hostTag */ .bf)()}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
/**
 * Per folder, the names in it that may be output temps, listed once per process: a step writing
 * many outputs into a big folder would otherwise read it whole for each (10,000 entries: about
 * 6 ms of CPU a write). A temp a writer leaves after the listing is the next process's to sweep.
 */
const tempNamesByFolder = new Map();
function tempNamesIn(dir) {
    let names = tempNamesByFolder.get(dir);
    if (names === undefined) {
        names = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).then((all) => all.filter((n) => n.startsWith('.') && n.endsWith('.tmp')), () => []);
        tempNamesByFolder.set(dir, names);
    }
    return names;
}
/**
 * Removes the temps of output `path` that a killed writer left (its pid gone from this host; one
 * from another host or an older version only when over an hour old). Returns the paths removed.
 */
async function sweepOutputTemps(path) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path);
    const prefix = `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(path)}.`;
    const tail = (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : '');
    const match = (name) => TEMP_TAIL.test(tail(name)) || UNTAGGED_TEMP_TAIL.test(tail(name));
    const listed = await tempNamesIn(dir);
    const names = listed.filter(match);
    if (names.length === 0)
        return [];
    const removed = await (0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_7__/* .sweepStaleTemps */ .RX)(dir, {
        names,
        match,
        pidOf: (name) => {
            const m = TEMP_TAIL.exec(tail(name)) ?? UNTAGGED_TEMP_TAIL.exec(tail(name));
            return m ? Number(m[1]) : undefined;
        },
        hostOf: (name) => TEMP_TAIL.exec(tail(name))?.[2],
    });
    const gone = new Set(removed.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(p)));
    tempNamesByFolder.set(dir, Promise.resolve(listed.filter((n) => !gone.has(n))));
    return removed;
}
function escapeWorkflowCommand(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Says that replacing `target` left its other hard links with the old content (see the top of this file). */
function warnIfHardLinksKeptOldContent(target) {
    const others = (target.stats?.nlink ?? 1) - 1;
    if (target.kind !== 'file' || others < 1)
        return;
    const names = others === 1 ? '1 other hard link keeps' : `${others} other hard links keep`;
    const message = `${target.given} was replaced and its ${names} the previous content (outputs are never written in place); to share an output under two names, use a symbolic link, which outputs are written through`;
    process.stderr.write(process.env.GITHUB_ACTIONS === 'true' ? `::warning::${escapeWorkflowCommand(message)}\n` : `mlops: warning: ${message}\n`);
}
async function writeInPlace(path, data) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'w');
    try {
        await fh.writeFile(data);
    }
    finally {
        await fh.close();
    }
}
async function writeBeside(target, data) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target.path);
    if (!target.viaLink)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    await sweepOutputTemps(target.path);
    const tmp = outputTempPath(target.path);
    const release = (0,_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .removeOnInterrupt */ .vY)(tmp);
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'wx');
        try {
            await fh.writeFile(data);
            // A replaced file keeps its permissions (a rename would otherwise reset them to the umask's).
            if (target.stats)
                await fh.chmod(target.stats.mode & 0o7777);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target.path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
        throw e;
    }
    finally {
        release();
    }
    warnIfHardLinksKeptOldContent(target);
}
async function writeFileAtomic(path, data) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device')
            await writeInPlace(target.path, data);
        else
            await writeBeside(target, data);
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
}
/**
 * Puts a finished temp file (written by a streaming writer) at output `path` the same way
 * writeFileAtomic does: renamed over the file links lead to (copied beside it first when that is on
 * another folder or file system), copied into a device or FIFO in place. The temp file is gone after.
 */
async function commitTempFile(tmp, path) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device') {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(tmp), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(target.path, { flags: 'w' }));
        }
        else if ((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target.path) === (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(tmp))) {
            await sweepOutputTemps(target.path);
            if (target.stats)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(tmp, target.stats.mode & 0o7777);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target.path);
            warnIfHardLinksKeptOldContent(target);
        }
        else {
            // The temp was made beside the link: sweep a killed writer's leftovers there too.
            if (target.viaLink)
                await sweepOutputTemps((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(path));
            await writeBeside(target, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(tmp));
        }
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
    }
}
/** JSON with two-space indentation and a trailing newline (stable, diff-friendly). */
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}


/***/ }),

/***/ 2946:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e1: () => (/* binding */ removeMatchingOnInterrupt),
/* harmony export */   vY: () => (/* binding */ removeOnInterrupt)
/* harmony export */ });
/* unused harmony export trackedTempCount */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Temp paths removed when the process is interrupted. A step registers what it is building
 * (a publish's work folder, a cache entry being saved, an atomic write's temp file) and releases it
 * when done; on SIGINT, SIGTERM or SIGHUP the registered paths are removed synchronously and the
 * signal is raised again, so the exit status stays the shell's 130/143/129.
 *
 * Handlers are installed only while something is registered: with nothing to clean, Node's
 * default signal behaviour is untouched. When another part of the program also listens for the
 * signal (train forwards it to its child and waits), that listener decides how to exit; we only
 * clean. SIGKILL cannot be caught: stale-temps.ts sweeps what it leaves on the next start.
 */


const tracked = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;
/**
 * A write still in flight on libuv's threads (an archive being written into the folder) can add an
 * entry after rmSync listed the folder, which then fails with ENOTEMPTY: retried twice, 5 ms apart.
 */
const REMOVE = { recursive: true, force: true, maxRetries: 2, retryDelay: 5 };
function removeTracked() {
    for (const t of tracked) {
        try {
            if ('path' in t)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(t.path, REMOVE);
            else
                for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(t.dir))
                    if (t.match(name))
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(t.dir, name), REMOVE);
        }
        catch {
            // Best effort: a path we cannot remove now is swept by the next run.
        }
    }
    tracked.clear();
}
function onSignal(signal) {
    removeTracked();
    if (process.listenerCount(signal) > 1)
        return;
    uninstall();
    process.kill(process.pid, signal);
}
function install() {
    if (installed)
        return;
    installed = true;
    for (const s of SIGNALS)
        process.on(s, onSignal);
    process.on('exit', removeTracked);
}
function uninstall() {
    if (!installed)
        return;
    installed = false;
    for (const s of SIGNALS)
        process.off(s, onSignal);
    process.off('exit', removeTracked);
}
function track(t) {
    tracked.add(t);
    install();
    return () => {
        tracked.delete(t);
        if (tracked.size === 0)
            uninstall();
    };
}
/** Removes `path` (file or folder) if the process is interrupted before the returned release is called. */
function removeOnInterrupt(path) {
    return track({ path });
}
/** Removes the entries of `dir` that `match` selects if the process is interrupted before release. */
function removeMatchingOnInterrupt(dir, match) {
    return track({ dir, match });
}
/** How many paths are registered (tests check that steps release what they register). */
function trackedTempCount() {
    return tracked.size;
}


/***/ }),

/***/ 8076:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ sweepStaleTemps),
/* harmony export */   bf: () => (/* binding */ hostTag),
/* harmony export */   xT: () => (/* binding */ processIsAlive)
/* harmony export */ });
/* unused harmony export STALE_TEMP_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/**
 * Sweeps temp entries a killed run left behind (SIGKILL, a power cut: nothing ran to clean them).
 * Only in a folder we own, only names with our own prefix, only entries owned by this user, never
 * through a link, and only when the writer is proven gone:
 * - the name carries the writer's process id and this host's tag (hostTag(): the host name and the
 *   pid namespace, so a container sharing the folder is another host) and no such process runs:
 *   swept at once, however fresh;
 * - otherwise (no pid, another host's or an older name without a tag): only when older than a run
 *   can last (an hour, by the newest modification time of the entry and its direct children) and,
 *   with a pid, that pid not alive here.
 * A live writer's entry (its pid alive) is never removed; a pid reused by an unrelated process only
 * delays the sweep. Failures are ignored: the sweep must not fail the run it precedes.
 */





const STALE_TEMP_MS = 60 * 60 * 1000;
let tag;
/**
 * Eight hex digits naming this host and pid namespace: a pid is only meaningful where it was
 * taken, and two containers (or a container and its host) can share a host name or a folder.
 */
function hostTag() {
    if (tag === undefined) {
        let namespace = '';
        try {
            namespace = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)('/proc/self/ns/pid');
        }
        catch {
            // Not Linux: the host name alone.
        }
        tag = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${(0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)()}\0${namespace}`).digest('hex').slice(0, 8);
    }
    return tag;
}
/** True when a process with this id runs on this host (signal 0 checks without sending anything). */
function processIsAlive(pid) {
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: it exists but belongs to someone else.
        return e.code === 'EPERM';
    }
}
async function newestMtimeMs(path, own) {
    let newest = own;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(path).catch(() => []);
    for (const n of names) {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, n)).catch(() => undefined);
        if (s && s.mtimeMs > newest)
            newest = s.mtimeMs;
    }
    return newest;
}
/** Removes the stale entries of `dir` that `match` selects; returns the paths removed. */
async function sweepStaleTemps(dir, options) {
    const cutoff = (options.now ?? Date.now)() - (options.maxAgeMs ?? STALE_TEMP_MS);
    const uid = process.getuid?.();
    const removed = [];
    const names = options.names ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).catch(() => []));
    for (const name of names) {
        if (!options.match(name))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, name);
        try {
            const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
            if (s.isSymbolicLink() || (uid !== undefined && s.uid !== uid))
                continue;
            const pid = options.pidOf?.(name);
            if (pid !== undefined && processIsAlive(pid))
                continue;
            const deadHere = pid !== undefined && options.hostOf?.(name) === hostTag();
            if (!deadHere) {
                const newest = s.isDirectory() ? await newestMtimeMs(path, s.mtimeMs) : s.mtimeMs;
                if (newest > cutoff)
                    continue;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { recursive: true, force: true });
            removed.push(path);
        }
        catch {
            // Another sweeper got there first, or it is not ours to remove.
        }
    }
    return removed;
}


/***/ })

};
