export const id = 8334;
export const ids = [8334,3874];
export const modules = {

/***/ 3874:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ alarmReason),
/* harmony export */   Og: () => (/* binding */ formatDriftNumber),
/* harmony export */   Zm: () => (/* binding */ describeColumnDrift),
/* harmony export */   oQ: () => (/* binding */ columnMovement)
/* harmony export */ });
const TEST_NAMES = {
    ks: 'KS',
    chisquare: 'chi-square',
    z: 'Z-test',
    wasserstein: 'Wasserstein distance',
    jensenshannon: 'Jensen-Shannon distance',
    psi: 'PSI',
};
/** Three significant digits; p-values and other tiny numbers in exponent form (2.13e-34). */
function formatDriftNumber(x) {
    if (x === 0 || !Number.isFinite(x))
        return String(x);
    if (Math.abs(x) < 1e-3)
        return x.toExponential(2).replace(/\.?0+e/, 'e');
    return String(Number(x.toPrecision(3)));
}
/** How far a column moved, without its name: "Wasserstein distance 0.476 (threshold 0.1)". */
function columnMovement(c) {
    const name = TEST_NAMES[c.test];
    if (c.p_value !== null)
        return `${name} p-value ${formatDriftNumber(c.p_value)} (threshold ${formatDriftNumber(c.threshold)}; statistic ${formatDriftNumber(c.statistic)})`;
    return `${name} ${formatDriftNumber(c.statistic)} (threshold ${formatDriftNumber(c.threshold)})`;
}
/**
 * How far a column moved, in one plain sentence:
 * "temp_max: Wasserstein distance 0.476 (threshold 0.1)" or
 * "wind: KS p-value 2.13e-34 (threshold 0.05; statistic 0.455)". The name is raw: renderers escape it.
 */
function describeColumnDrift(c) {
    return `${c.column}: ${columnMovement(c)}`;
}
/** Why an alarm was raised: "below the alarm floor 1e-6" or "4.76× the threshold, alarm at 3×". */
function alarmReason(a) {
    if (a.rule === 'p_value')
        return `below the alarm floor ${formatDriftNumber(a.limit)}`;
    if (!(a.threshold > 0))
        return `at or past ${formatDriftNumber(a.limit)}`;
    return `${formatDriftNumber(a.statistic / a.threshold)}× the threshold, alarm at ${formatDriftNumber(a.limit / a.threshold)}×`;
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


/***/ }),

/***/ 8334:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderWhatChanged),
/* harmony export */   whatChangedLine: () => (/* binding */ whatChangedLine)
/* harmony export */ });
/* harmony import */ var _formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3874);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1160);
/**
 * The "What changed" section of the PR report (above the metric table): a lead sentence a reviewer
 * reads first ("the head's training data has 30% more rows; `temp_max` moved (Wasserstein distance
 * 0.23); 2 params changed"), then params, data, and code and environment, each only when it has
 * something to say. When only the code changed, or nothing did, it is one line.
 *
 * Every name in it (params, paths, columns, commands) came from a run record or a profile, possibly
 * a fork's: each goes through escapeMarkdownCell. Lists are capped by `maxRows`; the caller drops
 * the whole section first when the comment nears GitHub's limit.
 */


const esc = (s, max = 120) => (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdownCell */ .V)(s, max);
const n = (x) => x.toLocaleString('en-US');
const short = (sha) => (sha === null ? '—' : sha.slice(0, 12));
function valueCell(v) {
    return v.sha256 ? `${esc(v.value, 80)} (sha256 ${v.sha256.slice(0, 12)})` : esc(v.value, 80);
}
function rowsChange(from, to) {
    if (from === to)
        return `${n(to)} rows, as before`;
    const pct = from > 0 ? ` (${to > from ? '+' : ''}${((100 * (to - from)) / from).toFixed(1)}%)` : '';
    return `${n(from)} → ${n(to)} rows${pct}`;
}
function paramsCount(p) {
    const parts = [
        p.changed.length ? `${p.changed.length} changed` : '',
        p.added.length ? `${p.added.length} added` : '',
        p.removed.length ? `${p.removed.length} removed` : '',
        p.not_listed ? `${n(p.not_listed)} more not listed` : '',
        p.seed ? 'the seed' : '',
    ].filter(Boolean);
    return parts.join(', ');
}
const BRIEF_TEST = { ks: 'KS', chisquare: 'chi-square', z: 'Z-test', wasserstein: 'Wasserstein', jensenshannon: 'Jensen-Shannon', psi: 'PSI' };
/** "Wasserstein 0.23" or "KS p = 9.9e-43": the full wording is in the table below. */
function briefMovement(c) {
    return c.p_value === null ? `${BRIEF_TEST[c.test]} ${(0,_formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDriftNumber */ .Og)(c.statistic)}` : `${BRIEF_TEST[c.test]} p = ${(0,_formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDriftNumber */ .Og)(c.p_value)}`;
}
/** One sentence: what moved, most telling first. Empty when nothing did. */
function lead(w) {
    const parts = [];
    const d = w.data;
    if (d) {
        if (d.rows.from !== d.rows.to) {
            const pct = d.rows.from > 0 ? `${Math.abs((100 * (d.rows.to - d.rows.from)) / d.rows.from).toFixed(0)}% ${d.rows.to > d.rows.from ? 'more' : 'fewer'} rows` : `${n(d.rows.to)} rows`;
            parts.push(`the training data has ${pct} (${n(d.rows.from)} → ${n(d.rows.to)})`);
        }
        if (d.moved.length) {
            const shown = d.moved.slice(0, 3).map((c) => `${esc(c.column, 60)} (${briefMovement(c)})`);
            parts.push(`${d.moved.length === 1 ? 'column' : 'columns'} ${shown.join(', ')}${d.moved.length > 3 ? ` and ${d.moved.length - 3} more` : ''} moved`);
        }
        if (d.columns_added.length + d.columns_removed.length)
            parts.push(`${d.columns_added.length} columns added, ${d.columns_removed.length} removed`);
    }
    const p = w.params;
    if (p) {
        const count = p.changed.length + p.added.length + p.removed.length + p.not_listed;
        if (count)
            parts.push(count === 1 && p.changed.length === 1 ? `param ${esc(p.changed[0].key, 60)} changed (${valueCell(p.changed[0].from)} → ${valueCell(p.changed[0].to)})` : `${n(count)} params changed`);
        if (p.seed)
            parts.push(`the seed changed (${p.seed.from} → ${p.seed.to})`);
    }
    const c = w.code;
    if (c) {
        if (c.command)
            parts.push('the training command changed');
        if (c.files.length)
            parts.push(c.files.length <= 2 ? `${c.files.map((f) => esc(f.path, 60)).join(' and ')} changed` : `${c.files.length} files changed`);
        if (c.environment.length)
            parts.push(`the environment differs (${c.environment.map((e) => esc(e.what, 40)).slice(0, 3).join(', ')})`);
    }
    if (!parts.length)
        return '';
    const sentence = parts.join('; ');
    return `${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
}
function paramsLines(p, maxRows) {
    const rows = [
        ...p.changed.map((c) => `| ${esc(c.key)} | ${valueCell(c.from)} | ${valueCell(c.to)} |`),
        ...p.added.map((c) => `| ${esc(c.key)} | — | ${valueCell(c.to)} |`),
        ...p.removed.map((c) => `| ${esc(c.key)} | ${valueCell(c.from)} | — |`),
    ];
    if (p.seed)
        rows.push(`| _seed_ | ${p.seed.from} | ${p.seed.to} |`);
    if (!rows.length)
        return [`**Params**: the same (${n(p.unchanged)} keys).`, ''];
    const out = [`**Params**: ${paramsCount(p)}; ${n(p.unchanged)} the same.`, '', '| param | baseline | head |', '| --- | --- | --- |', ...rows.slice(0, maxRows)];
    if (rows.length > maxRows || p.not_listed)
        out.push(`| … | ${n(rows.length - Math.min(rows.length, maxRows) + p.not_listed)} more in comparison.json | |`);
    return [...out, ''];
}
function dataLines(d, maxRows) {
    const out = [`**Training data**: ${rowsChange(d.rows.from, d.rows.to)}.`];
    const changedInputs = d.inputs.filter((i) => i.rows_from !== i.rows_to || i.sha256_from !== i.sha256_to);
    if (changedInputs.length) {
        out.push('', '| input | rows (baseline → head) | SHA-256 (baseline → head) |', '| --- | --- | --- |');
        for (const i of changedInputs.slice(0, maxRows)) {
            const rows = `${i.rows_from === null ? '—' : n(i.rows_from)} → ${i.rows_to === null ? '—' : n(i.rows_to)}`;
            out.push(`| ${esc(i.path)} | ${rows} | ${short(i.sha256_from)} → ${short(i.sha256_to)} |`);
        }
        if (changedInputs.length > maxRows)
            out.push(`| … | ${changedInputs.length - maxRows} more in comparison.json | |`);
    }
    if (d.columns_added.length)
        out.push('', `Columns added: ${d.columns_added.slice(0, 20).map((c) => esc(c, 60)).join(', ')}${d.columns_added.length > 20 ? ` and ${d.columns_added.length - 20} more` : ''}.`);
    if (d.columns_removed.length)
        out.push('', `Columns removed: ${d.columns_removed.slice(0, 20).map((c) => esc(c, 60)).join(', ')}${d.columns_removed.length > 20 ? ` and ${d.columns_removed.length - 20} more` : ''}.`);
    const tested = d.moved.length + d.unmoved;
    if (d.moved.length) {
        out.push('', `Moved: ${d.moved.length} of ${n(tested)} columns tested (the drift step's tests and thresholds, on the two profiles)${d.skipped.length ? `; ${d.skipped.length} not tested` : ''}.`, '');
        out.push('| column | how far it moved |', '| --- | --- |');
        for (const c of d.moved.slice(0, maxRows))
            out.push(`| ${esc(c.column)} | ${(0,_formats_drift_text_js__WEBPACK_IMPORTED_MODULE_0__/* .columnMovement */ .oQ)(c)} |`);
        if (d.moved.length > maxRows)
            out.push(`| … | ${d.moved.length - maxRows} more in comparison.json |`);
    }
    else if (tested)
        out.push('', `No column moved (${n(tested)} tested with the drift step's tests${d.skipped.length ? `; ${d.skipped.length} not tested` : ''}).`);
    return [...out, ''];
}
function codeLines(c, maxRows) {
    const items = [];
    if (c.command)
        items.push(`- command: ${esc(c.command.from, 200)} → ${esc(c.command.to, 200)}`);
    for (const f of c.files.slice(0, maxRows)) {
        items.push(`- ${esc(f.path)}: ${f.change === 'changed' ? `changed (${short(f.sha256_from)} → ${short(f.sha256_to)})` : f.change === 'added' ? 'added to the inputs' : 'no longer an input'}`);
    }
    if (c.files.length > maxRows)
        items.push(`- … and ${c.files.length - maxRows} more files (comparison.json)`);
    for (const e of c.environment)
        items.push(`- ${esc(e.what, 80)}: ${esc(e.from ?? 'none', 80)} → ${esc(e.to ?? 'none', 80)}`);
    if (!items.length)
        return [`**Code and environment**: the same (command, ${n(c.unchanged_files)} input files, runtime).`, ''];
    return ['**Code and environment**', '', ...items, ''];
}
/** The section as Markdown lines (ending with an empty line); none when there is nothing to show. */
function renderWhatChanged(w, maxRows = 20) {
    if (!w)
        return [];
    const title = '### What changed';
    const notes = w.notes.map((x) => `_${esc(x, 300)}._`);
    if (w.summary === 'unknown')
        return [title, '', ...notes.flatMap((x) => [x, '']), ''];
    if (w.summary === 'code-only' && w.code) {
        const files = w.code.files.slice(0, 5).map((f) => esc(f.path, 80)).join(', ');
        return [title, '', `Only the code changed: ${files}${w.code.files.length > 5 ? ` and ${w.code.files.length - 5} more` : ''}; params, training data and environment are the baseline's.`, ''];
    }
    if (w.summary === 'nothing') {
        const compared = [w.params ? 'params' : '', w.data ? 'training data' : '', w.code ? 'code and environment' : ''].filter(Boolean).join(', ');
        return [title, '', `Nothing changed in ${compared}: the same as the baseline's.`, ...notes.flatMap((x) => ['', x]), ''];
    }
    const out = [title, ''];
    const sentence = lead(w);
    if (sentence)
        out.push(sentence, '');
    if (w.params)
        out.push(...paramsLines(w.params, maxRows));
    if (w.data)
        out.push(...dataLines(w.data, maxRows));
    if (w.code)
        out.push(...codeLines(w.code, maxRows));
    for (const x of notes)
        out.push(x, '');
    return out;
}
/** "What changed" in one status line: how many params, moved columns and files (the comment has the rest). */
function whatChangedLine(w) {
    if (w.summary === 'unknown')
        return `not compared (${w.notes.join('; ')})`;
    if (w.summary === 'nothing')
        return 'nothing (params, data, code and environment are the baseline\'s)';
    const parts = [];
    if (w.params)
        parts.push(`${w.params.changed.length + w.params.added.length + w.params.removed.length + w.params.not_listed} params${w.params.seed ? ' and the seed' : ''}`);
    if (w.data)
        parts.push(`${w.data.rows.from} → ${w.data.rows.to} training rows, ${w.data.moved.length} columns moved${w.data.moved.length ? ` (${w.data.moved.slice(0, 5).map((c) => JSON.stringify(c.column)).join(', ')})` : ''}`);
    if (w.code)
        parts.push(`${w.code.files.length} input files${w.code.command ? ', the command' : ''}${w.code.environment.length ? `, ${w.code.environment.length} environment differences` : ''}`);
    return `${w.summary === 'code-only' ? 'only the code: ' : ''}${parts.join('; ')}`;
}


/***/ })

};
