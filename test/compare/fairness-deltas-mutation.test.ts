/**
 * compare's paired fairness-delta CIs (shared/compare/fairness-deltas.ts) called directly, for mutation testing
 * (docs/mutation-testing.md): fast fixtures instead of fairness-deltas.test.ts's evaluate runs and COMPAS.
 *
 * Reference values: pandas and NumPy alone, given the resamples the project drew (forEachPairedResample's row
 * multiplicities, written to a file): fairness-deltas-reference.py (binary summaries, Fairlearn's definitions;
 * multiclass one-vs-rest as its binary case on label == c, prediction == c) and
 * fairness-deltas-regression-reference.py (regression max gaps). The reports' summary values are Python's too, so
 * the files reproduce them. Python's answers are cached in the OS temp folder under the SHA-256 of the script,
 * the rows, the draws and the settings (mutation runs repeat these tests per mutant); any change re-runs it.
 * Skipped with a printed reason without Debian's /usr/bin/python3 with pandas and NumPy.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairExamples, type ExampleRows } from '../../shared/compare/examples-pairing.js';
import { fairnessDeltas, fairnessOutcomeKey, type FairnessDeltaSettings } from '../../shared/compare/fairness-deltas.js';
import { forEachPairedResample } from '../../shared/compare/significance.js';
import { EVALUATION_SCHEMA, type EvaluationReport } from '../../shared/formats/evaluation-format.js';
import type { Label } from '../../shared/model/metrics/index.js';

const PYTHON = '/usr/bin/python3';
const noPandas = !existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import pandas, numpy'], { encoding: 'utf8' }).status !== 0;
if (noPandas) console.warn(`skipping the fairness-delta reference checks: ${PYTHON} with pandas and NumPy is not available`);

const SETTINGS: FairnessDeltaSettings = { resamples: 40, seed: 11, confidence: 0.9 };
const MIN_GROUP = 20;
const N = 300;
const COLUMNS = ['race', 'sex', 'age_cat'] as const;

interface RefDelta {
  head: number | null;
  baseline: number | null;
  delta: number | null;
  lower: number;
  upper: number;
  invalid: number;
}
type Ref = Record<string, Record<string, RefDelta>>;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** Python's answer for `csv` under the project's draws, from the cache when the same question was asked before. */
function reference(script: string, csv: string): Ref {
  const counts = new Uint32Array(SETTINGS.resamples * N);
  forEachPairedResample(N, SETTINGS.resamples, SETTINGS.seed, (r, w) => counts.set(w, r * N));
  const scriptPath = join(import.meta.dirname, script);
  const args = [String(SETTINGS.resamples), String(MIN_GROUP), String(SETTINGS.confidence)];
  const key = createHash('sha256').update(readFileSync(scriptPath)).update(csv).update(Buffer.from(counts.buffer)).update(args.join(',')).digest('hex');
  const dir = join(tmpdir(), 'fairness-deltas-mutation-reference');
  mkdirSync(dir, { recursive: true });
  const cached = join(dir, `${key}.json`);
  if (!existsSync(cached)) {
    const csvFile = join(dir, `${key}.csv`);
    const countsFile = join(dir, `${key}.u32`);
    writeFileSync(csvFile, csv);
    writeFileSync(countsFile, Buffer.from(counts.buffer));
    const pre = script === 'fairness-deltas-reference.py' ? ['deltas'] : [];
    const run = spawnSync(PYTHON, [scriptPath, ...pre, csvFile, countsFile, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr}`);
    writeFileSync(cached, run.stdout.replace(/\bNaN\b/g, 'null'));
  }
  return JSON.parse(readFileSync(cached, 'utf8')) as Ref;
}

/** Classification fixture: three sensitive columns (age_cat has a group of 8 rows, below MIN_GROUP). */
function classificationRows(k: number) {
  const r = lcg(k === 2 ? 41 : 43);
  const pick = (p: number[], names: string[]) => {
    const u = r();
    let acc = 0;
    for (let i = 0; i < p.length; i++) if (u < (acc += p[i]!)) return names[i]!;
    return names[names.length - 1]!;
  };
  const rows = Array.from({ length: N }, (_, i) => {
    const race = pick([0.5, 0.3, 0.2], ['A', 'B', 'C']);
    const sex = r() < 0.45 ? 'f' : 'm';
    const age = i % 37 === 5 ? 'rare' : pick([0.3, 0.4, 0.3], ['young', 'mid', 'old']);
    const y = k === 2 ? (r() < (race === 'A' ? 0.45 : 0.3) ? 1 : 0) : Math.floor(r() * k);
    const score = Math.min(1, Math.max(0, 0.35 * (k === 2 ? y : 0) + 0.65 * r()));
    const noisy = (p: number) => (r() < p ? y : Math.floor(r() * k));
    return { id: `r${i}`, race, sex, age, y, score, head: noisy(0.7), base: noisy(0.55) };
  });
  return rows;
}
const csvOf = (rows: Array<{ id: string; race: string; sex: string; age: string; label: number; head: number; base: number }>) =>
  `id,race,sex,age_cat,label,head,base\n${rows.map((x) => `${x.id},${x.race},${x.sex},${x.age},${x.label},${x.head},${x.base}`).join('\n')}\n`;

function report(task: EvaluationReport['task'], classification: unknown, fairness: unknown): EvaluationReport {
  return {
    schema: EVALUATION_SCHEMA, source: 'predictions', task, rows: N, dataset: null, models: [], columns: null, classification,
    bootstrap: null, metrics: {}, omitted: [], confusion_matrix: null, slices: [], skipped_slices: [], min_slice_size: null, examples: null,
    imported: null, warnings: [], fairness,
  } as unknown as EvaluationReport;
}

/** A report's fairness block with the reference's values of one side (`side`), per column and positive class. */
function fairnessBlock(refs: Array<{ positive: Label | null; ref: Ref }>, side: 'head' | 'baseline', columns: readonly string[] = COLUMNS, minGroupSize = MIN_GROUP) {
  return {
    min_group_size: minGroupSize,
    columns: columns.map((column) => ({
      column,
      outcomes: refs.map(({ positive, ref }) => ({
        kind: positive === null ? 'regression' : 'classification',
        positive_class: positive ?? undefined,
        groups: [],
        summaries: Object.fromEntries(Object.entries(ref[column]!).filter(([, v]) => v[side] !== null).map(([name, v]) => [name, { value: v[side] }])),
        omitted: [],
        four_fifths: null,
      })),
      skipped_groups: [],
    })),
  };
}

const sensitiveOf = (rows: Array<Record<string, unknown>>, columns: readonly string[]) =>
  new Map(columns.map((c) => [c, rows.map((x) => String(x[c === 'age_cat' ? 'age' : c]))] as [string, Array<string | null>]));

/** Every interval of `out` against the reference, and the count of intervals. */
function expectIntervals(out: ReturnType<typeof fairnessDeltas>, refs: Array<{ positive: Label | null; ref: Ref }>, columns: readonly string[] = COLUMNS): void {
  expect([...out.notTested]).toEqual([]);
  let expected = 0;
  for (const { positive, ref } of refs) {
    for (const column of columns) {
      const got = out.intervals.get(fairnessOutcomeKey(column, positive));
      for (const [name, v] of Object.entries(ref[column]!)) {
        if (v.head === null || v.baseline === null) continue;
        expected++;
        const ci = got?.get(name);
        expect(ci, `${column} ${String(positive)} ${name}`).toBeDefined();
        expect(ci!.estimate).toBe(v.head - v.baseline);
        expect(ci!.lower, `${column} ${name} lower`).toBeCloseTo(v.lower, 12);
        expect(ci!.upper, `${column} ${name} upper`).toBeCloseTo(v.upper, 12);
        expect(ci!.invalid, `${column} ${name} invalid`).toBe(v.invalid);
      }
    }
  }
  expect([...out.intervals.values()].reduce((s, m) => s + m.size, 0)).toBe(expected);
}

const binaryCls = (predictedFrom: 'prediction' | 'threshold', threshold: number | null) => ({ classes: [0, 1], pos_label: 1, threshold, predicted_from: predictedFrom, ece_bins: 15 });
const THRESHOLD = 0.55;

/** The binary fixture: the head predicts score > THRESHOLD (threshold report), the baseline a prediction column. */
function binaryFixture() {
  // Every 25th score exactly at the threshold: not predicted positive (strictly above).
  const rows = classificationRows(2).map((x, i) => (i % 25 === 7 ? { ...x, score: THRESHOLD } : x));
  const csv = csvOf(rows.map((x) => ({ ...x, label: x.y, head: x.score > THRESHOLD ? 1 : 0 })));
  const ids = rows.map((x) => x.id);
  const labels = rows.map((x) => x.y);
  const head = (columns: readonly string[] = COLUMNS): ExampleRows => ({ file: 'head', ids, labels, score: Float64Array.from(rows, (x) => x.score), sensitive: sensitiveOf(rows, columns) });
  const base = (columns: readonly string[] = COLUMNS): ExampleRows => ({ file: 'base', ids, labels, predictions: Float64Array.from(rows, (x) => x.base), sensitive: sensitiveOf(rows, columns) });
  return { rows, csv, head, base };
}

describe.skipIf(noPandas)('fairnessDeltas against pandas and NumPy', () => {
  it('binary, three columns (cells counted per column): every summary delta and its paired CI', () => {
    const f = binaryFixture();
    const ref = reference('fairness-deltas-reference.py', f.csv);
    const refs = [{ positive: 1, ref }];
    const h = report('binary', binaryCls('threshold', THRESHOLD), fairnessBlock(refs, 'head'));
    const b = report('binary', binaryCls('prediction', null), fairnessBlock(refs, 'baseline'));
    expectIntervals(fairnessDeltas(h, b, pairExamples(f.head(), f.base()), SETTINGS), refs);
  });

  it('binary, one column (cells counted jointly), and the baseline\'s rows in another order', () => {
    const f = binaryFixture();
    const ref = reference('fairness-deltas-reference.py', f.csv);
    const refs = [{ positive: 1, ref }];
    const h = report('binary', binaryCls('threshold', THRESHOLD), fairnessBlock(refs, 'head', ['race']));
    const b = report('binary', binaryCls('prediction', null), fairnessBlock(refs, 'baseline', ['race']));
    // Reverse the baseline's file: pairing puts its rows (and sensitive values) back in the head's order.
    const base = f.base(['race']);
    const rev = <T>(a: ArrayLike<T>) => Array.from(a).reverse();
    const reversed: ExampleRows = { ...base, ids: rev(base.ids), labels: rev(base.labels), predictions: Float64Array.from(rev(base.predictions as Float64Array)), sensitive: new Map([['race', rev(base.sensitive!.get('race')!)]]) };
    expectIntervals(fairnessDeltas(h, b, pairExamples(f.head(['race']), reversed), SETTINGS), refs, ['race']);
  });

  it('binary, two columns counted jointly (3 × 2 groups × 8 patterns fit): each column summed from the joint cells', () => {
    const f = binaryFixture();
    const ref = reference('fairness-deltas-reference.py', f.csv);
    const refs = [{ positive: 1, ref }];
    const two = ['race', 'sex'];
    const h = report('binary', binaryCls('threshold', THRESHOLD), fairnessBlock(refs, 'head', two));
    const b = report('binary', binaryCls('prediction', null), fairnessBlock(refs, 'baseline', two));
    expectIntervals(fairnessDeltas(h, b, pairExamples(f.head(two), f.base(two)), SETTINGS), refs, two);
  });

  it('multiclass, one-vs-rest per class (rows read per resample): every class\'s summary deltas', () => {
    const rows = classificationRows(3);
    const classes = ['cat', 'dog', 'fox'];
    const refs = classes.map((c, ci) => ({
      positive: c as Label,
      ref: reference('fairness-deltas-reference.py', csvOf(rows.map((x) => ({ ...x, label: x.y === ci ? 1 : 0, head: x.head === ci ? 1 : 0, base: x.base === ci ? 1 : 0 })))),
    }));
    const cls = { classes, pos_label: null, threshold: null, predicted_from: 'prediction', ece_bins: 15 };
    const ids = rows.map((x) => x.id);
    const labels = rows.map((x) => classes[x.y]!);
    const side = (file: string, pred: 'head' | 'base'): ExampleRows => ({ file, ids, labels, predictions: rows.map((x) => classes[x[pred]]!), sensitive: sensitiveOf(rows, COLUMNS) });
    const out = fairnessDeltas(report('multiclass', cls, fairnessBlock(refs, 'head')), report('multiclass', cls, fairnessBlock(refs, 'baseline')), pairExamples(side('head', 'head'), side('base', 'base')), SETTINGS);
    expectIntervals(out, refs);
    // One column (sex, 2 groups): 4³ patterns × 2 groups fit, so the resamples count cells jointly. The head's
    // predictions now come from its scores (argmax: 0.6 on the predicted class, 0.2 elsewhere), as evaluate's do.
    const scores = Float64Array.from(rows.flatMap((x) => classes.map((_, c) => (c === x.head ? 0.6 : 0.2))));
    const fromScores: ExampleRows = { file: 'head', ids, labels, scores, width: 3, sensitive: sensitiveOf(rows, ['sex']) };
    const argmaxCls = { ...cls, predicted_from: 'argmax' };
    const one = fairnessDeltas(
      report('multiclass', argmaxCls, fairnessBlock(refs, 'head', ['sex'])),
      report('multiclass', cls, fairnessBlock(refs, 'baseline', ['sex'])),
      pairExamples(fromScores, { ...side('base', 'base'), sensitive: sensitiveOf(rows, ['sex']) }),
      SETTINGS,
    );
    expectIntervals(one, refs, ['sex']);
  });

  it('regression: the max gaps of MAE, RMSE and mean error', () => {
    const r = lcg(47);
    const rows = Array.from({ length: N }, (_, i) => {
      const grp = i % 41 === 3 ? 'rare' : r() < 0.5 ? 'p' : 'q';
      const y = 10 * r();
      return { id: String(i), grp, y, head: y + (grp === 'p' ? 1 : 0.2) * (r() - 0.5), base: y + (r() - 0.5) };
    });
    const csv = `id,grp,label,head,base\n${rows.map((x) => `${x.id},${x.grp},${x.y},${x.head},${x.base}`).join('\n')}\n`;
    const ref = reference('fairness-deltas-regression-reference.py', csv);
    const refs = [{ positive: null, ref }];
    const ids = rows.map((x) => x.id);
    const labels = rows.map((x) => x.y);
    const side = (file: string, pred: 'head' | 'base'): ExampleRows => ({ file, ids, labels, predictions: Float64Array.from(rows, (x) => x[pred]), sensitive: new Map([['grp', rows.map((x) => x.grp)]]) });
    const out = fairnessDeltas(report('regression', null, fairnessBlock(refs, 'head', ['grp'])), report('regression', null, fairnessBlock(refs, 'baseline', ['grp'])), pairExamples(side('head', 'head'), side('base', 'base')), SETTINGS);
    expectIntervals(out, refs, ['grp']);
  });
});

describe('fairnessDeltas: what is not tested, and why', () => {
  // Small rows with made-up report values: these cases stop before any value is compared, or at the comparison.
  const ids = ['a', 'b', 'c', 'd'];
  const labels = [1, 0, 1, 0];
  const g = (values: Array<string | null>) => new Map([['g', values]]);
  const rowsOf = (extra: Partial<ExampleRows>): ExampleRows => ({ file: 'f', ids, labels, ...extra });
  const block = (value: number, column = 'g', more: Record<string, { value: number }> = {}) => ({
    min_group_size: 1,
    columns: [{ column, outcomes: [{ kind: 'classification', positive_class: 1, groups: [], summaries: { demographic_parity_difference: { value }, ...more }, omitted: [], four_fifths: null }], skipped_groups: [] }],
  });
  const binary = (fairness: unknown, predictedFrom: 'prediction' | 'threshold' = 'prediction') => report('binary', binaryCls(predictedFrom, predictedFrom === 'threshold' ? 0.5 : null), fairness);
  const withPred = (pred: number[], sensitive?: Map<string, Array<string | null>>) => rowsOf({ predictions: Float64Array.from(pred), sensitive });
  const run = (h: EvaluationReport, b: EvaluationReport, hr: ExampleRows, br: ExampleRows) => fairnessDeltas(h, b, pairExamples(hr, br), SETTINGS);
  // Head predicts [1, 1, 0, 0], baseline [1, 0, 1, 0]; groups x = {a, b}, y = {c, d}: selection rates head 1 and 0
  // (DPD 1), baseline 0.5 and 0.5 (DPD 0).
  const hPred = [1, 1, 0, 0];
  const bPred = [1, 0, 1, 0];
  const groups = ['x', 'x', 'y', 'y'];

  it('no fairness block on either side, or no column both have: nothing, no reason', () => {
    const rows = withPred(hPred, g(groups));
    for (const [h, b] of [
      [binary(null), binary(block(0))],
      [binary(block(1)), binary(null)],
      [binary(block(1, 'g')), binary(block(0, 'other'))],
    ] as const) {
      const out = run(h, b, rows, withPred(bPred, g(groups)));
      expect([out.intervals.size, out.notTested.size]).toEqual([0, 0]);
    }
  });

  it('a side whose rows cannot give its outcomes: each common column says which side and why', () => {
    const ok = withPred(bPred, g(groups));
    const reason = (h: EvaluationReport, b: EvaluationReport, hr: ExampleRows, br = ok) => [...run(h, b, hr, br).notTested];
    expect(reason(binary(block(1)), binary(block(0)), rowsOf({ sensitive: g(groups) }))).toEqual([['g', 'head: its per-example file has no predictions']]);
    expect(reason(binary(block(1), 'threshold'), binary(block(0)), rowsOf({ sensitive: g(groups) }))).toEqual([['g', 'head: its per-example file has no scores']]);
    expect(reason(binary(block(1)), binary(block(0)), withPred(hPred, g(groups)), rowsOf({ sensitive: g(groups) }))).toEqual([['g', 'baseline: its per-example file has no predictions']]);
    const reg = report('regression', null, block(1));
    expect(reason(reg, reg, rowsOf({ predictions: ['1', '0', '1', '0'], sensitive: g(groups) }))).toEqual([['g', 'head: its per-example file has no numeric predictions']]);
    const noCls = report('binary', null, block(1));
    expect(reason(noCls, binary(block(0)), withPred(hPred, g(groups)))).toEqual([['g', 'head: the report is not a binary, multiclass or regression evaluation of predictions']]);
    const mc = report('multiclass', { classes: [0, 1], pos_label: null, threshold: null, predicted_from: 'prediction', ece_bins: 15 }, block(1));
    expect(reason(mc, mc, rowsOf({ sensitive: g(groups) }), rowsOf({ sensitive: g(groups) }))).toEqual([['g', 'head: its per-example file has no predictions']]);
  });

  it('sensitive values missing from a file, or differing between the files', () => {
    const reason = (hs?: Map<string, Array<string | null>>, bs?: Map<string, Array<string | null>>) => [...run(binary(block(1)), binary(block(0)), withPred(hPred, hs), withPred(bPred, bs)).notTested];
    const tail = " the column's values (written before evaluate kept the sensitive columns in it); re-run evaluate with --sensitive to test the deltas";
    expect(reason()).toEqual([['g', `neither per-example file has${tail}`]]);
    expect(reason(undefined, g(groups))).toEqual([['g', `the head's per-example file does not have${tail}`]]);
    expect(reason(g(groups), undefined)).toEqual([['g', `the baseline's per-example file does not have${tail}`]]);
    expect(reason(g(groups), g(['x', 'x', 'y', null]))).toEqual([['g', 'the two evaluations grouped rows differently: id "d" has "y" in the head\'s per-example file but null in the baseline\'s']]);
    expect(reason(g(['x', null, 'y', 'y']), g(['x', 'z', 'y', 'y']))).toEqual([['g', 'the two evaluations grouped rows differently: id "b" has null in the head\'s per-example file but "z" in the baseline\'s']]);
  });

  it('files that do not reproduce their reports\' values: not tested, with both values; within 1e-12 they do', () => {
    const out = (hv: number, bv: number) => run(binary(block(hv)), binary(block(bv)), withPred(hPred, g(groups)), withPred(bPred, g(groups)));
    expect([...out(0.9, 0).notTested]).toEqual([['g', 'the per-example files give demographic_parity_difference 1 (head) and 0 (baseline) but the reports 0.9 and 0; re-run evaluate']]);
    expect([...out(1, 0.1).notTested]).toEqual([['g', 'the per-example files give demographic_parity_difference 1 (head) and 0 (baseline) but the reports 1 and 0.1; re-run evaluate']]);
    for (const [hv, bv] of [
      [1 - 1e-13, 0],
      [1, 1e-13],
    ]) {
      const o = out(hv!, bv!);
      expect([...o.notTested]).toEqual([]);
      // The estimate is the reports' delta.
      expect(o.intervals.get(fairnessOutcomeKey('g', 1))!.get('demographic_parity_difference')!.estimate).toBe(hv! - bv!);
    }
  });

  it('a side whose minimum group size leaves fewer than 2 groups: its summaries have no value, nothing to pair', () => {
    // Groups of 2 rows: a side with minimum 1 has both, one with minimum 3 neither (the baseline, then the head).
    const sides = [
      [binary(block(1)), binary({ ...block(0), min_group_size: 3 })],
      [binary({ ...block(1), min_group_size: 3 }), binary(block(0))],
    ] as const;
    for (const [h, b] of sides) {
      const o = run(h, b, withPred(hPred, g(groups)), withPred(bPred, g(groups)));
      expect([o.intervals.size, o.notTested.size]).toEqual([0, 0]);
    }
  });

  it("a report without the outcome the rows give (another positive class): that outcome's summaries are skipped", () => {
    const otherClass = (value: number) => {
      const b = block(value);
      b.columns[0]!.outcomes[0]!.positive_class = 0;
      return b;
    };
    for (const [h, b] of [
      [binary(otherClass(1)), binary(block(0))],
      [binary(block(1)), binary(otherClass(0))],
    ] as const) {
      const o = run(h, b, withPred(hPred, g(groups)), withPred(bPred, g(groups)));
      expect([o.intervals.size, o.notTested.size]).toEqual([0, 0]);
    }
  });

  it('missing sensitive values form a group of their own, not part of another group', () => {
    // Groups x, x, y, y, missing, missing. Head predicts 1, 1, 0, 0, 1, 1: selection rates 1, 0, 1 (DPD 1); the
    // baseline 1, 0, 1, 0, 1, 0: 0.5 everywhere (DPD 0). Were the missing rows counted in y, the head's would be 0.5.
    const six = ['a', 'b', 'c', 'd', 'e', 'f'];
    const sens = () => new Map([['g', ['x', 'x', 'y', 'y', null, null] as Array<string | null>]]);
    const side = (file: string, pred: number[]): ExampleRows => ({ file, ids: six, labels: [1, 0, 1, 0, 1, 0], predictions: Float64Array.from(pred), sensitive: sens() });
    const o = fairnessDeltas(binary(block(1)), binary(block(0)), pairExamples(side('h', [1, 1, 0, 0, 1, 1]), side('b', [1, 0, 1, 0, 1, 0])), SETTINGS);
    expect([...o.notTested]).toEqual([]);
    expect(o.intervals.get(fairnessOutcomeKey('g', 1))!.get('demographic_parity_difference')!.estimate).toBe(1);
  });

  it('a report value above 1 matches its file to 1e-12 relative, not absolute: a regression gap of 5', () => {
    // Labels 0; head predictions 5, 5, 0, 0 (groups x, x, y, y): MAE gap 5, RMSE gap 5, mean error gap 5; the
    // baseline predicts 0 everywhere (gaps 0).
    const regBlock = (v: number) => ({
      min_group_size: 1,
      columns: [{ column: 'g', outcomes: [{ kind: 'regression', groups: [], summaries: { mae_max_gap: { value: v } }, omitted: [], four_fifths: null }], skipped_groups: [] }],
    });
    const side = (file: string, pred: number[]): ExampleRows => ({ file, ids, labels: [0, 0, 0, 0], predictions: Float64Array.from(pred), sensitive: g(groups) });
    const out = (v: number) => fairnessDeltas(report('regression', null, regBlock(v)), report('regression', null, regBlock(0)), pairExamples(side('h', [5, 5, 0, 0]), side('b', [0, 0, 0, 0])), SETTINGS);
    // 5 + 2e-12 is 4e-13 relative off (within); 5 + 1e-11 is 2e-12 off (not).
    const near = out(5 + 2e-12);
    expect([...near.notTested]).toEqual([]);
    expect(near.intervals.get(fairnessOutcomeKey('g', null))!.get('mae_max_gap')!.estimate).toBe(5 + 2e-12);
    expect([...out(5 + 1e-11).notTested]).toEqual([['g', `the per-example files give mae_max_gap 5 (head) and 0 (baseline) but the reports ${5 + 1e-11} and 0; re-run evaluate`]]);
  });

  it('only the summaries both reports have are tested; the values (1, 0) give delta 1 on every resample where both groups are drawn', () => {
    const o = run(binary(block(1)), binary(block(0)), withPred(hPred, g(groups)), withPred(bPred, g(groups)));
    const m = o.intervals.get(fairnessOutcomeKey('g', 1))!;
    expect([...m.keys()]).toEqual(['demographic_parity_difference']);
    // The summaries the reports lack are skipped, not called a mismatch: on both sides, or on one side only (the
    // head's demographic parity ratio is 0 / 1 = 0, the baseline's 0.5 / 0.5 = 1).
    expect([...o.notTested]).toEqual([]);
    const sides: Array<[Record<string, { value: number }>, Record<string, { value: number }>]> = [
      [{ demographic_parity_ratio: { value: 0 } }, {}],
      [{}, { demographic_parity_ratio: { value: 1 } }],
    ];
    for (const [hm, bm] of sides) {
      const one = run(binary(block(1, 'g', hm)), binary(block(0, 'g', bm)), withPred(hPred, g(groups)), withPred(bPred, g(groups)));
      expect([...one.notTested]).toEqual([]);
      expect([...one.intervals.get(fairnessOutcomeKey('g', 1))!.keys()]).toEqual(['demographic_parity_difference']);
    }
    // Both sides given: tested.
    const both = run(binary(block(1, 'g', { demographic_parity_ratio: { value: 0 } })), binary(block(0, 'g', { demographic_parity_ratio: { value: 1 } })), withPred(hPred, g(groups)), withPred(bPred, g(groups)));
    expect([...both.intervals.get(fairnessOutcomeKey('g', 1))!.keys()]).toEqual(['demographic_parity_difference', 'demographic_parity_ratio']);
    const ci = m.get('demographic_parity_difference')!;
    expect(ci.estimate).toBe(1);
    // Every resample of four rows either draws both groups or not: head DPD − baseline DPD over the resample's rows.
    expect(ci.lower).toBeGreaterThanOrEqual(-1);
    expect(ci.upper).toBeLessThanOrEqual(1);
  });
});
