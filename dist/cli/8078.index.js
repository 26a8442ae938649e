export const id = 8078;
export const ids = [8078];
export const modules = {

/***/ 8078:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FAIRNESS_DEFAULT_MIN_GROUP_SIZE: () => (/* binding */ FAIRNESS_DEFAULT_MIN_GROUP_SIZE),
/* harmony export */   FAIRNESS_DEFAULT_THRESHOLD: () => (/* binding */ FAIRNESS_DEFAULT_THRESHOLD),
/* harmony export */   FairnessRows: () => (/* binding */ FairnessRows),
/* harmony export */   fairnessCheck: () => (/* binding */ fairnessCheck)
/* harmony export */ });
/* harmony import */ var _data_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4239);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1576);
/* harmony import */ var _model_fairness_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(697);
/* harmony import */ var _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3868);
/* harmony import */ var _model_read_predictions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2111);
/* harmony import */ var _model_task_blocks_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2936);







/** As evaluate's defaults (shared/steps/evaluate.ts), so the same rows give the same numbers. */
const FAIRNESS_DEFAULT_THRESHOLD = 0.5;
const FAIRNESS_DEFAULT_MIN_GROUP_SIZE = 30;
/** More distinct values than this in a sensitive column is an error (as evaluate's reader). */
const MAX_GROUPS = 1000;
const fmt = (x) => String(Number(x.toPrecision(4)));
/** One column of a batch, cell by cell (dictionary-encoded batches without materialising `values`). */
function cellsOf(batch, c) {
    const dict = batch.dictionaries?.[c];
    if (dict !== undefined) {
        const values = dict.values;
        const codes = dict.codes;
        return (r) => values[codes[r]];
    }
    const col = batch.values[c];
    return (r) => col[r];
}
/** A regression target or prediction cell: the finite number, undefined when missing; throws on text. */
function numberCell(v, what, where, prefix) {
    if (_data_values_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultNullTokens */ .$N.isMissing(v))
        return undefined;
    const x = typeof v === 'number' ? v : (0,_data_values_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(v);
    if (x === undefined || !Number.isFinite(x)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${prefix}fairness ${what} value ${JSON.stringify((0,_data_values_js__WEBPACK_IMPORTED_MODULE_0__/* .toText */ .fE)(v))} is not a finite number`, { location: where(), hint: 'task regression reads numeric targets and predictions' });
    }
    return x;
}
class Growing {
    kind;
    a;
    n = 0;
    constructor(kind) {
        this.kind = kind;
        this.a = kind === 'i32' ? new Int32Array(1024) : new Float64Array(1024);
    }
    push(x) {
        if (this.n === this.a.length) {
            const grown = this.kind === 'i32' ? new Int32Array(this.a.length * 2) : new Float64Array(this.a.length * 2);
            grown.set(this.a);
            this.a = grown;
        }
        this.a[this.n++] = x;
    }
    i32() {
        return this.a.slice(0, this.n);
    }
    f64() {
        return this.a.slice(0, this.n);
    }
}
/** Collects the labelled rows' label, prediction or score, and sensitive values, row-aligned. */
class FairnessRows {
    config;
    dict = new _model_read_predictions_js__WEBPACK_IMPORTED_MODULE_5__/* .Dictionary */ .bT();
    y = new Growing('i32');
    pred = new Growing('i32');
    score = new Growing('f64');
    /** Regression: target and predicted value. */
    yNum = new Growing('f64');
    predNum = new Growing('f64');
    sensitive;
    rows = 0;
    missingLabel = 0;
    missingPrediction = 0;
    tableSources = 0;
    label = { name: 'the current data' };
    seen = new Set();
    seenOrder = [];
    sourceRows = 0;
    constructor(config) {
        this.config = config;
        this.sensitive = config.sensitive.map((column) => ({ column, dict: new _model_read_predictions_js__WEBPACK_IMPORTED_MODULE_5__/* .Dictionary */ .bT(), codes: new Growing('i32'), missing: 0 }));
    }
    /** Every configured column with the setting that names it. */
    wanted() {
        const c = this.config;
        const out = [[c.label, 'label']];
        if (c.prediction !== undefined)
            out.push([c.prediction, 'prediction']);
        if (c.score !== undefined)
            out.push([c.score, 'score']);
        for (const s of c.sensitive)
            out.push([s, 'sensitive']);
        return out;
    }
    beginSource(label) {
        this.label = label;
        this.seen = new Set();
        this.seenOrder = [];
        this.sourceRows = 0;
        this.tableSources++;
    }
    add(b) {
        const n = b.length;
        for (const name of b.columns) {
            if (!this.seen.has(name)) {
                this.seen.add(name);
                this.seenOrder.push(name);
            }
        }
        this.sourceRows += n;
        this.rows += n;
        const at = (name) => (name === undefined ? -1 : b.columns.indexOf(name));
        const c = this.config;
        // A column a batch lacks (JSON Lines before it first appears) is missing in its rows; endSource
        // turns a column the whole source lacks into an error.
        const none = () => undefined;
        const labelAt = at(c.label);
        const label = labelAt < 0 ? none : cellsOf(b, labelAt);
        const predAt = at(c.prediction);
        const pred = predAt < 0 ? none : cellsOf(b, predAt);
        const scoreAt = at(c.score);
        const score = scoreAt < 0 ? none : cellsOf(b, scoreAt);
        const sens = this.sensitive.map((s) => {
            const i = at(s.column);
            return i < 0 ? none : cellsOf(b, i);
        });
        const where = (r) => (this.label.location ? { ...this.label.location, line: b.lines[r] } : undefined);
        const regression = c.task === 'regression';
        for (let r = 0; r < n; r++) {
            if (regression) {
                const yv = numberCell(label(r), `label column "${c.label}"`, () => where(r), this.prefix());
                if (yv === undefined) {
                    this.missingLabel++;
                    continue;
                }
                const pv = numberCell(pred(r), `prediction column "${c.prediction}"`, () => where(r), this.prefix());
                if (pv === undefined) {
                    this.missingPrediction++;
                    continue;
                }
                this.yNum.push(yv);
                this.predNum.push(pv);
                this.pushSensitive(sens, r, where);
                continue;
            }
            const t = (0,_model_read_predictions_js__WEBPACK_IMPORTED_MODULE_5__/* .labelText */ .QK)(label(r));
            if (t === undefined) {
                this.missingLabel++;
                continue;
            }
            let p = -1;
            let x = Number.NaN;
            if (c.prediction !== undefined) {
                const pt = (0,_model_read_predictions_js__WEBPACK_IMPORTED_MODULE_5__/* .labelText */ .QK)(pred(r));
                if (pt !== undefined)
                    p = this.dict.code(pt);
            }
            if (c.score !== undefined) {
                const v = score(r);
                if (!_data_values_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultNullTokens */ .$N.isMissing(v)) {
                    const num = typeof v === 'number' ? v : (0,_data_values_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(v);
                    if (num === undefined || !(num >= 0 && num <= 1)) {
                        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${this.prefix()}fairness score column "${c.score}" value ${JSON.stringify((0,_data_values_js__WEBPACK_IMPORTED_MODULE_0__/* .toText */ .fE)(v))} is not a probability in [0, 1]`, {
                            location: where(r),
                            hint: 'the score is P(positive class), as evaluate reads it (predict_proba output, not a logit)',
                        });
                    }
                    x = num;
                }
            }
            if ((c.prediction !== undefined && p < 0) || (c.score !== undefined && Number.isNaN(x))) {
                this.missingPrediction++;
                continue;
            }
            this.y.push(this.dict.code(t));
            if (c.prediction !== undefined)
                this.pred.push(p);
            if (c.score !== undefined)
                this.score.push(x);
            this.pushSensitive(sens, r, where);
        }
    }
    pushSensitive(sens, r, where) {
        this.sensitive.forEach((s, k) => {
            const v = sens[k](r);
            if (_data_values_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultNullTokens */ .$N.isMissing(v)) {
                s.codes.push(-1);
                s.missing++;
                return;
            }
            s.codes.push(s.dict.code((0,_data_values_js__WEBPACK_IMPORTED_MODULE_0__/* .toText */ .fE)(v)));
            if (s.dict.texts.length > MAX_GROUPS) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${this.prefix()}sensitive column "${s.column}" has more than ${MAX_GROUPS} distinct values`, {
                    location: where(r),
                    hint: 'give as sensitive a column with few values (a category, a bucketed number)',
                });
            }
        });
    }
    prefix() {
        return this.label.location ? '' : `${this.label.name}: `;
    }
    endSource() {
        if (this.sourceRows === 0)
            return;
        const absent = this.wanted().filter(([name]) => !this.seen.has(name));
        if (absent.length === 0)
            return;
        const list = absent.map(([name, key]) => `"${name}" (fairness.${key})`).join(', ');
        const shown = this.seenOrder.length > 12 ? `${this.seenOrder.slice(0, 12).join(', ')}, … (${this.seenOrder.length} columns)` : this.seenOrder.join(', ');
        const close = absent.map(([name]) => [name, (0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h0)(name, this.seenOrder)]).filter(([, m]) => m !== undefined);
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${this.prefix()}the fairness check needs column${absent.length === 1 ? '' : 's'} ${list}, which this source does not have (its columns: ${shown || 'none'})`, {
            location: this.label.location,
            hint: [
                ...close.map(([c, m]) => `did you mean "${m}" for "${c}"?`),
                'production rows must carry the delayed outcome (label), the prediction or score, and the sensitive columns: join them in, or fix drift.models.<model>.fairness',
            ].join(' '),
        });
    }
    /** The rows as evaluate's reader would have collected them from a predictions file. */
    collected() {
        if (this.config.task === 'regression') {
            return {
                rows: this.yNum.n,
                format: 'csv',
                dict: this.dict,
                yNum: this.yNum.f64(),
                predNum: this.predNum.f64(),
                scores: [],
                slices: [],
                sensitive: this.sensitive.map((s) => ({ column: s.column, dict: s.dict, codes: s.codes.i32(), missing: s.missing })),
            };
        }
        const n = this.y.n;
        return {
            rows: n,
            format: 'csv',
            dict: this.dict,
            yCode: this.y.i32(),
            predCode: this.config.prediction !== undefined ? this.pred.i32() : undefined,
            scores: this.config.score !== undefined ? [this.score.f64()] : [],
            slices: [],
            sensitive: this.sensitive.map((s) => ({ column: s.column, dict: s.dict, codes: s.codes.i32(), missing: s.missing })),
        };
    }
}
/**
 * The positive class as evaluate infers it (task-blocks.ts), checked here first so a problem is
 * worded in terms of the drift settings rather than evaluate's options.
 */
function checkClasses(texts, config, model) {
    const key = `drift.models.${model}.fairness`;
    if (config.task === 'multiclass')
        return;
    if (texts.length > 2) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`fairness: the label and prediction columns hold ${texts.length} classes (${texts.slice(0, 10).join(', ')}${texts.length > 10 ? ', …' : ''}); task binary has two`, {
            hint: `set ${key}.task: multiclass (each class one-vs-rest), or map the outcome to two classes in the production data`,
        });
    }
    if (config.positive !== undefined) {
        const pos = (0,_model_read_predictions_js__WEBPACK_IMPORTED_MODULE_5__/* .labelText */ .QK)(String(config.positive)) ?? String(config.positive);
        if (texts.length === 2 && !texts.includes(pos))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${key}.positive ${JSON.stringify(pos)} is not one of the classes ${texts.join(', ')}`, { hint: 'set positive to the favourable-or-flagged outcome as the data spells it' });
        return;
    }
    if (texts.every((t) => t === '0' || t === '1' || t === '-1') || texts.every(_model_read_predictions_js__WEBPACK_IMPORTED_MODULE_5__/* .isNumericText */ .fe) || texts.every((t) => t === 'true' || t === 'false'))
        return;
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`fairness: cannot tell the positive class among ${texts.join(', ')}`, { hint: `set ${key}.positive` });
}
/** The summary's value and its rule's verdict: null when the summary could not be computed. */
function checkRules(config, section, used) {
    const out = [];
    // Own entries only: column names are user data ("constructor", "__proto__").
    const multiclass = config.task === 'multiclass';
    for (const [column, perSummary] of Object.entries(config.rules ?? {})) {
        const col = section.columns.find((c) => c.column === column);
        // Multiclass: every class's outcome (one-vs-rest), as compare applies a column's rules; else the one.
        const outcomes = multiclass ? (col?.outcomes ?? []) : [col?.outcomes[0]];
        if (outcomes.length === 0)
            outcomes.push(undefined);
        for (const [summary, rule] of Object.entries(perSummary)) {
            if (!rule)
                continue;
            for (const outcome of outcomes) {
                const cls = multiclass && outcome?.kind === 'classification' ? outcome.positive_class : undefined;
                const name = cls === undefined ? column : `${column} (class ${String(cls)})`;
                const m = outcome && Object.hasOwn(outcome.summaries, summary) ? outcome.summaries[summary] : undefined;
                const omitted = outcome?.omitted.find((o) => o.metric === summary)?.reason ?? (used === 0 ? 'no labelled rows yet (outcomes arrive later)' : 'not computed');
                for (const kind of ['min', 'max']) {
                    const threshold = rule[kind];
                    if (threshold === undefined)
                        continue;
                    const base = { column, ...(cls === undefined ? {} : { positive_class: cls }), summary, rule: kind, threshold, ci: m?.ci ?? null };
                    if (!m) {
                        out.push({ ...base, value: null, passed: null, message: `${name} ${summary}: not checked: ${omitted}` });
                        continue;
                    }
                    const passed = kind === 'min' ? m.value >= threshold : m.value <= threshold;
                    const op = kind === 'min' ? (passed ? '>=' : '<') : passed ? '<=' : '>';
                    out.push({ ...base, value: m.value, passed, message: `${name} ${summary} ${fmt(m.value)} ${op} ${fmt(threshold)} (${kind})` });
                }
            }
        }
    }
    return out;
}
/** The report's `fairness` section from the collected rows. */
function fairnessCheck(rows, model) {
    const config = rows.config;
    const data = rows.collected();
    const boot = config.resamples === 0 ? null : { resamples: config.resamples ?? _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_PAIRED_RESAMPLES */ .DN, confidence: _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_CONFIDENCE */ .FH, seed: _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_SEED */ .KP };
    const minGroupSize = config.min_group_size ?? FAIRNESS_DEFAULT_MIN_GROUP_SIZE;
    const threshold = config.threshold ?? FAIRNESS_DEFAULT_THRESHOLD;
    let section = { min_group_size: minGroupSize, columns: [] };
    let positive = null;
    const regression = config.task === 'regression';
    if (data.rows > 0) {
        if (!regression)
            checkClasses(data.dict.texts, config, model);
        const prepared = (0,_model_task_blocks_js__WEBPACK_IMPORTED_MODULE_6__/* .prepareTask */ .t)(regression ? 'regression' : config.task === 'multiclass' ? 'multiclass' : 'binary', data, {
            file: 'the production data',
            score: config.score !== undefined ? [config.score] : [],
            scoreClassTexts: [],
            threshold,
            posLabel: config.positive === undefined ? undefined : String(config.positive),
            boot,
        });
        positive = prepared.classification?.pos_label ?? null;
        section = (0,_model_fairness_js__WEBPACK_IMPORTED_MODULE_3__/* .fairnessSection */ .X8)(prepared.fairness(), (data.sensitive ?? []).map((s) => ({ column: s.column, values: s.dict.texts, codes: s.codes })), { minGroupSize, boot });
    }
    const rules = checkRules(config, section, data.rows);
    return {
        label: config.label,
        prediction: config.prediction ?? null,
        score: config.score ?? null,
        task: config.task ?? 'binary',
        threshold: regression || config.prediction !== undefined ? null : threshold,
        positive_class: positive,
        rows: rows.rows,
        used: data.rows,
        missing_label: rows.missingLabel,
        missing_prediction: rows.missingPrediction,
        bootstrap: boot,
        section,
        rules,
    };
}


/***/ })

};
