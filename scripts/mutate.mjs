// npm run mutate: StrykerJS over the number paths (stryker.config.mjs, docs/mutation-testing.md).
// Stryker 10's CLI refuses Node < 22 with a version guard, while this repository's machines run Node 20 and the
// run itself works there; so this launcher starts Stryker through its API, which has no guard. Under Node 22+ it
// is equivalent to `npx stryker run`.
// Usage: npm run mutate [-- --mutate shared/compare/rules.ts,shared/drift/stats/*.ts]
import { pathToFileURL } from 'node:url';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const overrides = {};
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--mutate' && args[i + 1] !== undefined) {
    overrides.mutate = args[++i].split(',').filter((p) => p !== '');
  } else {
    console.error(`mutate: unknown argument ${JSON.stringify(args[i])}; the only option is --mutate <glob,glob,...>`);
    process.exit(2);
  }
}
// Tests that read real third-party files look for `../shared` beside the repository and skip without it. The
// sandboxes sit in .stryker-tmp/sandbox-*/, so a link .stryker-tmp/shared -> ../shared keeps those tests (and the
// mutants only they kill) in the run; without it every realdata reference test is skipped in the sandbox.
const sharedWorkspace = resolve(process.cwd(), '../shared');
const sandboxShared = join(process.cwd(), '.stryker-tmp', 'shared');
if (existsSync(sharedWorkspace) && !existsSync(sandboxShared)) {
  mkdirSync(join(process.cwd(), '.stryker-tmp'), { recursive: true });
  symlinkSync(sharedWorkspace, sandboxShared, 'dir');
}
const strykerModule = pathToFileURL(join(process.cwd(), 'node_modules/@stryker-mutator/core/dist/src/stryker.js'));
const { Stryker } = await import(strykerModule.href);
const results = await new Stryker(overrides).runMutationTest();
const survived = results.filter((r) => r.status === 'Survived' || r.status === 'NoCoverage').length;
console.log(`mutate: ${results.length} mutants, ${survived} survived or not covered (details: reports/mutation/mutation.json)`);
