/**
 * Evidently's get_binned_data, on distributions: the shares per bin that Jensen-Shannon and PSI
 * compare (https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/utils.py).
 *
 * - Numbers (a numeric column with more than 20 distinct reference values; column-test.ts decides):
 *   numpy.histogram_bin_edges(reference + current, bins='sturges'): equal-width bins over
 *   [min, max] of both sides, their number ceil(ptp / (ptp / (log2(n_ref + n_cur) + 1))), edges as
 *   numpy.linspace (edge_i = i · step + min, last edge = max; ±0.5 around a constant); shares =
 *   numpy.histogram counts (bins [e_i, e_i+1), the last one closed) / rows. Evidently's n_bins = 30
 *   argument is not used on this path. From a sketch: min, max and n are exact (a KLL sketch keeps
 *   them), so the edges are the raw data's; only the shares carry the sketch's rank error.
 * - Values (categorical columns, and numeric ones with at most 20 distinct reference values): one bin
 *   per value seen on either side, share = count / rows. A sketch that does not itemise every value
 *   (a frequent-items remainder, `other` > 0) cannot say which values its remainder holds: then the
 *   bins are the values itemised by every such side, and everything else, on both sides, is one
 *   "other" bin. With exact counts of the itemised values, merging bins can only lower JS and PSI
 *   (f-divergences never increase under coarsening), so the value is a lower bound of the raw-data
 *   one; with a Misra-Gries sketch's estimates (count + offset, distribution.ts) it is within
 *   sqrt(ln 2 · TV) of that lower bound for JS, TV <= K · offset / n for K itemised values.
 */
import { numericMax, numericMin, type CategoricalDistribution, type NumericDistribution } from '../distribution.js';

/** The name of the merged bin for values a sketch does not itemise (never a key: it is not a string a value produces alone). */
export const OTHER_BIN = '\u0000other';

/** numpy.histogram_bin_edges(data, bins='sturges') for data of `size` values spanning [min, max]. */
export function sturgesEdges(min: number, max: number, size: number): Float64Array {
  let first = min;
  let last = max;
  const ptp = max - min;
  const width = ptp / (Math.log2(size) + 1);
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const bins = width ? Math.ceil((last - first) / width) : 1;
  const edges = new Float64Array(bins + 1);
  const step = (last - first) / bins;
  if (step === 0) for (let i = 0; i <= bins; i++) edges[i] = ((i / bins) * (last - first)) + first;
  else for (let i = 0; i <= bins; i++) edges[i] = i * step + first;
  edges[bins] = last;
  return edges;
}

/** Index of the first value >= x (left) or > x (right) in an ascending array. */
function search(values: Float64Array, x: number, right: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (right ? values[mid] <= x : values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * numpy.histogram(values, edges)[0] / rows for an ascending (weighted) sample: counts from the
 * weight below each edge (left-closed bins, the last bin closed on the right). O(bins · log n).
 */
export function histogramShares(d: NumericDistribution, edges: Float64Array): Float64Array {
  const { values, weights } = d;
  let prefix: Float64Array | null = null;
  if (weights) {
    prefix = new Float64Array(values.length + 1);
    for (let i = 0; i < values.length; i++) prefix[i + 1] = prefix[i] + weights[i];
  }
  const total = prefix ? prefix[values.length] : values.length;
  const bins = edges.length - 1;
  const out = new Float64Array(bins);
  const below = (k: number) => {
    const idx = search(values, edges[k], k === bins);
    return prefix ? prefix[idx] : idx;
  };
  let prev = below(0);
  for (let k = 1; k <= bins; k++) {
    const cum = below(k);
    out[k - 1] = (cum - prev) / total;
    prev = cum;
  }
  return out;
}

export interface SharedBins {
  reference: Float64Array;
  current: Float64Array;
  /** Sturges edges (numbers) or the value of each bin (values; OTHER_BIN for the merged remainder). */
  edges: Float64Array | null;
  keys: string[] | null;
}

/** Shares of both samples in the Sturges bins of their union (Evidently's numeric path). */
export function numericBins(reference: NumericDistribution, current: NumericDistribution): SharedBins {
  const min = Math.min(numericMin(reference), numericMin(current));
  const max = Math.max(numericMax(reference), numericMax(current));
  const edges = sturgesEdges(min, max, reference.n + current.n);
  return { reference: histogramShares(reference, edges), current: histogramShares(current, edges), edges, keys: null };
}

export interface AlignedCounts {
  /** Bin keys, ascending (numerically when `numericKeys`), OTHER_BIN last when present. */
  keys: string[];
  reference: Float64Array;
  current: Float64Array;
}

function complete(d: CategoricalDistribution): boolean {
  return d.exact && d.other === 0;
}

/**
 * Both sides' counts over shared value bins: the union of their values when both itemise every
 * value; otherwise the values itemised by every side that does not, plus one OTHER_BIN holding the
 * rest of each side. Keys sort as strings, or as numbers when `numericKeys` (a numeric column's
 * values: Evidently sorts the raw values, and the Z-test takes the first).
 */
export function alignCategories(reference: CategoricalDistribution, current: CategoricalDistribution, numericKeys = false): AlignedCounts {
  const partial = [reference, current].filter((d) => !complete(d));
  let keys: string[];
  if (partial.length === 0) {
    const set = new Set(reference.counts.keys());
    for (const k of current.counts.keys()) set.add(k);
    keys = [...set];
  } else {
    keys = [...partial[0].counts.keys()].filter((k) => partial.every((d) => d.counts.has(k)));
  }
  if (numericKeys) keys.sort((a, b) => Number(a) - Number(b));
  else keys.sort();
  const fill = (d: CategoricalDistribution): { counts: Float64Array; rest: number } => {
    const counts = new Float64Array(keys.length);
    let itemised = 0;
    for (let i = 0; i < keys.length; i++) {
      const c = d.counts.get(keys[i]) ?? 0;
      counts[i] = c;
      itemised += c;
    }
    return { counts, rest: Math.max(0, d.n - itemised) };
  };
  const r = fill(reference);
  const c = fill(current);
  if (partial.length === 0 || (r.rest === 0 && c.rest === 0)) return { keys, reference: r.counts, current: c.counts };
  const withOther = (x: { counts: Float64Array; rest: number }) => {
    const out = new Float64Array(keys.length + 1);
    out.set(x.counts);
    out[keys.length] = x.rest;
    return out;
  };
  return { keys: [...keys, OTHER_BIN], reference: withOther(r), current: withOther(c) };
}

/** Shares per value bin (Evidently's path for categorical and low-cardinality numeric columns). */
export function categoryBins(reference: CategoricalDistribution, current: CategoricalDistribution, numericKeys = false): SharedBins {
  const a = alignCategories(reference, current, numericKeys);
  const share = (counts: Float64Array, n: number) => counts.map((c) => c / n);
  return { reference: share(a.reference, reference.n), current: share(a.current, current.n), edges: null, keys: a.keys };
}

/**
 * Evidently's zero filling before PSI (get_binned_data(feel_zeroes=True)), per side: empty bins get
 * min(nonzero share) / 1e6 when that minimum is <= 1e-4, else 1e-4. Returns a new array.
 */
export function fillZeroShares(shares: Float64Array): Float64Array {
  let min = Infinity;
  for (const s of shares) if (s !== 0 && s < min) min = s;
  const fill = min <= 0.0001 ? min / 10 ** 6 : 0.0001;
  return shares.map((s) => (s === 0 ? fill : s));
}
