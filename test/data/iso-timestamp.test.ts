import { describe, expect, it } from 'vitest';
import { isoTimestamp } from '../../shared/data/values.js';

describe('isoTimestamp', () => {
  it('writes what toISOString writes: edges of days, years and the fast range, fractions, and outside it', () => {
    const edges = [0, 1, 999, 86_399_999, 86_400_000, 951_782_400_000 /* 2000-02-29 */, 4_107_542_400_000 /* 2100-03-01 */];
    const outside = [-1, -86_400_001, 253_402_300_799_999, 253_402_300_800_000, 8.64e15, -8.64e15];
    let seed = 12345;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const sample = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? Math.floor(random() * 253_402_300_800_000) : random() * 1e12));
    for (const ms of [...edges, ...outside, ...sample]) expect(isoTimestamp(ms), String(ms)).toBe(new Date(ms).toISOString());
  });

  it('keeps each value right when days alternate (the cached date part)', () => {
    const a = Date.UTC(2001, 0, 1, 23, 59, 59, 999);
    const b = Date.UTC(2001, 0, 2, 0, 0, 0, 1);
    for (const ms of [a, b, a, b, a]) expect(isoTimestamp(ms)).toBe(new Date(ms).toISOString());
  });
});
