/**
 * The candidates' ranking (`mlops-actions/ranking@1`) as the sticky PR comment and the job summary:
 * the winner and why, one row per candidate (rank, primary metric, Δ against the baseline, the
 * gate), and the failed rules of every candidate the gate failed. Pure.
 *
 * Candidate names, files and rule messages come from the matrix's artifacts (and the parameter
 * list): every one goes through escapeMarkdownCell. GitHub's comment limit is kept by fitting the
 * rows and truncateMarkdown as the last guard, as the comparison comment does.
 */
import type { Ranking } from '../formats/ranking-format.js';
import { COMMENT_BODY_LIMIT } from '../formats/forge-markers.js';
import { formatDelta, formatValue } from './comparison-comment.js';
import { type BaselineInfo } from '../formats/comparison-format.js';
import { escapeMarkdownCell } from './markdown-escape.js';
import { fitRows, truncateMarkdown } from './truncate.js';

const esc = (s: string, max = 120) => escapeMarkdownCell(s, max);

export interface RankingReportContext {
  /** The model's name (from the ranking, the input, or a default). */
  model: string;
  baseline: BaselineInfo;
  runUrl?: string;
  headSha?: string;
}

const VERDICT: Record<Ranking['candidates'][number]['verdict'], string> = { pass: '✅ pass', fail: '❌ fail', 'report-only': 'ℹ️ report only' };

function baselineText(b: BaselineInfo): string {
  if (b.kind === 'file') return esc(b.file);
  if (b.kind === 'base-branch') {
    const run = b.runUrl && /^https?:\/\/[^\s()<>"'`\\]+$/.test(b.runUrl) ? `[run ${b.runNumber ?? b.runId}](${b.runUrl})` : `run ${b.runId}`;
    return `${esc(b.branch)} (${esc(b.workflow)} ${run})`;
  }
  if (b.kind === 'production') return `${esc(b.alias, 64)}: ${esc(b.model, 64)} ${esc(b.version, 64)}`;
  return `none${b.reason ? ` (${esc(b.reason, 300)})` : ''}`;
}

/** The whole report; `marker` goes first (the sticky comment's identity). */
export function renderRanking(r: Ranking, ctx: RankingReportContext, options: { marker?: string; limit?: number } = {}): string {
  const limit = options.limit ?? COMMENT_BODY_LIMIT;
  const m = r.metric;
  const out: string[] = [];
  if (options.marker) out.push(options.marker);
  const n = r.candidates.length;
  if (r.winner !== null) out.push(`## 🏆 ${esc(ctx.model, 64)}: ${esc(r.winner, 64)} wins of ${n} candidate${n === 1 ? '' : 's'}`);
  else out.push(`## ❌ ${esc(ctx.model, 64)}: no winner among ${n} candidate${n === 1 ? '' : 's'}`);
  out.push('');
  const top = r.candidates[0];
  if (r.winner !== null) {
    const delta = top.delta !== null ? ` (${formatDelta(top.delta)} against the baseline)` : '';
    out.push(`**${esc(r.winner, 64)}** ${esc(r.reason, 300)}: ${esc(m.name)} ${formatValue(top.primary)}${delta}.`);
  } else out.push(`${esc(r.reason, 300)}.`);
  out.push('');
  out.push(
    `Ranked by ${esc(m.name)} (${m.direction} is better${m.source === 'config' ? ', the first metric of the gate rules' : m.source === 'task' ? ', the task\'s default' : ''}) among the candidates the gate passes, then the others; ties by fewer failed rules, then by name. ` +
      `**Baseline**: ${baselineText(ctx.baseline)}${r.gated ? '' : ' · _no gate rules configured: every candidate is report only_'}`,
  );
  out.push('');
  const header = [`| rank | candidate | ${esc(m.name)} | Δ baseline | gate | failed rules |`, '| ---: | --- | ---: | ---: | --- | ---: |'];
  const rows = r.candidates.map(
    (c) => `| ${c.rank} | ${c.name === r.winner ? `**${esc(c.name, 64)}** 🏆` : esc(c.name, 64)} | ${formatValue(c.primary)} | ${formatDelta(c.delta)} | ${VERDICT[c.verdict]} | ${c.gate.failed}${c.gate.warned ? ` (+${c.gate.warned} warn)` : ''} |`,
  );
  const budget = Math.floor(limit * 0.6);
  const fitted = fitRows(rows, budget);
  out.push(...header, ...fitted.kept);
  if (fitted.dropped > 0) out.push('', `_Truncated: showing ${fitted.kept.length} of ${rows.length} candidates (all are in ranking.json)._`);
  out.push('');
  const failing = r.candidates.filter((c) => c.gate.failures.length > 0);
  if (failing.length > 0) {
    out.push('<details><summary>Failed rules</summary>', '');
    for (const c of failing) {
      out.push(`**${esc(c.name, 64)}**`, '');
      for (const f of c.gate.failures.slice(0, 10)) out.push(`- ${esc(f, 300)}`);
      if (c.gate.failures.length > 10) out.push(`- … and ${c.gate.failures.length - 10} more`);
      out.push('');
    }
    out.push('</details>', '');
  }
  const foot = [ctx.headSha && /^[0-9a-f]{7,40}$/.test(ctx.headSha) ? `at ${ctx.headSha.slice(0, 7)}` : '', ctx.runUrl && /^https?:\/\/[^\s()<>"'`\\]+$/.test(ctx.runUrl) ? `[Run](${ctx.runUrl})` : '']
    .filter(Boolean)
    .join(' · ');
  if (foot) out.push(`_${foot}_`, '');
  return truncateMarkdown(out.join('\n'), limit);
}
