/**
 * The bootstrap's draws in WebAssembly (wasm-draws.ts) against the JavaScript loop of Xoshiro128.drawCounts,
 * the definition they reproduce: the same counts and the same generator state after, at row counts around the
 * 4,096-draw blocks and the 64 KiB memory pages and up to 2^21; Lemire's rejection at its exact bound (the states
 * and values of bootstrap-blocks-mutation.test.ts, from an independent Python port); and the report of a byte count
 * past 255.
 */
import { describe, expect, it } from 'vitest';
import { resampleSeed, Xoshiro128 } from '../../../shared/model/metrics/index.js';
import { byteCounts, wasmDrawsInto } from '../../../shared/model/metrics/wasm-draws.js';

const at = (state: [number, number, number, number]) => {
  const rng = new Xoshiro128(1);
  rng.restoreState(state);
  return rng;
};

/** Draws in all, and the sum of their indices and of the indices' squares. */
function moments(counts: Uint8Array): [number, number, number] {
  let total = 0;
  let sum = 0;
  let squares = 0;
  counts.forEach((c, i) => {
    total += c;
    sum += i * c;
    squares += i * i * c;
  });
  return [total, sum, squares];
}

describe('byteCounts', () => {
  it('are drawn into by WebAssembly on this Node, and only for 1 to 2^21 rows', () => {
    expect(wasmDrawsInto(byteCounts(1000))).toBeTypeOf('function');
    expect(wasmDrawsInto(byteCounts(2 ** 21))).toBeTypeOf('function');
    expect(wasmDrawsInto(byteCounts(2 ** 21 + 1))).toBeUndefined();
    expect(byteCounts(0)).toHaveLength(0);
    expect(wasmDrawsInto(new Uint8Array(1000))).toBeUndefined();
  });

  it('hold what the JavaScript loop draws, and leave the generator where it leaves it', () => {
    const sizes = [1, 2, 3, 255, 256, 1001, 4095, 4096, 4097, 65_519, 65_520, 65_521, 200_003, 2 ** 21];
    for (const n of sizes) {
      for (const b of [0, 1, 77]) {
        const seed = resampleSeed(20240101, b);
        const want = new Uint8Array(n);
        const js = new Xoshiro128(seed);
        expect(js.drawCounts(want)).toBe(true);
        const counts = byteCounts(n);
        const wasm = new Xoshiro128(seed);
        expect(wasm.drawCounts(counts), `n ${n}`).toBe(true);
        expect(Buffer.compare(counts, want), `n ${n} resample ${b}`).toBe(0);
        expect(wasm.saveState().map((s) => s | 0), `state after, n ${n}`).toEqual(js.saveState().map((s) => s | 0));
        expect(wasm.nextUint32()).toBe(js.nextUint32());
      }
    }
  });

  it('add to the counts they hold, as drawCounts does', () => {
    const counts = byteCounts(5000);
    const want = new Uint8Array(5000);
    for (const b of [3, 4]) {
      new Xoshiro128(b).drawCounts(counts);
      new Xoshiro128(b).drawCounts(want);
    }
    expect(Buffer.compare(counts, want)).toBe(0);
    expect(moments(counts)[0]).toBe(10_000);
  });
});

describe("Lemire's bound in WebAssembly: the Python port's draws", () => {
  const N = 1001;
  it('a low word equal to the threshold is kept', () => {
    const counts = byteCounts(N);
    expect(at([0x12345678, 1157254332, 0x9abcdef0, 0x0fedcba9]).drawCounts(counts)).toBe(true);
    const [total, sum, squares] = moments(counts);
    expect([total, counts[1000], sum, squares]).toEqual([N, 5, 487363, 321097065]);
  });

  it('two rejections in a row, the third draw kept', () => {
    const counts = byteCounts(N);
    expect(at([305419896, 1001082642, 2753362571, 267242409]).drawCounts(counts)).toBe(true);
    const [total, sum, squares] = moments(counts);
    expect([total, counts[804], sum, squares]).toEqual([N, 4, 495395, 329592487]);
  });
});

describe('a byte count past 255 is reported, and only that', () => {
  it('one row at 255 drawn once more: false (it wrapped to 0)', () => {
    const counts = byteCounts(1);
    counts[0] = 255;
    expect(new Xoshiro128(3).drawCounts(counts)).toBe(false);
    expect(counts[0]).toBe(0);
  });

  it('a row drawn once, starting at 254: true (255 fits); at 255: false', () => {
    const n = 3000;
    const ref = new Uint8Array(n);
    new Xoshiro128(9).drawCounts(ref);
    const once = ref.indexOf(1);
    for (const [start, ok] of [
      [254, true],
      [255, false],
    ] as const) {
      const counts = byteCounts(n);
      counts[once] = start;
      expect(new Xoshiro128(9).drawCounts(counts), `start ${start}`).toBe(ok);
      expect(counts[once]).toBe((start + 1) & 255);
    }
  });
});
