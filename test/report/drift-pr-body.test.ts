import { describe, expect, it } from 'vitest';
import { DRIFT_SCHEMA, driftReportSchema, type ColumnDrift, type DriftReport, type MetricCheck } from '../../shared/formats/drift-format.js';
import { COMMENT_BODY_LIMIT, readRetrainDecision, retrainEventMarker, retrainMarker } from '../../shared/formats/forge-markers.js';
import { RETRAIN_REQUEST_SCHEMA } from '../../shared/formats/retrain-request-format.js';
import { columnAlarms, DEFAULT_ALARM_RULES } from '../../shared/drift/column-alarm.js';
import { driftScore, orderColumns, renderDriftChart, renderDriftPrBody, renderRetrainEventComment, retrainRequestOf } from '../../shared/report/drift-pr-body.js';

function col(column: string, o: Partial<ColumnDrift> = {}): ColumnDrift {
  return {
    column,
    kind: 'numeric',
    test: 'psi',
    statistic: 0.05,
    p_value: null,
    threshold: 0.1,
    drifted: false,
    method: 'exact',
    reason: 'configured',
    reference_rows: 1000,
    current_rows: 900,
    ...o,
  };
}

function metric(name: string, o: Partial<MetricCheck> = {}): MetricCheck {
  return { name, source: 'evaluation of current data', value: 0.91, rule: 'min', threshold: 0.85, baseline: null, passed: true, message: 'ok', ...o };
}

function report(o: Partial<DriftReport> & { columns?: ColumnDrift[] } = {}): DriftReport {
  const columns = o.columns ?? [col('age', { statistic: 0.25, drifted: true }), col('income', { test: 'ks', statistic: 0.08, p_value: 0.2, threshold: 0.05 })];
  const drifted = columns.filter((c) => c.drifted).length;
  const r: DriftReport = {
    schema: DRIFT_SCHEMA,
    model: 'churn',
    created_at: '2024-06-01T06:00:00Z',
    reference: { kind: 'production', file: null, version: '1.4.0', tag: 'churn-v1.4.0', alias: 'production', rows: 1095, sha256: null },
    current: { rows: 900, sources: [{ kind: 'file', name: 'data/current.csv', rows: 900 }], window: { from: '2024-05-25T00:00:00Z', to: '2024-06-01T00:00:00Z' } },
    data: { dataset_drift: drifted / Math.max(1, columns.length) >= 0.3, share: columns.length ? drifted / columns.length : 0, share_threshold: 0.3, tested: columns.length, drifted, columns, skipped: [] },
    metrics: [],
    decision: 'drift',
    reasons: ['1 of 2 columns drifted (50% ≥ 30%)'],
    ...o,
  };
  return driftReportSchema.parse(r);
}

/** The lines of the Markdown table that starts with `header`. */
function tableRows(body: string, header: string): string[] {
  const lines = body.split('\n');
  const start = lines.indexOf(header);
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!);
  return rows;
}

const COLUMN_HEADER = '| column | test | statistic | p-value | threshold | drifted |';

describe('drift score', () => {
  it('is distance ÷ threshold for distances and threshold ÷ p-value for p-value tests, capped at 10', () => {
    expect(driftScore({ statistic: 0.25, p_value: null, threshold: 0.1 })).toBeCloseTo(2.5, 12);
    expect(driftScore({ statistic: 0.05, p_value: null, threshold: 0.1 })).toBeCloseTo(0.5, 12);
    expect(driftScore({ statistic: 0.08, p_value: 0.2, threshold: 0.05 })).toBeCloseTo(0.25, 12);
    expect(driftScore({ statistic: 0.4, p_value: 0.001, threshold: 0.05 })).toBe(10);
    expect(driftScore({ statistic: 0.4, p_value: 0, threshold: 0.05 })).toBe(10);
  });

  it('orders drifted columns first, strongest first, then the rest by score', () => {
    const cols = [
      col('quiet', { statistic: 0.01 }),
      col('weak-drift', { statistic: 0.12, drifted: true }),
      col('near', { statistic: 0.09 }),
      col('strong-drift', { test: 'ks', statistic: 0.3, p_value: 0.0001, threshold: 0.05, drifted: true }),
    ];
    expect(orderColumns(cols).map((c) => c.column)).toEqual(['strong-drift', 'weak-drift', 'near', 'quiet']);
  });
});

describe('renderDriftPrBody', () => {
  it('starts with the marker naming the model and the decision, which reads back', () => {
    const body = renderDriftPrBody(report({ decision: 'degradation' }));
    expect(body.split('\n')[0]).toBe('<!-- mlops-actions:retrain/churn decision=degradation -->');
    expect(readRetrainDecision(body, 'churn')).toBe('degradation');
    expect(readRetrainDecision(body, 'fraud')).toBeUndefined();
  });

  it('lists the columns drifted first with test, statistic, p-value, threshold and the verdict', () => {
    const body = renderDriftPrBody(report());
    expect(tableRows(body, COLUMN_HEADER)).toEqual([
      '| age | psi | 0.2500 | — | 0.1000 | 🔴 yes |',
      '| income | ks | 0.0800 | 0.2 | 0.0500 | no |',
    ]);
    expect(body).toContain('### Columns (1 of 2 drifted)');
    expect(body).toContain('**1 of 2** tested columns drifted (50.0%; dataset drift at 30%, reached)');
  });

  it('charts each column’s drift score against the threshold line in an xychart-beta block', () => {
    const body = renderDriftPrBody(report());
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(body)![1]!.split('\n');
    expect(block[0]).toBe('xychart-beta');
    expect(block).toContain('    x-axis ["age", "income"]');
    expect(block).toContain('    bar [2.5, 0.25]');
    expect(block).toContain('    line [1, 1]');
    expect(block).toContain('    y-axis "score" 0 --> 3');
  });

  it('shows metric rules, failed first, and the data window, reference and sources', () => {
    const body = renderDriftPrBody(
      report({
        decision: 'drift_and_degradation',
        metrics: [metric('latency_p95', { rule: 'max', value: 120, threshold: 200, source: 'prometheus: histogram_quantile(0.95, …)' }), metric('accuracy', { value: 0.8, passed: false, rule: 'max_drop', threshold: 0.02, baseline: 0.9 })],
      }),
    );
    expect(tableRows(body, '| metric | source | value | rule | baseline | result |')).toEqual([
      '| accuracy | evaluation of current data | 0.8000 | drop ≤ 0.0200 | 0.9000 | ❌ failed |',
      '| latency\\_p95 | prometheus: histogram\\_quantile(0.95, …) | 120.0000 | ≤ 200.0000 | — | ✅ passed |',
    ]);
    expect(body).toContain('- **Window**: 2024-05-25T00:00:00Z → 2024-06-01T00:00:00Z');
    expect(body).toContain("- **Reference**: the production model's reference profile, version 1.4.0 (tag churn-v1.4.0), 1,095 rows");
    expect(body).toContain('  - file: data/current.csv (900 rows)');
    expect(body).toContain('## 🚨 Retrain churn: data drift and metric degradation');
    expect(body).toContain('### What to do next');
  });

  it('keeps hostile model, column, metric and source names as data', () => {
    const model = 'churn --> <img src=x onerror=alert(1)> @org/ml-team';
    const evil = ['a|b', '<script>alert(1)</script>', '```', '@here', 'x\n## injected', 'q"], bar [999'];
    const body = renderDriftPrBody(
      report({
        model,
        columns: evil.map((c, i) => col(c, { statistic: 0.2 + i / 100, drifted: true })),
        metrics: [metric('<b>acc</b>|x', { source: '@security `rm -rf`' })],
        current: { rows: 1, sources: [{ kind: 'http', name: '<iframe src=//evil>', rows: null }], window: { from: '<svg onload=x>', to: null } },
      }),
    );
    // The marker is one clean HTML comment: the model cannot close it early.
    const first = body.split('\n')[0]!;
    expect(first).toBe(retrainMarker(model, 'drift'));
    expect(first.indexOf('-->')).toBe(first.length - 3);
    expect(first).toMatch(/^<!-- mlops-actions:retrain\/[a-z0-9._-]+ decision=drift -->$/);
    // No raw HTML, no live mentions, no new headings, no broken table.
    for (const raw of ['<img', '<script', '<b>', '<iframe', '<svg']) expect(body).not.toContain(raw);
    expect(body).not.toMatch(/(^|[^\u200D])@(here|org|security)\b/m);
    expect(body.split('\n').filter((l) => l.startsWith('## '))).toHaveLength(1);
    const rows = tableRows(body, COLUMN_HEADER);
    expect(rows).toHaveLength(evil.length);
    // Each row has exactly the table's 7 pipes (escaped pipes are entities).
    for (const r of rows) expect(r.split('|')).toHaveLength(8);
    // The chart's labels are reduced to a safe set: no quote or bracket from the names.
    const xAxis = body.split('\n').find((l) => l.startsWith('    x-axis'))!;
    expect(xAxis.slice('    x-axis ['.length, -1)).toMatch(/^("[A-Za-z0-9_.:/ -]+"(, )?)+$/);
    expect(body.match(/```/g)!.length).toBe(2);
  });

  it('fits 5,000 columns within GitHub’s limit, drifted first, saying how many it left out', () => {
    const columns = Array.from({ length: 5000 }, (_, i) => col(`feature_${String(i).padStart(4, '0')}_with_a_rather_long_descriptive_name`, { statistic: (i % 97) / 400, drifted: i % 10 === 0 }));
    const r = report({ columns });
    const body = renderDriftPrBody(r);
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT);
    expect(body.startsWith(retrainMarker('churn', 'drift'))).toBe(true);
    const rows = tableRows(body, COLUMN_HEADER);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.length).toBeLessThan(5000);
    // All 500 drifted columns come before any other.
    expect(rows.slice(0, 500).every((x) => x.endsWith('🔴 yes |'))).toBe(true);
    expect(body).toContain(`_Showing ${rows.length.toLocaleString('en-US')} of 5,000 columns (0 of those left out drifted)`);
    // The sections after the table survive the cut.
    expect(body).toContain('### What to do next');
    expect(body).toContain('<sub>mlops-actions drift-check');
    // The chart shows the 20 strongest only.
    expect(body).toContain('The 20 strongest of 5,000 columns.');
  });

  it('says which columns moved and by how much, column alarms first, in a sentence each', () => {
    const columns = [
      col('precipitation', { test: 'wasserstein', statistic: 0.157, drifted: true }),
      col('temp_max', { test: 'wasserstein', statistic: 0.42, drifted: true }),
      col('humidity', { test: 'wasserstein', statistic: 0.04 }),
      col('wind|gust <b>@ops</b>', { test: 'ks', statistic: 0.4548, p_value: 2.13e-34, threshold: 0.05, drifted: true }),
    ];
    const r = report({ columns, data: { ...report({ columns }).data, alarms: columnAlarms(columns), alarm_rules: { ...DEFAULT_ALARM_RULES }, fail_on: 'column' } });
    const body = renderDriftPrBody(r);
    const moved = body.slice(body.indexOf('### What moved'), body.indexOf('```mermaid'));
    expect(moved.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      // p = 2.13e-34 is 2.3e32 times past its 0.05; 0.42 is 4.2× past 0.1: both alarms, strongest first.
      '- 🚨 **wind&#124;gust &lt;b&gt;@\u200Dops&lt;/b&gt;**: KS p-value 2.13e-34 (threshold 0.05; statistic 0.455): below the alarm floor 1e-6',
      '- 🚨 **temp\\_max**: Wasserstein distance 0.42 (threshold 0.1): 4.2× the threshold, alarm at 3×',
      '- 🔴 **precipitation**: Wasserstein distance 0.157 (threshold 0.1)',
    ]);
    expect(moved).toContain('With fail-on column, one alarm makes the decision drift.');
    expect(body).toContain('· **2 column alarms** (fail-on column: drift).');
    // The table: alarms first and marked as such.
    expect(tableRows(body, COLUMN_HEADER).map((row) => row.split(' | ').at(-1))).toEqual(['🚨 alarm |', '🚨 alarm |', '🔴 yes |', 'no |']);
    expect(retrainRequestOf(r).drift.drifted_columns.map((c) => c.column)).toEqual(['wind|gust <b>@ops</b>', 'temp_max', 'precipitation']);
  });

  it('heads an ok report that has column alarms with them, and says fail-on column would open the PR', () => {
    const columns = [col('temp_max', { test: 'wasserstein', statistic: 0.42, drifted: true }), ...['a', 'b', 'c', 'd'].map((n) => col(n))];
    const data = { ...report({ columns }).data, dataset_drift: false, share_threshold: 0.5, alarms: columnAlarms(columns), alarm_rules: { ...DEFAULT_ALARM_RULES }, fail_on: 'dataset' as const };
    const body = renderDriftPrBody(report({ columns, data, decision: 'ok', reasons: [] }));
    expect(body).toContain('## ⚠️ churn: no dataset drift, but 1 column alarm');
    expect(body).toContain('(20.0%; dataset drift at 50%, not reached) · **1 column alarm** (a warning: fail-on dataset).');
    expect(body).toContain('With fail-on column (`fail_on: column` in mlops.yaml) one alarm is drift and opens the retraining PR.');
  });

  it('renders a report written before column alarms existed', () => {
    const body = renderDriftPrBody(report());
    expect(body).toContain('- 🔴 **age**: PSI 0.25 (threshold 0.1)');
    expect(body).not.toContain('🚨');
  });

  it('says the model recovered for an ok report', () => {
    const body = renderDriftPrBody(report({ decision: 'ok', reasons: [], columns: [col('age')] }));
    expect(body.split('\n')[0]).toBe('<!-- mlops-actions:retrain/churn decision=ok -->');
    expect(body).toContain('## ✅ churn: recovered — no drift or degradation');
  });

  it('links the run only when its URL is a plain https URL', () => {
    expect(renderDriftPrBody(report(), { runUrl: 'https://github.com/o/r/actions/runs/42' })).toContain('[run](https://github.com/o/r/actions/runs/42)');
    expect(renderDriftPrBody(report(), { runUrl: 'javascript:alert(1)' })).not.toContain('javascript:');
  });

  it('renders no chart when no column was tested', () => {
    expect(renderDriftChart([])).toEqual([]);
    expect(renderDriftPrBody(report({ columns: [] }))).not.toContain('```mermaid');
  });
});

describe('retrainRequestOf', () => {
  it('records decision, reasons, the drifted columns strongest first, metric rules, the window and the run', () => {
    const r = report({
      columns: [col('a', { statistic: 0.15, drifted: true }), col('b'), col('c', { statistic: 0.5, drifted: true })],
      metrics: [metric('accuracy', { passed: false, value: 0.7 })],
    });
    const req = retrainRequestOf(r, { runUrl: 'https://github.com/o/r/actions/runs/7' });
    expect(req).toMatchObject({
      schema: RETRAIN_REQUEST_SCHEMA,
      model: 'churn',
      decision: 'drift',
      reasons: r.reasons,
      detected_at: '2024-06-01T06:00:00Z',
      run_url: 'https://github.com/o/r/actions/runs/7',
      window: { from: '2024-05-25T00:00:00Z', to: '2024-06-01T00:00:00Z' },
      reference: { kind: 'production', version: '1.4.0', tag: 'churn-v1.4.0', alias: 'production', rows: 1095 },
      drift: { tested: 3, drifted: 2, share_threshold: 0.3 },
      metrics: [{ name: 'accuracy', rule: 'min', value: 0.7, threshold: 0.85, baseline: null, passed: false }],
    });
    expect(req.drift.drifted_columns.map((c) => c.column)).toEqual(['c', 'a']);
  });
});

describe('renderRetrainEventComment', () => {
  it('carries the event marker of the new decision and says what changed', () => {
    const changed = renderRetrainEventComment({ model: 'churn', from: 'drift', to: 'degradation' });
    expect(changed.startsWith(retrainEventMarker('churn', 'degradation'))).toBe(true);
    expect(readRetrainDecision(changed, 'churn', 'event')).toBe('degradation');
    expect(readRetrainDecision(changed, 'churn')).toBeUndefined();
    expect(changed).toContain('metric degradation (was: data drift)');
    expect(renderRetrainEventComment({ model: 'churn', from: 'drift', to: 'ok', closing: true })).toContain('Closing this PR');
  });
});
