import type { ValidationSample } from '../formats/validation-format.js';
import type { CellValue } from './cell-value.js';
import { toText } from './values.js';
/**
 * What validation keeps of a failing rule: the exact count and the first MAX_SAMPLES rows (value
 * shortened, line as the reader numbers it), as a Tally while streaming and as plain data
 * (TallyState, ValidatorState) when shards hand their counts to the fan-in.
 */

/** Receives the keys of unique rules (a shard's; see ValidatorOptions.uniqueKeys). */
export interface UniqueKeyRecorder {
  /** `rule` indexes uniqueRuleNames(contract); `display` is the sample text of the row's cell. */
  record(rule: number, key: UniqueKey, line: number, display: string | null): void;
}

export type UniqueKey = string | number | boolean;

/** A tally as data: exact failure count and the first MAX_SAMPLES samples. */
interface TallyState {
  failed: number;
  samples: ValidationSample[];
}

/** What a validator has counted, by column checker in contract order (Validator.exportState). */
export interface ValidatorState {
  rows: number;
  /** Columns seen, in order of first appearance (header first). */
  columns: string[];
  checkers: { rows: number; nonMissing: number; typeFailed: number; present: boolean; tallies: TallyState[] }[];
  /** Rows each table.unique rule applies to (a shard recording unique keys; absent otherwise). */
  compoundTotals?: number[];
}

export const MAX_SAMPLES = 10;

const SAMPLE_MAX_CHARS = 200;

export function sampleText(v: CellValue): string | null {
  if (v === null || v === undefined) return null;
  const s = toText(v);
  return s.length > SAMPLE_MAX_CHARS ? `${s.slice(0, SAMPLE_MAX_CHARS)}…` : s;
}

/** Failures of one rule: an exact count and the first MAX_SAMPLES rows. */
export class Tally {
  failed = 0;
  readonly samples: ValidationSample[] = [];
  fail(line: number, v: CellValue): void {
    if (++this.failed <= MAX_SAMPLES) this.samples.push({ line, value: sampleText(v) });
  }
  state(): TallyState {
    return { failed: this.failed, samples: this.samples.slice() };
  }
  /** Appends a later part of the file (or, with `file`, a later file of a file list). */
  merge(s: TallyState, lineOffset: number, file?: string): void {
    this.failed += s.failed;
    for (const x of s.samples) {
      if (this.samples.length >= MAX_SAMPLES) break;
      const at = file ?? x.file;
      this.samples.push(at === undefined ? { line: x.line + lineOffset, value: x.value } : { line: x.line + lineOffset, value: x.value, file: at });
    }
  }
}

/** "line 12", or with several files "b.csv:12" ("b.parquet row 12"). */
export function firstSeen(line: number | undefined, lineWord: string, locate?: (line: number) => { file: string; line: number }): string {
  if (line === undefined) return `${lineWord} ?`;
  if (!locate) return `${lineWord} ${line}`;
  const at = locate(line);
  return lineWord === 'line' ? `${at.file}:${at.line}` : `${at.file} row ${at.line}`;
}
