export const id = 744;
export const ids = [744];
export const modules = {

/***/ 744:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   explanationChange: () => (/* binding */ explanationChange),
/* harmony export */   readSideExplanation: () => (/* binding */ readSideExplanation)
/* harmony export */ });
/* unused harmony exports TOP_FEATURES_SHOWN, MAX_EXPLANATION_BYTES */
/* harmony import */ var _formats_explanation_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3994);
/* harmony import */ var _registry_release_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8317);
/* harmony import */ var _side_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7895);
/**
 * The PR report's "What the model relies on": each side's explanation (explain's
 * `mlops-actions/explanation@1`) read from beside its evaluation report — where the PR report's
 * artifact and a registry release keep `explanation.json` — or from a path given, and their top
 * features side by side with their ranks, so a reviewer sees when the head model leans on
 * something new.
 *
 * Found and read as the training records are (side-record.ts).
 */



/** Features shown per side: the union of both sides' top ten. */
const TOP_FEATURES_SHOWN = 10;
/** An explanation is a few KB per feature; more than this is not one we wrote. */
const MAX_EXPLANATION_BYTES = 64 * 1024 * 1024;
/** One side's explanation: the file given, else `explanation.json` beside its report, else none. */
async function readSideExplanation(spec, notes) {
    const read = await (0,_side_record_js__WEBPACK_IMPORTED_MODULE_2__/* .readSideRecord */ .v)({
        ...spec,
        name: _formats_explanation_format_js__WEBPACK_IMPORTED_MODULE_0__/* .EXPLANATION_ASSET */ .ph,
        what: 'explanation',
        maxBytes: MAX_EXPLANATION_BYTES,
        hint: 'give the explanation.json explain wrote, or leave the option out',
        read: (file) => (0,_registry_release_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonAs */ .X)(file, _formats_explanation_format_js__WEBPACK_IMPORTED_MODULE_0__/* .explanationSchema */ .lr, `${_formats_explanation_format_js__WEBPACK_IMPORTED_MODULE_0__/* .EXPLANATION_SCHEMA */ .YC} explanation`, 'point at the explanation.json explain wrote'),
    }, notes);
    return read && { file: read.file, explanation: read.value };
}
function sideInfo(s) {
    if (!s)
        return null;
    const x = s.explanation;
    return { file: s.file, metric: x.metric.name, direction: x.metric.direction, rows_used: x.dataset.rows_used, repeats: x.repeats };
}
/** Both sides' top features side by side; undefined when neither side has an explanation. */
function explanationChange(head, baseline, notes = [], top = TOP_FEATURES_SHOWN) {
    if (!head && !baseline)
        return undefined;
    const out = [...notes];
    if (!head)
        out.push('the head has no explanation (explain\'s explanation.json beside its evaluation report): only the baseline\'s ranks are shown');
    if (!baseline)
        out.push('the baseline has no explanation: only the head\'s ranks are shown');
    if (head && baseline && head.explanation.metric.name !== baseline.explanation.metric.name) {
        out.push(`the two sides measured importance in different metrics (head ${head.explanation.metric.name}, baseline ${baseline.explanation.metric.name}): compare ranks, not values`);
    }
    // Maps, not objects: feature names are the data's column names, untrusted ("__proto__" is a name like any other).
    const byName = (s) => {
        const m = new Map();
        for (const f of s?.explanation.features ?? [])
            m.set(f.feature, { rank: f.rank, mean: f.importance_mean });
        return m;
    };
    const h = byName(head);
    const b = byName(baseline);
    const shown = [];
    for (const f of head?.explanation.features ?? [])
        if (f.rank <= top)
            shown.push(f.feature);
    for (const f of baseline?.explanation.features ?? [])
        if (f.rank <= top && !shown.includes(f.feature))
            shown.push(f.feature);
    return {
        top,
        head: sideInfo(head),
        baseline: sideInfo(baseline),
        features: shown.map((feature) => ({
            feature,
            head_rank: h.get(feature)?.rank ?? null,
            baseline_rank: b.get(feature)?.rank ?? null,
            head_importance: h.get(feature)?.mean ?? null,
            baseline_importance: b.get(feature)?.mean ?? null,
        })),
        notes: out,
    };
}


/***/ })

};
