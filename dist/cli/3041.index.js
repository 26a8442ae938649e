export const id = 3041;
export const ids = [3041];
export const modules = {

/***/ 3041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCompareStep: () => (/* binding */ runCompareStep)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/config/mlops-config.ts + 2 modules
var mlops_config = __webpack_require__(7855);
// EXTERNAL MODULE: ../../../../shared/formats/forge-markers.ts
var forge_markers = __webpack_require__(2362);
// EXTERNAL MODULE: ../../../../shared/report/comparison-comment.ts + 1 modules
var comparison_comment = __webpack_require__(8737);
// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts
var atomic_write = __webpack_require__(3196);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/compare/baseline.ts + 1 modules
var compare_baseline = __webpack_require__(9349);
// EXTERNAL MODULE: ../../../../shared/compare/compare-files.ts
var compare_files = __webpack_require__(4977);
// EXTERNAL MODULE: ../../../../shared/formats/report-limits.ts
var report_limits = __webpack_require__(4050);
// EXTERNAL MODULE: ../../../../shared/compare/training-records.ts
var training_records = __webpack_require__(9371);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ../../../../shared/formats/explanation-format.ts
var explanation_format = __webpack_require__(3994);
// EXTERNAL MODULE: ../../../../shared/registry/release-files.ts
var release_files = __webpack_require__(8317);
;// CONCATENATED MODULE: ../../../../shared/compare/explanation-change.ts
/**
 * The PR report's "What the model relies on": each side's explanation (explain's
 * `mlops-actions/explanation@1`) read from beside its evaluation report — where the PR report's
 * artifact and a registry release keep `explanation.json` — or from a path given, and their top
 * features side by side with their ranks, so a reviewer sees when the head model leans on
 * something new.
 *
 * As with the training records (training-records.ts): a file given that is missing or broken is
 * the user's mistake (exit 2); one found beside a report that is broken is a note (it may come
 * from a fork's artifact and must not stop the report); none found is normal.
 */





/** Features shown per side: the union of both sides' top ten. */
const TOP_FEATURES_SHOWN = 10;
/** An explanation is a few KB per feature; more than this is not one we wrote. */
const MAX_EXPLANATION_BYTES = 64 * 1024 * 1024;
/** One side's explanation: the file given, else `explanation.json` beside its report, else none. */
async function readSideExplanation(spec, notes) {
    const file = spec.given ?? (spec.besideReport === undefined ? undefined : (0,external_node_path_.join)((0,external_node_path_.dirname)(spec.besideReport), explanation_format/* EXPLANATION_ASSET */.ph));
    if (file === undefined)
        return undefined;
    const given = spec.given !== undefined;
    const info = await (0,promises_.stat)(file).catch(() => undefined);
    if (!info?.isFile()) {
        if (given)
            throw new errors/* InputError */.dz('explanation not found (or not a regular file)', { location: { file }, hint: 'give the explanation.json explain wrote, or leave the option out' });
        return undefined;
    }
    if (info.size > MAX_EXPLANATION_BYTES) {
        const message = `the ${spec.side}'s explanation is ${(info.size / 1024 / 1024).toFixed(0)} MiB, more than the ${MAX_EXPLANATION_BYTES / 1024 / 1024} MiB compare reads`;
        if (given)
            throw new errors/* InputError */.dz(message, { location: { file } });
        notes.push(message);
        return undefined;
    }
    try {
        return { file, explanation: await (0,release_files/* readJsonAs */.X)(file, explanation_format/* explanationSchema */.lr, `${explanation_format/* EXPLANATION_SCHEMA */.YC} explanation`, 'point at the explanation.json explain wrote') };
    }
    catch (e) {
        if (given || !(e instanceof errors/* InputError */.dz))
            throw e;
        notes.push(`the ${spec.side}'s explanation beside its evaluation report was left out: ${e.message}`);
        return undefined;
    }
}
function sideInfo(s) {
    if (!s)
        return null;
    const x = s.explanation;
    return { file: s.file, metric: x.metric.name, direction: x.metric.direction, rows_used: x.dataset.rows_used, repeats: x.repeats };
}
/** Both sides' top features side by side; undefined when neither side has an explanation. */
function explanationChange(head, baseline, notes = [], top = TOP_FEATURES_SHOWN) {
    if (!head && !baseline)
        return undefined;
    const out = [...notes];
    if (!head)
        out.push('the head has no explanation (explain\'s explanation.json beside its evaluation report): only the baseline\'s ranks are shown');
    if (!baseline)
        out.push('the baseline has no explanation: only the head\'s ranks are shown');
    if (head && baseline && head.explanation.metric.name !== baseline.explanation.metric.name) {
        out.push(`the two sides measured importance in different metrics (head ${head.explanation.metric.name}, baseline ${baseline.explanation.metric.name}): compare ranks, not values`);
    }
    // Maps, not objects: feature names are the data's column names, untrusted ("__proto__" is a name like any other).
    const byName = (s) => {
        const m = new Map();
        for (const f of s?.explanation.features ?? [])
            m.set(f.feature, { rank: f.rank, mean: f.importance_mean });
        return m;
    };
    const h = byName(head);
    const b = byName(baseline);
    const shown = [];
    for (const f of head?.explanation.features ?? [])
        if (f.rank <= top)
            shown.push(f.feature);
    for (const f of baseline?.explanation.features ?? [])
        if (f.rank <= top && !shown.includes(f.feature))
            shown.push(f.feature);
    return {
        top,
        head: sideInfo(head),
        baseline: sideInfo(baseline),
        features: shown.map((feature) => ({
            feature,
            head_rank: h.get(feature)?.rank ?? null,
            baseline_rank: b.get(feature)?.rank ?? null,
            head_importance: h.get(feature)?.mean ?? null,
            baseline_importance: b.get(feature)?.mean ?? null,
        })),
        notes: out,
    };
}

;// CONCATENATED MODULE: ../../../../shared/steps/compare.ts
/**
 * The compare step, one operation behind the action and the CLI: resolve the baseline, compare
 * (checking both reports as untrusted input first), write `comparison.json`, `comment.md` and
 * `summary.md` into `outDir`, then — when a forge and a target are given — upsert the sticky PR
 * comment (one per workflow and model) and the check run `mlops / <model>` on the head SHA.
 *
 * Files are written before anything is posted, so a forge failure (exit 3) still leaves the
 * report behind for the job summary and the artifacts.
 */














/**
 * The model whose registry alias is the baseline: the step's `model`, else, as compareFiles picks
 * it, mlops.yaml's only model (when the rules come from mlops.yaml).
 */
async function registryModelOf(options) {
    if (options.model !== undefined)
        return options.model;
    if (options.config && !options.rules) {
        const config = await (0,mlops_config/* loadConfig */.Z9)(options.config);
        // Throws naming the models when there are several: the step must be told which one.
        if ((0,mlops_config/* modelConfigOf */.jj)(config, undefined, options.config))
            return Object.keys(config.models ?? {})[0];
    }
    throw new errors/* UsageError */.eb('baseline production: which model\'s registry versions? none is named', {
        hint: (o) => `pass ${o.option('model', 'NAME')}, or configure exactly one model in mlops.yaml`,
    });
}
/** The model's drift settings in mlops.yaml: "What changed" tests the data's columns as drift-check would. */
async function driftSettingsOf(config, model) {
    if (!config)
        return undefined;
    const models = (await (0,mlops_config/* loadConfig */.Z9)(config)).drift?.models ?? {};
    return Object.hasOwn(models, model) ? models[model] : undefined;
}
/** Params, data, code and environment, head against baseline; none when neither side has a record. */
async function whatChangedOf(options, baselineFile, model) {
    // Two reports in one folder share whatever run.json lies there: neither side's can be told apart,
    // so only records named explicitly are read.
    const apart = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(options.head)) !== (0,external_node_path_.resolve)((0,external_node_path_.dirname)(baselineFile));
    const [head, base] = await Promise.all([
        (0,training_records/* readTrainingRecords */.R3)({ side: 'head', run: options.headRun, profile: options.headProfile, besideReport: apart ? options.head : undefined }),
        (0,training_records/* readTrainingRecords */.R3)({ side: 'baseline', run: options.baselineRun, profile: options.baselineProfile, besideReport: apart ? baselineFile : undefined }),
    ]);
    if (!head.run && !head.profile && !base.run && !base.profile)
        return undefined;
    return whatChanged(base, head, { drift: await driftSettingsOf(options.config, model) });
}
/** Both sides' top features by importance; none when neither side has an explanation. */
async function explanationsOf(options, baselineFile) {
    // As for the training records: two reports in one folder share one explanation.json, so only
    // explanations named explicitly are read then.
    const apart = baselineFile !== undefined && (0,external_node_path_.resolve)((0,external_node_path_.dirname)(options.head)) !== (0,external_node_path_.resolve)((0,external_node_path_.dirname)(baselineFile));
    const notes = [];
    const [head, base] = await Promise.all([
        readSideExplanation({ side: 'head', given: options.headExplanation, besideReport: apart ? options.head : undefined }, notes),
        readSideExplanation({ side: 'baseline', given: options.baselineExplanation, besideReport: apart ? baselineFile : undefined }, notes),
    ]);
    return explanationChange(head, base, notes);
}
async function runCompareStep(options, env = {}) {
    const spec = options.baseline.kind === 'production'
        ? { ...options.baseline, model: options.baseline.model ?? (await registryModelOf(options)) }
        : options.baseline;
    const baseline = await (0,compare_baseline/* resolveBaseline */.o)(spec, { forge: env.baselineForge ?? env.forge, download: env.download, workDir: (0,external_node_path_.join)(options.outDir, '.baseline'), log: env.log });
    await (0,report_limits/* assertReportWithinLimits */.id)(options.head);
    if (baseline.file)
        await (0,report_limits/* assertReportWithinLimits */.id)(baseline.file);
    const comparison = await (0,compare_files/* compareFiles */.h)({
        head: options.head, baseline: baseline.file, config: options.config, rules: options.rules, model: options.model,
        baselineExamplesUnavailable: baseline.examplesUnavailable,
    });
    const model = comparison.model ?? options.model ?? 'model';
    if (baseline.file) {
        const changed = await whatChangedOf(options, baseline.file, model);
        if (changed)
            comparison.what_changed = changed;
    }
    const explanations = await explanationsOf(options, baseline.file);
    if (explanations)
        comparison.explanations = explanations;
    const ctx = { model, baseline: baseline.info, runUrl: options.runUrl, headSha: options.target?.headSha };
    const marker = (0,forge_markers/* stickyMarker */.YL)({ workflow: options.workflow, model });
    const comment = (0,comparison_comment/* renderComparisonComment */.HV)(comparison, ctx, marker);
    const summary = (0,comparison_comment/* renderComparisonSummary */.YV)(comparison, ctx);
    const files = { comparison: (0,external_node_path_.join)(options.outDir, 'comparison.json'), comment: (0,external_node_path_.join)(options.outDir, 'comment.md'), summary: (0,external_node_path_.join)(options.outDir, 'summary.md') };
    await (0,atomic_write/* writeJsonAtomic */.ZJ)(files.comparison, comparison);
    await (0,atomic_write/* writeFileAtomic */.Zf)(files.comment, comment);
    await (0,atomic_write/* writeFileAtomic */.Zf)(files.summary, summary);
    const result = {
        comparison,
        baseline,
        model,
        comment,
        summary,
        files,
        exitCode: comparison.verdict === 'fail' && options.failOnRegression ? errors/* EXIT_CHECK_FAILED */.Gh : errors/* EXIT_OK */.Ij,
    };
    const { forge } = env;
    const t = options.target;
    if (forge && t) {
        if (options.comment !== false && t.prNumber !== undefined) {
            const r = await forge.upsertStickyComment({ owner: t.owner, repo: t.repo, issue_number: t.prNumber, marker, body: comment });
            result.commentUrl = r.url;
            result.commentAction = r.action;
            env.log?.(`PR #${t.prNumber}: comment ${r.action} (${r.url})${r.deletedIds.length ? `, ${r.deletedIds.length} duplicate(s) removed` : ''}`);
        }
        if (options.checkRun !== false && t.headSha) {
            const out = (0,comparison_comment/* renderCheckRunOutput */.vV)(comparison, ctx);
            const r = await forge.upsertCheckRun({
                owner: t.owner,
                repo: t.repo,
                name: (0,forge_markers/* checkRunName */.$_)(model),
                head_sha: t.headSha,
                conclusion: out.conclusion,
                title: out.title,
                summary: out.summary,
                ...(options.runUrl ? { details_url: options.runUrl } : {}),
            });
            result.checkRunUrl = r.url;
            result.checkRunId = r.checkRunId;
            env.log?.(`check run ${(0,forge_markers/* checkRunName */.$_)(model)} ${r.action}: ${out.conclusion}`);
        }
    }
    return result;
}


/***/ })

};
