/**
 * The `StateStore` port on a dedicated branch (default `mlops-registry`), written through the Git
 * Data API. Layout at the branch head:
 *
 *   registry/<model>.json          the model's document (aliases, versions), pretty JSON
 *   registry/<model>.audit.jsonl   its append-only audit log, one JSON object per line
 *
 * The revision is the head commit SHA: one revision for the whole branch, so two writes to
 * different models also race (the loser re-reads and retries; nothing is lost).
 *
 * A write is a compare-and-swap on the ref: blobs, a tree on top of the expected commit's tree, a
 * commit whose only parent is the expected commit, then `PATCH …/git/refs/heads/<branch>` with
 * `force: false`. GitHub accepts that only as a fast-forward, i.e. when the branch still points at
 * the expected commit (any other write since then would make our commit a non-descendant): 422
 * "Update is not a fast forward" → `false`. The first write creates the branch with an orphan
 * commit (`POST …/git/refs`); a concurrent creator's 422 "Reference already exists" → `false`.
 * (The guarantee assumes nobody force-pushes the branch backwards; protect it against that.)
 * The Git Data calls themselves are shared with the retraining PR: `git-data.ts`.
 */
import { UsageError } from '../runtime/errors.js';
import { appendedJsonlText } from '../runtime/jsonl-append.js';
import type { StateStore, Versioned } from '../ports/registry-stores.js';
import { isForgeError } from '../ports/forge-error.js';
import type { RepoRef } from '../ports/forge.js';
import { branchHead, createBranchRef, fastForwardRef, readBlobText, treeWithFiles } from './git-data.js';
import type { GitHubClient } from './octokit.js';

export const DEFAULT_REGISTRY_BRANCH = 'mlops-registry';
const DIR = 'registry';

export interface GitHubStateStoreOptions {
  /** Default `mlops-registry`. */
  branch?: string;
}

export class GitHubStateStore implements StateStore {
  readonly branch: string;
  /** Commit SHA -> (path -> blob SHA) and blob SHA -> text: Git objects never change. */
  private readonly treeCache = new Map<string, { tree: string; files: Map<string, string> }>();
  private readonly blobCache = new Map<string, string>();

  constructor(
    private readonly octokit: GitHubClient,
    private readonly repo: RepoRef,
    options: GitHubStateStoreOptions = {},
  ) {
    this.branch = options.branch ?? DEFAULT_REGISTRY_BRANCH;
  }

  async read(model: string): Promise<Versioned<unknown> | undefined> {
    const head = await this.head();
    if (!head) return undefined;
    const text = await this.fileAt(head, docPath(model));
    return text === undefined ? undefined : { value: JSON.parse(text) as unknown, revision: head };
  }

  async write(model: string, value: unknown, auditLines: string[], expectedRevision: string | undefined, message: string): Promise<boolean> {
    const doc = docPath(model);
    for (const line of auditLines) {
      if (/[\r\n]/.test(line)) throw new UsageError(`audit line for ${model} contains a line break: ${JSON.stringify(line.slice(0, 80))}`, { hint: 'serialise each entry with JSON.stringify' });
    }
    let base = expectedRevision;
    if (base === undefined) {
      // "Must not exist": checked at the current head; the CAS below pins that head.
      base = await this.head();
      if (base === undefined) return this.createBranch(model, value, auditLines, message);
      if ((await this.fileAt(base, doc)) !== undefined) return false;
    } else if ((await this.fileAt(base, doc).catch(ignoreMissing)) === undefined) {
      // The caller's revision does not hold the document (or is not a commit here): stale read.
      return false;
    }
    const previous = (await this.fileAt(base, auditPath(model))) ?? '';
    const { tree: baseTree } = await this.filesAt(base);
    const tree = await this.tree([
      [doc, docText(value)],
      [auditPath(model), appendLines(previous, auditLines)],
    ], baseTree);
    const { data: commit } = await this.octokit.rest.git.createCommit({ ...this.repo, message, tree, parents: [base] });
    // false: the ref moved since `base` (not a fast forward), or the branch was deleted: a lost race.
    return fastForwardRef(this.octokit, this.repo, this.branch, commit.sha);
  }

  async audit(model: string): Promise<string[]> {
    const head = await this.head();
    if (!head) return [];
    const text = await this.fileAt(head, auditPath(model));
    return (text ?? '').split('\n').filter((l) => l.length > 0);
  }

  async models(): Promise<string[]> {
    const head = await this.head();
    if (!head) return [];
    const { files } = await this.filesAt(head);
    const out: string[] = [];
    for (const path of files.keys()) {
      const m = /^registry\/([^/]+)\.json$/.exec(path);
      if (m) out.push(m[1]!);
    }
    return out.sort();
  }

  /** The branch head's commit SHA, or undefined when the branch does not exist yet. */
  head(): Promise<string | undefined> {
    return branchHead(this.octokit, this.repo, this.branch);
  }

  private async createBranch(model: string, value: unknown, auditLines: string[], message: string): Promise<boolean> {
    const tree = await this.tree([
      [docPath(model), docText(value)],
      [auditPath(model), appendLines('', auditLines)],
    ]);
    const { data: commit } = await this.octokit.rest.git.createCommit({ ...this.repo, message, tree, parents: [] });
    return createBranchRef(this.octokit, this.repo, this.branch, commit.sha);
  }

  private tree(files: Array<[string, string]>, baseTree?: string): Promise<string> {
    return treeWithFiles(this.octokit, this.repo, files, baseTree);
  }

  private async filesAt(commitSha: string): Promise<{ tree: string; files: Map<string, string> }> {
    const cached = this.treeCache.get(commitSha);
    if (cached) return cached;
    const { data: commit } = await this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: commitSha });
    const { data: tree } = await this.octokit.rest.git.getTree({ ...this.repo, tree_sha: commit.tree.sha, recursive: 'true' });
    if (tree.truncated) throw new UsageError(`the ${this.branch} branch has too many files for one tree listing`, { hint: `keep only registry/ on the ${this.branch} branch` });
    const files = new Map<string, string>();
    for (const e of tree.tree) if (e.type === 'blob' && e.path?.startsWith(`${DIR}/`) && e.sha) files.set(e.path, e.sha);
    const out = { tree: commit.tree.sha, files };
    this.treeCache.set(commitSha, out);
    return out;
  }

  private async fileAt(commitSha: string, path: string): Promise<string | undefined> {
    const sha = (await this.filesAt(commitSha)).files.get(path);
    if (!sha) return undefined;
    let text = this.blobCache.get(sha);
    if (text === undefined) {
      text = await readBlobText(this.octokit, this.repo, sha);
      this.blobCache.set(sha, text);
    }
    return text;
  }
}

/** Model names become file names: refuse what could leave `registry/` or hide a file. */
function checkModel(model: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(model) || model.endsWith('.audit')) {
    throw new UsageError(`model name ${JSON.stringify(model)} cannot name a registry file`, { hint: 'use letters, digits, ".", "_" and "-", starting with a letter or digit' });
  }
  return model;
}

const docPath = (model: string) => `${DIR}/${checkModel(model)}.json`;
const auditPath = (model: string) => `${DIR}/${checkModel(model)}.audit.jsonl`;
const docText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A torn last line (the file edited by hand on the branch) is cut and noted, never appended to. */
function appendLines(previous: string, lines: string[]): string {
  return appendedJsonlText(previous, lines);
}

/** A revision that is not a commit in this repository reads as "no document". */
function ignoreMissing(e: unknown): undefined {
  if (isForgeError(e) && (e.status === 404 || e.status === 422)) return undefined;
  throw e;
}
