export const id = 959;
export const ids = [959];
export const modules = {

/***/ 4959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/runtime/closest-match.ts
var closest_match = __webpack_require__(6060);
// EXTERNAL MODULE: ../../../../shared/runtime/temp-work-dir.ts
var temp_work_dir = __webpack_require__(1109);
// EXTERNAL MODULE: ../../../../shared/registry/archive.ts
var archive = __webpack_require__(324);
// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var registry_errors = __webpack_require__(1543);
// EXTERNAL MODULE: ../../../../shared/formats/manifest-format.ts
var manifest_format = __webpack_require__(9680);
// EXTERNAL MODULE: ../../../../shared/runtime/file-digest.ts
var file_digest = __webpack_require__(322);
// EXTERNAL MODULE: ../../../../shared/registry/release-files.ts
var release_files = __webpack_require__(8317);
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
 */
async function verifyRelease(releases, ref, recordedManifestSha) {
    const workDir = await (0,temp_work_dir/* makeTempWorkDir */.j)('mlops-verify-');
    const work = workDir.path;
    const stop = (what) => new registry_errors/* IntegrityError */.cs(`${ref.tag}: ${what}; not promoting`, { hint: 'the stored release was changed or damaged after publishing: publish the model again under a new version' });
    try {
        if (!ref.assets.some((a) => a.name === manifest_format/* MANIFEST_ASSET */.ny))
            throw stop(`${manifest_format/* MANIFEST_ASSET */.ny} is missing`);
        const { manifest, sha256: manifestSha } = await (0,release_files/* fetchManifest */.C)(releases, ref, work).catch((e) => {
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
            if (asset.name === manifest_format/* ARCHIVE_ASSET */.MS) {
                const files = await (0,archive/* extractModelArchive */.t5)(path, (0,external_node_path_.join)(work, 'model'));
                const want = manifest.archive.files.map((f) => `${f.name} ${f.size} ${f.sha256}`).join('\n');
                const have = files.map((f) => `${f.path} ${f.size} ${f.sha256}`).join('\n');
                if (want !== have)
                    throw stop(`the files in ${manifest_format/* ARCHIVE_ASSET */.MS} differ from the manifest's list`);
            }
        }
        if (!manifest.assets.some((a) => a.name === manifest_format/* ARCHIVE_ASSET */.MS))
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
    const { manifest, manifestSha, verified } = await verifyRelease(ports.releases, ref, recorded?.manifest_sha256);
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
            audit: [{ schema: state_format/* REGISTRY_AUDIT_SCHEMA */.q4, at, model, action: 'promote', alias, from, to: version, actor: lineage.actor, approval, run: (0,registry_lineage/* runRefOf */.mb)(lineage), manifest_sha256: manifestSha }],
        };
    }, `promote ${model} ${alias} -> ${version}`, options.retry);
    return { status: changed ? 'promoted' : 'unchanged', model, alias, from: result.from, to: version, tag: ref.tag, url: ref.url, manifest_sha256: manifestSha, verified, attempts };
}


/***/ })

};
