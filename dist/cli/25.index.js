export const id = 25;
export const ids = [25];
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
        // The folder itself may be a link (a `latest` symlink to the run's folder); links inside it are refused below.
        top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(root);
    }
    catch {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`model files folder ${dir} does not exist`, { hint: (o) => `pass ${o.option('files', 'DIR')}, the folder training wrote the model to` });
    }
    if (!top.isDirectory())
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`${dir} is not a folder`, { hint: (o) => `pass ${o.option('files', 'DIR')}, the folder training wrote the model to` });
    const out = [];
    async function walk(abs, rel) {
        for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(abs, { withFileTypes: true })) {
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            const childAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(abs, entry.name);
            // A name promote's extraction refuses (`..\..\x`) must not be published: the version could never be promoted.
            const unsafe = unsafeEntryName(childRel);
            if (unsafe !== undefined)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .InputError */ .dz(`${JSON.stringify((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, childRel))} ${unsafe}`, { hint: 'rename the file: a model archive must extract the same on every system' });
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
    // A damaged gzip fails the pipeline while the loop below still awaits entries: handled here at
    // once (the loop then ends with the same error), or Node reports an unhandled rejection and the
    // step dies with a stack instead of refusing the archive.
    piped.catch(() => undefined);
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

/***/ 1543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   fK: () => (/* binding */ ConflictError)
/* harmony export */ });
/* unused harmony export ApprovalError */
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
/** A promotion that requires an approval found none for its environment in this run. */
class ApprovalError extends (/* unused pure expression or super */ null && (MlopsError)) {
    exitCode = EXIT_CHECK_FAILED;
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

/***/ 8550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ appendedJsonlText),
/* harmony export */   Lj: () => (/* binding */ tornTailOfFile),
/* harmony export */   QE: () => (/* binding */ repairNoteLine),
/* harmony export */   gx: () => (/* binding */ isRepairNote)
/* harmony export */ });
/* unused harmony exports JSONL_REPAIR_SCHEMA, tornTailOf, appendPlanOf, appendJsonLines */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Appending to a JSON Lines file whose last line may be torn (a writer killed mid-line, a disk
 * that filled, a file truncated by hand). Appending after a partial line glues the next entry to
 * it and both are lost to every reader. So before appending we look at the tail: when the file
 * does not end in a newline, the partial line is cut and a repair note is appended first, which
 * keeps the cut bytes (base64: they may not even be UTF-8) and says where and when they were cut.
 * Readers skip repair notes (isRepairNote) when they read entries.
 *
 * Every JSONL we append to goes through here: the local registry's audit log (inside its redo
 * journal, shared/local/local-state-store.ts), the registry branch's audit log on GitHub
 * (shared/github/github-state-store.ts), and plain files (appendJsonLines).
 */

const JSONL_REPAIR_SCHEMA = 'mlops-actions/jsonl-repair@1';
/** The torn tail of JSON Lines `content`, or undefined when it ends in a newline (or is empty). */
function tornTailOf(content) {
    if (content.length === 0 || content[content.length - 1] === 0x0a)
        return undefined;
    const keep = content.lastIndexOf(0x0a) + 1;
    return { keep, cut: Buffer.from(content.subarray(keep)) };
}
/** The line recording a cut: what was cut (base64), how many bytes, from which byte offset, when. */
function repairNoteLine(torn, at) {
    return JSON.stringify({
        schema: JSONL_REPAIR_SCHEMA,
        at: at.toISOString(),
        note: `a partial last line (${torn.cut.length} bytes from byte ${torn.keep}, no newline) was cut before appending; its bytes are kept here`,
        offset: torn.keep,
        bytes: torn.cut.length,
        cut_base64: torn.cut.toString('base64'),
    });
}
/** True for a line repairNoteLine wrote (readers skip it when reading entries). */
function isRepairNote(line) {
    if (!line.includes(JSONL_REPAIR_SCHEMA))
        return false;
    try {
        return JSON.parse(line).schema === JSONL_REPAIR_SCHEMA;
    }
    catch {
        return false;
    }
}
/** What to append after `content`: keep its first `keep` bytes, then `lines` (a repair note first when the tail was torn). */
function appendPlanOf(content, lines, now = new Date()) {
    for (const line of lines)
        if (line.includes('\n'))
            throw new Error('JSON Lines entries must be single-line');
    const torn = tornTailOf(content);
    if (!torn)
        return { keep: content.length, lines: [...lines] };
    return { keep: torn.keep, lines: [repairNoteLine(torn, now), ...lines], torn };
}
/** `previous` text with `lines` appended (a torn tail cut and noted first): for stores that rewrite the whole file. */
function appendedJsonlText(previous, lines, now = new Date()) {
    const bytes = Buffer.from(previous, 'utf8');
    const plan = appendPlanOf(bytes, lines, now);
    return bytes.subarray(0, plan.keep).toString('utf8') + plan.lines.map((l) => `${l}\n`).join('');
}
const TAIL_CHUNK = 64 * 1024;
/** The torn tail of the JSON Lines file at `path` (read backwards from the end), or undefined. */
async function tornTailOfFile(path) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
    try {
        const size = (await fh.stat()).size;
        const chunks = [];
        for (let end = size; end > 0;) {
            const start = Math.max(0, end - TAIL_CHUNK);
            const buf = Buffer.alloc(end - start);
            await fh.read(buf, 0, buf.length, start);
            if (end === size && buf[buf.length - 1] === 0x0a)
                return undefined;
            chunks.unshift(buf);
            const nl = buf.lastIndexOf(0x0a);
            if (nl >= 0) {
                const tail = Buffer.concat(chunks).subarray(nl + 1);
                return { keep: start + nl + 1, cut: Buffer.from(tail) };
            }
            end = start;
        }
        return size === 0 ? undefined : { keep: 0, cut: Buffer.concat(chunks) };
    }
    finally {
        await fh.close();
    }
}
/**
 * Appends `lines` to the JSON Lines file at `path` (created if missing), cutting and noting a torn
 * tail first. For files with a single writer at a time (the caller holds the lock).
 */
async function appendJsonLines(path, lines, now = new Date()) {
    const torn = await tornTailOfFile(path);
    const all = torn ? [repairNoteLine(torn, now), ...lines] : [...lines];
    for (const line of all)
        if (line.includes('\n'))
            throw new Error('JSON Lines entries must be single-line');
    const fh = await open(path, torn ? 'r+' : 'a');
    try {
        if (torn) {
            await fh.truncate(torn.keep);
            await fh.write(all.map((l) => `${l}\n`).join(''), torn.keep);
        }
        else {
            await fh.appendFile(all.map((l) => `${l}\n`).join(''));
        }
        await fh.sync();
    }
    finally {
        await fh.close();
    }
    return torn ? { torn } : {};
}


/***/ }),

/***/ 1109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ makeTempWorkDir)
/* harmony export */ });
/* unused harmony export pidInTempName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _signal_cleanup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2946);
/* harmony import */ var _stale_temps_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8076);
/**
 * A step's scratch folder in the system temp folder, `<tmp>/<prefix><pid>-XXXXXX`: removed when the
 * step ends, when the process is interrupted (signal-cleanup.ts), and, if a SIGKILL left it, by the
 * next run that uses the same prefix (stale-temps.ts; the pid in the name keeps a live run's folder).
 */





/** The pid a `<prefix><pid>-XXXXXX` name carries. */
function pidInTempName(prefix, name) {
    const m = /^(\d+)-/.exec(name.slice(prefix.length));
    return m ? Number(m[1]) : undefined;
}
/** `prefix` names the step, e.g. `mlops-publish-`. */
async function makeTempWorkDir(prefix, root = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)()) {
    await (0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_4__/* .sweepStaleTemps */ .RX)(root, { match: (n) => n.startsWith(prefix), pidOf: (n) => pidInTempName(prefix, n) });
    // Guarded before it exists: a signal between mkdtemp and registering the path would leave it.
    const guard = (0,_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .removeMatchingOnInterrupt */ .e1)(root, (n) => n.startsWith(`${prefix}${process.pid}-`));
    let path;
    let release;
    try {
        path = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, `${prefix}${process.pid}-`));
        release = (0,_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_3__/* .removeOnInterrupt */ .vY)(path);
    }
    finally {
        guard();
    }
    return {
        path,
        async remove() {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(path, { recursive: true, force: true });
            release();
        },
    };
}


/***/ })

};
