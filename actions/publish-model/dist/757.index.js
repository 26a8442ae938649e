export const id = 757;
export const ids = [757];
export const modules = {

/***/ 31160:
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

/***/ 20757:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderPublishSummary: () => (/* binding */ renderPublishSummary)
/* harmony export */ });
/* unused harmony export renderPromoteSummary */
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31160);

const link = (text, url) => (url && /^https?:\/\//.test(url) ? `[${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(text)}](${url})` : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(text));
function renderPublishSummary(r) {
    const head = r.status === 'published' ? `Published ${link(`${r.model} ${r.version}`, r.url)}` : `${link(`${r.model} ${r.version}`, r.url)} was already published with this content; nothing changed`;
    const lines = [`### mlops publish-model: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(r.model)}`, '', `${head} (tag \`${r.tag}\`, ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .F)(r.reason)}).`, ''];
    lines.push(`Content digest \`${r.content_digest}\`, manifest SHA-256 \`${r.manifest_sha256}\`.`, '');
    lines.push('| asset | bytes | SHA-256 |', '| --- | ---: | --- |');
    for (const a of r.manifest.assets)
        lines.push(`| ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownCell */ .V)(a.name)} | ${a.size} | \`${a.sha256}\` |`);
    const metrics = Object.entries(r.manifest.evaluation.metrics).slice(0, 12);
    if (metrics.length) {
        lines.push('', '| metric | value |', '| --- | ---: |');
        for (const [name, m] of metrics)
            lines.push(`| ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownCell */ .V)(name)} | ${typeof m.value === 'number' ? m.value.toPrecision(4) : '-'} |`);
    }
    // The repository passed the OCI reference grammar (lowercase, digits, . _ - / :), so it cannot break out of a code span.
    if (r.oci)
        lines.push('', `OCI artifact \`${r.oci.repository}:${r.oci.tag}@${r.oci.digest}\`${r.oci.archive_in_release ? '' : ' (the only copy of model.tar.gz: over the release-asset limit)'}.`);
    if (r.artifact_id !== undefined)
        lines.push('', `Workflow artifact id ${r.artifact_id}.`);
    if (r.attestation_url)
        lines.push('', `Build provenance: ${link('attestation', r.attestation_url)}.`);
    return `${lines.join('\n')}\n`;
}
function renderPromoteSummary(r, extra) {
    const what = r.status === 'promoted' ? `moved from ${r.from ?? '(new)'} to ${link(r.to, r.url)}` : `already pointed to ${link(r.to, r.url)}; nothing changed`;
    const lines = [`### mlops promote-model: ${escapeMarkdown(r.model)}@${escapeMarkdown(r.alias)}`, '', `\`${r.alias}\` ${what}.`, ''];
    lines.push(`Verified ${r.verified.length} assets of \`${r.tag}\` against its manifest (SHA-256 \`${r.manifest_sha256}\`).`);
    const p = r.provenance;
    if (p)
        lines.push('', `Build provenance verified (Sigstore, Rekor entry ${escapeMarkdown(p.log_index ?? '?')}): signed by ${escapeMarkdown(p.identity ?? 'an unnamed identity')} (${escapeMarkdown(p.issuer ?? 'unknown issuer')}) for the archive SHA-256 \`${p.subject_digest}\`.`);
    lines.push('', extra.approvedBy ? `Approved by ${escapeMarkdown(`@${extra.approvedBy}`)} for environment ${escapeMarkdown(extra.environment)}${extra.approvalComment ? `: “${escapeMarkdown(extra.approvalComment)}”` : ''}.` : `No approval was recorded for environment ${escapeMarkdown(extra.environment)}.`);
    if (extra.deploymentUrl)
        lines.push('', `Deployment recorded for ${escapeMarkdown(extra.environment)}.`);
    return `${lines.join('\n')}\n`;
}


/***/ })

};
