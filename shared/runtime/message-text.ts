/**
 * Text from the user's files inside our messages. A name is echoed so the user can find it, but a
 * message is one line a person reads: a 3,000-character key (a fuzzer's, or a mangled file's) is
 * cut, keeping its start, and a list keeps its first few entries.
 */

/** `text` cut to `max` characters (by code point) with an ellipsis. */
export function shortened(text: string, max = 80): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

/** Up to `count` items, each shortened, joined with `separator`; "and N more" past that. */
export function shortList(items: readonly string[], count = 5, separator = ', '): string {
  const shown = items.slice(0, count).map((s) => shortened(s));
  return items.length > count ? `${shown.join(separator)}${separator}and ${items.length - count} more` : shown.join(separator);
}
