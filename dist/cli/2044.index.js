export const id = 2044;
export const ids = [2044,9195,1576];
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

/***/ 446:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z_: () => (/* binding */ writeProfileFile)
/* harmony export */ });
/* unused harmony exports profileJsonText, profileJsonPieces */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3196);
/* harmony import */ var _runtime_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2946);
/**
 * Writes a profile file: the same JSON as JSON.stringify(profile, null, 2) (what JSON.parse reads
 * back is identical), except that an array of numbers or strings is written on one line, and so is
 * each row of an array of such arrays (KLL levels, frequent-items pairs).
 *
 * Why: sketch states are long arrays of numbers, and two-space indentation put each number on a
 * line of its own, ~14 spaces deep: half of a 10,000-column profile (115 of 55 MB) was indentation.
 * The file is written column by column through a temp file, so neither the whole text nor its bytes
 * are held at once (one string of a wide table's profile was another ~100 MB, and its bytes a copy).
 */





function isScalar(v) {
    return v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
}
function isScalarArray(v) {
    return Array.isArray(v) && v.every(isScalar);
}
/** `value` as JSON indented by two spaces from `indent`, scalar arrays on one line. */
function profileJsonText(value, indent = '') {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        if (isScalarArray(value))
            return JSON.stringify(value);
        return `[\n${value.map((v) => `${inner}${isScalarArray(v) ? JSON.stringify(v) : profileJsonText(v, inner)}`).join(',\n')}\n${indent}]`;
    }
    const parts = [];
    for (const [k, v] of Object.entries(value)) {
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol')
            continue;
        parts.push(`${inner}${JSON.stringify(k)}: ${profileJsonText(v, inner)}`);
    }
    return parts.length === 0 ? '{}' : `{\n${parts.join(',\n')}\n${indent}}`;
}
/** The profile's JSON text in pieces (one per column), with a trailing newline. */
function* profileJsonPieces(profile) {
    const { columns, ...top } = profile;
    const head = profileJsonText(top);
    // The top-level fields, then "columns" last (where JSON.stringify puts it too: it is the last key).
    const keys = Object.keys(profile);
    if (keys[keys.length - 1] !== 'columns') {
        yield `${profileJsonText(profile)}\n`;
        return;
    }
    yield `${head.slice(0, -2)},\n  "columns": {`;
    let first = true;
    for (const [name, column] of Object.entries(columns)) {
        yield `${first ? '' : ','}\n    ${JSON.stringify(name)}: ${profileJsonText(column, '    ')}`;
        first = false;
    }
    yield first ? '}\n}\n' : '\n  }\n}\n';
}
/**
 * Writes the profile to `path` as every output is written (shared/runtime/atomic-write.ts): a temp
 * file beside the file links lead to, renamed over it; a device or FIFO gets the bytes in place.
 */
async function writeProfileFile(path, profile) {
    let tmp;
    try {
        const target = await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveOutputTarget */ .rA)(path);
        const dir = target.kind === 'device' ? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)() : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target.path);
        if (target.kind !== 'device' && !target.viaLink)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        tmp = (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .outputTempPath */ .bd)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target.path)));
    }
    catch (e) {
        throw (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .outputWriteError */ .NF)(path, e);
    }
    const release = (0,_runtime_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_4__/* .removeOnInterrupt */ .vY)(tmp);
    try {
        try {
            const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(tmp, 'wx');
            try {
                let buf = '';
                for (const piece of profileJsonPieces(profile)) {
                    buf += piece;
                    if (buf.length >= 1 << 20) {
                        await fh.write(buf);
                        buf = '';
                    }
                }
                await fh.write(buf);
                await fh.sync();
            }
            finally {
                await fh.close();
            }
        }
        catch (e) {
            throw (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .outputWriteError */ .NF)(path, e);
        }
        await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .commitTempFile */ .W2)(tmp, path);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true });
        release();
    }
}


/***/ }),

/***/ 2878:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ validationSampleSchema),
/* harmony export */   ZX: () => (/* reexport safe */ _validation_values_js__WEBPACK_IMPORTED_MODULE_1__.ZX)
/* harmony export */ });
/* unused harmony exports validationFindingSchema, validationReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/* harmony import */ var _validation_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9475);
/**
 * `mlops-actions/validation@1`: the result of checking one data file against a data contract.
 * Defined once here (zod) and documented in docs/formats.md ("Validation report").
 *
 * `findings` lists every rule that had at least one failing row, including rules that still pass
 * because of `mostly`; `counts.rules` counts every rule evaluated. The report `passed` unless a
 * finding with severity "error" did not pass.
 */



// In a module without zod, for code that writes reports (the shard worker); here for everyone else.

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const validationSampleSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** `data.line_kind` says whether this is the 1-based physical line (CSV, JSON Lines) or row number (Parquet). */
        line: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** The offending value as text (truncated to 200 characters), null for a missing value. */
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        /** The file the line is in, when the data is several files (a file list); absent for one file. */
        file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    });
    const validationFindingSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        rule: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_validation_values_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_RULES */ .gY),
        /** The column a column rule is about, or the column a presence rule names. */
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        /** The columns of a `unique_together` (table.unique) rule. */
        columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
        severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['error', 'warn']),
        /** Rows that failed the rule (for unique rules: every row whose value occurs more than once). */
        failed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Rows the rule applies to: all rows for nullable, non-missing values for type, non-missing values of the column type for value rules. */
        total: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** failed / total. */
        fraction: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
        mostly: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
        /** (1 - fraction) >= mostly. */
        passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        /** Up to 10 failing rows, in file order. */
        samples: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(validationSampleSchema),
        /** One line a person can act on: file:line, column, value, rule and the contract entry. */
        message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** The contract key that made the rule, e.g. "columns.age.min" or "table.unique[0]". */
        contract_path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    });
    const validationReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(_validation_values_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_SCHEMA */ .sD),
        data: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            format: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            /** What sample `line`s are: physical text lines, or row numbers (Parquet). */
            line_kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['line', 'row']),
        }),
        /** The contract checked against; null when the data was only profiled. */
        contract: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }).nullable(),
        passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        counts: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            /** Rules evaluated (a rule on a column absent from the data is not evaluated). */
            rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            /** Findings with severity error that did not pass: any one fails the check. */
            failed_errors: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            /** Findings with severity warn that did not pass. */
            failed_warnings: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        }),
        findings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(validationFindingSchema),
    });
    return { validationSampleSchema, validationFindingSchema, validationReportSchema };
});
const validationSampleSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().validationSampleSchema);
const validationFindingSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().validationFindingSchema);
const validationReportSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().validationReportSchema);


/***/ }),

/***/ 322:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 1234:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ formatKeyPath)
/* harmony export */ });
/* harmony import */ var _message_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1042);
/**
 * How a message names a place in a YAML or JSON document: `columns.age.min`, `table.unique[0]`,
 * `models["my model"].slices`.
 *
 * A module of its own, not part of yaml-source.ts, because the validate-data shard worker names
 * contract keys in its findings and must not load the yaml package (or zod) with yaml-source: the
 * worker gets the contract already parsed (issue 18).
 */

/** `columns.age.min`, `table.unique[0]`, `models["my model"].slices`. */
function formatKeyPath(path) {
    let s = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            s += `[${seg}]`;
        else {
            // Keys are the user's text: cut, so a message stays one readable line.
            const k = (0,_message_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shortened */ .v)(String(seg), 60);
            if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k))
                s += s === '' ? k : `.${k}`;
            else
                s += `[${JSON.stringify(k)}]`;
        }
    }
    return s === '' ? '(top level)' : s;
}


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


/***/ }),

/***/ 1042:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ shortList),
/* harmony export */   v: () => (/* binding */ shortened)
/* harmony export */ });
/**
 * Text from the user's files inside our messages. A name is echoed so the user can find it, but a
 * message is one line a person reads: a 3,000-character key (a fuzzer's, or a mangled file's) is
 * cut, keeping its start, and a list keeps its first few entries.
 */
/** `text` cut to `max` characters (by code point) with an ellipsis. */
function shortened(text, max = 80) {
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}
/** Up to `count` items, each shortened, joined with `separator`; "and N more" past that. */
function shortList(items, count = 5, separator = ', ') {
    const shown = items.slice(0, count).map((s) => shortened(s));
    return items.length > count ? `${shown.join(separator)}${separator}and ${items.length - count} more` : shown.join(separator);
}


/***/ }),

/***/ 1576:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ childPair),
/* harmony export */   K7: () => (/* reexport safe */ _key_path_js__WEBPACK_IMPORTED_MODULE_2__.K),
/* harmony export */   O5: () => (/* binding */ rangeStart),
/* harmony export */   TF: () => (/* binding */ RESERVED_KEY),
/* harmony export */   Y3: () => (/* binding */ loadYamlFile),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   cd: () => (/* binding */ parseYamlText),
/* harmony export */   h0: () => (/* reexport safe */ _closest_match_js__WEBPACK_IMPORTED_MODULE_3__.h)
/* harmony export */ });
/* unused harmony export MAX_YAML_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1100);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9171);
/* harmony import */ var _closest_match_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6060);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1234);
/* harmony import */ var _message_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1042);
/**
 * YAML files checked by a zod schema, with every problem reported at `file:LINE:COL`.
 *
 * The one implementation behind the data contract (shared/data/contract.ts) and mlops.yaml
 * (mlops-config.ts): parse keeping node ranges, check with a strict zod schema, then the caller's
 * semantic checks, and throw the first problem in file order as one error naming the key path and a
 * fix ("did you mean …"). Callers pass the schema, their error class (as a factory) and the few
 * words that are theirs (empty-file message, version hint, rule long form), so both files give the
 * same messages for the same mistakes.
 */






/** Lives in key-path.ts so code that names keys need not load the yaml package. */

/** Lives in runtime so the CLI's option parser (a lower layer) suggests with the same rule. */

// ---------------------------------------------------------------------------------------------
// Locating problems in the YAML source
/** A parsed YAML document that can tell where a key path is. */
class YamlSource {
    file;
    data;
    doc;
    lines;
    constructor(file, data, doc, lines) {
        this.file = file;
        this.data = data;
        this.doc = doc;
        this.lines = lines;
    }
    /** Parses `text`; YAML syntax errors and an empty file become one error at the right place. */
    static parse(text, file, error, empty) {
        const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
        // logLevel error: the yaml package's warnings (a mapping used as a key) go to stderr past our one message.
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
        if (doc.errors.length > 0) {
            const err = doc.errors[0];
            const { line, col } = lines.linePos(err.pos[0]);
            const first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            throw error(`invalid YAML: ${(0,_message_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortened */ .v)(first, 200)}`, { location: { file, line, column: col }, hint: 'check indentation and quoting near this position' });
        }
        let data;
        try {
            data = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            // The yaml package refuses an alias that expands too often (a "billion laughs" file).
            if (e instanceof ReferenceError || e instanceof RangeError) {
                throw error('the YAML expands its aliases (*name) too many times', { location: { file, line: 1, column: 1 }, hint: 'write the values out instead of nesting aliases of aliases', cause: e });
            }
            throw e;
        }
        if (data === null || data === undefined)
            throw error(empty.what, { location: { file, line: 1, column: 1 }, hint: empty.hint });
        const source = new YamlSource(file, data, doc, lines);
        source.throwReservedKey(error);
        return source;
    }
    /**
     * Every name in these files becomes a key of a plain object once zod has checked it, and zod (like
     * any `obj[key] = v`) turns a key `__proto__` into the object's prototype: the model, column or
     * metric would vanish without a word (a gate that never runs). A Map throughout is impractical
     * here (the schemas are zod records shared with the JSON Schema for editors), so the one name that
     * cannot survive is refused at its line. `constructor` and `prototype` survive as own keys; lookups
     * by name use Object.hasOwn.
     */
    throwReservedKey(error) {
        const found = findKeyPath(this.data, RESERVED_KEY, []);
        if (found === undefined)
            return;
        throw error(`"${RESERVED_KEY}" cannot be a name here (JavaScript reserves it for an object's prototype)`, {
            location: this.location(found.slice(0, -1), RESERVED_KEY),
            hint: 'rename it',
        });
    }
    /** Offset of the node at `path` (or its closest existing ancestor), or of the key `atKey` below it. */
    offset(path, atKey) {
        let node = this.doc.contents;
        let offset = rangeStart(node) ?? 0;
        for (const seg of path) {
            const next = childPair(node, seg);
            if (!next)
                break;
            node = next.value;
            offset = rangeStart(next.value) ?? rangeStart(next.key) ?? offset;
        }
        if (atKey !== undefined) {
            const pair = childPair(node, atKey);
            if (pair)
                offset = rangeStart(pair.key) ?? offset;
        }
        return offset;
    }
    location(path, atKey) {
        const { line, col } = this.lines.linePos(this.offset(path, atKey));
        return { file: this.file, line, column: col };
    }
    /** Throws the first problem in file order (with a count of the others); returns if there are none. */
    throwFirst(problems, error) {
        if (problems.length === 0)
            return;
        const sorted = [...problems].sort((a, b) => this.offset(a.path, a.atKey) - this.offset(b.path, b.atKey));
        const p = sorted[0];
        const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problem${sorted.length > 2 ? 's' : ''})` : '';
        throw error(`${p.what}${more}`, { location: this.location(p.path, p.atKey), hint: p.hint });
    }
}
/** The one object key that `obj[key] = value` cannot store as data. */
const RESERVED_KEY = '__proto__';
/** The key path of the first own key `key` in nested plain data (iterative: data may nest deeply). */
function findKeyPath(data, key, base) {
    const stack = [{ value: data, path: base }];
    while (stack.length > 0) {
        const { value, path } = stack.pop();
        if (value === null || typeof value !== 'object')
            continue;
        if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--)
                stack.push({ value: value[i], path: [...path, i] });
            continue;
        }
        if (Object.hasOwn(value, key))
            return [...path, key];
        const entries = Object.entries(value);
        for (let i = entries.length - 1; i >= 0; i--)
            stack.push({ value: entries[i][1], path: [...path, entries[i][0]] });
    }
    return undefined;
}
/** Where a YAML node starts in the source text (character offset), when the parser kept its range. */
function rangeStart(node) {
    const r = node?.range;
    return Array.isArray(r) ? r[0] : undefined;
}
/** The key and value of a mapping entry (or a sequence item) named `seg`, for locating a path. */
function childPair(node, seg) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
        for (const item of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(item))
                continue;
            const k = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) ? item.key.value : item.key;
            if (String(k) === String(seg))
                return { key: item.key, value: item.value };
        }
        return undefined;
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
        const v = node.items[seg];
        return v === undefined ? undefined : { key: v, value: v };
    }
    return undefined;
}
function describeValue(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    return `${typeof v} ${String(v)}`;
}
/** What a value is, without any of its content. */
function describeKind(v) {
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'string')
        return 'text';
    return describeValue(v).split(' ')[0] === 'number' ? 'a number' : describeValue(v);
}
function valueAt(data, path) {
    let v = data;
    for (const seg of path) {
        if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg))
            return undefined;
        v = v[seg];
    }
    return v;
}
/**
 * The object keys a strict object at `path` accepts, found by walking the zod schema. Unions are
 * followed along the branches that fit what the user wrote (mapping vs scalar), so an unknown key
 * in a rule's long form lists the long form's keys.
 */
function allowedKeysAt(schema, path, data) {
    const keys = new Set();
    for (const t of descend(schema, path, data, 0))
        if (t instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodObject */ .bvH)
            for (const k of Object.keys(t.shape))
                keys.add(k);
    return [...keys];
}
function descend(schema, path, data, i) {
    const s = unwrap(schema);
    if (s instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodUnion */ .fZ7) {
        const value = valueAt(data, path.slice(0, i));
        const isObj = value !== null && typeof value === 'object' && !Array.isArray(value);
        return s.options.flatMap((o) => {
            const u = unwrap(o);
            if (isObj ? u instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodObject */ .bvH || u instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodRecord */ .b8S : !(u instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodObject */ .bvH))
                return descend(u, path, data, i);
            return [];
        });
    }
    if (i === path.length)
        return [s];
    const seg = path[i];
    if (s instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodObject */ .bvH) {
        const child = s.shape[String(seg)];
        return child ? descend(child, path, data, i + 1) : [];
    }
    if (s instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodRecord */ .b8S)
        return descend(s.valueType, path, data, i + 1);
    if (s instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodArray */ .naA)
        return descend(s.element, path, data, i + 1);
    return [];
}
function unwrap(s) {
    let cur = s;
    while (cur instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodOptional */ .IiU || cur instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodDefault */ .XiL)
        cur = cur.unwrap();
    return cur;
}
const TYPE_NAMES = {
    number: 'a number',
    string: 'text',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    int: 'a whole number',
};
/** Picks, in a failed union, the branch that matches the shape the user wrote (scalar vs mapping). */
function resolveUnion(issue, base) {
    // Branches that failed only on the top-level type are the forms the user did not write.
    const deeper = issue.errors.filter((branch) => !branch.every((e) => e.code === 'invalid_type' && e.path.length === 0));
    if (deeper.length === 0)
        return undefined;
    // Prefer the branch with the fewest problems (the closest match), then the first.
    const best = deeper.reduce((a, b) => (b.length < a.length ? b : a));
    return best.map((e) => ({ ...e, path: [...base, ...e.path] }));
}
/** One zod issue as problems a person can act on. */
function issueProblems(issue, data, schema, wording = {}) {
    const path = issue.path;
    const where = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_2__/* .formatKeyPath */ .K)(path);
    const value = valueAt(data, path);
    // zod reports a missing key as a wrong type (or value, for literals) of `undefined`: point at the parent.
    const missing = () => {
        const key = String(path[path.length - 1]);
        return [{ path: path.slice(0, -1), what: `${where} is missing`, hint: key === 'version' ? wording.versionHint : undefined }];
    };
    switch (issue.code) {
        case 'invalid_union': {
            const resolved = resolveUnion(issue, path);
            if (resolved)
                return resolved.flatMap((i) => issueProblems(i, data, schema, wording));
            const expected = new Set();
            for (const branch of issue.errors)
                for (const e of branch)
                    if (e.code === 'invalid_type')
                        expected.add(TYPE_NAMES[e.expected] ?? e.expected);
            const longForm = issue.errors.some((b) => b.some((e) => e.code === 'invalid_type' && e.expected === 'object'));
            // YAML 1.1 booleans are text in YAML 1.2, a common surprise.
            const yesNo = typeof value === 'string' && /^(yes|no|on|off|y|n)$/i.test(value) && expected.has(TYPE_NAMES.boolean);
            return [
                {
                    path,
                    what: `${where} must be ${[...expected].join(' or ')}, not ${describeValue(value)}`,
                    hint: yesNo ? 'write true or false (YAML 1.2 reads yes/no/on/off as text)' : longForm ? wording.longFormHint : undefined,
                },
            ];
        }
        case 'unrecognized_keys': {
            const allowed = allowedKeysAt(schema, path, data);
            return issue.keys.map((key) => {
                const close = (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_3__/* .closestMatch */ .h)(key, allowed);
                return {
                    path,
                    atKey: key,
                    what: `unknown key "${(0,_message_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortened */ .v)(key, 60)}"${path.length ? ` in ${where}` : ''}`,
                    hint: `${close ? `did you mean "${close}"? ` : ''}allowed keys: ${allowed.join(', ')}`,
                };
            });
        }
        case 'invalid_type':
            if (value === undefined)
                return missing();
            // The whole file is not a mapping: it is not the expected kind of file, so show none of it.
            if (path.length === 0)
                return [{ path, what: `the file must be a YAML mapping (key: value lines), not ${describeKind(value)}` }];
            return [{ path, what: `${where} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(value)}` }];
        case 'invalid_value': {
            if (value === undefined)
                return missing();
            const options = issue.values.map((v) => String(v));
            // `version: "1"`: the right value in quotes; "did you mean "1"?" would not help.
            const quoted = typeof value === 'string' && issue.values.some((v) => typeof v !== 'string' && String(v) === value);
            if (quoted)
                return [{ path, what: `${where} must be the number ${value}, not the text "${value}"`, hint: `write ${value} without quotes` }];
            const close = typeof value === 'string' ? (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_3__/* .closestMatch */ .h)(value, options) : undefined;
            const noun = wording.enumNoun?.(path) ?? (options.length === 1 ? JSON.stringify(issue.values[0]) : 'allowed');
            return [{ path, what: `${where}: ${describeValue(value)} is not ${noun}`, hint: `${close ? `did you mean "${close}"? ` : ''}use one of: ${options.join(', ')}` }];
        }
        case 'too_small':
        case 'too_big': {
            const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
            // gt()/lt() bounds are exclusive: "less than 1", not "at most 1".
            const exclusive = issue.inclusive === false;
            const op = issue.code === 'too_small' ? (exclusive ? 'greater than' : 'at least') : exclusive ? 'less than' : 'at most';
            if (issue.origin === 'array')
                return [{ path, what: `${where} must have ${op} ${String(bound)} item${bound === 1 ? '' : 's'}` }];
            if (issue.origin === 'string')
                return [{ path, what: `${where} must not be empty` }];
            return [{ path, what: `${where} must be ${op} ${String(bound)}, not ${String(value)}` }];
        }
        default:
            return [{ path, what: `${where}: ${issue.message}` }];
    }
}
/**
 * Reads, parses and checks a YAML file: unreadable file, YAML syntax, schema problems and the
 * `semantic` checks all become one error from `error` at file:line:col.
 */
async function loadYamlFile(file, schema, options) {
    let text;
    try {
        text = await readBounded(file, MAX_YAML_BYTES);
    }
    catch (e) {
        if (e instanceof TooLargeError) {
            // /dev/zero, a log or a dataset given by mistake: say so without reading (or echoing) it.
            throw options.error(`the file is larger than ${MAX_YAML_BYTES / 1024 / 1024} MiB: not a config file`, { location: { file }, hint: 'check the path' });
        }
        const code = e.code;
        throw options.error(code === 'ENOENT' ? options.notFound : `${options.cannotRead}: ${e.message}`, {
            location: { file },
            hint: code === 'ENOENT' ? options.missingHint : undefined,
            cause: e,
        });
    }
    return parseYamlText(text, file, schema, options);
}
/** Config files are small; anything bigger was given by mistake. */
const MAX_YAML_BYTES = 16 * 1024 * 1024;
class TooLargeError extends Error {
}
/** The file's text, refusing more than `limit` bytes (a device like /dev/zero never ends). */
async function readBounded(file, limit) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    try {
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.alloc(Math.min(1024 * 1024, limit + 1 - total));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            chunks.push(chunk.subarray(0, bytesRead));
            total += bytesRead;
            if (total > limit)
                throw new TooLargeError();
        }
        return Buffer.concat(chunks).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** loadYamlFile without the file read: `text` is the file's content, `file` names it in messages. */
function parseYamlText(text, file, schema, options) {
    // A binary file (or /proc/self/environ given as a contract) is not shown back: its content may
    // be secrets, and its first bytes say nothing useful.
    if (text.includes('\u0000'))
        throw options.error('the file is not YAML text (it contains NUL bytes)', { location: { file }, hint: 'check the path' });
    const src = YamlSource.parse(text, file, options.error, options.empty);
    const parsed = schema.safeParse(src.data);
    if (!parsed.success)
        src.throwFirst(parsed.error.issues.flatMap((i) => issueProblems(i, src.data, schema, options)), options.error);
    const value = parsed.data;
    src.throwFirst(options.semantic?.(value) ?? [], options.error);
    return value;
}


/***/ }),

/***/ 2051:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateMergedShards: () => (/* binding */ validateMergedShards)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3196);
/* harmony import */ var _runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(322);
/* harmony import */ var _data_profile_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(446);
/* harmony import */ var _data_contract_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9195);
/* harmony import */ var _data_file_list_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9236);
/* harmony import */ var _data_shard_merge_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3164);
/**
 * The fan-in job of a sharded validation (`validate-data` with `profiles:`, `mlops validate --profiles`):
 * reads the shard jobs' profiles, merges them into the one-job run's profile and report
 * (data/shard-merge.ts), and writes both.
 */







/** The fan-in job: reads the shard profiles, merges them, writes the report and profile. */
async function validateMergedShards(options) {
    const contract = options.contract === undefined ? undefined : await (0,_data_contract_js__WEBPACK_IMPORTED_MODULE_4__.loadContract)(options.contract);
    const files = [];
    for (const spec of options.profiles)
        for (const f of await (0,_data_file_list_js__WEBPACK_IMPORTED_MODULE_5__/* .expandFileList */ .Nj)(spec, 'profiles'))
            if (!files.includes(f))
                files.push(f);
    const shards = [];
    for (const file of files)
        shards.push({ file, profile: await (0,_data_shard_merge_js__WEBPACK_IMPORTED_MODULE_6__/* .readShardProfile */ .Q)(file), dir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(file) });
    const merged = await (0,_data_shard_merge_js__WEBPACK_IMPORTED_MODULE_6__.mergeShardProfiles)(shards, contract && options.contract ? { contract, file: options.contract, sha256: (await (0,_runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256File */ .Q)(options.contract)).sha256 } : undefined);
    const result = { ...merged, profileFiles: files };
    if (options.profileOut) {
        await (0,_data_profile_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeProfileFile */ .z_)(options.profileOut, merged.profile);
        result.profilePath = options.profileOut;
    }
    if (options.reportOut) {
        await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeJsonAtomic */ .ZJ)(options.reportOut, merged.report);
        result.reportPath = options.reportOut;
    }
    return result;
}


/***/ })

};
