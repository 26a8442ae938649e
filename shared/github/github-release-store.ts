/**
 * The `ReleaseStore` port on GitHub Releases: one release per model version, tagged by the tag
 * scheme (`tagFor(model, version)`, passed in), its files as release assets.
 *
 * - Create is idempotent and race-safe. Files are hashed first; a published release with the tag
 *   is compared by asset name, size and SHA-256 (GitHub's `digest`): same → returned as is,
 *   different → `ConflictError`. A new release is created as a draft (invisible to find/list),
 *   its assets uploaded, then published. When a concurrent run published the tag first, GitHub
 *   answers 422 `already_exists`; our draft is deleted and the winner is compared the same way.
 *   A failure mid-upload deletes the draft: no half-published version is left behind.
 * - Uploads stream from disk: a web `ReadableStream` over `fs.createReadStream` as the request
 *   body (octokit passes it to fetch with `duplex: 'half'`) with an explicit `content-length`, so
 *   no file is held in memory and GitHub gets a sized (not chunked) upload. A stream cannot be
 *   replayed, so plugin-retry is off for the upload and we retry ourselves with a fresh stream,
 *   first deleting whatever a failed attempt left under the same name.
 * - Release assets are capped at 2 GiB by GitHub: larger files are refused before any call.
 * - Download streams the asset (302 to storage, followed by fetch) to a temporary file beside the
 *   destination, checks its SHA-256, then renames it into place.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ConflictError, IntegrityError } from '../registry/errors.js';
import type { ReleaseRef, ReleaseStore, StoredAsset } from '../ports/registry-stores.js';
import { PROVENANCE_ASSET } from '../formats/manifest-format.js';
import { ForgeError, isForgeError } from '../ports/forge-error.js';
import type { RepoRef } from '../ports/forge.js';
import type { GitHubClient } from './octokit.js';
import { sha256File } from '../runtime/file-digest.js';

/** GitHub: "each file included in a release must be under 2 GiB". */
export const RELEASE_ASSET_LIMIT_BYTES = 2 * 1024 ** 3;

const UPLOAD_ROUTE = '/repos/{owner}/{repo}/releases/{release_id}/assets';
/** Hidden in the release body: which model and version the release holds (for `list`). */
const MARKER = /<!-- mlops-actions:release (\{[^>]*\}) -->/;

export interface GitHubReleaseStoreOptions {
  /** The commit a new tag points at (the workflow's `GITHUB_SHA`); default: GitHub's default branch. */
  targetCommitish?: string;
  /** Per upload or download of one asset, in ms (the client's `timeoutMs` is per API call). Default 1 h. */
  transferTimeoutMs?: number;
  /** Retries of one asset upload after a 5xx or a dropped connection. Default 2. */
  uploadRetries?: number;
}

type Release = Awaited<ReturnType<GitHubClient['rest']['repos']['getReleaseByTag']>>['data'];
type Asset = Release['assets'][number];

interface LocalFile {
  name: string;
  path: string;
  size: number;
  sha256: string;
}

export class GitHubReleaseStore implements ReleaseStore {
  private readonly transferTimeoutMs: number;
  private readonly uploadRetries: number;

  constructor(
    private readonly octokit: GitHubClient,
    private readonly repo: RepoRef,
    private readonly tagFor: (model: string, version: string) => string,
    private readonly options: GitHubReleaseStoreOptions = {},
  ) {
    this.transferTimeoutMs = options.transferTimeoutMs ?? 3_600_000;
    this.uploadRetries = options.uploadRetries ?? 2;
  }

  async find(model: string, version: string): Promise<ReleaseRef | undefined> {
    const release = await this.publishedByTag(this.tagFor(model, version));
    return release ? this.toRef(model, version, release) : undefined;
  }

  async list(model: string): Promise<ReleaseRef[]> {
    const all = await this.octokit.paginate(this.octokit.rest.repos.listReleases, { ...this.repo, per_page: 100 });
    const out: ReleaseRef[] = [];
    for (const r of all) {
      if (r.draft) continue;
      const id = parseMarker(r.body);
      // The tag must agree with the marker: a hand-written body cannot claim another model's version.
      if (id && id.model === model && this.tagFor(model, id.version) === r.tag_name) out.push(await this.toRef(model, id.version, r));
    }
    return out;
  }

  async create(model: string, version: string, files: Array<{ name: string; path: string }>, notes: string): Promise<ReleaseRef> {
    const tag = this.tagFor(model, version);
    const local = await describeFiles(files);
    const existing = await this.publishedByTag(tag);
    if (existing) return this.sameOrConflict(model, version, existing, local);

    let draft: Release;
    try {
      ({ data: draft } = await this.octokit.rest.repos.createRelease({
        ...this.repo,
        tag_name: tag,
        name: `${model} ${version}`,
        body: `${notes.trimEnd()}\n\n<!-- mlops-actions:release ${JSON.stringify({ model, version })} -->\n`,
        draft: true,
        ...(this.options.targetCommitish ? { target_commitish: this.options.targetCommitish } : {}),
      }));
    } catch (e) {
      if (!isAlreadyExists(e)) throw e;
      return this.sameOrConflict(model, version, await this.mustReread(tag, e), local);
    }

    try {
      for (const f of local) {
        const asset = await this.upload(draft, f);
        const digest = digestHex(asset);
        if (digest !== undefined && digest !== f.sha256) {
          throw new IntegrityError(`${f.path}: GitHub stored sha256 ${digest} for release asset ${f.name}, but the file hashed to ${f.sha256}`, {
            hint: 'the file changed while it was uploaded; publish again from files nothing else writes to',
          });
        }
      }
      const { data: published } = await this.octokit.rest.repos.updateRelease({ ...this.repo, release_id: draft.id, draft: false });
      return this.toRef(model, version, published);
    } catch (e) {
      await this.deleteDraft(draft.id);
      if (!isAlreadyExists(e)) throw e;
      // A concurrent run published this version first: it is ours if the content is the same.
      return this.sameOrConflict(model, version, await this.mustReread(tag, e), local);
    }
  }

  async download(release: ReleaseRef, asset: string, destination: string): Promise<void> {
    const published = await this.publishedByTag(release.tag);
    const found = published?.assets.find((a) => a.name === asset);
    if (!published || !found) {
      throw new IntegrityError(`release ${release.tag} has no asset ${JSON.stringify(asset)}`, {
        hint: published ? `it has: ${published.assets.map((a) => a.name).join(', ') || 'no assets'}` : `no published release has the tag ${release.tag}; check ${release.url}`,
      });
    }
    const expected = release.assets.find((a) => a.name === asset)?.sha256 || digestHex(found);
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      ...this.repo,
      asset_id: found.id,
      headers: { accept: 'application/octet-stream' },
      // The body as a stream (not parsed into memory); fetch follows GitHub's 302 to storage.
      request: { parseSuccessResponseBody: false, fetch: this.transferFetch() },
    });
    const tmp = join(dirname(destination), `.${basename(destination)}.${randomBytes(6).toString('hex')}.part`);
    const hash = createHash('sha256');
    const hasher = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(Readable.fromWeb(data as unknown as WebReadableStream<Uint8Array>), hasher, createWriteStream(tmp));
      const got = hash.digest('hex');
      if (expected && got !== expected) {
        throw new IntegrityError(`${release.tag}/${asset}: downloaded sha256 ${got}, expected ${expected}`, { hint: 'the asset was replaced or truncated; do not use it, re-publish the version' });
      }
      await rename(tmp, destination);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  private async publishedByTag(tag: string): Promise<Release | undefined> {
    try {
      return (await this.octokit.rest.repos.getReleaseByTag({ ...this.repo, tag })).data;
    } catch (e) {
      if (isForgeError(e) && e.status === 404) return undefined;
      throw e;
    }
  }

  private async mustReread(tag: string, cause: unknown): Promise<Release> {
    const r = await this.publishedByTag(tag);
    if (!r) throw cause;
    return r;
  }

  private async sameOrConflict(model: string, version: string, release: Release, local: LocalFile[]): Promise<ReleaseRef> {
    const ref = await this.toRef(model, version, release);
    const problems: string[] = [];
    const remote = new Map(ref.assets.map((a) => [a.name, a]));
    for (const f of local) {
      const r = remote.get(f.name);
      if (!r) problems.push(`${f.name} is not in the release`);
      else if (r.size !== f.size || r.sha256 !== f.sha256) problems.push(`${f.name} differs (published: ${r.size} bytes, sha256 ${r.sha256}; yours: ${f.size} bytes, sha256 ${f.sha256})`);
      remote.delete(f.name);
    }
    // The build provenance is added after the release is published (it signs the manifest's digest): not a difference.
    remote.delete(PROVENANCE_ASSET);
    for (const name of remote.keys()) problems.push(`the release also has ${name}, which you did not publish`);
    if (problems.length === 0) return ref;
    throw new ConflictError(`${model} ${version} is already published as ${ref.tag} (${ref.url}) with different content: ${problems.join('; ')}`, {
      hint: 'a published version is immutable: publish the change as a new version',
    });
  }

  private async toRef(model: string, version: string, r: Release): Promise<ReleaseRef> {
    const assets: StoredAsset[] = [];
    for (const a of r.assets) {
      // Assets uploaded before GitHub computed digests (mid-2025) have none: hash them once.
      assets.push({ name: a.name, size: a.size, sha256: digestHex(a) ?? (await this.hashRemote(a)) });
    }
    return { model, version, tag: r.tag_name, url: r.html_url, assets };
  }

  private async hashRemote(a: Asset): Promise<string> {
    const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      ...this.repo,
      asset_id: a.id,
      headers: { accept: 'application/octet-stream' },
      request: { parseSuccessResponseBody: false, fetch: this.transferFetch() },
    });
    const hash = createHash('sha256');
    for await (const chunk of Readable.fromWeb(data as unknown as WebReadableStream<Uint8Array>)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  }

  private async upload(release: Release, f: LocalFile): Promise<Asset> {
    for (let attempt = 0; ; attempt++) {
      try {
        const body = Readable.toWeb(createReadStream(f.path));
        const { data } = await this.octokit.request(`POST ${release.upload_url}`, {
          name: f.name,
          data: body,
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(f.size) },
          // A consumed stream cannot be resent: no plugin retries; this loop retries with a fresh one.
          request: { retries: 0, fetch: this.transferFetch() },
        });
        return data as Asset;
      } catch (e) {
        const retryable = isForgeError(e) && (e.status === undefined || e.status >= 500 || isAlreadyExists(e));
        if (!retryable || attempt >= this.uploadRetries) throw e;
        // The failed attempt may have left a (partial) asset under this name: remove it first.
        const { data: now } = await this.octokit.rest.repos.getRelease({ ...this.repo, release_id: release.id });
        for (const a of now.assets) if (a.name === f.name) await this.octokit.rest.repos.deleteReleaseAsset({ ...this.repo, asset_id: a.id });
      }
    }
  }

  private async deleteDraft(id: number): Promise<void> {
    try {
      await this.octokit.rest.repos.deleteRelease({ ...this.repo, release_id: id });
    } catch {
      // Best effort: a leftover draft is invisible to find/list and does not block a re-run.
    }
  }

  /** fetch with one deadline for the whole transfer (the client's own deadline is per API call). */
  private transferFetch(): typeof fetch {
    return (input, init) => {
      const deadline = AbortSignal.timeout(this.transferTimeoutMs);
      return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
    };
  }
}

/** Sizes and SHA-256 of the files, refusing what GitHub would refuse before anything is created. */
async function describeFiles(files: Array<{ name: string; path: string }>): Promise<LocalFile[]> {
  const seen = new Set<string>();
  const out: LocalFile[] = [];
  for (const f of files) {
    if (seen.has(f.name)) throw new ConflictError(`two files would be published as the release asset ${JSON.stringify(f.name)}`, { hint: 'give each file a distinct name' });
    seen.add(f.name);
    const { size } = await stat(f.path);
    assertAssetFits(f.path, f.name, size);
    out.push({ ...f, size, sha256: (await sha256File(f.path)).sha256 });
  }
  return out;
}

/** GitHub refuses release assets of 2 GiB and more; say so before uploading anything. */
export function assertAssetFits(path: string, name: string, size: number): void {
  if (size < RELEASE_ASSET_LIMIT_BYTES) return;
  throw new ForgeError({
    method: 'POST',
    route: UPLOAD_ROUTE,
    githubMessage: `${path} is ${(size / 1024 ** 3).toFixed(2)} GiB; GitHub release assets (${name}) must be under 2 GiB`,
    hint: 'publish with --oci ghcr.io/OWNER/models/NAME (action input oci): the archive then goes to that OCI registry only, and the release holds its manifest and a pointer file (docs/registry.md, "Models over 2 GiB")',
  });
}

function digestHex(a: { digest?: string | null }): string | undefined {
  return a.digest?.startsWith('sha256:') ? a.digest.slice('sha256:'.length) : undefined;
}

function parseMarker(body: string | null | undefined): { model: string; version: string } | undefined {
  const m = MARKER.exec(body ?? '');
  if (!m) return undefined;
  try {
    const v = JSON.parse(m[1]!) as { model?: unknown; version?: unknown };
    return typeof v.model === 'string' && typeof v.version === 'string' ? { model: v.model, version: v.version } : undefined;
  } catch {
    return undefined;
  }
}

/** GitHub's 422 `Validation Failed` with `code: already_exists` (a tag or an asset name taken). */
function isAlreadyExists(e: unknown): boolean {
  return isForgeError(e) && e.status === 422 && /already_exists/.test(e.githubMessage ?? '');
}
