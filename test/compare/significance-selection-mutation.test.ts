/**
 * Which metrics compareReports gives a paired CI and a test, which alpha/resamples/seed it uses, and the
 * fields of a metric row a reviewer reads: the paths mutation testing (npm run mutate,
 * docs/mutation-testing.md) found reached only by whole-report tests outside its run, or by none.
 *
 * The paired rows are the real seattle-weather pair of test/fixtures/reference/compare_reference.json
 * (temps_wind vs temps, 730 rows), whose McNemar p (SciPy binomtest, exact: b = 13, c = 9) and DeLong p
 * (the O(m·n) DeLong of compare_reference.py) are independent references: 0.5234670639038086 and
 * 0.5661998113428693. An alpha of 0.55 lies between them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareReports, type CompareOptions } from '../../shared/compare/compare.js';
import { pairExamples, type ExampleRows } from '../../shared/compare/examples-pairing.js';
import { EVALUATION_SCHEMA, type EvaluationReport } from '../../shared/formats/evaluation-format.js';
import { DEFAULT_CONFIDENCE, DEFAULT_PAIRED_RESAMPLES, DEFAULT_SEED } from '../../shared/model/metrics/index.js';

const REF = JSON.parse(readFileSync('test/fixtures/reference/compare_reference.json', 'utf8')) as {
  binary: {
    ids: string[];
    label: number[];
    scores: Record<string, number[]>;
    pairs: Record<string, { mcnemar: { b: number; c: number; p_value: number }; delong: { p_value: number } }>;
  };
};
const B = REF.binary;
const pair = B.pairs.temps_wind_vs_temps!;

type Metrics = Record<string, { value: number; direction?: 'higher' | 'lower' }>;
function report(task: EvaluationReport['task'], metrics: Metrics, slices: EvaluationReport['slices'] = []): EvaluationReport {
  return {
    schema: EVALUATION_SCHEMA, source: 'predictions', task, rows: B.ids.length, dataset: null, models: [], columns: null,
    classification: task === 'binary' ? { classes: [0, 1], pos_label: 1, threshold: 0.5, predicted_from: 'threshold', ece_bins: 15 } : null,
    bootstrap: null, metrics, omitted: [], confusion_matrix: null, slices, skipped_slices: [], min_slice_size: null, examples: null,
    imported: null, warnings: [],
  };
}
const rows = (model: string): ExampleRows => ({ file: `${model}.examples.jsonl.gz`, ids: B.ids, labels: B.label, score: Float64Array.from(B.scores[model]!) });
const paired = pairExamples(rows('temps_wind'), rows('temps'));

// Registry metrics of a binary task in both reports; one outside the registry; one the registry knows for
// regression only; one only in the head.
const head = report('binary', { accuracy: { value: 0.8 }, roc_auc: { value: 0.85 }, f1: { value: 0.7 }, custom_score: { value: 3 }, mae: { value: 0.2 }, precision: { value: 0.75 } });
const base = report('binary', { accuracy: { value: 0.79 }, roc_auc: { value: 0.84 }, f1: { value: 0.69 }, custom_score: { value: 2 }, mae: { value: 0.3 } });
const byName = (c: ReturnType<typeof compareReports>) => Object.fromEntries(c.metrics.map((m) => [m.name, m]));
const fast: CompareOptions = { paired, significance: { resamples: 40 } };

describe('paired significance: which metrics get what', () => {
  // Computed inside each test: Stryker's per-test coverage does not see code run while a file is collected.
  const compared = () => byName(compareReports(head, base, undefined, { ...fast, significance: { resamples: 40, alpha: 0.55 } }));
  it('gives a delta CI to the task’s registry metrics in both reports only', () => {
    const m = compared();
    for (const name of ['accuracy', 'roc_auc', 'f1']) {
      expect(m[name]!.delta_ci, name).toHaveLength(2);
      expect(m[name]!.delta_ci![0]).toBeLessThanOrEqual(m[name]!.delta_ci![1]);
      expect(m[name]!.delta_ci_invalid, name).not.toBeNull();
    }
    for (const name of ['custom_score', 'mae', 'precision']) {
      expect(m[name]!.delta_ci, name).toBeNull();
      expect(m[name]!.delta_ci_invalid, name).toBeNull();
    }
  });
  it("tests accuracy with McNemar (SciPy's exact p) and ROC AUC with DeLong, and nothing else", () => {
    const m = compared();
    expect(m.accuracy!.test).toMatchObject({ name: 'mcnemar', method: 'exact-binomial', details: { b: pair.mcnemar.b, c: pair.mcnemar.c } });
    expect(m.accuracy!.p_value).toBeCloseTo(pair.mcnemar.p_value, 12);
    expect(m.roc_auc!.test).toMatchObject({ name: 'delong', method: 'fast-delong', details: { positives: B.label.filter((y) => y === 1).length, negatives: B.label.filter((y) => y === 0).length } });
    expect(Math.abs(m.roc_auc!.p_value! - pair.delong.p_value)).toBeLessThan(1e-9);
    for (const name of ['f1', 'custom_score', 'mae', 'precision']) expect(m[name]!.test, name).toBeNull();
  });
  it('calls a test significant when p < alpha: 0.523 is, 0.566 is not, at alpha 0.55', () => {
    const m = compared();
    expect(m.accuracy!.test!.significant).toBe(true);
    expect(m.roc_auc!.test!.significant).toBe(false);
  });
});

describe('significance settings: the options, else the config, else the defaults', () => {
  const sig = (config: Parameters<typeof compareReports>[2], options: CompareOptions) => compareReports(head, base, config, options).significance;
  it('takes each setting from the options over the config', () => {
    const s = sig({ significance: { resamples: 30, confidence: 0.8, alpha: 0.6, seed: 7 } }, { paired, significance: { resamples: 20, confidence: 0.9, alpha: 0.55, seed: 9 } });
    expect(s).toMatchObject({ tested: true, resamples: 20, confidence: 0.9, alpha: 0.55, seed: 9, paired_rows: 730 });
  });
  it('from the options alone, then from the config alone', () => {
    expect(sig(undefined, { paired, significance: { resamples: 20, confidence: 0.9, alpha: 0.55, seed: 9 } })).toMatchObject({ resamples: 20, confidence: 0.9, alpha: 0.55, seed: 9 });
    expect(sig({ significance: { resamples: 30, confidence: 0.8, alpha: 0.6, seed: 7 } }, { paired })).toMatchObject({ resamples: 30, confidence: 0.8, alpha: 0.6, seed: 7 });
  });
  it('and the defaults when neither sets them', () => {
    expect(sig(undefined, {})).toMatchObject({ tested: false, resamples: DEFAULT_PAIRED_RESAMPLES, confidence: DEFAULT_CONFIDENCE, alpha: 0.05, seed: DEFAULT_SEED });
  });
  it('the alpha used decides significance: the config’s 0.6 makes both tests significant unless the options say 0.55', () => {
    const cfg = { significance: { resamples: 20, alpha: 0.6 } };
    const both = byName(compareReports(head, base, cfg, { paired }));
    expect([both.accuracy!.test!.significant, both.roc_auc!.test!.significant]).toEqual([true, true]);
    const overridden = byName(compareReports(head, base, cfg, { paired, significance: { alpha: 0.55 } }));
    expect([overridden.accuracy!.test!.significant, overridden.roc_auc!.test!.significant]).toEqual([true, false]);
  });
  it('says why nothing was tested: no baseline, resamples 0, or no per-example data', () => {
    expect(compareReports(head, undefined, undefined, fast).significance).toMatchObject({ tested: false, reason: 'no baseline' });
    expect(sig(undefined, { paired, significance: { resamples: 0 } })).toMatchObject({ tested: false, reason: 'significance.resamples is 0', paired_rows: null });
    expect(sig({ significance: { resamples: 0 } }, { paired })).toMatchObject({ tested: false, reason: 'significance.resamples is 0' });
    expect(sig(undefined, { notTestedReason: 'the baseline has no examples file' })).toMatchObject({ tested: false, reason: 'the baseline has no examples file' });
    expect(sig(undefined, {}).reason).toBe('per-example data is missing from the head or the baseline report');
    expect(sig(undefined, fast)).toMatchObject({ tested: true, reason: null });
  });
});

describe('a metric row', () => {
  it('takes the direction either report gives for a metric outside the registry', () => {
    const c = byName(compareReports(report(null, { loss_x: { value: 2, direction: 'lower' }, gain_x: { value: 1 } }), report(null, { loss_x: { value: 3 }, gain_x: { value: 2, direction: 'higher' } }), undefined));
    expect([c.loss_x!.direction, c.gain_x!.direction]).toEqual(['lower', 'higher']);
  });
  it('has no delta for a metric only the baseline has, and lists a configured metric neither has', () => {
    const c = byName(compareReports(report('binary', { f1: { value: 0.7 } }), report('binary', { f1: { value: 0.6 }, accuracy: { value: 0.8 } }), { metrics: { roc_auc: { threshold: 0.5 } } }));
    expect(c.accuracy).toMatchObject({ head: null, baseline: 0.8, delta: null, relative_delta: null });
    expect(c.roc_auc).toMatchObject({ head: null, baseline: null, delta: null, status: 'fail' });
  });
  it('names the rule when a metric outside the registry has no direction', () => {
    expect(() => compareReports(report(null, { custom_score: { value: 1 } }), undefined, { metrics: { custom_score: { threshold: 0.5 } } })).toThrow(/^rule for metric custom_score: "custom_score" is not a standard metric/);
  });
});

describe('the config', () => {
  it("refuses a task that is not the head report's, naming the file", () => {
    expect(() => compareReports(head, base, { task: 'regression' }, { headFile: 'head.json' })).toThrow(
      expect.objectContaining({ message: expect.stringContaining('the config says task regression but the head report is a binary evaluation'), location: { file: 'head.json' } }),
    );
    expect(() => compareReports(head, base, { task: 'binary' })).not.toThrow();
    expect(() => compareReports(report(null, { f1: { value: 1 } }), undefined, { task: 'binary' })).not.toThrow();
  });
  it('with only slice rules is configured: it gates, it does not just report', () => {
    const c = compareReports(head, base, { slices: { region: { metrics: { accuracy: { threshold: 0.5 } } } } });
    expect(c.gate.configured).toBe(true);
    expect(c.verdict).toBe('fail'); // the head has no slices on region
  });
});

describe('slices are paired by column and value', () => {
  it('compares each head slice with the baseline slice of the same column and value', () => {
    const slice = (column: string, value: string, rows: number, accuracy: number): EvaluationReport['slices'][number] =>
      ({ column, value, rows, metrics: { accuracy: { value: accuracy } }, omitted: [], confusion_matrix: null });
    const h = report('binary', { accuracy: { value: 0.8 } }, [slice('region', 'north', 10, 0.9), slice('region', 'south', 20, 0.7)]);
    const b = report('binary', { accuracy: { value: 0.8 } }, [slice('region', 'north', 11, 0.8), slice('region', 'south', 21, 0.6)]);
    const c = compareReports(h, b, undefined);
    expect(c.slices.map((s) => [s.value, s.baseline_rows, s.metrics[0]!.baseline])).toEqual([['north', 11, 0.8], ['south', 21, 0.6]]);
  });
});
