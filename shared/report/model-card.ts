/**
 * The model card (Mitchell et al., "Model Cards for Model Reporting", FAT* 2019), in Markdown:
 * intended use, limitations and owners from mlops.yaml `release`, the evaluation's metrics with
 * their confidence intervals and slices, what the model relies on (explain's permutation
 * importances, when published with it), a summary of the training data from its profile, and the
 * lineage. Everything that came from a file or a PR (names, values, the config's prose, actor and
 * branch names) is escaped, so it stays text: no HTML, no broken tables, no @mentions.
 */
import type { Profile } from '../formats/profile-format.js';
import type { EvaluationReport, MetricValue } from '../formats/evaluation-format.js';
import type { ModelManifest } from '../formats/manifest-format.js';
import { EXPLANATION_ASSET, type Explanation } from '../formats/explanation-format.js';
import { formatImportance } from './explanation-summary.js';
import { formatMetric } from './evaluation-summary.js';
import { escapeMarkdown, escapeMarkdownCell } from './markdown-escape.js';

export interface ModelCardInput {
  manifest: ModelManifest;
  evaluation: EvaluationReport;
  profile?: Profile;
  /** mlops-actions/explanation@1 of this model (explain), when published with it. */
  explanation?: Explanation;
  /** mlops.yaml's `release.models.<model>` (the card's prose and owners). */
  release?: { intended_use?: string; limitations?: string; owners?: string[] };
}

/** Slice rows shown per slice column; the evaluation asset has them all. */
const MAX_SLICE_ROWS = 30;
/** Features shown in the importance table; the explanation asset has them all. */
const MAX_FEATURES = 20;
/** Profile columns shown in the data table. */
const MAX_COLUMNS = 60;
const SLICE_METRICS = ['accuracy', 'f1', 'roc_auc', 'log_loss', 'mae', 'rmse', 'r2'];

const cell = (s: string | number | null | undefined) => (s === null || s === undefined || s === '' ? '—' : escapeMarkdownCell(String(s)));
const code = (s: string | null) => (s ? `\`${s.replace(/[^0-9A-Za-z._/:-]/g, '')}\`` : '—');

/** Prose from the config: paragraphs kept, each escaped. */
function prose(text: string | undefined, missing: string): string {
  if (!text || !text.trim()) return `_${missing}_`;
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => escapeMarkdown(p.trim()))
    .join('\n\n');
}

function ci(m: MetricValue): string {
  return m.ci ? `[${formatMetric(m.ci[0])}, ${formatMetric(m.ci[1])}]` : '—';
}

function num(v: number | string | null): string {
  if (v === null) return '—';
  return typeof v === 'number' ? formatMetric(v) : escapeMarkdownCell(v, 40);
}

function metricsSection(e: EvaluationReport): string[] {
  const names = Object.keys(e.metrics).sort();
  if (names.length === 0) return ['_No metrics were reported._'];
  const conf = e.bootstrap ? `${Math.round(e.bootstrap.confidence * 100)}% CI` : 'CI';
  const out = [`| metric | value | ${conf} |`, '| --- | ---: | --- |'];
  for (const n of names) out.push(`| ${cell(n)} | ${formatMetric(e.metrics[n]!.value)} | ${ci(e.metrics[n]!)} |`);
  if (e.bootstrap) out.push('', `Intervals: ${e.bootstrap.method} bootstrap over ${e.bootstrap.unit}s, ${e.bootstrap.resamples} resamples.`);
  for (const o of e.omitted) out.push('', `Not reported: ${cell(o.metric)} (${escapeMarkdown(o.reason)}).`);
  return out;
}

function slicesSection(e: EvaluationReport): string[] {
  if (e.slices.length === 0) return [];
  const present = SLICE_METRICS.filter((m) => e.slices.some((s) => s.metrics[m]));
  const shown = present.length ? present : Object.keys(e.slices[0]!.metrics).slice(0, 4);
  const out = ['', '### Slices', '', `| slice | rows | ${shown.map(cell).join(' | ')} |`, `| --- | ---: | ${shown.map(() => '---:').join(' | ')} |`];
  const byColumn = new Map<string, typeof e.slices>();
  for (const s of e.slices) byColumn.set(s.column, [...(byColumn.get(s.column) ?? []), s]);
  let cut = 0;
  for (const [column, slices] of byColumn) {
    for (const s of slices.slice(0, MAX_SLICE_ROWS)) {
      const vals = shown.map((m) => (s.metrics[m] ? `${formatMetric(s.metrics[m]!.value)}${s.metrics[m]!.ci ? ` ${ci(s.metrics[m]!)}` : ''}` : '—'));
      out.push(`| ${cell(column)} = ${cell(s.value ?? '(missing)')} | ${s.rows} | ${vals.join(' | ')} |`);
    }
    cut += Math.max(0, slices.length - MAX_SLICE_ROWS);
  }
  if (cut) out.push('', `${cut} more slices are in evaluation.json.`);
  return out;
}

/** What the model relies on: explain's permutation importances, when published with the version. */
function explanationSection(x: Explanation | undefined): string[] {
  if (!x) return [];
  const worse = x.metric.direction === 'higher' ? 'drops' : 'rises';
  const out = [
    '',
    '## What the model relies on',
    '',
    `Permutation importance (scikit-learn's definition): how much ${cell(x.metric.name)} ${worse} when one feature's values are shuffled across the rows, mean ± std over ${x.repeats} repeats on ${x.dataset.rows_used.toLocaleString('en-US')} rows of \`${x.dataset.sha256.slice(0, 12)}\` (baseline ${formatImportance(x.metric.baseline)}). Near zero: the model does not use the feature; below zero: shuffling it did not hurt.`,
    '',
    '| rank | feature | importance | ± std |',
    '| ---: | --- | ---: | ---: |',
  ];
  for (const f of x.features.slice(0, MAX_FEATURES)) out.push(`| ${f.rank} | ${cell(f.feature)} | ${formatImportance(f.importance_mean)} | ${formatImportance(f.importance_std)} |`);
  if (x.features.length > MAX_FEATURES) out.push('', `${x.features.length - MAX_FEATURES} more features are in ${EXPLANATION_ASSET}.`);
  return out;
}

function dataSection(m: ModelManifest, p: Profile | undefined): string[] {
  if (!p || !m.data) return ['_No training data profile was published with this version._'];
  const out = [`${p.rows.toLocaleString('en-US')} rows, ${p.column_order.length} columns, from ${m.data.sources.map((s) => cell(s)).join(', ') || 'unnamed sources'}. Profile: \`${m.data.profile}\` (sha256 \`${m.data.sha256}\`), the drift check's reference.`, ''];
  out.push('| column | type | nulls | min | max | mean | distinct |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const name of p.column_order.slice(0, MAX_COLUMNS)) {
    const c = p.columns[name];
    if (!c) continue;
    out.push(`| ${cell(name)} | ${c.type} | ${c.nulls} | ${num(c.min)} | ${num(c.max)} | ${num(c.mean)} | ${Math.round(c.distinct.estimate)}${c.distinct.exact ? '' : ' (est.)'} |`);
  }
  if (p.column_order.length > MAX_COLUMNS) out.push('', `${p.column_order.length - MAX_COLUMNS} more columns are in the profile.`);
  return out;
}

function lineageSection(m: ModelManifest): string[] {
  const l = m.lineage;
  const rows: Array<[string, string]> = [
    ['repository', cell(l.repository)],
    ['commit', code(l.commit)],
    ['ref', cell(l.ref)],
    ['workflow', cell(l.workflow)],
    ['run', l.run_id ? `${cell(l.run_id)}${l.run_attempt ? ` (attempt ${l.run_attempt})` : ''}` : '—'],
    ['actor', cell(l.actor)],
    ['trigger', cell(l.trigger)],
  ];
  if (m.training) rows.push(['training params', cell(JSON.stringify(m.training.params))], ['seed', String(m.training.seed)]);
  if (m.comparison) rows.push(['comparison verdict', `**${m.comparison.verdict}**${m.comparison.failures.length ? `: ${m.comparison.failures.map((f) => escapeMarkdown(f)).join('; ')}` : ''}`]);
  return ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}

function filesSection(m: ModelManifest): string[] {
  const out = ['| file | bytes | sha256 |', '| --- | ---: | --- |'];
  for (const f of m.archive.files) out.push(`| ${cell(f.name)} | ${f.size} | \`${f.sha256}\` |`);
  return out;
}

export function renderModelCard(input: ModelCardInput): string {
  const { manifest: m, evaluation: e, profile, release, explanation } = input;
  const owners = release?.owners?.length ? release.owners.map((o) => escapeMarkdown(o)).join(', ') : '_not set_';
  const task = e.task ? `${e.task} ` : '';
  const rows = e.rows !== null ? ` on ${e.rows.toLocaleString('en-US')} rows` : '';
  return [
    `# Model card: ${escapeMarkdown(m.name)} v${escapeMarkdown(m.version)}`,
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
