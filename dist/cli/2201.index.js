export const id = 2201;
export const ids = [2201];
export const modules = {

/***/ 2201:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ formatImportance),
/* harmony export */   renderExplanationText: () => (/* binding */ renderExplanationText)
/* harmony export */ });
/* unused harmony exports SUMMARY_FEATURES, renderExplanationSummary */
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1160);

/** At most this many features in the summary's table (the file has them all). */
const SUMMARY_FEATURES = 50;
/** Four significant digits, signs as typed minus; tiny and huge values in exponent form. */
function formatImportance(v) {
    if (v === 0)
        return '0';
    const a = Math.abs(v);
    const text = a >= 1e6 || a < 1e-4 ? v.toExponential(2) : Number(v.toPrecision(4)).toString();
    return text.replace('-', '−');
}
const esc = (s) => escapeMarkdownCell(String(s));
/** A bar of `width` cells for the share of the largest importance (negative importances get none). */
function bar(v, max, width = 20) {
    if (!(max > 0) || !(v > 0))
        return '';
    return '█'.repeat(Math.max(1, Math.round((v / max) * width)));
}
function renderExplanationSummary(e) {
    const out = [];
    out.push(`### explain: permutation importance · ${e.task} · ${e.dataset.rows_used.toLocaleString('en-US')} rows`, '');
    const sample = e.dataset.rows_used < e.dataset.rows ? ` (a seeded sample of ${e.dataset.rows.toLocaleString('en-US')})` : '';
    out.push(`Data: ${esc(e.dataset.file)}${sample}, label ${esc(e.label)} (sha256 \`${e.dataset.sha256.slice(0, 12)}\`)`);
    const better = e.metric.direction === 'higher' ? 'the drop in' : 'the rise in';
    out.push(`Importance: ${better} ${esc(e.metric.name)} when a feature's values are shuffled across rows (baseline ${formatImportance(e.metric.baseline)}), mean ± std over ${e.repeats} repeats, seed ${e.seed}.`);
    out.push(`The predict command ran ${e.predict.calls === 1 ? 'once' : `${e.predict.calls} times`} for ${e.predict.copies.toLocaleString('en-US')} copies of the rows.`, '');
    const shown = e.features.slice(0, SUMMARY_FEATURES);
    const max = Math.max(0, ...shown.map((f) => f.importance_mean));
    out.push('| rank | feature | importance | ± std | |', '| ---: | --- | ---: | ---: | --- |');
    for (const f of shown)
        out.push(`| ${f.rank} | ${esc(f.feature)} | ${formatImportance(f.importance_mean)} | ${formatImportance(f.importance_std)} | ${bar(f.importance_mean, max)} |`);
    if (e.features.length > shown.length)
        out.push('', `${e.features.length - shown.length} more features in the explanation file.`);
    if (e.warnings.length > 0)
        out.push('', ...e.warnings.map((w) => `> ${esc(w)}`));
    out.push('');
    return out.join('\n');
}
function renderExplanationText(e) {
    const out = [];
    const sample = e.dataset.rows_used < e.dataset.rows ? ` (sample of ${e.dataset.rows})` : '';
    out.push(`explain: ${e.task}, ${e.dataset.rows_used} rows${sample}, metric ${e.metric.name} (baseline ${formatImportance(e.metric.baseline)}), ${e.repeats} repeats, ${e.predict.calls} predict call${e.predict.calls === 1 ? '' : 's'}`);
    const width = Math.max(7, ...e.features.map((f) => f.feature.length));
    out.push(`${'rank'.padStart(4)}  ${'feature'.padEnd(width)}  ${'importance'.padStart(10)}  ${'± std'.padStart(9)}`);
    for (const f of e.features) {
        out.push(`${String(f.rank).padStart(4)}  ${JSON.stringify(f.feature).slice(1, -1).padEnd(width)}  ${formatImportance(f.importance_mean).padStart(10)}  ${formatImportance(f.importance_std).padStart(9)}`);
    }
    for (const w of e.warnings)
        out.push(`warning: ${w}`);
    return `${out.join('\n')}\n`;
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
