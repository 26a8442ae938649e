export const id = 778;
export const ids = [778,349];
export const modules = {

/***/ 9349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baselineKindOf: () => (/* binding */ baselineKindOf),
  o: () => (/* binding */ resolveBaseline)
});

// UNUSED EXPORTS: BASELINE_KEYWORDS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/github/forge-error.ts
var forge_error = __webpack_require__(6922);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/compare/compare-files.ts + 4 modules
var compare_files = __webpack_require__(484);
// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var registry_errors = __webpack_require__(1543);
// EXTERNAL MODULE: ../../../../shared/registry/manifest-format.ts
var manifest_format = __webpack_require__(8077);
// EXTERNAL MODULE: ../../../../shared/registry/publish.ts + 1 modules
var publish = __webpack_require__(4630);
// EXTERNAL MODULE: ../../../../shared/registry/state-update.ts
var state_update = __webpack_require__(9753);
// EXTERNAL MODULE: ../../../../shared/registry/tag.ts
var tag = __webpack_require__(7170);
;// CONCATENATED MODULE: ../../../../shared/compare/production-baseline.ts
/**
 * compare's `baseline: production`: the evaluation report of the version a model registry alias
 * (default `production`) points to, so a PR is measured against what is serving, not against
 * whatever last ran on the base branch. Works on either registry (local folder or GitHub releases +
 * state branch): only the RegistryPorts are used.
 *
 * Trust: the report is used only after the same chain of checks promote makes before it moves an
 * alias: the stored manifest against the SHA-256 recorded in the registry state when the version
 * was published, then the report against the manifest's asset list (SHA-256 and size). The model
 * archive is not downloaded: compare needs only the report, and archives can be large.
 *
 * A model with no registry state, or whose alias was never set, is not an error: the comparison
 * runs as a first run and says why (like a base branch without runs).
 */









const DEFAULT_BASELINE_ALIAS = 'production';
/** The name the baseline report gets in its folder (the release's asset name). */
const REPORT_FILE = 'evaluation.json';
async function resolveProductionBaseline(spec, env) {
    const model = (0,tag/* validateModelName */.HW)(spec.model);
    const alias = (0,tag/* validateAlias */.jX)(spec.alias ?? DEFAULT_BASELINE_ALIAS);
    const state = (await (0,state_update/* readState */.un)(spec.registry.state, model))?.state;
    const version = state?.aliases[alias]?.version;
    if (!state || version === undefined) {
        const reason = `no ${alias} version of ${model} yet`;
        env.log?.(`baseline: ${reason}; comparing as a first run`);
        return { info: { kind: 'none', reason: `${reason}; compared as a first run` } };
    }
    const recorded = state.versions.find((v) => v.version === version);
    const where = `${model}@${alias} (${recorded?.tag ?? (0,tag/* tagOf */.cO)(model, version)})`;
    const stop = (what) => new registry_errors/* IntegrityError */.cs(`production baseline ${where}: ${what}; not comparing`, {
        hint: 'the stored release was changed or damaged after publishing: publish the model again under a new version and promote it, or compare with another baseline',
    });
    const ref = await spec.registry.releases.find(model, version);
    if (!ref)
        throw stop(`the alias points to ${version}, but the registry holds no release of it`);
    /** Downloads an asset the manifest lists and checks it against the manifest's SHA-256 and size. */
    const downloadChecked = async (asset, destination) => {
        if (!ref.assets.some((a) => a.name === asset.name))
            throw stop(`asset ${asset.name} listed in the manifest is missing from the release`);
        try {
            await spec.registry.releases.download(ref, asset.name, destination);
        }
        catch (e) {
            throw e instanceof registry_errors/* IntegrityError */.cs ? stop(e.message) : e;
        }
        const got = await (0,publish/* sha256File */.Q3)(destination);
        if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
            throw stop(`${asset.name} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
        }
    };
    await (0,promises_.mkdir)(env.workDir, { recursive: true });
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.workDir, `production-${version}-`));
    try {
        // The manifest's digest was recorded in the state at publish time: it anchors every other check.
        if (!ref.assets.some((a) => a.name === manifest_format/* MANIFEST_ASSET */.ny))
            throw stop(`${manifest_format/* MANIFEST_ASSET */.ny} is missing`);
        const { manifest, sha256: manifestSha } = await (0,publish/* fetchManifest */.Cj)(spec.registry.releases, ref, dir).catch((e) => {
            throw e instanceof registry_errors/* IntegrityError */.cs || e instanceof errors/* InputError */.dz ? stop(e.message) : e;
        });
        if (recorded && manifestSha !== recorded.manifest_sha256) {
            throw stop(`${manifest_format/* MANIFEST_ASSET */.ny} has SHA-256 ${manifestSha}, but ${recorded.manifest_sha256} was recorded when it was published`);
        }
        if (manifest.name !== model || manifest.version !== version)
            throw stop(`${manifest_format/* MANIFEST_ASSET */.ny} describes ${manifest.name} ${manifest.version}`);
        const reportAsset = manifest.assets.find((a) => a.name === manifest.evaluation.asset);
        if (!reportAsset)
            throw stop(`the manifest lists no ${manifest.evaluation.asset}`);
        const file = (0,external_node_path_.join)(dir, REPORT_FILE);
        await downloadChecked(reportAsset, file);
        // The report names its per-example file; without it compare would fail on the missing file.
        let examplesUnavailable;
        const examples = (await (0,compare_files/* readEvaluationReport */.r)(file)).examples;
        if (examples) {
            const examplesAsset = manifest.assets.find((a) => a.name === manifest_format/* EVALUATION_EXAMPLES_ASSET */.g7);
            if (!examplesAsset)
                examplesUnavailable = `the ${alias} release ${ref.tag} has no per-example file (${manifest_format/* EVALUATION_EXAMPLES_ASSET */.g7})`;
            else if ((0,external_node_path_.basename)(examples.file) !== examples.file || examples.file.startsWith('.')) {
                examplesUnavailable = `the ${alias} release's report names its per-example file ${JSON.stringify(examples.file)}, not a plain file name`;
            }
            else
                await downloadChecked(examplesAsset, (0,external_node_path_.join)(dir, examples.file));
        }
        env.log?.(`baseline: ${alias} of ${model} is ${version} (${ref.tag}, ${ref.url}); report verified against its manifest`);
        return {
            file,
            info: { kind: 'production', model, alias, version, tag: ref.tag, url: ref.url },
            ...(examplesUnavailable ? { examplesUnavailable } : {}),
        };
    }
    catch (e) {
        // Nothing half-written: a baseline that failed its checks leaves no file behind.
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        throw e;
    }
}

// EXTERNAL MODULE: ../../../../shared/compare/report-limits.ts
var report_limits = __webpack_require__(2105);
;// CONCATENATED MODULE: ../../../../shared/compare/baseline.ts
/**
 * Where compare's baseline report comes from (input `baseline`):
 * - a path: that report file;
 * - `base-branch`: the evaluation artifact of the latest successful run of the same workflow on the
 *   PR's base branch, found through the Forge's workflow-run listing and downloaded through an
 *   `ArtifactDownloader` port (the action uses @actions/artifact; the CLI and GHES the Forge's zip);
 * - `production`: the verified evaluation report of the version a model registry alias (default
 *   `production`) points to (shared/compare/production-baseline.ts);
 * - `none`: a first run, nothing to compare with.
 * A base branch without any successful run holding the artifact (a repository adopting the
 * workflow, or artifacts expired), or a model never promoted, is not an error: the comparison runs
 * as a first run and says why.
 */






const BASELINE_KEYWORDS = ['base-branch', 'production', 'none'];
/** The `baseline` input: a keyword, else a report path. */
function baselineKindOf(value) {
    return BASELINE_KEYWORDS.includes(value) ? value : 'file';
}
function safeInside(dir, rel, what) {
    if ((0,external_node_path_.isAbsolute)(rel) || (0,external_node_path_.normalize)(rel).split(/[\\/]/).includes('..')) {
        throw new errors/* UsageError */.eb(`${what} ${JSON.stringify(rel)} must be a relative path inside the artifact`);
    }
    return (0,external_node_path_.resolve)(dir, rel);
}
async function resolveBaseline(spec, env) {
    switch (spec.kind) {
        case 'file':
            return { file: spec.path, info: { kind: 'file', file: spec.path } };
        case 'none':
            return { info: { kind: 'none', reason: 'first run: baseline none' } };
        case 'production':
            return resolveProductionBaseline(spec, env);
        case 'base-branch':
            return resolveBaseBranch(spec, env);
    }
}
async function resolveBaseBranch(spec, env) {
    const { forge, download } = env;
    if (!forge || !download)
        throw new errors/* UsageError */.eb('baseline base-branch needs GitHub access', { hint: 'give the step a token (input token), or pass a baseline report file' });
    const where = `${spec.workflow} on ${spec.branch}`;
    let runs;
    try {
        runs = await forge.listSuccessfulWorkflowRuns({ ...spec.repo, workflow: spec.workflow, branch: spec.branch, limit: (spec.maxRuns ?? 10) + 1 });
    }
    catch (e) {
        // GitHub answers 404 for a workflow file that is not on the default branch yet.
        if ((0,forge_error/* isForgeError */.Qu)(e) && e.status === 404)
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
        if (artifact.sizeInBytes > report_limits/* MAX_REPORT_BYTES */.WA + report_limits/* MAX_EXAMPLES_BYTES */.tM) {
            throw new errors/* InputError */.dz(`artifact ${spec.artifact} of run ${run.id} is ${artifact.sizeInBytes} bytes, more than an evaluation report and its examples can be`, {
                hint: 'upload only the evaluation report and its per-example file',
            });
        }
        await (0,promises_.mkdir)(env.workDir, { recursive: true });
        const destination = await (0,promises_.mkdtemp)((0,external_node_path_.join)(env.workDir, `baseline-${run.id}-`));
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

/***/ 3778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCompareStep: () => (/* binding */ runCompareStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/config/mlops-config.ts
var mlops_config = __webpack_require__(7123);
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
// EXTERNAL MODULE: ../../../../shared/compare/baseline.ts + 1 modules
var compare_baseline = __webpack_require__(9349);
// EXTERNAL MODULE: ../../../../shared/compare/compare-files.ts + 4 modules
var compare_files = __webpack_require__(484);
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









/**
 * The model whose registry alias is the baseline: the step's `model`, else, as compareFiles picks
 * it, mlops.yaml's only model (when the rules come from mlops.yaml).
 */
async function registryModelOf(options) {
    if (options.model !== undefined)
        return options.model;
    if (options.config && !options.rules) {
        const config = await (0,mlops_config/* loadConfig */.Z9)(options.config);
        // Throws naming the models when there are several: the step must be told which one.
        if ((0,mlops_config/* modelConfigOf */.jj)(config, undefined, options.config))
            return Object.keys(config.models ?? {})[0];
    }
    throw new errors/* UsageError */.eb('baseline production: which model\'s registry versions? none is named', {
        hint: 'pass --model NAME (action input: model), or configure exactly one model in mlops.yaml',
    });
}
async function runCompareStep(options, env = {}) {
    const spec = options.baseline.kind === 'production'
        ? { ...options.baseline, model: options.baseline.model ?? (await registryModelOf(options)) }
        : options.baseline;
    const baseline = await (0,compare_baseline/* resolveBaseline */.o)(spec, { forge: env.forge, download: env.download, workDir: (0,external_node_path_.join)(options.outDir, '.baseline'), log: env.log });
    await (0,report_limits/* assertReportWithinLimits */.id)(options.head);
    if (baseline.file)
        await (0,report_limits/* assertReportWithinLimits */.id)(baseline.file);
    const comparison = await (0,compare_files/* compareFiles */.h)({
        head: options.head, baseline: baseline.file, config: options.config, rules: options.rules, model: options.model,
        baselineExamplesUnavailable: baseline.examplesUnavailable,
    });
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
