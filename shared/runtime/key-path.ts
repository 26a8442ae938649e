/**
 * How a message names a place in a YAML or JSON document: `columns.age.min`, `table.unique[0]`,
 * `models["my model"].slices`.
 *
 * A module of its own, not part of yaml-source.ts, because the validate-data shard worker names
 * contract keys in its findings and must not load the yaml package (or zod) with yaml-source: the
 * worker gets the contract already parsed (issue 18).
 */
import { shortened } from './message-text.js';

/** `columns.age.min`, `table.unique[0]`, `models["my model"].slices`. */
export function formatKeyPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const seg of path) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else {
      // Keys are the user's text: cut, so a message stays one readable line.
      const k = shortened(String(seg), 60);
      if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k)) s += s === '' ? k : `.${k}`;
      else s += `[${JSON.stringify(k)}]`;
    }
  }
  return s === '' ? '(top level)' : s;
}
