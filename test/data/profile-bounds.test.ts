import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { boundedText, createProfiler, frequentCapacity, TEXT_PREFIX_CHARS } from '../../shared/data/profile.js';
import { mergeProfiles } from '../../shared/data/profile-merge.js';
import { profileSchema, type Profile } from '../../shared/formats/profile-format.js';
import { HyperLogLog, hllPrecision, hllStandardError } from '../../shared/data/sketch/hll.js';
import type { RecordBatch } from '../../shared/data/table.js';
import type { CellValue } from '../../shared/data/cell-value.js';

function profile(columns: string[], rows: CellValue[][]): Profile {
  const p = createProfiler({ columns });
  const batch: RecordBatch = { columns, values: columns.map((_, c) => rows.map((r) => r[c])), length: rows.length, lines: rows.map((_, i) => i + 2), rowOffset: 0 };
  p.add(batch);
  const out = p.finish({ file: 'd.csv', format: 'csv' });
  profileSchema.parse(JSON.parse(JSON.stringify(out)));
  return out;
}

describe('bounded string statistics', () => {
  const long = (c: string) => c.repeat(1 << 20); // 1 MB values

  it('keeps a prefix, the length and a digest of a long value, and its whole length', () => {
    const a = long('a');
    const p = profile(['t'], [[a], [a], [`${long('a')}b`], ['short']]);
    const col = p.columns.t;
    const digest = createHash('sha256').update(a).digest('hex').slice(0, 16);
    expect(boundedText(a)).toBe(`${'a'.repeat(TEXT_PREFIX_CHARS)}…[${a.length} chars, sha256 ${digest}]`);
    expect(col.max).toBe('short');
    expect(col.min).toBe([boundedText(a), boundedText(`${a}b`)].sort()[0]);
    // Equal long values are one item; a value differing only past the prefix is another.
    expect(col.frequent).toEqual(
      [
        { value: boundedText(a), count: 2 },
        { value: boundedText(`${a}b`), count: 1 },
        { value: 'short', count: 1 },
      ],
    );
    expect(col.distinct).toEqual({ estimate: 3, exact: true });
    expect(col.length).toEqual({ min: 5, max: a.length + 1, mean: (3 * a.length + 1 + 5) / 4 });
    expect(JSON.stringify(p).length).toBeLessThan(20_000);
  });

  it('never splits a surrogate pair at the prefix boundary', () => {
    const v = `${'x'.repeat(TEXT_PREFIX_CHARS - 1)}😀${'y'.repeat(300)}`;
    expect(boundedText(v).startsWith(`${'x'.repeat(TEXT_PREFIX_CHARS - 1)}…`)).toBe(true);
  });

  it('merges bounded min and max associatively', () => {
    const parts = [[long('b')], [long('a')], [long('c')]].map((r) => profile(['t'], [r]));
    const left = mergeProfiles(mergeProfiles(parts[0], parts[1]), parts[2]);
    const right = mergeProfiles(parts[0], mergeProfiles(parts[1], parts[2]));
    expect(left.columns.t.min).toBe(boundedText(long('a')));
    expect(left.columns.t.max).toBe(boundedText(long('c')));
    expect([right.columns.t.min, right.columns.t.max]).toEqual([left.columns.t.min, left.columns.t.max]);
    expect(right.columns.t.frequent).toEqual(left.columns.t.frequent);
  });
});

describe('wide tables', () => {
  it('gives each column of a wide table a smaller frequent-items capacity, and merges capacities to the smaller', () => {
    expect(frequentCapacity(5)).toBe(1024);
    expect(frequentCapacity(10_000)).toBe(104);
    expect(frequentCapacity(1_000_000)).toBe(64);
    const narrow = profile(['x'], Array.from({ length: 300 }, (_, i) => [String(i % 150)]));
    const cols = Array.from({ length: 2_000 }, (_, i) => (i === 0 ? 'x' : `c${i}`));
    const wide = profile(cols, Array.from({ length: 200 }, (_, i) => cols.map((_, c) => (c === 0 ? String(i % 150) : '1'))));
    expect(narrow.columns.x.sketches.frequent.capacity).toBe(1024);
    expect(wide.columns.x.sketches.frequent.capacity).toBe(524);
    const ab = mergeProfiles(narrow, { ...wide, column_order: ['x'], columns: { x: wide.columns.x } });
    const ba = mergeProfiles({ ...wide, column_order: ['x'], columns: { x: wide.columns.x } }, narrow);
    expect(ab.columns.x.sketches.frequent).toEqual(ba.columns.x.sketches.frequent);
    expect(ab.columns.x.sketches.frequent.capacity).toBe(524);
    expect(ab.columns.x.distinct).toEqual({ estimate: 150, exact: true });
    // A wide profile stays small per column: sparse HLL states, no eager buffers in the output.
    expect(JSON.stringify(wide).length / cols.length).toBeLessThan(3_000);
  });
});

describe('HyperLogLog precision of wide tables', () => {
  it('scales the precision down past 4,096 columns and merges profiles of two widths at the lower', () => {
    expect(hllPrecision(5)).toBe(14);
    expect(hllPrecision(4_096)).toBe(14);
    expect(hllPrecision(10_000)).toBe(12);
    expect(hllPrecision(1_000_000)).toBe(10);
    const values = Array.from({ length: 6_000 }, (_, i) => [String(i * 7)]);
    const narrow = profile(['x'], values);
    const cols = Array.from({ length: 10_000 }, (_, i) => (i === 0 ? 'x' : `c${i}`));
    const wide = profile(cols, Array.from({ length: 3 }, () => cols.map((_, c) => (c === 0 ? '1' : ''))));
    expect(narrow.columns.x.sketches.hll.p).toBe(14);
    expect(wide.columns.x.sketches.hll.p).toBe(12);
    const wideX = { ...wide, column_order: ['x'], columns: { x: wide.columns.x } };
    const ab = mergeProfiles(narrow, wideX);
    expect(ab.columns.x.sketches.hll).toEqual(mergeProfiles(wideX, narrow).columns.x.sketches.hll);
    expect(ab.columns.x.sketches.hll.p).toBe(12);
    // 6,001 distinct values (the multiples of 7, and 1), within 3σ of p = 12 (1.6%).
    expect(Math.abs(ab.columns.x.distinct.estimate - 6_001) / 6_001).toBeLessThan(3 * hllStandardError(12));
  });

  it('folds registers to a lower precision exactly as the values would have set them there', () => {
    for (const [from, to] of [[14, 12], [14, 10], [12, 11], [18, 4]]) {
      const high = new HyperLogLog(from);
      const low = new HyperLogLog(to);
      for (let i = 0; i < 30_000; i++) {
        // Numbers and strings (ranks past 32 need h2 = 0, too rare here: checked below).
        if (i % 2) {
          high.addNumber(i / 3);
          low.addNumber(i / 3);
        } else {
          high.addString(`s${i}`);
          low.addString(`s${i}`);
        }
      }
      const folded = high.foldTo(to);
      expect(folded.registers).toEqual(low.registers);
      expect(folded.estimate()).toBe(low.estimate());
    }
    // Ranks past 32 come from h1's rest: set such registers directly and fold them.
    const h = new HyperLogLog(14);
    h.addHash(0x12345678, 0);
    h.addHash(0x00000000, 0);
    const l = new HyperLogLog(10);
    l.addHash(0x12345678, 0);
    l.addHash(0x00000000, 0);
    expect(h.foldTo(10).registers).toEqual(l.registers);
  });
});

describe('sparse HyperLogLog', () => {
  it('gives the registers, estimate and merges of the dense form, and writes whichever is canonical', () => {
    const few = new HyperLogLog();
    const many = new HyperLogLog();
    for (let i = 0; i < 500; i++) few.addNumber(i);
    for (let i = 0; i < 50_000; i++) many.addString(`v${i}`);
    expect(few.toState().sparse).toBeDefined();
    expect(few.toState().registers).toBeUndefined();
    expect(many.toState().registers).toBeDefined();
    const back = HyperLogLog.fromState(few.toState());
    expect(back.registers).toEqual(few.registers);
    expect(back.estimate()).toBe(few.estimate());
    // Same result merging sparse into dense or dense into sparse; the estimate is the dense one's.
    const a = HyperLogLog.fromState(few.toState());
    a.merge(HyperLogLog.fromState(many.toState()));
    const b = HyperLogLog.fromState(many.toState());
    b.merge(HyperLogLog.fromState(few.toState()));
    expect(a.registers).toEqual(b.registers);
    expect(a.toState()).toEqual(b.toState());
    // A dense state with few registers set is written sparse: one canonical state per register set.
    const dense = HyperLogLog.fromState({ p: 14, registers: Buffer.from(few.registers).toString('base64') });
    expect(dense.toState()).toEqual(few.toState());
    expect(() => HyperLogLog.fromState({ p: 14, sparse: 'AAAA' })).toThrow(/not a multiple of 4|past/);
  });
});
