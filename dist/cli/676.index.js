export const id = 676;
export const ids = [676];
export const modules = {

/***/ 1502:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Eg: () => (/* binding */ datasetDrift),
  vW: () => (/* binding */ testColumn)
});

// UNUSED EXPORTS: BINARY_VALUES, BINNED_MIN_REFERENCE_VALUES, DEFAULT_DATASET_SHARE, DEFAULT_THRESHOLDS, NUMERIC_AS_CATEGORIES_VALUES, SMALL_REFERENCE_ROWS, selectTest

// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/formats/drift-format.ts
var drift_format = __webpack_require__(5830);
// EXTERNAL MODULE: ../../../../shared/drift/distribution.ts
var distribution = __webpack_require__(3216);
;// CONCATENATED MODULE: ../../../../shared/drift/stats/binning.ts
/**
 * Evidently's get_binned_data, on distributions: the shares per bin that Jensen-Shannon and PSI
 * compare (https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/utils.py).
 *
 * - Numbers (a numeric column with more than 20 distinct reference values; column-test.ts decides):
 *   numpy.histogram_bin_edges(reference + current, bins='sturges'): equal-width bins over
 *   [min, max] of both sides, their number ceil(ptp / (ptp / (log2(n_ref + n_cur) + 1))), edges as
 *   numpy.linspace (edge_i = i · step + min, last edge = max; ±0.5 around a constant); shares =
 *   numpy.histogram counts (bins [e_i, e_i+1), the last one closed) / rows. Evidently's n_bins = 30
 *   argument is not used on this path. From a sketch: min, max and n are exact (a KLL sketch keeps
 *   them), so the edges are the raw data's; only the shares carry the sketch's rank error.
 * - Values (categorical columns, and numeric ones with at most 20 distinct reference values): one bin
 *   per value seen on either side, share = count / rows. A sketch that does not itemise every value
 *   (a frequent-items remainder, `other` > 0) cannot say which values its remainder holds: then the
 *   bins are the values itemised by every such side, and everything else, on both sides, is one
 *   "other" bin. With exact counts of the itemised values, merging bins can only lower JS and PSI
 *   (f-divergences never increase under coarsening), so the value is a lower bound of the raw-data
 *   one; with a Misra-Gries sketch's estimates (count + offset, distribution.ts) it is within
 *   sqrt(ln 2 · TV) of that lower bound for JS, TV <= K · offset / n for K itemised values.
 */

/** The name of the merged bin for values a sketch does not itemise (never a key: it is not a string a value produces alone). */
const OTHER_BIN = '\u0000other';
/** numpy.histogram_bin_edges(data, bins='sturges') for data of `size` values spanning [min, max]. */
function sturgesEdges(min, max, size) {
    let first = min;
    let last = max;
    const ptp = max - min;
    const width = ptp / (Math.log2(size) + 1);
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    const bins = width ? Math.ceil((last - first) / width) : 1;
    const edges = new Float64Array(bins + 1);
    const step = (last - first) / bins;
    if (step === 0)
        for (let i = 0; i <= bins; i++)
            edges[i] = ((i / bins) * (last - first)) + first;
    else
        for (let i = 0; i <= bins; i++)
            edges[i] = i * step + first;
    edges[bins] = last;
    return edges;
}
/** Index of the first value >= x (left) or > x (right) in an ascending array. */
function search(values, x, right) {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (right ? values[mid] <= x : values[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * numpy.histogram(values, edges)[0] / rows for an ascending (weighted) sample: counts from the
 * weight below each edge (left-closed bins, the last bin closed on the right). O(bins · log n).
 */
function histogramShares(d, edges) {
    const { values, weights } = d;
    let prefix = null;
    if (weights) {
        prefix = new Float64Array(values.length + 1);
        for (let i = 0; i < values.length; i++)
            prefix[i + 1] = prefix[i] + weights[i];
    }
    const total = prefix ? prefix[values.length] : values.length;
    const bins = edges.length - 1;
    const out = new Float64Array(bins);
    const below = (k) => {
        const idx = search(values, edges[k], k === bins);
        return prefix ? prefix[idx] : idx;
    };
    let prev = below(0);
    for (let k = 1; k <= bins; k++) {
        const cum = below(k);
        out[k - 1] = (cum - prev) / total;
        prev = cum;
    }
    return out;
}
/** Shares of both samples in the Sturges bins of their union (Evidently's numeric path). */
function binning_numericBins(reference, current) {
    const min = Math.min((0,distribution/* numericMin */.Gk)(reference), (0,distribution/* numericMin */.Gk)(current));
    const max = Math.max((0,distribution/* numericMax */.o_)(reference), (0,distribution/* numericMax */.o_)(current));
    const edges = sturgesEdges(min, max, reference.n + current.n);
    return { reference: histogramShares(reference, edges), current: histogramShares(current, edges), edges, keys: null };
}
function complete(d) {
    return d.exact && d.other === 0;
}
/**
 * Both sides' counts over shared value bins: the union of their values when both itemise every
 * value; otherwise the values itemised by every side that does not, plus one OTHER_BIN holding the
 * rest of each side. Keys sort as strings, or as numbers when `numericKeys` (a numeric column's
 * values: Evidently sorts the raw values, and the Z-test takes the first).
 */
function alignCategories(reference, current, numericKeys = false) {
    const partial = [reference, current].filter((d) => !complete(d));
    let keys;
    if (partial.length === 0) {
        const set = new Set(reference.counts.keys());
        for (const k of current.counts.keys())
            set.add(k);
        keys = [...set];
    }
    else {
        keys = [...partial[0].counts.keys()].filter((k) => partial.every((d) => d.counts.has(k)));
    }
    if (numericKeys)
        keys.sort((a, b) => Number(a) - Number(b));
    else
        keys.sort();
    const fill = (d) => {
        const counts = new Float64Array(keys.length);
        let itemised = 0;
        for (let i = 0; i < keys.length; i++) {
            const c = d.counts.get(keys[i]) ?? 0;
            counts[i] = c;
            itemised += c;
        }
        return { counts, rest: Math.max(0, d.n - itemised) };
    };
    const r = fill(reference);
    const c = fill(current);
    if (partial.length === 0 || (r.rest === 0 && c.rest === 0))
        return { keys, reference: r.counts, current: c.counts };
    const withOther = (x) => {
        const out = new Float64Array(keys.length + 1);
        out.set(x.counts);
        out[keys.length] = x.rest;
        return out;
    };
    return { keys: [...keys, OTHER_BIN], reference: withOther(r), current: withOther(c) };
}
/** Shares per value bin (Evidently's path for categorical and low-cardinality numeric columns). */
function binning_categoryBins(reference, current, numericKeys = false) {
    const a = alignCategories(reference, current, numericKeys);
    const share = (counts, n) => counts.map((c) => c / n);
    return { reference: share(a.reference, reference.n), current: share(a.current, current.n), edges: null, keys: a.keys };
}
/**
 * Evidently's zero filling before PSI (get_binned_data(feel_zeroes=True)), per side: empty bins get
 * min(nonzero share) / 1e6 when that minimum is <= 1e-4, else 1e-4. Returns a new array.
 */
function fillZeroShares(shares) {
    let min = Infinity;
    for (const s of shares)
        if (s !== 0 && s < min)
            min = s;
    const fill = min <= 0.0001 ? min / 10 ** 6 : 0.0001;
    return shares.map((s) => (s === 0 ? fill : s));
}

// EXTERNAL MODULE: ../../../../shared/compare/significance.ts
var significance = __webpack_require__(5779);
;// CONCATENATED MODULE: ../../../../shared/drift/stats/chi-square.ts
/**
 * Chi-square test of homogeneity (Evidently "chisquare": categorical columns of at most 1000
 * reference rows with more than 2 values, and numeric ones with 3 to 5 values; drift when p < threshold,
 * default 0.05).
 *
 * The statistic is scipy.stats.chi2_contingency(table, correction=False) of the 2 × K table
 * (reference counts, current counts) over the values seen on either side (binning.ts's
 * alignCategories; a sketch's un-itemised remainder is one more column): expected = row total ·
 * column total / N, X² = Σ (observed − expected)² / expected, dof = K − 1, p = chi2.sf(X², dof).
 *
 * Why chi2_contingency and not Evidently's goodness-of-fit (scipy.stats.chisquare(current counts,
 * reference shares · n_cur),
 * https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/chisquare_stattest.py):
 * the reference is a sample too, and the homogeneity test counts its sampling noise where the
 * goodness-of-fit test takes the reference shares as the truth (with 3,000,000 current rows against a
 * 1000-row reference that makes every small difference "significant"); and a value absent from the
 * reference gives an expected count of 0 and an infinite statistic there, while the contingency
 * table just has a column with one empty cell. With K > 2 the two agree closely when the reference is
 * much larger than the current sample.
 *
 * dof = 1 (a two-valued column with the test configured): no Yates continuity correction
 * (correction=False; SciPy would apply it by default at dof 1 only). Then X² = z² of the pooled
 * two-proportion Z-test (z.ts) and both give the same p-value, instead of a conservative one that
 * differs between the two tests. dof = 0 (one value on both sides): X² = 0, p = 1, as SciPy.
 * Unit: X², dimensionless; p in [0, 1].
 */


const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** log Γ(x) for x >= 0.5 (Lanczos, g = 7, 9 terms; ~1e-15 relative). */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    x -= 1;
    let a = LANCZOS[0];
    const t = x + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (x + i);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
/**
 * Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a): the series for P when x < a + 1,
 * else the continued fraction for Q by modified Lentz (Numerical Recipes, 3rd ed., §6.2).
 */
function gammaQ(a, x) {
    if (!(a > 0) || Number.isNaN(x))
        return NaN;
    if (x <= 0)
        return 1;
    if (x === Infinity)
        return 0;
    const logPrefix = -x + a * Math.log(x) - logGamma(a);
    if (x < a + 1) {
        let ap = a;
        let del = 1 / a;
        let sum = del;
        for (let i = 0; i < 100000; i++) {
            ap += 1;
            del *= x / ap;
            sum += del;
            if (Math.abs(del) < Math.abs(sum) * 1e-17)
                break;
        }
        return Math.max(0, 1 - sum * Math.exp(logPrefix));
    }
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 100000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return Math.exp(logPrefix) * h;
}
/** Upper tail of the chi-square distribution with `dof` degrees of freedom (scipy.stats.chi2.sf). */
function chiSquareSf(x, dof) {
    if (x <= 0)
        return 1;
    if (dof === 1)
        return (0,significance/* chiSquare1Sf */.cd)(x);
    if (dof === 2)
        return Math.exp(-x / 2);
    return gammaQ(dof / 2, x / 2);
}
/** X² and p of a 2 × K contingency table given as its two rows (scipy chi2_contingency, correction=False). */
function chiSquareContingency(referenceCounts, currentCounts) {
    const cols = [];
    for (let k = 0; k < referenceCounts.length; k++)
        if (referenceCounts[k] + currentCounts[k] > 0)
            cols.push(k);
    let r0 = 0;
    let r1 = 0;
    for (const k of cols) {
        r0 += referenceCounts[k];
        r1 += currentCounts[k];
    }
    const total = r0 + r1;
    const dof = cols.length - 1;
    if (dof <= 0 || r0 === 0 || r1 === 0)
        return { statistic: 0, pValue: 1, dof: Math.max(0, dof) };
    let stat = 0;
    for (const k of cols) {
        const col = referenceCounts[k] + currentCounts[k];
        const e0 = (r0 * col) / total;
        const e1 = (r1 * col) / total;
        stat += (referenceCounts[k] - e0) ** 2 / e0 + (currentCounts[k] - e1) ** 2 / e1;
    }
    return { statistic: stat, pValue: chiSquareSf(stat, dof), dof };
}
function chiSquareTest(reference, current) {
    const a = alignCategories(reference, current);
    return chiSquareContingency(a.reference, a.current);
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/jensen-shannon.ts

function relEntr(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Infinity;
}
/** scipy.spatial.distance.jensenshannon(p, q) (natural log), p and q non-negative weights. */
function jensenShannonDistance(p, q) {
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    let left = 0;
    let right = 0;
    for (let i = 0; i < p.length; i++) {
        const pi = p[i] / sp;
        const qi = q[i] / sq;
        const m = (pi + qi) / 2;
        left += relEntr(pi, m);
        right += relEntr(qi, m);
    }
    return Math.sqrt((left + right) / 2);
}
/** Shares in Evidently's bins for two distributions of the same kind (numeric: Sturges; categorical: values). */
function jensen_shannon_evidentlyBins(reference, current, numericKeys = false) {
    if (reference.kind === 'numeric' && current.kind === 'numeric')
        return numericBins(reference, current);
    if (reference.kind === 'categorical' && current.kind === 'categorical')
        return categoryBins(reference, current, numericKeys);
    throw new Error('binning needs two numeric or two categorical distributions');
}
function jensenShannonTest(reference, current, numericKeys = false) {
    const bins = jensen_shannon_evidentlyBins(reference, current, numericKeys);
    return { statistic: jensenShannonDistance(bins.reference, bins.current), bins };
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/ks-distribution.ts
/**
 * p-values of the two-sample Kolmogorov-Smirnov statistic, as scipy.stats.ks_2samp(alternative=
 * 'two-sided', method='auto') computes them in SciPy 1.10 (scipy/stats/_stats_py.py, _ksstats.py,
 * _stats_pythran.py, special/cephes/kolmogorov.c), ported branch by branch so the p-values agree to
 * floating-point rounding:
 *
 * - exact, when max(n1, n2) <= 10000: D is snapped to the lattice h / lcm(n1, n2) (h rounded half to
 *   even, as numpy.round) and P(D >= d) counted by lattice paths: for n1 == n2 the alternating
 *   reflection sum (_compute_prob_outside_square), otherwise Hodges' inside method with
 *   Viehmann's recursion for 1 − p (_compute_outer_prob_inside_method; Hodges 1958, Viehmann 2021,
 *   arXiv:2102.08037). A result outside [0, 1] falls back to the asymptotic form, as SciPy does;
 * - asymptotic otherwise: kstwo.sf(D, round(n1·n2 / (n1 + n2))), the exact one-sample two-sided
 *   distribution at the effective size, with SciPy's choice among Ruben-Gambino's closed forms,
 *   2·smirnov (Birnbaum-Tingey sum), the Durbin matrix (Marsaglia-Tsang-Wang), Pomeranz's recursion
 *   and the Pelz-Good series (Simard & L'Ecuyer 2011, "Computing the two-sided Kolmogorov-Smirnov
 *   distribution", J. Stat. Software 39(11)).
 *
 * One difference in means, not in results: cephes computes smirnov() in double-double arithmetic;
 * here the Birnbaum-Tingey terms are summed in double precision in log space, which agrees to
 * ~1e-12 relative up to about 10^4 rows (test/fixtures/reference/drift/ks_distribution.json); the
 * gap grows with n, to 2e-8 relative at n = 10^6 (kstwo.sf(0.0015, 1e6)), far below what moves a
 * p-value across a drift threshold (found by the mutation triage, docs/mutation-testing.md).
 */
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
/** cephes MINLOG: log(2^-1022). */
const CEPHES_MINLOG = -708.3964185322641;
/** scipy ks_2samp: 'auto' is exact when both sizes are at most this. */
const KS_MAX_EXACT_N = 10000;
const STIRLING_COEFFS = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4,
    7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];
function clip01(p) {
    return p < 0 ? 0 : p > 1 ? 1 : p;
}
/** numpy.round: half to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** x · 2^e without overflowing the power of two on the way. */
function ldexp(x, e) {
    while (e > 1000) {
        x *= 2 ** 1000;
        e -= 1000;
    }
    while (e < -1000) {
        x *= 2 ** -1000;
        e += 1000;
    }
    return x * 2 ** e;
}
/** log(n! / n^n) by Stirling's series with n·log(n) removed up front (_ksstats._log_nfactorial_div_n_pow_n). */
function logNFactorialDivNPowN(n) {
    const rn = 1 / n;
    let poly = 0;
    for (const c of STIRLING_COEFFS)
        poly = poly * (rn / n) + c;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            const rowB = k * m;
            const rowO = i * m;
            for (let j = 0; j < m; j++)
                out[rowO + j] += aik * b[rowB + j];
        }
    }
    return out;
}
/** Pr(D_n <= d) by the Durbin matrix (Marsaglia, Tsang & Wang 2003): _ksstats._kolmogn_DMTW. */
function kolmognDMTW(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    let H = new Float64Array(m * m);
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        v[j - 1] = 1 - h ** j;
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] *= fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let Hpwr = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        Hpwr[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let Hexpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            Hpwr = matmul(Hpwr, H, m);
            expnt += Hexpnt;
        }
        H = matmul(H, H, m);
        Hexpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            Hexpnt += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = Hpwr[(k - 1) * m + (k - 1)];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            expnt -= 128;
        }
    }
    if (expnt !== 0)
        p = ldexp(p, expnt);
    return clip01(p);
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = Math.floor((i + 1) / 2);
        const ip1mod2 = (i + 1) % 2;
        if (ip1mod2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Python slice a[start:stop] bounds for an array of length len (negative indices wrap, then clip). */
function sliceBounds(start, stop, len) {
    const s = start < 0 ? Math.max(0, start + len) : Math.min(start, len);
    const e = stop < 0 ? Math.max(0, stop + len) : Math.min(stop, len);
    return [s, Math.max(s, e)];
}
/** numpy.convolve(a, b) in 'full' mode. */
function convolve(a, b) {
    const out = new Float64Array(a.length + b.length - 1);
    for (let i = 0; i < a.length; i++)
        for (let j = 0; j < b.length; j++)
            out[i + j] += a[i] * b[j];
    return out;
}
/** Pr(D_n <= x) by Pomeranz's recursion (1974): _ksstats._kolmogn_Pomeranz. */
function kolmognPomeranz(n, x) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    let expnt = 0;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * gOverN) / m;
        twogpower[m] = (twogpower[m - 1] * twoGOverN) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * oneMinusTwoGOverN) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1, j2] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            const [as, ae] = sliceBounds(k1 - V0s, k1 - V0s + ln2, npwrs);
            const [ps, pe] = sliceBounds(0, ln2, npwrs);
            const conv = convolve(V0.subarray(as, ae), pwrs.subarray(ps, pe));
            const convStart = j1 - k1;
            const convLen = j2 - j1 + 1;
            for (let c = 0; c < convLen; c++)
                V1[c] = conv[convStart + c];
            let max = -Infinity;
            for (let c = 0; c < npwrs; c++)
                if (V1[c] > max)
                    max = V1[c];
            if (max > 0 && max < EM128) {
                for (let c = 0; c < npwrs; c++)
                    V1[c] *= EP128;
                expnt -= 128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > EP128) {
            ans *= EM128;
            expnt += 128;
        }
        ans *= m;
    }
    if (expnt !== 0)
        ans = ldexp(ans, expnt);
    return clip01(ans);
}
/** Pelz-Good (1976) approximation of Pr(D_n <= x): _ksstats._kolmogn_PelzGood. */
function kolmognPelzGood(n, x) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const z = Math.sqrt(n) * x;
    const z2 = z ** 2;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const qlog = -PI2 / 8 / z2;
    if (qlog < MIN_LOG)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m ** 2;
        const m4 = m ** 4;
        const m6 = m ** 6;
        const qpower = q ** (8 * k);
        const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const div = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / div[i];
    q = Math.exp(-PI2 / 2 / z2);
    const sqrt3z = Math.sqrt(3) * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qp = q ** k2;
        const kspi = Math.PI * k;
        k2extra += k2 * qp;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * k2 * qp;
    }
    K[2] += k2extra * ((PI2 * SQRT2PI) / (-36 * z3));
    K[3] += k3extra * ((PI2 * SQRT2PI) / (216 * z6));
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}
/**
 * One-sided Smirnov survival P(D+_n >= x) (cephes `smirnov`), by the Birnbaum-Tingey sum
 * x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v), terms in log space, with cephes'
 * special cases (x <= 1/n, x >= 1 − 1/n, underflow, n > 10^6) and its early stop. cephes' upper-sum
 * variant only applies for n·x² <= 1/4, which kstwo.sf never passes here.
 */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    const nx = n * x;
    let nxfl = Math.floor(nx);
    let alpha = nx - nxfl;
    if (alpha === 1) {
        nxfl += 1;
        alpha = 0;
    }
    let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
    if (alpha === 0)
        n1mxfl -= 1;
    if (nxfl === 0 || (nxfl === 1 && alpha === 0))
        return clip01(1 - x * (1 + x) ** (n - 1));
    if (-2 * n * x * x < CEPHES_MINLOG)
        return 0;
    if (nxfl >= n - 1)
        return clip01((1 - x) ** n);
    if (n > 1_000_000) {
        const logp = -((6 * n * x + 1) ** 2) / 18 / n;
        return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
    }
    const nTerms = n1mxfl + 1;
    const vmid = Math.floor(n / 2);
    // v = 0: (1 − x)^n / x.
    let sum = Math.exp(n * Math.log1p(-x)) / x;
    let logC = Math.log(n); // log C(n, 1)
    for (let j = 1; j < nTerms; j++) {
        const v = j;
        const t1x = v / n + x;
        const t2x = (n - v) / n - x;
        const logA = logC + (v - 1) * Math.log(t1x) + (n - v) * Math.log(t2x);
        const a = logA < -745 ? 0 : Math.exp(logA);
        sum += a;
        if (a !== 0) {
            if (4 * (nTerms - j) * a < Number.EPSILON * sum && j !== nTerms - 1)
                break;
        }
        else if (j > vmid)
            break;
        logC += Math.log((n - j) / (j + 1));
    }
    return clip01(x * sum);
}
/**
 * Survival function of the two-sided one-sample KS statistic, P(D_n >= x): scipy.stats.kstwo.sf,
 * i.e. _ksstats._kolmogn(n, x, cdf=False) with Simard & L'Ecuyer's method selection.
 */
function kstwoSf(x, n) {
    if (Number.isNaN(x) || !(n >= 1) || !Number.isInteger(n))
        return NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1 / n) * (2 * t - 1);
        }
        else
            prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
        return clip01(1 - prob);
    }
    if (t >= n - 1)
        return clip01(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip01(2 * smirnovSf(n, x));
    const nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693)
            return clip01(1 - kolmognDMTW(n, x));
        if (nxsquared <= 4)
            return clip01(1 - kolmognPomeranz(n, x));
        return clip01(2 * smirnovSf(n, x));
    }
    if (nxsquared >= 370)
        return 0;
    if (nxsquared >= 2.2)
        return clip01(2 * smirnovSf(n, x));
    const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? kolmognDMTW(n, x) : kolmognPelzGood(n, x);
    return clip01(1 - clip01(cdf));
}
// ---------------------------------------------------------------------------------------------
// Exact two-sample
function gcd(a, b) {
    while (b)
        [a, b] = [b, a % b];
    return a;
}
/** P(D_{n,n} >= h/n): _stats_py._compute_prob_outside_square. */
function probOutsideSquare(n, h) {
    let P = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        P = p1 * (1 - P);
    }
    return 2 * P;
}
/** Share of lattice paths that leave |x/m − y/n| < h/lcm: _stats_pythran._compute_outer_prob_inside_method. */
function outerProbInside(m, n, g, h) {
    if (m < n)
        [m, n] = [n, m];
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    for (let j = minj; j < Math.min(maxj, lenA); j++)
        A[j] = 0;
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
        minj = Math.min(minj, n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        const width = maxj - minj;
        const shift = minj - lastminj;
        for (let jj = 0; jj < width; jj++) {
            const j = jj + minj;
            val = (A[jj + shift] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = width;
        if (lastlen > curlen)
            for (let c = width; c < Math.min(width + (lastlen - curlen), lenA); c++)
                A[c] = 1;
    }
    return A[maxj - minj - 1];
}
/**
 * Two-sided p-value of a two-sample KS statistic d with sample sizes n1, n2, as
 * scipy.stats.ks_2samp(method='auto'): exact for max(n1, n2) <= 10000 (falling back to the
 * asymptotic form when the exact one is not a probability), asymptotic otherwise.
 */
function ks2sampPValue(d, n1, n2) {
    if (!(n1 >= 1 && n2 >= 1))
        return { pValue: NaN, method: 'asymp' };
    if (Math.max(n1, n2) <= KS_MAX_EXACT_N && Number.isInteger(n1) && Number.isInteger(n2)) {
        const g = gcd(n1, n2);
        const lcm = (n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        d = h / lcm;
        if (h === 0)
            return { pValue: 1, method: 'exact' };
        const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
        if (p >= 0 && p <= 1)
            return { pValue: p, method: 'exact' };
    }
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    return { pValue: clip01(kstwoSf(d, roundHalfEven(en))), method: 'asymp' };
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/ks.ts

function totalWeight(d) {
    if (!d.weights)
        return d.values.length;
    let t = 0;
    for (let i = 0; i < d.weights.length; i++)
        t += d.weights[i];
    return t;
}
/** max |F_a − F_b| over the union of both samples' points (the KS D). */
function ksStatistic(a, b) {
    const av = a.values;
    const bv = b.values;
    const aw = a.weights;
    const bw = b.weights;
    const na = totalWeight(a);
    const nb = totalWeight(b);
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    let maxDiff = 0;
    let minDiff = 0;
    while (i < av.length || j < bv.length) {
        const x = j >= bv.length || (i < av.length && av[i] <= bv[j]) ? av[i] : bv[j];
        if (aw)
            while (i < av.length && av[i] <= x)
                ca += aw[i++];
        else
            while (i < av.length && av[i] <= x)
                ca = ++i;
        if (bw)
            while (j < bv.length && bv[j] <= x)
                cb += bw[j++];
        else
            while (j < bv.length && bv[j] <= x)
                cb = ++j;
        const diff = ca / na - cb / nb;
        if (diff > maxDiff)
            maxDiff = diff;
        if (diff < minDiff)
            minDiff = diff;
    }
    return Math.min(1, Math.max(maxDiff, -minDiff));
}
/** KS test of reference against current: D on the (weighted) samples, p-value on the observation counts. */
function ksTest(reference, current) {
    const statistic = ksStatistic(reference, current);
    const { pValue, method } = ks2sampPValue(statistic, reference.n, current.n);
    return { statistic, pValue, method };
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/psi.ts


/** PSI of two share vectors after Evidently's zero filling. */
function psiValue(referenceShares, currentShares) {
    const r = fillZeroShares(referenceShares);
    const c = fillZeroShares(currentShares);
    let psi = 0;
    for (let i = 0; i < r.length; i++)
        psi += (r[i] - c[i]) * Math.log(r[i] / c[i]);
    return psi;
}
function psiTest(reference, current, numericKeys = false) {
    const bins = evidentlyBins(reference, current, numericKeys);
    return { statistic: psiValue(bins.reference, bins.current), bins };
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/wasserstein.ts
/**
 * Normed Wasserstein distance (Evidently "wasserstein": numeric columns of more than 1000 reference
 * rows with more than 5 distinct values; drift when statistic >= threshold, default 0.1).
 *
 * W1 = ∫ |F_ref(x) − F_cur(x)| dx over the union of both samples, with (weighted) ECDFs, exactly
 * scipy.stats.wasserstein_distance(u, v, u_weights, v_weights) (its _cdf_distance with p = 1); the
 * statistic is W1 / max(std_ref, 0.001) with std_ref the population std of the reference (ddof = 0,
 * numpy.std), as Evidently's _wasserstein_distance_norm
 * (https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/wasserstein_distance_norm.py).
 * Unit: reference standard deviations (0.1 = the distributions are a tenth of a std apart on average).
 *
 * From a sketch: |ΔW1| <= ∫ |F̂_ref − F_ref| dx <= ε · (max_ref − min_ref), so the normed statistic is
 * within ε · (max − min) / std of the raw-data value (ε = the KLL rank error, 1.65% at k = 200); the
 * std is the profile's exact one.
 */

/** Evidently's floor on the normalising std. */
const WASSERSTEIN_MIN_STD = 0.001;
/** First Wasserstein distance between two (weighted) samples: one merge pass, Neumaier-compensated sum. */
function wassersteinDistance(u, v) {
    const uv = u.values;
    const vv = v.values;
    const uw = u.weights;
    const vw = v.weights;
    let nu = 0;
    let nv = 0;
    if (uw)
        for (let i = 0; i < uw.length; i++)
            nu += uw[i];
    else
        nu = uv.length;
    if (vw)
        for (let i = 0; i < vw.length; i++)
            nv += vw[i];
    else
        nv = vv.length;
    let i = 0;
    let j = 0;
    let cu = 0;
    let cv = 0;
    let sum = 0;
    let comp = 0;
    let x = uv.length && (!vv.length || uv[0] <= vv[0]) ? uv[0] : vv[0];
    while (i < uv.length || j < vv.length) {
        if (uw)
            while (i < uv.length && uv[i] <= x)
                cu += uw[i++];
        else
            while (i < uv.length && uv[i] <= x)
                cu = ++i;
        if (vw)
            while (j < vv.length && vv[j] <= x)
                cv += vw[j++];
        else
            while (j < vv.length && vv[j] <= x)
                cv = ++j;
        if (i >= uv.length && j >= vv.length)
            break;
        const next = j >= vv.length || (i < uv.length && uv[i] <= vv[j]) ? uv[i] : vv[j];
        const term = Math.abs(cu / nu - cv / nv) * (next - x);
        const t = sum + term;
        comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
        sum = t;
        x = next;
    }
    return sum + comp;
}
function wassersteinTest(reference, current) {
    const distance = wassersteinDistance(reference, current);
    const referenceStd = (0,distribution/* numericStd */.zN)(reference);
    return { statistic: distance / Math.max(referenceStd, WASSERSTEIN_MIN_STD), distance, referenceStd };
}

;// CONCATENATED MODULE: ../../../../shared/drift/stats/z.ts
/**
 * Two-proportion Z-test (Evidently "z": columns with at most 2 values, categorical or numeric, of at
 * most 1000 reference rows; drift when p < threshold, default 0.05).
 *
 * As Evidently's _z_stat_test
 * (https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/z_stattest.py):
 * the values seen on either side are sorted (numbers numerically), p1 and p2 are the shares of
 * values other than the first in the reference and the current data, P the pooled share, and
 * z = (p1 − p2) / sqrt(P(1 − P)(1/n1 + 1/n2)); two-sided p = 2·Φ(−|z|), computed as erfc(|z|/√2)
 * (Evidently writes 2·(1 − Φ(|z|)), the same number without its cancellation for tiny p). When both
 * sides hold one and the same value, p = 1 (z = 0). With more than 2 values (configured), it tests
 * the first value against all the others. Unit: z in standard errors; p in [0, 1].
 */


function zTest(reference, current, numericKeys = false) {
    const a = alignCategories(reference, current, numericKeys);
    const n1 = reference.n;
    const n2 = current.n;
    if (a.keys.length === 0 || n1 === 0 || n2 === 0)
        return { statistic: 0, pValue: 1, first: a.keys[0] ?? null };
    if (a.keys.length === 1)
        return { statistic: 0, pValue: 1, first: a.keys[0] };
    const p1 = (n1 - a.reference[0]) / n1;
    const p2 = (n2 - a.current[0]) / n2;
    const P = (p1 * n1 + p2 * n2) / (n1 + n2);
    const se = Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
    if (se === 0)
        return { statistic: 0, pValue: 1, first: a.keys[0] };
    const z = (p1 - p2) / se;
    return { statistic: z, pValue: (0,significance/* normalTwoSidedP */.RV)(z), first: a.keys[0] };
}

;// CONCATENATED MODULE: ../../../../shared/drift/column-test.ts
/**
 * Which statistic tests a column, running it, and the dataset-level decision.
 *
 * Defaults follow Evidently's `_get_default_stattest`
 * (https://github.com/evidentlyai/evidently/blob/main/src/evidently/legacy/calculations/stattests/registry.py),
 * where "values" is the number of distinct non-missing values over reference AND current together
 * (pandas nunique of the concatenation) and "reference rows" the reference's non-missing values:
 *
 * | reference rows | column      | values | test          | drift when        |
 * | -------------- | ----------- | ------ | ------------- | ----------------- |
 * | <= 1000        | numeric     | > 5    | ks            | p < 0.05          |
 * | <= 1000        | numeric     | 3-5    | chisquare     | p < 0.05          |
 * | <= 1000        | any         | <= 2   | z             | p < 0.05          |
 * | <= 1000        | categorical | > 2    | chisquare     | p < 0.05          |
 * | > 1000         | numeric     | > 5    | wasserstein   | normed W >= 0.1   |
 * | > 1000         | numeric     | <= 5   | jensenshannon | distance >= 0.1   |
 * | > 1000         | categorical | any    | jensenshannon | distance >= 0.1   |
 *
 * psi (threshold 0.1) is never a default. Every test and threshold can be configured per column.
 * Jensen-Shannon and PSI bin a numeric column's numbers (Sturges) only when it has more than 20
 * distinct reference values, else count its values (Evidently's get_binned_data; stats/binning.ts).
 * Evidently's ks drifts at p <= threshold; here every p-value test drifts at p < threshold (the drift
 * report's rule, drift-format.ts). The dataset drifts when the share of drifted columns is >= 0.5
 * (Evidently's DatasetDriftMetric drift_share).
 *
 * A side built from a profile's sketches makes the column's result `method: 'sketch'` (docs/drift.md,
 * "Statistics", gives the error bounds). When a sketch cannot count distinct values exactly (more than
 * its frequent-items capacity), the count is a lower bound and the reason says "at least".
 */










/** Default thresholds: p-value tests at 0.05 (significance level), distances at 0.1 (Evidently's defaults). */
const DEFAULT_THRESHOLDS = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1 };
/** Up to this many reference rows the defaults are p-value tests, above it distances. */
const SMALL_REFERENCE_ROWS = 1000;
/** A numeric column with at most this many values is tested as categories. */
const NUMERIC_AS_CATEGORIES_VALUES = 5;
/** At most this many values: the Z-test (small references). */
const BINARY_VALUES = 2;
/** Jensen-Shannon and PSI bin numbers only above this many distinct reference values. */
const BINNED_MIN_REFERENCE_VALUES = 20;
const DEFAULT_DATASET_SHARE = 0.5;
/**
 * Evidently's default test for a column: by its kind, its reference rows and its distinct values
 * over both sides. The reason reads like "default: numeric, 1461 reference rows > 1000, 144 values > 5".
 */
function selectTest(kind, referenceRows, values) {
    const v = typeof values === 'number' ? { count: values, atLeast: false } : values;
    const small = referenceRows <= SMALL_REFERENCE_ROWS;
    const rows = `${referenceRows} reference rows ${small ? '<=' : '>'} ${SMALL_REFERENCE_ROWS}`;
    const count = `${v.atLeast ? 'at least ' : ''}${v.count} values`;
    let test;
    let cond;
    if (small) {
        if (kind === 'numeric' && v.count > NUMERIC_AS_CATEGORIES_VALUES) {
            test = 'ks';
            cond = `> ${NUMERIC_AS_CATEGORIES_VALUES}`;
        }
        else if (v.count > BINARY_VALUES) {
            test = 'chisquare';
            cond = kind === 'numeric' ? `<= ${NUMERIC_AS_CATEGORIES_VALUES}, > ${BINARY_VALUES}` : `> ${BINARY_VALUES}`;
        }
        else {
            test = 'z';
            cond = `<= ${BINARY_VALUES}`;
        }
    }
    else if (kind === 'numeric') {
        const many = v.count > NUMERIC_AS_CATEGORIES_VALUES;
        test = many ? 'wasserstein' : 'jensenshannon';
        cond = `${many ? '>' : '<='} ${NUMERIC_AS_CATEGORIES_VALUES}`;
    }
    else {
        test = 'jensenshannon';
        cond = '';
    }
    return { test, threshold: DEFAULT_THRESHOLDS[test], reason: `default: ${kind}, ${rows}, ${count}${cond ? ` ${cond}` : ''}` };
}
// ---------------------------------------------------------------------------------------------
// Counting distinct values
/** Distinct values in the union of two ascending arrays (duplicates allowed within each). O(n1 + n2). */
function countUnionSorted(a, b) {
    let i = 0;
    let j = 0;
    let count = 0;
    while (i < a.length || j < b.length) {
        const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
        count++;
        while (i < a.length && a[i] === x)
            i++;
        while (j < b.length && b[j] === x)
            j++;
    }
    return count;
}
function column_test_complete(d) {
    return d.exact && d.other === 0;
}
/** A numeric side's distinct values, ascending, when known exactly (raw values, or a sketch's complete frequent items). */
function knownValues(d) {
    if (d.exact)
        return d.values;
    if (d.categories && column_test_complete(d.categories))
        return Float64Array.from([...d.categories.counts.keys()].map(Number)).sort();
    return null;
}
/** Lower bound on a numeric side's distinct values when they are not known exactly. */
function valuesAtLeast(d) {
    let retained = 0;
    for (let i = 0; i < d.values.length; i++)
        if (i === 0 || d.values[i] !== d.values[i - 1])
            retained++;
    const c = d.categories;
    return Math.max(retained, c ? c.counts.size + (c.other > 0 ? 1 : 0) : 0);
}
function numericValueCounts(reference, current) {
    const r = knownValues(reference);
    const c = knownValues(current);
    const refCount = r ? { count: countUnionSorted(r, new Float64Array(0)), atLeast: false } : { count: valuesAtLeast(reference), atLeast: true };
    if (r && c)
        return { union: { count: countUnionSorted(r, c), atLeast: false }, reference: refCount };
    const curCount = c ? countUnionSorted(c, new Float64Array(0)) : valuesAtLeast(current);
    return { union: { count: Math.max(refCount.count, curCount), atLeast: true }, reference: refCount };
}
function categoricalValueCounts(reference, current) {
    const refCount = column_test_complete(reference) ? { count: reference.counts.size, atLeast: false } : { count: reference.counts.size + 1, atLeast: true };
    if (column_test_complete(reference) && column_test_complete(current)) {
        let union = reference.counts.size;
        for (const k of current.counts.keys())
            if (!reference.counts.has(k))
                union++;
        return { union: { count: union, atLeast: false }, reference: refCount };
    }
    const cur = current.counts.size + (column_test_complete(current) ? 0 : 1);
    return { union: { count: Math.max(refCount.count, cur), atLeast: true }, reference: refCount };
}
function describe(d) {
    return `${d.kind}${d.exact ? '' : ' (sketch)'}`;
}
/**
 * Tests one column: the reference and current sides as distributions of the same kind (a numeric
 * column: NumericDistribution on both sides, with `categories` on a profile side; a categorical
 * column: CategoricalDistribution on both). Throws InputError when a side has no values (report the
 * column as skipped instead), when the kinds differ, or when a configured test does not apply.
 */
function testColumn(column, reference, current, override = {}) {
    if (reference.n === 0 || current.n === 0) {
        throw new errors/* InputError */.dz(`column "${column}": no values on the ${reference.n === 0 ? 'reference' : 'current'} side to test`, { hint: 'leave the column out or report it as skipped' });
    }
    if (reference.kind !== current.kind) {
        throw new errors/* InputError */.dz(`column "${column}": the reference is ${describe(reference)} but the current data is ${describe(current)}`, {
            hint: 'declare the column type in the data contract so both sides are read the same way',
        });
    }
    const columnKind = reference.kind;
    const counts = reference.kind === 'numeric' ? numericValueCounts(reference, current) : categoricalValueCounts(reference, current);
    const selection = selectTest(columnKind, reference.n, counts.union);
    const test = override.test ?? selection.test;
    if ((test === 'ks' || test === 'wasserstein') && columnKind !== 'numeric') {
        throw new errors/* InputError */.dz(`column "${column}": test ${test} needs a numeric column, and this one is categorical`, { hint: 'use chisquare, z, jensenshannon or psi for categorical columns' });
    }
    const threshold = override.threshold ?? DEFAULT_THRESHOLDS[test];
    if (!(Number.isFinite(threshold) && threshold >= 0)) {
        throw new errors/* InputError */.dz(`column "${column}": threshold ${threshold} is not a non-negative number`, { hint: 'p-value tests take a significance level such as 0.05, distances a value such as 0.1' });
    }
    let reason;
    if (override.test !== undefined)
        reason = `configured: ${test}${override.threshold !== undefined ? `, threshold ${threshold}` : ''}`;
    else
        reason = override.threshold !== undefined ? `${selection.reason}; configured threshold ${threshold}` : selection.reason;
    const categories = () => reference.kind === 'numeric'
        ? [(0,distribution/* categoricalFromNumeric */.Qo)(reference), (0,distribution/* categoricalFromNumeric */.Qo)(current)]
        : [reference, current];
    const numericKeys = columnKind === 'numeric';
    let kind;
    let statistic;
    let pValue = null;
    let exact;
    if (test === 'ks' || test === 'wasserstein') {
        const r = reference;
        const c = current;
        kind = 'numeric';
        exact = r.exact && c.exact;
        if (test === 'ks') {
            const ks = ksTest(r, c);
            statistic = ks.statistic;
            pValue = ks.pValue;
        }
        else
            statistic = wassersteinTest(r, c).statistic;
    }
    else if (test === 'chisquare' || test === 'z') {
        const [r, c] = categories();
        kind = 'categorical';
        exact = column_test_complete(r) && column_test_complete(c);
        const res = test === 'chisquare' ? chiSquareTest(r, c) : zTest(r, c, numericKeys);
        statistic = res.statistic;
        pValue = res.pValue;
    }
    else {
        let bins;
        if (columnKind === 'numeric' && counts.reference.count > BINNED_MIN_REFERENCE_VALUES) {
            const r = reference;
            const c = current;
            kind = 'numeric';
            exact = r.exact && c.exact;
            bins = binning_numericBins(r, c);
        }
        else {
            const [r, c] = categories();
            kind = 'categorical';
            exact = column_test_complete(r) && column_test_complete(c);
            bins = binning_categoryBins(r, c, numericKeys);
        }
        statistic = test === 'jensenshannon' ? jensenShannonDistance(bins.reference, bins.current) : psiValue(bins.reference, bins.current);
    }
    const drifted = drift_format/* P_VALUE_TESTS */.Dw.has(test) ? pValue < threshold : statistic >= threshold;
    return {
        column,
        kind,
        test,
        statistic,
        p_value: pValue,
        threshold,
        drifted,
        method: exact ? 'exact' : 'sketch',
        reason,
        reference_rows: reference.n,
        current_rows: current.n,
    };
}
/** Evidently's dataset drift: drifted / tested columns >= shareThreshold (no columns: share 0, no drift). */
function datasetDrift(columns, shareThreshold = DEFAULT_DATASET_SHARE) {
    if (!(shareThreshold >= 0 && shareThreshold <= 1))
        throw new errors/* InputError */.dz(`dataset drift share threshold ${shareThreshold} is not in [0, 1]`);
    const tested = columns.length;
    const drifted = columns.filter((c) => c.drifted).length;
    const share = tested === 0 ? 0 : drifted / tested;
    return { dataset_drift: tested > 0 && share >= shareThreshold, share, share_threshold: shareThreshold, tested, drifted };
}


/***/ }),

/***/ 3216:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gk: () => (/* binding */ numericMin),
/* harmony export */   IX: () => (/* binding */ categoricalFromProfile),
/* harmony export */   Qo: () => (/* binding */ categoricalFromNumeric),
/* harmony export */   RN: () => (/* binding */ categoricalFromCounts),
/* harmony export */   au: () => (/* binding */ categoryKey),
/* harmony export */   o_: () => (/* binding */ numericMax),
/* harmony export */   sS: () => (/* binding */ numericFromValues),
/* harmony export */   yG: () => (/* binding */ distributionFromProfile),
/* harmony export */   zN: () => (/* binding */ numericStd)
/* harmony export */ });
/* unused harmony exports sortFloat64, numericFromKll, distinctValues, categoricalFromFrequent */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _data_sketch_kll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8159);
/**
 * The two shapes every drift statistic takes (shared/drift/stats/*.ts): a column's numbers as an
 * ascending, optionally weighted sample, or its values as counts. Each side of a comparison is one
 * of these, built either from raw values (exact) or from a reference profile's sketches (approximate):
 *
 * - numeric, raw: every finite value once, sorted (`numericFromValues`);
 * - numeric, profile: the KLL sketch's retained items, each with its weight 2^level
 *   (`numericFromKll`): a weighted sample whose weighted CDF is the sketch's rank estimate, within
 *   the sketch's normalized rank error ε of the true CDF at every point (1.65% at k = 200, 99%
 *   confidence; shared/data/sketch/kll.ts). `n` is the number of observations, not of items;
 * - categorical, raw: counts of every value (`categoricalFromCounts`);
 * - categorical, profile: the frequent-items sketch's items (`categoricalFromProfile`); what it does
 *   not itemise is the remainder `other` (zero, and `exact`, when the profile counted every value).
 *
 * Values become categories through `categoryKey`, used on both sides: numbers by their float64
 * value in shortest round-trip form (as the profiler keys frequent items: "1" and "1.0" are one
 * value, -0 is "0"), strings as they are, booleans as "true"/"false". So a numeric column of few
 * distinct values can be tested as categories: from its own values when exact, or from the
 * profile's frequent items (`categories` on the numeric distribution) when it came from a profile.
 */


/**
 * A value as a category: numbers in shortest round-trip form with -0 as "0" (the profiler's
 * `numberText`, shared/data/profile.ts), strings unchanged, booleans as "true"/"false". Both the
 * reference (profile) and the current side go through this, so their keys meet.
 */
function categoryKey(value) {
    if (typeof value === 'number')
        return String(value + 0);
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    return value;
}
// ---------------------------------------------------------------------------------------------
// Numeric
/** Below this many values the native (comparison) sort beats the radix sort's fixed cost. */
const RADIX_MIN = 4096;
/**
 * Sorts a Float64Array ascending in place: LSD radix sort on the IEEE-754 bits in four 16-bit
 * digits (sign-flipped so that unsigned order is numeric order; -0 before +0), skipping a digit
 * every value shares (the low mantissa bits of integer-valued data), so 3,000,000 doubles sort in
 * ~0.1-0.2 s instead of ~0.35 s for TypedArray.prototype.sort. One scratch buffer of the same size.
 * NaN must not be present.
 */
function sortFloat64(a) {
    const n = a.length;
    if (n < RADIX_MIN)
        return a.sort();
    const u = new Uint32Array(a.buffer, a.byteOffset, n * 2);
    const len = 2 * n;
    // Little-endian words: u[2i] low, u[2i+1] high. Negative: flip all bits; positive: flip the sign.
    for (let i = 0; i < len; i += 2) {
        const hi = u[i + 1];
        if (hi & 0x80000000) {
            u[i + 1] = ~hi;
            u[i] = ~u[i];
        }
        else
            u[i + 1] = hi | 0x80000000;
    }
    const R = 65536;
    const hist = new Uint32Array(4 * R);
    for (let i = 0; i < len; i += 2) {
        const lo = u[i];
        const hi = u[i + 1];
        hist[lo & 0xffff]++;
        hist[R + (lo >>> 16)]++;
        hist[2 * R + (hi & 0xffff)]++;
        hist[3 * R + (hi >>> 16)]++;
    }
    let src = u;
    let dst = new Uint32Array(len);
    for (let p = 0; p < 4; p++) {
        const off = p * R;
        let sum = 0;
        let constant = false;
        for (let b = 0; b < R; b++) {
            const c = hist[off + b];
            if (c === n)
                constant = true;
            hist[off + b] = sum;
            sum += c;
        }
        if (constant)
            continue;
        const word = p >> 1;
        const shift = (p & 1) * 16;
        for (let i = 0; i < len; i += 2) {
            const d = (src[i + word] >>> shift) & 0xffff;
            const j = hist[off + d]++ * 2;
            dst[j] = src[i];
            dst[j + 1] = src[i + 1];
        }
        const t = src;
        src = dst;
        dst = t;
    }
    if (src !== u)
        u.set(src);
    for (let i = 0; i < len; i += 2) {
        const hi = u[i + 1];
        if (hi & 0x80000000)
            u[i + 1] = hi & 0x7fffffff;
        else {
            u[i + 1] = ~hi;
            u[i] = ~u[i];
        }
    }
    return a;
}
/**
 * Raw numbers as a distribution. Sorts `values` IN PLACE (no copy: at 3,000,000 rows a copy is
 * 24 MB) and returns it as `values`; the caller must not rely on the original order afterwards.
 * NaN and ±Infinity must already be excluded (as Evidently drops them); they are rejected here.
 */
function numericFromValues(values) {
    for (let i = 0; i < values.length; i++) {
        // One pass: NaN would break the sort order; infinities break every distance.
        const v = values[i];
        if (v !== v || v === Infinity || v === -Infinity)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`numericFromValues: value ${i} is ${v}; exclude NaN and ±Infinity before building a distribution`);
    }
    sortFloat64(values);
    return { kind: 'numeric', values, weights: null, n: values.length, exact: true };
}
/**
 * A KLL sketch's retained items as a weighted sample. The items and their weights are read through
 * the sketch itself (KllSketch.fromState, which also checks that the levels weigh n; each distinct
 * item's weight is the step of the sketch's own cumulative weight, `weightBelow`), so the
 * level-to-weight rule lives only in kll.ts. The sample is exact while the sketch never compacted.
 * `moments` (the profile's exact moments) supplies the exact population std when given.
 */
function numericFromKll(state, moments) {
    const sketch = _data_sketch_kll_js__WEBPACK_IMPORTED_MODULE_1__/* .KllSketch */ .gu.fromState(state);
    let total = 0;
    for (const level of state.levels)
        total += level.length;
    const items = new Float64Array(total);
    let o = 0;
    for (const level of state.levels)
        for (const x of level)
            items[o++] = x;
    items.sort();
    let distinct = 0;
    for (let i = 0; i < total; i++)
        if (i === 0 || items[i] !== items[i - 1])
            items[distinct++] = items[i];
    const values = items.slice(0, distinct);
    const weights = new Float64Array(distinct);
    let below = 0;
    for (let i = 0; i < distinct; i++) {
        const cum = sketch.weightBelow(values[i], true);
        weights[i] = cum - below;
        below = cum;
    }
    const d = { kind: 'numeric', values, weights, n: state.n, exact: sketch.isExact() };
    if (state.min !== null)
        d.min = state.min;
    if (state.max !== null)
        d.max = state.max;
    if (moments && moments.n === state.n && moments.n > 0)
        d.std = Math.sqrt(moments.m2 / moments.n);
    return d;
}
/** Smallest observation (exact for a sketch that keeps its min). */
function numericMin(d) {
    return d.min ?? d.values[0];
}
/** Largest observation (exact for a sketch that keeps its max). */
function numericMax(d) {
    return d.max ?? d.values[d.values.length - 1];
}
/** Population standard deviation (ddof = 0, numpy.std's default): the exact one when known, else from the (weighted) sample, two-pass. */
function numericStd(d) {
    if (d.std !== undefined)
        return d.std;
    const { values, weights } = d;
    let total = 0;
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
        const w = weights ? weights[i] : 1;
        total += w;
        sum += w * values[i];
    }
    const mean = sum / total;
    let ss = 0;
    for (let i = 0; i < values.length; i++) {
        const dev = values[i] - mean;
        ss += (weights ? weights[i] : 1) * dev * dev;
    }
    return Math.sqrt(ss / total);
}
/**
 * Distinct values of a numeric distribution, ascending (a new array): all of them when `exact`;
 * for a sketch only the retained ones (a lower bound on the true number).
 */
function distinctValues(d) {
    const v = d.values;
    let count = 0;
    for (let i = 0; i < v.length; i++)
        if (i === 0 || v[i] !== v[i - 1])
            count++;
    const out = new Float64Array(count);
    let o = 0;
    for (let i = 0; i < v.length; i++)
        if (i === 0 || v[i] !== v[i - 1])
            out[o++] = v[i];
    return out;
}
// ---------------------------------------------------------------------------------------------
// Categorical
/** Exact counts as a distribution (the map is used as is, not copied). */
function categoricalFromCounts(counts) {
    let n = 0;
    for (const c of counts.values())
        n += c;
    return { kind: 'categorical', counts, other: 0, n, exact: true };
}
/**
 * A frequent-items sketch (shared/data/sketch/frequent-items.ts) over `n` observations as counts,
 * leaving out the keys in `drop`. Exact (offset 0): its items are every value with its true count.
 * Otherwise (Misra-Gries with decrements): an item's true count lies in [count, count + offset], and
 * count + offset is exact for every item held since before the first decrement (typically the
 * heavy items); the counts here are those estimates, and `other` = n − Σ estimates (floored at 0) is
 * the weight of every value not itemised. Using the lower bounds instead would shift weight from
 * every item to `other` on the reference side only and show drift where there is none.
 */
function categoricalFromFrequent(state, n, drop = new Set()) {
    const counts = new Map();
    const exact = state.offset === 0;
    let itemised = 0;
    for (const [key, count] of state.items) {
        if (drop.has(key) || count <= 0)
            continue;
        const estimate = exact ? count : Math.min(count + state.offset, n);
        counts.set(key, estimate);
        itemised += estimate;
    }
    return { kind: 'categorical', counts, other: exact ? 0 : Math.max(0, n - itemised), n: exact ? itemised : n, exact };
}
const NON_FINITE_KEYS = new Set(['NaN', 'Infinity', '-Infinity']);
function isNumericProfile(column) {
    return column.type === 'integer' || column.type === 'number';
}
/**
 * A profile column's values as counts, from its frequent-items sketch (every item it holds, up to
 * its capacity of 1024, not only the top 20 `frequent` list). Numeric columns leave out NaN and
 * ±Infinity (excluded from every numeric statistic, as Evidently drops them), so n is the count of
 * finite values, the same observations as the KLL sketch. Exact when `frequent_exact`.
 */
function categoricalFromProfile(column) {
    const numeric = isNumericProfile(column);
    const n = numeric ? column.count - column.nan - column.inf : column.count;
    return categoricalFromFrequent(column.sketches.frequent, n, numeric ? NON_FINITE_KEYS : undefined);
}
/**
 * A numeric distribution's values as categories (categoryKey), by runs of equal values, weighted.
 * Exact when the distribution is; from a sketch's sample it is only an approximation (prefer the
 * profile's frequent items, `categories`).
 */
function categoricalFromNumeric(d) {
    if (d.categories)
        return d.categories;
    const counts = new Map();
    const { values, weights } = d;
    let i = 0;
    while (i < values.length) {
        const v = values[i];
        let w = 0;
        for (; i < values.length && values[i] === v; i++)
            w += weights ? weights[i] : 1;
        const key = categoryKey(v);
        counts.set(key, (counts.get(key) ?? 0) + w);
    }
    return { kind: 'categorical', counts, other: 0, n: d.n, exact: d.exact };
}
/**
 * A reference profile column as a distribution: integer/number columns as their KLL sample (with
 * the exact min, max and std from the profile, and the frequent items as `categories`), date and
 * timestamp columns as their KLL sample of epoch milliseconds, every other type as counts of values.
 */
function distributionFromProfile(column) {
    if (isNumericProfile(column)) {
        const d = numericFromKll(column.sketches.kll, column.sketches.moments);
        d.categories = categoricalFromProfile(column);
        return d;
    }
    if (column.type === 'date' || column.type === 'timestamp')
        return numericFromKll(column.sketches.kll, column.sketches.moments);
    return categoricalFromProfile(column);
}


/***/ }),

/***/ 676:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o4: () => (/* binding */ checkDrift),
  Lx: () => (/* binding */ columnsToTest)
});

// UNUSED EXPORTS: TOP_FEATURES

// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts
var atomic_write = __webpack_require__(3196);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/drift/column-alarm.ts
var column_alarm = __webpack_require__(4500);
// EXTERNAL MODULE: ../../../../shared/drift/column-test.ts + 8 modules
var column_test = __webpack_require__(1502);
// EXTERNAL MODULE: ../../../../shared/drift/distribution.ts
var distribution = __webpack_require__(3216);
// EXTERNAL MODULE: ../../../../shared/formats/drift-format.ts
var drift_format = __webpack_require__(5830);
;// CONCATENATED MODULE: ../../../../shared/drift/metric-rules.ts
// Four significant digits, without trailing zeros: 0.31, 0.8612, 250.
const fmt = (x) => String(Number(x.toPrecision(4)));
/**
 * Checks every configured rule. `baseline` gives the released model's value of a metric (its
 * evaluation), which `max_drop` needs; without one, max_drop fails and says why.
 */
function checkMetricRules(rules, values, baseline) {
    const out = [];
    for (const [name, rule] of Object.entries(rules)) {
        const got = values.get(name);
        const value = got && Number.isFinite(got.value) ? got.value : null;
        const source = got?.source ?? 'none';
        const missing = (kind, threshold) => ({
            name, source, value: null, rule: kind, threshold, baseline: null, passed: false,
            message: `${name}: no source delivered a value (configure it under sources, or remove the rule)`,
        });
        if (rule.min !== undefined) {
            out.push(value === null ? missing('min', rule.min) : {
                name, source, value, rule: 'min', threshold: rule.min, baseline: null, passed: value >= rule.min,
                message: `${name} ${fmt(value)} ${value >= rule.min ? '>=' : '<'} ${fmt(rule.min)} (min)`,
            });
        }
        if (rule.max !== undefined) {
            out.push(value === null ? missing('max', rule.max) : {
                name, source, value, rule: 'max', threshold: rule.max, baseline: null, passed: value <= rule.max,
                message: `${name} ${fmt(value)} ${value <= rule.max ? '<=' : '>'} ${fmt(rule.max)} (max)`,
            });
        }
        if (rule.max_drop !== undefined) {
            const base = baseline(name);
            if (value === null)
                out.push(missing('max_drop', rule.max_drop));
            else if (base === undefined || !Number.isFinite(base)) {
                out.push({
                    name, source, value, rule: 'max_drop', threshold: rule.max_drop, baseline: null, passed: false,
                    message: `${name}: max_drop needs the released model's ${name}, and its evaluation has none (use reference: production with a release that reports ${name}, or a min rule)`,
                });
            }
            else {
                const drop = base - value;
                out.push({
                    name, source, value, rule: 'max_drop', threshold: rule.max_drop, baseline: base, passed: drop <= rule.max_drop,
                    message: `${name} ${fmt(value)} is ${fmt(Math.abs(drop))} ${drop >= 0 ? 'below' : 'above'} the release's ${fmt(base)} (max_drop ${fmt(rule.max_drop)})`,
                });
            }
        }
    }
    return out;
}

// EXTERNAL MODULE: ../../../../shared/drift/reference.ts
var drift_reference = __webpack_require__(8125);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(44);
// EXTERNAL MODULE: ../../../../shared/data/open-table.ts + 1 modules
var open_table = __webpack_require__(9712);
// EXTERNAL MODULE: ../../../../shared/drift/sources/collect-columns.ts
var collect_columns = __webpack_require__(337);
;// CONCATENATED MODULE: ../../../../shared/drift/sources/fetch-json.ts
/**
 * One JSON request to an HTTP source or a Prometheus server, with the limits an unattended,
 * scheduled job needs: a deadline over the whole exchange (redirects and body included), at most
 * MAX_REDIRECTS redirects (the secret header is dropped when one leaves the origin, as browsers do
 * with Authorization), a cap on the response size (checked on Content-Length and while reading),
 * and a JSON content type. Failures are InputErrors that name the source and say what to do; the
 * secret never appears in them (any echo of it is replaced by "***").
 */

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024;
const MAX_REDIRECTS = 5;
/** The URL for messages and reports: no user:password, and the values of secret-looking query parameters hidden. */
function displayUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return url;
    }
    u.username = '';
    u.password = '';
    for (const key of [...u.searchParams.keys()]) {
        if (/token|secret|pass|key|sig|auth|credential/i.test(key))
            u.searchParams.set(key, '***');
    }
    return u.toString();
}
function redact(text, secrets = []) {
    let out = text;
    for (const s of secrets)
        if (s.length >= 3)
            out = out.split(s).join('***');
    return out;
}
function isJsonType(contentType) {
    if (contentType === null)
        return false;
    const mime = contentType.split(';')[0].trim().toLowerCase();
    return mime === 'application/json' || mime.endsWith('+json') || mime === 'text/json';
}
function oneLine(text, max = 200) {
    const s = text.replace(/\s+/g, ' ').trim();
    return s.length > max ? `${s.slice(0, max)}…` : s;
}
function mib(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MiB`;
}
/** Why fetch() failed, from undici's error and its cause ("connect ECONNREFUSED 127.0.0.1:9"). */
function networkReason(e) {
    const cause = e.cause;
    if (cause instanceof Error && cause.message)
        return cause.message;
    return e instanceof Error ? e.message : String(e);
}
/**
 * Sends the request and reads the body (up to maxBytes). Returns any HTTP status with the body
 * (callers word their own non-2xx messages, e.g. Prometheus' JSON errors); throws InputError when
 * there is no usable answer: unreachable, timed out, too many redirects, too large, a 2xx that is
 * not JSON, or JSON that does not parse. An abort through `signal` rethrows its reason.
 */
async function fetchJson(req) {
    const doFetch = req.fetch ?? fetch;
    const timeoutMs = req.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = req.maxBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const secrets = req.secrets ?? [];
    const fail = (what, hint, cause) => new errors/* InputError */.dz(redact(`${req.label}: ${what}`, secrets), { hint, cause: cause === undefined ? undefined : new Error(redact(String(cause.message ?? cause), secrets)) });
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, deadline]) : deadline;
    const aborted = (e) => {
        if (req.signal?.aborted)
            throw req.signal.reason;
        if (deadline.aborted)
            throw fail(`no complete answer within ${timeoutMs} ms`, 'the server is slow or unreachable; raise timeout_ms, or narrow what is asked for');
        throw e;
    };
    let url = req.url;
    let method = req.method ?? 'GET';
    let form = req.form;
    const firstOrigin = new URL(url).origin;
    let response;
    for (let hop = 0;; hop++) {
        const headers = { accept: 'application/json' };
        if (new URL(url).origin === firstOrigin)
            Object.assign(headers, req.secretHeaders);
        if (form)
            headers['content-type'] = 'application/x-www-form-urlencoded';
        try {
            response = await doFetch(url, { method, headers, body: form?.toString(), redirect: 'manual', signal });
        }
        catch (e) {
            if (signal.aborted)
                aborted(e);
            throw fail(`cannot reach ${displayUrl(url)}: ${networkReason(e)}`, 'check the URL, and that the server is up and reachable from this runner', e);
        }
        const location = response.headers.get('location');
        if (response.status < 300 || response.status >= 400 || response.status === 304 || location === null)
            break;
        await response.body?.cancel().catch(() => undefined);
        if (hop === MAX_REDIRECTS)
            throw fail(`more than ${MAX_REDIRECTS} redirects (last to ${displayUrl(location)})`, 'point url at the final address');
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
            throw fail(`redirected to a non-HTTP URL (${displayUrl(next.toString())})`, 'point url at the final address');
        // fetch's own rule: 303, and 301/302 after a POST, continue as a GET without the body.
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
            method = 'GET';
            form = undefined;
        }
        url = next.toString();
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw fail(`the response is ${mib(declared)}, more than the ${mib(maxBytes)} limit`, 'ask for less: a shorter window, fewer columns, or a sample');
    }
    let bytes;
    try {
        bytes = await readCapped(response, maxBytes);
    }
    catch (e) {
        if (e instanceof TooLarge)
            throw fail(`the response is more than the ${mib(maxBytes)} limit`, 'ask for less: a shorter window, fewer columns, or a sample');
        if (signal.aborted)
            aborted(e);
        throw fail(`the connection broke while reading the response: ${networkReason(e)}`, 'try again; if it persists, check the server', e);
    }
    const text = new TextDecoder('utf-8').decode(bytes);
    const snippet = redact(oneLine(text), secrets);
    const contentType = response.headers.get('content-type');
    const ok = response.status >= 200 && response.status < 300;
    let json;
    let isJson = false;
    if (isJsonType(contentType) || contentType === null) {
        try {
            json = JSON.parse(text);
            isJson = true;
        }
        catch (e) {
            if (ok && contentType !== null) {
                throw fail(`the response is not valid JSON (${e.message}): ${snippet || '(empty body)'}`, 'the endpoint must answer with a JSON document');
            }
        }
    }
    if (ok && !isJson) {
        throw fail(`the response is ${contentType ?? 'untyped'}, not JSON: ${snippet || '(empty body)'}`, 'the endpoint must answer with Content-Type: application/json (a login page or proxy error answers with HTML)');
    }
    return { status: response.status, statusText: response.statusText, json, isJson, snippet };
}
class TooLarge extends Error {
}
async function readCapped(response, maxBytes) {
    if (!response.body)
        return new Uint8Array(0);
    const reader = response.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new TooLarge();
        }
        chunks.push(value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
        out.set(c, at);
        at += c.byteLength;
    }
    return out;
}
/** The message for a non-2xx answer, with a hint by status. */
function httpStatusError(label, res, secrets = [], authHint) {
    const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    const hint = res.status === 401 || res.status === 403
        ? authHint ?? 'the server refused the credentials: check header, scheme and the secret in secret_env'
        : res.status === 404
            ? 'check the URL'
            : res.status === 429 || res.status >= 500
                ? 'the server failed or is overloaded; the check did not run on this evidence — try again later'
                : undefined;
    return new errors/* InputError */.dz(redact(`${label}: the server answered ${status}${res.snippet ? `: ${res.snippet}` : ''}`, secrets), { hint });
}

;// CONCATENATED MODULE: ../../../../shared/drift/sources/json-pointer.ts
/**
 * JSON Pointer (RFC 6901) lookups in an HTTP source's response, with a reason a person can act on
 * when the pointer does not fit the document ("no key "rows" in the object at /data (its keys:
 * items, total)") rather than a bare undefined.
 */
/** The reference tokens of a pointer ("" → none: the whole document). */
function pointerTokens(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new Error(`not a JSON pointer: ${JSON.stringify(pointer)}`);
    return pointer
        .slice(1)
        .split('/')
        .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function escapeToken(t) {
    return t.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** What a JSON value is, for messages: "an object", "a list of 3 items", "text "abc"", "null". */
function describeJson(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return `a list of ${v.length} item${v.length === 1 ? '' : 's'}`;
    if (typeof v === 'object')
        return 'an object';
    if (typeof v === 'string')
        return `text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    return `${typeof v} ${String(v)}`;
}
function listKeys(o) {
    const keys = Object.keys(o);
    if (keys.length === 0)
        return 'it is empty';
    const shown = keys.slice(0, 10).join(', ');
    return `its keys: ${shown}${keys.length > 10 ? `, … (${keys.length} keys)` : ''}`;
}
/** Resolves `pointer` in `doc`. Array tokens must be indices without leading zeros ("-" is never found). */
function resolvePointer(doc, pointer) {
    let v = doc;
    let at = '';
    for (const token of pointerTokens(pointer)) {
        const where = at === '' ? 'the top level' : at;
        if (Array.isArray(v)) {
            if (!/^(?:0|[1-9]\d*)$/.test(token))
                return { found: false, problem: `"${token}" is not an index, and ${where} is ${describeJson(v)}` };
            const i = Number(token);
            if (i >= v.length)
                return { found: false, problem: `index ${i} is past the end of ${where} (${describeJson(v)})` };
            v = v[i];
        }
        else if (v !== null && typeof v === 'object') {
            if (!Object.prototype.hasOwnProperty.call(v, token))
                return { found: false, problem: `no key "${token}" in the object at ${where} (${listKeys(v)})` };
            v = v[token];
        }
        else {
            return { found: false, problem: `${where} is ${describeJson(v)}, so it has no "${token}"` };
        }
        at += `/${escapeToken(token)}`;
    }
    return { found: true, value: v };
}

;// CONCATENATED MODULE: ../../../../shared/drift/sources/json-rows.ts

const JSON_BATCH_ROWS = 65_536;
function cell(v) {
    if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    return JSON.stringify(v);
}
/** Checks the shape; returns the row count and a batch generator, or a problem to report. */
function jsonRows(value, pointer, batchRows = JSON_BATCH_ROWS) {
    const at = pointer === '' ? 'the top level' : pointer;
    if (Array.isArray(value)) {
        const index = new Map();
        for (let i = 0; i < value.length; i++) {
            const row = value[i];
            if (row === null || typeof row !== 'object' || Array.isArray(row)) {
                return { problem: `${at}/${i} is ${describeJson(row)}, not a row object (rows must be objects like {"column": value})` };
            }
            for (const k in row)
                if (!index.has(k))
                    index.set(k, index.size);
        }
        const columns = [...index.keys()];
        const rows = value.length;
        return {
            rows,
            *batches() {
                for (let start = 0; start < rows; start += batchRows) {
                    const n = Math.min(batchRows, rows - start);
                    const values = columns.map(() => new Array(n));
                    for (let r = 0; r < n; r++) {
                        const row = value[start + r];
                        for (let c = 0; c < columns.length; c++)
                            values[c][r] = cell(row[columns[c]]);
                    }
                    yield { columns, values, length: n, lines: rowNumbers(start, n), rowOffset: start };
                }
            },
        };
    }
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value);
        let rows = -1;
        for (const [name, col] of entries) {
            if (!Array.isArray(col)) {
                return { problem: `${at} is an object, so its values must be column arrays, but "${name}" is ${describeJson(col)} (or point rows at an array of row objects)` };
            }
            if (rows >= 0 && col.length !== rows)
                return { problem: `${at}: column "${name}" has ${col.length} values, "${entries[0][0]}" has ${rows}; columns must be equally long` };
            rows = col.length;
        }
        rows = Math.max(rows, 0);
        const columns = entries.map(([name]) => name);
        const arrays = entries.map(([, col]) => col);
        return {
            rows,
            *batches() {
                for (let start = 0; start < rows; start += batchRows) {
                    const n = Math.min(batchRows, rows - start);
                    const values = arrays.map((a) => {
                        const out = new Array(n);
                        for (let r = 0; r < n; r++)
                            out[r] = cell(a[start + r]);
                        return out;
                    });
                    yield { columns, values, length: n, lines: rowNumbers(start, n), rowOffset: start };
                }
            },
        };
    }
    return { problem: `${at} is ${describeJson(value)}, not rows (an array of row objects, or an object of column arrays)` };
}
function rowNumbers(start, n) {
    const lines = new Int32Array(n);
    for (let r = 0; r < n; r++)
        lines[r] = start + r + 1;
    return lines;
}

// EXTERNAL MODULE: ../../../../shared/data/values.ts
var values = __webpack_require__(4239);
;// CONCATENATED MODULE: ../../../../shared/drift/sources/prometheus-query.ts
/**
 * Queries a Prometheus server through its HTTP API (https://prometheus.io/docs/prometheus/latest/querying/api/):
 * `/api/v1/query` (instant: one number for a metric check) and `/api/v1/query_range` (a series over
 * the window: one numeric column). Requests are POSTed form-encoded, which the API accepts for both
 * endpoints and which keeps long PromQL out of URL length limits. Compatible servers (Thanos,
 * Mimir, VictoriaMetrics, Grafana Cloud) take the same requests under their own base URL.
 *
 * The response envelope is {status: "success" | "error", data: {resultType, result}, errorType,
 * error, warnings}. An error answer (whatever the HTTP status: 400 bad_data, 422 execution, 503
 * timeout) becomes an InputError quoting Prometheus' errorType and error; an answer with no series,
 * or several where one number is needed, is an error too: a drift check must not decide on
 * evidence it did not get.
 */



const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };
/** Milliseconds of a Prometheus duration ("1h30m", "7d"; y = 365d as in Prometheus); undefined when not one. */
function parseDuration(text) {
    const re = /(\d+)(ms|s|m|h|d|w|y)/y;
    let ms = 0;
    let at = 0;
    while (at < text.length) {
        re.lastIndex = at;
        const m = re.exec(text);
        if (!m)
            return undefined;
        ms += Number(m[1]) * UNIT_MS[m[2]];
        at = re.lastIndex;
    }
    return at === 0 ? undefined : ms;
}
/** A duration as Prometheus writes it, in the largest unit that divides it ("7d", "90m", "1500ms"). */
function formatDuration(ms) {
    for (const unit of ['y', 'w', 'd', 'h', 'm', 's']) {
        if (ms >= UNIT_MS[unit] && ms % UNIT_MS[unit] === 0)
            return `${ms / UNIT_MS[unit]}${unit}`;
    }
    return `${ms}ms`;
}
/** Epoch ms of a time spec: `now`, `-7d` / `now-7d` (before `now`), or ISO 8601 (no offset = UTC). */
function parseTimeSpec(spec, now, where) {
    if (spec === 'now')
        return now;
    const rel = /^(?:now)?-(.+)$/.exec(spec);
    if (rel) {
        const d = parseDuration(rel[1]);
        if (d !== undefined)
            return now - d;
    }
    else {
        const t = (0,values/* parseIsoTimestamp */.RJ)(spec);
        if (t !== undefined)
            return t;
    }
    throw new errors/* UsageError */.eb(`${where}: "${spec}" is not a time`, { hint: 'use now, a duration ago like -7d or -12h, or an ISO 8601 time like 2025-06-01T00:00:00Z' });
}
/** A sample value: Prometheus writes floats as strings, with NaN, +Inf and -Inf spelled out. */
function parseSampleValue(s) {
    if (s === '+Inf' || s === 'Inf')
        return Infinity;
    if (s === '-Inf')
        return -Infinity;
    return Number(s);
}
/** A series' labels as PromQL writes a selector: name{a="1", b="2"}. */
function formatSeries(metric) {
    const { __name__: name, ...rest } = metric;
    const labels = Object.entries(rest).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    return `${name ?? ''}{${labels.join(', ')}}`;
}
/** PromQL in a message: in backquotes, since PromQL is full of double quotes. */
function quoteQuery(query) {
    return `\`${query}\``;
}
function seconds(ms) {
    return String(ms / 1000);
}
function iso(ms) {
    return new Date(ms).toISOString();
}
/** Posts one query; returns `data` of a success answer and its warnings, or throws with Prometheus' own error. */
async function post(target, endpoint, params) {
    const request = {
        url: `${target.baseUrl.replace(/\/+$/, '')}/api/v1/${endpoint}`,
        method: 'POST',
        form: new URLSearchParams(params),
        secretHeaders: target.secretHeaders,
        secrets: target.secrets,
        timeoutMs: target.timeoutMs,
        maxBytes: target.maxBytes,
        signal: target.signal,
        fetch: target.fetch,
        label: target.label,
    };
    const res = await fetchJson(request);
    const body = res.json;
    const query = quoteQuery(params.query);
    if (res.isJson && body !== null && typeof body === 'object' && body.status === 'error') {
        const type = typeof body.errorType === 'string' ? body.errorType : 'error';
        const message = typeof body.error === 'string' ? body.error : res.snippet;
        const hint = type === 'bad_data'
            ? 'fix the PromQL (try it in the Prometheus expression browser first)'
            : type === 'timeout' || type === 'canceled'
                ? 'the query took too long: narrow the range, raise step, or use a recording rule'
                : type === 'unavailable'
                    ? 'Prometheus is not ready or overloaded; try again later'
                    : undefined;
        throw new errors/* InputError */.dz(`${target.label}: query ${query} failed: ${type}: ${message}`, { hint });
    }
    if (res.status < 200 || res.status >= 300) {
        throw httpStatusError(`${target.label}: query ${query}`, res, target.secrets, 'the server refused the credentials: check header, scheme and the secret in secret_env');
    }
    if (!res.isJson || body === null || typeof body !== 'object' || body.status !== 'success') {
        throw new errors/* InputError */.dz(`${target.label}: query ${query}: the answer is not a Prometheus API response: ${res.snippet}`, {
            hint: 'url must be the base of the Prometheus HTTP API, the part before /api/v1 (e.g. http://prometheus:9090)',
        });
    }
    const warnings = Array.isArray(body.warnings) ? body.warnings.map((w) => `${target.label}: query ${query}: ${String(w)}`) : [];
    return { data: body.data, warnings };
}
function resultOf(target, query, data) {
    const d = data;
    if (d === null || typeof d !== 'object' || typeof d.resultType !== 'string') {
        throw new errors/* InputError */.dz(`${target.label}: query ${quoteQuery(query)}: the answer has no data.resultType`, { hint: 'url must be the base of the Prometheus HTTP API' });
    }
    return { resultType: d.resultType, result: d.result };
}
function severalSeries(target, query, series, need) {
    const shown = series.slice(0, 3).map((s) => formatSeries(s.metric)).join(', ');
    return new errors/* InputError */.dz(`${target.label}: query ${quoteQuery(query)} returned ${series.length} series (${shown}${series.length > 3 ? ', …' : ''}); ${need}`, {
        hint: 'aggregate it to one series (avg(...), sum(...), max(...)) or select one with labels',
    });
}
/** An instant query that must give one number: a one-series vector or a scalar. */
async function queryInstant(target, query, time) {
    const { data, warnings } = await post(target, 'query', { query, time: seconds(time) });
    const { resultType, result } = resultOf(target, query, data);
    const q = quoteQuery(query);
    let raw;
    if (resultType === 'scalar')
        raw = result[1];
    else if (resultType === 'vector') {
        const samples = result;
        if (samples.length === 0) {
            throw new errors/* InputError */.dz(`${target.label}: query ${q} returned no series at ${iso(time)}`, {
                hint: 'check the metric name and labels; a series sampled less often than every 5 minutes needs a range function, e.g. last_over_time(x[1d]) or avg_over_time(x[7d])',
            });
        }
        if (samples.length > 1)
            throw severalSeries(target, query, samples, 'a metric needs one number');
        raw = samples[0].value[1];
    }
    else {
        throw new errors/* InputError */.dz(`${target.label}: query ${q} returned a ${resultType === 'matrix' ? 'range vector' : resultType}, not a number`, {
            hint: resultType === 'matrix' ? 'wrap the range selector in a function: avg_over_time(x[7d]), max_over_time(...), rate(...)' : 'make the query return a number',
        });
    }
    const value = parseSampleValue(raw);
    if (!Number.isFinite(value)) {
        throw new errors/* InputError */.dz(`${target.label}: query ${q} returned ${raw} at ${iso(time)}, not a finite number`, {
            hint: 'often a ratio with no data in the window (0/0); check the window covers traffic',
        });
    }
    return { value, warnings };
}
/** A range query that must give one series: its [epoch ms, value] points. */
async function queryRange(target, query, range) {
    const { data, warnings } = await post(target, 'query_range', { query, start: seconds(range.start), end: seconds(range.end), step: seconds(range.step) });
    const { resultType, result } = resultOf(target, query, data);
    const q = quoteQuery(query);
    if (resultType !== 'matrix') {
        throw new errors/* InputError */.dz(`${target.label}: range query ${q} returned a ${resultType}, not a series`, { hint: 'make the query return one series' });
    }
    const series = result;
    if (series.length === 0) {
        throw new errors/* InputError */.dz(`${target.label}: query ${q} returned no series between ${iso(range.start)} and ${iso(range.end)}`, {
            hint: 'check the metric name and labels, and that the range covers data the server still keeps',
        });
    }
    if (series.length > 1)
        throw severalSeries(target, query, series, 'a column needs one series');
    const points = series[0].values.map(([t, v]) => [Math.round(t * 1000), parseSampleValue(v)]);
    return { points, warnings };
}

// EXTERNAL MODULE: ../../../../shared/drift/sources/source-config.ts
var source_config = __webpack_require__(1331);
;// CONCATENATED MODULE: ../../../../shared/drift/sources/read-sources.ts
/**
 * Reads drift-check's current production data and metrics from the configured sources
 * (source-config.ts) and pools them: the wanted columns over every source that gives rows (files,
 * an HTTP source's rows, Prometheus range queries), the metrics from every source that gives
 * them (an HTTP source's pointers, Prometheus instant queries, a metrics file a batch job wrote).
 *
 * Evidence that is broken is an error, never "no drift": a glob that matches nothing, an
 * unreachable endpoint, a Prometheus error, a query with no series, a source without a reference
 * column (schema mismatch), a metric named by two sources, and no rows at all when columns are
 * wanted. Sources are read one after the other, in the order given, so messages and the report's
 * source list are deterministic.
 */










/**
 * Reads every source. Throws InputError (unreadable or empty data, failing endpoints, schema
 * mismatch) or ContractError / UsageError (sources that cannot work as configured).
 */
async function readCurrentData(sources, wanted, options) {
    if (sources.length === 0)
        throw new errors/* ContractError */.Vl('no sources of current data are configured', { hint: 'add drift sources: files, http or prometheus (docs/drift.md, Sources)' });
    const wantedNames = new Set(wanted.map((w) => w.name));
    const prometheusColumns = new Set(sources.flatMap((s) => Object.keys(s.prometheus?.columns ?? {})).filter((c) => wantedNames.has(c)));
    const ctx = {
        options,
        now: (typeof options.now === 'function' ? options.now() : options.now ?? new Date()).getTime(),
        collector: new collect_columns/* ColumnCollector */.K(wanted),
        metrics: new Map(),
        warnings: [],
        window: { from: null, to: null },
        prometheusColumns,
    };
    const summaries = [];
    for (const source of sources) {
        options.signal?.throwIfAborted();
        const kind = (0,source_config/* sourceKindOf */.Np)(source);
        if (kind === 'file')
            summaries.push(await readFiles(ctx, source));
        else if (kind === 'http')
            summaries.push(await readHttp(ctx, source, source.http));
        else if (kind === 'metrics_file')
            summaries.push(await readMetricsFile(ctx, source));
        else
            summaries.push(await readPrometheus(ctx, source, source.prometheus));
    }
    const result = ctx.collector.result();
    checkNotEmpty(wanted, summaries, sources, prometheusColumns);
    const metrics = new Map();
    for (const [name, m] of ctx.metrics)
        metrics.set(name, { value: m.value, source: m.source });
    return {
        rows: result.rows,
        columns: result.columns,
        metrics,
        sources: summaries,
        window: {
            from: ctx.window.from === null ? null : new Date(ctx.window.from).toISOString(),
            to: ctx.window.to === null ? null : new Date(ctx.window.to).toISOString(),
        },
        warnings: ctx.warnings,
    };
}
/** No rows where columns are wanted is broken evidence, not "no drift". */
function checkNotEmpty(wanted, summaries, sources, prometheusColumns) {
    const needTable = wanted.filter((w) => !prometheusColumns.has(w.name)).map((w) => w.name);
    if (needTable.length === 0)
        return;
    const tables = summaries.filter((s, i) => s.kind === 'file' || (s.kind === 'http' && sources[i].http.rows !== undefined));
    const shown = needTable.slice(0, 5).map((c) => `"${c}"`).join(', ') + (needTable.length > 5 ? ', …' : '');
    if (tables.length === 0) {
        throw new errors/* ContractError */.Vl(`no source gives data rows, but the drift check needs the reference's columns (${shown})`, {
            hint: 'add a files source, or an http source with rows; prometheus columns only give the columns they name',
        });
    }
    const rows = tables.reduce((n, s) => n + (s.rows ?? 0), 0);
    if (rows === 0) {
        const list = tables.map((s) => `${s.kind} ${s.name}${s.files ? ` (${s.files.length} file${s.files.length === 1 ? '' : 's'})` : ''}`).join('; ');
        throw new errors/* InputError */.dz(`the current data is empty: 0 rows from ${list}`, {
            hint: 'no data is not "no drift": check that production data for the window was written where the sources point',
        });
    }
}
function addMetric(ctx, name, value, source, from) {
    const prior = ctx.metrics.get(name);
    if (prior) {
        throw new errors/* ContractError */.Vl(`metric "${name}" comes from two sources (${prior.from} and ${from})`, { hint: 'name each metric in one source only, or rename one of them' });
    }
    ctx.metrics.set(name, { value, source, from });
}
function widenWindow(ctx, from, to) {
    if (from !== null)
        ctx.window.from = ctx.window.from === null ? from : Math.min(ctx.window.from, from);
    if (to !== null)
        ctx.window.to = ctx.window.to === null ? to : Math.max(ctx.window.to, to);
}
function feed(ctx, batch) {
    if (ctx.options.signal?.aborted)
        ctx.options.signal.throwIfAborted();
    ctx.collector.add(batch);
}
// ---------------------------------------------------------------------------------------------
// files
async function expandPatterns(patterns, cwd, name) {
    const files = [];
    const seen = new Set();
    for (const pattern of patterns) {
        let matched;
        if ((0,dist.isDynamicPattern)(pattern)) {
            matched = (await (0,dist.glob)(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
            if (matched.length === 0) {
                throw new errors/* InputError */.dz(`files source ${name}: no file matches "${pattern}" (relative to ${cwd})`, {
                    hint: 'check the pattern and that the production data was written there; * matches within a folder, ** across folders',
                });
            }
        }
        else
            matched = [pattern];
        for (const f of matched) {
            if (!seen.has(f)) {
                seen.add(f);
                files.push(f);
            }
        }
    }
    return files;
}
async function readFiles(ctx, source) {
    const patterns = typeof source.files === 'string' ? [source.files] : source.files;
    const name = source.name ?? patterns.join(', ');
    const cwd = ctx.options.cwd ?? process.cwd();
    const files = await expandPatterns(patterns, cwd, JSON.stringify(name));
    let rows = 0;
    for (const file of files) {
        // Relative paths stay relative in messages (and annotations) when they resolve from here.
        const path = ctx.options.cwd === undefined ? file : (0,external_node_path_.resolve)(cwd, file);
        const reader = await (0,open_table/* openTable */.R)(path, { delimiter: source.delimiter, format: source.format });
        const tap = ctx.options.rowTap;
        ctx.collector.beginSource({ name: path, location: { file: path } }, ctx.prometheusColumns);
        tap?.beginSource({ name: path, location: { file: path } });
        for await (const batch of reader.batches()) {
            feed(ctx, batch);
            tap?.add(batch);
        }
        rows += ctx.collector.endSource();
        tap?.endSource();
    }
    return { kind: 'file', name, rows, files };
}
// ---------------------------------------------------------------------------------------------
// auth shared by http and prometheus
function authOf(ctx, cfg, label) {
    if (cfg.secret_env === undefined)
        return { headers: {}, secrets: [] };
    const secret = ctx.options.env[cfg.secret_env];
    if (secret === undefined || secret === '') {
        throw new errors/* UsageError */.eb(`${label}: the environment variable ${cfg.secret_env} (secret_env) is ${secret === undefined ? 'not set' : 'empty'}`, {
            hint: `pass the secret to the step, e.g. env: { ${cfg.secret_env}: \${{ secrets.${cfg.secret_env} }} }`,
        });
    }
    const header = cfg.header ?? 'Authorization';
    return { headers: { [header]: cfg.scheme ? `${cfg.scheme} ${secret}` : secret }, secrets: [secret] };
}
function labelOf(kind, source, url) {
    return source.name ? `${kind} source "${source.name}" (${displayUrl(url)})` : `${kind} source ${displayUrl(url)}`;
}
// ---------------------------------------------------------------------------------------------
// http
async function readHttp(ctx, source, cfg) {
    const label = labelOf('http', source, cfg.url);
    const name = source.name ?? displayUrl(cfg.url);
    const auth = authOf(ctx, cfg, label);
    const res = await fetchJson({
        url: cfg.url,
        secretHeaders: auth.headers,
        secrets: auth.secrets,
        timeoutMs: cfg.timeout_ms ?? DEFAULT_TIMEOUT_MS,
        maxBytes: ctx.options.maxResponseBytes,
        signal: ctx.options.signal,
        fetch: ctx.options.fetch,
        label,
    });
    if (res.status < 200 || res.status >= 300) {
        throw httpStatusError(label, res, auth.secrets, `the server refused the credentials: check ${cfg.header ?? 'Authorization'}${cfg.scheme ? ` (${cfg.scheme})` : ''} and the secret in ${cfg.secret_env ?? 'secret_env (none is set)'}`);
    }
    const doc = res.json;
    for (const [metric, pointer] of Object.entries(cfg.metrics ?? {})) {
        const found = resolvePointer(doc, pointer);
        if (!found.found)
            throw new errors/* InputError */.dz(`${label}: metric "${metric}" at ${pointer || '""'}: ${found.problem}`, { hint: 'fix the JSON pointer in metrics (RFC 6901: /key/0/key)' });
        const v = found.value;
        const value = typeof v === 'number' ? v : typeof v === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim()) ? Number(v) : NaN;
        if (!Number.isFinite(value)) {
            throw new errors/* InputError */.dz(`${label}: metric "${metric}" at ${pointer || '""'} is ${describeJson(v)}, not a finite number`, {
                hint: 'point at a number; a null or missing value means the endpoint has no value for the window',
            });
        }
        addMetric(ctx, metric, value, `http: ${displayUrl(cfg.url)} ${pointer}`, label);
    }
    if (cfg.rows === undefined)
        return { kind: 'http', name, rows: null };
    const found = resolvePointer(doc, cfg.rows);
    if (!found.found)
        throw new errors/* InputError */.dz(`${label}: rows at ${cfg.rows || '""'}: ${found.problem}`, { hint: 'fix the JSON pointer in rows (RFC 6901: /key/0/key; "" is the whole response)' });
    const table = jsonRows(found.value, cfg.rows);
    if ('problem' in table)
        throw new errors/* InputError */.dz(`${label}: rows: ${table.problem}`, { hint: 'point rows at an array of row objects or an object of column arrays' });
    const tap = ctx.options.rowTap;
    ctx.collector.beginSource({ name: label }, ctx.prometheusColumns);
    tap?.beginSource({ name: label });
    for (const batch of table.batches()) {
        feed(ctx, batch);
        tap?.add(batch);
    }
    const rows = ctx.collector.endSource();
    tap?.endSource();
    return { kind: 'http', name, rows };
}
// ---------------------------------------------------------------------------------------------
// metrics_file
/**
 * Production metrics from a file a batch job wrote: read as `evaluate --import` reads it (JSON and
 * YAML flattened with dots, CSV in its wide or long layout), so a metric has the same name in both.
 * A glob reads its newest match by name: the dated files a nightly job leaves behind sort by date.
 */
async function readMetricsFile(ctx, source) {
    const cfg = typeof source.metrics_file === 'string' ? { path: source.metrics_file } : source.metrics_file;
    const name = source.name ?? cfg.path;
    const cwd = ctx.options.cwd ?? process.cwd();
    const matched = await expandPatterns([cfg.path], cwd, JSON.stringify(name));
    const file = matched[matched.length - 1];
    const path = ctx.options.cwd === undefined ? file : (0,external_node_path_.resolve)(cwd, file);
    const label = `metrics_file source ${JSON.stringify(name)} (${file})`;
    const ext = (0,external_node_path_.extname)(file).toLowerCase();
    const read = ext === '.csv' || ext === '.tsv'
        ? (await Promise.all(/* import() */[__webpack_require__.e(2475), __webpack_require__.e(4586)]).then(__webpack_require__.bind(__webpack_require__, 4586))).importCsvMetrics(path)
        : (await __webpack_require__.e(/* import() */ 7442).then(__webpack_require__.bind(__webpack_require__, 7442))).importJsonYamlMetrics(path);
    const found = (await read).metrics;
    const wanted = cfg.metrics ?? Object.fromEntries(Object.keys(found).map((k) => [k, k]));
    if (Object.keys(wanted).length === 0)
        throw new errors/* InputError */.dz(`${label}: the file holds no numeric metrics`, { location: { file: path }, hint: 'check that the batch job wrote its metrics there' });
    for (const [metric, key] of Object.entries(wanted)) {
        if (!Object.hasOwn(found, key)) {
            const have = Object.keys(found).slice(0, 10).join(', ');
            throw new errors/* InputError */.dz(`${label}: no metric "${key}" in the file (for ${metric})`, { location: { file: path }, hint: `the file holds ${have || 'no numeric metrics'}${Object.keys(found).length > 10 ? ', …' : ''}` });
        }
        addMetric(ctx, metric, found[key], `metrics_file: ${file} ${key}`, label);
    }
    return { kind: 'metrics_file', name, rows: null, files: [file] };
}
// ---------------------------------------------------------------------------------------------
// prometheus
async function readPrometheus(ctx, source, cfg) {
    const label = labelOf('prometheus', source, cfg.url);
    const name = source.name ?? displayUrl(cfg.url);
    const auth = authOf(ctx, cfg, label);
    const target = {
        baseUrl: cfg.url,
        label,
        secretHeaders: auth.headers,
        secrets: auth.secrets,
        timeoutMs: cfg.timeout_ms ?? DEFAULT_TIMEOUT_MS,
        maxBytes: ctx.options.maxResponseBytes,
        signal: ctx.options.signal,
        fetch: ctx.options.fetch,
    };
    let range;
    if (cfg.range) {
        const start = parseTimeSpec(cfg.range.start, ctx.now, `${label}: range.start`);
        const end = parseTimeSpec(cfg.range.end ?? 'now', ctx.now, `${label}: range.end`);
        const step = parseDuration(cfg.range.step);
        if (!(end > start)) {
            throw new errors/* UsageError */.eb(`${label}: range.end (${new Date(end).toISOString()}) is not after range.start (${new Date(start).toISOString()})`, { hint: 'start is the earlier time, e.g. start: -7d, end: now' });
        }
        if (step === undefined || step <= 0)
            throw new errors/* UsageError */.eb(`${label}: range.step "${cfg.range.step}" is not a positive duration`, { hint: 'e.g. step: 1h' });
        range = { start, end, step };
    }
    const time = cfg.time !== undefined ? parseTimeSpec(cfg.time, ctx.now, `${label}: time`) : range ? range.end : ctx.now;
    for (const [metric, promql] of Object.entries(cfg.metrics ?? {})) {
        let query = promql;
        if (query.includes('$__range')) {
            if (!range)
                throw new errors/* UsageError */.eb(`${label}: metric "${metric}" uses $__range but the source has no range`, { hint: 'add range: { start: -7d, step: 1h }' });
            query = query.split('$__range').join(formatDuration(range.end - range.start));
        }
        const { value, warnings } = await queryInstant(target, query, time);
        ctx.warnings.push(...warnings);
        addMetric(ctx, metric, value, `prometheus: ${query}`, label);
    }
    if (Object.keys(cfg.metrics ?? {}).length > 0)
        widenWindow(ctx, range ? range.start : null, time);
    const columns = Object.entries(cfg.columns ?? {});
    if (columns.length === 0 || !range)
        return { kind: 'prometheus', name, rows: null };
    // One row per timestamp any column has (the step grid); a column without a point there is missing.
    const series = [];
    const times = new Set();
    for (const [, query] of columns) {
        const { points, warnings } = await queryRange(target, query, range);
        ctx.warnings.push(...warnings);
        const m = new Map();
        for (const [t, v] of points) {
            m.set(t, v);
            times.add(t);
        }
        series.push(m);
    }
    widenWindow(ctx, range.start, range.end);
    const grid = [...times].sort((a, b) => a - b);
    const names = columns.map(([c]) => c);
    const values = series.map((m) => grid.map((t) => m.get(t) ?? null));
    const lines = Int32Array.from(grid, (_, i) => i + 1);
    const exempt = new Set(ctx.collector.wanted.map((w) => w.name).filter((c) => !names.includes(c)));
    ctx.collector.beginSource({ name: label }, exempt);
    feed(ctx, { columns: names, values, length: grid.length, lines, rowOffset: 0 });
    const rows = ctx.collector.endSource();
    return { kind: 'prometheus', name, rows };
}

// EXTERNAL MODULE: ../../../../shared/formats/explanation-format.ts
var explanation_format = __webpack_require__(3994);
// EXTERNAL MODULE: ../../../../shared/registry/release-files.ts
var release_files = __webpack_require__(8317);
;// CONCATENATED MODULE: ../../../../shared/drift/drift-check.ts
/**
 * checkDrift: the drift-check step's core, one operation for the action, `mlops drift` and the
 * tests. Reference (shared/drift/reference.ts) and current data (the sources) in; per-column
 * tests (Evidently's defaults, or the configured test and threshold), the column alarms
 * (column-alarm.ts), the dataset decision, the metric rules, the fairness bounds on labelled
 * production rows (fairness-check.ts), and one `mlops-actions/drift@1` report out, written
 * atomically.
 *
 * Broken evidence never becomes a decision: a source that fails, data with none of the rows, or a
 * column the reference has and production lacks stops the step with a clear error before any
 * report (and so before any retraining PR) exists.
 */











/** A feature ranked this high by the model's importance is a "top feature": its drift gets a reason of its own. */
const TOP_FEATURES = 3;
/** The columns to test: the reference's, less ignored ones and date/time columns (drift by construction). */
function columnsToTest(profile, config) {
    const wanted = [];
    const skipped = [];
    for (const name of profile.column_order) {
        const column = profile.columns[name];
        if (config?.columns?.[name]?.ignore) {
            skipped.push({ column: name, reason: 'ignored (drift.models.<model>.columns)' });
            continue;
        }
        const kind = (0,drift_reference/* columnKindOf */.y)(column);
        if (kind === 'time') {
            skipped.push({ column: name, reason: `${column.type} column: time moves on, so it drifts by construction (set columns.${name}.ignore: true to silence this)` });
            continue;
        }
        if (column.count - column.nan - column.inf === 0) {
            skipped.push({ column: name, reason: 'no values in the reference' });
            continue;
        }
        wanted.push({ name, kind });
    }
    for (const name of Object.keys(config?.columns ?? {})) {
        if (!(name in profile.columns))
            throw new errors/* InputError */.dz(`drift settings name column "${name}", which the reference does not have`, { hint: `columns: ${profile.column_order.slice(0, 20).join(', ')}` });
    }
    return { wanted, skipped };
}
function referenceDistribution(reference, name, kind) {
    const raw = reference.raw?.get(name);
    if (raw)
        return currentDistribution(raw);
    const column = reference.profile.columns[name];
    // The profile's exact std and frequent items come along (low-cardinality numerics, Wasserstein's scale).
    return kind === 'numeric' ? (0,distribution/* distributionFromProfile */.yG)(column) : (0,distribution/* categoricalFromProfile */.IX)(column);
}
function currentDistribution(c) {
    return c.kind === 'numeric' ? (0,distribution/* numericFromValues */.sS)(c.values) : (0,distribution/* categoricalFromCounts */.RN)(c.counts);
}
/** The report's importance section: the explanation given, else the reference release's; none without either. */
async function importanceOf(file, reference, columns) {
    let found = reference.explanation;
    if (file !== undefined) {
        found = { source: file, explanation: await (0,release_files/* readJsonAs */.X)(file, explanation_format/* explanationSchema */.lr, `${explanation_format/* EXPLANATION_SCHEMA */.YC} explanation`, 'point at the explanation.json explain wrote') };
    }
    if (!found)
        return undefined;
    const x = found.explanation;
    const drifted = new Set(columns.filter((c) => c.drifted).map((c) => c.column));
    const features = x.features.map((f) => ({ feature: f.feature, rank: f.rank, importance_mean: f.importance_mean }));
    return {
        source: found.source,
        metric: x.metric.name,
        top: TOP_FEATURES,
        features,
        top_drifted: features.filter((f) => f.rank <= TOP_FEATURES && drifted.has(f.feature)).map((f) => f.feature),
    };
}
async function checkDrift(o) {
    const now = o.now ?? (() => new Date());
    const log = o.log ?? (() => { });
    const reference = await (0,drift_reference/* resolveReference */.s)(o.reference, (profile) => columnsToTest(profile, o.config).wanted);
    const plan = columnsToTest(reference.profile, o.config);
    const skipped = plan.skipped;
    log(`reference: ${reference.info.kind}${reference.info.tag ? ` ${reference.info.tag}` : reference.info.file ? ` ${reference.info.file}` : ''}, ${reference.info.rows} rows, ${plan.wanted.length} columns to test`);
    // Fairness (when configured) sees the table sources' rows as they stream; loaded only then.
    const fairnessModule = o.config?.fairness ? await Promise.all(/* import() */[__webpack_require__.e(2936), __webpack_require__.e(8078)]).then(__webpack_require__.bind(__webpack_require__, 8078)) : undefined;
    const fairnessRows = fairnessModule && o.config?.fairness ? new fairnessModule.FairnessRows(o.config.fairness) : undefined;
    // Throws on broken evidence (a failing source, no rows, a missing column): no report, no PR.
    const current = await readCurrentData(o.sources, plan.wanted, { env: o.env ?? process.env, now: now(), rowTap: fairnessRows });
    log(`current: ${current.rows} rows from ${current.sources.map((s) => `${s.kind} ${s.name}`).join(', ') || 'no data source'}`);
    if (fairnessRows && fairnessRows.tableSources === 0) {
        throw new errors/* InputError */.dz('the fairness check needs production rows, and no source gives any', {
            hint: 'add a files source (or an http source with rows) whose rows carry the label, the prediction or score and the sensitive columns',
        });
    }
    const fairness = fairnessModule && fairnessRows ? fairnessModule.fairnessCheck(fairnessRows, o.model ?? '<model>') : undefined;
    if (fairness) {
        const late = fairness.missing_label > 0 ? `, ${fairness.missing_label} without a label yet (left out)` : '';
        const unpredicted = fairness.missing_prediction > 0 ? `, ${fairness.missing_prediction} without a prediction (left out)` : '';
        log(`fairness: ${fairness.used} labelled rows of ${fairness.rows}${late}${unpredicted}; ${fairness.rules.length} rules`);
    }
    const columns = [];
    for (const { name, kind } of plan.wanted) {
        const cur = current.columns.get(name);
        if (!cur)
            continue;
        const ref = referenceDistribution(reference, name, kind);
        const curDist = currentDistribution(cur);
        if (ref.n === 0 || curDist.n === 0) {
            skipped.push({ column: name, reason: curDist.n === 0 ? 'no values in the current data (all missing)' : 'no values in the reference' });
            continue;
        }
        columns.push((0,column_test/* testColumn */.vW)(name, ref, curDist, o.config?.columns?.[name]));
    }
    const share = o.config?.share ?? 0.5;
    const dataset = (0,column_test/* datasetDrift */.Eg)(columns, share);
    const metrics = checkMetricRules(o.config?.metrics ?? {}, current.metrics, (name) => reference.metrics[name]);
    const alarmRules = { ...column_alarm/* DEFAULT_ALARM_RULES */.A9, ...o.config?.alarms };
    const alarms = (0,column_alarm/* columnAlarms */.bP)(columns, alarmRules);
    const failOn = o.config?.fail_on ?? 'dataset';
    const failed = metrics.filter((m) => !m.passed);
    const breached = fairness?.rules.filter((r) => r.passed === false) ?? [];
    const degraded = failed.length > 0 || breached.length > 0;
    const importance = await importanceOf(o.explanation, reference, columns);
    // Evidently's share decides by default; with fail_on: column one alarmed column is drift too.
    const dataDrift = dataset.dataset_drift || (failOn === 'column' && alarms.length > 0);
    const decision = dataDrift ? (degraded ? 'drift_and_degradation' : 'drift') : degraded ? 'degradation' : 'ok';
    const reasons = [];
    const drifted = columns.filter((c) => c.drifted);
    if (alarms.length) {
        const names = alarms.slice(0, 10).map((a) => a.column).join(', ') + (alarms.length > 10 ? `, and ${alarms.length - 10} more` : '');
        const effect = failOn === 'column' ? ': drift (fail-on column)' : dataset.dataset_drift ? '' : ': a warning (fail-on dataset; fail-on column makes it drift)';
        reasons.push(`column alarm: ${alarms.length} column${alarms.length === 1 ? '' : 's'} far past ${alarms.length === 1 ? 'its threshold' : 'their thresholds'} (${names})${effect}`);
    }
    if (dataset.dataset_drift)
        reasons.push(`dataset drift: ${drifted.length} of ${columns.length} columns drifted (share ${dataset.share.toFixed(3)} >= ${share})`);
    else if (drifted.length)
        reasons.push(`${drifted.length} of ${columns.length} columns drifted (share ${dataset.share.toFixed(3)} < ${share}): no dataset drift`);
    if (importance && importance.top_drifted.length > 0) {
        const ranks = new Map(importance.features.map((f) => [f.feature, f.rank]));
        const names = importance.top_drifted.map((n) => `${n} (#${ranks.get(n)})`).join(', ');
        reasons.push(`top feature${importance.top_drifted.length === 1 ? '' : 's'} drifted: ${names} of the model's ${importance.features.length} by ${importance.metric} importance`);
    }
    for (const m of failed)
        reasons.push(`degradation: ${m.message}`);
    for (const r of breached)
        reasons.push(`fairness degradation: ${r.message}, on ${fairness.used} labelled production rows`);
    const unchecked = fairness?.rules.filter((r) => r.passed === null) ?? [];
    if (unchecked.length) {
        const shown = unchecked.slice(0, 5).map((r) => r.message).join('; ');
        reasons.push(`fairness not checked (does not decide): ${shown}${unchecked.length > 5 ? `; and ${unchecked.length - 5} more` : ''}`);
    }
    if (!reasons.length) {
        const passed = fairness?.rules.filter((r) => r.passed === true).length ?? 0;
        reasons.push(`no drift: ${columns.length} columns tested${metrics.length ? `, ${metrics.length} metric rules passed` : ''}${passed ? `, ${passed} fairness rules passed` : ''}`);
    }
    const report = drift_format/* driftReportSchema */.dW.parse({
        schema: drift_format/* DRIFT_SCHEMA */.wW,
        model: o.model,
        created_at: now().toISOString(),
        reference: reference.info,
        current: { rows: current.rows, sources: current.sources, window: current.window },
        data: {
            dataset_drift: dataset.dataset_drift,
            share: dataset.share,
            share_threshold: share,
            tested: columns.length,
            drifted: drifted.length,
            columns,
            skipped,
            alarms,
            alarm_rules: alarmRules,
            fail_on: failOn,
        },
        metrics,
        decision,
        reasons,
        ...(importance ? { importance } : {}),
        ...(fairness ? { fairness } : {}),
    });
    await (0,atomic_write/* writeJsonAtomic */.ZJ)(o.out, report);
    return { report, path: o.out };
}


/***/ }),

/***/ 8125:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ resolveReference),
/* harmony export */   y: () => (/* binding */ columnKindOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _data_open_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9712);
/* harmony import */ var _data_profile_merge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7781);
/* harmony import */ var _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3836);
/* harmony import */ var _data_scan_table_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3473);
/* harmony import */ var _registry_alias_release_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5334);
/* harmony import */ var _runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(322);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9980);
/* harmony import */ var _formats_explanation_format_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3994);
/* harmony import */ var _sources_collect_columns_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(337);
/**
 * drift-check's reference: what production data is compared with.
 * - `production` (default): the training data profile published with the version a registry alias
 *   points to (publish-model stores it as profile.json; its digest is in the manifest), verified
 *   like a promotion verifies assets; the release's evaluation metrics come along as the baseline
 *   of `max_drop` rules.
 * - a profile file (`mlops-actions/profile@1`, from validate-data or `mlops profile merge`): tests run
 *   on its sketches.
 * - a data file (CSV, JSONL, Parquet, .gz): profiled for column types, and its raw values collected,
 *   so tests are exact.
 */












/** How a profile column is compared: numbers as a distribution, text as counts; dates not at all by default. */
function columnKindOf(column) {
    if (column.type === 'integer' || column.type === 'number')
        return 'numeric';
    if (column.type === 'date' || column.type === 'timestamp')
        return 'time';
    return 'categorical';
}
async function isProfileFile(path) {
    if (!/\.json$/i.test(path))
        return false;
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'))?.schema === _formats_profile_format_js__WEBPACK_IMPORTED_MODULE_5__/* .PROFILE_SCHEMA */ .Ow;
    }
    catch {
        return false;
    }
}
async function resolveReference(spec, wantedFor) {
    if (spec.kind === 'production')
        return productionReference(spec);
    const { sha256 } = await (0,_runtime_file_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256File */ .Q)(spec.path).catch((e) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(e.code === 'ENOENT' ? 'reference file not found' : `cannot read the reference: ${e.message}`, {
            location: { file: spec.path },
            hint: 'pass a profile (validate-data --profile-out) or the training data file, or use reference: production',
        });
    });
    const info = { kind: 'profile', file: spec.path, version: null, tag: null, alias: null, sha256 };
    if (await isProfileFile(spec.path)) {
        const profile = await (0,_data_profile_merge_js__WEBPACK_IMPORTED_MODULE_4__.readProfile)(spec.path);
        return { info: { ...info, rows: profile.rows }, profile, metrics: {} };
    }
    const reader = await (0,_data_open_table_js__WEBPACK_IMPORTED_MODULE_3__/* .openTable */ .R)(spec.path);
    const { profile } = await (0,_data_scan_table_js__WEBPACK_IMPORTED_MODULE_6__/* .scanTable */ .S)(reader, { file: spec.path, columns: await reader.columns() });
    const raw = await (0,_sources_collect_columns_js__WEBPACK_IMPORTED_MODULE_11__/* .collectColumns */ .y)((await (0,_data_open_table_js__WEBPACK_IMPORTED_MODULE_3__/* .openTable */ .R)(spec.path)).batches(), wantedFor(profile), { name: `reference ${spec.path}` });
    return { info: { ...info, kind: 'data', rows: profile.rows }, profile, raw: raw.columns, metrics: {} };
}
async function productionReference(spec) {
    const alias = spec.alias ?? 'production';
    const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mlops-drift-reference-'));
    try {
        const release = await (0,_registry_alias_release_js__WEBPACK_IMPORTED_MODULE_7__/* .openAliasRelease */ .O)(spec.registry, spec.model, alias, work, { use: 'drift reference', refusal: 'not checking drift' });
        if (!release) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`no ${alias} version of ${spec.model} to take the reference from`, {
                hint: `publish and promote one (publish-model with its profile, then promote-model --alias ${alias}), or give the reference as a profile or data file`,
            });
        }
        const { manifest } = release;
        const asset = manifest.data && manifest.assets.find((a) => a.name === manifest.data.profile);
        if (!asset) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`${release.ref.tag} was published without its training data profile, so it has no drift reference`, {
                hint: 'publish the next version with the profile validate-data wrote (publish-model input profile), or give the reference as a file',
            });
        }
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, 'profile.json');
        await release.download(asset, path);
        const profile = await (0,_data_profile_merge_js__WEBPACK_IMPORTED_MODULE_4__.readProfile)(path);
        const metrics = Object.fromEntries(Object.entries(manifest.evaluation.metrics).map(([k, m]) => [k, m.value]).filter(([, v]) => typeof v === 'number'));
        // The model's importances, when it was published with them: drifted columns are ordered by them.
        let explanation;
        const explained = manifest.assets.find((a) => a.name === _formats_explanation_format_js__WEBPACK_IMPORTED_MODULE_10__/* .EXPLANATION_ASSET */ .ph);
        if (explained) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(work, _formats_explanation_format_js__WEBPACK_IMPORTED_MODULE_10__/* .EXPLANATION_ASSET */ .ph);
            await release.download(explained, file);
            const parsed = _formats_explanation_format_js__WEBPACK_IMPORTED_MODULE_10__/* .explanationSchema */ .lr.safeParse(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8')));
            if (!parsed.success)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .dz(`${release.ref.tag}'s ${_formats_explanation_format_js__WEBPACK_IMPORTED_MODULE_10__/* .EXPLANATION_ASSET */ .ph} is not a valid explanation: ${parsed.error.issues[0].message}`, { hint: 'publish the next version with the explanation explain wrote' });
            explanation = { source: `${_formats_explanation_format_js__WEBPACK_IMPORTED_MODULE_10__/* .EXPLANATION_ASSET */ .ph} of ${release.ref.tag}`, explanation: parsed.data };
        }
        return {
            info: { kind: 'production', file: null, version: release.version, tag: release.ref.tag, alias, rows: profile.rows, sha256: asset.sha256 },
            profile,
            metrics,
            explanation,
        };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(work, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 337:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ColumnCollector),
/* harmony export */   y: () => (/* binding */ collectColumns)
/* harmony export */ });
/* harmony import */ var _data_batch_dictionary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7006);
/* harmony import */ var _data_column_dictionary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(812);
/* harmony import */ var _data_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4239);
/* harmony import */ var _runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1576);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9980);
/* harmony import */ var _distribution_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3216);
/**
 * Collects the current data's columns for the drift tests from a stream of RecordBatches: numeric
 * columns as the finite numbers themselves (the exact tests need every value), categorical columns
 * as counts per category. Batch-wise and typed: a numeric column grows one Float64Array; a CSV
 * batch arrives dictionary-encoded (batch-dictionary.ts), so each distinct cell text is parsed once
 * per batch and rows are a code lookup; other batches are read cell by cell with a typeof fast path.
 *
 * Cell semantics (as shared/data/values.ts and the profile, so both sides of a drift test agree):
 * - missing: null/undefined, a null token (DEFAULT_NULL_TOKENS: "", NA, NULL, ...), or NaN — NaN
 *   counts as missing like pandas' isna and Evidently, which drop it before testing.
 * - numeric: numbers, bigints and decimal text ("3.5", "1e-3"); ±Infinity, booleans, dates and
 *   other text are `nonNumeric` (counted, not tested).
 * - categorical: by distribution.ts's categoryKey (strings as they are, numbers in shortest form,
 *   booleans as true/false), dates by ISO text.
 *
 * A wanted column that a source does not have is a schema mismatch with the reference: an
 * InputError naming the column and the source. Columns the reference does not have are ignored.
 */






/**
 * The category of a cell that is not missing: categoryKey (shared with the reference side) for
 * strings, numbers and booleans; Dates by ISO text and bigints by value, as the profile keys them.
 */
function cellCategory(v) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return (0,_distribution_js__WEBPACK_IMPORTED_MODULE_5__/* .categoryKey */ .au)(v);
    if (typeof v === 'bigint')
        return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(-Number.MAX_SAFE_INTEGER) ? (0,_distribution_js__WEBPACK_IMPORTED_MODULE_5__/* .categoryKey */ .au)(Number(v)) : String(v);
    return Number.isNaN(v.getTime()) ? String(v) : v.toISOString();
}
const NOT_A_VALUE = NaN;
class NumericAccumulator {
    values = new Float64Array(1 << 14);
    n = 0;
    missing = 0;
    nonNumeric = 0;
    /** Per distinct value of the batch being folded: its number, or NaN when it is not one. */
    scratch = new Float64Array(256);
    reserve(extra) {
        const need = this.n + extra;
        if (need <= this.values.length)
            return;
        let cap = this.values.length * 2;
        while (cap < need)
            cap *= 2;
        const grown = new Float64Array(cap);
        grown.set(this.values.subarray(0, this.n));
        this.values = grown;
    }
    /** A dictionary-encoded batch column: classify each distinct value once, then map codes. */
    addDictionary(dict) {
        const size = dict.size;
        if (this.scratch.length < size)
            this.scratch = new Float64Array(Math.max(size, this.scratch.length * 2));
        const num = this.scratch;
        const values = dict.values;
        const counts = dict.counts;
        let finite = 0;
        for (let d = 0; d < size; d++) {
            const x = this.classify(values[d], counts[d]);
            num[d] = x;
            if (x === x)
                finite += counts[d];
        }
        if (finite === 0)
            return;
        this.reserve(finite);
        const out = this.values;
        const codes = dict.codes;
        let n = this.n;
        for (let r = 0, rows = dict.rows; r < rows; r++) {
            const x = num[codes[r]];
            if (x === x)
                out[n++] = x;
        }
        this.n = n;
    }
    /** Plain cells (Parquet, JSON Lines, HTTP and Prometheus rows). */
    addCells(col, rows) {
        this.reserve(rows);
        const out = this.values;
        let n = this.n;
        for (let r = 0; r < rows; r++) {
            const v = col[r];
            if (typeof v === 'number' && v - v === 0)
                out[n++] = v;
            else {
                const x = this.classify(v, 1);
                if (x === x)
                    out[n++] = x;
            }
        }
        this.n = n;
    }
    /** The finite number a cell holds, or NaN after counting it as missing or non-numeric. */
    classify(v, count) {
        if (typeof v === 'number') {
            if (v - v === 0)
                return v;
            if (v !== v)
                this.missing += count;
            else
                this.nonNumeric += count;
            return NOT_A_VALUE;
        }
        if (typeof v === 'string') {
            if (_data_values_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultNullTokens */ .$N.isMissing(v)) {
                this.missing += count;
                return NOT_A_VALUE;
            }
            const x = (0,_data_values_js__WEBPACK_IMPORTED_MODULE_2__/* .toNumber */ .Ro)(v);
            if (x !== undefined && x - x === 0)
                return x;
            if (x !== undefined && x !== x)
                this.missing += count;
            else
                this.nonNumeric += count;
            return NOT_A_VALUE;
        }
        if (typeof v === 'bigint')
            return Number(v);
        if (v === null || v === undefined)
            this.missing += count;
        else
            this.nonNumeric += count;
        return NOT_A_VALUE;
    }
    result() {
        // Give back spare capacity when it is large (the array lives as long as the drift check).
        const values = this.values.length > this.n * 1.25 + 1024 ? this.values.slice(0, this.n) : this.values.subarray(0, this.n);
        return { kind: 'numeric', values, missing: this.missing, nonNumeric: this.nonNumeric };
    }
}
class CategoricalAccumulator {
    counts = new Map();
    missing = 0;
    addDictionary(dict) {
        const values = dict.values;
        const counts = dict.counts;
        const map = this.counts;
        for (let d = 0, size = dict.size; d < size; d++) {
            const v = values[d];
            const c = counts[d];
            if (v === null || v === undefined || (typeof v === 'number' && v !== v) || (typeof v === 'string' && _data_values_js__WEBPACK_IMPORTED_MODULE_2__/* .defaultNullTokens */ .$N.isMissing(v))) {
                this.missing += c;
                continue;
            }
            const key = typeof v === 'string' ? v : cellCategory(v);
            map.set(key, (map.get(key) ?? 0) + c);
        }
    }
    result() {
        return { kind: 'categorical', counts: this.counts, missing: this.missing };
    }
}
/**
 * Collects columns over one or more sources: beginSource(), add() each batch, endSource() (which
 * checks that the source had every wanted column), then result(). readCurrentData pools every
 * data source into one collector; collectColumns() is the one-source form.
 */
class ColumnCollector {
    wanted;
    accumulators = new Map();
    dictionaries = new _data_batch_dictionary_js__WEBPACK_IMPORTED_MODULE_0__/* .BatchDictionaries */ .l();
    rows = 0;
    // Per source
    label = { name: 'the current data' };
    exempt = new Set();
    sourceRows = 0;
    seen = new Set();
    seenOrder = [];
    lastColumns;
    lastIndex = [];
    /** Rows of this source in which each wanted column was present. */
    visited = new Map();
    constructor(wanted) {
        this.wanted = wanted;
        for (const w of wanted) {
            if (this.accumulators.has(w.name))
                throw new Error(`column "${w.name}" is wanted twice`);
            this.accumulators.set(w.name, w.kind === 'numeric' ? new NumericAccumulator() : new CategoricalAccumulator());
        }
    }
    /**
     * Starts a source. `exempt`: wanted columns this source need not have (another source provides
     * them, e.g. a Prometheus range query named like a reference column).
     */
    beginSource(label, exempt = new Set()) {
        this.label = label;
        this.exempt = exempt;
        this.sourceRows = 0;
        this.seen = new Set();
        this.seenOrder = [];
        this.lastColumns = undefined;
        this.lastIndex = [];
        this.visited = new Map();
    }
    add(batch) {
        const n = batch.length;
        if (batch.columns !== this.lastColumns)
            this.index(batch.columns);
        for (const [acc, c, name] of this.lastIndex) {
            this.visited.set(name, (this.visited.get(name) ?? 0) + n);
            if (acc instanceof NumericAccumulator) {
                const own = batch.dictionaries?.[c];
                if (own !== undefined)
                    acc.addDictionary(own);
                else
                    acc.addCells(batch.values[c], n);
            }
            else
                acc.addDictionary(this.dictionaries.column(batch, c));
        }
        this.sourceRows += n;
        this.rows += n;
    }
    index(columns) {
        this.lastColumns = columns;
        this.lastIndex = [];
        for (let c = 0; c < columns.length; c++) {
            const name = columns[c];
            if (!this.seen.has(name)) {
                this.seen.add(name);
                this.seenOrder.push(name);
            }
            const acc = this.accumulators.get(name);
            if (acc)
                this.lastIndex.push([acc, c, name]);
        }
    }
    /**
     * Ends the source and returns its row count. A source with rows must have had every wanted
     * column (except the exempt ones); a source with no rows says nothing about its columns.
     */
    endSource() {
        // Lets go of the last batch's cells.
        this.dictionaries.release();
        if (this.sourceRows > 0) {
            const absent = this.wanted.filter((w) => !this.seen.has(w.name) && !this.exempt.has(w.name)).map((w) => w.name);
            if (absent.length > 0)
                throw missingColumnsError(absent, this.seenOrder, this.label);
            // Rows before a column first appeared (JSON Lines) were never visited: missing values there.
            for (const [name, visited] of this.visited) {
                if (visited < this.sourceRows)
                    this.accumulators.get(name).missing += this.sourceRows - visited;
            }
        }
        return this.sourceRows;
    }
    result() {
        const columns = new Map();
        for (const [name, acc] of this.accumulators)
            columns.set(name, acc.result());
        return { rows: this.rows, columns };
    }
}
function missingColumnsError(absent, present, label) {
    const quoted = absent.map((c) => `"${c}"`).join(', ');
    const what = absent.length === 1 ? `column ${quoted} is missing` : `columns ${quoted} are missing`;
    const close = absent.map((c) => [c, (0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .closestMatch */ .h0)(c, present)]).filter(([, m]) => m !== undefined);
    const shown = present.length > 12 ? `${present.slice(0, 12).join(', ')}, … (${present.length} columns)` : present.join(', ');
    const hint = [
        ...close.map(([c, m]) => `did you mean "${m}" for "${c}"?`),
        'the current data must have the columns the reference was profiled with: rename them in the data, or leave them out of the drift check',
    ].join(' ');
    const prefix = label.location ? '' : `${label.name}: `;
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${prefix}${what}: the reference has ${absent.length === 1 ? 'it' : 'them'}, this source does not (its columns: ${shown || 'none'})`, {
        location: label.location,
        hint,
    });
}
/**
 * Collects the wanted columns of one stream of batches. `source` names it in a schema-mismatch
 * error (default "the current data"; give `location` for a file).
 */
async function collectColumns(batches, wanted, source = { name: 'the current data' }) {
    const collector = new ColumnCollector(wanted);
    collector.beginSource(source);
    for await (const batch of batches)
        collector.add(batch);
    collector.endSource();
    return collector.result();
}


/***/ })

};
