/**
 * Per-slice metrics: the rows of each value of a slice column (missing values form their own
 * slice, listed last), values in natural order; a slice smaller than the minimum size is listed as
 * skipped with its size instead of getting metrics too noisy to read.
 */
import type { EvaluationSlice, SkippedSlice } from '../formats/evaluation-format.js';
import type { Block } from './metric-blocks.js';
import type { Collected } from './read-predictions.js';

export async function sliceBlocks(
  data: Collected,
  minSliceSize: number,
  blockFor: (rows: Uint32Array) => Block | Promise<Block>,
): Promise<{ slices: EvaluationSlice[]; skipped: SkippedSlice[] }> {
  const n = data.rows;
  const report = { slices: [] as EvaluationSlice[], skipped_slices: [] as SkippedSlice[] };
  for (const s of data.slices) {
    const k = s.dict.texts.length;
    const counts = new Uint32Array(k + 1); // last = missing
    for (let i = 0; i < n; i++) counts[s.codes[i]! < 0 ? k : s.codes[i]!]++;
    const values: Array<{ code: number; value: string | null }> = s.dict.texts.map((value, code) => ({ code, value }));
    if (s.missing > 0) values.push({ code: k, value: null });
    values.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.value.localeCompare(b.value, 'en', { numeric: true })));
    for (const { code, value } of values) {
      const size = counts[code]!;
      if (size < minSliceSize) {
        report.skipped_slices.push({ column: s.column, value, rows: size, reason: `${size} rows, fewer than the minimum slice size ${minSliceSize}` } satisfies SkippedSlice);
        continue;
      }
      const rows = new Uint32Array(size);
      let j = 0;
      for (let i = 0; i < n; i++) if ((s.codes[i]! < 0 ? k : s.codes[i]!) === code) rows[j++] = i;
      const block = await blockFor(rows);
      report.slices.push({ column: s.column, value, rows: size, ...block } satisfies EvaluationSlice);
    }
  }
  return { slices: report.slices, skipped: report.skipped_slices };
}
