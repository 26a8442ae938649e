export const id = 813;
export const ids = [813];
export const modules = {

/***/ 6813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateData: () => (/* binding */ validateData)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts + 1 modules
var atomic_write = __webpack_require__(1985);
// EXTERNAL MODULE: ../../../../shared/data/profile-write.ts
var profile_write = __webpack_require__(446);
// EXTERNAL MODULE: ../../../../shared/data/contract.ts + 2 modules
var data_contract = __webpack_require__(6439);
// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
// EXTERNAL MODULE: ../../../../shared/data/values.ts
var data_values = __webpack_require__(4239);
// EXTERNAL MODULE: ../../../../shared/formats/profile-format.ts
var profile_format = __webpack_require__(3836);
;// CONCATENATED MODULE: ../../../../shared/data/share-upper-bound.ts
/**
 * How large a share can be, given that k of n sampled rows had it: the upper end of the Wilson score
 * interval (E. B. Wilson, 1927; method 3 of R. G. Newcombe, "Two-sided confidence intervals for the
 * single proportion", Statistics in Medicine 17, 1998, whose Table II the tests reproduce).
 *
 * Contract inference uses it for rules a sample can only suggest: "no missing values" seen in n rows
 * means the missing share is small, not zero (penguins has 2 missing beak lengths in 344 rows: a
 * random 70% misses both about one time in eleven). What the contract meets is not the true share
 * but the share in a fresh batch, which scatters around it too: batchShareBound bounds that (below).
 */
/** z of a one-sided 99.9% bound: a rule inferred from a sample cries wolf on fresh data about once in 1,000. */
const INFERENCE_Z = 3.090232306167813;
/** Upper end of the Wilson score interval for k successes in n trials (1 when n is 0). */
function wilsonUpperBound(k, n, z = INFERENCE_Z) {
    if (!(n > 0))
        return 1;
    if (!(k >= 0) || k > n)
        throw new RangeError(`wilsonUpperBound: k must be within [0, n], got k=${k}, n=${n}`);
    const p = k / n;
    const z2 = z * z;
    const centre = p + z2 / (2 * n);
    const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return Math.min(1, (centre + spread) / (1 + z2 / n));
}
/**
 * How large the share can be in a fresh batch at least half the sample's size: the batch share minus
 * the sample share has variance p(1-p)(1/n + 2/n), so this is Wilson's score bound with n/3 rows
 * (and k/3 of them), a prediction bound rather than a bound on p. The plain bound on p cries wolf:
 * over 70/30 splits of a 406-row table with 8 missing values it is exceeded in one split of 100;
 * this one in fewer than one of 100,000, and in about 2 of 1,000 at worst, for columns 30-45% missing
 * (exact hypergeometric sums: test/data/share-upper-bound.test.ts).
 */
function batchShareBound(k, n, z = INFERENCE_Z) {
    return wilsonUpperBound(k / 3, n / 3, z);
}
/**
 * The `mostly` that tolerates the share batchShareBound allows: 1 - bound, with the bound rounded up
 * to two significant digits so the contract reads `mostly: 0.962`, not 0.96176... (rounding up only
 * widens the tolerance). 0 when the bound is 1.
 */
function mostlyTolerating(k, n, z = INFERENCE_Z) {
    const bound = batchShareBound(k, n, z);
    if (bound >= 1)
        return 0;
    const decimals = Math.max(2, 1 - Math.floor(Math.log10(bound)));
    const scale = 10 ** decimals;
    const rounded = Math.ceil(bound * scale - 1e-9) / scale;
    return Math.max(0, Number((1 - rounded).toFixed(decimals)));
}

;// CONCATENATED MODULE: ../../../../shared/data/infer-contract.ts
/**
 * A starting contract from a profile, in the spirit of TFDV's infer_schema and pandera's
 * infer_schema, with one more duty: it must not cry wolf. The data it was inferred from always
 * passes it, and so does fresh data from the same source: inferred on a random 70% of penguins,
 * seattle-weather or cars, the other 30% gets no error in 20 seeded splits of each, while a type
 * error, a column going a quarter empty or a category outside the set still fails it
 * (bench/contract-inference.ts measures both; docs/contract.md, "Inferring a contract").
 *
 * The rule: a sample proves what it saw, and only suggests what it did not see.
 * - What it saw is an error. Every value parsed as the type, so `type` is strict: a value that does
 *   not parse breaks whoever reads the column next.
 * - What it did not see gets the tolerance the sample cannot rule out: "no missing values in n rows"
 *   and "only these categories in n values" become `mostly: 1 - u`, u the 99.9% bound of the share
 *   a fresh batch may show (Wilson; share-upper-bound.ts): 11% for 240 rows, 2.6% for 1,096. A
 *   column going a quarter empty fails; a single missing value is still reported as a finding, but
 *   a 240-row sample cannot tell it from the penguins' two missing beak lengths in 344 rows, so it
 *   does not fail the build.
 * - Ranges are where a value outside the sample is plausible (a new maximum in 30% of the splits of
 *   any column, by exchangeability): widened by `rangeMargin` (10%) of the observed range on each
 *   side, never across zero, with severity `warn`. Data from another city shows up as warnings.
 *
 * Per column:
 * - type: the profile's type, strict. Numbers are `number` unless the column is id-like: that every
 *   sampled value was whole does not make 97.5 wrong (cars' Displacement has one in 406). When some
 *   non-missing values do not parse (the profiler picks a type held by >= 90%), `mostly` tolerates
 *   the share the sample allows.
 * - nullable: `{ value: false, mostly }` with the tolerated missing share, or `true` when that share
 *   could be half the column or more (tiny samples, mostly-empty columns).
 * - min/max: the observed range widened, `severity: warn`; left out when the column holds NaN or
 *   ±inf (they would fail a range rule). Id-like columns get no max (new ids are larger).
 * - category + allowed: only a clearly categorical text column: its values known exactly, at most
 *   `maxCategories` (100, TFDV's max_string_domain_size) of them, each seen at least 5 times (by
 *   Good-Turing, values seen once or twice mean unseen ones are likely). Tolerance: u at k = 0.
 * - unique: only id-like columns whose values are all distinct (exact count): a name that says id
 *   (`id`, `user_id`, `uuid`, `key`), a dense integer or date sequence (at most twice as many slots
 *   as values: auto-increment ids, one row per day), or text codes of one length without spaces.
 * Table: every column required, unexpected columns are errors, at least one row.
 */





const TYPES = new Set(['integer', 'number', 'string', 'boolean', 'category', 'date', 'timestamp']);
/** A category must be seen this often for its column to count as clearly categorical. */
const MIN_CATEGORY_COUNT = 5;
/** Below this `mostly`, a rule says too little to be worth writing (the sample is too small). */
const MIN_USEFUL_MOSTLY = 0.5;
const DAY_MS = 86_400_000;
/** Column names that say "identifier": id, user_id, "Order ID", id_user, uuid, key (any case)... */
const ID_NAME = /(^|[_\s.-])(id|uuid|guid|key)$|^(id|uuid|guid|key)([_\s.-]|$)/i;
/** ...or in camel case: userId, orderID, sessionKey (case matters: "paid" and "valid" are not ids). */
const CAMEL_ID_NAME = /[a-z](Id|ID|Key|Uuid|UUID)$/;
/** Non-missing values that parse as `type`, from the profile's narrowest-type counts. */
function conforming(c, type) {
    const tc = c.type_counts;
    switch (type) {
        case 'integer':
            return tc.integer;
        case 'number':
            return tc.integer + tc.number;
        case 'boolean':
            // 1/0 count as integers in the profile but parse as booleans; without per-value detail, only
            // the boolean words are sure.
            return tc.boolean;
        case 'date':
            return tc.date;
        case 'timestamp':
            return tc.date + tc.timestamp;
        default:
            return c.count;
    }
}
/** Every distinct value with its count, when the profile knows them exactly. */
function exactValues(c) {
    return c.frequent_exact ? c.sketches.frequent.items : undefined;
}
/** All non-missing values distinct, by an exact count (a HyperLogLog estimate never claims it). */
function allDistinct(c) {
    return (c.distinct.exact || c.frequent_exact) && c.count > 1 && c.distinct.estimate === c.count;
}
/**
 * Whether a column whose values are all distinct is an identifier, so that a repeat in fresh data
 * is a defect rather than chance: the name says so, or the values are a dense sequence (integers or
 * days filling at least half the slots between min and max), or fixed-length text without spaces.
 */
function idLike(name, c, type) {
    if (!allDistinct(c))
        return false;
    if (ID_NAME.test(name) || CAMEL_ID_NAME.test(name))
        return true;
    if (type === 'integer' && typeof c.min === 'number' && typeof c.max === 'number')
        return c.max - c.min + 1 <= 2 * c.count;
    if (type === 'date' && typeof c.min === 'string' && typeof c.max === 'string') {
        const lo = (0,data_values/* parseIsoTimestamp */.RJ)(c.min, true);
        const hi = (0,data_values/* parseIsoTimestamp */.RJ)(c.max, true);
        return lo !== undefined && hi !== undefined && (hi - lo) / DAY_MS + 1 <= 2 * c.count;
    }
    if (type === 'string') {
        const values = exactValues(c);
        return values !== undefined && c.length !== null && c.length.min === c.length.max && c.length.min > 0 && values.every(([v]) => !/\s/u.test(v));
    }
    return false;
}
/** Rounds x to `step` in direction `dir`, without binary noise (0.30000000000000004). */
function roundTo(x, step, dir) {
    const decimals = Math.max(0, -Math.floor(Math.log10(step)));
    const r = (dir === 'down' ? Math.floor(x / step + 1e-9) : Math.ceil(x / step - 1e-9)) * step;
    return Number(r.toFixed(decimals));
}
/**
 * [lo, hi] widened by `fraction` of its span on each side, rounded outward to the margin's leading
 * digit so bounds read 60, not 59.51 (54.1 + 5.41), and never across zero: a column that was never
 * negative (amounts, counts, durations) does not get a negative bound.
 */
function widenedRange(lo, hi, fraction, options = {}) {
    const margin = hi > lo ? (hi - lo) * fraction : (options.constantMargin ?? Math.abs(lo) * fraction);
    if (!(margin > 0))
        return [lo, hi];
    const unit = options.step ?? 10 ** Math.floor(Math.log10(margin));
    let min = roundTo(lo - margin, unit, 'down');
    let max = roundTo(hi + margin, unit, 'up');
    if (options.keepSign !== false) {
        if (lo >= 0 && min < 0)
            min = 0;
        if (hi <= 0 && max > 0)
            max = 0;
    }
    return [Math.min(min, lo), Math.max(max, hi)];
}
function inferColumn(name, c, options) {
    let type = TYPES.has(c.type) ? c.type : 'string';
    const out = {};
    const values = exactValues(c);
    // Numbers are keyed by value in the profile ("1.0" shows as "1"), so only all-text columns give exact text values.
    const allText = c.type_counts.integer + c.type_counts.number === 0;
    const categorical = (type === 'string' || type === 'category') &&
        values !== undefined &&
        allText &&
        values.length > 0 &&
        values.length <= options.maxCategories &&
        values.every(([, n]) => n >= MIN_CATEGORY_COUNT);
    if (categorical)
        type = 'category';
    else if (type === 'category')
        type = 'string';
    const id = idLike(name, c, type);
    if (type === 'integer' && !id)
        type = 'number';
    const ok = conforming(c, type);
    if (c.count > 0 && ok < c.count) {
        const mostly = mostlyTolerating(c.count - ok, c.count);
        // A type almost nothing parses as is not worth a rule: fall back to text.
        if (mostly >= MIN_USEFUL_MOSTLY)
            out.type = { value: type, mostly };
        else
            type = 'string';
    }
    out.type ??= type;
    const present = mostlyTolerating(c.nulls, c.count + c.nulls);
    out.nullable = present >= MIN_USEFUL_MOSTLY ? { value: false, mostly: present } : true;
    let range;
    if ((type === 'integer' || type === 'number') && c.nan === 0 && c.inf === 0 && typeof c.min === 'number' && typeof c.max === 'number') {
        range = widenedRange(c.min, c.max, options.rangeMargin, type === 'integer' ? { step: 1 } : {});
    }
    else if ((type === 'date' || type === 'timestamp') && typeof c.min === 'string' && typeof c.max === 'string') {
        const lo = (0,data_values/* parseIsoTimestamp */.RJ)(c.min);
        const hi = (0,data_values/* parseIsoTimestamp */.RJ)(c.max);
        if (lo !== undefined && hi !== undefined) {
            // Whole days: a date bound must be a date, and a day is a fine enough margin for timestamps.
            // 1970-01-01 is not a floor (cars' model years start there), and one date gets a day each side.
            const [min, max] = widenedRange(lo, hi, options.rangeMargin, { step: DAY_MS, constantMargin: DAY_MS, keepSign: false });
            range = [(0,data_values/* formatTimestamp */.Ey)(min, type), (0,data_values/* formatTimestamp */.Ey)(max, type)];
        }
    }
    if (range) {
        out.min = { value: range[0], severity: 'warn' };
        if (!id)
            out.max = { value: range[1], severity: 'warn' };
    }
    if (categorical && values) {
        const allowed = values.map(([v]) => v).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        // Every category was seen >= MIN_CATEGORY_COUNT times, so none was seen once: Good-Turing puts
        // the share of unseen values near 0, and the tolerance is its upper bound at k = 0.
        out.allowed = { value: allowed, mostly: mostlyTolerating(0, c.count) };
    }
    if (id && (type === 'integer' || type === 'string' || type === 'date') && ok === c.count)
        out.unique = true;
    return out;
}
/** A contract the profiled data passes, and fresh data from the same source too, for a person to review and tighten. */
function inferContract(profile, options = {}) {
    const resolved = { maxCategories: options.maxCategories ?? 100, rangeMargin: options.rangeMargin ?? 0.1 };
    const columns = {};
    for (const name of profile.column_order) {
        const c = profile.columns[name];
        if (c)
            columns[name] = inferColumn(name, c, resolved);
    }
    return {
        version: data_contract/* CONTRACT_VERSION */.Kw,
        table: { unexpected_columns: 'error', rows: { min: profile.rows > 0 ? 1 : 0 } },
        columns,
    };
}
const RULE_KEYS = new Set(['value', 'mostly', 'severity']);
/**
 * The contract as YAML, keys in the documented order, short lists (allowed values, column lists)
 * and rules' long forms in flow style, and `header` as a leading comment (one `#` per line).
 */
function contractToYaml(contract, header) {
    const doc = new dist/* Document */.yo(contract);
    if (header)
        doc.commentBefore = header.split('\n').map((l) => ` ${l}`).join('\n');
    const flowLists = (node) => {
        // Quote ISO dates: YAML 1.1 readers (PyYAML) would otherwise load them as dates, not text.
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(node.value))
            node.type = dist/* Scalar */.X5.QUOTE_DOUBLE;
        else if ((0,dist/* isMap */.jh)(node)) {
            const map = node;
            // A rule's long form on one line, as docs/contract.md writes it: `max: {value: 60, severity: warn}`
            // (not a column that happens to be named "value": its entry is a mapping).
            const isRule = map.items.length > 0 && map.items.every((i) => (0,dist/* isScalar */.jn)(i.key) && RULE_KEYS.has(String(i.key.value)) && !(0,dist/* isMap */.jh)(i.value));
            if (isRule)
                map.flow = true;
            for (const item of map.items)
                flowLists(item.value);
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            if (node.items.every((i) => !(0,dist/* isMap */.jh)(i) && !(0,dist/* isSeq */.oP)(i)))
                node.flow = true;
            else
                for (const i of node.items)
                    flowLists(i);
        }
    };
    flowLists(doc.contents);
    return doc.toString({ lineWidth: 100, flowCollectionPadding: false });
}

// EXTERNAL MODULE: ../../../../shared/data/open-table.ts + 1 modules
var open_table = __webpack_require__(9712);
// EXTERNAL MODULE: ../../../../shared/data/profile.ts + 1 modules
var profile = __webpack_require__(5894);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/data/scan-table.ts
var scan_table = __webpack_require__(3473);
// EXTERNAL MODULE: ../../../../shared/data/validate-data-shards.ts + 1 modules
var validate_data_shards = __webpack_require__(7487);
// EXTERNAL MODULE: ../../../../shared/data/shard-workers.ts + 1 modules
var shard_workers = __webpack_require__(270);
// EXTERNAL MODULE: ../../../../shared/formats/validation-format.ts
var validation_format = __webpack_require__(2878);
// EXTERNAL MODULE: ../../../../shared/data/file-list.ts
var file_list = __webpack_require__(9236);
;// CONCATENATED MODULE: ../../../../shared/steps/validate-data.ts
/**
 * The validate-data operation: stream a table once, profile it and check it against a contract.
 * One function, three faces (the action, `mlops validate`, the tests).
 *
 * The contract is loaded before any data is read, so a broken contract fails in milliseconds. The
 * profile and the report are written only after the whole file has been read (each atomically), so
 * malformed data never leaves half-written output behind.
 *
 * Large files are split into shards read by worker threads on all cores and merged into the same
 * report and profile (validate-data-shards.ts); the sequential loop below is the reference, and the
 * fallback whenever a sharded run cannot prove it matches.
 */















async function validateData(options) {
    // A large CSV's shard workers load while the contract and the header are read (shard-workers.ts;
    // the CLI starts them even before it loads this step).
    if (options.parallel === undefined)
        (0,shard_workers/* warmShardWorkers */.V5)(options.data, options.format);
    try {
        return await validateOneOrMany(options);
    }
    finally {
        (0,shard_workers/* releaseShardWorkers */.Rk)();
    }
}
async function validateOneOrMany(options) {
    const contract = options.contract === undefined ? undefined : await (0,data_contract/* loadContract */.lF)(options.contract);
    const files = await (0,file_list/* expandFileList */.N)(options.data);
    if (files.length > 1)
        return writeOutputs(options, await validateFileList(options, contract, files));
    const data = files[0];
    // scanTable is done with each batch when it asks for the next (reuseBuffers).
    const reader = await (0,open_table/* openTable */.R)(data, { delimiter: options.delimiter, format: options.format, reuseBuffers: true });
    const columns = await reader.columns();
    // Said here with the file and its header line; the profiler refuses the name too (a JSON Lines
    // key first seen further down), but without knowing where.
    if (columns.includes(profile/* RESERVED_COLUMN */.IZ)) {
        throw new errors/* InputError */.dz(`a column named "${profile/* RESERVED_COLUMN */.IZ}" cannot be profiled (JavaScript reserves the name for an object's prototype, so the profile could not keep it)`, {
            location: reader.hasLines ? { file: data, line: 1 } : { file: data },
            hint: 'rename the column',
        });
    }
    const shardInput = { file: data, format: reader.format, delimiter: options.delimiter, columns, contract, contractFile: options.contract, parallel: options.parallel };
    const tasks = await (0,validate_data_shards/* planShards */.tF)(shardInput);
    if (tasks) {
        const run = await (0,validate_data_shards/* runShards */.TS)(tasks, { ...shardInput, hasLines: reader.hasLines });
        const sharding = { shards: run.shards, ...('fallback' in run ? { fallback: run.fallback } : {}) };
        if ('merged' in run)
            return writeOutputs(options, { report: run.merged.report, profile: run.merged.profile, sharding });
        return writeOutputs(options, { ...(await validateSequentially(data, options, contract, reader, columns)), sharding });
    }
    return writeOutputs(options, await validateSequentially(data, options, contract, reader, columns));
}
/** The reference: one pass, in this thread. */
async function validateSequentially(data, options, contract, reader, columns) {
    const { profile, validator, rows } = await (0,scan_table/* scanTable */.S)(reader, { file: data, columns, contract, contractFile: options.contract });
    const report = validator?.finish() ??
        (0,validation_format/* reportWithoutContract */.ZX)({ file: data, format: reader.format, rows, line_kind: reader.hasLines ? 'line' : 'row' });
    return { report, profile };
}
/**
 * Several files as one table: each file read whole, in list order, and merged as the fan-in of a
 * sharded validation merges its shards (one shard of all files), so a file list gives the same
 * report and profile whether one job reads it or a matrix of jobs does.
 */
async function validateFileList(options, contract, files) {
    // Unique rules' keys go through files, as a shard's do; these live only as long as this run.
    // Loaded on demand: a single file (the common case, and the action's cold start) never needs them.
    const { scanShard } = await __webpack_require__.e(/* import() */ 309).then(__webpack_require__.bind(__webpack_require__, 6309));
    const { mergeShardProfiles } = await __webpack_require__.e(/* import() */ 164).then(__webpack_require__.bind(__webpack_require__, 3164));
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlops-file-list-'));
    try {
        const keyFile = (part) => ({ path: (0,external_node_path_.join)(dir, `keys-${part}.jsonl.gz`), name: `keys-${part}.jsonl.gz` });
        const shard = await scanShard({ data: options.data, files, shard: { index: 1, count: 1 }, contract, contractFile: options.contract, delimiter: options.delimiter, format: options.format, keyFile });
        const { report, profile } = await mergeShardProfiles([{ file: options.data, profile: shard, dir }], contract && options.contract ? { contract, file: options.contract } : undefined);
        return { report, profile };
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
async function writeOutputs(options, result) {
    const { profile, report } = result;
    if (options.profileOut) {
        await (0,profile_write/* writeProfileFile */.z_)(options.profileOut, profile);
        result.profilePath = options.profileOut;
    }
    if (options.reportOut) {
        await (0,atomic_write/* writeJsonAtomic */.ZJ)(options.reportOut, report);
        result.reportPath = options.reportOut;
    }
    if (options.inferContractOut) {
        const header = [
            `Data contract inferred by \`mlops validate --infer-contract\` from ${(0,external_node_path_.basename)(options.data)} (${profile.rows} rows).`,
            'Review it: ranges are this sample\'s, widened by 10% (warnings); missing values and categories',
            'get the tolerance the sample allows (docs/contract.md, "Inferring a contract"). Tighten what you know.',
        ].join('\n');
        await (0,atomic_write/* writeFileAtomic */.Zf)(options.inferContractOut, contractToYaml(inferContract(profile), header));
        result.inferredContractPath = options.inferContractOut;
    }
    return result;
}


/***/ })

};
