/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): a small seeded PRNG for tests and benchmarks, so
 * generated inputs, splits, kill points and latencies are the same on every run and a failure names
 * a seed that reproduces it. Not for the product: evaluate's bootstrap has its own streams.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
