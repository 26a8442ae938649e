/**
 * JSON Pointer (RFC 6901) lookups in an HTTP source's response, with a reason a person can act on
 * when the pointer does not fit the document ("no key "rows" in the object at /data (its keys:
 * items, total)") rather than a bare undefined.
 */

export type PointerResult = { found: true; value: unknown } | { found: false; problem: string };

/** The reference tokens of a pointer ("" → none: the whole document). */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer: ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function escapeToken(t: string): string {
  return t.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** What a JSON value is, for messages: "an object", "a list of 3 items", "text "abc"", "null". */
export function describeJson(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length} item${v.length === 1 ? '' : 's'}`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

function listKeys(o: object): string {
  const keys = Object.keys(o);
  if (keys.length === 0) return 'it is empty';
  const shown = keys.slice(0, 10).join(', ');
  return `its keys: ${shown}${keys.length > 10 ? `, … (${keys.length} keys)` : ''}`;
}

/** Resolves `pointer` in `doc`. Array tokens must be indices without leading zeros ("-" is never found). */
export function resolvePointer(doc: unknown, pointer: string): PointerResult {
  let v = doc;
  let at = '';
  for (const token of pointerTokens(pointer)) {
    const where = at === '' ? 'the top level' : at;
    if (Array.isArray(v)) {
      if (!/^(?:0|[1-9]\d*)$/.test(token)) return { found: false, problem: `"${token}" is not an index, and ${where} is ${describeJson(v)}` };
      const i = Number(token);
      if (i >= v.length) return { found: false, problem: `index ${i} is past the end of ${where} (${describeJson(v)})` };
      v = v[i];
    } else if (v !== null && typeof v === 'object') {
      if (!Object.prototype.hasOwnProperty.call(v, token)) return { found: false, problem: `no key "${token}" in the object at ${where} (${listKeys(v)})` };
      v = (v as Record<string, unknown>)[token];
    } else {
      return { found: false, problem: `${where} is ${describeJson(v)}, so it has no "${token}"` };
    }
    at += `/${escapeToken(token)}`;
  }
  return { found: true, value: v };
}
