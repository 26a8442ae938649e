/**
 * Merging profiles of shards of one dataset (`mlops profile merge`, matrix jobs).
 *
 * Every statistic is re-derived from the merged sketches, so the merge is associative and the
 * result does not depend on the sharding: counts, min, max and mean are exact (the mean from an
 * exact sum); std is exact up to rounding; quantiles, histograms and distinct counts stay within
 * the sketches' bounds (docs/formats.md, "Profile").
 *
 * Apart from reading a profile file (profile-merge.ts, which re-exports mergeProfiles) because the
 * validate-data shard worker merges its shards' profiles but never reads one: this module needs no
 * zod (~350 KB of the worker's bundle; issue 18).
 */
import { InputError } from '../runtime/errors.js';
import { PROFILE_SCHEMA, type ColumnType } from '../formats/column-types.js';
import type { ColumnProfile, Profile } from '../formats/profile-format.js';
import { columnProfileFromSketches, emptyTypeCounts, type ColumnSketches, type TypeCounts } from './profile.js';
import { Moments } from './sketch/moments.js';
import { KllSketch } from './sketch/kll.js';
import { HyperLogLog } from './sketch/hll.js';
import { FrequentItems } from './sketch/frequent-items.js';

function sketchesOf(c: ColumnProfile): ColumnSketches {
  const s = c.sketches;
  return {
    count: c.count,
    nulls: c.nulls,
    nan: c.nan,
    inf: c.inf,
    typeCounts: { ...c.type_counts },
    moments: Moments.fromState(s.moments),
    kll: KllSketch.fromState(s.kll),
    hll: HyperLogLog.fromState(s.hll),
    frequent: FrequentItems.fromState(s.frequent),
    text: { ...s.text },
  };
}

function minText(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : b < a ? b : a;
}
function maxText(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : b > a ? b : a;
}
function minNum(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}
function maxNum(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/**
 * The type of a column in the union of two shards. An inferred type may widen, as inference on
 * the whole file would: integer + number → number, date + timestamp → timestamp; a column with no
 * values in one shard takes the other's type. Anything else is a conflict.
 */
function mergedType(name: string, a: ColumnProfile, b: ColumnProfile): ColumnType {
  const ta = a.type as ColumnType;
  const tb = b.type as ColumnType;
  if (ta === tb || b.count === 0) return ta;
  if (a.count === 0) return tb;
  const pair = new Set([ta, tb]);
  if (pair.has('integer') && pair.has('number')) return 'number';
  if (pair.has('date') && pair.has('timestamp')) return 'timestamp';
  throw new InputError(`column "${name}" is ${ta} in one profile and ${tb} in the other`, {
    hint: 'merge only profiles of shards of one dataset, profiled with the same contract',
  });
}

function mergeColumn(name: string, a: ColumnProfile, b: ColumnProfile): ColumnProfile {
  const type = mergedType(name, a, b);
  const x = sketchesOf(a);
  const y = sketchesOf(b);
  const tc: TypeCounts = emptyTypeCounts();
  for (const k of Object.keys(tc) as Array<keyof TypeCounts>) tc[k] = x.typeCounts[k] + y.typeCounts[k];
  x.moments.merge(y.moments);
  x.kll.merge(y.kll);
  // Profiles of tables of different widths may hold different precisions (profile.ts,
  // hllPrecision): merge at the lower one, exactly as if both had been built at it.
  const p = Math.min(x.hll.p, y.hll.p);
  const hll = x.hll.foldTo(p);
  hll.merge(y.hll.foldTo(p));
  // Profiles of tables of different widths may hold different capacities (profile.ts,
  // frequentCapacity): merge into the smaller, so the result does not depend on the order.
  let frequent = x.frequent;
  if (y.frequent.capacity < x.frequent.capacity) {
    frequent = new FrequentItems(y.frequent.capacity);
    frequent.merge(x.frequent);
  }
  frequent.merge(y.frequent);
  return columnProfileFromSketches(type, {
    count: x.count + y.count,
    nulls: x.nulls + y.nulls,
    nan: x.nan + y.nan,
    inf: x.inf + y.inf,
    typeCounts: tc,
    moments: x.moments,
    kll: x.kll,
    hll,
    frequent,
    text: {
      min_len: minNum(x.text.min_len, y.text.min_len),
      max_len: maxNum(x.text.max_len, y.text.max_len),
      sum_len: x.text.sum_len + y.text.sum_len,
      min: minText(x.text.min, y.text.min),
      max: maxText(x.text.max, y.text.max),
    },
  });
}

/** The column as seen by a profile in which it never appeared: `rows` missing values. */
function absentColumn(c: ColumnProfile, rows: number): ColumnProfile {
  return columnProfileFromSketches(c.type as ColumnType, { ...sketchesOf(c), nulls: c.nulls + rows });
}

function mergeTwo(a: Profile, b: Profile): Profile {
  const order = [...a.column_order];
  for (const c of b.column_order) if (!Object.hasOwn(a.columns, c)) order.push(c);
  const columns: Record<string, ColumnProfile> = {};
  for (const name of order) {
    const ca = a.columns[name];
    const cb = b.columns[name];
    if (ca && cb) columns[name] = mergeColumn(name, ca, cb);
    else if (ca) columns[name] = absentColumn(ca, b.rows);
    else columns[name] = absentColumn(cb, a.rows);
  }
  return { schema: PROFILE_SCHEMA, sources: [...a.sources, ...b.sources], rows: a.rows + b.rows, column_order: order, columns };
}

/**
 * Merges profiles of disjoint shards: `mergeProfiles(a, b)` or `mergeProfiles([a, b, c, ...])`
 * (folded left to right). Column order: the first profile's, then new columns as they appear.
 * Throws when a column's type differs between profiles (naming the column).
 */
export function mergeProfiles(a: Profile, b: Profile): Profile;
export function mergeProfiles(profiles: readonly Profile[]): Profile;
export function mergeProfiles(a: Profile | readonly Profile[], b?: Profile): Profile {
  const list: readonly Profile[] = Array.isArray(a) ? a : [a as Profile, b as Profile];
  if (list.length === 0) throw new Error('mergeProfiles: no profiles to merge');
  let out = list[0];
  for (let i = 1; i < list.length; i++) out = mergeTwo(out, list[i]);
  // A single profile is re-derived too, so the output never depends on how many inputs there were.
  return list.length === 1 ? mergeTwo(out, { ...out, sources: [], rows: 0, column_order: [], columns: {} }) : out;
}
