/**
 * The explain step: permutation feature importance of any model, through the team's own predict
 * command (`python predict.py model.pkl {input} {output}`), written as one
 * `mlops-actions/explanation@1` file. One operation, three faces (actions/explain/src/main.ts,
 * `mlops explain`, the tests). Decisions: docs/explain.md.
 *
 *  1. read the data once (the table readers of shared/data), every column but the label kept as
 *     its CSV text; with max-rows, a seeded reservoir sample kept in file order;
 *  2. write the baseline rows and every permuted copy (features × repeats, permutations from
 *     model/permutation-importance.ts) into one CSV, streamed, and run the command once on it —
 *     or, when rows × copies exceeds max-batch-rows, on a few files of whole copies each: the cost
 *     is one process start per call, not one per feature and repeat;
 *  3. read the output back (model/predict-output.ts), score each copy with evaluate's metric
 *     code, and turn the scores into importances with scikit-learn's definitions.
 *
 * The command runs without a shell (its words split by model/predict-command.ts, the
 * placeholders replaced as whole arguments), in the train step's runner: its own process group,
 * signals forwarded, an optional time limit, the environment without our tokens.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CellValue } from '../data/cell-value.js';
import { openTable } from '../data/open-table.js';
import type { TableFormat } from '../data/table.js';
import { toText } from '../data/values.js';
import { TASK_DEFAULT_METRIC } from '../compare/rank-candidates.js';
import { EXPLANATION_SCHEMA, explanationSchema, type Explanation } from '../formats/explanation-format.js';
import { DEFAULT_SEED, METRIC_NAMES, METRICS, Xoshiro128, resampleSeed, type MetricName, type Task } from '../model/metrics/index.js';
import {
  featurePermutations,
  PERMUTATION_PRNG,
  PERMUTATION_STREAM,
  rankImportances,
  summarizeImportances,
} from '../model/permutation-importance.js';
import { checkPredictArgv, substitutePlaceholders } from '../model/predict-command.js';
import { checkOutputScores, inferTask, readPredictOutput, scoreCopy, type CopyScoring, type PredictOutput } from '../model/predict-output.js';
import { labelText } from '../model/read-predictions.js';
import { exitCodeForSignal, runCommand, type SignalSource } from '../model/train/command.js';
import { formatDuration } from '../model/train/timeout.js';
import { TrainingInterruptedError } from '../model/train/train-errors.js';
import { writeJsonAtomic } from '../runtime/atomic-write.js';
import { closestMatch } from '../runtime/closest-match.js';
import { InputError, UsageError } from '../runtime/errors.js';
import { sha256File } from '../runtime/file-digest.js';
import { makeTempWorkDir } from '../runtime/temp-work-dir.js';
import { childEnvironment } from './train.js';

export const DEFAULT_REPEATS = 5;
/** Rows of one call's input file at most (whole copies; one copy when a copy alone is larger). */
export const DEFAULT_MAX_BATCH_ROWS = 500_000;
export const MAX_REPEATS = 1_000;
const DEFAULT_THRESHOLD = 0.5;
/** The reservoir sample's own stream, apart from every feature's (see featureSeed). */
const SAMPLE_STREAM = 0x5a3b1e;

export interface ExplainOptions {
  /** The rows to explain on (CSV, TSV, JSON Lines, Parquet; .gz for text), with the label. */
  data: string;
  label: string;
  /** The predict command's argument list, with `{input}` and `{output}` as whole arguments. */
  predict: readonly string[];
  task?: Task;
  /** Any metric evaluate computes for the task (default: roc_auc, accuracy or rmse by task). */
  metric?: string;
  repeats?: number;
  seed?: number;
  /** The columns to permute (default: every column but the label). */
  features?: readonly string[];
  /** Explain on a seeded sample of this many rows (default: all). */
  maxRows?: number;
  maxBatchRows?: number;
  posLabel?: string;
  threshold?: number;
  /** Where to write the explanation; without it nothing is written. */
  out?: string;
  delimiter?: string;
  format?: TableFormat;
  /** Working directory of the command (default process.cwd()). */
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Time limit of each call of the command. */
  timeoutMs?: number;
  stopGraceMs?: number;
}

export interface ExplainPorts {
  /** Live output of the command (default: dropped; its last lines are in any failure's message). */
  stdout?(chunk: Buffer): void;
  stderr?(chunk: Buffer): void;
  /** Progress lines. */
  log?(line: string): void;
  signals?: SignalSource;
}

export interface ExplainResult {
  explanation: Explanation;
  path?: string;
}

/** How messages name the command's files, whatever temp folder they are in. */
const SHOWN_OUTPUT = 'the predict command\'s {output}';

function checkOptions(o: ExplainOptions): void {
  const intIn = (v: number | undefined, flag: string, min: number, max = Number.MAX_SAFE_INTEGER) => {
    if (v !== undefined && !(Number.isInteger(v) && v >= min && v <= max)) {
      throw new UsageError((n) => `${n.option(flag)} must be an integer from ${min} to ${max.toLocaleString('en-US')}, got ${v}`);
    }
  };
  intIn(o.repeats, 'repeats', 1, MAX_REPEATS);
  intIn(o.maxRows, 'max-rows', 1);
  intIn(o.maxBatchRows, 'max-batch-rows', 1);
  if (o.seed !== undefined && !(Number.isInteger(o.seed) && Math.abs(o.seed) <= 0xffffffff)) throw new UsageError((n) => `${n.option('seed')} must be a 32-bit integer, got ${o.seed}`);
  if (o.threshold !== undefined && !(o.threshold >= 0 && o.threshold <= 1)) throw new UsageError((n) => `${n.option('threshold')} must be in [0, 1], got ${o.threshold}`);
  if (!o.label) throw new UsageError((n) => `${n.option('label')} is required: the column holding the true label (or target)`);
  if (o.metric !== undefined && !(METRIC_NAMES as readonly string[]).includes(o.metric)) {
    const near = closestMatch(o.metric, METRIC_NAMES);
    throw new UsageError((n) => `${n.option('metric')} "${o.metric}" is not a metric evaluate computes${near ? ` (did you mean ${near}?)` : ''}`, { hint: `metrics: ${METRIC_NAMES.join(', ')}` });
  }
  checkPredictArgv(o.predict, 'the predict command');
}

/** One cell as a CSV field: missing → empty, quoted when it holds a delimiter, a quote or a line break. */
function csvField(v: CellValue): string {
  if (v === null || v === undefined) return '';
  const t = toText(v);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

/**
 * The data as the command will see it: one CSV line per row (every column but the label) and
 * where each field starts in it, so a permuted line is three slices, not a re-join of every field.
 */
interface Rows {
  file: string;
  format: TableFormat;
  /** Data rows in the file. */
  total: number;
  columns: string[];
  header: string;
  lines: string[];
  /** starts[row * (columns + 1) + c]: offset of field c; [.. + columns] = line length + 1. */
  starts: Uint32Array;
  labels: string[];
}

async function readRows(o: ExplainOptions, seed: number): Promise<Rows> {
  const reader = await openTable(o.data, { delimiter: o.delimiter, format: o.format, bytePath: false });
  const all = [...(await reader.columns())];
  if (!all.includes(o.label)) {
    const near = closestMatch(o.label, all);
    throw new InputError((n) => `column "${o.label}" (${n.option('label')}) not found${near ? ` (did you mean "${near}"?)` : ''}; the file has columns: ${all.join(', ')}`, {
      location: { file: o.data, line: reader.hasLines ? 1 : undefined },
      hint: (n) => `pass ${n.option('label')} with one of them`,
    });
  }
  const columns = all.filter((c) => c !== o.label);
  const cap = o.maxRows ?? Number.POSITIVE_INFINITY;
  const rng = new Xoshiro128(resampleSeed(seed >>> 0, SAMPLE_STREAM));
  // Reservoir sampling (Vitter's algorithm R) keeps a uniform sample of `cap` rows in one pass.
  const kept: Array<{ index: number; line: string; starts: number[]; label: string }> = [];
  let total = 0;
  for await (const b of reader.batches()) {
    const idx = columns.map((c) => b.columns.indexOf(c));
    const labelIdx = b.columns.indexOf(o.label);
    for (const c of b.columns) {
      if (c !== o.label && !columns.includes(c)) {
        throw new InputError(`column "${c}" first appears after the first record`, { location: { file: o.data, line: b.lines[0] }, hint: 'explain passes the first record\'s columns to the command: give every record the same keys' });
      }
    }
    for (let r = 0; r < b.length; r++) {
      const index = total++;
      let slot = kept.length;
      if (index >= cap) {
        const j = rng.nextIndex(index + 1);
        if (j >= cap) continue;
        slot = j;
      }
      const label = labelText(labelIdx < 0 ? null : b.values[labelIdx]![r]);
      if (label === undefined) {
        throw new InputError(`column "${o.label}" is missing a value`, { location: { file: o.data, line: b.lines[r] }, hint: 'every row needs its true label; drop the rows without one' });
      }
      const starts: number[] = [];
      let line = '';
      idx.forEach((i, c) => {
        if (c > 0) line += ',';
        starts.push(line.length);
        line += csvField(i < 0 ? null : b.values[i]![r]);
      });
      starts.push(line.length + 1);
      kept[slot] = { index, line, starts, label };
    }
  }
  if (total === 0) throw new InputError('no data rows: the file has only a header', { location: { file: o.data }, hint: 'explain on a file with at least one row' });
  kept.sort((a, b) => a.index - b.index);
  const width = columns.length + 1;
  const starts = new Uint32Array(kept.length * width);
  kept.forEach((k, i) => starts.set(k.starts, i * width));
  return {
    file: o.data,
    format: reader.format,
    total,
    columns,
    header: columns.map(csvField).join(','),
    lines: kept.map((k) => k.line),
    starts,
    labels: kept.map((k) => k.label),
  };
}

/** The features to permute: given (checked) or every column but the label. */
function featureList(o: ExplainOptions, columns: readonly string[]): string[] {
  if (!o.features || o.features.length === 0) return [...columns];
  const seen = new Set<string>();
  for (const f of o.features) {
    if (f === o.label) throw new UsageError((n) => `${n.option('features')} names the label column "${f}"`, { hint: 'the label is what the model predicts, not one of its inputs' });
    if (!columns.includes(f)) {
      const near = closestMatch(f, columns);
      throw new InputError((n) => `feature "${f}" (${n.option('features')}) is not a column of ${o.data}${near ? ` (did you mean "${near}"?)` : ''}`, { location: { file: o.data }, hint: `its columns: ${columns.join(', ')}` });
    }
    if (seen.has(f)) throw new UsageError((n) => `${n.option('features')} names "${f}" twice`);
    seen.add(f);
  }
  return [...o.features];
}

/** One copy of the data: the baseline (feature −1) or one feature's permutation. */
interface Copy {
  feature: number;
  perm?: Uint32Array;
}

function* copies(features: readonly string[], rows: number, repeats: number, seed: number): Generator<Copy> {
  yield { feature: -1 };
  for (let f = 0; f < features.length; f++) {
    for (const perm of featurePermutations(rows, features[f]!, repeats, seed)) yield { feature: f, perm };
  }
}

/** Writes `count` copies from `plan` (header first), streamed in ~1 MB writes; returns each copy's feature. */
async function writeCopies(path: string, data: Rows, columnOf: readonly number[], plan: Iterator<Copy>, count: number): Promise<number[]> {
  const out = createWriteStream(path);
  const failed = new Promise<never>((_, rej) => out.once('error', rej));
  failed.catch(() => undefined);
  const width = data.columns.length + 1;
  const { lines, starts } = data;
  const n = lines.length;
  const features: number[] = [];
  let buf = `${data.header}\n`;
  const flush = async () => {
    if (!out.write(buf)) await Promise.race([once(out, 'drain'), failed]);
    buf = '';
  };
  for (let k = 0; k < count; k++) {
    const next = plan.next();
    if (next.done) break;
    const { feature, perm } = next.value;
    features.push(feature);
    if (!perm) {
      for (let i = 0; i < n; i++) {
        buf += `${lines[i]}\n`;
        if (buf.length >= 1 << 20) await flush();
      }
      continue;
    }
    const c = columnOf[feature]!;
    for (let i = 0; i < n; i++) {
      const s = perm[i]!;
      const base = lines[i]!;
      const src = lines[s]!;
      buf += `${base.slice(0, starts[i * width + c])}${src.slice(starts[s * width + c]!, starts[s * width + c + 1]! - 1)}${base.slice(starts[i * width + c + 1]! - 1)}\n`;
      if (buf.length >= 1 << 20) await flush();
    }
  }
  if (buf.length > 0) await flush();
  await Promise.race([new Promise<void>((res) => out.end(() => res())), failed]);
  return features;
}

async function runPredict(argv: readonly string[], paths: { input: string; output: string; log: string }, o: ExplainOptions, ports: ExplainPorts, call: string): Promise<void> {
  const cwd = resolve(o.cwd ?? process.cwd());
  const result = await runCommand(substitutePlaceholders(argv, paths), {
    cwd,
    env: childEnvironment(o.env ?? process.env),
    logPath: paths.log,
    stdout: ports.stdout ?? (() => undefined),
    stderr: ports.stderr ?? (() => undefined),
    timeoutMs: o.timeoutMs,
    graceMs: o.stopGraceMs,
    signals: ports.signals,
    what: 'predict command',
    tailLines: 20,
  });
  const shown = argv.map((a) => (/[\s'"\\]/.test(a) ? JSON.stringify(a) : a)).join(' ');
  const tail = result.tail.length > 0 ? `\nlast ${result.tail.length} lines of its output:\n${result.tail.map((l) => `  ${l}`).join('\n')}` : '\n(it printed nothing)';
  if (result.stoppedBy === 'timeout') {
    throw new InputError(`the predict command ran past its time limit of ${formatDuration(o.timeoutMs!)} (${call}) and was stopped: ${shown}${tail}`, {
      hint: 'raise the time limit, lower max-batch-rows (smaller calls), or explain on fewer rows (max-rows)',
    });
  }
  if (result.stoppedBy !== null) {
    throw new TrainingInterruptedError(`interrupted by ${result.stoppedBy}: the predict command was stopped with every process it started`, exitCodeForSignal(result.stoppedBy));
  }
  if (result.exitCode !== 0) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
    throw new InputError(`the predict command ${how} (${call}): ${shown}${tail}`, {
      hint: 'run it by hand on a few rows of the data to see why; it must read the CSV {input} and write a CSV {output}',
    });
  }
  const written = await stat(paths.output).catch(() => undefined);
  if (!written?.isFile()) {
    throw new InputError(`the predict command succeeded but wrote no file at {output} (${call}): ${shown}`, { hint: 'write the predictions to the path given as the {output} argument' });
  }
}

/** The metric's value in a copy's block, or an InputError saying why it is undefined there. */
function metricValue(block: { metrics: Record<string, { value: number }>; omitted: Array<{ metric: string; reason: string }> }, name: string, what: string): number {
  const v = block.metrics[name]?.value;
  if (v !== undefined) return v;
  const why = block.omitted.find((m) => m.metric === name)?.reason ?? 'not computed';
  throw new InputError(`metric ${name} is undefined on ${what}: ${why}`, { hint: (n) => `choose another ${n.option('metric')}, or make the command write what ${name} needs` });
}

export async function explain(options: ExplainOptions, ports: ExplainPorts = {}): Promise<ExplainResult> {
  checkOptions(options);
  const repeats = options.repeats ?? DEFAULT_REPEATS;
  const seed = options.seed ?? DEFAULT_SEED;
  const maxBatchRows = options.maxBatchRows ?? DEFAULT_MAX_BATCH_ROWS;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const log = ports.log ?? (() => undefined);

  const digest = sha256File(options.data);
  digest.catch(() => undefined); // openTable reports a missing file with a better message
  const data = await readRows(options, seed);
  const features = featureList(options, data.columns);
  const columnOf = features.map((f) => data.columns.indexOf(f));
  const n = data.lines.length;
  const copiesTotal = 1 + features.length * repeats;
  const perCall = Math.max(1, Math.min(copiesTotal, Math.floor(maxBatchRows / n)));
  const calls = Math.ceil(copiesTotal / perCall);
  const plan = copies(features, n, repeats, seed);
  const warnings: string[] = [];
  if (options.maxRows !== undefined && data.total > options.maxRows) log(`explaining a seeded sample of ${n} of ${data.total} rows`);

  let task: Task | undefined = options.task;
  let scoring: CopyScoring | undefined;
  let metric: { name: MetricName; source: 'option' | 'task' } | undefined;
  let baseline = Number.NaN;
  let classification: Explanation['classification'] = null;
  let outputColumns: string[] | undefined;
  const permuted = features.map(() => [] as number[]);

  const work = await makeTempWorkDir('mlops-explain-');
  try {
    const paths = { input: join(work.path, 'input.csv'), output: join(work.path, 'output.csv'), log: join(work.path, 'predict.log') };
    for (let call = 1; call <= calls; call++) {
      const label = `call ${call} of ${calls}`;
      const chunk = await writeCopies(paths.input, data, columnOf, plan, perCall);
      await rm(paths.output, { force: true });
      log(`running the predict command (${label}): ${chunk.length} cop${chunk.length === 1 ? 'y' : 'ies'} of ${n} rows, ${(chunk.length * n).toLocaleString('en-US')} rows in all`);
      await runPredict(options.predict, paths, options, ports, label);
      const output: PredictOutput = await readPredictOutput(paths.output, SHOWN_OUTPUT, chunk.length * n);
      const columns = [...output.scoreColumns, ...(output.prediction ? ['prediction'] : [])];
      if (outputColumns === undefined) outputColumns = columns;
      else if (columns.join('\n') !== outputColumns.join('\n')) {
        throw new InputError(`the predict command wrote the columns ${columns.join(', ')} in ${label}, but ${outputColumns.join(', ')} before`, { location: { file: SHOWN_OUTPUT, line: 1 }, hint: 'write the same columns on every call' });
      }
      if (task === undefined) task = inferTask(data.labels, output);
      checkOutputScores(output, task, SHOWN_OUTPUT);
      scoring ??= { task, labels: data.labels, posLabel: options.posLabel, threshold, shown: SHOWN_OUTPUT };
      if (task === 'regression' && data.labels.some((t) => !Number.isFinite(Number(t)))) {
        const i = data.labels.findIndex((t) => !Number.isFinite(Number(t)));
        throw new InputError(`a regression task, but label ${JSON.stringify(data.labels[i])} (column "${options.label}") is not a number`, { location: { file: options.data }, hint: (o) => `give ${o.option('task')} for a classifier` });
      }
      for (let k = 0; k < chunk.length; k++) {
        const f = chunk[k]!;
        const scored = await scoreCopy(scoring, output, k * n);
        if (f < 0) {
          // The baseline: it decides the metric (the default needs a score column for roc_auc).
          if (options.metric !== undefined) {
            const name = options.metric as MetricName;
            if (!METRICS[name].tasks.includes(task)) {
              throw new UsageError((o) => `${o.option('metric')} ${name} does not apply to ${task} tasks`, { hint: `metrics for ${task}: ${METRIC_NAMES.filter((m) => METRICS[m].tasks.includes(task!)).join(', ')}` });
            }
            metric = { name, source: 'option' };
          } else {
            let name: MetricName = TASK_DEFAULT_METRIC[task];
            if (!(name in scored.block.metrics) && task === 'binary') {
              warnings.push('roc_auc needs a score column (P(positive)); the command writes only a prediction, so the metric is accuracy');
              name = 'accuracy';
            }
            metric = { name, source: 'task' };
          }
          baseline = metricValue(scored.block, metric.name, 'the unpermuted rows');
          if (scored.classification) classification = { classes: scored.classification.classes, pos_label: scored.classification.pos_label, threshold: scored.classification.threshold };
        } else {
          permuted[f]!.push(metricValue(scored.block, metric!.name, `the rows with "${features[f]}" permuted`));
        }
      }
    }
  } finally {
    await work.remove();
  }

  const direction = METRICS[metric!.name].direction;
  const ranked = rankImportances(summarizeImportances(baseline, features.map((feature, f) => ({ feature, scores: permuted[f]! })), direction));
  const { sha256, size } = await digest;
  const explanation: Explanation = {
    schema: EXPLANATION_SCHEMA,
    method: 'permutation',
    task: task!,
    task_source: options.task ? 'option' : 'inferred',
    metric: { name: metric!.name, direction, source: metric!.source, baseline },
    dataset: { file: options.data, format: data.format, sha256, bytes: size, rows: data.total, rows_used: n, max_rows: options.maxRows ?? null },
    label: options.label,
    classification,
    input_columns: data.columns,
    repeats,
    seed,
    permutation: { prng: PERMUTATION_PRNG, stream: PERMUTATION_STREAM },
    predict: { argv: [...options.predict], calls, copies_per_call: perCall, copies: copiesTotal, max_batch_rows: maxBatchRows, output_columns: outputColumns ?? [] },
    features: ranked.map((r, i) => ({ rank: i + 1, feature: r.feature, importance_mean: r.mean, importance_std: r.std, importances: r.importances })),
    warnings,
  };
  explanationSchema.parse(explanation);
  if (!options.out) return { explanation };
  await writeJsonAtomic(options.out, explanation);
  return { explanation, path: options.out };
}
