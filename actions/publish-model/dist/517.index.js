export const id = 517;
export const ids = [517];
export const modules = {

/***/ 38517:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ OCI_ARTIFACT_SCHEMA),
/* harmony export */   HC: () => (/* binding */ MODEL_CONFIG_MEDIA_TYPE),
/* harmony export */   Kb: () => (/* binding */ OCI_ARTIFACT_ASSET),
/* harmony export */   Uq: () => (/* binding */ MODEL_ARTIFACT_TYPE),
/* harmony export */   b: () => (/* binding */ ociArtifactSchema),
/* harmony export */   ociReferenceOf: () => (/* binding */ ociReferenceOf),
/* harmony export */   yE: () => (/* binding */ MODEL_LAYER_MEDIA_TYPE),
/* harmony export */   yc: () => (/* binding */ OCI_IMAGE_MANIFEST_MEDIA_TYPE)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62881);
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

/***/ 62881:
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
