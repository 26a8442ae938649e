/**
 * The run cache key: SHA-256 over everything that decides what the command produces as far as we
 * can see it: the command, params, seed, the contents of the declared inputs, the declared output
 * globs and the environment fingerprint. Canonical JSON (keys sorted at every depth) so the key does
 * not depend on the order params were written in.
 *
 * Format `mlops-train-<model>-<64 hex>`: within @actions/cache's limits (at most 512 characters,
 * no commas), and a folder name on every OS.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../../runtime/errors.js';
import type { EnvironmentFingerprint, FileDigest, RunCommand } from '../../formats/run-format.js';

/** Bump when what goes into the key changes, so old entries are not reused under new meaning. */
export const RUN_CACHE_KEY_VERSION = 1;

/** Model names: a cache key part, a folder name and a file name; no commas (@actions/cache), no separators. */
export const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export function checkModelName(model: string): string {
  if (!MODEL_NAME.test(model)) {
    throw new UsageError(`model name ${JSON.stringify(model)} is not allowed`, {
      hint: 'use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit',
    });
  }
  return model;
}

export interface RunCacheKeyParts {
  model: string;
  command: RunCommand;
  params: Record<string, unknown>;
  seed: number;
  inputs: readonly FileDigest[];
  outputs: readonly string[];
  environment: EnvironmentFingerprint;
}

/** JSON with object keys sorted at every depth. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

export function runCacheKey(parts: RunCacheKeyParts): string {
  const material = canonicalJson({
    v: RUN_CACHE_KEY_VERSION,
    model: parts.model,
    argv: parts.command.argv,
    params: parts.params,
    seed: parts.seed,
    // Paths and contents: renaming an input is a different run too.
    inputs: parts.inputs.map((f) => [f.path, f.sha256]),
    outputs: parts.outputs,
    environment: parts.environment,
  });
  const key = `mlops-train-${checkModelName(parts.model)}-${createHash('sha256').update(material).digest('hex')}`;
  return key;
}
