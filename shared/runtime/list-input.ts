/** A comma- or newline-separated list (action inputs), trimmed, empty items dropped. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
