export const id = 3473;
export const ids = [3473];
export const modules = {

/***/ 8664:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ PatternSyntaxError),
/* harmony export */   g: () => (/* binding */ compileContractPattern)
/* harmony export */ });
/* harmony import */ var _re2_load_cjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8192);
/**
 * A contract's `pattern` rule, matched in time linear in the value's length whatever the pattern.
 *
 * Why RE2 (re2js, its JavaScript port): a contract is user input, and JavaScript's backtracking
 * engine takes exponential time on patterns such as `(a+)+$` (28 a's and a "b": 18.7 s; 40: never).
 * RE2 has no backreferences and no lookaround, which is what lets it promise linear time; a pattern
 * using them is rejected when the contract is loaded (loadContract reports it at its line:col).
 *
 * Why a second engine for some patterns: re2js costs ~1 µs a test on a 3-letter value, ~10x
 * JavaScript's RegExp (measured, 1M values: `^[A-Z]{3}$` 940 ms vs 85 ms). The validator tests each
 * distinct value of a batch, so a high-cardinality column with a pattern would pay that per row.
 * Patterns of the common shape, an optionally anchored sequence of single-character atoms with
 * quantifiers (`^[A-Z]{3}$`, `^C\d{4}$`, `^[a-z_]+$`), run on RegExp when backtracking provably
 * stays linear: anchored at the start with at most one unbounded quantifier (`+`, `*`, `{n,}`), or unanchored with none; and the bounded quantifiers' choices
 * multiply to at most FAST_CHOICES, so RegExp explores at most FAST_CHOICES × (n + 1) paths. Those
 * atoms (ASCII literals, classes of ASCII literals and ranges, \d \D \w \W) mean the same in both
 * engines (test/data/contract-pattern.test.ts compares them on generated values). Long values
 * (> FAST_MAX_LENGTH characters) always go to RE2.
 *
 * re2js is loaded when the first pattern needs it (re2-load.cjs says why), so a validator without
 * pattern rules never evaluates it. A fast-path pattern needs RE2 only for a long value: its RE2 is
 * compiled then, not when the contract is loaded, because the recogniser's subset is one RE2 always
 * compiles once each repeat count is within RE2's 1000 and the pattern's size is bounded
 * (DEFER_MAX_LENGTH; test/data/contract-pattern.test.ts checks it on generated patterns). Evaluating
 * re2js costs ~15-20 ms of CPU, a third of loading a contract such as `^[A-Z]{3}$` (issue 18).
 * Compiled patterns are kept by source: the contract's check and the validator compile each once.
 */

/** Most backtracking paths the RegExp fast path may explore per start position (see above). */
const FAST_CHOICES = 64;
/** Values longer than this always go to RE2 (a bound on the fast path's worst case). */
const FAST_MAX_LENGTH = 1024;
/**
 * Longest fast-path pattern whose RE2 is compiled on its first long value rather than at once. With
 * at most 1000 per repeat count (RE2's limit, checked by the recogniser), a pattern of n atoms is at
 * most ~2,000n of RE2's size units, far under its "expression too large" (1,398,101) at n ≤ 256.
 */
const DEFER_MAX_LENGTH = 256;
/** RE2's limit on a repeat count (`{n}`, `{n,m}`); larger is a syntax error. */
const RE2_MAX_REPEAT = 1000;
/** Thrown for a pattern RE2 cannot compile; the message says why, without the "error parsing" prefix. */
class PatternSyntaxError extends Error {
}
/**
 * Compiled patterns by source: a pattern is immutable once compiled, and a contract has a few. At most
 * COMPILED_KEPT, so a long-lived process reading many contracts (a fuzzer) does not keep them all.
 */
const compiled = new Map();
const COMPILED_KEPT = 256;
/** Compiles a contract pattern with RE2 syntax. Throws PatternSyntaxError. */
function compileContractPattern(source) {
    let pattern = compiled.get(source);
    if (pattern === undefined) {
        pattern = compile(source);
        if (compiled.size >= COMPILED_KEPT)
            compiled.clear();
        compiled.set(source, pattern);
    }
    return pattern;
}
function compile(source) {
    const fast = fastRegExp(source);
    if (fast?.deferRe2) {
        const js = fast.regExp;
        let re2;
        return { source, fast: true, test: (text) => (text.length <= FAST_MAX_LENGTH ? js.test(text) : (re2 ??= compileRe2(source)).test(text)) };
    }
    const re2 = compileRe2(source);
    if (!fast)
        return { source, fast: false, test: (text) => re2.test(text) };
    const js = fast.regExp;
    return { source, fast: true, test: (text) => (text.length <= FAST_MAX_LENGTH ? js.test(text) : re2.test(text)) };
}
function compileRe2(source) {
    // Outside the try: a failure to load re2js is our bug, not the pattern's.
    const RE2JS = (0,_re2_load_cjs__WEBPACK_IMPORTED_MODULE_0__/* .loadRe2 */ .o)();
    try {
        return RE2JS.compile(source);
    }
    catch (e) {
        throw new PatternSyntaxError(String(e.message).replace(/^error parsing regexp: /, ''));
    }
}
/** ASCII characters that are literal outside a class: printable, not a metacharacter. */
const isPlainLiteral = (ch) => /^[ -~]$/.test(ch) && !'\\^$.|?*+()[]{}'.includes(ch);
/** ASCII punctuation that may be escaped to mean itself in both engines. */
const isEscapablePunct = (ch) => '\\^$.|?*+()[]{}-/'.includes(ch);
/**
 * The pattern as a RegExp when it is in the fast subset (see the file comment), else undefined;
 * `deferRe2` when RE2 surely compiles it too (short, repeat counts within RE2's limit).
 * A small recogniser, not a parser of either syntax: anything it does not know goes to RE2.
 */
function fastRegExp(source) {
    let i = 0;
    const n = source.length;
    const anchored = source.startsWith('^');
    if (anchored)
        i = 1;
    let end = n;
    if (end > i && source[end - 1] === '$' && source[end - 2] !== '\\')
        end--;
    let unbounded = 0;
    let choices = 1;
    let largestCount = 0;
    while (i < end) {
        // One atom.
        const ch = source[i];
        if (ch === '\\') {
            const e = source[i + 1];
            if (e === undefined || !('dDwW'.includes(e) || isEscapablePunct(e)))
                return undefined;
            i += 2;
        }
        else if (ch === '[') {
            const close = classEnd(source, i + 1, end);
            if (close < 0)
                return undefined;
            i = close + 1;
        }
        else if (isPlainLiteral(ch))
            i++;
        else
            return undefined;
        // Its quantifier, if any.
        const q = source[i];
        let min = 1;
        let max = 1;
        if (q === '?')
            [min, max, i] = [0, 1, i + 1];
        else if (q === '*')
            [min, max, i] = [0, Infinity, i + 1];
        else if (q === '+')
            [min, max, i] = [1, Infinity, i + 1];
        else if (q === '{') {
            const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(source.slice(i, end));
            if (!m)
                return undefined;
            min = Number(m[1]);
            max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
            largestCount = Math.max(largestCount, min, max === Infinity ? 0 : max);
            i += m[0].length;
        }
        if (i < end && '?+*{'.includes(source[i]))
            return undefined; // lazy or stacked quantifiers
        if (max === Infinity)
            unbounded++;
        else
            choices *= max - min + 1;
    }
    if (unbounded > (anchored ? 1 : 0) || choices > FAST_CHOICES)
        return undefined;
    try {
        return { regExp: new RegExp(source, 'u'), deferRe2: source.length <= DEFER_MAX_LENGTH && largestCount <= RE2_MAX_REPEAT };
    }
    catch {
        return undefined; // valid RE2 that RegExp reads differently or not at all: RE2 only
    }
}
/** Index of the `]` closing a class of ASCII literals, ranges and \d \w escapes that starts at `from`; -1 when not that. */
function classEnd(source, from, end) {
    let i = from;
    if (source[i] === '^')
        i++;
    const first = i;
    while (i < end) {
        const ch = source[i];
        if (ch === ']' && i > first)
            return i;
        if (ch === '\\') {
            const e = source[i + 1];
            if (e === undefined || !('dw'.includes(e) || isEscapablePunct(e)))
                return -1;
            i += 2;
            continue;
        }
        if (ch === '[' || ch === ']' || !/^[ -~]$/.test(ch))
            return -1;
        // A range a-b of printable ASCII (a '-' first or last is literal).
        if (source[i + 1] === '-' && source[i + 2] !== undefined && source[i + 2] !== ']') {
            const hi = source[i + 2];
            if (hi === '\\' || hi === '[' || !/^[ -~]$/.test(hi) || hi < ch)
                return -1;
            i += 3;
            continue;
        }
        i++;
    }
    return -1;
}


/***/ }),

/***/ 8713:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HM: () => (/* binding */ parseContractTime),
/* harmony export */   Hk: () => (/* binding */ contractValueKey),
/* harmony export */   YE: () => (/* binding */ normalizeRule),
/* harmony export */   oq: () => (/* binding */ normalizeCompoundUnique),
/* harmony export */   vq: () => (/* reexport safe */ _runtime_key_path_js__WEBPACK_IMPORTED_MODULE_1__.K),
/* harmony export */   zV: () => (/* binding */ valueKey)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4239);
/* harmony import */ var _runtime_key_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1234);


// Findings name the contract key that made the rule (`columns.age.min`).

function normalizeRule(r) {
    if (r !== null && typeof r === 'object' && !Array.isArray(r) && 'value' in r) {
        return { value: r.value, mostly: 'mostly' in r && r.mostly !== undefined ? r.mostly : 1, severity: r.severity ?? 'error' };
    }
    return { value: r, mostly: 1, severity: 'error' };
}
/** Normalizes a compound-unique entry: `[a, b]` or `{ columns: [a, b], mostly?, severity? }`. */
function normalizeCompoundUnique(u) {
    if (Array.isArray(u))
        return { value: u, mostly: 1, severity: 'error' };
    return { value: u.columns, mostly: u.mostly ?? 1, severity: u.severity ?? 'error' };
}
/** Parses a date/timestamp bound written in the contract (ISO 8601 text) to epoch ms. */
function parseContractTime(value) {
    if (typeof value !== 'string')
        return undefined;
    return (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseIsoTimestamp */ .RJ)(value, false);
}
/**
 * The key a value is compared by for `allowed` and `unique`: numbers for integer/number columns,
 * epoch ms for date/timestamp, booleans for boolean, the text itself for string/category. So
 * `allowed: [1, 2]` matches the CSV cell "1.0" in a number column, and "2024-01-01" equals
 * "2024-01-01T00:00:00Z" in a timestamp column. Undefined when the value is not of the type.
 */
function valueKey(v, type, pattern) {
    switch (type) {
        case 'integer':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .toInteger */ .yJ)(v);
        case 'number':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .toNumber */ .Ro)(v);
        case 'boolean':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .toBoolean */ .G4)(v);
        case 'date':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .toTimestamp */ .C)(v, pattern, !pattern);
        case 'timestamp':
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .toTimestamp */ .C)(v, pattern);
        default:
            return (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .toText */ .fE)(v);
    }
}
/** valueKey for a value written in the contract (dates as ISO text, whatever the column format). */
function contractValueKey(v, type) {
    if (type === 'date' || type === 'timestamp')
        return parseContractTime(v);
    return valueKey(v, type);
}


/***/ }),

/***/ 2403:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EB: () => (/* binding */ sampleText),
/* harmony export */   F0: () => (/* binding */ Tally),
/* harmony export */   xs: () => (/* binding */ MAX_SAMPLES),
/* harmony export */   yl: () => (/* binding */ firstSeen)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4239);

const MAX_SAMPLES = 10;
const SAMPLE_MAX_CHARS = 200;
function sampleText(v) {
    if (v === null || v === undefined)
        return null;
    const s = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .toText */ .fE)(v);
    return s.length > SAMPLE_MAX_CHARS ? `${s.slice(0, SAMPLE_MAX_CHARS)}…` : s;
}
/** Failures of one rule: an exact count and the first MAX_SAMPLES rows. */
class Tally {
    failed = 0;
    samples = [];
    fail(line, v) {
        if (++this.failed <= MAX_SAMPLES)
            this.samples.push({ line, value: sampleText(v) });
    }
    state() {
        return { failed: this.failed, samples: this.samples.slice() };
    }
    /** Appends a later part of the file (or, with `file`, a later file of a file list). */
    merge(s, lineOffset, file) {
        this.failed += s.failed;
        for (const x of s.samples) {
            if (this.samples.length >= MAX_SAMPLES)
                break;
            const at = file ?? x.file;
            this.samples.push(at === undefined ? { line: x.line + lineOffset, value: x.value } : { line: x.line + lineOffset, value: x.value, file: at });
        }
    }
}
/** "line 12", or with several files "b.csv:12" ("b.parquet row 12"). */
function firstSeen(line, lineWord, locate) {
    if (line === undefined)
        return `${lineWord} ?`;
    if (!locate)
        return `${lineWord} ${line}`;
    const at = locate(line);
    return lineWord === 'line' ? `${at.file}:${at.line}` : `${at.file} row ${at.line}`;
}


/***/ }),

/***/ 3473:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ scanTable),
/* harmony export */   r: () => (/* binding */ profilerTyping)
/* harmony export */ });
/* harmony import */ var _batch_dictionary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7006);
/* harmony import */ var _contract_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8713);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5894);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6589);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2403);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4239);
/**
 * One pass over a table: profile it and, with a contract, check it. The sequential validate-data
 * run and every shard worker run exactly this, so a sharded result can only differ from the
 * sequential one in how the per-shard results are merged.
 */






/** What the contract declares that the profiler needs to type columns the same way the validator does. */
function profilerTyping(contract) {
    const types = {};
    const timestampFormats = {};
    for (const [name, column] of Object.entries(contract?.columns ?? {})) {
        if (column.type !== undefined)
            types[name] = (0,_contract_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRule */ .YE)(column.type).value;
        if (column.format !== undefined)
            timestampFormats[name] = column.format;
    }
    const nullValues = contract?.table?.null_values;
    return { types, timestampFormats, nullTokens: nullValues ? new _values_js__WEBPACK_IMPORTED_MODULE_5__/* .NullTokens */ .Sj(nullValues) : undefined };
}
async function scanTable(reader, options) {
    const profiler = (0,_profile_js__WEBPACK_IMPORTED_MODULE_2__/* .createProfiler */ .pC)({ columns: options.columns, ...profilerTyping(options.contract) });
    const validator = options.contract
        ? (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .createValidator */ .fH)(options.contract, { file: options.file, columns: options.columns, hasLines: reader.hasLines, format: reader.format, contractFile: options.contractFile, uniqueKeys: options.uniqueKeys })
        : undefined;
    let rows = 0;
    // One encoding of each batch column serves both the profiler and the validator.
    const dictionaries = new _batch_dictionary_js__WEBPACK_IMPORTED_MODULE_0__/* .BatchDictionaries */ .l();
    for await (const batch of reader.batches()) {
        profiler.add(batch, dictionaries);
        validator?.add(batch, dictionaries);
        rows += batch.length;
    }
    dictionaries.release();
    return { profile: profiler.finish({ file: options.file, format: reader.format }), validator, rows };
}


/***/ }),

/***/ 6589:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sO: () => (/* binding */ canMergeShards),
  fH: () => (/* binding */ createValidator),
  ID: () => (/* binding */ uniqueRuleNames)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/data/batch-dictionary.ts
var batch_dictionary = __webpack_require__(7006);
// EXTERNAL MODULE: ../../../../shared/data/values.ts
var data_values = __webpack_require__(4239);
// EXTERNAL MODULE: ../../../../shared/data/contract-rules.ts
var contract_rules = __webpack_require__(8713);
// EXTERNAL MODULE: ../../../../shared/formats/validation-values.ts
var validation_values = __webpack_require__(9475);
// EXTERNAL MODULE: ../../../../shared/data/column-dictionary.ts
var column_dictionary = __webpack_require__(812);
// EXTERNAL MODULE: ../../../../shared/data/contract-pattern.ts
var contract_pattern = __webpack_require__(8664);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../../../../shared/data/findings.ts
var data_findings = __webpack_require__(2403);
;// CONCATENATED MODULE: ../../../../shared/data/duplicate-counter.ts
/**
 * Exact duplicate detection with bounded memory, for the contract's `unique` rules: keys are counted
 * in memory up to a limit, then hashed into partitions spilled to disk and counted one partition at
 * a time, so a key seen twice is found however many distinct keys the file holds.
 */



function keyText(k) {
    return typeof k === 'string' ? k : String(k);
}
/** FNV-1a over UTF-16 code units. */
function hashText(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
const PARTITIONS = 64;
/** A shard's stand-in for DuplicateCounter: hands every key to the recorder, counts nothing. */
class KeyForwarder {
    recorder;
    rule;
    failed = 0;
    samples = [];
    constructor(recorder, rule) {
        this.recorder = recorder;
        this.rule = rule;
    }
    add(key, line, display) {
        this.recorder.record(this.rule, key, line, (0,data_findings/* sampleText */.EB)(display));
    }
    finish() { }
}
class DuplicateCounter {
    limit;
    tmpRoot;
    failed = 0;
    /** First duplicates in file order: [line, value text, first line]. */
    samples = [];
    seen = new Map();
    dir;
    fds = [];
    buffers = [];
    bufferedChars = [];
    constructor(limit, tmpRoot) {
        this.limit = limit;
        this.tmpRoot = tmpRoot;
    }
    /** `display` is the cell shown in samples. */
    add(key, line, display) {
        if (this.dir !== undefined) {
            this.write(key, `N\t${line}\t`);
            return;
        }
        const first = this.seen.get(key);
        if (first === undefined) {
            this.seen.set(key, line);
            if (this.seen.size > this.limit)
                this.spill();
            return;
        }
        if (first > 0) {
            this.failed += 2;
            this.seen.set(key, -first);
        }
        else
            this.failed += 1;
        if (this.samples.length < data_findings/* MAX_SAMPLES */.xs)
            this.samples.push({ line, value: (0,data_findings/* sampleText */.EB)(display), first: Math.abs(first) });
    }
    spill() {
        this.dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(this.tmpRoot, 'mlops-unique-'));
        for (let p = 0; p < PARTITIONS; p++) {
            this.fds.push((0,external_node_fs_.openSync)((0,external_node_path_.join)(this.dir, `p${p}`), 'w'));
            this.buffers.push([]);
            this.bufferedChars.push(0);
        }
        for (const [key, first] of this.seen)
            this.write(key, first > 0 ? `S\t${first}\t` : `D\t${-first}\t`);
        this.seen = new Map();
    }
    write(key, prefix) {
        const text = keyText(key);
        const p = hashText(text) % PARTITIONS;
        const rec = `${prefix}${JSON.stringify(text)}\n`;
        this.buffers[p].push(rec);
        this.bufferedChars[p] += rec.length;
        if (this.bufferedChars[p] > 1 << 16)
            this.flush(p);
    }
    flush(p) {
        if (this.buffers[p].length === 0)
            return;
        (0,external_node_fs_.writeSync)(this.fds[p], this.buffers[p].join(''));
        this.buffers[p] = [];
        this.bufferedChars[p] = 0;
    }
    /** Completes the count (reads the partitions back when spilled) and removes temp files. */
    finish() {
        if (this.dir === undefined) {
            this.seen.clear();
            return;
        }
        try {
            const extra = [];
            for (let p = 0; p < PARTITIONS; p++) {
                this.flush(p);
                (0,external_node_fs_.closeSync)(this.fds[p]);
                const text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.dir, `p${p}`), 'utf8');
                // key -> [kind of the pre-spill record or '', first line, rows after the spill]
                const groups = new Map();
                let start = 0;
                while (start < text.length) {
                    const end = text.indexOf('\n', start);
                    const t1 = text.indexOf('\t', start);
                    const t2 = text.indexOf('\t', t1 + 1);
                    const kind = text[start];
                    const line = Number(text.slice(t1 + 1, t2));
                    const key = JSON.parse(text.slice(t2 + 1, end));
                    start = end + 1;
                    let g = groups.get(key);
                    if (!g)
                        groups.set(key, (g = { pre: '', first: Infinity, after: [] }));
                    if (kind === 'N')
                        g.after.push(line);
                    else {
                        g.pre = kind;
                        g.first = line;
                    }
                }
                for (const [key, g] of groups) {
                    if (g.after.length === 0)
                        continue;
                    let dups;
                    if (g.pre === 'D') {
                        this.failed += g.after.length;
                        dups = g.after;
                    }
                    else if (g.pre === 'S') {
                        this.failed += g.after.length + 1;
                        dups = g.after;
                    }
                    else {
                        if (g.after.length < 2)
                            continue;
                        this.failed += g.after.length;
                        g.first = g.after[0];
                        dups = g.after.slice(1);
                    }
                    for (const line of dups) {
                        extra.push({ line, value: (0,data_findings/* sampleText */.EB)(key), first: g.first });
                        if (extra.length > 4 * data_findings/* MAX_SAMPLES */.xs) {
                            extra.sort((a, b) => a.line - b.line);
                            extra.length = data_findings/* MAX_SAMPLES */.xs;
                        }
                    }
                }
            }
            extra.sort((a, b) => a.line - b.line);
            for (const s of extra) {
                if (this.samples.length >= data_findings/* MAX_SAMPLES */.xs)
                    break;
                this.samples.push(s);
            }
        }
        finally {
            (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
            this.dir = undefined;
        }
    }
}

;// CONCATENATED MODULE: ../../../../shared/data/column-checker.ts






const TYPE_NOUN = {
    integer: 'an integer',
    number: 'a number',
    string: 'text',
    boolean: 'a boolean (true/false, yes/no, 1/0)',
    category: 'a category',
    date: 'a date',
    timestamp: 'a timestamp',
};
function ruleOf(r) {
    return r === undefined ? undefined : (0,contract_rules/* normalizeRule */.YE)(r);
}
function quote(v) {
    return v === null ? 'missing' : JSON.stringify(v);
}
// Phase-1 parsers: each its own function so its inner loop stays monomorphic. They agree exactly
// with values.ts (toInteger, toNumber, toBoolean, toTimestamp), which they call for anything off
// the fast path; test/data/validate.test.ts checks the agreement on random input.
const MISSING = 0;
const OK = 1;
const BAD = 2;
// Rules a distinct value fails (ColumnChecker.run, phase 2).
const F_NULL = 1;
const F_TYPE = 2;
const F_MIN = 4;
const F_MAX = 8;
const F_ALLOWED = 16;
const F_PATTERN = 32;
const F_MIN_LENGTH = 64;
const F_MAX_LENGTH = 128;
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
/**
 * Plain decimals of at most 15 digits without exponent: the mantissa is an exact integer and 10^k
 * an exact double, so one division is correctly rounded (Clinger's fast path) and equals `+s`.
 * NaN means "not on the fast path" (the caller falls back to values.ts).
 */
function fastDecimal(s) {
    const n = s.length;
    if (n === 0 || n > 17)
        return NaN;
    let i = 0;
    let c = s.charCodeAt(0);
    let neg = false;
    if (c === 45) {
        neg = true;
        i = 1;
    }
    else if (c === 43)
        i = 1;
    let m = 0;
    let digits = 0;
    let frac = 0;
    let dot = false;
    for (; i < n; i++) {
        c = s.charCodeAt(i);
        if (c >= 48 && c <= 57) {
            m = m * 10 + (c - 48);
            digits++;
            if (dot)
                frac++;
        }
        else if (c === 46 && !dot)
            dot = true;
        else
            return NaN;
    }
    if (digits === 0 || digits > 15)
        return NaN;
    const v = frac === 0 ? m : m / POW10[frac];
    return neg ? -v : v;
}
function parseIntegers(col, n, nulls, keys, status) {
    let count = 0;
    for (let r = 0; r < n; r++) {
        const v = col[r];
        if (nulls.isMissing(v)) {
            status[r] = MISSING;
            continue;
        }
        count++;
        let k = typeof v === 'string' ? fastDecimal(v) : typeof v === 'number' ? v : NaN;
        if (k !== k || !Number.isInteger(k) || Math.abs(k) > Number.MAX_SAFE_INTEGER)
            k = (0,data_values/* toInteger */.yJ)(v) ?? NaN;
        if (k !== k)
            status[r] = BAD;
        else {
            keys[r] = k;
            status[r] = OK;
        }
    }
    return count;
}
function parseNumbers(col, n, nulls, keys, status) {
    let count = 0;
    for (let r = 0; r < n; r++) {
        const v = col[r];
        if (nulls.isMissing(v)) {
            status[r] = MISSING;
            continue;
        }
        count++;
        let k = typeof v === 'string' ? fastDecimal(v) : typeof v === 'number' ? v : NaN;
        if (k !== k) {
            const slow = (0,data_values/* toNumber */.Ro)(v);
            if (slow === undefined) {
                status[r] = BAD;
                continue;
            }
            k = slow;
        }
        keys[r] = k;
        status[r] = OK;
    }
    return count;
}
function parseBooleans(col, n, nulls, keys, status) {
    let count = 0;
    for (let r = 0; r < n; r++) {
        const v = col[r];
        if (nulls.isMissing(v)) {
            status[r] = MISSING;
            continue;
        }
        count++;
        const b = (0,data_values/* toBoolean */.G4)(v);
        if (b === undefined)
            status[r] = BAD;
        else {
            keys[r] = b ? 1 : 0;
            status[r] = OK;
        }
    }
    return count;
}
function parseTimes(col, n, nulls, keys, status, pattern, dateOnly) {
    let count = 0;
    for (let r = 0; r < n; r++) {
        const v = col[r];
        if (nulls.isMissing(v)) {
            status[r] = MISSING;
            continue;
        }
        count++;
        const k = (0,data_values/* toTimestamp */.C)(v, pattern, dateOnly);
        if (k === undefined)
            status[r] = BAD;
        else {
            keys[r] = k;
            status[r] = OK;
        }
    }
    return count;
}
/**
 * parseTimes for a dictionary whose timestamps are kept as ms: entry d is null (missing) or the
 * valid Date times[d] (its raw value undefined), whose key is times[d].
 */
function keyTimes(raw, times, n, keys, status) {
    for (let d = 0; d < n; d++) {
        if (raw[d] === null)
            status[d] = MISSING;
        else {
            keys[d] = times[d];
            status[d] = OK;
        }
    }
}
function markMissing(col, n, nulls, status) {
    let count = 0;
    for (let r = 0; r < n; r++) {
        if (nulls.isMissing(col[r]))
            status[r] = MISSING;
        else {
            status[r] = OK;
            count++;
        }
    }
    return count;
}
class ColumnChecker {
    name;
    spec;
    nulls;
    hasLines;
    locate;
    present = false;
    rows = 0;
    nonMissing = 0;
    typeFailed = 0;
    type;
    pattern;
    typeRule;
    nullable;
    nullableSet;
    min;
    max;
    allowed;
    allowedList = [];
    regex;
    minLength;
    maxLength;
    unique;
    needsText;
    family;
    tNull = new data_findings/* Tally */.F0();
    tType = new data_findings/* Tally */.F0();
    tMin = new data_findings/* Tally */.F0();
    tMax = new data_findings/* Tally */.F0();
    tAllowed = new data_findings/* Tally */.F0();
    tPattern = new data_findings/* Tally */.F0();
    tMinLength = new data_findings/* Tally */.F0();
    tMaxLength = new data_findings/* Tally */.F0();
    dups;
    constructor(name, spec, nulls, hasLines, counter, locate) {
        this.name = name;
        this.spec = spec;
        this.nulls = nulls;
        this.hasLines = hasLines;
        this.locate = locate;
        const typeRule = ruleOf(spec.type);
        this.typeRule = typeRule;
        this.type = typeRule?.value ?? 'string';
        this.pattern = spec.format !== undefined ? (0,data_values/* compileTimestampFormat */.dQ)(spec.format) : undefined;
        this.nullableSet = spec.nullable !== undefined;
        this.nullable = ruleOf(spec.nullable) ?? { value: false, mostly: 1, severity: 'error' };
        const bound = (r) => {
            if (!r)
                return undefined;
            const v = typeof r.value === 'number' ? r.value : (0,contract_rules/* parseContractTime */.HM)(r.value);
            return { ...r, value: v };
        };
        this.min = bound(ruleOf(spec.min));
        this.max = bound(ruleOf(spec.max));
        const allowed = ruleOf(spec.allowed);
        if (allowed) {
            const set = new Set();
            for (const v of allowed.value) {
                const k = (0,contract_rules/* contractValueKey */.Hk)(v, this.type);
                if (k !== undefined)
                    set.add(typeof k === 'boolean' ? (k ? 1 : 0) : k);
                this.allowedList.push(String(v));
            }
            this.allowed = { ...allowed, value: set };
        }
        const pat = ruleOf(spec.pattern);
        // Compiled once per column; RE2 semantics, linear time (contract-pattern.ts).
        if (pat)
            this.regex = { ...pat, value: (0,contract_pattern/* compileContractPattern */.g)(pat.value) };
        this.minLength = ruleOf(spec.min_length);
        this.maxLength = ruleOf(spec.max_length);
        const unique = ruleOf(spec.unique);
        if (unique?.value) {
            this.unique = unique;
            this.dups = counter();
        }
        this.needsText = !!(this.regex || this.minLength || this.maxLength);
        this.family =
            this.type === 'integer' || this.type === 'number' || this.type === 'boolean'
                ? this.type
                : this.type === 'date' || this.type === 'timestamp'
                    ? 'temporal'
                    : 'text';
    }
    tallies() {
        return [this.tNull, this.tType, this.tMin, this.tMax, this.tAllowed, this.tPattern, this.tMinLength, this.tMaxLength];
    }
    state() {
        return { rows: this.rows, nonMissing: this.nonMissing, typeFailed: this.typeFailed, present: this.present, tallies: this.tallies().map((t) => t.state()) };
    }
    merge(s, lineOffset, file) {
        this.rows += s.rows;
        this.nonMissing += s.nonMissing;
        this.typeFailed += s.typeFailed;
        this.present ||= s.present;
        const mine = this.tallies();
        for (let i = 0; i < mine.length; i++)
            mine[i].merge(s.tallies[i], lineOffset, file);
    }
    /** Rows of a batch that lack this column (JSON Lines records without the key): missing values. */
    absent(lines, n) {
        this.rows += n;
        if (!this.nullable.value)
            for (let r = 0; r < n; r++)
                this.tNull.fail(lines[r], null);
    }
    keys = new Float64Array(0);
    status = new Uint8Array(0);
    fails = new Uint8Array(0);
    texts = [];
    /**
     * Checks one batch column. `dict` is the column dictionary-encoded (batch-dictionary.ts): the
     * parse and every value rule run once per distinct value, and rows are visited only to report
     * failures (in row order, so the first samples are the first failing rows) or to feed `unique`.
     */
    run(dict, batch, c, n) {
        const lines = batch.lines;
        this.present = true;
        this.rows += n;
        const size = dict.size;
        // Parquet timestamps kept as epoch ms (ColumnDictionary.times) are keyed from the ms: their
        // Dates are built only for a rule on text, or for a failing row's sample (dict.values below).
        const times = this.family === 'temporal' && !this.needsText && dict.numbers === null ? dict.times : null;
        const values = times !== null ? dict.rawValues : dict.values;
        const counts = dict.counts;
        if (this.keys.length < size) {
            const cap = Math.max(size, 2 * this.keys.length);
            this.keys = new Float64Array(cap);
            this.status = new Uint8Array(cap);
            this.fails = new Uint8Array(cap);
        }
        const keys = this.keys;
        const status = this.status;
        const fails = this.fails;
        // Phase 1: one monomorphic loop per type family marks each distinct value missing / ok / not
        // of the type and, for numeric, temporal and boolean columns, stores its typed key.
        switch (this.family) {
            case 'integer':
                parseIntegers(values, size, this.nulls, keys, status);
                break;
            case 'number':
                parseNumbers(values, size, this.nulls, keys, status);
                break;
            case 'temporal':
                if (times !== null)
                    keyTimes(values, times, size, keys, status);
                else
                    parseTimes(values, size, this.nulls, keys, status, this.pattern, this.type === 'date' && !this.pattern);
                break;
            case 'boolean':
                parseBooleans(values, size, this.nulls, keys, status);
                break;
            default:
                markMissing(values, size, this.nulls, status);
        }
        // Phase 2: the rules, per distinct value, on typed keys (numeric) or text: a bit per failing rule.
        const numeric = this.family !== 'text';
        const checkNull = !this.nullable.value;
        const needsText = this.needsText;
        const min = this.min === undefined ? -Infinity : this.min.value;
        const max = this.max === undefined ? Infinity : this.max.value;
        const checkMin = this.min !== undefined;
        const checkMax = this.max !== undefined;
        const allowed = this.allowed?.value;
        const regex = this.regex?.value;
        const minLen = this.minLength === undefined ? 0 : this.minLength.value;
        const maxLen = this.maxLength === undefined ? Infinity : this.maxLength.value;
        const dups = this.dups;
        const texts = this.texts;
        let nonMissing = 0;
        let anyFail = 0;
        for (let d = 0; d < size; d++) {
            const st = status[d];
            let f = 0;
            if (st === MISSING) {
                if (checkNull)
                    f = F_NULL;
            }
            else {
                nonMissing += counts[d];
                if (st === BAD)
                    f = F_TYPE;
                else {
                    if (numeric) {
                        const k = keys[d];
                        // Written as negations so that NaN fails both bounds.
                        if (checkMin && !(k >= min))
                            f |= F_MIN;
                        if (checkMax && !(k <= max))
                            f |= F_MAX;
                        if (allowed !== undefined && !allowed.has(k))
                            f |= F_ALLOWED;
                    }
                    else if (allowed !== undefined || dups !== undefined) {
                        const v = values[d];
                        const text = typeof v === 'string' ? v : (0,data_values/* toText */.fE)(v);
                        if (allowed !== undefined && !allowed.has(text))
                            f |= F_ALLOWED;
                        if (dups !== undefined)
                            texts[d] = text;
                    }
                    if (needsText) {
                        const v = values[d];
                        const text = typeof v === 'string' ? v : (0,data_values/* toText */.fE)(v);
                        if (regex !== undefined && !regex.test(text))
                            f |= F_PATTERN;
                        if (text.length < minLen)
                            f |= F_MIN_LENGTH;
                        if (text.length > maxLen)
                            f |= F_MAX_LENGTH;
                    }
                }
            }
            fails[d] = f;
            anyFail |= f;
        }
        this.nonMissing += nonMissing;
        if (anyFail === 0 && dups === undefined)
            return;
        // Phase 3: the rows, in order. Cells are read only here. A batch its reader encoded holds each
        // row's cell as dict.values[codes[r]], so that is read rather than batch.values, which would
        // build every column's cells for the sake of one failing row.
        const codes = dict.codes;
        const distinct = dict.values;
        const col = batch.dictionaries?.[c] === dict ? undefined : batch.values[c];
        for (let r = 0; r < n; r++) {
            const d = codes[r];
            const f = fails[d];
            if (f === 0 && (dups === undefined || status[d] !== OK))
                continue;
            const cell = col === undefined ? distinct[d] : col[r];
            if (f !== 0) {
                if (f & F_NULL)
                    this.tNull.fail(lines[r], cell ?? null);
                if (f & F_TYPE) {
                    this.typeFailed++;
                    this.tType.fail(lines[r], cell);
                }
                if (f & F_MIN)
                    this.tMin.fail(lines[r], cell);
                if (f & F_MAX)
                    this.tMax.fail(lines[r], cell);
                if (f & F_ALLOWED)
                    this.tAllowed.fail(lines[r], cell);
                if (f & F_PATTERN)
                    this.tPattern.fail(lines[r], cell);
                if (f & F_MIN_LENGTH)
                    this.tMinLength.fail(lines[r], cell);
                if (f & F_MAX_LENGTH)
                    this.tMaxLength.fail(lines[r], cell);
            }
            if (dups !== undefined && status[d] === OK)
                dups.add(numeric ? keys[d] : texts[d], lines[r], cell);
        }
        if (dups !== undefined && !numeric)
            texts.length = 0;
    }
    /** The canonical key of a cell for compound uniqueness (column type when it parses, else text). */
    compoundKeyPart(v) {
        const k = (0,contract_rules/* valueKey */.zV)(v, this.type, this.pattern);
        return k === undefined ? `\u0002${(0,data_values/* toText */.fE)(v)}` : keyText(k);
    }
    results() {
        const out = [];
        const name = this.name;
        const col = JSON.stringify(name);
        const base = ['columns', name];
        const typed = this.nonMissing - this.typeFailed;
        const lineWord = this.hasLines ? 'line' : 'row';
        const fmt = (k) => (this.type === 'date' || this.type === 'timestamp' ? (0,data_values/* formatTimestamp */.Ey)(k, this.type) : String(k));
        const push = (rule, r, t, total, describe, note) => out.push({ rule, column: name, rule_: r, failed: t.failed, total, samples: t.samples, describe, contractPath: (0,contract_rules/* formatContractPath */.vq)([...base, rule]), note });
        // The type rule is evaluated when declared, or implied by a typed rule (min on an integer column).
        const typeRule = this.typeRule ?? { value: 'string', mostly: 1, severity: 'error' };
        if (this.typeRule || this.type !== 'string') {
            const noun = `${TYPE_NOUN[this.type]}${this.spec.format ? ` in format "${this.spec.format}"` : ''}`;
            push('type', typeRule, this.tType, this.nonMissing, (s) => `column ${col} value ${quote(s?.value ?? null)} is not ${noun}`);
        }
        push('nullable', this.nullable, this.tNull, this.rows, () => `column ${col} has a missing value`, this.nullableSet ? undefined : 'not set, so false; add nullable: true to allow missing values');
        if (this.min)
            push('min', this.min, this.tMin, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is below the minimum ${fmt(this.min.value)}`);
        if (this.max)
            push('max', this.max, this.tMax, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is above the maximum ${fmt(this.max.value)}`);
        if (this.allowed) {
            const list = this.allowedList.slice(0, 8).map((v) => JSON.stringify(v)).join(', ') + (this.allowedList.length > 8 ? `, … (${this.allowedList.length} values)` : '');
            push('allowed', this.allowed, this.tAllowed, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is not one of the allowed values (${list})`);
        }
        if (this.regex)
            push('pattern', this.regex, this.tPattern, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} does not match /${this.regex.value.source}/`);
        if (this.minLength)
            push('min_length', this.minLength, this.tMinLength, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is shorter than ${this.minLength.value} characters`);
        if (this.maxLength)
            push('max_length', this.maxLength, this.tMaxLength, typed, (s) => `column ${col} value ${quote(s?.value ?? null)} is longer than ${this.maxLength.value} characters`);
        if (this.unique && this.dups) {
            const d = this.dups;
            d.finish();
            const first = d.samples[0];
            const locate = this.locate;
            out.push({
                rule: 'unique',
                column: name,
                rule_: this.unique,
                failed: d.failed,
                total: typed,
                samples: d.samples.map(({ line, value }) => (locate ? { ...locate(line), value } : { line, value })),
                describe: (s) => `column ${col} value ${quote(s?.value ?? null)} is a duplicate (first seen at ${(0,data_findings/* firstSeen */.yl)(first?.first, lineWord, locate)})`,
                contractPath: (0,contract_rules/* formatContractPath */.vq)([...base, 'unique']),
            });
        }
        return out;
    }
}

;// CONCATENATED MODULE: ../../../../shared/data/validate.ts
/**
 * Row-level validation of a streamed table against a data contract (shared/data/contract.ts).
 *
 * createValidator() compiles the contract once into one checker per column; add() runs one tight
 * loop per column per batch (no allocation per cell unless the cell fails); finish() turns the
 * tallies into a `mlops-actions/validation@1` report.
 *
 * Semantics (docs/contract.md):
 * - `mostly` as in Great Expectations: a rule passes when (1 - failed/total) >= mostly, where total
 *   is the rows the rule applies to. Missing values never count against value rules; values that do
 *   not parse as the column type are reported once, by `type`, and skipped by the value rules.
 * - unique counts every row whose value occurs more than once (pandas `duplicated(keep=False)`, as
 *   GE's expect_column_values_to_be_unique). It is exact: a hash map of seen values, and past
 *   `uniqueMemoryLimit` distinct values per rule the map spills to 64 hash partitions in a temp
 *   directory, each finished on its own at the end.
 *
 * Shards: exportState()/mergeState() move the tallies between threads (validate-data-shards.ts) or
 * jobs (shard-merge.ts). Unique rules need every key in one counter: a job's shard records its keys
 * instead (options.uniqueKeys) and the fan-in counts them all (addUniqueKey).
 *
 * Files: column-checker.ts (one column's rules, batch by batch), duplicate-counter.ts (exact
 * `unique` with bounded memory), findings.ts (counts and samples); this file compiles the contract
 * into checkers, runs them and writes the report.
 */









/**
 * The contract's unique rules, in the order their keys are numbered (UniqueKeyRecorder): column
 * `unique` rules in contract order, then `table.unique` entries.
 */
function uniqueRuleNames(contract) {
    const out = [];
    for (const [name, c] of Object.entries(contract.columns ?? {}))
        if (ruleOf(c.unique)?.value)
            out.push((0,contract_rules/* formatContractPath */.vq)(['columns', name, 'unique']));
    (contract.table?.unique ?? []).forEach((_, i) => out.push(`table.unique[${i}]`));
    return out;
}
/**
 * Whether per-shard validator states can be merged into the sequential result. Not with `unique`
 * (column or table.unique): duplicates are found across the whole file and the samples say where a
 * value was first seen, which needs one global map of seen values (the DuplicateCounter, spilling
 * to disk past its memory limit). Merging per-shard maps exactly would mean shipping every distinct
 * key between threads: unbounded, so such contracts are validated sequentially.
 */
function canMergeShards(contract) {
    if ((contract.table?.unique ?? []).length > 0)
        return false;
    return Object.values(contract.columns ?? {}).every((c) => !ruleOf(c.unique)?.value);
}
const DEFAULT_UNIQUE_MEMORY_LIMIT = 2_000_000;
/** Tolerance for `(1 - fraction) >= mostly` so that 99 of 100 passes mostly 0.99 despite binary rounding. */
const MOSTLY_EPSILON = 1e-12;
function defaultFormat(file) {
    const name = file.toLowerCase().replace(/\.gz$/, '');
    const ext = (0,external_node_path_.extname)(name).slice(1);
    if (ext === 'tsv' || ext === 'txt')
        return 'csv';
    if (ext === 'ndjson' || ext === 'json')
        return 'jsonl';
    return ext || 'csv';
}
function percent(f) {
    const p = f * 100;
    if (p === 0 || p === 100)
        return `${p}%`;
    return `${p < 0.01 ? p.toExponential(1) : p < 10 ? p.toFixed(2) : p.toFixed(1)}%`;
}
/** Compiles `contract` into a streaming validator for one file. */
function createValidator(contract, options) {
    const table = contract.table ?? {};
    const specs = contract.columns ?? {};
    const nulls = table.null_values ? new data_values/* NullTokens */.Sj(table.null_values) : new data_values/* NullTokens */.Sj(data_values/* DEFAULT_NULL_TOKENS */.F_);
    const uniqueLimit = options.uniqueMemoryLimit ?? DEFAULT_UNIQUE_MEMORY_LIMIT;
    const tmpRoot = options.tmpDir ?? (0,external_node_os_.tmpdir)();
    const contractFile = options.contractFile ?? 'contract';
    // Unique rules are numbered as uniqueRuleNames() lists them (a shard's recorded keys say which).
    const counters = [];
    const counter = () => {
        const c = options.uniqueKeys ? new KeyForwarder(options.uniqueKeys, counters.length) : new DuplicateCounter(uniqueLimit, tmpRoot);
        counters.push(c);
        return c;
    };
    const locate = options.locateLine;
    const checkers = Object.entries(specs).map(([name, spec]) => new ColumnChecker(name, spec, nulls, options.hasLines, counter, locate));
    const byName = new Map(checkers.map((c) => [c.name, c]));
    const compound = (table.unique ?? []).map((u, i) => {
        const r = (0,contract_rules/* normalizeCompoundUnique */.oq)(u);
        return { rule: r, path: `table.unique[${i}]`, counter: counter(), total: 0, checkers: r.value.map((n) => byName.get(n)) };
    });
    const seenColumns = [...options.columns];
    const seenSet = new Set(seenColumns);
    let rows = 0;
    let lastColumns;
    let index = [];
    let finished = false;
    let ownDictionaries;
    function add(batch, dictionaries) {
        if (finished)
            throw new Error('validator: add() after finish()');
        const dicts = dictionaries ?? (ownDictionaries ??= new batch_dictionary/* BatchDictionaries */.l());
        if (batch.columns !== lastColumns) {
            lastColumns = batch.columns;
            for (const c of batch.columns)
                if (!seenSet.has(c)) {
                    seenSet.add(c);
                    seenColumns.push(c);
                }
            index = checkers.map((c) => batch.columns.indexOf(c.name));
        }
        const n = batch.length;
        for (let i = 0; i < checkers.length; i++) {
            if (index[i] >= 0)
                checkers[i].run(dicts.column(batch, index[i]), batch, index[i], n);
            else
                checkers[i].absent(batch.lines, n);
        }
        for (const cu of compound) {
            const cols = cu.checkers.map((c) => batch.columns.indexOf(c.name));
            const parts = new Array(cols.length);
            for (let r = 0; r < n; r++) {
                let anyPresent = false;
                for (let j = 0; j < cols.length; j++) {
                    const v = cols[j] >= 0 ? batch.values[cols[j]][r] : null;
                    if (nulls.isMissing(v))
                        parts[j] = '\u0000';
                    else {
                        anyPresent = true;
                        parts[j] = cu.checkers[j].compoundKeyPart(v);
                    }
                }
                if (!anyPresent)
                    continue;
                cu.total++;
                const key = parts.join('\u001f');
                cu.counter.add(key, batch.lines[r], key);
            }
        }
        rows += n;
    }
    function finish() {
        if (finished)
            throw new Error('validator: finish() called twice');
        finished = true;
        ownDictionaries?.release();
        const results = [];
        const lineKind = options.hasLines ? 'line' : 'row';
        const headerLine = options.hasLines ? 1 : 0;
        // Presence: required (default: every listed column) and unexpected columns.
        const requiredRule = ruleOf(table.required_columns);
        const required = requiredRule ? requiredRule.value : Object.keys(specs);
        const reqNorm = requiredRule ?? { value: required, mostly: 1, severity: 'error' };
        for (const name of required) {
            results.push({
                rule: 'required_columns',
                column: name,
                rule_: reqNorm,
                failed: seenSet.has(name) ? 0 : 1,
                total: 1,
                samples: [],
                describe: () => `required column ${JSON.stringify(name)} is missing`,
                contractPath: requiredRule ? 'table.required_columns' : (0,contract_rules/* formatContractPath */.vq)(['columns', name]),
                note: requiredRule ? undefined : 'every listed column is required unless table.required_columns says otherwise',
            });
        }
        const unexpectedMode = table.unexpected_columns ?? 'error';
        if (unexpectedMode !== 'allow') {
            const listed = new Set([...Object.keys(specs), ...required]);
            const rule = { value: unexpectedMode, mostly: 1, severity: unexpectedMode === 'warn' ? 'warn' : 'error' };
            for (const name of seenColumns) {
                results.push({
                    rule: 'unexpected_columns',
                    column: name,
                    rule_: rule,
                    failed: listed.has(name) ? 0 : 1,
                    total: 1,
                    samples: headerLine ? [{ line: headerLine, value: name }] : [],
                    describe: () => `column ${JSON.stringify(name)} is not in the contract`,
                    contractPath: 'table.unexpected_columns',
                    note: table.unexpected_columns ? undefined : 'not set, so error; list the column, or set unexpected_columns: allow',
                });
            }
        }
        const rowsMin = ruleOf(table.rows?.min) ?? { value: 1, mostly: 1, severity: 'error' };
        results.push({
            rule: 'rows.min',
            rule_: rowsMin,
            failed: rows < rowsMin.value ? 1 : 0,
            total: 1,
            samples: [],
            describe: () => `has ${rows} data row${rows === 1 ? '' : 's'}, fewer than the minimum ${rowsMin.value}`,
            contractPath: 'table.rows.min',
            note: table.rows?.min === undefined ? 'not set, so 1' : undefined,
        });
        const rowsMax = ruleOf(table.rows?.max);
        if (rowsMax) {
            results.push({ rule: 'rows.max', rule_: rowsMax, failed: rows > rowsMax.value ? 1 : 0, total: 1, samples: [], describe: () => `has ${rows} data rows, more than the maximum ${rowsMax.value}`, contractPath: 'table.rows.max' });
        }
        for (const c of checkers)
            if (seenSet.has(c.name))
                results.push(...c.results());
        for (const c of checkers)
            c.dups?.finish();
        for (const cu of compound) {
            const names = cu.rule.value;
            if (!names.every((n) => seenSet.has(n))) {
                cu.counter.finish();
                continue;
            }
            cu.counter.finish();
            const firstDup = cu.counter.samples[0];
            results.push({
                rule: 'unique_together',
                columns: names,
                rule_: cu.rule,
                failed: cu.counter.failed,
                total: cu.total,
                samples: cu.counter.samples.map(({ line, value }) => {
                    const shown = value === null ? null : value.split('\u001f').map((p) => (p === '\u0000' ? '' : p.replace(/^\u0002/, ''))).join(', ');
                    return locate ? { ...locate(line), value: shown } : { line, value: shown };
                }),
                describe: () => `columns ${names.map((n) => JSON.stringify(n)).join(', ')} repeat the values of an earlier row (first seen at ${(0,data_findings/* firstSeen */.yl)(firstDup?.first, lineKind, locate)})`,
                contractPath: cu.path,
            });
        }
        const findings = [];
        let failedErrors = 0;
        let failedWarnings = 0;
        for (const r of results) {
            if (r.failed === 0 || r.total === 0)
                continue;
            const fraction = r.failed / r.total;
            const passed = 1 - fraction >= r.rule_.mostly - MOSTLY_EPSILON;
            if (!passed) {
                if (r.rule_.severity === 'error')
                    failedErrors++;
                else
                    failedWarnings++;
            }
            const first = r.samples[0];
            let where = first?.file ?? options.file;
            if (first && first.line > 0)
                where += options.hasLines ? `:${first.line}` : ` (row ${first.line})`;
            const unit = r.rule === 'nullable' || r.rule === 'unique_together' ? 'rows' : 'values';
            const count = r.total > 1 ? `; ${r.failed} of ${r.total} ${unit} fail (${percent(fraction)}${r.rule_.mostly < 1 ? `, mostly ${r.rule_.mostly} allows ${percent(1 - r.rule_.mostly)}` : ''})` : '';
            // Severity is a field of its own; the faces label it (annotation level, CLI prefix).
            const message = `${where}: ${r.describe(first)}${count} (contract ${contractFile}: ${r.contractPath}${r.note ? ` — ${r.note}` : ''})`;
            const f = {
                rule: r.rule,
                severity: r.rule_.severity,
                failed: r.failed,
                total: r.total,
                fraction,
                mostly: r.rule_.mostly,
                passed,
                samples: r.samples,
                message,
                contract_path: r.contractPath,
            };
            if (r.column !== undefined)
                f.column = r.column;
            if (r.columns !== undefined)
                f.columns = r.columns;
            findings.push(f);
        }
        return {
            schema: validation_values/* VALIDATION_SCHEMA */.sD,
            data: { file: options.file, format: options.format ?? defaultFormat(options.file), rows, line_kind: lineKind },
            contract: { file: contractFile },
            passed: failedErrors === 0,
            counts: { rules: results.length, failed_errors: failedErrors, failed_warnings: failedWarnings },
            findings,
        };
    }
    function exportState() {
        const unique = counters.length > 0;
        if (unique && !options.uniqueKeys)
            throw new Error('validator: unique rules cannot be exported (canMergeShards)');
        const state = { rows, columns: seenColumns.slice(), checkers: checkers.map((c) => c.state()) };
        if (unique)
            state.compoundTotals = compound.map((cu) => cu.total);
        return state;
    }
    function mergeState(state, lineOffset, file) {
        if (finished)
            throw new Error('validator: mergeState() after finish()');
        if (counters.length > 0 && state.compoundTotals === undefined)
            throw new Error('validator: unique rules cannot be merged (canMergeShards)');
        if (options.uniqueKeys)
            throw new Error('validator: a shard validator does not merge states');
        if (state.checkers.length !== checkers.length || (state.compoundTotals?.length ?? 0) !== compound.length)
            throw new Error('validator: state from a different contract');
        state.compoundTotals?.forEach((t, i) => (compound[i].total += t));
        rows += state.rows;
        for (const c of state.columns)
            if (!seenSet.has(c)) {
                seenSet.add(c);
                seenColumns.push(c);
            }
        for (let i = 0; i < checkers.length; i++)
            checkers[i].merge(state.checkers[i], lineOffset, file);
    }
    function addUniqueKey(rule, key, line, display) {
        if (finished)
            throw new Error('validator: addUniqueKey() after finish()');
        const c = counters[rule];
        if (!c || options.uniqueKeys)
            throw new Error(`validator: no unique rule ${rule} to count keys for`);
        c.add(key, line, display);
    }
    return { add, finish, exportState, mergeState, addUniqueKey };
}


/***/ }),

/***/ 9475:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZX: () => (/* binding */ reportWithoutContract),
/* harmony export */   gY: () => (/* binding */ VALIDATION_RULES),
/* harmony export */   sD: () => (/* binding */ VALIDATION_SCHEMA)
/* harmony export */ });
/**
 * What code that writes a `mlops-actions/validation@1` report needs at run time (the schema name,
 * the rule names, the report of unchecked data), without the format's zod schema
 * (validation-format.ts, which re-exports these and whose types the report must match).
 *
 * Why apart: the validate-data shard worker builds findings but never parses a report, so it
 * loads these and not zod (~350 KB of its bundle; issue 18).
 */
// `as const`: the literal type survives in reportWithoutContract's object, as the schema requires.
const VALIDATION_SCHEMA = 'mlops-actions/validation@1';
/** The rules a finding can be about; table rules are named for their contract key. */
const VALIDATION_RULES = [
    'required_columns',
    'unexpected_columns',
    'rows.min',
    'rows.max',
    'unique_together',
    'type',
    'nullable',
    'min',
    'max',
    'allowed',
    'pattern',
    'unique',
    'min_length',
    'max_length',
];
/** The report for data checked against no contract (only profiled): passes, no rules. */
function reportWithoutContract(data) {
    return {
        schema: VALIDATION_SCHEMA,
        data,
        contract: null,
        passed: true,
        counts: { rules: 0, failed_errors: 0, failed_warnings: 0 },
        findings: [],
    };
}


/***/ }),

/***/ 8192:
/***/ (function (__unused_webpack_module, exports, __webpack_require__) {

/**
 * re2js (contract-pattern.ts's engine), evaluated the first time a `pattern` rule is compiled
 * instead of when the validator's module is loaded.
 *
 * Why: evaluating re2js costs ~20 ms of CPU (measured, issue 18), paid by every validate-data
 * shard worker at start whether or not its contract has a pattern rule, on the critical path of
 * a sharded run. Why CommonJS: ESM can load a module on demand only with import(), a promise, and
 * compiling a pattern (building a validator) is synchronous. A require inside a function is
 * bundled by ncc as a module that runs when it is first required, and Node does the same.
 */


let RE2JS;

/** The RE2JS class, loading re2js on the first call. */
exports.o = () => (RE2JS ??= (__webpack_require__(980).RE2JS));


/***/ })

};
