export const id = 389;
export const ids = [389,213];
export const modules = {

/***/ 7213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baselineKindOf: () => (/* binding */ baselineKindOf),
/* harmony export */   o: () => (/* binding */ resolveBaseline),
/* harmony export */   productionNotAvailable: () => (/* binding */ productionNotAvailable)
/* harmony export */ });
/* unused harmony export BASELINE_KEYWORDS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_forge_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6922);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9980);
/* harmony import */ var _report_limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2105);
/**
 * Where compare's baseline report comes from (input `baseline`):
 * - a path: that report file;
 * - `base-branch`: the evaluation artifact of the latest successful run of the same workflow on the
 *   PR's base branch, found through the Forge's workflow-run listing and downloaded through an
 *   `ArtifactDownloader` port (the action uses @actions/artifact; the CLI and GHES the Forge's zip);
 * - `production`: the model registry's production alias — arrives with publish-model/promote-model;
 * - `none`: a first run, nothing to compare with.
 * A base branch without any successful run holding the artifact (a repository adopting the
 * workflow, or artifacts expired) is not an error: the comparison runs as a first run and says why.
 */





const BASELINE_KEYWORDS = ['base-branch', 'production', 'none'];
/** The `baseline` input: a keyword, else a report path. */
function baselineKindOf(value) {
    return BASELINE_KEYWORDS.includes(value) ? value : 'file';
}
function productionNotAvailable() {
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('baseline "production" is not available yet: it arrives with publish-model/promote-model (the model registry\'s production alias)', {
        hint: 'use baseline: base-branch (the latest successful run on the PR\'s base branch), a report file, or none',
    });
}
function safeInside(dir, rel, what) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)(rel).split(/[\\/]/).includes('..')) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${what} ${JSON.stringify(rel)} must be a relative path inside the artifact`);
    }
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, rel);
}
async function resolveBaseline(spec, env) {
    switch (spec.kind) {
        case 'file':
            return { file: spec.path, info: { kind: 'file', file: spec.path } };
        case 'none':
            return { info: { kind: 'none', reason: 'first run: baseline none' } };
        case 'production':
            throw productionNotAvailable();
        case 'base-branch':
            return resolveBaseBranch(spec, env);
    }
}
async function resolveBaseBranch(spec, env) {
    const { forge, download } = env;
    if (!forge || !download)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('baseline base-branch needs GitHub access', { hint: 'give the step a token (input token), or pass a baseline report file' });
    const where = `${spec.workflow} on ${spec.branch}`;
    let runs;
    try {
        runs = await forge.listSuccessfulWorkflowRuns({ ...spec.repo, workflow: spec.workflow, branch: spec.branch, limit: (spec.maxRuns ?? 10) + 1 });
    }
    catch (e) {
        // GitHub answers 404 for a workflow file that is not on the default branch yet.
        if ((0,_github_forge_error_js__WEBPACK_IMPORTED_MODULE_2__/* .isForgeError */ .Qu)(e) && e.status === 404)
            return firstRun(`no runs of ${where} yet`);
        throw e;
    }
    runs = runs.filter((r) => r.id !== spec.excludeRunId).slice(0, spec.maxRuns ?? 10);
    for (const run of runs) {
        const artifact = (await forge.listRunArtifacts({ ...spec.repo, run_id: run.id })).find((a) => a.name === spec.artifact && !a.expired);
        if (!artifact) {
            env.log?.(`run ${run.id} of ${where} has no artifact ${spec.artifact}; trying an older run`);
            continue;
        }
        if (artifact.sizeInBytes > _report_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REPORT_BYTES */ .WA + _report_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_EXAMPLES_BYTES */ .tM) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`artifact ${spec.artifact} of run ${run.id} is ${artifact.sizeInBytes} bytes, more than an evaluation report and its examples can be`, {
                hint: 'upload only the evaluation report and its per-example file',
            });
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(env.workDir, { recursive: true });
        const destination = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.workDir, `baseline-${run.id}-`));
        await download({ repo: spec.repo, runId: run.id, artifactId: artifact.id, destination });
        env.log?.(`baseline: artifact ${spec.artifact} (id ${artifact.id}) of run ${run.id} (${where}), ${run.headSha.slice(0, 7)}`);
        return {
            file: safeInside(destination, spec.reportPath, 'artifact-report'),
            info: { kind: 'base-branch', branch: spec.branch, workflow: spec.workflow, runId: run.id, runNumber: run.runNumber, runUrl: run.url, artifact: spec.artifact },
        };
    }
    return firstRun(runs.length === 0 ? `no successful run of ${where} yet` : `no artifact ${spec.artifact} in the last ${runs.length} successful runs of ${where}`);
    function firstRun(reason) {
        env.log?.(`baseline: ${reason}; comparing as a first run`);
        return { info: { kind: 'none', reason: `${reason}; compared as a first run` } };
    }
}


/***/ }),

/***/ 4389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCompareStep: () => (/* binding */ runCompareStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/github/forge.ts
var github_forge = __webpack_require__(9269);
// EXTERNAL MODULE: ../../../../shared/report/markdown-escape.ts
var markdown_escape = __webpack_require__(1160);
;// CONCATENATED MODULE: ../../../../shared/report/truncate.ts
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

;// CONCATENATED MODULE: ../../../../shared/report/comparison-comment.ts



const esc = (s, max = 120) => (0,markdown_escape/* escapeMarkdownCell */.V)(s, max);
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
const truncatedNote = (shown, total, what, limit) => `_Truncated: showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${what} to fit GitHub's ${limit.toLocaleString('en-US')}-character limit; every row is in comparison.json (the run's artifacts)._`;
/**
 * The report as Markdown: headline verdict, head/baseline, failures, the metrics table, a chart,
 * slices in a collapsible section, the significance method and a link to the run.
 */
function renderComparisonReport(c, ctx, options = {}) {
    const limit = options.limit ?? github_forge/* COMMENT_BODY_LIMIT */.tx;
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
    const metricsFit = fitRows(metricRows, c.slices.length > 0 ? Math.floor(room * 0.6) : room);
    const body = [...top, ...METRIC_HEADER, ...metricsFit.kept];
    if (metricsFit.dropped > 0)
        body.push('', truncatedNote(metricsFit.kept.length, metricRows.length, 'metrics', limit));
    body.push('', ...renderChart(c));
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
    body.push(...footer);
    return truncateMarkdown(`${body.join('\n')}\n`, limit);
}
/** The sticky PR comment (marker first), within GitHub's 65,536 characters. */
function renderComparisonComment(c, ctx, marker) {
    return renderComparisonReport(c, ctx, { marker, limit: github_forge/* COMMENT_BODY_LIMIT */.tx });
}
/** The job summary: the same document, with room for more rows (GitHub allows 1 MiB; we stay well below). */
function renderComparisonSummary(c, ctx) {
    return renderComparisonReport(c, ctx, { limit: 512 * 1024 });
}
/** The check run's output: conclusion, title, and the report as its summary (65,535 characters at most). */
function renderCheckRunOutput(c, ctx) {
    return { conclusion: checkRunConclusion(c), title: checkRunTitle(c), summary: renderComparisonReport(c, ctx, { limit: github_forge/* CHECK_SUMMARY_LIMIT */.Ce }) };
}

// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts
var atomic_write = __webpack_require__(3196);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/compare/baseline.ts
var compare_baseline = __webpack_require__(7213);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ../../../../shared/model/evaluation-format.ts
var evaluation_format = __webpack_require__(7232);
// EXTERNAL MODULE: ../../../../shared/model/evaluate.ts + 8 modules
var evaluate = __webpack_require__(5611);
// EXTERNAL MODULE: ../../../../shared/config/mlops-config.ts + 1 modules
var mlops_config = __webpack_require__(9994);
// EXTERNAL MODULE: ../../../../shared/model/metrics/index.ts + 4 modules
var model_metrics = __webpack_require__(480);
// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(1100);
;// CONCATENATED MODULE: ../../../../shared/compare/comparison-format.ts
/**
 * `mlops-actions/comparison@1`: one evaluation report (the head, usually a PR's model) compared with
 * a baseline report, the gate's rule results and the verdict. Written by the compare step, read by
 * the PR comment / summary renderers and by the check run. Semantics in docs/compare.md.
 *
 * Numbers that cannot exist are null, never NaN: a metric missing on one side has a null value and
 * delta; a relative delta with a zero baseline is null.
 */

const COMPARISON_SCHEMA = 'mlops-actions/comparison@1';
const interval = schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]);
const direction = schemas/* enum */.k5n(['higher', 'lower']);
const ruleKindSchema = schemas/* enum */.k5n(['present', 'threshold', 'min_absolute_change', 'min_relative_change', 'max_regression']);
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
});

;// CONCATENATED MODULE: ../../../../shared/compare/rules.ts
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
    return configured ?? reported ?? (0,mlops_config/* defaultDirection */.HS)(name);
}
/** directionOf, or a ContractError naming where the rule is and how to fix it. */
function requireDirection(name, where, configured, reported) {
    const d = directionOf(name, configured, reported);
    if (d)
        return d;
    throw new errors/* ContractError */.Vl(`${where}: "${name}" is not a standard metric, so compare cannot tell whether higher or lower is better`, {
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

;// CONCATENATED MODULE: ../../../../shared/compare/significance.ts
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
        throw new errors/* InputError */.dz(`mcnemar: ${headCorrect.length} head rows but ${baseCorrect.length} baseline rows`);
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
        throw new errors/* InputError */.dz('delong: labels and both score arrays must have the same length');
    let m = 0;
    for (let i = 0; i < n; i++)
        m += positive[i] ? 1 : 0;
    const k = n - m;
    if (m < 2 || k < 2)
        throw new errors/* InputError */.dz(`delong: needs at least 2 positive and 2 negative rows, got ${m} and ${k}`);
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
 * Percentile bootstrap CIs of head − baseline for each metric both models can give. Each resample's
 * row multiplicities are drawn once (resampleCounts: n draws of nextIndex(n), the same stream as
 * drawing indices and copying rows) and applied to both models, so the resample is paired.
 */
function pairedBootstrapDeltas(head, base, metrics, options = {}) {
    const resamples = options.resamples ?? model_metrics/* DEFAULT_RESAMPLES */.jF;
    const confidence = options.confidence ?? model_metrics/* DEFAULT_CONFIDENCE */.FH;
    const seed = options.seed ?? model_metrics/* DEFAULT_SEED */.KP;
    if (!Number.isInteger(resamples) || resamples < 1)
        throw new errors/* InputError */.dz(`paired bootstrap: resamples must be a positive integer, got ${resamples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new errors/* InputError */.dz(`paired bootstrap: confidence must be in (0, 1), got ${confidence}`);
    if (head.rows !== base.rows)
        throw new errors/* InputError */.dz(`paired bootstrap: ${head.rows} head rows but ${base.rows} baseline rows`);
    const n = head.rows;
    if (n === 0)
        throw new errors/* InputError */.dz('paired bootstrap: no paired rows');
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
                summaries.set(e, (s = (0,model_metrics/* summarizeBinary */.X)(e, counts && weightsFor(e, counts, buffers))));
            return model_metrics/* BINARY_FROM_SUMMARY */.IO[name](s);
        }
        return safe(() => model_metrics/* METRICS */.Cb[name].compute(e, counts));
    };
    const full = new Map();
    const rng = new model_metrics/* Xoshiro128 */.yf(seed);
    const counts = new Uint32Array(n);
    for (let r = 0; r < resamples; r++) {
        (0,model_metrics/* resampleCounts */.Wx)(rng, counts);
        const summaries = new Map();
        for (const j of jobs)
            j.stats[r] = value(j.name, j.h, counts, summaries) - value(j.name, j.b, counts, summaries);
    }
    const alpha = 1 - confidence;
    const out = {};
    for (const j of jobs) {
        const valid = j.stats.filter((x) => !Number.isNaN(x)).sort();
        out[j.name] = {
            estimate: value(j.name, j.h, undefined, full) - value(j.name, j.b, undefined, full),
            lower: (0,model_metrics/* quantileSorted */.Z4)(valid, alpha / 2),
            upper: (0,model_metrics/* quantileSorted */.Z4)(valid, 1 - alpha / 2),
            invalid: resamples - valid.length,
        };
    }
    return out;
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ../../../../shared/compare/examples-pairing.ts
/**
 * Per-example files of two evaluation reports (shared/model/examples-file.ts writes them), read and
 * paired row by row by `id`, then turned into prepared evaluations for the paired tests.
 *
 * Pairing is strict: both files must hold the same set of ids, and the same label for every id.
 * Anything else means the two models were not evaluated on the same rows, and a "paired" test would
 * be meaningless, so it is an InputError that says which ids differ.
 */







/** Reads a `.examples.jsonl.gz` file, checking it against what the report recorded (SHA-256, rows). */
async function readExamplesFile(file, expected) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            done(null, chunk);
        },
    });
    const input = (0,external_node_fs_.createReadStream)(file);
    const gunzip = (0,external_node_zlib_.createGunzip)();
    const fail = (what, line, hint) => new errors/* InputError */.dz(what, { location: { file, line }, hint });
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
    let lineNo = 0;
    const lines = (0,external_node_readline_.createInterface)({ input: input.pipe(tap).pipe(gunzip), crlfDelay: Infinity });
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
            throw new errors/* InputError */.dz(`id ${JSON.stringify(id)} occurs twice`, { location: { file: base.file }, hint: 'evaluate with --id naming a unique column' });
        index.set(id, i);
    });
    const order = new Uint32Array(head.ids.length);
    const seen = new Set();
    const onlyHead = [];
    head.ids.forEach((id, i) => {
        if (seen.has(id))
            throw new errors/* InputError */.dz(`id ${JSON.stringify(id)} occurs twice`, { location: { file: head.file }, hint: 'evaluate with --id naming a unique column' });
        seen.add(id);
        const j = index.get(id);
        if (j === undefined)
            onlyHead.push(id);
        else
            order[i] = j;
    });
    const onlyBase = base.ids.filter((id) => !seen.has(id));
    if (onlyHead.length || onlyBase.length) {
        throw new errors/* InputError */.dz(`the head and baseline were evaluated on different rows: ${onlyHead.length} ids only in the head (${preview(onlyHead) || 'none'}), ${onlyBase.length} only in the baseline (${preview(onlyBase) || 'none'})`, { location: { file: head.file }, hint: 'evaluate both models on the same rows (same file, same --id column), or compare without per-example data' });
    }
    for (let i = 0; i < head.ids.length; i++) {
        const a = head.labels[i];
        const b = base.labels[order[i]];
        if (JSON.stringify(a) !== JSON.stringify(b)) {
            throw new errors/* InputError */.dz(`id ${JSON.stringify(head.ids[i])} has label ${JSON.stringify(a)} in the head but ${JSON.stringify(b)} in the baseline (${base.file})`, {
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
    const bad = (what) => new errors/* InputError */.dz(`${reportName}: ${what}`, { hint: 'the per-example file does not match its report; re-run evaluate' });
    if (task === 'regression') {
        if (!(rows.predictions instanceof Float64Array))
            throw bad('regression examples need numeric "prediction" values');
        const e = (0,model_metrics/* regressionEvaluation */.yv)(labels, rows.predictions);
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
        const scoreEval = rows.score ? (0,model_metrics/* binaryEvaluation */.MY)(positive, rows.score, { posLabel: 1, threshold }) : undefined;
        const labelEval = predPos ? (0,model_metrics/* binaryEvaluation */.MY)(positive, Float64Array.from(predPos), { posLabel: 1, threshold: 0.5 }) : scoreEval;
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
    const e = (0,model_metrics/* multiclassEvaluation */.m2)(labels, pred, { proba, classes });
    return {
        rows: n,
        evaluationFor: (m) => (SCORE_METRICS.has(m) && !proba ? undefined : e),
        correct: Uint8Array.from(pred, (p, i) => (same(p, labels[i]) ? 1 : 0)),
    };
}
/** Both models on the paired rows; checks that the reports agree on what the classes are. */
function pairedModels(head, base, paired) {
    if (head.task !== base.task)
        throw new errors/* InputError */.dz(`the head is a ${head.task} evaluation but the baseline a ${base.task} one`, { hint: 'compare evaluations of the same task' });
    if (head.task === 'binary' && !same(head.classification?.pos_label, base.classification?.pos_label)) {
        throw new errors/* InputError */.dz(`the head's positive class is ${JSON.stringify(head.classification?.pos_label)} but the baseline's ${JSON.stringify(base.classification?.pos_label)}`, {
            hint: 'evaluate both with the same --pos-label',
        });
    }
    if (head.task === 'multiclass' && !same(head.classification?.classes, base.classification?.classes)) {
        throw new errors/* InputError */.dz(`the head's classes (${head.classification?.classes.join(', ')}) differ from the baseline's (${base.classification?.classes.join(', ')})`, {
            hint: 'evaluate both on the same labelled data',
        });
    }
    return { head: pairedModel(head, paired.head, paired.labels, 'head'), base: pairedModel(base, paired.base, paired.labels, 'baseline') };
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
    const direction = rule ? requireDirection(name, ctx.where, rule.direction, reported) : (directionOf(name, undefined, reported) ?? null);
    const h = head?.value;
    const b = base?.value;
    const rules = rule
        ? evaluateRules({ name, rule, direction: direction, head: h, baseline: b, firstRun: ctx.firstRun, noBaselineReason: ctx.noBaselineReason })
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
        label: deltaLabel(deltaCi, direction),
        rules,
        status: statusOf(rules),
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
    const models = pairedModels(head, base, paired);
    const names = Object.keys(head.metrics).filter((n) => n in base.metrics && isRegistryMetric(n, head.task));
    const ci = pairedBootstrapDeltas(models.head, models.base, names, { resamples: s.resamples, confidence: s.confidence, seed: s.seed });
    const tests = {};
    if (names.includes('accuracy') && models.head.correct && models.base.correct) {
        const t = mcnemarTest(models.head.correct, models.base.correct);
        tests.accuracy = { name: 'mcnemar', method: t.method, statistic: t.statistic, p_value: t.pValue, significant: t.pValue < s.alpha, details: { b: t.b, c: t.c } };
    }
    if (head.task === 'binary' && names.includes('roc_auc') && models.head.score && models.base.score && models.head.positive) {
        const t = delongTest(models.head.positive, models.head.score, models.base.score);
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
    const configured = Object.keys(metricRules).length > 0 || Object.keys(sliceRules).length > 0;
    const sig = {
        resamples: options.significance?.resamples ?? config?.significance?.resamples ?? model_metrics/* DEFAULT_RESAMPLES */.jF,
        confidence: options.significance?.confidence ?? config?.significance?.confidence ?? model_metrics/* DEFAULT_CONFIDENCE */.FH,
        alpha: options.significance?.alpha ?? config?.significance?.alpha ?? DEFAULT_ALPHA,
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
        slices.push({ column: s.column, value: s.value, head_rows: s.rows, baseline_rows: b?.rows ?? null, skipped: tooSmall, metrics: ms, status: statusOf(ms.flatMap((m) => m.rules)) });
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
            requireDirection(name, `rule for metric ${name} of slice column ${column}`, r.direction);
        if (head.slices.some((s) => s.column === column) || head.skipped_slices.some((s) => s.column === column))
            continue;
        missingColumns.push(column);
        const severe = Object.values(rule.metrics ?? {}).some((r) => (r.severity ?? 'error') === 'error');
        slices.push({ column, value: null, head_rows: null, baseline_rows: null, skipped: null, metrics: [], status: severe ? 'fail' : 'warn' });
    }
    const all = [...metrics.flatMap((m) => m.rules), ...slices.flatMap((s) => s.metrics.flatMap((m) => m.rules))];
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
    if (!configured)
        warnings.push('no gate rules are configured: this comparison reports only');
    return {
        schema: COMPARISON_SCHEMA,
        model: options.model ?? null,
        head: refOf(head, options.headFile),
        baseline: baseline ? refOf(baseline, options.baselineFile) : null,
        verdict: !configured ? 'report-only' : failed > 0 ? 'fail' : 'pass',
        gate: {
            configured,
            first_run: firstRun,
            rules: all.length + missingColumns.length,
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
    };
}

;// CONCATENATED MODULE: ../../../../shared/compare/compare-files.ts
/**
 * The file-reading edge of compareReports(): reads the head and baseline reports (and, when both
 * carry one, their per-example files), the gate rules from mlops.yaml or given directly, and
 * returns the comparison. Writing it out is the caller's job (the action and the CLI).
 */







/** Reads and checks an evaluation report. Throws InputError naming the file and the first problem. */
async function readEvaluationReport(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* InputError */.dz(code === 'ENOENT' ? 'evaluation report not found' : `cannot read the evaluation report: ${e.message}`, { location: { file }, cause: e });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new errors/* InputError */.dz(`not JSON: ${e.message}`, { location: { file }, hint: 'point at the report evaluate wrote (--out)' });
    }
    const parsed = evaluation_format/* evaluationReportSchema */.mF.safeParse(json);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        const at = i.path.length ? i.path.join('.') : '(top level)';
        throw new errors/* InputError */.dz(`not an mlops-actions/evaluation@1 report: ${at}: ${i.message}`, { location: { file }, hint: 'point at the report evaluate wrote (--out)' });
    }
    return parsed.data;
}
async function pairedOf(head, headFile, base, baseFile) {
    const h = (0,evaluate/* examplesFileOf */.Fo)(headFile, head);
    const b = (0,evaluate/* examplesFileOf */.Fo)(baseFile, base);
    if (!h || !b)
        return `per-example data is missing from the ${!h && !b ? 'head and the baseline reports' : !h ? 'head report' : 'baseline report'} (evaluate writes it unless --no-examples)`;
    if ((head.examples.id_column === null) !== (base.examples.id_column === null)) {
        throw new errors/* InputError */.dz(`the head pairs rows by ${head.examples.id_column === null ? 'row index' : `id column ${head.examples.id_column}`} but the baseline by ${base.examples.id_column === null ? 'row index' : `id column ${base.examples.id_column}`}`, { location: { file: headFile }, hint: 'evaluate both with the same --id column' });
    }
    const [hr, br] = await Promise.all([
        readExamplesFile(h, { sha256: head.examples.sha256, rows: head.examples.rows }),
        readExamplesFile(b, { sha256: base.examples.sha256, rows: base.examples.rows }),
    ]);
    return pairExamples(hr, br);
}
async function compareFiles(options) {
    const [head, baseline] = await Promise.all([readEvaluationReport(options.head), options.baseline ? readEvaluationReport(options.baseline) : undefined]);
    let rules = options.rules;
    let model = options.model;
    if (!rules && options.config) {
        const config = await (0,mlops_config/* loadConfig */.Z9)(options.config);
        rules = (0,mlops_config/* modelConfigOf */.jj)(config, model, options.config);
        if (rules && model === undefined)
            model = Object.keys(config.models ?? {})[0];
    }
    const compareOptions = { model: model ?? null, headFile: options.head, baselineFile: options.baseline ?? null, significance: options.significance };
    const resamples = options.significance?.resamples ?? rules?.significance?.resamples;
    if (baseline && resamples !== 0) {
        const paired = await pairedOf(head, options.head, baseline, options.baseline);
        if (typeof paired === 'string')
            compareOptions.notTestedReason = paired;
        else
            compareOptions.paired = paired;
    }
    return compareReports(head, baseline, rules, compareOptions);
}

// EXTERNAL MODULE: ../../../../shared/compare/report-limits.ts
var report_limits = __webpack_require__(2105);
;// CONCATENATED MODULE: ../../../../shared/compare/compare-step.ts
/**
 * The compare step, one operation behind the action and the CLI: resolve the baseline, compare
 * (checking both reports as untrusted input first), write `comparison.json`, `comment.md` and
 * `summary.md` into `outDir`, then — when a forge and a target are given — upsert the sticky PR
 * comment (one per workflow and model) and the check run `mlops / <model>` on the head SHA.
 *
 * Files are written before anything is posted, so a forge failure (exit 3) still leaves the
 * report behind for the job summary and the artifacts.
 */








async function runCompareStep(options, env = {}) {
    const baseline = await (0,compare_baseline/* resolveBaseline */.o)(options.baseline, { forge: env.forge, download: env.download, workDir: (0,external_node_path_.join)(options.outDir, '.baseline'), log: env.log });
    await (0,report_limits/* assertReportWithinLimits */.id)(options.head);
    if (baseline.file)
        await (0,report_limits/* assertReportWithinLimits */.id)(baseline.file);
    const comparison = await compareFiles({ head: options.head, baseline: baseline.file, config: options.config, rules: options.rules, model: options.model });
    const model = comparison.model ?? options.model ?? 'model';
    const ctx = { model, baseline: baseline.info, runUrl: options.runUrl, headSha: options.target?.headSha };
    const marker = (0,github_forge/* stickyMarker */.YL)({ workflow: options.workflow, model });
    const comment = renderComparisonComment(comparison, ctx, marker);
    const summary = renderComparisonSummary(comparison, ctx);
    const files = { comparison: (0,external_node_path_.join)(options.outDir, 'comparison.json'), comment: (0,external_node_path_.join)(options.outDir, 'comment.md'), summary: (0,external_node_path_.join)(options.outDir, 'summary.md') };
    await (0,atomic_write/* writeJsonAtomic */.q)(files.comparison, comparison);
    await (0,atomic_write/* writeFileAtomic */.Z)(files.comment, comment);
    await (0,atomic_write/* writeFileAtomic */.Z)(files.summary, summary);
    const result = {
        comparison,
        baseline,
        model,
        comment,
        summary,
        files,
        exitCode: comparison.verdict === 'fail' && options.failOnRegression ? errors/* EXIT_CHECK_FAILED */.Gh : errors/* EXIT_OK */.Ij,
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
            const out = renderCheckRunOutput(comparison, ctx);
            const r = await forge.upsertCheckRun({
                owner: t.owner,
                repo: t.repo,
                name: (0,github_forge/* checkRunName */.$_)(model),
                head_sha: t.headSha,
                conclusion: out.conclusion,
                title: out.title,
                summary: out.summary,
                ...(options.runUrl ? { details_url: options.runUrl } : {}),
            });
            result.checkRunUrl = r.url;
            result.checkRunId = r.checkRunId;
            env.log?.(`check run ${(0,github_forge/* checkRunName */.$_)(model)} ${r.action}: ${out.conclusion}`);
        }
    }
    return result;
}


/***/ }),

/***/ 2105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WA: () => (/* binding */ MAX_REPORT_BYTES),
/* harmony export */   id: () => (/* binding */ assertReportWithinLimits),
/* harmony export */   tM: () => (/* binding */ MAX_EXAMPLES_BYTES)
/* harmony export */ });
/* unused harmony exports MAX_METRICS, MAX_SLICES, MAX_EXAMPLE_ROWS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9980);
/**
 * Evaluation reports as untrusted input. In the fork-safe workflow pair the head report comes from
 * an artifact a fork's PR wrote, and it is read by a job that holds a write token. So before
 * compare parses a report it checks, cheaply and first:
 * - the file is at most MAX_REPORT_BYTES (a JSON bomb of 1 GB never reaches JSON.parse);
 * - at most MAX_METRICS metrics per report or slice and MAX_SLICES slices (bounded CPU and
 *   comment rendering);
 * - the per-example file it names stays inside the report's own folder (no `../../etc/passwd`)
 *   and is at most MAX_EXAMPLES_BYTES, with at most MAX_EXAMPLE_ROWS rows.
 * The schema itself is checked with zod by readEvaluationReport. Nothing in a report is ever
 * executed or interpolated into a shell: it is data, rendered through markdown-escape.
 */



const MAX_REPORT_BYTES = 10 * 1024 * 1024;
const MAX_METRICS = 500;
const MAX_SLICES = 20_000;
const MAX_EXAMPLES_BYTES = 64 * 1024 * 1024;
const MAX_EXAMPLE_ROWS = 5_000_000;
const mib = (n) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
async function sizeOf(file, what) {
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        if (!s.isFile())
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what} is not a regular file`, { location: { file } });
        return s.size;
    }
    catch (e) {
        if (e instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw e;
        const code = e.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(code === 'ENOENT' ? `${what} not found` : `cannot read the ${what}: ${e.message}`, { location: { file }, cause: e });
    }
}
/**
 * Throws InputError when an evaluation report file is larger or bigger in shape than compare
 * accepts. Call before readEvaluationReport/compareFiles; it does not check the schema.
 */
async function assertReportWithinLimits(file) {
    const size = await sizeOf(file, 'evaluation report');
    if (size > MAX_REPORT_BYTES) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`evaluation report is ${mib(size)}; compare accepts at most ${mib(MAX_REPORT_BYTES)}`, {
            location: { file },
            hint: 'an evaluation report is metrics and slices, not data: check what was uploaded',
        });
    }
    let json;
    try {
        json = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch (e) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`not JSON: ${e.message}`, { location: { file }, hint: 'point at the report evaluate wrote (--out)' });
    }
    if (json === null || typeof json !== 'object')
        return; // the schema check names the problem
    const count = (x) => (x && typeof x === 'object' ? Object.keys(x).length : 0);
    const tooMany = (n, max, what) => {
        if (n > max)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${what}: ${n.toLocaleString('en-US')}; compare accepts at most ${max.toLocaleString('en-US')}`, { location: { file } });
    };
    tooMany(count(json.metrics), MAX_METRICS, 'too many metrics');
    const slices = Array.isArray(json.slices) ? json.slices : [];
    const skipped = Array.isArray(json.skipped_slices) ? json.skipped_slices : [];
    tooMany(slices.length + skipped.length, MAX_SLICES, 'too many slices');
    for (const s of slices)
        tooMany(count(s?.metrics), MAX_METRICS, 'too many metrics in a slice');
    const ex = json.examples;
    if (ex && typeof ex === 'object' && typeof ex.file === 'string') {
        const rel = ex.file;
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file));
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(folder, rel);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)(rel).split(/[\\/]/).includes('..') || !target.startsWith(folder + node_path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`examples.file ${JSON.stringify(rel)} points outside the report's folder`, {
                location: { file },
                hint: 'the per-example file must sit next to the report (evaluate writes it there)',
            });
        }
        if (typeof ex.rows === 'number')
            tooMany(ex.rows, MAX_EXAMPLE_ROWS, 'too many per-example rows');
        let exSize;
        try {
            exSize = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).size;
        }
        catch {
            exSize = undefined; // a missing per-example file is compare's to report (it then skips paired tests)
        }
        if (exSize !== undefined && exSize > MAX_EXAMPLES_BYTES) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`per-example file is ${mib(exSize)}; compare accepts at most ${mib(MAX_EXAMPLES_BYTES)}`, { location: { file: target } });
        }
    }
}


/***/ }),

/***/ 6922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ ForgeError),
/* harmony export */   Qu: () => (/* binding */ isForgeError)
/* harmony export */ });
/* unused harmony export EXIT_FORGE_FAILED */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/**
 * A request to the forge (GitHub) failed, or was refused before it was sent because GitHub would
 * reject it (a body over a size limit). It names the call (method + route template), GitHub's
 * status and message, and what the user can do (usually: a missing token permission).
 *
 * Exit code 3 (`EXIT_FORGE_FAILED`), not 1: 1 means "a check ran and failed" (a gate, drift) and
 * workflows branch on it; a forge failure means the step could not finish its side effects at all
 * (permissions, an outage, retries exhausted), which a caller must not mistake for a failed gate.
 * Not 2 either: the user's data was fine.
 */

const EXIT_FORGE_FAILED = 3;
class ForgeError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    exitCode = EXIT_FORGE_FAILED;
    method;
    route;
    status;
    githubMessage;
    constructor(d) {
        const status = d.status === undefined ? 'no response' : `HTTP ${d.status}`;
        const msg = d.githubMessage ? `: ${d.githubMessage}` : '';
        const attempts = d.attempts && d.attempts > 1 ? ` after ${d.attempts} attempts` : '';
        super(`GitHub ${d.method} ${d.route} failed (${status}${attempts})${msg}`, { hint: d.hint, cause: d.cause });
        this.method = d.method;
        this.route = d.route;
        this.status = d.status;
        this.githubMessage = d.githubMessage;
    }
}
function isForgeError(e) {
    return e instanceof ForgeError;
}


/***/ }),

/***/ 9269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ checkRunName),
/* harmony export */   Ce: () => (/* binding */ CHECK_SUMMARY_LIMIT),
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   tx: () => (/* binding */ COMMENT_BODY_LIMIT)
/* harmony export */ });
/**
 * The Forge port: what steps need from the place the repository lives. Two implementations:
 * `GitHubForge` (octokit) and `LocalForge` (files in a folder, for the CLI and tests). Steps take a
 * `Forge` and never know which one they have. Every write is idempotent: calling it again with the
 * same arguments leaves the same state (one sticky comment per marker, one check run per name+SHA).
 *
 * Grows with the steps: releases, refs, deployments come next.
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
/** The body as posted: the marker first (once), then the Markdown. */
function withMarker(marker, body) {
    return body.includes(marker) ? body : `${marker}\n${body}`;
}


/***/ })

};
