/**
 * Typed failures. Every error a user can cause names what went wrong, where (file, line, column)
 * and how to fix it. The faces map them to exit codes: the CLI prints the message and exits with
 * `exitCode`; the action calls setFailed and writes an annotation at `location`.
 *
 * Exit codes (shared by the CLI and the action process):
 *   0  ok
 *   1  a check ran and failed (validation errors, a gate, drift)
 *   2  bad usage or bad input (unreadable data, invalid contract, missing file)
 *   3  the forge (GitHub) refused or kept failing a call (ForgeError, shared/github/forge-error.ts)
 */

export interface SourceLocation {
  file: string;
  /** 1-based line in the file (for Parquet: the 1-based row number). */
  line?: number;
  /** 1-based column (character) within the line. */
  column?: number;
}

export const EXIT_OK = 0;
export const EXIT_CHECK_FAILED = 1;
export const EXIT_BAD_INPUT = 2;

export function formatLocation(loc: SourceLocation): string {
  let s = loc.file;
  if (loc.line !== undefined) s += `:${loc.line}`;
  if (loc.line !== undefined && loc.column !== undefined) s += `:${loc.column}`;
  return s;
}

export abstract class MlopsError extends Error {
  abstract readonly exitCode: number;
  readonly location?: SourceLocation;
  /** What the user can do about it; appended to the message in parentheses. */
  readonly hint?: string;

  constructor(what: string, options: { location?: SourceLocation; hint?: string; cause?: unknown } = {}) {
    const where = options.location ? `${formatLocation(options.location)}: ` : '';
    const fix = options.hint ? ` (${options.hint})` : '';
    super(`${where}${what}${fix}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.location = options.location;
    this.hint = options.hint;
  }
}

/** Data or a file the user pointed us at cannot be read as what it claims to be. */
export class InputError extends MlopsError {
  readonly exitCode = EXIT_BAD_INPUT;
}

/** A data contract (or other config file) is not valid. */
export class ContractError extends MlopsError {
  readonly exitCode = EXIT_BAD_INPUT;
}

/** The command line or the action's inputs are wrong. */
export class UsageError extends MlopsError {
  readonly exitCode = EXIT_BAD_INPUT;
}

export function isMlopsError(e: unknown): e is MlopsError {
  return e instanceof MlopsError;
}
