/**
 * The benchmark's measurement (bench/contract-inference.ts), with 5 seeded 70/30 splits per dataset
 * instead of 20: a contract inferred from 70% of penguins, seattle-weather or cars, through the
 * function behind `mlops validate --infer-contract`, never fails the other 30% (through the function
 * behind `mlops validate --contract`), and still fails it for every injected defect.
 */
import { describe, expect, it } from 'vitest';
import { INFERENCE_DATASETS, measureInferredContract } from '../../bench/contract-inference.js';

describe('inferred contracts on fresh data from the same source', () => {
  for (const dataset of INFERENCE_DATASETS) {
    it(`${dataset}: no error on the held-out 30% of 5 splits, and every injected defect fails it`, async () => {
      const m = await measureInferredContract(dataset, 5);
      expect(m.falseAlarms).toEqual({});
      expect(m.falseAlarmSplits).toBe(0);
      expect(m.selfFailures).toBe(0);
      expect(m.missed).toEqual([]);
      expect(m.caught).toEqual(m.injected);
      // Not vacuous: every column is typed or categorical, every column claims non-null, and each
      // dataset has at least one categorical column with an allowed set.
      expect(m.injected.type + m.injected['out-of-set']).toBeGreaterThanOrEqual(5 * (m.coverage.columns - 1));
      expect(m.injected.missing).toBe(5 * m.coverage.columns);
      expect(m.injected['out-of-set']).toBeGreaterThanOrEqual(5);
    });
  }
});
