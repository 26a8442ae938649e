export const id = 7781;
export const ids = [7781];
export const modules = {

/***/ 7781:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeProfiles: () => (/* reexport safe */ _merge_profiles_js__WEBPACK_IMPORTED_MODULE_3__.N),
/* harmony export */   readProfile: () => (/* binding */ readProfile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3836);
/* harmony import */ var _merge_profiles_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7060);
/**
 * Reading a profile file (`mlops profile merge`, `profile show`, drift references), checked
 * against the profile schema. Merging lives in merge-profiles.ts, re-exported here.
 */




/** Reads and validates a profile file; failures are InputErrors naming the file. */
async function readProfile(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot read profile: ${e.message}`, { location: { file }, hint: 'check the path; profiles are written by validate-data (profile-out)', cause: e });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`not valid JSON: ${e.message}`, { location: { file }, hint: `expected a ${_formats_profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_SCHEMA */ .Ow} file written by validate-data`, cause: e });
    }
    const schema = json?.schema;
    if (schema !== _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_SCHEMA */ .Ow) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`schema is ${JSON.stringify(schema)}, not "${_formats_profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_SCHEMA */ .Ow}"`, { location: { file }, hint: 'give a profile written by validate-data (profile-out)' });
    }
    const parsed = _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .profileSchema */ .Fk.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`invalid profile at ${issue.path.join('.') || '(root)'}: ${issue.message}`, { location: { file }, hint: 'the file may be truncated or edited by hand; re-run validate-data to write it again' });
    }
    for (const name of parsed.data.column_order) {
        if (!Object.hasOwn(parsed.data.columns, name))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`column_order names "${name}" but columns has no such entry`, { location: { file }, hint: 're-run validate-data to write the profile again' });
    }
    return parsed.data;
}


/***/ }),

/***/ 3836:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ profileSchema),
/* harmony export */   Ow: () => (/* reexport safe */ _column_types_js__WEBPACK_IMPORTED_MODULE_1__.O)
/* harmony export */ });
/* unused harmony exports kllStateSchema, hllStateSchema, frequentStateSchema, momentsStateSchema, columnProfileSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/* harmony import */ var _column_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5717);
/**
 * `mlops-actions/profile@1`: what `validate-data` writes about a dataset, and what `mlops profile merge`
 * combines. Defined once here (zod) and documented in docs/formats.md.
 *
 * A profile is a set of mergeable sketches plus the statistics derived from them. Merging two
 * profiles merges the sketches and re-derives the statistics, so the result does not depend on how
 * the data was sharded: counts, min, max and mean are exact; std is exact up to floating-point
 * rounding; quantiles and distinct counts stay within the sketches' stated error.
 */



// In a module without zod, for code that builds profiles (the shard worker); here for everyone else.

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const columnType = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_column_types_js__WEBPACK_IMPORTED_MODULE_1__/* .COLUMN_TYPES */ .R);
    /** Serialized KLL quantile sketch (see shared/data/sketch/kll.ts): compactors level by level. */
    const kllStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        k: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        n: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        levels: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig())),
    });
    /**
     * Serialized HyperLogLog (see shared/data/sketch/hll.ts): precision and either base64 registers
     * (dense) or `sparse`, base64 of 4-byte entries (index << 8 | value) of the non-zero registers.
     */
    const hllStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        p: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(4).max(18),
        registers: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        sparse: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    })
        .refine((h) => (h.registers === undefined) !== (h.sparse === undefined), { message: 'an HLL state has either registers or sparse, not both or neither' });
    /** Serialized frequent-items sketch (Misra-Gries with a fixed capacity). */
    const frequentStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        capacity: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        /** Total weight subtracted by decrements: each count is exact within [count, count + offset]. */
        offset: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(),
        items: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative()])),
    });
    /** Moments for exact merge: n, exact sum as Shewchuk partials (order independent), and M2 (Chan et al.). */
    const momentsStateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        n: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        sum_partials: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()),
        mean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        m2: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    });
    const columnProfileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** The column's type: from the contract when there is one, else the dominant type observed. */
        type: columnType,
        /** Non-missing values. */
        count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Missing values (null, absent, or a null token). */
        nulls: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** NaN values (counted in `count`, excluded from numeric statistics). */
        nan: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** +/-Infinity values (counted in `count`, excluded from numeric statistics). */
        inf: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Non-missing values by the narrowest type each parses as (integer < number; date < timestamp; boolean; string). */
        type_counts: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            integer: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            number: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            boolean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            date: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            timestamp: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            string: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        }),
        /** Numeric columns: numbers; date/timestamp columns: ISO 8601 text; string columns: lexicographic. */
        min: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]).nullable(),
        max: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]).nullable(),
        /** Numeric, date and timestamp columns (dates as epoch ms): arithmetic mean and sample std (ddof=1, as pandas). */
        mean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        std: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        /** Quantile estimates keyed by probability ("0.5"), from the KLL sketch; null when not numeric. */
        quantiles: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()).nullable(),
        /** Distinct non-missing values: HyperLogLog estimate, exact while the column has few values. */
        distinct: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ estimate: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative(), exact: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY() }),
        /** Top 20 values with counts (exact when `frequent_exact`). */
        frequent: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), count: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nonnegative() })),
        frequent_exact: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        /** Numeric/date columns: equal-width bins over [min, max]; counts estimated from the KLL sketch. */
        histogram: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ edges: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()), counts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()) }).nullable(),
        /** Text length of non-missing values (characters). */
        length: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), mean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() }).nullable(),
        sketches: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            moments: momentsStateSchema,
            kll: kllStateSchema,
            hll: hllStateSchema,
            frequent: frequentStateSchema,
            /** Exact text-length stats and lexicographic min/max, kept for merge. */
            text: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ min_len: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(), max_len: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(), sum_len: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), min: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(), max: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable() }),
        }),
    });
    const profileSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(_column_types_js__WEBPACK_IMPORTED_MODULE_1__/* .PROFILE_SCHEMA */ .O),
        /** Files profiled (several after a merge), as given by the user. */
        sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), format: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative() })),
        rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Column names in file order. */
        column_order: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), columnProfileSchema),
    });
    return { kllStateSchema, hllStateSchema, frequentStateSchema, momentsStateSchema, columnProfileSchema, profileSchema };
});
const kllStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().kllStateSchema);
const hllStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().hllStateSchema);
const frequentStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().frequentStateSchema);
const momentsStateSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().momentsStateSchema);
const columnProfileSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().columnProfileSchema);
const profileSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().profileSchema);


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
