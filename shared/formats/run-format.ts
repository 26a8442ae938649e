/**
 * `mlops-actions/run@1`: what one `train` step did. Written by `train` (`run-out`), read by the
 * steps after it (evaluate, publish-model's lineage). Defined once here (zod), documented in
 * docs/train.md ("The run record").
 *
 * A record is written for every run that got as far as starting the command (or restoring it from
 * the run cache): `status: "failed"` records say why, so a workflow can upload them with
 * `if: always()`. On a cache hit the command did not run: `exit_code` is null and `original` holds
 * the record of the run whose outputs were restored.
 */
import { z } from 'zod';
import { lazySchema, once } from '../runtime/lazy-schema.js';

export const RUN_SCHEMA = 'mlops-actions/run@1';

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = once(() => {
  const fileDigestSchema = z.object({
    /** Workspace-relative, forward slashes. */
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().nonnegative(),
  });

  const runCommandSchema = z.object({
    /** What was spawned (no shell in between unless `shell` is set): for a shell, `[shell, ...flags, script]`. */
    argv: z.array(z.string()).min(1),
    /** The shell named by the user (`bash`, `sh`, `pwsh`), or null for an argument list. */
    shell: z.string().nullable(),
    /** The script given to the shell, or null. */
    script: z.string().nullable(),
  });

  const environmentSchema = z.object({
    platform: z.string(),
    arch: z.string(),
    /** `node --version` of the node on PATH (what the command would run), or null. */
    node: z.string().nullable(),
    /** `python3 --version` (e.g. "3.12.3"), or null when there is no python3 on PATH. */
    python: z.string().nullable(),
    /** The runner image (`ImageOS`, e.g. "ubuntu24"), or null off a hosted runner. */
    image: z.string().nullable(),
    /** Lockfiles found at the top of the working directory, with their digests. */
    lockfiles: z.array(fileDigestSchema),
  });

  const runFields = {
    schema: z.literal(RUN_SCHEMA),
    model: z.string(),
    status: z.enum(['succeeded', 'failed']),
    /** hit: outputs restored, command skipped; miss: the command ran (and was cached if it succeeded); off: no cache. */
    cache: z.enum(['hit', 'miss', 'off']),
    cache_key: z.string().nullable(),
    command: runCommandSchema,
    params: z.record(z.string(), z.unknown()),
    seed: z.number().int().nonnegative(),
    declared: z.object({ inputs: z.array(z.string()), outputs: z.array(z.string()) }),
    inputs: z.array(fileDigestSchema),
    outputs: z.array(fileDigestSchema),
    environment: environmentSchema,
    git: z.object({ commit: z.string().nullable() }),
    started_at: z.string(),
    ended_at: z.string(),
    duration_ms: z.number().nonnegative(),
    /** The command's exit code; null when it did not run (cache hit) or was killed by a signal. */
    exit_code: z.number().int().nullable(),
    signal: z.string().nullable(),
    /** Workspace-relative path of the log (stdout and stderr interleaved as they arrived). */
    log: z.string().nullable(),
    /** Why a failed run failed, in one line. */
    error: z.string().optional(),
    /**
     * Only when the run was asked to check determinism (`check-determinism`): the command ran twice
     * from the same state (the first run's outputs moved aside), and whether every declared output
     * came out byte-identical. `differing` lists the paths that did not (or that only one run wrote).
     */
    determinism: z
      .object({ runs: z.number().int().positive(), identical: z.boolean(), differing: z.array(z.string()) })
      .optional(),
  };

  /** The record of the run a cache hit restored (one level deep: its own `original` is dropped). */
  const originalRunSchema = z.object(runFields);

  const runRecordSchema = z.object({ ...runFields, original: originalRunSchema.optional() });
  return { fileDigestSchema, runCommandSchema, environmentSchema, originalRunSchema, runRecordSchema };
});

export const fileDigestSchema = lazySchema(() => schemas().fileDigestSchema);
export const runCommandSchema = lazySchema(() => schemas().runCommandSchema);
export const environmentSchema = lazySchema(() => schemas().environmentSchema);
export const originalRunSchema = lazySchema(() => schemas().originalRunSchema);
export const runRecordSchema = lazySchema(() => schemas().runRecordSchema);

export type FileDigest = z.infer<typeof fileDigestSchema>;
export type RunCommand = z.infer<typeof runCommandSchema>;
export type EnvironmentFingerprint = z.infer<typeof environmentSchema>;
export type RunRecord = z.infer<typeof runRecordSchema>;
export type OriginalRun = z.infer<typeof originalRunSchema>;
export type DeterminismCheck = NonNullable<RunRecord['determinism']>;

/** The command as a person would type it (for messages), quoting arguments that need it. */
export function describeCommand(command: RunCommand): string {
  if (command.shell !== null) return `${command.shell}: ${command.script}`;
  return command.argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
