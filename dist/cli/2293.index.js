export const id = 2293;
export const ids = [2293];
export const modules = {

/***/ 2293:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeParts: () => (/* binding */ describeParts),
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
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

// EXTERNAL MODULE: ../../../../shared/runtime/cli.ts
var cli = __webpack_require__(6429);
;// CONCATENATED MODULE: ../../../../shared/cli/commands/validate.ts
/** `mlops validate`: the validate-data step on the command line (one job, a shard, or the fan-in). */



const usage = `Usage: mlops validate --data FILE [options]
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
    usage,
    async run(argv, io) {
        const { values, positionals } = (0,cli/* parseCommandArgs */.Qx)(argv, options, usage, true);
        const format = (0,cli/* choiceOption */.zu)(values.format, 'format', ['text', 'json'], 'text', usage);
        const failOn = (0,cli/* choiceOption */.zu)(values['fail-on'], 'fail-on', FAIL_ON, 'error', usage);
        const profiles = values.profiles === undefined ? undefined : [...values.profiles, ...positionals];
        if (!profiles && positionals.length > 0)
            throw new cli/* CommandUsageError */.nT(`unexpected argument "${positionals[0]}"`, usage);
        if (profiles) {
            for (const flag of ['data', 'shard', 'infer-contract', 'delimiter']) {
                if (values[flag] !== undefined)
                    throw new cli/* CommandUsageError */.nT(`--${flag} does not go with --profiles (the fan-in reads the shards' profiles, not the data)`, usage);
            }
            const { validateMergedShards } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(980), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(3473), __webpack_require__.e(3865), __webpack_require__.e(3164), __webpack_require__.e(2044)]).then(__webpack_require__.bind(__webpack_require__, 2051));
            const result = await validateMergedShards({ profiles, contract: values.contract, profileOut: values['profile-out'], reportOut: values['report-out'] });
            const lines = [`merged ${result.profileFiles.length} shard profiles (${result.shard.count} shards of ${result.shard.data})`];
            return printResult(io, result.report, result.profile, format, failOn, lines, [
                ['profile', result.profilePath],
                ['report', result.reportPath],
            ]);
        }
        const data = (0,cli/* requireOption */.Ve)(values.data, 'data', usage);
        if (values.shard !== undefined) {
            for (const flag of ['report-out', 'infer-contract']) {
                if (values[flag] !== undefined)
                    throw new cli/* CommandUsageError */.nT(`--${flag} does not go with --shard: the fan-in (--profiles) writes the report of the whole data`, usage);
            }
            const profileOut = (0,cli/* requireOption */.Ve)(values['profile-out'], 'profile-out', usage);
            const { parseShardSpec } = await Promise.all(/* import() */[__webpack_require__.e(980), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(3473), __webpack_require__.e(7487), __webpack_require__.e(5754)]).then(__webpack_require__.bind(__webpack_require__, 7273));
            const { validateShard } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(9171), __webpack_require__.e(980), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(3473), __webpack_require__.e(3865), __webpack_require__.e(7487), __webpack_require__.e(6309), __webpack_require__.e(642)]).then(__webpack_require__.bind(__webpack_require__, 8549));
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
        const { validateData } = await Promise.all(/* import() */[__webpack_require__.e(1100), __webpack_require__.e(980), __webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(3473), __webpack_require__.e(3865), __webpack_require__.e(7487), __webpack_require__.e(9120)]).then(__webpack_require__.bind(__webpack_require__, 8917));
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


/***/ }),

/***/ 1160:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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


/***/ })

};
