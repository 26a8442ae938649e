export const id = 349;
export const ids = [349];
export const modules = {

/***/ 99349:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baselineKindOf: () => (/* binding */ baselineKindOf),
  o: () => (/* binding */ resolveBaseline)
});

// UNUSED EXPORTS: BASELINE_KEYWORDS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ../../../../shared/ports/forge-error.ts
var forge_error = __webpack_require__(95335);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(49980);
// EXTERNAL MODULE: ../../../../shared/compare/compare-files.ts + 7 modules
var compare_files = __webpack_require__(89109);
// EXTERNAL MODULE: ../../../../shared/registry/alias-release.ts + 2 modules
var alias_release = __webpack_require__(6770);
// EXTERNAL MODULE: ../../../../shared/formats/manifest-format.ts
var manifest_format = __webpack_require__(69680);
// EXTERNAL MODULE: ../../../../shared/formats/explanation-format.ts
var explanation_format = __webpack_require__(63994);
// EXTERNAL MODULE: ../../../../shared/registry/tag.ts + 1 modules
var tag = __webpack_require__(64758);
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
var training_records = __webpack_require__(49371);
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

/***/ 89109:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ compareFiles),
  r: () => (/* binding */ readEvaluationReport)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ../../../../shared/formats/evaluation-format.ts
var evaluation_format = __webpack_require__(59729);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(49980);
// EXTERNAL MODULE: ../../../../shared/config/mlops-config.ts + 2 modules
var mlops_config = __webpack_require__(7855);
// EXTERNAL MODULE: ../../../../shared/model/metrics/index.ts + 4 modules
var model_metrics = __webpack_require__(23868);
// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(72213);
// EXTERNAL MODULE: ../../../../shared/runtime/lazy-schema.ts
var lazy_schema = __webpack_require__(62881);
// EXTERNAL MODULE: ../../../../shared/formats/drift-format.ts
var drift_format = __webpack_require__(45830);
;// CONCATENATED MODULE: ../../../../shared/formats/what-changed-format.ts
/**
 * The "What changed" part of `mlops-actions/comparison@1` (`what_changed`, added within @1: readers
 * of older comparisons find it absent): why the metrics may have moved, from the head's and the
 * baseline's run records (`mlops-actions/run@1`, params, command, input digests, environment) and
 * training-data profiles (`mlops-actions/profile@1`). Built by shared/compare/what-changed.ts,
 * rendered by shared/report/what-changed-section.ts, documented in docs/compare.md ("What changed").
 *
 * Values a person wrote (params, paths, column names) are data: stored as strings and escaped when
 * rendered. A long param value is kept shortened, with the SHA-256 of the whole value.
 */



const what_changed_format_schemas = (0,lazy_schema/* once */.Oo)(() => {
    /** A param value as JSON text; `sha256` (of the whole JSON text) when `value` was shortened. */
    const paramValue = schemas/* object */.Ikc({ value: schemas/* string */.YjP(), sha256: schemas/* string */.YjP().optional() });
    const paramsDiffSchema = schemas/* object */.Ikc({
        /** Nested keys flattened with dots (`featurize.max_features`), sorted. */
        added: schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP(), to: paramValue })),
        removed: schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP(), from: paramValue })),
        changed: schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP(), from: paramValue, to: paramValue })),
        unchanged: schemas/* number */.aig().int().nonnegative(),
        /** Differences beyond the first MAX_LISTED_PARAMS of each kind: counted, not listed. */
        not_listed: schemas/* number */.aig().int().nonnegative(),
        /** The training seed, when it differs. */
        seed: schemas/* object */.Ikc({ from: schemas/* number */.aig().int(), to: schemas/* number */.aig().int() }).nullable(),
    });
    const dataInputSchema = schemas/* object */.Ikc({
        /** The file as the profile names it. */
        path: schemas/* string */.YjP(),
        /** Rows in the baseline's / head's training data (null: not in that side's data). */
        rows_from: schemas/* number */.aig().int().nonnegative().nullable(),
        rows_to: schemas/* number */.aig().int().nonnegative().nullable(),
        /** SHA-256 from the side's run record inputs; null when the run record does not list the file. */
        sha256_from: schemas/* string */.YjP().nullable(),
        sha256_to: schemas/* string */.YjP().nullable(),
    });
    const dataDiffSchema = schemas/* object */.Ikc({
        rows: schemas/* object */.Ikc({ from: schemas/* number */.aig().int().nonnegative(), to: schemas/* number */.aig().int().nonnegative() }),
        inputs: schemas/* array */.YOg(dataInputSchema),
        columns_added: schemas/* array */.YOg(schemas/* string */.YjP()),
        columns_removed: schemas/* array */.YOg(schemas/* string */.YjP()),
        /** Columns whose distribution moved (the drift step's test and threshold on the two profiles), strongest first. */
        moved: schemas/* array */.YOg(drift_format/* columnDriftSchema */.zb),
        /** Columns tested that did not move. */
        unmoved: schemas/* number */.aig().int().nonnegative(),
        /** Columns not tested, with why (time columns, no values, ignored in the drift settings). */
        skipped: schemas/* array */.YOg(schemas/* object */.Ikc({ column: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })),
    });
    const fileChangeSchema = schemas/* object */.Ikc({
        path: schemas/* string */.YjP(),
        change: schemas/* enum */.k5n(['changed', 'added', 'removed']),
        sha256_from: schemas/* string */.YjP().nullable(),
        sha256_to: schemas/* string */.YjP().nullable(),
    });
    const codeDiffSchema = schemas/* object */.Ikc({
        /** The training command as a person would type it, when it differs. */
        command: schemas/* object */.Ikc({ from: schemas/* string */.YjP(), to: schemas/* string */.YjP() }).nullable(),
        /** Declared inputs (other than the training data above) whose digests differ, were added or removed. */
        files: schemas/* array */.YOg(fileChangeSchema),
        unchanged_files: schemas/* number */.aig().int().nonnegative(),
        /** Runtime differences: platform, arch, node, python, runner image, each lockfile's digest. */
        environment: schemas/* array */.YOg(schemas/* object */.Ikc({ what: schemas/* string */.YjP(), from: schemas/* string */.YjP().nullable(), to: schemas/* string */.YjP().nullable() })),
    });
    const sideFilesSchema = schemas/* object */.Ikc({ run: schemas/* string */.YjP().nullable(), profile: schemas/* string */.YjP().nullable() });
    const whatChangedSchema = schemas/* object */.Ikc({
        /** The records read for each side (paths as given or found beside the evaluation report). */
        head: sideFilesSchema,
        baseline: sideFilesSchema,
        /**
         * `nothing`: params, data, code and environment are all the same; `code-only`: only declared
         * input files other than the data changed; `changed`: anything else; `unknown`: a side lacks
         * both records, so nothing could be compared.
         */
        summary: schemas/* enum */.k5n(['nothing', 'code-only', 'changed', 'unknown']),
        /** Null when either side lacks its run record. */
        params: paramsDiffSchema.nullable(),
        /** Null when either side lacks its training-data profile. */
        data: dataDiffSchema.nullable(),
        /** Null when either side lacks its run record. */
        code: codeDiffSchema.nullable(),
        /** What could not be compared and why, one sentence each. */
        notes: schemas/* array */.YOg(schemas/* string */.YjP()),
    });
    return { paramsDiffSchema, dataDiffSchema, codeDiffSchema, fileChangeSchema, whatChangedSchema };
});
const paramsDiffSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().paramsDiffSchema);
const dataDiffSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().dataDiffSchema);
const codeDiffSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().codeDiffSchema);
const fileChangeSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().fileChangeSchema);
const whatChangedSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().whatChangedSchema);

// EXTERNAL MODULE: ../../../../shared/formats/explanation-format.ts
var explanation_format = __webpack_require__(63994);
;// CONCATENATED MODULE: ../../../../shared/formats/comparison-format.ts
/**
 * `mlops-actions/comparison@1`: one evaluation report (the head, usually a PR's model) compared with
 * a baseline report, the gate's rule results and the verdict. Written by the compare step, read by
 * the PR comment / summary renderers and by the check run. Semantics in docs/compare.md.
 *
 * Numbers that cannot exist are null, never NaN: a metric missing on one side has a null value and
 * delta; a relative delta with a zero baseline is null.
 */




const COMPARISON_SCHEMA = 'mlops-actions/comparison@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const comparison_format_schemas = (0,lazy_schema/* once */.Oo)(() => {
    const interval = schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]);
    const direction = schemas/* enum */.k5n(['higher', 'lower']);
    /** `max` / `min` (added within @1): a fairness summary's plain bounds, head <= max / head >= min. */
    const ruleKindSchema = schemas/* enum */.k5n(['present', 'threshold', 'max', 'min', 'min_absolute_change', 'min_relative_change', 'max_regression']);
    const ruleResultSchema = schemas/* object */.Ikc({
        /** `present`: the head must carry the metric (implied by any rule on it). */
        rule: ruleKindSchema,
        /** The configured value (null for `present`). */
        value: schemas/* number */.aig().nullable(),
        /** What the head value was compared with (threshold, or the bound derived from the baseline); null when not evaluated. */
        bound: schemas/* number */.aig().nullable(),
        outcome: schemas/* enum */.k5n(['pass', 'fail', 'skipped']),
        severity: schemas/* enum */.k5n(['error', 'warn']),
        /** One sentence a reviewer can read: "0.9460 >= 0.9320 + 0.01 = 0.9420". */
        message: schemas/* string */.YjP(),
    });
    const deltaLabelSchema = schemas/* enum */.k5n(['improvement', 'regression', 'within_noise', 'not_tested']);
    const significanceTestSchema = schemas/* object */.Ikc({
        name: schemas/* enum */.k5n(['mcnemar', 'delong']),
        /** mcnemar: `exact-binomial` (b + c < 25) or `chi-square-cc`; delong: `fast-delong`. */
        method: schemas/* string */.YjP(),
        /** The test statistic: chi-square (McNemar, chi-square form), z (DeLong); null for the exact binomial form. */
        statistic: schemas/* number */.aig().nullable(),
        p_value: schemas/* number */.aig(),
        /** p_value < alpha. */
        significant: schemas/* boolean */.zMY(),
        /** mcnemar: { b: head right & baseline wrong, c: head wrong & baseline right }; delong: { se, positives, negatives }. */
        details: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    });
    /** Pass/fail of one metric's rules: `fail` if an error-severity rule failed, `warn` if only warn ones did. */
    const statusSchema = schemas/* enum */.k5n(['pass', 'fail', 'warn', 'none']);
    const metricComparisonSchema = schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        /** Which way is better; null when neither the config, the report nor the registry says. */
        direction: direction.nullable(),
        head: schemas/* number */.aig().nullable(),
        baseline: schemas/* number */.aig().nullable(),
        /** head − baseline. */
        delta: schemas/* number */.aig().nullable(),
        /** (head − baseline) / |baseline|; null for a zero or missing baseline. */
        relative_delta: schemas/* number */.aig().nullable(),
        /** The reports' own bootstrap CIs of each value. */
        head_ci: interval.nullable(),
        baseline_ci: interval.nullable(),
        /** Paired bootstrap percentile CI of the delta (same rows in both); null when not tested. */
        delta_ci: interval.nullable(),
        /** Resamples on which the delta was undefined, left out of delta_ci. */
        delta_ci_invalid: schemas/* number */.aig().int().nonnegative().nullable(),
        /** p-value of the metric's paired test (McNemar for accuracy, DeLong for binary roc_auc), else null. */
        p_value: schemas/* number */.aig().nullable(),
        test: significanceTestSchema.nullable(),
        /** From delta_ci: excludes 0 on the better side → improvement, on the worse side → regression. */
        label: deltaLabelSchema,
        rules: schemas/* array */.YOg(ruleResultSchema),
        status: statusSchema,
    });
    const sliceComparisonSchema = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        value: schemas/* string */.YjP().nullable(),
        head_rows: schemas/* number */.aig().int().nonnegative().nullable(),
        baseline_rows: schemas/* number */.aig().int().nonnegative().nullable(),
        /** Why the slice's rules were not evaluated (too small, skipped by evaluate); null when they were. */
        skipped: schemas/* string */.YjP().nullable(),
        metrics: schemas/* array */.YOg(metricComparisonSchema),
        status: statusSchema,
    });
    /** One sensitive column's fairness summaries (one outcome: binary, one class, or regression), head against baseline. */
    const fairnessComparisonSchema = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        /** The outcome's positive class (multiclass: the class seen one-vs-rest); null for regression. */
        positive_class: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).nullable(),
        /** Why the rules were not evaluated (only in the baseline, not in the head); null when they were. */
        skipped: schemas/* string */.YjP().nullable(),
        /**
         * Each summary as a metric: head, baseline, delta, the reports' CIs, the paired bootstrap CI of
         * the delta and its label (delta_ci null: not paired-tested), rules.
         */
        summaries: schemas/* array */.YOg(metricComparisonSchema),
        status: statusSchema,
        /**
         * Added within @1 (absent in older comparisons): why the deltas have no paired CI (no baseline,
         * no per-example data, per-example files without this column's values, …); null when tested.
         */
        delta_not_tested: schemas/* string */.YjP().nullable().optional(),
    });
    const reportRefSchema = schemas/* object */.Ikc({
        /** Path of the report file; null when it was given in memory. */
        file: schemas/* string */.YjP().nullable(),
        source: schemas/* enum */.k5n(['predictions', 'import']),
        task: schemas/* enum */.k5n(['binary', 'multiclass', 'regression']).nullable(),
        rows: schemas/* number */.aig().int().nonnegative().nullable(),
        dataset_sha256: schemas/* string */.YjP().nullable(),
        examples_sha256: schemas/* string */.YjP().nullable(),
    });
    const comparisonSchema = schemas/* object */.Ikc({
        schema: schemas/* literal */.euz(COMPARISON_SCHEMA),
        /** The model name under `models:` in mlops.yaml; null when rules came from elsewhere. */
        model: schemas/* string */.YjP().nullable(),
        head: reportRefSchema,
        /** Null on a first run (no baseline). */
        baseline: reportRefSchema.nullable(),
        /** `report-only`: no rules were configured, so nothing was gated (never a silent pass). */
        verdict: schemas/* enum */.k5n(['pass', 'fail', 'report-only']),
        gate: schemas/* object */.Ikc({
            configured: schemas/* boolean */.zMY(),
            first_run: schemas/* enum */.k5n(['pass', 'fail']),
            /** Rules evaluated / failed (error severity) / warned (warn severity) / skipped. */
            rules: schemas/* number */.aig().int().nonnegative(),
            failed: schemas/* number */.aig().int().nonnegative(),
            warned: schemas/* number */.aig().int().nonnegative(),
            skipped: schemas/* number */.aig().int().nonnegative(),
            /** One line per failed or warned rule: "roc_auc: 0.90 < threshold 0.92". */
            failures: schemas/* array */.YOg(schemas/* string */.YjP()),
        }),
        significance: schemas/* object */.Ikc({
            /** Whether paired tests ran; when false, `reason` says why (every label is not_tested). */
            tested: schemas/* boolean */.zMY(),
            reason: schemas/* string */.YjP().nullable(),
            /** Rows present in both per-example files. */
            paired_rows: schemas/* number */.aig().int().nonnegative().nullable(),
            method: schemas/* literal */.euz('paired-percentile-bootstrap'),
            resamples: schemas/* number */.aig().int().nonnegative(),
            confidence: schemas/* number */.aig().gt(0).lt(1),
            alpha: schemas/* number */.aig().gt(0).lt(1),
            seed: schemas/* number */.aig().int(),
            prng: schemas/* string */.YjP(),
        }),
        metrics: schemas/* array */.YOg(metricComparisonSchema),
        slices: schemas/* array */.YOg(sliceComparisonSchema),
        warnings: schemas/* array */.YOg(schemas/* string */.YjP()),
        /**
         * Added within @1 (absent in comparisons written before it, and when neither side had a run
         * record or a training-data profile): params, data, code and environment, head against baseline.
         */
        what_changed: whatChangedSchema.optional(),
        /**
         * Added within @1 (absent when neither report has a fairness section and no fairness rule is
         * configured): the fairness summaries per sensitive column, head against baseline.
         */
        fairness: schemas/* array */.YOg(fairnessComparisonSchema).optional(),
        /**
         * Added within @1 (absent when neither side has an explanation): each side's top features by
         * permutation importance (explain's explanation.json beside each report), side by side.
         */
        explanations: explanation_format/* explanationChangeSchema */.DY.optional(),
    });
    return { reportRefSchema, ruleKindSchema, ruleResultSchema, deltaLabelSchema, significanceTestSchema, statusSchema, metricComparisonSchema, sliceComparisonSchema, fairnessComparisonSchema, comparisonSchema };
});
const ruleKindSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().ruleKindSchema);
const ruleResultSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().ruleResultSchema);
const deltaLabelSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().deltaLabelSchema);
const significanceTestSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().significanceTestSchema);
const statusSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().statusSchema);
const metricComparisonSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().metricComparisonSchema);
const sliceComparisonSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().sliceComparisonSchema);
const fairnessComparisonSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().fairnessComparisonSchema);
const comparisonSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().comparisonSchema);

;// CONCATENATED MODULE: ../../../../shared/compare/rules.ts
/**
 * Gate rules: one metric's head value against its configured rules (and the baseline value).
 *
 * Semantics follow MLflow's MetricThreshold (mlflow/models/evaluation/validation.py), written out
 * with a table in docs/compare.md:
 * - every comparison is inclusive (a value exactly on the bound passes);
 * - `threshold`: head >= threshold (higher is better) / head <= threshold (lower is better);
 * - `min_absolute_change`: head >= baseline + v / head <= baseline − v;
 * - `min_relative_change`: head >= baseline + v·|baseline| / head <= baseline − v·|baseline|, with a
 *   zero baseline replaced by 1e-20 as MLflow does. MLflow writes baseline·(1 ± v), which is the
 *   same for a positive baseline; we use |baseline| so that a negative baseline (r2, a log
 *   likelihood) still demands an improvement instead of permitting a regression;
 * - `max_regression` (ours, not MLflow's): head >= baseline − v / head <= baseline + v. MLflow's
 *   change rules demand an improvement; a team re-training on fresh data or refactoring features
 *   needs "no worse than the baseline by more than v" (a non-inferiority margin) instead;
 * - a metric the rules name but the head lacks fails (`present`), as MLflow's missing candidate;
 * - a change rule without a baseline value fails, unless the first-run policy says pass, in which
 *   case it is `skipped` (MLflow always fails it).
 *
 * Rounding allowance: a bound computed in floating point (0.9 + 0.05 = 0.9500000000000001) would
 * fail a head of exactly 0.95, so comparisons allow 8 units in the last place of the operands.
 * That is far below any meaningful metric difference, and keeps the 1e-20 zero-baseline bound intact.
 */


/** MLflow's stand-in for a zero baseline in the relative rule. */
const ZERO_BASELINE_EPSILON = 1e-20;
const CHANGE_RULES = ['min_absolute_change', 'min_relative_change', 'max_regression'];
/**
 * The direction of a metric: configured, else what a report recorded, else the registry's default
 * for standard names; undefined when nobody says.
 */
function directionOf(name, configured, reported) {
    return configured ?? reported ?? (0,mlops_config/* defaultDirection */.HS)(name);
}
/** directionOf, or a ContractError naming where the rule is and how to fix it. */
function requireDirection(name, where, configured, reported) {
    const d = directionOf(name, configured, reported);
    if (d)
        return d;
    throw new errors/* ContractError */.Vl(`${where}: "${name}" is not a standard metric, so compare cannot tell whether higher or lower is better`, {
        hint: `add direction: higher or direction: lower to the rule for ${name}`,
    });
}
const fmt = (x) => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6))));
/** a >= b (or a <= b), inclusive, with a rounding allowance relative to the operands. */
function atLeastAsGood(head, bound, direction, scale) {
    const slack = 8 * Number.EPSILON * Math.max(Math.abs(head), Math.abs(bound), scale);
    return direction === 'higher' ? head >= bound - slack : head <= bound + slack;
}
/** Every rule of one metric, in a fixed order: present, threshold, then the change rules. */
function evaluateRules(input) {
    const { name, rule, direction, head, baseline, firstRun } = input;
    const severity = rule.severity ?? 'error';
    const ge = direction === 'higher' ? '>=' : '<=';
    const lt = direction === 'higher' ? '<' : '>';
    const out = [];
    const result = (kind, value, bound, outcome, message) => out.push({ rule: kind, value, bound, outcome, severity, message });
    if (head === undefined) {
        result('present', null, null, 'fail', `${name} is missing from the head report`);
        if (rule.threshold !== undefined)
            result('threshold', rule.threshold, null, 'skipped', `${name}: no head value to check`);
        for (const k of CHANGE_RULES)
            if (rule[k] !== undefined)
                result(k, rule[k], null, 'skipped', `${name}: no head value to check`);
        return out;
    }
    result('present', null, null, 'pass', `${name} is present`);
    if (rule.threshold !== undefined) {
        const t = rule.threshold;
        const ok = atLeastAsGood(head, t, direction, 0);
        result('threshold', t, t, ok ? 'pass' : 'fail', `${name} ${fmt(head)} ${ok ? ge : lt} threshold ${fmt(t)}`);
    }
    for (const k of CHANGE_RULES) {
        const v = rule[k];
        if (v === undefined)
            continue;
        if (baseline === undefined) {
            const why = input.noBaselineReason ?? 'no baseline value';
            if (firstRun === 'pass')
                result(k, v, null, 'skipped', `${name}: ${why}; ${k} not checked (first_run: pass)`);
            else
                result(k, v, null, 'fail', `${name}: ${why}, and first_run: fail`);
            continue;
        }
        const better = direction === 'higher' ? 1 : -1;
        let bound;
        let how;
        // What the rounding error of `bound` is relative to: the terms added to compute it.
        let scale = Math.max(Math.abs(baseline), v);
        if (k === 'min_absolute_change') {
            bound = baseline + better * v;
            how = `baseline ${fmt(baseline)} ${better > 0 ? '+' : '−'} ${fmt(v)}`;
        }
        else if (k === 'min_relative_change') {
            const b = baseline === 0 ? ZERO_BASELINE_EPSILON : baseline;
            bound = b + better * v * Math.abs(b);
            scale = Math.abs(b);
            how = `baseline ${fmt(baseline)} ${better > 0 ? '+' : '−'} ${fmt(v * 100)}%${baseline === 0 ? ' (zero baseline counted as 1e-20)' : ''}`;
        }
        else {
            bound = baseline - better * v;
            how = `baseline ${fmt(baseline)} ${better > 0 ? '−' : '+'} ${fmt(v)} allowed regression`;
        }
        const ok = atLeastAsGood(head, bound, direction, scale);
        result(k, v, bound, ok ? 'pass' : 'fail', `${name} ${fmt(head)} ${ok ? ge : lt} ${how} = ${fmt(bound)}`);
    }
    return out;
}
/** fail if an error-severity rule failed, warn if only warn-severity ones did, none without rules. */
function statusOf(results) {
    if (results.length === 0)
        return 'none';
    if (results.some((r) => r.outcome === 'fail' && r.severity === 'error'))
        return 'fail';
    if (results.some((r) => r.outcome === 'fail'))
        return 'warn';
    return 'pass';
}

// EXTERNAL MODULE: ../../../../shared/compare/significance.ts
var significance = __webpack_require__(65779);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ../../../../shared/compare/examples-pairing.ts
/**
 * Per-example files of two evaluation reports (shared/formats/examples-file.ts writes them), read and
 * paired row by row by `id`, then turned into prepared evaluations for the paired tests.
 *
 * Pairing is strict: both files must hold the same set of ids, and the same label for every id.
 * Anything else means the two models were not evaluated on the same rows, and a "paired" test would
 * be meaningless, so it is an InputError that says which ids differ.
 */







/** Reads a `.examples.jsonl.gz` file, checking it against what the report recorded (SHA-256, rows). */
async function readExamplesFile(file, expected) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            done(null, chunk);
        },
    });
    const input = (0,external_node_fs_.createReadStream)(file);
    const gunzip = (0,external_node_zlib_.createGunzip)();
    const fail = (what, line, hint) => new errors/* InputError */.dz(what, { location: { file, line }, hint });
    const opened = new Promise((resolve, reject) => {
        input.once('open', () => resolve());
        input.once('error', (e) => reject(fail(e.code === 'ENOENT' ? 'per-example file not found' : `cannot read the per-example file: ${e.message}`, undefined, 'it is written next to the report by evaluate; copy both together')));
    });
    await opened;
    const rows = { file, ids: [], labels: [] };
    const preds = [];
    const numPreds = [];
    const score = [];
    const scores = [];
    const sensitive = new Map();
    const sensitiveOrder = [];
    const sensitiveLists = [];
    let lineNo = 0;
    const lines = (0,external_node_readline_.createInterface)({ input: input.pipe(tap).pipe(gunzip), crlfDelay: Infinity });
    const gunzipError = new Promise((_, reject) => gunzip.once('error', (e) => reject(fail(`not a gzip file: ${e.message}`, undefined, 'point the report at the file evaluate wrote'))));
    gunzipError.catch(() => undefined);
    const readAll = (async () => {
        for await (const line of lines) {
            lineNo++;
            if (line === '')
                continue;
            let o;
            try {
                o = JSON.parse(line);
            }
            catch {
                throw fail('not a JSON object', lineNo);
            }
            if (o === null || typeof o !== 'object' || !('id' in o) || !('label' in o))
                throw fail('each line needs "id" and "label"', lineNo);
            rows.ids.push(String(o.id));
            rows.labels.push(o.label);
            if ('prediction' in o) {
                if (typeof o.prediction === 'number')
                    numPreds.push(o.prediction);
                preds.push(o.prediction);
            }
            if ('score' in o)
                score.push(o.score);
            if ('sensitive' in o) {
                const v = o.sensitive;
                if (v === null || typeof v !== 'object' || Array.isArray(v))
                    throw fail('"sensitive" is not an object', lineNo);
                // Every row names the same columns in the same order: the previous row's lists, by position.
                let j = 0;
                for (const column in v) {
                    const x = v[column];
                    if (x !== null && typeof x !== 'string')
                        throw fail(`"sensitive" value of ${JSON.stringify(column)} is not text or null`, lineNo);
                    let values = sensitiveOrder[j] === column ? sensitiveLists[j] : undefined;
                    if (!values) {
                        values = sensitive.get(column);
                        if (!values)
                            sensitive.set(column, (values = []));
                        sensitiveOrder[j] = column;
                        sensitiveLists[j] = values;
                    }
                    values.push(x);
                    j++;
                }
            }
            if ('scores' in o) {
                const s = o.scores;
                if (rows.width === undefined)
                    rows.width = s.length;
                else if (s.length !== rows.width)
                    throw fail(`"scores" has ${s.length} values, earlier rows ${rows.width}`, lineNo);
                scores.push(...s);
            }
        }
    })();
    await Promise.race([readAll, gunzipError]);
    const n = rows.ids.length;
    if (preds.length)
        rows.predictions = numPreds.length === n && preds.length === n ? Float64Array.from(numPreds) : preds;
    if (score.length)
        rows.score = Float64Array.from(score);
    if (scores.length)
        rows.scores = Float64Array.from(scores);
    for (const [what, len] of [['prediction', preds.length], ['score', score.length], ['scores', rows.width ? scores.length / rows.width : 0]]) {
        if (len !== 0 && len !== n)
            throw fail(`"${what}" is on ${len} of ${n} rows`);
    }
    for (const [column, values] of sensitive)
        if (values.length !== n)
            throw fail(`"sensitive" has ${JSON.stringify(column)} on ${values.length} of ${n} rows`);
    if (sensitive.size > 0)
        rows.sensitive = sensitive;
    const digest = hash.digest('hex');
    if (expected?.sha256 !== undefined && digest !== expected.sha256) {
        throw fail(`SHA-256 ${digest} differs from the ${expected.sha256} its report records`, undefined, 'the file changed after evaluate wrote the report; re-run evaluate');
    }
    if (expected?.rows !== undefined && n !== expected.rows)
        throw fail(`${n} rows, but its report records ${expected.rows}`, undefined, 're-run evaluate');
    return rows;
}
const preview = (ids) => ids.slice(0, 5).map((s) => JSON.stringify(s)).join(', ') + (ids.length > 5 ? `, … (${ids.length} in all)` : '');
function permute(a, order, width = 1) {
    if (!a)
        return undefined;
    if (a instanceof Float64Array) {
        const out = new Float64Array(order.length * width);
        for (let i = 0; i < order.length; i++)
            out.set(a.subarray(order[i] * width, (order[i] + 1) * width), i * width);
        return out;
    }
    return Array.from(order, (j) => a[j]);
}
/** Pairs rows by id. Different id sets or different labels for one id → InputError. */
function pairExamples(head, base) {
    const index = new Map();
    base.ids.forEach((id, i) => {
        if (index.has(id))
            throw new errors/* InputError */.dz(`id ${JSON.stringify(id)} occurs twice`, { location: { file: base.file }, hint: (o) => `evaluate with ${o.option('id')} naming a unique column` });
        index.set(id, i);
    });
    const order = new Uint32Array(head.ids.length);
    const seen = new Set();
    const onlyHead = [];
    head.ids.forEach((id, i) => {
        if (seen.has(id))
            throw new errors/* InputError */.dz(`id ${JSON.stringify(id)} occurs twice`, { location: { file: head.file }, hint: (o) => `evaluate with ${o.option('id')} naming a unique column` });
        seen.add(id);
        const j = index.get(id);
        if (j === undefined)
            onlyHead.push(id);
        else
            order[i] = j;
    });
    const onlyBase = base.ids.filter((id) => !seen.has(id));
    if (onlyHead.length || onlyBase.length) {
        throw new errors/* InputError */.dz(`the head and baseline were evaluated on different rows: ${onlyHead.length} ids only in the head (${preview(onlyHead) || 'none'}), ${onlyBase.length} only in the baseline (${preview(onlyBase) || 'none'})`, { location: { file: head.file }, hint: (o) => `evaluate both models on the same rows (same file, same ${o.option('id')} column), or compare without per-example data` });
    }
    for (let i = 0; i < head.ids.length; i++) {
        const a = head.labels[i];
        const b = base.labels[order[i]];
        if (JSON.stringify(a) !== JSON.stringify(b)) {
            throw new errors/* InputError */.dz(`id ${JSON.stringify(head.ids[i])} has label ${JSON.stringify(a)} in the head but ${JSON.stringify(b)} in the baseline (${base.file})`, {
                location: { file: head.file, line: i + 1 },
                hint: 'the two evaluations used different labels for the same row; evaluate both on the same labelled data',
            });
        }
    }
    const reordered = {
        file: base.file,
        ids: head.ids,
        labels: head.labels,
        predictions: permute(base.predictions, order),
        score: permute(base.score, order),
        scores: permute(base.scores, order, base.width),
        width: base.width,
        sensitive: base.sensitive && new Map([...base.sensitive].map(([column, values]) => [column, permute(values, order)])),
    };
    return { rows: head.ids.length, ids: head.ids, labels: head.labels, head, base: reordered };
}
// ---------------------------------------------------------------------------------------------
// Paired rows → prepared evaluations
const SCORE_METRICS = new Set(['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece']);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/** The model of `side` on the paired rows, with the predicted labels evaluate used for `report`. */
function pairedModel(report, rows, labels, reportName) {
    const n = labels.length;
    const task = report.task;
    const bad = (what) => new errors/* InputError */.dz(`${reportName}: ${what}`, { hint: 'the per-example file does not match its report; re-run evaluate' });
    if (task === 'regression') {
        if (!(rows.predictions instanceof Float64Array))
            throw bad('regression examples need numeric "prediction" values');
        const e = (0,model_metrics/* regressionEvaluation */.yv)(labels, rows.predictions);
        return { rows: n, evaluationFor: () => e };
    }
    const cls = report.classification;
    if (!cls || (task !== 'binary' && task !== 'multiclass'))
        throw bad('paired tests need a binary, multiclass or regression report from predictions');
    if (task === 'binary') {
        const pos = cls.pos_label;
        const positive = Uint8Array.from(labels, (l) => (same(l, pos) ? 1 : 0));
        let predPos;
        if (rows.predictions)
            predPos = Uint8Array.from(rows.predictions, (p) => (same(p, pos) ? 1 : 0));
        const threshold = cls.threshold ?? 0.5;
        // The report's ECE bin count, so the paired ECE is the metric the report shows (evaluate's default is 15).
        const eceBins = cls.ece_bins;
        const scoreEval = rows.score ? (0,model_metrics/* binaryEvaluation */.MY)(positive, rows.score, { posLabel: 1, threshold, eceBins }) : undefined;
        const labelEval = predPos ? (0,model_metrics/* binaryEvaluation */.MY)(positive, Float64Array.from(predPos), { posLabel: 1, threshold: 0.5, eceBins }) : scoreEval;
        // The predicted label evaluate used: the prediction column, else score > threshold (strict).
        const predicted = predPos ?? (rows.score ? Uint8Array.from(rows.score, (s) => (s > threshold ? 1 : 0)) : undefined);
        return {
            rows: n,
            evaluationFor: (m) => (SCORE_METRICS.has(m) ? scoreEval : labelEval),
            correct: predicted && Uint8Array.from(predicted, (p, i) => (p === positive[i] ? 1 : 0)),
            positive,
            score: rows.score,
        };
    }
    const classes = cls.classes;
    const k = classes.length;
    let pred;
    if (rows.predictions)
        pred = Array.from(rows.predictions);
    else if (rows.scores && rows.width === k) {
        pred = Array.from({ length: n }, (_, i) => {
            let best = 0;
            for (let j = 1; j < k; j++)
                if (rows.scores[i * k + j] > rows.scores[i * k + best])
                    best = j;
            return classes[best];
        });
    }
    else
        throw bad('multiclass examples need "prediction" or "scores"');
    if (rows.scores && rows.width !== k)
        throw bad(`"scores" has ${rows.width} values per row but the report has ${k} classes`);
    const proba = rows.scores ? Array.from({ length: n }, (_, i) => rows.scores.subarray(i * k, (i + 1) * k)) : undefined;
    const e = (0,model_metrics/* multiclassEvaluation */.m2)(labels, pred, { proba, classes, eceBins: cls.ece_bins });
    return {
        rows: n,
        evaluationFor: (m) => (SCORE_METRICS.has(m) && !proba ? undefined : e),
        correct: Uint8Array.from(pred, (p, i) => (same(p, labels[i]) ? 1 : 0)),
    };
}
/** Both models on the paired rows; checks that the reports agree on what the classes are. */
function pairedModels(head, base, paired) {
    if (head.task !== base.task)
        throw new errors/* InputError */.dz(`the head is a ${head.task} evaluation but the baseline a ${base.task} one`, { hint: 'compare evaluations of the same task' });
    if (head.task === 'binary' && !same(head.classification?.pos_label, base.classification?.pos_label)) {
        const posLabel = (r) => (r.classification ? JSON.stringify(r.classification.pos_label) : 'not recorded (no classification block)');
        throw new errors/* InputError */.dz(`the head's positive class is ${posLabel(head)} but the baseline's ${posLabel(base)}`, {
            hint: (o) => `evaluate both with the same ${o.option('pos-label')}`,
        });
    }
    if (head.task === 'multiclass' && !same(head.classification?.classes, base.classification?.classes)) {
        const classes = (r) => r.classification?.classes.join(', ') ?? 'not recorded: no classification block';
        throw new errors/* InputError */.dz(`the head's classes (${classes(head)}) differ from the baseline's (${classes(base)})`, {
            hint: 'evaluate both on the same labelled data',
        });
    }
    return { head: pairedModel(head, paired.head, paired.labels, 'head'), base: pairedModel(base, paired.base, paired.labels, 'baseline') };
}

// EXTERNAL MODULE: ../../../../shared/model/fairness-rates.ts
var fairness_rates = __webpack_require__(77131);
// EXTERNAL MODULE: ../../../../shared/model/fairness.ts
var fairness = __webpack_require__(60697);
// EXTERNAL MODULE: ../../../../shared/model/task-blocks.ts + 3 modules
var task_blocks = __webpack_require__(91971);
;// CONCATENATED MODULE: ../../../../shared/compare/fairness-deltas.ts




/** One outcome of one sensitive column: the key compare pairs head and baseline outcomes by. */
const fairnessOutcomeKey = (column, positiveClass) => JSON.stringify([column, positiveClass]);
const textOf = (l) => JSON.stringify(l);
/** A side's fairness outcomes from its per-example rows, as evaluate computed them; or why not. */
function outcomesFromRows(report, rows, labels) {
    const n = labels.length;
    if (report.task === 'regression') {
        if (!(rows.predictions instanceof Float64Array))
            return 'its per-example file has no numeric predictions';
        return { kind: 'regression', outcome: { y: Float64Array.from(labels), pred: rows.predictions } };
    }
    const cls = report.classification;
    if (!cls || (report.task !== 'binary' && report.task !== 'multiclass'))
        return 'the report is not a binary, multiclass or regression evaluation of predictions';
    if (report.task === 'binary') {
        const pos = textOf(cls.pos_label);
        const y = Uint8Array.from(labels, (l) => (textOf(l) === pos ? 1 : 0));
        let pred;
        if (cls.predicted_from === 'prediction') {
            if (!rows.predictions)
                return 'its per-example file has no predictions';
            pred = Uint8Array.from(rows.predictions, (p) => (textOf(p) === pos ? 1 : 0));
        }
        else {
            if (!rows.score)
                return 'its per-example file has no scores';
            const threshold = cls.threshold ?? 0.5;
            pred = Uint8Array.from(rows.score, (s) => (s > threshold ? 1 : 0));
        }
        return { kind: 'classification', outcomes: [{ positiveClass: cls.pos_label, y, pred, score: rows.score }] };
    }
    const classes = cls.classes;
    const k = classes.length;
    const index = new Map(classes.map((c, i) => [textOf(c), i]));
    const y = Int32Array.from(labels, (l) => index.get(textOf(l)) ?? -1);
    const proba = rows.scores && rows.width === k ? rows.scores : undefined;
    let pred;
    if (rows.predictions)
        pred = Int32Array.from(rows.predictions, (p) => index.get(textOf(p)) ?? -1);
    else if (proba)
        pred = (0,task_blocks/* argmaxClasses */.J)(proba, n, k); // as evaluate
    else
        return 'its per-example file has no predictions';
    return (0,fairness/* oneVsRestOutcomes */.ZX)(classes, y, pred, proba);
}
/** A column's values as fairness.ts reads them: codes into the distinct texts, −1 for missing. */
function sensitiveColumn(column, values) {
    const dict = new Map();
    const texts = [];
    const codes = new Int32Array(values.length);
    values.forEach((v, i) => {
        if (v === null) {
            codes[i] = -1;
            return;
        }
        let c = dict.get(v);
        if (c === undefined) {
            c = texts.length;
            dict.set(v, c);
            texts.push(v);
        }
        codes[i] = c;
    });
    return { column, values: texts, codes };
}
/** The first id whose value of `column` differs between the files, or undefined. */
function firstDifference(paired, h, b) {
    for (let i = 0; i < h.length; i++) {
        if (h[i] !== b[i])
            return `id ${JSON.stringify(paired.ids[i])} has ${JSON.stringify(h[i])} in the head's per-example file but ${JSON.stringify(b[i])} in the baseline's`;
    }
    return undefined;
}
/** Above this many cells, or more than half the rows, the resamples read the rows directly. */
const MAX_CELLS = 1 << 16;
function rowPatterns(ho, bo) {
    const k = ho.outcomes.length;
    if (bo.outcomes.length !== k || k === 0)
        return undefined;
    const n = ho.outcomes[0].y.length;
    const binary = k === 1;
    const v = binary ? 2 : k + 1;
    const count = v * v * v;
    const valueOf = (ys, i) => {
        if (binary)
            return ys[0][i];
        for (let o = 0; o < k; o++)
            if (ys[o][i])
                return o;
        return k;
    };
    const labels = ho.outcomes.map((o) => o.y);
    const hp = ho.outcomes.map((o) => o.pred);
    const bp = bo.outcomes.map((o) => o.pred);
    const rows = new Int32Array(n);
    for (let i = 0; i < n; i++)
        rows[i] = (valueOf(labels, i) * v + valueOf(hp, i)) * v + valueOf(bp, i);
    const finish = (cells, groups) => {
        const head = new Float64Array(k * groups * fairness_rates/* CLASS_STATS */.pF);
        const base = new Float64Array(k * groups * fairness_rates/* CLASS_STATS */.pF);
        for (let c = 0; c < cells.length; c++) {
            const m = cells[c];
            if (m === 0)
                continue;
            const b = c % v;
            const h = Math.floor(c / v) % v;
            const y = Math.floor(c / (v * v)) % v;
            const g = Math.floor(c / count);
            for (let o = 0; o < k; o++) {
                const yi = binary ? y : y === o ? 1 : 0;
                const at = (o * groups + g) * fairness_rates/* CLASS_STATS */.pF;
                const ph = binary ? h : h === o ? 1 : 0;
                const pb = binary ? b : b === o ? 1 : 0;
                head[at] += m;
                head[at + 1] += m * yi;
                head[at + 2] += m * ph;
                head[at + 3] += m * (yi & ph);
                head[at + 4] += m * (ph & (1 - yi));
                base[at] += m;
                base[at + 1] += m * yi;
                base[at + 2] += m * pb;
                base[at + 3] += m * (yi & pb);
                base[at + 4] += m * (pb & (1 - yi));
            }
        }
        return [head, base];
    };
    return { v, count, rows, finish };
}
/**
 * Every column's cell counts of one resample from one pass over the rows: the rows are keyed by
 * (group of each column, pattern) jointly when that key space is small (one pass for all columns,
 * then each column's counts summed from the joint ones), else per column (one pass each).
 * Undefined when neither pays (more cells than half the rows).
 */
function cellCounter(patterns, columns) {
    const n = patterns.rows.length;
    const P = patterns.count;
    const fits = (cells) => cells <= MAX_CELLS && cells * 2 <= n;
    let joint = P;
    for (const c of columns)
        joint *= c.groups;
    if (fits(joint)) {
        const key = Int32Array.from(patterns.rows);
        let stride = P;
        for (const c of columns) {
            for (let i = 0; i < n; i++)
                key[i] += c.codes[i] * stride;
            stride *= c.groups;
        }
        const counts = new Float64Array(joint);
        return (w) => {
            counts.fill(0);
            for (let i = 0; i < n; i++)
                counts[key[i]] += w[i];
            const out = columns.map((c) => new Float64Array(c.groups * P));
            for (let j = 0; j < joint; j++) {
                const m = counts[j];
                if (m === 0)
                    continue;
                const pattern = j % P;
                let rest = Math.floor(j / P);
                columns.forEach((c, ci) => {
                    const g = rest % c.groups;
                    rest = Math.floor(rest / c.groups);
                    out[ci][g * P + pattern] += m;
                });
            }
            return out;
        };
    }
    if (!columns.every((c) => fits(c.groups * P)))
        return undefined;
    const keys = columns.map((c) => Int32Array.from(patterns.rows, (p, i) => c.codes[i] * P + p));
    return (w) => keys.map((key, ci) => {
        const counts = new Float64Array(columns[ci].groups * P);
        for (let i = 0; i < n; i++)
            counts[key[i]] += w[i];
        return counts;
    });
}
const sameValue = (a, b) => a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
/** Paired CIs of every fairness summary delta both reports have; see the module comment. */
function fairnessDeltas(head, base, paired, settings) {
    const out = { intervals: new Map(), notTested: new Map() };
    const hf = head.fairness;
    const bf = base.fairness;
    if (!hf || !bf)
        return out;
    const baseColumns = new Map(bf.columns.map((c) => [c.column, c]));
    const columns = hf.columns.filter((c) => baseColumns.has(c.column));
    if (columns.length === 0)
        return out;
    const ho = outcomesFromRows(head, paired.head, paired.labels);
    const bo = outcomesFromRows(base, paired.base, paired.labels);
    if (typeof ho === 'string' || typeof bo === 'string') {
        const why = typeof ho === 'string' ? `head: ${ho}` : `baseline: ${bo}`;
        for (const c of columns)
            out.notTested.set(c.column, why);
        return out;
    }
    const plans = [];
    for (const c of columns) {
        const hv = paired.head.sensitive?.get(c.column);
        const bv = paired.base.sensitive?.get(c.column);
        if (!hv || !bv) {
            const which = !hv && !bv ? 'neither per-example file has' : !hv ? "the head's per-example file does not have" : "the baseline's per-example file does not have";
            out.notTested.set(c.column, `${which} the column's values (written before evaluate kept the sensitive columns in it); re-run evaluate with --sensitive to test the deltas`);
            continue;
        }
        const differs = firstDifference(paired, hv, bv);
        if (differs) {
            out.notTested.set(c.column, `the two evaluations grouped rows differently: ${differs}`);
            continue;
        }
        const col = sensitiveColumn(c.column, hv);
        const headPlan = (0,fairness/* fairnessColumnPlan */.Vu)(ho, col, { minGroupSize: hf.min_group_size, boot: null }, 'h');
        const basePlan = (0,fairness/* fairnessColumnPlan */.Vu)(bo, col, { minGroupSize: bf.min_group_size, boot: null }, 'b');
        const headFull = headPlan.summarize();
        const baseFull = basePlan.summarize();
        const jobs = [];
        let mismatch;
        const baseIndex = new Map((bo.kind === 'classification' ? bo.outcomes.map((o) => textOf(o.positiveClass)) : ['null']).map((k, i) => [k, i]));
        headPlan.plan.outcomes.forEach((hp, oi) => {
            const positive = ho.kind === 'classification' ? ho.outcomes[oi].positiveClass : null;
            const bi = baseIndex.get(textOf(positive));
            if (bi === undefined)
                return;
            const bp = basePlan.plan.outcomes[bi];
            const reportHead = c.outcomes.find((o) => (o.kind === 'classification' ? textOf(o.positive_class) : 'null') === textOf(positive));
            const reportBase = baseColumns.get(c.column).outcomes.find((o) => (o.kind === 'classification' ? textOf(o.positive_class) : 'null') === textOf(positive));
            for (const s of hp.summaries) {
                const t = bp.summaries.find((x) => x.name === s.name);
                if (s.key === undefined || t?.key === undefined)
                    continue;
                const headFinish = headPlan.plan.finishers[s.key];
                const baseFinish = basePlan.plan.finishers[t.key];
                const hVal = headFinish(headFull);
                const bVal = baseFinish(baseFull);
                // The files must reproduce their reports' values, else the CI would be of something else.
                const rh = reportHead?.summaries[s.name]?.value;
                const rb = reportBase?.summaries[s.name]?.value;
                if (rh === undefined || rb === undefined)
                    continue;
                if (!sameValue(rh, hVal) || !sameValue(rb, bVal)) {
                    mismatch ??= `the per-example files give ${s.name} ${hVal} (head) and ${bVal} (baseline) but the reports ${rh} and ${rb}; re-run evaluate`;
                    continue;
                }
                jobs.push({ key: fairnessOutcomeKey(c.column, positive), name: s.name, head: headFinish, base: baseFinish, estimate: rh - rb, stats: new Float64Array(settings.resamples) });
            }
        });
        if (mismatch) {
            out.notTested.set(c.column, mismatch);
            continue;
        }
        if (jobs.length > 0)
            plans.push({ head: headPlan, base: basePlan, jobs });
    }
    if (plans.length === 0)
        return out;
    // Classification: resamples count draws per group × pattern cell (above); else the rows are read.
    const patterns = ho.kind === 'classification' && bo.kind === 'classification' ? rowPatterns(ho, bo) : undefined;
    const cells = patterns && cellCounter(patterns, plans.map((p) => p.head));
    (0,significance/* forEachPairedResample */.Tq)(paired.rows, settings.resamples, settings.seed, (r, counts) => {
        const perColumn = cells?.(counts);
        plans.forEach((p, pi) => {
            const [hs, bs] = perColumn ? patterns.finish(perColumn[pi], p.head.groups) : [p.head.summarize(counts), p.base.summarize(counts)];
            for (const j of p.jobs)
                j.stats[r] = j.head(hs) - j.base(bs);
        });
    });
    for (const p of plans) {
        for (const j of p.jobs) {
            let perOutcome = out.intervals.get(j.key);
            if (!perOutcome)
                out.intervals.set(j.key, (perOutcome = new Map()));
            perOutcome.set(j.name, (0,significance/* deltaInterval */._G)(j.estimate, j.stats, settings.confidence));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/compare/fairness-compare.ts




const knownDirection = (name) => (Object.hasOwn(fairness_rates/* SUMMARY_DIRECTION */.nJ, name) ? fairness_rates/* SUMMARY_DIRECTION */.nJ[name] : undefined);
/**
 * The plain bounds `max` and `min` (head <= max, head >= min, inclusive with the metric rules'
 * rounding allowance), placed after `present` and `threshold` in the rule results.
 */
function withBounds(name, rule, head, results) {
    const severity = rule.severity ?? 'error';
    const bounds = [];
    for (const kind of ['max', 'min']) {
        const v = rule[kind];
        if (v === undefined)
            continue;
        if (head === undefined) {
            bounds.push({ rule: kind, value: v, bound: null, outcome: 'skipped', severity, message: `${name}: no head value to check` });
            continue;
        }
        const slack = 8 * Number.EPSILON * Math.max(Math.abs(head), Math.abs(v));
        const ok = kind === 'max' ? head <= v + slack : head >= v - slack;
        const op = kind === 'max' ? (ok ? '<=' : '>') : ok ? '>=' : '<';
        bounds.push({ rule: kind, value: v, bound: v, outcome: ok ? 'pass' : 'fail', severity, message: `${name} ${fmt(head)} ${op} ${kind} ${fmt(v)}` });
    }
    if (bounds.length === 0)
        return results;
    const at = results.filter((r) => r.rule === 'present' || r.rule === 'threshold').length;
    return [...results.slice(0, at), ...bounds, ...results.slice(at)];
}
function compareSummary(name, head, base, rule, ctx) {
    const reported = head?.direction ?? base?.direction ?? knownDirection(name);
    const direction = rule ? requireDirection(name, ctx.where, rule.direction, reported) : (reported ?? null);
    const h = head?.value;
    const b = base?.value;
    const rules = rule ? withBounds(name, rule, h, evaluateRules({ name, rule, direction: direction, head: h, baseline: b, firstRun: ctx.firstRun, noBaselineReason: ctx.noBaselineReason })) : [];
    const delta = h !== undefined && b !== undefined ? h - b : null;
    const ci = delta !== null ? ctx.interval : undefined;
    const deltaCi = ci && !Number.isNaN(ci.lower) ? [ci.lower, ci.upper] : null;
    return {
        name,
        direction,
        head: h ?? null,
        baseline: b ?? null,
        delta,
        relative_delta: delta !== null && b !== 0 ? delta / Math.abs(b) : null,
        head_ci: head?.ci ?? null,
        baseline_ci: base?.ci ?? null,
        delta_ci: deltaCi,
        delta_ci_invalid: ci ? ci.invalid : null,
        p_value: null,
        test: null,
        label: (0,significance/* deltaLabel */.R4)(deltaCi, direction),
        rules,
        status: statusOf(rules),
    };
}
const positiveOf = (o) => (o.kind === 'classification' ? o.positive_class : null);
const outcomeKey = (column, o) => JSON.stringify([column, o.kind, positiveOf(o)]);
function names(...maps) {
    const out = new Set();
    for (const m of maps)
        for (const k of Object.keys(m ?? {}))
            out.add(k);
    return [...out];
}
/** The fairness comparisons and their gate; undefined when neither report nor the rules mention fairness. */
function compareFairness(head, baseline, rules, firstRun, pairing = { reason: 'no paired per-example data' }) {
    const configured = rules ?? {};
    if (!head.fairness && !baseline?.fairness && Object.keys(configured).length === 0)
        return undefined;
    const rulesOf = (column) => (Object.hasOwn(configured, column) ? configured[column] : undefined);
    const baseOutcomes = new Map();
    for (const c of baseline?.fairness?.columns ?? [])
        for (const o of c.outcomes)
            baseOutcomes.set(outcomeKey(c.column, o), o);
    const out = { fairness: [], rules: [], failures: [], missingFailed: 0, missingWarned: 0 };
    const seen = new Set();
    const headColumns = new Set();
    for (const c of head.fairness?.columns ?? []) {
        headColumns.add(c.column);
        const columnRules = rulesOf(c.column);
        for (const o of c.outcomes) {
            const key = outcomeKey(c.column, o);
            seen.add(key);
            const b = baseOutcomes.get(key);
            const noBase = b ? 'not in the baseline report' : baseline?.fairness ? 'this fairness outcome is not in the baseline report' : 'the baseline report has no fairness section';
            const cls = c.outcomes.length > 1 && o.kind === 'classification' ? ` (class ${String(o.positive_class)})` : '';
            const intervals = 'deltas' in pairing ? pairing.deltas.intervals.get(fairnessOutcomeKey(c.column, positiveOf(o))) : undefined;
            const summaries = names(o.summaries, b?.summaries, columnRules).map((name) => compareSummary(name, Object.hasOwn(o.summaries, name) ? o.summaries[name] : undefined, b && Object.hasOwn(b.summaries, name) ? b.summaries[name] : undefined, columnRules?.[name], {
                where: `fairness rule for ${name} of sensitive column ${c.column}`,
                firstRun,
                noBaselineReason: noBase,
                interval: intervals?.get(name),
            }));
            const results = summaries.flatMap((m) => m.rules);
            out.rules.push(...results);
            for (const r of results)
                if (r.outcome === 'fail')
                    out.failures.push(`${r.severity === 'warn' ? 'warning: ' : ''}fairness ${c.column}${cls}: ${r.message}`);
            const notTested = summaries.some((m) => m.delta_ci !== null)
                ? null
                : 'reason' in pairing
                    ? pairing.reason
                    : (pairing.deltas.notTested.get(c.column) ?? (b ? 'no summary is defined in both reports' : noBase));
            out.fairness.push({ column: c.column, positive_class: positiveOf(o), skipped: null, summaries, status: statusOf(results), delta_not_tested: notTested });
        }
    }
    for (const c of baseline?.fairness?.columns ?? []) {
        for (const o of c.outcomes) {
            if (seen.has(outcomeKey(c.column, o)))
                continue;
            const summaries = names(o.summaries).map((name) => compareSummary(name, undefined, o.summaries[name], undefined, { where: '', firstRun, noBaselineReason: '' }));
            out.fairness.push({ column: c.column, positive_class: positiveOf(o), skipped: 'only in the baseline report', summaries, status: 'none' });
        }
    }
    for (const [column, r] of Object.entries(configured)) {
        for (const [name, rule] of Object.entries(r)) {
            if (rule)
                requireDirection(name, `fairness rule for ${name} of sensitive column ${column}`, rule.direction, knownDirection(name));
        }
        const defined = Object.values(r).filter((x) => x !== undefined);
        if (headColumns.has(column) || defined.length === 0)
            continue;
        const severe = defined.some((x) => (x.severity ?? 'error') === 'error');
        if (severe)
            out.missingFailed++;
        else
            out.missingWarned++;
        out.failures.push(`${severe ? '' : 'warning: '}fairness ${column}: the head report has no fairness section on it (evaluate with --sensitive ${column})`);
        out.fairness.push({ column, positive_class: null, skipped: `the head report has no fairness section on this column (evaluate with --sensitive ${column})`, summaries: [], status: severe ? 'fail' : 'warn' });
    }
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/compare/compare.ts
/**
 * compareReports(): an evaluation report (the head) against a baseline report, under one model's
 * gate rules. Pure given parsed inputs; compare-files.ts reads the files. Semantics: docs/compare.md.
 *
 * - Every metric of either report is listed with head, baseline, delta and relative delta; rules
 *   are evaluated for the metrics (and slice columns) the config names (shared/compare/rules.ts).
 * - With per-example data of both reports on the same rows, every registry metric gets a paired
 *   bootstrap CI of its delta, accuracy McNemar's test and binary ROC AUC DeLong's test
 *   (shared/compare/significance.ts), and a label: improvement / regression / within noise.
 * - Verdict: `report-only` when no rule is configured (never a silent pass), else `fail` when an
 *   error-severity rule failed, else `pass`.
 */








function refOf(report, file) {
    return {
        file: file ?? null,
        source: report.source,
        task: report.task,
        rows: report.rows,
        dataset_sha256: report.dataset?.sha256 ?? null,
        examples_sha256: report.examples?.sha256 ?? null,
    };
}
const isRegistryMetric = (name, task) => task !== null && name in model_metrics/* METRICS */.Cb && model_metrics/* METRICS */.Cb[name].tasks.includes(task);
function compareMetric(name, head, base, rule, ctx) {
    const reported = head?.direction ?? base?.direction;
    const direction = rule ? requireDirection(name, ctx.where, rule.direction, reported) : (directionOf(name, undefined, reported) ?? null);
    const h = head?.value;
    const b = base?.value;
    const rules = rule
        ? evaluateRules({ name, rule, direction: direction, head: h, baseline: b, firstRun: ctx.firstRun, noBaselineReason: ctx.noBaselineReason })
        : [];
    const delta = h !== undefined && b !== undefined ? h - b : null;
    const ci = ctx.sig?.ci[name];
    const deltaCi = ci && !Number.isNaN(ci.lower) ? [ci.lower, ci.upper] : null;
    const test = ctx.sig?.tests[name] ?? null;
    return {
        name,
        direction,
        head: h ?? null,
        baseline: b ?? null,
        delta,
        relative_delta: delta !== null && b !== 0 ? delta / Math.abs(b) : null,
        head_ci: head?.ci ?? null,
        baseline_ci: base?.ci ?? null,
        delta_ci: deltaCi,
        delta_ci_invalid: ci ? ci.invalid : null,
        p_value: test?.p_value ?? null,
        test,
        label: (0,significance/* deltaLabel */.R4)(deltaCi, direction),
        rules,
        status: statusOf(rules),
    };
}
/** Names of both metric maps (head order, then baseline-only), plus configured names missing from both. */
function metricNames(head, base, rules) {
    const names = new Set(Object.keys(head));
    for (const n of Object.keys(base ?? {}))
        names.add(n);
    for (const n of Object.keys(rules ?? {}))
        names.add(n);
    return [...names];
}
function significanceOf(head, base, paired, s) {
    const models = pairedModels(head, base, paired);
    const names = Object.keys(head.metrics).filter((n) => n in base.metrics && isRegistryMetric(n, head.task));
    const ci = (0,significance/* pairedBootstrapDeltas */.t)(models.head, models.base, names, { resamples: s.resamples, confidence: s.confidence, seed: s.seed });
    const tests = {};
    if (names.includes('accuracy') && models.head.correct && models.base.correct) {
        const t = (0,significance/* mcnemarTest */.eq)(models.head.correct, models.base.correct);
        tests.accuracy = { name: 'mcnemar', method: t.method, statistic: t.statistic, p_value: t.pValue, significant: t.pValue < s.alpha, details: { b: t.b, c: t.c } };
    }
    if (head.task === 'binary' && names.includes('roc_auc') && models.head.score && models.base.score && models.head.positive) {
        const t = (0,significance/* delongTest */.Cc)(models.head.positive, models.head.score, models.base.score);
        tests.roc_auc = {
            name: 'delong',
            method: 'fast-delong',
            statistic: t.z,
            p_value: t.pValue,
            significant: t.pValue < s.alpha,
            details: { auc_head: t.aucHead, auc_baseline: t.aucBase, se: t.se, positives: t.positives, negatives: t.negatives },
        };
    }
    return { ci, tests };
}
const sliceKey = (column, value) => JSON.stringify([column, value]);
/** Compares two evaluation reports under one model's rules (undefined: report only). */
function compareReports(head, baseline, config, options = {}) {
    const firstRun = config?.first_run ?? 'pass';
    if (config?.task && head.task && config.task !== head.task) {
        throw new errors/* InputError */.dz(`the config says task ${config.task} but the head report is a ${head.task} evaluation`, { location: options.headFile ? { file: options.headFile } : undefined, hint: 'fix task under the model in mlops.yaml' });
    }
    const metricRules = config?.metrics ?? {};
    const sliceRules = config?.slices ?? {};
    const configured = Object.keys(metricRules).length > 0 || Object.keys(sliceRules).length > 0 || Object.keys(config?.fairness ?? {}).length > 0;
    const sig = {
        resamples: options.significance?.resamples ?? config?.significance?.resamples ?? model_metrics/* DEFAULT_PAIRED_RESAMPLES */.DN,
        confidence: options.significance?.confidence ?? config?.significance?.confidence ?? model_metrics/* DEFAULT_CONFIDENCE */.FH,
        alpha: options.significance?.alpha ?? config?.significance?.alpha ?? significance/* DEFAULT_ALPHA */.pO,
        seed: options.significance?.seed ?? config?.significance?.seed ?? model_metrics/* DEFAULT_SEED */.KP,
    };
    const warnings = [];
    let reason = null;
    let data;
    if (!baseline)
        reason = 'no baseline';
    else if (sig.resamples === 0)
        reason = 'significance.resamples is 0';
    else if (!options.paired)
        reason = options.notTestedReason ?? 'per-example data is missing from the head or the baseline report';
    else
        data = significanceOf(head, baseline, options.paired, sig);
    const noBaselineReason = baseline ? 'not in the baseline report' : 'no baseline report';
    const metrics = metricNames(head.metrics, baseline?.metrics, metricRules).map((name) => compareMetric(name, head.metrics[name], baseline?.metrics[name], metricRules[name], { where: `rule for metric ${name}`, firstRun, noBaselineReason, sig: data }));
    // Slices: every slice of the head (and of the baseline), rules for the configured columns.
    const slices = [];
    const baseSlices = new Map((baseline?.slices ?? []).map((s) => [sliceKey(s.column, s.value), s]));
    const headKeys = new Set();
    for (const s of head.slices) {
        const key = sliceKey(s.column, s.value);
        headKeys.add(key);
        const b = baseSlices.get(key);
        const rule = sliceRules[s.column];
        const tooSmall = rule?.min_size !== undefined && s.rows < rule.min_size ? `${s.rows} rows, fewer than min_size ${rule.min_size}` : null;
        const rules = tooSmall ? undefined : rule?.metrics;
        const noBase = b ? 'not in the baseline slice' : 'slice not in the baseline report';
        const ms = metricNames(s.metrics, b?.metrics, rules).map((name) => compareMetric(name, s.metrics[name], b?.metrics[name], rules?.[name], { where: `rule for metric ${name} of slice column ${s.column}`, firstRun, noBaselineReason: noBase }));
        slices.push({ column: s.column, value: s.value, head_rows: s.rows, baseline_rows: b?.rows ?? null, skipped: tooSmall, metrics: ms, status: statusOf(ms.flatMap((m) => m.rules)) });
    }
    for (const s of head.skipped_slices) {
        headKeys.add(sliceKey(s.column, s.value));
        const b = baseSlices.get(sliceKey(s.column, s.value));
        slices.push({ column: s.column, value: s.value, head_rows: s.rows, baseline_rows: b?.rows ?? null, skipped: `skipped by evaluate: ${s.reason}`, metrics: [], status: 'none' });
    }
    for (const s of baseline?.slices ?? []) {
        if (headKeys.has(sliceKey(s.column, s.value)))
            continue;
        slices.push({ column: s.column, value: s.value, head_rows: null, baseline_rows: s.rows, skipped: 'only in the baseline report', metrics: [], status: 'none' });
    }
    // A configured slice column the head has no slices on is a failure of the slice rules.
    const missingColumns = [];
    for (const [column, rule] of Object.entries(sliceRules)) {
        for (const [name, r] of Object.entries(rule.metrics ?? {}))
            requireDirection(name, `rule for metric ${name} of slice column ${column}`, r.direction);
        if (head.slices.some((s) => s.column === column) || head.skipped_slices.some((s) => s.column === column))
            continue;
        missingColumns.push(column);
        const severe = Object.values(rule.metrics ?? {}).some((r) => (r.severity ?? 'error') === 'error');
        slices.push({ column, value: null, head_rows: null, baseline_rows: null, skipped: null, metrics: [], status: severe ? 'fail' : 'warn' });
    }
    // Fairness summaries (evaluate --sensitive) under the fairness: rules (fairness-compare.ts).
    const fairness = compareFairness(head, baseline, config?.fairness, firstRun, data && baseline && options.paired ? { deltas: fairnessDeltas(head, baseline, options.paired, sig) } : { reason: reason ?? 'not tested' });
    const all = [...metrics.flatMap((m) => m.rules), ...slices.flatMap((s) => s.metrics.flatMap((m) => m.rules)), ...(fairness?.rules ?? [])];
    const failures = [];
    const describe = (prefix, rs) => {
        for (const r of rs)
            if (r.outcome === 'fail')
                failures.push(`${r.severity === 'warn' ? 'warning: ' : ''}${prefix}${r.message}`);
    };
    for (const m of metrics)
        describe('', m.rules);
    for (const s of slices)
        for (const m of s.metrics)
            describe(`slice ${s.column}=${s.value ?? '(missing)'}: `, m.rules);
    let failed = all.filter((r) => r.outcome === 'fail' && r.severity === 'error').length;
    let warned = all.filter((r) => r.outcome === 'fail' && r.severity === 'warn').length;
    for (const column of missingColumns) {
        const severe = slices.find((s) => s.column === column && s.head_rows === null && s.metrics.length === 0)?.status === 'fail';
        if (severe)
            failed++;
        else
            warned++;
        failures.push(`${severe ? '' : 'warning: '}slice column ${column}: the head report has no slices on it (evaluate with --slice ${column})`);
    }
    if (fairness) {
        failures.push(...fairness.failures);
        failed += fairness.missingFailed;
        warned += fairness.missingWarned;
    }
    if (!configured)
        warnings.push('no gate rules are configured: this comparison reports only');
    return {
        schema: COMPARISON_SCHEMA,
        model: options.model ?? null,
        head: refOf(head, options.headFile),
        baseline: baseline ? refOf(baseline, options.baselineFile) : null,
        verdict: !configured ? 'report-only' : failed > 0 ? 'fail' : 'pass',
        gate: {
            configured,
            first_run: firstRun,
            rules: all.length + missingColumns.length + (fairness ? fairness.missingFailed + fairness.missingWarned : 0),
            failed,
            warned,
            skipped: all.filter((r) => r.outcome === 'skipped').length,
            failures,
        },
        significance: {
            tested: data !== undefined,
            reason,
            paired_rows: data ? options.paired.rows : null,
            method: 'paired-percentile-bootstrap',
            resamples: sig.resamples,
            confidence: sig.confidence,
            alpha: sig.alpha,
            seed: sig.seed,
            prng: 'xoshiro128** (splitmix32-seeded)',
        },
        metrics,
        slices,
        warnings,
        ...(fairness ? { fairness: fairness.fairness } : {}),
    };
}

;// CONCATENATED MODULE: ../../../../shared/compare/compare-files.ts
/**
 * The file-reading edge of compareReports(): reads the head and baseline reports (and, when both
 * carry one, their per-example files), the gate rules from mlops.yaml or given directly, and
 * returns the comparison. Writing it out is the caller's job (the action and the CLI).
 */






/** Reads and checks an evaluation report. Throws InputError naming the file and the first problem. */
async function readEvaluationReport(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* InputError */.dz(code === 'ENOENT' ? 'evaluation report not found' : `cannot read the evaluation report: ${e.message}`, { location: { file }, cause: e });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(`not JSON: ${e.message}`, { location: { file }, hint: (o) => `point at the report evaluate wrote (${o.option('out')})` });
    }
    const parsed = evaluation_format/* evaluationReportSchema */.mF.safeParse(json);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        const at = i.path.length ? i.path.join('.') : '(top level)';
        throw new errors/* InputError */.dz(`not an mlops-actions/evaluation@1 report: ${at}: ${i.message}`, { location: { file }, hint: (o) => `point at the report evaluate wrote (${o.option('out')})` });
    }
    return parsed.data;
}
async function pairedOf(head, headFile, base, baseFile) {
    const h = (0,evaluation_format/* examplesFileOf */.Fo)(headFile, head);
    const b = (0,evaluation_format/* examplesFileOf */.Fo)(baseFile, base);
    if (!h || !b)
        return `per-example data is missing from the ${!h && !b ? 'head and the baseline reports' : !h ? 'head report' : 'baseline report'} (evaluate writes it unless --no-examples)`;
    if ((head.examples.id_column === null) !== (base.examples.id_column === null)) {
        throw new errors/* InputError */.dz(`the head pairs rows by ${head.examples.id_column === null ? 'row index' : `id column ${head.examples.id_column}`} but the baseline by ${base.examples.id_column === null ? 'row index' : `id column ${base.examples.id_column}`}`, { location: { file: headFile }, hint: (o) => `evaluate both with the same ${o.option('id')} column` });
    }
    const [hr, br] = await Promise.all([
        readExamplesFile(h, { sha256: head.examples.sha256, rows: head.examples.rows }),
        readExamplesFile(b, { sha256: base.examples.sha256, rows: base.examples.rows }),
    ]);
    return pairExamples(hr, br);
}
async function compareFiles(options) {
    const [head, baseline] = await Promise.all([readEvaluationReport(options.head), options.baseline ? readEvaluationReport(options.baseline) : undefined]);
    const { rules, model } = await (0,mlops_config/* gateRulesOf */.am)(options);
    const compareOptions = { model: model ?? null, headFile: options.head, baselineFile: options.baseline ?? null, significance: options.significance };
    const resamples = options.significance?.resamples ?? rules?.significance?.resamples;
    if (baseline && resamples !== 0) {
        const paired = options.baselineExamplesUnavailable ?? (await pairedOf(head, options.head, baseline, options.baseline));
        if (typeof paired === 'string')
            compareOptions.notTestedReason = paired;
        else
            compareOptions.paired = paired;
    }
    return compareReports(head, baseline, rules, compareOptions);
}


/***/ }),

/***/ 65779:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ delongTest),
/* harmony export */   R4: () => (/* binding */ deltaLabel),
/* harmony export */   RV: () => (/* binding */ normalTwoSidedP),
/* harmony export */   Tq: () => (/* binding */ forEachPairedResample),
/* harmony export */   _G: () => (/* binding */ deltaInterval),
/* harmony export */   cd: () => (/* binding */ chiSquare1Sf),
/* harmony export */   eq: () => (/* binding */ mcnemarTest),
/* harmony export */   pO: () => (/* binding */ DEFAULT_ALPHA),
/* harmony export */   t: () => (/* binding */ pairedBootstrapDeltas)
/* harmony export */ });
/* unused harmony exports MCNEMAR_EXACT_BELOW, erfc, mcnemarFromCounts, midranks */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49980);
/* harmony import */ var _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23868);
/**
 * Is a metric delta between two models on the same rows real or noise? Three paired methods:
 *
 * - Paired bootstrap CI of each metric delta (every metric): each resample draws n paired rows with
 *   replacement and recomputes the metric for both models on the same rows; the interval is the
 *   α/2, 1 − α/2 percentiles of head − baseline. Same machinery as evaluate's intervals
 *   (shared/model/metrics/bootstrap.ts): xoshiro128** seeded through splitmix32, multiplicities
 *   instead of copied rows, NumPy "linear" quantiles, undefined resamples dropped and counted.
 * - McNemar's test (accuracy): on the discordant pairs, b = head right & baseline wrong and
 *   c = head wrong & baseline right. Below 25 discordant pairs, the exact two-sided binomial test
 *   p = min(1, 2·P[Bin(b + c, ½) ≤ min(b, c)]); from 25 on, the chi-square test with Edwards'
 *   continuity correction, χ² = max(0, |b − c| − 1)² / (b + c), one degree of freedom. (The usual
 *   textbook rule, e.g. Rosner, Fundamentals of Biostatistics; statsmodels' `mcnemar` defaults to
 *   exact=True at any size, and does not clip |b − c| − 1 at 0.)
 * - DeLong's test (binary ROC AUC): DeLong, DeLong & Clarke-Pearson (1988), "Comparing the areas
 *   under two or more correlated ROC curves", Biometrics 44(3); the variance of AUC_head − AUC_base
 *   from the structural components V10, V01 computed with midranks in O(n log n) (Sun & Xu 2014,
 *   "Fast implementation of DeLong's algorithm", IEEE Signal Processing Letters 21(11)).
 *   z = Δ / sqrt(Var Δ), two-sided p = erfc(|z| / √2).
 *
 * Labels come from the bootstrap CI of the delta only (the tests' p-values are reported beside it):
 * improvement when the CI excludes 0 on the better side, regression on the worse side, within noise
 * when it contains 0, not tested when there was no paired data (or no direction).
 */


const DEFAULT_ALPHA = 0.05;
/** Below this many discordant pairs McNemar's test is exact (binomial), from here on chi-square. */
const MCNEMAR_EXACT_BELOW = 25;
// ---------------------------------------------------------------------------------------------
// Distribution tails
/**
 * The complementary error function to near double precision: for x < 2, 1 − erf(x) with erf from
 * its all-positive series erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)) (Abramowitz &
 * Stegun 7.1.6, no cancellation); for x ≥ 2, the continued fraction A&S 7.1.14 by modified Lentz.
 */
function erfc(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    if (x < 0)
        return 2 - erfc(-x);
    if (x < 2) {
        let term = x;
        let sum = x;
        for (let n = 1; n < 200 && term > sum * 1e-17; n++) {
            term *= (2 * x * x) / (2 * n + 1);
            sum += term;
        }
        return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
    }
    if (x > 27)
        return 0;
    // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))), Lentz's method.
    const tiny = 1e-300;
    let f = x;
    let c = x;
    let d = 0;
    for (let k = 1; k < 500; k++) {
        const a = k / 2;
        d = x + a * d;
        d = d === 0 ? 1 / tiny : 1 / d;
        c = x + a / c;
        if (c === 0)
            c = tiny;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
/** Two-sided p-value of a standard normal statistic. */
function normalTwoSidedP(z) {
    return erfc(Math.abs(z) / Math.SQRT2);
}
/** Upper tail of the chi-square distribution with one degree of freedom. */
function chiSquare1Sf(x) {
    return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}
/** P[Bin(n, ½) ≤ k], summed in log space so that n in the thousands does not underflow early. */
function binomialHalfCdf(k, n) {
    let logTerm = -n * Math.LN2; // log C(n, 0) / 2^n
    let sum = Math.exp(logTerm);
    for (let i = 1; i <= k; i++) {
        logTerm += Math.log((n - i + 1) / i);
        sum += Math.exp(logTerm);
    }
    return sum;
}
/** McNemar's test from per-row correctness (1 = right) of the two models on the same rows. */
function mcnemarTest(headCorrect, baseCorrect) {
    if (headCorrect.length !== baseCorrect.length)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`mcnemar: ${headCorrect.length} head rows but ${baseCorrect.length} baseline rows`);
    let b = 0;
    let c = 0;
    for (let i = 0; i < headCorrect.length; i++) {
        const h = headCorrect[i] ? 1 : 0;
        const g = baseCorrect[i] ? 1 : 0;
        if (h > g)
            b++;
        else if (g > h)
            c++;
    }
    return mcnemarFromCounts(b, c);
}
function mcnemarFromCounts(b, c) {
    const n = b + c;
    if (n < MCNEMAR_EXACT_BELOW) {
        const p = n === 0 ? 1 : Math.min(1, 2 * binomialHalfCdf(Math.min(b, c), n));
        return { b, c, method: 'exact-binomial', statistic: null, pValue: p };
    }
    const stat = Math.max(0, Math.abs(b - c) - 1) ** 2 / n;
    return { b, c, method: 'chi-square-cc', statistic: stat, pValue: chiSquare1Sf(stat) };
}
// ---------------------------------------------------------------------------------------------
// DeLong
/** 1-based midranks (ties share the mean of their ranks), as scipy.stats.rankdata(method='average'). */
function midranks(x) {
    const n = x.length;
    const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
    const out = new Float64Array(n);
    for (let i = 0; i < n;) {
        let j = i;
        while (j + 1 < n && x[order[j + 1]] === x[order[i]])
            j++;
        const r = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            out[order[k]] = r;
        i = j + 1;
    }
    return out;
}
/** Structural components of one model's AUC (Sun & Xu 2014, Algorithm 1). */
function components(pos, neg) {
    const m = pos.length;
    const n = neg.length;
    const z = new Float64Array(m + n);
    z.set(pos);
    z.set(neg, m);
    const tz = midranks(z);
    const tx = midranks(pos);
    const ty = midranks(neg);
    const v10 = new Float64Array(m);
    const v01 = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < m; i++) {
        sum += tz[i];
        v10[i] = (tz[i] - tx[i]) / n;
    }
    for (let j = 0; j < n; j++)
        v01[j] = 1 - (tz[m + j] - ty[j]) / m;
    return { auc: (sum - (m * (m + 1)) / 2) / (m * n), v10, v01 };
}
/** Sample covariance (n − 1 denominator) of two equally long arrays. */
function cov(a, b) {
    const n = a.length;
    let ma = 0;
    let mb = 0;
    for (let i = 0; i < n; i++) {
        ma += a[i];
        mb += b[i];
    }
    ma /= n;
    mb /= n;
    let s = 0;
    for (let i = 0; i < n; i++)
        s += (a[i] - ma) * (b[i] - mb);
    return s / (n - 1);
}
/** DeLong's test of two correlated ROC AUCs on the same rows (`positive[i]` = 1 for the positive class). */
function delongTest(positive, scoreHead, scoreBase) {
    const n = positive.length;
    if (scoreHead.length !== n || scoreBase.length !== n)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('delong: labels and both score arrays must have the same length');
    let m = 0;
    for (let i = 0; i < n; i++)
        m += positive[i] ? 1 : 0;
    const k = n - m;
    if (m < 2 || k < 2)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`delong: needs at least 2 positive and 2 negative rows, got ${m} and ${k}`);
    const split = (s) => {
        const pos = new Float64Array(m);
        const neg = new Float64Array(k);
        let a = 0;
        let b = 0;
        for (let i = 0; i < n; i++) {
            if (positive[i])
                pos[a++] = s[i];
            else
                neg[b++] = s[i];
        }
        return components(pos, neg);
    };
    const h = split(scoreHead);
    const g = split(scoreBase);
    const s10 = cov(h.v10, h.v10) + cov(g.v10, g.v10) - 2 * cov(h.v10, g.v10);
    const s01 = cov(h.v01, h.v01) + cov(g.v01, g.v01) - 2 * cov(h.v01, g.v01);
    const variance = Math.max(0, s10 / m + s01 / k);
    const delta = h.auc - g.auc;
    const se = Math.sqrt(variance);
    if (se === 0)
        return { aucHead: h.auc, aucBase: g.auc, delta, variance, se, z: null, pValue: delta === 0 ? 1 : 0, positives: m, negatives: k };
    const z = delta / se;
    return { aucHead: h.auc, aucBase: g.auc, delta, variance, se, z, pValue: normalTwoSidedP(z), positives: m, negatives: k };
}
function safe(f) {
    try {
        return f();
    }
    catch {
        return Number.NaN;
    }
}
/** Weights in an evaluation's prepared-row order from multiplicities in paired-row order. */
function weightsFor(e, counts, buffers) {
    if (e.task !== 'binary')
        return counts; // multiclass and regression keep input row order
    let w = buffers.get(e);
    if (!w)
        buffers.set(e, (w = new Uint32Array(counts.length)));
    const order = e.order;
    for (let r = 0; r < w.length; r++)
        w[r] = counts[order[r]];
    return w;
}
/**
 * The paired bootstrap's resamples in order: resample r's row multiplicities (paired-row order, the
 * array is reused), all drawn from one xoshiro128** stream seeded with `seed` (resampleCounts: n
 * draws of nextIndex(n) each). The metric deltas (below) and the fairness deltas
 * (fairness-deltas.ts) both draw through here, so one seed gives both the same resamples.
 */
function forEachPairedResample(rows, resamples, seed, visit) {
    const rng = new _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Xoshiro128 */ .yf(seed);
    const counts = new Uint32Array(rows);
    for (let r = 0; r < resamples; r++)
        visit(r, (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resampleCounts */ .Wx)(rng, counts));
}
/**
 * Percentile bootstrap CIs of head − baseline for each metric both models can give. Each resample's
 * row multiplicities are drawn once (resampleCounts: n draws of nextIndex(n), the same stream as
 * drawing indices and copying rows) and applied to both models, so the resample is paired.
 */
function pairedBootstrapDeltas(head, base, metrics, options = {}) {
    const resamples = options.resamples ?? _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PAIRED_RESAMPLES */ .DN;
    const confidence = options.confidence ?? _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIDENCE */ .FH;
    const seed = options.seed ?? _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SEED */ .KP;
    if (!Number.isInteger(resamples) || resamples < 1)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`paired bootstrap: resamples must be a positive integer, got ${resamples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`paired bootstrap: confidence must be in (0, 1), got ${confidence}`);
    if (head.rows !== base.rows)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`paired bootstrap: ${head.rows} head rows but ${base.rows} baseline rows`);
    const n = head.rows;
    if (n === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('paired bootstrap: no paired rows');
    const jobs = metrics.flatMap((name) => {
        const h = head.evaluationFor(name);
        const b = base.evaluationFor(name);
        return h && b ? [{ name, h, b, stats: new Float64Array(resamples) }] : [];
    });
    const buffers = new Map();
    /** The metric on `e` with multiplicities `counts` (paired-row order; undefined = all rows once). */
    const value = (name, e, counts, summaries) => {
        if (e.task === 'binary') {
            let s = summaries.get(e);
            if (!s)
                summaries.set(e, (s = (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .summarizeBinary */ .X)(e, counts && weightsFor(e, counts, buffers))));
            return _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .BINARY_FROM_SUMMARY */ .IO[name](s);
        }
        return safe(() => _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS */ .Cb[name].compute(e, counts));
    };
    const full = new Map();
    forEachPairedResample(n, resamples, seed, (r, counts) => {
        const summaries = new Map();
        for (const j of jobs)
            j.stats[r] = value(j.name, j.h, counts, summaries) - value(j.name, j.b, counts, summaries);
    });
    const out = {};
    for (const j of jobs)
        out[j.name] = deltaInterval(value(j.name, j.h, undefined, full) - value(j.name, j.b, undefined, full), j.stats, confidence);
    return out;
}
/**
 * The percentile interval of per-resample deltas (NumPy "linear" quantiles), the resamples on which
 * a delta is undefined (NaN) left out and counted.
 */
function deltaInterval(estimate, stats, confidence) {
    const alpha = 1 - confidence;
    const valid = stats.filter((x) => !Number.isNaN(x)).sort();
    return { estimate, lower: (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .quantileSorted */ .Z4)(valid, alpha / 2), upper: (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .quantileSorted */ .Z4)(valid, 1 - alpha / 2), invalid: stats.length - valid.length };
}
/** improvement / regression when the CI of the delta excludes 0 on the better / worse side. */
function deltaLabel(ci, direction) {
    if (!ci || !direction || Number.isNaN(ci[0]) || Number.isNaN(ci[1]))
        return 'not_tested';
    const [lo, hi] = ci;
    if (lo > 0)
        return direction === 'higher' ? 'improvement' : 'regression';
    if (hi < 0)
        return direction === 'higher' ? 'regression' : 'improvement';
    return 'within_noise';
}


/***/ }),

/***/ 5916:
/***/ (function (__unused_webpack_module, __unused_webpack___webpack_exports__, __webpack_require__) {


// UNUSED EXPORTS: SUPPORTED_EXTENSIONS, openTable

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(49980);
;// CONCATENATED MODULE: ../../../../shared/data/csv-options.ts
/**
 * Rows per batch for the text readers. Smaller than table.ts's general 65,536 on purpose: every CSV
 * cell is a new string, and a 65,536-row batch (~330k strings) outlives a young-generation GC, so it
 * gets copied and promoted; with 4,096 rows the strings die young. Measured on flights-3m.csv
 * (CPU seconds for all rows): 65,536 rows 1.6 s, 16,384 rows 1.3 s, 4,096 rows 0.55 s.
 */
const csv_options_DEFAULT_BATCH_ROWS = 4_096;
/**
 * Rows per batch on the byte path, which makes no string per cell (only one per distinct value in
 * a batch), so the reason for small batches above does not apply; larger ones mean fewer distinct
 * values to classify, sketch and check per row, and fewer folds into the profile's sketches.
 * Measured on flights-3m.csv, `mlops validate` with 2 workers (wall / CPU, 3 runs each, quiet
 * machine): 4,096 rows 1.66-1.95 s / 2.9-3.5 s, 16,384 rows 1.36-1.54 s / 2.5-2.8 s (with the
 * workers' 12 MB young generation, validate-data-shards.ts).
 */
const csv_options_BYTE_PATH_BATCH_ROWS = 16_384;
/**
 * Cells per batch at most: a wide table gets fewer rows per batch. Batch buffers are sized rows x
 * columns up front, so 10,000 columns at 16,384 rows were 655 MB of codes before a row was read;
 * with this bound they are 4 MB. Larger batches measured slower on wide tables (per-column tables
 * grow to a batch's distinct values and are kept). Tables up to 64 columns keep BYTE_PATH_BATCH_ROWS.
 * Since then 1 << 22 (416 rows at 10,000 columns) measured ~14% less CPU on the bench's wide row
 * but 1.32 GB peak RSS and a different profile (frequent-items purges, KLL compactions and the M2
 * combination follow batch boundaries); profile.ts FOLD_GROUP_ROWS gets most of the cache part of
 * that gain with the same batches, so the same profile.
 */
const MAX_BATCH_CELLS = (/* unused pure expression or super */ null && (1 << 20));
/** Rows per batch for a table of `columns` columns, given the rows asked for. */
function csv_options_rowsPerBatch(batchRows, columns) {
    return Math.max(1, Math.min(batchRows, Math.floor(MAX_BATCH_CELLS / Math.max(1, columns))));
}
/**
 * Tables wider than this are encoded column by column (CsvByteParser's column-major path). Row by
 * row, each cell of a 10,000-column table probes another column's hash table, so nearly every probe
 * missed the CPU caches and each of 10,000 tables was kept grown: ~1 µs and ~10 KB a column. Column
 * by column, one table serves every column in turn and stays in cache. At 64 columns and below a
 * batch keeps BYTE_PATH_BATCH_ROWS rows and the row-by-row path is as fast (and what flights reads).
 */
const csv_options_COLUMN_MAJOR_MIN_COLUMNS = 65;
/**
 * The column-major path holds a batch's record bytes until the batch is encoded: a batch also ends
 * once it holds this many bytes, so a wide table of long values does not hold more than this.
 */
const csv_options_COLUMN_MAJOR_MAX_BATCH_BYTES = (/* unused pure expression or super */ null && (64 * 1024 * 1024));
/** Bytes per read; large reads amortise the per-chunk costs (decode, leftover concatenation). */
const csv_options_DEFAULT_CHUNK_SIZE = (/* unused pure expression or super */ null && (1 << 20));
/** Bytes per read while looking for the header only (more reads follow if it is longer). */
const csv_options_HEADER_CHUNK_SIZE = (/* unused pure expression or super */ null && (1 << 16));
/**
 * Limits on the header row. 16 MiB holds 100,000 column names of 160 bytes each; a first line
 * longer than that is almost always a file without line breaks where we expect them (a JSON
 * array, a file with CR-only breaks inside quotes, binary data) rather than a table, and reading
 * on would hold all of it in memory before the first row. 100,000 columns: each column costs its
 * dictionaries and sketches (tens of KB once rows are read: 10,000 columns x 10,000 rows peaked at
 * 673 MB, npm run bench), so 100,000 approach the memory of a runner before any data; wider
 * data is better stored transposed, or split into several files.
 */
const csv_options_MAX_HEADER_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
const csv_options_MAX_COLUMNS = 100_000;
/**
 * A record held across reads is parsed again on every read until it is this long, then only when
 * the held text has doubled (CsvParser.stuckAt). Below it re-parsing is cheap and keeps the order of
 * batches and errors identical between the two parsers at any read size.
 */
const csv_options_REPARSE_EVERY_READ_BELOW = (/* unused pure expression or super */ null && (1 << 16));
const csv_options_QUOTE = 34;
const csv_options_LF = 10;
const csv_options_CR = 13;
const csv_options_NEED_MORE = (/* unused pure expression or super */ null && (-1));
const csv_options_FAR = Number.MAX_SAFE_INTEGER;

// EXTERNAL MODULE: ../../../../shared/data/column-dictionary.ts + 1 modules
var column_dictionary = __webpack_require__(32845);
;// CONCATENATED MODULE: ../../../../shared/data/csv-byte-column.ts

/** The text of bytes [a, b) (valid UTF-8; `ascii`: known to be ASCII, decoded as latin1). */
function csv_byte_column_decode(bytes, a, b, ascii) {
    return ascii ? bytes.latin1Slice(a, b) : bytes.utf8Slice(a, b);
}
/** 10^k, exact as a double for k <= 22. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/**
 * The value of bytes[a, b) when they are a decimal literal that converts exactly without a
 * string, else NaN (the caller then decodes the text and takes the string path: values.ts's
 * isDecimalLiteral, then `+text`). Taken: [+-]digits[.digits] with at most 15 digits after leading
 * zeros and at most 22 after the point, no exponent. Then the digits form an integer m < 10^15 <
 * 2^53 and 10^f is exact, so m / 10^f is the correctly rounded value of the literal (Clinger's
 * fast path), which is what `+text` returns; the sign is applied last, so "-0" and "-0.00" are -0.
 */
function decimalBytes(bytes, a, b) {
    let i = a;
    let neg = false;
    if (i < b) {
        const s = bytes[i];
        if (s === 45) {
            neg = true;
            i++;
        }
        else if (s === 43)
            i++;
    }
    let m = 0;
    let digits = 0; // all digits seen
    let significant = 0; // digits from the first non-zero one
    let frac = -1; // digits after the point (-1: no point yet)
    for (; i < b; i++) {
        const x = bytes[i];
        const d = x - 48;
        if (d >= 0 && d <= 9) {
            digits++;
            if (frac >= 0)
                frac++;
            if (significant > 0 || d !== 0) {
                if (++significant > 15)
                    return NaN;
                m = m * 10 + d;
            }
        }
        else if (x === 46 && frac < 0)
            frac = 0;
        else
            return NaN;
    }
    if (digits === 0)
        return NaN;
    if (frac > 22)
        return NaN;
    const v = frac > 0 ? m / POW10[frac] : m;
    return neg ? -v : v;
}
/** Fields of at most this many bytes are keyed by their bytes packed into one number. */
const SHORT_BYTES = 4;
/** The same on the column-major path (ByteColumn.idInBatch), which packs the bytes itself. */
const PACKED_BYTES = 6;
/** ASCII fields of at most this many bytes become strings in JS (shortAscii), not through a runtime call. */
const SHORT_TEXT_BYTES = 12;
/**
 * The text of ASCII bytes[a, a + len), len <= SHORT_TEXT_BYTES, without a call into the runtime
 * (Buffer's latin1Slice is a C++ call, several times the cost of String.fromCharCode for a word).
 */
function shortAscii(bytes, a, len) {
    switch (len) {
        case 0:
            return '';
        case 1:
            return String.fromCharCode(bytes[a]);
        case 2:
            return String.fromCharCode(bytes[a], bytes[a + 1]);
        case 3:
            return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2]);
        case 4:
            return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3]);
        case 5:
            return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3], bytes[a + 4]);
        case 6:
            return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3], bytes[a + 4], bytes[a + 5]);
        case 7:
            return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3], bytes[a + 4], bytes[a + 5], bytes[a + 6]);
        case 8:
            return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3], bytes[a + 4], bytes[a + 5], bytes[a + 6], bytes[a + 7]);
        default:
            return shortAscii(bytes, a, 8) + shortAscii(bytes, a + 8, len - 8);
    }
}
/** A table index for a packed short field (a non-negative safe integer). */
function shortHash(k) {
    const h = Math.imul((k >>> 0) ^ Math.imul((k / 4294967296) | 0, 0x9e3779b1), 0x85ebca6b);
    return h ^ (h >>> 15);
}
/** A table index for a longer field: its bytes four at a time (murmur3-style), then its length. */
function longHash(bytes, a, len) {
    let h = len;
    let i = a;
    const e4 = a + (len & ~3);
    for (; i < e4; i += 4) {
        let w = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
        w = Math.imul(w, 0xcc9e2d51);
        w = (w << 15) | (w >>> 17);
        h ^= Math.imul(w, 0x1b873593);
        h = (h << 13) | (h >>> 19);
        h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    }
    const e = a + len;
    for (; i < e; i++)
        h = Math.imul(h ^ bytes[i], 0x01000193);
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/**
 * One column's dictionary under construction, keyed by the cells' UTF-8 bytes: a value's bytes
 * are looked up (short ones packed into a number, longer ones hashed and compared against a copy
 * in `arena`) and decoded to a string only the first time they occur in the batch. UTF-8 is a
 * bijection on valid text, so equal bytes are equal strings: the same identity as
 * batch-dictionary.ts (strings by content, first occurrence first).
 */
class csv_byte_column_ByteColumn {
    // Tables start small and double as a column needs them: one ByteColumn per column exists before
    // the first row, and at 1,024 slots and a 32 KB arena that was 70 KB a column (700 MB for 10,000).
    values = [];
    counts = new Float64Array(16);
    // Short fields: packed key -> id.
    smask = 15;
    skeys = new Float64Array(16);
    sids = new Int32Array(16).fill(-1);
    sused = new Int32Array(16);
    ssize = 0;
    // Longer fields: hash -> id, bytes in arena[offs, offs + lens).
    mask = 15;
    hashes = new Int32Array(16);
    ids = new Int32Array(16).fill(-1);
    offs = new Int32Array(16);
    lens = new Int32Array(16);
    used = new Int32Array(16);
    size = 0;
    arena = new Uint8Array(256);
    arenaLen = 0;
    /**
     * The last long field's id, length and arena copy (-1: none this batch). Sorted or grouped
     * columns repeat a value row after row (flights' timestamps ~14 times), and comparing with the
     * previous value skips the hash and the probe.
     */
    lastId = -1;
    lastLen = 0;
    lastOff = 0;
    /** The arena offset of the value findLong last found. */
    foundOff = 0;
    /**
     * Column-major path: a new value that decimalBytes reads is kept as its number and bytes in
     * `store` rather than decoded (values[id] stays undefined until a consumer asks for the text,
     * ColumnDictionary.values), so a numeric column makes no string per distinct value. `store` is
     * the batch's (newStore() starts the next one); this column's entries start at storeBase.
     */
    parseNumbers = false;
    store = { numbers: new Float64Array(0), offs: new Int32Array(1), text: Buffer.alloc(0), counts: new Float64Array(0) };
    storeBase = 0;
    /** Entries and text bytes used in `store`. */
    storeLen = 0;
    storeText = 0;
    /** Whether this column has an entry in `store` this batch. */
    storeUsed = false;
    /**
     * The id of bytes[a, b) on the column-major path (`ascii`: the batch's bytes are all ASCII). A
     * new value is made from its own bytes (shortAscii up to SHORT_TEXT_BYTES, else decoded): slices
     * of the batch's bytes decoded at once were cheaper per value, but the decode was a copy of every
     * batch (545 MB per worker on the 10,000 x 10,000 bench file, and a fresh large string each).
     */
    idInBatch(bytes, a, b, ascii) {
        const len = b - a;
        if (len > PACKED_BYTES)
            return this.id(bytes, a, b, 0, ascii);
        // Up to 6 bytes packed into one exact number (< 2^51 with the length), so the short table takes
        // them: a decimal like 123.45 or a word like "lambda" skips the hash of its bytes, their arena
        // copy and the byte comparison. For up to 4 bytes the key is id()'s.
        let k = 0;
        for (let i = a; i < b; i++)
            k = k * 256 + bytes[i];
        return this.shortId(k * 8 + len, bytes, a, b, ascii);
    }
    /**
     * The id of the field bytes[a, b). A new value becomes a string of its own bytes (shortAscii, or
     * decoded: as latin1 when `ascii`).
     */
    id(bytes, a, b, w, ascii = false) {
        const len = b - a;
        // w: the field's last four bytes, (w << 8) | byte each (the parser builds it while scanning).
        if (len <= SHORT_BYTES)
            return this.shortId((w >>> 0) * 8 + len, bytes, a, b, ascii);
        if (len === this.lastLen && this.lastId >= 0 && this.same(bytes, a, len, this.lastOff)) {
            this.counts[this.lastId]++;
            return this.lastId;
        }
        const h = longHash(bytes, a, len);
        const slot = this.findLong(bytes, a, len, h);
        if (slot < 0) {
            this.lastId = -slot - 1;
            this.lastOff = this.foundOff;
        }
        else {
            this.lastOff = this.arenaLen; // where insertLong copies the bytes
            this.lastId = this.insertLong(slot, bytes, a, len, h, this.newValue(bytes, a, b, ascii));
        }
        this.lastLen = len;
        return this.lastId;
    }
    /** The id of the short field bytes[a, b) packed as key k (its bytes, then 3 bits of length). */
    shortId(k, bytes, a, b, ascii) {
        const sids = this.sids;
        const mask = this.smask;
        let i = shortHash(k) & mask;
        for (;;) {
            const id = sids[i];
            if (id < 0)
                break;
            if (this.skeys[i] === k) {
                this.counts[id]++;
                return id;
            }
            i = (i + 1) & mask;
        }
        return this.insertShort(i, k, this.newValue(bytes, a, b, ascii));
    }
    /** The id of a field given as text (a quoted field), whose UTF-8 bytes are scratch[0, len). */
    idOfText(value, scratch, len) {
        if (len <= SHORT_BYTES) {
            let w = 0;
            for (let i = 0; i < len; i++)
                w = (w << 8) | scratch[i];
            const k = (w >>> 0) * 8 + len;
            let i = shortHash(k) & this.smask;
            for (;;) {
                const id = this.sids[i];
                if (id < 0)
                    break;
                if (this.skeys[i] === k) {
                    this.counts[id]++;
                    return id;
                }
                i = (i + 1) & this.smask;
            }
            return this.insertShort(i, k, value);
        }
        const h = longHash(scratch, 0, len);
        const slot = this.findLong(scratch, 0, len, h);
        if (slot < 0)
            return -slot - 1;
        return this.insertLong(slot, scratch, 0, len, h, value);
    }
    /**
     * The text of a value new to the batch, or undefined when it is a number kept in the store
     * (parseNumbers); either way its store entry (the number, or NaN) is written.
     */
    newValue(bytes, a, b, ascii) {
        if (!this.parseNumbers)
            return ascii && b - a <= SHORT_TEXT_BYTES ? shortAscii(bytes, a, b - a) : csv_byte_column_decode(bytes, a, b, ascii);
        const x = b - a <= 40 ? decimalBytes(bytes, a, b) : NaN;
        const g = this.storeLen;
        const len = x === x ? b - a : 0;
        let st = this.store;
        if (g + 2 > st.offs.length || this.storeText + len > st.text.length)
            st = this.growStore(g + 1, this.storeText + len);
        if (len > 0) {
            const t = st.text;
            for (let k = a, o = this.storeText; k < b; k++, o++)
                t[o] = bytes[k];
            this.storeText += len;
            this.storeUsed = true;
        }
        st.numbers[g] = x;
        st.offs[g + 1] = this.storeText;
        this.storeLen = g + 1;
        if (len > 0)
            return undefined;
        return ascii && b - a <= SHORT_TEXT_BYTES ? shortAscii(bytes, a, b - a) : csv_byte_column_decode(bytes, a, b, ascii);
    }
    /** Replaces the store by one with room for `entries` entries and `bytes` text bytes, contents kept. */
    growStore(entries, bytes) {
        const old = this.store;
        let { numbers, offs, text, counts } = old;
        if (entries + 1 > offs.length) {
            const n = Math.max(entries, 2 * numbers.length, 1024);
            numbers = new Float64Array(n);
            numbers.set(old.numbers.subarray(0, this.storeLen));
            offs = new Int32Array(n + 1);
            offs.set(old.offs.subarray(0, this.storeLen + 1));
            counts = new Float64Array(n);
            counts.set(old.counts.subarray(0, this.storeBase));
        }
        if (bytes > text.length) {
            text = Buffer.allocUnsafeSlow(Math.max(bytes, 2 * text.length, 8192));
            text.set(old.text.subarray(0, this.storeText));
        }
        return (this.store = { numbers, offs, text, counts });
    }
    /**
     * Starts a new store for the next batch (the last one stays with the dictionaries handed out),
     * sized for what the last batch used plus an eighth.
     */
    newStore() {
        const n = this.storeLen + (this.storeLen >> 3) + 1;
        const t = this.storeText + (this.storeText >> 3);
        this.store = { numbers: new Float64Array(n), offs: new Int32Array(n + 1), text: Buffer.allocUnsafeSlow(t), counts: new Float64Array(n) };
        this.storeLen = 0;
        this.storeText = 0;
        this.storeBase = 0;
        this.storeUsed = false;
    }
    /** -(id + 1) when found (counted), else the free slot for it. */
    findLong(bytes, a, len, h) {
        const mask = this.mask;
        const ids = this.ids;
        let i = h & mask;
        for (;;) {
            const id = ids[i];
            if (id < 0)
                return i;
            if (this.hashes[i] === h && this.lens[i] === len && this.same(bytes, a, len, this.offs[i])) {
                this.counts[id]++;
                this.foundOff = this.offs[i];
                return -id - 1;
            }
            i = (i + 1) & mask;
        }
    }
    same(bytes, a, len, o) {
        const arena = this.arena;
        for (let k = 0; k < len; k++)
            if (arena[o + k] !== bytes[a + k])
                return false;
        return true;
    }
    fresh(value) {
        const id = this.values.length;
        this.values.push(value);
        if (id === this.counts.length) {
            const c = new Float64Array(id * 2);
            c.set(this.counts);
            this.counts = c;
        }
        this.counts[id] = 1;
        return id;
    }
    insertShort(slot, k, value) {
        const id = this.fresh(value);
        this.skeys[slot] = k;
        this.sids[slot] = id;
        this.sused[this.ssize++] = slot;
        if (2 * this.ssize > this.smask) {
            const n = 2 * (this.smask + 1);
            const mask = n - 1;
            const { skeys, sids, sused, ssize } = this;
            this.skeys = new Float64Array(n);
            this.sids = new Int32Array(n).fill(-1);
            this.sused = new Int32Array(n);
            this.smask = mask;
            for (let j = 0; j < ssize; j++) {
                const o = sused[j];
                let i = shortHash(skeys[o]) & mask;
                while (this.sids[i] >= 0)
                    i = (i + 1) & mask;
                this.skeys[i] = skeys[o];
                this.sids[i] = sids[o];
                this.sused[j] = i;
            }
        }
        return id;
    }
    insertLong(slot, bytes, a, len, h, value) {
        const id = this.fresh(value);
        const o = this.arenaLen;
        if (o + len > this.arena.length) {
            const grown = new Uint8Array(Math.max(2 * this.arena.length, o + len));
            grown.set(this.arena.subarray(0, o));
            this.arena = grown;
        }
        const arena = this.arena;
        for (let k = 0; k < len; k++)
            arena[o + k] = bytes[a + k];
        this.arenaLen = o + len;
        this.hashes[slot] = h;
        this.ids[slot] = id;
        this.offs[slot] = o;
        this.lens[slot] = len;
        this.used[this.size++] = slot;
        if (2 * this.size > this.mask)
            this.growLong();
        return id;
    }
    growLong() {
        const n = 2 * (this.mask + 1);
        const mask = n - 1;
        const { hashes, ids, offs, lens, used, size } = this;
        this.hashes = new Int32Array(n);
        this.ids = new Int32Array(n).fill(-1);
        this.offs = new Int32Array(n);
        this.lens = new Int32Array(n);
        this.used = new Int32Array(n);
        this.mask = mask;
        for (let k = 0; k < size; k++) {
            const o = used[k];
            let i = hashes[o] & mask;
            while (this.ids[i] >= 0)
                i = (i + 1) & mask;
            this.hashes[i] = hashes[o];
            this.ids[i] = ids[o];
            this.offs[i] = offs[o];
            this.lens[i] = lens[o];
            this.used[k] = i;
        }
    }
    /** Hands the batch's dictionary over (rows' codes are the caller's) and starts the next batch. */
    take(codes, rows) {
        const size = this.values.length;
        let counts;
        if (this.parseNumbers) {
            // Into the batch's store (a view, no allocation of its own per column and batch).
            const all = this.store.counts;
            all.set(this.counts.subarray(0, size), this.storeBase);
            counts = all.subarray(this.storeBase, this.storeBase + size);
        }
        else
            counts = this.counts.slice(0, size);
        const d = ColumnDictionary.prebuilt(this.values, counts, codes, rows);
        if (this.storeUsed)
            d.setNumbers(this.store, this.storeBase);
        this.storeBase = this.storeLen;
        this.storeUsed = false;
        for (let k = 0; k < this.ssize; k++)
            this.sids[this.sused[k]] = -1;
        this.ssize = 0;
        for (let k = 0; k < this.size; k++)
            this.ids[this.used[k]] = -1;
        this.size = 0;
        this.arenaLen = 0;
        this.lastId = -1;
        this.values = [];
        return d;
    }
}
/** A batch that arrives dictionary-encoded; `values` (each row's cell) is built on first access. */
class csv_byte_column_EncodedBatch {
    columns;
    dictionaries;
    length;
    lines;
    rowOffset;
    cells;
    constructor(columns, dictionaries, length, lines, rowOffset) {
        this.columns = columns;
        this.dictionaries = dictionaries;
        this.length = length;
        this.lines = lines;
        this.rowOffset = rowOffset;
    }
    get values() {
        return (this.cells ??= this.dictionaries.map((d, c) => {
            if (d === undefined)
                throw new Error(`csv: column ${c} was not encoded (encodeColumns)`);
            return d.cells();
        }));
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ../../../../shared/data/csv-chunks.ts
/**
 * A text file read in chunks for the CSV reader: 1 MB reads (gunzipped for .gz), checked as UTF-8
 * once per chunk (isAscii, else isUtf8: both simdutf), the first bad byte located only when that
 * fails and reported at its line and column.
 */







/** Thrown by textChunks after the valid text before a bad byte has been yielded. */
class csv_chunks_InvalidUtf8 extends Error {
    byte;
    constructor(byte) {
        super(`invalid UTF-8 byte 0x${byte.toString(16).padStart(2, '0')}`);
        this.byte = byte;
    }
}
async function* rawChunks(file, options) {
    const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    if (options.gzip && (options.start !== undefined || options.end !== undefined)) {
        throw new UsageError('a byte range of a gzip file cannot be read', { hint: 'read the whole .gz file' });
    }
    if (options.gzip) {
        const stream = createReadStream(file, { highWaterMark: Math.max(size, 64) }).pipe(createGunzip({ chunkSize: Math.max(size, 64) }));
        try {
            for await (const chunk of stream)
                yield chunk;
        }
        catch (e) {
            throw new InputError(`cannot decompress: ${e.message}`, {
                location: { file },
                hint: 'the file ends in .gz but is not a complete gzip stream; re-compress it or drop the .gz',
                cause: e,
            });
        }
        return;
    }
    const fh = await open(file, 'r');
    try {
        // One buffer, reused: every chunk is copied into a JS string before the next read.
        const buf = Buffer.allocUnsafe(size);
        let pos = options.start ?? 0;
        const end = options.end ?? Infinity;
        for (;;) {
            const want = Math.min(size, end - pos);
            if (want <= 0)
                return;
            const { bytesRead } = await fh.read(buf, 0, want, pos);
            if (bytesRead === 0)
                return;
            pos += bytesRead;
            yield buf.subarray(0, bytesRead);
        }
    }
    finally {
        await fh.close();
    }
}
/** Length of the UTF-8 sequence a lead byte starts (0: not a valid lead byte). */
function sequenceLength(b) {
    if (b < 0x80)
        return 1;
    if (b >= 0xc2 && b <= 0xdf)
        return 2;
    if (b >= 0xe0 && b <= 0xef)
        return 3;
    if (b >= 0xf0 && b <= 0xf4)
        return 4;
    return 0;
}
/** Index of the first byte that does not start a valid sequence (slow; only after isUtf8 failed). */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const len = sequenceLength(bytes[i]);
        if (len === 0 || i + len > bytes.length || !isUtf8(bytes.subarray(i, i + len)))
            return i;
        i += len;
    }
    return bytes.length;
}
/**
 * The file as a stream of JS strings, one per read, each cut at a character boundary, validated as
 * UTF-8 (BOM stripped). On a bad byte it yields the valid text before it, then throws InvalidUtf8,
 * so the caller can say where the bad byte is in its own terms (line and column).
 */
async function* csv_chunks_textChunks(file, options = {}) {
    let carry = null;
    // Only the file's first bytes can be a byte order mark.
    let first = (options.start ?? 0) === 0;
    for await (const raw of rawChunks(file, options)) {
        let bytes = carry ? Buffer.concat([carry, raw]) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
        carry = null;
        // Keep an incomplete multi-byte character for the next chunk.
        const cut = characterCut(bytes);
        if (cut < bytes.length) {
            carry = Buffer.from(bytes.subarray(cut)); // copy: `raw` is reused for the next read
            bytes = bytes.subarray(0, cut);
        }
        let text;
        if (isAscii(bytes))
            text = bytes.toString('latin1');
        else if (isUtf8(bytes))
            text = bytes.toString('utf8');
        else {
            const bad = firstInvalidUtf8(bytes);
            let prefix = bytes.toString('utf8', 0, bad);
            if (first && prefix.charCodeAt(0) === 0xfeff)
                prefix = prefix.slice(1);
            if (prefix.length > 0)
                yield prefix;
            throw new csv_chunks_InvalidUtf8(bytes[bad]);
        }
        // (Only once there is text: with reads of 1-2 bytes the BOM's first chunks are empty.)
        if (first && text.length > 0) {
            first = false;
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
        }
        if (text.length > 0)
            yield text;
    }
    if (carry)
        throw new csv_chunks_InvalidUtf8(carry[0]); // the file ends inside a character
}
/** Where to cut `bytes` so that an incomplete multi-byte character at its end is left over. */
function characterCut(bytes) {
    let cut = bytes.length;
    for (let k = 1; k <= 3 && k <= bytes.length; k++) {
        const b = bytes[bytes.length - k];
        if ((b & 0xc0) === 0x80)
            continue;
        if (b >= 0xc0 && sequenceLength(b) > k)
            cut = bytes.length - k;
        break;
    }
    return cut;
}
/**
 * The byte-path twin of textChunks: the file as validated UTF-8 byte chunks, each cut at a
 * character boundary (`ascii`: every byte < 0x80). Chunks may be views of a reused buffer: valid
 * until the next one is requested. On a bad byte it yields the valid bytes before it, then throws
 * InvalidUtf8. The BOM is left to the parser.
 */
async function* csv_chunks_byteChunks(file, options) {
    let carry = null;
    for await (const raw of rawChunks(file, options)) {
        let bytes = carry ? Buffer.concat([carry, raw]) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
        carry = null;
        const cut = characterCut(bytes);
        if (cut < bytes.length) {
            carry = Buffer.from(bytes.subarray(cut));
            bytes = bytes.subarray(0, cut);
        }
        const ascii = isAscii(bytes);
        if (!ascii && !isUtf8(bytes)) {
            const bad = firstInvalidUtf8(bytes);
            if (bad > 0)
                yield { bytes: bytes.subarray(0, bad), ascii: false };
            throw new csv_chunks_InvalidUtf8(bytes[bad]);
        }
        if (bytes.length > 0)
            yield { bytes, ascii };
    }
    if (carry)
        throw new csv_chunks_InvalidUtf8(carry[0]);
}
/** Where the end of `text` is, given that `text` starts at the beginning of line `line`. */
function csv_chunks_endOfText(text, line) {
    let lineStart = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: text.length - lineStart + 1 };
}
function csv_chunks_invalidUtf8Error(file, e, where) {
    return new InputError(`${e.message}: the file is not valid UTF-8`, {
        location: { file, line: where.line, column: where.column },
        hint: 'save the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)',
    });
}

;// CONCATENATED MODULE: ../../../../shared/data/csv-text-parser.ts
/**
 * The string parser: RFC 4180 records from decoded text, with lenient quotes (like pandas and
 * Python's csv module) and physical line numbers. The reference the byte parser is checked against,
 * and what the byte parser hands the rare cases to (the header, quoted records, error text).
 */




/** The incremental parser: feed it text, collect full batches from `ready`. */
class csv_text_parser_CsvParser {
    file;
    askedRows;
    batches;
    header = null;
    ready = [];
    buf = '';
    pos = 0;
    /** Physical line of `pos` (always the start of a record or a blank line). */
    line = 1;
    rows = 0;
    rowOffset = 0;
    values = [];
    lines;
    delim;
    delimCode;
    // Scratch for the slow (quoted) path.
    fields = [];
    fieldCols = [];
    slowLine = 0;
    /**
     * Characters held when the last feed could not complete a record (0: it could). Parsing again
     * waits until that has doubled, so a record (or header) spanning many reads is parsed O(1) times
     * per doubling, not once per read: linear, where re-parsing on every read was quadratic
     * (a 32 MB header line took 37 s).
     */
    stuckAt = 0;
    batchRows;
    constructor(file, askedRows, delimiter, header, 
    /** false: the byte parser's helper, which parses headers and single records, never batches. */
    batches = true) {
        this.file = file;
        this.askedRows = askedRows;
        this.batches = batches;
        this.delim = delimiter;
        this.delimCode = delimiter.charCodeAt(0);
        this.batchRows = askedRows;
        this.lines = new Int32Array(batches ? askedRows : 0);
        if (header) {
            this.header = [...header];
            this.newArrays();
        }
    }
    /** The line the text after everything fed so far starts on (after the final feed). */
    nextLine() {
        return this.line;
    }
    /** Where the end of everything fed so far is (for errors found outside the parser). */
    endPosition() {
        return endOfText(this.buf.slice(this.pos), this.line);
    }
    feed(text, final) {
        const held = this.buf.length - this.pos;
        if (!final && this.stuckAt >= REPARSE_EVERY_READ_BELOW && held + text.length < 2 * this.stuckAt) {
            // A cons string: no copy until the next parse flattens it once.
            this.buf = this.buf.slice(this.pos) + text;
            this.pos = 0;
            this.checkHeaderSize(final);
            return;
        }
        this.parseFed(text, final);
        const left = this.buf.length - this.pos;
        this.stuckAt = left > 0 && left === held + text.length ? left : 0;
        this.checkHeaderSize(final);
    }
    /** The header row must end within MAX_HEADER_BYTES (counted in characters here, bytes on the byte path). */
    checkHeaderSize(final, held = this.buf.length - this.pos) {
        if (this.header !== null || final || held <= MAX_HEADER_BYTES)
            return;
        throw new InputError(`the header row is longer than ${MAX_HEADER_BYTES / (1024 * 1024)} MiB`, {
            location: { file: this.file, line: this.line, column: 1 },
            hint: 'the first line of a CSV file names its columns; check that this is a CSV file with line breaks (LF or CRLF) between rows',
        });
    }
    parseFed(text, final) {
        if (this.pos < this.buf.length && this.header !== null) {
            // Finish the record cut by the read boundary on a small string, so the big chunk is not
            // copied into a concatenation (that cost ~10% of the parse).
            const leftover = this.buf.slice(this.pos);
            let cut = text.indexOf('\n');
            const cr = text.indexOf('\r');
            if (cr !== -1 && (cut === -1 || cr < cut) && cr + 1 < text.length)
                cut = text.charCodeAt(cr + 1) === LF ? cr + 1 : cr;
            if (cut !== -1) {
                this.buf = leftover + text.slice(0, cut + 1);
                this.pos = 0;
                this.parseRows(false);
                if (this.pos === this.buf.length) {
                    this.buf = text.slice(cut + 1);
                    this.pos = 0;
                    this.parseRows(final);
                    this.finish(final);
                    return;
                }
                // The record goes on (a quoted line break): fall back to one string.
                this.buf = this.buf.slice(this.pos) + text.slice(cut + 1);
                this.pos = 0;
                this.parseRows(final);
                this.finish(final);
                return;
            }
        }
        this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
        this.pos = 0;
        if (this.header === null) {
            if (!this.parseHeader(final))
                return;
        }
        this.parseRows(final);
        this.finish(final);
    }
    finish(final) {
        if (final && this.rows > 0)
            this.flush();
    }
    parseHeader(final) {
        const s = this.buf;
        for (;;) {
            // Skip blank lines before the header.
            const c = s.charCodeAt(this.pos);
            if (c === LF) {
                this.pos++;
                this.line++;
                continue;
            }
            if (c === CR) {
                if (this.pos + 1 >= s.length && !final)
                    return false;
                this.pos += s.charCodeAt(this.pos + 1) === LF ? 2 : 1;
                this.line++;
                continue;
            }
            break;
        }
        if (this.pos >= s.length) {
            if (final) {
                throw new InputError('file is empty', {
                    location: { file: this.file, line: this.line, column: 1 },
                    hint: 'a CSV file needs a header row naming its columns',
                });
            }
            return false;
        }
        const next = this.slowRecord(s, this.pos, this.line, final);
        if (next === NEED_MORE)
            return false;
        const names = this.fields.slice();
        if (names.length > MAX_COLUMNS) {
            throw new InputError(`the header row names ${names.length} columns, more than the ${MAX_COLUMNS} we read`, {
                location: { file: this.file, line: this.line, column: 1 },
                hint: `split the table into files of at most ${MAX_COLUMNS} columns, or store it transposed; check the delimiter if the file should have fewer`,
            });
        }
        const seen = new Map();
        for (let i = 0; i < names.length; i++) {
            const name = names[i];
            const loc = { file: this.file, line: this.line, column: this.fieldCols[i] };
            if (name.trim() === '') {
                throw new InputError(`header column ${i + 1} has an empty name`, {
                    location: loc,
                    hint: 'give every column a name in the first row',
                });
            }
            const prev = seen.get(name);
            if (prev !== undefined) {
                throw new InputError(`duplicate column name "${name}" (columns ${prev + 1} and ${i + 1})`, {
                    location: loc,
                    hint: 'column names in the header row must be unique',
                });
            }
            seen.set(name, i);
        }
        this.header = names;
        this.line = this.slowLine;
        this.pos = next;
        this.newArrays();
        return true;
    }
    newArrays() {
        if (!this.batches)
            return;
        const n = this.header.length;
        this.batchRows = rowsPerBatch(this.askedRows, n);
        this.values = new Array(n);
        for (let c = 0; c < n; c++)
            this.values[c] = new Array(this.batchRows);
        this.lines = new Int32Array(this.batchRows);
    }
    flush() {
        const n = this.rows;
        const values = this.values;
        let lines = this.lines;
        if (n < this.batchRows) {
            for (const col of values)
                col.length = n;
            lines = lines.subarray(0, n);
        }
        this.ready.push({ columns: this.header, values: values, length: n, lines, rowOffset: this.rowOffset });
        this.rowOffset += n;
        this.rows = 0;
        this.newArrays();
    }
    parseRows(final) {
        const s = this.buf;
        const n = s.length;
        const delim = this.delim;
        const ncols = this.header.length;
        const last = ncols - 1;
        let pos = this.pos;
        let line = this.line;
        let r = this.rows;
        let values = this.values;
        let lines = this.lines;
        let nextQuote = -1;
        let nextCR = -1;
        while (pos < n) {
            if (nextQuote !== FAR && nextQuote < pos) {
                nextQuote = s.indexOf('"', pos);
                if (nextQuote === -1)
                    nextQuote = FAR;
            }
            if (nextCR !== FAR && nextCR < pos) {
                nextCR = s.indexOf('\r', pos);
                if (nextCR === -1)
                    nextCR = FAR;
            }
            let end = s.indexOf('\n', pos);
            let next;
            if (end === -1)
                end = n;
            if (nextCR < end) {
                end = nextCR;
                if (end + 1 < n)
                    next = s.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
                else if (final)
                    next = n;
                else
                    break;
            }
            else if (end === n) {
                if (!final)
                    break;
                next = n;
            }
            else
                next = end + 1;
            if (nextQuote < end) {
                // Slow path: the record has a quote, and may run over several lines.
                const after = this.slowRecord(s, pos, line, final);
                if (after === NEED_MORE)
                    break;
                if (this.fields.length !== ncols)
                    this.raggedError(line, this.fields.length, ncols);
                const f = this.fields;
                for (let c = 0; c < ncols; c++)
                    values[c][r] = f[c];
                lines[r++] = line;
                line = this.slowLine;
                pos = after;
            }
            else if (end === pos) {
                // blank line
                line++;
                pos = next;
                continue;
            }
            else {
                let p = pos;
                for (let c = 0; c < last; c++) {
                    const d = s.indexOf(delim, p);
                    if (d === -1 || d >= end) {
                        this.slowRecord(s, pos, line, true);
                        this.raggedError(line, this.fields.length, ncols);
                    }
                    values[c][r] = s.slice(p, d);
                    p = d + 1;
                }
                const d = s.indexOf(delim, p);
                if (d !== -1 && d < end) {
                    this.slowRecord(s, pos, line, true);
                    this.raggedError(line, this.fields.length, ncols);
                }
                values[last][r] = s.slice(p, end);
                lines[r++] = line;
                line++;
                pos = next;
            }
            if (r === this.batchRows) {
                this.rows = r;
                this.flush();
                r = 0;
                values = this.values;
                lines = this.lines;
            }
        }
        this.pos = pos;
        this.line = line;
        this.rows = r;
    }
    raggedError(line, found, expected) {
        const col = found > expected ? this.fieldCols[expected] : this.fieldCols[found - 1] + this.fields[found - 1].length;
        throw new InputError(`expected ${expected} fields, found ${found}`, {
            location: { file: this.file, line, column: col },
            hint: `every row needs as many fields as the header has columns (${expected}); quote fields that contain "${this.delim === '\t' ? '\\t' : this.delim}"`,
        });
    }
    /**
     * Parses one record starting at `start` (a line start) into `fields`/`fieldCols`, setting
     * `slowLine` to the line after it. Returns the position after the record's line break, or
     * NEED_MORE if the text ends before the record does and more may come.
     */
    slowRecord(s, start, startLine, final) {
        const n = s.length;
        const fields = this.fields;
        const cols = this.fieldCols;
        const delimCode = this.delimCode;
        fields.length = 0;
        cols.length = 0;
        let line = startLine;
        let lineStart = start;
        let p = start;
        for (;;) {
            cols.push(p - lineStart + 1);
            let value = '';
            if (p < n && s.charCodeAt(p) === QUOTE) {
                const openLine = line;
                const openCol = p - lineStart + 1;
                let q = p + 1;
                for (;;) {
                    const e = s.indexOf('"', q);
                    if (e === -1) {
                        if (!final)
                            return NEED_MORE;
                        throw new InputError('unterminated quoted field', {
                            location: { file: this.file, line: openLine, column: openCol },
                            hint: 'the quote opened here never closes; close it, or double a quote inside a field ("")',
                        });
                    }
                    for (let i = q; i < e; i++) {
                        const c = s.charCodeAt(i);
                        if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) {
                            line++;
                            lineStart = i + 1;
                        }
                    }
                    value += s.slice(q, e);
                    if (e + 1 >= n && !final)
                        return NEED_MORE;
                    if (s.charCodeAt(e + 1) === QUOTE) {
                        value += '"';
                        q = e + 2;
                        continue;
                    }
                    p = e + 1;
                    break;
                }
            }
            // Unquoted field, or lenient text after a closing quote: up to the delimiter or line end.
            let e = p;
            while (e < n) {
                const c = s.charCodeAt(e);
                if (c === delimCode || c === LF || c === CR)
                    break;
                e++;
            }
            if (e > p)
                value += s.slice(p, e);
            fields.push(value);
            if (e >= n) {
                if (!final)
                    return NEED_MORE;
                this.slowLine = line + 1;
                return n;
            }
            const c = s.charCodeAt(e);
            if (c === delimCode) {
                p = e + 1;
                continue;
            }
            this.slowLine = line + 1;
            if (c === LF)
                return e + 1;
            if (e + 1 >= n)
                return final ? n : NEED_MORE;
            return s.charCodeAt(e + 1) === LF ? e + 2 : e + 1;
        }
    }
}

;// CONCATENATED MODULE: ../../../../shared/data/csv-byte-parser.ts






/**
 * The byte parser: the same records, lines and errors as CsvParser, without a string per cell.
 * A record (line) with no '"' is split at the delimiter byte and each field hashed and looked up
 * in its column's ByteColumn, in one pass over its bytes. Everything rarer goes through a
 * CsvParser on decoded text: the header, records with a quote (decoded from the record's start,
 * in windows that double until the record ends), and the text of error messages.
 */
class csv_byte_parser_CsvByteParser {
    askedRows;
    bom;
    columnMajorFrom;
    encodeColumns;
    header = null;
    ready = [];
    strings;
    delimByte;
    /** Unparsed bytes (a record cut by the read boundary) are work[0, left). */
    work = Buffer.allocUnsafe(1 << 16);
    left = 0;
    leftAscii = true;
    line = 1;
    rows = 0;
    rowOffset = 0;
    columns = [];
    codes = new Int32Array(0);
    lines = new Int32Array(0);
    scratch = Buffer.allocUnsafe(256);
    /** Bytes held when the last feed completed no record (0: it did); see CsvParser.stuckAt. */
    stuckAt = 0;
    /**
     * The column-major path (COLUMN_MAJOR_MIN_COLUMNS): the batch's records are copied into `arena`
     * and each field's start noted (starts[c * B + r]; a field ends one byte before the next one
     * starts, the last at rowEnds[r]); flush() then encodes the batch column by column with the one
     * table in `shared`. Null on the row-by-row path.
     */
    arena = null;
    arenaLen = 0;
    arenaAscii = true;
    starts = new Int32Array(0);
    rowEnds = new Int32Array(0);
    shared = null;
    batchRows;
    constructor(file, askedRows, delimiter, header, 
    /** Whether the bytes start at the file's start (where a BOM may be). */
    bom, columnMajorFrom = COLUMN_MAJOR_MIN_COLUMNS, encodeColumns) {
        this.askedRows = askedRows;
        this.bom = bom;
        this.columnMajorFrom = columnMajorFrom;
        this.encodeColumns = encodeColumns;
        this.batchRows = askedRows;
        this.strings = new CsvParser(file, askedRows, delimiter, header, false);
        this.delimByte = delimiter.charCodeAt(0);
        if (header) {
            this.header = [...header];
            this.newBatch();
        }
    }
    nextLine() {
        return this.line;
    }
    endPosition() {
        return endOfText(decode(this.work, 0, this.left, this.leftAscii), this.line);
    }
    feed(chunk, ascii, final) {
        let bytes = chunk;
        let n = chunk.length;
        if (this.left > 0) {
            n = this.left + chunk.length;
            if (this.work.length < n) {
                const grown = Buffer.allocUnsafe(Math.max(n, 2 * this.work.length));
                this.work.copy(grown, 0, 0, this.left);
                this.work = grown;
            }
            chunk.copy(this.work, this.left);
            bytes = this.work;
            ascii = ascii && this.leftAscii;
        }
        if (!final && this.stuckAt >= REPARSE_EVERY_READ_BELOW && n < 2 * this.stuckAt) {
            // Still inside the record (or header) the last feed could not finish: parse it again only
            // once the bytes held have doubled, so a record spanning many reads stays linear.
            this.left = n;
            this.leftAscii = ascii;
            this.strings.checkHeaderSize(false, n);
            return;
        }
        let pos = 0;
        if (this.bom) {
            if (n < 3 && !final)
                return this.keep(bytes, 0, n, ascii);
            this.bom = false;
            if (n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
                pos = 3;
        }
        if (this.header === null) {
            pos = this.parseHeader(bytes, pos, n, ascii, final);
            if (this.header === null) {
                this.stuckAt = pos === 0 ? n : 0;
                this.strings.checkHeaderSize(final, n - pos);
                return this.keep(bytes, pos, n, ascii);
            }
        }
        const from = pos;
        pos = this.parseRows(bytes, pos, n, ascii, final);
        this.stuckAt = pos === 0 && from === 0 && n > 0 ? n : 0;
        this.keep(bytes, pos, n, ascii);
        if (final && this.rows > 0)
            this.flush();
    }
    /** Keeps bytes[pos, n) for the next feed. */
    keep(bytes, pos, n, ascii) {
        const len = n - pos;
        if (len > 0) {
            if (bytes === this.work) {
                if (pos > 0)
                    bytes.copyWithin(0, pos, n);
            }
            else {
                if (this.work.length < len)
                    this.work = Buffer.allocUnsafe(Math.max(len, 2 * this.work.length));
                bytes.copy(this.work, 0, pos, n);
            }
        }
        this.left = len;
        this.leftAscii = ascii;
    }
    parseHeader(bytes, pos, n, ascii, final) {
        const st = this.strings;
        const s = decode(bytes, pos, n, ascii);
        st.buf = s;
        st.pos = 0;
        st.line = this.line;
        const ok = st.parseHeader(final);
        const consumed = ascii ? st.pos : Buffer.byteLength(s.slice(0, st.pos));
        this.line = st.line;
        st.buf = '';
        if (ok) {
            this.header = st.header.slice();
            this.newBatch();
        }
        return pos + consumed;
    }
    newBatch() {
        const ncols = this.header.length;
        this.batchRows = rowsPerBatch(this.askedRows, ncols);
        if (ncols >= this.columnMajorFrom) {
            if (this.arena === null) {
                this.arena = Buffer.allocUnsafe(1 << 16);
                this.starts = new Int32Array(ncols * this.batchRows);
                this.rowEnds = new Int32Array(this.batchRows);
                this.shared = new ByteColumn();
                this.shared.parseNumbers = true;
            }
            this.arenaLen = 0;
            this.arenaAscii = true;
            // encodeArena allocates the codes of the columns it encodes, once it knows the batch's rows.
        }
        else {
            while (this.columns.length < ncols)
                this.columns.push(new ByteColumn());
            this.codes = new Int32Array(ncols * this.batchRows);
        }
        this.lines = new Int32Array(this.batchRows);
    }
    /** Room for `len` more bytes in the arena. */
    arenaRoom(len) {
        const need = this.arenaLen + len;
        if (this.arena.length < need) {
            const grown = Buffer.allocUnsafe(Math.max(need, 2 * this.arena.length));
            this.arena.copy(grown, 0, 0, this.arenaLen);
            this.arena = grown;
        }
        return this.arena;
    }
    /**
     * Column-major path: copies record b[pos, end) (no quote in it) into the arena as row r and notes
     * where its fields start. Returns false when its field count is wrong.
     */
    recordToArena(b, pos, end, r, ascii) {
        const delim = this.delimByte;
        const ncols = this.header.length;
        const B = this.batchRows;
        const starts = this.starts;
        const o = this.arenaLen - pos;
        let p = pos;
        for (let c = 0; c < ncols; c++) {
            starts[c * B + r] = p + o;
            let q = p;
            while (q < end && b[q] !== delim)
                q++;
            if (q < end !== c < ncols - 1)
                return false;
            p = q + 1;
        }
        const arena = this.arenaRoom(end - pos);
        b.copy(arena, this.arenaLen, pos, end);
        this.arenaLen += end - pos;
        this.rowEnds[r] = this.arenaLen;
        if (!ascii)
            this.arenaAscii = false;
        return true;
    }
    /** Column-major path: a quoted record's fields (already unquoted) into the arena as row r. */
    fieldsToArena(fields, r) {
        const B = this.batchRows;
        for (let c = 0; c < fields.length; c++) {
            const f = fields[c];
            // One byte more than the field: the gap where a delimiter would be (a field ends one byte
            // before the next one starts).
            const arena = this.arenaRoom(3 * f.length + 1);
            this.starts[c * B + r] = this.arenaLen;
            const len = arena.write(f, this.arenaLen);
            if (len !== f.length)
                this.arenaAscii = false;
            this.arenaLen += len + 1;
        }
        this.rowEnds[r] = this.arenaLen - 1;
    }
    /** Column-major path: encodes the batch's n rows column by column. */
    encodeArena(n, dicts) {
        const arena = this.arena;
        const B = this.batchRows;
        const ncols = this.header.length;
        const starts = this.starts;
        const rowEnds = this.rowEnds;
        const col = this.shared;
        const ascii = this.arenaAscii;
        const from = Math.max(0, this.encodeColumns?.start ?? 0);
        const to = Math.min(ncols, this.encodeColumns?.end ?? ncols);
        // Codes for the encoded columns' n rows only: a worker of a column split encodes half of a wide
        // table's columns, and a batch's codes were ncols x B (4 MB at 10,000 columns), every batch.
        const codes = new Int32Array(Math.max(0, to - from) * n);
        for (let c = from; c < to; c++) {
            const base = c * B;
            const next = base + B;
            const last = c === ncols - 1;
            const out = (c - from) * n;
            for (let r = 0; r < n; r++) {
                const a = starts[base + r];
                const e = last ? rowEnds[r] : starts[next + r] - 1;
                codes[out + r] = col.idInBatch(arena, a, e, ascii);
            }
            dicts[c] = col.take(codes.subarray(out, out + n), n);
        }
        col.newStore();
    }
    flush() {
        const n = this.rows;
        const B = this.batchRows;
        const ncols = this.header.length;
        const dicts = new Array(ncols);
        if (this.arena !== null)
            this.encodeArena(n, dicts);
        else
            for (let c = 0; c < ncols; c++)
                dicts[c] = this.columns[c].take(this.codes.subarray(c * B, c * B + n), n);
        const lines = n < B ? this.lines.subarray(0, n) : this.lines;
        this.ready.push(new EncodedBatch(this.header, dicts, n, lines, this.rowOffset));
        this.rowOffset += n;
        this.rows = 0;
        this.newBatch();
    }
    /** Parses the records in bytes[pos, n); returns where the unparsed rest starts. */
    parseRows(b, pos, n, ascii, final) {
        const delim = this.delimByte;
        const ncols = this.header.length;
        const last = ncols - 1;
        const B = this.batchRows;
        const columns = this.columns;
        // A value new to its batch column is made from its own bytes (ByteColumn.id), not
        // sliced from the whole read decoded at once: on flights-3m.csv (~1 in 3 fields new to the
        // batch) decoding each 1 MB read cost more than the values' own decodes, and as V8 keeps a
        // slice of 13 or more characters as a view of its parent, every timestamp the sketches kept
        // held a whole read's text: a worker's shard took ~20% less CPU without it (and fewer old-space
        // collections).
        let line = this.line;
        let r = this.rows;
        let codes = this.codes;
        let lines = this.lines;
        let nextQuote = -1;
        let nextCR = -1;
        // Records that start before `lastEnd` end at a '\n' in this range: with no quote and no CR
        // after them either, each is split in one pass that stops at the delimiter or the '\n' (the
        // row-by-row path's usual case), not found with indexOf first (a call into the runtime a row).
        const lastEnd = this.arena === null ? b.lastIndexOf(LF, n - 1) + 1 : 0;
        while (pos < n) {
            if (pos < lastEnd && nextQuote === FAR && nextCR === FAR) {
                if (b[pos] === LF) {
                    // blank line
                    line++;
                    pos++;
                    continue;
                }
                let p = pos;
                for (let c = 0; c < ncols; c++) {
                    let q = p;
                    let w = 0;
                    let x = b[q];
                    while (x !== delim && x !== LF) {
                        w = (w << 8) | x;
                        x = b[++q];
                    }
                    if ((x === LF) !== (c === last))
                        this.raggedRecord(b, pos, x === LF ? q : b.indexOf(LF, q), ascii, line);
                    codes[c * B + r] = columns[c].id(b, p, q, w, ascii);
                    p = q + 1;
                }
                lines[r++] = line;
                line++;
                pos = p;
                if (r === B) {
                    this.rows = r;
                    this.flush();
                    r = 0;
                    codes = this.codes;
                    lines = this.lines;
                }
                continue;
            }
            if (nextQuote !== FAR && nextQuote < pos) {
                nextQuote = b.indexOf(QUOTE, pos);
                if (nextQuote === -1 || nextQuote >= n)
                    nextQuote = FAR;
            }
            if (nextCR !== FAR && nextCR < pos) {
                nextCR = b.indexOf(CR, pos);
                if (nextCR === -1 || nextCR >= n)
                    nextCR = FAR;
            }
            let end = b.indexOf(LF, pos);
            if (end === -1 || end > n)
                end = n;
            let next;
            if (nextCR < end) {
                end = nextCR;
                if (end + 1 < n)
                    next = b[end + 1] === LF ? end + 2 : end + 1;
                else if (final)
                    next = n;
                else
                    break;
            }
            else if (end === n) {
                if (!final)
                    break;
                next = n;
            }
            else
                next = end + 1;
            if (nextQuote < end) {
                const after = this.quotedRecord(b, pos, n, ascii, final, line, codes, r);
                if (after === NEED_MORE)
                    break;
                lines[r++] = line;
                line = this.strings.slowLine;
                pos = after;
            }
            else if (end === pos) {
                // blank line
                line++;
                pos = next;
                continue;
            }
            else if (this.arena !== null) {
                if (!this.recordToArena(b, pos, end, r, ascii))
                    this.raggedRecord(b, pos, end, ascii, line);
                lines[r++] = line;
                line++;
                pos = next;
            }
            else {
                let p = pos;
                for (let c = 0; c < ncols; c++) {
                    let q = p;
                    let w = 0;
                    while (q < end) {
                        const x = b[q];
                        if (x === delim)
                            break;
                        w = (w << 8) | x;
                        q++;
                    }
                    if (q < end !== c < last)
                        this.raggedRecord(b, pos, end, ascii, line);
                    codes[c * B + r] = columns[c].id(b, p, q, w, ascii);
                    p = q + 1;
                }
                lines[r++] = line;
                line++;
                pos = next;
            }
            if (r === B || (this.arena !== null && this.arenaLen >= COLUMN_MAJOR_MAX_BATCH_BYTES)) {
                this.rows = r;
                this.flush();
                r = 0;
                codes = this.codes;
                lines = this.lines;
            }
        }
        this.line = line;
        this.rows = r;
        return pos;
    }
    /** A record whose field count is wrong (no quotes in it): the string parser's error. */
    raggedRecord(b, pos, end, ascii, line) {
        const st = this.strings;
        st.slowRecord(decode(b, pos, end, ascii), 0, line, true);
        return st.raggedError(line, st.fields.length, this.header.length);
    }
    /**
     * A record with a quote, parsed by the string parser from its start; its fields go into the
     * dictionaries as text. Returns the byte after it, or NEED_MORE.
     */
    quotedRecord(b, pos, n, ascii, final, line, codes, r) {
        const st = this.strings;
        const ncols = this.header.length;
        let size = 0;
        let winEnd = pos;
        for (;;) {
            // Windows end after a '\n' (never inside a character) or at n, and double in size.
            size = Math.max(2 * size, 256);
            if (pos + size >= n)
                winEnd = n;
            else {
                const lf = b.indexOf(LF, Math.max(pos + size, winEnd));
                winEnd = lf === -1 || lf >= n ? n : lf + 1;
            }
            const s = decode(b, pos, winEnd, ascii);
            const after = st.slowRecord(s, 0, line, final && winEnd === n);
            if (after === NEED_MORE) {
                if (winEnd === n)
                    return NEED_MORE;
                continue;
            }
            const fields = st.fields;
            if (fields.length !== ncols)
                st.raggedError(line, fields.length, ncols);
            if (this.arena !== null) {
                this.fieldsToArena(fields, r);
                return pos + (ascii ? after : Buffer.byteLength(s.slice(0, after)));
            }
            const B = this.batchRows;
            for (let c = 0; c < ncols; c++) {
                const f = fields[c];
                if (this.scratch.length < 3 * f.length)
                    this.scratch = Buffer.allocUnsafe(Math.max(3 * f.length, 2 * this.scratch.length));
                const len = this.scratch.write(f, 0);
                codes[c * B + r] = this.columns[c].idOfText(f, this.scratch, len);
            }
            return pos + (ascii ? after : Buffer.byteLength(s.slice(0, after)));
        }
    }
}

;// CONCATENATED MODULE: ../../../../shared/data/csv.ts
/**
 * RFC 4180 CSV reader, streamed in columnar batches with bounded memory.
 *
 * Hand-rolled because the libraries are the bottleneck. All rows of bench/out/flights-3m.csv (106 MB,
 * 3M rows, 5 columns), Node 20, 2-core machine shared with other jobs (so: ranges over runs):
 *   csv-parse 7 (stream, 1 MB chunks)      17-19 MB/s
 *   papaparse 5 (stream, 1 MB chunks)      36-47 MB/s
 *   this reader                           115-190 MB/s wall (0.55 s CPU at best = 192 MB/s)
 * and a 1.16 GB CSV (33M rows) streams at ~4M rows/s with peak RSS ~190 MB (of which ~80 MB is
 * node + tsx before reading). What makes it fast: 1 MB reads decoded once per chunk (isAscii ->
 * latin1, else isUtf8 -> utf8: both simdutf, >1 GB/s, and fatal on bad bytes), records found with
 * indexOf('\n'), a record with no '"' split with indexOf(delimiter) and one slice per cell, the next
 * '"' and '\r' positions cached (one search per chunk when a file has none), the record cut by a
 * read boundary finished on a small string instead of concatenating chunks, and small batches
 * (DEFAULT_BATCH_ROWS) so cell strings die young.
 *
 * Semantics:
 * - Header row names the columns; empty or duplicate names are an InputError.
 * - Line endings LF, CRLF or CR (also mixed); a UTF-8 BOM is stripped; the last newline is optional.
 * - Quoted fields may hold delimiters, `""` (a quote) and line breaks; `lines[r]` is the physical line
 *   a record starts on, counting the line breaks inside quoted fields.
 * - Lenient quotes, like pandas and Python's csv module: a `"` inside an unquoted field is an ordinary
 *   character, and characters after a closing quote (before the delimiter) are appended to the field
 *   (`"ab"c` reads `abc`). Only a quoted field that never closes is an error.
 * - Blank lines are skipped (as pandas' skip_blank_lines) but still counted for line numbers.
 * - Cells are strings; an empty field is "" (values.ts decides what counts as missing).
 *
 * Byte path (the default; `bytePath: false` is the string parser above, kept as the reference):
 * records are parsed from the UTF-8 bytes straight into each batch column's dictionary
 * (batch-dictionary.ts), so no string is made per cell. Per read: isAscii / isUtf8 (simdutf) on the
 * chunk, the first bad byte located only when that fails. Per record: '\n', '\r' and '"' found with
 * Buffer.indexOf (the last two cached); a record without '"' is split at the delimiter byte, and each
 * field looked up in its column's ByteColumn (short fields packed into a number, longer ones hashed
 * and compared against an arena copy); only a value new to the batch becomes a string (a slice of
 * the chunk decoded once when it is ASCII, else utf8Slice). Records with a quote, the header, and the
 * text of errors go through the string parser on decoded text, so quoting, line numbers and
 * messages are the reference's by construction (test/data/csv-bytepath.test.ts compares the two on
 * fixed inputs and a seeded fuzz). Batches carry `dictionaries`; the profiler and the validator use
 * them, and `values` is materialised (values[codes[r]]) only when a consumer reads cells: failing
 * rows' samples, compound unique keys, other callers of the reader.
 * Measured 3x each, flights-3m-iso.csv (121 MB) and the bench's other rows, 2-core machine with
 * another job running (load 1.5-4 for the bench rows, so ranges; CPU s the steadier figure):
 *                                   before (string parser)         after (byte path)
 *   reader + dictionaries, 40 MB slice, CPU (min of 6)     0.38 s                  0.26-0.28 s
 *   `mlops validate` CSV, interleaved A/B at load < 1 (wall / CPU / max RSS per /usr/bin/time)
 *                                     2.80-2.95 s / 4.6-5.3 s / 195-201 MB   2.34-2.59 s / 4.2-4.6 s / 189-198 MB
 *   bench/validate-data.ts (wall / MB/s or rows/s / peak RSS / CPU)
 *     CSV 121 MB                      2.65-3.65 s / 33-46 / 166-171 / 2.8-3.6   2.29-3.30 s / 37-53 / 158-160 / 2.6-3.8
 *     Parquet (unchanged path)        1.87-2.67 s / 1.1-1.6M / 189-204 / 2.4-3.0  2.06-2.23 s / 1.3-1.5M / 201-203 / 2.7-2.9
 *     CSV x10 1.2 GB                  23.2-29.6 s / 41-52 / 183-188 / 24-30     19.1-27.3 s / 44-63 / 172-174 / 20-28
 * Profiles and reports are byte-identical to the string parser's (flights CSV, seattle-weather.csv,
 * a 41 MB flights file with quotes, "" and CRLF; sharded and sequential). What is left in a shard
 * worker: ~40% the byte path itself (ByteColumn.id: hash probe and byte compare, ~50 ns a field),
 * the rest profile sketches (frequent items, KLL) and validation; GC ~9%.
 *
 * Files: csv-options.ts (options, batch sizes, limits), csv-chunks.ts (chunked reads, UTF-8 checks),
 * csv-text-parser.ts (the string parser, the reference), csv-byte-column.ts and csv-byte-parser.ts
 * (the byte path); this file picks the parser and is the TableReader.
 */





/** Whether a CSV with this delimiter (default ",") is read on the byte path: an ASCII delimiter. */
function csvUsesBytePath(delimiter = ',') {
    return delimiter.charCodeAt(0) < 0x80;
}
function checkDelimiter(delimiter) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
        throw new UsageError(`invalid CSV delimiter ${JSON.stringify(delimiter)}`, {
            hint: 'use a single character other than a quote or a line break, e.g. "," or "\\t"',
        });
    }
    return delimiter;
}
/** A streaming reader for a CSV (or TSV) file. */
function csv_csvReader(file, options = {}) {
    const delimiter = checkDelimiter(options.delimiter ?? ',');
    const bytePath = options.bytePath !== false && csvUsesBytePath(delimiter);
    const batchRows = Math.max(1, options.batchRows ?? (bytePath ? BYTE_PATH_BATCH_ROWS : DEFAULT_BATCH_ROWS));
    let header = null;
    /**
     * Reading only the header takes small reads: a 1 MB first read would parse its ~25,000 records
     * for nothing (~30 ms before `mlops validate` can plan its shards).
     */
    function readOptions(headerOnly) {
        return headerOnly ? { ...options, chunkSize: Math.min(options.chunkSize ?? DEFAULT_CHUNK_SIZE, HEADER_CHUNK_SIZE) } : options;
    }
    async function* parseBytes(headerOnly) {
        const parser = new CsvByteParser(file, batchRows, delimiter, options.header, (options.start ?? 0) === 0, options.columnMajorMinColumns, options.encodeColumns);
        try {
            for await (const { bytes, ascii } of byteChunks(file, readOptions(headerOnly))) {
                parser.feed(bytes, ascii, false);
                if (headerOnly && parser.header)
                    break;
                while (parser.ready.length > 0)
                    yield parser.ready.shift();
            }
        }
        catch (e) {
            if (e instanceof InvalidUtf8)
                throw invalidUtf8Error(file, e, parser.endPosition());
            throw e;
        }
        if (!(headerOnly && parser.header))
            parser.feed(Buffer.alloc(0), true, true);
        header = parser.header;
        if (!headerOnly) {
            while (parser.ready.length > 0)
                yield parser.ready.shift();
            options.onEnd?.(parser.nextLine());
        }
    }
    async function* parse(headerOnly) {
        if (bytePath) {
            yield* parseBytes(headerOnly);
            return;
        }
        const parser = new CsvParser(file, batchRows, delimiter, options.header);
        try {
            for await (const text of textChunks(file, readOptions(headerOnly))) {
                parser.feed(text, false);
                if (headerOnly && parser.header)
                    break;
                while (parser.ready.length > 0)
                    yield parser.ready.shift();
            }
        }
        catch (e) {
            if (e instanceof InvalidUtf8)
                throw invalidUtf8Error(file, e, parser.endPosition());
            throw e;
        }
        if (!(headerOnly && parser.header))
            parser.feed('', true);
        header = parser.header;
        if (!headerOnly) {
            while (parser.ready.length > 0)
                yield parser.ready.shift();
            options.onEnd?.(parser.nextLine());
        }
    }
    return {
        file,
        format: 'csv',
        hasLines: true,
        async columns() {
            if (header === null)
                for await (const _ of parse(true))
                    ;
            return header;
        },
        batches: () => parse(false),
    };
}

;// CONCATENATED MODULE: ../../../../shared/data/jsonl.ts
/**
 * JSON Lines reader (https://jsonlines.org): one JSON object per line, streamed in columnar batches.
 *
 * - Blank (whitespace-only) lines are skipped; LF or CRLF line endings; UTF-8 (BOM stripped).
 * - Columns come from the first record's keys and grow, in order of first appearance, when a later
 *   record has a new key: a batch's `columns` is a new array whenever it grew, and rows of that batch
 *   before the key appeared hold `undefined` (as do records that lack a key).
 * - Scalars keep their JSON type (string, number, boolean, null); objects and arrays are re-serialised
 *   to JSON text. Integers beyond 2^53 lose precision, as in JSON.parse.
 */



const jsonl_CR = 13;
function isBlank(s, start, end) {
    for (let i = start; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 13 && c !== 10)
            return false;
    }
    return true;
}
class JsonlParser {
    file;
    batchRows;
    partial;
    columns = null;
    /** The first record's keys (what `columns()` promises before reading rows). */
    firstKeys = null;
    ready = [];
    index = new Map();
    values = [];
    lines;
    rows = 0;
    rowOffset = 0;
    line = 1;
    buf = '';
    pos = 0;
    constructor(file, batchRows, partial = false) {
        this.file = file;
        this.batchRows = batchRows;
        this.partial = partial;
        this.lines = new Int32Array(batchRows);
    }
    /** The line the text after everything fed so far starts on (after the final feed). */
    nextLine() {
        return this.line;
    }
    endPosition() {
        return endOfText(this.buf.slice(this.pos), this.line);
    }
    feed(text, final) {
        const s = this.pos < this.buf.length ? this.buf.slice(this.pos) + text : text;
        this.buf = s;
        let pos = 0;
        const n = s.length;
        while (pos < n) {
            let end = s.indexOf('\n', pos);
            let next = end + 1;
            if (end === -1) {
                if (!final)
                    break;
                end = n;
                next = n;
            }
            const stop = end > pos && s.charCodeAt(end - 1) === jsonl_CR ? end - 1 : end;
            if (!isBlank(s, pos, stop))
                this.record(s.slice(pos, stop));
            this.line++;
            pos = next;
        }
        this.pos = pos;
        if (final) {
            if (this.columns === null) {
                if (this.partial)
                    return;
                throw new InputError('file is empty', {
                    location: { file: this.file, line: 1, column: 1 },
                    hint: 'a JSON Lines file needs at least one JSON object, one per line',
                });
            }
            if (this.rows > 0)
                this.flush();
        }
    }
    fail(what, column) {
        throw new InputError(what, {
            location: { file: this.file, line: this.line, column },
            hint: 'each non-blank line must be one JSON object, e.g. {"age": 42, "city": "Oslo"}',
        });
    }
    /** A nested value as JSON text; JSON.parse takes any depth but JSON.stringify recurses. */
    nestedText(v, key) {
        try {
            return JSON.stringify(v);
        }
        catch (e) {
            if (!(e instanceof RangeError))
                throw e;
            this.fail(`the value of "${key.length > 60 ? `${key.slice(0, 60)}…` : key}" nests too deeply to keep as text`);
        }
    }
    record(text) {
        let obj;
        try {
            obj = JSON.parse(text);
        }
        catch (e) {
            const m = /at position (\d+)/.exec(e.message);
            const column = m ? Number(m[1]) + 1 : text.length + 1;
            this.fail(`invalid JSON: ${e.message.replace(/ in JSON at position \d+.*$/, '')}`, column);
        }
        if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
            const kind = obj === null ? 'null' : Array.isArray(obj) ? 'an array' : `a ${typeof obj}`;
            let column = 1;
            while (column <= text.length && /\s/.test(text[column - 1]))
                column++;
            this.fail(`expected a JSON object, found ${kind}`, column);
        }
        if (this.columns === null) {
            this.columns = [];
            this.newArrays();
        }
        const r = this.rows;
        for (const key in obj) {
            let c = this.index.get(key);
            if (c === undefined)
                c = this.addColumn(key);
            const v = obj[key];
            this.values[c][r] = v !== null && typeof v === 'object' ? this.nestedText(v, key) : v;
        }
        this.lines[r] = this.line;
        this.rows = r + 1;
        if (this.firstKeys === null)
            this.firstKeys = this.columns;
        if (this.rows === this.batchRows)
            this.flush();
    }
    addColumn(key) {
        const c = this.columns.length;
        this.columns = [...this.columns, key]; // a new array: earlier batches keep theirs
        this.index.set(key, c);
        const col = new Array(this.batchRows);
        for (let r = 0; r < this.rows; r++)
            col[r] = undefined;
        this.values.push(col);
        return c;
    }
    newArrays() {
        const n = this.columns.length;
        this.values = new Array(n);
        for (let c = 0; c < n; c++)
            this.values[c] = new Array(this.batchRows);
        this.lines = new Int32Array(this.batchRows);
    }
    flush() {
        const n = this.rows;
        let lines = this.lines;
        // Holes (keys a record lacked) read as undefined; make the arrays exactly `n` long.
        for (const col of this.values)
            col.length = n;
        if (n < this.batchRows)
            lines = lines.subarray(0, n);
        this.ready.push({ columns: this.columns, values: this.values, length: n, lines, rowOffset: this.rowOffset });
        this.rowOffset += n;
        this.rows = 0;
        this.newArrays();
    }
}
/** A streaming reader for a JSON Lines file. */
function jsonl_jsonlReader(file, options = {}) {
    const batchRows = Math.max(1, options.batchRows ?? DEFAULT_BATCH_ROWS);
    let columns = null;
    async function* parse(firstOnly) {
        const parser = new JsonlParser(file, batchRows, options.partial);
        try {
            for await (const text of textChunks(file, options)) {
                parser.feed(text, false);
                if (firstOnly && parser.firstKeys)
                    break;
                while (parser.ready.length > 0)
                    yield parser.ready.shift();
            }
        }
        catch (e) {
            if (e instanceof InvalidUtf8)
                throw invalidUtf8Error(file, e, parser.endPosition());
            throw e;
        }
        if (!(firstOnly && parser.firstKeys))
            parser.feed('', true);
        columns = parser.firstKeys;
        if (!firstOnly) {
            while (parser.ready.length > 0)
                yield parser.ready.shift();
            options.onEnd?.(parser.nextLine());
        }
    }
    return {
        file,
        format: 'jsonl',
        hasLines: true,
        async columns() {
            if (columns === null)
                for await (const _ of parse(true))
                    ;
            return columns;
        },
        batches: () => parse(false),
    };
}

;// CONCATENATED MODULE: ../../../../shared/data/open-table.ts
/**
 * Picks the reader for a data file: by `options.format`, else by extension (a trailing `.gz` means
 * gzip around a text format, decompressed as a stream).
 */





const SUPPORTED_EXTENSIONS = (/* unused pure expression or super */ null && ([
    '.csv',
    '.tsv',
    '.jsonl',
    '.ndjson',
    '.parquet',
    '.csv.gz',
    '.tsv.gz',
    '.jsonl.gz',
    '.ndjson.gz',
]));
const BY_EXTENSION = {
    '.csv': { format: 'csv' },
    '.tsv': { format: 'csv', delimiter: '\t' },
    '.jsonl': { format: 'jsonl' },
    '.ndjson': { format: 'jsonl' },
    '.parquet': { format: 'parquet' },
};
function extensionOf(name) {
    const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    const dot = name.lastIndexOf('.');
    return dot > slash ? name.slice(dot).toLowerCase() : '';
}
async function openTable(file, options = {}) {
    let info;
    try {
        info = await stat(file);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new InputError('file not found', {
                location: { file },
                hint: `check the path; relative paths are resolved from ${process.cwd()}`,
            });
        }
        throw new InputError(`cannot read the file: ${e.message}`, { location: { file }, hint: 'check its permissions', cause: e });
    }
    if (info.isDirectory()) {
        throw new InputError('is a directory, not a data file', {
            location: { file },
            hint: `point at one file (${SUPPORTED_EXTENSIONS.join(', ')}); to check several, run the step once per file`,
        });
    }
    let ext = extensionOf(file);
    const gzip = ext === '.gz';
    if (gzip)
        ext = extensionOf(file.slice(0, -3));
    const known = BY_EXTENSION[ext];
    // A delimiter says "delimited text" even when the extension (.txt, .dat) does not.
    const format = options.format ?? known?.format ?? (options.delimiter !== undefined ? 'csv' : undefined);
    if (format === undefined) {
        throw new UsageError(`cannot tell the format of "${file}" from its extension`, {
            hint: `supported extensions: ${SUPPORTED_EXTENSIONS.join(', ')}; for other delimited text, give the delimiter`,
        });
    }
    const textOptions = { ...options, gzip: options.gzip ?? gzip };
    switch (format) {
        case 'csv':
            return csvReader(file, { ...textOptions, delimiter: options.delimiter ?? (format === known?.format ? known.delimiter : undefined) });
        case 'jsonl':
            return jsonlReader(file, textOptions);
        case 'parquet':
            if (gzip) {
                throw new UsageError(`"${file}": gzip-compressed Parquet is not supported`, {
                    hint: 'Parquet compresses its own pages (e.g. ZSTD or Snappy); store the .parquet file without .gz',
                });
            }
            {
                // Loaded on first use: hyparquet and its decompressors are most of a bundle's start-up
                // cost, and a step reading CSV or JSON Lines never needs them.
                const { parquetReader } = await Promise.all(/* import() */[__webpack_require__.e(896), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 68306));
                return parquetReader(file, options);
            }
        default:
            throw new UsageError(`unknown table format "${String(format)}"`, { hint: 'use csv, jsonl or parquet' });
    }
}


/***/ }),

/***/ 63994:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DY: () => (/* binding */ explanationChangeSchema),
/* harmony export */   YC: () => (/* binding */ EXPLANATION_SCHEMA),
/* harmony export */   lr: () => (/* binding */ explanationSchema),
/* harmony export */   ph: () => (/* binding */ EXPLANATION_ASSET)
/* harmony export */ });
/* unused harmony export featureImportanceSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72213);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62881);
/**
 * `mlops-actions/explanation@1`: a model's permutation feature importances, as the explain step
 * writes them (shared/steps/explain.ts; the definitions are scikit-learn's
 * `sklearn.inspection.permutation_importance`, see shared/model/permutation-importance.ts).
 * Field by field in docs/explain.md.
 */


const EXPLANATION_SCHEMA = 'mlops-actions/explanation@1';
/** The explanation's name among a published version's release assets (publish-model's `explanation`). */
const EXPLANATION_ASSET = 'explanation.json';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format does not pay for it.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const featureImportanceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** 1-based, by mean importance (largest first), ties by name. */
        rank: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        feature: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** Mean over the repeats of (baseline score − score with this feature permuted), signed so larger = more important. */
        importance_mean: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        /** Population standard deviation (numpy's default, ddof=0) of the per-repeat importances. */
        importance_std: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        /** One importance per repeat, in repeat order. */
        importances: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()),
    });
    const explanationSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(EXPLANATION_SCHEMA),
        method: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('permutation'),
        task: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']),
        /** Whether the task was given or read from the label and the command's output. */
        task_source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['option', 'inferred']),
        metric: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['higher', 'lower']),
            source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['option', 'task']),
            /** The metric on the unpermuted rows. */
            baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        }),
        dataset: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['csv', 'jsonl', 'parquet']),
            sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
            bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
            /** Data rows in the file. */
            rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
            /** Rows explained: all of them, or a seeded sample of max_rows in file order. */
            rows_used: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
            max_rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
        }),
        label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** Binary classification: the positive class and the threshold (null when the command writes a prediction). */
        classification: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            classes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()])),
            pos_label: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]).nullable(),
            threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        })
            .nullable(),
        /** Every column the predict command receives, in the data file's order (all but the label). */
        input_columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        repeats: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        permutation: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            prng: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            /** How each feature's stream is seeded, so another tool can replay the permutations. */
            stream: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        }),
        predict: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            /** The command as given, with its {input} and {output} placeholders. */
            argv: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
            /** How many times it was started: ceil(copies / copies_per_call). */
            calls: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
            /** The rows of one call's input file at most: whole copies of the data, at most max_batch_rows. */
            copies_per_call: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
            /** 1 (baseline) + features × repeats. */
            copies: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
            max_batch_rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
            /** Which columns of its output were read. */
            output_columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        }),
        /** Sorted by rank. */
        features: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(featureImportanceSchema),
        warnings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    });
    /** compare's view of two explanations (comparison@1's `explanations`): each side's top features side by side. */
    const explanationChangeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** How many of each side's features are shown: the union of both sides' top `top`. */
        top: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        head: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metric: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['higher', 'lower']), rows_used: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(), repeats: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive() }).nullable(),
        baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metric: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['higher', 'lower']), rows_used: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(), repeats: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive() }).nullable(),
        /** Head's top features by head rank, then the baseline's top features the head ranks lower or lacks. */
        features: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            feature: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            head_rank: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
            baseline_rank: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
            head_importance: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
            baseline_importance: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        })),
        /** Why a side is missing or not comparable (another metric), one line each. */
        notes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    });
    return { featureImportanceSchema, explanationSchema, explanationChangeSchema };
});
const featureImportanceSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().featureImportanceSchema);
const explanationSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().explanationSchema);
const explanationChangeSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().explanationChangeSchema);


/***/ }),

/***/ 60697:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vu: () => (/* binding */ fairnessColumnPlan),
/* harmony export */   X8: () => (/* binding */ fairnessSection),
/* harmony export */   ZX: () => (/* binding */ oneVsRestOutcomes)
/* harmony export */ });
/* unused harmony export FOUR_FIFTHS */
/* harmony import */ var _metrics_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53060);
/* harmony import */ var _fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77131);


/** The four-fifths rule: adverse impact when a group's selection rate is below 80% of the highest. */
const FOUR_FIFTHS = 0.8;
/**
 * A multiclass task's fairness outcomes, one-vs-rest: class c is the positive outcome, with its score
 * column P(c) when the predictions have `proba` (row-major, one value per class). Labels and
 * predictions are class indices; −1 (a class outside `classes`) is no class's positive.
 */
function oneVsRestOutcomes(classes, y, pred, proba) {
    const n = y.length;
    const k = classes.length;
    return {
        kind: 'classification',
        outcomes: classes.map((positiveClass, c) => {
            const yc = new Uint8Array(n);
            const pc = new Uint8Array(n);
            for (let i = 0; i < n; i++) {
                yc[i] = y[i] === c ? 1 : 0;
                pc[i] = pred[i] === c ? 1 : 0;
            }
            let score;
            if (proba) {
                score = new Float64Array(n);
                for (let i = 0; i < n; i++)
                    score[i] = proba[i * k + c];
            }
            return { positiveClass, y: yc, pred: pc, score };
        }),
    };
}
const RATE_TEXT = {
    selection_rate: 'selection rate',
    tpr: 'TPR (no positives)',
    fpr: 'FPR (no negatives)',
    fnr: 'FNR (no positives)',
    precision: 'precision (no predicted positives)',
    base_rate: 'observed rate',
    mean_score: 'mean score',
};
/** The groups of a column in report order (natural order, missing last), with dense codes. */
function groupsOf(col) {
    const k = col.values.length;
    const n = col.codes.length;
    let missing = false;
    for (let i = 0; i < n && !missing; i++)
        missing = col.codes[i] < 0;
    const order = col.values.map((value, code) => ({ code, value: value }));
    order.sort((a, b) => a.value.localeCompare(b.value, 'en', { numeric: true }));
    if (missing)
        order.push({ code: k, value: null });
    const dense = new Int32Array(k + 1);
    order.forEach((o, i) => (dense[o.code] = i));
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++)
        codes[i] = dense[col.codes[i] < 0 ? k : col.codes[i]];
    return { values: order.map((o) => o.value), codes };
}
const nullable = (x) => (Number.isNaN(x) ? null : x);
function metricValue(value, direction, ci) {
    const out = { value, direction };
    if (ci && Number.isFinite(ci.lower) && Number.isFinite(ci.upper)) {
        out.ci = [ci.lower, ci.upper];
        if (ci.invalid > 0)
            out.ci_invalid = ci.invalid;
    }
    return out;
}
/**
 * One sensitive column's groups, summaries and report entry. `plan.finishers` (keyed
 * `${prefix}${outcome index}:${summary}`) turn `summarize(w)`'s group sums into a summary, over the
 * groups fixed on the full data: fairnessSection bootstraps them, and compare's paired deltas
 * (shared/compare/fairness-deltas.ts) run them for both models on the same resamples.
 */
function fairnessColumnPlan(outcomes, col, settings, prefix) {
    const { values, codes } = groupsOf(col);
    const g = values.length;
    const sizes = new Uint32Array(g);
    for (let i = 0; i < codes.length; i++)
        sizes[codes[i]]++;
    const eligible = [];
    const skipped = [];
    values.forEach((value, i) => {
        if (sizes[i] >= settings.minGroupSize)
            eligible.push(i);
        else
            skipped.push({ value, rows: sizes[i], reason: `${sizes[i]} rows, fewer than the minimum group size ${settings.minGroupSize}` });
    });
    const tooFew = `fewer than 2 groups with at least ${settings.minGroupSize} rows`;
    const plan = { finishers: {}, outcomes: [] };
    const summarize = (w) => outcomes.kind === 'classification' ? (0,_fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .classificationGroupStats */ .Tg)(codes, g, outcomes.outcomes, w) : (0,_fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .regressionGroupStats */ .yd)(codes, g, outcomes.outcome, w);
    const full = summarize();
    const report = [];
    if (outcomes.kind === 'classification') {
        outcomes.outcomes.forEach((o, oi) => {
            const base = oi * g * _fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .CLASS_STATS */ .pF;
            const r = (gi, name) => (0,_fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .classRate */ .Td)(full, base + gi * _fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .CLASS_STATS */ .pF, name);
            const spans = {};
            for (const rateName of ['selection_rate', 'tpr', 'fpr'])
                spans[rateName] = eligible.filter((gi) => !Number.isNaN(r(gi, rateName)));
            const summaries = [];
            for (const name of _fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .CLASSIFICATION_SUMMARIES */ .Gx) {
                if (eligible.length < 2) {
                    summaries.push({ name, reason: tooFew });
                    continue;
                }
                const short = _fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_RATES */ .d3[name].find((rateName) => spans[rateName].length < 2);
                if (short) {
                    summaries.push({ name, reason: `fewer than 2 groups have a defined ${RATE_TEXT[short]}` });
                    continue;
                }
                const value = (0,_fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .classificationSummary */ .VL)(name, full, base, spans);
                if (Number.isNaN(value)) {
                    summaries.push({ name, reason: `undefined: 0/0 (${_fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_RATES */ .d3[name].map((x) => RATE_TEXT[x]).join(' or ')} is 0 in every group)` });
                    continue;
                }
                const key = `${prefix}${oi}:${name}`;
                plan.finishers[key] = (stats) => (0,_fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .classificationSummary */ .VL)(name, stats, base, spans);
                summaries.push({ name, key, value });
            }
            plan.outcomes.push({ summaries });
            report.push({
                kind: 'classification',
                positive_class: o.positiveClass,
                groups: eligible.map((gi) => {
                    const at = base + gi * _fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .CLASS_STATS */ .pF;
                    return {
                        value: values[gi],
                        rows: full[at],
                        positives: full[at + 1],
                        predicted_positives: full[at + 2],
                        selection_rate: r(gi, 'selection_rate'),
                        tpr: nullable(r(gi, 'tpr')),
                        fpr: nullable(r(gi, 'fpr')),
                        fnr: nullable(r(gi, 'fnr')),
                        precision: nullable(r(gi, 'precision')),
                        base_rate: r(gi, 'base_rate'),
                        mean_score: o.score ? r(gi, 'mean_score') : null,
                    };
                }),
                summaries: {},
                omitted: [],
                four_fifths: null,
            });
        });
    }
    else {
        const summaries = [];
        for (const name of _fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .REGRESSION_SUMMARIES */ .dD) {
            if (eligible.length < 2) {
                summaries.push({ name, reason: tooFew });
                continue;
            }
            const key = `${prefix}0:${name}`;
            plan.finishers[key] = (stats) => (0,_fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .regressionSummary */ .S6)(name, stats, eligible);
            summaries.push({ name, key, value: (0,_fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .regressionSummary */ .S6)(name, full, eligible) });
        }
        plan.outcomes.push({ summaries });
        report.push({
            kind: 'regression',
            groups: eligible.map((gi) => ({
                value: values[gi],
                rows: full[gi * _fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .REG_STATS */ .Js],
                mae: (0,_fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .regressionError */ .OV)(full, gi * _fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .REG_STATS */ .Js, 'mae'),
                rmse: (0,_fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .regressionError */ .OV)(full, gi * _fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .REG_STATS */ .Js, 'rmse'),
                mean_error: (0,_fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .regressionError */ .OV)(full, gi * _fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .REG_STATS */ .Js, 'mean_error'),
            })),
            summaries: {},
            omitted: [],
        });
    }
    const finish = (cis) => {
        plan.outcomes.forEach((p, oi) => {
            const out = report[oi];
            const summaries = {};
            const omitted = [];
            for (const s of p.summaries) {
                if (s.key === undefined)
                    omitted.push({ metric: s.name, reason: s.reason });
                else
                    summaries[s.name] = metricValue(s.value, _fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__/* .SUMMARY_DIRECTION */ .nJ[s.name], cis?.[s.key]);
            }
            out.summaries = summaries;
            out.omitted = omitted;
            if (out.kind === 'classification') {
                const di = summaries.disparate_impact_ratio;
                out.four_fifths = di ? { threshold: FOUR_FIFTHS, ratio: di.value, pass: di.value >= FOUR_FIFTHS } : null;
            }
        });
        return { column: col.column, outcomes: report, skipped_groups: skipped };
    };
    return { codes, groups: g, summarize, plan, finish };
}
/**
 * The report's `fairness` section for these sensitive columns. One bootstrap for all of them: each
 * resample's multiplicities are drawn once and every column's group sums read them (the draw costs
 * about as much as a column's pass over the rows).
 */
function fairnessSection(outcomes, columns, settings) {
    const parts = columns.map((c, i) => fairnessColumnPlan(outcomes, c, settings, `${i}/`));
    const finishers = {};
    parts.forEach((p, i) => {
        for (const [key, f] of Object.entries(p.plan.finishers))
            finishers[key] = (all) => f(all[i]);
    });
    const rows = columns[0]?.codes.length ?? 0;
    const summarize = (_d, w) => parts.map((p) => p.summarize(w));
    const cis = settings.boot && Object.keys(finishers).length > 0 ? (0,_metrics_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__/* .bootstrapStatistics */ ._f)(summarize, finishers, { length: rows }, settings.boot) : undefined;
    return { min_group_size: settings.minGroupSize, columns: parts.map((p) => p.finish(cis)) };
}


/***/ }),

/***/ 72111:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ pickI32),
/* harmony export */   QK: () => (/* binding */ labelText),
/* harmony export */   UB: () => (/* binding */ typedLabels),
/* harmony export */   bT: () => (/* binding */ Dictionary),
/* harmony export */   fe: () => (/* binding */ isNumericText),
/* harmony export */   oR: () => (/* binding */ pickF64)
/* harmony export */ });
/* unused harmony exports scoreClasses, readPredictions */
/* harmony import */ var _data_open_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5916);
/* harmony import */ var _data_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24239);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49980);
/* harmony import */ var _metrics_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23868);
/**
 * A predictions file read for evaluate: streamed once (`openTable`), labels as Int32Array codes into
 * a small dictionary, scores and regression values as Float64Arrays, slice columns coded the same
 * way, every cell checked while streaming so a bad cell fails with file:line before any metric is
 * computed. Labels compare as text ("1.0" and 1 are one class); an all-number label set is typed and
 * sorted as numbers, as scikit-learn's unique_labels would.
 */




/** Rows of a multiclass score row may sum to 1 ± this. */
const PROBABILITY_SUM_TOLERANCE = 1e-6;
/** More distinct values than this in a slice column is an error: slice on a coarser column. */
const MAX_SLICE_VALUES = 1000;
/** Label text: numbers canonical ("1.0" → "1"), booleans "true"/"false", else the text. */
function labelText(v) {
    if (_data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultNullTokens */ .$N.isMissing(v))
        return undefined;
    if (typeof v === 'number')
        return String(v);
    if (typeof v === 'string' && (0,_data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isDecimalLiteral */ .B1)(v))
        return String(+v);
    return (0,_data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .toText */ .fE)(v);
}
const isNumericText = (t) => (0,_data_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isDecimalLiteral */ .B1)(t) && String(+t) === t;
/** Labels as the report writes them: all numbers when every label is numeric text, else strings. */
function typedLabels(texts) {
    const numeric = texts.every(isNumericText);
    const idx = texts.map((_, i) => i);
    idx.sort((a, b) => (numeric ? +texts[a] - +texts[b] : texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : 0));
    return { labels: idx.map((i) => (numeric ? +texts[i] : texts[i])), order: idx };
}
/**
 * The class of each score column. Given `classes`, those; one column, none (binary P(positive));
 * otherwise each column name minus the prefix all names share, cut back to just after a separator
 * (`_`, `-`, `.`, `:`, `/`, space): p_rain, p_sun → rain, sun; score_0, score_1 → 0, 1.
 */
function scoreClasses(scoreColumns, classes) {
    if (classes && classes.length > 0) {
        if (classes.length !== scoreColumns.length) {
            throw new UsageError((o) => `${o.option('classes')} names ${classes.length} classes for ${scoreColumns.length} score columns`, {
                hint: (o) => `give one class per ${o.option('score')} column, in the same order`,
            });
        }
        const texts = classes.map((c) => labelText(c.trim()) ?? c);
        if (new Set(texts).size !== texts.length)
            throw new UsageError((o) => `${o.option('classes')} repeats a class: ${classes.join(', ')}`);
        return texts;
    }
    if (scoreColumns.length < 2)
        return [];
    let prefix = scoreColumns[0];
    for (const c of scoreColumns)
        while (!c.startsWith(prefix))
            prefix = prefix.slice(0, -1);
    let cut = 0;
    for (let i = prefix.length - 1; i >= 0; i--) {
        if ('_-.:/ '.includes(prefix[i])) {
            cut = i + 1;
            break;
        }
    }
    const names = scoreColumns.map((c) => labelText(c.slice(cut)) ?? c.slice(cut));
    if (names.some((n) => n === '') || new Set(names).size !== names.length) {
        throw new UsageError(`cannot tell the class of each score column (${scoreColumns.join(', ')})`, {
            hint: (o) => `pass ${o.option('classes')} with one class per ${o.option('score')} column, in order`,
        });
    }
    return names;
}
function concatF64(parts, n) {
    if (parts.length === 1 && parts[0].length === n)
        return parts[0];
    const out = new Float64Array(n);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function concatI32(parts, n) {
    if (parts.length === 1 && parts[0].length === n)
        return parts[0];
    const out = new Int32Array(n);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function pickF64(a, rows) {
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = a[rows[i]];
    return out;
}
function pickI32(a, rows) {
    const out = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = a[rows[i]];
    return out;
}
/** A dictionary of distinct texts → dense codes. */
class Dictionary {
    texts = [];
    codes = new Map();
    code(t) {
        let c = this.codes.get(t);
        if (c === undefined) {
            c = this.texts.length;
            this.texts.push(t);
            this.codes.set(t, c);
        }
        return c;
    }
    get(t) {
        return this.codes.get(t);
    }
}
async function readPredictions(plan) {
    // Every cell is read, and scores are nearly all distinct: dictionary-encoding batches (the byte
    // path, which pays off for profiling) would only add work here (0.60 s vs 0.17 s on 1M rows).
    const reader = await openTable(plan.file, { delimiter: plan.delimiter, format: plan.format, bytePath: false });
    const header = await reader.columns();
    const sensitiveColumns = plan.sensitive ?? [];
    const wanted = [plan.label, plan.prediction, ...plan.score, plan.id, ...plan.slices, ...sensitiveColumns].filter((c) => c !== undefined);
    const optionOf = (c) => c === plan.label ? 'label' : c === plan.prediction ? 'prediction' : plan.score.includes(c) ? 'score' : c === plan.id ? 'id' : plan.slices.includes(c) ? 'slice' : 'sensitive';
    // JSON Lines learns columns as it reads; its first record is what columns() knows.
    if (reader.format !== 'jsonl') {
        for (const c of wanted) {
            if (!header.includes(c)) {
                throw new InputError((o) => `column "${c}" (${o.option(optionOf(c))}) not found; the file has columns: ${header.join(', ')}`, {
                    location: { file: plan.file, line: reader.hasLines ? 1 : undefined },
                    hint: (o) => `pass ${o.option(optionOf(c))} with one of them`,
                });
            }
        }
    }
    const classification = plan.task !== 'regression';
    const dict = new Dictionary();
    const yParts = [];
    const pParts = [];
    const yNumParts = [];
    const pNumParts = [];
    const scoreParts = plan.score.map(() => []);
    const ids = plan.id ? [] : undefined;
    const seenIds = plan.id ? new Set() : undefined;
    const slices = plan.slices.map((column) => ({ column, kind: 'slice', dict: new Dictionary(), parts: [], missing: 0 }));
    const sensitive = sensitiveColumns.map((column) => ({ column, kind: 'sensitive', dict: new Dictionary(), parts: [], missing: 0 }));
    const multiScore = plan.score.length >= 2;
    let rows = 0;
    const where = (b, r) => ({ file: plan.file, line: b.lines[r] });
    const col = (b, name) => {
        const i = b.columns.indexOf(name);
        if (i < 0) {
            throw new InputError((o) => `column "${name}" (${o.option(optionOf(name))}) not found; the file has columns: ${b.columns.join(', ')}`, {
                location: where(b, 0),
                hint: (o) => `pass ${o.option(optionOf(name))} with one of them`,
            });
        }
        return b.values[i];
    };
    const missing = (b, r, name) => new InputError(`column "${name}" is missing a value`, { location: where(b, r), hint: 'every row needs a label and a prediction or score' });
    const number = (b, r, name, v) => {
        if (defaultNullTokens.isMissing(v))
            throw missing(b, r, name);
        const x = toNumber(v);
        if (x === undefined)
            throw new InputError(`column "${name}" value ${JSON.stringify(toText(v))} is not a number`, { location: where(b, r) });
        if (!Number.isFinite(x)) {
            throw new InputError(`column "${name}" value is ${Number.isNaN(x) ? 'NaN' : String(x)}`, {
                location: where(b, r),
                hint: 'predictions must be finite numbers; fix or drop the row',
            });
        }
        return x;
    };
    for await (const b of reader.batches()) {
        const n = b.length;
        rows += n;
        plan.onRows?.(rows);
        const labelCol = col(b, plan.label);
        const predCol = plan.prediction ? col(b, plan.prediction) : undefined;
        if (classification) {
            const y = new Int32Array(n);
            const p = predCol ? new Int32Array(n) : undefined;
            for (let r = 0; r < n; r++) {
                const t = labelText(labelCol[r]);
                if (t === undefined)
                    throw missing(b, r, plan.label);
                if (plan.allowed && !plan.allowed.has(t)) {
                    throw new InputError(`label ${JSON.stringify(t)} (column "${plan.label}") has no score column; score columns cover: ${[...plan.allowed].join(', ')}`, {
                        location: where(b, r),
                        hint: (o) => `add a score column for it, or fix ${o.option('classes')}`,
                    });
                }
                y[r] = dict.code(t);
                if (p) {
                    const pt = labelText(predCol[r]);
                    if (pt === undefined)
                        throw missing(b, r, plan.prediction);
                    p[r] = dict.code(pt);
                }
            }
            yParts.push(y);
            if (p)
                pParts.push(p);
        }
        else {
            const y = new Float64Array(n);
            const p = new Float64Array(n);
            for (let r = 0; r < n; r++) {
                y[r] = number(b, r, plan.label, labelCol[r]);
                p[r] = number(b, r, plan.prediction, predCol[r]);
            }
            yNumParts.push(y);
            pNumParts.push(p);
        }
        if (plan.score.length > 0) {
            const cols = plan.score.map((s) => col(b, s));
            const arrays = cols.map(() => new Float64Array(n));
            for (let r = 0; r < n; r++) {
                let sum = 0;
                for (let k = 0; k < cols.length; k++) {
                    const x = number(b, r, plan.score[k], cols[k][r]);
                    if (x < 0 || x > 1) {
                        throw new InputError(`column "${plan.score[k]}" value ${x} is not a probability in [0, 1]`, {
                            location: where(b, r),
                            hint: 'scores must be probabilities (e.g. predict_proba output), not logits or decision values',
                        });
                    }
                    arrays[k][r] = x;
                    sum += x;
                }
                if (multiScore && !(Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE)) {
                    throw new InputError(`probabilities ${plan.score.join(' + ')} sum to ${sum}, not 1 (tolerance ${PROBABILITY_SUM_TOLERANCE})`, {
                        location: where(b, r),
                        hint: 'give one probability column per class, from predict_proba or a softmax',
                    });
                }
            }
            arrays.forEach((a, k) => scoreParts[k].push(a));
        }
        if (ids && plan.id) {
            const idCol = col(b, plan.id);
            for (let r = 0; r < n; r++) {
                const v = idCol[r];
                if (defaultNullTokens.isMissing(v))
                    throw missing(b, r, plan.id);
                const t = toText(v);
                if (seenIds.has(t))
                    throw new InputError(`id ${JSON.stringify(t)} (column "${plan.id}") occurs twice`, { location: where(b, r), hint: 'ids pair rows across reports, so each must be unique' });
                seenIds.add(t);
                ids.push(t);
            }
        }
        for (const s of [...slices, ...sensitive]) {
            const sc = col(b, s.column);
            const codes = new Int32Array(n);
            for (let r = 0; r < n; r++) {
                const v = sc[r];
                if (defaultNullTokens.isMissing(v)) {
                    codes[r] = -1;
                    s.missing++;
                    continue;
                }
                codes[r] = s.dict.code(toText(v));
                if (s.dict.texts.length > MAX_SLICE_VALUES) {
                    throw new InputError(`${s.kind} column "${s.column}" has more than ${MAX_SLICE_VALUES} distinct values`, {
                        location: where(b, r),
                        hint: `${s.kind === 'slice' ? 'slice on' : 'give as sensitive'} a column with few values (a category, a bucketed number)`,
                    });
                }
            }
            s.parts.push(codes);
        }
    }
    if (rows === 0) {
        throw new InputError('no data rows: the file has only a header', { location: { file: plan.file }, hint: 'evaluate a predictions file with at least one row' });
    }
    return {
        rows,
        format: reader.format,
        dict,
        yCode: classification ? concatI32(yParts, rows) : undefined,
        predCode: classification && plan.prediction ? concatI32(pParts, rows) : undefined,
        yNum: classification ? undefined : concatF64(yNumParts, rows),
        predNum: classification ? undefined : concatF64(pNumParts, rows),
        scores: scoreParts.map((parts) => concatF64(parts, rows)),
        ids,
        slices: slices.map((s) => ({ column: s.column, dict: s.dict, codes: concatI32(s.parts, rows), missing: s.missing })),
        sensitive: sensitive.map((s) => ({ column: s.column, dict: s.dict, codes: concatI32(s.parts, rows), missing: s.missing })),
    };
}


/***/ }),

/***/ 91971:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ argmaxClasses),
  t: () => (/* binding */ prepareTask)
});

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(49980);
// EXTERNAL MODULE: ../../../../shared/model/fairness.ts
var model_fairness = __webpack_require__(60697);
// EXTERNAL MODULE: ../../../../shared/formats/evaluation-format.ts
var evaluation_format = __webpack_require__(59729);
// EXTERNAL MODULE: ../../../../shared/model/metrics/index.ts + 4 modules
var metrics = __webpack_require__(23868);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ../../../../shared/runtime/worker-entry.ts
/**
 * How to start one of our worker threads: from the ncc bundles, the worker's own bundle beside the
 * bundle that starts it (scripts/build.mjs writes it there); from TypeScript sources (vitest, tsx),
 * code that registers tsx's loader and then imports the worker's .ts entry. Node 20 does not apply
 * `--import tsx` (module.register) to a worker's execArgv, but tsx's API registers it inside the worker.
 */


/**
 * `callerUrl`: the starting module's import.meta.url, passed as a value (`new URL('…',
 * import.meta.url)` written inline would make ncc copy the file as an asset, and the worker must be
 * a bundle of its own). `sourceEntry`: the worker's .ts file beside the caller; `bundledEntry`:
 * its bundle, relative to the caller's bundle.
 */
function workerEntry(callerUrl, sourceEntry, bundledEntry) {
    if (callerUrl.endsWith('.ts')) {
        // createRequire resolves the package's `require` entry; the worker code imports the ESM one.
        const api = (0,external_node_url_.pathToFileURL)((0,external_node_module_.createRequire)(callerUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
        const entry = new URL(callerUrl.replace(/[^/]*$/, sourceEntry)).href;
        return { code: `const { register } = await import(${JSON.stringify(api)});\nregister();\nawait import(${JSON.stringify(entry)});\n` };
    }
    return { file: new URL(bundledEntry, callerUrl) };
}

// EXTERNAL MODULE: ../../../../shared/model/metrics/bootstrap.ts + 1 modules
var bootstrap = __webpack_require__(53060);
// EXTERNAL MODULE: ../../../../shared/model/metrics/shareable.ts
var shareable = __webpack_require__(37691);
;// CONCATENATED MODULE: ../../../../shared/model/metrics/bootstrap-parallel.ts
/**
 * The bootstrap of evaluate's binary and regression metrics on several cores.
 *
 * Every resample has its own PRNG stream (bootstrap.ts, resampleSeed), so the threads pull resample
 * indices from one shared counter (Atomics.add) and write each resample's statistics into its slot
 * of a shared Float64Array: the intervals are the in-thread bootstrapMetrics' exactly, whatever the
 * number of workers and whichever thread ran which resample.
 *
 * Sharing: the prepared data's typed arrays are copied once into SharedArrayBuffers; a typed array on
 * a SharedArrayBuffer in a posted message reaches the worker as a view of the same memory, so no
 * worker copies the 1M-row arrays. The main thread pulls resamples too (no idle core while a worker
 * starts). Workers outlive a bootstrap: they wait, unreferenced, for the next one's task, and
 * warmBootstrapWorkers starts them before the data is ready (evaluate: while it reads the file).
 *
 * Fallbacks (correctness first): fewer than `minRows` rows (worker start-up, ~50 ms bundled and
 * ~0.5 s under tsx, is not worth it), fewer than 2 cores, multiclass data (per-row probability
 * arrays), or workers that cannot start or die: any resample not marked done when the workers are
 * gone is run on this thread.
 *
 * Workers: from TypeScript sources (vitest, tsx) the worker is bootstrap-worker.ts run with tsx's
 * loader; in the ncc bundles, scripts/build.mjs writes that entry as `bootstrap-worker/index.js` next
 * to every bundle whose code contains BOOTSTRAP_WORKER_MARKER (as for validate-data's shard worker).
 */







/** scripts/build.mjs adds the bootstrap worker to every bundle whose code contains this string. */
const BOOTSTRAP_WORKER_MARKER = 'mlops-actions:bootstrap-worker@1';
/** The worker bundle, relative to the bundle that starts it. */
const BUNDLED_WORKER = 'bootstrap-worker/index.js';
const DEFAULT_MAX_BOOTSTRAP_WORKERS = 4;
/** Below this many rows the resamples run on this thread. */
const DEFAULT_PARALLEL_MIN_ROWS = shareable/* SHARED_MIN_ROWS */.rt;
/** bootstrapPlan's summary and metrics, the metrics in `names` order (the layout of `stats`). */
function plan(data, names) {
    const p = (0,metrics/* bootstrapPlan */.GZ)(data, names);
    return { summarize: p.summarize, finishers: names.map((n) => p.finishers[n]) };
}
/** Claims and runs resamples until none are left. */
function drain(task, resampler) {
    for (;;) {
        const b = Atomics.add(task.next, 0, 1);
        if (b >= task.resamples)
            return;
        resampler.run(b);
        Atomics.store(task.done, b, 1);
    }
}
function resamplerFor(task) {
    const { summarize, finishers } = plan(task.data, task.names);
    return new bootstrap/* Resampler */.Co(summarize, finishers, task.data, task.seed, task.resamples, task.stats);
}
/** Worker side (bootstrap-worker.ts). */
function bootstrapWorkerMain(data, post) {
    const task = data;
    if (task?.marker !== BOOTSTRAP_WORKER_MARKER)
        throw new Error('bootstrap worker started without a task');
    drain(task, resamplerFor(task));
    post('done');
}
/** A copy of `value` whose typed arrays are views of SharedArrayBuffers (one copy per distinct array). */
function toShared(value, seen = new Map()) {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        const known = seen.get(value);
        if (known)
            return known;
        const src = value;
        if (src.buffer instanceof SharedArrayBuffer)
            return value;
        const Ctor = src.constructor;
        const copy = new Ctor(new SharedArrayBuffer(src.byteLength));
        copy.set(src);
        seen.set(value, copy);
        return copy;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = toShared(v, seen);
        return out;
    }
    return value;
}
/**
 * What the workers read of the data. Binary resamples read the summary's arrays only
 * (summarizeBinary), so the sort order, scores, tie-group ends and ECE bins (18 of 36 MB at 1M rows)
 * are not copied into shared memory: empty arrays stand in for them.
 */
function forWorkers(data) {
    if (data.task !== 'binary')
        return data;
    const none = new Uint32Array(0);
    return { ...data, ranked: { ...data.ranked, order: none, score: new Float64Array(0), groupEnd: none }, order: none, bin: new Uint16Array(0) };
}
function startWorker() {
    try {
        const entry = workerEntry(import.meta.url, 'bootstrap-worker.ts', BUNDLED_WORKER);
        // No inherited execArgv (see validate-data-shards.ts); small heaps: a worker holds one 1-byte
        // count per row and a summary, the data is shared. No workerData: tasks come as messages.
        const opts = { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 } };
        const w = 'file' in entry ? new external_node_worker_threads_.Worker(entry.file, opts) : new external_node_worker_threads_.Worker(entry.code, { ...opts, eval: true });
        // Idle workers must not keep the process alive; runTask refs a worker while it computes.
        w.unref();
        return w;
    }
    catch {
        return undefined;
    }
}
/**
 * Workers started and waiting for a task. A worker starts in ~50 ms bundled (~0.3 s under tsx), so
 * the evaluate step starts them while it still reads and sorts the predictions
 * (warmBootstrapWorkers), and a bootstrap hands its task to them instead of waiting for new ones.
 * After a task a worker waits here again for the next block (slices, the label evaluation).
 */
const idle = new Map();
function addIdle(w) {
    if (idle.size >= DEFAULT_MAX_BOOTSTRAP_WORKERS) {
        void w.terminate();
        return;
    }
    // A worker that dies while idle leaves the pool (the next bootstrap starts another).
    const gone = () => idle.delete(w);
    w.once('error', gone);
    w.once('exit', gone);
    idle.set(w, gone);
}
/** Takes `count` workers: idle ones first, then new ones. */
function acquireWorkers(count) {
    const out = [];
    for (const [w, gone] of idle) {
        if (out.length === count)
            break;
        idle.delete(w);
        w.off('error', gone);
        w.off('exit', gone);
        out.push(w);
    }
    while (out.length < count) {
        const w = startWorker();
        if (!w)
            break;
        out.push(w);
    }
    return out;
}
/** Default threads running resamples: the available cores, at most DEFAULT_MAX_BOOTSTRAP_WORKERS. */
function defaultThreads() {
    return Math.min(availableParallelism(), DEFAULT_MAX_BOOTSTRAP_WORKERS);
}
/**
 * Starts the workers a bootstrap of `threads` threads (this one included) will use, ahead of it:
 * call it once the data is known to be large (≥ DEFAULT_PARALLEL_MIN_ROWS rows) and before the
 * work that precedes the bootstrap (reading, sorting), so the workers' start-up overlaps that work.
 * Idle workers never keep the process alive. Does nothing with fewer than 2 threads.
 */
function warmBootstrapWorkers(threads = defaultThreads()) {
    for (let k = idle.size; k < threads - 1; k++) {
        const w = startWorker();
        if (!w)
            return;
        addIdle(w);
    }
}
/** Workers waiting for a task (tests). */
function idleBootstrapWorkers() {
    return idle.size;
}
/**
 * Runs `task` on `w`, then calls `onSettled` once it posted 'done' (the worker goes back to the idle
 * pool) or failed (it is terminated; the caller runs the resamples it did not finish).
 */
function runTask(w, task, onSettled) {
    w.ref();
    const finish = (ok) => {
        w.off('message', onMessage);
        w.off('error', onFailure);
        w.off('exit', onFailure);
        if (ok) {
            w.unref();
            addIdle(w);
        }
        else
            void w.terminate();
        onSettled();
    };
    const onMessage = (m) => finish(m === 'done');
    const onFailure = () => finish(false);
    w.on('message', onMessage);
    w.once('error', onFailure);
    w.once('exit', onFailure);
    w.postMessage(task);
}
/**
 * bootstrapMetrics (same intervals) with the resamples spread over worker threads when the data is
 * large enough; see the module comment. `names` must apply to the data's task.
 */
async function bootstrapMetricsParallel(data, names, options = {}) {
    const resolved = (0,bootstrap/* resolveBootstrapOptions */.Tg)(options);
    const mainThread = options.mainThread ?? true;
    const threads = options.threads ?? Math.min((0,external_node_os_.availableParallelism)(), DEFAULT_MAX_BOOTSTRAP_WORKERS);
    const workers = mainThread ? threads - 1 : threads;
    if (data.task === 'multiclass' || data.length < (options.minRows ?? DEFAULT_PARALLEL_MIN_ROWS) || workers < 1 || (mainThread && threads < 2)) {
        return (0,metrics/* bootstrapMetrics */.SR)(data, names, resolved);
    }
    if (data.length === 0)
        throw new errors/* InputError */.dz('bootstrap: no rows to resample');
    const { resamples, seed } = resolved;
    const task = {
        marker: BOOTSTRAP_WORKER_MARKER,
        data: toShared(forWorkers(data)),
        names: [...names],
        seed,
        resamples,
        next: new Int32Array(new SharedArrayBuffer(4)),
        done: new Uint8Array(new SharedArrayBuffer(resamples)),
        stats: new Float64Array(new SharedArrayBuffer(8 * names.length * resamples)),
    };
    const started = acquireWorkers(workers);
    let live = started.length;
    let wake = () => undefined;
    const allDone = () => {
        for (let b = 0; b < resamples; b++)
            if (Atomics.load(task.done, b) !== 1)
                return false;
        return true;
    };
    const settled = new Promise((resolve) => {
        wake = () => {
            if (live === 0 || allDone())
                resolve();
        };
    });
    for (const w of started) {
        runTask(w, task, () => {
            live--;
            wake();
        });
    }
    const resampler = resamplerFor(task);
    if (mainThread)
        drain(task, resampler);
    wake();
    await settled;
    // Resamples a worker claimed but did not finish (it failed), or that none claimed (none started).
    for (let b = 0; b < resamples; b++)
        if (Atomics.load(task.done, b) !== 1)
            resampler.run(b);
    const { summarize, finishers } = plan(data, names);
    const full = summarize(data);
    return (0,bootstrap/* percentileIntervals */.EF)(names, finishers.map((f) => f(full)), task.stats, resolved);
}

;// CONCATENATED MODULE: ../../../../shared/model/metric-blocks.ts
/**
 * The metrics of one block of rows (the whole dataset or one slice) for each task, with their
 * bootstrap CIs, as an evaluation report holds them. Metrics undefined on the data (ROC AUC with one
 * class, AP without positives) are omitted with a reason instead of failing: slices legitimately
 * hold one class.
 */



function metricValue(name, value, ci) {
    const out = { value, direction: metrics/* METRICS */.Cb[name].direction };
    if (ci && Number.isFinite(ci.lower) && Number.isFinite(ci.upper)) {
        out.ci = [ci.lower, ci.upper];
        if (ci.invalid > 0)
            out.ci_invalid = ci.invalid;
    }
    return out;
}
/** Point values and (when resamples > 0) CIs; a non-finite value becomes an omission. */
async function fill(block, data, names, boot) {
    if (names.length === 0)
        return;
    const add = (n, v, ci) => {
        if (v === undefined || !Number.isFinite(v))
            block.omitted.push({ metric: n, reason: 'undefined on these rows' });
        else
            block.metrics[n] = metricValue(n, v, ci);
    };
    if (!boot) {
        const values = (0,metrics/* computeMetrics */.pH)(data, names);
        for (const n of names)
            add(n, values[n]);
        return;
    }
    // Large inputs: resamples spread over worker threads, same intervals (metrics/bootstrap-parallel.ts).
    const cis = await bootstrapMetricsParallel(data, names, boot);
    for (const n of names)
        add(n, cis[n].estimate, cis[n]);
}
const SCORE_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'];
async function binaryBlock(y, score, predPos, ctx) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    const n = y.length;
    let positives = 0;
    for (let i = 0; i < n; i++)
        positives += y[i];
    const negatives = n - positives;
    const all = (0,metrics/* metricsForTask */.uS)('binary').map((m) => m.name);
    const labelNames = all.filter((m) => !SCORE_METRICS.includes(m));
    const scoreNames = [];
    for (const m of SCORE_METRICS) {
        if (!score)
            block.omitted.push({ metric: m, reason: 'needs a score column (P(positive))' });
        else if (m === 'roc_auc' && (positives === 0 || negatives === 0)) {
            block.omitted.push({ metric: m, reason: `y_true holds one class only (${String(positives ? ctx.labels.pos : ctx.labels.neg)}); ROC AUC needs both` });
        }
        else if (m === 'average_precision' && positives === 0) {
            block.omitted.push({ metric: m, reason: `no positive rows (${String(ctx.labels.pos)}); average precision is undefined` });
        }
        else
            scoreNames.push(m);
    }
    const scoreEval = score ? (0,metrics/* binaryEvaluation */.MY)(y, score, { posLabel: 1, threshold: ctx.threshold }) : undefined;
    const labelEval = predPos ? (0,metrics/* binaryEvaluation */.MY)(y, Float64Array.from(predPos), { posLabel: 1, threshold: 0.5 }) : scoreEval;
    if (labelEval === scoreEval) {
        await fill(block, labelEval, [...labelNames, ...scoreNames], ctx.boot);
    }
    else {
        await fill(block, labelEval, labelNames, ctx.boot);
        if (scoreEval)
            await fill(block, scoreEval, scoreNames, ctx.boot);
    }
    // Registry order, whatever order the two passes filled them in.
    block.metrics = Object.fromEntries(all.filter((m) => m in block.metrics).map((m) => [m, block.metrics[m]]));
    const s = (0,metrics/* summarizeBinary */.X)(labelEval);
    const tn = s.negatives - s.fp;
    const fn = s.positives - s.tp;
    const { neg, pos } = ctx.labels;
    const negFirst = typeof neg === 'number' && typeof pos === 'number' ? neg < pos : String(neg) < String(pos);
    block.confusion_matrix = negFirst
        ? { labels: [neg, pos], counts: [[tn, s.fp], [fn, s.tp]] }
        : { labels: [pos, neg], counts: [[s.tp, fn], [s.fp, tn]] };
    return block;
}
function safe(f) {
    try {
        return f();
    }
    catch {
        return Number.NaN;
    }
}
function multiclassBlock(y, pred, proba, ctx) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    const k = ctx.classes.length;
    const n = y.length;
    const codes = ctx.classes.map((_, i) => i);
    const rows = proba ? Array.from({ length: n }, (_, i) => proba.subarray(i * k, (i + 1) * k)) : undefined;
    const data = (0,metrics/* multiclassEvaluation */.m2)(y, pred, { proba: rows, classes: codes });
    const present = new Uint8Array(k);
    for (let i = 0; i < n; i++)
        present[y[i]] = 1;
    const absent = ctx.classes.filter((_, i) => !present[i]);
    const names = [];
    for (const m of (0,metrics/* metricsForTask */.uS)('multiclass').map((x) => x.name)) {
        if (!proba && (m === 'roc_auc' || m === 'log_loss' || m === 'ece'))
            block.omitted.push({ metric: m, reason: 'needs one score column per class' });
        else if (m === 'roc_auc' && absent.length > 0) {
            block.omitted.push({ metric: m, reason: `class ${absent.map(String).join(', ')} has no rows in y_true; one-vs-rest ROC AUC needs every class` });
        }
        else
            names.push(m);
    }
    const point = names.map((m) => safe(() => metrics/* METRICS */.Cb[m].compute(data)));
    let cis;
    if (ctx.boot) {
        // Per metric, a resample where it is undefined (a class not drawn) counts as invalid, not fatal.
        const finishers = Object.fromEntries(names.map((m, i) => [m, (s) => s[i]]));
        cis = (0,metrics/* bootstrapStatistics */._f)((d, w) => names.map((m) => safe(() => metrics/* METRICS */.Cb[m].compute(d, w))), finishers, data, ctx.boot);
    }
    names.forEach((m, i) => {
        const v = point[i];
        if (!Number.isFinite(v))
            block.omitted.push({ metric: m, reason: 'undefined on these rows' });
        else
            block.metrics[m] = metricValue(m, v, cis?.[m]);
    });
    const cm = (0,metrics/* confusionMatrix */.gM)(y, pred, { labels: codes });
    block.confusion_matrix = { labels: ctx.classes, counts: cm.counts };
    return block;
}
async function regressionBlock(y, pred, boot) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    await fill(block, (0,metrics/* regressionEvaluation */.yv)(y, pred), (0,metrics/* metricsForTask */.uS)('regression').map((m) => m.name), boot);
    return block;
}

// EXTERNAL MODULE: ../../../../shared/model/read-predictions.ts
var read_predictions = __webpack_require__(72111);
;// CONCATENATED MODULE: ../../../../shared/model/task-blocks.ts





function prepareTask(task, data, settings) {
    const { file, score, scoreClassTexts, threshold, boot } = settings;
    const options = { posLabel: settings.posLabel };
    const n = data.rows;
    let classification;
    let scoreClassesOut;
    let blockFor;
    let exampleFields;
    let fairness;
    if (task === 'regression') {
        const y = data.yNum;
        const p = data.predNum;
        blockFor = (rows) => regressionBlock(rows ? (0,read_predictions/* pickF64 */.oR)(y, rows) : y, rows ? (0,read_predictions/* pickF64 */.oR)(p, rows) : p, boot);
        fairness = () => ({ kind: 'regression', outcome: { y, pred: p } });
        exampleFields = [
            { key: 'label', kind: 'number', values: y },
            { key: 'prediction', kind: 'number', values: p },
        ];
    }
    else {
        // Classes: score classes when given, plus every label and prediction seen.
        const texts = [...data.dict.texts];
        for (const c of scoreClassTexts)
            if (!texts.includes(c))
                texts.push(c);
        if (task === 'binary') {
            const { labels } = (0,read_predictions/* typedLabels */.UB)(texts);
            const typed = (t) => (texts.every(read_predictions/* isNumericText */.fe) ? +t : t);
            let pos;
            if (options.posLabel !== undefined)
                pos = (0,read_predictions/* labelText */.QK)(options.posLabel) ?? options.posLabel;
            else if (texts.every((t) => t === '0' || t === '1' || t === '-1'))
                pos = '1';
            else if (texts.every(read_predictions/* isNumericText */.fe))
                pos = String(labels[labels.length - 1]);
            else if (texts.every((t) => t === 'true' || t === 'false'))
                pos = 'true';
            else {
                throw new errors/* UsageError */.eb(`cannot tell the positive class among ${texts.join(', ')}`, { hint: (o) => `pass ${o.option('pos-label')}` });
            }
            if (texts.length > 2) {
                throw new errors/* InputError */.dz(`a binary task, but the label and prediction columns hold ${texts.length} classes: ${labels.map(String).join(', ')}`, {
                    location: { file },
                    hint: (o) => `use ${o.setting('task', 'multiclass')}, or map the labels to two classes`,
                });
            }
            if (texts.length === 2 && !texts.includes(pos)) {
                throw new errors/* UsageError */.eb((o) => `${o.setting('pos-label', pos)} is not one of the classes ${texts.join(', ')}`);
            }
            const negText = texts.find((t) => t !== pos);
            const neg = negText !== undefined ? typed(negText) : (0,read_predictions/* isNumericText */.fe)(pos) ? (pos === '1' ? 0 : -1) : `not ${pos}`;
            const posTyped = (0,read_predictions/* isNumericText */.fe)(pos) && (negText === undefined || (0,read_predictions/* isNumericText */.fe)(negText)) ? +pos : pos;
            const posCode = data.dict.get(pos) ?? -1;
            const yc = data.yCode;
            const y = new Uint8Array(n);
            for (let i = 0; i < n; i++)
                y[i] = yc[i] === posCode ? 1 : 0;
            let pScore;
            if (score.length === 1)
                pScore = data.scores[0];
            else if (score.length === 2) {
                const k = scoreClassTexts.indexOf(pos);
                if (k < 0)
                    throw new errors/* UsageError */.eb(`no score column for the positive class ${pos} (score columns are for ${scoreClassTexts.join(', ')})`, { hint: (o) => `fix ${o.option('classes')} or ${o.option('pos-label')}` });
                pScore = data.scores[k];
            }
            let predPos;
            if (data.predCode) {
                predPos = new Uint8Array(n);
                const pc = data.predCode;
                for (let i = 0; i < n; i++)
                    predPos[i] = pc[i] === posCode ? 1 : 0;
            }
            const ctx = { threshold, labels: { neg, pos: posTyped }, boot };
            fairness = () => {
                // The label metrics' predictions: the prediction column, else score > threshold (strict).
                let pred = predPos;
                if (!pred) {
                    pred = new Uint8Array(n);
                    for (let i = 0; i < n; i++)
                        pred[i] = pScore[i] > threshold ? 1 : 0;
                }
                return { kind: 'classification', outcomes: [{ positiveClass: posTyped, y, pred, score: pScore }] };
            };
            blockFor = (rows) => {
                const pick8 = (a) => (rows ? Uint8Array.from(rows, (r) => a[r]) : a);
                return binaryBlock(pick8(y), pScore && (rows ? (0,read_predictions/* pickF64 */.oR)(pScore, rows) : pScore), predPos && pick8(predPos), ctx);
            };
            classification = {
                classes: [neg, posTyped].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1)),
                pos_label: posTyped,
                threshold: predPos ? null : threshold,
                predicted_from: predPos ? 'prediction' : 'threshold',
                ece_bins: metrics/* ECE_DEFAULT_BINS */.DJ,
            };
            if (score.length === 2)
                scoreClassesOut = scoreClassTexts.map(typed);
            const labelJson = data.dict.texts.map((t) => JSON.stringify(typed(t)));
            exampleFields = [{ key: 'label', kind: 'coded', codes: yc, json: labelJson }];
            if (data.predCode)
                exampleFields.push({ key: 'prediction', kind: 'coded', codes: data.predCode, json: labelJson });
            if (pScore)
                exampleFields.push({ key: 'score', kind: 'number', values: pScore });
        }
        else {
            const { labels: classes, order } = (0,read_predictions/* typedLabels */.UB)(texts);
            // dictionary code → sorted class index
            const toClass = new Int32Array(texts.length);
            order.forEach((textIndex, classIndex) => (toClass[textIndex] = classIndex));
            const dictToClass = data.dict.texts.map((t) => toClass[texts.indexOf(t)]);
            const yc = data.yCode;
            const y = new Int32Array(n);
            for (let i = 0; i < n; i++)
                y[i] = dictToClass[yc[i]];
            const k = classes.length;
            let proba;
            if (score.length > 0) {
                if (k !== score.length) {
                    throw new errors/* InputError */.dz(`predictions name classes without a score column: ${texts.filter((t) => !scoreClassTexts.includes(t)).join(', ')}`, {
                        location: { file },
                        hint: (o) => `give one ${o.option('score')} column per class`,
                    });
                }
                proba = new Float64Array(n * k);
                score.forEach((_, j) => {
                    const c = toClass[texts.indexOf(scoreClassTexts[j])];
                    const col = data.scores[j];
                    for (let i = 0; i < n; i++)
                        proba[i * k + c] = col[i];
                });
            }
            let pred;
            if (data.predCode) {
                pred = new Int32Array(n);
                const pc = data.predCode;
                for (let i = 0; i < n; i++)
                    pred[i] = dictToClass[pc[i]];
            }
            else
                pred = argmaxClasses(proba, n, k);
            blockFor = (rows) => {
                if (!rows)
                    return multiclassBlock(y, pred, proba, { classes, boot });
                let sub;
                if (proba) {
                    sub = new Float64Array(rows.length * k);
                    rows.forEach((r, i) => sub.set(proba.subarray(r * k, (r + 1) * k), i * k));
                }
                return multiclassBlock((0,read_predictions/* pickI32 */.Oh)(y, rows), (0,read_predictions/* pickI32 */.Oh)(pred, rows), sub, { classes, boot });
            };
            classification = { classes, pos_label: null, threshold: null, predicted_from: data.predCode ? 'prediction' : 'argmax', ece_bins: metrics/* ECE_DEFAULT_BINS */.DJ };
            fairness = () => (0,model_fairness/* oneVsRestOutcomes */.ZX)(classes, y, pred, proba);
            if (score.length > 0)
                scoreClassesOut = scoreClassTexts.map((t) => classes[toClass[texts.indexOf(t)]]);
            const classJson = classes.map((c) => JSON.stringify(c));
            exampleFields = [
                { key: 'label', kind: 'coded', codes: y, json: classJson },
                { key: 'prediction', kind: 'coded', codes: pred, json: classJson },
            ];
            if (proba)
                exampleFields.push({ key: 'scores', kind: 'vector', values: proba, width: k });
        }
    }
    return { blockFor, exampleFields, classification, scoreClasses: scoreClassesOut, fairness: fairness };
}
/** scikit-learn's predict: classes_[argmax(proba)] per row (row-major, k per row), the first maximum on ties. */
function argmaxClasses(proba, n, k) {
    const pred = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        let best = 0;
        for (let j = 1; j < k; j++)
            if (proba[i * k + j] > proba[i * k + best])
                best = j;
        pred[i] = best;
    }
    return pred;
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


/***/ }),

/***/ 6770:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ openAliasRelease)
});

// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var errors = __webpack_require__(21543);
// EXTERNAL MODULE: ../../../../shared/formats/manifest-format.ts
var manifest_format = __webpack_require__(69680);
// EXTERNAL MODULE: ../../../../shared/runtime/file-digest.ts
var file_digest = __webpack_require__(40322);
// EXTERNAL MODULE: ../../../../shared/registry/release-files.ts
var release_files = __webpack_require__(28317);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var runtime_errors = __webpack_require__(49980);
// EXTERNAL MODULE: ../../../../shared/runtime/jsonl-append.ts
var jsonl_append = __webpack_require__(28550);
// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(72213);
// EXTERNAL MODULE: ../../../../shared/runtime/lazy-schema.ts
var lazy_schema = __webpack_require__(62881);
;// CONCATENATED MODULE: ../../../../shared/formats/state-format.ts
/**
 * Registry state, written through the StateStore (shared/ports/registry-stores.ts) with compare-and-swap.
 *
 * `mlops-actions/registry-state@1`: one document per model: its published versions, where each
 * alias points, and the alias history (every move, oldest first).
 * `mlops-actions/registry-audit@1`: one JSON line per change in the model's append-only audit log:
 * who, when, what (publish or promote), from which version to which, the approval and the run.
 * Documented in docs/registry.md ("State and audit log").
 */


const REGISTRY_STATE_SCHEMA = 'mlops-actions/registry-state@1';
const REGISTRY_AUDIT_SCHEMA = 'mlops-actions/registry-audit@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const state_format_schemas = (0,lazy_schema/* once */.Oo)(() => {
    const sha256 = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/);
    const runRefSchema = schemas/* object */.Ikc({
        repository: schemas/* string */.YjP().nullable(),
        run_id: schemas/* string */.YjP().nullable(),
        run_attempt: schemas/* number */.aig().int().positive().nullable(),
        workflow: schemas/* string */.YjP().nullable(),
        url: schemas/* string */.YjP().nullable(),
    });
    const approvalSchema = schemas/* object */.Ikc({
        reviewer: schemas/* string */.YjP().nullable(),
        comment: schemas/* string */.YjP().nullable(),
        /** The GitHub Environment whose protection rules approved the job, when there was one. */
        environment: schemas/* string */.YjP().nullable(),
    });
    const versionEntrySchema = schemas/* object */.Ikc({
        version: schemas/* string */.YjP(),
        tag: schemas/* string */.YjP(),
        url: schemas/* string */.YjP(),
        /** Digest of manifest.json as published: promote checks the stored manifest against it. */
        manifest_sha256: sha256,
        content_digest: sha256,
        published_at: schemas/* string */.YjP(),
        published_by: schemas/* string */.YjP().nullable(),
    });
    const aliasEntrySchema = schemas/* object */.Ikc({
        version: schemas/* string */.YjP(),
        updated_at: schemas/* string */.YjP(),
        updated_by: schemas/* string */.YjP().nullable(),
    });
    const aliasMoveSchema = schemas/* object */.Ikc({
        at: schemas/* string */.YjP(),
        alias: schemas/* string */.YjP(),
        /** The version the alias pointed to before; null when it was created. */
        from: schemas/* string */.YjP().nullable(),
        to: schemas/* string */.YjP(),
        actor: schemas/* string */.YjP().nullable(),
    });
    /** What promote checked in a release's build provenance (shared/registry/provenance/). */
    const provenanceCheckSchema = schemas/* object */.Ikc({
        verified: schemas/* literal */.euz(true),
        /** The signing certificate's OIDC issuer (GitHub Actions: https://token.actions.githubusercontent.com). */
        issuer: schemas/* string */.YjP().nullable(),
        /** The certificate's subject alternative name: for GitHub Actions, the workflow file's URI and ref. */
        identity: schemas/* string */.YjP().nullable(),
        /** The archive's SHA-256 as the signed in-toto statement names it. */
        subject_digest: sha256,
        /** The repository the signing workflow ran in (Fulcio's Source Repository URI), when the certificate says. */
        source_repository: schemas/* string */.YjP().nullable(),
        predicate_type: schemas/* string */.YjP().nullable(),
        /** The signature's Rekor log index. */
        log_index: schemas/* string */.YjP().nullable(),
    });
    const registryStateSchema = schemas/* object */.Ikc({
        schema: schemas/* literal */.euz(REGISTRY_STATE_SCHEMA),
        model: schemas/* string */.YjP(),
        /** Sorted by semver precedence, lowest first. */
        versions: schemas/* array */.YOg(versionEntrySchema),
        aliases: schemas/* record */.g1P(schemas/* string */.YjP(), aliasEntrySchema),
        history: schemas/* array */.YOg(aliasMoveSchema),
    });
    const auditEntrySchema = schemas/* object */.Ikc({
        schema: schemas/* literal */.euz(REGISTRY_AUDIT_SCHEMA),
        at: schemas/* string */.YjP(),
        model: schemas/* string */.YjP(),
        action: schemas/* enum */.k5n(['publish', 'promote']),
        /** promote: the alias moved; null for publish. */
        alias: schemas/* string */.YjP().nullable(),
        /** promote: the alias's previous version (null when new); publish: null. */
        from: schemas/* string */.YjP().nullable(),
        /** promote: the version the alias now points to; publish: the version published. */
        to: schemas/* string */.YjP(),
        actor: schemas/* string */.YjP().nullable(),
        approval: approvalSchema.nullable(),
        run: runRefSchema.nullable(),
        /** Verified or published manifest digest, so the entry names exactly what moved. */
        manifest_sha256: sha256.nullable(),
        /**
         * promote: the release's build provenance (the Sigstore bundle `provenance.sigstore.json`) as
         * verified before the alias moved, or null when the release has none. Absent in entries
         * written before it existed and in publish entries, so older logs read unchanged.
         */
        provenance: provenanceCheckSchema.nullable().optional(),
    });
    return { runRefSchema, approvalSchema, provenanceCheckSchema, versionEntrySchema, aliasEntrySchema, aliasMoveSchema, registryStateSchema, auditEntrySchema };
});
const runRefSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().runRefSchema);
const approvalSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().approvalSchema);
const provenanceCheckSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().provenanceCheckSchema);
const versionEntrySchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().versionEntrySchema);
const aliasEntrySchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().aliasEntrySchema);
const aliasMoveSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().aliasMoveSchema);
const state_format_registryStateSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().registryStateSchema);
const state_format_auditEntrySchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().auditEntrySchema);
function emptyState(model) {
    return { schema: REGISTRY_STATE_SCHEMA, model, versions: [], aliases: {}, history: [] };
}

;// CONCATENATED MODULE: ../../../../shared/registry/state-update.ts
/**
 * Reading and changing a model's registry state through the StateStore's compare-and-swap.
 *
 * A change is a function of the current state (re-applied from scratch after every lost race, so a
 * concurrent change is never overwritten). After a lost race we wait a random time with capped
 * exponential growth ("full jitter", AWS Architecture Blog, "Exponential Backoff And Jitter",
 * 2015) so contenders spread out instead of colliding again in lockstep.
 */




const DEFAULT_RETRY = { attempts: 20, baseDelayMs: 25, maxDelayMs: 1000 };
const sleepMs = (ms) => new Promise((r) => setTimeout(r, ms));
function checkState(model, value) {
    const parsed = state_format_registryStateSchema.safeParse(value);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new runtime_errors/* InputError */.dz(`registry state of model "${model}" is not valid ${state_format_registryStateSchema.shape.schema.value}: ${i.path.join('.') || '(root)'}: ${i.message}`, {
            hint: 'the state document was edited by hand or by a newer version; restore it from the audit log or history',
        });
    }
    if (parsed.data.model !== model)
        throw new runtime_errors/* InputError */.dz(`registry state for "${model}" names model "${parsed.data.model}"`, { hint: 'the state document was copied from another model' });
    return parsed.data;
}
/** The model's state, or undefined when nothing was ever recorded for it. */
async function readState(store, model) {
    let doc;
    try {
        doc = await store.read(model);
    }
    catch (e) {
        // A state file cut short or overwritten by hand is bad input, not a bug in the store.
        if (!(e instanceof SyntaxError))
            throw e;
        throw new runtime_errors/* InputError */.dz(`registry state of model "${model}" is not JSON: ${e.message.split('\n')[0]}`, {
            hint: 'the state document was cut short or edited by hand; restore it from version control or rebuild it from the audit log',
            cause: e,
        });
    }
    if (!doc)
        return undefined;
    return { state: checkState(model, doc.value), revision: doc.revision };
}
/** The model's audit log, oldest first. */
async function readAudit(store, model) {
    const lines = await store.audit(model);
    const entries = [];
    lines.forEach((line, i) => {
        // Notes of a cut torn line (shared/runtime/jsonl-append.ts) are not entries.
        if (isRepairNote(line))
            return;
        let json;
        try {
            json = JSON.parse(line);
        }
        catch {
            throw new InputError(`audit log of model "${model}", line ${i + 1}, is not JSON`, {
                hint: i === lines.length - 1
                    ? 'the last line is cut short (the log was truncated or a write died): the next publish or promote cuts it and keeps its bytes in a repair note'
                    : 'the log was edited by hand; restore it from a backup or the registry branch history',
            });
        }
        const parsed = auditEntrySchema.safeParse(json);
        if (!parsed.success)
            throw new InputError(`audit log of model "${model}", line ${i + 1}: ${parsed.error.issues[0].message}`);
        entries.push(parsed.data);
    });
    return entries;
}
/**
 * Applies `change` with compare-and-swap: read, apply, write only if nobody wrote in between; on a
 * lost race read again and re-apply. Throws ConflictError after `policy.attempts` lost races.
 */
async function updateState(store, model, change, message, policy = {}) {
    const p = { ...DEFAULT_RETRY, ...policy };
    const random = p.random ?? Math.random;
    const sleep = p.sleep ?? sleepMs;
    for (let attempt = 1; attempt <= p.attempts; attempt++) {
        const current = await readState(store, model);
        const outcome = change(current ? structuredClone(current.state) : undefined);
        if ('unchanged' in outcome)
            return { result: outcome.unchanged, changed: false, attempts: attempt };
        const value = registryStateSchema.parse(outcome.state);
        const lines = outcome.audit.map((e) => JSON.stringify(auditEntrySchema.parse(e)));
        if (await store.write(model, value, lines, current?.revision, message))
            return { result: outcome.result, changed: true, attempts: attempt };
        if (attempt < p.attempts)
            await sleep(random() * Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1)));
    }
    throw new ConflictError(`registry state of model "${model}" kept changing under us: gave up after ${p.attempts} attempts`, {
        hint: 'other publishes or promotions of this model are running at the same moment; run this one again',
    });
}


// EXTERNAL MODULE: ../../../../shared/registry/tag.ts + 1 modules
var tag = __webpack_require__(64758);
;// CONCATENATED MODULE: ../../../../shared/registry/alias-release.ts
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
    const model = (0,tag/* validateModelName */.HW)(modelName);
    const alias = (0,tag/* validateAlias */.jX)(aliasName);
    const state = (await readState(ports.state, model))?.state;
    const version = state?.aliases[alias]?.version;
    if (!state || version === undefined)
        return undefined;
    const recorded = state.versions.find((v) => v.version === version);
    const where = `${model}@${alias} (${recorded?.tag ?? (0,tag/* tagOf */.cO)(model, version)})`;
    const stop = (what) => new errors/* IntegrityError */.cs(`${words.use} ${where}: ${what}; ${words.refusal}`, {
        hint: 'the stored release was changed or damaged after publishing: publish the model again under a new version and promote it',
    });
    const ref = await ports.releases.find(model, version);
    if (!ref)
        throw stop(`the alias points to ${version}, but the registry holds no release of it`);
    if (!ref.assets.some((a) => a.name === manifest_format/* MANIFEST_ASSET */.ny))
        throw stop(`${manifest_format/* MANIFEST_ASSET */.ny} is missing`);
    // The manifest's digest was recorded in the state at publish time: it anchors every other check.
    const { manifest, sha256: manifestSha } = await (0,release_files/* fetchManifest */.C)(ports.releases, ref, workDir).catch((e) => {
        throw e instanceof errors/* IntegrityError */.cs || e instanceof runtime_errors/* InputError */.dz ? stop(e.message) : e;
    });
    if (recorded && manifestSha !== recorded.manifest_sha256) {
        throw stop(`${manifest_format/* MANIFEST_ASSET */.ny} has SHA-256 ${manifestSha}, but ${recorded.manifest_sha256} was recorded when it was published`);
    }
    if (manifest.name !== model || manifest.version !== version)
        throw stop(`${manifest_format/* MANIFEST_ASSET */.ny} describes ${manifest.name} ${manifest.version}`);
    const download = async (asset, destination) => {
        if (!ref.assets.some((a) => a.name === asset.name))
            throw stop(`asset ${asset.name} listed in the manifest is missing from the release`);
        try {
            await ports.releases.download(ref, asset.name, destination);
        }
        catch (e) {
            throw e instanceof errors/* IntegrityError */.cs ? stop(e.message) : e;
        }
        const got = await (0,file_digest/* sha256File */.Q)(destination);
        if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
            throw stop(`${asset.name} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
        }
    };
    return { model, alias, version, ref, manifest, manifestSha, download, stop };
}


/***/ }),

/***/ 21543:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   fK: () => (/* binding */ ConflictError)
/* harmony export */ });
/* unused harmony export ApprovalError */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49980);
/**
 * Registry failures. Both mean "the step ran and refused", so both exit 1 (a check failed), which a
 * workflow can tell apart from bad usage or input (2, e.g. a hostile model name) and from the forge
 * failing (3):
 *   ConflictError   a published version is immutable: different content under an existing version,
 *                   or a state update that kept losing the compare-and-swap race.
 *   IntegrityError  a stored asset is missing or its SHA-256 differs from the manifest (tampering,
 *                   truncation), or an archive entry would escape its folder.
 */

class ConflictError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    exitCode = _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CHECK_FAILED */ .Gh;
}
class IntegrityError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    exitCode = _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CHECK_FAILED */ .Gh;
}
/** A promotion that requires an approval found none for its environment in this run. */
class ApprovalError extends (/* unused pure expression or super */ null && (MlopsError)) {
    exitCode = EXIT_CHECK_FAILED;
}


/***/ }),

/***/ 64758:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cO: () => (/* binding */ tagOf),
  jX: () => (/* binding */ validateAlias),
  HW: () => (/* binding */ validateModelName)
});

// UNUSED EXPORTS: MAX_NAME_LENGTH, NAME_RE, RESERVED_ALIASES, TAG_PREFIX, parseTag

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(49980);
;// CONCATENATED MODULE: ../../../../shared/registry/semver.ts
/**
 * Model versions: Semantic Versioning 2.0.0 (semver.org) without build metadata: `X.Y.Z` with an
 * optional prerelease (`1.4.0-rc.1`). Build metadata (`+sha`) is refused: semver ignores it when
 * ordering, so `1.0.0+a` and `1.0.0+b` would be two releases of one version. Bumps follow npm's
 * `semver.inc` (a prerelease bumps to its release: 1.2.0-rc.1 + patch = 1.2.0).
 */

const BUMPS = (/* unused pure expression or super */ null && (['major', 'minor', 'patch']));
/** Longer than any real version; keeps tags, folder names and messages sane. */
const semver_MAX_VERSION_LENGTH = 64;
const NUM = '(0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const SEMVER_RE = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?$`);
/** Parses `1.2.3`, `1.2.3-rc.1`, or the same with one leading `v`; undefined when it is not one. */
function semver_tryParseVersion(text) {
    if (text.length > semver_MAX_VERSION_LENGTH + 1)
        return undefined;
    const m = SEMVER_RE.exec(text.startsWith('v') ? text.slice(1) : text);
    if (!m)
        return undefined;
    const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
    if (![major, minor, patch].every(Number.isSafeInteger))
        return undefined;
    return { major, minor, patch, prerelease: m[4] ? m[4].split('.') : [] };
}
/**
 * Like tryParseVersion, but a bad version is a UsageError that says what a good one looks like.
 * `where` names it; an `{ option }` is named as each face names its options (`--version`, input "version").
 */
function parseVersion(text, where = 'version') {
    const v = semver_tryParseVersion(text);
    if (v)
        return v;
    const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
    const hint = text.includes('+')
        ? 'build metadata (+...) is not allowed: semver ignores it when ordering, so it cannot tell two releases apart'
        : `use MAJOR.MINOR.PATCH with an optional -prerelease, e.g. 1.4.0 or 2.0.0-rc.1 (at most ${semver_MAX_VERSION_LENGTH} characters)`;
    if (typeof where === 'string')
        throw new errors/* UsageError */.eb(`${where} ${shown} is not a semantic version`, { hint });
    throw new errors/* UsageError */.eb((o) => `${o.option(where.option)} ${shown} is not a semantic version`, { hint });
}
function semver_formatVersion(v) {
    const core = `${v.major}.${v.minor}.${v.patch}`;
    return v.prerelease.length ? `${core}-${v.prerelease.join('.')}` : core;
}
/** The canonical text of a version as given (drops a leading `v`); throws UsageError when invalid. */
function normalizeVersion(text, where) {
    return semver_formatVersion(parseVersion(text, where));
}
function compareIds(a, b) {
    const na = /^\d+$/.test(a);
    const nb = /^\d+$/.test(b);
    if (na && nb)
        return Math.sign(Number(a) - Number(b));
    if (na)
        return -1; // numeric identifiers have lower precedence than alphanumeric ones (semver 11.4.3)
    if (nb)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Semver precedence: negative when a < b, 0 when equal, positive when a > b. */
function compareVersions(a, b) {
    const x = typeof a === 'string' ? parseVersion(a) : a;
    const y = typeof b === 'string' ? parseVersion(b) : b;
    for (const k of ['major', 'minor', 'patch'])
        if (x[k] !== y[k])
            return Math.sign(x[k] - y[k]);
    // A release ranks above its prereleases (1.0.0-rc.1 < 1.0.0).
    if (!x.prerelease.length || !y.prerelease.length)
        return Math.sign(Number(!x.prerelease.length) - Number(!y.prerelease.length));
    for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
        if (x.prerelease[i] === undefined)
            return -1;
        if (y.prerelease[i] === undefined)
            return 1;
        const c = compareIds(x.prerelease[i], y.prerelease[i]);
        if (c !== 0)
            return c;
    }
    return 0;
}
/** The highest of `versions` (strings), or undefined for none. With `stableOnly`, prereleases are skipped. */
function highestVersion(versions, stableOnly = false) {
    let best;
    for (const text of versions) {
        const v = semver_tryParseVersion(text);
        if (!v || (stableOnly && v.prerelease.length))
            continue;
        if (!best || compareVersions(v, best) > 0)
            best = v;
    }
    return best && semver_formatVersion(best);
}
/** npm semver's `inc` for major/minor/patch. */
function bumpVersion(version, bump) {
    const v = typeof version === 'string' ? parseVersion(version) : version;
    const pre = v.prerelease.length > 0;
    switch (bump) {
        case 'major':
            return semver_formatVersion({ major: pre && v.minor === 0 && v.patch === 0 ? v.major : v.major + 1, minor: 0, patch: 0, prerelease: [] });
        case 'minor':
            return semver_formatVersion({ major: v.major, minor: pre && v.patch === 0 ? v.minor : v.minor + 1, patch: 0, prerelease: [] });
        case 'patch':
            return semver_formatVersion({ major: v.major, minor: v.minor, patch: pre ? v.patch : v.patch + 1, prerelease: [] });
    }
}
/** The version a model's first publish gets when none is given: "v1". */
const FIRST_VERSION = '1.0.0';
/** The PR label that asks for a bump: `model:major`, `model:minor`, `model:patch`. */
const BUMP_LABEL_PREFIX = 'model:';
/**
 * The bump PR labels ask for: the largest of the `model:*` labels (major > minor > patch), or
 * undefined when there is none. Other labels are ignored.
 */
function bumpFromLabels(labels) {
    const asked = new Set(labels.map((l) => l.trim().toLowerCase()).filter((l) => l.startsWith(BUMP_LABEL_PREFIX)).map((l) => l.slice(BUMP_LABEL_PREFIX.length)));
    return BUMPS.find((b) => asked.has(b));
}
/**
 * The version to publish. Precedence: an explicit version; else the highest existing version bumped
 * by the `bump` input, else by a PR label, else by patch; the first version of a model is 1.0.0.
 */
function nextVersion(existing, choice) {
    if (choice.version !== undefined && choice.version !== '')
        return { version: normalizeVersion(choice.version), reason: 'explicit' };
    const highest = highestVersion(existing);
    const label = bumpFromLabels(choice.labels ?? []);
    const bump = choice.bump ?? label ?? 'patch';
    const why = choice.bump ? `--bump ${bump}` : label ? `PR label ${BUMP_LABEL_PREFIX}${label}` : 'default patch bump';
    if (!highest)
        return { version: FIRST_VERSION, reason: 'first version' };
    return { version: bumpVersion(highest, bump), reason: `${why} from ${highest}` };
}

;// CONCATENATED MODULE: ../../../../shared/registry/tag.ts
/**
 * Names in the registry, and the tag of a published version:
 *
 *   model/<name>/v<version>        e.g. model/churn/v1.4.0, model/churn/v2.0.0-rc.1
 *
 * The same string is the Git tag of the GitHub release and the folder of the local registry
 * (`<registry>/model/<name>/v<version>/`). Model names and aliases are `^[a-z][a-z0-9]*(-[a-z0-9]+)*$`
 * and at most 64 characters: safe as a path segment, a Git ref component, a URL part and a file
 * name on every OS, so a name from a workflow input can never climb out of a folder (`../`), split
 * a ref (`@{`, spaces) or collide by case.
 */


const NAME_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 64;
const TAG_PREFIX = 'model/';
/** Version words promote understands; an alias cannot be named like them. */
const RESERVED_ALIASES = new Set(['latest']);
function shown(text) {
    return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
function checkName(text, what, option) {
    if (typeof text !== 'string' || text.length === 0)
        throw new errors/* UsageError */.eb(`${what} is empty`, { hint: (o) => `pass ${o.option(option, 'NAME')}` });
    if (text.length > MAX_NAME_LENGTH)
        throw new errors/* UsageError */.eb(`${what} ${shown(text)} is ${text.length} characters long`, { hint: `use at most ${MAX_NAME_LENGTH}` });
    if (!NAME_RE.test(text)) {
        throw new errors/* UsageError */.eb(`${what} ${shown(text)} is not allowed`, {
            hint: 'use lowercase letters, digits and single hyphens, starting with a letter (e.g. churn, fraud-v2)',
        });
    }
    return text;
}
/** Returns the model name, or throws UsageError (exit 2) saying what is wrong with it. */
function validateModelName(name) {
    return checkName(name, 'model name', 'model');
}
/** Returns the alias, or throws UsageError; `latest` is reserved (it means "the highest version"). */
function validateAlias(alias) {
    checkName(alias, 'alias', 'alias');
    if (RESERVED_ALIASES.has(alias))
        throw new errors/* UsageError */.eb(`alias "${alias}" is reserved`, { hint: 'it means the highest published version; pick another alias name' });
    return alias;
}
/** The tag of a version: `model/<name>/v<version>`. Validates both parts. */
function tagOf(model, version) {
    return `${TAG_PREFIX}${validateModelName(model)}/v${normalizeVersion(version)}`;
}
/** The model and version of a tag, or undefined when `tag` is not one of ours. */
function parseTag(tag) {
    if (!tag.startsWith(TAG_PREFIX) || tag.length > TAG_PREFIX.length + MAX_NAME_LENGTH + MAX_VERSION_LENGTH + 2)
        return undefined;
    const rest = tag.slice(TAG_PREFIX.length);
    const slash = rest.indexOf('/');
    if (slash < 0)
        return undefined;
    const model = rest.slice(0, slash);
    const v = rest.slice(slash + 1);
    if (!NAME_RE.test(model) || model.length > MAX_NAME_LENGTH || !v.startsWith('v'))
        return undefined;
    const parsed = tryParseVersion(v.slice(1));
    if (!parsed || v.slice(1).startsWith('v') || formatVersion(parsed) !== v.slice(1))
        return undefined;
    return { model, version: formatVersion(parsed) };
}


/***/ }),

/***/ 28550:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ appendedJsonlText)
/* harmony export */ });
/* unused harmony exports JSONL_REPAIR_SCHEMA, tornTailOf, repairNoteLine, isRepairNote, appendPlanOf, tornTailOfFile, appendJsonLines */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Appending to a JSON Lines file whose last line may be torn (a writer killed mid-line, a disk
 * that filled, a file truncated by hand). Appending after a partial line glues the next entry to
 * it and both are lost to every reader. So before appending we look at the tail: when the file
 * does not end in a newline, the partial line is cut and a repair note is appended first, which
 * keeps the cut bytes (base64: they may not even be UTF-8) and says where and when they were cut.
 * Readers skip repair notes (isRepairNote) when they read entries.
 *
 * Every JSONL we append to goes through here: the local registry's audit log (inside its redo
 * journal, shared/local/local-state-store.ts), the registry branch's audit log on GitHub
 * (shared/github/github-state-store.ts), and plain files (appendJsonLines).
 */

const JSONL_REPAIR_SCHEMA = 'mlops-actions/jsonl-repair@1';
/** The torn tail of JSON Lines `content`, or undefined when it ends in a newline (or is empty). */
function tornTailOf(content) {
    if (content.length === 0 || content[content.length - 1] === 0x0a)
        return undefined;
    const keep = content.lastIndexOf(0x0a) + 1;
    return { keep, cut: Buffer.from(content.subarray(keep)) };
}
/** The line recording a cut: what was cut (base64), how many bytes, from which byte offset, when. */
function repairNoteLine(torn, at) {
    return JSON.stringify({
        schema: JSONL_REPAIR_SCHEMA,
        at: at.toISOString(),
        note: `a partial last line (${torn.cut.length} bytes from byte ${torn.keep}, no newline) was cut before appending; its bytes are kept here`,
        offset: torn.keep,
        bytes: torn.cut.length,
        cut_base64: torn.cut.toString('base64'),
    });
}
/** True for a line repairNoteLine wrote (readers skip it when reading entries). */
function isRepairNote(line) {
    if (!line.includes(JSONL_REPAIR_SCHEMA))
        return false;
    try {
        return JSON.parse(line).schema === JSONL_REPAIR_SCHEMA;
    }
    catch {
        return false;
    }
}
/** What to append after `content`: keep its first `keep` bytes, then `lines` (a repair note first when the tail was torn). */
function appendPlanOf(content, lines, now = new Date()) {
    for (const line of lines)
        if (line.includes('\n'))
            throw new Error('JSON Lines entries must be single-line');
    const torn = tornTailOf(content);
    if (!torn)
        return { keep: content.length, lines: [...lines] };
    return { keep: torn.keep, lines: [repairNoteLine(torn, now), ...lines], torn };
}
/** `previous` text with `lines` appended (a torn tail cut and noted first): for stores that rewrite the whole file. */
function appendedJsonlText(previous, lines, now = new Date()) {
    const bytes = Buffer.from(previous, 'utf8');
    const plan = appendPlanOf(bytes, lines, now);
    return bytes.subarray(0, plan.keep).toString('utf8') + plan.lines.map((l) => `${l}\n`).join('');
}
const TAIL_CHUNK = (/* unused pure expression or super */ null && (64 * 1024));
/** The torn tail of the JSON Lines file at `path` (read backwards from the end), or undefined. */
async function tornTailOfFile(path) {
    let fh;
    try {
        fh = await open(path, 'r');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    try {
        const size = (await fh.stat()).size;
        const chunks = [];
        for (let end = size; end > 0;) {
            const start = Math.max(0, end - TAIL_CHUNK);
            const buf = Buffer.alloc(end - start);
            await fh.read(buf, 0, buf.length, start);
            if (end === size && buf[buf.length - 1] === 0x0a)
                return undefined;
            chunks.unshift(buf);
            const nl = buf.lastIndexOf(0x0a);
            if (nl >= 0) {
                const tail = Buffer.concat(chunks).subarray(nl + 1);
                return { keep: start + nl + 1, cut: Buffer.from(tail) };
            }
            end = start;
        }
        return size === 0 ? undefined : { keep: 0, cut: Buffer.concat(chunks) };
    }
    finally {
        await fh.close();
    }
}
/**
 * Appends `lines` to the JSON Lines file at `path` (created if missing), cutting and noting a torn
 * tail first. For files with a single writer at a time (the caller holds the lock).
 */
async function appendJsonLines(path, lines, now = new Date()) {
    const torn = await tornTailOfFile(path);
    const all = torn ? [repairNoteLine(torn, now), ...lines] : [...lines];
    for (const line of all)
        if (line.includes('\n'))
            throw new Error('JSON Lines entries must be single-line');
    const fh = await open(path, torn ? 'r+' : 'a');
    try {
        if (torn) {
            await fh.truncate(torn.keep);
            await fh.write(all.map((l) => `${l}\n`).join(''), torn.keep);
        }
        else {
            await fh.appendFile(all.map((l) => `${l}\n`).join(''));
        }
        await fh.sync();
    }
    finally {
        await fh.close();
    }
    return torn ? { torn } : {};
}


/***/ })

};
