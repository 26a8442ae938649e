export const id = 684;
export const ids = [684,6052,5919];
export const modules = {

/***/ 9680:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MS: () => (/* binding */ ARCHIVE_ASSET),
/* harmony export */   NX: () => (/* binding */ COMPARISON_ASSET),
/* harmony export */   Oe: () => (/* binding */ EVALUATION_ASSET),
/* harmony export */   Pr: () => (/* binding */ PROFILE_ASSET),
/* harmony export */   VI: () => (/* binding */ RUN_ASSET),
/* harmony export */   Wd: () => (/* binding */ MODEL_CARD_ASSET),
/* harmony export */   a2: () => (/* binding */ modelManifestSchema),
/* harmony export */   ek: () => (/* binding */ MODEL_MANIFEST_SCHEMA),
/* harmony export */   g7: () => (/* binding */ EVALUATION_EXAMPLES_ASSET),
/* harmony export */   ny: () => (/* binding */ MANIFEST_ASSET),
/* harmony export */   tW: () => (/* binding */ PROVENANCE_ASSET)
/* harmony export */ });
/* unused harmony exports fileEntrySchema, lineageSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/* harmony import */ var _evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9729);
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
/** The evaluation's per-example file, when it has one: compare's paired tests against this version. */
const EVALUATION_EXAMPLES_ASSET = 'evaluation.examples.jsonl.gz';
const PROFILE_ASSET = 'profile.json';
const RUN_ASSET = 'run.json';
const COMPARISON_ASSET = 'comparison.json';
/**
 * The release's build provenance, when publish attested it (GitHub, attest: true): the Sigstore
 * bundle @actions/attest returned, uploaded after the release was created. Not among the manifest's
 * `assets`: the bundle signs manifest.json's digest, so the manifest cannot list the bundle's. Its
 * own signature is its integrity check (promote verifies it; docs/registry.md, "Provenance").
 */
const PROVENANCE_ASSET = 'provenance.sigstore.json';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const sha256 = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
    const fileEntrySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** For archive files: the path inside the archive; for assets: the asset name. */
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        sha256,
    });
    const lineageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** Where these values came from: the GitHub Actions environment, local git, or nothing known. */
        source: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['github', 'git', 'none']),
        /** owner/name on GitHub; locally the `origin` remote URL (credentials removed), or null. */
        repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        workflow: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        run_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        run_attempt: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().nullable(),
        /** Link to the workflow run, when on GitHub. */
        run_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        actor: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        /** The event that started the run (`push`, `workflow_dispatch`, ...), or `local`. */
        trigger: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    });
    const modelManifestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(MODEL_MANIFEST_SCHEMA),
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** model/<name>/v<version> (shared/registry/tag.ts). */
        tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        content_digest: sha256,
        created_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** The model archive and every file in it, sorted by path. */
        archive: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            sha256,
            files: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fileEntrySchema),
            /**
             * Set when publish also pushed the archive to an OCI registry (`--oci`): where. Absent in
             * manifests published without it, so older manifests read unchanged. When the archive is not
             * among `assets`, the registry is its only copy (over 2 GiB); the OCI manifest's digest is in
             * the release's oci-artifact.json (shared/formats/oci-artifact-format.ts), not here.
             */
            oci: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }).optional(),
        }),
        /** Every stored asset of the version except manifest.json itself (which cannot hold its own digest). */
        assets: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fileEntrySchema),
        lineage: lineageSchema,
        /** From the train run record (mlops-actions/run@1), when one was given. */
        training: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ asset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, params: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()), seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(), cache_key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(), commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable() })
            .nullable(),
        evaluation: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            asset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            sha256,
            task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']).nullable(),
            rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().nullable(),
            dataset_sha256: sha256.nullable(),
            metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), _evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .metricValueSchema */ .tm),
            omitted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(_evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .omittedMetricSchema */ .I8),
        }),
        /** The compare step's verdict on this model, when a comparison was given. */
        comparison: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ asset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'fail', 'report-only']), failures: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), baseline_dataset_sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable() })
            .nullable(),
        /** The training data's profile (mlops-actions/profile@1): drift-check's reference. */
        data: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ profile: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()) })
            .nullable(),
    });
    return { fileEntrySchema, lineageSchema, modelManifestSchema };
});
const fileEntrySchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().fileEntrySchema);
const lineageSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().lineageSchema);
const modelManifestSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().modelManifestSchema);


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

/***/ 8300:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCompareStep: () => (/* binding */ runCompareStep)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7855);
/* harmony import */ var _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2362);
/* harmony import */ var _report_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8737);
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3196);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9980);
/* harmony import */ var _compare_baseline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9349);
/* harmony import */ var _compare_compare_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4977);
/* harmony import */ var _formats_report_limits_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4050);
/**
 * The compare step, one operation behind the action and the CLI: resolve the baseline, compare
 * (checking both reports as untrusted input first), write `comparison.json`, `comment.md` and
 * `summary.md` into `outDir`, then — when a forge and a target are given — upsert the sticky PR
 * comment (one per workflow and model) and the check run `mlops / <model>` on the head SHA.
 *
 * Files are written before anything is posted, so a forge failure (exit 3) still leaves the
 * report behind for the job summary and the artifacts.
 */











/**
 * The model whose registry alias is the baseline: the step's `model`, else, as compareFiles picks
 * it, mlops.yaml's only model (when the rules come from mlops.yaml).
 */
async function registryModelOf(options) {
    if (options.model !== undefined)
        return options.model;
    if (options.config && !options.rules) {
        const config = await (0,_config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__.loadConfig)(options.config);
        // Throws naming the models when there are several: the step must be told which one.
        if ((0,_config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__.modelConfigOf)(config, undefined, options.config))
            return Object.keys(config.models ?? {})[0];
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('baseline production: which model\'s registry versions? none is named', {
        hint: (o) => `pass ${o.option('model', 'NAME')}, or configure exactly one model in mlops.yaml`,
    });
}
/** The model's drift settings in mlops.yaml: "What changed" tests the data's columns as drift-check would. */
async function driftSettingsOf(config, model) {
    if (!config)
        return undefined;
    const models = (await (0,_config_mlops_config_js__WEBPACK_IMPORTED_MODULE_1__.loadConfig)(config)).drift?.models ?? {};
    return Object.hasOwn(models, model) ? models[model] : undefined;
}
/** Params, data, code and environment, head against baseline; none when neither side has a record. */
async function whatChangedOf(options, baselineFile, model, apart) {
    // Loaded here, not at the step's start: the drift tests they use cost every compare run ~50 ms of
    // start-up, and most runs have no records to compare.
    const { readTrainingRecords } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9371));
    const [head, base] = await Promise.all([
        readTrainingRecords({ side: 'head', run: options.headRun, profile: options.headProfile, besideReport: apart ? options.head : undefined }),
        readTrainingRecords({ side: 'baseline', run: options.baselineRun, profile: options.baselineProfile, besideReport: apart ? baselineFile : undefined }),
    ]);
    if (!head.run && !head.profile && !base.run && !base.profile)
        return undefined;
    const { whatChanged } = await Promise.all(/* import() */[__webpack_require__.e(44), __webpack_require__.e(980), __webpack_require__.e(3473), __webpack_require__.e(676), __webpack_require__.e(1354)]).then(__webpack_require__.bind(__webpack_require__, 1354));
    return whatChanged(base, head, { drift: await driftSettingsOf(options.config, model) });
}
/** Both sides' top features by importance; none when neither side has an explanation. */
async function explanationsOf(options, baselineFile, apart) {
    const notes = [];
    const { explanationChange, readSideExplanation } = await __webpack_require__.e(/* import() */ 744).then(__webpack_require__.bind(__webpack_require__, 744));
    const [head, base] = await Promise.all([
        readSideExplanation({ side: 'head', given: options.headExplanation, besideReport: apart ? options.head : undefined }, notes),
        readSideExplanation({ side: 'baseline', given: options.baselineExplanation, besideReport: apart ? baselineFile : undefined }, notes),
    ]);
    return explanationChange(head, base, notes);
}
async function runCompareStep(options, env = {}) {
    const spec = options.baseline.kind === 'production'
        ? { ...options.baseline, model: options.baseline.model ?? (await registryModelOf(options)) }
        : options.baseline;
    const baseline = await (0,_compare_baseline_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveBaseline */ .o)(spec, { forge: env.baselineForge ?? env.forge, download: env.download, workDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.outDir, '.baseline'), log: env.log });
    await (0,_formats_report_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .assertReportWithinLimits */ .id)(options.head);
    if (baseline.file)
        await (0,_formats_report_limits_js__WEBPACK_IMPORTED_MODULE_7__/* .assertReportWithinLimits */ .id)(baseline.file);
    const comparison = await (0,_compare_compare_files_js__WEBPACK_IMPORTED_MODULE_6__/* .compareFiles */ .h)({
        head: options.head, baseline: baseline.file, config: options.config, rules: options.rules, model: options.model,
        baselineExamplesUnavailable: baseline.examplesUnavailable,
    });
    const model = comparison.model ?? options.model ?? 'model';
    // Two reports in one folder share whatever run.json, profile.json or explanation.json lies there:
    // neither side's can be told apart, so only records named explicitly are read then.
    const apart = baseline.file !== undefined && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(options.head)) !== (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(baseline.file));
    if (baseline.file) {
        const changed = await whatChangedOf(options, baseline.file, model, apart);
        if (changed)
            comparison.what_changed = changed;
    }
    const explanations = await explanationsOf(options, baseline.file, apart);
    if (explanations)
        comparison.explanations = explanations;
    const ctx = { model, baseline: baseline.info, runUrl: options.runUrl, headSha: options.target?.headSha };
    const marker = (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .stickyMarker */ .YL)({ workflow: options.workflow, model });
    const comment = (0,_report_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .renderComparisonComment */ .HV)(comparison, ctx, marker);
    const summary = (0,_report_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .renderComparisonSummary */ .YV)(comparison, ctx);
    const files = { comparison: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.outDir, 'comparison.json'), comment: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.outDir, 'comment.md'), summary: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(options.outDir, 'summary.md') };
    await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonAtomic */ .ZJ)(files.comparison, comparison);
    await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(files.comment, comment);
    await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(files.summary, summary);
    const result = {
        comparison,
        baseline,
        model,
        comment,
        summary,
        files,
        exitCode: comparison.verdict === 'fail' && options.failOnRegression ? _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_CHECK_FAILED */ .Gh : _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT_OK */ .Ij,
    };
    const { forge } = env;
    const t = options.target;
    if (forge && t) {
        if (options.comment !== false && t.prNumber !== undefined) {
            const r = await forge.upsertStickyComment({ owner: t.owner, repo: t.repo, issue_number: t.prNumber, marker, body: comment });
            result.commentUrl = r.url;
            result.commentAction = r.action;
            env.log?.(`PR #${t.prNumber}: comment ${r.action} (${r.url})${r.deletedIds.length ? `, ${r.deletedIds.length} duplicate(s) removed` : ''}`);
        }
        if (options.checkRun !== false && t.headSha) {
            const out = (0,_report_comparison_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .renderCheckRunOutput */ .vV)(comparison, ctx);
            const r = await forge.upsertCheckRun({
                owner: t.owner,
                repo: t.repo,
                name: (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .checkRunName */ .$_)(model),
                head_sha: t.headSha,
                conclusion: out.conclusion,
                title: out.title,
                summary: out.summary,
                ...(options.runUrl ? { details_url: options.runUrl } : {}),
            });
            result.checkRunUrl = r.url;
            result.checkRunId = r.checkRunId;
            env.log?.(`check run ${(0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .checkRunName */ .$_)(model)} ${r.action}: ${out.conclusion}`);
        }
    }
    return result;
}


/***/ })

};
