/**
 * The byte path's columns: a field's bytes looked up in its batch column's dictionary (short
 * fields packed into a number, longer ones hashed and compared against an arena copy), so only a
 * value new to the batch becomes a string; and the batch that carries those dictionaries.
 */
import type { RecordBatch } from './table.js';
import type { CellValue } from './cell-value.js';
import { ColumnDictionary, type NumberStore } from './column-dictionary.js';

type SliceBuffer = Buffer & { latin1Slice(start: number, end: number): string; utf8Slice(start: number, end: number): string };

/** The text of bytes [a, b) (valid UTF-8; `ascii`: known to be ASCII, decoded as latin1). */
export function decode(bytes: Buffer, a: number, b: number, ascii: boolean): string {
  return ascii ? (bytes as SliceBuffer).latin1Slice(a, b) : (bytes as SliceBuffer).utf8Slice(a, b);
}

/** 10^k, exact as a double for k <= 22. */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * The value of bytes[a, b) when they are a decimal literal that converts exactly without a
 * string, else NaN (the caller then decodes the text and takes the string path: values.ts's
 * isDecimalLiteral, then `+text`). Taken: [+-]digits[.digits] with at most 15 digits after leading
 * zeros and at most 22 after the point, no exponent. Then the digits form an integer m < 10^15 <
 * 2^53 and 10^f is exact, so m / 10^f is the correctly rounded value of the literal (Clinger's
 * fast path), which is what `+text` returns; the sign is applied last, so "-0" and "-0.00" are -0.
 */
export function decimalBytes(bytes: Uint8Array, a: number, b: number): number {
  let i = a;
  let neg = false;
  if (i < b) {
    const s = bytes[i];
    if (s === 45) {
      neg = true;
      i++;
    } else if (s === 43) i++;
  }
  let m = 0;
  let digits = 0; // all digits seen
  let significant = 0; // digits from the first non-zero one
  let frac = -1; // digits after the point (-1: no point yet)
  for (; i < b; i++) {
    const x = bytes[i];
    const d = x - 48;
    if (d >= 0 && d <= 9) {
      digits++;
      if (frac >= 0) frac++;
      if (significant > 0 || d !== 0) {
        if (++significant > 15) return NaN;
        m = m * 10 + d;
      }
    } else if (x === 46 && frac < 0) frac = 0;
    else return NaN;
  }
  if (digits === 0) return NaN;
  if (frac > 22) return NaN;
  const v = frac > 0 ? m / POW10[frac] : m;
  return neg ? -v : v;
}

/** Fields of at most this many bytes are keyed by their bytes packed into one number. */
const SHORT_BYTES = 4;
/** The same on the column-major path (ByteColumn.idInBatch), which packs the bytes itself. */
const PACKED_BYTES = 6;

/** ASCII fields of at most this many bytes become strings in JS (shortAscii), not through a runtime call. */
const SHORT_TEXT_BYTES = 12;

/**
 * The text of ASCII bytes[a, a + len), len <= SHORT_TEXT_BYTES, without a call into the runtime
 * (Buffer's latin1Slice is a C++ call, several times the cost of String.fromCharCode for a word).
 */
function shortAscii(bytes: Uint8Array, a: number, len: number): string {
  switch (len) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(bytes[a]);
    case 2:
      return String.fromCharCode(bytes[a], bytes[a + 1]);
    case 3:
      return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2]);
    case 4:
      return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3]);
    case 5:
      return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3], bytes[a + 4]);
    case 6:
      return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3], bytes[a + 4], bytes[a + 5]);
    case 7:
      return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3], bytes[a + 4], bytes[a + 5], bytes[a + 6]);
    case 8:
      return String.fromCharCode(bytes[a], bytes[a + 1], bytes[a + 2], bytes[a + 3], bytes[a + 4], bytes[a + 5], bytes[a + 6], bytes[a + 7]);
    default:
      return shortAscii(bytes, a, 8) + shortAscii(bytes, a + 8, len - 8);
  }
}

/** A table index for a packed short field (a non-negative safe integer). */
function shortHash(k: number): number {
  const h = Math.imul((k >>> 0) ^ Math.imul((k / 4294967296) | 0, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

/** A table index for a longer field: its bytes four at a time (murmur3-style), then its length. */
function longHash(bytes: Uint8Array, a: number, len: number): number {
  let h = len;
  let i = a;
  const e4 = a + (len & ~3);
  for (; i < e4; i += 4) {
    let w = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    w = Math.imul(w, 0xcc9e2d51);
    w = (w << 15) | (w >>> 17);
    h ^= Math.imul(w, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const e = a + len;
  for (; i < e; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * One column's dictionary under construction, keyed by the cells' UTF-8 bytes: a value's bytes
 * are looked up (short ones packed into a number, longer ones hashed and compared against a copy
 * in `arena`) and decoded to a string only the first time they occur in the batch. UTF-8 is a
 * bijection on valid text, so equal bytes are equal strings: the same identity as
 * batch-dictionary.ts (strings by content, first occurrence first).
 */
export class ByteColumn {
  // Tables start small and double as a column needs them: one ByteColumn per column exists before
  // the first row, and at 1,024 slots and a 32 KB arena that was 70 KB a column (700 MB for 10,000).
  values: (string | undefined)[] = [];
  counts = new Float64Array(16);
  // Short fields: packed key -> id.
  private smask = 15;
  private skeys = new Float64Array(16);
  private sids = new Int32Array(16).fill(-1);
  private sused = new Int32Array(16);
  private ssize = 0;
  // Longer fields: hash -> id, bytes in arena[offs, offs + lens).
  private mask = 15;
  private hashes = new Int32Array(16);
  private ids = new Int32Array(16).fill(-1);
  private offs = new Int32Array(16);
  private lens = new Int32Array(16);
  private used = new Int32Array(16);
  private size = 0;
  private arena = new Uint8Array(256);
  private arenaLen = 0;
  /**
   * The last long field's id, length and arena copy (-1: none this batch). Sorted or grouped
   * columns repeat a value row after row (flights' timestamps ~14 times), and comparing with the
   * previous value skips the hash and the probe.
   */
  private lastId = -1;
  private lastLen = 0;
  private lastOff = 0;
  /** The arena offset of the value findLong last found. */
  private foundOff = 0;

  /**
   * Column-major path: a new value that decimalBytes reads is kept as its number and bytes in
   * `store` rather than decoded (values[id] stays undefined until a consumer asks for the text,
   * ColumnDictionary.values), so a numeric column makes no string per distinct value. `store` is
   * the batch's (newStore() starts the next one); this column's entries start at storeBase.
   */
  parseNumbers = false;
  private store: NumberStore = { numbers: new Float64Array(0), offs: new Int32Array(1), text: Buffer.alloc(0), counts: new Float64Array(0) };
  private storeBase = 0;
  /** Entries and text bytes used in `store`. */
  private storeLen = 0;
  private storeText = 0;
  /** Whether this column has an entry in `store` this batch. */
  private storeUsed = false;

  /**
   * The id of bytes[a, b) on the column-major path (`ascii`: the batch's bytes are all ASCII). A
   * new value is made from its own bytes (shortAscii up to SHORT_TEXT_BYTES, else decoded): slices
   * of the batch's bytes decoded at once were cheaper per value, but the decode was a copy of every
   * batch (545 MB per worker on the 10,000 x 10,000 bench file, and a fresh large string each).
   */
  idInBatch(bytes: Buffer, a: number, b: number, ascii: boolean): number {
    const len = b - a;
    if (len > PACKED_BYTES) return this.id(bytes, a, b, 0, ascii);
    // Up to 6 bytes packed into one exact number (< 2^51 with the length), so the short table takes
    // them: a decimal like 123.45 or a word like "lambda" skips the hash of its bytes, their arena
    // copy and the byte comparison. For up to 4 bytes the key is id()'s.
    let k = 0;
    for (let i = a; i < b; i++) k = k * 256 + bytes[i];
    return this.shortId(k * 8 + len, bytes, a, b, ascii);
  }

  /**
   * The id of the field bytes[a, b). A new value becomes a string of its own bytes (shortAscii, or
   * decoded: as latin1 when `ascii`).
   */
  id(bytes: Buffer, a: number, b: number, w: number, ascii = false): number {
    const len = b - a;
    // w: the field's last four bytes, (w << 8) | byte each (the parser builds it while scanning).
    if (len <= SHORT_BYTES) return this.shortId((w >>> 0) * 8 + len, bytes, a, b, ascii);
    if (len === this.lastLen && this.lastId >= 0 && this.same(bytes, a, len, this.lastOff)) {
      this.counts[this.lastId]++;
      return this.lastId;
    }
    const h = longHash(bytes, a, len);
    const slot = this.findLong(bytes, a, len, h);
    if (slot < 0) {
      this.lastId = -slot - 1;
      this.lastOff = this.foundOff;
    } else {
      this.lastOff = this.arenaLen; // where insertLong copies the bytes
      this.lastId = this.insertLong(slot, bytes, a, len, h, this.newValue(bytes, a, b, ascii));
    }
    this.lastLen = len;
    return this.lastId;
  }

  /** The id of the short field bytes[a, b) packed as key k (its bytes, then 3 bits of length). */
  private shortId(k: number, bytes: Buffer, a: number, b: number, ascii: boolean): number {
    const sids = this.sids;
    const mask = this.smask;
    let i = shortHash(k) & mask;
    for (;;) {
      const id = sids[i];
      if (id < 0) break;
      if (this.skeys[i] === k) {
        this.counts[id]++;
        return id;
      }
      i = (i + 1) & mask;
    }
    return this.insertShort(i, k, this.newValue(bytes, a, b, ascii));
  }

  /** The id of a field given as text (a quoted field), whose UTF-8 bytes are scratch[0, len). */
  idOfText(value: string, scratch: Buffer, len: number): number {
    if (len <= SHORT_BYTES) {
      let w = 0;
      for (let i = 0; i < len; i++) w = (w << 8) | scratch[i];
      const k = (w >>> 0) * 8 + len;
      let i = shortHash(k) & this.smask;
      for (;;) {
        const id = this.sids[i];
        if (id < 0) break;
        if (this.skeys[i] === k) {
          this.counts[id]++;
          return id;
        }
        i = (i + 1) & this.smask;
      }
      return this.insertShort(i, k, value);
    }
    const h = longHash(scratch, 0, len);
    const slot = this.findLong(scratch, 0, len, h);
    if (slot < 0) return -slot - 1;
    return this.insertLong(slot, scratch, 0, len, h, value);
  }

  /**
   * The text of a value new to the batch, or undefined when it is a number kept in the store
   * (parseNumbers); either way its store entry (the number, or NaN) is written.
   */
  private newValue(bytes: Buffer, a: number, b: number, ascii: boolean): string | undefined {
    if (!this.parseNumbers) return ascii && b - a <= SHORT_TEXT_BYTES ? shortAscii(bytes, a, b - a) : decode(bytes, a, b, ascii);
    const x = b - a <= 40 ? decimalBytes(bytes, a, b) : NaN;
    const g = this.storeLen;
    const len = x === x ? b - a : 0;
    let st = this.store;
    if (g + 2 > st.offs.length || this.storeText + len > st.text.length) st = this.growStore(g + 1, this.storeText + len);
    if (len > 0) {
      const t = st.text;
      for (let k = a, o = this.storeText; k < b; k++, o++) t[o] = bytes[k];
      this.storeText += len;
      this.storeUsed = true;
    }
    st.numbers[g] = x;
    st.offs[g + 1] = this.storeText;
    this.storeLen = g + 1;
    if (len > 0) return undefined;
    return ascii && b - a <= SHORT_TEXT_BYTES ? shortAscii(bytes, a, b - a) : decode(bytes, a, b, ascii);
  }

  /** Replaces the store by one with room for `entries` entries and `bytes` text bytes, contents kept. */
  private growStore(entries: number, bytes: number): NumberStore {
    const old = this.store;
    let { numbers, offs, text, counts } = old;
    if (entries + 1 > offs.length) {
      const n = Math.max(entries, 2 * numbers.length, 1024);
      numbers = new Float64Array(n);
      numbers.set(old.numbers.subarray(0, this.storeLen));
      offs = new Int32Array(n + 1);
      offs.set(old.offs.subarray(0, this.storeLen + 1));
      counts = new Float64Array(n);
      counts.set(old.counts.subarray(0, this.storeBase));
    }
    if (bytes > text.length) {
      text = Buffer.allocUnsafeSlow(Math.max(bytes, 2 * text.length, 8192));
      text.set(old.text.subarray(0, this.storeText));
    }
    return (this.store = { numbers, offs, text, counts });
  }

  /**
   * Starts a new store for the next batch (the last one stays with the dictionaries handed out),
   * sized for what the last batch used plus an eighth.
   */
  newStore(): void {
    const n = this.storeLen + (this.storeLen >> 3) + 1;
    const t = this.storeText + (this.storeText >> 3);
    this.store = { numbers: new Float64Array(n), offs: new Int32Array(n + 1), text: Buffer.allocUnsafeSlow(t), counts: new Float64Array(n) };
    this.storeLen = 0;
    this.storeText = 0;
    this.storeBase = 0;
    this.storeUsed = false;
  }

  /** -(id + 1) when found (counted), else the free slot for it. */
  private findLong(bytes: Uint8Array, a: number, len: number, h: number): number {
    const mask = this.mask;
    const ids = this.ids;
    let i = h & mask;
    for (;;) {
      const id = ids[i];
      if (id < 0) return i;
      if (this.hashes[i] === h && this.lens[i] === len && this.same(bytes, a, len, this.offs[i])) {
        this.counts[id]++;
        this.foundOff = this.offs[i];
        return -id - 1;
      }
      i = (i + 1) & mask;
    }
  }

  private same(bytes: Uint8Array, a: number, len: number, o: number): boolean {
    const arena = this.arena;
    for (let k = 0; k < len; k++) if (arena[o + k] !== bytes[a + k]) return false;
    return true;
  }

  private fresh(value: string | undefined): number {
    const id = this.values.length;
    this.values.push(value);
    if (id === this.counts.length) {
      const c = new Float64Array(id * 2);
      c.set(this.counts);
      this.counts = c;
    }
    this.counts[id] = 1;
    return id;
  }

  private insertShort(slot: number, k: number, value: string | undefined): number {
    const id = this.fresh(value);
    this.skeys[slot] = k;
    this.sids[slot] = id;
    this.sused[this.ssize++] = slot;
    if (2 * this.ssize > this.smask) {
      const n = 2 * (this.smask + 1);
      const mask = n - 1;
      const { skeys, sids, sused, ssize } = this;
      this.skeys = new Float64Array(n);
      this.sids = new Int32Array(n).fill(-1);
      this.sused = new Int32Array(n);
      this.smask = mask;
      for (let j = 0; j < ssize; j++) {
        const o = sused[j];
        let i = shortHash(skeys[o]) & mask;
        while (this.sids[i] >= 0) i = (i + 1) & mask;
        this.skeys[i] = skeys[o];
        this.sids[i] = sids[o];
        this.sused[j] = i;
      }
    }
    return id;
  }

  private insertLong(slot: number, bytes: Uint8Array, a: number, len: number, h: number, value: string | undefined): number {
    const id = this.fresh(value);
    const o = this.arenaLen;
    if (o + len > this.arena.length) {
      const grown = new Uint8Array(Math.max(2 * this.arena.length, o + len));
      grown.set(this.arena.subarray(0, o));
      this.arena = grown;
    }
    const arena = this.arena;
    for (let k = 0; k < len; k++) arena[o + k] = bytes[a + k];
    this.arenaLen = o + len;
    this.hashes[slot] = h;
    this.ids[slot] = id;
    this.offs[slot] = o;
    this.lens[slot] = len;
    this.used[this.size++] = slot;
    if (2 * this.size > this.mask) this.growLong();
    return id;
  }

  private growLong(): void {
    const n = 2 * (this.mask + 1);
    const mask = n - 1;
    const { hashes, ids, offs, lens, used, size } = this;
    this.hashes = new Int32Array(n);
    this.ids = new Int32Array(n).fill(-1);
    this.offs = new Int32Array(n);
    this.lens = new Int32Array(n);
    this.used = new Int32Array(n);
    this.mask = mask;
    for (let k = 0; k < size; k++) {
      const o = used[k];
      let i = hashes[o] & mask;
      while (this.ids[i] >= 0) i = (i + 1) & mask;
      this.hashes[i] = hashes[o];
      this.ids[i] = ids[o];
      this.offs[i] = offs[o];
      this.lens[i] = lens[o];
      this.used[k] = i;
    }
  }

  /** Hands the batch's dictionary over (rows' codes are the caller's) and starts the next batch. */
  take(codes: Int32Array, rows: number): ColumnDictionary {
    const size = this.values.length;
    let counts: Float64Array;
    if (this.parseNumbers) {
      // Into the batch's store (a view, no allocation of its own per column and batch).
      const all = this.store.counts;
      all.set(this.counts.subarray(0, size), this.storeBase);
      counts = all.subarray(this.storeBase, this.storeBase + size);
    } else counts = this.counts.slice(0, size);
    const d = ColumnDictionary.prebuilt(this.values, counts, codes, rows);
    if (this.storeUsed) d.setNumbers(this.store, this.storeBase);
    this.storeBase = this.storeLen;
    this.storeUsed = false;
    for (let k = 0; k < this.ssize; k++) this.sids[this.sused[k]] = -1;
    this.ssize = 0;
    for (let k = 0; k < this.size; k++) this.ids[this.used[k]] = -1;
    this.size = 0;
    this.arenaLen = 0;
    this.lastId = -1;
    this.values = [];
    return d;
  }
}

/** A batch that arrives dictionary-encoded; `values` (each row's cell) is built on first access. */
export class EncodedBatch implements RecordBatch {
  private cells: CellValue[][] | undefined;
  constructor(
    readonly columns: readonly string[],
    readonly dictionaries: readonly (ColumnDictionary | undefined)[],
    readonly length: number,
    readonly lines: Int32Array,
    readonly rowOffset: number,
  ) {}

  get values(): CellValue[][] {
    return (this.cells ??= this.dictionaries.map((d, c) => {
      if (d === undefined) throw new Error(`csv: column ${c} was not encoded (encodeColumns)`);
      return d.cells();
    }));
  }
}
