/**
 * The training command: an argument list spawned directly (no shell, so nothing in it is ever
 * re-parsed), or a script given to an explicitly named shell. Output is streamed live to the
 * caller's sinks and, byte for byte, to the log file.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { parseDocument } from 'yaml';
import { UsageError } from '../../runtime/errors.js';
import type { RunCommand } from './run-format.js';

export type CommandSpec = { argv: readonly string[] } | { shell: string; script: string };

/**
 * How each shell runs a script. bash and sh get the flags GitHub's own `run:` steps use, so a
 * failing line fails the step (`-e`) and so does a failing stage of a pipe (`-o pipefail`).
 */
export const SHELLS: Record<string, (script: string) => string[]> = {
  bash: (s) => ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', s],
  sh: (s) => ['sh', '-e', '-c', s],
  pwsh: (s) => ['pwsh', '-NoLogo', '-NoProfile', '-NonInteractive', '-Command', s],
};

/** The command as a person would type it (for messages), quoting arguments that need it. */
export function describeCommand(command: RunCommand): string {
  if (command.shell !== null) return `${command.shell}: ${command.script}`;
  return command.argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export function resolveCommand(spec: CommandSpec): RunCommand {
  if ('argv' in spec) {
    if (spec.argv.length === 0 || spec.argv[0] === '') throw new UsageError('the training command is empty', { hint: 'give the program and its arguments, e.g. [python, train.py]' });
    return { argv: [...spec.argv], shell: null, script: null };
  }
  const make = SHELLS[spec.shell];
  if (!make) throw new UsageError(`unknown shell "${spec.shell}"`, { hint: `use one of ${Object.keys(SHELLS).join(', ')}, or give the command as an argument list without a shell` });
  if (spec.script.trim() === '') throw new UsageError('the training script is empty', { hint: 'give the command to run' });
  return { argv: make(spec.script), shell: spec.shell, script: spec.script };
}

/**
 * The action's `command` input without a shell: a YAML (or JSON) list, flow `[python, train.py]` or
 * block. Every item is taken as text exactly as written (`0.10` stays "0.10"), by reading with
 * YAML's failsafe schema.
 */
export function parseCommandList(text: string, input = 'command'): string[] {
  const doc = parseDocument(text, { schema: 'failsafe', prettyErrors: false });
  const value: unknown = doc.errors.length > 0 ? undefined : doc.toJS();
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
    throw new UsageError(`input "${input}" must be the command as a list of arguments, e.g. [python, train.py, --epochs, "3"]`, {
      hint: `got ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)}; to run it as a script instead, set \`shell: bash\``,
    });
  }
  return value as string[];
}

export interface CommandResult {
  exitCode: number | null;
  signal: string | null;
  /** The last lines of stdout and stderr together, as they arrived. */
  tail: string[];
}

export interface RunCommandOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** The log file: created (truncated) before the command starts. */
  logPath: string;
  /** Live output sinks (the step log, the terminal). */
  stdout(chunk: Buffer): void;
  stderr(chunk: Buffer): void;
  tailLines?: number;
}

const TAIL_CHARS = 64 * 1024;

/** Spawns argv with `shell: false` and waits for it; ENOENT/EACCES become a UsageError naming the program. */
export async function runCommand(argv: readonly string[], options: RunCommandOptions): Promise<CommandResult> {
  await mkdir(dirname(options.logPath), { recursive: true });
  const log = createWriteStream(options.logPath);
  await new Promise<void>((res, rej) => log.once('open', () => res()).once('error', rej));
  let tail = '';
  const keep = (text: string) => {
    tail += text;
    if (tail.length > 2 * TAIL_CHARS) tail = tail.slice(-TAIL_CHARS);
  };
  const [program, ...args] = argv as [string, ...string[]];
  const done = new Promise<{ exitCode: number | null; signal: string | null }>((res, rej) => {
    let settled = false;
    const child = spawn(program, args, { cwd: options.cwd, env: options.env, shell: false, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    for (const [stream, sink] of [[child.stdout, options.stdout], [child.stderr, options.stderr]] as const) {
      const decoder = new StringDecoder('utf8');
      stream.on('data', (chunk: Buffer) => {
        sink(chunk);
        log.write(chunk);
        keep(decoder.write(chunk));
      });
      stream.on('end', () => keep(decoder.end()));
    }
    child.once('error', (e: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      if (e.code === 'ENOENT' || e.code === 'EACCES') {
        const why = e.code === 'ENOENT' ? 'not found' : 'not executable (permission denied)';
        rej(new UsageError(`training command "${program}" ${why}`, {
          hint: e.code === 'ENOENT'
            ? 'install it or put it on PATH (set it up in an earlier step), or give its path, e.g. ./train.sh'
            : `make it executable (chmod +x ${program}) or run it through its interpreter`,
        }));
      } else {
        rej(e);
      }
    });
    child.once('close', (code, signal) => {
      if (settled) return;
      settled = true;
      res({ exitCode: code, signal });
    });
  });
  let result: { exitCode: number | null; signal: string | null };
  try {
    result = await done;
  } finally {
    await new Promise<void>((res) => log.end(() => res()));
  }
  const lines = tail.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return { ...result, tail: lines.slice(-(options.tailLines ?? 20)) };
}
