/**
 * What our posts on the forge look like, so any run can find its own again: the hidden markers of
 * sticky comments and retraining PRs, the slug of a model in branch and file names, the check run
 * name, and GitHub's size limits on the text we post. Renderers and both forges read them.
 */
import { RETRAIN_DECISIONS, type RetrainDecision } from './retrain-request-format.js';

/** GitHub's limit on issue and PR comment bodies ("maximum is 65536 characters"). */
export const COMMENT_BODY_LIMIT = 65_536;
/** GitHub's limit on a check run's `output.summary` and `output.text`. */
export const CHECK_SUMMARY_LIMIT = 65_535;

/** `mlops / <model>`: the check run name for a model. */
export function checkRunName(model: string): string {
  return `mlops / ${model}`;
}

/**
 * The hidden marker that identifies one sticky comment: `<!-- mlops-actions:<workflow>/<model> -->`.
 * The id is reduced to characters that cannot end an HTML comment early (no `--`, no `>`), so a
 * model name can never break out of the marker.
 */
export function stickyMarker(parts: { workflow: string; model: string }): string {
  const clean = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9._/-]+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-|-$/g, '') || '_';
  return `<!-- mlops-actions:${clean(parts.workflow)}/${clean(parts.model)} -->`;
}

/**
 * A model name reduced to what is safe in a marker, a branch name and a file name: `[a-z0-9._-]`,
 * no `..`, no `--`, not starting or ending with `.` or `-`. Names differing only in case or
 * punctuation share a slug (and so a retraining PR): keep model names distinct in those terms.
 */
export function modelSlug(model: string): string {
  const slug = model
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    // Git refuses a ref component ending in `.lock`.
    .replace(/\.lock$/, '-lock');
  return slug === '' ? '_' : slug;
}

/** `mlops/retrain/<model>`: the fixed branch of a model's retraining PR. */
export function retrainBranch(model: string): string {
  return `mlops/retrain/${modelSlug(model)}`;
}

/** `.mlops/retrain/<model>.json`: where the request file lives on that branch (and, once merged, on the base). */
export function retrainRequestPath(model: string): string {
  return `.mlops/retrain/${modelSlug(model)}.json`;
}

/**
 * The hidden marker in a retraining PR's body: `<!-- mlops-actions:retrain/<model> decision=<d> -->`.
 * The model is slugged as for `stickyMarker`, so it can never end the comment early.
 */
export function retrainMarker(model: string, decision: RetrainDecision): string {
  return `<!-- mlops-actions:retrain/${modelSlug(model)} decision=${decision} -->`;
}

/** The marker of the comments the retraining PR gets on decision changes (read back to post each at most once). */
export function retrainEventMarker(model: string, decision: RetrainDecision): string {
  return `<!-- mlops-actions:retrain/${modelSlug(model)}/event decision=${decision} -->`;
}

/** The decision recorded by `retrainMarker` (or `retrainEventMarker` with `event`) for this model in `body`, if any. */
export function readRetrainDecision(body: string | null | undefined, model: string, kind: 'body' | 'event' = 'body'): RetrainDecision | undefined {
  const id = `retrain/${modelSlug(model)}${kind === 'event' ? '/event' : ''}`;
  const m = new RegExp(`<!-- mlops-actions:${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} decision=([a-z_]+) -->`).exec(body ?? '');
  const d = m?.[1] as RetrainDecision | undefined;
  return d !== undefined && RETRAIN_DECISIONS.includes(d) ? d : undefined;
}

/** The body as posted: the marker first (once), then the Markdown. */
export function withMarker(marker: string, body: string): string {
  return body.includes(marker) ? body : `${marker}\n${body}`;
}

/** The default PR title: `Retrain <model>` (stable across decisions, so a title edit never notifies anyone). */
export function retrainPrTitle(model: string): string {
  return `Retrain ${model.replace(/[\r\n\u2028\u2029]+/g, ' ').slice(0, 200)}`;
}
