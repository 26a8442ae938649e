export const id = 658;
export const ids = [658];
export const modules = {

/***/ 9729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $k: () => (/* binding */ EVALUATION_SCHEMA),
/* harmony export */   Fo: () => (/* binding */ examplesFileOf),
/* harmony export */   I8: () => (/* binding */ omittedMetricSchema),
/* harmony export */   mF: () => (/* binding */ evaluationReportSchema),
/* harmony export */   tm: () => (/* binding */ metricValueSchema)
/* harmony export */ });
/* unused harmony exports confusionMatrixSchema, sliceSchema, skippedSliceSchema */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
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
    });
    return { metricValueSchema, omittedMetricSchema, confusionMatrixSchema, sliceSchema, skippedSliceSchema, evaluationReportSchema };
});
const metricValueSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().metricValueSchema);
const omittedMetricSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().omittedMetricSchema);
const confusionMatrixSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().confusionMatrixSchema);
const sliceSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().sliceSchema);
const skippedSliceSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().skippedSliceSchema);
const evaluationReportSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .lazySchema */ .ID)(() => schemas().evaluationReportSchema);
/** The folder a report's relative `examples.file` is resolved against. */
function examplesFileOf(reportPath, report) {
    return report.examples ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(reportPath), report.examples.file) : undefined;
}


/***/ }),

/***/ 322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 6658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluate: () => (/* binding */ evaluate)
});

// UNUSED EXPORTS: DEFAULT_MIN_SLICE_SIZE, DEFAULT_THRESHOLD, MAX_RESAMPLES, examplesPathFor

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts
var atomic_write = __webpack_require__(3196);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ../../../../shared/formats/examples-file.ts
/**
 * The per-example file next to an evaluation report (`<out>.examples.jsonl.gz`): one JSON object
 * per row, `{"id": …, "label": …, "prediction": …, "score": …}` (fields by task, see
 * docs/evaluate.md), gzip-compressed. The compare step pairs rows of two reports by `id` for
 * paired significance tests.
 *
 * Why a worker thread: turning a million doubles into shortest round-trip text and gzipping it is
 * ~2 s of CPU, as long as the bootstrap itself. The bootstrap is synchronous on the main thread, so
 * the file is rendered on the second core meanwhile; the typed arrays are copied to the worker
 * (a few MB), not shared. The worker's code is a plain string (eval worker, CommonJS) so it is the
 * same under tsx, vitest and the ncc bundle, with no extra file to ship.
 */

const WORKER_SOURCE = `
const { workerData: spec, parentPort } = require('node:worker_threads');
const { gzipSync } = require('node:zlib');
const f = spec.fields;
const parts = [];
for (let start = 0; start < spec.rows; start += 65536) {
  const end = Math.min(spec.rows, start + 65536);
  let s = '';
  for (let i = start; i < end; i++) {
    s += '{"id":' + (spec.ids ? JSON.stringify(spec.ids[i]) : i);
    for (let k = 0; k < f.length; k++) {
      const x = f[k];
      s += ',"' + x.key + '":';
      if (x.kind === 'coded') s += x.json[x.codes[i]];
      else if (x.kind === 'number') s += x.values[i];
      else {
        s += '[';
        for (let j = 0; j < x.width; j++) s += (j ? ',' : '') + x.values[i * x.width + j];
        s += ']';
      }
    }
    s += '}\\n';
  }
  parts.push(Buffer.from(s));
}
parentPort.postMessage(gzipSync(Buffer.concat(parts), { level: spec.level }));
`;
/** Renders the gzipped JSON Lines on a worker thread; resolves with the bytes to write. */
function renderExamplesFile(spec) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, workerData: { ...spec, level: spec.level ?? 1 } });
        worker.once('message', (m) => {
            resolve(Buffer.from(m.buffer, m.byteOffset, m.byteLength));
            void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
            if (code !== 0)
                reject(new Error(`examples worker exited with code ${code}`));
        });
    });
}

// EXTERNAL MODULE: ../../../csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(2475);
// EXTERNAL MODULE: ../../../../shared/runtime/message-text.ts
var message_text = __webpack_require__(1042);
;// CONCATENATED MODULE: ../../../../shared/model/import/csv-metrics.ts
/**
 * CSV / TSV metrics files. Two shapes are accepted:
 *
 * 1. wide (DVC's tabular layout, also what DVCLive and Keras' CSVLogger write): a header row of
 *    metric names and one or more value rows. The LAST non-empty row is imported (the final epoch
 *    of a training log); cells that are empty or not numbers are skipped and reported.
 * 2. long: exactly two columns whose header is `metric,value` (also `name,value` or `key,value`,
 *    case-insensitive); every row is one metric. A name repeated later overrides the earlier one.
 *
 * Delimiter: tab for `.tsv`, otherwise comma, unless the header has tabs and no comma.
 * Numbers: JSON-style decimals with an optional leading `+`; `nan`/`inf` are skipped as non-finite.
 */





const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;
const NAME_HEADERS = new Set(['metric', 'name', 'key']);
/** Parses one cell; returns a number, or a reason why it is not imported. */
function cellNumber(cell) {
    const s = cell.trim();
    if (s === '')
        return 'empty';
    if (NON_FINITE.test(s))
        return `not finite (${s})`;
    if (!NUMBER.test(s))
        return `not a number (${JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s)})`;
    return Number(s);
}
async function importCsvMetrics(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(`cannot read metrics file: ${e.message}`, { location: { file }, cause: e });
    }
    return csvMetricsFromText(text, file);
}
function csvMetricsFromText(text, file) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === '') {
        throw new errors/* InputError */.dz('the metrics file is empty', {
            location: { file },
            hint: 'expected a header row of metric names and a row of values',
        });
    }
    const firstLine = text.slice(0, text.search(/\r?\n|$/));
    const delimiter = external_node_path_default().extname(file).toLowerCase() === '.tsv' || (firstLine.includes('\t') && !firstLine.includes(',')) ? '\t' : ',';
    let records;
    try {
        records = (0,sync/* parse */.qg)(text, { delimiter, info: true, skip_empty_lines: true, relax_column_count: false });
    }
    catch (e) {
        const err = e;
        throw new errors/* InputError */.dz(`invalid CSV: ${(0,message_text/* shortened */.v)(err.message.replace(/^Invalid Record Length: /, ''), 200)}`, {
            location: { file, line: err.lines },
            hint: 'every row needs as many fields as the header; quote fields that contain the delimiter',
            cause: e,
        });
    }
    const [header, ...rows] = records;
    const names = header.record.map((h) => h.trim());
    if (rows.length === 0) {
        throw new errors/* InputError */.dz('the metrics file has a header row but no value row', {
            location: { file, line: 2 },
            hint: 'the run may have stopped before writing any metrics',
        });
    }
    const skipped = [];
    const metrics = Object.create(null); // user names as keys: "__proto__" must stay data
    if (names.length === 2 && NAME_HEADERS.has(names[0].toLowerCase()) && names[1].toLowerCase() === 'value') {
        for (const { record, info } of rows) {
            const name = record[0].trim();
            if (name === '') {
                throw new errors/* InputError */.dz('a metric row has an empty name', { location: { file, line: info.lines }, hint: 'give every row a metric name' });
            }
            const v = cellNumber(record[1]);
            if (typeof v === 'number')
                metrics[name] = v;
            else
                skipped.push({ key: name, reason: v });
        }
        return { metrics: nonEmpty(metrics, skipped, file), skipped, layout: 'long' };
    }
    const seen = new Set();
    names.forEach((n, c) => {
        if (n === '') {
            throw new errors/* InputError */.dz(`header column ${c + 1} has no name`, { location: { file, line: 1 }, hint: 'name every column' });
        }
        if (seen.has(n)) {
            throw new errors/* InputError */.dz(`header names column "${(0,message_text/* shortened */.v)(n)}" twice`, { location: { file, line: 1 }, hint: 'give every column a distinct name' });
        }
        seen.add(n);
    });
    const last = rows[rows.length - 1];
    names.forEach((n, c) => {
        const v = cellNumber(last.record[c]);
        if (typeof v === 'number')
            metrics[n] = v;
        else
            skipped.push({ key: n, reason: v });
    });
    return { metrics: nonEmpty(metrics, skipped, file, last.info.lines), skipped, layout: 'wide', line: last.info.lines, rows: rows.length };
}
function nonEmpty(metrics, skipped, file, line) {
    if (Object.keys(metrics).length > 0)
        return metrics;
    const why = (0,message_text/* shortList */.p)(skipped.map((s) => `${(0,message_text/* shortened */.v)(s.key)}: ${s.reason}`), 5, '; ');
    throw new errors/* InputError */.dz(`no numeric metrics found (${why})`, {
        location: { file, line },
        hint: 'expected numbers under a header of metric names, or two columns "metric,value"',
    });
}

// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
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

;// CONCATENATED MODULE: ../../../../shared/model/import/dvc.ts
/**
 * A DVC project folder: the metrics files `dvc.yaml` declares, imported like `dvc metrics show`.
 *
 * Sources of metrics paths (relative to the folder holding `dvc.yaml`):
 * - the top-level `metrics:` list (DVC 3), entries are paths;
 * - each stage's `metrics:` outputs, entries are a path or `{path: {cache: false, ...}}`.
 * Templated paths (`${item}` in `foreach`/`matrix` stages) cannot be resolved without DVC's
 * templating and are reported in `unresolved`. A path that is a directory contributes every
 * `.json`/`.yaml`/`.yml` file below it. Files are parsed by extension (`.json` → JSON, anything
 * else → YAML, DVC's default loader). Declared files that do not exist are listed in `missing`
 * (DVC also skips them); when none exists it is an error (`dvc pull` / `dvc repro` first).
 *
 * Key naming: with one metrics file, keys are the flattened names (`roc_auc.test`); with several,
 * each key is prefixed by its file's relative path and a colon (`eval/metrics.json:roc_auc.test`),
 * as `dvc metrics show` groups by path — so the same name in two files never collides.
 * `params.yaml`, when present, is returned flattened in `params` for context (not as metrics).
 */





function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
/** Declared metrics paths of a parsed dvc.yaml, in file order, without duplicates. */
function dvcMetricsPaths(dvcYaml, file) {
    if (dvcYaml === null || typeof dvcYaml !== 'object' || Array.isArray(dvcYaml)) {
        throw new errors/* InputError */.dz('dvc.yaml is not a mapping', { location: { file }, hint: 'expected top-level keys such as "stages:" and "metrics:"' });
    }
    const out = [];
    const add = (entries, where) => {
        if (entries === undefined || entries === null)
            return;
        if (!Array.isArray(entries)) {
            throw new errors/* InputError */.dz(`${where} "metrics" must be a list`, { location: { file }, hint: 'write "metrics:" followed by "- path/to/metrics.json" items' });
        }
        for (const e of entries) {
            if (typeof e === 'string')
                out.push(e);
            else if (e && typeof e === 'object' && !Array.isArray(e) && Object.keys(e).length === 1)
                out.push(Object.keys(e)[0]);
            else
                throw new errors/* InputError */.dz(`${where} has a metrics entry that is neither a path nor {path: options}`, { location: { file } });
        }
    };
    const doc = dvcYaml;
    add(doc.metrics, 'the top level');
    const stages = doc.stages;
    if (stages && typeof stages === 'object' && !Array.isArray(stages)) {
        for (const [name, stage] of Object.entries(stages)) {
            if (!stage || typeof stage !== 'object')
                continue;
            const s = stage;
            add(s.metrics, `stage "${name}"`);
            // foreach / matrix stages keep their outputs under `do:` (foreach) or at the top (matrix).
            const body = s.do;
            if (body && typeof body === 'object')
                add(body.metrics, `stage "${name}" (do)`);
        }
    }
    return [...new Set(out)];
}
async function filesUnder(dir) {
    const out = [];
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const p = external_node_path_default().join(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await filesUnder(p)));
        else if (/\.(json|ya?ml)$/i.test(entry.name))
            out.push(p);
    }
    return out.sort();
}
async function importDvcMetrics(folder) {
    const dvcFile = external_node_path_default().join(folder, 'dvc.yaml');
    let text;
    try {
        text = await (0,promises_.readFile)(dvcFile, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.dz(`cannot read dvc.yaml: ${(0,message_text/* shortened */.v)(e.message, 200)}`, {
            location: { file: dvcFile },
            hint: 'point at the folder of a DVC project (the one holding dvc.yaml)',
            cause: e,
        });
    }
    const declared = dvcMetricsPaths(parseMetricsDocument(text, dvcFile, 'yaml'), dvcFile);
    const unresolved = declared.filter((p) => p.includes('${'));
    const missing = [];
    const files = [];
    for (const rel of declared.filter((p) => !p.includes('${'))) {
        const abs = external_node_path_default().resolve(folder, rel);
        const st = await (0,promises_.stat)(abs).catch(() => undefined);
        if (!st)
            missing.push(rel);
        else if (st.isDirectory())
            files.push(...(await filesUnder(abs)).map((f) => toPosix(external_node_path_default().relative(folder, f))));
        else
            files.push(toPosix(external_node_path_default().normalize(rel)));
    }
    if (files.length === 0) {
        const what = declared.length === 0 ? 'declares no metrics' : `declares metrics but none exists (${(0,message_text/* shortList */.p)([...missing, ...unresolved])})`;
        throw new errors/* InputError */.dz(`dvc.yaml ${what}`, {
            location: { file: dvcFile },
            hint: declared.length === 0 ? 'add a "metrics:" entry to the stage that writes them' : 'run "dvc pull" or "dvc repro" first',
        });
    }
    const metrics = Object.create(null); // user names as keys: "__proto__" must stay data
    const skipped = [];
    const prefixed = files.length > 1;
    for (const rel of files) {
        const abs = external_node_path_default().resolve(folder, rel);
        const content = await (0,promises_.readFile)(abs, 'utf8');
        const one = metricsFromDocument(parseMetricsDocument(content, abs, metricsDocumentFormat(abs)), abs);
        for (const [k, v] of Object.entries(one.metrics))
            metrics[prefixed ? `${rel}:${k}` : k] = v;
        for (const s of one.skipped)
            skipped.push({ key: prefixed ? `${rel}:${s.key}` : s.key, reason: s.reason });
    }
    const result = { metrics, files, missing, unresolved, skipped };
    const paramsFile = external_node_path_default().join(folder, 'params.yaml');
    const paramsText = await (0,promises_.readFile)(paramsFile, 'utf8').catch(() => undefined);
    if (paramsText !== undefined && paramsText.trim() !== '') {
        const doc = parseMetricsDocument(paramsText, paramsFile, 'yaml');
        if (doc && typeof doc === 'object' && !Array.isArray(doc))
            result.params = flattenParams(doc);
    }
    return result;
}
/** params.yaml flattened with dots; numbers stay numbers, everything else becomes its JSON text. */
function flattenParams(doc) {
    const out = {};
    const walk = (v, key) => {
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            for (const [k, x] of Object.entries(v))
                walk(x, key ? `${key}.${k}` : k);
        }
        else if (typeof v === 'number')
            out[key] = v;
        else
            out[key] = typeof v === 'string' ? v : JSON.stringify(v);
    };
    walk(doc, '');
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/model/import/mlflow.ts
/**
 * An MLflow file store (`mlruns/`), read with the semantics of `mlflow.store.tracking.file_store`:
 *
 * - experiments are folders holding `meta.yaml` (`experiment_id`, `name`, `lifecycle_stage`);
 *   `.trash/` (deleted experiments) and experiments with `lifecycle_stage: deleted` are skipped;
 * - runs are sub-folders holding `meta.yaml` (`run_id`, or only `run_uuid` in old files,
 *   `start_time`, `lifecycle_stage`, `run_name` in new files). Runs whose stage is `deleted`, or
 *   whose meta names another experiment (MLflow ignores those too), are skipped; folders
 *   without a run `meta.yaml` (`tags/`, `datasets/`, `models/`, …) are not runs;
 * - `metrics/<key>` files hold `timestamp value [step]` lines (no step → 0). Keys may contain `/`,
 *   so metrics are nested folders. A run's metric is the entry with the highest (step, timestamp,
 *   value), exactly `FileStore._get_metric_from_file`; a non-finite value (`nan`, `inf`) there is
 *   left out and listed in `nonFinite`;
 * - `params/<key>` and `tags/<key>` hold the raw value, without a trailing newline;
 * - the run name is `run_name` from meta.yaml, else the `mlflow.runName` tag (old stores).
 *
 * The path may be the store root, one experiment folder, or one run folder.
 * Selectors: a run id (or a unique prefix of at least 6 characters), `latest` (highest start_time,
 * MLflow's default order; parents and nested runs alike), or `best:<metric>:max|min` (among runs
 * that have the metric; ties → latest start_time).
 */





// MLflow's RunStatus enum, written as an int by old stores.
const RUN_STATUS = { 1: 'RUNNING', 2: 'SCHEDULED', 3: 'FINISHED', 4: 'FAILED', 5: 'KILLED' };
function parseMlflowRunSelector(s) {
    const t = s.trim();
    if (t === 'latest')
        return { kind: 'latest' };
    if (t.startsWith('best:')) {
        const m = /^best:(.+):(max|min)$/.exec(t);
        if (!m) {
            throw new errors/* UsageError */.eb(`MLflow run selector "${s}" is not "best:<metric>:max" or "best:<metric>:min"`, {
                hint: 'for example best:val_accuracy:max or best:loss:min',
            });
        }
        return { kind: 'best', metric: m[1], goal: m[2] };
    }
    if (/^[0-9a-zA-Z_-]{6,}$/.test(t))
        return { kind: 'id', id: t };
    throw new errors/* UsageError */.eb(`MLflow run selector "${s}" is not a run id, "latest" or "best:<metric>:max|min"`, {
        hint: 'copy the run id from the MLflow UI, or use latest',
    });
}
async function readYaml(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text, { logLevel: 'error' });
    }
    catch (e) {
        const pos = e.linePos?.[0];
        throw new errors/* InputError */.dz(`invalid MLflow meta.yaml: ${(0,message_text/* shortened */.v)(e.message.split('\n')[0], 200)}`, {
            location: { file, line: pos?.line, column: pos?.col },
            hint: 'the store is damaged; restore the file from a backup or remove the run',
            cause: e,
        });
    }
    if (doc && typeof doc === 'object' && !Array.isArray(doc))
        return doc;
    // MLflow always writes a mapping: an empty one is a write that died (a full disk), not "no run here".
    throw new errors/* InputError */.dz(`MLflow meta.yaml is ${text.trim() === '' ? 'empty' : 'not a mapping'}`, {
        location: { file },
        hint: 'the store is damaged; restore the file from a backup or remove the run',
    });
}
const str = (v) => (v === null || v === undefined ? '' : String(v));
const mlflow_int = (v) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);
async function subdirs(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isDirectory() && e.name !== '.trash').map((e) => e.name).sort();
}
/** Files below `dir` as keys relative to it, `/`-separated (metric, param and tag keys may nest). */
async function keyFiles(dir) {
    const out = new Map();
    const walk = async (d, prefix) => {
        const entries = await (0,promises_.readdir)(d, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const key = prefix ? `${prefix}/${e.name}` : e.name;
            if (e.isDirectory())
                await walk(external_node_path_default().join(d, e.name), key);
            else if (e.isFile())
                out.set(key, external_node_path_default().join(d, e.name));
        }
    };
    await walk(dir, '');
    return out;
}
async function experimentAt(dir) {
    const meta = await readYaml(external_node_path_default().join(dir, 'meta.yaml'));
    if (!meta || meta.experiment_id === undefined || meta.run_id !== undefined || meta.run_uuid !== undefined)
        return undefined;
    if (str(meta.lifecycle_stage) === 'deleted')
        return undefined;
    return { id: str(meta.experiment_id), name: str(meta.name), dir };
}
async function runInfoAt(dir, exp) {
    const meta = await readYaml(external_node_path_default().join(dir, 'meta.yaml'));
    if (!meta)
        return undefined;
    const runId = str(meta.run_id ?? meta.run_uuid);
    if (!runId)
        return undefined;
    const tagsDir = external_node_path_default().join(dir, 'tags');
    const tag = async (k) => (0,promises_.readFile)(external_node_path_default().join(tagsDir, k), 'utf8').catch(() => undefined);
    const status = typeof meta.status === 'number' ? (RUN_STATUS[meta.status] ?? String(meta.status)) : str(meta.status);
    const info = {
        runId,
        experimentId: str(meta.experiment_id),
        experimentName: exp.name,
        runName: str(meta.run_name) || (await tag('mlflow.runName')) || '',
        startTime: mlflow_int(meta.start_time),
        endTime: mlflow_int(meta.end_time),
        status,
        lifecycleStage: str(meta.lifecycle_stage) || 'active',
        dir,
    };
    const parent = await tag('mlflow.parentRunId');
    if (parent)
        info.parentRunId = parent;
    return info;
}
/** Active runs of the store, experiment or run at `root` (deleted ones are left out). */
async function listMlflowRuns(root) {
    const st = await (0,promises_.stat)(root).catch(() => undefined);
    if (!st?.isDirectory()) {
        throw new errors/* InputError */.dz('MLflow store not found', { location: { file: root }, hint: 'point at the mlruns folder (the tracking URI of a file store)' });
    }
    if (external_node_path_default().resolve(root).split((external_node_path_default()).sep).includes('.trash')) {
        throw new errors/* InputError */.dz("this is inside MLflow's .trash folder, which holds deleted experiments", {
            location: { file: root },
            hint: 'restore the experiment with "mlflow experiments restore", or point at the mlruns folder',
        });
    }
    const own = await readYaml(external_node_path_default().join(root, 'meta.yaml'));
    let experiments;
    if (own && (own.run_id !== undefined || own.run_uuid !== undefined)) {
        // A run folder: its experiment is the parent folder.
        const exp = (await experimentAt(external_node_path_default().dirname(root))) ?? { id: str(own.experiment_id), name: '', dir: external_node_path_default().dirname(root) };
        const info = await runInfoAt(root, exp);
        return info && info.lifecycleStage !== 'deleted' ? [info] : [];
    }
    else if (own && own.experiment_id !== undefined) {
        const exp = await experimentAt(root);
        experiments = exp ? [exp] : [];
    }
    else {
        experiments = [];
        for (const name of await subdirs(root)) {
            const exp = await experimentAt(external_node_path_default().join(root, name));
            if (exp)
                experiments.push(exp);
        }
    }
    const runs = [];
    for (const exp of experiments) {
        for (const name of await subdirs(exp.dir)) {
            const info = await runInfoAt(external_node_path_default().join(exp.dir, name), exp);
            if (!info || info.lifecycleStage === 'deleted' || info.experimentId !== exp.id)
                continue;
            runs.push(info);
        }
    }
    return runs;
}
/** Parses a Python float as MLflow writes it (`repr`): decimals, `nan`, `inf`, `-inf`. */
function pyFloat(s) {
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s))
        return Number(s);
    const m = /^([+-]?)(nan|inf|infinity)$/i.exec(s);
    if (!m)
        return undefined;
    if (m[2].toLowerCase() === 'nan')
        return NaN;
    return m[1] === '-' ? -Infinity : Infinity;
}
/** The entry `FileStore._get_metric_from_file` returns: max by (step, timestamp, value). */
async function readMlflowMetric(file) {
    const text = await (0,promises_.readFile)(file, 'utf8');
    let best;
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === '')
            return;
        const parts = line.split(' ');
        const ts = parts[0] !== undefined && /^-?\d+$/.test(parts[0]) ? Number(parts[0]) : undefined;
        const value = parts[1] !== undefined ? pyFloat(parts[1]) : undefined;
        const step = parts.length >= 3 ? (/^-?\d+$/.test(parts[2]) ? Number(parts[2]) : undefined) : 0;
        if (parts.length < 2 || parts.length > 5 || ts === undefined || value === undefined || step === undefined) {
            throw new errors/* InputError */.dz(`malformed MLflow metric line ${JSON.stringify(line.slice(0, 80))}`, {
                location: { file, line: i + 1 },
                hint: 'expected "timestamp value step", e.g. "1656994881659 0.59 1"',
            });
        }
        const e = { timestamp: ts, value, step };
        // NaN compares false in Python too, so a NaN value never wins a tie on value.
        if (!best || e.step > best.step || (e.step === best.step && (e.timestamp > best.timestamp || (e.timestamp === best.timestamp && e.value > best.value)))) {
            best = e;
        }
    });
    if (!best) {
        throw new errors/* InputError */.dz('MLflow metric file has no data', { location: { file }, hint: 'MLflow reports this as a malformed metric; remove the file or re-log it' });
    }
    return best;
}
/** Metrics, params and tags of one run. */
async function readMlflowRun(info) {
    const metrics = Object.create(null); // user names as keys: "__proto__" must stay data
    const steps = Object.create(null); // user names as keys: "__proto__" must stay data
    const nonFinite = [];
    for (const [key, file] of [...(await keyFiles(external_node_path_default().join(info.dir, 'metrics')))].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const e = await readMlflowMetric(file);
        if (Number.isFinite(e.value)) {
            metrics[key] = e.value;
            steps[key] = e.step;
        }
        else
            nonFinite.push(key);
    }
    const readAll = async (sub) => {
        const out = Object.create(null); // user names as keys: "__proto__" must stay data
        for (const [key, file] of [...(await keyFiles(external_node_path_default().join(info.dir, sub)))].sort(([a], [b]) => (a < b ? -1 : 1)))
            out[key] = await (0,promises_.readFile)(file, 'utf8');
        return out;
    };
    return { info, metrics, steps, nonFinite, params: await readAll('params'), tags: await readAll('tags') };
}
/** Where a deleted run with this id lives, for a message that says why it was not found. */
async function findDeletedRun(root, id) {
    const look = async (base, label) => {
        for (const exp of await subdirs(base)) {
            const meta = await readYaml(external_node_path_default().join(base, exp, id, 'meta.yaml')).catch(() => undefined);
            if (meta)
                return `${label}experiment ${exp}, lifecycle_stage ${str(meta.lifecycle_stage) || 'active'}`;
        }
        return undefined;
    };
    return (await look(root, '')) ?? (await look(external_node_path_default().join(root, '.trash'), '.trash/'));
}
const byStartDesc = (a, b) => (b.startTime ?? -Infinity) - (a.startTime ?? -Infinity) || (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0);
async function importMlflowRun(root, selector = 'latest') {
    const sel = typeof selector === 'string' ? parseMlflowRunSelector(selector) : selector;
    const runs = (await listMlflowRuns(root)).sort(byStartDesc);
    const hint = 'point at an mlruns folder with at least one active run';
    if (runs.length === 0)
        throw new errors/* InputError */.dz('no active MLflow runs found (deleted runs and .trash are ignored)', { location: { file: root }, hint });
    let run;
    if (sel.kind === 'id') {
        const matches = runs.filter((r) => r.runId === sel.id || r.runId.startsWith(sel.id));
        const exact = matches.find((r) => r.runId === sel.id);
        if (!exact && matches.length !== 1) {
            const deleted = matches.length === 0 ? await findDeletedRun(root, sel.id) : undefined;
            throw new errors/* InputError */.dz(deleted
                ? `MLflow run "${sel.id}" is deleted (${deleted}); deleted runs are not imported`
                : matches.length === 0
                    ? `no active MLflow run "${sel.id}" (deleted runs and .trash are ignored)`
                    : `run id prefix "${sel.id}" matches ${matches.length} runs`, { location: { file: root }, hint: `active runs: ${runs.slice(0, 5).map((r) => r.runId).join(', ')}${runs.length > 5 ? ', …' : ''}` });
        }
        run = await readMlflowRun(exact ?? matches[0]);
    }
    else if (sel.kind === 'latest') {
        run = await readMlflowRun(runs[0]);
    }
    else {
        let best;
        for (const info of runs) {
            const r = await readMlflowRun(info);
            const v = r.metrics[sel.metric];
            if (v === undefined)
                continue;
            // runs are in start_time-descending order, so a strict comparison keeps the latest on ties.
            if (!best || (sel.goal === 'max' ? v > best.metrics[sel.metric] : v < best.metrics[sel.metric]))
                best = r;
        }
        if (!best) {
            throw new errors/* InputError */.dz(`no active MLflow run has a finite metric "${(0,message_text/* shortened */.v)(sel.metric)}"`, { location: { file: root }, hint: 'check the metric name (keys are case-sensitive)' });
        }
        run = best;
    }
    if (Object.keys(run.metrics).length === 0) {
        const name = run.info.runName ? ` (${run.info.runName})` : '';
        const why = sel.kind === 'latest' ? ', the latest by start_time' : '';
        throw new errors/* InputError */.dz(`MLflow run ${run.info.runId}${name}${why} has no metrics${run.nonFinite.length ? ` (only non-finite ones: ${(0,message_text/* shortList */.p)(run.nonFinite)})` : ''}`, {
            location: { file: run.info.dir },
            hint: run.info.parentRunId
                ? `it is a nested run of ${run.info.parentRunId}; select that run by id or use best:<metric>:max|min`
                : 'select another run by id or use best:<metric>:max|min',
        });
    }
    return run;
}

// EXTERNAL MODULE: ../../../../shared/model/import/tensorboard.ts
var tensorboard = __webpack_require__(6893);
;// CONCATENATED MODULE: ../../../../shared/model/import/index.ts
/**
 * One entry point for metrics other tools wrote: detects the kind of `path` and imports it.
 *
 * Detection, first match wins:
 * - a file: `events.out.tfevents.*` → tensorboard; `dvc.yaml` → dvc (its folder); `.json` → json;
 *   `.yaml`/`.yml` → yaml; `.csv`/`.tsv` → csv; anything else is an error;
 * - a folder: holding `dvc.yaml` → dvc; holding `meta.yaml` (an MLflow experiment or run folder),
 *   sub-folders with an MLflow experiment `meta.yaml`, or an `mlruns/` sub-folder → mlflow;
 *   event files anywhere below → tensorboard; otherwise an error listing what was looked for.
 */








async function isMlflowStore(dir) {
    const own = await (0,promises_.readFile)(external_node_path_default().join(dir, 'meta.yaml'), 'utf8').catch(() => undefined);
    if (own !== undefined && /^(experiment_id|run_id|run_uuid):/m.test(own))
        return dir;
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const mlruns = entries.find((e) => e.isDirectory() && e.name === 'mlruns');
    if (mlruns) {
        const inner = await isMlflowStore(external_node_path_default().join(dir, 'mlruns'));
        if (inner)
            return inner;
    }
    for (const e of entries) {
        if (!e.isDirectory() || e.name === '.trash')
            continue;
        const meta = await (0,promises_.readFile)(external_node_path_default().join(dir, e.name, 'meta.yaml'), 'utf8').catch(() => undefined);
        if (meta !== undefined && /^experiment_id:/m.test(meta) && !/^run_(id|uuid):/m.test(meta))
            return dir;
    }
    return undefined;
}
/** Which importer `path` needs, and the path that importer should read. */
async function detectMetricsKind(p) {
    const st = await (0,promises_.stat)(p).catch(() => undefined);
    if (!st)
        throw new errors/* InputError */.dz('metrics path does not exist', { location: { file: p }, hint: 'check the path (relative paths start at the working directory)' });
    if (st.isFile()) {
        const base = external_node_path_default().basename(p);
        if ((0,tensorboard/* isEventFileName */.iH)(base))
            return { kind: 'tensorboard', path: p };
        if (base === 'dvc.yaml')
            return { kind: 'dvc', path: external_node_path_default().dirname(p) };
        const ext = external_node_path_default().extname(base).toLowerCase();
        if (ext === '.json')
            return { kind: 'json', path: p };
        if (ext === '.yaml' || ext === '.yml')
            return { kind: 'yaml', path: p };
        if (ext === '.csv' || ext === '.tsv')
            return { kind: 'csv', path: p };
        throw new errors/* InputError */.dz(`cannot tell what kind of metrics file "${base}" is`, {
            location: { file: p },
            hint: 'supported: .json, .yaml/.yml, .csv/.tsv, TensorBoard events.out.tfevents.*, or a DVC project / MLflow mlruns / TensorBoard log folder',
        });
    }
    if (st.isDirectory()) {
        const dvc = await (0,promises_.stat)(external_node_path_default().join(p, 'dvc.yaml')).catch(() => undefined);
        if (dvc?.isFile())
            return { kind: 'dvc', path: p };
        const store = await isMlflowStore(p);
        if (store)
            return { kind: 'mlflow', path: store };
        if ((await (0,tensorboard/* findEventFiles */.tK)(p)).length > 0)
            return { kind: 'tensorboard', path: p };
    }
    throw new errors/* InputError */.dz('no metrics recognised in this folder', {
        location: { file: p },
        hint: 'expected dvc.yaml (DVC project), meta.yaml files (MLflow mlruns), events.out.tfevents.* files (TensorBoard), or pass a .json/.yaml/.csv file',
    });
}
async function importMetrics(p, options = {}) {
    const { kind, path: at } = await detectMetricsKind(p);
    switch (kind) {
        case 'json':
        case 'yaml': {
            const r = await importJsonYamlMetrics(at, kind);
            return { metrics: r.metrics, source: { kind, path: at, details: { skipped: r.skipped } } };
        }
        case 'csv': {
            const r = await importCsvMetrics(at);
            return { metrics: r.metrics, source: { kind, path: at, details: { layout: r.layout, line: r.line, rows: r.rows, skipped: r.skipped } } };
        }
        case 'dvc': {
            const r = await importDvcMetrics(at);
            return {
                metrics: r.metrics,
                source: { kind, path: at, details: { files: r.files, missing: r.missing, unresolved: r.unresolved, skipped: r.skipped, params: r.params } },
            };
        }
        case 'tensorboard': {
            const r = await (0,tensorboard/* importTensorboardMetrics */.ET)(at, options.tensorboardSelect ?? 'last');
            return { metrics: r.metrics, source: { kind, path: at, details: { select: r.select, steps: r.steps, runs: r.runs } } };
        }
        case 'mlflow': {
            const r = await importMlflowRun(at, options.mlflowRun ?? 'latest');
            const { dir: _dir, ...run } = r.info;
            return {
                metrics: r.metrics,
                source: {
                    kind,
                    path: at,
                    details: { selector: options.mlflowRun ?? 'latest', run: { ...run, path: r.info.dir }, params: r.params, tags: r.tags, steps: r.steps, nonFinite: r.nonFinite },
                },
            };
        }
    }
}

// EXTERNAL MODULE: ../../../../shared/formats/evaluation-format.ts
var evaluation_format = __webpack_require__(9729);
// EXTERNAL MODULE: ../../../../shared/model/metrics/index.ts + 3 modules
var metrics = __webpack_require__(621);
// EXTERNAL MODULE: ../../../../shared/runtime/file-digest.ts
var file_digest = __webpack_require__(322);
// EXTERNAL MODULE: ../../../../shared/data/open-table.ts + 1 modules
var open_table = __webpack_require__(9712);
// EXTERNAL MODULE: ../../../../shared/data/values.ts
var values = __webpack_require__(4239);
;// CONCATENATED MODULE: ../../../../shared/model/read-predictions.ts
/**
 * A predictions file read for evaluate: streamed once (`openTable`), labels as Int32Array codes into
 * a small dictionary, scores and regression values as Float64Arrays, slice columns coded the same
 * way, every cell checked while streaming so a bad cell fails with file:line before any metric is
 * computed. Labels compare as text ("1.0" and 1 are one class); an all-number label set is typed and
 * sorted as numbers, as scikit-learn's unique_labels would.
 */




/** Rows of a multiclass score row may sum to 1 ± this. */
const PROBABILITY_SUM_TOLERANCE = 1e-6;
/** More distinct values than this in a slice column is an error: slice on a coarser column. */
const MAX_SLICE_VALUES = 1000;
/** Label text: numbers canonical ("1.0" → "1"), booleans "true"/"false", else the text. */
function labelText(v) {
    if (values/* defaultNullTokens */.$N.isMissing(v))
        return undefined;
    if (typeof v === 'number')
        return String(v);
    if (typeof v === 'string' && (0,values/* isDecimalLiteral */.B1)(v))
        return String(+v);
    return (0,values/* toText */.fE)(v);
}
const isNumericText = (t) => (0,values/* isDecimalLiteral */.B1)(t) && String(+t) === t;
/** Labels as the report writes them: all numbers when every label is numeric text, else strings. */
function typedLabels(texts) {
    const numeric = texts.every(isNumericText);
    const idx = texts.map((_, i) => i);
    idx.sort((a, b) => (numeric ? +texts[a] - +texts[b] : texts[a] < texts[b] ? -1 : texts[a] > texts[b] ? 1 : 0));
    return { labels: idx.map((i) => (numeric ? +texts[i] : texts[i])), order: idx };
}
/**
 * The class of each score column. Given `classes`, those; one column, none (binary P(positive));
 * otherwise each column name minus the prefix all names share, cut back to just after a separator
 * (`_`, `-`, `.`, `:`, `/`, space): p_rain, p_sun → rain, sun; score_0, score_1 → 0, 1.
 */
function scoreClasses(scoreColumns, classes) {
    if (classes && classes.length > 0) {
        if (classes.length !== scoreColumns.length) {
            throw new errors/* UsageError */.eb((o) => `${o.option('classes')} names ${classes.length} classes for ${scoreColumns.length} score columns`, {
                hint: (o) => `give one class per ${o.option('score')} column, in the same order`,
            });
        }
        const texts = classes.map((c) => labelText(c.trim()) ?? c);
        if (new Set(texts).size !== texts.length)
            throw new errors/* UsageError */.eb((o) => `${o.option('classes')} repeats a class: ${classes.join(', ')}`);
        return texts;
    }
    if (scoreColumns.length < 2)
        return [];
    let prefix = scoreColumns[0];
    for (const c of scoreColumns)
        while (!c.startsWith(prefix))
            prefix = prefix.slice(0, -1);
    let cut = 0;
    for (let i = prefix.length - 1; i >= 0; i--) {
        if ('_-.:/ '.includes(prefix[i])) {
            cut = i + 1;
            break;
        }
    }
    const names = scoreColumns.map((c) => labelText(c.slice(cut)) ?? c.slice(cut));
    if (names.some((n) => n === '') || new Set(names).size !== names.length) {
        throw new errors/* UsageError */.eb(`cannot tell the class of each score column (${scoreColumns.join(', ')})`, {
            hint: (o) => `pass ${o.option('classes')} with one class per ${o.option('score')} column, in order`,
        });
    }
    return names;
}
function concatF64(parts, n) {
    if (parts.length === 1 && parts[0].length === n)
        return parts[0];
    const out = new Float64Array(n);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function concatI32(parts, n) {
    if (parts.length === 1 && parts[0].length === n)
        return parts[0];
    const out = new Int32Array(n);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function pickF64(a, rows) {
    const out = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = a[rows[i]];
    return out;
}
function pickI32(a, rows) {
    const out = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = a[rows[i]];
    return out;
}
/** A dictionary of distinct texts → dense codes. */
class Dictionary {
    texts = [];
    codes = new Map();
    code(t) {
        let c = this.codes.get(t);
        if (c === undefined) {
            c = this.texts.length;
            this.texts.push(t);
            this.codes.set(t, c);
        }
        return c;
    }
    get(t) {
        return this.codes.get(t);
    }
}
async function readPredictions(plan) {
    // Every cell is read, and scores are nearly all distinct: dictionary-encoding batches (the byte
    // path, which pays off for profiling) would only add work here (0.60 s vs 0.17 s on 1M rows).
    const reader = await (0,open_table/* openTable */.R)(plan.file, { delimiter: plan.delimiter, format: plan.format, bytePath: false });
    const header = await reader.columns();
    const wanted = [plan.label, plan.prediction, ...plan.score, plan.id, ...plan.slices].filter((c) => c !== undefined);
    const optionOf = (c) => c === plan.label ? 'label' : c === plan.prediction ? 'prediction' : plan.score.includes(c) ? 'score' : c === plan.id ? 'id' : 'slice';
    // JSON Lines learns columns as it reads; its first record is what columns() knows.
    if (reader.format !== 'jsonl') {
        for (const c of wanted) {
            if (!header.includes(c)) {
                throw new errors/* InputError */.dz((o) => `column "${c}" (${o.option(optionOf(c))}) not found; the file has columns: ${header.join(', ')}`, {
                    location: { file: plan.file, line: reader.hasLines ? 1 : undefined },
                    hint: (o) => `pass ${o.option(optionOf(c))} with one of them`,
                });
            }
        }
    }
    const classification = plan.task !== 'regression';
    const dict = new Dictionary();
    const yParts = [];
    const pParts = [];
    const yNumParts = [];
    const pNumParts = [];
    const scoreParts = plan.score.map(() => []);
    const ids = plan.id ? [] : undefined;
    const seenIds = plan.id ? new Set() : undefined;
    const slices = plan.slices.map((column) => ({ column, dict: new Dictionary(), parts: [], missing: 0 }));
    const multiScore = plan.score.length >= 2;
    let rows = 0;
    const where = (b, r) => ({ file: plan.file, line: b.lines[r] });
    const col = (b, name) => {
        const i = b.columns.indexOf(name);
        if (i < 0) {
            throw new errors/* InputError */.dz((o) => `column "${name}" (${o.option(optionOf(name))}) not found; the file has columns: ${b.columns.join(', ')}`, {
                location: where(b, 0),
                hint: (o) => `pass ${o.option(optionOf(name))} with one of them`,
            });
        }
        return b.values[i];
    };
    const missing = (b, r, name) => new errors/* InputError */.dz(`column "${name}" is missing a value`, { location: where(b, r), hint: 'every row needs a label and a prediction or score' });
    const number = (b, r, name, v) => {
        if (values/* defaultNullTokens */.$N.isMissing(v))
            throw missing(b, r, name);
        const x = (0,values/* toNumber */.Ro)(v);
        if (x === undefined)
            throw new errors/* InputError */.dz(`column "${name}" value ${JSON.stringify((0,values/* toText */.fE)(v))} is not a number`, { location: where(b, r) });
        if (!Number.isFinite(x)) {
            throw new errors/* InputError */.dz(`column "${name}" value is ${Number.isNaN(x) ? 'NaN' : String(x)}`, {
                location: where(b, r),
                hint: 'predictions must be finite numbers; fix or drop the row',
            });
        }
        return x;
    };
    for await (const b of reader.batches()) {
        const n = b.length;
        rows += n;
        const labelCol = col(b, plan.label);
        const predCol = plan.prediction ? col(b, plan.prediction) : undefined;
        if (classification) {
            const y = new Int32Array(n);
            const p = predCol ? new Int32Array(n) : undefined;
            for (let r = 0; r < n; r++) {
                const t = labelText(labelCol[r]);
                if (t === undefined)
                    throw missing(b, r, plan.label);
                if (plan.allowed && !plan.allowed.has(t)) {
                    throw new errors/* InputError */.dz(`label ${JSON.stringify(t)} (column "${plan.label}") has no score column; score columns cover: ${[...plan.allowed].join(', ')}`, {
                        location: where(b, r),
                        hint: (o) => `add a score column for it, or fix ${o.option('classes')}`,
                    });
                }
                y[r] = dict.code(t);
                if (p) {
                    const pt = labelText(predCol[r]);
                    if (pt === undefined)
                        throw missing(b, r, plan.prediction);
                    p[r] = dict.code(pt);
                }
            }
            yParts.push(y);
            if (p)
                pParts.push(p);
        }
        else {
            const y = new Float64Array(n);
            const p = new Float64Array(n);
            for (let r = 0; r < n; r++) {
                y[r] = number(b, r, plan.label, labelCol[r]);
                p[r] = number(b, r, plan.prediction, predCol[r]);
            }
            yNumParts.push(y);
            pNumParts.push(p);
        }
        if (plan.score.length > 0) {
            const cols = plan.score.map((s) => col(b, s));
            const arrays = cols.map(() => new Float64Array(n));
            for (let r = 0; r < n; r++) {
                let sum = 0;
                for (let k = 0; k < cols.length; k++) {
                    const x = number(b, r, plan.score[k], cols[k][r]);
                    if (x < 0 || x > 1) {
                        throw new errors/* InputError */.dz(`column "${plan.score[k]}" value ${x} is not a probability in [0, 1]`, {
                            location: where(b, r),
                            hint: 'scores must be probabilities (e.g. predict_proba output), not logits or decision values',
                        });
                    }
                    arrays[k][r] = x;
                    sum += x;
                }
                if (multiScore && !(Math.abs(sum - 1) <= PROBABILITY_SUM_TOLERANCE)) {
                    throw new errors/* InputError */.dz(`probabilities ${plan.score.join(' + ')} sum to ${sum}, not 1 (tolerance ${PROBABILITY_SUM_TOLERANCE})`, {
                        location: where(b, r),
                        hint: 'give one probability column per class, from predict_proba or a softmax',
                    });
                }
            }
            arrays.forEach((a, k) => scoreParts[k].push(a));
        }
        if (ids && plan.id) {
            const idCol = col(b, plan.id);
            for (let r = 0; r < n; r++) {
                const v = idCol[r];
                if (values/* defaultNullTokens */.$N.isMissing(v))
                    throw missing(b, r, plan.id);
                const t = (0,values/* toText */.fE)(v);
                if (seenIds.has(t))
                    throw new errors/* InputError */.dz(`id ${JSON.stringify(t)} (column "${plan.id}") occurs twice`, { location: where(b, r), hint: 'ids pair rows across reports, so each must be unique' });
                seenIds.add(t);
                ids.push(t);
            }
        }
        for (const s of slices) {
            const sc = col(b, s.column);
            const codes = new Int32Array(n);
            for (let r = 0; r < n; r++) {
                const v = sc[r];
                if (values/* defaultNullTokens */.$N.isMissing(v)) {
                    codes[r] = -1;
                    s.missing++;
                    continue;
                }
                codes[r] = s.dict.code((0,values/* toText */.fE)(v));
                if (s.dict.texts.length > MAX_SLICE_VALUES) {
                    throw new errors/* InputError */.dz(`slice column "${s.column}" has more than ${MAX_SLICE_VALUES} distinct values`, {
                        location: where(b, r),
                        hint: 'slice on a column with few values (a category, a bucketed number)',
                    });
                }
            }
            s.parts.push(codes);
        }
    }
    if (rows === 0) {
        throw new errors/* InputError */.dz('no data rows: the file has only a header', { location: { file: plan.file }, hint: 'evaluate a predictions file with at least one row' });
    }
    return {
        rows,
        format: reader.format,
        dict,
        yCode: classification ? concatI32(yParts, rows) : undefined,
        predCode: classification && plan.prediction ? concatI32(pParts, rows) : undefined,
        yNum: classification ? undefined : concatF64(yNumParts, rows),
        predNum: classification ? undefined : concatF64(pNumParts, rows),
        scores: scoreParts.map((parts) => concatF64(parts, rows)),
        ids,
        slices: slices.map((s) => ({ column: s.column, dict: s.dict, codes: concatI32(s.parts, rows), missing: s.missing })),
    };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ../../../../shared/model/metrics/bootstrap.ts
var bootstrap = __webpack_require__(1842);
;// CONCATENATED MODULE: ../../../../shared/model/metrics/bootstrap-parallel.ts
/**
 * The bootstrap of evaluate's binary and regression metrics on several cores.
 *
 * Every resample has its own PRNG stream (bootstrap.ts, resampleSeed), so the threads pull resample
 * indices from one shared counter (Atomics.add) and write each resample's statistics into its slot
 * of a shared Float64Array: the intervals are the in-thread bootstrapMetrics' exactly, whatever the
 * number of workers and whichever thread ran which resample.
 *
 * Sharing: the prepared data's typed arrays are copied once into SharedArrayBuffers; a typed array on
 * a SharedArrayBuffer in workerData reaches the worker as a view of the same memory, so no worker
 * copies the 1M-row arrays. The main thread pulls resamples too (no idle core while a worker starts).
 *
 * Fallbacks (correctness first): fewer than `minRows` rows (worker start-up, ~50 ms bundled and
 * ~0.5 s under tsx, is not worth it), fewer than 2 cores, multiclass data (per-row probability
 * arrays), or workers that cannot start or die: any resample not marked done when the workers are
 * gone is run on this thread.
 *
 * Workers: from TypeScript sources (vitest, tsx) the worker is bootstrap-worker.ts run with tsx's
 * loader; in the ncc bundles, scripts/build.mjs writes that entry as `bootstrap-worker/index.js` next
 * to every bundle whose code contains BOOTSTRAP_WORKER_MARKER (as for validate-data's shard worker).
 */







/** scripts/build.mjs adds the bootstrap worker to every bundle whose code contains this string. */
const BOOTSTRAP_WORKER_MARKER = 'mlops-actions:bootstrap-worker@1';
/** The worker bundle, relative to the bundle that starts it. */
const BUNDLED_WORKER = 'bootstrap-worker/index.js';
const DEFAULT_MAX_BOOTSTRAP_WORKERS = 4;
/** Below this many rows the resamples run on this thread. */
const DEFAULT_PARALLEL_MIN_ROWS = 50_000;
/** bootstrapPlan's summary and metrics, the metrics in `names` order (the layout of `stats`). */
function plan(data, names) {
    const p = (0,metrics/* bootstrapPlan */.GZ)(data, names);
    return { summarize: p.summarize, finishers: names.map((n) => p.finishers[n]) };
}
/** Claims and runs resamples until none are left. */
function drain(task, resampler) {
    for (;;) {
        const b = Atomics.add(task.next, 0, 1);
        if (b >= task.resamples)
            return;
        resampler.run(b);
        Atomics.store(task.done, b, 1);
    }
}
function resamplerFor(task) {
    const { summarize, finishers } = plan(task.data, task.names);
    return new bootstrap/* Resampler */.Co(summarize, finishers, task.data, task.seed, task.resamples, task.stats);
}
/** Worker side (bootstrap-worker.ts). */
function bootstrapWorkerMain(data, post) {
    const task = data;
    if (task?.marker !== BOOTSTRAP_WORKER_MARKER)
        throw new Error('bootstrap worker started without a task');
    drain(task, resamplerFor(task));
    post('done');
}
/** A copy of `value` whose typed arrays are views of SharedArrayBuffers (one copy per distinct array). */
function toShared(value, seen = new Map()) {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        const known = seen.get(value);
        if (known)
            return known;
        const src = value;
        if (src.buffer instanceof SharedArrayBuffer)
            return value;
        const Ctor = src.constructor;
        const copy = new Ctor(new SharedArrayBuffer(src.byteLength));
        copy.set(src);
        seen.set(value, copy);
        return copy;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = toShared(v, seen);
        return out;
    }
    return value;
}
/** How to start a worker: a file (in a bundle) or, from TypeScript sources, code that loads tsx first. */
function workerEntry() {
    // A variable, not import.meta.url inline: ncc would treat `new URL('…', import.meta.url)` as an
    // asset to copy, and the worker must be a bundle of its own (scripts/build.mjs).
    const here = import.meta.url;
    if (here.endsWith('.ts')) {
        const api = (0,external_node_url_.pathToFileURL)((0,external_node_module_.createRequire)(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
        const entry = new URL(here.replace(/[^/]*$/, 'bootstrap-worker.ts')).href;
        return { code: `const { register } = await import(${JSON.stringify(api)});\nregister();\nawait import(${JSON.stringify(entry)});\n` };
    }
    return { file: new URL(BUNDLED_WORKER, here) };
}
function startWorker(task) {
    try {
        const entry = workerEntry();
        // No inherited execArgv (see validate-data-shards.ts); small heaps: a worker holds one 1-byte
        // count per row and a summary, the data is shared.
        const opts = { workerData: task, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 64 } };
        return 'file' in entry ? new external_node_worker_threads_.Worker(entry.file, opts) : new external_node_worker_threads_.Worker(entry.code, { ...opts, eval: true });
    }
    catch {
        return undefined;
    }
}
/**
 * bootstrapMetrics (same intervals) with the resamples spread over worker threads when the data is
 * large enough; see the module comment. `names` must apply to the data's task.
 */
async function bootstrapMetricsParallel(data, names, options = {}) {
    const resolved = (0,bootstrap/* resolveBootstrapOptions */.Tg)(options);
    const mainThread = options.mainThread ?? true;
    const threads = options.threads ?? Math.min((0,external_node_os_.availableParallelism)(), DEFAULT_MAX_BOOTSTRAP_WORKERS);
    const workers = mainThread ? threads - 1 : threads;
    if (data.task === 'multiclass' || data.length < (options.minRows ?? DEFAULT_PARALLEL_MIN_ROWS) || workers < 1 || (mainThread && threads < 2)) {
        return (0,metrics/* bootstrapMetrics */.SR)(data, names, resolved);
    }
    if (data.length === 0)
        throw new errors/* InputError */.dz('bootstrap: no rows to resample');
    const { resamples, seed } = resolved;
    const task = {
        marker: BOOTSTRAP_WORKER_MARKER,
        data: toShared(data),
        names: [...names],
        seed,
        resamples,
        next: new Int32Array(new SharedArrayBuffer(4)),
        done: new Uint8Array(new SharedArrayBuffer(resamples)),
        stats: new Float64Array(new SharedArrayBuffer(8 * names.length * resamples)),
    };
    const started = Array.from({ length: workers }, () => startWorker(task)).filter((w) => w !== undefined);
    const resampler = resamplerFor(task);
    try {
        if (mainThread)
            drain(task, resampler);
        const allDone = () => {
            for (let b = 0; b < resamples; b++)
                if (Atomics.load(task.done, b) !== 1)
                    return false;
            return true;
        };
        await new Promise((resolve) => {
            let live = started.length;
            const check = () => {
                if (live === 0 || allDone())
                    resolve();
            };
            for (const w of started) {
                let gone = false;
                const leave = () => {
                    if (!gone)
                        live--;
                    gone = true;
                    check();
                };
                w.once('message', leave);
                w.once('error', leave);
                w.once('exit', leave);
            }
            check();
        });
    }
    finally {
        for (const w of started)
            void w.terminate();
    }
    // Resamples a worker claimed but did not finish (it failed), or that none claimed (none started).
    for (let b = 0; b < resamples; b++)
        if (Atomics.load(task.done, b) !== 1)
            resampler.run(b);
    const { summarize, finishers } = plan(data, names);
    const full = summarize(data);
    return (0,bootstrap/* percentileIntervals */.EF)(names, finishers.map((f) => f(full)), task.stats, resolved);
}

;// CONCATENATED MODULE: ../../../../shared/model/metric-blocks.ts
/**
 * The metrics of one block of rows (the whole dataset or one slice) for each task, with their
 * bootstrap CIs, as an evaluation report holds them. Metrics undefined on the data (ROC AUC with one
 * class, AP without positives) are omitted with a reason instead of failing: slices legitimately
 * hold one class.
 */



function metricValue(name, value, ci) {
    const out = { value, direction: metrics/* METRICS */.Cb[name].direction };
    if (ci && Number.isFinite(ci.lower) && Number.isFinite(ci.upper)) {
        out.ci = [ci.lower, ci.upper];
        if (ci.invalid > 0)
            out.ci_invalid = ci.invalid;
    }
    return out;
}
/** Point values and (when resamples > 0) CIs; a non-finite value becomes an omission. */
async function fill(block, data, names, boot) {
    if (names.length === 0)
        return;
    const add = (n, v, ci) => {
        if (v === undefined || !Number.isFinite(v))
            block.omitted.push({ metric: n, reason: 'undefined on these rows' });
        else
            block.metrics[n] = metricValue(n, v, ci);
    };
    if (!boot) {
        const values = (0,metrics/* computeMetrics */.pH)(data, names);
        for (const n of names)
            add(n, values[n]);
        return;
    }
    // Large inputs: resamples spread over worker threads, same intervals (metrics/bootstrap-parallel.ts).
    const cis = await bootstrapMetricsParallel(data, names, boot);
    for (const n of names)
        add(n, cis[n].estimate, cis[n]);
}
const SCORE_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'];
async function binaryBlock(y, score, predPos, ctx) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    const n = y.length;
    let positives = 0;
    for (let i = 0; i < n; i++)
        positives += y[i];
    const negatives = n - positives;
    const all = (0,metrics/* metricsForTask */.uS)('binary').map((m) => m.name);
    const labelNames = all.filter((m) => !SCORE_METRICS.includes(m));
    const scoreNames = [];
    for (const m of SCORE_METRICS) {
        if (!score)
            block.omitted.push({ metric: m, reason: 'needs a score column (P(positive))' });
        else if (m === 'roc_auc' && (positives === 0 || negatives === 0)) {
            block.omitted.push({ metric: m, reason: `y_true holds one class only (${String(positives ? ctx.labels.pos : ctx.labels.neg)}); ROC AUC needs both` });
        }
        else if (m === 'average_precision' && positives === 0) {
            block.omitted.push({ metric: m, reason: `no positive rows (${String(ctx.labels.pos)}); average precision is undefined` });
        }
        else
            scoreNames.push(m);
    }
    const scoreEval = score ? (0,metrics/* binaryEvaluation */.MY)(y, score, { posLabel: 1, threshold: ctx.threshold }) : undefined;
    const labelEval = predPos ? (0,metrics/* binaryEvaluation */.MY)(y, Float64Array.from(predPos), { posLabel: 1, threshold: 0.5 }) : scoreEval;
    if (labelEval === scoreEval) {
        await fill(block, labelEval, [...labelNames, ...scoreNames], ctx.boot);
    }
    else {
        await fill(block, labelEval, labelNames, ctx.boot);
        if (scoreEval)
            await fill(block, scoreEval, scoreNames, ctx.boot);
    }
    // Registry order, whatever order the two passes filled them in.
    block.metrics = Object.fromEntries(all.filter((m) => m in block.metrics).map((m) => [m, block.metrics[m]]));
    const s = (0,metrics/* summarizeBinary */.X)(labelEval);
    const tn = s.negatives - s.fp;
    const fn = s.positives - s.tp;
    const { neg, pos } = ctx.labels;
    const negFirst = typeof neg === 'number' && typeof pos === 'number' ? neg < pos : String(neg) < String(pos);
    block.confusion_matrix = negFirst
        ? { labels: [neg, pos], counts: [[tn, s.fp], [fn, s.tp]] }
        : { labels: [pos, neg], counts: [[s.tp, fn], [s.fp, tn]] };
    return block;
}
function safe(f) {
    try {
        return f();
    }
    catch {
        return Number.NaN;
    }
}
function multiclassBlock(y, pred, proba, ctx) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    const k = ctx.classes.length;
    const n = y.length;
    const codes = ctx.classes.map((_, i) => i);
    const rows = proba ? Array.from({ length: n }, (_, i) => proba.subarray(i * k, (i + 1) * k)) : undefined;
    const data = (0,metrics/* multiclassEvaluation */.m2)(y, pred, { proba: rows, classes: codes });
    const present = new Uint8Array(k);
    for (let i = 0; i < n; i++)
        present[y[i]] = 1;
    const absent = ctx.classes.filter((_, i) => !present[i]);
    const names = [];
    for (const m of (0,metrics/* metricsForTask */.uS)('multiclass').map((x) => x.name)) {
        if (!proba && (m === 'roc_auc' || m === 'log_loss' || m === 'ece'))
            block.omitted.push({ metric: m, reason: 'needs one score column per class' });
        else if (m === 'roc_auc' && absent.length > 0) {
            block.omitted.push({ metric: m, reason: `class ${absent.map(String).join(', ')} has no rows in y_true; one-vs-rest ROC AUC needs every class` });
        }
        else
            names.push(m);
    }
    const point = names.map((m) => safe(() => metrics/* METRICS */.Cb[m].compute(data)));
    let cis;
    if (ctx.boot) {
        // Per metric, a resample where it is undefined (a class not drawn) counts as invalid, not fatal.
        const finishers = Object.fromEntries(names.map((m, i) => [m, (s) => s[i]]));
        cis = (0,metrics/* bootstrapStatistics */._f)((d, w) => names.map((m) => safe(() => metrics/* METRICS */.Cb[m].compute(d, w))), finishers, data, ctx.boot);
    }
    names.forEach((m, i) => {
        const v = point[i];
        if (!Number.isFinite(v))
            block.omitted.push({ metric: m, reason: 'undefined on these rows' });
        else
            block.metrics[m] = metricValue(m, v, cis?.[m]);
    });
    const cm = (0,metrics/* confusionMatrix */.gM)(y, pred, { labels: codes });
    block.confusion_matrix = { labels: ctx.classes, counts: cm.counts };
    return block;
}
async function regressionBlock(y, pred, boot) {
    const block = { metrics: {}, omitted: [], confusion_matrix: null };
    await fill(block, (0,metrics/* regressionEvaluation */.yv)(y, pred), (0,metrics/* metricsForTask */.uS)('regression').map((m) => m.name), boot);
    return block;
}

;// CONCATENATED MODULE: ../../../../shared/model/task-blocks.ts




function prepareTask(task, data, settings) {
    const { file, score, scoreClassTexts, threshold, boot } = settings;
    const options = { posLabel: settings.posLabel };
    const n = data.rows;
    let classification;
    let scoreClassesOut;
    let blockFor;
    let exampleFields;
    if (task === 'regression') {
        const y = data.yNum;
        const p = data.predNum;
        blockFor = (rows) => regressionBlock(rows ? pickF64(y, rows) : y, rows ? pickF64(p, rows) : p, boot);
        exampleFields = [
            { key: 'label', kind: 'number', values: y },
            { key: 'prediction', kind: 'number', values: p },
        ];
    }
    else {
        // Classes: score classes when given, plus every label and prediction seen.
        const texts = [...data.dict.texts];
        for (const c of scoreClassTexts)
            if (!texts.includes(c))
                texts.push(c);
        if (task === 'binary') {
            const { labels } = typedLabels(texts);
            const typed = (t) => (texts.every(isNumericText) ? +t : t);
            let pos;
            if (options.posLabel !== undefined)
                pos = labelText(options.posLabel) ?? options.posLabel;
            else if (texts.every((t) => t === '0' || t === '1' || t === '-1'))
                pos = '1';
            else if (texts.every(isNumericText))
                pos = String(labels[labels.length - 1]);
            else if (texts.every((t) => t === 'true' || t === 'false'))
                pos = 'true';
            else {
                throw new errors/* UsageError */.eb(`cannot tell the positive class among ${texts.join(', ')}`, { hint: (o) => `pass ${o.option('pos-label')}` });
            }
            if (texts.length > 2) {
                throw new errors/* InputError */.dz(`a binary task, but the label and prediction columns hold ${texts.length} classes: ${labels.map(String).join(', ')}`, {
                    location: { file },
                    hint: (o) => `use ${o.setting('task', 'multiclass')}, or map the labels to two classes`,
                });
            }
            if (texts.length === 2 && !texts.includes(pos)) {
                throw new errors/* UsageError */.eb((o) => `${o.setting('pos-label', pos)} is not one of the classes ${texts.join(', ')}`);
            }
            const negText = texts.find((t) => t !== pos);
            const neg = negText !== undefined ? typed(negText) : isNumericText(pos) ? (pos === '1' ? 0 : -1) : `not ${pos}`;
            const posTyped = isNumericText(pos) && (negText === undefined || isNumericText(negText)) ? +pos : pos;
            const posCode = data.dict.get(pos) ?? -1;
            const yc = data.yCode;
            const y = new Uint8Array(n);
            for (let i = 0; i < n; i++)
                y[i] = yc[i] === posCode ? 1 : 0;
            let pScore;
            if (score.length === 1)
                pScore = data.scores[0];
            else if (score.length === 2) {
                const k = scoreClassTexts.indexOf(pos);
                if (k < 0)
                    throw new errors/* UsageError */.eb(`no score column for the positive class ${pos} (score columns are for ${scoreClassTexts.join(', ')})`, { hint: (o) => `fix ${o.option('classes')} or ${o.option('pos-label')}` });
                pScore = data.scores[k];
            }
            let predPos;
            if (data.predCode) {
                predPos = new Uint8Array(n);
                const pc = data.predCode;
                for (let i = 0; i < n; i++)
                    predPos[i] = pc[i] === posCode ? 1 : 0;
            }
            const ctx = { threshold, labels: { neg, pos: posTyped }, boot };
            blockFor = (rows) => {
                const pick8 = (a) => (rows ? Uint8Array.from(rows, (r) => a[r]) : a);
                return binaryBlock(pick8(y), pScore && (rows ? pickF64(pScore, rows) : pScore), predPos && pick8(predPos), ctx);
            };
            classification = {
                classes: [neg, posTyped].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1)),
                pos_label: posTyped,
                threshold: predPos ? null : threshold,
                predicted_from: predPos ? 'prediction' : 'threshold',
                ece_bins: metrics/* ECE_DEFAULT_BINS */.DJ,
            };
            if (score.length === 2)
                scoreClassesOut = scoreClassTexts.map(typed);
            const labelJson = data.dict.texts.map((t) => JSON.stringify(typed(t)));
            exampleFields = [{ key: 'label', kind: 'coded', codes: yc, json: labelJson }];
            if (data.predCode)
                exampleFields.push({ key: 'prediction', kind: 'coded', codes: data.predCode, json: labelJson });
            if (pScore)
                exampleFields.push({ key: 'score', kind: 'number', values: pScore });
        }
        else {
            const { labels: classes, order } = typedLabels(texts);
            // dictionary code → sorted class index
            const toClass = new Int32Array(texts.length);
            order.forEach((textIndex, classIndex) => (toClass[textIndex] = classIndex));
            const dictToClass = data.dict.texts.map((t) => toClass[texts.indexOf(t)]);
            const yc = data.yCode;
            const y = new Int32Array(n);
            for (let i = 0; i < n; i++)
                y[i] = dictToClass[yc[i]];
            const k = classes.length;
            let proba;
            if (score.length > 0) {
                if (k !== score.length) {
                    throw new errors/* InputError */.dz(`predictions name classes without a score column: ${texts.filter((t) => !scoreClassTexts.includes(t)).join(', ')}`, {
                        location: { file },
                        hint: (o) => `give one ${o.option('score')} column per class`,
                    });
                }
                proba = new Float64Array(n * k);
                score.forEach((_, j) => {
                    const c = toClass[texts.indexOf(scoreClassTexts[j])];
                    const col = data.scores[j];
                    for (let i = 0; i < n; i++)
                        proba[i * k + c] = col[i];
                });
            }
            let pred;
            if (data.predCode) {
                pred = new Int32Array(n);
                const pc = data.predCode;
                for (let i = 0; i < n; i++)
                    pred[i] = dictToClass[pc[i]];
            }
            else {
                // scikit-learn's predict: classes_[argmax(proba)], the first maximum on ties.
                pred = new Int32Array(n);
                for (let i = 0; i < n; i++) {
                    let best = 0;
                    for (let j = 1; j < k; j++)
                        if (proba[i * k + j] > proba[i * k + best])
                            best = j;
                    pred[i] = best;
                }
            }
            blockFor = (rows) => {
                if (!rows)
                    return multiclassBlock(y, pred, proba, { classes, boot });
                let sub;
                if (proba) {
                    sub = new Float64Array(rows.length * k);
                    rows.forEach((r, i) => sub.set(proba.subarray(r * k, (r + 1) * k), i * k));
                }
                return multiclassBlock(pickI32(y, rows), pickI32(pred, rows), sub, { classes, boot });
            };
            classification = { classes, pos_label: null, threshold: null, predicted_from: data.predCode ? 'prediction' : 'argmax', ece_bins: metrics/* ECE_DEFAULT_BINS */.DJ };
            if (score.length > 0)
                scoreClassesOut = scoreClassTexts.map((t) => classes[toClass[texts.indexOf(t)]]);
            const classJson = classes.map((c) => JSON.stringify(c));
            exampleFields = [
                { key: 'label', kind: 'coded', codes: y, json: classJson },
                { key: 'prediction', kind: 'coded', codes: pred, json: classJson },
            ];
            if (proba)
                exampleFields.push({ key: 'scores', kind: 'vector', values: proba, width: k });
        }
    }
    return { blockFor, exampleFields, classification, scoreClasses: scoreClassesOut };
}

;// CONCATENATED MODULE: ../../../../shared/model/slice-blocks.ts
async function sliceBlocks(data, minSliceSize, blockFor) {
    const n = data.rows;
    const report = { slices: [], skipped_slices: [] };
    for (const s of data.slices) {
        const k = s.dict.texts.length;
        const counts = new Uint32Array(k + 1); // last = missing
        for (let i = 0; i < n; i++)
            counts[s.codes[i] < 0 ? k : s.codes[i]]++;
        const values = s.dict.texts.map((value, code) => ({ code, value }));
        if (s.missing > 0)
            values.push({ code: k, value: null });
        values.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : a.value.localeCompare(b.value, 'en', { numeric: true })));
        for (const { code, value } of values) {
            const size = counts[code];
            if (size < minSliceSize) {
                report.skipped_slices.push({ column: s.column, value, rows: size, reason: `${size} rows, fewer than the minimum slice size ${minSliceSize}` });
                continue;
            }
            const rows = new Uint32Array(size);
            let j = 0;
            for (let i = 0; i < n; i++)
                if ((s.codes[i] < 0 ? k : s.codes[i]) === code)
                    rows[j++] = i;
            const block = await blockFor(rows);
            report.slices.push({ column: s.column, value, rows: size, ...block });
        }
    }
    return { slices: report.slices, skipped: report.skipped_slices };
}

;// CONCATENATED MODULE: ../../../../shared/steps/evaluate.ts
/**
 * The evaluate step: a predictions file (or metrics another tool wrote) → one
 * `mlops-actions/evaluation@1` report, for the action, `mlops evaluate` and `mlops doctor --run`.
 *
 * The model domain does the work: read-predictions.ts streams the file once into typed columns,
 * task-blocks.ts prepares the task (classes, positive label, what is predicted from what),
 * metric-blocks.ts computes each block's metrics with bootstrap CIs, slice-blocks.ts the slices,
 * import/ turns other tools' files into metrics. This file checks the options, composes them, and
 * writes the outputs only when everything succeeded, each atomically: the per-example file first,
 * the report (which names the examples file and its SHA-256) last. Decisions: docs/evaluate.md.
 */














const DEFAULT_MIN_SLICE_SIZE = 30;
const DEFAULT_THRESHOLD = 0.5;
/** `<out>` without `.json`, plus `.examples.jsonl.gz`. */
function examplesPathFor(out) {
    return `${out.replace(/\.json$/i, '')}.examples.jsonl.gz`;
}
/** A model or data file's digest for the report; a missing or non-regular file is an InputError. */
async function digestOf(file) {
    const info = await (0,promises_.stat)(file).catch((e) => {
        throw new errors/* InputError */.dz(e.code === 'ENOENT' ? 'file not found' : `cannot read the file: ${e.message}`, { location: { file }, hint: 'check the path' });
    });
    if (!info.isFile())
        throw new errors/* InputError */.dz('is not a regular file', { location: { file }, hint: 'point at one file' });
    return { sha256: (await (0,file_digest/* sha256File */.Q)(file)).sha256, bytes: info.size };
}
/** The most bootstrap resamples evaluate and compare accept. */
const MAX_RESAMPLES = 100_000;
/** The one metric name an evaluation report (JSON object keys) cannot carry. */
const RESERVED_METRIC = '__proto__';
function checkOptions(o) {
    const intIn = (v, flag, min) => {
        if (v !== undefined && !(Number.isInteger(v) && v >= min))
            throw new errors/* UsageError */.eb((n) => `${n.option(flag)} must be an integer ≥ ${min}, got ${v}`);
    };
    intIn(o.resamples, 'resamples', 0);
    // Each resample keeps one value per metric and revisits every row: beyond this the arrays no
    // longer fit in memory and the run would take days, while 10,000 already fixes a 95% CI's ends.
    if (o.resamples !== undefined && o.resamples > MAX_RESAMPLES) {
        throw new errors/* UsageError */.eb((n) => `${n.option('resamples')} must be at most ${MAX_RESAMPLES}, got ${o.resamples}`, { hint: '1,000 to 10,000 resamples give stable 95% intervals' });
    }
    intIn(o.minSliceSize, 'min-slice-size', 0);
    if (o.seed !== undefined && !(Number.isInteger(o.seed) && Math.abs(o.seed) <= 0xffffffff))
        throw new errors/* UsageError */.eb((n) => `${n.option('seed')} must be a 32-bit integer, got ${o.seed}`);
    if (o.threshold !== undefined && !(o.threshold >= 0 && o.threshold <= 1))
        throw new errors/* UsageError */.eb((n) => `${n.option('threshold')} must be in [0, 1], got ${o.threshold}`);
    if (o.confidence !== undefined && !(o.confidence > 0 && o.confidence < 1))
        throw new errors/* UsageError */.eb((n) => `${n.option('confidence')} must be in (0, 1), got ${o.confidence}`);
}
async function modelDigests(models = []) {
    const out = [];
    for (const file of models)
        out.push({ file, ...(await digestOf(file)) });
    return out;
}
async function writeOutputs(report, out, examples) {
    evaluation_format/* evaluationReportSchema */.mF.parse(report);
    if (!out)
        return { report };
    let examplesPath;
    if (examples && report.examples) {
        examplesPath = examplesPathFor(out);
        await (0,atomic_write/* writeFileAtomic */.Zf)(examplesPath, await examples);
    }
    try {
        await (0,atomic_write/* writeJsonAtomic */.ZJ)(out, report);
    }
    catch (e) {
        if (examplesPath)
            await (0,promises_.rm)(examplesPath, { force: true });
        throw e;
    }
    return { report, reportPath: out, examplesPath };
}
async function evaluate(options) {
    checkOptions(options);
    if (options.importPath !== undefined && options.predictions !== undefined) {
        throw new errors/* UsageError */.eb((o) => `give either ${o.option('predictions')} or ${o.option('import')}, not both`);
    }
    if (options.importPath !== undefined)
        return evaluateImport(options, options.importPath);
    if (options.predictions === undefined)
        throw new errors/* UsageError */.eb((o) => `give ${o.option('predictions', 'FILE')} (or ${o.option('import', 'PATH')})`);
    return evaluatePredictions(options, options.predictions);
}
function emptyReport() {
    return {
        schema: evaluation_format/* EVALUATION_SCHEMA */.$k,
        rows: null,
        dataset: null,
        models: [],
        columns: null,
        classification: null,
        bootstrap: null,
        metrics: {},
        omitted: [],
        confusion_matrix: null,
        slices: [],
        skipped_slices: [],
        min_slice_size: null,
        examples: null,
        imported: null,
        warnings: [],
    };
}
async function evaluateImport(options, path) {
    const imported = await importMetrics(path, { tensorboardSelect: options.tensorboardSelect, mlflowRun: options.mlflowRun });
    const report = { ...emptyReport(), source: 'import', task: options.task ?? null, models: await modelDigests(options.models) };
    if (Object.hasOwn(imported.metrics, RESERVED_METRIC)) {
        // The report's metrics are JSON object keys that every reader (zod, JSON.parse + assignment)
        // turns into a prototype instead of data: the metric would vanish and its gate never run.
        throw new errors/* InputError */.dz(`a metric named "${RESERVED_METRIC}" cannot be imported (JavaScript reserves the name for an object's prototype, so the report could not keep it)`, {
            location: { file: path },
            hint: 'rename the metric where the tool logs it',
        });
    }
    for (const [name, value] of Object.entries(imported.metrics)) {
        if (!Number.isFinite(value)) {
            report.omitted.push({ metric: name, reason: `not a finite number (${value})` });
            continue;
        }
        const known = Object.hasOwn(metrics/* METRICS */.Cb, name) ? metrics/* METRICS */.Cb[name] : undefined;
        report.metrics[name] = known ? { value, direction: known.direction } : { value };
    }
    if (Object.keys(report.metrics).length === 0) {
        throw new errors/* InputError */.dz('no metrics found', { location: { file: path }, hint: 'check that the tool wrote numeric metrics there' });
    }
    report.imported = { kind: imported.source.kind, path: imported.source.path, details: imported.source.details ? JSON.parse(JSON.stringify(imported.source.details)) : undefined };
    return writeOutputs(report, options.out, undefined);
}
async function evaluatePredictions(options, file) {
    const task = options.task;
    if (!task)
        throw new errors/* UsageError */.eb((o) => `${o.option('task')} is required with ${o.option('predictions')} (binary, multiclass or regression)`);
    if (!options.label)
        throw new errors/* UsageError */.eb((o) => `${o.option('label')} is required: the column holding the true label (or target)`);
    const score = [...(options.score ?? [])];
    if (!options.prediction && score.length === 0)
        throw new errors/* UsageError */.eb((o) => `give ${o.option('prediction', 'COL')} and/or ${o.option('score', 'COL')}`);
    if (task === 'regression' && (score.length > 0 || !options.prediction)) {
        throw new errors/* UsageError */.eb((o) => `regression reads ${o.option('prediction')} (the predicted value); ${o.option('score')} is for classification`);
    }
    if (task === 'multiclass' && score.length === 1)
        throw new errors/* UsageError */.eb((o) => `multiclass needs one ${o.option('score')} column per class (or only ${o.option('prediction')})`);
    if (task === 'binary' && score.length > 2)
        throw new errors/* UsageError */.eb((o) => `binary takes one ${o.option('score')} column (P(positive)) or two (one per class), got ${score.length}`);
    if (task === 'binary' && score.length === 1 && options.classes?.length)
        throw new errors/* UsageError */.eb((o) => `${o.option('classes')} names the class of each score column; one binary score column is P(positive)`);
    const scoreClassTexts = task === 'regression' ? [] : scoreClasses(score, options.classes);
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const boot = options.resamples === 0
        ? null
        : { resamples: options.resamples ?? metrics/* DEFAULT_RESAMPLES */.jF, confidence: options.confidence ?? metrics/* DEFAULT_CONFIDENCE */.FH, seed: options.seed ?? metrics/* DEFAULT_SEED */.KP };
    const minSliceSize = options.minSliceSize ?? DEFAULT_MIN_SLICE_SIZE;
    const slices = [...(options.slices ?? [])];
    const datasetDigest = digestOf(file);
    datasetDigest.catch(() => undefined); // openTable reports a missing file with a better message
    const data = await readPredictions({
        file,
        task,
        label: options.label,
        prediction: options.prediction,
        score,
        id: options.id,
        slices,
        allowed: task === 'multiclass' && scoreClassTexts.length > 0 ? new Set(scoreClassTexts) : undefined,
        delimiter: options.delimiter,
        format: options.format,
    });
    const n = data.rows;
    const report = {
        ...emptyReport(),
        source: 'predictions',
        task,
        rows: n,
        dataset: { file, format: data.format, ...(await datasetDigest) },
        models: await modelDigests(options.models),
        columns: { label: options.label, prediction: options.prediction ?? null, score, score_classes: null, id: options.id ?? null, slices },
        bootstrap: boot && { method: 'percentile', unit: 'row', ...boot, prng: 'xoshiro128** (splitmix32-seeded, one stream per resample)' },
        min_slice_size: slices.length > 0 ? minSliceSize : null,
    };
    const prepared = prepareTask(task, data, { file, score, scoreClassTexts, threshold, posLabel: options.posLabel, boot });
    const { blockFor, exampleFields } = prepared;
    if (prepared.classification)
        report.classification = prepared.classification;
    if (prepared.scoreClasses)
        report.columns.score_classes = prepared.scoreClasses;
    // Examples first: rendered and gzipped on a worker thread while the bootstrap keeps this one busy.
    let examples;
    if (options.out && options.examples !== false) {
        examples = renderExamplesFile({ rows: n, ids: data.ids, fields: exampleFields });
        examples.catch(() => undefined);
        report.examples = { file: (0,external_node_path_.basename)(examplesPathFor(options.out)), format: 'jsonl.gz', sha256: '0'.repeat(64), rows: n, id_column: options.id ?? null };
    }
    const overall = await blockFor();
    report.metrics = overall.metrics;
    report.omitted = overall.omitted;
    report.confusion_matrix = overall.confusion_matrix;
    const sliced = await sliceBlocks(data, minSliceSize, blockFor);
    report.slices.push(...sliced.slices);
    report.skipped_slices.push(...sliced.skipped);
    if (examples && report.examples) {
        const buf = await examples;
        report.examples.sha256 = (0,external_node_crypto_.createHash)('sha256').update(buf).digest('hex');
    }
    return writeOutputs(report, options.out, examples);
}


/***/ })

};
