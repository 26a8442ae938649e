export const id = 509;
export const ids = [509];
export const modules = {

/***/ 9729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ EVALUATION_SCHEMA),
/* harmony export */   Fo: () => (/* binding */ examplesFileOf),
/* harmony export */   I8: () => (/* binding */ omittedMetricSchema),
/* harmony export */   mF: () => (/* binding */ evaluationReportSchema),
/* harmony export */   tm: () => (/* binding */ metricValueSchema)
/* harmony export */ });
/* unused harmony exports confusionMatrixSchema, sliceSchema, skippedSliceSchema */
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
    });
    return { metricValueSchema, omittedMetricSchema, confusionMatrixSchema, sliceSchema, skippedSliceSchema, evaluationReportSchema };
});
const metricValueSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().metricValueSchema);
const omittedMetricSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().omittedMetricSchema);
const confusionMatrixSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().confusionMatrixSchema);
const sliceSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().sliceSchema);
const skippedSliceSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().skippedSliceSchema);
const evaluationReportSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().evaluationReportSchema);
/** The folder a report's relative `examples.file` is resolved against. */
function examplesFileOf(reportPath, report) {
    return report.examples ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(reportPath), report.examples.file) : undefined;
}


/***/ }),

/***/ 9680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MS: () => (/* binding */ ARCHIVE_ASSET),
/* harmony export */   NX: () => (/* binding */ COMPARISON_ASSET),
/* harmony export */   Oe: () => (/* binding */ EVALUATION_ASSET),
/* harmony export */   Pr: () => (/* binding */ PROFILE_ASSET),
/* harmony export */   VI: () => (/* binding */ RUN_ASSET),
/* harmony export */   Wd: () => (/* binding */ MODEL_CARD_ASSET),
/* harmony export */   a2: () => (/* binding */ modelManifestSchema),
/* harmony export */   ek: () => (/* binding */ MODEL_MANIFEST_SCHEMA),
/* harmony export */   g7: () => (/* binding */ EVALUATION_EXAMPLES_ASSET),
/* harmony export */   ny: () => (/* binding */ MANIFEST_ASSET)
/* harmony export */ });
/* unused harmony exports fileEntrySchema, lineageSchema */
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
        archive: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), sha256, files: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fileEntrySchema) }),
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

/***/ 1156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e0: () => (/* binding */ registryStateSchema),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   q4: () => (/* binding */ REGISTRY_AUDIT_SCHEMA),
/* harmony export */   x9: () => (/* binding */ auditEntrySchema)
/* harmony export */ });
/* unused harmony exports REGISTRY_STATE_SCHEMA, runRefSchema, approvalSchema, versionEntrySchema, aliasEntrySchema, aliasMoveSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
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
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
    const runRefSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        run_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        run_attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
        workflow: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    const approvalSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        reviewer: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        comment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The GitHub Environment whose protection rules approved the job, when there was one. */
        environment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    const versionEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        tag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** Digest of manifest.json as published: promote checks the stored manifest against it. */
        manifest_sha256: sha256,
        content_digest: sha256,
        published_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        published_by: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    const aliasEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        updated_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        updated_by: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    const aliasMoveSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        alias: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** The version the alias pointed to before; null when it was created. */
        from: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        to: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        actor: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    const registryStateSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(REGISTRY_STATE_SCHEMA),
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** Sorted by semver precedence, lowest first. */
        versions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(versionEntrySchema),
        aliases: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), aliasEntrySchema),
        history: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(aliasMoveSchema),
    });
    const auditEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(REGISTRY_AUDIT_SCHEMA),
        at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        action: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['publish', 'promote']),
        /** promote: the alias moved; null for publish. */
        alias: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** promote: the alias's previous version (null when new); publish: null. */
        from: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** promote: the version the alias now points to; publish: the version published. */
        to: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        actor: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        approval: approvalSchema.nullable(),
        run: runRefSchema.nullable(),
        /** Verified or published manifest digest, so the entry names exactly what moved. */
        manifest_sha256: sha256.nullable(),
    });
    return { runRefSchema, approvalSchema, versionEntrySchema, aliasEntrySchema, aliasMoveSchema, registryStateSchema, auditEntrySchema };
});
const runRefSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().runRefSchema);
const approvalSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().approvalSchema);
const versionEntrySchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().versionEntrySchema);
const aliasEntrySchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().aliasEntrySchema);
const aliasMoveSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().aliasMoveSchema);
const registryStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().registryStateSchema);
const auditEntrySchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().auditEntrySchema);
function emptyState(model) {
    return { schema: REGISTRY_STATE_SCHEMA, model, versions: [], aliases: {}, history: [] };
}


/***/ }),

/***/ 8317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ fetchManifest),
/* harmony export */   X: () => (/* binding */ readJsonAs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9980);
/* harmony import */ var _runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(322);
/* harmony import */ var _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9680);
/**
 * Reading what a published version stores: the manifest, JSON documents checked against their
 * schema. Shared by publish, promote, compare's production baseline and drift-check's
 * registry reference.
 *
 * Why its own module: these lived in publish.ts, so every step that reads a release (drift-check,
 * promote-model, compare, rank-candidates) bundled the whole publish path with them (the archive
 * writer and tar, the model card, the run and comparison formats) and built its schemas at each
 * start.
 */





/** A JSON file parsed and checked against `schema`; InputError naming the file, the field and `hint` otherwise. */
async function readJsonAs(file, schema, name, hint) {
    let json;
    try {
        json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (e) {
        const code = e.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(code === 'ENOENT' ? `${name} not found` : `cannot read the ${name}: ${e.message}`, { location: { file }, hint, cause: e });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`not a valid ${name}: ${i.path.join('.') || '(top level)'}: ${i.message}`, { location: { file }, hint });
    }
    return parsed.data;
}
/** Downloads a version's manifest into workDir and parses it; its SHA-256 is what promotions verify. */
async function fetchManifest(releases, ref, workDir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workDir, `${ref.version}.${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny}`);
    await releases.download(ref, _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny, path);
    const { sha256 } = await (0,_runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q)(path);
    const manifest = await readJsonAs(path, _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .modelManifestSchema */ .a2, `${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MODEL_MANIFEST_SCHEMA */ .ek} manifest of ${ref.tag}`, 'the stored manifest is damaged');
    return { manifest, sha256, path };
}


/***/ }),

/***/ 9753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ updateState),
/* harmony export */   p$: () => (/* reexport safe */ _formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__.p$),
/* harmony export */   un: () => (/* binding */ readState),
/* harmony export */   y4: () => (/* binding */ readAudit)
/* harmony export */ });
/* unused harmony export DEFAULT_RETRY */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1543);
/* harmony import */ var _runtime_jsonl_append_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8550);
/* harmony import */ var _formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1156);
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
    const parsed = _formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__/* .registryStateSchema */ .e0.safeParse(value);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`registry state of model "${model}" is not valid ${_formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__/* .registryStateSchema */ .e0.shape.schema.value}: ${i.path.join('.') || '(root)'}: ${i.message}`, {
            hint: 'the state document was edited by hand or by a newer version; restore it from the audit log or history',
        });
    }
    if (parsed.data.model !== model)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`registry state for "${model}" names model "${parsed.data.model}"`, { hint: 'the state document was copied from another model' });
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
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`registry state of model "${model}" is not JSON: ${e.message.split('\n')[0]}`, {
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
        if ((0,_runtime_jsonl_append_js__WEBPACK_IMPORTED_MODULE_2__/* .isRepairNote */ .gx)(line))
            return;
        let json;
        try {
            json = JSON.parse(line);
        }
        catch {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`audit log of model "${model}", line ${i + 1}, is not JSON`, {
                hint: i === lines.length - 1
                    ? 'the last line is cut short (the log was truncated or a write died): the next publish or promote cuts it and keeps its bytes in a repair note'
                    : 'the log was edited by hand; restore it from a backup or the registry branch history',
            });
        }
        const parsed = _formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__/* .auditEntrySchema */ .x9.safeParse(json);
        if (!parsed.success)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`audit log of model "${model}", line ${i + 1}: ${parsed.error.issues[0].message}`);
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
        const value = _formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__/* .registryStateSchema */ .e0.parse(outcome.state);
        const lines = outcome.audit.map((e) => JSON.stringify(_formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__/* .auditEntrySchema */ .x9.parse(e)));
        if (await store.write(model, value, lines, current?.revision, message))
            return { result: outcome.result, changed: true, attempts: attempt };
        if (attempt < p.attempts)
            await sleep(random() * Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1)));
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConflictError */ .fK(`registry state of model "${model}" kept changing under us: gave up after ${p.attempts} attempts`, {
        hint: 'other publishes or promotions of this model are running at the same moment; run this one again',
    });
}



/***/ }),

/***/ 322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The SHA-256 of a file, streamed (model archives and data files can be large), with its size:
 * the one digest every step records or verifies (published assets, model and data digests in
 * reports, the contract a shard was checked against).
 */


/** SHA-256 (hex) and size in bytes of a file. */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}


/***/ })

};
