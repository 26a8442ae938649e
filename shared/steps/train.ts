/**
 * The train step: run the team's own training command reproducibly, with a content-addressed run
 * cache. One operation, three faces (actions/train/src/main.ts, `mlops train`, the tests).
 *
 *  1. read params (file, then overrides), digest the declared inputs, fingerprint the environment;
 *  2. key = SHA-256 over all of that and the command (run-cache-key.ts);
 *  3. a cache hit restores the declared outputs and skips the command;
 *  4. otherwise run the command (no shell unless one is named) with the params as a JSON file in
 *     MLOPS_PARAMS_FILE and the seed in MLOPS_SEED, streaming its output live and into the log;
 *     a signal to mlops or the time limit stops the command's whole process group (command.ts),
 *     fails the run and caches nothing;
 *  5. check that every declared output exists, digest them, write the run record, and cache the
 *     run if (and only if) it succeeded.
 */
import { mkdtemp, rm, writeFile, appendFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { writeJsonAtomic } from '../runtime/atomic-write.js';
import { UsageError } from '../runtime/errors.js';
import { exitCodeForSignal, resolveCommand, runCommand, type CommandSpec, type SignalSource } from '../model/train/command.js';
import { describeCommand } from '../formats/run-format.js';
import { checkGlobs, digestDeclaredInputs, digestFiles, matchGlobs } from '../model/train/declared-files.js';
import { environmentFingerprint, gitCommit } from '../model/train/environment.js';
import { loadParamsFile, mergeParams, type Params } from '../model/train/params.js';
import { checkModelName, runCacheKey } from '../model/train/run-cache-key.js';
import type { RunCache, RunCacheLog, RunCacheSaveResult } from '../ports/run-cache.js';
import { RUN_SCHEMA, type EnvironmentFingerprint, type OriginalRun, type RunRecord } from '../formats/run-format.js';
import { formatDuration } from '../model/train/timeout.js';
import { TrainingFailedError, TrainingInterruptedError } from '../model/train/train-errors.js';

export const DEFAULT_RUN_OUT = 'mlops-out/run.json';
export const DEFAULT_LOG_OUT = 'mlops-out/train.log';
export const MAX_SEED = 2 ** 32 - 1;

export interface TrainOptions {
  /** Names the cache entries and the run: letters, digits, ".", "_", "-". */
  model: string;
  command: CommandSpec;
  /** YAML or JSON params file, relative to `cwd`. */
  paramsFile?: string;
  /** Merged over the params file (mappings key by key). */
  params?: Params;
  /** Passed as MLOPS_SEED; part of the cache key. Default 0. */
  seed?: number;
  /** Globs of the files the command reads (data, code, config), relative to `cwd`. */
  inputs?: readonly string[];
  /** Globs of the files the command writes; each must match at least one file after a successful run. */
  outputs?: readonly string[];
  /** Run record path (relative to `cwd`), written atomically. */
  runOut?: string;
  /** Log path (relative to `cwd`), written as the command runs. */
  logOut?: string;
  /** Globs never taken as inputs or outputs (a cache folder inside the workspace). */
  exclude?: readonly string[];
  /** Working directory of the command and base of every relative path. Default: process.cwd(). */
  cwd?: string;
  /** Environment the command starts from (see childEnvironment). Default: process.env. */
  env?: Record<string, string | undefined>;
  /** Time limit of the command: on expiry its process group is stopped and the run fails (exit 1). */
  timeoutMs?: number;
  /** How long a stopped command gets before its group is killed (default 10 s). */
  stopGraceMs?: number;
}

export interface TrainPorts {
  /** The run cache; without one every run executes the command (`cache: "off"` in the record). */
  cache?: RunCache;
  log: RunCacheLog;
  /** Live output of the command. */
  stdout(chunk: Buffer): void;
  stderr(chunk: Buffer): void;
  clock?: () => Date;
  environment?: (cwd: string, env: Record<string, string | undefined>) => Promise<EnvironmentFingerprint>;
  gitCommit?: (cwd: string, env: Record<string, string | undefined>) => Promise<string | null>;
  /** Where SIGINT/SIGTERM/SIGHUP come from while the command runs. Default: the process. */
  signals?: SignalSource;
}

export interface TrainResult {
  record: RunRecord;
  runPath: string;
  logPath: string;
  cacheKey: string;
  cacheHit: boolean;
  /** What saving to the cache did; undefined when nothing was saved (hit, no cache, failure). */
  saved?: RunCacheSaveResult;
}

/**
 * Variables the command does not get. A node action receives the runner's cache and OIDC tokens;
 * a `run:` step does not, and neither does the training command, which may be code from a pull
 * request: with ACTIONS_RUNTIME_TOKEN it could write poisoned entries into the repository's cache.
 * INPUT_* and GITHUB_STATE belong to this step.
 */
export const WITHHELD_VARIABLES = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'GITHUB_STATE',
];

export function childEnvironment(base: Record<string, string | undefined>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(base)) {
    if (v === undefined || k.startsWith('INPUT_') || WITHHELD_VARIABLES.includes(k)) continue;
    env[k] = v;
  }
  return env;
}

function checkSeed(seed: number): number {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new UsageError(`seed must be an integer from 0 to ${MAX_SEED} (got ${seed})`);
  }
  return seed;
}

/** Workspace-relative with forward slashes (for records and globs); absolute paths outside stay absolute. */
function relativeTo(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return path.split(sep).join('/');
  return rel.split(sep).join('/');
}

function withoutOriginal(record: RunRecord): OriginalRun {
  const { original: _drop, ...rest } = record;
  return rest;
}

export async function train(options: TrainOptions, ports: TrainPorts): Promise<TrainResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const baseEnv = options.env ?? process.env;
  const clock = ports.clock ?? (() => new Date());
  const model = checkModelName(options.model);
  const command = resolveCommand(options.command);
  const seed = checkSeed(options.seed ?? 0);
  const inputGlobs = [...(options.inputs ?? [])];
  const outputGlobs = [...(options.outputs ?? [])];
  checkGlobs(inputGlobs, 'inputs');
  checkGlobs(outputGlobs, 'outputs');
  const runPath = resolve(cwd, options.runOut ?? DEFAULT_RUN_OUT);
  const logPath = resolve(cwd, options.logOut ?? DEFAULT_LOG_OUT);
  const logRel = relativeTo(cwd, logPath);
  // Our own files are never inputs or outputs, or every run would change its own key.
  const exclude = [relativeTo(cwd, runPath), logRel, ...(options.exclude ?? [])].filter((p) => !isAbsolute(p));

  const started = clock();
  const params = mergeParams(options.paramsFile ? await loadParamsFile(resolve(cwd, options.paramsFile)) : {}, options.params ?? {});
  const inputs = await digestDeclaredInputs(inputGlobs, { cwd, ignore: exclude });
  const [environment, commit] = await Promise.all([
    (ports.environment ?? environmentFingerprint)(cwd, baseEnv),
    (ports.gitCommit ?? gitCommit)(cwd, baseEnv),
  ]);
  const cacheKey = runCacheKey({ model, command, params, seed, inputs, outputs: outputGlobs, environment });

  let cache = ports.cache;
  if (cache && outputGlobs.length === 0) {
    ports.log.info('run cache off: no outputs declared, so a cache hit would have nothing to restore');
    cache = undefined;
  }

  const base = {
    schema: RUN_SCHEMA,
    model,
    cache_key: cacheKey,
    command,
    params,
    seed,
    declared: { inputs: inputGlobs, outputs: outputGlobs },
    inputs,
    environment,
    git: { commit },
    log: logRel,
  } as const;
  const finish = (ended: Date) => ({ started_at: started.toISOString(), ended_at: ended.toISOString(), duration_ms: Math.max(0, ended.getTime() - started.getTime()) });

  if (cache) {
    const original = await cache.restore(cacheKey, cwd);
    if (original) {
      const record: RunRecord = {
        ...base,
        status: 'succeeded',
        cache: 'hit',
        outputs: original.outputs,
        ...finish(clock()),
        exit_code: null,
        signal: null,
        original: withoutOriginal(original),
      };
      const note = `run cache hit (${cache.description}): ${cacheKey}\nrestored ${original.outputs.length} output file(s) of the run that started ${original.started_at}${original.git.commit ? ` at commit ${original.git.commit}` : ''}; the command did not run\n`;
      await mkdir(dirname(logPath), { recursive: true });
      await writeFile(logPath, note);
      ports.log.info(note.trimEnd());
      await writeJsonAtomic(runPath, record);
      return { record, runPath, logPath, cacheKey, cacheHit: true };
    }
  }

  const paramsDir = await mkdtemp(join(tmpdir(), 'mlops-train-'));
  let result;
  try {
    const paramsFile = join(paramsDir, 'params.json');
    await writeFile(paramsFile, `${JSON.stringify(params, null, 2)}\n`);
    const env = { ...childEnvironment(baseEnv), MLOPS_PARAMS_FILE: paramsFile, MLOPS_SEED: String(seed), MLOPS_MODEL: model };
    ports.log.info(`running ${describeCommand(command)}`);
    result = await runCommand(command.argv, {
      cwd, env, logPath, stdout: ports.stdout, stderr: ports.stderr,
      timeoutMs: options.timeoutMs, graceMs: options.stopGraceMs, signals: ports.signals,
    });
  } finally {
    await rm(paramsDir, { recursive: true, force: true });
  }

  const failed = async (error: string, outputs: RunRecord['outputs']): Promise<never> => {
    const record: RunRecord = { ...base, status: 'failed', cache: cache ? 'miss' : 'off', outputs, ...finish(clock()), exit_code: result.exitCode, signal: result.signal, error: error.split('\n')[0]! };
    await writeJsonAtomic(runPath, record);
    throw new TrainingFailedError(error);
  };

  if (result.stoppedBy !== null) {
    // Stopped by us: whatever it exited with, its outputs may be half-written, so nothing is cached.
    const how = `${result.killed ? 'killed (SIGKILL) with every process it started' : 'stopped with every process it started'}`;
    if (result.stoppedBy === 'timeout') {
      const limit = formatDuration(options.timeoutMs!);
      await appendFile(logPath, `\nmlops: the training command ran past its time limit (${limit}) and was ${how}; nothing was cached\n`);
      return failed(`training command ran past its time limit of ${limit} and was ${how}; nothing was cached: ${describeCommand(command)} (raise the limit, or make the run shorter)`, []);
    }
    const message = `interrupted by ${result.stoppedBy}: the training command was ${how}; nothing was cached`;
    await appendFile(logPath, `\nmlops: ${message}\n`);
    const record: RunRecord = { ...base, status: 'failed', cache: cache ? 'miss' : 'off', outputs: [], ...finish(clock()), exit_code: result.exitCode, signal: result.signal, error: message };
    await writeJsonAtomic(runPath, record);
    throw new TrainingInterruptedError(message, exitCodeForSignal(result.stoppedBy));
  }

  if (result.exitCode !== 0) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
    const hint127 = result.exitCode === 127 && command.shell ? ' (127: the shell could not find a command in the script)' : '';
    const tail = result.tail.length > 0 ? `\nlast ${result.tail.length} lines of ${logRel}:\n${result.tail.map((l) => `  ${l}`).join('\n')}` : `\n(${logRel} is empty)`;
    await appendFile(logPath, `\nmlops: the training command ${how}; nothing was cached\n`);
    return failed(`training command ${how}${hint127}: ${describeCommand(command)}${tail}`, []);
  }

  const { files, unmatched } = await matchGlobs(outputGlobs, { cwd, ignore: exclude });
  const outputs = await digestFiles(files, cwd);
  if (unmatched.length > 0) {
    return failed(
      `the training command succeeded but declared output ${unmatched.map((g) => `"${g}"`).join(', ')} matched no file under ${cwd}; nothing was cached (check the glob, or where the command writes)`,
      outputs,
    );
  }

  const record: RunRecord = { ...base, status: 'succeeded', cache: cache ? 'miss' : 'off', outputs, ...finish(clock()), exit_code: 0, signal: null };
  await writeJsonAtomic(runPath, record);
  let saved: RunCacheSaveResult | undefined;
  if (cache) {
    saved = await cache.save(cacheKey, { cwd, files, record });
    if (saved === 'saved') ports.log.info(`run cache: saved ${cacheKey} (${cache.description})`);
    else if (saved === 'exists') ports.log.info(`run cache: ${cacheKey} was already saved (by a concurrent run); kept the existing entry`);
  }
  return { record, runPath, logPath, cacheKey, cacheHit: false, saved };
}
