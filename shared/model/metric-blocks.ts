/**
 * The metrics of one block of rows (the whole dataset or one slice) for each task, with their
 * bootstrap CIs, as an evaluation report holds them. Metrics undefined on the data (ROC AUC with one
 * class, AP without positives) are omitted with a reason instead of failing: slices legitimately
 * hold one class.
 */
import { type EvaluationConfusionMatrix, type MetricValue, type OmittedMetric } from '../formats/evaluation-format.js';
import { binaryEvaluation, bootstrapStatistics, computeMetrics, confusionMatrix, METRICS, metricsForTask, multiclassEvaluation, regressionEvaluation, summarizeBinary, type BinaryEvaluation, type BootstrapInterval, type Evaluation, type Label, type MetricName } from './metrics/index.js';
import { bootstrapMetricsParallel } from './metrics/bootstrap-parallel.js';


export interface Block {
  metrics: Record<string, MetricValue>;
  omitted: OmittedMetric[];
  confusion_matrix: EvaluationConfusionMatrix | null;
}

export interface BootstrapSettings {
  resamples: number;
  confidence: number;
  seed: number;
}

function metricValue(name: MetricName, value: number, ci?: BootstrapInterval): MetricValue {
  const out: MetricValue = { value, direction: METRICS[name].direction };
  if (ci && Number.isFinite(ci.lower) && Number.isFinite(ci.upper)) {
    out.ci = [ci.lower, ci.upper];
    if (ci.invalid > 0) out.ci_invalid = ci.invalid;
  }
  return out;
}

/** Point values and (when resamples > 0) CIs; a non-finite value becomes an omission. */
export async function fill(block: Block, data: Evaluation, names: MetricName[], boot: BootstrapSettings | null): Promise<void> {
  if (names.length === 0) return;
  const add = (n: MetricName, v: number | undefined, ci?: BootstrapInterval) => {
    if (v === undefined || !Number.isFinite(v)) block.omitted.push({ metric: n, reason: 'undefined on these rows' });
    else block.metrics[n] = metricValue(n, v, ci);
  };
  if (!boot) {
    const values = computeMetrics(data, names);
    for (const n of names) add(n, values[n]);
    return;
  }
  // Large inputs: resamples spread over worker threads, same intervals (metrics/bootstrap-parallel.ts).
  const cis = await bootstrapMetricsParallel(data, names, boot);
  for (const n of names) add(n, cis[n]!.estimate, cis[n]);
}

export const SCORE_METRICS: readonly MetricName[] = ['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'];

export async function binaryBlock(
  y: Uint8Array,
  score: Float64Array | undefined,
  predPos: Uint8Array | undefined,
  ctx: { threshold: number; labels: { neg: Label; pos: Label }; boot: BootstrapSettings | null },
): Promise<Block> {
  const block: Block = { metrics: {}, omitted: [], confusion_matrix: null };
  const n = y.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += y[i]!;
  const negatives = n - positives;
  const all = metricsForTask('binary').map((m) => m.name);
  const labelNames = all.filter((m) => !SCORE_METRICS.includes(m));
  const scoreNames: MetricName[] = [];
  for (const m of SCORE_METRICS) {
    if (!score) block.omitted.push({ metric: m, reason: 'needs a score column (P(positive))' });
    else if (m === 'roc_auc' && (positives === 0 || negatives === 0)) {
      block.omitted.push({ metric: m, reason: `y_true holds one class only (${String(positives ? ctx.labels.pos : ctx.labels.neg)}); ROC AUC needs both` });
    } else if (m === 'average_precision' && positives === 0) {
      block.omitted.push({ metric: m, reason: `no positive rows (${String(ctx.labels.pos)}); average precision is undefined` });
    } else scoreNames.push(m);
  }
  const scoreEval = score ? binaryEvaluation(y, score, { posLabel: 1, threshold: ctx.threshold }) : undefined;
  const labelEval: BinaryEvaluation = predPos ? binaryEvaluation(y, Float64Array.from(predPos), { posLabel: 1, threshold: 0.5 }) : scoreEval!;
  if (labelEval === scoreEval) {
    await fill(block, labelEval, [...labelNames, ...scoreNames], ctx.boot);
  } else {
    await fill(block, labelEval, labelNames, ctx.boot);
    if (scoreEval) await fill(block, scoreEval, scoreNames, ctx.boot);
  }
  // Registry order, whatever order the two passes filled them in.
  block.metrics = Object.fromEntries(all.filter((m) => m in block.metrics).map((m) => [m, block.metrics[m]!]));
  const s = summarizeBinary(labelEval);
  const tn = s.negatives - s.fp;
  const fn = s.positives - s.tp;
  const { neg, pos } = ctx.labels;
  const negFirst = typeof neg === 'number' && typeof pos === 'number' ? neg < pos : String(neg) < String(pos);
  block.confusion_matrix = negFirst
    ? { labels: [neg, pos], counts: [[tn, s.fp], [fn, s.tp]] }
    : { labels: [pos, neg], counts: [[s.tp, fn], [s.fp, tn]] };
  return block;
}

export function safe(f: () => number): number {
  try {
    return f();
  } catch {
    return Number.NaN;
  }
}

export function multiclassBlock(
  y: Int32Array,
  pred: Int32Array,
  proba: Float64Array | undefined,
  ctx: { classes: Label[]; boot: BootstrapSettings | null },
): Block {
  const block: Block = { metrics: {}, omitted: [], confusion_matrix: null };
  const k = ctx.classes.length;
  const n = y.length;
  const codes = ctx.classes.map((_, i) => i);
  const rows = proba ? Array.from({ length: n }, (_, i) => proba.subarray(i * k, (i + 1) * k)) : undefined;
  const data = multiclassEvaluation(y, pred, { proba: rows, classes: codes });
  const present = new Uint8Array(k);
  for (let i = 0; i < n; i++) present[y[i]!] = 1;
  const absent = ctx.classes.filter((_, i) => !present[i]);
  const names: MetricName[] = [];
  for (const m of metricsForTask('multiclass').map((x) => x.name)) {
    if (!proba && (m === 'roc_auc' || m === 'log_loss' || m === 'ece')) block.omitted.push({ metric: m, reason: 'needs one score column per class' });
    else if (m === 'roc_auc' && absent.length > 0) {
      block.omitted.push({ metric: m, reason: `class ${absent.map(String).join(', ')} has no rows in y_true; one-vs-rest ROC AUC needs every class` });
    } else names.push(m);
  }
  const point = names.map((m) => safe(() => METRICS[m].compute(data)));
  let cis: Record<string, BootstrapInterval> | undefined;
  if (ctx.boot) {
    // Per metric, a resample where it is undefined (a class not drawn) counts as invalid, not fatal.
    const finishers = Object.fromEntries(names.map((m, i) => [m, (s: number[]) => s[i]!]));
    cis = bootstrapStatistics((d: Evaluation, w) => names.map((m) => safe(() => METRICS[m].compute(d, w))), finishers, data as Evaluation, ctx.boot);
  }
  names.forEach((m, i) => {
    const v = point[i]!;
    if (!Number.isFinite(v)) block.omitted.push({ metric: m, reason: 'undefined on these rows' });
    else block.metrics[m] = metricValue(m, v, cis?.[m]);
  });
  const cm = confusionMatrix(y, pred, { labels: codes });
  block.confusion_matrix = { labels: ctx.classes, counts: cm.counts };
  return block;
}

export async function regressionBlock(y: Float64Array, pred: Float64Array, boot: BootstrapSettings | null): Promise<Block> {
  const block: Block = { metrics: {}, omitted: [], confusion_matrix: null };
  await fill(block, regressionEvaluation(y, pred), metricsForTask('regression').map((m) => m.name), boot);
  return block;
}
