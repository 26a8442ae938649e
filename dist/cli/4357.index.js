export const id = 4357;
export const ids = [4357,3176,2201];
export const modules = {

/***/ 4111:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 2201:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ formatImportance),
/* harmony export */   renderExplanationText: () => (/* binding */ renderExplanationText)
/* harmony export */ });
/* unused harmony exports SUMMARY_FEATURES, renderExplanationSummary */
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1160);

/** At most this many features in the summary's table (the file has them all). */
const SUMMARY_FEATURES = 50;
/** Four significant digits, signs as typed minus; tiny and huge values in exponent form. */
function formatImportance(v) {
    if (v === 0)
        return '0';
    const a = Math.abs(v);
    const text = a >= 1e6 || a < 1e-4 ? v.toExponential(2) : Number(v.toPrecision(4)).toString();
    return text.replace('-', '−');
}
const esc = (s) => escapeMarkdownCell(String(s));
/** A bar of `width` cells for the share of the largest importance (negative importances get none). */
function bar(v, max, width = 20) {
    if (!(max > 0) || !(v > 0))
        return '';
    return '█'.repeat(Math.max(1, Math.round((v / max) * width)));
}
function renderExplanationSummary(e) {
    const out = [];
    out.push(`### explain: permutation importance · ${e.task} · ${e.dataset.rows_used.toLocaleString('en-US')} rows`, '');
    const sample = e.dataset.rows_used < e.dataset.rows ? ` (a seeded sample of ${e.dataset.rows.toLocaleString('en-US')})` : '';
    out.push(`Data: ${esc(e.dataset.file)}${sample}, label ${esc(e.label)} (sha256 \`${e.dataset.sha256.slice(0, 12)}\`)`);
    const better = e.metric.direction === 'higher' ? 'the drop in' : 'the rise in';
    out.push(`Importance: ${better} ${esc(e.metric.name)} when a feature's values are shuffled across rows (baseline ${formatImportance(e.metric.baseline)}), mean ± std over ${e.repeats} repeats, seed ${e.seed}.`);
    out.push(`The predict command ran ${e.predict.calls === 1 ? 'once' : `${e.predict.calls} times`} for ${e.predict.copies.toLocaleString('en-US')} copies of the rows.`, '');
    const shown = e.features.slice(0, SUMMARY_FEATURES);
    const max = Math.max(0, ...shown.map((f) => f.importance_mean));
    out.push('| rank | feature | importance | ± std | |', '| ---: | --- | ---: | ---: | --- |');
    for (const f of shown)
        out.push(`| ${f.rank} | ${esc(f.feature)} | ${formatImportance(f.importance_mean)} | ${formatImportance(f.importance_std)} | ${bar(f.importance_mean, max)} |`);
    if (e.features.length > shown.length)
        out.push('', `${e.features.length - shown.length} more features in the explanation file.`);
    if (e.warnings.length > 0)
        out.push('', ...e.warnings.map((w) => `> ${esc(w)}`));
    out.push('');
    return out.join('\n');
}
function renderExplanationText(e) {
    const out = [];
    const sample = e.dataset.rows_used < e.dataset.rows ? ` (sample of ${e.dataset.rows})` : '';
    out.push(`explain: ${e.task}, ${e.dataset.rows_used} rows${sample}, metric ${e.metric.name} (baseline ${formatImportance(e.metric.baseline)}), ${e.repeats} repeats, ${e.predict.calls} predict call${e.predict.calls === 1 ? '' : 's'}`);
    const width = Math.max(7, ...e.features.map((f) => f.feature.length));
    out.push(`${'rank'.padStart(4)}  ${'feature'.padEnd(width)}  ${'importance'.padStart(10)}  ${'± std'.padStart(9)}`);
    for (const f of e.features) {
        out.push(`${String(f.rank).padStart(4)}  ${JSON.stringify(f.feature).slice(1, -1).padEnd(width)}  ${formatImportance(f.importance_mean).padStart(10)}  ${formatImportance(f.importance_std).padStart(9)}`);
    }
    for (const w of e.warnings)
        out.push(`warning: ${w}`);
    return `${out.join('\n')}\n`;
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


/***/ }),

/***/ 3196:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NF: () => (/* binding */ outputWriteError),
/* harmony export */   UY: () => (/* binding */ resolveOutputFolder),
/* harmony export */   W2: () => (/* binding */ commitTempFile),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   bd: () => (/* binding */ outputTempPath),
/* harmony export */   rA: () => (/* binding */ resolveOutputTarget)
/* harmony export */ });
/* unused harmony export sweepOutputTemps */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9980);
/* harmony import */ var _signal_cleanup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2946);
/* harmony import */ var _stale_temps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8076);
/**
 * No half-written output, ever, and never a replaced link or device: the one way every output
 * file is written.
 *
 * A regular file (or a new one) is written to a temporary file beside it, flushed, then renamed
 * over it: rename(2) within one directory is atomic on POSIX and replaces the target on Windows
 * too, so a reader sees either the old file or the whole new one. A symbolic link is followed to
 * the file it names and that file is replaced the same way (the link stays a link). A device or a
 * FIFO (`/dev/stdout`, `/dev/full`, a named pipe) is written directly: renaming over it would
 * replace the node itself. What cannot be written safely (a folder, a socket, a link into a folder
 * that does not exist, a loop of links) is refused with a message, and a failed write (ENOSPC,
 * EACCES, a read-only file system) is an InputError that names the path: exit 2, not a stack.
 *
 * A file with other hard links is replaced too, never written in place: the path gets the new
 * content and the other names keep the old one, with a warning. Writing in place would lose the
 * all-or-nothing promise (a kill mid-write tears every name) and would silently change content
 * that tools keep by hard link on purpose: DVC's `cache.type: hardlink` objects, `cp -al` and
 * rsnapshot snapshots. Sharing an output under two names is what a symbolic link is for.
 *
 * The temp file's name carries the writer's pid and host tag, so the next write of the same output
 * removes what a killed writer left (stale-temps.ts): never a live writer's.
 */








/** Linux's own limit on links followed in one lookup (MAXSYMLINKS). */
const MAX_LINKS = 40;
const REASONS = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EFBIG: 'file too large',
    EIO: 'input/output error',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    EEXIST: 'a file is in the way of a folder on the path',
    ENAMETOOLONG: 'the name is too long',
    ENXIO: 'no process is reading the named pipe',
    EPIPE: 'the reader closed the pipe',
};
/** The error a user sees when `given` cannot be written: what, where, and what to do. */
function outputWriteError(given, e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isMlopsError */ .s8)(e))
        return e;
    const code = e?.code;
    if (typeof code !== 'string')
        return e instanceof Error ? e : new Error(String(e));
    const reason = REASONS[code] ?? e.message;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: ${reason} (${code})`, {
        hint: code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space or write the output elsewhere' : 'check the path and its permissions, or write the output elsewhere',
        cause: e,
    });
}
async function lstatOptional(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/**
 * Follows `given` through symbolic links to the file an output should replace, and says what is
 * there. Refuses (InputError) a folder, a socket, a loop of links, and a dangling link whose folder
 * does not exist.
 */
async function resolveOutputTarget(given) {
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(given);
    let viaLink = false;
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined) {
            if (viaLink && !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path)).then((d) => d.isDirectory(), () => false))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a symbolic link to ${path}, whose folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path)} does not exist`, {
                    hint: 'create that folder, point the link at a file in an existing folder, or write the output elsewhere',
                });
            }
            return { given, path, kind: 'missing', viaLink };
        }
        if (s.isSymbolicLink()) {
            if (hops >= MAX_LINKS)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a file' });
            viaLink = true;
            path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(path));
            continue;
        }
        if (s.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a folder${viaLink ? ` (${path})` : ''}`, {
                hint: 'name a file to write, not a folder',
            });
        }
        if (s.isFile())
            return { given, path, kind: 'file', stats: s, viaLink };
        if (s.isSocket())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a socket`, { hint: 'name a file, a device or a named pipe' });
        // Character and block devices, FIFOs: written in place, never replaced.
        return { given, path, kind: 'device', stats: s, viaLink };
    }
}
/**
 * The folder an output folder should replace: `given` through its links (the link stays, its
 * folder is replaced). Refuses a file, a device or a socket where the folder should be.
 */
async function resolveOutputFolder(given) {
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(given);
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined || s.isDirectory())
            return path;
        if (!s.isSymbolicLink()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write folder ${given}: ${path} is ${s.isFile() ? 'a file' : 'not a folder'}`, {
                hint: 'name a folder (it is replaced whole), or move the file away',
            });
        }
        if (hops >= MAX_LINKS)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write folder ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a folder' });
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(path));
    }
}
/** What follows `.<name>.` in a temp of output `<name>`: pid, host tag, random part. */
const TEMP_TAIL = /^(\d+)\.([0-9a-f]{8})\.[0-9a-f]{12}\.tmp$/;
/** The same before the host tag (and validate's key files): judged by age and pid only. */
const UNTAGGED_TEMP_TAIL = /^(\d+)\.[0-9a-f]{12}\.tmp$/;
/**
 * A fresh temp path beside `path` for writing it: same folder, so the rename never crosses a file
 * system; dot-prefixed, so globs skip it; named for the output and the writer, so a later write of
 * the same output can tell a dead writer's leftover from a live one's.
 */
function outputTempPath(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(path)}.${process.pid}.${(0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_7__/* .hostTag */ .bf)()}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
/**
 * Per folder, the names in it that may be output temps, listed once per process: a step writing
 * many outputs into a big folder would otherwise read it whole for each (10,000 entries: about
 * 6 ms of CPU a write). A temp a writer leaves after the listing is the next process's to sweep.
 */
const tempNamesByFolder = new Map();
function tempNamesIn(dir) {
    let names = tempNamesByFolder.get(dir);
    if (names === undefined) {
        names = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).then((all) => all.filter((n) => n.startsWith('.') && n.endsWith('.tmp')), () => []);
        tempNamesByFolder.set(dir, names);
    }
    return names;
}
/**
 * Removes the temps of output `path` that a killed writer left (its pid gone from this host; one
 * from another host or an older version only when over an hour old). Returns the paths removed.
 */
async function sweepOutputTemps(path) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path);
    const prefix = `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(path)}.`;
    const tail = (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : '');
    const match = (name) => TEMP_TAIL.test(tail(name)) || UNTAGGED_TEMP_TAIL.test(tail(name));
    const listed = await tempNamesIn(dir);
    const names = listed.filter(match);
    if (names.length === 0)
        return [];
    const removed = await (0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_7__/* .sweepStaleTemps */ .RX)(dir, {
        names,
        match,
        pidOf: (name) => {
            const m = TEMP_TAIL.exec(tail(name)) ?? UNTAGGED_TEMP_TAIL.exec(tail(name));
            return m ? Number(m[1]) : undefined;
        },
        hostOf: (name) => TEMP_TAIL.exec(tail(name))?.[2],
    });
    const gone = new Set(removed.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(p)));
    tempNamesByFolder.set(dir, Promise.resolve(listed.filter((n) => !gone.has(n))));
    return removed;
}
function escapeWorkflowCommand(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Says that replacing `target` left its other hard links with the old content (see the top of this file). */
function warnIfHardLinksKeptOldContent(target) {
    const others = (target.stats?.nlink ?? 1) - 1;
    if (target.kind !== 'file' || others < 1)
        return;
    const names = others === 1 ? '1 other hard link keeps' : `${others} other hard links keep`;
    const message = `${target.given} was replaced and its ${names} the previous content (outputs are never written in place); to share an output under two names, use a symbolic link, which outputs are written through`;
    process.stderr.write(process.env.GITHUB_ACTIONS === 'true' ? `::warning::${escapeWorkflowCommand(message)}\n` : `mlops: warning: ${message}\n`);
}
async function writeInPlace(path, data) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'w');
    try {
        await fh.writeFile(data);
    }
    finally {
        await fh.close();
    }
}
async function writeBeside(target, data) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target.path);
    if (!target.viaLink)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    await sweepOutputTemps(target.path);
    const tmp = outputTempPath(target.path);
    const release = (0,_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .removeOnInterrupt */ .vY)(tmp);
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'wx');
        try {
            await fh.writeFile(data);
            // A replaced file keeps its permissions (a rename would otherwise reset them to the umask's).
            if (target.stats)
                await fh.chmod(target.stats.mode & 0o7777);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target.path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
        throw e;
    }
    finally {
        release();
    }
    warnIfHardLinksKeptOldContent(target);
}
async function writeFileAtomic(path, data) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device')
            await writeInPlace(target.path, data);
        else
            await writeBeside(target, data);
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
}
/**
 * Puts a finished temp file (written by a streaming writer) at output `path` the same way
 * writeFileAtomic does: renamed over the file links lead to (copied beside it first when that is on
 * another folder or file system), copied into a device or FIFO in place. The temp file is gone after.
 */
async function commitTempFile(tmp, path) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device') {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(tmp), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(target.path, { flags: 'w' }));
        }
        else if ((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target.path) === (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(tmp))) {
            await sweepOutputTemps(target.path);
            if (target.stats)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(tmp, target.stats.mode & 0o7777);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target.path);
            warnIfHardLinksKeptOldContent(target);
        }
        else {
            // The temp was made beside the link: sweep a killed writer's leftovers there too.
            if (target.viaLink)
                await sweepOutputTemps((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(path));
            await writeBeside(target, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(tmp));
        }
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
    }
}
/** JSON with two-space indentation and a trailing newline (stable, diff-friendly). */
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}


/***/ }),

/***/ 4357:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishModel: () => (/* binding */ publishModel)
});

// UNUSED EXPORTS: OCI_ONLY_ABOVE_BYTES, contentDigestOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/config/mlops-config.ts + 2 modules
var mlops_config = __webpack_require__(7855);
// EXTERNAL MODULE: ../../../../shared/compare/compare-files.ts
var compare_files = __webpack_require__(4977);
// EXTERNAL MODULE: ../../../../shared/formats/comparison-format.ts + 1 modules
var comparison_format = __webpack_require__(9793);
// EXTERNAL MODULE: ../../../../shared/formats/explanation-format.ts
var explanation_format = __webpack_require__(3994);
// EXTERNAL MODULE: ../../../../shared/data/profile-merge.ts
var profile_merge = __webpack_require__(7781);
// EXTERNAL MODULE: ../../../../shared/formats/run-format.ts
var run_format = __webpack_require__(6048);
// EXTERNAL MODULE: ../../../../shared/report/explanation-summary.ts
var explanation_summary = __webpack_require__(2201);
// EXTERNAL MODULE: ../../../../shared/report/evaluation-summary.ts
var evaluation_summary = __webpack_require__(3176);
// EXTERNAL MODULE: ../../../../shared/report/markdown-escape.ts
var markdown_escape = __webpack_require__(1160);
;// CONCATENATED MODULE: ../../../../shared/report/model-card.ts




/** Slice rows shown per slice column; the evaluation asset has them all. */
const MAX_SLICE_ROWS = 30;
/** Features shown in the importance table; the explanation asset has them all. */
const MAX_FEATURES = 20;
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
/** What the model relies on: explain's permutation importances, when published with the version. */
function explanationSection(x) {
    if (!x)
        return [];
    const worse = x.metric.direction === 'higher' ? 'drops' : 'rises';
    const out = [
        '',
        '## What the model relies on',
        '',
        `Permutation importance (scikit-learn's definition): how much ${cell(x.metric.name)} ${worse} when one feature's values are shuffled across the rows, mean ± std over ${x.repeats} repeats on ${x.dataset.rows_used.toLocaleString('en-US')} rows of \`${x.dataset.sha256.slice(0, 12)}\` (baseline ${(0,explanation_summary/* formatImportance */.Iz)(x.metric.baseline)}). Near zero: the model does not use the feature; below zero: shuffling it did not hurt.`,
        '',
        '| rank | feature | importance | ± std |',
        '| ---: | --- | ---: | ---: |',
    ];
    for (const f of x.features.slice(0, MAX_FEATURES))
        out.push(`| ${f.rank} | ${cell(f.feature)} | ${(0,explanation_summary/* formatImportance */.Iz)(f.importance_mean)} | ${(0,explanation_summary/* formatImportance */.Iz)(f.importance_std)} |`);
    if (x.features.length > MAX_FEATURES)
        out.push('', `${x.features.length - MAX_FEATURES} more features are in ${explanation_format/* EXPLANATION_ASSET */.ph}.`);
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
    const { manifest: m, evaluation: e, profile, release, explanation } = input;
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
        ...explanationSection(explanation),
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

// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts
var atomic_write = __webpack_require__(3196);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/runtime/signal-cleanup.ts
var signal_cleanup = __webpack_require__(2946);
// EXTERNAL MODULE: ../../../../shared/runtime/temp-work-dir.ts
var temp_work_dir = __webpack_require__(1109);
// EXTERNAL MODULE: ../../../../shared/registry/archive.ts
var registry_archive = __webpack_require__(324);
// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var registry_errors = __webpack_require__(1543);
// EXTERNAL MODULE: ../../../../shared/registry/lineage.ts
var registry_lineage = __webpack_require__(4111);
// EXTERNAL MODULE: ../../../../shared/formats/manifest-format.ts
var manifest_format = __webpack_require__(9680);
// EXTERNAL MODULE: ../../../../shared/runtime/file-digest.ts
var file_digest = __webpack_require__(322);
// EXTERNAL MODULE: ../../../../shared/registry/release-files.ts
var release_files = __webpack_require__(8317);
// EXTERNAL MODULE: ../../../../shared/registry/semver.ts
var semver = __webpack_require__(3004);
// EXTERNAL MODULE: ../../../../shared/registry/state-update.ts
var state_update = __webpack_require__(9753);
// EXTERNAL MODULE: ../../../../shared/formats/state-format.ts
var state_format = __webpack_require__(1156);
// EXTERNAL MODULE: ../../../../shared/registry/tag.ts
var registry_tag = __webpack_require__(7170);
// EXTERNAL MODULE: ../../../../shared/formats/oci-artifact-format.ts
var oci_artifact_format = __webpack_require__(8517);
;// CONCATENATED MODULE: ../../../../shared/steps/publish-model.ts
/**
 * The publish-model step: packages a model as a versioned, checksummed, immutable release with
 * lineage and a model card, and records it in the registry state. One function for the action,
 * `mlops publish` and the tests; the ports decide where it goes (a local folder, or GitHub releases
 * and the state branch, where they also read the merged PR's bump label and add the workflow
 * artifact and build provenance: shared/github/publish-ports.ts).
 *
 * Immutability: a version's content is identified by its manifest's `content_digest`. Publishing
 * the same content again is a no-op success (with --bump too: the version already holding that
 * content is returned, never a new one); different content under an existing version is a
 * ConflictError. Two concurrent publishes that bump to the same version: the loser bumps again.
 */


























/** GitHub release assets must be under 2 GiB: a larger archive can only live in an OCI registry. */
const OCI_ONLY_ABOVE_BYTES = 2 * 1024 ** 3;
/** Publishes that bump to a version another publish just took try again, at most this often. */
const BUMP_RACE_ATTEMPTS = 5;
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
    const { sha256 } = await (0,file_digest/* sha256File */.Q)(path);
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
    return (await (0,mlops_config.loadConfig)(options.config)).release?.models?.[model];
}
/** The manifest of a stored version (downloaded and checked). */
async function publishModel(options, ports) {
    // Everything that needs no answer from the registry is checked first: a typo costs no API call.
    ports.preflight?.();
    (0,registry_tag/* validateModelName */.HW)(options.model);
    const explicit = options.version !== undefined && options.version !== '';
    if (explicit)
        (0,semver/* normalizeVersion */.Qj)(options.version, { option: 'version' });
    let oci = options.oci === '' ? undefined : options.oci;
    if (oci !== undefined) {
        if (!ports.oci)
            throw new Error('publish was given an OCI repository but no OCI client (ports.oci)');
        oci = ports.oci.checkRepository(oci);
    }
    const labels = explicit || options.bump !== undefined ? [] : options.labels?.length ? options.labels : ((await ports.bumpLabels?.()) ?? []);
    const result = await publishRelease({ ...options, labels, oci }, ports);
    return ports.sideProducts ? { ...result, ...(await ports.sideProducts(result)) } : result;
}
async function publishRelease(options, ports) {
    const model = (0,registry_tag/* validateModelName */.HW)(options.model);
    const now = options.now ?? (() => new Date());
    const env = options.env ?? process.env;
    const evaluation = await (0,compare_files/* readEvaluationReport */.r)(options.evaluation);
    const profile = options.profile ? await (0,profile_merge.readProfile)(options.profile) : undefined;
    const run = options.run ? await (0,release_files/* readJsonAs */.X)(options.run, run_format/* runRecordSchema */._A, `${run_format/* RUN_SCHEMA */.EJ} train record`, 'point at the record train wrote (--run-out)') : undefined;
    const comparison = options.comparison
        ? await (0,release_files/* readJsonAs */.X)(options.comparison, comparison_format/* comparisonSchema */.D, `${comparison_format/* COMPARISON_SCHEMA */.GX} comparison`, 'point at the comparison.json compare wrote')
        : undefined;
    const explanation = options.explanation
        ? await (0,release_files/* readJsonAs */.X)(options.explanation, explanation_format/* explanationSchema */.lr, `${explanation_format/* EXPLANATION_SCHEMA */.YC} explanation`, 'point at the explanation.json explain wrote')
        : undefined;
    const release = await releaseText(options, model);
    const workDir = await (0,temp_work_dir/* makeTempWorkDir */.j)('mlops-publish-');
    const work = workDir.path;
    try {
        const archivePath = (0,external_node_path_.join)(work, manifest_format/* ARCHIVE_ASSET */.MS);
        const archive = await (0,registry_archive/* writeModelArchive */.dW)(options.files, archivePath);
        const evaluationFile = await (0,file_digest/* sha256File */.Q)(options.evaluation);
        const examplesFile = await perExampleFile(options.evaluation, evaluation.examples);
        const profileFile = options.profile ? await (0,file_digest/* sha256File */.Q)(options.profile) : undefined;
        const runFile = options.run ? await (0,file_digest/* sha256File */.Q)(options.run) : undefined;
        const comparisonFile = options.comparison ? await (0,file_digest/* sha256File */.Q)(options.comparison) : undefined;
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
            const oci = options.oci !== undefined && ports.oci ? { repository: options.oci, tag: ports.oci.tagOf(version) } : undefined;
            // Over GitHub's limit the archive cannot be a release asset: the OCI registry is its only copy.
            const ociOnly = oci !== undefined && archive.size >= (options.ociOnlyAbove ?? OCI_ONLY_ABOVE_BYTES);
            const manifest = {
                schema: manifest_format/* MODEL_MANIFEST_SCHEMA */.ek,
                name: model,
                version,
                tag,
                content_digest: contentDigest,
                created_at: created,
                archive: { name: manifest_format/* ARCHIVE_ASSET */.MS, size: archive.size, sha256: archive.sha256, files, ...(oci ? { oci } : {}) },
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
            const card = renderModelCard({ manifest, evaluation, profile, release, explanation });
            const cardPath = (0,external_node_path_.join)(work, manifest_format/* MODEL_CARD_ASSET */.Wd);
            await (0,promises_.writeFile)(cardPath, card);
            const assetFiles = [
                ...(ociOnly ? [] : [{ name: manifest_format/* ARCHIVE_ASSET */.MS, path: archivePath }]),
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
            if (options.explanation)
                assetFiles.push({ name: explanation_format/* EXPLANATION_ASSET */.ph, path: options.explanation });
            for (const a of assetFiles)
                manifest.assets.push({ name: a.name, ...(await (0,file_digest/* sha256File */.Q)(a.path)) });
            const manifestText = `${JSON.stringify(manifest_format/* modelManifestSchema */.a2.parse(manifest), null, 2)}\n`;
            const manifestPath = (0,external_node_path_.join)(work, manifest_format/* MANIFEST_ASSET */.ny);
            await (0,promises_.writeFile)(manifestPath, manifestText);
            const manifestSha = (0,external_node_crypto_.createHash)('sha256').update(manifestText).digest('hex');
            // Pushed before the release exists, so a release never points at an artifact that is not
            // there; the pointer (the OCI manifest's digest) then goes into the release beside manifest.json.
            const releaseFiles = [{ name: manifest_format/* MANIFEST_ASSET */.ny, path: manifestPath }];
            let artifact;
            if (oci && ports.oci) {
                artifact = await ports.oci.push(oci.repository, oci.tag, { path: archivePath, sha256: archive.sha256, size: archive.size }, { path: manifestPath, sha256: manifestSha, size: Buffer.byteLength(manifestText) }, !ociOnly);
                const pointerPath = (0,external_node_path_.join)(work, oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb);
                await (0,promises_.writeFile)(pointerPath, `${JSON.stringify(oci_artifact_format/* ociArtifactSchema */.b.parse(artifact), null, 2)}\n`);
                releaseFiles.push({ name: oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb, path: pointerPath });
            }
            let ref;
            try {
                ref = await ports.releases.create(model, version, [...releaseFiles, ...assetFiles], card);
            }
            catch (e) {
                if (!(e instanceof registry_errors/* ConflictError */.fK))
                    throw e;
                // Someone published this version between our find() and create(): same content is fine.
                const raced = await ports.releases.find(model, version);
                if (raced) {
                    const stored = await (0,release_files/* fetchManifest */.C)(ports.releases, raced, work);
                    if (stored.manifest.content_digest === contentDigest)
                        return await alreadyThere(ports, model, version, contentDigest, reason, work, lineage, now, options.outDir);
                }
                if (!explicit && attempt < BUMP_RACE_ATTEMPTS)
                    continue;
                throw e;
            }
            await recordVersion(ports, model, { version, tag, url: ref.url, manifest_sha256: manifestSha, content_digest: contentDigest, published_at: created, published_by: lineage.actor }, lineage, options.retry, now);
            const out = options.outDir ? await replaceFolder(options.outDir, [...releaseFiles, ...assetFiles], (f, to) => (0,promises_.copyFile)(f.path, to)) : [];
            return { status: 'published', model, version, tag, url: ref.url, reason, content_digest: contentDigest, manifest, manifest_sha256: manifestSha, files: out, ...(artifact ? { oci: artifact } : {}) };
        }
    }
    finally {
        await workDir.remove();
    }
}
/** The version exists: a no-op when it holds the same content, a ConflictError otherwise. */
async function alreadyThere(ports, model, version, contentDigest, reason, work, lineage, now, outDir) {
    const ref = await ports.releases.find(model, version);
    if (!ref)
        throw new Error(`${(0,registry_tag/* tagOf */.cO)(model, version)} vanished while publishing`);
    const stored = await (0,release_files/* fetchManifest */.C)(ports.releases, ref, work);
    if (stored.manifest.content_digest !== contentDigest) {
        throw new registry_errors/* ConflictError */.fK(`${ref.tag} is already published with different content (content digest ${stored.manifest.content_digest.slice(0, 12)}, this publish ${contentDigest.slice(0, 12)})`, {
            hint: (o) => `a published version is immutable: publish under a new version (${o.setting('bump', 'patch|minor|major')} or another ${o.option('version')})`,
        });
    }
    // Repairs the state when an earlier publish stored the release but died before recording it.
    await recordVersion(ports, model, { version, tag: ref.tag, url: ref.url, manifest_sha256: stored.sha256, content_digest: contentDigest, published_at: stored.manifest.created_at, published_by: stored.manifest.lineage.actor }, lineage, undefined, now);
    const pointer = ref.assets.some((a) => a.name === oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb) ? [oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb] : [];
    const names = [manifest_format/* MANIFEST_ASSET */.ny, ...pointer, ...stored.manifest.assets.map((a) => a.name)].map((name) => ({ name }));
    const out = outDir ? await replaceFolder(outDir, names, (f, to) => (f.name === manifest_format/* MANIFEST_ASSET */.ny ? (0,promises_.copyFile)(stored.path, to) : ports.releases.download(ref, f.name, to))) : [];
    let artifact;
    if (pointer.length) {
        const path = (0,external_node_path_.join)(work, `${version}.${oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb}`);
        await ports.releases.download(ref, oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb, path);
        artifact = await (0,release_files/* readJsonAs */.X)(path, oci_artifact_format/* ociArtifactSchema */.b, `OCI pointer of ${ref.tag}`, 'the stored release is damaged');
    }
    return { status: 'unchanged', model, version, tag: ref.tag, url: ref.url, reason, content_digest: contentDigest, manifest: stored.manifest, manifest_sha256: stored.sha256, files: out, ...(artifact ? { oci: artifact } : {}) };
}
/**
 * Fills a staging folder beside `dir` with `files` (by `put`), then swaps it in for `dir`: a
 * failure part-way leaves `dir` as it was. Returns the files' final paths.
 */
async function replaceFolder(dir, files, put) {
    // Through a link to the folder it names (the link stays); a file in the way is refused, not removed.
    const target = await (0,atomic_write/* resolveOutputFolder */.UY)(dir);
    const staging = await (async () => {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        return (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.staging-`));
    })().catch((e) => {
        throw (0,atomic_write/* outputWriteError */.NF)(dir, e);
    });
    const release = (0,signal_cleanup/* removeOnInterrupt */.vY)(staging);
    try {
        for (const f of files)
            await put(f, (0,external_node_path_.join)(staging, f.name));
        await (0,promises_.rm)(target, { recursive: true, force: true });
        await (0,promises_.rename)(staging, target);
    }
    catch (e) {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        throw (0,atomic_write/* outputWriteError */.NF)(dir, e);
    }
    finally {
        release();
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


/***/ })

};
