export const id = 622;
export const ids = [622];
export const modules = {

/***/ 7622:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BS: () => (/* binding */ loadParamsFile),
  r9: () => (/* binding */ mergeParams),
  parseParamsText: () => (/* binding */ parseParamsText)
});

// UNUSED EXPORTS: paramsFromAssignments, parseParamsJson

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
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
        const lines = new LineCounter();
        // logLevel error: the yaml package's warnings (a mapping used as a key) go to stderr past our one message.
        const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
        if (doc.errors.length > 0) {
            const err = doc.errors[0];
            const { line, col } = lines.linePos(err.pos[0]);
            const first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            throw error(`invalid YAML: ${shortened(first, 200)}`, { location: { file, line, column: col }, hint: 'check indentation and quoting near this position' });
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
        const found = findKeyPath(this.data, yaml_source_RESERVED_KEY, []);
        if (found === undefined)
            return;
        throw error(`"${yaml_source_RESERVED_KEY}" cannot be a name here (JavaScript reserves it for an object's prototype)`, {
            location: this.location(found.slice(0, -1), yaml_source_RESERVED_KEY),
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
const yaml_source_RESERVED_KEY = '__proto__';
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
    if (isMap(node)) {
        for (const item of node.items) {
            if (!isPair(item))
                continue;
            const k = isScalar(item.key) ? item.key.value : item.key;
            if (String(k) === String(seg))
                return { key: item.key, value: item.value };
        }
        return undefined;
    }
    if (isSeq(node) && typeof seg === 'number') {
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
        if (t instanceof z.ZodObject)
            for (const k of Object.keys(t.shape))
                keys.add(k);
    return [...keys];
}
function descend(schema, path, data, i) {
    const s = unwrap(schema);
    if (s instanceof z.ZodUnion) {
        const value = valueAt(data, path.slice(0, i));
        const isObj = value !== null && typeof value === 'object' && !Array.isArray(value);
        return s.options.flatMap((o) => {
            const u = unwrap(o);
            if (isObj ? u instanceof z.ZodObject || u instanceof z.ZodRecord : !(u instanceof z.ZodObject))
                return descend(u, path, data, i);
            return [];
        });
    }
    if (i === path.length)
        return [s];
    const seg = path[i];
    if (s instanceof z.ZodObject) {
        const child = s.shape[String(seg)];
        return child ? descend(child, path, data, i + 1) : [];
    }
    if (s instanceof z.ZodRecord)
        return descend(s.valueType, path, data, i + 1);
    if (s instanceof z.ZodArray)
        return descend(s.element, path, data, i + 1);
    return [];
}
function unwrap(s) {
    let cur = s;
    while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault)
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
    const where = formatKeyPath(path);
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
                    what: `unknown key "${shortened(key, 60)}"${path.length ? ` in ${where}` : ''}`,
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
const MAX_YAML_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
class TooLargeError extends (/* unused pure expression or super */ null && (Error)) {
}
/** The file's text, refusing more than `limit` bytes (a device like /dev/zero never ends). */
async function readBounded(file, limit) {
    const handle = await open(file, 'r');
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
;// CONCATENATED MODULE: ../../../../shared/model/train/params.ts
/**
 * Training parameters: a params file (YAML or JSON), then the `params` input (YAML/JSON text), then
 * `--set key.path=value` on the command line, each merged over the one before. Mappings merge key
 * by key at every depth; any other value (a list, a number) replaces what was there, as in Hydra
 * and DVC's `params.yaml` overrides.
 */




function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Parses YAML or JSON text (JSON is YAML 1.2) into a mapping. `source` names the file or input in
 * messages; a syntax error or a non-mapping top level is an InputError at its line and column.
 */
function parseParamsText(text, source) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const where = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file: source, line, column: col };
    };
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new errors/* InputError */.dz(`invalid params (YAML/JSON): ${first}`, { location: where(err.pos[0]), hint: 'check indentation, quoting and brackets near this position' });
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        // The yaml library's guard against alias bombs (a billion laughs): bad input, not our bug.
        throw new errors/* InputError */.dz(`invalid params (YAML): ${e.message}`, { location: { file: source }, hint: 'expand the aliases (*name) by hand: at most 100 are followed' });
    }
    if (value === null || value === undefined)
        return {};
    refuseReservedKey(value, source);
    if (!isPlainObject(value)) {
        throw new errors/* InputError */.dz(`params must be a mapping of names to values, got ${Array.isArray(value) ? 'a list' : typeof value}`, {
            location: where(doc.contents?.range?.[0] ?? 0),
            hint: 'write e.g. "lr: 0.01" or {"lr": 0.01}',
        });
    }
    return value;
}
async function loadParamsFile(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* InputError */.dz(`cannot read params file: ${code === 'ENOENT' ? 'no such file' : e.message}`, {
            location: { file: path },
            hint: 'check the path (relative to the working directory)',
        });
    }
    return /\.json$/i.test(path) ? parseParamsJson(text, path) : parseParamsText(text, path);
}
/** Line and column (1-based) of a character offset. */
function lineColumn(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: before.at(-1).length + 1 };
}
/**
 * A .json params file is read as JSON, not YAML: JSON.parse points at the token that is wrong
 * (where a comma is missing), where a YAML reader would point at the line before.
 */
function parseParamsJson(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        const msg = e.message;
        const pos = /at position (\d+)/.exec(msg);
        const where = pos ? lineColumn(text, Number(pos[1])) : undefined;
        throw new errors/* InputError */.dz(`invalid params (JSON): ${msg.replace(/ in JSON at position \d+.*$/, '')}`, {
            location: { file: source, ...where },
            hint: 'check commas, quotes and brackets near this position',
        });
    }
    if (value === null)
        return {};
    refuseReservedKey(value, source);
    if (!isPlainObject(value)) {
        throw new errors/* InputError */.dz(`params must be a JSON object of names to values, got ${Array.isArray(value) ? 'an array' : typeof value}`, {
            location: { file: source, line: 1, column: 1 },
            hint: 'write e.g. {"lr": 0.01}',
        });
    }
    return value;
}
/** `over` merged into `base`: mappings key by key at every depth, anything else replaced. */
function mergeParams(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
        const prev = out[k];
        out[k] = isPlainObject(prev) && isPlainObject(v) ? mergeParams(prev, v) : v;
    }
    return out;
}
/**
 * `key.path=value` assignments (the CLI's `--set`) as a params mapping. The value is read as a YAML
 * flow value, so `lr=0.01` is a number, `layers=[64,32]` a list and `name=resnet` a string; quote
 * to force a string (`tag='0.10'`).
 */
function paramsFromAssignments(assignments) {
    let out = {};
    for (const a of assignments) {
        const eq = a.indexOf('=');
        const key = eq > 0 ? a.slice(0, eq) : '';
        const path = key.split('.');
        if (eq <= 0 || path.some((p) => p === '')) {
            throw new UsageError(`--set expects key=value with a dotted key (got ${JSON.stringify(a)})`, { hint: 'e.g. --set optimizer.lr=0.01' });
        }
        if (path.includes(RESERVED_KEY))
            throw new UsageError(`--set ${key}: "${RESERVED_KEY}" cannot be a params name (JavaScript reserves it for an object's prototype)`, { hint: 'rename the parameter' });
        const raw = a.slice(eq + 1);
        let value;
        try {
            value = raw === '' ? '' : parseParamsValue(raw);
        }
        catch (e) {
            throw new UsageError(`--set ${key}: ${e.message}`, { hint: "quote the value to pass it as a string: --set key='...'" });
        }
        let nested = value;
        for (const p of [...path].reverse())
            nested = { [p]: nested };
        out = mergeParams(out, nested);
    }
    return out;
}
function parseParamsValue(raw) {
    const doc = parseDocument(raw, { prettyErrors: false });
    if (doc.errors.length > 0)
        throw new Error(`invalid value ${JSON.stringify(raw)}: ${doc.errors[0].message.split('\n')[0]}`);
    return doc.toJS({ maxAliasCount: 0 });
}
/**
 * Params travel as plain objects (merged, hashed into the run cache key, written as JSON for the
 * training command), where an assignment to `__proto__` would silently drop the key: refuse it.
 */
function refuseReservedKey(value, source, path = []) {
    if (value === null || typeof value !== 'object')
        return;
    for (const [k, v] of Object.entries(value)) {
        if (k === yaml_source_RESERVED_KEY) {
            throw new errors/* InputError */.dz(`"${yaml_source_RESERVED_KEY}" cannot be a params name (JavaScript reserves it for an object's prototype)`, { location: { file: source }, hint: `rename ${[...path, k].join('.')}` });
        }
        refuseReservedKey(v, source, [...path, k]);
    }
}


/***/ })

};
