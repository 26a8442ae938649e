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
 *
 * With `checkDeterminism`, step 4 happens twice: the first run's outputs are moved aside, the same
 * command runs again with the same environment and params file, and both runs' output digests are
 * compared. Outputs that differ fail the run (nothing cached); the record's `determinism` says so.
 */
import { mkdtemp, rm, writeFile, appendFile, mkdir, rename, copyFile } from 'node:fs/promises';
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
import { RUN_SCHEMA, type DeterminismCheck, type EnvironmentFingerprint, type FileDigest, type OriginalRun, type RunRecord } from '../formats/run-format.js';
import { formatDuration } from '../model/train/timeout.js';
import { TrainingFailedError, TrainingInterruptedError } from '../model/train/train-errors.js';
import { DEFAULT_LOG_OUT, DEFAULT_RUN_OUT } from '../model/train/defaults.js';

export { DEFAULT_LOG_OUT, DEFAULT_RUN_OUT };
/** Beside the run record: where a failed determinism check leaves the first run's outputs. */
export const FIRST_RUN_DIR = 'determinism-first-run';
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
  /**
   * Run the command twice (the first run's outputs moved aside in between) and fail, naming the
   * files, unless every declared output is byte-identical. Not part of the cache key.
   */
  checkDeterminism?: boolean;
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

/** Paths whose digests differ between two runs, or that only one run wrote; sorted. */
export function differingOutputs(first: readonly FileDigest[], second: readonly FileDigest[]): string[] {
  const a = new Map(first.map((f) => [f.path, f.sha256]));
  const b = new Map(second.map((f) => [f.path, f.sha256]));
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p) !== b.get(p)).sort();
}

/** Rename, or copy and remove when the scratch folder is on another file system. */
async function moveFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    await copyFile(from, to);
    await rm(from, { force: true });
  }
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
  const firstRunDir = join(dirname(runPath), FIRST_RUN_DIR);
  const firstRunRel = relativeTo(cwd, firstRunDir);
  // Our own files are never inputs or outputs, or every run would change its own key.
  const exclude = [relativeTo(cwd, runPath), logRel, ...(options.checkDeterminism ? [`${firstRunRel}/**`] : []), ...(options.exclude ?? [])].filter((p) => !isAbsolute(p));

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
      if (options.checkDeterminism && !original.determinism) {
        ports.log.warn('check-determinism: the cached run was not checked for determinism and the command did not run now; run without the cache (--no-cache, cache: off) to check it');
      }
      await writeJsonAtomic(runPath, record);
      return { record, runPath, logPath, cacheKey, cacheHit: true };
    }
  }

  const paramsDir = await mkdtemp(join(tmpdir(), 'mlops-train-'));
  try {
    const paramsFile = join(paramsDir, 'params.json');
    await writeFile(paramsFile, `${JSON.stringify(params, null, 2)}\n`);
    const env = { ...childEnvironment(baseEnv), MLOPS_PARAMS_FILE: paramsFile, MLOPS_SEED: String(seed), MLOPS_MODEL: model };
    const execute = (second: boolean) =>
      runCommand(command.argv, {
        cwd, env, logPath, appendLog: second, stdout: ports.stdout, stderr: ports.stderr,
        timeoutMs: options.timeoutMs, graceMs: options.stopGraceMs, signals: ports.signals,
      });
    ports.log.info(`running ${describeCommand(command)}`);
    let result = await execute(false);

    const failed = async (error: string, outputs: RunRecord['outputs'], determinism?: DeterminismCheck): Promise<never> => {
      const record: RunRecord = { ...base, status: 'failed', cache: cache ? 'miss' : 'off', outputs, ...finish(clock()), exit_code: result.exitCode, signal: result.signal, error: error.split('\n')[0]!, ...(determinism ? { determinism } : {}) };
      await writeJsonAtomic(runPath, record);
      throw new TrainingFailedError(error);
    };

    /** Fails the run unless the command exited 0; `which` names the run of a determinism check. */
    const checkExit = async (which: string): Promise<void> => {
      if (result.stoppedBy !== null) {
        // Stopped by us: whatever it exited with, its outputs may be half-written, so nothing is cached.
        const how = `${result.killed ? 'killed (SIGKILL) with every process it started' : 'stopped with every process it started'}`;
        if (result.stoppedBy === 'timeout') {
          const limit = formatDuration(options.timeoutMs!);
          await appendFile(logPath, `\nmlops: the training command${which} ran past its time limit (${limit}) and was ${how}; nothing was cached\n`);
          return failed(`training command${which} ran past its time limit of ${limit} and was ${how}; nothing was cached: ${describeCommand(command)} (raise the limit, or make the run shorter)`, []);
        }
        const message = `interrupted by ${result.stoppedBy}: the training command${which} was ${how}; nothing was cached`;
        await appendFile(logPath, `\nmlops: ${message}\n`);
        const record: RunRecord = { ...base, status: 'failed', cache: cache ? 'miss' : 'off', outputs: [], ...finish(clock()), exit_code: result.exitCode, signal: result.signal, error: message };
        await writeJsonAtomic(runPath, record);
        throw new TrainingInterruptedError(message, exitCodeForSignal(result.stoppedBy));
      }
      if (result.exitCode !== 0) {
        const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
        const hint127 = result.exitCode === 127 && command.shell ? ' (127: the shell could not find a command in the script)' : '';
        const tail = result.tail.length > 0 ? `\nlast ${result.tail.length} lines of ${logRel}:\n${result.tail.map((l) => `  ${l}`).join('\n')}` : `\n(${logRel} is empty)`;
        await appendFile(logPath, `\nmlops: the training command${which} ${how}; nothing was cached\n`);
        return failed(`training command${which} ${how}${hint127}: ${describeCommand(command)}${tail}`, []);
      }
    };

    /** The declared outputs after a successful run, digested; a glob matching nothing fails the run. */
    const collectOutputs = async (which: string) => {
      const { files, unmatched } = await matchGlobs(outputGlobs, { cwd, ignore: exclude });
      const outputs = await digestFiles(files, cwd);
      if (unmatched.length > 0) {
        return failed(
          `the training command${which} succeeded but declared output ${unmatched.map((g) => `"${g}"`).join(', ')} matched no file under ${cwd}; nothing was cached (check the glob, or where the command writes)`,
          outputs,
        );
      }
      return { files, outputs };
    };

    await checkExit('');
    let { files, outputs } = await collectOutputs('');
    let determinism: DeterminismCheck | undefined;

    if (options.checkDeterminism) {
      // The second run starts where the first did, without the first run's outputs (a command that
      // skips work when its outputs exist would otherwise compare a file with itself). They wait in a
      // hidden scratch folder beside the run record, kept as FIRST_RUN_DIR when the check fails.
      const first = outputs;
      await mkdir(dirname(runPath), { recursive: true });
      const scratch = await mkdtemp(join(dirname(runPath), '.mlops-first-run-'));
      let identical = false;
      try {
        for (const f of files) await moveFile(join(cwd, f), join(scratch, f));
        const note = `check-determinism: the first run wrote ${first.length} output file(s); they were moved aside and the command runs a second time`;
        ports.log.info(note);
        await appendFile(logPath, `\nmlops: ${note}\n`);
        result = await execute(true);
        await checkExit(' (second run of check-determinism)');
        ({ files, outputs } = await collectOutputs(' (second run of check-determinism)'));
        const differing = differingOutputs(first, outputs);
        identical = differing.length === 0;
        determinism = { runs: 2, identical, differing };
        if (!identical) {
          const digest = (list: readonly FileDigest[], path: string) => {
            const d = list.find((f) => f.path === path);
            return d ? `sha256 ${d.sha256} (${d.bytes} bytes)` : 'not written';
          };
          const lines = differing.map((p) => `  ${p}: first run ${digest(first, p)}, second run ${digest(outputs, p)}`).join('\n');
          await appendFile(logPath, `\nmlops: check-determinism: ${differing.length} output file(s) differ between the two runs; nothing was cached\n${lines}\n`);
          return await failed(
            `check-determinism: two runs of the same command wrote different outputs (${differing.join(', ')}); nothing was cached. The second run's files are in place and the first run's in ${firstRunRel}/ to compare; seed every library from MLOPS_SEED and turn off nondeterministic algorithms (docs/train.md)\n${lines}`,
            outputs,
            determinism,
          );
        }
        ports.log.info(`check-determinism: both runs wrote byte-identical outputs (${outputs.length} file(s))`);
        await appendFile(logPath, `\nmlops: check-determinism: both runs wrote byte-identical outputs (${outputs.length} file(s))\n`);
      } finally {
        if (identical) {
          // The first run's copies, and those an earlier failed check left, are not needed any more.
          await rm(scratch, { recursive: true, force: true });
          await rm(firstRunDir, { recursive: true, force: true });
        } else {
          await rm(firstRunDir, { recursive: true, force: true });
          await rename(scratch, firstRunDir);
        }
      }
    }

    const record: RunRecord = { ...base, status: 'succeeded', cache: cache ? 'miss' : 'off', outputs, ...finish(clock()), exit_code: 0, signal: null, ...(determinism ? { determinism } : {}) };
    await writeJsonAtomic(runPath, record);
    let saved: RunCacheSaveResult | undefined;
    if (cache) {
      saved = await cache.save(cacheKey, { cwd, files, record });
      if (saved === 'saved') ports.log.info(`run cache: saved ${cacheKey} (${cache.description})`);
      else if (saved === 'exists') ports.log.info(`run cache: ${cacheKey} was already saved (by a concurrent run); kept the existing entry`);
    }
    return { record, runPath, logPath, cacheKey, cacheHit: false, saved };
  } finally {
    await rm(paramsDir, { recursive: true, force: true });
  }
}
