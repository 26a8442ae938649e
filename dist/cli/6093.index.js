export const id = 6093;
export const ids = [6093];
export const modules = {

/***/ 6093:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
