/**
 * summarizeBinary's span loops (index.ts: untied spans, tie-group spans, span ends at ECE bins, at
 * the cut and every 4,096 rows), which the bootstrap runs once per resample with byte counts:
 * - bit for bit the plain loop (summarizeBinaryGeneral) on the same weights;
 * - the metrics of the materialised resample (each row copied as often as it was drawn): ours,
 *   unweighted, on the copy, and scikit-learn's on the copy through Debian's /usr/bin/python3
 *   (skipped with a printed reason when it or scikit-learn is missing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BINARY_FROM_SUMMARY,
  binaryEvaluation,
  computeMetrics,
  resampleSeed,
  summarizeBinary,
  summarizeBinaryGeneral,
  Xoshiro128,
  type BinaryEvaluation,
  type MetricName,
} from '../../../shared/model/metrics/index.js';

const PYTHON = '/usr/bin/python3';
const noSklearn = !existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import sklearn, numpy'], { encoding: 'utf8' }).status !== 0;
if (noSklearn) console.warn(`skipping the scikit-learn check of materialised resamples: ${PYTHON} with scikit-learn is not available`);

/**
 * 10,000 rows: 8,000 scores above 0.5 continuous (long untied runs, a few exact duplicates making
 * short tie groups inside them below 0.7), 2,000 up to 0.5 rounded to 2 digits (tie groups of ~40 rows).
 */
function mixed(): { y: Uint8Array; p: Float64Array } {
  const n = 10_000;
  const rng = new Xoshiro128(2024);
  const y = new Uint8Array(n);
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = rng.nextUint32() / 2 ** 32;
    const high = i % 5 !== 0;
    y[i] = rng.nextUint32() / 2 ** 32 < (high ? 0.6 : 0.2) ? 1 : 0;
    p[i] = high ? 0.5 + 0.5 * u + 1e-9 : Math.round(0.5 * u * 100) / 100;
  }
  for (let i = 2; i < 400; i += 20) if (p[i - 1]! < 0.7) p[i] = p[i - 1]!; // ties among the continuous scores below the cut
  return { y, p };
}

const NAMES = Object.keys(BINARY_FROM_SUMMARY) as MetricName[];
const { y, p } = mixed();
// Two ECE bins, so that the 4,800 rows above the cut (0.7) form one bin's stretch longer than a span.
const OPTIONS = { threshold: 0.7, eceBins: 2 };
const data = binaryEvaluation(y, p, OPTIONS);
const counts = [0, 1, 2, 3].map((b) => {
  const c = new Uint8Array(data.length);
  new Xoshiro128(resampleSeed(99, b)).drawCounts(c);
  return c;
});

/** The resample's rows copied out, in prepared (rank) order. */
function materialise(d: BinaryEvaluation, c: Uint8Array): { y: number[]; p: number[] } {
  const ys: number[] = [];
  const ps: number[] = [];
  for (let r = 0; r < d.length; r++) {
    for (let k = 0; k < c[r]!; k++) {
      ys.push(d.ranked.positive[r]!);
      ps.push(d.ranked.score[r]!);
    }
  }
  return { y: ys, p: ps };
}

describe('summarizeBinary span by span', () => {
  it('the data exercises both loops and spans cut at bins, the threshold and 4,096 rows', () => {
    const kinds = new Set(data.spanTied);
    expect(kinds).toEqual(new Set([0, 1]));
    expect(data.spanEnd[data.spanEnd.length - 1]).toBe(data.length);
    expect(data.spanEnd).toContain(data.cut);
    let longest = 0;
    for (let s = 0, start = 0; s < data.spanEnd.length; start = data.spanEnd[s++]!) longest = Math.max(longest, data.spanEnd[s]! - start);
    expect(longest).toBe(4096);
  });

  it('equals the plain loop bit for bit, on resample counts and on all-1 weights', () => {
    for (const c of counts) expect(summarizeBinary(data, c)).toEqual(summarizeBinaryGeneral(data, c));
    expect(summarizeBinary(data)).toEqual(summarizeBinaryGeneral(data, new Float64Array(data.length).fill(1)));
    // Scores with no ties at all (one untied span per bin) and with nothing but ties.
    const untied = binaryEvaluation(y, Float64Array.from(p, (v, i) => 0.25 + v / 2 + i * 1e-12));
    const tied = binaryEvaluation(y, Float64Array.from(p, (v) => Math.round(v * 10) / 10));
    for (const d of [untied, tied]) expect(summarizeBinary(d, counts[0])).toEqual(summarizeBinaryGeneral(d, counts[0]!));
  });

  it('gives every binary metric of the materialised resample', () => {
    for (const c of counts) {
      const s = summarizeBinary(data, c);
      const copy = materialise(data, c);
      const direct = computeMetrics(binaryEvaluation(copy.y, copy.p, OPTIONS));
      for (const name of NAMES) expect(Math.abs(BINARY_FROM_SUMMARY[name]!(s) - direct[name]!), name).toBeLessThan(1e-12);
    }
  });

  it.skipIf(noSklearn)('gives scikit-learn’s metrics of the materialised resample', () => {
    const script = [
      'import json, sys',
      'import numpy as np',
      'from sklearn import metrics as m',
      'd = json.load(sys.stdin)',
      'y0 = np.array(d["y"]); p0 = np.array(d["p"]); out = []',
      'for c in d["counts"]:',
      '    y = np.repeat(y0, c); p = np.repeat(p0, c); pred = (p > 0.7).astype(int)',
      '    out.append({"roc_auc": m.roc_auc_score(y, p), "average_precision": m.average_precision_score(y, p),',
      '        "log_loss": m.log_loss(y, p, labels=[0, 1]), "brier": m.brier_score_loss(y, p),',
      '        "accuracy": m.accuracy_score(y, pred), "balanced_accuracy": m.balanced_accuracy_score(y, pred),',
      '        "precision": m.precision_score(y, pred), "recall": m.recall_score(y, pred), "f1": m.f1_score(y, pred),',
      '        "f1_macro": m.f1_score(y, pred, average="macro"), "precision_weighted": m.precision_score(y, pred, average="weighted")})',
      'print(json.dumps(out))',
    ].join('\n');
    const input = JSON.stringify({ y: Array.from(data.ranked.positive), p: Array.from(data.ranked.score), counts: counts.map((c) => Array.from(c)) });
    const run = spawnSync(PYTHON, ['-c', script], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(run.status, run.stderr).toBe(0);
    const want = JSON.parse(run.stdout) as Record<string, number>[];
    counts.forEach((c, b) => {
      const s = summarizeBinary(data, c);
      for (const [name, value] of Object.entries(want[b]!)) expect(Math.abs(BINARY_FROM_SUMMARY[name as MetricName]!(s) - value), `${name}, resample ${b}`).toBeLessThan(1e-12);
    });
  });
});
