export const id = 6809;
export const ids = [6809,6429];
export const modules = {

/***/ 6809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  program: () => (/* binding */ program)
});

// EXTERNAL MODULE: ../../../../shared/runtime/cli.ts
var cli = __webpack_require__(6429);
// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts
var atomic_write = __webpack_require__(3196);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
;// CONCATENATED MODULE: ../../../../shared/cli/commands/profile-merge.ts
/** `mlops profile merge`: combine shard profiles (from a matrix of jobs) into one. */



const usage = `Usage: mlops profile merge A.json B.json [...] --out C.json

Merge profiles (mlops-actions/profile@1) of shards of one dataset into the profile of the whole.
Counts, min, max and mean are exact; quantiles and distinct counts keep their sketches' error.

Options:
  --out FILE    where to write the merged profile (required)
  -h, --help    show this help

Exit codes: 0 ok, 2 bad usage or an unreadable/incompatible profile.
`;
const profileMergeCommand = {
    name: 'profile merge',
    summary: 'Merge shard profiles into one profile',
    usage,
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCommandArgs */.Qx)(argv, { out: { type: 'string', short: 'o' } }, usage, true);
        const out = (0,cli/* requireOption */.Ve)(values.out, 'out', usage);
        if (positionals.length < 1)
            throw new cli/* CommandUsageError */.nT('give at least one profile to merge', usage);
        // Loaded on demand: `mlops validate` should not pay for the merge code at start-up.
        const { mergeProfiles, readProfile } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(7781)]).then(__webpack_require__.bind(__webpack_require__, 7781));
        const profiles = [];
        for (const file of positionals)
            profiles.push(await readProfile(file));
        const merged = mergeProfiles(profiles);
        await (0,atomic_write/* writeJsonAtomic */.ZJ)(out, merged);
        io.stdout(`merged ${positionals.length} profiles (${merged.rows} rows) into ${out}\n`);
        return errors/* EXIT_OK */.Ij;
    },
};

;// CONCATENATED MODULE: ../../../../shared/cli/commands/profile-show.ts
/** `mlops profile show`: a profile as a table, for people. */


const profile_show_usage = `Usage: mlops profile show PROFILE.json

Print a profile (mlops-actions/profile@1) as a table: per column its type, counts, range,
mean, std, median, distinct count (~ when estimated) and most frequent values.

Options:
  -h, --help    show this help

Exit codes: 0 ok, 2 bad usage or an unreadable profile.
`;
const profileShowCommand = {
    name: 'profile show',
    summary: 'Print a profile as a table',
    usage: profile_show_usage,
    async run(argv, io) {
        const { positionals } = (0,cli/* parseCommandArgs */.Qx)(argv, {}, profile_show_usage, true);
        if (positionals.length !== 1)
            throw new cli/* CommandUsageError */.nT('give one profile file', profile_show_usage);
        const { readProfile } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(7781)]).then(__webpack_require__.bind(__webpack_require__, 7781));
        const { renderProfileTable } = await __webpack_require__.e(/* import() */ 6691).then(__webpack_require__.bind(__webpack_require__, 6691));
        const profile = await readProfile(positionals[0]);
        io.stdout(`${positionals[0]}: ${profile.rows} rows, ${profile.column_order.length} columns\n`);
        io.stdout(`${renderProfileTable(profile)}\n`);
        return errors/* EXIT_OK */.Ij;
    },
};

// EXTERNAL MODULE: ../../../../shared/report/markdown-escape.ts
var markdown_escape = __webpack_require__(1160);
;// CONCATENATED MODULE: ../../../../shared/report/validation-summary.ts


function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function severityOf(v) {
    const s = String(v ?? 'error').toLowerCase();
    if (s === 'warn' || s === 'warning')
        return 'warn';
    if (s === 'info' || s === 'notice')
        return 'info';
    return 'error';
}
/** Where a finding points: its own location, else the data file at its first failing sample line. */
function locationOf(f, data) {
    const loc = f.location;
    if (loc && typeof loc.file === 'string')
        return { file: loc.file, line: num(loc.line), column: num(loc.column) };
    const first = Array.isArray(f.samples) ? f.samples[0] : undefined;
    // A file list's samples name their file; one file's are in data.file.
    const file = typeof first?.file === 'string' ? first.file : data.file;
    if (!file)
        return undefined;
    // Parquet samples are row numbers, not lines: the annotation then goes on the file only.
    const line = data.lineKind === 'row' ? undefined : num(first?.line);
    return { file, line: line && line > 0 ? line : undefined };
}
function findingOf(raw, data) {
    const f = (raw ?? {});
    const columns = Array.isArray(f.columns) ? f.columns.map(String).join(', ') : undefined;
    return {
        severity: severityOf(f.severity),
        message: String(f.message ?? ''),
        rule: typeof f.rule === 'string' ? f.rule : undefined,
        column: typeof f.column === 'string' ? f.column : (columns ?? null),
        failedRows: num(f.failed ?? f.failed_rows),
        fraction: num(f.fraction),
        passed: typeof f.passed === 'boolean' ? f.passed : undefined,
        location: locationOf(f, data),
    };
}
/**
 * Reads a `mlops-actions/validation@1` report (as `validateData` returns or writes it, see
 * shared/formats/validation-format.ts); throws when it has no verdict.
 */
function asValidationReport(report) {
    const r = report;
    if (!r || typeof r !== 'object' || typeof r.passed !== 'boolean' || !Array.isArray(r.findings)) {
        throw new Error('validation report has no boolean "passed" and "findings" array');
    }
    const d = (r.data ?? {});
    const data = { file: typeof d.file === 'string' ? d.file : undefined, lineKind: typeof d.line_kind === 'string' ? d.line_kind : undefined };
    const findings = r.findings.map((f) => findingOf(f, data));
    const rules = Array.isArray(r.rules) ? r.rules.map((f) => findingOf(f, data)) : findings;
    return { passed: r.passed, findings, rules, counts: (r.counts ?? {}) };
}
/** A finding counts against the data when it is a warn/error rule that did not pass. */
function isFailing(f) {
    return f.passed !== true && f.severity !== 'info';
}
function failingCounts(report) {
    let errors = 0;
    let warnings = 0;
    for (const f of report.findings) {
        if (!isFailing(f))
            continue;
        if (f.severity === 'error')
            errors++;
        else
            warnings++;
    }
    return { errors, warnings };
}
const FAIL_ON = ['error', 'warn', 'never'];
/** Whether the step fails: `error` follows the report's verdict; `warn` also fails on warnings. */
function failsValidation(report, failOn) {
    if (failOn === 'never')
        return false;
    const { errors, warnings } = failingCounts(report);
    if (failOn === 'warn')
        return !report.passed || errors + warnings > 0;
    return !report.passed;
}
function fmtNumber(v) {
    if (v === null || v === undefined)
        return '';
    if (typeof v === 'number') {
        if (!Number.isFinite(v))
            return String(v);
        if (Number.isInteger(v) && Math.abs(v) < 1e15)
            return String(v);
        return Number(v.toPrecision(6)).toString();
    }
    return escapeMarkdownCell(String(v), 60);
}
function fmtFraction(v) {
    if (v === undefined)
        return '';
    if (v === 0)
        return '0%';
    const pct = v * 100;
    return `${pct < 0.01 ? pct.toPrecision(2) : Number(pct.toPrecision(3)).toString()}%`;
}
const ICON = { pass: '✅ pass', error: '❌ fail', warn: '⚠️ warn', info: 'ℹ️ info' };
/** Job summary Markdown: verdict, rules table, per-column profile overview. */
function renderValidationSummary(reportIn, profile, options) {
    const report = asValidationReport(reportIn);
    const max = options.maxRows ?? 200;
    const { errors, warnings } = failingCounts(report);
    const out = [];
    const verdict = report.passed ? '✅ passed' : '❌ failed';
    out.push(`### validate-data ${verdict}: ${escapeMarkdownCell(options.data)}`, '');
    const facts = [
        profile ? `${profile.rows} rows, ${profile.column_order.length} columns` : undefined,
        options.contract ? `contract ${escapeMarkdownCell(options.contract)}` : 'no contract (profile only)',
        `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    ].filter(Boolean);
    out.push(facts.join(' · '), '');
    if (report.rules.length > 0) {
        out.push('| rule | column | severity | failed rows | fraction | result |', '| --- | --- | --- | ---: | ---: | --- |');
        for (const f of report.rules.slice(0, max)) {
            const result = f.passed === true ? ICON.pass : ICON[f.severity];
            const rule = escapeMarkdownCell(f.rule ?? f.message);
            out.push(`| ${rule} | ${f.column ? escapeMarkdownCell(f.column) : ''} | ${f.severity} | ${f.failedRows ?? ''} | ${fmtFraction(f.fraction)} | ${result} |`);
        }
        if (report.rules.length > max)
            out.push('', `_… and ${report.rules.length - max} more rules in the report file._`);
        out.push('');
    }
    else if (typeof report.counts.rules === 'number' && report.counts.rules > 0) {
        out.push(`All ${report.counts.rules} rules passed on every row.`, '');
    }
    if (profile && profile.column_order.length > 0) {
        out.push('<details><summary>Column profile</summary>', '');
        out.push('| column | type | count | nulls | min | max | mean | distinct |', '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
        for (const name of profile.column_order.slice(0, max)) {
            const c = profile.columns[name];
            if (!c)
                continue;
            const distinct = `${c.distinct.exact ? '' : '≈'}${fmtNumber(Math.round(c.distinct.estimate))}`;
            out.push(`| ${escapeMarkdownCell(name)} | ${c.type} | ${c.count} | ${c.nulls} | ${fmtNumber(c.min)} | ${fmtNumber(c.max)} | ${fmtNumber(c.mean)} | ${distinct} |`);
        }
        if (profile.column_order.length > max)
            out.push('', `_… and ${profile.column_order.length - max} more columns in the profile file._`);
        out.push('', '</details>', '');
    }
    return out.join('\n');
}
/**
 * CLI text: one line per finding, `severity: message`. Report messages already start with
 * `file:line`; a finding without one gets its location prefixed.
 */
function renderFindingLine(f) {
    const where = f.location && !f.message.startsWith(f.location.file) ? `${(0,errors/* formatLocation */.j$)(f.location)}: ` : '';
    const severity = f.severity === 'warn' ? 'warning' : f.severity;
    const label = f.passed === true ? `${severity} (within mostly)` : severity;
    return `${label}: ${where}${f.message}`;
}
/** CLI text: the closing line. */
function renderSummaryLine(reportIn, profile, data, failOn = 'error') {
    const report = asValidationReport(reportIn);
    const { errors, warnings } = failingCounts(report);
    const rows = profile ? `, ${profile.rows} rows` : '';
    return `${failsValidation(report, failOn) ? 'FAILED' : 'passed'}: ${data}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${rows}`;
}

;// CONCATENATED MODULE: ../../../../shared/cli/commands/validate.ts
/** `mlops validate`: the validate-data step on the command line (one job, a shard, or the fan-in). */



const validate_usage = `Usage: mlops validate --data FILE [options]
       mlops validate --data FILE --shard I/N --profile-out FILE [--contract FILE]
       mlops validate --profiles FILE... [--contract FILE] [options]

Profile a data file and check it against a data contract. Sharded across jobs: each job runs
--shard I/N and writes its profile; one job merges them with --profiles and checks the contract,
with the same report and profile as one job reading everything (docs/scale-out.md).

Options:
  --data FILE             CSV, TSV, JSON Lines or Parquet (.gz for text formats); a glob
                          ('data/*.parquet', quoted) or one file per line is read as one
                          table                                                      (required)
  --contract FILE         data contract YAML; without one the data is only profiled
  --profile-out FILE      write the profile JSON (mlops-actions/profile@1)
  --report-out FILE       write the validation report JSON (mlops-actions/validation@1)
  --infer-contract FILE   write a contract inferred from the data (YAML)
  --format text|json      output on stdout (default text; json prints the report)
  --delimiter C           CSV delimiter (default "," and tab for .tsv; "tab" for a tab)
  --fail-on error|warn|never  exit 1 on failing error rules (default), also on warnings, or never
  -h, --help              show this help

Sharded validation:
  --shard I/N             read only shard I of N (1-based, e.g. 2/8): one file is cut into N
                          byte ranges at line breaks (Parquet: runs of row groups), a file list
                          is dealt out (files I, I+N, …). Writes --profile-out (required) with the
                          shard's row-level results, and unique rules' keys next to it; the
                          fan-in decides pass or fail, so no report is written here
  --profiles FILE...      the fan-in: the shards' profiles (files or quoted globs; more files
                          may follow as arguments). Checks that they are all N shards of one
                          data and contract, and writes the one-job report and profile

Exit codes: 0 passed (or a shard written), 1 validation failed, 2 bad usage or unreadable input.
`;
const options = {
    data: { type: 'string' },
    contract: { type: 'string' },
    'profile-out': { type: 'string' },
    'report-out': { type: 'string' },
    'infer-contract': { type: 'string' },
    format: { type: 'string' },
    delimiter: { type: 'string' },
    'fail-on': { type: 'string' },
    shard: { type: 'string' },
    profiles: { type: 'string', multiple: true },
};
const validateCommand = {
    name: 'validate',
    summary: 'Profile a data file and check it against a data contract (also in shards)',
    usage: validate_usage,
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCommandArgs */.Qx)(argv, options, validate_usage, true);
        const format = (0,cli/* choiceOption */.zu)(values.format, 'format', ['text', 'json'], 'text', validate_usage);
        const failOn = (0,cli/* choiceOption */.zu)(values['fail-on'], 'fail-on', FAIL_ON, 'error', validate_usage);
        const profiles = values.profiles === undefined ? undefined : [...values.profiles, ...positionals];
        if (!profiles && positionals.length > 0)
            throw new cli/* CommandUsageError */.nT(`unexpected argument "${positionals[0]}"`, validate_usage);
        if (profiles) {
            for (const flag of ['data', 'shard', 'infer-contract', 'delimiter']) {
                if (values[flag] !== undefined)
                    throw new cli/* CommandUsageError */.nT(`--${flag} does not go with --profiles (the fan-in reads the shards' profiles, not the data)`, validate_usage);
            }
            const { validateMergedShards } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(980), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(3473), __webpack_require__.e(1429), __webpack_require__.e(3164), __webpack_require__.e(5626)]).then(__webpack_require__.bind(__webpack_require__, 2051));
            const result = await validateMergedShards({ profiles, contract: values.contract, profileOut: values['profile-out'], reportOut: values['report-out'] });
            const lines = [`merged ${result.profileFiles.length} shard profiles (${result.shard.count} shards of ${result.shard.data})`];
            return printResult(io, result.report, result.profile, format, failOn, lines, [
                ['profile', result.profilePath],
                ['report', result.reportPath],
            ]);
        }
        const data = (0,cli/* requireOption */.Ve)(values.data, 'data', validate_usage);
        if (values.shard !== undefined) {
            for (const flag of ['report-out', 'infer-contract']) {
                if (values[flag] !== undefined)
                    throw new cli/* CommandUsageError */.nT(`--${flag} does not go with --shard: the fan-in (--profiles) writes the report of the whole data`, validate_usage);
            }
            const profileOut = (0,cli/* requireOption */.Ve)(values['profile-out'], 'profile-out', validate_usage);
            const { parseShardSpec } = await Promise.all(/* import() */[__webpack_require__.e(980), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(3473), __webpack_require__.e(7487), __webpack_require__.e(5754)]).then(__webpack_require__.bind(__webpack_require__, 7273));
            const { validateShard } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(980), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(3473), __webpack_require__.e(7487), __webpack_require__.e(1429), __webpack_require__.e(6309), __webpack_require__.e(316)]).then(__webpack_require__.bind(__webpack_require__, 8549));
            const shard = parseShardSpec(values.shard);
            const result = await validateShard({ data, shard, contract: values.contract, profileOut, delimiter: (0,cli/* parseDelimiter */.DZ)(values.delimiter) });
            if (format === 'json')
                io.stdout(`${JSON.stringify(result.shard, null, 2)}\n`);
            else {
                io.stdout(`shard ${shard.index}/${shard.count} of ${result.shard.data}: ${describeParts(result.shard)}, ${result.profile.rows} rows${values.contract ? ', checked against the contract' : ''}\n`);
                io.stdout(`wrote profile: ${result.profilePath}\n`);
                for (const f of result.keyFiles)
                    io.stdout(`wrote unique keys: ${f}\n`);
            }
            return errors/* EXIT_OK */.Ij;
        }
        // A large CSV's shard workers start loading now, beside the step's own code (shard-workers.ts, a
        // small chunk: loaded here, not with the program, so other commands do not pay for worker_threads).
        (await __webpack_require__.e(/* import() */ 643).then(__webpack_require__.bind(__webpack_require__, 643))).warmShardWorkers(data);
        // Loaded on demand: other commands should not pay for the validator's code at start-up.
        const { validateData } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(980), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(3473), __webpack_require__.e(7487), __webpack_require__.e(1429), __webpack_require__.e(8917), __webpack_require__.e(2712)]).then(__webpack_require__.bind(__webpack_require__, 8917));
        const result = await validateData({
            data,
            contract: values.contract,
            profileOut: values['profile-out'],
            reportOut: values['report-out'],
            inferContractOut: values['infer-contract'],
            delimiter: (0,cli/* parseDelimiter */.DZ)(values.delimiter),
        });
        return printResult(io, result.report, result.profile, format, failOn, [], [
            ['profile', result.profilePath],
            ['report', result.reportPath],
            ['inferred contract', result.inferredContractPath],
        ]);
    },
};
function printResult(io, reportIn, profile, format, failOn, before, written) {
    const report = asValidationReport(reportIn);
    if (format === 'json') {
        io.stdout(`${JSON.stringify(reportIn, null, 2)}\n`);
    }
    else {
        for (const line of before)
            io.stdout(`${line}\n`);
        for (const f of report.findings)
            io.stdout(`${renderFindingLine(f)}\n`);
        io.stdout(`${renderSummaryLine(reportIn, profile, reportIn.data.file, failOn)}\n`);
        for (const [what, path] of written)
            if (path)
                io.stdout(`wrote ${what}: ${path}\n`);
    }
    return failsValidation(report, failOn) ? errors/* EXIT_CHECK_FAILED */.Gh : errors/* EXIT_OK */.Ij;
}
/** "bytes 0–52,311 of data.csv", "row groups 3–5", "2 files". */
function describeParts(shard) {
    if (shard.split === 'files')
        return shard.parts.length === 0 ? 'no files (more shards than files)' : `${shard.parts.length} file${shard.parts.length === 1 ? '' : 's'} (${shard.parts.map((p) => p.file).join(', ')})`;
    const p = shard.parts[0];
    if (p?.bytes)
        return p.bytes[0] === p.bytes[1] ? 'no bytes (the file is too small for this many shards)' : `bytes ${p.bytes[0]}–${p.bytes[1]}`;
    if (p?.row_groups)
        return p.row_groups[0] === p.row_groups[1] ? 'no row groups (fewer row groups than shards)' : `row groups ${p.row_groups[0] + 1}–${p.row_groups[1]}`;
    return 'the whole file';
}

;// CONCATENATED MODULE: ../../../../shared/runtime/list-input.ts
/** A comma- or newline-separated list (action inputs), trimmed, empty items dropped. */
function splitList(value) {
    return (value ?? '')
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}

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





const evaluate_usage = `Usage: mlops evaluate --predictions FILE --task binary|multiclass|regression --label COL
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
const evaluate_options = {
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
    usage: evaluate_usage,
    async run(argv, io) {
        const { values } = (0,cli/* parseCommandArgs */.Qx)(argv, evaluate_options, evaluate_usage);
        const out = (0,cli/* requireOption */.Ve)(values.out, 'out', evaluate_usage);
        const format = (0,cli/* choiceOption */.zu)(values.format, 'format', ['text', 'json'], 'text', evaluate_usage);
        if (values.import === undefined && values.predictions === undefined)
            throw new cli/* CommandUsageError */.nT('give --predictions FILE or --import PATH', evaluate_usage);
        const task = values.task === undefined ? undefined : (0,cli/* choiceOption */.zu)(values.task, 'task', ['binary', 'multiclass', 'regression'], 'binary', evaluate_usage);
        const opts = {
            predictions: values.predictions,
            importPath: values.import,
            task,
            label: values.label,
            prediction: values.prediction,
            score: values.score,
            classes: values.classes === undefined ? undefined : splitList(values.classes),
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
        const { evaluate } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(2475), __webpack_require__.e(7248), __webpack_require__.e(9712), __webpack_require__.e(2396), __webpack_require__.e(2936), __webpack_require__.e(3199)]).then(__webpack_require__.bind(__webpack_require__, 3199));
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

;// CONCATENATED MODULE: ../../../../shared/cli/commands/explain.ts
/** `mlops explain`: the explain step on the command line. */



const explain_usage = `Usage: mlops explain --data FILE --label COL --predict "COMMAND {input} {output}" [options]

Permutation feature importance of any model, through your own predict command (scikit-learn's
permutation_importance semantics): for each feature and repeat, the feature's values are shuffled
across rows and the model is scored again; importance = baseline score − permuted score (a loss:
permuted − baseline), mean and std over the repeats. Every permuted copy goes into one input
file, so the command runs once (or once per --max-batch-rows rows). Writes
mlops-actions/explanation@1.

The command runs without a shell. It gets {input}, a CSV of every column but the label, and
writes {output}, a CSV with one row per input row, in order: "score" (binary P(positive); a
regressor's value), or "score_<class>" per class, and/or "prediction".

Options:
  --data FILE             rows to explain on: CSV, TSV, JSON Lines or Parquet (.gz for text)
  --label COL             the true label (target) column
  --predict COMMAND       e.g. "python predict.py model.pkl {input} {output}"; {input} and
                          {output} are replaced as whole arguments
  --task T                binary, multiclass or regression (default: from the label, as
                          scikit-learn's type_of_target, and the command's output)
  --metric NAME           any metric evaluate computes (default roc_auc, accuracy or rmse by
                          task; accuracy for binary without a score column)
  --repeats N             permutations per feature (default 5)
  --seed N                seed of the permutations and the sample (default 20240101)
  --features A,B,...      the columns to permute, repeatable (default: all but the label);
                          the command always gets every column but the label
  --max-rows N            explain on a seeded sample of N rows (default: all)
  --max-batch-rows N      rows per call of the command at most, in whole copies of the data
                          (default 500000)
  --pos-label V           binary positive class (default 1, the greater number, or true)
  --threshold X           binary: predicted positive iff score > X (default 0.5)
  --timeout D             time limit of each call, e.g. 90s, 30m, 2h (default none)
  --out FILE              the explanation JSON (default mlops-out/explanation.json)
  --delimiter C           CSV delimiter of --data (default "," and tab for .tsv)
  --format text|json      output on stdout (default text; json prints the explanation)
  -h, --help              show this help

The command's own output goes to stderr. Exit codes: 0 ok, 2 bad usage or bad input (including
a predict command that fails or writes the wrong rows).
`;
const explain_options = {
    data: { type: 'string' },
    label: { type: 'string' },
    predict: { type: 'string' },
    task: { type: 'string' },
    metric: { type: 'string' },
    repeats: { type: 'string' },
    seed: { type: 'string' },
    features: { type: 'string', multiple: true },
    'max-rows': { type: 'string' },
    'max-batch-rows': { type: 'string' },
    'pos-label': { type: 'string' },
    threshold: { type: 'string' },
    timeout: { type: 'string' },
    out: { type: 'string', short: 'o' },
    delimiter: { type: 'string' },
    format: { type: 'string' },
};
function explain_numberOption(value, flag) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const x = Number(value);
    if (!Number.isFinite(x))
        throw new errors/* UsageError */.eb(`--${flag} must be a number (got ${JSON.stringify(value)})`);
    return x;
}
const explainCommand = {
    name: 'explain',
    summary: 'Permutation feature importance through your own predict command',
    usage: explain_usage,
    async run(argv, io) {
        const { values } = (0,cli/* parseCommandArgs */.Qx)(argv, explain_options, explain_usage);
        const data = (0,cli/* requireOption */.Ve)(values.data, 'data', explain_usage);
        const label = (0,cli/* requireOption */.Ve)(values.label, 'label', explain_usage);
        const predictLine = (0,cli/* requireOption */.Ve)(values.predict, 'predict', explain_usage);
        const format = (0,cli/* choiceOption */.zu)(values.format, 'format', ['text', 'json'], 'text', explain_usage);
        const task = values.task === undefined ? undefined : (0,cli/* choiceOption */.zu)(values.task, 'task', ['binary', 'multiclass', 'regression'], 'binary', explain_usage);
        // Loaded on demand: other commands should not pay for the metrics code at start-up.
        const { splitCommandWords } = await __webpack_require__.e(/* import() */ 311).then(__webpack_require__.bind(__webpack_require__, 311));
        const { parseTimeoutDuration } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8536));
        const { explain } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(7248), __webpack_require__.e(9712), __webpack_require__.e(2396), __webpack_require__.e(7855), __webpack_require__.e(2936), __webpack_require__.e(5170), __webpack_require__.e(950), __webpack_require__.e(6850)]).then(__webpack_require__.bind(__webpack_require__, 6850));
        const { renderExplanationText } = await __webpack_require__.e(/* import() */ 2201).then(__webpack_require__.bind(__webpack_require__, 2201));
        const toStderr = (chunk) => io.stderr(chunk.toString('utf8'));
        const result = await explain({
            data,
            label,
            predict: splitCommandWords(predictLine, '--predict'),
            task,
            metric: values.metric,
            repeats: explain_numberOption(values.repeats, 'repeats'),
            seed: explain_numberOption(values.seed, 'seed'),
            features: values.features?.flatMap((f) => splitList(f)),
            maxRows: explain_numberOption(values['max-rows'], 'max-rows'),
            maxBatchRows: explain_numberOption(values['max-batch-rows'], 'max-batch-rows'),
            posLabel: values['pos-label'],
            threshold: explain_numberOption(values.threshold, 'threshold'),
            timeoutMs: values.timeout === undefined ? undefined : parseTimeoutDuration(values.timeout),
            out: values.out ?? 'mlops-out/explanation.json',
            delimiter: (0,cli/* parseDelimiter */.DZ)(values.delimiter),
            env: io.env,
        }, { stdout: toStderr, stderr: toStderr, log: (line) => io.stderr(`${line}\n`) });
        if (format === 'json')
            io.stdout(`${JSON.stringify(result.explanation, null, 2)}\n`);
        else {
            io.stdout(renderExplanationText(result.explanation));
            if (result.path)
                io.stdout(`wrote explanation: ${result.path}\n`);
        }
        return errors/* EXIT_OK */.Ij;
    },
};

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ../../../../shared/model/train/defaults.ts
var defaults = __webpack_require__(2377);
// EXTERNAL MODULE: ../../../../shared/model/train/timeout.ts
var timeout = __webpack_require__(8536);
;// CONCATENATED MODULE: ../../../../shared/cli/commands/train.ts
/** `mlops train`: the train step on the command line, with the local folder run cache. */





const train_usage = `Usage: mlops train --model NAME [options] -- COMMAND [ARGS...]
       mlops train --model NAME --shell bash [options] -- 'SCRIPT'

Run your training command with params, a seed and a content-addressed run cache, and write a run
record (mlops-actions/run@1). Everything after "--" is the command, passed to it as is and never
through a shell; with --shell, the one argument after "--" is a script for that shell.

Options:
  --model NAME          names the run and its cache entries (required)
  --params FILE         params file (YAML or JSON)
  --set KEY=VALUE       override a param (dotted keys; the value is read as YAML); repeatable
  --seed N              seed, given to the command as MLOPS_SEED (default 0)
  --inputs GLOB         files the command reads; repeatable, or comma-separated
  --outputs GLOB        files the command writes (restored on a cache hit); repeatable
  --shell bash|sh|pwsh  run the script after "--" with this shell
  --cache-dir DIR       run cache folder (default ${defaults/* DEFAULT_CACHE_DIR */.Ti})
  --no-cache            always run the command; neither read nor write the cache
  --run-out FILE        run record (default ${defaults/* DEFAULT_RUN_OUT */.vs})
  --log-out FILE        log of the command's output (default ${defaults/* DEFAULT_LOG_OUT */.EV})
  --timeout DURATION    stop the command after this long (90s, 30m, 2h) and fail (exit 1)
  --check-determinism   run the command twice (the first run's outputs moved aside) and fail
                        (exit 1) unless every output is byte-identical; the run record's
                        "determinism" says so. A cache hit runs nothing
  -h, --help            show this help (put the command's own --help after "--" in quotes
                        of a --shell script: mlops reads -h/--help anywhere)

The command gets MLOPS_PARAMS_FILE (the merged params as JSON), MLOPS_SEED and MLOPS_MODEL. Its
stdout and stderr are shown as they come and kept in the log; mlops's own messages go to stderr.

The command runs in its own process group. On Ctrl-C, SIGTERM or SIGHUP, mlops passes the signal
to that whole group, waits up to 10 s for it to end (a second signal: at once), then kills what is
left with SIGKILL, and exits 128 + the signal's number. The same stop, with SIGTERM, ends a run
that passes --timeout. A stopped run writes a failed run record and is never cached.

Exit codes: 0 trained or restored, 1 the command failed, ran past --timeout, a declared output
is missing or --check-determinism found outputs that differ, 2 bad usage or input (unknown command, bad params file, an input glob that matches
nothing), 130/143/129 interrupted by SIGINT/SIGTERM/SIGHUP.
`;
const train_options = {
    model: { type: 'string' },
    params: { type: 'string' },
    set: { type: 'string', multiple: true },
    seed: { type: 'string' },
    inputs: { type: 'string', multiple: true },
    outputs: { type: 'string', multiple: true },
    shell: { type: 'string' },
    'cache-dir': { type: 'string' },
    'no-cache': { type: 'boolean' },
    'run-out': { type: 'string' },
    'log-out': { type: 'string' },
    timeout: { type: 'string' },
    'check-determinism': { type: 'boolean' },
};
/** Live output as text for the CLI's io, without splitting a UTF-8 character across chunks. */
function textSink(write) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    return (chunk) => {
        const text = decoder.write(chunk);
        if (text)
            write(text);
    };
}
const trainCommand = {
    name: 'train',
    summary: 'Run a training command with params, a seed, a run record and a run cache',
    usage: train_usage,
    async run(argv, io) {
        const dashes = argv.indexOf('--');
        if (dashes === -1)
            throw new cli/* CommandUsageError */.nT('give the training command after "--"', train_usage);
        const { values } = (0,cli/* parseCommandArgs */.Qx)(argv.slice(0, dashes), train_options, train_usage);
        const rest = argv.slice(dashes + 1);
        const model = (0,cli/* requireOption */.Ve)(values.model, 'model', train_usage);
        if (rest.length === 0)
            throw new cli/* CommandUsageError */.nT('the training command after "--" is empty', train_usage);
        let command;
        if (values.shell !== undefined) {
            if (rest.length !== 1)
                throw new cli/* CommandUsageError */.nT(`with --shell, give the script as one argument after "--" (got ${rest.length}); quote it`, train_usage);
            command = { shell: values.shell, script: rest[0] };
        }
        else {
            command = { argv: rest };
        }
        let seed = 0;
        if (values.seed !== undefined) {
            if (!/^\d+$/.test(values.seed))
                throw new cli/* CommandUsageError */.nT(`--seed must be a non-negative integer (got "${values.seed}")`, train_usage);
            seed = Number(values.seed);
        }
        const timeoutMs = values.timeout === undefined ? undefined : (0,timeout.parseTimeoutDuration)(values.timeout);
        const cacheDir = values['cache-dir'] ?? defaults/* DEFAULT_CACHE_DIR */.Ti;
        const log = { info: (m) => io.stderr(`mlops: ${m}\n`), warn: (m) => io.stderr(`mlops: warning: ${m}\n`) };
        // Loaded on demand: other commands (and a usage error here) should not pay for the step's code at start-up.
        const { guardRunCacheTemps } = await __webpack_require__.e(/* import() */ 6519).then(__webpack_require__.bind(__webpack_require__, 6519));
        const { splitGlobList } = await Promise.all(/* import() */[__webpack_require__.e(44), __webpack_require__.e(8579)]).then(__webpack_require__.bind(__webpack_require__, 8579));
        const { LocalRunCache } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(44), __webpack_require__.e(9516)]).then(__webpack_require__.bind(__webpack_require__, 9516));
        const { paramsFromAssignments } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(605)]).then(__webpack_require__.bind(__webpack_require__, 605));
        const { train } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(950), __webpack_require__.e(3547)]).then(__webpack_require__.bind(__webpack_require__, 950));
        // Half-built cache entries: stale ones swept, this run's removed on Ctrl-C (shared/runtime/run-cache-temps.ts).
        if (!values['no-cache'])
            await guardRunCacheTemps(cacheDir);
        const result = await train({
            model,
            command,
            paramsFile: values.params,
            params: paramsFromAssignments(values.set ?? []),
            seed,
            inputs: (values.inputs ?? []).flatMap(splitGlobList),
            outputs: (values.outputs ?? []).flatMap(splitGlobList),
            runOut: values['run-out'],
            logOut: values['log-out'],
            timeoutMs,
            exclude: [`${cacheDir.replace(/\/+$/, '')}/**`],
            checkDeterminism: values['check-determinism'] === true,
        }, {
            cache: values['no-cache'] ? undefined : new LocalRunCache(cacheDir, log),
            log,
            stdout: textSink(io.stdout),
            stderr: textSink(io.stderr),
        });
        const r = result.record;
        const what = result.cacheHit ? 'restored from the run cache' : r.determinism ? 'trained twice with byte-identical outputs' : 'trained';
        io.stderr(`mlops: ${model} ${what} in ${(r.duration_ms / 1000).toFixed(1)} s: ${r.outputs.length} output file(s); run record ${result.runPath}\n`);
        return errors/* EXIT_OK */.Ij;
    },
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../../../../shared/cli/registry-flags.ts
var registry_flags = __webpack_require__(9444);
;// CONCATENATED MODULE: ../../../../shared/cli/commands/compare.ts
/** `mlops compare`: the compare step on the command line, posting through a LocalForge. */





const compare_usage = `Usage: mlops compare --head FILE --baseline FILE|none|production|base-branch [options] --out-dir DIR

Compare an evaluation report (the head) with a baseline report under the gate rules of
mlops.yaml, and write what the compare action would post on a PR:
  DIR/comparison.json   the comparison (mlops-actions/comparison@1)
  DIR/comment.md        the sticky PR comment
  DIR/summary.md        the job summary
  DIR/forge/            the comment and check run as a LocalForge writes them

Options:
  --head FILE             the head evaluation report (mlops-actions/evaluation@1)   (required)
  --baseline FILE         the baseline report; "none" for a first run; "production"
                          for the report of the model's production version in the
                          registry (checked against its manifest); "base-branch" for
                          the evaluation artifact of the latest successful run of
                          --workflow on --base-branch of --repo on GitHub            (required)
  --config FILE           mlops.yaml with gate rules (default: ./mlops.yaml when it exists)
  --rules FILE            one model's rules (YAML) instead of mlops.yaml
  --model NAME            which model of mlops.yaml (default: the only one); with
                          --baseline production, the model in the registry
  --out-dir DIR           where to write the files above                             (required)
  --repo OWNER/NAME       the repository the LocalForge posts to (default local/repo)
  --pr N                  the PR number it comments on (default 1)
  --sha SHA               the head commit of the check run (default local)
  --workflow NAME         names the sticky comment; with --baseline base-branch, the
                          workflow whose runs upload the artifact (default pr-report.yml)
  --post                  post the comment and the check run on GitHub (--repo, --pr,
                          --sha) instead of writing them through the LocalForge
  --comment FILE          also write the comment to FILE; "-" prints it on stdout
  --run FILE              the head's run record (train --run-out), for "What changed"
                          (default: run.json beside the head report, when there)
  --profile FILE          the head's training-data profile (validate --profile-out)
                          (default: profile.json beside the head report, when there)
  --baseline-run FILE     the baseline's run record (default: run.json beside its report;
                          with --baseline production, the release's run.json)
  --baseline-profile FILE the baseline's training-data profile (likewise profile.json)
  --explanation FILE      the head's explanation (mlops explain) for "What the model relies
                          on" (default: explanation.json beside the head report, when there)
  --baseline-explanation FILE  the baseline's (likewise explanation.json)
  --no-fail               exit 0 even when the gate fails
  --quiet                 no status lines on stderr
  -h, --help              show this help

Stdout carries only what --comment - asks for (pipe it: --comment - | gh pr comment 7 -F -);
the verdict and the files written are status lines on stderr.

With --baseline base-branch (what the compare action does on a pull request; token from
GITHUB_TOKEN or GH_TOKEN with actions: read, GITHUB_API_URL for GHES):
  --repo OWNER/REPO     the repository whose workflow runs hold the artifact   (required)
  --base-branch B       the branch whose latest successful run is the baseline (required)
  --artifact-name N     the evaluation artifact's name (default mlops-evaluation)
  --artifact-report P   the report's path inside the artifact (default evaluation.json)

With --baseline production (the version the registry's production alias points to; a model
never promoted is compared as a first run):
  --baseline-alias A    compare with alias A instead (staging, ...)
${registry_flags/* REGISTRY_FLAGS_HELP */.uW}
  --repo also stays the LocalForge's repository; given with --registry DIR, it is only that.

Exit codes: 0 passed or report only, 1 the gate failed or the production report does not
match its release's manifest, 2 bad usage or bad input, 3 GitHub refused a call.
`;
const compare_options = {
    ...registry_flags/* REGISTRY_FLAGS */.sY,
    'baseline-alias': { type: 'string' },
    head: { type: 'string' },
    baseline: { type: 'string' },
    config: { type: 'string' },
    rules: { type: 'string' },
    model: { type: 'string' },
    'out-dir': { type: 'string' },
    repo: { type: 'string' },
    pr: { type: 'string' },
    sha: { type: 'string' },
    workflow: { type: 'string' },
    comment: { type: 'string' },
    run: { type: 'string' },
    profile: { type: 'string' },
    'baseline-run': { type: 'string' },
    'baseline-profile': { type: 'string' },
    explanation: { type: 'string' },
    'baseline-explanation': { type: 'string' },
    'no-fail': { type: 'boolean' },
    'base-branch': { type: 'string' },
    'artifact-name': { type: 'string' },
    'artifact-report': { type: 'string' },
    post: { type: 'boolean' },
    quiet: { type: 'boolean' },
};
const compareCommand = {
    name: 'compare',
    summary: 'Compare an evaluation report with a baseline, gate it, and render the PR report',
    usage: compare_usage,
    async run(argv, io) {
        const { values } = (0,cli/* parseCommandArgs */.Qx)(argv, compare_options, compare_usage);
        const head = (0,cli/* requireOption */.Ve)(values.head, 'head', compare_usage);
        const baselineArg = (0,cli/* requireOption */.Ve)(values.baseline, 'baseline', compare_usage);
        const outDir = (0,cli/* requireOption */.Ve)(values['out-dir'], 'out-dir', compare_usage);
        const [owner, repo, ...rest] = (values.repo ?? 'local/repo').split('/');
        if (!owner || !repo || rest.length)
            throw new cli/* CommandUsageError */.nT(`--repo must be OWNER/NAME (got ${JSON.stringify(values.repo)})`, compare_usage);
        const pr = values.pr === undefined ? 1 : Number(values.pr);
        if (!Number.isInteger(pr) || pr < 1)
            throw new cli/* CommandUsageError */.nT(`--pr must be a positive whole number (got ${JSON.stringify(values.pr)})`, compare_usage);
        // Loaded on demand: other commands should not pay for compare's code at start-up.
        const { baselineKindOf } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(2396), __webpack_require__.e(7855), __webpack_require__.e(2936), __webpack_require__.e(5170), __webpack_require__.e(1881), __webpack_require__.e(9349), __webpack_require__.e(6052)]).then(__webpack_require__.bind(__webpack_require__, 9349));
        const { runCompareStep } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(2396), __webpack_require__.e(7855), __webpack_require__.e(2936), __webpack_require__.e(8737), __webpack_require__.e(5170), __webpack_require__.e(1881), __webpack_require__.e(9349), __webpack_require__.e(684)]).then(__webpack_require__.bind(__webpack_require__, 8300));
        const { LocalForge } = await Promise.all(/* import() */[__webpack_require__.e(8737), __webpack_require__.e(7700), __webpack_require__.e(6980)]).then(__webpack_require__.bind(__webpack_require__, 1118));
        const kind = baselineKindOf(baselineArg);
        const registryFlag = ['registry', 'registry-branch', 'baseline-alias'].find((f) => values[f] !== undefined);
        if (kind !== 'production' && registryFlag)
            throw new cli/* CommandUsageError */.nT(`--${registryFlag} goes with --baseline production`, compare_usage);
        const artifactFlag = ['base-branch', 'artifact-name', 'artifact-report'].find((f) => values[f] !== undefined);
        if (kind !== 'base-branch' && artifactFlag)
            throw new cli/* CommandUsageError */.nT(`--${artifactFlag} goes with --baseline base-branch`, compare_usage);
        // GitHub itself: for the base branch's artifact, or to post the comment and check run there.
        let github;
        if (kind === 'base-branch' || values.post) {
            if (values.repo === undefined)
                throw new cli/* CommandUsageError */.nT(`${values.post ? '--post' : '--baseline base-branch'} needs --repo OWNER/REPO`, compare_usage);
            if (values.post && (values.pr === undefined || values.sha === undefined))
                throw new cli/* CommandUsageError */.nT('--post needs --pr N and --sha SHA: the PR to comment on and the commit of the check run', compare_usage);
            const { gitHubFromFlags } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9444));
            const { client, repo: ref } = await gitHubFromFlags(values.repo, io.env, compare_usage, {
                need: 'actions: read for the base branch\'s artifact; with --post, pull-requests: write and checks: write',
                warn: (m) => io.stderr(`mlops: ${m}\n`),
            });
            const { GitHubForge } = await Promise.all(/* import() */[__webpack_require__.e(8737), __webpack_require__.e(7700), __webpack_require__.e(4085)]).then(__webpack_require__.bind(__webpack_require__, 942));
            github = { forge: new GitHubForge(client), repo: ref };
        }
        if (values.comment === '')
            throw new cli/* CommandUsageError */.nT('--comment needs a file name, or "-" for stdout', compare_usage);
        const rules = values.rules === undefined ? undefined : await (await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(2396), __webpack_require__.e(7855)]).then(__webpack_require__.bind(__webpack_require__, 7855))).loadModelRules(values.rules);
        let baseline;
        if (kind === 'production') {
            // --repo names the LocalForge's repository too: it picks the GitHub registry only when no --registry folder is given.
            const registry = await (0,registry_flags/* openRegistryFromFlags */.f5)({ registry: values.registry, repo: values.registry === undefined ? values.repo : undefined, 'registry-branch': values['registry-branch'] }, io.env, compare_usage);
            baseline = { kind, registry, alias: values['baseline-alias'] };
        }
        else if (kind === 'base-branch') {
            const branch = (0,cli/* requireOption */.Ve)(values['base-branch'], 'base-branch', compare_usage);
            baseline = { kind, repo: github.repo, workflow: values.workflow ?? 'pr-report.yml', branch, artifact: values['artifact-name'] ?? 'mlops-evaluation', reportPath: values['artifact-report'] ?? 'evaluation.json' };
        }
        else
            baseline = kind === 'file' ? { kind, path: baselineArg } : { kind: 'none' };
        const download = kind === 'base-branch' ? (await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(1214)]).then(__webpack_require__.bind(__webpack_require__, 1214))).forgeArtifactDownloader(github.forge) : undefined;
        const result = await runCompareStep({
            head,
            baseline,
            config: values.config ?? ((0,external_node_fs_.existsSync)('mlops.yaml') ? 'mlops.yaml' : undefined),
            rules,
            model: values.model,
            outDir,
            workflow: values.workflow ?? 'pr-report.yml',
            failOnRegression: !values['no-fail'],
            target: { owner, repo, prNumber: pr, headSha: values.sha ?? 'local' },
            headRun: values.run,
            headProfile: values.profile,
            baselineRun: values['baseline-run'],
            baselineProfile: values['baseline-profile'],
            headExplanation: values.explanation,
            baselineExplanation: values['baseline-explanation'],
        }, { forge: values.post ? github.forge : new LocalForge((0,external_node_path_.join)(outDir, 'forge')), baselineForge: github?.forge, download, log: kind === 'base-branch' && !values.quiet ? (m) => io.stderr(`${m}\n`) : undefined });
        if (values.comment === '-')
            io.stdout(result.comment);
        else if (values.comment !== undefined)
            await (0,atomic_write/* writeFileAtomic */.Zf)(values.comment, result.comment);
        if (!values.quiet) {
            const also = values.comment !== undefined && values.comment !== '-' ? `, ${values.comment}` : '';
            io.stderr(`verdict: ${result.comparison.verdict}\nwrote ${result.files.comparison}, ${result.files.comment}, ${result.files.summary}${also}\n`);
            const changed = result.comparison.what_changed;
            if (changed) {
                const { whatChangedLine } = await __webpack_require__.e(/* import() */ 8334).then(__webpack_require__.bind(__webpack_require__, 8334));
                io.stderr(`what changed: ${whatChangedLine(changed)}\n`);
            }
            const where = values.post ? 'GitHub' : 'LocalForge';
            if (result.commentUrl)
                io.stderr(`comment (${where}): ${result.commentUrl}\n`);
            if (result.checkRunUrl)
                io.stderr(`check run (${where}): ${result.checkRunUrl}\n`);
        }
        return result.exitCode;
    },
};

;// CONCATENATED MODULE: ../../../../shared/cli/commands/rank.ts
/** `mlops rank`: rank candidate models' evaluation reports under the gate rules (the candidates' fan-in). */


const rank_usage = `Usage: mlops rank --candidate NAME=FILE [--candidate NAME=FILE ...] [options]

Rank candidate models (e.g. one per parameter set, trained by a matrix) by their evaluation
reports: each is gated against the baseline by the rules of mlops.yaml, as compare gates a PR,
and the candidates the gate passes come first, best primary metric first; ties go to fewer
failed rules, then to the name. Writes DIR/ranking.json (mlops-actions/ranking@1) and
DIR/ranking.md (the PR comment the rank-candidates action posts), and prints the ranking.

Options:
  --candidate NAME=FILE   a candidate and its evaluation report; or a file or quoted glob,
                          each report named for its folder                      (required, repeatable)
  --baseline FILE|none    the baseline report (default none: change rules are first-run)
  --config FILE           mlops.yaml with gate rules (default: ./mlops.yaml when it exists)
  --model NAME            which model of mlops.yaml (default: the only one)
  --metric NAME           the primary metric (default: the first metric of the model's rules,
                          else roc_auc, accuracy or rmse by task)
  --out-dir DIR           where to write ranking.json and ranking.md (default mlops-out/rank)
  --format text|json      what to print (default text; json prints ranking.json)
  --no-fail               exit 0 even when no candidate passes the gate
  -h, --help              show this help

Exit codes: 0 a winner, 1 no candidate passes the gate, 2 bad usage or bad input.
`;
const rank_options = {
    candidate: { type: 'string', multiple: true },
    baseline: { type: 'string' },
    config: { type: 'string' },
    model: { type: 'string' },
    metric: { type: 'string' },
    'out-dir': { type: 'string' },
    format: { type: 'string' },
    'no-fail': { type: 'boolean' },
};
const rankCommand = {
    name: 'rank',
    summary: 'Rank candidate models by their evaluations under the gate rules',
    usage: rank_usage,
    async run(argv, io) {
        const { values } = (0,cli/* parseCommandArgs */.Qx)(argv, rank_options, rank_usage);
        if (!values.candidate?.length)
            throw new cli/* CommandUsageError */.nT('missing required option --candidate', rank_usage);
        const format = (0,cli/* choiceOption */.zu)(values.format, 'format', ['text', 'json'], 'text', rank_usage);
        const baselineArg = values.baseline ?? 'none';
        if (baselineArg === 'base-branch' || baselineArg === 'production') {
            throw new cli/* CommandUsageError */.nT(`--baseline ${baselineArg} needs GitHub; locally, pass the baseline report file (or none)`, rank_usage);
        }
        // Loaded on demand: other commands should not pay for compare's code at start-up.
        const { candidateFiles, runRankStep } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(2396), __webpack_require__.e(7855), __webpack_require__.e(2936), __webpack_require__.e(8737), __webpack_require__.e(5170), __webpack_require__.e(1881), __webpack_require__.e(9349), __webpack_require__.e(528)]).then(__webpack_require__.bind(__webpack_require__, 5029));
        const { formatValue } = await Promise.all(/* import() */[__webpack_require__.e(8737), __webpack_require__.e(3874)]).then(__webpack_require__.bind(__webpack_require__, 8737));
        const result = await runRankStep({
            candidates: await candidateFiles(values.candidate),
            baseline: baselineArg === 'none' ? { kind: 'none' } : { kind: 'file', path: baselineArg },
            config: values.config ?? ((0,external_node_fs_.existsSync)('mlops.yaml') ? 'mlops.yaml' : undefined),
            model: values.model,
            metric: values.metric,
            outDir: values['out-dir'] ?? 'mlops-out/rank',
            workflow: 'candidates.yml',
            failIfNoWinner: !values['no-fail'],
        });
        const r = result.ranking;
        if (format === 'json')
            io.stdout(`${JSON.stringify(r, null, 2)}\n`);
        else {
            const width = Math.max(9, ...r.candidates.map((c) => c.name.length));
            io.stdout(`${'rank'.padStart(4)}  ${'candidate'.padEnd(width)}  ${r.metric.name.padStart(10)}  ${'Δ baseline'.padStart(10)}  gate\n`);
            for (const c of r.candidates) {
                const delta = c.delta === null ? '—' : `${c.delta > 0 ? '+' : ''}${formatValue(c.delta)}`;
                io.stdout(`${String(c.rank).padStart(4)}  ${c.name.padEnd(width)}  ${formatValue(c.primary).padStart(10)}  ${delta.padStart(10)}  ${c.verdict}${c.gate.failed ? ` (${c.gate.failed} failed)` : ''}\n`);
            }
            io.stdout(`\n${r.winner !== null ? `winner: ${r.winner} (${r.reason})` : `no winner: ${r.reason}`}\nwrote ${result.files.ranking}, ${result.files.comment}\n`);
        }
        return result.exitCode;
    },
};

;// CONCATENATED MODULE: ../../../../shared/cli/commands/publish.ts
/** `mlops publish`: the publish-model step on the command line, into a local registry folder or a repository's registry on GitHub. */



const publish_usage = `Usage: mlops publish --model NAME --files DIR --evaluation FILE [options]

Package a model as a new immutable version in the registry: a deterministic model.tar.gz of DIR,
a manifest (mlops-actions/model@1) with every file's SHA-256 and the lineage, a model card, and
the evaluation, profile, train record and comparison given. Publishing the same content again
changes nothing; different content under an existing version is refused (exit 1).

Options:
  --model NAME          the model's name: lowercase letters, digits, hyphens        (required)
  --files DIR           the folder with the model's files                          (required)
  --evaluation FILE     its evaluation report (mlops-actions/evaluation@1)         (required)
  --profile FILE        the training data's profile (mlops-actions/profile@1)
  --run FILE            the train record (mlops-actions/run@1): params and seed
  --comparison FILE     the compare step's result (mlops-actions/comparison@1)
  --explanation FILE    explain's result (mlops-actions/explanation@1): the model card's
                        importance table
  --version X.Y.Z       publish exactly this version
  --bump KIND           patch, minor or major from the highest published version
  --label NAME          a PR label; model:major|minor|patch picks the bump (repeatable)
  --oci HOST/PATH       also push the version to this OCI repository (e.g. ghcr.io/OWNER/models/NAME),
                        tagged with the version; an archive of 2 GiB or more goes there only and the
                        release holds its manifest and a pointer (credentials: docs/registry.md,
                        "OCI registries")
${registry_flags/* REGISTRY_FLAGS_HELP */.uW}
  --target-commitish C  with --repo: the commit or branch a new release's tag points at (default
                        GITHUB_SHA, else this checkout's HEAD, which must be pushed; else the
                        repository's default branch)
  --config FILE         mlops.yaml with release.models.NAME (default ./mlops.yaml if present)
  --format text|json    what to print (default text)
  -h, --help            show this help

Without --version and --bump: the bump a model:* label asks for, else patch; a model's first
version is 1.0.0.

Exit codes: 0 published or already published, 1 the version exists with different content,
2 bad usage or bad input, 3 GitHub refused or kept failing a call (--repo).
`;
const publish_options = {
    model: { type: 'string' },
    files: { type: 'string' },
    evaluation: { type: 'string' },
    profile: { type: 'string' },
    run: { type: 'string' },
    comparison: { type: 'string' },
    explanation: { type: 'string' },
    version: { type: 'string' },
    bump: { type: 'string' },
    label: { type: 'string', multiple: true },
    oci: { type: 'string' },
    ...registry_flags/* REGISTRY_FLAGS */.sY,
    'target-commitish': { type: 'string' },
    config: { type: 'string' },
    format: { type: 'string' },
};
const publishCommand = {
    name: 'publish',
    summary: 'Publish a model as a versioned, checksummed release with a model card',
    usage: publish_usage,
    async run(argv, io) {
        const { values } = (0,cli/* parseCommandArgs */.Qx)(argv, publish_options, publish_usage);
        const model = (0,cli/* requireOption */.Ve)(values.model, 'model', publish_usage);
        const files = (0,cli/* requireOption */.Ve)(values.files, 'files', publish_usage);
        const evaluation = (0,cli/* requireOption */.Ve)(values.evaluation, 'evaluation', publish_usage);
        if (values.version !== undefined && values.bump !== undefined)
            throw new cli/* CommandUsageError */.nT('give --version or --bump, not both', publish_usage);
        const bump = values.bump === undefined ? undefined : (0,cli/* choiceOption */.zu)(values.bump, 'bump', ['patch', 'minor', 'major'], 'patch', publish_usage);
        const format = (0,cli/* choiceOption */.zu)(values.format, 'format', ['text', 'json'], 'text', publish_usage);
        if (values['target-commitish'] !== undefined && values.repo === undefined)
            throw new cli/* CommandUsageError */.nT('--target-commitish goes with --repo', publish_usage);
        // The tag goes on the commit the lineage records (GITHUB_SHA on a runner, else HEAD), not on
        // whatever the default branch holds when the release is created.
        let targetCommitish = values['target-commitish'];
        if (targetCommitish === undefined && values.repo !== undefined) {
            const { gitCommit } = await Promise.all(/* import() */[__webpack_require__.e(44), __webpack_require__.e(4650)]).then(__webpack_require__.bind(__webpack_require__, 4650));
            targetCommitish = (await gitCommit(process.cwd(), io.env)) ?? undefined;
        }
        const registry = await (0,registry_flags/* openRegistryFromFlags */.f5)(values, io.env, publish_usage, { targetCommitish, warn: (m) => io.stderr(`mlops: ${m}\n`) });
        const oci = values.oci === undefined ? undefined : (await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(1622)]).then(__webpack_require__.bind(__webpack_require__, 1622))).openOciArtifacts({ env: io.env });
        const ports = { ...registry, oci };
        const { publishModel } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(2714), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(2396), __webpack_require__.e(7855), __webpack_require__.e(2936), __webpack_require__.e(5170), __webpack_require__.e(1881), __webpack_require__.e(4211), __webpack_require__.e(4357)]).then(__webpack_require__.bind(__webpack_require__, 4357));
        const result = await publishModel({
            model,
            files,
            evaluation,
            profile: values.profile,
            run: values.run,
            comparison: values.comparison,
            explanation: values.explanation,
            version: values.version,
            bump,
            labels: values.label ?? [],
            config: values.config ?? ((0,external_node_fs_.existsSync)('mlops.yaml') ? 'mlops.yaml' : undefined),
            env: io.env,
            oci: values.oci,
        }, ports);
        if (format === 'json') {
            const { manifest, ...rest } = result;
            io.stdout(`${JSON.stringify({ ...rest, files: manifest.archive.files.length, assets: manifest.assets }, null, 2)}\n`);
            return 0;
        }
        const what = result.status === 'published' ? 'published' : 'already published (same content), nothing changed:';
        io.stdout(`${what} ${result.tag} (${result.reason})\n`);
        io.stdout(`  ${result.manifest.archive.files.length} files, model.tar.gz sha256 ${result.manifest.archive.sha256}\n`);
        io.stdout(`  content digest ${result.content_digest}\n  ${result.url}\n`);
        if (result.oci)
            io.stdout(`  OCI ${result.oci.repository}:${result.oci.tag}@${result.oci.digest}${result.oci.archive_in_release ? '' : ' (the archive is only there)'}\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ../../../../shared/cli/commands/promote.ts
/** `mlops promote`: the promote-model step on the command line, against a local registry folder or a repository's registry on GitHub. */


const promote_usage = `Usage: mlops promote --model NAME --version X.Y.Z|latest --alias NAME [options]

Move an alias (staging, production, ...) of a model to a version, after downloading every asset of
that version and checking its SHA-256 against the manifest. The move is recorded in the model's
state and audit log. Rollback is promoting an earlier version. An alias the model does not
have yet must be declared in mlops.yaml (promote.aliases; default staging and production), so a
typo does not create one: --create-alias creates it on purpose.

Options:
  --model NAME          the model                                                  (required)
  --version V           a published version, or latest                             (required)
  --alias NAME          the alias to move: lowercase letters, digits, hyphens      (required)
  --reviewer NAME       who approved the promotion (recorded in the audit log)
  --comment TEXT        the approval's comment
  --environment NAME    the GitHub Environment that approved it, if any
  --create-alias        create the alias even though mlops.yaml does not declare it
  --config FILE         mlops.yaml declaring the aliases (default: ./mlops.yaml when it exists)
${registry_flags/* REGISTRY_FLAGS_HELP */.uW}
  --no-deployment       with --repo: do not record a GitHub Deployment of the release to the
                        environment (recorded by default, as the promote-model action does)
  --environment-url URL with --repo: the URL the Deployment links to (the serving endpoint)
  --format text|json    what to print (default text)
  -h, --help            show this help

Exit codes: 0 promoted or already there, 1 an asset is missing or tampered with (nothing moved),
2 bad usage or bad input (unknown model or version, an undeclared alias), 3 GitHub refused or
kept failing a call (--repo).
`;
const promote_options = {
    model: { type: 'string' },
    version: { type: 'string' },
    alias: { type: 'string' },
    reviewer: { type: 'string' },
    comment: { type: 'string' },
    environment: { type: 'string' },
    'create-alias': { type: 'boolean' },
    config: { type: 'string' },
    ...registry_flags/* REGISTRY_FLAGS */.sY,
    'no-deployment': { type: 'boolean' },
    'environment-url': { type: 'string' },
    format: { type: 'string' },
};
async function gitHubPromotePorts(values, io, warn) {
    const { client, repo } = await (0,registry_flags.gitHubFromFlags)(values.repo, io.env, promote_usage, {
        need: 'contents: write to promote, deployments: write for the Deployment record (or --no-deployment)',
        warn,
    });
    const { openGitHubPromotePorts } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(8707), __webpack_require__.e(1436)]).then(__webpack_require__.bind(__webpack_require__, 1436));
    const ports = openGitHubPromotePorts(client, {
        repo,
        requireApproval: false,
        deployment: values['no-deployment'] !== true,
        environmentUrl: values['environment-url'],
        registryBranch: values['registry-branch'],
        env: io.env,
        log: (m) => io.stderr(`${m}\n`),
    });
    return { ...ports, approval: undefined };
}
const promoteCommand = {
    name: 'promote',
    summary: 'Move an alias (staging, production) of a model to a verified version',
    usage: promote_usage,
    async run(argv, io) {
        const { values } = (0,cli/* parseCommandArgs */.Qx)(argv, promote_options, promote_usage);
        const model = (0,cli/* requireOption */.Ve)(values.model, 'model', promote_usage);
        const version = (0,cli/* requireOption */.Ve)(values.version, 'version', promote_usage);
        const alias = (0,cli/* requireOption */.Ve)(values.alias, 'alias', promote_usage);
        const format = (0,cli/* choiceOption */.zu)(values.format, 'format', ['text', 'json'], 'text', promote_usage);
        // Loaded on demand: other commands should not pay for the config's code (yaml, zod) at start-up.
        const { loadDeclaredAliases } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(2396), __webpack_require__.e(7855)]).then(__webpack_require__.bind(__webpack_require__, 7855));
        const declared = await loadDeclaredAliases(values.config);
        const warn = (m) => io.stderr(`mlops: ${m}\n`);
        if (values.repo !== undefined && values.registry !== undefined)
            throw new cli/* CommandUsageError */.nT('give --registry or --repo, not both', promote_usage);
        if (values.repo === undefined && (values['no-deployment'] || values['environment-url'] !== undefined)) {
            throw new cli/* CommandUsageError */.nT(`--${values['no-deployment'] ? 'no-deployment' : 'environment-url'} goes with --repo`, promote_usage);
        }
        // On GitHub, the action's ports: the registry and the Deployment record. Not the run's approval:
        // the command line is no workflow run, so --reviewer and --comment are what is recorded.
        const registry = values.repo === undefined ? await (0,registry_flags/* openRegistryFromFlags */.f5)(values, io.env, promote_usage, { warn }) : await gitHubPromotePorts(values, io, warn);
        // Versions published with --oci are verified in the OCI registry too (credentials: docs/registry.md).
        const { openOciArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(1622)]).then(__webpack_require__.bind(__webpack_require__, 1622));
        const ports = { ...registry, oci: openOciArtifacts({ env: io.env }) };
        const { promoteModel } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(2714), __webpack_require__.e(4211), __webpack_require__.e(3657), __webpack_require__.e(9228)]).then(__webpack_require__.bind(__webpack_require__, 9228));
        const result = await promoteModel({ model, version, alias, declaredAliases: declared, createAlias: values['create-alias'] === true, approval: { reviewer: values.reviewer, comment: values.comment, environment: values.environment }, env: io.env }, ports);
        if (format === 'json') {
            io.stdout(`${JSON.stringify(result, null, 2)}\n`);
            return 0;
        }
        io.stdout(`verified ${result.verified.length} assets of ${result.tag} against its manifest\n`);
        if (result.status === 'unchanged')
            io.stdout(`${model}@${alias} already points to ${result.to}; nothing changed\n`);
        else
            io.stdout(`${model}@${alias}: ${result.from ?? '(new)'} -> ${result.to}\n`);
        if (result.deployment)
            io.stdout(`deployment recorded for ${result.environment}: ${result.deployment.url}\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ../../../../shared/cli/commands/pull.ts
/** `mlops pull NAME@ALIAS`: a published version's model files, fetched from the release or the OCI registry and verified. */


const pull_usage = `Usage: mlops pull NAME@ALIAS --out DIR [options]

Download a published model version and extract its files into DIR, after checking the manifest
against the digest recorded at publish and the archive against the manifest. The archive comes
from the release, or from the OCI registry the version was pushed to (publish --oci), which is
the only copy for archives of 2 GiB and more. NAME@ALIAS may also be NAME@VERSION or NAME@latest.

Options:
  --out DIR             the folder to create with the model's files (new or empty)     (required)
${registry_flags/* REGISTRY_FLAGS_HELP */.uW}
  --format text|json    what to print (default text)
  -h, --help            show this help

OCI credentials: GITHUB_TOKEN for ghcr.io; MLOPS_OCI_USERNAME and MLOPS_OCI_PASSWORD, or
MLOPS_OCI_TOKEN, for other registries (docs/registry.md, "OCI registries").

Exit codes: 0 pulled, 1 the release or the OCI artifact was tampered with (nothing written),
2 bad usage or bad input (unknown model, alias or version; DIR not empty), 3 GitHub or the OCI
registry refused or kept failing a call.
`;
const pull_options = {
    out: { type: 'string' },
    ...registry_flags/* REGISTRY_FLAGS */.sY,
    format: { type: 'string' },
};
const pullCommand = {
    name: 'pull',
    summary: 'Download and verify a model version (NAME@ALIAS) from the release or the OCI registry',
    usage: pull_usage,
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCommandArgs */.Qx)(argv, pull_options, pull_usage, true);
        if (positionals.length !== 1)
            throw new cli/* CommandUsageError */.nT(positionals.length ? `expected one NAME@ALIAS, got ${positionals.length}` : 'name the model: NAME@ALIAS', pull_usage);
        const out = (0,cli/* requireOption */.Ve)(values.out, 'out', pull_usage);
        const format = (0,cli/* choiceOption */.zu)(values.format, 'format', ['text', 'json'], 'text', pull_usage);
        const { parseModelTarget, pullModel } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(2714), __webpack_require__.e(4211), __webpack_require__.e(3657), __webpack_require__.e(6093)]).then(__webpack_require__.bind(__webpack_require__, 6093));
        const { model, target } = parseModelTarget(positionals[0]);
        const registry = await (0,registry_flags/* openRegistryFromFlags */.f5)(values, io.env, pull_usage, { warn: (m) => io.stderr(`mlops: ${m}\n`) });
        const { openOciArtifacts } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(1622)]).then(__webpack_require__.bind(__webpack_require__, 1622));
        const result = await pullModel({ model, target, outDir: out }, { ...registry, oci: openOciArtifacts({ env: io.env }) });
        if (format === 'json') {
            io.stdout(`${JSON.stringify(result, null, 2)}\n`);
            return 0;
        }
        const via = result.alias ? `${result.model}@${result.alias} = ${result.version}` : `${result.model} ${result.version}`;
        io.stdout(`pulled ${via}: ${result.files} files into ${result.out}\n`);
        io.stdout(`  model.tar.gz sha256 ${result.archive_sha256}, from ${result.source === 'oci' ? result.oci : `the release ${result.tag}`}\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ../../../../shared/cli/commands/drift.ts
/** `mlops drift`: the drift-check step on the command line. */



const drift_usage = `Usage: mlops drift --current FILE... --out FILE [options]

Compare current production data (and metrics) with the reference the model was trained on:
per-column tests with Evidently's defaults (KS, chi-square, Z below 1,000 reference rows;
Wasserstein and Jensen-Shannon distance above), dataset drift when at least half the columns
drifted, and the metric rules of mlops.yaml. A drifted column with p below 1e-6 or a distance at
least 3x its threshold is a column alarm (mlops.yaml: drift.models.<model>.alarms): a warning line
on stderr, and with --fail-on column it is drift. Writes a mlops-actions/drift@1 report.

Options:
  --model NAME          the model (default: the only one under drift.models in mlops.yaml)
  --reference REF       production (the profile published with the version the alias points to),
                        or a profile (.json) or data file (default: mlops.yaml's, else production)
  --alias NAME          with --reference production: the alias (default production)
  --current FILE        current data file or glob (repeatable); default: mlops.yaml's sources
  --explanation FILE    the model's explanation (mlops explain): drifted columns in its importance
                        order (default: the production release's explanation.json, if any)
  --config FILE         mlops.yaml (default ./mlops.yaml if present)
  --fail-on dataset|column  what makes the decision drift: dataset (the share rule) or column
                        (also any column alarm) (default: mlops.yaml's fail_on, else dataset)
  --out FILE            where to write the report                                   (required)
  --pr-dir DIR          also write the retraining PR as a local forge would post it, under DIR
  --open-pr             open (or update) the retraining PR on GitHub in --repo, as the action
                        does (token from GITHUB_TOKEN or GH_TOKEN: contents: write and
                        pull-requests: write); labels, reviewers and base from mlops.yaml
  --on-recovery MODE    with --pr-dir or --open-pr: comment, close or none when the drift is gone
  --repo-name OWNER/NAME  with --pr-dir: the repository the PR is filed under (default local/repo)
${registry_flags/* REGISTRY_FLAGS_HELP */.uW}
  --format text|json    what to print (default text)
  -h, --help            show this help

Exit codes: 0 no drift or degradation (column alarms only warn), 1 drift or degradation (with
--fail-on column, also a column alarm), 2 bad usage or input (a source that fails, no rows, a
column the reference has and the current data lacks), 3 GitHub failed.
`;
const drift_options = {
    model: { type: 'string' },
    reference: { type: 'string' },
    alias: { type: 'string' },
    current: { type: 'string', multiple: true },
    explanation: { type: 'string' },
    config: { type: 'string' },
    'fail-on': { type: 'string' },
    out: { type: 'string' },
    'pr-dir': { type: 'string' },
    'on-recovery': { type: 'string' },
    'repo-name': { type: 'string' },
    'open-pr': { type: 'boolean' },
    format: { type: 'string' },
    ...registry_flags/* REGISTRY_FLAGS */.sY,
};
// Spelled here, not imported: the drift modules load only when the command runs (type-checked against FailOn).
const drift_FAIL_ON = ['dataset', 'column'];
const fmt = (x) => (x === null ? '-' : Math.abs(x) >= 1e-3 || x === 0 ? x.toFixed(4) : x.toExponential(2));
/** The retraining PR on GitHub: the action's GitHubForge on --repo, with the token from the environment. */
async function gitHubPullRequest(repoFlag, io, onRecovery) {
    const { client, repo } = await (0,registry_flags.gitHubFromFlags)(repoFlag, io.env, drift_usage, {
        need: 'contents: write and pull-requests: write to open the retraining PR (and contents: read for --reference production)',
        warn: (m) => io.stderr(`mlops: ${m}\n`),
    });
    const { GitHubForge } = await Promise.all(/* import() */[__webpack_require__.e(8737), __webpack_require__.e(7700), __webpack_require__.e(4085)]).then(__webpack_require__.bind(__webpack_require__, 942));
    return { forge: new GitHubForge(client), repo, onRecovery };
}
const driftCommand = {
    name: 'drift',
    summary: 'Check current production data and metrics for drift against the reference',
    usage: drift_usage,
    async run(argv, io) {
        const { values } = (0,cli/* parseCommandArgs */.Qx)(argv, drift_options, drift_usage);
        const out = (0,cli/* requireOption */.Ve)(values.out, 'out', drift_usage);
        const format = (0,cli/* choiceOption */.zu)(values.format, 'format', ['text', 'json'], 'text', drift_usage);
        const failOn = values['fail-on'] === undefined ? undefined : (0,cli/* choiceOption */.zu)(values['fail-on'], 'fail-on', drift_FAIL_ON, 'dataset', drift_usage);
        const onRecovery = values['on-recovery'] === undefined ? undefined : (0,cli/* choiceOption */.zu)(values['on-recovery'], 'on-recovery', ['comment', 'close', 'none'], 'comment', drift_usage);
        if (values['pr-dir'] === undefined && values['repo-name'])
            throw new cli/* CommandUsageError */.nT('--repo-name goes with --pr-dir', drift_usage);
        if (values['pr-dir'] === undefined && !values['open-pr'] && onRecovery)
            throw new cli/* CommandUsageError */.nT('--on-recovery goes with --pr-dir or --open-pr', drift_usage);
        if (values['open-pr'] && values['pr-dir'] !== undefined)
            throw new cli/* CommandUsageError */.nT('give --open-pr or --pr-dir, not both', drift_usage);
        if (values['open-pr'] && values.repo === undefined)
            throw new cli/* CommandUsageError */.nT('--open-pr needs --repo OWNER/REPO: the repository the retraining PR is opened in', drift_usage);
        const [owner, repo, ...rest] = (values['repo-name'] ?? 'local/repo').split('/');
        if (!owner || !repo || rest.length)
            throw new cli/* CommandUsageError */.nT(`--repo-name must be OWNER/NAME (got ${JSON.stringify(values['repo-name'])})`, drift_usage);
        const { runDriftStep } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(980), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(2396), __webpack_require__.e(7855), __webpack_require__.e(3473), __webpack_require__.e(8737), __webpack_require__.e(7700), __webpack_require__.e(676), __webpack_require__.e(9496)]).then(__webpack_require__.bind(__webpack_require__, 6766));
        const { LocalForge } = await Promise.all(/* import() */[__webpack_require__.e(8737), __webpack_require__.e(7700), __webpack_require__.e(6980)]).then(__webpack_require__.bind(__webpack_require__, 1118));
        const log = format === 'text' ? (m) => io.stderr(`${m}\n`) : () => { };
        const step = await runDriftStep({
            model: values.model,
            config: values.config,
            reference: values.reference,
            alias: values.alias,
            current: values.current,
            explanation: values.explanation,
            failOn,
            out,
            registry: () => (0,registry_flags/* openRegistryFromFlags */.f5)(values, io.env, drift_usage),
            pullRequest: values['open-pr'] ? await gitHubPullRequest(values.repo, io, onRecovery) : values['pr-dir'] ? { forge: new LocalForge(values['pr-dir']), repo: { owner, repo }, onRecovery } : undefined,
            env: io.env,
            log,
        });
        // On stderr in both formats: stdout stays the table or the JSON document.
        for (const a of step.report.data.alarms ?? [])
            io.stderr(`warning: column alarm: ${a.message}\n`);
        if (format === 'json') {
            io.stdout(`${JSON.stringify({ report: step.report, path: step.path, pull_request: step.pr ?? null }, null, 2)}\n`);
            return step.drifted ? 1 : 0;
        }
        const r = step.report;
        const alarmed = new Set((r.data.alarms ?? []).map((a) => a.column));
        const rows = [['column', 'test', 'statistic', 'p-value', 'threshold', 'drifted'], ...r.data.columns.map((c) => [c.column, c.test, fmt(c.statistic), fmt(c.p_value), String(c.threshold), alarmed.has(c.column) ? 'ALARM' : c.drifted ? 'DRIFT' : '-'])];
        const widths = rows[0].map((_, i) => rows.reduce((w, row) => Math.max(w, row[i].length), 0));
        io.stdout(rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n') + '\n');
        for (const s of r.data.skipped)
            io.stdout(`skipped ${s.column}: ${s.reason}\n`);
        for (const m of r.metrics)
            io.stdout(`${m.passed ? 'ok  ' : 'FAIL'} ${m.message}\n`);
        io.stdout(`\n${r.decision}: ${r.reasons.join('; ')}\nwrote ${step.path}\n`);
        if (step.pr) {
            const where = values['open-pr'] ? 'GitHub' : 'local forge';
            io.stdout(`retraining PR (${where}): ${step.pr.operation}${step.pr.url ? ` ${step.pr.url}` : ''}${step.pr.number ? ` (#${step.pr.number}${values['pr-dir'] ? `, ${(0,external_node_path_.join)(values['pr-dir'])}` : ''})` : ''}\n`);
        }
        return step.drifted ? 1 : 0;
    },
};

;// CONCATENATED MODULE: ../../../../shared/cli/commands/doctor.ts
/** `mlops doctor`: check a repository's mlops-actions setup (shared/doctor/doctor.ts), or play its PR report (--run). */


const doctor_usage = `Usage: mlops doctor [--dir DIR] [--format text|json]
       mlops doctor --run [--dir DIR] [--workflow FILE] [--baseline auto|production|previous|none|FILE]
                    [--out-dir DIR] [--registry DIR]

Check a repository's mlops-actions setup, offline, and say what to fix:
  - mlops.yaml exists and is valid;
  - the workflows in .github/workflows/ parse, call our actions and reusable workflows with inputs
    they declare, and grant the permissions they need;
  - evaluate's columns (label, score, prediction, slice, id) are in the predictions file, when it
    exists locally;
  - promotions run in valid environments, production behind require-approval;
  - the secrets and variables the workflows read (listed: GitHub's settings cannot be read offline),
    and the drift sources' secret_env names reach the drift job; drift sources that match no file;
  - each model has what its steps read from mlops.yaml (gate rules, model card text, drift sources).

With --run, then play the PR report before pushing: the pull_request workflows' validate-data,
train and evaluate steps run with the with: values the workflows pass, through the actions' own
bundles, in this folder (their outputs land where the workflows say, as on the runner), and the
evaluation is compared with a local baseline under mlops.yaml's gate. The comment, job summary and
check run the PR would get are written under --out-dir; nothing is posted.
See docs/doctor.md.

Options:
  --dir DIR            the repository's root (default: the current folder)
  --format text|json   text for people (default), or json (mlops-actions/doctor@1)
  --run                play the PR report as described above
  --workflow FILE      with --run: play this workflow (default: those on pull_request)
  --baseline B         with --run: auto (default: the local registry's production version, else
                       the last passing doctor --run), production, previous, none, or a report FILE
  --out-dir DIR        with --run: where the comment, summary, check run and step logs go
                       (default mlops-out/doctor, relative to --dir)
  --registry DIR       with --run: the local registry (default .mlops/registry, relative to --dir)
  -h, --help           show this help

Exit codes: 0 no errors (warnings alone pass) and, with --run, the PR jobs would pass; 1 an error
was found or a played step or the gate would fail; 2 bad usage.
`;
const doctor_options = {
    dir: { type: 'string' },
    format: { type: 'string' },
    run: { type: 'boolean' },
    workflow: { type: 'string' },
    baseline: { type: 'string' },
    'out-dir': { type: 'string' },
    registry: { type: 'string' },
};
const doctorCommand = {
    name: 'doctor',
    summary: "Check a repository's mlops-actions setup and say what to fix; --run plays the PR report locally",
    usage: doctor_usage,
    async run(argv, io) {
        const { values } = (0,cli/* parseCommandArgs */.Qx)(argv, doctor_options, doctor_usage);
        const format = (0,cli/* choiceOption */.zu)(values.format, 'format', ['text', 'json'], 'text', doctor_usage);
        if (!values.run) {
            const runOnly = ['workflow', 'baseline', 'out-dir', 'registry'].find((f) => values[f] !== undefined);
            if (runOnly)
                throw new cli/* CommandUsageError */.nT(`--${runOnly} goes with --run`, doctor_usage);
        }
        const dir = (0,external_node_path_.resolve)(values.dir ?? '.');
        const { runDoctor, renderDoctorText, doctorExitCode } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(9712), __webpack_require__.e(2396), __webpack_require__.e(7855), __webpack_require__.e(3744), __webpack_require__.e(3049)]).then(__webpack_require__.bind(__webpack_require__, 9044));
        const report = await runDoctor({ dir });
        const staticExit = doctorExitCode(report);
        if (!values.run) {
            io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderDoctorText(report));
            return staticExit;
        }
        // --run: the static checks first (their text on stderr, so stdout is the play), then the play.
        const { playWorkflows, renderPlayText } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(2396), __webpack_require__.e(7855), __webpack_require__.e(8737), __webpack_require__.e(7700), __webpack_require__.e(9224), __webpack_require__.e(3744), __webpack_require__.e(6064)]).then(__webpack_require__.bind(__webpack_require__, 6064));
        const { readWorkflows } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(9712), __webpack_require__.e(2396), __webpack_require__.e(7855), __webpack_require__.e(3744), __webpack_require__.e(3049)]).then(__webpack_require__.bind(__webpack_require__, 9044));
        const { ownFilesAt } = await Promise.all(/* import() */[__webpack_require__.e(9171), __webpack_require__.e(956)]).then(__webpack_require__.bind(__webpack_require__, 956));
        const { packageRoot } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1692));
        if (format === 'text')
            io.stderr(renderDoctorText(report));
        const baselineArg = values.baseline ?? 'auto';
        const baseline = ['auto', 'production', 'previous', 'none'].find((b) => b === baselineArg) ?? { file: baselineArg };
        const { sources } = await readWorkflows(dir);
        const root = packageRoot();
        const result = await playWorkflows({
            dir,
            sources,
            own: ownFilesAt(root),
            packageRoot: root,
            outDir: values['out-dir'] ?? 'mlops-out/doctor',
            workflow: values.workflow,
            baseline,
            registry: values.registry,
            log: (line) => io.stderr(`${line}\n`),
        });
        io.stdout(format === 'json' ? `${JSON.stringify({ doctor: report, play: result }, null, 2)}\n` : renderPlayText(result));
        return result.exitCode !== 0 || staticExit !== 0 ? 1 : 0;
    },
};

// EXTERNAL MODULE: ../../../../shared/runtime/published-coordinates.ts
var published_coordinates = __webpack_require__(8231);
;// CONCATENATED MODULE: ../../../../shared/cli/commands/new-action.ts
/** `mlops new-action`: scaffold a team's own step on the mlops-actions library (shared/custom-step/scaffold.ts). */




const new_action_usage = `Usage: mlops new-action NAME [--dir DIR] [--uses OWNER/REPO@REF] [--force]

Scaffold a custom step in your repository, on the mlops-actions library: actions/NAME/ with
action.yml (inputs and outputs described, node24), a thin main.ts, step.ts for your logic, a test
that runs the bundle the way the runner does, package.json, tsconfig.json and a README.
The step imports mlops-actions/runtime (inputs, outputs, summary, errors) and mlops-actions/formats
(our JSON formats, checked with the schemas our steps use). See docs/new-action.md.

NAME: lowercase letters, digits and single hyphens, starting with a letter (e.g. metric-floor).

Options:
  --dir DIR     the repository's root (default: the current folder)
  --uses OWNER/REPO@REF
                where npm installs the library from, as mlops init --uses (default
                ${(0,published_coordinates/* formatCoordinates */.NC)((0,published_coordinates/* publishedCoordinates */.kB)())}: github:OWNER/REPO#REF in package.json)
  --force       overwrite files that exist (without it nothing is written when one does)
  -h, --help    show this help

Exit codes: 0 written, 2 bad usage (a bad NAME, files that exist without --force).
`;
const new_action_options = {
    dir: { type: 'string' },
    uses: { type: 'string' },
    force: { type: 'boolean' },
};
const newActionCommand = {
    name: 'new-action',
    summary: 'Scaffold a custom step (actions/NAME) on the mlops-actions library',
    usage: new_action_usage,
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCommandArgs */.Qx)(argv, new_action_options, new_action_usage, true);
        if (positionals.length !== 1)
            throw new cli/* CommandUsageError */.nT(positionals.length === 0 ? 'give the action a NAME' : `give one NAME (got ${positionals.length})`, new_action_usage);
        const { scaffoldCustomStep, nextSteps, librarySpec, LIBRARY_SPEC } = await __webpack_require__.e(/* import() */ 1965).then(__webpack_require__.bind(__webpack_require__, 1965));
        const coordinates = values.uses === undefined ? undefined : (0,published_coordinates/* parseCoordinates */.jW)(values.uses);
        const dir = (0,external_node_path_.resolve)(values.dir ?? '.');
        const name = positionals[0];
        const result = await scaffoldCustomStep({ name, dir, force: values.force === true, coordinates });
        const overwritten = new Set(result.overwritten);
        io.stdout(`Created ${result.folder}/ in ${dir}:\n`);
        for (const f of result.files)
            io.stdout(`  ${f}${overwritten.has(f) ? '   (overwritten)' : ''}\n`);
        io.stdout(`\n${nextSteps(name, result.folder, coordinates ? librarySpec(coordinates) : LIBRARY_SPEC)}`);
        return errors/* EXIT_OK */.Ij;
    },
};

;// CONCATENATED MODULE: ../../../../shared/cli/commands/init.ts
/** `mlops init`: mlops.yaml, a data contract and the starter workflows, written into a repository. */



const DEFAULT_USES = (0,published_coordinates/* formatCoordinates */.NC)((0,published_coordinates/* publishedCoordinates */.kB)());
const init_usage = `Usage: mlops init --model NAME --data FILE --train "CMD" --task TASK --label COL
                  (--score COL and/or --prediction COL) [options]

Set up a repository for mlops-actions: write mlops.yaml (gate rules, model card, drift check), a
data contract inferred from the training data, and the starter workflows in .github/workflows/
(pr-report, pr-comment, release, promote, drift-check), pinned to ${DEFAULT_USES}.
Nothing that exists is overwritten without --force; when any file would be, nothing at all is
written. init asks no questions: every value comes from a flag, and a missing one is an error
naming it.

Paths are relative to the repository root (--dir), as the workflows will see them. The columns
--label, --score, --prediction and --slice are the predictions file's, the one training writes and
the evaluate step reads; --target is the training data's.

Options:
  --model NAME          the model's name: lowercase letters, digits, hyphens    (required)
  --data FILE           the training data (CSV, TSV, JSON Lines, Parquet)       (required)
  --train "CMD"         the training command, e.g. "python train.py -e 3"       (required)
                        split into words like sh, but run without a shell: quote
                        $, *, |, && and the like, or put them in a script
  --task TASK           binary, multiclass or regression                        (required)
  --label COL           the label column of the predictions file                (required)
  --score COL           its score (probability) column(s), comma-separated      (--score and/or
  --prediction COL      its predicted-label (or, for regression, value) column   --prediction)
  --slice COL           its column(s) to report metrics per value of
  --predictions FILE    the predictions file training writes (default out/predictions.csv)
  --target COL          the training data's target column, which the drift check leaves out
                        (production data has no label yet); default --label when the data has
                        a column of that name
  --model-files PATH    the model's files, a folder ending in / (repeatable; default the
                        predictions file's folder)
  --params FILE         the hyper-parameter file (YAML or JSON)
  --contract FILE       where to write the contract (default contracts/<data file's name>.yaml)
  --requirements FILE   what the runner pip-installs before training: a requirements file or
                        pyproject.toml (default: requirements.txt or pyproject.toml when found)
  --python-version VER  the runner's Python (actions/setup-python; default 3.12 with pip files)
  --setup "CMD"         a shell command the runner runs before training (default with
                        environment.yml: a conda environment from it)
  --predict "CMD"       the predict command for the explain step (What the model relies on),
                        with {input} and {output} as whole arguments, e.g.
                        "python predict.py out/model.pkl {input} {output}"; with --explain-data
  --explain-data FILE   the rows explain permutes: features and the label (e.g. a hold-out set);
                        its label column is --target when given, else --label
  --uses OWNER/REPO@REF where the workflows get mlops-actions (default ${DEFAULT_USES})
  --dir DIR             the repository's root (default the current folder)
  --force               overwrite files that exist
  --dry-run             check everything and list the files, write nothing
  -h, --help            show this help

Exit codes: 0 written (or, with --dry-run, would be), 2 bad usage or input, or files exist
without --force (nothing written).
`;
const init_options = {
    model: { type: 'string' },
    data: { type: 'string' },
    train: { type: 'string' },
    task: { type: 'string' },
    label: { type: 'string' },
    score: { type: 'string' },
    prediction: { type: 'string' },
    slice: { type: 'string' },
    predictions: { type: 'string' },
    'model-files': { type: 'string', multiple: true },
    params: { type: 'string' },
    contract: { type: 'string' },
    target: { type: 'string' },
    requirements: { type: 'string' },
    'python-version': { type: 'string' },
    setup: { type: 'string' },
    predict: { type: 'string' },
    'explain-data': { type: 'string' },
    uses: { type: 'string' },
    dir: { type: 'string' },
    force: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
};
/** `text` wrapped at 100 columns, the first line after `first`, the others after `rest`. */
function wrap(text, first, rest) {
    const lines = [];
    let line = first;
    for (const word of text.split(' ')) {
        if (line.trim() !== '' && line.length + 1 + word.length > 100) {
            lines.push(line);
            line = rest + word;
        }
        else
            line += (line.trim() === '' ? '' : ' ') + word;
    }
    lines.push(line);
    return lines.map((l) => `${l}\n`).join('');
}
const initCommand = {
    name: 'init',
    summary: 'Write mlops.yaml, a data contract and the starter workflows into a repository',
    usage: init_usage,
    async run(argv, io) {
        const { values } = (0,cli/* parseCommandArgs */.Qx)(argv, init_options, init_usage);
        const model = (0,cli/* requireOption */.Ve)(values.model, 'model', init_usage);
        const data = (0,cli/* requireOption */.Ve)(values.data, 'data', init_usage);
        const train = (0,cli/* requireOption */.Ve)(values.train, 'train', init_usage);
        // Loaded on demand: init's values bring the yaml library, which other commands should not pay for at start-up.
        const { TASKS } = await Promise.all(/* import() */[__webpack_require__.e(9171), __webpack_require__.e(1598)]).then(__webpack_require__.bind(__webpack_require__, 1598));
        const task = (0,cli/* choiceOption */.zu)((0,cli/* requireOption */.Ve)(values.task, 'task', init_usage), 'task', TASKS, 'binary', init_usage);
        const label = (0,cli/* requireOption */.Ve)(values.label, 'label', init_usage);
        const dir = values.dir ?? '.';
        const dryRun = values['dry-run'] === true;
        const { initProject } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(44), __webpack_require__.e(980), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(2396), __webpack_require__.e(7855), __webpack_require__.e(3473), __webpack_require__.e(7487), __webpack_require__.e(1429), __webpack_require__.e(1598), __webpack_require__.e(8917), __webpack_require__.e(9196)]).then(__webpack_require__.bind(__webpack_require__, 9196));
        const result = await initProject({
            dir,
            model,
            data,
            train,
            task,
            label,
            score: values.score,
            prediction: values.prediction,
            slice: values.slice,
            predictions: values.predictions,
            modelFiles: values['model-files'],
            params: values.params,
            contract: values.contract,
            target: values.target,
            requirements: values.requirements,
            pythonVersion: values['python-version'],
            setup: values.setup,
            predict: values.predict,
            explainData: values['explain-data'],
            uses: values.uses,
            force: values.force === true,
            dryRun,
        });
        const shown = (p) => (dir === '.' ? p : (0,external_node_path_.join)(dir, p));
        for (const f of result.files) {
            const verb = dryRun ? (f.status === 'new' ? 'would write' : 'would overwrite') : f.status === 'new' ? 'wrote' : 'overwrote';
            io.stdout(`${verb} ${shown(f.path)}\n`);
        }
        io.stdout(`\n(the contract describes ${result.rows} rows of ${data})\n`);
        for (const note of result.notes)
            io.stdout(`\n${wrap(note, '', '').trimEnd()}\n`);
        io.stdout(`\nNext steps:\n${result.nextSteps.map((s, i) => wrap(`${i + 1}. ${s}`, '  ', '     ')).join('')}`);
        if (dryRun)
            io.stdout('\nNothing was written (--dry-run).\n');
        return 0;
    },
};

;// CONCATENATED MODULE: ../../../../shared/cli/commands/registry.ts
/** `mlops registry list|show|history`: read the local registry or a repository's registry on GitHub. */


const common = `Options:
${registry_flags/* REGISTRY_FLAGS_HELP */.uW}
  --format text|json    what to print (default text)
  -h, --help            show this help

Exit codes: 0 ok, 2 bad usage or an unknown model, 3 GitHub refused or kept failing a call (--repo).
`;
const listUsage = `Usage: mlops registry list [options]

List the registry's models with their number of versions, latest version and aliases.

${common}`;
const showUsage = `Usage: mlops registry show MODEL [options]

Show one model's versions (oldest first) and where its aliases point.

${common}`;
const historyUsage = `Usage: mlops registry history MODEL [options]

Show one model's audit log, oldest first: every publish and promotion, who, when, from which
version to which, the approval and the run.

${common}`;
const registry_options = { ...registry_flags/* REGISTRY_FLAGS */.sY, format: { type: 'string' } };
/** Control characters from the registry's files never reach the terminal. */
// eslint-disable-next-line no-control-regex
const clean = (s) => (s ?? '-').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
function table(rows) {
    const widths = rows[0].map((_, i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
    return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n') + '\n';
}
async function registry_open(argv, io, usage, needsModel) {
    const { values, positionals } = (0,cli/* parseCommandArgs */.Qx)(argv, registry_options, usage, true);
    if (needsModel && positionals.length !== 1)
        throw new cli/* CommandUsageError */.nT(positionals.length ? 'give one MODEL' : 'missing MODEL', usage);
    if (!needsModel && positionals.length)
        throw new cli/* CommandUsageError */.nT(`unexpected argument "${positionals[0]}"`, usage);
    const format = (0,cli/* choiceOption */.zu)(values.format, 'format', ['text', 'json'], 'text', usage);
    const ports = await (0,registry_flags/* openRegistryFromFlags */.f5)(values, io.env, usage, { warn: (m) => io.stderr(`mlops: ${m}\n`) });
    const view = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(3037)]).then(__webpack_require__.bind(__webpack_require__, 3037));
    return { ports, format, model: positionals[0], view, where: (0,registry_flags/* describeRegistry */.Fv)(values) };
}
const registryListCommand = {
    name: 'registry list',
    summary: 'List the models in the registry with their aliases',
    usage: listUsage,
    async run(argv, io) {
        const { ports, format, view, where } = await registry_open(argv, io, listUsage, false);
        const models = await view.listRegistry(ports);
        if (format === 'json')
            io.stdout(`${JSON.stringify(models, null, 2)}\n`);
        else if (models.length === 0)
            io.stdout(`no models in ${where} yet (mlops publish adds one)\n`);
        else {
            const rows = models.map((m) => [m.model, String(m.versions), m.latest ?? '-', Object.entries(m.aliases).map(([a, v]) => `${a}=${v}`).join(' ') || '-']);
            io.stdout(table([['model', 'versions', 'latest', 'aliases'], ...rows]));
        }
        return 0;
    },
};
const registryShowCommand = {
    name: 'registry show',
    summary: "Show a model's versions and aliases",
    usage: showUsage,
    async run(argv, io) {
        const { ports, format, model, view } = await registry_open(argv, io, showUsage, true);
        const m = await view.showModel(ports, model);
        if (format === 'json') {
            io.stdout(`${JSON.stringify(m, null, 2)}\n`);
            return 0;
        }
        io.stdout(`model ${m.model}\n\naliases:\n`);
        const aliases = Object.entries(m.aliases).sort(([a], [b]) => a.localeCompare(b));
        io.stdout(aliases.length ? table(aliases.map(([a, v]) => [`  ${a}`, '->', v.version, clean(v.updated_at), clean(v.updated_by)])) : '  (none)\n');
        io.stdout('\nversions:\n');
        const rows = m.versions.map((v) => [`  ${v.version}`, v.tag, clean(v.published_at), clean(v.published_by), v.aliases.join(' ') || '-']);
        io.stdout(table([['  version', 'tag', 'published', 'by', 'aliases'], ...rows]));
        return 0;
    },
};
const registryHistoryCommand = {
    name: 'registry history',
    summary: "Show a model's audit log: publishes and promotions",
    usage: historyUsage,
    async run(argv, io) {
        const { ports, format, model, view } = await registry_open(argv, io, historyUsage, true);
        const entries = await view.modelHistory(ports, model);
        if (format === 'json') {
            io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
            return 0;
        }
        if (entries.length === 0) {
            io.stdout(`no audit entries for ${model}\n`);
            return 0;
        }
        const rows = entries.map((e) => [
            clean(e.at),
            e.action,
            e.action === 'promote' ? `${e.alias}: ${e.from ?? '(new)'} -> ${e.to}` : e.to,
            clean(e.actor),
            e.approval ? clean(`approved by ${e.approval.reviewer ?? '?'}${e.approval.environment ? ` (${e.approval.environment})` : ''}${e.approval.comment ? `: ${e.approval.comment}` : ''}`) : '-',
            clean(e.run?.url ?? e.run?.run_id ?? '-'),
        ]);
        io.stdout(table([['when', 'action', 'what', 'who', 'approval', 'run'], ...rows]));
        return 0;
    },
};

// EXTERNAL MODULE: ../../../../shared/ports/forge-error.ts
var forge_error = __webpack_require__(5335);
;// CONCATENATED MODULE: ../../../../shared/cli/exit-codes.ts
/**
 * Every exit code `mlops` uses, one line each, for `mlops help` (and README's CLI section). A test
 * (test/cli/exit-codes.test.ts) finds each EXIT_* constant in shared/ and checks it is listed here.
 */


const MLOPS_EXIT_CODES = [
    ...cli/* BASE_EXIT_CODES */.m2.slice(0, 3),
    { code: String(forge_error/* EXIT_FORGE_FAILED */.TA), meaning: 'GitHub refused or kept failing a call (a missing token permission, an outage)' },
    ...cli/* BASE_EXIT_CODES */.m2.slice(3),
    // 128 + the signal's number, as a shell reports it: Node ends by the signal, or (train) mlops
    // stops the training command's process group first and then exits with that code itself.
    { code: '130, 143, 129', meaning: 'interrupted by Ctrl-C (SIGINT), SIGTERM or SIGHUP' },
];

;// CONCATENATED MODULE: ../../../../package.json
const package_namespaceObject = {"rE":"1.0.0"};
;// CONCATENATED MODULE: ../../../../shared/cli/program.ts


















const program = {
    name: 'mlops',
    version: package_namespaceObject.rE,
    summary: 'the mlops-actions steps on your machine',
    commands: [validateCommand, profileMergeCommand, profileShowCommand, evaluateCommand, explainCommand, trainCommand, compareCommand, rankCommand, publishCommand, promoteCommand, pullCommand, registryListCommand, registryShowCommand, registryHistoryCommand, driftCommand, initCommand, doctorCommand, newActionCommand],
    exitCodes: MLOPS_EXIT_CODES,
};


/***/ }),

/***/ 9444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ describeRegistry),
/* harmony export */   f5: () => (/* binding */ openRegistryFromFlags),
/* harmony export */   gitHubFromFlags: () => (/* binding */ gitHubFromFlags),
/* harmony export */   sY: () => (/* binding */ REGISTRY_FLAGS),
/* harmony export */   uW: () => (/* binding */ REGISTRY_FLAGS_HELP)
/* harmony export */ });
/* harmony import */ var _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6429);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/**
 * Which registry a CLI command works on: the local folder (`--registry DIR`, default
 * `.mlops/registry`), or a repository's registry on GitHub (`--repo OWNER/REPO`: releases and the
 * `mlops-registry` branch, or `--registry-branch`), with the token from GITHUB_TOKEN or GH_TOKEN and
 * the API at GITHUB_API_URL (GitHub Enterprise Server) or api.github.com.
 */


const REGISTRY_FLAGS = {
    registry: { type: 'string' },
    repo: { type: 'string' },
    'registry-branch': { type: 'string' },
};
const REGISTRY_FLAGS_HELP = `  --registry DIR        the local registry (default .mlops/registry)
  --repo OWNER/REPO     the registry on GitHub instead: that repository's releases and its
                        registry branch (token from GITHUB_TOKEN or GH_TOKEN; GITHUB_API_URL for GHES)
  --registry-branch B   with --repo: the registry branch (default mlops-registry)`;
/**
 * A branch name git and GitHub accept (the parts of `git check-ref-format` a typo or a hostile
 * value would hit): no `..`, `//`, `@{`, control characters, spaces or `~^:?*[\`, no leading `-`
 * `/` `.`, no trailing `/` `.` or `.lock`.
 */
function isBranchName(name) {
    return (/^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(name) &&
        !/\.\.|\/\/|\/\.|@\{/.test(name) &&
        !/(\/|\.|\.lock)$/.test(name) &&
        name.length <= 255);
}
/** How a command names the registry it opened, e.g. in "no models in … yet". */
function describeRegistry(values) {
    if (values.repo !== undefined)
        return `the registry of ${values.repo} (branch ${values['registry-branch'] ?? 'mlops-registry'})`;
    return `the local registry ${values.registry ?? '.mlops/registry'}`;
}
async function openRegistryFromFlags(values, env, usage, options = {}) {
    if (values.repo !== undefined) {
        if (values.registry !== undefined)
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT('give --registry or --repo, not both', usage);
        const branch = values['registry-branch'];
        if (branch !== undefined && !isBranchName(branch))
            throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT(`--registry-branch ${JSON.stringify(branch)} is not a branch name`, usage);
        const { client, repo } = await gitHubFromFlags(values.repo, env, usage, { warn: options.warn, need: 'contents: read to read the registry, contents: write to publish or promote' });
        const { openGitHubRegistry } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(8707)]).then(__webpack_require__.bind(__webpack_require__, 8707));
        return openGitHubRegistry(client, repo, { branch, targetCommitish: options.targetCommitish });
    }
    if (values['registry-branch'] !== undefined)
        throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT('--registry-branch goes with --repo', usage);
    const { openLocalRegistry, DEFAULT_REGISTRY_DIR } = await __webpack_require__.e(/* import() */ 9224).then(__webpack_require__.bind(__webpack_require__, 9224));
    return openLocalRegistry(values.registry ?? DEFAULT_REGISTRY_DIR);
}
/**
 * The GitHub API client for `--repo OWNER/REPO`: the token from GITHUB_TOKEN or GH_TOKEN, the API at
 * GITHUB_API_URL (GHES) or api.github.com. `need` says which permissions the command needs, for the
 * message when no token is set.
 */
async function gitHubFromFlags(repoFlag, env, usage, options) {
    const { parseRepository } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(8707)]).then(__webpack_require__.bind(__webpack_require__, 8707));
    const repo = parseRepository(repoFlag);
    if (!repo)
        throw new _runtime_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .CommandUsageError */ .nT(`--repo ${JSON.stringify(repoFlag)} is not OWNER/REPO`, usage);
    // Checked here, not left to createGitHubClient: its message speaks to workflow authors (`github-token:`).
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (!token) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--repo ${repoFlag} needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN`, {
            hint: `${options.need}; with the GitHub CLI: GH_TOKEN=$(gh auth token)`,
        });
    }
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(41), __webpack_require__.e(2306)]).then(__webpack_require__.bind(__webpack_require__, 2306));
    const warn = options.warn ?? (() => { });
    const client = createGitHubClient({
        token,
        env,
        logger: { debug() { }, info() { }, warn, error: warn },
        // Test knobs (docs/registry.md), as in the actions: never set them for real use, GitHub asks
        // for writes to be spaced and rate-limit waits to be honoured in seconds.
        retryBaseMs: env.MLOPS_GITHUB_RETRY_BASE_MS ? Number(env.MLOPS_GITHUB_RETRY_BASE_MS) : undefined,
        writeSpacing: env.MLOPS_GITHUB_WRITE_SPACING === 'none' ? 'none' : 'github',
    });
    return { client, repo };
}


/***/ }),

/***/ 6900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


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

/***/ 2377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ DEFAULT_LOG_OUT),
/* harmony export */   Ti: () => (/* binding */ DEFAULT_CACHE_DIR),
/* harmony export */   vs: () => (/* binding */ DEFAULT_RUN_OUT)
/* harmony export */ });
/**
 * Where train writes when not told: in a module of their own, so that the CLI's `mlops train` usage
 * text can name them without loading the step (yaml, zod, tinyglobby) at every `mlops` start (issue 18).
 */
const DEFAULT_RUN_OUT = 'mlops-out/run.json';
const DEFAULT_LOG_OUT = 'mlops-out/train.log';
/** The local run cache's folder (shared/local/local-run-cache.ts). */
const DEFAULT_CACHE_DIR = '.mlops/cache';


/***/ }),

/***/ 8536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   parseTimeoutDuration: () => (/* binding */ parseTimeoutDuration)
/* harmony export */ });
/* unused harmony exports MAX_TIMEOUT_MS, parseTimeoutMinutes */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/**
 * The train step's time limit: `--timeout 90s|30m|2h` on the command line, `timeout-minutes` in the
 * action (GitHub's own step setting takes minutes, so the action input does too).
 */

/** setTimeout's largest delay (2^31 - 1 ms, about 24.8 days); a longer one would fire at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
function checkTimeout(ms, what, text) {
    if (!(ms > 0))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} must be more than zero (got "${text}")`, { hint: 'leave it out for no time limit' });
    if (ms > MAX_TIMEOUT_MS)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} is too long (got "${text}"; at most 24 days)`, { hint: 'leave it out for no time limit' });
    return Math.round(ms);
}
/** `--timeout`: a number with a unit, ms, s, m or h (`90s`, `1.5h`). A bare number is refused: minutes or seconds? */
function parseTimeoutDuration(text, what = '--timeout') {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text.trim());
    if (!m)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} must be a duration with a unit (got "${text}")`, { hint: 'e.g. 90s, 30m or 2h' });
    return checkTimeout(Number(m[1]) * UNIT_MS[m[2]], what, text);
}
/** `timeout-minutes`: a positive number of minutes, fractions allowed (`0.5` is 30 s). */
function parseTimeoutMinutes(text, what = 'input "timeout-minutes"') {
    if (!/^\d+(?:\.\d+)?$/.test(text.trim()))
        throw new UsageError(`${what} must be a number of minutes (got "${text}")`, { hint: 'e.g. 30, or 0.5 for 30 seconds' });
    return checkTimeout(Number(text) * UNIT_MS.m, what, text);
}
/** A limit as a person reads it: 90s, 30m, 2h, 1h30m, 250ms. */
function formatDuration(ms) {
    if (ms < 1_000)
        return `${ms}ms`;
    if (ms % 1_000 !== 0)
        return `${(ms / 1_000).toFixed(1).replace(/\.0$/, '')}s`;
    const h = Math.floor(ms / UNIT_MS.h);
    const m = Math.floor((ms % UNIT_MS.h) / UNIT_MS.m);
    const s = Math.floor((ms % UNIT_MS.m) / UNIT_MS.s);
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
}


/***/ }),

/***/ 5335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q8: () => (/* binding */ ForgeError),
/* harmony export */   Qu: () => (/* binding */ isForgeError),
/* harmony export */   TA: () => (/* binding */ EXIT_FORGE_FAILED)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/**
 * A request to the forge (GitHub) failed, or was refused before it was sent because GitHub would
 * reject it (a body over a size limit). It names the call (method + route template), GitHub's
 * status and message, and what the user can do (usually: a missing token permission).
 *
 * Exit code 3 (`EXIT_FORGE_FAILED`), not 1: 1 means "a check ran and failed" (a gate, drift) and
 * workflows branch on it; a forge failure means the step could not finish its side effects at all
 * (permissions, an outage, retries exhausted), which a caller must not mistake for a failed gate.
 * Not 2 either: the user's data was fine.
 */

const EXIT_FORGE_FAILED = 3;
class ForgeError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    exitCode = EXIT_FORGE_FAILED;
    method;
    route;
    status;
    githubMessage;
    constructor(d) {
        const status = d.status === undefined ? 'no response' : `HTTP ${d.status}`;
        const msg = d.githubMessage ? `: ${d.githubMessage}` : '';
        const attempts = d.attempts && d.attempts > 1 ? ` after ${d.attempts} attempts` : '';
        super(`GitHub ${d.method} ${d.route} failed (${status}${attempts})${msg}`, { hint: d.hint, cause: d.cause });
        this.method = d.method;
        this.route = d.route;
        this.status = d.status;
        this.githubMessage = d.githubMessage;
    }
}
function isForgeError(e) {
    return e instanceof ForgeError;
}


/***/ }),

/***/ 1160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown),
/* harmony export */   V: () => (/* binding */ escapeMarkdownCell)
/* harmony export */ });
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


/***/ }),

/***/ 3196:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NF: () => (/* binding */ outputWriteError),
/* harmony export */   UY: () => (/* binding */ resolveOutputFolder),
/* harmony export */   W2: () => (/* binding */ commitTempFile),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   bd: () => (/* binding */ outputTempPath),
/* harmony export */   rA: () => (/* binding */ resolveOutputTarget)
/* harmony export */ });
/* unused harmony export sweepOutputTemps */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9980);
/* harmony import */ var _signal_cleanup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2946);
/* harmony import */ var _stale_temps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8076);
/**
 * No half-written output, ever, and never a replaced link or device: the one way every output
 * file is written.
 *
 * A regular file (or a new one) is written to a temporary file beside it, flushed, then renamed
 * over it: rename(2) within one directory is atomic on POSIX and replaces the target on Windows
 * too, so a reader sees either the old file or the whole new one. A symbolic link is followed to
 * the file it names and that file is replaced the same way (the link stays a link). A device or a
 * FIFO (`/dev/stdout`, `/dev/full`, a named pipe) is written directly: renaming over it would
 * replace the node itself. What cannot be written safely (a folder, a socket, a link into a folder
 * that does not exist, a loop of links) is refused with a message, and a failed write (ENOSPC,
 * EACCES, a read-only file system) is an InputError that names the path: exit 2, not a stack.
 *
 * A file with other hard links is replaced too, never written in place: the path gets the new
 * content and the other names keep the old one, with a warning. Writing in place would lose the
 * all-or-nothing promise (a kill mid-write tears every name) and would silently change content
 * that tools keep by hard link on purpose: DVC's `cache.type: hardlink` objects, `cp -al` and
 * rsnapshot snapshots. Sharing an output under two names is what a symbolic link is for.
 *
 * The temp file's name carries the writer's pid and host tag, so the next write of the same output
 * removes what a killed writer left (stale-temps.ts): never a live writer's.
 */








/** Linux's own limit on links followed in one lookup (MAXSYMLINKS). */
const MAX_LINKS = 40;
const REASONS = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EFBIG: 'file too large',
    EIO: 'input/output error',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    EEXIST: 'a file is in the way of a folder on the path',
    ENAMETOOLONG: 'the name is too long',
    ENXIO: 'no process is reading the named pipe',
    EPIPE: 'the reader closed the pipe',
};
/** The error a user sees when `given` cannot be written: what, where, and what to do. */
function outputWriteError(given, e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isMlopsError */ .s8)(e))
        return e;
    const code = e?.code;
    if (typeof code !== 'string')
        return e instanceof Error ? e : new Error(String(e));
    const reason = REASONS[code] ?? e.message;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: ${reason} (${code})`, {
        hint: code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space or write the output elsewhere' : 'check the path and its permissions, or write the output elsewhere',
        cause: e,
    });
}
async function lstatOptional(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/**
 * Follows `given` through symbolic links to the file an output should replace, and says what is
 * there. Refuses (InputError) a folder, a socket, a loop of links, and a dangling link whose folder
 * does not exist.
 */
async function resolveOutputTarget(given) {
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(given);
    let viaLink = false;
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined) {
            if (viaLink && !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path)).then((d) => d.isDirectory(), () => false))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a symbolic link to ${path}, whose folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path)} does not exist`, {
                    hint: 'create that folder, point the link at a file in an existing folder, or write the output elsewhere',
                });
            }
            return { given, path, kind: 'missing', viaLink };
        }
        if (s.isSymbolicLink()) {
            if (hops >= MAX_LINKS)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a file' });
            viaLink = true;
            path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(path));
            continue;
        }
        if (s.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a folder${viaLink ? ` (${path})` : ''}`, {
                hint: 'name a file to write, not a folder',
            });
        }
        if (s.isFile())
            return { given, path, kind: 'file', stats: s, viaLink };
        if (s.isSocket())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a socket`, { hint: 'name a file, a device or a named pipe' });
        // Character and block devices, FIFOs: written in place, never replaced.
        return { given, path, kind: 'device', stats: s, viaLink };
    }
}
/**
 * The folder an output folder should replace: `given` through its links (the link stays, its
 * folder is replaced). Refuses a file, a device or a socket where the folder should be.
 */
async function resolveOutputFolder(given) {
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(given);
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined || s.isDirectory())
            return path;
        if (!s.isSymbolicLink()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write folder ${given}: ${path} is ${s.isFile() ? 'a file' : 'not a folder'}`, {
                hint: 'name a folder (it is replaced whole), or move the file away',
            });
        }
        if (hops >= MAX_LINKS)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write folder ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a folder' });
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(path));
    }
}
/** What follows `.<name>.` in a temp of output `<name>`: pid, host tag, random part. */
const TEMP_TAIL = /^(\d+)\.([0-9a-f]{8})\.[0-9a-f]{12}\.tmp$/;
/** The same before the host tag (and validate's key files): judged by age and pid only. */
const UNTAGGED_TEMP_TAIL = /^(\d+)\.[0-9a-f]{12}\.tmp$/;
/**
 * A fresh temp path beside `path` for writing it: same folder, so the rename never crosses a file
 * system; dot-prefixed, so globs skip it; named for the output and the writer, so a later write of
 * the same output can tell a dead writer's leftover from a live one's.
 */
function outputTempPath(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(path)}.${process.pid}.${(0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_7__/* .hostTag */ .bf)()}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
/**
 * Per folder, the names in it that may be output temps, listed once per process: a step writing
 * many outputs into a big folder would otherwise read it whole for each (10,000 entries: about
 * 6 ms of CPU a write). A temp a writer leaves after the listing is the next process's to sweep.
 */
const tempNamesByFolder = new Map();
function tempNamesIn(dir) {
    let names = tempNamesByFolder.get(dir);
    if (names === undefined) {
        names = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).then((all) => all.filter((n) => n.startsWith('.') && n.endsWith('.tmp')), () => []);
        tempNamesByFolder.set(dir, names);
    }
    return names;
}
/**
 * Removes the temps of output `path` that a killed writer left (its pid gone from this host; one
 * from another host or an older version only when over an hour old). Returns the paths removed.
 */
async function sweepOutputTemps(path) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path);
    const prefix = `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(path)}.`;
    const tail = (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : '');
    const match = (name) => TEMP_TAIL.test(tail(name)) || UNTAGGED_TEMP_TAIL.test(tail(name));
    const listed = await tempNamesIn(dir);
    const names = listed.filter(match);
    if (names.length === 0)
        return [];
    const removed = await (0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_7__/* .sweepStaleTemps */ .RX)(dir, {
        names,
        match,
        pidOf: (name) => {
            const m = TEMP_TAIL.exec(tail(name)) ?? UNTAGGED_TEMP_TAIL.exec(tail(name));
            return m ? Number(m[1]) : undefined;
        },
        hostOf: (name) => TEMP_TAIL.exec(tail(name))?.[2],
    });
    const gone = new Set(removed.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(p)));
    tempNamesByFolder.set(dir, Promise.resolve(listed.filter((n) => !gone.has(n))));
    return removed;
}
function escapeWorkflowCommand(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Says that replacing `target` left its other hard links with the old content (see the top of this file). */
function warnIfHardLinksKeptOldContent(target) {
    const others = (target.stats?.nlink ?? 1) - 1;
    if (target.kind !== 'file' || others < 1)
        return;
    const names = others === 1 ? '1 other hard link keeps' : `${others} other hard links keep`;
    const message = `${target.given} was replaced and its ${names} the previous content (outputs are never written in place); to share an output under two names, use a symbolic link, which outputs are written through`;
    process.stderr.write(process.env.GITHUB_ACTIONS === 'true' ? `::warning::${escapeWorkflowCommand(message)}\n` : `mlops: warning: ${message}\n`);
}
async function writeInPlace(path, data) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'w');
    try {
        await fh.writeFile(data);
    }
    finally {
        await fh.close();
    }
}
async function writeBeside(target, data) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target.path);
    if (!target.viaLink)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    await sweepOutputTemps(target.path);
    const tmp = outputTempPath(target.path);
    const release = (0,_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .removeOnInterrupt */ .vY)(tmp);
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'wx');
        try {
            await fh.writeFile(data);
            // A replaced file keeps its permissions (a rename would otherwise reset them to the umask's).
            if (target.stats)
                await fh.chmod(target.stats.mode & 0o7777);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target.path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
        throw e;
    }
    finally {
        release();
    }
    warnIfHardLinksKeptOldContent(target);
}
async function writeFileAtomic(path, data) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device')
            await writeInPlace(target.path, data);
        else
            await writeBeside(target, data);
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
}
/**
 * Puts a finished temp file (written by a streaming writer) at output `path` the same way
 * writeFileAtomic does: renamed over the file links lead to (copied beside it first when that is on
 * another folder or file system), copied into a device or FIFO in place. The temp file is gone after.
 */
async function commitTempFile(tmp, path) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device') {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(tmp), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(target.path, { flags: 'w' }));
        }
        else if ((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target.path) === (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(tmp))) {
            await sweepOutputTemps(target.path);
            if (target.stats)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(tmp, target.stats.mode & 0o7777);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target.path);
            warnIfHardLinksKeptOldContent(target);
        }
        else {
            // The temp was made beside the link: sweep a killed writer's leftovers there too.
            if (target.viaLink)
                await sweepOutputTemps((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(path));
            await writeBeside(target, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(tmp));
        }
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
    }
}
/** JSON with two-space indentation and a trailing newline (stable, diff-friendly). */
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}


/***/ }),

/***/ 6429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ parseDelimiter),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Ve: () => (/* binding */ requireOption),
/* harmony export */   m2: () => (/* binding */ BASE_EXIT_CODES),
/* harmony export */   nT: () => (/* binding */ CommandUsageError),
/* harmony export */   runCli: () => (/* binding */ runCli),
/* harmony export */   zu: () => (/* binding */ choiceOption)
/* harmony export */ });
/* unused harmony exports EXIT_INTERNAL, processIo, reportCliFailure */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _closest_match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6060);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/**
 * The CLI face: argument parsing (node:util parseArgs, strict), dispatch to subcommands, and the
 * mapping from errors to what a terminal user sees: `mlops: <message>` on stderr and an exit code.
 *
 * Exit codes: `mlops help` lists them (Program.exitCodes); 70 is a bug (EX_SOFTWARE from sysexits.h).
 */



const EXIT_INTERNAL = 70;
/**
 * Streams whose reader went away (`mlops registry list | head -1`). Writing to a closed pipe is not
 * the user's mistake nor our bug: further output to it is dropped and the command finishes (its
 * files are written whole), exiting quietly instead of dying on an unhandled EPIPE with a stack.
 */
const closedStreams = new WeakSet();
const guardedStreams = new WeakSet();
function guardClosedPipe(stream) {
    if (guardedStreams.has(stream))
        return;
    guardedStreams.add(stream);
    stream.on('error', (e) => {
        // EPIPE, or the stream destroyed after it: drop the rest. Anything else on a terminal
        // stream has nowhere to be reported either, so it ends the same way.
        closedStreams.add(stream);
        if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED')
            process.exitCode ??= EXIT_INTERNAL;
    });
}
function writeUnlessClosed(stream, text) {
    if (closedStreams.has(stream) || stream.destroyed)
        return;
    guardClosedPipe(stream);
    stream.write(text);
}
const processIo = {
    stdout: (t) => writeUnlessClosed(process.stdout, t),
    stderr: (t) => writeUnlessClosed(process.stderr, t),
    env: process.env,
};
/** A usage error that carries the command's usage text, printed after the message. */
class CommandUsageError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb {
    usage;
    constructor(what, usage) {
        super(what);
        this.usage = usage;
    }
}
/** "unknown option --hed (did you mean --head?)": one message for every command's typos. */
function unknownOptionMessage(reported, options, argv) {
    // node reports `-data` as its first letter `-d`: suggest from what was typed.
    const end = argv.indexOf('--');
    const typed = (reported.length === 2 && (end === -1 ? argv : argv.slice(0, end)).find((a) => a.startsWith(reported) && !a.startsWith('--') && a.length > 2)) || reported;
    const long = typed.startsWith('--') ? typed.slice(2).split('=')[0] : undefined;
    const shorts = new Map(Object.entries(options).flatMap(([name, o]) => (o.short ? [[o.short, name]] : [])));
    const close = long !== undefined && long !== '' ? (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h)(long, Object.keys(options)) : undefined;
    if (close !== undefined)
        return `unknown option ${typed} (did you mean --${close}?)`;
    // `-hed` for `--head`: a single dash before a long name.
    const single = !typed.startsWith('--') && typed.length > 2 ? (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h)(typed.slice(1), Object.keys(options)) : undefined;
    if (single !== undefined)
        return `unknown option ${typed} (did you mean --${single}?)`;
    if (!typed.startsWith('--') && shorts.size > 0)
        return `unknown option ${typed} (short options: ${[...shorts.keys()].map((k) => `-${k}`).join(', ')})`;
    return `unknown option ${typed}`;
}
/**
 * Strict parseArgs: an unknown flag, a missing value or a stray positional is a usage error that
 * shows the command's usage; an unknown flag gets "did you mean" among the command's own options.
 * `--help`/`-h` is accepted by every command (check `values.help`).
 */
function parseCommandArgs(argv, options, usage, allowPositionals = false) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: { ...options, help: { type: 'boolean', short: 'h' } },
            strict: true,
            allowPositionals,
        });
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const unknown = e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-[^']*)'/.exec(message)?.[1] : undefined;
        if (unknown !== undefined)
            throw new CommandUsageError(unknownOptionMessage(unknown, { ...options, help: { type: 'boolean', short: 'h' } }, argv), usage);
        // node's messages end with advice about "--" that does not fit us; keep the first sentence.
        throw new CommandUsageError(message.split('. ')[0].replace(/\.$/, ''), usage);
    }
}
function requireOption(value, flag, usage) {
    if (value === undefined || value === '')
        throw new CommandUsageError(`missing required option --${flag}`, usage);
    return value;
}
function choiceOption(value, flag, choices, fallback, usage) {
    if (value === undefined)
        return fallback;
    if (choices.includes(value))
        return value;
    throw new CommandUsageError(`--${flag} must be one of ${choices.join(', ')} (got "${value}")`, usage);
}
/** Delimiters as people type them: "\t", "tab", "\\t" (from a shell or YAML single quotes). */
function parseDelimiter(value) {
    if (value === undefined || value === '')
        return undefined;
    if (value === '\\t' || value.toLowerCase() === 'tab')
        return '\t';
    if ([...value].length !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`delimiter must be a single character (got ${JSON.stringify(value)})`, {
            hint: 'use "," ";" "|" or "tab"',
        });
    }
    return value;
}
/** What runCli itself and errors.ts exit with; a program adds its own (the forge's 3, signals). */
const BASE_EXIT_CODES = [
    { code: '0', meaning: 'ok' },
    { code: '1', meaning: 'a check ran and failed (validation errors, a gate, drift)' },
    { code: '2', meaning: 'bad usage or bad input (unknown option, unreadable file, invalid config)' },
    { code: String(EXIT_INTERNAL), meaning: 'internal error: a bug in mlops (rerun with MLOPS_DEBUG=1 and report it)' },
];
function helpText(program) {
    const width = Math.max(...program.commands.map((c) => c.name.length));
    const lines = program.commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
    const codes = program.exitCodes ?? BASE_EXIT_CODES;
    const codeWidth = Math.max(...codes.map((c) => c.code.length));
    return [
        `${program.name} ${program.version} — ${program.summary}`,
        '',
        `Usage: ${program.name} <command> [options]`,
        '',
        'Commands:',
        ...lines,
        `  ${'help'.padEnd(width)}  Show help for a command`,
        '',
        `Run "${program.name} <command> --help" for a command's options. "${program.name} --version" prints the version.`,
        '',
        'Exit codes:',
        ...codes.map((c) => `  ${c.code.padEnd(codeWidth)}  ${c.meaning}`),
        '',
    ].join('\n');
}
/** Finds the command whose words start argv, longest first ("profile merge" before "profile"). */
function findCommand(program, argv) {
    const sorted = [...program.commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
    for (const command of sorted) {
        const words = command.name.split(' ');
        if (words.every((w, i) => argv[i] === w))
            return { command, rest: argv.slice(words.length) };
    }
    return undefined;
}
/** Runs one invocation and returns the exit code; never throws. */
async function runCli(argv, program, io = processIo) {
    try {
        const [first] = argv;
        if (first === undefined || first === '--help' || first === '-h') {
            io.stdout(helpText(program));
            return first === undefined ? 2 : 0;
        }
        if (first === '--version' || first === '-V') {
            io.stdout(`${program.version}\n`);
            return 0;
        }
        if (first === 'help') {
            if (argv.length === 1) {
                io.stdout(helpText(program));
                return 0;
            }
            const found = findCommand(program, argv.slice(1));
            if (!found)
                throw new CommandUsageError(`unknown command "${argv.slice(1).join(' ')}"`, helpText(program));
            io.stdout(found.command.usage);
            return 0;
        }
        const found = findCommand(program, argv);
        if (!found) {
            const group = program.commands.filter((c) => c.name.startsWith(`${first} `));
            if (group.length > 0) {
                const close = argv[1] === undefined ? undefined : (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h)(argv[1], group.map((c) => c.name.split(' ')[1]));
                const sub = argv[1] === undefined || argv[1].startsWith('-') ? `missing subcommand for "${first}"` : `unknown command "${first} ${argv[1]}"${close ? ` (did you mean "${first} ${close}"?)` : ''}`;
                throw new CommandUsageError(sub, group.map((c) => c.usage).join('\n'));
            }
            if (first.startsWith('-')) {
                const close = (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h)(first.replace(/^-+/, ''), ['help', 'version']);
                throw new CommandUsageError(`unknown option ${first}${close ? ` (did you mean --${close}?)` : ''}`, helpText(program));
            }
            const close = (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h)(first, [...new Set(program.commands.map((c) => c.name.split(' ')[0])), 'help']);
            throw new CommandUsageError(`unknown command "${first}"${close ? ` (did you mean "${close}"?)` : ''}`, helpText(program));
        }
        // Arguments after `--` belong to the user's own command (mlops train -- python train.py --help).
        const end = found.rest.indexOf('--');
        const own = end === -1 ? found.rest : found.rest.slice(0, end);
        if (own.includes('--help') || own.includes('-h')) {
            io.stdout(found.command.usage);
            return 0;
        }
        return await found.command.run(found.rest, io);
    }
    catch (e) {
        return reportCliFailure(e, io);
    }
}
function reportCliFailure(e, io) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isMlopsError */ .s8)(e)) {
        io.stderr(`mlops: ${e.message}\n`);
        if (e instanceof CommandUsageError)
            io.stderr(`\n${e.usage.endsWith('\n') ? e.usage : `${e.usage}\n`}`);
        return e.exitCode;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr(`mlops: internal error: ${err.message}\n`);
    if (io.env.MLOPS_DEBUG === '1')
        io.stderr(`${err.stack ?? ''}\n`);
    else
        io.stderr('mlops: this is a bug; rerun with MLOPS_DEBUG=1 for a stack trace and report it\n');
    return EXIT_INTERNAL;
}


/***/ }),

/***/ 6060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ closestMatch)
/* harmony export */ });
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


/***/ }),

/***/ 9980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ EXIT_CHECK_FAILED),
/* harmony export */   IC: () => (/* binding */ MlopsError),
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Vl: () => (/* binding */ ContractError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   s8: () => (/* binding */ isMlopsError)
/* harmony export */ });
/* unused harmony exports EXIT_BAD_INPUT, CLI_NAMING, ACTION_NAMING */
/**
 * Typed failures. Every error a user can cause names what went wrong, where (file, line, column)
 * and how to fix it. The faces map them to exit codes: the CLI prints the message and exits with
 * `exitCode`; the action calls setFailed and writes an annotation at `location`.
 *
 * Exit codes (shared by the CLI and the action process):
 *   0  ok
 *   1  a check ran and failed (validation errors, a gate, drift)
 *   2  bad usage or bad input (unreadable data, invalid contract, missing file)
 *   3  the forge (GitHub) refused or kept failing a call (ForgeError, shared/ports/forge-error.ts)
 */
const EXIT_OK = 0;
const EXIT_CHECK_FAILED = 1;
const EXIT_BAD_INPUT = 2;
function formatLocation(loc) {
    let s = loc.file;
    if (loc.line !== undefined)
        s += `:${loc.line}`;
    if (loc.line !== undefined && loc.column !== undefined)
        s += `:${loc.column}`;
    return s;
}
/** The `mlops` command line: `--score COL`. Error messages default to it (`error.message`). */
const CLI_NAMING = {
    option: (name, placeholder) => (placeholder ? `--${name} ${placeholder}` : `--${name}`),
    setting: (name, value) => `--${name} ${value}`,
};
/** An action step: `input "score"` (as readInputs' own messages say it), `task: multiclass` under `with:`. */
const ACTION_NAMING = {
    option: (name) => `input "${name}"`,
    setting: (name, value) => `${name}: ${value}`,
};
function wordingIn(w, naming) {
    return typeof w === 'string' ? w : w(naming);
}
class MlopsError extends Error {
    location;
    /** What the user can do about it; appended to the message in parentheses. */
    hint;
    #what;
    #hint;
    constructor(what, options = {}) {
        super(renderMessage(what, options.hint, options.location, CLI_NAMING), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.location = options.location;
        this.hint = options.hint === undefined ? undefined : wordingIn(options.hint, CLI_NAMING);
        this.#what = what;
        this.#hint = options.hint;
    }
    /** The message with options named the way `naming`'s face spells them (`message` is the CLI's). */
    messageFor(naming) {
        return renderMessage(this.#what, this.#hint, this.location, naming);
    }
}
function renderMessage(what, hint, location, naming) {
    const where = location ? `${formatLocation(location)}: ` : '';
    const fix = hint === undefined ? '' : wordingIn(hint, naming);
    return `${where}${wordingIn(what, naming)}${fix ? ` (${fix})` : ''}`;
}
/** Data or a file the user pointed us at cannot be read as what it claims to be. */
class InputError extends MlopsError {
    exitCode = EXIT_BAD_INPUT;
}
/** A data contract (or other config file) is not valid. */
class ContractError extends MlopsError {
    exitCode = EXIT_BAD_INPUT;
}
/** The command line or the action's inputs are wrong. */
class UsageError extends MlopsError {
    exitCode = EXIT_BAD_INPUT;
}
function isMlopsError(e) {
    return e instanceof MlopsError;
}


/***/ }),

/***/ 1692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packageRoot: () => (/* binding */ packageRoot)
/* harmony export */ });
/* unused harmony exports PACKAGE_NAME, findPackageRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Where mlops-actions' own files are at run time: its action.yml files, reusable workflows and
 * action-templates/, which `mlops doctor` and `mlops new-action` read. The same code runs from
 * source (shared/runtime/ under tsx and vitest), from the CLI bundle (dist/cli/index.js) and from an
 * install of the package (node_modules/mlops-actions/...), so the folder is found by walking up
 * from this module to the package.json named mlops-actions rather than by a fixed `../..`.
 */



const PACKAGE_NAME = 'mlops-actions';
let cached;
/** The package's root folder, or undefined when this module is not inside the package. */
function findPackageRoot(start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))) {
    let dir = start;
    for (let i = 0; i < 8; i++) {
        const manifest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest)) {
            try {
                if (JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, 'utf8')).name === PACKAGE_NAME)
                    return dir;
            }
            catch {
                // ncc writes a bare {"type":"module"} next to each bundle; anything unreadable is not ours either.
            }
        }
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (up === dir)
            break;
        dir = up;
    }
    return undefined;
}
/** The package's root folder; throws when the package is incomplete (a bundle copied on its own). */
function packageRoot() {
    cached ??= findPackageRoot();
    if (!cached)
        throw new Error(`cannot find the ${PACKAGE_NAME} package folder above ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))}`);
    return cached;
}


/***/ }),

/***/ 8231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NC: () => (/* binding */ formatCoordinates),
/* harmony export */   jW: () => (/* binding */ parseCoordinates),
/* harmony export */   kB: () => (/* binding */ publishedCoordinates)
/* harmony export */ });
/* unused harmony exports repositoryOf, majorTagOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9980);
/* harmony import */ var _package_root_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1692);
/**
 * Where teams get mlops-actions from: the GitHub repository and the ref every `uses:` line, schema URL
 * and scaffold dependency points at (`mlops-actions/mlops-actions` and `v1`). The one source is our
 * package.json: its `repository` field names the repository and the major of its `version` is the tag
 * the release workflow (.github/workflows/release-actions.yml) moves, so a release of 2.0.0 makes
 * `v2` the default everywhere, and `mlops init --uses` / `mlops new-action --uses` override both
 * (a fork, a release tag such as v1.2.0, a commit SHA).
 */




// GitHub's rules: an owner is letters, digits and single hyphens; a repository name also takes `.` and `_`.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
// A git ref as `uses:` and npm's `#ref` take it: no spaces, no `..`, none of ~^:?*[\ and not ending in `/` or `.lock`.
const REF = /^(?!.*\.\.)(?!.*\/\/)(?!\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._\/-]{1,200}$/;
function isRepository(s) {
    const [owner, repo, ...rest] = s.split('/');
    return rest.length === 0 && owner !== undefined && repo !== undefined && OWNER.test(owner) && REPO.test(repo) && repo !== '.' && repo !== '..';
}
/**
 * `owner/repo` from package.json's `repository`: `github:owner/repo`, `owner/repo`, or
 * `{ "url": "git+https://github.com/owner/repo.git" }` (what `npm pkg fix` writes).
 */
function repositoryOf(field) {
    const text = typeof field === 'string' ? field : field !== null && typeof field === 'object' ? field.url : undefined;
    if (typeof text !== 'string')
        return undefined;
    const m = /^(?:github:|(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com\/|git@github\.com:)?([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(text.trim());
    return m && isRepository(m[1]) ? m[1] : undefined;
}
/** `v<major>` of a semver version: 1.4.2 → v1. */
function majorTagOf(version) {
    const m = typeof version === 'string' ? /^(\d+)\.\d+\.\d+(?:[-+].*)?$/.exec(version) : null;
    return m ? `v${Number(m[1])}` : undefined;
}
/** The coordinates package.json names: its repository at `v<major of version>`. Throws on a broken manifest (our bug). */
function publishedCoordinates(manifest = ownManifest()) {
    const repository = repositoryOf(manifest.repository);
    const ref = majorTagOf(manifest.version);
    if (!repository || !ref)
        throw new Error(`package.json needs a GitHub "repository" and a semver "version" (got ${JSON.stringify(manifest.repository)}, ${JSON.stringify(manifest.version)})`);
    return { repository, ref };
}
function ownManifest() {
    return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_package_root_js__WEBPACK_IMPORTED_MODULE_3__.packageRoot)(), 'package.json'), 'utf8'));
}
/** `OWNER/REPO@REF` as a person types it after `--uses`; UsageError naming the flag otherwise. */
function parseCoordinates(text, flag = '--uses') {
    const at = text.lastIndexOf('@');
    const repository = at < 0 ? text : text.slice(0, at);
    const ref = at < 0 ? '' : text.slice(at + 1);
    if (!isRepository(repository) || !REF.test(ref)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${flag} ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)} is not OWNER/REPO@REF`, {
            hint: `e.g. ${flag} ${formatCoordinates(publishedCoordinates())} (the default), ${flag} my-org/mlops-actions@v1 (a fork), or a release tag (@v1.2.0) or commit SHA as the ref`,
        });
    }
    return { repository, ref };
}
const formatCoordinates = (c) => `${c.repository}@${c.ref}`;


/***/ }),

/***/ 2946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e1: () => (/* binding */ removeMatchingOnInterrupt),
/* harmony export */   vY: () => (/* binding */ removeOnInterrupt)
/* harmony export */ });
/* unused harmony export trackedTempCount */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Temp paths removed when the process is interrupted. A step registers what it is building
 * (a publish's work folder, a cache entry being saved, an atomic write's temp file) and releases it
 * when done; on SIGINT, SIGTERM or SIGHUP the registered paths are removed synchronously and the
 * signal is raised again, so the exit status stays the shell's 130/143/129.
 *
 * Handlers are installed only while something is registered: with nothing to clean, Node's
 * default signal behaviour is untouched. When another part of the program also listens for the
 * signal (train forwards it to its child and waits), that listener decides how to exit; we only
 * clean. SIGKILL cannot be caught: stale-temps.ts sweeps what it leaves on the next start.
 */


const tracked = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;
/**
 * A write still in flight on libuv's threads (an archive being written into the folder) can add an
 * entry after rmSync listed the folder, which then fails with ENOTEMPTY: retried twice, 5 ms apart.
 */
const REMOVE = { recursive: true, force: true, maxRetries: 2, retryDelay: 5 };
function removeTracked() {
    for (const t of tracked) {
        try {
            if ('path' in t)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(t.path, REMOVE);
            else
                for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(t.dir))
                    if (t.match(name))
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(t.dir, name), REMOVE);
        }
        catch {
            // Best effort: a path we cannot remove now is swept by the next run.
        }
    }
    tracked.clear();
}
function onSignal(signal) {
    removeTracked();
    if (process.listenerCount(signal) > 1)
        return;
    uninstall();
    process.kill(process.pid, signal);
}
function install() {
    if (installed)
        return;
    installed = true;
    for (const s of SIGNALS)
        process.on(s, onSignal);
    process.on('exit', removeTracked);
}
function uninstall() {
    if (!installed)
        return;
    installed = false;
    for (const s of SIGNALS)
        process.off(s, onSignal);
    process.off('exit', removeTracked);
}
function track(t) {
    tracked.add(t);
    install();
    return () => {
        tracked.delete(t);
        if (tracked.size === 0)
            uninstall();
    };
}
/** Removes `path` (file or folder) if the process is interrupted before the returned release is called. */
function removeOnInterrupt(path) {
    return track({ path });
}
/** Removes the entries of `dir` that `match` selects if the process is interrupted before release. */
function removeMatchingOnInterrupt(dir, match) {
    return track({ dir, match });
}
/** How many paths are registered (tests check that steps release what they register). */
function trackedTempCount() {
    return tracked.size;
}


/***/ }),

/***/ 8076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ sweepStaleTemps),
/* harmony export */   bf: () => (/* binding */ hostTag),
/* harmony export */   xT: () => (/* binding */ processIsAlive)
/* harmony export */ });
/* unused harmony export STALE_TEMP_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/**
 * Sweeps temp entries a killed run left behind (SIGKILL, a power cut: nothing ran to clean them).
 * Only in a folder we own, only names with our own prefix, only entries owned by this user, never
 * through a link, and only when the writer is proven gone:
 * - the name carries the writer's process id and this host's tag (hostTag(): the host name and the
 *   pid namespace, so a container sharing the folder is another host) and no such process runs:
 *   swept at once, however fresh;
 * - otherwise (no pid, another host's or an older name without a tag): only when older than a run
 *   can last (an hour, by the newest modification time of the entry and its direct children) and,
 *   with a pid, that pid not alive here.
 * A live writer's entry (its pid alive) is never removed; a pid reused by an unrelated process only
 * delays the sweep. Failures are ignored: the sweep must not fail the run it precedes.
 */





const STALE_TEMP_MS = 60 * 60 * 1000;
let tag;
/**
 * Eight hex digits naming this host and pid namespace: a pid is only meaningful where it was
 * taken, and two containers (or a container and its host) can share a host name or a folder.
 */
function hostTag() {
    if (tag === undefined) {
        let namespace = '';
        try {
            namespace = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)('/proc/self/ns/pid');
        }
        catch {
            // Not Linux: the host name alone.
        }
        tag = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${(0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)()}\0${namespace}`).digest('hex').slice(0, 8);
    }
    return tag;
}
/** True when a process with this id runs on this host (signal 0 checks without sending anything). */
function processIsAlive(pid) {
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: it exists but belongs to someone else.
        return e.code === 'EPERM';
    }
}
async function newestMtimeMs(path, own) {
    let newest = own;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(path).catch(() => []);
    for (const n of names) {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, n)).catch(() => undefined);
        if (s && s.mtimeMs > newest)
            newest = s.mtimeMs;
    }
    return newest;
}
/** Removes the stale entries of `dir` that `match` selects; returns the paths removed. */
async function sweepStaleTemps(dir, options) {
    const cutoff = (options.now ?? Date.now)() - (options.maxAgeMs ?? STALE_TEMP_MS);
    const uid = process.getuid?.();
    const removed = [];
    const names = options.names ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).catch(() => []));
    for (const name of names) {
        if (!options.match(name))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, name);
        try {
            const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
            if (s.isSymbolicLink() || (uid !== undefined && s.uid !== uid))
                continue;
            const pid = options.pidOf?.(name);
            if (pid !== undefined && processIsAlive(pid))
                continue;
            const deadHere = pid !== undefined && options.hostOf?.(name) === hostTag();
            if (!deadHere) {
                const newest = s.isDirectory() ? await newestMtimeMs(path, s.mtimeMs) : s.mtimeMs;
                if (newest > cutoff)
                    continue;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { recursive: true, force: true });
            removed.push(path);
        }
        catch {
            // Another sweeper got there first, or it is not ours to remove.
        }
    }
    return removed;
}


/***/ })

};
