export const id = 1576;
export const ids = [1576];
export const modules = {

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


/***/ })

};
