export const id = 781;
export const ids = [781];
export const modules = {

/***/ 7781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeProfiles: () => (/* binding */ mergeProfiles),
/* harmony export */   readProfile: () => (/* binding */ readProfile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/* harmony import */ var _profile_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6274);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5894);
/* harmony import */ var _sketch_moments_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(607);
/* harmony import */ var _sketch_kll_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8159);
/* harmony import */ var _sketch_hll_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3226);
/* harmony import */ var _sketch_frequent_items_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5507);
/**
 * Merging profiles of shards of one dataset (`mlops profile merge`, matrix jobs).
 *
 * Every statistic is re-derived from the merged sketches, so the merge is associative and the
 * result does not depend on the sharding: counts, min, max and mean are exact (the mean from an
 * exact sum); std is exact up to rounding; quantiles, histograms and distinct counts stay within
 * the sketches' bounds (docs/formats.md, "Profile").
 */








function sketchesOf(c) {
    const s = c.sketches;
    return {
        count: c.count,
        nulls: c.nulls,
        nan: c.nan,
        inf: c.inf,
        typeCounts: { ...c.type_counts },
        moments: _sketch_moments_js__WEBPACK_IMPORTED_MODULE_5__/* .Moments */ .W9.fromState(s.moments),
        kll: _sketch_kll_js__WEBPACK_IMPORTED_MODULE_6__/* .KllSketch */ .gu.fromState(s.kll),
        hll: _sketch_hll_js__WEBPACK_IMPORTED_MODULE_4__/* .HyperLogLog */ .l8.fromState(s.hll),
        frequent: _sketch_frequent_items_js__WEBPACK_IMPORTED_MODULE_7__/* .FrequentItems */ .J.fromState(s.frequent),
        text: { ...s.text },
    };
}
function minText(a, b) {
    return a === null ? b : b === null ? a : b < a ? b : a;
}
function maxText(a, b) {
    return a === null ? b : b === null ? a : b > a ? b : a;
}
function minNum(a, b) {
    return a === null ? b : b === null ? a : Math.min(a, b);
}
function maxNum(a, b) {
    return a === null ? b : b === null ? a : Math.max(a, b);
}
/**
 * The type of a column in the union of two shards. An inferred type may widen, as inference on
 * the whole file would: integer + number → number, date + timestamp → timestamp; a column with no
 * values in one shard takes the other's type. Anything else is a conflict.
 */
function mergedType(name, a, b) {
    const ta = a.type;
    const tb = b.type;
    if (ta === tb || b.count === 0)
        return ta;
    if (a.count === 0)
        return tb;
    const pair = new Set([ta, tb]);
    if (pair.has('integer') && pair.has('number'))
        return 'number';
    if (pair.has('date') && pair.has('timestamp'))
        return 'timestamp';
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`column "${name}" is ${ta} in one profile and ${tb} in the other`, {
        hint: 'merge only profiles of shards of one dataset, profiled with the same contract',
    });
}
function mergeColumn(name, a, b) {
    const type = mergedType(name, a, b);
    const x = sketchesOf(a);
    const y = sketchesOf(b);
    const tc = (0,_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyTypeCounts */ .QU)();
    for (const k of Object.keys(tc))
        tc[k] = x.typeCounts[k] + y.typeCounts[k];
    x.moments.merge(y.moments);
    x.kll.merge(y.kll);
    x.hll.merge(y.hll);
    x.frequent.merge(y.frequent);
    return (0,_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .columnProfileFromSketches */ .ot)(type, {
        count: x.count + y.count,
        nulls: x.nulls + y.nulls,
        nan: x.nan + y.nan,
        inf: x.inf + y.inf,
        typeCounts: tc,
        moments: x.moments,
        kll: x.kll,
        hll: x.hll,
        frequent: x.frequent,
        text: {
            min_len: minNum(x.text.min_len, y.text.min_len),
            max_len: maxNum(x.text.max_len, y.text.max_len),
            sum_len: x.text.sum_len + y.text.sum_len,
            min: minText(x.text.min, y.text.min),
            max: maxText(x.text.max, y.text.max),
        },
    });
}
/** The column as seen by a profile in which it never appeared: `rows` missing values. */
function absentColumn(c, rows) {
    return (0,_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .columnProfileFromSketches */ .ot)(c.type, { ...sketchesOf(c), nulls: c.nulls + rows });
}
function mergeTwo(a, b) {
    const order = [...a.column_order];
    for (const c of b.column_order)
        if (!Object.hasOwn(a.columns, c))
            order.push(c);
    const columns = {};
    for (const name of order) {
        const ca = a.columns[name];
        const cb = b.columns[name];
        if (ca && cb)
            columns[name] = mergeColumn(name, ca, cb);
        else if (ca)
            columns[name] = absentColumn(ca, b.rows);
        else
            columns[name] = absentColumn(cb, a.rows);
    }
    return { schema: _profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_SCHEMA */ .Ow, sources: [...a.sources, ...b.sources], rows: a.rows + b.rows, column_order: order, columns };
}
function mergeProfiles(a, b) {
    const list = Array.isArray(a) ? a : [a, b];
    if (list.length === 0)
        throw new Error('mergeProfiles: no profiles to merge');
    let out = list[0];
    for (let i = 1; i < list.length; i++)
        out = mergeTwo(out, list[i]);
    // A single profile is re-derived too, so the output never depends on how many inputs there were.
    return list.length === 1 ? mergeTwo(out, { ...out, sources: [], rows: 0, column_order: [], columns: {} }) : out;
}
/** Reads and validates a profile file; failures are InputErrors naming the file. */
async function readProfile(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot read profile: ${e.message}`, { location: { file }, hint: 'check the path; profiles are written by validate-data (profile-out)', cause: e });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`not valid JSON: ${e.message}`, { location: { file }, hint: `expected a ${_profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_SCHEMA */ .Ow} file written by validate-data`, cause: e });
    }
    const schema = json?.schema;
    if (schema !== _profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_SCHEMA */ .Ow) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`schema is ${JSON.stringify(schema)}, not "${_profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .PROFILE_SCHEMA */ .Ow}"`, { location: { file }, hint: 'give a profile written by validate-data (profile-out)' });
    }
    const parsed = _profile_format_js__WEBPACK_IMPORTED_MODULE_2__/* .profileSchema */ .Fk.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`invalid profile at ${issue.path.join('.') || '(root)'}: ${issue.message}`, { location: { file }, hint: 'the file may be truncated or edited by hand; re-run validate-data to write it again' });
    }
    for (const name of parsed.data.column_order) {
        if (!Object.hasOwn(parsed.data.columns, name))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`column_order names "${name}" but columns has no such entry`, { location: { file }, hint: 're-run validate-data to write the profile again' });
    }
    return parsed.data;
}


/***/ })

};
