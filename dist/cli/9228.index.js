export const id = 9228;
export const ids = [9228];
export const modules = {

/***/ 4111:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 9228:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteModel: () => (/* binding */ promoteModel)
});

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/registry/lineage.ts
var registry_lineage = __webpack_require__(4111);
// EXTERNAL MODULE: ../../../../shared/registry/semver.ts
var semver = __webpack_require__(3004);
// EXTERNAL MODULE: ../../../../shared/formats/state-format.ts
var state_format = __webpack_require__(1156);
// EXTERNAL MODULE: ../../../../shared/registry/state-update.ts
var state_update = __webpack_require__(9753);
// EXTERNAL MODULE: ../../../../shared/registry/tag.ts
var tag = __webpack_require__(7170);
// EXTERNAL MODULE: ../../../../shared/registry/verify-release.ts
var verify_release = __webpack_require__(5761);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var registry_errors = __webpack_require__(1543);
// EXTERNAL MODULE: ../../../../shared/formats/manifest-format.ts
var manifest_format = __webpack_require__(9680);
// EXTERNAL MODULE: ../../../../shared/runtime/temp-work-dir.ts
var temp_work_dir = __webpack_require__(1109);
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
            __webpack_require__.e(/* import() */ 2402).then(__webpack_require__.t.bind(__webpack_require__, 2402, 23)),
            __webpack_require__.e(/* import() */ 1543).then(__webpack_require__.bind(__webpack_require__, 3924)),
            __webpack_require__.e(/* import() */ 9680).then(__webpack_require__.t.bind(__webpack_require__, 7299, 19)),
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
        Promise.all(/* import() */[__webpack_require__.e(2402), __webpack_require__.e(6796)]).then(__webpack_require__.bind(__webpack_require__, 6796)),
        __webpack_require__.e(/* import() */ 1543).then(__webpack_require__.bind(__webpack_require__, 3924)),
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
    const workDir = await (0,temp_work_dir/* makeTempWorkDir */.j)('mlops-provenance-');
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
    const stored = await (0,state_update/* readState */.un)(ports.state, model);
    (0,verify_release/* checkAliasDeclared */.jY)(alias, model, options.declaredAliases, Object.keys(stored?.state.aliases ?? {}), options.createAlias === true);
    const published = (await ports.releases.list(model)).map((r) => r.version);
    if (published.length === 0)
        throw new errors/* InputError */.dz(`model "${model}" has no published versions`, { hint: 'publish it first (mlops publish)' });
    const version = options.version === 'latest' ? (0,verify_release/* resolveLatest */.iK)(published) : (0,semver/* normalizeVersion */.Qj)(options.version, '--version');
    const ref = await ports.releases.find(model, version);
    if (!ref) {
        const list = [...published].sort(semver/* compareVersions */.Zy).slice(-10).join(', ');
        throw new errors/* InputError */.dz(`model "${model}" has no version ${version}`, { hint: `published: ${list}` });
    }
    const recorded = stored?.state.versions.find((v) => v.version === version);
    const { manifest, manifestSha, verified } = await (0,verify_release/* verifyRelease */.VA)(ports.releases, ref, recorded?.manifest_sha256, ports.oci);
    // A release published with attest: true carries its Sigstore bundle: it must vouch for this archive.
    const provenance = await verifyReleaseProvenance(ports.releases, ref, manifest, manifestSha, options.verifyProvenance);
    const lineage = await (0,registry_lineage/* lineageOf */.bQ)(options.env ?? process.env, options.cwd);
    const approval = options.approval && Object.values(options.approval).some((v) => v)
        ? { reviewer: options.approval.reviewer ?? null, comment: options.approval.comment ?? null, environment: options.approval.environment ?? null }
        : null;
    const { result, changed, attempts } = await (0,state_update/* updateState */.$j)(ports.state, model, (current) => {
        const state = current ?? (0,state_update/* emptyState */.p$)(model);
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
            audit: [{ schema: state_format/* REGISTRY_AUDIT_SCHEMA */.q4, at, model, action: 'promote', alias, from, to: version, actor: lineage.actor, approval, run: (0,registry_lineage/* runRefOf */.mb)(lineage), manifest_sha256: manifestSha, provenance }],
        };
    }, `promote ${model} ${alias} -> ${version}`, options.retry);
    return { status: changed ? 'promoted' : 'unchanged', model, alias, from: result.from, to: version, tag: ref.tag, url: ref.url, manifest_sha256: manifestSha, verified, provenance, attempts };
}


/***/ })

};
