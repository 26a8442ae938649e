/**
 * Writing files to a branch through the Git Data API (blobs, trees, commits, refs), the way the
 * registry branch (`github-state-store.ts`) and the retraining PR (`retrain-pr.ts`) both do it:
 * no clone, no checkout, and a compare-and-swap on the ref.
 *
 * - `treeWithFiles`: one blob per file, then one tree on top of `baseTree` (or a fresh tree).
 * - `fastForwardRef`: `PATCH …/git/refs/heads/<b>` with `force: false`. GitHub accepts it only as a
 *   fast-forward, i.e. when the branch still points at the parent our commit was made on: that is
 *   the compare-and-swap. 422 "Update is not a fast forward" (someone moved the ref) or "Reference
 *   does not exist" (someone deleted it) → `false`, and the caller re-reads and retries.
 * - `createBranchRef`: `POST …/git/refs`; a concurrent creator's 422 "Reference already exists" → `false`.
 */
import { isForgeError } from '../ports/forge-error.js';
import type { RepoRef } from '../ports/forge.js';
import type { GitHubClient } from './octokit.js';

export type FileEntries = Array<[path: string, text: string]>;

/** The branch's head commit SHA, or undefined when the branch does not exist. */
export async function branchHead(octokit: GitHubClient, repo: RepoRef, branch: string): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (e) {
    if (isForgeError(e) && e.status === 404) return undefined;
    throw e;
  }
}

/** Blobs for `files` and a tree holding them on top of `baseTree` (other paths kept); returns the tree SHA. */
export async function treeWithFiles(octokit: GitHubClient, repo: RepoRef, files: FileEntries, baseTree?: string): Promise<string> {
  const entries = [];
  for (const [path, text] of files) {
    const { data } = await octokit.rest.git.createBlob({ ...repo, content: Buffer.from(text).toString('base64'), encoding: 'base64' });
    entries.push({ path, mode: '100644' as const, type: 'blob' as const, sha: data.sha });
  }
  const { data } = await octokit.rest.git.createTree({ ...repo, tree: entries, ...(baseTree ? { base_tree: baseTree } : {}) });
  return data.sha;
}

/** A commit of `files` on top of `parent` (its tree kept), or an orphan commit when `parent` is undefined. */
export async function commitFiles(
  octokit: GitHubClient,
  repo: RepoRef,
  files: FileEntries,
  parent: string | undefined,
  message: string,
): Promise<string> {
  const baseTree = parent === undefined ? undefined : await commitTree(octokit, repo, parent);
  const tree = await treeWithFiles(octokit, repo, files, baseTree);
  const { data } = await octokit.rest.git.createCommit({ ...repo, message, tree, parents: parent === undefined ? [] : [parent] });
  return data.sha;
}

/** The root tree SHA of a commit. */
export async function commitTree(octokit: GitHubClient, repo: RepoRef, commitSha: string): Promise<string> {
  const { data } = await octokit.rest.git.getCommit({ ...repo, commit_sha: commitSha });
  return data.tree.sha;
}

/** Moves the branch to `sha` only as a fast-forward; false when the ref moved or vanished since it was read. */
export async function fastForwardRef(octokit: GitHubClient, repo: RepoRef, branch: string, sha: string): Promise<boolean> {
  try {
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false });
    return true;
  } catch (e) {
    if (isForgeError(e) && e.status === 422 && /fast forward|does not exist/i.test(e.githubMessage ?? '')) return false;
    throw e;
  }
}

/** Points the branch at `sha` whatever it pointed at (only for branches this project owns outright). */
export async function forceRef(octokit: GitHubClient, repo: RepoRef, branch: string, sha: string): Promise<void> {
  await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
}

/** Creates the branch at `sha`; false when it already exists (a concurrent creator, or an older branch). */
export async function createBranchRef(octokit: GitHubClient, repo: RepoRef, branch: string, sha: string): Promise<boolean> {
  try {
    await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
    return true;
  } catch (e) {
    if (isForgeError(e) && e.status === 422 && /already exists/i.test(e.githubMessage ?? '')) return false;
    throw e;
  }
}

/**
 * Deletes the branch; false when it was already gone. GitHub answers 422 for a missing ref (the
 * description declares that answer without a body, so the status alone decides).
 */
export async function deleteBranchRef(octokit: GitHubClient, repo: RepoRef, branch: string): Promise<boolean> {
  try {
    await octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
    return true;
  } catch (e) {
    if (isForgeError(e) && (e.status === 422 || e.status === 404)) return false;
    throw e;
  }
}

/** A blob's content as UTF-8 text. */
export async function readBlobText(octokit: GitHubClient, repo: RepoRef, blobSha: string): Promise<string> {
  const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: blobSha });
  return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
}

/**
 * The text of one file at a commit, or undefined when the path holds no file. Walks the trees one
 * directory at a time (a recursive listing of a large repository can come back truncated).
 */
export async function readFileAtCommit(octokit: GitHubClient, repo: RepoRef, commitSha: string, path: string): Promise<string | undefined> {
  let tree = await commitTree(octokit, repo, commitSha);
  const parts = path.split('/');
  for (let i = 0; i < parts.length; i++) {
    const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: tree });
    const entry = data.tree.find((e) => e.path === parts[i]);
    const last = i === parts.length - 1;
    if (!entry?.sha || entry.type !== (last ? 'blob' : 'tree')) return undefined;
    if (last) return readBlobText(octokit, repo, entry.sha);
    tree = entry.sha;
  }
  return undefined;
}
