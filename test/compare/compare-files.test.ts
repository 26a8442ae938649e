/**
 * compareFiles end to end: two real models' predictions on the same seattle-weather / penguins test
 * rows (written by test/fixtures/reference/compare_reference.py), each turned into a report and
 * per-example file by evaluate(), then compared. p-values are checked against the Python reference.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../shared/steps/evaluate.js';
import { compareFiles } from '../../shared/compare/compare-files.js';
import { comparisonSchema, type Comparison } from '../../shared/formats/comparison-format.js';
import { pairExamples, type ExampleRows } from '../../shared/compare/examples-pairing.js';
import { InputError } from '../../shared/runtime/errors.js';

const REF = JSON.parse(readFileSync('test/fixtures/reference/compare_reference.json', 'utf8'));
const SEASONS = ['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'];

let dir: string;
const file = (name: string) => path.join(dir, name);

/** Writes a predictions CSV (rows in `order`) and evaluates it; returns the report path. */
async function binaryReport(name: string, model: string, order: number[], extra: { ids?: (id: string) => string; label?: (y: number, i: number) => number } = {}): Promise<string> {
  const { ids, label, scores } = REF.binary;
  const lines = ['date,y,p,season', ...order.map((i) => `${extra.ids ? extra.ids(ids[i]) : ids[i]},${extra.label ? extra.label(label[i], i) : label[i]},${scores[model][i]},${SEASONS[Number(ids[i].slice(5, 7)) - 1]}`)];
  await writeFile(file(`${name}.csv`), `${lines.join('\n')}\n`);
  const out = file(`${name}.json`);
  await evaluate({ predictions: file(`${name}.csv`), task: 'binary', label: 'y', score: ['p'], id: 'date', slices: ['season'], resamples: 20, out });
  return out;
}

const rows = REF.binary.ids.map((_: string, i: number) => i) as number[];
const reversed = [...rows].reverse();
let head: string;
let base: string;
let noise: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-compare-'));
  [head, base, noise] = await Promise.all([binaryReport('all', 'all', rows), binaryReport('temps_wind', 'temps_wind', reversed), binaryReport('temps', 'temps', rows)]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const metric = (c: Comparison, name: string) => c.metrics.find((m) => m.name === name)!;

describe('compareFiles with per-example data', () => {
  it('pairs rows by id across different orders and matches the reference McNemar and DeLong p-values', async () => {
    const c = comparisonSchema.parse(await compareFiles({ head, baseline: base, significance: { resamples: 200 } }));
    const ref = REF.binary.pairs.all_vs_temps_wind;
    expect(c.significance).toMatchObject({ tested: true, paired_rows: 730, resamples: 200, confidence: 0.95 });
    const acc = metric(c, 'accuracy');
    expect(acc.head).toBeCloseTo(ref.accuracy_head, 15);
    expect(acc.baseline).toBeCloseTo(ref.accuracy_base, 15);
    expect(acc.test).toMatchObject({ name: 'mcnemar', method: 'chi-square-cc', details: { b: ref.mcnemar.b, c: ref.mcnemar.c }, significant: true });
    expect(acc.p_value! / ref.mcnemar.p_value).toBeCloseTo(1, 12);
    const auc = metric(c, 'roc_auc');
    expect(auc.test).toMatchObject({ name: 'delong', method: 'fast-delong' });
    expect(auc.test!.statistic! / ref.delong.z).toBeCloseTo(1, 10);
    expect(auc.p_value! / ref.delong.p_value).toBeCloseTo(1, 8);
    expect(auc.head).toBeCloseTo(ref.delong.sklearn_auc_head, 14);
    // Paired CIs: the bootstrap sees the same 730 rows the reports were computed on.
    for (const name of ['accuracy', 'roc_auc', 'log_loss', 'brier']) {
      const m = metric(c, name);
      expect(m.delta_ci![0], name).toBeLessThanOrEqual(m.delta!);
      expect(m.delta_ci![1], name).toBeGreaterThanOrEqual(m.delta!);
      expect(m.label, name).toBe('improvement');
    }
    expect(c.verdict).toBe('report-only');
  });

  it('labels a difference within noise when the CI straddles zero, and reports the exact McNemar form', async () => {
    const c = await compareFiles({ head: base, baseline: noise });
    const ref = REF.binary.pairs.temps_wind_vs_temps;
    expect(metric(c, 'roc_auc').label).toBe('within_noise');
    expect(metric(c, 'accuracy').label).toBe('within_noise');
    expect(metric(c, 'accuracy').test).toMatchObject({ method: 'exact-binomial', statistic: null, significant: false, details: { b: ref.mcnemar.b, c: ref.mcnemar.c } });
    expect(metric(c, 'accuracy').p_value! / ref.mcnemar.p_value).toBeCloseTo(1, 12);
    expect(metric(c, 'roc_auc').p_value! / ref.delong.p_value).toBeCloseTo(1, 8);
  });

  it('gates with rules from mlops.yaml, per slice too, and leaves slices untested', async () => {
    const config = file('mlops.yaml');
    await writeFile(
      config,
      `version: 1
models:
  sun:
    task: binary
    metrics:
      roc_auc: { threshold: 0.85, min_absolute_change: 0.05 }
      log_loss: { max_regression: 0 }
    slices:
      season:
        min_size: 150
        metrics:
          accuracy: { threshold: 0.83 }
    significance: { resamples: 50 }
`,
    );
    const c = comparisonSchema.parse(await compareFiles({ head, baseline: base, config }));
    expect(c.model).toBe('sun');
    const seasons = c.slices.filter((s) => s.column === 'season');
    const failedSeasons = seasons.filter((s) => s.status === 'fail').map((s) => s.value);
    // Accuracy by season (from the reference predictions): autumn 0.813, winter 0.817, summer 0.837, spring 0.864.
    expect(failedSeasons).toEqual(['autumn', 'winter']);
    expect(seasons.map((s) => s.value)).toEqual(['autumn', 'spring', 'summer', 'winter']);
        for (const s of seasons) {
      const acc = s.metrics.find((m) => m.name === 'accuracy')!;
      expect(acc.label).toBe('not_tested');
      expect(s.status).toBe(acc.head! >= 0.83 ? 'pass' : 'fail');
    }
    expect(c.verdict).toBe(failedSeasons.length > 0 ? 'fail' : 'pass');
    expect(c.gate.failures.filter((f) => f.startsWith('slice season='))).toHaveLength(failedSeasons.length);
    expect(metric(c, 'roc_auc').status).toBe('pass');
    expect(c.significance.resamples).toBe(50);

    // min_size above every slice: reported, not gated.
    await writeFile(config, `version: 1\nmodels:\n  sun:\n    slices:\n      season: { min_size: 1000, metrics: { accuracy: { threshold: 0.99 } } }\n`);
    const small = await compareFiles({ head, baseline: base, config, model: 'sun' });
    expect(small.verdict).toBe('pass');
    expect(small.model).toBe('sun');
    expect(small.slices.every((s) => s.skipped?.endsWith('fewer than min_size 1000'))).toBe(true);

    // A slice column the head was not evaluated on fails the gate.
    await writeFile(config, `version: 1\nmodels:\n  sun:\n    slices:\n      region: { metrics: { accuracy: { threshold: 0.5 } } }\n`);
    const missing = await compareFiles({ head, baseline: base, config });
    expect(missing.verdict).toBe('fail');
    expect(missing.gate.failures).toEqual(['slice column region: the head report has no slices on it (evaluate with --slice region)']);
  });

  it('rejects reports evaluated on different rows, naming the ids', async () => {
    const fewer = await binaryReport('fewer', 'temps', rows.slice(0, 700));
    await expect(compareFiles({ head, baseline: fewer })).rejects.toThrow(InputError);
    await expect(compareFiles({ head, baseline: fewer })).rejects.toThrow(/different rows: 30 ids only in the head \("2015-12-02", .*\(30 in all\)\), 0 only in the baseline \(none\)/);
  });

  it('rejects a row whose label differs between the two files', async () => {
    const flipped = await binaryReport('flipped', 'temps', rows, { label: (y, i) => (i === 3 ? 1 - y : y) });
    await expect(compareFiles({ head, baseline: flipped })).rejects.toThrow(/id "2014-01-04" has label 0 in the head but 1 in the baseline/);
  });

  it('rejects a per-example file changed after its report was written', async () => {
    const copy = file('all.examples.jsonl.gz');
    const original = await readFile(copy);
    const text = gunzipSync(original).toString().replace('"id":"2014-01-01"', '"id":"2014-01-01" ');
    await writeFile(copy, gzipSync(Buffer.from(text)));
    try {
      await expect(compareFiles({ head, baseline: base })).rejects.toThrow(/all\.examples\.jsonl\.gz: SHA-256 [0-9a-f]{64} differs from the [0-9a-f]{64} its report records/);
    } finally {
      await writeFile(copy, original);
    }
  });

  it('says why nothing was tested when a report has no per-example data or resamples is 0', async () => {
    const out = file('noex.json');
    await evaluate({ predictions: file('temps.csv'), task: 'binary', label: 'y', score: ['p'], id: 'date', resamples: 0, out, examples: false });
    const c = await compareFiles({ head, baseline: out });
    expect(c.significance).toMatchObject({ tested: false, reason: 'per-example data is missing from the baseline report (evaluate writes it unless --no-examples)', paired_rows: null });
    expect(c.metrics.every((m) => m.label === 'not_tested' && m.delta_ci === null)).toBe(true);
    const off = await compareFiles({ head, baseline: base, significance: { resamples: 0 } });
    expect(off.significance.reason).toBe('significance.resamples is 0');
  });
});

describe('pairExamples', () => {
  const rowsOf = (file: string, ids: string[], labels: number[]): ExampleRows => ({ file, ids, labels, score: Float64Array.from(ids, () => 0.5) });
  it('reorders the baseline to the head order', () => {
    const p = pairExamples(rowsOf('h', ['a', 'b', 'c'], [1, 0, 1]), { ...rowsOf('b', ['c', 'a', 'b'], [1, 1, 0]), score: Float64Array.of(0.3, 0.1, 0.2) });
    expect(Array.from(p.base.score!)).toEqual([0.1, 0.2, 0.3]);
  });
  it('rejects duplicate ids', () => {
    expect(() => pairExamples(rowsOf('h', ['a', 'a'], [1, 1]), rowsOf('b', ['a', 'b'], [1, 1]))).toThrow(/id "a" occurs twice/);
  });
});

describe('compareFiles on a multiclass pair (penguins)', () => {
  it("matches the reference McNemar p-value for accuracy and bootstraps the macro metrics", async () => {
    const { ids, label, classes, scores, pairs } = REF.multiclass;
    const write = async (name: string, model: string, order: number[]) => {
      const lines = [`id,species,${classes.map((c: string) => `p_${c}`).join(',')}`, ...order.map((i) => `${ids[i]},${label[i]},${scores[model][i].join(',')}`)];
      await writeFile(file(`${name}.csv`), `${lines.join('\n')}\n`);
      await evaluate({ predictions: file(`${name}.csv`), task: 'multiclass', label: 'species', score: classes.map((c: string) => `p_${c}`), id: 'id', resamples: 0, out: file(`${name}.json`) });
      return file(`${name}.json`);
    };
    const order = ids.map((_: string, i: number) => i) as number[];
    const [h, b] = await Promise.all([write('beak', 'beak', order), write('body', 'body', [...order].reverse())]);
    const c = comparisonSchema.parse(await compareFiles({ head: h, baseline: b, rules: { metrics: { accuracy: { min_absolute_change: 0.1 } } }, significance: { resamples: 200 } }));
    const ref = pairs.beak_vs_body;
    const acc = metric(c, 'accuracy');
    expect(acc.head).toBeCloseTo(ref.accuracy_head, 15);
    expect(acc.test).toMatchObject({ method: ref.mcnemar.method, details: { b: ref.mcnemar.b, c: ref.mcnemar.c } });
    expect(acc.p_value! / ref.mcnemar.p_value).toBeCloseTo(1, 12);
    expect(acc.label).toBe('improvement');
    expect(metric(c, 'f1_macro').delta_ci).not.toBeNull();
    expect(metric(c, 'log_loss').label).toBe('improvement');
    expect(c.verdict).toBe('pass');
  });
});
