/**
 * YAML config files checked by a zod schema, with every problem reported at `file:LINE:COL`.
 *
 * The same approach as the data contract (shared/data/contract.ts): parse with node ranges, check
 * with a strict zod schema, turn the first zod issue (in file order) into one message naming the
 * key path and a fix ("did you mean …"). This file is the generic part so that every config file
 * (mlops.yaml now, others later) gets the same messages; contract.ts keeps its own copy with
 * contract-specific hints (short/long rule forms) and could move onto this one.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { closestMatch, formatContractPath } from '../data/contract.js';
import type { MlopsError, SourceLocation } from '../runtime/errors.js';

/** One problem with a config value, located by its key path. */
export interface ConfigProblem {
  path: readonly PropertyKey[];
  what: string;
  hint?: string;
  /** Point at this key under `path` (unknown keys) instead of the value at `path`. */
  atKey?: string;
}

export type ErrorFactory = (what: string, options: { location: SourceLocation; hint?: string; cause?: unknown }) => MlopsError;

/** `models.churn.metrics.accuracy`, `models["my model"].slices`. */
export const formatConfigPath = formatContractPath;

/** A parsed YAML document that can tell where a key path is. */
export class YamlSource {
  private constructor(
    readonly file: string,
    readonly data: unknown,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /** Parses `text`; YAML syntax errors and an empty file become one error at the right place. */
  static parse(text: string, file: string, error: ErrorFactory, emptyHint: string): YamlSource {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const err = doc.errors[0]!;
      const { line, col } = lines.linePos(err.pos[0]);
      const first = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      throw error(`invalid YAML: ${first}`, { location: { file, line, column: col }, hint: 'check indentation and quoting near this position' });
    }
    const data: unknown = doc.toJS({ maxAliasCount: 100 });
    if (data === null || data === undefined) throw error('the file is empty', { location: { file, line: 1, column: 1 }, hint: emptyHint });
    return new YamlSource(file, data, doc, lines);
  }

  /** Offset of the node at `path` (or its closest existing ancestor), or of the key `atKey` below it. */
  offset(path: readonly PropertyKey[], atKey?: string): number {
    let node: unknown = this.doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (const seg of path) {
      const next = childPair(node, seg);
      if (!next) break;
      node = next.value;
      offset = rangeStart(next.value) ?? rangeStart(next.key) ?? offset;
    }
    if (atKey !== undefined) {
      const pair = childPair(node, atKey);
      if (pair) offset = rangeStart(pair.key) ?? offset;
    }
    return offset;
  }

  location(path: readonly PropertyKey[], atKey?: string): SourceLocation {
    const { line, col } = this.lines.linePos(this.offset(path, atKey));
    return { file: this.file, line, column: col };
  }

  /** Throws the first problem in file order (with a count of the others); returns if there are none. */
  throwFirst(problems: readonly ConfigProblem[], error: ErrorFactory): void {
    if (problems.length === 0) return;
    const sorted = [...problems].sort((a, b) => this.offset(a.path, a.atKey) - this.offset(b.path, b.atKey));
    const p = sorted[0]!;
    const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problem${sorted.length > 2 ? 's' : ''})` : '';
    throw error(`${p.what}${more}`, { location: this.location(p.path, p.atKey), hint: p.hint });
  }
}

function rangeStart(node: unknown): number | undefined {
  const r = (node as { range?: unknown } | null)?.range;
  return Array.isArray(r) ? (r[0] as number) : undefined;
}

function childPair(node: unknown, seg: PropertyKey): { key: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item)) continue;
      const k = isScalar(item.key) ? item.key.value : item.key;
      if (String(k) === String(seg)) return { key: item.key, value: item.value };
    }
    return undefined;
  }
  if (isSeq(node) && typeof seg === 'number') {
    const v = node.items[seg];
    return v === undefined ? undefined : { key: v, value: v };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// zod issues → problems a person can act on

type Issue = z.core.$ZodIssue;

export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault) cur = cur.unwrap() as z.ZodType;
  return cur;
}

/** The keys an object schema at `path` accepts (through records and optionals), for "did you mean". */
function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s = unwrap(schema);
  for (const seg of path) {
    if (s instanceof z.ZodObject) s = unwrap((s.shape as Record<string, z.ZodType>)[String(seg)] ?? z.never());
    else if (s instanceof z.ZodRecord) s = unwrap(s.valueType as z.ZodType);
    else if (s instanceof z.ZodArray) s = unwrap(s.element as z.ZodType);
    else return [];
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  int: 'a whole number',
};

/** One zod issue as problems; `versionHint` is shown when a missing key is `version`. */
export function issueProblems(issue: Issue, data: unknown, schema: z.ZodType, versionHint?: string): ConfigProblem[] {
  const path = issue.path as PropertyKey[];
  const where = formatConfigPath(path);
  const value = valueAt(data, path);
  const missing = (): ConfigProblem[] => {
    const key = String(path[path.length - 1]);
    return [{ path: path.slice(0, -1), what: `${where} is missing`, hint: key === 'version' ? versionHint : undefined }];
  };
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(schema, path);
      return issue.keys.map((key) => {
        const close = closestMatch(key, allowed);
        return { path, atKey: key, what: `unknown key "${key}"${path.length ? ` in ${where}` : ''}`, hint: `${close ? `did you mean "${close}"? ` : ''}allowed keys: ${allowed.join(', ')}` };
      });
    }
    case 'invalid_type':
      if (value === undefined) return missing();
      return [{ path, what: `${where} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(value)}` }];
    case 'invalid_value': {
      if (value === undefined) return missing();
      const options = issue.values.map((v) => String(v));
      const close = typeof value === 'string' ? closestMatch(value, options) : undefined;
      return [
        {
          path,
          what: `${where}: ${describeValue(value)} is not ${options.length === 1 ? JSON.stringify(issue.values[0]) : 'allowed'}`,
          hint: `${close ? `did you mean "${close}"? ` : ''}use ${options.length === 1 ? '' : 'one of: '}${options.join(', ')}`,
        },
      ];
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const exclusive = issue.inclusive === false;
      const op = issue.code === 'too_small' ? (exclusive ? 'greater than' : 'at least') : exclusive ? 'less than' : 'at most';
      if (issue.origin === 'string') return [{ path, what: `${where} must not be empty` }];
      if (issue.origin === 'array') return [{ path, what: `${where} must have ${op} ${String(bound)} items` }];
      return [{ path, what: `${where} must be ${op} ${String(bound)}, not ${String(value)}` }];
    }
    case 'invalid_union': {
      const branches = issue.errors.filter((b) => b.length > 0);
      if (branches.length > 0) {
        const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
        return best.flatMap((e) => issueProblems({ ...e, path: [...path, ...e.path] } as Issue, data, schema, versionHint));
      }
      return [{ path, what: `${where}: ${issue.message}` }];
    }
    default:
      return [{ path, what: `${where}: ${issue.message}` }];
  }
}

/**
 * Reads, parses and checks a YAML config file: unreadable file, YAML syntax, schema problems and
 * the `semantic` checks all become one error from `error` at file:line:col.
 */
export async function loadYamlConfig<S extends z.ZodType>(
  file: string,
  schema: S,
  options: {
    error: ErrorFactory;
    what: string;
    emptyHint: string;
    versionHint?: string;
    missingHint?: string;
    semantic?: (value: z.infer<S>) => ConfigProblem[];
  },
): Promise<z.infer<S>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw options.error(code === 'ENOENT' ? `${options.what} not found` : `cannot read the ${options.what}: ${(e as Error).message}`, {
      location: { file },
      hint: code === 'ENOENT' ? options.missingHint : undefined,
      cause: e,
    });
  }
  return parseYamlConfig(text, file, schema, options);
}

/** parseYamlConfig without the file read: `text` is the file's content, `file` names it in messages. */
export function parseYamlConfig<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  options: { error: ErrorFactory; emptyHint: string; versionHint?: string; semantic?: (value: z.infer<S>) => ConfigProblem[] },
): z.infer<S> {
  const src = YamlSource.parse(text, file, options.error, options.emptyHint);
  const parsed = schema.safeParse(src.data);
  if (!parsed.success) {
    src.throwFirst(parsed.error.issues.flatMap((i) => issueProblems(i, src.data, schema, options.versionHint)), options.error);
  }
  const value = parsed.data as z.infer<S>;
  src.throwFirst(options.semantic?.(value) ?? [], options.error);
  return value;
}
