export const id = 616;
export const ids = [616];
export const modules = {

/***/ 4616:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FAIRNESS_DEFAULT_MIN_GROUP_SIZE: () => (/* binding */ FAIRNESS_DEFAULT_MIN_GROUP_SIZE),
  FAIRNESS_DEFAULT_THRESHOLD: () => (/* binding */ FAIRNESS_DEFAULT_THRESHOLD),
  FairnessRows: () => (/* binding */ FairnessRows),
  fairnessCheck: () => (/* binding */ fairnessCheck)
});

// EXTERNAL MODULE: ../../../../shared/data/values.ts
var values = __webpack_require__(4239);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/runtime/yaml-source.ts + 1 modules
var yaml_source = __webpack_require__(5245);
// EXTERNAL MODULE: ../../../../shared/model/metrics/bootstrap.ts + 1 modules
var bootstrap = __webpack_require__(3060);
// EXTERNAL MODULE: ../../../../shared/model/fairness-rates.ts
var fairness_rates = __webpack_require__(7131);
;// CONCATENATED MODULE: ../../../../shared/model/fairness.ts


/** The four-fifths rule: adverse impact when a group's selection rate is below 80% of the highest. */
const FOUR_FIFTHS = 0.8;
/**
 * A multiclass task's fairness outcomes, one-vs-rest: class c is the positive outcome, with its score
 * column P(c) when the predictions have `proba` (row-major, one value per class). Labels and
 * predictions are class indices; −1 (a class outside `classes`) is no class's positive.
 */
function oneVsRestOutcomes(classes, y, pred, proba) {
    const n = y.length;
    const k = classes.length;
    return {
        kind: 'classification',
        outcomes: classes.map((positiveClass, c) => {
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
        }),
    };
}
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
    const summarize = (w) => outcomes.kind === 'classification' ? (0,fairness_rates/* classificationGroupStats */.Tg)(codes, g, outcomes.outcomes, w) : (0,fairness_rates/* regressionGroupStats */.yd)(codes, g, outcomes.outcome, w);
    const full = summarize();
    const report = [];
    if (outcomes.kind === 'classification') {
        outcomes.outcomes.forEach((o, oi) => {
            const base = oi * g * fairness_rates/* CLASS_STATS */.pF;
            const r = (gi, name) => (0,fairness_rates/* classRate */.Td)(full, base + gi * fairness_rates/* CLASS_STATS */.pF, name);
            const spans = {};
            for (const rateName of ['selection_rate', 'tpr', 'fpr'])
                spans[rateName] = eligible.filter((gi) => !Number.isNaN(r(gi, rateName)));
            const summaries = [];
            for (const name of fairness_rates/* CLASSIFICATION_SUMMARIES */.Gx) {
                if (eligible.length < 2) {
                    summaries.push({ name, reason: tooFew });
                    continue;
                }
                const short = fairness_rates/* SUMMARY_RATES */.d3[name].find((rateName) => spans[rateName].length < 2);
                if (short) {
                    summaries.push({ name, reason: `fewer than 2 groups have a defined ${RATE_TEXT[short]}` });
                    continue;
                }
                const value = (0,fairness_rates/* classificationSummary */.VL)(name, full, base, spans);
                if (Number.isNaN(value)) {
                    summaries.push({ name, reason: `undefined: 0/0 (${fairness_rates/* SUMMARY_RATES */.d3[name].map((x) => RATE_TEXT[x]).join(' or ')} is 0 in every group)` });
                    continue;
                }
                const key = `${prefix}${oi}:${name}`;
                plan.finishers[key] = (stats) => (0,fairness_rates/* classificationSummary */.VL)(name, stats, base, spans);
                summaries.push({ name, key, value });
            }
            plan.outcomes.push({ summaries });
            report.push({
                kind: 'classification',
                positive_class: o.positiveClass,
                groups: eligible.map((gi) => {
                    const at = base + gi * fairness_rates/* CLASS_STATS */.pF;
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
        for (const name of fairness_rates/* REGRESSION_SUMMARIES */.dD) {
            if (eligible.length < 2) {
                summaries.push({ name, reason: tooFew });
                continue;
            }
            const key = `${prefix}0:${name}`;
            plan.finishers[key] = (stats) => (0,fairness_rates/* regressionSummary */.S6)(name, stats, eligible);
            summaries.push({ name, key, value: (0,fairness_rates/* regressionSummary */.S6)(name, full, eligible) });
        }
        plan.outcomes.push({ summaries });
        report.push({
            kind: 'regression',
            groups: eligible.map((gi) => ({
                value: values[gi],
                rows: full[gi * fairness_rates/* REG_STATS */.Js],
                mae: (0,fairness_rates/* regressionError */.OV)(full, gi * fairness_rates/* REG_STATS */.Js, 'mae'),
                rmse: (0,fairness_rates/* regressionError */.OV)(full, gi * fairness_rates/* REG_STATS */.Js, 'rmse'),
                mean_error: (0,fairness_rates/* regressionError */.OV)(full, gi * fairness_rates/* REG_STATS */.Js, 'mean_error'),
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
                    summaries[s.name] = metricValue(s.value, fairness_rates/* SUMMARY_DIRECTION */.nJ[s.name], cis?.[s.key]);
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
    const cis = settings.boot && Object.keys(finishers).length > 0 ? (0,bootstrap/* bootstrapStatistics */._f)(summarize, finishers, { length: rows }, settings.boot) : undefined;
    return { min_group_size: settings.minGroupSize, columns: parts.map((p) => p.finish(cis)) };
}

// EXTERNAL MODULE: ../../../../shared/model/metrics/index.ts + 4 modules
var metrics = __webpack_require__(3868);
// EXTERNAL MODULE: ../../../../shared/data/open-table.ts + 7 modules
var open_table = __webpack_require__(5916);
;// CONCATENATED MODULE: ../../../../shared/model/read-predictions.ts
/**
 * A predictions file read for evaluate: streamed once (`openTable`), labels as Int32Array codes into
 * a small dictionary, scores and regression values as Float64Arrays, slice columns coded the same
 * way, every cell checked while streaming so a bad cell fails with file:line before any metric is
 * computed. Labels compare as text ("1.0" and 1 are one class); an all-number label set is typed and
 * sorted as numbers, as scikit-learn's unique_labels would.
 */




/** Rows of a multiclass score row may sum to 1 ± this. */
const PROBABILITY_SUM_TOLERANCE = 1e-6;
/** More distinct values than this in a slice column is an error: slice on a coarser column. */
const MAX_SLICE_VALUES = 1000;
/** Label text: numbers canonical ("1.0" → "1"), booleans "true"/"false", else the text. */
function labelText(v) {
    if (values/* defaultNullTokens */.$N.isMissing(v))
        return undefined;
    if (typeof v === 'number')
        return String(v);
    if (typeof v === 'string' && (0,values/* isDecimalLiteral */.B1)(v))
        return String(+v);
    return (0,values/* toText */.fE)(v);
}
const isNumericText = (t) => (0,values/* isDecimalLiteral */.B1)(t) && String(+t) === t;
/** Labels as the report writes them: all numbers when every label is numeric text, else strings. */
function typedLabels(texts) {
    const numeric = texts.every(isNumericText);
    const idx = texts.map((_, i) => i);
    idx.sort((a, b) => (numeric ? +texts[a] - +texts[b] : texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : 0));
    return { labels: idx.map((i) => (numeric ? +texts[i] : texts[i])), order: idx };
}
/**
 * The class of each score column. Given `classes`, those; one column, none (binary P(positive));
 * otherwise each column name minus the prefix all names share, cut back to just after a separator
 * (`_`, `-`, `.`, `:`, `/`, space): p_rain, p_sun → rain, sun; score_0, score_1 → 0, 1.
 */
function scoreClasses(scoreColumns, classes) {
    if (classes && classes.length > 0) {
        if (classes.length !== scoreColumns.length) {
            throw new UsageError((o) => `${o.option('classes')} names ${classes.length} classes for ${scoreColumns.length} score columns`, {
                hint: (o) => `give one class per ${o.option('score')} column, in the same order`,
            });
        }
        const texts = classes.map((c) => labelText(c.trim()) ?? c);
        if (new Set(texts).size !== texts.length)
            throw new UsageError((o) => `${o.option('classes')} repeats a class: ${classes.join(', ')}`);
        return texts;
    }
    if (scoreColumns.length < 2)
        return [];
    let prefix = scoreColumns[0];
    for (const c of scoreColumns)
        while (!c.startsWith(prefix))
            prefix = prefix.slice(0, -1);
    let cut = 0;
    for (let i = prefix.length - 1; i >= 0; i--) {
        if ('_-.:/ '.includes(prefix[i])) {
            cut = i + 1;
            break;
        }
    }
    const names = scoreColumns.map((c) => labelText(c.slice(cut)) ?? c.slice(cut));
    if (names.some((n) => n === '') || new Set(names).size !== names.length) {
        throw new UsageError(`cannot tell the class of each score column (${scoreColumns.join(', ')})`, {
            hint: (o) => `pass ${o.option('classes')} with one class per ${o.option('score')} column, in order`,
        });
    }
    return names;
}
function concatF64(parts, n) {
    if (parts.length === 1 && parts[0].length === n)
        return parts[0];
    const out = new Float64Array(n);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function concatI32(parts, n) {
    if (parts.length === 1 && parts[0].length === n)
        return parts[0];
    const out = new Int32Array(n);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function pickF64(a, rows) {
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = a[rows[i]];
    return out;
}
function pickI32(a, rows) {
    const out = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = a[rows[i]];
    return out;
}
/** A dictionary of distinct texts → dense codes. */
class Dictionary {
    texts = [];
    codes = new Map();
    code(t) {
        let c = this.codes.get(t);
        if (c === undefined) {
            c = this.texts.length;
            this.texts.push(t);
            this.codes.set(t, c);
        }
        return c;
    }
    get(t) {
        return this.codes.get(t);
    }
}
async function readPredictions(plan) {
    // Every cell is read, and scores are nearly all distinct: dictionary-encoding batches (the byte
    // path, which pays off for profiling) would only add work here (0.60 s vs 0.17 s on 1M rows).
    const reader = await openTable(plan.file, { delimiter: plan.delimiter, format: plan.format, bytePath: false });
    const header = await reader.columns();
    const sensitiveColumns = plan.sensitive ?? [];
    const wanted = [plan.label, plan.prediction, ...plan.score, plan.id, ...plan.slices, ...sensitiveColumns].filter((c) => c !== undefined);
    const optionOf = (c) => c === plan.label ? 'label' : c === plan.prediction ? 'prediction' : plan.score.includes(c) ? 'score' : c === plan.id ? 'id' : plan.slices.includes(c) ? 'slice' : 'sensitive';
    // JSON Lines learns columns as it reads; its first record is what columns() knows.
    if (reader.format !== 'jsonl') {
        for (const c of wanted) {
            if (!header.includes(c)) {
                throw new InputError((o) => `column "${c}" (${o.option(optionOf(c))}) not found; the file has columns: ${header.join(', ')}`, {
                    location: { file: plan.file, line: reader.hasLines ? 1 : undefined },
                    hint: (o) => `pass ${o.option(optionOf(c))} with one of them`,
                });
            }
        }
    }
    const classification = plan.task !== 'regression';
    const dict = new Dictionary();
    const yParts = [];
    const pParts = [];
    const yNumParts = [];
    const pNumParts = [];
    const scoreParts = plan.score.map(() => []);
    const ids = plan.id ? [] : undefined;
    const seenIds = plan.id ? new Set() : undefined;
    const slices = plan.slices.map((column) => ({ column, kind: 'slice', dict: new Dictionary(), parts: [], missing: 0 }));
    const sensitive = sensitiveColumns.map((column) => ({ column, kind: 'sensitive', dict: new Dictionary(), parts: [], missing: 0 }));
    const multiScore = plan.score.length >= 2;
    let rows = 0;
    const where = (b, r) => ({ file: plan.file, line: b.lines[r] });
    const col = (b, name) => {
        const i = b.columns.indexOf(name);
        if (i < 0) {
            throw new InputError((o) => `column "${name}" (${o.option(optionOf(name))}) not found; the file has columns: ${b.columns.join(', ')}`, {
                location: where(b, 0),
                hint: (o) => `pass ${o.option(optionOf(name))} with one of them`,
            });
        }
        return b.values[i];
    };
    const missing = (b, r, name) => new InputError(`column "${name}" is missing a value`, { location: where(b, r), hint: 'every row needs a label and a prediction or score' });
    const number = (b, r, name, v) => {
        if (defaultNullTokens.isMissing(v))
            throw missing(b, r, name);
        const x = toNumber(v);
        if (x === undefined)
            throw new InputError(`column "${name}" value ${JSON.stringify(toText(v))} is not a number`, { location: where(b, r) });
        if (!Number.isFinite(x)) {
            throw new InputError(`column "${name}" value is ${Number.isNaN(x) ? 'NaN' : String(x)}`, {
                location: where(b, r),
                hint: 'predictions must be finite numbers; fix or drop the row',
            });
        }
        return x;
    };
    for await (const b of reader.batches()) {
        const n = b.length;
        rows += n;
        plan.onRows?.(rows);
        const labelCol = col(b, plan.label);
        const predCol = plan.prediction ? col(b, plan.prediction) : undefined;
        if (classification) {
            const y = new Int32Array(n);
            const p = predCol ? new Int32Array(n) : undefined;
            for (let r = 0; r < n; r++) {
                const t = labelText(labelCol[r]);
                if (t === undefined)
                    throw missing(b, r, plan.label);
                if (plan.allowed && !plan.allowed.has(t)) {
                    throw new InputError(`label ${JSON.stringify(t)} (column "${plan.label}") has no score column; score columns cover: ${[...plan.allowed].join(', ')}`, {
                        location: where(b, r),
                        hint: (o) => `add a score column for it, or fix ${o.option('classes')}`,
                    });
                }
                y[r] = dict.code(t);
                if (p) {
                    const pt = labelText(predCol[r]);
                    if (pt === undefined)
                        throw missing(b, r, plan.prediction);
                    p[r] = dict.code(pt);
                }
            }
            yParts.push(y);
            if (p)
                pParts.push(p);
        }
        else {
            const y = new Float64Array(n);
            const p = new Float64Array(n);
            for (let r = 0; r < n; r++) {
                y[r] = number(b, r, plan.label, labelCol[r]);
                p[r] = number(b, r, plan.prediction, predCol[r]);
            }
            yNumParts.push(y);
            pNumParts.push(p);
        }
        if (plan.score.length > 0) {
            const cols = plan.score.map((s) => col(b, s));
            const arrays = cols.map(() => new Float64Array(n));
            for (let r = 0; r < n; r++) {
                let sum = 0;
                for (let k = 0; k < cols.length; k++) {
                    const x = number(b, r, plan.score[k], cols[k][r]);
                    if (x < 0 || x > 1) {
                        throw new InputError(`column "${plan.score[k]}" value ${x} is not a probability in [0, 1]`, {
                            location: where(b, r),
                            hint: 'scores must be probabilities (e.g. predict_proba output), not logits or decision values',
                        });
                    }
                    arrays[k][r] = x;
                    sum += x;
                }
                if (multiScore && !(Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE)) {
                    throw new InputError(`probabilities ${plan.score.join(' + ')} sum to ${sum}, not 1 (tolerance ${PROBABILITY_SUM_TOLERANCE})`, {
                        location: where(b, r),
                        hint: 'give one probability column per class, from predict_proba or a softmax',
                    });
                }
            }
            arrays.forEach((a, k) => scoreParts[k].push(a));
        }
        if (ids && plan.id) {
            const idCol = col(b, plan.id);
            for (let r = 0; r < n; r++) {
                const v = idCol[r];
                if (defaultNullTokens.isMissing(v))
                    throw missing(b, r, plan.id);
                const t = toText(v);
                if (seenIds.has(t))
                    throw new InputError(`id ${JSON.stringify(t)} (column "${plan.id}") occurs twice`, { location: where(b, r), hint: 'ids pair rows across reports, so each must be unique' });
                seenIds.add(t);
                ids.push(t);
            }
        }
        for (const s of [...slices, ...sensitive]) {
            const sc = col(b, s.column);
            const codes = new Int32Array(n);
            for (let r = 0; r < n; r++) {
                const v = sc[r];
                if (defaultNullTokens.isMissing(v)) {
                    codes[r] = -1;
                    s.missing++;
                    continue;
                }
                codes[r] = s.dict.code(toText(v));
                if (s.dict.texts.length > MAX_SLICE_VALUES) {
                    throw new InputError(`${s.kind} column "${s.column}" has more than ${MAX_SLICE_VALUES} distinct values`, {
                        location: where(b, r),
                        hint: `${s.kind === 'slice' ? 'slice on' : 'give as sensitive'} a column with few values (a category, a bucketed number)`,
                    });
                }
            }
            s.parts.push(codes);
        }
    }
    if (rows === 0) {
        throw new InputError('no data rows: the file has only a header', { location: { file: plan.file }, hint: 'evaluate a predictions file with at least one row' });
    }
    return {
        rows,
        format: reader.format,
        dict,
        yCode: classification ? concatI32(yParts, rows) : undefined,
        predCode: classification && plan.prediction ? concatI32(pParts, rows) : undefined,
        yNum: classification ? undefined : concatF64(yNumParts, rows),
        predNum: classification ? undefined : concatF64(pNumParts, rows),
        scores: scoreParts.map((parts) => concatF64(parts, rows)),
        ids,
        slices: slices.map((s) => ({ column: s.column, dict: s.dict, codes: concatI32(s.parts, rows), missing: s.missing })),
        sensitive: sensitive.map((s) => ({ column: s.column, dict: s.dict, codes: concatI32(s.parts, rows), missing: s.missing })),
    };
}

// EXTERNAL MODULE: ../../../../shared/formats/evaluation-format.ts
var evaluation_format = __webpack_require__(9729);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ../../../../shared/runtime/worker-entry.ts
/**
 * How to start one of our worker threads: from the ncc bundles, the worker's own bundle beside the
 * bundle that starts it (scripts/build.mjs writes it there); from TypeScript sources (vitest, tsx),
 * code that registers tsx's loader and then imports the worker's .ts entry. Node 20 does not apply
 * `--import tsx` (module.register) to a worker's execArgv, but tsx's API registers it inside the worker.
 */


/**
 * `callerUrl`: the starting module's import.meta.url, passed as a value (`new URL('…',
 * import.meta.url)` written inline would make ncc copy the file as an asset, and the worker must be
 * a bundle of its own). `sourceEntry`: the worker's .ts file beside the caller; `bundledEntry`:
 * its bundle, relative to the caller's bundle.
 */
function workerEntry(callerUrl, sourceEntry, bundledEntry) {
    if (callerUrl.endsWith('.ts')) {
        // createRequire resolves the package's `require` entry; the worker code imports the ESM one.
        const api = (0,external_node_url_.pathToFileURL)((0,external_node_module_.createRequire)(callerUrl).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
        const entry = new URL(callerUrl.replace(/[^/]*$/, sourceEntry)).href;
        return { code: `const { register } = await import(${JSON.stringify(api)});\nregister();\nawait import(${JSON.stringify(entry)});\n` };
    }
    return { file: new URL(bundledEntry, callerUrl) };
}

// EXTERNAL MODULE: ../../../../shared/model/metrics/shareable.ts
var shareable = __webpack_require__(7691);
;// CONCATENATED MODULE: ../../../../shared/model/metrics/bootstrap-parallel.ts
/**
 * The bootstrap of evaluate's binary and regression metrics on several cores.
 *
 * Every resample has its own PRNG stream (bootstrap.ts, resampleSeed), so the threads pull resample
 * indices from one shared counter (Atomics.add) and write each resample's statistics into its slot
 * of a shared Float64Array: the intervals are the in-thread bootstrapMetrics' exactly, whatever the
 * number of workers and whichever thread ran which resample.
 *
 * Sharing: the prepared data's typed arrays are copied once into SharedArrayBuffers; a typed array on
 * a SharedArrayBuffer in a posted message reaches the worker as a view of the same memory, so no
 * worker copies the 1M-row arrays. The main thread pulls resamples too (no idle core while a worker
 * starts). Workers outlive a bootstrap: they wait, unreferenced, for the next one's task, and
 * warmBootstrapWorkers starts them before the data is ready (evaluate: while it reads the file).
 *
 * Fallbacks (correctness first): fewer than `minRows` rows (worker start-up, ~50 ms bundled and
 * ~0.5 s under tsx, is not worth it), fewer than 2 cores, multiclass data (per-row probability
 * arrays), or workers that cannot start or die: any resample not marked done when the workers are
 * gone is run on this thread.
 *
 * Workers: from TypeScript sources (vitest, tsx) the worker is bootstrap-worker.ts run with tsx's
 * loader; in the ncc bundles, scripts/build.mjs writes that entry as `bootstrap-worker/index.js` next
 * to every bundle whose code contains BOOTSTRAP_WORKER_MARKER (as for validate-data's shard worker).
 */







/** scripts/build.mjs adds the bootstrap worker to every bundle whose code contains this string. */
const BOOTSTRAP_WORKER_MARKER = 'mlops-actions:bootstrap-worker@1';
/** The worker bundle, relative to the bundle that starts it. */
const BUNDLED_WORKER = 'bootstrap-worker/index.js';
const DEFAULT_MAX_BOOTSTRAP_WORKERS = 4;
/** Below this many rows the resamples run on this thread. */
const DEFAULT_PARALLEL_MIN_ROWS = shareable/* SHARED_MIN_ROWS */.rt;
/** bootstrapPlan's summary and metrics, the metrics in `names` order (the layout of `stats`). */
function plan(data, names) {
    const p = (0,metrics/* bootstrapPlan */.GZ)(data, names);
    return { summarize: p.summarize, finishers: names.map((n) => p.finishers[n]) };
}
/** Claims and runs resamples until none are left. */
function drain(task, resampler) {
    for (;;) {
        const b = Atomics.add(task.next, 0, 1);
        if (b >= task.resamples)
            return;
        resampler.run(b);
        Atomics.store(task.done, b, 1);
    }
}
function resamplerFor(task) {
    const { summarize, finishers } = plan(task.data, task.names);
    return new bootstrap/* Resampler */.Co(summarize, finishers, task.data, task.seed, task.resamples, task.stats);
}
/** Worker side (bootstrap-worker.ts). */
function bootstrapWorkerMain(data, post) {
    const task = data;
    if (task?.marker !== BOOTSTRAP_WORKER_MARKER)
        throw new Error('bootstrap worker started without a task');
    drain(task, resamplerFor(task));
    post('done');
}
/** A copy of `value` whose typed arrays are views of SharedArrayBuffers (one copy per distinct array). */
function toShared(value, seen = new Map()) {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        const known = seen.get(value);
        if (known)
            return known;
        const src = value;
        if (src.buffer instanceof SharedArrayBuffer)
            return value;
        const Ctor = src.constructor;
        const copy = new Ctor(new SharedArrayBuffer(src.byteLength));
        copy.set(src);
        seen.set(value, copy);
        return copy;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = toShared(v, seen);
        return out;
    }
    return value;
}
/**
 * What the workers read of the data. Binary resamples read the summary's arrays only
 * (summarizeBinary), so the sort order, scores, tie-group ends and ECE bins (18 of 36 MB at 1M rows)
 * are not copied into shared memory: empty arrays stand in for them.
 */
function forWorkers(data) {
    if (data.task !== 'binary')
        return data;
    const none = new Uint32Array(0);
    return { ...data, ranked: { ...data.ranked, order: none, score: new Float64Array(0), groupEnd: none }, order: none, bin: new Uint16Array(0) };
}
function startWorker() {
    try {
        const entry = workerEntry(import.meta.url, 'bootstrap-worker.ts', BUNDLED_WORKER);
        // No inherited execArgv (see validate-data-shards.ts); small heaps: a worker holds one 1-byte
        // count per row and a summary, the data is shared. No workerData: tasks come as messages.
        const opts = { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 } };
        const w = 'file' in entry ? new external_node_worker_threads_.Worker(entry.file, opts) : new external_node_worker_threads_.Worker(entry.code, { ...opts, eval: true });
        // Idle workers must not keep the process alive; runTask refs a worker while it computes.
        w.unref();
        return w;
    }
    catch {
        return undefined;
    }
}
/**
 * Workers started and waiting for a task. A worker starts in ~50 ms bundled (~0.3 s under tsx), so
 * the evaluate step starts them while it still reads and sorts the predictions
 * (warmBootstrapWorkers), and a bootstrap hands its task to them instead of waiting for new ones.
 * After a task a worker waits here again for the next block (slices, the label evaluation).
 */
const idle = new Map();
function addIdle(w) {
    if (idle.size >= DEFAULT_MAX_BOOTSTRAP_WORKERS) {
        void w.terminate();
        return;
    }
    // A worker that dies while idle leaves the pool (the next bootstrap starts another).
    const gone = () => idle.delete(w);
    w.once('error', gone);
    w.once('exit', gone);
    idle.set(w, gone);
}
/** Takes `count` workers: idle ones first, then new ones. */
function acquireWorkers(count) {
    const out = [];
    for (const [w, gone] of idle) {
        if (out.length === count)
            break;
        idle.delete(w);
        w.off('error', gone);
        w.off('exit', gone);
        out.push(w);
    }
    while (out.length < count) {
        const w = startWorker();
        if (!w)
            break;
        out.push(w);
    }
    return out;
}
/** Default threads running resamples: the available cores, at most DEFAULT_MAX_BOOTSTRAP_WORKERS. */
function defaultThreads() {
    return Math.min(availableParallelism(), DEFAULT_MAX_BOOTSTRAP_WORKERS);
}
/**
 * Starts the workers a bootstrap of `threads` threads (this one included) will use, ahead of it:
 * call it once the data is known to be large (≥ DEFAULT_PARALLEL_MIN_ROWS rows) and before the
 * work that precedes the bootstrap (reading, sorting), so the workers' start-up overlaps that work.
 * Idle workers never keep the process alive. Does nothing with fewer than 2 threads.
 */
function warmBootstrapWorkers(threads = defaultThreads()) {
    for (let k = idle.size; k < threads - 1; k++) {
        const w = startWorker();
        if (!w)
            return;
        addIdle(w);
    }
}
/** Workers waiting for a task (tests). */
function idleBootstrapWorkers() {
    return idle.size;
}
/**
 * Runs `task` on `w`, then calls `onSettled` once it posted 'done' (the worker goes back to the idle
 * pool) or failed (it is terminated; the caller runs the resamples it did not finish).
 */
function runTask(w, task, onSettled) {
    w.ref();
    const finish = (ok) => {
        w.off('message', onMessage);
        w.off('error', onFailure);
        w.off('exit', onFailure);
        if (ok) {
            w.unref();
            addIdle(w);
        }
        else
            void w.terminate();
        onSettled();
    };
    const onMessage = (m) => finish(m === 'done');
    const onFailure = () => finish(false);
    w.on('message', onMessage);
    w.once('error', onFailure);
    w.once('exit', onFailure);
    w.postMessage(task);
}
/**
 * bootstrapMetrics (same intervals) with the resamples spread over worker threads when the data is
 * large enough; see the module comment. `names` must apply to the data's task.
 */
async function bootstrapMetricsParallel(data, names, options = {}) {
    const resolved = (0,bootstrap/* resolveBootstrapOptions */.Tg)(options);
    const mainThread = options.mainThread ?? true;
    const threads = options.threads ?? Math.min((0,external_node_os_.availableParallelism)(), DEFAULT_MAX_BOOTSTRAP_WORKERS);
    const workers = mainThread ? threads - 1 : threads;
    if (data.task === 'multiclass' || data.length < (options.minRows ?? DEFAULT_PARALLEL_MIN_ROWS) || workers < 1 || (mainThread && threads < 2)) {
        return (0,metrics/* bootstrapMetrics */.SR)(data, names, resolved);
    }
    if (data.length === 0)
        throw new errors/* InputError */.dz('bootstrap: no rows to resample');
    const { resamples, seed } = resolved;
    const task = {
        marker: BOOTSTRAP_WORKER_MARKER,
        data: toShared(forWorkers(data)),
        names: [...names],
        seed,
        resamples,
        next: new Int32Array(new SharedArrayBuffer(4)),
        done: new Uint8Array(new SharedArrayBuffer(resamples)),
        stats: new Float64Array(new SharedArrayBuffer(8 * names.length * resamples)),
    };
    const started = acquireWorkers(workers);
    let live = started.length;
    let wake = () => undefined;
    const allDone = () => {
        for (let b = 0; b < resamples; b++)
            if (Atomics.load(task.done, b) !== 1)
                return false;
        return true;
    };
    const settled = new Promise((resolve) => {
        wake = () => {
            if (live === 0 || allDone())
                resolve();
        };
    });
    for (const w of started) {
        runTask(w, task, () => {
            live--;
            wake();
        });
    }
    const resampler = resamplerFor(task);
    if (mainThread)
        drain(task, resampler);
    wake();
    await settled;
    // Resamples a worker claimed but did not finish (it failed), or that none claimed (none started).
    for (let b = 0; b < resamples; b++)
        if (Atomics.load(task.done, b) !== 1)
            resampler.run(b);
    const { summarize, finishers } = plan(data, names);
    const full = summarize(data);
    return (0,bootstrap/* percentileIntervals */.EF)(names, finishers.map((f) => f(full)), task.stats, resolved);
}

;// CONCATENATED MODULE: ../../../../shared/model/metric-blocks.ts
/**
 * The metrics of one block of rows (the whole dataset or one slice) for each task, with their
 * bootstrap CIs, as an evaluation report holds them. Metrics undefined on the data (ROC AUC with one
 * class, AP without positives) are omitted with a reason instead of failing: slices legitimately
 * hold one class.
 */



function metric_blocks_metricValue(name, value, ci) {
    const out = { value, direction: metrics/* METRICS */.Cb[name].direction };
    if (ci && Number.isFinite(ci.lower) && Number.isFinite(ci.upper)) {
        out.ci = [ci.lower, ci.upper];
        if (ci.invalid > 0)
            out.ci_invalid = ci.invalid;
    }
    return out;
}
/** Point values and (when resamples > 0) CIs; a non-finite value becomes an omission. */
async function fill(block, data, names, boot) {
    if (names.length === 0)
        return;
    const add = (n, v, ci) => {
        if (v === undefined || !Number.isFinite(v))
            block.omitted.push({ metric: n, reason: 'undefined on these rows' });
        else
            block.metrics[n] = metric_blocks_metricValue(n, v, ci);
    };
    if (!boot) {
        const values = (0,metrics/* computeMetrics */.pH)(data, names);
        for (const n of names)
            add(n, values[n]);
        return;
    }
    // Large inputs: resamples spread over worker threads, same intervals (metrics/bootstrap-parallel.ts).
    const cis = await bootstrapMetricsParallel(data, names, boot);
    for (const n of names)
        add(n, cis[n].estimate, cis[n]);
}
const SCORE_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'];
async function binaryBlock(y, score, predPos, ctx) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    const n = y.length;
    let positives = 0;
    for (let i = 0; i < n; i++)
        positives += y[i];
    const negatives = n - positives;
    const all = (0,metrics/* metricsForTask */.uS)('binary').map((m) => m.name);
    const labelNames = all.filter((m) => !SCORE_METRICS.includes(m));
    const scoreNames = [];
    for (const m of SCORE_METRICS) {
        if (!score)
            block.omitted.push({ metric: m, reason: 'needs a score column (P(positive))' });
        else if (m === 'roc_auc' && (positives === 0 || negatives === 0)) {
            block.omitted.push({ metric: m, reason: `y_true holds one class only (${String(positives ? ctx.labels.pos : ctx.labels.neg)}); ROC AUC needs both` });
        }
        else if (m === 'average_precision' && positives === 0) {
            block.omitted.push({ metric: m, reason: `no positive rows (${String(ctx.labels.pos)}); average precision is undefined` });
        }
        else
            scoreNames.push(m);
    }
    const scoreEval = score ? (0,metrics/* binaryEvaluation */.MY)(y, score, { posLabel: 1, threshold: ctx.threshold }) : undefined;
    const labelEval = predPos ? (0,metrics/* binaryEvaluation */.MY)(y, Float64Array.from(predPos), { posLabel: 1, threshold: 0.5 }) : scoreEval;
    if (labelEval === scoreEval) {
        await fill(block, labelEval, [...labelNames, ...scoreNames], ctx.boot);
    }
    else {
        await fill(block, labelEval, labelNames, ctx.boot);
        if (scoreEval)
            await fill(block, scoreEval, scoreNames, ctx.boot);
    }
    // Registry order, whatever order the two passes filled them in.
    block.metrics = Object.fromEntries(all.filter((m) => m in block.metrics).map((m) => [m, block.metrics[m]]));
    const s = (0,metrics/* summarizeBinary */.X)(labelEval);
    const tn = s.negatives - s.fp;
    const fn = s.positives - s.tp;
    const { neg, pos } = ctx.labels;
    const negFirst = typeof neg === 'number' && typeof pos === 'number' ? neg < pos : String(neg) < String(pos);
    block.confusion_matrix = negFirst
        ? { labels: [neg, pos], counts: [[tn, s.fp], [fn, s.tp]] }
        : { labels: [pos, neg], counts: [[s.tp, fn], [s.fp, tn]] };
    return block;
}
function safe(f) {
    try {
        return f();
    }
    catch {
        return Number.NaN;
    }
}
function multiclassBlock(y, pred, proba, ctx) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    const k = ctx.classes.length;
    const n = y.length;
    const codes = ctx.classes.map((_, i) => i);
    const rows = proba ? Array.from({ length: n }, (_, i) => proba.subarray(i * k, (i + 1) * k)) : undefined;
    const data = (0,metrics/* multiclassEvaluation */.m2)(y, pred, { proba: rows, classes: codes });
    const present = new Uint8Array(k);
    for (let i = 0; i < n; i++)
        present[y[i]] = 1;
    const absent = ctx.classes.filter((_, i) => !present[i]);
    const names = [];
    for (const m of (0,metrics/* metricsForTask */.uS)('multiclass').map((x) => x.name)) {
        if (!proba && (m === 'roc_auc' || m === 'log_loss' || m === 'ece'))
            block.omitted.push({ metric: m, reason: 'needs one score column per class' });
        else if (m === 'roc_auc' && absent.length > 0) {
            block.omitted.push({ metric: m, reason: `class ${absent.map(String).join(', ')} has no rows in y_true; one-vs-rest ROC AUC needs every class` });
        }
        else
            names.push(m);
    }
    const point = names.map((m) => safe(() => metrics/* METRICS */.Cb[m].compute(data)));
    let cis;
    if (ctx.boot) {
        // Per metric, a resample where it is undefined (a class not drawn) counts as invalid, not fatal.
        const finishers = Object.fromEntries(names.map((m, i) => [m, (s) => s[i]]));
        cis = (0,metrics/* bootstrapStatistics */._f)((d, w) => names.map((m) => safe(() => metrics/* METRICS */.Cb[m].compute(d, w))), finishers, data, ctx.boot);
    }
    names.forEach((m, i) => {
        const v = point[i];
        if (!Number.isFinite(v))
            block.omitted.push({ metric: m, reason: 'undefined on these rows' });
        else
            block.metrics[m] = metric_blocks_metricValue(m, v, cis?.[m]);
    });
    const cm = (0,metrics/* confusionMatrix */.gM)(y, pred, { labels: codes });
    block.confusion_matrix = { labels: ctx.classes, counts: cm.counts };
    return block;
}
async function regressionBlock(y, pred, boot) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    await fill(block, (0,metrics/* regressionEvaluation */.yv)(y, pred), (0,metrics/* metricsForTask */.uS)('regression').map((m) => m.name), boot);
    return block;
}

;// CONCATENATED MODULE: ../../../../shared/model/task-blocks.ts





function prepareTask(task, data, settings) {
    const { file, score, scoreClassTexts, threshold, boot } = settings;
    const options = { posLabel: settings.posLabel };
    const n = data.rows;
    let classification;
    let scoreClassesOut;
    let blockFor;
    let exampleFields;
    let fairness;
    if (task === 'regression') {
        const y = data.yNum;
        const p = data.predNum;
        blockFor = (rows) => regressionBlock(rows ? pickF64(y, rows) : y, rows ? pickF64(p, rows) : p, boot);
        fairness = () => ({ kind: 'regression', outcome: { y, pred: p } });
        exampleFields = [
            { key: 'label', kind: 'number', values: y },
            { key: 'prediction', kind: 'number', values: p },
        ];
    }
    else {
        // Classes: score classes when given, plus every label and prediction seen.
        const texts = [...data.dict.texts];
        for (const c of scoreClassTexts)
            if (!texts.includes(c))
                texts.push(c);
        if (task === 'binary') {
            const { labels } = typedLabels(texts);
            const typed = (t) => (texts.every(isNumericText) ? +t : t);
            let pos;
            if (options.posLabel !== undefined)
                pos = labelText(options.posLabel) ?? options.posLabel;
            else if (texts.every((t) => t === '0' || t === '1' || t === '-1'))
                pos = '1';
            else if (texts.every(isNumericText))
                pos = String(labels[labels.length - 1]);
            else if (texts.every((t) => t === 'true' || t === 'false'))
                pos = 'true';
            else {
                throw new errors/* UsageError */.eb(`cannot tell the positive class among ${texts.join(', ')}`, { hint: (o) => `pass ${o.option('pos-label')}` });
            }
            if (texts.length > 2) {
                throw new errors/* InputError */.dz(`a binary task, but the label and prediction columns hold ${texts.length} classes: ${labels.map(String).join(', ')}`, {
                    location: { file },
                    hint: (o) => `use ${o.setting('task', 'multiclass')}, or map the labels to two classes`,
                });
            }
            if (texts.length === 2 && !texts.includes(pos)) {
                throw new errors/* UsageError */.eb((o) => `${o.setting('pos-label', pos)} is not one of the classes ${texts.join(', ')}`);
            }
            const negText = texts.find((t) => t !== pos);
            const neg = negText !== undefined ? typed(negText) : isNumericText(pos) ? (pos === '1' ? 0 : -1) : `not ${pos}`;
            const posTyped = isNumericText(pos) && (negText === undefined || isNumericText(negText)) ? +pos : pos;
            const posCode = data.dict.get(pos) ?? -1;
            const yc = data.yCode;
            const y = new Uint8Array(n);
            for (let i = 0; i < n; i++)
                y[i] = yc[i] === posCode ? 1 : 0;
            let pScore;
            if (score.length === 1)
                pScore = data.scores[0];
            else if (score.length === 2) {
                const k = scoreClassTexts.indexOf(pos);
                if (k < 0)
                    throw new errors/* UsageError */.eb(`no score column for the positive class ${pos} (score columns are for ${scoreClassTexts.join(', ')})`, { hint: (o) => `fix ${o.option('classes')} or ${o.option('pos-label')}` });
                pScore = data.scores[k];
            }
            let predPos;
            if (data.predCode) {
                predPos = new Uint8Array(n);
                const pc = data.predCode;
                for (let i = 0; i < n; i++)
                    predPos[i] = pc[i] === posCode ? 1 : 0;
            }
            const ctx = { threshold, labels: { neg, pos: posTyped }, boot };
            fairness = () => {
                // The label metrics' predictions: the prediction column, else score > threshold (strict).
                let pred = predPos;
                if (!pred) {
                    pred = new Uint8Array(n);
                    for (let i = 0; i < n; i++)
                        pred[i] = pScore[i] > threshold ? 1 : 0;
                }
                return { kind: 'classification', outcomes: [{ positiveClass: posTyped, y, pred, score: pScore }] };
            };
            blockFor = (rows) => {
                const pick8 = (a) => (rows ? Uint8Array.from(rows, (r) => a[r]) : a);
                return binaryBlock(pick8(y), pScore && (rows ? pickF64(pScore, rows) : pScore), predPos && pick8(predPos), ctx);
            };
            classification = {
                classes: [neg, posTyped].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1)),
                pos_label: posTyped,
                threshold: predPos ? null : threshold,
                predicted_from: predPos ? 'prediction' : 'threshold',
                ece_bins: metrics/* ECE_DEFAULT_BINS */.DJ,
            };
            if (score.length === 2)
                scoreClassesOut = scoreClassTexts.map(typed);
            const labelJson = data.dict.texts.map((t) => JSON.stringify(typed(t)));
            exampleFields = [{ key: 'label', kind: 'coded', codes: yc, json: labelJson }];
            if (data.predCode)
                exampleFields.push({ key: 'prediction', kind: 'coded', codes: data.predCode, json: labelJson });
            if (pScore)
                exampleFields.push({ key: 'score', kind: 'number', values: pScore });
        }
        else {
            const { labels: classes, order } = typedLabels(texts);
            // dictionary code → sorted class index
            const toClass = new Int32Array(texts.length);
            order.forEach((textIndex, classIndex) => (toClass[textIndex] = classIndex));
            const dictToClass = data.dict.texts.map((t) => toClass[texts.indexOf(t)]);
            const yc = data.yCode;
            const y = new Int32Array(n);
            for (let i = 0; i < n; i++)
                y[i] = dictToClass[yc[i]];
            const k = classes.length;
            let proba;
            if (score.length > 0) {
                if (k !== score.length) {
                    throw new errors/* InputError */.dz(`predictions name classes without a score column: ${texts.filter((t) => !scoreClassTexts.includes(t)).join(', ')}`, {
                        location: { file },
                        hint: (o) => `give one ${o.option('score')} column per class`,
                    });
                }
                proba = new Float64Array(n * k);
                score.forEach((_, j) => {
                    const c = toClass[texts.indexOf(scoreClassTexts[j])];
                    const col = data.scores[j];
                    for (let i = 0; i < n; i++)
                        proba[i * k + c] = col[i];
                });
            }
            let pred;
            if (data.predCode) {
                pred = new Int32Array(n);
                const pc = data.predCode;
                for (let i = 0; i < n; i++)
                    pred[i] = dictToClass[pc[i]];
            }
            else
                pred = argmaxClasses(proba, n, k);
            blockFor = (rows) => {
                if (!rows)
                    return multiclassBlock(y, pred, proba, { classes, boot });
                let sub;
                if (proba) {
                    sub = new Float64Array(rows.length * k);
                    rows.forEach((r, i) => sub.set(proba.subarray(r * k, (r + 1) * k), i * k));
                }
                return multiclassBlock(pickI32(y, rows), pickI32(pred, rows), sub, { classes, boot });
            };
            classification = { classes, pos_label: null, threshold: null, predicted_from: data.predCode ? 'prediction' : 'argmax', ece_bins: metrics/* ECE_DEFAULT_BINS */.DJ };
            fairness = () => oneVsRestOutcomes(classes, y, pred, proba);
            if (score.length > 0)
                scoreClassesOut = scoreClassTexts.map((t) => classes[toClass[texts.indexOf(t)]]);
            const classJson = classes.map((c) => JSON.stringify(c));
            exampleFields = [
                { key: 'label', kind: 'coded', codes: y, json: classJson },
                { key: 'prediction', kind: 'coded', codes: pred, json: classJson },
            ];
            if (proba)
                exampleFields.push({ key: 'scores', kind: 'vector', values: proba, width: k });
        }
    }
    return { blockFor, exampleFields, classification, scoreClasses: scoreClassesOut, fairness: fairness };
}
/** scikit-learn's predict: classes_[argmax(proba)] per row (row-major, k per row), the first maximum on ties. */
function argmaxClasses(proba, n, k) {
    const pred = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        let best = 0;
        for (let j = 1; j < k; j++)
            if (proba[i * k + j] > proba[i * k + best])
                best = j;
        pred[i] = best;
    }
    return pred;
}

;// CONCATENATED MODULE: ../../../../shared/drift/fairness-check.ts







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
    if (values/* defaultNullTokens */.$N.isMissing(v))
        return undefined;
    const x = typeof v === 'number' ? v : (0,values/* toNumber */.Ro)(v);
    if (x === undefined || !Number.isFinite(x)) {
        throw new errors/* InputError */.dz(`${prefix}fairness ${what} value ${JSON.stringify((0,values/* toText */.fE)(v))} is not a finite number`, { location: where(), hint: 'task regression reads numeric targets and predictions' });
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
    dict = new Dictionary();
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
        this.sensitive = config.sensitive.map((column) => ({ column, dict: new Dictionary(), codes: new Growing('i32'), missing: 0 }));
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
            const t = labelText(label(r));
            if (t === undefined) {
                this.missingLabel++;
                continue;
            }
            let p = -1;
            let x = Number.NaN;
            if (c.prediction !== undefined) {
                const pt = labelText(pred(r));
                if (pt !== undefined)
                    p = this.dict.code(pt);
            }
            if (c.score !== undefined) {
                const v = score(r);
                if (!values/* defaultNullTokens */.$N.isMissing(v)) {
                    const num = typeof v === 'number' ? v : (0,values/* toNumber */.Ro)(v);
                    if (num === undefined || !(num >= 0 && num <= 1)) {
                        throw new errors/* InputError */.dz(`${this.prefix()}fairness score column "${c.score}" value ${JSON.stringify((0,values/* toText */.fE)(v))} is not a probability in [0, 1]`, {
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
            if (values/* defaultNullTokens */.$N.isMissing(v)) {
                s.codes.push(-1);
                s.missing++;
                return;
            }
            s.codes.push(s.dict.code((0,values/* toText */.fE)(v)));
            if (s.dict.texts.length > MAX_GROUPS) {
                throw new errors/* InputError */.dz(`${this.prefix()}sensitive column "${s.column}" has more than ${MAX_GROUPS} distinct values`, {
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
        const close = absent.map(([name]) => [name, (0,yaml_source/* closestMatch */.h0)(name, this.seenOrder)]).filter(([, m]) => m !== undefined);
        throw new errors/* InputError */.dz(`${this.prefix()}the fairness check needs column${absent.length === 1 ? '' : 's'} ${list}, which this source does not have (its columns: ${shown || 'none'})`, {
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
        throw new errors/* InputError */.dz(`fairness: the label and prediction columns hold ${texts.length} classes (${texts.slice(0, 10).join(', ')}${texts.length > 10 ? ', …' : ''}); task binary has two`, {
            hint: `set ${key}.task: multiclass (each class one-vs-rest), or map the outcome to two classes in the production data`,
        });
    }
    if (config.positive !== undefined) {
        const pos = labelText(String(config.positive)) ?? String(config.positive);
        if (texts.length === 2 && !texts.includes(pos))
            throw new errors/* UsageError */.eb(`${key}.positive ${JSON.stringify(pos)} is not one of the classes ${texts.join(', ')}`, { hint: 'set positive to the favourable-or-flagged outcome as the data spells it' });
        return;
    }
    if (texts.every((t) => t === '0' || t === '1' || t === '-1') || texts.every(isNumericText) || texts.every((t) => t === 'true' || t === 'false'))
        return;
    throw new errors/* UsageError */.eb(`fairness: cannot tell the positive class among ${texts.join(', ')}`, { hint: `set ${key}.positive` });
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
    const boot = config.resamples === 0 ? null : { resamples: config.resamples ?? metrics/* DEFAULT_PAIRED_RESAMPLES */.DN, confidence: metrics/* DEFAULT_CONFIDENCE */.FH, seed: metrics/* DEFAULT_SEED */.KP };
    const minGroupSize = config.min_group_size ?? FAIRNESS_DEFAULT_MIN_GROUP_SIZE;
    const threshold = config.threshold ?? FAIRNESS_DEFAULT_THRESHOLD;
    let section = { min_group_size: minGroupSize, columns: [] };
    let positive = null;
    const regression = config.task === 'regression';
    if (data.rows > 0) {
        if (!regression)
            checkClasses(data.dict.texts, config, model);
        const prepared = prepareTask(regression ? 'regression' : config.task === 'multiclass' ? 'multiclass' : 'binary', data, {
            file: 'the production data',
            score: config.score !== undefined ? [config.score] : [],
            scoreClassTexts: [],
            threshold,
            posLabel: config.positive === undefined ? undefined : String(config.positive),
            boot,
        });
        positive = prepared.classification?.pos_label ?? null;
        section = fairnessSection(prepared.fairness(), (data.sensitive ?? []).map((s) => ({ column: s.column, values: s.dict.texts, codes: s.codes })), { minGroupSize, boot });
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
