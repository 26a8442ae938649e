export const id = 1214;
export const ids = [1214,7781];
export const modules = {

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

/***/ 7781:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeProfiles: () => (/* reexport safe */ _merge_profiles_js__WEBPACK_IMPORTED_MODULE_3__.N),
/* harmony export */   readProfile: () => (/* binding */ readProfile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3836);
/* harmony import */ var _merge_profiles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7060);
/**
 * Reading a profile file (`mlops profile merge`, `profile show`, drift references), checked
 * against the profile schema. Merging lives in merge-profiles.ts, re-exported here.
 */




/** Reads and validates a profile file; failures are InputErrors naming the file. */
async function readProfile(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot read profile: ${e.message}`, { location: { file }, hint: 'check the path; profiles are written by validate-data (profile-out)', cause: e });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`not valid JSON: ${e.message}`, { location: { file }, hint: `expected a ${_formats_profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_SCHEMA */ .Ow} file written by validate-data`, cause: e });
    }
    const schema = json?.schema;
    if (schema !== _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_SCHEMA */ .Ow) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`schema is ${JSON.stringify(schema)}, not "${_formats_profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_SCHEMA */ .Ow}"`, { location: { file }, hint: 'give a profile written by validate-data (profile-out)' });
    }
    const parsed = _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .profileSchema */ .Fk.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`invalid profile at ${issue.path.join('.') || '(root)'}: ${issue.message}`, { location: { file }, hint: 'the file may be truncated or edited by hand; re-run validate-data to write it again' });
    }
    for (const name of parsed.data.column_order) {
        if (!Object.hasOwn(parsed.data.columns, name))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`column_order names "${name}" but columns has no such entry`, { location: { file }, hint: 're-run validate-data to write the profile again' });
    }
    return parsed.data;
}


/***/ }),

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

/***/ 9680:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
/* harmony export */   ny: () => (/* binding */ MANIFEST_ASSET),
/* harmony export */   tW: () => (/* binding */ PROVENANCE_ASSET)
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

/***/ 3836:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ profileSchema),
/* harmony export */   Ow: () => (/* reexport safe */ _column_types_js__WEBPACK_IMPORTED_MODULE_1__.O)
/* harmony export */ });
/* unused harmony exports kllStateSchema, hllStateSchema, frequentStateSchema, momentsStateSchema, columnProfileSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/* harmony import */ var _column_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5717);
/**
 * `mlops-actions/profile@1`: what `validate-data` writes about a dataset, and what `mlops profile merge`
 * combines. Defined once here (zod) and documented in docs/formats.md.
 *
 * A profile is a set of mergeable sketches plus the statistics derived from them. Merging two
 * profiles merges the sketches and re-derives the statistics, so the result does not depend on how
 * the data was sharded: counts, min, max and mean are exact; std is exact up to floating-point
 * rounding; quantiles and distinct counts stay within the sketches' stated error.
 */



// In a module without zod, for code that builds profiles (the shard worker); here for everyone else.

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const columnType = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_column_types_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMN_TYPES */ .R);
    /** Serialized KLL quantile sketch (see shared/data/sketch/kll.ts): compactors level by level. */
    const kllStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        k: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        n: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        levels: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig())),
    });
    /**
     * Serialized HyperLogLog (see shared/data/sketch/hll.ts): precision and either base64 registers
     * (dense) or `sparse`, base64 of 4-byte entries (index << 8 | value) of the non-zero registers.
     */
    const hllStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        p: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(4).max(18),
        registers: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        sparse: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    })
        .refine((h) => (h.registers === undefined) !== (h.sparse === undefined), { message: 'an HLL state has either registers or sparse, not both or neither' });
    /** Serialized frequent-items sketch (Misra-Gries with a fixed capacity). */
    const frequentStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        capacity: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        /** Total weight subtracted by decrements: each count is exact within [count, count + offset]. */
        offset: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
        items: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative()])),
    });
    /** Moments for exact merge: n, exact sum as Shewchuk partials (order independent), and M2 (Chan et al.). */
    const momentsStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        n: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        sum_partials: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()),
        mean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        m2: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    });
    const columnProfileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** The column's type: from the contract when there is one, else the dominant type observed. */
        type: columnType,
        /** Non-missing values. */
        count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Missing values (null, absent, or a null token). */
        nulls: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** NaN values (counted in `count`, excluded from numeric statistics). */
        nan: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** +/-Infinity values (counted in `count`, excluded from numeric statistics). */
        inf: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Non-missing values by the narrowest type each parses as (integer < number; date < timestamp; boolean; string). */
        type_counts: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            integer: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            number: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            boolean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            date: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            timestamp: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            string: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        }),
        /** Numeric columns: numbers; date/timestamp columns: ISO 8601 text; string columns: lexicographic. */
        min: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]).nullable(),
        max: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]).nullable(),
        /** Numeric, date and timestamp columns (dates as epoch ms): arithmetic mean and sample std (ddof=1, as pandas). */
        mean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        std: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        /** Quantile estimates keyed by probability ("0.5"), from the KLL sketch; null when not numeric. */
        quantiles: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()).nullable(),
        /** Distinct non-missing values: HyperLogLog estimate, exact while the column has few values. */
        distinct: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ estimate: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(), exact: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY() }),
        /** Top 20 values with counts (exact when `frequent_exact`). */
        frequent: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative() })),
        frequent_exact: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        /** Numeric/date columns: equal-width bins over [min, max]; counts estimated from the KLL sketch. */
        histogram: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ edges: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()), counts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()) }).nullable(),
        /** Text length of non-missing values (characters). */
        length: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), mean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() }).nullable(),
        sketches: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            moments: momentsStateSchema,
            kll: kllStateSchema,
            hll: hllStateSchema,
            frequent: frequentStateSchema,
            /** Exact text-length stats and lexicographic min/max, kept for merge. */
            text: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ min_len: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(), max_len: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(), sum_len: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), min: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(), max: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable() }),
        }),
    });
    const profileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(_column_types_js__WEBPACK_IMPORTED_MODULE_1__/* .PROFILE_SCHEMA */ .O),
        /** Files profiled (several after a merge), as given by the user. */
        sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), format: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative() })),
        rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Column names in file order. */
        column_order: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), columnProfileSchema),
    });
    return { kllStateSchema, hllStateSchema, frequentStateSchema, momentsStateSchema, columnProfileSchema, profileSchema };
});
const kllStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().kllStateSchema);
const hllStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().hllStateSchema);
const frequentStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().frequentStateSchema);
const momentsStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().momentsStateSchema);
const columnProfileSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().columnProfileSchema);
const profileSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().profileSchema);


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

/***/ 6048:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ RUN_SCHEMA),
/* harmony export */   _A: () => (/* binding */ runRecordSchema),
/* harmony export */   vL: () => (/* binding */ describeCommand)
/* harmony export */ });
/* unused harmony exports fileDigestSchema, runCommandSchema, environmentSchema, originalRunSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/**
 * `mlops-actions/run@1`: what one `train` step did. Written by `train` (`run-out`), read by the
 * steps after it (evaluate, publish-model's lineage). Defined once here (zod), documented in
 * docs/train.md ("The run record").
 *
 * A record is written for every run that got as far as starting the command (or restoring it from
 * the run cache): `status: "failed"` records say why, so a workflow can upload them with
 * `if: always()`. On a cache hit the command did not run: `exit_code` is null and `original` holds
 * the record of the run whose outputs were restored.
 */


const RUN_SCHEMA = 'mlops-actions/run@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const fileDigestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** Workspace-relative, forward slashes. */
        path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
        bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    });
    const runCommandSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** What was spawned (no shell in between unless `shell` is set): for a shell, `[shell, ...flags, script]`. */
        argv: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).min(1),
        /** The shell named by the user (`bash`, `sh`, `pwsh`), or null for an argument list. */
        shell: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The script given to the shell, or null. */
        script: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    const environmentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        platform: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        arch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** `node --version` of the node on PATH (what the command would run), or null. */
        node: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** `python3 --version` (e.g. "3.12.3"), or null when there is no python3 on PATH. */
        python: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The runner image (`ImageOS`, e.g. "ubuntu24"), or null off a hosted runner. */
        image: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** Lockfiles found at the top of the working directory, with their digests. */
        lockfiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileDigestSchema),
    });
    const runFields = {
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RUN_SCHEMA),
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['succeeded', 'failed']),
        /** hit: outputs restored, command skipped; miss: the command ran (and was cached if it succeeded); off: no cache. */
        cache: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['hit', 'miss', 'off']),
        cache_key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        command: runCommandSchema,
        params: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()),
        seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        declared: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ inputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), outputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }),
        inputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileDigestSchema),
        outputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileDigestSchema),
        environment: environmentSchema,
        git: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() }),
        started_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        ended_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        duration_ms: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        /** The command's exit code; null when it did not run (cache hit) or was killed by a signal. */
        exit_code: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nullable(),
        signal: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** Workspace-relative path of the log (stdout and stderr interleaved as they arrived). */
        log: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** Why a failed run failed, in one line. */
        error: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /**
         * Only when the run was asked to check determinism (`check-determinism`): the command ran twice
         * from the same state (the first run's outputs moved aside), and whether every declared output
         * came out byte-identical. `differing` lists the paths that did not (or that only one run wrote).
         */
        determinism: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ runs: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(), identical: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(), differing: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) })
            .optional(),
    };
    /** The record of the run a cache hit restored (one level deep: its own `original` is dropped). */
    const originalRunSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc(runFields);
    const runRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ ...runFields, original: originalRunSchema.optional() });
    return { fileDigestSchema, runCommandSchema, environmentSchema, originalRunSchema, runRecordSchema };
});
const fileDigestSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().fileDigestSchema);
const runCommandSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().runCommandSchema);
const environmentSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().environmentSchema);
const originalRunSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().originalRunSchema);
const runRecordSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().runRecordSchema);
/** The command as a person would type it (for messages), quoting arguments that need it. */
function describeCommand(command) {
    if (command.shell !== null)
        return `${command.shell}: ${command.script}`;
    return command.argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}


/***/ }),

/***/ 1214:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  forgeArtifactDownloader: () => (/* binding */ forgeArtifactDownloader),
  isGitHubEnterpriseServer: () => (/* binding */ isGitHubEnterpriseServer)
});

// EXTERNAL MODULE: ../../../../shared/formats/report-limits.ts
var report_limits = __webpack_require__(4050);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
;// CONCATENATED MODULE: ../../../../shared/github/artifact-zip.ts
/**
 * Extracting an artifact's zip archive (what the Forge's `downloadArtifact` returns) without
 * trusting it: entries are read from the central directory (APPNOTE.TXT 4.3.12), only stored (0)
 * and deflated (8) entries are accepted, names must stay inside the destination (no absolute paths,
 * no `..`), and the total uncompressed size is capped before and while inflating (a zip bomb stops
 * at the cap, not at the disk's end).
 */




async function extractZip(zip, destination, options) {
    const b = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
    const what = options.name ?? 'artifact zip';
    const bad = (m) => new errors/* InputError */.dz(`${what}: ${m}`);
    // End of central directory: the last 0x06054b50 within the final 64 KiB + 22 bytes.
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
        if (b.readUInt32LE(i) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw bad('not a zip archive (no end of central directory)');
    const count = b.readUInt16LE(eocd + 10);
    let p = b.readUInt32LE(eocd + 16);
    const root = (0,external_node_path_.resolve)(destination);
    const written = [];
    let total = 0;
    for (let n = 0; n < count; n++) {
        if (p + 46 > b.length || b.readUInt32LE(p) !== 0x02014b50)
            throw bad('corrupt central directory');
        const method = b.readUInt16LE(p + 10);
        const compressed = b.readUInt32LE(p + 20);
        const size = b.readUInt32LE(p + 24);
        const nameLen = b.readUInt16LE(p + 28);
        const extraLen = b.readUInt16LE(p + 30);
        const commentLen = b.readUInt16LE(p + 32);
        const local = b.readUInt32LE(p + 42);
        const name = b.subarray(p + 46, p + 46 + nameLen).toString('utf8');
        p += 46 + nameLen + extraLen + commentLen;
        if (name.endsWith('/'))
            continue;
        if ((0,external_node_path_.isAbsolute)(name) || /^[A-Za-z]:/.test(name) || (0,external_node_path_.normalize)(name).split(/[\\/]/).includes('..'))
            throw bad(`entry ${JSON.stringify(name)} would land outside the destination`);
        const target = (0,external_node_path_.resolve)(root, name);
        if (!target.startsWith(root + external_node_path_.sep))
            throw bad(`entry ${JSON.stringify(name)} would land outside the destination`);
        total += size;
        if (total > options.maxBytes)
            throw bad(`uncompressed size exceeds ${options.maxBytes} bytes`);
        if (local + 30 > b.length || b.readUInt32LE(local) !== 0x04034b50)
            throw bad(`corrupt local header for ${JSON.stringify(name)}`);
        const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
        const raw = b.subarray(start, start + compressed);
        let data;
        if (method === 0)
            data = raw;
        else if (method === 8)
            data = (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: Math.max(1, options.maxBytes - (total - size)) });
        else
            throw bad(`entry ${JSON.stringify(name)} uses compression method ${method}; only stored and deflate are supported`);
        if (data.length !== size)
            throw bad(`entry ${JSON.stringify(name)} is ${data.length} bytes, its header says ${size}`);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        await (0,promises_.writeFile)(target, data);
        written.push(name);
    }
    return written;
}

// EXTERNAL MODULE: ../../../../shared/compare/training-records.ts
var training_records = __webpack_require__(9371);
;// CONCATENATED MODULE: ../../../../shared/github/artifact-download.ts



function forgeArtifactDownloader(forge) {
    return async ({ repo, artifactId, destination }) => {
        const zip = await forge.downloadArtifact({ ...repo, artifact_id: artifactId });
        await extractZip(zip, destination, { maxBytes: report_limits/* MAX_REPORT_BYTES */.WA + report_limits/* MAX_EXAMPLES_BYTES */.tM + training_records/* MAX_RUN_RECORD_BYTES */.z + training_records/* MAX_PROFILE_BYTES */.Z, name: `artifact ${artifactId}` });
    };
}
/** @actions/artifact's public download refuses GHES; what it checks (GITHUB_SERVER_URL's host). */
function isGitHubEnterpriseServer(serverUrl) {
    const host = new URL(serverUrl || 'https://github.com').hostname.toUpperCase();
    return !(host === 'GITHUB.COM' || host.endsWith('.GHE.COM') || host.endsWith('.LOCALHOST'));
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
