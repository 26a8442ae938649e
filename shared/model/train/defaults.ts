/**
 * Where train writes when not told: in a module of their own, so that the CLI's `mlops train` usage
 * text can name them without loading the step (yaml, zod, tinyglobby) at every `mlops` start (issue 18).
 */
export const DEFAULT_RUN_OUT = 'mlops-out/run.json';
export const DEFAULT_LOG_OUT = 'mlops-out/train.log';
/** The local run cache's folder (shared/local/local-run-cache.ts). */
export const DEFAULT_CACHE_DIR = '.mlops/cache';
