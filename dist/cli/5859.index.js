export const id = 5859;
export const ids = [5859];
export const modules = {

/***/ 5859:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   driftCommand: () => (/* binding */ driftCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6429);
/* harmony import */ var _registry_flags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9444);
/** `mlops drift`: the drift-check step on the command line. */



const usage = `Usage: mlops drift --current FILE... --out FILE [options]

Compare current production data (and metrics) with the reference the model was trained on:
per-column tests with Evidently's defaults (KS, chi-square, Z below 1,000 reference rows;
Wasserstein and Jensen-Shannon distance above), dataset drift when at least half the columns
drifted, and the metric rules of mlops.yaml. A drifted column with p below 1e-6 or a distance at
least 3x its threshold is a column alarm (mlops.yaml: drift.models.<model>.alarms): a warning line
on stderr, and with --fail-on column it is drift. Writes a mlops-actions/drift@1 report.

Options:
  --model NAME          the model (default: the only one under drift.models in mlops.yaml)
  --reference REF       production (the profile published with the version the alias points to),
                        or a profile (.json) or data file (default: mlops.yaml's, else production)
  --alias NAME          with --reference production: the alias (default production)
  --current FILE        current data file or glob (repeatable); default: mlops.yaml's sources
  --explanation FILE    the model's explanation (mlops explain): drifted columns in its importance
                        order (default: the production release's explanation.json, if any)
  --config FILE         mlops.yaml (default ./mlops.yaml if present)
  --fail-on dataset|column  what makes the decision drift: dataset (the share rule) or column
                        (also any column alarm) (default: mlops.yaml's fail_on, else dataset)
  --out FILE            where to write the report                                   (required)
  --pr-dir DIR          also write the retraining PR as a local forge would post it, under DIR
  --open-pr             open (or update) the retraining PR on GitHub in --repo, as the action
                        does (token from GITHUB_TOKEN or GH_TOKEN: contents: write and
                        pull-requests: write); labels, reviewers and base from mlops.yaml
  --on-recovery MODE    with --pr-dir or --open-pr: comment, close or none when the drift is gone
  --repo-name OWNER/NAME  with --pr-dir: the repository the PR is filed under (default local/repo)
${_registry_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_FLAGS_HELP */ .uW}
  --format text|json    what to print (default text)
  -h, --help            show this help

Exit codes: 0 no drift or degradation (column alarms only warn), 1 drift or degradation (with
--fail-on column, also a column alarm), 2 bad usage or input (a source that fails, no rows, a
column the reference has and the current data lacks), 3 GitHub failed.
`;
const options = {
    model: { type: 'string' },
    reference: { type: 'string' },
    alias: { type: 'string' },
    current: { type: 'string', multiple: true },
    explanation: { type: 'string' },
    config: { type: 'string' },
    'fail-on': { type: 'string' },
    out: { type: 'string' },
    'pr-dir': { type: 'string' },
    'on-recovery': { type: 'string' },
    'repo-name': { type: 'string' },
    'open-pr': { type: 'boolean' },
    format: { type: 'string' },
    ..._registry_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_FLAGS */ .sY,
};
// Spelled here, not imported: the drift modules load only when the command runs (type-checked against FailOn).
const FAIL_ON = ['dataset', 'column'];
const fmt = (x) => (x === null ? '-' : Math.abs(x) >= 1e-3 || x === 0 ? x.toFixed(4) : x.toExponential(2));
/** The retraining PR on GitHub: the action's GitHubForge on --repo, with the token from the environment. */
async function gitHubPullRequest(repoFlag, io, onRecovery) {
    const { client, repo } = await (0,_registry_flags_js__WEBPACK_IMPORTED_MODULE_2__.gitHubFromFlags)(repoFlag, io.env, usage, {
        need: 'contents: write and pull-requests: write to open the retraining PR (and contents: read for --reference production)',
        warn: (m) => io.stderr(`mlops: ${m}\n`),
    });
    const { GitHubForge } = await Promise.all(/* import() */[__webpack_require__.e(8737), __webpack_require__.e(7700), __webpack_require__.e(4085)]).then(__webpack_require__.bind(__webpack_require__, 942));
    return { forge: new GitHubForge(client), repo, onRecovery };
}
const driftCommand = {
    name: 'drift',
    summary: 'Check current production data and metrics for drift against the reference',
    usage,
    async run(argv, io) {
        const { values } = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)(argv, options, usage);
        const out = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .requireOption */ .Ve)(values.out, 'out', usage);
        const format = (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .choiceOption */ .zu)(values.format, 'format', ['text', 'json'], 'text', usage);
        const failOn = values['fail-on'] === undefined ? undefined : (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .choiceOption */ .zu)(values['fail-on'], 'fail-on', FAIL_ON, 'dataset', usage);
        const onRecovery = values['on-recovery'] === undefined ? undefined : (0,_runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .choiceOption */ .zu)(values['on-recovery'], 'on-recovery', ['comment', 'close', 'none'], 'comment', usage);
        if (values['pr-dir'] === undefined && values['repo-name'])
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandUsageError */ .nT('--repo-name goes with --pr-dir', usage);
        if (values['pr-dir'] === undefined && !values['open-pr'] && onRecovery)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandUsageError */ .nT('--on-recovery goes with --pr-dir or --open-pr', usage);
        if (values['open-pr'] && values['pr-dir'] !== undefined)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandUsageError */ .nT('give --open-pr or --pr-dir, not both', usage);
        if (values['open-pr'] && values.repo === undefined)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandUsageError */ .nT('--open-pr needs --repo OWNER/REPO: the repository the retraining PR is opened in', usage);
        const [owner, repo, ...rest] = (values['repo-name'] ?? 'local/repo').split('/');
        if (!owner || !repo || rest.length)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .CommandUsageError */ .nT(`--repo-name must be OWNER/NAME (got ${JSON.stringify(values['repo-name'])})`, usage);
        const { runDriftStep } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(980), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(7009), __webpack_require__.e(7855), __webpack_require__.e(8737), __webpack_require__.e(3473), __webpack_require__.e(7700), __webpack_require__.e(676), __webpack_require__.e(7927)]).then(__webpack_require__.bind(__webpack_require__, 6766));
        const { LocalForge } = await Promise.all(/* import() */[__webpack_require__.e(8737), __webpack_require__.e(7700), __webpack_require__.e(6980)]).then(__webpack_require__.bind(__webpack_require__, 1118));
        const log = format === 'text' ? (m) => io.stderr(`${m}\n`) : () => { };
        const step = await runDriftStep({
            model: values.model,
            config: values.config,
            reference: values.reference,
            alias: values.alias,
            current: values.current,
            explanation: values.explanation,
            failOn,
            out,
            registry: () => (0,_registry_flags_js__WEBPACK_IMPORTED_MODULE_2__/* .openRegistryFromFlags */ .f5)(values, io.env, usage),
            pullRequest: values['open-pr'] ? await gitHubPullRequest(values.repo, io, onRecovery) : values['pr-dir'] ? { forge: new LocalForge(values['pr-dir']), repo: { owner, repo }, onRecovery } : undefined,
            env: io.env,
            log,
        });
        // On stderr in both formats: stdout stays the table or the JSON document.
        for (const a of step.report.data.alarms ?? [])
            io.stderr(`warning: column alarm: ${a.message}\n`);
        if (format === 'json') {
            io.stdout(`${JSON.stringify({ report: step.report, path: step.path, pull_request: step.pr ?? null }, null, 2)}\n`);
            return step.drifted ? 1 : 0;
        }
        const r = step.report;
        const alarmed = new Set((r.data.alarms ?? []).map((a) => a.column));
        const rows = [['column', 'test', 'statistic', 'p-value', 'threshold', 'drifted'], ...r.data.columns.map((c) => [c.column, c.test, fmt(c.statistic), fmt(c.p_value), String(c.threshold), alarmed.has(c.column) ? 'ALARM' : c.drifted ? 'DRIFT' : '-'])];
        const widths = rows[0].map((_, i) => rows.reduce((w, row) => Math.max(w, row[i].length), 0));
        io.stdout(rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n') + '\n');
        for (const s of r.data.skipped)
            io.stdout(`skipped ${s.column}: ${s.reason}\n`);
        for (const m of r.metrics)
            io.stdout(`${m.passed ? 'ok  ' : 'FAIL'} ${m.message}\n`);
        io.stdout(`\n${r.decision}: ${r.reasons.join('; ')}\nwrote ${step.path}\n`);
        if (step.pr) {
            const where = values['open-pr'] ? 'GitHub' : 'local forge';
            io.stdout(`retraining PR (${where}): ${step.pr.operation}${step.pr.url ? ` ${step.pr.url}` : ''}${step.pr.number ? ` (#${step.pr.number}${values['pr-dir'] ? `, ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(values['pr-dir'])}` : ''})` : ''}\n`);
        }
        return step.drifted ? 1 : 0;
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
