export const id = 220;
export const ids = [220];
export const modules = {

/***/ 1220:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runContextOf: () => (/* binding */ runContextOf)
/* harmony export */ });
/* unused harmony export resolvePullTarget */
/**
 * What compare needs from the event that started the run (the payload at GITHUB_EVENT_PATH):
 * - `pull_request`: the PR number, its head SHA and base branch, straight from the payload;
 * - `workflow_run` (the fork-safe second half): the head SHA and the workflow file of the run that
 *   produced the evaluation; the PR from `workflow_run.pull_requests` when GitHub filled it in
 *   (same-repository PRs), else unknown — GitHub leaves that list EMPTY for fork PRs, so the step
 *   then finds the PR by head SHA (findPullRequestForSha);
 * - anything else (push, schedule): no PR; the check run goes on GITHUB_SHA.
 * Only numbers, SHAs and branch names are taken, never text a PR author controls (title, body).
 */
const fileOf = (path) => (typeof path === 'string' ? path.replace(/@.*$/, '').split('/').pop() || undefined : undefined);
function runContextOf(env, payload) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? payload?.repository?.full_name ?? '/').split('/');
    const runId = env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : undefined;
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const ctx = {
        eventName,
        owner,
        repo,
        runId,
        runUrl: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
        // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/pr-report.yml@refs/pull/7/merge
        workflowFile: fileOf(env.GITHUB_WORKFLOW_REF),
        headSha: env.GITHUB_SHA,
        refName: env.GITHUB_REF_NAME,
    };
    if ((eventName === 'pull_request' || eventName === 'pull_request_target') && payload?.pull_request) {
        const pr = payload.pull_request;
        ctx.prNumber = Number(pr.number);
        ctx.headSha = String(pr.head?.sha ?? ctx.headSha);
        ctx.baseRef = pr.base?.ref;
    }
    else if (eventName === 'workflow_run' && payload?.workflow_run) {
        const run = payload.workflow_run;
        ctx.headSha = String(run.head_sha);
        ctx.workflowFile = fileOf(run.path) ?? fileOf(payload.workflow?.path) ?? ctx.workflowFile;
        ctx.sourceRunId = Number(run.id);
        // Same-repository PRs only; for a fork the list is empty and the step asks by SHA.
        const pr = (run.pull_requests ?? []).find((p) => p?.head?.sha === run.head_sha) ?? run.pull_requests?.[0];
        if (pr) {
            ctx.prNumber = Number(pr.number);
            ctx.baseRef = pr.base?.ref;
        }
    }
    return ctx;
}
/**
 * The PR to report on: the `pr-number` input, else the event's, else (workflow_run, push) the
 * open PR whose head is the head SHA — the only way to find a fork's PR from workflow_run.
 */
async function resolvePullTarget(ctx, forge, input) {
    const headSha = input.headSha ?? ctx.headSha;
    if (input.prNumber !== undefined)
        return { prNumber: input.prNumber, headSha, baseRef: ctx.baseRef, via: 'input' };
    if (ctx.prNumber !== undefined)
        return { prNumber: ctx.prNumber, headSha, baseRef: ctx.baseRef, via: 'event' };
    if (forge && headSha && ctx.eventName === 'workflow_run') {
        const pr = (await forge.findPullRequestsForSha({ owner: ctx.owner, repo: ctx.repo, sha: headSha }))[0];
        if (pr)
            return { prNumber: pr.number, headSha, baseRef: pr.baseRef, via: 'sha' };
    }
    return { headSha, via: 'none' };
}


/***/ })

};
