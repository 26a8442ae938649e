/**
 * Untrusted text (column names, cell values, file names from a PR) stays data when it reaches
 * Markdown: it cannot break a table, inject HTML, open a code span, format itself, or notify
 * people with an @mention. GitHub's renderer decodes entities, so escaped text reads as typed.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '`': '&#96;', '|': '&#124;' };

/**
 * Escapes text for a Markdown table cell or running text: HTML and `|` as entities, Markdown
 * punctuation with backslashes, newlines as spaces, and a zero-width joiner after every `@` that
 * starts a name so `@org/team` renders but does not ping anyone.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    // Backslashes before entities: the entities' own `#` must not be escaped (`&\#124;` shows as text).
    .replace(/[\\*_[\]~#!]/g, (c) => `\\${c}`)
    .replace(/[&<>`|]/g, (c) => ENTITIES[c]!)
    .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200D');
}

/** Escapes and shortens to `max` characters (with an ellipsis), for cells that could be huge. */
export function escapeMarkdownCell(text: string, max = 200): string {
  const chars = [...text];
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
  return escapeMarkdown(cut);
}
