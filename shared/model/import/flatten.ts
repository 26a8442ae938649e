/**
 * Nested metric documents flattened to `a.b.c` keys, with DVC's semantics.
 *
 * DVC (`dvc/repo/metrics/show.py: _extract_metrics`) keeps a leaf only when it is a number (Python
 * `int`/`float`, which includes `bool`) or, recursively, a non-empty dict; lists, nulls and (for
 * diffs) strings are dropped with a debug log. It then flattens with `flatten_dict(reducer="dot")`,
 * which raises on a duplicated key. We do the same, with these choices for a `Record<string, number>`:
 *
 * - finite numbers are kept; `NaN`/`Infinity` (Python's json writes them) are skipped as "not finite";
 * - booleans become 1/0, as Python's `bool` is an `int` and DVC diffs them as numbers;
 * - strings (even numeric-looking ones), nulls, arrays and empty objects are skipped;
 * - a key reached twice (`{"a.b": 1, "a": {"b": 2}}`) is an error the caller reports.
 *
 * Every skipped leaf is returned with its reason so the caller can say what was not imported.
 */

export interface SkippedMetric {
  key: string;
  reason: string;
}

export interface FlattenedMetrics {
  metrics: Record<string, number>;
  skipped: SkippedMetric[];
  /** Keys produced twice; the later value won in `metrics`. Callers turn this into an InputError. */
  duplicates: string[];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** Flattens `value` (normally an object) into dotted keys below `prefix`. */
export function flattenMetrics(value: unknown, prefix = ''): FlattenedMetrics {
  const out: FlattenedMetrics = { metrics: Object.create(null) as Record<string, number>, skipped: [], duplicates: [] };
  walk(value, prefix, out);
  // A plain object for callers (and for toEqual in tests).
  out.metrics = { ...out.metrics };
  return out;
}

function put(out: FlattenedMetrics, key: string, v: number): void {
  if (Object.prototype.hasOwnProperty.call(out.metrics, key)) out.duplicates.push(key);
  out.metrics[key] = v;
}

/** Deeper than this is not a metrics document (and a recursive walk must stay off the stack's end). */
const MAX_DEPTH = 256;

function walk(value: unknown, key: string, out: FlattenedMetrics, depth = 0): void {
  if (depth > MAX_DEPTH) {
    out.skipped.push({ key: key.length > 80 ? `${key.slice(0, 80)}…` : key, reason: `nested deeper than ${MAX_DEPTH} levels` });
    return;
  }
  if (typeof value === 'number') {
    if (Number.isFinite(value)) put(out, key, value);
    else out.skipped.push({ key, reason: `not finite (${value})` });
    return;
  }
  if (typeof value === 'bigint') {
    put(out, key, Number(value));
    return;
  }
  if (typeof value === 'boolean') {
    put(out, key, value ? 1 : 0);
    return;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    if (entries.length === 0) {
      out.skipped.push({ key, reason: 'an empty mapping' });
      return;
    }
    for (const [k, v] of entries) walk(v, key === '' ? String(k) : `${key}.${String(k)}`, out, depth + 1);
    return;
  }
  out.skipped.push({ key, reason: `${describe(value)}, not a number` });
}
