export const id = 919;
export const ids = [919];
export const modules = {

/***/ 9349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baselineKindOf: () => (/* binding */ baselineKindOf),
  o: () => (/* binding */ resolveBaseline)
});

// UNUSED EXPORTS: BASELINE_KEYWORDS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/ports/forge-error.ts
var forge_error = __webpack_require__(5335);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/compare/compare-files.ts
var compare_files = __webpack_require__(4977);
// EXTERNAL MODULE: ../../../../shared/registry/alias-release.ts
var alias_release = __webpack_require__(5334);
// EXTERNAL MODULE: ../../../../shared/formats/manifest-format.ts
var manifest_format = __webpack_require__(9680);
// EXTERNAL MODULE: ../../../../shared/registry/tag.ts
var tag = __webpack_require__(7170);
;// CONCATENATED MODULE: ../../../../shared/compare/production-baseline.ts
/**
 * compare's `baseline: production`: the evaluation report of the version a model registry alias
 * (default `production`) points to, so a PR is measured against what is serving, not against
 * whatever last ran on the base branch. Works on either registry (local folder or GitHub releases +
 * state branch): only the RegistryPorts are used.
 *
 * Trust: the report is used only after the same chain of checks promote makes before it moves an
 * alias: the stored manifest against the SHA-256 recorded in the registry state when the version
 * was published, then the report against the manifest's asset list (SHA-256 and size). The model
 * archive is not downloaded: compare needs only the report, and archives can be large.
 *
 * A model with no registry state, or whose alias was never set, is not an error: the comparison
 * runs as a first run and says why (like a base branch without runs).
 */






const DEFAULT_BASELINE_ALIAS = 'production';
/** The name the baseline report gets in its folder (the release's asset name). */
const REPORT_FILE = 'evaluation.json';
async function resolveProductionBaseline(spec, env) {
    const model = (0,tag/* validateModelName */.HW)(spec.model);
    const alias = (0,tag/* validateAlias */.jX)(spec.alias ?? DEFAULT_BASELINE_ALIAS);
    await (0,promises_.mkdir)(env.workDir, { recursive: true });
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.workDir, `${alias}-`));
    try {
        const release = await (0,alias_release/* openAliasRelease */.O)(spec.registry, model, alias, dir, { use: 'production baseline', refusal: 'not comparing' });
        if (!release) {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
            const reason = `no ${alias} version of ${model} yet`;
            env.log?.(`baseline: ${reason}; comparing as a first run`);
            return { info: { kind: 'none', reason: `${reason}; compared as a first run` } };
        }
        const { manifest, ref, version } = release;
        const reportAsset = manifest.assets.find((a) => a.name === manifest.evaluation.asset);
        if (!reportAsset)
            throw release.stop(`the manifest lists no ${manifest.evaluation.asset}`);
        const file = (0,external_node_path_.join)(dir, REPORT_FILE);
        await release.download(reportAsset, file);
        // The report names its per-example file; without it compare would fail on the missing file.
        let examplesUnavailable;
        const examples = (await (0,compare_files/* readEvaluationReport */.r)(file)).examples;
        if (examples) {
            const examplesAsset = manifest.assets.find((a) => a.name === manifest_format/* EVALUATION_EXAMPLES_ASSET */.g7);
            if (!examplesAsset)
                examplesUnavailable = `the ${alias} release ${ref.tag} has no per-example file (${manifest_format/* EVALUATION_EXAMPLES_ASSET */.g7})`;
            else if ((0,external_node_path_.basename)(examples.file) !== examples.file || examples.file.startsWith('.')) {
                examplesUnavailable = `the ${alias} release's report names its per-example file ${JSON.stringify(examples.file)}, not a plain file name`;
            }
            else
                await release.download(examplesAsset, (0,external_node_path_.join)(dir, examples.file));
        }
        env.log?.(`baseline: ${alias} of ${model} is ${version} (${ref.tag}, ${ref.url}); report verified against its manifest`);
        return {
            file,
            info: { kind: 'production', model, alias, version, tag: ref.tag, url: ref.url },
            ...(examplesUnavailable ? { examplesUnavailable } : {}),
        };
    }
    catch (e) {
        // Nothing half-written: a baseline that failed its checks leaves no file behind.
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw e;
    }
}

// EXTERNAL MODULE: ../../../../shared/formats/report-limits.ts
var report_limits = __webpack_require__(4050);
;// CONCATENATED MODULE: ../../../../shared/compare/baseline.ts
/**
 * Where compare's baseline report comes from (input `baseline`):
 * - a path: that report file;
 * - `base-branch`: the evaluation artifact of the latest successful run of the same workflow on the
 *   PR's base branch, found through the Forge's workflow-run listing and downloaded through an
 *   `ArtifactDownloader` port (the action uses @actions/artifact; the CLI and GHES the Forge's zip);
 * - `production`: the verified evaluation report of the version a model registry alias (default
 *   `production`) points to (shared/compare/production-baseline.ts);
 * - `none`: a first run, nothing to compare with.
 * A base branch without any successful run holding the artifact (a repository adopting the
 * workflow, or artifacts expired), or a model never promoted, is not an error: the comparison runs
 * as a first run and says why.
 */






const BASELINE_KEYWORDS = ['base-branch', 'production', 'none'];
/** The `baseline` input: a keyword, else a report path. */
function baselineKindOf(value) {
    return BASELINE_KEYWORDS.includes(value) ? value : 'file';
}
function safeInside(dir, rel, what) {
    if ((0,external_node_path_.isAbsolute)(rel) || (0,external_node_path_.normalize)(rel).split(/[\\/]/).includes('..')) {
        throw new errors/* UsageError */.eb(`${what} ${JSON.stringify(rel)} must be a relative path inside the artifact`);
    }
    return (0,external_node_path_.resolve)(dir, rel);
}
async function resolveBaseline(spec, env) {
    switch (spec.kind) {
        case 'file':
            return { file: spec.path, info: { kind: 'file', file: spec.path } };
        case 'none':
            return { info: { kind: 'none', reason: 'first run: baseline none' } };
        case 'production':
            return resolveProductionBaseline(spec, env);
        case 'base-branch':
            return resolveBaseBranch(spec, env);
    }
}
async function resolveBaseBranch(spec, env) {
    const { forge, download } = env;
    if (!forge || !download)
        throw new errors/* UsageError */.eb('baseline base-branch needs GitHub access', { hint: 'give the step a token (input token), or pass a baseline report file' });
    const where = `${spec.workflow} on ${spec.branch}`;
    let runs;
    try {
        runs = await forge.listSuccessfulWorkflowRuns({ ...spec.repo, workflow: spec.workflow, branch: spec.branch, limit: (spec.maxRuns ?? 10) + 1 });
    }
    catch (e) {
        // GitHub answers 404 for a workflow file that is not on the default branch yet.
        if ((0,forge_error/* isForgeError */.Qu)(e) && e.status === 404)
            return firstRun(`no runs of ${where} yet`);
        throw e;
    }
    runs = runs.filter((r) => r.id !== spec.excludeRunId).slice(0, spec.maxRuns ?? 10);
    for (const run of runs) {
        const artifact = (await forge.listRunArtifacts({ ...spec.repo, run_id: run.id })).find((a) => a.name === spec.artifact && !a.expired);
        if (!artifact) {
            env.log?.(`run ${run.id} of ${where} has no artifact ${spec.artifact}; trying an older run`);
            continue;
        }
        if (artifact.sizeInBytes > report_limits/* MAX_REPORT_BYTES */.WA + report_limits/* MAX_EXAMPLES_BYTES */.tM) {
            throw new errors/* InputError */.dz(`artifact ${spec.artifact} of run ${run.id} is ${artifact.sizeInBytes} bytes, more than an evaluation report and its examples can be`, {
                hint: 'upload only the evaluation report and its per-example file',
            });
        }
        await (0,promises_.mkdir)(env.workDir, { recursive: true });
        const destination = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.workDir, `baseline-${run.id}-`));
        await download({ repo: spec.repo, runId: run.id, artifactId: artifact.id, destination });
        env.log?.(`baseline: artifact ${spec.artifact} (id ${artifact.id}) of run ${run.id} (${where}), ${run.headSha.slice(0, 7)}`);
        return {
            file: safeInside(destination, spec.reportPath, 'artifact-report'),
            info: { kind: 'base-branch', branch: spec.branch, workflow: spec.workflow, runId: run.id, runNumber: run.runNumber, runUrl: run.url, artifact: spec.artifact },
        };
    }
    return firstRun(runs.length === 0 ? `no successful run of ${where} yet` : `no artifact ${spec.artifact} in the last ${runs.length} successful runs of ${where}`);
    function firstRun(reason) {
        env.log?.(`baseline: ${reason}; comparing as a first run`);
        return { info: { kind: 'none', reason: `${reason}; compared as a first run` } };
    }
}


/***/ }),

/***/ 4050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WA: () => (/* binding */ MAX_REPORT_BYTES),
/* harmony export */   id: () => (/* binding */ assertReportWithinLimits),
/* harmony export */   tM: () => (/* binding */ MAX_EXAMPLES_BYTES)
/* harmony export */ });
/* unused harmony exports MAX_METRICS, MAX_SLICES, MAX_EXAMPLE_ROWS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9980);
/**
 * Evaluation reports as untrusted input. In the fork-safe workflow pair the head report comes from
 * an artifact a fork's PR wrote, and it is read by a job that holds a write token. So before
 * compare parses a report it checks, cheaply and first:
 * - the file is at most MAX_REPORT_BYTES (a JSON bomb of 1 GB never reaches JSON.parse);
 * - at most MAX_METRICS metrics per report or slice and MAX_SLICES slices (bounded CPU and
 *   comment rendering);
 * - the per-example file it names stays inside the report's own folder (no `../../etc/passwd`)
 *   and is at most MAX_EXAMPLES_BYTES, with at most MAX_EXAMPLE_ROWS rows.
 * The schema itself is checked with zod by readEvaluationReport. Nothing in a report is ever
 * executed or interpolated into a shell: it is data, rendered through markdown-escape.
 */



const MAX_REPORT_BYTES = 10 * 1024 * 1024;
const MAX_METRICS = 500;
const MAX_SLICES = 20_000;
const MAX_EXAMPLES_BYTES = 64 * 1024 * 1024;
const MAX_EXAMPLE_ROWS = 5_000_000;
const mib = (n) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
async function sizeOf(file, what) {
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        if (!s.isFile())
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what} is not a regular file`, { location: { file } });
        return s.size;
    }
    catch (e) {
        if (e instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw e;
        const code = e.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(code === 'ENOENT' ? `${what} not found` : `cannot read the ${what}: ${e.message}`, { location: { file }, cause: e });
    }
}
/**
 * Throws InputError when an evaluation report file is larger or bigger in shape than compare
 * accepts. Call before readEvaluationReport/compareFiles; it does not check the schema.
 */
async function assertReportWithinLimits(file) {
    const size = await sizeOf(file, 'evaluation report');
    if (size > MAX_REPORT_BYTES) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`evaluation report is ${mib(size)}; compare accepts at most ${mib(MAX_REPORT_BYTES)}`, {
            location: { file },
            hint: 'an evaluation report is metrics and slices, not data: check what was uploaded',
        });
    }
    let json;
    try {
        json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (e) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`not JSON: ${e.message}`, { location: { file }, hint: (o) => `point at the report evaluate wrote (${o.option('out')})` });
    }
    if (json === null || typeof json !== 'object')
        return; // the schema check names the problem
    const count = (x) => (x && typeof x === 'object' ? Object.keys(x).length : 0);
    const tooMany = (n, max, what) => {
        if (n > max)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what}: ${n.toLocaleString('en-US')}; compare accepts at most ${max.toLocaleString('en-US')}`, { location: { file } });
    };
    tooMany(count(json.metrics), MAX_METRICS, 'too many metrics');
    const slices = Array.isArray(json.slices) ? json.slices : [];
    const skipped = Array.isArray(json.skipped_slices) ? json.skipped_slices : [];
    tooMany(slices.length + skipped.length, MAX_SLICES, 'too many slices');
    for (const s of slices)
        tooMany(count(s?.metrics), MAX_METRICS, 'too many metrics in a slice');
    const ex = json.examples;
    if (ex && typeof ex === 'object' && typeof ex.file === 'string') {
        const rel = ex.file;
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file));
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(folder, rel);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)(rel).split(/[\\/]/).includes('..') || !target.startsWith(folder + node_path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`examples.file ${JSON.stringify(rel)} points outside the report's folder`, {
                location: { file },
                hint: 'the per-example file must sit next to the report (evaluate writes it there)',
            });
        }
        if (typeof ex.rows === 'number')
            tooMany(ex.rows, MAX_EXAMPLE_ROWS, 'too many per-example rows');
        let exSize;
        try {
            exSize = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).size;
        }
        catch {
            exSize = undefined; // a missing per-example file is compare's to report (it then skips paired tests)
        }
        if (exSize !== undefined && exSize > MAX_EXAMPLES_BYTES) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`per-example file is ${mib(exSize)}; compare accepts at most ${mib(MAX_EXAMPLES_BYTES)}`, { location: { file: target } });
        }
    }
}


/***/ }),

/***/ 5334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ openAliasRelease)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1543);
/* harmony import */ var _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9680);
/* harmony import */ var _runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(322);
/* harmony import */ var _release_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8317);
/* harmony import */ var _state_update_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9753);
/* harmony import */ var _tag_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7170);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9980);
/**
 * The release an alias (`production`, `staging`) points to, opened for reading one or two of its
 * assets without downloading the rest: compare's `baseline: production` reads the evaluation,
 * drift-check the training data's profile. Each asset is trusted only after the chain of checks
 * promote makes: the stored manifest against the SHA-256 recorded in the registry state at publish
 * time, then the asset against the manifest's SHA-256 and size. Model archives, which can be
 * large, are never fetched here.
 */







/**
 * Opens the release `alias` points to, its manifest verified (downloaded into `workDir`).
 * Undefined when the model has no state or the alias was never set. Messages start with
 * `words.use` ("production baseline") and end with `words.refusal` ("not comparing").
 */
async function openAliasRelease(ports, modelName, aliasName, workDir, words) {
    const model = (0,_tag_js__WEBPACK_IMPORTED_MODULE_5__/* .validateModelName */ .HW)(modelName);
    const alias = (0,_tag_js__WEBPACK_IMPORTED_MODULE_5__/* .validateAlias */ .jX)(aliasName);
    const state = (await (0,_state_update_js__WEBPACK_IMPORTED_MODULE_4__/* .readState */ .un)(ports.state, model))?.state;
    const version = state?.aliases[alias]?.version;
    if (!state || version === undefined)
        return undefined;
    const recorded = state.versions.find((v) => v.version === version);
    const where = `${model}@${alias} (${recorded?.tag ?? (0,_tag_js__WEBPACK_IMPORTED_MODULE_5__/* .tagOf */ .cO)(model, version)})`;
    const stop = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs(`${words.use} ${where}: ${what}; ${words.refusal}`, {
        hint: 'the stored release was changed or damaged after publishing: publish the model again under a new version and promote it',
    });
    const ref = await ports.releases.find(model, version);
    if (!ref)
        throw stop(`the alias points to ${version}, but the registry holds no release of it`);
    if (!ref.assets.some((a) => a.name === _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_ASSET */ .ny))
        throw stop(`${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_ASSET */ .ny} is missing`);
    // The manifest's digest was recorded in the state at publish time: it anchors every other check.
    const { manifest, sha256: manifestSha } = await (0,_release_files_js__WEBPACK_IMPORTED_MODULE_3__/* .fetchManifest */ .C)(ports.releases, ref, workDir).catch((e) => {
        throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs || e instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz ? stop(e.message) : e;
    });
    if (recorded && manifestSha !== recorded.manifest_sha256) {
        throw stop(`${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_ASSET */ .ny} has SHA-256 ${manifestSha}, but ${recorded.manifest_sha256} was recorded when it was published`);
    }
    if (manifest.name !== model || manifest.version !== version)
        throw stop(`${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_ASSET */ .ny} describes ${manifest.name} ${manifest.version}`);
    const download = async (asset, destination) => {
        if (!ref.assets.some((a) => a.name === asset.name))
            throw stop(`asset ${asset.name} listed in the manifest is missing from the release`);
        try {
            await ports.releases.download(ref, asset.name, destination);
        }
        catch (e) {
            throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IntegrityError */ .cs ? stop(e.message) : e;
        }
        const got = await (0,_runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(destination);
        if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
            throw stop(`${asset.name} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
        }
    };
    return { model, alias, version, ref, manifest, manifestSha, download, stop };
}


/***/ }),

/***/ 8300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCompareStep: () => (/* binding */ runCompareStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7855);
/* harmony import */ var _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2362);
/* harmony import */ var _report_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8782);
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3196);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9980);
/* harmony import */ var _compare_baseline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9349);
/* harmony import */ var _compare_compare_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4977);
/* harmony import */ var _formats_report_limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4050);
/**
 * The compare step, one operation behind the action and the CLI: resolve the baseline, compare
 * (checking both reports as untrusted input first), write `comparison.json`, `comment.md` and
 * `summary.md` into `outDir`, then — when a forge and a target are given — upsert the sticky PR
 * comment (one per workflow and model) and the check run `mlops / <model>` on the head SHA.
 *
 * Files are written before anything is posted, so a forge failure (exit 3) still leaves the
 * report behind for the job summary and the artifacts.
 */











/**
 * The model whose registry alias is the baseline: the step's `model`, else, as compareFiles picks
 * it, mlops.yaml's only model (when the rules come from mlops.yaml).
 */
async function registryModelOf(options) {
    if (options.model !== undefined)
        return options.model;
    if (options.config && !options.rules) {
        const config = await (0,_config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__/* .loadConfig */ .Z9)(options.config);
        // Throws naming the models when there are several: the step must be told which one.
        if ((0,_config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__/* .modelConfigOf */ .jj)(config, undefined, options.config))
            return Object.keys(config.models ?? {})[0];
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('baseline production: which model\'s registry versions? none is named', {
        hint: (o) => `pass ${o.option('model', 'NAME')}, or configure exactly one model in mlops.yaml`,
    });
}
async function runCompareStep(options, env = {}) {
    const spec = options.baseline.kind === 'production'
        ? { ...options.baseline, model: options.baseline.model ?? (await registryModelOf(options)) }
        : options.baseline;
    const baseline = await (0,_compare_baseline_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveBaseline */ .o)(spec, { forge: env.forge, download: env.download, workDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.outDir, '.baseline'), log: env.log });
    await (0,_formats_report_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .assertReportWithinLimits */ .id)(options.head);
    if (baseline.file)
        await (0,_formats_report_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .assertReportWithinLimits */ .id)(baseline.file);
    const comparison = await (0,_compare_compare_files_js__WEBPACK_IMPORTED_MODULE_6__/* .compareFiles */ .h)({
        head: options.head, baseline: baseline.file, config: options.config, rules: options.rules, model: options.model,
        baselineExamplesUnavailable: baseline.examplesUnavailable,
    });
    const model = comparison.model ?? options.model ?? 'model';
    const ctx = { model, baseline: baseline.info, runUrl: options.runUrl, headSha: options.target?.headSha };
    const marker = (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .stickyMarker */ .YL)({ workflow: options.workflow, model });
    const comment = (0,_report_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .renderComparisonComment */ .HV)(comparison, ctx, marker);
    const summary = (0,_report_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .renderComparisonSummary */ .YV)(comparison, ctx);
    const files = { comparison: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.outDir, 'comparison.json'), comment: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.outDir, 'comment.md'), summary: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.outDir, 'summary.md') };
    await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonAtomic */ .ZJ)(files.comparison, comparison);
    await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(files.comment, comment);
    await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(files.summary, summary);
    const result = {
        comparison,
        baseline,
        model,
        comment,
        summary,
        files,
        exitCode: comparison.verdict === 'fail' && options.failOnRegression ? _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_CHECK_FAILED */ .Gh : _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_OK */ .Ij,
    };
    const { forge } = env;
    const t = options.target;
    if (forge && t) {
        if (options.comment !== false && t.prNumber !== undefined) {
            const r = await forge.upsertStickyComment({ owner: t.owner, repo: t.repo, issue_number: t.prNumber, marker, body: comment });
            result.commentUrl = r.url;
            result.commentAction = r.action;
            env.log?.(`PR #${t.prNumber}: comment ${r.action} (${r.url})${r.deletedIds.length ? `, ${r.deletedIds.length} duplicate(s) removed` : ''}`);
        }
        if (options.checkRun !== false && t.headSha) {
            const out = (0,_report_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .renderCheckRunOutput */ .vV)(comparison, ctx);
            const r = await forge.upsertCheckRun({
                owner: t.owner,
                repo: t.repo,
                name: (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .checkRunName */ .$_)(model),
                head_sha: t.headSha,
                conclusion: out.conclusion,
                title: out.title,
                summary: out.summary,
                ...(options.runUrl ? { details_url: options.runUrl } : {}),
            });
            result.checkRunUrl = r.url;
            result.checkRunId = r.checkRunId;
            env.log?.(`check run ${(0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .checkRunName */ .$_)(model)} ${r.action}: ${out.conclusion}`);
        }
    }
    return result;
}


/***/ })

};
