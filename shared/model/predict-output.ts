/**
 * What the predict command wrote, read back and scored one copy of the data at a time.
 *
 * The command's output is a CSV with one row per input row, in order: a `score` column
 * (binary: P(positive class); regression: the predicted value), or one `score_<class>` column
 * per class (probabilities, as predict_proba), and/or a `prediction` column (the predicted label
 * or value). Each copy of the data (the baseline, then each feature × repeat) is a run of
 * `rows` consecutive output rows; it is scored exactly as `evaluate` scores a predictions file
 * (task-blocks.ts: the positive class, the threshold, argmax for multiclass, the metric registry),
 * so a metric means the same in an explanation as in an evaluation report.
 */
import { openTable } from '../data/open-table.js';
import type { EvaluationReport } from '../formats/evaluation-format.js';
import { defaultNullTokens, isDecimalLiteral, toNumber, toText } from '../data/values.js';
import { InputError } from '../runtime/errors.js';
import type { Block } from './metric-blocks.js';
import { type Task } from './metrics/index.js';
import { Dictionary, isNumericText, labelText, scoreClasses, type Collected } from './read-predictions.js';
import { prepareTask } from './task-blocks.js';

/** Rows of per-class probabilities may sum to 1 ± this (as evaluate's). */
const PROBABILITY_SUM_TOLERANCE = 1e-6;

export interface PredictOutput {
  rows: number;
  /** `score`, or the `score_<class>` columns in file order, or none. */
  scoreColumns: string[];
  scores: Float64Array[];
  /** The `prediction` column as label text (labelText), when there is one. */
  prediction?: string[];
  /** The CSV line of each row's record, for messages. */
  lines: Int32Array;
}

/**
 * Reads the command's output file (`shown` is how messages name it) and checks it holds
 * `expectedRows` rows. Every failure is an InputError naming the command's output.
 */
export async function readPredictOutput(file: string, shown: string, expectedRows: number): Promise<PredictOutput> {
  // The byte path: on a one-column file the text path takes ten times as long (5 s vs 0.5 s for 510k rows).
  const reader = await openTable(file, { format: 'csv' });
  const header = [...(await reader.columns())];
  const scoreColumns = header.includes('score') ? ['score'] : header.filter((c) => c.startsWith('score_'));
  const hasPrediction = header.includes('prediction');
  const hint = 'the command must write a CSV with a header and a "score" column (or one "score_<class>" column per class) and/or a "prediction" column, one row per input row, in order';
  if (scoreColumns.length === 0 && !hasPrediction) {
    throw new InputError(`the predict command's output has no "score", "score_<class>" or "prediction" column (it has: ${header.join(', ') || 'no columns'})`, { location: { file: shown, line: 1 }, hint });
  }
  if (scoreColumns.length === 1 && scoreColumns[0] !== 'score') {
    throw new InputError(`the predict command's output has one per-class column, "${scoreColumns[0]}"`, { location: { file: shown, line: 1 }, hint: 'write "score" (P(positive class)) for binary tasks, or one "score_<class>" column for every class' });
  }
  const scores = scoreColumns.map(() => new Float64Array(expectedRows));
  const prediction: string[] | undefined = hasPrediction ? new Array<string>(expectedRows) : undefined;
  const lines = new Int32Array(expectedRows);
  let rows = 0;
  const tooMany = () =>
    new InputError(`the predict command wrote more than ${expectedRows} rows; its input had ${expectedRows}`, { location: { file: shown }, hint });
  for await (const b of reader.batches()) {
    if (rows + b.length > expectedRows) throw tooMany();
    const scoreCols = scoreColumns.map((c) => b.values[b.columns.indexOf(c)]!);
    const predCol = hasPrediction ? b.values[b.columns.indexOf('prediction')]! : undefined;
    for (let r = 0; r < b.length; r++) {
      const at = rows + r;
      lines[at] = b.lines[r]!;
      for (let k = 0; k < scoreCols.length; k++) {
        const v = scoreCols[k]![r];
        const x = defaultNullTokens.isMissing(v) ? undefined : toNumber(v);
        if (x === undefined || !Number.isFinite(x)) {
          throw new InputError(`column "${scoreColumns[k]}" value ${JSON.stringify(v === null || v === undefined ? '' : toText(v))} is not a finite number`, {
            location: { file: shown, line: b.lines[r] },
            hint: 'every row needs a score; check that the model predicts every input row',
          });
        }
        scores[k]![at] = x;
      }
      if (predCol) {
        const t = labelText(predCol[r]);
        if (t === undefined) throw new InputError('column "prediction" is missing a value', { location: { file: shown, line: b.lines[r] }, hint: 'every row needs a prediction' });
        prediction![at] = t;
      }
    }
    rows += b.length;
  }
  if (rows !== expectedRows) {
    throw new InputError(`the predict command wrote ${rows} row${rows === 1 ? '' : 's'}; its input had ${expectedRows}`, { location: { file: shown }, hint });
  }
  return { rows, scoreColumns, scores, prediction, lines };
}

/**
 * The task, when none is given, as scikit-learn's `type_of_target` reads the labels: numbers with
 * a fraction → regression; at most two classes → binary; more → multiclass. Two things the
 * command's output adds: per-class score columns for three or more classes mean multiclass, and
 * a prediction column holding numbers with a fraction means regression (a classifier predicts
 * classes), which catches an integer-valued target such as a count.
 */
export function inferTask(labels: readonly string[], output: PredictOutput): Task {
  if (output.scoreColumns.length >= 3) return 'multiclass';
  const fractional = (t: string) => isNumericText(t) && !Number.isInteger(+t);
  if (labels.some(fractional)) return 'regression';
  if (output.prediction && output.prediction.some(fractional)) return 'regression';
  if (output.scoreColumns[0] === 'score' && !output.prediction && new Set(labels).size > 2) {
    // One score column and many classes: a regressor writing its value as "score".
    return labels.every((t) => isNumericText(t)) ? 'regression' : 'multiclass';
  }
  return new Set(labels).size <= 2 ? 'binary' : 'multiclass';
}

export interface CopyScoring {
  task: Task;
  /** The label of each data row: labelText (classification) or the number's text (regression). */
  labels: readonly string[];
  posLabel?: string;
  threshold: number;
  /** How messages name the output file. */
  shown: string;
}

/** Checks, once per output file, what evaluate checks of score columns: probabilities in [0, 1] summing to 1. */
export function checkOutputScores(output: PredictOutput, task: Task, shown: string): void {
  if (task === 'regression') {
    if (output.scoreColumns.length > 1) {
      throw new InputError(`a regression task, but the predict command wrote per-class columns (${output.scoreColumns.join(', ')})`, {
        location: { file: shown, line: 1 },
        hint: (o) => `write the predicted value as "prediction" (or "score"), or give ${o.option('task')}`,
      });
    }
    return;
  }
  const k = output.scoreColumns.length;
  for (let i = 0; i < output.rows; i++) {
    let sum = 0;
    for (let c = 0; c < k; c++) {
      const x = output.scores[c]![i]!;
      if (x < 0 || x > 1) {
        throw new InputError(`column "${output.scoreColumns[c]}" value ${x} is not a probability in [0, 1]`, {
          location: { file: shown, line: output.lines[i] },
          hint: 'scores must be probabilities (predict_proba output), not logits or decision values',
        });
      }
      sum += x;
    }
    if (k >= 2 && !(Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE)) {
      throw new InputError(`probabilities ${output.scoreColumns.join(' + ')} sum to ${sum}, not 1 (tolerance ${PROBABILITY_SUM_TOLERANCE})`, {
        location: { file: shown, line: output.lines[i] },
        hint: 'write one probability column per class, from predict_proba or a softmax',
      });
    }
  }
}

export interface ScoredCopy {
  block: Block;
  /** Classification: the classes, the positive class and the threshold as evaluate reports them. */
  classification?: EvaluationReport['classification'];
}

/** The metric block of one copy: output rows [offset, offset + labels.length). */
export async function scoreCopy(setup: CopyScoring, output: PredictOutput, offset: number): Promise<ScoredCopy> {
  const n = setup.labels.length;
  const { task } = setup;
  const scoreCols = output.scoreColumns;
  const scoreClassTexts = task === 'regression' ? [] : scoreClasses(scoreCols);
  const dict = new Dictionary();
  // No slices (nor sensitive columns): only the whole copy's metrics are wanted.
  const data = { rows: n, format: 'csv', dict, scores: [], slices: [], sensitive: [] } as Collected;
  if (task === 'regression') {
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) y[i] = +setup.labels[i]!;
    data.yNum = y;
    if (output.prediction) {
      const p = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const t = output.prediction[offset + i]!;
        const x = isDecimalLiteral(t) ? +t : Number.NaN;
        if (!Number.isFinite(x)) {
          throw new InputError(`column "prediction" value ${JSON.stringify(t)} is not a number (a regression task)`, {
            location: { file: setup.shown, line: output.lines[offset + i] },
            hint: (o) => `write the predicted value, or give ${o.option('task')} if this is a classifier`,
          });
        }
        p[i] = x;
      }
      data.predNum = p;
    } else data.predNum = output.scores[0]!.subarray(offset, offset + n);
  } else {
    const y = new Int32Array(n);
    for (let i = 0; i < n; i++) y[i] = dict.code(setup.labels[i]!);
    data.yCode = y;
    if (output.prediction) {
      const p = new Int32Array(n);
      for (let i = 0; i < n; i++) p[i] = dict.code(output.prediction[offset + i]!);
      data.predCode = p;
    }
    data.scores = output.scores.map((s) => s.subarray(offset, offset + n));
  }
  const prepared = prepareTask(task, data, { file: setup.shown, score: task === 'regression' ? [] : scoreCols, scoreClassTexts, threshold: setup.threshold, posLabel: setup.posLabel, boot: null });
  return { block: await prepared.blockFor(), classification: prepared.classification };
}
