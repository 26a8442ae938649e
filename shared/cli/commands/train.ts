/** `mlops train`: the train step on the command line, with the local folder run cache. */
import { StringDecoder } from 'node:string_decoder';
import type { CommandSpec } from '../../model/train/command.js';
import { DEFAULT_CACHE_DIR, DEFAULT_LOG_OUT, DEFAULT_RUN_OUT } from '../../model/train/defaults.js';
import { parseTimeoutDuration } from '../../model/train/timeout.js';
import { CommandUsageError, parseCommandArgs, requireOption, type CliIo, type Command } from '../../runtime/cli.js';
import { EXIT_OK } from '../../runtime/errors.js';

const usage = `Usage: mlops train --model NAME [options] -- COMMAND [ARGS...]
       mlops train --model NAME --shell bash [options] -- 'SCRIPT'

Run your training command with params, a seed and a content-addressed run cache, and write a run
record (mlops-actions/run@1). Everything after "--" is the command, passed to it as is and never
through a shell; with --shell, the one argument after "--" is a script for that shell.

Options:
  --model NAME          names the run and its cache entries (required)
  --params FILE         params file (YAML or JSON)
  --set KEY=VALUE       override a param (dotted keys; the value is read as YAML); repeatable
  --seed N              seed, given to the command as MLOPS_SEED (default 0)
  --inputs GLOB         files the command reads; repeatable, or comma-separated
  --outputs GLOB        files the command writes (restored on a cache hit); repeatable
  --shell bash|sh|pwsh  run the script after "--" with this shell
  --cache-dir DIR       run cache folder (default ${DEFAULT_CACHE_DIR})
  --no-cache            always run the command; neither read nor write the cache
  --run-out FILE        run record (default ${DEFAULT_RUN_OUT})
  --log-out FILE        log of the command's output (default ${DEFAULT_LOG_OUT})
  --timeout DURATION    stop the command after this long (90s, 30m, 2h) and fail (exit 1)
  --check-determinism   run the command twice (the first run's outputs moved aside) and fail
                        (exit 1) unless every output is byte-identical; the run record's
                        "determinism" says so. A cache hit runs nothing
  -h, --help            show this help (put the command's own --help after "--" in quotes
                        of a --shell script: mlops reads -h/--help anywhere)

The command gets MLOPS_PARAMS_FILE (the merged params as JSON), MLOPS_SEED and MLOPS_MODEL. Its
stdout and stderr are shown as they come and kept in the log; mlops's own messages go to stderr.

The command runs in its own process group. On Ctrl-C, SIGTERM or SIGHUP, mlops passes the signal
to that whole group, waits up to 10 s for it to end (a second signal: at once), then kills what is
left with SIGKILL, and exits 128 + the signal's number. The same stop, with SIGTERM, ends a run
that passes --timeout. A stopped run writes a failed run record and is never cached.

Exit codes: 0 trained or restored, 1 the command failed, ran past --timeout, a declared output
is missing or --check-determinism found outputs that differ, 2 bad usage or input (unknown command, bad params file, an input glob that matches
nothing), 130/143/129 interrupted by SIGINT/SIGTERM/SIGHUP.
`;

const options = {
  model: { type: 'string' },
  params: { type: 'string' },
  set: { type: 'string', multiple: true },
  seed: { type: 'string' },
  inputs: { type: 'string', multiple: true },
  outputs: { type: 'string', multiple: true },
  shell: { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  'run-out': { type: 'string' },
  'log-out': { type: 'string' },
  timeout: { type: 'string' },
  'check-determinism': { type: 'boolean' },
} as const;

/** Live output as text for the CLI's io, without splitting a UTF-8 character across chunks. */
function textSink(write: (t: string) => void): (chunk: Buffer) => void {
  const decoder = new StringDecoder('utf8');
  return (chunk) => {
    const text = decoder.write(chunk);
    if (text) write(text);
  };
}

export const trainCommand: Command = {
  name: 'train',
  summary: 'Run a training command with params, a seed, a run record and a run cache',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const dashes = argv.indexOf('--');
    if (dashes === -1) throw new CommandUsageError('give the training command after "--"', usage);
    const { values } = parseCommandArgs(argv.slice(0, dashes), options, usage);
    const rest = argv.slice(dashes + 1);
    const model = requireOption(values.model, 'model', usage);
    if (rest.length === 0) throw new CommandUsageError('the training command after "--" is empty', usage);
    let command: CommandSpec;
    if (values.shell !== undefined) {
      if (rest.length !== 1) throw new CommandUsageError(`with --shell, give the script as one argument after "--" (got ${rest.length}); quote it`, usage);
      command = { shell: values.shell, script: rest[0]! };
    } else {
      command = { argv: rest };
    }
    let seed = 0;
    if (values.seed !== undefined) {
      if (!/^\d+$/.test(values.seed)) throw new CommandUsageError(`--seed must be a non-negative integer (got "${values.seed}")`, usage);
      seed = Number(values.seed);
    }
    const timeoutMs = values.timeout === undefined ? undefined : parseTimeoutDuration(values.timeout);
    const cacheDir = values['cache-dir'] ?? DEFAULT_CACHE_DIR;
    const log = { info: (m: string) => io.stderr(`mlops: ${m}\n`), warn: (m: string) => io.stderr(`mlops: warning: ${m}\n`) };
    // Loaded on demand: other commands (and a usage error here) should not pay for the step's code at start-up.
    const { guardRunCacheTemps } = await import('../../runtime/run-cache-temps.js');
    const { splitGlobList } = await import('../../model/train/declared-files.js');
    const { LocalRunCache } = await import('../../local/local-run-cache.js');
    const { paramsFromAssignments } = await import('../../model/train/params.js');
    const { train } = await import('../../steps/train.js');
    // Half-built cache entries: stale ones swept, this run's removed on Ctrl-C (shared/runtime/run-cache-temps.ts).
    if (!values['no-cache']) await guardRunCacheTemps(cacheDir);
    const result = await train(
      {
        model,
        command,
        paramsFile: values.params,
        params: paramsFromAssignments(values.set ?? []),
        seed,
        inputs: (values.inputs ?? []).flatMap(splitGlobList),
        outputs: (values.outputs ?? []).flatMap(splitGlobList),
        runOut: values['run-out'],
        logOut: values['log-out'],
        timeoutMs,
        exclude: [`${cacheDir.replace(/\/+$/, '')}/**`],
        checkDeterminism: values['check-determinism'] === true,
      },
      {
        cache: values['no-cache'] ? undefined : new LocalRunCache(cacheDir, log),
        log,
        stdout: textSink(io.stdout),
        stderr: textSink(io.stderr),
      },
    );
    const r = result.record;
    const what = result.cacheHit ? 'restored from the run cache' : r.determinism ? 'trained twice with byte-identical outputs' : 'trained';
    io.stderr(`mlops: ${model} ${what} in ${(r.duration_ms / 1000).toFixed(1)} s: ${r.outputs.length} output file(s); run record ${result.runPath}\n`);
    return EXIT_OK;
  },
};
