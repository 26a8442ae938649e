/**
 * The training command: an argument list spawned directly (no shell, so nothing in it is ever
 * re-parsed), or a script given to an explicitly named shell. Output is streamed live to the
 * caller's sinks and, byte for byte, to the log file.
 */
import { spawn } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { parseDocument } from 'yaml';
import { UsageError } from '../../runtime/errors.js';
import { OWN_PROCESS_GROUP, processGroupAlive, signalCommandGroup } from './process-group.js';
import type { RunCommand } from '../../formats/run-format.js';

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
  /** Why we stopped the command, when we did: the signal mlops received, or the timeout. */
  stoppedBy: StopSignal | 'timeout' | null;
  /** The command's group outlived the grace period (or a second signal came) and got SIGKILL. */
  killed: boolean;
}

/** The signals that interrupt a run: Ctrl-C, `kill`/the runner's cancel, a closed terminal. */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

/** Where stop signals come from: the process, or an emitter in tests. */
export interface SignalSource {
  on(signal: StopSignal, listener: () => void): unknown;
  off(signal: StopSignal, listener: () => void): unknown;
}

/** How long a stopped command gets to exit before its group is killed (the runner allows 7.5 s + 2.5 s). */
export const DEFAULT_STOP_GRACE_MS = 10_000;
/** After SIGKILL, how long we wait to see the group gone before carrying on. */
const KILL_WAIT_MS = 2_000;
const POLL_MS = 20;

/** 128 + the signal's number, as a shell reports a process a signal ended: 130, 143, 129. */
export function exitCodeForSignal(signal: StopSignal): number {
  return 128 + osConstants.signals[signal];
}

export interface RunCommandOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** The log file: created (truncated) before the command starts. */
  logPath: string;
  /** Append to the log instead of truncating it (a second run of the same command). */
  appendLog?: boolean;
  /** Live output sinks (the step log, the terminal). */
  stdout(chunk: Buffer): void;
  stderr(chunk: Buffer): void;
  tailLines?: number;
  /** Stop the command (SIGTERM to its group, SIGKILL after the grace period) after this long. */
  timeoutMs?: number;
  /** How long a stopped command may take to exit. Default DEFAULT_STOP_GRACE_MS. */
  graceMs?: number;
  /** Where SIGINT/SIGTERM/SIGHUP are listened for while the command runs. Default: process. */
  signals?: SignalSource;
  /** How messages name the command (default "training command"; explain runs a predict command). */
  what?: string;
}

const TAIL_CHARS = 64 * 1024;

/** Spawns argv with `shell: false` and waits for it; ENOENT/EACCES become a UsageError naming the program. */
export async function runCommand(argv: readonly string[], options: RunCommandOptions): Promise<CommandResult> {
  await mkdir(dirname(options.logPath), { recursive: true });
  const log = createWriteStream(options.logPath, { flags: options.appendLog ? 'a' : 'w' });
  await new Promise<void>((res, rej) => log.once('open', () => res()).once('error', rej));
  let tail = '';
  const keep = (text: string) => {
    tail += text;
    if (tail.length > 2 * TAIL_CHARS) tail = tail.slice(-TAIL_CHARS);
  };
  const [program, ...args] = argv as [string, ...string[]];
  const signals = options.signals ?? process;
  const graceMs = options.graceMs ?? DEFAULT_STOP_GRACE_MS;
  let stoppedBy: StopSignal | 'timeout' | null = null;
  let killed = false;
  let graceDeadline = Infinity;
  const timers: NodeJS.Timeout[] = [];
  const listeners = new Map<StopSignal, () => void>();
  const done = new Promise<{ exitCode: number | null; signal: string | null }>((res, rej) => {
    let settled = false;
    // Detached on POSIX: the command leads a new process group, so stopping it reaches every process
    // it started, and a Ctrl-C at the terminal reaches mlops alone, which then stops the group itself.
    const child = spawn(program, args, { cwd: options.cwd, env: options.env, shell: false, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, detached: OWN_PROCESS_GROUP });
    const kill = () => {
      if (killed) return;
      killed = true;
      signalCommandGroup(child, 'SIGKILL');
    };
    const stop = (reason: StopSignal | 'timeout') => {
      if (stoppedBy !== null) {
        // A second signal (Ctrl-C twice; the runner's SIGTERM 7.5 s after its SIGINT) means now.
        if (reason !== 'timeout') kill();
        return;
      }
      stoppedBy = reason;
      graceDeadline = Date.now() + graceMs;
      signalCommandGroup(child, reason === 'timeout' ? 'SIGTERM' : reason);
      timers.push(setTimeout(kill, graceMs));
    };
    if (child.pid !== undefined) {
      for (const signal of STOP_SIGNALS) {
        const listener = () => stop(signal);
        listeners.set(signal, listener);
        signals.on(signal, listener);
      }
      if (options.timeoutMs !== undefined) timers.push(setTimeout(() => stop('timeout'), options.timeoutMs));
    }
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
        rej(new UsageError(`${options.what ?? 'training command'} "${program}" ${why}`, {
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
      const pid = child.pid;
      // The command has exited; what it started may not have. Once we stopped it, we return only
      // when its whole group is gone, so nothing writes an output after mlops has reported.
      const gone = stoppedBy === null || pid === undefined || !OWN_PROCESS_GROUP
        ? Promise.resolve()
        : waitForGroupGone(pid, () => graceDeadline, kill, () => killed);
      void gone.catch(() => undefined).then(() => res({ exitCode: code, signal }));
    });
  });
  let result: { exitCode: number | null; signal: string | null };
  try {
    result = await done;
  } finally {
    for (const t of timers) clearTimeout(t);
    for (const [signal, listener] of listeners) signals.off(signal, listener);
    await new Promise<void>((res) => log.end(() => res()));
  }
  const lines = tail.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return { ...result, tail: lines.slice(-(options.tailLines ?? 20)), stoppedBy, killed };
}

/** Polls until no live process is left in group `pgid`: SIGKILL at the grace deadline, then a bounded wait. */
async function waitForGroupGone(pgid: number, graceDeadline: () => number, kill: () => void, killed: () => boolean): Promise<void> {
  let killDeadline = Infinity;
  while (processGroupAlive(pgid)) {
    const now = Date.now();
    if (!killed() && now >= graceDeadline()) kill();
    if (killed() && killDeadline === Infinity) killDeadline = now + KILL_WAIT_MS;
    if (now >= killDeadline) return; // SIGKILL cannot be caught; what is left cannot run another line
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
