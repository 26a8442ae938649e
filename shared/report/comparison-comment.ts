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
import { basename, isAbsolute } from 'node:path';
import type { Comparison, FairnessComparison, MetricComparison, RuleResult, SliceComparison } from '../formats/comparison-format.js';
import { CHECK_SUMMARY_LIMIT, COMMENT_BODY_LIMIT } from '../formats/forge-markers.js';
import { escapeMarkdownCell } from './markdown-escape.js';
import { fitRows, truncateMarkdown } from './truncate.js';
import { renderWhatChanged } from './what-changed-section.js';
import { renderExplanationChange } from './explanation-change-section.js';
import type { BaselineInfo } from '../formats/comparison-format.js';

export interface ComparisonReportContext {
  /** The model's name (from the comparison, the input, or a default). */
  model: string;
  baseline: BaselineInfo;
  /** Link to the run that produced this report: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`. */
  runUrl?: string;
  /** The head commit, shown shortened. */
  headSha?: string;
  /** Warnings of the step itself (e.g. "no baseline artifact found"), shown with the comparison's. */
  notes?: string[];
}

export interface RenderOptions {
  /** The whole document's limit in characters (UTF-16 units). Default: GitHub's comment limit. */
  limit?: number;
  /** The sticky-comment marker, placed first (and kept by truncation). */
  marker?: string;
}

const esc = (s: string, max = 120) => escapeMarkdownCell(s, max);

/** 0.9460 (4 decimals) for everyday magnitudes; 4 significant digits for tiny or huge values. */
export function formatValue(x: number | null): string {
  if (x === null) return '—';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e4 || a < 1e-3) return x.toPrecision(4).replace('-', '−');
  return x.toFixed(4).replace('-', '−');
}

export function formatDelta(x: number | null): string {
  if (x === null) return '—';
  if (x === 0) return '±0';
  return `${x > 0 ? '+' : ''}${formatValue(x)}`;
}

export function formatPercent(x: number | null): string {
  if (x === null) return '—';
  const p = x * 100;
  if (p === 0) return '±0%';
  const digits = Math.abs(p) >= 100 ? 0 : Math.abs(p) >= 0.01 ? 2 : 4;
  return `${p > 0 ? '+' : '−'}${Math.abs(p).toFixed(digits)}%`;
}

export function formatP(p: number): string {
  if (p < 1e-4) return 'p < 0.0001';
  return `p = ${Number(p.toPrecision(2))}`;
}

/** ▲/▼ for the move, coloured by whether it is better (🟢) or worse (🔴) for this metric. */
export function directionArrow(m: Pick<MetricComparison, 'delta' | 'direction'>): string {
  if (m.delta === null) return '';
  if (m.delta === 0) return '＝';
  const arrow = m.delta > 0 ? '▲' : '▼';
  if (m.direction === null) return arrow;
  const better = (m.delta > 0) === (m.direction === 'higher');
  return `${better ? '🟢' : '🔴'}${arrow}`;
}

const LABELS: Record<MetricComparison['label'], string> = {
  improvement: 'improvement',
  regression: '**regression**',
  within_noise: 'within noise',
  not_tested: 'not tested',
};

const TEST_NAMES = { mcnemar: 'McNemar', delong: 'DeLong' } as const;

function significanceCell(m: MetricComparison): string {
  const label = LABELS[m.label];
  if (!m.test) return label;
  return `${label} · ${formatP(m.test.p_value)} (${TEST_NAMES[m.test.name]})`;
}

function ciCell(m: MetricComparison): string {
  if (m.delta_ci) return `Δ [${formatDelta(m.delta_ci[0])}, ${formatDelta(m.delta_ci[1])}]`;
  if (m.head_ci) return `head [${formatValue(m.head_ci[0])}, ${formatValue(m.head_ci[1])}]`;
  return '—';
}

const OUTCOME_ICON = (r: RuleResult) => (r.outcome === 'pass' ? '✅' : r.outcome === 'skipped' ? '⏭️' : r.severity === 'warn' ? '⚠️' : '❌');

function ruleText(r: RuleResult, direction: MetricComparison['direction']): string {
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
const impliedPresent = (r: RuleResult, all: readonly RuleResult[]) => r.rule === 'present' && r.outcome === 'pass' && all.length > 1;

function rulesCell(m: MetricComparison): string {
  const shown = m.rules.filter((r) => !impliedPresent(r, m.rules));
  if (shown.length === 0) return '—';
  return shown.map((r) => `${OUTCOME_ICON(r)} ${ruleText(r, m.direction)}${r.outcome === 'skipped' ? ' (skipped)' : ''}`).join(' · ');
}

function metricRow(m: MetricComparison): string {
  return `| ${esc(m.name)} | ${formatValue(m.head)} | ${formatValue(m.baseline)} | ${formatDelta(m.delta)} | ${formatPercent(m.relative_delta)} | ${directionArrow(m)} | ${ciCell(m)} | ${significanceCell(m)} | ${rulesCell(m)} |`;
}

/**
 * Identities of single-label classification (scikit-learn's definitions): micro-averaged precision,
 * recall and F1 all equal accuracy, and macro-averaged recall is balanced accuracy.
 */
const EQUAL_BY_DEFINITION: ReadonlyMap<string, string> = new Map([
  ['precision_micro', 'accuracy'],
  ['recall_micro', 'accuracy'],
  ['f1_micro', 'accuracy'],
  ['recall_macro', 'balanced_accuracy'],
]);

const sameValue = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b)));

/**
 * Rows of a binary report that repeat another row by definition (and do here: same head and
 * baseline values) and carry no rule: they go under a closed `<details>` so the table shows each
 * number once. A gated one stays in the table, where its rule is.
 */
export function equalByDefinition(c: Comparison): Set<string> {
  const out = new Set<string>();
  if (c.head.task !== 'binary') return out;
  const byName = new Map(c.metrics.map((m) => [m.name, m]));
  for (const m of c.metrics) {
    const twin = byName.get(EQUAL_BY_DEFINITION.get(m.name) ?? '');
    if (twin && m.rules.length === 0 && sameValue(m.head, twin.head) && sameValue(m.baseline, twin.baseline)) out.add(m.name);
  }
  return out;
}

function foldedSection(ms: readonly MetricComparison[]): string[] {
  if (ms.length === 0) return [];
  const groups = new Map<string, string[]>();
  for (const m of ms) groups.set(EQUAL_BY_DEFINITION.get(m.name)!, [...(groups.get(EQUAL_BY_DEFINITION.get(m.name)!) ?? []), esc(m.name)]);
  const twins = [...groups].map(([twin, names]) => `${names.join(', ')} = ${esc(twin)}`).join('; ');
  return ['', '<details>', `<summary>${ms.length} more ${ms.length === 1 ? 'row' : 'rows'}, equal by definition for a binary task: ${twins}</summary>`, '', ...METRIC_HEADER, ...ms.map(metricRow), '', '</details>'];
}

/**
 * The metric rows that fit `budget` characters, in table order: every gated row (a rule the table
 * does not show must not be counted), then the others from the top while they fit.
 */
function fitMetricRows(ms: readonly MetricComparison[], budget: number): { kept: string[]; dropped: number } {
  const rows = ms.map(metricRow);
  const keep = ms.map((m) => m.rules.length > 0);
  let used = rows.reduce((n, r, i) => n + (keep[i] ? r.length + 1 : 0), 0);
  for (let i = 0; i < rows.length; i++) {
    if (keep[i]) continue;
    if (used + rows[i]!.length + 1 > budget) break;
    keep[i] = true;
    used += rows[i]!.length + 1;
  }
  const kept = rows.filter((_, i) => keep[i]);
  return { kept, dropped: rows.length - kept.length };
}

const METRIC_HEADER = ['| metric | head | baseline | Δ | Δ % | | CI | significance | rule |', '| --- | ---: | ---: | ---: | ---: | :-: | --- | --- | --- |'];

/**
 * The gate's counts as the tables show its rules: implied `present` checks that passed are neither
 * shown nor counted, so "3 rules" means the three a reviewer can find in the rule column.
 * comparison.json keeps the full count.
 */
export function shownRuleCounts(c: Comparison): { rules: number; failed: number; warned: number; skipped: number } {
  const all = [...c.metrics, ...c.slices.flatMap((s) => s.metrics), ...(c.fairness ?? []).flatMap((f) => f.summaries)];
  const implied = all.reduce((n, m) => n + m.rules.filter((r) => impliedPresent(r, m.rules)).length, 0);
  return { rules: c.gate.rules - implied, failed: c.gate.failed, warned: c.gate.warned, skipped: c.gate.skipped };
}

export function verdictHeadline(c: Comparison, model: string): string {
  const name = esc(model, 80);
  if (c.verdict === 'pass') return `## ✅ ${name}: gate passed`;
  if (c.verdict === 'fail') return `## ❌ ${name}: gate failed (${c.gate.failed} of ${shownRuleCounts(c).rules} rules)`;
  return `## ℹ️ ${name}: report only — no gate rules configured`;
}

/** One line for the check run's title. */
export function checkRunTitle(c: Comparison): string {
  const { rules } = shownRuleCounts(c);
  if (c.verdict === 'pass') return `gate passed: ${rules} ${rules === 1 ? 'rule' : 'rules'}, none failed${c.gate.warned ? `, ${c.gate.warned} warned` : ''}`;
  if (c.verdict === 'fail') return `gate failed: ${c.gate.failed} of ${rules} rules failed`;
  return 'report only: no gate rules configured';
}

export function checkRunConclusion(c: Comparison): 'success' | 'failure' | 'neutral' {
  return c.verdict === 'pass' ? 'success' : c.verdict === 'fail' ? 'failure' : 'neutral';
}

/**
 * A Markdown link when `url` is a plain http(s) URL, else the text alone: the registry's URL is
 * stored data, and a `)`, space or `javascript:` in it must not reshape the comment.
 */
function linkTo(text: string, url: string): string {
  return /^https?:\/\/[^\s()<>"'`\\]+$/.test(url) ? `[${text}](${url})` : text;
}

function baselineLine(c: Comparison, ctx: ComparisonReportContext): string {
  const head = `**Head**: ${c.head.file ? esc(shownPath(c.head.file)) : 'report'}${c.head.rows !== null ? ` (${c.head.rows.toLocaleString('en-US')} rows)` : ''}${ctx.headSha && /^[0-9a-f]{7,40}$/.test(ctx.headSha) ? ` at ${ctx.headSha.slice(0, 7)}` : ''}`;
  const b = ctx.baseline;
  let base: string;
  if (b.kind === 'file') base = `**baseline**: ${esc(shownPath(b.file))}`;
  else if (b.kind === 'base-branch') {
    const run = b.runUrl ? `[run ${b.runNumber !== undefined ? `#${b.runNumber}` : b.runId}](${b.runUrl})` : `run ${b.runId}`;
    base = `**baseline**: ${esc(b.branch)} — artifact ${esc(b.artifact)} of the latest successful ${esc(b.workflow)} ${run}`;
  } else if (b.kind === 'production') {
    base = `**baseline**: ${esc(b.alias, 64)}: ${esc(b.model, 64)} ${esc(b.version, 64)} (${linkTo(esc(b.tag), b.url)})`;
  } else base = `**baseline**: none${b.reason ? ` (${esc(b.reason, 300)})` : ' (first run)'}`;
  const rows = c.baseline?.rows !== null && c.baseline?.rows !== undefined ? ` (${c.baseline.rows.toLocaleString('en-US')} rows)` : '';
  return `${head} · ${base}${b.kind !== 'none' ? rows : ''}`;
}

function significanceLine(c: Comparison): string {
  const s = c.significance;
  if (!s.tested) return `_Significance: not tested — ${esc(s.reason ?? 'no paired data', 300)}._`;
  return `_Significance: paired percentile bootstrap of each Δ (${s.resamples} resamples, ${Math.round(s.confidence * 100)}% CI, seed ${s.seed}) on ${s.paired_rows?.toLocaleString('en-US') ?? '?'} paired rows; McNemar for accuracy, DeLong for ROC AUC; α = ${s.alpha}._`;
}

function bulletList(title: string, items: string[], max: number): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, max).map((i) => `- ${esc(i, 300)}`);
  if (items.length > max) shown.push(`- … and ${items.length - max} more (see comparison.json)`);
  return [`**${title}**`, '', ...shown, ''];
}

/** Mermaid labels: a safe character set only (the block is not Markdown-escaped), quoted. */
function mermaidLabel(s: string): string {
  const clean = s.replace(/[^A-Za-z0-9_.:/ -]+/g, '_').slice(0, 24);
  return `"${clean || '_'}"`;
}

/** ROC AUC under its registry name, an alias, or with a dataset part (`roc_auc.test`, `val/auc`). */
const isRocAuc = (name: string) => name.split(/[./:]/).some((part) => part === 'roc_auc' || part === 'auc');

/** Higher-is-better scores in [0, 1] share one axis; losses would read backwards next to them. */
function chartable(m: MetricComparison): boolean {
  return m.direction === 'higher' && m.head !== null && m.baseline !== null && m.head >= 0 && m.head <= 1 && m.baseline >= 0 && m.baseline <= 1;
}

/**
 * Metrics worth a picture: the ones that carry the gate, then ROC AUC; a report with fewer than two
 * of those (no gate) gets the first few other scores instead. Equal-by-definition twins never.
 */
function chartMetrics(c: Comparison, folded: ReadonlySet<string>): MetricComparison[] {
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
export function renderChart(c: Comparison, folded: ReadonlySet<string> = new Set()): string[] {
  const ms = chartMetrics(c, folded);
  if (ms.length < 2) return [];
  const values = ms.flatMap((m) => [m.head!, m.baseline!]);
  const lo = Math.max(0, Math.floor((values.reduce((a, b) => Math.min(a, b), Infinity) - 0.05) * 10) / 10);
  const hi = Math.min(1, Math.ceil((values.reduce((a, b) => Math.max(a, b), -Infinity) + 0.02) * 10) / 10);
  const num = (x: number) => String(Number(x.toFixed(4)));
  const left = c.metrics.filter((m) => m.rules.length > 0 && !ms.includes(m));
  const why = left.length ? ` Gated but not charted (lower is better, outside 0–1 or missing a value): ${left.map((m) => esc(m.name, 60)).join(', ')}.` : '';
  return [
    '```mermaid',
    'xychart-beta horizontal',
    '    title "Head (bars) vs baseline (line)"',
    `    x-axis [${ms.map((m) => mermaidLabel(m.name)).join(', ')}]`,
    `    y-axis "value" ${num(lo)} --> ${num(hi)}`,
    `    bar [${ms.map((m) => num(m.head!)).join(', ')}]`,
    `    line [${ms.map((m) => num(m.baseline!)).join(', ')}]`,
    '```',
    `_Bars: head; line: baseline; the value axis starts at ${num(lo)}.${why}_`,
    '',
  ];
}

const STATUS_RANK: Record<SliceComparison['status'], number> = { fail: 0, warn: 1, pass: 2, none: 3 };

function sliceName(s: SliceComparison): string {
  return `${esc(s.column, 60)} = ${s.value === null ? '_(missing)_' : esc(s.value, 60)}`;
}

function sliceRows(s: SliceComparison, headline: string[]): string[] {
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

/** Fairness (evaluate --sensitive): one row per summary, head against baseline; failing columns first. */
function fairnessRows(f: FairnessComparison): string[] {
  const icon = f.status === 'fail' ? '❌ ' : f.status === 'warn' ? '⚠️ ' : '';
  const name = `${icon}${esc(f.column, 60)}${f.positive_class === null ? '' : ` · ${esc(String(f.positive_class), 40)}`}`;
  if (f.summaries.length === 0) {
    return [`| ${name} | — | — | — | — | — | ${esc(f.skipped ?? 'no summaries', 160)} |`];
  }
  const note = f.skipped === null ? '' : ` (${esc(f.skipped, 80)})`;
  // The paired CI of the delta when both per-example files carry the column, else the head's own CI.
  return f.summaries.map(
    (m) => `| ${name} | ${esc(m.name, 60)} | ${formatValue(m.head)} | ${formatValue(m.baseline)} | ${formatDelta(m.delta)} ${directionArrow(m)} | ${ciCell(m)} | ${LABELS[m.label]} | ${rulesCell(m)}${note} |`,
  );
}

const FAIRNESS_HEADER = ['| sensitive column · class | summary | head | baseline | Δ | CI | significance | rule |', '| --- | --- | ---: | ---: | ---: | --- | --- | --- |'];

/** Why fairness deltas went untested, one line per reason (the columns it applies to named). */
function fairnessNotTested(fs: readonly FairnessComparison[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const f of fs) {
    if (!f.delta_not_tested || f.summaries.length === 0) continue;
    const cols = byReason.get(f.delta_not_tested) ?? [];
    if (!cols.includes(f.column)) cols.push(f.column);
    byReason.set(f.delta_not_tested, cols);
  }
  const lines = [...byReason].slice(0, 3).map(([why, cols]) => `_Fairness deltas of ${cols.slice(0, 5).map((c) => esc(c, 60)).join(', ')}${cols.length > 5 ? ', …' : ''} not paired-tested: ${esc(why, 300)}; the CI shown is the head report's own bootstrap interval._`);
  if (byReason.size > 3) lines.push(`_…and ${byReason.size - 3} more reasons in comparison.json._`);
  return lines;
}

const SLICE_HEADER = ['| slice | rows (head / baseline) | metric | head | baseline | Δ | rule |', '| --- | ---: | --- | ---: | ---: | ---: | --- |'];


const truncatedNote = (shown: number, total: number, what: string, limit: number) =>
  `_Truncated: showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${what} to fit GitHub's ${limit.toLocaleString('en-US')}-character limit; every row is in comparison.json (the run's artifacts)._`;

/**
 * The report as Markdown: headline verdict, head/baseline, failures, the metrics table, a chart,
 * slices in a collapsible section, the significance method and a link to the run.
 */
export function renderComparisonReport(c: Comparison, ctx: ComparisonReportContext, options: RenderOptions = {}): string {
  const limit = options.limit ?? COMMENT_BODY_LIMIT;
  const top: string[] = [];
  if (options.marker) top.push(options.marker);
  top.push(verdictHeadline(c, ctx.model), '', baselineLine(c, ctx), '');
  if (c.verdict === 'report-only') top.push('No gate rules are configured for this model, so nothing was gated: add rules under `models:` in mlops.yaml (see docs/compare.md).', '');
  const warnings = [...(ctx.notes ?? []), ...c.warnings.filter((w) => !/^no gate rules are configured/.test(w))];
  top.push(...bulletList(c.verdict === 'fail' ? 'Failed rules' : 'Rule warnings', c.gate.failures, 50));
  top.push(...bulletList('Notes', warnings, 20));

  const counts = shownRuleCounts(c);
  const footer: string[] = ['', significanceLine(c)];
  footer.push(
    `_${ctx.runUrl ? `[Run](${ctx.runUrl}) · ` : ''}${counts.rules} rules: ${counts.failed} failed, ${counts.warned} warned, ${counts.skipped} skipped · 🟢/🔴 better/worse for the metric · mlops-actions compare_`,
  );

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
  if (changed.length) top.push(...changed, '### Metrics', '');
  const fixed = [...top, ...METRIC_HEADER, ...twins, '', ...chart, ...footer].join('\n').length;
  // Reserve room for the notes and the <details> wrapper; the rest is shared by the two tables.
  const room = Math.max(0, limit - fixed - 1200);
  const metricsFit = fitMetricRows(table, c.slices.length > 0 ? Math.floor(room * 0.6) : room);
  const body = [...top, ...METRIC_HEADER, ...metricsFit.kept];
  if (metricsFit.dropped > 0) body.push('', truncatedNote(metricsFit.kept.length, table.length, 'metrics', limit));
  body.push(...twins, '', ...chart);

  if (c.slices.length > 0) {
    const headline = c.metrics.slice(0, 2).map((m) => m.name);
    const ordered = c.slices.map((s, i) => ({ s, i })).sort((a, b) => STATUS_RANK[a.s.status] - STATUS_RANK[b.s.status] || a.i - b.i).map((x) => x.s);
    const rows = ordered.flatMap((s) => sliceRows(s, headline));
    const used = body.join('\n').length;
    const fit = fitRows(rows, Math.max(0, limit - used - footer.join('\n').length - 900));
    const failing = c.slices.filter((s) => s.status === 'fail').length;
    body.push(
      '<details>',
      `<summary>Slices: ${c.slices.length.toLocaleString('en-US')}${failing ? ` (${failing} failing)` : ''}</summary>`,
      '',
      ...SLICE_HEADER,
      ...fit.kept,
    );
    if (fit.dropped > 0) body.push('', truncatedNote(fit.kept.length, rows.length, 'slice rows', limit));
    body.push('', '</details>');
  }
  if (c.fairness && c.fairness.length > 0) {
    const ordered = c.fairness.map((f, i) => ({ f, i })).sort((a, b) => STATUS_RANK[a.f.status] - STATUS_RANK[b.f.status] || a.i - b.i).map((x) => x.f);
    const rows = ordered.flatMap(fairnessRows);
    const fit = fitRows(rows, Math.max(0, limit - body.join('\n').length - footer.join('\n').length - 600));
    const failing = c.fairness.filter((f) => f.status === 'fail').length;
    body.push('', `### Fairness${failing ? ` (${failing} failing)` : ''}`, '', ...FAIRNESS_HEADER, ...fit.kept);
    if (fit.dropped > 0) body.push('', truncatedNote(fit.kept.length, rows.length, 'fairness rows', limit));
    const untested = fairnessNotTested(c.fairness);
    body.push('', ...(untested.length > 0 ? untested : ["_Fairness CIs are paired bootstrap intervals of the delta (head − baseline), on the metrics' resamples._"]));
  }
  if (c.explanations) {
    // Last before the footer: the first thing left out when the document nears its limit.
    let section = renderExplanationChange(c.explanations);
    const room = limit - body.join('\n').length - footer.join('\n').length - 600;
    if (section.join('\n').length > room) section = renderExplanationChange(c.explanations, 5);
    if (section.join('\n').length > room) section = ['### What the model relies on', '', `_Left out to fit GitHub's ${limit.toLocaleString('en-US')}-character limit; it is in comparison.json (the run's artifacts)._`, ''];
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
function shownPath(file: string): string {
  return isAbsolute(file) ? basename(file) : file;
}

export function renderComparisonComment(c: Comparison, ctx: ComparisonReportContext, marker?: string): string {
  return renderComparisonReport(c, ctx, { marker, limit: COMMENT_BODY_LIMIT });
}

/** The job summary: the same document, with room for more rows (GitHub allows 1 MiB; we stay well below). */
export function renderComparisonSummary(c: Comparison, ctx: ComparisonReportContext): string {
  return renderComparisonReport(c, ctx, { limit: 512 * 1024 });
}

/** The check run's output: conclusion, title, and the report as its summary (65,535 characters at most). */
export function renderCheckRunOutput(c: Comparison, ctx: ComparisonReportContext): { conclusion: 'success' | 'failure' | 'neutral'; title: string; summary: string } {
  return { conclusion: checkRunConclusion(c), title: checkRunTitle(c), summary: renderComparisonReport(c, ctx, { limit: CHECK_SUMMARY_LIMIT }) };
}
