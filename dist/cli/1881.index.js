export const id = 1881;
export const ids = [1881];
export const modules = {

/***/ 4977:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ compareFiles),
/* harmony export */   r: () => (/* binding */ readEvaluationReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _formats_evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9729);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9980);
/* harmony import */ var _config_mlops_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7855);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6276);
/* harmony import */ var _examples_pairing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(272);
/**
 * The file-reading edge of compareReports(): reads the head and baseline reports (and, when both
 * carry one, their per-example files), the gate rules from mlops.yaml or given directly, and
 * returns the comparison. Writing it out is the caller's job (the action and the CLI).
 */






/** Reads and checks an evaluation report. Throws InputError naming the file and the first problem. */
async function readEvaluationReport(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(code === 'ENOENT' ? 'evaluation report not found' : `cannot read the evaluation report: ${e.message}`, { location: { file }, cause: e });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`not JSON: ${e.message}`, { location: { file }, hint: (o) => `point at the report evaluate wrote (${o.option('out')})` });
    }
    const parsed = _formats_evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluationReportSchema */ .mF.safeParse(json);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        const at = i.path.length ? i.path.join('.') : '(top level)';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`not an mlops-actions/evaluation@1 report: ${at}: ${i.message}`, { location: { file }, hint: (o) => `point at the report evaluate wrote (${o.option('out')})` });
    }
    return parsed.data;
}
async function pairedOf(head, headFile, base, baseFile) {
    const h = (0,_formats_evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .examplesFileOf */ .Fo)(headFile, head);
    const b = (0,_formats_evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .examplesFileOf */ .Fo)(baseFile, base);
    if (!h || !b)
        return `per-example data is missing from the ${!h && !b ? 'head and the baseline reports' : !h ? 'head report' : 'baseline report'} (evaluate writes it unless --no-examples)`;
    if ((head.examples.id_column === null) !== (base.examples.id_column === null)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`the head pairs rows by ${head.examples.id_column === null ? 'row index' : `id column ${head.examples.id_column}`} but the baseline by ${base.examples.id_column === null ? 'row index' : `id column ${base.examples.id_column}`}`, { location: { file: headFile }, hint: (o) => `evaluate both with the same ${o.option('id')} column` });
    }
    const [hr, br] = await Promise.all([
        (0,_examples_pairing_js__WEBPACK_IMPORTED_MODULE_5__/* .readExamplesFile */ .mo)(h, { sha256: head.examples.sha256, rows: head.examples.rows }),
        (0,_examples_pairing_js__WEBPACK_IMPORTED_MODULE_5__/* .readExamplesFile */ .mo)(b, { sha256: base.examples.sha256, rows: base.examples.rows }),
    ]);
    return (0,_examples_pairing_js__WEBPACK_IMPORTED_MODULE_5__/* .pairExamples */ .wq)(hr, br);
}
async function compareFiles(options) {
    const [head, baseline] = await Promise.all([readEvaluationReport(options.head), options.baseline ? readEvaluationReport(options.baseline) : undefined]);
    const { rules, model } = await (0,_config_mlops_config_js__WEBPACK_IMPORTED_MODULE_3__.gateRulesOf)(options);
    const compareOptions = { model: model ?? null, headFile: options.head, baselineFile: options.baseline ?? null, significance: options.significance };
    const resamples = options.significance?.resamples ?? rules?.significance?.resamples;
    if (baseline && resamples !== 0) {
        const paired = options.baselineExamplesUnavailable ?? (await pairedOf(head, options.head, baseline, options.baseline));
        if (typeof paired === 'string')
            compareOptions.notTestedReason = paired;
        else
            compareOptions.paired = paired;
    }
    return (0,_compare_js__WEBPACK_IMPORTED_MODULE_4__/* .compareReports */ .l)(head, baseline, rules, compareOptions);
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



/***/ })

};
