"""Reference values for test/compare/fairness-deltas.test.ts, computed with pandas and NumPy alone.

    /usr/bin/python3 fairness-deltas-reference.py prepare SOURCE.csv PREDICTIONS_OUT.csv
    /usr/bin/python3 fairness-deltas-reference.py deltas PREDICTIONS.csv COUNTS.u32 RESAMPLES MIN_GROUP_SIZE CONFIDENCE

prepare: ProPublica's COMPAS violent-recidivism file with ProPublica's filter (4,020 rows, as
test/model/fairness-compas-reference.py), and two "models": head = high risk when
v_decile_score >= 5 (Medium or High), baseline = v_decile_score >= 7 (High only).

deltas: for every sensitive column and fairness summary (Fairlearn's definitions, between groups,
worst case), head - baseline on the full data and on each paired resample, the resample given as
row multiplicities (COUNTS.u32: RESAMPLES x rows little-endian uint32, the rows the project's paired
bootstrap drew): the resampled rows are built with np.repeat and grouped with pandas. The interval
is np.quantile (linear) of the valid deltas. Groups with fewer than MIN_GROUP_SIZE rows on the full
data are left out; a rate's groups are those where it is defined on the full data (TPR: groups with
positives, FPR: groups with negatives), and a resample on which one of them has no rows for that
rate gives NaN (dropped and counted). No code of the project is used.
"""
import json
import sys

import numpy as np
import pandas as pd

COLUMNS = ["race", "sex", "age_cat"]


def prepare(source, out):
    raw = pd.read_csv(source)
    df = raw[
        (raw.days_b_screening_arrest <= 30)
        & (raw.days_b_screening_arrest >= -30)
        & (raw.is_recid != -1)
        & (raw.c_charge_degree != "O")
        & (raw.v_score_text != "N/A")
    ].copy()
    df["label"] = df["two_year_recid"].astype(int)
    df["head"] = (df["v_decile_score"] >= 5).astype(int)
    df["base"] = (df["v_decile_score"] >= 7).astype(int)
    df[["id", "race", "sex", "age_cat", "label", "head", "base"]].to_csv(out, index=False)


def spread(s):
    return np.nan if s.isna().any() or len(s) == 0 else float(s.max() - s.min())


def ratio(s):
    if s.isna().any() or len(s) == 0 or s.max() == 0:
        return np.nan
    return float(s.min() / s.max())


def summaries(d, column, kept, tpr_groups, fpr_groups, pred):
    sel = d.groupby(column)[pred].mean().reindex(kept)
    tpr = d[d.label == 1].groupby(column)[pred].mean().reindex(tpr_groups)
    fpr = d[d.label == 0].groupby(column)[pred].mean().reindex(fpr_groups)
    eod = np.nan if np.isnan(spread(tpr)) or np.isnan(spread(fpr)) else max(spread(tpr), spread(fpr))
    eor = np.nan if np.isnan(ratio(tpr)) or np.isnan(ratio(fpr)) else min(ratio(tpr), ratio(fpr))
    return {
        "demographic_parity_difference": spread(sel),
        "demographic_parity_ratio": ratio(sel),
        "equalized_odds_difference": eod,
        "equalized_odds_ratio": eor,
        "equal_opportunity_difference": spread(tpr),
        "disparate_impact_ratio": ratio(sel),
    }


def deltas(predictions, counts_file, resamples, min_group_size, confidence):
    df = pd.read_csv(predictions, dtype={c: str for c in COLUMNS})
    n = len(df)
    counts = np.fromfile(counts_file, dtype="<u4").reshape(resamples, n)
    assert (counts.sum(axis=1) == n).all()
    rows = np.arange(n)
    alpha = 1 - confidence
    out = {}
    for column in COLUMNS:
        sizes = df.groupby(column).size()
        kept = sorted(sizes[sizes >= min_group_size].index)
        sub = df[df[column].isin(kept)]
        positives = sub[sub.label == 1].groupby(column).size()
        negatives = sub[sub.label == 0].groupby(column).size()
        tpr_groups = [g for g in kept if positives.get(g, 0) > 0]
        fpr_groups = [g for g in kept if negatives.get(g, 0) > 0]
        full_h = summaries(df, column, kept, tpr_groups, fpr_groups, "head")
        full_b = summaries(df, column, kept, tpr_groups, fpr_groups, "base")
        stats = {k: [] for k in full_h}
        for r in range(resamples):
            d = df.iloc[np.repeat(rows, counts[r])]
            h = summaries(d, column, kept, tpr_groups, fpr_groups, "head")
            b = summaries(d, column, kept, tpr_groups, fpr_groups, "base")
            for k in stats:
                stats[k].append(h[k] - b[k])
        res = {}
        for k, v in stats.items():
            v = np.array(v)
            valid = v[~np.isnan(v)]
            lo, hi = np.quantile(valid, [alpha / 2, 1 - alpha / 2])
            res[k] = {
                "head": full_h[k],
                "baseline": full_b[k],
                "delta": full_h[k] - full_b[k],
                "lower": float(lo),
                "upper": float(hi),
                "invalid": int(resamples - len(valid)),
            }
        out[column] = res
    print(json.dumps(out))


if __name__ == "__main__":
    if sys.argv[1] == "prepare":
        prepare(sys.argv[2], sys.argv[3])
    else:
        deltas(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6]))
