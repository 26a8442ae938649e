/**
 * The CLI face: argument parsing (node:util parseArgs, strict), dispatch to subcommands, and the
 * mapping from errors to what a terminal user sees: `mlops: <message>` on stderr and an exit code.
 *
 *   0  ok · 1 a check failed · 2 bad usage or input · 70 a bug (EX_SOFTWARE from sysexits.h)
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, isMlopsError } from './errors.js';

export const EXIT_INTERNAL = 70;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
}

export const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  env: process.env,
};

/** A usage error that carries the command's usage text, printed after the message. */
export class CommandUsageError extends UsageError {
  readonly usage: string;
  constructor(what: string, usage: string) {
    super(what);
    this.usage = usage;
  }
}

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  /** Words after `mlops`: "validate", "profile merge". */
  name: string;
  /** One line for `mlops help`. */
  summary: string;
  /** Full help text: usage line, options, exit codes. */
  usage: string;
  /** Returns the exit code. Throw MlopsError for user-facing failures. */
  run(argv: string[], io: CliIo): Promise<number>;
}

export interface Program {
  name: string;
  version: string;
  summary: string;
  commands: Command[];
}

/**
 * Strict parseArgs: an unknown flag, a missing value or a stray positional is a usage error that
 * shows the command's usage. `--help`/`-h` is accepted by every command (check `values.help`).
 */
export function parseCommandArgs<O extends OptionsConfig>(
  argv: string[],
  options: O,
  usage: string,
  allowPositionals = false,
) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } },
      strict: true,
      allowPositionals,
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // node's messages end with advice about "--" that does not fit us; keep the first sentence.
    throw new CommandUsageError(message.split('. ')[0]!.replace(/\.$/, ''), usage);
  }
}

export function requireOption<T>(value: T | undefined, flag: string, usage: string): T {
  if (value === undefined || value === '') throw new CommandUsageError(`missing required option --${flag}`, usage);
  return value;
}

export function choiceOption<C extends string>(value: string | undefined, flag: string, choices: readonly C[], fallback: C, usage: string): C {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as C;
  throw new CommandUsageError(`--${flag} must be one of ${choices.join(', ')} (got "${value}")`, usage);
}

/** Delimiters as people type them: "\t", "tab", "\\t" (from a shell or YAML single quotes). */
export function parseDelimiter(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === '\\t' || value.toLowerCase() === 'tab') return '\t';
  if ([...value].length !== 1) {
    throw new UsageError(`delimiter must be a single character (got ${JSON.stringify(value)})`, {
      hint: 'use "," ";" "|" or "tab"',
    });
  }
  return value;
}

function helpText(program: Program): string {
  const width = Math.max(...program.commands.map((c) => c.name.length));
  const lines = program.commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `${program.name} ${program.version} — ${program.summary}`,
    '',
    `Usage: ${program.name} <command> [options]`,
    '',
    'Commands:',
    ...lines,
    `  ${'help'.padEnd(width)}  Show help for a command`,
    '',
    `Run "${program.name} <command> --help" for a command's options. "${program.name} --version" prints the version.`,
    '',
    'Exit codes: 0 ok, 1 a check failed, 2 bad usage or input, 70 internal error.',
    '',
  ].join('\n');
}

/** Finds the command whose words start argv, longest first ("profile merge" before "profile"). */
function findCommand(program: Program, argv: string[]): { command: Command; rest: string[] } | undefined {
  const sorted = [...program.commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  for (const command of sorted) {
    const words = command.name.split(' ');
    if (words.every((w, i) => argv[i] === w)) return { command, rest: argv.slice(words.length) };
  }
  return undefined;
}

/** Runs one invocation and returns the exit code; never throws. */
export async function runCli(argv: string[], program: Program, io: CliIo = processIo): Promise<number> {
  try {
    const [first] = argv;
    if (first === undefined || first === '--help' || first === '-h') {
      io.stdout(helpText(program));
      return first === undefined ? 2 : 0;
    }
    if (first === '--version' || first === '-V') {
      io.stdout(`${program.version}\n`);
      return 0;
    }
    if (first === 'help') {
      if (argv.length === 1) {
        io.stdout(helpText(program));
        return 0;
      }
      const found = findCommand(program, argv.slice(1));
      if (!found) throw new CommandUsageError(`unknown command "${argv.slice(1).join(' ')}"`, helpText(program));
      io.stdout(found.command.usage);
      return 0;
    }
    const found = findCommand(program, argv);
    if (!found) {
      const group = program.commands.filter((c) => c.name.startsWith(`${first} `));
      if (group.length > 0) {
        const sub = argv[1] === undefined || argv[1].startsWith('-') ? `missing subcommand for "${first}"` : `unknown command "${first} ${argv[1]}"`;
        throw new CommandUsageError(sub, group.map((c) => c.usage).join('\n'));
      }
      throw new CommandUsageError(`unknown command "${first}"`, helpText(program));
    }
    // Arguments after `--` belong to the user's own command (mlops train -- python train.py --help).
    const end = found.rest.indexOf('--');
    const own = end === -1 ? found.rest : found.rest.slice(0, end);
    if (own.includes('--help') || own.includes('-h')) {
      io.stdout(found.command.usage);
      return 0;
    }
    return await found.command.run(found.rest, io);
  } catch (e) {
    return reportCliFailure(e, io);
  }
}

export function reportCliFailure(e: unknown, io: CliIo): number {
  if (isMlopsError(e)) {
    io.stderr(`mlops: ${e.message}\n`);
    if (e instanceof CommandUsageError) io.stderr(`\n${e.usage.endsWith('\n') ? e.usage : `${e.usage}\n`}`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  io.stderr(`mlops: internal error: ${err.message}\n`);
  if (io.env.MLOPS_DEBUG === '1') io.stderr(`${err.stack ?? ''}\n`);
  else io.stderr('mlops: this is a bug; rerun with MLOPS_DEBUG=1 for a stack trace and report it\n');
  return EXIT_INTERNAL;
}
