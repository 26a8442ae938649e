export const id = 3176;
export const ids = [3176];
export const modules = {

/***/ 3176:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   renderEvaluationText: () => (/* binding */ renderEvaluationText)
/* harmony export */ });
/* unused harmony exports SUMMARY_SLICE_ROWS, renderEvaluationSummary, metricValuesJson */
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1160);
/* harmony import */ var _fairness_table_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5895);


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
    out.push(...renderFairnessMarkdown(r.fairness, r.bootstrap?.confidence ?? null));
    for (const w of r.warnings)
        out.push('', `> ${esc(w)}`);
    return `${out.join('\n')}\n`;
}
/** Plain text for the terminal: one line per metric, then what was written. */
function renderEvaluationText(r) {
    const lines = [];
    // reduce, not Math.max(...): an import may carry more metrics than a call has arguments.
    const width = Object.keys(r.metrics).reduce((w, k) => Math.max(w, k.length), 0);
    for (const [name, m] of Object.entries(r.metrics))
        lines.push(`${name.padEnd(width)}  ${formatMetric(m.value)}${m.ci ? `  ${ci(m)}` : ''}`);
    for (const o of r.omitted)
        lines.push(`${o.metric.padEnd(width)}  omitted: ${o.reason}`);
    if (r.slices.length + r.skipped_slices.length > 0)
        lines.push(`slices: ${r.slices.length} evaluated, ${r.skipped_slices.length} skipped (< ${r.min_slice_size} rows)`);
    lines.push(...(0,_fairness_table_js__WEBPACK_IMPORTED_MODULE_1__/* .renderFairnessText */ .jC)(r.fairness));
    const what = r.source === 'import' ? `imported ${r.imported?.kind ?? ''} metrics` : `${r.task} task, ${r.rows} rows`;
    lines.push(`evaluate: ${what}, ${Object.keys(r.metrics).length} metrics`);
    return `${lines.join('\n')}\n`;
}
/** The `metrics` output: name → value, JSON. */
function metricValuesJson(r) {
    return JSON.stringify(Object.fromEntries(Object.entries(r.metrics).map(([k, v]) => [k, v.value])));
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


/***/ }),

/***/ 1160:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown),
/* harmony export */   V: () => (/* binding */ escapeMarkdownCell)
/* harmony export */ });
/**
 * Untrusted text (column names, cell values, file names from a PR) stays data when it reaches
 * Markdown: it cannot break a table, inject HTML, open a code span, format itself, or notify
 * people with an @mention. GitHub's renderer decodes entities, so escaped text reads as typed.
 */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '`': '&#96;', '|': '&#124;' };
/**
 * Escapes text for a Markdown table cell or running text: HTML and `|` as entities, Markdown
 * punctuation with backslashes, newlines as spaces, and a zero-width joiner after every `@` that
 * starts a name so `@org/team` renders but does not ping anyone.
 */
function escapeMarkdown(text) {
    return text
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        // Backslashes before entities: the entities' own `#` must not be escaped (`&\#124;` shows as text).
        .replace(/[\\*_[\]~#!]/g, (c) => `\\${c}`)
        .replace(/[&<>`|]/g, (c) => ENTITIES[c])
        .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200D');
}
/** Escapes and shortens to `max` characters (with an ellipsis), for cells that could be huge. */
function escapeMarkdownCell(text, max = 200) {
    const chars = [...text];
    const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
    return escapeMarkdown(cut);
}


/***/ })

};
