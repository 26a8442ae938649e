export const id = 630;
export const ids = [630,176];
export const modules = {

/***/ 4977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ compareFiles),
/* harmony export */   r: () => (/* binding */ readEvaluationReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7232);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9980);
/* harmony import */ var _config_mlops_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2106);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6467);
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
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`not JSON: ${e.message}`, { location: { file }, hint: 'point at the report evaluate wrote (--out)' });
    }
    const parsed = _model_evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluationReportSchema */ .mF.safeParse(json);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        const at = i.path.length ? i.path.join('.') : '(top level)';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`not an mlops-actions/evaluation@1 report: ${at}: ${i.message}`, { location: { file }, hint: 'point at the report evaluate wrote (--out)' });
    }
    return parsed.data;
}
async function pairedOf(head, headFile, base, baseFile) {
    const h = (0,_model_evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .examplesFileOf */ .Fo)(headFile, head);
    const b = (0,_model_evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .examplesFileOf */ .Fo)(baseFile, base);
    if (!h || !b)
        return `per-example data is missing from the ${!h && !b ? 'head and the baseline reports' : !h ? 'head report' : 'baseline report'} (evaluate writes it unless --no-examples)`;
    if ((head.examples.id_column === null) !== (base.examples.id_column === null)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`the head pairs rows by ${head.examples.id_column === null ? 'row index' : `id column ${head.examples.id_column}`} but the baseline by ${base.examples.id_column === null ? 'row index' : `id column ${base.examples.id_column}`}`, { location: { file: headFile }, hint: 'evaluate both with the same --id column' });
    }
    const [hr, br] = await Promise.all([
        (0,_examples_pairing_js__WEBPACK_IMPORTED_MODULE_5__/* .readExamplesFile */ .mo)(h, { sha256: head.examples.sha256, rows: head.examples.rows }),
        (0,_examples_pairing_js__WEBPACK_IMPORTED_MODULE_5__/* .readExamplesFile */ .mo)(b, { sha256: base.examples.sha256, rows: base.examples.rows }),
    ]);
    return (0,_examples_pairing_js__WEBPACK_IMPORTED_MODULE_5__/* .pairExamples */ .wq)(hr, br);
}
async function compareFiles(options) {
    const [head, baseline] = await Promise.all([readEvaluationReport(options.head), options.baseline ? readEvaluationReport(options.baseline) : undefined]);
    const { rules, model } = await (0,_config_mlops_config_js__WEBPACK_IMPORTED_MODULE_3__/* .gateRulesOf */ .am)(options);
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

/***/ 6467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ compareReports)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(621);
/* harmony import */ var _comparison_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7435);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4267);
/* harmony import */ var _significance_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5779);
/* harmony import */ var _examples_pairing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(272);
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
const isRegistryMetric = (name, task) => task !== null && name in _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS */ .Cb && _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .METRICS */ .Cb[name].tasks.includes(task);
function compareMetric(name, head, base, rule, ctx) {
    const reported = head?.direction ?? base?.direction;
    const direction = rule ? (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .requireDirection */ .Nm)(name, ctx.where, rule.direction, reported) : ((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .directionOf */ .FR)(name, undefined, reported) ?? null);
    const h = head?.value;
    const b = base?.value;
    const rules = rule
        ? (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .evaluateRules */ .F0)({ name, rule, direction: direction, head: h, baseline: b, firstRun: ctx.firstRun, noBaselineReason: ctx.noBaselineReason })
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
        label: (0,_significance_js__WEBPACK_IMPORTED_MODULE_4__/* .deltaLabel */ .R4)(deltaCi, direction),
        rules,
        status: (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(rules),
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
    const models = (0,_examples_pairing_js__WEBPACK_IMPORTED_MODULE_5__/* .pairedModels */ .YU)(head, base, paired);
    const names = Object.keys(head.metrics).filter((n) => n in base.metrics && isRegistryMetric(n, head.task));
    const ci = (0,_significance_js__WEBPACK_IMPORTED_MODULE_4__/* .pairedBootstrapDeltas */ .t)(models.head, models.base, names, { resamples: s.resamples, confidence: s.confidence, seed: s.seed });
    const tests = {};
    if (names.includes('accuracy') && models.head.correct && models.base.correct) {
        const t = (0,_significance_js__WEBPACK_IMPORTED_MODULE_4__/* .mcnemarTest */ .eq)(models.head.correct, models.base.correct);
        tests.accuracy = { name: 'mcnemar', method: t.method, statistic: t.statistic, p_value: t.pValue, significant: t.pValue < s.alpha, details: { b: t.b, c: t.c } };
    }
    if (head.task === 'binary' && names.includes('roc_auc') && models.head.score && models.base.score && models.head.positive) {
        const t = (0,_significance_js__WEBPACK_IMPORTED_MODULE_4__/* .delongTest */ .Cc)(models.head.positive, models.head.score, models.base.score);
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
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`the config says task ${config.task} but the head report is a ${head.task} evaluation`, { location: options.headFile ? { file: options.headFile } : undefined, hint: 'fix task under the model in mlops.yaml' });
    }
    const metricRules = config?.metrics ?? {};
    const sliceRules = config?.slices ?? {};
    const configured = Object.keys(metricRules).length > 0 || Object.keys(sliceRules).length > 0;
    const sig = {
        resamples: options.significance?.resamples ?? config?.significance?.resamples ?? _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RESAMPLES */ .jF,
        confidence: options.significance?.confidence ?? config?.significance?.confidence ?? _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_CONFIDENCE */ .FH,
        alpha: options.significance?.alpha ?? config?.significance?.alpha ?? _significance_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_ALPHA */ .pO,
        seed: options.significance?.seed ?? config?.significance?.seed ?? _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SEED */ .KP,
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
        slices.push({ column: s.column, value: s.value, head_rows: s.rows, baseline_rows: b?.rows ?? null, skipped: tooSmall, metrics: ms, status: (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .statusOf */ .c2)(ms.flatMap((m) => m.rules)) });
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
            (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .requireDirection */ .Nm)(name, `rule for metric ${name} of slice column ${column}`, r.direction);
        if (head.slices.some((s) => s.column === column) || head.skipped_slices.some((s) => s.column === column))
            continue;
        missingColumns.push(column);
        const severe = Object.values(rule.metrics ?? {}).some((r) => (r.severity ?? 'error') === 'error');
        slices.push({ column, value: null, head_rows: null, baseline_rows: null, skipped: null, metrics: [], status: severe ? 'fail' : 'warn' });
    }
    const all = [...metrics.flatMap((m) => m.rules), ...slices.flatMap((s) => s.metrics.flatMap((m) => m.rules))];
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
    if (!configured)
        warnings.push('no gate rules are configured: this comparison reports only');
    return {
        schema: _comparison_format_js__WEBPACK_IMPORTED_MODULE_2__/* .COMPARISON_SCHEMA */ .GX,
        model: options.model ?? null,
        head: refOf(head, options.headFile),
        baseline: baseline ? refOf(baseline, options.baselineFile) : null,
        verdict: !configured ? 'report-only' : failed > 0 ? 'fail' : 'pass',
        gate: {
            configured,
            first_run: firstRun,
            rules: all.length + missingColumns.length,
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
    };
}


/***/ }),

/***/ 7435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ comparisonSchema),
/* harmony export */   GX: () => (/* binding */ COMPARISON_SCHEMA)
/* harmony export */ });
/* unused harmony exports ruleKindSchema, ruleResultSchema, deltaLabelSchema, significanceTestSchema, statusSchema, metricComparisonSchema, sliceComparisonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1100);
/**
 * `mlops-actions/comparison@1`: one evaluation report (the head, usually a PR's model) compared with
 * a baseline report, the gate's rule results and the verdict. Written by the compare step, read by
 * the PR comment / summary renderers and by the check run. Semantics in docs/compare.md.
 *
 * Numbers that cannot exist are null, never NaN: a metric missing on one side has a null value and
 * delta; a relative delta with a zero baseline is null.
 */

const COMPARISON_SCHEMA = 'mlops-actions/comparison@1';
const interval = zod__WEBPACK_IMPORTED_MODULE_0__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()]);
const direction = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['higher', 'lower']);
const ruleKindSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['present', 'threshold', 'min_absolute_change', 'min_relative_change', 'max_regression']);
const ruleResultSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** `present`: the head must carry the metric (implied by any rule on it). */
    rule: ruleKindSchema,
    /** The configured value (null for `present`). */
    value: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    /** What the head value was compared with (threshold, or the bound derived from the baseline); null when not evaluated. */
    bound: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    outcome: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'skipped']),
    severity: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['error', 'warn']),
    /** One sentence a reviewer can read: "0.9460 >= 0.9320 + 0.01 = 0.9420". */
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
});
const deltaLabelSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['improvement', 'regression', 'within_noise', 'not_tested']);
const significanceTestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['mcnemar', 'delong']),
    /** mcnemar: `exact-binomial` (b + c < 25) or `chi-square-cc`; delong: `fast-delong`. */
    method: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The test statistic: chi-square (McNemar, chi-square form), z (DeLong); null for the exact binomial form. */
    statistic: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    p_value: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(),
    /** p_value < alpha. */
    significant: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    /** mcnemar: { b: head right & baseline wrong, c: head wrong & baseline right }; delong: { se, positives, negatives }. */
    details: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
});
/** Pass/fail of one metric's rules: `fail` if an error-severity rule failed, `warn` if only warn ones did. */
const statusSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'warn', 'none']);
const metricComparisonSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Which way is better; null when neither the config, the report nor the registry says. */
    direction: direction.nullable(),
    head: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    baseline: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    /** head − baseline. */
    delta: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    /** (head − baseline) / |baseline|; null for a zero or missing baseline. */
    relative_delta: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    /** The reports' own bootstrap CIs of each value. */
    head_ci: interval.nullable(),
    baseline_ci: interval.nullable(),
    /** Paired bootstrap percentile CI of the delta (same rows in both); null when not tested. */
    delta_ci: interval.nullable(),
    /** Resamples on which the delta was undefined, left out of delta_ci. */
    delta_ci_invalid: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
    /** p-value of the metric's paired test (McNemar for accuracy, DeLong for binary roc_auc), else null. */
    p_value: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nullable(),
    test: significanceTestSchema.nullable(),
    /** From delta_ci: excludes 0 on the better side → improvement, on the worse side → regression. */
    label: deltaLabelSchema,
    rules: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(ruleResultSchema),
    status: statusSchema,
});
const sliceComparisonSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    column: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    value: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    head_rows: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
    baseline_rows: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
    /** Why the slice's rules were not evaluated (too small, skipped by evaluate); null when they were. */
    skipped: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(metricComparisonSchema),
    status: statusSchema,
});
const reportRefSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    /** Path of the report file; null when it was given in memory. */
    file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    source: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['predictions', 'import']),
    task: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']).nullable(),
    rows: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
    dataset_sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    examples_sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const comparisonSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(COMPARISON_SCHEMA),
    /** The model name under `models:` in mlops.yaml; null when rules came from elsewhere. */
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    head: reportRefSchema,
    /** Null on a first run (no baseline). */
    baseline: reportRefSchema.nullable(),
    /** `report-only`: no rules were configured, so nothing was gated (never a silent pass). */
    verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'report-only']),
    gate: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        configured: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
        first_run: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail']),
        /** Rules evaluated / failed (error severity) / warned (warn severity) / skipped. */
        rules: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
        failed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
        warned: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
        skipped: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
        /** One line per failed or warned rule: "roc_auc: 0.90 < threshold 0.92". */
        failures: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
    }),
    significance: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        /** Whether paired tests ran; when false, `reason` says why (every label is not_tested). */
        tested: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
        reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        /** Rows present in both per-example files. */
        paired_rows: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative().nullable(),
        method: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('paired-percentile-bootstrap'),
        resamples: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
        confidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().gt(0).lt(1),
        alpha: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().gt(0).lt(1),
        seed: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        prng: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    }),
    metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(metricComparisonSchema),
    slices: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(sliceComparisonSchema),
    warnings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()),
});


/***/ }),

/***/ 272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YU: () => (/* binding */ pairedModels),
/* harmony export */   mo: () => (/* binding */ readExamplesFile),
/* harmony export */   wq: () => (/* binding */ pairExamples)
/* harmony export */ });
/* unused harmony export pairedModel */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9980);
/* harmony import */ var _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(621);
/**
 * Per-example files of two evaluation reports (shared/model/examples-file.ts writes them), read and
 * paired row by row by `id`, then turned into prepared evaluations for the paired tests.
 *
 * Pairing is strict: both files must hold the same set of ids, and the same label for every id.
 * Anything else means the two models were not evaluated on the same rows, and a "paired" test would
 * be meaningless, so it is an InputError that says which ids differ.
 */







/** Reads a `.examples.jsonl.gz` file, checking it against what the report recorded (SHA-256, rows). */
async function readExamplesFile(file, expected) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            done(null, chunk);
        },
    });
    const input = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file);
    const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_3__.createGunzip)();
    const fail = (what, line, hint) => new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(what, { location: { file, line }, hint });
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
    let lineNo = 0;
    const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_2__.createInterface)({ input: input.pipe(tap).pipe(gunzip), crlfDelay: Infinity });
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
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`id ${JSON.stringify(id)} occurs twice`, { location: { file: base.file }, hint: 'evaluate with --id naming a unique column' });
        index.set(id, i);
    });
    const order = new Uint32Array(head.ids.length);
    const seen = new Set();
    const onlyHead = [];
    head.ids.forEach((id, i) => {
        if (seen.has(id))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`id ${JSON.stringify(id)} occurs twice`, { location: { file: head.file }, hint: 'evaluate with --id naming a unique column' });
        seen.add(id);
        const j = index.get(id);
        if (j === undefined)
            onlyHead.push(id);
        else
            order[i] = j;
    });
    const onlyBase = base.ids.filter((id) => !seen.has(id));
    if (onlyHead.length || onlyBase.length) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`the head and baseline were evaluated on different rows: ${onlyHead.length} ids only in the head (${preview(onlyHead) || 'none'}), ${onlyBase.length} only in the baseline (${preview(onlyBase) || 'none'})`, { location: { file: head.file }, hint: 'evaluate both models on the same rows (same file, same --id column), or compare without per-example data' });
    }
    for (let i = 0; i < head.ids.length; i++) {
        const a = head.labels[i];
        const b = base.labels[order[i]];
        if (JSON.stringify(a) !== JSON.stringify(b)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`id ${JSON.stringify(head.ids[i])} has label ${JSON.stringify(a)} in the head but ${JSON.stringify(b)} in the baseline (${base.file})`, {
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
    const bad = (what) => new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`${reportName}: ${what}`, { hint: 'the per-example file does not match its report; re-run evaluate' });
    if (task === 'regression') {
        if (!(rows.predictions instanceof Float64Array))
            throw bad('regression examples need numeric "prediction" values');
        const e = (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_6__/* .regressionEvaluation */ .yv)(labels, rows.predictions);
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
        const scoreEval = rows.score ? (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_6__/* .binaryEvaluation */ .MY)(positive, rows.score, { posLabel: 1, threshold }) : undefined;
        const labelEval = predPos ? (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_6__/* .binaryEvaluation */ .MY)(positive, Float64Array.from(predPos), { posLabel: 1, threshold: 0.5 }) : scoreEval;
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
    const e = (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_6__/* .multiclassEvaluation */ .m2)(labels, pred, { proba, classes });
    return {
        rows: n,
        evaluationFor: (m) => (SCORE_METRICS.has(m) && !proba ? undefined : e),
        correct: Uint8Array.from(pred, (p, i) => (same(p, labels[i]) ? 1 : 0)),
    };
}
/** Both models on the paired rows; checks that the reports agree on what the classes are. */
function pairedModels(head, base, paired) {
    if (head.task !== base.task)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`the head is a ${head.task} evaluation but the baseline a ${base.task} one`, { hint: 'compare evaluations of the same task' });
    if (head.task === 'binary' && !same(head.classification?.pos_label, base.classification?.pos_label)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`the head's positive class is ${JSON.stringify(head.classification?.pos_label)} but the baseline's ${JSON.stringify(base.classification?.pos_label)}`, {
            hint: 'evaluate both with the same --pos-label',
        });
    }
    if (head.task === 'multiclass' && !same(head.classification?.classes, base.classification?.classes)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`the head's classes (${head.classification?.classes.join(', ')}) differ from the baseline's (${base.classification?.classes.join(', ')})`, {
            hint: 'evaluate both on the same labelled data',
        });
    }
    return { head: pairedModel(head, paired.head, paired.labels, 'head'), base: pairedModel(base, paired.base, paired.labels, 'baseline') };
}


/***/ }),

/***/ 4267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ evaluateRules),
/* harmony export */   FR: () => (/* binding */ directionOf),
/* harmony export */   Nm: () => (/* binding */ requireDirection),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* unused harmony exports ZERO_BASELINE_EPSILON, fmt */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2106);
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
    return configured ?? reported ?? (0,_config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultDirection */ .HS)(name);
}
/** directionOf, or a ContractError naming where the rule is and how to fix it. */
function requireDirection(name, where, configured, reported) {
    const d = directionOf(name, configured, reported);
    if (d)
        return d;
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ContractError */ .Vl(`${where}: "${name}" is not a standard metric, so compare cannot tell whether higher or lower is better`, {
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


/***/ }),

/***/ 5779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ delongTest),
/* harmony export */   R4: () => (/* binding */ deltaLabel),
/* harmony export */   RV: () => (/* binding */ normalTwoSidedP),
/* harmony export */   cd: () => (/* binding */ chiSquare1Sf),
/* harmony export */   eq: () => (/* binding */ mcnemarTest),
/* harmony export */   pO: () => (/* binding */ DEFAULT_ALPHA),
/* harmony export */   t: () => (/* binding */ pairedBootstrapDeltas)
/* harmony export */ });
/* unused harmony exports MCNEMAR_EXACT_BELOW, erfc, mcnemarFromCounts, midranks */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(621);
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
 * Percentile bootstrap CIs of head − baseline for each metric both models can give. Each resample's
 * row multiplicities are drawn once (resampleCounts: n draws of nextIndex(n), the same stream as
 * drawing indices and copying rows) and applied to both models, so the resample is paired.
 */
function pairedBootstrapDeltas(head, base, metrics, options = {}) {
    const resamples = options.resamples ?? _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RESAMPLES */ .jF;
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
    const rng = new _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Xoshiro128 */ .yf(seed);
    const counts = new Uint32Array(n);
    for (let r = 0; r < resamples; r++) {
        (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resampleCounts */ .Wx)(rng, counts);
        const summaries = new Map();
        for (const j of jobs)
            j.stats[r] = value(j.name, j.h, counts, summaries) - value(j.name, j.b, counts, summaries);
    }
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

/***/ 7232:
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1100);
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
const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
const label = zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]);
const metricValueSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** The metric on all rows. */
    value: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
    /** Percentile bootstrap interval [low, high] at `bootstrap.confidence`; absent when not computed. */
    ci: zod__WEBPACK_IMPORTED_MODULE_1__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]).optional(),
    /** Resamples on which the metric was undefined (e.g. one class drawn) and were left out of the CI. */
    ci_invalid: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().optional(),
    /** Which way is better (registry metrics only); the compare step's default. */
    direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['higher', 'lower']).optional(),
});
const omittedMetricSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ metric: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() });
const confusionMatrixSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** Row and column labels, sorted as scikit-learn's unique_labels (numbers ascending, strings by code unit). */
    labels: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(label),
    /** counts[i][j]: rows with true label labels[i] predicted as labels[j]. */
    counts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative())),
});
const sliceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The slice's value as text; null for rows where the column is missing. */
    value: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metricValueSchema),
    omitted: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(omittedMetricSchema),
    confusion_matrix: confusionMatrixSchema.nullable(),
});
const skippedSliceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    value: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
});
const evaluationReportSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(EVALUATION_SCHEMA),
    /** `predictions`: computed here from a predictions file; `import`: metrics another tool wrote. */
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['predictions', 'import']),
    task: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']).nullable(),
    /** Rows evaluated (null for imported metrics). */
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().nullable(),
    /** The predictions file; null for imported metrics. */
    dataset: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), format: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256, bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() })
        .nullable(),
    /** `--model` files, each with its SHA-256, in the order given. */
    models: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256, bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() })),
    /** The columns read; null for imported metrics. */
    columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        prediction: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** Score columns; `classes[i]` is the class of `score[i]` (binary with one column: P(positive)). */
        score: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        score_classes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(label).nullable(),
        id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        slices: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    })
        .nullable(),
    /** Classification settings; null for regression and imports. */
    classification: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** All classes, sorted as scikit-learn sorts labels. */
        classes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(label),
        pos_label: label.nullable(),
        /** Binary: predicted positive iff score > threshold (when no prediction column is given). */
        threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        /** Where the predicted labels came from. */
        predicted_from: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['prediction', 'threshold', 'argmax']),
        ece_bins: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
    })
        .nullable(),
    bootstrap: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        method: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('percentile'),
        /** What is resampled: rows with replacement (ordinary nonparametric bootstrap). */
        unit: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('row'),
        resamples: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        confidence: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).lt(1),
        seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        prng: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    })
        .nullable(),
    metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metricValueSchema),
    omitted: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(omittedMetricSchema),
    confusion_matrix: confusionMatrixSchema.nullable(),
    slices: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(sliceSchema),
    skipped_slices: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(skippedSliceSchema),
    min_slice_size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().nullable(),
    /** Per-example data for paired tests in compare; null when not written. */
    examples: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** Path relative to the report's folder. */
        file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        format: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('jsonl.gz'),
        sha256,
        rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
        /** The id column pairing rows across reports; null = the 0-based row index. */
        id_column: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    })
        .nullable(),
    /** Imported metrics: which tool wrote them and where. */
    imported: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), details: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()).optional() })
        .nullable(),
    warnings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
});
/** The folder a report's relative `examples.file` is resolved against. */
function examplesFileOf(reportPath, report) {
    return report.examples ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(reportPath), report.examples.file) : undefined;
}


/***/ }),

/***/ 324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dW: () => (/* binding */ writeModelArchive),
/* harmony export */   t5: () => (/* binding */ extractModelArchive)
/* harmony export */ });
/* unused harmony exports listModelFiles, unsafeEntryName, relativePosix */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2714);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9980);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1543);
/**
 * The model archive: a deterministic tar.gz of the model's files, and its safe extraction.
 *
 * Deterministic: the same files (names and bytes) give the same archive bytes, whatever order they
 * were created in, their mtimes, owners or permissions, so the archive's SHA-256 identifies the
 * model. Entries are regular files only, sorted by path (UTF-8 byte order), with mtime 0, uid/gid
 * 0, empty uname/gname and mode 0644 (the practice of reproducible-builds.org's "archives" page).
 * The gzip member has mtime 0, no file name, and OS byte 255 ("unknown"): Node's zlib would write
 * the build platform there (3 on Unix, 10 on Windows), which would make the digest depend on it.
 * Compression level is fixed (9); the zlib inside Node could still change its output between Node
 * releases, which is why immutability is checked on the archive's *contents* too (manifest files).
 *
 * Extraction refuses anything that could write outside the target folder: absolute names,
 * `..` segments, backslashes, links of any kind (symlinks pointing outside are named as such),
 * devices, and duplicate entries. It writes into a temporary sibling folder and renames it into
 * place, so a refused archive leaves nothing behind.
 */










const FIXED = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '', mode: 0o644 };
const GZIP_OS_UNKNOWN = 255;
const byteOrder = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
/** Regular files under `dir`, as relative forward-slash paths in archive order. Links are refused. */
async function listModelFiles(dir) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(dir);
    let top;
    try {
        top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(root);
    }
    catch {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`model files folder ${dir} does not exist`, { hint: 'pass --files DIR, the folder training wrote the model to' });
    }
    if (!top.isDirectory())
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`${dir} is not a folder`, { hint: 'pass --files DIR, the folder training wrote the model to' });
    const out = [];
    async function walk(abs, rel) {
        for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(abs, { withFileTypes: true })) {
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            const childAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(abs, entry.name);
            if (entry.isDirectory())
                await walk(childAbs, childRel);
            else if (entry.isFile())
                out.push(childRel);
            else if (entry.isSymbolicLink()) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, childRel)} is a symbolic link`, { hint: 'a model archive holds regular files only: copy the file it points to into the folder' });
            }
            else
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, childRel)} is not a regular file`, { hint: 'a model archive holds regular files only' });
        }
    }
    await walk(root, '');
    if (out.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`model files folder ${dir} has no files`, { hint: 'check that training wrote its outputs there' });
    return out.sort(byteOrder);
}
/** Sets the gzip header's OS byte (offset 9) so the archive does not depend on the platform. */
class GzipOsByte extends node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform {
    seen = 0;
    _transform(chunk, _enc, done) {
        if (this.seen <= 9 && this.seen + chunk.length > 9) {
            chunk = Buffer.from(chunk);
            chunk[9 - this.seen] = GZIP_OS_UNKNOWN;
        }
        this.seen += chunk.length;
        done(null, chunk);
    }
}
/** Hashes and counts what flows through. */
class Digest extends node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    size = 0;
    _transform(chunk, _enc, done) {
        this.hash.update(chunk);
        this.size += chunk.length;
        done(null, chunk);
    }
}
async function writeEntry(pack, absPath, name) {
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(absPath);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let written = 0;
    await new Promise((resolvePromise, reject) => {
        const sink = pack.entry({ ...FIXED, name, size: st.size, type: 'file' }, (err) => (err ? reject(err) : resolvePromise()));
        const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(absPath);
        source.on('data', (chunk) => {
            const b = chunk;
            hash.update(b);
            written += b.length;
            if (!sink.write(b)) {
                source.pause();
                sink.once('drain', () => source.resume());
            }
        });
        source.on('error', (e) => {
            sink.destroy(e);
            reject(e);
        });
        source.on('end', () => sink.end(undefined));
    }).catch((e) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`cannot archive ${absPath}: ${e.message}`, { hint: 'was the file changed while publishing? run again once training has finished', cause: e });
    });
    if (written !== st.size)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`${absPath} changed size while it was archived`, { hint: 'run again once training has finished' });
    return { path: name, size: st.size, sha256: hash.digest('hex') };
}
/**
 * Writes the files under `dir` as a deterministic tar.gz at `destination` (streamed: files are never
 * held in memory) and returns its digest and the digest of every file in it.
 */
async function writeModelArchive(dir, destination) {
    const names = await listModelFiles(dir);
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_7__.pack();
    const digest = new Digest();
    const files = [];
    const fill = (async () => {
        try {
            for (const name of names)
                files.push(await writeEntry(pack, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, ...name.split('/')), name));
            pack.finalize();
        }
        catch (e) {
            pack.destroy(e);
            throw e;
        }
    })();
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(destination), { recursive: true });
    const written = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(pack, (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.createGzip)({ level: 9, memLevel: 9, strategy: node_zlib__WEBPACK_IMPORTED_MODULE_6__.constants.Z_DEFAULT_STRATEGY }), new GzipOsByte(), digest, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(destination));
    try {
        await Promise.all([fill, written]);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(destination, { force: true });
        throw e;
    }
    return { sha256: digest.hash.digest('hex'), size: digest.size, files };
}
/** Why an entry name is refused, or undefined when it is a safe relative path. */
function unsafeEntryName(name) {
    if (name.length === 0)
        return 'has an empty name';
    if (name.includes('\0'))
        return 'has a NUL byte in its name';
    if (name.includes('\\'))
        return 'has a backslash in its name (a Windows path separator)';
    if (name.startsWith('/') || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(name) || /^[A-Za-z]:/.test(name))
        return 'is an absolute path';
    const parts = name.replace(/\/+$/, '').split('/');
    if (parts.some((p) => p === '..'))
        return 'climbs out of the folder with ".."';
    if (parts.some((p) => p === '' || p === '.'))
        return 'has an empty or "." path segment';
    return undefined;
}
/**
 * Extracts a model archive into `destination` (which must not exist yet) and returns its files with
 * their digests. Throws IntegrityError, leaving nothing behind, for an entry that is unsafe.
 */
async function extractModelArchive(archive, destination) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(destination);
    const staging = `${target}.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(staging, { recursive: true });
    const files = [];
    const refuse = (name, why) => new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .IntegrityError */ .cs(`archive entry ${JSON.stringify(name)} ${why}; refusing to extract`, {
        location: { file: archive },
        hint: 'the archive was not written by mlops publish, or was tampered with',
    });
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_7__.extract();
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(archive);
    const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.createGunzip)();
    const piped = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(source, gunzip, extract);
    try {
        for await (const entry of extract) {
            const { name, type, linkname } = entry.header;
            const why = unsafeEntryName(name);
            if (why)
                throw refuse(name, why);
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(staging, ...name.replace(/\/+$/, '').split('/'));
            if (!abs.startsWith(staging + node_path__WEBPACK_IMPORTED_MODULE_3__.sep))
                throw refuse(name, 'resolves outside the folder');
            if (type === 'symlink' || type === 'link') {
                const to = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(abs), linkname ?? '');
                const outside = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(linkname ?? '') || !to.startsWith(staging + node_path__WEBPACK_IMPORTED_MODULE_3__.sep);
                throw refuse(name, outside ? `is a link pointing outside the folder (to ${JSON.stringify(linkname)})` : 'is a link (model archives hold regular files only)');
            }
            if (type === 'directory') {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(abs, { recursive: true });
                entry.resume();
                continue;
            }
            if (type !== 'file' && type !== 'contiguous-file')
                throw refuse(name, `is a ${type}, not a regular file`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(abs), { recursive: true });
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            let size = 0;
            let fh;
            try {
                fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(abs, 'wx', 0o644);
            }
            catch (e) {
                if (e.code === 'EEXIST')
                    throw refuse(name, 'appears twice');
                throw e;
            }
            try {
                for await (const chunk of entry) {
                    const b = chunk;
                    hash.update(b);
                    size += b.length;
                    await fh.write(b);
                }
            }
            finally {
                await fh.close();
            }
            files.push({ path: node_path__WEBPACK_IMPORTED_MODULE_3__.posix.normalize(name), size, sha256: hash.digest('hex') });
        }
        await piped;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, target);
    }
    catch (e) {
        source.destroy();
        extract.destroy();
        await piped.catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .IntegrityError */ .cs)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .IntegrityError */ .cs(`cannot read model archive ${archive}: ${e.message}`, { hint: 'the archive is damaged or not a tar.gz', cause: e });
    }
    return files.sort((a, b) => byteOrder(a.path, b.path));
}
/** Where `path` is relative to `root`, in forward slashes (for messages). */
function relativePosix(root, path) {
    return relative(root, path).split(sep).join('/');
}


/***/ }),

/***/ 1543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   fK: () => (/* binding */ ConflictError)
/* harmony export */ });
/* unused harmony export ApprovalError */
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
class ApprovalError extends (/* unused pure expression or super */ null && (MlopsError)) {
    exitCode = EXIT_CHECK_FAILED;
}


/***/ }),

/***/ 4111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bQ: () => (/* binding */ lineageOf),
/* harmony export */   mb: () => (/* binding */ runRefOf)
/* harmony export */ });
/* unused harmony export redactRemote */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Where a model came from. On GitHub Actions, from the runner's GITHUB_* variables; elsewhere from
 * the local git checkout, asked through execFile (an argument list, never a shell, so nothing in a
 * branch name or remote URL is ever interpreted).
 */


function git(args, cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, timeout: 10_000, windowsHide: true }, (err, stdout) => resolve(err ? null : stdout.trim() || null));
    });
}
/** Drops credentials from a remote URL (`https://user:token@host/x` → `https://host/x`). */
function redactRemote(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}
const val = (s) => (s === undefined || s === '' ? null : s);
function localUser(env) {
    try {
        return val(env.USER) ?? val(env.USERNAME) ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.userInfo)().username;
    }
    catch {
        return null;
    }
}
/** Lineage of the current run: GitHub's variables when GITHUB_ACTIONS=true, else local git, else nothing. */
async function lineageOf(env, cwd = process.cwd()) {
    if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_RUN_ID) {
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        const repo = val(env.GITHUB_REPOSITORY);
        const runId = val(env.GITHUB_RUN_ID);
        const attempt = Number(env.GITHUB_RUN_ATTEMPT);
        return {
            source: 'github',
            repository: repo,
            commit: val(env.GITHUB_SHA),
            ref: val(env.GITHUB_REF),
            workflow: val(env.GITHUB_WORKFLOW_REF) ?? val(env.GITHUB_WORKFLOW),
            run_id: runId,
            run_attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : null,
            run_url: repo && runId ? `${server}/${repo}/actions/runs/${runId}` : null,
            actor: val(env.GITHUB_TRIGGERING_ACTOR) ?? val(env.GITHUB_ACTOR),
            trigger: val(env.GITHUB_EVENT_NAME),
        };
    }
    const commit = await git(['rev-parse', 'HEAD'], cwd);
    if (commit === null) {
        return { source: 'none', repository: null, commit: null, ref: null, workflow: null, run_id: null, run_attempt: null, run_url: null, actor: localUser(env), trigger: 'local' };
    }
    const [remote, ref] = await Promise.all([git(['remote', 'get-url', 'origin'], cwd), git(['symbolic-ref', '-q', 'HEAD'], cwd)]);
    return {
        source: 'git',
        repository: remote && redactRemote(remote),
        commit,
        ref,
        workflow: null,
        run_id: null,
        run_attempt: null,
        run_url: null,
        actor: (await git(['config', 'user.name'], cwd)) ?? localUser(env),
        trigger: 'local',
    };
}
/** The run part of an audit entry. */
function runRefOf(l) {
    if (!l.run_id)
        return null;
    return { repository: l.repository, run_id: l.run_id, run_attempt: l.run_attempt, workflow: l.workflow, url: l.run_url };
}


/***/ }),

/***/ 8077:
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1100);
/* harmony import */ var _model_evaluation_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7232);
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
const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
const fileEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** For archive files: the path inside the archive; for assets: the asset name. */
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    sha256,
});
const lineageSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** Where these values came from: the GitHub Actions environment, local git, or nothing known. */
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['github', 'git', 'none']),
    /** owner/name on GitHub; locally the `origin` remote URL (credentials removed), or null. */
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    run_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    run_attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
    /** Link to the workflow run, when on GitHub. */
    run_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    actor: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    /** The event that started the run (`push`, `workflow_dispatch`, ...), or `local`. */
    trigger: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
});
const modelManifestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(MODEL_MANIFEST_SCHEMA),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** model/<name>/v<version> (shared/registry/tag.ts). */
    tag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    content_digest: sha256,
    created_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The model archive and every file in it, sorted by path. */
    archive: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), sha256, files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileEntrySchema) }),
    /** Every stored asset of the version except manifest.json itself (which cannot hold its own digest). */
    assets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileEntrySchema),
    lineage: lineageSchema,
    /** From the train run record (mlops-actions/run@1), when one was given. */
    training: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ asset: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256, params: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()), seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(), cache_key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(), commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() })
        .nullable(),
    evaluation: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        asset: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        sha256,
        task: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']).nullable(),
        rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().nullable(),
        dataset_sha256: sha256.nullable(),
        metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), _model_evaluation_format_js__WEBPACK_IMPORTED_MODULE_0__/* .metricValueSchema */ .tm),
        omitted: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_model_evaluation_format_js__WEBPACK_IMPORTED_MODULE_0__/* .omittedMetricSchema */ .I8),
    }),
    /** The compare step's verdict on this model, when a comparison was given. */
    comparison: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ asset: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256, verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'report-only']), failures: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), baseline_dataset_sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() })
        .nullable(),
    /** The training data's profile (mlops-actions/profile@1): drift-check's reference. */
    data: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256, rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), sources: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) })
        .nullable(),
});


/***/ }),

/***/ 4630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cj: () => (/* binding */ fetchManifest),
  publishModel: () => (/* binding */ publishModel),
  Q3: () => (/* binding */ sha256File)
});

// UNUSED EXPORTS: contentDigestOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/config/mlops-config.ts + 1 modules
var mlops_config = __webpack_require__(2106);
// EXTERNAL MODULE: ../../../../shared/compare/compare-files.ts
var compare_files = __webpack_require__(4977);
// EXTERNAL MODULE: ../../../../shared/compare/comparison-format.ts
var comparison_format = __webpack_require__(7435);
// EXTERNAL MODULE: ../../../../shared/data/profile-merge.ts
var profile_merge = __webpack_require__(7781);
// EXTERNAL MODULE: ../../../../shared/model/train/run-format.ts
var run_format = __webpack_require__(7212);
// EXTERNAL MODULE: ../../../../shared/report/evaluation-summary.ts
var evaluation_summary = __webpack_require__(3176);
// EXTERNAL MODULE: ../../../../shared/report/markdown-escape.ts
var markdown_escape = __webpack_require__(1160);
;// CONCATENATED MODULE: ../../../../shared/report/model-card.ts


/** Slice rows shown per slice column; the evaluation asset has them all. */
const MAX_SLICE_ROWS = 30;
/** Profile columns shown in the data table. */
const MAX_COLUMNS = 60;
const SLICE_METRICS = ['accuracy', 'f1', 'roc_auc', 'log_loss', 'mae', 'rmse', 'r2'];
const cell = (s) => (s === null || s === undefined || s === '' ? '—' : (0,markdown_escape/* escapeMarkdownCell */.V)(String(s)));
const code = (s) => (s ? `\`${s.replace(/[^0-9A-Za-z._/:-]/g, '')}\`` : '—');
/** Prose from the config: paragraphs kept, each escaped. */
function prose(text, missing) {
    if (!text || !text.trim())
        return `_${missing}_`;
    return text
        .trim()
        .split(/\n\s*\n/)
        .map((p) => (0,markdown_escape/* escapeMarkdown */.F)(p.trim()))
        .join('\n\n');
}
function ci(m) {
    return m.ci ? `[${(0,evaluation_summary/* formatMetric */.gI)(m.ci[0])}, ${(0,evaluation_summary/* formatMetric */.gI)(m.ci[1])}]` : '—';
}
function num(v) {
    if (v === null)
        return '—';
    return typeof v === 'number' ? (0,evaluation_summary/* formatMetric */.gI)(v) : (0,markdown_escape/* escapeMarkdownCell */.V)(v, 40);
}
function metricsSection(e) {
    const names = Object.keys(e.metrics).sort();
    if (names.length === 0)
        return ['_No metrics were reported._'];
    const conf = e.bootstrap ? `${Math.round(e.bootstrap.confidence * 100)}% CI` : 'CI';
    const out = [`| metric | value | ${conf} |`, '| --- | ---: | --- |'];
    for (const n of names)
        out.push(`| ${cell(n)} | ${(0,evaluation_summary/* formatMetric */.gI)(e.metrics[n].value)} | ${ci(e.metrics[n])} |`);
    if (e.bootstrap)
        out.push('', `Intervals: ${e.bootstrap.method} bootstrap over ${e.bootstrap.unit}s, ${e.bootstrap.resamples} resamples.`);
    for (const o of e.omitted)
        out.push('', `Not reported: ${cell(o.metric)} (${(0,markdown_escape/* escapeMarkdown */.F)(o.reason)}).`);
    return out;
}
function slicesSection(e) {
    if (e.slices.length === 0)
        return [];
    const present = SLICE_METRICS.filter((m) => e.slices.some((s) => s.metrics[m]));
    const shown = present.length ? present : Object.keys(e.slices[0].metrics).slice(0, 4);
    const out = ['', '### Slices', '', `| slice | rows | ${shown.map(cell).join(' | ')} |`, `| --- | ---: | ${shown.map(() => '---:').join(' | ')} |`];
    const byColumn = new Map();
    for (const s of e.slices)
        byColumn.set(s.column, [...(byColumn.get(s.column) ?? []), s]);
    let cut = 0;
    for (const [column, slices] of byColumn) {
        for (const s of slices.slice(0, MAX_SLICE_ROWS)) {
            const vals = shown.map((m) => (s.metrics[m] ? `${(0,evaluation_summary/* formatMetric */.gI)(s.metrics[m].value)}${s.metrics[m].ci ? ` ${ci(s.metrics[m])}` : ''}` : '—'));
            out.push(`| ${cell(column)} = ${cell(s.value ?? '(missing)')} | ${s.rows} | ${vals.join(' | ')} |`);
        }
        cut += Math.max(0, slices.length - MAX_SLICE_ROWS);
    }
    if (cut)
        out.push('', `${cut} more slices are in evaluation.json.`);
    return out;
}
function dataSection(m, p) {
    if (!p || !m.data)
        return ['_No training data profile was published with this version._'];
    const out = [`${p.rows.toLocaleString('en-US')} rows, ${p.column_order.length} columns, from ${m.data.sources.map((s) => cell(s)).join(', ') || 'unnamed sources'}. Profile: \`${m.data.profile}\` (sha256 \`${m.data.sha256}\`), the drift check's reference.`, ''];
    out.push('| column | type | nulls | min | max | mean | distinct |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |');
    for (const name of p.column_order.slice(0, MAX_COLUMNS)) {
        const c = p.columns[name];
        if (!c)
            continue;
        out.push(`| ${cell(name)} | ${c.type} | ${c.nulls} | ${num(c.min)} | ${num(c.max)} | ${num(c.mean)} | ${Math.round(c.distinct.estimate)}${c.distinct.exact ? '' : ' (est.)'} |`);
    }
    if (p.column_order.length > MAX_COLUMNS)
        out.push('', `${p.column_order.length - MAX_COLUMNS} more columns are in the profile.`);
    return out;
}
function lineageSection(m) {
    const l = m.lineage;
    const rows = [
        ['repository', cell(l.repository)],
        ['commit', code(l.commit)],
        ['ref', cell(l.ref)],
        ['workflow', cell(l.workflow)],
        ['run', l.run_id ? `${cell(l.run_id)}${l.run_attempt ? ` (attempt ${l.run_attempt})` : ''}` : '—'],
        ['actor', cell(l.actor)],
        ['trigger', cell(l.trigger)],
    ];
    if (m.training)
        rows.push(['training params', cell(JSON.stringify(m.training.params))], ['seed', String(m.training.seed)]);
    if (m.comparison)
        rows.push(['comparison verdict', `**${m.comparison.verdict}**${m.comparison.failures.length ? `: ${m.comparison.failures.map((f) => (0,markdown_escape/* escapeMarkdown */.F)(f)).join('; ')}` : ''}`]);
    return ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}
function filesSection(m) {
    const out = ['| file | bytes | sha256 |', '| --- | ---: | --- |'];
    for (const f of m.archive.files)
        out.push(`| ${cell(f.name)} | ${f.size} | \`${f.sha256}\` |`);
    return out;
}
function renderModelCard(input) {
    const { manifest: m, evaluation: e, profile, release } = input;
    const owners = release?.owners?.length ? release.owners.map((o) => (0,markdown_escape/* escapeMarkdown */.F)(o)).join(', ') : '_not set_';
    const task = e.task ? `${e.task} ` : '';
    const rows = e.rows !== null ? ` on ${e.rows.toLocaleString('en-US')} rows` : '';
    return [
        `# Model card: ${(0,markdown_escape/* escapeMarkdown */.F)(m.name)} v${(0,markdown_escape/* escapeMarkdown */.F)(m.version)}`,
        '',
        `Tag \`${m.tag}\` · published ${m.created_at} · content digest \`${m.content_digest}\``,
        '',
        '## Intended use',
        '',
        prose(release?.intended_use, `not set: add release.models.${m.name}.intended_use to mlops.yaml`),
        '',
        '## Limitations',
        '',
        prose(release?.limitations, `not set: add release.models.${m.name}.limitations to mlops.yaml`),
        '',
        `**Owners:** ${owners}`,
        '',
        '## Evaluation',
        '',
        `${task}evaluation${rows}${e.dataset ? ` of \`${e.dataset.sha256.slice(0, 12)}\`` : ''}.`,
        '',
        ...metricsSection(e),
        ...slicesSection(e),
        '',
        '## Training data',
        '',
        ...dataSection(m, profile),
        '',
        '## Lineage',
        '',
        ...lineageSection(m),
        '',
        '## Files',
        '',
        `\`${m.archive.name}\`: ${m.archive.size} bytes, sha256 \`${m.archive.sha256}\`.`,
        '',
        ...filesSection(m),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/registry/archive.ts
var registry_archive = __webpack_require__(324);
// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var registry_errors = __webpack_require__(1543);
// EXTERNAL MODULE: ../../../../shared/registry/lineage.ts
var registry_lineage = __webpack_require__(4111);
// EXTERNAL MODULE: ../../../../shared/registry/manifest-format.ts
var manifest_format = __webpack_require__(8077);
// EXTERNAL MODULE: ../../../../shared/registry/semver.ts
var semver = __webpack_require__(3004);
// EXTERNAL MODULE: ../../../../shared/registry/state-update.ts
var state_update = __webpack_require__(9753);
// EXTERNAL MODULE: ../../../../shared/registry/state-format.ts
var state_format = __webpack_require__(8831);
// EXTERNAL MODULE: ../../../../shared/registry/tag.ts
var registry_tag = __webpack_require__(7170);
;// CONCATENATED MODULE: ../../../../shared/registry/publish.ts
/**
 * publishModel: packages a model as a versioned, checksummed, immutable release with lineage and a
 * model card, and records it in the registry state. One operation for the CLI, the action and the
 * tests; the ports decide where it goes (local folder or GitHub releases + state branch).
 *
 * Immutability: a version's content is identified by its manifest's `content_digest`. Publishing
 * the same content again is a no-op success (with --bump too: the version already holding that
 * content is returned, never a new one); different content under an existing version is a
 * ConflictError. Two concurrent publishes that bump to the same version: the loser bumps again.
 */




















/** Publishes that bump to a version another publish just took try again, at most this often. */
const BUMP_RACE_ATTEMPTS = 5;
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
async function readJsonAs(file, schema, name, hint) {
    let json;
    try {
        json = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (e) {
        const code = e.code;
        throw new errors/* InputError */.dz(code === 'ENOENT' ? `${name} not found` : `cannot read the ${name}: ${e.message}`, { location: { file }, hint, cause: e });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new errors/* InputError */.dz(`not a valid ${name}: ${i.path.join('.') || '(top level)'}: ${i.message}`, { location: { file }, hint });
    }
    return parsed.data;
}
/**
 * The evaluation's per-example file, published with it so that compare's `baseline: production`
 * runs paired tests against this version. It must be the file the report recorded (SHA-256); a
 * report whose file is not beside it is published without it (compare then says why it skips the
 * paired tests). Its digest is already inside the report, so the content digest covers it.
 */
async function perExampleFile(evaluationPath, examples) {
    if (!examples || (0,external_node_path_.isAbsolute)(examples.file) || examples.file.split(/[\\/]/).includes('..'))
        return undefined;
    const path = (0,external_node_path_.join)((0,external_node_path_.dirname)(evaluationPath), examples.file);
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    const { sha256 } = await sha256File(path);
    if (sha256 !== examples.sha256) {
        throw new errors/* InputError */.dz(`the evaluation's per-example file ${examples.file} has SHA-256 ${sha256}, but the report recorded ${examples.sha256}`, {
            location: { file: evaluationPath },
            hint: 'publish the report together with the per-example file evaluate wrote with it (run evaluate again if either changed)',
        });
    }
    return path;
}
/** Canonical JSON (sorted keys) so the digest does not depend on key order. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value);
}
/** What immutability compares: the model's files, evaluation, profile and params (not lineage or times). */
function contentDigestOf(parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonical({ schema: manifest_format/* MODEL_MANIFEST_SCHEMA */.ek, ...parts })).digest('hex');
}
async function releaseText(options, model) {
    if (options.release)
        return options.release;
    if (!options.config)
        return undefined;
    return (await (0,mlops_config/* loadConfig */.Z9)(options.config)).release?.models?.[model];
}
/** The manifest of a stored version (downloaded and checked). */
async function fetchManifest(releases, ref, workDir) {
    const path = (0,external_node_path_.join)(workDir, `${ref.version}.${manifest_format/* MANIFEST_ASSET */.ny}`);
    await releases.download(ref, manifest_format/* MANIFEST_ASSET */.ny, path);
    const { sha256 } = await sha256File(path);
    const manifest = await readJsonAs(path, manifest_format/* modelManifestSchema */.a2, `${manifest_format/* MODEL_MANIFEST_SCHEMA */.ek} manifest of ${ref.tag}`, 'the stored manifest is damaged');
    return { manifest, sha256, path };
}
async function publishModel(options, ports) {
    const model = (0,registry_tag/* validateModelName */.HW)(options.model);
    const now = options.now ?? (() => new Date());
    const env = options.env ?? process.env;
    const evaluation = await (0,compare_files/* readEvaluationReport */.r)(options.evaluation);
    const profile = options.profile ? await (0,profile_merge.readProfile)(options.profile) : undefined;
    const run = options.run ? await readJsonAs(options.run, run_format/* runRecordSchema */._A, `${run_format/* RUN_SCHEMA */.EJ} train record`, 'point at the record train wrote (--run-out)') : undefined;
    const comparison = options.comparison
        ? await readJsonAs(options.comparison, comparison_format/* comparisonSchema */.D, `${comparison_format/* COMPARISON_SCHEMA */.GX} comparison`, 'point at the comparison.json compare wrote')
        : undefined;
    const release = await releaseText(options, model);
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlops-publish-'));
    try {
        const archivePath = (0,external_node_path_.join)(work, manifest_format/* ARCHIVE_ASSET */.MS);
        const archive = await (0,registry_archive/* writeModelArchive */.dW)(options.files, archivePath);
        const evaluationFile = await sha256File(options.evaluation);
        const examplesFile = await perExampleFile(options.evaluation, evaluation.examples);
        const profileFile = options.profile ? await sha256File(options.profile) : undefined;
        const runFile = options.run ? await sha256File(options.run) : undefined;
        const comparisonFile = options.comparison ? await sha256File(options.comparison) : undefined;
        const files = archive.files.map((f) => ({ name: f.path, size: f.size, sha256: f.sha256 }));
        const contentDigest = contentDigestOf({ model, files, evaluation: evaluationFile.sha256, profile: profileFile?.sha256 ?? null, params: run?.params ?? null });
        const lineage = await (0,registry_lineage/* lineageOf */.bQ)(env, options.cwd);
        for (let attempt = 1;; attempt++) {
            const state = (await (0,state_update/* readState */.un)(ports.state, model))?.state;
            const published = (await ports.releases.list(model)).map((r) => r.version);
            const same = state?.versions.find((v) => v.content_digest === contentDigest);
            const explicit = options.version !== undefined && options.version !== '';
            // With a bump, content already published under some version is that version, not a new one.
            if (!explicit && same && published.includes(same.version)) {
                return await alreadyThere(ports, model, same.version, contentDigest, `same content as ${same.version}`, work, lineage, now, options.outDir);
            }
            const { version, reason } = (0,semver/* nextVersion */.yU)(published, options);
            const tag = (0,registry_tag/* tagOf */.cO)(model, version);
            const existing = await ports.releases.find(model, version);
            if (existing)
                return await alreadyThere(ports, model, version, contentDigest, reason, work, lineage, now, options.outDir);
            const created = now().toISOString();
            const manifest = {
                schema: manifest_format/* MODEL_MANIFEST_SCHEMA */.ek,
                name: model,
                version,
                tag,
                content_digest: contentDigest,
                created_at: created,
                archive: { name: manifest_format/* ARCHIVE_ASSET */.MS, size: archive.size, sha256: archive.sha256, files },
                assets: [],
                lineage,
                training: run && runFile
                    ? { asset: manifest_format/* RUN_ASSET */.VI, sha256: runFile.sha256, params: run.params, seed: run.seed, cache_key: run.cache_key, commit: run.git.commit }
                    : null,
                evaluation: {
                    asset: manifest_format/* EVALUATION_ASSET */.Oe,
                    sha256: evaluationFile.sha256,
                    task: evaluation.task,
                    rows: evaluation.rows,
                    dataset_sha256: evaluation.dataset?.sha256 ?? null,
                    metrics: evaluation.metrics,
                    omitted: evaluation.omitted,
                },
                comparison: comparison && comparisonFile
                    ? { asset: manifest_format/* COMPARISON_ASSET */.NX, sha256: comparisonFile.sha256, verdict: comparison.verdict, failures: comparison.gate.failures, baseline_dataset_sha256: comparison.baseline?.dataset_sha256 ?? null }
                    : null,
                data: profile && profileFile
                    ? { profile: manifest_format/* PROFILE_ASSET */.Pr, sha256: profileFile.sha256, rows: profile.rows, columns: profile.column_order, sources: profile.sources.map((s) => (0,external_node_path_.basename)(s.file)) }
                    : null,
            };
            const card = renderModelCard({ manifest, evaluation, profile, release });
            const cardPath = (0,external_node_path_.join)(work, manifest_format/* MODEL_CARD_ASSET */.Wd);
            await (0,promises_.writeFile)(cardPath, card);
            const assetFiles = [
                { name: manifest_format/* ARCHIVE_ASSET */.MS, path: archivePath },
                { name: manifest_format/* MODEL_CARD_ASSET */.Wd, path: cardPath },
                { name: manifest_format/* EVALUATION_ASSET */.Oe, path: options.evaluation },
            ];
            if (examplesFile)
                assetFiles.push({ name: manifest_format/* EVALUATION_EXAMPLES_ASSET */.g7, path: examplesFile });
            if (options.profile)
                assetFiles.push({ name: manifest_format/* PROFILE_ASSET */.Pr, path: options.profile });
            if (options.run)
                assetFiles.push({ name: manifest_format/* RUN_ASSET */.VI, path: options.run });
            if (options.comparison)
                assetFiles.push({ name: manifest_format/* COMPARISON_ASSET */.NX, path: options.comparison });
            for (const a of assetFiles)
                manifest.assets.push({ name: a.name, ...(await sha256File(a.path)) });
            const manifestText = `${JSON.stringify(manifest_format/* modelManifestSchema */.a2.parse(manifest), null, 2)}\n`;
            const manifestPath = (0,external_node_path_.join)(work, manifest_format/* MANIFEST_ASSET */.ny);
            await (0,promises_.writeFile)(manifestPath, manifestText);
            const manifestSha = (0,external_node_crypto_.createHash)('sha256').update(manifestText).digest('hex');
            let ref;
            try {
                ref = await ports.releases.create(model, version, [{ name: manifest_format/* MANIFEST_ASSET */.ny, path: manifestPath }, ...assetFiles], card);
            }
            catch (e) {
                if (!(e instanceof registry_errors/* ConflictError */.fK))
                    throw e;
                // Someone published this version between our find() and create(): same content is fine.
                const raced = await ports.releases.find(model, version);
                if (raced) {
                    const stored = await fetchManifest(ports.releases, raced, work);
                    if (stored.manifest.content_digest === contentDigest)
                        return await alreadyThere(ports, model, version, contentDigest, reason, work, lineage, now, options.outDir);
                }
                if (!explicit && attempt < BUMP_RACE_ATTEMPTS)
                    continue;
                throw e;
            }
            await recordVersion(ports, model, { version, tag, url: ref.url, manifest_sha256: manifestSha, content_digest: contentDigest, published_at: created, published_by: lineage.actor }, lineage, options.retry, now);
            const out = options.outDir ? await replaceFolder(options.outDir, [{ name: manifest_format/* MANIFEST_ASSET */.ny, path: manifestPath }, ...assetFiles], (f, to) => (0,promises_.copyFile)(f.path, to)) : [];
            return { status: 'published', model, version, tag, url: ref.url, reason, content_digest: contentDigest, manifest, manifest_sha256: manifestSha, files: out };
        }
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** The version exists: a no-op when it holds the same content, a ConflictError otherwise. */
async function alreadyThere(ports, model, version, contentDigest, reason, work, lineage, now, outDir) {
    const ref = await ports.releases.find(model, version);
    if (!ref)
        throw new Error(`${(0,registry_tag/* tagOf */.cO)(model, version)} vanished while publishing`);
    const stored = await fetchManifest(ports.releases, ref, work);
    if (stored.manifest.content_digest !== contentDigest) {
        throw new registry_errors/* ConflictError */.fK(`${ref.tag} is already published with different content (content digest ${stored.manifest.content_digest.slice(0, 12)}, this publish ${contentDigest.slice(0, 12)})`, {
            hint: 'a published version is immutable: publish under a new version (--bump patch|minor|major or another --version)',
        });
    }
    // Repairs the state when an earlier publish stored the release but died before recording it.
    await recordVersion(ports, model, { version, tag: ref.tag, url: ref.url, manifest_sha256: stored.sha256, content_digest: contentDigest, published_at: stored.manifest.created_at, published_by: stored.manifest.lineage.actor }, lineage, undefined, now);
    const names = [manifest_format/* MANIFEST_ASSET */.ny, ...stored.manifest.assets.map((a) => a.name)].map((name) => ({ name }));
    const out = outDir ? await replaceFolder(outDir, names, (f, to) => (f.name === manifest_format/* MANIFEST_ASSET */.ny ? (0,promises_.copyFile)(stored.path, to) : ports.releases.download(ref, f.name, to))) : [];
    return { status: 'unchanged', model, version, tag: ref.tag, url: ref.url, reason, content_digest: contentDigest, manifest: stored.manifest, manifest_sha256: stored.sha256, files: out };
}
/**
 * Fills a staging folder beside `dir` with `files` (by `put`), then swaps it in for `dir`: a
 * failure part-way leaves `dir` as it was. Returns the files' final paths.
 */
async function replaceFolder(dir, files, put) {
    const target = (0,external_node_path_.resolve)(dir);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.staging-`));
    try {
        for (const f of files)
            await put(f, (0,external_node_path_.join)(staging, f.name));
        await (0,promises_.rm)(target, { recursive: true, force: true });
        await (0,promises_.rename)(staging, target);
    }
    catch (e) {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        throw e;
    }
    return files.map((f) => (0,external_node_path_.join)(target, f.name));
}
async function recordVersion(ports, model, entry, lineage, retry, now = () => new Date()) {
    await (0,state_update/* updateState */.$j)(ports.state, model, (current) => {
        const state = current ?? (0,state_update/* emptyState */.p$)(model);
        if (state.versions.some((v) => v.version === entry.version))
            return { unchanged: undefined };
        state.versions.push(entry);
        state.versions.sort((a, b) => (0,semver/* compareVersions */.Zy)(a.version, b.version));
        return {
            state,
            result: undefined,
            audit: [
                {
                    schema: state_format/* REGISTRY_AUDIT_SCHEMA */.q4,
                    at: now().toISOString(),
                    model,
                    action: 'publish',
                    alias: null,
                    from: null,
                    to: entry.version,
                    actor: lineage.actor,
                    approval: null,
                    run: (0,registry_lineage/* runRefOf */.mb)(lineage),
                    manifest_sha256: entry.manifest_sha256,
                },
            ],
        };
    }, `publish ${entry.tag}`, retry);
}


/***/ }),

/***/ 8831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e0: () => (/* binding */ registryStateSchema),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   q4: () => (/* binding */ REGISTRY_AUDIT_SCHEMA),
/* harmony export */   x9: () => (/* binding */ auditEntrySchema)
/* harmony export */ });
/* unused harmony exports REGISTRY_STATE_SCHEMA, runRefSchema, approvalSchema, versionEntrySchema, aliasEntrySchema, aliasMoveSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1100);
/**
 * Registry state, written through the StateStore (shared/registry/ports.ts) with compare-and-swap.
 *
 * `mlops-actions/registry-state@1`: one document per model: its published versions, where each
 * alias points, and the alias history (every move, oldest first).
 * `mlops-actions/registry-audit@1`: one JSON line per change in the model's append-only audit log:
 * who, when, what (publish or promote), from which version to which, the approval and the run.
 * Documented in docs/registry.md ("State and audit log").
 */

const REGISTRY_STATE_SCHEMA = 'mlops-actions/registry-state@1';
const REGISTRY_AUDIT_SCHEMA = 'mlops-actions/registry-audit@1';
const sha256 = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
const runRefSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    run_attempt: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().nullable(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const approvalSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    reviewer: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    comment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    /** The GitHub Environment whose protection rules approved the job, when there was one. */
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const versionEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    tag: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Digest of manifest.json as published: promote checks the stored manifest against it. */
    manifest_sha256: sha256,
    content_digest: sha256,
    published_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    published_by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const aliasEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    updated_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    updated_by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const aliasMoveSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    alias: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The version the alias pointed to before; null when it was created. */
    from: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    to: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    actor: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const registryStateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(REGISTRY_STATE_SCHEMA),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Sorted by semver precedence, lowest first. */
    versions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(versionEntrySchema),
    aliases: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), aliasEntrySchema),
    history: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(aliasMoveSchema),
});
const auditEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(REGISTRY_AUDIT_SCHEMA),
    at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    action: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['publish', 'promote']),
    /** promote: the alias moved; null for publish. */
    alias: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    /** promote: the alias's previous version (null when new); publish: null. */
    from: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    /** promote: the version the alias now points to; publish: the version published. */
    to: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    actor: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    approval: approvalSchema.nullable(),
    run: runRefSchema.nullable(),
    /** Verified or published manifest digest, so the entry names exactly what moved. */
    manifest_sha256: sha256.nullable(),
});
function emptyState(model) {
    return { schema: REGISTRY_STATE_SCHEMA, model, versions: [], aliases: {}, history: [] };
}


/***/ }),

/***/ 9753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ updateState),
/* harmony export */   p$: () => (/* reexport safe */ _state_format_js__WEBPACK_IMPORTED_MODULE_2__.p$),
/* harmony export */   un: () => (/* binding */ readState),
/* harmony export */   y4: () => (/* binding */ readAudit)
/* harmony export */ });
/* unused harmony export DEFAULT_RETRY */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1543);
/* harmony import */ var _state_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8831);
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
    const parsed = _state_format_js__WEBPACK_IMPORTED_MODULE_2__/* .registryStateSchema */ .e0.safeParse(value);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`registry state of model "${model}" is not valid ${_state_format_js__WEBPACK_IMPORTED_MODULE_2__/* .registryStateSchema */ .e0.shape.schema.value}: ${i.path.join('.') || '(root)'}: ${i.message}`, {
            hint: 'the state document was edited by hand or by a newer version; restore it from the audit log or history',
        });
    }
    if (parsed.data.model !== model)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`registry state for "${model}" names model "${parsed.data.model}"`, { hint: 'the state document was copied from another model' });
    return parsed.data;
}
/** The model's state, or undefined when nothing was ever recorded for it. */
async function readState(store, model) {
    const doc = await store.read(model);
    if (!doc)
        return undefined;
    return { state: checkState(model, doc.value), revision: doc.revision };
}
/** The model's audit log, oldest first. */
async function readAudit(store, model) {
    const lines = await store.audit(model);
    return lines.map((line, i) => {
        let json;
        try {
            json = JSON.parse(line);
        }
        catch {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`audit log of model "${model}", line ${i + 1}, is not JSON`);
        }
        const parsed = _state_format_js__WEBPACK_IMPORTED_MODULE_2__/* .auditEntrySchema */ .x9.safeParse(json);
        if (!parsed.success)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`audit log of model "${model}", line ${i + 1}: ${parsed.error.issues[0].message}`);
        return parsed.data;
    });
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
        const value = _state_format_js__WEBPACK_IMPORTED_MODULE_2__/* .registryStateSchema */ .e0.parse(outcome.state);
        const lines = outcome.audit.map((e) => JSON.stringify(_state_format_js__WEBPACK_IMPORTED_MODULE_2__/* .auditEntrySchema */ .x9.parse(e)));
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

/***/ 3176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   renderEvaluationText: () => (/* binding */ renderEvaluationText)
/* harmony export */ });
/* unused harmony exports SUMMARY_SLICE_ROWS, renderEvaluationSummary, metricValuesJson */
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1160);

/** At most this many slice rows per slice column in the summary (the report has them all). */
const SUMMARY_SLICE_ROWS = 50;
/** Metrics shown per slice row; the first ones the report has of these. */
const SLICE_METRICS = (/* unused pure expression or super */ null && (['accuracy', 'f1', 'f1_macro', 'roc_auc', 'log_loss', 'mae', 'rmse', 'r2']));
const esc = (s) => escapeMarkdownCell(s === null ? '(missing)' : String(s));
function formatMetric(v) {
    if (v === 0)
        return '0';
    const a = Math.abs(v);
    if (a >= 1e6 || a < 1e-4)
        return v.toExponential(3);
    return Number(v.toPrecision(4)).toString();
}
const ci = (m) => (m.ci ? `[${formatMetric(m.ci[0])}, ${formatMetric(m.ci[1])}]` : '');
function headline(r) {
    if (r.source === 'import')
        return `### evaluate: metrics imported from ${r.imported ? esc(r.imported.kind) : 'another tool'}`;
    return `### evaluate: ${r.task ?? ''} · ${(r.rows ?? 0).toLocaleString('en-US')} rows`;
}
function renderEvaluationSummary(r) {
    const out = [headline(r), ''];
    if (r.dataset)
        out.push(`Predictions: ${esc(r.dataset.file)} (sha256 \`${r.dataset.sha256.slice(0, 12)}\`)`);
    if (r.imported)
        out.push(`Source: ${esc(r.imported.path)}`);
    for (const m of r.models)
        out.push(`Model: ${esc(m.file)} (sha256 \`${m.sha256.slice(0, 12)}\`)`);
    if (r.classification?.pos_label !== null && r.classification?.pos_label !== undefined) {
        const how = r.classification.predicted_from === 'threshold' ? `, predicted positive when score > ${r.classification.threshold}` : '';
        out.push(`Positive class: ${esc(r.classification.pos_label)}${how}`);
    }
    out.push('');
    const level = r.bootstrap ? `${Math.round(r.bootstrap.confidence * 100)}% CI` : '';
    out.push(level ? `| metric | value | ${level} |` : '| metric | value |', level ? '| --- | ---: | --- |' : '| --- | ---: |');
    for (const [name, m] of Object.entries(r.metrics)) {
        out.push(level ? `| ${esc(name)} | ${formatMetric(m.value)} | ${ci(m)} |` : `| ${esc(name)} | ${formatMetric(m.value)} |`);
    }
    if (r.bootstrap) {
        out.push('', `CIs: percentile bootstrap over rows, ${r.bootstrap.resamples} resamples, seed ${r.bootstrap.seed}.`);
    }
    if (r.omitted.length > 0) {
        out.push('', '**Omitted:**');
        for (const o of r.omitted)
            out.push(`- ${esc(o.metric)}: ${esc(o.reason)}`);
    }
    const cm = r.confusion_matrix;
    if (cm && cm.labels.length <= 20) {
        out.push('', '<details><summary>Confusion matrix (rows: true, columns: predicted)</summary>', '');
        out.push(`| true \\ predicted | ${cm.labels.map(esc).join(' | ')} |`, `| --- |${cm.labels.map(() => ' ---: |').join('')}`);
        cm.counts.forEach((row, i) => out.push(`| ${esc(cm.labels[i])} | ${row.join(' | ')} |`));
        out.push('', '</details>');
    }
    const columns = [...new Set([...r.slices.map((s) => s.column), ...r.skipped_slices.map((s) => s.column)])];
    for (const column of columns) {
        const slices = r.slices.filter((s) => s.column === column);
        const shown = SLICE_METRICS.filter((m) => slices.some((s) => m in s.metrics)).slice(0, 4);
        out.push('', `#### Slices by ${esc(column)}`, '');
        out.push(`| value | rows | ${shown.map(esc).join(' | ')} |`, `| --- | ---: |${shown.map(() => ' ---: |').join('')}`);
        for (const s of slices.slice(0, SUMMARY_SLICE_ROWS)) {
            const cells = shown.map((m) => {
                const v = s.metrics[m];
                return v ? `${formatMetric(v.value)}${v.ci ? ` ${ci(v)}` : ''}` : '–';
            });
            out.push(`| ${esc(s.value)} | ${s.rows} | ${cells.join(' | ')} |`);
        }
        if (slices.length > SUMMARY_SLICE_ROWS)
            out.push('', `_${slices.length - SUMMARY_SLICE_ROWS} more slices in the report._`);
        const skipped = r.skipped_slices.filter((s) => s.column === column);
        if (skipped.length > 0) {
            const list = skipped.slice(0, SUMMARY_SLICE_ROWS).map((s) => `${esc(s.value)} (${s.rows})`).join(', ');
            out.push('', `Skipped (fewer than ${r.min_slice_size} rows): ${list}${skipped.length > SUMMARY_SLICE_ROWS ? ', …' : ''}`);
        }
    }
    for (const w of r.warnings)
        out.push('', `> ${esc(w)}`);
    return `${out.join('\n')}\n`;
}
/** Plain text for the terminal: one line per metric, then what was written. */
function renderEvaluationText(r) {
    const lines = [];
    const width = Math.max(0, ...Object.keys(r.metrics).map((k) => k.length));
    for (const [name, m] of Object.entries(r.metrics))
        lines.push(`${name.padEnd(width)}  ${formatMetric(m.value)}${m.ci ? `  ${ci(m)}` : ''}`);
    for (const o of r.omitted)
        lines.push(`${o.metric.padEnd(width)}  omitted: ${o.reason}`);
    if (r.slices.length + r.skipped_slices.length > 0)
        lines.push(`slices: ${r.slices.length} evaluated, ${r.skipped_slices.length} skipped (< ${r.min_slice_size} rows)`);
    const what = r.source === 'import' ? `imported ${r.imported?.kind ?? ''} metrics` : `${r.task} task, ${r.rows} rows`;
    lines.push(`evaluate: ${what}, ${Object.keys(r.metrics).length} metrics`);
    return `${lines.join('\n')}\n`;
}
/** The `metrics` output: name → value, JSON. */
function metricValuesJson(r) {
    return JSON.stringify(Object.fromEntries(Object.entries(r.metrics).map(([k, v]) => [k, v.value])));
}


/***/ })

};
