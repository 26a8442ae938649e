export const id = 782;
export const ids = [782];
export const modules = {

/***/ 9269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ checkRunName),
/* harmony export */   Af: () => (/* binding */ retrainRequestPath),
/* harmony export */   Ce: () => (/* binding */ CHECK_SUMMARY_LIMIT),
/* harmony export */   E_: () => (/* binding */ RETRAIN_REQUEST_SCHEMA),
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   RE: () => (/* binding */ modelSlug),
/* harmony export */   UF: () => (/* binding */ retrainMarker),
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   Yr: () => (/* binding */ readRetrainDecision),
/* harmony export */   kK: () => (/* binding */ RETRAIN_REQUEST_RUN_FIELDS),
/* harmony export */   tx: () => (/* binding */ COMMENT_BODY_LIMIT),
/* harmony export */   yb: () => (/* binding */ retrainBranch),
/* harmony export */   yg: () => (/* binding */ retrainEventMarker)
/* harmony export */ });
/* unused harmony export RETRAIN_DECISIONS */
/**
 * The Forge port: what steps need from the place the repository lives. Two implementations:
 * `GitHubForge` (octokit) and `LocalForge` (files in a folder, for the CLI and tests). Steps take a
 * `Forge` and never know which one they have. Every write is idempotent: calling it again with the
 * same arguments leaves the same state (one sticky comment per marker, one check run per name+SHA).
 *
 * Grows with the steps: releases, refs, deployments come next.
 */
const RETRAIN_DECISIONS = ['ok', 'drift', 'degradation', 'drift_and_degradation'];
const RETRAIN_REQUEST_SCHEMA = 'mlops-actions/retrain-request@1';
/**
 * Fields of the request file that describe the run rather than the evidence: a file that differs
 * only in them is "unchanged" and not committed again, so a re-run (or a later run that finds the
 * same thing) adds no commit. The file then keeps naming the run that first found the evidence.
 */
const RETRAIN_REQUEST_RUN_FIELDS = ['run_url', 'detected_at'];
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
    return d !== undefined && RETRAIN_DECISIONS.includes(d) ? d : undefined;
}
/** The body as posted: the marker first (once), then the Markdown. */
function withMarker(marker, body) {
    return body.includes(marker) ? body : `${marker}\n${body}`;
}


/***/ }),

/***/ 8782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   HV: () => (/* binding */ renderComparisonComment),
/* harmony export */   YV: () => (/* binding */ renderComparisonSummary),
/* harmony export */   vV: () => (/* binding */ renderCheckRunOutput)
/* harmony export */ });
/* unused harmony exports formatDelta, formatPercent, formatP, directionArrow, verdictHeadline, checkRunTitle, checkRunConclusion, renderChart, renderComparisonReport */
/* harmony import */ var _github_forge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9269);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1160);
/* harmony import */ var _truncate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4033);



const esc = (s, max = 120) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownCell */ .V)(s, max);
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
        case 'min_absolute_change':
            return `Δ ${direction === 'lower' ? '≤ −' : '≥ +'}${v}`;
        case 'min_relative_change':
            return `Δ ${direction === 'lower' ? '≤ −' : '≥ +'}${formatPercent(r.value).replace(/^[+−]/, '')}`;
        case 'max_regression':
            return `max regression ${v}`;
    }
}
function rulesCell(m) {
    const shown = m.rules.filter((r) => !(r.rule === 'present' && r.outcome === 'pass'));
    if (shown.length === 0)
        return m.rules.length ? '✅' : '—';
    return shown.map((r) => `${OUTCOME_ICON(r)} ${ruleText(r, m.direction)}${r.outcome === 'skipped' ? ' (skipped)' : ''}`).join(' · ');
}
function metricRow(m) {
    return `| ${esc(m.name)} | ${formatValue(m.head)} | ${formatValue(m.baseline)} | ${formatDelta(m.delta)} | ${formatPercent(m.relative_delta)} | ${directionArrow(m)} | ${ciCell(m)} | ${significanceCell(m)} | ${rulesCell(m)} |`;
}
const METRIC_HEADER = ['| metric | head | baseline | Δ | Δ % | | CI | significance | rule |', '| --- | ---: | ---: | ---: | ---: | :-: | --- | --- | --- |'];
function verdictHeadline(c, model) {
    const name = esc(model, 80);
    if (c.verdict === 'pass')
        return `## ✅ ${name}: gate passed`;
    if (c.verdict === 'fail')
        return `## ❌ ${name}: gate failed (${c.gate.failed} of ${c.gate.rules} rules)`;
    return `## ℹ️ ${name}: report only — no gate rules configured`;
}
/** One line for the check run's title. */
function checkRunTitle(c) {
    if (c.verdict === 'pass')
        return `gate passed: ${c.gate.rules} rules, none failed${c.gate.warned ? `, ${c.gate.warned} warned` : ''}`;
    if (c.verdict === 'fail')
        return `gate failed: ${c.gate.failed} of ${c.gate.rules} rules failed`;
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
    const head = `**Head**: ${c.head.file ? esc(c.head.file) : 'report'}${c.head.rows !== null ? ` (${c.head.rows.toLocaleString('en-US')} rows)` : ''}${ctx.headSha && /^[0-9a-f]{7,40}$/.test(ctx.headSha) ? ` at ${ctx.headSha.slice(0, 7)}` : ''}`;
    const b = ctx.baseline;
    let base;
    if (b.kind === 'file')
        base = `**baseline**: ${esc(b.file)}`;
    else if (b.kind === 'base-branch') {
        const run = b.runUrl ? `[run ${b.runNumber !== undefined ? `#${b.runNumber}` : b.runId}](${b.runUrl})` : `run ${b.runId}`;
        base = `**baseline**: ${esc(b.branch)} — artifact ${esc(b.artifact)} of the latest successful ${esc(b.workflow)} ${run}`;
    }
    else if (b.kind === 'production') {
        base = `**baseline**: ${esc(b.alias, 64)}: ${esc(b.model, 64)} ${esc(b.version, 64)} (${linkTo(esc(b.tag), b.url)})`;
    }
    else
        base = `**baseline**: none${b.reason ? ` (${esc(b.reason, 300)})` : ' (first run)'}`;
    const rows = c.baseline?.rows !== null && c.baseline?.rows !== undefined ? ` (${c.baseline.rows.toLocaleString('en-US')} rows)` : '';
    return `${head} · ${base}${b.kind !== 'none' ? rows : ''}`;
}
function significanceLine(c) {
    const s = c.significance;
    if (!s.tested)
        return `_Significance: not tested — ${esc(s.reason ?? 'no paired data', 300)}._`;
    return `_Significance: paired percentile bootstrap of each Δ (${s.resamples} resamples, ${Math.round(s.confidence * 100)}% CI, seed ${s.seed}) on ${s.paired_rows?.toLocaleString('en-US') ?? '?'} paired rows; McNemar for accuracy, DeLong for ROC AUC; α = ${s.alpha}._`;
}
function bulletList(title, items, max) {
    if (items.length === 0)
        return [];
    const shown = items.slice(0, max).map((i) => `- ${esc(i, 300)}`);
    if (items.length > max)
        shown.push(`- … and ${items.length - max} more (see comparison.json)`);
    return [`**${title}**`, '', ...shown, ''];
}
/** Mermaid labels: a safe character set only (the block is not Markdown-escaped), quoted. */
function mermaidLabel(s) {
    const clean = s.replace(/[^A-Za-z0-9_.:/ -]+/g, '_').slice(0, 24);
    return `"${clean || '_'}"`;
}
/** Metrics worth a picture: both values in [0, 1], not lower-is-better, gated ones first, at most 8. */
function chartMetrics(c) {
    // Higher-is-better scores in [0, 1] share one axis; losses would read upside down next to them.
    const ok = (m) => m.direction !== 'lower' && m.head !== null && m.baseline !== null && m.head >= 0 && m.head <= 1 && m.baseline >= 0 && m.baseline <= 1;
    const gated = c.metrics.filter((m) => ok(m) && m.rules.length > 0);
    const rest = c.metrics.filter((m) => ok(m) && m.rules.length === 0 && m.direction !== null);
    return [...gated, ...rest].slice(0, 8);
}
/** An `xychart-beta` of head (bars) vs baseline (line) for the headline metrics; empty when it would say little. */
function renderChart(c) {
    const ms = chartMetrics(c);
    if (ms.length < 2)
        return [];
    const values = ms.flatMap((m) => [m.head, m.baseline]);
    const lo = Math.max(0, Math.floor((Math.min(...values) - 0.05) * 10) / 10);
    const hi = Math.min(1, Math.ceil((Math.max(...values) + 0.02) * 10) / 10);
    const num = (x) => String(Number(x.toFixed(4)));
    return [
        '```mermaid',
        'xychart-beta',
        '    title "Head (bars) vs baseline (line)"',
        `    x-axis [${ms.map((m) => mermaidLabel(m.name)).join(', ')}]`,
        `    y-axis "value" ${num(lo)} --> ${num(hi)}`,
        `    bar [${ms.map((m) => num(m.head)).join(', ')}]`,
        `    line [${ms.map((m) => num(m.baseline)).join(', ')}]`,
        '```',
        `_Bars: head; line: baseline; the y-axis starts at ${num(lo)}._`,
        '',
    ];
}
const STATUS_RANK = { fail: 0, warn: 1, pass: 2, none: 3 };
function sliceName(s) {
    return `${esc(s.column, 60)} = ${s.value === null ? '_(missing)_' : esc(s.value, 60)}`;
}
function sliceRows(s, headline) {
    const rows = `${s.head_rows?.toLocaleString('en-US') ?? '—'} / ${s.baseline_rows?.toLocaleString('en-US') ?? '—'}`;
    const icon = s.status === 'fail' ? '❌ ' : s.status === 'warn' ? '⚠️ ' : '';
    if (s.skipped !== null || s.metrics.length === 0) {
        const why = s.skipped ?? (s.head_rows === null && s.status !== 'none' ? 'the head report has no slices on this column' : 'no metrics');
        return [`| ${icon}${sliceName(s)} | ${rows} | — | — | — | — | ${esc(why, 160)} |`];
    }
    const withRules = s.metrics.filter((m) => m.rules.length > 0);
    const shown = withRules.length > 0 ? withRules : s.metrics.filter((m) => headline.includes(m.name)).slice(0, 2);
    const list = shown.length > 0 ? shown : s.metrics.slice(0, 1);
    return list.map((m) => `| ${icon}${sliceName(s)} | ${rows} | ${esc(m.name, 60)} | ${formatValue(m.head)} | ${formatValue(m.baseline)} | ${formatDelta(m.delta)} ${directionArrow(m)} | ${rulesCell(m)} |`);
}
const SLICE_HEADER = ['| slice | rows (head / baseline) | metric | head | baseline | Δ | rule |', '| --- | ---: | --- | ---: | ---: | ---: | --- |'];
const truncatedNote = (shown, total, what, limit) => `_Truncated: showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${what} to fit GitHub's ${limit.toLocaleString('en-US')}-character limit; every row is in comparison.json (the run's artifacts)._`;
/**
 * The report as Markdown: headline verdict, head/baseline, failures, the metrics table, a chart,
 * slices in a collapsible section, the significance method and a link to the run.
 */
function renderComparisonReport(c, ctx, options = {}) {
    const limit = options.limit ?? _github_forge_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_BODY_LIMIT */ .tx;
    const top = [];
    if (options.marker)
        top.push(options.marker);
    top.push(verdictHeadline(c, ctx.model), '', baselineLine(c, ctx), '');
    if (c.verdict === 'report-only')
        top.push('No gate rules are configured for this model, so nothing was gated: add rules under `models:` in mlops.yaml (see docs/compare.md).', '');
    const warnings = [...(ctx.notes ?? []), ...c.warnings.filter((w) => !/^no gate rules are configured/.test(w))];
    top.push(...bulletList(c.verdict === 'fail' ? 'Failed rules' : 'Rule warnings', c.gate.failures, 50));
    top.push(...bulletList('Notes', warnings, 20));
    const footer = ['', significanceLine(c)];
    footer.push(`_${ctx.runUrl ? `[Run](${ctx.runUrl}) · ` : ''}${c.gate.rules} rules: ${c.gate.failed} failed, ${c.gate.warned} warned, ${c.gate.skipped} skipped · 🟢/🔴 better/worse for the metric · mlops-actions compare_`);
    const fixed = [...top, ...METRIC_HEADER, '', ...renderChart(c), ...footer].join('\n').length;
    // Reserve room for the notes and the <details> wrapper; the rest is shared by the two tables.
    const room = Math.max(0, limit - fixed - 1200);
    const metricRows = c.metrics.map(metricRow);
    const metricsFit = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .fitRows */ .zV)(metricRows, c.slices.length > 0 ? Math.floor(room * 0.6) : room);
    const body = [...top, ...METRIC_HEADER, ...metricsFit.kept];
    if (metricsFit.dropped > 0)
        body.push('', truncatedNote(metricsFit.kept.length, metricRows.length, 'metrics', limit));
    body.push('', ...renderChart(c));
    if (c.slices.length > 0) {
        const headline = c.metrics.slice(0, 2).map((m) => m.name);
        const ordered = c.slices.map((s, i) => ({ s, i })).sort((a, b) => STATUS_RANK[a.s.status] - STATUS_RANK[b.s.status] || a.i - b.i).map((x) => x.s);
        const rows = ordered.flatMap((s) => sliceRows(s, headline));
        const used = body.join('\n').length;
        const fit = (0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .fitRows */ .zV)(rows, Math.max(0, limit - used - footer.join('\n').length - 900));
        const failing = c.slices.filter((s) => s.status === 'fail').length;
        body.push('<details>', `<summary>Slices: ${c.slices.length.toLocaleString('en-US')}${failing ? ` (${failing} failing)` : ''}</summary>`, '', ...SLICE_HEADER, ...fit.kept);
        if (fit.dropped > 0)
            body.push('', truncatedNote(fit.kept.length, rows.length, 'slice rows', limit));
        body.push('', '</details>');
    }
    body.push(...footer);
    return (0,_truncate_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateMarkdown */ .o4)(`${body.join('\n')}\n`, limit);
}
/** The sticky PR comment (marker first), within GitHub's 65,536 characters. */
function renderComparisonComment(c, ctx, marker) {
    return renderComparisonReport(c, ctx, { marker, limit: _github_forge_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_BODY_LIMIT */ .tx });
}
/** The job summary: the same document, with room for more rows (GitHub allows 1 MiB; we stay well below). */
function renderComparisonSummary(c, ctx) {
    return renderComparisonReport(c, ctx, { limit: 512 * 1024 });
}
/** The check run's output: conclusion, title, and the report as its summary (65,535 characters at most). */
function renderCheckRunOutput(c, ctx) {
    return { conclusion: checkRunConclusion(c), title: checkRunTitle(c), summary: renderComparisonReport(c, ctx, { limit: _github_forge_js__WEBPACK_IMPORTED_MODULE_1__/* .CHECK_SUMMARY_LIMIT */ .Ce }) };
}


/***/ }),

/***/ 4033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o4: () => (/* binding */ truncateMarkdown),
/* harmony export */   zV: () => (/* binding */ fitRows)
/* harmony export */ });
/* unused harmony export truncationNote */
/**
 * Cutting Markdown down to a size limit without breaking it. The GitHub adapter REFUSES an over-long
 * comment (65,536 characters) or check summary (65,535) rather than cutting it silently, because
 * only the renderer knows what matters most; renderers call this to fit, ideally after dropping
 * whole sections themselves.
 *
 * `truncateMarkdown` cuts at a line boundary, closes a code fence and any `<details>` left open at
 * the cut (an unclosed fence would swallow the note; an unclosed `<details>` hides it), appends a
 * note, and keeps the sticky-comment marker (`<!-- mlops-actions:... -->`) even when it sat past
 * the cut, so the comment is still found and updated next time. Lengths are UTF-16 units, which is
 * never fewer than GitHub's character count, so the result is always accepted.
 */
const MARKER_RE = /<!-- mlops-actions:[^>]*? -->/;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
function truncationNote(limit) {
    return `\n\n_Truncated to fit GitHub's ${limit.toLocaleString('en-US')}-character limit; the full report is in the run's artifacts._\n`;
}
function closing(state) {
    let s = state.fence ? `\n${state.fence}` : '';
    for (let i = 0; i < state.details; i++)
        s += '\n</details>';
    return s;
}
function step(state, line) {
    const fence = FENCE_RE.exec(line)?.[1];
    if (state.fence) {
        // A closing fence: same character, at least as long, nothing after it.
        if (fence && fence[0] === state.fence[0] && fence.length >= state.fence.length && line.trim() === fence) {
            return { details: state.details };
        }
        return state;
    }
    if (fence)
        return { fence, details: state.details };
    const opens = (line.match(/<details\b/gi) ?? []).length;
    const closes = (line.match(/<\/details\s*>/gi) ?? []).length;
    return { details: Math.max(0, state.details + opens - closes) };
}
/** Cuts `body` to at most `limit` characters (UTF-16 units), keeping it well-formed; unchanged when it fits. */
function truncateMarkdown(body, limit) {
    if (body.length <= limit)
        return body;
    const note = truncationNote(limit);
    const marker = MARKER_RE.exec(body)?.[0];
    const lines = body.split('\n');
    let state = { details: 0 };
    let kept = '';
    let best;
    for (let i = 0; i < lines.length; i++) {
        const candidate = i === 0 ? lines[0] : `${kept}\n${lines[i]}`;
        const next = step(state, lines[i]);
        const needsMarker = marker !== undefined && !candidate.includes(marker);
        const total = candidate.length + closing(next).length + note.length + (needsMarker ? marker.length + 1 : 0);
        if (total > limit)
            break;
        kept = candidate;
        state = next;
        best = (needsMarker ? `${marker}\n` : '') + kept + closing(state);
    }
    if (best === undefined) {
        // Not even the first line fits: cut inside it (never between the halves of a surrogate pair).
        const head = marker ? `${marker}\n` : '';
        let cut = body.slice(0, Math.max(0, limit - note.length - head.length));
        if (/[\uD800-\uDBFF]$/.test(cut))
            cut = cut.slice(0, -1);
        best = head + cut;
        if (best.includes(marker ?? '\0') && head)
            best = best.slice(head.length);
    }
    return best + note;
}
/** Adds rows while they fit `budget` characters; returns the rows kept and how many were left out. */
function fitRows(rows, budget) {
    const kept = [];
    let used = 0;
    for (const r of rows) {
        if (used + r.length + 1 > budget)
            break;
        kept.push(r);
        used += r.length + 1;
    }
    return { kept, dropped: rows.length - kept.length };
}


/***/ })

};
