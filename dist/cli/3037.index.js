export const id = 3037;
export const ids = [3037];
export const modules = {

/***/ 1156:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e0: () => (/* binding */ registryStateSchema),
/* harmony export */   p$: () => (/* binding */ emptyState),
/* harmony export */   q4: () => (/* binding */ REGISTRY_AUDIT_SCHEMA),
/* harmony export */   x9: () => (/* binding */ auditEntrySchema)
/* harmony export */ });
/* unused harmony exports REGISTRY_STATE_SCHEMA, runRefSchema, approvalSchema, provenanceCheckSchema, versionEntrySchema, aliasEntrySchema, aliasMoveSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/**
 * Registry state, written through the StateStore (shared/ports/registry-stores.ts) with compare-and-swap.
 *
 * `mlops-actions/registry-state@1`: one document per model: its published versions, where each
 * alias points, and the alias history (every move, oldest first).
 * `mlops-actions/registry-audit@1`: one JSON line per change in the model's append-only audit log:
 * who, when, what (publish or promote), from which version to which, the approval and the run.
 * Documented in docs/registry.md ("State and audit log").
 */


const REGISTRY_STATE_SCHEMA = 'mlops-actions/registry-state@1';
const REGISTRY_AUDIT_SCHEMA = 'mlops-actions/registry-audit@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
    const runRefSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        run_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        run_attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
        workflow: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    const approvalSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        reviewer: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        comment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The GitHub Environment whose protection rules approved the job, when there was one. */
        environment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    const versionEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        tag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** Digest of manifest.json as published: promote checks the stored manifest against it. */
        manifest_sha256: sha256,
        content_digest: sha256,
        published_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        published_by: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    const aliasEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        updated_at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        updated_by: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    const aliasMoveSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        alias: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** The version the alias pointed to before; null when it was created. */
        from: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        to: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        actor: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    /** What promote checked in a release's build provenance (shared/registry/provenance/). */
    const provenanceCheckSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        verified: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(true),
        /** The signing certificate's OIDC issuer (GitHub Actions: https://token.actions.githubusercontent.com). */
        issuer: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The certificate's subject alternative name: for GitHub Actions, the workflow file's URI and ref. */
        identity: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The archive's SHA-256 as the signed in-toto statement names it. */
        subject_digest: sha256,
        /** The repository the signing workflow ran in (Fulcio's Source Repository URI), when the certificate says. */
        source_repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        predicate_type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** The signature's Rekor log index. */
        log_index: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    });
    const registryStateSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(REGISTRY_STATE_SCHEMA),
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** Sorted by semver precedence, lowest first. */
        versions: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(versionEntrySchema),
        aliases: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), aliasEntrySchema),
        history: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(aliasMoveSchema),
    });
    const auditEntrySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(REGISTRY_AUDIT_SCHEMA),
        at: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        action: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['publish', 'promote']),
        /** promote: the alias moved; null for publish. */
        alias: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** promote: the alias's previous version (null when new); publish: null. */
        from: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        /** promote: the version the alias now points to; publish: the version published. */
        to: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        actor: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        approval: approvalSchema.nullable(),
        run: runRefSchema.nullable(),
        /** Verified or published manifest digest, so the entry names exactly what moved. */
        manifest_sha256: sha256.nullable(),
        /**
         * promote: the release's build provenance (the Sigstore bundle `provenance.sigstore.json`) as
         * verified before the alias moved, or null when the release has none. Absent in entries
         * written before it existed and in publish entries, so older logs read unchanged.
         */
        provenance: provenanceCheckSchema.nullable().optional(),
    });
    return { runRefSchema, approvalSchema, provenanceCheckSchema, versionEntrySchema, aliasEntrySchema, aliasMoveSchema, registryStateSchema, auditEntrySchema };
});
const runRefSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().runRefSchema);
const approvalSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().approvalSchema);
const provenanceCheckSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().provenanceCheckSchema);
const versionEntrySchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().versionEntrySchema);
const aliasEntrySchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().aliasEntrySchema);
const aliasMoveSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().aliasMoveSchema);
const registryStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().registryStateSchema);
const auditEntrySchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().auditEntrySchema);
function emptyState(model) {
    return { schema: REGISTRY_STATE_SCHEMA, model, versions: [], aliases: {}, history: [] };
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

/***/ 3037:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listRegistry: () => (/* binding */ listRegistry),
/* harmony export */   modelHistory: () => (/* binding */ modelHistory),
/* harmony export */   showModel: () => (/* binding */ showModel)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3004);
/* harmony import */ var _state_update_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9753);
/* harmony import */ var _tag_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7170);
/**
 * What `mlops registry list|show|history` shows: the models with their aliases, one model's versions
 * and aliases, and its audit log. Read-only; the published releases are the truth about which
 * versions exist, the state says where aliases point.
 */




async function listRegistry(ports) {
    const out = [];
    for (const model of await ports.state.models()) {
        const state = (await (0,_state_update_js__WEBPACK_IMPORTED_MODULE_2__/* .readState */ .un)(ports.state, model))?.state;
        const versions = (await ports.releases.list(model)).map((r) => r.version);
        out.push({
            model,
            versions: versions.length,
            latest: (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .highestVersion */ .t)(versions) ?? null,
            aliases: Object.fromEntries(Object.entries(state?.aliases ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, v.version])),
        });
    }
    return out;
}
async function showModel(ports, model) {
    (0,_tag_js__WEBPACK_IMPORTED_MODULE_3__/* .validateModelName */ .HW)(model);
    const state = (await (0,_state_update_js__WEBPACK_IMPORTED_MODULE_2__/* .readState */ .un)(ports.state, model))?.state;
    const releases = await ports.releases.list(model);
    if (!state && releases.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`model "${model}" is not in the registry`, { hint: 'run `mlops registry list` to see the models it has' });
    const aliases = state?.aliases ?? {};
    const versions = releases
        .sort((a, b) => (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .compareVersions */ .Zy)(a.version, b.version))
        .map((r) => {
        const recorded = state?.versions.find((v) => v.version === r.version);
        return {
            version: r.version,
            tag: r.tag,
            url: r.url,
            published_at: recorded?.published_at ?? null,
            published_by: recorded?.published_by ?? null,
            content_digest: recorded?.content_digest ?? null,
            aliases: Object.entries(aliases).filter(([, a]) => a.version === r.version).map(([name]) => name).sort(),
        };
    });
    return { model, versions, aliases };
}
async function modelHistory(ports, model) {
    (0,_tag_js__WEBPACK_IMPORTED_MODULE_3__/* .validateModelName */ .HW)(model);
    return (0,_state_update_js__WEBPACK_IMPORTED_MODULE_2__/* .readAudit */ .y4)(ports.state, model);
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

/***/ 9753:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ updateState),
/* harmony export */   p$: () => (/* reexport safe */ _formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__.p$),
/* harmony export */   un: () => (/* binding */ readState),
/* harmony export */   y4: () => (/* binding */ readAudit)
/* harmony export */ });
/* unused harmony export DEFAULT_RETRY */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1543);
/* harmony import */ var _runtime_jsonl_append_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8550);
/* harmony import */ var _formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1156);
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
    const parsed = _formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__/* .registryStateSchema */ .e0.safeParse(value);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`registry state of model "${model}" is not valid ${_formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__/* .registryStateSchema */ .e0.shape.schema.value}: ${i.path.join('.') || '(root)'}: ${i.message}`, {
            hint: 'the state document was edited by hand or by a newer version; restore it from the audit log or history',
        });
    }
    if (parsed.data.model !== model)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`registry state for "${model}" names model "${parsed.data.model}"`, { hint: 'the state document was copied from another model' });
    return parsed.data;
}
/** The model's state, or undefined when nothing was ever recorded for it. */
async function readState(store, model) {
    let doc;
    try {
        doc = await store.read(model);
    }
    catch (e) {
        // A state file cut short or overwritten by hand is bad input, not a bug in the store.
        if (!(e instanceof SyntaxError))
            throw e;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`registry state of model "${model}" is not JSON: ${e.message.split('\n')[0]}`, {
            hint: 'the state document was cut short or edited by hand; restore it from version control or rebuild it from the audit log',
            cause: e,
        });
    }
    if (!doc)
        return undefined;
    return { state: checkState(model, doc.value), revision: doc.revision };
}
/** The model's audit log, oldest first. */
async function readAudit(store, model) {
    const lines = await store.audit(model);
    const entries = [];
    lines.forEach((line, i) => {
        // Notes of a cut torn line (shared/runtime/jsonl-append.ts) are not entries.
        if ((0,_runtime_jsonl_append_js__WEBPACK_IMPORTED_MODULE_2__/* .isRepairNote */ .gx)(line))
            return;
        let json;
        try {
            json = JSON.parse(line);
        }
        catch {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`audit log of model "${model}", line ${i + 1}, is not JSON`, {
                hint: i === lines.length - 1
                    ? 'the last line is cut short (the log was truncated or a write died): the next publish or promote cuts it and keeps its bytes in a repair note'
                    : 'the log was edited by hand; restore it from a backup or the registry branch history',
            });
        }
        const parsed = _formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__/* .auditEntrySchema */ .x9.safeParse(json);
        if (!parsed.success)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`audit log of model "${model}", line ${i + 1}: ${parsed.error.issues[0].message}`);
        entries.push(parsed.data);
    });
    return entries;
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
        const value = _formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__/* .registryStateSchema */ .e0.parse(outcome.state);
        const lines = outcome.audit.map((e) => JSON.stringify(_formats_state_format_js__WEBPACK_IMPORTED_MODULE_3__/* .auditEntrySchema */ .x9.parse(e)));
        if (await store.write(model, value, lines, current?.revision, message))
            return { result: outcome.result, changed: true, attempts: attempt };
        if (attempt < p.attempts)
            await sleep(random() * Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1)));
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConflictError */ .fK(`registry state of model "${model}" kept changing under us: gave up after ${p.attempts} attempts`, {
        hint: 'other publishes or promotions of this model are running at the same moment; run this one again',
    });
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

/***/ 2881:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ lazySchema),
/* harmony export */   Oo: () => (/* binding */ once)
/* harmony export */ });
/* unused harmony export builtSchema */
/**
 * Zod schemas built the first time they are used, not when their module is loaded.
 *
 * Why: zod builds every schema object when the code defining it runs, ~17 µs each, and a step's
 * bundle holds ~1,000-1,500 of them (each format's, the config's, the inputs'). Most runs use a few
 * formats: drift-check never reads a comparison, compare never a drift report, and a constant
 * imported from a format module (a schema name, a list of test names) brought all of its schemas
 * with it. Measured before this, at each action's start: 20-28 ms of zod construction in compare,
 * drift-check, publish-model, promote-model and rank-candidates.
 *
 * A format module puts its definitions in one builder (`once`) and exports handles
 * (`lazySchema`): each handle has its schema's type, and forwards every property read (`parse`,
 * `safeParse`, `_zod`, …) to the schema, built on that first read. zod accepts a handle inside
 * another schema (it reads `_zod` through it), and `instanceof` sees the schema's prototype. What
 * zod keys by object identity (the registry behind `.describe()`, which z.toJSONSchema reads) knows
 * the schema, not the handle: pass `builtSchema(handle)` there.
 */
const BUILT = Symbol('mlops-actions:lazy-schema');
/** `build` run once, on the first call; the same result after. */
function once(build) {
    let built;
    return () => (built ??= { value: build() }).value;
}
/** A stand-in for the schema `get()` returns, which is built (by `get`) on the first property read. */
function lazySchema(get) {
    const bound = new Map();
    const handler = {
        get(_target, key) {
            const schema = get();
            if (key === BUILT)
                return schema;
            const value = schema[key];
            if (typeof value !== 'function')
                return value;
            // Methods run on the schema itself, whatever `this` the caller passes.
            let b = bound.get(key);
            if (b === undefined)
                bound.set(key, (b = value.bind(schema)));
            return b;
        },
        has: (_target, key) => key in get(),
        ownKeys: () => Reflect.ownKeys(get()),
        getOwnPropertyDescriptor(_target, key) {
            const d = Reflect.getOwnPropertyDescriptor(get(), key);
            return d === undefined ? undefined : { ...d, configurable: true };
        },
        getPrototypeOf: () => Reflect.getPrototypeOf(get()),
        set: () => false,
        defineProperty: () => false,
        deleteProperty: () => false,
    };
    return new Proxy({}, handler);
}
/** The schema behind a lazySchema handle (built now), or `schema` itself when it is not a handle. */
function builtSchema(schema) {
    return schema[BUILT] ?? schema;
}


/***/ })

};
