/**
 * Typed failures. Every error a user can cause names what went wrong, where (file, line, column)
 * and how to fix it. The faces map them to exit codes: the CLI prints the message and exits with
 * `exitCode`; the action calls setFailed and writes an annotation at `location`.
 *
 * Exit codes (shared by the CLI and the action process):
 *   0  ok
 *   1  a check ran and failed (validation errors, a gate, drift)
 *   2  bad usage or bad input (unreadable data, invalid contract, missing file)
 *   3  the forge (GitHub) refused or kept failing a call (ForgeError, shared/ports/forge-error.ts)
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

/**
 * How a face names one of a step's options. The same option is a flag on the command line
 * (`--score COL`) and an input in a workflow (`input "score"`), so shared code never writes a flag
 * into a message: it writes a Wording, and the face that reports the error renders it.
 */
export interface OptionNaming {
  /** The option: `name` as action.yml spells it (the flag without `--`), `placeholder` e.g. `COL`. */
  option(name: string, placeholder?: string): string;
  /** The option set to a literal value, as the user would write it: `--task multiclass`. */
  setting(name: string, value: string): string;
}

/** The `mlops` command line: `--score COL`. Error messages default to it (`error.message`). */
export const CLI_NAMING: OptionNaming = {
  option: (name, placeholder) => (placeholder ? `--${name} ${placeholder}` : `--${name}`),
  setting: (name, value) => `--${name} ${value}`,
};

/** An action step: `input "score"` (as readInputs' own messages say it), `task: multiclass` under `with:`. */
export const ACTION_NAMING: OptionNaming = {
  option: (name) => `input "${name}"`,
  setting: (name, value) => `${name}: ${value}`,
};

/** Message text that may name options: plain, or rendered per face. */
export type Wording = string | ((naming: OptionNaming) => string);

function wordingIn(w: Wording, naming: OptionNaming): string {
  return typeof w === 'string' ? w : w(naming);
}

export abstract class MlopsError extends Error {
  abstract readonly exitCode: number;
  readonly location?: SourceLocation;
  /** What the user can do about it; appended to the message in parentheses. */
  readonly hint?: string;
  readonly #what: Wording;
  readonly #hint?: Wording;

  constructor(what: Wording, options: { location?: SourceLocation; hint?: Wording; cause?: unknown } = {}) {
    super(renderMessage(what, options.hint, options.location, CLI_NAMING), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.location = options.location;
    this.hint = options.hint === undefined ? undefined : wordingIn(options.hint, CLI_NAMING);
    this.#what = what;
    this.#hint = options.hint;
  }

  /** The message with options named the way `naming`'s face spells them (`message` is the CLI's). */
  messageFor(naming: OptionNaming): string {
    return renderMessage(this.#what, this.#hint, this.location, naming);
  }
}

function renderMessage(what: Wording, hint: Wording | undefined, location: SourceLocation | undefined, naming: OptionNaming): string {
  const where = location ? `${formatLocation(location)}: ` : '';
  const fix = hint === undefined ? '' : wordingIn(hint, naming);
  return `${where}${wordingIn(what, naming)}${fix ? ` (${fix})` : ''}`;
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
