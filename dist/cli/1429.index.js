export const id = 1429;
export const ids = [1429];
export const modules = {

/***/ 9195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ CONTRACT_VERSION),
/* harmony export */   lF: () => (/* binding */ loadContract)
/* harmony export */ });
/* unused harmony exports columnContractSchema, tableContractSchema, contractSchema, parseContract */
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
    return parseYamlText(text, file, contractSchema, OPTIONS);
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

/***/ 9236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ expandFileList),
/* harmony export */   d: () => (/* binding */ dataLabel)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/**
 * Data given as a list of files (validate-data's `data`, rank's candidates): kept apart from the
 * shard planner so that steps which only expand a list do not pull in the sharding machinery.
 */



/**
 * The files of a data input: one path, a glob, or one path or glob per line (blank lines and `#`
 * comments skipped). Globs are sorted; the list keeps its order; a file named twice is read once.
 * A glob that matches nothing is an InputError; a plain path is returned as it is (opening it
 * reports a missing file).
 */
async function expandFileList(spec, what = 'data') {
    const items = spec
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
    if (items.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} is empty`, { hint: 'give a file, a glob, or one file per line' });
    const out = [];
    const seen = new Set();
    for (const item of items) {
        let files;
        if ((0,tinyglobby__WEBPACK_IMPORTED_MODULE_2__/* .isDynamicPattern */ .ey)(item) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(item)) {
            files = (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_2__/* .glob */ .TI)(item, { onlyFiles: true, expandDirectories: false, dot: false })).map((f) => f.split('\\').join('/')).sort();
            if (files.length === 0)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${what} glob "${item}" matched no file`, { hint: `globs are matched under ${process.cwd()}; fix the glob` });
        }
        else
            files = [item];
        for (const f of files)
            if (!seen.has(f)) {
                seen.add(f);
                out.push(f);
            }
    }
    return out;
}
/** How the report names data given as a list: the file, the glob, or the files joined. */
function dataLabel(spec, files) {
    if (files.length === 1)
        return files[0];
    const lines = spec.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    return lines.length === 1 ? lines[0] : files.join(', ');
}


/***/ }),

/***/ 446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 3836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 2878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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


/***/ })

};
