/**
 * Writes schemas/contract.schema.json (JSON Schema 2020-12) from the zod contract schema, so editors
 * (VS Code YAML extension, JetBrains) complete and check contract files:
 *
 *   # yaml-language-server: $schema=<path or URL of>/schemas/contract.schema.json
 *
 *   node --import tsx scripts/gen-contract-schema.ts          # write
 *   node --import tsx scripts/gen-contract-schema.ts --check  # exit 1 when the committed file is stale
 *
 * test/data/contract-schema.test.ts fails when the committed file differs from this output.
 * Checks that need the column type (min > max, regex syntax, format directives) stay in
 * loadContract(); the JSON Schema covers structure, key names, types and enums.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { contractSchema } from '../shared/data/contract.js';
import { builtSchema } from '../shared/runtime/lazy-schema.js';

export const CONTRACT_SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas', 'contract.schema.json');

/** The JSON Schema text, stable byte for byte (2-space indent, trailing newline). */
export function renderContractSchema(): string {
  const schema = z.toJSONSchema(builtSchema(contractSchema), { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  const doc = { $schema, title: 'mlops-actions data contract', ...rest };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function main(argv: string[]): number {
  const text = renderContractSchema();
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(CONTRACT_SCHEMA_PATH, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      process.stderr.write(`${CONTRACT_SCHEMA_PATH} is stale: run node --import tsx scripts/gen-contract-schema.ts\n`);
      return 1;
    }
    return 0;
  }
  const tmp = `${CONTRACT_SCHEMA_PATH}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, CONTRACT_SCHEMA_PATH);
  process.stdout.write(`wrote ${CONTRACT_SCHEMA_PATH}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
