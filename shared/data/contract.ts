/**
 * The data contract: what a dataset must look like. Defined once here with zod (strict objects, so
 * a misspelt key is an error, not a silently ignored rule), exported as JSON Schema for editors
 * (scripts/gen-contract-schema.ts -> schemas/contract.schema.json), documented in docs/contract.md.
 *
 * Every rule has a short form (`min: 0`) and a long form (`min: { value: 0, mostly: 0.99, severity: warn }`).
 * `mostly` follows Great Expectations: the fraction of the rows a rule applies to that must pass
 * (missing values never count against value rules). Presence and row-count rules take `severity` only.
 *
 * loadContract() parses the YAML keeping node ranges (shared/runtime/yaml-source.ts, shared with mlops.yaml), so every problem - YAML syntax, unknown key,
 * wrong type, a pattern RE2 cannot compile, min > max, unknown column type - becomes one ContractError at
 * `contract.yaml:LINE:COL` naming the key path (`columns.age.min`) and how to fix it.
 */
import { z } from 'zod';
import { lazySchema, once } from '../runtime/lazy-schema.js';
import { closestMatch, describeValue, formatKeyPath, loadYamlFile, parseYamlText, type YamlProblem, type YamlSchemaOptions } from '../runtime/yaml-source.js';
import { ContractError } from '../runtime/errors.js';
import { compileContractPattern, PatternSyntaxError } from './contract-pattern.js';
import { compileTimestampFormat } from './values.js';
import { COLUMN_TYPES, type ColumnType } from '../formats/column-types.js';
import { contractValueKey, normalizeCompoundUnique, normalizeRule, parseContractTime } from './contract-rules.js';

// Tests name closestMatch by the contract; it lives with the generic YAML checking.
export { closestMatch };
// Checking data needs these without zod or YAML (the shard worker); here for everyone else.
export { contractValueKey, formatContractPath, normalizeCompoundUnique, normalizeRule, parseContractTime, valueKey, type CompoundUnique, type NormalizedRule, type Severity } from './contract-rules.js';

export const CONTRACT_VERSION = 1;

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = once(() => {
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

  const columnContractSchema = z
    .strictObject({
      description: z.string().optional().describe('Free text for people; not checked'),
      type: rule(columnTypeSchema, 'Value type; default string (any value). Values that do not parse as the type fail this rule'),
      format: z.string().optional().describe('date/timestamp only: strftime-like format (%Y %m %d %H %M %S %f %z); default ISO 8601'),
      nullable: rule(z.boolean(), 'Whether missing values are allowed; default false'),
      min: rule(boundSchema, 'Smallest allowed value (inclusive): a number, or ISO 8601 text for date/timestamp columns'),
      max: rule(boundSchema, 'Largest allowed value (inclusive): a number, or ISO 8601 text for date/timestamp columns'),
      allowed: rule(z.array(allowedValue).min(1), 'The only values allowed (compared as the column type)'),
      pattern: rule(z.string(), 'RE2 regular expression (no backreferences or lookaround) searched in the value text; anchor with ^...$ to match the whole value'),
      unique: rule(z.boolean(), 'No value may occur twice (missing values are ignored)'),
      min_length: rule(z.number().int().min(0), 'Minimum text length in characters'),
      max_length: rule(z.number().int().min(0), 'Maximum text length in characters'),
    })
    .partial();

  const compoundUniqueSchema = z.union([
    columnNames,
    z.strictObject({ columns: columnNames, mostly: mostlySchema.optional(), severity: severitySchema.optional() }),
  ]);

  const tableContractSchema = z
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

  const contractSchema = z
    .strictObject({
      version: z.literal(CONTRACT_VERSION).describe('Contract format version: 1'),
      description: z.string().optional(),
      table: tableContractSchema.optional(),
      columns: z.record(z.string(), columnContractSchema).optional(),
    })
    .describe('mlops-actions data contract');
  return { severitySchema, compoundUniqueSchema, columnContractSchema, tableContractSchema, contractSchema };
});

export const columnContractSchema = lazySchema(() => schemas().columnContractSchema);
export const tableContractSchema = lazySchema(() => schemas().tableContractSchema);
export const contractSchema = lazySchema(() => schemas().contractSchema);


export type Contract = z.infer<typeof contractSchema>;
export type ColumnContract = z.infer<typeof columnContractSchema>;
export type TableContract = z.infer<typeof tableContractSchema>;

// ---------------------------------------------------------------------------------------------
// Checks zod cannot express (they need the column type, or compare two keys)

const NUMERIC: ReadonlySet<ColumnType> = new Set(['integer', 'number']);
const article = (t: string): string => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
const TEMPORAL: ReadonlySet<ColumnType> = new Set(['date', 'timestamp']);

function semanticProblems(c: Contract): YamlProblem[] {
  const out: YamlProblem[] = [];
  const cols = c.columns ?? {};
  const names = Object.keys(cols);
  for (const [name, col] of Object.entries(cols)) {
    const p = ['columns', name];
    const type = col.type === undefined ? 'string' : normalizeRule(col.type).value;
    if (col.format !== undefined) {
      if (!TEMPORAL.has(type)) out.push({ path: [...p, 'format'], what: `${formatKeyPath([...p, 'format'])} applies only to date and timestamp columns, and this column is ${type}`, hint: 'remove format, or set type: date / timestamp' });
      else {
        try {
          compileTimestampFormat(col.format);
        } catch (e) {
          out.push({ path: [...p, 'format'], what: `${formatKeyPath([...p, 'format'])}: ${(e as Error).message}` });
        }
      }
    }
    const bounds: Partial<Record<'min' | 'max', number>> = {};
    for (const key of ['min', 'max'] as const) {
      const r = col[key];
      if (r === undefined) continue;
      const v = normalizeRule(r).value;
      const rp = [...p, key, ...(typeof r === 'object' ? ['value'] : [])];
      const where = formatKeyPath([...p, key]);
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
      out.push({ path: [...p, 'min'], what: `${formatKeyPath([...p, 'min'])} is greater than ${formatKeyPath([...p, 'max'])}`, hint: 'swap them, or fix the one that is wrong' });
    }
    const minL = col.min_length === undefined ? undefined : normalizeRule(col.min_length).value;
    const maxL = col.max_length === undefined ? undefined : normalizeRule(col.max_length).value;
    if (minL !== undefined && maxL !== undefined && minL > maxL) {
      out.push({ path: [...p, 'min_length'], what: `${formatKeyPath([...p, 'min_length'])} (${minL}) is greater than max_length (${maxL})` });
    }
    if (col.pattern !== undefined) {
      const src = normalizeRule(col.pattern).value;
      try {
        compileContractPattern(src);
      } catch (e) {
        if (!(e instanceof PatternSyntaxError)) throw e;
        out.push({ path: [...p, 'pattern', ...(typeof col.pattern === 'object' ? ['value'] : [])], what: `${formatKeyPath([...p, 'pattern'])} is not a valid RE2 regular expression: ${e.message}`, hint: 'RE2 syntax (no backreferences like \\1, no lookaround like (?=...)), so matching takes linear time; escape backslashes inside double quotes, or use single quotes' });
      }
    }
    if (col.allowed !== undefined) {
      const list = normalizeRule(col.allowed).value;
      const ap = [...p, 'allowed', ...(Array.isArray(col.allowed) ? [] : ['value'])];
      list.forEach((v, i) => {
        if (contractValueKey(v, type) === undefined) out.push({ path: [...ap, i], what: `${formatKeyPath([...p, 'allowed'])}[${i}] ${describeValue(v)} is not ${article(type)} value` });
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

const OPTIONS: YamlSchemaOptions<Contract> = {
  error: (what, options) => new ContractError(what, options),
  empty: { what: 'the contract is empty', hint: 'start with "version: 1" and a columns: mapping (see docs/contract.md)' },
  versionHint: 'add "version: 1" at the top',
  longFormHint: 'the long form is a mapping { value: ..., mostly: 0.99, severity: warn }',
  // `type: datetime` and `type: { value: datetime }` are unknown column types, not just "not allowed".
  enumNoun: (path) => {
    const last = path[path.length - 1];
    return last === 'type' || (last === 'value' && path[path.length - 2] === 'type') ? 'a known column type' : undefined;
  },
  semantic: semanticProblems,
};

/** Parses contract YAML text; `file` is used in messages. Throws ContractError. */
export function parseContract(text: string, file: string): Contract {
  return parseYamlText(text, file, contractSchema, OPTIONS);
}

/** Reads and checks a contract file. Throws ContractError (exit code 2) for anything wrong. */
export async function loadContract(file: string): Promise<Contract> {
  return loadYamlFile(file, contractSchema, {
    ...OPTIONS,
    notFound: 'contract file not found',
    cannotRead: 'cannot read the contract',
    missingHint: 'check the path (relative to the working directory), or run `mlops validate --infer-contract` to write one',
  });
}
