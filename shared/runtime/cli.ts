/**
 * The CLI face: argument parsing (node:util parseArgs, strict), dispatch to subcommands, and the
 * mapping from errors to what a terminal user sees: `mlops: <message>` on stderr and an exit code.
 *
 * Exit codes: `mlops help` lists them (Program.exitCodes); 70 is a bug (EX_SOFTWARE from sysexits.h).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestMatch } from './closest-match.js';
import { UsageError, isMlopsError } from './errors.js';

export const EXIT_INTERNAL = 70;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
}

/**
 * Streams whose reader went away (`mlops registry list | head -1`). Writing to a closed pipe is not
 * the user's mistake nor our bug: further output to it is dropped and the command finishes (its
 * files are written whole), exiting quietly instead of dying on an unhandled EPIPE with a stack.
 */
const closedStreams = new WeakSet<NodeJS.WriteStream>();
const guardedStreams = new WeakSet<NodeJS.WriteStream>();

function guardClosedPipe(stream: NodeJS.WriteStream): void {
  if (guardedStreams.has(stream)) return;
  guardedStreams.add(stream);
  stream.on('error', (e: NodeJS.ErrnoException) => {
    // EPIPE, or the stream destroyed after it: drop the rest. Anything else on a terminal
    // stream has nowhere to be reported either, so it ends the same way.
    closedStreams.add(stream);
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') process.exitCode ??= EXIT_INTERNAL;
  });
}

function writeUnlessClosed(stream: NodeJS.WriteStream, text: string): void {
  if (closedStreams.has(stream) || stream.destroyed) return;
  guardClosedPipe(stream);
  stream.write(text);
}

export const processIo: CliIo = {
  stdout: (t) => writeUnlessClosed(process.stdout, t),
  stderr: (t) => writeUnlessClosed(process.stderr, t),
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

/**
 * A command whose module is imported when it runs or its usage is shown. `mlops help` needs only the
 * names and summaries, and every command's code (and what it imports: the GitHub client, the
 * trainer, …) compiled at start made each command pay for all the others (issue 18). The loaded
 * command's name and summary are this entry's (test/cli/program.test.ts checks they agree).
 */
export interface LazyCommand {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** The command itself, importing a lazy one's module. */
async function loadCommand(command: Command | LazyCommand): Promise<Command> {
  return 'load' in command ? command.load() : command;
}

/** One line of the help's exit-code list: `code` may name several ("130, 143"). */
export interface ExitCodeHelp {
  code: string;
  meaning: string;
}

export interface Program {
  name: string;
  version: string;
  summary: string;
  commands: (Command | LazyCommand)[];
  /** Every exit code the program uses, for `help`; default the four of this module and errors.ts. */
  exitCodes?: readonly ExitCodeHelp[];
}

/** "unknown option --hed (did you mean --head?)": one message for every command's typos. */
function unknownOptionMessage(reported: string, options: OptionsConfig, argv: readonly string[]): string {
  // node reports `-data` as its first letter `-d`: suggest from what was typed.
  const end = argv.indexOf('--');
  const typed = (reported.length === 2 && (end === -1 ? argv : argv.slice(0, end)).find((a) => a.startsWith(reported) && !a.startsWith('--') && a.length > 2)) || reported;
  const long = typed.startsWith('--') ? typed.slice(2).split('=')[0]! : undefined;
  const shorts = new Map(Object.entries(options).flatMap(([name, o]) => (o.short ? [[o.short, name] as const] : [])));
  const close = long !== undefined && long !== '' ? closestMatch(long, Object.keys(options)) : undefined;
  if (close !== undefined) return `unknown option ${typed} (did you mean --${close}?)`;
  // `-hed` for `--head`: a single dash before a long name.
  const single = !typed.startsWith('--') && typed.length > 2 ? closestMatch(typed.slice(1), Object.keys(options)) : undefined;
  if (single !== undefined) return `unknown option ${typed} (did you mean --${single}?)`;
  if (!typed.startsWith('--') && shorts.size > 0) return `unknown option ${typed} (short options: ${[...shorts.keys()].map((k) => `-${k}`).join(', ')})`;
  return `unknown option ${typed}`;
}

/**
 * Strict parseArgs: an unknown flag, a missing value or a stray positional is a usage error that
 * shows the command's usage; an unknown flag gets "did you mean" among the command's own options.
 * `--help`/`-h` is accepted by every command (check `values.help`).
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
    const unknown = (e as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-[^']*)'/.exec(message)?.[1] : undefined;
    if (unknown !== undefined) throw new CommandUsageError(unknownOptionMessage(unknown, { ...options, help: { type: 'boolean', short: 'h' } }, argv), usage);
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

/** What runCli itself and errors.ts exit with; a program adds its own (the forge's 3, signals). */
export const BASE_EXIT_CODES: readonly ExitCodeHelp[] = [
  { code: '0', meaning: 'ok' },
  { code: '1', meaning: 'a check ran and failed (validation errors, a gate, drift)' },
  { code: '2', meaning: 'bad usage or bad input (unknown option, unreadable file, invalid config)' },
  { code: String(EXIT_INTERNAL), meaning: 'internal error: a bug in mlops (rerun with MLOPS_DEBUG=1 and report it)' },
];

function helpText(program: Program): string {
  const width = Math.max(...program.commands.map((c) => c.name.length));
  const lines = program.commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  const codes = program.exitCodes ?? BASE_EXIT_CODES;
  const codeWidth = Math.max(...codes.map((c) => c.code.length));
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
    'Exit codes:',
    ...codes.map((c) => `  ${c.code.padEnd(codeWidth)}  ${c.meaning}`),
    '',
  ].join('\n');
}

/** Finds the command whose words start argv, longest first ("profile merge" before "profile"). */
function findCommand(program: Program, argv: string[]): { command: Command | LazyCommand; rest: string[] } | undefined {
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
      io.stdout((await loadCommand(found.command)).usage);
      return 0;
    }
    const found = findCommand(program, argv);
    if (!found) {
      const group = program.commands.filter((c) => c.name.startsWith(`${first} `));
      if (group.length > 0) {
        const close = argv[1] === undefined ? undefined : closestMatch(argv[1], group.map((c) => c.name.split(' ')[1]!));
        const sub = argv[1] === undefined || argv[1].startsWith('-') ? `missing subcommand for "${first}"` : `unknown command "${first} ${argv[1]}"${close ? ` (did you mean "${first} ${close}"?)` : ''}`;
        throw new CommandUsageError(sub, (await Promise.all(group.map(loadCommand))).map((c) => c.usage).join('\n'));
      }
      if (first.startsWith('-')) {
        const close = closestMatch(first.replace(/^-+/, ''), ['help', 'version']);
        throw new CommandUsageError(`unknown option ${first}${close ? ` (did you mean --${close}?)` : ''}`, helpText(program));
      }
      const close = closestMatch(first, [...new Set(program.commands.map((c) => c.name.split(' ')[0]!)), 'help']);
      throw new CommandUsageError(`unknown command "${first}"${close ? ` (did you mean "${close}"?)` : ''}`, helpText(program));
    }
    const command = await loadCommand(found.command);
    // Arguments after `--` belong to the user's own command (mlops train -- python train.py --help).
    const end = found.rest.indexOf('--');
    const own = end === -1 ? found.rest : found.rest.slice(0, end);
    if (own.includes('--help') || own.includes('-h')) {
      io.stdout(command.usage);
      return 0;
    }
    return await command.run(found.rest, io);
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
