// StrykerJS mutation testing of the number paths a reviewer reads (docs/mutation-testing.md).
// Not part of npm test or CI: a full run takes tens of minutes. `npm run mutate`; narrow it with
// `npm run mutate -- --mutate shared/compare/rules.ts`.
import { readFileSync } from 'node:fs';

/**
 * `file:first-last`, the lines of the top-level function declared by the line starting with `declaration` up to
 * its closing `}` line: Stryker mutates line ranges, and these functions move as the files are edited.
 */
function functionLines(file, declaration) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const first = lines.findIndex((l) => l.startsWith(declaration));
  if (first < 0) throw new Error(`stryker.config.mjs: ${file} no longer declares ${declaration}; update the mutate list`);
  const last = lines.findIndex((l, i) => i > first && l === '}');
  return `${file}:${first + 1}-${last + 1}`;
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  mutate: [
    'shared/model/metrics/**/*.ts',
    // Thread plumbing: its tests (bootstrap-parallel*.test.ts) spend seconds per mutant starting workers, and the
    // intervals it returns are the in-thread ones bootstrap.ts computes.
    '!shared/model/metrics/bootstrap-parallel.ts',
    '!shared/model/metrics/bootstrap-worker.ts',
    'shared/drift/stats/**/*.ts',
    'shared/compare/rules.ts',
    'shared/compare/compare.ts',
    'shared/compare/significance.ts',
    'shared/compare/baseline.ts',
    'shared/compare/rank-candidates.ts',
    'shared/compare/examples-pairing.ts',
    // Paired bootstrap CIs of the fairness deltas in compare (fairness-deltas-mutation.test.ts calls it directly).
    'shared/compare/fairness-deltas.ts',
    'shared/formats/report-limits.ts',
    // The registry's verification: verifyRelease, the archive extraction and entry-name checks it calls, and the
    // manifest reading. (Not the rest of promote-model.ts or the archive writer: publish and promote tests cover
    // those at seconds per mutant.)
    functionLines('shared/registry/verify-release.ts', 'export async function verifyRelease('),
    functionLines('shared/registry/archive.ts', 'export function unsafeEntryName('),
    functionLines('shared/registry/archive.ts', 'export async function extractModelArchive('),
    'shared/registry/release-files.ts',
  ],
  // The sandbox copy needs only the code and the tests; scratch folders may hold links and devices it cannot copy.
  ignorePatterns: ['/tmp', '/out', '/.mlops', '/bench', '/dist', '/actions/*/dist', '/reports', '/docs'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables such as the METRICS registry) run every test per mutant: ~45 s each on
  // two shared cores, hours for index.ts alone. They are skipped (status Ignored); STRYKER_STATIC=1 runs them.
  ignoreStatic: process.env.STRYKER_STATIC !== '1',
  // Two test processes; STRYKER_CONCURRENCY=1 when others share the machine's two cores.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  // Over the dry run time ×1.5 + 5 s a mutant counts as a timeout (killed: usually an endless series loop).
  timeoutMS: 5_000,
  // Later runs re-test only mutants whose code or covering tests changed.
  incremental: true,
  // STRYKER_FORCE=1 re-tests every mutant of the --mutate set instead of reusing results (the file is still updated).
  force: process.env.STRYKER_FORCE === '1',
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 75, break: null },
};
