export const id = 9196;
export const ids = [9196];
export const modules = {

/***/ 446:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z_: () => (/* binding */ writeProfileFile)
/* harmony export */ });
/* unused harmony exports profileJsonText, profileJsonPieces */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3196);
/* harmony import */ var _runtime_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2946);
/**
 * Writes a profile file: the same JSON as JSON.stringify(profile, null, 2) (what JSON.parse reads
 * back is identical), except that an array of numbers or strings is written on one line, and so is
 * each row of an array of such arrays (KLL levels, frequent-items pairs).
 *
 * Why: sketch states are long arrays of numbers, and two-space indentation put each number on a
 * line of its own, ~14 spaces deep: half of a 10,000-column profile (115 of 55 MB) was indentation.
 * The file is written column by column through a temp file, so neither the whole text nor its bytes
 * are held at once (one string of a wide table's profile was another ~100 MB, and its bytes a copy).
 */





function isScalar(v) {
    return v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
}
function isScalarArray(v) {
    return Array.isArray(v) && v.every(isScalar);
}
/** `value` as JSON indented by two spaces from `indent`, scalar arrays on one line. */
function profileJsonText(value, indent = '') {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        if (isScalarArray(value))
            return JSON.stringify(value);
        return `[\n${value.map((v) => `${inner}${isScalarArray(v) ? JSON.stringify(v) : profileJsonText(v, inner)}`).join(',\n')}\n${indent}]`;
    }
    const parts = [];
    for (const [k, v] of Object.entries(value)) {
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol')
            continue;
        parts.push(`${inner}${JSON.stringify(k)}: ${profileJsonText(v, inner)}`);
    }
    return parts.length === 0 ? '{}' : `{\n${parts.join(',\n')}\n${indent}}`;
}
/** The profile's JSON text in pieces (one per column), with a trailing newline. */
function* profileJsonPieces(profile) {
    const { columns, ...top } = profile;
    const head = profileJsonText(top);
    // The top-level fields, then "columns" last (where JSON.stringify puts it too: it is the last key).
    const keys = Object.keys(profile);
    if (keys[keys.length - 1] !== 'columns') {
        yield `${profileJsonText(profile)}\n`;
        return;
    }
    yield `${head.slice(0, -2)},\n  "columns": {`;
    let first = true;
    for (const [name, column] of Object.entries(columns)) {
        yield `${first ? '' : ','}\n    ${JSON.stringify(name)}: ${profileJsonText(column, '    ')}`;
        first = false;
    }
    yield first ? '}\n}\n' : '\n  }\n}\n';
}
/**
 * Writes the profile to `path` as every output is written (shared/runtime/atomic-write.ts): a temp
 * file beside the file links lead to, renamed over it; a device or FIFO gets the bytes in place.
 */
async function writeProfileFile(path, profile) {
    let tmp;
    try {
        const target = await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveOutputTarget */ .rA)(path);
        const dir = target.kind === 'device' ? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)() : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target.path);
        if (target.kind !== 'device' && !target.viaLink)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        tmp = (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .outputTempPath */ .bd)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(target.path)));
    }
    catch (e) {
        throw (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .outputWriteError */ .NF)(path, e);
    }
    const release = (0,_runtime_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_4__/* .removeOnInterrupt */ .vY)(tmp);
    try {
        try {
            const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(tmp, 'wx');
            try {
                let buf = '';
                for (const piece of profileJsonPieces(profile)) {
                    buf += piece;
                    if (buf.length >= 1 << 20) {
                        await fh.write(buf);
                        buf = '';
                    }
                }
                await fh.write(buf);
                await fh.sync();
            }
            finally {
                await fh.close();
            }
        }
        catch (e) {
            throw (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .outputWriteError */ .NF)(path, e);
        }
        await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .commitTempFile */ .W2)(tmp, path);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true });
        release();
    }
}


/***/ }),

/***/ 2878:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ validationSampleSchema),
/* harmony export */   ZX: () => (/* reexport safe */ _validation_values_js__WEBPACK_IMPORTED_MODULE_1__.ZX)
/* harmony export */ });
/* unused harmony exports validationFindingSchema, validationReportSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/* harmony import */ var _validation_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9475);
/**
 * `mlops-actions/validation@1`: the result of checking one data file against a data contract.
 * Defined once here (zod) and documented in docs/formats.md ("Validation report").
 *
 * `findings` lists every rule that had at least one failing row, including rules that still pass
 * because of `mostly`; `counts.rules` counts every rule evaluated. The report `passed` unless a
 * finding with severity "error" did not pass.
 */



// In a module without zod, for code that writes reports (the shard worker); here for everyone else.

// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const validationSampleSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** `data.line_kind` says whether this is the 1-based physical line (CSV, JSON Lines) or row number (Parquet). */
        line: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** The offending value as text (truncated to 200 characters), null for a missing value. */
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        /** The file the line is in, when the data is several files (a file list); absent for one file. */
        file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    });
    const validationFindingSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        rule: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_validation_values_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_RULES */ .gY),
        /** The column a column rule is about, or the column a presence rule names. */
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        /** The columns of a `unique_together` (table.unique) rule. */
        columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
        severity: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['error', 'warn']),
        /** Rows that failed the rule (for unique rules: every row whose value occurs more than once). */
        failed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Rows the rule applies to: all rows for nullable, non-missing values for type, non-missing values of the column type for value rules. */
        total: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** failed / total. */
        fraction: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
        mostly: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
        /** (1 - fraction) >= mostly. */
        passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        /** Up to 10 failing rows, in file order. */
        samples: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(validationSampleSchema),
        /** One line a person can act on: file:line, column, value, rule and the contract entry. */
        message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** The contract key that made the rule, e.g. "columns.age.min" or "table.unique[0]". */
        contract_path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    });
    const validationReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(_validation_values_js__WEBPACK_IMPORTED_MODULE_1__/* .VALIDATION_SCHEMA */ .sD),
        data: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            format: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            /** What sample `line`s are: physical text lines, or row numbers (Parquet). */
            line_kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['line', 'row']),
        }),
        /** The contract checked against; null when the data was only profiled. */
        contract: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }).nullable(),
        passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        counts: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            /** Rules evaluated (a rule on a column absent from the data is not evaluated). */
            rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            /** Findings with severity error that did not pass: any one fails the check. */
            failed_errors: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            /** Findings with severity warn that did not pass. */
            failed_warnings: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        }),
        findings: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(validationFindingSchema),
    });
    return { validationSampleSchema, validationFindingSchema, validationReportSchema };
});
const validationSampleSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().validationSampleSchema);
const validationFindingSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().validationFindingSchema);
const validationReportSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().validationReportSchema);


/***/ }),

/***/ 9196:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initProject: () => (/* binding */ initProject)
});

// UNUSED EXPORTS: renderStarterFiles

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/config/mlops-config.ts + 2 modules
var mlops_config = __webpack_require__(7855);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ../../../../shared/init/file-plan.ts
/**
 * Which files `mlops init` would write, and whether it may: a file that exists is never replaced
 * without `--force`, and when any would be, nothing is written at all (one message lists them all,
 * so a second run does not discover them one by one).
 */



/** What is at `path`: nothing, a file (or symlink, replaced as a link, never followed), or a folder. */
async function pathKind(path) {
    try {
        const s = await (0,promises_.lstat)(path);
        return s.isDirectory() ? 'folder' : 'file';
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return 'none';
        // ENOTDIR: a parent is a file; writing will fail and say so. Anything else: let writing report it.
        return 'none';
    }
}
/** Plans `files` under `dir`. Throws UsageError naming every existing file when `force` is not set. */
async function planFiles(dir, files, force) {
    const planned = [];
    const existing = [];
    for (const f of files) {
        const kind = await pathKind((0,external_node_path_.join)(dir, f.path));
        if (kind === 'folder')
            throw new errors/* UsageError */.eb(`${(0,external_node_path_.join)(dir, f.path)} is a folder; init writes a file there`, { hint: 'move the folder away; nothing was written' });
        if (kind === 'file')
            existing.push(f.path);
        planned.push({ ...f, status: kind === 'file' ? 'overwrite' : 'new' });
    }
    if (existing.length > 0 && !force) {
        const list = existing.map((p) => (0,external_node_path_.join)(dir, p)).join(', ');
        throw new errors/* UsageError */.eb(`${existing.length === 1 ? 'a file init writes exists' : `${existing.length} files init writes exist`}: ${list}`, {
            hint: 'nothing was written; pass --force to overwrite them, or move them away first',
        });
    }
    return planned;
}

// EXTERNAL MODULE: ../../../../shared/steps/validate-data.ts
var validate_data = __webpack_require__(8917);
// EXTERNAL MODULE: ../../../../shared/data/infer-contract.ts + 1 modules
var infer_contract = __webpack_require__(4533);
// EXTERNAL MODULE: ../../../../shared/init/starter-files.ts
var starter_files = __webpack_require__(3438);
;// CONCATENATED MODULE: ../../../../shared/init/infer-data-contract.ts
/**
 * The data contract `mlops init` writes: inferred from the training data the way
 * `mlops validate --infer-contract` does (shared/data/infer-contract.ts: the data it came from
 * passes it, and so does fresh data from the same source), with a `# yaml-language-server:
 * $schema=` line for editors.
 */




/** Profiles `data` (a path relative to `dir`, as written in the header) and infers its contract. */
async function inferDataContract(dir, data, coordinates = starter_files/* TEMPLATE_COORDINATES */.VF) {
    const { profile } = await (0,validate_data.validateData)({ data: (0,external_node_path_.join)(dir, data) });
    const contract = (0,infer_contract.inferContract)(profile);
    const header = [
        `yaml-language-server: $schema=${(0,starter_files/* contractSchemaUrl */.T3)(coordinates)}`,
        `Data contract inferred by \`mlops init\` from ${data} (${profile.rows} rows). Reference: docs/contract.md`,
        `in ${coordinates.repository}. Review it: types are strict; missing values and categories get`,
        'the tolerance this sample allows; ranges are its range widened by 10%, as warnings. Tighten',
        'what you know (hard limits as errors) and loosen what merely happened to hold.',
    ].join('\n');
    // All-distinct columns from the profile, not the contract's `unique`: inference claims uniqueness
    // only for id-like columns, but distinct names or free text drift by construction all the same.
    const allDistinct = (name) => {
        const p = profile.columns[name];
        return p !== undefined && (p.distinct.exact || p.frequent_exact) && p.count > 1 && p.distinct.estimate === p.count;
    };
    const driftByConstruction = Object.entries(contract.columns ?? {})
        .filter(([name, c]) => {
        const type = typeof c.type === 'object' ? c.type.value : c.type;
        return c.unique === true || allDistinct(name) || type === 'date' || type === 'timestamp';
    })
        .map(([name]) => name);
    return { yaml: (0,infer_contract.contractToYaml)(contract, header), rows: profile.rows, driftByConstruction, columns: Object.keys(contract.columns ?? {}) };
}

// EXTERNAL MODULE: ../../../../shared/init/init-values.ts + 2 modules
var init_values = __webpack_require__(1598);
;// CONCATENATED MODULE: ../../../../shared/init/next-steps.ts
function nextSteps({ model, contract }) {
    return [
        `Review ${contract}: its ranges and category lists describe the data it was inferred from.`,
        `Fill in mlops.yaml: the gate rules under models.${model}, the model card's text under release.models.${model} (intended_use, limitations, owners), and where production data comes from under drift.models.${model}.sources.`,
        'Settings > Environments: create `staging` and `production` with required reviewers (production at least; tick "Prevent self-review") and deployment branches `main` only. promote.yml waits for their approval.',
        'Settings > Rules > Rulesets: protect the `mlops-registry` branch (block force pushes and deletion). It holds every version, alias and the audit log.',
        'Labels: create model:major, model:minor and model:patch (gh label create model:minor); a merged PR\'s label picks the release\'s version bump.',
        'Retraining PRs (drift-check.yml): a GitHub App with Contents and Pull requests read and write, installed on this repository, its App ID in the variable MLOPS_APP_ID and a private key in the secret MLOPS_APP_PRIVATE_KEY; or a fine-grained PAT in pr-token. A PR opened with GITHUB_TOKEN starts no workflows, so it would get no PR report.',
        'Run `mlops doctor --run` (with your requirements installed): it checks the setup and plays the PR report locally, writing the comment the PR would get to mlops-out/doctor/. Then commit the files and open a pull request: pr-report.yml and pr-comment.yml post its model report.',
    ];
}

// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
// EXTERNAL MODULE: ../../../../shared/init/yaml-value.ts
var yaml_value = __webpack_require__(9756);
;// CONCATENATED MODULE: ../../../../shared/init/render-template.ts
/**
 * The placeholder syntax of action-templates/ (documented in action-templates/README.md):
 *
 *   {{name}}    one whole YAML node: a mapping value (`model: {{model}}`), a flow-sequence item
 *               (`[{{model}}]`) or a mapping key (`{{model}}:`). A string renders as one YAML
 *               scalar (yaml-value.ts); a list, a mapping or TextLines as a block after `key:`.
 *   {{name?}}   the same, as the whole value of a `key:` line, and the line is left out when the
 *               value is empty: optional inputs keep their default.
 *
 * `${{ ... }}` is GitHub's expression syntax and passes through untouched. Anything else that looks
 * like a placeholder (`{{ model }}`, `{{Model}}`, text around it, one in a comment, a name with no
 * value) is an error in the template: a bug, caught by the tests that render every template.
 */



const PLACEHOLDER = /(?<!\$)\{\{([a-z][a-z0-9_]*)(\?)?\}\}/g;
const OPENING = /(?<!\$)\{\{/g;
/** The placeholder names a template uses, in order of first use. */
function templatePlaceholders(text) {
    return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}
function isEmpty(v) {
    if (typeof v === 'string')
        return v === '';
    if (v instanceof yaml_value/* TextLines */.rT)
        return v.lines.length === 0;
    if (Array.isArray(v))
        return v.length === 0;
    return Object.keys(v).length === 0;
}
/** Every string in a value (list items, lines, mapping keys and string leaves), for the safety check. */
function strings(v) {
    if (typeof v === 'string')
        return [v];
    if (v instanceof yaml_value/* TextLines */.rT)
        return [...v.lines];
    if (Array.isArray(v))
        return v.flatMap(strings);
    if (v !== null && typeof v === 'object')
        return Object.entries(v).flatMap(([k, x]) => [k, ...strings(x)]);
    return [];
}
function checkValue(name, v) {
    for (const s of strings(v)) {
        const why = (0,yaml_value/* unsafeValueReason */.Om)(s);
        if (why)
            throw new errors/* UsageError */.eb(`the value of ${name} ${JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s)} ${why}`);
    }
    if (v instanceof yaml_value/* TextLines */.rT) {
        for (const line of v.lines)
            if (line.trim() === '' || /[\n\r]/.test(line))
                throw new errors/* UsageError */.eb(`the value of ${name} has an empty line or a line break inside a line`);
    }
}
/** Renders `text` (the template file `file`) with `values`. Throws UsageError for an unsafe value. */
function renderTemplate(text, values, file) {
    const openings = [...text.matchAll(OPENING)].length;
    const placeholders = [...text.matchAll(PLACEHOLDER)].length;
    if (openings !== placeholders)
        throw new Error(`${file}: "{{" that is not a placeholder {{name}} or {{name?}} (a bug in the template)`);
    for (const name of templatePlaceholders(text)) {
        if (!(name in values))
            throw new Error(`${file}: no value for {{${name}}} (a bug in the template or the values)`);
        checkValue(name, values[name]);
    }
    const out = [];
    for (const [i, line] of text.split('\n').entries()) {
        const at = `${file}:${i + 1}`;
        const matches = [...line.matchAll(PLACEHOLDER)];
        if (matches.length === 0) {
            out.push(line);
            continue;
        }
        if (line.trimStart().startsWith('#'))
            throw new Error(`${at}: a placeholder in a comment`);
        // A whole `key: {{name}}` line: where block values and {{name?}} may stand.
        const whole = /^(\s*)((?:- )*)[^\s#][^#]*: \{\{[a-z0-9_]+\??\}\}$/.exec(line);
        let dropLine = false;
        let rendered = line;
        for (const m of matches.reverse()) {
            const [token, name, optional] = m;
            const value = values[name];
            const start = m.index;
            const before = line.slice(0, start);
            const after = line.slice(start + token.length);
            if (optional && (!whole || after !== ''))
                throw new Error(`${at}: {{${name}?}} must be the whole value of a key: line`);
            if (optional && isEmpty(value)) {
                dropLine = true;
                break;
            }
            if (typeof value !== 'string') {
                if (!whole || after !== '')
                    throw new Error(`${at}: {{${name}}} holds a list, a mapping or lines: it must be the whole value of a key: line`);
                const column = whole[1].length + whole[2].length;
                // Placeholders are replaced right to left, so the text before this one is still the template's.
                rendered = `${rendered.slice(0, start - 1)}${(0,yaml_value/* blockValue */.nE)(value, column)}`;
                continue;
            }
            const asValue = /(?::|^\s*(?:- )*-) $/.test(before) && (after === '' || /^\s+#/.test(after));
            const asItem = /[[{,] ?$/.test(before) && /^ ?[\]},]/.test(after);
            const asKey = /^\s*(?:- )*$/.test(before) && after.startsWith(':');
            if (!asValue && !asItem && !asKey)
                throw new Error(`${at}: {{${name}}} must be a whole YAML node (a value, a flow item or a key), not part of a text`);
            rendered = `${rendered.slice(0, start)}${(0,yaml_value/* inlineScalar */.ae)(value)}${rendered.slice(start + token.length)}`;
        }
        if (!dropLine)
            out.push(rendered);
    }
    const result = out.join('\n');
    const problem = (0,dist/* parseDocument */.Tp)(result).errors[0];
    if (problem)
        throw new Error(`internal: ${file} rendered to invalid YAML: ${problem.message.split('\n')[0]}`);
    return result;
}

;// CONCATENATED MODULE: ../../../../shared/init/point-at-coordinates.ts
const point_at_coordinates_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `text` with every `uses: FROM/<path>@FROMREF` and schema URL of `from` pointing at `to`. */
function pointAtCoordinates(text, from, to) {
    if (from.repository === to.repository && from.ref === to.ref)
        return text;
    const uses = new RegExp(`^(\\s*(?:- )?uses: )${point_at_coordinates_escape(from.repository)}/([^@\\s]+)@${point_at_coordinates_escape(from.ref)}(\\s*(?:#.*)?)$`, 'gm');
    const raw = new RegExp(`https://raw\\.githubusercontent\\.com/${point_at_coordinates_escape(from.repository)}/${point_at_coordinates_escape(from.ref)}/`, 'g');
    const out = text.replace(uses, (_m, head, path, tail) => `${head}${to.repository}/${path}@${to.ref}${tail}`).replace(raw, `https://raw.githubusercontent.com/${to.repository}/${to.ref}/`);
    const left = new RegExp(`uses: ${point_at_coordinates_escape(from.repository)}/\\S+@${point_at_coordinates_escape(from.ref)}(?=\\s|$)`, 'm').exec(out);
    if (left)
        throw new Error(`internal: "${left[0]}" was not pointed at ${to.repository}@${to.ref}`);
    return out;
}

// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts
var atomic_write = __webpack_require__(3196);
;// CONCATENATED MODULE: ../../../../shared/init/write-all-or-nothing.ts
/**
 * Writes the planned files, each atomically (temp file and rename: shared/runtime/atomic-write.ts),
 * and all or nothing: when one write fails, the files already written are put back as they were
 * (removed, or their old content restored) and the folders init created are removed again, so a
 * failed init leaves the repository as it found it.
 */





/** The folders between `root` and `path`'s folder that do not exist yet, outermost first. */
async function missingFolders(root, path) {
    const out = [];
    let d = (0,external_node_path_.dirname)(path);
    while (d.startsWith(root) && d !== root && (await pathKind(d)) === 'none') {
        out.unshift(d);
        d = (0,external_node_path_.dirname)(d);
    }
    return out;
}
async function writeAllOrNothing(dir, files) {
    const root = (0,external_node_path_.resolve)(dir);
    const written = [];
    const createdFolders = [];
    try {
        for (const f of files) {
            const path = (0,external_node_path_.join)(root, f.path);
            // Checked again just before writing: a file that appeared since the plan is not clobbered.
            if (f.status === 'new' && (await pathKind(path)) !== 'none') {
                throw new errors/* UsageError */.eb(`${(0,external_node_path_.join)(dir, f.path)} appeared while init was writing`, { hint: 'nothing was written; run init again' });
            }
            const previous = f.status === 'overwrite' ? await (0,promises_.readFile)(path) : undefined;
            for (const folder of await missingFolders(root, path))
                createdFolders.push(folder);
            await (0,atomic_write/* writeFileAtomic */.Zf)(path, f.text);
            written.push({ path, previous });
        }
    }
    catch (e) {
        for (const w of written.reverse()) {
            await (w.previous === undefined ? (0,promises_.rm)(w.path, { force: true }) : (0,atomic_write/* writeFileAtomic */.Zf)(w.path, w.previous)).catch(() => undefined);
        }
        for (const folder of createdFolders.reverse())
            await (0,promises_.rmdir)(folder).catch(() => undefined);
        if (e instanceof errors/* UsageError */.eb)
            throw e;
        // The output writer's refusals (a folder in the way) are one clear message already; its
        // failed writes carry the system error, reported here once with init's own hint.
        if (e instanceof errors/* InputError */.dz && e.cause === undefined)
            throw e;
        const err = (e instanceof errors/* InputError */.dz ? e.cause : e);
        throw new errors/* InputError */.dz(`cannot write ${err.path ?? dir}: ${err.code ?? err.message}`, {
            hint: 'nothing was written; check the folder and its permissions',
            cause: e,
        });
    }
}

;// CONCATENATED MODULE: ../../../../shared/init/init-project.ts
/**
 * The init operation behind `mlops init`: check every flag, infer the data contract from the
 * training data, render mlops.yaml and the starter workflows from action-templates/, and write them
 * all or nothing. Nothing is written until everything has been rendered and checked.
 */












function isFileIn(dir) {
    return (p) => {
        try {
            return (0,external_node_fs_.statSync)((0,external_node_path_.join)(dir, p)).isFile();
        }
        catch {
            return false;
        }
    };
}
/** The files init writes into the repository at `dir` (rendered, not written). */
async function renderStarterFiles(options) {
    const isFolder = (() => {
        try {
            return (0,external_node_fs_.statSync)(options.dir).isDirectory();
        }
        catch {
            return false;
        }
    })();
    if (!isFolder)
        throw new errors/* UsageError */.eb(`--dir ${JSON.stringify(options.dir)} is not a folder`, { hint: "give the repository's root folder" });
    const init = (0,init_values/* initValues */.fj)(options, { isFile: isFileIn(options.dir) });
    const targets = ['mlops.yaml', ...starter_files/* STARTER_WORKFLOWS */.Zc.map(starter_files/* workflowTarget */.bl), init.data];
    if (targets.includes(init.contract))
        throw new errors/* UsageError */.eb(`--contract ${init.contract} is where init writes another file, or the data itself`, { hint: 'e.g. --contract contracts/train.yaml' });
    const inferred = await inferDataContract(options.dir, init.data, init.coordinates);
    const notes = [];
    // The target: a given one must be a column of the data; --label stands in for it when the data has that column.
    let target;
    if (init.target && inferred.columns.includes(init.target.column))
        target = init.target.column;
    else if (init.target?.given) {
        throw new errors/* UsageError */.eb(`--target ${JSON.stringify(init.target.column)} is not a column of ${init.data} (its columns: ${inferred.columns.join(', ')})`, {
            hint: "give the training data's target column, e.g. --target churned; --label is the label column of the predictions file",
        });
    }
    else {
        notes.push(`${init.data} has no column ${JSON.stringify(init.target?.column)} (--label names the predictions file's column): the drift check tests every data column. If production data lacks the target, pass --target COL to leave it out, or set drift.models.${String(init.values.model)}.columns.<column>.ignore: true in mlops.yaml.`);
    }
    const ignored = [...inferred.driftByConstruction, ...(target && !inferred.driftByConstruction.includes(target) ? [target] : [])];
    const values = { ...init.values, drift_columns: Object.fromEntries(ignored.map((c) => [c, { ignore: true }])) };
    notes.push(dependencyNote(init.dependencies));
    const pointed = (text) => pointAtCoordinates(text, starter_files/* TEMPLATE_COORDINATES */.VF, init.coordinates);
    const config = pointed(renderTemplate(await (0,starter_files/* readTemplate */.xV)(starter_files/* CONFIG_TEMPLATE */.KZ), values, starter_files/* CONFIG_TEMPLATE */.KZ));
    // What it writes must load: a template that renders an invalid mlops.yaml is a bug, not a file to write.
    (0,mlops_config.parseConfig)(config, 'mlops.yaml');
    const files = [
        { path: 'mlops.yaml', text: config },
        { path: init.contract, text: inferred.yaml },
    ];
    for (const name of starter_files/* STARTER_WORKFLOWS */.Zc) {
        const template = (0,starter_files/* workflowTemplate */.rC)(name);
        files.push({ path: (0,starter_files/* workflowTarget */.bl)(name), text: pointed(renderTemplate(await (0,starter_files/* readTemplate */.xV)(template), values, template)) });
    }
    return { files, rows: inferred.rows, contract: init.contract, model: init.values.model, notes };
}
/** One line saying what the runner will install before training, and from which file. */
function dependencyNote(d) {
    const parts = [
        d.pythonVersion && `Python ${d.pythonVersion} (actions/setup-python)`,
        d.requirements && (d.requirements.endsWith('.toml') ? `pip install of ${d.requirements}'s [project] dependencies (cached)` : `pip install -r ${d.requirements} (cached)`),
        d.setup && `the set-up command ${d.setup}`,
    ].filter(Boolean);
    if (parts.length === 0) {
        return 'Dependencies: no requirements.txt, pyproject.toml or environment.yml found, so the runner installs nothing before training; pass --requirements FILE, --python-version or --setup "CMD" (docs/init.md).';
    }
    return `Dependencies${d.foundIn && d.foundIn !== 'flags' ? ` (from ${d.foundIn})` : ''}: before training the runner sets up ${parts.join(', then ')}.`;
}
async function initProject(options) {
    const rendered = await renderStarterFiles(options);
    const planned = await planFiles(options.dir, rendered.files, options.force === true);
    if (!options.dryRun)
        await writeAllOrNothing(options.dir, planned);
    return {
        files: planned,
        written: !options.dryRun,
        rows: rendered.rows,
        nextSteps: nextSteps({ model: rendered.model, contract: rendered.contract }),
        notes: rendered.notes,
    };
}


/***/ }),

/***/ 8917:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateData: () => (/* binding */ validateData)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3196);
/* harmony import */ var _data_profile_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(446);
/* harmony import */ var _data_open_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9712);
/* harmony import */ var _data_profile_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5894);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9980);
/* harmony import */ var _data_scan_table_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3473);
/* harmony import */ var _data_validate_data_shards_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9868);
/* harmony import */ var _data_shard_workers_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(643);
/* harmony import */ var _formats_validation_format_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2878);
/* harmony import */ var _data_file_list_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9236);
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
        (0,_data_shard_workers_js__WEBPACK_IMPORTED_MODULE_10__.warmShardWorkers)(options.data, options.format);
    try {
        return await validateOneOrMany(options);
    }
    finally {
        (0,_data_shard_workers_js__WEBPACK_IMPORTED_MODULE_10__.releaseShardWorkers)();
    }
}
async function validateOneOrMany(options) {
    // The contract's module (its zod schemas and the YAML parser) and the contract inferrer
    // are imported by the runs that use them: a run that only profiles does not compile them (issue 18).
    const contract = options.contract === undefined ? undefined : await (await Promise.all(/* import() */[__webpack_require__.e(9171), __webpack_require__.e(9195)]).then(__webpack_require__.bind(__webpack_require__, 9195))).loadContract(options.contract);
    const files = await (0,_data_file_list_js__WEBPACK_IMPORTED_MODULE_12__/* .expandFileList */ .Nj)(options.data);
    if (files.length > 1)
        return writeOutputs(options, await validateFileList(options, contract, files));
    const data = files[0];
    // scanTable is done with each batch when it asks for the next (reuseBuffers).
    const reader = await (0,_data_open_table_js__WEBPACK_IMPORTED_MODULE_5__/* .openTable */ .R)(data, { delimiter: options.delimiter, format: options.format, reuseBuffers: true });
    const columns = await reader.columns();
    // Said here with the file and its header line; the profiler refuses the name too (a JSON Lines
    // key first seen further down), but without knowing where.
    if (columns.includes(_data_profile_js__WEBPACK_IMPORTED_MODULE_6__/* .RESERVED_COLUMN */ .IZ)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`a column named "${_data_profile_js__WEBPACK_IMPORTED_MODULE_6__/* .RESERVED_COLUMN */ .IZ}" cannot be profiled (JavaScript reserves the name for an object's prototype, so the profile could not keep it)`, {
            location: reader.hasLines ? { file: data, line: 1 } : { file: data },
            hint: 'rename the column',
        });
    }
    const shardInput = { file: data, format: reader.format, delimiter: options.delimiter, columns, contract, contractFile: options.contract, parallel: options.parallel };
    const tasks = await (0,_data_validate_data_shards_js__WEBPACK_IMPORTED_MODULE_9__/* .planShards */ .tF)(shardInput);
    if (tasks) {
        const run = await (0,_data_validate_data_shards_js__WEBPACK_IMPORTED_MODULE_9__/* .runShards */ .TS)(tasks, { ...shardInput, hasLines: reader.hasLines });
        const sharding = { shards: run.shards, ...('fallback' in run ? { fallback: run.fallback } : {}) };
        if ('merged' in run)
            return writeOutputs(options, { report: run.merged.report, profile: run.merged.profile, sharding });
        return writeOutputs(options, { ...(await validateSequentially(data, options, contract, reader, columns)), sharding });
    }
    return writeOutputs(options, await validateSequentially(data, options, contract, reader, columns));
}
/** The reference: one pass, in this thread. */
async function validateSequentially(data, options, contract, reader, columns) {
    const { profile, validator, rows } = await (0,_data_scan_table_js__WEBPACK_IMPORTED_MODULE_8__/* .scanTable */ .S)(reader, { file: data, columns, contract, contractFile: options.contract });
    const report = validator?.finish() ??
        (0,_formats_validation_format_js__WEBPACK_IMPORTED_MODULE_11__/* .reportWithoutContract */ .ZX)({ file: data, format: reader.format, rows, line_kind: reader.hasLines ? 'line' : 'row' });
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
    const { scanShard } = await __webpack_require__.e(/* import() */ 6309).then(__webpack_require__.bind(__webpack_require__, 6309));
    const { mergeShardProfiles } = await __webpack_require__.e(/* import() */ 3164).then(__webpack_require__.bind(__webpack_require__, 3164));
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mlops-file-list-'));
    try {
        const keyFile = (part) => ({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `keys-${part}.jsonl.gz`), name: `keys-${part}.jsonl.gz` });
        const shard = await scanShard({ data: options.data, files, shard: { index: 1, count: 1 }, contract, contractFile: options.contract, delimiter: options.delimiter, format: options.format, keyFile });
        const { report, profile } = await mergeShardProfiles([{ file: options.data, profile: shard, dir }], contract && options.contract ? { contract, file: options.contract } : undefined);
        return { report, profile };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
async function writeOutputs(options, result) {
    const { profile, report } = result;
    if (options.profileOut) {
        await (0,_data_profile_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeProfileFile */ .z_)(options.profileOut, profile);
        result.profilePath = options.profileOut;
    }
    if (options.reportOut) {
        await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJsonAtomic */ .ZJ)(options.reportOut, report);
        result.reportPath = options.reportOut;
    }
    if (options.inferContractOut) {
        const header = [
            `Data contract inferred by \`mlops validate --infer-contract\` from ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(options.data)} (${profile.rows} rows).`,
            'Review it: ranges are this sample\'s, widened by 10% (warnings); missing values and categories',
            'get the tolerance the sample allows (docs/contract.md, "Inferring a contract"). Tighten what you know.',
        ].join('\n');
        const { contractToYaml, inferContract } = await Promise.all(/* import() */[__webpack_require__.e(9171), __webpack_require__.e(4533), __webpack_require__.e(1576)]).then(__webpack_require__.bind(__webpack_require__, 4533));
        await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(options.inferContractOut, contractToYaml(inferContract(profile), header));
        result.inferredContractPath = options.inferContractOut;
    }
    return result;
}


/***/ })

};
