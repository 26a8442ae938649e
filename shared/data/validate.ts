/**
 * Row-level validation of a streamed table against a data contract (shared/data/contract.ts).
 *
 * createValidator() compiles the contract once into one checker per column; add() runs one tight
 * loop per column per batch (no allocation per cell unless the cell fails); finish() turns the
 * tallies into a `mlops-actions/validation@1` report.
 *
 * Semantics (docs/contract.md):
 * - `mostly` as in Great Expectations: a rule passes when (1 - failed/total) >= mostly, where total
 *   is the rows the rule applies to. Missing values never count against value rules; values that do
 *   not parse as the column type are reported once, by `type`, and skipped by the value rules.
 * - unique counts every row whose value occurs more than once (pandas `duplicated(keep=False)`, as
 *   GE's expect_column_values_to_be_unique). It is exact: a hash map of seen values, and past
 *   `uniqueMemoryLimit` distinct values per rule the map spills to 64 hash partitions in a temp
 *   directory, each finished on its own at the end.
 *
 * Shards: exportState()/mergeState() move the tallies between threads (validate-data-shards.ts) or
 * jobs (shard-merge.ts). Unique rules need every key in one counter: a job's shard records its keys
 * instead (options.uniqueKeys) and the fan-in counts them all (addUniqueKey).
 *
 * Files: column-checker.ts (one column's rules, batch by batch), duplicate-counter.ts (exact
 * `unique` with bounded memory), findings.ts (counts and samples); this file compiles the contract
 * into checkers, runs them and writes the report.
 */
import { tmpdir } from 'node:os';
import { extname } from 'node:path';
import type { RecordBatch, TableFormat } from './table.js';
import { BatchDictionaries } from './batch-dictionary.js';
import { NullTokens, DEFAULT_NULL_TOKENS } from './values.js';
import { formatContractPath, normalizeCompoundUnique, type NormalizedRule } from './contract-rules.js';
import type { Contract } from './contract.js';
import { VALIDATION_SCHEMA } from '../formats/validation-values.js';
import type { ValidationFinding, ValidationReport } from '../formats/validation-format.js';
import { ColumnChecker, type RuleResult, ruleOf } from './column-checker.js';
import { DuplicateCounter, type KeyCounter, KeyForwarder } from './duplicate-counter.js';
import { type UniqueKey, type UniqueKeyRecorder, type ValidatorState, firstSeen } from './findings.js';

export interface ValidatorOptions {
  /** The data file as the user gave it (used in every message). */
  file: string;
  /** Column names known before the first batch (header / schema). */
  columns: readonly string[];
  /** Whether batch `lines` are text lines (CSV, JSON Lines) or row numbers (Parquet). */
  hasLines: boolean;
  /** Data format for the report; default from the file extension. */
  format?: TableFormat | string;
  /** The contract file, for messages and the report; default "contract". */
  contractFile?: string;
  /** Distinct values a unique rule keeps in memory before spilling to disk (default 2,000,000). */
  uniqueMemoryLimit?: number;
  /** Where spill files go (default os.tmpdir()). */
  tmpDir?: string;
  /**
   * A shard of a sharded validation: unique rules do not count here but hand every key to this
   * recorder (unique-keys.ts), and exportState() works with unique rules; the fan-in feeds the
   * keys of all shards, in data order, to addUniqueKey() of its own validator.
   */
  uniqueKeys?: UniqueKeyRecorder;
  /**
   * Where a line of a unique rule's sample is, when the fan-in numbers the lines of several files
   * one after another (addUniqueKey); default: the line itself, in `file`.
   */
  locateLine?: (line: number) => { file: string; line: number };
}

export interface Validator {
  /**
   * Checks a batch. `dictionaries` (optional) is the encoder shared with the profiler, so that each
   * column is encoded once per batch; without it the validator encodes on its own.
   */
  add(batch: RecordBatch, dictionaries?: BatchDictionaries): void;
  finish(): ValidationReport;
  /**
   * The tallies so far (rows, counts per rule, first samples, columns seen), plain data that a
   * worker can post: a shard's contribution. Throws for contracts with unique rules (see
   * canMergeShards).
   */
  exportState(): ValidatorState;
  /**
   * Adds a shard's state; call it with the shards in file order (before finish), so that the first
   * samples stay the file's first. `lineOffset` is added to the shard's sample lines; `file` tags
   * its samples with the file they are in (the parts of a file list, shard-merge.ts).
   */
  mergeState(state: ValidatorState, lineOffset: number, file?: string): void;
  /**
   * Fan-in of a unique rule: one key a shard recorded, with its line in the whole data. Call it for
   * every recorded key in data order (per rule), as the one-job run would have counted them.
   */
  addUniqueKey(rule: number, key: UniqueKey, line: number, display: string | null): void;
}

/**
 * The contract's unique rules, in the order their keys are numbered (UniqueKeyRecorder): column
 * `unique` rules in contract order, then `table.unique` entries.
 */
export function uniqueRuleNames(contract: Contract): string[] {
  const out: string[] = [];
  for (const [name, c] of Object.entries(contract.columns ?? {})) if (ruleOf(c.unique)?.value) out.push(formatContractPath(['columns', name, 'unique']));
  (contract.table?.unique ?? []).forEach((_, i) => out.push(`table.unique[${i}]`));
  return out;
}

/**
 * Whether per-shard validator states can be merged into the sequential result. Not with `unique`
 * (column or table.unique): duplicates are found across the whole file and the samples say where a
 * value was first seen, which needs one global map of seen values (the DuplicateCounter, spilling
 * to disk past its memory limit). Merging per-shard maps exactly would mean shipping every distinct
 * key between threads: unbounded, so such contracts are validated sequentially.
 */
export function canMergeShards(contract: Contract): boolean {
  if ((contract.table?.unique ?? []).length > 0) return false;
  return Object.values(contract.columns ?? {}).every((c) => !ruleOf(c.unique)?.value);
}

const DEFAULT_UNIQUE_MEMORY_LIMIT = 2_000_000;
/** Tolerance for `(1 - fraction) >= mostly` so that 99 of 100 passes mostly 0.99 despite binary rounding. */
const MOSTLY_EPSILON = 1e-12;


function defaultFormat(file: string): string {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  const ext = extname(name).slice(1);
  if (ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'ndjson' || ext === 'json') return 'jsonl';
  return ext || 'csv';
}

function percent(f: number): string {
  const p = f * 100;
  if (p === 0 || p === 100) return `${p}%`;
  return `${p < 0.01 ? p.toExponential(1) : p < 10 ? p.toFixed(2) : p.toFixed(1)}%`;
}

/** Compiles `contract` into a streaming validator for one file. */
export function createValidator(contract: Contract, options: ValidatorOptions): Validator {
  const table = contract.table ?? {};
  const specs = contract.columns ?? {};
  const nulls = table.null_values ? new NullTokens(table.null_values) : new NullTokens(DEFAULT_NULL_TOKENS);
  const uniqueLimit = options.uniqueMemoryLimit ?? DEFAULT_UNIQUE_MEMORY_LIMIT;
  const tmpRoot = options.tmpDir ?? tmpdir();
  const contractFile = options.contractFile ?? 'contract';
  // Unique rules are numbered as uniqueRuleNames() lists them (a shard's recorded keys say which).
  const counters: KeyCounter[] = [];
  const counter = (): KeyCounter => {
    const c = options.uniqueKeys ? new KeyForwarder(options.uniqueKeys, counters.length) : new DuplicateCounter(uniqueLimit, tmpRoot);
    counters.push(c);
    return c;
  };
  const locate = options.locateLine;
  const checkers = Object.entries(specs).map(([name, spec]) => new ColumnChecker(name, spec, nulls, options.hasLines, counter, locate));
  const byName = new Map(checkers.map((c) => [c.name, c]));
  const compound = (table.unique ?? []).map((u, i) => {
    const r = normalizeCompoundUnique(u);
    return { rule: r, path: `table.unique[${i}]`, counter: counter(), total: 0, checkers: r.value.map((n) => byName.get(n)!) };
  });
  const seenColumns: string[] = [...options.columns];
  const seenSet = new Set(seenColumns);
  let rows = 0;
  let lastColumns: readonly string[] | undefined;
  let index: number[] = [];
  let finished = false;
  let ownDictionaries: BatchDictionaries | undefined;

  function add(batch: RecordBatch, dictionaries?: BatchDictionaries): void {
    if (finished) throw new Error('validator: add() after finish()');
    const dicts = dictionaries ?? (ownDictionaries ??= new BatchDictionaries());
    if (batch.columns !== lastColumns) {
      lastColumns = batch.columns;
      for (const c of batch.columns) if (!seenSet.has(c)) {
        seenSet.add(c);
        seenColumns.push(c);
      }
      index = checkers.map((c) => batch.columns.indexOf(c.name));
    }
    const n = batch.length;
    for (let i = 0; i < checkers.length; i++) {
      if (index[i] >= 0) checkers[i].run(dicts.column(batch, index[i]), batch, index[i], n);
      else checkers[i].absent(batch.lines, n);
    }
    for (const cu of compound) {
      const cols = cu.checkers.map((c) => batch.columns.indexOf(c.name));
      const parts: string[] = new Array(cols.length);
      for (let r = 0; r < n; r++) {
        let anyPresent = false;
        for (let j = 0; j < cols.length; j++) {
          const v = cols[j] >= 0 ? batch.values[cols[j]][r] : null;
          if (nulls.isMissing(v)) parts[j] = '\u0000';
          else {
            anyPresent = true;
            parts[j] = cu.checkers[j].compoundKeyPart(v);
          }
        }
        if (!anyPresent) continue;
        cu.total++;
        const key = parts.join('\u001f');
        cu.counter.add(key, batch.lines[r], key);
      }
    }
    rows += n;
  }

  function finish(): ValidationReport {
    if (finished) throw new Error('validator: finish() called twice');
    finished = true;
    ownDictionaries?.release();
    const results: RuleResult[] = [];
    const lineKind = options.hasLines ? 'line' : 'row';
    const headerLine = options.hasLines ? 1 : 0;

    // Presence: required (default: every listed column) and unexpected columns.
    const requiredRule = ruleOf(table.required_columns);
    const required = requiredRule ? requiredRule.value : Object.keys(specs);
    const reqNorm: NormalizedRule<unknown> = requiredRule ?? { value: required, mostly: 1, severity: 'error' };
    for (const name of required) {
      results.push({
        rule: 'required_columns',
        column: name,
        rule_: reqNorm,
        failed: seenSet.has(name) ? 0 : 1,
        total: 1,
        samples: [],
        describe: () => `required column ${JSON.stringify(name)} is missing`,
        contractPath: requiredRule ? 'table.required_columns' : formatContractPath(['columns', name]),
        note: requiredRule ? undefined : 'every listed column is required unless table.required_columns says otherwise',
      });
    }
    const unexpectedMode = table.unexpected_columns ?? 'error';
    if (unexpectedMode !== 'allow') {
      const listed = new Set([...Object.keys(specs), ...required]);
      const rule: NormalizedRule<unknown> = { value: unexpectedMode, mostly: 1, severity: unexpectedMode === 'warn' ? 'warn' : 'error' };
      for (const name of seenColumns) {
        results.push({
          rule: 'unexpected_columns',
          column: name,
          rule_: rule,
          failed: listed.has(name) ? 0 : 1,
          total: 1,
          samples: headerLine ? [{ line: headerLine, value: name }] : [],
          describe: () => `column ${JSON.stringify(name)} is not in the contract`,
          contractPath: 'table.unexpected_columns',
          note: table.unexpected_columns ? undefined : 'not set, so error; list the column, or set unexpected_columns: allow',
        });
      }
    }
    const rowsMin = ruleOf(table.rows?.min) ?? { value: 1, mostly: 1, severity: 'error' as const };
    results.push({
      rule: 'rows.min',
      rule_: rowsMin,
      failed: rows < rowsMin.value ? 1 : 0,
      total: 1,
      samples: [],
      describe: () => `has ${rows} data row${rows === 1 ? '' : 's'}, fewer than the minimum ${rowsMin.value}`,
      contractPath: 'table.rows.min',
      note: table.rows?.min === undefined ? 'not set, so 1' : undefined,
    });
    const rowsMax = ruleOf(table.rows?.max);
    if (rowsMax) {
      results.push({ rule: 'rows.max', rule_: rowsMax, failed: rows > rowsMax.value ? 1 : 0, total: 1, samples: [], describe: () => `has ${rows} data rows, more than the maximum ${rowsMax.value}`, contractPath: 'table.rows.max' });
    }

    for (const c of checkers) if (seenSet.has(c.name)) results.push(...c.results());
    for (const c of checkers) c.dups?.finish();

    for (const cu of compound) {
      const names = cu.rule.value;
      if (!names.every((n) => seenSet.has(n))) {
        cu.counter.finish();
        continue;
      }
      cu.counter.finish();
      const firstDup = cu.counter.samples[0];
      results.push({
        rule: 'unique_together',
        columns: names,
        rule_: cu.rule,
        failed: cu.counter.failed,
        total: cu.total,
        samples: cu.counter.samples.map(({ line, value }) => {
          const shown = value === null ? null : value.split('\u001f').map((p) => (p === '\u0000' ? '' : p.replace(/^\u0002/, ''))).join(', ');
          return locate ? { ...locate(line), value: shown } : { line, value: shown };
        }),
        describe: () => `columns ${names.map((n) => JSON.stringify(n)).join(', ')} repeat the values of an earlier row (first seen at ${firstSeen(firstDup?.first, lineKind, locate)})`,
        contractPath: cu.path,
      });
    }

    const findings: ValidationFinding[] = [];
    let failedErrors = 0;
    let failedWarnings = 0;
    for (const r of results) {
      if (r.failed === 0 || r.total === 0) continue;
      const fraction = r.failed / r.total;
      const passed = 1 - fraction >= r.rule_.mostly - MOSTLY_EPSILON;
      if (!passed) {
        if (r.rule_.severity === 'error') failedErrors++;
        else failedWarnings++;
      }
      const first = r.samples[0];
      let where = first?.file ?? options.file;
      if (first && first.line > 0) where += options.hasLines ? `:${first.line}` : ` (row ${first.line})`;
      const unit = r.rule === 'nullable' || r.rule === 'unique_together' ? 'rows' : 'values';
      const count = r.total > 1 ? `; ${r.failed} of ${r.total} ${unit} fail (${percent(fraction)}${r.rule_.mostly < 1 ? `, mostly ${r.rule_.mostly} allows ${percent(1 - r.rule_.mostly)}` : ''})` : '';
      // Severity is a field of its own; the faces label it (annotation level, CLI prefix).
      const message = `${where}: ${r.describe(first)}${count} (contract ${contractFile}: ${r.contractPath}${r.note ? ` — ${r.note}` : ''})`;
      const f: ValidationFinding = {
        rule: r.rule,
        severity: r.rule_.severity,
        failed: r.failed,
        total: r.total,
        fraction,
        mostly: r.rule_.mostly,
        passed,
        samples: r.samples,
        message,
        contract_path: r.contractPath,
      };
      if (r.column !== undefined) f.column = r.column;
      if (r.columns !== undefined) f.columns = r.columns;
      findings.push(f);
    }
    return {
      schema: VALIDATION_SCHEMA,
      data: { file: options.file, format: options.format ?? defaultFormat(options.file), rows, line_kind: lineKind },
      contract: { file: contractFile },
      passed: failedErrors === 0,
      counts: { rules: results.length, failed_errors: failedErrors, failed_warnings: failedWarnings },
      findings,
    };
  }

  function exportState(): ValidatorState {
    const unique = counters.length > 0;
    if (unique && !options.uniqueKeys) throw new Error('validator: unique rules cannot be exported (canMergeShards)');
    const state: ValidatorState = { rows, columns: seenColumns.slice(), checkers: checkers.map((c) => c.state()) };
    if (unique) state.compoundTotals = compound.map((cu) => cu.total);
    return state;
  }

  function mergeState(state: ValidatorState, lineOffset: number, file?: string): void {
    if (finished) throw new Error('validator: mergeState() after finish()');
    if (counters.length > 0 && state.compoundTotals === undefined) throw new Error('validator: unique rules cannot be merged (canMergeShards)');
    if (options.uniqueKeys) throw new Error('validator: a shard validator does not merge states');
    if (state.checkers.length !== checkers.length || (state.compoundTotals?.length ?? 0) !== compound.length) throw new Error('validator: state from a different contract');
    state.compoundTotals?.forEach((t, i) => (compound[i].total += t));
    rows += state.rows;
    for (const c of state.columns) if (!seenSet.has(c)) {
      seenSet.add(c);
      seenColumns.push(c);
    }
    for (let i = 0; i < checkers.length; i++) checkers[i].merge(state.checkers[i], lineOffset, file);
  }

  function addUniqueKey(rule: number, key: UniqueKey, line: number, display: string | null): void {
    if (finished) throw new Error('validator: addUniqueKey() after finish()');
    const c = counters[rule];
    if (!c || options.uniqueKeys) throw new Error(`validator: no unique rule ${rule} to count keys for`);
    c.add(key, line, display);
  }

  return { add, finish, exportState, mergeState, addUniqueKey };
}
