export const id = 2306;
export const ids = [2306];
export const modules = {

/***/ 2306:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// UNUSED EXPORTS: DEFAULT_API_URL, ROUTE_PERMISSIONS

// EXTERNAL MODULE: ../../../@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(5102);
// EXTERNAL MODULE: ../../../@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(1695);
// EXTERNAL MODULE: ../../../@octokit/plugin-request-log/dist-src/index.js + 1 modules
var plugin_request_log_dist_src = __webpack_require__(5425);
// EXTERNAL MODULE: ../../../@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(363);
// EXTERNAL MODULE: ../../../@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(4348);
;// CONCATENATED MODULE: ../../../../shared/github/rest-endpoints.ts
const REST_ROUTES = {
    actions: {
        downloadArtifact: 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
        getReviewsForRun: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
        listWorkflowRunArtifacts: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
        listWorkflowRuns: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
    },
    checks: {
        create: 'POST /repos/{owner}/{repo}/check-runs',
        listForRef: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
        update: 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
    },
    git: {
        createBlob: 'POST /repos/{owner}/{repo}/git/blobs',
        createCommit: 'POST /repos/{owner}/{repo}/git/commits',
        createRef: 'POST /repos/{owner}/{repo}/git/refs',
        createTree: 'POST /repos/{owner}/{repo}/git/trees',
        deleteRef: 'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
        getBlob: 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
        getCommit: 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
        getRef: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
        getTree: 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
        updateRef: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
    },
    issues: {
        addLabels: 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
        createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        deleteComment: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
        listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    },
    pulls: {
        create: 'POST /repos/{owner}/{repo}/pulls',
        get: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
        list: 'GET /repos/{owner}/{repo}/pulls',
        requestReviewers: 'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
        update: 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
    },
    repos: {
        createDeployment: 'POST /repos/{owner}/{repo}/deployments',
        createDeploymentStatus: 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        createRelease: 'POST /repos/{owner}/{repo}/releases',
        deleteRelease: 'DELETE /repos/{owner}/{repo}/releases/{release_id}',
        deleteReleaseAsset: 'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}',
        get: 'GET /repos/{owner}/{repo}',
        getRelease: 'GET /repos/{owner}/{repo}/releases/{release_id}',
        getReleaseByTag: 'GET /repos/{owner}/{repo}/releases/tags/{tag}',
        listBranches: 'GET /repos/{owner}/{repo}/branches',
        listDeploymentStatuses: 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        listDeployments: 'GET /repos/{owner}/{repo}/deployments',
        listPullRequestsAssociatedWithCommit: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
        listReleases: 'GET /repos/{owner}/{repo}/releases',
        updateRelease: 'PATCH /repos/{owner}/{repo}/releases/{release_id}',
    },
    users: {
        getAuthenticated: 'GET /user',
    },
};
/** The plugin: adds `rest` (our methods) to an octokit. */
function restEndpoints(octokit) {
    const rest = {};
    for (const [scope, methods] of Object.entries(REST_ROUTES)) {
        const built = (rest[scope] = {});
        for (const [name, route] of Object.entries(methods)) {
            const [method, url] = route.split(' ');
            built[name] = octokit.request.defaults({ method, url });
        }
    }
    return { rest: rest };
}

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/ports/forge-error.ts
var forge_error = __webpack_require__(5335);
;// CONCATENATED MODULE: ../../../../shared/github/octokit.ts
/**
 * The one octokit factory. Retry and throttling are plugins (as octokit intends), configured here
 * once; every GitHub call in the project goes through an instance built by `createGitHubClient`.
 *
 * - 5xx, network errors and timeouts: `@octokit/plugin-retry` retries up to `retries` times with
 *   its quadratic backoff (1, 4, 9 × `retryBaseMs`). 4xx are not retried.
 * - Primary and secondary rate limits (403/429): `@octokit/plugin-throttling` waits the
 *   `retry-after` GitHub sent (seconds × `retryBaseMs`) and retries up to `rateLimitRetries` times,
 *   logging each wait through the given logger.
 * - Each attempt has its own timeout (`timeoutMs`); a timed-out attempt counts as a 5xx and is retried.
 * - Any failure that survives the plugins becomes a `ForgeError` naming method, route template,
 *   status, GitHub's message and the permission the call needs.
 */








const DEFAULT_API_URL = 'https://api.github.com';
// What @octokit/rest is (core, request log, pagination, the REST methods), with only the methods
// we call (rest-endpoints.ts), plus retries and throttling.
const MlopsOctokit = dist_src/* Octokit */.E.plugin(plugin_request_log_dist_src/* requestLog */.M, dist_bundle/* paginateRest */.ud, restEndpoints, plugin_retry_dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/**
 * The token permission each route needs, for the hint on 403/404. Keyed `METHOD route-template`.
 * Keep in step with docs/github.md.
 */
const ROUTE_PERMISSIONS = {
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': 'issues: read (or pull-requests: read)',
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': 'issues: write or pull-requests: write',
    'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': 'issues: write or pull-requests: write',
    'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': 'issues: write or pull-requests: write',
    'POST /repos/{owner}/{repo}/check-runs': 'checks: write',
    'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': 'checks: write',
    'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': 'checks: read',
    'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls': 'pull-requests: read (and contents: read)',
    'GET /repos/{owner}/{repo}/pulls': 'pull-requests: read',
    'GET /repos/{owner}/{repo}/pulls/{pull_number}': 'pull-requests: read',
    'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs': 'actions: read',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts': 'actions: read',
    'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}': 'actions: read',
    // Model releases, the registry branch, deployments and run approvals.
    'GET /repos/{owner}/{repo}/releases': 'contents: read',
    'GET /repos/{owner}/{repo}/releases/tags/{tag}': 'contents: read',
    'GET /repos/{owner}/{repo}/releases/{release_id}': 'contents: read',
    'POST /repos/{owner}/{repo}/releases': 'contents: write',
    'PATCH /repos/{owner}/{repo}/releases/{release_id}': 'contents: write',
    'DELETE /repos/{owner}/{repo}/releases/{release_id}': 'contents: write',
    'POST /repos/{owner}/{repo}/releases/{release_id}/assets': 'contents: write',
    'GET /repos/{owner}/{repo}/releases/assets/{asset_id}': 'contents: read',
    'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}': 'contents: write',
    'GET /repos/{owner}/{repo}/git/ref/{ref}': 'contents: read',
    'POST /repos/{owner}/{repo}/git/refs': 'contents: write',
    'PATCH /repos/{owner}/{repo}/git/refs/{ref}': 'contents: write',
    'POST /repos/{owner}/{repo}/git/blobs': 'contents: write',
    'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': 'contents: read',
    'POST /repos/{owner}/{repo}/git/trees': 'contents: write',
    'GET /repos/{owner}/{repo}/git/trees/{tree_sha}': 'contents: read',
    'POST /repos/{owner}/{repo}/git/commits': 'contents: write',
    'GET /repos/{owner}/{repo}/git/commits/{commit_sha}': 'contents: read',
    'GET /repos/{owner}/{repo}/deployments': 'deployments: read',
    'POST /repos/{owner}/{repo}/deployments': 'deployments: write',
    'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': 'deployments: read',
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': 'deployments: write',
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals': 'actions: read',
    // The retraining PR (retrain-pr.ts): its branch and request file use the git routes above.
    'GET /repos/{owner}/{repo}': 'metadata: read',
    'POST /repos/{owner}/{repo}/pulls': 'pull-requests: write',
    'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': 'pull-requests: write',
    'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers': 'pull-requests: write',
    'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': 'issues: write or pull-requests: write',
    'DELETE /repos/{owner}/{repo}/git/refs/{ref}': 'contents: write',
};
const silentLogger = { debug() { }, info() { }, warn() { }, error() { } };
/** A Bottleneck-Group look-alike that schedules immediately: `writeSpacing: 'none'`. */
const noSpacing = {
    key: () => ({
        schedule: (...args) => {
            const fnAt = typeof args[0] === 'function' ? 0 : 1;
            const fn = args[fnAt];
            return Promise.resolve().then(() => fn(...args.slice(fnAt + 1)));
        },
    }),
};
function createGitHubClient(options = {}) {
    const env = options.env ?? process.env;
    const token = options.token || env.GITHUB_TOKEN;
    if (!token) {
        throw new errors/* UsageError */.eb('no GitHub token', {
            hint: 'pass `github-token: ${{ github.token }}` to the step, or set GITHUB_TOKEN for the CLI',
        });
    }
    const baseUrl = (options.baseUrl || env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
    const log = options.logger ?? silentLogger;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    const retryBaseMs = options.retryBaseMs ?? 1000;
    const onLimit = (kind) => (retryAfter, o, _k, retryCount) => {
        if (retryCount < rateLimitRetries) {
            log.warn(`GitHub ${kind} rate limit on ${o.method} ${o.url}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries})`);
            return true;
        }
        log.error(`GitHub ${kind} rate limit on ${o.method} ${o.url}; giving up after ${rateLimitRetries} retries`);
        return false;
    };
    // Each attempt gets its own deadline (a signal on the instance would be shared by all requests).
    const timedFetch = (input, init) => {
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        return fetch(input, { ...init, signal });
    };
    const throttle = {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        retryAfterBaseValue: retryBaseMs,
        // A 403 without retry-after: GitHub says wait at least a minute.
        fallbackSecondaryRateRetryAfter: 60,
    };
    if (options.writeSpacing === 'none')
        Object.assign(throttle, { write: noSpacing, notifications: noSpacing });
    const octokit = new MlopsOctokit({
        auth: token,
        baseUrl,
        userAgent: options.userAgent ?? 'mlops-actions',
        log: octokitLog(log),
        request: { fetch: timedFetch },
        retry: { retries: options.retries ?? 3, retryAfterBaseValue: retryBaseMs },
        throttle: throttle,
    });
    // Registered after the plugins, so it wraps them: it sees only what survives their retries.
    octokit.hook.wrap('request', async (request, opts) => {
        let response;
        try {
            response = await request(opts);
        }
        catch (e) {
            throw toForgeError(e, opts.method, String(opts.url), baseUrl);
        }
        // @octokit/request hands back the raw text when a JSON answer does not parse (a connection cut
        // mid-body, a proxy's error page): callers would then fail on a string far from the cause.
        if (typeof response.data === 'string' && /\bjson\b/i.test(String(response.headers['content-type'] ?? ''))) {
            const method = opts.method;
            const url = String(opts.url);
            throw new forge_error/* ForgeError */.Q8({
                method,
                route: routeTemplate(method, url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url),
                status: response.status,
                githubMessage: `the answer is not valid JSON (${response.data.length} characters; cut short?)`,
                hint: 'GitHub or a proxy sent an incomplete answer; re-run the job',
            });
        }
        return response;
    });
    return octokit;
}
/**
 * The request-log plugin logs every request (`GET /user - 403 with id ... in 5ms`): successes at info and
 * failures at error. Failures are ours to report (as a ForgeError, or handled: `GET /user` is
 * expected to fail for GITHUB_TOKEN), so both go to debug; everything else passes through.
 */
const REQUEST_LOG_LINE = /^[A-Z]+ \S+ - \d{3} with id \S+ in \d+ms$/;
function octokitLog(log) {
    return {
        debug: (m) => log.debug(m),
        info: (m) => (REQUEST_LOG_LINE.test(m) ? log.debug(m) : log.info(m)),
        warn: (m) => log.warn(m),
        error: (m) => (REQUEST_LOG_LINE.test(m) ? log.debug(m) : log.error(m)),
    };
}
function toForgeError(e, method, url, baseUrl) {
    if (e instanceof forge_error/* ForgeError */.Q8)
        return e;
    const err = (e ?? {});
    const route = routeTemplate(method, url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url);
    const data = err.response?.data;
    let githubMessage = typeof data?.message === 'string' ? data.message : err.message;
    if (Array.isArray(data?.errors) && data.errors.length > 0)
        githubMessage += ` ${JSON.stringify(data.errors)}`;
    // Octokit reports a failed fetch (timeout, refused connection) as status 500 with no response.
    const status = err.response ? err.status : undefined;
    const attempts = (err.request?.request?.retryCount ?? 0) + 1;
    return new forge_error/* ForgeError */.Q8({ method, route, status, githubMessage, attempts, hint: hintFor(method, route, status, githubMessage ?? ''), cause: e });
}
const TEMPLATES = Object.keys(ROUTE_PERMISSIONS).map((key) => {
    const [method, template] = key.split(' ');
    return { method, template, re: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`) };
});
/** Paginated calls reach the hook with a concrete URL (`/repos/o/r/...?page=2`): name the template instead. */
function routeTemplate(method, url) {
    if (url.includes('{'))
        return url;
    const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
    return TEMPLATES.find((t) => t.method === method && t.re.test(path))?.template ?? path;
}
function hintFor(method, route, status, message) {
    const permission = ROUTE_PERMISSIONS[`${method} ${route}`];
    const needs = permission ? `the token needs \`${permission}\`` : undefined;
    if (status === undefined)
        return 'no response from GitHub: check GITHUB_API_URL and the network; the request was retried';
    if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
        return 'GitHub rate-limited the token and retries were exhausted; re-run later or make fewer concurrent calls';
    }
    if (status === 401)
        return 'the token is missing, expired or revoked';
    if (status === 403 && /not permitted to create or approve pull requests/i.test(message)) {
        return 'GITHUB_TOKEN may not open PRs in this repository: enable "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General), or pass a GitHub App or fine-grained PAT token (see docs/github.md, "The retraining PR")';
    }
    if (status === 403 || status === 404) {
        // GitHub answers 404 rather than 403 when the token may not see the resource at all.
        const base = needs ? `${needs} (add it under \`permissions:\` in the workflow)` : 'check the token permissions';
        return status === 404 ? `not found, or not visible to the token: ${base}` : base;
    }
    if (status === 429 || status >= 500)
        return 'GitHub kept failing after retries; re-run the job later';
    return undefined;
}


/***/ })

};
