export const id = 9519;
export const ids = [9519];
export const modules = {

/***/ 9519:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareCommand: () => (/* binding */ compareCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3196);
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6429);
/* harmony import */ var _registry_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9444);
/** `mlops compare`: the compare step on the command line, posting through a LocalForge. */





const usage = `Usage: mlops compare --head FILE --baseline FILE|none|production|base-branch [options] --out-dir DIR

Compare an evaluation report (the head) with a baseline report under the gate rules of
mlops.yaml, and write what the compare action would post on a PR:
  DIR/comparison.json   the comparison (mlops-actions/comparison@1)
  DIR/comment.md        the sticky PR comment
  DIR/summary.md        the job summary
  DIR/forge/            the comment and check run as a LocalForge writes them

Options:
  --head FILE             the head evaluation report (mlops-actions/evaluation@1)   (required)
  --baseline FILE         the baseline report; "none" for a first run; "production"
                          for the report of the model's production version in the
                          registry (checked against its manifest); "base-branch" for
                          the evaluation artifact of the latest successful run of
                          --workflow on --base-branch of --repo on GitHub            (required)
  --config FILE           mlops.yaml with gate rules (default: ./mlops.yaml when it exists)
  --rules FILE            one model's rules (YAML) instead of mlops.yaml
  --model NAME            which model of mlops.yaml (default: the only one); with
                          --baseline production, the model in the registry
  --out-dir DIR           where to write the files above                             (required)
  --repo OWNER/NAME       the repository the LocalForge posts to (default local/repo)
  --pr N                  the PR number it comments on (default 1)
  --sha SHA               the head commit of the check run (default local)
  --workflow NAME         names the sticky comment; with --baseline base-branch, the
                          workflow whose runs upload the artifact (default pr-report.yml)
  --post                  post the comment and the check run on GitHub (--repo, --pr,
                          --sha) instead of writing them through the LocalForge
  --comment FILE          also write the comment to FILE; "-" prints it on stdout
  --run FILE              the head's run record (train --run-out), for "What changed"
                          (default: run.json beside the head report, when there)
  --profile FILE          the head's training-data profile (validate --profile-out)
                          (default: profile.json beside the head report, when there)
  --baseline-run FILE     the baseline's run record (default: run.json beside its report;
                          with --baseline production, the release's run.json)
  --baseline-profile FILE the baseline's training-data profile (likewise profile.json)
  --explanation FILE      the head's explanation (mlops explain) for "What the model relies
                          on" (default: explanation.json beside the head report, when there)
  --baseline-explanation FILE  the baseline's (likewise explanation.json)
  --no-fail               exit 0 even when the gate fails
  --quiet                 no status lines on stderr
  -h, --help              show this help

Stdout carries only what --comment - asks for (pipe it: --comment - | gh pr comment 7 -F -);
the verdict and the files written are status lines on stderr.

With --baseline base-branch (what the compare action does on a pull request; token from
GITHUB_TOKEN or GH_TOKEN with actions: read, GITHUB_API_URL for GHES):
  --repo OWNER/REPO     the repository whose workflow runs hold the artifact   (required)
  --base-branch B       the branch whose latest successful run is the baseline (required)
  --artifact-name N     the evaluation artifact's name (default mlops-evaluation)
  --artifact-report P   the report's path inside the artifact (default evaluation.json)

With --baseline production (the version the registry's production alias points to; a model
never promoted is compared as a first run):
  --baseline-alias A    compare with alias A instead (staging, ...)
${_registry_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_FLAGS_HELP */ .uW}
  --repo also stays the LocalForge's repository; given with --registry DIR, it is only that.

Exit codes: 0 passed or report only, 1 the gate failed or the production report does not
match its release's manifest, 2 bad usage or bad input, 3 GitHub refused a call.
`;
const options = {
    ..._registry_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_FLAGS */ .sY,
    'baseline-alias': { type: 'string' },
    head: { type: 'string' },
    baseline: { type: 'string' },
    config: { type: 'string' },
    rules: { type: 'string' },
    model: { type: 'string' },
    'out-dir': { type: 'string' },
    repo: { type: 'string' },
    pr: { type: 'string' },
    sha: { type: 'string' },
    workflow: { type: 'string' },
    comment: { type: 'string' },
    run: { type: 'string' },
    profile: { type: 'string' },
    'baseline-run': { type: 'string' },
    'baseline-profile': { type: 'string' },
    explanation: { type: 'string' },
    'baseline-explanation': { type: 'string' },
    'no-fail': { type: 'boolean' },
    'base-branch': { type: 'string' },
    'artifact-name': { type: 'string' },
    'artifact-report': { type: 'string' },
    post: { type: 'boolean' },
    quiet: { type: 'boolean' },
};
const compareCommand = {
    name: 'compare',
    summary: 'Compare an evaluation report with a baseline, gate it, and render the PR report',
    usage,
    async run(argv, io) {
        const { values } = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCommandArgs */ .Qx)(argv, options, usage);
        const head = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .requireOption */ .Ve)(values.head, 'head', usage);
        const baselineArg = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .requireOption */ .Ve)(values.baseline, 'baseline', usage);
        const outDir = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .requireOption */ .Ve)(values['out-dir'], 'out-dir', usage);
        const [owner, repo, ...rest] = (values.repo ?? 'local/repo').split('/');
        if (!owner || !repo || rest.length)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandUsageError */ .nT(`--repo must be OWNER/NAME (got ${JSON.stringify(values.repo)})`, usage);
        const pr = values.pr === undefined ? 1 : Number(values.pr);
        if (!Number.isInteger(pr) || pr < 1)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandUsageError */ .nT(`--pr must be a positive whole number (got ${JSON.stringify(values.pr)})`, usage);
        // Loaded on demand: other commands should not pay for compare's code at start-up.
        const { baselineKindOf } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(7009), __webpack_require__.e(7855), __webpack_require__.e(2936), __webpack_require__.e(5170), __webpack_require__.e(1881), __webpack_require__.e(9349), __webpack_require__.e(6052)]).then(__webpack_require__.bind(__webpack_require__, 9349));
        const { runCompareStep } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(7009), __webpack_require__.e(7855), __webpack_require__.e(2936), __webpack_require__.e(8737), __webpack_require__.e(5170), __webpack_require__.e(1881), __webpack_require__.e(9349), __webpack_require__.e(684)]).then(__webpack_require__.bind(__webpack_require__, 8300));
        const { LocalForge } = await Promise.all(/* import() */[__webpack_require__.e(8737), __webpack_require__.e(7700), __webpack_require__.e(4599)]).then(__webpack_require__.bind(__webpack_require__, 1118));
        const kind = baselineKindOf(baselineArg);
        const registryFlag = ['registry', 'registry-branch', 'baseline-alias'].find((f) => values[f] !== undefined);
        if (kind !== 'production' && registryFlag)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandUsageError */ .nT(`--${registryFlag} goes with --baseline production`, usage);
        const artifactFlag = ['base-branch', 'artifact-name', 'artifact-report'].find((f) => values[f] !== undefined);
        if (kind !== 'base-branch' && artifactFlag)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandUsageError */ .nT(`--${artifactFlag} goes with --baseline base-branch`, usage);
        // GitHub itself: for the base branch's artifact, or to post the comment and check run there.
        let github;
        if (kind === 'base-branch' || values.post) {
            if (values.repo === undefined)
                throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandUsageError */ .nT(`${values.post ? '--post' : '--baseline base-branch'} needs --repo OWNER/REPO`, usage);
            if (values.post && (values.pr === undefined || values.sha === undefined))
                throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandUsageError */ .nT('--post needs --pr N and --sha SHA: the PR to comment on and the commit of the check run', usage);
            const { gitHubFromFlags } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9444));
            const { client, repo: ref } = await gitHubFromFlags(values.repo, io.env, usage, {
                need: 'actions: read for the base branch\'s artifact; with --post, pull-requests: write and checks: write',
                warn: (m) => io.stderr(`mlops: ${m}\n`),
            });
            const { GitHubForge } = await Promise.all(/* import() */[__webpack_require__.e(8737), __webpack_require__.e(7700), __webpack_require__.e(4085)]).then(__webpack_require__.bind(__webpack_require__, 942));
            github = { forge: new GitHubForge(client), repo: ref };
        }
        if (values.comment === '')
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .CommandUsageError */ .nT('--comment needs a file name, or "-" for stdout', usage);
        const rules = values.rules === undefined ? undefined : await (await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(7009), __webpack_require__.e(7855)]).then(__webpack_require__.bind(__webpack_require__, 7855))).loadModelRules(values.rules);
        let baseline;
        if (kind === 'production') {
            // --repo names the LocalForge's repository too: it picks the GitHub registry only when no --registry folder is given.
            const registry = await (0,_registry_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .openRegistryFromFlags */ .f5)({ registry: values.registry, repo: values.registry === undefined ? values.repo : undefined, 'registry-branch': values['registry-branch'] }, io.env, usage);
            baseline = { kind, registry, alias: values['baseline-alias'] };
        }
        else if (kind === 'base-branch') {
            const branch = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .requireOption */ .Ve)(values['base-branch'], 'base-branch', usage);
            baseline = { kind, repo: github.repo, workflow: values.workflow ?? 'pr-report.yml', branch, artifact: values['artifact-name'] ?? 'mlops-evaluation', reportPath: values['artifact-report'] ?? 'evaluation.json' };
        }
        else
            baseline = kind === 'file' ? { kind, path: baselineArg } : { kind: 'none' };
        const download = kind === 'base-branch' ? (await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(1214)]).then(__webpack_require__.bind(__webpack_require__, 1214))).forgeArtifactDownloader(github.forge) : undefined;
        const result = await runCompareStep({
            head,
            baseline,
            config: values.config ?? ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)('mlops.yaml') ? 'mlops.yaml' : undefined),
            rules,
            model: values.model,
            outDir,
            workflow: values.workflow ?? 'pr-report.yml',
            failOnRegression: !values['no-fail'],
            target: { owner, repo, prNumber: pr, headSha: values.sha ?? 'local' },
            headRun: values.run,
            headProfile: values.profile,
            baselineRun: values['baseline-run'],
            baselineProfile: values['baseline-profile'],
            headExplanation: values.explanation,
            baselineExplanation: values['baseline-explanation'],
        }, { forge: values.post ? github.forge : new LocalForge((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, 'forge')), baselineForge: github?.forge, download, log: kind === 'base-branch' && !values.quiet ? (m) => io.stderr(`${m}\n`) : undefined });
        if (values.comment === '-')
            io.stdout(result.comment);
        else if (values.comment !== undefined)
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Zf)(values.comment, result.comment);
        if (!values.quiet) {
            const also = values.comment !== undefined && values.comment !== '-' ? `, ${values.comment}` : '';
            io.stderr(`verdict: ${result.comparison.verdict}\nwrote ${result.files.comparison}, ${result.files.comment}, ${result.files.summary}${also}\n`);
            const changed = result.comparison.what_changed;
            if (changed) {
                const { whatChangedLine } = await __webpack_require__.e(/* import() */ 8334).then(__webpack_require__.bind(__webpack_require__, 8334));
                io.stderr(`what changed: ${whatChangedLine(changed)}\n`);
            }
            const where = values.post ? 'GitHub' : 'LocalForge';
            if (result.commentUrl)
                io.stderr(`comment (${where}): ${result.commentUrl}\n`);
            if (result.checkRunUrl)
                io.stderr(`check run (${where}): ${result.checkRunUrl}\n`);
        }
        return result.exitCode;
    },
};


/***/ }),

/***/ 9444:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ describeRegistry),
/* harmony export */   f5: () => (/* binding */ openRegistryFromFlags),
/* harmony export */   gitHubFromFlags: () => (/* binding */ gitHubFromFlags),
/* harmony export */   sY: () => (/* binding */ REGISTRY_FLAGS),
/* harmony export */   uW: () => (/* binding */ REGISTRY_FLAGS_HELP)
/* harmony export */ });
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6429);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/**
 * Which registry a CLI command works on: the local folder (`--registry DIR`, default
 * `.mlops/registry`), or a repository's registry on GitHub (`--repo OWNER/REPO`: releases and the
 * `mlops-registry` branch, or `--registry-branch`), with the token from GITHUB_TOKEN or GH_TOKEN and
 * the API at GITHUB_API_URL (GitHub Enterprise Server) or api.github.com.
 */


const REGISTRY_FLAGS = {
    registry: { type: 'string' },
    repo: { type: 'string' },
    'registry-branch': { type: 'string' },
};
const REGISTRY_FLAGS_HELP = `  --registry DIR        the local registry (default .mlops/registry)
  --repo OWNER/REPO     the registry on GitHub instead: that repository's releases and its
                        registry branch (token from GITHUB_TOKEN or GH_TOKEN; GITHUB_API_URL for GHES)
  --registry-branch B   with --repo: the registry branch (default mlops-registry)`;
/**
 * A branch name git and GitHub accept (the parts of `git check-ref-format` a typo or a hostile
 * value would hit): no `..`, `//`, `@{`, control characters, spaces or `~^:?*[\`, no leading `-`
 * `/` `.`, no trailing `/` `.` or `.lock`.
 */
function isBranchName(name) {
    return (/^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(name) &&
        !/\.\.|\/\/|\/\.|@\{/.test(name) &&
        !/(\/|\.|\.lock)$/.test(name) &&
        name.length <= 255);
}
/** How a command names the registry it opened, e.g. in "no models in … yet". */
function describeRegistry(values) {
    if (values.repo !== undefined)
        return `the registry of ${values.repo} (branch ${values['registry-branch'] ?? 'mlops-registry'})`;
    return `the local registry ${values.registry ?? '.mlops/registry'}`;
}
async function openRegistryFromFlags(values, env, usage, options = {}) {
    if (values.repo !== undefined) {
        if (values.registry !== undefined)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT('give --registry or --repo, not both', usage);
        const branch = values['registry-branch'];
        if (branch !== undefined && !isBranchName(branch))
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT(`--registry-branch ${JSON.stringify(branch)} is not a branch name`, usage);
        const { client, repo } = await gitHubFromFlags(values.repo, env, usage, { warn: options.warn, need: 'contents: read to read the registry, contents: write to publish or promote' });
        const { openGitHubRegistry } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(8707)]).then(__webpack_require__.bind(__webpack_require__, 8707));
        return openGitHubRegistry(client, repo, { branch, targetCommitish: options.targetCommitish });
    }
    if (values['registry-branch'] !== undefined)
        throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT('--registry-branch goes with --repo', usage);
    const { openLocalRegistry, DEFAULT_REGISTRY_DIR } = await __webpack_require__.e(/* import() */ 9224).then(__webpack_require__.bind(__webpack_require__, 9224));
    return openLocalRegistry(values.registry ?? DEFAULT_REGISTRY_DIR);
}
/**
 * The GitHub API client for `--repo OWNER/REPO`: the token from GITHUB_TOKEN or GH_TOKEN, the API at
 * GITHUB_API_URL (GHES) or api.github.com. `need` says which permissions the command needs, for the
 * message when no token is set.
 */
async function gitHubFromFlags(repoFlag, env, usage, options) {
    const { parseRepository } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(8707)]).then(__webpack_require__.bind(__webpack_require__, 8707));
    const repo = parseRepository(repoFlag);
    if (!repo)
        throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT(`--repo ${JSON.stringify(repoFlag)} is not OWNER/REPO`, usage);
    // Checked here, not left to createGitHubClient: its message speaks to workflow authors (`github-token:`).
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!token) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--repo ${repoFlag} needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN`, {
            hint: `${options.need}; with the GitHub CLI: GH_TOKEN=$(gh auth token)`,
        });
    }
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(41), __webpack_require__.e(2306)]).then(__webpack_require__.bind(__webpack_require__, 2306));
    const warn = options.warn ?? (() => { });
    const client = createGitHubClient({
        token,
        env,
        logger: { debug() { }, info() { }, warn, error: warn },
        // Test knobs (docs/registry.md), as in the actions: never set them for real use, GitHub asks
        // for writes to be spaced and rate-limit waits to be honoured in seconds.
        retryBaseMs: env.MLOPS_GITHUB_RETRY_BASE_MS ? Number(env.MLOPS_GITHUB_RETRY_BASE_MS) : undefined,
        writeSpacing: env.MLOPS_GITHUB_WRITE_SPACING === 'none' ? 'none' : 'github',
    });
    return { client, repo };
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
