export const id = 106;
export const ids = [106];
export const modules = {

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

/***/ 6106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_REGISTRY_DIR: () => (/* binding */ DEFAULT_REGISTRY_DIR),
  openLocalRegistry: () => (/* binding */ openLocalRegistry)
});

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
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts
var atomic_write = __webpack_require__(3196);
// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var registry_errors = __webpack_require__(1543);
// EXTERNAL MODULE: ../../../../shared/registry/tag.ts
var tag = __webpack_require__(7170);
// EXTERNAL MODULE: ../../../../shared/registry/semver.ts
var semver = __webpack_require__(3004);
;// CONCATENATED MODULE: ../../../../shared/registry/local-release-store.ts
/**
 * The local ReleaseStore: each published version is a folder named by its tag under the registry
 * folder (default `.mlops/registry`):
 *
 *   <registry>/model/<name>/v<version>/
 *     release.json       what the store recorded at publish: tag, notes, every asset's size and SHA-256
 *     manifest.json, model.tar.gz, model-card.md, evaluation.json, ...   the assets
 *
 * A version is created whole or not at all: assets are copied (and hashed while copying) into a
 * hidden staging folder beside it, which is renamed into place. rename(2) of a folder onto an
 * existing one fails, so two concurrent publishes of one version cannot both win; the loser compares
 * content and either returns the existing version (same assets) or throws ConflictError.
 * The digests in release.json are what was stored, like GitHub's asset digests: download() copies
 * the file as it is now, so tampering shows up when the copy is checked against the manifest.
 */












const ASSET_NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const RELEASE_FILE = 'release.json';
/** Copies `from` to `to` and returns the SHA-256 and size of what was copied. */
async function copyHashed(from, to) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
        },
    });
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(from), tap, (0,external_node_fs_.createWriteStream)(to, { flags: 'wx' }));
    return { sha256: hash.digest('hex'), size };
}
function sameAssets(a, b) {
    const key = (x) => x.map((s) => `${s.name}\0${s.sha256}`).sort().join('\n');
    return key(a) === key(b);
}
class LocalReleaseStore {
    root;
    constructor(root) {
        this.root = root;
    }
    folder(model, version) {
        return (0,external_node_path_.join)(this.root, ...(0,tag/* tagOf */.cO)(model, version).split('/'));
    }
    ref(record) {
        const dir = (0,external_node_path_.join)(this.root, ...record.tag.split('/'));
        return { model: record.model, version: record.version, tag: record.tag, url: (0,external_node_url_.pathToFileURL)(dir).href, assets: record.assets };
    }
    async find(model, version) {
        const file = (0,external_node_path_.join)(this.folder(model, version), RELEASE_FILE);
        let text;
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return undefined;
            throw e;
        }
        try {
            return this.ref(JSON.parse(text));
        }
        catch (e) {
            throw new errors/* InputError */.dz(`${file} is not valid JSON`, { hint: 'the local registry was edited by hand', cause: e });
        }
    }
    async list(model) {
        let names;
        try {
            names = await (0,promises_.readdir)((0,external_node_path_.join)(this.root, 'model', (0,tag/* validateModelName */.HW)(model)));
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
        const out = [];
        for (const n of names) {
            const parsed = (0,tag/* parseTag */.ED)(`model/${model}/${n}`);
            if (!parsed)
                continue;
            const ref = await this.find(model, parsed.version);
            if (ref)
                out.push(ref);
        }
        return out.sort((a, b) => (0,semver/* compareVersions */.Zy)(a.version, b.version));
    }
    async create(model, version, files, notes) {
        version = (0,semver/* normalizeVersion */.Qj)(version);
        const target = this.folder(model, version);
        const names = new Set();
        for (const f of files) {
            if (!ASSET_NAME_RE.test(f.name) || f.name === RELEASE_FILE)
                throw new errors/* UsageError */.eb(`asset name ${JSON.stringify(f.name)} is not allowed`, { hint: 'use letters, digits, ".", "_" and "-"' });
            if (names.has(f.name))
                throw new errors/* UsageError */.eb(`asset ${f.name} is given twice`);
            names.add(f.name);
        }
        const staging = (0,external_node_path_.join)(this.root, 'model', model, `.staging-v${version}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        await (0,promises_.mkdir)(staging, { recursive: true });
        try {
            const assets = [];
            for (const f of files)
                assets.push({ name: f.name, ...(await copyHashed(f.path, (0,external_node_path_.join)(staging, f.name))) });
            const record = { tag: (0,tag/* tagOf */.cO)(model, version), model, version, notes, assets };
            const existing = await this.find(model, version);
            if (existing)
                return this.resolveExisting(existing, assets);
            await (0,atomic_write/* writeJsonAtomic */.q)((0,external_node_path_.join)(staging, RELEASE_FILE), record);
            try {
                await (0,promises_.rename)(staging, target);
            }
            catch (e) {
                const code = e.code;
                if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM')
                    throw e;
                const raced = await this.find(model, version);
                if (!raced)
                    throw e;
                return this.resolveExisting(raced, assets);
            }
            return this.ref(record);
        }
        finally {
            await (0,promises_.rm)(staging, { recursive: true, force: true });
        }
    }
    resolveExisting(existing, assets) {
        if (sameAssets(existing.assets, assets))
            return existing;
        throw new registry_errors/* ConflictError */.fK(`${existing.tag} is already published with different content`, {
            hint: 'a published version is immutable: publish under a new version (--bump or --version)',
        });
    }
    async download(release, asset, destination) {
        if (!ASSET_NAME_RE.test(asset))
            throw new errors/* UsageError */.eb(`asset name ${JSON.stringify(asset)} is not allowed`);
        const from = (0,external_node_path_.join)(this.folder(release.model, release.version), asset);
        try {
            await (0,promises_.copyFile)(from, destination);
        }
        catch (e) {
            if (e.code === 'ENOENT') {
                throw new registry_errors/* IntegrityError */.cs(`asset ${asset} of ${release.tag} is missing from the registry`, { location: { file: from }, hint: 'the release was damaged; publish the model again under a new version' });
            }
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ../../../../shared/registry/local-state-store.ts
/**
 * The local StateStore: registry state in `<registry>/state/` (default `.mlops/registry/state/`).
 *
 *   <model>.json          the state document (its revision is the SHA-256 of the file's bytes)
 *   <model>.audit.jsonl   the append-only audit log
 *   <model>.lock          held while a write is checked and applied (created with O_EXCL)
 *   <model>.pending       redo journal of a write being applied
 *
 * Compare-and-swap across processes: a writer takes the lock (open with O_CREAT|O_EXCL, which is
 * atomic on local file systems), checks that the document is still at the expected revision, and
 * only then writes. The document and the audit lines change together through a redo journal: the
 * write commits when `<model>.pending` (new document, audit lines, the log's length before) has been
 * renamed into place; it is then applied (log truncated to that length and appended, document
 * renamed into place) and removed. A crash in between is rolled forward by the next writer, and
 * readers already see the committed value, so nobody sees the document without its audit lines.
 * A lock older than `staleLockMs` (its holder crashed) is broken.
 */






const serialize = (value) => `${JSON.stringify(value, null, 2)}\n`;
const sha256 = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function readOptional(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
class LocalStateStore {
    dir;
    lockTimeoutMs;
    staleLockMs;
    /** `registry` is the registry folder; state lives in its `state/` subfolder. */
    constructor(registry, options = {}) {
        this.dir = (0,external_node_path_.join)(registry, 'state');
        this.lockTimeoutMs = options.lockTimeoutMs ?? 30_000;
        this.staleLockMs = options.staleLockMs ?? 60_000;
    }
    path(model, ext) {
        return (0,external_node_path_.join)(this.dir, `${(0,tag/* validateModelName */.HW)(model)}${ext}`);
    }
    async pending(model) {
        const text = await readOptional(this.path(model, '.pending'));
        return text === undefined ? undefined : JSON.parse(text);
    }
    async read(model) {
        const pending = await this.pending(model);
        // A committed write not yet applied: its value is the current one.
        const text = pending ? serialize(pending.value) : await readOptional(this.path(model, '.json'));
        if (text === undefined)
            return undefined;
        return { value: JSON.parse(text), revision: sha256(text) };
    }
    async audit(model) {
        const pending = await this.pending(model);
        let text = (await readOptional(this.path(model, '.audit.jsonl'))) ?? '';
        if (pending)
            text = Buffer.from(text).subarray(0, pending.auditSize).toString('utf8') + pending.auditLines.map((l) => `${l}\n`).join('');
        return text.split('\n').filter((l) => l.trim() !== '');
    }
    async models() {
        let names;
        try {
            names = await (0,promises_.readdir)(this.dir);
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
        const out = new Set();
        for (const n of names) {
            const m = /^([a-z][a-z0-9-]*)\.(json|pending)$/.exec(n);
            if (m)
                out.add(m[1]);
        }
        return [...out].sort();
    }
    async write(model, value, auditLines, expectedRevision, message) {
        for (const line of auditLines)
            if (line.includes('\n'))
                throw new Error('audit lines must be single-line JSON');
        await (0,promises_.mkdir)(this.dir, { recursive: true });
        const unlock = await this.lock(model);
        try {
            await this.rollForward(model);
            const current = await this.read(model);
            if (current?.revision !== expectedRevision)
                return false;
            const auditSize = await (0,promises_.stat)(this.path(model, '.audit.jsonl')).then((s) => s.size, () => 0);
            const pending = { value, auditLines, auditSize, message };
            await (0,atomic_write/* writeFileAtomic */.Z)(this.path(model, '.pending'), JSON.stringify(pending));
            await this.rollForward(model);
            return true;
        }
        finally {
            await unlock();
        }
    }
    /** Applies a committed write (idempotent: the log is cut back to its length before the write first). */
    async rollForward(model) {
        const pending = await this.pending(model);
        if (!pending)
            return;
        const log = this.path(model, '.audit.jsonl');
        const size = await (0,promises_.stat)(log).then((s) => s.size, () => 0);
        if (size > pending.auditSize)
            await (0,promises_.truncate)(log, pending.auditSize);
        const fh = await (0,promises_.open)(log, 'a');
        try {
            await fh.writeFile(pending.auditLines.map((l) => `${l}\n`).join(''));
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,atomic_write/* writeFileAtomic */.Z)(this.path(model, '.json'), serialize(pending.value));
        await (0,promises_.rm)(this.path(model, '.pending'), { force: true });
    }
    async lock(model) {
        const path = this.path(model, '.lock');
        const token = `${process.pid} ${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
        const start = Date.now();
        for (let attempt = 0;; attempt++) {
            try {
                const fh = await (0,promises_.open)(path, 'wx');
                try {
                    await fh.writeFile(token);
                }
                finally {
                    await fh.close();
                }
                return async () => {
                    // Only remove our own lock (a stale-lock breaker may have replaced it).
                    if ((await readOptional(path)) === token)
                        await (0,promises_.rm)(path, { force: true });
                };
            }
            catch (e) {
                if (e.code !== 'EEXIST')
                    throw e;
            }
            const age = await (0,promises_.stat)(path).then((s) => Date.now() - s.mtimeMs, () => 0);
            if (age > this.staleLockMs) {
                // Rename first so that two breakers cannot both remove a fresh lock.
                const aside = `${path}.stale-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
                await (0,promises_.rename)(path, aside).then(() => (0,promises_.rm)(aside, { force: true }), () => undefined);
                continue;
            }
            if (Date.now() - start > this.lockTimeoutMs) {
                throw new registry_errors/* ConflictError */.fK(`registry state of model "${model}" stayed locked for ${Math.round(this.lockTimeoutMs / 1000)} s`, {
                    location: { file: path },
                    hint: 'another mlops command is writing it; if none is running, delete the lock file',
                });
            }
            await sleep(2 + Math.random() * Math.min(50, 2 ** attempt));
        }
    }
}

;// CONCATENATED MODULE: ../../../../shared/registry/local-registry.ts
/**
 * The local registry: one folder (default `.mlops/registry`) holding both ports' data, so the CLI
 * runs publish and promote without GitHub:
 *
 *   <registry>/model/<name>/v<version>/   published versions (LocalReleaseStore)
 *   <registry>/state/<name>.json          state, audit log, lock (LocalStateStore)
 */


const DEFAULT_REGISTRY_DIR = '.mlops/registry';
function openLocalRegistry(dir = DEFAULT_REGISTRY_DIR, options = {}) {
    return { releases: new LocalReleaseStore(dir), state: new LocalStateStore(dir, options) };
}


/***/ })

};
