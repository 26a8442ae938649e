/**
 * compare's paired CIs of the fairness deltas (shared/compare/fairness-deltas.ts): the per-example
 * files carry the sensitive values (evaluate --sensitive), compare pairs the rows and bootstraps
 * head − baseline of every summary on the metric deltas' resamples.
 *
 * - Properties on small fixtures (binary, multiclass, regression): identical models give a delta
 *   of 0 with the CI [0, 0]; the point delta is head − baseline of the two reports exactly; the
 *   resamples are the metric deltas' (same seed, same draws).
 * - Fallback: per-example files without the sensitive values (older files) keep today's display,
 *   and the comparison and the PR report say why.
 * - Real data: COMPAS (ProPublica's filter), two "models", every summary's delta CI against pandas
 *   and NumPy given the resamples the project drew (fairness-deltas-reference.py), to 1e-12.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareFiles } from '../../shared/compare/compare-files.js';
import { readExamplesFile } from '../../shared/compare/examples-pairing.js';
import { renderExamplesFile, sensitiveExampleField } from '../../shared/formats/examples-file.js';
import { forEachPairedResample } from '../../shared/compare/significance.js';
import { cellCounter, rowPatterns } from '../../shared/compare/fairness-deltas.js';
import { fairnessColumnPlan } from '../../shared/model/fairness.js';
import { CLASS_STATS } from '../../shared/model/fairness-rates.js';
import { comparisonSchema, type Comparison, type FairnessComparison } from '../../shared/formats/comparison-format.js';
import { renderComparisonComment } from '../../shared/report/comparison-comment.js';
import { evaluate, type EvaluateOptions } from '../../shared/steps/evaluate.js';
import { sharedFile } from '../support/shared-workspace.js';

/** A small deterministic generator (LCG), so the fixtures need no library. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const dir = mkdtempSync(join(tmpdir(), 'fairness-deltas-'));

/** Writes a CSV and evaluates it twice (head, baseline); returns the two report paths. */
async function evaluatePair(name: string, csv: string, common: Partial<EvaluateOptions>, head: Partial<EvaluateOptions>, base: Partial<EvaluateOptions>): Promise<{ head: string; base: string }> {
  const file = join(dir, `${name}.csv`);
  writeFileSync(file, csv);
  const h = join(dir, name, 'head', 'evaluation.json');
  const b = join(dir, name, 'base', 'evaluation.json');
  await evaluate({ predictions: file, label: 'label', id: 'id', resamples: 20, out: h, ...common, ...head } as EvaluateOptions);
  await evaluate({ predictions: file, label: 'label', id: 'id', resamples: 20, out: b, ...common, ...base } as EvaluateOptions);
  return { head: h, base: b };
}

function binaryCsv(n: number): string {
  const r = lcg(11);
  const lines = ['id,label,score,head,base,grp,region'];
  for (let i = 0; i < n; i++) {
    const g = r() < 0.05 ? '' : ['A', 'B', 'C'][Math.floor(r() * 3)]!;
    const y = r() < (g === 'A' ? 0.4 : 0.3) ? 1 : 0;
    const score = Math.min(1, Math.max(0, 0.3 * y + 0.7 * r()));
    const head = score > 0.45 ? 1 : 0;
    const base = r() < 0.8 ? head : 1 - head;
    lines.push(`r${i},${y},${score},${head},${base},${g},${r() < 0.5 ? 'north' : 'south'}`);
  }
  return `${lines.join('\n')}\n`;
}

function multiclassCsv(n: number): string {
  const r = lcg(23);
  const lines = ['id,label,head,base,grp'];
  for (let i = 0; i < n; i++) {
    const y = ['cat', 'dog', 'fox'][Math.floor(r() * 3)]!;
    const head = r() < 0.7 ? y : ['cat', 'dog', 'fox'][Math.floor(r() * 3)]!;
    const base = r() < 0.6 ? y : ['cat', 'dog', 'fox'][Math.floor(r() * 3)]!;
    lines.push(`${i},${y},${head},${base},${r() < 0.5 ? 'x' : 'y'}`);
  }
  return `${lines.join('\n')}\n`;
}

function regressionCsv(n: number): string {
  const r = lcg(37);
  const lines = ['id,label,head,base,grp'];
  for (let i = 0; i < n; i++) {
    const g = r() < 0.5 ? 'p' : 'q';
    const y = 10 * r();
    lines.push(`${i},${y},${y + (g === 'p' ? 1 : 0.2) * (r() - 0.5)},${y + (r() - 0.5)},${g}`);
  }
  return `${lines.join('\n')}\n`;
}

const SIG = { resamples: 200, seed: 7, confidence: 0.95 };

const summariesOf = (c: Comparison): FairnessComparison[] => c.fairness ?? [];

/** Every summary of both reports is compared, the point delta is head − baseline exactly. */
function checkPointDeltas(c: Comparison): number {
  let tested = 0;
  for (const f of summariesOf(c)) {
    for (const m of f.summaries) {
      if (m.head === null || m.baseline === null) continue;
      expect(m.delta, `${f.column} ${m.name}`).toBe(m.head - m.baseline);
      if (m.delta_ci) {
        tested++;
        expect(m.delta_ci[0]).toBeLessThanOrEqual(m.delta_ci[1]);
        expect(m.label).not.toBe('not_tested');
      }
    }
  }
  return tested;
}

describe('compare: paired CIs of the fairness deltas', () => {
  let binary: { head: string; base: string };
  let same: { head: string; base: string };
  beforeAll(async () => {
    const csv = binaryCsv(600);
    binary = await evaluatePair('binary', csv, { task: 'binary', prediction: undefined, sensitive: ['grp', 'region'], minGroupSize: 20 }, { prediction: 'head' }, { prediction: 'base' });
    same = await evaluatePair('same', csv, { task: 'binary', sensitive: ['grp'], minGroupSize: 20 }, { score: ['score'], threshold: 0.45 }, { prediction: 'head' });
  });

  it('evaluate writes each row\'s sensitive values into the per-example file, null where missing', () => {
    const lines = gunzipSync(readFileSync(binary.head.replace(/\.json$/, '.examples.jsonl.gz'))).toString('utf8').trim().split('\n');
    const rows = lines.map((l) => JSON.parse(l) as { id: string; sensitive: Record<string, string | null> });
    expect(rows).toHaveLength(600);
    expect(Object.keys(rows[0]!.sensitive)).toEqual(['grp', 'region']);
    expect(rows.some((r) => r.sensitive.grp === null)).toBe(true);
    expect(new Set(rows.map((r) => r.sensitive.grp))).toEqual(new Set(['A', 'B', 'C', null]));
  });

  it('binary: every summary gets a paired delta CI and a label; the point delta is head − baseline exactly', async () => {
    const c = await compareFiles({ head: binary.head, baseline: binary.base, significance: SIG });
    expect(comparisonSchema.parse(c)).toEqual(c);
    expect(c.significance.tested).toBe(true);
    expect(summariesOf(c).map((f) => [f.column, f.delta_not_tested])).toEqual([
      ['grp', null],
      ['region', null],
    ]);
    expect(checkPointDeltas(c)).toBe(12);
    const md = renderComparisonComment(c, { model: 'm', baseline: { kind: 'file', file: 'base.json' } });
    expect(md).toContain('| sensitive column · class | summary | head | baseline | Δ | CI | significance | rule |');
    expect(md).toMatch(/\| grp · 1 \| equalized\\_odds\\_difference \| [^|]+ \| [^|]+ \| [^|]+ \| Δ \[[^\]]+\] \| (improvement|\*\*regression\*\*|within noise) \|/);
    expect(md).toContain('paired bootstrap intervals of the delta');
  });

  it('identical models (a score over the threshold, and the same predictions as a column): delta 0, CI [0, 0]', async () => {
    const c = await compareFiles({ head: same.head, baseline: same.base, significance: SIG });
    const f = summariesOf(c)[0]!;
    expect(f.delta_not_tested).toBeNull();
    expect(f.summaries.length).toBe(6);
    for (const m of f.summaries) {
      expect([m.name, m.delta, m.delta_ci, m.label]).toEqual([m.name, 0, [0, 0], 'within_noise']);
    }
  });

  it("draws the metric deltas' resamples: accuracy's delta CI recomputed from forEachPairedResample's draws matches", async () => {
    const c = await compareFiles({ head: binary.head, baseline: binary.base, significance: SIG });
    // The fixture's rows in file order (= paired order): accuracy delta per resample from the draws.
    const rows = binaryCsv(600).trim().split('\n').slice(1).map((l) => l.split(','));
    const diff = rows.map((r) => (r[3] === r[1] ? 1 : 0) - (r[4] === r[1] ? 1 : 0));
    const stats: number[] = [];
    forEachPairedResample(600, SIG.resamples, SIG.seed, (_r, w) => {
      let s = 0;
      for (let i = 0; i < 600; i++) s += w[i]! * diff[i]!;
      stats.push(s / 600);
    });
    stats.sort((a, b) => a - b);
    const q = (p: number) => {
      const h = (stats.length - 1) * p;
      const lo = Math.floor(h);
      return stats[lo]! + (h - lo) * (stats[Math.min(lo + 1, stats.length - 1)]! - stats[lo]!);
    };
    const acc = c.metrics.find((m) => m.name === 'accuracy')!;
    expect(acc.delta_ci![0]).toBeCloseTo(q(0.025), 12);
    expect(acc.delta_ci![1]).toBeCloseTo(q(0.975), 12);
    // A different seed moves the fairness CIs (they read it) but not the point deltas.
    const c2 = await compareFiles({ head: binary.head, baseline: binary.base, significance: { ...SIG, seed: 8 } });
    const dpd = (x: Comparison) => summariesOf(x)[0]!.summaries.find((m) => m.name === 'demographic_parity_difference')!;
    expect(dpd(c).delta_ci).not.toEqual(dpd(c2).delta_ci);
    expect(dpd(c).delta).toBe(dpd(c2).delta);
  });

  it('the resample shortcut (rows collapsed into group × label × head × baseline cells) gives classificationGroupStats\' counts exactly', () => {
    const r = lcg(5);
    for (const k of [1, 3]) {
      const n = 3000;
      const codes = Int32Array.from({ length: n }, () => (r() < 0.1 ? -1 : Math.floor(r() * 4)));
      const col = { column: 'g', values: ['a', 'b', 'c', 'd'], codes };
      const cls = (): Int32Array => Int32Array.from({ length: n }, () => Math.floor(r() * (k === 1 ? 2 : k)));
      const [y, ph, pb] = [cls(), cls(), cls()];
      const outcomes = (pred: Int32Array) => ({
        kind: 'classification' as const,
        outcomes: Array.from({ length: k }, (_, c) => {
          const hit = (a: Int32Array) => Uint8Array.from(a, (x) => (k === 1 ? x : x === c ? 1 : 0));
          return { positiveClass: c, y: hit(y), pred: hit(pred), score: Float64Array.from({ length: n }, () => r()) };
        }),
      });
      const ho = outcomes(ph);
      const bo = outcomes(pb);
      const hp = fairnessColumnPlan(ho, col, { minGroupSize: 1, boot: null }, 'h');
      const bp = fairnessColumnPlan(bo, col, { minGroupSize: 1, boot: null }, 'b');
      const patterns = rowPatterns(ho, bo)!;
      // A second column, so the joint key (both columns' groups × pattern) is exercised too.
      const other = fairnessColumnPlan(ho, { column: 'o', values: ['x', 'y'], codes: Int32Array.from({ length: n }, () => (r() < 0.5 ? 0 : 1)) }, { minGroupSize: 1, boot: null }, 'o');
      const joint = cellCounter(patterns, [hp, other])!;
      const single = cellCounter(patterns, [hp])!;
      forEachPairedResample(n, 5, 3, (_r, w) => {
        const [h, b] = patterns.finish(joint(w)[0]!, hp.groups);
        expect(patterns.finish(single(w)[0]!, hp.groups)).toEqual([h, b]);
        expect(Array.from(patterns.finish(joint(w)[1]!, other.groups)[0]!).filter((_, i) => i % CLASS_STATS !== 5)).toEqual(Array.from(other.summarize(w)).filter((_, i) => i % CLASS_STATS !== 5));
        const h2 = hp.summarize(w);
        const b2 = bp.summarize(w);
        // Every count but the score sum (slot 5), which no summary reads.
        for (let i = 0; i < h.length; i++) if (i % CLASS_STATS !== 5) expect([h[i], b[i]]).toEqual([h2[i], b2[i]]);
        for (const key of Object.keys(hp.plan.finishers)) expect(hp.plan.finishers[key]!(h)).toBe(hp.plan.finishers[key]!(h2));
      });
    }
  });

  it('older per-example files without the sensitive values: today\'s display, and the report says why', async () => {
    // Rewrite the baseline's file as evaluate wrote it before: no "sensitive" member (report's SHA-256 updated).
    const oldBase = join(dir, 'old', 'evaluation.json');
    const ex = binary.base.replace(/\.json$/, '.examples.jsonl.gz');
    const text = gunzipSync(readFileSync(ex)).toString('utf8');
    const stripped = text
      .trim()
      .split('\n')
      .map((l) => {
        const o = JSON.parse(l) as Record<string, unknown>;
        delete o.sensitive;
        return JSON.stringify(o);
      })
      .join('\n');
    const gz = gzipSync(`${stripped}\n`);
    const report = JSON.parse(readFileSync(binary.base, 'utf8')) as { examples: { sha256: string; file: string } };
    report.examples.sha256 = createHash('sha256').update(gz).digest('hex');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'old'), { recursive: true });
    writeFileSync(join(dir, 'old', report.examples.file), gz);
    writeFileSync(oldBase, JSON.stringify(report));

    const c = await compareFiles({ head: binary.head, baseline: oldBase, significance: SIG });
    expect(c.significance.tested).toBe(true); // the metrics are still paired
    for (const f of summariesOf(c)) {
      expect(f.delta_not_tested).toBe("the baseline's per-example file does not have the column's values (written before evaluate kept the sensitive columns in it); re-run evaluate with --sensitive to test the deltas");
      for (const m of f.summaries) {
        expect([m.delta_ci, m.label]).toEqual([null, 'not_tested']);
        expect(m.head_ci).not.toBeNull();
      }
    }
    const md = renderComparisonComment(c, { model: 'm', baseline: { kind: 'file', file: 'base.json' } });
    expect(md).toContain("_Fairness deltas of grp, region not paired-tested: the baseline's per-example file does not have the column's values");
    expect(md).toMatch(/\| grp · 1 \| demographic\\_parity\\_difference \| [^|]+ \| [^|]+ \| [^|]+ \| head \[/);
  });

  it('column names and values are JSON-escaped in the file (user data)', async () => {
    const field = sensitiveExampleField([{ column: 'a"b\\c\n', values: ['x"y', '</script>'], codes: Int32Array.from([0, -1, 1]) }])!;
    const buf = await renderExamplesFile({ rows: 3, fields: [{ key: 'label', kind: 'number', values: Float64Array.from([1, 0, 1]) }, field] });
    const rows = gunzipSync(buf).toString('utf8').trim().split('\n').map((l) => JSON.parse(l) as { sensitive: Record<string, string | null> });
    expect(rows.map((r) => r.sensitive['a"b\\c\n'])).toEqual(['x"y', null, '</script>']);
  });

  it('a broken "sensitive" member is an input error naming the file and line', async () => {
    const write = (name: string, lines: string[]) => {
      const f = join(dir, name);
      writeFileSync(f, gzipSync(`${lines.join('\n')}\n`));
      return f;
    };
    const partial = write('partial.jsonl.gz', ['{"id":0,"label":1,"sensitive":{"g":"a"}}', '{"id":1,"label":0}']);
    await expect(readExamplesFile(partial)).rejects.toThrow(/"sensitive" has "g" on 1 of 2 rows/);
    const notObject = write('not-object.jsonl.gz', ['{"id":0,"label":1,"sensitive":{"g":"a"}}', '{"id":1,"label":0,"sensitive":5}']);
    await expect(readExamplesFile(notObject)).rejects.toThrow(/"sensitive" is not an object/);
    const number = write('number.jsonl.gz', ['{"id":0,"label":1,"sensitive":{"g":3}}']);
    await expect(readExamplesFile(number)).rejects.toThrow(/"sensitive" value of "g" is not text or null/);
    // Column names are data: "__proto__" and "constructor" are columns like any other.
    const odd = write('odd.jsonl.gz', ['{"id":0,"label":1,"sensitive":{"__proto__":"x","constructor":null}}', '{"id":1,"label":0,"sensitive":{"__proto__":"y","constructor":"z"}}']);
    const rows = await readExamplesFile(odd);
    expect([...rows.sensitive!]).toEqual([
      ['__proto__', ['x', 'y']],
      ['constructor', [null, 'z']],
    ]);
  });

  it('no baseline per-example data at all: not tested, with the significance reason', async () => {
    const c = await compareFiles({ head: binary.head, baseline: binary.base, significance: { ...SIG, resamples: 0 } });
    expect(summariesOf(c).map((f) => f.delta_not_tested)).toEqual(['significance.resamples is 0', 'significance.resamples is 0']);
  });

  it('multiclass (one-vs-rest per class) and regression: paired, identical models give [0, 0]', async () => {
    const mc = await evaluatePair('multiclass', multiclassCsv(900), { task: 'multiclass', sensitive: ['grp'], minGroupSize: 20 }, { prediction: 'head' }, { prediction: 'base' });
    const c = await compareFiles({ head: mc.head, baseline: mc.base, significance: SIG });
    expect(summariesOf(c).map((f) => [f.column, f.positive_class, f.delta_not_tested])).toEqual([
      ['grp', 'cat', null],
      ['grp', 'dog', null],
      ['grp', 'fox', null],
    ]);
    expect(checkPointDeltas(c)).toBe(18);
    const mcSame = await compareFiles({ head: mc.head, baseline: mc.head, significance: SIG });
    for (const f of summariesOf(mcSame)) for (const m of f.summaries) expect([m.delta, m.delta_ci]).toEqual([0, [0, 0]]);

    const rg = await evaluatePair('regression', regressionCsv(500), { task: 'regression', sensitive: ['grp'], minGroupSize: 20 }, { prediction: 'head' }, { prediction: 'base' });
    const r = await compareFiles({ head: rg.head, baseline: rg.base, significance: SIG });
    expect(summariesOf(r)[0]!.delta_not_tested).toBeNull();
    expect(checkPointDeltas(r)).toBe(3);
    // The head's MAE gap (1 vs 0.2 noise between groups) against the baseline's (none): a clear regression.
    expect(summariesOf(r)[0]!.summaries.find((m) => m.name === 'mae_max_gap')!.label).toBe('regression');
    const rSame = await compareFiles({ head: rg.base, baseline: rg.base, significance: SIG });
    for (const m of summariesOf(rSame)[0]!.summaries) expect([m.delta, m.delta_ci]).toEqual([0, [0, 0]]);
  });
});

const { path: compas, absent } = sharedFile('realdata/fairness/compas-violent/compas-scores-two-years-violent.csv', 'the COMPAS fairness delta reference check');
const PYTHON = '/usr/bin/python3';
const noPandas = !absent && (!existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import pandas, numpy'], { encoding: 'utf8' }).status !== 0);
if (noPandas) console.warn(`skipping the COMPAS fairness delta reference check: ${PYTHON} with pandas and NumPy is not available`);

interface RefDelta {
  head: number;
  baseline: number;
  delta: number;
  lower: number;
  upper: number;
  invalid: number;
}

describe.skipIf(absent || noPandas)('compare: fairness delta CIs on COMPAS against pandas and NumPy', () => {
  const SCRIPT = join(import.meta.dirname, 'fairness-deltas-reference.py');
  const predictions = join(dir, 'compas.csv');

  it('every summary of race, sex and age_cat: head, baseline, delta and the paired 95% CI equal to 1e-12', async () => {
    const prep = spawnSync(PYTHON, [SCRIPT, 'prepare', compas, predictions], { encoding: 'utf8' });
    if (prep.status !== 0) throw new Error(`fairness-deltas-reference.py prepare failed: ${prep.stderr}`);
    const common = { predictions, task: 'binary' as const, label: 'label', id: 'id', sensitive: ['race', 'sex', 'age_cat'], minGroupSize: 30, resamples: 0 };
    const head = join(dir, 'compas', 'head', 'evaluation.json');
    const base = join(dir, 'compas', 'base', 'evaluation.json');
    await evaluate({ ...common, prediction: 'head', out: head });
    await evaluate({ ...common, prediction: 'base', out: base });
    const c = await compareFiles({ head, baseline: base, significance: SIG });
    expect(c.significance.paired_rows).toBe(4020);

    // The resamples the project drew (paired-row order = the file's order, both files list the rows alike).
    const counts = new Uint32Array(SIG.resamples * 4020);
    forEachPairedResample(4020, SIG.resamples, SIG.seed, (r, w) => counts.set(w, r * 4020));
    const countsFile = join(dir, 'compas-counts.u32');
    writeFileSync(countsFile, Buffer.from(counts.buffer));
    const run = spawnSync(PYTHON, [SCRIPT, 'deltas', predictions, countsFile, String(SIG.resamples), '30', String(SIG.confidence)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) throw new Error(`fairness-deltas-reference.py deltas failed: ${run.stderr}`);
    const ref = JSON.parse(run.stdout) as Record<string, Record<string, RefDelta>>;

    let worst = 0;
    const near = (ours: number | null, theirs: number, what: string) => {
      expect(ours, what).not.toBeNull();
      const d = Math.abs(ours! - theirs);
      worst = Math.max(worst, d);
      expect(d, `${what}: ours ${ours}, pandas ${theirs}`).toBeLessThanOrEqual(1e-12);
    };
    const lines: string[] = [];
    for (const f of summariesOf(c)) {
      expect(f.delta_not_tested).toBeNull();
      for (const m of f.summaries) {
        const r = ref[f.column]![m.name]!;
        near(m.head, r.head, `${f.column} ${m.name} head`);
        near(m.baseline, r.baseline, `${f.column} ${m.name} baseline`);
        near(m.delta, r.delta, `${f.column} ${m.name} delta`);
        near(m.delta_ci?.[0] ?? null, r.lower, `${f.column} ${m.name} lower`);
        near(m.delta_ci?.[1] ?? null, r.upper, `${f.column} ${m.name} upper`);
        expect(m.delta_ci_invalid).toBe(r.invalid);
        lines.push(`${f.column} ${m.name}: ${m.head!.toFixed(4)} vs ${m.baseline!.toFixed(4)}, Δ ${m.delta!.toFixed(4)} [${m.delta_ci![0].toFixed(4)}, ${m.delta_ci![1].toFixed(4)}] ${m.label}`);
      }
    }
    expect(lines).toHaveLength(18);
    console.log(`COMPAS fairness deltas (head decile ≥ 5 vs baseline decile ≥ 7, ${SIG.resamples} paired resamples), largest difference from pandas ${worst.toExponential(2)}:\n${lines.join('\n')}`);
  }, 120_000);
});
