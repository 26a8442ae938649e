/**
 * Values from the command line (and column names from the user's data), written into YAML files as
 * data. Every value goes through the `yaml` package's stringify, never in raw, and each rendering
 * is read back (as YAML 1.2, and as YAML 1.1, which PyYAML and older tools speak: `on`, `yes` and
 * `y` are booleans there) before it is used, so a value that would be read as anything but itself
 * is a bug caught here, not a workflow that does something else.
 *
 * Two renderings:
 * - `inlineScalar`: one line, valid as a mapping value, a flow-sequence item or a mapping key. Plain
 *   when that reads back as the same string, else quoted; line breaks are escaped ("a\nb").
 * - `blockValue`: a multi-line text (a literal block, `|`), a list or a mapping, indented to sit
 *   after a `key:` at a given column.
 *
 * `${{` is refused in every value: GitHub evaluates expressions inside any string of a workflow,
 * quoted or not, so quoting cannot make it data there.
 */
import { isDeepStrictEqual } from 'node:util';
import { Document, parse, Scalar, stringify, visit, type ToStringOptions } from 'yaml';

/** Lines of text, written as a literal block (one line: as that line). */
export class TextLines {
  constructor(readonly lines: readonly string[]) {}
}

/** A value a placeholder stands for. */
export type TemplateValue = string | readonly string[] | TextLines | { readonly [key: string]: unknown };

export const MAX_VALUE_LENGTH = 1000;

/** Why `value` cannot be written into a starter file, or undefined when it can. */
export function unsafeValueReason(value: string): string | undefined {
  if (value.includes('${{')) return 'contains "${{", which GitHub would evaluate as an expression';
  // Tabs and newlines are escaped by the quoting; other control characters and the Unicode line
  // separators are line breaks to some YAML readers and invisible to a reviewer.
  if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(value)) return 'contains a control character or a Unicode line separator';
  if (value.length > MAX_VALUE_LENGTH) return `is ${value.length} characters long (at most ${MAX_VALUE_LENGTH})`;
  return undefined;
}

const VERSIONS = ['1.1', '1.2'] as const;

function readsBack(text: string, expected: unknown): boolean {
  return VERSIONS.every((version) => {
    try {
      return isDeepStrictEqual(parse(text, { version, uniqueKeys: true, strict: true }), expected);
    } catch {
      return false;
    }
  });
}

const FLOW: ToStringOptions = { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 };
const FLOW_QUOTED: ToStringOptions = { ...FLOW, defaultStringType: 'QUOTE_DOUBLE', doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY };

/** `value` as a one-line YAML scalar that reads back as `value` as a value, a flow item and a key. */
export function inlineScalar(value: string): string {
  // Rendered as the item of a flow sequence, so it is safe inside `[...]` too (no bare `,` or `]`).
  for (const options of [FLOW, FLOW_QUOTED]) {
    const m = /^\[(.*)\]\n$/.exec(stringify([value], options));
    const s = m?.[1];
    if (s !== undefined && readsBack(`[${s}]`, [value]) && readsBack(`k: ${s}`, { k: value }) && readsBack(`${s}: k`, { [value]: 'k' })) return s;
  }
  throw new Error(`internal: cannot write ${JSON.stringify(value)} as a one-line YAML scalar`);
}

/**
 * What replaces ` {{name}}` (with its leading space) after a `key:` whose key starts at `column`:
 * ` |` and the lines of a literal block, or a newline and a block list or mapping, indented under
 * the key. A single line of TextLines, and empty collections, stay on the key's line.
 */
export function blockValue(value: TextLines | readonly string[] | { readonly [key: string]: unknown }, column: number): string {
  let data: unknown = value;
  if (value instanceof TextLines) {
    if (value.lines.length === 1) return ` ${inlineScalar(value.lines[0]!)}`;
    data = `${value.lines.join('\n')}\n`;
  }
  const doc = new Document({ k: data });
  if (typeof data !== 'string') {
    // In a list or mapping, every string (keys too) is quoted exactly when its one-line form is.
    visit(doc, {
      Scalar(_key, node) {
        if (typeof node.value === 'string' && inlineScalar(node.value) !== node.value) node.type = Scalar.QUOTE_DOUBLE;
      },
    });
  }
  const text = doc.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY });
  if (!text.startsWith('k:')) throw new Error('internal: unexpected YAML rendering');
  const pad = ' '.repeat(column);
  const lines = text.slice(2).replace(/\n$/, '').split('\n');
  const rest = lines.map((l, i) => (i === 0 || l === '' ? l : pad + l)).join('\n');
  // Read back where it will stand: under a parent key when the key is indented.
  const check = column === 0 ? `k:${rest}` : `p:\n${pad}k:${rest}`;
  const expected = column === 0 ? { k: data } : { p: { k: data } };
  if (!readsBack(check, expected)) throw new Error(`internal: cannot write ${JSON.stringify(data)} as a YAML block`);
  return rest;
}
