/**
 * Fairness on production data (drift-check's `fairness:` settings): the same group rates and
 * across-group summaries `evaluate --sensitive` writes, computed on the rows the data sources give
 * once their delayed outcomes (labels) have arrived, and rules on those summaries whose breach makes
 * the decision `degradation`, as IBM OpenScale's fairness monitor does on scored payload data.
 *
 * No fairness arithmetic lives here: the rows are coded as evaluate's reader codes them (labels by
 * labelText, sensitive values by toText, missing values a group of their own) and handed to
 * prepareTask (the positive class, the prediction or score > threshold) and fairnessSection (the
 * groups, the summaries, the bootstrap CIs). So one set of rows gives one set of numbers, whichever
 * step computed them.
 *
 * Rows: a row without a label is awaiting its outcome: left out and counted (`missing_label`); a
 * labelled row without a prediction (or score) is left out and counted too (`missing_prediction`).
 * A configured column that a source with rows does not have is broken evidence: an InputError
 * naming the column and the source, before any report exists.
 *
 * Binary classifiers (one positive class, as OpenScale's monitor), multiclass classifiers (every
 * class one-vs-rest, as evaluate: prepareTask's outcomes, each rule checked on each class) and
 * regression models (group MAE, RMSE and mean error, and their gaps); a rule whose summary
 * cannot be computed (fewer than 2 groups with enough labelled rows, a rate undefined in every
 * group) is reported as not checked, and does not decide: too few outcomes are no evidence of harm.
 */
import type { CellValue } from '../data/cell-value.js';
import type { RecordBatch } from '../data/table.js';
import { defaultNullTokens, toNumber, toText } from '../data/values.js';
import type { FairnessRuleCheck, DriftFairness } from '../formats/drift-format.js';
import { InputError, UsageError, type SourceLocation } from '../runtime/errors.js';
import { closestMatch } from '../runtime/yaml-source.js';
import { fairnessSection } from '../model/fairness.js';
import { DEFAULT_CONFIDENCE, DEFAULT_PAIRED_RESAMPLES, DEFAULT_SEED } from '../model/metrics/index.js';
import { Dictionary, isNumericText, labelText, type Collected } from '../model/read-predictions.js';
import { prepareTask } from '../model/task-blocks.js';
import type { DriftFairnessConfig } from './drift-config.js';
import type { SourceLabel } from './sources/collect-columns.js';
import type { RowTap } from './sources/read-sources.js';

/** As evaluate's defaults (shared/steps/evaluate.ts), so the same rows give the same numbers. */
export const FAIRNESS_DEFAULT_THRESHOLD = 0.5;
export const FAIRNESS_DEFAULT_MIN_GROUP_SIZE = 30;
/** More distinct values than this in a sensitive column is an error (as evaluate's reader). */
const MAX_GROUPS = 1000;


const fmt = (x: number) => String(Number(x.toPrecision(4)));

/** One column of a batch, cell by cell (dictionary-encoded batches without materialising `values`). */
function cellsOf(batch: RecordBatch, c: number): (r: number) => CellValue {
  const dict = batch.dictionaries?.[c];
  if (dict !== undefined) {
    const values = dict.values;
    const codes = dict.codes;
    return (r) => values[codes[r]!];
  }
  const col = batch.values[c]!;
  return (r) => col[r];
}

/** A regression target or prediction cell: the finite number, undefined when missing; throws on text. */
function numberCell(v: CellValue, what: string, where: () => SourceLocation | undefined, prefix: string): number | undefined {
  if (defaultNullTokens.isMissing(v)) return undefined;
  const x = typeof v === 'number' ? v : toNumber(v);
  if (x === undefined || !Number.isFinite(x)) {
    throw new InputError(`${prefix}fairness ${what} value ${JSON.stringify(toText(v))} is not a finite number`, { location: where(), hint: 'task regression reads numeric targets and predictions' });
  }
  return x;
}

class Growing {
  private a: Int32Array | Float64Array;
  n = 0;
  constructor(private readonly kind: 'i32' | 'f64') {
    this.a = kind === 'i32' ? new Int32Array(1024) : new Float64Array(1024);
  }
  push(x: number): void {
    if (this.n === this.a.length) {
      const grown = this.kind === 'i32' ? new Int32Array(this.a.length * 2) : new Float64Array(this.a.length * 2);
      grown.set(this.a);
      this.a = grown;
    }
    this.a[this.n++] = x;
  }
  i32(): Int32Array {
    return (this.a as Int32Array).slice(0, this.n);
  }
  f64(): Float64Array {
    return (this.a as Float64Array).slice(0, this.n);
  }
}

/** Collects the labelled rows' label, prediction or score, and sensitive values, row-aligned. */
export class FairnessRows implements RowTap {
  readonly dict = new Dictionary();
  private readonly y = new Growing('i32');
  private readonly pred = new Growing('i32');
  private readonly score = new Growing('f64');
  /** Regression: target and predicted value. */
  private readonly yNum = new Growing('f64');
  private readonly predNum = new Growing('f64');
  private readonly sensitive: Array<{ column: string; dict: Dictionary; codes: Growing; missing: number }>;
  rows = 0;
  missingLabel = 0;
  missingPrediction = 0;
  tableSources = 0;
  private label: SourceLabel = { name: 'the current data' };
  private seen = new Set<string>();
  private seenOrder: string[] = [];
  private sourceRows = 0;

  constructor(readonly config: DriftFairnessConfig) {
    this.sensitive = config.sensitive.map((column) => ({ column, dict: new Dictionary(), codes: new Growing('i32'), missing: 0 }));
  }

  /** Every configured column with the setting that names it. */
  private wanted(): Array<[string, string]> {
    const c = this.config;
    const out: Array<[string, string]> = [[c.label, 'label']];
    if (c.prediction !== undefined) out.push([c.prediction, 'prediction']);
    if (c.score !== undefined) out.push([c.score, 'score']);
    for (const s of c.sensitive) out.push([s, 'sensitive']);
    return out;
  }

  beginSource(label: SourceLabel): void {
    this.label = label;
    this.seen = new Set();
    this.seenOrder = [];
    this.sourceRows = 0;
    this.tableSources++;
  }

  add(b: RecordBatch): void {
    const n = b.length;
    for (const name of b.columns) {
      if (!this.seen.has(name)) {
        this.seen.add(name);
        this.seenOrder.push(name);
      }
    }
    this.sourceRows += n;
    this.rows += n;
    const at = (name: string | undefined) => (name === undefined ? -1 : b.columns.indexOf(name));
    const c = this.config;
    // A column a batch lacks (JSON Lines before it first appears) is missing in its rows; endSource
    // turns a column the whole source lacks into an error.
    const none = () => undefined;
    const labelAt = at(c.label);
    const label = labelAt < 0 ? none : cellsOf(b, labelAt);
    const predAt = at(c.prediction);
    const pred = predAt < 0 ? none : cellsOf(b, predAt);
    const scoreAt = at(c.score);
    const score = scoreAt < 0 ? none : cellsOf(b, scoreAt);
    const sens = this.sensitive.map((s) => {
      const i = at(s.column);
      return i < 0 ? none : cellsOf(b, i);
    });
    const where = (r: number): SourceLocation | undefined => (this.label.location ? { ...this.label.location, line: b.lines[r] } : undefined);
    const regression = c.task === 'regression';
    for (let r = 0; r < n; r++) {
      if (regression) {
        const yv = numberCell(label(r), `label column "${c.label}"`, () => where(r), this.prefix());
        if (yv === undefined) {
          this.missingLabel++;
          continue;
        }
        const pv = numberCell(pred(r), `prediction column "${c.prediction}"`, () => where(r), this.prefix());
        if (pv === undefined) {
          this.missingPrediction++;
          continue;
        }
        this.yNum.push(yv);
        this.predNum.push(pv);
        this.pushSensitive(sens, r, where);
        continue;
      }
      const t = labelText(label(r));
      if (t === undefined) {
        this.missingLabel++;
        continue;
      }
      let p = -1;
      let x = Number.NaN;
      if (c.prediction !== undefined) {
        const pt = labelText(pred(r));
        if (pt !== undefined) p = this.dict.code(pt);
      }
      if (c.score !== undefined) {
        const v = score(r);
        if (!defaultNullTokens.isMissing(v)) {
          const num = typeof v === 'number' ? v : toNumber(v);
          if (num === undefined || !(num >= 0 && num <= 1)) {
            throw new InputError(`${this.prefix()}fairness score column "${c.score}" value ${JSON.stringify(toText(v))} is not a probability in [0, 1]`, {
              location: where(r),
              hint: 'the score is P(positive class), as evaluate reads it (predict_proba output, not a logit)',
            });
          }
          x = num;
        }
      }
      if ((c.prediction !== undefined && p < 0) || (c.score !== undefined && Number.isNaN(x))) {
        this.missingPrediction++;
        continue;
      }
      this.y.push(this.dict.code(t));
      if (c.prediction !== undefined) this.pred.push(p);
      if (c.score !== undefined) this.score.push(x);
      this.pushSensitive(sens, r, where);
    }
  }

  private pushSensitive(sens: Array<(r: number) => CellValue>, r: number, where: (r: number) => SourceLocation | undefined): void {
    this.sensitive.forEach((s, k) => {
      const v = sens[k]!(r);
      if (defaultNullTokens.isMissing(v)) {
        s.codes.push(-1);
        s.missing++;
        return;
      }
      s.codes.push(s.dict.code(toText(v)));
      if (s.dict.texts.length > MAX_GROUPS) {
        throw new InputError(`${this.prefix()}sensitive column "${s.column}" has more than ${MAX_GROUPS} distinct values`, {
          location: where(r),
          hint: 'give as sensitive a column with few values (a category, a bucketed number)',
        });
      }
    });
  }

  private prefix(): string {
    return this.label.location ? '' : `${this.label.name}: `;
  }

  endSource(): void {
    if (this.sourceRows === 0) return;
    const absent = this.wanted().filter(([name]) => !this.seen.has(name));
    if (absent.length === 0) return;
    const list = absent.map(([name, key]) => `"${name}" (fairness.${key})`).join(', ');
    const shown = this.seenOrder.length > 12 ? `${this.seenOrder.slice(0, 12).join(', ')}, … (${this.seenOrder.length} columns)` : this.seenOrder.join(', ');
    const close = absent.map(([name]) => [name, closestMatch(name, this.seenOrder)] as const).filter(([, m]) => m !== undefined);
    throw new InputError(`${this.prefix()}the fairness check needs column${absent.length === 1 ? '' : 's'} ${list}, which this source does not have (its columns: ${shown || 'none'})`, {
      location: this.label.location,
      hint: [
        ...close.map(([c, m]) => `did you mean "${m}" for "${c}"?`),
        'production rows must carry the delayed outcome (label), the prediction or score, and the sensitive columns: join them in, or fix drift.models.<model>.fairness',
      ].join(' '),
    });
  }

  /** The rows as evaluate's reader would have collected them from a predictions file. */
  collected(): Collected {
    if (this.config.task === 'regression') {
      return {
        rows: this.yNum.n,
        format: 'csv',
        dict: this.dict,
        yNum: this.yNum.f64(),
        predNum: this.predNum.f64(),
        scores: [],
        slices: [],
        sensitive: this.sensitive.map((s) => ({ column: s.column, dict: s.dict, codes: s.codes.i32(), missing: s.missing })),
      };
    }
    const n = this.y.n;
    return {
      rows: n,
      format: 'csv',
      dict: this.dict,
      yCode: this.y.i32(),
      predCode: this.config.prediction !== undefined ? this.pred.i32() : undefined,
      scores: this.config.score !== undefined ? [this.score.f64()] : [],
      slices: [],
      sensitive: this.sensitive.map((s) => ({ column: s.column, dict: s.dict, codes: s.codes.i32(), missing: s.missing })),
    };
  }
}

/**
 * The positive class as evaluate infers it (task-blocks.ts), checked here first so a problem is
 * worded in terms of the drift settings rather than evaluate's options.
 */
function checkClasses(texts: readonly string[], config: DriftFairnessConfig, model: string): void {
  const key = `drift.models.${model}.fairness`;
  if (config.task === 'multiclass') return;
  if (texts.length > 2) {
    throw new InputError(`fairness: the label and prediction columns hold ${texts.length} classes (${texts.slice(0, 10).join(', ')}${texts.length > 10 ? ', …' : ''}); task binary has two`, {
      hint: `set ${key}.task: multiclass (each class one-vs-rest), or map the outcome to two classes in the production data`,
    });
  }
  if (config.positive !== undefined) {
    const pos = labelText(String(config.positive)) ?? String(config.positive);
    if (texts.length === 2 && !texts.includes(pos)) throw new UsageError(`${key}.positive ${JSON.stringify(pos)} is not one of the classes ${texts.join(', ')}`, { hint: 'set positive to the favourable-or-flagged outcome as the data spells it' });
    return;
  }
  if (texts.every((t) => t === '0' || t === '1' || t === '-1') || texts.every(isNumericText) || texts.every((t) => t === 'true' || t === 'false')) return;
  throw new UsageError(`fairness: cannot tell the positive class among ${texts.join(', ')}`, { hint: `set ${key}.positive` });
}

/** The summary's value and its rule's verdict: null when the summary could not be computed. */
function checkRules(config: DriftFairnessConfig, section: DriftFairness['section'], used: number): FairnessRuleCheck[] {
  const out: FairnessRuleCheck[] = [];
  // Own entries only: column names are user data ("constructor", "__proto__").
  const multiclass = config.task === 'multiclass';
  for (const [column, perSummary] of Object.entries(config.rules ?? {})) {
    const col = section.columns.find((c) => c.column === column);
    // Multiclass: every class's outcome (one-vs-rest), as compare applies a column's rules; else the one.
    const outcomes = multiclass ? (col?.outcomes ?? []) : [col?.outcomes[0]];
    if (outcomes.length === 0) outcomes.push(undefined);
    for (const [summary, rule] of Object.entries(perSummary as Record<string, { min?: number; max?: number } | undefined>)) {
      if (!rule) continue;
      for (const outcome of outcomes) {
        const cls = multiclass && outcome?.kind === 'classification' ? outcome.positive_class : undefined;
        const name = cls === undefined ? column : `${column} (class ${String(cls)})`;
        const m = outcome && Object.hasOwn(outcome.summaries, summary) ? outcome.summaries[summary]! : undefined;
        const omitted = outcome?.omitted.find((o) => o.metric === summary)?.reason ?? (used === 0 ? 'no labelled rows yet (outcomes arrive later)' : 'not computed');
        for (const kind of ['min', 'max'] as const) {
          const threshold = rule[kind];
          if (threshold === undefined) continue;
          const base = { column, ...(cls === undefined ? {} : { positive_class: cls }), summary, rule: kind, threshold, ci: m?.ci ?? null };
          if (!m) {
            out.push({ ...base, value: null, passed: null, message: `${name} ${summary}: not checked: ${omitted}` });
            continue;
          }
          const passed = kind === 'min' ? m.value >= threshold : m.value <= threshold;
          const op = kind === 'min' ? (passed ? '>=' : '<') : passed ? '<=' : '>';
          out.push({ ...base, value: m.value, passed, message: `${name} ${summary} ${fmt(m.value)} ${op} ${fmt(threshold)} (${kind})` });
        }
      }
    }
  }
  return out;
}

/** The report's `fairness` section from the collected rows. */
export function fairnessCheck(rows: FairnessRows, model: string): DriftFairness {
  const config = rows.config;
  const data = rows.collected();
  const boot = config.resamples === 0 ? null : { resamples: config.resamples ?? DEFAULT_PAIRED_RESAMPLES, confidence: DEFAULT_CONFIDENCE, seed: DEFAULT_SEED };
  const minGroupSize = config.min_group_size ?? FAIRNESS_DEFAULT_MIN_GROUP_SIZE;
  const threshold = config.threshold ?? FAIRNESS_DEFAULT_THRESHOLD;
  let section: DriftFairness['section'] = { min_group_size: minGroupSize, columns: [] };
  let positive: string | number | null = null;
  const regression = config.task === 'regression';
  if (data.rows > 0) {
    if (!regression) checkClasses(data.dict.texts, config, model);
    const prepared = prepareTask(regression ? 'regression' : config.task === 'multiclass' ? 'multiclass' : 'binary', data, {
      file: 'the production data',
      score: config.score !== undefined ? [config.score] : [],
      scoreClassTexts: [],
      threshold,
      posLabel: config.positive === undefined ? undefined : String(config.positive),
      boot,
    });
    positive = prepared.classification?.pos_label ?? null;
    section = fairnessSection(
      prepared.fairness(),
      (data.sensitive ?? []).map((s) => ({ column: s.column, values: s.dict.texts, codes: s.codes })),
      { minGroupSize, boot },
    );
  }
  const rules = checkRules(config, section, data.rows);
  return {
    label: config.label,
    prediction: config.prediction ?? null,
    score: config.score ?? null,
    task: config.task ?? 'binary',
    threshold: regression || config.prediction !== undefined ? null : threshold,
    positive_class: positive,
    rows: rows.rows,
    used: data.rows,
    missing_label: rows.missingLabel,
    missing_prediction: rows.missingPrediction,
    bootstrap: boot,
    section,
    rules,
  };
}
