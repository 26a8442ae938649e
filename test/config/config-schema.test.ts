import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import { CONFIG_SCHEMA_PATH, renderConfigSchema } from '../../scripts/gen-config-schema.js';

describe('schemas/mlops-config.schema.json', () => {
  it('is up to date with the zod schema of mlops.yaml (run node --import tsx scripts/gen-config-schema.ts)', () => {
    expect(readFileSync(CONFIG_SCHEMA_PATH, 'utf8')).toBe(renderConfigSchema());
  });

  it('accepts a config using every key and rejects the mistakes loadConfig rejects', () => {
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(CONFIG_SCHEMA_PATH, 'utf8')));
    const full = parse(`version: 1
models:
  churn:
    task: binary
    metrics:
      roc_auc: { threshold: 0.8, min_absolute_change: 0, min_relative_change: 0.01, max_regression: 0.005, direction: higher, severity: warn }
    slices:
      region: { min_size: 100, metrics: { recall: { threshold: 0.6 } } }
    first_run: fail
    significance: { resamples: 500, confidence: 0.9, alpha: 0.01, seed: 7 }
drift: { anything: 1 }
`);
    expect(validate(full), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ version: 1, models: { m: { metrics: { f1: { treshold: 1 } } } } })).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'additionalProperties' && e.params.additionalProperty === 'treshold')).toBe(true);
    expect(validate({ version: 1, model: {} })).toBe(false);
    expect(validate({ version: 1, models: { m: { first_run: 'maybe' } } })).toBe(false);
    expect(validate({ version: 1, models: { m: { metrics: { f1: { min_relative_change: 2 } } } } })).toBe(false);
    expect(validate({ models: {} })).toBe(false);
  });
});
