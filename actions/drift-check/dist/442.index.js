export const id = 442;
export const ids = [442];
export const modules = {

/***/ 7442:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_NESTING: () => (/* binding */ MAX_NESTING),
  importJsonYamlMetrics: () => (/* binding */ importJsonYamlMetrics),
  metricsDocumentFormat: () => (/* binding */ metricsDocumentFormat),
  metricsFromDocument: () => (/* binding */ metricsFromDocument),
  parseJson: () => (/* binding */ parseJson),
  parseMetricsDocument: () => (/* binding */ parseMetricsDocument)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/runtime/message-text.ts
var message_text = __webpack_require__(1042);
;// CONCATENATED MODULE: ../../../../shared/model/import/flatten.ts
/**
 * Nested metric documents flattened to `a.b.c` keys, with DVC's semantics.
 *
 * DVC (`dvc/repo/metrics/show.py: _extract_metrics`) keeps a leaf only when it is a number (Python
 * `int`/`float`, which includes `bool`) or, recursively, a non-empty dict; lists, nulls and (for
 * diffs) strings are dropped with a debug log. It then flattens with `flatten_dict(reducer="dot")`,
 * which raises on a duplicated key. We do the same, with these choices for a `Record<string, number>`:
 *
 * - finite numbers are kept; `NaN`/`Infinity` (Python's json writes them) are skipped as "not finite";
 * - booleans become 1/0, as Python's `bool` is an `int` and DVC diffs them as numbers;
 * - strings (even numeric-looking ones), nulls, arrays and empty objects are skipped;
 * - a key reached twice (`{"a.b": 1, "a": {"b": 2}}`) is an error the caller reports.
 *
 * Every skipped leaf is returned with its reason so the caller can say what was not imported.
 */
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}
/** Flattens `value` (normally an object) into dotted keys below `prefix`. */
function flattenMetrics(value, prefix = '') {
    const out = { metrics: Object.create(null), skipped: [], duplicates: [] };
    walk(value, prefix, out);
    // A plain object for callers (and for toEqual in tests).
    out.metrics = { ...out.metrics };
    return out;
}
function put(out, key, v) {
    if (Object.prototype.hasOwnProperty.call(out.metrics, key))
        out.duplicates.push(key);
    out.metrics[key] = v;
}
/** Deeper than this is not a metrics document (and a recursive walk must stay off the stack's end). */
const MAX_DEPTH = 256;
function walk(value, key, out, depth = 0) {
    if (depth > MAX_DEPTH) {
        out.skipped.push({ key: key.length > 80 ? `${key.slice(0, 80)}…` : key, reason: `nested deeper than ${MAX_DEPTH} levels` });
        return;
    }
    if (typeof value === 'number') {
        if (Number.isFinite(value))
            put(out, key, value);
        else
            out.skipped.push({ key, reason: `not finite (${value})` });
        return;
    }
    if (typeof value === 'bigint') {
        put(out, key, Number(value));
        return;
    }
    if (typeof value === 'boolean') {
        put(out, key, value ? 1 : 0);
        return;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
        const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
        if (entries.length === 0) {
            out.skipped.push({ key, reason: 'an empty mapping' });
            return;
        }
        for (const [k, v] of entries)
            walk(v, key === '' ? String(k) : `${key}.${String(k)}`, out, depth + 1);
        return;
    }
    out.skipped.push({ key, reason: `${describe(value)}, not a number` });
}

;// CONCATENATED MODULE: ../../../../shared/model/import/json-yaml.ts
/**
 * JSON or YAML metrics files (DVC `metrics.json`, DVCLive `eval/live/metrics.json`, any nested
 * mapping of names to numbers) → flat `Record<string, number>` (see `flatten.ts` for the rules).
 *
 * JSON is read with a small strict parser rather than `JSON.parse` for two reasons:
 * - Python's `json.dump` writes `NaN`, `Infinity` and `-Infinity` (DVC reads them back with
 *   `json.load`); we accept those tokens like Python does, then skip them as non-finite;
 * - every syntax error is reported with its 1-based line and column, which `JSON.parse` does not
 *   give on Node 20 for most errors.
 */






/** `.json` → json; `.yaml`/`.yml` → yaml; anything else → yaml (DVC's default loader). */
function metricsDocumentFormat(file) {
    return external_node_path_default().extname(file).toLowerCase() === '.json' ? 'json' : 'yaml';
}
/** Reads and flattens one JSON/YAML metrics file. Throws InputError when it has no numeric metric. */
async function importJsonYamlMetrics(file, format = metricsDocumentFormat(file)) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(`cannot read metrics file: ${e.message}`, { location: { file }, cause: e });
    }
    const doc = parseMetricsDocument(text, file, format);
    return { ...metricsFromDocument(doc, file), format };
}
/** Flattens an already parsed document; shared with the DVC importer. */
function metricsFromDocument(doc, file) {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
        const what = doc === null ? 'null' : Array.isArray(doc) ? 'a list' : `a single ${typeof doc}`;
        throw new errors/* InputError */.dz(`expected a mapping of metric names to numbers, found ${what}`, {
            location: { file },
            hint: 'write metrics as an object such as {"test": {"roc_auc": 0.93}}',
        });
    }
    const flat = flattenMetrics(doc);
    if (flat.duplicates.length > 0) {
        throw new errors/* InputError */.dz(`metric "${(0,message_text/* shortened */.v)(flat.duplicates[0])}" appears twice once nested keys are joined with dots`, {
            location: { file },
            hint: 'rename the key that contains a dot or the nested one, as DVC rejects the same file',
        });
    }
    if (Object.keys(flat.metrics).length === 0) {
        const skipped = (0,message_text/* shortList */.p)(flat.skipped.map((s) => `${(0,message_text/* shortened */.v)(s.key)}: ${s.reason}`), 5, '; ');
        throw new errors/* InputError */.dz(`no numeric metrics found${skipped ? ` (skipped ${skipped})` : ''}`, {
            location: { file },
            hint: 'metrics must be numbers (or booleans); strings, lists and nulls are ignored as DVC does',
        });
    }
    return { metrics: flat.metrics, skipped: flat.skipped };
}
/** Parses JSON or YAML text; syntax errors become InputErrors with line and column. */
function parseMetricsDocument(text, file, format) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === '') {
        throw new errors/* InputError */.dz('the metrics file is empty', {
            location: { file },
            hint: 'the tool that writes it may have failed before writing; re-run it',
        });
    }
    if (format === 'json')
        return parseJson(text, file);
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: true, uniqueKeys: false, logLevel: 'error' });
    const err = doc.errors[0];
    if (err) {
        const pos = err.linePos?.[0];
        throw new errors/* InputError */.dz(`invalid YAML: ${(0,message_text/* shortened */.v)(err.message.split('\n')[0], 200)}`, {
            location: { file, line: pos?.line, column: pos?.col },
            hint: 'fix the YAML syntax at that place',
        });
    }
    try {
        return doc.toJS({ maxAliasCount: 1000 });
    }
    catch (e) {
        // The yaml package refuses aliases that expand too often (a "billion laughs" file) with a
        // ReferenceError; nesting beyond the stack is a RangeError.
        if (e instanceof ReferenceError || e instanceof RangeError) {
            throw new errors/* InputError */.dz(e instanceof ReferenceError ? 'the YAML expands its aliases (*name) too many times' : 'the YAML nests too deeply', {
                location: { file },
                hint: 'write the metrics out as a plain mapping',
                cause: e,
            });
        }
        throw e;
    }
}
/** How deep metrics documents may nest (DVC's and DVCLive's are 2 or 3 levels). */
const MAX_NESTING = 256;
/** 1-based line and column of a character offset. */
function lineColumn(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            start = i + 1;
        }
    }
    return { line, column: offset - start + 1 };
}
/** Strict JSON (RFC 8259) plus Python's NaN / Infinity / -Infinity. Duplicate keys: last wins, like Python. */
function parseJson(text, file) {
    let i = 0;
    const fail = (what, at = i, hint = 'fix the JSON syntax at that place (a truncated file usually means the writer was interrupted)') => {
        const { line, column } = lineColumn(text, at);
        const found = at >= text.length ? 'end of file' : JSON.stringify(text[at]);
        throw new errors/* InputError */.dz(`invalid JSON: ${what}, found ${found}`, {
            location: { file, line, column },
            hint,
        });
    };
    const ws = () => {
        while (i < text.length) {
            const c = text.charCodeAt(i);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                i++;
            else
                break;
        }
    };
    const literal = (word, value) => {
        if (text.startsWith(word, i)) {
            i += word.length;
            return value;
        }
        return fail('expected a value');
    };
    const str = () => {
        const start = i;
        i++; // opening quote
        let out = '';
        while (true) {
            if (i >= text.length)
                return fail('unterminated string', start);
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return out;
            }
            if (c < 0x20)
                return fail('control character in a string');
            if (c === 0x5c) {
                const e = text[i + 1];
                const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                if (e !== undefined && e in simple) {
                    out += simple[e];
                    i += 2;
                }
                else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                    out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
                    i += 6;
                }
                else {
                    return fail('invalid escape in a string', i + 1);
                }
            }
            else {
                out += text[i];
                i++;
            }
        }
    };
    const num = () => {
        const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
        if (!m)
            return fail('expected a value');
        i += m[0].length;
        return Number(m[0]);
    };
    let depth = 0;
    const value = () => {
        ws();
        const c = text[i];
        // Bounded nesting: a recursive parser must not meet the stack's end on hostile input.
        if ((c === '{' || c === '[') && depth >= MAX_NESTING)
            return fail(`nested deeper than ${MAX_NESTING} levels`, i, 'metrics documents nest a few levels; this is not one');
        if (c === '{' || c === '[')
            depth++;
        try {
            return container(c);
        }
        finally {
            if (c === '{' || c === '[')
                depth--;
        }
    };
    const container = (c) => {
        if (c === '{') {
            i++;
            const obj = {};
            ws();
            if (text[i] === '}') {
                i++;
                return obj;
            }
            while (true) {
                ws();
                if (text[i] !== '"')
                    return fail('expected a property name in double quotes');
                const key = str();
                ws();
                if (text[i] !== ':')
                    return fail("expected ':' after a property name");
                i++;
                Object.defineProperty(obj, key, { value: value(), enumerable: true, writable: true, configurable: true });
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return obj;
                }
                return fail("expected ',' or '}'");
            }
        }
        if (c === '[') {
            i++;
            const arr = [];
            ws();
            if (text[i] === ']') {
                i++;
                return arr;
            }
            while (true) {
                arr.push(value());
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return arr;
                }
                return fail("expected ',' or ']'");
            }
        }
        if (c === '"')
            return str();
        if (c === 't')
            return literal('true', true);
        if (c === 'f')
            return literal('false', false);
        if (c === 'n')
            return literal('null', null);
        if (c === 'N')
            return literal('NaN', NaN);
        if (c === 'I')
            return literal('Infinity', Infinity);
        if (c === '-' && text[i + 1] === 'I') {
            i++;
            return -literal('Infinity', Infinity);
        }
        return num();
    };
    const result = value();
    ws();
    if (i < text.length)
        fail('unexpected text after the JSON value');
    return result;
}


/***/ })

};
