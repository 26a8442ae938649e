export const id = 5703;
export const ids = [5703];
export const modules = {

/***/ 5703:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishCommand: () => (/* binding */ publishCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6429);
/* harmony import */ var _registry_flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9444);
/** `mlops publish`: the publish-model step on the command line, into a local registry folder or a repository's registry on GitHub. */



const usage = `Usage: mlops publish --model NAME --files DIR --evaluation FILE [options]

Package a model as a new immutable version in the registry: a deterministic model.tar.gz of DIR,
a manifest (mlops-actions/model@1) with every file's SHA-256 and the lineage, a model card, and
the evaluation, profile, train record and comparison given. Publishing the same content again
changes nothing; different content under an existing version is refused (exit 1).

Options:
  --model NAME          the model's name: lowercase letters, digits, hyphens        (required)
  --files DIR           the folder with the model's files                          (required)
  --evaluation FILE     its evaluation report (mlops-actions/evaluation@1)         (required)
  --profile FILE        the training data's profile (mlops-actions/profile@1)
  --run FILE            the train record (mlops-actions/run@1): params and seed
  --comparison FILE     the compare step's result (mlops-actions/comparison@1)
  --explanation FILE    explain's result (mlops-actions/explanation@1): the model card's
                        importance table
  --version X.Y.Z       publish exactly this version
  --bump KIND           patch, minor or major from the highest published version
  --label NAME          a PR label; model:major|minor|patch picks the bump (repeatable)
  --oci HOST/PATH       also push the version to this OCI repository (e.g. ghcr.io/OWNER/models/NAME),
                        tagged with the version; an archive of 2 GiB or more goes there only and the
                        release holds its manifest and a pointer (credentials: docs/registry.md,
                        "OCI registries")
${_registry_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_FLAGS_HELP */ .uW}
  --target-commitish C  with --repo: the commit or branch a new release's tag points at (default
                        GITHUB_SHA, else this checkout's HEAD, which must be pushed; else the
                        repository's default branch)
  --config FILE         mlops.yaml with release.models.NAME (default ./mlops.yaml if present)
  --format text|json    what to print (default text)
  -h, --help            show this help

Without --version and --bump: the bump a model:* label asks for, else patch; a model's first
version is 1.0.0.

Exit codes: 0 published or already published, 1 the version exists with different content,
2 bad usage or bad input, 3 GitHub refused or kept failing a call (--repo).
`;
const options = {
    model: { type: 'string' },
    files: { type: 'string' },
    evaluation: { type: 'string' },
    profile: { type: 'string' },
    run: { type: 'string' },
    comparison: { type: 'string' },
    explanation: { type: 'string' },
    version: { type: 'string' },
    bump: { type: 'string' },
    label: { type: 'string', multiple: true },
    oci: { type: 'string' },
    ..._registry_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_FLAGS */ .sY,
    'target-commitish': { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
};
const publishCommand = {
    name: 'publish',
    summary: 'Publish a model as a versioned, checksummed release with a model card',
    usage,
    async run(argv, io) {
        const { values } = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)(argv, options, usage);
        const model = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)(values.model, 'model', usage);
        const files = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)(values.files, 'files', usage);
        const evaluation = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)(values.evaluation, 'evaluation', usage);
        if (values.version !== undefined && values.bump !== undefined)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandUsageError */ .nT('give --version or --bump, not both', usage);
        const bump = values.bump === undefined ? undefined : (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .choiceOption */ .zu)(values.bump, 'bump', ['patch', 'minor', 'major'], 'patch', usage);
        const format = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .choiceOption */ .zu)(values.format, 'format', ['text', 'json'], 'text', usage);
        if (values['target-commitish'] !== undefined && values.repo === undefined)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandUsageError */ .nT('--target-commitish goes with --repo', usage);
        // The tag goes on the commit the lineage records (GITHUB_SHA on a runner, else HEAD), not on
        // whatever the default branch holds when the release is created.
        let targetCommitish = values['target-commitish'];
        if (targetCommitish === undefined && values.repo !== undefined) {
            const { gitCommit } = await Promise.all(/* import() */[__webpack_require__.e(44), __webpack_require__.e(4650)]).then(__webpack_require__.bind(__webpack_require__, 4650));
            targetCommitish = (await gitCommit(process.cwd(), io.env)) ?? undefined;
        }
        const registry = await (0,_registry_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .openRegistryFromFlags */ .f5)(values, io.env, usage, { targetCommitish, warn: (m) => io.stderr(`mlops: ${m}\n`) });
        const oci = values.oci === undefined ? undefined : (await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(1622)]).then(__webpack_require__.bind(__webpack_require__, 1622))).openOciArtifacts({ env: io.env });
        const ports = { ...registry, oci };
        const { publishModel } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(2714), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(7009), __webpack_require__.e(7855), __webpack_require__.e(2936), __webpack_require__.e(5170), __webpack_require__.e(1881), __webpack_require__.e(4211), __webpack_require__.e(4357)]).then(__webpack_require__.bind(__webpack_require__, 4357));
        const result = await publishModel({
            model,
            files,
            evaluation,
            profile: values.profile,
            run: values.run,
            comparison: values.comparison,
            explanation: values.explanation,
            version: values.version,
            bump,
            labels: values.label ?? [],
            config: values.config ?? ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)('mlops.yaml') ? 'mlops.yaml' : undefined),
            env: io.env,
            oci: values.oci,
        }, ports);
        if (format === 'json') {
            const { manifest, ...rest } = result;
            io.stdout(`${JSON.stringify({ ...rest, files: manifest.archive.files.length, assets: manifest.assets }, null, 2)}\n`);
            return 0;
        }
        const what = result.status === 'published' ? 'published' : 'already published (same content), nothing changed:';
        io.stdout(`${what} ${result.tag} (${result.reason})\n`);
        io.stdout(`  ${result.manifest.archive.files.length} files, model.tar.gz sha256 ${result.manifest.archive.sha256}\n`);
        io.stdout(`  content digest ${result.content_digest}\n  ${result.url}\n`);
        if (result.oci)
            io.stdout(`  OCI ${result.oci.repository}:${result.oci.tag}@${result.oci.digest}${result.oci.archive_in_release ? '' : ' (the archive is only there)'}\n`);
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
