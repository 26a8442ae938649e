/**
 * Paired bootstrap CIs of the fairness deltas: for each sensitive column both reports have, each
 * fairness summary of the head minus the baseline's, on the same resampled rows.
 *
 * - Rows: both per-example files, paired by id (examples-pairing.ts). Each row's sensitive values
 *   come from the files' `"sensitive"` member (evaluate --sensitive writes it); the two files must
 *   agree on them, as they must on the labels.
 * - Each side's outcomes are rebuilt from its rows as evaluate built them (task-blocks.ts): binary,
 *   the positive class and the predicted label (the prediction, else score > threshold); multiclass,
 *   one-vs-rest per class; regression, the target and prediction. The groups and summaries are
 *   fairness.ts's own (fairnessColumnPlan), with each report's minimum group size, so the point
 *   values are the reports' values exactly; a file that does not reproduce its report's value is
 *   not tested, with the reason.
 * - Resamples: significance.ts's forEachPairedResample, so one seed gives the fairness deltas the
 *   resamples of the metric deltas; the interval is the percentile interval of head − baseline
 *   (NumPy "linear" quantiles), resamples on which either side's summary is undefined dropped and
 *   counted.
 * - Cost: classification resamples count the draws per (group of each column, label, head and
 *   baseline prediction) cell in one pass over the rows for all columns (cellCounter), not a
 *   group-sum pass per column and side. 1,000,980 binary rows (COMPAS × 249), three sensitive
 *   columns, 200 resamples, 2-core machine under load, CPU seconds (user + sys) of the whole compare:
 *   16.1–19.2 s without sensitive values, 44.9 s with them reading rows per column and side, 31.4 s
 *   with the cells; the rest is mostly reading the larger per-example files.
 * - A column without values in either file (a file evaluate wrote before it kept them, or without
 *   that --sensitive column) is not tested, with the reason: compare shows each side's own CI then.
 */
import type { EvaluationReport } from '../formats/evaluation-format.js';
import { fairnessColumnPlan, oneVsRestOutcomes, type ColumnPlan, type FairnessOutcomes, type SensitiveColumn } from '../model/fairness.js';
import { CLASS_STATS } from '../model/fairness-rates.js';
import { argmaxClasses } from '../model/task-blocks.js';
import type { Label } from '../model/metrics/index.js';
import type { ExampleRows, PairedExamples } from './examples-pairing.js';
import { deltaInterval, forEachPairedResample, type DeltaInterval } from './significance.js';

export interface FairnessDeltaSettings {
  resamples: number;
  confidence: number;
  seed: number;
}

export interface FairnessDeltas {
  /** Per outcome (fairnessOutcomeKey) and summary: the paired interval of head − baseline. */
  intervals: Map<string, Map<string, DeltaInterval>>;
  /** Per sensitive column: why its deltas were not tested (absent: tested). */
  notTested: Map<string, string>;
}

/** One outcome of one sensitive column: the key compare pairs head and baseline outcomes by. */
export const fairnessOutcomeKey = (column: string, positiveClass: Label | null) => JSON.stringify([column, positiveClass]);

const textOf = (l: unknown) => JSON.stringify(l);

/** A side's fairness outcomes from its per-example rows, as evaluate computed them; or why not. */
export function outcomesFromRows(report: EvaluationReport, rows: ExampleRows, labels: readonly Label[]): FairnessOutcomes | string {
  const n = labels.length;
  if (report.task === 'regression') {
    if (!(rows.predictions instanceof Float64Array)) return 'its per-example file has no numeric predictions';
    return { kind: 'regression', outcome: { y: Float64Array.from(labels as number[]), pred: rows.predictions } };
  }
  const cls = report.classification;
  if (!cls || (report.task !== 'binary' && report.task !== 'multiclass')) return 'the report is not a binary, multiclass or regression evaluation of predictions';
  if (report.task === 'binary') {
    const pos = textOf(cls.pos_label);
    const y = Uint8Array.from(labels, (l) => (textOf(l) === pos ? 1 : 0));
    let pred: Uint8Array;
    if (cls.predicted_from === 'prediction') {
      if (!rows.predictions) return 'its per-example file has no predictions';
      pred = Uint8Array.from(rows.predictions as ArrayLike<Label>, (p) => (textOf(p) === pos ? 1 : 0));
    } else {
      if (!rows.score) return 'its per-example file has no scores';
      const threshold = cls.threshold ?? 0.5;
      pred = Uint8Array.from(rows.score, (s) => (s > threshold ? 1 : 0));
    }
    return { kind: 'classification', outcomes: [{ positiveClass: cls.pos_label!, y, pred, score: rows.score }] };
  }
  const classes = cls.classes;
  const k = classes.length;
  const index = new Map(classes.map((c, i) => [textOf(c), i] as const));
  const y = Int32Array.from(labels, (l) => index.get(textOf(l)) ?? -1);
  const proba = rows.scores && rows.width === k ? rows.scores : undefined;
  let pred: Int32Array;
  if (rows.predictions) pred = Int32Array.from(rows.predictions as ArrayLike<Label>, (p) => index.get(textOf(p)) ?? -1);
  else if (proba) pred = argmaxClasses(proba, n, k); // as evaluate
  else return 'its per-example file has no predictions';
  return oneVsRestOutcomes(classes, y, pred, proba);
}

/** A column's values as fairness.ts reads them: codes into the distinct texts, −1 for missing. */
function sensitiveColumn(column: string, values: ReadonlyArray<string | null>): SensitiveColumn {
  const dict = new Map<string, number>();
  const texts: string[] = [];
  const codes = new Int32Array(values.length);
  values.forEach((v, i) => {
    if (v === null) {
      codes[i] = -1;
      return;
    }
    let c = dict.get(v);
    if (c === undefined) {
      c = texts.length;
      dict.set(v, c);
      texts.push(v);
    }
    codes[i] = c;
  });
  return { column, values: texts, codes };
}

/** The first id whose value of `column` differs between the files, or undefined. */
function firstDifference(paired: PairedExamples, h: ReadonlyArray<string | null>, b: ReadonlyArray<string | null>): string | undefined {
  for (let i = 0; i < h.length; i++) {
    if (h[i] !== b[i]) return `id ${JSON.stringify(paired.ids[i])} has ${JSON.stringify(h[i])} in the head's per-example file but ${JSON.stringify(b[i])} in the baseline's`;
  }
  return undefined;
}

/** Above this many cells, or more than half the rows, the resamples read the rows directly. */
const MAX_CELLS = 1 << 16;

type Classes = Extract<FairnessOutcomes, { kind: 'classification' }>;

/**
 * Classification, both sides: a row's part in a column's group counts depends only on its group and
 * on its pattern (label, head's predicted class, baseline's predicted class), and the summaries read
 * only the counts (rows, positives, selected, true and false positives; not the score sum). So a
 * resample needs only how many draws fell on each group × pattern cell: binary has 8 patterns
 * (0/1 each), multiclass (k + 1)³ (a class, or none). The counts are the same integers as
 * classificationGroupStats sums, so the summaries are the same to the last bit.
 */
export interface Patterns {
  /** Values per position: 2 (binary) or k + 1. */
  v: number;
  /** v³ patterns. */
  count: number;
  /** Row i's pattern. */
  rows: Int32Array;
  /** Both sides' group counts (classificationGroupStats' layout) from one column's cell counts, `cells[g * count + pattern]`. */
  finish: (cells: Float64Array, groups: number) => [Float64Array, Float64Array];
}

export function rowPatterns(ho: Classes, bo: Classes): Patterns | undefined {
  const k = ho.outcomes.length;
  if (bo.outcomes.length !== k || k === 0) return undefined;
  const n = ho.outcomes[0]!.y.length;
  const binary = k === 1;
  const v = binary ? 2 : k + 1;
  const count = v * v * v;
  const valueOf = (ys: ReadonlyArray<Uint8Array>, i: number) => {
    if (binary) return ys[0]![i]!;
    for (let o = 0; o < k; o++) if (ys[o]![i]) return o;
    return k;
  };
  const labels = ho.outcomes.map((o) => o.y);
  const hp = ho.outcomes.map((o) => o.pred);
  const bp = bo.outcomes.map((o) => o.pred);
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = (valueOf(labels, i) * v + valueOf(hp, i)) * v + valueOf(bp, i);
  const finish = (cells: Float64Array, groups: number): [Float64Array, Float64Array] => {
    const head = new Float64Array(k * groups * CLASS_STATS);
    const base = new Float64Array(k * groups * CLASS_STATS);
    for (let c = 0; c < cells.length; c++) {
      const m = cells[c]!;
      if (m === 0) continue;
      const b = c % v;
      const h = Math.floor(c / v) % v;
      const y = Math.floor(c / (v * v)) % v;
      const g = Math.floor(c / count);
      for (let o = 0; o < k; o++) {
        const yi = binary ? y : y === o ? 1 : 0;
        const at = (o * groups + g) * CLASS_STATS;
        const ph = binary ? h : h === o ? 1 : 0;
        const pb = binary ? b : b === o ? 1 : 0;
        head[at] += m;
        head[at + 1] += m * yi;
        head[at + 2] += m * ph;
        head[at + 3] += m * (yi & ph);
        head[at + 4] += m * (ph & (1 - yi));
        base[at] += m;
        base[at + 1] += m * yi;
        base[at + 2] += m * pb;
        base[at + 3] += m * (yi & pb);
        base[at + 4] += m * (pb & (1 - yi));
      }
    }
    return [head, base];
  };
  return { v, count, rows, finish };
}

/**
 * Every column's cell counts of one resample from one pass over the rows: the rows are keyed by
 * (group of each column, pattern) jointly when that key space is small (one pass for all columns,
 * then each column's counts summed from the joint ones), else per column (one pass each).
 * Undefined when neither pays (more cells than half the rows).
 */
export function cellCounter(patterns: Patterns, columns: ReadonlyArray<{ codes: Int32Array; groups: number }>): ((w: Uint32Array) => Float64Array[]) | undefined {
  const n = patterns.rows.length;
  const P = patterns.count;
  const fits = (cells: number) => cells <= MAX_CELLS && cells * 2 <= n;
  let joint = P;
  for (const c of columns) joint *= c.groups;
  if (fits(joint)) {
    const key = Int32Array.from(patterns.rows);
    let stride = P;
    for (const c of columns) {
      for (let i = 0; i < n; i++) key[i] += c.codes[i]! * stride;
      stride *= c.groups;
    }
    const counts = new Float64Array(joint);
    return (w) => {
      counts.fill(0);
      for (let i = 0; i < n; i++) counts[key[i]!] += w[i]!;
      const out = columns.map((c) => new Float64Array(c.groups * P));
      for (let j = 0; j < joint; j++) {
        const m = counts[j]!;
        if (m === 0) continue;
        const pattern = j % P;
        let rest = Math.floor(j / P);
        columns.forEach((c, ci) => {
          const g = rest % c.groups;
          rest = Math.floor(rest / c.groups);
          out[ci]![g * P + pattern] += m;
        });
      }
      return out;
    };
  }
  if (!columns.every((c) => fits(c.groups * P))) return undefined;
  const keys = columns.map((c) => Int32Array.from(patterns.rows, (p, i) => c.codes[i]! * P + p));
  return (w) =>
    keys.map((key, ci) => {
      const counts = new Float64Array(columns[ci]!.groups * P);
      for (let i = 0; i < n; i++) counts[key[i]!] += w[i]!;
      return counts;
    });
}

const sameValue = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));

interface Job {
  key: string;
  name: string;
  head: (s: Float64Array) => number;
  base: (s: Float64Array) => number;
  estimate: number;
  stats: Float64Array;
}

/** Paired CIs of every fairness summary delta both reports have; see the module comment. */
export function fairnessDeltas(head: EvaluationReport, base: EvaluationReport, paired: PairedExamples, settings: FairnessDeltaSettings): FairnessDeltas {
  const out: FairnessDeltas = { intervals: new Map(), notTested: new Map() };
  const hf = head.fairness;
  const bf = base.fairness;
  if (!hf || !bf) return out;
  const baseColumns = new Map(bf.columns.map((c) => [c.column, c] as const));
  const columns = hf.columns.filter((c) => baseColumns.has(c.column));
  if (columns.length === 0) return out;
  const ho = outcomesFromRows(head, paired.head, paired.labels);
  const bo = outcomesFromRows(base, paired.base, paired.labels);
  if (typeof ho === 'string' || typeof bo === 'string') {
    const why = typeof ho === 'string' ? `head: ${ho}` : `baseline: ${bo as string}`;
    for (const c of columns) out.notTested.set(c.column, why);
    return out;
  }

  const plans: Array<{ head: ColumnPlan; base: ColumnPlan; jobs: Job[] }> = [];
  for (const c of columns) {
    const hv = paired.head.sensitive?.get(c.column);
    const bv = paired.base.sensitive?.get(c.column);
    if (!hv || !bv) {
      const which = !hv && !bv ? 'neither per-example file has' : !hv ? "the head's per-example file does not have" : "the baseline's per-example file does not have";
      out.notTested.set(c.column, `${which} the column's values (written before evaluate kept the sensitive columns in it); re-run evaluate with --sensitive to test the deltas`);
      continue;
    }
    const differs = firstDifference(paired, hv, bv);
    if (differs) {
      out.notTested.set(c.column, `the two evaluations grouped rows differently: ${differs}`);
      continue;
    }
    const col = sensitiveColumn(c.column, hv);
    const headPlan = fairnessColumnPlan(ho, col, { minGroupSize: hf.min_group_size, boot: null }, 'h');
    const basePlan = fairnessColumnPlan(bo, col, { minGroupSize: bf.min_group_size, boot: null }, 'b');
    const headFull = headPlan.summarize();
    const baseFull = basePlan.summarize();
    const jobs: Job[] = [];
    let mismatch: string | undefined;
    const baseIndex = new Map((bo.kind === 'classification' ? bo.outcomes.map((o) => textOf(o.positiveClass)) : ['null']).map((k, i) => [k, i] as const));
    headPlan.plan.outcomes.forEach((hp, oi) => {
      const positive = ho.kind === 'classification' ? ho.outcomes[oi]!.positiveClass : null;
      const bi = baseIndex.get(textOf(positive));
      if (bi === undefined) return;
      const bp = basePlan.plan.outcomes[bi]!;
      const reportHead = c.outcomes.find((o) => (o.kind === 'classification' ? textOf(o.positive_class) : 'null') === textOf(positive));
      const reportBase = baseColumns.get(c.column)!.outcomes.find((o) => (o.kind === 'classification' ? textOf(o.positive_class) : 'null') === textOf(positive));
      for (const s of hp.summaries) {
        const t = bp.summaries.find((x) => x.name === s.name);
        if (s.key === undefined || t?.key === undefined) continue;
        const headFinish = headPlan.plan.finishers[s.key]!;
        const baseFinish = basePlan.plan.finishers[t.key]!;
        const hVal = headFinish(headFull);
        const bVal = baseFinish(baseFull);
        // The files must reproduce their reports' values, else the CI would be of something else.
        const rh = reportHead?.summaries[s.name]?.value;
        const rb = reportBase?.summaries[s.name]?.value;
        if (rh === undefined || rb === undefined) continue;
        if (!sameValue(rh, hVal) || !sameValue(rb, bVal)) {
          mismatch ??= `the per-example files give ${s.name} ${hVal} (head) and ${bVal} (baseline) but the reports ${rh} and ${rb}; re-run evaluate`;
          continue;
        }
        jobs.push({ key: fairnessOutcomeKey(c.column, positive), name: s.name, head: headFinish, base: baseFinish, estimate: rh - rb, stats: new Float64Array(settings.resamples) });
      }
    });
    if (mismatch) {
      out.notTested.set(c.column, mismatch);
      continue;
    }
    if (jobs.length > 0) plans.push({ head: headPlan, base: basePlan, jobs });
  }
  if (plans.length === 0) return out;

  // Classification: resamples count draws per group × pattern cell (above); else the rows are read.
  const patterns = ho.kind === 'classification' && bo.kind === 'classification' ? rowPatterns(ho, bo) : undefined;
  const cells = patterns && cellCounter(patterns, plans.map((p) => p.head));
  forEachPairedResample(paired.rows, settings.resamples, settings.seed, (r, counts) => {
    const perColumn = cells?.(counts);
    plans.forEach((p, pi) => {
      const [hs, bs] = perColumn ? patterns!.finish(perColumn[pi]!, p.head.groups) : [p.head.summarize(counts), p.base.summarize(counts)];
      for (const j of p.jobs) j.stats[r] = j.head(hs) - j.base(bs);
    });
  });
  for (const p of plans) {
    for (const j of p.jobs) {
      let perOutcome = out.intervals.get(j.key);
      if (!perOutcome) out.intervals.set(j.key, (perOutcome = new Map()));
      perOutcome.set(j.name, deltaInterval(j.estimate, j.stats, settings.confidence));
    }
  }
  return out;
}
