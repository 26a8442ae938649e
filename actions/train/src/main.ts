/** train: inputs -> train() -> outputs, job summary. */
import { z } from 'zod';
import type { CommandSpec } from '../../../shared/model/train/command.js';
import type { RunCache, RunCacheLog } from '../../../shared/ports/run-cache.js';
import { parseTimeoutMinutes } from '../../../shared/model/train/timeout.js';
import { annotate, appendSummary, logInfo, readInputs, runAction, setOutputs } from '../../../shared/runtime/action.js';

const inputs = z.object({
  model: z.string(),
  command: z.string(),
  shell: z.string().optional(),
  'params-file': z.string().optional(),
  params: z.string().optional(),
  seed: z.string().regex(/^\d+$/, 'must be a non-negative integer').transform(Number).default(0),
  inputs: z.string().optional(),
  outputs: z.string().optional(),
  cache: z.enum(['auto', 'github', 'local', 'off']).default('auto'),
  'cache-dir': z.string().default('.mlops/cache'),
  'run-out': z.string().default('mlops-out/run.json'),
  'log-out': z.string().default('mlops-out/train.log'),
  'timeout-minutes': z.string().optional(),
  'check-determinism': z.enum(['true', 'false']).default('false'),
});

const log: RunCacheLog = { info: logInfo, warn: (m) => annotate('warning', m) };

/**
 * The run cache for this job. @actions/cache (with the Azure storage client under it) is most of
 * this bundle, so it is loaded only when the GitHub cache may be used: cold start stays small.
 */
async function chooseCache(kind: 'auto' | 'github' | 'local' | 'off', dir: string): Promise<RunCache | undefined> {
  if (kind === 'off') return undefined;
  const { guardRunCacheTemps } = await import('../../../shared/runtime/run-cache-temps.js');
  const { LocalRunCache } = await import('../../../shared/local/local-run-cache.js');
  // Half-built cache entries: stale ones swept, this run's removed on cancel (shared/runtime/run-cache-temps.ts).
  await guardRunCacheTemps(dir);
  if (kind === 'local') return new LocalRunCache(dir, log);
  const { ActionsRunCache } = await import('../../../shared/github/actions-run-cache.js');
  if (ActionsRunCache.available()) return new ActionsRunCache(dir, log);
  if (kind === 'github') {
    log.warn('cache: github, but this job has no GitHub Actions cache service (ACTIONS_CACHE_URL/ACTIONS_RESULTS_URL); training without the run cache');
    return undefined;
  }
  return new LocalRunCache(dir, log);
}

/** The step (actions/typescript-action's convention): src/index.ts runs it; @github/local-action imports it. */
export const run = (): Promise<void> =>
  runAction(async () => {
  const input = readInputs(inputs);
  // Loaded once the inputs are known good: a run that fails at its inputs pays for none of it (issue 18).
  const { parseCommandList } = await import('../../../shared/model/train/command.js');
  const { splitGlobList } = await import('../../../shared/model/train/declared-files.js');
  const { parseParamsText } = await import('../../../shared/model/train/params.js');
  const { train } = await import('../../../shared/steps/train.js');
  const { renderTrainSummary } = await import('../../../shared/report/train-summary.js');
  const command: CommandSpec = input.shell ? { shell: input.shell, script: input.command } : { argv: parseCommandList(input.command) };
  const result = await train(
    {
      model: input.model,
      command,
      paramsFile: input['params-file'],
      params: input.params ? parseParamsText(input.params, 'input "params"') : undefined,
      seed: input.seed,
      inputs: splitGlobList(input.inputs),
      outputs: splitGlobList(input.outputs),
      runOut: input['run-out'],
      logOut: input['log-out'],
      // The runner's cancel sends SIGINT, then SIGTERM 7.5 s later: train() stops the command's whole
      // group on the first and kills it on the second, before the runner's own SIGKILL of this step.
      timeoutMs: input['timeout-minutes'] ? parseTimeoutMinutes(input['timeout-minutes']) : undefined,
      exclude: [`${input['cache-dir'].replace(/\/+$/, '')}/**`],
      checkDeterminism: input['check-determinism'] === 'true',
    },
    {
      cache: await chooseCache(input.cache, input['cache-dir']),
      log,
      stdout: (c) => void process.stdout.write(c),
      stderr: (c) => void process.stderr.write(c),
    },
  );
  setOutputs({
    'cache-hit': result.cacheHit,
    'cache-key': result.cacheKey,
    'run-path': input['run-out'],
    'log-path': input['log-out'],
    'duration-ms': Math.round(result.record.duration_ms),
  });
  await appendSummary(renderTrainSummary(result.record));
});
