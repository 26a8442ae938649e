/**
 * What a validate-data shard worker loads (issue 18). A worker's load is on the critical path of a
 * sharded run and competes with the main thread's start on two cores; it receives the contract
 * already parsed and checked, and writes profiles and findings without reading any, so it needs
 * neither zod (~350 KB) nor the yaml package (~250 KB). They come back with one value import of a
 * zod or YAML module on the worker's path (shared/data/validate-data-worker.ts and what it
 * imports): import the zod-free module instead (contract-rules.ts, formats/column-types.ts,
 * formats/validation-values.ts, merge-profiles.ts, runtime/key-path.ts) and types with
 * `import type` (verbatimModuleSyntax keeps `import { type X }` as a load of the module).
 * re2js is bundled but evaluated only when a pattern is compiled (shared/data/re2-load.cjs): it
 * must not be an ES module concatenated into the bundle's scope, which runs at load.
 *
 * Reads the committed bundles, as cold-start-set.test.ts does (check-dist.test.ts keeps them equal
 * to a fresh build). MLOPS_BUNDLE_ROOT points it at a private build instead
 * (`node scripts/build.mjs --only cli --out-dir DIR`, then MLOPS_BUNDLE_ROOT=DIR).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-action.js';

const root = process.env.MLOPS_BUNDLE_ROOT ?? repoRoot;
const WORKER_DIRS = ['dist/cli/shard-worker', 'actions/validate-data/dist/shard-worker'];

/** Source markers of the packages no shard worker needs (the same as cold-start-set.test.ts's). */
const NOT_IN_WORKER: Record<string, string> = {
  zod: 'zod/v4/core',
  yaml: "Symbol.for('yaml.",
};

describe('what a shard worker loads', () => {
  it.each(WORKER_DIRS)('%s: no zod or yaml in the entry file or its chunks', (dir) => {
    const folder = join(root, dir);
    if (!existsSync(join(folder, 'index.js'))) return;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(folder, file), 'utf8');
      for (const [what, marker] of Object.entries(NOT_IN_WORKER)) expect(code.includes(marker), `${dir}/${file} contains ${what} (${marker})`).toBe(false);
    }
  });

  it.each(WORKER_DIRS)('%s: re2js is bundled, and runs only when required (not concatenated)', (dir) => {
    const folder = join(root, dir);
    if (!existsSync(join(folder, 'index.js'))) return;
    const code = readFileSync(join(folder, 'index.js'), 'utf8');
    expect(code.includes('le0pard/re2js'), `${dir}/index.js lacks re2js (left to be resolved at run time?)`).toBe(true);
    expect(/CONCATENATED MODULE: [^\n]*\/re2js\//.test(code), `${dir}/index.js evaluates re2js at load`).toBe(false);
  });

  it.each(WORKER_DIRS)('%s: still holds the validator, the profiler and the CSV reader', (dir) => {
    const folder = join(root, dir);
    if (!existsSync(join(folder, 'index.js'))) return;
    const code = readFileSync(join(folder, 'index.js'), 'utf8');
    // The markers above stay meaningful only while the worker is a real bundle of the data code.
    for (const module of ['shared/data/validate.ts', 'shared/data/profile.ts', 'shared/data/csv.ts', 'shared/data/contract-rules.ts']) {
      expect(code.includes(`CONCATENATED MODULE: `) && code.includes(`/${module}`), `${dir}/index.js lacks ${module}`).toBe(true);
    }
  });
});
