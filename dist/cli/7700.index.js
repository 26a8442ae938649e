export const id = 7700;
export const ids = [7700];
export const modules = {

/***/ 7700:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cr: () => (/* binding */ renderDriftPrBody),
/* harmony export */   Yo: () => (/* binding */ retrainRequestOf),
/* harmony export */   d1: () => (/* binding */ renderRetrainEventComment)
/* harmony export */ });
/* unused harmony exports DECISION_TEXT, modelOf, driftScore, orderColumns, alarmsOf, importanceRanks, renderDriftChart, renderDriftFairness, renderWhatMoved */
/* harmony import */ var _formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3874);
/* harmony import */ var _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2362);
/* harmony import */ var _formats_retrain_request_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5376);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8737);
/* harmony import */ var _fairness_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5895);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1160);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4033);
/**
 * What the retraining PR carries, from a drift report (`mlops-actions/drift@1`): its body, the
 * retrain request file committed on its branch, and the comments it gets when the decision changes.
 * The job summary is the same body. Pure: a report and a little context in, strings and plain
 * objects out.
 *
 * Every string from the report or the config (model, column, metric and source names, the data
 * window, reference version/tag/alias, reasons) is untrusted and goes through escapeMarkdown. The
 * Mermaid chart is a fenced block where Markdown escaping does not apply, so its labels are reduced
 * to a safe character set instead. The chart is an `xychart-beta` bar chart, the kind the PR report
 * (comparison-comment.ts) already uses: GitHub renders it (xychart arrived in Mermaid 10.5), and
 * where a viewer does not, the fenced block reads as a list of numbers next to the full table.
 *
 * Size: GitHub refuses bodies over 65,536 characters. The column table gets what the rest leaves,
 * drifted columns first, and says how many rows it left out; `truncateMarkdown` is the final guard.
 * 5,000 columns render within the limit.
 */








const esc = (s, max = 120) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdownCell */ .V)(s, max);
const DECISION_TEXT = {
    ok: 'no drift or degradation',
    drift: 'data drift',
    degradation: 'metric degradation',
    drift_and_degradation: 'data drift and metric degradation',
};
const DECISION_ICON = { ok: '✅', drift: '🌊', degradation: '📉', drift_and_degradation: '🚨' };
/** The model's name: the context's, else the report's. */
function modelOf(report, ctx = {}) {
    const model = ctx.model ?? report.model;
    if (!model)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('the drift report names no model', { hint: 'pass the model name (the `model` input) when rendering the retraining PR' });
    return model;
}
/**
 * How far past its threshold a column is: ≥ 1 means drifted. Distances (Wasserstein, JS, PSI):
 * statistic ÷ threshold; p-value tests (KS, chi-square, Z): threshold ÷ p-value. Capped at
 * `cap` (a p-value of 0 would be infinite).
 */
function driftScore(c, cap = 10) {
    let s;
    if (c.p_value !== null)
        s = c.p_value > 0 ? c.threshold / c.p_value : Number.POSITIVE_INFINITY;
    else
        s = c.threshold > 0 ? c.statistic / c.threshold : c.statistic > 0 ? Number.POSITIVE_INFINITY : 0;
    if (!Number.isFinite(s))
        return s > 0 || Number.isNaN(s) ? cap : 0;
    return Math.min(cap, Math.max(0, s));
}
/**
 * Drifted columns (column alarms among them) first; among those, by the model's importance when the
 * report has the model's explanation (`ranks`: feature → rank; ranked features first, so the drift
 * the model feels leads), then column alarms (the names in `alarmed`) before other drifted columns,
 * then by drift score (strongest first), then by name. Without ranks: alarms, drifted, score, name.
 */
function orderColumns(columns, alarmed = new Set(), ranks) {
    return columns
        .map((c) => {
        const alarm = alarmed.has(c.column);
        const moved = alarm || c.drifted;
        return { c, alarm, moved, score: driftScore(c, Number.MAX_VALUE), rank: (moved && ranks?.get(c.column)) || Number.MAX_SAFE_INTEGER };
    })
        .sort((a, b) => Number(b.moved) - Number(a.moved) ||
        a.rank - b.rank ||
        Number(b.alarm) - Number(a.alarm) ||
        b.score - a.score ||
        (a.c.column < b.c.column ? -1 : a.c.column > b.c.column ? 1 : 0))
        .map((x) => x.c);
}
/** The report's column alarms (none in a report written before they existed). */
function alarmsOf(report) {
    return report.data.alarms ?? [];
}
const alarmedNames = (report) => new Set(alarmsOf(report).map((a) => a.column));
/** Feature → the model's importance rank, when the report carries the model's explanation. */
function importanceRanks(report) {
    return report.importance ? new Map(report.importance.features.map((f) => [f.feature, f.rank])) : undefined;
}
const num = (x) => String(Number(x.toFixed(3)));
/** A Mermaid label from untrusted text: a safe character set only, quoted, unique within the chart. */
function chartLabels(names) {
    const seen = new Map();
    return names.map((n) => {
        let clean = n.replace(/[^A-Za-z0-9_.:/ -]+/g, '_').trim().slice(0, 20) || '_';
        const k = (seen.get(clean) ?? 0) + 1;
        seen.set(clean, k);
        if (k > 1)
            clean = `${clean} ${k}`;
        return `"${clean}"`;
    });
}
/** The drift-score bar chart of the strongest columns (column alarms first), with the threshold (1) as a line. */
function renderDriftChart(columns, max = 20, alarmed = new Set()) {
    const shown = orderColumns(columns, alarmed).slice(0, Math.max(0, max));
    if (shown.length === 0)
        return [];
    const scores = shown.map((c) => driftScore(c));
    const top = Math.max(2, Math.ceil(scores.reduce((a, b) => Math.max(a, b), -Infinity) * 1.1));
    return [
        '```mermaid',
        'xychart-beta',
        `    title "Drift score by column (bars); 1 = threshold (line)"`,
        `    x-axis [${chartLabels(shown.map((c) => c.column)).join(', ')}]`,
        `    y-axis "score" 0 --> ${top}`,
        `    bar [${scores.map(num).join(', ')}]`,
        `    line [${shown.map(() => '1').join(', ')}]`,
        '```',
        `_Score: distance ÷ threshold, or threshold ÷ p-value for KS, chi-square and Z; 1 or more is drift (capped at 10).${columns.length > shown.length ? ` The ${shown.length} strongest of ${columns.length.toLocaleString('en-US')} columns._` : '_'}`,
        '',
    ];
}
function pValue(p) {
    if (p === null)
        return '—';
    if (p === 0)
        return '0';
    return p < 1e-4 ? '< 0.0001' : String(Number(p.toPrecision(3)));
}
function columnRow(c, alarm) {
    return `| ${esc(c.column, 80)} | ${c.test} | ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(c.statistic)} | ${pValue(c.p_value)} | ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(c.threshold)} | ${alarm ? '🚨 alarm' : c.drifted ? '🔴 yes' : 'no'} |`;
}
const COLUMN_HEADER = ['| column | test | statistic | p-value | threshold | drifted |', '| --- | --- | ---: | ---: | ---: | --- |'];
function ruleText(m) {
    if (m.rule === 'min')
        return `≥ ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(m.threshold)}`;
    if (m.rule === 'max')
        return `≤ ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(m.threshold)}`;
    return `drop ≤ ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(m.threshold)}`;
}
function metricRow(m) {
    return `| ${esc(m.name, 60)} | ${esc(m.source, 80)} | ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(m.value)} | ${ruleText(m)} | ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(m.baseline)} | ${m.passed ? '✅ passed' : '❌ failed'} |`;
}
const METRIC_HEADER = ['| metric | source | value | rule | baseline | result |', '| --- | --- | ---: | --- | ---: | --- |'];
function fairnessRuleRow(r) {
    const result = r.passed === null ? '➖ not checked' : r.passed ? '✅ passed' : '❌ breached';
    const ci = r.ci ? `[${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(r.ci[0])}, ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(r.ci[1])}]` : '';
    const cls = r.positive_class === undefined ? '' : ` · class ${esc(String(r.positive_class), 40)}`;
    return `| ${esc(r.column, 60)}${cls} | ${r.summary} | ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(r.value)} | ${ci} | ${r.rule === 'min' ? '≥' : '≤'} ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(r.threshold)} | ${result} |`;
}
/**
 * The fairness section: which rows it stands on (labelled ones; how many are still awaiting their
 * outcome), the bounds (breached first), then per sensitive column the group rates and summaries
 * as evaluate's job summary shows them (fairness-table.ts). Column names and group values are escaped there.
 */
function renderDriftFairness(f) {
    if (!f)
        return [];
    const n = (x) => x.toLocaleString('en-US');
    const predicted = f.prediction !== null ? `prediction ${esc(f.prediction, 60)}` : `score ${esc(f.score ?? '', 60)} > ${(0,_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__.formatValue)(f.threshold)}`;
    const out = [
        '### Fairness on production data',
        '',
        `On **${n(f.used)}** production rows whose outcome has arrived (label ${esc(f.label, 60)}, ${predicted}${f.positive_class === null ? '' : `, positive class ${esc(String(f.positive_class), 60)}`}), of ${n(f.rows)} read.` +
            (f.missing_label > 0 ? ` **${n(f.missing_label)}** rows have no label yet (delayed outcomes) and are left out.` : '') +
            (f.missing_prediction > 0 ? ` ${n(f.missing_prediction)} labelled rows without a prediction are left out.` : '') +
            ` Groups with fewer than ${f.section.min_group_size} rows are left out of the summaries.`,
        '',
    ];
    if (f.rules.length > 0) {
        const order = (r) => (r.passed === false ? 0 : r.passed === null ? 1 : 2);
        const rules = [...f.rules].sort((a, b) => order(a) - order(b));
        out.push('| sensitive column | summary | value | CI | rule | result |', '| --- | --- | ---: | --- | --- | --- |', ...rules.slice(0, 50).map(fairnessRuleRow));
        if (rules.length > 50)
            out.push('', `_… and ${rules.length - 50} more rules (see the report)._`);
    }
    out.push(...(0,_fairness_table_js__WEBPACK_IMPORTED_MODULE_3__/* .renderFairnessMarkdown */ .NS)(f.section, f.bootstrap?.confidence ?? null), '');
    return out;
}
/** A code span for text that is safe in one, else escaped text (a backtick would end the span). */
function code(s) {
    return /^[A-Za-z0-9._/:@+-]+$/.test(s) && s.length <= 200 ? `\`${s}\`` : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .F)(s.slice(0, 200));
}
/** A Markdown link when `url` is a plain http(s) URL, else nothing: a `)` or `javascript:` must not reshape the body. */
function safeUrl(url) {
    return url !== undefined && /^https?:\/\/[^\s()<>"'`\\]+$/.test(url) ? url : undefined;
}
function headline(report, model) {
    const d = report.decision;
    const name = (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .F)(model);
    const alarms = alarmsOf(report).length;
    if (d === 'ok' && alarms > 0)
        return [`## ⚠️ ${name}: no dataset drift, but ${alarms} column alarm${alarms === 1 ? '' : 's'}`];
    if (d === 'ok')
        return [`## ${DECISION_ICON.ok} ${name}: recovered — ${DECISION_TEXT.ok}`];
    // A degradation only the fairness bounds found is named as such (the decision value stays degradation).
    const fairnessOnly = (d === 'degradation' || d === 'drift_and_degradation') && report.metrics.every((m) => m.passed) && report.fairness?.rules.some((r) => r.passed === false);
    const text = fairnessOnly ? DECISION_TEXT[d].replace('metric degradation', 'fairness degradation') : DECISION_TEXT[d];
    return [`## ${DECISION_ICON[d]} Retrain ${name}: ${text}`];
}
function summaryLine(report) {
    const { data } = report;
    const parts = [];
    if (data.tested > 0) {
        parts.push(`**${data.drifted.toLocaleString('en-US')} of ${data.tested.toLocaleString('en-US')}** tested columns drifted (${(data.share * 100).toFixed(1)}%; dataset drift at ${(data.share_threshold * 100).toFixed(0)}%${data.dataset_drift ? ', reached' : ', not reached'})`);
    }
    else
        parts.push('no columns were tested');
    const alarms = alarmsOf(report).length;
    if (alarms > 0) {
        const role = report.data.fail_on === 'column' ? ' (fail-on column: drift)' : data.dataset_drift ? '' : ' (a warning: fail-on dataset)';
        parts.push(`**${alarms.toLocaleString('en-US')} column alarm${alarms === 1 ? '' : 's'}**${role}`);
    }
    const failed = report.metrics.filter((m) => !m.passed).length;
    if (report.metrics.length > 0)
        parts.push(`**${failed} of ${report.metrics.length}** metric rules failed`);
    const fairness = report.fairness;
    if (fairness && fairness.rules.length > 0)
        parts.push(`**${fairness.rules.filter((r) => r.passed === false).length} of ${fairness.rules.length}** fairness rules breached`);
    return `${parts.join(' · ')}.`;
}
function bullets(title, items, max, more) {
    if (items.length === 0)
        return [];
    const shown = items.slice(0, max).map((i) => `- ${esc(i, 300)}`);
    if (items.length > max)
        shown.push(`- … and ${(items.length - max).toLocaleString('en-US')} more ${more}`);
    return [`### ${title}`, '', ...shown, ''];
}
const MOVED_MAX = 20;
/**
 * Which columns moved and by how much, one plain sentence each: column alarms first (strongest
 * first), then the other drifted columns (by the model's importance when the report has it, then by
 * drift score), each ranked feature with its rank. Names are escaped; the numbers are ours.
 */
function renderWhatMoved(report, max = MOVED_MAX) {
    const alarms = alarmsOf(report);
    const byName = new Map(alarms.map((a) => [a.column, a]));
    const ranks = importanceRanks(report);
    const drifted = orderColumns(report.data.columns.filter((c) => c.drifted || byName.has(c.column)), new Set(byName.keys()), ranks);
    if (drifted.length === 0)
        return [];
    const top = report.importance?.top ?? 0;
    const lines = drifted.slice(0, max).map((c) => {
        const a = byName.get(c.column);
        const rank = ranks?.get(c.column);
        const important = rank === undefined ? '' : rank <= top ? ` (the model's #${rank} feature)` : ` (importance #${rank})`;
        return `- ${a ? '🚨' : '🔴'} **${esc(c.column, 80)}**${important}: ${(0,_formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__/* .columnMovement */ .oQ)(c)}${a ? `: ${(0,_formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__/* .alarmReason */ .Mo)(a)}` : ''}`;
    });
    if (drifted.length > max)
        lines.push(`- … and ${(drifted.length - max).toLocaleString('en-US')} more drifted columns (the table below)`);
    const out = ['### What moved', '', ...lines, ''];
    const rules = report.data.alarm_rules;
    if (alarms.length > 0 && rules) {
        const when = `a drifted column with p below ${(0,_formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDriftNumber */ .Og)(rules.p_value)} or a distance at least ${(0,_formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDriftNumber */ .Og)(rules.distance_ratio)}× its threshold`;
        let role;
        if (report.data.fail_on === 'column')
            role = ' With fail-on column, one alarm makes the decision drift.';
        else if (report.data.dataset_drift)
            role = '';
        else
            role = " Here they warn: Evidently's share rule decides (fail-on dataset). With fail-on column (`fail_on: column` in mlops.yaml) one alarm is drift and opens the retraining PR.";
        out.push(`_🚨 Column alarm: ${when}.${role}_`, '');
    }
    return out;
}
function dataSection(report) {
    const r = report.reference;
    const c = report.current;
    const rows = (n) => (n === null ? 'rows unknown' : `${n.toLocaleString('en-US')} rows`);
    let ref;
    if (r.kind === 'production') {
        ref = `the ${r.alias ? esc(r.alias, 64) : 'production'} model's reference profile${r.version ? `, version ${esc(r.version, 64)}` : ''}${r.tag ? ` (tag ${esc(r.tag, 120)})` : ''}`;
    }
    else
        ref = `${r.kind === 'profile' ? 'profile' : 'data'} ${r.file ? esc(r.file, 200) : '(unnamed)'}`;
    const window = c.window.from || c.window.to ? `${c.window.from ? esc(c.window.from, 64) : '…'} → ${c.window.to ? esc(c.window.to, 64) : '…'}` : 'not recorded (the sources carry no time range)';
    const out = [
        '### Data',
        '',
        `- **Window**: ${window}`,
        `- **Reference**: ${ref}, ${rows(r.rows)}`,
        `- **Current**: ${rows(c.rows)} from ${c.sources.length === 0 ? 'no sources' : `${c.sources.length} source${c.sources.length === 1 ? '' : 's'}`}`,
    ];
    const maxSources = 20;
    for (const s of c.sources.slice(0, maxSources))
        out.push(`  - ${s.kind}: ${esc(s.name, 200)}${s.rows === null ? '' : ` (${rows(s.rows)})`}`);
    if (c.sources.length > maxSources)
        out.push(`  - … and ${c.sources.length - maxSources} more`);
    if (report.data.skipped.length > 0) {
        const shown = report.data.skipped.slice(0, 10).map((s) => `${esc(s.column, 60)} (${esc(s.reason, 120)})`);
        const more = report.data.skipped.length > 10 ? `, and ${report.data.skipped.length - 10} more` : '';
        out.push(`- **Not tested**: ${shown.join(', ')}${more}`);
    }
    out.push('');
    return out;
}
function nextSteps(report, requestPath, base, onRecovery) {
    const target = base ? code(base) : 'the default branch';
    if (report.decision === 'ok') {
        return [
            '### What to do next',
            '',
            `The latest check finds the model fine again. Retraining may no longer be needed: close this PR, or merge it to retrain anyway (${code(requestPath)} still holds the evidence that opened it). If drift returns while it is open, the PR is updated and you get a comment.`,
            '',
        ];
    }
    const recovery = onRecovery === 'close'
        ? 'If a later check finds the model fine again, this PR is closed with a comment.'
        : onRecovery === 'comment'
            ? 'If a later check finds the model fine again, you get a comment here and the PR stays open for you to decide.'
            : 'A later check that finds the model fine again leaves this PR as it is.';
    return [
        '### What to do next',
        '',
        '1. Look at what moved (column alarms first) and the failing metric rules above; the full report is in the run’s artifacts.',
        `2. To retrain, merge this PR: ${code(requestPath)} (reason, evidence, data window) lands on ${target}, where a workflow that runs on pushes to \`.mlops/retrain/**\` can start the training run.`,
        '3. Not worth retraining? Close the PR. The next check that still finds drift opens a new one, so also adjust the thresholds in mlops.yaml or refresh the reference (promote a model trained on recent data).',
        '',
        `This PR is kept up to date by the scheduled drift check: one PR per model, the description and ${code(requestPath)} updated on each run, a comment only when the decision changes. ${recovery}`,
        '',
    ];
}
/**
 * The PR body: marker (model + decision), headline, reasons, what moved (column alarms first, a
 * sentence each), chart, metric rules, fairness on production data (when configured), the column table (alarms, then drifted first), the data
 * window and sources, and what to do next. At most `limit` characters.
 */
function renderDriftPrBody(report, ctx = {}) {
    const model = modelOf(report, ctx);
    const limit = ctx.limit ?? _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_5__/* .COMMENT_BODY_LIMIT */ .tx;
    const requestPath = ctx.requestPath ?? (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_5__/* .retrainRequestPath */ .Af)(model);
    const top = [(0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_5__/* .retrainMarker */ .UF)(model, report.decision), ...headline(report, model), '', summaryLine(report), ''];
    top.push(...bullets('Why', report.reasons, 30, 'reasons (see the report)'));
    top.push(...renderWhatMoved(report));
    const alarmed = alarmedNames(report);
    top.push(...renderDriftChart(report.data.columns, ctx.chartColumns ?? 20, alarmed));
    if (report.metrics.length > 0) {
        const failedFirst = [...report.metrics].sort((a, b) => Number(a.passed) - Number(b.passed));
        const shown = failedFirst.slice(0, 50);
        top.push('### Metric rules', '', ...METRIC_HEADER, ...shown.map(metricRow));
        if (failedFirst.length > shown.length)
            top.push('', `_… and ${failedFirst.length - shown.length} more rules (see the report)._`);
        top.push('');
    }
    top.push(...renderDriftFairness(report.fairness));
    const runUrl = safeUrl(ctx.runUrl);
    const tail = [
        ...dataSection(report),
        ...nextSteps(report, requestPath, ctx.base, ctx.onRecovery ?? 'comment'),
        `<sub>mlops-actions drift-check · report of ${esc(report.created_at, 40)}${runUrl ? ` · [run](${runUrl})` : ''}</sub>`,
    ];
    const columns = orderColumns(report.data.columns, alarmed, importanceRanks(report));
    const section = [];
    if (columns.length > 0) {
        const title = `### Columns (${report.data.drifted.toLocaleString('en-US')} of ${report.data.tested.toLocaleString('en-US')} drifted)`;
        const fixed = [...top, title, '', ...COLUMN_HEADER, '', ...tail].join('\n').length;
        // Room for the "left out" note and a margin; what remains goes to the table rows.
        const fit = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_6__/* .fitRows */ .zV)(columns.map((c) => columnRow(c, alarmed.has(c.column))), Math.max(0, limit - fixed - 600));
        section.push(title, '', ...COLUMN_HEADER, ...fit.kept);
        if (fit.dropped > 0) {
            const driftedLeft = columns.slice(fit.kept.length).filter((c) => c.drifted).length;
            section.push('', `_Showing ${fit.kept.length.toLocaleString('en-US')} of ${columns.length.toLocaleString('en-US')} columns (${driftedLeft.toLocaleString('en-US')} of those left out drifted) to fit GitHub's ${limit.toLocaleString('en-US')}-character limit; every column is in the drift report in the run's artifacts._`);
        }
        section.push('');
    }
    return (0,_truncate_js__WEBPACK_IMPORTED_MODULE_6__/* .truncateMarkdown */ .o4)(`${[...top, ...section, ...tail].join('\n')}\n`, limit);
}
/**
 * The retrain request file's content: decision, reasons, the drift summary (drifted columns,
 * strongest first), the metric rules, the data window, and the run. Serialised by the forge as
 * pretty JSON; a later run with the same evidence leaves it unchanged (see RETRAIN_REQUEST_RUN_FIELDS).
 */
function retrainRequestOf(report, ctx = {}) {
    const model = modelOf(report, ctx);
    const { data } = report;
    return {
        schema: _formats_retrain_request_format_js__WEBPACK_IMPORTED_MODULE_7__/* .RETRAIN_REQUEST_SCHEMA */ .E_,
        model,
        decision: report.decision,
        reasons: [...report.reasons],
        detected_at: report.created_at,
        run_url: ctx.runUrl ?? null,
        window: { from: report.current.window.from, to: report.current.window.to },
        reference: { kind: report.reference.kind, version: report.reference.version, tag: report.reference.tag, alias: report.reference.alias, rows: report.reference.rows },
        current: { rows: report.current.rows, sources: report.current.sources.map((s) => ({ kind: s.kind, name: s.name, rows: s.rows })) },
        drift: {
            dataset_drift: data.dataset_drift,
            share: data.share,
            share_threshold: data.share_threshold,
            tested: data.tested,
            drifted: data.drifted,
            drifted_columns: orderColumns(data.columns.filter((c) => c.drifted), alarmedNames(report), importanceRanks(report)).map((c) => ({
                column: c.column,
                test: c.test,
                statistic: c.statistic,
                p_value: c.p_value,
                threshold: c.threshold,
            })),
        },
        metrics: report.metrics.map((m) => ({ name: m.name, rule: m.rule, value: m.value, threshold: m.threshold, baseline: m.baseline, passed: m.passed })),
    };
}
/**
 * The comment posted when the decision changes: short, since the description above is updated with
 * the evidence at the same time. Carries `retrainEventMarker(model, to)` so a re-run posts it once.
 */
function renderRetrainEventComment(p) {
    const from = p.from ? ` (was: ${DECISION_TEXT[p.from]})` : '';
    let text;
    if (p.to === 'ok') {
        text = p.closing
            ? `${DECISION_ICON.ok} **Recovered**: the latest drift check finds ${DECISION_TEXT.ok}${from}. Closing this PR (\`on-recovery: close\`); a new one opens if drift returns.`
            : `${DECISION_ICON.ok} **Recovered**: the latest drift check finds ${DECISION_TEXT.ok}${from}. The PR stays open (\`on-recovery: comment\`): close it if retraining is no longer needed.`;
    }
    else {
        text = `${DECISION_ICON[p.to]} **Decision changed**: the latest drift check finds ${DECISION_TEXT[p.to]}${from}. The description and the request file are updated with the new evidence.`;
    }
    return `${(0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_5__/* .retrainEventMarker */ .yg)(p.model, p.to)}\n${text}\n`;
}


/***/ }),

/***/ 5895:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NS: () => (/* binding */ renderFairnessMarkdown),
/* harmony export */   jC: () => (/* binding */ renderFairnessText)
/* harmony export */ });
/* unused harmony export SUMMARY_FAIRNESS_ROWS */
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1160);

/** At most this many groups per table, and outcomes (multiclass classes) per column, in the summary. */
const SUMMARY_FAIRNESS_ROWS = 50;
const group = (v) => (v === null ? '_(missing)_' : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownCell */ .V)(v));
function fmt(v) {
    if (v === null)
        return '–';
    if (v === 0)
        return '0';
    const a = Math.abs(v);
    if (a >= 1e6 || a < 1e-4)
        return v.toExponential(3);
    return Number(v.toPrecision(4)).toString();
}
const ci = (m) => (m.ci ? `[${fmt(m.ci[0])}, ${fmt(m.ci[1])}]` : '');
function outcomeLines(o, level) {
    const out = [];
    if (o.kind === 'classification') {
        const scored = o.groups.some((g) => g.mean_score !== null);
        out.push(`| group | rows | selection rate | TPR | FPR | FNR | precision | observed rate |${scored ? ' mean score |' : ''}`, `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |${scored ? ' ---: |' : ''}`);
        for (const g of o.groups.slice(0, SUMMARY_FAIRNESS_ROWS)) {
            const cells = [g.rows, fmt(g.selection_rate), fmt(g.tpr), fmt(g.fpr), fmt(g.fnr), fmt(g.precision), fmt(g.base_rate), ...(scored ? [fmt(g.mean_score)] : [])];
            out.push(`| ${group(g.value)} | ${cells.join(' | ')} |`);
        }
    }
    else {
        out.push('| group | rows | MAE | RMSE | mean error |', '| --- | ---: | ---: | ---: | ---: |');
        for (const g of o.groups.slice(0, SUMMARY_FAIRNESS_ROWS))
            out.push(`| ${group(g.value)} | ${g.rows} | ${fmt(g.mae)} | ${fmt(g.rmse)} | ${fmt(g.mean_error)} |`);
    }
    if (o.groups.length > SUMMARY_FAIRNESS_ROWS)
        out.push('', `_${o.groups.length - SUMMARY_FAIRNESS_ROWS} more groups in the report._`);
    out.push('', level ? `| summary | value | ${level} |` : '| summary | value |', level ? '| --- | ---: | --- |' : '| --- | ---: |');
    for (const [name, m] of Object.entries(o.summaries))
        out.push(level ? `| ${name} | ${fmt(m.value)} | ${ci(m)} |` : `| ${name} | ${fmt(m.value)} |`);
    for (const m of o.omitted)
        out.push(level ? `| ${m.metric} | – | ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownCell */ .V)(m.reason)} |` : `| ${m.metric} | – |`);
    if (o.kind === 'classification' && o.four_fifths) {
        const f = o.four_fifths;
        out.push('', f.pass
            ? `Four-fifths rule: passes (lowest selection rate is ${fmt(f.ratio)} of the highest, at least ${f.threshold}).`
            : `Four-fifths rule: **fails** (lowest selection rate is ${fmt(f.ratio)} of the highest, below ${f.threshold}).`);
    }
    return out;
}
/** Markdown for the job summary; empty when the report has no fairness section. */
function renderFairnessMarkdown(f, confidence) {
    if (!f)
        return [];
    const level = confidence === null ? '' : `${Math.round(confidence * 100)}% CI`;
    const out = [];
    for (const c of f.columns) {
        const many = c.outcomes.length > 1;
        for (const o of c.outcomes.slice(0, SUMMARY_FAIRNESS_ROWS)) {
            const which = o.kind === 'classification' ? ` · ${many ? 'class' : 'positive class'} ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownCell */ .V)(String(o.positive_class))}${many ? ' vs rest' : ''}` : '';
            out.push('', `#### Fairness by ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownCell */ .V)(c.column)}${which}`, '');
            out.push(...outcomeLines(o, level));
        }
        if (c.outcomes.length > SUMMARY_FAIRNESS_ROWS)
            out.push('', `_${c.outcomes.length - SUMMARY_FAIRNESS_ROWS} more classes in the report._`);
        if (c.skipped_groups.length > 0) {
            const list = c.skipped_groups.slice(0, SUMMARY_FAIRNESS_ROWS).map((s) => `${group(s.value)} (${s.rows})`).join(', ');
            out.push('', `Left out of the ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownCell */ .V)(c.column)} summaries (fewer than ${f.min_group_size} rows): ${list}${c.skipped_groups.length > SUMMARY_FAIRNESS_ROWS ? ', …' : ''}`);
        }
    }
    return out;
}
/** Terminal lines: per column and outcome, the summaries and the four-fifths verdict. */
function renderFairnessText(f) {
    if (!f)
        return [];
    const lines = [];
    for (const c of f.columns) {
        for (const o of c.outcomes) {
            const which = o.kind === 'classification' && c.outcomes.length > 1 ? ` (class ${String(o.positive_class)} vs rest)` : '';
            const parts = Object.entries(o.summaries).map(([k, m]) => `${k} ${fmt(m.value)}${m.ci ? ` ${ci(m)}` : ''}`);
            if (o.kind === 'classification' && o.four_fifths)
                parts.push(`four-fifths ${o.four_fifths.pass ? 'pass' : 'FAIL'}`);
            for (const m of o.omitted)
                parts.push(`${m.metric} omitted: ${m.reason}`);
            lines.push(`fairness ${JSON.stringify(c.column)}${which}: ${o.groups.length} groups; ${parts.join('; ')}`);
        }
        const k = c.skipped_groups.length;
        if (k > 0)
            lines.push(`fairness ${JSON.stringify(c.column)}: ${k} group${k === 1 ? '' : 's'} left out (< ${f.min_group_size} rows)`);
    }
    return lines;
}


/***/ })

};
