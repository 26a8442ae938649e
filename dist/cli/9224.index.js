export const id = 9224;
export const ids = [9224];
export const modules = {

/***/ 9224:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


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
// EXTERNAL MODULE: ../../../../shared/runtime/signal-cleanup.ts
var signal_cleanup = __webpack_require__(2946);
// EXTERNAL MODULE: ../../../../shared/runtime/stale-temps.ts
var stale_temps = __webpack_require__(8076);
// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts
var atomic_write = __webpack_require__(3196);
// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var registry_errors = __webpack_require__(1543);
// EXTERNAL MODULE: ../../../../shared/registry/tag.ts
var tag = __webpack_require__(7170);
// EXTERNAL MODULE: ../../../../shared/registry/semver.ts
var semver = __webpack_require__(3004);
;// CONCATENATED MODULE: ../../../../shared/local/local-release-store.ts
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
        const parent = (0,external_node_path_.join)(this.root, 'model', model);
        // A staging folder a killed publish left (its pid gone, older than an hour) is swept here.
        await (0,stale_temps/* sweepStaleTemps */.RX)(parent, { match: (n) => n.startsWith('.staging-v'), pidOf: (n) => Number(/-(\d+)-[0-9a-f]+$/.exec(n)?.[1]) || undefined });
        const staging = (0,external_node_path_.join)(parent, `.staging-v${version}-${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        const release = (0,signal_cleanup/* removeOnInterrupt */.vY)(staging);
        await (0,promises_.mkdir)(staging, { recursive: true });
        try {
            const assets = [];
            for (const f of files)
                assets.push({ name: f.name, ...(await copyHashed(f.path, (0,external_node_path_.join)(staging, f.name))) });
            const record = { tag: (0,tag/* tagOf */.cO)(model, version), model, version, notes, assets };
            const existing = await this.find(model, version);
            if (existing)
                return this.resolveExisting(existing, assets);
            await (0,atomic_write/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(staging, RELEASE_FILE), record);
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
            release();
        }
    }
    resolveExisting(existing, assets) {
        if (sameAssets(existing.assets, assets))
            return existing;
        throw new registry_errors/* ConflictError */.fK(`${existing.tag} is already published with different content`, {
            hint: (o) => `a published version is immutable: publish under a new version (${o.option('bump')} or ${o.option('version')})`,
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ../../../../shared/runtime/jsonl-append.ts
var jsonl_append = __webpack_require__(8550);
;// CONCATENATED MODULE: ../../../../shared/local/local-state-store.ts
/**
 * The local StateStore: registry state in `<registry>/state/` (default `.mlops/registry/state/`).
 *
 *   <model>.json          the state document (its revision is the SHA-256 of the file's bytes)
 *   <model>.audit.jsonl   the append-only audit log (a torn last line is cut and noted before
 *                         appending: shared/runtime/jsonl-append.ts)
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
 * A lock older than `staleLockMs` (its holder crashed), or one whose holder on this host no
 * longer runs, is broken.
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
/** True when the lock token was written on this host by a process that no longer runs (SIGKILL, a crash). */
function holderIsGone(token) {
    const [host, pid] = (token ?? '').split(' ');
    // A lock just created may not have its token yet; one from another host is judged by age only.
    return host === (0,external_node_os_.hostname)() && /^\d+$/.test(pid ?? '') && !(0,stale_temps/* processIsAlive */.xT)(Number(pid));
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
            const log = this.path(model, '.audit.jsonl');
            // A partial last line (the log was truncated or a foreign writer died) is cut, and a note
            // keeping its bytes goes in first, inside the same journal: never append to a partial line.
            const torn = await (0,jsonl_append/* tornTailOfFile */.Lj)(log);
            const auditSize = torn ? torn.keep : await (0,promises_.stat)(log).then((s) => s.size, () => 0);
            const lines = torn ? [(0,jsonl_append/* repairNoteLine */.QE)(torn, new Date()), ...auditLines] : auditLines;
            const pending = { value, auditLines: lines, auditSize, message };
            await (0,atomic_write/* writeFileAtomic */.Zf)(this.path(model, '.pending'), JSON.stringify(pending));
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
        await (0,atomic_write/* writeFileAtomic */.Zf)(this.path(model, '.json'), serialize(pending.value));
        await (0,promises_.rm)(this.path(model, '.pending'), { force: true });
    }
    async lock(model) {
        const path = this.path(model, '.lock');
        // Host and pid let the next writer on this host break the lock of a killed holder at once.
        const token = `${(0,external_node_os_.hostname)()} ${process.pid} ${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
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
            const judged = await readOptional(path);
            if (age > this.staleLockMs || holderIsGone(judged)) {
                // Rename first so that two breakers cannot both remove a fresh lock; a lock that changed
                // since we judged it (another breaker already took over) is put back.
                const aside = `${path}.stale-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
                if (await (0,promises_.rename)(path, aside).then(() => true, () => false)) {
                    if ((await readOptional(aside)) !== judged)
                        await (0,promises_.link)(aside, path).catch(() => undefined);
                    await (0,promises_.rm)(aside, { force: true });
                }
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

;// CONCATENATED MODULE: ../../../../shared/local/local-registry.ts
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


/***/ }),

/***/ 1543:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cs: () => (/* binding */ IntegrityError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   g3: () => (/* binding */ ApprovalError)
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
/** A promotion that requires an approval found none for its environment in this run. */
class ApprovalError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    exitCode = _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CHECK_FAILED */ .Gh;
}


/***/ }),

/***/ 3004:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
/**
 * Like tryParseVersion, but a bad version is a UsageError that says what a good one looks like.
 * `where` names it; an `{ option }` is named as each face names its options (`--version`, input "version").
 */
function parseVersion(text, where = 'version') {
    const v = tryParseVersion(text);
    if (v)
        return v;
    const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
    const hint = text.includes('+')
        ? 'build metadata (+...) is not allowed: semver ignores it when ordering, so it cannot tell two releases apart'
        : `use MAJOR.MINOR.PATCH with an optional -prerelease, e.g. 1.4.0 or 2.0.0-rc.1 (at most ${MAX_VERSION_LENGTH} characters)`;
    if (typeof where === 'string')
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${where} ${shown} is not a semantic version`, { hint });
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb((o) => `${o.option(where.option)} ${shown} is not a semantic version`, { hint });
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

/***/ 7170:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
function checkName(text, what, option) {
    if (typeof text !== 'string' || text.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} is empty`, { hint: (o) => `pass ${o.option(option, 'NAME')}` });
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
    return checkName(name, 'model name', 'model');
}
/** Returns the alias, or throws UsageError; `latest` is reserved (it means "the highest version"). */
function validateAlias(alias) {
    checkName(alias, 'alias', 'alias');
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

/***/ 3196:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NF: () => (/* binding */ outputWriteError),
/* harmony export */   UY: () => (/* binding */ resolveOutputFolder),
/* harmony export */   W2: () => (/* binding */ commitTempFile),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   bd: () => (/* binding */ outputTempPath),
/* harmony export */   rA: () => (/* binding */ resolveOutputTarget)
/* harmony export */ });
/* unused harmony export sweepOutputTemps */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9980);
/* harmony import */ var _signal_cleanup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2946);
/* harmony import */ var _stale_temps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8076);
/**
 * No half-written output, ever, and never a replaced link or device: the one way every output
 * file is written.
 *
 * A regular file (or a new one) is written to a temporary file beside it, flushed, then renamed
 * over it: rename(2) within one directory is atomic on POSIX and replaces the target on Windows
 * too, so a reader sees either the old file or the whole new one. A symbolic link is followed to
 * the file it names and that file is replaced the same way (the link stays a link). A device or a
 * FIFO (`/dev/stdout`, `/dev/full`, a named pipe) is written directly: renaming over it would
 * replace the node itself. What cannot be written safely (a folder, a socket, a link into a folder
 * that does not exist, a loop of links) is refused with a message, and a failed write (ENOSPC,
 * EACCES, a read-only file system) is an InputError that names the path: exit 2, not a stack.
 *
 * A file with other hard links is replaced too, never written in place: the path gets the new
 * content and the other names keep the old one, with a warning. Writing in place would lose the
 * all-or-nothing promise (a kill mid-write tears every name) and would silently change content
 * that tools keep by hard link on purpose: DVC's `cache.type: hardlink` objects, `cp -al` and
 * rsnapshot snapshots. Sharing an output under two names is what a symbolic link is for.
 *
 * The temp file's name carries the writer's pid and host tag, so the next write of the same output
 * removes what a killed writer left (stale-temps.ts): never a live writer's.
 */








/** Linux's own limit on links followed in one lookup (MAXSYMLINKS). */
const MAX_LINKS = 40;
const REASONS = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EFBIG: 'file too large',
    EIO: 'input/output error',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    EEXIST: 'a file is in the way of a folder on the path',
    ENAMETOOLONG: 'the name is too long',
    ENXIO: 'no process is reading the named pipe',
    EPIPE: 'the reader closed the pipe',
};
/** The error a user sees when `given` cannot be written: what, where, and what to do. */
function outputWriteError(given, e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isMlopsError */ .s8)(e))
        return e;
    const code = e?.code;
    if (typeof code !== 'string')
        return e instanceof Error ? e : new Error(String(e));
    const reason = REASONS[code] ?? e.message;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: ${reason} (${code})`, {
        hint: code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space or write the output elsewhere' : 'check the path and its permissions, or write the output elsewhere',
        cause: e,
    });
}
async function lstatOptional(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/**
 * Follows `given` through symbolic links to the file an output should replace, and says what is
 * there. Refuses (InputError) a folder, a socket, a loop of links, and a dangling link whose folder
 * does not exist.
 */
async function resolveOutputTarget(given) {
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(given);
    let viaLink = false;
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined) {
            if (viaLink && !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path)).then((d) => d.isDirectory(), () => false))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a symbolic link to ${path}, whose folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path)} does not exist`, {
                    hint: 'create that folder, point the link at a file in an existing folder, or write the output elsewhere',
                });
            }
            return { given, path, kind: 'missing', viaLink };
        }
        if (s.isSymbolicLink()) {
            if (hops >= MAX_LINKS)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a file' });
            viaLink = true;
            path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(path));
            continue;
        }
        if (s.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a folder${viaLink ? ` (${path})` : ''}`, {
                hint: 'name a file to write, not a folder',
            });
        }
        if (s.isFile())
            return { given, path, kind: 'file', stats: s, viaLink };
        if (s.isSocket())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a socket`, { hint: 'name a file, a device or a named pipe' });
        // Character and block devices, FIFOs: written in place, never replaced.
        return { given, path, kind: 'device', stats: s, viaLink };
    }
}
/**
 * The folder an output folder should replace: `given` through its links (the link stays, its
 * folder is replaced). Refuses a file, a device or a socket where the folder should be.
 */
async function resolveOutputFolder(given) {
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(given);
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined || s.isDirectory())
            return path;
        if (!s.isSymbolicLink()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write folder ${given}: ${path} is ${s.isFile() ? 'a file' : 'not a folder'}`, {
                hint: 'name a folder (it is replaced whole), or move the file away',
            });
        }
        if (hops >= MAX_LINKS)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write folder ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a folder' });
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(path));
    }
}
/** What follows `.<name>.` in a temp of output `<name>`: pid, host tag, random part. */
const TEMP_TAIL = /^(\d+)\.([0-9a-f]{8})\.[0-9a-f]{12}\.tmp$/;
/** The same before the host tag (and validate's key files): judged by age and pid only. */
const UNTAGGED_TEMP_TAIL = /^(\d+)\.[0-9a-f]{12}\.tmp$/;
/**
 * A fresh temp path beside `path` for writing it: same folder, so the rename never crosses a file
 * system; dot-prefixed, so globs skip it; named for the output and the writer, so a later write of
 * the same output can tell a dead writer's leftover from a live one's.
 */
function outputTempPath(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(path)}.${process.pid}.${(0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_7__/* .hostTag */ .bf)()}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
/**
 * Per folder, the names in it that may be output temps, listed once per process: a step writing
 * many outputs into a big folder would otherwise read it whole for each (10,000 entries: about
 * 6 ms of CPU a write). A temp a writer leaves after the listing is the next process's to sweep.
 */
const tempNamesByFolder = new Map();
function tempNamesIn(dir) {
    let names = tempNamesByFolder.get(dir);
    if (names === undefined) {
        names = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).then((all) => all.filter((n) => n.startsWith('.') && n.endsWith('.tmp')), () => []);
        tempNamesByFolder.set(dir, names);
    }
    return names;
}
/**
 * Removes the temps of output `path` that a killed writer left (its pid gone from this host; one
 * from another host or an older version only when over an hour old). Returns the paths removed.
 */
async function sweepOutputTemps(path) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path);
    const prefix = `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(path)}.`;
    const tail = (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : '');
    const match = (name) => TEMP_TAIL.test(tail(name)) || UNTAGGED_TEMP_TAIL.test(tail(name));
    const listed = await tempNamesIn(dir);
    const names = listed.filter(match);
    if (names.length === 0)
        return [];
    const removed = await (0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_7__/* .sweepStaleTemps */ .RX)(dir, {
        names,
        match,
        pidOf: (name) => {
            const m = TEMP_TAIL.exec(tail(name)) ?? UNTAGGED_TEMP_TAIL.exec(tail(name));
            return m ? Number(m[1]) : undefined;
        },
        hostOf: (name) => TEMP_TAIL.exec(tail(name))?.[2],
    });
    const gone = new Set(removed.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(p)));
    tempNamesByFolder.set(dir, Promise.resolve(listed.filter((n) => !gone.has(n))));
    return removed;
}
function escapeWorkflowCommand(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Says that replacing `target` left its other hard links with the old content (see the top of this file). */
function warnIfHardLinksKeptOldContent(target) {
    const others = (target.stats?.nlink ?? 1) - 1;
    if (target.kind !== 'file' || others < 1)
        return;
    const names = others === 1 ? '1 other hard link keeps' : `${others} other hard links keep`;
    const message = `${target.given} was replaced and its ${names} the previous content (outputs are never written in place); to share an output under two names, use a symbolic link, which outputs are written through`;
    process.stderr.write(process.env.GITHUB_ACTIONS === 'true' ? `::warning::${escapeWorkflowCommand(message)}\n` : `mlops: warning: ${message}\n`);
}
async function writeInPlace(path, data) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'w');
    try {
        await fh.writeFile(data);
    }
    finally {
        await fh.close();
    }
}
async function writeBeside(target, data) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target.path);
    if (!target.viaLink)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    await sweepOutputTemps(target.path);
    const tmp = outputTempPath(target.path);
    const release = (0,_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .removeOnInterrupt */ .vY)(tmp);
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'wx');
        try {
            await fh.writeFile(data);
            // A replaced file keeps its permissions (a rename would otherwise reset them to the umask's).
            if (target.stats)
                await fh.chmod(target.stats.mode & 0o7777);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target.path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
        throw e;
    }
    finally {
        release();
    }
    warnIfHardLinksKeptOldContent(target);
}
async function writeFileAtomic(path, data) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device')
            await writeInPlace(target.path, data);
        else
            await writeBeside(target, data);
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
}
/**
 * Puts a finished temp file (written by a streaming writer) at output `path` the same way
 * writeFileAtomic does: renamed over the file links lead to (copied beside it first when that is on
 * another folder or file system), copied into a device or FIFO in place. The temp file is gone after.
 */
async function commitTempFile(tmp, path) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device') {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(tmp), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(target.path, { flags: 'w' }));
        }
        else if ((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target.path) === (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(tmp))) {
            await sweepOutputTemps(target.path);
            if (target.stats)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(tmp, target.stats.mode & 0o7777);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target.path);
            warnIfHardLinksKeptOldContent(target);
        }
        else {
            // The temp was made beside the link: sweep a killed writer's leftovers there too.
            if (target.viaLink)
                await sweepOutputTemps((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(path));
            await writeBeside(target, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(tmp));
        }
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
    }
}
/** JSON with two-space indentation and a trailing newline (stable, diff-friendly). */
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}


/***/ }),

/***/ 8550:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 2946:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e1: () => (/* binding */ removeMatchingOnInterrupt),
/* harmony export */   vY: () => (/* binding */ removeOnInterrupt)
/* harmony export */ });
/* unused harmony export trackedTempCount */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Temp paths removed when the process is interrupted. A step registers what it is building
 * (a publish's work folder, a cache entry being saved, an atomic write's temp file) and releases it
 * when done; on SIGINT, SIGTERM or SIGHUP the registered paths are removed synchronously and the
 * signal is raised again, so the exit status stays the shell's 130/143/129.
 *
 * Handlers are installed only while something is registered: with nothing to clean, Node's
 * default signal behaviour is untouched. When another part of the program also listens for the
 * signal (train forwards it to its child and waits), that listener decides how to exit; we only
 * clean. SIGKILL cannot be caught: stale-temps.ts sweeps what it leaves on the next start.
 */


const tracked = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;
/**
 * A write still in flight on libuv's threads (an archive being written into the folder) can add an
 * entry after rmSync listed the folder, which then fails with ENOTEMPTY: retried twice, 5 ms apart.
 */
const REMOVE = { recursive: true, force: true, maxRetries: 2, retryDelay: 5 };
function removeTracked() {
    for (const t of tracked) {
        try {
            if ('path' in t)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(t.path, REMOVE);
            else
                for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(t.dir))
                    if (t.match(name))
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(t.dir, name), REMOVE);
        }
        catch {
            // Best effort: a path we cannot remove now is swept by the next run.
        }
    }
    tracked.clear();
}
function onSignal(signal) {
    removeTracked();
    if (process.listenerCount(signal) > 1)
        return;
    uninstall();
    process.kill(process.pid, signal);
}
function install() {
    if (installed)
        return;
    installed = true;
    for (const s of SIGNALS)
        process.on(s, onSignal);
    process.on('exit', removeTracked);
}
function uninstall() {
    if (!installed)
        return;
    installed = false;
    for (const s of SIGNALS)
        process.off(s, onSignal);
    process.off('exit', removeTracked);
}
function track(t) {
    tracked.add(t);
    install();
    return () => {
        tracked.delete(t);
        if (tracked.size === 0)
            uninstall();
    };
}
/** Removes `path` (file or folder) if the process is interrupted before the returned release is called. */
function removeOnInterrupt(path) {
    return track({ path });
}
/** Removes the entries of `dir` that `match` selects if the process is interrupted before release. */
function removeMatchingOnInterrupt(dir, match) {
    return track({ dir, match });
}
/** How many paths are registered (tests check that steps release what they register). */
function trackedTempCount() {
    return tracked.size;
}


/***/ }),

/***/ 8076:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ sweepStaleTemps),
/* harmony export */   bf: () => (/* binding */ hostTag),
/* harmony export */   xT: () => (/* binding */ processIsAlive)
/* harmony export */ });
/* unused harmony export STALE_TEMP_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/**
 * Sweeps temp entries a killed run left behind (SIGKILL, a power cut: nothing ran to clean them).
 * Only in a folder we own, only names with our own prefix, only entries owned by this user, never
 * through a link, and only when the writer is proven gone:
 * - the name carries the writer's process id and this host's tag (hostTag(): the host name and the
 *   pid namespace, so a container sharing the folder is another host) and no such process runs:
 *   swept at once, however fresh;
 * - otherwise (no pid, another host's or an older name without a tag): only when older than a run
 *   can last (an hour, by the newest modification time of the entry and its direct children) and,
 *   with a pid, that pid not alive here.
 * A live writer's entry (its pid alive) is never removed; a pid reused by an unrelated process only
 * delays the sweep. Failures are ignored: the sweep must not fail the run it precedes.
 */





const STALE_TEMP_MS = 60 * 60 * 1000;
let tag;
/**
 * Eight hex digits naming this host and pid namespace: a pid is only meaningful where it was
 * taken, and two containers (or a container and its host) can share a host name or a folder.
 */
function hostTag() {
    if (tag === undefined) {
        let namespace = '';
        try {
            namespace = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)('/proc/self/ns/pid');
        }
        catch {
            // Not Linux: the host name alone.
        }
        tag = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${(0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)()}\0${namespace}`).digest('hex').slice(0, 8);
    }
    return tag;
}
/** True when a process with this id runs on this host (signal 0 checks without sending anything). */
function processIsAlive(pid) {
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: it exists but belongs to someone else.
        return e.code === 'EPERM';
    }
}
async function newestMtimeMs(path, own) {
    let newest = own;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(path).catch(() => []);
    for (const n of names) {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, n)).catch(() => undefined);
        if (s && s.mtimeMs > newest)
            newest = s.mtimeMs;
    }
    return newest;
}
/** Removes the stale entries of `dir` that `match` selects; returns the paths removed. */
async function sweepStaleTemps(dir, options) {
    const cutoff = (options.now ?? Date.now)() - (options.maxAgeMs ?? STALE_TEMP_MS);
    const uid = process.getuid?.();
    const removed = [];
    const names = options.names ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).catch(() => []));
    for (const name of names) {
        if (!options.match(name))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, name);
        try {
            const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
            if (s.isSymbolicLink() || (uid !== undefined && s.uid !== uid))
                continue;
            const pid = options.pidOf?.(name);
            if (pid !== undefined && processIsAlive(pid))
                continue;
            const deadHere = pid !== undefined && options.hostOf?.(name) === hostTag();
            if (!deadHere) {
                const newest = s.isDirectory() ? await newestMtimeMs(path, s.mtimeMs) : s.mtimeMs;
                if (newest > cutoff)
                    continue;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { recursive: true, force: true });
            removed.push(path);
        }
        catch {
            // Another sweeper got there first, or it is not ours to remove.
        }
    }
    return removed;
}


/***/ })

};
