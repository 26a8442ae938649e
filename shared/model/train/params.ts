/**
 * Training parameters: a params file (YAML or JSON), then the `params` input (YAML/JSON text), then
 * `--set key.path=value` on the command line, each merged over the one before. Mappings merge key
 * by key at every depth; any other value (a list, a number) replaces what was there, as in Hydra
 * and DVC's `params.yaml` overrides.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { RESERVED_KEY } from '../../runtime/yaml-source.js';
import { InputError, UsageError, type SourceLocation } from '../../runtime/errors.js';

export type Params = Record<string, unknown>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses YAML or JSON text (JSON is YAML 1.2) into a mapping. `source` names the file or input in
 * messages; a syntax error or a non-mapping top level is an InputError at its line and column.
 */
export function parseParamsText(text: string, source: string): Params {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: source, line, column: col };
  };
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const first = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(`invalid params (YAML/JSON): ${first}`, { location: where(err.pos[0]), hint: 'check indentation, quoting and brackets near this position' });
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // The yaml library's guard against alias bombs (a billion laughs): bad input, not our bug.
    throw new InputError(`invalid params (YAML): ${(e as Error).message}`, { location: { file: source }, hint: 'expand the aliases (*name) by hand: at most 100 are followed' });
  }
  if (value === null || value === undefined) return {};
  refuseReservedKey(value, source);
  if (!isPlainObject(value)) {
    throw new InputError(`params must be a mapping of names to values, got ${Array.isArray(value) ? 'a list' : typeof value}`, {
      location: where(doc.contents?.range?.[0] ?? 0),
      hint: 'write e.g. "lr: 0.01" or {"lr": 0.01}',
    });
  }
  return value;
}

export async function loadParamsFile(path: string): Promise<Params> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read params file: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`, {
      location: { file: path },
      hint: 'check the path (relative to the working directory)',
    });
  }
  return /\.json$/i.test(path) ? parseParamsJson(text, path) : parseParamsText(text, path);
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * A .json params file is read as JSON, not YAML: JSON.parse points at the token that is wrong
 * (where a comma is missing), where a YAML reader would point at the line before.
 */
export function parseParamsJson(text: string, source: string): Params {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /at position (\d+)/.exec(msg);
    const where = pos ? lineColumn(text, Number(pos[1])) : undefined;
    throw new InputError(`invalid params (JSON): ${msg.replace(/ in JSON at position \d+.*$/, '')}`, {
      location: { file: source, ...where },
      hint: 'check commas, quotes and brackets near this position',
    });
  }
  if (value === null) return {};
  refuseReservedKey(value, source);
  if (!isPlainObject(value)) {
    throw new InputError(`params must be a JSON object of names to values, got ${Array.isArray(value) ? 'an array' : typeof value}`, {
      location: { file: source, line: 1, column: 1 },
      hint: 'write e.g. {"lr": 0.01}',
    });
  }
  return value;
}

/** `over` merged into `base`: mappings key by key at every depth, anything else replaced. */
export function mergeParams(base: Params, over: Params): Params {
  const out: Params = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const prev = out[k];
    out[k] = isPlainObject(prev) && isPlainObject(v) ? mergeParams(prev, v) : v;
  }
  return out;
}

/**
 * `key.path=value` assignments (the CLI's `--set`) as a params mapping. The value is read as a YAML
 * flow value, so `lr=0.01` is a number, `layers=[64,32]` a list and `name=resnet` a string; quote
 * to force a string (`tag='0.10'`).
 */
export function paramsFromAssignments(assignments: readonly string[]): Params {
  let out: Params = {};
  for (const a of assignments) {
    const eq = a.indexOf('=');
    const key = eq > 0 ? a.slice(0, eq) : '';
    const path = key.split('.');
    if (eq <= 0 || path.some((p) => p === '')) {
      throw new UsageError(`--set expects key=value with a dotted key (got ${JSON.stringify(a)})`, { hint: 'e.g. --set optimizer.lr=0.01' });
    }
    if (path.includes(RESERVED_KEY)) throw new UsageError(`--set ${key}: "${RESERVED_KEY}" cannot be a params name (JavaScript reserves it for an object's prototype)`, { hint: 'rename the parameter' });
    const raw = a.slice(eq + 1);
    let value: unknown;
    try {
      value = raw === '' ? '' : parseParamsValue(raw);
    } catch (e) {
      throw new UsageError(`--set ${key}: ${(e as Error).message}`, { hint: "quote the value to pass it as a string: --set key='...'" });
    }
    let nested: unknown = value;
    for (const p of [...path].reverse()) nested = { [p]: nested };
    out = mergeParams(out, nested as Params);
  }
  return out;
}

function parseParamsValue(raw: string): unknown {
  const doc = parseDocument(raw, { prettyErrors: false });
  if (doc.errors.length > 0) throw new Error(`invalid value ${JSON.stringify(raw)}: ${doc.errors[0]!.message.split('\n')[0]}`);
  return doc.toJS({ maxAliasCount: 0 });
}

/**
 * Params travel as plain objects (merged, hashed into the run cache key, written as JSON for the
 * training command), where an assignment to `__proto__` would silently drop the key: refuse it.
 */
function refuseReservedKey(value: unknown, source: string, path: string[] = []): void {
  if (value === null || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    if (k === RESERVED_KEY) {
      throw new InputError(`"${RESERVED_KEY}" cannot be a params name (JavaScript reserves it for an object's prototype)`, { location: { file: source }, hint: `rename ${[...path, k].join('.')}` });
    }
    refuseReservedKey(v, source, [...path, k]);
  }
}
