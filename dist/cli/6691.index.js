export const id = 6691;
export const ids = [6691];
export const modules = {

/***/ 6691:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderProfileTable: () => (/* binding */ renderProfileTable)
/* harmony export */ });
const MAX_CELL = 28;
function clean(text) {
    // eslint-disable-next-line no-control-regex
    const t = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
    return t.length > MAX_CELL ? `${t.slice(0, MAX_CELL - 1)}…` : t;
}
function num(v) {
    if (v === null || v === undefined || Number.isNaN(v))
        return '';
    if (Number.isInteger(v) && Math.abs(v) < 1e15)
        return String(v);
    const a = Math.abs(v);
    return a !== 0 && (a < 1e-3 || a >= 1e7) ? v.toExponential(3) : String(Number(v.toPrecision(4)));
}
function value(v) {
    return typeof v === 'number' ? num(v) : v === null ? '' : clean(v);
}
function temporal(c) {
    return c.type === 'date' || c.type === 'timestamp';
}
function top(c) {
    const items = c.frequent.slice(0, 3).map((f) => `${clean(f.value)} (${f.count})`);
    return items.join(', ');
}
function renderProfileTable(profile) {
    const head = ['column', 'type', 'count', 'nulls', 'min', 'max', 'mean', 'std', 'median', 'distinct', 'top values'];
    const rows = profile.column_order.map((name) => {
        const c = profile.columns[name];
        const numeric = !temporal(c) && c.mean !== null;
        return [
            clean(name),
            c.type,
            String(c.count),
            String(c.nulls),
            value(c.min),
            value(c.max),
            numeric ? num(c.mean) : '',
            numeric ? num(c.std) : '',
            numeric ? num(c.quantiles?.['0.5']) : '',
            `${c.distinct.exact ? '' : '~'}${num(Math.round(c.distinct.estimate))}`,
            c.type === 'string' || c.type === 'category' || c.type === 'boolean' ? top(c) : '',
        ];
    });
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}


/***/ })

};
