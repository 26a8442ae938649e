/**
 * rankCandidates (shared/compare/rank-candidates.ts) on small hand-made reports, for mutation testing
 * (npm run mutate, docs/mutation-testing.md): rank-candidates.test.ts trains real models and is left out of that
 * run. Each key of the documented order is checked where it alone decides: the gate, the primary metric in
 * either direction (a candidate without it after those with it), failed then warned rules, the name by UTF-16
 * code units; then the winner, the reason, the delta to the baseline, and the refusals.
 */
import { describe, expect, it } from 'vitest';
import { primaryMetricOf, rankCandidates, type Candidate } from '../../shared/compare/rank-candidates.js';
import type { ModelConfigInput } from '../../shared/config/mlops-config.js';
import { EVALUATION_SCHEMA, type EvaluationReport } from '../../shared/formats/evaluation-format.js';

type Metrics = Record<string, number | { value: number; direction?: 'higher' | 'lower' }>;
function report(metrics: Metrics, task: EvaluationReport['task'] = 'binary'): EvaluationReport {
  return {
    schema: EVALUATION_SCHEMA, source: 'predictions', task, rows: 100, dataset: null, models: [], columns: null,
    classification: null, bootstrap: null,
    metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, typeof v === 'number' ? { value: v } : v])),
    omitted: [], confusion_matrix: null, slices: [], skipped_slices: [], min_slice_size: null, examples: null, imported: null, warnings: [],
  } as EvaluationReport;
}
const c = (name: string, metrics: Metrics, task: EvaluationReport['task'] = 'binary'): Candidate => ({ name, report: report(metrics, task), file: `${name}/evaluation.json` });
const names = (r: ReturnType<typeof rankCandidates>) => r.candidates.map((x) => x.name);

describe('primaryMetricOf', () => {
  const cands = [c('a', { roc_auc: 0.8 })];
  it('the option, else the first metric the rules name, else the task default', () => {
    expect(primaryMetricOf(cands, { metric: 'f1', config: { metrics: { accuracy: {} } } })).toEqual({ name: 'f1', source: 'option' });
    expect(primaryMetricOf(cands, { config: { metrics: { log_loss: {}, accuracy: {} } } })).toEqual({ name: 'log_loss', source: 'config' });
    expect(primaryMetricOf(cands, {})).toEqual({ name: 'roc_auc', source: 'task' });
    expect(primaryMetricOf([c('m', {}, 'multiclass')], {})).toEqual({ name: 'accuracy', source: 'task' });
    expect(primaryMetricOf([c('r', {}, 'regression')], {})).toEqual({ name: 'rmse', source: 'task' });
    // The config's task first; else the first candidate that has one.
    expect(primaryMetricOf(cands, { config: { task: 'regression' } })).toEqual({ name: 'rmse', source: 'task' });
    expect(primaryMetricOf([c('x', {}, null), c('m', {}, 'multiclass')], {})).toEqual({ name: 'accuracy', source: 'task' });
  });
  it('a config with a task but no rules', () => {
    const r = rankCandidates([c('a', { roc_auc: 0.7 }), c('b', { roc_auc: 0.8 })], { config: { task: 'binary' } });
    expect(names(r)).toEqual(['b', 'a']);
    expect(r.metric).toEqual({ name: 'roc_auc', direction: 'higher', source: 'task' });
  });
  it('refuses when nothing names a metric', () => {
    expect(() => primaryMetricOf([c('x', {}, null)], {})).toThrow('cannot tell which metric ranks the candidates');
  });
});

describe('the order', () => {
  const gate: ModelConfigInput = { metrics: { roc_auc: { threshold: 0.7 }, log_loss: { threshold: 0.5, severity: 'warn' }, brier: { threshold: 0.2, severity: 'warn' } } };

  it('candidates the gate passes first, each group by the primary metric, higher first', () => {
    const r = rankCandidates([c('low', { roc_auc: 0.75, log_loss: 0.4, brier: 0.1 }), c('fails', { roc_auc: 0.65, log_loss: 0.4, brier: 0.1 }), c('high', { roc_auc: 0.9, log_loss: 0.4, brier: 0.1 }), c('fails-lower', { roc_auc: 0.6, log_loss: 0.4, brier: 0.1 })], { config: gate });
    expect(names(r)).toEqual(['high', 'low', 'fails', 'fails-lower']);
    expect(r.candidates.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
    expect(r.candidates.map((x) => x.verdict)).toEqual(['pass', 'pass', 'fail', 'fail']);
    expect(r.candidates[2]!.gate.failed).toBe(1);
    expect(r.gated).toBe(true);
    expect(r.winner).toBe('high');
    expect(r.reason).toBe('passes the gate with the highest roc_auc');
    expect(r.metric).toEqual({ name: 'roc_auc', direction: 'higher', source: 'config' });
  });

  it('lower first when lower is better; a candidate without the metric after those with it', () => {
    const r = rankCandidates([c('none', { accuracy: 0.9 }), c('b', { log_loss: 0.3 }), c('a', { log_loss: 0.2 }), c('c', { log_loss: 0.4 })], { metric: 'log_loss' });
    expect(names(r)).toEqual(['a', 'b', 'c', 'none']);
    expect(r.candidates[3]!.primary).toBeNull();
    expect(r.reason).toBe('has the lowest log_loss');
    expect(r.gated).toBe(false);
    const first = rankCandidates([c('none', { accuracy: 0.9 }), c('b', { log_loss: 0.3 })], { metric: 'log_loss' });
    expect(names(first)).toEqual(['b', 'none']);
    const reversed = rankCandidates([c('b', { log_loss: 0.3 }), c('none', { accuracy: 0.9 })], { metric: 'log_loss' });
    expect(names(reversed)).toEqual(['b', 'none']);
  });

  it('equal primary values: fewer warnings first, then the name by UTF-16 code units', () => {
    const r = rankCandidates([
      c('two-warnings', { roc_auc: 0.8, log_loss: 0.6, brier: 0.3 }),
      c('one-warning', { roc_auc: 0.8, log_loss: 0.6, brier: 0.1 }),
      c('b', { roc_auc: 0.8, log_loss: 0.4, brier: 0.1 }),
      c('B', { roc_auc: 0.8, log_loss: 0.4, brier: 0.1 }),
      c('a', { roc_auc: 0.8, log_loss: 0.4, brier: 0.1 }),
    ], { config: gate });
    expect(names(r)).toEqual(['B', 'a', 'b', 'one-warning', 'two-warnings']);
    expect(r.candidates.map((x) => x.gate.warned)).toEqual([0, 0, 0, 1, 2]);
    expect(r.reason).toBe('passes the gate with the highest roc_auc (tied with a; first by name)');
    // Warnings decide before the name: "a" has two, "b" one.
    const byWarnings = rankCandidates([c('a', { roc_auc: 0.8, log_loss: 0.6, brier: 0.3 }), c('b', { roc_auc: 0.8, log_loss: 0.6, brier: 0.1 })], { config: gate });
    expect(names(byWarnings)).toEqual(['b', 'a']);
    // Candidates without the metric among themselves: by name, whatever the input order.
    for (const list of [[c('y', { f1: 1 }), c('x', { f1: 1 }), c('z', { roc_auc: 0.5 })], [c('x', { f1: 1 }), c('z', { roc_auc: 0.5 }), c('y', { f1: 1 })]]) {
      expect(names(rankCandidates(list))).toEqual(['z', 'x', 'y']);
    }
    const warned = rankCandidates([c('two-warnings', { roc_auc: 0.8, log_loss: 0.6, brier: 0.3 }), c('one-warning', { roc_auc: 0.8, log_loss: 0.6, brier: 0.1 })], { config: gate });
    expect(names(warned)).toEqual(['one-warning', 'two-warnings']);
    expect(warned.reason).toBe('passes the gate with the highest roc_auc (tied with two-warnings; fewer warnings)');
  });

  it('fewer failed rules first among candidates the gate fails', () => {
    const strict: ModelConfigInput = { metrics: { roc_auc: { threshold: 0.95 }, log_loss: { threshold: 0.5 } } };
    const r = rankCandidates([c('both', { roc_auc: 0.8, log_loss: 0.6 }), c('one', { roc_auc: 0.8, log_loss: 0.4 })], { config: strict });
    expect(names(r)).toEqual(['one', 'both']);
    expect(r.candidates.map((x) => x.gate.failed)).toEqual([1, 2]);
    expect(r.winner).toBeNull();
    expect(r.reason).toBe('no candidate passes the gate (2 ranked)');
  });

  it('no tie when the second has another value, or the gate fails it', () => {
    expect(rankCandidates([c('a', { roc_auc: 0.8 }), c('b', { roc_auc: 0.7 })]).reason).toBe('has the highest roc_auc');
    const r = rankCandidates([c('a', { roc_auc: 0.8, log_loss: 0.4 }), c('b', { roc_auc: 0.8, log_loss: 0.9 })], { config: { metrics: { roc_auc: {}, log_loss: { threshold: 0.5 } } } });
    expect(names(r)).toEqual(['a', 'b']);
    expect(r.reason).toBe('passes the gate with the highest roc_auc');
  });

  it('no winner when the best candidate the gate passes lacks the metric', () => {
    const r = rankCandidates([c('has', { roc_auc: 0.9, log_loss: 0.9 }), c('lacks', { log_loss: 0.4 })], { metric: 'roc_auc', config: { metrics: { log_loss: { threshold: 0.5 } } } });
    expect(names(r)).toEqual(['lacks', 'has']);
    expect(r.winner).toBeNull();
    expect(r.reason).toBe('no candidate that passes the gate has roc_auc');
  });
});

describe('each candidate row', () => {
  it('the primary, the baseline’s value and the delta, every metric, the file and the model', () => {
    const r = rankCandidates([c('a', { roc_auc: 0.8, f1: 0.5 }), c('b', { f1: 0.6 })], { baseline: report({ roc_auc: 0.75 }), baselineFile: 'base.json', model: 'm' });
    expect(r.candidates[0]).toMatchObject({ name: 'a', file: 'a/evaluation.json', primary: 0.8, baseline: 0.75, metrics: { roc_auc: 0.8, f1: 0.5 } });
    expect(r.candidates[0]!.delta).toBeCloseTo(0.05, 15);
    expect(r.candidates[1]).toMatchObject({ name: 'b', primary: null, baseline: 0.75, delta: null });
    expect(r.baseline).toEqual({ file: 'base.json' });
    expect(r.model).toBe('m');
    const plain = rankCandidates([{ name: 'a', report: report({ roc_auc: 0.8 }) }]);
    expect(plain.candidates[0]).toMatchObject({ file: null, baseline: null, delta: null });
    expect(plain.baseline).toBeNull();
    expect(plain.model).toBeNull();
    expect(rankCandidates([c('a', { roc_auc: 0.8 })], { baseline: report({ f1: 0.5 }) }).candidates[0]!.delta).toBeNull();
  });
});

describe('refusals', () => {
  it('no candidates, a name twice, tasks that differ', () => {
    expect(() => rankCandidates([])).toThrow('no candidates to rank');
    expect(() => rankCandidates([c('a', { roc_auc: 0.8 }), c('a', { roc_auc: 0.7 })])).toThrow('candidate "a" is given twice');
    expect(() => rankCandidates([c('a', { roc_auc: 0.8 }), c('b', { rmse: 0.7 }, 'regression')])).toThrow('the candidates are evaluations of different tasks (binary, regression)');
    // A report without a task does not count as another task.
    expect(rankCandidates([c('a', { roc_auc: 0.8 }), c('b', { roc_auc: 0.7 }, null)]).winner).toBe('a');
  });
  it('a metric no report has, naming the first report and some metrics it has', () => {
    let e: unknown;
    try {
      rankCandidates([c('a', { f1: 0.8, accuracy: 0.7 }), c('b', { f1: 0.7 })], { metric: 'roc_auc' });
    } catch (x) {
      e = x;
    }
    expect((e as Error).message).toContain("no candidate's report has the metric roc_auc");
    expect((e as Error).message).toContain('f1, accuracy');
    expect((e as { location?: unknown }).location).toEqual({ file: 'a/evaluation.json' });
    expect(() => rankCandidates([{ name: 'a', report: report({ f1: 0.8 }) }], { metric: 'roc_auc' })).toThrow("no candidate's report has the metric roc_auc");
  });
  it('a metric of unknown direction, unless the rule or the report gives one', () => {
    expect(() => rankCandidates([c('a', { custom: 1 })], { metric: 'custom' })).toThrow('is not a standard metric');
    expect(names(rankCandidates([c('a', { custom: 1 }), c('b', { custom: 2 })], { metric: 'custom', config: { metrics: { custom: { direction: 'lower' } } } }))).toEqual(['a', 'b']);
    expect(names(rankCandidates([c('a', { custom: { value: 1, direction: 'higher' } }), c('b', { custom: 2 })], { metric: 'custom' }))).toEqual(['b', 'a']);
  });
});
