/**
 * The simulator's Git object database: blobs, trees, commits and refs per repository, with real
 * Git SHA-1s (`blob <size>\0…`, `tree …`, `commit …`), so a SHA names its content as on GitHub.
 * Trees are kept flat (path -> blob) and every directory's subtree is stored too, so a tree SHA
 * from a listing can be fetched on its own. Held beside `SimState` (a WeakMap), not inside it.
 *
 * `moveRefBeforeUpdate` is the "ref moved" fault: before the Nth `PATCH …/git/refs/{ref}` of a ref
 * it commits on top of that ref, exactly as a concurrent writer would between our read and update.
 */
import { createHash } from 'node:crypto';
import type { GitHubSim } from './server.js';
import type { SimState } from './state.js';

export interface GitEntry {
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
}

export interface GitCommit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
}

export interface RefMoveHook {
  repo: string;
  /** `heads/<branch>` */
  ref: string;
  /** Fires before this (1-based) update of the ref; counts down. */
  remaining: number;
  files: Record<string, string>;
  /** The commit it made, once fired. */
  firedCommit?: string;
}

export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  /** Flat trees: path (with `/`) -> entry, blobs only for the full tree of a commit. */
  readonly trees = new Map<string, Map<string, GitEntry>>();
  readonly commits = new Map<string, GitCommit>();
  /** `owner/name` (lower case) -> `heads/<b>` / `tags/<t>` -> SHA. */
  readonly refs = new Map<string, Map<string, string>>();
  readonly refMoves: RefMoveHook[] = [];

  constructor(private readonly state: SimState) {}

  putBlob(content: Buffer): string {
    const sha = gitHash('blob', content);
    this.blobs.set(sha, content);
    return sha;
  }

  /** Stores a flat tree (blob paths) and each of its directories; returns the root tree SHA. */
  putTree(flat: Map<string, GitEntry>): string {
    const dirs = new Map<string, Map<string, GitEntry>>([['', new Map()]]);
    for (const path of flat.keys()) {
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/');
        if (!dirs.has(dir)) dirs.set(dir, new Map());
      }
    }
    // Deepest directories first, so a parent can name its children's SHAs.
    const depth = (d: string) => (d === '' ? 0 : d.split('/').length);
    const ordered = [...dirs.keys()].sort((a, b) => depth(b) - depth(a));
    const shas = new Map<string, string>();
    for (const dir of ordered) {
      const prefix = dir === '' ? '' : `${dir}/`;
      const sub = new Map<string, GitEntry>();
      const direct = new Map<string, GitEntry>();
      for (const [path, e] of flat) {
        if (!path.startsWith(prefix)) continue;
        const rest = path.slice(prefix.length);
        sub.set(rest, e);
        if (!rest.includes('/')) direct.set(rest, e);
      }
      for (const [d, s] of shas) {
        if (d.startsWith(prefix) && !d.slice(prefix.length).includes('/') && d !== dir) direct.set(d.slice(prefix.length), { mode: '040000', type: 'tree', sha: s });
      }
      const sha = gitHash('tree', treeBytes(direct));
      if (dir !== '' && [...sub.keys()].length === 0) continue;
      this.trees.set(sha, sub);
      shas.set(dir, sha);
    }
    return shas.get('')!;
  }

  /** The entries directly in a tree (directories as `tree` entries), or the whole flat listing. */
  listTree(sha: string, recursive: boolean): Array<{ path: string } & GitEntry> | undefined {
    const flat = this.trees.get(sha);
    if (!flat) return undefined;
    const out: Array<{ path: string } & GitEntry> = [];
    const dirs = new Map<string, Map<string, GitEntry>>();
    for (const [path, e] of flat) {
      const parts = path.split('/');
      for (let i = 1; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/');
        if (!dirs.has(dir)) dirs.set(dir, new Map());
        dirs.get(dir)!.set(parts.slice(i).join('/'), e);
      }
      if (recursive || parts.length === 1) out.push({ path, ...e });
    }
    for (const [dir, sub] of dirs) {
      if (!recursive && dir.includes('/')) continue;
      out.push({ path: dir, mode: '040000', type: 'tree', sha: this.putTree(sub) });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  putCommit(c: Omit<GitCommit, 'sha'>): GitCommit {
    const text = [`tree ${c.tree}`, ...c.parents.map((p) => `parent ${p}`), `author ${c.author.name} <${c.author.email}> ${Date.parse(c.author.date) / 1000} +0000`, `committer ${c.author.name} <${c.author.email}> ${Date.parse(c.author.date) / 1000} +0000`, '', c.message].join('\n');
    const commit = { ...c, sha: gitHash('commit', Buffer.from(text)) };
    this.commits.set(commit.sha, commit);
    return commit;
  }

  refsOf(repo: string): Map<string, string> {
    const key = repo.toLowerCase();
    if (!this.refs.has(key)) this.refs.set(key, new Map());
    return this.refs.get(key)!;
  }

  /** Is `descendant` reachable from `ancestor` by parents (or the same commit)? */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const queue = [descendant];
    while (queue.length > 0 && seen.size < 100_000) {
      const s = queue.shift()!;
      if (s === ancestor) return true;
      if (seen.has(s)) continue;
      seen.add(s);
      queue.push(...(this.commits.get(s)?.parents ?? []));
    }
    return false;
  }

  /** Commits `files` (path -> text) on top of a branch (created as an orphan when missing). */
  commitFiles(repo: string, branch: string, files: Record<string, string>, message: string): GitCommit {
    const refs = this.refsOf(repo);
    const head = refs.get(`heads/${branch}`);
    const flat = new Map(head ? this.trees.get(this.commits.get(head)!.tree)! : []);
    for (const [path, text] of Object.entries(files)) flat.set(path, { mode: '100644', type: 'blob', sha: this.putBlob(Buffer.from(text)) });
    const commit = this.putCommit({ tree: this.putTree(flat), parents: head ? [head] : [], message, author: { name: 'concurrent-writer', email: 'writer@example.com', date: this.state.now() } });
    refs.set(`heads/${branch}`, commit.sha);
    return commit;
  }

  /** Runs the "ref moved" hooks due before an update of `ref`. */
  beforeRefUpdate(repo: string, ref: string): void {
    for (const h of this.refMoves) {
      if (h.repo !== repo.toLowerCase() || h.ref !== ref || h.remaining <= 0) continue;
      h.remaining--;
      if (h.remaining === 0) h.firedCommit = this.commitFiles(repo, ref.replace(/^heads\//, ''), h.files, 'concurrent writer').sha;
    }
  }
}

const stores = new WeakMap<SimState, GitStore>();

export function gitStore(state: SimState): GitStore {
  let s = stores.get(state);
  if (!s) {
    s = new GitStore(state);
    stores.set(state, s);
  }
  return s;
}

export function gitHash(kind: 'blob' | 'tree' | 'commit', content: Buffer): string {
  return createHash('sha1').update(`${kind} ${content.length}\0`).update(content).digest('hex');
}

function treeBytes(entries: Map<string, GitEntry>): Buffer {
  const names = [...entries.keys()].sort();
  return Buffer.concat(names.map((n) => {
    const e = entries.get(n)!;
    return Buffer.concat([Buffer.from(`${e.mode === '040000' ? '40000' : e.mode} ${n}\0`), Buffer.from(e.sha, 'hex')]);
  }));
}

/** Seeds a branch with files (a commit on top of it, or an orphan commit). Returns the commit SHA. */
export function seedBranch(sim: GitHubSim, repo: string, branch: string, files: Record<string, string>, message = 'seed'): string {
  return gitStore(sim.state).commitFiles(repo, branch, files, message).sha;
}

/** Points `refs/<ref>` (e.g. `tags/churn-v3`) at a SHA. */
export function seedRef(sim: GitHubSim, repo: string, ref: string, sha: string): void {
  gitStore(sim.state).refsOf(repo).set(ref.replace(/^refs\//, ''), sha);
}

/**
 * The "ref moved" fault: just before the `nth` (default 1st) update of `heads/<branch>` from now,
 * a concurrent writer commits `files` on top of the branch. Returns the hook, whose `firedCommit`
 * is set once it fired.
 */
export function moveRefBeforeUpdate(sim: GitHubSim, opts: { repo: string; branch: string; nth?: number; files?: Record<string, string> }): RefMoveHook {
  const hook: RefMoveHook = { repo: opts.repo.toLowerCase(), ref: `heads/${opts.branch}`, remaining: opts.nth ?? 1, files: opts.files ?? { 'registry/_concurrent.txt': `moved ${Math.random()}` } };
  gitStore(sim.state).refMoves.push(hook);
  return hook;
}
