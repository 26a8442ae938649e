/**
 * The PR report's "What the model relies on": the head's and the baseline's top features by
 * permutation importance side by side (comparison@1's `explanations`), rank changes marked.
 * Feature names come from the data (a fork's PR can choose them) and are escaped.
 */
import type { ExplanationChange } from '../formats/explanation-format.js';
import { formatImportance } from './explanation-summary.js';
import { escapeMarkdownCell } from './markdown-escape.js';

const esc = (s: string) => escapeMarkdownCell(s, 80);

/** ▲ n when the head ranks the feature n places higher than the baseline, ▼ n when lower. */
export function rankChange(f: ExplanationChange['features'][number], x: Pick<ExplanationChange, 'head' | 'baseline'>): string {
  if (!x.head || !x.baseline) return '—';
  if (f.head_rank === null) return 'not in head';
  if (f.baseline_rank === null) return '🆕 new';
  const d = f.baseline_rank - f.head_rank;
  return d > 0 ? `▲ ${d}` : d < 0 ? `▼ ${-d}` : '=';
}

const side = (s: ExplanationChange['head']) => (s ? `${esc(s.metric)} on ${s.rows_used.toLocaleString('en-US')} rows, ${s.repeats} repeats` : 'none');

/** The section's lines (heading, lead, table, notes); at most `maxRows` table rows. */
export function renderExplanationChange(x: ExplanationChange, maxRows = 20): string[] {
  const out = ['### What the model relies on', ''];
  out.push(`Permutation importance (explain): how much the metric worsens when a feature is shuffled. Head: ${side(x.head)}; baseline: ${side(x.baseline)}. ▲/▼: places up or down from the baseline's rank.`, '');
  const rows = x.features.slice(0, maxRows);
  if (rows.length > 0) {
    out.push('| feature | head rank | head importance | baseline rank | baseline importance | rank change |', '| --- | ---: | ---: | ---: | ---: | --- |');
    const cell = (v: number | null, f: (v: number) => string) => (v === null ? '—' : f(v));
    for (const f of rows) {
      out.push(`| ${esc(f.feature)} | ${cell(f.head_rank, String)} | ${cell(f.head_importance, formatImportance)} | ${cell(f.baseline_rank, String)} | ${cell(f.baseline_importance, formatImportance)} | ${rankChange(f, x)} |`);
    }
    if (x.features.length > rows.length) out.push('', `_${x.features.length - rows.length} more features are in comparison.json._`);
  }
  if (x.notes.length > 0) out.push('', ...x.notes.slice(0, 5).map((n) => `- ${escapeMarkdownCell(n, 300)}`));
  out.push('');
  return out;
}
