/**
 * The evaluate operation: a predictions file (or metrics another tool wrote) → one
 * `mlops-actions/evaluation@1` report. One function, three faces (the action, `mlops evaluate`,
 * the tests).
 *
 * The predictions file is streamed once (`openTable`): labels become Int32Array codes into a small
 * dictionary, scores Float64Arrays, so a million rows take a few tens of MB. Every cell is checked
 * while streaming, so a bad cell fails with file:line before any metric is computed. Metrics come
 * from the registry (shared/model/metrics), CIs from its seeded percentile bootstrap. Outputs are
 * written only when everything succeeded, each atomically: the per-example file first, the report
 * (which names the examples file and its SHA-256) last.
 *
 * Decisions (documented in docs/evaluate.md):
 * - Labels are compared as text ("1.0" and 1 are the same class); a label set that is all numbers
 *   is reported as numbers and sorted numerically, as scikit-learn's unique_labels would.
 * - Binary with one score column: P(positive); predicted positive iff score > threshold, unless a
 *   prediction column is given (then label metrics use it and score metrics use the score).
 * - Metrics undefined on the data (ROC AUC with one class, AP without positives) are omitted with a
 *   reason instead of failing: slices legitimately hold one class.
 */
import { createHash } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { openTable } from '../data/open-table.js';
import type { CellValue, RecordBatch, TableFormat } from '../data/table.js';
import { defaultNullTokens, isDecimalLiteral, toNumber, toText } from '../data/values.js';
import { writeFileAtomic, writeJsonAtomic } from '../runtime/atomic-write.js';
import { InputError, UsageError, type SourceLocation } from '../runtime/errors.js';
import { renderExamplesFile, type ExampleField } from '../formats/examples-file.js';
import { importMetrics } from '../model/import/index.js';
import type { TensorboardSelect } from '../model/import/tensorboard.js';
import {
  EVALUATION_SCHEMA,
  evaluationReportSchema,
  type EvaluationConfusionMatrix,
  type EvaluationReport,
  type EvaluationSlice,
  type MetricValue,
  type OmittedMetric,
  type SkippedSlice,
} from '../formats/evaluation-format.js';
import {
  binaryEvaluation,
  bootstrapStatistics,
  computeMetrics,
  confusionMatrix,
  DEFAULT_CONFIDENCE,
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  ECE_DEFAULT_BINS,
  METRICS,
  metricsForTask,
  multiclassEvaluation,
  regressionEvaluation,
  summarizeBinary,
  type BinaryEvaluation,
  type BootstrapInterval,
  type Evaluation,
  type Label,
  type MetricName,
  type Task,
} from '../model/metrics/index.js';
import { bootstrapMetricsParallel } from '../model/metrics/bootstrap-parallel.js';
import { sha256File } from '../runtime/file-digest.js';

export const DEFAULT_MIN_SLICE_SIZE = 30;
export const DEFAULT_THRESHOLD = 0.5;
/** Rows of a multiclass score row may sum to 1 ± this. */
export const PROBABILITY_SUM_TOLERANCE = 1e-6;
/** More distinct values than this in a slice column is an error: slice on a coarser column. */
export const MAX_SLICE_VALUES = 1000;

export interface EvaluateOptions {
  /** Predictions file (CSV, TSV, JSON Lines, Parquet; .gz for text). Exclusive with `importPath`. */
  predictions?: string;
  /** Metrics another tool wrote (see shared/model/import). Exclusive with `predictions`. */
  importPath?: string;
  task?: Task;
  label?: string;
  prediction?: string;
  /** Score columns: binary one (P(positive)) or one per class; multiclass one per class. */
  score?: readonly string[];
  /** The class of each score column, in order; default: inferred from the column names. */
  classes?: readonly string[];
  slices?: readonly string[];
  /** Column pairing rows across reports (for paired tests in compare); default: row index. */
  id?: string;
  posLabel?: string;
  threshold?: number;
  /** Bootstrap resamples; 0 = no confidence intervals. */
  resamples?: number;
  confidence?: number;
  seed?: number;
  minSliceSize?: number;
  /** Model files whose SHA-256 the report records. */
  models?: readonly string[];
  /** Report path; without it nothing is written. */
  out?: string;
  /** Write the per-example file next to the report (default true). */
  examples?: boolean;
  delimiter?: string;
  format?: TableFormat;
  tensorboardSelect?: TensorboardSelect;
  mlflowRun?: string;
}

export interface EvaluateResult {
  report: EvaluationReport;
  reportPath?: string;
  examplesPath?: string;
}

/** `<out>` without `.json`, plus `.examples.jsonl.gz`. */
export function examplesPathFor(out: string): string {
  return `${out.replace(/\.json$/i, '')}.examples.jsonl.gz`;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** A model or data file's digest for the report; a missing or non-regular file is an InputError. */
async function digestOf(file: string): Promise<{ sha256: string; bytes: number }> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(e.code === 'ENOENT' ? 'file not found' : `cannot read the file: ${e.message}`, { location: { file }, hint: 'check the path' });
  });
  if (!info.isFile()) throw new InputError('is not a regular file', { location: { file }, hint: 'point at one file' });
  return { sha256: (await sha256File(file)).sha256, bytes: info.size };
}

/** Label text: numbers canonical ("1.0" → "1"), booleans "true"/"false", else the text. */
function labelText(v: CellValue): string | undefined {
  if (defaultNullTokens.isMissing(v)) return undefined;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string' && isDecimalLiteral(v)) return String(+v);
  return toText(v);
}

const isNumericText = (t: string) => isDecimalLiteral(t) && String(+t) === t;

/** Labels as the report writes them: all numbers when every label is numeric text, else strings. */
function typedLabels(texts: readonly string[]): { labels: Label[]; order: number[] } {
  const numeric = texts.every(isNumericText);
  const idx = texts.map((_, i) => i);
  idx.sort((a, b) => (numeric ? +texts[a]! - +texts[b]! : texts[a]! < texts[b]! ? -1 : texts[a]! > texts[b]! ? 1 : 0));
  return { labels: idx.map((i) => (numeric ? +texts[i]! : texts[i]!)), order: idx };
}

/**
 * The class of each score column. Given `classes`, those; one column, none (binary P(positive));
 * otherwise each column name minus the prefix all names share, cut back to just after a separator
 * (`_`, `-`, `.`, `:`, `/`, space): p_rain, p_sun → rain, sun; score_0, score_1 → 0, 1.
 */
export function scoreClasses(scoreColumns: readonly string[], classes?: readonly string[]): string[] {
  if (classes && classes.length > 0) {
    if (classes.length !== scoreColumns.length) {
      throw new UsageError((o) => `${o.option('classes')} names ${classes.length} classes for ${scoreColumns.length} score columns`, {
        hint: (o) => `give one class per ${o.option('score')} column, in the same order`,
      });
    }
    const texts = classes.map((c) => labelText(c.trim()) ?? c);
    if (new Set(texts).size !== texts.length) throw new UsageError((o) => `${o.option('classes')} repeats a class: ${classes.join(', ')}`);
    return texts;
  }
  if (scoreColumns.length < 2) return [];
  let prefix = scoreColumns[0]!;
  for (const c of scoreColumns) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  let cut = 0;
  for (let i = prefix.length - 1; i >= 0; i--) {
    if ('_-.:/ '.includes(prefix[i]!)) {
      cut = i + 1;
      break;
    }
  }
  const names = scoreColumns.map((c) => labelText(c.slice(cut)) ?? c.slice(cut));
  if (names.some((n) => n === '') || new Set(names).size !== names.length) {
    throw new UsageError(`cannot tell the class of each score column (${scoreColumns.join(', ')})`, {
      hint: (o) => `pass ${o.option('classes')} with one class per ${o.option('score')} column, in order`,
    });
  }
  return names;
}

function concatF64(parts: Float64Array[], n: number): Float64Array {
  if (parts.length === 1 && parts[0]!.length === n) return parts[0]!;
  const out = new Float64Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function concatI32(parts: Int32Array[], n: number): Int32Array {
  if (parts.length === 1 && parts[0]!.length === n) return parts[0]!;
  const out = new Int32Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function pickF64(a: Float64Array, rows: Uint32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = a[rows[i]!]!;
  return out;
}

function pickI32(a: Int32Array, rows: Uint32Array): Int32Array {
  const out = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = a[rows[i]!]!;
  return out;
}

/** A dictionary of distinct texts → dense codes. */
class Dictionary {
  readonly texts: string[] = [];
  private readonly codes = new Map<string, number>();
  code(t: string): number {
    let c = this.codes.get(t);
    if (c === undefined) {
      c = this.texts.length;
      this.texts.push(t);
      this.codes.set(t, c);
    }
    return c;
  }
  get(t: string): number | undefined {
    return this.codes.get(t);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

interface Collected {
  rows: number;
  format: TableFormat;
  /** Classification: label and prediction codes into `dict`. */
  dict: Dictionary;
  yCode?: Int32Array;
  predCode?: Int32Array;
  /** Regression. */
  yNum?: Float64Array;
  predNum?: Float64Array;
  /** One array per score column. */
  scores: Float64Array[];
  ids?: string[];
  slices: Array<{ column: string; dict: Dictionary; codes: Int32Array; missing: number }>;
}

interface ReadPlan {
  file: string;
  task: Task;
  label: string;
  prediction?: string;
  score: readonly string[];
  id?: string;
  slices: readonly string[];
  /** Allowed label texts (multiclass score classes), or undefined. */
  allowed?: Set<string>;
  delimiter?: string;
  format?: TableFormat;
}

async function readPredictions(plan: ReadPlan): Promise<Collected> {
  // Every cell is read, and scores are nearly all distinct: dictionary-encoding batches (the byte
  // path, which pays off for profiling) would only add work here (0.60 s vs 0.17 s on 1M rows).
  const reader = await openTable(plan.file, { delimiter: plan.delimiter, format: plan.format, bytePath: false });
  const header = await reader.columns();
  const wanted = [plan.label, plan.prediction, ...plan.score, plan.id, ...plan.slices].filter((c): c is string => c !== undefined);
  const optionOf = (c: string) =>
    c === plan.label ? 'label' : c === plan.prediction ? 'prediction' : plan.score.includes(c) ? 'score' : c === plan.id ? 'id' : 'slice';
  // JSON Lines learns columns as it reads; its first record is what columns() knows.
  if (reader.format !== 'jsonl') {
    for (const c of wanted) {
      if (!header.includes(c)) {
        throw new InputError((o) => `column "${c}" (${o.option(optionOf(c))}) not found; the file has columns: ${header.join(', ')}`, {
          location: { file: plan.file, line: reader.hasLines ? 1 : undefined },
          hint: (o) => `pass ${o.option(optionOf(c))} with one of them`,
        });
      }
    }
  }
  const classification = plan.task !== 'regression';
  const dict = new Dictionary();
  const yParts: Int32Array[] = [];
  const pParts: Int32Array[] = [];
  const yNumParts: Float64Array[] = [];
  const pNumParts: Float64Array[] = [];
  const scoreParts: Float64Array[][] = plan.score.map(() => []);
  const ids: string[] | undefined = plan.id ? [] : undefined;
  const seenIds = plan.id ? new Set<string>() : undefined;
  const slices = plan.slices.map((column) => ({ column, dict: new Dictionary(), parts: [] as Int32Array[], missing: 0 }));
  const multiScore = plan.score.length >= 2;
  let rows = 0;

  const where = (b: RecordBatch, r: number): SourceLocation => ({ file: plan.file, line: b.lines[r] });
  const col = (b: RecordBatch, name: string): CellValue[] => {
    const i = b.columns.indexOf(name);
    if (i < 0) {
      throw new InputError((o) => `column "${name}" (${o.option(optionOf(name))}) not found; the file has columns: ${b.columns.join(', ')}`, {
        location: where(b, 0),
        hint: (o) => `pass ${o.option(optionOf(name))} with one of them`,
      });
    }
    return b.values[i]!;
  };
  const missing = (b: RecordBatch, r: number, name: string): InputError =>
    new InputError(`column "${name}" is missing a value`, { location: where(b, r), hint: 'every row needs a label and a prediction or score' });
  const number = (b: RecordBatch, r: number, name: string, v: CellValue): number => {
    if (defaultNullTokens.isMissing(v)) throw missing(b, r, name);
    const x = toNumber(v);
    if (x === undefined) throw new InputError(`column "${name}" value ${JSON.stringify(toText(v))} is not a number`, { location: where(b, r) });
    if (!Number.isFinite(x)) {
      throw new InputError(`column "${name}" value is ${Number.isNaN(x) ? 'NaN' : String(x)}`, {
        location: where(b, r),
        hint: 'predictions must be finite numbers; fix or drop the row',
      });
    }
    return x;
  };

  for await (const b of reader.batches()) {
    const n = b.length;
    rows += n;
    const labelCol = col(b, plan.label);
    const predCol = plan.prediction ? col(b, plan.prediction) : undefined;
    if (classification) {
      const y = new Int32Array(n);
      const p = predCol ? new Int32Array(n) : undefined;
      for (let r = 0; r < n; r++) {
        const t = labelText(labelCol[r]);
        if (t === undefined) throw missing(b, r, plan.label);
        if (plan.allowed && !plan.allowed.has(t)) {
          throw new InputError(`label ${JSON.stringify(t)} (column "${plan.label}") has no score column; score columns cover: ${[...plan.allowed].join(', ')}`, {
            location: where(b, r),
            hint: (o) => `add a score column for it, or fix ${o.option('classes')}`,
          });
        }
        y[r] = dict.code(t);
        if (p) {
          const pt = labelText(predCol![r]);
          if (pt === undefined) throw missing(b, r, plan.prediction!);
          p[r] = dict.code(pt);
        }
      }
      yParts.push(y);
      if (p) pParts.push(p);
    } else {
      const y = new Float64Array(n);
      const p = new Float64Array(n);
      for (let r = 0; r < n; r++) {
        y[r] = number(b, r, plan.label, labelCol[r]);
        p[r] = number(b, r, plan.prediction!, predCol![r]);
      }
      yNumParts.push(y);
      pNumParts.push(p);
    }
    if (plan.score.length > 0) {
      const cols = plan.score.map((s) => col(b, s));
      const arrays = cols.map(() => new Float64Array(n));
      for (let r = 0; r < n; r++) {
        let sum = 0;
        for (let k = 0; k < cols.length; k++) {
          const x = number(b, r, plan.score[k]!, cols[k]![r]);
          if (x < 0 || x > 1) {
            throw new InputError(`column "${plan.score[k]}" value ${x} is not a probability in [0, 1]`, {
              location: where(b, r),
              hint: 'scores must be probabilities (e.g. predict_proba output), not logits or decision values',
            });
          }
          arrays[k]![r] = x;
          sum += x;
        }
        if (multiScore && !(Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE)) {
          throw new InputError(`probabilities ${plan.score.join(' + ')} sum to ${sum}, not 1 (tolerance ${PROBABILITY_SUM_TOLERANCE})`, {
            location: where(b, r),
            hint: 'give one probability column per class, from predict_proba or a softmax',
          });
        }
      }
      arrays.forEach((a, k) => scoreParts[k]!.push(a));
    }
    if (ids && plan.id) {
      const idCol = col(b, plan.id);
      for (let r = 0; r < n; r++) {
        const v = idCol[r];
        if (defaultNullTokens.isMissing(v)) throw missing(b, r, plan.id);
        const t = toText(v);
        if (seenIds!.has(t)) throw new InputError(`id ${JSON.stringify(t)} (column "${plan.id}") occurs twice`, { location: where(b, r), hint: 'ids pair rows across reports, so each must be unique' });
        seenIds!.add(t);
        ids.push(t);
      }
    }
    for (const s of slices) {
      const sc = col(b, s.column);
      const codes = new Int32Array(n);
      for (let r = 0; r < n; r++) {
        const v = sc[r];
        if (defaultNullTokens.isMissing(v)) {
          codes[r] = -1;
          s.missing++;
          continue;
        }
        codes[r] = s.dict.code(toText(v));
        if (s.dict.texts.length > MAX_SLICE_VALUES) {
          throw new InputError(`slice column "${s.column}" has more than ${MAX_SLICE_VALUES} distinct values`, {
            location: where(b, r),
            hint: 'slice on a column with few values (a category, a bucketed number)',
          });
        }
      }
      s.parts.push(codes);
    }
  }
  if (rows === 0) {
    throw new InputError('no data rows: the file has only a header', { location: { file: plan.file }, hint: 'evaluate a predictions file with at least one row' });
  }
  return {
    rows,
    format: reader.format,
    dict,
    yCode: classification ? concatI32(yParts, rows) : undefined,
    predCode: classification && plan.prediction ? concatI32(pParts, rows) : undefined,
    yNum: classification ? undefined : concatF64(yNumParts, rows),
    predNum: classification ? undefined : concatF64(pNumParts, rows),
    scores: scoreParts.map((parts) => concatF64(parts, rows)),
    ids,
    slices: slices.map((s) => ({ column: s.column, dict: s.dict, codes: concatI32(s.parts, rows), missing: s.missing })),
  };
}

// ---------------------------------------------------------------------------------------------
// Metric blocks (overall and per slice)

interface Block {
  metrics: Record<string, MetricValue>;
  omitted: OmittedMetric[];
  confusion_matrix: EvaluationConfusionMatrix | null;
}

interface BootstrapSettings {
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
async function fill(block: Block, data: Evaluation, names: MetricName[], boot: BootstrapSettings | null): Promise<void> {
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

const SCORE_METRICS: readonly MetricName[] = ['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'];

async function binaryBlock(
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

function safe(f: () => number): number {
  try {
    return f();
  } catch {
    return Number.NaN;
  }
}

function multiclassBlock(
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

async function regressionBlock(y: Float64Array, pred: Float64Array, boot: BootstrapSettings | null): Promise<Block> {
  const block: Block = { metrics: {}, omitted: [], confusion_matrix: null };
  await fill(block, regressionEvaluation(y, pred), metricsForTask('regression').map((m) => m.name), boot);
  return block;
}

// ---------------------------------------------------------------------------------------------
// The operation

/** The most bootstrap resamples evaluate and compare accept. */
export const MAX_RESAMPLES = 100_000;

/** The one metric name an evaluation report (JSON object keys) cannot carry. */
const RESERVED_METRIC = '__proto__';

function checkOptions(o: EvaluateOptions): void {
  const intIn = (v: number | undefined, flag: string, min: number) => {
    if (v !== undefined && !(Number.isInteger(v) && v >= min)) throw new UsageError((n) => `${n.option(flag)} must be an integer ≥ ${min}, got ${v}`);
  };
  intIn(o.resamples, 'resamples', 0);
  // Each resample keeps one value per metric and revisits every row: beyond this the arrays no
  // longer fit in memory and the run would take days, while 10,000 already fixes a 95% CI's ends.
  if (o.resamples !== undefined && o.resamples > MAX_RESAMPLES) {
    throw new UsageError((n) => `${n.option('resamples')} must be at most ${MAX_RESAMPLES}, got ${o.resamples}`, { hint: '1,000 to 10,000 resamples give stable 95% intervals' });
  }
  intIn(o.minSliceSize, 'min-slice-size', 0);
  if (o.seed !== undefined && !(Number.isInteger(o.seed) && Math.abs(o.seed) <= 0xffffffff)) throw new UsageError((n) => `${n.option('seed')} must be a 32-bit integer, got ${o.seed}`);
  if (o.threshold !== undefined && !(o.threshold >= 0 && o.threshold <= 1)) throw new UsageError((n) => `${n.option('threshold')} must be in [0, 1], got ${o.threshold}`);
  if (o.confidence !== undefined && !(o.confidence > 0 && o.confidence < 1)) throw new UsageError((n) => `${n.option('confidence')} must be in (0, 1), got ${o.confidence}`);
}

async function modelDigests(models: readonly string[] = []): Promise<EvaluationReport['models']> {
  const out: EvaluationReport['models'] = [];
  for (const file of models) out.push({ file, ...(await digestOf(file)) });
  return out;
}

async function writeOutputs(report: EvaluationReport, out: string | undefined, examples: Promise<Buffer> | undefined): Promise<EvaluateResult> {
  evaluationReportSchema.parse(report);
  if (!out) return { report };
  let examplesPath: string | undefined;
  if (examples && report.examples) {
    examplesPath = examplesPathFor(out);
    await writeFileAtomic(examplesPath, await examples);
  }
  try {
    await writeJsonAtomic(out, report);
  } catch (e) {
    if (examplesPath) await rm(examplesPath, { force: true });
    throw e;
  }
  return { report, reportPath: out, examplesPath };
}

export async function evaluate(options: EvaluateOptions): Promise<EvaluateResult> {
  checkOptions(options);
  if (options.importPath !== undefined && options.predictions !== undefined) {
    throw new UsageError((o) => `give either ${o.option('predictions')} or ${o.option('import')}, not both`);
  }
  if (options.importPath !== undefined) return evaluateImport(options, options.importPath);
  if (options.predictions === undefined) throw new UsageError((o) => `give ${o.option('predictions', 'FILE')} (or ${o.option('import', 'PATH')})`);
  return evaluatePredictions(options, options.predictions);
}

function emptyReport(): Omit<EvaluationReport, 'source' | 'task'> {
  return {
    schema: EVALUATION_SCHEMA,
    rows: null,
    dataset: null,
    models: [],
    columns: null,
    classification: null,
    bootstrap: null,
    metrics: {},
    omitted: [],
    confusion_matrix: null,
    slices: [],
    skipped_slices: [],
    min_slice_size: null,
    examples: null,
    imported: null,
    warnings: [],
  };
}

async function evaluateImport(options: EvaluateOptions, path: string): Promise<EvaluateResult> {
  const imported = await importMetrics(path, { tensorboardSelect: options.tensorboardSelect, mlflowRun: options.mlflowRun });
  const report: EvaluationReport = { ...emptyReport(), source: 'import', task: options.task ?? null, models: await modelDigests(options.models) };
  if (Object.hasOwn(imported.metrics, RESERVED_METRIC)) {
    // The report's metrics are JSON object keys that every reader (zod, JSON.parse + assignment)
    // turns into a prototype instead of data: the metric would vanish and its gate never run.
    throw new InputError(`a metric named "${RESERVED_METRIC}" cannot be imported (JavaScript reserves the name for an object's prototype, so the report could not keep it)`, {
      location: { file: path },
      hint: 'rename the metric where the tool logs it',
    });
  }
  for (const [name, value] of Object.entries(imported.metrics)) {
    if (!Number.isFinite(value)) {
      report.omitted.push({ metric: name, reason: `not a finite number (${value})` });
      continue;
    }
    const known = Object.hasOwn(METRICS, name) ? (METRICS as Record<string, (typeof METRICS)[MetricName] | undefined>)[name] : undefined;
    report.metrics[name] = known ? { value, direction: known.direction } : { value };
  }
  if (Object.keys(report.metrics).length === 0) {
    throw new InputError('no metrics found', { location: { file: path }, hint: 'check that the tool wrote numeric metrics there' });
  }
  report.imported = { kind: imported.source.kind, path: imported.source.path, details: imported.source.details ? JSON.parse(JSON.stringify(imported.source.details)) : undefined };
  return writeOutputs(report, options.out, undefined);
}

async function evaluatePredictions(options: EvaluateOptions, file: string): Promise<EvaluateResult> {
  const task = options.task;
  if (!task) throw new UsageError((o) => `${o.option('task')} is required with ${o.option('predictions')} (binary, multiclass or regression)`);
  if (!options.label) throw new UsageError((o) => `${o.option('label')} is required: the column holding the true label (or target)`);
  const score = [...(options.score ?? [])];
  if (!options.prediction && score.length === 0) throw new UsageError((o) => `give ${o.option('prediction', 'COL')} and/or ${o.option('score', 'COL')}`);
  if (task === 'regression' && (score.length > 0 || !options.prediction)) {
    throw new UsageError((o) => `regression reads ${o.option('prediction')} (the predicted value); ${o.option('score')} is for classification`);
  }
  if (task === 'multiclass' && score.length === 1) throw new UsageError((o) => `multiclass needs one ${o.option('score')} column per class (or only ${o.option('prediction')})`);
  if (task === 'binary' && score.length > 2) throw new UsageError((o) => `binary takes one ${o.option('score')} column (P(positive)) or two (one per class), got ${score.length}`);
  if (task === 'binary' && score.length === 1 && options.classes?.length) throw new UsageError((o) => `${o.option('classes')} names the class of each score column; one binary score column is P(positive)`);
  const scoreClassTexts = task === 'regression' ? [] : scoreClasses(score, options.classes);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const boot: BootstrapSettings | null =
    options.resamples === 0
      ? null
      : { resamples: options.resamples ?? DEFAULT_RESAMPLES, confidence: options.confidence ?? DEFAULT_CONFIDENCE, seed: options.seed ?? DEFAULT_SEED };
  const minSliceSize = options.minSliceSize ?? DEFAULT_MIN_SLICE_SIZE;
  const slices = [...(options.slices ?? [])];

  const datasetDigest = digestOf(file);
  datasetDigest.catch(() => undefined); // openTable reports a missing file with a better message
  const data = await readPredictions({
    file,
    task,
    label: options.label,
    prediction: options.prediction,
    score,
    id: options.id,
    slices,
    allowed: task === 'multiclass' && scoreClassTexts.length > 0 ? new Set(scoreClassTexts) : undefined,
    delimiter: options.delimiter,
    format: options.format,
  });
  const n = data.rows;
  const report: EvaluationReport = {
    ...emptyReport(),
    source: 'predictions',
    task,
    rows: n,
    dataset: { file, format: data.format, ...(await datasetDigest) },
    models: await modelDigests(options.models),
    columns: { label: options.label, prediction: options.prediction ?? null, score, score_classes: null, id: options.id ?? null, slices },
    bootstrap: boot && { method: 'percentile', unit: 'row', ...boot, prng: 'xoshiro128** (splitmix32-seeded, one stream per resample)' },
    min_slice_size: slices.length > 0 ? minSliceSize : null,
  };

  // Per-task preparation: a function computing a block for a subset of rows, and the example lines.
  let blockFor: (rows?: Uint32Array) => Block | Promise<Block>;
  let exampleFields: ExampleField[];
  if (task === 'regression') {
    const y = data.yNum!;
    const p = data.predNum!;
    blockFor = (rows) => regressionBlock(rows ? pickF64(y, rows) : y, rows ? pickF64(p, rows) : p, boot);
    exampleFields = [
      { key: 'label', kind: 'number', values: y },
      { key: 'prediction', kind: 'number', values: p },
    ];
  } else {
    // Classes: score classes when given, plus every label and prediction seen.
    const texts = [...data.dict.texts];
    for (const c of scoreClassTexts) if (!texts.includes(c)) texts.push(c);
    if (task === 'binary') {
      const { labels } = typedLabels(texts);
      const typed = (t: string): Label => (texts.every(isNumericText) ? +t : t);
      let pos: string;
      if (options.posLabel !== undefined) pos = labelText(options.posLabel) ?? options.posLabel;
      else if (texts.every((t) => t === '0' || t === '1' || t === '-1')) pos = '1';
      else if (texts.every(isNumericText)) pos = String(labels[labels.length - 1]);
      else if (texts.every((t) => t === 'true' || t === 'false')) pos = 'true';
      else {
        throw new UsageError(`cannot tell the positive class among ${texts.join(', ')}`, { hint: (o) => `pass ${o.option('pos-label')}` });
      }
      if (texts.length > 2) {
        throw new InputError(`a binary task, but the label and prediction columns hold ${texts.length} classes: ${labels.map(String).join(', ')}`, {
          location: { file },
          hint: (o) => `use ${o.setting('task', 'multiclass')}, or map the labels to two classes`,
        });
      }
      if (texts.length === 2 && !texts.includes(pos)) {
        throw new UsageError((o) => `${o.setting('pos-label', pos)} is not one of the classes ${texts.join(', ')}`);
      }
      const negText = texts.find((t) => t !== pos);
      const neg: Label = negText !== undefined ? typed(negText) : isNumericText(pos) ? (pos === '1' ? 0 : -1) : `not ${pos}`;
      const posTyped: Label = isNumericText(pos) && (negText === undefined || isNumericText(negText)) ? +pos : pos;
      const posCode = data.dict.get(pos) ?? -1;
      const yc = data.yCode!;
      const y = new Uint8Array(n);
      for (let i = 0; i < n; i++) y[i] = yc[i] === posCode ? 1 : 0;
      let pScore: Float64Array | undefined;
      if (score.length === 1) pScore = data.scores[0];
      else if (score.length === 2) {
        const k = scoreClassTexts.indexOf(pos);
        if (k < 0) throw new UsageError(`no score column for the positive class ${pos} (score columns are for ${scoreClassTexts.join(', ')})`, { hint: (o) => `fix ${o.option('classes')} or ${o.option('pos-label')}` });
        pScore = data.scores[k];
      }
      let predPos: Uint8Array | undefined;
      if (data.predCode) {
        predPos = new Uint8Array(n);
        const pc = data.predCode;
        for (let i = 0; i < n; i++) predPos[i] = pc[i] === posCode ? 1 : 0;
      }
      const ctx = { threshold, labels: { neg, pos: posTyped }, boot };
      blockFor = (rows) => {
        const pick8 = (a: Uint8Array) => (rows ? Uint8Array.from(rows, (r) => a[r]!) : a);
        return binaryBlock(pick8(y), pScore && (rows ? pickF64(pScore, rows) : pScore), predPos && pick8(predPos), ctx);
      };
      report.classification = {
        classes: [neg, posTyped].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1)),
        pos_label: posTyped,
        threshold: predPos ? null : threshold,
        predicted_from: predPos ? 'prediction' : 'threshold',
        ece_bins: ECE_DEFAULT_BINS,
      };
      if (score.length === 2) report.columns!.score_classes = scoreClassTexts.map(typed);
      const labelJson = data.dict.texts.map((t) => JSON.stringify(typed(t)));
      exampleFields = [{ key: 'label', kind: 'coded', codes: yc, json: labelJson }];
      if (data.predCode) exampleFields.push({ key: 'prediction', kind: 'coded', codes: data.predCode, json: labelJson });
      if (pScore) exampleFields.push({ key: 'score', kind: 'number', values: pScore });
    } else {
      const { labels: classes, order } = typedLabels(texts);
      // dictionary code → sorted class index
      const toClass = new Int32Array(texts.length);
      order.forEach((textIndex, classIndex) => (toClass[textIndex] = classIndex));
      const dictToClass = data.dict.texts.map((t) => toClass[texts.indexOf(t)]!);
      const yc = data.yCode!;
      const y = new Int32Array(n);
      for (let i = 0; i < n; i++) y[i] = dictToClass[yc[i]!]!;
      const k = classes.length;
      let proba: Float64Array | undefined;
      if (score.length > 0) {
        if (k !== score.length) {
          throw new InputError(`predictions name classes without a score column: ${texts.filter((t) => !scoreClassTexts.includes(t)).join(', ')}`, {
            location: { file },
            hint: (o) => `give one ${o.option('score')} column per class`,
          });
        }
        proba = new Float64Array(n * k);
        score.forEach((_, j) => {
          const c = toClass[texts.indexOf(scoreClassTexts[j]!)]!;
          const col = data.scores[j]!;
          for (let i = 0; i < n; i++) proba![i * k + c] = col[i]!;
        });
      }
      let pred: Int32Array;
      if (data.predCode) {
        pred = new Int32Array(n);
        const pc = data.predCode;
        for (let i = 0; i < n; i++) pred[i] = dictToClass[pc[i]!]!;
      } else {
        // scikit-learn's predict: classes_[argmax(proba)], the first maximum on ties.
        pred = new Int32Array(n);
        for (let i = 0; i < n; i++) {
          let best = 0;
          for (let j = 1; j < k; j++) if (proba![i * k + j]! > proba![i * k + best]!) best = j;
          pred[i] = best;
        }
      }
      blockFor = (rows) => {
        if (!rows) return multiclassBlock(y, pred, proba, { classes, boot });
        let sub: Float64Array | undefined;
        if (proba) {
          sub = new Float64Array(rows.length * k);
          rows.forEach((r, i) => sub!.set(proba!.subarray(r * k, (r + 1) * k), i * k));
        }
        return multiclassBlock(pickI32(y, rows), pickI32(pred, rows), sub, { classes, boot });
      };
      report.classification = { classes, pos_label: null, threshold: null, predicted_from: data.predCode ? 'prediction' : 'argmax', ece_bins: ECE_DEFAULT_BINS };
      if (score.length > 0) report.columns!.score_classes = scoreClassTexts.map((t) => classes[toClass[texts.indexOf(t)]!]!);
      const classJson = classes.map((c) => JSON.stringify(c));
      exampleFields = [
        { key: 'label', kind: 'coded', codes: y, json: classJson },
        { key: 'prediction', kind: 'coded', codes: pred, json: classJson },
      ];
      if (proba) exampleFields.push({ key: 'scores', kind: 'vector', values: proba, width: k });
    }
  }

  // Examples first: rendered and gzipped on a worker thread while the bootstrap keeps this one busy.
  let examples: Promise<Buffer> | undefined;
  if (options.out && options.examples !== false) {
    examples = renderExamplesFile({ rows: n, ids: data.ids, fields: exampleFields });
    examples.catch(() => undefined);
    report.examples = { file: basename(examplesPathFor(options.out)), format: 'jsonl.gz', sha256: '0'.repeat(64), rows: n, id_column: options.id ?? null };
  }

  const overall = await blockFor();
  report.metrics = overall.metrics;
  report.omitted = overall.omitted;
  report.confusion_matrix = overall.confusion_matrix;

  for (const s of data.slices) {
    const k = s.dict.texts.length;
    const counts = new Uint32Array(k + 1); // last = missing
    for (let i = 0; i < n; i++) counts[s.codes[i]! < 0 ? k : s.codes[i]!]++;
    const values: Array<{ code: number; value: string | null }> = s.dict.texts.map((value, code) => ({ code, value }));
    if (s.missing > 0) values.push({ code: k, value: null });
    values.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.value.localeCompare(b.value, 'en', { numeric: true })));
    for (const { code, value } of values) {
      const size = counts[code]!;
      if (size < minSliceSize) {
        report.skipped_slices.push({ column: s.column, value, rows: size, reason: `${size} rows, fewer than the minimum slice size ${minSliceSize}` } satisfies SkippedSlice);
        continue;
      }
      const rows = new Uint32Array(size);
      let j = 0;
      for (let i = 0; i < n; i++) if ((s.codes[i]! < 0 ? k : s.codes[i]!) === code) rows[j++] = i;
      const block = await blockFor(rows);
      report.slices.push({ column: s.column, value, rows: size, ...block } satisfies EvaluationSlice);
    }
  }

  if (examples && report.examples) {
    const buf = await examples;
    report.examples.sha256 = createHash('sha256').update(buf).digest('hex');
  }
  return writeOutputs(report, options.out, examples);
}

