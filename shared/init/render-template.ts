/**
 * The placeholder syntax of action-templates/ (documented in action-templates/README.md):
 *
 *   {{name}}    one whole YAML node: a mapping value (`model: {{model}}`), a flow-sequence item
 *               (`[{{model}}]`) or a mapping key (`{{model}}:`). A string renders as one YAML
 *               scalar (yaml-value.ts); a list, a mapping or TextLines as a block after `key:`.
 *   {{name?}}   the same, as the whole value of a `key:` line, and the line is left out when the
 *               value is empty: optional inputs keep their default.
 *
 * `${{ ... }}` is GitHub's expression syntax and passes through untouched. Anything else that looks
 * like a placeholder (`{{ model }}`, `{{Model}}`, text around it, one in a comment, a name with no
 * value) is an error in the template: a bug, caught by the tests that render every template.
 */
import { parseDocument } from 'yaml';
import { UsageError } from '../runtime/errors.js';
import { blockValue, inlineScalar, TextLines, unsafeValueReason, type TemplateValue } from './yaml-value.js';

export type TemplateValues = Readonly<Record<string, TemplateValue>>;

const PLACEHOLDER = /(?<!\$)\{\{([a-z][a-z0-9_]*)(\?)?\}\}/g;
const OPENING = /(?<!\$)\{\{/g;

/** The placeholder names a template uses, in order of first use. */
export function templatePlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

function isEmpty(v: TemplateValue): boolean {
  if (typeof v === 'string') return v === '';
  if (v instanceof TextLines) return v.lines.length === 0;
  if (Array.isArray(v)) return v.length === 0;
  return Object.keys(v).length === 0;
}

/** Every string in a value (list items, lines, mapping keys and string leaves), for the safety check. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (v instanceof TextLines) return [...v.lines];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => [k, ...strings(x)]);
  return [];
}

function checkValue(name: string, v: TemplateValue): void {
  for (const s of strings(v)) {
    const why = unsafeValueReason(s);
    if (why) throw new UsageError(`the value of ${name} ${JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s)} ${why}`);
  }
  if (v instanceof TextLines) {
    for (const line of v.lines) if (line.trim() === '' || /[\n\r]/.test(line)) throw new UsageError(`the value of ${name} has an empty line or a line break inside a line`);
  }
}

/** Renders `text` (the template file `file`) with `values`. Throws UsageError for an unsafe value. */
export function renderTemplate(text: string, values: TemplateValues, file: string): string {
  const openings = [...text.matchAll(OPENING)].length;
  const placeholders = [...text.matchAll(PLACEHOLDER)].length;
  if (openings !== placeholders) throw new Error(`${file}: "{{" that is not a placeholder {{name}} or {{name?}} (a bug in the template)`);
  for (const name of templatePlaceholders(text)) {
    if (!(name in values)) throw new Error(`${file}: no value for {{${name}}} (a bug in the template or the values)`);
    checkValue(name, values[name]!);
  }
  const out: string[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    const at = `${file}:${i + 1}`;
    const matches = [...line.matchAll(PLACEHOLDER)];
    if (matches.length === 0) {
      out.push(line);
      continue;
    }
    if (line.trimStart().startsWith('#')) throw new Error(`${at}: a placeholder in a comment`);
    // A whole `key: {{name}}` line: where block values and {{name?}} may stand.
    const whole = /^(\s*)((?:- )*)[^\s#][^#]*: \{\{[a-z0-9_]+\??\}\}$/.exec(line);
    let dropLine = false;
    let rendered = line;
    for (const m of matches.reverse()) {
      const [token, name, optional] = m as unknown as [string, string, string | undefined];
      const value = values[name]!;
      const start = m.index!;
      const before = line.slice(0, start);
      const after = line.slice(start + token.length);
      if (optional && (!whole || after !== '')) throw new Error(`${at}: {{${name}?}} must be the whole value of a key: line`);
      if (optional && isEmpty(value)) {
        dropLine = true;
        break;
      }
      if (typeof value !== 'string') {
        if (!whole || after !== '') throw new Error(`${at}: {{${name}}} holds a list, a mapping or lines: it must be the whole value of a key: line`);
        const column = whole[1]!.length + whole[2]!.length;
        // Placeholders are replaced right to left, so the text before this one is still the template's.
        rendered = `${rendered.slice(0, start - 1)}${blockValue(value, column)}`;
        continue;
      }
      const asValue = /(?::|^\s*(?:- )*-) $/.test(before) && (after === '' || /^\s+#/.test(after));
      const asItem = /[[{,] ?$/.test(before) && /^ ?[\]},]/.test(after);
      const asKey = /^\s*(?:- )*$/.test(before) && after.startsWith(':');
      if (!asValue && !asItem && !asKey) throw new Error(`${at}: {{${name}}} must be a whole YAML node (a value, a flow item or a key), not part of a text`);
      rendered = `${rendered.slice(0, start)}${inlineScalar(value)}${rendered.slice(start + token.length)}`;
    }
    if (!dropLine) out.push(rendered);
  }
  const result = out.join('\n');
  const problem = parseDocument(result).errors[0];
  if (problem) throw new Error(`internal: ${file} rendered to invalid YAML: ${problem.message.split('\n')[0]}`);
  return result;
}
