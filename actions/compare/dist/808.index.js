export const id = 808;
export const ids = [808];
export const modules = {

/***/ 11808:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsArtifactDownloader: () => (/* binding */ actionsArtifactDownloader)
/* harmony export */ });
/* unused harmony export uploadWorkflowArtifact */
/* harmony import */ var _ports_forge_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95335);

function actionsArtifactDownloader(token) {
    return async ({ repo, runId, artifactId, destination }) => {
        try {
            // Loaded on first use: @actions/artifact (with the Azure storage client) is most of the compare
            // bundle, and a run without a base-branch baseline never needs it.
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(14), __webpack_require__.e(790), __webpack_require__.e(267)]).then(__webpack_require__.bind(__webpack_require__, 55267));
            await new DefaultArtifactClient().downloadArtifact(artifactId, {
                path: destination,
                findBy: { token, workflowRunId: runId, repositoryOwner: repo.owner, repositoryName: repo.repo },
            });
        }
        catch (e) {
            throw new _ports_forge_error_js__WEBPACK_IMPORTED_MODULE_0__/* .ForgeError */ .Q8({
                method: 'GET',
                route: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
                githubMessage: e.message,
                hint: 'the token needs `actions: read` (add it under `permissions:` in the workflow)',
                cause: e,
            });
        }
    };
}
/** The results service's Twirp operations that an upload calls, named in errors like a REST route. */
const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService';
/**
 * Uploads `files` as one zipped workflow artifact of the current run with @actions/artifact: a
 * Twirp `CreateArtifact` call to the Actions results service (ACTIONS_RESULTS_URL, authorized by
 * the runner's ACTIONS_RUNTIME_TOKEN, whose `scp` claim names the run and job), the zip streamed to
 * the signed Azure Blob URL it answers, then `FinalizeArtifact` with the size and SHA-256. The
 * library reads those variables from `process.env` when called. Every failure becomes a ForgeError
 * naming the step that failed and what to do (see `uploadFailure`).
 */
async function uploadWorkflowArtifact(p) {
    let result;
    try {
        // Loaded on first use, like the downloader: only runs that upload pay for @actions/artifact.
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(14), __webpack_require__.e(790), __webpack_require__.e(267)]).then(__webpack_require__.bind(__webpack_require__, 55267));
        result = await new DefaultArtifactClient().uploadArtifact(p.name, p.files, p.rootDirectory, p.retentionDays === undefined ? {} : { retentionDays: p.retentionDays });
    }
    catch (e) {
        throw uploadFailure(p.name, e);
    }
    if (result.id === undefined) {
        throw new ForgeError({ method: 'POST', route: `${TWIRP}/FinalizeArtifact`, githubMessage: `the results service finalized ${JSON.stringify(p.name)} without an artifact id` });
    }
    return { id: result.id, size: result.size ?? 0, ...(result.digest ? { digest: result.digest } : {}) };
}
/**
 * Maps what @actions/artifact v6 throws during an upload (lib/internal/upload/*, shared/config.js,
 * shared/artifact-twirp-client.js, shared/errors.js) to a ForgeError:
 * - `Unable to get the ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL env variable` (config.js): not on a runner;
 * - `Failed to get backend IDs…` / jwt-decode's `InvalidTokenError`: the token is not the runner's JWT;
 * - `Failed to CreateArtifact|FinalizeArtifact: Received non-retryable error: Failed request: (409) Conflict: …`
 *   (the Twirp client, which retries 5xx/429 up to 5 times and then says `Failed to make request after 5 attempts`);
 * - `UsageError` (a Twirp `msg` containing `insufficient usage`): the storage quota;
 * - `NetworkError` (ECONNREFUSED, ENOTFOUND, …) and Azure's `RestError` (`statusCode`, `code`) from the blob upload;
 * - `GHESNotSupportedError`; `FilesNotFoundError` and the name/path/rootDirectory validation errors.
 */
function uploadFailure(name, e) {
    const err = e;
    const message = String(err?.message ?? e);
    const create = { method: 'POST', route: `${TWIRP}/CreateArtifact` };
    const fail = (d) => new ForgeError({ ...create, ...d, githubMessage: d.githubMessage ?? message, cause: e });
    const missing = /Unable to get the (ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL) env variable/.exec(message)?.[1];
    if (missing) {
        return fail({
            githubMessage: `${missing} is not set, so there is no Actions results service to upload the artifact ${JSON.stringify(name)} to`,
            hint: 'workflow artifacts can only be uploaded from a step of a GitHub Actions job: the runner sets ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL for JavaScript and container actions (not for `run:` scripts); outside GitHub Actions, use the local artifact store',
        });
    }
    if (/Failed to get backend IDs|InvalidTokenError|Invalid token specified/.test(`${err?.name} ${message}`)) {
        return fail({ hint: 'ACTIONS_RUNTIME_TOKEN is not the runner’s token (a JWT whose `scp` claim holds `Actions.Results:<run>:<job>`): do not override it in `env:`' });
    }
    if (err?.name === 'GHESNotSupportedError') {
        return fail({ hint: 'GitHub Enterprise Server does not support @actions/artifact v2+ uploads: turn the artifact upload off on GHES' });
    }
    if (err?.name === 'UsageError') {
        return fail({ hint: 'the account’s Actions storage quota is used up: delete old artifacts or caches, or lower retention' });
    }
    if (err?.name === 'FilesNotFoundError' || /rootDirectory|does not exist|is not valid|validation is empty/.test(message)) {
        // Refused locally, before anything was sent: the service would reject these names and paths.
        return fail({ hint: `check the files and root directory given for the artifact ${JSON.stringify(name)}` });
    }
    const twirp = /^Failed to (CreateArtifact|FinalizeArtifact): (.*)$/s.exec(message);
    if (twirp) {
        const route = `${TWIRP}/${twirp[1]}`;
        const status = /Failed request: \((\d{3})\)/.exec(twirp[2])?.[1];
        const attempts = /after (\d+) attempts/.exec(twirp[2])?.[1];
        const base = { route, ...(status ? { status: Number(status) } : {}), ...(attempts ? { attempts: Number(attempts) } : {}) };
        if (status === '409') {
            return fail({
                ...base,
                githubMessage: `an artifact named ${JSON.stringify(name)} already exists in this run`,
                hint: 'artifact names are unique per workflow run, and a re-run of a job is the same run: give each upload its own name (add the matrix values, or `${{ github.run_attempt }}` if a re-run must upload again)',
            });
        }
        if (status === '401' || status === '403') {
            return fail({ ...base, hint: 'the results service refused ACTIONS_RUNTIME_TOKEN: it is valid only during its own job; do not reuse it from another job' });
        }
        return fail({ ...base, hint: 'the Actions results service failed; check https://www.githubstatus.com and re-run the job' });
    }
    if (err?.name === 'NetworkError' || err?.code === 'ECONNREFUSED' || err?.code === 'ENOTFOUND') {
        return fail({ route: 'artifact upload', hint: 'the runner could not reach the Actions results service or its blob storage: a self-hosted runner needs access to results-receiver.actions.githubusercontent.com and *.blob.core.windows.net' });
    }
    if (err?.name === 'RestError' || typeof err?.statusCode === 'number') {
        return fail({
            method: 'PUT',
            route: 'artifact blob upload',
            ...(typeof err.statusCode === 'number' ? { status: err.statusCode } : {}),
            githubMessage: err.code ? `${err.code}: ${message}` : message,
            hint: 'blob storage refused the upload to the signed URL (it expires after a while): re-run the job',
        });
    }
    if (/Upload progress stalled/.test(message)) {
        return fail({ method: 'PUT', route: 'artifact blob upload', hint: 'the upload to blob storage made no progress (ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS): re-run the job' });
    }
    return fail({ hint: 'the workflow artifact upload failed; re-run the job with ACTIONS_STEP_DEBUG=true for details' });
}


/***/ }),

/***/ 95335:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ ForgeError),
/* harmony export */   Qu: () => (/* binding */ isForgeError)
/* harmony export */ });
/* unused harmony export EXIT_FORGE_FAILED */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49980);
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


/***/ })

};
