export const id = 3097;
export const ids = [3097];
export const modules = {

/***/ 3097:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullCommand: () => (/* binding */ pullCommand)
/* harmony export */ });
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6429);
/* harmony import */ var _registry_flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9444);
/** `mlops pull NAME@ALIAS`: a published version's model files, fetched from the release or the OCI registry and verified. */


const usage = `Usage: mlops pull NAME@ALIAS --out DIR [options]

Download a published model version and extract its files into DIR, after checking the manifest
against the digest recorded at publish and the archive against the manifest. The archive comes
from the release, or from the OCI registry the version was pushed to (publish --oci), which is
the only copy for archives of 2 GiB and more. NAME@ALIAS may also be NAME@VERSION or NAME@latest.

Options:
  --out DIR             the folder to create with the model's files (new or empty)     (required)
${_registry_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY_FLAGS_HELP */ .uW}
  --format text|json    what to print (default text)
  -h, --help            show this help

OCI credentials: GITHUB_TOKEN for ghcr.io; MLOPS_OCI_USERNAME and MLOPS_OCI_PASSWORD, or
MLOPS_OCI_TOKEN, for other registries (docs/registry.md, "OCI registries").

Exit codes: 0 pulled, 1 the release or the OCI artifact was tampered with (nothing written),
2 bad usage or bad input (unknown model, alias or version; DIR not empty), 3 GitHub or the OCI
registry refused or kept failing a call.
`;
const options = {
    out: { type: 'string' },
    ..._registry_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY_FLAGS */ .sY,
    format: { type: 'string' },
};
const pullCommand = {
    name: 'pull',
    summary: 'Download and verify a model version (NAME@ALIAS) from the release or the OCI registry',
    usage,
    async run(argv, io) {
        const { values, positionals } = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommandArgs */ .Qx)(argv, options, usage, true);
        if (positionals.length !== 1)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT(positionals.length ? `expected one NAME@ALIAS, got ${positionals.length}` : 'name the model: NAME@ALIAS', usage);
        const out = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .requireOption */ .Ve)(values.out, 'out', usage);
        const format = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .choiceOption */ .zu)(values.format, 'format', ['text', 'json'], 'text', usage);
        const { parseModelTarget, pullModel } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(2714), __webpack_require__.e(4211), __webpack_require__.e(3657), __webpack_require__.e(6093)]).then(__webpack_require__.bind(__webpack_require__, 6093));
        const { model, target } = parseModelTarget(positionals[0]);
        const registry = await (0,_registry_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .openRegistryFromFlags */ .f5)(values, io.env, usage, { warn: (m) => io.stderr(`mlops: ${m}\n`) });
        const { openOciArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(1622)]).then(__webpack_require__.bind(__webpack_require__, 1622));
        const result = await pullModel({ model, target, outDir: out }, { ...registry, oci: openOciArtifacts({ env: io.env }) });
        if (format === 'json') {
            io.stdout(`${JSON.stringify(result, null, 2)}\n`);
            return 0;
        }
        const via = result.alias ? `${result.model}@${result.alias} = ${result.version}` : `${result.model} ${result.version}`;
        io.stdout(`pulled ${via}: ${result.files} files into ${result.out}\n`);
        io.stdout(`  model.tar.gz sha256 ${result.archive_sha256}, from ${result.source === 'oci' ? result.oci : `the release ${result.tag}`}\n`);
        return 0;
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


/***/ })

};
