export const id = 6874;
export const ids = [6874];
export const modules = {

/***/ 6874:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateCommand: () => (/* binding */ evaluateCommand),
  numberOption: () => (/* binding */ numberOption)
});

// EXTERNAL MODULE: ../../../../shared/runtime/cli.ts
var cli = __webpack_require__(6429);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/runtime/list-input.ts
var list_input = __webpack_require__(7222);
// EXTERNAL MODULE: ../../../../shared/model/import/tensorboard.ts + 1 modules
var tensorboard = __webpack_require__(6900);
;// CONCATENATED MODULE: ../../../../shared/model/import/mlflow-step.ts
/**
 * The MLflow step option (`--mlflow-step N`, input `mlflow-step`), parsed where the faces read it.
 * Its own module: the CLI's evaluate command loads it at start, and must not load the importers then.
 */

/** `--mlflow-step N` / input `mlflow-step`: a whole number of steps (MLflow logs steps as int64), or absent. */
function parseMlflowStep(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const v = value.trim();
    if (!/^-?\d{1,15}$/.test(v))
        throw new errors/* UsageError */.eb((o) => `${o.option('mlflow-step')} must be a whole number, the step a metric was logged at (got ${JSON.stringify(value)})`);
    return Number(v);
}

;// CONCATENATED MODULE: ../../../../shared/cli/commands/evaluate.ts





const usage = `Usage: mlops evaluate --predictions FILE --task binary|multiclass|regression --label COL
                      (--prediction COL | --score COL...) [options] --out FILE
       mlops evaluate --import PATH --out FILE [--tensorboard-select S] [--mlflow-run R]
                      [--mlflow-experiment E] [--mlflow-model NAME@ALIAS]

Compute scikit-learn metrics with bootstrap confidence intervals and per-slice metrics from a
predictions file, or turn metrics another tool wrote into an evaluation report
(mlops-actions/evaluation@1). Evaluate never gates: compare does.

Options:
  --predictions FILE      CSV, TSV, JSON Lines or Parquet (.gz for text formats)
  --task T                binary, multiclass or regression
  --label COL             the true label (target) column
  --prediction COL        predicted label (classification) or value (regression)
  --score COL             probability column, repeatable: binary one column = P(positive)
                          (or two, one per class); multiclass one per class
  --classes A,B,...       the class of each --score column, in order (default: the column
                          names without their common prefix: p_rain,p_sun -> rain,sun)
  --pos-label V           binary positive class (default 1, the greater number, or true)
  --threshold X           binary: predicted positive iff score > X (default 0.5)
  --slice COL             per-value metrics for this column, repeatable
  --min-slice-size N      smaller slices are listed as skipped (default 30)
  --sensitive COL         group fairness by this column's values, repeatable: per-group
                          rates and Fairlearn's parity summaries with CIs (docs/evaluate.md)
  --min-group-size N      smaller groups are listed and left out of the fairness
                          summaries (default 30)
  --id COL                column pairing rows across reports (default: the row index)
  --resamples N           bootstrap resamples for CIs, 0 = none (default 1000)
  --confidence X          CI level (default 0.95)
  --seed N                bootstrap seed (default 20240101)
  --model FILE            model file whose SHA-256 goes in the report, repeatable
  --out FILE              the report JSON, written atomically (required); per-example data
                          goes to <out without .json>.examples.jsonl.gz
  --no-examples           do not write the per-example file
  --delimiter C           CSV delimiter (default "," and tab for .tsv; "tab" for a tab)
  --import PATH           metrics file or folder of another tool (JSON, YAML, CSV, DVC,
                          TensorBoard, MLflow mlruns/ or mlflow.db, sqlite:///mlflow.db);
                          see docs/importers.md
  --tensorboard-select S  last (default), min, max or step:N
  --mlflow-run R          run id, latest (default) or best:METRIC:max|min
  --mlflow-experiment E   only runs of this MLflow experiment (id or name)
  --mlflow-model M        the run behind a registered model version (mlflow.db only):
                          NAME@ALIAS, NAME/VERSION or NAME/latest
  --mlflow-step N         each MLflow metric's value at step N instead of its latest
  --format text|json      output on stdout (default text; json prints the report)
  -h, --help              show this help

Exit codes: 0 ok, 2 bad usage or bad input.
`;
const options = {
    predictions: { type: 'string' },
    import: { type: 'string' },
    task: { type: 'string' },
    label: { type: 'string' },
    prediction: { type: 'string' },
    score: { type: 'string', multiple: true },
    classes: { type: 'string' },
    'pos-label': { type: 'string' },
    threshold: { type: 'string' },
    slice: { type: 'string', multiple: true },
    'min-slice-size': { type: 'string' },
    sensitive: { type: 'string', multiple: true },
    'min-group-size': { type: 'string' },
    id: { type: 'string' },
    resamples: { type: 'string' },
    confidence: { type: 'string' },
    seed: { type: 'string' },
    model: { type: 'string', multiple: true },
    out: { type: 'string', short: 'o' },
    'no-examples': { type: 'boolean' },
    delimiter: { type: 'string' },
    'tensorboard-select': { type: 'string' },
    'mlflow-run': { type: 'string' },
    'mlflow-experiment': { type: 'string' },
    'mlflow-model': { type: 'string' },
    'mlflow-step': { type: 'string' },
    format: { type: 'string' },
};
/** A number option: undefined when absent, a usage error when not a number. */
function numberOption(value, flag) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const x = Number(value);
    if (!Number.isFinite(x))
        throw new errors/* UsageError */.eb(`--${flag} must be a number (got ${JSON.stringify(value)})`);
    return x;
}
const evaluateCommand = {
    name: 'evaluate',
    summary: 'Compute metrics, slices and CIs from predictions (or import logged metrics)',
    usage,
    async run(argv, io) {
        const { values } = (0,cli/* parseCommandArgs */.Qx)(argv, options, usage);
        const out = (0,cli/* requireOption */.Ve)(values.out, 'out', usage);
        const format = (0,cli/* choiceOption */.zu)(values.format, 'format', ['text', 'json'], 'text', usage);
        if (values.import === undefined && values.predictions === undefined)
            throw new cli/* CommandUsageError */.nT('give --predictions FILE or --import PATH', usage);
        const task = values.task === undefined ? undefined : (0,cli/* choiceOption */.zu)(values.task, 'task', ['binary', 'multiclass', 'regression'], 'binary', usage);
        const opts = {
            predictions: values.predictions,
            importPath: values.import,
            task,
            label: values.label,
            prediction: values.prediction,
            score: values.score,
            classes: values.classes === undefined ? undefined : (0,list_input/* splitList */.r)(values.classes),
            slices: values.slice,
            id: values.id,
            posLabel: values['pos-label'],
            threshold: numberOption(values.threshold, 'threshold'),
            resamples: numberOption(values.resamples, 'resamples'),
            confidence: numberOption(values.confidence, 'confidence'),
            seed: numberOption(values.seed, 'seed'),
            minSliceSize: numberOption(values['min-slice-size'], 'min-slice-size'),
            sensitive: values.sensitive,
            minGroupSize: numberOption(values['min-group-size'], 'min-group-size'),
            models: values.model,
            out,
            examples: !values['no-examples'],
            delimiter: (0,cli/* parseDelimiter */.DZ)(values.delimiter),
            tensorboardSelect: (0,tensorboard/* parseTensorboardSelect */.$I)(values['tensorboard-select']),
            mlflowRun: values['mlflow-run'],
            mlflowExperiment: values['mlflow-experiment'],
            mlflowModel: values['mlflow-model'],
            mlflowStep: parseMlflowStep(values['mlflow-step']),
        };
        // Loaded on demand: other commands should not pay for the metrics code at start-up.
        const { evaluate } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(2475), __webpack_require__.e(7248), __webpack_require__.e(9712), __webpack_require__.e(7009), __webpack_require__.e(2936), __webpack_require__.e(3199)]).then(__webpack_require__.bind(__webpack_require__, 3199));
        const { renderEvaluationText } = await __webpack_require__.e(/* import() */ 3176).then(__webpack_require__.bind(__webpack_require__, 3176));
        const result = await evaluate(opts);
        if (format === 'json')
            io.stdout(`${JSON.stringify(result.report, null, 2)}\n`);
        else {
            io.stdout(renderEvaluationText(result.report));
            if (result.reportPath)
                io.stdout(`wrote report: ${result.reportPath}\n`);
            if (result.examplesPath)
                io.stdout(`wrote examples: ${result.examplesPath}\n`);
        }
        return errors/* EXIT_OK */.Ij;
    },
};


/***/ }),

/***/ 6900:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tK: () => (/* binding */ findEventFiles),
  ET: () => (/* binding */ importTensorboardMetrics),
  Sb: () => (/* binding */ isEventFileContent),
  iH: () => (/* binding */ isEventFileName),
  $I: () => (/* binding */ parseTensorboardSelect)
});

// UNUSED EXPORTS: crc32c, float16, maskedCrc32c, readTensorboardRun, readTfRecords, selectScalar, tensorScalar

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
;// CONCATENATED MODULE: ../../../../shared/model/import/tensorboard-writers.ts
/**
 * What two common writers put in TensorBoard logs beyond the metrics a reviewer gates on, and the
 * names their users know the metrics by.
 *
 * PyTorch Lightning (`TensorBoardLogger`, one run per `lightning_logs/version_N/`):
 * - `hp_metric` is the hyper-parameter metric the hparams tab shows. It is -1 until the user logs
 *   it, and whatever the user chose after: it describes the run for hyper-parameter search, it is
 *   not a score of the model. It is kept apart (`hparamMetrics`), never imported as a metric.
 * - `self.log(..., on_step=True, on_epoch=True)` writes `X_step` (every step) and `X_epoch` (the
 *   epoch's aggregate). The epoch series is the one to gate on; `X_step` is skipped beside it.
 * - `epoch` is Lightning's epoch counter, not a metric.
 *
 * Keras (`keras.callbacks.TensorBoard`, one log dir with `train/` and `validation/` runs):
 * - `epoch_<name>` in `train/` is the History's `<name>`, in `validation/` its `val_<name>`; the
 *   metrics are imported under those names (`loss`, `val_accuracy`), what `model.fit` prints.
 * - `evaluation_<name>_vs_iterations` (validation/) repeats the validation metric by iteration:
 *   skipped when `val_<name>` is there, else imported as `val_<name>`.
 * - `batch_<name>` (with `update_freq='batch'`) is per batch: skipped.
 */
/** A run written by PyTorch Lightning: its logger's folder, or its hparams next to an hp_metric. */
function isLightningRun(r) {
    const hparams = [...r.otherTags.values()].includes('plugin hparams');
    return /(^|\/)lightning_logs\/version_\d+$/.test(r.run) || (r.scalars.has('hp_metric') && hparams);
}
/**
 * Applies Lightning's conventions to one run in place; returns its hp_metric (last value) when it
 * logged a real one (the -1 placeholder is dropped with a reason).
 */
function applyLightning(r) {
    const out = {};
    const hp = r.scalars.get('hp_metric');
    if (hp) {
        r.scalars.delete('hp_metric');
        if (hp.every((p) => p.value === -1))
            r.otherTags.set('hp_metric', 'PyTorch Lightning placeholder -1');
        else {
            const last = hp.reduce((a, b) => (b.step >= a.step ? b : a));
            out.hpMetric = last.value;
            r.otherTags.set('hp_metric', 'hyper-parameter metric (Lightning hp_metric), not a score');
        }
    }
    if (r.scalars.has('epoch')) {
        r.scalars.delete('epoch');
        r.otherTags.set('epoch', 'Lightning epoch counter');
    }
    for (const tag of [...r.scalars.keys()]) {
        const m = /^(.*)_step$/.exec(tag);
        if (m && r.scalars.has(`${m[1]}_epoch`)) {
            r.scalars.delete(tag);
            r.otherTags.set(tag, `per-step series; ${m[1]}_epoch is imported`);
        }
    }
    return out;
}
/** The Keras parent folder of a `train/` or `validation/` run ("." for the log dir itself), else undefined. */
function kerasParent(run) {
    const m = /^(?:(.*)\/)?(train|validation)$/.exec(run);
    return m ? { parent: m[1] ?? '.', side: m[2] } : undefined;
}
/** Runs laid out by Keras: a `train/` or `validation/` folder whose tags are `epoch_*`. */
function isKerasRun(r) {
    return kerasParent(r.run) !== undefined && [...r.scalars.keys(), ...r.otherTags.keys()].some((t) => t.startsWith('epoch_'));
}
/**
 * Keras's names for one run's tags: `epoch_loss` → `loss` (train) or `val_loss` (validation), with
 * the parent folder as prefix when the logs hold several Keras log dirs. Tags to skip get a reason
 * in `otherTags` and are removed. Returns tag → metric name.
 */
function kerasNames(r, prefixParent) {
    const where = kerasParent(r.run);
    const prefix = prefixParent && where.parent !== '.' ? `${where.parent}/` : '';
    const names = new Map();
    const epochNames = new Set([...r.scalars.keys()].filter((t) => t.startsWith('epoch_')).map((t) => t.slice('epoch_'.length)));
    for (const tag of [...r.scalars.keys()]) {
        const val = where.side === 'validation' ? 'val_' : '';
        if (tag.startsWith('epoch_'))
            names.set(tag, `${prefix}${val}${tag.slice('epoch_'.length)}`);
        else if (tag.startsWith('batch_')) {
            r.scalars.delete(tag);
            r.otherTags.set(tag, 'Keras per-batch series; the epoch_ series is imported');
        }
        else {
            const m = /^evaluation_(.+)_vs_iterations$/.exec(tag);
            if (m && where.side === 'validation' && epochNames.has(m[1])) {
                r.scalars.delete(tag);
                r.otherTags.set(tag, `Keras validation by iteration; val_${m[1]} (epoch_${m[1]}) is imported`);
            }
            else if (m && where.side === 'validation')
                names.set(tag, `${prefix}val_${m[1]}`);
            else
                names.set(tag, `${prefix}${where.side}/${tag}`);
        }
    }
    return names;
}

;// CONCATENATED MODULE: ../../../../shared/model/import/tensorboard.ts
/**
 * TensorBoard event files → one scalar per tag.
 *
 * Framing is TFRecord (tensorflow/core/lib/io/record_writer.cc): u64 little-endian length,
 * masked CRC-32C of those 8 bytes, the data, masked CRC-32C of the data. Both CRCs are checked;
 * a truncated or corrupt record is an InputError naming the byte offset and record index
 * (TensorBoard itself silently stops at a bad record, which would hide a broken upload).
 *
 * Each record is an `Event` protobuf (tensorflow/core/util/event.proto), decoded by hand here:
 *   Event:         wall_time=1 (double), step=2 (int64), summary=5
 *   Summary:       value=1 (repeated)
 *   Summary.Value: tag=1, simple_value=2 (float), tensor=8, metadata=9
 *   SummaryMetadata: plugin_data=1 → PluginData.plugin_name=1; data_class=4 (1 = DATA_CLASS_SCALAR)
 *   TensorProto:   dtype=1, tensor_shape=2 (TensorShapeProto.dim=2 → Dim.size=1), tensor_content=4,
 *                  float_val=5, double_val=6, int_val=7, int64_val=10, bool_val=11, half_val=13,
 *                  uint32_val=16, uint64_val=17            (tensorflow/core/framework/tensor.proto)
 *
 * What counts as a scalar: a `simple_value` (PyTorch SummaryWriter, TF1), or a one-element tensor
 * of a real dtype whose tag belongs to the `scalars` plugin or has data_class SCALAR (TF2
 * `tf.summary.scalar`). TensorBoard writes the plugin only with the FIRST value of a tag, so the
 * plugin is remembered per tag. Everything else (histograms, images, text, hparams) is skipped and
 * counted, so "nothing imported" can say what the files did hold.
 *
 * Selection per tag: `last` (value at the highest step; several values at that step → the one
 * written last), `min`, `max` (NaN ignored), or `{step}` (tags without that step are left out).
 *
 * A directory is searched recursively for files whose names start with `events.out.tfevents` (with
 * any suffix, or none); a file given directly may have any name (index.ts recognises it by its first
 * record). Each folder holding event files is one run, and its files are read in name order (their
 * names start with the creation time). Lightning's and Keras's conventions (hp_metric, X_step beside
 * X_epoch, train/ and validation/) are applied by tensorboard-writers.ts.
 * With several runs, every tag is prefixed by the run's folder relative to the root (POSIX
 * separators): `run_1/strict/foo`. With one run, tags are used as they are.
 */




// ---------------------------------------------------------------------------------------------
// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), as TFRecord uses; masked as in
// tensorflow/core/lib/hash/crc32c.h: rotate right by 15 and add 0xa282ead8.
const CRC32C_TABLE = (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
        t[n] = c >>> 0;
    }
    return t;
})();
function crc32c(buf, start = 0, end = buf.length) {
    let c = 0xffffffff;
    for (let i = start; i < end; i++)
        c = CRC32C_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
function maskedCrc32c(buf, start = 0, end = buf.length) {
    const c = crc32c(buf, start, end);
    return ((((c >>> 15) | (c << 17)) >>> 0) + 0xa282ead8) >>> 0;
}
const hex = (n) => `0x${n.toString(16).padStart(8, '0')}`;
/** Splits a TFRecord file into its records' data, verifying both CRCs of every record. */
function readTfRecords(buf, file) {
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const out = [];
    let off = 0;
    const hint = 'the event file is truncated or corrupt (copied while being written, or damaged); re-copy it or delete it';
    while (off < buf.length) {
        const index = out.length;
        const where = `record ${index} at byte offset ${off}`;
        if (buf.length - off < 12) {
            throw new errors/* InputError */.dz(`truncated event file: ${where} has a ${buf.length - off}-byte header, 12 needed`, { location: { file }, hint });
        }
        const len = view.getBigUint64(off, true);
        const lenCrc = view.getUint32(off + 8, true);
        const lenCrcWant = maskedCrc32c(buf, off, off + 8);
        if (lenCrc !== lenCrcWant) {
            throw new errors/* InputError */.dz(`corrupt event file: ${where}: length CRC ${hex(lenCrc)} does not match ${hex(lenCrcWant)}`, { location: { file }, hint });
        }
        const dataStart = off + 12;
        if (len > BigInt(buf.length - dataStart - 4)) {
            throw new errors/* InputError */.dz(`truncated event file: ${where} declares ${len} data bytes but only ${Math.max(0, buf.length - dataStart - 4)} remain before its CRC`, {
                location: { file },
                hint,
            });
        }
        const dataEnd = dataStart + Number(len);
        const dataCrc = view.getUint32(dataEnd, true);
        const dataCrcWant = maskedCrc32c(buf, dataStart, dataEnd);
        if (dataCrc !== dataCrcWant) {
            throw new errors/* InputError */.dz(`corrupt event file: ${where}: data CRC ${hex(dataCrc)} does not match ${hex(dataCrcWant)}`, { location: { file }, hint });
        }
        out.push(buf.subarray(dataStart, dataEnd));
        off = dataEnd + 4;
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
// Minimal protobuf wire-format reader.
class ProtoError extends Error {
}
function readVarint(buf, pos) {
    let result = 0n;
    let shift = 0n;
    for (let n = 0; n < 10; n++) {
        if (pos.i >= buf.length)
            throw new ProtoError('varint runs past the end');
        const b = buf[pos.i++];
        result |= BigInt(b & 0x7f) << shift;
        if ((b & 0x80) === 0)
            return BigInt.asUintN(64, result);
        shift += 7n;
    }
    throw new ProtoError('varint longer than 10 bytes');
}
function* fields(buf) {
    const pos = { i: 0 };
    while (pos.i < buf.length) {
        const key = readVarint(buf, pos);
        const no = Number(key >> 3n);
        const wire = Number(key & 7n);
        if (no === 0)
            throw new ProtoError('field number 0');
        switch (wire) {
            case 0:
                yield { no, wire, varint: readVarint(buf, pos) };
                break;
            case 1:
            case 5: {
                const size = wire === 1 ? 8 : 4;
                if (pos.i + size > buf.length)
                    throw new ProtoError('fixed-size field runs past the end');
                yield { no, wire, bytes: buf.subarray(pos.i, pos.i + size) };
                pos.i += size;
                break;
            }
            case 2: {
                const len = readVarint(buf, pos);
                if (len > BigInt(buf.length - pos.i))
                    throw new ProtoError('length-delimited field runs past the end');
                yield { no, wire, bytes: buf.subarray(pos.i, pos.i + Number(len)) };
                pos.i += Number(len);
                break;
            }
            default:
                throw new ProtoError(`unsupported wire type ${wire}`);
        }
    }
}
const dv = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
const utf8 = new TextDecoder();
/** Values of a repeated scalar field, packed (wire 2) or not. `size` 0 means varint. */
function repeated(f, size, read, fromVarint) {
    if (f.wire === 2 && f.bytes) {
        const out = [];
        if (size === 0) {
            const pos = { i: 0 };
            while (pos.i < f.bytes.length)
                out.push(fromVarint(readVarint(f.bytes, pos)));
        }
        else {
            const v = dv(f.bytes);
            for (let at = 0; at + size <= f.bytes.length; at += size)
                out.push(read(v, at));
        }
        return out;
    }
    if (f.wire === 0 && f.varint !== undefined)
        return [fromVarint(f.varint)];
    if (f.bytes)
        return [read(dv(f.bytes), 0)];
    return [];
}
const f32 = (v, at) => v.getFloat32(at, true);
const f64 = (v, at) => v.getFloat64(at, true);
const none = () => NaN;
const i32 = (x) => Number(BigInt.asIntN(32, x));
const i64 = (x) => Number(BigInt.asIntN(64, x));
const u64 = (x) => Number(x);
/** IEEE 754 binary16 bits → number. */
function float16(bits) {
    const sign = bits & 0x8000 ? -1 : 1;
    const exp = (bits >> 10) & 0x1f;
    const frac = bits & 0x3ff;
    if (exp === 0)
        return sign * frac * 2 ** -24;
    if (exp === 0x1f)
        return frac ? NaN : sign * Infinity;
    return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}
function bfloat16(bits) {
    const v = new DataView(new ArrayBuffer(4));
    v.setUint32(0, (bits & 0xffff) << 16);
    return v.getFloat32(0);
}
// tensorflow/core/framework/types.proto
const DT = { FLOAT: 1, DOUBLE: 2, INT32: 3, UINT8: 4, INT16: 5, INT8: 6, INT64: 9, BOOL: 10, BFLOAT16: 14, UINT16: 17, HALF: 19, UINT32: 22, UINT64: 23 };
/** The value of a one-element real-valued TensorProto, or a reason it is not a scalar. */
function tensorScalar(buf) {
    let dtype = 0;
    let elements = 1;
    let content;
    const vals = {};
    const push = (no, xs) => {
        (vals[no] ??= []).push(...xs);
    };
    for (const f of fields(buf)) {
        switch (f.no) {
            case 1:
                dtype = Number(f.varint ?? 0n);
                break;
            case 2:
                for (const d of fields(f.bytes ?? new Uint8Array())) {
                    if (d.no !== 2 || !d.bytes)
                        continue;
                    for (const s of fields(d.bytes))
                        if (s.no === 1 && s.varint !== undefined)
                            elements *= i64(s.varint);
                }
                break;
            case 4:
                content = f.bytes;
                break;
            case 5:
                push(5, repeated(f, 4, f32, none));
                break;
            case 6:
                push(6, repeated(f, 8, f64, none));
                break;
            case 7:
            case 13:
            case 16:
                push(f.no, repeated(f, 0, none, f.no === 16 ? u64 : i32));
                break;
            case 10:
                push(10, repeated(f, 0, none, i64));
                break;
            case 17:
                push(17, repeated(f, 0, none, u64));
                break;
            default:
                break;
        }
    }
    if (elements !== 1)
        return `a tensor of ${elements} elements, not a scalar`;
    const fromContent = {
        [DT.FLOAT]: [4, (v) => v.getFloat32(0, true)],
        [DT.DOUBLE]: [8, (v) => v.getFloat64(0, true)],
        [DT.HALF]: [2, (v) => float16(v.getUint16(0, true))],
        [DT.BFLOAT16]: [2, (v) => bfloat16(v.getUint16(0, true))],
        [DT.INT8]: [1, (v) => v.getInt8(0)],
        [DT.UINT8]: [1, (v) => v.getUint8(0)],
        [DT.INT16]: [2, (v) => v.getInt16(0, true)],
        [DT.UINT16]: [2, (v) => v.getUint16(0, true)],
        [DT.INT32]: [4, (v) => v.getInt32(0, true)],
        [DT.UINT32]: [4, (v) => v.getUint32(0, true)],
        [DT.INT64]: [8, (v) => Number(v.getBigInt64(0, true))],
        [DT.UINT64]: [8, (v) => Number(v.getBigUint64(0, true))],
    };
    const decode = fromContent[dtype];
    if (!decode)
        return `dtype ${dtype} is not a real number type`;
    if (content && content.length > 0) {
        if (content.length !== decode[0])
            return `tensor_content has ${content.length} bytes, expected ${decode[0]}`;
        return decode[1](dv(content));
    }
    // Which repeated field holds each dtype (tensor.proto comments); empty means zero, as in TF.
    const field = {
        [DT.FLOAT]: 5, [DT.DOUBLE]: 6, [DT.HALF]: 13, [DT.BFLOAT16]: 13, [DT.INT8]: 7, [DT.UINT8]: 7, [DT.INT16]: 7,
        [DT.UINT16]: 7, [DT.INT32]: 7, [DT.INT64]: 10, [DT.UINT32]: 16, [DT.UINT64]: 17,
    };
    const xs = vals[field[dtype]] ?? [];
    const x = xs.length > 0 ? xs[0] : 0;
    if (dtype === DT.HALF)
        return float16(x & 0xffff);
    if (dtype === DT.BFLOAT16)
        return bfloat16(x);
    return x;
}
function decodeEvent(data) {
    const ev = { step: 0, wallTime: 0, values: [] };
    for (const f of fields(data)) {
        if (f.no === 1 && f.wire === 1 && f.bytes)
            ev.wallTime = dv(f.bytes).getFloat64(0, true);
        else if (f.no === 2 && f.varint !== undefined)
            ev.step = i64(f.varint);
        else if (f.no === 5 && f.bytes) {
            for (const s of fields(f.bytes)) {
                if (s.no !== 1 || !s.bytes)
                    continue;
                const v = { tag: '' };
                for (const x of fields(s.bytes)) {
                    if (x.no === 1 && x.bytes)
                        v.tag = utf8.decode(x.bytes);
                    else if (x.no === 2 && x.wire === 5 && x.bytes)
                        v.simple = dv(x.bytes).getFloat32(0, true);
                    else if (x.no === 8 && x.bytes)
                        v.tensor = x.bytes;
                    else if (x.no === 9 && x.bytes) {
                        for (const m of fields(x.bytes)) {
                            if (m.no === 1 && m.bytes) {
                                for (const p of fields(m.bytes))
                                    if (p.no === 1 && p.bytes)
                                        v.plugin = utf8.decode(p.bytes);
                            }
                            else if (m.no === 4 && m.varint !== undefined)
                                v.dataClass = Number(m.varint);
                        }
                    }
                }
                ev.values.push(v);
            }
        }
    }
    return ev;
}
// ---------------------------------------------------------------------------------------------
/** TensorBoard's writers name files `events.out.tfevents.<time>.<host>[.<pid>.<n>][.v2|.profile-empty|…]`; some none after the prefix. */
function isEventFileName(name) {
    return external_node_path_default().basename(name).startsWith('events.out.tfevents');
}
/**
 * Whether a file of any name is a TensorBoard event file, by its content: its first record's
 * length is sane and its masked CRC-32C matches, which a file of another kind passes with
 * probability 2^-32; then the record's first field is Event.wall_time (field 1, a double).
 */
async function isEventFileContent(file) {
    const { open } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1455, 23));
    const handle = await open(file, 'r').catch(() => undefined);
    if (!handle)
        return false;
    try {
        const head = new Uint8Array(13);
        const { bytesRead } = await handle.read(head, 0, 13, 0);
        if (bytesRead < 13)
            return false;
        const view = new DataView(head.buffer);
        const length = view.getBigUint64(0, true);
        if (length === 0n || length > 1n << 30n)
            return false;
        if (view.getUint32(8, true) !== maskedCrc32c(head, 0, 8))
            return false;
        return head[12] === 0x09; // field 1, wire type 1 (64-bit): wall_time
    }
    finally {
        await handle.close();
    }
}
/** Event files under `root` (or `root` itself when it is a file), sorted. */
async function findEventFiles(root) {
    const st = await (0,promises_.stat)(root);
    if (st.isFile())
        return [root];
    const out = [];
    const walk = async (dir) => {
        for (const e of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
            const p = external_node_path_default().join(dir, e.name);
            // .git and node_modules never hold training logs and can be huge.
            if (e.isDirectory()) {
                if (e.name !== '.git' && e.name !== 'node_modules')
                    await walk(p);
            }
            else if (e.isFile() && isEventFileName(e.name))
                out.push(p);
        }
    };
    await walk(root);
    return out.sort();
}
/** Reads the scalar series of one run (one or more event files of one folder, in order). */
async function readTensorboardRun(files, run) {
    const scalars = new Map();
    const otherTags = new Map();
    const plugins = new Map();
    for (const file of files) {
        const buf = new Uint8Array(await (0,promises_.readFile)(file));
        const records = readTfRecords(buf, file);
        records.forEach((data, index) => {
            let ev;
            try {
                ev = decodeEvent(data);
            }
            catch (e) {
                if (!(e instanceof ProtoError))
                    throw e;
                throw new errors/* InputError */.dz(`record ${index} is not a valid Event protobuf: ${e.message}`, {
                    location: { file },
                    hint: 'the file may not be a TensorBoard event file; remove it from the folder',
                });
            }
            for (const v of ev.values) {
                // The plugin is written only with a tag's first value; later values inherit it.
                if (!plugins.has(v.tag))
                    plugins.set(v.tag, { plugin: v.plugin ?? '', dataClass: v.dataClass ?? 0 });
                const meta = plugins.get(v.tag);
                let value;
                if (v.simple !== undefined)
                    value = v.simple;
                else if (v.tensor && (meta.plugin === 'scalars' || meta.dataClass === 1)) {
                    let x;
                    try {
                        x = tensorScalar(v.tensor);
                    }
                    catch (e) {
                        if (!(e instanceof ProtoError))
                            throw e;
                        x = `undecodable tensor (${e.message})`;
                    }
                    if (typeof x === 'number')
                        value = x;
                }
                if (value === undefined) {
                    if (!scalars.has(v.tag))
                        otherTags.set(v.tag, meta.plugin ? `plugin ${meta.plugin}` : 'not a scalar');
                    continue;
                }
                let series = scalars.get(v.tag);
                if (!series)
                    scalars.set(v.tag, (series = []));
                series.push({ step: ev.step, wallTime: ev.wallTime, value });
            }
        });
    }
    return { run, files, scalars, otherTags };
}
/** Picks one point of a series by the selection rule; undefined when `{step}` is absent. */
function selectScalar(series, select) {
    let best;
    for (const p of series) {
        if (typeof select === 'object') {
            if (p.step === select.step)
                best = p;
        }
        else if (select === 'last') {
            if (!best || p.step >= best.step)
                best = p;
        }
        else if (!Number.isNaN(p.value)) {
            if (!best || (select === 'min' ? p.value < best.value : p.value > best.value))
                best = p;
        }
    }
    return best;
}
async function importTensorboardMetrics(root, select = 'last') {
    const files = await findEventFiles(root).catch((e) => {
        throw new errors/* InputError */.dz(`cannot read TensorBoard logs: ${e.message}`, { location: { file: root }, cause: e });
    });
    if (files.length === 0) {
        throw new errors/* InputError */.dz('no TensorBoard event files (events.out.tfevents.*) found', {
            location: { file: root },
            hint: 'point at the log directory given to SummaryWriter / tf.summary.create_file_writer',
        });
    }
    const rootDir = (await (0,promises_.stat)(root)).isFile() ? external_node_path_default().dirname(root) : root;
    const byRun = new Map();
    for (const f of files) {
        const run = external_node_path_default().relative(rootDir, external_node_path_default().dirname(f)).split((external_node_path_default()).sep).join('/') || '.';
        byRun.set(run, [...(byRun.get(run) ?? []), f]);
    }
    const read = [];
    for (const [run, runFiles] of [...byRun.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        read.push(await readTensorboardRun(runFiles, run));
    // A Keras log dir's train/ and validation/ runs are one run by Keras's names (loss, val_loss).
    const keras = new Set(read.filter(isKerasRun).map((r) => r.run));
    const kerasParents = new Set([...keras].map((run) => run.replace(/(^|\/)(train|validation)$/, '') || '.'));
    const logicalRuns = read.length - keras.size + kerasParents.size;
    const prefixed = logicalRuns > 1;
    const metrics = Object.create(null); // user names as keys: "__proto__" must stay data
    const steps = Object.create(null); // user names as keys: "__proto__" must stay data
    const hparamMetrics = Object.create(null); // user names as keys
    const runs = [];
    const seenOther = [];
    let missingStep = 0;
    for (const r of read) {
        const run = r.run;
        let writer = null;
        let names;
        if (keras.has(run)) {
            writer = 'keras';
            names = kerasNames(r, prefixed);
        }
        else if (isLightningRun(r)) {
            writer = 'lightning';
            const { hpMetric } = applyLightning(r);
            if (hpMetric !== undefined)
                hparamMetrics[prefixed ? `${run}/hp_metric` : 'hp_metric'] = hpMetric;
        }
        for (const [tag, series] of r.scalars) {
            const p = selectScalar(series, select);
            if (!p) {
                missingStep++;
                continue;
            }
            const key = names?.get(tag) ?? (prefixed ? `${run}/${tag}` : tag);
            if (Object.hasOwn(metrics, key)) {
                throw new errors/* InputError */.dz(`two TensorBoard tags import as the same metric "${key}"`, { location: { file: root }, hint: 'point the importer at one run folder' });
            }
            metrics[key] = p.value;
            steps[key] = p.step;
        }
        for (const [tag, why] of r.otherTags)
            seenOther.push(`${prefixed ? `${run}/` : ''}${tag} (${why})`);
        runs.push({
            run,
            files: r.files.map((f) => external_node_path_default().relative(rootDir, f).split((external_node_path_default()).sep).join('/')),
            writer,
            tags: [...r.scalars.keys()],
            skippedTags: Object.fromEntries(r.otherTags),
        });
    }
    if (Object.keys(metrics).length === 0) {
        const held = seenOther.length > 0 ? `; found only ${seenOther.slice(0, 6).join(', ')}${seenOther.length > 6 ? ', …' : ''}` : '; they hold no summaries at all';
        const what = missingStep > 0 && typeof select === 'object'
            ? `no scalar tag has a value at step ${select.step}`
            : `no scalar metrics to import from ${files.length} event file(s)${held}`;
        throw new errors/* InputError */.dz(what, {
            location: { file: root },
            hint: missingStep > 0
                ? 'choose a step that was logged, or select last/min/max'
                : 'log metrics with SummaryWriter.add_scalar / tf.summary.scalar, or import the metrics file your run writes instead',
        });
    }
    return { metrics, steps, runs, select, hparamMetrics };
}
/** "last", "min", "max" or "step:N". */
function parseTensorboardSelect(value) {
    if (value === undefined || value === '')
        return undefined;
    if (value === 'last' || value === 'min' || value === 'max')
        return value;
    const m = /^step:(\d+)$/.exec(value);
    if (m)
        return { step: Number(m[1]) };
    throw new errors/* UsageError */.eb((o) => `${o.option('tensorboard-select')} must be last, min, max or step:N (got ${JSON.stringify(value)})`);
}


/***/ }),

/***/ 7222:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ splitList)
/* harmony export */ });
/** A comma- or newline-separated list (action inputs), trimmed, empty items dropped. */
function splitList(value) {
    return (value ?? '')
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}


/***/ })

};
