export const id = 622;
export const ids = [622];
export const modules = {

/***/ 9729:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ omittedMetricSchema),
/* harmony export */   N5: () => (/* binding */ fairnessSchema),
/* harmony export */   tm: () => (/* binding */ metricValueSchema)
/* harmony export */ });
/* unused harmony exports EVALUATION_SCHEMA, confusionMatrixSchema, sliceSchema, skippedSliceSchema, evaluationReportSchema, examplesFileOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2881);
/**
 * `mlops-actions/evaluation@1`: one evaluation of one model on one dataset, written by the evaluate
 * step and read by compare, publish-model and drift-check. Defined once here (zod) and documented
 * in docs/formats.md ("Evaluation report").
 *
 * Metrics are keyed by scikit-learn's function name without `_score` (see
 * shared/model/metrics/index.ts). A metric that is undefined on the data (ROC AUC with one class)
 * is never written as null or NaN: it is listed in `omitted` with the reason.
 */



const EVALUATION_SCHEMA = 'mlops-actions/evaluation@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .once */ .Oo)(() => {
    const sha256 = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
    const label = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]);
    const metricValueSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** The metric on all rows. */
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** Percentile bootstrap interval [low, high] at `bootstrap.confidence`; absent when not computed. */
        ci: zod__WEBPACK_IMPORTED_MODULE_2__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]).optional(),
        /** Resamples on which the metric was undefined (e.g. one class drawn) and were left out of the CI. */
        ci_invalid: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
        /** Which way is better (registry metrics only); the compare step's default. */
        direction: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['higher', 'lower']).optional(),
    });
    const omittedMetricSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() });
    const confusionMatrixSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** Row and column labels, sorted as scikit-learn's unique_labels (numbers ascending, strings by code unit). */
        labels: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(label),
        /** counts[i][j]: rows with true label labels[i] predicted as labels[j]. */
        counts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative())),
    });
    const sliceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** The slice's value as text; null for rows where the column is missing. */
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), metricValueSchema),
        omitted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(omittedMetricSchema),
        confusion_matrix: confusionMatrixSchema.nullable(),
    });
    const skippedSliceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    });
    // Fairness (evaluate --sensitive): docs/evaluate.md "Fairness", docs/formats.md. Optional and
    // absent unless asked for, so reports without it are unchanged and older readers ignore it.
    const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative();
    const rate = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig();
    const fairnessClassGroupSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** The group's value as text; null for rows where the column is missing. */
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        rows: count,
        /** Rows whose true label is the positive class (one-vs-rest class). */
        positives: count,
        predicted_positives: count,
        selection_rate: rate,
        /** null where undefined: TPR/FNR without positives, FPR without negatives, precision without predicted positives. */
        tpr: rate.nullable(),
        fpr: rate.nullable(),
        fnr: rate.nullable(),
        precision: rate.nullable(),
        /** Observed positive rate; calibration compares it with mean_score. */
        base_rate: rate,
        /** Mean P(positive class); null without score columns. */
        mean_score: rate.nullable(),
    });
    const fairnessRegressionGroupSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        rows: count,
        mae: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        rmse: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** Mean of prediction − target (> 0: over-predicts). */
        mean_error: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    });
    const fairnessOutcomeSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('kind', [
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('classification'),
            /** Binary: the positive class; multiclass: the class seen one-vs-rest. */
            positive_class: label,
            /** Groups with at least min_group_size rows, in natural order, missing last. */
            groups: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fairnessClassGroupSchema),
            /** Across-group summaries (Fairlearn's definitions), with bootstrap CIs. */
            summaries: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), metricValueSchema),
            omitted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(omittedMetricSchema),
            /** The four-fifths rule on disparate_impact_ratio; null when the ratio is undefined. */
            four_fifths: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), ratio: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), pass: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY() }).nullable(),
        }),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('regression'),
            groups: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fairnessRegressionGroupSchema),
            summaries: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), metricValueSchema),
            omitted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(omittedMetricSchema),
        }),
    ]);
    const fairnessColumnSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        outcomes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fairnessOutcomeSchema),
        /** Groups smaller than min_group_size: listed with their size, left out of groups and summaries. */
        skipped_groups: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(), rows: count, reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() })),
    });
    const fairnessSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        min_group_size: count,
        columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fairnessColumnSchema),
    });
    const evaluationReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(EVALUATION_SCHEMA),
        /** `predictions`: computed here from a predictions file; `import`: metrics another tool wrote. */
        source: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['predictions', 'import']),
        task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']).nullable(),
        /** Rows evaluated (null for imported metrics). */
        rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().nullable(),
        /** The predictions file; null for imported metrics. */
        dataset: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), format: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, bytes: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative() })
            .nullable(),
        /** `--model` files, each with its SHA-256, in the order given. */
        models: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, bytes: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative() })),
        /** The columns read; null for imported metrics. */
        columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            label: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            prediction: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
            /** Score columns; `classes[i]` is the class of `score[i]` (binary with one column: P(positive)). */
            score: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
            score_classes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(label).nullable(),
            id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
            slices: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        })
            .nullable(),
        /** Classification settings; null for regression and imports. */
        classification: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            /** All classes, sorted as scikit-learn sorts labels. */
            classes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(label),
            pos_label: label.nullable(),
            /** Binary: predicted positive iff score > threshold (when no prediction column is given). */
            threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
            /** Where the predicted labels came from. */
            predicted_from: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['prediction', 'threshold', 'argmax']),
            ece_bins: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        })
            .nullable(),
        bootstrap: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            method: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('percentile'),
            /** What is resampled: rows with replacement (ordinary nonparametric bootstrap). */
            unit: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('row'),
            resamples: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
            confidence: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().gt(0).lt(1),
            seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
            prng: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        })
            .nullable(),
        metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), metricValueSchema),
        omitted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(omittedMetricSchema),
        confusion_matrix: confusionMatrixSchema.nullable(),
        slices: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(sliceSchema),
        skipped_slices: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(skippedSliceSchema),
        min_slice_size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().nullable(),
        /** Per-example data for paired tests in compare; null when not written. */
        examples: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            /** Path relative to the report's folder. */
            file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            format: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('jsonl.gz'),
            sha256,
            rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            /** The id column pairing rows across reports; null = the 0-based row index. */
            id_column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        })
            .nullable(),
        /** Imported metrics: which tool wrote them and where. */
        imported: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), details: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()).optional() })
            .nullable(),
        warnings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        /** Group fairness by sensitive column (evaluate --sensitive); absent when none was asked for. */
        fairness: fairnessSchema.optional(),
    });
    return { metricValueSchema, omittedMetricSchema, confusionMatrixSchema, sliceSchema, skippedSliceSchema, fairnessSchema, evaluationReportSchema };
});
const metricValueSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().metricValueSchema);
const omittedMetricSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().omittedMetricSchema);
const confusionMatrixSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().confusionMatrixSchema);
const sliceSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().sliceSchema);
const skippedSliceSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().skippedSliceSchema);
const fairnessSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().fairnessSchema);
const evaluationReportSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().evaluationReportSchema);
/** The folder a report's relative `examples.file` is resolved against. */
function examplesFileOf(reportPath, report) {
    return report.examples ? join(dirname(reportPath), report.examples.file) : undefined;
}


/***/ }),

/***/ 9680:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MS: () => (/* binding */ ARCHIVE_ASSET),
/* harmony export */   a2: () => (/* binding */ modelManifestSchema),
/* harmony export */   ek: () => (/* binding */ MODEL_MANIFEST_SCHEMA),
/* harmony export */   ny: () => (/* binding */ MANIFEST_ASSET),
/* harmony export */   tW: () => (/* binding */ PROVENANCE_ASSET)
/* harmony export */ });
/* unused harmony exports MODEL_CARD_ASSET, EVALUATION_ASSET, EVALUATION_EXAMPLES_ASSET, PROFILE_ASSET, RUN_ASSET, COMPARISON_ASSET, fileEntrySchema, lineageSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/* harmony import */ var _evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9729);
/**
 * `mlops-actions/model@1`: what a published model version is. Written by publish as the asset
 * `manifest.json` next to the archive; read by promote (to verify every asset before an alias
 * moves) and by drift-check (the training data profile is its reference). Documented in
 * docs/registry.md ("The manifest").
 *
 * `content_digest` is what immutability compares: a SHA-256 over the archive's files (paths, sizes,
 * digests), the evaluation, the profile and the params, but not lineage, times or the model card,
 * so re-running the same publish in another workflow run is recognized as the same release.
 */



const MODEL_MANIFEST_SCHEMA = 'mlops-actions/model@1';
const MANIFEST_ASSET = 'manifest.json';
const ARCHIVE_ASSET = 'model.tar.gz';
const MODEL_CARD_ASSET = 'model-card.md';
const EVALUATION_ASSET = 'evaluation.json';
/** The evaluation's per-example file, when it has one: compare's paired tests against this version. */
const EVALUATION_EXAMPLES_ASSET = 'evaluation.examples.jsonl.gz';
const PROFILE_ASSET = 'profile.json';
const RUN_ASSET = 'run.json';
const COMPARISON_ASSET = 'comparison.json';
/**
 * The release's build provenance, when publish attested it (GitHub, attest: true): the Sigstore
 * bundle @actions/attest returned, uploaded after the release was created. Not among the manifest's
 * `assets`: the bundle signs manifest.json's digest, so the manifest cannot list the bundle's. Its
 * own signature is its integrity check (promote verifies it; docs/registry.md, "Provenance").
 */
const PROVENANCE_ASSET = 'provenance.sigstore.json';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const sha256 = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
    const fileEntrySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** For archive files: the path inside the archive; for assets: the asset name. */
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        sha256,
    });
    const lineageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** Where these values came from: the GitHub Actions environment, local git, or nothing known. */
        source: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['github', 'git', 'none']),
        /** owner/name on GitHub; locally the `origin` remote URL (credentials removed), or null. */
        repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        workflow: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        run_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        run_attempt: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().nullable(),
        /** Link to the workflow run, when on GitHub. */
        run_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        actor: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        /** The event that started the run (`push`, `workflow_dispatch`, ...), or `local`. */
        trigger: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    });
    const modelManifestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(MODEL_MANIFEST_SCHEMA),
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** model/<name>/v<version> (shared/registry/tag.ts). */
        tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        content_digest: sha256,
        created_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** The model archive and every file in it, sorted by path. */
        archive: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            sha256,
            files: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fileEntrySchema),
            /**
             * Set when publish also pushed the archive to an OCI registry (`--oci`): where. Absent in
             * manifests published without it, so older manifests read unchanged. When the archive is not
             * among `assets`, the registry is its only copy (over 2 GiB); the OCI manifest's digest is in
             * the release's oci-artifact.json (shared/formats/oci-artifact-format.ts), not here.
             */
            oci: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }).optional(),
        }),
        /** Every stored asset of the version except manifest.json itself (which cannot hold its own digest). */
        assets: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fileEntrySchema),
        lineage: lineageSchema,
        /** From the train run record (mlops-actions/run@1), when one was given. */
        training: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ asset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, params: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()), seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(), cache_key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(), commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable() })
            .nullable(),
        evaluation: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            asset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            sha256,
            task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']).nullable(),
            rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().nullable(),
            dataset_sha256: sha256.nullable(),
            metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), _evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .metricValueSchema */ .tm),
            omitted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(_evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .omittedMetricSchema */ .I8),
        }),
        /** The compare step's verdict on this model, when a comparison was given. */
        comparison: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ asset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'fail', 'report-only']), failures: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), baseline_dataset_sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable() })
            .nullable(),
        /** The training data's profile (mlops-actions/profile@1): drift-check's reference. */
        data: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ profile: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()) })
            .nullable(),
    });
    return { fileEntrySchema, lineageSchema, modelManifestSchema };
});
const fileEntrySchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().fileEntrySchema);
const lineageSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().lineageSchema);
const modelManifestSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().modelManifestSchema);


/***/ }),

/***/ 8517:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ OCI_ARTIFACT_SCHEMA),
/* harmony export */   HC: () => (/* binding */ MODEL_CONFIG_MEDIA_TYPE),
/* harmony export */   Kb: () => (/* binding */ OCI_ARTIFACT_ASSET),
/* harmony export */   Uq: () => (/* binding */ MODEL_ARTIFACT_TYPE),
/* harmony export */   aH: () => (/* binding */ ociReferenceOf),
/* harmony export */   b: () => (/* binding */ ociArtifactSchema),
/* harmony export */   yE: () => (/* binding */ MODEL_LAYER_MEDIA_TYPE),
/* harmony export */   yc: () => (/* binding */ OCI_IMAGE_MANIFEST_MEDIA_TYPE)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/**
 * How a model version lives in an OCI registry (`publish --oci`), and the release asset that
 * points at it (`oci-artifact.json`, `mlops-actions/oci-artifact@1`).
 *
 * The artifact is an OCI image manifest (image-spec v1.1, "artifacts" guidance) whose
 * `artifactType` says it is an mlops model, whose config blob is the release's `manifest.json`
 * byte for byte (so the config digest is the `manifest_sha256` the registry state records), and
 * whose only layer is `model.tar.gz` (so the layer digest is the archive's SHA-256 the manifest
 * records). It is tagged with the version.
 *
 * The OCI manifest's own digest cannot be written into `manifest.json` (the manifest is inside it
 * as the config), so the release stores it in this separate pointer. The pointer needs no digest
 * of its own: promote and pull fetch the OCI manifest by the pointer's digest and check that its
 * config and layer are exactly the recorded manifest and archive, so a wrong pointer is refused
 * like a tampered blob. Documented in docs/registry.md ("OCI registries").
 */


const OCI_ARTIFACT_SCHEMA = 'mlops-actions/oci-artifact@1';
/** The release asset holding the pointer. */
const OCI_ARTIFACT_ASSET = 'oci-artifact.json';
const OCI_IMAGE_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
/** The `artifactType` of a model pushed by publish. */
const MODEL_ARTIFACT_TYPE = 'application/vnd.mlops-actions.model.v1';
/** The config blob: the release's manifest.json (mlops-actions/model@1). */
const MODEL_CONFIG_MEDIA_TYPE = 'application/vnd.mlops-actions.model.manifest.v1+json';
/** The layer: model.tar.gz is a plain gzipped tar, so the standard layer type describes it. */
const MODEL_LAYER_MEDIA_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const digest = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/);
    const descriptor = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ media_type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), digest, size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() });
    const ociArtifactSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(OCI_ARTIFACT_SCHEMA),
        /** host[:port]/path, as given to publish (e.g. ghcr.io/owner/models/weather). */
        repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** The version as an OCI tag (`+` of build metadata becomes `_`, which tags cannot hold). */
        tag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** The OCI manifest's digest: what promote and pull fetch. */
        digest,
        media_type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        artifact_type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        config: descriptor,
        layer: descriptor,
        /** Whether the release also holds model.tar.gz (false: the archive is only in the registry). */
        archive_in_release: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    });
    return { ociArtifactSchema };
});
const ociArtifactSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().ociArtifactSchema);
/** `repository:tag@digest`, the reference a person can pull with skopeo, oras or crane. */
function ociReferenceOf(a) {
    return `${a.repository}:${a.tag}@${a.digest}`;
}


/***/ }),

/***/ 1622:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openOciArtifacts: () => (/* binding */ openOciArtifacts)
});

// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var errors = __webpack_require__(1543);
// EXTERNAL MODULE: ../../../../shared/formats/manifest-format.ts
var manifest_format = __webpack_require__(9680);
// EXTERNAL MODULE: ../../../../shared/formats/oci-artifact-format.ts
var oci_artifact_format = __webpack_require__(8517);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var runtime_errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/ports/forge-error.ts
var forge_error = __webpack_require__(5335);
;// CONCATENATED MODULE: ../../../../shared/oci/oci-error.ts
/**
 * An OCI registry refused a request or kept failing it (timeouts, 5xx, retries exhausted). Exit 3,
 * like a GitHub failure (shared/ports/forge-error.ts): the step could not finish its side effects,
 * which a workflow must not mistake for a failed check (1) or bad input (2). A digest the registry
 * computed differently from ours is not this: that is an IntegrityError (exit 1).
 *
 * The message names the method, the registry host and path, the status and the registry's own
 * error codes; never a token or a credential.
 */


class OciError extends runtime_errors/* MlopsError */.IC {
    exitCode = forge_error/* EXIT_FORGE_FAILED */.TA;
    status;
    constructor(d) {
        const status = d.status === undefined ? 'no response' : `HTTP ${d.status}`;
        const attempts = d.attempts && d.attempts > 1 ? ` after ${d.attempts} attempts` : '';
        super(`OCI registry ${d.method} ${d.url} failed (${status}${attempts})${d.detail ? `: ${d.detail}` : ''}`, { hint: d.hint, cause: d.cause });
        this.status = d.status;
    }
}

;// CONCATENATED MODULE: ../../../../shared/oci/blob-download.ts
/**
 * Fetching one blob by digest and proving it is that blob: the bytes are hashed as they stream
 * (never held in memory), and written to `destination` when one is given. A registry that serves
 * other bytes under the digest (a damaged or rewritten storage folder, a lying mirror) is refused
 * with an IntegrityError, and the partial file is removed.
 */







async function downloadBlob(session, digest, size, destination) {
    const url = session.url(`/blobs/${digest}`);
    // A time limit for the whole body: the session's, plus a second per MiB.
    const res = await session.send('GET', url, { expect: [200], timeoutMs: session.timeoutMs + Math.ceil(size / (1024 * 1024)) * 1000 });
    if (!res.body)
        throw new OciError({ method: 'GET', url, status: res.status, detail: 'no body' });
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let received = 0;
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            received += chunk.length;
            // More bytes than the descriptor says: stop reading at once rather than fill the disk.
            if (received > size)
                done(new errors/* IntegrityError */.cs(`blob ${digest} is longer than the ${size} bytes its manifest says`, { hint: HINT }));
            else
                done(null, chunk);
        },
    });
    const sink = destination ? (0,external_node_fs_.createWriteStream)(destination) : new external_node_stream_.Writable({ write: (_c, _e, done) => done() });
    try {
        await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(res.body), tap, sink);
    }
    catch (e) {
        if (destination)
            await (0,promises_.rm)(destination, { force: true });
        if (e instanceof errors/* IntegrityError */.cs)
            throw e;
        throw new OciError({ method: 'GET', url, detail: `reading the blob: ${e.message}`, cause: e });
    }
    const got = `sha256:${hash.digest('hex')}`;
    if (got !== digest || received !== size) {
        if (destination)
            await (0,promises_.rm)(destination, { force: true });
        throw new errors/* IntegrityError */.cs(`the registry served ${received} bytes with digest ${got} for blob ${digest} (${size} bytes)`, { hint: HINT });
    }
}
const HINT = 'the artifact in the OCI registry was changed or damaged after publishing: publish the model again under a new version';

;// CONCATENATED MODULE: ../../../../shared/oci/auth.ts
/**
 * Registry authentication, as docker, ORAS and skopeo do it (the distribution "token
 * authentication" spec): a request without credentials gets 401 with a `WWW-Authenticate`
 * challenge; `Bearer realm=...,service=...` means "get a token from the realm for this scope"
 * (sending the credentials there as HTTP Basic), `Basic` means "send them on every request".
 *
 * Credentials, first found wins (docs/registry.md, "OCI registries"):
 *   MLOPS_OCI_USERNAME + MLOPS_OCI_PASSWORD   any registry
 *   MLOPS_OCI_TOKEN                           any registry: the token is the password (user
 *                                             MLOPS_OCI_USERNAME, else "mlops"), which is what
 *                                             ghcr.io, GitLab, Harbor and ACR token services accept
 *   GITHUB_TOKEN                              ghcr.io only (user GITHUB_ACTOR, else "mlops"); the
 *                                             workflow needs `packages: write` to push
 * Without any, requests go anonymously (a public registry, or the tests' local one).
 *
 * Credentials are only ever sent over HTTPS, or plain HTTP to a loopback host; a token realm on
 * another scheme is refused. Nothing here logs or puts a secret into an error message.
 */

function ociCredentialsFor(host, env) {
    if (env.MLOPS_OCI_PASSWORD)
        return { username: env.MLOPS_OCI_USERNAME || 'mlops', password: env.MLOPS_OCI_PASSWORD, from: 'MLOPS_OCI_USERNAME/MLOPS_OCI_PASSWORD' };
    if (env.MLOPS_OCI_TOKEN)
        return { username: env.MLOPS_OCI_USERNAME || 'mlops', password: env.MLOPS_OCI_TOKEN, from: 'MLOPS_OCI_TOKEN' };
    if (host.toLowerCase() === 'ghcr.io' && env.GITHUB_TOKEN)
        return { username: env.GITHUB_ACTOR || 'mlops', password: env.GITHUB_TOKEN, from: 'GITHUB_TOKEN' };
    return undefined;
}
/** `Bearer realm="…",service="…",scope="…"` → scheme and parameters; undefined when absent or unknown. */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!m)
        return undefined;
    const scheme = m[1].toLowerCase();
    if (scheme !== 'bearer' && scheme !== 'basic')
        return undefined;
    const params = Object.create(null);
    for (const p of m[2].matchAll(/([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g))
        params[p[1].toLowerCase()] = p[2] ?? p[3] ?? '';
    return { scheme, params };
}
const LOOPBACK_HTTP = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:[0-9]+)?(\/|$)/i;
/** Whether credentials may be sent to `url`: HTTPS, or plain HTTP to a loopback host only. */
function mayCarryCredentials(url) {
    return url.startsWith('https://') || LOOPBACK_HTTP.test(url);
}
class OciAuth {
    repo;
    credentials;
    fetcher;
    timeoutMs;
    #header;
    /** The scope the current bearer token was issued for (a push scope covers pull). */
    #scope;
    /** The current Authorization has not been accepted yet: a 401 now means it is refused, not expired. */
    #unproven = false;
    constructor(repo, credentials, fetcher, timeoutMs) {
        this.repo = repo;
        this.credentials = credentials;
        this.fetcher = fetcher;
        this.timeoutMs = timeoutMs;
    }
    /** The Authorization header to send, once a challenge was answered. */
    get header() {
        return this.#header;
    }
    /** The registry accepted the current Authorization (a later 401 means the token expired: get another). */
    accepted() {
        this.#unproven = false;
    }
    /**
     * Answers a 401's challenge for `scope` (`repository:NAME:pull` or `pull,push`). Returns true when
     * a new Authorization was obtained (retry the request), false when retrying cannot help.
     */
    async answer(res, scope) {
        const challenge = parseChallenge(res.headers.get('www-authenticate'));
        if (!challenge)
            return false;
        if (challenge.scheme === 'basic') {
            if (!this.credentials || this.#header?.startsWith('Basic '))
                return false;
            this.#header = `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`;
            return true;
        }
        // A token refused as soon as it was issued will not do better; one that worked and is now
        // refused has expired (ghcr.io's last minutes, a 2 GiB upload can take longer): get another.
        if (this.#header?.startsWith('Bearer ') && this.#scope === scope && this.#unproven)
            return false;
        const realm = challenge.params.realm;
        if (!realm)
            return false;
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new OciError({ method: 'GET', url: realm, detail: 'the registry named a token service that is not a URL' });
        }
        if (this.credentials && !mayCarryCredentials(url.href)) {
            throw new OciError({ method: 'GET', url: `${url.origin}${url.pathname}`, detail: 'the registry asks for credentials over plain HTTP; refusing to send them', hint: 'use an HTTPS registry' });
        }
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        url.searchParams.append('scope', scope);
        const headers = {};
        if (this.credentials)
            headers.authorization = `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`;
        const where = `${url.origin}${url.pathname}`;
        let got;
        try {
            got = await this.fetcher(url, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
        }
        catch (e) {
            throw new OciError({ method: 'GET', url: where, detail: `token request: ${e.message}`, cause: e });
        }
        if (!got.ok) {
            await got.body?.cancel();
            throw new OciError({ method: 'GET', url: where, status: got.status, detail: `the token service refused ${scope}`, hint: this.credentialHint(scope) });
        }
        const body = (await got.json().catch(() => ({})));
        const token = typeof body.token === 'string' ? body.token : typeof body.access_token === 'string' ? body.access_token : undefined;
        if (!token)
            throw new OciError({ method: 'GET', url: where, status: got.status, detail: 'the token service answered without a token' });
        this.#header = `Bearer ${token}`;
        this.#scope = scope;
        this.#unproven = true;
        return true;
    }
    /** What to do about a refusal: which variables give credentials, and what they need. */
    credentialHint(scope) {
        const push = scope.endsWith('push');
        if (this.repo.host.toLowerCase() === 'ghcr.io') {
            return this.credentials
                ? `${this.credentials.from} was refused: ghcr.io needs a token with packages: ${push ? 'write' : 'read'} (in a workflow: permissions: packages: ${push ? 'write' : 'read'})`
                : `set GITHUB_TOKEN (packages: ${push ? 'write' : 'read'}) or MLOPS_OCI_TOKEN for ghcr.io`;
        }
        return this.credentials
            ? `${this.credentials.from} was refused by ${this.repo.host}: check the credentials and that they may ${push ? 'push to' : 'pull from'} ${this.repo.name}`
            : `set MLOPS_OCI_USERNAME and MLOPS_OCI_PASSWORD, or MLOPS_OCI_TOKEN, for ${this.repo.host}`;
    }
}

;// CONCATENATED MODULE: ../../../../shared/oci/session.ts
/**
 * One repository on one registry, over HTTP: the `/v2/<name>/...` URLs, the Authorization the
 * challenge flow obtained (auth.ts), redirects, and bounded retries with time limits.
 *
 * Retries: a request that got no answer, timed out, or got 429/5xx is tried again, at most
 * `attempts` times with doubling pauses; everything else is answered at once. A blob upload's PATCH
 * is never retried blindly (the registry may have kept part of it): blob-upload.ts asks the upload
 * where it stands and resumes from there.
 *
 * Redirects are followed by hand: a registry sends blob downloads to a storage host (ghcr.io to
 * its CDN, S3-backed registries to a signed URL), and the Authorization header must not travel to
 * another origin.
 */


const MAX_REDIRECTS = 5;
class OciSession {
    repo;
    auth;
    fetcher;
    timeoutMs;
    attempts;
    retryDelayMs;
    scope;
    constructor(repo, access, options = {}) {
        this.repo = repo;
        this.fetcher = options.fetch ?? fetch;
        this.timeoutMs = options.timeoutMs ?? 60_000;
        this.attempts = Math.max(1, options.attempts ?? 4);
        this.retryDelayMs = options.retryDelayMs ?? 500;
        this.scope = `repository:${repo.name}:${access}`;
        this.auth = new OciAuth(repo, ociCredentialsFor(repo.host, options.env ?? process.env), this.fetcher, this.timeoutMs);
    }
    /** `<base>/v2/<name><path>`. */
    url(path) {
        return `${this.repo.baseUrl}/v2/${this.repo.name}${path}`;
    }
    /** A Location header (often relative) as an absolute URL on the registry. */
    resolve(location, method, url) {
        if (!location)
            throw new OciError({ method, url: shown(url), detail: 'the registry answered without a Location header' });
        return new URL(location, this.repo.baseUrl).href;
    }
    pause(attempt) {
        return new Promise((r) => setTimeout(r, this.retryDelayMs * 2 ** (attempt - 1)));
    }
    async send(method, url, o) {
        const retry = o.retry !== false;
        let challenged = 0;
        for (let attempt = 1;; attempt++) {
            let res;
            try {
                res = await this.once(method, url, o);
            }
            catch (e) {
                if (retry && attempt < this.attempts) {
                    await this.pause(attempt);
                    continue;
                }
                throw new OciError({ method, url: shown(url), detail: e.message, attempts: attempt, cause: e });
            }
            if (res.status !== 401)
                this.auth.accepted();
            if (res.status === 401 && challenged < 2) {
                await res.body?.cancel();
                challenged++;
                if (await this.auth.answer(res, this.scope)) {
                    attempt--;
                    continue;
                }
                throw new OciError({ method, url: shown(url), status: 401, detail: 'not authorized', hint: this.auth.credentialHint(this.scope) });
            }
            if (o.expect.includes(res.status))
                return res;
            const detail = await errorDetail(res);
            if (retry && (res.status === 429 || res.status >= 500) && attempt < this.attempts) {
                await this.pause(attempt);
                continue;
            }
            const denied = res.status === 401 || res.status === 403;
            throw new OciError({ method, url: shown(url), status: res.status, detail, attempts: attempt, hint: denied ? this.auth.credentialHint(this.scope) : undefined });
        }
    }
    /** One request, following redirects; the Authorization header only to the registry's own origin. */
    async once(method, url, o) {
        const origin = new URL(this.repo.baseUrl).origin;
        let target = url;
        for (let hop = 0;; hop++) {
            const headers = { ...o.headers };
            const auth = this.auth.header;
            if (auth && new URL(target).origin === origin)
                headers.authorization = auth;
            const res = await this.fetcher(target, { method, headers, body: o.body, redirect: 'manual', signal: AbortSignal.timeout(o.timeoutMs ?? this.timeoutMs) });
            if (![301, 302, 303, 307, 308].includes(res.status) || hop >= MAX_REDIRECTS)
                return res;
            const location = res.headers.get('location');
            if (!location)
                return res;
            await res.body?.cancel();
            target = new URL(location, target).href;
            if (!target.startsWith('https://') && new URL(target).origin !== origin)
                throw new Error(`redirected to a plain-HTTP host (${new URL(target).origin})`);
        }
    }
}
/** A URL for messages: no query string (signed URLs and upload state live there). */
function shown(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return url;
    }
}
/** The registry's error codes and messages (`{"errors":[{"code","message"}]}`), short. */
async function errorDetail(res) {
    const text = await res.text().catch(() => '');
    try {
        const errors = JSON.parse(text).errors;
        if (Array.isArray(errors) && errors.length)
            return errors.map((e) => [e.code, e.message].filter(Boolean).join(' ')).join('; ').slice(0, 400);
    }
    catch {
        // not JSON
    }
    return text.trim().slice(0, 200) || undefined;
}

;// CONCATENATED MODULE: ../../../../shared/oci/blob-upload.ts
/**
 * Pushing one blob, chunked and resumable (OCI distribution spec, "Pushing a blob in chunks"):
 *
 *   HEAD  /v2/<name>/blobs/<digest>          200: already there, nothing to send
 *   POST  /v2/<name>/blobs/uploads/          202, Location: the upload session
 *   PATCH <location>  Content-Range: <first>-<last>, the chunk's bytes   202, a new Location, Range: 0-<last>
 *   PUT   <location>?digest=<digest>         201: the registry checked the digest and stored the blob
 *
 * The file is read one chunk at a time (a chunk in memory, never the file). When a PATCH fails
 * (no answer, timeout, 5xx, or 416 after a lost answer) the upload's state is asked for with
 * `GET <location>` (204, Range: 0-<last byte received>) and the upload resumes from the byte
 * after, at most `attempts` times in a row; when the registry cannot resume that session (404),
 * a new one starts from byte 0. The registry computes the digest of what it received:
 * a mismatch with ours (the file changed, or bytes were corrupted on the way) is refused by it at
 * PUT, and reported as an IntegrityError.
 */




/** Default chunk: large enough that a 2 GiB model is ~128 requests, small enough to hold in memory. */
const DEFAULT_CHUNK_BYTES = 16 * 1024 * 1024;
/** Uploads `file` as the blob sha256:<file.sha256> unless the registry has it. Returns whether bytes were sent. */
async function uploadBlob(session, file, options = {}) {
    const digest = `sha256:${file.sha256}`;
    const head = await session.send('HEAD', session.url(`/blobs/${digest}`), { expect: [200, 404] });
    if (head.status === 200)
        return 'exists';
    const startUrl = session.url('/blobs/uploads/');
    const start = async () => {
        const res = await session.send('POST', startUrl, { expect: [202], headers: { 'content-length': '0' } });
        return { location: session.resolve(res.headers.get('location'), 'POST', startUrl), minimum: Number(res.headers.get('oci-chunk-min-length') ?? 0) };
    };
    const started = await start();
    let location = started.location;
    // A registry may ask for a minimum chunk size (all chunks but the last).
    const minimum = started.minimum;
    const chunkBytes = Math.max(options.chunkBytes ?? DEFAULT_CHUNK_BYTES, Number.isFinite(minimum) ? minimum : 0, 1);
    const fh = await (0,promises_.open)(file.path, 'r');
    try {
        let offset = 0;
        let failures = 0;
        const buffer = Buffer.allocUnsafe(Math.min(chunkBytes, Math.max(file.size, 1)));
        while (offset < file.size) {
            const length = Math.min(chunkBytes, file.size - offset);
            const { bytesRead } = await fh.read(buffer, 0, length, offset);
            if (bytesRead !== length)
                throw new errors/* IntegrityError */.cs(`${file.path} is shorter than the ${file.size} bytes it had when it was hashed`, { hint: 'the file changed while it was being pushed: publish again' });
            const chunk = buffer.subarray(0, length);
            try {
                const res = await session.send('PATCH', location, {
                    retry: false,
                    expect: [202],
                    body: chunk,
                    headers: { 'content-type': 'application/octet-stream', 'content-length': String(length), 'content-range': `${offset}-${offset + length - 1}` },
                    timeoutMs: chunkTimeout(session, length),
                });
                location = session.resolve(res.headers.get('location'), 'PATCH', location);
                const next = nextOffset(res.headers.get('range'));
                offset = next ?? offset + length;
                failures = 0;
                options.progress?.(offset, file.size);
            }
            catch (e) {
                if (!(e instanceof OciError) || (e.status !== undefined && e.status !== 416 && e.status < 500))
                    throw e;
                failures++;
                if (failures >= session.attempts)
                    throw e;
                await session.pause(failures);
                // Where does the upload stand? Resume from the byte after the last one it kept. A registry
                // that can no longer resume this session (the CNCF registry cancels one whose PATCH
                // landed but whose answer was lost: its Location carries the offset it expects) gets a
                // new session from byte 0, within the same bounded number of failures.
                let status;
                try {
                    status = await session.send('GET', location, { expect: [204] });
                }
                catch (lost) {
                    if (!(lost instanceof OciError) || (lost.status !== 404 && lost.status !== 400))
                        throw lost;
                    location = (await start()).location;
                    offset = 0;
                    continue;
                }
                location = session.resolve(status.headers.get('location') ?? location, 'GET', location);
                const next = nextOffset(status.headers.get('range'));
                if (next === undefined || next > file.size) {
                    throw new OciError({ method: 'GET', url: shown(location), status: status.status, detail: `cannot tell where the upload stands (Range: ${status.headers.get('range') ?? 'none'})` });
                }
                offset = next;
            }
        }
    }
    finally {
        await fh.close();
    }
    const finish = new URL(location);
    finish.searchParams.set('digest', digest);
    let done;
    try {
        done = await session.send('PUT', finish.href, { expect: [201], headers: { 'content-length': '0' } });
    }
    catch (e) {
        if (e instanceof OciError && e.status === 400 && /DIGEST_INVALID|digest/i.test(e.message)) {
            throw new errors/* IntegrityError */.cs(`the registry refused ${shown(location)}: the bytes it received do not have SHA-256 ${file.sha256} (${e.message})`, {
                hint: 'the file changed while it was pushed, or was damaged on the way: publish again',
                cause: e,
            });
        }
        throw e;
    }
    const stored = done.headers.get('docker-content-digest');
    if (stored && stored !== digest) {
        throw new errors/* IntegrityError */.cs(`the registry stored ${file.path} as ${stored}, not ${digest}`, { hint: 'the registry changed the bytes: push to another registry or report it to its operators' });
    }
    return 'uploaded';
}
/**
 * `Range: 0-<last>` → the next byte to send; undefined when absent or unreadable. The CNCF
 * registry answers `0-0` for an empty upload too (it cannot say "nothing" in that syntax), so
 * `0-0` is read as nothing received: at worst one byte is sent again, which it refuses with 416
 * and the bounded resume loop ends.
 */
function nextOffset(range) {
    if (range === null)
        return undefined;
    const m = /^\s*(?:bytes=)?0-(-?[0-9]+)\s*$/.exec(range);
    if (!m)
        return undefined;
    const last = Number(m[1]);
    return last <= 0 ? 0 : last + 1;
}
/** A chunk's time limit: the session's, plus a second for every MiB (a slow uplink is not a hang). */
function chunkTimeout(session, bytes) {
    return session.timeoutMs + Math.ceil(bytes / (1024 * 1024)) * 1000;
}

;// CONCATENATED MODULE: ../../../../shared/oci/manifest.ts
/**
 * The OCI image manifest of a model (image-spec v1.1, "Guidelines for artifact usage"): written
 * at push, read back by promote and pull.
 *
 *   { schemaVersion: 2, mediaType: application/vnd.oci.image.manifest.v1+json,
 *     artifactType: application/vnd.mlops-actions.model.v1,
 *     config: manifest.json (application/vnd.mlops-actions.model.manifest.v1+json),
 *     layers: [ model.tar.gz (application/vnd.oci.image.layer.v1.tar+gzip, title annotation) ],
 *     annotations: { org.opencontainers.image.title/version/created } }
 *
 * A manifest is fetched by tag to see where the tag points now, and by digest to get exactly the
 * bytes the release recorded (their SHA-256 is checked, since a digest is a promise about bytes).
 */




/** The model's OCI manifest as bytes (their SHA-256 is the manifest's digest). */
function modelManifestBytes(p) {
    const manifest = {
        schemaVersion: 2,
        mediaType: oci_artifact_format/* OCI_IMAGE_MANIFEST_MEDIA_TYPE */.yc,
        artifactType: oci_artifact_format/* MODEL_ARTIFACT_TYPE */.Uq,
        config: { mediaType: oci_artifact_format/* MODEL_CONFIG_MEDIA_TYPE */.HC, digest: `sha256:${p.config.sha256}`, size: p.config.size },
        layers: [{ mediaType: oci_artifact_format/* MODEL_LAYER_MEDIA_TYPE */.yE, digest: `sha256:${p.archive.sha256}`, size: p.archive.size, annotations: { 'org.opencontainers.image.title': p.archive.name } }],
        annotations: { 'org.opencontainers.image.version': p.version, 'org.opencontainers.image.created': p.created },
    };
    return Buffer.from(JSON.stringify(manifest));
}
const sha256Digest = (bytes) => `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
/** PUTs the manifest under `tag`; returns its digest (checked against the registry's answer). */
async function putManifest(session, tag, bytes) {
    const digest = sha256Digest(bytes);
    const res = await session.send('PUT', session.url(`/manifests/${tag}`), { expect: [201], body: bytes, headers: { 'content-type': oci_artifact_format/* OCI_IMAGE_MANIFEST_MEDIA_TYPE */.yc } });
    const stored = res.headers.get('docker-content-digest');
    if (stored && stored !== digest)
        throw new errors/* IntegrityError */.cs(`the registry stored the OCI manifest as ${stored}, not ${digest}`, { hint: 'the registry rewrote the manifest; push to another registry' });
    return digest;
}
/** The digest `reference` (a tag) resolves to now; undefined when the tag does not exist. */
async function resolveTag(session, tag) {
    const url = session.url(`/manifests/${tag}`);
    const res = await session.send('HEAD', url, { expect: [200, 404], headers: { accept: oci_artifact_format/* OCI_IMAGE_MANIFEST_MEDIA_TYPE */.yc } });
    if (res.status === 404)
        return undefined;
    const digest = res.headers.get('docker-content-digest');
    if (digest)
        return digest;
    return (await getManifest(session, tag)).digest;
}
/** The manifest at a tag or digest, parsed; by digest, its bytes must hash to it. */
async function getManifest(session, reference) {
    const url = session.url(`/manifests/${reference}`);
    const res = await session.send('GET', url, { expect: [200], headers: { accept: oci_artifact_format/* OCI_IMAGE_MANIFEST_MEDIA_TYPE */.yc } });
    const bytes = Buffer.from(await res.arrayBuffer());
    const digest = sha256Digest(bytes);
    if (reference.startsWith('sha256:') && digest !== reference) {
        throw new errors/* IntegrityError */.cs(`the registry served other bytes (${digest}) for the OCI manifest ${reference}`, { hint: 'the OCI registry was changed or damaged after publishing: publish the model again under a new version' });
    }
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch (e) {
        throw new OciError({ method: 'GET', url, status: res.status, detail: 'the manifest is not JSON', cause: e });
    }
    if (!manifest || typeof manifest !== 'object' || !manifest.config || !Array.isArray(manifest.layers)) {
        throw new errors/* IntegrityError */.cs(`${reference} is not an OCI image manifest`, { hint: 'the tag was overwritten by something that is not an mlops model' });
    }
    return { digest, manifest };
}

;// CONCATENATED MODULE: ../../../../shared/oci/reference.ts
/**
 * OCI repository references as publish takes them (`ghcr.io/owner/models/weather`,
 * `127.0.0.1:5000/models/weather`): a registry host, then a repository path, with no tag or digest
 * (the version is the tag). The host must be explicit: there is no default registry, so a typo
 * cannot push a model to Docker Hub.
 *
 * Grammar from the OCI distribution spec ("<name>") and docker's reference package: path components
 * are lowercase alphanumerics separated by `.`, `_`, `__` or dashes. Plain HTTP is used only for the
 * loopback host names (`localhost`, `127.0.0.1`, `[::1]`), as docker and ORAS allow without
 * configuration; every other registry is HTTPS.
 */

const COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*';
const NAME_RE = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const HOST_RE = /^(?:\[[0-9a-fA-F:]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)(?::[0-9]{1,5})?$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const hint = (o) => `pass ${o.option('oci', 'HOST/PATH')}, a registry host and repository without a tag, e.g. ghcr.io/OWNER/models/NAME (the version becomes the tag)`;
/** Parses `host[:port]/path`; UsageError naming what is wrong otherwise. */
function parseOciRepository(reference) {
    const ref = reference.trim().replace(/^oci:\/\//, '');
    const bad = (why) => new runtime_errors/* UsageError */.eb(`OCI repository ${JSON.stringify(reference)} ${why}`, { hint });
    if (ref.includes('@'))
        throw bad('has a digest');
    const slash = ref.indexOf('/');
    if (slash <= 0)
        throw bad('has no registry host');
    const host = ref.slice(0, slash);
    const name = ref.slice(slash + 1);
    // docker's rule: the first part is a host when it has a dot or a port, or is localhost.
    if (!HOST_RE.test(host) || !(host.includes('.') || host.includes(':') || host === 'localhost'))
        throw bad('has no registry host (like ghcr.io or localhost:5000) before the path');
    if (/:[^/]*$/.test(name))
        throw bad('has a tag');
    if (!NAME_RE.test(name) || name.length > 255)
        throw bad('is not a valid repository path (lowercase letters, digits and . _ - between slashes)');
    const hostname = host.replace(/:[0-9]+$/, '').toLowerCase();
    const scheme = LOOPBACK.has(hostname) ? 'http' : 'https';
    return { host, name, baseUrl: `${scheme}://${host}`, repository: `${host}/${name}` };
}
/** A version as an OCI tag: tags cannot hold semver's `+`, so build metadata is joined with `_` (as Helm does). */
function ociTagOf(version) {
    const tag = version.replace(/\+/g, '_');
    if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(tag))
        throw new runtime_errors/* UsageError */.eb(`version ${JSON.stringify(version)} cannot be an OCI tag`, { hint: 'OCI tags are at most 128 letters, digits, `.`, `_` and `-`' });
    return tag;
}

;// CONCATENATED MODULE: ../../../../shared/oci/oci-artifact-store.ts
/**
 * The OCI implementation of the OciArtifactStore port (shared/ports/registry-stores.ts): pushes a
 * model version as an OCI artifact and checks one back by digest. Works with any registry that
 * speaks the OCI distribution spec (ghcr.io, the CNCF distribution registry, Harbor, ECR, ...).
 */








function openOciArtifacts(options = {}) {
    return {
        checkRepository: (repository) => parseOciRepository(repository).repository,
        tagOf: ociTagOf,
        push: (repository, tag, archive, manifest, archiveInRelease) => pushModel(options, repository, tag, archive, manifest, archiveInRelease),
        fetchArchive: (artifact, expected, destination) => fetchModelArchive(options, artifact, expected, destination),
    };
}
async function pushModel(options, repository, tag, archive, manifest, archiveInRelease) {
    const repo = parseOciRepository(repository);
    const session = new OciSession(repo, 'pull,push', options);
    const upload = { chunkBytes: options.chunkBytes, progress: options.progress };
    // The config first: it is small, and a refused push (credentials, scope) fails before the big upload.
    await uploadBlob(session, manifest, upload);
    await uploadBlob(session, archive, upload);
    const bytes = modelManifestBytes({ archive: { ...archive, name: manifest_format/* ARCHIVE_ASSET */.MS }, config: manifest, version: tag, created: (options.now ?? (() => new Date()))().toISOString() });
    const digest = await putManifest(session, tag, bytes);
    return {
        schema: oci_artifact_format/* OCI_ARTIFACT_SCHEMA */.FO,
        repository: repo.repository,
        tag,
        digest,
        media_type: oci_artifact_format/* OCI_IMAGE_MANIFEST_MEDIA_TYPE */.yc,
        artifact_type: oci_artifact_format/* MODEL_ARTIFACT_TYPE */.Uq,
        config: { media_type: oci_artifact_format/* MODEL_CONFIG_MEDIA_TYPE */.HC, digest: `sha256:${manifest.sha256}`, size: manifest.size },
        layer: { media_type: oci_artifact_format/* MODEL_LAYER_MEDIA_TYPE */.yE, digest: `sha256:${archive.sha256}`, size: archive.size },
        archive_in_release: archiveInRelease,
    };
}
async function fetchModelArchive(options, artifact, expected, destination) {
    const repo = parseOciRepository(artifact.repository);
    const session = new OciSession(repo, 'pull', options);
    const ref = (0,oci_artifact_format/* ociReferenceOf */.aH)(artifact);
    const stop = (what) => new errors/* IntegrityError */.cs(`${ref}: ${what}`, { hint: 'the artifact in the OCI registry was changed or damaged after publishing: publish the model again under a new version' });
    // The tag is what people deploy by (`oras pull …:1.2.0`): it must still name the published manifest.
    const now = await resolveTag(session, artifact.tag);
    if (now === undefined)
        throw stop(`the tag ${artifact.tag} is gone from ${repo.repository}`);
    if (now !== artifact.digest)
        throw stop(`the tag ${artifact.tag} now points to ${now}, not to the published ${artifact.digest}`);
    const { manifest } = await getManifest(session, artifact.digest);
    if (manifest.artifactType !== oci_artifact_format/* MODEL_ARTIFACT_TYPE */.Uq)
        throw stop(`artifactType is ${JSON.stringify(manifest.artifactType)}, not ${oci_artifact_format/* MODEL_ARTIFACT_TYPE */.Uq}`);
    const config = `sha256:${expected.manifestSha256}`;
    if (manifest.config.digest !== config)
        throw stop(`its config is ${manifest.config.digest}, but the release's manifest.json is ${config}`);
    const layer = manifest.layers[0];
    const want = `sha256:${expected.archive.sha256}`;
    if (manifest.layers.length !== 1 || !layer)
        throw stop(`it has ${manifest.layers.length} layers; a model has exactly one (${manifest_format/* ARCHIVE_ASSET */.MS})`);
    if (layer.digest !== want || layer.size !== expected.archive.size)
        throw stop(`its layer is ${layer.digest} (${layer.size} bytes), but the manifest's ${manifest_format/* ARCHIVE_ASSET */.MS} is ${want} (${expected.archive.size} bytes)`);
    await downloadBlob(session, want, expected.archive.size, destination);
}


/***/ }),

/***/ 5335:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ ForgeError),
/* harmony export */   Qu: () => (/* binding */ isForgeError),
/* harmony export */   TA: () => (/* binding */ EXIT_FORGE_FAILED)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
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

/***/ 1543:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   g3: () => (/* binding */ ApprovalError)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
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
class ApprovalError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    exitCode = _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CHECK_FAILED */ .Gh;
}


/***/ }),

/***/ 2881:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ lazySchema),
/* harmony export */   Oo: () => (/* binding */ once)
/* harmony export */ });
/* unused harmony export builtSchema */
/**
 * Zod schemas built the first time they are used, not when their module is loaded.
 *
 * Why: zod builds every schema object when the code defining it runs, ~17 µs each, and a step's
 * bundle holds ~1,000-1,500 of them (each format's, the config's, the inputs'). Most runs use a few
 * formats: drift-check never reads a comparison, compare never a drift report, and a constant
 * imported from a format module (a schema name, a list of test names) brought all of its schemas
 * with it. Measured before this, at each action's start: 20-28 ms of zod construction in compare,
 * drift-check, publish-model, promote-model and rank-candidates.
 *
 * A format module puts its definitions in one builder (`once`) and exports handles
 * (`lazySchema`): each handle has its schema's type, and forwards every property read (`parse`,
 * `safeParse`, `_zod`, …) to the schema, built on that first read. zod accepts a handle inside
 * another schema (it reads `_zod` through it), and `instanceof` sees the schema's prototype. What
 * zod keys by object identity (the registry behind `.describe()`, which z.toJSONSchema reads) knows
 * the schema, not the handle: pass `builtSchema(handle)` there.
 */
const BUILT = Symbol('mlops-actions:lazy-schema');
/** `build` run once, on the first call; the same result after. */
function once(build) {
    let built;
    return () => (built ??= { value: build() }).value;
}
/** A stand-in for the schema `get()` returns, which is built (by `get`) on the first property read. */
function lazySchema(get) {
    const bound = new Map();
    const handler = {
        get(_target, key) {
            const schema = get();
            if (key === BUILT)
                return schema;
            const value = schema[key];
            if (typeof value !== 'function')
                return value;
            // Methods run on the schema itself, whatever `this` the caller passes.
            let b = bound.get(key);
            if (b === undefined)
                bound.set(key, (b = value.bind(schema)));
            return b;
        },
        has: (_target, key) => key in get(),
        ownKeys: () => Reflect.ownKeys(get()),
        getOwnPropertyDescriptor(_target, key) {
            const d = Reflect.getOwnPropertyDescriptor(get(), key);
            return d === undefined ? undefined : { ...d, configurable: true };
        },
        getPrototypeOf: () => Reflect.getPrototypeOf(get()),
        set: () => false,
        defineProperty: () => false,
        deleteProperty: () => false,
    };
    return new Proxy({}, handler);
}
/** The schema behind a lazySchema handle (built now), or `schema` itself when it is not a handle. */
function builtSchema(schema) {
    return schema[BUILT] ?? schema;
}


/***/ })

};
