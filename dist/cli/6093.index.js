export const id = 6093;
export const ids = [6093];
export const modules = {

/***/ 6560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ fetchFromOci),
/* harmony export */   NN: () => (/* binding */ readOciPointer),
/* harmony export */   Z: () => (/* binding */ downloadArchive),
/* harmony export */   rA: () => (/* binding */ extractChecked),
/* harmony export */   rb: () => (/* binding */ requireOci)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(322);
/* harmony import */ var _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9680);
/* harmony import */ var _formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8517);
/* harmony import */ var _archive_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(324);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1543);
/* harmony import */ var _release_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8317);
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
    if (!ref.assets.some((a) => a.name === _formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb))
        throw stop(`the manifest says the archive is in ${where.repository}:${where.tag}, but the release has no ${_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb}`);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(work, `${ref.version}.${_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb}`);
    try {
        await releases.download(ref, _formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb, path);
    }
    catch (e) {
        throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .IntegrityError */ .cs ? stop(`${_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb} is missing`) : e;
    }
    const pointer = await (0,_release_files_js__WEBPACK_IMPORTED_MODULE_7__/* .readJsonAs */ .X)(path, _formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .ociArtifactSchema */ .b, `${_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb} of ${ref.tag}`, 'the stored release is damaged').catch((e) => {
        throw stop(e.message);
    });
    if (pointer.repository !== where.repository || pointer.tag !== where.tag)
        throw stop(`${_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb} names ${pointer.repository}:${pointer.tag}, but the manifest records ${where.repository}:${where.tag}`);
    if (pointer.layer.digest !== `sha256:${manifest.archive.sha256}` || pointer.config.digest !== `sha256:${manifestSha}`) {
        throw stop(`${_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_4__/* .OCI_ARTIFACT_ASSET */ .Kb} describes another archive or manifest than this release's`);
    }
    return pointer;
}
/** The OCI client, or a clear refusal when the face gave none (a bug of ours, or a custom caller). */
function requireOci(oci, ref, manifest) {
    if (oci)
        return oci;
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${ref.tag} is stored in the OCI registry ${manifest.archive.oci?.repository ?? ''}, and no OCI client was given`, {
        hint: 'run it with `mlops`, or pass ports.oci (openOciArtifacts from shared/oci/oci-artifact-store.ts)',
    });
}
/**
 * Downloads the archive to `destination` from the release when it holds it, else from the OCI
 * registry, checking SHA-256 and size. Returns where it came from.
 */
async function downloadArchive(releases, ref, manifest, manifestSha, oci, destination, work, stop) {
    const asset = manifest.assets.find((a) => a.name === _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS);
    if (asset && ref.assets.some((a) => a.name === _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS)) {
        try {
            await releases.download(ref, _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS, destination);
        }
        catch (e) {
            throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .IntegrityError */ .cs ? stop(`asset ${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS} is missing`) : e;
        }
        const got = await (0,_runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(destination);
        if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
            throw stop(`asset ${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
        }
        return { source: 'release' };
    }
    if (asset)
        throw stop(`asset ${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS} listed in the manifest is missing from the release`);
    if (!manifest.archive.oci)
        throw stop(`the manifest lists no ${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS}`);
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
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .IntegrityError */ .cs))
            throw e;
        const suffix = e.hint ? ` (${e.hint})` : '';
        throw stop(suffix && e.message.endsWith(suffix) ? e.message.slice(0, -suffix.length) : e.message);
    }
}
/** Extracts the archive (safely: shared/registry/archive.ts) and checks its files against the manifest's list. */
async function extractChecked(archive, manifest, destination, stop) {
    const files = await (0,_archive_js__WEBPACK_IMPORTED_MODULE_5__/* .extractModelArchive */ .t5)(archive, destination);
    const want = manifest.archive.files.map((f) => `${f.name} ${f.size} ${f.sha256}`).join('\n');
    const have = files.map((f) => `${f.path} ${f.size} ${f.sha256}`).join('\n');
    if (want !== have)
        throw stop(`the files in ${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_3__/* .ARCHIVE_ASSET */ .MS} differ from the manifest's list`);
    return files.length;
}


/***/ }),

/***/ 5761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VA: () => (/* binding */ verifyRelease),
/* harmony export */   iK: () => (/* binding */ resolveLatest),
/* harmony export */   jY: () => (/* binding */ checkAliasDeclared)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_closest_match_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6060);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _runtime_temp_work_dir_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1109);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1543);
/* harmony import */ var _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9680);
/* harmony import */ var _formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8517);
/* harmony import */ var _release_archive_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6560);
/* harmony import */ var _runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(322);
/* harmony import */ var _release_files_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8317);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3004);
/**
 * Before an alias moves, the release it will point to is checked against what was published: the
 * manifest's SHA-256 (when one was recorded), every asset's digest and size, and the archive's
 * file list. A mismatch is an IntegrityError: the stored release was changed or damaged.
 */











/** The version `latest` means: the highest release, or the highest prerelease when there is none. */
function resolveLatest(versions) {
    return (0,_semver_js__WEBPACK_IMPORTED_MODULE_9__/* .highestVersion */ .t)(versions, true) ?? (0,_semver_js__WEBPACK_IMPORTED_MODULE_9__/* .highestVersion */ .t)(versions);
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
    const workDir = await (0,_runtime_temp_work_dir_js__WEBPACK_IMPORTED_MODULE_2__/* .makeTempWorkDir */ .j)('mlops-verify-');
    const work = workDir.path;
    const stop = (what) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IntegrityError */ .cs(`${ref.tag}: ${what}; not promoting`, { hint: 'the stored release was changed or damaged after publishing: publish the model again under a new version' });
    try {
        if (!ref.assets.some((a) => a.name === _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny))
            throw stop(`${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny} is missing`);
        const { manifest, sha256: manifestSha } = await (0,_release_files_js__WEBPACK_IMPORTED_MODULE_8__/* .fetchManifest */ .C)(releases, ref, work).catch((e) => {
            // A stored manifest that is gone or unreadable is damage to the release, not bad user input.
            throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IntegrityError */ .cs || e instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? stop(e.message) : e;
        });
        if (recordedManifestSha && manifestSha !== recordedManifestSha) {
            throw stop(`${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny} has SHA-256 ${manifestSha}, but ${recordedManifestSha} was recorded when it was published`);
        }
        if (manifest.name !== ref.model || manifest.version !== ref.version)
            throw stop(`${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny} describes ${manifest.name} ${manifest.version}`);
        const verified = [{ name: _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny, sha256: manifestSha, size: 0 }];
        for (const asset of manifest.assets) {
            if (!ref.assets.some((a) => a.name === asset.name))
                throw stop(`asset ${asset.name} listed in the manifest is missing from the release`);
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(work, `asset-${verified.length}`);
            try {
                await releases.download(ref, asset.name, path);
            }
            catch (e) {
                throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .IntegrityError */ .cs ? stop(`asset ${asset.name} is missing`) : e;
            }
            const got = await (0,_runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .sha256File */ .Q)(path);
            if (got.sha256 !== asset.sha256 || got.size !== asset.size) {
                throw stop(`asset ${asset.name} has SHA-256 ${got.sha256} (${got.size} bytes), but the manifest says ${asset.sha256} (${asset.size} bytes)`);
            }
            verified.push({ name: asset.name, ...got });
            if (asset.name === _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .ARCHIVE_ASSET */ .MS)
                await (0,_release_archive_js__WEBPACK_IMPORTED_MODULE_6__/* .extractChecked */ .rA)(path, manifest, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(work, 'model'), stop);
        }
        const inRelease = manifest.assets.some((a) => a.name === _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .ARCHIVE_ASSET */ .MS);
        if (manifest.archive.oci) {
            const artifact = await (0,_release_archive_js__WEBPACK_IMPORTED_MODULE_6__/* .readOciPointer */ .NN)(releases, ref, manifest, manifestSha, work, stop);
            // Already verified from the release: the OCI copy only has to hash the same (no second extraction).
            const path = inRelease ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(work, 'oci-archive');
            await (0,_release_archive_js__WEBPACK_IMPORTED_MODULE_6__/* .fetchFromOci */ .Ar)((0,_release_archive_js__WEBPACK_IMPORTED_MODULE_6__/* .requireOci */ .rb)(oci, ref, manifest), artifact, manifest, manifestSha, path, stop);
            if (path)
                await (0,_release_archive_js__WEBPACK_IMPORTED_MODULE_6__/* .extractChecked */ .rA)(path, manifest, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(work, 'model'), stop);
            verified.push({ name: (0,_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_5__/* .ociReferenceOf */ .aH)(artifact), sha256: manifest.archive.sha256, size: manifest.archive.size });
        }
        else if (!inRelease)
            throw stop(`the manifest lists no ${_formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .ARCHIVE_ASSET */ .MS}`);
        verified[0].size = ref.assets.find((a) => a.name === _formats_manifest_format_js__WEBPACK_IMPORTED_MODULE_4__/* .MANIFEST_ASSET */ .ny)?.size ?? 0;
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
    const close = (0,_runtime_closest_match_js__WEBPACK_IMPORTED_MODULE_10__/* .closestMatch */ .h)(alias, known);
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`alias "${alias}" is not a declared alias (${declared.join(', ')}) and ${model} has no such alias yet`, {
        hint: (n) => {
            const create = n.option('create-alias').startsWith('--') ? `pass ${n.option('create-alias')}` : `set ${n.setting('create-alias', 'true')}`;
            return `${close ? `did you mean "${close}"? ` : ''}to create it, add it to promote.aliases in mlops.yaml or ${create}`;
        },
    });
}


/***/ }),

/***/ 322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The SHA-256 of a file, streamed (model archives and data files can be large), with its size:
 * the one digest every step records or verifies (published assets, model and data digests in
 * reports, the contract a shard was checked against).
 */


/** SHA-256 (hex) and size in bytes of a file. */
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}


/***/ }),

/***/ 6093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseModelTarget: () => (/* binding */ parseModelTarget),
/* harmony export */   pullModel: () => (/* binding */ pullModel)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9980);
/* harmony import */ var _runtime_temp_work_dir_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1109);
/* harmony import */ var _runtime_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2946);
/* harmony import */ var _registry_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1543);
/* harmony import */ var _registry_release_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8317);
/* harmony import */ var _registry_release_archive_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6560);
/* harmony import */ var _registry_state_update_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9753);
/* harmony import */ var _registry_semver_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3004);
/* harmony import */ var _registry_tag_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7170);
/* harmony import */ var _registry_verify_release_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5761);
/* harmony import */ var _formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8517);
/**
 * pullModel (`mlops pull NAME@ALIAS`): fetches a published version's model files to a folder,
 * from whichever store holds its archive (the release asset, or the OCI artifact publish --oci
 * pushed), after checking the manifest against the digest the registry state recorded and the
 * archive against the manifest. The files are extracted with the registry's safe extraction and
 * compared with the manifest's list before the folder appears: a refused pull leaves nothing.
 *
 * NAME@TARGET: TARGET is an alias the model has (`production`), a version (`1.4.0`), or `latest`.
 */














/** `NAME@TARGET` → its parts; UsageError otherwise. */
function parseModelTarget(text) {
    const at = text.lastIndexOf('@');
    if (at <= 0 || at === text.length - 1) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${JSON.stringify(text)} is not NAME@ALIAS`, { hint: 'name the model and an alias, a version or latest: weather@production, weather@1.2.0, weather@latest' });
    }
    return { model: text.slice(0, at), target: text.slice(at + 1) };
}
async function pullModel(options, ports) {
    const model = (0,_registry_tag_js__WEBPACK_IMPORTED_MODULE_11__/* .validateModelName */ .HW)(options.model);
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.outDir);
    await checkOutFolder(out, options.outDir);
    const state = (await (0,_registry_state_update_js__WEBPACK_IMPORTED_MODULE_9__/* .readState */ .un)(ports.state, model))?.state;
    const published = (await ports.releases.list(model)).map((r) => r.version);
    if (published.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`model "${model}" has no published versions`, { hint: 'publish it first (mlops publish), or check --registry / --repo' });
    const aliasEntry = state?.aliases[options.target];
    let version;
    if (aliasEntry)
        version = aliasEntry.version;
    else if (options.target === 'latest')
        version = (0,_registry_verify_release_js__WEBPACK_IMPORTED_MODULE_12__/* .resolveLatest */ .iK)(published);
    else {
        try {
            version = (0,_registry_semver_js__WEBPACK_IMPORTED_MODULE_10__/* .normalizeVersion */ .Qj)(options.target, 'NAME@VERSION');
        }
        catch {
            const aliases = Object.keys(state?.aliases ?? {});
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`model "${model}" has no alias or version "${options.target}"`, {
                hint: aliases.length ? `its aliases: ${aliases.join(', ')}; or a version, or latest` : 'it has no aliases yet (mlops promote); give a version or latest',
            });
        }
    }
    const ref = await ports.releases.find(model, version);
    if (!ref) {
        const list = [...published].sort(_registry_semver_js__WEBPACK_IMPORTED_MODULE_10__/* .compareVersions */ .Zy).slice(-10).join(', ');
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`model "${model}" has no version ${version}`, { hint: `published: ${list}` });
    }
    const stop = (what) => new _registry_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .IntegrityError */ .cs(`${ref.tag}: ${what}; not pulling`, { hint: 'the stored release was changed or damaged after publishing: pull another version, or publish again' });
    const workDir = await (0,_runtime_temp_work_dir_js__WEBPACK_IMPORTED_MODULE_4__/* .makeTempWorkDir */ .j)('mlops-pull-');
    try {
        const { manifest, sha256: manifestSha } = await (0,_registry_release_files_js__WEBPACK_IMPORTED_MODULE_7__/* .fetchManifest */ .C)(ports.releases, ref, workDir.path).catch((e) => {
            throw e instanceof _registry_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .IntegrityError */ .cs || e instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz ? stop(e.message) : e;
        });
        const recorded = state?.versions.find((v) => v.version === version)?.manifest_sha256;
        if (recorded && recorded !== manifestSha)
            throw stop(`manifest.json has SHA-256 ${manifestSha}, but ${recorded} was recorded when it was published`);
        if (manifest.name !== model || manifest.version !== version)
            throw stop(`manifest.json describes ${manifest.name} ${manifest.version}`);
        const archivePath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workDir.path, 'model.tar.gz');
        const got = await (0,_registry_release_archive_js__WEBPACK_IMPORTED_MODULE_8__/* .downloadArchive */ .Z)(ports.releases, ref, manifest, manifestSha, ports.oci, archivePath, workDir.path, stop);
        // Extracted beside the target, checked, then renamed into place: a refused archive leaves no folder.
        const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(out), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(out)}.pull-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
        const release = (0,_runtime_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_5__/* .removeOnInterrupt */ .vY)(staging);
        try {
            const files = await (0,_registry_release_archive_js__WEBPACK_IMPORTED_MODULE_8__/* .extractChecked */ .rA)(archivePath, manifest, staging, stop);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(out, { recursive: true, force: true }); // empty (checked above)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(staging, out);
            return {
                model,
                version,
                alias: aliasEntry ? options.target : null,
                tag: ref.tag,
                source: got.source,
                oci: got.artifact ? (0,_formats_oci_artifact_format_js__WEBPACK_IMPORTED_MODULE_13__/* .ociReferenceOf */ .aH)(got.artifact) : null,
                archive_sha256: manifest.archive.sha256,
                manifest_sha256: manifestSha,
                files,
                out,
            };
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
            release();
        }
    }
    finally {
        await workDir.remove();
    }
}
/** The output folder must not exist, or be empty: pull never mixes a model with other files. */
async function checkOutFolder(out, given) {
    const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(out).catch(() => undefined);
    if (!s)
        return;
    if (!s.isDirectory())
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--out ${given} is a file`, { hint: 'name a folder to create' });
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(out)).length > 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--out ${given} is not empty`, { hint: 'name a new or empty folder: pull never mixes a model with other files' });
}


/***/ })

};
