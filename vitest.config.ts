import { defineConfig } from 'vitest/config';

/**
 * Every Node process a test starts (about 2,200 a run: action bundles, the CLI, training and predict
 * commands) parses the CA bundle NODE_EXTRA_CA_CERTS names before its first line (set on our
 * development and CI machines; 40-55 ms of CPU a process here, measured with `node -e 0`). No test
 * reaches a server that needs it: everything listens on 127.0.0.1. The workers, forked after this
 * file is read, and every process they start inherit the environment without it.
 */
delete process.env.NODE_EXTRA_CA_CERTS;

/**
 * Files that replace modules or globals (vi.mock, vi.spyOn, vi.stubEnv), or check which modules have
 * been loaded: each runs in a fresh process, so what it replaces cannot reach another file and what
 * another file loaded cannot reach it.
 */
const ISOLATED = [
  'test/data/contract-pattern-lazy.test.ts',
  'test/github/provenance-asset.test.ts',
  'test/model/metrics/bootstrap-intervals-mutation.test.ts',
  'test/model/metrics/bootstrap-parallel-fallback.test.ts',
  'test/runtime/action-runner-files.test.ts',
  'test/runtime/action.test.ts',
  'test/runtime/hard-linked-outputs.test.ts',
  'test/runtime/option-naming.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores on CI machines: keep workers to two so timing-insensitive tests stay quick.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Every other file shares its worker's module graph (isolate: false): importing and
        // transforming shared/ once per worker instead of once per file took a third of the suite's
        // CPU (409 s → 277 s wall for the whole suite on two cores, every test passing).
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
