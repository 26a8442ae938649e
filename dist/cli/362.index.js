export const id = 362;
export const ids = [362];
export const modules = {

/***/ 4362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promoteModel: () => (/* binding */ promoteModel)
/* harmony export */ });
/* unused harmony exports resolveLatest, verifyRelease, checkAliasDeclared */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_closest_match_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6060);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _runtime_temp_work_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1109);
/* harmony import */ var _archive_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(324);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1543);
/* harmony import */ var _lineage_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4111);
/* harmony import */ var _manifest_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8077);
/* harmony import */ var _runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(322);
/* harmony import */ var _release_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8317);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3004);
/* harmony import */ var _state_format_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8831);
/* harmony import */ var _state_update_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9753);
/* harmony import */ var _tag_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7170);
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
    return (0,_semver_js__WEBPACK_IMPORTED_MODULE_9__/* .highestVersion */ .t)(versions, true) ?? (0,_semver_js__WEBPACK_IMPORTED_MODULE_9__/* .highestVersion */ .t)(versions);
}
/**
 * Downloads a version's manifest and assets and checks every digest. Throws IntegrityError naming
 * the first asset that is missing or differs. Returns the manifest and what was verified.
 */
async function verifyRelease(releases, ref, recordedManifestSha) {
    const workDir = await (0,_runtime_temp_work_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .makeTempWorkDir */ .j)('mlops-verify-');
    const work = workDir.path;
    const stop = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IntegrityError */ .cs(`${ref.tag}: ${what}; not promoting`, { hint: 'the stored release was changed or damaged after publishing: publish the model again under a new version' });
    try {
        if (!ref.assets.some((a) => a.name === _manifest_format_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_ASSET */ .ny))
            throw stop(`${_manifest_format_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_ASSET */ .ny} is missing`);
        const { manifest, sha256: manifestSha } = await (0,_release_files_js__WEBPACK_IMPORTED_MODULE_8__/* .fetchManifest */ .C)(releases, ref, work).catch((e) => {
            // A stored manifest that is gone or unreadable is damage to the release, not bad user input.
            throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IntegrityError */ .cs || e instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? stop(e.message) : e;
        });
        if (recordedManifestSha && manifestSha !== recordedManifestSha) {
            throw stop(`${_manifest_format_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_ASSET */ .ny} has SHA-256 ${manifestSha}, but ${recordedManifestSha} was recorded when it was published`);
        }
        if (manifest.name !== ref.model || manifest.version !== ref.version)
            throw stop(`${_manifest_format_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_ASSET */ .ny} describes ${manifest.name} ${manifest.version}`);
        const verified = [{ name: _manifest_format_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_ASSET */ .ny, sha256: manifestSha, size: 0 }];
        for (const asset of manifest.assets) {
            if (!ref.assets.some((a) => a.name === asset.name))
                throw stop(`asset ${asset.name} listed in the manifest is missing from the release`);
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(work, `asset-${verified.length}`);
            try {
                await releases.download(ref, asset.name, path);
            }
            catch (e) {
                throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IntegrityError */ .cs ? stop(`asset ${asset.name} is missing`) : e;
            }
            const got = await (0,_runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256File */ .Q)(path);
            if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
                throw stop(`asset ${asset.name} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
            }
            verified.push({ name: asset.name, ...got });
            if (asset.name === _manifest_format_js__WEBPACK_IMPORTED_MODULE_6__/* .ARCHIVE_ASSET */ .MS) {
                const files = await (0,_archive_js__WEBPACK_IMPORTED_MODULE_3__/* .extractModelArchive */ .t5)(path, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(work, 'model'));
                const want = manifest.archive.files.map((f) => `${f.name} ${f.size} ${f.sha256}`).join('\n');
                const have = files.map((f) => `${f.path} ${f.size} ${f.sha256}`).join('\n');
                if (want !== have)
                    throw stop(`the files in ${_manifest_format_js__WEBPACK_IMPORTED_MODULE_6__/* .ARCHIVE_ASSET */ .MS} differ from the manifest's list`);
            }
        }
        if (!manifest.assets.some((a) => a.name === _manifest_format_js__WEBPACK_IMPORTED_MODULE_6__/* .ARCHIVE_ASSET */ .MS))
            throw stop(`the manifest lists no ${_manifest_format_js__WEBPACK_IMPORTED_MODULE_6__/* .ARCHIVE_ASSET */ .MS}`);
        verified[0].size = ref.assets.find((a) => a.name === _manifest_format_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_ASSET */ .ny)?.size ?? 0;
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
    const close = (0,_runtime_closest_match_js__WEBPACK_IMPORTED_MODULE_13__/* .closestMatch */ .h)(alias, known);
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`alias "${alias}" is not a declared alias (${declared.join(', ')}) and ${model} has no such alias yet`, {
        hint: (n) => {
            const create = n.option('create-alias').startsWith('--') ? `pass ${n.option('create-alias')}` : `set ${n.setting('create-alias', 'true')}`;
            return `${close ? `did you mean "${close}"? ` : ''}to create it, add it to promote.aliases in mlops.yaml or ${create}`;
        },
    });
}
async function promoteModel(options, ports) {
    const model = (0,_tag_js__WEBPACK_IMPORTED_MODULE_12__/* .validateModelName */ .HW)(options.model);
    const alias = (0,_tag_js__WEBPACK_IMPORTED_MODULE_12__/* .validateAlias */ .jX)(options.alias);
    const now = options.now ?? (() => new Date());
    const stored = await (0,_state_update_js__WEBPACK_IMPORTED_MODULE_11__/* .readState */ .un)(ports.state, model);
    checkAliasDeclared(alias, model, options.declaredAliases, Object.keys(stored?.state.aliases ?? {}), options.createAlias === true);
    const published = (await ports.releases.list(model)).map((r) => r.version);
    if (published.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`model "${model}" has no published versions`, { hint: 'publish it first (mlops publish)' });
    const version = options.version === 'latest' ? resolveLatest(published) : (0,_semver_js__WEBPACK_IMPORTED_MODULE_9__/* .normalizeVersion */ .Qj)(options.version, '--version');
    const ref = await ports.releases.find(model, version);
    if (!ref) {
        const list = [...published].sort(_semver_js__WEBPACK_IMPORTED_MODULE_9__/* .compareVersions */ .Zy).slice(-10).join(', ');
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`model "${model}" has no version ${version}`, { hint: `published: ${list}` });
    }
    const recorded = stored?.state.versions.find((v) => v.version === version);
    const { manifest, manifestSha, verified } = await verifyRelease(ports.releases, ref, recorded?.manifest_sha256);
    const lineage = await (0,_lineage_js__WEBPACK_IMPORTED_MODULE_5__/* .lineageOf */ .bQ)(options.env ?? process.env, options.cwd);
    const approval = options.approval && Object.values(options.approval).some((v) => v)
        ? { reviewer: options.approval.reviewer ?? null, comment: options.approval.comment ?? null, environment: options.approval.environment ?? null }
        : null;
    const { result, changed, attempts } = await (0,_state_update_js__WEBPACK_IMPORTED_MODULE_11__/* .updateState */ .$j)(ports.state, model, (current) => {
        const state = current ?? (0,_state_update_js__WEBPACK_IMPORTED_MODULE_11__/* .emptyState */ .p$)(model);
        const from = state.aliases[alias]?.version ?? null;
        if (from === version)
            return { unchanged: { from } };
        const at = now().toISOString();
        if (!state.versions.some((v) => v.version === version)) {
            // Published by a run that died before recording it: the verified manifest tells us what it is.
            state.versions.push({ version, tag: ref.tag, url: ref.url, manifest_sha256: manifestSha, content_digest: manifest.content_digest, published_at: manifest.created_at, published_by: manifest.lineage.actor });
            state.versions.sort((a, b) => (0,_semver_js__WEBPACK_IMPORTED_MODULE_9__/* .compareVersions */ .Zy)(a.version, b.version));
        }
        state.aliases[alias] = { version, updated_at: at, updated_by: lineage.actor };
        state.history.push({ at, alias, from, to: version, actor: lineage.actor });
        return {
            state,
            result: { from },
            audit: [{ schema: _state_format_js__WEBPACK_IMPORTED_MODULE_10__/* .REGISTRY_AUDIT_SCHEMA */ .q4, at, model, action: 'promote', alias, from, to: version, actor: lineage.actor, approval, run: (0,_lineage_js__WEBPACK_IMPORTED_MODULE_5__/* .runRefOf */ .mb)(lineage), manifest_sha256: manifestSha }],
        };
    }, `promote ${model} ${alias} -> ${version}`, options.retry);
    return { status: changed ? 'promoted' : 'unchanged', model, alias, from: result.from, to: version, tag: ref.tag, url: ref.url, manifest_sha256: manifestSha, verified, attempts };
}


/***/ })

};
