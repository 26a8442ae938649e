export const id = 362;
export const ids = [362];
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
    const refuse = (name, why) => new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .IntegrityError */ .cs(`archive entry ${JSON.stringify(name)} ${why}; refusing to extract`, {
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
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .IntegrityError */ .cs)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .IntegrityError */ .cs(`cannot read model archive ${archive}: ${e.message}`, { hint: 'the archive is damaged or not a tar.gz', cause: e });
    }
    return files.sort((a, b) => byteOrder(a.path, b.path));
}
/** Where `path` is relative to `root`, in forward slashes (for messages). */
function relativePosix(root, path) {
    return relative(root, path).split(sep).join('/');
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

/***/ 4362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promoteModel: () => (/* binding */ promoteModel)
/* harmony export */ });
/* unused harmony exports resolveLatest, verifyRelease */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9980);
/* harmony import */ var _archive_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(324);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1543);
/* harmony import */ var _lineage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4111);
/* harmony import */ var _manifest_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8077);
/* harmony import */ var _runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(322);
/* harmony import */ var _release_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8317);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3004);
/* harmony import */ var _state_format_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8831);
/* harmony import */ var _state_update_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9753);
/* harmony import */ var _tag_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7170);
/**
 * promoteModel: moves an alias (`staging`, `production`, ...) of a model to a version, after
 * verifying that the version is intact: the stored manifest matches the digest recorded when it was
 * published, every asset the manifest lists is present with its SHA-256 and size, and the archive
 * extracts safely to exactly the files the manifest lists. Then one compare-and-swap update of the
 * state records the move and appends an audit entry. Rollback is promoting an earlier version.
 * Promoting an alias to the version it already points to changes nothing (no audit entry).
 */














/** The version `latest` means: the highest release, or the highest prerelease when there is none. */
function resolveLatest(versions) {
    return (0,_semver_js__WEBPACK_IMPORTED_MODULE_10__/* .highestVersion */ .t)(versions, true) ?? (0,_semver_js__WEBPACK_IMPORTED_MODULE_10__/* .highestVersion */ .t)(versions);
}
/**
 * Downloads a version's manifest and assets and checks every digest. Throws IntegrityError naming
 * the first asset that is missing or differs. Returns the manifest and what was verified.
 */
async function verifyRelease(releases, ref, recordedManifestSha) {
    const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mlops-verify-'));
    const stop = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .IntegrityError */ .cs(`${ref.tag}: ${what}; not promoting`, { hint: 'the stored release was changed or damaged after publishing: publish the model again under a new version' });
    try {
        if (!ref.assets.some((a) => a.name === _manifest_format_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_ASSET */ .ny))
            throw stop(`${_manifest_format_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_ASSET */ .ny} is missing`);
        const { manifest, sha256: manifestSha } = await (0,_release_files_js__WEBPACK_IMPORTED_MODULE_9__/* .fetchManifest */ .C)(releases, ref, work).catch((e) => {
            // A stored manifest that is gone or unreadable is damage to the release, not bad user input.
            throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .IntegrityError */ .cs || e instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz ? stop(e.message) : e;
        });
        if (recordedManifestSha && manifestSha !== recordedManifestSha) {
            throw stop(`${_manifest_format_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_ASSET */ .ny} has SHA-256 ${manifestSha}, but ${recordedManifestSha} was recorded when it was published`);
        }
        if (manifest.name !== ref.model || manifest.version !== ref.version)
            throw stop(`${_manifest_format_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_ASSET */ .ny} describes ${manifest.name} ${manifest.version}`);
        const verified = [{ name: _manifest_format_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_ASSET */ .ny, sha256: manifestSha, size: 0 }];
        for (const asset of manifest.assets) {
            if (!ref.assets.some((a) => a.name === asset.name))
                throw stop(`asset ${asset.name} listed in the manifest is missing from the release`);
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, `asset-${verified.length}`);
            try {
                await releases.download(ref, asset.name, path);
            }
            catch (e) {
                throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .IntegrityError */ .cs ? stop(`asset ${asset.name} is missing`) : e;
            }
            const got = await (0,_runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256File */ .Q)(path);
            if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
                throw stop(`asset ${asset.name} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
            }
            verified.push({ name: asset.name, ...got });
            if (asset.name === _manifest_format_js__WEBPACK_IMPORTED_MODULE_7__/* .ARCHIVE_ASSET */ .MS) {
                const files = await (0,_archive_js__WEBPACK_IMPORTED_MODULE_4__/* .extractModelArchive */ .t5)(path, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, 'model'));
                const want = manifest.archive.files.map((f) => `${f.name} ${f.size} ${f.sha256}`).join('\n');
                const have = files.map((f) => `${f.path} ${f.size} ${f.sha256}`).join('\n');
                if (want !== have)
                    throw stop(`the files in ${_manifest_format_js__WEBPACK_IMPORTED_MODULE_7__/* .ARCHIVE_ASSET */ .MS} differ from the manifest's list`);
            }
        }
        if (!manifest.assets.some((a) => a.name === _manifest_format_js__WEBPACK_IMPORTED_MODULE_7__/* .ARCHIVE_ASSET */ .MS))
            throw stop(`the manifest lists no ${_manifest_format_js__WEBPACK_IMPORTED_MODULE_7__/* .ARCHIVE_ASSET */ .MS}`);
        verified[0].size = ref.assets.find((a) => a.name === _manifest_format_js__WEBPACK_IMPORTED_MODULE_7__/* .MANIFEST_ASSET */ .ny)?.size ?? 0;
        return { manifest, manifestSha, verified };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(work, { recursive: true, force: true });
    }
}
async function promoteModel(options, ports) {
    const model = (0,_tag_js__WEBPACK_IMPORTED_MODULE_13__/* .validateModelName */ .HW)(options.model);
    const alias = (0,_tag_js__WEBPACK_IMPORTED_MODULE_13__/* .validateAlias */ .jX)(options.alias);
    const now = options.now ?? (() => new Date());
    const published = (await ports.releases.list(model)).map((r) => r.version);
    if (published.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`model "${model}" has no published versions`, { hint: 'publish it first (mlops publish)' });
    const version = options.version === 'latest' ? resolveLatest(published) : (0,_semver_js__WEBPACK_IMPORTED_MODULE_10__/* .normalizeVersion */ .Qj)(options.version, '--version');
    const ref = await ports.releases.find(model, version);
    if (!ref) {
        const list = [...published].sort(_semver_js__WEBPACK_IMPORTED_MODULE_10__/* .compareVersions */ .Zy).slice(-10).join(', ');
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`model "${model}" has no version ${version}`, { hint: `published: ${list}` });
    }
    const recorded = (await (0,_state_update_js__WEBPACK_IMPORTED_MODULE_12__/* .readState */ .un)(ports.state, model))?.state.versions.find((v) => v.version === version);
    const { manifest, manifestSha, verified } = await verifyRelease(ports.releases, ref, recorded?.manifest_sha256);
    const lineage = await (0,_lineage_js__WEBPACK_IMPORTED_MODULE_6__/* .lineageOf */ .bQ)(options.env ?? process.env, options.cwd);
    const approval = options.approval && Object.values(options.approval).some((v) => v)
        ? { reviewer: options.approval.reviewer ?? null, comment: options.approval.comment ?? null, environment: options.approval.environment ?? null }
        : null;
    const { result, changed, attempts } = await (0,_state_update_js__WEBPACK_IMPORTED_MODULE_12__/* .updateState */ .$j)(ports.state, model, (current) => {
        const state = current ?? (0,_state_update_js__WEBPACK_IMPORTED_MODULE_12__/* .emptyState */ .p$)(model);
        const from = state.aliases[alias]?.version ?? null;
        if (from === version)
            return { unchanged: { from } };
        const at = now().toISOString();
        if (!state.versions.some((v) => v.version === version)) {
            // Published by a run that died before recording it: the verified manifest tells us what it is.
            state.versions.push({ version, tag: ref.tag, url: ref.url, manifest_sha256: manifestSha, content_digest: manifest.content_digest, published_at: manifest.created_at, published_by: manifest.lineage.actor });
            state.versions.sort((a, b) => (0,_semver_js__WEBPACK_IMPORTED_MODULE_10__/* .compareVersions */ .Zy)(a.version, b.version));
        }
        state.aliases[alias] = { version, updated_at: at, updated_by: lineage.actor };
        state.history.push({ at, alias, from, to: version, actor: lineage.actor });
        return {
            state,
            result: { from },
            audit: [{ schema: _state_format_js__WEBPACK_IMPORTED_MODULE_11__/* .REGISTRY_AUDIT_SCHEMA */ .q4, at, model, action: 'promote', alias, from, to: version, actor: lineage.actor, approval, run: (0,_lineage_js__WEBPACK_IMPORTED_MODULE_6__/* .runRefOf */ .mb)(lineage), manifest_sha256: manifestSha }],
        };
    }, `promote ${model} ${alias} -> ${version}`, options.retry);
    return { status: changed ? 'promoted' : 'unchanged', model, alias, from: result.from, to: version, tag: ref.tag, url: ref.url, manifest_sha256: manifestSha, verified, attempts };
}


/***/ })

};
