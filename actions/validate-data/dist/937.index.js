export const id = 937;
export const ids = [937];
export const modules = {

/***/ 6439:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Kw: () => (/* binding */ CONTRACT_VERSION),
  lF: () => (/* binding */ loadContract)
});

// UNUSED EXPORTS: closestMatch, columnContractSchema, contractSchema, contractValueKey, formatContractPath, normalizeCompoundUnique, normalizeRule, parseContract, parseContractTime, tableContractSchema, valueKey

// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(1100);
// EXTERNAL MODULE: ../../../../shared/runtime/lazy-schema.ts
var lazy_schema = __webpack_require__(2881);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
;// CONCATENATED MODULE: ../../../../shared/runtime/closest-match.ts
/**
 * "Did you mean": the closest of a few known names to what someone typed. Used for mlops.yaml and
 * contract keys (shared/runtime/yaml-source.ts) and for the CLI's commands and options.
 */
/** Levenshtein distance, for "did you mean". */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
/** The closest candidate when it is plausibly a typo (distance ≤ max(2, a third of the length)) or an abbreviation. */
function closestMatch(word, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    if (best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)))
        return best;
    // An abbreviation ("cust" for "customer") when exactly one candidate starts with it.
    const prefixed = word.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(word.toLowerCase())) : [];
    return prefixed.length === 1 ? prefixed[0] : undefined;
}

// EXTERNAL MODULE: ../../../../shared/runtime/key-path.ts
var key_path = __webpack_require__(1234);
// EXTERNAL MODULE: ../../../../shared/runtime/message-text.ts
var message_text = __webpack_require__(1042);
;// CONCATENATED MODULE: ../../../../shared/runtime/yaml-source.ts
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
        const lines = new dist/* LineCounter */.HN();
        // logLevel error: the yaml package's warnings (a mapping used as a key) go to stderr past our one message.
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
        if (doc.errors.length > 0) {
            const err = doc.errors[0];
            const { line, col } = lines.linePos(err.pos[0]);
            const first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            throw error(`invalid YAML: ${(0,message_text/* shortened */.v)(first, 200)}`, { location: { file, line, column: col }, hint: 'check indentation and quoting near this position' });
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
    if ((0,dist/* isMap */.jh)(node)) {
        for (const item of node.items) {
            if (!(0,dist/* isPair */.tO)(item))
                continue;
            const k = (0,dist/* isScalar */.jn)(item.key) ? item.key.value : item.key;
            if (String(k) === String(seg))
                return { key: item.key, value: item.value };
        }
        return undefined;
    }
    if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
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
        if (t instanceof schemas/* ZodObject */.bvH)
            for (const k of Object.keys(t.shape))
                keys.add(k);
    return [...keys];
}
function descend(schema, path, data, i) {
    const s = unwrap(schema);
    if (s instanceof schemas/* ZodUnion */.fZ7) {
        const value = valueAt(data, path.slice(0, i));
        const isObj = value !== null && typeof value === 'object' && !Array.isArray(value);
        return s.options.flatMap((o) => {
            const u = unwrap(o);
            if (isObj ? u instanceof schemas/* ZodObject */.bvH || u instanceof schemas/* ZodRecord */.b8S : !(u instanceof schemas/* ZodObject */.bvH))
                return descend(u, path, data, i);
            return [];
        });
    }
    if (i === path.length)
        return [s];
    const seg = path[i];
    if (s instanceof schemas/* ZodObject */.bvH) {
        const child = s.shape[String(seg)];
        return child ? descend(child, path, data, i + 1) : [];
    }
    if (s instanceof schemas/* ZodRecord */.b8S)
        return descend(s.valueType, path, data, i + 1);
    if (s instanceof schemas/* ZodArray */.naA)
        return descend(s.element, path, data, i + 1);
    return [];
}
function unwrap(s) {
    let cur = s;
    while (cur instanceof schemas/* ZodOptional */.IiU || cur instanceof schemas/* ZodDefault */.XiL)
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
    const where = (0,key_path/* formatKeyPath */.K)(path);
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
                const close = closestMatch(key, allowed);
                return {
                    path,
                    atKey: key,
                    what: `unknown key "${(0,message_text/* shortened */.v)(key, 60)}"${path.length ? ` in ${where}` : ''}`,
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
            const close = typeof value === 'string' ? closestMatch(value, options) : undefined;
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
    return yaml_source_parseYamlText(text, file, schema, options);
}
/** Config files are small; anything bigger was given by mistake. */
const MAX_YAML_BYTES = 16 * 1024 * 1024;
class TooLargeError extends Error {
}
/** The file's text, refusing more than `limit` bytes (a device like /dev/zero never ends). */
async function readBounded(file, limit) {
    const handle = await (0,promises_.open)(file, 'r');
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
function yaml_source_parseYamlText(text, file, schema, options) {
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

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/data/contract-pattern.ts
var contract_pattern = __webpack_require__(8664);
// EXTERNAL MODULE: ../../../../shared/data/values.ts
var values = __webpack_require__(4239);
// EXTERNAL MODULE: ../../../../shared/formats/column-types.ts
var column_types = __webpack_require__(5717);
// EXTERNAL MODULE: ../../../../shared/data/contract-rules.ts
var contract_rules = __webpack_require__(8713);
;// CONCATENATED MODULE: ../../../../shared/data/contract.ts
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
const contract_schemas = (0,lazy_schema/* once */.Oo)(() => {
    const severitySchema = schemas/* enum */.k5n(['error', 'warn']).describe('error (default) fails the check; warn only reports');
    const mostlySchema = schemas/* number */.aig()
        .min(0)
        .max(1)
        .describe('Fraction of the rows the rule applies to (non-missing values for value rules) that must pass; default 1');
    /** A rule that accepts the short form `value` or `{ value, mostly?, severity? }`. */
    function rule(value, description) {
        return schemas/* union */.KCZ([value, schemas/* strictObject */.rej({ value, mostly: mostlySchema.optional(), severity: severitySchema.optional() })])
            .describe(description);
    }
    /** A rule where `mostly` has no meaning (presence, row counts): short form or `{ value, severity? }`. */
    function strictRule(value, description) {
        return schemas/* union */.KCZ([value, schemas/* strictObject */.rej({ value, severity: severitySchema.optional() })]).describe(description);
    }
    const columnTypeSchema = schemas/* enum */.k5n(column_types/* COLUMN_TYPES */.R);
    const boundSchema = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]);
    const allowedValue = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
    const columnNames = schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1);
    const columnContractSchema = schemas/* strictObject */.rej({
        description: schemas/* string */.YjP().optional().describe('Free text for people; not checked'),
        type: rule(columnTypeSchema, 'Value type; default string (any value). Values that do not parse as the type fail this rule'),
        format: schemas/* string */.YjP().optional().describe('date/timestamp only: strftime-like format (%Y %m %d %H %M %S %f %z); default ISO 8601'),
        nullable: rule(schemas/* boolean */.zMY(), 'Whether missing values are allowed; default false'),
        min: rule(boundSchema, 'Smallest allowed value (inclusive): a number, or ISO 8601 text for date/timestamp columns'),
        max: rule(boundSchema, 'Largest allowed value (inclusive): a number, or ISO 8601 text for date/timestamp columns'),
        allowed: rule(schemas/* array */.YOg(allowedValue).min(1), 'The only values allowed (compared as the column type)'),
        pattern: rule(schemas/* string */.YjP(), 'RE2 regular expression (no backreferences or lookaround) searched in the value text; anchor with ^...$ to match the whole value'),
        unique: rule(schemas/* boolean */.zMY(), 'No value may occur twice (missing values are ignored)'),
        min_length: rule(schemas/* number */.aig().int().min(0), 'Minimum text length in characters'),
        max_length: rule(schemas/* number */.aig().int().min(0), 'Maximum text length in characters'),
    })
        .partial();
    const compoundUniqueSchema = schemas/* union */.KCZ([
        columnNames,
        schemas/* strictObject */.rej({ columns: columnNames, mostly: mostlySchema.optional(), severity: severitySchema.optional() }),
    ]);
    const tableContractSchema = schemas/* strictObject */.rej({
        required_columns: strictRule(columnNames, 'Columns that must be present; default every column listed under columns'),
        unexpected_columns: schemas/* enum */.k5n(['allow', 'warn', 'error'])
            .describe('What to do with data columns the contract does not list; default error'),
        rows: schemas/* strictObject */.rej({
            min: strictRule(schemas/* number */.aig().int().min(0), 'Minimum number of data rows; default 1'),
            max: strictRule(schemas/* number */.aig().int().min(0), 'Maximum number of data rows'),
        })
            .partial(),
        unique: schemas/* array */.YOg(compoundUniqueSchema).describe('Column combinations that must be unique together'),
        null_values: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Cell texts read as missing (replaces the default list)'),
    })
        .partial();
    const contractSchema = schemas/* strictObject */.rej({
        version: schemas/* literal */.euz(CONTRACT_VERSION).describe('Contract format version: 1'),
        description: schemas/* string */.YjP().optional(),
        table: tableContractSchema.optional(),
        columns: schemas/* record */.g1P(schemas/* string */.YjP(), columnContractSchema).optional(),
    })
        .describe('mlops-actions data contract');
    return { severitySchema, compoundUniqueSchema, columnContractSchema, tableContractSchema, contractSchema };
});
const columnContractSchema = (0,lazy_schema/* lazySchema */.ID)(() => contract_schemas().columnContractSchema);
const tableContractSchema = (0,lazy_schema/* lazySchema */.ID)(() => contract_schemas().tableContractSchema);
const contractSchema = (0,lazy_schema/* lazySchema */.ID)(() => contract_schemas().contractSchema);
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
        const type = col.type === undefined ? 'string' : (0,contract_rules/* normalizeRule */.YE)(col.type).value;
        if (col.format !== undefined) {
            if (!TEMPORAL.has(type))
                out.push({ path: [...p, 'format'], what: `${(0,key_path/* formatKeyPath */.K)([...p, 'format'])} applies only to date and timestamp columns, and this column is ${type}`, hint: 'remove format, or set type: date / timestamp' });
            else {
                try {
                    (0,values/* compileTimestampFormat */.dQ)(col.format);
                }
                catch (e) {
                    out.push({ path: [...p, 'format'], what: `${(0,key_path/* formatKeyPath */.K)([...p, 'format'])}: ${e.message}` });
                }
            }
        }
        const bounds = {};
        for (const key of ['min', 'max']) {
            const r = col[key];
            if (r === undefined)
                continue;
            const v = (0,contract_rules/* normalizeRule */.YE)(r).value;
            const rp = [...p, key, ...(typeof r === 'object' ? ['value'] : [])];
            const where = (0,key_path/* formatKeyPath */.K)([...p, key]);
            if (NUMERIC.has(type)) {
                if (typeof v !== 'number')
                    out.push({ path: rp, what: `${where} must be a number for ${article(type)} column, not ${describeValue(v)}` });
                else
                    bounds[key] = v;
            }
            else if (TEMPORAL.has(type)) {
                const t = (0,contract_rules/* parseContractTime */.HM)(v);
                if (t === undefined)
                    out.push({ path: rp, what: `${where} must be ISO 8601 text for ${article(type)} column (e.g. "2024-01-31"${type === 'timestamp' ? ' or "2024-01-31T12:00:00Z"' : ''}), not ${describeValue(v)}` });
                else
                    bounds[key] = t;
            }
            else {
                out.push({ path: [...p, key], what: `${where} applies to integer, number, date and timestamp columns, and this column is ${type}`, hint: type === 'string' || type === 'category' ? 'use min_length/max_length for text length, or allowed for categories' : undefined });
            }
        }
        if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
            out.push({ path: [...p, 'min'], what: `${(0,key_path/* formatKeyPath */.K)([...p, 'min'])} is greater than ${(0,key_path/* formatKeyPath */.K)([...p, 'max'])}`, hint: 'swap them, or fix the one that is wrong' });
        }
        const minL = col.min_length === undefined ? undefined : (0,contract_rules/* normalizeRule */.YE)(col.min_length).value;
        const maxL = col.max_length === undefined ? undefined : (0,contract_rules/* normalizeRule */.YE)(col.max_length).value;
        if (minL !== undefined && maxL !== undefined && minL > maxL) {
            out.push({ path: [...p, 'min_length'], what: `${(0,key_path/* formatKeyPath */.K)([...p, 'min_length'])} (${minL}) is greater than max_length (${maxL})` });
        }
        if (col.pattern !== undefined) {
            const src = (0,contract_rules/* normalizeRule */.YE)(col.pattern).value;
            try {
                (0,contract_pattern/* compileContractPattern */.g)(src);
            }
            catch (e) {
                if (!(e instanceof contract_pattern/* PatternSyntaxError */.A))
                    throw e;
                out.push({ path: [...p, 'pattern', ...(typeof col.pattern === 'object' ? ['value'] : [])], what: `${(0,key_path/* formatKeyPath */.K)([...p, 'pattern'])} is not a valid RE2 regular expression: ${e.message}`, hint: 'RE2 syntax (no backreferences like \\1, no lookaround like (?=...)), so matching takes linear time; escape backslashes inside double quotes, or use single quotes' });
            }
        }
        if (col.allowed !== undefined) {
            const list = (0,contract_rules/* normalizeRule */.YE)(col.allowed).value;
            const ap = [...p, 'allowed', ...(Array.isArray(col.allowed) ? [] : ['value'])];
            list.forEach((v, i) => {
                if ((0,contract_rules/* contractValueKey */.Hk)(v, type) === undefined)
                    out.push({ path: [...ap, i], what: `${(0,key_path/* formatKeyPath */.K)([...p, 'allowed'])}[${i}] ${describeValue(v)} is not ${article(type)} value` });
            });
        }
    }
    const t = c.table;
    if (t?.rows?.min !== undefined && t.rows.max !== undefined && (0,contract_rules/* normalizeRule */.YE)(t.rows.min).value > (0,contract_rules/* normalizeRule */.YE)(t.rows.max).value) {
        out.push({ path: ['table', 'rows', 'min'], what: 'table.rows.min is greater than table.rows.max' });
    }
    t?.unique?.forEach((u, i) => {
        const { value } = (0,contract_rules/* normalizeCompoundUnique */.oq)(u);
        const base = ['table', 'unique', i, ...(Array.isArray(u) ? [] : ['columns'])];
        value.forEach((name, j) => {
            if (!(name in cols)) {
                const close = closestMatch(name, names);
                out.push({ path: [...base, j], what: `table.unique[${i}] names column "${name}", which is not listed under columns`, hint: close ? `did you mean "${close}"?` : 'list the column under columns' });
            }
        });
    });
    return out;
}
// ---------------------------------------------------------------------------------------------
const OPTIONS = {
    error: (what, options) => new errors/* ContractError */.Vl(what, options),
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
    return loadYamlFile(file, contractSchema, {
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
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1985);
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


/***/ }),

/***/ 1985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W2: () => (/* binding */ commitTempFile),
  bd: () => (/* binding */ outputTempPath),
  NF: () => (/* binding */ outputWriteError),
  rA: () => (/* binding */ resolveOutputTarget),
  Zf: () => (/* binding */ writeFileAtomic),
  ZJ: () => (/* binding */ writeJsonAtomic)
});

// UNUSED EXPORTS: resolveOutputFolder, sweepOutputTemps

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/runtime/signal-cleanup.ts
var signal_cleanup = __webpack_require__(2946);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ../../../../shared/runtime/stale-temps.ts
/**
 * Sweeps temp entries a killed run left behind (SIGKILL, a power cut: nothing ran to clean them).
 * Only in a folder we own, only names with our own prefix, only entries owned by this user, never
 * through a link, and only when the writer is proven gone:
 * - the name carries the writer's process id and this host's tag (hostTag(): the host name and the
 *   pid namespace, so a container sharing the folder is another host) and no such process runs:
 *   swept at once, however fresh;
 * - otherwise (no pid, another host's or an older name without a tag): only when older than a run
 *   can last (an hour, by the newest modification time of the entry and its direct children) and,
 *   with a pid, that pid not alive here.
 * A live writer's entry (its pid alive) is never removed; a pid reused by an unrelated process only
 * delays the sweep. Failures are ignored: the sweep must not fail the run it precedes.
 */





const STALE_TEMP_MS = 60 * 60 * 1000;
let tag;
/**
 * Eight hex digits naming this host and pid namespace: a pid is only meaningful where it was
 * taken, and two containers (or a container and its host) can share a host name or a folder.
 */
function hostTag() {
    if (tag === undefined) {
        let namespace = '';
        try {
            namespace = (0,external_node_fs_.readlinkSync)('/proc/self/ns/pid');
        }
        catch {
            // Not Linux: the host name alone.
        }
        tag = (0,external_node_crypto_.createHash)('sha256').update(`${(0,external_node_os_.hostname)()}\0${namespace}`).digest('hex').slice(0, 8);
    }
    return tag;
}
/** True when a process with this id runs on this host (signal 0 checks without sending anything). */
function processIsAlive(pid) {
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: it exists but belongs to someone else.
        return e.code === 'EPERM';
    }
}
async function newestMtimeMs(path, own) {
    let newest = own;
    const names = await (0,promises_.readdir)(path).catch(() => []);
    for (const n of names) {
        const s = await (0,promises_.lstat)((0,external_node_path_.join)(path, n)).catch(() => undefined);
        if (s && s.mtimeMs > newest)
            newest = s.mtimeMs;
    }
    return newest;
}
/** Removes the stale entries of `dir` that `match` selects; returns the paths removed. */
async function sweepStaleTemps(dir, options) {
    const cutoff = (options.now ?? Date.now)() - (options.maxAgeMs ?? STALE_TEMP_MS);
    const uid = process.getuid?.();
    const removed = [];
    const names = options.names ?? (await (0,promises_.readdir)(dir).catch(() => []));
    for (const name of names) {
        if (!options.match(name))
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        try {
            const s = await (0,promises_.lstat)(path);
            if (s.isSymbolicLink() || (uid !== undefined && s.uid !== uid))
                continue;
            const pid = options.pidOf?.(name);
            if (pid !== undefined && processIsAlive(pid))
                continue;
            const deadHere = pid !== undefined && options.hostOf?.(name) === hostTag();
            if (!deadHere) {
                const newest = s.isDirectory() ? await newestMtimeMs(path, s.mtimeMs) : s.mtimeMs;
                if (newest > cutoff)
                    continue;
            }
            await (0,promises_.rm)(path, { recursive: true, force: true });
            removed.push(path);
        }
        catch {
            // Another sweeper got there first, or it is not ours to remove.
        }
    }
    return removed;
}

;// CONCATENATED MODULE: ../../../../shared/runtime/atomic-write.ts
/**
 * No half-written output, ever, and never a replaced link or device: the one way every output
 * file is written.
 *
 * A regular file (or a new one) is written to a temporary file beside it, flushed, then renamed
 * over it: rename(2) within one directory is atomic on POSIX and replaces the target on Windows
 * too, so a reader sees either the old file or the whole new one. A symbolic link is followed to
 * the file it names and that file is replaced the same way (the link stays a link). A device or a
 * FIFO (`/dev/stdout`, `/dev/full`, a named pipe) is written directly: renaming over it would
 * replace the node itself. What cannot be written safely (a folder, a socket, a link into a folder
 * that does not exist, a loop of links) is refused with a message, and a failed write (ENOSPC,
 * EACCES, a read-only file system) is an InputError that names the path: exit 2, not a stack.
 *
 * A file with other hard links is replaced too, never written in place: the path gets the new
 * content and the other names keep the old one, with a warning. Writing in place would lose the
 * all-or-nothing promise (a kill mid-write tears every name) and would silently change content
 * that tools keep by hard link on purpose: DVC's `cache.type: hardlink` objects, `cp -al` and
 * rsnapshot snapshots. Sharing an output under two names is what a symbolic link is for.
 *
 * The temp file's name carries the writer's pid and host tag, so the next write of the same output
 * removes what a killed writer left (stale-temps.ts): never a live writer's.
 */








/** Linux's own limit on links followed in one lookup (MAXSYMLINKS). */
const MAX_LINKS = 40;
const REASONS = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EFBIG: 'file too large',
    EIO: 'input/output error',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    EEXIST: 'a file is in the way of a folder on the path',
    ENAMETOOLONG: 'the name is too long',
    ENXIO: 'no process is reading the named pipe',
    EPIPE: 'the reader closed the pipe',
};
/** The error a user sees when `given` cannot be written: what, where, and what to do. */
function outputWriteError(given, e) {
    if ((0,errors/* isMlopsError */.s8)(e))
        return e;
    const code = e?.code;
    if (typeof code !== 'string')
        return e instanceof Error ? e : new Error(String(e));
    const reason = REASONS[code] ?? e.message;
    return new errors/* InputError */.dz(`cannot write ${given}: ${reason} (${code})`, {
        hint: code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space or write the output elsewhere' : 'check the path and its permissions, or write the output elsewhere',
        cause: e,
    });
}
async function lstatOptional(path) {
    try {
        return await (0,promises_.lstat)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/**
 * Follows `given` through symbolic links to the file an output should replace, and says what is
 * there. Refuses (InputError) a folder, a socket, a loop of links, and a dangling link whose folder
 * does not exist.
 */
async function resolveOutputTarget(given) {
    let path = (0,external_node_path_.resolve)(given);
    let viaLink = false;
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined) {
            if (viaLink && !(await (0,promises_.stat)((0,external_node_path_.dirname)(path)).then((d) => d.isDirectory(), () => false))) {
                throw new errors/* InputError */.dz(`cannot write ${given}: it is a symbolic link to ${path}, whose folder ${(0,external_node_path_.dirname)(path)} does not exist`, {
                    hint: 'create that folder, point the link at a file in an existing folder, or write the output elsewhere',
                });
            }
            return { given, path, kind: 'missing', viaLink };
        }
        if (s.isSymbolicLink()) {
            if (hops >= MAX_LINKS)
                throw new errors/* InputError */.dz(`cannot write ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a file' });
            viaLink = true;
            path = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), await (0,promises_.readlink)(path));
            continue;
        }
        if (s.isDirectory()) {
            throw new errors/* InputError */.dz(`cannot write ${given}: it is a folder${viaLink ? ` (${path})` : ''}`, {
                hint: 'name a file to write, not a folder',
            });
        }
        if (s.isFile())
            return { given, path, kind: 'file', stats: s, viaLink };
        if (s.isSocket())
            throw new errors/* InputError */.dz(`cannot write ${given}: it is a socket`, { hint: 'name a file, a device or a named pipe' });
        // Character and block devices, FIFOs: written in place, never replaced.
        return { given, path, kind: 'device', stats: s, viaLink };
    }
}
/**
 * The folder an output folder should replace: `given` through its links (the link stays, its
 * folder is replaced). Refuses a file, a device or a socket where the folder should be.
 */
async function resolveOutputFolder(given) {
    let path = resolve(given);
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined || s.isDirectory())
            return path;
        if (!s.isSymbolicLink()) {
            throw new InputError(`cannot write folder ${given}: ${path} is ${s.isFile() ? 'a file' : 'not a folder'}`, {
                hint: 'name a folder (it is replaced whole), or move the file away',
            });
        }
        if (hops >= MAX_LINKS)
            throw new InputError(`cannot write folder ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a folder' });
        path = resolve(dirname(path), await readlink(path));
    }
}
/** What follows `.<name>.` in a temp of output `<name>`: pid, host tag, random part. */
const TEMP_TAIL = /^(\d+)\.([0-9a-f]{8})\.[0-9a-f]{12}\.tmp$/;
/** The same before the host tag (and validate's key files): judged by age and pid only. */
const UNTAGGED_TEMP_TAIL = /^(\d+)\.[0-9a-f]{12}\.tmp$/;
/**
 * A fresh temp path beside `path` for writing it: same folder, so the rename never crosses a file
 * system; dot-prefixed, so globs skip it; named for the output and the writer, so a later write of
 * the same output can tell a dead writer's leftover from a live one's.
 */
function outputTempPath(path) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${hostTag()}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
}
/**
 * Per folder, the names in it that may be output temps, listed once per process: a step writing
 * many outputs into a big folder would otherwise read it whole for each (10,000 entries: about
 * 6 ms of CPU a write). A temp a writer leaves after the listing is the next process's to sweep.
 */
const tempNamesByFolder = new Map();
function tempNamesIn(dir) {
    let names = tempNamesByFolder.get(dir);
    if (names === undefined) {
        names = (0,promises_.readdir)(dir).then((all) => all.filter((n) => n.startsWith('.') && n.endsWith('.tmp')), () => []);
        tempNamesByFolder.set(dir, names);
    }
    return names;
}
/**
 * Removes the temps of output `path` that a killed writer left (its pid gone from this host; one
 * from another host or an older version only when over an hour old). Returns the paths removed.
 */
async function sweepOutputTemps(path) {
    const dir = (0,external_node_path_.dirname)(path);
    const prefix = `.${(0,external_node_path_.basename)(path)}.`;
    const tail = (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : '');
    const match = (name) => TEMP_TAIL.test(tail(name)) || UNTAGGED_TEMP_TAIL.test(tail(name));
    const listed = await tempNamesIn(dir);
    const names = listed.filter(match);
    if (names.length === 0)
        return [];
    const removed = await sweepStaleTemps(dir, {
        names,
        match,
        pidOf: (name) => {
            const m = TEMP_TAIL.exec(tail(name)) ?? UNTAGGED_TEMP_TAIL.exec(tail(name));
            return m ? Number(m[1]) : undefined;
        },
        hostOf: (name) => TEMP_TAIL.exec(tail(name))?.[2],
    });
    const gone = new Set(removed.map((p) => (0,external_node_path_.basename)(p)));
    tempNamesByFolder.set(dir, Promise.resolve(listed.filter((n) => !gone.has(n))));
    return removed;
}
function escapeWorkflowCommand(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Says that replacing `target` left its other hard links with the old content (see the top of this file). */
function warnIfHardLinksKeptOldContent(target) {
    const others = (target.stats?.nlink ?? 1) - 1;
    if (target.kind !== 'file' || others < 1)
        return;
    const names = others === 1 ? '1 other hard link keeps' : `${others} other hard links keep`;
    const message = `${target.given} was replaced and its ${names} the previous content (outputs are never written in place); to share an output under two names, use a symbolic link, which outputs are written through`;
    process.stderr.write(process.env.GITHUB_ACTIONS === 'true' ? `::warning::${escapeWorkflowCommand(message)}\n` : `mlops: warning: ${message}\n`);
}
async function writeInPlace(path, data) {
    const fh = await (0,promises_.open)(path, 'w');
    try {
        await fh.writeFile(data);
    }
    finally {
        await fh.close();
    }
}
async function writeBeside(target, data) {
    const dir = (0,external_node_path_.dirname)(target.path);
    if (!target.viaLink)
        await (0,promises_.mkdir)(dir, { recursive: true });
    await sweepOutputTemps(target.path);
    const tmp = outputTempPath(target.path);
    const release = (0,signal_cleanup/* removeOnInterrupt */.vY)(tmp);
    try {
        const fh = await (0,promises_.open)(tmp, 'wx');
        try {
            await fh.writeFile(data);
            // A replaced file keeps its permissions (a rename would otherwise reset them to the umask's).
            if (target.stats)
                await fh.chmod(target.stats.mode & 0o7777);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,promises_.rename)(tmp, target.path);
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { force: true });
        throw e;
    }
    finally {
        release();
    }
    warnIfHardLinksKeptOldContent(target);
}
async function writeFileAtomic(path, data) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device')
            await writeInPlace(target.path, data);
        else
            await writeBeside(target, data);
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
}
/**
 * Puts a finished temp file (written by a streaming writer) at output `path` the same way
 * writeFileAtomic does: renamed over the file links lead to (copied beside it first when that is on
 * another folder or file system), copied into a device or FIFO in place. The temp file is gone after.
 */
async function commitTempFile(tmp, path) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device') {
            await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(tmp), (0,external_node_fs_.createWriteStream)(target.path, { flags: 'w' }));
        }
        else if ((0,external_node_path_.dirname)(target.path) === (0,external_node_path_.dirname)((0,external_node_path_.resolve)(tmp))) {
            await sweepOutputTemps(target.path);
            if (target.stats)
                await (0,promises_.chmod)(tmp, target.stats.mode & 0o7777);
            await (0,promises_.rename)(tmp, target.path);
            warnIfHardLinksKeptOldContent(target);
        }
        else {
            // The temp was made beside the link: sweep a killed writer's leftovers there too.
            if (target.viaLink)
                await sweepOutputTemps((0,external_node_path_.resolve)(path));
            await writeBeside(target, await (0,promises_.readFile)(tmp));
        }
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
    finally {
        await (0,promises_.rm)(tmp, { force: true });
    }
}
/** JSON with two-space indentation and a trailing newline (stable, diff-friendly). */
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}


/***/ }),

/***/ 2881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 2946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vY: () => (/* binding */ removeOnInterrupt)
/* harmony export */ });
/* unused harmony exports removeMatchingOnInterrupt, trackedTempCount */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Temp paths removed when the process is interrupted. A step registers what it is building
 * (a publish's work folder, a cache entry being saved, an atomic write's temp file) and releases it
 * when done; on SIGINT, SIGTERM or SIGHUP the registered paths are removed synchronously and the
 * signal is raised again, so the exit status stays the shell's 130/143/129.
 *
 * Handlers are installed only while something is registered: with nothing to clean, Node's
 * default signal behaviour is untouched. When another part of the program also listens for the
 * signal (train forwards it to its child and waits), that listener decides how to exit; we only
 * clean. SIGKILL cannot be caught: stale-temps.ts sweeps what it leaves on the next start.
 */


const tracked = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;
/**
 * A write still in flight on libuv's threads (an archive being written into the folder) can add an
 * entry after rmSync listed the folder, which then fails with ENOTEMPTY: retried twice, 5 ms apart.
 */
const REMOVE = { recursive: true, force: true, maxRetries: 2, retryDelay: 5 };
function removeTracked() {
    for (const t of tracked) {
        try {
            if ('path' in t)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(t.path, REMOVE);
            else
                for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(t.dir))
                    if (t.match(name))
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(t.dir, name), REMOVE);
        }
        catch {
            // Best effort: a path we cannot remove now is swept by the next run.
        }
    }
    tracked.clear();
}
function onSignal(signal) {
    removeTracked();
    if (process.listenerCount(signal) > 1)
        return;
    uninstall();
    process.kill(process.pid, signal);
}
function install() {
    if (installed)
        return;
    installed = true;
    for (const s of SIGNALS)
        process.on(s, onSignal);
    process.on('exit', removeTracked);
}
function uninstall() {
    if (!installed)
        return;
    installed = false;
    for (const s of SIGNALS)
        process.off(s, onSignal);
    process.off('exit', removeTracked);
}
function track(t) {
    tracked.add(t);
    install();
    return () => {
        tracked.delete(t);
        if (tracked.size === 0)
            uninstall();
    };
}
/** Removes `path` (file or folder) if the process is interrupted before the returned release is called. */
function removeOnInterrupt(path) {
    return track({ path });
}
/** Removes the entries of `dir` that `match` selects if the process is interrupted before release. */
function removeMatchingOnInterrupt(dir, match) {
    return track({ dir, match });
}
/** How many paths are registered (tests check that steps release what they register). */
function trackedTempCount() {
    return tracked.size;
}


/***/ })

};
