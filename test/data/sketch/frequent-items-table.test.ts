/**
 * FrequentItems keeps its items in an open-addressing table over typed arrays. Property: whatever
 * is fed (batches of text and number keys, single adds, merges, states read back), it holds the same
 * items with the same counts and offset as the Map-based sketch it replaced, which is kept here as
 * the reference, so profiles stay byte-identical.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FrequentItems } from '../../../shared/data/sketch/frequent-items.js';
import type { FrequentState } from '../../../shared/formats/profile-format.js';

/** The previous implementation (two Maps, text and numbers), as it was. */
class MapFrequentItems {
  offset = 0;
  readonly counts = new Map<string, number>();
  private readonly numbers = new Map<number, number>();
  constructor(readonly capacity: number) {}
  get size(): number {
    return this.counts.size + this.numbers.size;
  }
  addUnchecked(item: string, weight: number): void {
    if (this.numbers.size > 0) this.toText();
    this.counts.set(item, (this.counts.get(item) ?? 0) + weight);
  }
  add(item: string, weight = 1): void {
    this.addUnchecked(item, weight);
    if (this.counts.size > this.capacity) this.purge();
  }
  addBatch(keys: readonly (string | number)[], counts: Float64Array, len: number): void {
    const old: number[] = [];
    let fresh = 0;
    for (let i = 0; i < len; i++) {
      const k = keys[i]!;
      const o = typeof k === 'number' ? this.numbers.get(k) : this.counts.get(k);
      if (o === undefined) {
        old[i] = -1;
        fresh++;
      } else old[i] = o;
    }
    if (this.size + fresh <= this.capacity) {
      for (let i = 0; i < len; i++) this.put(keys[i]!, old[i]! < 0 ? counts[i]! : old[i]! + counts[i]!);
      return;
    }
    for (let i = 0; i < len; i++) if (old[i]! >= 0) this.put(keys[i]!, old[i]! + counts[i]!);
    const all = [...this.counts.values(), ...this.numbers.values()];
    for (let i = 0; i < len; i++) if (old[i]! < 0) all.push(counts[i]!);
    const n = all.length;
    const c = Float64Array.from(all).sort()[n - this.capacity - 1]!;
    for (const [item, v] of this.counts) {
      if (v <= c) this.counts.delete(item);
      else this.counts.set(item, v - c);
    }
    for (const [item, v] of this.numbers) {
      if (v <= c) this.numbers.delete(item);
      else this.numbers.set(item, v - c);
    }
    for (let i = 0; i < len; i++) if (old[i]! < 0 && counts[i]! > c) this.put(keys[i]!, counts[i]! - c);
    this.offset += c;
  }
  private put(k: string | number, v: number): void {
    if (typeof k === 'number') this.numbers.set(k, v);
    else this.counts.set(k, v);
  }
  textItems(): Array<[string, number]> {
    const items = [...this.counts];
    for (const [x, n] of this.numbers) items.push([String(x), n]);
    return items;
  }
  private toText(): void {
    for (const [x, n] of this.numbers) this.counts.set(String(x), n);
    this.numbers.clear();
  }
  purge(): void {
    if (this.numbers.size > 0) this.toText();
    if (this.counts.size <= this.capacity) return;
    const values = Float64Array.from(this.counts.values()).sort();
    const c = values[values.length - this.capacity - 1]!;
    for (const [item, n] of this.counts) {
      if (n <= c) this.counts.delete(item);
      else this.counts.set(item, n - c);
    }
    this.offset += c;
  }
  merge(other: MapFrequentItems): void {
    for (const [item, n] of other.textItems()) this.addUnchecked(item, n);
    this.offset += other.offset;
    this.purge();
  }
  toState(): FrequentState {
    const items = this.textItems().sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return { capacity: this.capacity, offset: this.offset, items };
  }
  static fromState(s: FrequentState): MapFrequentItems {
    const f = new MapFrequentItems(s.capacity);
    for (const [item, n] of s.items) f.addUnchecked(item, n);
    f.offset = s.offset;
    f.purge();
    return f;
  }
}

type Op =
  | { kind: 'batch'; items: Array<{ key: string | number; count: number }> }
  | { kind: 'add'; item: string; weight: number }
  | { kind: 'purge' };

/**
 * Keys as the profiler stages them: text that never reads as a number's String() (letters, and
 * timestamps sharing long prefixes), and numbers (integers, fractions, -0 as the counters give 0).
 */
const textKey = fc.oneof(
  fc.constantFrom('a', 'b', 'c', 'AAA', 'ABQ', 'ORD', 'x'.repeat(40)),
  fc.integer({ min: 0, max: 400 }).map((m) => `2001-01-01T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00.000Z`),
  fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom('q', 'r', 's', 'é', '😀') }),
);
const numberKey = fc.oneof(fc.integer({ min: -50, max: 300 }), fc.integer({ min: 0, max: 40 }).map((x) => x / 8), fc.constant(1e21));
const count = fc.oneof(fc.integer({ min: 1, max: 9 }), fc.constant(1), fc.integer({ min: 1, max: 1000 }));

const batch = (keys: fc.Arbitrary<string | number>): fc.Arbitrary<Op> =>
  fc.uniqueArray(fc.record({ key: keys, count }), { selector: (x) => x.key, maxLength: 120 }).map((items) => ({ kind: 'batch' as const, items }));
/**
 * What a sketch sees: batches (a column's numbers and texts, as the profiler stages them), then
 * text only (adds, purges, text batches), as merge() and fromState() add after the scan. Numbers
 * after text would break the caller's guarantee: a purge or a text add turns held numbers into
 * their String() text, which a number added later would duplicate.
 */
const ops: fc.Arbitrary<Op[]> = fc
  .tuple(
    fc.array(batch(fc.oneof(numberKey, numberKey, textKey)), { maxLength: 20 }),
    fc.array(
      fc.oneof(
        { weight: 4, arbitrary: batch(textKey) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), item: textKey, weight: count }) },
        { weight: 1, arbitrary: fc.constant({ kind: 'purge' as const }) },
      ),
      { maxLength: 15 },
    ),
  )
  .map(([scan, after]) => [...scan, ...after]);

function run(ops: Op[], capacity: number): { ours: FrequentItems; ref: MapFrequentItems } {
  const ours = new FrequentItems(capacity);
  const ref = new MapFrequentItems(capacity);
  for (const o of ops) {
    if (o.kind === 'batch') {
      const keys = o.items.map((x) => x.key);
      const counts = Float64Array.from(o.items.map((x) => x.count));
      ours.addBatch(keys, counts, keys.length);
      ref.addBatch(keys, counts, keys.length);
    } else if (o.kind === 'add') {
      ours.add(o.item, o.weight);
      ref.add(o.item, o.weight);
    } else {
      ours.purge();
      ref.purge();
    }
    expect(ours.size).toBe(ref.size);
  }
  return { ours, ref };
}

describe('frequent items: the typed-array table holds what the Map sketch held', () => {
  it('batches of numbers or of text (a column as the profiler feeds it), adds, purges', () => {
    const capacity = fc.constantFrom(1, 2, 7, 64);
    fc.assert(
      fc.property(
        capacity,
        ops,
        (cap, ops) => {
          const { ours, ref } = run(ops, cap);
          expect(ours.toState()).toEqual(ref.toState());
          expect(ours.isExact()).toBe(ref.offset === 0);
          expect(ours.top(5)).toEqual(ref.toState().items.slice(0, 5).map(([value, n]) => ({ value, count: n })));
        },
      ),
      { seed: 20261206, numRuns: 300 },
    );
  });

  it('merges and states read back', () => {
    const part = fc.tuple(fc.constantFrom(3, 16, 64), ops);
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
        const built = parts.map(([cap, o]) => run(o, cap));
        const ours = FrequentItems.fromState(built[0]!.ours.toState());
        const ref = MapFrequentItems.fromState(built[0]!.ref.toState());
        expect(ours.toState()).toEqual(ref.toState());
        for (const b of built.slice(1)) {
          ours.merge(b.ours);
          ref.merge(b.ref);
          expect(ours.toState()).toEqual(ref.toState());
        }
        expect(new Map(ours.counts)).toEqual(new Map(ref.counts));
      }),
      { seed: 20261206, numRuns: 200 },
    );
  });

  it('a long run on one column: 200 batches of drifting timestamps into 1,024 slots', () => {
    const ours = new FrequentItems();
    const ref = new MapFrequentItems(1024);
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let b = 0; b < 200; b++) {
      const counts = new Map<string | number, number>();
      for (let r = 0; r < 3000; r++) {
        const minute = b * 300 + Math.floor(rand() * 900);
        const key = b % 3 === 0 ? minute : new Date(Date.UTC(2001, 0, 1) + minute * 60_000).toISOString();
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const keys = [...counts.keys()];
      const cs = Float64Array.from(counts.values());
      ours.addBatch(keys, cs, keys.length);
      ref.addBatch(keys, cs, keys.length);
    }
    expect(ours.isExact()).toBe(false);
    expect(ours.toState()).toEqual(ref.toState());
  });
});
