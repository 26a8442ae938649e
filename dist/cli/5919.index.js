export const id = 5919;
export const ids = [5919];
export const modules = {

/***/ 8300:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCompareStep: () => (/* binding */ runCompareStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7855);
/* harmony import */ var _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2362);
/* harmony import */ var _report_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8737);
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
        const config = await (0,_config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__.loadConfig)(options.config);
        // Throws naming the models when there are several: the step must be told which one.
        if ((0,_config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__.modelConfigOf)(config, undefined, options.config))
            return Object.keys(config.models ?? {})[0];
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('baseline production: which model\'s registry versions? none is named', {
        hint: (o) => `pass ${o.option('model', 'NAME')}, or configure exactly one model in mlops.yaml`,
    });
}
/** The model's drift settings in mlops.yaml: "What changed" tests the data's columns as drift-check would. */
async function driftSettingsOf(config, model) {
    if (!config)
        return undefined;
    const models = (await (0,_config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__.loadConfig)(config)).drift?.models ?? {};
    return Object.hasOwn(models, model) ? models[model] : undefined;
}
/** Params, data, code and environment, head against baseline; none when neither side has a record. */
async function whatChangedOf(options, baselineFile, model, apart) {
    // Loaded here, not at the step's start: the drift tests they use cost every compare run ~50 ms of
    // start-up, and most runs have no records to compare.
    const { readTrainingRecords } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9371));
    const [head, base] = await Promise.all([
        readTrainingRecords({ side: 'head', run: options.headRun, profile: options.headProfile, besideReport: apart ? options.head : undefined }),
        readTrainingRecords({ side: 'baseline', run: options.baselineRun, profile: options.baselineProfile, besideReport: apart ? baselineFile : undefined }),
    ]);
    if (!head.run && !head.profile && !base.run && !base.profile)
        return undefined;
    const { whatChanged } = await Promise.all(/* import() */[__webpack_require__.e(44), __webpack_require__.e(980), __webpack_require__.e(3473), __webpack_require__.e(676), __webpack_require__.e(1354)]).then(__webpack_require__.bind(__webpack_require__, 1354));
    return whatChanged(base, head, { drift: await driftSettingsOf(options.config, model) });
}
/** Both sides' top features by importance; none when neither side has an explanation. */
async function explanationsOf(options, baselineFile, apart) {
    const notes = [];
    const { explanationChange, readSideExplanation } = await __webpack_require__.e(/* import() */ 744).then(__webpack_require__.bind(__webpack_require__, 744));
    const [head, base] = await Promise.all([
        readSideExplanation({ side: 'head', given: options.headExplanation, besideReport: apart ? options.head : undefined }, notes),
        readSideExplanation({ side: 'baseline', given: options.baselineExplanation, besideReport: apart ? baselineFile : undefined }, notes),
    ]);
    return explanationChange(head, base, notes);
}
async function runCompareStep(options, env = {}) {
    const spec = options.baseline.kind === 'production'
        ? { ...options.baseline, model: options.baseline.model ?? (await registryModelOf(options)) }
        : options.baseline;
    const baseline = await (0,_compare_baseline_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveBaseline */ .o)(spec, { forge: env.baselineForge ?? env.forge, download: env.download, workDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.outDir, '.baseline'), log: env.log });
    await (0,_formats_report_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .assertReportWithinLimits */ .id)(options.head);
    if (baseline.file)
        await (0,_formats_report_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .assertReportWithinLimits */ .id)(baseline.file);
    const comparison = await (0,_compare_compare_files_js__WEBPACK_IMPORTED_MODULE_6__/* .compareFiles */ .h)({
        head: options.head, baseline: baseline.file, config: options.config, rules: options.rules, model: options.model,
        baselineExamplesUnavailable: baseline.examplesUnavailable,
    });
    const model = comparison.model ?? options.model ?? 'model';
    // Two reports in one folder share whatever run.json, profile.json or explanation.json lies there:
    // neither side's can be told apart, so only records named explicitly are read then.
    const apart = baseline.file !== undefined && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(options.head)) !== (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(baseline.file));
    if (baseline.file) {
        const changed = await whatChangedOf(options, baseline.file, model, apart);
        if (changed)
            comparison.what_changed = changed;
    }
    const explanations = await explanationsOf(options, baseline.file, apart);
    if (explanations)
        comparison.explanations = explanations;
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
