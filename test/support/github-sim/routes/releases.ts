/**
 * Releases and release assets. Like GitHub:
 * - a published release's tag is unique: creating or publishing a second one answers 422
 *   `Validation Failed` with `{ resource: 'Release', code: 'already_exists', field: 'tag_name' }`;
 *   drafts may share a tag and are invisible to `GET …/releases/tags/{tag}`;
 * - `upload_url` points at the uploads host, here this server under `UPLOADS_PREFIX`
 *   (`POST {upload_url}?name=…`, raw bytes; the asset gets `digest: sha256:<hex>`);
 *   a second asset with the same name is 422 `already_exists`;
 * - `GET …/releases/assets/{id}` with `accept: application/octet-stream` answers 302 to storage
 *   (`RELEASE_BLOB_PREFIX`, outside the API, not validated).
 * What the upload carried (`content-length`, chunked or not) is kept on the asset for tests.
 */
import { createHash } from 'node:crypto';
import { API, WEB, type Json, type SimState, type SimUser } from '../state.js';
import { json, error, isResponse, notFound, paginate, repoOf, type SimRequest, type SimRoute } from '../route.js';
import { gitStore } from '../git-store.js';

export const UPLOADS_PREFIX = '/_sim/uploads';
export const RELEASE_BLOB_PREFIX = '/_sim/blobs/release-assets/';

export interface SimReleaseAsset {
  id: number;
  release_id: number;
  name: string;
  label: string | null;
  content_type: string;
  bytes: Buffer;
  uploader: SimUser;
  created_at: string;
  /** The upload request's `content-length` header (undefined when chunked). */
  contentLengthHeader?: string;
  transferEncoding?: string;
  downloads: number;
}

export interface SimRelease {
  id: number;
  repo: string;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
  author: SimUser;
  assets: SimReleaseAsset[];
}

export class ReleaseDb {
  readonly releases = new Map<number, SimRelease>();
  readonly assets = new Map<number, SimReleaseAsset>();
  published(repo: string, tag: string): SimRelease | undefined {
    return [...this.releases.values()].find((r) => r.repo === repo && r.tag_name === tag && !r.draft);
  }
}

const dbs = new WeakMap<SimState, ReleaseDb>();
export function releaseDb(state: SimState): ReleaseDb {
  let db = dbs.get(state);
  if (!db) dbs.set(state, (db = new ReleaseDb()));
  return db;
}

function assetJson(full: string, a: SimReleaseAsset, tag: string): Json {
  return {
    url: `${API}/repos/${full}/releases/assets/${a.id}`,
    browser_download_url: `${WEB}/${full}/releases/download/${encodeURIComponent(tag)}/${encodeURIComponent(a.name)}`,
    id: a.id,
    node_id: Buffer.from(`RA:${a.id}`).toString('base64'),
    name: a.name,
    label: a.label,
    state: 'uploaded',
    content_type: a.content_type,
    size: a.bytes.length,
    digest: `sha256:${createHash('sha256').update(a.bytes).digest('hex')}`,
    download_count: a.downloads,
    created_at: a.created_at,
    updated_at: a.created_at,
    uploader: a.uploader,
  };
}

function releaseJson(req: SimRequest, full: string, r: SimRelease): Json {
  return {
    url: `${API}/repos/${full}/releases/${r.id}`,
    html_url: `${WEB}/${full}/releases/${r.draft ? `untagged-${r.id}` : `tag/${encodeURIComponent(r.tag_name)}`}`,
    assets_url: `${API}/repos/${full}/releases/${r.id}/assets`,
    upload_url: `${req.origin}${UPLOADS_PREFIX}/repos/${full}/releases/${r.id}/assets{?name,label}`,
    tarball_url: r.draft ? null : `${API}/repos/${full}/tarball/${encodeURIComponent(r.tag_name)}`,
    zipball_url: r.draft ? null : `${API}/repos/${full}/zipball/${encodeURIComponent(r.tag_name)}`,
    id: r.id,
    node_id: Buffer.from(`RE:${r.id}`).toString('base64'),
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    created_at: r.created_at,
    published_at: r.published_at,
    author: r.author,
    assets: r.assets.map((a) => assetJson(full, a, r.tag_name)),
  };
}

const alreadyExists = (resource: string, field: string) =>
  json(422, { message: 'Validation Failed', errors: [{ resource, code: 'already_exists', field }], documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release', status: '422' });

function releaseOf(req: SimRequest, state: SimState): { r: SimRelease; full: string; db: ReleaseDb } | ReturnType<typeof notFound> {
  const repo = repoOf(req, state);
  if (isResponse(repo)) return repo;
  const db = releaseDb(state);
  const r = db.releases.get(req.params.release_id);
  if (!r || r.repo !== repo.full) return notFound();
  return { r, full: repo.repo.full_name, db };
}

export const releaseRoutes: SimRoute[] = [
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/releases',
    auth: 'required',
    handler(req, state) {
      const repo = repoOf(req, state);
      if (isResponse(repo)) return repo;
      const db = releaseDb(state);
      const b = req.body as Json;
      if (db.published(repo.full, b.tag_name)) return alreadyExists('Release', 'tag_name');
      const now = state.now();
      const r: SimRelease = {
        id: state.id(),
        repo: repo.full,
        tag_name: b.tag_name,
        target_commitish: b.target_commitish ?? repo.repo.default_branch ?? 'main',
        name: b.name ?? null,
        body: b.body ?? null,
        draft: b.draft === true,
        prerelease: b.prerelease === true,
        created_at: now,
        published_at: b.draft === true ? null : now,
        author: req.token!.user,
        assets: [],
      };
      db.releases.set(r.id, r);
      if (!r.draft) tagRelease(state, r);
      return json(201, releaseJson(req, repo.repo.full_name, r), { location: `${API}/repos/${repo.repo.full_name}/releases/${r.id}` });
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases',
    handler(req, state) {
      const repo = repoOf(req, state);
      if (isResponse(repo)) return repo;
      // Drafts are listed only to users with push access: every token here may push.
      const all = [...releaseDb(state).releases.values()].filter((r) => r.repo === repo.full && (req.token || !r.draft)).sort((a, b) => b.id - a.id);
      const { page, headers } = paginate(req, all);
      return json(200, page.map((r) => releaseJson(req, repo.repo.full_name, r)), headers);
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases/tags/{tag}',
    handler(req, state) {
      const repo = repoOf(req, state);
      if (isResponse(repo)) return repo;
      const r = releaseDb(state).published(repo.full, String(req.params.tag));
      return r ? json(200, releaseJson(req, repo.repo.full_name, r)) : notFound();
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases/{release_id}',
    handler(req, state) {
      const x = releaseOf(req, state);
      if (isResponse(x)) return x;
      return json(200, releaseJson(req, x.full, x.r));
    },
  },
  {
    method: 'PATCH',
    path: '/repos/{owner}/{repo}/releases/{release_id}',
    auth: 'required',
    handler(req, state) {
      const x = releaseOf(req, state);
      if (isResponse(x)) return x;
      const b = req.body as Json;
      const tag = b.tag_name ?? x.r.tag_name;
      const publishing = b.draft === false || (b.draft === undefined && !x.r.draft);
      const other = x.db.published(x.r.repo, tag);
      if (publishing && other && other.id !== x.r.id) return alreadyExists('Release', 'tag_name');
      Object.assign(x.r, {
        tag_name: tag,
        ...(b.name !== undefined ? { name: b.name } : {}),
        ...(b.body !== undefined ? { body: b.body } : {}),
        ...(b.prerelease !== undefined ? { prerelease: b.prerelease } : {}),
      });
      if (b.draft === false && x.r.draft) {
        Object.assign(x.r, { draft: false, published_at: state.now() });
        tagRelease(state, x.r);
      }
      return json(200, releaseJson(req, x.full, x.r));
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/releases/{release_id}',
    auth: 'required',
    handler(req, state) {
      const x = releaseOf(req, state);
      if (isResponse(x)) return x;
      x.db.releases.delete(x.r.id);
      for (const a of x.r.assets) x.db.assets.delete(a.id);
      return { status: 204 };
    },
  },
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/releases/{release_id}/assets',
    auth: 'required',
    handler(req, state) {
      if (!req.url.pathname.startsWith(UPLOADS_PREFIX)) return error(404, 'Not Found: uploads go to the upload_url host');
      const x = releaseOf(req, state);
      if (isResponse(x)) return x;
      const name = String(req.query.name);
      if (x.r.assets.some((a) => a.name === name)) return alreadyExists('ReleaseAsset', 'name');
      const header = (h: string) => {
        const v = req.headers?.[h];
        return Array.isArray(v) ? v[0] : v;
      };
      const a: SimReleaseAsset = {
        id: state.id(),
        release_id: x.r.id,
        name,
        label: req.query.label ?? null,
        content_type: header('content-type') ?? 'application/octet-stream',
        bytes: req.raw ?? Buffer.alloc(0),
        uploader: req.token!.user,
        created_at: state.now(),
        contentLengthHeader: header('content-length'),
        transferEncoding: header('transfer-encoding'),
        downloads: 0,
      };
      x.r.assets.push(a);
      x.db.assets.set(a.id, a);
      return json(201, assetJson(x.full, a, x.r.tag_name));
    },
  },
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
    handler(req, state) {
      const repo = repoOf(req, state);
      if (isResponse(repo)) return repo;
      const db = releaseDb(state);
      const a = db.assets.get(req.params.asset_id);
      const r = a && db.releases.get(a.release_id);
      if (!a || !r || r.repo !== repo.full) return notFound();
      if (/application\/octet-stream/.test(String(req.headers?.accept ?? ''))) {
        return { status: 302, headers: { location: `${req.origin}${RELEASE_BLOB_PREFIX}${a.id}` } };
      }
      return json(200, assetJson(repo.repo.full_name, a, r.tag_name));
    },
  },
  {
    method: 'DELETE',
    path: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
    auth: 'required',
    handler(req, state) {
      const repo = repoOf(req, state);
      if (isResponse(repo)) return repo;
      const db = releaseDb(state);
      const a = db.assets.get(req.params.asset_id);
      const r = a && db.releases.get(a.release_id);
      if (!a || !r || r.repo !== repo.full) return notFound();
      db.assets.delete(a.id);
      r.assets = r.assets.filter((x) => x.id !== a.id);
      return { status: 204 };
    },
  },
];

/** Storage behind the 302: the asset's bytes, or undefined. */
export function releaseBlob(state: SimState, pathname: string): SimReleaseAsset | undefined {
  const a = releaseDb(state).assets.get(Number(pathname.slice(RELEASE_BLOB_PREFIX.length)));
  if (a) a.downloads++;
  return a;
}

/**
 * Publishing a release creates its tag at `target_commitish` (a commit SHA, or a branch's head),
 * as GitHub does, so later calls can name the tag (a deployment's `ref`). A target the Git store
 * cannot resolve (tests that seed no branch) leaves no tag; an existing tag is never moved.
 */
function tagRelease(state: SimState, r: SimRelease): void {
  const refs = gitStore(state).refsOf(r.repo);
  if (refs.has(`tags/${r.tag_name}`)) return;
  const sha = /^[0-9a-f]{40}$/.test(r.target_commitish) ? r.target_commitish : refs.get(`heads/${r.target_commitish}`);
  if (sha) refs.set(`tags/${r.tag_name}`, sha);
}
