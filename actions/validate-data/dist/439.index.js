export const id = 439;
export const ids = [439];
export const modules = {

/***/ 6439:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONTRACT_VERSION: () => (/* binding */ CONTRACT_VERSION),
  closestMatch: () => (/* reexport */ closestMatch),
  columnContractSchema: () => (/* binding */ columnContractSchema),
  contractSchema: () => (/* binding */ contractSchema),
  contractValueKey: () => (/* reexport */ contract_rules/* contractValueKey */.Hk),
  formatContractPath: () => (/* reexport */ contract_rules/* formatContractPath */.vq),
  loadContract: () => (/* binding */ loadContract),
  normalizeCompoundUnique: () => (/* reexport */ contract_rules/* normalizeCompoundUnique */.oq),
  normalizeRule: () => (/* reexport */ contract_rules/* normalizeRule */.YE),
  parseContract: () => (/* binding */ parseContract),
  parseContractTime: () => (/* reexport */ contract_rules/* parseContractTime */.HM),
  tableContractSchema: () => (/* binding */ tableContractSchema),
  valueKey: () => (/* reexport */ contract_rules/* valueKey */.zV)
});

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
    return parseYamlText(text, file, schema, options);
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


/***/ })

};
