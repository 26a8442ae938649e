import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FrequentItems } from '../../../shared/data/sketch/frequent-items.js';
import { DATA_DIR, shuffled } from '../../fixtures/reference/datasets.js';

function truth(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

function expectBounds(f: FrequentItems, exact: Map<string, number>, total: number): void {
  for (const [item, n] of exact) {
    const c = f.counts.get(item) ?? 0;
    expect(c).toBeLessThanOrEqual(n);
    expect(n).toBeLessThanOrEqual(c + f.offset);
  }
  expect(f.offset).toBeLessThanOrEqual(total / (f.capacity + 1));
  expect(f.counts.size).toBeLessThanOrEqual(f.capacity);
}

function feed(f: FrequentItems, values: readonly string[], batch = 5000): void {
  for (let s = 0; s < values.length; s += batch) {
    for (const [k, n] of truth(values.slice(s, s + batch))) f.addUnchecked(k, n);
    f.purge();
  }
}

const distances = (JSON.parse(readFileSync(DATA_DIR + 'flights-200k.json', 'utf8')) as Array<{ distance: number }>).map((r) => String(r.distance));

describe('frequent items (Misra-Gries, mergeable)', () => {
  it('counts exactly while there are at most `capacity` distinct values', () => {
    const f = new FrequentItems(1024);
    feed(f, distances);
    const exact = truth(distances);
    expect(exact.size).toBe(1079);
    const g = new FrequentItems(2048);
    feed(g, distances);
    expect(g.isExact()).toBe(true);
    expect(new Map(g.counts)).toEqual(exact);
    // 1079 distinct > 1024: decrements happened, and every count keeps its bound.
    expect(f.isExact()).toBe(false);
    expectBounds(f, exact, distances.length);
  });

  it('keeps [count, count + offset] around every true count on a long tail, and after merges', () => {
    const f = new FrequentItems(64);
    feed(f, distances);
    const exact = truth(distances);
    expectBounds(f, exact, distances.length);
    const top = [...exact].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k]) => k);
    for (const k of top) expect(f.counts.has(k)).toBe(true);

    const shards = [0, 1, 2, 3, 4, 5, 6].map((i) => distances.slice(i * 30_000, (i + 1) * 30_000));
    const parts = shards.map((s) => {
      const p = new FrequentItems(64);
      feed(p, s);
      return p;
    });
    const merged = new FrequentItems(64);
    for (const p of shuffled(parts, 3)) merged.merge(FrequentItems.fromState(p.toState()));
    expectBounds(merged, exact, distances.length);
  });

  it('reports the top items by count, ties by value', () => {
    const f = new FrequentItems();
    for (const v of ['b', 'a', 'c', 'a', 'b', 'd']) f.add(v);
    expect(f.top(3)).toEqual([
      { value: 'a', count: 2 },
      { value: 'b', count: 2 },
      { value: 'c', count: 1 },
    ]);
  });
});
