export const id = 349;
export const ids = [349];
export const modules = {

/***/ 99349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


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
// EXTERNAL MODULE: ../../../../shared/model/metrics/index.ts + 3 modules
var model_metrics = __webpack_require__(30621);
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
        const scoreEval = rows.score ? (0,model_metrics/* binaryEvaluation */.MY)(positive, rows.score, { posLabel: 1, threshold }) : undefined;
        const labelEval = predPos ? (0,model_metrics/* binaryEvaluation */.MY)(positive, Float64Array.from(predPos), { posLabel: 1, threshold: 0.5 }) : scoreEval;
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
    const e = (0,model_metrics/* multiclassEvaluation */.m2)(labels, pred, { proba, classes });
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
    let pred;
    if (rows.predictions)
        pred = Int32Array.from(rows.predictions, (p) => index.get(textOf(p)) ?? -1);
    else if (rows.scores && rows.width === k) {
        // scikit-learn's predict: the first maximum, as evaluate.
        pred = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            let best = 0;
            for (let j = 1; j < k; j++)
                if (rows.scores[i * k + j] > rows.scores[i * k + best])
                    best = j;
            pred[i] = best;
        }
    }
    else
        return 'its per-example file has no predictions';
    const proba = rows.scores && rows.width === k ? rows.scores : undefined;
    const outcomes = classes.map((positiveClass, c) => {
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
    });
    return { kind: 'classification', outcomes };
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
    const alpha = 1 - settings.confidence;
    for (const p of plans) {
        for (const j of p.jobs) {
            const valid = j.stats.filter((x) => !Number.isNaN(x)).sort();
            let perOutcome = out.intervals.get(j.key);
            if (!perOutcome)
                out.intervals.set(j.key, (perOutcome = new Map()));
            perOutcome.set(j.name, {
                estimate: j.estimate,
                lower: (0,model_metrics/* quantileSorted */.Z4)(valid, alpha / 2),
                upper: (0,model_metrics/* quantileSorted */.Z4)(valid, 1 - alpha / 2),
                invalid: settings.resamples - valid.length,
            });
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ delongTest),
/* harmony export */   R4: () => (/* binding */ deltaLabel),
/* harmony export */   RV: () => (/* binding */ normalTwoSidedP),
/* harmony export */   Tq: () => (/* binding */ forEachPairedResample),
/* harmony export */   cd: () => (/* binding */ chiSquare1Sf),
/* harmony export */   eq: () => (/* binding */ mcnemarTest),
/* harmony export */   pO: () => (/* binding */ DEFAULT_ALPHA),
/* harmony export */   t: () => (/* binding */ pairedBootstrapDeltas)
/* harmony export */ });
/* unused harmony exports MCNEMAR_EXACT_BELOW, erfc, mcnemarFromCounts, midranks */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49980);
/* harmony import */ var _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30621);
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
    const alpha = 1 - confidence;
    const out = {};
    for (const j of jobs) {
        const valid = j.stats.filter((x) => !Number.isNaN(x)).sort();
        out[j.name] = {
            estimate: value(j.name, j.h, undefined, full) - value(j.name, j.b, undefined, full),
            lower: (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .quantileSorted */ .Z4)(valid, alpha / 2),
            upper: (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .quantileSorted */ .Z4)(valid, 1 - alpha / 2),
            invalid: resamples - valid.length,
        };
    }
    return out;
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

/***/ 63994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vu: () => (/* binding */ fairnessColumnPlan),
/* harmony export */   X8: () => (/* binding */ fairnessSection)
/* harmony export */ });
/* unused harmony export FOUR_FIFTHS */
/* harmony import */ var _metrics_bootstrap_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51842);
/* harmony import */ var _fairness_rates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77131);


/** The four-fifths rule: adverse impact when a group's selection rate is below 80% of the highest. */
const FOUR_FIFTHS = 0.8;
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

/***/ 95335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
