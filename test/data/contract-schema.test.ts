import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import { CONTRACT_SCHEMA_PATH, renderContractSchema } from '../../scripts/gen-contract-schema.js';

const fixture = (name: string): unknown => parse(readFileSync(fileURLToPath(new URL(`../fixtures/contracts/${name}`, import.meta.url)), 'utf8'));

describe('schemas/contract.schema.json', () => {
  it('is up to date with the zod contract schema (run node --import tsx scripts/gen-contract-schema.ts)', () => {
    expect(readFileSync(CONTRACT_SCHEMA_PATH, 'utf8')).toBe(renderContractSchema());
  });

  it('accepts a contract using every key and rejects the same mistakes loadContract rejects', () => {
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(CONTRACT_SCHEMA_PATH, 'utf8')));
    expect(validate(fixture('full.yaml')), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(fixture('unknown-key.yaml'))).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'additionalProperties' && e.params.additionalProperty === 'nulable')).toBe(true);
    expect(validate(fixture('wrong-type.yaml'))).toBe(false);
    expect(validate(fixture('unknown-type.yaml'))).toBe(false);
    expect(validate({ columns: {} })).toBe(false);
  });
});
