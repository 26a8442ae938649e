export const id = 854;
export const ids = [854];
export const modules = {

/***/ 3863:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EJ: () => (/* binding */ RUN_SCHEMA),
  vL: () => (/* binding */ describeCommand),
  _A: () => (/* binding */ runRecordSchema)
});

// UNUSED EXPORTS: environmentSchema, fileDigestSchema, originalRunSchema, runCommandSchema

// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(1100);
;// CONCATENATED MODULE: ../../../../shared/runtime/lazy-schema.ts
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

;// CONCATENATED MODULE: ../../../../shared/formats/run-format.ts
/**
 * `mlops-actions/run@1`: what one `train` step did. Written by `train` (`run-out`), read by the
 * steps after it (evaluate, publish-model's lineage). Defined once here (zod), documented in
 * docs/train.md ("The run record").
 *
 * A record is written for every run that got as far as starting the command (or restoring it from
 * the run cache): `status: "failed"` records say why, so a workflow can upload them with
 * `if: always()`. On a cache hit the command did not run: `exit_code` is null and `original` holds
 * the record of the run whose outputs were restored.
 */


const RUN_SCHEMA = 'mlops-actions/run@1';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const run_format_schemas = once(() => {
    const fileDigestSchema = schemas/* object */.Ikc({
        /** Workspace-relative, forward slashes. */
        path: schemas/* string */.YjP(),
        sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
        bytes: schemas/* number */.aig().int().nonnegative(),
    });
    const runCommandSchema = schemas/* object */.Ikc({
        /** What was spawned (no shell in between unless `shell` is set): for a shell, `[shell, ...flags, script]`. */
        argv: schemas/* array */.YOg(schemas/* string */.YjP()).min(1),
        /** The shell named by the user (`bash`, `sh`, `pwsh`), or null for an argument list. */
        shell: schemas/* string */.YjP().nullable(),
        /** The script given to the shell, or null. */
        script: schemas/* string */.YjP().nullable(),
    });
    const environmentSchema = schemas/* object */.Ikc({
        platform: schemas/* string */.YjP(),
        arch: schemas/* string */.YjP(),
        /** `node --version` of the node on PATH (what the command would run), or null. */
        node: schemas/* string */.YjP().nullable(),
        /** `python3 --version` (e.g. "3.12.3"), or null when there is no python3 on PATH. */
        python: schemas/* string */.YjP().nullable(),
        /** The runner image (`ImageOS`, e.g. "ubuntu24"), or null off a hosted runner. */
        image: schemas/* string */.YjP().nullable(),
        /** Lockfiles found at the top of the working directory, with their digests. */
        lockfiles: schemas/* array */.YOg(fileDigestSchema),
    });
    const runFields = {
        schema: schemas/* literal */.euz(RUN_SCHEMA),
        model: schemas/* string */.YjP(),
        status: schemas/* enum */.k5n(['succeeded', 'failed']),
        /** hit: outputs restored, command skipped; miss: the command ran (and was cached if it succeeded); off: no cache. */
        cache: schemas/* enum */.k5n(['hit', 'miss', 'off']),
        cache_key: schemas/* string */.YjP().nullable(),
        command: runCommandSchema,
        params: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()),
        seed: schemas/* number */.aig().int().nonnegative(),
        declared: schemas/* object */.Ikc({ inputs: schemas/* array */.YOg(schemas/* string */.YjP()), outputs: schemas/* array */.YOg(schemas/* string */.YjP()) }),
        inputs: schemas/* array */.YOg(fileDigestSchema),
        outputs: schemas/* array */.YOg(fileDigestSchema),
        environment: environmentSchema,
        git: schemas/* object */.Ikc({ commit: schemas/* string */.YjP().nullable() }),
        started_at: schemas/* string */.YjP(),
        ended_at: schemas/* string */.YjP(),
        duration_ms: schemas/* number */.aig().nonnegative(),
        /** The command's exit code; null when it did not run (cache hit) or was killed by a signal. */
        exit_code: schemas/* number */.aig().int().nullable(),
        signal: schemas/* string */.YjP().nullable(),
        /** Workspace-relative path of the log (stdout and stderr interleaved as they arrived). */
        log: schemas/* string */.YjP().nullable(),
        /** Why a failed run failed, in one line. */
        error: schemas/* string */.YjP().optional(),
        /**
         * Only when the run was asked to check determinism (`check-determinism`): the command ran twice
         * from the same state (the first run's outputs moved aside), and whether every declared output
         * came out byte-identical. `differing` lists the paths that did not (or that only one run wrote).
         */
        determinism: schemas/* object */.Ikc({ runs: schemas/* number */.aig().int().positive(), identical: schemas/* boolean */.zMY(), differing: schemas/* array */.YOg(schemas/* string */.YjP()) })
            .optional(),
    };
    /** The record of the run a cache hit restored (one level deep: its own `original` is dropped). */
    const originalRunSchema = schemas/* object */.Ikc(runFields);
    const runRecordSchema = schemas/* object */.Ikc({ ...runFields, original: originalRunSchema.optional() });
    return { fileDigestSchema, runCommandSchema, environmentSchema, originalRunSchema, runRecordSchema };
});
const fileDigestSchema = lazySchema(() => run_format_schemas().fileDigestSchema);
const runCommandSchema = lazySchema(() => run_format_schemas().runCommandSchema);
const environmentSchema = lazySchema(() => run_format_schemas().environmentSchema);
const originalRunSchema = lazySchema(() => run_format_schemas().originalRunSchema);
const runRecordSchema = lazySchema(() => run_format_schemas().runRecordSchema);
/** The command as a person would type it (for messages), quoting arguments that need it. */
function describeCommand(command) {
    if (command.shell !== null)
        return `${command.shell}: ${command.script}`;
    return command.argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}


/***/ }),

/***/ 1854:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderTrainSummary: () => (/* binding */ renderTrainSummary)
});

// EXTERNAL MODULE: ../../../../shared/formats/run-format.ts + 1 modules
var run_format = __webpack_require__(3863);
;// CONCATENATED MODULE: ../../../../shared/report/markdown-escape.ts
/**
 * Untrusted text (column names, cell values, file names from a PR) stays data when it reaches
 * Markdown: it cannot break a table, inject HTML, open a code span, format itself, or notify
 * people with an @mention. GitHub's renderer decodes entities, so escaped text reads as typed.
 */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '`': '&#96;', '|': '&#124;' };
/**
 * Escapes text for a Markdown table cell or running text: HTML and `|` as entities, Markdown
 * punctuation with backslashes, newlines as spaces, and a zero-width joiner after every `@` that
 * starts a name so `@org/team` renders but does not ping anyone.
 */
function escapeMarkdown(text) {
    return text
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        // Backslashes before entities: the entities' own `#` must not be escaped (`&\#124;` shows as text).
        .replace(/[\\*_[\]~#!]/g, (c) => `\\${c}`)
        .replace(/[&<>`|]/g, (c) => ENTITIES[c])
        .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200D');
}
/** Escapes and shortens to `max` characters (with an ellipsis), for cells that could be huge. */
function escapeMarkdownCell(text, max = 200) {
    const chars = [...text];
    const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
    return escapeMarkdown(cut);
}

;// CONCATENATED MODULE: ../../../../shared/report/train-summary.ts


const MAX_FILES = 50;
function seconds(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
function renderTrainSummary(record) {
    const title = record.cache === 'hit' ? '♻️ restored from the run cache' : record.status === 'succeeded' ? '✅ trained' : '❌ failed';
    const rows = [
        ['command', escapeMarkdownCell((0,run_format/* describeCommand */.vL)(record.command), 300)],
        ['cache', record.cache === 'hit' ? `hit (command skipped; original run ${escapeMarkdownCell(record.original?.started_at ?? '?')}, took ${seconds(record.original?.duration_ms ?? 0)})` : record.cache],
        ['cache key', escapeMarkdownCell(record.cache_key ?? '—', 600)],
        ['seed', String(record.seed)],
        ['duration', seconds(record.duration_ms)],
        ['inputs', `${record.inputs.length} file(s)`],
    ];
    const determinism = record.determinism ?? record.original?.determinism;
    if (determinism) {
        const of = record.determinism ? '' : ' (of the original run)';
        const differing = determinism.differing.slice(0, 20).map((p) => escapeMarkdownCell(p)).join(', ');
        rows.push(['determinism', determinism.identical ? `✅ ${determinism.runs} runs, byte-identical outputs${of}` : `❌ outputs differ between ${determinism.runs} runs${of}: ${differing}${determinism.differing.length > 20 ? ', …' : ''}`]);
    }
    const lines = [
        `### train ${escapeMarkdownCell(record.model)} ${title}`,
        '',
        '| | |',
        '| --- | --- |',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        '',
    ];
    if (record.outputs.length > 0) {
        lines.push('| output | bytes | sha256 |', '| --- | ---: | --- |');
        for (const f of record.outputs.slice(0, MAX_FILES))
            lines.push(`| ${escapeMarkdownCell(f.path)} | ${f.bytes} | ${f.sha256.slice(0, 12)} |`);
        if (record.outputs.length > MAX_FILES)
            lines.push(`| … ${record.outputs.length - MAX_FILES} more in the run record | | |`);
        lines.push('');
    }
    return `${lines.join('\n')}\n`;
}


/***/ })

};
