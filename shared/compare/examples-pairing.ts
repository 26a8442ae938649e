/**
 * Per-example files of two evaluation reports (shared/formats/examples-file.ts writes them), read and
 * paired row by row by `id`, then turned into prepared evaluations for the paired tests.
 *
 * Pairing is strict: both files must hold the same set of ids, and the same label for every id.
 * Anything else means the two models were not evaluated on the same rows, and a "paired" test would
 * be meaningless, so it is an InputError that says which ids differ.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { Transform } from 'node:stream';
import { InputError } from '../runtime/errors.js';
import type { EvaluationReport } from '../formats/evaluation-format.js';
import { binaryEvaluation, multiclassEvaluation, regressionEvaluation, type Label, type MetricName } from '../model/metrics/index.js';
import type { PairedModel } from './significance.js';

/** One per-example file, column by column, in file order. */
export interface ExampleRows {
  file: string;
  /** Row ids as text (`String(id)`): an id column's text, or the 0-based row index. */
  ids: string[];
  /** Labels as written (number, string or boolean). */
  labels: Label[];
  predictions?: Label[] | Float64Array;
  /** Binary: P(positive). */
  score?: Float64Array;
  /** Multiclass: one row of class probabilities per example, flattened (width = classes). */
  scores?: Float64Array;
  width?: number;
  /** evaluate --sensitive: each sensitive column's value per row (null = missing); absent in older files. */
  sensitive?: Map<string, Array<string | null>>;
}

/** Reads a `.examples.jsonl.gz` file, checking it against what the report recorded (SHA-256, rows). */
export async function readExamplesFile(file: string, expected?: { sha256?: string; rows?: number }): Promise<ExampleRows> {
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const input = createReadStream(file);
  const gunzip = createGunzip();
  const fail = (what: string, line?: number, hint?: string) => new InputError(what, { location: { file, line }, hint });
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', (e: NodeJS.ErrnoException) =>
      reject(fail(e.code === 'ENOENT' ? 'per-example file not found' : `cannot read the per-example file: ${e.message}`, undefined, 'it is written next to the report by evaluate; copy both together')),
    );
  });
  await opened;
  const rows: ExampleRows = { file, ids: [], labels: [] };
  const preds: Label[] = [];
  const numPreds: number[] = [];
  const score: number[] = [];
  const scores: number[] = [];
  const sensitive = new Map<string, Array<string | null>>();
  const sensitiveOrder: string[] = [];
  const sensitiveLists: Array<Array<string | null>> = [];
  let lineNo = 0;
  const lines = createInterface({ input: input.pipe(tap).pipe(gunzip), crlfDelay: Infinity });
  const gunzipError = new Promise<never>((_, reject) => gunzip.once('error', (e) => reject(fail(`not a gzip file: ${e.message}`, undefined, 'point the report at the file evaluate wrote'))));
  gunzipError.catch(() => undefined);
  const readAll = (async () => {
    for await (const line of lines) {
      lineNo++;
      if (line === '') continue;
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw fail('not a JSON object', lineNo);
      }
      if (o === null || typeof o !== 'object' || !('id' in o) || !('label' in o)) throw fail('each line needs "id" and "label"', lineNo);
      rows.ids.push(String(o.id));
      rows.labels.push(o.label as Label);
      if ('prediction' in o) {
        if (typeof o.prediction === 'number') numPreds.push(o.prediction);
        preds.push(o.prediction as Label);
      }
      if ('score' in o) score.push(o.score as number);
      if ('sensitive' in o) {
        const v = o.sensitive as Record<string, unknown> | null;
        if (v === null || typeof v !== 'object' || Array.isArray(v)) throw fail('"sensitive" is not an object', lineNo);
        // Every row names the same columns in the same order: the previous row's lists, by position.
        let j = 0;
        for (const column in v) {
          const x = v[column];
          if (x !== null && typeof x !== 'string') throw fail(`"sensitive" value of ${JSON.stringify(column)} is not text or null`, lineNo);
          let values = sensitiveOrder[j] === column ? sensitiveLists[j] : undefined;
          if (!values) {
            values = sensitive.get(column);
            if (!values) sensitive.set(column, (values = []));
            sensitiveOrder[j] = column;
            sensitiveLists[j] = values;
          }
          values.push(x);
          j++;
        }
      }
      if ('scores' in o) {
        const s = o.scores as number[];
        if (rows.width === undefined) rows.width = s.length;
        else if (s.length !== rows.width) throw fail(`"scores" has ${s.length} values, earlier rows ${rows.width}`, lineNo);
        scores.push(...s);
      }
    }
  })();
  await Promise.race([readAll, gunzipError]);
  const n = rows.ids.length;
  if (preds.length) rows.predictions = numPreds.length === n && preds.length === n ? Float64Array.from(numPreds) : preds;
  if (score.length) rows.score = Float64Array.from(score);
  if (scores.length) rows.scores = Float64Array.from(scores);
  for (const [what, len] of [['prediction', preds.length], ['score', score.length], ['scores', rows.width ? scores.length / rows.width : 0]] as const) {
    if (len !== 0 && len !== n) throw fail(`"${what}" is on ${len} of ${n} rows`);
  }
  for (const [column, values] of sensitive) if (values.length !== n) throw fail(`"sensitive" has ${JSON.stringify(column)} on ${values.length} of ${n} rows`);
  if (sensitive.size > 0) rows.sensitive = sensitive;
  const digest = hash.digest('hex');
  if (expected?.sha256 !== undefined && digest !== expected.sha256) {
    throw fail(`SHA-256 ${digest} differs from the ${expected.sha256} its report records`, undefined, 'the file changed after evaluate wrote the report; re-run evaluate');
  }
  if (expected?.rows !== undefined && n !== expected.rows) throw fail(`${n} rows, but its report records ${expected.rows}`, undefined, 're-run evaluate');
  return rows;
}

/** Two files' rows in the same order: the head's order, baseline rows reordered to match by id. */
export interface PairedExamples {
  rows: number;
  ids: string[];
  labels: Label[];
  head: ExampleRows;
  base: ExampleRows;
}

const preview = (ids: string[]) => ids.slice(0, 5).map((s) => JSON.stringify(s)).join(', ') + (ids.length > 5 ? `, … (${ids.length} in all)` : '');

function permute<T>(a: T[] | Float64Array | undefined, order: Uint32Array, width = 1): T[] | Float64Array | undefined {
  if (!a) return undefined;
  if (a instanceof Float64Array) {
    const out = new Float64Array(order.length * width);
    for (let i = 0; i < order.length; i++) out.set(a.subarray(order[i]! * width, (order[i]! + 1) * width), i * width);
    return out;
  }
  return Array.from(order, (j) => a[j]!);
}

/** Pairs rows by id. Different id sets or different labels for one id → InputError. */
export function pairExamples(head: ExampleRows, base: ExampleRows): PairedExamples {
  const index = new Map<string, number>();
  base.ids.forEach((id, i) => {
    if (index.has(id)) throw new InputError(`id ${JSON.stringify(id)} occurs twice`, { location: { file: base.file }, hint: (o) => `evaluate with ${o.option('id')} naming a unique column` });
    index.set(id, i);
  });
  const order = new Uint32Array(head.ids.length);
  const seen = new Set<string>();
  const onlyHead: string[] = [];
  head.ids.forEach((id, i) => {
    if (seen.has(id)) throw new InputError(`id ${JSON.stringify(id)} occurs twice`, { location: { file: head.file }, hint: (o) => `evaluate with ${o.option('id')} naming a unique column` });
    seen.add(id);
    const j = index.get(id);
    if (j === undefined) onlyHead.push(id);
    else order[i] = j;
  });
  const onlyBase = base.ids.filter((id) => !seen.has(id));
  if (onlyHead.length || onlyBase.length) {
    throw new InputError(
      `the head and baseline were evaluated on different rows: ${onlyHead.length} ids only in the head (${preview(onlyHead) || 'none'}), ${onlyBase.length} only in the baseline (${preview(onlyBase) || 'none'})`,
      { location: { file: head.file }, hint: (o) => `evaluate both models on the same rows (same file, same ${o.option('id')} column), or compare without per-example data` },
    );
  }
  for (let i = 0; i < head.ids.length; i++) {
    const a = head.labels[i];
    const b = base.labels[order[i]!];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      throw new InputError(`id ${JSON.stringify(head.ids[i])} has label ${JSON.stringify(a)} in the head but ${JSON.stringify(b)} in the baseline (${base.file})`, {
        location: { file: head.file, line: i + 1 },
        hint: 'the two evaluations used different labels for the same row; evaluate both on the same labelled data',
      });
    }
  }
  const reordered: ExampleRows = {
    file: base.file,
    ids: head.ids,
    labels: head.labels,
    predictions: permute(base.predictions, order),
    score: permute(base.score, order) as Float64Array | undefined,
    scores: permute(base.scores, order, base.width) as Float64Array | undefined,
    width: base.width,
    sensitive: base.sensitive && new Map([...base.sensitive].map(([column, values]) => [column, permute(values, order) as Array<string | null>])),
  };
  return { rows: head.ids.length, ids: head.ids, labels: head.labels, head, base: reordered };
}

// ---------------------------------------------------------------------------------------------
// Paired rows → prepared evaluations

const SCORE_METRICS: ReadonlySet<MetricName> = new Set(['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece']);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What the paired tests need of one model, besides its evaluations. */
export interface PairedModelData extends PairedModel {
  /** 1 where the predicted label equals the true label (classification). */
  correct?: Uint8Array;
  /** Binary: 1 for the positive class, and P(positive). */
  positive?: Uint8Array;
  score?: Float64Array;
}

/** The model of `side` on the paired rows, with the predicted labels evaluate used for `report`. */
export function pairedModel(report: EvaluationReport, rows: ExampleRows, labels: Label[], reportName: string): PairedModelData {
  const n = labels.length;
  const task = report.task;
  const bad = (what: string) => new InputError(`${reportName}: ${what}`, { hint: 'the per-example file does not match its report; re-run evaluate' });
  if (task === 'regression') {
    if (!(rows.predictions instanceof Float64Array)) throw bad('regression examples need numeric "prediction" values');
    const e = regressionEvaluation(labels as number[], rows.predictions);
    return { rows: n, evaluationFor: () => e };
  }
  const cls = report.classification;
  if (!cls || (task !== 'binary' && task !== 'multiclass')) throw bad('paired tests need a binary, multiclass or regression report from predictions');
  if (task === 'binary') {
    const pos = cls.pos_label;
    const positive = Uint8Array.from(labels, (l) => (same(l, pos) ? 1 : 0));
    let predPos: Uint8Array | undefined;
    if (rows.predictions) predPos = Uint8Array.from(rows.predictions as ArrayLike<Label>, (p) => (same(p, pos) ? 1 : 0));
    const threshold = cls.threshold ?? 0.5;
    // The report's ECE bin count, so the paired ECE is the metric the report shows (evaluate's default is 15).
    const eceBins = cls.ece_bins;
    const scoreEval = rows.score ? binaryEvaluation(positive, rows.score, { posLabel: 1, threshold, eceBins }) : undefined;
    const labelEval = predPos ? binaryEvaluation(positive, Float64Array.from(predPos), { posLabel: 1, threshold: 0.5, eceBins }) : scoreEval;
    // The predicted label evaluate used: the prediction column, else score > threshold (strict).
    const predicted = predPos ?? (rows.score ? Uint8Array.from(rows.score, (s) => (s > threshold ? 1 : 0)) : undefined);
    return {
      rows: n,
      evaluationFor: (m) => (SCORE_METRICS.has(m) ? scoreEval : labelEval),
      correct: predicted && Uint8Array.from(predicted, (p, i) => (p === positive[i] ? 1 : 0)),
      positive,
      score: rows.score,
    };
  }
  const classes = cls.classes;
  const k = classes.length;
  let pred: Label[];
  if (rows.predictions) pred = Array.from(rows.predictions as ArrayLike<Label>);
  else if (rows.scores && rows.width === k) {
    pred = Array.from({ length: n }, (_, i) => {
      let best = 0;
      for (let j = 1; j < k; j++) if (rows.scores![i * k + j]! > rows.scores![i * k + best]!) best = j;
      return classes[best]!;
    });
  } else throw bad('multiclass examples need "prediction" or "scores"');
  if (rows.scores && rows.width !== k) throw bad(`"scores" has ${rows.width} values per row but the report has ${k} classes`);
  const proba = rows.scores ? Array.from({ length: n }, (_, i) => rows.scores!.subarray(i * k, (i + 1) * k)) : undefined;
  const e = multiclassEvaluation(labels, pred, { proba, classes, eceBins: cls.ece_bins });
  return {
    rows: n,
    evaluationFor: (m) => (SCORE_METRICS.has(m) && !proba ? undefined : e),
    correct: Uint8Array.from(pred, (p, i) => (same(p, labels[i]) ? 1 : 0)),
  };
}

/** Both models on the paired rows; checks that the reports agree on what the classes are. */
export function pairedModels(head: EvaluationReport, base: EvaluationReport, paired: PairedExamples): { head: PairedModelData; base: PairedModelData } {
  if (head.task !== base.task) throw new InputError(`the head is a ${head.task} evaluation but the baseline a ${base.task} one`, { hint: 'compare evaluations of the same task' });
  if (head.task === 'binary' && !same(head.classification?.pos_label, base.classification?.pos_label)) {
    const posLabel = (r: EvaluationReport) => (r.classification ? JSON.stringify(r.classification.pos_label) : 'not recorded (no classification block)');
    throw new InputError(`the head's positive class is ${posLabel(head)} but the baseline's ${posLabel(base)}`, {
      hint: (o) => `evaluate both with the same ${o.option('pos-label')}`,
    });
  }
  if (head.task === 'multiclass' && !same(head.classification?.classes, base.classification?.classes)) {
    const classes = (r: EvaluationReport) => r.classification?.classes.join(', ') ?? 'not recorded: no classification block';
    throw new InputError(`the head's classes (${classes(head)}) differ from the baseline's (${classes(base)})`, {
      hint: 'evaluate both on the same labelled data',
    });
  }
  return { head: pairedModel(head, paired.head, paired.labels, 'head'), base: pairedModel(base, paired.base, paired.labels, 'baseline') };
}

