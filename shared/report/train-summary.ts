/** The train step's job summary: what ran (or was restored), the key, and the files it produced. */
import type { RunRecord } from '../formats/run-format.js';
import { describeCommand } from '../formats/run-format.js';
import { escapeMarkdownCell } from './markdown-escape.js';

const MAX_FILES = 50;

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function renderTrainSummary(record: RunRecord): string {
  const title = record.cache === 'hit' ? '♻️ restored from the run cache' : record.status === 'succeeded' ? '✅ trained' : '❌ failed';
  const rows: Array<[string, string]> = [
    ['command', escapeMarkdownCell(describeCommand(record.command), 300)],
    ['cache', record.cache === 'hit' ? `hit (command skipped; original run ${escapeMarkdownCell(record.original?.started_at ?? '?')}, took ${seconds(record.original?.duration_ms ?? 0)})` : record.cache],
    ['cache key', escapeMarkdownCell(record.cache_key ?? '—', 600)],
    ['seed', String(record.seed)],
    ['duration', seconds(record.duration_ms)],
    ['inputs', `${record.inputs.length} file(s)`],
  ];
  const determinism = record.determinism ?? record.original?.determinism;
  if (determinism) {
    const of = record.determinism ? '' : ' (of the original run)';
    const differing = determinism.differing.slice(0, 20).map((p) => escapeMarkdownCell(p)).join(', ');
    rows.push(['determinism', determinism.identical ? `✅ ${determinism.runs} runs, byte-identical outputs${of}` : `❌ outputs differ between ${determinism.runs} runs${of}: ${differing}${determinism.differing.length > 20 ? ', …' : ''}`]);
  }
  const lines = [
    `### train ${escapeMarkdownCell(record.model)} ${title}`,
    '',
    '| | |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    '',
  ];
  if (record.outputs.length > 0) {
    lines.push('| output | bytes | sha256 |', '| --- | ---: | --- |');
    for (const f of record.outputs.slice(0, MAX_FILES)) lines.push(`| ${escapeMarkdownCell(f.path)} | ${f.bytes} | ${f.sha256.slice(0, 12)} |`);
    if (record.outputs.length > MAX_FILES) lines.push(`| … ${record.outputs.length - MAX_FILES} more in the run record | | |`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
