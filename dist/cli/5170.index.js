export const id = 5170;
export const ids = [5170];
export const modules = {

/***/ 6276:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ compareReports)
});

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/model/metrics/index.ts + 4 modules
var model_metrics = __webpack_require__(3868);
// EXTERNAL MODULE: ../../../../shared/formats/comparison-format.ts + 1 modules
var comparison_format = __webpack_require__(9793);
// EXTERNAL MODULE: ../../../../shared/compare/rules.ts
var compare_rules = __webpack_require__(4267);
// EXTERNAL MODULE: ../../../../shared/compare/significance.ts
var significance = __webpack_require__(5779);
// EXTERNAL MODULE: ../../../../shared/compare/examples-pairing.ts
var examples_pairing = __webpack_require__(272);
// EXTERNAL MODULE: ../../../../shared/model/fairness-rates.ts
var fairness_rates = __webpack_require__(7131);
// EXTERNAL MODULE: ../../../../shared/model/fairness.ts
var fairness = __webpack_require__(697);
// EXTERNAL MODULE: ../../../../shared/model/task-blocks.ts
var task_blocks = __webpack_require__(2936);
;// CONCATENATED MODULE: ../../../../shared/compare/fairness-deltas.ts




/** One outcome of one sensitive column: the key compare pairs head and baseline outcomes by. */
const fairnessOutcomeKey = (column, positiveClass) => JSON.stringify([column, positiveClass]);
const textOf = (l) => JSON.stringify(l);
/** A side's fairness outcomes from its per-example rows, as evaluate computed them; or why not. */
function outcomesFromRows(report, rows, labels) {
    const n = labels.length;
    if (report.task === 'regression') {
        if (!(rows.predictions instanceof Float64Array))
            return 'its per-example file has no numeric predictions';
        return { kind: 'regression', outcome: { y: Float64Array.from(labels), pred: rows.predictions } };
    }
    const cls = report.classification;
    if (!cls || (report.task !== 'binary' && report.task !== 'multiclass'))
        return 'the report is not a binary, multiclass or regression evaluation of predictions';
    if (report.task === 'binary') {
        const pos = textOf(cls.pos_label);
        const y = Uint8Array.from(labels, (l) => (textOf(l) === pos ? 1 : 0));
        let pred;
        if (cls.predicted_from === 'prediction') {
            if (!rows.predictions)
                return 'its per-example file has no predictions';
            pred = Uint8Array.from(rows.predictions, (p) => (textOf(p) === pos ? 1 : 0));
        }
        else {
            if (!rows.score)
                return 'its per-example file has no scores';
            const threshold = cls.threshold ?? 0.5;
            pred = Uint8Array.from(rows.score, (s) => (s > threshold ? 1 : 0));
        }
        return { kind: 'classification', outcomes: [{ positiveClass: cls.pos_label, y, pred, score: rows.score }] };
    }
    const classes = cls.classes;
    const k = classes.length;
    const index = new Map(classes.map((c, i) => [textOf(c), i]));
    const y = Int32Array.from(labels, (l) => index.get(textOf(l)) ?? -1);
    const proba = rows.scores && rows.width === k ? rows.scores : undefined;
    let pred;
    if (rows.predictions)
        pred = Int32Array.from(rows.predictions, (p) => index.get(textOf(p)) ?? -1);
    else if (proba)
        pred = (0,task_blocks/* argmaxClasses */.J)(proba, n, k); // as evaluate
    else
        return 'its per-example file has no predictions';
    return (0,fairness/* oneVsRestOutcomes */.ZX)(classes, y, pred, proba);
}
/** A column's values as fairness.ts reads them: codes into the distinct texts, −1 for missing. */
function sensitiveColumn(column, values) {
    const dict = new Map();
    const texts = [];
    const codes = new Int32Array(values.length);
    values.forEach((v, i) => {
        if (v === null) {
            codes[i] = -1;
            return;
        }
        let c = dict.get(v);
        if (c === undefined) {
            c = texts.length;
            dict.set(v, c);
            texts.push(v);
        }
        codes[i] = c;
    });
    return { column, values: texts, codes };
}
/** The first id whose value of `column` differs between the files, or undefined. */
function firstDifference(paired, h, b) {
    for (let i = 0; i < h.length; i++) {
        if (h[i] !== b[i])
            return `id ${JSON.stringify(paired.ids[i])} has ${JSON.stringify(h[i])} in the head's per-example file but ${JSON.stringify(b[i])} in the baseline's`;
    }
    return undefined;
}
/** Above this many cells, or more than half the rows, the resamples read the rows directly. */
const MAX_CELLS = 1 << 16;
function rowPatterns(ho, bo) {
    const k = ho.outcomes.length;
    if (bo.outcomes.length !== k || k === 0)
        return undefined;
    const n = ho.outcomes[0].y.length;
    const binary = k === 1;
    const v = binary ? 2 : k + 1;
    const count = v * v * v;
    const valueOf = (ys, i) => {
        if (binary)
            return ys[0][i];
        for (let o = 0; o < k; o++)
            if (ys[o][i])
                return o;
        return k;
    };
    const labels = ho.outcomes.map((o) => o.y);
    const hp = ho.outcomes.map((o) => o.pred);
    const bp = bo.outcomes.map((o) => o.pred);
    const rows = new Int32Array(n);
    for (let i = 0; i < n; i++)
        rows[i] = (valueOf(labels, i) * v + valueOf(hp, i)) * v + valueOf(bp, i);
    const finish = (cells, groups) => {
        const head = new Float64Array(k * groups * fairness_rates/* CLASS_STATS */.pF);
        const base = new Float64Array(k * groups * fairness_rates/* CLASS_STATS */.pF);
        for (let c = 0; c < cells.length; c++) {
            const m = cells[c];
            if (m === 0)
                continue;
            const b = c % v;
            const h = Math.floor(c / v) % v;
            const y = Math.floor(c / (v * v)) % v;
            const g = Math.floor(c / count);
            for (let o = 0; o < k; o++) {
                const yi = binary ? y : y === o ? 1 : 0;
                const at = (o * groups + g) * fairness_rates/* CLASS_STATS */.pF;
                const ph = binary ? h : h === o ? 1 : 0;
                const pb = binary ? b : b === o ? 1 : 0;
                head[at] += m;
                head[at + 1] += m * yi;
                head[at + 2] += m * ph;
                head[at + 3] += m * (yi & ph);
                head[at + 4] += m * (ph & (1 - yi));
                base[at] += m;
                base[at + 1] += m * yi;
                base[at + 2] += m * pb;
                base[at + 3] += m * (yi & pb);
                base[at + 4] += m * (pb & (1 - yi));
            }
        }
        return [head, base];
    };
    return { v, count, rows, finish };
}
/**
 * Every column's cell counts of one resample from one pass over the rows: the rows are keyed by
 * (group of each column, pattern) jointly when that key space is small (one pass for all columns,
 * then each column's counts summed from the joint ones), else per column (one pass each).
 * Undefined when neither pays (more cells than half the rows).
 */
function cellCounter(patterns, columns) {
    const n = patterns.rows.length;
    const P = patterns.count;
    const fits = (cells) => cells <= MAX_CELLS && cells * 2 <= n;
    let joint = P;
    for (const c of columns)
        joint *= c.groups;
    if (fits(joint)) {
        const key = Int32Array.from(patterns.rows);
        let stride = P;
        for (const c of columns) {
            for (let i = 0; i < n; i++)
                key[i] += c.codes[i] * stride;
            stride *= c.groups;
        }
        const counts = new Float64Array(joint);
        return (w) => {
            counts.fill(0);
            for (let i = 0; i < n; i++)
                counts[key[i]] += w[i];
            const out = columns.map((c) => new Float64Array(c.groups * P));
            for (let j = 0; j < joint; j++) {
                const m = counts[j];
                if (m === 0)
                    continue;
                const pattern = j % P;
                let rest = Math.floor(j / P);
                columns.forEach((c, ci) => {
                    const g = rest % c.groups;
                    rest = Math.floor(rest / c.groups);
                    out[ci][g * P + pattern] += m;
                });
            }
            return out;
        };
    }
    if (!columns.every((c) => fits(c.groups * P)))
        return undefined;
    const keys = columns.map((c) => Int32Array.from(patterns.rows, (p, i) => c.codes[i] * P + p));
    return (w) => keys.map((key, ci) => {
        const counts = new Float64Array(columns[ci].groups * P);
        for (let i = 0; i < n; i++)
            counts[key[i]] += w[i];
        return counts;
    });
}
const sameValue = (a, b) => a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
/** Paired CIs of every fairness summary delta both reports have; see the module comment. */
function fairnessDeltas(head, base, paired, settings) {
    const out = { intervals: new Map(), notTested: new Map() };
    const hf = head.fairness;
    const bf = base.fairness;
    if (!hf || !bf)
        return out;
    const baseColumns = new Map(bf.columns.map((c) => [c.column, c]));
    const columns = hf.columns.filter((c) => baseColumns.has(c.column));
    if (columns.length === 0)
        return out;
    const ho = outcomesFromRows(head, paired.head, paired.labels);
    const bo = outcomesFromRows(base, paired.base, paired.labels);
    if (typeof ho === 'string' || typeof bo === 'string') {
        const why = typeof ho === 'string' ? `head: ${ho}` : `baseline: ${bo}`;
        for (const c of columns)
            out.notTested.set(c.column, why);
        return out;
    }
    const plans = [];
    for (const c of columns) {
        const hv = paired.head.sensitive?.get(c.column);
        const bv = paired.base.sensitive?.get(c.column);
        if (!hv || !bv) {
            const which = !hv && !bv ? 'neither per-example file has' : !hv ? "the head's per-example file does not have" : "the baseline's per-example file does not have";
            out.notTested.set(c.column, `${which} the column's values (written before evaluate kept the sensitive columns in it); re-run evaluate with --sensitive to test the deltas`);
            continue;
        }
        const differs = firstDifference(paired, hv, bv);
        if (differs) {
            out.notTested.set(c.column, `the two evaluations grouped rows differently: ${differs}`);
            continue;
        }
        const col = sensitiveColumn(c.column, hv);
        const headPlan = (0,fairness/* fairnessColumnPlan */.Vu)(ho, col, { minGroupSize: hf.min_group_size, boot: null }, 'h');
        const basePlan = (0,fairness/* fairnessColumnPlan */.Vu)(bo, col, { minGroupSize: bf.min_group_size, boot: null }, 'b');
        const headFull = headPlan.summarize();
        const baseFull = basePlan.summarize();
        const jobs = [];
        let mismatch;
        const baseIndex = new Map((bo.kind === 'classification' ? bo.outcomes.map((o) => textOf(o.positiveClass)) : ['null']).map((k, i) => [k, i]));
        headPlan.plan.outcomes.forEach((hp, oi) => {
            const positive = ho.kind === 'classification' ? ho.outcomes[oi].positiveClass : null;
            const bi = baseIndex.get(textOf(positive));
            if (bi === undefined)
                return;
            const bp = basePlan.plan.outcomes[bi];
            const reportHead = c.outcomes.find((o) => (o.kind === 'classification' ? textOf(o.positive_class) : 'null') === textOf(positive));
            const reportBase = baseColumns.get(c.column).outcomes.find((o) => (o.kind === 'classification' ? textOf(o.positive_class) : 'null') === textOf(positive));
            for (const s of hp.summaries) {
                const t = bp.summaries.find((x) => x.name === s.name);
                if (s.key === undefined || t?.key === undefined)
                    continue;
                const headFinish = headPlan.plan.finishers[s.key];
                const baseFinish = basePlan.plan.finishers[t.key];
                const hVal = headFinish(headFull);
                const bVal = baseFinish(baseFull);
                // The files must reproduce their reports' values, else the CI would be of something else.
                const rh = reportHead?.summaries[s.name]?.value;
                const rb = reportBase?.summaries[s.name]?.value;
                if (rh === undefined || rb === undefined)
                    continue;
                if (!sameValue(rh, hVal) || !sameValue(rb, bVal)) {
                    mismatch ??= `the per-example files give ${s.name} ${hVal} (head) and ${bVal} (baseline) but the reports ${rh} and ${rb}; re-run evaluate`;
                    continue;
                }
                jobs.push({ key: fairnessOutcomeKey(c.column, positive), name: s.name, head: headFinish, base: baseFinish, estimate: rh - rb, stats: new Float64Array(settings.resamples) });
            }
        });
        if (mismatch) {
            out.notTested.set(c.column, mismatch);
            continue;
        }
        if (jobs.length > 0)
            plans.push({ head: headPlan, base: basePlan, jobs });
    }
    if (plans.length === 0)
        return out;
    // Classification: resamples count draws per group × pattern cell (above); else the rows are read.
    const patterns = ho.kind === 'classification' && bo.kind === 'classification' ? rowPatterns(ho, bo) : undefined;
    const cells = patterns && cellCounter(patterns, plans.map((p) => p.head));
    (0,significance/* forEachPairedResample */.Tq)(paired.rows, settings.resamples, settings.seed, (r, counts) => {
        const perColumn = cells?.(counts);
        plans.forEach((p, pi) => {
            const [hs, bs] = perColumn ? patterns.finish(perColumn[pi], p.head.groups) : [p.head.summarize(counts), p.base.summarize(counts)];
            for (const j of p.jobs)
                j.stats[r] = j.head(hs) - j.base(bs);
        });
    });
    for (const p of plans) {
        for (const j of p.jobs) {
            let perOutcome = out.intervals.get(j.key);
            if (!perOutcome)
                out.intervals.set(j.key, (perOutcome = new Map()));
            perOutcome.set(j.name, (0,significance/* deltaInterval */._G)(j.estimate, j.stats, settings.confidence));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/compare/fairness-compare.ts




const knownDirection = (name) => (Object.hasOwn(fairness_rates/* SUMMARY_DIRECTION */.nJ, name) ? fairness_rates/* SUMMARY_DIRECTION */.nJ[name] : undefined);
/**
 * The plain bounds `max` and `min` (head <= max, head >= min, inclusive with the metric rules'
 * rounding allowance), placed after `present` and `threshold` in the rule results.
 */
function withBounds(name, rule, head, results) {
    const severity = rule.severity ?? 'error';
    const bounds = [];
    for (const kind of ['max', 'min']) {
        const v = rule[kind];
        if (v === undefined)
            continue;
        if (head === undefined) {
            bounds.push({ rule: kind, value: v, bound: null, outcome: 'skipped', severity, message: `${name}: no head value to check` });
            continue;
        }
        const slack = 8 * Number.EPSILON * Math.max(Math.abs(head), Math.abs(v));
        const ok = kind === 'max' ? head <= v + slack : head >= v - slack;
        const op = kind === 'max' ? (ok ? '<=' : '>') : ok ? '>=' : '<';
        bounds.push({ rule: kind, value: v, bound: v, outcome: ok ? 'pass' : 'fail', severity, message: `${name} ${(0,compare_rules/* fmt */.Sc)(head)} ${op} ${kind} ${(0,compare_rules/* fmt */.Sc)(v)}` });
    }
    if (bounds.length === 0)
        return results;
    const at = results.filter((r) => r.rule === 'present' || r.rule === 'threshold').length;
    return [...results.slice(0, at), ...bounds, ...results.slice(at)];
}
function compareSummary(name, head, base, rule, ctx) {
    const reported = head?.direction ?? base?.direction ?? knownDirection(name);
    const direction = rule ? (0,compare_rules/* requireDirection */.Nm)(name, ctx.where, rule.direction, reported) : (reported ?? null);
    const h = head?.value;
    const b = base?.value;
    const rules = rule ? withBounds(name, rule, h, (0,compare_rules/* evaluateRules */.F0)({ name, rule, direction: direction, head: h, baseline: b, firstRun: ctx.firstRun, noBaselineReason: ctx.noBaselineReason })) : [];
    const delta = h !== undefined && b !== undefined ? h - b : null;
    const ci = delta !== null ? ctx.interval : undefined;
    const deltaCi = ci && !Number.isNaN(ci.lower) ? [ci.lower, ci.upper] : null;
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
        p_value: null,
        test: null,
        label: (0,significance/* deltaLabel */.R4)(deltaCi, direction),
        rules,
        status: (0,compare_rules/* statusOf */.c2)(rules),
    };
}
const positiveOf = (o) => (o.kind === 'classification' ? o.positive_class : null);
const outcomeKey = (column, o) => JSON.stringify([column, o.kind, positiveOf(o)]);
function names(...maps) {
    const out = new Set();
    for (const m of maps)
        for (const k of Object.keys(m ?? {}))
            out.add(k);
    return [...out];
}
/** The fairness comparisons and their gate; undefined when neither report nor the rules mention fairness. */
function compareFairness(head, baseline, rules, firstRun, pairing = { reason: 'no paired per-example data' }) {
    const configured = rules ?? {};
    if (!head.fairness && !baseline?.fairness && Object.keys(configured).length === 0)
        return undefined;
    const rulesOf = (column) => (Object.hasOwn(configured, column) ? configured[column] : undefined);
    const baseOutcomes = new Map();
    for (const c of baseline?.fairness?.columns ?? [])
        for (const o of c.outcomes)
            baseOutcomes.set(outcomeKey(c.column, o), o);
    const out = { fairness: [], rules: [], failures: [], missingFailed: 0, missingWarned: 0 };
    const seen = new Set();
    const headColumns = new Set();
    for (const c of head.fairness?.columns ?? []) {
        headColumns.add(c.column);
        const columnRules = rulesOf(c.column);
        for (const o of c.outcomes) {
            const key = outcomeKey(c.column, o);
            seen.add(key);
            const b = baseOutcomes.get(key);
            const noBase = b ? 'not in the baseline report' : baseline?.fairness ? 'this fairness outcome is not in the baseline report' : 'the baseline report has no fairness section';
            const cls = c.outcomes.length > 1 && o.kind === 'classification' ? ` (class ${String(o.positive_class)})` : '';
            const intervals = 'deltas' in pairing ? pairing.deltas.intervals.get(fairnessOutcomeKey(c.column, positiveOf(o))) : undefined;
            const summaries = names(o.summaries, b?.summaries, columnRules).map((name) => compareSummary(name, Object.hasOwn(o.summaries, name) ? o.summaries[name] : undefined, b && Object.hasOwn(b.summaries, name) ? b.summaries[name] : undefined, columnRules?.[name], {
                where: `fairness rule for ${name} of sensitive column ${c.column}`,
                firstRun,
                noBaselineReason: noBase,
                interval: intervals?.get(name),
            }));
            const results = summaries.flatMap((m) => m.rules);
            out.rules.push(...results);
            for (const r of results)
                if (r.outcome === 'fail')
                    out.failures.push(`${r.severity === 'warn' ? 'warning: ' : ''}fairness ${c.column}${cls}: ${r.message}`);
            const notTested = summaries.some((m) => m.delta_ci !== null)
                ? null
                : 'reason' in pairing
                    ? pairing.reason
                    : (pairing.deltas.notTested.get(c.column) ?? (b ? 'no summary is defined in both reports' : noBase));
            out.fairness.push({ column: c.column, positive_class: positiveOf(o), skipped: null, summaries, status: (0,compare_rules/* statusOf */.c2)(results), delta_not_tested: notTested });
        }
    }
    for (const c of baseline?.fairness?.columns ?? []) {
        for (const o of c.outcomes) {
            if (seen.has(outcomeKey(c.column, o)))
                continue;
            const summaries = names(o.summaries).map((name) => compareSummary(name, undefined, o.summaries[name], undefined, { where: '', firstRun, noBaselineReason: '' }));
            out.fairness.push({ column: c.column, positive_class: positiveOf(o), skipped: 'only in the baseline report', summaries, status: 'none' });
        }
    }
    for (const [column, r] of Object.entries(configured)) {
        for (const [name, rule] of Object.entries(r)) {
            if (rule)
                (0,compare_rules/* requireDirection */.Nm)(name, `fairness rule for ${name} of sensitive column ${column}`, rule.direction, knownDirection(name));
        }
        const defined = Object.values(r).filter((x) => x !== undefined);
        if (headColumns.has(column) || defined.length === 0)
            continue;
        const severe = defined.some((x) => (x.severity ?? 'error') === 'error');
        if (severe)
            out.missingFailed++;
        else
            out.missingWarned++;
        out.failures.push(`${severe ? '' : 'warning: '}fairness ${column}: the head report has no fairness section on it (evaluate with --sensitive ${column})`);
        out.fairness.push({ column, positive_class: null, skipped: `the head report has no fairness section on this column (evaluate with --sensitive ${column})`, summaries: [], status: severe ? 'fail' : 'warn' });
    }
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/compare/compare.ts
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
const isRegistryMetric = (name, task) => task !== null && name in model_metrics/* METRICS */.Cb && model_metrics/* METRICS */.Cb[name].tasks.includes(task);
function compareMetric(name, head, base, rule, ctx) {
    const reported = head?.direction ?? base?.direction;
    const direction = rule ? (0,compare_rules/* requireDirection */.Nm)(name, ctx.where, rule.direction, reported) : ((0,compare_rules/* directionOf */.FR)(name, undefined, reported) ?? null);
    const h = head?.value;
    const b = base?.value;
    const rules = rule
        ? (0,compare_rules/* evaluateRules */.F0)({ name, rule, direction: direction, head: h, baseline: b, firstRun: ctx.firstRun, noBaselineReason: ctx.noBaselineReason })
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
        label: (0,significance/* deltaLabel */.R4)(deltaCi, direction),
        rules,
        status: (0,compare_rules/* statusOf */.c2)(rules),
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
    const models = (0,examples_pairing/* pairedModels */.YU)(head, base, paired);
    const names = Object.keys(head.metrics).filter((n) => n in base.metrics && isRegistryMetric(n, head.task));
    const ci = (0,significance/* pairedBootstrapDeltas */.t)(models.head, models.base, names, { resamples: s.resamples, confidence: s.confidence, seed: s.seed });
    const tests = {};
    if (names.includes('accuracy') && models.head.correct && models.base.correct) {
        const t = (0,significance/* mcnemarTest */.eq)(models.head.correct, models.base.correct);
        tests.accuracy = { name: 'mcnemar', method: t.method, statistic: t.statistic, p_value: t.pValue, significant: t.pValue < s.alpha, details: { b: t.b, c: t.c } };
    }
    if (head.task === 'binary' && names.includes('roc_auc') && models.head.score && models.base.score && models.head.positive) {
        const t = (0,significance/* delongTest */.Cc)(models.head.positive, models.head.score, models.base.score);
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
        throw new errors/* InputError */.dz(`the config says task ${config.task} but the head report is a ${head.task} evaluation`, { location: options.headFile ? { file: options.headFile } : undefined, hint: 'fix task under the model in mlops.yaml' });
    }
    const metricRules = config?.metrics ?? {};
    const sliceRules = config?.slices ?? {};
    const configured = Object.keys(metricRules).length > 0 || Object.keys(sliceRules).length > 0 || Object.keys(config?.fairness ?? {}).length > 0;
    const sig = {
        resamples: options.significance?.resamples ?? config?.significance?.resamples ?? model_metrics/* DEFAULT_PAIRED_RESAMPLES */.DN,
        confidence: options.significance?.confidence ?? config?.significance?.confidence ?? model_metrics/* DEFAULT_CONFIDENCE */.FH,
        alpha: options.significance?.alpha ?? config?.significance?.alpha ?? significance/* DEFAULT_ALPHA */.pO,
        seed: options.significance?.seed ?? config?.significance?.seed ?? model_metrics/* DEFAULT_SEED */.KP,
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
        slices.push({ column: s.column, value: s.value, head_rows: s.rows, baseline_rows: b?.rows ?? null, skipped: tooSmall, metrics: ms, status: (0,compare_rules/* statusOf */.c2)(ms.flatMap((m) => m.rules)) });
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
            (0,compare_rules/* requireDirection */.Nm)(name, `rule for metric ${name} of slice column ${column}`, r.direction);
        if (head.slices.some((s) => s.column === column) || head.skipped_slices.some((s) => s.column === column))
            continue;
        missingColumns.push(column);
        const severe = Object.values(rule.metrics ?? {}).some((r) => (r.severity ?? 'error') === 'error');
        slices.push({ column, value: null, head_rows: null, baseline_rows: null, skipped: null, metrics: [], status: severe ? 'fail' : 'warn' });
    }
    // Fairness summaries (evaluate --sensitive) under the fairness: rules (fairness-compare.ts).
    const fairness = compareFairness(head, baseline, config?.fairness, firstRun, data && baseline && options.paired ? { deltas: fairnessDeltas(head, baseline, options.paired, sig) } : { reason: reason ?? 'not tested' });
    const all = [...metrics.flatMap((m) => m.rules), ...slices.flatMap((s) => s.metrics.flatMap((m) => m.rules)), ...(fairness?.rules ?? [])];
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
    if (fairness) {
        failures.push(...fairness.failures);
        failed += fairness.missingFailed;
        warned += fairness.missingWarned;
    }
    if (!configured)
        warnings.push('no gate rules are configured: this comparison reports only');
    return {
        schema: comparison_format/* COMPARISON_SCHEMA */.GX,
        model: options.model ?? null,
        head: refOf(head, options.headFile),
        baseline: baseline ? refOf(baseline, options.baselineFile) : null,
        verdict: !configured ? 'report-only' : failed > 0 ? 'fail' : 'pass',
        gate: {
            configured,
            first_run: firstRun,
            rules: all.length + missingColumns.length + (fairness ? fairness.missingFailed + fairness.missingWarned : 0),
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
        ...(fairness ? { fairness: fairness.fairness } : {}),
    };
}


/***/ }),

/***/ 272:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
/* harmony import */ var _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3868);
/**
 * Per-example files of two evaluation reports (shared/formats/examples-file.ts writes them), read and
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
    const sensitive = new Map();
    const sensitiveOrder = [];
    const sensitiveLists = [];
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
            if ('sensitive' in o) {
                const v = o.sensitive;
                if (v === null || typeof v !== 'object' || Array.isArray(v))
                    throw fail('"sensitive" is not an object', lineNo);
                // Every row names the same columns in the same order: the previous row's lists, by position.
                let j = 0;
                for (const column in v) {
                    const x = v[column];
                    if (x !== null && typeof x !== 'string')
                        throw fail(`"sensitive" value of ${JSON.stringify(column)} is not text or null`, lineNo);
                    let values = sensitiveOrder[j] === column ? sensitiveLists[j] : undefined;
                    if (!values) {
                        values = sensitive.get(column);
                        if (!values)
                            sensitive.set(column, (values = []));
                        sensitiveOrder[j] = column;
                        sensitiveLists[j] = values;
                    }
                    values.push(x);
                    j++;
                }
            }
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
    for (const [column, values] of sensitive)
        if (values.length !== n)
            throw fail(`"sensitive" has ${JSON.stringify(column)} on ${values.length} of ${n} rows`);
    if (sensitive.size > 0)
        rows.sensitive = sensitive;
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
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`id ${JSON.stringify(id)} occurs twice`, { location: { file: base.file }, hint: (o) => `evaluate with ${o.option('id')} naming a unique column` });
        index.set(id, i);
    });
    const order = new Uint32Array(head.ids.length);
    const seen = new Set();
    const onlyHead = [];
    head.ids.forEach((id, i) => {
        if (seen.has(id))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`id ${JSON.stringify(id)} occurs twice`, { location: { file: head.file }, hint: (o) => `evaluate with ${o.option('id')} naming a unique column` });
        seen.add(id);
        const j = index.get(id);
        if (j === undefined)
            onlyHead.push(id);
        else
            order[i] = j;
    });
    const onlyBase = base.ids.filter((id) => !seen.has(id));
    if (onlyHead.length || onlyBase.length) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`the head and baseline were evaluated on different rows: ${onlyHead.length} ids only in the head (${preview(onlyHead) || 'none'}), ${onlyBase.length} only in the baseline (${preview(onlyBase) || 'none'})`, { location: { file: head.file }, hint: (o) => `evaluate both models on the same rows (same file, same ${o.option('id')} column), or compare without per-example data` });
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
        sensitive: base.sensitive && new Map([...base.sensitive].map(([column, values]) => [column, permute(values, order)])),
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
        // The report's ECE bin count, so the paired ECE is the metric the report shows (evaluate's default is 15).
        const eceBins = cls.ece_bins;
        const scoreEval = rows.score ? (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_6__/* .binaryEvaluation */ .MY)(positive, rows.score, { posLabel: 1, threshold, eceBins }) : undefined;
        const labelEval = predPos ? (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_6__/* .binaryEvaluation */ .MY)(positive, Float64Array.from(predPos), { posLabel: 1, threshold: 0.5, eceBins }) : scoreEval;
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
    const e = (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_6__/* .multiclassEvaluation */ .m2)(labels, pred, { proba, classes, eceBins: cls.ece_bins });
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
        const posLabel = (r) => (r.classification ? JSON.stringify(r.classification.pos_label) : 'not recorded (no classification block)');
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`the head's positive class is ${posLabel(head)} but the baseline's ${posLabel(base)}`, {
            hint: (o) => `evaluate both with the same ${o.option('pos-label')}`,
        });
    }
    if (head.task === 'multiclass' && !same(head.classification?.classes, base.classification?.classes)) {
        const classes = (r) => r.classification?.classes.join(', ') ?? 'not recorded: no classification block';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`the head's classes (${classes(head)}) differ from the baseline's (${classes(base)})`, {
            hint: 'evaluate both on the same labelled data',
        });
    }
    return { head: pairedModel(head, paired.head, paired.labels, 'head'), base: pairedModel(base, paired.base, paired.labels, 'baseline') };
}


/***/ }),

/***/ 4267:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ evaluateRules),
/* harmony export */   FR: () => (/* binding */ directionOf),
/* harmony export */   Nm: () => (/* binding */ requireDirection),
/* harmony export */   Sc: () => (/* binding */ fmt),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* unused harmony export ZERO_BASELINE_EPSILON */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7855);
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
    return configured ?? reported ?? (0,_config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__.defaultDirection)(name);
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
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ delongTest),
/* harmony export */   R4: () => (/* binding */ deltaLabel),
/* harmony export */   RV: () => (/* binding */ normalTwoSidedP),
/* harmony export */   Tq: () => (/* binding */ forEachPairedResample),
/* harmony export */   _G: () => (/* binding */ deltaInterval),
/* harmony export */   cd: () => (/* binding */ chiSquare1Sf),
/* harmony export */   eq: () => (/* binding */ mcnemarTest),
/* harmony export */   pO: () => (/* binding */ DEFAULT_ALPHA),
/* harmony export */   t: () => (/* binding */ pairedBootstrapDeltas)
/* harmony export */ });
/* unused harmony exports MCNEMAR_EXACT_BELOW, erfc, mcnemarFromCounts, midranks */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3868);
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
 * The paired bootstrap's resamples in order: resample r's row multiplicities (paired-row order, the
 * array is reused), all drawn from one xoshiro128** stream seeded with `seed` (resampleCounts: n
 * draws of nextIndex(n) each). The metric deltas (below) and the fairness deltas
 * (fairness-deltas.ts) both draw through here, so one seed gives both the same resamples.
 */
function forEachPairedResample(rows, resamples, seed, visit) {
    const rng = new _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .Xoshiro128 */ .yf(seed);
    const counts = new Uint32Array(rows);
    for (let r = 0; r < resamples; r++)
        visit(r, (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resampleCounts */ .Wx)(rng, counts));
}
/**
 * Percentile bootstrap CIs of head − baseline for each metric both models can give. Each resample's
 * row multiplicities are drawn once (resampleCounts: n draws of nextIndex(n), the same stream as
 * drawing indices and copying rows) and applied to both models, so the resample is paired.
 */
function pairedBootstrapDeltas(head, base, metrics, options = {}) {
    const resamples = options.resamples ?? _model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_PAIRED_RESAMPLES */ .DN;
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
    forEachPairedResample(n, resamples, seed, (r, counts) => {
        const summaries = new Map();
        for (const j of jobs)
            j.stats[r] = value(j.name, j.h, counts, summaries) - value(j.name, j.b, counts, summaries);
    });
    const out = {};
    for (const j of jobs)
        out[j.name] = deltaInterval(value(j.name, j.h, undefined, full) - value(j.name, j.b, undefined, full), j.stats, confidence);
    return out;
}
/**
 * The percentile interval of per-resample deltas (NumPy "linear" quantiles), the resamples on which
 * a delta is undefined (NaN) left out and counted.
 */
function deltaInterval(estimate, stats, confidence) {
    const alpha = 1 - confidence;
    const valid = stats.filter((x) => !Number.isNaN(x)).sort();
    return { estimate, lower: (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .quantileSorted */ .Z4)(valid, alpha / 2), upper: (0,_model_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .quantileSorted */ .Z4)(valid, 1 - alpha / 2), invalid: stats.length - valid.length };
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

/***/ 9793:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GX: () => (/* binding */ COMPARISON_SCHEMA),
  D: () => (/* binding */ comparisonSchema)
});

// UNUSED EXPORTS: deltaLabelSchema, fairnessComparisonSchema, metricComparisonSchema, ruleKindSchema, ruleResultSchema, significanceTestSchema, sliceComparisonSchema, statusSchema

// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(1100);
// EXTERNAL MODULE: ../../../../shared/runtime/lazy-schema.ts
var lazy_schema = __webpack_require__(2881);
// EXTERNAL MODULE: ../../../../shared/formats/drift-format.ts
var drift_format = __webpack_require__(5830);
;// CONCATENATED MODULE: ../../../../shared/formats/what-changed-format.ts
/**
 * The "What changed" part of `mlops-actions/comparison@1` (`what_changed`, added within @1: readers
 * of older comparisons find it absent): why the metrics may have moved, from the head's and the
 * baseline's run records (`mlops-actions/run@1`, params, command, input digests, environment) and
 * training-data profiles (`mlops-actions/profile@1`). Built by shared/compare/what-changed.ts,
 * rendered by shared/report/what-changed-section.ts, documented in docs/compare.md ("What changed").
 *
 * Values a person wrote (params, paths, column names) are data: stored as strings and escaped when
 * rendered. A long param value is kept shortened, with the SHA-256 of the whole value.
 */



const what_changed_format_schemas = (0,lazy_schema/* once */.Oo)(() => {
    /** A param value as JSON text; `sha256` (of the whole JSON text) when `value` was shortened. */
    const paramValue = schemas/* object */.Ikc({ value: schemas/* string */.YjP(), sha256: schemas/* string */.YjP().optional() });
    const paramsDiffSchema = schemas/* object */.Ikc({
        /** Nested keys flattened with dots (`featurize.max_features`), sorted. */
        added: schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP(), to: paramValue })),
        removed: schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP(), from: paramValue })),
        changed: schemas/* array */.YOg(schemas/* object */.Ikc({ key: schemas/* string */.YjP(), from: paramValue, to: paramValue })),
        unchanged: schemas/* number */.aig().int().nonnegative(),
        /** Differences beyond the first MAX_LISTED_PARAMS of each kind: counted, not listed. */
        not_listed: schemas/* number */.aig().int().nonnegative(),
        /** The training seed, when it differs. */
        seed: schemas/* object */.Ikc({ from: schemas/* number */.aig().int(), to: schemas/* number */.aig().int() }).nullable(),
    });
    const dataInputSchema = schemas/* object */.Ikc({
        /** The file as the profile names it. */
        path: schemas/* string */.YjP(),
        /** Rows in the baseline's / head's training data (null: not in that side's data). */
        rows_from: schemas/* number */.aig().int().nonnegative().nullable(),
        rows_to: schemas/* number */.aig().int().nonnegative().nullable(),
        /** SHA-256 from the side's run record inputs; null when the run record does not list the file. */
        sha256_from: schemas/* string */.YjP().nullable(),
        sha256_to: schemas/* string */.YjP().nullable(),
    });
    const dataDiffSchema = schemas/* object */.Ikc({
        rows: schemas/* object */.Ikc({ from: schemas/* number */.aig().int().nonnegative(), to: schemas/* number */.aig().int().nonnegative() }),
        inputs: schemas/* array */.YOg(dataInputSchema),
        columns_added: schemas/* array */.YOg(schemas/* string */.YjP()),
        columns_removed: schemas/* array */.YOg(schemas/* string */.YjP()),
        /** Columns whose distribution moved (the drift step's test and threshold on the two profiles), strongest first. */
        moved: schemas/* array */.YOg(drift_format/* columnDriftSchema */.zb),
        /** Columns tested that did not move. */
        unmoved: schemas/* number */.aig().int().nonnegative(),
        /** Columns not tested, with why (time columns, no values, ignored in the drift settings). */
        skipped: schemas/* array */.YOg(schemas/* object */.Ikc({ column: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })),
    });
    const fileChangeSchema = schemas/* object */.Ikc({
        path: schemas/* string */.YjP(),
        change: schemas/* enum */.k5n(['changed', 'added', 'removed']),
        sha256_from: schemas/* string */.YjP().nullable(),
        sha256_to: schemas/* string */.YjP().nullable(),
    });
    const codeDiffSchema = schemas/* object */.Ikc({
        /** The training command as a person would type it, when it differs. */
        command: schemas/* object */.Ikc({ from: schemas/* string */.YjP(), to: schemas/* string */.YjP() }).nullable(),
        /** Declared inputs (other than the training data above) whose digests differ, were added or removed. */
        files: schemas/* array */.YOg(fileChangeSchema),
        unchanged_files: schemas/* number */.aig().int().nonnegative(),
        /** Runtime differences: platform, arch, node, python, runner image, each lockfile's digest. */
        environment: schemas/* array */.YOg(schemas/* object */.Ikc({ what: schemas/* string */.YjP(), from: schemas/* string */.YjP().nullable(), to: schemas/* string */.YjP().nullable() })),
    });
    const sideFilesSchema = schemas/* object */.Ikc({ run: schemas/* string */.YjP().nullable(), profile: schemas/* string */.YjP().nullable() });
    const whatChangedSchema = schemas/* object */.Ikc({
        /** The records read for each side (paths as given or found beside the evaluation report). */
        head: sideFilesSchema,
        baseline: sideFilesSchema,
        /**
         * `nothing`: params, data, code and environment are all the same; `code-only`: only declared
         * input files other than the data changed; `changed`: anything else; `unknown`: a side lacks
         * both records, so nothing could be compared.
         */
        summary: schemas/* enum */.k5n(['nothing', 'code-only', 'changed', 'unknown']),
        /** Null when either side lacks its run record. */
        params: paramsDiffSchema.nullable(),
        /** Null when either side lacks its training-data profile. */
        data: dataDiffSchema.nullable(),
        /** Null when either side lacks its run record. */
        code: codeDiffSchema.nullable(),
        /** What could not be compared and why, one sentence each. */
        notes: schemas/* array */.YOg(schemas/* string */.YjP()),
    });
    return { paramsDiffSchema, dataDiffSchema, codeDiffSchema, fileChangeSchema, whatChangedSchema };
});
const paramsDiffSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().paramsDiffSchema);
const dataDiffSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().dataDiffSchema);
const codeDiffSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().codeDiffSchema);
const fileChangeSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().fileChangeSchema);
const whatChangedSchema = (0,lazy_schema/* lazySchema */.ID)(() => what_changed_format_schemas().whatChangedSchema);

// EXTERNAL MODULE: ../../../../shared/formats/explanation-format.ts
var explanation_format = __webpack_require__(3994);
;// CONCATENATED MODULE: ../../../../shared/formats/comparison-format.ts
/**
 * `mlops-actions/comparison@1`: one evaluation report (the head, usually a PR's model) compared with
 * a baseline report, the gate's rule results and the verdict. Written by the compare step, read by
 * the PR comment / summary renderers and by the check run. Semantics in docs/compare.md.
 *
 * Numbers that cannot exist are null, never NaN: a metric missing on one side has a null value and
 * delta; a relative delta with a zero baseline is null.
 */




const COMPARISON_SCHEMA = 'mlops-actions/comparison@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const comparison_format_schemas = (0,lazy_schema/* once */.Oo)(() => {
    const interval = schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]);
    const direction = schemas/* enum */.k5n(['higher', 'lower']);
    /** `max` / `min` (added within @1): a fairness summary's plain bounds, head <= max / head >= min. */
    const ruleKindSchema = schemas/* enum */.k5n(['present', 'threshold', 'max', 'min', 'min_absolute_change', 'min_relative_change', 'max_regression']);
    const ruleResultSchema = schemas/* object */.Ikc({
        /** `present`: the head must carry the metric (implied by any rule on it). */
        rule: ruleKindSchema,
        /** The configured value (null for `present`). */
        value: schemas/* number */.aig().nullable(),
        /** What the head value was compared with (threshold, or the bound derived from the baseline); null when not evaluated. */
        bound: schemas/* number */.aig().nullable(),
        outcome: schemas/* enum */.k5n(['pass', 'fail', 'skipped']),
        severity: schemas/* enum */.k5n(['error', 'warn']),
        /** One sentence a reviewer can read: "0.9460 >= 0.9320 + 0.01 = 0.9420". */
        message: schemas/* string */.YjP(),
    });
    const deltaLabelSchema = schemas/* enum */.k5n(['improvement', 'regression', 'within_noise', 'not_tested']);
    const significanceTestSchema = schemas/* object */.Ikc({
        name: schemas/* enum */.k5n(['mcnemar', 'delong']),
        /** mcnemar: `exact-binomial` (b + c < 25) or `chi-square-cc`; delong: `fast-delong`. */
        method: schemas/* string */.YjP(),
        /** The test statistic: chi-square (McNemar, chi-square form), z (DeLong); null for the exact binomial form. */
        statistic: schemas/* number */.aig().nullable(),
        p_value: schemas/* number */.aig(),
        /** p_value < alpha. */
        significant: schemas/* boolean */.zMY(),
        /** mcnemar: { b: head right & baseline wrong, c: head wrong & baseline right }; delong: { se, positives, negatives }. */
        details: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
    });
    /** Pass/fail of one metric's rules: `fail` if an error-severity rule failed, `warn` if only warn ones did. */
    const statusSchema = schemas/* enum */.k5n(['pass', 'fail', 'warn', 'none']);
    const metricComparisonSchema = schemas/* object */.Ikc({
        name: schemas/* string */.YjP(),
        /** Which way is better; null when neither the config, the report nor the registry says. */
        direction: direction.nullable(),
        head: schemas/* number */.aig().nullable(),
        baseline: schemas/* number */.aig().nullable(),
        /** head − baseline. */
        delta: schemas/* number */.aig().nullable(),
        /** (head − baseline) / |baseline|; null for a zero or missing baseline. */
        relative_delta: schemas/* number */.aig().nullable(),
        /** The reports' own bootstrap CIs of each value. */
        head_ci: interval.nullable(),
        baseline_ci: interval.nullable(),
        /** Paired bootstrap percentile CI of the delta (same rows in both); null when not tested. */
        delta_ci: interval.nullable(),
        /** Resamples on which the delta was undefined, left out of delta_ci. */
        delta_ci_invalid: schemas/* number */.aig().int().nonnegative().nullable(),
        /** p-value of the metric's paired test (McNemar for accuracy, DeLong for binary roc_auc), else null. */
        p_value: schemas/* number */.aig().nullable(),
        test: significanceTestSchema.nullable(),
        /** From delta_ci: excludes 0 on the better side → improvement, on the worse side → regression. */
        label: deltaLabelSchema,
        rules: schemas/* array */.YOg(ruleResultSchema),
        status: statusSchema,
    });
    const sliceComparisonSchema = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        value: schemas/* string */.YjP().nullable(),
        head_rows: schemas/* number */.aig().int().nonnegative().nullable(),
        baseline_rows: schemas/* number */.aig().int().nonnegative().nullable(),
        /** Why the slice's rules were not evaluated (too small, skipped by evaluate); null when they were. */
        skipped: schemas/* string */.YjP().nullable(),
        metrics: schemas/* array */.YOg(metricComparisonSchema),
        status: statusSchema,
    });
    /** One sensitive column's fairness summaries (one outcome: binary, one class, or regression), head against baseline. */
    const fairnessComparisonSchema = schemas/* object */.Ikc({
        column: schemas/* string */.YjP(),
        /** The outcome's positive class (multiclass: the class seen one-vs-rest); null for regression. */
        positive_class: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).nullable(),
        /** Why the rules were not evaluated (only in the baseline, not in the head); null when they were. */
        skipped: schemas/* string */.YjP().nullable(),
        /**
         * Each summary as a metric: head, baseline, delta, the reports' CIs, the paired bootstrap CI of
         * the delta and its label (delta_ci null: not paired-tested), rules.
         */
        summaries: schemas/* array */.YOg(metricComparisonSchema),
        status: statusSchema,
        /**
         * Added within @1 (absent in older comparisons): why the deltas have no paired CI (no baseline,
         * no per-example data, per-example files without this column's values, …); null when tested.
         */
        delta_not_tested: schemas/* string */.YjP().nullable().optional(),
    });
    const reportRefSchema = schemas/* object */.Ikc({
        /** Path of the report file; null when it was given in memory. */
        file: schemas/* string */.YjP().nullable(),
        source: schemas/* enum */.k5n(['predictions', 'import']),
        task: schemas/* enum */.k5n(['binary', 'multiclass', 'regression']).nullable(),
        rows: schemas/* number */.aig().int().nonnegative().nullable(),
        dataset_sha256: schemas/* string */.YjP().nullable(),
        examples_sha256: schemas/* string */.YjP().nullable(),
    });
    const comparisonSchema = schemas/* object */.Ikc({
        schema: schemas/* literal */.euz(COMPARISON_SCHEMA),
        /** The model name under `models:` in mlops.yaml; null when rules came from elsewhere. */
        model: schemas/* string */.YjP().nullable(),
        head: reportRefSchema,
        /** Null on a first run (no baseline). */
        baseline: reportRefSchema.nullable(),
        /** `report-only`: no rules were configured, so nothing was gated (never a silent pass). */
        verdict: schemas/* enum */.k5n(['pass', 'fail', 'report-only']),
        gate: schemas/* object */.Ikc({
            configured: schemas/* boolean */.zMY(),
            first_run: schemas/* enum */.k5n(['pass', 'fail']),
            /** Rules evaluated / failed (error severity) / warned (warn severity) / skipped. */
            rules: schemas/* number */.aig().int().nonnegative(),
            failed: schemas/* number */.aig().int().nonnegative(),
            warned: schemas/* number */.aig().int().nonnegative(),
            skipped: schemas/* number */.aig().int().nonnegative(),
            /** One line per failed or warned rule: "roc_auc: 0.90 < threshold 0.92". */
            failures: schemas/* array */.YOg(schemas/* string */.YjP()),
        }),
        significance: schemas/* object */.Ikc({
            /** Whether paired tests ran; when false, `reason` says why (every label is not_tested). */
            tested: schemas/* boolean */.zMY(),
            reason: schemas/* string */.YjP().nullable(),
            /** Rows present in both per-example files. */
            paired_rows: schemas/* number */.aig().int().nonnegative().nullable(),
            method: schemas/* literal */.euz('paired-percentile-bootstrap'),
            resamples: schemas/* number */.aig().int().nonnegative(),
            confidence: schemas/* number */.aig().gt(0).lt(1),
            alpha: schemas/* number */.aig().gt(0).lt(1),
            seed: schemas/* number */.aig().int(),
            prng: schemas/* string */.YjP(),
        }),
        metrics: schemas/* array */.YOg(metricComparisonSchema),
        slices: schemas/* array */.YOg(sliceComparisonSchema),
        warnings: schemas/* array */.YOg(schemas/* string */.YjP()),
        /**
         * Added within @1 (absent in comparisons written before it, and when neither side had a run
         * record or a training-data profile): params, data, code and environment, head against baseline.
         */
        what_changed: whatChangedSchema.optional(),
        /**
         * Added within @1 (absent when neither report has a fairness section and no fairness rule is
         * configured): the fairness summaries per sensitive column, head against baseline.
         */
        fairness: schemas/* array */.YOg(fairnessComparisonSchema).optional(),
        /**
         * Added within @1 (absent when neither side has an explanation): each side's top features by
         * permutation importance (explain's explanation.json beside each report), side by side.
         */
        explanations: explanation_format/* explanationChangeSchema */.DY.optional(),
    });
    return { reportRefSchema, ruleKindSchema, ruleResultSchema, deltaLabelSchema, significanceTestSchema, statusSchema, metricComparisonSchema, sliceComparisonSchema, fairnessComparisonSchema, comparisonSchema };
});
const ruleKindSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().ruleKindSchema);
const ruleResultSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().ruleResultSchema);
const deltaLabelSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().deltaLabelSchema);
const significanceTestSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().significanceTestSchema);
const statusSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().statusSchema);
const metricComparisonSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().metricComparisonSchema);
const sliceComparisonSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().sliceComparisonSchema);
const fairnessComparisonSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().fairnessComparisonSchema);
const comparisonSchema = (0,lazy_schema/* lazySchema */.ID)(() => comparison_format_schemas().comparisonSchema);


/***/ }),

/***/ 3994:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DY: () => (/* binding */ explanationChangeSchema),
/* harmony export */   YC: () => (/* binding */ EXPLANATION_SCHEMA),
/* harmony export */   lr: () => (/* binding */ explanationSchema),
/* harmony export */   ph: () => (/* binding */ EXPLANATION_ASSET)
/* harmony export */ });
/* unused harmony export featureImportanceSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/**
 * `mlops-actions/explanation@1`: a model's permutation feature importances, as the explain step
 * writes them (shared/steps/explain.ts; the definitions are scikit-learn's
 * `sklearn.inspection.permutation_importance`, see shared/model/permutation-importance.ts).
 * Field by field in docs/explain.md.
 */


const EXPLANATION_SCHEMA = 'mlops-actions/explanation@1';
/** The explanation's name among a published version's release assets (publish-model's `explanation`). */
const EXPLANATION_ASSET = 'explanation.json';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format does not pay for it.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const featureImportanceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** 1-based, by mean importance (largest first), ties by name. */
        rank: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        feature: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** Mean over the repeats of (baseline score − score with this feature permuted), signed so larger = more important. */
        importance_mean: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        /** Population standard deviation (numpy's default, ddof=0) of the per-repeat importances. */
        importance_std: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nonnegative(),
        /** One importance per repeat, in repeat order. */
        importances: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()),
    });
    const explanationSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(EXPLANATION_SCHEMA),
        method: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('permutation'),
        task: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']),
        /** Whether the task was given or read from the label and the command's output. */
        task_source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['option', 'inferred']),
        metric: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['higher', 'lower']),
            source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['option', 'task']),
            /** The metric on the unpermuted rows. */
            baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(),
        }),
        dataset: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            format: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['csv', 'jsonl', 'parquet']),
            sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
            bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
            /** Data rows in the file. */
            rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
            /** Rows explained: all of them, or a seeded sample of max_rows in file order. */
            rows_used: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
            max_rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
        }),
        label: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** Binary classification: the positive class and the threshold (null when the command writes a prediction). */
        classification: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            classes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()])),
            pos_label: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]).nullable(),
            threshold: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        })
            .nullable(),
        /** Every column the predict command receives, in the data file's order (all but the label). */
        input_columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        repeats: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
        permutation: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            prng: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            /** How each feature's stream is seeded, so another tool can replay the permutations. */
            stream: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        }),
        predict: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            /** The command as given, with its {input} and {output} placeholders. */
            argv: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
            /** How many times it was started: ceil(copies / copies_per_call). */
            calls: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
            /** The rows of one call's input file at most: whole copies of the data, at most max_batch_rows. */
            copies_per_call: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
            /** 1 (baseline) + features × repeats. */
            copies: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
            max_batch_rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
            /** Which columns of its output were read. */
            output_columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        }),
        /** Sorted by rank. */
        features: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(featureImportanceSchema),
        warnings: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    });
    /** compare's view of two explanations (comparison@1's `explanations`): each side's top features side by side. */
    const explanationChangeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** How many of each side's features are shown: the union of both sides' top `top`. */
        top: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(),
        head: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metric: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['higher', 'lower']), rows_used: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(), repeats: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive() }).nullable(),
        baseline: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), metric: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), direction: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['higher', 'lower']), rows_used: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive(), repeats: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive() }).nullable(),
        /** Head's top features by head rank, then the baseline's top features the head ranks lower or lacks. */
        features: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
            feature: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
            head_rank: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
            baseline_rank: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
            head_importance: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
            baseline_importance: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().nullable(),
        })),
        /** Why a side is missing or not comparable (another metric), one line each. */
        notes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    });
    return { featureImportanceSchema, explanationSchema, explanationChangeSchema };
});
const featureImportanceSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().featureImportanceSchema);
const explanationSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().explanationSchema);
const explanationChangeSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().explanationChangeSchema);


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


/***/ })

};
