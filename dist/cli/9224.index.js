export const id = 9224;
export const ids = [9224];
export const modules = {

/***/ 9224:
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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


/***/ })

};
