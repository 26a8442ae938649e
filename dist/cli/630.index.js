export const id = 630;
export const ids = [630,176];
export const modules = {

/***/ 324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dW: () => (/* binding */ writeModelArchive),
/* harmony export */   t5: () => (/* binding */ extractModelArchive)
/* harmony export */ });
/* unused harmony exports listModelFiles, unsafeEntryName, relativePosix */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2714);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9980);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1543);
/**
 * The model archive: a deterministic tar.gz of the model's files, and its safe extraction.
 *
 * Deterministic: the same files (names and bytes) give the same archive bytes, whatever order they
 * were created in, their mtimes, owners or permissions, so the archive's SHA-256 identifies the
 * model. Entries are regular files only, sorted by path (UTF-8 byte order), with mtime 0, uid/gid
 * 0, empty uname/gname and mode 0644 (the practice of reproducible-builds.org's "archives" page).
 * The gzip member has mtime 0, no file name, and OS byte 255 ("unknown"): Node's zlib would write
 * the build platform there (3 on Unix, 10 on Windows), which would make the digest depend on it.
 * Compression level is fixed (9); the zlib inside Node could still change its output between Node
 * releases, which is why immutability is checked on the archive's *contents* too (manifest files).
 *
 * Extraction refuses anything that could write outside the target folder: absolute names,
 * `..` segments, backslashes, links of any kind (symlinks pointing outside are named as such),
 * devices, and duplicate entries. It writes into a temporary sibling folder and renames it into
 * place, so a refused archive leaves nothing behind.
 */










const FIXED = { mtime: new Date(0), uid: 0, gid: 0, uname: '', gname: '', mode: 0o644 };
const GZIP_OS_UNKNOWN = 255;
const byteOrder = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
/** Regular files under `dir`, as relative forward-slash paths in archive order. Links are refused. */
async function listModelFiles(dir) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(dir);
    let top;
    try {
        top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(root);
    }
    catch {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`model files folder ${dir} does not exist`, { hint: 'pass --files DIR, the folder training wrote the model to' });
    }
    if (!top.isDirectory())
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`${dir} is not a folder`, { hint: 'pass --files DIR, the folder training wrote the model to' });
    const out = [];
    async function walk(abs, rel) {
        for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(abs, { withFileTypes: true })) {
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            const childAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(abs, entry.name);
            if (entry.isDirectory())
                await walk(childAbs, childRel);
            else if (entry.isFile())
                out.push(childRel);
            else if (entry.isSymbolicLink()) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, childRel)} is a symbolic link`, { hint: 'a model archive holds regular files only: copy the file it points to into the folder' });
            }
            else
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, childRel)} is not a regular file`, { hint: 'a model archive holds regular files only' });
        }
    }
    await walk(root, '');
    if (out.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`model files folder ${dir} has no files`, { hint: 'check that training wrote its outputs there' });
    return out.sort(byteOrder);
}
/** Sets the gzip header's OS byte (offset 9) so the archive does not depend on the platform. */
class GzipOsByte extends node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform {
    seen = 0;
    _transform(chunk, _enc, done) {
        if (this.seen <= 9 && this.seen + chunk.length > 9) {
            chunk = Buffer.from(chunk);
            chunk[9 - this.seen] = GZIP_OS_UNKNOWN;
        }
        this.seen += chunk.length;
        done(null, chunk);
    }
}
/** Hashes and counts what flows through. */
class Digest extends node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    size = 0;
    _transform(chunk, _enc, done) {
        this.hash.update(chunk);
        this.size += chunk.length;
        done(null, chunk);
    }
}
async function writeEntry(pack, absPath, name) {
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(absPath);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let written = 0;
    await new Promise((resolvePromise, reject) => {
        const sink = pack.entry({ ...FIXED, name, size: st.size, type: 'file' }, (err) => (err ? reject(err) : resolvePromise()));
        const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(absPath);
        source.on('data', (chunk) => {
            const b = chunk;
            hash.update(b);
            written += b.length;
            if (!sink.write(b)) {
                source.pause();
                sink.once('drain', () => source.resume());
            }
        });
        source.on('error', (e) => {
            sink.destroy(e);
            reject(e);
        });
        source.on('end', () => sink.end(undefined));
    }).catch((e) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`cannot archive ${absPath}: ${e.message}`, { hint: 'was the file changed while publishing? run again once training has finished', cause: e });
    });
    if (written !== st.size)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`${absPath} changed size while it was archived`, { hint: 'run again once training has finished' });
    return { path: name, size: st.size, sha256: hash.digest('hex') };
}
/**
 * Writes the files under `dir` as a deterministic tar.gz at `destination` (streamed: files are never
 * held in memory) and returns its digest and the digest of every file in it.
 */
async function writeModelArchive(dir, destination) {
    const names = await listModelFiles(dir);
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_7__.pack();
    const digest = new Digest();
    const files = [];
    const fill = (async () => {
        try {
            for (const name of names)
                files.push(await writeEntry(pack, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, ...name.split('/')), name));
            pack.finalize();
        }
        catch (e) {
            pack.destroy(e);
            throw e;
        }
    })();
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(destination), { recursive: true });
    const written = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(pack, (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.createGzip)({ level: 9, memLevel: 9, strategy: node_zlib__WEBPACK_IMPORTED_MODULE_6__.constants.Z_DEFAULT_STRATEGY }), new GzipOsByte(), digest, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(destination));
    try {
        await Promise.all([fill, written]);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(destination, { force: true });
        throw e;
    }
    return { sha256: digest.hash.digest('hex'), size: digest.size, files };
}
/** Why an entry name is refused, or undefined when it is a safe relative path. */
function unsafeEntryName(name) {
    if (name.length === 0)
        return 'has an empty name';
    if (name.includes('\0'))
        return 'has a NUL byte in its name';
    if (name.includes('\\'))
        return 'has a backslash in its name (a Windows path separator)';
    if (name.startsWith('/') || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(name) || /^[A-Za-z]:/.test(name))
        return 'is an absolute path';
    const parts = name.replace(/\/+$/, '').split('/');
    if (parts.some((p) => p === '..'))
        return 'climbs out of the folder with ".."';
    if (parts.some((p) => p === '' || p === '.'))
        return 'has an empty or "." path segment';
    return undefined;
}
/**
 * Extracts a model archive into `destination` (which must not exist yet) and returns its files with
 * their digests. Throws IntegrityError, leaving nothing behind, for an entry that is unsafe.
 */
async function extractModelArchive(archive, destination) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(destination);
    const staging = `${target}.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(staging, { recursive: true });
    const files = [];
    const refuse = (name, why) => new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .IntegrityError */ .c(`archive entry ${JSON.stringify(name)} ${why}; refusing to extract`, {
        location: { file: archive },
        hint: 'the archive was not written by mlops publish, or was tampered with',
    });
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_7__.extract();
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(archive);
    const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.createGunzip)();
    const piped = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(source, gunzip, extract);
    try {
        for await (const entry of extract) {
            const { name, type, linkname } = entry.header;
            const why = unsafeEntryName(name);
            if (why)
                throw refuse(name, why);
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(staging, ...name.replace(/\/+$/, '').split('/'));
            if (!abs.startsWith(staging + node_path__WEBPACK_IMPORTED_MODULE_3__.sep))
                throw refuse(name, 'resolves outside the folder');
            if (type === 'symlink' || type === 'link') {
                const to = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(abs), linkname ?? '');
                const outside = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(linkname ?? '') || !to.startsWith(staging + node_path__WEBPACK_IMPORTED_MODULE_3__.sep);
                throw refuse(name, outside ? `is a link pointing outside the folder (to ${JSON.stringify(linkname)})` : 'is a link (model archives hold regular files only)');
            }
            if (type === 'directory') {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(abs, { recursive: true });
                entry.resume();
                continue;
            }
            if (type !== 'file' && type !== 'contiguous-file')
                throw refuse(name, `is a ${type}, not a regular file`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(abs), { recursive: true });
            const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
            let size = 0;
            let fh;
            try {
                fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(abs, 'wx', 0o644);
            }
            catch (e) {
                if (e.code === 'EEXIST')
                    throw refuse(name, 'appears twice');
                throw e;
            }
            try {
                for await (const chunk of entry) {
                    const b = chunk;
                    hash.update(b);
                    size += b.length;
                    await fh.write(b);
                }
            }
            finally {
                await fh.close();
            }
            files.push({ path: node_path__WEBPACK_IMPORTED_MODULE_3__.posix.normalize(name), size, sha256: hash.digest('hex') });
        }
        await piped;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, target);
    }
    catch (e) {
        source.destroy();
        extract.destroy();
        await piped.catch(() => undefined);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true });
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .IntegrityError */ .c)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .IntegrityError */ .c(`cannot read model archive ${archive}: ${e.message}`, { hint: 'the archive is damaged or not a tar.gz', cause: e });
    }
    return files.sort((a, b) => byteOrder(a.path, b.path));
}
/** Where `path` is relative to `root`, in forward slashes (for messages). */
function relativePosix(root, path) {
    return relative(root, path).split(sep).join('/');
}


/***/ }),

/***/ 1543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ IntegrityError),
/* harmony export */   f: () => (/* binding */ ConflictError)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/**
 * Registry failures. Both mean "the step ran and refused", so both exit 1 (a check failed), which a
 * workflow can tell apart from bad usage or input (2, e.g. a hostile model name) and from the forge
 * failing (3):
 *   ConflictError   a published version is immutable: different content under an existing version,
 *                   or a state update that kept losing the compare-and-swap race.
 *   IntegrityError  a stored asset is missing or its SHA-256 differs from the manifest (tampering,
 *                   truncation), or an archive entry would escape its folder.
 */

class ConflictError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    exitCode = _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CHECK_FAILED */ .Gh;
}
class IntegrityError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    exitCode = _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CHECK_FAILED */ .Gh;
}


/***/ }),

/***/ 4111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bQ: () => (/* binding */ lineageOf),
/* harmony export */   mb: () => (/* binding */ runRefOf)
/* harmony export */ });
/* unused harmony export redactRemote */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Where a model came from. On GitHub Actions, from the runner's GITHUB_* variables; elsewhere from
 * the local git checkout, asked through execFile (an argument list, never a shell, so nothing in a
 * branch name or remote URL is ever interpreted).
 */


function git(args, cwd) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, timeout: 10_000, windowsHide: true }, (err, stdout) => resolve(err ? null : stdout.trim() || null));
    });
}
/** Drops credentials from a remote URL (`https://user:token@host/x` → `https://host/x`). */
function redactRemote(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}
const val = (s) => (s === undefined || s === '' ? null : s);
function localUser(env) {
    try {
        return val(env.USER) ?? val(env.USERNAME) ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.userInfo)().username;
    }
    catch {
        return null;
    }
}
/** Lineage of the current run: GitHub's variables when GITHUB_ACTIONS=true, else local git, else nothing. */
async function lineageOf(env, cwd = process.cwd()) {
    if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_RUN_ID) {
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        const repo = val(env.GITHUB_REPOSITORY);
        const runId = val(env.GITHUB_RUN_ID);
        const attempt = Number(env.GITHUB_RUN_ATTEMPT);
        return {
            source: 'github',
            repository: repo,
            commit: val(env.GITHUB_SHA),
            ref: val(env.GITHUB_REF),
            workflow: val(env.GITHUB_WORKFLOW_REF) ?? val(env.GITHUB_WORKFLOW),
            run_id: runId,
            run_attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : null,
            run_url: repo && runId ? `${server}/${repo}/actions/runs/${runId}` : null,
            actor: val(env.GITHUB_TRIGGERING_ACTOR) ?? val(env.GITHUB_ACTOR),
            trigger: val(env.GITHUB_EVENT_NAME),
        };
    }
    const commit = await git(['rev-parse', 'HEAD'], cwd);
    if (commit === null) {
        return { source: 'none', repository: null, commit: null, ref: null, workflow: null, run_id: null, run_attempt: null, run_url: null, actor: localUser(env), trigger: 'local' };
    }
    const [remote, ref] = await Promise.all([git(['remote', 'get-url', 'origin'], cwd), git(['symbolic-ref', '-q', 'HEAD'], cwd)]);
    return {
        source: 'git',
        repository: remote && redactRemote(remote),
        commit,
        ref,
        workflow: null,
        run_id: null,
        run_attempt: null,
        run_url: null,
        actor: (await git(['config', 'user.name'], cwd)) ?? localUser(env),
        trigger: 'local',
    };
}
/** The run part of an audit entry. */
function runRefOf(l) {
    if (!l.run_id)
        return null;
    return { repository: l.repository, run_id: l.run_id, run_attempt: l.run_attempt, workflow: l.workflow, url: l.run_url };
}


/***/ }),

/***/ 8077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MS: () => (/* binding */ ARCHIVE_ASSET),
/* harmony export */   NX: () => (/* binding */ COMPARISON_ASSET),
/* harmony export */   Oe: () => (/* binding */ EVALUATION_ASSET),
/* harmony export */   Pr: () => (/* binding */ PROFILE_ASSET),
/* harmony export */   VI: () => (/* binding */ RUN_ASSET),
/* harmony export */   Wd: () => (/* binding */ MODEL_CARD_ASSET),
/* harmony export */   a2: () => (/* binding */ modelManifestSchema),
/* harmony export */   ek: () => (/* binding */ MODEL_MANIFEST_SCHEMA),
/* harmony export */   ny: () => (/* binding */ MANIFEST_ASSET)
/* harmony export */ });
/* unused harmony exports fileEntrySchema, lineageSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1100);
/* harmony import */ var _model_evaluation_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7232);
/**
 * `mlops-actions/model@1`: what a published model version is. Written by publish as the asset
 * `manifest.json` next to the archive; read by promote (to verify every asset before an alias
 * moves) and by drift-check (the training data profile is its reference). Documented in
 * docs/registry.md ("The manifest").
 *
 * `content_digest` is what immutability compares: a SHA-256 over the archive's files (paths, sizes,
 * digests), the evaluation, the profile and the params, but not lineage, times or the model card,
 * so re-running the same publish in another workflow run is recognized as the same release.
 */


const MODEL_MANIFEST_SCHEMA = 'mlops-actions/model@1';
const MANIFEST_ASSET = 'manifest.json';
const ARCHIVE_ASSET = 'model.tar.gz';
const MODEL_CARD_ASSET = 'model-card.md';
const EVALUATION_ASSET = 'evaluation.json';
const PROFILE_ASSET = 'profile.json';
const RUN_ASSET = 'run.json';
const COMPARISON_ASSET = 'comparison.json';
const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
const fileEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** For archive files: the path inside the archive; for assets: the asset name. */
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    sha256,
});
const lineageSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** Where these values came from: the GitHub Actions environment, local git, or nothing known. */
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['github', 'git', 'none']),
    /** owner/name on GitHub; locally the `origin` remote URL (credentials removed), or null. */
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    run_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    run_attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
    /** Link to the workflow run, when on GitHub. */
    run_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    actor: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    /** The event that started the run (`push`, `workflow_dispatch`, ...), or `local`. */
    trigger: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
});
const modelManifestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(MODEL_MANIFEST_SCHEMA),
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** model/<name>/v<version> (shared/registry/tag.ts). */
    tag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    content_digest: sha256,
    created_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** The model archive and every file in it, sorted by path. */
    archive: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), sha256, files: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileEntrySchema) }),
    /** Every stored asset of the version except manifest.json itself (which cannot hold its own digest). */
    assets: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(fileEntrySchema),
    lineage: lineageSchema,
    /** From the train run record (mlops-actions/run@1), when one was given. */
    training: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ asset: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256, params: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J()), seed: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(), cache_key: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(), commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() })
        .nullable(),
    evaluation: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        asset: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        sha256,
        task: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']).nullable(),
        rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative().nullable(),
        dataset_sha256: sha256.nullable(),
        metrics: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), _model_evaluation_format_js__WEBPACK_IMPORTED_MODULE_0__/* .metricValueSchema */ .tm),
        omitted: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(_model_evaluation_format_js__WEBPACK_IMPORTED_MODULE_0__/* .omittedMetricSchema */ .I8),
    }),
    /** The compare step's verdict on this model, when a comparison was given. */
    comparison: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ asset: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256, verdict: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pass', 'fail', 'report-only']), failures: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), baseline_dataset_sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() })
        .nullable(),
    /** The training data's profile (mlops-actions/profile@1): drift-check's reference. */
    data: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ profile: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), sha256, rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), columns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()), sources: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) })
        .nullable(),
});


/***/ }),

/***/ 4630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cj: () => (/* binding */ fetchManifest),
  publishModel: () => (/* binding */ publishModel),
  Q3: () => (/* binding */ sha256File)
});

// UNUSED EXPORTS: contentDigestOf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/config/mlops-config.ts
var mlops_config = __webpack_require__(7123);
// EXTERNAL MODULE: ../../../../shared/compare/compare-files.ts + 4 modules
var compare_files = __webpack_require__(484);
// EXTERNAL MODULE: ../../../../shared/compare/comparison-format.ts
var comparison_format = __webpack_require__(7435);
// EXTERNAL MODULE: ../../../../shared/data/profile-merge.ts
var profile_merge = __webpack_require__(7781);
// EXTERNAL MODULE: ../../../../shared/model/train/run-format.ts
var run_format = __webpack_require__(7212);
// EXTERNAL MODULE: ../../../../shared/report/evaluation-summary.ts
var evaluation_summary = __webpack_require__(3176);
// EXTERNAL MODULE: ../../../../shared/report/markdown-escape.ts
var markdown_escape = __webpack_require__(1160);
;// CONCATENATED MODULE: ../../../../shared/report/model-card.ts


/** Slice rows shown per slice column; the evaluation asset has them all. */
const MAX_SLICE_ROWS = 30;
/** Profile columns shown in the data table. */
const MAX_COLUMNS = 60;
const SLICE_METRICS = ['accuracy', 'f1', 'roc_auc', 'log_loss', 'mae', 'rmse', 'r2'];
const cell = (s) => (s === null || s === undefined || s === '' ? '—' : (0,markdown_escape/* escapeMarkdownCell */.V)(String(s)));
const code = (s) => (s ? `\`${s.replace(/[^0-9A-Za-z._/:-]/g, '')}\`` : '—');
/** Prose from the config: paragraphs kept, each escaped. */
function prose(text, missing) {
    if (!text || !text.trim())
        return `_${missing}_`;
    return text
        .trim()
        .split(/\n\s*\n/)
        .map((p) => (0,markdown_escape/* escapeMarkdown */.F)(p.trim()))
        .join('\n\n');
}
function ci(m) {
    return m.ci ? `[${(0,evaluation_summary/* formatMetric */.gI)(m.ci[0])}, ${(0,evaluation_summary/* formatMetric */.gI)(m.ci[1])}]` : '—';
}
function num(v) {
    if (v === null)
        return '—';
    return typeof v === 'number' ? (0,evaluation_summary/* formatMetric */.gI)(v) : (0,markdown_escape/* escapeMarkdownCell */.V)(v, 40);
}
function metricsSection(e) {
    const names = Object.keys(e.metrics).sort();
    if (names.length === 0)
        return ['_No metrics were reported._'];
    const conf = e.bootstrap ? `${Math.round(e.bootstrap.confidence * 100)}% CI` : 'CI';
    const out = [`| metric | value | ${conf} |`, '| --- | ---: | --- |'];
    for (const n of names)
        out.push(`| ${cell(n)} | ${(0,evaluation_summary/* formatMetric */.gI)(e.metrics[n].value)} | ${ci(e.metrics[n])} |`);
    if (e.bootstrap)
        out.push('', `Intervals: ${e.bootstrap.method} bootstrap over ${e.bootstrap.unit}s, ${e.bootstrap.resamples} resamples.`);
    for (const o of e.omitted)
        out.push('', `Not reported: ${cell(o.metric)} (${(0,markdown_escape/* escapeMarkdown */.F)(o.reason)}).`);
    return out;
}
function slicesSection(e) {
    if (e.slices.length === 0)
        return [];
    const present = SLICE_METRICS.filter((m) => e.slices.some((s) => s.metrics[m]));
    const shown = present.length ? present : Object.keys(e.slices[0].metrics).slice(0, 4);
    const out = ['', '### Slices', '', `| slice | rows | ${shown.map(cell).join(' | ')} |`, `| --- | ---: | ${shown.map(() => '---:').join(' | ')} |`];
    const byColumn = new Map();
    for (const s of e.slices)
        byColumn.set(s.column, [...(byColumn.get(s.column) ?? []), s]);
    let cut = 0;
    for (const [column, slices] of byColumn) {
        for (const s of slices.slice(0, MAX_SLICE_ROWS)) {
            const vals = shown.map((m) => (s.metrics[m] ? `${(0,evaluation_summary/* formatMetric */.gI)(s.metrics[m].value)}${s.metrics[m].ci ? ` ${ci(s.metrics[m])}` : ''}` : '—'));
            out.push(`| ${cell(column)} = ${cell(s.value ?? '(missing)')} | ${s.rows} | ${vals.join(' | ')} |`);
        }
        cut += Math.max(0, slices.length - MAX_SLICE_ROWS);
    }
    if (cut)
        out.push('', `${cut} more slices are in evaluation.json.`);
    return out;
}
function dataSection(m, p) {
    if (!p || !m.data)
        return ['_No training data profile was published with this version._'];
    const out = [`${p.rows.toLocaleString('en-US')} rows, ${p.column_order.length} columns, from ${m.data.sources.map((s) => cell(s)).join(', ') || 'unnamed sources'}. Profile: \`${m.data.profile}\` (sha256 \`${m.data.sha256}\`), the drift check's reference.`, ''];
    out.push('| column | type | nulls | min | max | mean | distinct |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |');
    for (const name of p.column_order.slice(0, MAX_COLUMNS)) {
        const c = p.columns[name];
        if (!c)
            continue;
        out.push(`| ${cell(name)} | ${c.type} | ${c.nulls} | ${num(c.min)} | ${num(c.max)} | ${num(c.mean)} | ${Math.round(c.distinct.estimate)}${c.distinct.exact ? '' : ' (est.)'} |`);
    }
    if (p.column_order.length > MAX_COLUMNS)
        out.push('', `${p.column_order.length - MAX_COLUMNS} more columns are in the profile.`);
    return out;
}
function lineageSection(m) {
    const l = m.lineage;
    const rows = [
        ['repository', cell(l.repository)],
        ['commit', code(l.commit)],
        ['ref', cell(l.ref)],
        ['workflow', cell(l.workflow)],
        ['run', l.run_id ? `${cell(l.run_id)}${l.run_attempt ? ` (attempt ${l.run_attempt})` : ''}` : '—'],
        ['actor', cell(l.actor)],
        ['trigger', cell(l.trigger)],
    ];
    if (m.training)
        rows.push(['training params', cell(JSON.stringify(m.training.params))], ['seed', String(m.training.seed)]);
    if (m.comparison)
        rows.push(['comparison verdict', `**${m.comparison.verdict}**${m.comparison.failures.length ? `: ${m.comparison.failures.map((f) => (0,markdown_escape/* escapeMarkdown */.F)(f)).join('; ')}` : ''}`]);
    return ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
}
function filesSection(m) {
    const out = ['| file | bytes | sha256 |', '| --- | ---: | --- |'];
    for (const f of m.archive.files)
        out.push(`| ${cell(f.name)} | ${f.size} | \`${f.sha256}\` |`);
    return out;
}
function renderModelCard(input) {
    const { manifest: m, evaluation: e, profile, release } = input;
    const owners = release?.owners?.length ? release.owners.map((o) => (0,markdown_escape/* escapeMarkdown */.F)(o)).join(', ') : '_not set_';
    const task = e.task ? `${e.task} ` : '';
    const rows = e.rows !== null ? ` on ${e.rows.toLocaleString('en-US')} rows` : '';
    return [
        `# Model card: ${(0,markdown_escape/* escapeMarkdown */.F)(m.name)} v${(0,markdown_escape/* escapeMarkdown */.F)(m.version)}`,
        '',
        `Tag \`${m.tag}\` · published ${m.created_at} · content digest \`${m.content_digest}\``,
        '',
        '## Intended use',
        '',
        prose(release?.intended_use, `not set: add release.models.${m.name}.intended_use to mlops.yaml`),
        '',
        '## Limitations',
        '',
        prose(release?.limitations, `not set: add release.models.${m.name}.limitations to mlops.yaml`),
        '',
        `**Owners:** ${owners}`,
        '',
        '## Evaluation',
        '',
        `${task}evaluation${rows}${e.dataset ? ` of \`${e.dataset.sha256.slice(0, 12)}\`` : ''}.`,
        '',
        ...metricsSection(e),
        ...slicesSection(e),
        '',
        '## Training data',
        '',
        ...dataSection(m, profile),
        '',
        '## Lineage',
        '',
        ...lineageSection(m),
        '',
        '## Files',
        '',
        `\`${m.archive.name}\`: ${m.archive.size} bytes, sha256 \`${m.archive.sha256}\`.`,
        '',
        ...filesSection(m),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/registry/archive.ts
var registry_archive = __webpack_require__(324);
// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var registry_errors = __webpack_require__(1543);
// EXTERNAL MODULE: ../../../../shared/registry/lineage.ts
var registry_lineage = __webpack_require__(4111);
// EXTERNAL MODULE: ../../../../shared/registry/manifest-format.ts
var manifest_format = __webpack_require__(8077);
// EXTERNAL MODULE: ../../../../shared/registry/semver.ts
var semver = __webpack_require__(3004);
// EXTERNAL MODULE: ../../../../shared/registry/state-update.ts
var state_update = __webpack_require__(9753);
// EXTERNAL MODULE: ../../../../shared/registry/state-format.ts
var state_format = __webpack_require__(8831);
// EXTERNAL MODULE: ../../../../shared/registry/tag.ts
var registry_tag = __webpack_require__(7170);
;// CONCATENATED MODULE: ../../../../shared/registry/publish.ts
/**
 * publishModel: packages a model as a versioned, checksummed, immutable release with lineage and a
 * model card, and records it in the registry state. One operation for the CLI, the action and the
 * tests; the ports decide where it goes (local folder or GitHub releases + state branch).
 *
 * Immutability: a version's content is identified by its manifest's `content_digest`. Publishing
 * the same content again is a no-op success (with --bump too: the version already holding that
 * content is returned, never a new one); different content under an existing version is a
 * ConflictError. Two concurrent publishes that bump to the same version: the loser bumps again.
 */




















/** Publishes that bump to a version another publish just took try again, at most this often. */
const BUMP_RACE_ATTEMPTS = 5;
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
async function readJsonAs(file, schema, name, hint) {
    let json;
    try {
        json = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (e) {
        const code = e.code;
        throw new errors/* InputError */.dz(code === 'ENOENT' ? `${name} not found` : `cannot read the ${name}: ${e.message}`, { location: { file }, hint, cause: e });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new errors/* InputError */.dz(`not a valid ${name}: ${i.path.join('.') || '(top level)'}: ${i.message}`, { location: { file }, hint });
    }
    return parsed.data;
}
/** Canonical JSON (sorted keys) so the digest does not depend on key order. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value);
}
/** What immutability compares: the model's files, evaluation, profile and params (not lineage or times). */
function contentDigestOf(parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonical({ schema: manifest_format/* MODEL_MANIFEST_SCHEMA */.ek, ...parts })).digest('hex');
}
async function releaseText(options, model) {
    if (options.release)
        return options.release;
    if (!options.config)
        return undefined;
    return (await (0,mlops_config/* loadConfig */.Z9)(options.config)).release?.models?.[model];
}
/** The manifest of a stored version (downloaded and checked). */
async function fetchManifest(releases, ref, workDir) {
    const path = (0,external_node_path_.join)(workDir, `${ref.version}.${manifest_format/* MANIFEST_ASSET */.ny}`);
    await releases.download(ref, manifest_format/* MANIFEST_ASSET */.ny, path);
    const { sha256 } = await sha256File(path);
    const manifest = await readJsonAs(path, manifest_format/* modelManifestSchema */.a2, `${manifest_format/* MODEL_MANIFEST_SCHEMA */.ek} manifest of ${ref.tag}`, 'the stored manifest is damaged');
    return { manifest, sha256, path };
}
async function publishModel(options, ports) {
    const model = (0,registry_tag/* validateModelName */.HW)(options.model);
    const now = options.now ?? (() => new Date());
    const env = options.env ?? process.env;
    const evaluation = await (0,compare_files/* readEvaluationReport */.r)(options.evaluation);
    const profile = options.profile ? await (0,profile_merge.readProfile)(options.profile) : undefined;
    const run = options.run ? await readJsonAs(options.run, run_format/* runRecordSchema */._A, `${run_format/* RUN_SCHEMA */.EJ} train record`, 'point at the record train wrote (--run-out)') : undefined;
    const comparison = options.comparison
        ? await readJsonAs(options.comparison, comparison_format/* comparisonSchema */.D, `${comparison_format/* COMPARISON_SCHEMA */.GX} comparison`, 'point at the comparison.json compare wrote')
        : undefined;
    const release = await releaseText(options, model);
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlops-publish-'));
    try {
        const archivePath = (0,external_node_path_.join)(work, manifest_format/* ARCHIVE_ASSET */.MS);
        const archive = await (0,registry_archive/* writeModelArchive */.dW)(options.files, archivePath);
        const evaluationFile = await sha256File(options.evaluation);
        const profileFile = options.profile ? await sha256File(options.profile) : undefined;
        const runFile = options.run ? await sha256File(options.run) : undefined;
        const comparisonFile = options.comparison ? await sha256File(options.comparison) : undefined;
        const files = archive.files.map((f) => ({ name: f.path, size: f.size, sha256: f.sha256 }));
        const contentDigest = contentDigestOf({ model, files, evaluation: evaluationFile.sha256, profile: profileFile?.sha256 ?? null, params: run?.params ?? null });
        const lineage = await (0,registry_lineage/* lineageOf */.bQ)(env, options.cwd);
        for (let attempt = 1;; attempt++) {
            const state = (await (0,state_update/* readState */.un)(ports.state, model))?.state;
            const published = (await ports.releases.list(model)).map((r) => r.version);
            const same = state?.versions.find((v) => v.content_digest === contentDigest);
            const explicit = options.version !== undefined && options.version !== '';
            // With a bump, content already published under some version is that version, not a new one.
            if (!explicit && same && published.includes(same.version)) {
                return await alreadyThere(ports, model, same.version, contentDigest, `same content as ${same.version}`, work, lineage, now);
            }
            const { version, reason } = (0,semver/* nextVersion */.yU)(published, options);
            const tag = (0,registry_tag/* tagOf */.cO)(model, version);
            const existing = await ports.releases.find(model, version);
            if (existing)
                return await alreadyThere(ports, model, version, contentDigest, reason, work, lineage, now);
            const created = now().toISOString();
            const manifest = {
                schema: manifest_format/* MODEL_MANIFEST_SCHEMA */.ek,
                name: model,
                version,
                tag,
                content_digest: contentDigest,
                created_at: created,
                archive: { name: manifest_format/* ARCHIVE_ASSET */.MS, size: archive.size, sha256: archive.sha256, files },
                assets: [],
                lineage,
                training: run && runFile
                    ? { asset: manifest_format/* RUN_ASSET */.VI, sha256: runFile.sha256, params: run.params, seed: run.seed, cache_key: run.cache_key, commit: run.git.commit }
                    : null,
                evaluation: {
                    asset: manifest_format/* EVALUATION_ASSET */.Oe,
                    sha256: evaluationFile.sha256,
                    task: evaluation.task,
                    rows: evaluation.rows,
                    dataset_sha256: evaluation.dataset?.sha256 ?? null,
                    metrics: evaluation.metrics,
                    omitted: evaluation.omitted,
                },
                comparison: comparison && comparisonFile
                    ? { asset: manifest_format/* COMPARISON_ASSET */.NX, sha256: comparisonFile.sha256, verdict: comparison.verdict, failures: comparison.gate.failures, baseline_dataset_sha256: comparison.baseline?.dataset_sha256 ?? null }
                    : null,
                data: profile && profileFile
                    ? { profile: manifest_format/* PROFILE_ASSET */.Pr, sha256: profileFile.sha256, rows: profile.rows, columns: profile.column_order, sources: profile.sources.map((s) => (0,external_node_path_.basename)(s.file)) }
                    : null,
            };
            const card = renderModelCard({ manifest, evaluation, profile, release });
            const cardPath = (0,external_node_path_.join)(work, manifest_format/* MODEL_CARD_ASSET */.Wd);
            await (0,promises_.writeFile)(cardPath, card);
            const assetFiles = [
                { name: manifest_format/* ARCHIVE_ASSET */.MS, path: archivePath },
                { name: manifest_format/* MODEL_CARD_ASSET */.Wd, path: cardPath },
                { name: manifest_format/* EVALUATION_ASSET */.Oe, path: options.evaluation },
            ];
            if (options.profile)
                assetFiles.push({ name: manifest_format/* PROFILE_ASSET */.Pr, path: options.profile });
            if (options.run)
                assetFiles.push({ name: manifest_format/* RUN_ASSET */.VI, path: options.run });
            if (options.comparison)
                assetFiles.push({ name: manifest_format/* COMPARISON_ASSET */.NX, path: options.comparison });
            for (const a of assetFiles)
                manifest.assets.push({ name: a.name, ...(await sha256File(a.path)) });
            const manifestText = `${JSON.stringify(manifest_format/* modelManifestSchema */.a2.parse(manifest), null, 2)}\n`;
            const manifestPath = (0,external_node_path_.join)(work, manifest_format/* MANIFEST_ASSET */.ny);
            await (0,promises_.writeFile)(manifestPath, manifestText);
            const manifestSha = (0,external_node_crypto_.createHash)('sha256').update(manifestText).digest('hex');
            let ref;
            try {
                ref = await ports.releases.create(model, version, [{ name: manifest_format/* MANIFEST_ASSET */.ny, path: manifestPath }, ...assetFiles], card);
            }
            catch (e) {
                if (!(e instanceof registry_errors/* ConflictError */.f))
                    throw e;
                // Someone published this version between our find() and create(): same content is fine.
                const raced = await ports.releases.find(model, version);
                if (raced) {
                    const stored = await fetchManifest(ports.releases, raced, work);
                    if (stored.manifest.content_digest === contentDigest)
                        return await alreadyThere(ports, model, version, contentDigest, reason, work, lineage, now);
                }
                if (!explicit && attempt < BUMP_RACE_ATTEMPTS)
                    continue;
                throw e;
            }
            await recordVersion(ports, model, { version, tag, url: ref.url, manifest_sha256: manifestSha, content_digest: contentDigest, published_at: created, published_by: lineage.actor }, lineage, options.retry, now);
            return { status: 'published', model, version, tag, url: ref.url, reason, content_digest: contentDigest, manifest, manifest_sha256: manifestSha };
        }
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** The version exists: a no-op when it holds the same content, a ConflictError otherwise. */
async function alreadyThere(ports, model, version, contentDigest, reason, work, lineage, now) {
    const ref = await ports.releases.find(model, version);
    if (!ref)
        throw new Error(`${(0,registry_tag/* tagOf */.cO)(model, version)} vanished while publishing`);
    const stored = await fetchManifest(ports.releases, ref, work);
    if (stored.manifest.content_digest !== contentDigest) {
        throw new registry_errors/* ConflictError */.f(`${ref.tag} is already published with different content (content digest ${stored.manifest.content_digest.slice(0, 12)}, this publish ${contentDigest.slice(0, 12)})`, {
            hint: 'a published version is immutable: publish under a new version (--bump patch|minor|major or another --version)',
        });
    }
    // Repairs the state when an earlier publish stored the release but died before recording it.
    await recordVersion(ports, model, { version, tag: ref.tag, url: ref.url, manifest_sha256: stored.sha256, content_digest: contentDigest, published_at: stored.manifest.created_at, published_by: stored.manifest.lineage.actor }, lineage, undefined, now);
    return { status: 'unchanged', model, version, tag: ref.tag, url: ref.url, reason, content_digest: contentDigest, manifest: stored.manifest, manifest_sha256: stored.sha256 };
}
async function recordVersion(ports, model, entry, lineage, retry, now = () => new Date()) {
    await (0,state_update/* updateState */.$j)(ports.state, model, (current) => {
        const state = current ?? (0,state_update/* emptyState */.p$)(model);
        if (state.versions.some((v) => v.version === entry.version))
            return { unchanged: undefined };
        state.versions.push(entry);
        state.versions.sort((a, b) => (0,semver/* compareVersions */.Zy)(a.version, b.version));
        return {
            state,
            result: undefined,
            audit: [
                {
                    schema: state_format/* REGISTRY_AUDIT_SCHEMA */.q4,
                    at: now().toISOString(),
                    model,
                    action: 'publish',
                    alias: null,
                    from: null,
                    to: entry.version,
                    actor: lineage.actor,
                    approval: null,
                    run: (0,registry_lineage/* runRefOf */.mb)(lineage),
                    manifest_sha256: entry.manifest_sha256,
                },
            ],
        };
    }, `publish ${entry.tag}`, retry);
}


/***/ }),

/***/ 3004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   qh: () => (/* binding */ formatVersion),
/* harmony export */   t: () => (/* binding */ highestVersion),
/* harmony export */   yU: () => (/* binding */ nextVersion),
/* harmony export */   z0: () => (/* binding */ tryParseVersion),
/* harmony export */   ze: () => (/* binding */ MAX_VERSION_LENGTH)
/* harmony export */ });
/* unused harmony exports BUMPS, parseVersion, bumpVersion, FIRST_VERSION, BUMP_LABEL_PREFIX, bumpFromLabels */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/**
 * Model versions: Semantic Versioning 2.0.0 (semver.org) without build metadata: `X.Y.Z` with an
 * optional prerelease (`1.4.0-rc.1`). Build metadata (`+sha`) is refused: semver ignores it when
 * ordering, so `1.0.0+a` and `1.0.0+b` would be two releases of one version. Bumps follow npm's
 * `semver.inc` (a prerelease bumps to its release: 1.2.0-rc.1 + patch = 1.2.0).
 */

const BUMPS = ['major', 'minor', 'patch'];
/** Longer than any real version; keeps tags, folder names and messages sane. */
const MAX_VERSION_LENGTH = 64;
const NUM = '(0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const SEMVER_RE = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?$`);
/** Parses `1.2.3`, `1.2.3-rc.1`, or the same with one leading `v`; undefined when it is not one. */
function tryParseVersion(text) {
    if (text.length > MAX_VERSION_LENGTH + 1)
        return undefined;
    const m = SEMVER_RE.exec(text.startsWith('v') ? text.slice(1) : text);
    if (!m)
        return undefined;
    const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
    if (![major, minor, patch].every(Number.isSafeInteger))
        return undefined;
    return { major, minor, patch, prerelease: m[4] ? m[4].split('.') : [] };
}
/** Like tryParseVersion, but a bad version is a UsageError that says what a good one looks like. */
function parseVersion(text, where = 'version') {
    const v = tryParseVersion(text);
    if (v)
        return v;
    const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
    const hint = text.includes('+')
        ? 'build metadata (+...) is not allowed: semver ignores it when ordering, so it cannot tell two releases apart'
        : `use MAJOR.MINOR.PATCH with an optional -prerelease, e.g. 1.4.0 or 2.0.0-rc.1 (at most ${MAX_VERSION_LENGTH} characters)`;
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${where} ${shown} is not a semantic version`, { hint });
}
function formatVersion(v) {
    const core = `${v.major}.${v.minor}.${v.patch}`;
    return v.prerelease.length ? `${core}-${v.prerelease.join('.')}` : core;
}
/** The canonical text of a version as given (drops a leading `v`); throws UsageError when invalid. */
function normalizeVersion(text, where) {
    return formatVersion(parseVersion(text, where));
}
function compareIds(a, b) {
    const na = /^\d+$/.test(a);
    const nb = /^\d+$/.test(b);
    if (na && nb)
        return Math.sign(Number(a) - Number(b));
    if (na)
        return -1; // numeric identifiers have lower precedence than alphanumeric ones (semver 11.4.3)
    if (nb)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Semver precedence: negative when a < b, 0 when equal, positive when a > b. */
function compareVersions(a, b) {
    const x = typeof a === 'string' ? parseVersion(a) : a;
    const y = typeof b === 'string' ? parseVersion(b) : b;
    for (const k of ['major', 'minor', 'patch'])
        if (x[k] !== y[k])
            return Math.sign(x[k] - y[k]);
    // A release ranks above its prereleases (1.0.0-rc.1 < 1.0.0).
    if (!x.prerelease.length || !y.prerelease.length)
        return Math.sign(Number(!x.prerelease.length) - Number(!y.prerelease.length));
    for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
        if (x.prerelease[i] === undefined)
            return -1;
        if (y.prerelease[i] === undefined)
            return 1;
        const c = compareIds(x.prerelease[i], y.prerelease[i]);
        if (c !== 0)
            return c;
    }
    return 0;
}
/** The highest of `versions` (strings), or undefined for none. With `stableOnly`, prereleases are skipped. */
function highestVersion(versions, stableOnly = false) {
    let best;
    for (const text of versions) {
        const v = tryParseVersion(text);
        if (!v || (stableOnly && v.prerelease.length))
            continue;
        if (!best || compareVersions(v, best) > 0)
            best = v;
    }
    return best && formatVersion(best);
}
/** npm semver's `inc` for major/minor/patch. */
function bumpVersion(version, bump) {
    const v = typeof version === 'string' ? parseVersion(version) : version;
    const pre = v.prerelease.length > 0;
    switch (bump) {
        case 'major':
            return formatVersion({ major: pre && v.minor === 0 && v.patch === 0 ? v.major : v.major + 1, minor: 0, patch: 0, prerelease: [] });
        case 'minor':
            return formatVersion({ major: v.major, minor: pre && v.patch === 0 ? v.minor : v.minor + 1, patch: 0, prerelease: [] });
        case 'patch':
            return formatVersion({ major: v.major, minor: v.minor, patch: pre ? v.patch : v.patch + 1, prerelease: [] });
    }
}
/** The version a model's first publish gets when none is given: "v1". */
const FIRST_VERSION = '1.0.0';
/** The PR label that asks for a bump: `model:major`, `model:minor`, `model:patch`. */
const BUMP_LABEL_PREFIX = 'model:';
/**
 * The bump PR labels ask for: the largest of the `model:*` labels (major > minor > patch), or
 * undefined when there is none. Other labels are ignored.
 */
function bumpFromLabels(labels) {
    const asked = new Set(labels.map((l) => l.trim().toLowerCase()).filter((l) => l.startsWith(BUMP_LABEL_PREFIX)).map((l) => l.slice(BUMP_LABEL_PREFIX.length)));
    return BUMPS.find((b) => asked.has(b));
}
/**
 * The version to publish. Precedence: an explicit version; else the highest existing version bumped
 * by the `bump` input, else by a PR label, else by patch; the first version of a model is 1.0.0.
 */
function nextVersion(existing, choice) {
    if (choice.version !== undefined && choice.version !== '')
        return { version: normalizeVersion(choice.version), reason: 'explicit' };
    const highest = highestVersion(existing);
    const label = bumpFromLabels(choice.labels ?? []);
    const bump = choice.bump ?? label ?? 'patch';
    const why = choice.bump ? `--bump ${bump}` : label ? `PR label ${BUMP_LABEL_PREFIX}${label}` : 'default patch bump';
    if (!highest)
        return { version: FIRST_VERSION, reason: 'first version' };
    return { version: bumpVersion(highest, bump), reason: `${why} from ${highest}` };
}


/***/ }),

/***/ 8831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e0: () => (/* binding */ registryStateSchema),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   q4: () => (/* binding */ REGISTRY_AUDIT_SCHEMA),
/* harmony export */   x9: () => (/* binding */ auditEntrySchema)
/* harmony export */ });
/* unused harmony exports REGISTRY_STATE_SCHEMA, runRefSchema, approvalSchema, versionEntrySchema, aliasEntrySchema, aliasMoveSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1100);
/**
 * Registry state, written through the StateStore (shared/registry/ports.ts) with compare-and-swap.
 *
 * `mlops-actions/registry-state@1`: one document per model: its published versions, where each
 * alias points, and the alias history (every move, oldest first).
 * `mlops-actions/registry-audit@1`: one JSON line per change in the model's append-only audit log:
 * who, when, what (publish or promote), from which version to which, the approval and the run.
 * Documented in docs/registry.md ("State and audit log").
 */

const REGISTRY_STATE_SCHEMA = 'mlops-actions/registry-state@1';
const REGISTRY_AUDIT_SCHEMA = 'mlops-actions/registry-audit@1';
const sha256 = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
const runRefSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    repository: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    run_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    run_attempt: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().nullable(),
    workflow: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const approvalSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    reviewer: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    comment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    /** The GitHub Environment whose protection rules approved the job, when there was one. */
    environment: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const versionEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    tag: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    url: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Digest of manifest.json as published: promote checks the stored manifest against it. */
    manifest_sha256: sha256,
    content_digest: sha256,
    published_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    published_by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const aliasEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    updated_at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    updated_by: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const aliasMoveSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    alias: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** The version the alias pointed to before; null when it was created. */
    from: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    to: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    actor: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
});
const registryStateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(REGISTRY_STATE_SCHEMA),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    /** Sorted by semver precedence, lowest first. */
    versions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(versionEntrySchema),
    aliases: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), aliasEntrySchema),
    history: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(aliasMoveSchema),
});
const auditEntrySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(REGISTRY_AUDIT_SCHEMA),
    at: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    action: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['publish', 'promote']),
    /** promote: the alias moved; null for publish. */
    alias: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    /** promote: the alias's previous version (null when new); publish: null. */
    from: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    /** promote: the version the alias now points to; publish: the version published. */
    to: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    actor: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    approval: approvalSchema.nullable(),
    run: runRefSchema.nullable(),
    /** Verified or published manifest digest, so the entry names exactly what moved. */
    manifest_sha256: sha256.nullable(),
});
function emptyState(model) {
    return { schema: REGISTRY_STATE_SCHEMA, model, versions: [], aliases: {}, history: [] };
}


/***/ }),

/***/ 9753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ updateState),
/* harmony export */   p$: () => (/* reexport safe */ _state_format_js__WEBPACK_IMPORTED_MODULE_2__.p$),
/* harmony export */   un: () => (/* binding */ readState),
/* harmony export */   y4: () => (/* binding */ readAudit)
/* harmony export */ });
/* unused harmony export DEFAULT_RETRY */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1543);
/* harmony import */ var _state_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8831);
/**
 * Reading and changing a model's registry state through the StateStore's compare-and-swap.
 *
 * A change is a function of the current state (re-applied from scratch after every lost race, so a
 * concurrent change is never overwritten). After a lost race we wait a random time with capped
 * exponential growth ("full jitter", AWS Architecture Blog, "Exponential Backoff And Jitter",
 * 2015) so contenders spread out instead of colliding again in lockstep.
 */



const DEFAULT_RETRY = { attempts: 20, baseDelayMs: 25, maxDelayMs: 1000 };
const sleepMs = (ms) => new Promise((r) => setTimeout(r, ms));
function checkState(model, value) {
    const parsed = _state_format_js__WEBPACK_IMPORTED_MODULE_2__/* .registryStateSchema */ .e0.safeParse(value);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`registry state of model "${model}" is not valid ${_state_format_js__WEBPACK_IMPORTED_MODULE_2__/* .registryStateSchema */ .e0.shape.schema.value}: ${i.path.join('.') || '(root)'}: ${i.message}`, {
            hint: 'the state document was edited by hand or by a newer version; restore it from the audit log or history',
        });
    }
    if (parsed.data.model !== model)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`registry state for "${model}" names model "${parsed.data.model}"`, { hint: 'the state document was copied from another model' });
    return parsed.data;
}
/** The model's state, or undefined when nothing was ever recorded for it. */
async function readState(store, model) {
    const doc = await store.read(model);
    if (!doc)
        return undefined;
    return { state: checkState(model, doc.value), revision: doc.revision };
}
/** The model's audit log, oldest first. */
async function readAudit(store, model) {
    const lines = await store.audit(model);
    return lines.map((line, i) => {
        let json;
        try {
            json = JSON.parse(line);
        }
        catch {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`audit log of model "${model}", line ${i + 1}, is not JSON`);
        }
        const parsed = _state_format_js__WEBPACK_IMPORTED_MODULE_2__/* .auditEntrySchema */ .x9.safeParse(json);
        if (!parsed.success)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`audit log of model "${model}", line ${i + 1}: ${parsed.error.issues[0].message}`);
        return parsed.data;
    });
}
/**
 * Applies `change` with compare-and-swap: read, apply, write only if nobody wrote in between; on a
 * lost race read again and re-apply. Throws ConflictError after `policy.attempts` lost races.
 */
async function updateState(store, model, change, message, policy = {}) {
    const p = { ...DEFAULT_RETRY, ...policy };
    const random = p.random ?? Math.random;
    const sleep = p.sleep ?? sleepMs;
    for (let attempt = 1; attempt <= p.attempts; attempt++) {
        const current = await readState(store, model);
        const outcome = change(current ? structuredClone(current.state) : undefined);
        if ('unchanged' in outcome)
            return { result: outcome.unchanged, changed: false, attempts: attempt };
        const value = _state_format_js__WEBPACK_IMPORTED_MODULE_2__/* .registryStateSchema */ .e0.parse(outcome.state);
        const lines = outcome.audit.map((e) => JSON.stringify(_state_format_js__WEBPACK_IMPORTED_MODULE_2__/* .auditEntrySchema */ .x9.parse(e)));
        if (await store.write(model, value, lines, current?.revision, message))
            return { result: outcome.result, changed: true, attempts: attempt };
        if (attempt < p.attempts)
            await sleep(random() * Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1)));
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConflictError */ .f(`registry state of model "${model}" kept changing under us: gave up after ${p.attempts} attempts`, {
        hint: 'other publishes or promotions of this model are running at the same moment; run this one again',
    });
}



/***/ }),

/***/ 7170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ED: () => (/* binding */ parseTag),
/* harmony export */   HW: () => (/* binding */ validateModelName),
/* harmony export */   cO: () => (/* binding */ tagOf),
/* harmony export */   jX: () => (/* binding */ validateAlias)
/* harmony export */ });
/* unused harmony exports NAME_RE, MAX_NAME_LENGTH, TAG_PREFIX, RESERVED_ALIASES */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3004);
/**
 * Names in the registry, and the tag of a published version:
 *
 *   model/<name>/v<version>        e.g. model/churn/v1.4.0, model/churn/v2.0.0-rc.1
 *
 * The same string is the Git tag of the GitHub release and the folder of the local registry
 * (`<registry>/model/<name>/v<version>/`). Model names and aliases are `^[a-z][a-z0-9]*(-[a-z0-9]+)*$`
 * and at most 64 characters: safe as a path segment, a Git ref component, a URL part and a file
 * name on every OS, so a name from a workflow input can never climb out of a folder (`../`), split
 * a ref (`@{`, spaces) or collide by case.
 */


const NAME_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 64;
const TAG_PREFIX = 'model/';
/** Version words promote understands; an alias cannot be named like them. */
const RESERVED_ALIASES = new Set(['latest']);
function shown(text) {
    return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}
function checkName(text, what, flag) {
    if (typeof text !== 'string' || text.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} is empty`, { hint: `pass ${flag} NAME` });
    if (text.length > MAX_NAME_LENGTH)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} ${shown(text)} is ${text.length} characters long`, { hint: `use at most ${MAX_NAME_LENGTH}` });
    if (!NAME_RE.test(text)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} ${shown(text)} is not allowed`, {
            hint: 'use lowercase letters, digits and single hyphens, starting with a letter (e.g. churn, fraud-v2)',
        });
    }
    return text;
}
/** Returns the model name, or throws UsageError (exit 2) saying what is wrong with it. */
function validateModelName(name) {
    return checkName(name, 'model name', '--model');
}
/** Returns the alias, or throws UsageError; `latest` is reserved (it means "the highest version"). */
function validateAlias(alias) {
    checkName(alias, 'alias', '--alias');
    if (RESERVED_ALIASES.has(alias))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`alias "${alias}" is reserved`, { hint: 'it means the highest published version; pick another alias name' });
    return alias;
}
/** The tag of a version: `model/<name>/v<version>`. Validates both parts. */
function tagOf(model, version) {
    return `${TAG_PREFIX}${validateModelName(model)}/v${(0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeVersion */ .Qj)(version)}`;
}
/** The model and version of a tag, or undefined when `tag` is not one of ours. */
function parseTag(tag) {
    if (!tag.startsWith(TAG_PREFIX) || tag.length > TAG_PREFIX.length + MAX_NAME_LENGTH + _semver_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_VERSION_LENGTH */ .ze + 2)
        return undefined;
    const rest = tag.slice(TAG_PREFIX.length);
    const slash = rest.indexOf('/');
    if (slash < 0)
        return undefined;
    const model = rest.slice(0, slash);
    const v = rest.slice(slash + 1);
    if (!NAME_RE.test(model) || model.length > MAX_NAME_LENGTH || !v.startsWith('v'))
        return undefined;
    const parsed = (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .tryParseVersion */ .z0)(v.slice(1));
    if (!parsed || v.slice(1).startsWith('v') || (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .formatVersion */ .qh)(parsed) !== v.slice(1))
        return undefined;
    return { model, version: (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .formatVersion */ .qh)(parsed) };
}


/***/ }),

/***/ 3176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gI: () => (/* binding */ formatMetric),
/* harmony export */   renderEvaluationText: () => (/* binding */ renderEvaluationText)
/* harmony export */ });
/* unused harmony exports SUMMARY_SLICE_ROWS, renderEvaluationSummary, metricValuesJson */
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1160);

/** At most this many slice rows per slice column in the summary (the report has them all). */
const SUMMARY_SLICE_ROWS = 50;
/** Metrics shown per slice row; the first ones the report has of these. */
const SLICE_METRICS = (/* unused pure expression or super */ null && (['accuracy', 'f1', 'f1_macro', 'roc_auc', 'log_loss', 'mae', 'rmse', 'r2']));
const esc = (s) => escapeMarkdownCell(s === null ? '(missing)' : String(s));
function formatMetric(v) {
    if (v === 0)
        return '0';
    const a = Math.abs(v);
    if (a >= 1e6 || a < 1e-4)
        return v.toExponential(3);
    return Number(v.toPrecision(4)).toString();
}
const ci = (m) => (m.ci ? `[${formatMetric(m.ci[0])}, ${formatMetric(m.ci[1])}]` : '');
function headline(r) {
    if (r.source === 'import')
        return `### evaluate: metrics imported from ${r.imported ? esc(r.imported.kind) : 'another tool'}`;
    return `### evaluate: ${r.task ?? ''} · ${(r.rows ?? 0).toLocaleString('en-US')} rows`;
}
function renderEvaluationSummary(r) {
    const out = [headline(r), ''];
    if (r.dataset)
        out.push(`Predictions: ${esc(r.dataset.file)} (sha256 \`${r.dataset.sha256.slice(0, 12)}\`)`);
    if (r.imported)
        out.push(`Source: ${esc(r.imported.path)}`);
    for (const m of r.models)
        out.push(`Model: ${esc(m.file)} (sha256 \`${m.sha256.slice(0, 12)}\`)`);
    if (r.classification?.pos_label !== null && r.classification?.pos_label !== undefined) {
        const how = r.classification.predicted_from === 'threshold' ? `, predicted positive when score > ${r.classification.threshold}` : '';
        out.push(`Positive class: ${esc(r.classification.pos_label)}${how}`);
    }
    out.push('');
    const level = r.bootstrap ? `${Math.round(r.bootstrap.confidence * 100)}% CI` : '';
    out.push(level ? `| metric | value | ${level} |` : '| metric | value |', level ? '| --- | ---: | --- |' : '| --- | ---: |');
    for (const [name, m] of Object.entries(r.metrics)) {
        out.push(level ? `| ${esc(name)} | ${formatMetric(m.value)} | ${ci(m)} |` : `| ${esc(name)} | ${formatMetric(m.value)} |`);
    }
    if (r.bootstrap) {
        out.push('', `CIs: percentile bootstrap over rows, ${r.bootstrap.resamples} resamples, seed ${r.bootstrap.seed}.`);
    }
    if (r.omitted.length > 0) {
        out.push('', '**Omitted:**');
        for (const o of r.omitted)
            out.push(`- ${esc(o.metric)}: ${esc(o.reason)}`);
    }
    const cm = r.confusion_matrix;
    if (cm && cm.labels.length <= 20) {
        out.push('', '<details><summary>Confusion matrix (rows: true, columns: predicted)</summary>', '');
        out.push(`| true \\ predicted | ${cm.labels.map(esc).join(' | ')} |`, `| --- |${cm.labels.map(() => ' ---: |').join('')}`);
        cm.counts.forEach((row, i) => out.push(`| ${esc(cm.labels[i])} | ${row.join(' | ')} |`));
        out.push('', '</details>');
    }
    const columns = [...new Set([...r.slices.map((s) => s.column), ...r.skipped_slices.map((s) => s.column)])];
    for (const column of columns) {
        const slices = r.slices.filter((s) => s.column === column);
        const shown = SLICE_METRICS.filter((m) => slices.some((s) => m in s.metrics)).slice(0, 4);
        out.push('', `#### Slices by ${esc(column)}`, '');
        out.push(`| value | rows | ${shown.map(esc).join(' | ')} |`, `| --- | ---: |${shown.map(() => ' ---: |').join('')}`);
        for (const s of slices.slice(0, SUMMARY_SLICE_ROWS)) {
            const cells = shown.map((m) => {
                const v = s.metrics[m];
                return v ? `${formatMetric(v.value)}${v.ci ? ` ${ci(v)}` : ''}` : '–';
            });
            out.push(`| ${esc(s.value)} | ${s.rows} | ${cells.join(' | ')} |`);
        }
        if (slices.length > SUMMARY_SLICE_ROWS)
            out.push('', `_${slices.length - SUMMARY_SLICE_ROWS} more slices in the report._`);
        const skipped = r.skipped_slices.filter((s) => s.column === column);
        if (skipped.length > 0) {
            const list = skipped.slice(0, SUMMARY_SLICE_ROWS).map((s) => `${esc(s.value)} (${s.rows})`).join(', ');
            out.push('', `Skipped (fewer than ${r.min_slice_size} rows): ${list}${skipped.length > SUMMARY_SLICE_ROWS ? ', …' : ''}`);
        }
    }
    for (const w of r.warnings)
        out.push('', `> ${esc(w)}`);
    return `${out.join('\n')}\n`;
}
/** Plain text for the terminal: one line per metric, then what was written. */
function renderEvaluationText(r) {
    const lines = [];
    const width = Math.max(0, ...Object.keys(r.metrics).map((k) => k.length));
    for (const [name, m] of Object.entries(r.metrics))
        lines.push(`${name.padEnd(width)}  ${formatMetric(m.value)}${m.ci ? `  ${ci(m)}` : ''}`);
    for (const o of r.omitted)
        lines.push(`${o.metric.padEnd(width)}  omitted: ${o.reason}`);
    if (r.slices.length + r.skipped_slices.length > 0)
        lines.push(`slices: ${r.slices.length} evaluated, ${r.skipped_slices.length} skipped (< ${r.min_slice_size} rows)`);
    const what = r.source === 'import' ? `imported ${r.imported?.kind ?? ''} metrics` : `${r.task} task, ${r.rows} rows`;
    lines.push(`evaluate: ${what}, ${Object.keys(r.metrics).length} metrics`);
    return `${lines.join('\n')}\n`;
}
/** The `metrics` output: name → value, JSON. */
function metricValuesJson(r) {
    return JSON.stringify(Object.fromEntries(Object.entries(r.metrics).map(([k, v]) => [k, v.value])));
}


/***/ })

};
