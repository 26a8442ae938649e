/**
 * The Git Data API: refs (get, create, update with `force: false` = compare-and-swap), commits,
 * trees, blobs. Like GitHub, a non-forced ref update that is not a fast-forward is 422
 * "Update is not a fast forward", and creating an existing ref is 422 "Reference already exists".
 */
import { API, WEB, type Json } from '../state.js';
import { error, isResponse, json, notFound, repoOf, type SimRequest, type SimRoute } from '../route.js';
import { gitStore, type GitCommit, type GitEntry, type GitStore } from '../git-store.js';

const DOCS = 'https://docs.github.com/rest/git';
const nodeId = (kind: string, sha: string) => Buffer.from(`${kind}:${sha}`).toString('base64');

function refJson(full: string, ref: string, sha: string): Json {
  return { ref: `refs/${ref}`, node_id: nodeId('Ref', ref), url: `${API}/repos/${full}/git/refs/${ref}`, object: { type: 'commit', sha, url: `${API}/repos/${full}/git/commits/${sha}` } };
}

function commitJson(full: string, c: GitCommit): Json {
  return {
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    url: `${API}/repos/${full}/git/commits/${c.sha}`,
    html_url: `${WEB}/${full}/commit/${c.sha}`,
    author: c.author,
    committer: c.author,
    tree: { sha: c.tree, url: `${API}/repos/${full}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map((p) => ({ sha: p, url: `${API}/repos/${full}/git/commits/${p}`, html_url: `${WEB}/${full}/commit/${p}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

function treeJson(full: string, git: GitStore, sha: string, recursive: boolean): Json {
  const entries = git.listTree(sha, recursive)!;
  return {
    sha,
    url: `${API}/repos/${full}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map((e) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.type === 'blob' ? { size: git.blobs.get(e.sha)?.length ?? 0 } : {}),
      url: `${API}/repos/${full}/git/${e.type === 'blob' ? 'blobs' : 'trees'}/${e.sha}`,
    })),
  };
}

const validationFailed = (message: string) => error(422, message, DOCS);

function ctx(req: SimRequest, state: Parameters<SimRoute['handler']>[1]) {
  const r = repoOf(req, state);
  if (isResponse(r)) return r;
  return { full: r.repo.full_name as string, key: r.full, git: gitStore(state) };
}

export const gitRoutes: SimRoute[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/ref/{ref}',
    handler(req, state) {
      const c = ctx(req, state);
      if (isResponse(c)) return c;
      const ref = String(req.params.ref).replace(/^refs\//, '');
      const sha = c.git.refsOf(c.key).get(ref);
      return sha ? json(200, refJson(c.full, ref, sha)) : notFound();
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/refs',
    auth: 'required',
    handler(req, state) {
      const c = ctx(req, state);
      if (isResponse(c)) return c;
      const { ref, sha } = req.body as { ref: string; sha: string };
      if (!/^refs\/.+\/.+/.test(ref)) return validationFailed('Reference name must start with refs/ and have at least two slashes.');
      if (!c.git.commits.has(sha)) return validationFailed('Object does not exist');
      const refs = c.git.refsOf(c.key);
      const name = ref.slice('refs/'.length);
      if (refs.has(name)) return validationFailed('Reference already exists');
      refs.set(name, sha);
      return json(201, refJson(c.full, name, sha), { location: `${API}/repos/${c.full}/git/refs/${name}` });
    },
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/git/refs/{ref}',
    auth: 'required',
    handler(req, state) {
      const c = ctx(req, state);
      if (isResponse(c)) return c;
      const ref = String(req.params.ref).replace(/^refs\//, '');
      c.git.beforeRefUpdate(c.key, ref);
      const refs = c.git.refsOf(c.key);
      const current = refs.get(ref);
      if (!current) return validationFailed('Reference does not exist');
      const { sha, force } = req.body as { sha: string; force?: boolean };
      if (!c.git.commits.has(sha)) return validationFailed('Object does not exist');
      if (!force && !c.git.isAncestor(current, sha)) return validationFailed('Update is not a fast forward');
      refs.set(ref, sha);
      return json(200, refJson(c.full, ref, sha));
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/blobs',
    auth: 'required',
    handler(req, state) {
      const c = ctx(req, state);
      if (isResponse(c)) return c;
      const { content, encoding } = req.body as { content: string; encoding?: string };
      const sha = c.git.putBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
      return json(201, { url: `${API}/repos/${c.full}/git/blobs/${sha}`, sha }, { location: `${API}/repos/${c.full}/git/blobs/${sha}` });
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/blobs/{file_sha}',
    handler(req, state) {
      const c = ctx(req, state);
      if (isResponse(c)) return c;
      const sha = String(req.params.file_sha);
      const b = c.git.blobs.get(sha);
      if (!b) return notFound();
      return json(200, { content: b.toString('base64'), encoding: 'base64', url: `${API}/repos/${c.full}/git/blobs/${sha}`, sha, size: b.length, node_id: nodeId('Blob', sha) });
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/trees',
    auth: 'required',
    handler(req, state) {
      const c = ctx(req, state);
      if (isResponse(c)) return c;
      const body = req.body as { base_tree?: string; tree: Array<{ path: string; mode: string; type: 'blob' | 'tree'; sha?: string | null; content?: string }> };
      let flat = new Map<string, GitEntry>();
      if (body.base_tree !== undefined) {
        const base = c.git.trees.get(body.base_tree);
        if (!base) return validationFailed('base_tree is not a valid tree');
        flat = new Map(base);
      }
      for (const e of body.tree) {
        if (e.type !== 'blob') return validationFailed('the simulator supports blob entries only');
        if (e.sha === null) {
          flat.delete(e.path);
          continue;
        }
        if (e.sha !== undefined && e.content !== undefined) return validationFailed('tree.sha and tree.content are mutually exclusive');
        const sha = e.content !== undefined ? c.git.putBlob(Buffer.from(e.content, 'utf8')) : e.sha!;
        if (!c.git.blobs.has(sha)) return validationFailed(`tree.sha ${sha} is not a valid blob`);
        flat.set(e.path, { mode: e.mode, type: 'blob', sha });
      }
      const sha = c.git.putTree(flat);
      return json(201, treeJson(c.full, c.git, sha, false), { location: `${API}/repos/${c.full}/git/trees/${sha}` });
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
    handler(req, state) {
      const c = ctx(req, state);
      if (isResponse(c)) return c;
      const sha = String(req.params.tree_sha);
      if (!c.git.trees.has(sha)) return notFound();
      return json(200, treeJson(c.full, c.git, sha, req.query.recursive !== undefined));
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/git/commits',
    auth: 'required',
    handler(req, state) {
      const c = ctx(req, state);
      if (isResponse(c)) return c;
      const body = req.body as { message: string; tree: string; parents?: string[]; author?: { name: string; email: string; date?: string } };
      if (!c.git.trees.has(body.tree)) return validationFailed('Tree SHA does not exist');
      for (const p of body.parents ?? []) if (!c.git.commits.has(p)) return validationFailed('Parent SHA does not exist or is not a commit object');
      const author = { name: body.author?.name ?? req.token!.user.login, email: body.author?.email ?? `${req.token!.user.id}+${req.token!.user.login}@users.noreply.github.com`, date: body.author?.date ?? state.now() };
      const commit = c.git.putCommit({ tree: body.tree, parents: body.parents ?? [], message: body.message, author });
      return json(201, commitJson(c.full, commit), { location: `${API}/repos/${c.full}/git/commits/${commit.sha}` });
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/git/commits/{commit_sha}',
    handler(req, state) {
      const c = ctx(req, state);
      if (isResponse(c)) return c;
      const commit = c.git.commits.get(String(req.params.commit_sha));
      return commit ? json(200, commitJson(c.full, commit)) : notFound();
    },
  },
];
