/**
 * The layer rules of .dependency-cruiser.cjs (docs/architecture.md) over shared/ and each action's
 * src/: a forbidden import or an import cycle fails here with the rule and the files. The rule
 * file is the single source of truth; this test only runs it, as `npx depcruise` would.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rules = createRequire(import.meta.url)(resolve(root, '.dependency-cruiser.cjs')) as IConfiguration;

describe('the layers', () => {
  it('hold: no import climbs a layer, no module imports itself round a cycle', async () => {
    const cwd = process.cwd();
    process.chdir(root); // dependency-cruiser resolves paths and the tsconfig from the working folder
    let result: ICruiseResult;
    try {
      const actions = readdirSync('actions', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `actions/${d.name}/src`);
      const out = await cruise(['shared', ...actions], {
        validate: true,
        ruleSet: rules,
        ...rules.options,
      });
      result = out.output as ICruiseResult;
    } finally {
      process.chdir(cwd);
    }
    const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}${v.cycle ? ` (cycle: ${v.cycle.map((c) => c.name).join(' -> ')})` : ''}`);
    expect(violations).toEqual([]);
    // The rules saw the whole library: a wrong path or tsconfig would pass vacuously.
    expect(result.summary.totalCruised).toBeGreaterThan(200);
  });
});
