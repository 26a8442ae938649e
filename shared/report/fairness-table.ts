/**
 * The fairness section of an evaluation, for people: per sensitive column a table of its groups'
 * rates and a table of the across-group summaries with their CIs, the four-fifths verdict, and the
 * groups left out. Group values and column names come from the data (a PR) and are escaped; the
 * missing-value group is shown in italics, which escaped user text can never produce.
 */
import type { EvaluationFairness, FairnessOutcome, MetricValue } from '../formats/evaluation-format.js';
import { escapeMarkdownCell } from './markdown-escape.js';

/** At most this many groups per table, and outcomes (multiclass classes) per column, in the summary. */
export const SUMMARY_FAIRNESS_ROWS = 50;

const group = (v: string | null) => (v === null ? '_(missing)_' : escapeMarkdownCell(v));

function fmt(v: number | null): string {
  if (v === null) return '–';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-4) return v.toExponential(3);
  return Number(v.toPrecision(4)).toString();
}

const ci = (m: MetricValue) => (m.ci ? `[${fmt(m.ci[0])}, ${fmt(m.ci[1])}]` : '');

function outcomeLines(o: FairnessOutcome, level: string): string[] {
  const out: string[] = [];
  if (o.kind === 'classification') {
    const scored = o.groups.some((g) => g.mean_score !== null);
    out.push(
      `| group | rows | selection rate | TPR | FPR | FNR | precision | observed rate |${scored ? ' mean score |' : ''}`,
      `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |${scored ? ' ---: |' : ''}`,
    );
    for (const g of o.groups.slice(0, SUMMARY_FAIRNESS_ROWS)) {
      const cells = [g.rows, fmt(g.selection_rate), fmt(g.tpr), fmt(g.fpr), fmt(g.fnr), fmt(g.precision), fmt(g.base_rate), ...(scored ? [fmt(g.mean_score)] : [])];
      out.push(`| ${group(g.value)} | ${cells.join(' | ')} |`);
    }
  } else {
    out.push('| group | rows | MAE | RMSE | mean error |', '| --- | ---: | ---: | ---: | ---: |');
    for (const g of o.groups.slice(0, SUMMARY_FAIRNESS_ROWS)) out.push(`| ${group(g.value)} | ${g.rows} | ${fmt(g.mae)} | ${fmt(g.rmse)} | ${fmt(g.mean_error)} |`);
  }
  if (o.groups.length > SUMMARY_FAIRNESS_ROWS) out.push('', `_${o.groups.length - SUMMARY_FAIRNESS_ROWS} more groups in the report._`);
  out.push('', level ? `| summary | value | ${level} |` : '| summary | value |', level ? '| --- | ---: | --- |' : '| --- | ---: |');
  for (const [name, m] of Object.entries(o.summaries)) out.push(level ? `| ${name} | ${fmt(m.value)} | ${ci(m)} |` : `| ${name} | ${fmt(m.value)} |`);
  for (const m of o.omitted) out.push(level ? `| ${m.metric} | – | ${escapeMarkdownCell(m.reason)} |` : `| ${m.metric} | – |`);
  if (o.kind === 'classification' && o.four_fifths) {
    const f = o.four_fifths;
    out.push('', f.pass
      ? `Four-fifths rule: passes (lowest selection rate is ${fmt(f.ratio)} of the highest, at least ${f.threshold}).`
      : `Four-fifths rule: **fails** (lowest selection rate is ${fmt(f.ratio)} of the highest, below ${f.threshold}).`);
  }
  return out;
}

/** Markdown for the job summary; empty when the report has no fairness section. */
export function renderFairnessMarkdown(f: EvaluationFairness | undefined, confidence: number | null): string[] {
  if (!f) return [];
  const level = confidence === null ? '' : `${Math.round(confidence * 100)}% CI`;
  const out: string[] = [];
  for (const c of f.columns) {
    const many = c.outcomes.length > 1;
    for (const o of c.outcomes.slice(0, SUMMARY_FAIRNESS_ROWS)) {
      const which = o.kind === 'classification' ? ` · ${many ? 'class' : 'positive class'} ${escapeMarkdownCell(String(o.positive_class))}${many ? ' vs rest' : ''}` : '';
      out.push('', `#### Fairness by ${escapeMarkdownCell(c.column)}${which}`, '');
      out.push(...outcomeLines(o, level));
    }
    if (c.outcomes.length > SUMMARY_FAIRNESS_ROWS) out.push('', `_${c.outcomes.length - SUMMARY_FAIRNESS_ROWS} more classes in the report._`);
    if (c.skipped_groups.length > 0) {
      const list = c.skipped_groups.slice(0, SUMMARY_FAIRNESS_ROWS).map((s) => `${group(s.value)} (${s.rows})`).join(', ');
      out.push('', `Left out of the ${escapeMarkdownCell(c.column)} summaries (fewer than ${f.min_group_size} rows): ${list}${c.skipped_groups.length > SUMMARY_FAIRNESS_ROWS ? ', …' : ''}`);
    }
  }
  return out;
}

/** Terminal lines: per column and outcome, the summaries and the four-fifths verdict. */
export function renderFairnessText(f: EvaluationFairness | undefined): string[] {
  if (!f) return [];
  const lines: string[] = [];
  for (const c of f.columns) {
    for (const o of c.outcomes) {
      const which = o.kind === 'classification' && c.outcomes.length > 1 ? ` (class ${String(o.positive_class)} vs rest)` : '';
      const parts = Object.entries(o.summaries).map(([k, m]) => `${k} ${fmt(m.value)}${m.ci ? ` ${ci(m)}` : ''}`);
      if (o.kind === 'classification' && o.four_fifths) parts.push(`four-fifths ${o.four_fifths.pass ? 'pass' : 'FAIL'}`);
      for (const m of o.omitted) parts.push(`${m.metric} omitted: ${m.reason}`);
      lines.push(`fairness ${JSON.stringify(c.column)}${which}: ${o.groups.length} groups; ${parts.join('; ')}`);
    }
    const k = c.skipped_groups.length;
    if (k > 0) lines.push(`fairness ${JSON.stringify(c.column)}: ${k} group${k === 1 ? '' : 's'} left out (< ${f.min_group_size} rows)`);
  }
  return lines;
}
