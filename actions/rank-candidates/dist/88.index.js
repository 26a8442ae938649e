export const id = 88;
export const ids = [88];
export const modules = {

/***/ 3088:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HS: () => (/* reexport */ defaultDirection),
  am: () => (/* binding */ gateRulesOf),
  parseModelRulesText: () => (/* binding */ parseModelRulesText)
});

// UNUSED EXPORTS: CONFIG_FILE, CONFIG_VERSION, DEFAULT_ALIASES, declaredAliases, fairnessRuleSchema, fairnessRulesSchema, loadConfig, loadDeclaredAliases, loadModelRules, metricRuleSchema, mlopsConfigSchema, modelConfigOf, modelConfigSchema, parseConfig, parseModelConfig, promoteSchema, releaseModelSchema, releaseSchema, significanceSchema, sliceRuleSchema

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2213);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/model/metrics/index.ts + 5 modules
var metrics = __webpack_require__(2010);
// EXTERNAL MODULE: ../../../../shared/model/fairness-rates.ts
var fairness_rates = __webpack_require__(7131);
;// CONCATENATED MODULE: ../../../../shared/config/metric-direction.ts
/**
 * Which way is better for a metric nobody configured a direction for. Compare gates and charts by
 * it; a name it does not know needs `direction:` in the rule (compare will not guess `loss_v2`).
 *
 * Known: the metric registry's names (`roc_auc`), the names other tools log for the same metrics
 * (below, each with the tool that writes it), any of those with a dataset part split off by `.`,
 * `/` or `:` (`roc_auc.test`, `test/log_loss`: DVC, TensorBoard and MLflow), or after a split
 * prefix joined by `_` (`val_loss`, `eval_loss`, `training_roc_auc`: Keras, Hugging Face's
 * Trainer, MLflow autolog), in any letter case (`RMSE`).
 */

/** Names other tools give our metrics (or metrics whose direction is as plain). */
const METRIC_ALIASES = new Map([
    // ROC AUC: Keras' AUC metric, XGBoost's and LightGBM's `auc`.
    ['auc', 'higher'],
    // Average precision: DVC's example-get-started (`avg_prec`), XGBoost's `aucpr`.
    ['avg_prec', 'higher'],
    ['aucpr', 'higher'],
    ['pr_auc', 'higher'],
    // The training objective: Keras, PyTorch Lightning, Hugging Face (`loss`); XGBoost, LightGBM.
    ['loss', 'lower'],
    ['logloss', 'lower'],
    ['binary_logloss', 'lower'],
    ['multi_logloss', 'lower'],
    // Regression errors under scikit-learn's and Keras' long names (MLflow autolog logs these).
    ['mean_absolute_error', 'lower'],
    ['mean_squared_error', 'lower'],
    ['root_mean_squared_error', 'lower'],
    ['r2_score', 'higher'],
    // MLflow autolog's classifier names.
    ['accuracy_score', 'higher'],
    ['f1_score', 'higher'],
    ['precision_score', 'higher'],
    ['recall_score', 'higher'],
    ['roc_auc_score', 'higher'],
]);
const KNOWN = new Map([...Object.values(metrics/* METRICS */.Cb).map((m) => [m.name, m.direction]), ...METRIC_ALIASES]);
/** A split's name before `_` (Keras `val_`, Hugging Face `eval_`, MLflow `training_`, TensorBoard `epoch_`). */
const SPLIT_PREFIX = /^(?:train|training|val|valid|validation|test|eval|epoch)_/;
function known(part) {
    const p = part.toLowerCase();
    return KNOWN.get(p) ?? KNOWN.get(p.replace(SPLIT_PREFIX, ''));
}
/** The direction for a standard or aliased metric name; undefined when it is not known (or the parts disagree). */
function defaultDirection(name) {
    const exact = known(name);
    if (exact)
        return exact;
    const hits = new Set(name.split(/[./:]/).map(known).filter((d) => d !== undefined));
    return hits.size === 1 ? [...hits][0] : undefined;
}

// EXTERNAL MODULE: ../../../../shared/formats/drift-format.ts
var drift_format = __webpack_require__(5830);
// EXTERNAL MODULE: ../../../../shared/formats/drift-text.ts
var drift_text = __webpack_require__(3874);
;// CONCATENATED MODULE: ../../../../shared/drift/column-alarm.ts
/**
 * Column alarms: a column that moved so far that one column alone is worth a person's attention,
 * whatever the dataset-drift share says. Evidently's share rule (drifted / tested >= 0.5) stays the
 * default decision; on a wide table it stays "ok" while three columns sit at KS p = 1e-19. An alarm
 * is a drifted column with
 *
 * - a p-value test (ks, chisquare, z): p < `p_value` (default 1e-6). With no drift, p is uniform,
 *   so one column passes the floor once in a million checks: 31 columns checked daily, once in ~88
 *   years;
 * - a distance (wasserstein, jensenshannon, psi): statistic >= `distance_ratio` × the column's
 *   threshold (default 3, so 0.3 for the 0.1 defaults). Measured on real data (random 1096/365
 *   splits of Seattle's 2012-2015 weather, the example project's shape, 500 each, SciPy): the largest
 *   no-drift values were normed Wasserstein 0.234 (precipitation), PSI 0.230 (wind), Jensen-Shannon
 *   0.103 (weather), so 2× (0.2) is crossed by noise and 3× is the smallest whole factor no split
 *   reached. Seattle 2015 against 2012-2014 peaks at 1.8× (temp_max); New York against Seattle
 *   alarms on temp_max (4.8×), temp_min (8.8×) and wind (10.9×). PSI 0.3 is also past the 0.25
 *   that practitioners read as a major shift.
 *
 * Pure: column results in, alarms out. The sentences here are the ones the PR body, the job
 * summary, the action's warning annotations and the CLI's stderr show.
 */


const DEFAULT_ALARM_RULES = { p_value: 1e-6, distance_ratio: 3 };
/** What decides the step: Evidently's dataset share only, or also any column alarm. */
const FAIL_ON = ['dataset', 'column'];
/** The alarm of one column, or null: only a drifted column can alarm. */
function columnAlarm(c, rules = DEFAULT_ALARM_RULES) {
    if (!c.drifted)
        return null;
    let rule;
    let limit;
    if (P_VALUE_TESTS.has(c.test)) {
        if (c.p_value === null || !(c.p_value < rules.p_value))
            return null;
        rule = 'p_value';
        limit = rules.p_value;
    }
    else {
        // 3 × 0.1 is 0.30000000000000004 in binary: the limit is kept to 12 digits (0.3), and a PSI of
        // 0.3 is 3× its 0.1, so the comparison has a relative hair of slack.
        limit = Number((rules.distance_ratio * c.threshold).toPrecision(12));
        if (!(c.statistic >= limit * (1 - 1e-12)))
            return null;
        rule = 'distance';
    }
    const alarm = { column: c.column, test: c.test, statistic: c.statistic, p_value: c.p_value, threshold: c.threshold, rule, limit };
    return { ...alarm, message: `${describeColumnDrift(c)}: ${alarmReason(alarm)}` };
}
/**
 * The alarms of a check, strongest first by the PR body's drift score (threshold ÷ p-value, or
 * distance ÷ threshold: how many times past the column's own threshold), then by name.
 */
function columnAlarms(columns, rules = DEFAULT_ALARM_RULES) {
    const strength = (a) => a.p_value !== null ? (a.p_value > 0 ? a.threshold / a.p_value : Number.MAX_VALUE) : a.threshold > 0 ? a.statistic / a.threshold : Number.MAX_VALUE;
    return columns
        .map((c) => columnAlarm(c, rules))
        .filter((a) => a !== null)
        .sort((a, b) => strength(b) - strength(a) || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
}

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

;// CONCATENATED MODULE: ../../../../shared/runtime/message-text.ts
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

;// CONCATENATED MODULE: ../../../../shared/runtime/key-path.ts
/**
 * How a message names a place in a YAML or JSON document: `columns.age.min`, `table.unique[0]`,
 * `models["my model"].slices`.
 *
 * A module of its own, not part of yaml-source.ts, because the validate-data shard worker names
 * contract keys in its findings and must not load the yaml package (or zod) with yaml-source: the
 * worker gets the contract already parsed (issue 18).
 */

/** `columns.age.min`, `table.unique[0]`, `models["my model"].slices`. */
function key_path_formatKeyPath(path) {
    let s = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            s += `[${seg}]`;
        else {
            // Keys are the user's text: cut, so a message stays one readable line.
            const k = shortened(String(seg), 60);
            if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k))
                s += s === '' ? k : `.${k}`;
            else
                s += `[${JSON.stringify(k)}]`;
        }
    }
    return s === '' ? '(top level)' : s;
}

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
    const where = key_path_formatKeyPath(path);
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
async function yaml_source_loadYamlFile(file, schema, options) {
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

;// CONCATENATED MODULE: ../../../../shared/drift/sources/source-config.ts
/**
 * Where drift-check reads the current production data and metrics from: `drift.models.<model>.sources`
 * in mlops.yaml (a list), and the same list as the action's / CLI's `sources` input (YAML or JSON).
 * Each entry is one of four kinds, chosen by its key; entries combine (data rows from every entry
 * are pooled, metrics are collected from every entry):
 *
 *   sources:
 *     - files: ["prod/2025-*.csv.gz", prod/extra.parquet]   # globs; CSV/TSV/JSONL (.gz too), Parquet
 *     - name: prediction log API
 *       http:
 *         url: https://ml.example.com/api/predictions?days=7
 *         secret_env: PROD_API_TOKEN      # the env var holding the token; sent only in the header
 *         scheme: Bearer                  # header value "Bearer <token>"
 *         rows: /data                     # JSON pointer to the rows
 *         metrics: { accuracy: /summary/accuracy }
 *     - prometheus:
 *         url: http://prometheus.monitoring:9090
 *         range: { start: -7d, end: now, step: 1h }
 *         metrics:                         # instant queries (at range.end): one number each
 *           accuracy: avg_over_time(model_accuracy{model="weather"}[$__range])
 *         columns:                         # range queries: one value per step, a numeric column
 *           latency_p95: histogram_quantile(0.95, sum by (le) (rate(request_duration_seconds_bucket[5m])))
 *     - metrics_file:                       # a JSON, YAML or CSV file a batch job wrote (newest match of a glob)
 *         path: "reports/metrics-*.json"
 *         metrics: { accuracy: summary.accuracy }   # name -> the metric as evaluate --import names it
 *
 * One strict mapping with one key per kind (rather than a union of three mappings), so a misspelt
 * key gets "did you mean" against every key and a missing kind says which keys are possible.
 * docs/drift.md ("Sources") is the user's reference; keep it in step with this file.
 */



/** Prometheus duration: one or more `<int><unit>` parts, units ms, s, m, h, d, w, y ("1h30m"). */
const DURATION_PATTERN = /^(?:\d+(?:ms|s|m|h|d|w|y))+$/;
/** A time: `now`, `now` minus a duration (`-7d`, `now-7d`), or ISO 8601 (no offset = UTC). */
const TIME_PATTERN = /^(?:now|(?:now)?-(?:\d+(?:ms|s|m|h|d|w|y))+|\d{4}-\d{2}-\d{2}(?:[T ].+)?)$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** RFC 6901: empty (the whole document) or "/" followed by reference tokens. */
const JSON_POINTER = /^(?:\/(?:[^~]|~[01])*)*$/;
const httpUrl = (what) => schemas/* string */.YjP()
    .min(1)
    .refine((u) => /^https?:\/\/[^\s]+$/i.test(u) && URL.canParse(u), { message: 'must be an http:// or https:// URL' })
    .describe(what);
const timeSpec = (what) => schemas/* string */.YjP().regex(TIME_PATTERN, { message: 'must be now, a duration ago (-7d, -12h) or an ISO 8601 time' }).describe(what);
const duration = (what) => schemas/* string */.YjP().regex(DURATION_PATTERN, { message: 'must be a duration like 30s, 5m, 1h, 1d or 1h30m' }).describe(what);
const pointer = (what) => schemas/* string */.YjP().regex(JSON_POINTER, { message: 'must be a JSON pointer (RFC 6901) like /data or /metrics/accuracy, or "" for the whole response' }).describe(what);
/** The auth of an HTTP or Prometheus source: a header whose value comes from an environment variable. */
const authShape = {
    header: schemas/* string */.YjP()
        .regex(HEADER_NAME, { message: 'must be an HTTP header name like Authorization or X-Api-Key' })
        .describe('Header that carries the secret; default Authorization (needs secret_env)'),
    secret_env: schemas/* string */.YjP()
        .regex(ENV_NAME, { message: 'must be an environment variable name like PROD_API_TOKEN' })
        .describe('Environment variable holding the header value (pass a secret in with env:); never logged'),
    scheme: schemas/* string */.YjP()
        .regex(/^[A-Za-z][A-Za-z0-9._~+/-]*$/, { message: 'must be one word like Bearer or Token' })
        .describe('Put before the secret with a space: "Bearer" sends "Authorization: Bearer <secret>"'),
    timeout_ms: schemas/* number */.aig().int().positive().max(3_600_000).describe('Give up on a request after this many milliseconds; default 30000'),
};
const httpSourceSchema = schemas/* strictObject */.rej({
    url: httpUrl('URL answering GET with JSON'),
    ...authShape,
    rows: pointer('JSON pointer to the data: an array of row objects, or an object of equal-length column arrays'),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), pointer('JSON pointer to a number')).describe('Metric name -> JSON pointer to its value in the response'),
})
    .partial({ header: true, secret_env: true, scheme: true, timeout_ms: true, rows: true, metrics: true });
const prometheusRangeSchema = schemas/* strictObject */.rej({
    start: timeSpec('Start of the window: -7d (relative to now), or an ISO 8601 time'),
    end: timeSpec('End of the window: now (default), -1d, or an ISO 8601 time').optional(),
    step: duration('Resolution of the range queries (columns): 1h gives one value per hour'),
});
const prometheusSourceSchema = schemas/* strictObject */.rej({
    url: httpUrl('Base URL of the Prometheus HTTP API (the part before /api/v1), e.g. http://prometheus:9090'),
    ...authShape,
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* string */.YjP().min(1).describe('PromQL; $__range is replaced by the range length'))
        .describe('Metric name -> PromQL instant query that returns one number (one series or a scalar)'),
    columns: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* string */.YjP().min(1).describe('PromQL; one series over the range'))
        .describe('Column name -> PromQL range query; its values over the range become a numeric column (needs range)'),
    range: prometheusRangeSchema.describe('The window: range queries cover it, instant queries are evaluated at its end'),
    time: timeSpec('When instant queries are evaluated; default range.end, else now'),
})
    .partial({ header: true, secret_env: true, scheme: true, timeout_ms: true, metrics: true, columns: true, range: true, time: true });
const metricsFileSourceSchema = schemas/* strictObject */.rej({
    path: schemas/* string */.YjP().min(1).describe('The metrics file (JSON, YAML, or CSV as evaluate --import reads it), or a glob whose newest match by name is read (dated names: reports/metrics-*.json)'),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), schemas/* string */.YjP().min(1).describe('The metric in the file as evaluate --import names it: nested keys joined with dots'))
        .describe('Metric name -> the metric in the file; default every metric in the file under its own name'),
})
    .partial({ metrics: true });
const KINDS = ['files', 'http', 'prometheus', 'metrics_file'];
const sourceSchema = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().min(1).describe('Name shown in the report and in messages; default the pattern(s) or URL'),
    files: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1)])
        .describe('Data files or glob patterns (CSV, TSV, JSON Lines, Parquet; .gz for text), relative to the working directory'),
    delimiter: schemas/* string */.YjP().length(1, { message: 'must be one character' }).describe('files: CSV delimiter; default "," ("\\t" for .tsv)'),
    format: schemas/* enum */.k5n(['csv', 'jsonl', 'parquet']).describe('files: format for every file, when the extension does not tell'),
    http: httpSourceSchema.describe('An HTTP(S) endpoint answering with JSON: rows and/or metrics'),
    prometheus: prometheusSourceSchema.describe('A Prometheus server (or a compatible API): instant queries as metrics, range queries as columns'),
    metrics_file: schemas/* union */.KCZ([schemas/* string */.YjP().min(1), metricsFileSourceSchema])
        .describe('Production metrics from a file a batch job wrote: a path (or glob), or { path, metrics }'),
})
    .partial()
    .superRefine((s, ctx) => {
    // Cross-key rules only once the keys themselves are right: a misspelt key is the one problem to show.
    if (ctx.issues.length > 0)
        return;
    const kinds = KINDS.filter((k) => s[k] !== undefined);
    if (kinds.length !== 1) {
        ctx.addIssue({
            code: 'custom',
            message: kinds.length === 0 ? 'needs one of the keys files, http, prometheus or metrics_file' : `has ${kinds.join(' and ')}: one source per list item`,
        });
        return;
    }
    if (kinds[0] !== 'files') {
        for (const k of ['delimiter', 'format']) {
            if (s[k] !== undefined)
                ctx.addIssue({ code: 'custom', path: [k], message: `only applies to files sources, not to ${kinds[0]}` });
        }
    }
    const auth = s.http ?? s.prometheus;
    if (auth && (auth.header !== undefined || auth.scheme !== undefined) && auth.secret_env === undefined) {
        ctx.addIssue({ code: 'custom', path: [kinds[0], auth.header !== undefined ? 'header' : 'scheme'], message: 'needs secret_env, the environment variable that holds the header value' });
    }
    if (s.http && s.http.rows === undefined && s.http.metrics === undefined) {
        ctx.addIssue({ code: 'custom', path: ['http'], message: 'needs rows (a JSON pointer to the data), metrics, or both' });
    }
    const p = s.prometheus;
    if (p) {
        const metrics = Object.keys(p.metrics ?? {}).length;
        const columns = Object.keys(p.columns ?? {}).length;
        if (metrics + columns === 0)
            ctx.addIssue({ code: 'custom', path: ['prometheus'], message: 'needs metrics (instant queries), columns (range queries), or both' });
        if (columns > 0 && p.range === undefined)
            ctx.addIssue({ code: 'custom', path: ['prometheus', 'range'], message: 'is needed by columns: add range: { start: -7d, step: 1h }' });
        const usesRange = Object.values(p.metrics ?? {}).some((q) => q.includes('$__range'));
        if (usesRange && p.range === undefined)
            ctx.addIssue({ code: 'custom', path: ['prometheus', 'metrics'], message: 'a query uses $__range: add range: { start: -7d, step: 1h }' });
    }
});
const sourcesSchema = schemas/* array */.YOg(sourceSchema).min(1).describe('Where the current production data and metrics come from (combined)');
/** The kind of a source that passed sourceSchema. */
function sourceKindOf(s) {
    return s.files !== undefined ? 'file' : s.http !== undefined ? 'http' : s.metrics_file !== undefined ? 'metrics_file' : 'prometheus';
}
/**
 * Checks a sources list given as a value (already parsed); `where` names it in the message.
 * mlops.yaml's list is checked with the rest of the file; text inputs go through parseSourcesText.
 */
function parseSources(value, where) {
    const parsed = sourcesSchema.safeParse(value);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const path = formatKeyPath(['sources', ...issue.path]);
    throw new ContractError(`${where}: ${path}: ${issue.message}`, { hint: 'see docs/drift.md (Sources) for the keys of files, http, prometheus and metrics_file sources' });
}
/**
 * Parses and checks a sources list written as YAML (or JSON) text: the action's `sources` input,
 * the CLI's --sources. Problems are reported at `where`:line:col with "did you mean" for
 * misspelt keys, like mlops.yaml's.
 */
function parseSourcesText(text, where) {
    return parseYamlText(text, where, sourcesSchema, {
        error: (what, options) => new ContractError(what, options),
        empty: { what: 'no sources given', hint: 'give a YAML list, e.g. - files: prod/*.csv.gz (docs/drift.md, Sources)' },
    });
}

;// CONCATENATED MODULE: ../../../../shared/drift/drift-config.ts
/**
 * The `drift:` section of mlops.yaml: per model, where production data and metrics come from, how
 * each column is tested, the metric rules, and what the retraining PR looks like. Every key has a
 * default, so `drift: { models: { churn: { sources: [{ files: [prod/*.csv] }] } } }` is a whole
 * configuration.
 *
 *   drift:
 *     models:
 *       churn:
 *         reference: production            # the profile in the production release (default), or a file
 *         sources:
 *           - files: ["prod/*.parquet"]
 *           - prometheus: { url: "http://prometheus:9090", metrics: { accuracy: "avg_over_time(churn_accuracy[1d])" } }
 *         columns:
 *           tenure: { test: psi, threshold: 0.2 }
 *           customer_id: { ignore: true }
 *         share: 0.5                       # dataset drift when >= half the columns drifted
 *         alarms: { p_value: 1e-6, distance_ratio: 3 }   # column alarms (column-alarm.ts says why)
 *         fail_on: dataset                 # or column: a column alarm also means drift
 *         metrics:
 *           accuracy: { min: 0.85, max_drop: 0.03 }
 *         fairness:                        # on rows whose delayed outcome has arrived (fairness-check.ts)
 *           label: churned
 *           prediction: predicted_churn        # or score: p_churn (+ threshold, default 0.5)
 *           sensitive: [gender, age_band]
 *           rules:                         # task: multiclass (prediction only) checks each class one-vs-rest
 *             gender: { disparate_impact_ratio: { min: 0.8 }, equal_opportunity_difference: { max: 0.1 } }
 *         pull_request: { labels: [mlops:retrain], reviewers: [ml-oncall], on_recovery: comment }
 */





const columnOverrideSchema = schemas/* strictObject */.rej({
    test: schemas/* enum */.k5n(drift_format/* DRIFT_TESTS */.qx).describe('The test instead of the default: ks, chisquare, z (p-values), wasserstein (normed by the reference std), jensenshannon (natural log), psi'),
    threshold: schemas/* number */.aig().positive().describe('p-value tests: drift when p < threshold (default 0.05); distances: drift when the statistic >= threshold (wasserstein and jensenshannon 0.1, psi 0.1)'),
    ignore: schemas/* boolean */.zMY().describe('Leave the column out (ids, labels production data does not have, timestamps)'),
})
    .partial();
const metricRuleConfigSchema = schemas/* strictObject */.rej({
    min: schemas/* number */.aig().describe('The production value must be >= min'),
    max: schemas/* number */.aig().describe('The production value must be <= max (e.g. a p95 latency in the unit the source reports)'),
    max_drop: schemas/* number */.aig().min(0).describe("At most this much below the released model's own evaluation value of the metric (reference: production)"),
})
    .partial();
const retrainPullRequestSchema = schemas/* strictObject */.rej({
    labels: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Labels on the retraining PR (default [mlops:retrain])'),
    reviewers: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Users asked to review it'),
    team_reviewers: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Teams (slugs) asked to review it'),
    on_recovery: schemas/* enum */.k5n(['comment', 'close', 'none']).describe('When the drift is gone and the PR is still open: comment on it (default), close it, or leave it'),
    base: schemas/* string */.YjP().min(1).describe("The PR's base branch (default: the repository's default branch)"),
})
    .partial();
const columnAlarmRulesSchema = schemas/* strictObject */.rej({
    p_value: schemas/* number */.aig()
        .min(0)
        .lt(1)
        .describe(`A drifted column of a p-value test (ks, chisquare, z) alarms when p < this (default ${DEFAULT_ALARM_RULES.p_value.toExponential()}; 0 turns it off)`),
    distance_ratio: schemas/* number */.aig()
        .min(1)
        .describe(`A drifted column of a distance (wasserstein, jensenshannon, psi) alarms when the statistic >= this × its threshold (default ${DEFAULT_ALARM_RULES.distance_ratio})`),
})
    .partial()
    .describe('Column alarms: one column moved so far that it is reported (and, with fail_on: column, decides) whatever the share');
const fairnessBoundSchema = schemas/* strictObject */.rej({
    min: schemas/* number */.aig().describe('The production value must be >= min (ratios: e.g. disparate_impact_ratio min 0.8, the four-fifths rule)'),
    max: schemas/* number */.aig().describe('The production value must be <= max (differences: e.g. equal_opportunity_difference max 0.1)'),
})
    .partial();
const FAIRNESS_SUMMARIES = [...fairness_rates/* CLASSIFICATION_SUMMARIES */.Gx, ...fairness_rates/* REGRESSION_SUMMARIES */.dD];
/** Per summary (the names evaluate --sensitive writes, as compare's fairness rules): a bound. */
const driftFairnessRulesSchema = schemas/* strictObject */.rej(Object.fromEntries(FAIRNESS_SUMMARIES.map((name) => [name, fairnessBoundSchema])))
    .partial()
    .describe('Bounds on the fairness summaries of this sensitive column; a breach makes the decision degradation');
const driftFairnessSchema = schemas/* strictObject */.rej({
    task: schemas/* enum */.k5n(['binary', 'multiclass', 'regression'])
        .default('binary')
        .describe('binary (default): a label and a predicted class or score; multiclass: a label and a predicted class, each class one-vs-rest as evaluate; regression: a numeric target and prediction (group MAE, RMSE and mean error gaps)'),
    label: schemas/* string */.YjP().min(1).describe('The column with the observed outcome (the delayed label); rows without one are left out and counted'),
    prediction: schemas/* string */.YjP().min(1).optional().describe("The column with the model's predicted class (regression: the predicted value)"),
    score: schemas/* string */.YjP().min(1).optional().describe('The column with P(positive class); predicted positive when score > threshold (unless prediction is given)'),
    threshold: schemas/* number */.aig().min(0).max(1).optional().describe('With score and no prediction: predicted positive when score > threshold (default 0.5, as evaluate)'),
    positive: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]).optional().describe('The positive class (default as evaluate infers it: 1 of 0/1, the larger number, true)'),
    sensitive: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).describe('The sensitive columns whose groups are compared'),
    min_group_size: schemas/* number */.aig().int().min(1).optional().describe('Groups with fewer labelled rows are listed and left out of the summaries (default 30, as evaluate)'),
    resamples: schemas/* number */.aig().int().min(0).max(100_000).optional().describe('Bootstrap resamples for the CIs of the summaries (default 200; 0 turns them off)'),
    rules: schemas/* record */.g1P(schemas/* string */.YjP().min(1), driftFairnessRulesSchema).optional().describe('Per sensitive column: bounds on its summaries'),
})
    .superRefine((f, ctx) => {
    const regression = f.task === 'regression';
    if (regression) {
        if (f.prediction === undefined)
            ctx.addIssue({ code: 'custom', message: 'task regression needs prediction (the predicted value column)', path: ['prediction'] });
        for (const key of ['score', 'threshold', 'positive']) {
            if (f[key] !== undefined)
                ctx.addIssue({ code: 'custom', message: `${key} is for task binary; a regression model has a prediction column only`, path: [key] });
        }
    }
    else if (f.task === 'multiclass') {
        if (f.prediction === undefined)
            ctx.addIssue({ code: 'custom', message: 'task multiclass needs prediction (the predicted class column)', path: ['prediction'] });
        for (const key of ['score', 'threshold', 'positive']) {
            if (f[key] !== undefined)
                ctx.addIssue({ code: 'custom', message: `${key} is for task binary; task multiclass reads the predicted class, every class one-vs-rest`, path: [key] });
        }
    }
    else if (f.prediction === undefined && f.score === undefined) {
        ctx.addIssue({ code: 'custom', message: 'give prediction (the predicted class column) or score (the P(positive) column)', path: ['prediction'] });
    }
    const allowed = regression ? fairness_rates/* REGRESSION_SUMMARIES */.dD : fairness_rates/* CLASSIFICATION_SUMMARIES */.Gx;
    for (const [column, rules] of Object.entries(f.rules ?? {})) {
        if (!f.sensitive.includes(column))
            ctx.addIssue({ code: 'custom', message: `rules name "${column}", which is not one of the sensitive columns (${f.sensitive.join(', ')})`, path: ['rules', column] });
        for (const name of Object.keys(rules)) {
            if (!allowed.includes(name))
                ctx.addIssue({ code: 'custom', message: `${name} is not a summary of task ${f.task} (its summaries: ${allowed.join(', ')})`, path: ['rules', column, name] });
        }
    }
})
    .describe('Group fairness on production rows whose outcome has arrived: the summaries evaluate --sensitive computes, with bounds that open the retraining PR');
const driftModelSchema = schemas/* strictObject */.rej({
    reference: schemas/* string */.YjP()
        .min(1)
        .default('production')
        .describe('production: the training data profile published with the version the alias points to; else a profile (.json) or data file'),
    alias: schemas/* string */.YjP().min(1).default('production').describe('With reference production: the registry alias whose version is the reference'),
    sources: sourcesSchema.optional(),
    columns: schemas/* record */.g1P(schemas/* string */.YjP().min(1), columnOverrideSchema).optional().describe('Per column: another test or threshold, or ignore'),
    share: schemas/* number */.aig().gt(0).max(1).default(0.5).describe('Dataset drift when the share of drifted columns is >= this (Evidently: 0.5)'),
    alarms: columnAlarmRulesSchema.optional(),
    fail_on: schemas/* enum */.k5n(FAIL_ON)
        .default('dataset')
        .describe('What makes the decision drift (and opens the retraining PR): dataset (the share rule, default) or column (also any column alarm)'),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), metricRuleConfigSchema).optional().describe('Rules on production metrics from the sources'),
    fairness: driftFairnessSchema.optional(),
    pull_request: retrainPullRequestSchema.optional(),
});
const driftSectionSchema = schemas/* looseObject */._H3({
    models: schemas/* record */.g1P(schemas/* string */.YjP().min(1), driftModelSchema).optional().describe('Per model: drift-check settings'),
})
    .describe('drift-check settings (keys other than models are reserved)');

;// CONCATENATED MODULE: ../../../../shared/config/mlops-config.ts
/**
 * `mlops.yaml`: the team's settings for every step, in the repository root. Defined once here with
 * zod, exported as JSON Schema for editors (scripts/gen-config-schema.ts →
 * schemas/mlops-config.schema.json), documented in docs/compare.md (gate rules).
 *
 * Strict within what exists: a misspelt key is an error at file:line:col with "did you mean", never
 * a silently ignored gate. Sections that later steps will read (`registry`; keys of `promote` and
 * `release` other than theirs) are reserved now and accepted as they are, so a config written for
 * a newer version does not break this one;
 * any other top-level key is an error. `drift` is defined in shared/drift/drift-config.ts.
 *
 *   version: 1
 *   models:
 *     churn:
 *       task: binary
 *       metrics:
 *         roc_auc: { threshold: 0.8, max_regression: 0.005 }
 *         log_loss: { max_regression: 0.01, severity: warn }
 *       slices:
 *         region: { min_size: 100, metrics: { recall: { threshold: 0.6 } } }
 *       first_run: pass
 *       significance: { resamples: 200, confidence: 0.95, alpha: 0.05 }
 *       fairness:
 *         race: { equalized_odds_difference: { max: 0.10, max_regression: 0.02 }, disparate_impact_ratio: { min: 0.8 } }
 */









const CONFIG_VERSION = 1;
const CONFIG_FILE = 'mlops.yaml';
const nonNegative = (description) => schemas/* number */.aig().min(0).describe(description);
const metricRuleSchema = schemas/* strictObject */.rej({
    direction: schemas/* enum */.k5n(['higher', 'lower'])
        .describe('Which way is better; default from the metric registry for standard names, also with a dataset part (roc_auc.test); required for other names'),
    threshold: schemas/* number */.aig().describe('Absolute bound (inclusive): head >= threshold when higher is better, head <= threshold when lower is better'),
    min_absolute_change: nonNegative('The head must beat the baseline by at least this much: head >= baseline + value (higher is better)'),
    min_relative_change: schemas/* number */.aig()
        .min(0)
        .max(1)
        .describe('The head must beat the baseline by at least this fraction of |baseline|: head >= baseline + value * |baseline| (higher is better); a zero baseline counts as 1e-20'),
    max_regression: nonNegative('The head may be worse than the baseline by at most this much: head >= baseline - value (higher is better)'),
    severity: schemas/* enum */.k5n(['error', 'warn']).describe('error (default) fails the gate; warn only reports'),
})
    .partial();
const sliceRuleSchema = schemas/* strictObject */.rej({
    min_size: schemas/* number */.aig().int().min(0).describe('Slices with fewer head rows than this are reported but not gated; default 0'),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), metricRuleSchema).describe('Rules applied to every value of the slice column'),
})
    .partial();
const significanceSchema = schemas/* strictObject */.rej({
    resamples: schemas/* number */.aig().int().min(0).max(100_000).describe('Paired bootstrap resamples for CIs of the deltas; 0 turns significance off; default 200 (evaluate CIs: 1000)'),
    confidence: schemas/* number */.aig().gt(0).lt(1).describe('Two-sided confidence of the delta CIs; default 0.95'),
    alpha: schemas/* number */.aig().gt(0).lt(1).describe("Significance level reported with McNemar's and DeLong's p-values; default 0.05"),
    seed: schemas/* number */.aig().int().describe('PRNG seed of the paired bootstrap; default 20240101'),
})
    .partial();
/**
 * A rule on one fairness summary: the metric rules' keys, plus `max` and `min`, plain bounds whatever
 * the direction (issue 15's syntax, and drift-check's `fairness.rules`): `max: 0.10` on a difference,
 * `min: 0.8` on a ratio (the four-fifths rule). `threshold` keeps working as the bound on the worse
 * side (a difference's max, a ratio's min); giving it beside that bound is an error
 * (fairnessRuleProblems).
 */
const fairnessRuleSchema = metricRuleSchema
    .extend({
    max: schemas/* number */.aig().describe('Upper bound (inclusive): head <= max; for the differences and gaps (lower is better), e.g. equalized_odds_difference max 0.10'),
    min: schemas/* number */.aig().describe('Lower bound (inclusive): head >= min; for the ratios (higher is better), e.g. disparate_impact_ratio min 0.8 (the four-fifths rule)'),
})
    .partial();
/**
 * Rules on the fairness summaries of one sensitive column (evaluate --sensitive): the metric rules'
 * keys and semantics, each summary's direction known (differences and gaps lower, ratios higher).
 * Only the summaries evaluate writes, so a misspelt name is an error, not a gate that never runs.
 */
const fairnessRulesSchema = schemas/* strictObject */.rej({
    demographic_parity_difference: fairnessRuleSchema,
    demographic_parity_ratio: fairnessRuleSchema,
    equalized_odds_difference: fairnessRuleSchema,
    equalized_odds_ratio: fairnessRuleSchema,
    equal_opportunity_difference: fairnessRuleSchema,
    disparate_impact_ratio: fairnessRuleSchema,
    mae_max_gap: fairnessRuleSchema,
    rmse_max_gap: fairnessRuleSchema,
    mean_error_max_gap: fairnessRuleSchema,
})
    .partial()
    .describe('Gate rules per fairness summary of this sensitive column; multiclass: applied to every class (one-vs-rest)');
const modelConfigSchema = schemas/* strictObject */.rej({
    task: schemas/* enum */.k5n(['binary', 'multiclass', 'regression']).optional().describe("The model's task; when set, compare checks the reports against it"),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), metricRuleSchema).optional().describe('Gate rules per metric (keyed by metric name as the report writes it)'),
    slices: schemas/* record */.g1P(schemas/* string */.YjP().min(1), sliceRuleSchema).optional().describe('Gate rules per slice column'),
    fairness: schemas/* record */.g1P(schemas/* string */.YjP().min(1), fairnessRulesSchema).optional().describe('Gate rules on the fairness summaries, per sensitive column (evaluate --sensitive)'),
    first_run: schemas/* enum */.k5n(['pass', 'fail'])
        .default('pass')
        .describe('What a change rule does when there is no baseline value to compare with: pass (default) or fail'),
    significance: significanceSchema.optional(),
});
/** What the model card says about a model beyond its numbers (publish-model). */
const releaseModelSchema = schemas/* strictObject */.rej({
    intended_use: schemas/* string */.YjP().describe('What the model is for and who should use it (model card: Intended use)'),
    limitations: schemas/* string */.YjP().describe('Known limitations, out-of-scope uses and caveats (model card: Limitations)'),
    owners: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('People or teams responsible for the model (model card: Owners)'),
})
    .partial();
/** Open at its top level like the other reserved sections (later publish settings); strict per model. */
const releaseSchema = schemas/* looseObject */._H3({
    models: schemas/* record */.g1P(schemas/* string */.YjP().min(1), releaseModelSchema).optional().describe('Per model: the model card text'),
})
    .describe('publish-model settings (keys other than models are reserved)');
/**
 * The aliases promote may create. Names as the registry takes them (shared/registry/tag.ts: NAME_RE,
 * at most 64 characters; `latest` is a version word). Open at its top level like `release`.
 */
const promoteSchema = schemas/* looseObject */._H3({
    aliases: schemas/* array */.YOg(schemas/* string */.YjP()
        .max(64)
        .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens, starting with a letter')
        .refine((a) => a !== 'latest', '"latest" means the highest version, not an alias'))
        .min(1)
        .describe('The aliases mlops promote and promote-model may create (an alias a model already has may always move); another is refused unless created on purpose (--create-alias, create-alias: true). Default: staging, production'),
})
    .partial()
    .describe('promote-model settings (keys other than aliases are reserved)');
/** What promote takes for declared when mlops.yaml says nothing: the two aliases the starter workflows use. */
const DEFAULT_ALIASES = (/* unused pure expression or super */ null && (['staging', 'production']));
/** The aliases a config declares (promote.aliases), else the defaults. */
function declaredAliases(config) {
    return config?.promote?.aliases ?? DEFAULT_ALIASES;
}
/**
 * The aliases promote may move: those `file` declares, else ./mlops.yaml's when it exists, else
 * the defaults (a job that did not check out the repository has no mlops.yaml).
 */
async function loadDeclaredAliases(file) {
    const configFile = file ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
    return declaredAliases(configFile === undefined ? undefined : await loadConfig(configFile));
}
const reserved = (step) => schemas/* unknown */.L5J().optional().describe(`Reserved for the ${step} step (not read by this version)`);
const mlopsConfigSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(CONFIG_VERSION).describe('Config format version: 1'),
    models: schemas/* record */.g1P(schemas/* string */.YjP().min(1), modelConfigSchema).optional().describe('Per model: compare gate rules and settings'),
    release: releaseSchema.optional(),
    promote: promoteSchema.optional(),
    drift: driftSectionSchema.optional(),
    registry: reserved('registry'),
})
    .describe('mlops-actions configuration (mlops.yaml)');
function ruleProblems(rules, base) {
    const out = [];
    for (const [name, rule] of Object.entries(rules ?? {})) {
        if (rule.direction !== undefined || defaultDirection(name) !== undefined)
            continue;
        const close = closestMatch(name, metrics/* METRIC_NAMES */.Uw);
        out.push({
            path: [...base, name],
            what: `${key_path_formatKeyPath([...base, name])}: "${name}" is not a standard metric, so compare cannot tell which way is better`,
            hint: `${close ? `did you mean "${close}"? ` : ''}add direction: higher or direction: lower`,
        });
    }
    return out;
}
/**
 * `threshold` on a fairness summary is the bound on its worse side, so beside `max` (a difference)
 * or `min` (a ratio) it would be a second value for one bound; and min above max admits nothing.
 */
function fairnessRuleProblems(rules, base) {
    const out = [];
    for (const [column, perSummary] of Object.entries(rules ?? {})) {
        for (const [name, rule] of Object.entries(perSummary)) {
            if (!rule)
                continue;
            const path = [...base, column, name];
            const alias = (rule.direction ?? fairness_rates/* SUMMARY_DIRECTION */.nJ[name]) === 'higher' ? 'min' : 'max';
            if (rule.threshold !== undefined && rule[alias] !== undefined) {
                out.push({ path, what: `${key_path_formatKeyPath(path)}: threshold and ${alias} are one bound here (threshold is the older name of ${alias} for ${name})`, hint: `keep ${alias}: ${rule[alias]} and remove threshold` });
            }
            if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
                out.push({ path, what: `${key_path_formatKeyPath(path)}: min ${rule.min} is above max ${rule.max}, so no value passes`, hint: 'swap or fix the bounds' });
            }
        }
    }
    return out;
}
function semanticProblems(c) {
    const out = [];
    for (const [model, m] of Object.entries(c.models ?? {})) {
        out.push(...ruleProblems(m.metrics, ['models', model, 'metrics']));
        for (const [column, s] of Object.entries(m.slices ?? {}))
            out.push(...ruleProblems(s.metrics, ['models', model, 'slices', column, 'metrics']));
        out.push(...fairnessRuleProblems(m.fairness, ['models', model, 'fairness']));
    }
    return out;
}
const OPTIONS = {
    error: (what, options) => new errors/* ContractError */.Vl(what, options),
    empty: { what: 'the file is empty', hint: 'start with "version: 1" and a models: mapping (see docs/compare.md)' },
    versionHint: 'add "version: 1" at the top',
    semantic: semanticProblems,
};
/** Parses mlops.yaml text; `file` names it in messages. Throws ContractError (exit code 2). */
function parseConfig(text, file) {
    return parseYamlText(text, file, mlopsConfigSchema, OPTIONS);
}
/** Reads and checks an mlops.yaml file. Throws ContractError (exit code 2) at file:line:col. */
async function loadConfig(file) {
    return yaml_source_loadYamlFile(file, mlopsConfigSchema, {
        ...OPTIONS,
        notFound: 'config file not found',
        cannotRead: 'cannot read the config file',
        missingHint: 'check the path, or run `mlops init` to write a starter mlops.yaml',
    });
}
/**
 * The settings of one model. Without a name, the only model in the file (none configured →
 * undefined: compare then reports only). A name the file does not list is an error.
 */
function modelConfigOf(config, model, file = CONFIG_FILE) {
    const models = config?.models ?? {};
    const names = Object.keys(models);
    if (model === undefined) {
        if (names.length <= 1)
            return names.length ? models[names[0]] : undefined;
        throw new errors/* ContractError */.Vl(`${file} configures ${names.length} models (${names.join(', ')}); say which one to compare`, { location: { file }, hint: 'pass --model NAME (action input: model)' });
    }
    // Own keys only: a model named "toString" is not configured just because objects have one.
    const m = Object.hasOwn(models, model) ? models[model] : undefined;
    if (!m && names.length > 0) {
        const close = closestMatch(model, names);
        throw new errors/* ContractError */.Vl(`model "${model}" is not configured under models`, { location: { file }, hint: `${close ? `did you mean "${close}"? ` : ''}configured: ${names.join(', ')}` });
    }
    return m;
}
/**
 * The gate rules a step uses and the model they belong to: rules given directly win; else the
 * model's section of the config file (the only model when none is named, which also names it).
 */
async function gateRulesOf(o) {
    if (o.rules || !o.config)
        return { rules: o.rules, model: o.model };
    const config = await loadConfig(o.config);
    const rules = modelConfigOf(config, o.model, o.config);
    return { rules, model: rules && o.model === undefined ? Object.keys(config.models ?? {})[0] : o.model };
}
function modelRuleProblems(m) {
    const out = ruleProblems(m.metrics, ['metrics']);
    for (const [column, s] of Object.entries(m.slices ?? {}))
        out.push(...ruleProblems(s.metrics, ['slices', column, 'metrics']));
    out.push(...fairnessRuleProblems(m.fairness, ['fairness']));
    return out;
}
const RULES_OPTIONS = {
    error: (what, options) => new errors/* ContractError */.Vl(what, options),
    empty: { what: 'the rules are empty', hint: 'write one model\'s section of mlops.yaml, e.g. metrics: { roc_auc: { threshold: 0.8 } }' },
    semantic: modelRuleProblems,
};
/**
 * One model's rules written as YAML (compare's `rules` input, `mlops compare --rules FILE`): the
 * same checks and messages as mlops.yaml (line:col, alias bombs and reserved names refused).
 */
function parseModelRulesText(text, where) {
    return yaml_source_parseYamlText(text, where, modelConfigSchema, RULES_OPTIONS);
}
/** parseModelRulesText of a file. */
async function loadModelRules(file) {
    return loadYamlFile(file, modelConfigSchema, { ...RULES_OPTIONS, notFound: 'rules file not found', cannotRead: 'cannot read the rules file', missingHint: 'check the path' });
}
/** Checks a model config given as an action input or option (not from a file). */
function parseModelConfig(value, where) {
    const parsed = modelConfigSchema.safeParse(value);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new ContractError(`${where}: ${formatKeyPath(i.path)}: ${i.message}`);
    }
    const problems = [...ruleProblems(parsed.data.metrics, ['metrics'])];
    for (const [column, s] of Object.entries(parsed.data.slices ?? {}))
        problems.push(...ruleProblems(s.metrics, ['slices', column, 'metrics']));
    problems.push(...fairnessRuleProblems(parsed.data.fairness, ['fairness']));
    if (problems.length > 0)
        throw new ContractError(`${where}: ${problems[0].what}`, { hint: problems[0].hint });
    return parsed.data;
}


/***/ }),

/***/ 5830:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qx: () => (/* binding */ DRIFT_TESTS),
/* harmony export */   zb: () => (/* binding */ columnDriftSchema)
/* harmony export */ });
/* unused harmony exports DRIFT_SCHEMA, P_VALUE_TESTS, skippedColumnSchema, columnAlarmSchema, metricCheckSchema, fairnessRuleCheckSchema, driftFairnessSchema, driftReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2213);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/* harmony import */ var _evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9729);
/**
 * `mlops-actions/drift@1`: what drift-check (`mlops drift`, actions/drift-check) writes. Defined once
 * here (zod) and documented in docs/formats.md. The retraining PR's body, the job summary and the
 * local forge's files are rendered from it.
 */



const DRIFT_SCHEMA = 'mlops-actions/drift@1';
/** Statistical tests and distances, by the names Evidently uses. */
const DRIFT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'];
/** p-value tests drift when p < threshold; distances drift when statistic >= threshold. */
const P_VALUE_TESTS = new Set(['ks', 'chisquare', 'z']);
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const columnDriftSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** How the column was compared: numeric (distribution of numbers) or categorical (counts of values). */
        kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['numeric', 'categorical']),
        test: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(DRIFT_TESTS),
        /** KS D, chi-square X², Z, normed Wasserstein distance, Jensen-Shannon distance, PSI. */
        statistic: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** For p-value tests (ks, chisquare, z); null for distances. */
        p_value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        /** p-value tests: drift when p_value < threshold; distances: drift when statistic >= threshold. */
        threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        drifted: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        /** exact: both sides' raw values; sketch: the reference (or current) side came from a profile's sketches. */
        method: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['exact', 'sketch']),
        /** Why this test: "default: numeric, 1095 reference rows > 1000, 380 values > 5" or "configured". */
        reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        reference_rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        current_rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    });
    const skippedColumnSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() });
    /** A drifted column far past its threshold (shared/drift/column-alarm.ts). */
    const columnAlarmSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        test: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(DRIFT_TESTS),
        statistic: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        p_value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** p_value: p below the floor; distance: statistic at or above distance_ratio × threshold. */
        rule: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['p_value', 'distance']),
        /** The floor (p_value) or the distance that raised the alarm (distance_ratio × threshold). */
        limit: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** One sentence: "temp_max: Wasserstein distance 0.476 (threshold 0.1): 4.76× the threshold, alarm at 3×". */
        message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    });
    const metricCheckSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** The metric's name as configured (e.g. accuracy, latency_p95). */
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** Where the value came from: "prometheus: <query>", "http: <url>", "metrics_file: <file> <name>", "evaluation of current data". */
        source: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        /** min: value >= threshold; max: value <= threshold; max_drop: baseline - value <= threshold. */
        rule: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['min', 'max', 'max_drop']),
        threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** max_drop: the released model's evaluation value it is measured against. */
        baseline: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    });
    /** One bound on one fairness summary of one sensitive column (drift.models.<model>.fairness.rules). */
    const fairnessRuleCheckSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** Added within @1: task multiclass, the class seen one-vs-rest (a rule is checked on every class); absent otherwise. */
        positive_class: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]).optional(),
        /** The summary as evaluate names it: disparate_impact_ratio, equal_opportunity_difference, … */
        summary: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** min: value >= threshold; max: value <= threshold. */
        rule: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['min', 'max']),
        threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** null when the summary could not be computed (too few labelled rows per group): not checked. */
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        ci: zod__WEBPACK_IMPORTED_MODULE_2__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]).nullable(),
        /** null: not checked (does not decide). false: breached (decision degradation). */
        passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().nullable(),
        message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    });
    /** Group fairness on the production rows whose outcome has arrived (shared/drift/fairness-check.ts). */
    const driftFairnessSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** binary: group rates of one positive class; multiclass (added within @1): of every class one-vs-rest; regression: group errors. */
        task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']),
        label: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        prediction: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        score: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        /** score > threshold is predicted positive; null when a prediction column gives the class (and for regression). */
        threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        /** null when no row had a label yet, and for regression. */
        positive_class: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]).nullable(),
        /** Rows the table sources gave. */
        rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Rows in the summaries: labelled, with a prediction (or score). */
        used: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Rows left out because their outcome has not arrived (no label). */
        missing_label: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Labelled rows left out because they have no prediction (or score). */
        missing_prediction: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        bootstrap: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ resamples: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(), confidence: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int() }).nullable(),
        /** evaluation@1's `fairness` object, as evaluate --sensitive computes it on these rows. */
        section: _evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fairnessSchema */ .N5,
        rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fairnessRuleCheckSchema),
    });
    const driftReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(DRIFT_SCHEMA),
        model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        /** When the check ran (ISO 8601). */
        created_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        reference: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            /** production: the profile in the manifest of the model's alias; profile / data: a file given. */
            kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['production', 'profile', 'data']),
            file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
            /** production: the version and tag the alias pointed to. */
            version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
            tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
            alias: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
            rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        }),
        current: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            // metrics_file: added within @1 (a source kind readers of older reports never see).
            sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['file', 'http', 'prometheus', 'metrics_file']), name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().nullable() })),
            /** The data window the sources cover, when known (Prometheus ranges, configured windows). */
            window: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ from: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(), to: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable() }),
        }),
        data: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            /** share >= share_threshold (Evidently's dataset drift rule). */
            dataset_drift: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
            /** Drifted columns / tested columns (0 when none were tested). */
            share: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
            share_threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
            tested: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            drifted: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(columnDriftSchema),
            skipped: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(skippedColumnSchema),
            /**
             * Added within @1 (written by every check now; absent in older reports, read as no alarms and
             * fail_on dataset): the column alarms, strongest first, the rules that raised them, and whether
             * they decide (fail_on: column) or only warn (dataset).
             */
            alarms: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(columnAlarmSchema).optional(),
            alarm_rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ p_value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1), distance_ratio: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive() }).optional(),
            fail_on: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['dataset', 'column']).optional(),
        }),
        metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(metricCheckSchema),
        /** ok; drift (dataset drift, or a column alarm with fail_on: column); degradation (a metric rule failed, or a fairness bound was breached); drift_and_degradation. */
        decision: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['ok', 'drift', 'degradation', 'drift_and_degradation']),
        /** One line per reason, for logs, the PR body and the request file. */
        reasons: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        /**
         * Added within @1 (absent in older reports and when the model has no explanation): the model's
         * permutation importances (explain's explanation.json, from the reference release or given),
         * by which drifted columns are ordered, and the top features among the drifted columns.
         */
        importance: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            /** Where the importances came from: the release's explanation asset (its tag) or a file. */
            source: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            /** A feature ranked this high or higher is a top feature. */
            top: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
            features: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ feature: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), rank: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(), importance_mean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() })),
            /** Drifted columns that are top features, by rank. */
            top_drifted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        })
            .optional(),
        /**
         * Added within @1 (absent in older reports and when drift.models.<model>.fairness is not set):
         * the fairness summaries on production rows and the bounds checked on them.
         */
        fairness: driftFairnessSchema.optional(),
    });
    return { columnDriftSchema, skippedColumnSchema, columnAlarmSchema, metricCheckSchema, fairnessRuleCheckSchema, driftFairnessSchema, driftReportSchema };
});
const columnDriftSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().columnDriftSchema);
const skippedColumnSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().skippedColumnSchema);
const columnAlarmSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().columnAlarmSchema);
const metricCheckSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().metricCheckSchema);
const fairnessRuleCheckSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().fairnessRuleCheckSchema);
const driftFairnessSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().driftFairnessSchema);
const driftReportSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().driftReportSchema);


/***/ }),

/***/ 3874:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* unused harmony exports formatDriftNumber, columnMovement, describeColumnDrift, alarmReason */
const TEST_NAMES = {
    ks: 'KS',
    chisquare: 'chi-square',
    z: 'Z-test',
    wasserstein: 'Wasserstein distance',
    jensenshannon: 'Jensen-Shannon distance',
    psi: 'PSI',
};
/** Three significant digits; p-values and other tiny numbers in exponent form (2.13e-34). */
function formatDriftNumber(x) {
    if (x === 0 || !Number.isFinite(x))
        return String(x);
    if (Math.abs(x) < 1e-3)
        return x.toExponential(2).replace(/\.?0+e/, 'e');
    return String(Number(x.toPrecision(3)));
}
/** How far a column moved, without its name: "Wasserstein distance 0.476 (threshold 0.1)". */
function columnMovement(c) {
    const name = TEST_NAMES[c.test];
    if (c.p_value !== null)
        return `${name} p-value ${formatDriftNumber(c.p_value)} (threshold ${formatDriftNumber(c.threshold)}; statistic ${formatDriftNumber(c.statistic)})`;
    return `${name} ${formatDriftNumber(c.statistic)} (threshold ${formatDriftNumber(c.threshold)})`;
}
/**
 * How far a column moved, in one plain sentence:
 * "temp_max: Wasserstein distance 0.476 (threshold 0.1)" or
 * "wind: KS p-value 2.13e-34 (threshold 0.05; statistic 0.455)". The name is raw: renderers escape it.
 */
function describeColumnDrift(c) {
    return `${c.column}: ${columnMovement(c)}`;
}
/** Why an alarm was raised: "below the alarm floor 1e-6" or "4.76× the threshold, alarm at 3×". */
function alarmReason(a) {
    if (a.rule === 'p_value')
        return `below the alarm floor ${formatDriftNumber(a.limit)}`;
    if (!(a.threshold > 0))
        return `at or past ${formatDriftNumber(a.limit)}`;
    return `${formatDriftNumber(a.statistic / a.threshold)}× the threshold, alarm at ${formatDriftNumber(a.limit / a.threshold)}×`;
}


/***/ }),

/***/ 9729:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ omittedMetricSchema),
/* harmony export */   N5: () => (/* binding */ fairnessSchema),
/* harmony export */   mF: () => (/* binding */ evaluationReportSchema),
/* harmony export */   tm: () => (/* binding */ metricValueSchema)
/* harmony export */ });
/* unused harmony exports EVALUATION_SCHEMA, confusionMatrixSchema, sliceSchema, skippedSliceSchema, examplesFileOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2213);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2881);
/**
 * `mlops-actions/evaluation@1`: one evaluation of one model on one dataset, written by the evaluate
 * step and read by compare, publish-model and drift-check. Defined once here (zod) and documented
 * in docs/formats.md ("Evaluation report").
 *
 * Metrics are keyed by scikit-learn's function name without `_score` (see
 * shared/model/metrics/index.ts). A metric that is undefined on the data (ROC AUC with one class)
 * is never written as null or NaN: it is listed in `omitted` with the reason.
 */



const EVALUATION_SCHEMA = 'mlops-actions/evaluation@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .once */ .Oo)(() => {
    const sha256 = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
    const label = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]);
    const metricValueSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** The metric on all rows. */
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** Percentile bootstrap interval [low, high] at `bootstrap.confidence`; absent when not computed. */
        ci: zod__WEBPACK_IMPORTED_MODULE_2__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]).optional(),
        /** Resamples on which the metric was undefined (e.g. one class drawn) and were left out of the CI. */
        ci_invalid: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
        /** Which way is better (registry metrics only); the compare step's default. */
        direction: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['higher', 'lower']).optional(),
    });
    const omittedMetricSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() });
    const confusionMatrixSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** Row and column labels, sorted as scikit-learn's unique_labels (numbers ascending, strings by code unit). */
        labels: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(label),
        /** counts[i][j]: rows with true label labels[i] predicted as labels[j]. */
        counts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative())),
    });
    const sliceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** The slice's value as text; null for rows where the column is missing. */
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), metricValueSchema),
        omitted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(omittedMetricSchema),
        confusion_matrix: confusionMatrixSchema.nullable(),
    });
    const skippedSliceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    });
    // Fairness (evaluate --sensitive): docs/evaluate.md "Fairness", docs/formats.md. Optional and
    // absent unless asked for, so reports without it are unchanged and older readers ignore it.
    const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative();
    const rate = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig();
    const fairnessClassGroupSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** The group's value as text; null for rows where the column is missing. */
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        rows: count,
        /** Rows whose true label is the positive class (one-vs-rest class). */
        positives: count,
        predicted_positives: count,
        selection_rate: rate,
        /** null where undefined: TPR/FNR without positives, FPR without negatives, precision without predicted positives. */
        tpr: rate.nullable(),
        fpr: rate.nullable(),
        fnr: rate.nullable(),
        precision: rate.nullable(),
        /** Observed positive rate; calibration compares it with mean_score. */
        base_rate: rate,
        /** Mean P(positive class); null without score columns. */
        mean_score: rate.nullable(),
    });
    const fairnessRegressionGroupSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        rows: count,
        mae: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        rmse: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** Mean of prediction − target (> 0: over-predicts). */
        mean_error: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    });
    const fairnessOutcomeSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('kind', [
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('classification'),
            /** Binary: the positive class; multiclass: the class seen one-vs-rest. */
            positive_class: label,
            /** Groups with at least min_group_size rows, in natural order, missing last. */
            groups: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fairnessClassGroupSchema),
            /** Across-group summaries (Fairlearn's definitions), with bootstrap CIs. */
            summaries: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), metricValueSchema),
            omitted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(omittedMetricSchema),
            /** The four-fifths rule on disparate_impact_ratio; null when the ratio is undefined. */
            four_fifths: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), ratio: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), pass: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY() }).nullable(),
        }),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('regression'),
            groups: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fairnessRegressionGroupSchema),
            summaries: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), metricValueSchema),
            omitted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(omittedMetricSchema),
        }),
    ]);
    const fairnessColumnSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        outcomes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fairnessOutcomeSchema),
        /** Groups smaller than min_group_size: listed with their size, left out of groups and summaries. */
        skipped_groups: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(), rows: count, reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() })),
    });
    const fairnessSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        min_group_size: count,
        columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fairnessColumnSchema),
    });
    const evaluationReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(EVALUATION_SCHEMA),
        /** `predictions`: computed here from a predictions file; `import`: metrics another tool wrote. */
        source: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['predictions', 'import']),
        task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']).nullable(),
        /** Rows evaluated (null for imported metrics). */
        rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().nullable(),
        /** The predictions file; null for imported metrics. */
        dataset: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), format: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, bytes: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative() })
            .nullable(),
        /** `--model` files, each with its SHA-256, in the order given. */
        models: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, bytes: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative() })),
        /** The columns read; null for imported metrics. */
        columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            label: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            prediction: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
            /** Score columns; `classes[i]` is the class of `score[i]` (binary with one column: P(positive)). */
            score: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
            score_classes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(label).nullable(),
            id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
            slices: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        })
            .nullable(),
        /** Classification settings; null for regression and imports. */
        classification: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            /** All classes, sorted as scikit-learn sorts labels. */
            classes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(label),
            pos_label: label.nullable(),
            /** Binary: predicted positive iff score > threshold (when no prediction column is given). */
            threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
            /** Where the predicted labels came from. */
            predicted_from: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['prediction', 'threshold', 'argmax']),
            ece_bins: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
        })
            .nullable(),
        bootstrap: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            method: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('percentile'),
            /** What is resampled: rows with replacement (ordinary nonparametric bootstrap). */
            unit: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('row'),
            resamples: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
            confidence: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().gt(0).lt(1),
            seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(),
            prng: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        })
            .nullable(),
        metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), metricValueSchema),
        omitted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(omittedMetricSchema),
        confusion_matrix: confusionMatrixSchema.nullable(),
        slices: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(sliceSchema),
        skipped_slices: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(skippedSliceSchema),
        min_slice_size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().nullable(),
        /** Per-example data for paired tests in compare; null when not written. */
        examples: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            /** Path relative to the report's folder. */
            file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            format: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('jsonl.gz'),
            sha256,
            rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            /** The id column pairing rows across reports; null = the 0-based row index. */
            id_column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        })
            .nullable(),
        /** Imported metrics: which tool wrote them and where. */
        imported: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), details: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()).optional() })
            .nullable(),
        warnings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        /** Group fairness by sensitive column (evaluate --sensitive); absent when none was asked for. */
        fairness: fairnessSchema.optional(),
    });
    return { metricValueSchema, omittedMetricSchema, confusionMatrixSchema, sliceSchema, skippedSliceSchema, fairnessSchema, evaluationReportSchema };
});
const metricValueSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().metricValueSchema);
const omittedMetricSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().omittedMetricSchema);
const confusionMatrixSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().confusionMatrixSchema);
const sliceSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().sliceSchema);
const skippedSliceSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().skippedSliceSchema);
const fairnessSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().fairnessSchema);
const evaluationReportSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().evaluationReportSchema);
/** The folder a report's relative `examples.file` is resolved against. */
function examplesFileOf(reportPath, report) {
    return report.examples ? join(dirname(reportPath), report.examples.file) : undefined;
}


/***/ }),

/***/ 7131:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gx: () => (/* binding */ CLASSIFICATION_SUMMARIES),
/* harmony export */   Js: () => (/* binding */ REG_STATS),
/* harmony export */   OV: () => (/* binding */ regressionError),
/* harmony export */   S6: () => (/* binding */ regressionSummary),
/* harmony export */   Td: () => (/* binding */ classRate),
/* harmony export */   Tg: () => (/* binding */ classificationGroupStats),
/* harmony export */   VL: () => (/* binding */ classificationSummary),
/* harmony export */   d3: () => (/* binding */ SUMMARY_RATES),
/* harmony export */   dD: () => (/* binding */ REGRESSION_SUMMARIES),
/* harmony export */   nJ: () => (/* binding */ SUMMARY_DIRECTION),
/* harmony export */   pF: () => (/* binding */ CLASS_STATS),
/* harmony export */   yd: () => (/* binding */ regressionGroupStats)
/* harmony export */ });
/* unused harmony exports spread, minOverMax */
/** Counts of one classification outcome, per group: [n, positives, selected, tp, fp, score sum]. */
const CLASS_STATS = 6;
/** Sums of one regression outcome, per group: [n, Σ|e|, Σe², Σe], e = prediction − target. */
const REG_STATS = 4;
/**
 * Per-group sums of every outcome in one pass over the rows: `out[(o * groups + g) * width + k]`.
 * `codes[i]` is row i's group (0..groups−1); `weights` are the bootstrap multiplicities (all 1 when
 * absent).
 */
function classificationGroupStats(codes, groups, outcomes, weights) {
    const out = new Float64Array(outcomes.length * groups * CLASS_STATS);
    const n = codes.length;
    for (let o = 0; o < outcomes.length; o++) {
        const { y, pred, score } = outcomes[o];
        const base = o * groups * CLASS_STATS;
        for (let i = 0; i < n; i++) {
            const w = weights ? weights[i] : 1;
            if (w === 0)
                continue;
            const at = base + codes[i] * CLASS_STATS;
            const yi = y[i];
            const pi = pred[i];
            out[at] += w;
            out[at + 1] += w * yi;
            out[at + 2] += w * pi;
            out[at + 3] += w * (yi & pi);
            out[at + 4] += w * (pi & (1 - yi));
            if (score)
                out[at + 5] += w * score[i];
        }
    }
    return out;
}
function regressionGroupStats(codes, groups, outcome, weights) {
    const out = new Float64Array(groups * REG_STATS);
    const { y, pred } = outcome;
    for (let i = 0; i < codes.length; i++) {
        const w = weights ? weights[i] : 1;
        if (w === 0)
            continue;
        const at = codes[i] * REG_STATS;
        const e = pred[i] - y[i];
        out[at] += w;
        out[at + 1] += w * Math.abs(e);
        out[at + 2] += w * e * e;
        out[at + 3] += w * e;
    }
    return out;
}
/** x / d, NaN when d is 0 (the rate is undefined on these rows). */
const rate = (x, d) => (d > 0 ? x / d : Number.NaN);
/** One group's rate from its counts at `at` (NaN where undefined). */
function classRate(stats, at, name) {
    const n = stats[at];
    const pos = stats[at + 1];
    const sel = stats[at + 2];
    const tp = stats[at + 3];
    const fp = stats[at + 4];
    switch (name) {
        case 'selection_rate':
            return rate(sel, n);
        case 'tpr':
            return rate(tp, pos);
        case 'fpr':
            return rate(fp, n - pos);
        case 'fnr':
            return rate(pos - tp, pos);
        case 'precision':
            return rate(tp, sel);
        case 'base_rate':
            return rate(pos, n);
        case 'mean_score':
            return rate(stats[at + 5], n);
    }
}
function regressionError(stats, at, name) {
    const n = stats[at];
    switch (name) {
        case 'mae':
            return rate(stats[at + 1], n);
        case 'rmse':
            return Math.sqrt(rate(stats[at + 2], n));
        case 'mean_error':
            return rate(stats[at + 3], n);
    }
}
/** max − min of the values; NaN when any is NaN (a group's rate undefined on a resample) or none. */
function spread(values) {
    if (values.length === 0)
        return Number.NaN;
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
        if (Number.isNaN(v))
            return Number.NaN;
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
    return hi - lo;
}
/** min / max of the values (Fairlearn's ratio between groups); NaN when max is 0, any is NaN, or none. */
function minOverMax(values) {
    if (values.length === 0)
        return Number.NaN;
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
        if (Number.isNaN(v))
            return Number.NaN;
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
    return hi > 0 ? lo / hi : Number.NaN;
}
const CLASSIFICATION_SUMMARIES = [
    'demographic_parity_difference',
    'demographic_parity_ratio',
    'equalized_odds_difference',
    'equalized_odds_ratio',
    'equal_opportunity_difference',
    'disparate_impact_ratio',
];
const REGRESSION_SUMMARIES = ['mae_max_gap', 'rmse_max_gap', 'mean_error_max_gap'];
/** Which way is better: differences and gaps toward 0, ratios toward 1. */
const SUMMARY_DIRECTION = {
    demographic_parity_difference: 'lower',
    demographic_parity_ratio: 'higher',
    equalized_odds_difference: 'lower',
    equalized_odds_ratio: 'higher',
    equal_opportunity_difference: 'lower',
    disparate_impact_ratio: 'higher',
    mae_max_gap: 'lower',
    rmse_max_gap: 'lower',
    mean_error_max_gap: 'lower',
};
/** The rates a summary reads: the groups it spans are those where all of them are defined. */
const SUMMARY_RATES = {
    demographic_parity_difference: ['selection_rate'],
    demographic_parity_ratio: ['selection_rate'],
    equalized_odds_difference: ['tpr', 'fpr'],
    equalized_odds_ratio: ['tpr', 'fpr'],
    equal_opportunity_difference: ['tpr'],
    disparate_impact_ratio: ['selection_rate'],
};
/**
 * A classification summary of one outcome from its group counts. `spans[r]` lists the groups whose
 * rate r enters the summary (fixed on the full data, so every resample compares the same groups).
 */
function classificationSummary(name, stats, outcomeBase, spans) {
    const values = (r) => (spans[r] ?? []).map((g) => classRate(stats, outcomeBase + g * CLASS_STATS, r));
    switch (name) {
        case 'demographic_parity_difference':
            return spread(values('selection_rate'));
        case 'demographic_parity_ratio':
        case 'disparate_impact_ratio':
            return minOverMax(values('selection_rate'));
        case 'equalized_odds_difference': {
            const a = spread(values('tpr'));
            const b = spread(values('fpr'));
            return Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : Math.max(a, b);
        }
        case 'equalized_odds_ratio': {
            const a = minOverMax(values('tpr'));
            const b = minOverMax(values('fpr'));
            return Number.isNaN(a) || Number.isNaN(b) ? Number.NaN : Math.min(a, b);
        }
        case 'equal_opportunity_difference':
            return spread(values('tpr'));
    }
}
function regressionSummary(name, stats, groups) {
    const error = name === 'mae_max_gap' ? 'mae' : name === 'rmse_max_gap' ? 'rmse' : 'mean_error';
    return spread(groups.map((g) => regressionError(stats, g * REG_STATS, error)));
}


/***/ }),

/***/ 3060:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FH: () => (/* binding */ DEFAULT_CONFIDENCE),
  DN: () => (/* binding */ DEFAULT_PAIRED_RESAMPLES),
  KP: () => (/* binding */ DEFAULT_SEED),
  yf: () => (/* binding */ Xoshiro128),
  Z4: () => (/* binding */ quantileSorted),
  Wx: () => (/* binding */ resampleCounts)
});

// UNUSED EXPORTS: DEFAULT_RESAMPLES, Resampler, bootstrapCi, bootstrapStatistics, percentileIntervals, resampleSeed, resolveBootstrapOptions

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/model/metrics/wasm-assembler.ts
var wasm_assembler = __webpack_require__(2585);
;// CONCATENATED MODULE: ../../../../shared/model/metrics/wasm-draws.ts
/**
 * The bootstrap's hot draw loop (bootstrap.ts, drawByteBlock) as one WebAssembly function, written
 * below as a commented listing (wasm-assembler.ts encodes it): a block of `len` draws of Lemire's
 * bounded index in [0, n) from xoshiro128**, each counted into byte counts as it is drawn. Same
 * stream, same rejections, same counts as Xoshiro128.drawCounts: test/model/metrics/wasm-draws.test.ts
 * checks them against it and against the Python port's values at Lemire's exact bound.
 *
 * Why: 1M draws take 2.2 ms here against 3.1 ms for the JavaScript loop (min CPU of 12 × 8 resamples,
 * 2-core dev machine). WebAssembly has the 64-bit product r·n (its low word is the rejection test,
 * its high word the index) and rotates as instructions, and checks memory bounds with guard pages
 * rather than a compare per access; the JavaScript loop goes through doubles for the high word.
 * Evaluate's 1,000 resamples draw 1M rows each: ~0.9 s of CPU saved on 1M rows.
 *
 * The counts live in the module's own memory (bytes 16..16 + n; bytes 0..16 hold the generator
 * state): byteCounts(n) makes them, Xoshiro128.drawCounts finds their drawer (wasmDrawsInto) and
 * calls it, and the summary pass reads them like any Uint8Array. Without WebAssembly (node
 * --jitless), or above 2^21 rows, byteCounts returns a plain Uint8Array and the JavaScript loop runs.
 */

/** Byte counts handed out by byteCounts, each with the drawer of its module instance. */
const drawers = new WeakMap();
/**
 * The WebAssembly draws into `counts` if byteCounts made it: adds n = counts.length draws of `rng`,
 * exactly as Xoshiro128.drawCounts does, advances `rng` as it would, and returns false if a count
 * passed 255. Undefined for any other array.
 */
function wasmDrawsInto(counts) {
    return drawers.get(counts);
}
/** Draws per call: lets V8 move the function to optimised code after a few calls (no OSR in wasm). */
const DRAWS_PER_CALL = 4096;
const COUNTS_AT = 16;
// Locals: params n, threshold, len; then the state words, the output r, xoshiro's t, the block's
// draw count k, the OR of the new counts, a new count, its address; and the 64-bit product r·n.
const [N, THRESHOLD, LEN, S0, S1, S2, S3, R, T, K, SEEN, V, AT, PRODUCT] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const LOCALS = [
    [10, wasm_assembler/* I32 */.jP],
    [1, wasm_assembler/* I64 */.uv],
];
const stateWord = (k) => [...(0,wasm_assembler/* i32 */.rT)(4 * k), ...(0,wasm_assembler/* i32Load */.jl)()];
const setStateWord = (k, local) => [...(0,wasm_assembler/* i32 */.rT)(4 * k), ...(0,wasm_assembler/* get */.Jt)(local), ...(0,wasm_assembler/* i32Store */.w2)()];
/** draw(n, threshold, len) → OR of the new counts: drawByteBlock of bootstrap.ts, line for line. */
const DRAW_BODY = [
    ...stateWord(0), ...(0,wasm_assembler/* set */.hZ)(S0),
    ...stateWord(1), ...(0,wasm_assembler/* set */.hZ)(S1),
    ...stateWord(2), ...(0,wasm_assembler/* set */.hZ)(S2),
    ...stateWord(3), ...(0,wasm_assembler/* set */.hZ)(S3),
    ...wasm_assembler/* BLOCK */.IE,
    ...wasm_assembler/* LOOP */.hN,
    //   while (k < len)
    ...(0,wasm_assembler/* get */.Jt)(K), ...(0,wasm_assembler/* get */.Jt)(LEN), ...wasm_assembler/* GE_U */.DB, ...(0,wasm_assembler/* brIf */.mz)(1),
    //   r = rotl(s1 · 5, 7) · 9; t = s1 << 9
    ...(0,wasm_assembler/* get */.Jt)(S1), ...(0,wasm_assembler/* i32 */.rT)(5), ...wasm_assembler/* MUL */.ti, ...(0,wasm_assembler/* i32 */.rT)(7), ...wasm_assembler/* ROTL */.Sr, ...(0,wasm_assembler/* i32 */.rT)(9), ...wasm_assembler/* MUL */.ti, ...(0,wasm_assembler/* set */.hZ)(R),
    ...(0,wasm_assembler/* get */.Jt)(S1), ...(0,wasm_assembler/* i32 */.rT)(9), ...wasm_assembler/* SHL */.oM, ...(0,wasm_assembler/* set */.hZ)(T),
    //   s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11)
    ...(0,wasm_assembler/* get */.Jt)(S2), ...(0,wasm_assembler/* get */.Jt)(S0), ...wasm_assembler/* XOR */.eP, ...(0,wasm_assembler/* set */.hZ)(S2),
    ...(0,wasm_assembler/* get */.Jt)(S3), ...(0,wasm_assembler/* get */.Jt)(S1), ...wasm_assembler/* XOR */.eP, ...(0,wasm_assembler/* set */.hZ)(S3),
    ...(0,wasm_assembler/* get */.Jt)(S1), ...(0,wasm_assembler/* get */.Jt)(S2), ...wasm_assembler/* XOR */.eP, ...(0,wasm_assembler/* set */.hZ)(S1),
    ...(0,wasm_assembler/* get */.Jt)(S0), ...(0,wasm_assembler/* get */.Jt)(S3), ...wasm_assembler/* XOR */.eP, ...(0,wasm_assembler/* set */.hZ)(S0),
    ...(0,wasm_assembler/* get */.Jt)(S2), ...(0,wasm_assembler/* get */.Jt)(T), ...wasm_assembler/* XOR */.eP, ...(0,wasm_assembler/* set */.hZ)(S2),
    ...(0,wasm_assembler/* get */.Jt)(S3), ...(0,wasm_assembler/* i32 */.rT)(11), ...wasm_assembler/* ROTL */.Sr, ...(0,wasm_assembler/* set */.hZ)(S3),
    //   product = r · n (unsigned, 64-bit); kept iff its low word ≥ threshold (unsigned)
    ...(0,wasm_assembler/* get */.Jt)(R), ...wasm_assembler/* EXTEND_U */.H9, ...(0,wasm_assembler/* get */.Jt)(N), ...wasm_assembler/* EXTEND_U */.H9, ...wasm_assembler/* MUL64 */.vM, ...(0,wasm_assembler/* tee */.nR)(PRODUCT),
    ...wasm_assembler/* WRAP */.Zk, ...(0,wasm_assembler/* get */.Jt)(THRESHOLD), ...wasm_assembler/* GE_U */.DB,
    ...wasm_assembler.IF,
    //     at = COUNTS_AT + high word; v = counts[at] + 1 (as i32); counts[at] = v (byte); seen |= v; k++
    ...(0,wasm_assembler/* get */.Jt)(PRODUCT), ...(0,wasm_assembler/* i64 */.cq)(32), ...wasm_assembler/* SHR_U64 */.Q, ...wasm_assembler/* WRAP */.Zk, ...(0,wasm_assembler/* i32 */.rT)(COUNTS_AT), ...wasm_assembler/* ADD */.gj, ...(0,wasm_assembler/* set */.hZ)(AT),
    ...(0,wasm_assembler/* get */.Jt)(AT), ...(0,wasm_assembler/* get */.Jt)(AT), ...wasm_assembler/* LOAD8_U */.Rv, ...(0,wasm_assembler/* i32 */.rT)(1), ...wasm_assembler/* ADD */.gj, ...(0,wasm_assembler/* tee */.nR)(V), ...wasm_assembler/* STORE8 */.sw,
    ...(0,wasm_assembler/* get */.Jt)(SEEN), ...(0,wasm_assembler/* get */.Jt)(V), ...wasm_assembler.OR, ...(0,wasm_assembler/* set */.hZ)(SEEN),
    ...(0,wasm_assembler/* get */.Jt)(K), ...(0,wasm_assembler/* i32 */.rT)(1), ...wasm_assembler/* ADD */.gj, ...(0,wasm_assembler/* set */.hZ)(K),
    ...wasm_assembler/* END */.Kp,
    ...(0,wasm_assembler.br)(0),
    ...wasm_assembler/* END */.Kp,
    ...wasm_assembler/* END */.Kp,
    ...setStateWord(0, S0),
    ...setStateWord(1, S1),
    ...setStateWord(2, S2),
    ...setStateWord(3, S3),
    ...(0,wasm_assembler/* get */.Jt)(SEEN),
    ...wasm_assembler/* END */.Kp,
];
/** The compiled draws, once per thread: undefined until first asked for, null without WebAssembly. */
let kernel;
/**
 * n zeroed byte counts for Xoshiro128.drawCounts: in a WebAssembly memory of their own, drawn into by
 * the function above, when WebAssembly runs here and 1 ≤ n ≤ 2^21; else a plain Uint8Array.
 */
function wasm_draws_byteCounts(n) {
    if (!(Number.isInteger(n) && n >= 1 && n <= 0x200000))
        return new Uint8Array(n);
    kernel ??= compileKernel(() => oneFunctionModule('draw', 3, I32, LOCALS, DRAW_BODY), 'draw');
    const instance = kernel?.(COUNTS_AT + n);
    if (!instance)
        return new Uint8Array(n);
    const { fn: draw, buffer } = instance;
    const state = new Int32Array(buffer, 0, 4);
    const counts = new Uint8Array(buffer, COUNTS_AT, n);
    const threshold = (4294967296 - n) % n;
    drawers.set(counts, (rng) => {
        state.set(rng.saveState());
        let seen = 0;
        for (let start = 0; start < n; start += DRAWS_PER_CALL)
            seen |= draw(n, threshold, Math.min(DRAWS_PER_CALL, n - start));
        rng.restoreState([state[0], state[1], state[2], state[3]]);
        return seen < 256;
    });
    return counts;
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/bootstrap.ts
/**
 * Seeded bootstrap confidence intervals.
 *
 * Method: the ordinary (multinomial) nonparametric bootstrap, percentile interval.
 * - A resample draws n row indices uniformly with replacement from a seeded PRNG, but never builds
 *   the resampled rows: it records how often each row was drawn (a vector of multiplicities, i.e.
 *   multinomial(n; 1/n, …, 1/n) counts) and hands that to a metric that accepts integer `weights`.
 *   A weighted metric over pre-sorted data is one O(n) pass, so ROC AUC and average precision are
 *   never re-sorted per resample.
 * - Interval: the α/2 and 1 − α/2 quantiles of the resampled statistics (α = 1 − confidence), with
 *   NumPy's default "linear" quantile interpolation (Hyndman & Fan type 7). Efron & Tibshirani
 *   (1993), ch. 13. Resamples on which the metric is undefined (NaN, e.g. ROC AUC on a resample
 *   with one class) are dropped and counted in `invalid`.
 * - The point estimate is the metric on the full data (weights omitted).
 * - Counts live in a Uint8Array (a row drawn > 255 times is replayed into a Uint32Array), which
 *   quarters the memory traffic of the scatter and of the metric pass.
 *
 * - Each resample has its own stream: resample b draws from a generator seeded with
 *   resampleSeed(seed, b) (splitmix32 finalizer of seed ^ mix(b)). Resample b's counts thus do not
 *   depend on the resamples before it, so bootstrap-parallel.ts can run resamples on any number of
 *   worker threads in any order and get the same statistics in the same slots. (Until this change
 *   all resamples drew from one stream, so a seed's intervals differ from older reports'.)
 *
 * PRNG: xoshiro128** 1.0 (Blackman & Vigna, 2018), 32-bit state words, seeded from a 32-bit
 * integer through splitmix32 so that nearby seeds give unrelated streams. Index draws use Lemire's
 * multiply-and-reject method (exactly uniform for n ≤ 2^21; above that one 53-bit draw is scaled,
 * with a bias below n / 2^53).
 */


/**
 * Resamples used when none are asked for: 1,000, what careful reviewers ask of a percentile
 * interval (issue 18; with 200 the 2.5 % and 97.5 % quantiles rest on 5 resamples each).
 *
 * What that costs, measured with bench/evaluate-metrics.ts (1M binary rows, all 19 binary metrics,
 * CIs through bootstrapMetricsParallel: this thread + 1 worker, under tsx) on the 2-core dev machine,
 * before/after runs interleaved. The machine was shared throughout (load average 14–21), so CPU
 * seconds (user + system, all threads) are the figure to compare; wall time was ~3× CPU / 2 there.
 *   CIs, 1,000 resamples: before 16.3, 22.3 s CPU (51, 73 s wall); after 8.8, 10.2 s CPU (28, 37 s
 *   wall). Peak RSS 236–250 → 182–183 MB (the workers get only the summary's arrays).
 *   Whole evaluate step (bench/evaluate.ts: CSV, metrics, 1,000-resample CIs, examples file):
 *   20.5 → 14.9 s CPU.
 * Quiet machine: an estimate, not a measurement (it was never quiet while this was written). CPU
 * per resample there was about half the loaded figure for the old code (10.9 ms in-thread at load
 * ≈ 1 against 16–22 ms loaded), which puts 1,000 resamples at ~4.5–5.5 s CPU, ~2.5–3 s wall on
 * 2 cores, plus the sort (~0.3 s). Per resample, in-thread: draws + scatter 5–7 → 3.2–3.6 ms, summary pass
 * 7.5 → 3.0 ms (min CPU over 60 runs, loaded). Counts and intervals are bit-identical before and
 * after for a seed.
 * Later (issue 18, the ≤ 5 s goal on a slow day): the draws count as they draw (3.5 → 2.9 ms), then
 * run in WebAssembly (wasm-draws.ts, 2.2 ms); the summary's untied spans drop the dP/2 term (3.2 →
 * 2.9 ms), then run in WebAssembly (wasm-summary.ts, 2.4 ms with the copy of the counts): ~4.6 ms
 * CPU per 1M-row resample, min of repeated runs on the loaded 2-core machine. Same counts and
 * intervals.
 */
const DEFAULT_RESAMPLES = 1000;
/**
 * Resamples when none are asked for in compare's paired bootstrap (metric and fairness deltas) and
 * drift-check's fairness CIs: 200, as before issue 18. Their per-resample passes have not had the
 * span pass evaluate's summary got: a paired resample recomputes both models' metrics with 32-bit
 * counts (~7.5 ms per model at 1M rows), and the fairness deltas count every sensitive column's
 * cells. Measured at 1M rows with three sensitive columns, a whole compare took 31 CPU s at 200
 * resamples, so 1,000 would be ~150 s. Teams that want 1,000 set `significance.resamples`
 * (compare) or `fairness.resamples` (drift-check).
 */
const DEFAULT_PAIRED_RESAMPLES = 200;
const DEFAULT_CONFIDENCE = 0.95;
const DEFAULT_SEED = 20240101;
const TWO_POW_MINUS_32 = 2 ** -32;
/** xoshiro128** with splitmix32 seeding. */
class Xoshiro128 {
    s0;
    s1;
    s2;
    s3;
    constructor(seed) {
        let x = seed >>> 0;
        const splitmix32 = () => {
            x = (x + 0x9e3779b9) | 0;
            let z = x;
            z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
            z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
            return (z ^ (z >>> 15)) >>> 0;
        };
        this.s0 = splitmix32();
        this.s1 = splitmix32();
        this.s2 = splitmix32();
        this.s3 = splitmix32();
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 1;
    }
    /** Next uniform 32-bit unsigned integer. */
    nextUint32() {
        const s1 = this.s1;
        const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = rotl(this.s3, 11);
        return r >>> 0;
    }
    /** Uniform integer in [0, n). */
    nextIndex(n) {
        if (n <= 0x200000) {
            // Lemire (2019): x·n is exact below 2^53; reject the few x that would bias the high word.
            let m = this.nextUint32() * n;
            let hi = Math.floor(m * TWO_POW_MINUS_32);
            let l = m - hi * 4294967296;
            if (l < n) {
                const threshold = (4294967296 - n) % n;
                while (l < threshold) {
                    m = this.nextUint32() * n;
                    hi = Math.floor(m * TWO_POW_MINUS_32);
                    l = m - hi * 4294967296;
                }
            }
            return hi;
        }
        const u = ((this.nextUint32() >>> 5) * 67108864 + (this.nextUint32() >>> 6)) / 9007199254740992;
        return Math.floor(u * n);
    }
    /** The generator state, to replay a stretch of the stream. */
    saveState() {
        return [this.s0, this.s1, this.s2, this.s3];
    }
    restoreState(state) {
        [this.s0, this.s1, this.s2, this.s3] = state;
    }
    /**
     * Adds counts.length draws of nextIndex(counts.length) to `counts`: the bootstrap's hot loop (same
     * stream as calling nextIndex repeatedly). Returns false if a count exceeded what the array holds
     * (only conceivable for Uint8Array: a row drawn > 255 times); the caller then replays the stream
     * into a wider array.
     */
    drawCounts(counts) {
        const n = counts.length;
        // Counts made by byteCounts are drawn into by WebAssembly: same draws, ~30 % less time.
        const wasm = counts instanceof Uint8Array ? wasmDrawsInto(counts) : undefined;
        if (wasm)
            return wasm(this);
        if (n <= 0x200000)
            return this.drawBlocks(counts);
        // Above 2^21 rows each index takes two 32-bit draws (nextIndex); rare enough to stay simple.
        const max = counts instanceof Uint8Array ? 255 : 4294967295;
        let ok = true;
        for (let k = 0; k < n; k++) {
            const i = this.nextIndex(n);
            const v = counts[i] + 1;
            counts[i] = v;
            if (v > max)
                ok = false;
        }
        return ok;
    }
    /**
     * drawCounts for n ≤ 2^21, block-wise: drawByteBlock (byte counts: evaluate's bootstrap) or
     * drawWideBlock (32-bit: compare's paired resamples) draws DRAW_BLOCK indices and counts them.
     * Small functions called ~250 times per resample get V8's regular optimised code (int32 state in
     * registers); one 1M-iteration loop was entered through on-stack replacement and ran at half speed
     * in about half the runs (measured 5–7 ms against 3.2 ms per 1M draws). Same draws, same order,
     * same counts.
     */
    drawBlocks(counts) {
        const n = counts.length;
        const threshold = (4294967296 - n) % n;
        const scale = n * TWO_POW_MINUS_32;
        const state = DRAW_STATE;
        state[0] = this.s0;
        state[1] = this.s1;
        state[2] = this.s2;
        state[3] = this.s3;
        let seen = 0;
        for (let start = 0; start < n; start += DRAW_BLOCK) {
            const len = Math.min(DRAW_BLOCK, n - start);
            if (counts instanceof Uint8Array)
                seen |= drawByteBlock(state, counts, n, threshold, scale, len);
            else
                drawWideBlock(state, counts, n, threshold, scale, len);
        }
        this.s0 = state[0];
        this.s1 = state[1];
        this.s2 = state[2];
        this.s3 = state[3];
        return seen < 256;
    }
}
/** Indices per drawByteBlock call. */
const DRAW_BLOCK = 4096;
/** Scratch for drawBlocks (one per thread: every worker has its own module instance). */
const DRAW_STATE = new Int32Array(4);
/*
 * drawByteBlock and drawWideBlock: `len` draws of Lemire's bounded index in [0, n) (n ≤ 2^21) from
 * the xoshiro128** state in `state` (updated), each counted into `counts` as it is drawn.
 * - One loop step per 32-bit output: an output whose low word of r·n (Math.imul(r, n)) is below
 *   `threshold` is rejected and the loop goes on to the next output, as nextIndex's rejection loop
 *   does; the step counts only accepted draws. No inner loop: the state stays in registers (an inner
 *   rejection loop, and a separate pass over a buffer of indices, measured 3.5 ms per 1M draws,
 *   this 2.9 ms).
 * - The high word of r·n is r·(n·2^−32), exact in a double (r·n < 2^53 and the factor a power of
 *   two times n), truncated by `| 0` (it is < 2^21).
 * Two functions rather than one over Multiplicities: each keeps one element type (monomorphic).
 */
/** Returns the OR of the new counts (≥ 256: one wrapped). */
function drawByteBlock(state, counts, n, threshold, scale, len) {
    let s0 = state[0];
    let s1 = state[1];
    let s2 = state[2];
    let s3 = state[3];
    let seen = 0;
    for (let k = 0; k < len;) {
        const x = Math.imul(s1, 5);
        const r = Math.imul((x << 7) | (x >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        if (Math.imul(r, n) >>> 0 >= threshold) {
            const i = ((r >>> 0) * scale) | 0;
            const v = counts[i] + 1;
            counts[i] = v;
            seen |= v;
            k++;
        }
    }
    state[0] = s0;
    state[1] = s1;
    state[2] = s2;
    state[3] = s3;
    return seen;
}
/** 32-bit counts: n ≤ 2^21 draws cannot wrap them. */
function drawWideBlock(state, counts, n, threshold, scale, len) {
    let s0 = state[0];
    let s1 = state[1];
    let s2 = state[2];
    let s3 = state[3];
    for (let k = 0; k < len;) {
        const x = Math.imul(s1, 5);
        const r = Math.imul((x << 7) | (x >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        if (Math.imul(r, n) >>> 0 >= threshold) {
            counts[((r >>> 0) * scale) | 0]++;
            k++;
        }
    }
    state[0] = s0;
    state[1] = s1;
    state[2] = s2;
    state[3] = s3;
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}
/**
 * One multinomial resample as multiplicities: draws n indices with `rng.nextIndex(n)` and counts
 * them into `counts` (overwritten). Drawing the same indices and copying rows gives the same resample.
 */
function resampleCounts(rng, counts) {
    counts.fill(0);
    rng.drawCounts(counts);
    return counts;
}
/** NumPy `np.quantile(x, q)` (method "linear") of an ascending array. */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function resolveBootstrapOptions(options) {
    const resamples = options.resamples ?? DEFAULT_RESAMPLES;
    const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
    const seed = options.seed ?? DEFAULT_SEED;
    if (!Number.isInteger(resamples) || resamples < 1)
        throw new InputError(`bootstrap: resamples must be a positive integer, got ${resamples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new InputError(`bootstrap: confidence must be in (0, 1), got ${confidence}`);
    if (!Number.isInteger(seed))
        throw new InputError(`bootstrap: seed must be an integer, got ${seed}`);
    return { resamples, confidence, seed };
}
/**
 * The seed of resample `index`'s own PRNG stream: splitmix32's finalizer of `seed ^ mix(index)`.
 * Each resample draws from `new Xoshiro128(resampleSeed(seed, index))`, so resample i draws the same
 * rows whichever thread runs it, and in whatever order (bootstrap-parallel.ts).
 */
function resampleSeed(seed, index) {
    return fmix32((seed >>> 0) ^ fmix32((index + 0x9e3779b9) | 0)) >>> 0;
}
function fmix32(x) {
    let z = x | 0;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) | 0;
}
/**
 * Runs resamples one at a time into a flat statistics array (`stats[m * resamples + b]` for metric
 * m of resample b): the loop body shared by the in-thread path and the bootstrap workers.
 */
class Resampler {
    summarize;
    finishers;
    data;
    seed;
    resamples;
    stats;
    counts;
    wide;
    constructor(summarize, finishers, data, seed, resamples, stats) {
        this.summarize = summarize;
        this.finishers = finishers;
        this.data = data;
        this.seed = seed;
        this.resamples = resamples;
        this.stats = stats;
        // Byte-sized counts: a quarter of the memory traffic of 32-bit counts in the two hot loops.
        // In a WebAssembly memory when it can be: drawCounts then draws there (wasm-draws.ts).
        this.counts = byteCounts(data.length);
    }
    run(b) {
        const rng = new Xoshiro128(resampleSeed(this.seed, b));
        const counts = this.counts;
        counts.fill(0);
        let weights = counts;
        if (!rng.drawCounts(counts)) {
            // A row drawn > 255 times: replay this resample's stream into 32-bit counts.
            this.wide ??= new Uint32Array(this.data.length);
            weights = resampleCounts(new Xoshiro128(resampleSeed(this.seed, b)), this.wide);
        }
        const summary = this.summarize(this.data, weights);
        for (let m = 0; m < this.finishers.length; m++)
            this.stats[m * this.resamples + b] = this.finishers[m](summary);
    }
}
/** Percentile intervals from the flat per-resample statistics (resample order, see Resampler). */
function percentileIntervals(names, estimates, stats, options) {
    const { resamples, confidence, seed } = options;
    const alpha = 1 - confidence;
    const out = {};
    names.forEach((name, m) => {
        const valid = stats.slice(m * resamples, (m + 1) * resamples).filter((x) => !Number.isNaN(x)).sort();
        out[name] = {
            estimate: estimates[m],
            lower: quantileSorted(valid, alpha / 2),
            upper: quantileSorted(valid, 1 - alpha / 2),
            confidence,
            resamples,
            invalid: resamples - valid.length,
            method: 'percentile',
            seed,
        };
    });
    return out;
}
/**
 * Percentile intervals for several metrics that share one summary per resample: `summarize` makes
 * one pass over the data with the resample's multiplicities, and each metric reads the summary.
 * Runs every resample on this thread; bootstrap-parallel.ts spreads them over worker threads with
 * the same per-resample streams, hence the same intervals.
 */
function bootstrapStatistics(summarize, metrics, data, options = {}) {
    const resolved = resolveBootstrapOptions(options);
    const names = Object.keys(metrics);
    const full = summarize(data);
    if (data.length === 0)
        throw new InputError('bootstrap: no rows to resample');
    const stats = new Float64Array(names.length * resolved.resamples);
    const resampler = new Resampler(summarize, names.map((n) => metrics[n]), data, resolved.seed, resolved.resamples, stats);
    for (let b = 0; b < resolved.resamples; b++)
        resampler.run(b);
    return percentileIntervals(names, names.map((n) => metrics[n](full)), stats, resolved);
}
/** Percentile bootstrap interval of one weighted metric. */
function bootstrapCi(metric, data, options = {}) {
    return bootstrapStatistics(metric, { value: (x) => x }, data, options).value;
}


/***/ }),

/***/ 2010:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IO: () => (/* binding */ BINARY_FROM_SUMMARY),
  FH: () => (/* reexport */ bootstrap/* DEFAULT_CONFIDENCE */.FH),
  DN: () => (/* reexport */ bootstrap/* DEFAULT_PAIRED_RESAMPLES */.DN),
  KP: () => (/* reexport */ bootstrap/* DEFAULT_SEED */.KP),
  Cb: () => (/* binding */ METRICS),
  Uw: () => (/* binding */ METRIC_NAMES),
  yf: () => (/* reexport */ bootstrap/* Xoshiro128 */.yf),
  MY: () => (/* binding */ binaryEvaluation),
  m2: () => (/* binding */ multiclassEvaluation),
  Z4: () => (/* reexport */ bootstrap/* quantileSorted */.Z4),
  yv: () => (/* binding */ regressionEvaluation),
  Wx: () => (/* reexport */ bootstrap/* resampleCounts */.Wx),
  X: () => (/* binding */ summarizeBinary)
});

// UNUSED EXPORTS: DEFAULT_RESAMPLES, ECE_DEFAULT_BINS, FLOAT64_EPS, Resampler, accuracy, argsortDescending, averagePrecision, averagePrecisionRanked, balancedAccuracy, bootstrapCi, bootstrapMetrics, bootstrapPlan, bootstrapStatistics, brierScoreLoss, checkSameLength, computeMetrics, confusionMatrix, eceBin, expectedCalibrationError, explainedVariance, f1, logLoss, meanAbsoluteError, meanAbsolutePercentageError, meanSquaredError, medianAbsoluteError, metricsForTask, percentileIntervals, precision, precisionRecallF1, r2, rankBinary, rankedCurveSums, recall, resampleSeed, resampleSummary, resolveBootstrapOptions, rocAuc, rocAucOvr, rocAucRanked, rootMeanSquaredError, summarizeBinaryGeneral, uniqueLabels, weightedMedianSorted, weightsInRankOrder

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
;// CONCATENATED MODULE: ../../../../shared/model/metrics/classification.ts
/**
 * Classification metrics with scikit-learn 1.2 semantics (sklearn/metrics/_classification.py).
 *
 * Every function takes an optional `weights` vector. It means what scikit-learn's `sample_weight`
 * means; integer weights are multiplicities, which is how the bootstrap (bootstrap.ts) resamples
 * without copying rows.
 *
 * zero_division: scikit-learn's default is "warn", which returns 0 for an ill-defined ratio
 * (precision with no predicted positives, recall with no true positives, F1 when both are 0).
 * We return 0 in the same places and do not warn: these functions are pure and have no logger.
 *
 * Labels are numbers or strings, never mixed (scikit-learn refuses mixes too). They are ordered as
 * `sklearn.utils.multiclass.unique_labels` orders them: numbers ascending, strings by code unit.
 * (NumPy compares strings by code point; the two orders differ only for characters outside the
 * Basic Multilingual Plane versus U+E000..U+FFFF.)
 */

function classification_checkSameLength(what, ...arrays) {
    const first = arrays[0];
    for (const a of arrays) {
        if (a !== undefined && a.length !== first.length) {
            throw new errors/* InputError */.dz(`${what}: inputs have different lengths (${arrays.filter((x) => x).map((x) => x.length).join(' vs ')})`, {
                hint: 'pass one value per row in every column',
            });
        }
    }
    return first.length;
}
function compareLabels(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Sorted distinct labels of all inputs (scikit-learn `unique_labels`). */
function classification_uniqueLabels(...ys) {
    const seen = new Set();
    for (const y of ys)
        for (let i = 0; i < y.length; i++)
            seen.add(y[i]);
    const labels = [...seen];
    const kinds = new Set(labels.map((l) => typeof l));
    if (kinds.size > 1) {
        throw new errors/* InputError */.dz('labels mix numbers and strings', { hint: 'encode every label the same way' });
    }
    for (const l of labels) {
        if (typeof l === 'number' && Number.isNaN(l))
            throw new errors/* InputError */.dz('labels contain NaN');
    }
    return labels.sort(compareLabels);
}
function labelIndex(labels) {
    const index = new Map();
    labels.forEach((l, i) => index.set(l, i));
    return index;
}
function weightSum(n, weights) {
    if (!weights)
        return n;
    let s = 0;
    for (let i = 0; i < n; i++)
        s += weights[i];
    return s;
}
/** Weighted confusion counts as a flat row-major k×k array (row = true, column = predicted). */
function confusionCounts(yTrue, yPred, labels, weights) {
    const n = classification_checkSameLength('confusion matrix', yTrue, yPred, weights);
    const k = labels.length;
    const index = labelIndex(labels);
    const counts = new Float64Array(k * k);
    for (let i = 0; i < n; i++) {
        const t = index.get(yTrue[i]);
        const p = index.get(yPred[i]);
        // scikit-learn drops rows whose true or predicted label is not in `labels`.
        if (t === undefined || p === undefined)
            continue;
        counts[t * k + p] += weights ? weights[i] : 1;
    }
    return counts;
}
/** scikit-learn `confusion_matrix(y_true, y_pred, labels=..., sample_weight=...)`. */
function confusionMatrix(yTrue, yPred, options = {}) {
    const labels = options.labels ? [...options.labels] : classification_uniqueLabels(yTrue, yPred);
    const flat = confusionCounts(yTrue, yPred, labels, options.weights);
    const k = labels.length;
    const counts = [];
    for (let i = 0; i < k; i++)
        counts.push(Array.from(flat.subarray(i * k, (i + 1) * k)));
    return { labels, counts };
}
/** scikit-learn `accuracy_score` (normalize=True). */
function accuracy(yTrue, yPred, options = {}) {
    const n = classification_checkSameLength('accuracy', yTrue, yPred, options.weights);
    const w = options.weights;
    let hit = 0;
    for (let i = 0; i < n; i++)
        if (yTrue[i] === yPred[i])
            hit += w ? w[i] : 1;
    return hit / weightSum(n, w);
}
/**
 * scikit-learn `balanced_accuracy_score(adjusted=False)`: the mean recall over the classes present
 * in y_true. Classes that occur only in y_pred have no recall and are dropped (scikit-learn warns).
 */
function balancedAccuracy(yTrue, yPred, options = {}) {
    const labels = classification_uniqueLabels(yTrue, yPred);
    const k = labels.length;
    const c = confusionCounts(yTrue, yPred, labels, options.weights);
    let sum = 0;
    let classes = 0;
    for (let i = 0; i < k; i++) {
        let row = 0;
        for (let j = 0; j < k; j++)
            row += c[i * k + j];
        if (row === 0)
            continue;
        sum += c[i * k + i] / row;
        classes++;
    }
    return sum / classes;
}
/** Ratio with scikit-learn's default zero_division ("warn" → 0). */
function ratio(num, den) {
    return den === 0 ? 0 : num / den;
}
/** F1 from precision and recall exactly as scikit-learn 1.2 does (denominator 0 → 0). */
function fScore(p, r) {
    const den = p + r;
    return den === 0 ? 0 : (2 * p * r) / den;
}
/**
 * scikit-learn `precision_recall_fscore_support(average=..., pos_label=...)` with beta = 1.
 *
 * - `binary` (default): scores of `posLabel` (default 1). Fails if y_true ∪ y_pred holds more than
 *   two labels, or two labels of which none is `posLabel`.
 * - `macro`: unweighted mean of the per-class scores over `labels` (default unique_labels).
 * - `micro`: from the summed tp/fp/fn (equals accuracy for single-label multiclass).
 * - `weighted`: per-class scores weighted by true support.
 */
function precisionRecallF1(yTrue, yPred, options = {}) {
    const average = options.average ?? 'binary';
    const present = classification_uniqueLabels(yTrue, yPred);
    let labels;
    if (average === 'binary') {
        if (present.length > 2) {
            throw new errors/* InputError */.dz(`average='binary' but y_true/y_pred hold ${present.length} labels`, {
                hint: "choose average 'macro', 'micro' or 'weighted' for multiclass targets",
            });
        }
        const posLabel = options.posLabel ?? 1;
        if (present.length === 2 && !present.includes(posLabel)) {
            throw new errors/* InputError */.dz(`pos_label=${String(posLabel)} is not a valid label: it should be one of ${present.join(', ')}`);
        }
        labels = [posLabel];
    }
    else {
        labels = options.labels ? [...options.labels] : present;
    }
    // Counting over all labels present keeps rows with other labels out of tp/fp/fn exactly as
    // scikit-learn's multilabel_confusion_matrix does.
    const all = options.labels ? classification_uniqueLabels([...present, ...labels]) : classification_uniqueLabels(present, labels);
    const k = all.length;
    const c = confusionCounts(yTrue, yPred, all, options.weights);
    const idx = labelIndex(all);
    const tp = [];
    const predSum = [];
    const trueSum = [];
    for (const l of labels) {
        const i = idx.get(l);
        let col = 0;
        let row = 0;
        for (let j = 0; j < k; j++) {
            col += c[j * k + i];
            row += c[i * k + j];
        }
        tp.push(c[i * k + i]);
        predSum.push(col);
        trueSum.push(row);
    }
    if (average === 'micro') {
        const t = tp.reduce((a, b) => a + b, 0);
        const p = ratio(t, predSum.reduce((a, b) => a + b, 0));
        const r = ratio(t, trueSum.reduce((a, b) => a + b, 0));
        return { precision: p, recall: r, f1: fScore(p, r) };
    }
    const ps = tp.map((t, i) => ratio(t, predSum[i]));
    const rs = tp.map((t, i) => ratio(t, trueSum[i]));
    const fs = ps.map((p, i) => fScore(p, rs[i]));
    if (average === 'binary')
        return { precision: ps[0], recall: rs[0], f1: fs[0] };
    if (average === 'macro') {
        const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
        return { precision: mean(ps), recall: mean(rs), f1: mean(fs) };
    }
    const support = trueSum.reduce((a, b) => a + b, 0);
    const wmean = (xs) => (support === 0 ? 0 : xs.reduce((a, x, i) => a + x * trueSum[i], 0) / support);
    return { precision: wmean(ps), recall: wmean(rs), f1: wmean(fs) };
}
/** scikit-learn `precision_score`. */
function precision(yTrue, yPred, options) {
    return precisionRecallF1(yTrue, yPred, options).precision;
}
/** scikit-learn `recall_score`. */
function recall(yTrue, yPred, options) {
    return precisionRecallF1(yTrue, yPred, options).recall;
}
/** scikit-learn `f1_score`. */
function f1(yTrue, yPred, options) {
    return precisionRecallF1(yTrue, yPred, options).f1;
}
function isMatrix(p) {
    return p.length > 0 && typeof p[0] !== 'number';
}
/** float64 machine epsilon, `np.finfo(np.float64).eps`. */
const FLOAT64_EPS = Number.EPSILON;
/**
 * scikit-learn 1.2 `log_loss(y_true, y_pred, eps="auto", normalize=True)`.
 *
 * Exactly as 1.2: classes are `labels` or the sorted labels of y_true (at least two). Every
 * probability is clipped to [eps, 1 - eps] with eps = "auto" = np.finfo(float64).eps = 2.22e-16;
 * a 1-D input is the probability of the greater class and becomes the pair (1 - p, p) AFTER
 * clipping; each row is then divided by its sum (silent renormalisation), and the loss is the
 * (weighted) mean of -log p[true class].
 *
 * Newer scikit-learn: 1.3 deprecated `eps` and warns when rows do not sum to 1; 1.5 removed `eps`
 * (clipping at the dtype's eps stays) and raises instead of renormalising rows that do not sum
 * to 1 (PR #28851). For valid probabilities all versions agree.
 */
function logLoss(yTrue, yProba, options = {}) {
    const n = classification_checkSameLength('log_loss', yTrue, yProba, options.weights);
    const eps = options.eps ?? FLOAT64_EPS;
    const classes = options.labels ? classification_uniqueLabels(options.labels) : classification_uniqueLabels(yTrue);
    if (classes.length < 2) {
        throw new errors/* InputError */.dz(`log_loss needs at least two classes, y_true holds only ${classes.join(', ')}`, {
            hint: 'pass the full list of classes as labels',
        });
    }
    const index = labelIndex(classes);
    const clip = (p) => (p < eps ? eps : p > 1 - eps ? 1 - eps : p);
    const w = options.weights;
    let total = 0;
    let wsum = 0;
    const matrix = isMatrix(yProba);
    if (!matrix && classes.length !== 2) {
        throw new errors/* InputError */.dz(`log_loss got one probability per row but ${classes.length} classes`, {
            hint: 'pass one probability per class and row for multiclass targets',
        });
    }
    for (let i = 0; i < n; i++) {
        const t = index.get(yTrue[i]);
        if (t === undefined)
            throw new errors/* InputError */.dz(`log_loss: y_true label ${String(yTrue[i])} is not one of the classes ${classes.join(', ')}`);
        let loss;
        if (!matrix) {
            const p1 = clip(yProba[i]);
            const p0 = 1 - p1;
            loss = -Math.log((t === 1 ? p1 : p0) / (p0 + p1));
        }
        else {
            const row = yProba[i];
            if (row.length !== classes.length) {
                throw new errors/* InputError */.dz(`log_loss: row ${i} has ${row.length} probabilities for ${classes.length} classes (${classes.join(', ')})`, {
                    hint: 'columns must follow the sorted class labels; pass labels if y_true lacks some classes',
                });
            }
            let sum = 0;
            for (let j = 0; j < row.length; j++)
                sum += clip(row[j]);
            loss = -Math.log(clip(row[t]) / sum);
        }
        const wi = w ? w[i] : 1;
        total += wi * loss;
        wsum += wi;
    }
    return total / wsum;
}
/**
 * scikit-learn 1.2's default pos_label for binary y_true: 1 when the classes are exactly {0, 1},
 * {-1, 1}, {0}, {-1} or {1} (`_check_pos_label_consistency`), else, for numbers, the greatest class
 * (brier_score_loss's fallback): y_true {-1, 0} scores class 0.
 */
function defaultPosLabel(yTrue, fn) {
    const classes = classification_uniqueLabels(yTrue);
    const are = (...want) => classes.length === want.length && want.every((w, i) => classes[i] === w);
    if (are(0, 1) || are(-1, 1) || are(0) || are(-1) || are(1))
        return 1;
    if (classes.every((c) => typeof c === 'number'))
        return classes[classes.length - 1];
    throw new errors/* InputError */.dz(`${fn}: y_true labels are ${classes.join(', ')}, so the positive class is ambiguous`, {
        hint: 'pass posLabel',
    });
}
/** scikit-learn `brier_score_loss(y_true, y_prob, pos_label=...)` (binary only). */
function brierScoreLoss(yTrue, yProb, options = {}) {
    const n = classification_checkSameLength('brier_score_loss', yTrue, yProb, options.weights);
    if (classification_uniqueLabels(yTrue).length > 2)
        throw new InputError('brier_score_loss supports binary targets only');
    const pos = options.posLabel ?? defaultPosLabel(yTrue, 'brier_score_loss');
    const w = options.weights;
    let total = 0;
    let wsum = 0;
    for (let i = 0; i < n; i++) {
        const p = yProb[i];
        if (!(p >= 0 && p <= 1))
            throw new InputError(`brier_score_loss: probability ${p} at row ${i} is outside [0, 1]`);
        const d = (yTrue[i] === pos ? 1 : 0) - p;
        const wi = w ? w[i] : 1;
        total += wi * d * d;
        wsum += wi;
    }
    return total / wsum;
}
/** Default number of ECE bins (Guo et al. 2017; torchmetrics' default). */
const ECE_DEFAULT_BINS = 15;
/**
 * ECE bin of a confidence p in [0, 1]: bins are the right-closed intervals ((m-1)/M, m/M] of
 * Guo et al. (2017) §2, with the edges computed as m / M; p = 0 goes to the first bin.
 */
function eceBin(p, bins) {
    let b = Math.ceil(p * bins) - 1;
    if (b < 0)
        b = 0;
    if (b > bins - 1)
        b = bins - 1;
    // p * bins may round across an edge; settle against the exact edges m / M.
    while (b > 0 && p <= b / bins)
        b--;
    while (b < bins - 1 && p > (b + 1) / bins)
        b++;
    return b;
}
/**
 * Expected calibration error (Guo et al., "On Calibration of Modern Neural Networks", ICML 2017):
 *   ECE = Σ_m (|B_m| / n) · |acc(B_m) − conf(B_m)| = Σ_m |Σ_{i∈B_m} (correct_i − conf_i)| / n
 * with M equal-width bins (default 15), right-closed ((m−1)/M, m/M] and 0 in the first bin.
 *
 * - Binary (`yProb` one value per row): conf_i = P(positive), correct_i = [y_i = posLabel], the
 *   reliability of the positive-class probability, as torchmetrics' `binary_calibration_error`.
 * - Multiclass (`yProb` one row per sample, columns = sorted classes or `labels`): top-label,
 *   conf_i = max_j p_ij, correct_i = [class of the first argmax = y_i], as Guo et al. and
 *   torchmetrics' `multiclass_calibration_error`.
 *
 * torchmetrics buckets with torch.bucketize(right=True) on float32 edges, i.e. [lo, hi) bins plus a
 * separate bucket for exactly 1.0, so it can differ from this definition for confidences that sit
 * exactly on an edge (k/15, or 1.0).
 */
function expectedCalibrationError(yTrue, yProb, options = {}) {
    const n = classification_checkSameLength('ece', yTrue, yProb, options.weights);
    const bins = options.bins ?? ECE_DEFAULT_BINS;
    if (!Number.isInteger(bins) || bins < 1)
        throw new errors/* InputError */.dz(`ece: bins must be a positive integer, got ${bins}`);
    const gap = new Float64Array(bins);
    const w = options.weights;
    let wsum = 0;
    if (!isMatrix(yProb)) {
        const pos = options.posLabel ?? defaultPosLabel(yTrue, 'ece');
        for (let i = 0; i < n; i++) {
            const p = yProb[i];
            if (!(p >= 0 && p <= 1))
                throw new errors/* InputError */.dz(`ece: probability ${p} at row ${i} is outside [0, 1]`);
            const wi = w ? w[i] : 1;
            gap[eceBin(p, bins)] += wi * ((yTrue[i] === pos ? 1 : 0) - p);
            wsum += wi;
        }
    }
    else {
        const classes = options.labels ? [...options.labels] : classification_uniqueLabels(yTrue);
        for (let i = 0; i < n; i++) {
            const row = yProb[i];
            if (row.length !== classes.length) {
                throw new errors/* InputError */.dz(`ece: row ${i} has ${row.length} probabilities for ${classes.length} classes`, {
                    hint: 'columns must follow the sorted class labels; pass labels if y_true lacks some classes',
                });
            }
            let best = 0;
            for (let j = 1; j < row.length; j++)
                if (row[j] > row[best])
                    best = j;
            const conf = row[best];
            const wi = w ? w[i] : 1;
            gap[eceBin(conf, bins)] += wi * ((classes[best] === yTrue[i] ? 1 : 0) - conf);
            wsum += wi;
        }
    }
    let ece = 0;
    for (let b = 0; b < bins; b++)
        ece += Math.abs(gap[b]);
    return ece / wsum;
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/shareable.ts
/**
 * Typed arrays the bootstrap workers will read, allocated on a SharedArrayBuffer from the start when
 * the data is large enough to be bootstrapped on workers (bootstrap-parallel.ts): the workers then
 * read them in place, and the ~18 MB per 1M binary rows are not copied into shared memory before the
 * resamples can start. They behave as any typed array; only postMessage shares them instead of
 * copying.
 */
/** From this many rows evaluate's bootstrap runs on worker threads (DEFAULT_PARALLEL_MIN_ROWS). */
const SHARED_MIN_ROWS = 50_000;
function buffer(bytes, rows) {
    return rows >= SHARED_MIN_ROWS ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}
function shareableFloat64(rows) {
    return new Float64Array(buffer(8 * rows, rows));
}
function shareableUint8(rows) {
    return new Uint8Array(buffer(rows, rows));
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/ranking.ts
/**
 * Ranking metrics with scikit-learn 1.2 semantics (sklearn/metrics/_ranking.py), O(n log n).
 *
 * Both metrics walk the rows once in descending score order, one tie group (rows with equal
 * scores) at a time, which is what scikit-learn's `_binary_clf_curve` does with its
 * `distinct_value_indices`:
 *
 * - ROC AUC is the trapezoid area under the ROC curve with one point per distinct score. With ties
 *   this equals the Mann–Whitney U statistic with average ranks, divided by P·N.
 * - Average precision is scikit-learn's step-wise sum AP = Σ_n (R_n − R_{n−1}) · P_n over the
 *   distinct thresholds, not the trapezoid under the precision–recall curve.
 *
 * Sorting is done once (`rankBinary`); the `*Ranked` variants take weights in rank order and run
 * in O(n), which is what lets the bootstrap reuse one sort for every resample.
 */



const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/**
 * Indices that order `values` descending (stable: equal values keep their input order).
 * LSD radix sort on the IEEE-754 bits, 16 bits per pass, skipping passes where all keys share
 * the digit: ~4 linear passes, no comparator calls. -0 and +0 are one value; NaN is refused.
 */
function argsortDescending(values) {
    const n = values.length;
    for (let i = 0; i < n; i++) {
        if (Number.isNaN(values[i]))
            throw new errors/* InputError */.dz(`score at row ${i} is NaN`, { hint: 'drop or impute rows without a score' });
    }
    if (n < 1024) {
        // Small inputs: the radix histograms would cost more than a comparator sort (-0 and +0 compare equal).
        return Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
    }
    // The keys come from the scores' own bits when they are a Float64Array: no 8 MB copy per 1M rows
    // (fresh memory is the costly part of this sort on a cold run).
    const f = values instanceof Float64Array ? values : Float64Array.from(values);
    const bits = new Uint32Array(f.buffer, f.byteOffset, 2 * n);
    const hiAt = LITTLE_ENDIAN ? 1 : 0;
    const loAt = LITTLE_ENDIAN ? 0 : 1;
    const hi = new Uint32Array(n);
    const lo = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        let h = bits[2 * i + hiAt];
        let l = bits[2 * i + loAt];
        // -0 sorts as +0 (they are one value).
        if (h === 0x80000000 && l === 0)
            h = 0;
        // Map the float order onto unsigned integer order (ascending), then invert for descending.
        if (h & 0x80000000) {
            h = ~h;
            l = ~l;
        }
        else {
            h ^= 0x80000000;
        }
        hi[i] = ~h >>> 0;
        lo[i] = ~l >>> 0;
    }
    const hist = new Uint32Array(4 * 65536);
    for (let i = 0; i < n; i++) {
        const l = lo[i];
        const h = hi[i];
        hist[l & 0xffff]++;
        hist[65536 + (l >>> 16)]++;
        hist[131072 + (h & 0xffff)]++;
        hist[196608 + (h >>> 16)]++;
    }
    let idx = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        idx[i] = i;
    let tmp = new Uint32Array(n);
    for (let pass = 0; pass < 4; pass++) {
        const base = pass * 65536;
        const keys = pass < 2 ? lo : hi;
        const shift = pass % 2 === 0 ? 0 : 16;
        // A digit shared by every key leaves the order unchanged.
        let skip = false;
        for (let d = 0; d < 65536; d++) {
            const c = hist[base + d];
            if (c === n)
                skip = true;
            if (c !== 0)
                break;
        }
        if (skip || n === 0)
            continue;
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = hist[base + d];
            hist[base + d] = sum;
            sum += c;
        }
        for (let k = 0; k < n; k++) {
            const i = idx[k];
            const d = (keys[i] >>> shift) & 0xffff;
            tmp[hist[base + d]++] = i;
        }
        const t = idx;
        idx = tmp;
        tmp = t;
    }
    return idx;
}
/** Sort once: ranks, positives and tie groups of binary scores. */
function rankBinary(yTrue, yScore, posLabel) {
    const n = classification_checkSameLength('ranking', yTrue, yScore);
    const order = argsortDescending(yScore);
    const score = new Float64Array(n);
    const positive = shareableUint8(n);
    // Group ends into a typed array (at most n of them), not a growing JS array of up to 1M numbers.
    const ends = new Uint32Array(n);
    let groups = 0;
    for (let r = 0; r < n; r++) {
        const i = order[r];
        score[r] = yScore[i];
        positive[r] = yTrue[i] === posLabel ? 1 : 0;
        if (r > 0 && score[r] !== score[r - 1])
            ends[groups++] = r;
    }
    if (n > 0)
        ends[groups++] = n;
    // Continuous scores have about a group per row: keep the array rather than copy it.
    return { length: n, order, score, positive, groupEnd: groups > n / 2 ? ends.subarray(0, groups) : ends.slice(0, groups) };
}
/** Weights given per input row, permuted into rank order. */
function weightsInRankOrder(ranked, weights) {
    const out = new Float64Array(ranked.length);
    for (let r = 0; r < ranked.length; r++)
        out[r] = weights[ranked.order[r]];
    return out;
}
/** One pass over the tie groups; weights (if any) are in rank order. */
function rankedCurveSums(ranked, weights) {
    const { positive, groupEnd } = ranked;
    let tp = 0;
    let fp = 0;
    let rocArea = 0;
    let apSum = 0;
    let r = 0;
    for (let g = 0; g < groupEnd.length; g++) {
        const end = groupEnd[g];
        let dP = 0;
        let dW = 0;
        if (weights) {
            for (; r < end; r++) {
                const w = weights[r];
                dW += w;
                dP += positive[r] * w;
            }
        }
        else {
            for (; r < end; r++)
                dP += positive[r];
            dW = end - (g === 0 ? 0 : groupEnd[g - 1]);
        }
        const dN = dW - dP;
        rocArea += dN * (tp + dP / 2);
        tp += dP;
        fp += dN;
        if (dP > 0)
            apSum += (dP * tp) / (tp + fp);
    }
    return { rocArea, apSum, positives: tp, negatives: fp };
}
/** ROC AUC from pre-ranked data; NaN when one class has no weight. */
function rocAucRanked(ranked, weights) {
    const s = rankedCurveSums(ranked, weights);
    return s.positives > 0 && s.negatives > 0 ? s.rocArea / (s.positives * s.negatives) : Number.NaN;
}
/** Average precision from pre-ranked data; 0 when there are no positives (as scikit-learn 1.2). */
function averagePrecisionRanked(ranked, weights) {
    const s = rankedCurveSums(ranked, weights);
    return s.positives > 0 ? s.apSum / s.positives : 0;
}
/**
 * scikit-learn `roc_auc_score(y_true, y_score)` for a binary target. The positive class is the
 * greater label, as in scikit-learn (which has no pos_label here), unless `posLabel` is given.
 * Fails when y_true holds only one class ("ROC AUC is not defined").
 */
function rocAuc(yTrue, yScore, options = {}) {
    checkSameLength('roc_auc', yTrue, yScore, options.weights);
    const classes = uniqueLabels(yTrue);
    if (classes.length !== 2) {
        throw new InputError(classes.length < 2
            ? 'roc_auc: only one class present in y_true; ROC AUC is not defined in that case'
            : `roc_auc: y_true holds ${classes.length} classes; pass one probability per class for multiclass (one-vs-rest)`);
    }
    const ranked = rankBinary(yTrue, yScore, options.posLabel ?? classes[1]);
    const auc = rocAucRanked(ranked, options.weights ? weightsInRankOrder(ranked, options.weights) : undefined);
    if (Number.isNaN(auc))
        throw new InputError('roc_auc: one class has zero total weight; ROC AUC is not defined');
    return auc;
}
/**
 * scikit-learn `roc_auc_score(y_true, y_proba, multi_class='ovr', average='macro')`: the unweighted
 * mean over classes of the binary AUC of "this class vs the rest". Columns follow the sorted labels
 * of y_true (or `labels`); every row must sum to 1 (np.allclose), as scikit-learn demands.
 */
function rocAucOvr(yTrue, yProba, options = {}) {
    const n = classification_checkSameLength('roc_auc (ovr)', yTrue, yProba, options.weights);
    const classes = options.labels ? classification_uniqueLabels(options.labels) : classification_uniqueLabels(yTrue);
    for (let i = 0; i < n; i++) {
        const row = yProba[i];
        if (row.length !== classes.length) {
            throw new errors/* InputError */.dz(`roc_auc (ovr): row ${i} has ${row.length} scores for ${classes.length} classes`, {
                hint: 'columns must follow the sorted class labels; pass labels if y_true lacks some classes',
            });
        }
        let s = 0;
        for (let j = 0; j < row.length; j++)
            s += row[j];
        // np.allclose(1, s): |s - 1| <= atol + rtol * |s| with rtol 1e-5, atol 1e-8.
        if (!(Math.abs(s - 1) <= 1e-8 + 1e-5 * Math.abs(s))) {
            throw new errors/* InputError */.dz(`roc_auc (ovr): probabilities in row ${i} sum to ${s}, not 1`, { hint: 'pass predict_proba output' });
        }
    }
    let total = 0;
    const column = new Float64Array(n);
    for (let c = 0; c < classes.length; c++) {
        for (let i = 0; i < n; i++)
            column[i] = yProba[i][c];
        const ranked = rankBinary(yTrue, column, classes[c]);
        const auc = rocAucRanked(ranked, options.weights ? weightsInRankOrder(ranked, options.weights) : undefined);
        if (Number.isNaN(auc))
            throw new errors/* InputError */.dz(`roc_auc (ovr): class ${String(classes[c])} has no positive or no negative rows`);
        total += auc;
    }
    return total / classes.length;
}
/**
 * scikit-learn `average_precision_score(y_true, y_score, pos_label=1)` for a binary target:
 * AP = Σ_n (R_n − R_{n−1}) P_n over distinct thresholds (ties form one threshold). With no
 * positive rows scikit-learn 1.2 warns and returns 0; so do we (without the warning).
 */
function averagePrecision(yTrue, yScore, options = {}) {
    checkSameLength('average_precision', yTrue, yScore, options.weights);
    const classes = uniqueLabels(yTrue);
    if (classes.length > 2)
        throw new InputError(`average_precision: y_true holds ${classes.length} classes; only binary targets are supported`);
    const posLabel = options.posLabel ?? 1;
    if (classes.length === 2 && !classes.includes(posLabel)) {
        throw new InputError(`average_precision: pos_label=${String(posLabel)} is not a valid label: it should be one of ${classes.join(', ')}`);
    }
    const ranked = rankBinary(yTrue, yScore, posLabel);
    return averagePrecisionRanked(ranked, options.weights ? weightsInRankOrder(ranked, options.weights) : undefined);
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/regression.ts
/**
 * Regression metrics with scikit-learn 1.2 semantics (sklearn/metrics/_regression.py), single
 * output. `weights` are scikit-learn's `sample_weight` (integers are multiplicities), except for
 * median_ae, see there.
 */


function check(what, yTrue, yPred, weights) {
    const n = classification_checkSameLength(what, yTrue, yPred, weights);
    if (n === 0)
        throw new errors/* InputError */.dz(`${what}: no rows`);
    return n;
}
/** np.average(f(i), weights) */
function average(n, f, weights) {
    let s = 0;
    let ws = 0;
    if (weights) {
        for (let i = 0; i < n; i++) {
            const w = weights[i];
            s += w * f(i);
            ws += w;
        }
    }
    else {
        for (let i = 0; i < n; i++)
            s += f(i);
        ws = n;
    }
    return s / ws;
}
/** scikit-learn `mean_absolute_error`. */
function meanAbsoluteError(yTrue, yPred, options = {}) {
    const n = check('mae', yTrue, yPred, options.weights);
    return average(n, (i) => Math.abs(yTrue[i] - yPred[i]), options.weights);
}
/** scikit-learn `mean_squared_error`. */
function meanSquaredError(yTrue, yPred, options = {}) {
    const n = check('mse', yTrue, yPred, options.weights);
    return average(n, (i) => (yTrue[i] - yPred[i]) ** 2, options.weights);
}
/** scikit-learn `mean_squared_error(squared=False)` (1.4+: `root_mean_squared_error`). */
function rootMeanSquaredError(yTrue, yPred, options = {}) {
    return Math.sqrt(meanSquaredError(yTrue, yPred, options));
}
/**
 * scikit-learn `r2_score(force_finite=True)`: 1 − SS_res / SS_tot around the weighted mean of
 * y_true. Constant y_true (SS_tot = 0): 1.0 for a perfect prediction, else 0.0.
 */
function r2(yTrue, yPred, options = {}) {
    const n = check('r2', yTrue, yPred, options.weights);
    const w = options.weights;
    const mean = average(n, (i) => yTrue[i], w);
    let num = 0;
    let den = 0;
    for (let i = 0; i < n; i++) {
        const wi = w ? w[i] : 1;
        num += wi * (yTrue[i] - yPred[i]) ** 2;
        den += wi * (yTrue[i] - mean) ** 2;
    }
    if (den === 0)
        return num === 0 ? 1 : 0;
    return 1 - num / den;
}
/**
 * scikit-learn `mean_absolute_percentage_error`: mean of |y − ŷ| / max(|y|, eps) with
 * eps = np.finfo(np.float64).eps, so a zero y_true gives a huge but finite term. A fraction, not %.
 */
function meanAbsolutePercentageError(yTrue, yPred, options = {}) {
    const n = check('mape', yTrue, yPred, options.weights);
    return average(n, (i) => Math.abs(yTrue[i] - yPred[i]) / Math.max(Math.abs(yTrue[i]), FLOAT64_EPS), options.weights);
}
/**
 * scikit-learn `median_absolute_error` without weights: np.median(|y − ŷ|) (mean of the two middle
 * values for an even count).
 *
 * With `weights` we treat them as multiplicities: the result is np.median of the rows repeated
 * weights[i] times, so a bootstrap resample given as counts equals the resample given as rows.
 * Weights must then be non-negative integers. (scikit-learn's sample_weight path instead takes its
 * `_weighted_percentile`, a lower weighted median that never averages; it can differ for even totals.)
 */
function medianAbsoluteError(yTrue, yPred, options = {}) {
    const n = check('median_ae', yTrue, yPred, options.weights);
    const err = new Float64Array(n);
    for (let i = 0; i < n; i++)
        err[i] = Math.abs(yTrue[i] - yPred[i]);
    const w = options.weights;
    if (!w) {
        err.sort();
        return n % 2 === 1 ? err[(n - 1) / 2] : (err[n / 2 - 1] + err[n / 2]) / 2;
    }
    const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => err[a] - err[b]);
    return weightedMedianSorted(err, order, w);
}
/** np.median of values repeated by integer weights, given an order that sorts the values ascending. */
function weightedMedianSorted(values, order, weights) {
    let total = 0;
    for (let i = 0; i < values.length; i++) {
        const w = weights[i];
        if (!(w >= 0) || !Number.isInteger(w))
            throw new errors/* InputError */.dz(`median_ae: weight ${w} at row ${i} is not a non-negative integer multiplicity`);
        total += w;
    }
    if (total === 0)
        return Number.NaN;
    // 0-based positions of the middle element(s) in the expanded sorted list.
    const lowPos = Math.floor((total - 1) / 2);
    const highPos = Math.floor(total / 2);
    let seen = 0;
    let low = Number.NaN;
    for (let k = 0; k < order.length; k++) {
        const i = order[k];
        const w = weights[i];
        if (w === 0)
            continue;
        const v = values[i];
        if (Number.isNaN(low) && lowPos < seen + w)
            low = v;
        if (highPos < seen + w)
            return (low + v) / 2;
        seen += w;
    }
    return low;
}
/**
 * scikit-learn `explained_variance_score(force_finite=True)`: 1 − Var_w(y − ŷ) / Var_w(y).
 * Constant y_true: 1.0 if the residual variance is 0 too, else 0.0.
 */
function explainedVariance(yTrue, yPred, options = {}) {
    const n = check('explained_variance', yTrue, yPred, options.weights);
    const w = options.weights;
    const diffMean = average(n, (i) => yTrue[i] - yPred[i], w);
    const num = average(n, (i) => (yTrue[i] - yPred[i] - diffMean) ** 2, w);
    const trueMean = average(n, (i) => yTrue[i], w);
    const den = average(n, (i) => (yTrue[i] - trueMean) ** 2, w);
    if (den === 0)
        return num === 0 ? 1 : 0;
    return 1 - num / den;
}

// EXTERNAL MODULE: ../../../../shared/model/metrics/bootstrap.ts + 1 modules
var bootstrap = __webpack_require__(3060);
// EXTERNAL MODULE: ../../../../shared/model/metrics/wasm-assembler.ts
var wasm_assembler = __webpack_require__(2585);
;// CONCATENATED MODULE: ../../../../shared/model/metrics/wasm-summary.ts
/**
 * The binary summary's untied-span pass (index.ts, untiedSpan) as one WebAssembly function, written
 * below as a commented listing (wasm-assembler.ts encodes it). It adds the same terms in the same
 * order with the same IEEE-754 double operations, so the running sums are bit for bit those of the
 * JavaScript loop: test/model/metrics/wasm-summary.test.ts checks whole summaries against
 * summarizeBinary's.
 *
 * Why: the pass runs once per bootstrap resample over every row; per 1M-row resample 2.9 ms in
 * JavaScript, 2.4 ms here (min CPU of 15 × 8 resamples, 2-core dev machine, the copy of the counts
 * included): ~0.5 s of CPU over evaluate's 1,000 resamples of 1M rows. No bounds check per access
 * (guard pages), loads straight into registers.
 *
 * WebAssembly reads only its own memory, so a kernel holds copies of the prepared rows it reads:
 * memory layout
 *   [64, 136)            the running sums, the layout of index.ts's `acc` (S_TP … S_BIN_GAP)
 *   [256, +32 KiB)       average precision numerators, then [+32 KiB, +32 KiB) denominators
 *   [COUNTS_AT, +n)      the resample's byte counts (copied in per resample, ~0.04 ms per 1M)
 *   then 8-aligned: log loss (8n), gap (8n), positive (n)
 * i.e. ~18 MB per thread for 1M rows, made once per bootstrap (plan) and thread.
 */

const ACC_AT = 64;
const NUM_AT = 256;
/** Rows per span at most (index.ts SPAN_ROWS): the size of the numerator and denominator buffers. */
const KERNEL_SPAN_ROWS = 4096;
const DEN_AT = NUM_AT + 8 * KERNEL_SPAN_ROWS;
const COUNTS_AT = DEN_AT + 8 * KERNEL_SPAN_ROWS;
// Params: rows [a, b), and where the counts, positives, log losses and gaps start.
const [A, B, W_AT, Y_AT, LL_AT, GAP_AT] = [0, 1, 2, 3, 4, 5];
// i32 locals: the row, the AP term count k, its index j, dP and w as integers.
const [R, K, J, DP_INT, W_INT] = [6, 7, 8, 9, 10];
// f64 locals: the running sums, then the row's w, dP, dN, gap and w·gap.
const [TP, FP, ROC, LL, BRIER, BIN_GAP, AP, W, DP, DN, G, WG] = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22];
const LOCALS = [
    [5, wasm_assembler/* I32 */.jP],
    [12, wasm_assembler/* F64 */.je],
];
/** The running sums' slots in `acc` (index.ts S_TP … S_BIN_GAP). */
const SUMS = [
    [TP, 0],
    [FP, 1],
    [ROC, 2],
    [AP, 3],
    [LL, 4],
    [BRIER, 5],
    [BIN_GAP, 6],
];
const ZERO = (0,wasm_assembler/* i32 */.rT)(0);
/** Address of the 8-byte element at index `local` of the array starting at local `base`. */
const at8 = (base, local) => [...(0,wasm_assembler/* get */.Jt)(base), ...(0,wasm_assembler/* get */.Jt)(local), ...(0,wasm_assembler/* i32 */.rT)(3), ...wasm_assembler/* SHL */.oM, ...wasm_assembler/* ADD */.gj];
/** untied(a, b, wAt, yAt, llAt, gapAt): index.ts's untiedSpan, line for line. */
const UNTIED_BODY = [
    ...SUMS.flatMap(([local, slot]) => [...ZERO, ...(0,wasm_assembler/* f64Load */.H)(ACC_AT + 8 * slot), ...(0,wasm_assembler/* set */.hZ)(local)]),
    ...(0,wasm_assembler/* get */.Jt)(A), ...(0,wasm_assembler/* set */.hZ)(R),
    ...wasm_assembler/* BLOCK */.IE,
    ...wasm_assembler/* LOOP */.hN,
    //   for (r = a; r < b; r++)
    ...(0,wasm_assembler/* get */.Jt)(R), ...(0,wasm_assembler/* get */.Jt)(B), ...wasm_assembler/* GE_U */.DB, ...(0,wasm_assembler/* brIf */.mz)(1),
    //   wr = w[r]; llSum += wr · ll[r]
    ...(0,wasm_assembler/* get */.Jt)(W_AT), ...(0,wasm_assembler/* get */.Jt)(R), ...wasm_assembler/* ADD */.gj, ...wasm_assembler/* LOAD8_U */.Rv, ...(0,wasm_assembler/* tee */.nR)(W_INT), ...wasm_assembler/* F_FROM_U32 */.pJ, ...(0,wasm_assembler/* set */.hZ)(W),
    ...(0,wasm_assembler/* get */.Jt)(LL), ...(0,wasm_assembler/* get */.Jt)(W), ...at8(LL_AT, R), ...(0,wasm_assembler/* f64Load */.H)(), ...wasm_assembler/* F_MUL */.mC, ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(LL),
    //   g = gap[r]; wg = wr · g; brSum += wg · g; binGap += wg
    ...at8(GAP_AT, R), ...(0,wasm_assembler/* f64Load */.H)(), ...(0,wasm_assembler/* set */.hZ)(G),
    ...(0,wasm_assembler/* get */.Jt)(W), ...(0,wasm_assembler/* get */.Jt)(G), ...wasm_assembler/* F_MUL */.mC, ...(0,wasm_assembler/* set */.hZ)(WG),
    ...(0,wasm_assembler/* get */.Jt)(BRIER), ...(0,wasm_assembler/* get */.Jt)(WG), ...(0,wasm_assembler/* get */.Jt)(G), ...wasm_assembler/* F_MUL */.mC, ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(BRIER),
    ...(0,wasm_assembler/* get */.Jt)(BIN_GAP), ...(0,wasm_assembler/* get */.Jt)(WG), ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(BIN_GAP),
    //   dP = positive[r] · wr; dN = wr − dP (integers, exact as doubles)
    ...(0,wasm_assembler/* get */.Jt)(Y_AT), ...(0,wasm_assembler/* get */.Jt)(R), ...wasm_assembler/* ADD */.gj, ...wasm_assembler/* LOAD8_U */.Rv, ...(0,wasm_assembler/* get */.Jt)(W_INT), ...wasm_assembler/* MUL */.ti, ...(0,wasm_assembler/* tee */.nR)(DP_INT), ...wasm_assembler/* F_FROM_U32 */.pJ, ...(0,wasm_assembler/* set */.hZ)(DP),
    ...(0,wasm_assembler/* get */.Jt)(W_INT), ...(0,wasm_assembler/* get */.Jt)(DP_INT), ...wasm_assembler/* SUB */.X1, ...wasm_assembler/* F_FROM_U32 */.pJ, ...(0,wasm_assembler/* set */.hZ)(DN),
    //   roc += dN · tp; tp += dP; fp += dN
    ...(0,wasm_assembler/* get */.Jt)(ROC), ...(0,wasm_assembler/* get */.Jt)(DN), ...(0,wasm_assembler/* get */.Jt)(TP), ...wasm_assembler/* F_MUL */.mC, ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(ROC),
    ...(0,wasm_assembler/* get */.Jt)(TP), ...(0,wasm_assembler/* get */.Jt)(DP), ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(TP),
    ...(0,wasm_assembler/* get */.Jt)(FP), ...(0,wasm_assembler/* get */.Jt)(DN), ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(FP),
    //   num[k] = dP · tp; den[k] = tp + fp; k += dP > 0
    ...(0,wasm_assembler/* get */.Jt)(K), ...(0,wasm_assembler/* i32 */.rT)(3), ...wasm_assembler/* SHL */.oM, ...(0,wasm_assembler/* get */.Jt)(DP), ...(0,wasm_assembler/* get */.Jt)(TP), ...wasm_assembler/* F_MUL */.mC, ...(0,wasm_assembler/* f64Store */.I3)(NUM_AT),
    ...(0,wasm_assembler/* get */.Jt)(K), ...(0,wasm_assembler/* i32 */.rT)(3), ...wasm_assembler/* SHL */.oM, ...(0,wasm_assembler/* get */.Jt)(TP), ...(0,wasm_assembler/* get */.Jt)(FP), ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* f64Store */.I3)(DEN_AT),
    ...(0,wasm_assembler/* get */.Jt)(K), ...(0,wasm_assembler/* get */.Jt)(DP_INT), ...ZERO, ...wasm_assembler.NE, ...wasm_assembler/* ADD */.gj, ...(0,wasm_assembler/* set */.hZ)(K),
    ...(0,wasm_assembler/* get */.Jt)(R), ...(0,wasm_assembler/* i32 */.rT)(1), ...wasm_assembler/* ADD */.gj, ...(0,wasm_assembler/* set */.hZ)(R),
    ...(0,wasm_assembler.br)(0),
    ...wasm_assembler/* END */.Kp,
    ...wasm_assembler/* END */.Kp,
    //   for (j = 0; j < k; j++) ap += num[j] / den[j]
    ...wasm_assembler/* BLOCK */.IE,
    ...wasm_assembler/* LOOP */.hN,
    ...(0,wasm_assembler/* get */.Jt)(J), ...(0,wasm_assembler/* get */.Jt)(K), ...wasm_assembler/* GE_U */.DB, ...(0,wasm_assembler/* brIf */.mz)(1),
    ...(0,wasm_assembler/* get */.Jt)(AP), ...(0,wasm_assembler/* get */.Jt)(J), ...(0,wasm_assembler/* i32 */.rT)(3), ...wasm_assembler/* SHL */.oM, ...(0,wasm_assembler/* f64Load */.H)(NUM_AT), ...(0,wasm_assembler/* get */.Jt)(J), ...(0,wasm_assembler/* i32 */.rT)(3), ...wasm_assembler/* SHL */.oM, ...(0,wasm_assembler/* f64Load */.H)(DEN_AT), ...wasm_assembler/* F_DIV */.hm, ...wasm_assembler/* F_ADD */.nL, ...(0,wasm_assembler/* set */.hZ)(AP),
    ...(0,wasm_assembler/* get */.Jt)(J), ...(0,wasm_assembler/* i32 */.rT)(1), ...wasm_assembler/* ADD */.gj, ...(0,wasm_assembler/* set */.hZ)(J),
    ...(0,wasm_assembler.br)(0),
    ...wasm_assembler/* END */.Kp,
    ...wasm_assembler/* END */.Kp,
    ...SUMS.flatMap(([local, slot]) => [...ZERO, ...(0,wasm_assembler/* get */.Jt)(local), ...(0,wasm_assembler/* f64Store */.I3)(ACC_AT + 8 * slot)]),
    ...wasm_assembler/* END */.Kp,
];
/** The compiled pass, once per thread: undefined until first asked for, null without WebAssembly. */
let kernel;
/** A kernel over copies of these prepared rows, or undefined without WebAssembly. */
function wasm_summary_untiedSpanKernel(logLoss, gap, positive) {
    const n = positive.length;
    kernel ??= compileKernel(() => oneFunctionModule('untied', 6, undefined, LOCALS, UNTIED_BODY), 'untied');
    const llAt = (COUNTS_AT + n + 7) & ~7;
    const gapAt = llAt + 8 * n;
    const yAt = gapAt + 8 * n;
    const instance = kernel?.(yAt + n);
    if (!instance)
        return undefined;
    const { fn: untied, buffer } = instance;
    new Float64Array(buffer, llAt, n).set(logLoss);
    new Float64Array(buffer, gapAt, n).set(gap);
    new Uint8Array(buffer, yAt, n).set(positive);
    return {
        acc: new Float64Array(buffer, ACC_AT, 9),
        counts: new Uint8Array(buffer, COUNTS_AT, n),
        untied: (a, b) => untied(a, b, COUNTS_AT, yAt, llAt, gapAt),
    };
}

;// CONCATENATED MODULE: ../../../../shared/model/metrics/index.ts
/**
 * The metric registry: scikit-learn names (without `_score`) → how to compute the metric on
 * prepared evaluation data, which tasks it applies to, and which direction is better (the compare
 * step's default).
 *
 * Evaluation data is prepared once per task (`binaryEvaluation`, `multiclassEvaluation`,
 * `regressionEvaluation`): binary rows are sorted by score once, so every binary metric — and every
 * bootstrap resample of every binary metric — is one O(n) pass. `weights` given to a metric index
 * the rows of the prepared data (for binary data: rank order, see `BinaryEvaluation.order`).
 */











const METRIC_NAMES = [
    'accuracy',
    'balanced_accuracy',
    'precision',
    'recall',
    'f1',
    'precision_macro',
    'precision_micro',
    'precision_weighted',
    'recall_macro',
    'recall_micro',
    'recall_weighted',
    'f1_macro',
    'f1_micro',
    'f1_weighted',
    'roc_auc',
    'average_precision',
    'log_loss',
    'brier',
    'ece',
    'mae',
    'mse',
    'rmse',
    'r2',
    'mape',
    'median_ae',
    'explained_variance',
];
function binaryEvaluation(yTrue, yProb, options = {}) {
    const n = classification_checkSameLength('binary evaluation', yTrue, yProb);
    const posLabel = options.posLabel ?? 1;
    const threshold = options.threshold ?? 0.5;
    const eceBins = options.eceBins ?? ECE_DEFAULT_BINS;
    if (!Number.isInteger(eceBins) || eceBins < 1 || eceBins > 65535)
        throw new errors/* InputError */.dz(`binary evaluation: eceBins must be an integer in 1..65535, got ${eceBins}`);
    const classes = classification_uniqueLabels(yTrue);
    if (classes.length > 2 || (classes.length === 2 && !classes.includes(posLabel))) {
        throw new errors/* InputError */.dz(`binary evaluation: y_true holds ${classes.join(', ')}; expected two classes including the positive class ${String(posLabel)}`, {
            hint: 'set the positive label, or evaluate as multiclass',
        });
    }
    for (let i = 0; i < n; i++) {
        const p = yProb[i];
        if (!(p >= 0 && p <= 1))
            throw new errors/* InputError */.dz(`binary evaluation: probability ${p} at row ${i} is outside [0, 1]`);
    }
    const ranked = rankBinary(yTrue, yProb, posLabel);
    // What the bootstrap workers read is allocated where they can read it (shareable.ts).
    const ll = shareableFloat64(n);
    const gap = shareableFloat64(n);
    const bin = new Uint16Array(n);
    const flags = shareableUint8(n);
    let cut = 0;
    for (let r = 0; r < n; r++) {
        const p = ranked.score[r];
        const y = ranked.positive[r];
        const p1 = p < FLOAT64_EPS ? FLOAT64_EPS : p > 1 - FLOAT64_EPS ? 1 - FLOAT64_EPS : p;
        const p0 = 1 - p1;
        ll[r] = -Math.log((y ? p1 : p0) / (p0 + p1));
        gap[r] = y - p;
        bin[r] = eceBin(p, eceBins);
        if (p > threshold)
            cut = r + 1;
    }
    for (const end of ranked.groupEnd)
        flags[end - 1] |= 1;
    for (let r = 0; r < n; r++)
        if (r === n - 1 || bin[r + 1] !== bin[r])
            flags[r] |= 2;
    if (cut > 0)
        flags[cut - 1] |= 4;
    const { spanEnd, spanTied } = summarySpans(flags);
    return { task: 'binary', length: n, posLabel, threshold, eceBins, ranked, order: ranked.order, logLoss: ll, gap, bin, flags, cut, spanEnd, spanTied };
}
/** Rows per summary span at most: the size of the average-precision buffers (2 × 32 KiB), here and in wasm-summary.ts. */
const SPAN_ROWS = KERNEL_SPAN_ROWS;
/** Runs of fewer untied rows than this stay in the tie-group loop (a call per short run costs more). */
const MIN_UNTIED_RUN = 64;
/** The spans of summarizeBinaryBytes from the row flags (see BinaryEvaluation.spanEnd). */
function summarySpans(flags) {
    const n = flags.length;
    // tied[r]: row r shares its score with a neighbour (it or the row before it is no group end).
    const tied = new Uint8Array(n);
    for (let r = 0; r < n; r++)
        tied[r] = (flags[r] & 1) === 0 || (r > 0 && (flags[r - 1] & 1) === 0) ? 1 : 0;
    // Short untied runs join the tied rows around them.
    for (let r = 0; r < n;) {
        if (tied[r]) {
            r++;
            continue;
        }
        let e = r;
        while (e < n && !tied[e])
            e++;
        if (e - r < MIN_UNTIED_RUN)
            tied.fill(1, r, e);
        r = e;
    }
    const ends = [];
    const kinds = [];
    let start = 0;
    for (let r = 0; r < n; r++) {
        if (r === n - 1 || (flags[r] & 6) !== 0 || tied[r + 1] !== tied[r] || r + 1 - start === SPAN_ROWS) {
            ends.push(r + 1);
            kinds.push(tied[r]);
            start = r + 1;
        }
    }
    return { spanEnd: Uint32Array.from(ends), spanTied: Uint8Array.from(kinds) };
}
/**
 * One pass over the prepared rows (weights in prepared-row order; omitted = all 1). Byte weights
 * (the bootstrap's multiplicities, and all-1 for the point values) take the span loops of
 * summarizeBinaryBytes; other weights take the plain loop. Both give the same summary, bit for bit:
 * they add the same terms in the same order.
 */
function summarizeBinary(data, weights) {
    if (weights === undefined)
        return summarizeBinaryBytes(data, new Uint8Array(data.length).fill(1));
    return weights instanceof Uint8Array ? summarizeBinaryBytes(data, weights) : summarizeBinaryGeneral(data, weights);
}
/**
 * The summary in one plain pass, for any weights (the reference the span loops below reproduce).
 */
function summarizeBinaryGeneral(data, w) {
    const n = data.length;
    const { positive } = data.ranked;
    const { logLoss: ll, gap, flags } = data;
    let tp = 0;
    let fp = 0;
    let tpCut = 0;
    let fpCut = 0;
    let rocArea = 0;
    let apSum = 0;
    let llSum = 0;
    let brSum = 0;
    let eceAbsGap = 0;
    let binGap = 0;
    let dP = 0;
    let dW = 0;
    // Groups of tied scores, ECE bins and the threshold cut are all contiguous in rank order, so one
    // sequential pass with running sums replaces every per-metric pass (and every scatter).
    for (let r = 0; r < n; r++) {
        const wr = w[r];
        const y = positive[r];
        dW += wr;
        dP += y * wr;
        llSum += wr * ll[r];
        const g = gap[r];
        const wg = wr * g;
        brSum += wg * g;
        binGap += wg;
        const f = flags[r];
        if (f !== 0) {
            if (f & 1) {
                const dN = dW - dP;
                rocArea += dN * (tp + dP / 2);
                tp += dP;
                fp += dN;
                if (dP > 0)
                    apSum += (dP * tp) / (tp + fp);
                dP = 0;
                dW = 0;
                if (f & 4) {
                    tpCut = tp;
                    fpCut = fp;
                }
            }
            if (f & 2) {
                eceAbsGap += Math.abs(binGap);
                binGap = 0;
            }
        }
    }
    return { weight: tp + fp, positives: tp, negatives: fp, tp: tpCut, fp: fpCut, logLossSum: llSum, brierSum: brSum, eceAbsGap, rocArea, apSum };
}
// Running sums of summarizeBinaryBytes, carried from span to span in one Float64Array.
const S_TP = 0;
const S_FP = 1;
const S_ROC = 2;
const S_AP = 3;
const S_LL = 4;
const S_BRIER = 5;
const S_BIN_GAP = 6;
const S_DP = 7;
const S_DW = 8;
/** Average precision terms of an untied span: numerators dP·TP and denominators TP + FP. */
const AP_NUM = new Float64Array(SPAN_ROWS);
const AP_DEN = new Float64Array(SPAN_ROWS);
/**
 * summarizeBinaryGeneral for byte weights, span by span (BinaryEvaluation.spanEnd): the summary is
 * the bootstrap's per-resample pass, and this is ~2× faster than the plain loop (measured 3.0 ms
 * against 7.5 ms per 1M rows). Why:
 * - Bin ends and the cut are span ends, read between spans, so the row loops test no flags for them.
 * - Untied spans (every row its own tie group, the usual case for continuous scores) skip the
 *   tie-group bookkeeping and the `dP > 0` branch of average precision, which mispredicts on
 *   random weights: each row writes its AP numerator and denominator at slot k and advances k by
 *   1 if dP ≥ 1, ((dP + 255) >> 8 for dP ≤ 255), then one loop divides and adds the k terms in order.
 * - Each span is a call of a small function: V8 optimises it as a whole function, not through
 *   on-stack replacement of a 1M-row loop (which ran at half speed in about half the runs).
 */
function summarizeBinaryBytes(data, w, kernel) {
    const { positive } = data.ranked;
    const { logLoss: ll, gap, flags, spanEnd, spanTied } = data;
    // With a kernel (the bootstrap's resamples, resampleSummary), the untied spans run in
    // WebAssembly on its copy of the rows and counts, on running sums in its memory.
    let acc;
    if (kernel) {
        kernel.counts.set(w);
        acc = kernel.acc.fill(0);
    }
    else
        acc = new Float64Array(9);
    let tpCut = 0;
    let fpCut = 0;
    let eceAbsGap = 0;
    let start = 0;
    for (let s = 0; s < spanEnd.length; s++) {
        const end = spanEnd[s];
        if (spanTied[s])
            tiedSpan(acc, w, positive, ll, gap, flags, start, end);
        else if (kernel)
            kernel.untied(start, end);
        else
            untiedSpan(acc, w, positive, ll, gap, start, end);
        start = end;
        const f = flags[end - 1];
        if (f & 4) {
            tpCut = acc[S_TP];
            fpCut = acc[S_FP];
        }
        if (f & 2) {
            eceAbsGap += Math.abs(acc[S_BIN_GAP]);
            acc[S_BIN_GAP] = 0;
        }
    }
    const tp = acc[S_TP];
    const fp = acc[S_FP];
    return { weight: tp + fp, positives: tp, negatives: fp, tp: tpCut, fp: fpCut, logLossSum: acc[S_LL], brierSum: acc[S_BRIER], eceAbsGap, rocArea: acc[S_ROC], apSum: acc[S_AP] };
}
/** From this many rows a bootstrap's resample summaries run their untied spans in WebAssembly. */
const KERNEL_MIN_ROWS = 1024;
/**
 * summarizeBinary for the resamples of one bootstrap: the same summaries, bit for bit, with the
 * untied spans in WebAssembly (wasm-summary.ts) once the data is large enough and WebAssembly runs
 * here. The kernel copies the rows it reads at the first resample, once per call of this function
 * (a bootstrap plan, per thread).
 */
function resampleSummary() {
    let kernel;
    return (data, weights) => {
        if (!(weights instanceof Uint8Array) || data.length < KERNEL_MIN_ROWS)
            return summarizeBinary(data, weights);
        if (kernel?.data !== data)
            kernel = { data, kernel: untiedSpanKernel(data.logLoss, data.gap, data.ranked.positive) };
        return summarizeBinaryBytes(data, weights, kernel.kernel);
    };
}
/**
 * Rows [a, b), each its own tie group. A row is positive or negative, so dP or dN is 0 and the
 * general ROC term dN·(TP + dP/2) is dN·TP, bit for bit: with dN = 0 both are +0 (roc + 0 = roc),
 * with dP = 0, TP + 0/2 is TP. Dropping the add and multiply took the pass from 3.2 to 2.9 ms per
 * 1M rows.
 */
function untiedSpan(acc, w, positive, ll, gap, a, b) {
    let tp = acc[S_TP];
    let fp = acc[S_FP];
    let roc = acc[S_ROC];
    let llSum = acc[S_LL];
    let brSum = acc[S_BRIER];
    let binGap = acc[S_BIN_GAP];
    const num = AP_NUM;
    const den = AP_DEN;
    let k = 0;
    for (let r = a; r < b; r++) {
        const wr = w[r];
        llSum += wr * ll[r];
        const g = gap[r];
        const wg = wr * g;
        brSum += wg * g;
        binGap += wg;
        const dP = positive[r] * wr;
        const dN = wr - dP;
        roc += dN * tp;
        tp += dP;
        fp += dN;
        num[k] = dP * tp;
        den[k] = tp + fp;
        k += (dP + 255) >> 8;
    }
    let ap = acc[S_AP];
    for (let j = 0; j < k; j++)
        ap += num[j] / den[j];
    acc[S_TP] = tp;
    acc[S_FP] = fp;
    acc[S_ROC] = roc;
    acc[S_AP] = ap;
    acc[S_LL] = llSum;
    acc[S_BRIER] = brSum;
    acc[S_BIN_GAP] = binGap;
}
/** Rows [a, b) with tie groups (flags bit 1 ends one); a group may run on into the next span. */
function tiedSpan(acc, w, positive, ll, gap, flags, a, b) {
    let tp = acc[S_TP];
    let fp = acc[S_FP];
    let roc = acc[S_ROC];
    let ap = acc[S_AP];
    let llSum = acc[S_LL];
    let brSum = acc[S_BRIER];
    let binGap = acc[S_BIN_GAP];
    let dP = acc[S_DP];
    let dW = acc[S_DW];
    for (let r = a; r < b; r++) {
        const wr = w[r];
        llSum += wr * ll[r];
        const g = gap[r];
        const wg = wr * g;
        brSum += wg * g;
        binGap += wg;
        dW += wr;
        dP += positive[r] * wr;
        if ((flags[r] & 1) !== 0) {
            const dN = dW - dP;
            roc += dN * (tp + dP / 2);
            tp += dP;
            fp += dN;
            if (dP > 0)
                ap += (dP * tp) / (tp + fp);
            dP = 0;
            dW = 0;
        }
    }
    acc[S_TP] = tp;
    acc[S_FP] = fp;
    acc[S_ROC] = roc;
    acc[S_AP] = ap;
    acc[S_LL] = llSum;
    acc[S_BRIER] = brSum;
    acc[S_BIN_GAP] = binGap;
    acc[S_DP] = dP;
    acc[S_DW] = dW;
}
const div0 = (a, b) => (b === 0 ? 0 : a / b);
const f1of = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
/** precision/recall/F1 of the binary confusion counts, scikit-learn averaging over present labels. */
function binaryPrf(s, average) {
    const tp = s.tp;
    const fp = s.fp;
    const fn = s.positives - tp;
    const tn = s.negatives - fp;
    const pos = { p: div0(tp, tp + fp), r: div0(tp, s.positives), support: s.positives, present: s.positives > 0 || tp + fp > 0 };
    const neg = { p: div0(tn, tn + fn), r: div0(tn, s.negatives), support: s.negatives, present: s.negatives > 0 || tn + fn > 0 };
    if (average === 'binary')
        return { precision: pos.p, recall: pos.r, f1: f1of(pos.p, pos.r) };
    const classes = [neg, pos].filter((c) => c.present);
    if (average === 'micro') {
        const a = div0(tp + tn, s.weight);
        return { precision: a, recall: a, f1: f1of(a, a) };
    }
    const wsum = average === 'weighted' ? classes.reduce((a, c) => a + c.support, 0) : classes.length;
    const avg = (f) => div0(classes.reduce((a, c) => a + (average === 'weighted' ? c.support : 1) * f(c), 0), wsum);
    return { precision: avg((c) => c.p), recall: avg((c) => c.r), f1: avg((c) => f1of(c.p, c.r)) };
}
/** Binary metric values from a summary. NaN where the metric is undefined (ROC AUC with one class). */
const BINARY_FROM_SUMMARY = {
    accuracy: (s) => (s.tp + s.negatives - s.fp) / s.weight,
    balanced_accuracy: (s) => {
        const parts = [];
        if (s.positives > 0)
            parts.push(s.tp / s.positives);
        if (s.negatives > 0)
            parts.push((s.negatives - s.fp) / s.negatives);
        return parts.reduce((a, b) => a + b, 0) / parts.length;
    },
    precision: (s) => binaryPrf(s, 'binary').precision,
    recall: (s) => binaryPrf(s, 'binary').recall,
    f1: (s) => binaryPrf(s, 'binary').f1,
    precision_macro: (s) => binaryPrf(s, 'macro').precision,
    precision_micro: (s) => binaryPrf(s, 'micro').precision,
    precision_weighted: (s) => binaryPrf(s, 'weighted').precision,
    recall_macro: (s) => binaryPrf(s, 'macro').recall,
    recall_micro: (s) => binaryPrf(s, 'micro').recall,
    recall_weighted: (s) => binaryPrf(s, 'weighted').recall,
    f1_macro: (s) => binaryPrf(s, 'macro').f1,
    f1_micro: (s) => binaryPrf(s, 'micro').f1,
    f1_weighted: (s) => binaryPrf(s, 'weighted').f1,
    roc_auc: (s) => (s.positives > 0 && s.negatives > 0 ? s.rocArea / (s.positives * s.negatives) : Number.NaN),
    average_precision: (s) => (s.positives > 0 ? s.apSum / s.positives : 0),
    log_loss: (s) => s.logLossSum / s.weight,
    brier: (s) => s.brierSum / s.weight,
    ece: (s) => s.eceAbsGap / s.weight,
};
/**
 * Classes default to the sorted labels of y_true and y_pred; pass `classes` when the probability
 * columns cover classes absent from both (log_loss then uses all of them, like sklearn's `labels`).
 */
function multiclassEvaluation(yTrue, yPred, options = {}) {
    const n = classification_checkSameLength('multiclass evaluation', yTrue, yPred, options.proba);
    const classes = options.classes ? classification_uniqueLabels(options.classes) : classification_uniqueLabels(yTrue, yPred);
    const index = new Map(classes.map((c, i) => [c, i]));
    const encode = (y, what) => {
        const out = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            const k = index.get(y[i]);
            if (k === undefined)
                throw new errors/* InputError */.dz(`multiclass evaluation: ${what} label ${String(y[i])} at row ${i} is not one of ${classes.join(', ')}`);
            out[i] = k;
        }
        return out;
    };
    if (options.proba && options.proba.some((row) => row.length !== classes.length)) {
        throw new errors/* InputError */.dz(`multiclass evaluation: probability rows must have ${classes.length} columns (${classes.join(', ')})`);
    }
    return {
        task: 'multiclass',
        length: n,
        classes,
        yTrue: encode(yTrue, 'y_true'),
        yPred: encode(yPred, 'y_pred'),
        proba: options.proba,
        eceBins: options.eceBins ?? ECE_DEFAULT_BINS,
    };
}
function regressionEvaluation(yTrue, yPred) {
    const n = classification_checkSameLength('regression evaluation', yTrue, yPred);
    const t = Float64Array.from(yTrue);
    const p = Float64Array.from(yPred);
    const absError = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        if (!Number.isFinite(t[i]) || !Number.isFinite(p[i]))
            throw new errors/* InputError */.dz(`regression evaluation: non-finite value at row ${i}`);
        absError[i] = Math.abs(t[i] - p[i]);
    }
    const absErrorOrder = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => absError[a] - absError[b]);
    return { task: 'regression', length: n, yTrue: t, yPred: p, absErrorOrder, absError };
}
function notApplicable(name, task) {
    throw new errors/* InputError */.dz(`metric "${name}" does not apply to ${task} tasks`, { hint: 'see METRICS[name].tasks' });
}
function mcPrf(data, average, weights) {
    return precisionRecallF1(data.yTrue, data.yPred, { average, weights });
}
function needProba(data, name) {
    if (!data.proba)
        throw new errors/* InputError */.dz(`metric "${name}" needs predicted probabilities`, { hint: 'provide one probability column per class' });
    return data.proba;
}
const classCodes = (data) => data.classes.map((_, i) => i);
function spec(name, direction, sklearn, computers) {
    const tasks = ['binary', 'multiclass', 'regression'].filter((t) => computers[t]);
    return {
        name,
        direction,
        tasks,
        sklearn,
        compute(data, weights) {
            const f = computers[data.task];
            if (!f)
                notApplicable(name, data.task);
            return f(data, weights);
        },
    };
}
const fromSummary = (name) => (d, w) => BINARY_FROM_SUMMARY[name](summarizeBinary(d, w));
function prfSpec(name, which, average) {
    const call = `${which}_score(average='${average}'${average === 'binary' ? ', pos_label' : ''})`;
    return spec(name, 'higher', call, {
        binary: fromSummary(name),
        ...(average === 'binary' ? {} : { multiclass: (d, w) => mcPrf(d, average, w)[which] }),
    });
}
const METRICS = {
    accuracy: spec('accuracy', 'higher', 'accuracy_score', {
        binary: fromSummary('accuracy'),
        multiclass: (d, w) => accuracy(d.yTrue, d.yPred, { weights: w }),
    }),
    balanced_accuracy: spec('balanced_accuracy', 'higher', 'balanced_accuracy_score(adjusted=False)', {
        binary: fromSummary('balanced_accuracy'),
        multiclass: (d, w) => balancedAccuracy(d.yTrue, d.yPred, { weights: w }),
    }),
    precision: prfSpec('precision', 'precision', 'binary'),
    recall: prfSpec('recall', 'recall', 'binary'),
    f1: prfSpec('f1', 'f1', 'binary'),
    precision_macro: prfSpec('precision_macro', 'precision', 'macro'),
    precision_micro: prfSpec('precision_micro', 'precision', 'micro'),
    precision_weighted: prfSpec('precision_weighted', 'precision', 'weighted'),
    recall_macro: prfSpec('recall_macro', 'recall', 'macro'),
    recall_micro: prfSpec('recall_micro', 'recall', 'micro'),
    recall_weighted: prfSpec('recall_weighted', 'recall', 'weighted'),
    f1_macro: prfSpec('f1_macro', 'f1', 'macro'),
    f1_micro: prfSpec('f1_micro', 'f1', 'micro'),
    f1_weighted: prfSpec('f1_weighted', 'f1', 'weighted'),
    roc_auc: spec('roc_auc', 'higher', "roc_auc_score (multiclass: multi_class='ovr', average='macro')", {
        binary: fromSummary('roc_auc'),
        multiclass: (d, w) => rocAucOvr(d.yTrue, needProba(d, 'roc_auc'), { labels: classCodes(d), weights: w }),
    }),
    average_precision: spec('average_precision', 'higher', 'average_precision_score(pos_label)', { binary: fromSummary('average_precision') }),
    log_loss: spec('log_loss', 'lower', 'log_loss (1.2, eps="auto")', {
        binary: fromSummary('log_loss'),
        multiclass: (d, w) => logLoss(d.yTrue, needProba(d, 'log_loss'), { labels: classCodes(d), weights: w }),
    }),
    brier: spec('brier', 'lower', 'brier_score_loss(pos_label)', { binary: fromSummary('brier') }),
    ece: spec('ece', 'lower', 'none: Guo et al. 2017, 15 equal-width bins', {
        binary: fromSummary('ece'),
        multiclass: (d, w) => expectedCalibrationError(d.yTrue, needProba(d, 'ece'), { labels: classCodes(d), bins: d.eceBins, weights: w }),
    }),
    mae: spec('mae', 'lower', 'mean_absolute_error', { regression: (d, w) => meanAbsoluteError(d.yTrue, d.yPred, { weights: w }) }),
    mse: spec('mse', 'lower', 'mean_squared_error', { regression: (d, w) => meanSquaredError(d.yTrue, d.yPred, { weights: w }) }),
    rmse: spec('rmse', 'lower', 'mean_squared_error(squared=False)', { regression: (d, w) => rootMeanSquaredError(d.yTrue, d.yPred, { weights: w }) }),
    r2: spec('r2', 'higher', 'r2_score', { regression: (d, w) => r2(d.yTrue, d.yPred, { weights: w }) }),
    mape: spec('mape', 'lower', 'mean_absolute_percentage_error', {
        regression: (d, w) => meanAbsolutePercentageError(d.yTrue, d.yPred, { weights: w }),
    }),
    median_ae: spec('median_ae', 'lower', 'median_absolute_error (weights = multiplicities)', {
        regression: (d, w) => {
            if (!w) {
                const n = d.length;
                const o = d.absErrorOrder;
                return n % 2 === 1 ? d.absError[o[(n - 1) / 2]] : (d.absError[o[n / 2 - 1]] + d.absError[o[n / 2]]) / 2;
            }
            return weightedMedianSorted(d.absError, d.absErrorOrder, w);
        },
    }),
    explained_variance: spec('explained_variance', 'higher', 'explained_variance_score', {
        regression: (d, w) => explainedVariance(d.yTrue, d.yPred, { weights: w }),
    }),
};
/** Metrics that apply to a task, in registry order. */
function metricsForTask(task) {
    return METRIC_NAMES.map((n) => METRICS[n]).filter((m) => m.tasks.includes(task));
}
function resolveNames(data, names) {
    const list = names ? [...names] : metricsForTask(data.task).map((m) => m.name);
    for (const n of list) {
        const m = METRICS[n];
        if (!m)
            throw new InputError(`unknown metric "${String(n)}"`, { hint: `known metrics: ${METRIC_NAMES.join(', ')}` });
        if (!m.tasks.includes(data.task))
            notApplicable(n, data.task);
    }
    return list;
}
/** Point values of the named metrics (default: all that apply to the task). */
function computeMetrics(data, names) {
    const list = resolveNames(data, names);
    const out = {};
    if (data.task === 'binary') {
        const s = summarizeBinary(data);
        for (const n of list)
            out[n] = BINARY_FROM_SUMMARY[n](s);
    }
    else {
        for (const n of list)
            out[n] = METRICS[n].compute(data);
    }
    return out;
}
/**
 * Point values and percentile bootstrap intervals. Binary metrics share one pass per resample
 * (`summarizeBinary`); other tasks compute each metric per resample.
 */
/**
 * What one bootstrap resample computes: a summary of the (weighted) data and, per metric, how to
 * read the metric from it. The in-thread bootstrap and the parallel one (bootstrap-parallel.ts)
 * both take it from here, so they cannot drift apart.
 */
function bootstrapPlan(data, list) {
    if (data.task === 'binary') {
        return {
            summarize: resampleSummary(),
            finishers: Object.fromEntries(list.map((n) => [n, BINARY_FROM_SUMMARY[n]])),
        };
    }
    return {
        summarize: (d, w) => list.map((n) => METRICS[n].compute(d, w)),
        finishers: Object.fromEntries(list.map((n, i) => [n, (s) => s[i]])),
    };
}
function bootstrapMetrics(data, names, options = {}) {
    const { summarize, finishers } = bootstrapPlan(data, resolveNames(data, names));
    return bootstrapStatistics(summarize, finishers, data, options);
}


/***/ }),

/***/ 2585:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ GE_U),
/* harmony export */   H: () => (/* binding */ f64Load),
/* harmony export */   H9: () => (/* binding */ EXTEND_U),
/* harmony export */   I3: () => (/* binding */ f64Store),
/* harmony export */   IE: () => (/* binding */ BLOCK),
/* harmony export */   IF: () => (/* binding */ IF),
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   Kp: () => (/* binding */ END),
/* harmony export */   NE: () => (/* binding */ NE),
/* harmony export */   OR: () => (/* binding */ OR),
/* harmony export */   Q: () => (/* binding */ SHR_U64),
/* harmony export */   Rv: () => (/* binding */ LOAD8_U),
/* harmony export */   Sr: () => (/* binding */ ROTL),
/* harmony export */   X1: () => (/* binding */ SUB),
/* harmony export */   Zk: () => (/* binding */ WRAP),
/* harmony export */   br: () => (/* binding */ br),
/* harmony export */   cq: () => (/* binding */ i64),
/* harmony export */   eP: () => (/* binding */ XOR),
/* harmony export */   gj: () => (/* binding */ ADD),
/* harmony export */   hN: () => (/* binding */ LOOP),
/* harmony export */   hZ: () => (/* binding */ set),
/* harmony export */   hm: () => (/* binding */ F_DIV),
/* harmony export */   jP: () => (/* binding */ I32),
/* harmony export */   je: () => (/* binding */ F64),
/* harmony export */   jl: () => (/* binding */ i32Load),
/* harmony export */   mC: () => (/* binding */ F_MUL),
/* harmony export */   mz: () => (/* binding */ brIf),
/* harmony export */   nL: () => (/* binding */ F_ADD),
/* harmony export */   nR: () => (/* binding */ tee),
/* harmony export */   oM: () => (/* binding */ SHL),
/* harmony export */   pJ: () => (/* binding */ F_FROM_U32),
/* harmony export */   rT: () => (/* binding */ i32),
/* harmony export */   sw: () => (/* binding */ STORE8),
/* harmony export */   ti: () => (/* binding */ MUL),
/* harmony export */   uv: () => (/* binding */ I64),
/* harmony export */   vM: () => (/* binding */ MUL64),
/* harmony export */   w2: () => (/* binding */ i32Store)
/* harmony export */ });
/* unused harmony exports uleb, oneFunctionModule, PAGE, compileKernel */
/**
 * Just enough of a WebAssembly assembler for the bootstrap's two hand-written kernels
 * (wasm-draws.ts, wasm-summary.ts): the binary encodings of the instructions they use (WebAssembly
 * core specification 1.0, §5), a one-function module that imports its memory, and the compiled
 * modules, once per thread. No toolchain and no .wasm file: each kernel is a commented listing in
 * TypeScript, and the bundles carry it as code.
 */
const uleb = (v) => {
    const out = [];
    do {
        let b = v & 0x7f;
        v >>>= 7;
        if (v !== 0)
            b |= 0x80;
        out.push(b);
    } while (v !== 0);
    return out;
};
const sleb = (v) => {
    const out = [];
    for (;;) {
        const b = v & 0x7f;
        v >>= 7;
        if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0))
            return [...out, b];
        out.push(b | 0x80);
    }
};
const name = (s) => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const section = (id, body) => [id, ...uleb(body.length), ...body];
/** Value types. */
const I32 = 0x7f;
const I64 = 0x7e;
const F64 = 0x7c;
const get = (local) => [0x20, ...uleb(local)];
const set = (local) => [0x21, ...uleb(local)];
const tee = (local) => [0x22, ...uleb(local)];
const i32 = (v) => [0x41, ...sleb(v | 0)];
const i64 = (v) => [0x42, ...sleb(v)];
/** Memory access at the address on the stack plus a constant offset (natural alignment). */
const i32Load = (offset = 0) => [0x28, 2, ...uleb(offset)];
const i32Store = (offset = 0) => [0x36, 2, ...uleb(offset)];
const f64Load = (offset = 0) => [0x2b, 3, ...uleb(offset)];
const f64Store = (offset = 0) => [0x39, 3, ...uleb(offset)];
const LOAD8_U = [0x2d, 0, 0];
const STORE8 = [0x3a, 0, 0];
const [ADD, SUB, MUL, OR, XOR, SHL, ROTL] = [[0x6a], [0x6b], [0x6c], [0x72], [0x73], [0x74], [0x77]];
const [NE, GE_U] = [[0x47], [0x4f]];
const [EXTEND_U, MUL64, SHR_U64, WRAP] = [[0xad], [0x7e], [0x88], [0xa7]];
const [F_ADD, F_MUL, F_DIV, F_FROM_U32] = [[0xa0], [0xa2], [0xa3], [0xb8]];
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const IF = [0x04, 0x40];
const END = [0x0b];
const br = (depth) => [0x0c, depth];
const brIf = (depth) => [0x0d, depth];
/**
 * A module of one exported function `exported` taking `params` (i32 each) and returning `result`
 * (or nothing), with `locals` ([count, type] groups), importing its memory as m.memory.
 */
function oneFunctionModule(exported, params, result, locals, body) {
    const func = [...uleb(locals.length), ...locals.flatMap(([count, type]) => [...uleb(count), type]), ...body];
    const resultTypes = result === undefined ? [0] : [1, result];
    return Uint8Array.from([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        ...section(1, [1, 0x60, ...uleb(params), ...new Array(params).fill(I32), ...resultTypes]),
        ...section(2, [1, ...name('m'), ...name('memory'), 0x02, 0x00, 1]),
        ...section(3, [1, 0]),
        ...section(7, [1, ...name(exported), 0x00, 0]),
        ...section(10, [1, ...uleb(func.length), ...func]),
    ]);
}
const PAGE = 65536;
/**
 * A compiled one-function module, instantiated on a fresh memory of `bytes` bytes per call; null
 * when WebAssembly is unavailable here (node --jitless) or refuses the module.
 */
function compileKernel(bytes, exported) {
    const api = globalThis.WebAssembly;
    if (!api)
        return null;
    let module;
    try {
        module = new api.Module(bytes());
    }
    catch {
        return null;
    }
    return (memoryBytes) => {
        try {
            const memory = new api.Memory({ initial: Math.max(1, Math.ceil(memoryBytes / PAGE)) });
            return { fn: new api.Instance(module, { m: { memory } }).exports[exported], buffer: memory.buffer };
        }
        catch {
            return undefined;
        }
    };
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


/***/ })

};
