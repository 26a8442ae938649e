/**
 * Cutting Markdown down to a size limit without breaking it. The GitHub adapter REFUSES an over-long
 * comment (65,536 characters) or check summary (65,535) rather than cutting it silently, because
 * only the renderer knows what matters most; renderers call this to fit, ideally after dropping
 * whole sections themselves.
 *
 * `truncateMarkdown` cuts at a line boundary, closes a code fence and any `<details>` left open at
 * the cut (an unclosed fence would swallow the note; an unclosed `<details>` hides it), appends a
 * note, and keeps the sticky-comment marker (`<!-- mlops-actions:... -->`) even when it sat past
 * the cut, so the comment is still found and updated next time. Lengths are UTF-16 units, which is
 * never fewer than GitHub's character count, so the result is always accepted.
 */

const MARKER_RE = /<!-- mlops-actions:[^>]*? -->/;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;

export function truncationNote(limit: number): string {
  return `\n\n_Truncated to fit GitHub's ${limit.toLocaleString('en-US')}-character limit; the full report is in the run's artifacts._\n`;
}

interface OpenBlocks {
  fence?: string;
  details: number;
}

function closing(state: OpenBlocks): string {
  let s = state.fence ? `\n${state.fence}` : '';
  for (let i = 0; i < state.details; i++) s += '\n</details>';
  return s;
}

function step(state: OpenBlocks, line: string): OpenBlocks {
  const fence = FENCE_RE.exec(line)?.[1];
  if (state.fence) {
    // A closing fence: same character, at least as long, nothing after it.
    if (fence && fence[0] === state.fence[0] && fence.length >= state.fence.length && line.trim() === fence) {
      return { details: state.details };
    }
    return state;
  }
  if (fence) return { fence, details: state.details };
  const opens = (line.match(/<details\b/gi) ?? []).length;
  const closes = (line.match(/<\/details\s*>/gi) ?? []).length;
  return { details: Math.max(0, state.details + opens - closes) };
}

/** Cuts `body` to at most `limit` characters (UTF-16 units), keeping it well-formed; unchanged when it fits. */
export function truncateMarkdown(body: string, limit: number): string {
  if (body.length <= limit) return body;
  const note = truncationNote(limit);
  const marker = MARKER_RE.exec(body)?.[0];
  const lines = body.split('\n');
  let state: OpenBlocks = { details: 0 };
  let kept = '';
  let best: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const candidate = i === 0 ? lines[0]! : `${kept}\n${lines[i]}`;
    const next = step(state, lines[i]!);
    const needsMarker = marker !== undefined && !candidate.includes(marker);
    const total = candidate.length + closing(next).length + note.length + (needsMarker ? marker.length + 1 : 0);
    if (total > limit) break;
    kept = candidate;
    state = next;
    best = (needsMarker ? `${marker}\n` : '') + kept + closing(state);
  }
  if (best === undefined) {
    // Not even the first line fits: cut inside it (never between the halves of a surrogate pair).
    const head = marker ? `${marker}\n` : '';
    let cut = body.slice(0, Math.max(0, limit - note.length - head.length));
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    best = head + cut;
    if (best.includes(marker ?? '\0') && head) best = best.slice(head.length);
  }
  return best + note;
}

/** Adds rows while they fit `budget` characters; returns the rows kept and how many were left out. */
export function fitRows(rows: string[], budget: number): { kept: string[]; dropped: number } {
  const kept: string[] = [];
  let used = 0;
  for (const r of rows) {
    if (used + r.length + 1 > budget) break;
    kept.push(r);
    used += r.length + 1;
  }
  return { kept, dropped: rows.length - kept.length };
}
