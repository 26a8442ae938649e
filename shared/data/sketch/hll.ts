/**
 * HyperLogLog distinct counter (Flajolet et al. 2007) with precision p = 14: 16,384 one-byte
 * registers, relative standard error 1.04/√16384 ≈ 0.81%.
 *
 * Hashes are 64-bit (see hash.ts): p bits pick the register, the other 50 give the rank, so
 * registers hold 0..51. The estimate is Ertl's improved estimator ("New cardinality estimation
 * algorithms for HyperLogLog sketches", 2017, algorithm 6), which is unbiased from 0 to 2^50
 * without HLL++'s empirical bias tables: it reduces to linear counting for small cardinalities
 * and to the classic harmonic-mean estimate for large ones, with no switch-over bump between them.
 *
 * Merge = register-wise max (associative, commutative, idempotent). State: registers as base64.
 */
import type { HllState } from '../profile-format.js';
import { hashNumber64, hashOut, hashString64 } from './hash.js';

export const HLL_DEFAULT_P = 14;
/** Relative standard error of the estimate for precision p. */
export function hllStandardError(p = HLL_DEFAULT_P): number {
  return 1.04 / Math.sqrt(2 ** p);
}

export class HyperLogLog {
  readonly p: number;
  readonly registers: Uint8Array;
  private readonly q: number;

  constructor(p = HLL_DEFAULT_P) {
    if (!Number.isInteger(p) || p < 4 || p > 18) throw new Error(`HyperLogLog precision must be 4..18, got ${p}`);
    this.p = p;
    this.q = 64 - p;
    this.registers = new Uint8Array(2 ** p);
  }

  /** Adds a 64-bit hash given as two 32-bit words. */
  addHash(h1: number, h2: number): void {
    const p = this.p;
    const idx = h1 >>> (32 - p);
    // Rank: position of the first 1 in the remaining 64 − p bits (h2, then h1's low 32 − p bits).
    let rho: number;
    if (h2 !== 0) rho = Math.clz32(h2) + 1;
    else {
      const rest = (h1 << p) >>> 0;
      rho = rest !== 0 ? 32 + Math.clz32(rest) + 1 : this.q + 1;
    }
    if (rho > this.registers[idx]) this.registers[idx] = rho;
  }

  addNumber(x: number): void {
    hashNumber64(x);
    this.addHash(hashOut[0], hashOut[1]);
  }

  addString(s: string): void {
    hashString64(s);
    this.addHash(hashOut[0], hashOut[1]);
  }

  merge(other: HyperLogLog): void {
    if (other.p !== this.p) throw new Error(`cannot merge HyperLogLog sketches of precision ${this.p} and ${other.p}`);
    const a = this.registers;
    const b = other.registers;
    for (let i = 0; i < a.length; i++) if (b[i] > a[i]) a[i] = b[i];
  }

  /** Ertl (2017), "improved raw estimator" (algorithm 6). */
  estimate(): number {
    const m = this.registers.length;
    const q = this.q;
    const c = new Float64Array(q + 2);
    for (let i = 0; i < m; i++) c[this.registers[i]]++;
    if (c[0] === m) return 0;
    let z = m * tau(1 - c[q + 1] / m);
    for (let k = q; k >= 1; k--) z = 0.5 * (z + c[k]);
    z += m * sigma(c[0] / m);
    return (m * m) / (2 * Math.LN2) / z;
  }

  toState(): HllState {
    return { p: this.p, registers: Buffer.from(this.registers.buffer, this.registers.byteOffset, this.registers.byteLength).toString('base64') };
  }

  static fromState(s: HllState): HyperLogLog {
    const h = new HyperLogLog(s.p);
    const bytes = Buffer.from(s.registers, 'base64');
    if (bytes.length !== h.registers.length) throw new Error(`HyperLogLog state has ${bytes.length} registers, expected ${h.registers.length} for p = ${s.p}`);
    const max = h.q + 1;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] > max) throw new Error(`HyperLogLog register ${i} is ${bytes[i]}, above the maximum ${max}`);
      h.registers[i] = bytes[i];
    }
    return h;
  }
}

function sigma(x: number): number {
  if (x === 1) return Infinity;
  let y = 1;
  let z = x;
  let zPrev: number;
  do {
    x *= x;
    zPrev = z;
    z += x * y;
    y += y;
  } while (z !== zPrev);
  return z;
}

function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let y = 1;
  let z = 1 - x;
  let zPrev: number;
  do {
    x = Math.sqrt(x);
    zPrev = z;
    y *= 0.5;
    z -= (1 - x) ** 2 * y;
  } while (z !== zPrev);
  return z / 3;
}
