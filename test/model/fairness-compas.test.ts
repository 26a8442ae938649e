/**
 * The fairness section against the definitions, on real data: ProPublica's COMPAS violent-recidivism
 * file (../shared/realdata/fairness/compas-violent/, ProPublica's filter: 4,020 defendants), score =
 * v_decile_score / 10, prediction = high risk (decile ≥ 5, as ProPublica grouped Medium and High),
 * label = two_year_recid. fairness-compas-reference.py computes every group rate and every summary
 * with pandas alone, from the definitions (Fairlearn's, between groups, worst case), with Debian's
 * /usr/bin/python3; ours must equal them to 1e-12.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FairnessColumn } from '../../shared/formats/evaluation-format.js';
import { evaluate } from '../../shared/steps/evaluate.js';
import { sharedFile } from '../support/shared-workspace.js';

const { path: source, absent } = sharedFile('realdata/fairness/compas-violent/compas-scores-two-years-violent.csv', 'the COMPAS fairness reference check');
const PYTHON = '/usr/bin/python3';
const noPandas = !absent && (!existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' }).status !== 0);
if (noPandas) console.warn(`skipping the COMPAS fairness reference check: ${PYTHON} with pandas is not available`);

const SENSITIVE = ['race', 'sex', 'age_cat'];
const MIN_GROUP_SIZE = 30;
const RATES = ['selection_rate', 'tpr', 'fpr', 'fnr', 'precision', 'base_rate', 'mean_score'] as const;
const COUNTS = ['rows', 'positives', 'predicted_positives'] as const;

interface Reference {
  rows: number;
  columns: Record<string, { groups: Record<string, Record<string, number | null>>; skipped: Record<string, number>; summaries: Record<string, number> }>;
}

describe.skipIf(absent || noPandas)('fairness on COMPAS (ProPublica) against pandas', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fairness-compas-'));
  const predictions = join(dir, 'predictions.csv');
  const run = spawnSync(PYTHON, [join(import.meta.dirname, 'fairness-compas-reference.py'), source, predictions, String(MIN_GROUP_SIZE)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`fairness-compas-reference.py failed: ${run.stderr}`);
  const reference = JSON.parse(run.stdout) as Reference;

  /** Every rate and summary of `columns` against the reference; returns the largest absolute difference. */
  function check(columns: FairnessColumn[]): number {
    let worst = 0;
    const near = (ours: number | null, theirs: number | null, what: string) => {
      if (theirs === null) return expect(ours, what).toBeNull();
      expect(ours, what).not.toBeNull();
      const d = Math.abs(ours! - theirs);
      worst = Math.max(worst, d);
      expect(d, `${what}: ours ${ours}, pandas ${theirs}`).toBeLessThanOrEqual(1e-12);
    };
    expect(columns.map((c) => c.column)).toEqual(SENSITIVE);
    for (const c of columns) {
      const ref = reference.columns[c.column]!;
      expect(Object.fromEntries(c.skipped_groups.map((s) => [s.value, s.rows]))).toEqual(ref.skipped);
      expect(c.outcomes).toHaveLength(1);
      const o = c.outcomes[0]!;
      if (o.kind !== 'classification') throw new Error('expected a classification outcome');
      expect(o.positive_class).toBe(1);
      expect(o.groups.map((g) => g.value)).toEqual(Object.keys(ref.groups));
      for (const g of o.groups) {
        const r = ref.groups[g.value!]!;
        for (const k of COUNTS) expect(g[k], `${c.column}=${g.value} ${k}`).toBe(r[k]);
        for (const k of RATES) near(g[k], r[k]!, `${c.column}=${g.value} ${k}`);
      }
      expect(Object.keys(o.summaries).sort()).toEqual(Object.keys(ref.summaries).sort());
      for (const [k, v] of Object.entries(ref.summaries)) near(o.summaries[k]!.value, v, `${c.column} ${k}`);
      expect(o.four_fifths).toEqual({ threshold: 0.8, ratio: ref.summaries.disparate_impact_ratio, pass: ref.summaries.disparate_impact_ratio! >= 0.8 });
    }
    return worst;
  }

  it('ProPublica filter keeps 4,020 defendants; small race groups are left out and listed', () => {
    expect(reference.rows).toBe(4020);
    expect(reference.columns.race!.skipped).toEqual({ Asian: 26, 'Native American': 7 });
  });

  it('every group rate and summary equals pandas to 1e-12 (prediction column high_risk)', async () => {
    const { report } = await evaluate({
      predictions,
      task: 'binary',
      label: 'label',
      prediction: 'high_risk',
      score: ['score'],
      sensitive: SENSITIVE,
      minGroupSize: MIN_GROUP_SIZE,
      resamples: 50,
    });
    expect(report.rows).toBe(4020);
    const worst = check(report.fairness!.columns);
    console.log(`COMPAS fairness vs pandas: max |ours − pandas| = ${worst.toExponential(2)} over ${SENSITIVE.length} columns`);
    // COMPAS on race fails the four-fifths rule by a wide margin: the point ProPublica made.
    expect(report.fairness!.columns[0]!.outcomes[0]!.kind === 'classification' && report.fairness!.columns[0]!.outcomes[0]!.four_fifths!.pass).toBe(false);
    // CIs bracket the point values.
    for (const c of report.fairness!.columns) {
      for (const m of Object.values(c.outcomes[0]!.summaries)) {
        expect(m.ci![0]).toBeLessThanOrEqual(m.value + 1e-12);
        expect(m.ci![1]).toBeGreaterThanOrEqual(m.value - 1e-12);
      }
    }
  });

  it('the same numbers when the prediction is the score thresholded as evaluate does (score > 0.45)', async () => {
    const { report } = await evaluate({ predictions, task: 'binary', label: 'label', score: ['score'], threshold: 0.45, sensitive: SENSITIVE, minGroupSize: MIN_GROUP_SIZE, resamples: 0 });
    check(report.fairness!.columns);
    expect(report.fairness!.columns[0]!.outcomes[0]!.summaries.demographic_parity_difference!.ci).toBeUndefined();
  });
});
