/**
 * `${{ }}` expressions, the part of GitHub's expression language our workflow files use:
 * literals (strings in single quotes with '' for a quote, numbers, true, false, null), context
 * properties (`inputs.model`, `steps.app-token.outputs.token`; names are case-insensitive, a missing
 * property is null), index syntax (`matrix.candidate['params-file']`, `fromJSON(x)[0]`: a string
 * key is a property, a number an array index, anything missing is null), `!`, `==`, `!=`, `&&`,
 * `||`, parentheses, and the functions fromJSON, toJSON, format, startsWith, always, success,
 * failure and cancelled. Semantics follow GitHub's documentation ("Expressions"): `==` is loose
 * (different types compare as numbers; strings case-insensitively), `&&`/`||` return an operand,
 * falsy is false, 0, -0, NaN, '' and null, and toJSON pretty-prints (two-space indent).
 *
 * Anything else (another function, `<`, `*` filters, a context not available where the expression
 * stands) throws UnsupportedExpression, so a workflow that starts using more of the language fails
 * here loudly instead of being evaluated wrongly.
 */

export class UnsupportedExpression extends Error {
  override name = 'UnsupportedExpression';
}

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

export interface JobStatus {
  /** A step (or needed job) before this one failed. */
  failed: boolean;
}

export interface ExpressionScope {
  /** The contexts available where the expression stands (GitHub's "context availability" table). */
  contexts: Record<string, Value>;
  /** For the status functions in `if:`; without it they are unsupported here. */
  status?: JobStatus;
  /** Where the expression is, for messages: `workflows/x.yml jobs.a.steps[2].with.model`. */
  where: string;
}

type Token = { kind: 'str' | 'num' | 'ident' | 'op'; text: string; value?: string | number };

const OPERATORS = ['==', '!=', '&&', '||', '!', '(', ')', '[', ']', ',', '.'];

function tokenize(src: string, where: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const unsupported = (what: string) => new UnsupportedExpression(`${where}: unsupported expression \${{ ${src.trim()} }}: ${what} (test/support/workflow-runner supports literals, contexts, [ ] indexing, !, ==, !=, &&, ||, ( ), fromJSON, toJSON, format, startsWith and the status functions)`);
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw unsupported('an unterminated string');
        if (src[i] === "'") {
          if (src[i + 1] === "'") { s += "'"; i += 2; continue; }
          i++;
          break;
        }
        s += src[i++];
      }
      tokens.push({ kind: 'str', text: s, value: s });
      continue;
    }
    const num = /^(?:0x[0-9a-fA-F]+|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(src.slice(i));
    if (num && (c !== '-' || tokens.length === 0 || tokens[tokens.length - 1]!.kind === 'op')) {
      tokens.push({ kind: 'num', text: num[0], value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
    if (ident) {
      tokens.push({ kind: 'ident', text: ident[0] });
      i += ident[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) throw unsupported(`the character ${JSON.stringify(c)}`);
    // `!` must not swallow `!=`; the list has `!=` first.
    tokens.push({ kind: 'op', text: op });
    i += op.length;
  }
  return tokens;
}

type Node =
  | { type: 'literal'; value: Value }
  | { type: 'context'; name: string }
  | { type: 'member'; object: Node; key: Node }
  | { type: 'not'; arg: Node }
  | { type: 'binary'; op: '==' | '!=' | '&&' | '||'; left: Node; right: Node }
  | { type: 'call'; name: string; args: Node[] };

const FUNCTIONS = new Set(['fromjson', 'tojson', 'format', 'startswith', 'always', 'success', 'failure', 'cancelled']);

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[], private readonly fail: (what: string) => UnsupportedExpression) {}

  parse(): Node {
    const node = this.or();
    if (this.pos < this.tokens.length) throw this.fail(`unexpected ${JSON.stringify(this.tokens[this.pos]!.text)}`);
    return node;
  }

  private peek(text: string): boolean {
    const t = this.tokens[this.pos];
    return !!t && t.kind === 'op' && t.text === text;
  }

  private expect(text: string): void {
    if (!this.peek(text)) throw this.fail(`expected ${JSON.stringify(text)}`);
    this.pos++;
  }

  private or(): Node {
    let left = this.and();
    while (this.peek('||')) { this.pos++; left = { type: 'binary', op: '||', left, right: this.and() }; }
    return left;
  }

  private and(): Node {
    let left = this.equality();
    while (this.peek('&&')) { this.pos++; left = { type: 'binary', op: '&&', left, right: this.equality() }; }
    return left;
  }

  private equality(): Node {
    let left = this.unary();
    while (this.peek('==') || this.peek('!=')) {
      const op = this.tokens[this.pos++]!.text as '==' | '!=';
      left = { type: 'binary', op, left, right: this.unary() };
    }
    return left;
  }

  private unary(): Node {
    if (this.peek('!')) { this.pos++; return { type: 'not', arg: this.unary() }; }
    return this.postfix(this.primary());
  }

  /** `.name` and `[expr]` after a context, a call or a parenthesis: `fromJSON(x)[0].name`. */
  private postfix(node: Node): Node {
    for (;;) {
      if (this.peek('.')) {
        this.pos++;
        const p = this.tokens[this.pos++];
        // `*` object filters are not supported; the tokenizer already refuses them.
        if (!p || p.kind !== 'ident') throw this.fail('a property name after "."');
        node = { type: 'member', object: node, key: { type: 'literal', value: p.text } };
      } else if (this.peek('[')) {
        this.pos++;
        const key = this.or();
        this.expect(']');
        node = { type: 'member', object: node, key };
      } else return node;
    }
  }

  private primary(): Node {
    const t = this.tokens[this.pos++];
    if (!t) throw this.fail('it ends too early');
    if (t.kind === 'str' || t.kind === 'num') return { type: 'literal', value: t.value as Value };
    if (t.kind === 'op' && t.text === '(') {
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    if (t.kind !== 'ident') throw this.fail(`unexpected ${JSON.stringify(t.text)}`);
    const word = t.text.toLowerCase();
    if (word === 'true' || word === 'false') return { type: 'literal', value: word === 'true' };
    if (word === 'null') return { type: 'literal', value: null };
    if (this.peek('(')) {
      if (!FUNCTIONS.has(word)) throw this.fail(`the function ${t.text}()`);
      this.pos++;
      const args: Node[] = [];
      while (!this.peek(')')) {
        args.push(this.or());
        if (!this.peek(')')) this.expect(',');
      }
      this.pos++;
      return { type: 'call', name: word, args };
    }
    return { type: 'context', name: t.text };
  }
}

const isObject = (v: Value): v is { [key: string]: Value } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A property, case-insensitively as GitHub does; null when missing. */
function property(v: Value, name: string): Value {
  if (!isObject(v)) return null;
  if (Object.hasOwn(v, name)) return v[name]!;
  const key = Object.keys(v).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : v[key]!;
}

export function truthy(v: Value): boolean {
  return !(v === false || v === null || v === '' || (typeof v === 'number' && (v === 0 || Number.isNaN(v))));
}

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return Number.NaN;
}

function looseEquals(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && (a === null || typeof a !== 'object')) return a === b;
  if ((a !== null && typeof a === 'object') || (b !== null && typeof b === 'object')) return a === b;
  return toNumber(a) === toNumber(b);
}

/** How a value reads inside a string: null as '', objects as JSON. */
export function valueToString(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  return JSON.stringify(v, null, 2);
}

function format(template: string, args: Value[], fail: (m: string) => UnsupportedExpression): string {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (m, index: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    const i = Number(index);
    if (i >= args.length) throw fail(`format() has no argument {${i}}`);
    return valueToString(args[i]!);
  });
}

function evaluateNode(node: Node, scope: ExpressionScope, fail: (m: string) => UnsupportedExpression): Value {
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'context': {
      const key = Object.keys(scope.contexts).find((k) => k.toLowerCase() === node.name.toLowerCase());
      if (key === undefined) throw fail(`the context "${node.name}" (available here: ${Object.keys(scope.contexts).join(', ') || 'none'})`);
      return scope.contexts[key]!;
    }
    case 'member': {
      const object = evaluateNode(node.object, scope, fail);
      const key = evaluateNode(node.key, scope, fail);
      // An array takes a whole-number index; an object a property name (numbers read as text).
      if (Array.isArray(object)) return typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < object.length ? object[key]! : null;
      return key === null || typeof key === 'object' ? null : property(object, String(key));
    }
    case 'not':
      return !truthy(evaluateNode(node.arg, scope, fail));
    case 'binary': {
      const left = evaluateNode(node.left, scope, fail);
      if (node.op === '&&') return truthy(left) ? evaluateNode(node.right, scope, fail) : left;
      if (node.op === '||') return truthy(left) ? left : evaluateNode(node.right, scope, fail);
      const equal = looseEquals(left, evaluateNode(node.right, scope, fail));
      return node.op === '==' ? equal : !equal;
    }
    case 'call': {
      const args = node.args.map((a) => evaluateNode(a, scope, fail));
      if (node.name === 'fromjson') {
        if (args.length !== 1) throw fail('fromJSON() takes one argument');
        try {
          return JSON.parse(valueToString(args[0]!)) as Value;
        } catch (e) {
          throw new Error(`${scope.where}: fromJSON(${JSON.stringify(args[0])}): ${(e as Error).message}`);
        }
      }
      if (node.name === 'tojson') {
        if (args.length !== 1) throw fail('toJSON() takes one argument');
        return JSON.stringify(args[0], null, 2);
      }
      if (node.name === 'startswith') {
        // "Not case sensitive. Casts values to a string."
        if (args.length !== 2) throw fail('startsWith() takes two arguments');
        return valueToString(args[0]!).toLowerCase().startsWith(valueToString(args[1]!).toLowerCase());
      }
      if (node.name === 'format') {
        if (args.length < 1) throw fail('format() needs a template');
        return format(valueToString(args[0]!), args.slice(1), fail);
      }
      if (!scope.status) throw fail(`${node.name}() outside an if:`);
      if (args.length > 0) throw fail(`${node.name}() takes no arguments`);
      // Runs are never cancelled here.
      if (node.name === 'always') return true;
      if (node.name === 'cancelled') return false;
      return node.name === 'failure' ? scope.status.failed : !scope.status.failed;
    }
  }
}

/** Evaluates one expression (the text between `${{` and `}}`, or a bare `if:` condition). */
export function evaluateExpression(src: string, scope: ExpressionScope): Value {
  const fail = (what: string) => new UnsupportedExpression(`${scope.where}: unsupported expression \${{ ${src.trim()} }}: ${what}`);
  return evaluateNode(new Parser(tokenize(src, scope.where), fail).parse(), scope, fail);
}

/** The `${{ … }}` parts of a string, with string literals (which may hold `}}`) skipped over. */
function splitTemplate(text: string, where: string): Array<{ text: string } | { expr: string }> {
  const parts: Array<{ text: string } | { expr: string }> = [];
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('${{', i);
    if (start < 0) { parts.push({ text: text.slice(i) }); break; }
    if (start > i) parts.push({ text: text.slice(i, start) });
    let j = start + 3;
    let inString = false;
    for (; j < text.length; j++) {
      if (text[j] === "'") inString = !inString;
      else if (!inString && text.startsWith('}}', j)) break;
    }
    if (j >= text.length) throw new UnsupportedExpression(`${where}: unterminated \${{ in ${JSON.stringify(text)}`);
    parts.push({ expr: text.slice(start + 3, j) });
    i = j + 2;
  }
  return parts;
}

/**
 * A workflow value: a value that is exactly one `${{ }}` keeps the expression's type (a boolean
 * input gets a boolean); any other string has its expressions interpolated as text.
 */
export function evaluateTemplate(value: unknown, scope: ExpressionScope): Value {
  if (typeof value !== 'string') return (value ?? null) as Value;
  const parts = splitTemplate(value, scope.where);
  if (parts.length === 1 && 'expr' in parts[0]!) return evaluateExpression(parts[0].expr, scope);
  return parts.map((p) => ('expr' in p ? valueToString(evaluateExpression(p.expr, scope)) : p.text)).join('');
}

/**
 * An `if:` condition, bare or wrapped in `${{ }}`, for its truthiness. Without a status function
 * in it, GitHub applies `success() && (…)`: nothing runs after a failure unless it asks to.
 */
export function evaluateCondition(condition: unknown, scope: ExpressionScope & { status: JobStatus }): boolean {
  if (typeof condition === 'boolean') return condition && !scope.status.failed;
  const text = String(condition).trim();
  const parts = splitTemplate(text, scope.where);
  if (parts.length > 1 || (parts.length === 1 && 'expr' in parts[0]! && parts[0].expr.trim() === '')) {
    throw new UnsupportedExpression(`${scope.where}: an if: that mixes text and \${{ }} (${text})`);
  }
  const src = parts.length === 1 && 'expr' in parts[0]! ? parts[0].expr : text;
  const value = truthy(evaluateExpression(src, scope));
  return /\b(always|success|failure|cancelled)\s*\(/i.test(src) ? value : value && !scope.status.failed;
}
