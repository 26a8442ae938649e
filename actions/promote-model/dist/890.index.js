export const id = 890;
export const ids = [890];
export const modules = {

/***/ 8890:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openGitHubPromotePorts: () => (/* binding */ openGitHubPromotePorts)
});

// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var errors = __webpack_require__(1543);
;// CONCATENATED MODULE: ../../../../shared/github/deployments.ts
async function upsertModelDeployment(octokit, p) {
    const key = { model: p.model, version: p.version, alias: p.alias, run_id: p.runId, run_attempt: p.runAttempt };
    const existing = await octokit.paginate(octokit.rest.repos.listDeployments, { owner: p.owner, repo: p.repo, environment: p.environment, ref: p.ref, per_page: 100 });
    const match = existing.filter((d) => sameKey(d.payload, key)).sort((a, b) => a.id - b.id)[0];
    if (match)
        return { action: 'found', deploymentId: match.id, url: match.url };
    const { data, status } = await octokit.rest.repos.createDeployment({
        owner: p.owner,
        repo: p.repo,
        ref: p.ref,
        environment: p.environment,
        payload: { mlops: key },
        description: p.description ?? `${p.model} ${p.version} as ${p.alias}`,
        // A model tag is not a branch to merge, and the promotion's own gate was the approval.
        auto_merge: false,
        required_contexts: [],
        transient_environment: p.transient ?? false,
        production_environment: p.production ?? p.environment === 'production',
    });
    // 202 is GitHub's "merged the default branch instead" answer, impossible with auto_merge: false.
    if (status !== 201 || !('id' in data))
        throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
    return { action: 'created', deploymentId: data.id, url: data.url };
}
async function setDeploymentStatus(octokit, p) {
    const { data: latest } = await octokit.rest.repos.listDeploymentStatuses({ owner: p.owner, repo: p.repo, deployment_id: p.deploymentId, per_page: 1 });
    const last = latest[0];
    if (last && last.state === p.state && (last.environment_url || '') === (p.environmentUrl ?? '') && (last.log_url || '') === (p.logUrl ?? '')) {
        return { action: 'unchanged', statusId: last.id };
    }
    const { data } = await octokit.rest.repos.createDeploymentStatus({
        owner: p.owner,
        repo: p.repo,
        deployment_id: p.deploymentId,
        state: p.state,
        ...(p.environmentUrl ? { environment_url: p.environmentUrl } : {}),
        ...(p.logUrl ? { log_url: p.logUrl } : {}),
        ...(p.description ? { description: p.description.slice(0, 140) } : {}),
    });
    return { action: 'created', statusId: data.id };
}
/** Both steps: the run's deployment (found or created) and its status. */
async function recordModelDeployment(octokit, p) {
    const d = await upsertModelDeployment(octokit, p);
    const s = await setDeploymentStatus(octokit, { owner: p.owner, repo: p.repo, deploymentId: d.deploymentId, state: p.state, environmentUrl: p.environmentUrl, logUrl: p.logUrl });
    return { ...d, statusId: s.statusId, statusAction: s.action };
}
function sameKey(payload, key) {
    const m = payload?.mlops;
    return !!m && m.model === key.model && m.version === key.version && m.alias === key.alias && m.run_id === key.run_id && m.run_attempt === key.run_attempt;
}

// EXTERNAL MODULE: ../../../../shared/ports/forge-error.ts
var forge_error = __webpack_require__(5335);
// EXTERNAL MODULE: ../../../../shared/registry/tag.ts
var tag = __webpack_require__(7170);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ../../../../shared/formats/manifest-format.ts
var manifest_format = __webpack_require__(9680);
// EXTERNAL MODULE: ../../../../shared/runtime/file-digest.ts
var file_digest = __webpack_require__(322);
;// CONCATENATED MODULE: ../../../../shared/github/github-release-store.ts
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










/** GitHub: "each file included in a release must be under 2 GiB". */
const RELEASE_ASSET_LIMIT_BYTES = 2 * 1024 ** 3;
const UPLOAD_ROUTE = '/repos/{owner}/{repo}/releases/{release_id}/assets';
/** Hidden in the release body: which model and version the release holds (for `list`). */
const MARKER = /<!-- mlops-actions:release (\{[^>]*\}) -->/;
class GitHubReleaseStore {
    octokit;
    repo;
    tagFor;
    options;
    transferTimeoutMs;
    uploadRetries;
    constructor(octokit, repo, tagFor, options = {}) {
        this.octokit = octokit;
        this.repo = repo;
        this.tagFor = tagFor;
        this.options = options;
        this.transferTimeoutMs = options.transferTimeoutMs ?? 3_600_000;
        this.uploadRetries = options.uploadRetries ?? 2;
    }
    async find(model, version) {
        const release = await this.publishedByTag(this.tagFor(model, version));
        return release ? this.toRef(model, version, release) : undefined;
    }
    async list(model) {
        const all = await this.octokit.paginate(this.octokit.rest.repos.listReleases, { ...this.repo, per_page: 100 });
        const out = [];
        for (const r of all) {
            if (r.draft)
                continue;
            const id = parseMarker(r.body);
            // The tag must agree with the marker: a hand-written body cannot claim another model's version.
            if (id && id.model === model && this.tagFor(model, id.version) === r.tag_name)
                out.push(await this.toRef(model, id.version, r));
        }
        return out;
    }
    async create(model, version, files, notes) {
        const tag = this.tagFor(model, version);
        const local = await describeFiles(files);
        const existing = await this.publishedByTag(tag);
        if (existing)
            return this.sameOrConflict(model, version, existing, local);
        let draft;
        try {
            ({ data: draft } = await this.octokit.rest.repos.createRelease({
                ...this.repo,
                tag_name: tag,
                name: `${model} ${version}`,
                body: `${notes.trimEnd()}\n\n<!-- mlops-actions:release ${JSON.stringify({ model, version })} -->\n`,
                draft: true,
                ...(this.options.targetCommitish ? { target_commitish: this.options.targetCommitish } : {}),
            }));
        }
        catch (e) {
            if (!isAlreadyExists(e))
                throw e;
            return this.sameOrConflict(model, version, await this.mustReread(tag, e), local);
        }
        try {
            for (const f of local) {
                const asset = await this.upload(draft, f);
                const digest = digestHex(asset);
                if (digest !== undefined && digest !== f.sha256) {
                    throw new errors/* IntegrityError */.cs(`${f.path}: GitHub stored sha256 ${digest} for release asset ${f.name}, but the file hashed to ${f.sha256}`, {
                        hint: 'the file changed while it was uploaded; publish again from files nothing else writes to',
                    });
                }
            }
            const { data: published } = await this.octokit.rest.repos.updateRelease({ ...this.repo, release_id: draft.id, draft: false });
            return this.toRef(model, version, published);
        }
        catch (e) {
            await this.deleteDraft(draft.id);
            if (!isAlreadyExists(e))
                throw e;
            // A concurrent run published this version first: it is ours if the content is the same.
            return this.sameOrConflict(model, version, await this.mustReread(tag, e), local);
        }
    }
    async download(release, asset, destination) {
        const published = await this.publishedByTag(release.tag);
        const found = published?.assets.find((a) => a.name === asset);
        if (!published || !found) {
            throw new errors/* IntegrityError */.cs(`release ${release.tag} has no asset ${JSON.stringify(asset)}`, {
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
        const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(destination), `.${(0,external_node_path_.basename)(destination)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.part`);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const hasher = new external_node_stream_.Transform({
            transform(chunk, _enc, done) {
                hash.update(chunk);
                done(null, chunk);
            },
        });
        try {
            await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.fromWeb(data), hasher, (0,external_node_fs_.createWriteStream)(tmp));
            const got = hash.digest('hex');
            if (expected && got !== expected) {
                throw new errors/* IntegrityError */.cs(`${release.tag}/${asset}: downloaded sha256 ${got}, expected ${expected}`, { hint: 'the asset was replaced or truncated; do not use it, re-publish the version' });
            }
            await (0,promises_.rename)(tmp, destination);
        }
        catch (e) {
            await (0,promises_.rm)(tmp, { force: true });
            throw e;
        }
    }
    async publishedByTag(tag) {
        try {
            return (await this.octokit.rest.repos.getReleaseByTag({ ...this.repo, tag })).data;
        }
        catch (e) {
            if ((0,forge_error/* isForgeError */.Qu)(e) && e.status === 404)
                return undefined;
            throw e;
        }
    }
    async mustReread(tag, cause) {
        const r = await this.publishedByTag(tag);
        if (!r)
            throw cause;
        return r;
    }
    async sameOrConflict(model, version, release, local) {
        const ref = await this.toRef(model, version, release);
        const problems = [];
        const remote = new Map(ref.assets.map((a) => [a.name, a]));
        for (const f of local) {
            const r = remote.get(f.name);
            if (!r)
                problems.push(`${f.name} is not in the release`);
            else if (r.size !== f.size || r.sha256 !== f.sha256)
                problems.push(`${f.name} differs (published: ${r.size} bytes, sha256 ${r.sha256}; yours: ${f.size} bytes, sha256 ${f.sha256})`);
            remote.delete(f.name);
        }
        // The build provenance is added after the release is published (it signs the manifest's digest): not a difference.
        remote.delete(manifest_format/* PROVENANCE_ASSET */.tW);
        for (const name of remote.keys())
            problems.push(`the release also has ${name}, which you did not publish`);
        if (problems.length === 0)
            return ref;
        throw new errors/* ConflictError */.fK(`${model} ${version} is already published as ${ref.tag} (${ref.url}) with different content: ${problems.join('; ')}`, {
            hint: 'a published version is immutable: publish the change as a new version',
        });
    }
    async toRef(model, version, r) {
        const assets = [];
        for (const a of r.assets) {
            // Assets uploaded before GitHub computed digests (mid-2025) have none: hash them once.
            assets.push({ name: a.name, size: a.size, sha256: digestHex(a) ?? (await this.hashRemote(a)) });
        }
        return { model, version, tag: r.tag_name, url: r.html_url, assets };
    }
    async hashRemote(a) {
        const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
            ...this.repo,
            asset_id: a.id,
            headers: { accept: 'application/octet-stream' },
            request: { parseSuccessResponseBody: false, fetch: this.transferFetch() },
        });
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of external_node_stream_.Readable.fromWeb(data))
            hash.update(chunk);
        return hash.digest('hex');
    }
    async upload(release, f) {
        for (let attempt = 0;; attempt++) {
            try {
                const body = external_node_stream_.Readable.toWeb((0,external_node_fs_.createReadStream)(f.path));
                const { data } = await this.octokit.request(`POST ${release.upload_url}`, {
                    name: f.name,
                    data: body,
                    headers: { 'content-type': 'application/octet-stream', 'content-length': String(f.size) },
                    // A consumed stream cannot be resent: no plugin retries; this loop retries with a fresh one.
                    request: { retries: 0, fetch: this.transferFetch() },
                });
                return data;
            }
            catch (e) {
                const retryable = (0,forge_error/* isForgeError */.Qu)(e) && (e.status === undefined || e.status >= 500 || isAlreadyExists(e));
                if (!retryable || attempt >= this.uploadRetries)
                    throw e;
                // The failed attempt may have left a (partial) asset under this name: remove it first.
                const { data: now } = await this.octokit.rest.repos.getRelease({ ...this.repo, release_id: release.id });
                for (const a of now.assets)
                    if (a.name === f.name)
                        await this.octokit.rest.repos.deleteReleaseAsset({ ...this.repo, asset_id: a.id });
            }
        }
    }
    async deleteDraft(id) {
        try {
            await this.octokit.rest.repos.deleteRelease({ ...this.repo, release_id: id });
        }
        catch {
            // Best effort: a leftover draft is invisible to find/list and does not block a re-run.
        }
    }
    /** fetch with one deadline for the whole transfer (the client's own deadline is per API call). */
    transferFetch() {
        return (input, init) => {
            const deadline = AbortSignal.timeout(this.transferTimeoutMs);
            return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
        };
    }
}
/** Sizes and SHA-256 of the files, refusing what GitHub would refuse before anything is created. */
async function describeFiles(files) {
    const seen = new Set();
    const out = [];
    for (const f of files) {
        if (seen.has(f.name))
            throw new errors/* ConflictError */.fK(`two files would be published as the release asset ${JSON.stringify(f.name)}`, { hint: 'give each file a distinct name' });
        seen.add(f.name);
        const { size } = await (0,promises_.stat)(f.path);
        assertAssetFits(f.path, f.name, size);
        out.push({ ...f, size, sha256: (await (0,file_digest/* sha256File */.Q)(f.path)).sha256 });
    }
    return out;
}
/** GitHub refuses release assets of 2 GiB and more; say so before uploading anything. */
function assertAssetFits(path, name, size) {
    if (size < RELEASE_ASSET_LIMIT_BYTES)
        return;
    throw new forge_error/* ForgeError */.Q8({
        method: 'POST',
        route: UPLOAD_ROUTE,
        githubMessage: `${path} is ${(size / 1024 ** 3).toFixed(2)} GiB; GitHub release assets (${name}) must be under 2 GiB`,
        hint: 'publish with --oci ghcr.io/OWNER/models/NAME (action input oci): the archive then goes to that OCI registry only, and the release holds its manifest and a pointer file (docs/registry.md, "Models over 2 GiB")',
    });
}
function digestHex(a) {
    return a.digest?.startsWith('sha256:') ? a.digest.slice('sha256:'.length) : undefined;
}
function parseMarker(body) {
    const m = MARKER.exec(body ?? '');
    if (!m)
        return undefined;
    try {
        const v = JSON.parse(m[1]);
        return typeof v.model === 'string' && typeof v.version === 'string' ? { model: v.model, version: v.version } : undefined;
    }
    catch {
        return undefined;
    }
}
/** GitHub's 422 `Validation Failed` with `code: already_exists` (a tag or an asset name taken). */
function isAlreadyExists(e) {
    return (0,forge_error/* isForgeError */.Qu)(e) && e.status === 422 && /already_exists/.test(e.githubMessage ?? '');
}

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var runtime_errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/runtime/jsonl-append.ts
var jsonl_append = __webpack_require__(8550);
;// CONCATENATED MODULE: ../../../../shared/github/git-data.ts
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

/** The branch's head commit SHA, or undefined when the branch does not exist. */
async function branchHead(octokit, repo, branch) {
    try {
        const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return data.object.sha;
    }
    catch (e) {
        if ((0,forge_error/* isForgeError */.Qu)(e) && e.status === 404)
            return undefined;
        throw e;
    }
}
/** Blobs for `files` and a tree holding them on top of `baseTree` (other paths kept); returns the tree SHA. */
async function treeWithFiles(octokit, repo, files, baseTree) {
    const entries = [];
    for (const [path, text] of files) {
        const { data } = await octokit.rest.git.createBlob({ ...repo, content: Buffer.from(text).toString('base64'), encoding: 'base64' });
        entries.push({ path, mode: '100644', type: 'blob', sha: data.sha });
    }
    const { data } = await octokit.rest.git.createTree({ ...repo, tree: entries, ...(baseTree ? { base_tree: baseTree } : {}) });
    return data.sha;
}
/** A commit of `files` on top of `parent` (its tree kept), or an orphan commit when `parent` is undefined. */
async function commitFiles(octokit, repo, files, parent, message) {
    const baseTree = parent === undefined ? undefined : await commitTree(octokit, repo, parent);
    const tree = await treeWithFiles(octokit, repo, files, baseTree);
    const { data } = await octokit.rest.git.createCommit({ ...repo, message, tree, parents: parent === undefined ? [] : [parent] });
    return data.sha;
}
/** The root tree SHA of a commit. */
async function commitTree(octokit, repo, commitSha) {
    const { data } = await octokit.rest.git.getCommit({ ...repo, commit_sha: commitSha });
    return data.tree.sha;
}
/** Moves the branch to `sha` only as a fast-forward; false when the ref moved or vanished since it was read. */
async function fastForwardRef(octokit, repo, branch, sha) {
    try {
        await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false });
        return true;
    }
    catch (e) {
        if ((0,forge_error/* isForgeError */.Qu)(e) && e.status === 422 && /fast forward|does not exist/i.test(e.githubMessage ?? ''))
            return false;
        throw e;
    }
}
/** Points the branch at `sha` whatever it pointed at (only for branches this project owns outright). */
async function forceRef(octokit, repo, branch, sha) {
    await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
}
/** Creates the branch at `sha`; false when it already exists (a concurrent creator, or an older branch). */
async function createBranchRef(octokit, repo, branch, sha) {
    try {
        await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
        return true;
    }
    catch (e) {
        if ((0,forge_error/* isForgeError */.Qu)(e) && e.status === 422 && /already exists/i.test(e.githubMessage ?? ''))
            return false;
        throw e;
    }
}
/**
 * Deletes the branch; false when it was already gone. GitHub answers 422 for a missing ref (the
 * description declares that answer without a body, so the status alone decides).
 */
async function deleteBranchRef(octokit, repo, branch) {
    try {
        await octokit.rest.git.deleteRef({ ...repo, ref: `heads/${branch}` });
        return true;
    }
    catch (e) {
        if (isForgeError(e) && (e.status === 422 || e.status === 404))
            return false;
        throw e;
    }
}
/** A blob's content as UTF-8 text. */
async function readBlobText(octokit, repo, blobSha) {
    const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: blobSha });
    return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
}
/**
 * The text of one file at a commit, or undefined when the path holds no file. Walks the trees one
 * directory at a time (a recursive listing of a large repository can come back truncated).
 */
async function readFileAtCommit(octokit, repo, commitSha, path) {
    let tree = await commitTree(octokit, repo, commitSha);
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
        const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: tree });
        const entry = data.tree.find((e) => e.path === parts[i]);
        const last = i === parts.length - 1;
        if (!entry?.sha || entry.type !== (last ? 'blob' : 'tree'))
            return undefined;
        if (last)
            return readBlobText(octokit, repo, entry.sha);
        tree = entry.sha;
    }
    return undefined;
}

;// CONCATENATED MODULE: ../../../../shared/github/github-state-store.ts
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




const DEFAULT_REGISTRY_BRANCH = 'mlops-registry';
const DIR = 'registry';
class GitHubStateStore {
    octokit;
    repo;
    branch;
    /** Commit SHA -> (path -> blob SHA) and blob SHA -> text: Git objects never change. */
    treeCache = new Map();
    blobCache = new Map();
    constructor(octokit, repo, options = {}) {
        this.octokit = octokit;
        this.repo = repo;
        this.branch = options.branch ?? DEFAULT_REGISTRY_BRANCH;
    }
    async read(model) {
        const head = await this.head();
        if (!head)
            return undefined;
        const text = await this.fileAt(head, docPath(model));
        return text === undefined ? undefined : { value: JSON.parse(text), revision: head };
    }
    async write(model, value, auditLines, expectedRevision, message) {
        const doc = docPath(model);
        for (const line of auditLines) {
            if (/[\r\n]/.test(line))
                throw new runtime_errors/* UsageError */.eb(`audit line for ${model} contains a line break: ${JSON.stringify(line.slice(0, 80))}`, { hint: 'serialise each entry with JSON.stringify' });
        }
        let base = expectedRevision;
        if (base === undefined) {
            // "Must not exist": checked at the current head; the CAS below pins that head.
            base = await this.head();
            if (base === undefined)
                return this.createBranch(model, value, auditLines, message);
            if ((await this.fileAt(base, doc)) !== undefined)
                return false;
        }
        else if ((await this.fileAt(base, doc).catch(ignoreMissing)) === undefined) {
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
    async audit(model) {
        const head = await this.head();
        if (!head)
            return [];
        const text = await this.fileAt(head, auditPath(model));
        return (text ?? '').split('\n').filter((l) => l.length > 0);
    }
    async models() {
        const head = await this.head();
        if (!head)
            return [];
        const { files } = await this.filesAt(head);
        const out = [];
        for (const path of files.keys()) {
            const m = /^registry\/([^/]+)\.json$/.exec(path);
            if (m)
                out.push(m[1]);
        }
        return out.sort();
    }
    /** The branch head's commit SHA, or undefined when the branch does not exist yet. */
    head() {
        return branchHead(this.octokit, this.repo, this.branch);
    }
    async createBranch(model, value, auditLines, message) {
        const tree = await this.tree([
            [docPath(model), docText(value)],
            [auditPath(model), appendLines('', auditLines)],
        ]);
        const { data: commit } = await this.octokit.rest.git.createCommit({ ...this.repo, message, tree, parents: [] });
        return createBranchRef(this.octokit, this.repo, this.branch, commit.sha);
    }
    tree(files, baseTree) {
        return treeWithFiles(this.octokit, this.repo, files, baseTree);
    }
    async filesAt(commitSha) {
        const cached = this.treeCache.get(commitSha);
        if (cached)
            return cached;
        const { data: commit } = await this.octokit.rest.git.getCommit({ ...this.repo, commit_sha: commitSha });
        const { data: tree } = await this.octokit.rest.git.getTree({ ...this.repo, tree_sha: commit.tree.sha, recursive: 'true' });
        if (tree.truncated)
            throw new runtime_errors/* UsageError */.eb(`the ${this.branch} branch has too many files for one tree listing`, { hint: `keep only registry/ on the ${this.branch} branch` });
        const files = new Map();
        for (const e of tree.tree)
            if (e.type === 'blob' && e.path?.startsWith(`${DIR}/`) && e.sha)
                files.set(e.path, e.sha);
        const out = { tree: commit.tree.sha, files };
        this.treeCache.set(commitSha, out);
        return out;
    }
    async fileAt(commitSha, path) {
        const sha = (await this.filesAt(commitSha)).files.get(path);
        if (!sha)
            return undefined;
        let text = this.blobCache.get(sha);
        if (text === undefined) {
            text = await readBlobText(this.octokit, this.repo, sha);
            this.blobCache.set(sha, text);
        }
        return text;
    }
}
/** Model names become file names: refuse what could leave `registry/` or hide a file. */
function checkModel(model) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(model) || model.endsWith('.audit')) {
        throw new runtime_errors/* UsageError */.eb(`model name ${JSON.stringify(model)} cannot name a registry file`, { hint: 'use letters, digits, ".", "_" and "-", starting with a letter or digit' });
    }
    return model;
}
const docPath = (model) => `${DIR}/${checkModel(model)}.json`;
const auditPath = (model) => `${DIR}/${checkModel(model)}.audit.jsonl`;
const docText = (value) => `${JSON.stringify(value, null, 2)}\n`;
/** A torn last line (the file edited by hand on the branch) is cut and noted, never appended to. */
function appendLines(previous, lines) {
    return (0,jsonl_append/* appendedJsonlText */.BW)(previous, lines);
}
/** A revision that is not a commit in this repository reads as "no document". */
function ignoreMissing(e) {
    if ((0,forge_error/* isForgeError */.Qu)(e) && (e.status === 404 || e.status === 422))
        return undefined;
    throw e;
}

;// CONCATENATED MODULE: ../../../../shared/github/github-registry.ts



function openGitHubRegistry(octokit, repo, options = {}) {
    return {
        releases: new GitHubReleaseStore(octokit, repo, tag/* tagOf */.cO, options),
        state: new GitHubStateStore(octokit, repo, { branch: options.branch }),
    };
}
/** `owner/repo` → RepoRef, or undefined when the text is not one. */
function parseRepository(text) {
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(text ?? '');
    return m && m[2] !== '.' && m[2] !== '..' ? { owner: m[1], repo: m[2] } : undefined;
}

;// CONCATENATED MODULE: ../../../../shared/github/registry-branch.ts
/**
 * The registry branch a step writes to (`registry-branch` input), checked before the first call to
 * GitHub: a name git refuses (`git check-ref-format`) would otherwise fail only after labels,
 * approvals and releases were read, or halfway through a publish.
 */

/** git-check-ref-format(1)'s rules for a branch name, plus a length GitHub accepts. */
function validateRegistryBranch(branch) {
    const problem = branchProblem(branch);
    if (problem === undefined)
        return branch;
    const shown = JSON.stringify(branch.length > 80 ? `${branch.slice(0, 80)}…` : branch);
    throw new runtime_errors/* UsageError */.eb(`registry branch ${shown} is not a valid branch name: ${problem}`, {
        hint: 'use letters, digits, "-", "_", "." and "/" (default mlops-registry)',
    });
}
function branchProblem(b) {
    if (b === '')
        return 'it is empty';
    if (b.length > 200)
        return 'it is longer than 200 characters';
    // Control characters, space and the characters git gives meaning to in revisions.
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(b))
        return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
    if (b.includes('..'))
        return 'it contains ".."';
    if (b.includes('@{') || b === '@')
        return 'it contains "@{" or is "@"';
    if (b.startsWith('/') || b.endsWith('/') || b.includes('//'))
        return 'it starts or ends with "/" or has an empty part';
    if (b.startsWith('-'))
        return 'it starts with "-"';
    if (b.endsWith('.'))
        return 'it ends with "."';
    if (b.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock')))
        return 'a part starts with "." or ends with ".lock"';
    return undefined;
}

;// CONCATENATED MODULE: ../../../../shared/github/run-approvals.ts
async function listRunApprovals(octokit, { owner, repo, run_id }) {
    const { data } = await octokit.rest.actions.getReviewsForRun({ owner, repo, run_id });
    return data.flatMap((a) => a.environments.map((e) => ({
        reviewer: a.user.login,
        comment: a.comment,
        environment: e.name ?? '',
        state: a.state,
    })));
}
/**
 * The approval that let this run into `environment`: the last approved review naming it (GitHub
 * environment names are case-insensitive). A rejection stops the run before our step, so only
 * approvals are looked at.
 */
function approvalFor(approvals, environment) {
    const want = environment.toLowerCase();
    return approvals.filter((a) => a.state === 'approved' && a.environment.toLowerCase() === want).at(-1);
}

;// CONCATENATED MODULE: ../../../../shared/github/promote-ports.ts
/**
 * promote-model's ports on GitHub: the registry (releases and the state branch), who approved this
 * run for its environment (the run approvals API), and the Deployment recording the promotion.
 * The step itself is shared/steps/promote-model.ts.
 */






async function approvalOfThisRun(octokit, o, environment) {
    const runId = Number(o.env.GITHUB_RUN_ID);
    if (!Number.isInteger(runId) || runId <= 0) {
        if (o.requireApproval)
            throw new errors/* ApprovalError */.g3('require-approval is set, but this is not a workflow run (GITHUB_RUN_ID is not set)');
        return undefined;
    }
    let approvals;
    try {
        approvals = await listRunApprovals(octokit, { ...o.repo, run_id: runId });
    }
    catch (e) {
        // Recording the approval is best effort unless it is required: a token without actions: read
        // must not block a promotion the environment already gated.
        if (o.requireApproval || !(0,forge_error/* isForgeError */.Qu)(e))
            throw e;
        o.log(`warning: cannot read this run's approvals (${e.message}); promoting without recording one`);
        return undefined;
    }
    const approval = approvalFor(approvals, environment);
    if (!approval && o.requireApproval) {
        throw new errors/* ApprovalError */.g3(`require-approval is set, but run ${runId} has no approval for environment "${environment}"`, {
            hint: `run the job with \`environment: ${environment}\` and add required reviewers to that environment (Settings → Environments)`,
        });
    }
    return approval;
}
function openGitHubPromotePorts(octokit, o) {
    // Checked here, before the step makes its first call.
    if (o.registryBranch !== undefined)
        validateRegistryBranch(o.registryBranch);
    return {
        ...openGitHubRegistry(octokit, o.repo, { branch: o.registryBranch }),
        async approval(environment) {
            const approval = await approvalOfThisRun(octokit, o, environment);
            if (!approval)
                return undefined;
            o.log(`approved by ${approval.reviewer} for ${environment}${approval.comment ? `: ${approval.comment}` : ''}`);
            return { reviewer: approval.reviewer, comment: approval.comment || null, environment };
        },
        recordDeployment: o.deployment
            ? async (result, environment) => {
                const server = (o.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
                const runId = Number(o.env.GITHUB_RUN_ID) || 0;
                const d = await recordModelDeployment(octokit, {
                    ...o.repo,
                    environment,
                    ref: result.tag,
                    model: result.model,
                    version: result.to,
                    alias: result.alias,
                    runId,
                    runAttempt: Number(o.env.GITHUB_RUN_ATTEMPT) || 1,
                    state: 'success',
                    environmentUrl: o.environmentUrl,
                    logUrl: runId ? `${server}/${o.repo.owner}/${o.repo.repo}/actions/runs/${runId}` : undefined,
                });
                o.log(`deployment ${d.deploymentId} of ${result.tag} to ${environment}: ${d.action}, status success ${d.statusAction}`);
                return { id: d.deploymentId, url: d.url };
            }
            : undefined,
    };
}


/***/ }),

/***/ 5335:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ ForgeError),
/* harmony export */   Qu: () => (/* binding */ isForgeError),
/* harmony export */   TA: () => (/* binding */ EXIT_FORGE_FAILED)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/**
 * A request to the forge (GitHub) failed, or was refused before it was sent because GitHub would
 * reject it (a body over a size limit). It names the call (method + route template), GitHub's
 * status and message, and what the user can do (usually: a missing token permission).
 *
 * Exit code 3 (`EXIT_FORGE_FAILED`), not 1: 1 means "a check ran and failed" (a gate, drift) and
 * workflows branch on it; a forge failure means the step could not finish its side effects at all
 * (permissions, an outage, retries exhausted), which a caller must not mistake for a failed gate.
 * Not 2 either: the user's data was fine.
 */

const EXIT_FORGE_FAILED = 3;
class ForgeError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    exitCode = EXIT_FORGE_FAILED;
    method;
    route;
    status;
    githubMessage;
    constructor(d) {
        const status = d.status === undefined ? 'no response' : `HTTP ${d.status}`;
        const msg = d.githubMessage ? `: ${d.githubMessage}` : '';
        const attempts = d.attempts && d.attempts > 1 ? ` after ${d.attempts} attempts` : '';
        super(`GitHub ${d.method} ${d.route} failed (${status}${attempts})${msg}`, { hint: d.hint, cause: d.cause });
        this.method = d.method;
        this.route = d.route;
        this.status = d.status;
        this.githubMessage = d.githubMessage;
    }
}
function isForgeError(e) {
    return e instanceof ForgeError;
}


/***/ })

};
