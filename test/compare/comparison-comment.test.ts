/**
 * The PR report renderer: escaping of hostile names, the size limit with 10,000 slices, and the
 * table's content checked against the comparison it renders (real DVC metrics of
 * iterative/example-get-started: baseline vs bigrams).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareFiles } from '../../shared/compare/compare-files.js';
import { compareReports } from '../../shared/compare/compare.js';
import type { Comparison } from '../../shared/formats/comparison-format.js';
import { COMMENT_BODY_LIMIT, stickyMarker } from '../../shared/formats/forge-markers.js';
import { evaluate } from '../../shared/steps/evaluate.js';
import { sharedFile } from '../support/shared-workspace.js';
import type { EvaluationReport } from '../../shared/formats/evaluation-format.js';
import {
  checkRunConclusion,
  checkRunTitle,
  renderCheckRunOutput,
  renderComparisonComment,
  type ComparisonReportContext,
} from '../../shared/report/comparison-comment.js';

const DVC = sharedFile('realdata/dvc', 'the PR report table checked against real DVC metrics');
let dvc: Comparison;
const ctx: ComparisonReportContext = { model: 'textcls', baseline: { kind: 'file', file: 'base.json' }, runUrl: 'https://github.com/o/r/actions/runs/42' };

beforeAll(async () => {
  if (DVC.absent) return;
  const dir = await mkdtemp(join(tmpdir(), 'mlops-comment-'));
  await evaluate({ importPath: join(DVC.path, '1-baseline-eval'), out: join(dir, 'base.json') });
  await evaluate({ importPath: join(DVC.path, '2-bigrams-eval'), out: join(dir, 'head.json') });
  dvc = await compareFiles({ head: join(dir, 'head.json'), baseline: join(dir, 'base.json'), rules: { metrics: { 'roc_auc.test': { threshold: 0.95, max_regression: 0.01 } } } });
});

/** A minimal valid evaluation report with the given metrics and slices. */
function report(metrics: Record<string, number>, slices: EvaluationReport['slices'] = []): EvaluationReport {
  return {
    schema: 'mlops-actions/evaluation@1', source: 'import', task: null, rows: null, dataset: null, models: [], columns: null,
    classification: null, bootstrap: null, omitted: [], confusion_matrix: null, skipped_slices: [], min_slice_size: null,
    examples: null, imported: null, warnings: [],
    metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, { value: v }])),
    slices,
  };
}

const tableRow = (md: string, first: string) => md.split('\n').find((l) => l.startsWith(`| ${first} |`));

describe('renderComparisonComment', () => {
  it.skipIf(DVC.absent)('shows head, baseline, signed delta, % change, arrow and each rule result per metric, as computed', () => {
    const md = renderComparisonComment(dvc, ctx, stickyMarker({ workflow: 'pr-report.yml', model: 'textcls' }));
    const m = dvc.metrics.find((x) => x.name === 'roc_auc.test')!;
    // 0.946021 vs 0.931965 (real DVC values): +0.0141, +1.51 %, better for a higher-is-better metric.
    expect(m.head!.toFixed(4)).toBe('0.9460');
    const row = tableRow(md, 'roc\\_auc.test')!;
    expect(row).toBe(
      `| roc\\_auc.test | ${m.head!.toFixed(4)} | ${m.baseline!.toFixed(4)} | +${m.delta!.toFixed(4)} | +${(m.relative_delta! * 100).toFixed(2)}% | 🟢▲ | — | not tested | ❌ ≥ 0.9500 · ✅ max regression 0.0100 |`,
    );
    // Two rules in the rule column (the implied "present" check is neither shown nor counted).
    expect(md.startsWith('<!-- mlops-actions:pr-report.yml/textcls -->\n## ❌ textcls: gate failed (1 of 2 rules)')).toBe(true);
    expect(md).toContain('- roc\\_auc.test 0.946021 &lt; threshold 0.95');
    expect(md).toContain('[Run](https://github.com/o/r/actions/runs/42)');
    expect(md).toContain('```mermaid\nxychart-beta horizontal');
    expect(md).toContain('bar [0.946, 0.9867]');
    // Every metric of both reports is a row.
    for (const x of dvc.metrics) expect(tableRow(md, x.name.replace(/_/g, '\\_')), x.name).toBeDefined();
  });

  it('says "no gate rules configured" and is neutral when nothing is gated', () => {
    const c = compareReports(report({ accuracy: 0.9 }), report({ accuracy: 0.8 }), undefined);
    const md = renderComparisonComment(c, { model: 'm', baseline: { kind: 'none' } });
    expect(md).toContain('## ℹ️ m: report only — no gate rules configured');
    expect(checkRunConclusion(c)).toBe('neutral');
    expect(checkRunTitle(c)).toBe('report only: no gate rules configured');
  });

  it('escapes hostile metric, slice and model names: no HTML, no mentions, no broken tables', () => {
    const hostile = ['<img src=x onerror=alert(1)>', '@org/team', 'a|b'];
    const slices = hostile.map((v) => ({ column: '<img src=x onerror=alert(1)>', value: v, rows: 50, metrics: { [v]: { value: 0.5 } }, omitted: [], confusion_matrix: null }));
    const metrics = Object.fromEntries(hostile.map((h, i) => [h, 0.5 + i / 10]));
    const c = compareReports(report(metrics, slices), report(metrics, slices), { metrics: Object.fromEntries(hostile.map((h) => [h, { direction: 'higher' as const, threshold: 0.9 }])) });
    const md = renderComparisonComment(c, { model: '@org/team <b>x</b>', baseline: { kind: 'file', file: 'evil|<script>.json' } }, stickyMarker({ workflow: 'w', model: '@org/team <b>x</b>' }));
    expect(md).not.toMatch(/<img|<script|<b>/);
    expect(md).not.toMatch(/@org\/team/); // the @ is followed by a zero-width joiner: no notification
    expect(md).toContain('@\u200Dorg/team');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The pipe is an entity (markdown-escape then backslash-escapes its `#`): never a raw `|` inside a cell.
    expect(md).toContain('a&#124;b'); // an entity GitHub renders as a pipe
    expect(md).not.toContain('a|b');
    // Every table row still has exactly its columns: no pipe from a name splits a cell.
    const cells = (l: string) => (l.match(/\|/g) ?? []).length;
    const metricRows = md.split('\n').filter((l) => l.startsWith('| ') && l.includes('≥ 0.9000') && !l.includes(' = '));
    expect(metricRows).toHaveLength(3);
    for (const r of metricRows) expect(cells(r)).toBe(cells('| metric | head | baseline | Δ | Δ % | | CI | significance | rule |'));
    // The only HTML is our own <details>/<summary>.
    expect([...md.matchAll(/<\/?([a-z]+)/gi)].map((x) => x[1]!.toLowerCase()).every((t) => t === 'details' || t === 'summary')).toBe(true);
  });

  it('renders 10,000 slices within GitHub’s limit, with a truncation note', () => {
    const slices = Array.from({ length: 10_000 }, (_, i) => ({ column: 'store', value: `store-${i}`, rows: 100, metrics: { accuracy: { value: 0.8 + (i % 7) / 100 } }, omitted: [], confusion_matrix: null }));
    const base = slices.map((s, i) => ({ ...s, metrics: { accuracy: { value: 0.82 - (i % 3) / 100 } } }));
    const c = compareReports(report({ accuracy: 0.9 }, slices), report({ accuracy: 0.89 }, base), { metrics: { accuracy: { threshold: 0.5 } }, slices: { store: { metrics: { accuracy: { max_regression: 0.01 } } } } });
    const t0 = performance.now();
    const md = renderComparisonComment(c, { model: 'm', baseline: { kind: 'file', file: 'b.json' } }, stickyMarker({ workflow: 'w', model: 'm' }));
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(md.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(md).toMatch(/_Truncated: showing [\d,]+ of 10,000 slice rows to fit GitHub's 65,536-character limit/);
    expect(md).toContain('<summary>Slices: 10,000 (');
    // Failing slices come first, and the section is closed.
    const firstSlice = md.split('\n').find((l) => l.startsWith('| ❌ store = ') || l.startsWith('| store = '))!;
    expect(firstSlice.startsWith('| ❌')).toBe(true);
    expect(md.lastIndexOf('</details>')).toBeGreaterThan(md.lastIndexOf('_Truncated'));
    expect(md.startsWith('<!-- mlops-actions:w/m -->')).toBe(true);
    const check = renderCheckRunOutput(c, { model: 'm', baseline: { kind: 'none' } });
    expect(check.summary.length).toBeLessThanOrEqual(65_535);
    expect(check.conclusion).toBe('failure');
  });
});

describe('a binary report at a glance', () => {
  // The metrics evaluate writes for a binary task, with values that obey scikit-learn's identities:
  // micro precision/recall/F1 = accuracy, macro recall = balanced accuracy.
  const binary = (shift: number): EvaluationReport => {
    const values: Record<string, number> = {
      accuracy: 0.81, balanced_accuracy: 0.78, precision: 0.74, recall: 0.69, f1: 0.714, precision_macro: 0.79, precision_micro: 0.81, precision_weighted: 0.8,
      recall_macro: 0.78, recall_micro: 0.81, recall_weighted: 0.81, f1_macro: 0.784, f1_micro: 0.81, f1_weighted: 0.807, roc_auc: 0.88, average_precision: 0.83,
      log_loss: 0.41, brier: 0.13, ece: 0.04,
    };
    return { ...report(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, k === 'log_loss' || k === 'brier' || k === 'ece' ? v - shift : v + shift]))), task: 'binary' };
  };
  const render = (rules: Parameters<typeof compareReports>[2]) => renderComparisonComment(compareReports(binary(0.01), binary(0), rules), { model: 'churn', baseline: { kind: 'file', file: 'b.json' } });
  const mainTable = (md: string) => md.slice(0, md.indexOf('<details>'));

  it('folds the rows equal by definition under <details>, and keeps a gated one in the table', () => {
    const md = render({ metrics: { f1: { threshold: 0.7 }, recall_micro: { threshold: 0.5 } } });
    const folded = md.slice(md.indexOf('<details>'), md.indexOf('</details>'));
    expect(folded).toContain('<summary>3 more rows, equal by definition for a binary task: precision\\_micro, f1\\_micro = accuracy; recall\\_macro = balanced\\_accuracy</summary>');
    for (const name of ['precision\\_micro', 'f1\\_micro', 'recall\\_macro']) {
      expect(tableRow(folded, name), name).toBeDefined();
      expect(tableRow(mainTable(md), name), name).toBeUndefined();
    }
    // recall_micro carries a rule: it stays where its rule is shown.
    expect(tableRow(mainTable(md), 'recall\\_micro')).toMatch(/✅ ≥ 0\.5000 \|$/);
  });

  it('leaves a twin in the table when its values differ from the metric it should equal', () => {
    const head = binary(0.01);
    head.metrics.f1_micro = { value: 0.5 };
    const md = renderComparisonComment(compareReports(head, binary(0), { metrics: { f1: { threshold: 0.7 } } }), { model: 'm', baseline: { kind: 'none' } });
    expect(tableRow(mainTable(md), 'f1\\_micro')).toBeDefined();
  });

  it('charts the metrics that carry the gate plus ROC AUC, horizontally, and names the gated ones it cannot chart', () => {
    const md = render({ metrics: { balanced_accuracy: { max_regression: 0.02 }, f1: { threshold: 0.7 }, log_loss: { max_regression: 0.05 } } });
    const chart = md.slice(md.indexOf('```mermaid'), md.indexOf('```', md.indexOf('```mermaid') + 3));
    expect(chart).toContain('xychart-beta horizontal');
    expect(chart).toContain('x-axis ["balanced_accuracy", "f1", "roc_auc"]');
    expect(chart).toContain('bar [0.79, 0.724, 0.89]');
    expect(chart).toContain('line [0.78, 0.714, 0.88]');
    expect(md).toContain('Gated but not charted (lower is better, outside 0–1 or missing a value): log\\_loss.');
  });

  it('counts the rules the table shows: 3 rules, not 3 plus 3 implied "present" checks', () => {
    const c = compareReports(binary(0.01), binary(0), { metrics: { balanced_accuracy: { max_regression: 0.02 }, f1: { threshold: 0.9 }, log_loss: { max_regression: 0.05 } } });
    expect(c.gate.rules).toBe(6);
    const md = renderComparisonComment(c, { model: 'churn', baseline: { kind: 'none' } });
    const shownRules = mainTable(md).split('\n').filter((l) => l.startsWith('| ')).flatMap((l) => l.split(' | ').at(-1)!.match(/[✅❌⚠️⏭]/gu) ?? []);
    expect(shownRules).toHaveLength(3);
    expect(md).toContain('## ❌ churn: gate failed (1 of 3 rules)');
    expect(md).toContain('3 rules: 1 failed, 0 warned, 0 skipped');
    expect(checkRunTitle(c)).toBe('gate failed: 1 of 3 rules failed');
    // A rule that only sets a direction is a presence check: shown and counted.
    const only = compareReports(binary(0.01), binary(0), { metrics: { roc_auc: {} } });
    expect(checkRunTitle(only)).toBe('gate passed: 1 rule, none failed');
    expect(tableRow(renderComparisonComment(only, { model: 'm', baseline: { kind: 'none' } }), 'roc\\_auc')).toMatch(/✅ present \|$/);
  });

  it('keeps every gated row when the table is cut to fit', () => {
    const many = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`metric_${String(i).padStart(4, '0')}`, 0.5]));
    const gated = ['metric_2998', 'metric_2999'];
    const c = compareReports(report(many), report(many), { metrics: Object.fromEntries(gated.map((g) => [g, { direction: 'higher' as const, threshold: 0.4 }])) });
    const md = renderComparisonComment(c, { model: 'm', baseline: { kind: 'none' } });
    expect(md.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(md).toMatch(/_Truncated: showing [\d,]+ of 3,000 metrics/);
    for (const g of gated) expect(tableRow(md, g.replace(/_/g, '\\_')), g).toMatch(/✅ ≥ 0\.4000 \|$/);
  });
});
