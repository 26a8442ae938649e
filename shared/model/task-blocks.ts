/**
 * One task's evaluation, prepared from the read predictions: a function computing the metric block
 * of any subset of rows (all of them, or one slice), the report's `classification` section, and the
 * per-example fields. Binary with one score column: P(positive); predicted positive iff
 * score > threshold, unless a prediction column is given (then label metrics use it and score
 * metrics use the score). Multiclass without a prediction column predicts as scikit-learn's
 * predict does: classes_[argmax(proba)], the first maximum on ties.
 */
import type { EvaluationReport } from '../formats/evaluation-format.js';
import type { ExampleField } from '../formats/examples-file.js';
import { InputError, UsageError } from '../runtime/errors.js';
import { oneVsRestOutcomes, type FairnessOutcomes } from './fairness.js';
import { binaryBlock, multiclassBlock, regressionBlock, type Block, type BootstrapSettings } from './metric-blocks.js';
import { ECE_DEFAULT_BINS, type Label, type Task } from './metrics/index.js';
import { isNumericText, labelText, pickF64, pickI32, typedLabels, type Collected } from './read-predictions.js';

export interface TaskSettings {
  /** The predictions file, for messages. */
  file: string;
  score: readonly string[];
  /** The class of each score column (empty for regression). */
  scoreClassTexts: readonly string[];
  threshold: number;
  posLabel?: string;
  boot: BootstrapSettings | null;
}

export interface PreparedTask {
  /** The metric block of these rows (all rows when none are given). */
  blockFor: (rows?: Uint32Array) => Block | Promise<Block>;
  exampleFields: ExampleField[];
  classification?: EvaluationReport['classification'];
  /** The typed class of each score column, when there are score columns. */
  scoreClasses?: Label[];
  /** What the fairness section compares across groups: the predictions the metrics use. */
  fairness: () => FairnessOutcomes;
}

export function prepareTask(task: Task, data: Collected, settings: TaskSettings): PreparedTask {
  const { file, score, scoreClassTexts, threshold, boot } = settings;
  const options = { posLabel: settings.posLabel };
  const n = data.rows;
  let classification: EvaluationReport['classification'] | undefined;
  let scoreClassesOut: Label[] | undefined;
  let blockFor: (rows?: Uint32Array) => Block | Promise<Block>;
  let exampleFields: ExampleField[];
  let fairness: () => FairnessOutcomes;
  if (task === 'regression') {
    const y = data.yNum!;
    const p = data.predNum!;
    blockFor = (rows) => regressionBlock(rows ? pickF64(y, rows) : y, rows ? pickF64(p, rows) : p, boot);
    fairness = () => ({ kind: 'regression', outcome: { y, pred: p } });
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
      fairness = () => {
        // The label metrics' predictions: the prediction column, else score > threshold (strict).
        let pred = predPos;
        if (!pred) {
          pred = new Uint8Array(n);
          for (let i = 0; i < n; i++) pred[i] = pScore![i]! > threshold ? 1 : 0;
        }
        return { kind: 'classification', outcomes: [{ positiveClass: posTyped, y, pred, score: pScore }] };
      };
      blockFor = (rows) => {
        const pick8 = (a: Uint8Array) => (rows ? Uint8Array.from(rows, (r) => a[r]!) : a);
        return binaryBlock(pick8(y), pScore && (rows ? pickF64(pScore, rows) : pScore), predPos && pick8(predPos), ctx);
      };
      classification = {
        classes: [neg, posTyped].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1)),
        pos_label: posTyped,
        threshold: predPos ? null : threshold,
        predicted_from: predPos ? 'prediction' : 'threshold',
        ece_bins: ECE_DEFAULT_BINS,
      };
      if (score.length === 2) scoreClassesOut = scoreClassTexts.map(typed);
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
      } else pred = argmaxClasses(proba!, n, k);
      blockFor = (rows) => {
        if (!rows) return multiclassBlock(y, pred, proba, { classes, boot });
        let sub: Float64Array | undefined;
        if (proba) {
          sub = new Float64Array(rows.length * k);
          rows.forEach((r, i) => sub!.set(proba!.subarray(r * k, (r + 1) * k), i * k));
        }
        return multiclassBlock(pickI32(y, rows), pickI32(pred, rows), sub, { classes, boot });
      };
      classification = { classes, pos_label: null, threshold: null, predicted_from: data.predCode ? 'prediction' : 'argmax', ece_bins: ECE_DEFAULT_BINS };
      fairness = () => oneVsRestOutcomes(classes, y, pred, proba);
      if (score.length > 0) scoreClassesOut = scoreClassTexts.map((t) => classes[toClass[texts.indexOf(t)]!]!);
      const classJson = classes.map((c) => JSON.stringify(c));
      exampleFields = [
        { key: 'label', kind: 'coded', codes: y, json: classJson },
        { key: 'prediction', kind: 'coded', codes: pred, json: classJson },
      ];
      if (proba) exampleFields.push({ key: 'scores', kind: 'vector', values: proba, width: k });
    }
  }

  return { blockFor, exampleFields, classification, scoreClasses: scoreClassesOut, fairness: fairness! };
}

/** scikit-learn's predict: classes_[argmax(proba)] per row (row-major, k per row), the first maximum on ties. */
export function argmaxClasses(proba: Float64Array, n: number, k: number): Int32Array {
  const pred = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let j = 1; j < k; j++) if (proba[i * k + j]! > proba[i * k + best]!) best = j;
    pred[i] = best;
  }
  return pred;
}
