/**
 * Writes schemas/mlops-config.schema.json (JSON Schema 2020-12) from the zod schema of mlops.yaml,
 * so editors complete and check the file:
 *
 *   # yaml-language-server: $schema=<path or URL of>/schemas/mlops-config.schema.json
 *
 *   node --import tsx scripts/gen-config-schema.ts          # write
 *   node --import tsx scripts/gen-config-schema.ts --check  # exit 1 when the committed file is stale
 *
 * test/config/config-schema.test.ts fails when the committed file differs from this output. The
 * check that needs the metric registry (a non-standard metric name needs a direction) stays in
 * loadConfig(); the JSON Schema covers structure, key names, types, ranges and enums.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { mlopsConfigSchema } from '../shared/config/mlops-config.js';

export const CONFIG_SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'mlops-config.schema.json');

/** The JSON Schema text, stable byte for byte (2-space indent, trailing newline). */
export function renderConfigSchema(): string {
  const schema = z.toJSONSchema(mlopsConfigSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return `${JSON.stringify({ $schema, title: 'mlops-actions configuration (mlops.yaml)', ...rest }, null, 2)}\n`;
}

function main(argv: string[]): number {
  const text = renderConfigSchema();
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(CONFIG_SCHEMA_PATH, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      process.stderr.write(`${CONFIG_SCHEMA_PATH} is stale: run node --import tsx scripts/gen-config-schema.ts\n`);
      return 1;
    }
    return 0;
  }
  const tmp = `${CONFIG_SCHEMA_PATH}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, CONFIG_SCHEMA_PATH);
  process.stdout.write(`wrote ${CONFIG_SCHEMA_PATH}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
