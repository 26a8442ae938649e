export const id = 3657;
export const ids = [3657];
export const modules = {

/***/ 9729:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ EVALUATION_SCHEMA),
/* harmony export */   Fo: () => (/* binding */ examplesFileOf),
/* harmony export */   I8: () => (/* binding */ omittedMetricSchema),
/* harmony export */   N5: () => (/* binding */ fairnessSchema),
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
    return report.examples ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(reportPath), report.examples.file) : undefined;
}


/***/ }),

/***/ 1156:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e0: () => (/* binding */ registryStateSchema),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   q4: () => (/* binding */ REGISTRY_AUDIT_SCHEMA),
/* harmony export */   x9: () => (/* binding */ auditEntrySchema)
/* harmony export */ });
/* unused harmony exports REGISTRY_STATE_SCHEMA, runRefSchema, approvalSchema, provenanceCheckSchema, versionEntrySchema, aliasEntrySchema, aliasMoveSchema */
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
    /** What promote checked in a release's build provenance (shared/registry/provenance/). */
    const provenanceCheckSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        verified: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(true),
        /** The signing certificate's OIDC issuer (GitHub Actions: https://token.actions.githubusercontent.com). */
        issuer: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The certificate's subject alternative name: for GitHub Actions, the workflow file's URI and ref. */
        identity: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The archive's SHA-256 as the signed in-toto statement names it. */
        subject_digest: sha256,
        /** The repository the signing workflow ran in (Fulcio's Source Repository URI), when the certificate says. */
        source_repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        predicate_type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The signature's Rekor log index. */
        log_index: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
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
        /**
         * promote: the release's build provenance (the Sigstore bundle `provenance.sigstore.json`) as
         * verified before the alias moved, or null when the release has none. Absent in entries
         * written before it existed and in publish entries, so older logs read unchanged.
         */
        provenance: provenanceCheckSchema.nullable().optional(),
    });
    return { runRefSchema, approvalSchema, provenanceCheckSchema, versionEntrySchema, aliasEntrySchema, aliasMoveSchema, registryStateSchema, auditEntrySchema };
});
const runRefSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().runRefSchema);
const approvalSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().approvalSchema);
const provenanceCheckSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().provenanceCheckSchema);
const versionEntrySchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().versionEntrySchema);
const aliasEntrySchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().aliasEntrySchema);
const aliasMoveSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().aliasMoveSchema);
const registryStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().registryStateSchema);
const auditEntrySchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().auditEntrySchema);
function emptyState(model) {
    return { schema: REGISTRY_STATE_SCHEMA, model, versions: [], aliases: {}, history: [] };
}


/***/ }),

/***/ 6560:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ fetchFromOci),
/* harmony export */   NN: () => (/* binding */ readOciPointer),
/* harmony export */   Z: () => (/* binding */ downloadArchive),
/* harmony export */   rA: () => (/* binding */ extractChecked),
/* harmony export */   rb: () => (/* binding */ requireOci)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(322);
/* harmony import */ var _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9680);
/* harmony import */ var _formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8517);
/* harmony import */ var _archive_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(324);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1543);
/* harmony import */ var _release_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8317);
/**
 * A version's model archive from whichever store holds it: the release asset `model.tar.gz`, or
 * the OCI artifact its `oci-artifact.json` points at (publish --oci; over 2 GiB the registry is the
 * only copy). Shared by promote's verification and `mlops pull`.
 *
 * The pointer itself carries no checksum (manifest.json cannot list it: the manifest is inside the
 * OCI artifact as its config), so it is trusted for nothing but where to look: it must name the
 * repository and tag the manifest records, and the OCI manifest it names must have manifest.json
 * as its config and the manifest's archive digest as its layer (checked by the OCI client).
 */








/** The release's OCI pointer, checked against what the manifest records; IntegrityError (via `stop`) otherwise. */
async function readOciPointer(releases, ref, manifest, manifestSha, work, stop) {
    const where = manifest.archive.oci;
    if (!where)
        throw stop('the manifest records no OCI artifact');
    if (!ref.assets.some((a) => a.name === _formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb))
        throw stop(`the manifest says the archive is in ${where.repository}:${where.tag}, but the release has no ${_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb}`);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(work, `${ref.version}.${_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb}`);
    try {
        await releases.download(ref, _formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb, path);
    }
    catch (e) {
        throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .IntegrityError */ .cs ? stop(`${_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb} is missing`) : e;
    }
    const pointer = await (0,_release_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonAs */ .X)(path, _formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .ociArtifactSchema */ .b, `${_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb} of ${ref.tag}`, 'the stored release is damaged').catch((e) => {
        throw stop(e.message);
    });
    if (pointer.repository !== where.repository || pointer.tag !== where.tag)
        throw stop(`${_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb} names ${pointer.repository}:${pointer.tag}, but the manifest records ${where.repository}:${where.tag}`);
    if (pointer.layer.digest !== `sha256:${manifest.archive.sha256}` || pointer.config.digest !== `sha256:${manifestSha}`) {
        throw stop(`${_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb} describes another archive or manifest than this release's`);
    }
    return pointer;
}
/** The OCI client, or a clear refusal when the face gave none (a bug of ours, or a custom caller). */
function requireOci(oci, ref, manifest) {
    if (oci)
        return oci;
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${ref.tag} is stored in the OCI registry ${manifest.archive.oci?.repository ?? ''}, and no OCI client was given`, {
        hint: 'run it with `mlops`, or pass ports.oci (openOciArtifacts from shared/oci/oci-artifact-store.ts)',
    });
}
/**
 * Downloads the archive to `destination` from the release when it holds it, else from the OCI
 * registry, checking SHA-256 and size. Returns where it came from.
 */
async function downloadArchive(releases, ref, manifest, manifestSha, oci, destination, work, stop) {
    const asset = manifest.assets.find((a) => a.name === _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS);
    if (asset && ref.assets.some((a) => a.name === _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS)) {
        try {
            await releases.download(ref, _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS, destination);
        }
        catch (e) {
            throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .IntegrityError */ .cs ? stop(`asset ${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS} is missing`) : e;
        }
        const got = await (0,_runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(destination);
        if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
            throw stop(`asset ${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
        }
        return { source: 'release' };
    }
    if (asset)
        throw stop(`asset ${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS} listed in the manifest is missing from the release`);
    if (!manifest.archive.oci)
        throw stop(`the manifest lists no ${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS}`);
    const artifact = await readOciPointer(releases, ref, manifest, manifestSha, work, stop);
    await fetchFromOci(requireOci(oci, ref, manifest), artifact, manifest, manifestSha, destination, stop);
    return { source: 'oci', artifact };
}
/** Checks (and with `destination`, downloads) the OCI copy; its IntegrityErrors go through `stop`. */
async function fetchFromOci(oci, artifact, manifest, manifestSha, destination, stop) {
    try {
        await oci.fetchArchive(artifact, { archive: { sha256: manifest.archive.sha256, size: manifest.archive.size }, manifestSha256: manifestSha }, destination);
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .IntegrityError */ .cs))
            throw e;
        const suffix = e.hint ? ` (${e.hint})` : '';
        throw stop(suffix && e.message.endsWith(suffix) ? e.message.slice(0, -suffix.length) : e.message);
    }
}
/** Extracts the archive (safely: shared/registry/archive.ts) and checks its files against the manifest's list. */
async function extractChecked(archive, manifest, destination, stop) {
    const files = await (0,_archive_js__WEBPACK_IMPORTED_MODULE_5__/* .extractModelArchive */ .t5)(archive, destination);
    const want = manifest.archive.files.map((f) => `${f.name} ${f.size} ${f.sha256}`).join('\n');
    const have = files.map((f) => `${f.path} ${f.size} ${f.sha256}`).join('\n');
    if (want !== have)
        throw stop(`the files in ${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS} differ from the manifest's list`);
    return files.length;
}


/***/ }),

/***/ 8317:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 5761:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VA: () => (/* binding */ verifyRelease),
/* harmony export */   iK: () => (/* binding */ resolveLatest),
/* harmony export */   jY: () => (/* binding */ checkAliasDeclared)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_closest_match_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6060);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _runtime_temp_work_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1109);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1543);
/* harmony import */ var _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9680);
/* harmony import */ var _formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8517);
/* harmony import */ var _release_archive_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6560);
/* harmony import */ var _runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(322);
/* harmony import */ var _release_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8317);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3004);
/**
 * Before an alias moves, the release it will point to is checked against what was published: the
 * manifest's SHA-256 (when one was recorded), every asset's digest and size, and the archive's
 * file list. A mismatch is an IntegrityError: the stored release was changed or damaged.
 */











/** The version `latest` means: the highest release, or the highest prerelease when there is none. */
function resolveLatest(versions) {
    return (0,_semver_js__WEBPACK_IMPORTED_MODULE_9__/* .highestVersion */ .t)(versions, true) ?? (0,_semver_js__WEBPACK_IMPORTED_MODULE_9__/* .highestVersion */ .t)(versions);
}
/**
 * Downloads a version's manifest and assets and checks every digest. Throws IntegrityError naming
 * the first asset that is missing or differs. Returns the manifest and what was verified.
 *
 * A version published with `--oci` is also checked in the OCI registry by digest (through `oci`):
 * the tag still names the published OCI manifest, whose config is this manifest.json and whose
 * layer's bytes hash to the archive's SHA-256. When the archive is only there (over 2 GiB) it is
 * downloaded from there and its files checked like a release asset's.
 */
async function verifyRelease(releases, ref, recordedManifestSha, oci) {
    const workDir = await (0,_runtime_temp_work_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .makeTempWorkDir */ .j)('mlops-verify-');
    const work = workDir.path;
    const stop = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IntegrityError */ .cs(`${ref.tag}: ${what}; not promoting`, { hint: 'the stored release was changed or damaged after publishing: publish the model again under a new version' });
    try {
        if (!ref.assets.some((a) => a.name === _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny))
            throw stop(`${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny} is missing`);
        const { manifest, sha256: manifestSha } = await (0,_release_files_js__WEBPACK_IMPORTED_MODULE_8__/* .fetchManifest */ .C)(releases, ref, work).catch((e) => {
            // A stored manifest that is gone or unreadable is damage to the release, not bad user input.
            throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IntegrityError */ .cs || e instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? stop(e.message) : e;
        });
        if (recordedManifestSha && manifestSha !== recordedManifestSha) {
            throw stop(`${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny} has SHA-256 ${manifestSha}, but ${recordedManifestSha} was recorded when it was published`);
        }
        if (manifest.name !== ref.model || manifest.version !== ref.version)
            throw stop(`${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny} describes ${manifest.name} ${manifest.version}`);
        const verified = [{ name: _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny, sha256: manifestSha, size: 0 }];
        for (const asset of manifest.assets) {
            if (!ref.assets.some((a) => a.name === asset.name))
                throw stop(`asset ${asset.name} listed in the manifest is missing from the release`);
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(work, `asset-${verified.length}`);
            try {
                await releases.download(ref, asset.name, path);
            }
            catch (e) {
                throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IntegrityError */ .cs ? stop(`asset ${asset.name} is missing`) : e;
            }
            const got = await (0,_runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256File */ .Q)(path);
            if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
                throw stop(`asset ${asset.name} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
            }
            verified.push({ name: asset.name, ...got });
            if (asset.name === _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .ARCHIVE_ASSET */ .MS)
                await (0,_release_archive_js__WEBPACK_IMPORTED_MODULE_6__/* .extractChecked */ .rA)(path, manifest, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(work, 'model'), stop);
        }
        const inRelease = manifest.assets.some((a) => a.name === _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .ARCHIVE_ASSET */ .MS);
        if (manifest.archive.oci) {
            const artifact = await (0,_release_archive_js__WEBPACK_IMPORTED_MODULE_6__/* .readOciPointer */ .NN)(releases, ref, manifest, manifestSha, work, stop);
            // Already verified from the release: the OCI copy only has to hash the same (no second extraction).
            const path = inRelease ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(work, 'oci-archive');
            await (0,_release_archive_js__WEBPACK_IMPORTED_MODULE_6__/* .fetchFromOci */ .Ar)((0,_release_archive_js__WEBPACK_IMPORTED_MODULE_6__/* .requireOci */ .rb)(oci, ref, manifest), artifact, manifest, manifestSha, path, stop);
            if (path)
                await (0,_release_archive_js__WEBPACK_IMPORTED_MODULE_6__/* .extractChecked */ .rA)(path, manifest, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(work, 'model'), stop);
            verified.push({ name: (0,_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_5__/* .ociReferenceOf */ .aH)(artifact), sha256: manifest.archive.sha256, size: manifest.archive.size });
        }
        else if (!inRelease)
            throw stop(`the manifest lists no ${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .ARCHIVE_ASSET */ .MS}`);
        verified[0].size = ref.assets.find((a) => a.name === _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny)?.size ?? 0;
        return { manifest, manifestSha, verified };
    }
    finally {
        await workDir.remove();
    }
}
/**
 * Refuses to create an alias nobody declared. An alias the model already has may move (it was
 * created on purpose once); `createAlias` is the explicit way to add one.
 */
function checkAliasDeclared(alias, model, declared, existing, createAlias) {
    if (declared === undefined || createAlias || declared.includes(alias) || existing.includes(alias))
        return;
    const known = [...new Set([...declared, ...existing])];
    const close = (0,_runtime_closest_match_js__WEBPACK_IMPORTED_MODULE_10__/* .closestMatch */ .h)(alias, known);
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`alias "${alias}" is not a declared alias (${declared.join(', ')}) and ${model} has no such alias yet`, {
        hint: (n) => {
            const create = n.option('create-alias').startsWith('--') ? `pass ${n.option('create-alias')}` : `set ${n.setting('create-alias', 'true')}`;
            return `${close ? `did you mean "${close}"? ` : ''}to create it, add it to promote.aliases in mlops.yaml or ${create}`;
        },
    });
}


/***/ }),

/***/ 322:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
