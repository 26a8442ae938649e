/**
 * The PR comment's chart, drawn where reviewers see it: mermaid 11 in headless Chromium on a
 * 1,000 px page. Our own code cannot tell whether labels collide (only a browser measures text),
 * so the check reads the rendered SVG: no two axis labels' boxes overlap, and none is cut off.
 * Skips with a printed reason where Debian's chromium is absent (.ci/run installs it).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../shared/compare/compare.js';
import type { ModelConfigInput } from '../../shared/config/mlops-config.js';
import { evaluate } from '../../shared/steps/evaluate.js';
import type { EvaluationReport } from '../../shared/formats/evaluation-format.js';
import { renderComparisonComment } from '../../shared/report/comparison-comment.js';
import { chromiumAbsent, mermaidBlocks, openMermaidRenderer, overlappingLabels, type MermaidRenderer, type RenderedChart } from '../support/mermaid-chromium.js';

const absent = chromiumAbsent('rendering the PR comment chart in headless Chromium');

/** A seeded binary classifier's predictions (400 rows): `skill` moves the scores towards the label. */
async function binaryReport(dir: string, name: string, seed: number, skill: number): Promise<EvaluationReport> {
  let s = seed;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const lines = ['id,label,score,prediction'];
  for (let i = 0; i < 400; i++) {
    const y = next() < 0.4 ? 1 : 0;
    const score = Math.min(0.999, Math.max(0.001, 0.5 + (y ? skill : -skill) + (next() - 0.5) * 0.9));
    lines.push(`${i},${y},${score.toFixed(4)},${score >= 0.5 ? 1 : 0}`);
  }
  const file = join(dir, `${name}.csv`);
  await writeFile(file, `${lines.join('\n')}\n`);
  return (await evaluate({ predictions: file, task: 'binary', label: 'label', score: ['score'], prediction: 'prediction', resamples: 0 })).report;
}

/** An imported report: just these metrics. */
function imported(metrics: Record<string, number>): EvaluationReport {
  return {
    schema: 'mlops-actions/evaluation@1', source: 'import', task: null, rows: null, dataset: null, models: [], columns: null,
    classification: null, bootstrap: null, omitted: [], confusion_matrix: null, skipped_slices: [], min_slice_size: null,
    examples: null, imported: null, warnings: [], slices: [],
    metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, { value: v }])),
  };
}

const comment = (head: EvaluationReport, base: EvaluationReport, rules?: ModelConfigInput) =>
  renderComparisonComment(compareReports(head, base, rules), { model: 'churn', baseline: { kind: 'file', file: 'baseline.json' } });

const describeLegible = (r: RenderedChart) => r.labels.map((l) => `${l.text}@${l.x.toFixed(0)},${l.y.toFixed(0)}+${l.width.toFixed(0)}x${l.height.toFixed(0)}`).join(' ');

describe.skipIf(absent)('the comparison chart in headless Chromium at 1,000 px (mermaid 11)', () => {
  let renderer: MermaidRenderer;
  let dir: string;
  const cases = new Map<string, string>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mlops-mermaid-'));
    const head = await binaryReport(dir, 'head', 1, 0.2);
    const base = await binaryReport(dir, 'base', 2, 0.17);
    // The case: a binary model gated on ROC AUC and F1 (every binary metric in the reports).
    cases.set('binary, gated on roc_auc and f1', comment(head, base, { metrics: { roc_auc: { threshold: 0.7 }, f1: { max_regression: 0.02 } } }));
    cases.set('binary, report only', comment(head, base));
    // Eight gated metrics with long names (24 characters is the label limit).
    const long = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`validation_auc_fold_${i}_of_08`, 0.8 + i / 100]));
    cases.set('eight long gated names', comment(imported(long), imported(long), { metrics: Object.fromEntries(Object.keys(long).map((k) => [k, { direction: 'higher' as const, threshold: 0.5 }])) }));
    renderer = await openMermaidRenderer();
  }, 120_000);

  afterAll(async () => {
    await renderer?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('draws every case with no two axis labels overlapping and none outside the picture', async () => {
    for (const [name, md] of cases) {
      const blocks = mermaidBlocks(md);
      expect(blocks.length, name).toBeGreaterThan(0);
      for (const code of blocks) {
        const r = await renderer.render(code);
        expect(r.labels.length, `${name}: axis labels found`).toBeGreaterThanOrEqual(4);
        const clashes = overlappingLabels(r.labels).map(([a, b]) => `"${a.text}" over "${b.text}"`);
        expect(clashes, `${name}: ${describeLegible(r)}`).toEqual([]);
        const vb = r.viewBox;
        const outside = r.labels.filter((l) => l.x < vb.x - 0.5 || l.y < vb.y - 0.5 || l.x + l.width > vb.x + vb.width + 0.5 || l.y + l.height > vb.y + vb.height + 0.5);
        expect(outside.map((l) => l.text), `${name}: labels cut off`).toEqual([]);
      }
    }
  });
});
