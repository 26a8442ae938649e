/** The statistics of a profile column that merging keeps exact (docs/formats.md): everything but the sketches' estimates. */
import type { ColumnProfile } from '../../shared/formats/profile-format.js';

export function exactPart(c: ColumnProfile) {
  return {
    type: c.type,
    count: c.count,
    nulls: c.nulls,
    nan: c.nan,
    inf: c.inf,
    type_counts: c.type_counts,
    min: c.min,
    max: c.max,
    mean: c.mean,
    length: c.length,
    frequent_exact: c.frequent_exact,
    frequent: c.frequent_exact ? c.frequent : null,
    distinct: c.distinct.exact ? c.distinct : null,
  };
}
