/**
 * The data contract and mlops.yaml parsers on mutated real files (examples/weather, test/fixtures)
 * and generated YAML: every input ends in a value or a ContractError at file:line:col, quickly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectCleanEnd, fuzzInput, fuzzParameters } from './fuzz-support.js';
import { SEEDS, TARGETS } from './targets.js';

/** YAML built from parts parsers trip on: anchors, aliases, merge keys, reserved names, tags. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('version: 1\n', 'models:\n', 'columns:\n', '  a:\n', '    type: integer\n', '    min: 0\n', '  __proto__: {}\n', '  constructor: {type: string}\n', 'x: &a [1, 2]\n', 'y: [*a, *a, *a]\n', '<<: *a\n', '!!binary aGVsbG8=\n', 'k: !!js/function "x"\n', '? [a]\n: b\n', '"\\u0000": 1\n'),
      fc.string({ maxLength: 20 }).map((s) => `${s}\n`),
    ),
    { maxLength: 12 },
  )
  .map((parts) => new Uint8Array(Buffer.from(parts.join(''))));

describe('fuzzed configuration files end in a value or a typed error', () => {
  it('contract: never an untyped throw, never past the time bound', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fuzzInput(SEEDS.contract()), yamlish), (input) => expectCleanEnd('contract', input, TARGETS.contract).then(() => undefined)), fuzzParameters(150));
  });

  it('mlops.yaml: never an untyped throw, never past the time bound', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fuzzInput(SEEDS.config()), yamlish), (input) => expectCleanEnd('config', input, TARGETS.config).then(() => undefined)), fuzzParameters(150));
  });

  it('train --params: never an untyped throw, never past the time bound', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(fuzzInput(SEEDS.params()), yamlish), (input) => expectCleanEnd('train-params', input, TARGETS['train-params']).then(() => undefined)), fuzzParameters(150));
  });

  it('the unmutated seeds parse (a fuzz test of files that never parse tests nothing)', async () => {
    for (const seed of SEEDS.contract()) expect(await expectCleanEnd('contract', seed, TARGETS.contract)).toEqual({ kind: 'ok' });
    for (const seed of SEEDS.config()) expect(await expectCleanEnd('config', seed, TARGETS.config)).toEqual({ kind: 'ok' });
  });
});
