/**
 * The evaluate step: a predictions file (or metrics another tool wrote) → one
 * `mlops-actions/evaluation@1` report, for the action, `mlops evaluate` and `mlops doctor --run`.
 *
 * The model domain does the work: read-predictions.ts streams the file once into typed columns,
 * task-blocks.ts prepares the task (classes, positive label, what is predicted from what),
 * metric-blocks.ts computes each block's metrics with bootstrap CIs, slice-blocks.ts the slices,
 * import/ turns other tools' files into metrics. This file checks the options, composes them, and
 * writes the outputs only when everything succeeded, each atomically: the per-example file first,
 * the report (which names the examples file and its SHA-256) last. Decisions: docs/evaluate.md.
 */
import { createHash } from 'node:crypto';
import { rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TableFormat } from '../data/table.js';
import { writeFileAtomic, writeJsonAtomic } from '../runtime/atomic-write.js';
import { InputError, UsageError } from '../runtime/errors.js';
import { renderExamplesFile, sensitiveExampleField } from '../formats/examples-file.js';
import { importMetrics } from '../model/import/index.js';
import type { TensorboardSelect } from '../model/import/tensorboard.js';
import { EVALUATION_SCHEMA, evaluationReportSchema, type EvaluationReport } from '../formats/evaluation-format.js';
import { DEFAULT_CONFIDENCE, DEFAULT_RESAMPLES, DEFAULT_SEED, METRICS, type MetricName, type Task } from '../model/metrics/index.js';
import { DEFAULT_PARALLEL_MIN_ROWS, warmBootstrapWorkers } from '../model/metrics/bootstrap-parallel.js';
import { sha256File } from '../runtime/file-digest.js';
import { scoreClasses, readPredictions } from '../model/read-predictions.js';
import { type BootstrapSettings } from '../model/metric-blocks.js';
import { prepareTask } from '../model/task-blocks.js';
import { sliceBlocks } from '../model/slice-blocks.js';
import { fairnessSection } from '../model/fairness.js';

export const DEFAULT_MIN_SLICE_SIZE = 30;
export const DEFAULT_THRESHOLD = 0.5;
/**
 * Groups smaller than this are listed and left out of the fairness summaries. A rate's standard
 * error at p = 0.5 is 0.5/√n: 0.09 at 30 rows, already the size of the parity tolerances teams gate
 * on (0.1), so a smaller group's max − min would be mostly sampling noise. Same as the slice minimum.
 */
export const DEFAULT_MIN_GROUP_SIZE = 30;

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
  /** Sensitive columns: adds the report's `fairness` section (shared/model/fairness.ts). */
  sensitive?: readonly string[];
  /** Groups with fewer rows are listed and left out of the fairness summaries (default 30). */
  minGroupSize?: number;
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
  /** MLflow import: only runs of this experiment (id or name). */
  mlflowExperiment?: string;
  /** MLflow SQLite import: the run behind a registered model version (NAME@ALIAS, NAME/VERSION). */
  mlflowModel?: string;
  /** MLflow import: each metric's value at this step instead of its latest. */
  mlflowStep?: number;
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


/** A model or data file's digest for the report; a missing or non-regular file is an InputError. */
async function digestOf(file: string): Promise<{ sha256: string; bytes: number }> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(e.code === 'ENOENT' ? 'file not found' : `cannot read the file: ${e.message}`, { location: { file }, hint: 'check the path' });
  });
  if (!info.isFile()) throw new InputError('is not a regular file', { location: { file }, hint: 'point at one file' });
  return { sha256: (await sha256File(file)).sha256, bytes: info.size };
}


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
  intIn(o.minGroupSize, 'min-group-size', 1);
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
  if (options.importPath !== undefined && (options.sensitive?.length ?? 0) > 0) {
    throw new UsageError((o) => `${o.option('sensitive')} needs ${o.option('predictions')}: fairness is computed from the rows, which imported metrics do not have`);
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
  const imported = await importMetrics(path, {
    tensorboardSelect: options.tensorboardSelect,
    mlflowRun: options.mlflowRun,
    mlflowExperiment: options.mlflowExperiment,
    mlflowModel: options.mlflowModel,
    mlflowStep: options.mlflowStep,
  });
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
  const sensitive = [...new Set(options.sensitive ?? [])];

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
    sensitive,
    allowed: task === 'multiclass' && scoreClassTexts.length > 0 ? new Set(scoreClassTexts) : undefined,
    delimiter: options.delimiter,
    format: options.format,
    // A bootstrap of this many rows runs on worker threads: start them now, so that their start-up
    // overlaps the rest of the reading and the sort instead of following it.
    onRows:
      boot && task !== 'multiclass'
        ? (rows) => {
            if (rows >= DEFAULT_PARALLEL_MIN_ROWS) warmBootstrapWorkers();
          }
        : undefined,
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

  const prepared = prepareTask(task, data, { file, score, scoreClassTexts, threshold, posLabel: options.posLabel, boot });
  const { blockFor, exampleFields } = prepared;
  if (prepared.classification) report.classification = prepared.classification;
  if (prepared.scoreClasses) report.columns!.score_classes = prepared.scoreClasses;

  // Examples first: rendered and gzipped on a worker thread while the bootstrap keeps this one busy.
  let examples: Promise<Buffer> | undefined;
  if (options.out && options.examples !== false) {
    // With --sensitive, each row's sensitive values too: compare's paired CIs of the fairness deltas.
    const sensitiveField = sensitiveExampleField((data.sensitive ?? []).map((s) => ({ column: s.column, values: s.dict.texts, codes: s.codes })));
    examples = renderExamplesFile({ rows: n, ids: data.ids, fields: sensitiveField ? [...exampleFields, sensitiveField] : exampleFields });
    examples.catch(() => undefined);
    report.examples = { file: basename(examplesPathFor(options.out)), format: 'jsonl.gz', sha256: '0'.repeat(64), rows: n, id_column: options.id ?? null };
  }

  const overall = await blockFor();
  report.metrics = overall.metrics;
  report.omitted = overall.omitted;
  report.confusion_matrix = overall.confusion_matrix;

  const sliced = await sliceBlocks(data, minSliceSize, blockFor);
  report.slices.push(...sliced.slices);
  report.skipped_slices.push(...sliced.skipped);

  if (sensitive.length > 0) {
    report.fairness = fairnessSection(
      prepared.fairness(),
      (data.sensitive ?? []).map((s) => ({ column: s.column, values: s.dict.texts, codes: s.codes })),
      { minGroupSize: options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE, boot },
    );
  }

  if (examples && report.examples) {
    const buf = await examples;
    report.examples.sha256 = createHash('sha256').update(buf).digest('hex');
  }
  return writeOutputs(report, options.out, examples);
}

