/**
 * 64-bit-quality hashing of cell values without allocation, for HyperLogLog and hash tables.
 * Results are returned through `hashOut` ([h1, h2], two independent-looking 32-bit words).
 *
 * - numbers hash their float64 bits (after -0 → 0, one NaN), so "1" and "1.0" in a CSV hash alike;
 * - strings hash their UTF-16 code units with two murmur3-style lanes (cyrb53's construction,
 *   keeping both 32-bit states) and a murmur3 fmix32 finaliser on each.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

export const hashOut = new Int32Array(2);

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Low 32 bits of a number's float64 bits mixed with the high ones: a quick table hash. */
export function numberHash32(x: number): number {
  f64[0] = x + 0;
  return fmix32(u32[0] ^ Math.imul(u32[1], 0x9e3779b1));
}

/** Writes a 64-bit hash of a number (canonical -0 and NaN) to hashOut. */
export function hashNumber64(x: number): void {
  f64[0] = x !== x ? NaN : x + 0;
  const lo = u32[0];
  const hi = u32[1];
  hashOut[0] = fmix32(lo ^ fmix32(hi ^ 0x5bd1e995));
  hashOut[1] = fmix32(hi ^ fmix32(lo + 0x27d4eb2f));
}

/** A quick 32-bit string hash for hash tables (FNV-1a over code units, then fmix32). */
export function stringHash32(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix32(h ^ s.length);
}

/** Writes a 64-bit hash of a string to hashOut (cyrb53's two lanes, both kept, fmix32 on each). */
export function hashString64(s: string, seed = 0): void {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  hashOut[0] = fmix32(h1 ^ s.length);
  hashOut[1] = fmix32(h2 + 0x9e3779b9);
}
