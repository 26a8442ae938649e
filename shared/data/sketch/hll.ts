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
 *
 * Sparse until it matters: a column with few distinct values sets few registers, so the registers
 * are a small hash table of the non-zero ones (4 bytes a slot, at most half full: SparseRegisters)
 * until SPARSE_MAX_FRACTION of them are set, then a dense array.
 * The dense array is 16 KB, and a profile of 10,000 columns held one per column (plus one per
 * shard worker) before a row was read; the state is written sparse as well (`sparse`: base64 of
 * 4-byte entries, register index in the high 24 bits and value in the low 8) when that is smaller.
 * Estimates and merges are the same either way: the registers are the same.
 */
import type { HllState } from '../../formats/profile-format.js';
import { hashNumber64, hashOut, hashString64 } from './hash.js';

export const HLL_DEFAULT_P = 14;
/**
 * Registers for all the columns of one profile: a column gets 2^HLL_DEFAULT_P (16,384) unless the
 * table is so wide that they would exceed this. A dense column is 16 KB in memory and 21.8 KB of
 * base64 in the profile, where it was most of a wide table's file (10,000 columns: ~150 of 180 MB)
 * and of its memory; 10,000 columns get p = 12 (4,096 registers, standard error 1.6%).
 */
export const HLL_REGISTERS_BUDGET = 1 << 26;
/** The least precision a wide table's columns get (1,024 registers, standard error 3.3%). */
export const HLL_MIN_WIDE_P = 10;

/** HyperLogLog precision per column for a table of `columns` columns (see HLL_REGISTERS_BUDGET). */
export function hllPrecision(columns: number): number {
  const p = Math.floor(Math.log2(HLL_REGISTERS_BUDGET / Math.max(1, columns)));
  return Math.max(HLL_MIN_WIDE_P, Math.min(HLL_DEFAULT_P, p));
}
/** Relative standard error of the estimate for precision p. */
export function hllStandardError(p = HLL_DEFAULT_P): number {
  return 1.04 / Math.sqrt(2 ** p);
}

/** The sparse form turns dense once this share of the registers is set (a 4-byte entry each when written). */
const SPARSE_MAX_FRACTION = 1 / 16;

export class HyperLogLog {
  readonly p: number;
  private dense: Uint8Array | null = null;
  private sparse: SparseRegisters | null = new SparseRegisters();
  private readonly q: number;
  /** The most registers the sparse form holds. */
  private readonly sparseMax: number;

  constructor(p = HLL_DEFAULT_P) {
    if (!Number.isInteger(p) || p < 4 || p > 18) throw new Error(`HyperLogLog precision must be 4..18, got ${p}`);
    this.p = p;
    this.q = 64 - p;
    this.sparseMax = 2 ** p * SPARSE_MAX_FRACTION;
  }

  /** The registers as one array (made dense on first access). */
  get registers(): Uint8Array {
    return this.densify();
  }

  private densify(): Uint8Array {
    if (this.dense === null) {
      const d = new Uint8Array(2 ** this.p);
      this.sparse!.forEach((i, r) => {
        d[i] = r;
      });
      this.dense = d;
      this.sparse = null;
    }
    return this.dense;
  }

  private setMax(idx: number, rho: number): void {
    const d = this.dense;
    if (d !== null) {
      if (rho > d[idx]) d[idx] = rho;
      return;
    }
    const sp = this.sparse!;
    sp.setMax(idx, rho);
    if (sp.size > this.sparseMax) this.densify();
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
    this.setMax(idx, rho);
  }

  addNumber(x: number): void {
    hashNumber64(x);
    this.addHash(hashOut[0], hashOut[1]);
  }

  addString(s: string): void {
    hashString64(s);
    this.addHash(hashOut[0], hashOut[1]);
  }

  /**
   * This sketch at a lower precision p (≤ this.p): exactly the sketch the same values would have
   * given at p. Register i at this precision holds the top this.p bits of a hash as its index and,
   * when the rank is past 32 (h2 was 0), the rest of h1 after them; at p the index loses its low
   * d = this.p − p bits, which come first in h1's rest, so such a rank becomes the position of the
   * first 1 among those d bits, or d more when they are all 0. A rank of at most 32 is h2's, kept.
   */
  foldTo(p: number): HyperLogLog {
    if (p === this.p) return this;
    if (!(p < this.p)) throw new Error(`cannot fold a HyperLogLog of precision ${this.p} to ${p}`);
    const out = new HyperLogLog(p);
    const d = this.p - p;
    const low = (1 << d) - 1;
    const fold = (i: number, r: number) => {
      const b = i & low;
      const rho = r <= 32 ? r : b !== 0 ? 32 + Math.clz32(b) - (32 - d) + 1 : d + r;
      out.setMax(i >>> d, rho);
    };
    if (this.sparse !== null) this.sparse.forEach(fold);
    else {
      const a = this.dense!;
      for (let i = 0; i < a.length; i++) if (a[i] !== 0) fold(i, a[i]);
    }
    return out;
  }

  merge(other: HyperLogLog): void {
    if (other.p !== this.p) throw new Error(`cannot merge HyperLogLog sketches of precision ${this.p} and ${other.p}`);
    if (other.sparse !== null) {
      other.sparse.forEach((i, r) => this.setMax(i, r));
      return;
    }
    const a = this.densify();
    const b = other.dense!;
    for (let i = 0; i < a.length; i++) if (b[i] > a[i]) a[i] = b[i];
  }

  /** Ertl (2017), "improved raw estimator" (algorithm 6). */
  estimate(): number {
    const m = 2 ** this.p;
    const q = this.q;
    const c = new Float64Array(q + 2);
    if (this.sparse !== null) {
      c[0] = m - this.sparse.size;
      this.sparse.forEach((_, r) => {
        c[r]++;
      });
    } else for (let i = 0; i < m; i++) c[this.dense![i]]++;
    if (c[0] === m) return 0;
    let z = m * tau(1 - c[q + 1] / m);
    for (let k = q; k >= 1; k--) z = 0.5 * (z + c[k]);
    z += m * sigma(c[0] / m);
    return (m * m) / (2 * Math.LN2) / z;
  }

  /** Dense (`registers`) or sparse (`sparse`), whichever is smaller; the same registers either way. */
  toState(): HllState {
    const m = 2 ** this.p;
    const limit = m * SPARSE_MAX_FRACTION;
    // Canonical: sparse exactly when few registers are set, however the sketch got here. Entries
    // are (index << 8 | value), so sorting them as numbers sorts by index.
    let entries: Uint32Array | null = null;
    if (this.sparse !== null) {
      entries = new Uint32Array(this.sparse.size);
      let k = 0;
      this.sparse.forEach((i, r) => {
        entries![k++] = ((i << 8) | r) >>> 0;
      });
    } else {
      const d = this.dense!;
      let set = 0;
      for (let i = 0; i < m && set <= limit; i++) if (d[i] !== 0) set++;
      if (set <= limit) {
        entries = new Uint32Array(set);
        let k = 0;
        for (let i = 0; i < m; i++) if (d[i] !== 0) entries[k++] = ((i << 8) | d[i]) >>> 0;
      }
    }
    if (entries !== null && entries.length <= limit) {
      entries.sort();
      const buf = Buffer.allocUnsafe(4 * entries.length);
      for (let k = 0; k < entries.length; k++) buf.writeUInt32BE(entries[k], 4 * k);
      return { p: this.p, sparse: buf.toString('base64') };
    }
    const d = this.densify();
    return { p: this.p, registers: Buffer.from(d.buffer, d.byteOffset, d.byteLength).toString('base64') };
  }

  static fromState(s: HllState): HyperLogLog {
    const h = new HyperLogLog(s.p);
    const m = 2 ** s.p;
    const max = h.q + 1;
    if (s.registers === undefined) {
      const bytes = Buffer.from(s.sparse ?? '', 'base64');
      if (bytes.length % 4 !== 0) throw new Error(`HyperLogLog sparse state has ${bytes.length} bytes, not a multiple of 4`);
      for (let k = 0; k < bytes.length; k += 4) {
        const e = bytes.readUInt32BE(k);
        const i = e >>> 8;
        const r = e & 0xff;
        if (i >= m) throw new Error(`HyperLogLog sparse register ${i} is past the ${m} registers of p = ${s.p}`);
        if (r > max) throw new Error(`HyperLogLog register ${i} is ${r}, above the maximum ${max}`);
        if (r > 0) h.setMax(i, r);
      }
      return h;
    }
    const bytes = Buffer.from(s.registers, 'base64');
    if (bytes.length !== m) throw new Error(`HyperLogLog state has ${bytes.length} registers, expected ${m} for p = ${s.p}`);
    const d = h.densify();
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] > max) throw new Error(`HyperLogLog register ${i} is ${bytes[i]}, above the maximum ${max}`);
      d[i] = bytes[i];
    }
    return h;
  }
}

/** Non-zero registers: open addressing over (index + 1) << 8 | value, 4 bytes a slot, load ≤ 1/2. */
class SparseRegisters {
  size = 0;
  private slots = new Int32Array(16);

  /** Raises register i to at least r (r ≥ 1). */
  setMax(i: number, r: number): void {
    const key = i + 1;
    const slots = this.slots;
    const mask = slots.length - 1;
    let h = (Math.imul(key, 0x9e3779b1) >>> 12) & mask;
    for (;;) {
      const e = slots[h];
      if (e === 0) {
        slots[h] = (key << 8) | r;
        if (2 * ++this.size > slots.length) this.grow();
        return;
      }
      if (e >>> 8 === key) {
        if (r > (e & 0xff)) slots[h] = (key << 8) | r;
        return;
      }
      h = (h + 1) & mask;
    }
  }

  forEach(fn: (index: number, value: number) => void): void {
    for (const e of this.slots) if (e !== 0) fn((e >>> 8) - 1, e & 0xff);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.size = 0;
    for (const e of old) if (e !== 0) this.setMax((e >>> 8) - 1, e & 0xff);
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
