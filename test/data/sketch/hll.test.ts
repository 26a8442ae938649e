import { describe, expect, it } from 'vitest';
import { HyperLogLog, hllStandardError } from '../../../shared/data/sketch/hll.js';
import { loadCsv, REFERENCE } from '../../fixtures/reference/datasets.js';

const SIGMA = hllStandardError(14);

function within3Sigma(estimate: number, truth: number): void {
  expect(Math.abs(estimate - truth) / truth).toBeLessThanOrEqual(3 * SIGMA);
}

describe('HyperLogLog (p = 14)', () => {
  it('has a relative standard error of 1.04/√16384 ≈ 0.81%', () => {
    expect(SIGMA).toBeCloseTo(0.008125, 6);
  });

  it('estimates 1e5 and 1e6 distinct numbers and strings within 3σ', () => {
    for (const n of [100_000, 1_000_000]) {
      const nums = new HyperLogLog();
      const strs = new HyperLogLog();
      for (let i = 0; i < n; i++) {
        nums.addNumber(i * 0.5 - 1000);
        strs.addString(`user-${i}`);
      }
      within3Sigma(nums.estimate(), n);
      within3Sigma(strs.estimate(), n);
    }
  });

  it('is near exact for small cardinalities (within 3σ of linear counting)', () => {
    const m = 16384;
    for (const n of [1, 10, 100, 1000, 5000]) {
      const h = new HyperLogLog();
      for (let i = 0; i < n; i++) h.addNumber(i);
      // Whang et al. (1990): linear counting's standard error is √(m(e^t − t − 1)) at t = n/m.
      const t = n / m;
      expect(Math.abs(h.estimate() - n)).toBeLessThanOrEqual(3 * Math.sqrt(m * (Math.exp(t) - t - 1)) + 0.5);
    }
    expect(new HyperLogLog().estimate()).toBe(0);
  });

  it('counts the real distinct values of seattle-weather.csv within 3σ (pandas nunique)', () => {
    const t = loadCsv('seattle-weather.csv');
    const ref = REFERENCE.datasets['seattle-weather.csv'].columns;
    t.columns.forEach((name, c) => {
      const h = new HyperLogLog();
      for (const r of t.rows) {
        const v = r[c] as string;
        if (ref[name].kind === 'number') h.addNumber(Number(v));
        else h.addString(v);
      }
      within3Sigma(h.estimate(), ref[name].nunique);
    });
  });

  it('hashes numbers by value: 1 and 1.0 and -0/0 count once', () => {
    const h = new HyperLogLog();
    for (const v of ['1', '1.0', '1e0', '0', '-0']) h.addNumber(Number(v));
    expect(Math.round(h.estimate())).toBe(2);
  });

  it('merges as the union, and round-trips through base64 state', () => {
    const a = new HyperLogLog();
    const b = new HyperLogLog();
    for (let i = 0; i < 60_000; i++) a.addString(`k${i}`);
    for (let i = 30_000; i < 120_000; i++) b.addString(`k${i}`);
    const c = HyperLogLog.fromState(JSON.parse(JSON.stringify(a.toState())));
    c.merge(b);
    within3Sigma(c.estimate(), 120_000);
    expect(HyperLogLog.fromState(c.toState()).registers).toEqual(c.registers);
    expect(() => HyperLogLog.fromState({ p: 14, registers: 'AAAA' })).toThrow(/registers/);
  });
});
