/**
 * `mlops init --uses OWNER/REPO@REF`: the templates are written with our published coordinates
 * (package.json: `mlops-actions/mlops-actions`, `v1`), and every file init writes is pointed at the
 * ones given instead: each `uses:` of our actions or reusable workflows and each raw.githubusercontent
 * URL of our JSON Schemas. Only whole `uses:` values and URL prefixes are replaced, never other
 * text, and a rendering that still names the template's coordinates afterwards is a bug caught here.
 */
import type { PublishedCoordinates } from '../runtime/published-coordinates.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with every `uses: FROM/<path>@FROMREF` and schema URL of `from` pointing at `to`. */
export function pointAtCoordinates(text: string, from: PublishedCoordinates, to: PublishedCoordinates): string {
  if (from.repository === to.repository && from.ref === to.ref) return text;
  const uses = new RegExp(`^(\\s*(?:- )?uses: )${escape(from.repository)}/([^@\\s]+)@${escape(from.ref)}(\\s*(?:#.*)?)$`, 'gm');
  const raw = new RegExp(`https://raw\\.githubusercontent\\.com/${escape(from.repository)}/${escape(from.ref)}/`, 'g');
  const out = text.replace(uses, (_m, head: string, path: string, tail: string) => `${head}${to.repository}/${path}@${to.ref}${tail}`).replace(raw, `https://raw.githubusercontent.com/${to.repository}/${to.ref}/`);
  const left = new RegExp(`uses: ${escape(from.repository)}/\\S+@${escape(from.ref)}(?=\\s|$)`, 'm').exec(out);
  if (left) throw new Error(`internal: "${left[0]}" was not pointed at ${to.repository}@${to.ref}`);
  return out;
}
