export const id = 3452;
export const ids = [3452];
export const modules = {

/***/ 3452:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promoteCommand: () => (/* binding */ promoteCommand)
/* harmony export */ });
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6429);
/* harmony import */ var _registry_flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9444);
/** `mlops promote`: the promote-model step on the command line, against a local registry folder or a repository's registry on GitHub. */


const usage = `Usage: mlops promote --model NAME --version X.Y.Z|latest --alias NAME [options]

Move an alias (staging, production, ...) of a model to a version, after downloading every asset of
that version and checking its SHA-256 against the manifest. The move is recorded in the model's
state and audit log. Rollback is promoting an earlier version. An alias the model does not
have yet must be declared in mlops.yaml (promote.aliases; default staging and production), so a
typo does not create one: --create-alias creates it on purpose.

Options:
  --model NAME          the model                                                  (required)
  --version V           a published version, or latest                             (required)
  --alias NAME          the alias to move: lowercase letters, digits, hyphens      (required)
  --reviewer NAME       who approved the promotion (recorded in the audit log)
  --comment TEXT        the approval's comment
  --environment NAME    the GitHub Environment that approved it, if any
  --create-alias        create the alias even though mlops.yaml does not declare it
  --config FILE         mlops.yaml declaring the aliases (default: ./mlops.yaml when it exists)
${_registry_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY_FLAGS_HELP */ .uW}
  --no-deployment       with --repo: do not record a GitHub Deployment of the release to the
                        environment (recorded by default, as the promote-model action does)
  --environment-url URL with --repo: the URL the Deployment links to (the serving endpoint)
  --format text|json    what to print (default text)
  -h, --help            show this help

Exit codes: 0 promoted or already there, 1 an asset is missing or tampered with (nothing moved),
2 bad usage or bad input (unknown model or version, an undeclared alias), 3 GitHub refused or
kept failing a call (--repo).
`;
const options = {
    model: { type: 'string' },
    version: { type: 'string' },
    alias: { type: 'string' },
    reviewer: { type: 'string' },
    comment: { type: 'string' },
    environment: { type: 'string' },
    'create-alias': { type: 'boolean' },
    config: { type: 'string' },
    ..._registry_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY_FLAGS */ .sY,
    'no-deployment': { type: 'boolean' },
    'environment-url': { type: 'string' },
    format: { type: 'string' },
};
async function gitHubPromotePorts(values, io, warn) {
    const { client, repo } = await (0,_registry_flags_js__WEBPACK_IMPORTED_MODULE_1__.gitHubFromFlags)(values.repo, io.env, usage, {
        need: 'contents: write to promote, deployments: write for the Deployment record (or --no-deployment)',
        warn,
    });
    const { openGitHubPromotePorts } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(8707), __webpack_require__.e(1436)]).then(__webpack_require__.bind(__webpack_require__, 1436));
    const ports = openGitHubPromotePorts(client, {
        repo,
        requireApproval: false,
        deployment: values['no-deployment'] !== true,
        environmentUrl: values['environment-url'],
        registryBranch: values['registry-branch'],
        env: io.env,
        log: (m) => io.stderr(`${m}\n`),
    });
    return { ...ports, approval: undefined };
}
const promoteCommand = {
    name: 'promote',
    summary: 'Move an alias (staging, production) of a model to a verified version',
    usage,
    async run(argv, io) {
        const { values } = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommandArgs */ .Qx)(argv, options, usage);
        const model = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .requireOption */ .Ve)(values.model, 'model', usage);
        const version = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .requireOption */ .Ve)(values.version, 'version', usage);
        const alias = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .requireOption */ .Ve)(values.alias, 'alias', usage);
        const format = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .choiceOption */ .zu)(values.format, 'format', ['text', 'json'], 'text', usage);
        // Loaded on demand: other commands should not pay for the config's code (yaml, zod) at start-up.
        const { loadDeclaredAliases } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(7009), __webpack_require__.e(7855)]).then(__webpack_require__.bind(__webpack_require__, 7855));
        const declared = await loadDeclaredAliases(values.config);
        const warn = (m) => io.stderr(`mlops: ${m}\n`);
        if (values.repo !== undefined && values.registry !== undefined)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT('give --registry or --repo, not both', usage);
        if (values.repo === undefined && (values['no-deployment'] || values['environment-url'] !== undefined)) {
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT(`--${values['no-deployment'] ? 'no-deployment' : 'environment-url'} goes with --repo`, usage);
        }
        // On GitHub, the action's ports: the registry and the Deployment record. Not the run's approval:
        // the command line is no workflow run, so --reviewer and --comment are what is recorded.
        const registry = values.repo === undefined ? await (0,_registry_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .openRegistryFromFlags */ .f5)(values, io.env, usage, { warn }) : await gitHubPromotePorts(values, io, warn);
        // Versions published with --oci are verified in the OCI registry too (credentials: docs/registry.md).
        const { openOciArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(1622)]).then(__webpack_require__.bind(__webpack_require__, 1622));
        const ports = { ...registry, oci: openOciArtifacts({ env: io.env }) };
        const { promoteModel } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(2714), __webpack_require__.e(4211), __webpack_require__.e(3657), __webpack_require__.e(9228)]).then(__webpack_require__.bind(__webpack_require__, 9228));
        const result = await promoteModel({ model, version, alias, declaredAliases: declared, createAlias: values['create-alias'] === true, approval: { reviewer: values.reviewer, comment: values.comment, environment: values.environment }, env: io.env }, ports);
        if (format === 'json') {
            io.stdout(`${JSON.stringify(result, null, 2)}\n`);
            return 0;
        }
        io.stdout(`verified ${result.verified.length} assets of ${result.tag} against its manifest\n`);
        if (result.status === 'unchanged')
            io.stdout(`${model}@${alias} already points to ${result.to}; nothing changed\n`);
        else
            io.stdout(`${model}@${alias}: ${result.from ?? '(new)'} -> ${result.to}\n`);
        if (result.deployment)
            io.stdout(`deployment recorded for ${result.environment}: ${result.deployment.url}\n`);
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
