/**
 * JSON or YAML metrics files (DVC `metrics.json`, DVCLive `eval/live/metrics.json`, any nested
 * mapping of names to numbers) → flat `Record<string, number>` (see `flatten.ts` for the rules).
 *
 * JSON is read with a small strict parser rather than `JSON.parse` for two reasons:
 * - Python's `json.dump` writes `NaN`, `Infinity` and `-Infinity` (DVC reads them back with
 *   `json.load`); we accept those tokens like Python does, then skip them as non-finite;
 * - every syntax error is reported with its 1-based line and column, which `JSON.parse` does not
 *   give on Node 20 for most errors.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { InputError } from '../../runtime/errors.js';
import { shortened, shortList } from '../../runtime/message-text.js';
import { flattenMetrics, type SkippedMetric } from './flatten.js';

export type MetricsDocumentFormat = 'json' | 'yaml';

export interface JsonYamlMetrics {
  metrics: Record<string, number>;
  skipped: SkippedMetric[];
  format: MetricsDocumentFormat;
}

/** `.json` → json; `.yaml`/`.yml` → yaml; anything else → yaml (DVC's default loader). */
export function metricsDocumentFormat(file: string): MetricsDocumentFormat {
  return path.extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}

/** Reads and flattens one JSON/YAML metrics file. Throws InputError when it has no numeric metric. */
export async function importJsonYamlMetrics(file: string, format = metricsDocumentFormat(file)): Promise<JsonYamlMetrics> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read metrics file: ${(e as Error).message}`, { location: { file }, cause: e });
  }
  const doc = parseMetricsDocument(text, file, format);
  return { ...metricsFromDocument(doc, file), format };
}

/** Flattens an already parsed document; shared with the DVC importer. */
export function metricsFromDocument(doc: unknown, file: string): { metrics: Record<string, number>; skipped: SkippedMetric[] } {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    const what = doc === null ? 'null' : Array.isArray(doc) ? 'a list' : `a single ${typeof doc}`;
    throw new InputError(`expected a mapping of metric names to numbers, found ${what}`, {
      location: { file },
      hint: 'write metrics as an object such as {"test": {"roc_auc": 0.93}}',
    });
  }
  const flat = flattenMetrics(doc);
  if (flat.duplicates.length > 0) {
    throw new InputError(`metric "${shortened(flat.duplicates[0]!)}" appears twice once nested keys are joined with dots`, {
      location: { file },
      hint: 'rename the key that contains a dot or the nested one, as DVC rejects the same file',
    });
  }
  if (Object.keys(flat.metrics).length === 0) {
    const skipped = shortList(flat.skipped.map((s) => `${shortened(s.key)}: ${s.reason}`), 5, '; ');
    throw new InputError(`no numeric metrics found${skipped ? ` (skipped ${skipped})` : ''}`, {
      location: { file },
      hint: 'metrics must be numbers (or booleans); strings, lists and nulls are ignored as DVC does',
    });
  }
  return { metrics: flat.metrics, skipped: flat.skipped };
}

/** Parses JSON or YAML text; syntax errors become InputErrors with line and column. */
export function parseMetricsDocument(text: string, file: string, format: MetricsDocumentFormat): unknown {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    throw new InputError('the metrics file is empty', {
      location: { file },
      hint: 'the tool that writes it may have failed before writing; re-run it',
    });
  }
  if (format === 'json') return parseJson(text, file);
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: false, logLevel: 'error' });
  const err = doc.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    throw new InputError(`invalid YAML: ${shortened(err.message.split('\n')[0]!, 200)}`, {
      location: { file, line: pos?.line, column: pos?.col },
      hint: 'fix the YAML syntax at that place',
    });
  }
  try {
    return doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    // The yaml package refuses aliases that expand too often (a "billion laughs" file) with a
    // ReferenceError; nesting beyond the stack is a RangeError.
    if (e instanceof ReferenceError || e instanceof RangeError) {
      throw new InputError(e instanceof ReferenceError ? 'the YAML expands its aliases (*name) too many times' : 'the YAML nests too deeply', {
        location: { file },
        hint: 'write the metrics out as a plain mapping',
        cause: e,
      });
    }
    throw e;
  }
}

/** How deep metrics documents may nest (DVC's and DVCLive's are 2 or 3 levels). */
export const MAX_NESTING = 256;

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Strict JSON (RFC 8259) plus Python's NaN / Infinity / -Infinity. Duplicate keys: last wins, like Python. */
export function parseJson(text: string, file: string): unknown {
  let i = 0;
  const fail = (what: string, at = i, hint = 'fix the JSON syntax at that place (a truncated file usually means the writer was interrupted)'): never => {
    const { line, column } = lineColumn(text, at);
    const found = at >= text.length ? 'end of file' : JSON.stringify(text[at]);
    throw new InputError(`invalid JSON: ${what}, found ${found}`, {
      location: { file, line, column },
      hint,
    });
  };
  const ws = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  const literal = (word: string, value: unknown): unknown => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    return fail('expected a value');
  };
  const str = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    while (true) {
      if (i >= text.length) return fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return out;
      }
      if (c < 0x20) return fail('control character in a string');
      if (c === 0x5c) {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          return fail('invalid escape in a string', i + 1);
        }
      } else {
        out += text[i];
        i++;
      }
    }
  };
  const num = (): number => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return fail('expected a value');
    i += m[0].length;
    return Number(m[0]);
  };
  let depth = 0;
  const value = (): unknown => {
    ws();
    const c = text[i];
    // Bounded nesting: a recursive parser must not meet the stack's end on hostile input.
    if ((c === '{' || c === '[') && depth >= MAX_NESTING) return fail(`nested deeper than ${MAX_NESTING} levels`, i, 'metrics documents nest a few levels; this is not one');
    if (c === '{' || c === '[') depth++;
    try {
      return container(c);
    } finally {
      if (c === '{' || c === '[') depth--;
    }
  };
  const container = (c: string | undefined): unknown => {
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      while (true) {
        ws();
        if (text[i] !== '"') return fail('expected a property name in double quotes');
        const key = str();
        ws();
        if (text[i] !== ':') return fail("expected ':' after a property name");
        i++;
        Object.defineProperty(obj, key, { value: value(), enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        return fail("expected ',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      while (true) {
        arr.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        return fail("expected ',' or ']'");
      }
    }
    if (c === '"') return str();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    if (c === 'N') return literal('NaN', NaN);
    if (c === 'I') return literal('Infinity', Infinity);
    if (c === '-' && text[i + 1] === 'I') {
      i++;
      return -(literal('Infinity', Infinity) as number);
    }
    return num();
  };
  const result = value();
  ws();
  if (i < text.length) fail('unexpected text after the JSON value');
  return result;
}
