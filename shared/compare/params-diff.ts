/**
 * The params part of "What changed": the two run records' params, flattened, compared key by key, as
 * `dvc params diff` does (nested keys joined with dots; a list is one value). Params come from the
 * run record, which may come from a fork's artifact: keys are kept as data in arrays and Maps (a key
 * `__proto__` is a param like any other), and long values are shortened with the SHA-256 of the whole.
 */
import { createHash } from 'node:crypto';
import type { ParamsDiff, ParamValue } from '../formats/what-changed-format.js';

/** Longer JSON text than this is shortened: a reviewer reads values in a table cell. */
export const MAX_PARAM_VALUE_CHARS = 60;
/** At most this many keys are listed per kind (added, removed, changed); the rest are only counted. */
export const MAX_LISTED_PARAMS = 200;
/** Nesting deeper than this is kept as one value (a JSON text) instead of being flattened further. */
const MAX_DEPTH = 32;

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `{a: {b: 1}, c: [1, 2]}` → `a.b` → 1, `c` → [1, 2]; an empty object is a value (`{}`). */
export function flattenParams(params: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (value: unknown, prefix: string, depth: number) => {
    if (isPlainObject(value) && depth < MAX_DEPTH && Object.keys(value).length > 0) {
      for (const key of Object.keys(value)) walk(value[key], prefix === '' ? key : `${prefix}.${key}`, depth + 1);
    } else out.set(prefix, value);
  };
  if (isPlainObject(params)) walk(params, '', 0);
  else if (params !== undefined) out.set('', params);
  return out;
}

/** JSON text of a value, with keys in order so that `{a, b}` and `{b, a}` are the same value. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (isPlainObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v)) ?? 'null';
}

export function paramValue(value: unknown): ParamValue {
  const json = canonicalJson(value);
  if (json.length <= MAX_PARAM_VALUE_CHARS) return { value: json };
  const cut = Array.from(json).slice(0, MAX_PARAM_VALUE_CHARS - 1).join('');
  return { value: `${cut}…`, sha256: createHash('sha256').update(json).digest('hex') };
}

/** The params and seed of the baseline's run (`from`) against the head's (`to`). */
export function diffParams(from: { params: unknown; seed: number }, to: { params: unknown; seed: number }): ParamsDiff {
  const a = flattenParams(from.params);
  const b = flattenParams(to.params);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  const diff: ParamsDiff = { added: [], removed: [], changed: [], unchanged: 0, not_listed: 0, seed: from.seed === to.seed ? null : { from: from.seed, to: to.seed } };
  const room = (list: unknown[]) => (list.length < MAX_LISTED_PARAMS ? true : (diff.not_listed++, false));
  for (const key of keys) {
    if (!a.has(key)) {
      if (room(diff.added)) diff.added.push({ key, to: paramValue(b.get(key)) });
    } else if (!b.has(key)) {
      if (room(diff.removed)) diff.removed.push({ key, from: paramValue(a.get(key)) });
    } else if (canonicalJson(a.get(key)) === canonicalJson(b.get(key))) diff.unchanged++;
    else if (room(diff.changed)) diff.changed.push({ key, from: paramValue(a.get(key)), to: paramValue(b.get(key)) });
  }
  return diff;
}

/** The number of differences (added, removed and changed keys, listed or not, and the seed). */
export function paramChanges(d: ParamsDiff): number {
  return d.added.length + d.removed.length + d.changed.length + d.not_listed + (d.seed ? 1 : 0);
}
