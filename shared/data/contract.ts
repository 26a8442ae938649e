/**
 * The data contract: what a dataset must look like. Defined once here with zod (strict objects, so
 * a misspelt key is an error, not a silently ignored rule), exported as JSON Schema for editors
 * (scripts/gen-contract-schema.ts -> schemas/contract.schema.json), documented in docs/contract.md.
 *
 * Every rule has a short form (`min: 0`) and a long form (`min: { value: 0, mostly: 0.99, severity: warn }`).
 * `mostly` follows Great Expectations: the fraction of the rows a rule applies to that must pass
 * (missing values never count against value rules). Presence and row-count rules take `severity` only.
 *
 * loadContract() parses the YAML keeping node ranges, so every problem - YAML syntax, unknown key,
 * wrong type, bad regex, min > max, unknown column type - becomes one ContractError at
 * `contract.yaml:LINE:COL` naming the key path (`columns.age.min`) and how to fix it.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { ContractError } from '../runtime/errors.js';
import type { CellValue } from './table.js';
import {
  COLUMN_TYPES,
  compileTimestampFormat,
  parseIsoTimestamp,
  toBoolean,
  toInteger,
  toNumber,
  toText,
  toTimestamp,
  type ColumnType,
  type TimestampPattern,
} from './values.js';

export const CONTRACT_VERSION = 1;

const severitySchema = z.enum(['error', 'warn']).describe('error (default) fails the check; warn only reports');
const mostlySchema = z
  .number()
  .min(0)
  .max(1)
  .describe('Fraction of the rows the rule applies to (non-missing values for value rules) that must pass; default 1');

/** A rule that accepts the short form `value` or `{ value, mostly?, severity? }`. */
function rule<T extends z.ZodType>(value: T, description: string) {
  return z
    .union([value, z.strictObject({ value, mostly: mostlySchema.optional(), severity: severitySchema.optional() })])
    .describe(description);
}

/** A rule where `mostly` has no meaning (presence, row counts): short form or `{ value, severity? }`. */
function strictRule<T extends z.ZodType>(value: T, description: string) {
  return z.union([value, z.strictObject({ value, severity: severitySchema.optional() })]).describe(description);
}

const columnTypeSchema = z.enum(COLUMN_TYPES as unknown as [ColumnType, ...ColumnType[]]);
const boundSchema = z.union([z.number(), z.string()]);
const allowedValue = z.union([z.string(), z.number(), z.boolean()]);
const columnNames = z.array(z.string().min(1)).min(1);

export const columnContractSchema = z
  .strictObject({
    description: z.string().optional().describe('Free text for people; not checked'),
    type: rule(columnTypeSchema, 'Value type; default string (any value). Values that do not parse as the type fail this rule'),
    format: z.string().optional().describe('date/timestamp only: strftime-like format (%Y %m %d %H %M %S %f %z); default ISO 8601'),
    nullable: rule(z.boolean(), 'Whether missing values are allowed; default false'),
    min: rule(boundSchema, 'Smallest allowed value (inclusive): a number, or ISO 8601 text for date/timestamp columns'),
    max: rule(boundSchema, 'Largest allowed value (inclusive): a number, or ISO 8601 text for date/timestamp columns'),
    allowed: rule(z.array(allowedValue).min(1), 'The only values allowed (compared as the column type)'),
    pattern: rule(z.string(), 'JavaScript regular expression searched in the value text; anchor with ^...$ to match the whole value'),
    unique: rule(z.boolean(), 'No value may occur twice (missing values are ignored)'),
    min_length: rule(z.number().int().min(0), 'Minimum text length in characters'),
    max_length: rule(z.number().int().min(0), 'Maximum text length in characters'),
  })
  .partial();

const compoundUniqueSchema = z.union([
  columnNames,
  z.strictObject({ columns: columnNames, mostly: mostlySchema.optional(), severity: severitySchema.optional() }),
]);

export const tableContractSchema = z
  .strictObject({
    required_columns: strictRule(columnNames, 'Columns that must be present; default every column listed under columns'),
    unexpected_columns: z
      .enum(['allow', 'warn', 'error'])
      .describe('What to do with data columns the contract does not list; default error'),
    rows: z
      .strictObject({
        min: strictRule(z.number().int().min(0), 'Minimum number of data rows; default 1'),
        max: strictRule(z.number().int().min(0), 'Maximum number of data rows'),
      })
      .partial(),
    unique: z.array(compoundUniqueSchema).describe('Column combinations that must be unique together'),
    null_values: z.array(z.string()).describe('Cell texts read as missing (replaces the default list)'),
  })
  .partial();

export const contractSchema = z
  .strictObject({
    version: z.literal(CONTRACT_VERSION).describe('Contract format version: 1'),
    description: z.string().optional(),
    table: tableContractSchema.optional(),
    columns: z.record(z.string(), columnContractSchema).optional(),
  })
  .describe('mlops-actions data contract');

export type Contract = z.infer<typeof contractSchema>;
export type ColumnContract = z.infer<typeof columnContractSchema>;
export type TableContract = z.infer<typeof tableContractSchema>;
export type Severity = z.infer<typeof severitySchema>;

/** A rule in long form, whichever form the contract used. */
export interface NormalizedRule<T> {
  value: T;
  mostly: number;
  severity: Severity;
}

export function normalizeRule<T>(r: T | { value: T; mostly?: number; severity?: Severity }): NormalizedRule<T> {
  if (r !== null && typeof r === 'object' && !Array.isArray(r) && 'value' in r) {
    return { value: r.value, mostly: 'mostly' in r && r.mostly !== undefined ? r.mostly : 1, severity: r.severity ?? 'error' };
  }
  return { value: r as T, mostly: 1, severity: 'error' };
}

/** Normalizes a compound-unique entry: `[a, b]` or `{ columns: [a, b], mostly?, severity? }`. */
export function normalizeCompoundUnique(u: z.infer<typeof compoundUniqueSchema>): NormalizedRule<string[]> {
  if (Array.isArray(u)) return { value: u, mostly: 1, severity: 'error' };
  return { value: u.columns, mostly: u.mostly ?? 1, severity: u.severity ?? 'error' };
}

/** `columns.age.min`, `table.unique[0]`, `columns["a b"].type`. */
export function formatContractPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else {
      const k = String(seg);
      if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k)) s += s === '' ? k : `.${k}`;
      else s += `[${JSON.stringify(k)}]`;
    }
  }
  return s === '' ? '(top level)' : s;
}

/** Levenshtein distance, for "did you mean". */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest candidate when it is plausibly a typo (distance ≤ max(2, a third of the length)) or an abbreviation. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3))) return best;
  // An abbreviation ("cust" for "customer") when exactly one candidate starts with it.
  const prefixed = word.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(word.toLowerCase())) : [];
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Locating problems in the YAML source

interface Problem {
  path: PropertyKey[];
  what: string;
  hint?: string;
  /** Point at the key of `path` (unknown keys) instead of its value. */
  atKey?: string;
}

class SourceMap {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /** Offset of the node at `path`, or of its closest existing ancestor. */
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

  position(path: readonly PropertyKey[], atKey?: string): { line: number; column: number } {
    const { line, col } = this.lines.linePos(this.offset(path, atKey));
    return { line, column: col };
  }
}

function rangeStart(node: unknown): number | undefined {
  const r = (node as YamlNode | null)?.range;
  return Array.isArray(r) ? r[0] : undefined;
}

function childPair(node: unknown, seg: PropertyKey): { key: unknown; value: unknown } | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (isPair(item)) {
        const k = isScalar(item.key) ? item.key.value : item.key;
        if (String(k) === String(seg)) return { key: item.key, value: item.value };
      }
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
// Turning zod issues into problems a person can act on

type Issue = z.core.$ZodIssue;

function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

function getAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

/** The object keys a strict object at `path` accepts, found by walking the zod schema. */
function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  const targets = descend(schema, path, data, 0);
  const keys = new Set<string>();
  for (const t of targets) if (t instanceof z.ZodObject) for (const k of Object.keys(t.shape)) keys.add(k);
  return [...keys];
}

function descend(schema: z.ZodType, path: readonly PropertyKey[], data: unknown, i: number): z.ZodType[] {
  const s = unwrap(schema);
  if (s instanceof z.ZodUnion) {
    const value = getAt(data, path.slice(0, i));
    const isObj = value !== null && typeof value === 'object' && !Array.isArray(value);
    return (s.options as z.ZodType[]).flatMap((o) => {
      const u = unwrap(o);
      if (isObj ? u instanceof z.ZodObject || u instanceof z.ZodRecord : !(u instanceof z.ZodObject)) return descend(u, path, data, i);
      return [];
    });
  }
  if (i === path.length) return [s];
  const seg = path[i];
  if (s instanceof z.ZodObject) {
    const child = (s.shape as Record<string, z.ZodType>)[String(seg)];
    return child ? descend(child, path, data, i + 1) : [];
  }
  if (s instanceof z.ZodRecord) return descend(s.valueType as z.ZodType, path, data, i + 1);
  if (s instanceof z.ZodArray) return descend(s.element as z.ZodType, path, data, i + 1);
  return [];
}

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault) cur = cur.unwrap() as z.ZodType;
  return cur;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  int: 'a whole number',
};

/** Picks, in a failed union, the branch that matches the shape the user wrote (scalar vs mapping). */
function resolveUnion(issue: Extract<Issue, { code: 'invalid_union' }>, base: PropertyKey[], data: unknown): Issue[] | undefined {
  if (issue.errors.length === 0) return undefined;
  const deeper = issue.errors.filter((branch) => !branch.every((e) => e.code === 'invalid_type' && e.path.length === 0));
  if (deeper.length === 0) return undefined;
  // Prefer the branch with the fewest problems (the closest match), then the first.
  const best = deeper.reduce((a, b) => (b.length < a.length ? b : a));
  return best.map((e) => ({ ...e, path: [...base, ...e.path] }) as Issue);
}

function issueToProblems(issue: Issue, data: unknown, schema: z.ZodType): Problem[] {
  const path = issue.path as PropertyKey[];
  const where = formatContractPath(path);
  const value = getAt(data, path);
  switch (issue.code) {
    case 'invalid_union': {
      const resolved = resolveUnion(issue, path, data);
      if (resolved) return resolved.flatMap((i) => issueToProblems(i, data, schema));
      const expected = new Set<string>();
      for (const branch of issue.errors) for (const e of branch) if (e.code === 'invalid_type') expected.add(TYPE_NAMES[e.expected] ?? e.expected);
      const longForm = issue.errors.some((b) => b.some((e) => e.code === 'invalid_type' && e.expected === 'object'));
      const yesNo = typeof value === 'string' && /^(yes|no|on|off|y|n)$/i.test(value) && expected.has(TYPE_NAMES.boolean);
      return [
        {
          path,
          what: `${where} must be ${[...expected].join(' or ')}, not ${describeValue(value)}`,
          hint: yesNo ? 'write true or false (YAML 1.2 reads yes/no/on/off as text)' : longForm ? 'the long form is a mapping { value: ..., mostly: 0.99, severity: warn }' : undefined,
        },
      ];
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(schema, path, data);
      return issue.keys.map((key) => {
        const close = closestMatch(key, allowed);
        return {
          path,
          atKey: key,
          what: `unknown key "${key}"${path.length ? ` in ${where}` : ''}`,
          hint: `${close ? `did you mean "${close}"? ` : ''}allowed keys: ${allowed.join(', ')}`,
        };
      });
    }
    case 'invalid_type': {
      if (value === undefined) {
        const key = path[path.length - 1];
        return [{ path: path.slice(0, -1), what: `${where} is missing`, hint: key === 'version' ? 'add "version: 1" at the top' : undefined }];
      }
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return [{ path, what: `${where} must be ${expected}, not ${describeValue(value)}` }];
    }
    case 'invalid_value': {
      if (value === undefined) {
        const key = String(path[path.length - 1]);
        return [{ path: path.slice(0, -1), what: `${where} is missing`, hint: key === 'version' ? 'add "version: 1" at the top' : undefined }];
      }
      const options = issue.values.map((v) => String(v));
      const close = typeof value === 'string' ? closestMatch(value, options) : undefined;
      const last = path[path.length - 1];
      const isType = last === 'type' || (last === 'value' && path[path.length - 2] === 'type');
      return [
        {
          path,
          what: `${where}: ${describeValue(value)} is not ${isType ? 'a known column type' : options.length === 1 ? `${JSON.stringify(issue.values[0])}` : 'allowed'}`,
          hint: `${close ? `did you mean "${close}"? ` : ''}use one of: ${options.join(', ')}`,
        },
      ];
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const op = issue.code === 'too_small' ? 'at least' : 'at most';
      if (issue.origin === 'array') return [{ path, what: `${where} must have ${op} ${bound} item${bound === 1 ? '' : 's'}` }];
      if (issue.origin === 'string') return [{ path, what: `${where} must not be empty` }];
      return [{ path, what: `${where} must be ${op} ${bound}, not ${String(value)}` }];
    }
    default:
      return [{ path, what: `${where}: ${issue.message}` }];
  }
}

// ---------------------------------------------------------------------------------------------
// Checks zod cannot express (they need the column type, or compare two keys)

const NUMERIC: ReadonlySet<ColumnType> = new Set(['integer', 'number']);
const article = (t: string): string => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
const TEMPORAL: ReadonlySet<ColumnType> = new Set(['date', 'timestamp']);

/** Parses a date/timestamp bound written in the contract (ISO 8601 text) to epoch ms. */
export function parseContractTime(value: string | number | boolean): number | undefined {
  if (typeof value !== 'string') return undefined;
  return parseIsoTimestamp(value, false);
}

/**
 * The key a value is compared by for `allowed` and `unique`: numbers for integer/number columns,
 * epoch ms for date/timestamp, booleans for boolean, the text itself for string/category. So
 * `allowed: [1, 2]` matches the CSV cell "1.0" in a number column, and "2024-01-01" equals
 * "2024-01-01T00:00:00Z" in a timestamp column. Undefined when the value is not of the type.
 */
export function valueKey(v: CellValue, type: ColumnType, pattern?: TimestampPattern): string | number | boolean | undefined {
  switch (type) {
    case 'integer':
      return toInteger(v);
    case 'number':
      return toNumber(v);
    case 'boolean':
      return toBoolean(v);
    case 'date':
      return toTimestamp(v, pattern, !pattern);
    case 'timestamp':
      return toTimestamp(v, pattern);
    default:
      return toText(v);
  }
}

/** valueKey for a value written in the contract (dates as ISO text, whatever the column format). */
export function contractValueKey(v: string | number | boolean, type: ColumnType): string | number | boolean | undefined {
  if (type === 'date' || type === 'timestamp') return parseContractTime(v);
  return valueKey(v, type);
}

function semanticProblems(c: Contract): Problem[] {
  const out: Problem[] = [];
  const cols = c.columns ?? {};
  const names = Object.keys(cols);
  for (const [name, col] of Object.entries(cols)) {
    const p = ['columns', name];
    const type = col.type === undefined ? 'string' : normalizeRule(col.type).value;
    if (col.format !== undefined) {
      if (!TEMPORAL.has(type)) out.push({ path: [...p, 'format'], what: `${formatContractPath([...p, 'format'])} applies only to date and timestamp columns, and this column is ${type}`, hint: 'remove format, or set type: date / timestamp' });
      else {
        try {
          compileTimestampFormat(col.format);
        } catch (e) {
          out.push({ path: [...p, 'format'], what: `${formatContractPath([...p, 'format'])}: ${(e as Error).message}` });
        }
      }
    }
    const bounds: Partial<Record<'min' | 'max', number>> = {};
    for (const key of ['min', 'max'] as const) {
      const r = col[key];
      if (r === undefined) continue;
      const v = normalizeRule(r).value;
      const rp = [...p, key, ...(typeof r === 'object' ? ['value'] : [])];
      const where = formatContractPath([...p, key]);
      if (NUMERIC.has(type)) {
        if (typeof v !== 'number') out.push({ path: rp, what: `${where} must be a number for ${article(type)} column, not ${describeValue(v)}` });
        else bounds[key] = v;
      } else if (TEMPORAL.has(type)) {
        const t = parseContractTime(v);
        if (t === undefined) out.push({ path: rp, what: `${where} must be ISO 8601 text for ${article(type)} column (e.g. "2024-01-31"${type === 'timestamp' ? ' or "2024-01-31T12:00:00Z"' : ''}), not ${describeValue(v)}` });
        else bounds[key] = t;
      } else {
        out.push({ path: [...p, key], what: `${where} applies to integer, number, date and timestamp columns, and this column is ${type}`, hint: type === 'string' || type === 'category' ? 'use min_length/max_length for text length, or allowed for categories' : undefined });
      }
    }
    if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
      out.push({ path: [...p, 'min'], what: `${formatContractPath([...p, 'min'])} is greater than ${formatContractPath([...p, 'max'])}`, hint: 'swap them, or fix the one that is wrong' });
    }
    const minL = col.min_length === undefined ? undefined : normalizeRule(col.min_length).value;
    const maxL = col.max_length === undefined ? undefined : normalizeRule(col.max_length).value;
    if (minL !== undefined && maxL !== undefined && minL > maxL) {
      out.push({ path: [...p, 'min_length'], what: `${formatContractPath([...p, 'min_length'])} (${minL}) is greater than max_length (${maxL})` });
    }
    if (col.pattern !== undefined) {
      const src = normalizeRule(col.pattern).value;
      try {
        new RegExp(src, 'u');
      } catch (e) {
        out.push({ path: [...p, 'pattern', ...(typeof col.pattern === 'object' ? ['value'] : [])], what: `${formatContractPath([...p, 'pattern'])} is not a valid regular expression: ${(e as Error).message}`, hint: 'JavaScript syntax with the u flag; escape backslashes inside double quotes, or use single quotes' });
      }
    }
    if (col.allowed !== undefined) {
      const list = normalizeRule(col.allowed).value;
      const ap = [...p, 'allowed', ...(Array.isArray(col.allowed) ? [] : ['value'])];
      list.forEach((v, i) => {
        if (contractValueKey(v, type) === undefined) out.push({ path: [...ap, i], what: `${formatContractPath([...p, 'allowed'])}[${i}] ${describeValue(v)} is not ${article(type)} value` });
      });
    }
  }
  const t = c.table;
  if (t?.rows?.min !== undefined && t.rows.max !== undefined && normalizeRule(t.rows.min).value > normalizeRule(t.rows.max).value) {
    out.push({ path: ['table', 'rows', 'min'], what: 'table.rows.min is greater than table.rows.max' });
  }
  t?.unique?.forEach((u, i) => {
    const { value } = normalizeCompoundUnique(u);
    const base = ['table', 'unique', i, ...(Array.isArray(u) ? [] : ['columns'])];
    value.forEach((name, j) => {
      if (!(name in cols)) {
        const close = closestMatch(name, names);
        out.push({ path: [...base, j], what: `table.unique[${i}] names column "${name}", which is not listed under columns`, hint: close ? `did you mean "${close}"?` : 'list the column under columns' });
      }
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------

/** Parses contract YAML text; `file` is used in messages. Throws ContractError. */
export function parseContract(text: string, file: string): Contract {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const { line, col } = lineCounter.linePos(err.pos[0]);
    const firstLine = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ContractError(`invalid YAML: ${firstLine}`, { location: { file, line, column: col }, hint: 'check indentation and quoting near this position' });
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const map = new SourceMap(doc, lineCounter);
  if (data === null || data === undefined) {
    throw new ContractError('the contract is empty', { location: { file, line: 1, column: 1 }, hint: 'start with "version: 1" and a columns: mapping (see docs/contract.md)' });
  }
  const parsed = contractSchema.safeParse(data);
  let problems: Problem[];
  if (!parsed.success) problems = parsed.error.issues.flatMap((i) => issueToProblems(i, data, contractSchema));
  else problems = semanticProblems(parsed.data);
  if (problems.length > 0) {
    const located = problems.map((p) => ({ p, offset: map.offset(p.path, p.atKey) }));
    located.sort((a, b) => a.offset - b.offset);
    const { p } = located[0];
    const pos = map.position(p.path, p.atKey);
    const more = located.length > 1 ? ` (and ${located.length - 1} more problem${located.length > 2 ? 's' : ''})` : '';
    throw new ContractError(`${p.what}${more}`, { location: { file, line: pos.line, column: pos.column }, hint: p.hint });
  }
  return (parsed as { data: Contract }).data;
}

/** Reads and checks a contract file. Throws ContractError (exit code 2) for anything wrong. */
export async function loadContract(file: string): Promise<Contract> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ContractError(code === 'ENOENT' ? 'contract file not found' : `cannot read the contract: ${(e as Error).message}`, {
      location: { file },
      hint: code === 'ENOENT' ? 'check the path (relative to the working directory), or run `mlops validate --infer-contract` to write one' : undefined,
      cause: e,
    });
  }
  return parseContract(text, file);
}
