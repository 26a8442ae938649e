// StrykerJS mutation testing of the number paths a reviewer reads (docs/mutation-testing.md).
// Not part of npm test or CI: a full run takes tens of minutes. `npm run mutate`; narrow it with
// `npm run mutate -- --mutate shared/compare/rules.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  mutate: [
    'shared/model/metrics/**/*.ts',
    'shared/drift/stats/**/*.ts',
    'shared/compare/rules.ts',
    'shared/compare/compare.ts',
    'shared/compare/significance.ts',
    'shared/compare/baseline.ts',
    'shared/compare/rank-candidates.ts',
    'shared/compare/examples-pairing.ts',
    'shared/formats/report-limits.ts',
    // The registry's verification: verifyRelease (promote.ts) and the archive checks it calls.
    'shared/steps/promote-model.ts',
    'shared/registry/archive.ts',
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
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 75, break: null },
};
