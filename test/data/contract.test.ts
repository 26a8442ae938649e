import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadContract, parseContract, normalizeRule, closestMatch } from '../../shared/data/contract.js';
import { ContractError } from '../../shared/runtime/errors.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/contracts/${name}`, import.meta.url));

async function loadError(name: string): Promise<ContractError> {
  try {
    await loadContract(fixture(name));
  } catch (e) {
    expect(e).toBeInstanceOf(ContractError);
    return e as ContractError;
  }
  throw new Error(`${name} loaded without error`);
}

function parseError(text: string): ContractError {
  try {
    parseContract(text, 'c.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(ContractError);
    return e as ContractError;
  }
  throw new Error('parsed without error');
}

describe('loadContract', () => {
  it('loads a contract using every key, in short and long rule forms', async () => {
    const c = await loadContract(fixture('full.yaml'));
    expect(c.version).toBe(1);
    expect(c.table?.unique).toHaveLength(2);
    expect(normalizeRule(c.columns!.age.type!)).toEqual({ value: 'integer', mostly: 0.99, severity: 'error' });
    expect(normalizeRule(c.columns!.age.max!)).toEqual({ value: 120, mostly: 0.999, severity: 'warn' });
    expect(normalizeRule(c.columns!.id.min!)).toEqual({ value: 1, mostly: 1, severity: 'error' });
    expect(c.columns!.customer.pattern).toBe('^C\\d{4}$');
  });

  it('reports an unknown key at its line and column with the closest allowed key', async () => {
    const e = await loadError('unknown-key.yaml');
    expect(e.location).toMatchObject({ line: 5, column: 5 });
    expect(e.message).toContain('unknown-key.yaml:5:5: unknown key "nulable" in columns.age');
    expect(e.hint).toMatch(/did you mean "nullable"\?/);
    expect(e.hint).toContain('allowed keys: description, type, format, nullable, min, max');
  });

  it('reports a wrong value type at the value', async () => {
    const e = await loadError('wrong-type.yaml');
    expect(e.location).toMatchObject({ line: 5, column: 10 });
    expect(e.message).toContain('columns.age.min must be');
    expect(e.message).toContain('not a list');
  });

  it('reports a regular expression that does not compile', async () => {
    const e = await loadError('bad-regex.yaml');
    expect(e.location).toMatchObject({ line: 5, column: 14 });
    expect(e.message).toContain('columns.code.pattern is not a valid RE2 regular expression');
  });

  it('rejects a backreference or lookaround (RE2 cannot match them in linear time) at the pattern', () => {
    for (const pattern of ["'(a)\\1'", "'a(?=b)'", "'(?<!a)b'"]) {
      const e = parseError(`version: 1\ncolumns:\n  code:\n    pattern: ${pattern}\n`);
      expect(e.location).toMatchObject({ line: 4, column: 14 });
      expect(e.message).toContain('columns.code.pattern is not a valid RE2 regular expression');
      expect(e.hint).toContain('no backreferences');
    }
    const long = parseError(`version: 1\ncolumns:\n  code:\n    pattern: { value: 'a(?=b)', severity: warn }\n`);
    expect(long.location).toMatchObject({ line: 4, column: 23 });
  });

  it('reports YAML syntax errors at their position', async () => {
    const e = await loadError('yaml-syntax.yaml');
    expect(e.message).toMatch(/^.*yaml-syntax\.yaml:\d+:\d+: invalid YAML: /);
    expect(e.location?.line).toBeGreaterThanOrEqual(5);
  });

  it('reports min greater than max at min', async () => {
    const e = await loadError('min-gt-max.yaml');
    expect(e.location).toMatchObject({ line: 5, column: 10 });
    expect(e.message).toContain('columns.age.min is greater than columns.age.max');
  });

  it('reports an unknown column type with the list of types and a suggestion', async () => {
    const e = await loadError('unknown-type.yaml');
    expect(e.location).toMatchObject({ line: 4, column: 11 });
    expect(e.message).toContain('"datetime" is not a known column type');
    expect(e.hint).toContain('integer, number, string, boolean, category, date, timestamp');
  });

  it('says the file is missing without a stack of fs detail', async () => {
    const e = await loadError('does-not-exist.yaml');
    expect(e.message).toContain('contract file not found');
  });
});

describe('parseContract problems', () => {
  it('points into the long form for a bad mostly', () => {
    const e = parseError('version: 1\ncolumns:\n  age:\n    min: { value: 0, mostly: 1.5 }\n');
    expect(e.location).toMatchObject({ line: 4, column: 30 });
    expect(e.message).toContain('columns.age.min.mostly must be at most 1');
  });

  it('suggests the long-form keys for a typo inside a rule', () => {
    const e = parseError('version: 1\ncolumns:\n  age:\n    min: { value: 0, mostli: 0.5 }\n');
    expect(e.location).toMatchObject({ line: 4, column: 22 });
    expect(e.hint).toContain('did you mean "mostly"');
  });

  it('requires version and says how to add it', () => {
    const e = parseError('columns: {}\n');
    expect(e.message).toContain('version is missing');
    expect(e.hint).toContain('version: 1');
  });

  it('rejects an empty contract', () => {
    expect(parseError('# nothing\n').message).toContain('the contract is empty');
  });

  it('rejects a top-level typo with did-you-mean', () => {
    const e = parseError('version: 1\ntabel: {}\n');
    expect(e.location).toMatchObject({ line: 2, column: 1 });
    expect(e.hint).toContain('did you mean "table"');
  });

  it('rejects min on a string column and points at length rules', () => {
    const e = parseError('version: 1\ncolumns:\n  s: { type: string, min: 3 }\n');
    expect(e.message).toContain('columns.s.min applies to integer, number, date and timestamp');
    expect(e.hint).toContain('min_length');
  });

  it('rejects a format on a non-date column and an unsupported directive', () => {
    expect(parseError('version: 1\ncolumns:\n  a: { type: integer, format: "%Y" }\n').message).toContain('applies only to date and timestamp');
    expect(parseError('version: 1\ncolumns:\n  d: { type: date, format: "%d/%q/%Y" }\n').message).toContain('unsupported directive %q');
  });

  it('requires ISO text bounds on date columns', () => {
    const e = parseError('version: 1\ncolumns:\n  d: { type: date, min: 2020 }\n');
    expect(e.message).toContain('must be ISO 8601 text for a date column');
  });

  it('rejects allowed values that are not of the column type', () => {
    const e = parseError('version: 1\ncolumns:\n  n:\n    type: integer\n    allowed: [1, two]\n');
    expect(e.location).toMatchObject({ line: 5, column: 18 });
    expect(e.message).toContain('columns.n.allowed[1] text "two" is not an integer value');
  });

  it('explains that yes is text in YAML 1.2', () => {
    expect(parseError('version: 1\ncolumns:\n  a: { nullable: yes }\n').hint).toContain('YAML 1.2');
  });

  it('rejects compound unique on an unlisted column with a suggestion', () => {
    const e = parseError('version: 1\ntable:\n  unique: [[cust, day]]\ncolumns:\n  customer: {}\n  day: {}\n');
    expect(e.location).toMatchObject({ line: 3, column: 13 });
    expect(e.hint).toContain('did you mean "customer"');
  });

  it('rejects duplicate keys', () => {
    expect(parseError('version: 1\ncolumns:\n  a: {}\n  a: {}\n').message).toContain('invalid YAML');
  });

  it('reports the earliest problem first and counts the others', () => {
    const e = parseError('version: 1\ncolumns:\n  a: { tpye: integer }\n  b: { nulable: true }\n');
    expect(e.location).toMatchObject({ line: 3, column: 8 });
    expect(e.message).toContain('(and 1 more problem)');
  });

  it('finds close matches only for plausible typos', () => {
    expect(closestMatch('nulable', ['nullable', 'min'])).toBe('nullable');
    expect(closestMatch('colour', ['nullable', 'min'])).toBeUndefined();
  });
});
