export const id = 129;
export const ids = [129];
export const modules = {

/***/ 129:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registryHistoryCommand: () => (/* binding */ registryHistoryCommand),
/* harmony export */   registryListCommand: () => (/* binding */ registryListCommand),
/* harmony export */   registryShowCommand: () => (/* binding */ registryShowCommand)
/* harmony export */ });
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6429);
/* harmony import */ var _registry_flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9444);
/** `mlops registry list|show|history`: read the local registry or a repository's registry on GitHub. */


const common = `Options:
${_registry_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY_FLAGS_HELP */ .uW}
  --format text|json    what to print (default text)
  -h, --help            show this help

Exit codes: 0 ok, 2 bad usage or an unknown model, 3 GitHub refused or kept failing a call (--repo).
`;
const listUsage = `Usage: mlops registry list [options]

List the registry's models with their number of versions, latest version and aliases.

${common}`;
const showUsage = `Usage: mlops registry show MODEL [options]

Show one model's versions (oldest first) and where its aliases point.

${common}`;
const historyUsage = `Usage: mlops registry history MODEL [options]

Show one model's audit log, oldest first: every publish and promotion, who, when, from which
version to which, the approval and the run.

${common}`;
const options = { ..._registry_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY_FLAGS */ .sY, format: { type: 'string' } };
/** Control characters from the registry's files never reach the terminal. */
// eslint-disable-next-line no-control-regex
const clean = (s) => (s ?? '-').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
function table(rows) {
    const widths = rows[0].map((_, i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
    return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n') + '\n';
}
async function open(argv, io, usage, needsModel) {
    const { values, positionals } = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommandArgs */ .Qx)(argv, options, usage, true);
    if (needsModel && positionals.length !== 1)
        throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT(positionals.length ? 'give one MODEL' : 'missing MODEL', usage);
    if (!needsModel && positionals.length)
        throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT(`unexpected argument "${positionals[0]}"`, usage);
    const format = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .choiceOption */ .zu)(values.format, 'format', ['text', 'json'], 'text', usage);
    const ports = await (0,_registry_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .openRegistryFromFlags */ .f5)(values, io.env, usage, { warn: (m) => io.stderr(`mlops: ${m}\n`) });
    const view = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(3037)]).then(__webpack_require__.bind(__webpack_require__, 3037));
    return { ports, format, model: positionals[0], view, where: (0,_registry_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRegistry */ .Fv)(values) };
}
const registryListCommand = {
    name: 'registry list',
    summary: 'List the models in the registry with their aliases',
    usage: listUsage,
    async run(argv, io) {
        const { ports, format, view, where } = await open(argv, io, listUsage, false);
        const models = await view.listRegistry(ports);
        if (format === 'json')
            io.stdout(`${JSON.stringify(models, null, 2)}\n`);
        else if (models.length === 0)
            io.stdout(`no models in ${where} yet (mlops publish adds one)\n`);
        else {
            const rows = models.map((m) => [m.model, String(m.versions), m.latest ?? '-', Object.entries(m.aliases).map(([a, v]) => `${a}=${v}`).join(' ') || '-']);
            io.stdout(table([['model', 'versions', 'latest', 'aliases'], ...rows]));
        }
        return 0;
    },
};
const registryShowCommand = {
    name: 'registry show',
    summary: "Show a model's versions and aliases",
    usage: showUsage,
    async run(argv, io) {
        const { ports, format, model, view } = await open(argv, io, showUsage, true);
        const m = await view.showModel(ports, model);
        if (format === 'json') {
            io.stdout(`${JSON.stringify(m, null, 2)}\n`);
            return 0;
        }
        io.stdout(`model ${m.model}\n\naliases:\n`);
        const aliases = Object.entries(m.aliases).sort(([a], [b]) => a.localeCompare(b));
        io.stdout(aliases.length ? table(aliases.map(([a, v]) => [`  ${a}`, '->', v.version, clean(v.updated_at), clean(v.updated_by)])) : '  (none)\n');
        io.stdout('\nversions:\n');
        const rows = m.versions.map((v) => [`  ${v.version}`, v.tag, clean(v.published_at), clean(v.published_by), v.aliases.join(' ') || '-']);
        io.stdout(table([['  version', 'tag', 'published', 'by', 'aliases'], ...rows]));
        return 0;
    },
};
const registryHistoryCommand = {
    name: 'registry history',
    summary: "Show a model's audit log: publishes and promotions",
    usage: historyUsage,
    async run(argv, io) {
        const { ports, format, model, view } = await open(argv, io, historyUsage, true);
        const entries = await view.modelHistory(ports, model);
        if (format === 'json') {
            io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
            return 0;
        }
        if (entries.length === 0) {
            io.stdout(`no audit entries for ${model}\n`);
            return 0;
        }
        const rows = entries.map((e) => [
            clean(e.at),
            e.action,
            e.action === 'promote' ? `${e.alias}: ${e.from ?? '(new)'} -> ${e.to}` : e.to,
            clean(e.actor),
            e.approval ? clean(`approved by ${e.approval.reviewer ?? '?'}${e.approval.environment ? ` (${e.approval.environment})` : ''}${e.approval.comment ? `: ${e.approval.comment}` : ''}`) : '-',
            clean(e.run?.url ?? e.run?.run_id ?? '-'),
        ]);
        io.stdout(table([['when', 'action', 'what', 'who', 'approval', 'run'], ...rows]));
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
