/**
 * Drift between two profiles: the drift step's per-column tests (column-test.ts: the same default
 * test, threshold and configured overrides, the same columns left out) with both sides taken from
 * profile sketches instead of production rows. compare's "What changed" uses it to say which
 * training-data columns moved between the baseline's data and the head's.
 *
 * Both sides are sketches (`method: 'sketch'` unless the sketches hold every value; the example's
 * weather columns, under 130 distinct values each, are held exactly): the bounds of docs/drift.md,
 * "Tests on the reference profile's sketches", apply to each side.
 */
import type { ColumnDrift } from '../formats/drift-format.js';
import type { Profile } from '../formats/profile-format.js';
import { testColumn } from './column-test.js';
import { categoricalFromProfile, distributionFromProfile, type Distribution } from './distribution.js';
import { columnsToTest, type DriftCheckOptions } from './drift-check.js';
import { columnKindOf } from './reference.js';

export interface ProfileDrift {
  /** Every tested column, in the reference's column order. */
  columns: ColumnDrift[];
  skipped: { column: string; reason: string }[];
  /** Columns only the current profile has / only the reference has. */
  added: string[];
  removed: string[];
}

function sideOf(profile: Profile, name: string, kind: 'numeric' | 'categorical'): Distribution {
  const column = profile.columns[name]!;
  return kind === 'numeric' ? distributionFromProfile(column) : categoricalFromProfile(column);
}

export function profileDrift(reference: Profile, current: Profile, config?: DriftCheckOptions['config']): ProfileDrift {
  const has = (p: Profile, name: string) => Object.hasOwn(p.columns, name);
  const added = current.column_order.filter((c) => !has(reference, c));
  const removed = reference.column_order.filter((c) => !has(current, c));
  const { wanted, skipped } = columnsToTest(reference, config);
  const columns: ColumnDrift[] = [];
  for (const { name, kind } of wanted) {
    if (!has(current, name)) continue; // listed in `removed`
    const column = current.columns[name]!;
    if (column.count - column.nan - column.inf === 0) {
      skipped.push({ column: name, reason: 'no values in the current data' });
      continue;
    }
    const currentKind = columnKindOf(column);
    if (currentKind !== kind) {
      skipped.push({ column: name, reason: `its type changed (${reference.columns[name]!.type} → ${column.type}); not compared` });
      continue;
    }
    const override = config?.columns?.[name];
    columns.push(testColumn(name, sideOf(reference, name, kind), sideOf(current, name, kind), { test: override?.test, threshold: override?.threshold }));
  }
  return { columns, skipped, added, removed };
}
