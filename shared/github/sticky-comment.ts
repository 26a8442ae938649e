/**
 * One sticky comment per marker per issue/PR, however many runs race.
 *
 * Convergence rule: among the comments that carry the marker and were written by us, the OLDEST
 * (smallest id; GitHub ids grow with creation time) is the sticky comment, and every other one is
 * a duplicate that its observer deletes. Each run:
 *   1. lists all comments (every page) and picks ours with the marker;
 *   2. none: creates one, then lists again (a concurrent run may have created one too);
 *   3. keeps the oldest, updates it when its body differs, deletes the rest.
 * The oldest comment is never a duplicate in anyone's view, so no run deletes it; every younger one
 * is seen next to it by the run that created it (step 2 lists after creating) and is deleted. Two
 * runs thus end with exactly one comment, whichever order their requests interleave in. The body is
 * last-writer-wins, as for any two concurrent reports. A create that GitHub applied but answered
 * with a 5xx (then retried by octokit) leaves a duplicate that the same rule removes.
 */
import { UsageError } from '../runtime/errors.js';
import { ForgeError } from '../ports/forge-error.js';
import { type Forge, type StickyCommentParams, type StickyCommentResult } from '../ports/forge.js';
import { withMarker } from '../formats/forge-markers.js';
import { isAuthoredBy, octokitCommentStore, type IssueCommentStore, type OctokitCommentOptions, type StoredComment } from './issue-comments.js';
import type { GitHubClient } from './octokit.js';
import { assertCommentFits } from '../ports/forge-requests.js';

/** Rounds of list/converge before giving up (a round only repeats when our keeper vanished under us). */
const MAX_ROUNDS = 4;

function isOctokit(x: Forge | GitHubClient): x is GitHubClient {
  return typeof (x as GitHubClient).request === 'function' && 'rest' in x;
}

/** Upserts through a Forge, or straight through an octokit instance. */
export async function upsertStickyComment(
  target: Forge | GitHubClient,
  params: StickyCommentParams,
  options: OctokitCommentOptions = {},
): Promise<StickyCommentResult> {
  if (isOctokit(target)) return convergeStickyComment(octokitCommentStore(target, options), params);
  return target.upsertStickyComment(params);
}

export async function convergeStickyComment(store: IssueCommentStore, params: StickyCommentParams): Promise<StickyCommentResult> {
  const { owner, repo, issue_number, marker } = params;
  if (!/^<!-- mlops-actions:[^>]+ -->$/.test(marker) || marker.slice(4, -3).includes('--')) {
    throw new UsageError(`sticky comment marker ${JSON.stringify(marker)} is not of the form <!-- mlops-actions:<id> -->`, {
      hint: 'build it with stickyMarker()',
    });
  }
  const body = withMarker(marker, params.body);
  assertCommentFits(body);
  const who = await store.identity();
  const ours = async (): Promise<StoredComment[]> =>
    (await store.list({ owner, repo, issue_number }))
      .filter((c) => isAuthoredBy(c, who) && c.body.includes(marker))
      .sort((a, b) => a.id - b.id);

  let created: StoredComment | undefined;
  const deletedIds: number[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let mine = await ours();
    if (mine.length === 0 && !created) {
      created = await store.create({ owner, repo, issue_number, body });
      mine = await ours();
      // Lists can lag a write; our own comment is known to exist.
      if (!mine.some((c) => c.id === created!.id)) mine = [...mine, created].sort((a, b) => a.id - b.id);
    } else if (mine.length === 0) {
      // We created one and it is gone: another run judged it a duplicate of an older comment that
      // has since vanished too (deleted by a person). Start over.
      created = undefined;
      continue;
    }
    const [keeper, ...duplicates] = mine as [StoredComment, ...StoredComment[]];
    for (const d of duplicates) {
      if (await store.delete({ owner, repo, comment_id: d.id })) deletedIds.push(d.id);
    }
    if (keeper.body === body) {
      const action = created?.id === keeper.id ? 'created' : created ? 'updated' : 'unchanged';
      return { action, commentId: keeper.id, url: keeper.url, deletedIds };
    }
    try {
      const updated = await store.update({ owner, repo, comment_id: keeper.id, body });
      return { action: 'updated', commentId: updated.id, url: updated.url, deletedIds };
    } catch (e) {
      // The keeper was deleted between our list and our update (by a person, or by a run that saw an
      // even older comment): list again.
      if (e instanceof ForgeError && e.status === 404) continue;
      throw e;
    }
  }
  throw new ForgeError({
    method: 'PATCH',
    route: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    githubMessage: `the sticky comment ${marker} kept disappearing while being updated (${MAX_ROUNDS} rounds)`,
    hint: 'another process is deleting comments on this PR; re-run the job',
  });
}
