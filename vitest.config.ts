import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores on CI machines: keep workers to two so timing-insensitive tests stay quick.
    maxWorkers: 2,
  },
});
