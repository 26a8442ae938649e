export const id = 679;
export const ids = [679];
export const modules = {

/***/ 8517:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ OCI_ARTIFACT_SCHEMA),
/* harmony export */   HC: () => (/* binding */ MODEL_CONFIG_MEDIA_TYPE),
/* harmony export */   Kb: () => (/* binding */ OCI_ARTIFACT_ASSET),
/* harmony export */   Uq: () => (/* binding */ MODEL_ARTIFACT_TYPE),
/* harmony export */   aH: () => (/* binding */ ociReferenceOf),
/* harmony export */   b: () => (/* binding */ ociArtifactSchema),
/* harmony export */   yE: () => (/* binding */ MODEL_LAYER_MEDIA_TYPE),
/* harmony export */   yc: () => (/* binding */ OCI_IMAGE_MANIFEST_MEDIA_TYPE)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/**
 * How a model version lives in an OCI registry (`publish --oci`), and the release asset that
 * points at it (`oci-artifact.json`, `mlops-actions/oci-artifact@1`).
 *
 * The artifact is an OCI image manifest (image-spec v1.1, "artifacts" guidance) whose
 * `artifactType` says it is an mlops model, whose config blob is the release's `manifest.json`
 * byte for byte (so the config digest is the `manifest_sha256` the registry state records), and
 * whose only layer is `model.tar.gz` (so the layer digest is the archive's SHA-256 the manifest
 * records). It is tagged with the version.
 *
 * The OCI manifest's own digest cannot be written into `manifest.json` (the manifest is inside it
 * as the config), so the release stores it in this separate pointer. The pointer needs no digest
 * of its own: promote and pull fetch the OCI manifest by the pointer's digest and check that its
 * config and layer are exactly the recorded manifest and archive, so a wrong pointer is refused
 * like a tampered blob. Documented in docs/registry.md ("OCI registries").
 */


const OCI_ARTIFACT_SCHEMA = 'mlops-actions/oci-artifact@1';
/** The release asset holding the pointer. */
const OCI_ARTIFACT_ASSET = 'oci-artifact.json';
const OCI_IMAGE_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
/** The `artifactType` of a model pushed by publish. */
const MODEL_ARTIFACT_TYPE = 'application/vnd.mlops-actions.model.v1';
/** The config blob: the release's manifest.json (mlops-actions/model@1). */
const MODEL_CONFIG_MEDIA_TYPE = 'application/vnd.mlops-actions.model.manifest.v1+json';
/** The layer: model.tar.gz is a plain gzipped tar, so the standard layer type describes it. */
const MODEL_LAYER_MEDIA_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const digest = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^sha256:[0-9a-f]{64}$/);
    const descriptor = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ media_type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), digest, size: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative() });
    const ociArtifactSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(OCI_ARTIFACT_SCHEMA),
        /** host[:port]/path, as given to publish (e.g. ghcr.io/owner/models/weather). */
        repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** The version as an OCI tag (`+` of build metadata becomes `_`, which tags cannot hold). */
        tag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        /** The OCI manifest's digest: what promote and pull fetch. */
        digest,
        media_type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        artifact_type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        config: descriptor,
        layer: descriptor,
        /** Whether the release also holds model.tar.gz (false: the archive is only in the registry). */
        archive_in_release: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    });
    return { ociArtifactSchema };
});
const ociArtifactSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().ociArtifactSchema);
/** `repository:tag@digest`, the reference a person can pull with skopeo, oras or crane. */
function ociReferenceOf(a) {
    return `${a.repository}:${a.tag}@${a.digest}`;
}


/***/ }),

/***/ 6060:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ closestMatch)
/* harmony export */ });
/**
 * "Did you mean": the closest of a few known names to what someone typed. Used for mlops.yaml and
 * contract keys (shared/runtime/yaml-source.ts) and for the CLI's commands and options.
 */
/** Levenshtein distance, for "did you mean". */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
/** The closest candidate when it is plausibly a typo (distance ≤ max(2, a third of the length)) or an abbreviation. */
function closestMatch(word, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    if (best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)))
        return best;
    // An abbreviation ("cust" for "customer") when exactly one candidate starts with it.
    const prefixed = word.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(word.toLowerCase())) : [];
    return prefixed.length === 1 ? prefixed[0] : undefined;
}


/***/ }),

/***/ 679:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteModel: () => (/* binding */ promoteModel)
});

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ../../../../shared/registry/lineage.ts
/**
 * Where a model came from. On GitHub Actions, from the runner's GITHUB_* variables; elsewhere from
 * the local git checkout, asked through execFile (an argument list, never a shell, so nothing in a
 * branch name or remote URL is ever interpreted).
 */


function git(args, cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, timeout: 10_000, windowsHide: true }, (err, stdout) => resolve(err ? null : stdout.trim() || null));
    });
}
/** Drops credentials from a remote URL (`https://user:token@host/x` → `https://host/x`). */
function redactRemote(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}
const val = (s) => (s === undefined || s === '' ? null : s);
function localUser(env) {
    try {
        return val(env.USER) ?? val(env.USERNAME) ?? (0,external_node_os_.userInfo)().username;
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

// EXTERNAL MODULE: ../../../../shared/registry/semver.ts
var semver = __webpack_require__(3004);
// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(1100);
// EXTERNAL MODULE: ../../../../shared/runtime/lazy-schema.ts
var lazy_schema = __webpack_require__(2881);
;// CONCATENATED MODULE: ../../../../shared/formats/state-format.ts
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
const state_format_schemas = (0,lazy_schema/* once */.Oo)(() => {
    const sha256 = schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/);
    const runRefSchema = schemas/* object */.Ikc({
        repository: schemas/* string */.YjP().nullable(),
        run_id: schemas/* string */.YjP().nullable(),
        run_attempt: schemas/* number */.aig().int().positive().nullable(),
        workflow: schemas/* string */.YjP().nullable(),
        url: schemas/* string */.YjP().nullable(),
    });
    const approvalSchema = schemas/* object */.Ikc({
        reviewer: schemas/* string */.YjP().nullable(),
        comment: schemas/* string */.YjP().nullable(),
        /** The GitHub Environment whose protection rules approved the job, when there was one. */
        environment: schemas/* string */.YjP().nullable(),
    });
    const versionEntrySchema = schemas/* object */.Ikc({
        version: schemas/* string */.YjP(),
        tag: schemas/* string */.YjP(),
        url: schemas/* string */.YjP(),
        /** Digest of manifest.json as published: promote checks the stored manifest against it. */
        manifest_sha256: sha256,
        content_digest: sha256,
        published_at: schemas/* string */.YjP(),
        published_by: schemas/* string */.YjP().nullable(),
    });
    const aliasEntrySchema = schemas/* object */.Ikc({
        version: schemas/* string */.YjP(),
        updated_at: schemas/* string */.YjP(),
        updated_by: schemas/* string */.YjP().nullable(),
    });
    const aliasMoveSchema = schemas/* object */.Ikc({
        at: schemas/* string */.YjP(),
        alias: schemas/* string */.YjP(),
        /** The version the alias pointed to before; null when it was created. */
        from: schemas/* string */.YjP().nullable(),
        to: schemas/* string */.YjP(),
        actor: schemas/* string */.YjP().nullable(),
    });
    /** What promote checked in a release's build provenance (shared/registry/provenance/). */
    const provenanceCheckSchema = schemas/* object */.Ikc({
        verified: schemas/* literal */.euz(true),
        /** The signing certificate's OIDC issuer (GitHub Actions: https://token.actions.githubusercontent.com). */
        issuer: schemas/* string */.YjP().nullable(),
        /** The certificate's subject alternative name: for GitHub Actions, the workflow file's URI and ref. */
        identity: schemas/* string */.YjP().nullable(),
        /** The archive's SHA-256 as the signed in-toto statement names it. */
        subject_digest: sha256,
        /** The repository the signing workflow ran in (Fulcio's Source Repository URI), when the certificate says. */
        source_repository: schemas/* string */.YjP().nullable(),
        predicate_type: schemas/* string */.YjP().nullable(),
        /** The signature's Rekor log index. */
        log_index: schemas/* string */.YjP().nullable(),
    });
    const registryStateSchema = schemas/* object */.Ikc({
        schema: schemas/* literal */.euz(REGISTRY_STATE_SCHEMA),
        model: schemas/* string */.YjP(),
        /** Sorted by semver precedence, lowest first. */
        versions: schemas/* array */.YOg(versionEntrySchema),
        aliases: schemas/* record */.g1P(schemas/* string */.YjP(), aliasEntrySchema),
        history: schemas/* array */.YOg(aliasMoveSchema),
    });
    const auditEntrySchema = schemas/* object */.Ikc({
        schema: schemas/* literal */.euz(REGISTRY_AUDIT_SCHEMA),
        at: schemas/* string */.YjP(),
        model: schemas/* string */.YjP(),
        action: schemas/* enum */.k5n(['publish', 'promote']),
        /** promote: the alias moved; null for publish. */
        alias: schemas/* string */.YjP().nullable(),
        /** promote: the alias's previous version (null when new); publish: null. */
        from: schemas/* string */.YjP().nullable(),
        /** promote: the version the alias now points to; publish: the version published. */
        to: schemas/* string */.YjP(),
        actor: schemas/* string */.YjP().nullable(),
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
const runRefSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().runRefSchema);
const approvalSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().approvalSchema);
const provenanceCheckSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().provenanceCheckSchema);
const versionEntrySchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().versionEntrySchema);
const aliasEntrySchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().aliasEntrySchema);
const aliasMoveSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().aliasMoveSchema);
const registryStateSchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().registryStateSchema);
const state_format_auditEntrySchema = (0,lazy_schema/* lazySchema */.ID)(() => state_format_schemas().auditEntrySchema);
function emptyState(model) {
    return { schema: REGISTRY_STATE_SCHEMA, model, versions: [], aliases: {}, history: [] };
}

// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var registry_errors = __webpack_require__(1543);
// EXTERNAL MODULE: ../../../../shared/runtime/jsonl-append.ts
var jsonl_append = __webpack_require__(8550);
;// CONCATENATED MODULE: ../../../../shared/registry/state-update.ts
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
    const parsed = registryStateSchema.safeParse(value);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new errors/* InputError */.dz(`registry state of model "${model}" is not valid ${registryStateSchema.shape.schema.value}: ${i.path.join('.') || '(root)'}: ${i.message}`, {
            hint: 'the state document was edited by hand or by a newer version; restore it from the audit log or history',
        });
    }
    if (parsed.data.model !== model)
        throw new errors/* InputError */.dz(`registry state for "${model}" names model "${parsed.data.model}"`, { hint: 'the state document was copied from another model' });
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
        throw new errors/* InputError */.dz(`registry state of model "${model}" is not JSON: ${e.message.split('\n')[0]}`, {
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
        if (isRepairNote(line))
            return;
        let json;
        try {
            json = JSON.parse(line);
        }
        catch {
            throw new InputError(`audit log of model "${model}", line ${i + 1}, is not JSON`, {
                hint: i === lines.length - 1
                    ? 'the last line is cut short (the log was truncated or a write died): the next publish or promote cuts it and keeps its bytes in a repair note'
                    : 'the log was edited by hand; restore it from a backup or the registry branch history',
            });
        }
        const parsed = auditEntrySchema.safeParse(json);
        if (!parsed.success)
            throw new InputError(`audit log of model "${model}", line ${i + 1}: ${parsed.error.issues[0].message}`);
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
        const value = registryStateSchema.parse(outcome.state);
        const lines = outcome.audit.map((e) => JSON.stringify(state_format_auditEntrySchema.parse(e)));
        if (await store.write(model, value, lines, current?.revision, message))
            return { result: outcome.result, changed: true, attempts: attempt };
        if (attempt < p.attempts)
            await sleep(random() * Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** (attempt - 1)));
    }
    throw new registry_errors/* ConflictError */.fK(`registry state of model "${model}" kept changing under us: gave up after ${p.attempts} attempts`, {
        hint: 'other publishes or promotions of this model are running at the same moment; run this one again',
    });
}


// EXTERNAL MODULE: ../../../../shared/registry/tag.ts
var tag = __webpack_require__(7170);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/runtime/closest-match.ts
var closest_match = __webpack_require__(6060);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ../../../../shared/runtime/signal-cleanup.ts
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
                (0,external_node_fs_.rmSync)(t.path, REMOVE);
            else
                for (const name of (0,external_node_fs_.readdirSync)(t.dir))
                    if (t.match(name))
                        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(t.dir, name), REMOVE);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ../../../../shared/runtime/stale-temps.ts
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
let stale_temps_tag;
/**
 * Eight hex digits naming this host and pid namespace: a pid is only meaningful where it was
 * taken, and two containers (or a container and its host) can share a host name or a folder.
 */
function hostTag() {
    if (stale_temps_tag === undefined) {
        let namespace = '';
        try {
            namespace = (0,external_node_fs_.readlinkSync)('/proc/self/ns/pid');
        }
        catch {
            // Not Linux: the host name alone.
        }
        stale_temps_tag = (0,external_node_crypto_.createHash)('sha256').update(`${(0,external_node_os_.hostname)()}\0${namespace}`).digest('hex').slice(0, 8);
    }
    return stale_temps_tag;
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
    const names = await (0,promises_.readdir)(path).catch(() => []);
    for (const n of names) {
        const s = await (0,promises_.lstat)((0,external_node_path_.join)(path, n)).catch(() => undefined);
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
    const names = options.names ?? (await (0,promises_.readdir)(dir).catch(() => []));
    for (const name of names) {
        if (!options.match(name))
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        try {
            const s = await (0,promises_.lstat)(path);
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
            await (0,promises_.rm)(path, { recursive: true, force: true });
            removed.push(path);
        }
        catch {
            // Another sweeper got there first, or it is not ours to remove.
        }
    }
    return removed;
}

;// CONCATENATED MODULE: ../../../../shared/runtime/temp-work-dir.ts
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
async function makeTempWorkDir(prefix, root = (0,external_node_os_.tmpdir)()) {
    await sweepStaleTemps(root, { match: (n) => n.startsWith(prefix), pidOf: (n) => pidInTempName(prefix, n) });
    // Made and registered in one turn of the event loop: a signal handler runs between turns, so it
    // always finds the folder registered. An asynchronous mkdtemp still in flight on libuv's threads
    // when a SIGINT's cleanup ran created the folder after it, and an empty one was left (CI, twice).
    const path = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(root, `${prefix}${process.pid}-`));
    const release = removeOnInterrupt(path);
    return {
        path,
        async remove() {
            await (0,promises_.rm)(path, { recursive: true, force: true });
            release();
        },
    };
}

// EXTERNAL MODULE: ../../../../shared/formats/manifest-format.ts
var manifest_format = __webpack_require__(9680);
// EXTERNAL MODULE: ../../../../shared/formats/oci-artifact-format.ts
var oci_artifact_format = __webpack_require__(8517);
// EXTERNAL MODULE: ../../../../shared/runtime/file-digest.ts
var file_digest = __webpack_require__(322);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ../../../tar-stream/index.js
var tar_stream = __webpack_require__(2714);
;// CONCATENATED MODULE: ../../../../shared/registry/archive.ts
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
    const root = resolve(dir);
    let top;
    try {
        // The folder itself may be a link (a `latest` symlink to the run's folder); links inside it are refused below.
        top = await stat(root);
    }
    catch {
        throw new InputError(`model files folder ${dir} does not exist`, { hint: (o) => `pass ${o.option('files', 'DIR')}, the folder training wrote the model to` });
    }
    if (!top.isDirectory())
        throw new InputError(`${dir} is not a folder`, { hint: (o) => `pass ${o.option('files', 'DIR')}, the folder training wrote the model to` });
    const out = [];
    async function walk(abs, rel) {
        for (const entry of await readdir(abs, { withFileTypes: true })) {
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            const childAbs = join(abs, entry.name);
            // A name promote's extraction refuses (`..\..\x`) must not be published: the version could never be promoted.
            const unsafe = unsafeEntryName(childRel);
            if (unsafe !== undefined)
                throw new InputError(`${JSON.stringify(join(dir, childRel))} ${unsafe}`, { hint: 'rename the file: a model archive must extract the same on every system' });
            if (entry.isDirectory())
                await walk(childAbs, childRel);
            else if (entry.isFile())
                out.push(childRel);
            else if (entry.isSymbolicLink()) {
                throw new InputError(`${join(dir, childRel)} is a symbolic link`, { hint: 'a model archive holds regular files only: copy the file it points to into the folder' });
            }
            else
                throw new InputError(`${join(dir, childRel)} is not a regular file`, { hint: 'a model archive holds regular files only' });
        }
    }
    await walk(root, '');
    if (out.length === 0)
        throw new InputError(`model files folder ${dir} has no files`, { hint: 'check that training wrote its outputs there' });
    return out.sort(byteOrder);
}
/** Sets the gzip header's OS byte (offset 9) so the archive does not depend on the platform. */
class GzipOsByte extends (/* unused pure expression or super */ null && (Transform)) {
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
class Digest extends (/* unused pure expression or super */ null && (Transform)) {
    hash = createHash('sha256');
    size = 0;
    _transform(chunk, _enc, done) {
        this.hash.update(chunk);
        this.size += chunk.length;
        done(null, chunk);
    }
}
async function writeEntry(pack, absPath, name) {
    const st = await lstat(absPath);
    const hash = createHash('sha256');
    let written = 0;
    await new Promise((resolvePromise, reject) => {
        const sink = pack.entry({ ...FIXED, name, size: st.size, type: 'file' }, (err) => (err ? reject(err) : resolvePromise()));
        const source = createReadStream(absPath);
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
        throw new InputError(`cannot archive ${absPath}: ${e.message}`, { hint: 'was the file changed while publishing? run again once training has finished', cause: e });
    });
    if (written !== st.size)
        throw new InputError(`${absPath} changed size while it was archived`, { hint: 'run again once training has finished' });
    return { path: name, size: st.size, sha256: hash.digest('hex') };
}
/**
 * Writes the files under `dir` as a deterministic tar.gz at `destination` (streamed: files are never
 * held in memory) and returns its digest and the digest of every file in it.
 */
async function writeModelArchive(dir, destination) {
    const names = await listModelFiles(dir);
    const pack = tar.pack();
    const digest = new Digest();
    const files = [];
    const fill = (async () => {
        try {
            for (const name of names)
                files.push(await writeEntry(pack, join(dir, ...name.split('/')), name));
            pack.finalize();
        }
        catch (e) {
            pack.destroy(e);
            throw e;
        }
    })();
    await mkdir(dirname(destination), { recursive: true });
    const written = pipeline(pack, createGzip({ level: 9, memLevel: 9, strategy: zlibConstants.Z_DEFAULT_STRATEGY }), new GzipOsByte(), digest, createWriteStream(destination));
    try {
        await Promise.all([fill, written]);
    }
    catch (e) {
        await rm(destination, { force: true });
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
    if (name.startsWith('/') || (0,external_node_path_.isAbsolute)(name) || /^[A-Za-z]:/.test(name))
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
    const target = (0,external_node_path_.resolve)(destination);
    const staging = `${target}.partial-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
    await (0,promises_.mkdir)(staging, { recursive: true });
    const files = [];
    const refuse = (name, why) => new registry_errors/* IntegrityError */.cs(`archive entry ${JSON.stringify(name)} ${why}; refusing to extract`, {
        location: { file: archive },
        hint: 'the archive was not written by mlops publish, or was tampered with',
    });
    const extract = tar_stream.extract();
    const source = (0,external_node_fs_.createReadStream)(archive);
    const gunzip = (0,external_node_zlib_.createGunzip)();
    const piped = (0,external_node_stream_promises_.pipeline)(source, gunzip, extract);
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
            const abs = (0,external_node_path_.resolve)(staging, ...name.replace(/\/+$/, '').split('/'));
            if (!abs.startsWith(staging + external_node_path_.sep))
                throw refuse(name, 'resolves outside the folder');
            if (type === 'symlink' || type === 'link') {
                const to = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(abs), linkname ?? '');
                const outside = (0,external_node_path_.isAbsolute)(linkname ?? '') || !to.startsWith(staging + external_node_path_.sep);
                throw refuse(name, outside ? `is a link pointing outside the folder (to ${JSON.stringify(linkname)})` : 'is a link (model archives hold regular files only)');
            }
            if (type === 'directory') {
                await (0,promises_.mkdir)(abs, { recursive: true });
                entry.resume();
                continue;
            }
            if (type !== 'file' && type !== 'contiguous-file')
                throw refuse(name, `is a ${type}, not a regular file`);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(abs), { recursive: true });
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let size = 0;
            let fh;
            try {
                fh = await (0,promises_.open)(abs, 'wx', 0o644);
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
            files.push({ path: external_node_path_.posix.normalize(name), size, sha256: hash.digest('hex') });
        }
        await piped;
        await (0,promises_.rename)(staging, target);
    }
    catch (e) {
        source.destroy();
        extract.destroy();
        await piped.catch(() => undefined);
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        if (e instanceof registry_errors/* IntegrityError */.cs)
            throw e;
        throw new registry_errors/* IntegrityError */.cs(`cannot read model archive ${archive}: ${e.message}`, { hint: 'the archive is damaged or not a tar.gz', cause: e });
    }
    return files.sort((a, b) => byteOrder(a.path, b.path));
}
/** Where `path` is relative to `root`, in forward slashes (for messages). */
function relativePosix(root, path) {
    return relative(root, path).split(sep).join('/');
}

;// CONCATENATED MODULE: ../../../../shared/registry/release-files.ts
/**
 * Reading what a published version stores: the manifest, JSON documents checked against their
 * schema. Shared by publish, promote, compare's production baseline and drift-check's
 * registry reference.
 *
 * Why its own module: these lived in publish.ts, so every step that reads a release (drift-check,
 * promote-model, compare, rank-candidates) bundled the whole publish path with them (the archive
 * writer and tar, the model card, the run and comparison formats) and built its schemas at each
 * start.
 */





/** A JSON file parsed and checked against `schema`; InputError naming the file, the field and `hint` otherwise. */
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
/** Downloads a version's manifest into workDir and parses it; its SHA-256 is what promotions verify. */
async function fetchManifest(releases, ref, workDir) {
    const path = (0,external_node_path_.join)(workDir, `${ref.version}.${manifest_format/* MANIFEST_ASSET */.ny}`);
    await releases.download(ref, manifest_format/* MANIFEST_ASSET */.ny, path);
    const { sha256 } = await (0,file_digest/* sha256File */.Q)(path);
    const manifest = await readJsonAs(path, manifest_format/* modelManifestSchema */.a2, `${manifest_format/* MODEL_MANIFEST_SCHEMA */.ek} manifest of ${ref.tag}`, 'the stored manifest is damaged');
    return { manifest, sha256, path };
}

;// CONCATENATED MODULE: ../../../../shared/registry/release-archive.ts
/**
 * A version's model archive from whichever store holds it: the release asset `model.tar.gz`, or
 * the OCI artifact its `oci-artifact.json` points at (publish --oci; over 2 GiB the registry is the
 * only copy). Shared by promote's verification and `mlops pull`.
 *
 * The pointer itself carries no checksum (manifest.json cannot list it: the manifest is inside the
 * OCI artifact as its config), so it is trusted for nothing but where to look: it must name the
 * repository and tag the manifest records, and the OCI manifest it names must have manifest.json
 * as its config and the manifest's archive digest as its layer (checked by the OCI client).
 */








/** The release's OCI pointer, checked against what the manifest records; IntegrityError (via `stop`) otherwise. */
async function readOciPointer(releases, ref, manifest, manifestSha, work, stop) {
    const where = manifest.archive.oci;
    if (!where)
        throw stop('the manifest records no OCI artifact');
    if (!ref.assets.some((a) => a.name === oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb))
        throw stop(`the manifest says the archive is in ${where.repository}:${where.tag}, but the release has no ${oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb}`);
    const path = (0,external_node_path_.join)(work, `${ref.version}.${oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb}`);
    try {
        await releases.download(ref, oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb, path);
    }
    catch (e) {
        throw e instanceof registry_errors/* IntegrityError */.cs ? stop(`${oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb} is missing`) : e;
    }
    const pointer = await readJsonAs(path, oci_artifact_format/* ociArtifactSchema */.b, `${oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb} of ${ref.tag}`, 'the stored release is damaged').catch((e) => {
        throw stop(e.message);
    });
    if (pointer.repository !== where.repository || pointer.tag !== where.tag)
        throw stop(`${oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb} names ${pointer.repository}:${pointer.tag}, but the manifest records ${where.repository}:${where.tag}`);
    if (pointer.layer.digest !== `sha256:${manifest.archive.sha256}` || pointer.config.digest !== `sha256:${manifestSha}`) {
        throw stop(`${oci_artifact_format/* OCI_ARTIFACT_ASSET */.Kb} describes another archive or manifest than this release's`);
    }
    return pointer;
}
/** The OCI client, or a clear refusal when the face gave none (a bug of ours, or a custom caller). */
function requireOci(oci, ref, manifest) {
    if (oci)
        return oci;
    throw new errors/* UsageError */.eb(`${ref.tag} is stored in the OCI registry ${manifest.archive.oci?.repository ?? ''}, and no OCI client was given`, {
        hint: 'run it with `mlops`, or pass ports.oci (openOciArtifacts from shared/oci/oci-artifact-store.ts)',
    });
}
/**
 * Downloads the archive to `destination` from the release when it holds it, else from the OCI
 * registry, checking SHA-256 and size. Returns where it came from.
 */
async function downloadArchive(releases, ref, manifest, manifestSha, oci, destination, work, stop) {
    const asset = manifest.assets.find((a) => a.name === ARCHIVE_ASSET);
    if (asset && ref.assets.some((a) => a.name === ARCHIVE_ASSET)) {
        try {
            await releases.download(ref, ARCHIVE_ASSET, destination);
        }
        catch (e) {
            throw e instanceof IntegrityError ? stop(`asset ${ARCHIVE_ASSET} is missing`) : e;
        }
        const got = await sha256File(destination);
        if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
            throw stop(`asset ${ARCHIVE_ASSET} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
        }
        return { source: 'release' };
    }
    if (asset)
        throw stop(`asset ${ARCHIVE_ASSET} listed in the manifest is missing from the release`);
    if (!manifest.archive.oci)
        throw stop(`the manifest lists no ${ARCHIVE_ASSET}`);
    const artifact = await readOciPointer(releases, ref, manifest, manifestSha, work, stop);
    await fetchFromOci(requireOci(oci, ref, manifest), artifact, manifest, manifestSha, destination, stop);
    return { source: 'oci', artifact };
}
/** Checks (and with `destination`, downloads) the OCI copy; its IntegrityErrors go through `stop`. */
async function fetchFromOci(oci, artifact, manifest, manifestSha, destination, stop) {
    try {
        await oci.fetchArchive(artifact, { archive: { sha256: manifest.archive.sha256, size: manifest.archive.size }, manifestSha256: manifestSha }, destination);
    }
    catch (e) {
        if (!(e instanceof registry_errors/* IntegrityError */.cs))
            throw e;
        const suffix = e.hint ? ` (${e.hint})` : '';
        throw stop(suffix && e.message.endsWith(suffix) ? e.message.slice(0, -suffix.length) : e.message);
    }
}
/** Extracts the archive (safely: shared/registry/archive.ts) and checks its files against the manifest's list. */
async function extractChecked(archive, manifest, destination, stop) {
    const files = await extractModelArchive(archive, destination);
    const want = manifest.archive.files.map((f) => `${f.name} ${f.size} ${f.sha256}`).join('\n');
    const have = files.map((f) => `${f.path} ${f.size} ${f.sha256}`).join('\n');
    if (want !== have)
        throw stop(`the files in ${manifest_format/* ARCHIVE_ASSET */.MS} differ from the manifest's list`);
    return files.length;
}

;// CONCATENATED MODULE: ../../../../shared/registry/verify-release.ts
/**
 * Before an alias moves, the release it will point to is checked against what was published: the
 * manifest's SHA-256 (when one was recorded), every asset's digest and size, and the archive's
 * file list. A mismatch is an IntegrityError: the stored release was changed or damaged.
 */











/** The version `latest` means: the highest release, or the highest prerelease when there is none. */
function resolveLatest(versions) {
    return (0,semver/* highestVersion */.t)(versions, true) ?? (0,semver/* highestVersion */.t)(versions);
}
/**
 * Downloads a version's manifest and assets and checks every digest. Throws IntegrityError naming
 * the first asset that is missing or differs. Returns the manifest and what was verified.
 *
 * A version published with `--oci` is also checked in the OCI registry by digest (through `oci`):
 * the tag still names the published OCI manifest, whose config is this manifest.json and whose
 * layer's bytes hash to the archive's SHA-256. When the archive is only there (over 2 GiB) it is
 * downloaded from there and its files checked like a release asset's.
 */
async function verifyRelease(releases, ref, recordedManifestSha, oci) {
    const workDir = await makeTempWorkDir('mlops-verify-');
    const work = workDir.path;
    const stop = (what) => new registry_errors/* IntegrityError */.cs(`${ref.tag}: ${what}; not promoting`, { hint: 'the stored release was changed or damaged after publishing: publish the model again under a new version' });
    try {
        if (!ref.assets.some((a) => a.name === manifest_format/* MANIFEST_ASSET */.ny))
            throw stop(`${manifest_format/* MANIFEST_ASSET */.ny} is missing`);
        const { manifest, sha256: manifestSha } = await fetchManifest(releases, ref, work).catch((e) => {
            // A stored manifest that is gone or unreadable is damage to the release, not bad user input.
            throw e instanceof registry_errors/* IntegrityError */.cs || e instanceof errors/* InputError */.dz ? stop(e.message) : e;
        });
        if (recordedManifestSha && manifestSha !== recordedManifestSha) {
            throw stop(`${manifest_format/* MANIFEST_ASSET */.ny} has SHA-256 ${manifestSha}, but ${recordedManifestSha} was recorded when it was published`);
        }
        if (manifest.name !== ref.model || manifest.version !== ref.version)
            throw stop(`${manifest_format/* MANIFEST_ASSET */.ny} describes ${manifest.name} ${manifest.version}`);
        const verified = [{ name: manifest_format/* MANIFEST_ASSET */.ny, sha256: manifestSha, size: 0 }];
        for (const asset of manifest.assets) {
            if (!ref.assets.some((a) => a.name === asset.name))
                throw stop(`asset ${asset.name} listed in the manifest is missing from the release`);
            const path = (0,external_node_path_.join)(work, `asset-${verified.length}`);
            try {
                await releases.download(ref, asset.name, path);
            }
            catch (e) {
                throw e instanceof registry_errors/* IntegrityError */.cs ? stop(`asset ${asset.name} is missing`) : e;
            }
            const got = await (0,file_digest/* sha256File */.Q)(path);
            if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
                throw stop(`asset ${asset.name} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
            }
            verified.push({ name: asset.name, ...got });
            if (asset.name === manifest_format/* ARCHIVE_ASSET */.MS)
                await extractChecked(path, manifest, (0,external_node_path_.join)(work, 'model'), stop);
        }
        const inRelease = manifest.assets.some((a) => a.name === manifest_format/* ARCHIVE_ASSET */.MS);
        if (manifest.archive.oci) {
            const artifact = await readOciPointer(releases, ref, manifest, manifestSha, work, stop);
            // Already verified from the release: the OCI copy only has to hash the same (no second extraction).
            const path = inRelease ? undefined : (0,external_node_path_.join)(work, 'oci-archive');
            await fetchFromOci(requireOci(oci, ref, manifest), artifact, manifest, manifestSha, path, stop);
            if (path)
                await extractChecked(path, manifest, (0,external_node_path_.join)(work, 'model'), stop);
            verified.push({ name: (0,oci_artifact_format/* ociReferenceOf */.aH)(artifact), sha256: manifest.archive.sha256, size: manifest.archive.size });
        }
        else if (!inRelease)
            throw stop(`the manifest lists no ${manifest_format/* ARCHIVE_ASSET */.MS}`);
        verified[0].size = ref.assets.find((a) => a.name === manifest_format/* MANIFEST_ASSET */.ny)?.size ?? 0;
        return { manifest, manifestSha, verified };
    }
    finally {
        await workDir.remove();
    }
}
/**
 * Refuses to create an alias nobody declared. An alias the model already has may move (it was
 * created on purpose once); `createAlias` is the explicit way to add one.
 */
function checkAliasDeclared(alias, model, declared, existing, createAlias) {
    if (declared === undefined || createAlias || declared.includes(alias) || existing.includes(alias))
        return;
    const known = [...new Set([...declared, ...existing])];
    const close = (0,closest_match/* closestMatch */.h)(alias, known);
    throw new errors/* UsageError */.eb(`alias "${alias}" is not a declared alias (${declared.join(', ')}) and ${model} has no such alias yet`, {
        hint: (n) => {
            const create = n.option('create-alias').startsWith('--') ? `pass ${n.option('create-alias')}` : `set ${n.setting('create-alias', 'true')}`;
            return `${close ? `did you mean "${close}"? ` : ''}to create it, add it to promote.aliases in mlops.yaml or ${create}`;
        },
    });
}

;// CONCATENATED MODULE: ../../../../shared/registry/provenance/verify-provenance.ts
/**
 * Verifies a release's build provenance: the Sigstore bundle that publish-model stored as the
 * asset `provenance.sigstore.json` (docs/registry.md, "Provenance"). Sigstore's own verifier
 * (@sigstore/verify) checks what we must not write ourselves: the DSSE signature against the
 * Fulcio certificate, the certificate's chain up to the Fulcio root, its SCT, and the Rekor entry
 * (inclusion proof or promise, signed by the log's key), all against the public-good trusted root
 * bundled next to this file (sigstore-trusted-root.json; offline: no TUF fetch, no network).
 * Then, ours: the signed in-toto statement names the archive by the SHA-256 the manifest recorded,
 * and, when a repository is expected, the certificate says a GitHub Actions workflow of that
 * repository signed it.
 *
 * Any failure is an IntegrityError (exit 1): the release's provenance does not vouch for what would
 * be promoted. The @sigstore packages and the trusted root are loaded only when a release has a
 * bundle, so promotions without one do not pay for them.
 */

/** The OIDC issuer of GitHub Actions' workflow tokens, as Fulcio writes it into the certificate. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Fulcio's "Source Repository URI" certificate extension (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const SOURCE_REPOSITORY_URI_OID = '1.3.6.1.4.1.57264.1.12';
const HINT = 'the stored build provenance does not vouch for this release: publish the model again under a new version (with attest: true), or find out who changed the release';
let trustMaterial;
/** The bundled public-good trusted root as @sigstore/verify's trust material, built once. */
async function bundledTrustMaterial() {
    trustMaterial ??= (async () => {
        const [{ TrustedRoot }, { toTrustMaterial }, root] = await Promise.all([
            __webpack_require__.e(/* import() */ 402).then(__webpack_require__.t.bind(__webpack_require__, 2402, 23)),
            __webpack_require__.e(/* import() */ 543).then(__webpack_require__.bind(__webpack_require__, 3924)),
            __webpack_require__.e(/* import() */ 680).then(__webpack_require__.t.bind(__webpack_require__, 7299, 19)),
        ]);
        return toTrustMaterial(TrustedRoot.fromJSON(root.default));
    })();
    return trustMaterial;
}
/**
 * Verifies `bundleJson` (a parsed Sigstore bundle, v0.1 to v0.3) against the bundled trusted root
 * and `expected`. `where` names the release in messages. Throws IntegrityError on any failure.
 */
async function verifyProvenanceBundle(bundleJson, expected, where) {
    const fail = (what, cause) => new registry_errors/* IntegrityError */.cs(`${where}: build provenance ${what}; not promoting`, { hint: HINT, cause });
    const [{ bundleFromJSON }, { Verifier, toSignedEntity }, material] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(402), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 6796)),
        __webpack_require__.e(/* import() */ 543).then(__webpack_require__.bind(__webpack_require__, 3924)),
        bundledTrustMaterial(),
    ]);
    let bundle;
    try {
        bundle = bundleFromJSON(bundleJson);
    }
    catch (e) {
        throw fail(`is not a Sigstore bundle (${e.message})`, e);
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        throw fail('signs a bare message, not an in-toto statement (expected a DSSE envelope)');
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        throw fail(`has payload type "${envelope.payloadType}", not ${IN_TOTO_PAYLOAD_TYPE}`);
    let signer;
    try {
        const verifier = new Verifier(material);
        signer = verifier.verify(toSignedEntity(bundle));
    }
    catch (e) {
        const err = e;
        throw fail(`does not verify against Sigstore's public-good trusted root: ${err.code ? `${err.code}: ` : ''}${err.message}`, e);
    }
    // The payload is what the signature covers (checked above), so only now is it worth reading.
    let statement;
    try {
        statement = JSON.parse(envelope.payload.toString('utf8'));
    }
    catch (e) {
        throw fail('holds a payload that is not JSON', e);
    }
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    const named = (name) => subjects.filter((s) => typeof s.name === 'string' && (s.name === name || s.name.endsWith(`/${name}`)));
    let subjectDigest;
    for (const want of expected.subjects) {
        const found = named(want.name);
        if (found.length === 0) {
            if (want.required)
                throw fail(`names no ${want.name} (its subjects: ${subjects.map((s) => String(s.name)).join(', ') || 'none'})`);
            continue;
        }
        for (const s of found) {
            const got = s.digest?.sha256;
            if (got !== want.sha256)
                throw fail(`names ${String(s.name)} with SHA-256 ${String(got)}, but the release's ${want.name} has ${want.sha256}`);
        }
        if (want.required)
            subjectDigest ??= want.sha256;
    }
    if (!subjectDigest)
        throw fail('was checked against no required subject');
    const identity = signer.identity;
    const issuer = identity?.extensions?.issuer ?? null;
    const san = identity?.subjectAlternativeName ?? null;
    const sourceOid = identity?.oids?.find((o) => o.oid?.id.join('.') === SOURCE_REPOSITORY_URI_OID);
    const sourceRepository = sourceOid ? derUtf8String(sourceOid.value) : null;
    if (expected.repository) {
        const repoUri = `https://github.com/${expected.repository}`.toLowerCase();
        if (issuer !== GITHUB_ACTIONS_ISSUER)
            throw fail(`was signed by an identity of ${issuer ?? 'an unknown issuer'}, not GitHub Actions (${GITHUB_ACTIONS_ISSUER})`);
        // A reusable workflow's certificate names that workflow's repository in the SAN; the repository
        // the run belongs to is the Source Repository URI extension. Older certificates lack it.
        const ranIn = sourceRepository?.toLowerCase() ?? (san?.toLowerCase().startsWith(`${repoUri}/.github/workflows/`) ? repoUri : san);
        if (ranIn !== repoUri)
            throw fail(`was signed by a workflow of ${sourceRepository ?? san ?? 'an unknown repository'}, not of ${expected.repository}`);
    }
    const tlog = bundle.verificationMaterial.tlogEntries[0];
    return {
        verified: true,
        issuer,
        identity: san,
        subject_digest: subjectDigest,
        source_repository: sourceRepository,
        predicate_type: typeof statement.predicateType === 'string' ? statement.predicateType : null,
        log_index: tlog ? String(tlog.logIndex) : null,
    };
}
/** A DER UTF8String/IA5String/PrintableString's text, or the bytes as text when they are not DER (legacy extensions). */
function derUtf8String(value) {
    const tag = value[0];
    if ((tag === 0x0c || tag === 0x16 || tag === 0x13) && value.length >= 2) {
        let length = value[1];
        let start = 2;
        if (length & 0x80) {
            const bytes = length & 0x7f;
            length = 0;
            for (let i = 0; i < bytes; i++)
                length = (length << 8) | value[2 + i];
            start = 2 + bytes;
        }
        if (start + length === value.length)
            return value.subarray(start).toString('utf8');
    }
    return value.toString('utf8');
}

;// CONCATENATED MODULE: ../../../../shared/registry/provenance/release-provenance.ts
/**
 * A release's build provenance, checked at promote once the release itself is verified: when the
 * release carries `provenance.sigstore.json` (publish with attest: true stores it), the bundle must
 * verify (verify-provenance.ts) and its signed statement must name this release's archive by the
 * SHA-256 the verified manifest records (and manifest.json by its digest when it names it); when
 * the manifest says a GitHub workflow built the release, the certificate must be a workflow
 * identity of that repository. A release without the asset has no provenance to check (null).
 */






/** What the statement must say about this release. */
function expectationOf(manifest, manifestSha) {
    return {
        subjects: [
            { name: manifest_format/* ARCHIVE_ASSET */.MS, sha256: manifest.archive.sha256, required: true },
            { name: manifest_format/* MANIFEST_ASSET */.ny, sha256: manifestSha, required: false },
        ],
        // Only a GitHub lineage names a repository a workflow certificate can be held to.
        repository: manifest.lineage.source === 'github' ? manifest.lineage.repository : null,
    };
}
async function verifyReleaseProvenance(releases, ref, manifest, manifestSha, verify = verifyProvenanceBundle) {
    if (!ref.assets.some((a) => a.name === manifest_format/* PROVENANCE_ASSET */.tW))
        return null;
    const stop = (what, cause) => new registry_errors/* IntegrityError */.cs(`${ref.tag}: ${manifest_format/* PROVENANCE_ASSET */.tW} ${what}; not promoting`, { hint: 'the stored build provenance was changed or damaged: publish the model again under a new version', cause });
    const workDir = await makeTempWorkDir('mlops-provenance-');
    try {
        const path = (0,external_node_path_.join)(workDir.path, manifest_format/* PROVENANCE_ASSET */.tW);
        try {
            await releases.download(ref, manifest_format/* PROVENANCE_ASSET */.tW, path);
        }
        catch (e) {
            throw e instanceof registry_errors/* IntegrityError */.cs ? stop('is listed but missing', e) : e;
        }
        let json;
        try {
            json = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        }
        catch (e) {
            throw stop(`is not JSON (${e.message})`, e);
        }
        return await verify(json, expectationOf(manifest, manifestSha), ref.tag);
    }
    finally {
        await workDir.remove();
    }
}

;// CONCATENATED MODULE: ../../../../shared/steps/promote-model.ts
/**
 * promoteModel: moves an alias (`staging`, `production`, ...) of a model to a version, after
 * verifying that the version is intact: the stored manifest matches the digest recorded when it was
 * published, every asset the manifest lists is present with its SHA-256 and size, and the archive
 * extracts safely to exactly the files the manifest lists. Then one compare-and-swap update of the
 * state records the move and appends an audit entry. Rollback is promoting an earlier version.
 * Promoting an alias to the version it already points to changes nothing (no audit entry).
 */








async function promoteModel(options, ports) {
    // Everything that needs no answer from the registry is checked first: a typo costs no API call.
    (0,tag/* validateModelName */.HW)(options.model);
    const alias = (0,tag/* validateAlias */.jX)(options.alias);
    if (options.version !== 'latest')
        (0,semver/* normalizeVersion */.Qj)(options.version, { option: 'version' });
    const environment = options.environment || options.approval?.environment || alias;
    const approval = ports.approval ? await ports.approval(environment) : options.approval;
    const result = await moveAlias({ ...options, approval }, ports);
    if (!ports.approval && !ports.recordDeployment)
        return result;
    const deployment = ports.recordDeployment ? await ports.recordDeployment(result, environment) : undefined;
    return { ...result, environment, ...(approval?.reviewer ? { approval: { reviewer: approval.reviewer, comment: approval.comment ?? null } } : {}), ...(deployment ? { deployment } : {}) };
}
async function moveAlias(options, ports) {
    const model = (0,tag/* validateModelName */.HW)(options.model);
    const alias = (0,tag/* validateAlias */.jX)(options.alias);
    const now = options.now ?? (() => new Date());
    const stored = await readState(ports.state, model);
    checkAliasDeclared(alias, model, options.declaredAliases, Object.keys(stored?.state.aliases ?? {}), options.createAlias === true);
    const published = (await ports.releases.list(model)).map((r) => r.version);
    if (published.length === 0)
        throw new errors/* InputError */.dz(`model "${model}" has no published versions`, { hint: 'publish it first (mlops publish)' });
    const version = options.version === 'latest' ? resolveLatest(published) : (0,semver/* normalizeVersion */.Qj)(options.version, '--version');
    const ref = await ports.releases.find(model, version);
    if (!ref) {
        const list = [...published].sort(semver/* compareVersions */.Zy).slice(-10).join(', ');
        throw new errors/* InputError */.dz(`model "${model}" has no version ${version}`, { hint: `published: ${list}` });
    }
    const recorded = stored?.state.versions.find((v) => v.version === version);
    const { manifest, manifestSha, verified } = await verifyRelease(ports.releases, ref, recorded?.manifest_sha256, ports.oci);
    // A release published with attest: true carries its Sigstore bundle: it must vouch for this archive.
    const provenance = await verifyReleaseProvenance(ports.releases, ref, manifest, manifestSha, options.verifyProvenance);
    const lineage = await lineageOf(options.env ?? process.env, options.cwd);
    const approval = options.approval && Object.values(options.approval).some((v) => v)
        ? { reviewer: options.approval.reviewer ?? null, comment: options.approval.comment ?? null, environment: options.approval.environment ?? null }
        : null;
    const { result, changed, attempts } = await updateState(ports.state, model, (current) => {
        const state = current ?? emptyState(model);
        const from = state.aliases[alias]?.version ?? null;
        if (from === version)
            return { unchanged: { from } };
        const at = now().toISOString();
        if (!state.versions.some((v) => v.version === version)) {
            // Published by a run that died before recording it: the verified manifest tells us what it is.
            state.versions.push({ version, tag: ref.tag, url: ref.url, manifest_sha256: manifestSha, content_digest: manifest.content_digest, published_at: manifest.created_at, published_by: manifest.lineage.actor });
            state.versions.sort((a, b) => (0,semver/* compareVersions */.Zy)(a.version, b.version));
        }
        state.aliases[alias] = { version, updated_at: at, updated_by: lineage.actor };
        state.history.push({ at, alias, from, to: version, actor: lineage.actor });
        return {
            state,
            result: { from },
            audit: [{ schema: REGISTRY_AUDIT_SCHEMA, at, model, action: 'promote', alias, from, to: version, actor: lineage.actor, approval, run: runRefOf(lineage), manifest_sha256: manifestSha, provenance }],
        };
    }, `promote ${model} ${alias} -> ${version}`, options.retry);
    return { status: changed ? 'promoted' : 'unchanged', model, alias, from: result.from, to: version, tag: ref.tag, url: ref.url, manifest_sha256: manifestSha, verified, provenance, attempts };
}


/***/ })

};
