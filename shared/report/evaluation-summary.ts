/**
 * What people read about an evaluation: the job summary (Markdown) and the CLI's text lines, both
 * from an `mlops-actions/evaluation@1` report. Column names, slice values, class labels, imported
 * metric names and file names are untrusted (they come from a PR) and are escaped.
 */
import type { EvaluationReport, MetricValue } from '../formats/evaluation-format.js';
import { escapeMarkdownCell } from './markdown-escape.js';
import { renderFairnessMarkdown, renderFairnessText } from './fairness-table.js';

/** At most this many slice rows per slice column in the summary (the report has them all). */
export const SUMMARY_SLICE_ROWS = 50;
/** Metrics shown per slice row; the first ones the report has of these. */
const SLICE_METRICS = ['accuracy', 'f1', 'f1_macro', 'roc_auc', 'log_loss', 'mae', 'rmse', 'r2'];

const esc = (s: string | number | null) => escapeMarkdownCell(s === null ? '(missing)' : String(s));

export function formatMetric(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-4) return v.toExponential(3);
  return Number(v.toPrecision(4)).toString();
}

const ci = (m: MetricValue) => (m.ci ? `[${formatMetric(m.ci[0])}, ${formatMetric(m.ci[1])}]` : '');

function headline(r: EvaluationReport): string {
  if (r.source === 'import') return `### evaluate: metrics imported from ${r.imported ? esc(r.imported.kind) : 'another tool'}`;
  return `### evaluate: ${r.task ?? ''} · ${(r.rows ?? 0).toLocaleString('en-US')} rows`;
}

export function renderEvaluationSummary(r: EvaluationReport): string {
  const out: string[] = [headline(r), ''];
  if (r.dataset) out.push(`Predictions: ${esc(r.dataset.file)} (sha256 \`${r.dataset.sha256.slice(0, 12)}\`)`);
  if (r.imported) out.push(`Source: ${esc(r.imported.path)}`);
  for (const m of r.models) out.push(`Model: ${esc(m.file)} (sha256 \`${m.sha256.slice(0, 12)}\`)`);
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
    for (const o of r.omitted) out.push(`- ${esc(o.metric)}: ${esc(o.reason)}`);
  }
  const cm = r.confusion_matrix;
  if (cm && cm.labels.length <= 20) {
    out.push('', '<details><summary>Confusion matrix (rows: true, columns: predicted)</summary>', '');
    out.push(`| true \\ predicted | ${cm.labels.map(esc).join(' | ')} |`, `| --- |${cm.labels.map(() => ' ---: |').join('')}`);
    cm.counts.forEach((row, i) => out.push(`| ${esc(cm.labels[i]!)} | ${row.join(' | ')} |`));
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
    if (slices.length > SUMMARY_SLICE_ROWS) out.push('', `_${slices.length - SUMMARY_SLICE_ROWS} more slices in the report._`);
    const skipped = r.skipped_slices.filter((s) => s.column === column);
    if (skipped.length > 0) {
      const list = skipped.slice(0, SUMMARY_SLICE_ROWS).map((s) => `${esc(s.value)} (${s.rows})`).join(', ');
      out.push('', `Skipped (fewer than ${r.min_slice_size} rows): ${list}${skipped.length > SUMMARY_SLICE_ROWS ? ', …' : ''}`);
    }
  }
  out.push(...renderFairnessMarkdown(r.fairness, r.bootstrap?.confidence ?? null));
  for (const w of r.warnings) out.push('', `> ${esc(w)}`);
  return `${out.join('\n')}\n`;
}

/** Plain text for the terminal: one line per metric, then what was written. */
export function renderEvaluationText(r: EvaluationReport): string {
  const lines: string[] = [];
  // reduce, not Math.max(...): an import may carry more metrics than a call has arguments.
  const width = Object.keys(r.metrics).reduce((w, k) => Math.max(w, k.length), 0);
  for (const [name, m] of Object.entries(r.metrics)) lines.push(`${name.padEnd(width)}  ${formatMetric(m.value)}${m.ci ? `  ${ci(m)}` : ''}`);
  for (const o of r.omitted) lines.push(`${o.metric.padEnd(width)}  omitted: ${o.reason}`);
  if (r.slices.length + r.skipped_slices.length > 0) lines.push(`slices: ${r.slices.length} evaluated, ${r.skipped_slices.length} skipped (< ${r.min_slice_size} rows)`);
  lines.push(...renderFairnessText(r.fairness));
  const what = r.source === 'import' ? `imported ${r.imported?.kind ?? ''} metrics` : `${r.task} task, ${r.rows} rows`;
  lines.push(`evaluate: ${what}, ${Object.keys(r.metrics).length} metrics`);
  return `${lines.join('\n')}\n`;
}

/** The `metrics` output: name → value, JSON. */
export function metricValuesJson(r: EvaluationReport): string {
  return JSON.stringify(Object.fromEntries(Object.entries(r.metrics).map(([k, v]) => [k, v.value])));
}
