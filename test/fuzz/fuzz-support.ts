/**
 * What every fuzz test shares: the seeded fast-check settings, mutations of real files, the
 * "clean end" property and the corpus of crashes.
 *
 * The property: a target given any input returns, or throws an MlopsError whose exit code is 1 or 2
 * (a check failed, bad input), within a time bound. Anything else (a TypeError, a RangeError from
 * the stack's end, an exit-70 "internal error") is a crash. A crash is written to
 * test/fuzz/corpus/<target>/<sha>.bin so corpus.test.ts replays it on every run from then on.
 *
 * `npm test` runs a few dozen seeded cases per target (same inputs every time, ~20 s for the whole
 * folder); `npm run fuzz` runs many more with a fresh seed:
 *   MLOPS_FUZZ_RUNS=2000 MLOPS_FUZZ_SEED=42 npm run fuzz
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isMlopsError } from '../../shared/runtime/errors.js';

export const CORPUS_DIR = join(import.meta.dirname, 'corpus');

/** Cases per property: small and fixed under `npm test`, larger under `npm run fuzz`. */
export function fuzzRuns(inTests: number): number {
  const n = Number(process.env.MLOPS_FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : inTests;
}

/** The seed: fixed under `npm test` (the same inputs every run), chosen per run under `npm run fuzz`. */
export const FUZZ_SEED = Number.isInteger(Number(process.env.MLOPS_FUZZ_SEED)) && process.env.MLOPS_FUZZ_SEED ? Number(process.env.MLOPS_FUZZ_SEED) : 20261206;

/** How long one input may take, in ms: well above a normal run, far below a hang. */
/** The longest error message we accept: a paragraph, not a dump of the input. */
export const MAX_MESSAGE = 1_000;

export const CASE_BOUND_MS = Number(process.env.MLOPS_FUZZ_CASE_MS) || 5_000;

export function fuzzParameters(inTests: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: fuzzRuns(inTests), endOnFailure: true };
}

/** How an input ended: a value, or a typed error with its exit code. */
export type Ending = { kind: 'ok' } | { kind: 'typed'; exitCode: number; message: string };

/**
 * Runs `target` on `input` and returns how it ended; throws (failing the property) on a crash or a
 * case over the time bound, after saving the input to the corpus under `name`.
 */
export async function expectCleanEnd(name: string, input: Uint8Array, target: (input: Uint8Array) => Promise<unknown>): Promise<Ending> {
  const start = performance.now();
  let ending: Ending;
  try {
    await target(input);
    ending = { kind: 'ok' };
  } catch (e) {
    if (!isMlopsError(e) || (e.exitCode !== 1 && e.exitCode !== 2)) {
      const file = saveCrash(name, input);
      const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      throw new Error(`${name}: untyped failure on a ${input.length}-byte input (saved as ${file}): ${what}`, { cause: e });
    }
    ending = { kind: 'typed', exitCode: e.exitCode, message: e.message };
    // One message: a person reads it in a terminal or an annotation.
    if (e.message.length > MAX_MESSAGE) {
      const file = saveCrash(name, input);
      throw new Error(`${name}: a ${e.message.length}-character error message (saved as ${file}): ${e.message.slice(0, 200)}…`);
    }
  }
  const ms = performance.now() - start;
  if (ms > CASE_BOUND_MS) {
    const file = saveCrash(name, input);
    throw new Error(`${name}: took ${ms.toFixed(0)} ms (bound ${CASE_BOUND_MS} ms) on a ${input.length}-byte input (saved as ${file})`);
  }
  return ending;
}

/** Writes a crashing input to the corpus (content-addressed, so the same crash is kept once). */
export function saveCrash(name: string, input: Uint8Array): string {
  const dir = join(CORPUS_DIR, name);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${createHash('sha256').update(input).digest('hex').slice(0, 16)}.bin`);
  if (!existsSync(file)) writeFileSync(file, input);
  return file;
}

// ---------------------------------------------------------------------------------------------
// Inputs: mutations of real files

/** Byte strings parsers give meaning to: quotes, separators, YAML anchors, reserved keys, NULs. */
const TOKENS = [
  '"', "'", ',', '\t', '\n', '\r\n', '\r', '\\', '\0', '{', '}', '[', ']', ':', '- ', '&a ', '*a', '<<: *a', '!!binary ', '---\n',
  '__proto__', 'constructor', 'prototype', 'NaN', '-Infinity', '1e999', '-0', '9007199254740993', '\u00ff\u00fe', '\uFEFF', '\u2028',
  '"__proto__": 1', '__proto__: {}', 'PAR1', '\x1f\x8b', '%', '|', '@', '<script>',
].map((t) => Buffer.from(t, 'utf8'));

type Mutation =
  | { op: 'flip'; at: number; byte: number }
  | { op: 'insert'; at: number; token: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'nest'; at: number; depth: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), token: fc.nat(TOKENS.length - 1) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 256 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 3_000 }) }),
);

function applyMutation(buf: Buffer, m: Mutation): Buffer {
  const at = buf.length === 0 ? 0 : m.at % (buf.length + 1);
  switch (m.op) {
    case 'flip': {
      if (buf.length === 0) return Buffer.from([m.byte]);
      const out = Buffer.from(buf);
      out[at % buf.length] = m.byte;
      return out;
    }
    case 'insert':
      return Buffer.concat([buf.subarray(0, at), TOKENS[m.token]!, buf.subarray(at)]);
    case 'delete':
      return Buffer.concat([buf.subarray(0, at), buf.subarray(at + m.length)]);
    case 'duplicate':
      return Buffer.concat([buf.subarray(0, at + m.length), buf.subarray(at, at + m.length), buf.subarray(at + m.length)]);
    case 'truncate':
      return buf.subarray(0, at);
    case 'nest':
      // Deep nesting, the shape that exhausts recursive parsers.
      return Buffer.concat([buf.subarray(0, at), Buffer.from('['.repeat(m.depth) + ']'.repeat(m.depth)), buf.subarray(at)]);
  }
}

/** A real file with 1 to 6 mutations applied (and, now and then, the file unchanged). */
export function mutatedFrom(seeds: readonly Buffer[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.nat(seeds.length - 1), fc.array(mutationArb, { minLength: 0, maxLength: 6 }))
    .map(([i, ms]) => new Uint8Array(ms.reduce(applyMutation, seeds[i]!)));
}

/** Mutated real files half the time, generated bytes or text the other half. */
export function fuzzInput(seeds: readonly Buffer[]): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 6, arbitrary: mutatedFrom(seeds) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 256 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))) },
  );
}
