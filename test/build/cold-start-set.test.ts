/**
 * What a bundle evaluates before it reads its inputs (issue 18: a step must not pay for what it
 * does not use). The faces import their step, forge, OCI, config and renderers with import() once
 * the inputs are read, so ncc puts them in chunks (`NNN.index.js`) and the entry file holds the face,
 * zod and @actions/core. scripts/build.mjs stands @actions/exec in for a stub that loads the real
 * one (with @actions/io and child_process) on first call. These tests read the committed bundles,
 * as undici-split.test.ts does (check-dist.test.ts keeps them equal to a fresh build); timings are
 * in `npm run bench -- --only cold-start`, never here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-action.js';

const steps = readdirSync(join(repoRoot, 'actions')).filter((s) => existsSync(join(repoRoot, 'actions', s, 'src/index.ts'))).sort();
const entry = (step: string) => join(repoRoot, 'actions', step, 'dist/index.js');
const cli = join(repoRoot, 'dist/cli/index.js');

/** Source markers of code that no run needs before its inputs are read. */
const NOT_AT_START: Record<string, string> = {
  '@actions/exec': 'class ToolRunner',
  yaml: 'Symbol.for(\'yaml.',
  octokit: '@octokit/',
  'the step (shared/steps/)': 'CONCATENATED MODULE: ../../../../shared/steps/',
};

describe('what a bundle evaluates at start', () => {
  it.each(steps)('%s: no step, yaml, octokit or @actions/exec in the entry file', (step) => {
    if (!existsSync(entry(step))) return;
    const code = readFileSync(entry(step), 'utf8');
    for (const [what, marker] of Object.entries(NOT_AT_START)) expect(code.includes(marker), `actions/${step}/dist/index.js contains ${what} (${marker})`).toBe(false);
  });

  it('@actions/exec is still bundled, in a chunk loaded when a command runs', () => {
    for (const step of steps) {
      const dir = join(repoRoot, 'actions', step, 'dist');
      if (!existsSync(dir)) continue;
      const chunks = readdirSync(dir).filter((f) => /^\d+\.index\.js$/.test(f));
      expect(chunks.some((f) => readFileSync(join(dir, f), 'utf8').includes('class ToolRunner')), `actions/${step}/dist has no chunk with @actions/exec`).toBe(true);
    }
  });

  it('mlops: no zod, yaml or step in the entry file', () => {
    if (!existsSync(cli)) return;
    const code = readFileSync(cli, 'utf8');
    for (const [what, marker] of Object.entries({ ...NOT_AT_START, zod: 'zod/v4/core' })) expect(code.includes(marker), `dist/cli/index.js contains ${what} (${marker})`).toBe(false);
  });
});
