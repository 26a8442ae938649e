/**
 * GitHub's own OpenAPI description (`@octokit/openapi`, api.github.com, OpenAPI 3.0.3) as request
 * and response validators for the simulator.
 *
 * ajv speaks JSON Schema, not OpenAPI 3.0, so the document is converted once on load:
 * - `nullable: true` becomes `type: [T, 'null']` (and `null` joins an `enum`); without a `type`
 *   (a `$ref`/`allOf` marked nullable) the schema becomes `anyOf: [{type: 'null'}, schema]`;
 * - `oneOf` becomes `anyOf`: GitHub's alternatives overlap (a private user is also a public user),
 *   so `oneOf` would reject valid payloads;
 * - `$ref: '#/components/...'` becomes `gh#/components/...`, so an operation's schema can be
 *   compiled on its own against the document registered under the id `gh`.
 * Formats: date-time, date, uri and email are checked; int64 and uri-template are accepted.
 * Compiled validators are cached per process (one ajv, one map), keyed by operation and part.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

export interface Operation {
  method: string;
  /** The path template as in the description, e.g. `/repos/{owner}/{repo}/pulls`. */
  path: string;
  operationId: string;
  spec: Json;
  regex: RegExp;
  paramNames: string[];
  /** Literal characters in the template: the more, the more specific the match. */
  specificity: number;
}

export interface ValidationIssue {
  where: string;
  message: string;
}

const SPEC_ID = 'gh';

function convert(node: Json, isPropertyMap = false): Json {
  if (Array.isArray(node)) return node.map((n) => convert(n));
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  if (isPropertyMap) {
    for (const [k, v] of Object.entries(node)) out[k] = convert(v);
    return out;
  }
  for (const [k, v] of Object.entries(node)) {
    // Examples are data, not schemas: dropped (they are large and never validated).
    if (k === 'example' || k === 'examples') continue;
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) out[k] = SPEC_ID + v;
    else if (k === 'oneOf' && Array.isArray(v)) out.anyOf = convert(v);
    else out[k] = convert(v, k === 'properties' || k === 'patternProperties');
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [{ type: 'null' }, out] };
  }
  if (out.nullable === false) delete out.nullable;
  return out;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

class OpenApi {
  readonly doc: Json;
  readonly operations: Operation[] = [];
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor() {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    this.doc = convert(JSON.parse(readFileSync(file, 'utf8')));
    this.ajv = new Ajv({
      strict: false,
      allErrors: true,
      formats: {
        'date-time': (s: string) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)),
        date: /^\d{4}-\d{2}-\d{2}$/,
        uri: (s: string) => URL.canParse(s),
        email: /^[^\s@]+@[^\s@]+$/,
        int64: true,
        'uri-template': true,
      },
    });
    this.ajv.addSchema({ components: this.doc.components }, SPEC_ID);
    for (const [path, item] of Object.entries<Json>(this.doc.paths)) {
      const paramNames: string[] = [];
      const pattern = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
        paramNames.push(name);
        return '([^/]+)';
      });
      for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
        const op = item[method];
        if (!op) continue;
        this.operations.push({
          method: method.toUpperCase(),
          path,
          operationId: op.operationId,
          spec: op,
          regex: new RegExp(`^${pattern}$`),
          paramNames,
          specificity: path.replace(/\{[^}]+\}/g, '').length,
        });
      }
    }
    this.operations.sort((a, b) => b.specificity - a.specificity);
  }

  /** Resolves a `gh#/...` (or `#/...`) reference to a response or parameter object. */
  deref(node: Json): Json {
    let n = node;
    for (let i = 0; i < 10 && n && typeof n.$ref === 'string'; i++) {
      const pointer = n.$ref.replace(/^gh#\//, '').replace(/^#\//, '');
      n = pointer.split('/').reduce((acc: Json, key: string) => acc?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.doc);
    }
    return n;
  }

  /** The operation for a method and concrete path, with its path parameters. */
  match(method: string, pathname: string): { op: Operation; params: Record<string, string> } | undefined {
    for (const op of this.operations) {
      if (op.method !== method) continue;
      const m = op.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      op.paramNames.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      return { op, params };
    }
    return undefined;
  }

  /** The path exists for some other method (405 territory). */
  pathExists(pathname: string): boolean {
    return this.operations.some((op) => op.regex.test(pathname));
  }

  validator(key: string, schema: Json): ValidateFunction {
    let v = this.cache.get(key);
    if (!v) {
      v = this.ajv.compile(schema);
      this.cache.set(key, v);
    }
    return v;
  }

  parameters(op: Operation): Json[] {
    return (op.spec.parameters ?? []).map((p: Json) => this.deref(p));
  }

  static errors(where: string, errors: ErrorObject[] | null | undefined): ValidationIssue[] {
    return (errors ?? []).map((e) => ({ where: `${where}${e.instancePath}`, message: `${e.message ?? 'invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}` }));
  }
}

let instance: OpenApi | undefined;
/** The converted description and its validators; loaded once per process (≈13 MB of JSON). */
export function githubOpenApi(): OpenApi {
  instance ??= new OpenApi();
  return instance;
}

/** A query or path value (always a string on the wire) as the type its schema asks for. */
function coerce(value: string, schema: Json): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  if (type === 'array') return value.split(',');
  return value;
}

export interface ParsedRequest {
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/** Checks path, query and body against the operation; returns typed values and any issues. */
export function validateRequest(
  op: Operation,
  rawPath: Record<string, string>,
  rawQuery: URLSearchParams,
  body: unknown,
  hasBody: boolean,
): { parsed: ParsedRequest; issues: ValidationIssue[] } {
  const api = githubOpenApi();
  const issues: ValidationIssue[] = [];
  const pathParams: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const declared = api.parameters(op);
  for (const p of declared) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    const raw = p.in === 'path' ? rawPath[p.name] : (rawQuery.get(p.name) ?? undefined);
    if (raw === undefined) {
      if (p.required) issues.push({ where: `${p.in}.${p.name}`, message: 'is required' });
      continue;
    }
    const value = coerce(raw, p.schema);
    const v = api.validator(`${op.operationId}:${p.in}:${p.name}`, p.schema ?? {});
    if (!v(value)) issues.push(...OpenApi.errors(`${p.in}.${p.name}`, v.errors));
    (p.in === 'path' ? pathParams : query)[p.name] = value;
  }
  // GitHub ignores unknown query parameters; for us one is a typo in our own client code.
  const known = new Set(declared.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of rawQuery.keys()) {
    if (!known.has(name)) issues.push({ where: `query.${name}`, message: 'is not a parameter of this operation' });
  }
  const rb = op.spec.requestBody ? api.deref(op.spec.requestBody) : undefined;
  const schema = rb?.content?.['application/json']?.schema;
  if (schema) {
    if (!hasBody) {
      if (rb.required) issues.push({ where: 'body', message: 'is required' });
    } else {
      const v = api.validator(`${op.operationId}:body`, schema);
      if (!v(body)) issues.push(...OpenApi.errors('body', v.errors));
    }
  } else if (hasBody && body !== undefined && op.method === 'GET') {
    issues.push({ where: 'body', message: 'GET takes no body' });
  }
  return { parsed: { pathParams, query, body }, issues };
}

/**
 * Checks a response the simulator is about to send. 2xx/3xx must be declared for the operation;
 * an undeclared 4xx (GitHub's description omits e.g. 404 on PATCH of a comment) must still be a
 * `basic-error`. Returns issues; the caller treats any as a simulator bug.
 */
export function validateResponse(op: Operation, status: number, body: unknown): ValidationIssue[] {
  const api = githubOpenApi();
  const declared = op.spec.responses?.[String(status)] ?? op.spec.responses?.default;
  if (!declared) {
    if (status < 400) return [{ where: `response ${status}`, message: `status ${status} is not declared for ${op.operationId}` }];
    const v = api.validator('basic-error', { $ref: `${SPEC_ID}#/components/schemas/basic-error` });
    return v(body) ? [] : OpenApi.errors(`response ${status}`, v.errors);
  }
  const schema = api.deref(declared)?.content?.['application/json']?.schema;
  if (!schema) return body === undefined ? [] : [{ where: `response ${status}`, message: 'has a body but the description declares none' }];
  const v = api.validator(`${op.operationId}:response:${status}`, schema);
  return v(body) ? [] : OpenApi.errors(`response ${status}`, v.errors);
}
