/**
 * The part of GitHub's expression language that `mlops doctor --run` needs to play a workflow's
 * `with:` values locally: context paths (`inputs.data`, `steps.train.outputs.run-path`,
 * `github.workspace`, `runner.temp`, `matrix.model`), string literals, and `a || b` (the first
 * operand that is not empty), which covers what our reusable workflows and init's starter workflows
 * pass. Anything else (functions, comparisons, `secrets.*` other than the token) is reported as
 * unresolved rather than guessed: doctor then says it cannot play that step, and why.
 *
 * Semantics from GitHub's "Evaluate expressions in workflows and actions": a missing property is
 * null, `||` returns the first truthy operand (an empty string is falsy), and the result is
 * interpolated as a string.
 */

/** Where a path's first segment is looked up. Missing keys are null, as on GitHub. */
export interface ExpressionContext {
  inputs: ReadonlyMap<string, string>;
  /** steps.<id>.outputs.<name> of the steps played so far in this job. */
  steps: ReadonlyMap<string, ReadonlyMap<string, string>>;
  matrix: ReadonlyMap<string, string>;
  github: ReadonlyMap<string, string>;
  runner: ReadonlyMap<string, string>;
}

export type Resolved = { value: string } | { unresolved: string };

const PATH = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/;
const LITERAL = /^'((?:[^']|'')*)'$/;

function operand(text: string, ctx: ExpressionContext): string | null | undefined {
  const t = text.trim();
  const lit = LITERAL.exec(t);
  if (lit) return lit[1]!.replace(/''/g, "'");
  if (!PATH.test(t)) return undefined;
  const [head, ...rest] = t.split('.');
  switch (head) {
    case 'inputs':
      return rest.length === 1 ? (ctx.inputs.get(rest[0]!) ?? null) : undefined;
    case 'matrix':
      return rest.length === 1 ? (ctx.matrix.get(rest[0]!) ?? null) : undefined;
    case 'github':
      if (rest.length === 3 && rest[0] === 'event' && rest[1] === 'inputs') return ctx.inputs.get(rest[2]!) ?? null;
      return rest.length === 1 ? (ctx.github.get(rest[0]!) ?? null) : undefined;
    case 'runner':
      return rest.length === 1 ? (ctx.runner.get(rest[0]!) ?? null) : undefined;
    case 'steps':
      if (rest.length === 3 && rest[1] === 'outputs') return ctx.steps.get(rest[0]!)?.get(rest[2]!) ?? null;
      return undefined;
    case 'secrets':
      // The job token is what the runner hands every step; a local play has none, so nothing is posted.
      return rest.length === 1 && rest[0] === 'GITHUB_TOKEN' ? '' : undefined;
    default:
      return undefined;
  }
}

/** One `${{ ... }}` body: `a || b || 'c'`. Splitting on `||` is safe: operands are paths or quoted literals without `|`. */
function evaluate(body: string, ctx: ExpressionContext): string | undefined {
  const parts = body.includes("'") && /'[^']*\|\|[^']*'/.test(body) ? undefined : body.split('||');
  if (!parts) return undefined;
  let last: string | null = null;
  for (const part of parts) {
    const v = operand(part, ctx);
    if (v === undefined) return undefined;
    if (v !== null && v !== '') return v;
    last = v;
  }
  return last ?? '';
}

/** `text` with every `${{ ... }}` replaced by its value, or the first expression it cannot resolve. */
export function resolveExpressions(text: string, ctx: ExpressionContext): Resolved {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const value = evaluate(m[1]!, ctx);
    if (value === undefined) return { unresolved: m[0] };
    out += text.slice(at, m.index) + value;
    at = m.index! + m[0].length;
  }
  return { value: out + text.slice(at) };
}
