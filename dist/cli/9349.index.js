export const id = 9349;
export const ids = [9349];
export const modules = {

/***/ 9349:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


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
// EXTERNAL MODULE: ../../../../shared/formats/explanation-format.ts
var explanation_format = __webpack_require__(3994);
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
 * archive is not downloaded: compare needs only the report (with its per-example file, and the run
 * record and training-data profile for "What changed", each verified the same way), and archives can
 * be large.
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
        // The training records beside the report, for "What changed" (compare/training-records.ts),
        // and the model's explanation, for "What the model relies on" (compare/explanation-change.ts).
        for (const name of [manifest_format/* RUN_ASSET */.VI, manifest_format/* PROFILE_ASSET */.Pr, explanation_format/* EXPLANATION_ASSET */.ph]) {
            const asset = manifest.assets.find((a) => a.name === name);
            if (asset)
                await release.download(asset, (0,external_node_path_.join)(dir, name));
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
// EXTERNAL MODULE: ../../../../shared/compare/training-records.ts
var training_records = __webpack_require__(9371);
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
        if (artifact.sizeInBytes > report_limits/* MAX_REPORT_BYTES */.WA + report_limits/* MAX_EXAMPLES_BYTES */.tM + training_records/* MAX_RUN_RECORD_BYTES */.z + training_records/* MAX_PROFILE_BYTES */.Z) {
            throw new errors/* InputError */.dz(`artifact ${spec.artifact} of run ${run.id} is ${artifact.sizeInBytes} bytes, more than an evaluation report, its examples, a run record and a profile can be`, {
                hint: 'upload only the evaluation report, its per-example file, and train\'s run.json and validate-data\'s profile.json',
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

/***/ 7895:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ readSideRecord)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9980);
/**
 * One side's record for the PR report (a run record, a training-data profile, an explanation): the
 * path given, else `name` beside the side's evaluation report, where the PR report's artifact and a
 * registry release keep it. A path given that is missing, too large or broken is the user's
 * mistake (exit 2). One found beside a report that is too large or broken is left out with a note:
 * it may come from a fork's artifact and must not stop the report. None found is normal.
 *
 * Either may be untrusted: size-capped before it is read, then checked by `read` (a zod schema).
 */



async function readSideRecord(spec, notes) {
    const file = spec.given ?? (spec.besideReport === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(spec.besideReport), spec.name));
    if (file === undefined)
        return undefined;
    const given = spec.given !== undefined;
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined);
    if (!info?.isFile()) {
        if (given)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${spec.what} not found (or not a regular file)`, { location: { file }, hint: spec.hint });
        return undefined;
    }
    if (info.size > spec.maxBytes) {
        const message = `${spec.what} is ${(info.size / 1024 / 1024).toFixed(0)} MiB, more than the ${(spec.maxBytes / 1024 / 1024).toFixed(0)} MiB compare reads`;
        if (given)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(message, { location: { file } });
        notes.push(`the ${spec.side}'s ${spec.what} was left out: ${message}`);
        return undefined;
    }
    try {
        return { file, value: await spec.read(file) };
    }
    catch (e) {
        if (given || !(e instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz))
            throw e;
        notes.push(`the ${spec.side}'s ${spec.what} beside its evaluation report was left out: ${e.message}`);
        return undefined;
    }
}


/***/ }),

/***/ 9371:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ MAX_PROFILE_BYTES),
/* harmony export */   readTrainingRecords: () => (/* binding */ readTrainingRecords),
/* harmony export */   z: () => (/* binding */ MAX_RUN_RECORD_BYTES)
/* harmony export */ });
/* harmony import */ var _formats_run_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6048);
/* harmony import */ var _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9680);
/* harmony import */ var _data_profile_merge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7781);
/* harmony import */ var _registry_release_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8317);
/* harmony import */ var _side_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7895);
/**
 * Reads one side's training records for "What changed": the run record train wrote (`run.json`) and
 * the training data's profile validate-data wrote (`profile.json`). Each is either given (a path the
 * user named: a missing or broken file is their mistake, exit 2) or looked for beside the side's
 * evaluation report, where the PR report's artifact and a registry release keep them (a missing
 * file there is normal: the section says what it could not compare; a broken one is a note, since it
 * may come from a fork's artifact and must not stop the report).
 *
 * How each is found, capped and read: side-record.ts.
 */





/** A run record is params, digests and a fingerprint: a few KB; 16 MiB leaves room for huge params. */
const MAX_RUN_RECORD_BYTES = 16 * 1024 * 1024;
/** A profile of 10,000 columns is ~85 MB (docs/formats.md); larger is not a profile we wrote. */
const MAX_PROFILE_BYTES = 256 * 1024 * 1024;
async function readTrainingRecords(spec) {
    const notes = [];
    const side = { side: spec.side, besideReport: spec.besideReport };
    const hint = 'give the file train or validate-data wrote, or leave the option out';
    // One after the other: the notes keep the same order on every run.
    const run = await (0,_side_record_js__WEBPACK_IMPORTED_MODULE_4__/* .readSideRecord */ .v)({ ...side, given: spec.run, name: _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_ASSET */ .VI, what: 'run record', maxBytes: MAX_RUN_RECORD_BYTES, hint, read: (f) => (0,_registry_release_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readJsonAs */ .X)(f, _formats_run_format_js__WEBPACK_IMPORTED_MODULE_0__/* .runRecordSchema */ ._A, `${_formats_run_format_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_SCHEMA */ .EJ} train record`, 'point at the record train wrote (run-out)') }, notes);
    const profile = await (0,_side_record_js__WEBPACK_IMPORTED_MODULE_4__/* .readSideRecord */ .v)({ ...side, given: spec.profile, name: _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_1__/* .PROFILE_ASSET */ .Pr, what: 'training-data profile', maxBytes: MAX_PROFILE_BYTES, hint, read: _data_profile_merge_js__WEBPACK_IMPORTED_MODULE_2__.readProfile }, notes);
    return { notes, ...(run ? { run: { file: run.file, record: run.value } } : {}), ...(profile ? { profile: { file: profile.file, profile: profile.value } } : {}) };
}


/***/ }),

/***/ 4050:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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


/***/ })

};
