export const id = 122;
export const ids = [122];
export const modules = {

/***/ 4122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LocalForge: () => (/* binding */ LocalForge)
});

// UNUSED EXPORTS: LOCAL_CHECK_RUN_SCHEMA, LOCAL_RETRAIN_PR_SCHEMA

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
// EXTERNAL MODULE: ../../../../shared/formats/forge-markers.ts
var forge_markers = __webpack_require__(2362);
// EXTERNAL MODULE: ../../../../shared/formats/retrain-request-format.ts
var retrain_request_format = __webpack_require__(5376);
// EXTERNAL MODULE: ../../../../shared/ports/forge-error.ts
var forge_error = __webpack_require__(5335);
;// CONCATENATED MODULE: ../../../../shared/ports/forge-requests.ts
/**
 * What every Forge checks before it posts, so the file-based forge refuses exactly what GitHub
 * would: comment and check-run sizes, and a retraining PR's parameters resolved to the values both
 * implementations then write (branch, request file path and bytes, title, marked body, labels).
 */




/** Throws when the body (with its marker) exceeds GitHub's limit; the renderer must truncate first. */
function assertCommentFits(body, route = '/repos/{owner}/{repo}/issues/{issue_number}/comments') {
    // String length counts UTF-16 units, never fewer than GitHub's character count: a safe bound.
    if (body.length > forge_markers/* COMMENT_BODY_LIMIT */.tx) {
        throw new forge_error/* ForgeError */.Q8({
            method: 'POST',
            route,
            githubMessage: `comment body is ${body.length} characters; GitHub accepts at most ${forge_markers/* COMMENT_BODY_LIMIT */.tx}`,
            hint: 'shorten the report before posting (truncateMarkdown in shared/report/truncate.ts keeps the marker)',
        });
    }
}
function assertCheckOutputFits(params) {
    for (const [field, value] of [['summary', params.summary], ['text', params.text]]) {
        if (value !== undefined && value.length > forge_markers/* CHECK_SUMMARY_LIMIT */.Ce) {
            throw new forge_error/* ForgeError */.Q8({
                method: 'POST',
                route: '/repos/{owner}/{repo}/check-runs',
                githubMessage: `check run output.${field} is ${value.length} characters; GitHub accepts at most ${forge_markers/* CHECK_SUMMARY_LIMIT */.Ce}`,
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
        throw new errors/* UsageError */.eb(`retraining branch ${JSON.stringify(branch)} is not a plain branch name`, { hint: 'use letters, digits, ".", "_", "-" and "/" (default mlops/retrain/<model>)' });
    if (base !== undefined && branch === base)
        throw new errors/* UsageError */.eb(`the retraining branch and the base branch are both ${JSON.stringify(branch)}`, { hint: 'the retraining branch is reset and deleted by the step: never point it at a branch people use' });
    return branch;
}
/** A path inside the repository: relative, no `.`/`..` segments, no empty segments. */
function checkPath(path) {
    const parts = path.split('/');
    if (path.length === 0 || path.length > 1024 || parts.some((s) => s === '' || s === '.' || s === '..') || /[\0\\]/.test(path)) {
        throw new errors/* UsageError */.eb(`request file path ${JSON.stringify(path)} is not a relative path inside the repository`, { hint: 'e.g. .mlops/retrain/<model>.json' });
    }
    return path;
}
function resolveRetrainParams(params) {
    const { owner, repo, model, decision } = params;
    const branch = checkBranch(params.branch ?? (0,forge_markers/* retrainBranch */.yb)(model), params.base);
    const body = (0,forge_markers/* withMarker */.Pe)((0,forge_markers/* retrainMarker */.UF)(model, decision), params.body);
    assertCommentFits(body, PULLS_ROUTE);
    return {
        repo: { owner, repo },
        model,
        decision,
        base: params.base,
        branch,
        path: checkPath(params.path ?? (0,forge_markers/* retrainRequestPath */.Af)(model)),
        request: params.request,
        requestText: requestText(params.request),
        title: params.title ?? (0,forge_markers/* retrainPrTitle */.ux)(model),
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
            for (const k of retrain_request_format/* RETRAIN_REQUEST_RUN_FIELDS */.kK)
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

// EXTERNAL MODULE: ../../../../shared/report/drift-pr-body.ts
var drift_pr_body = __webpack_require__(7700);
;// CONCATENATED MODULE: ../../../../shared/local/local-forge.ts
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
        const body = (0,forge_markers/* withMarker */.Pe)(params.marker, params.body);
        assertCommentFits(body);
        const path = this.commentPath(params);
        const before = await readIfExists(path);
        if (before !== body)
            await (0,atomic_write/* writeFileAtomic */.Zf)(path, body);
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
            await (0,atomic_write/* writeFileAtomic */.Zf)(path, text);
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
    /** The folder of a model's retraining PR. */
    retrainDir(params) {
        return (0,external_node_path_.join)(this.repoDir(params), 'retrain', segment((0,forge_markers/* modelSlug */.RE)(params.model)));
    }
    /**
     * The retraining PR as files, with the GitHub forge's rules: one open PR per model, the request
     * file "committed" only when its evidence changed, a comment only when the decision changes, and
     * on recovery `comment` / `close` / `none`. A new drift after a close opens a new PR (new number).
     */
    async upsertRetrainPullRequest(params) {
        const p = resolveRetrainParams(params);
        const dir = this.retrainDir(params);
        const pullPath = (0,external_node_path_.join)(dir, 'pull.json');
        const bodyPath = (0,external_node_path_.join)(dir, 'body.md');
        const requestPath = (0,external_node_path_.join)(dir, 'request.json');
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
            await (0,atomic_write/* writeFileAtomic */.Zf)(path, text);
            return true;
        };
        /** Posts the event comment unless the PR's last one says this decision already. */
        const comment = async (pr, from, closing) => {
            const last = pr.comments[pr.comments.length - 1];
            if (last !== undefined && last.endsWith(`-${p.decision}.md`))
                return false;
            const name = `${String(pr.comments.length + 1).padStart(3, '0')}-${p.decision}.md`;
            await (0,atomic_write/* writeFileAtomic */.Zf)((0,external_node_path_.join)(dir, 'comments', String(pr.number), name), (0,drift_pr_body/* renderRetrainEventComment */.d1)({ model: p.model, from, to: p.decision, closing }));
            pr.comments.push(name);
            return true;
        };
        if (p.decision === 'ok') {
            if (!open)
                return result('none', undefined, false, false);
            if (p.onRecovery === 'none')
                return result('none', open, false, false);
            const previous = (0,forge_markers/* readRetrainDecision */.Yr)(await readIfExists(bodyPath), p.model);
            const pr = { ...open, comments: [...open.comments] };
            if (p.onRecovery === 'close') {
                const commented = await comment(pr, previous, true);
                await (0,atomic_write/* writeFileAtomic */.Zf)(pullPath, `${JSON.stringify({ ...pr, state: 'closed' }, null, 2)}\n`);
                return result('closed', pr, commented, false);
            }
            const commented = previous !== 'ok' ? await comment(pr, previous, false) : false;
            await writeIfChanged(bodyPath, p.body);
            await writeIfChanged(pullPath, `${JSON.stringify({ ...pr, decision: 'ok' }, null, 2)}\n`);
            return result('updated', pr, commented, false);
        }
        if (!open) {
            const generation = (before?.generation ?? 0) + 1;
            await (0,promises_.mkdir)(dir, { recursive: true });
            const pr = {
                schema: LOCAL_RETRAIN_PR_SCHEMA,
                // Small like a PR number: the model's Nth retraining PR (the folder tells models apart).
                number: generation,
                url: (0,external_node_url_.pathToFileURL)(bodyPath).href,
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
            await (0,atomic_write/* writeFileAtomic */.Zf)(requestPath, p.requestText);
            await (0,atomic_write/* writeFileAtomic */.Zf)(bodyPath, p.body);
            await (0,atomic_write/* writeFileAtomic */.Zf)(pullPath, `${JSON.stringify(pr, null, 2)}\n`);
            return result('created', pr, false, true);
        }
        const pr = { ...open, comments: [...open.comments] };
        const previous = (0,forge_markers/* readRetrainDecision */.Yr)(await readIfExists(bodyPath), p.model);
        const committed = !sameRequestEvidence(await readIfExists(requestPath), p.requestText);
        if (committed) {
            await (0,atomic_write/* writeFileAtomic */.Zf)(requestPath, p.requestText);
            pr.commits += 1;
        }
        const commented = previous !== undefined && previous !== p.decision ? await comment(pr, previous, false) : false;
        await writeIfChanged(bodyPath, p.body);
        const labels = [...pr.labels, ...p.labels.filter((l) => !pr.labels.some((x) => x.toLowerCase() === l.toLowerCase()))];
        await writeIfChanged(pullPath, `${JSON.stringify({ ...pr, decision: p.decision, labels }, null, 2)}\n`);
        return result('updated', pr, commented, committed);
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


/***/ }),

/***/ 7700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ renderDriftPrBody),
/* harmony export */   Yo: () => (/* binding */ retrainRequestOf),
/* harmony export */   d1: () => (/* binding */ renderRetrainEventComment)
/* harmony export */ });
/* unused harmony exports DECISION_TEXT, modelOf, driftScore, orderColumns, alarmsOf, renderDriftChart, renderWhatMoved */
/* harmony import */ var _formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3874);
/* harmony import */ var _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2362);
/* harmony import */ var _formats_retrain_request_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5376);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8782);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1160);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4033);
/**
 * What the retraining PR carries, from a drift report (`mlops-actions/drift@1`): its body, the
 * retrain request file committed on its branch, and the comments it gets when the decision changes.
 * The job summary is the same body. Pure: a report and a little context in, strings and plain
 * objects out.
 *
 * Every string from the report or the config (model, column, metric and source names, the data
 * window, reference version/tag/alias, reasons) is untrusted and goes through escapeMarkdown. The
 * Mermaid chart is a fenced block where Markdown escaping does not apply, so its labels are reduced
 * to a safe character set instead. The chart is an `xychart-beta` bar chart, the kind the PR report
 * (comparison-comment.ts) already uses: GitHub renders it (xychart arrived in Mermaid 10.5), and
 * where a viewer does not, the fenced block reads as a list of numbers next to the full table.
 *
 * Size: GitHub refuses bodies over 65,536 characters. The column table gets what the rest leaves,
 * drifted columns first, and says how many rows it left out; `truncateMarkdown` is the final guard.
 * 5,000 columns render within the limit.
 */







const esc = (s, max = 120) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdownCell */ .V)(s, max);
const DECISION_TEXT = {
    ok: 'no drift or degradation',
    drift: 'data drift',
    degradation: 'metric degradation',
    drift_and_degradation: 'data drift and metric degradation',
};
const DECISION_ICON = { ok: '✅', drift: '🌊', degradation: '📉', drift_and_degradation: '🚨' };
/** The model's name: the context's, else the report's. */
function modelOf(report, ctx = {}) {
    const model = ctx.model ?? report.model;
    if (!model)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('the drift report names no model', { hint: 'pass the model name (the `model` input) when rendering the retraining PR' });
    return model;
}
/**
 * How far past its threshold a column is: ≥ 1 means drifted. Distances (Wasserstein, JS, PSI):
 * statistic ÷ threshold; p-value tests (KS, chi-square, Z): threshold ÷ p-value. Capped at
 * `cap` (a p-value of 0 would be infinite).
 */
function driftScore(c, cap = 10) {
    let s;
    if (c.p_value !== null)
        s = c.p_value > 0 ? c.threshold / c.p_value : Number.POSITIVE_INFINITY;
    else
        s = c.threshold > 0 ? c.statistic / c.threshold : c.statistic > 0 ? Number.POSITIVE_INFINITY : 0;
    if (!Number.isFinite(s))
        return s > 0 || Number.isNaN(s) ? cap : 0;
    return Math.min(cap, Math.max(0, s));
}
/** Column alarms first (the names in `alarmed`), then drifted, then by drift score (strongest first), then by name. */
function orderColumns(columns, alarmed = new Set()) {
    return columns
        .map((c) => ({ c, alarm: alarmed.has(c.column), score: driftScore(c, Number.MAX_VALUE) }))
        .sort((a, b) => Number(b.alarm) - Number(a.alarm) ||
        Number(b.c.drifted) - Number(a.c.drifted) ||
        b.score - a.score ||
        (a.c.column < b.c.column ? -1 : a.c.column > b.c.column ? 1 : 0))
        .map((x) => x.c);
}
/** The report's column alarms (none in a report written before they existed). */
function alarmsOf(report) {
    return report.data.alarms ?? [];
}
const alarmedNames = (report) => new Set(alarmsOf(report).map((a) => a.column));
const num = (x) => String(Number(x.toFixed(3)));
/** A Mermaid label from untrusted text: a safe character set only, quoted, unique within the chart. */
function chartLabels(names) {
    const seen = new Map();
    return names.map((n) => {
        let clean = n.replace(/[^A-Za-z0-9_.:/ -]+/g, '_').trim().slice(0, 20) || '_';
        const k = (seen.get(clean) ?? 0) + 1;
        seen.set(clean, k);
        if (k > 1)
            clean = `${clean} ${k}`;
        return `"${clean}"`;
    });
}
/** The drift-score bar chart of the strongest columns (column alarms first), with the threshold (1) as a line. */
function renderDriftChart(columns, max = 20, alarmed = new Set()) {
    const shown = orderColumns(columns, alarmed).slice(0, Math.max(0, max));
    if (shown.length === 0)
        return [];
    const scores = shown.map((c) => driftScore(c));
    const top = Math.max(2, Math.ceil(scores.reduce((a, b) => Math.max(a, b), -Infinity) * 1.1));
    return [
        '```mermaid',
        'xychart-beta',
        `    title "Drift score by column (bars); 1 = threshold (line)"`,
        `    x-axis [${chartLabels(shown.map((c) => c.column)).join(', ')}]`,
        `    y-axis "score" 0 --> ${top}`,
        `    bar [${scores.map(num).join(', ')}]`,
        `    line [${shown.map(() => '1').join(', ')}]`,
        '```',
        `_Score: distance ÷ threshold, or threshold ÷ p-value for KS, chi-square and Z; 1 or more is drift (capped at 10).${columns.length > shown.length ? ` The ${shown.length} strongest of ${columns.length.toLocaleString('en-US')} columns._` : '_'}`,
        '',
    ];
}
function pValue(p) {
    if (p === null)
        return '—';
    if (p === 0)
        return '0';
    return p < 1e-4 ? '< 0.0001' : String(Number(p.toPrecision(3)));
}
function columnRow(c, alarm) {
    return `| ${esc(c.column, 80)} | ${c.test} | ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(c.statistic)} | ${pValue(c.p_value)} | ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(c.threshold)} | ${alarm ? '🚨 alarm' : c.drifted ? '🔴 yes' : 'no'} |`;
}
const COLUMN_HEADER = ['| column | test | statistic | p-value | threshold | drifted |', '| --- | --- | ---: | ---: | ---: | --- |'];
function ruleText(m) {
    if (m.rule === 'min')
        return `≥ ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(m.threshold)}`;
    if (m.rule === 'max')
        return `≤ ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(m.threshold)}`;
    return `drop ≤ ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(m.threshold)}`;
}
function metricRow(m) {
    return `| ${esc(m.name, 60)} | ${esc(m.source, 80)} | ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(m.value)} | ${ruleText(m)} | ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .formatValue */ .Fl)(m.baseline)} | ${m.passed ? '✅ passed' : '❌ failed'} |`;
}
const METRIC_HEADER = ['| metric | source | value | rule | baseline | result |', '| --- | --- | ---: | --- | ---: | --- |'];
/** A code span for text that is safe in one, else escaped text (a backtick would end the span). */
function code(s) {
    return /^[A-Za-z0-9._/:@+-]+$/.test(s) && s.length <= 200 ? `\`${s}\`` : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .F)(s.slice(0, 200));
}
/** A Markdown link when `url` is a plain http(s) URL, else nothing: a `)` or `javascript:` must not reshape the body. */
function safeUrl(url) {
    return url !== undefined && /^https?:\/\/[^\s()<>"'`\\]+$/.test(url) ? url : undefined;
}
function headline(report, model) {
    const d = report.decision;
    const name = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .F)(model);
    const alarms = alarmsOf(report).length;
    if (d === 'ok' && alarms > 0)
        return [`## ⚠️ ${name}: no dataset drift, but ${alarms} column alarm${alarms === 1 ? '' : 's'}`];
    if (d === 'ok')
        return [`## ${DECISION_ICON.ok} ${name}: recovered — ${DECISION_TEXT.ok}`];
    return [`## ${DECISION_ICON[d]} Retrain ${name}: ${DECISION_TEXT[d]}`];
}
function summaryLine(report) {
    const { data } = report;
    const parts = [];
    if (data.tested > 0) {
        parts.push(`**${data.drifted.toLocaleString('en-US')} of ${data.tested.toLocaleString('en-US')}** tested columns drifted (${(data.share * 100).toFixed(1)}%; dataset drift at ${(data.share_threshold * 100).toFixed(0)}%${data.dataset_drift ? ', reached' : ', not reached'})`);
    }
    else
        parts.push('no columns were tested');
    const alarms = alarmsOf(report).length;
    if (alarms > 0) {
        const role = report.data.fail_on === 'column' ? ' (fail-on column: drift)' : data.dataset_drift ? '' : ' (a warning: fail-on dataset)';
        parts.push(`**${alarms.toLocaleString('en-US')} column alarm${alarms === 1 ? '' : 's'}**${role}`);
    }
    const failed = report.metrics.filter((m) => !m.passed).length;
    if (report.metrics.length > 0)
        parts.push(`**${failed} of ${report.metrics.length}** metric rules failed`);
    return `${parts.join(' · ')}.`;
}
function bullets(title, items, max, more) {
    if (items.length === 0)
        return [];
    const shown = items.slice(0, max).map((i) => `- ${esc(i, 300)}`);
    if (items.length > max)
        shown.push(`- … and ${(items.length - max).toLocaleString('en-US')} more ${more}`);
    return [`### ${title}`, '', ...shown, ''];
}
const MOVED_MAX = 20;
/**
 * Which columns moved and by how much, one plain sentence each: column alarms first (strongest
 * first), then the other drifted columns by drift score. Names are escaped; the numbers are ours.
 */
function renderWhatMoved(report, max = MOVED_MAX) {
    const alarms = alarmsOf(report);
    const byName = new Map(alarms.map((a) => [a.column, a]));
    const drifted = orderColumns(report.data.columns.filter((c) => c.drifted || byName.has(c.column)), new Set(byName.keys()));
    if (drifted.length === 0)
        return [];
    const lines = drifted.slice(0, max).map((c) => {
        const a = byName.get(c.column);
        return `- ${a ? '🚨' : '🔴'} **${esc(c.column, 80)}**: ${(0,_formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__/* .columnMovement */ .oQ)(c)}${a ? `: ${(0,_formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__/* .alarmReason */ .Mo)(a)}` : ''}`;
    });
    if (drifted.length > max)
        lines.push(`- … and ${(drifted.length - max).toLocaleString('en-US')} more drifted columns (the table below)`);
    const out = ['### What moved', '', ...lines, ''];
    const rules = report.data.alarm_rules;
    if (alarms.length > 0 && rules) {
        const when = `a drifted column with p below ${(0,_formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDriftNumber */ .Og)(rules.p_value)} or a distance at least ${(0,_formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDriftNumber */ .Og)(rules.distance_ratio)}× its threshold`;
        let role;
        if (report.data.fail_on === 'column')
            role = ' With fail-on column, one alarm makes the decision drift.';
        else if (report.data.dataset_drift)
            role = '';
        else
            role = " Here they warn: Evidently's share rule decides (fail-on dataset). With fail-on column (`fail_on: column` in mlops.yaml) one alarm is drift and opens the retraining PR.";
        out.push(`_🚨 Column alarm: ${when}.${role}_`, '');
    }
    return out;
}
function dataSection(report) {
    const r = report.reference;
    const c = report.current;
    const rows = (n) => (n === null ? 'rows unknown' : `${n.toLocaleString('en-US')} rows`);
    let ref;
    if (r.kind === 'production') {
        ref = `the ${r.alias ? esc(r.alias, 64) : 'production'} model's reference profile${r.version ? `, version ${esc(r.version, 64)}` : ''}${r.tag ? ` (tag ${esc(r.tag, 120)})` : ''}`;
    }
    else
        ref = `${r.kind === 'profile' ? 'profile' : 'data'} ${r.file ? esc(r.file, 200) : '(unnamed)'}`;
    const window = c.window.from || c.window.to ? `${c.window.from ? esc(c.window.from, 64) : '…'} → ${c.window.to ? esc(c.window.to, 64) : '…'}` : 'not recorded (the sources carry no time range)';
    const out = [
        '### Data',
        '',
        `- **Window**: ${window}`,
        `- **Reference**: ${ref}, ${rows(r.rows)}`,
        `- **Current**: ${rows(c.rows)} from ${c.sources.length === 0 ? 'no sources' : `${c.sources.length} source${c.sources.length === 1 ? '' : 's'}`}`,
    ];
    const maxSources = 20;
    for (const s of c.sources.slice(0, maxSources))
        out.push(`  - ${s.kind}: ${esc(s.name, 200)}${s.rows === null ? '' : ` (${rows(s.rows)})`}`);
    if (c.sources.length > maxSources)
        out.push(`  - … and ${c.sources.length - maxSources} more`);
    if (report.data.skipped.length > 0) {
        const shown = report.data.skipped.slice(0, 10).map((s) => `${esc(s.column, 60)} (${esc(s.reason, 120)})`);
        const more = report.data.skipped.length > 10 ? `, and ${report.data.skipped.length - 10} more` : '';
        out.push(`- **Not tested**: ${shown.join(', ')}${more}`);
    }
    out.push('');
    return out;
}
function nextSteps(report, requestPath, base, onRecovery) {
    const target = base ? code(base) : 'the default branch';
    if (report.decision === 'ok') {
        return [
            '### What to do next',
            '',
            `The latest check finds the model fine again. Retraining may no longer be needed: close this PR, or merge it to retrain anyway (${code(requestPath)} still holds the evidence that opened it). If drift returns while it is open, the PR is updated and you get a comment.`,
            '',
        ];
    }
    const recovery = onRecovery === 'close'
        ? 'If a later check finds the model fine again, this PR is closed with a comment.'
        : onRecovery === 'comment'
            ? 'If a later check finds the model fine again, you get a comment here and the PR stays open for you to decide.'
            : 'A later check that finds the model fine again leaves this PR as it is.';
    return [
        '### What to do next',
        '',
        '1. Look at what moved (column alarms first) and the failing metric rules above; the full report is in the run’s artifacts.',
        `2. To retrain, merge this PR: ${code(requestPath)} (reason, evidence, data window) lands on ${target}, where a workflow that runs on pushes to \`.mlops/retrain/**\` can start the training run.`,
        '3. Not worth retraining? Close the PR. The next check that still finds drift opens a new one, so also adjust the thresholds in mlops.yaml or refresh the reference (promote a model trained on recent data).',
        '',
        `This PR is kept up to date by the scheduled drift check: one PR per model, the description and ${code(requestPath)} updated on each run, a comment only when the decision changes. ${recovery}`,
        '',
    ];
}
/**
 * The PR body: marker (model + decision), headline, reasons, what moved (column alarms first, a
 * sentence each), chart, metric rules, the column table (alarms, then drifted first), the data
 * window and sources, and what to do next. At most `limit` characters.
 */
function renderDriftPrBody(report, ctx = {}) {
    const model = modelOf(report, ctx);
    const limit = ctx.limit ?? _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_4__/* .COMMENT_BODY_LIMIT */ .tx;
    const requestPath = ctx.requestPath ?? (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_4__/* .retrainRequestPath */ .Af)(model);
    const top = [(0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_4__/* .retrainMarker */ .UF)(model, report.decision), ...headline(report, model), '', summaryLine(report), ''];
    top.push(...bullets('Why', report.reasons, 30, 'reasons (see the report)'));
    top.push(...renderWhatMoved(report));
    const alarmed = alarmedNames(report);
    top.push(...renderDriftChart(report.data.columns, ctx.chartColumns ?? 20, alarmed));
    if (report.metrics.length > 0) {
        const failedFirst = [...report.metrics].sort((a, b) => Number(a.passed) - Number(b.passed));
        const shown = failedFirst.slice(0, 50);
        top.push('### Metric rules', '', ...METRIC_HEADER, ...shown.map(metricRow));
        if (failedFirst.length > shown.length)
            top.push('', `_… and ${failedFirst.length - shown.length} more rules (see the report)._`);
        top.push('');
    }
    const runUrl = safeUrl(ctx.runUrl);
    const tail = [
        ...dataSection(report),
        ...nextSteps(report, requestPath, ctx.base, ctx.onRecovery ?? 'comment'),
        `<sub>mlops-actions drift-check · report of ${esc(report.created_at, 40)}${runUrl ? ` · [run](${runUrl})` : ''}</sub>`,
    ];
    const columns = orderColumns(report.data.columns, alarmed);
    const section = [];
    if (columns.length > 0) {
        const title = `### Columns (${report.data.drifted.toLocaleString('en-US')} of ${report.data.tested.toLocaleString('en-US')} drifted)`;
        const fixed = [...top, title, '', ...COLUMN_HEADER, '', ...tail].join('\n').length;
        // Room for the "left out" note and a margin; what remains goes to the table rows.
        const fit = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_5__/* .fitRows */ .zV)(columns.map((c) => columnRow(c, alarmed.has(c.column))), Math.max(0, limit - fixed - 600));
        section.push(title, '', ...COLUMN_HEADER, ...fit.kept);
        if (fit.dropped > 0) {
            const driftedLeft = columns.slice(fit.kept.length).filter((c) => c.drifted).length;
            section.push('', `_Showing ${fit.kept.length.toLocaleString('en-US')} of ${columns.length.toLocaleString('en-US')} columns (${driftedLeft.toLocaleString('en-US')} of those left out drifted) to fit GitHub's ${limit.toLocaleString('en-US')}-character limit; every column is in the drift report in the run's artifacts._`);
        }
        section.push('');
    }
    return (0,_truncate_js__WEBPACK_IMPORTED_MODULE_5__/* .truncateMarkdown */ .o4)(`${[...top, ...section, ...tail].join('\n')}\n`, limit);
}
/**
 * The retrain request file's content: decision, reasons, the drift summary (drifted columns,
 * strongest first), the metric rules, the data window, and the run. Serialised by the forge as
 * pretty JSON; a later run with the same evidence leaves it unchanged (see RETRAIN_REQUEST_RUN_FIELDS).
 */
function retrainRequestOf(report, ctx = {}) {
    const model = modelOf(report, ctx);
    const { data } = report;
    return {
        schema: _formats_retrain_request_format_js__WEBPACK_IMPORTED_MODULE_6__/* .RETRAIN_REQUEST_SCHEMA */ .E_,
        model,
        decision: report.decision,
        reasons: [...report.reasons],
        detected_at: report.created_at,
        run_url: ctx.runUrl ?? null,
        window: { from: report.current.window.from, to: report.current.window.to },
        reference: { kind: report.reference.kind, version: report.reference.version, tag: report.reference.tag, alias: report.reference.alias, rows: report.reference.rows },
        current: { rows: report.current.rows, sources: report.current.sources.map((s) => ({ kind: s.kind, name: s.name, rows: s.rows })) },
        drift: {
            dataset_drift: data.dataset_drift,
            share: data.share,
            share_threshold: data.share_threshold,
            tested: data.tested,
            drifted: data.drifted,
            drifted_columns: orderColumns(data.columns.filter((c) => c.drifted), alarmedNames(report)).map((c) => ({
                column: c.column,
                test: c.test,
                statistic: c.statistic,
                p_value: c.p_value,
                threshold: c.threshold,
            })),
        },
        metrics: report.metrics.map((m) => ({ name: m.name, rule: m.rule, value: m.value, threshold: m.threshold, baseline: m.baseline, passed: m.passed })),
    };
}
/**
 * The comment posted when the decision changes: short, since the description above is updated with
 * the evidence at the same time. Carries `retrainEventMarker(model, to)` so a re-run posts it once.
 */
function renderRetrainEventComment(p) {
    const from = p.from ? ` (was: ${DECISION_TEXT[p.from]})` : '';
    let text;
    if (p.to === 'ok') {
        text = p.closing
            ? `${DECISION_ICON.ok} **Recovered**: the latest drift check finds ${DECISION_TEXT.ok}${from}. Closing this PR (\`on-recovery: close\`); a new one opens if drift returns.`
            : `${DECISION_ICON.ok} **Recovered**: the latest drift check finds ${DECISION_TEXT.ok}${from}. The PR stays open (\`on-recovery: comment\`): close it if retraining is no longer needed.`;
    }
    else {
        text = `${DECISION_ICON[p.to]} **Decision changed**: the latest drift check finds ${DECISION_TEXT[p.to]}${from}. The description and the request file are updated with the new evidence.`;
    }
    return `${(0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_4__/* .retrainEventMarker */ .yg)(p.model, p.to)}\n${text}\n`;
}


/***/ })

};
