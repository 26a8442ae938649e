export const id = 1354;
export const ids = [1354];
export const modules = {

/***/ 1354:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  whatChanged: () => (/* binding */ whatChanged)
});

// UNUSED EXPORTS: normalizedPath

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/formats/run-format.ts
var run_format = __webpack_require__(6048);
// EXTERNAL MODULE: ../../../../shared/formats/drift-format.ts
var drift_format = __webpack_require__(5830);
// EXTERNAL MODULE: ../../../../shared/drift/column-test.ts + 8 modules
var column_test = __webpack_require__(1502);
// EXTERNAL MODULE: ../../../../shared/drift/distribution.ts
var distribution = __webpack_require__(3216);
// EXTERNAL MODULE: ../../../../shared/drift/drift-check.ts + 6 modules
var drift_check = __webpack_require__(676);
// EXTERNAL MODULE: ../../../../shared/drift/reference.ts
var drift_reference = __webpack_require__(8125);
;// CONCATENATED MODULE: ../../../../shared/drift/profile-drift.ts




function sideOf(profile, name, kind) {
    const column = profile.columns[name];
    return kind === 'numeric' ? (0,distribution/* distributionFromProfile */.yG)(column) : (0,distribution/* categoricalFromProfile */.IX)(column);
}
function profileDrift(reference, current, config) {
    const has = (p, name) => Object.hasOwn(p.columns, name);
    const added = current.column_order.filter((c) => !has(reference, c));
    const removed = reference.column_order.filter((c) => !has(current, c));
    const { wanted, skipped } = (0,drift_check/* columnsToTest */.Lx)(reference, config);
    const columns = [];
    for (const { name, kind } of wanted) {
        if (!has(current, name))
            continue; // listed in `removed`
        const column = current.columns[name];
        if (column.count - column.nan - column.inf === 0) {
            skipped.push({ column: name, reason: 'no values in the current data' });
            continue;
        }
        const currentKind = (0,drift_reference/* columnKindOf */.y)(column);
        if (currentKind !== kind) {
            skipped.push({ column: name, reason: `its type changed (${reference.columns[name].type} → ${column.type}); not compared` });
            continue;
        }
        const override = config?.columns?.[name];
        columns.push((0,column_test/* testColumn */.vW)(name, sideOf(reference, name, kind), sideOf(current, name, kind), { test: override?.test, threshold: override?.threshold }));
    }
    return { columns, skipped, added, removed };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ../../../../shared/compare/params-diff.ts
/**
 * The params part of "What changed": the two run records' params, flattened, compared key by key, as
 * `dvc params diff` does (nested keys joined with dots; a list is one value). Params come from the
 * run record, which may come from a fork's artifact: keys are kept as data in arrays and Maps (a key
 * `__proto__` is a param like any other), and long values are shortened with the SHA-256 of the whole.
 */

/** Longer JSON text than this is shortened: a reviewer reads values in a table cell. */
const MAX_PARAM_VALUE_CHARS = 60;
/** At most this many keys are listed per kind (added, removed, changed); the rest are only counted. */
const MAX_LISTED_PARAMS = 200;
/** Nesting deeper than this is kept as one value (a JSON text) instead of being flattened further. */
const MAX_DEPTH = 32;
const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** `{a: {b: 1}, c: [1, 2]}` → `a.b` → 1, `c` → [1, 2]; an empty object is a value (`{}`). */
function flattenParams(params) {
    const out = new Map();
    const walk = (value, prefix, depth) => {
        if (isPlainObject(value) && depth < MAX_DEPTH && Object.keys(value).length > 0) {
            for (const key of Object.keys(value))
                walk(value[key], prefix === '' ? key : `${prefix}.${key}`, depth + 1);
        }
        else
            out.set(prefix, value);
    };
    if (isPlainObject(params))
        walk(params, '', 0);
    else if (params !== undefined)
        out.set('', params);
    return out;
}
/** JSON text of a value, with keys in order so that `{a, b}` and `{b, a}` are the same value. */
function canonicalJson(value) {
    return JSON.stringify(value, (_k, v) => (isPlainObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v)) ?? 'null';
}
function paramValue(value) {
    const json = canonicalJson(value);
    if (json.length <= MAX_PARAM_VALUE_CHARS)
        return { value: json };
    const cut = Array.from(json).slice(0, MAX_PARAM_VALUE_CHARS - 1).join('');
    return { value: `${cut}…`, sha256: (0,external_node_crypto_.createHash)('sha256').update(json).digest('hex') };
}
/** The params and seed of the baseline's run (`from`) against the head's (`to`). */
function diffParams(from, to) {
    const a = flattenParams(from.params);
    const b = flattenParams(to.params);
    const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
    const diff = { added: [], removed: [], changed: [], unchanged: 0, not_listed: 0, seed: from.seed === to.seed ? null : { from: from.seed, to: to.seed } };
    const room = (list) => (list.length < MAX_LISTED_PARAMS ? true : (diff.not_listed++, false));
    for (const key of keys) {
        if (!a.has(key)) {
            if (room(diff.added))
                diff.added.push({ key, to: paramValue(b.get(key)) });
        }
        else if (!b.has(key)) {
            if (room(diff.removed))
                diff.removed.push({ key, from: paramValue(a.get(key)) });
        }
        else if (canonicalJson(a.get(key)) === canonicalJson(b.get(key)))
            diff.unchanged++;
        else if (room(diff.changed))
            diff.changed.push({ key, from: paramValue(a.get(key)), to: paramValue(b.get(key)) });
    }
    return diff;
}
/** The number of differences (added, removed and changed keys, listed or not, and the seed). */
function paramChanges(d) {
    return d.added.length + d.removed.length + d.changed.length + d.not_listed + (d.seed ? 1 : 0);
}

;// CONCATENATED MODULE: ../../../../shared/compare/what-changed.ts
/**
 * "What changed" between the baseline and the head, beside the metrics: params (params-diff.ts),
 * training data (the two profiles' rows, inputs and moved columns, drift/profile-drift.ts), code and
 * environment (the run records' command, input digests and runtime fingerprint). Pure: the records
 * in, a `what_changed` object (formats/what-changed-format.ts) out.
 *
 * What is data and what is code: the training data is the files the profiles were made from; every
 * other declared input of the run (scripts, params files, requirements) is code. So when only a
 * script's digest changed, the summary is `code-only`, which the report says in one line.
 */





/** A path as the run record writes it: forward slashes, no `./`, normalized. */
function normalizedPath(path) {
    const p = external_node_path_.posix.normalize(path.replace(/\\/g, '/'));
    return p.startsWith('./') ? p.slice(2) : p;
}
function digestsByPath(run) {
    return new Map((run?.inputs ?? []).map((f) => [normalizedPath(f.path), f]));
}
/** How strongly a column moved, for ordering: how far past its threshold, in the test's own direction. */
function strength(c) {
    if (drift_format/* P_VALUE_TESTS */.Dw.has(c.test))
        return c.p_value === null || c.p_value <= 0 ? Number.POSITIVE_INFINITY : c.threshold / c.p_value;
    return c.threshold > 0 ? c.statistic / c.threshold : c.statistic;
}
function diffData(from, to, fromRun, toRun, options) {
    const drift = profileDrift(from, to, options.drift);
    const moved = drift.columns.filter((c) => c.drifted).sort((a, b) => strength(b) - strength(a) || (a.column < b.column ? -1 : 1));
    const fromDigests = digestsByPath(fromRun);
    const toDigests = digestsByPath(toRun);
    const rowsOf = (p) => new Map(p.sources.map((s) => [normalizedPath(s.file), s.rows]));
    const fromRows = rowsOf(from);
    const toRows = rowsOf(to);
    const paths = [...new Set([...fromRows.keys(), ...toRows.keys()])];
    return {
        rows: { from: from.rows, to: to.rows },
        inputs: paths.map((path) => ({
            path,
            rows_from: fromRows.get(path) ?? null,
            rows_to: toRows.get(path) ?? null,
            sha256_from: fromRows.has(path) ? (fromDigests.get(path)?.sha256 ?? null) : null,
            sha256_to: toRows.has(path) ? (toDigests.get(path)?.sha256 ?? null) : null,
        })),
        columns_added: drift.added,
        columns_removed: drift.removed,
        moved,
        unmoved: drift.columns.length - moved.length,
        skipped: drift.skipped,
    };
}
const ENVIRONMENT_FIELDS = ['platform', 'arch', 'node', 'python', 'image'];
const ENVIRONMENT_NAMES = { platform: 'platform', arch: 'architecture', node: 'Node.js', python: 'Python', image: 'runner image' };
function diffCode(from, to, dataPaths) {
    const a = (0,run_format/* describeCommand */.vL)(from.command);
    const b = (0,run_format/* describeCommand */.vL)(to.command);
    const fromFiles = digestsByPath(from);
    const toFiles = digestsByPath(to);
    const files = [];
    let unchanged = 0;
    for (const path of [...new Set([...fromFiles.keys(), ...toFiles.keys()])].sort()) {
        if (dataPaths.has(path))
            continue; // shown with the data
        const x = fromFiles.get(path);
        const y = toFiles.get(path);
        if (x && y && x.sha256 === y.sha256)
            unchanged++;
        else
            files.push({ path, change: !x ? 'added' : !y ? 'removed' : 'changed', sha256_from: x?.sha256 ?? null, sha256_to: y?.sha256 ?? null });
    }
    const environment = [];
    for (const field of ENVIRONMENT_FIELDS) {
        const x = from.environment[field];
        const y = to.environment[field];
        if (x !== y)
            environment.push({ what: ENVIRONMENT_NAMES[field], from: x, to: y });
    }
    const locks = (r) => new Map(r.environment.lockfiles.map((f) => [normalizedPath(f.path), f.sha256]));
    const fromLocks = locks(from);
    const toLocks = locks(to);
    for (const path of [...new Set([...fromLocks.keys(), ...toLocks.keys()])].sort()) {
        const x = fromLocks.get(path) ?? null;
        const y = toLocks.get(path) ?? null;
        if (x !== y)
            environment.push({ what: `lockfile ${path}`, from: x, to: y });
    }
    return { command: a === b ? null : { from: a, to: b }, files, unchanged_files: unchanged, environment };
}
/** The differences in data: rows, inputs (by digest or rows), columns, moved columns. */
function dataChanges(d) {
    const inputs = d.inputs.filter((i) => i.rows_from !== i.rows_to || i.sha256_from !== i.sha256_to).length;
    return (d.rows.from !== d.rows.to ? 1 : 0) + inputs + d.columns_added.length + d.columns_removed.length + d.moved.length;
}
/** `baseline` is `from`, the head is `to`. */
function whatChanged(baseline, head, options = {}) {
    const notes = [...(head.notes ?? []), ...(baseline.notes ?? [])];
    const fromRun = baseline.run?.record;
    const toRun = head.run?.record;
    const params = fromRun && toRun ? diffParams(fromRun, toRun) : null;
    const data = baseline.profile && head.profile ? diffData(baseline.profile.profile, head.profile.profile, fromRun, toRun, options) : null;
    const dataPaths = new Set([...(baseline.profile?.profile.sources ?? []), ...(head.profile?.profile.sources ?? [])].map((s) => normalizedPath(s.file)));
    const code = fromRun && toRun ? diffCode(fromRun, toRun, dataPaths) : null;
    if (!params)
        notes.push(`params, code and environment not compared: ${!toRun && !fromRun ? 'neither side has' : !toRun ? 'the head has' : 'the baseline has'} no run record (train's run-out)`);
    if (!data)
        notes.push(`training data not compared: ${!head.profile && !baseline.profile ? 'neither side has' : !head.profile ? 'the head has' : 'the baseline has'} a training-data profile (validate-data's profile-out)`);
    let summary;
    if (!params && !data)
        summary = 'unknown';
    else {
        const other = (params ? paramChanges(params) : 0) + (data ? dataChanges(data) : 0) + (code ? (code.command ? 1 : 0) + code.environment.length : 0);
        const files = code ? code.files.length : 0;
        summary = other === 0 && files === 0 ? 'nothing' : other === 0 && params && data ? 'code-only' : 'changed';
    }
    return {
        head: { run: head.run?.file ?? null, profile: head.profile?.file ?? null },
        baseline: { run: baseline.run?.file ?? null, profile: baseline.profile?.file ?? null },
        summary,
        params,
        data,
        code,
        notes,
    };
}


/***/ })

};
