export const id = 4533;
export const ids = [4533];
export const modules = {

/***/ 9195:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CONTRACT_VERSION: () => (/* binding */ CONTRACT_VERSION),
/* harmony export */   closestMatch: () => (/* reexport safe */ _runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__.h0),
/* harmony export */   columnContractSchema: () => (/* binding */ columnContractSchema),
/* harmony export */   contractSchema: () => (/* binding */ contractSchema),
/* harmony export */   contractValueKey: () => (/* reexport safe */ _contract_rules_js__WEBPACK_IMPORTED_MODULE_5__.Hk),
/* harmony export */   formatContractPath: () => (/* reexport safe */ _contract_rules_js__WEBPACK_IMPORTED_MODULE_5__.vq),
/* harmony export */   loadContract: () => (/* binding */ loadContract),
/* harmony export */   normalizeCompoundUnique: () => (/* reexport safe */ _contract_rules_js__WEBPACK_IMPORTED_MODULE_5__.oq),
/* harmony export */   normalizeRule: () => (/* reexport safe */ _contract_rules_js__WEBPACK_IMPORTED_MODULE_5__.YE),
/* harmony export */   parseContract: () => (/* binding */ parseContract),
/* harmony export */   parseContractTime: () => (/* reexport safe */ _contract_rules_js__WEBPACK_IMPORTED_MODULE_5__.HM),
/* harmony export */   tableContractSchema: () => (/* binding */ tableContractSchema),
/* harmony export */   valueKey: () => (/* reexport safe */ _contract_rules_js__WEBPACK_IMPORTED_MODULE_5__.zV)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/* harmony import */ var _runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1576);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9980);
/* harmony import */ var _contract_pattern_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8664);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4239);
/* harmony import */ var _formats_column_types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5717);
/* harmony import */ var _contract_rules_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8713);
/**
 * The data contract: what a dataset must look like. Defined once here with zod (strict objects, so
 * a misspelt key is an error, not a silently ignored rule), exported as JSON Schema for editors
 * (scripts/gen-contract-schema.ts -> schemas/contract.schema.json), documented in docs/contract.md.
 *
 * Every rule has a short form (`min: 0`) and a long form (`min: { value: 0, mostly: 0.99, severity: warn }`).
 * `mostly` follows Great Expectations: the fraction of the rows a rule applies to that must pass
 * (missing values never count against value rules). Presence and row-count rules take `severity` only.
 *
 * loadContract() parses the YAML keeping node ranges (shared/runtime/yaml-source.ts, shared with mlops.yaml), so every problem - YAML syntax, unknown key,
 * wrong type, a pattern RE2 cannot compile, min > max, unknown column type - becomes one ContractError at
 * `contract.yaml:LINE:COL` naming the key path (`columns.age.min`) and how to fix it.
 */








// Tests name closestMatch by the contract; it lives with the generic YAML checking.

// Checking data needs these without zod or YAML (the shard worker); here for everyone else.

const CONTRACT_VERSION = 1;
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const severitySchema = zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['error', 'warn']).describe('error (default) fails the check; warn only reports');
    const mostlySchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig()
        .min(0)
        .max(1)
        .describe('Fraction of the rows the rule applies to (non-missing values for value rules) that must pass; default 1');
    /** A rule that accepts the short form `value` or `{ value, mostly?, severity? }`. */
    function rule(value, description) {
        return zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([value, zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({ value, mostly: mostlySchema.optional(), severity: severitySchema.optional() })])
            .describe(description);
    }
    /** A rule where `mostly` has no meaning (presence, row counts): short form or `{ value, severity? }`. */
    function strictRule(value, description) {
        return zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([value, zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({ value, severity: severitySchema.optional() })]).describe(description);
    }
    const columnTypeSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(_formats_column_types_js__WEBPACK_IMPORTED_MODULE_7__/* .COLUMN_TYPES */ .R);
    const boundSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()]);
    const allowedValue = zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY()]);
    const columnNames = zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().min(1)).min(1);
    const columnContractSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
        description: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional().describe('Free text for people; not checked'),
        type: rule(columnTypeSchema, 'Value type; default string (any value). Values that do not parse as the type fail this rule'),
        format: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional().describe('date/timestamp only: strftime-like format (%Y %m %d %H %M %S %f %z); default ISO 8601'),
        nullable: rule(zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY(), 'Whether missing values are allowed; default false'),
        min: rule(boundSchema, 'Smallest allowed value (inclusive): a number, or ISO 8601 text for date/timestamp columns'),
        max: rule(boundSchema, 'Largest allowed value (inclusive): a number, or ISO 8601 text for date/timestamp columns'),
        allowed: rule(zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(allowedValue).min(1), 'The only values allowed (compared as the column type)'),
        pattern: rule(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), 'RE2 regular expression (no backreferences or lookaround) searched in the value text; anchor with ^...$ to match the whole value'),
        unique: rule(zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY(), 'No value may occur twice (missing values are ignored)'),
        min_length: rule(zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().min(0), 'Minimum text length in characters'),
        max_length: rule(zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().min(0), 'Maximum text length in characters'),
    })
        .partial();
    const compoundUniqueSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([
        columnNames,
        zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({ columns: columnNames, mostly: mostlySchema.optional(), severity: severitySchema.optional() }),
    ]);
    const tableContractSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
        required_columns: strictRule(columnNames, 'Columns that must be present; default every column listed under columns'),
        unexpected_columns: zod__WEBPACK_IMPORTED_MODULE_6__/* ["enum"] */ .k5n(['allow', 'warn', 'error'])
            .describe('What to do with data columns the contract does not list; default error'),
        rows: zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
            min: strictRule(zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().min(0), 'Minimum number of data rows; default 1'),
            max: strictRule(zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().min(0), 'Maximum number of data rows'),
        })
            .partial(),
        unique: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(compoundUniqueSchema).describe('Column combinations that must be unique together'),
        null_values: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()).describe('Cell texts read as missing (replaces the default list)'),
    })
        .partial();
    const contractSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .strictObject */ .rej({
        version: zod__WEBPACK_IMPORTED_MODULE_6__/* .literal */ .euz(CONTRACT_VERSION).describe('Contract format version: 1'),
        description: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
        table: tableContractSchema.optional(),
        columns: zod__WEBPACK_IMPORTED_MODULE_6__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), columnContractSchema).optional(),
    })
        .describe('mlops-actions data contract');
    return { severitySchema, compoundUniqueSchema, columnContractSchema, tableContractSchema, contractSchema };
});
const columnContractSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().columnContractSchema);
const tableContractSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().tableContractSchema);
const contractSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().contractSchema);
// ---------------------------------------------------------------------------------------------
// Checks zod cannot express (they need the column type, or compare two keys)
const NUMERIC = new Set(['integer', 'number']);
const article = (t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
const TEMPORAL = new Set(['date', 'timestamp']);
function semanticProblems(c) {
    const out = [];
    const cols = c.columns ?? {};
    const names = Object.keys(cols);
    for (const [name, col] of Object.entries(cols)) {
        const p = ['columns', name];
        const type = col.type === undefined ? 'string' : (0,_contract_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeRule */ .YE)(col.type).value;
        if (col.format !== undefined) {
            if (!TEMPORAL.has(type))
                out.push({ path: [...p, 'format'], what: `${(0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)([...p, 'format'])} applies only to date and timestamp columns, and this column is ${type}`, hint: 'remove format, or set type: date / timestamp' });
            else {
                try {
                    (0,_values_js__WEBPACK_IMPORTED_MODULE_4__/* .compileTimestampFormat */ .dQ)(col.format);
                }
                catch (e) {
                    out.push({ path: [...p, 'format'], what: `${(0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)([...p, 'format'])}: ${e.message}` });
                }
            }
        }
        const bounds = {};
        for (const key of ['min', 'max']) {
            const r = col[key];
            if (r === undefined)
                continue;
            const v = (0,_contract_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeRule */ .YE)(r).value;
            const rp = [...p, key, ...(typeof r === 'object' ? ['value'] : [])];
            const where = (0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)([...p, key]);
            if (NUMERIC.has(type)) {
                if (typeof v !== 'number')
                    out.push({ path: rp, what: `${where} must be a number for ${article(type)} column, not ${(0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .describeValue */ .bp)(v)}` });
                else
                    bounds[key] = v;
            }
            else if (TEMPORAL.has(type)) {
                const t = (0,_contract_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .parseContractTime */ .HM)(v);
                if (t === undefined)
                    out.push({ path: rp, what: `${where} must be ISO 8601 text for ${article(type)} column (e.g. "2024-01-31"${type === 'timestamp' ? ' or "2024-01-31T12:00:00Z"' : ''}), not ${(0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .describeValue */ .bp)(v)}` });
                else
                    bounds[key] = t;
            }
            else {
                out.push({ path: [...p, key], what: `${where} applies to integer, number, date and timestamp columns, and this column is ${type}`, hint: type === 'string' || type === 'category' ? 'use min_length/max_length for text length, or allowed for categories' : undefined });
            }
        }
        if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
            out.push({ path: [...p, 'min'], what: `${(0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)([...p, 'min'])} is greater than ${(0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)([...p, 'max'])}`, hint: 'swap them, or fix the one that is wrong' });
        }
        const minL = col.min_length === undefined ? undefined : (0,_contract_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeRule */ .YE)(col.min_length).value;
        const maxL = col.max_length === undefined ? undefined : (0,_contract_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeRule */ .YE)(col.max_length).value;
        if (minL !== undefined && maxL !== undefined && minL > maxL) {
            out.push({ path: [...p, 'min_length'], what: `${(0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)([...p, 'min_length'])} (${minL}) is greater than max_length (${maxL})` });
        }
        if (col.pattern !== undefined) {
            const src = (0,_contract_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeRule */ .YE)(col.pattern).value;
            try {
                (0,_contract_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .compileContractPattern */ .g)(src);
            }
            catch (e) {
                if (!(e instanceof _contract_pattern_js__WEBPACK_IMPORTED_MODULE_3__/* .PatternSyntaxError */ .A))
                    throw e;
                out.push({ path: [...p, 'pattern', ...(typeof col.pattern === 'object' ? ['value'] : [])], what: `${(0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)([...p, 'pattern'])} is not a valid RE2 regular expression: ${e.message}`, hint: 'RE2 syntax (no backreferences like \\1, no lookaround like (?=...)), so matching takes linear time; escape backslashes inside double quotes, or use single quotes' });
            }
        }
        if (col.allowed !== undefined) {
            const list = (0,_contract_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeRule */ .YE)(col.allowed).value;
            const ap = [...p, 'allowed', ...(Array.isArray(col.allowed) ? [] : ['value'])];
            list.forEach((v, i) => {
                if ((0,_contract_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .contractValueKey */ .Hk)(v, type) === undefined)
                    out.push({ path: [...ap, i], what: `${(0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .formatKeyPath */ .K7)([...p, 'allowed'])}[${i}] ${(0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .describeValue */ .bp)(v)} is not ${article(type)} value` });
            });
        }
    }
    const t = c.table;
    if (t?.rows?.min !== undefined && t.rows.max !== undefined && (0,_contract_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeRule */ .YE)(t.rows.min).value > (0,_contract_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeRule */ .YE)(t.rows.max).value) {
        out.push({ path: ['table', 'rows', 'min'], what: 'table.rows.min is greater than table.rows.max' });
    }
    t?.unique?.forEach((u, i) => {
        const { value } = (0,_contract_rules_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeCompoundUnique */ .oq)(u);
        const base = ['table', 'unique', i, ...(Array.isArray(u) ? [] : ['columns'])];
        value.forEach((name, j) => {
            if (!(name in cols)) {
                const close = (0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .closestMatch */ .h0)(name, names);
                out.push({ path: [...base, j], what: `table.unique[${i}] names column "${name}", which is not listed under columns`, hint: close ? `did you mean "${close}"?` : 'list the column under columns' });
            }
        });
    });
    return out;
}
// ---------------------------------------------------------------------------------------------
const OPTIONS = {
    error: (what, options) => new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ContractError */ .Vl(what, options),
    empty: { what: 'the contract is empty', hint: 'start with "version: 1" and a columns: mapping (see docs/contract.md)' },
    versionHint: 'add "version: 1" at the top',
    longFormHint: 'the long form is a mapping { value: ..., mostly: 0.99, severity: warn }',
    // `type: datetime` and `type: { value: datetime }` are unknown column types, not just "not allowed".
    enumNoun: (path) => {
        const last = path[path.length - 1];
        return last === 'type' || (last === 'value' && path[path.length - 2] === 'type') ? 'a known column type' : undefined;
    },
    semantic: semanticProblems,
};
/** Parses contract YAML text; `file` is used in messages. Throws ContractError. */
function parseContract(text, file) {
    return (0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlText */ .cd)(text, file, contractSchema, OPTIONS);
}
/** Reads and checks a contract file. Throws ContractError (exit code 2) for anything wrong. */
async function loadContract(file) {
    return (0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .loadYamlFile */ .Y3)(file, contractSchema, {
        ...OPTIONS,
        notFound: 'contract file not found',
        cannotRead: 'cannot read the contract',
        missingHint: 'check the path (relative to the working directory), or run `mlops validate --infer-contract` to write one',
    });
}


/***/ }),

/***/ 4533:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  contractToYaml: () => (/* binding */ contractToYaml),
  inferContract: () => (/* binding */ inferContract)
});

// UNUSED EXPORTS: MIN_CATEGORY_COUNT, widenedRange

// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
// EXTERNAL MODULE: ../../../../shared/data/contract.ts
var contract = __webpack_require__(9195);
// EXTERNAL MODULE: ../../../../shared/data/values.ts
var data_values = __webpack_require__(4239);
// EXTERNAL MODULE: ../../../../shared/formats/profile-format.ts
var profile_format = __webpack_require__(3836);
;// CONCATENATED MODULE: ../../../../shared/data/share-upper-bound.ts
/**
 * How large a share can be, given that k of n sampled rows had it: the upper end of the Wilson score
 * interval (E. B. Wilson, 1927; method 3 of R. G. Newcombe, "Two-sided confidence intervals for the
 * single proportion", Statistics in Medicine 17, 1998, whose Table II the tests reproduce).
 *
 * Contract inference uses it for rules a sample can only suggest: "no missing values" seen in n rows
 * means the missing share is small, not zero (penguins has 2 missing beak lengths in 344 rows: a
 * random 70% misses both about one time in eleven). What the contract meets is not the true share
 * but the share in a fresh batch, which scatters around it too: batchShareBound bounds that (below).
 */
/** z of a one-sided 99.9% bound: a rule inferred from a sample cries wolf on fresh data about once in 1,000. */
const INFERENCE_Z = 3.090232306167813;
/** Upper end of the Wilson score interval for k successes in n trials (1 when n is 0). */
function wilsonUpperBound(k, n, z = INFERENCE_Z) {
    if (!(n > 0))
        return 1;
    if (!(k >= 0) || k > n)
        throw new RangeError(`wilsonUpperBound: k must be within [0, n], got k=${k}, n=${n}`);
    const p = k / n;
    const z2 = z * z;
    const centre = p + z2 / (2 * n);
    const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return Math.min(1, (centre + spread) / (1 + z2 / n));
}
/**
 * How large the share can be in a fresh batch at least half the sample's size: the batch share minus
 * the sample share has variance p(1-p)(1/n + 2/n), so this is Wilson's score bound with n/3 rows
 * (and k/3 of them), a prediction bound rather than a bound on p. The plain bound on p cries wolf:
 * over 70/30 splits of a 406-row table with 8 missing values it is exceeded in one split of 100;
 * this one in fewer than one of 100,000, and in about 2 of 1,000 at worst, for columns 30-45% missing
 * (exact hypergeometric sums: test/data/share-upper-bound.test.ts).
 */
function batchShareBound(k, n, z = INFERENCE_Z) {
    return wilsonUpperBound(k / 3, n / 3, z);
}
/**
 * The `mostly` that tolerates the share batchShareBound allows: 1 - bound, with the bound rounded up
 * to two significant digits so the contract reads `mostly: 0.962`, not 0.96176... (rounding up only
 * widens the tolerance). 0 when the bound is 1.
 */
function mostlyTolerating(k, n, z = INFERENCE_Z) {
    const bound = batchShareBound(k, n, z);
    if (bound >= 1)
        return 0;
    const decimals = Math.max(2, 1 - Math.floor(Math.log10(bound)));
    const scale = 10 ** decimals;
    const rounded = Math.ceil(bound * scale - 1e-9) / scale;
    return Math.max(0, Number((1 - rounded).toFixed(decimals)));
}

;// CONCATENATED MODULE: ../../../../shared/data/infer-contract.ts
/**
 * A starting contract from a profile, in the spirit of TFDV's infer_schema and pandera's
 * infer_schema, with one more duty: it must not cry wolf. The data it was inferred from always
 * passes it, and so does fresh data from the same source: inferred on a random 70% of penguins,
 * seattle-weather or cars, the other 30% gets no error in 20 seeded splits of each, while a type
 * error, a column going a quarter empty or a category outside the set still fails it
 * (bench/contract-inference.ts measures both; docs/contract.md, "Inferring a contract").
 *
 * The rule: a sample proves what it saw, and only suggests what it did not see.
 * - What it saw is an error. Every value parsed as the type, so `type` is strict: a value that does
 *   not parse breaks whoever reads the column next.
 * - What it did not see gets the tolerance the sample cannot rule out: "no missing values in n rows"
 *   and "only these categories in n values" become `mostly: 1 - u`, u the 99.9% bound of the share
 *   a fresh batch may show (Wilson; share-upper-bound.ts): 11% for 240 rows, 2.6% for 1,096. A
 *   column going a quarter empty fails; a single missing value is still reported as a finding, but
 *   a 240-row sample cannot tell it from the penguins' two missing beak lengths in 344 rows, so it
 *   does not fail the build.
 * - Ranges are where a value outside the sample is plausible (a new maximum in 30% of the splits of
 *   any column, by exchangeability): widened by `rangeMargin` (10%) of the observed range on each
 *   side, never across zero, with severity `warn`. Data from another city shows up as warnings.
 *
 * Per column:
 * - type: the profile's type, strict. Numbers are `number` unless the column is id-like: that every
 *   sampled value was whole does not make 97.5 wrong (cars' Displacement has one in 406). When some
 *   non-missing values do not parse (the profiler picks a type held by >= 90%), `mostly` tolerates
 *   the share the sample allows.
 * - nullable: `{ value: false, mostly }` with the tolerated missing share, or `true` when that share
 *   could be half the column or more (tiny samples, mostly-empty columns).
 * - min/max: the observed range widened, `severity: warn`; left out when the column holds NaN or
 *   ±inf (they would fail a range rule). Id-like columns get no max (new ids are larger).
 * - category + allowed: only a clearly categorical text column: its values known exactly, at most
 *   `maxCategories` (100, TFDV's max_string_domain_size) of them, each seen at least 5 times (by
 *   Good-Turing, values seen once or twice mean unseen ones are likely). Tolerance: u at k = 0.
 * - unique: only id-like columns whose values are all distinct (exact count): a name that says id
 *   (`id`, `user_id`, `uuid`, `key`), a dense integer or date sequence (at most twice as many slots
 *   as values: auto-increment ids, one row per day), or text codes of one length without spaces.
 * Table: every column required, unexpected columns are errors, at least one row.
 */





const TYPES = new Set(['integer', 'number', 'string', 'boolean', 'category', 'date', 'timestamp']);
/** A category must be seen this often for its column to count as clearly categorical. */
const MIN_CATEGORY_COUNT = 5;
/** Below this `mostly`, a rule says too little to be worth writing (the sample is too small). */
const MIN_USEFUL_MOSTLY = 0.5;
const DAY_MS = 86_400_000;
/** Column names that say "identifier": id, user_id, "Order ID", id_user, uuid, key (any case)... */
const ID_NAME = /(^|[_\s.-])(id|uuid|guid|key)$|^(id|uuid|guid|key)([_\s.-]|$)/i;
/** ...or in camel case: userId, orderID, sessionKey (case matters: "paid" and "valid" are not ids). */
const CAMEL_ID_NAME = /[a-z](Id|ID|Key|Uuid|UUID)$/;
/** Non-missing values that parse as `type`, from the profile's narrowest-type counts. */
function conforming(c, type) {
    const tc = c.type_counts;
    switch (type) {
        case 'integer':
            return tc.integer;
        case 'number':
            return tc.integer + tc.number;
        case 'boolean':
            // 1/0 count as integers in the profile but parse as booleans; without per-value detail, only
            // the boolean words are sure.
            return tc.boolean;
        case 'date':
            return tc.date;
        case 'timestamp':
            return tc.date + tc.timestamp;
        default:
            return c.count;
    }
}
/** Every distinct value with its count, when the profile knows them exactly. */
function exactValues(c) {
    return c.frequent_exact ? c.sketches.frequent.items : undefined;
}
/** All non-missing values distinct, by an exact count (a HyperLogLog estimate never claims it). */
function allDistinct(c) {
    return (c.distinct.exact || c.frequent_exact) && c.count > 1 && c.distinct.estimate === c.count;
}
/**
 * Whether a column whose values are all distinct is an identifier, so that a repeat in fresh data
 * is a defect rather than chance: the name says so, or the values are a dense sequence (integers or
 * days filling at least half the slots between min and max), or fixed-length text without spaces.
 */
function idLike(name, c, type) {
    if (!allDistinct(c))
        return false;
    if (ID_NAME.test(name) || CAMEL_ID_NAME.test(name))
        return true;
    if (type === 'integer' && typeof c.min === 'number' && typeof c.max === 'number')
        return c.max - c.min + 1 <= 2 * c.count;
    if (type === 'date' && typeof c.min === 'string' && typeof c.max === 'string') {
        const lo = (0,data_values/* parseIsoTimestamp */.RJ)(c.min, true);
        const hi = (0,data_values/* parseIsoTimestamp */.RJ)(c.max, true);
        return lo !== undefined && hi !== undefined && (hi - lo) / DAY_MS + 1 <= 2 * c.count;
    }
    if (type === 'string') {
        const values = exactValues(c);
        return values !== undefined && c.length !== null && c.length.min === c.length.max && c.length.min > 0 && values.every(([v]) => !/\s/u.test(v));
    }
    return false;
}
/** Rounds x to `step` in direction `dir`, without binary noise (0.30000000000000004). */
function roundTo(x, step, dir) {
    const decimals = Math.max(0, -Math.floor(Math.log10(step)));
    const r = (dir === 'down' ? Math.floor(x / step + 1e-9) : Math.ceil(x / step - 1e-9)) * step;
    return Number(r.toFixed(decimals));
}
/**
 * [lo, hi] widened by `fraction` of its span on each side, rounded outward to the margin's leading
 * digit so bounds read 60, not 59.51 (54.1 + 5.41), and never across zero: a column that was never
 * negative (amounts, counts, durations) does not get a negative bound.
 */
function widenedRange(lo, hi, fraction, options = {}) {
    const margin = hi > lo ? (hi - lo) * fraction : (options.constantMargin ?? Math.abs(lo) * fraction);
    if (!(margin > 0))
        return [lo, hi];
    const unit = options.step ?? 10 ** Math.floor(Math.log10(margin));
    let min = roundTo(lo - margin, unit, 'down');
    let max = roundTo(hi + margin, unit, 'up');
    if (options.keepSign !== false) {
        if (lo >= 0 && min < 0)
            min = 0;
        if (hi <= 0 && max > 0)
            max = 0;
    }
    return [Math.min(min, lo), Math.max(max, hi)];
}
function inferColumn(name, c, options) {
    let type = TYPES.has(c.type) ? c.type : 'string';
    const out = {};
    const values = exactValues(c);
    // Numbers are keyed by value in the profile ("1.0" shows as "1"), so only all-text columns give exact text values.
    const allText = c.type_counts.integer + c.type_counts.number === 0;
    const categorical = (type === 'string' || type === 'category') &&
        values !== undefined &&
        allText &&
        values.length > 0 &&
        values.length <= options.maxCategories &&
        values.every(([, n]) => n >= MIN_CATEGORY_COUNT);
    if (categorical)
        type = 'category';
    else if (type === 'category')
        type = 'string';
    const id = idLike(name, c, type);
    if (type === 'integer' && !id)
        type = 'number';
    const ok = conforming(c, type);
    if (c.count > 0 && ok < c.count) {
        const mostly = mostlyTolerating(c.count - ok, c.count);
        // A type almost nothing parses as is not worth a rule: fall back to text.
        if (mostly >= MIN_USEFUL_MOSTLY)
            out.type = { value: type, mostly };
        else
            type = 'string';
    }
    out.type ??= type;
    const present = mostlyTolerating(c.nulls, c.count + c.nulls);
    out.nullable = present >= MIN_USEFUL_MOSTLY ? { value: false, mostly: present } : true;
    let range;
    if ((type === 'integer' || type === 'number') && c.nan === 0 && c.inf === 0 && typeof c.min === 'number' && typeof c.max === 'number') {
        range = widenedRange(c.min, c.max, options.rangeMargin, type === 'integer' ? { step: 1 } : {});
    }
    else if ((type === 'date' || type === 'timestamp') && typeof c.min === 'string' && typeof c.max === 'string') {
        const lo = (0,data_values/* parseIsoTimestamp */.RJ)(c.min);
        const hi = (0,data_values/* parseIsoTimestamp */.RJ)(c.max);
        if (lo !== undefined && hi !== undefined) {
            // Whole days: a date bound must be a date, and a day is a fine enough margin for timestamps.
            // 1970-01-01 is not a floor (cars' model years start there), and one date gets a day each side.
            const [min, max] = widenedRange(lo, hi, options.rangeMargin, { step: DAY_MS, constantMargin: DAY_MS, keepSign: false });
            range = [(0,data_values/* formatTimestamp */.Ey)(min, type), (0,data_values/* formatTimestamp */.Ey)(max, type)];
        }
    }
    if (range) {
        out.min = { value: range[0], severity: 'warn' };
        if (!id)
            out.max = { value: range[1], severity: 'warn' };
    }
    if (categorical && values) {
        const allowed = values.map(([v]) => v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        // Every category was seen >= MIN_CATEGORY_COUNT times, so none was seen once: Good-Turing puts
        // the share of unseen values near 0, and the tolerance is its upper bound at k = 0.
        out.allowed = { value: allowed, mostly: mostlyTolerating(0, c.count) };
    }
    if (id && (type === 'integer' || type === 'string' || type === 'date') && ok === c.count)
        out.unique = true;
    return out;
}
/** A contract the profiled data passes, and fresh data from the same source too, for a person to review and tighten. */
function inferContract(profile, options = {}) {
    const resolved = { maxCategories: options.maxCategories ?? 100, rangeMargin: options.rangeMargin ?? 0.1 };
    const columns = {};
    for (const name of profile.column_order) {
        const c = profile.columns[name];
        if (c)
            columns[name] = inferColumn(name, c, resolved);
    }
    return {
        version: contract.CONTRACT_VERSION,
        table: { unexpected_columns: 'error', rows: { min: profile.rows > 0 ? 1 : 0 } },
        columns,
    };
}
const RULE_KEYS = new Set(['value', 'mostly', 'severity']);
/**
 * The contract as YAML, keys in the documented order, short lists (allowed values, column lists)
 * and rules' long forms in flow style, and `header` as a leading comment (one `#` per line).
 */
function contractToYaml(contract, header) {
    const doc = new dist/* Document */.yo(contract);
    if (header)
        doc.commentBefore = header.split('\n').map((l) => ` ${l}`).join('\n');
    const flowLists = (node) => {
        // Quote ISO dates: YAML 1.1 readers (PyYAML) would otherwise load them as dates, not text.
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(node.value))
            node.type = dist/* Scalar */.X5.QUOTE_DOUBLE;
        else if ((0,dist/* isMap */.jh)(node)) {
            const map = node;
            // A rule's long form on one line, as docs/contract.md writes it: `max: {value: 60, severity: warn}`
            // (not a column that happens to be named "value": its entry is a mapping).
            const isRule = map.items.length > 0 && map.items.every((i) => (0,dist/* isScalar */.jn)(i.key) && RULE_KEYS.has(String(i.key.value)) && !(0,dist/* isMap */.jh)(i.value));
            if (isRule)
                map.flow = true;
            for (const item of map.items)
                flowLists(item.value);
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            if (node.items.every((i) => !(0,dist/* isMap */.jh)(i) && !(0,dist/* isSeq */.oP)(i)))
                node.flow = true;
            else
                for (const i of node.items)
                    flowLists(i);
        }
    };
    flowLists(doc.contents);
    return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
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


/***/ })

};
