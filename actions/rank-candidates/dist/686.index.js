export const id = 686;
export const ids = [686];
export const modules = {

/***/ 2362:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ retrainRequestPath),
/* harmony export */   Ce: () => (/* binding */ CHECK_SUMMARY_LIMIT),
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   UF: () => (/* binding */ retrainMarker),
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   Yr: () => (/* binding */ readRetrainDecision),
/* harmony export */   tx: () => (/* binding */ COMMENT_BODY_LIMIT),
/* harmony export */   ux: () => (/* binding */ retrainPrTitle),
/* harmony export */   yb: () => (/* binding */ retrainBranch),
/* harmony export */   yg: () => (/* binding */ retrainEventMarker)
/* harmony export */ });
/* unused harmony exports checkRunName, modelSlug */
/* harmony import */ var _retrain_request_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5376);
/**
 * What our posts on the forge look like, so any run can find its own again: the hidden markers of
 * sticky comments and retraining PRs, the slug of a model in branch and file names, the check run
 * name, and GitHub's size limits on the text we post. Renderers and both forges read them.
 */

/** GitHub's limit on issue and PR comment bodies ("maximum is 65536 characters"). */
const COMMENT_BODY_LIMIT = 65_536;
/** GitHub's limit on a check run's `output.summary` and `output.text`. */
const CHECK_SUMMARY_LIMIT = 65_535;
/** `mlops / <model>`: the check run name for a model. */
function checkRunName(model) {
    return `mlops / ${model}`;
}
/**
 * The hidden marker that identifies one sticky comment: `<!-- mlops-actions:<workflow>/<model> -->`.
 * The id is reduced to characters that cannot end an HTML comment early (no `--`, no `>`), so a
 * model name can never break out of the marker.
 */
function stickyMarker(parts) {
    const clean = (s) => s
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9._/-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-|-$/g, '') || '_';
    return `<!-- mlops-actions:${clean(parts.workflow)}/${clean(parts.model)} -->`;
}
/**
 * A model name reduced to what is safe in a marker, a branch name and a file name: `[a-z0-9._-]`,
 * no `..`, no `--`, not starting or ending with `.` or `-`. Names differing only in case or
 * punctuation share a slug (and so a retraining PR): keep model names distinct in those terms.
 */
function modelSlug(model) {
    const slug = model
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '')
        // Git refuses a ref component ending in `.lock`.
        .replace(/\.lock$/, '-lock');
    return slug === '' ? '_' : slug;
}
/** `mlops/retrain/<model>`: the fixed branch of a model's retraining PR. */
function retrainBranch(model) {
    return `mlops/retrain/${modelSlug(model)}`;
}
/** `.mlops/retrain/<model>.json`: where the request file lives on that branch (and, once merged, on the base). */
function retrainRequestPath(model) {
    return `.mlops/retrain/${modelSlug(model)}.json`;
}
/**
 * The hidden marker in a retraining PR's body: `<!-- mlops-actions:retrain/<model> decision=<d> -->`.
 * The model is slugged as for `stickyMarker`, so it can never end the comment early.
 */
function retrainMarker(model, decision) {
    return `<!-- mlops-actions:retrain/${modelSlug(model)} decision=${decision} -->`;
}
/** The marker of the comments the retraining PR gets on decision changes (read back to post each at most once). */
function retrainEventMarker(model, decision) {
    return `<!-- mlops-actions:retrain/${modelSlug(model)}/event decision=${decision} -->`;
}
/** The decision recorded by `retrainMarker` (or `retrainEventMarker` with `event`) for this model in `body`, if any. */
function readRetrainDecision(body, model, kind = 'body') {
    const id = `retrain/${modelSlug(model)}${kind === 'event' ? '/event' : ''}`;
    const m = new RegExp(`<!-- mlops-actions:${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} decision=([a-z_]+) -->`).exec(body ?? '');
    const d = m?.[1];
    return d !== undefined && _retrain_request_format_js__WEBPACK_IMPORTED_MODULE_0__/* .RETRAIN_DECISIONS */ .Wf.includes(d) ? d : undefined;
}
/** The body as posted: the marker first (once), then the Markdown. */
function withMarker(marker, body) {
    return body.includes(marker) ? body : `${marker}\n${body}`;
}
/** The default PR title: `Retrain <model>` (stable across decisions, so a title edit never notifies anyone). */
function retrainPrTitle(model) {
    return `Retrain ${model.replace(/[\r\n\u2028\u2029]+/g, ' ').slice(0, 200)}`;
}


/***/ }),

/***/ 5376:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wf: () => (/* binding */ RETRAIN_DECISIONS),
/* harmony export */   kK: () => (/* binding */ RETRAIN_REQUEST_RUN_FIELDS)
/* harmony export */ });
/* unused harmony export RETRAIN_REQUEST_SCHEMA */
/**
 * `mlops-actions/retrain-request@1`: the file a retraining PR commits on its branch, and the
 * decision values the PR's markers carry. A format: the drift renderer writes it, both forges read it.
 */
const RETRAIN_DECISIONS = ['ok', 'drift', 'degradation', 'drift_and_degradation'];
const RETRAIN_REQUEST_SCHEMA = 'mlops-actions/retrain-request@1';
/**
 * Fields of the request file that describe the run rather than the evidence: a file that differs
 * only in them is "unchanged" and not committed again, so a re-run (or a later run that finds the
 * same thing) adds no commit. The file then keeps naming the run that first found the evidence.
 */
const RETRAIN_REQUEST_RUN_FIELDS = ['run_url', 'detected_at'];


/***/ }),

/***/ 5101:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CW: () => (/* binding */ formatDelta),
  Fl: () => (/* binding */ formatValue)
});

// UNUSED EXPORTS: checkRunConclusion, checkRunTitle, directionArrow, equalByDefinition, formatP, formatPercent, renderChart, renderCheckRunOutput, renderComparisonComment, renderComparisonReport, renderComparisonSummary, shownRuleCounts, verdictHeadline

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/report/markdown-escape.ts
var markdown_escape = __webpack_require__(1160);
// EXTERNAL MODULE: ../../../../shared/formats/drift-text.ts
var drift_text = __webpack_require__(3874);
;// CONCATENATED MODULE: ../../../../shared/report/what-changed-section.ts
/**
 * The "What changed" section of the PR report (above the metric table): a lead sentence a reviewer
 * reads first ("the head's training data has 30% more rows; `temp_max` moved (Wasserstein distance
 * 0.23); 2 params changed"), then params, data, and code and environment, each only when it has
 * something to say. When only the code changed, or nothing did, it is one line.
 *
 * Every name in it (params, paths, columns, commands) came from a run record or a profile, possibly
 * a fork's: each goes through escapeMarkdownCell. Lists are capped by `maxRows`; the caller drops
 * the whole section first when the comment nears GitHub's limit.
 */


const esc = (s, max = 120) => escapeMarkdownCell(s, max);
const n = (x) => x.toLocaleString('en-US');
const what_changed_section_short = (sha) => (sha === null ? '—' : sha.slice(0, 12));
function valueCell(v) {
    return v.sha256 ? `${esc(v.value, 80)} (sha256 ${v.sha256.slice(0, 12)})` : esc(v.value, 80);
}
function rowsChange(from, to) {
    if (from === to)
        return `${n(to)} rows, as before`;
    const pct = from > 0 ? ` (${to > from ? '+' : ''}${((100 * (to - from)) / from).toFixed(1)}%)` : '';
    return `${n(from)} → ${n(to)} rows${pct}`;
}
function paramsCount(p) {
    const parts = [
        p.changed.length ? `${p.changed.length} changed` : '',
        p.added.length ? `${p.added.length} added` : '',
        p.removed.length ? `${p.removed.length} removed` : '',
        p.not_listed ? `${n(p.not_listed)} more not listed` : '',
        p.seed ? 'the seed' : '',
    ].filter(Boolean);
    return parts.join(', ');
}
const BRIEF_TEST = { ks: 'KS', chisquare: 'chi-square', z: 'Z-test', wasserstein: 'Wasserstein', jensenshannon: 'Jensen-Shannon', psi: 'PSI' };
/** "Wasserstein 0.23" or "KS p = 9.9e-43": the full wording is in the table below. */
function briefMovement(c) {
    return c.p_value === null ? `${BRIEF_TEST[c.test]} ${formatDriftNumber(c.statistic)}` : `${BRIEF_TEST[c.test]} p = ${formatDriftNumber(c.p_value)}`;
}
/** One sentence: what moved, most telling first. Empty when nothing did. */
function lead(w) {
    const parts = [];
    const d = w.data;
    if (d) {
        if (d.rows.from !== d.rows.to) {
            const pct = d.rows.from > 0 ? `${Math.abs((100 * (d.rows.to - d.rows.from)) / d.rows.from).toFixed(0)}% ${d.rows.to > d.rows.from ? 'more' : 'fewer'} rows` : `${n(d.rows.to)} rows`;
            parts.push(`the training data has ${pct} (${n(d.rows.from)} → ${n(d.rows.to)})`);
        }
        if (d.moved.length) {
            const shown = d.moved.slice(0, 3).map((c) => `${esc(c.column, 60)} (${briefMovement(c)})`);
            parts.push(`${d.moved.length === 1 ? 'column' : 'columns'} ${shown.join(', ')}${d.moved.length > 3 ? ` and ${d.moved.length - 3} more` : ''} moved`);
        }
        if (d.columns_added.length + d.columns_removed.length)
            parts.push(`${d.columns_added.length} columns added, ${d.columns_removed.length} removed`);
    }
    const p = w.params;
    if (p) {
        const count = p.changed.length + p.added.length + p.removed.length + p.not_listed;
        if (count)
            parts.push(count === 1 && p.changed.length === 1 ? `param ${esc(p.changed[0].key, 60)} changed (${valueCell(p.changed[0].from)} → ${valueCell(p.changed[0].to)})` : `${n(count)} params changed`);
        if (p.seed)
            parts.push(`the seed changed (${p.seed.from} → ${p.seed.to})`);
    }
    const c = w.code;
    if (c) {
        if (c.command)
            parts.push('the training command changed');
        if (c.files.length)
            parts.push(c.files.length <= 2 ? `${c.files.map((f) => esc(f.path, 60)).join(' and ')} changed` : `${c.files.length} files changed`);
        if (c.environment.length)
            parts.push(`the environment differs (${c.environment.map((e) => esc(e.what, 40)).slice(0, 3).join(', ')})`);
    }
    if (!parts.length)
        return '';
    const sentence = parts.join('; ');
    return `${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
}
function paramsLines(p, maxRows) {
    const rows = [
        ...p.changed.map((c) => `| ${esc(c.key)} | ${valueCell(c.from)} | ${valueCell(c.to)} |`),
        ...p.added.map((c) => `| ${esc(c.key)} | — | ${valueCell(c.to)} |`),
        ...p.removed.map((c) => `| ${esc(c.key)} | ${valueCell(c.from)} | — |`),
    ];
    if (p.seed)
        rows.push(`| _seed_ | ${p.seed.from} | ${p.seed.to} |`);
    if (!rows.length)
        return [`**Params**: the same (${n(p.unchanged)} keys).`, ''];
    const out = [`**Params**: ${paramsCount(p)}; ${n(p.unchanged)} the same.`, '', '| param | baseline | head |', '| --- | --- | --- |', ...rows.slice(0, maxRows)];
    if (rows.length > maxRows || p.not_listed)
        out.push(`| … | ${n(rows.length - Math.min(rows.length, maxRows) + p.not_listed)} more in comparison.json | |`);
    return [...out, ''];
}
function dataLines(d, maxRows) {
    const out = [`**Training data**: ${rowsChange(d.rows.from, d.rows.to)}.`];
    const changedInputs = d.inputs.filter((i) => i.rows_from !== i.rows_to || i.sha256_from !== i.sha256_to);
    if (changedInputs.length) {
        out.push('', '| input | rows (baseline → head) | SHA-256 (baseline → head) |', '| --- | --- | --- |');
        for (const i of changedInputs.slice(0, maxRows)) {
            const rows = `${i.rows_from === null ? '—' : n(i.rows_from)} → ${i.rows_to === null ? '—' : n(i.rows_to)}`;
            out.push(`| ${esc(i.path)} | ${rows} | ${what_changed_section_short(i.sha256_from)} → ${what_changed_section_short(i.sha256_to)} |`);
        }
        if (changedInputs.length > maxRows)
            out.push(`| … | ${changedInputs.length - maxRows} more in comparison.json | |`);
    }
    if (d.columns_added.length)
        out.push('', `Columns added: ${d.columns_added.slice(0, 20).map((c) => esc(c, 60)).join(', ')}${d.columns_added.length > 20 ? ` and ${d.columns_added.length - 20} more` : ''}.`);
    if (d.columns_removed.length)
        out.push('', `Columns removed: ${d.columns_removed.slice(0, 20).map((c) => esc(c, 60)).join(', ')}${d.columns_removed.length > 20 ? ` and ${d.columns_removed.length - 20} more` : ''}.`);
    const tested = d.moved.length + d.unmoved;
    if (d.moved.length) {
        out.push('', `Moved: ${d.moved.length} of ${n(tested)} columns tested (the drift step's tests and thresholds, on the two profiles)${d.skipped.length ? `; ${d.skipped.length} not tested` : ''}.`, '');
        out.push('| column | how far it moved |', '| --- | --- |');
        for (const c of d.moved.slice(0, maxRows))
            out.push(`| ${esc(c.column)} | ${columnMovement(c)} |`);
        if (d.moved.length > maxRows)
            out.push(`| … | ${d.moved.length - maxRows} more in comparison.json |`);
    }
    else if (tested)
        out.push('', `No column moved (${n(tested)} tested with the drift step's tests${d.skipped.length ? `; ${d.skipped.length} not tested` : ''}).`);
    return [...out, ''];
}
function codeLines(c, maxRows) {
    const items = [];
    if (c.command)
        items.push(`- command: ${esc(c.command.from, 200)} → ${esc(c.command.to, 200)}`);
    for (const f of c.files.slice(0, maxRows)) {
        items.push(`- ${esc(f.path)}: ${f.change === 'changed' ? `changed (${what_changed_section_short(f.sha256_from)} → ${what_changed_section_short(f.sha256_to)})` : f.change === 'added' ? 'added to the inputs' : 'no longer an input'}`);
    }
    if (c.files.length > maxRows)
        items.push(`- … and ${c.files.length - maxRows} more files (comparison.json)`);
    for (const e of c.environment)
        items.push(`- ${esc(e.what, 80)}: ${esc(e.from ?? 'none', 80)} → ${esc(e.to ?? 'none', 80)}`);
    if (!items.length)
        return [`**Code and environment**: the same (command, ${n(c.unchanged_files)} input files, runtime).`, ''];
    return ['**Code and environment**', '', ...items, ''];
}
/** The section as Markdown lines (ending with an empty line); none when there is nothing to show. */
function what_changed_section_renderWhatChanged(w, maxRows = 20) {
    if (!w)
        return [];
    const title = '### What changed';
    const notes = w.notes.map((x) => `_${esc(x, 300)}._`);
    if (w.summary === 'unknown')
        return [title, '', ...notes.flatMap((x) => [x, '']), ''];
    if (w.summary === 'code-only' && w.code) {
        const files = w.code.files.slice(0, 5).map((f) => esc(f.path, 80)).join(', ');
        return [title, '', `Only the code changed: ${files}${w.code.files.length > 5 ? ` and ${w.code.files.length - 5} more` : ''}; params, training data and environment are the baseline's.`, ''];
    }
    if (w.summary === 'nothing') {
        const compared = [w.params ? 'params' : '', w.data ? 'training data' : '', w.code ? 'code and environment' : ''].filter(Boolean).join(', ');
        return [title, '', `Nothing changed in ${compared}: the same as the baseline's.`, ...notes.flatMap((x) => ['', x]), ''];
    }
    const out = [title, ''];
    const sentence = lead(w);
    if (sentence)
        out.push(sentence, '');
    if (w.params)
        out.push(...paramsLines(w.params, maxRows));
    if (w.data)
        out.push(...dataLines(w.data, maxRows));
    if (w.code)
        out.push(...codeLines(w.code, maxRows));
    for (const x of notes)
        out.push(x, '');
    return out;
}
/** "What changed" in one status line: how many params, moved columns and files (the comment has the rest). */
function whatChangedLine(w) {
    if (w.summary === 'unknown')
        return `not compared (${w.notes.join('; ')})`;
    if (w.summary === 'nothing')
        return 'nothing (params, data, code and environment are the baseline\'s)';
    const parts = [];
    if (w.params)
        parts.push(`${w.params.changed.length + w.params.added.length + w.params.removed.length + w.params.not_listed} params${w.params.seed ? ' and the seed' : ''}`);
    if (w.data)
        parts.push(`${w.data.rows.from} → ${w.data.rows.to} training rows, ${w.data.moved.length} columns moved${w.data.moved.length ? ` (${w.data.moved.slice(0, 5).map((c) => JSON.stringify(c.column)).join(', ')})` : ''}`);
    if (w.code)
        parts.push(`${w.code.files.length} input files${w.code.command ? ', the command' : ''}${w.code.environment.length ? `, ${w.code.environment.length} environment differences` : ''}`);
    return `${w.summary === 'code-only' ? 'only the code: ' : ''}${parts.join('; ')}`;
}

;// CONCATENATED MODULE: ../../../../shared/report/explanation-summary.ts

/** At most this many features in the summary's table (the file has them all). */
const SUMMARY_FEATURES = 50;
/** Four significant digits, signs as typed minus; tiny and huge values in exponent form. */
function explanation_summary_formatImportance(v) {
    if (v === 0)
        return '0';
    const a = Math.abs(v);
    const text = a >= 1e6 || a < 1e-4 ? v.toExponential(2) : Number(v.toPrecision(4)).toString();
    return text.replace('-', '−');
}
const explanation_summary_esc = (s) => escapeMarkdownCell(String(s));
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
    out.push(`Data: ${explanation_summary_esc(e.dataset.file)}${sample}, label ${explanation_summary_esc(e.label)} (sha256 \`${e.dataset.sha256.slice(0, 12)}\`)`);
    const better = e.metric.direction === 'higher' ? 'the drop in' : 'the rise in';
    out.push(`Importance: ${better} ${explanation_summary_esc(e.metric.name)} when a feature's values are shuffled across rows (baseline ${explanation_summary_formatImportance(e.metric.baseline)}), mean ± std over ${e.repeats} repeats, seed ${e.seed}.`);
    out.push(`The predict command ran ${e.predict.calls === 1 ? 'once' : `${e.predict.calls} times`} for ${e.predict.copies.toLocaleString('en-US')} copies of the rows.`, '');
    const shown = e.features.slice(0, SUMMARY_FEATURES);
    const max = Math.max(0, ...shown.map((f) => f.importance_mean));
    out.push('| rank | feature | importance | ± std | |', '| ---: | --- | ---: | ---: | --- |');
    for (const f of shown)
        out.push(`| ${f.rank} | ${explanation_summary_esc(f.feature)} | ${explanation_summary_formatImportance(f.importance_mean)} | ${explanation_summary_formatImportance(f.importance_std)} | ${bar(f.importance_mean, max)} |`);
    if (e.features.length > shown.length)
        out.push('', `${e.features.length - shown.length} more features in the explanation file.`);
    if (e.warnings.length > 0)
        out.push('', ...e.warnings.map((w) => `> ${explanation_summary_esc(w)}`));
    out.push('');
    return out.join('\n');
}
function renderExplanationText(e) {
    const out = [];
    const sample = e.dataset.rows_used < e.dataset.rows ? ` (sample of ${e.dataset.rows})` : '';
    out.push(`explain: ${e.task}, ${e.dataset.rows_used} rows${sample}, metric ${e.metric.name} (baseline ${explanation_summary_formatImportance(e.metric.baseline)}), ${e.repeats} repeats, ${e.predict.calls} predict call${e.predict.calls === 1 ? '' : 's'}`);
    const width = Math.max(7, ...e.features.map((f) => f.feature.length));
    out.push(`${'rank'.padStart(4)}  ${'feature'.padEnd(width)}  ${'importance'.padStart(10)}  ${'± std'.padStart(9)}`);
    for (const f of e.features) {
        out.push(`${String(f.rank).padStart(4)}  ${JSON.stringify(f.feature).slice(1, -1).padEnd(width)}  ${explanation_summary_formatImportance(f.importance_mean).padStart(10)}  ${explanation_summary_formatImportance(f.importance_std).padStart(9)}`);
    }
    for (const w of e.warnings)
        out.push(`warning: ${w}`);
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ../../../../shared/report/explanation-change-section.ts


const explanation_change_section_esc = (s) => escapeMarkdownCell(s, 80);
/** ▲ n when the head ranks the feature n places higher than the baseline, ▼ n when lower. */
function rankChange(f, x) {
    if (!x.head || !x.baseline)
        return '—';
    if (f.head_rank === null)
        return 'not in head';
    if (f.baseline_rank === null)
        return '🆕 new';
    const d = f.baseline_rank - f.head_rank;
    return d > 0 ? `▲ ${d}` : d < 0 ? `▼ ${-d}` : '=';
}
const side = (s) => (s ? `${explanation_change_section_esc(s.metric)} on ${s.rows_used.toLocaleString('en-US')} rows, ${s.repeats} repeats` : 'none');
/** The section's lines (heading, lead, table, notes); at most `maxRows` table rows. */
function explanation_change_section_renderExplanationChange(x, maxRows = 20) {
    const out = ['### What the model relies on', ''];
    out.push(`Permutation importance (explain): how much the metric worsens when a feature is shuffled. Head: ${side(x.head)}; baseline: ${side(x.baseline)}. ▲/▼: places up or down from the baseline's rank.`, '');
    const rows = x.features.slice(0, maxRows);
    if (rows.length > 0) {
        out.push('| feature | head rank | head importance | baseline rank | baseline importance | rank change |', '| --- | ---: | ---: | ---: | ---: | --- |');
        const cell = (v, f) => (v === null ? '—' : f(v));
        for (const f of rows) {
            out.push(`| ${explanation_change_section_esc(f.feature)} | ${cell(f.head_rank, String)} | ${cell(f.head_importance, formatImportance)} | ${cell(f.baseline_rank, String)} | ${cell(f.baseline_importance, formatImportance)} | ${rankChange(f, x)} |`);
        }
        if (x.features.length > rows.length)
            out.push('', `_${x.features.length - rows.length} more features are in comparison.json._`);
    }
    if (x.notes.length > 0)
        out.push('', ...x.notes.slice(0, 5).map((n) => `- ${escapeMarkdownCell(n, 300)}`));
    out.push('');
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/report/comparison-comment.ts
/**
 * The PR report of a comparison (`mlops-actions/comparison@1`): the sticky PR comment, the job
 * summary and the check run's output are all this one Markdown document, cut to each place's size
 * limit. Pure: a comparison and a little context in, strings out.
 *
 * Every string that came from a report or the config (metric, slice and model names, slice values,
 * file names, rule messages) is untrusted — in the fork-safe workflow it comes from a fork's
 * artifact — and goes through escapeMarkdown: no HTML, no @mentions, no broken tables. The only
 * raw HTML is our own `<details>` wrapper. The Mermaid chart (a fenced block, where Markdown
 * escaping does not apply) gets names reduced to a safe character set instead.
 *
 * Size: GitHub refuses comments over 65,536 characters. The metrics table and the slices section
 * each get a share of the budget and say how many rows they left out; `truncateMarkdown` is the
 * final guard. 10,000 slices render within the limit with a "Truncated" note.
 */






const comparison_comment_esc = (s, max = 120) => escapeMarkdownCell(s, max);
/** 0.9460 (4 decimals) for everyday magnitudes; 4 significant digits for tiny or huge values. */
function formatValue(x) {
    if (x === null)
        return '—';
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    if (a >= 1e4 || a < 1e-3)
        return x.toPrecision(4).replace('-', '−');
    return x.toFixed(4).replace('-', '−');
}
function formatDelta(x) {
    if (x === null)
        return '—';
    if (x === 0)
        return '±0';
    return `${x > 0 ? '+' : ''}${formatValue(x)}`;
}
function formatPercent(x) {
    if (x === null)
        return '—';
    const p = x * 100;
    if (p === 0)
        return '±0%';
    const digits = Math.abs(p) >= 100 ? 0 : Math.abs(p) >= 0.01 ? 2 : 4;
    return `${p > 0 ? '+' : '−'}${Math.abs(p).toFixed(digits)}%`;
}
function formatP(p) {
    if (p < 1e-4)
        return 'p < 0.0001';
    return `p = ${Number(p.toPrecision(2))}`;
}
/** ▲/▼ for the move, coloured by whether it is better (🟢) or worse (🔴) for this metric. */
function directionArrow(m) {
    if (m.delta === null)
        return '';
    if (m.delta === 0)
        return '＝';
    const arrow = m.delta > 0 ? '▲' : '▼';
    if (m.direction === null)
        return arrow;
    const better = (m.delta > 0) === (m.direction === 'higher');
    return `${better ? '🟢' : '🔴'}${arrow}`;
}
const LABELS = {
    improvement: 'improvement',
    regression: '**regression**',
    within_noise: 'within noise',
    not_tested: 'not tested',
};
const TEST_NAMES = { mcnemar: 'McNemar', delong: 'DeLong' };
function significanceCell(m) {
    const label = LABELS[m.label];
    if (!m.test)
        return label;
    return `${label} · ${formatP(m.test.p_value)} (${TEST_NAMES[m.test.name]})`;
}
function ciCell(m) {
    if (m.delta_ci)
        return `Δ [${formatDelta(m.delta_ci[0])}, ${formatDelta(m.delta_ci[1])}]`;
    if (m.head_ci)
        return `head [${formatValue(m.head_ci[0])}, ${formatValue(m.head_ci[1])}]`;
    return '—';
}
const OUTCOME_ICON = (r) => (r.outcome === 'pass' ? '✅' : r.outcome === 'skipped' ? '⏭️' : r.severity === 'warn' ? '⚠️' : '❌');
function ruleText(r, direction) {
    const ge = direction === 'lower' ? '≤' : '≥';
    const v = r.value === null ? '' : formatValue(r.value);
    switch (r.rule) {
        case 'present':
            return 'present';
        case 'threshold':
            return `${ge} ${v}`;
        case 'max':
            return `≤ ${v}`;
        case 'min':
            return `≥ ${v}`;
        case 'min_absolute_change':
            return `Δ ${direction === 'lower' ? '≤ −' : '≥ +'}${v}`;
        case 'min_relative_change':
            return `Δ ${direction === 'lower' ? '≤ −' : '≥ +'}${formatPercent(r.value).replace(/^[+−]/, '')}`;
        case 'max_regression':
            return `max regression ${v}`;
    }
}
/**
 * `present` is implied by every other rule, so a passed one is shown (and counted) only when it is
 * the metric's only rule (a rule that sets just a direction).
 */
const impliedPresent = (r, all) => r.rule === 'present' && r.outcome === 'pass' && all.length > 1;
function rulesCell(m) {
    const shown = m.rules.filter((r) => !impliedPresent(r, m.rules));
    if (shown.length === 0)
        return '—';
    return shown.map((r) => `${OUTCOME_ICON(r)} ${ruleText(r, m.direction)}${r.outcome === 'skipped' ? ' (skipped)' : ''}`).join(' · ');
}
function metricRow(m) {
    return `| ${comparison_comment_esc(m.name)} | ${formatValue(m.head)} | ${formatValue(m.baseline)} | ${formatDelta(m.delta)} | ${formatPercent(m.relative_delta)} | ${directionArrow(m)} | ${ciCell(m)} | ${significanceCell(m)} | ${rulesCell(m)} |`;
}
/**
 * Identities of single-label classification (scikit-learn's definitions): micro-averaged precision,
 * recall and F1 all equal accuracy, and macro-averaged recall is balanced accuracy.
 */
const EQUAL_BY_DEFINITION = new Map([
    ['precision_micro', 'accuracy'],
    ['recall_micro', 'accuracy'],
    ['f1_micro', 'accuracy'],
    ['recall_macro', 'balanced_accuracy'],
]);
const sameValue = (a, b) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b)));
/**
 * Rows of a binary report that repeat another row by definition (and do here: same head and
 * baseline values) and carry no rule: they go under a closed `<details>` so the table shows each
 * number once. A gated one stays in the table, where its rule is.
 */
function equalByDefinition(c) {
    const out = new Set();
    if (c.head.task !== 'binary')
        return out;
    const byName = new Map(c.metrics.map((m) => [m.name, m]));
    for (const m of c.metrics) {
        const twin = byName.get(EQUAL_BY_DEFINITION.get(m.name) ?? '');
        if (twin && m.rules.length === 0 && sameValue(m.head, twin.head) && sameValue(m.baseline, twin.baseline))
            out.add(m.name);
    }
    return out;
}
function foldedSection(ms) {
    if (ms.length === 0)
        return [];
    const groups = new Map();
    for (const m of ms)
        groups.set(EQUAL_BY_DEFINITION.get(m.name), [...(groups.get(EQUAL_BY_DEFINITION.get(m.name)) ?? []), comparison_comment_esc(m.name)]);
    const twins = [...groups].map(([twin, names]) => `${names.join(', ')} = ${comparison_comment_esc(twin)}`).join('; ');
    return ['', '<details>', `<summary>${ms.length} more ${ms.length === 1 ? 'row' : 'rows'}, equal by definition for a binary task: ${twins}</summary>`, '', ...METRIC_HEADER, ...ms.map(metricRow), '', '</details>'];
}
/**
 * The metric rows that fit `budget` characters, in table order: every gated row (a rule the table
 * does not show must not be counted), then the others from the top while they fit.
 */
function fitMetricRows(ms, budget) {
    const rows = ms.map(metricRow);
    const keep = ms.map((m) => m.rules.length > 0);
    let used = rows.reduce((n, r, i) => n + (keep[i] ? r.length + 1 : 0), 0);
    for (let i = 0; i < rows.length; i++) {
        if (keep[i])
            continue;
        if (used + rows[i].length + 1 > budget)
            break;
        keep[i] = true;
        used += rows[i].length + 1;
    }
    const kept = rows.filter((_, i) => keep[i]);
    return { kept, dropped: rows.length - kept.length };
}
const METRIC_HEADER = (/* unused pure expression or super */ null && (['| metric | head | baseline | Δ | Δ % | | CI | significance | rule |', '| --- | ---: | ---: | ---: | ---: | :-: | --- | --- | --- |']));
/**
 * The gate's counts as the tables show its rules: implied `present` checks that passed are neither
 * shown nor counted, so "3 rules" means the three a reviewer can find in the rule column.
 * comparison.json keeps the full count.
 */
function shownRuleCounts(c) {
    const all = [...c.metrics, ...c.slices.flatMap((s) => s.metrics), ...(c.fairness ?? []).flatMap((f) => f.summaries)];
    const implied = all.reduce((n, m) => n + m.rules.filter((r) => impliedPresent(r, m.rules)).length, 0);
    return { rules: c.gate.rules - implied, failed: c.gate.failed, warned: c.gate.warned, skipped: c.gate.skipped };
}
function verdictHeadline(c, model) {
    const name = comparison_comment_esc(model, 80);
    if (c.verdict === 'pass')
        return `## ✅ ${name}: gate passed`;
    if (c.verdict === 'fail')
        return `## ❌ ${name}: gate failed (${c.gate.failed} of ${shownRuleCounts(c).rules} rules)`;
    return `## ℹ️ ${name}: report only — no gate rules configured`;
}
/** One line for the check run's title. */
function checkRunTitle(c) {
    const { rules } = shownRuleCounts(c);
    if (c.verdict === 'pass')
        return `gate passed: ${rules} ${rules === 1 ? 'rule' : 'rules'}, none failed${c.gate.warned ? `, ${c.gate.warned} warned` : ''}`;
    if (c.verdict === 'fail')
        return `gate failed: ${c.gate.failed} of ${rules} rules failed`;
    return 'report only: no gate rules configured';
}
function checkRunConclusion(c) {
    return c.verdict === 'pass' ? 'success' : c.verdict === 'fail' ? 'failure' : 'neutral';
}
/**
 * A Markdown link when `url` is a plain http(s) URL, else the text alone: the registry's URL is
 * stored data, and a `)`, space or `javascript:` in it must not reshape the comment.
 */
function linkTo(text, url) {
    return /^https?:\/\/[^\s()<>"'`\\]+$/.test(url) ? `[${text}](${url})` : text;
}
function baselineLine(c, ctx) {
    const head = `**Head**: ${c.head.file ? comparison_comment_esc(shownPath(c.head.file)) : 'report'}${c.head.rows !== null ? ` (${c.head.rows.toLocaleString('en-US')} rows)` : ''}${ctx.headSha && /^[0-9a-f]{7,40}$/.test(ctx.headSha) ? ` at ${ctx.headSha.slice(0, 7)}` : ''}`;
    const b = ctx.baseline;
    let base;
    if (b.kind === 'file')
        base = `**baseline**: ${comparison_comment_esc(shownPath(b.file))}`;
    else if (b.kind === 'base-branch') {
        const run = b.runUrl ? `[run ${b.runNumber !== undefined ? `#${b.runNumber}` : b.runId}](${b.runUrl})` : `run ${b.runId}`;
        base = `**baseline**: ${comparison_comment_esc(b.branch)} — artifact ${comparison_comment_esc(b.artifact)} of the latest successful ${comparison_comment_esc(b.workflow)} ${run}`;
    }
    else if (b.kind === 'production') {
        base = `**baseline**: ${comparison_comment_esc(b.alias, 64)}: ${comparison_comment_esc(b.model, 64)} ${comparison_comment_esc(b.version, 64)} (${linkTo(comparison_comment_esc(b.tag), b.url)})`;
    }
    else
        base = `**baseline**: none${b.reason ? ` (${comparison_comment_esc(b.reason, 300)})` : ' (first run)'}`;
    const rows = c.baseline?.rows !== null && c.baseline?.rows !== undefined ? ` (${c.baseline.rows.toLocaleString('en-US')} rows)` : '';
    return `${head} · ${base}${b.kind !== 'none' ? rows : ''}`;
}
function significanceLine(c) {
    const s = c.significance;
    if (!s.tested)
        return `_Significance: not tested — ${comparison_comment_esc(s.reason ?? 'no paired data', 300)}._`;
    return `_Significance: paired percentile bootstrap of each Δ (${s.resamples} resamples, ${Math.round(s.confidence * 100)}% CI, seed ${s.seed}) on ${s.paired_rows?.toLocaleString('en-US') ?? '?'} paired rows; McNemar for accuracy, DeLong for ROC AUC; α = ${s.alpha}._`;
}
function bulletList(title, items, max) {
    if (items.length === 0)
        return [];
    const shown = items.slice(0, max).map((i) => `- ${comparison_comment_esc(i, 300)}`);
    if (items.length > max)
        shown.push(`- … and ${items.length - max} more (see comparison.json)`);
    return [`**${title}**`, '', ...shown, ''];
}
/** Mermaid labels: a safe character set only (the block is not Markdown-escaped), quoted. */
function mermaidLabel(s) {
    const clean = s.replace(/[^A-Za-z0-9_.:/ -]+/g, '_').slice(0, 24);
    return `"${clean || '_'}"`;
}
/** ROC AUC under its registry name, an alias, or with a dataset part (`roc_auc.test`, `val/auc`). */
const isRocAuc = (name) => name.split(/[./:]/).some((part) => part === 'roc_auc' || part === 'auc');
/** Higher-is-better scores in [0, 1] share one axis; losses would read backwards next to them. */
function chartable(m) {
    return m.direction === 'higher' && m.head !== null && m.baseline !== null && m.head >= 0 && m.head <= 1 && m.baseline >= 0 && m.baseline <= 1;
}
/**
 * Metrics worth a picture: the ones that carry the gate, then ROC AUC; a report with fewer than two
 * of those (no gate) gets the first few other scores instead. Equal-by-definition twins never.
 */
function chartMetrics(c, folded) {
    const gated = c.metrics.filter((m) => m.rules.length > 0 && chartable(m));
    const auc = c.metrics.filter((m) => m.rules.length === 0 && isRocAuc(m.name) && chartable(m));
    const picked = [...gated, ...auc];
    if (picked.length < 2) {
        const rest = c.metrics.filter((m) => !picked.includes(m) && !folded.has(m.name) && chartable(m));
        picked.push(...rest.slice(0, 4 - picked.length));
    }
    return picked.slice(0, 8);
}
/**
 * A horizontal `xychart-beta` of head (bars) vs baseline (line); empty when it would say little.
 * Horizontal because metric names are long: on a vertical chart at GitHub's width mermaid 11 prints
 * `balanced_accuracy` over its neighbours (test/report/mermaid-render.test.ts renders it in Chromium).
 */
function renderChart(c, folded = new Set()) {
    const ms = chartMetrics(c, folded);
    if (ms.length < 2)
        return [];
    const values = ms.flatMap((m) => [m.head, m.baseline]);
    const lo = Math.max(0, Math.floor((values.reduce((a, b) => Math.min(a, b), Infinity) - 0.05) * 10) / 10);
    const hi = Math.min(1, Math.ceil((values.reduce((a, b) => Math.max(a, b), -Infinity) + 0.02) * 10) / 10);
    const num = (x) => String(Number(x.toFixed(4)));
    const left = c.metrics.filter((m) => m.rules.length > 0 && !ms.includes(m));
    const why = left.length ? ` Gated but not charted (lower is better, outside 0–1 or missing a value): ${left.map((m) => comparison_comment_esc(m.name, 60)).join(', ')}.` : '';
    return [
        '```mermaid',
        'xychart-beta horizontal',
        '    title "Head (bars) vs baseline (line)"',
        `    x-axis [${ms.map((m) => mermaidLabel(m.name)).join(', ')}]`,
        `    y-axis "value" ${num(lo)} --> ${num(hi)}`,
        `    bar [${ms.map((m) => num(m.head)).join(', ')}]`,
        `    line [${ms.map((m) => num(m.baseline)).join(', ')}]`,
        '```',
        `_Bars: head; line: baseline; the value axis starts at ${num(lo)}.${why}_`,
        '',
    ];
}
const STATUS_RANK = { fail: 0, warn: 1, pass: 2, none: 3 };
function sliceName(s) {
    return `${comparison_comment_esc(s.column, 60)} = ${s.value === null ? '_(missing)_' : comparison_comment_esc(s.value, 60)}`;
}
function sliceRows(s, headline) {
    const rows = `${s.head_rows?.toLocaleString('en-US') ?? '—'} / ${s.baseline_rows?.toLocaleString('en-US') ?? '—'}`;
    const icon = s.status === 'fail' ? '❌ ' : s.status === 'warn' ? '⚠️ ' : '';
    if (s.skipped !== null || s.metrics.length === 0) {
        const why = s.skipped ?? (s.head_rows === null && s.status !== 'none' ? 'the head report has no slices on this column' : 'no metrics');
        return [`| ${icon}${sliceName(s)} | ${rows} | — | — | — | — | ${comparison_comment_esc(why, 160)} |`];
    }
    const withRules = s.metrics.filter((m) => m.rules.length > 0);
    const shown = withRules.length > 0 ? withRules : s.metrics.filter((m) => headline.includes(m.name)).slice(0, 2);
    const list = shown.length > 0 ? shown : s.metrics.slice(0, 1);
    return list.map((m) => `| ${icon}${sliceName(s)} | ${rows} | ${comparison_comment_esc(m.name, 60)} | ${formatValue(m.head)} | ${formatValue(m.baseline)} | ${formatDelta(m.delta)} ${directionArrow(m)} | ${rulesCell(m)} |`);
}
/** Fairness (evaluate --sensitive): one row per summary, head against baseline; failing columns first. */
function fairnessRows(f) {
    const icon = f.status === 'fail' ? '❌ ' : f.status === 'warn' ? '⚠️ ' : '';
    const name = `${icon}${comparison_comment_esc(f.column, 60)}${f.positive_class === null ? '' : ` · ${comparison_comment_esc(String(f.positive_class), 40)}`}`;
    if (f.summaries.length === 0) {
        return [`| ${name} | — | — | — | — | — | ${comparison_comment_esc(f.skipped ?? 'no summaries', 160)} |`];
    }
    const note = f.skipped === null ? '' : ` (${comparison_comment_esc(f.skipped, 80)})`;
    // The paired CI of the delta when both per-example files carry the column, else the head's own CI.
    return f.summaries.map((m) => `| ${name} | ${comparison_comment_esc(m.name, 60)} | ${formatValue(m.head)} | ${formatValue(m.baseline)} | ${formatDelta(m.delta)} ${directionArrow(m)} | ${ciCell(m)} | ${LABELS[m.label]} | ${rulesCell(m)}${note} |`);
}
const FAIRNESS_HEADER = (/* unused pure expression or super */ null && (['| sensitive column · class | summary | head | baseline | Δ | CI | significance | rule |', '| --- | --- | ---: | ---: | ---: | --- | --- | --- |']));
/** Why fairness deltas went untested, one line per reason (the columns it applies to named). */
function fairnessNotTested(fs) {
    const byReason = new Map();
    for (const f of fs) {
        if (!f.delta_not_tested || f.summaries.length === 0)
            continue;
        const cols = byReason.get(f.delta_not_tested) ?? [];
        if (!cols.includes(f.column))
            cols.push(f.column);
        byReason.set(f.delta_not_tested, cols);
    }
    const lines = [...byReason].slice(0, 3).map(([why, cols]) => `_Fairness deltas of ${cols.slice(0, 5).map((c) => comparison_comment_esc(c, 60)).join(', ')}${cols.length > 5 ? ', …' : ''} not paired-tested: ${comparison_comment_esc(why, 300)}; the CI shown is the head report's own bootstrap interval._`);
    if (byReason.size > 3)
        lines.push(`_…and ${byReason.size - 3} more reasons in comparison.json._`);
    return lines;
}
const SLICE_HEADER = (/* unused pure expression or super */ null && (['| slice | rows (head / baseline) | metric | head | baseline | Δ | rule |', '| --- | ---: | --- | ---: | ---: | ---: | --- |']));
const truncatedNote = (shown, total, what, limit) => `_Truncated: showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${what} to fit GitHub's ${limit.toLocaleString('en-US')}-character limit; every row is in comparison.json (the run's artifacts)._`;
/**
 * The report as Markdown: headline verdict, head/baseline, failures, the metrics table, a chart,
 * slices in a collapsible section, the significance method and a link to the run.
 */
function renderComparisonReport(c, ctx, options = {}) {
    const limit = options.limit ?? COMMENT_BODY_LIMIT;
    const top = [];
    if (options.marker)
        top.push(options.marker);
    top.push(verdictHeadline(c, ctx.model), '', baselineLine(c, ctx), '');
    if (c.verdict === 'report-only')
        top.push('No gate rules are configured for this model, so nothing was gated: add rules under `models:` in mlops.yaml (see docs/compare.md).', '');
    const warnings = [...(ctx.notes ?? []), ...c.warnings.filter((w) => !/^no gate rules are configured/.test(w))];
    top.push(...bulletList(c.verdict === 'fail' ? 'Failed rules' : 'Rule warnings', c.gate.failures, 50));
    top.push(...bulletList('Notes', warnings, 20));
    const counts = shownRuleCounts(c);
    const footer = ['', significanceLine(c)];
    footer.push(`_${ctx.runUrl ? `[Run](${ctx.runUrl}) · ` : ''}${counts.rules} rules: ${counts.failed} failed, ${counts.warned} warned, ${counts.skipped} skipped · 🟢/🔴 better/worse for the metric · mlops-actions compare_`);
    const folded = equalByDefinition(c);
    const table = c.metrics.filter((m) => !folded.has(m.name));
    const twins = foldedSection(c.metrics.filter((m) => folded.has(m.name)));
    const chart = renderChart(c, folded);
    // What changed goes above the metrics, and is the first thing cut when the document nears its limit:
    // the metrics and the gate are what the check decides on; comparison.json keeps the whole section.
    let changed = renderWhatChanged(c.what_changed);
    const without = [...top, ...METRIC_HEADER, ...twins, '', ...chart, ...footer].join('\n').length;
    if (changed.length && without + changed.join('\n').length + 4000 > limit) {
        changed = renderWhatChanged(c.what_changed, 3);
        if (without + changed.join('\n').length + 4000 > limit) {
            changed = ['### What changed', '', `_Left out to fit GitHub's ${limit.toLocaleString('en-US')}-character limit; it is in comparison.json (the run's artifacts)._`, ''];
        }
    }
    // With a section above it, the metric table gets its own heading, so it does not read as part of it.
    if (changed.length)
        top.push(...changed, '### Metrics', '');
    const fixed = [...top, ...METRIC_HEADER, ...twins, '', ...chart, ...footer].join('\n').length;
    // Reserve room for the notes and the <details> wrapper; the rest is shared by the two tables.
    const room = Math.max(0, limit - fixed - 1200);
    const metricsFit = fitMetricRows(table, c.slices.length > 0 ? Math.floor(room * 0.6) : room);
    const body = [...top, ...METRIC_HEADER, ...metricsFit.kept];
    if (metricsFit.dropped > 0)
        body.push('', truncatedNote(metricsFit.kept.length, table.length, 'metrics', limit));
    body.push(...twins, '', ...chart);
    if (c.slices.length > 0) {
        const headline = c.metrics.slice(0, 2).map((m) => m.name);
        const ordered = c.slices.map((s, i) => ({ s, i })).sort((a, b) => STATUS_RANK[a.s.status] - STATUS_RANK[b.s.status] || a.i - b.i).map((x) => x.s);
        const rows = ordered.flatMap((s) => sliceRows(s, headline));
        const used = body.join('\n').length;
        const fit = fitRows(rows, Math.max(0, limit - used - footer.join('\n').length - 900));
        const failing = c.slices.filter((s) => s.status === 'fail').length;
        body.push('<details>', `<summary>Slices: ${c.slices.length.toLocaleString('en-US')}${failing ? ` (${failing} failing)` : ''}</summary>`, '', ...SLICE_HEADER, ...fit.kept);
        if (fit.dropped > 0)
            body.push('', truncatedNote(fit.kept.length, rows.length, 'slice rows', limit));
        body.push('', '</details>');
    }
    if (c.fairness && c.fairness.length > 0) {
        const ordered = c.fairness.map((f, i) => ({ f, i })).sort((a, b) => STATUS_RANK[a.f.status] - STATUS_RANK[b.f.status] || a.i - b.i).map((x) => x.f);
        const rows = ordered.flatMap(fairnessRows);
        const fit = fitRows(rows, Math.max(0, limit - body.join('\n').length - footer.join('\n').length - 600));
        const failing = c.fairness.filter((f) => f.status === 'fail').length;
        body.push('', `### Fairness${failing ? ` (${failing} failing)` : ''}`, '', ...FAIRNESS_HEADER, ...fit.kept);
        if (fit.dropped > 0)
            body.push('', truncatedNote(fit.kept.length, rows.length, 'fairness rows', limit));
        const untested = fairnessNotTested(c.fairness);
        body.push('', ...(untested.length > 0 ? untested : ["_Fairness CIs are paired bootstrap intervals of the delta (head − baseline), on the metrics' resamples._"]));
    }
    if (c.explanations) {
        // Last before the footer: the first thing left out when the document nears its limit.
        let section = renderExplanationChange(c.explanations);
        const room = limit - body.join('\n').length - footer.join('\n').length - 600;
        if (section.join('\n').length > room)
            section = renderExplanationChange(c.explanations, 5);
        if (section.join('\n').length > room)
            section = ['### What the model relies on', '', `_Left out to fit GitHub's ${limit.toLocaleString('en-US')}-character limit; it is in comparison.json (the run's artifacts)._`, ''];
        body.push('', ...section);
    }
    body.push(...footer);
    return truncateMarkdown(`${body.join('\n')}\n`, limit);
}
/** The sticky PR comment (marker first), within GitHub's 65,536 characters. */
/**
 * A report path as a reviewer should see it: as given when relative to the workspace, else only its
 * file name (the fork-safe workflow reads the head report from the runner's temp folder, whose
 * absolute path says nothing to a reviewer).
 */
function shownPath(file) {
    return isAbsolute(file) ? basename(file) : file;
}
function renderComparisonComment(c, ctx, marker) {
    return renderComparisonReport(c, ctx, { marker, limit: COMMENT_BODY_LIMIT });
}
/** The job summary: the same document, with room for more rows (GitHub allows 1 MiB; we stay well below). */
function renderComparisonSummary(c, ctx) {
    return renderComparisonReport(c, ctx, { limit: 512 * 1024 });
}
/** The check run's output: conclusion, title, and the report as its summary (65,535 characters at most). */
function renderCheckRunOutput(c, ctx) {
    return { conclusion: checkRunConclusion(c), title: checkRunTitle(c), summary: renderComparisonReport(c, ctx, { limit: CHECK_SUMMARY_LIMIT }) };
}


/***/ }),

/***/ 1160:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ escapeMarkdownCell)
/* harmony export */ });
/* unused harmony export escapeMarkdown */
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
